"""The visual zone of a passport, identity card, visa or permit: the surname, given
names, date of birth and expiry printed above the MRZ, read by their labels, compared with
the MRZ (``mrz.visual_mismatch``) and used to put back the MRZ names' misread fillers.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from docverify import countries
from docverify.label_values import holds_label, refuse_value
from docverify.labels import lines_of_page
from docverify.model import Document, Finding, PageText, Word, warning
from docverify.values.dates import find_dates
from docverify.values.names import fold_upper

if TYPE_CHECKING:
    from docverify.doctypes.travel_document import IdentityFields


SURNAME_LABEL = r"\bSURNAME\b|^NOM\b|\bNOM\s*/|\bAPELIDO\b|\bNACHNAME\b|\bCOGNOME\b"
GIVEN_LABEL = (
    r"GIVEN\s*NAMES?|\bPRENOMS?\b|\bVORNAMEN?\b|^NOME\b(?! COMPLETO)"
    r"|^\W*OTHER\s*NAMES?\b|\bFORENAMES?\b"  # Sri Lanka's, Nigeria's "Other Names" (set_dc p02)
)
NATIONALITY_LABEL = (
    r"\bNATIONALITY\b|\bNATIONALITE\b|\bCITTADINANZA\b|\bNACIONALIDADE?\b"
    r"|\bSTAATSANGEHORIGKEIT\b"
)
USAGE_LABEL = r"\bNOM D.?USAGE\b|\bUSUAL NAME\b|\bNOM D.?EPOUSE\b|\bNOM MARITAL\b"
"""A French card's usage (married) name: "Nom d'usage: ÉP. MARTIN"."""
BIRTH_LABEL = r"DATE OF BIRTH|DATE DE NAISSANCE|\bNE\(?E?\)? LE\b|DATA DE NASCIMENTO|GEBURTSDATUM"
EXPIRY_LABEL = (
    r"DATE OF EXPIR[A-Z]*|DATE D'?EXPIR[A-Z.]*|VALID UNTIL|VALABLE JUSQU'?AU|\bVALIDADE\b"
    r"|\bEXPIRY\b|\bSCADENZA\b|\bGULTIG BIS\b"
)

ISSUE_LABEL = r"DATE OF ISSUE|DATE DE DELIVRANCE|DATE D'?EMISSION|DATA DE EMISSAO|AUSSTELLUNGSDATUM"
FIELD_LABEL_ENDS = "|".join((ISSUE_LABEL, BIRTH_LABEL, EXPIRY_LABEL, NATIONALITY_LABEL))
"""Labels of a document's fields: the words before a label that end one of these are
another field's label, not the first language of a bilingual one."""


UNREAD_CONF = 20
"""A word tesseract gives less confidence than this is no reading of the printed value
(a bold KOUAME over a guilloche, blurred, read "Raven" at 0): it neither names the holder
nor contradicts the MRZ."""


def value_below(page: PageText, label: str) -> str | None:
    """The printed value of a labelled field: the words right under the label (the
    usual layout of passports and ID cards), or after a colon on the label's line."""
    read = value_read_below(page, label)
    return read[0] if read else None


def value_read_below(page: PageText, label: str) -> tuple[str, float] | None:
    """``value_below`` and the mean confidence of the words it was read from."""
    rx = re.compile(label)
    for line in lines_of_page(page):
        folded = [fold_upper(w.text) for w in line]
        joined = " ".join(folded)
        m = rx.search(joined)
        if not m:
            continue
        # index of the word where the label starts
        pos, start = 0, 0
        for i, f in enumerate(folded):
            if pos + len(f) > m.start():
                start = i
                break
            pos += len(f) + 1
        colon = joined.find(":", m.end())
        if colon != -1:
            rest = joined[colon + 1 :].strip()
            if rest:
                after = [w for w, f in zip(line, folded, strict=True) if f in rest.split()]
                return rest, _mean_conf(after)
            if beside := _value_beside(page, line):
                return beside
        lab = line[start]
        h = max(4, lab.box[3] - lab.box[1])
        # bilingual labels ("NOME / Given names"): the value sits under the label's start,
        # never under another field's label the row sets before it ("Ngày cấp/Date of issue
        # Có giá trị đến/Date of expiry", the two dates under them)
        while (
            start > 0
            and line[start].box[0] - line[start - 1].box[2] < 2.5 * h
            and not re.search(rf"(?:{FIELD_LABEL_ENDS})\s*$", " ".join(folded[:start]))
        ):
            start -= 1
        lab = line[start]
        below = [
            w
            for w in page.words
            if w.conf >= UNREAD_CONF
            and lab.box[3] - h * 0.2 < w.box[1] < lab.box[3] + h * 3.5
            and lab.box[0] - h * 1.5 <= w.box[0] <= lab.box[0] + h * 3
        ]
        if not below:
            continue
        first = min(below, key=lambda w: (w.box[1], abs(w.box[0] - lab.box[0])))
        row = sorted(
            (
                w
                for w in page.words
                if w.line == first.line
                and w.box[0] >= lab.box[0] - h * 1.5
                and w.conf >= UNREAD_CONF
            ),
            key=lambda w: w.box[0],
        )
        words = [row[0]]
        for w in row[1:]:
            if w.box[0] - words[-1].box[2] > 2.5 * h:
                break
            words.append(w)
        return " ".join(w.text for w in words), _mean_conf(words)
    return None


def _mean_conf(words: Sequence[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 100.0


def _value_beside(page: PageText, line: Sequence[Word]) -> tuple[str, float] | None:
    """The value OCR set apart from its "Label :" on the same row, a column to the right
    (a récépissé's labels and values in two blocks: "Nom :" ... "ZHANG")."""
    end = line[-1]
    h = max(4, end.box[3] - end.box[1])
    middle = (end.box[1] + end.box[3]) / 2
    right = [
        w
        for w in page.words
        if w.line != end.line
        and w.conf >= UNREAD_CONF
        and w.box[1] <= middle <= w.box[3]
        and end.box[2] < w.box[0] < end.box[2] + 25 * h
    ]
    if not right:
        return None
    first = min(right, key=lambda w: w.box[0])
    row = sorted((w for w in page.words if w.line == first.line and w.box[0] >= first.box[0]),
                 key=lambda w: w.box[0])  # fmt: skip
    return " ".join(w.text for w in row), _mean_conf(row)


def _a_label(value: str) -> bool:
    """A printed name that is, starts with or holds a label: the value under the label
    was missed and the next labels read instead. A bilingual caption counts when any of
    its parts is a label ("Sexe / Sex" read "‘Sere / Sex").

    >>> _a_label("‘Sere / Sex"), _a_label("ШЕВЧЕНКО/SHEVCHENKO"), _a_label("ANA CAROLINA")
    (True, False, False)
    """
    parts = [p for p in value.split("/") if p.strip()]
    return (
        refuse_value(value)
        or holds_label(value)
        or (len(parts) > 1 and any(refuse_value(p.strip()) for p in parts))
    )


def _letters(s: str) -> str:
    return re.sub(r"[^A-Z]", "", fold_upper(s))


def _name_read(printed: str) -> bool:
    """Does the printed value read like a name (words of letters), rather than scraps
    of a background pattern ("2 N r")? Only then can it contradict the MRZ.

    >>> _name_read("2 N r"), _name_read("IYER"), _name_read("DE LA CRUZ")
    (False, True, True)
    """
    tokens = printed.split()
    wordy = [t for t in tokens if sum(c.isalpha() for c in t) >= 2]
    return len(wordy) * 2 > len(tokens)


SCRAP_LETTERS = 3
"""Longest word tesseract makes of a name printed in another script beside its Latin
form (a Chinese passport's 刘 read "XI}" before "LIU"): such words beside the whole MRZ
name are no other name."""


def _name_differs(mrz_value: str, printed: str) -> bool:
    """A real difference, not an OCR slip or the MRZ's truncation of a long name.

    >>> _name_differs("LIU", "XI} LIU"), _name_differs("YUXIN", "FAX YUXIN")
    (False, False)
    >>> _name_differs("LIU", "WANG"), _name_differs("MARIE", "ANNE MARIE")
    (True, True)
    """
    a, b = _letters(mrz_value), _letters(printed)
    if not a or not b or a == b or not _name_read(printed):
        return False
    if b.startswith(a) or a.startswith(b):  # truncation, or a value cut by the layout
        return False
    whole, part = _tokens(mrz_value), _tokens(printed)
    if part and all(any(_same_word(p, w) for w in whole) for p in part):
        return False  # some of the names read, each of them the MRZ's
    extra = [p for p in part if not any(_same_word(p, w) for w in whole)]
    if all(any(_same_word(w, p) for p in part) for w in whole) and all(
        len(t) <= SCRAP_LETTERS for t in extra
    ):
        return False  # every MRZ name read, beside scraps of another script ("XI} LIU")
    allowed = 1 if len(a) <= 7 else 2
    return Levenshtein.distance(a, b) > allowed


def _tokens(s: str) -> list[str]:
    return [t for t in re.split(r"[^A-Z]+", fold_upper(s)) if t]


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and Levenshtein.distance(a, b) <= 1)


def _only_surname(value: str, surname: str, given: str) -> bool:
    """Is ``value`` the surname alone (a filler read as a letter at its end allowed), not
    the given names?"""
    return _same_word(_letters(value), _letters(surname)) and not _same_word(
        _letters(value), _letters(given)
    )


def _without_surname(value: str, surname: str | None) -> str:
    """A "SURNAME GIVEN NAMES" value read under a "Nom, prénom" label, the surname taken
    off whichever end it sits at: what is left is the given names.

    >>> _without_surname("THOMPSON OLIVER JAMES", "THOMPSON")
    'OLIVER JAMES'
    >>> _without_surname("OLIVER JAMES", "THOMPSON"), _without_surname("LI", "LI")
    ('OLIVER JAMES', 'LI')

    The MRZ drops apostrophes: its OCONNELL is the printed "O'CONNELL", read "O CONNELL".

    >>> _without_surname("O CONNELL KATHRYN ELIZABETH", "OCONNELL")
    'KATHRYN ELIZABETH'
    """
    words, sur = _tokens(value), _tokens(surname or "")
    n = len(sur)
    if not n or len(words) <= n:
        return value
    if all(_same_word(a, b) for a, b in zip(words[:n], sur, strict=True)):
        return " ".join(words[n:])
    if all(_same_word(a, b) for a, b in zip(words[-n:], sur, strict=True)):
        return " ".join(words[:-n])
    joined = "".join(sur)
    for k in range(1, len(words)):
        if _same_word("".join(words[:k]), joined):
            return " ".join(words[k:])
        if _same_word("".join(words[-k:]), joined):
            return " ".join(words[:-k])
    return value


def comparable_names(
    printed: dict[str, str], surname: str | None, given: str | None
) -> dict[str, str]:
    """The printed names put in the MRZ's terms before they are compared with it: of a
    bilingual value ("ШЕВЧЕНКО/SHEVCHENKO", read "LUEBYEHKO/SHEVCHENKO") the part closest
    to the MRZ; of a "SURNAME, GIVEN NAMES" or "SURNAME GIVEN NAMES" value (visa stickers
    label one line "Nom, prénom / Surname, name") the surname or the given names alone.

    >>> comparable_names({"surname": "LUEBYEHKO/SHEVCHENKO", "given_names": "OJIEHA/OLENA"},
    ...                  "SHEVCHENKO", "OLENA")
    {'surname': 'SHEVCHENKO', 'given_names': 'OLENA'}
    >>> comparable_names({"surname": "THOMPSON OLIVER JAMES", "given_names": "THOMPSON OLIVER JAMES"},
    ...                  "THOMPSON", "OLIVER JAMES")
    {'surname': 'THOMPSON', 'given_names': 'OLIVER JAMES'}

    The first word alone of "KHAN, MUHAMMAD USMAN" read under "Nom, prénom" is the
    surname: no given name is read there.

    >>> comparable_names({"surname": "KHAN", "given_names": "KHAN"}, "KHAN", "MUHAMMAD USMAN")
    {'surname': 'KHAN', 'given_names': ''}
    >>> comparable_names({"given_names": "O'CONNOR"}, "OCONNORK", "SARAH JANE")["given_names"]
    ''

    Given names listed with commas, as French cards print them (set_bs p03), and the two
    scripts of a Ukrainian passport read on two lines (set_br p04):

    >>> comparable_names({"given_names": "MARIANA, BEATRIZ"}, "OLIVEIRA", "MARIANA B")
    {'given_names': 'MARIANA  BEATRIZ'}
    >>> comparable_names({"given_names": "ONEHA | OLENA"}, "KOVALENKO", "OLENA")
    {'given_names': 'OLENA'}
    """
    out = dict(printed)
    for key, mrz_value in (("surname", surname), ("given_names", given)):
        value = printed.get(key)
        if not value or not mrz_value:
            continue
        if "/" in value or "|" in value:  # two scripts, on one line or two ("ОЛЕНА | OLENA")
            value = min(
                (v for v in re.split(r"[/|]", value) if v.strip()),
                key=lambda v: Levenshtein.distance(_letters(v), _letters(mrz_value)),
                default=value,
            ).strip()
        head, comma, tail = value.partition(",")
        if comma and (key == "surname" or _same_word(_letters(head), _letters(surname or ""))):
            value = head if key == "surname" else tail  # "SURNAME, GIVEN NAMES"
        elif comma:
            value = value.replace(",", " ")  # "MARIANA, BEATRIZ": given names listed
        elif key == "given_names" and _only_surname(value, surname or "", given or ""):
            value = ""  # "KHAN," first of "KHAN, MUHAMMAD USMAN": the surname, no given name
        elif key == "given_names":
            value = _without_surname(value, surname)
        elif len(_tokens(value)) > len(_tokens(mrz_value)) and given:
            value = _without_surname(value, given)
        out[key] = value.strip()
    return out


def printed_fields(printed: dict[str, str]) -> dict[str, object]:
    """The date of birth, expiry and nationality the printed zone gives, as values: what a
    card whose MRZ could not be read at all still says.

    >>> printed_fields({"date_of_birth": "09.07.1996", "nationality": "ITA", "expiry_date": "x"})
    {'date_of_birth': datetime.date(1996, 7, 9), 'nationality': 'ITA'}
    """
    out: dict[str, object] = {}
    for key in ("date_of_birth", "expiry_date"):
        if value := _printed_date(printed.get(key)):
            out[key] = value
    code = (printed.get("nationality") or "").split()[:1]
    if code and countries.icao_code(code[0]):
        out["nationality"] = countries.normalise(code[0])
    return out


def _printed_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    text = re.sub(r"\b(\d{2}) (\d{2}) (\d{4})\b", r"\1/\2/\3", text)
    found = find_dates(text)
    return found[0].value if found else None


SURE_PRINT = 60.0
"""Mean confidence a printed value's words need to contradict the MRZ: a photo's print read
at less ("~GUINEENNE-" at 54 under "Prénoms", the nationality's row taken for the given
names', set_bf p04) is no evidence of an altered document."""


def visual_zone(doc: Document, min_conf: float = 0.0) -> dict[str, str]:
    """Surname, given names, usage name, date of birth and expiry printed on the document's
    pages (read with a mean confidence of at least ``min_conf``)."""
    out: dict[str, str] = {}
    for page in doc.pages:
        for key, label in (
            ("surname", SURNAME_LABEL),
            ("given_names", GIVEN_LABEL),
            ("usage_name", USAGE_LABEL),
            ("date_of_birth", BIRTH_LABEL),
            ("expiry_date", EXPIRY_LABEL),
            ("nationality", NATIONALITY_LABEL),
        ):
            if key in out:
                continue
            read = value_read_below(page, label)
            if read is None or read[1] < min_conf:
                continue
            value = read[0]
            if value and not (key in ("surname", "given_names", "usage_name") and _a_label(value)):
                out[key] = value.strip(" ,.;:/")  # never the next label ("Middle name")
        if "surname" not in out and (named := _name_line(page)) and named[2] >= min_conf:
            out.setdefault("surname", named[0])
            out.setdefault("given_names", named[1])
    return out


_NAME_LINE = re.compile(
    r"^\W*(?:NOM\s*,?\s*PRENOMS?|SURNAME\s*,?\s*(?:GIVEN\s*)?NAMES?)\W*\s+(?P<value>\S.*)$"
)


def _name_line(page: PageText) -> tuple[str, str, float] | None:
    """(surname, given names, confidence) printed on a visa's one line "NOM, PRÉNOM
    O'CONNOR, NIAMH ROSE" (set_dk p04): the name after the label, its comma between the
    two."""
    for line in lines_of_page(page):
        folded = fold_upper(" ".join(w.text for w in line))
        m = _NAME_LINE.match(folded)
        if m is None or m["value"].count(",") != 1:
            continue
        label = len(folded[: m.start("value")].split())  # the label's words, then the name
        original = " ".join(w.text for w in line[label:])
        surname, given = (part.strip(" ,.;:/") for part in original.split(","))
        if surname and given:
            return surname, given, _mean_conf(line)
    return None


def visual_findings(fields: IdentityFields, printed: dict[str, str], what: str) -> list[Finding]:
    """Compare the printed zone with the MRZ; a disagreement is questionable."""
    if fields.mrz is None:
        return []
    out: list[Finding] = []

    def differ(name: str, mrz_value: object, printed_value: str) -> None:
        out.append(
            warning(
                "mrz.visual_mismatch",
                f"The {what}'s printed {name.replace('_', ' ')} ({printed_value}) differs from "
                f"its MRZ ({mrz_value}): the document may be altered or misread; check it.",
                field=name,
                mrz=str(mrz_value),
                printed=printed_value,
            )
        )

    names = comparable_names(printed, fields.surname, fields.given_names)
    for key in ("surname", "given_names"):
        mrz_value, seen_name = getattr(fields, key), names.get(key)
        if mrz_value and seen_name and _name_differs(mrz_value, seen_name):
            differ(key, mrz_value, printed[key])
    for key in ("date_of_birth", "expiry_date"):
        value: dt.date | None = getattr(fields, key)
        seen = _printed_date(printed.get(key))
        if value and seen and seen != value:
            differ(key, value.isoformat(), printed[key])
    return out


def _a_validity(start: dt.date, end: dt.date) -> bool:
    """A month to five years apart: a sticker's or a récépissé's validity, not a passport's
    ten years."""
    return 28 <= (end - start).days <= 1830


STACKED_LINES = 3
"""Lines that may part a sticker's "du" date from its "au" date printed under it."""


def validity_pair(pages: Sequence[PageText]) -> tuple[dt.date | None, dt.date | None]:
    """A sticker's (or a récépissé's) "du / from" and "au / until" dates: the two dates
    printed side by side on one line ("01-09-2026 31-08-2027", "VALABLE DU 29/08/2026 AU
    27/02/2027"), else one under the other (the labels "DU / FROM AU / UNTIL" on a line,
    each date on its own below), the second after the first by a month to five years (a
    passport's issue and expiry, ten years apart, are not taken).

    >>> from docverify.model import PageRef
    >>> p = PageText(PageRef("v.jpg", 1), None, 300, (), "ocr")
    >>> validity_pair([p])
    (None, None)
    """
    for page in pages:
        for line in page.lines:
            dates = [d.value for d in find_dates(re.sub(r"(\d)\s*-\s*(\d)", r"\1-\2", line))]
            if len(dates) == 2 and _a_validity(dates[0], dates[1]):
                return dates[0], dates[1]
    for page in pages:
        alone = [
            (i, found[0].value)
            for i, line in enumerate(page.lines)
            if len(found := find_dates(re.sub(r"(\d)\s*-\s*(\d)", r"\1-\2", line))) == 1
        ]
        for (i, start), (j, end) in itertools.pairwise(alone):
            if j - i <= STACKED_LINES and _a_validity(start, end):
                return start, end
    return None, None
