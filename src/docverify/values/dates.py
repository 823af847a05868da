"""Dates as French documents write them.

DD/MM/YYYY (also with ``.`` or ``-``, two-digit years), words ("15 mars 2026",
"1er septembre 2026", "sept. 2026"), English words ("April 17, 1990", "17 Apr 1990"),
ISO. The day always comes first in numeric French dates: ``parse_fr_date`` never
reads MM/DD; ``looks_american`` tells when a date only makes sense as MM/DD/YYYY.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from docverify.values.errors import InvalidFormat

MONTHS: dict[str, int] = {}
_MONTH_NAMES = (
    # French and English, then (never overriding them) Spanish, Portuguese, German, Italian
    # and Romanian for birth certificates, and their abbreviations that English and French
    # do not share ("1996 / AGO / 21"); Russian, Ukrainian, Belarusian and Polish in the
    # genitive a date writes them in ("30 июня 1996 года"), folded (й as и, ў as у, ё as е)
    ("janvier jan janv january", "fevrier fev fevr february feb", "mars mar march",
     "avril avr april apr", "mai may", "juin jun june", "juillet juil jul july",
     "aout aou august aug", "septembre sept sep september", "octobre oct october",
     "novembre nov november", "decembre dec december"),
    ("enero janeiro januar gennaio ianuarie", "febrero fevereiro februar febbraio februarie",
     "marzo marco marz martie", "abril april aprile aprilie", "mayo maio mai maggio",
     "junio junho juni giugno iunie", "julio julho juli luglio iulie", "agosto august",
     "septiembre setembro settembre septembrie", "octubre outubro oktober ottobre octombrie",
     "noviembre novembro november noiembrie", "diciembre dezembro dezember dicembre decembrie"),
    ("ene", "fev", "", "abr", "", "", "", "ago", "", "", "", "dic dez"),
    ("января січня студзеня stycznia", "февраля лютого лютага lutego",
     "марта березня сакавіка marca", "апреля квітня красавіка kwietnia", "мая травня maja",
     "июня червня чэрвеня czerwca", "июля липня ліпеня lipca", "августа серпня жніуня sierpnia",
     "сентября вересня верасня wrzesnia", "октября жовтня кастрычніка pazdziernika",
     "ноября листопада лістапада listopada", "декабря грудня снежня grudnia"),
)  # fmt: skip
for _language_group in _MONTH_NAMES:
    for _num, _names in enumerate(_language_group, start=1):
        for _n in _names.split():
            MONTHS.setdefault(_n, _num)

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


def fold(text: str) -> str:
    """Lower case without accents.

    >>> fold("Août Décembre")
    'aout decembre'
    """
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).lower()


def _year(value: str, pivot: int = 60) -> int:
    y = int(value)
    if len(value) == 2:
        return 2000 + y if y < pivot else 1900 + y
    return y


NUMERIC_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?(\d{4}|\d{2})(?!\d)(?!\s?[/.\-]\s?\d)"
)
"""A day, month and year; never the start of a longer run ("6. 10/03/2026": an item's
number before the date is no day, nor 03 a year)."""
WORD_DATE = re.compile(
    rf"(?<![a-z\d])(\d{{1,2}})(?:er|st|nd|rd|th|º|°|\.)?\s+(?:de\s+)?({_MONTH_RE})\.?,?\s+(?:de\s+)?(\d{{4}})(?!\d)"
)
WORD_DATE_EN = re.compile(
    rf"(?<![a-z])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)"
)
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
YEAR_FIRST_WORD = re.compile(
    rf"(?<!\d)(\d{{4}})\s*[/\-. ]\s*({_MONTH_RE})\.?\s*[/\-. ]\s*(\d{{1,2}})(?!\d)"
)
"""Year, month named, day: a Colombian registro civil's "1996 / AGO / 21"."""
FIRST_OF = re.compile(rf"(?<![a-z\d])[li1|]\s?er\s+(?:de\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})(?!\d)")
""""1er" as OCR often reads it ("ler février 2026", "Ier mars", "1 er mai"): day one."""
MONTH_YEAR = re.compile(rf"(?<![a-z])({_MONTH_RE})\.?\s+(\d{{4}})(?!\d)")


@dataclass(frozen=True)
class FoundDate:
    value: dt.date
    start: int
    end: int
    raw: str


def find_month_first_dates(text: str, stated: bool = False) -> list[FoundDate]:
    """Numeric dates written month first (a US or Philippine certificate): those that can
    only be read so (03/30/1987), or all of them when the document ``stated`` its format
    ("DATE OF BIRTH (MM/DD/YYYY)").

    >>> [d.value.isoformat() for d in find_month_first_dates("FEMALE 03/30/1987 04/08/1987")]
    ['1987-03-30']
    >>> [d.value.isoformat() for d in find_month_first_dates("04/08/1987", stated=True)]
    ['1987-04-08']
    """
    found = []
    for m in NUMERIC_DATE.finditer(fold(text)):
        month, day = int(m[1]), int(m[2])
        if stated or (month <= 12 < day):
            value = _safe_date(_year(m[3]), month, day)
            if value is not None:
                found.append(FoundDate(value, m.start(), m.end(), text[m.start() : m.end()]))
    return found


def find_dates(text: str) -> list[FoundDate]:
    """Every full date in ``text``, in order of appearance (day-first for numeric dates).

    >>> [d.value.isoformat() for d in find_dates("du 01/08/2026 au 31.08.26, le 1er mars 2026")]
    ['2026-08-01', '2026-08-31', '2026-03-01']
    >>> [d.value.isoformat() for d in find_dates("Born April 17, 1990 - 17 Apr 1990")]
    ['1990-04-17', '1990-04-17']
    >>> [d.value.isoformat() for d in find_dates("1996 / AGO / 21, 3 dic. 2001")]
    ['1996-08-21', '2001-12-03']
    >>> [d.value.isoformat() for d in find_dates("prise d'effet : ler février 2026, Ier mars 2026")]
    ['2026-02-01', '2026-03-01']
    >>> [d.value.isoformat() for d in find_dates("- Tunis 6. 10/03/2026")]
    ['2026-03-10']
    """
    folded = fold(text)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(value: dt.date | None, m: re.Match[str]) -> None:
        if value is None:
            return
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(FoundDate(value, m.start(), m.end(), text[m.start() : m.end()]))

    for m in ISO_DATE.finditer(folded):
        add(_safe_date(int(m[1]), int(m[2]), int(m[3])), m)
    for m in NUMERIC_DATE.finditer(folded):
        add(_safe_date(_year(m[3]), int(m[2]), int(m[1])), m)
    for m in WORD_DATE.finditer(folded):
        add(_safe_date(int(m[3]), MONTHS[m[2]], int(m[1])), m)
    for m in WORD_DATE_EN.finditer(folded):
        add(_safe_date(int(m[3]), MONTHS[m[1]], int(m[2])), m)
    for m in YEAR_FIRST_WORD.finditer(folded):
        add(_safe_date(int(m[1]), MONTHS[m[2]], int(m[3])), m)
    for m in FIRST_OF.finditer(folded):
        add(_safe_date(int(m[2]), MONTHS[m[1]], 1), m)
    return sorted(found, key=lambda d: d.start)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_fr_date(text: str) -> dt.date:
    """The first date in ``text``; raises InvalidFormat when there is none.

    >>> parse_fr_date("15 septembre 2026")
    datetime.date(2026, 9, 15)
    >>> parse_fr_date("15.09.26")
    datetime.date(2026, 9, 15)
    >>> parse_fr_date("09/25/2026")
    Traceback (most recent call last):
    ...
    docverify.values.errors.InvalidFormat: no DD/MM/YYYY date in '09/25/2026'
    """
    dates = find_dates(text)
    if not dates:
        raise InvalidFormat(f"no DD/MM/YYYY date in {text!r}")
    return dates[0].value


def looks_american(text: str) -> bool:
    """True when a numeric date is impossible day-first but valid month-first.

    >>> looks_american("09/25/2026"), looks_american("25/09/2026"), looks_american("05/09/2026")
    (True, False, False)
    """
    m = NUMERIC_DATE.search(text)
    if not m:
        return False
    a, b, y = int(m[1]), int(m[2]), _year(m[3])
    return _safe_date(y, b, a) is None and _safe_date(y, a, b) is not None


def month_first(text: str) -> dt.date | None:
    """The date a numeric date written month first means, when it ``looks_american``.

    >>> month_first("11/19/2026"), month_first("19/11/2026")
    (datetime.date(2026, 11, 19), None)
    """
    m = NUMERIC_DATE.search(text)
    if not m or not looks_american(m[0]):
        return None
    return _safe_date(_year(m[3]), int(m[1]), int(m[2]))


def find_month_years(text: str) -> list[tuple[int, int]]:
    """Months named with a year ("septembre 2026", "sept. 2026") as (year, month).

    >>> find_month_years("Facture de septembre 2026")
    [(2026, 9)]
    """
    return [(int(m[2]), MONTHS[m[1]]) for m in MONTH_YEAR.finditer(fold(text))]


@dataclass(frozen=True)
class DateRange:
    """A closed period of days, e.g. a bill's consumption period."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidFormat(f"period ends before it starts: {self.start} > {self.end}")

    def months(self, min_days: int = 15) -> list[tuple[int, int]]:
        """Calendar months the period covers for at least ``min_days`` days (or all of it).

        >>> DateRange(dt.date(2026, 7, 1), dt.date(2026, 8, 31)).months()
        [(2026, 7), (2026, 8)]
        >>> DateRange(dt.date(2026, 7, 10), dt.date(2026, 8, 9)).months()
        [(2026, 7)]
        >>> DateRange(dt.date(2026, 7, 25), dt.date(2026, 8, 24)).months()
        [(2026, 8)]
        >>> DateRange(dt.date(2026, 9, 3), dt.date(2026, 9, 12)).months()
        [(2026, 9)]
        """
        out: list[tuple[int, int]] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            first = dt.date(y, m, 1)
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            days = (min(self.end, nxt - dt.timedelta(days=1)) - max(self.start, first)).days + 1
            total = (self.end - self.start).days + 1
            if days >= min(min_days, total):
                out.append((y, m))
            y, m = nxt.year, nxt.month
        return out


def one_digit_years(year: int, low: int, high: int) -> set[int]:
    """The years from ``low`` to ``high`` that one digit of ``year`` changed gives (a
    hand's year misread by one digit).

    >>> sorted(one_digit_years(2926, 2016, 2026)), sorted(one_digit_years(2020, 2025, 2027))
    ([2026], [2025, 2026, 2027])
    """
    digits = f"{year:04d}"
    return {
        int(y)
        for i in range(4)
        for d in "0123456789"
        if low <= int(y := digits[:i] + d + digits[i + 1 :]) <= high
    }


def past_year_slip(value: dt.date, as_of: dt.date, years_back: int = 10) -> dt.date:
    """A recent past event's date whose year a hand's digit made impossible ("19/02/2926" for a
    hosting that began in 2026): the one year a single digit's change puts within
    ``years_back`` years before ``as_of``; the date unchanged when none or several do.

    >>> past_year_slip(dt.date(2926, 2, 19), dt.date(2026, 11, 24))
    datetime.date(2026, 2, 19)
    >>> past_year_slip(dt.date(2025, 2, 19), dt.date(2026, 11, 24))
    datetime.date(2025, 2, 19)

    A thousand years back is as impossible (set_au p02: "10/03/1026" by hand):

    >>> past_year_slip(dt.date(1026, 3, 10), dt.date(2026, 11, 24))
    datetime.date(2026, 3, 10)
    """
    if as_of.year - 150 <= value.year <= as_of.year + 1:
        return value
    near = one_digit_years(value.year, as_of.year - years_back, as_of.year)
    if len(near) != 1:
        return value
    fixed = _safe_date(near.pop(), value.month, value.day)
    return fixed if fixed is not None and fixed <= as_of else value


def nearest_month_name(word: str, names: Iterable[str], most: int = 2) -> str | None:
    """The month's name of ``names`` that ``word`` (folded, lower case) stands for, read
    with ``most`` slips at most, when no name of another month is as near.

    >>> nearest_month_name("nevembre", ("novembre", "decembre"))
    'novembre'
    >>> nearest_month_name("asit", ("aout", "avril")), nearest_month_name("juxx", ("juin", "juil"))
    ('aout', None)
    """
    scored = sorted((Levenshtein.distance(word, n), n) for n in names)
    if not scored or scored[0][0] > most:
        return None
    months = {MONTHS.get(n, n) for d, n in scored if d == scored[0][0]}
    return scored[0][1] if len(months) == 1 else None


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(d: dt.date, months: int) -> dt.date:
    """Same day ``months`` later (clamped to the month's end).

    >>> add_months(dt.date(2026, 11, 30), -3)
    datetime.date(2026, 8, 30)
    >>> add_months(dt.date(2026, 5, 31), -3)
    datetime.date(2026, 2, 28)
    """
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))
