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
from docverify.values.mrz import NAME_FILLER_LOOKALIKES
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
    return out


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


MRZ_SLIPS = frozenset({("Q", "O")})
"""(MRZ letter, printed letter): an OCR-B letter misread as its look-alike, where the
printed name's letter is the one to believe. OCR-B's O read as Q (its tail a speck of the
print: "QUEDRAOGO" under a printed "OUÉDRAOGO", set_cz p01); a printed O read from a Q is
rare in a name's plain print, and a real Q is read as Q on both."""


def _with_printed_marks(mrz_value: str, printed: str) -> str | None:
    """The printed name, upper case without accents, when it spells the MRZ's letters
    with apostrophes or hyphens the MRZ cannot write; else None."""
    folded = re.sub(r"\s+", " ", re.sub(r"[^A-Z'\- ]", " ", fold_upper(printed))).strip(" '-")
    if not re.search(r"[A-Z]['-][A-Z]", folded):
        return None
    same = re.sub(r"[^A-Z]", "", folded) == re.sub(r"[^A-Z]", "", mrz_value)
    return folded if same else None


def marks_from_print(mrz_value: str, printed: str | None) -> str:
    """The MRZ name with the apostrophes and hyphens of the run of printed words that
    spells its letters, the printed value holding other words too (a visa's one line
    "O'CONNELL MARGARET ROSE" under "Nom, prénom", set_dg p02); as read otherwise.

    >>> marks_from_print("OCONNELL", "O'CONNELL MARGARET ROSE")
    "O'CONNELL"
    >>> marks_from_print("MARGARET ROSE", "O'CONNELL MARGARET ROSE"), marks_from_print("ANA", "A-NA B")
    ('MARGARET ROSE', 'A-NA')
    """
    if not printed or re.search(r"['-]", mrz_value):
        return mrz_value
    words = printed.replace(",", " ").split()
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            if marked := _with_printed_marks(mrz_value, " ".join(words[i:j])):
                return marked
    return mrz_value


def reconcile_name(mrz_value: str, printed: str | None) -> str:
    """The MRZ name with fillers misread as letters put back, when the printed name shows
    them: ``AMINAKFATOU`` against the printed ``AMINA FATOU`` is ``AMINA FATOU``; a letter
    K/X/C/L/S/E that the MRZ has more, next to a word break (``ARJUN<KRAGHAV``,
    ``TYLERK<JAMES``), is dropped. Only such letters at a word break change; the MRZ's
    other letters are kept (the printed name's own misreads do not enter it), and a
    printed name that differs by more than a misread or two changes nothing.

    >>> reconcile_name("AMINAKFATOU", "Amina Fatou"), reconcile_name("KEVIN", "KEVIN")
    ('AMINA FATOU', 'KEVIN')
    >>> reconcile_name("ANNAKMARIA", "ANNA MARIE")
    'ANNA MARIA'
    >>> reconcile_name("ARJUN KRAGHAV", "ARJUN RAGHAV"), reconcile_name("TYLERK JAMES", "Tyler James")
    ('ARJUN RAGHAV', 'TYLER JAMES')
    >>> reconcile_name("MARCUS KDEVONK", "MARCUS DEVON")
    'MARCUS DEVON'
    >>> reconcile_name("KAREN", "AREN"), reconcile_name("MARIA KLUISA", "JOSE MIGUEL")
    ('KAREN', 'MARIA KLUISA')
    >>> reconcile_name("RUI MIGUE", "RUI MIGUEL"), reconcile_name("RUI", "RUI MIGUEL")
    ('RUI MIGUEL', 'RUI')
    >>> reconcile_name("CHAMINDA PRA", "CHAMINDA PRASANNA KUMARA")
    'CHAMINDA PRASANNA KUMARA'

    The MRZ drops a name's apostrophes and hyphens; the printed name with the same letters
    gives them back:

    >>> reconcile_name("OCONNELL HUGHES", "O'CONNELL-HUGHES"), reconcile_name("ANA", "A-N")
    ("O'CONNELL-HUGHES", 'ANA')

    An MRZ letter misread as its look-alike (``MRZ_SLIPS``) takes the printed letter:

    >>> reconcile_name("QUEDRAOGO", "OUÉDRAOGO"), reconcile_name("VASQUEZ", "Vásquez")
    ('OUEDRAOGO', 'VASQUEZ')
    """
    if not printed:
        return mrz_value
    if as_printed := _with_printed_marks(mrz_value, printed.split(",")[-1]):
        return as_printed
    words = _tokens(printed.split(",")[-1])
    expected = "<".join(words)
    got = mrz_value.replace(" ", "<")
    if not expected or got == expected:
        return mrz_value
    if got == expected[: len(got)]:
        # the MRZ cut the names short (ICAO 9303 truncates names that overrun the field):
        # a word cut in its middle says so, and the printed name gives the rest ("CHAMINDA
        # PRA" for CHAMINDA PRASANNA KUMARA, set_dc p02)
        rest = expected[len(got) :]
        if got and got[-1] != "<" and rest[:1].isalpha():
            return (got + rest).replace("<", " ")
        return mrz_value
    out = list(got)
    misreads = 0
    for edit in Levenshtein.opcodes(got, expected):
        op, i1, i2, j1, j2 = edit.tag, edit.src_start, edit.src_end, edit.dest_start, edit.dest_end
        if op == "equal":
            continue
        if op == "delete":  # a letter the MRZ has more: only a filler beside a break
            for i in range(i1, i2):
                near_break = (
                    "<" in got[max(0, i - 1) : i + 2]
                    or "<" in expected[j1 - 1 : j1 + 1]
                    or i == len(got) - 1  # before the fillers that end the field
                )
                if got[i] not in "KXCLSE" or not near_break or i == 0:
                    return mrz_value
                out[i] = ""
        elif op == "replace":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=False):
                if expected[j] == "<" and got[i] in "KXCLSE":
                    out[i] = "<"
                elif got[i] == "<" or expected[j] == "<":
                    return mrz_value
                elif (got[i], expected[j]) in MRZ_SLIPS:
                    out[i] = expected[j]  # the MRZ's slip: the printed letter is right
                else:
                    misreads += 1  # the printed name misread: the MRZ's letter stays
            if i2 - i1 != j2 - j1:
                return mrz_value
        else:  # the MRZ lacks letters the printed name has: not a filler question
            return mrz_value
    if misreads > max(1, len(expected) // 8):
        return mrz_value
    return " ".join(w for w in "".join(out).split("<") if w)


def page_words(doc: Document) -> set[str]:
    """Folded words of letters printed on the document's pages outside its MRZ lines."""
    return {
        t for page in doc.pages for w in page.words if "<" not in w.text for t in _tokens(w.text)
    }


def trim_filler_letters(mrz_value: str, printed: set[str]) -> str:
    """The MRZ name with a look-alike letter taken off a word's end or start, when the
    page prints that word without it and never with it: the letter was a filler next to
    the name (``BEN SALAHK`` where the page shows ``SALAH``). Names are kept as read when
    the page shows them as read (``ERIK``) or shows neither.

    >>> trim_filler_letters("BEN SALAHK", {"BEN", "SALAH", "SAMI"})
    'BEN SALAH'
    >>> trim_filler_letters("SARAH KLOUISE", {"SARAH", "LOUISE"})
    'SARAH LOUISE'
    >>> trim_filler_letters("ERIK", {"ERIK", "ERI"}), trim_filler_letters("ERIK", set())
    ('ERIK', 'ERIK')

    Short names too (Vietnamese "THI THU HA", its last filler read K: ``KHA``):

    >>> trim_filler_letters("THI THU KHA", {"TRAN", "THI", "THU", "HA"})
    'THI THU HA'

    A letter read three times where the page prints it once or twice (a TD1's "<<OMAR"
    read "<<OOOMAR", set_cx p02): no name holds a letter thrice in a row.

    >>> trim_filler_letters("OOOMAR", {"OMAR"}), trim_filler_letters("OOOMAR", {"OMER"})
    ('OMAR', 'OOOMAR')
    """
    out: list[str] = []
    for word in mrz_value.split():
        if len(word) >= 3 and word not in printed:
            if word[-1] in NAME_FILLER_LOOKALIKES and word[:-1] in printed:
                word = word[:-1]
            elif word[0] in NAME_FILLER_LOOKALIKES and word[1:] in printed:
                word = word[1:]
            else:
                word = next((w for w in _stutter_fixes(word) if w in printed), word)
        out.append(word)
    return " ".join(out)


def name_line_full(kind: str | None, lines: Sequence[str]) -> bool:
    """Do the MRZ's names run to the end of their line, no filler after them: ICAO 9303
    cut them short there (a TD1's third line, the first line of the others)?

    >>> name_line_full("TD1", ["", "", "FOTSO<NGUEMO<<CHRISTELLE<AUROR"])
    True
    >>> name_line_full("TD3", ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", ""])
    False
    """
    if kind == "FRA_ID" or not lines:
        return False
    line = lines[2] if kind == "TD1" and len(lines) >= 3 else lines[0]
    return bool(line) and line[-1].isalpha()


def complete_truncated(mrz_value: str, printed: set[str]) -> str:
    """The MRZ name whose last word its line cut short, that word as the page prints it
    whole: the one printed word that begins with it and goes on (``AUROR`` where the card
    prints ``AURORE``, set_dg p03); kept as read when the page prints the word as read, or
    several words begin with it, or none.

    >>> complete_truncated("CHRISTELLE AUROR", {"FOTSO", "NGUEMO", "CHRISTELLE", "AURORE"})
    'CHRISTELLE AURORE'
    >>> complete_truncated("ANA MAR", {"ANA", "MARIA", "MARTA"}), complete_truncated("ANN", {"ANN", "ANNE"})
    ('ANA MAR', 'ANN')
    """
    words = mrz_value.split()
    if not words or len(words[-1]) < 2 or words[-1] in printed:
        return mrz_value
    longer = {w for w in printed if len(w) > len(words[-1]) and w.startswith(words[-1])}
    if len(longer) != 1:
        return mrz_value
    return " ".join([*words[:-1], longer.pop()])


def _stutter_fixes(word: str) -> list[str]:
    """``word`` with a run of one letter three times or more cut to one, then to two.

    >>> _stutter_fixes("OOOMAR"), _stutter_fixes("ANNA")
    (['OMAR', 'OOMAR'], [])
    """
    run = re.search(r"([A-Z])\1{2,}", word)
    if run is None:
        return []
    return [word[: run.start()] + run[1] * n + word[run.end() :] for n in (1, 2)]


def resplit(
    surname: str | None, given: str | None, printed: dict[str, str]
) -> tuple[str, str] | None:
    """The MRZ's names cut between surname and given names where the printed zone cuts
    them, when only the cut differs: a single filler of "DUPONT<MOREAU<<ELODIE" read as
    two gives DUPONT / MOREAU ELODIE, the card prints DUPONT-MOREAU / ÉLODIE.

    >>> resplit("DUPONT", "MOREAU ELODIE", {"surname": "DUPONT-MOREAU", "given_names": "ÉLODIE"})
    ('DUPONT MOREAU', 'ELODIE')
    >>> resplit("DUPONT MOREAU", "ELODIE", {"surname": "DUPONT-MOREAU"}) is None
    True
    """
    p_sur, p_given = printed.get("surname"), printed.get("given_names")
    if not (surname and given and p_sur and p_given):
        return None
    words = surname.split() + given.split()
    want = _tokens(p_sur)
    if [fold_upper(w) for w in words] != want + _tokens(p_given):
        return None  # other words: not only the cut differs
    cut = len(want)
    if cut == len(surname.split()) or not 0 < cut < len(words):
        return None
    return " ".join(words[:cut]), " ".join(words[cut:])


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
