"""The child's names on a civil-status document, never a parent's, never a label.

Certificates name the child under many labels and in many orders:

* split fields: "Nom / Prénom(s)", "Surname / Forenames", "Cognome / Nome", "Primer
  apellido / Segundo apellido / Nombre(s)" (often as a table: the labels on one row, the
  values under them), "Familienname / Vornamen";
* one field for the whole name: "NAME", "Name and surname", "CHILD'S NAME (First,
  Middle, Last)", "NOME", "Nom et prénoms";
* a sentence: "est né(e) TOURÉ Aïcha Mariam à Yamoussoukro", "This is to certify that LIU
  Haoran (male) was born on ...".

A whole name is split into surname and given names the way the document writes it: a
surname in capitals beside given names in small letters ("Daniel Thomas WRIGHT", "LIU
Haoran"); else the family names it shares with the parents ("RAFAEL AUGUSTO MENDES
PEREIRA", son of "MARCOS ANTÔNIO PEREIRA" and "SANDRA REGINA MENDES PEREIRA"); else the
last word. Rows about the parents, the informant or the declarant (and the rows under a
"Datos de la madre" heading) are never read for the child.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from docverify.doctypes.base import clean_name, fold_text, letters_for_digits
from docverify.doctypes.civil_labels import (
    ENGLISH_SURNAME,
    FIRST_SURNAME,
    FULL_NAME_LABELS,
    GIVEN_BESIDE_SURNAME,
    GIVEN_FIRST_TABLE,
    GIVEN_LABELS,
    LABEL_ONLY,
    LINEAGE,
    NAME_TABLE,
    NEXT_BOX,
    OTHER_NAMES,
    PARENT,
    PARENT_SECTION,
    SECOND_SURNAME,
    SEX_HEADING,
    SURNAME_LABELS,
)
from docverify.doctypes.civil_layout import fold_keep, table_values
from docverify.doctypes.civil_name_split import fathers_first_name, parent_tokens, split_full
from docverify.labels import is_label_text
from docverify.model import PageText
from docverify.values.names import PARTICLES, fold_upper

# Regular expressions over folded rows. A label's value is the rest of its row, or the
# next row when the rest is empty or only more label (CIEC: "Nom / Name / Surname").
_NAME = r"(?P<name>[^\W\d_][^,;:()]*?)"
STATEMENTS = (
    re.compile(rf"\bEST\s?NE(?:\(E\)|E)?\s+{_NAME}\s+(?:A|AU|EN|LE)\b", re.I),
    # the place first, the child's name after it: "est née à Ziguinchor (Sénégal), Ndeye
    # Fatou SECK, de sexe féminin, enfant de ...", "est née à Mitsamiouli (Ngazidja)" then
    # "SOILIHI Fatima Zahara, de sexe féminin" on the next row (Comoros, set_cz p04)
    re.compile(
        rf"\bEST\s?NE(?:\(E\)|E)?\s+(?:A|AU|EN)\s+[^,;:]{{2,60}}?(?:,|(?<=\)))\s*{_NAME}\s*,\s*"
        r"(?:DE SEXE|FILS|FILLE|ENFANT|NE|NEE)\b",
        re.I,
    ),
    re.compile(rf"\bCERTIFY THAT\s+{_NAME}\s*(?:\(|,|\bWAS BORN\b)", re.I),
    re.compile(rf"\bAPPLICANT\s*:\s*{_NAME}\s*[,(]", re.I),
    # a Chinese notarial certificate: "申请人 Applicant: 陈晓玲 (CHEN XIAOLING)", the name in
    # Chinese characters (read as noise) and in pinyin between brackets
    re.compile(r"\bAPPLICANT\b[^()]{0,24}\((?P<name>(?-i:[A-Z][A-Z' \-]{2,60}))\)", re.I),
    re.compile(rf"\bNACIO\s+{_NAME}\s+(?:EN|EL)\b", re.I),
    # the declarant's words in a narrative act: "un enfant de sexe féminin, qu'il a nommé
    # Rose-Marie JEAN-BAPTISTE," (Haiti), "y que tiene por nombre Valentina GONZÁLEZ RÍOS,"
    re.compile(
        rf"\bQU'?\s?(?:IL|ELLE|ILS) (?:A|ONT) (?:NOMMEE?|PRENOMMEE?|APPELEE?)\s+:?\s*"
        rf"{_NAME}\s*[,.]",
        re.I,
    ),
    re.compile(rf"\b(?:TIENE|LLEVA|SE LE PUSO) (?:POR )?NOMBRES?\s+(?:DE\s+)?{_NAME}\s*[,.]", re.I),
    # the child named, then whose child: "un enfant de sexe masculin nommé MUKENDI KABASELE
    # Jean-Paul, fils de" (DR Congo), "à laquelle il a donné les noms et prénoms de Marie
    # Widline SAINT-FLEUR, fille de" (Haiti)
    re.compile(
        rf"\b(?:NOMMEE?|PRENOMMEE?|APPELEE?|DONNE\s+LES?\s+(?:NOMS?\s+ET\s+)?PRENOMS?\s+DE)"
        rf"\s*:?\s*{_NAME}\s*,\s*(?:FILS|FILLE|ENFANT)\s+(?:DE|DU|DES|D')",
        re.I,
    ),
)
"""The act's sentence: "est né(e) NAME à ...", "certify that NAME (male) was born"."""


def strip_accents(text: str) -> str:
    """``text`` without accents, its case kept (capitals tell the surname)."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _in_parent_context(rows: Sequence[str], i: int) -> bool:
    folded = fold_text(rows[i])
    if PARENT.search(folded):
        return True
    return any(PARENT_SECTION.search(fold_text(r)) for r in rows[max(0, i - 2) : i])


PROSE = re.compile(r"\b[a-zà-ÿ]{2,}\s+[a-zà-ÿ]{2,}\b")
"""Words in small letters before a label: the label stands in the act's sentence."""
_SENTENCE_END = re.compile(r"[,;]|\s+(?:et|and|y|e)\s+(?:le|la|les|l'|l’|the)\b", re.I)


def in_sentence(rest: str) -> str:
    """The value that follows a label inside the act's sentence: after its "de :", up to
    the end of its clause.

    >>> in_sentence("de : Mamadou Lamine, et le nom de : DIOP,")
    'Mamadou Lamine'
    >>> in_sentence("de Grâce et le nom de MUKENDI KABONGO")
    'Grâce'
    >>> in_sentence("de : WIDLINE MARIE. Nom : PIERRE-LOUIS. Date"), in_sentence("PIERRE-LOUIS. Date")
    ('WIDLINE MARIE', 'PIERRE-LOUIS')
    >>> in_sentence("de Jean M. Diallo")
    'Jean M. Diallo'
    """
    rest = re.sub(r"^(?:de|d'|d’)\s*:?\s*", "", rest, flags=re.I)
    rest = _SENTENCE_END.split(rest, maxsplit=1)[0]
    # a sentence's end, then the next field's label ("WIDLINE MARIE. Nom : PIERRE-LOUIS.
    # Date", set_bi p02): the value ends there
    for m in re.finditer(r"\.\s+", rest):
        tail = rest[m.end() :]
        labelled = re.match(r"([^:]{1,30}?)\s*:", tail)
        if (labelled and is_label_text(labelled[1])) or is_label_text(tail):
            rest = rest[: m.start()]
            break
    return rest.strip(" :.")


_ITEM_NUMBER = re.compile(r"\W*\d{1,2}\W*")
"""A row holding only a box's number."""


def _value(
    rows: Sequence[str],
    label: str,
    skip: int = 0,
    *,
    skip_parents: bool = False,
    accept: Callable[[str], str | None] | None = None,
    same_row: bool = False,
) -> str | None:
    """Text after the first row matching ``label``, or on the row below it (its first
    cell; not with ``same_row``); with ``accept``, the first of these that ``accept``
    takes (and tidies)."""
    rx = re.compile(label)
    for i, row in enumerate(rows):
        folded = fold_keep(row)
        m = rx.search(folded)
        if not m or (skip_parents and _in_parent_context(rows, i)):
            continue
        # "Prénom(s)", "Lugar de nacimiento (País - Departamento - Municipio)"
        rest = re.sub(r"^\s*\([^)]{0,60}\)", "", row[m.end() :])
        rest = rest.strip(" :.-–—\t|()")
        # the row's next part's tag ("(First) JOHN PAUL (Middle) MERCADO (Last) DELA CRUZ"):
        # this value ends before it
        rest = re.split(r"\s\((?:FIRST|MIDDLE|LAST)\)", rest, maxsplit=1, flags=re.I)[0]
        if PROSE.search(row[: m.start()]):
            rest = in_sentence(rest)
        # a bilingual label's other half ("Nom de l'enfant / Surname of the child  NGO
        # BIYONG"): the value is the cell after it
        if rest.startswith("/") and len(cells := [c for c in re.split(r" {2,}", rest) if c]) > 1:
            rest = "  ".join(cells[1:])
        # drop further label alternatives (CIEC) and the "(s)" of "Nombre(s)"
        if rest and (
            LABEL_ONLY.match(fold_text(rest)) or rest.startswith("/") or NEXT_BOX.match(rest)
        ):
            rest = ""
        rest = rest.split("  ")[0].strip(" :.-–—|") if rest else rest
        candidates = [rest] if rest else []
        # under a row of labels ("Primer Apellido  Segundo Apellido"), the value in the
        # label's own column
        column = len(re.findall(r" {2,}", row[: m.start()].lstrip()))
        # the rows under it, a table rule read as a row of its own ("|") passed over
        # and a CIEC extract's box number read as a row of its own ("Soyadi / Nom /
        # Surname", "4", "ÖZTÜRK": set_cu p02)
        under = [r for r in rows[i + 1 : i + 4 + skip]
                 if re.search(r"\w", r) and not _ITEM_NUMBER.fullmatch(r)][: 1 + skip]  # fmt: skip
        for nxt in under if not same_row else ():
            cells = [c for c in re.split(r" {2,}", nxt.strip()) if c]
            if column and len(cells) <= column:
                continue
            # the label's other language in its column, the value in the next cell ("Nom
            # uate" / "Surname of the child  MBARGA ESSOMBA": set_ct p03, Cameroon)
            at = column + 1 if len(cells) > column + 1 and _is_label(cells[column]) else column
            nxt = (cells[at] if cells else "").strip(" :\t|")
            if nxt and not rx.search(fold_text(nxt)):
                candidates.append(nxt)
        if (
            len(candidates) == 2
            and (len(re.sub(r"\W", "", candidates[0])) <= 2 or _scrap_before(*candidates))
            and not _opens_with_label(candidates[1])
        ):
            # a scrap on the label's row ("Soyadi / Nom / Surname FA", a stamp's edge read
            # at confidence 25; "Nom  uate") before the value on the row under it ("4
            # ÖZTÜRK", "MBARGA ESSOMBA")
            candidates.reverse()
        for candidate in candidates:
            if accept is None:
                return candidate
            taken = accept(candidate)
            if taken:
                return taken
        if candidates and accept is None:
            return candidates[0]
    return None


LABEL_WORDS = frozenset(
    [
        "NAME",
        "NAMES",
        "SURNAME",
        "VORNAMEN",
        "GESCHLECHT",
        "SEXO",
        "SEXE",
        "SESSO",
        "SEX",
        "NOME",
        "COGNOME",
        "PRENOMS",
        "APELLIDO",
        "NOMBRE",
        "NOMBRES",
        "DATE",
        "DATA",
        "FECHA",
        "GEBURTSORT",
        # the next column's captions on a registry's rows ("APELLIDOS Y NOMBRES  DOCUMENTO")
        "DOCUMENTO",
        "DOCUMENT",
        "NACIONALIDAD",
        "DOMICILIO",
    ]
)


def _scrap_before(first: str, second: str) -> bool:
    """A word in small letters on the label's row, the row under it in capitals: a scrap
    (a stamp's edge, a label's lost half), then the name.

    >>> _scrap_before("uate", "MBARGA ESSOMBA"), _scrap_before("Serge Blaise", "MBARGA")
    (True, False)
    """
    return first.islower() and len(first.split()) == 1 and second.isupper()


def _opens_with_label(text: str) -> bool:
    """Does ``text`` start with a label (its first one to three words)?

    >>> _opens_with_label("Prénoms : WEI"), _opens_with_label("4 ÖZTÜRK")
    (True, False)
    """
    words = re.sub(r"^\W*\d{0,2}\W*", "", text).split()
    return any(
        is_label_text(" ".join(words[:n]).rstrip(" :")) for n in (1, 2, 3) if len(words) >= n
    )


def _is_label(value: str) -> bool:
    words = re.findall(r"[A-Z]+", fold_text(value))
    return bool(words) and (all(w in LABEL_WORDS for w in words) or is_label_text(value))


def _plausible(value: str | None) -> str | None:
    """A name as written, or None; a number read on after it (a CPF, a registration
    number in the next column) is cut off: names hold no digits.

    >>> _plausible("ANA LUÍSA SOUZA SILVA 123.456.789-09"), _plausible("CPF")
    ('ANA LUÍSA SOUZA SILVA', None)
    >>> _plausible("DELA CRUZ ie Beet oou tec Me,"), _plausible("MARTIN de la Fontaine")
    ('DELA CRUZ', 'MARTIN de la Fontaine')
    >>> _plausible("MARÍA GABRIELA y"), _plausible("5 ZEYNEP AYSE")
    ('MARÍA GABRIELA', 'ZEYNEP AYSE')
    >>> _plausible("Siobhan Mary 0'CONNELL-HUGHES")
    "Siobhan Mary O'CONNELL-HUGHES"
    """
    # a row's item number before the name ("5 ZEYNEP AYSE": a CIEC extract's rows)
    value = re.sub(r"^\s*\d{1,2}[.)]?\s+(?=[^\W\d_])", "", value) if value else value
    value = letters_for_digits(value) if value else value  # "0'CONNELL": no number
    v = clean_name(re.split(r"\s+(?=\S*\d)", value, maxsplit=1)[0] if value else value)
    v = _caps_then_noise(v) if v else v
    # a particle never ends a name: "que lleva por nombre MARÍA GABRIELA y es hija" cut
    # after its "y" (set_ay p04)
    while (
        v
        and len(words := v.split()) > 1
        and words[-1].islower()
        and (fold_upper(words[-1].strip(".,")) in PARTICLES)
    ):
        v = " ".join(words[:-1])
    if v and re.search(r"[^\W\d_]{2}", v) and not _is_label(v):
        return v
    return None


def _caps_then_noise(value: str) -> str:
    """A name in capitals, then words in small letters that are no particle: what OCR
    read on the rule under a table's cell ("DELA CRUZ ie Beet oou"), not the name."""
    words = value.split()
    for k, word in enumerate(words):
        if k and word[:1].islower() and fold_upper(word.strip(".,")) not in PARTICLES:
            head = words[:k]
            if all(w.isupper() for w in head if re.search(r"[^\W\d_]{2}", w)):
                return " ".join(head)
            break
    return value


def _name(rows: Sequence[str], labels: Sequence[str], same_row: bool = False) -> str | None:
    for label in labels:
        v = _value(rows, label, skip_parents=True, accept=_plausible, same_row=same_row)
        if v:
            return v
    return None


def _table_names(pages: Sequence[PageText]) -> tuple[str | None, str | None]:
    """(surname, given names) from a table of the child's names."""

    def plausible(cells: dict[str, str], *keys: str) -> bool:
        return all(_plausible(cells.get(k)) for k in keys)

    def get(cells: dict[str, str], *keys: str) -> str | None:
        return " ".join(x for x in (_plausible(cells.get(k)) for k in keys) if x) or None

    sur1, sur2, names = NAME_TABLE
    given, middle, last = GIVEN_FIRST_TABLE
    for page in pages:
        cells = table_values(
            page, NAME_TABLE, lambda c: plausible(c, sur1, sur2, names),
            lambda c: plausible(c, sur1, names), skip=PARENT,
        )  # fmt: skip
        if cells:
            return get(cells, sur1, sur2), get(cells, names)
        # headings two by two ("Primer Apellido | Segundo Apellido", then "Nombre(s) |
        # Sexo"): the surnames' row, then the names' row beside its neighbour's heading
        surnames = table_values(page, (sur1, sur2), lambda c: plausible(c, sur1), skip=PARENT)
        given_row = table_values(page, (names, SEX_HEADING), lambda c: plausible(c, names),
                                 skip=PARENT)  # fmt: skip
        if surnames and given_row:
            return get(surnames, sur1, sur2), get(given_row, names)
        cells = table_values(page, GIVEN_FIRST_TABLE, lambda c: plausible(c, given, last),
                             skip=PARENT)  # fmt: skip
        if cells:
            return get(cells, last), get(cells, given, middle)
        # the same two by two: "NAME (First) (Middle)", then "(Last) | SEX" (the Philippine
        # certificate of live birth, Municipal Form 102 of 1993, set_bc p03)
        firsts = table_values(page, (given, middle), lambda c: plausible(c, given), skip=PARENT)
        lasts = table_values(page, (last, SEX_HEADING), lambda c: plausible(c, last), skip=PARENT)
        if firsts and lasts:
            return get(lasts, last), get(firsts, given, middle)
    return None, None


def _case_parted(name: str) -> bool:
    """Does a name write one part in capitals and the other not ("RANDRIANARIVELO
    Andriamihaja", "Marie SAINT-FLEUR")?

    >>> _case_parted("RANDRIANARIVELO Andriamihaja"), _case_parted("DE LA CRUZ")
    (True, False)
    """
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    caps = [w.isupper() for w in words]
    return any(caps) and not all(caps)


def statement_name(rows: Sequence[str]) -> str | None:
    """The child's name in the act's sentence ("est né(e) NAME à", "certify that NAME"),
    never words of the sentence ("certify that the applicant was born").

    >>> statement_name(["Le dix-sept octobre 1983, à 11 heures, est né à Abidjan (Côte",
    ...                 "d'Ivoire), Serge N'GUESSAN, de sexe masculin, enfant de Yves"])
    "Serge N'GUESSAN"
    >>> statement_name(["à six heures trente minutes, est née à Mitsamiouli (Ngazidja)",
    ...                 "SOILIHI Fatima Zahara, de sexe féminin,"])
    'SOILIHI Fatima Zahara'
    >>> statement_name(["devant Nous, MBUYI TSHIBANDA Gérard, Officier ... un enfant de sexe masculin",
    ...                 "nommé MUKENDI KABASELE Jean-Paul, fils de MUKENDI WA MUKENDI Albert"])
    'MUKENDI KABASELE Jean-Paul'
    >>> statement_name(["à laquelle il a donné les noms et prénoms de Marie Widline",
    ...                 "SAINT-FLEUR, fille de Wilner SAINT-FLEUR et de Rosemène JOSEPH."])
    'Marie Widline SAINT-FLEUR'
    >>> statement_name(["FRB A Applicant PRES (CHEN XIAOLING)", "MET!) Sex",
    ...                 "This is to certify that the applicant was born on the above date."])
    'CHEN XIAOLING'
    """
    text = strip_accents(" ".join(r.split("  ")[0] for r in rows))
    for rx in STATEMENTS:
        for m in rx.finditer(text):
            name = _plausible(m["name"])
            if name and 1 < len(name.split()) <= 6 and not name.islower():
                return name
    return None


_CAP = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*"
TAGGED = re.compile(rf"({_CAP}(?:[ '\-]{_CAP})*)\s*\((?i:(nom|post-?nom|pr[eé]noms?))\)")
"""A name followed by what it is, as Congolese acts write the child's names: "nommé :
MUKENDI (Nom), KABONGO (Postnom), Jean-Paul (Prénom)"."""


def tagged_names(rows: Sequence[str]) -> tuple[str | None, str | None]:
    """(surname, given names) tagged in the act's sentence; the postnom belongs to the
    family name, as the DR Congo's registers and passports write it.

    >>> tagged_names(["un enfant nommé : MUKENDI (Nom), KABONGO", "(Postnom), Jean-Paul (Prénom), fils de"])
    ('MUKENDI KABONGO', 'Jean-Paul')
    """
    text = " ".join(r.strip() for r in rows)
    found: dict[str, str] = {}
    for m in TAGGED.finditer(text):
        tag = strip_accents(m[2]).upper().replace("-", "")
        kind = "given" if tag.startswith("PRENOM") else tag
        found.setdefault(kind, m[1].strip())
    surname = " ".join(found[k] for k in ("NOM", "POSTNOM") if k in found) or None
    return surname, found.get("given")


def lineage_names(rows: Sequence[str]) -> tuple[str | None, str | None]:
    """(surname, given names) of a name made of the child's, the father's and the
    grandfather's names, the last one standing as the surname the passport gives.

    >>> lineage_names(["Name", "MEKDES", "Father's Name", "TSEGAYE", "Grandfather's Name",
    ...                "WOLDEMARIAM", "Mother's Full Name", "ALMAZ GIRMA BEYENE"])
    ('WOLDEMARIAM', 'MEKDES TSEGAYE')

    A certificate that names the surname too (Afghanistan's) is read by its labels:

    >>> lineage_names(["Name Zahra", "Surname Hossaini", "Father's Name Mohammad Ali",
    ...                "Grandfather's Name Ghulam Hussain"])
    (None, None)

    A child's name with the father's family name in it is no lineage:

    >>> lineage_names(["Name AMNA NOOR UL HUDA SIDDIQUI", "Father's Name MUHAMMAD ASLAM SIDDIQUI",
    ...                "Grandfather's Name ABDUL GHAFOOR SIDDIQUI"])
    (None, None)
    """
    if not any(re.search(LINEAGE[2], fold_keep(r)) for r in rows):
        return None, None
    if _value(rows, ENGLISH_SURNAME, accept=_plausible):
        return None, None  # the certificate gives the surname itself (Afghanistan, set_ay p03)
    parts = [_value(rows, label, accept=_plausible) for label in LINEAGE]
    if not all(parts):
        return None, None
    child, father, grandfather = (set(fold_text(p or "").split()) for p in parts)
    if child & (father | grandfather):
        # a family name the child shares with the father ("AMNA NOOR UL HUDA SIDDIQUI",
        # "MUHAMMAD ASLAM SIDDIQUI": a Pakistani certificate, set_db p01): no lineage
        return None, None
    return parts[2], f"{parts[0]} {parts[1]}"


def _with_other_names(rows: Sequence[str], given: str) -> str:
    """The given names with the "Other Names" a certificate gives apart from the "First
    Name" (Nigeria's NPC certificate: "First Name : OLUWASEUN", "Other Names : TEMITOPE",
    set_cx p01), when they are not among them already.

    >>> _with_other_names(["First Name : OLUWASEUN", "Other Names : TEMITOPE"], "OLUWASEUN")
    'OLUWASEUN TEMITOPE'
    >>> _with_other_names(["Other Names : TEMITOPE"], "OLUWASEUN TEMITOPE")
    'OLUWASEUN TEMITOPE'
    """
    other = _name(rows, (OTHER_NAMES,), same_row=True)
    if not other or set(fold_text(other).split()) <= set(fold_text(given).split()):
        return given
    return f"{given} {other}"


def read_names(
    rows: Sequence[str], pages: Sequence[PageText] = (), *, surname_first: bool = False
) -> tuple[str | None, str | None, str | None]:
    """(surname, given names, full name) as the certificate writes them."""
    tagged = tagged_names(rows)
    if tagged[0] and tagged[1]:
        return tagged[0], tagged[1], None
    lineage = lineage_names(rows)
    if lineage[0] and lineage[1]:
        return lineage[0], lineage[1], None
    folded = fold_text("\n".join(rows))
    if not re.search(FIRST_SURNAME, folded):
        # each label with its value on its own row ("1. NAME (Last)  DELA CRUZ", then
        # "(First) (Middle)  MARIA KRISTINA"): a list of fields, not a table to read by
        # its columns (whose cells gather the noise OCR reads on the rules between rows)
        listed = _name(rows, SURNAME_LABELS, same_row=True), _name(rows, GIVEN_LABELS, True)
        if listed[0] and listed[1]:
            return listed[0], _with_other_names(rows, listed[1]), None
    if pages and (re.search(NAME_TABLE[0], folded) or re.search(GIVEN_FIRST_TABLE[2], folded)):
        # a table (labels on one row, values under them) is read by its columns
        t_surname, t_given = _table_names(pages)
        if t_surname and t_given:
            return t_surname, t_given, None
    first = _name(rows, (FIRST_SURNAME,))
    given = _name(rows, GIVEN_LABELS)
    if first:
        second = _name(rows, (SECOND_SURNAME,))
        surname: str | None = f"{first} {second}" if second else first
    else:
        surname = _name(rows, SURNAME_LABELS)
    for beside, bare in GIVEN_BESIDE_SURNAME:
        if surname and not given and (beside is None or re.search(beside, folded, re.MULTILINE)):
            given = _name(rows, (bare,))
    if surname and given:
        return surname, _with_other_names(rows, given), None
    full = _name(rows, FULL_NAME_LABELS)
    stated = statement_name(rows)
    if stated and (full is None or set(fold_text(full).split()) < set(fold_text(stated).split())):
        # the label's value ends with its row; the act's sentence goes on ("donné les noms
        # et prénoms de Marie Widline / SAINT-FLEUR, fille de", set_az p04)
        full = stated
    if full is None and surname and not given and _case_parted(surname):
        full = surname  # "Nom" labelling the whole name, its case parting it (below)
    partial = surname or given
    # one half found under a label the sentence also uses ("tiene por nombre Valentina /
    # GONZÁLEZ RÍOS": "Nombre" took the first row's end): the whole name of which it is part
    within = (
        bool(partial)
        and not (surname and given)
        and full is not None
        and (
            set(fold_text(partial or "").split()) < set(fold_text(full).split())
            # or the whole name itself, written as a name whose case parts it ("Anarana /
            # Nom : RANDRIANARIVELO Andriamihaja Tojoniaina", set_dc p04: "Nom" is "name")
            or (
                partial == surname
                and fold_text(partial or "") == fold_text(full)
                and _case_parted(full)
            )
        )
    )
    if full and ((not surname and not given) or within):
        family = parent_tokens(rows) - fathers_first_name(rows)
        s, g = split_full(full, family, surname_first=surname_first)
        return s, g, full
    return surname, given, None
