"""Section C, "Vos engagements et signature": the date ("Fait à ... le ...") and the
signature.

The date is read from the page's words, and when they give none (a handwritten date the
page-wide OCR missed or garbled), from the zone right of the "le" label read again alone,
as one line. The signature is ink in the framed "Signature" box (``vision.ink``): not the
printed word "Signature", not the frame, not a stray dot or a short stroke.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from docverify.labels import lines_of_page
from docverify.model import PageText, Word
from docverify.values.dates import NUMERIC_DATE, find_dates, looks_american, one_digit_years
from docverify.values.names import fold_upper
from docverify.vision.boxes import DIGITS, read_framed_digits, vote_groups
from docverify.vision.comb import read_comb_words
from docverify.vision.handwriting import read_line
from docverify.vision.ink import (
    SIGNATURE_MIN_SPAN_MM,
    InkMeasure,
    frame_below,
    ink_in_frame,
    looks_signed,
    signature_ink,
)

_DATE_LABEL = re.compile(
    r"\bFAIT\s*A\b|\bFAITA\b|\bFAIT\s*LE\b|^\s*DATE\s*:?(?!\s*D)|^\s*LE\s+(?=\d)"
    r"|\bLE\s*[\[|](?=\s?\d\s?[\[\]|,!]\s?\d)"  # "le" before comb boxes: "... le [2,5//[1,0"
)
_DIGITISH = re.compile(r"[\dOoIl|]{1,2}\s?[/.\-]\s?[\dOoIl|]{1,2}\s?[/.\-]\s?[\dOoIl|]{2,4}")
_SPACED_DIGITS = re.compile(r"(?<!\d)(?<!\d )\d(?: \d)+(?!\d)")
_COMB_RUN = re.compile(r"[\[|]?\d(?:\s?[\[\]|,!]\s?\d)+[\]|]?")
"""Digits written one per box of a comb, the walls between them read as ``[ | , !``."""
_DOUBLE_SLASH = re.compile(r"(?<=\d)\s?/\s?[\[|]?/?\s?(?=\d)")
_SPLIT_YEAR = re.compile(r"([/.\-]\s?)((?:1\s?9|2\s?0)\s?\d\s?\d)(?!\d)")
SIGNATURE_LABEL = r"^SIGNATURES?\b"
DateRead = tuple[dt.date | None, str | None, bool]
"""(date, as written, only makes sense as MM/DD/YYYY)."""


def repair_digits(text: str) -> str:
    """OCR's slips inside a numeric date: O->0, I/l/|->1, a year cut by a space
    ("03/12/2 026"), digits written one a box and read apart ("1 3 / 1 1 / 2 0 2 6").

    >>> repair_digits("le 03/l2/2 026"), repair_digits("1O/11/2O26")
    ('le 03/12/2026', '10/11/2026')
    >>> repair_digits("1 3 / 1 1 / 2 0 2 6")
    '13 / 11 / 2026'

    Comb boxes read with their walls ("[2,5//[1,0//[2,0,2,6", "|2|5|/|1|0|/|2|0|2|6|"):

    >>> repair_digits("le [2,5//[1,0//[2,0,2,6"), repair_digits("|2|5|/|1|0|/|2|0|2|6|")
    ('le 25/10/2026', '25/10/2026')
    """
    if _COMB_RUN.search(text):
        text = _COMB_RUN.sub(lambda m: re.sub(r"\D", "", m[0]), text)
        text = _DOUBLE_SLASH.sub("/", text)
    text = _SPACED_DIGITS.sub(lambda m: m[0].replace(" ", ""), text)
    text = _SPLIT_YEAR.sub(lambda m: m[1] + re.sub(r"\s", "", m[2]), text)
    return _DIGITISH.sub(lambda m: m[0].translate(str.maketrans("OoIl|", "00111")), text)


def parse_written_date(text: str) -> tuple[dt.date | None, str | None, bool]:
    """(date, as written, only makes sense as MM/DD/YYYY) for a date as written on the form.

    >>> parse_written_date("10/11/2026")
    (datetime.date(2026, 11, 10), '10/11/2026', False)
    >>> parse_written_date("09/25/2026")
    (None, '09/25/2026', True)
    >>> parse_written_date("le 1O/11/2O26")
    (datetime.date(2026, 11, 10), '10/11/2026', False)
    """
    text = repair_digits(text)
    nm = NUMERIC_DATE.search(text)
    if nm and looks_american(nm[0]):
        return None, nm[0], True
    dates = find_dates(text)
    if dates:
        return dates[0].value, dates[0].raw, False
    return None, None, False


def signed_date(lines: Sequence[str]) -> tuple[dt.date | None, str | None, bool]:
    """The date of section C ("Fait à ... le ...", "Date :"), as ``parse_written_date``.

    When the label is there but no date can be read, the text found after it is returned
    as written (date None), so the rule can say "unreadable" rather than "missing".
    """
    written: str | None = None
    for i, line in enumerate(lines):
        m = _DATE_LABEL.search(fold_upper(line))
        if not m:
            continue
        for candidate in (line[m.end() :], lines[i + 1] if i + 1 < len(lines) else ""):
            value, raw, us = parse_written_date(candidate)
            if not (value or us):  # its slashes or dots lost: "le 9112026"
                value, raw, us = parse_written_date(slashed(candidate))
            if value or us:
                return value, raw, us
        rest = re.sub(r"^.*?\bL[EA]\b", "", line[m.end() :], flags=re.IGNORECASE).strip(" .:_-")
        if written is None and re.search(r"\d", rest):
            written = rest
    return None, written, False


DIGIT_READS = (("eng", "--psm 7"), ("eng", "--psm 7 -c tessedit_char_whitelist=0123456789"))
"""Handwritten digits are read in several ways; the reads vote."""
YEARS_OFF = 5
"""A boxed date further than this from the audit's year is a misread (boxes of another
field read as digits: "10/10/1111"), not what anyone writes on a form."""
PRINTED_CONF = 60.0
"""A word read from this confidence on is printed, not a hand's noise."""
BOX_NOISE_CONF = 40.0
"""A word read below this confidence just before the date's boxes is a box read as noise."""
_LE_READS = ("LE", "LA", "IE", "1E", "|E", "LC", "TE", "E")
"""The "le" of "Fait à ... le" and its misreads."""


def _is_le(word: Word) -> bool:
    return fold_upper(word.text).strip(" :.,") in _LE_READS


def _fait(word: str) -> bool:
    """ "Fait" or "Fait à" as read ("FAITA", "FALTA")."""
    return word == "FAIT" or (len(word) >= 4 and Levenshtein.distance(word, "FAITA") <= 1)


def _le_on_the_row(lines: Sequence[Sequence[Word]], fait: Word) -> Word | None:
    """A "le" right of ``fait`` whose middle lies within its row's height."""
    top, bottom = fait.box[1], fait.box[3]
    for line in lines:
        for w in line:
            middle = (w.box[1] + w.box[3]) / 2
            if w.box[0] > fait.box[2] and top <= middle <= bottom and _is_le(w):
                return w
    return None


def _date_label(page: PageText) -> Word | None:
    """The "le" of "Fait à ... le"; else, on a line of section C, a "le" as misread that
    stands before the date's digits or boxes ("rata Lyon e [03|11|2026]": "Fait à" lost);
    else "Fait à" itself."""
    lines = lines_of_page(page)
    fait: Word | None = None
    for line in lines:
        folded = [fold_upper(w.text).strip(" :.,") for w in line]
        if not any(_fait(f) for f in folded):
            continue
        for i, f in enumerate(folded):
            if f in _LE_READS and i > 0:
                return line[i]
        i = next(i for i, f in enumerate(folded) if _fait(f))
        fait = line[i + 1] if i + 1 < len(line) and folded[i + 1] in ("A", "À") else line[i]
    # a text layer may give the row's far end a line of its own ("Fait à" ... "le", the
    # leaders between them blank): the "le" of the row, right of "Fait à"
    if fait is not None and (le := _le_on_the_row(lines, fait)) is not None:
        return le
    # "Fait à" read, its "le" lost in the hand's ink or the boxes ("Fait à Pads ee .",
    # "Faità | BOULOGNE | fajo]/[ua]/..."): the place and the date are both right of it
    if fait is not None:
        return fait
    section = list(_section_c(_top_down(lines)))
    for _k, line, _text in section:
        for i, w in enumerate(line[1:-1], start=1):
            after = line[i + 1].text
            boxed = any(c.isdigit() for c in after) or after[:1] in "[(|"
            if _is_le(w) and boxed:
                return w
    # "Fait" misread ("Patt PAR ee le") and the boxes after "le" not read at all: the
    # line's last word, when it is a "le" (the boxes are looked for right of it)
    for _k, line, _text in section:
        if len(line) >= 3 and _is_le(line[-1]):
            return line[-1]
    # "le" lost too ("tua Pacis [eG] (ht 2,0)2/6]"): the word before the first box read
    # as a bracket, when digits follow in the boxes
    for _k, line, _text in section:
        for i, w in enumerate(line[1:], start=1):
            rest = "".join(x.text for x in line[i:])
            if w.text[:1] in "[|" and sum(c.isdigit() for c in rest) >= 2:
                # a digit before the bracket is the first box's, read apart ("1 [2161216]"),
                # and so is a word read as noise ("e COPE | 2121215)": "09" read "COPE")
                j = i - 1
                while j > 0 and (
                    re.fullmatch(r"[\d\[\]|]+", line[j].text) or line[j].conf < BOX_NOISE_CONF
                ):
                    j -= 1
                return line[j]
    # nothing of "Fait à ... le" read ("rota MCE . CO"): the first word of section C's last
    # line before the signature box, where the official form prints it, when the date's
    # boxes or a bracket read from them stand right of it
    last = [line for _k, line, text in section if not re.search(_LEGAL, text)]
    if last and len(section) >= 2:
        line = last[-1]
        text = fold_upper(" ".join(w.text for w in line))
        # a printed word read (its first, "Fait" misread), not the certification's prose
        if len(line) >= 2 and line[0].conf >= PRINTED_CONF and not _SECTION_C.search(text):
            return line[0]
    return None


def boxed_dates(page: PageText, label: Word, as_of: dt.date) -> list[DateRead]:
    """The date written a digit a box right of "le" (the cerfa prints JJ | MM | AAAA boxes):
    a comb read run by run, or framed groups read box by box and voted; none without
    boxes."""
    out: list[DateRead] = []

    def dates(texts: Sequence[str]) -> list[DateRead]:
        for text in texts:
            digits = "".join(text.split())
            if len(digits) == 8 and digits.isdigit():
                written = f"{digits[:2]}/{digits[2:4]}/{digits[4:]}"
                read = parse_written_date(plausible_year(written, as_of))
                if read[2] or (read[0] and abs(read[0].year - as_of.year) <= YEARS_OFF):
                    out.append(read)
        return out

    # right of "le" the boxes start at once; right of "Fait à" (its "le" lost) the place
    # comes first (in a long box of its own: no date group is that long), the boxes after
    wide = not _is_le(label)
    width = 170.0 if wide else 110.0
    # framed groups with ticks look like a comb too: when the comb read gives no date,
    # the groups are read box by box
    if dates(read_comb_words(page, [label], DIGIT_READS, DIGITS, width, letters=False) or []):
        return out
    reads = read_framed_digits(
        page, [label], DIGIT_READS, width_mm=width, longest_mm=35.0 if wide else 70.0
    )
    # JJ | MM | AAAA boxes, or a box a digit (eight boxes, the slashes printed between)
    voted = vote_groups(reads, (2, 2, 4)) or vote_groups(reads, (1,) * 8)
    if voted is not None:
        return dates([voted])
    short = short_box_date(reads, as_of)
    return [short] if short else []


def short_box_date(reads: Sequence[str], as_of: dt.date) -> DateRead | None:
    """A date whose box was read short in every way ("06|1|2026": a stroke of the 11
    lost): the groups as most often read, for ``settle_date`` to weigh ("06/1/2026" is
    taken as 11 when that makes it recent, and said).

    >>> short_box_date(["06|1|2026", "06||2026", "6||226"], dt.date(2026, 11, 20))
    (datetime.date(2026, 1, 6), '06/1/2026', False)
    >>> short_box_date(["06||2026"], dt.date(2026, 11, 20)) is None
    True
    """
    split = [r.split("|") for r in reads if r.count("|") == 2]
    groups = [Counter(g[i] for g in split if g[i]).most_common(1) for i in range(3)]
    if not split or not all(groups) or len(groups[2][0][0]) != 4:
        return None
    read = parse_written_date(plausible_year("/".join(g[0][0] for g in groups), as_of))
    return read if read[0] or read[2] else None


DATE_READS = (
    ("fra", "--psm 7"),
    ("eng", "--psm 7"),
    ("eng", "--psm 7 -c tessedit_char_whitelist=0123456789/.-"),
)
_YEAR_SLIP = re.compile(r"(\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?)(\d{4})(?!\d)")


def plausible_year(text: str, as_of: dt.date) -> str:
    """A handwritten year read with one wrong digit ("23/10/1026") put right when exactly
    one digit's change brings it within a year of the audit date; other text unchanged.

    >>> plausible_year("23/10/1026", dt.date(2026, 11, 20)), plausible_year("le 3/1/2926", dt.date(2026, 1, 9))
    ('23/10/2026', 'le 3/1/2026')
    >>> plausible_year("23/10/2025", dt.date(2026, 11, 20))
    '23/10/2025'
    >>> plausible_year("10/11/1926", dt.date(2026, 11, 20))  # its century misread
    '10/11/2026'
    """

    def fix(m: re.Match[str]) -> str:
        year = m[2]
        if abs(int(year) - as_of.year) <= 5:
            return m[0]
        near = one_digit_years(int(year), as_of.year - 1, as_of.year + 1)
        if not near and year[2:] == str(as_of.year)[2:]:
            near = {as_of.year}  # the century misread ("1926" for a hand's "2026")
        return m[1] + str(near.pop()) if len(near) == 1 else m[0]

    return _YEAR_SLIP.sub(fix, text)


_SECTION_C = re.compile(r"ENGAGEMENTS|CERTIFIE|\bFAIT\b|HONNEUR")
_AFTER_C = re.compile(r"PIECES JUSTIFICATIVES|RESERVE A L'?ORGANISME|^\s*SIGNATURE")


def _top_down(lines: list[list[Word]]) -> list[list[Word]]:
    return sorted(lines, key=lambda ln: min(w.box[1] for w in ln))


def _section_c(lines: list[list[Word]]) -> Iterator[tuple[int, list[Word], str]]:
    """The lines of section C, top to bottom (``lines`` sorted so), with their index and
    folded text: from its heading or certification to the signature box or what follows."""
    inside = False
    for k, line in enumerate(lines):
        text = fold_upper(" ".join(w.text for w in line))
        if _SECTION_C.search(text):
            inside = True
        elif inside and _AFTER_C.search(text):
            return
        if inside:
            yield k, line, text


INKY_LINE_CONF = 45.0
"""A line of section C read below this mean confidence is handwriting the page's read
turned to noise (the "Fait à ... le ..." line, its printed words lost with it)."""
_LEGAL = r"ARTICLES?|\bL\. ?\d|CODE|\bLOI\b|REGLEMENT|INFORMATIQUE"


def date_zones(page: PageText, label: Word | None) -> list[tuple[int, int, int, int]]:
    """Where section C's date may be written: right of its label (``_date_label``), else
    on the lines of section C holding digits (the label misread: "rata PARIS e 31/10/26")."""
    if page.image is None:
        return []
    width = page.image.shape[1]
    if label is not None:
        _x0, y0, x1, y1 = label.box
        h = max(8, y1 - y0)
        return [(x1 + 2, max(0, y0 - h), min(width, x1 + 40 * h), y1 + h)]
    zones = []
    lines = _top_down(lines_of_page(page))

    def zone(k: int, words: list[Word]) -> tuple[int, int, int, int]:
        # handwriting spills over its OCR box: the room between the printed lines
        top = min(w.box[1] for w in words)
        bottom = max(w.box[3] for w in words)
        pad = max(6, (bottom - top) // 2)
        above = max((w.box[3] for w in lines[k - 1]), default=0) if k else 0
        below = min(w.box[1] for w in lines[k + 1]) if k + 1 < len(lines) else bottom
        top = max(above + 1, top - 3 * pad)
        bottom = max(bottom + pad, min(below - 1, bottom + 3 * pad))
        return max(0, words[0].box[0] - 2 * pad), max(0, top), width, bottom

    for k, line, text in _section_c(lines):
        if re.search(_LEGAL, text):
            continue
        digits = [w for w in line if sum(c.isdigit() for c in w.text) >= 2]
        if (
            not digits
            and len(line) >= 2
            and statistics.fmean(w.conf for w in line) < INKY_LINE_CONF
        ):
            digits = line  # a line of handwriting read as noise ("ee | A eee VER")
        if digits:
            zones.append(zone(k, digits))
    return zones[:2]


RECENT_DAYS = 92
"""A form is signed shortly before it is mailed: a date within this many days before the
audit date is the plausible reading of an unclear hand."""


def plausible(value: dt.date, as_of: dt.date) -> bool:
    return as_of - dt.timedelta(days=RECENT_DAYS) <= value <= as_of


_SPACED_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+(\d{1,2})\s+((?:19|20)\d\d)(?!\d)")
_RUN_DATE = re.compile(r"(?<!\d)(\d\d)(\d\d)((?:19|20)\d\d)(?!\d)")


def slashed(text: str) -> str:
    """A date read alone in its zone whose slashes were lost (thin strokes read as spaces,
    or dropped by a digits-only read) written with them again: in the date's own zone,
    three numbers D M YYYY or eight digits DDMMYYYY are a date.

    >>> slashed("18 11 2026 | a"), slashed("18112026"), slashed("le 3 novembre 2026")
    ('18/11/2026 | a', '18/11/2026', 'le 3 novembre 2026')

    Seven digits are a date when one way only of cutting them is one ("9.11.2026" typed,
    its dots lost: 9/11, not 91/1):

    >>> slashed("le 9112026"), slashed("911 2026"), slashed("1112026")
    ('le 9/11/2026', '9/11/2026', '1112026')
    >>> slashed("le 15 112026")  # the space after the month lost
    'le 15/11/2026'
    """
    text = _SPACED_DATE.sub(r"\1/\2/\3", text)
    text = _DAY_THEN_RUN.sub(r"\1/\2/\3", text)
    text = _RUN_DATE.sub(r"\1/\2/\3", text)
    return _SEVEN_DATE.sub(_one_cut, text)


_DAY_THEN_RUN = re.compile(r"(?<![\d/])(\d{1,2}) (\d\d)((?:19|20)\d\d)(?![\d/])")
_SEVEN_DATE = re.compile(r"(?<![\d/])(\d{3}) ?((?:19|20)\d\d)(?![\d/])")


def _one_cut(m: re.Match[str]) -> str:
    cuts = [(m[1][:1], m[1][1:]), (m[1][:2], m[1][2:])]
    valid = [(d, mo) for d, mo in cuts if 1 <= int(d) <= 31 and 1 <= int(mo) <= 12]
    if len(valid) != 1:
        return m[0]
    day, month = valid[0]
    return f"{day}/{month}/{m[2]}"


def zone_dates(pages: Sequence[PageText], as_of: dt.date) -> list[DateRead]:
    """Every reading of section C's date zone (its handwriting read alone in several ways,
    a year off by one digit put right, see ``plausible_year``)."""
    out: list[DateRead] = []
    for page in pages:
        label = _date_label(page)
        if label is not None and page.image is not None:
            out.extend(boxed_dates(page, label, as_of))
            if out:
                break
        for x0, y0, x1, y1 in date_zones(page, label):
            assert page.image is not None
            zone = page.image[y0:y1, x0:x1]
            reads = [
                plausible_year(slashed(hand_months(t)), as_of)
                for t in read_line(zone, page.dpi, DATE_READS)
            ]
            for t in reads:
                read = parse_written_date(t)
                if not (read[0] or read[2]):
                    read = slipped_read(t, as_of) or read
                if read[0] or read[2]:
                    out.append(read)
        if out:
            break
    return out


_HAND_MONTHS = (
    "janvier", "fevrier", "avril", "juillet", "septembre", "octobre", "novembre", "decembre",
)  # fmt: skip
"""French month names long enough that a hand's letter or two misread still names one."""


def hand_months(text: str) -> str:
    """A month's name written by hand and read with a letter or two wrong ("nevembre",
    "octobce"): the month it can only be (names of 7 letters or more, at most 2 letters
    off, and nearer to it than to any other).

    >>> hand_months("2 nevembre 2026"), hand_months("le 3 octobce 2026"), hand_months("Paris")
    ('2 novembre 2026', 'le 3 octobre 2026', 'Paris')
    """

    def month(m: re.Match[str]) -> str:
        word = fold_upper(m[0]).lower()
        near = sorted((Levenshtein.distance(word, n), n) for n in _HAND_MONTHS)
        (d, name), (d2, _) = near[0], near[1]
        return name if 0 < d <= 2 and d2 > d and len(word) >= 6 else m[0]

    return re.sub(r"[^\W\d_]{6,}", month, text)


_ONE_SLASH = re.compile(r"(?<=[0-9Il|])[VvyY](?=[0-9Il|])")
_LOST_SLASH = re.compile(
    r"(?<![\d/])(\d\d)/?(\d\d)/?((?:19|20)\d\d)(?![\d/])(?<=\d\d/\d{6}|\d{4}/\d{4})"
)
_BRACKET_SLASH = re.compile(
    r"(?<=\b\d\d)[\[\](){}fF\\](?=\d\d[/.\-])|(?<=\d\d[/.\-]\d\d)[\[\](){}fF\\](?=\d{4})"
)


def hand_slips(text: str) -> str:
    """A hand's "1/" read as one letter: the slash leaning on the foot of the 1 makes a
    "V" or a "y" between digits ("17/1V2026" for 17/11/2026); a steep slash read as a
    bracket between a date's two-digit parts ("06[10/2026").

    >>> hand_slips("Grenoble ie 17/1V2026"), hand_slips("I7/ly2026"), hand_slips("Valence")
    ('Grenoble ie 17/11/2026', 'I7/l1/2026', 'Valence')
    >>> hand_slips("06[10/2026"), hand_slips("06/10(2026"), hand_slips("(06)10")
    ('06/10/2026', '06/10/2026', '(06)10')
    >>> hand_slips("05f1V2016")  # a slash read "f", then "1/" read "V"
    '05/11/2016'

    One of the two slashes lost, the day and month run together ("2610/2026"):

    >>> hand_slips("| 2610/2026 |"), hand_slips("26/102026"), hand_slips("12610/2026")
    ('| 26/10/2026 |', '26/10/2026', '12610/2026')
    """
    text = _BRACKET_SLASH.sub("/", _ONE_SLASH.sub("1/", text))
    return _LOST_SLASH.sub(lambda m: f"{m[1]}/{m[2]}/{m[3]}", text)


def slipped_read(text: str | None, as_of: dt.date) -> DateRead | None:
    """The date of ``text`` once its hand's slips are put right (``hand_slips``), kept only
    when it is a plausible date for the form (recent, not after the audit) and starts a
    word: a reading that needs a guess never makes a form look wrong, and a day half lost
    ("_l/1V2026") is no day."""
    if not text or (fixed := hand_slips(text)) == text:
        return None
    value, raw, _us = parse_written_date(plausible_year(fixed, as_of))
    if value is None or raw is None or not plausible(value, as_of):
        return None
    if not re.search(r"(?:^|\s)" + re.escape(raw), repair_digits(plausible_year(fixed, as_of))):
        return None
    return value, raw, False


_ONE_FOR_ELEVEN = re.compile(r"(\d\d)([/.\-])1\2((?:19|20)\d\d)")


def lost_stroke(read: DateRead) -> tuple[dt.date, str, bool] | None:
    """The reading of a handwritten date whose month "11" lost a stroke: "06/1/2026" after a
    two-digit day (who writes the day with two digits writes the month so too).

    >>> lost_stroke((dt.date(2026, 1, 6), "06/1/2026", False))
    (datetime.date(2026, 11, 6), '06/1/2026', False)
    >>> lost_stroke((dt.date(2026, 1, 6), "06/01/2026", False)) is None
    True
    """
    m = _ONE_FOR_ELEVEN.fullmatch(read[1] or "")
    if m is None:
        return None
    try:
        return dt.date(int(m[3]), 11, int(m[1])), m[0], False
    except ValueError:
        return None


def settle_date(first: DateRead, zone: Sequence[DateRead], as_of: dt.date) -> DateRead:
    """Section C's date from the page's reading and the zone's readings: the page's when the
    zone agrees or when it is plausible; else the zone's reading most of them agree on, a
    plausible one first (an unclear "11" read "01" makes a recent form look ten months old;
    a date that is really in the future or really old is read that way every time). A
    month "1" after a two-digit day that makes the date recent as "11" is taken so
    (``lost_stroke``; the rule says which reading it rests on)."""
    value = first[0]
    if first[2] or (value is not None and plausible(value, as_of)):
        return first
    if value is None and (slipped := slipped_read(first[1], as_of)):
        first = slipped
        return first
    eleven = [a for r in (first, *zone) if (a := lost_stroke(r)) and plausible(a[0], as_of)]
    if eleven:
        return eleven[0]
    if value is not None and (not zone or any(z[0] == value for z in zone)):
        return first
    dates = Counter(z[0] for z in zone if z[0] is not None)
    if dates:
        best = max(dates, key=lambda d: (plausible(d, as_of), dates[d]))
        return best, next(z[1] for z in zone if z[0] == best), False
    us = [z for z in zone if z[2]]
    return us[0] if us else first


def read_twice(first: DateRead, zone: Sequence[DateRead], settled: DateRead) -> bool:
    """Is the settled date a reliable read, one a verdict may fault: read the same way by
    the page and the zone, or twice in the zone, and never otherwise.

    >>> us = (None, "06/19/2026", True)
    >>> read_twice((None, None, False), [us, us], us)
    True
    >>> read_twice((None, None, False), [(dt.date(2026, 10, 6), "06/10/2026", False), us, us], us)
    False
    """
    key = settled[0], settled[2]
    same = [(z[0], z[2]) == key for z in zone]
    if not (settled[0] is not None or settled[2]) or not all(same):
        return False
    return sum(same) >= (1 if key == (first[0], first[2]) else 2)


def after_in_every_read(first: DateRead, zone: Sequence[DateRead], as_of: dt.date) -> bool:
    """Do the page's read and every read of the zone, two at least, all put the date after
    the audit date? Then "dated in the future" holds whichever digit is misread (07/12
    and 02/12 for a form dated 2 December, audited in November).

    >>> nov, dec2, dec7 = dt.date(2026, 11, 20), dt.date(2026, 12, 2), dt.date(2026, 12, 7)
    >>> after_in_every_read((dec7, "07/12/2026", False), [(dec2, "02/12/2026", False)], nov)
    True
    >>> after_in_every_read((None, None, False), [(dec2, "02/12/2026", False)], nov)
    False
    >>> after_in_every_read((dec7, "07/12/2026", False), [(nov, "20/11/2026", False)], nov)
    False
    """
    reads = [r[0] for r in (first, *zone)]
    return len(reads) >= 2 and all(d is not None and d > as_of for d in reads)


def reread_date(pages: Sequence[PageText], as_of: dt.date) -> DateRead:
    """Section C's date read from its zone alone (see ``settle_date``)."""
    return settle_date((None, None, False), zone_dates(pages, as_of), as_of)


@dataclass(frozen=True)
class SignatureRead:
    """What the signature box holds, as far as its pixels tell."""

    signed: bool | None
    """Ink that looks like a signature; None when no box was found."""
    ink: float | None = None
    """The share of the box the ink covers."""
    where: str | None = None
    """The page measured, e.g. ``formulaire.pdf p.2``."""
    faint: bool = False
    """Not signed as ink is judged, but pale thin strokes spread there like a signature
    (a fine pen on a blurred photo): the box is not clean, the read not reliable."""
    mark_mm: float | None = None
    """Not signed: the box's only ink a mark narrower than any signature (a dot, a short
    tick: its span in mm), and no pale strokes spread wider. No signature, reliably."""


def read_signature(pages: Sequence[PageText]) -> SignatureRead:
    """The signature box of the last page that has one, measured.

    When no page reads a "Signature" (the box's caption printed pale, the section's
    heading lost on a photo), the box is the first frame under the "Fait à ... le" line,
    where the cerfa prints it."""
    for page in reversed(pages):
        if (measure := signature_ink(page, SIGNATURE_LABEL, with_pale=True)) is not None:
            return _read(measure, page)
    for page in reversed(pages):
        fait = next((w for w in page.words if _fait(fold_upper(w.text).strip(" :.,"))), None)
        if fait is None or page.image is None:
            continue
        frame = frame_below(page, fait, reach_mm=FRAME_UNDER_FAIT_MM)
        if frame is not None and (measure := ink_in_frame(page, frame, True)) is not None:
            return _read(measure, page)
    return SignatureRead(None)


def _read(measure: InkMeasure, page: PageText) -> SignatureRead:
    """Pale strokes count as doubt only where some ink already spreads as wide as a
    signature: a caption printed light grey in the box, or a stray tick, spreads none. Ink
    that spreads less than any signature, pale strokes included, is a stray mark."""
    signed = looks_signed(measure)
    pale = (
        not signed
        and measure.pale is not None
        and looks_signed(measure.pale)
        and measure.span_mm >= SIGNATURE_MIN_SPAN_MM
    )
    mark = (
        not signed
        and measure.area_mm2 > 0
        and measure.span_mm < SIGNATURE_MIN_SPAN_MM
        and (measure.pale is None or measure.pale.span_mm < SIGNATURE_MIN_SPAN_MM)
    )
    return SignatureRead(
        signed, measure.ratio, str(page.ref), pale, round(measure.span_mm, 1) if mark else None
    )


FRAME_UNDER_FAIT_MM = 40.0
"""How far under "Fait à ... le" the signature box may start (the cerfa: just under it)."""
