"""A field's value on a civil-status document: the text after its label on its row, or
under it (a table's column, a CIEC extract's box number read as a row of its own), in the
act's sentence up to its end; never a parent's row, never more label, never a scrap of a
stamp. ``civil_names`` reads the child's names with it, ``birth_certificate`` the other
fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from docverify.doctypes.base import (
    capitals_for_lookalikes,
    clean_name,
    fold_text,
    letters_for_digits,
)
from docverify.doctypes.civil_labels import (
    LABEL_ONLY,
    NEXT_BOX,
    PARENT,
    PARENT_SECTION,
)
from docverify.doctypes.civil_layout import fold_keep
from docverify.labels import is_label_text
from docverify.values.names import PARTICLES, fold_upper


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
            if skip_parents and PARENT.search(fold_text(nxt)):
                # a parent's row is never the child's value ("Prénom", its value lost,
                # then "Nom du père  Georges": set_dh p02, a Lebanese extract)
                continue
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

    A few letters and digits with no capital, a bilingual label's Arabic half read as
    Latin ("Nom 6 xl", then "_EL-KHOURY": set_dh p02, a Lebanese extract):

    >>> _scrap_before("6 xl", "_EL-KHOURY"), _scrap_before("el ba", "NAJJAR")
    (True, True)
    """
    letters = sum(c.isalpha() for c in first)
    few = len(first.split()) == 1 or letters <= SCRAP_LETTERS
    return first.islower() and few and second.isupper()


SCRAP_LETTERS = 4
"""A label's row holding this few letters, none a capital, before a name in capitals on
the row under it holds a scrap."""


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
    value = capitals_for_lookalikes(value) if value else value  # "§0W": SOW
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
