"""Section C's date as text: a date written "Fait à ... le ..." read from OCR text,
the slips a hand's digits make put right ("17/1V2026", a lost slash, a digit misread).
Pure functions of text and dates: where the date stands on the page and how its pixels
are read is ``date_zone``; the choice between the page's reading and the zone's, and how
sure it is, ``date_settle``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from docverify.values.dates import (
    NUMERIC_DATE,
    find_dates,
    looks_american,
    nearest_month_name,
    one_digit_years,
)
from docverify.values.names import fold_upper

from .knowledge import hand_digit_slips

DATE_LABEL = re.compile(
    r"\bFAIT\s*A\b|\bFAITA\b|\bFAIT\s*LE\b|^\s*DATE\s*:?(?!\s*D)|^\s*LE\s+(?=\d)"
    r"|\bLE\s*[\[|](?=\s?\d\s?[\[\]|,!]\s?\d)"  # "le" before comb boxes: "... le [2,5//[1,0"
)

_DIGITISH = re.compile(r"[\dOoIl|\\]{1,2}\s?[/.\-]\s?[\dOoIl|\\]{1,2}\s?[/.\-]\s?[\dOoIl|]{2,4}")
"""A numeric date with letters for digits; a hand's leaning 1 may be read as a backslash
(the month of 03/11/2026 read as two backslashes)."""

_SPACED_DIGITS = re.compile(r"(?<!\d)(?<!\d )\d(?: \d)+(?!\d)")


_COMB_RUN = re.compile(r"[\[|]?\d(?:\s?[\[\]|,!]\s?\d)+[\]|]?")
"""Digits written one per box of a comb, the walls between them read as ``[ | , !``."""

_DOUBLE_SLASH = re.compile(r"(?<=\d)\s?/\s?[\[|]?/?\s?(?=\d)")


_SPLIT_YEAR = re.compile(r"([/.\-]\s?)((?:1\s?9|2\s?0)\s?\d\s?\d)(?!\d)")

DateRead = tuple[dt.date | None, str | None, bool]
"""(date, as written, only makes sense as MM/DD/YYYY)."""


def repair_digits(text: str) -> str:
    """OCR's slips inside a numeric date: O->0, I/l/|->1, a year cut by a space
    ("03/12/2 026"), digits written one a box and read apart ("1 3 / 1 1 / 2 0 2 6").

    >>> repair_digits("le 03/l2/2 026"), repair_digits("1O/11/2O26")
    ('le 03/12/2026', '10/11/2026')
    >>> repair_digits("1 3 / 1 1 / 2 0 2 6")
    '13 / 11 / 2026'
    >>> repair_digits("le 03/" + 2 * chr(92) + "/2026")  # two leaning 1s read as backslashes
    'le 03/11/2026'

    Comb boxes read with their walls ("[2,5//[1,0//[2,0,2,6", "|2|5|/|1|0|/|2|0|2|6|"):

    >>> repair_digits("le [2,5//[1,0//[2,0,2,6"), repair_digits("|2|5|/|1|0|/|2|0|2|6|")
    ('le 25/10/2026', '25/10/2026')
    """
    if _COMB_RUN.search(text):
        text = _COMB_RUN.sub(lambda m: re.sub(r"\D", "", m[0]), text)
        text = _DOUBLE_SLASH.sub("/", text)
    text = _SPACED_DIGITS.sub(lambda m: m[0].replace(" ", ""), text)
    text = _SPLIT_YEAR.sub(lambda m: m[1] + re.sub(r"\s", "", m[2]), text)
    return _DIGITISH.sub(lambda m: m[0].translate(str.maketrans("OoIl|\\", "001111")), text)


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
        m = DATE_LABEL.search(fold_upper(line))
        if not m:
            continue
        # the next line too (a date written under its label), at its start: not a legal
        # notice's date further on ("La loi n° 78-17 du 6 janvier 1978", set_ak p03)
        below = lines[i + 1] if i + 1 < len(lines) else ""
        cells: tuple[str, ...] = ()
        if not _CAPTIONS_ONLY.fullmatch(fold_upper(line[m.end() :])):
            below = below[:NEXT_LINE_REACH]
        elif len(below) <= CELL_VALUE and i + 2 < len(lines):
            # "Fait à    le (JJ/MM/AAAA)" printed as the captions of two cells: the
            # line under them is their values, the place and then the date (form_bc
            # d006), or the place alone, the date read as a line of its own after it
            # (form_bq d004: "Rennes", then "17/11/2026")
            cells = (lines[i + 2][:NEXT_LINE_REACH],)
        for candidate in (line[m.end() :], below, *cells):
            value, raw, us = parse_written_date(candidate)
            if not (value or us):  # its slashes or dots lost: "le 9112026"
                value, raw, us = parse_written_date(slashed(candidate))
            if value or us:
                return value, raw, us
        rest = re.sub(r"^.*?\bL[EA]\b", "", line[m.end() :], flags=re.IGNORECASE).strip(" .:_-")
        if written is None and re.search(r"\d", rest):
            written = rest
    return None, written, False


NEXT_LINE_REACH = 24
"""How far into the line under "Fait à ... le" a date may start (characters)."""
CELL_VALUE = 40
"""A line under the captions "Fait à    le" this short holds one cell's value (the place)."""

FORMAT_HINT = re.compile(r"\(?[JDIM|(]{1,2}\)?\s?/?\s?MM\s?/?\s?[AY]{2,4}\)?")
"""A date's format printed with its label: "(JJ/MM/AAAA)", as read ("(J/MM/AAAA)",
"JJ MM AAAA" once folded to words)."""

_CAPTIONS_ONLY = re.compile(
    r"[\s:]*LE\b[\s:]*(?:" + FORMAT_HINT.pattern + r")?[\s:]*(?:SIGNATURE\b[\w\s()':]*)?"
)
"""What follows "Fait à" on a line of captions: "le", perhaps its date's format, perhaps
the caption of the signature's cell beside them (set_df p01: "Fait à  Le (jj/mm/aaaa)
Signature", three cells side by side)."""

_YEAR_SLIP = re.compile(r"(\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?)(\d{4})(?!\d)")
_WORDED_YEAR_SLIP = re.compile(r"(\b\d{1,2}\s+[^\W\d_]{3,9}\.?\s+)(\d{4})(?!\d)")


def plausible_year(text: str, as_of: dt.date) -> str:
    """A handwritten year read with one wrong digit ("23/10/1026") put right when exactly
    one digit's change brings it within a year of the audit date; other text unchanged.

    >>> plausible_year("23/10/1026", dt.date(2026, 11, 20)), plausible_year("le 3/1/2926", dt.date(2026, 1, 9))
    ('23/10/2026', 'le 3/1/2026')
    >>> plausible_year("23/10/2025", dt.date(2026, 11, 20))
    '23/10/2025'
    >>> plausible_year("10/11/1926", dt.date(2026, 11, 20))  # its century misread
    '10/11/2026'
    >>> plausible_year("03/02/2021", dt.date(2027, 2, 9))  # 2026 and 2028 as near: not recent
    '03/02/2027'
    >>> plausible_year("3 noVEmbre 2016", dt.date(2026, 11, 24))  # a date in words
    '3 noVEmbre 2026'

    A year read as its century alone ("14/11/20": the hand's or a pale print's "2026" lost
    its last two digits) is the year that makes the date recent, if one does:

    >>> plausible_year("14/11/20", dt.date(2026, 11, 20)), plausible_year("14/06/20", dt.date(2026, 11, 20))
    ('14/11/2026', '14/06/20')
    """

    def fix(m: re.Match[str]) -> str:
        year = m[2]
        if abs(int(year) - as_of.year) <= 5:
            return m[0]
        near = one_digit_years(int(year), as_of.year - 1, as_of.year + 1)
        if not near and year[2:] == str(as_of.year)[2:]:
            near = {as_of.year}  # the century misread ("1926" for a hand's "2026")
        if len(near) > 1:
            # several years one digit off ("2021" early in 2027: 2026, 2027, 2028): the one
            # that makes the day and month a recent date, if only one does
            near = {
                y for y in near
                if (d := parse_written_date(m[1] + str(y))[0]) and plausible(d, as_of)
            }  # fmt: skip
        return m[1] + str(near.pop()) if len(near) == 1 else m[0]

    def century(m: re.Match[str]) -> str:
        recent = [
            y for y in (as_of.year, as_of.year - 1)
            if (d := parse_written_date(m[1] + str(y))[0]) and plausible(d, as_of)
        ]  # fmt: skip
        return m[1] + str(recent[0]) if len(recent) == 1 else m[0]

    text = _CENTURY_ALONE.sub(century, text)
    return _WORDED_YEAR_SLIP.sub(fix, _YEAR_SLIP.sub(fix, text))


_CENTURY_ALONE = re.compile(r"(\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?)20(?![\d/])")


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
    >>> slashed("10/272026"), slashed("1027/2026")  # one slash lost
    ('10/27/2026', '10/27/2026')
    >>> slashed("le 22/1012026"), slashed("2/10l2026")  # the second slash read as a 1 or an l
    ('le 22/10/2026', '2/10/2026')
    """
    text = _SPACED_DATE.sub(r"\1/\2/\3", text)
    text = _DAY_THEN_RUN.sub(r"\1/\2/\3", text)
    text = _RUN_DATE.sub(r"\1/\2/\3", text)
    text = _LOST_SLASH.sub(lambda m: f"{m[1]}/{m[2]}/{m[3]}", text)  # as hand_slips does
    text = _SLASH_READ_ONE.sub(r"\1/\2/\3", text)
    return _SEVEN_DATE.sub(_one_cut, text)


_DAY_THEN_RUN = re.compile(r"(?<![\d/])(\d{1,2}) (\d\d)((?:19|20)\d\d)(?![\d/])")

_SLASH_READ_ONE = re.compile(r"(?<![\d/])(\d{1,2})/(\d\d)[1lI|]((?:19|20)\d\d)(?![\d/])")
"""A date's second slash, thin, read as a 1 or an l ("22/1012026", form_bv d008): after a
day, its slash and a two-digit month, seven digits are no date but with it."""

_SEVEN_DATE = re.compile(r"(?<![\d/])(\d{3}) ?((?:19|20)\d\d)(?![\d/])")


def _one_cut(m: re.Match[str]) -> str:
    cuts = [(m[1][:1], m[1][1:]), (m[1][:2], m[1][2:])]
    valid = [(d, mo) for d, mo in cuts if 1 <= int(d) <= 31 and 1 <= int(mo) <= 12]
    if len(valid) != 1:
        return m[0]
    day, month = valid[0]
    return f"{day}/{month}/{m[2]}"


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

    The year after a month's name, a digit read as the letter it looks like, is digits
    again ("9 naverbre 2C26", form_cc d014):

    >>> hand_months("9 naverbre 2C26"), hand_months("le 3 mars 2O2G"), hand_months("mars ZOZO")
    ('9 novembre 2026', 'le 3 mars 2026', 'mars ZOZO')
    """

    def month(m: re.Match[str]) -> str:
        word = fold_upper(m[0]).lower()
        if len(word) < 6 or word in _HAND_MONTHS:
            return m[0]
        return nearest_month_name(word, _HAND_MONTHS) or m[0]

    text = re.sub(r"[^\W\d_]{6,}", month, text)
    return _YEAR_AFTER_MONTH.sub(lambda m: m[1] + m[2].translate(_YEAR_LOOKALIKES), text)


_YEAR_AFTER_MONTH = re.compile(
    r"(\b(?:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    r"d[eé]cembre)\s*)"
    r"((?=[0-9A-Za-z]{4}\b)(?=(?:\D*\d){2})(?:19|2[0-9A-Za-z])[0-9A-Za-z]{2})\b",
    re.IGNORECASE,
)
"""A year after a month's name: four signs, the first two 19 or 2 and a sign, two of
them digits at least."""
_YEAR_LOOKALIKES = str.maketrans("CODQoIl|ZzSsGbBqg", "00000111225566899")


_ONE_SLASH = re.compile(r"(?<=[0-9Il|])[VvyY](?=[0-9Il|])|(?<=\d\d/)[Vv](?=(?:19|20)\d\d)")

_SLASH_AND_ONE = re.compile(r"(?<=\d\d)[NΛ∧A](?=1/|V\d)")
"""A slash and a 1 with a long flag read as one letter, "N", "Λ" or "A", after the day
("10N1/2026" for 10/11/2026, set_bq p01)."""

_ONE_BEFORE_SLASH = re.compile(r"(?<=[0-9Il|])[Vv](?=/)")
"""A leaning 1 read "V" before the slash it touches ("15/1V/2026", set_bi p02)."""

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
    >>> hand_slips("15/1V/2026."), hand_slips("091V/2026")  # a leaning 1 read "V"
    ('15/11/2026.', '09/11/2026')
    >>> hand_slips("10N1/2026"), hand_slips("24AV2026"), hand_slips("09Λ1/2026")
    ('10/11/2026', '24/11/2026', '09/11/2026')

    The "1/" read "V" right after the first slash, the month's other 1 lost ("04/V2026" for
    04/11/2026, form_bt d001): the month "1" that ``date_settle.lost_stroke`` reads as 11:

    >>> hand_slips("04/V2026")
    '04/1/2026'

    One of the two slashes lost, the day and month run together ("2610/2026"):

    >>> hand_slips("| 2610/2026 |"), hand_slips("26/102026"), hand_slips("12610/2026")
    ('| 26/10/2026 |', '26/10/2026', '12610/2026')
    """
    text = _SLASH_AND_ONE.sub("/1", text)
    text = _BRACKET_SLASH.sub("/", _ONE_SLASH.sub("1/", _ONE_BEFORE_SLASH.sub("1", text)))
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


_THREE_PARTS = re.compile(r"(?<!\S)(\S{1,3}?)\s?[/.\-]\s?(\S{1,3}?)\s?[/.\-]\s?(\S{2,5})(?!\S)")
MISREAD_COST = 2.0
"""Most slips (a letter for a digit: 1; a digit for another: 2) a misread date may need."""


def _digit_readings(part: str, most: float = MISREAD_COST) -> dict[str, float]:
    """Every digit string a part of a handwritten date may stand for, each with its
    fewest slips (``knowledge.hand_digit_slips``): "I8" is 18 at 1, "N" 11 at 1.

    >>> _digit_readings("I8")["18"], _digit_readings("N")["11"], _digit_readings("19")["10"]
    (1.0, 1.0, 2.0)
    """
    slips = hand_digit_slips()
    best: dict[int, dict[str, float]] = {0: {"": 0.0}}
    for i in range(len(part)):
        for digits, cost in best.get(i, {}).items():
            steps = [(part[i], part[i], 0.0)] if part[i].isdigit() else []
            steps += [s for k in (part[i], part[i : i + 2]) for s in slips.get(k, ())]
            for read, meant, step in steps:
                if part.startswith(read, i) and cost + step <= most:
                    ahead = best.setdefault(i + len(read), {})
                    if cost + step < ahead.get(digits + meant, most + 1):
                        ahead[digits + meant] = cost + step
    return best.get(len(part), {})


def misread_date(text: str, as_of: dt.date) -> DateRead | None:
    """The plausible date (recent, not after the audit) a handwritten D/M/Y read with a
    slip or two stands for: the one the fewest slips make of it, when no other date needs
    as few. Like ``slipped_read``, a guess that never makes a form look wrong.

    >>> nov = dt.date(2026, 11, 25)
    >>> misread_date("I8/N/2026", nov), misread_date("16/19/2026", nov)
    ((datetime.date(2026, 11, 18), 'I8/N/2026', False), (datetime.date(2026, 10, 16), '16/19/2026', False))
    >>> misread_date("IS/N/2026", nov) is None  # 15 or 18: a guess either way
    True
    >>> misread_date("02/12/2026", nov) is None  # read clearly, in the future: no slip to find
    True
    """
    for m in _THREE_PARTS.finditer(text):
        days, months, years = (_digit_readings(p) for p in m.groups())
        costs: dict[dt.date, float] = {}
        for (d, cd), (mo, cm), (y, cy) in itertools.product(
            days.items(), months.items(), years.items()
        ):
            year = int(y) + 2000 if len(y) == 2 else int(y)
            if len(d) > 2 or len(mo) > 2 or len(y) not in (2, 4) or not (d and mo):
                continue
            try:
                value = dt.date(year, int(mo), int(d))
            except ValueError:
                continue
            cost = cd + cm + cy
            if cost <= MISREAD_COST and cost < costs.get(value, MISREAD_COST + 1):
                costs[value] = cost
        ranked = sorted(costs.items(), key=lambda kv: kv[1])
        if not ranked or ranked[0][1] == 0:
            continue  # nothing to put right: the date reads as it is
        if len(ranked) > 1 and ranked[1][1] <= ranked[0][1]:
            continue
        if plausible(ranked[0][0], as_of):
            return ranked[0][0], m[0], False
    return None
