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
from collections.abc import Sequence

from docverify.doctypes.base import fold_text
from docverify.doctypes.civil_labels import (
    ENGLISH_SURNAME,
    FIRST_SURNAME,
    FULL_NAME_LABELS,
    GIVEN_BESIDE_SURNAME,
    GIVEN_FIRST_TABLE,
    GIVEN_LABELS,
    LINEAGE,
    NAME_TABLE,
    OTHER_NAMES,
    PARENT,
    SECOND_SURNAME,
    SEX_HEADING,
    SURNAME_LABELS,
)
from docverify.doctypes.civil_layout import fold_keep, table_values
from docverify.doctypes.civil_name_split import fathers_first_name, parent_tokens, split_full
from docverify.doctypes.civil_values import (
    _name,
    _plausible,
    _value,
    strip_accents,
)
from docverify.model import PageText

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


def _without_surname(given: str, surname: str) -> str:
    """Given names read as the whole name, the surname read apart at their end or start
    (an act's "se le dio el nombre de" over the whole name on the next row, taken for
    "Nombres", set_dk p02): the given names alone.

    >>> _without_surname("Yokasta Marleny Peña Almánzar", "Peña Almánzar")
    'Yokasta Marleny'
    >>> _without_surname("DIOP Awa", "DIOP"), _without_surname("Awa", "DIOP"), _without_surname("DIOP", "DIOP")
    ('Awa', 'Awa', 'DIOP')
    """
    words, family = given.split(), fold_text(surname).split()
    folded = [fold_text(w) for w in words]
    n = len(family)
    if len(words) > n and folded[-n:] == family:
        return " ".join(words[:-n])
    if len(words) > n and folded[:n] == family:
        return " ".join(words[n:])
    return given


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
            return listed[0], _with_other_names(rows, _without_surname(listed[1], listed[0])), None
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
        return surname, _with_other_names(rows, _without_surname(given, surname)), None
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
