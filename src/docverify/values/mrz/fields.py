"""The MRZ layouts (ICAO 9303 TD1, TD2, TD3, MRV-A, MRV-B and the French ID card of
1988-2021): where each field stands, its check digits (7-3-1) and its dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from docverify.values.errors import InvalidFormat

FILLER = "<"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_CHARSET = frozenset(_LETTERS + _DIGITS + FILLER)
_VALUES: dict[str, int] = {
    **{c: i for i, c in enumerate(_DIGITS)},
    **{c: i + 10 for i, c in enumerate(_LETTERS)},
    FILLER: 0,
}
_WEIGHTS = (7, 3, 1)

# OCR confusions, by the kind of field where they occur.
_TO_DIGIT = {
    "O": "0",
    "I": "1",
    "L": "1",
    "B": "8",
    "S": "5",
    "Z": "2",
    "G": "6",
    "D": "0",
    "Q": "0",
}
_TO_LETTER = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z"}


def same_glyph(a: str, b: str) -> bool:
    """Can OCR read one of these characters for the other (the same digit to the eye)?

    >>> same_glyph("O", "0"), same_glyph("O", "D"), same_glyph("I", "L"), same_glyph("X", "0")
    (True, True, True, False)
    """
    digit = _TO_DIGIT.get(a, a)
    return a == b or (digit.isdigit() and digit == _TO_DIGIT.get(b, b))


# Alphanumeric fields (document numbers, optional data): both directions.
_ALNUM_SWAPS = {
    "O": "0",
    "0": "O",
    "I": "1",
    "1": "I",
    "B": "8",
    "8": "B",
    "S": "5",
    "5": "S",
    "Z": "2",
    "2": "Z",
}
_FILLER_LOOKALIKES = frozenset("KCL")
# In the trailing filler run of a name field nothing but fillers can follow, so tesseract's
# usual misreads of a long '<' run (K, E, X, S...) are fillers there too.
NAME_FILLER_LOOKALIKES = frozenset("KCLEXS")
_MAX_SWAPS = 1  # two swaps validate too many wrong reads by chance

_LENGTHS = {"TD1": 30, "TD2": 36, "TD3": 44, "MRVA": 44, "MRVB": 36, "FRA_ID": 36}
_HEADER_LETTERS = {"TD1": "IAC", "TD2": "IACPV", "TD3": "P", "MRVA": "V", "MRVB": "V"}
"""First letters of the document codes each format carries (ICAO 9303 parts 4-7)."""
_LINE_COUNTS = {"TD1": 3, "TD2": 2, "TD3": 2, "MRVA": 2, "MRVB": 2, "FRA_ID": 2}
_MAX_LENGTH_FIX = 3
"""Fillers a line may have lost or gained in its runs (OCR merges long "<<<<" runs).
Adding them back inside a run moves no checked character, so no check digit is fooled."""


def check_digit(s: str) -> str:
    """ICAO 9303 check digit of ``s`` (weights 7, 3, 1; A-Z = 10..35; ``<`` = 0).

    >>> check_digit("L898902C3"), check_digit("740812"), check_digit("<<<<")
    ('6', '2', '0')
    >>> check_digit("L8?")
    Traceback (most recent call last):
        ...
    docverify.values.errors.InvalidFormat: character '?' at position 2 is not allowed in an MRZ
    """
    total = 0
    for i, c in enumerate(s):
        value = _VALUES.get(c)
        if value is None:
            raise InvalidFormat(f"character {c!r} at position {i} is not allowed in an MRZ")
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


def _verify(data: str, check: str) -> bool:
    """Does ``check`` confirm ``data``? A ``<`` check digit only confirms an all-filler field."""
    if check == FILLER:
        return all(c == FILLER for c in data)
    if check not in _DIGITS or any(c not in _CHARSET for c in data):
        return False
    return check_digit(data) == check


def _split_yymmdd(s: str) -> tuple[int, int, int] | None:
    if len(s) != 6 or not s.isascii() or not s.isdigit():
        return None
    return int(s[:2]), int(s[2:4]), int(s[4:])


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_birth_date(yymmdd: str, as_of: dt.date) -> dt.date | None:
    """The latest date with these YYMMDD digits that is not after ``as_of``.

    None when the digits are not a calendar date in that century.

    >>> resolve_birth_date("740812", dt.date(2026, 11, 29))
    datetime.date(1974, 8, 12)
    >>> resolve_birth_date("261129", dt.date(2026, 11, 29))
    datetime.date(2026, 11, 29)
    >>> resolve_birth_date("261130", dt.date(2026, 11, 29))
    datetime.date(1926, 11, 30)
    >>> resolve_birth_date("010599", dt.date(2026, 11, 29)) is None
    True
    """
    parts = _split_yymmdd(yymmdd)
    if parts is None:
        return None
    yy, mm, dd = parts
    year = as_of.year - as_of.year % 100 + yy
    if (year, mm, dd) > (as_of.year, as_of.month, as_of.day):
        year -= 100
    return _make_date(year, mm, dd)


def resolve_expiry_date(yymmdd: str, as_of: dt.date) -> dt.date | None:
    """The date with these YYMMDD digits within [as_of - 50 years, as_of + 50 years).

    >>> resolve_expiry_date("120415", dt.date(2026, 11, 29))
    datetime.date(2012, 4, 15)
    >>> resolve_expiry_date("761128", dt.date(2026, 11, 29))
    datetime.date(2076, 11, 28)
    >>> resolve_expiry_date("761129", dt.date(2026, 11, 29))
    datetime.date(1976, 11, 29)
    """
    parts = _split_yymmdd(yymmdd)
    if parts is None:
        return None
    yy, mm, dd = parts
    low = (as_of.year - 50, as_of.month, as_of.day)
    high = (as_of.year + 50, as_of.month, as_of.day)
    base = as_of.year - as_of.year % 100
    for year in (base - 100 + yy, base + yy, base + 100 + yy):
        if low <= (year, mm, dd) < high:
            return _make_date(year, mm, dd)
    return None  # pragma: no cover - one century always falls in a 100-year window


def _mask(value: str, head: int = 2, tail: int = 1) -> str:
    """Mask an identifier for logs: ``L898902C3`` -> ``L8******3``."""
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[-tail:]


# --------------------------------------------------------------------------- layouts

Pos = tuple[int, int]  # (line, column)


def _span(line: int, start: int, end: int) -> list[Pos]:
    return [(line, i) for i in range(start, end)]


@dataclass
class _Layout:
    """Where each field lives in a given MRZ (depends on content for TD1/TD2 overflow)."""

    kind: str
    code: list[Pos]
    issuing: list[Pos]
    nationality: list[Pos] | None
    names: list[Pos] | None  # SURNAME<<GIVEN<NAMES
    surname: list[Pos] | None  # FRA_ID keeps them apart
    given: list[Pos] | None
    doc: list[Pos]
    doc_check: Pos
    dob: list[Pos]
    dob_check: Pos
    sex: Pos
    expiry: list[Pos] | None
    expiry_check: Pos | None
    optional: list[Pos]
    optional_check: Pos | None
    optional_2: list[Pos]
    composite: list[Pos] | None
    composite_check: Pos | None

    def name_fields(self) -> list[list[Pos]]:
        return [f for f in (self.names, self.surname, self.given) if f is not None]


def _overflow(
    grid: list[list[str]], doc: list[Pos], check: Pos, optional: list[Pos]
) -> tuple[list[Pos], Pos, list[Pos]]:
    """ICAO 9303 long document numbers (TD1/TD2): check digit position holds ``<`` and the
    rest of the number plus its check digit open the optional data field."""
    line, col = check
    if grid[line][col] != FILLER or not optional:
        return doc, check, optional
    first_line, first_col = optional[0]
    if grid[first_line][first_col] == FILLER:
        return doc, check, optional
    n = 0
    while n < len(optional) and grid[optional[n][0]][optional[n][1]] != FILLER:
        n += 1
    return doc + optional[: n - 1], optional[n - 1], optional[n:]


def _layout(kind: str, grid: list[list[str]]) -> _Layout:
    if kind == "TD1":
        doc, doc_check, optional = _overflow(grid, _span(0, 5, 14), (0, 14), _span(0, 15, 30))
        return _Layout(
            kind=kind,
            code=_span(0, 0, 2),
            issuing=_span(0, 2, 5),
            nationality=_span(1, 15, 18),
            names=_span(2, 0, 30),
            surname=None,
            given=None,
            doc=doc,
            doc_check=doc_check,
            dob=_span(1, 0, 6),
            dob_check=(1, 6),
            sex=(1, 7),
            expiry=_span(1, 8, 14),
            expiry_check=(1, 14),
            optional=optional,
            optional_check=None,
            optional_2=_span(1, 18, 29),
            composite=_span(0, 5, 30) + _span(1, 0, 7) + _span(1, 8, 15) + _span(1, 18, 29),
            composite_check=(1, 29),
        )
    if kind == "FRA_ID":
        return _Layout(
            kind=kind,
            code=_span(0, 0, 2),
            issuing=_span(0, 2, 5),
            nationality=None,
            names=None,
            surname=_span(0, 5, 30),
            given=_span(1, 13, 27),
            doc=_span(1, 0, 12),
            doc_check=(1, 12),
            dob=_span(1, 27, 33),
            dob_check=(1, 33),
            sex=(1, 34),
            expiry=None,
            expiry_check=None,
            optional=_span(0, 30, 36),
            optional_check=None,
            optional_2=[],
            composite=_span(0, 0, 36) + _span(1, 0, 35),
            composite_check=(1, 35),
        )
    width = _LENGTHS[kind]
    doc, doc_check, optional = _span(1, 0, 9), (1, 9), _span(1, 28, width)
    optional_check: Pos | None = None
    composite: list[Pos] | None = None
    composite_check: Pos | None = None
    if kind == "TD3":
        optional, optional_check = _span(1, 28, 42), (1, 42)
    if kind in ("TD2", "TD3"):
        composite = _span(1, 0, 10) + _span(1, 13, 20) + _span(1, 21, width - 1)
        composite_check = (1, width - 1)
        optional = [p for p in optional if p != composite_check]
    if kind == "TD2":
        doc, doc_check, optional = _overflow(grid, doc, doc_check, optional)
    return _Layout(
        kind=kind,
        code=_span(0, 0, 2),
        issuing=_span(0, 2, 5),
        nationality=_span(1, 10, 13),
        names=_span(0, 5, width),
        surname=None,
        given=None,
        doc=doc,
        doc_check=doc_check,
        dob=_span(1, 13, 19),
        dob_check=(1, 19),
        sex=(1, 20),
        expiry=_span(1, 21, 27),
        expiry_check=(1, 27),
        optional=optional,
        optional_check=optional_check,
        optional_2=[],
        composite=composite,
        composite_check=composite_check,
    )


def _read(grid: list[list[str]], positions: Iterable[Pos]) -> str:
    return "".join(grid[line][col] for line, col in positions)


def _at(grid: list[list[str]], pos: Pos) -> str:
    return grid[pos[0]][pos[1]]


# --------------------------------------------------------------------------- checks


def _date_check(grid: list[list[str]], field_: list[Pos], check: Pos) -> bool:
    raw = _read(grid, field_)
    parts = _split_yymmdd(raw)
    if parts is None or not _verify(raw, _at(grid, check)):
        return False
    _yy, mm, dd = parts
    # Calendar plausibility independent of the century (29 Feb is checked after resolution).
    return 1 <= mm <= 12 and 1 <= dd <= 31


def _checks(grid: list[list[str]], lay: _Layout) -> dict[str, bool]:
    checks = {
        "document_number": _verify(_read(grid, lay.doc), _at(grid, lay.doc_check)),
        "date_of_birth": _date_check(grid, lay.dob, lay.dob_check),
    }
    if lay.expiry is not None and lay.expiry_check is not None:
        checks["expiry_date"] = _date_check(grid, lay.expiry, lay.expiry_check)
    if lay.optional_check is not None:
        checks["optional_data"] = _verify(_read(grid, lay.optional), _at(grid, lay.optional_check))
    if lay.composite is not None and lay.composite_check is not None:
        checks["composite"] = _verify(_read(grid, lay.composite), _at(grid, lay.composite_check))
    return checks
