"""Machine-readable zones (ICAO 9303) as a self-validating value.

Supported layouts:

========  =========  =========================================================
kind      lines      documents
========  =========  =========================================================
TD1       3 x 30     ID cards, French residence permits (``IDFRA``, ``IRFRA``)
TD2       2 x 36     older ID cards and residence documents
TD3       2 x 44     passports
MRVA      2 x 44     visas, format A (``V<``, ``VD``...)
MRVB      2 x 36     visas, format B
FRA_ID    2 x 36     the French national ID card of 1988-2021 (``IDFRA``)
========  =========  =========================================================

A structurally parseable MRZ never raises because a check digit fails: the
result records every check in :attr:`Mrz.checks` and :attr:`Mrz.valid` is
false. Only text that is not an MRZ at all raises :class:`InvalidFormat` or
:class:`InvalidLength`.

The ICAO 9303 specimen passport:

>>> import datetime
>>> m = Mrz.parse(
...     "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
...     "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
...     as_of=datetime.date(2026, 11, 29),
... )
>>> m.kind, m.document_code, m.issuing_country, m.nationality
('TD3', 'P', 'UTO', 'UTO')
>>> m.surname, m.given_names, m.sex
('ERIKSSON', 'ANNA MARIA', 'F')
>>> m.document_number, m.optional_data
('L898902C3', 'ZE184226B')
>>> m.date_of_birth, m.expiry_date
(datetime.date(1974, 8, 12), datetime.date(2012, 4, 15))
>>> print(*m.checks)
document_number date_of_birth expiry_date optional_data composite
>>> m.valid, m.repairs
(True, ())

An OCR misread confirmed by the check digit is repaired and reported:

>>> r = Mrz.parse(
...     "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
...     "L898902C36UTO74O8122F1204159ZE184226B<<<<<10",
...     as_of=datetime.date(2026, 11, 29),
... )
>>> r.valid, r.repairs
(True, ('date_of_birth: O->0 at position 2',))
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from docverify.countries import icao_code
from docverify.values.errors import InvalidFormat, InvalidLength

__all__ = ["Mrz", "check_digit", "resolve_birth_date", "resolve_expiry_date"]

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


# --------------------------------------------------------------------------- repair


def _set(grid: list[list[str]], pos: Pos, char: str) -> None:
    grid[pos[0]][pos[1]] = char


def _describe(name: str, positions: list[Pos], pos: Pos, old: str, new: str) -> str:
    return f"{name}: {old}->{new} at position {positions.index(pos)}"


def _repair_alpha(grid: list[list[str]], lay: _Layout, repairs: list[str]) -> None:
    """Digits cannot occur in codes, country codes and names: map the classic confusions."""
    fields: list[tuple[str, list[Pos]]] = [
        ("document_code", lay.code),
        ("issuing_country", lay.issuing),
    ]
    if lay.nationality is not None:
        fields.append(("nationality", lay.nationality))
    if lay.names is not None:
        fields.append(("names", lay.names))
    if lay.surname is not None:
        fields.append(("surname", lay.surname))
    if lay.given is not None:
        fields.append(("given_names", lay.given))
    for name, positions in fields:
        for pos in positions:
            old = _at(grid, pos)
            new = _TO_LETTER.get(old)
            if new is not None:
                _set(grid, pos, new)
                repairs.append(_describe(name, positions, pos, old, new))


def _lookalike_fillers(text: str, min_before: int, separator: bool) -> list[int]:
    """Indices of K/C/L that stand for ``<`` in the trailing filler region of a name field.

    A run of look-alikes is a misread filler when nothing but fillers/look-alikes follows it
    and at least ``min_before`` fillers precede it (``ANNA<<<KK<<``, ``MARIA<<<<KKKK``).
    A run after a single ``<`` is a name part, and with ``separator`` a run right after the
    first ``<<`` (the surname/given-names separator) is a given name: neither is touched.
    """
    chars = list(text)
    lookalikes = NAME_FILLER_LOOKALIKES
    sep_at = text.find("<<") if separator else -1
    found: list[int] = []
    i = 0
    while i < len(chars):
        if chars[i] not in lookalikes:
            i += 1
            continue
        end = i
        while end < len(chars) and chars[end] in lookalikes:
            end += 1
        start_fill = i
        while start_fill > 0 and chars[start_fill - 1] == FILLER:
            start_fill -= 1
        before = i - start_fill
        trailing = all(c == FILLER or c in lookalikes for c in chars[end:])
        is_separator = start_fill == sep_at and before == 2
        if trailing and before >= min_before and not is_separator:
            for k in range(i, end):
                chars[k] = FILLER
                found.append(k)
        i = end
    return found


FILLER_TAIL = 6
"""Letters at least in a run read for the fillers that end a name field (see
``_filler_tail``)."""


def _filler_tail(text: str) -> list[int]:
    """Indices of a long run of K-like letters that ends a name field's letters: the
    fillers after the last name, read as letters (``SALMA<KKKKKKKKKKRKKEKEKKK``), even
    after a single ``<`` or none. A run of six or more, four in five of them look-alikes
    and half of them K, is no name.

    >>> _filler_tail("BENNANI<<SALMA<KKKKKKKKKKRKKEKEKKK<<"), _filler_tail("DUPONT<<ALEXIS<<<")
    ([15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33], [])
    >>> len(_filler_tail("LEE<<ANNAKKKKKKKK")), _filler_tail("KELLES<<MARK<<<")
    (8, [])
    """
    core = text.rstrip(FILLER)
    best: list[int] = []
    for start in range(len(core) - FILLER_TAIL, -1, -1):
        tail = core[start:]
        if FILLER in tail:
            break
        if (
            sum(c in NAME_FILLER_LOOKALIKES for c in tail) >= 0.8 * len(tail)
            and tail.count("K") >= 0.5 * len(tail)
            and tail[0] in NAME_FILLER_LOOKALIKES
        ):
            best = list(range(start, len(core)))
    return best


def _lost_separator(text: str) -> int | None:
    """Where a names field that has no ``<<`` lost it to a look-alike: the one letter
    standing alone between fillers (``HARPER<K<EMILY<JANE``). Every holder with given
    names has the separator, and a one-letter name part is rarer than this misread.

    >>> _lost_separator("HARPER<K<EMILY<JANE<<<<<"), _lost_separator("HARPER<<EMILY<K<<<")
    (7, None)
    >>> _lost_separator("LI<A<B<X<<<<"), _lost_separator("NGUYEN<<<<<<")
    (None, None)
    """
    core = text.rstrip(FILLER)
    if "<<" in core:
        return None
    alone = [
        i
        for i in range(1, len(core) - 1)
        if core[i] in NAME_FILLER_LOOKALIKES and core[i - 1] == core[i + 1] == FILLER
    ]
    return alone[0] if len(alone) == 1 else None


def _repair_name_fillers(grid: list[list[str]], lay: _Layout, repairs: list[str]) -> None:
    """``<`` read as K, C or L in the trailing filler run of a name field, or in the
    separator of surname and given names."""
    if lay.names is not None and (i := _lost_separator(_read(grid, lay.names))) is not None:
        pos = lay.names[i]
        old = _at(grid, pos)
        _set(grid, pos, FILLER)
        repairs.append(_describe("names", lay.names, pos, old, FILLER))
    fields: list[tuple[str, list[Pos] | None, int, bool]] = [
        ("names", lay.names, 2, True),
        ("surname", lay.surname, 2, False),
        ("given_names", lay.given, 3, False),  # FRA_ID separates given names with '<<'
    ]
    for label, positions, min_before, separator in fields:
        if positions is None:
            continue
        for i in _filler_tail(_read(grid, positions)):
            pos = positions[i]
            old = _at(grid, pos)
            _set(grid, pos, FILLER)
            repairs.append(_describe(label, positions, pos, old, FILLER))
        for i in _lookalike_fillers(_read(grid, positions), min_before, separator):
            pos = positions[i]
            old = _at(grid, pos)
            _set(grid, pos, FILLER)
            repairs.append(_describe(label, positions, pos, old, FILLER))


def _repair_numeric(
    grid: list[list[str]], name: str, field_: list[Pos], check: Pos, repairs: list[str]
) -> None:
    """Letters in a date or its check digit: map them if the check digit then verifies."""
    if _date_check(grid, field_, check):
        return
    positions = [*field_, check]
    changes = [
        (p, _at(grid, p), _TO_DIGIT[_at(grid, p)]) for p in positions if _at(grid, p) in _TO_DIGIT
    ]
    if not changes:
        return
    trial = [row[:] for row in grid]
    for pos, _old, new in changes:
        _set(trial, pos, new)
    if _date_check(trial, field_, check):
        for pos, old, new in changes:
            _set(grid, pos, new)
            repairs.append(_describe(name, positions, pos, old, new))


def _repair_alnum(
    grid: list[list[str]],
    lay: _Layout,
    name: str,
    field_: list[Pos],
    check: Pos,
    repairs: list[str],
    problems: list[str],
    allow_filler: bool,
) -> None:
    """Letter/digit swaps in an alphanumeric field, accepted only if its check digit (and
    the composite, when the format has one) verify, and only if exactly one candidate with
    the fewest swaps does. A digit is never changed into another digit."""
    if _verify(_read(grid, field_), _at(grid, check)):
        return
    base = [row[:] for row in grid]
    forced: list[tuple[Pos, str, str]] = []
    check_char = _at(base, check)
    if check_char in _TO_DIGIT:  # a letter can never be a check digit
        forced.append((check, check_char, _TO_DIGIT[check_char]))
        _set(base, check, _TO_DIGIT[check_char])
    options: list[tuple[Pos, str, str]] = []
    text = _read(grid, field_)
    for i, pos in enumerate(field_):
        old = text[i]
        if old in _ALNUM_SWAPS:
            options.append((pos, old, _ALNUM_SWAPS[old]))
        elif allow_filler and old in _FILLER_LOOKALIKES:
            neighbours = text[max(0, i - 1) : i] + text[i + 1 : i + 2]
            if FILLER in neighbours:
                options.append((pos, old, FILLER))

    def confirmed(trial: list[list[str]]) -> bool:
        if not _verify(_read(trial, field_), _at(trial, check)):
            return False
        if lay.composite is not None and lay.composite_check is not None:
            return _verify(_read(trial, lay.composite), _at(trial, lay.composite_check))
        return True

    if allow_filler:
        # one hypothesis, not a search: every look-alike inside the filler run is a '<'
        # (tesseract reads long '<' runs as '<<K<K<<<'); the check digits must agree
        run = [
            (pos, text[i], FILLER)
            for i, pos in enumerate(field_)
            if text[i] in _FILLER_LOOKALIKES and FILLER in text[max(0, i - 1) : i + 2]
        ]
        if len(run) > 1:
            trial = [row[:] for row in base]
            for pos, _old, new in run:
                _set(trial, pos, new)
            if confirmed(trial):
                positions = [*field_, check]
                for pos, old, new in (*forced, *run):
                    _set(grid, pos, new)
                    repairs.append(_describe(name, positions, pos, old, new))
                return

    for count in range(0, _MAX_SWAPS + 1):
        if count == 0 and not forced:
            continue
        winners: list[tuple[tuple[Pos, str, str], ...]] = []
        for combo in itertools.combinations(options, count):
            trial = [row[:] for row in base]
            for pos, _old, new in combo:
                _set(trial, pos, new)
            if confirmed(trial):
                winners.append(combo)
        if len(winners) > 1:
            problems.append(f"{name}: OCR repair refused, {len(winners)} candidates verify")
            return
        if len(winners) == 1:
            positions = [*field_, check]
            for pos, old, new in (*forced, *winners[0]):
                _set(grid, pos, new)
                repairs.append(_describe(name, positions, pos, old, new))
            return


def _repair_optional_tail(grid: list[list[str]], lay: _Layout, repairs: list[str]) -> None:
    """Look-alike letters trailing the fillers of an optional data field are misread ``<``.

    Data is left-aligned in an optional field and never follows its fillers, so a tail
    like ``<<<<<<<SSK<`` is a misread filler run. ``K`` weighs nothing in a check digit
    (20) and two ``S`` at weights 7 and 3 weigh 280: such tails can pass every check by
    chance, so they are rewritten whenever no check result gets worse for it.
    """
    for label, positions in (("optional_data", lay.optional), ("optional_data_2", lay.optional_2)):
        text = _read(grid, positions)
        m = re.search(r"<<[<KCLEXS]*$", text)
        if not m or all(c == FILLER for c in text[m.start() :]):
            continue
        trial = [row[:] for row in grid]
        changed = [i for i in range(m.start(), len(text)) if text[i] != FILLER]
        for i in changed:
            _set(trial, positions[i], FILLER)
        before, after = _checks(grid, lay), _checks(trial, lay)
        if all(after[k] or not before[k] for k in before):
            for i in changed:
                _set(grid, positions[i], FILLER)
                repairs.append(_describe(label, positions, positions[i], text[i], FILLER))


def _repair(grid: list[list[str]], lay: _Layout, repairs: list[str], problems: list[str]) -> None:
    _repair_alpha(grid, lay, repairs)
    _repair_name_fillers(grid, lay, repairs)
    _repair_optional_tail(grid, lay, repairs)
    _repair_numeric(grid, "date_of_birth", lay.dob, lay.dob_check, repairs)
    if lay.expiry is not None and lay.expiry_check is not None:
        _repair_numeric(grid, "expiry_date", lay.expiry, lay.expiry_check, repairs)
    if lay.optional_check is not None:
        _repair_alnum(
            grid, lay, "optional_data", lay.optional, lay.optional_check, repairs, problems, True
        )
    _repair_alnum(grid, lay, "document_number", lay.doc, lay.doc_check, repairs, problems, False)


# --------------------------------------------------------------------------- text handling

_SPACES = re.compile(r"\s+")


_FILLER_RUN = re.compile(r"[<ceoqksxz]*<[<ceoqksxz]*")
"""A run of fillers with the lower-case letters tesseract reads a ``<`` as."""


def _clean_line(line: str) -> str:
    """Upper case, spaces out; lower-case look-alikes in a run of fillers are fillers (a
    page's OCR, not restricted to the MRZ alphabet, reads ``<<<<`` as ``eeeq``), the
    line's last character (a check digit) aside; other letters are the line's own.

    >>> _clean_line("C<ITACA48215KEO<<<<<<eeeeqeeeeee")
    'C<ITACA48215KEO<<<<<<<<<<<<<<<<E'
    >>> _clean_line("9009121M3209125ITA<<<<<<eeee<o"), _clean_line("P<UTOERIKSSON<<anna")
    ('9009121M3209125ITA<<<<<<<<<<<O', 'P<UTOERIKSSON<<ANNA')
    """
    line = _SPACES.sub("", line.replace("«", "<<").replace("‹", "<").replace("＜", "<"))
    if len(line) > 1:
        body = _FILLER_RUN.sub(
            lambda m: (
                re.sub("[a-z]", "<", m[0]) if len(m[0]) >= 4 and m[0].count("<") >= 2 else m[0]
            ),
            line[:-1],
        )
        line = body + line[-1]
    return line.upper()


def _split_lines(text: str | Sequence[str]) -> list[str]:
    raw = text.splitlines() if isinstance(text, str) else list(text)
    return [c for c in (_clean_line(line) for line in raw) if c]


def _without_foreign(line: str) -> tuple[str, str | None]:
    """A line with characters no MRZ holds (a ``/`` read in ``310/7140``), without them
    when that brings it to an MRZ's width; else as read.

    >>> _without_foreign("9002270F310/7140ESP<<<<<<<<<<<5")
    ('9002270F3107140ESP<<<<<<<<<<<5', "dropped '/' at position 11")
    >>> _without_foreign("P<FRA")
    ('P<FRA', None)
    """
    foreign = [(i, c) for i, c in enumerate(line) if c not in _CHARSET]
    if not foreign:
        return line, None
    kept = "".join(c for c in line if c in _CHARSET)
    if len(kept) not in _LENGTHS.values() or len(line) in _LENGTHS.values():
        return line, None
    return kept, ", ".join(f"dropped {c!r} at position {i}" for i, c in foreign)


def _detect_kind(lines: list[str], tolerance: int) -> str:
    count = len(lines)
    if count == 0:
        raise InvalidFormat("no MRZ text")
    if count not in (2, 3):
        raise InvalidFormat(f"an MRZ has 2 or 3 lines, got {count}")
    lengths = [len(line) for line in lines]
    if count == 3:
        if all(abs(n - 30) <= tolerance for n in lengths):
            return "TD1"
        raise InvalidLength(f"a 3-line MRZ (TD1) has lines of 30 characters, got {lengths}")
    if all(abs(n - 44) <= tolerance for n in lengths):
        return "MRVA" if lines[0].startswith("V") else "TD3"
    if all(abs(n - 36) <= tolerance for n in lengths):
        if lines[0].startswith("V"):
            return "MRVB"
        if lines[0].startswith("IDFRA"):
            return "FRA_ID"
        return "TD2"
    raise InvalidLength(f"a 2-line MRZ has lines of 36 or 44 characters, got {lengths}")


def _length_variants(line: str, target: int, names_only: bool) -> list[tuple[str, str | None]]:
    """Ways to bring ``line`` to ``target`` characters by adding or removing fillers inside
    filler runs (OCR drops or doubles a ``<`` in long runs). Most plausible first."""
    delta = len(line) - target
    if delta == 0:
        return [(line, None)]
    runs = [(m.start(), m.end()) for m in re.finditer("<+", line)]
    runs.sort(key=lambda r: (r[1] != len(line), -r[0]))  # trailing run first, then right to left
    variants: list[tuple[str, str | None]] = []
    for start, end in runs:
        length = end - start
        trailing = end == len(line)
        if delta > 0:
            if length - delta < (0 if trailing else 1):
                continue
            if names_only and not trailing and length >= 2 and length - delta < 2:
                continue  # never turn the '<<' surname separator into '<'
            fixed = line[:start] + FILLER * (length - delta) + line[end:]
            note = f"removed {delta} filler(s) at position {start}"
        else:
            if names_only and not trailing and length < 2:
                continue
            fixed = line[:start] + FILLER * (length - delta) + line[end:]
            note = f"added {-delta} filler(s) at position {start}"
        variants.append((fixed, note))
    if delta < 0 and not (runs and runs[0][1] == len(line)):
        variants.append((line + FILLER * -delta, f"added {-delta} filler(s) at the end"))
    if names_only:
        variants = variants[:1]
    return variants


def _names_line(kind: str) -> int | None:
    if kind == "TD1":
        return 2
    if kind == "FRA_ID":
        return None  # both lines carry checked data
    return 0


_CONFUSABLE: dict[str, str] = {}
for _group in ("0OQ", "1I", "8B", "5S", "2Z", "6G"):
    for _c in _group:
        _CONFUSABLE[_c] = _group
_CONFUSABLE["D"] = "D0"  # a 0 read as D (not the other way: D is rarely misread)
_MAX_READINGS = 50_000


_USUAL_NUMBER = re.compile(r"^[A-Z]{0,3}[0-9]{5,}[A-Z0-9]?$")
"""How most states number their documents: a few letters, then digits."""
_LOOKALIKE_LETTERS = frozenset("OQDISZBG")


def alternations(number: str) -> int:
    """How often a document number switches between letters and digits: real numbers
    switch rarely (``BD0002028``: 1), misreads often (``BDOOOZ02B``: 2).

    >>> alternations("BD0002028"), alternations("BDOOOZ02B"), alternations("573926418")
    (1, 2, 0)
    """
    kinds = ["d" if c.isdigit() else "a" for c in number if c != FILLER]
    return sum(a != b for a, b in itertools.pairwise(kinds))


def implausibility(number: str) -> tuple[int, int, int]:
    """How unlike a real document number a reading is, to rank readings that all pass
    their check digits: not "letters then digits", letters that look like digits, and
    letter/digit alternations.

    >>> sorted(["BDOOOZ02B", "BD0002028", "BDOOOZDZB"], key=implausibility)
    ['BD0002028', 'BDOOOZ02B', 'BDOOOZDZB']
    """
    return (
        0 if _USUAL_NUMBER.match(number) else 1,
        sum(c in _LOOKALIKE_LETTERS for c in number),
        alternations(number),
    )


def _mixed_context(text: str, i: int) -> bool:
    here = text[i].isdigit()
    return any(0 <= j < len(text) and text[j] != FILLER and text[j].isdigit() != here
               for j in (i - 1, i + 1))  # fmt: skip


def _product_size(choices: Sequence[str]) -> int:
    size = 1
    for options in choices:
        size *= len(options)
    return size


@dataclass(frozen=True, repr=False)
class Mrz:
    """A parsed machine-readable zone; see the module docstring for the formats.

    ``document_number`` has its fillers removed and includes the TD1/TD2 overflow
    (Portuguese and Belgian cards carry 12 characters). ``optional_data`` is the
    optional field of line 1 (TD1), the personal number (TD3), the optional field of
    line 2 (TD2, MRV) or the administrative code (FRA_ID); ``optional_data_2`` is the
    second optional field of a TD1. ``checks`` maps each check digit the format has
    to whether it verifies (dates must also be calendar dates); ``repairs`` lists the
    OCR repairs applied; ``problems`` explains failures that are not check digits.
    """

    kind: str
    document_code: str
    issuing_country: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    date_of_birth: dt.date | None
    sex: str | None
    expiry_date: dt.date | None
    optional_data: str
    optional_data_2: str
    lines: tuple[str, ...]
    checks: Mapping[str, bool] = field(hash=False)
    repairs: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    date_of_birth_raw: str = ""
    expiry_date_raw: str = ""
    as_of: dt.date = field(default=dt.date(2000, 1, 1), compare=False)
    """The audit date the dates' centuries were resolved against."""

    @property
    def valid(self) -> bool:
        """All check digits verify and the dates are calendar dates."""
        return all(self.checks.values())

    @property
    def header_known(self) -> bool:
        """Does the first line start as this format's documents do: a document code of its
        kind (P a passport, V a visa, I/A/C an identity card) and an issuing state that
        exists? A read that passes its check digits with a header such as "ME" from "RAO"
        is a misread that happened to add up.

        >>> Mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        ...            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"],
        ...           dt.date(2026, 1, 1)).header_known
        True
        """
        first = _HEADER_LETTERS.get(self.kind)
        if first is not None and self.document_code[:1] not in first:
            return False
        return icao_code(self.issuing_country)

    @property
    def masked_document_number(self) -> str:
        """The document number as it may appear in logs.

        >>> Mrz.parse(["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        ...            "L8988901C4XXX4009078F9612109<<<<<<<<"],
        ...           as_of=dt.date(2026, 1, 1)).masked_document_number
        'L8******C'
        """
        return _mask(self.document_number)

    def __repr__(self) -> str:
        failed = [k for k, ok in self.checks.items() if not ok]
        return (
            f"Mrz(kind={self.kind!r}, document_code={self.document_code!r}, "
            f"issuing_country={self.issuing_country!r}, "
            f"document_number={self.masked_document_number!r}, valid={self.valid}, "
            f"failed_checks={failed!r}, repairs={len(self.repairs)})"
        )

    # ----------------------------------------------------------------------- parse

    @classmethod
    def parse(cls, text: str | Sequence[str], as_of: dt.date, *, repair: bool = True) -> Mrz:
        """Parse MRZ lines (one string with newlines, or a list of lines).

        Spaces inserted by OCR are ignored. With ``repair`` (the default), classic OCR
        confusions are fixed when a check digit confirms them, and lines one or two
        characters too short or long are fixed inside filler runs.

        Raises:
            InvalidFormat: not 2 or 3 lines, or mostly characters an MRZ cannot hold.
            InvalidLength: lines of the wrong length for any MRZ format.
        """
        lines = _split_lines(text)
        dropped: list[str] = []
        if repair:
            for i, line in enumerate(lines):
                lines[i], note = _without_foreign(line)
                if note:
                    dropped.append(f"line {i + 1}: {note}")
        kind = _detect_kind(lines, _MAX_LENGTH_FIX if repair else 0)
        total = sum(len(line) for line in lines)
        foreign = sum(1 for line in lines for c in line if c not in _CHARSET)
        if foreign * 10 > total:
            raise InvalidFormat(f"{foreign} of {total} characters are not MRZ characters")
        width = _LENGTHS[kind]
        names_line = _names_line(kind)
        per_line = [_length_variants(line, width, i == names_line) for i, line in enumerate(lines)]
        for i, variants in enumerate(per_line):
            if not variants:
                raise InvalidLength(
                    f"{kind} line {i + 1} has {len(lines[i])} characters, expected {width}, "
                    "and no filler run to adjust"
                )
        best: Mrz | None = None
        best_score: tuple[int, int] | None = None
        for combo in itertools.product(*per_line):
            fixed = [variant for variant, _note in combo]
            notes = dropped + [
                f"line {i + 1}: {note}" for i, (_v, note) in enumerate(combo) if note is not None
            ]
            candidate = cls._parse_exact(kind, fixed, as_of, repair, notes)
            score = (sum(candidate.checks.values()), -len(candidate.repairs))
            if best_score is None or score > best_score:
                best, best_score = candidate, score
        assert best is not None
        if repair and not best.valid:
            best = cls._drop_stray_character(kind, lines, width, as_of, best)
        return best

    @classmethod
    def _drop_stray_character(
        cls, kind: str, lines: list[str], width: int, as_of: dt.date, best: Mrz
    ) -> Mrz:
        """OCR inserted a stray character (a speck read as ``7``) into a line. Dropping it
        (and restoring the trailing filler run's length) is accepted only when every check
        digit then verifies and exactly one position does it."""
        names_line = _names_line(kind)
        others = []
        for j, line in enumerate(lines):
            variants = _length_variants(line, width, j == names_line)
            others.append(variants[0][0] if variants else line)
        if any(len(o) != width for j, o in enumerate(others) if len(lines[j]) != width + 1):
            return best
        for i, line in enumerate(lines):
            # only a line too long by one: a line of the right length is never reshuffled
            # (that would "fix" a genuinely wrong check digit by guessing)
            if len(line) != width + 1:
                continue
            winners: list[Mrz] = []
            for k in range(len(line)):
                if line[k] == FILLER or (k > 0 and line[k] == line[k - 1]):
                    continue  # dropping either of two equal neighbours is the same line
                trial = [
                    line[:k] + line[k + 1 :] if j == i else other for j, other in enumerate(others)
                ]
                note = f"line {i + 1}: dropped stray {line[k]!r} at position {k}"
                try:
                    candidate = cls._parse_exact(kind, trial, as_of, True, [note])
                except (InvalidFormat, InvalidLength):
                    continue
                if candidate.valid:
                    winners.append(candidate)
            if len(winners) == 1:
                return winners[0]
        return best

    @classmethod
    def _parse_exact(
        cls, kind: str, lines: list[str], as_of: dt.date, repair: bool, notes: list[str]
    ) -> Mrz:
        grid = [list(line) for line in lines]
        lay = _layout(kind, grid)
        repairs = list(notes)
        problems: list[str] = []
        if repair:
            _repair(grid, lay, repairs, problems)
        checks = _checks(grid, lay)

        dob_raw = _read(grid, lay.dob)
        dob = resolve_birth_date(dob_raw, as_of)
        if dob is None:
            checks["date_of_birth"] = False
            problems.append("date_of_birth is not a valid YYMMDD date")
        expiry_raw = ""
        expiry: dt.date | None = None
        if lay.expiry is not None:
            expiry_raw = _read(grid, lay.expiry)
            expiry = resolve_expiry_date(expiry_raw, as_of)
            if expiry is None:
                checks["expiry_date"] = False
                problems.append("expiry_date is not a valid YYMMDD date")

        if lay.names is not None:
            surname, given = _split_names(_read(grid, lay.names))
        else:
            assert lay.surname is not None and lay.given is not None
            surname, given = _words(_read(grid, lay.surname)), _words(_read(grid, lay.given))
        sex_char = _at(grid, lay.sex)
        sex = sex_char if sex_char in ("M", "F", "X") else None
        nationality = _words(_read(grid, lay.nationality)) if lay.nationality else "FRA"
        return cls(
            kind=kind,
            document_code=_read(grid, lay.code).replace(FILLER, ""),
            issuing_country=_read(grid, lay.issuing).replace(FILLER, ""),
            surname=surname,
            given_names=given,
            document_number=_read(grid, lay.doc).replace(FILLER, ""),
            nationality=nationality,
            date_of_birth=dob,
            sex=sex,
            expiry_date=expiry,
            optional_data=_read(grid, lay.optional).strip(FILLER),
            optional_data_2=_read(grid, lay.optional_2).strip(FILLER),
            lines=tuple("".join(row) for row in grid),
            checks=MappingProxyType(checks),
            repairs=tuple(repairs),
            problems=tuple(problems),
            date_of_birth_raw=dob_raw,
            expiry_date_raw=expiry_raw,
            as_of=as_of,
        )

    @property
    def names_field(self) -> str:
        """The names as the MRZ writes them, ``SURNAME<<GIVEN<NAMES`` without the trailing
        fillers (names carry no check digit: misread fillers show up here as letters).

        >>> Mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        ...            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], dt.date(2026, 1, 1)).names_field
        'ERIKSSON<<ANNA<MARIA'
        """
        grid = [list(line) for line in self.lines]
        lay = _layout(self.kind, grid)
        if lay.names is not None:
            return _read(grid, lay.names).rstrip(FILLER)
        assert lay.surname is not None and lay.given is not None
        surname = _read(grid, lay.surname).rstrip(FILLER)
        given = _read(grid, lay.given).rstrip(FILLER).replace("<<", "<")
        return f"{surname}<<{given}" if given else surname

    # ----------------------------------------------------------------------- readings

    def number_readings(self) -> tuple[str, ...]:
        """Every document number the printed characters could be, each OCR look-alike
        (``0/O/Q``, a ``D`` for ``0``, ``1/I``, ``8/B``, ``5/S``, ``2/Z``, ``6/G``) taken either way, that
        passes every check digit covering the number (its own and the composite), most
        plausible first (see :func:`implausibility`, then fewest changes).

        Check digits cannot tell some look-alikes apart: ``G`` and ``6`` weigh the same
        modulo 10, and two ``O``/``0`` swaps at weights 7 and 3 cancel out. So a read that
        verifies may still not be the printed number; these readings say which others would
        verify too.

        >>> m = Mrz.parse(["P<HUNHANDRA<<ROZALIA<IRMA<<<<<<<<<<<<<<<<<<<",
        ...                "BDOOOZ02B2HUN7802225F2203012<<<<<<<<<<<<<<06"], dt.date(2026, 1, 1))
        >>> m.valid, m.document_number, "BD0002028" in m.number_readings()
        (True, 'BDOOOZ02B', True)
        >>> len(m.number_readings()) > 2  # the issuing state's format settles it (BD0002028)
        True
        """
        grid = [list(line) for line in self.lines]
        lay = _layout(self.kind, grid)
        positions = list(lay.doc)
        text = _read(grid, positions)
        choices = [_CONFUSABLE.get(c, c) for c in text]
        if _product_size(choices) > _MAX_READINGS:
            # too many look-alikes to try every reading: only those next to the other class
            choices = [
                options if _mixed_context(text, i) else text[i] for i, options in enumerate(choices)
            ]
            if _product_size(choices) > _MAX_READINGS:
                return (self.document_number,) if self.checks.get("document_number") else ()
        found: list[str] = []
        for combo in itertools.product(*choices):
            for pos, c in zip(positions, combo, strict=True):
                _set(grid, pos, c)
            if not _verify(_read(grid, positions), _at(grid, lay.doc_check)):
                continue
            if (
                lay.composite is not None
                and lay.composite_check is not None
                and not _verify(_read(grid, lay.composite), _at(grid, lay.composite_check))
            ):
                continue
            found.append("".join(combo).replace(FILLER, ""))
        read = text.replace(FILLER, "")
        return tuple(
            sorted(set(found), key=lambda n: (implausibility(n), sum(map(str.__ne__, n, read)), n))
        )

    def with_document_number(self, number: str) -> Mrz:
        """The same MRZ with another reading of its document number (same length)."""
        grid = [list(line) for line in self.lines]
        lay = _layout(self.kind, grid)
        current = _read(grid, lay.doc)
        padded = number.ljust(len(current), FILLER)
        if len(padded) != len(current):
            raise InvalidLength(
                f"a reading of {len(number)} characters for a field of {len(current)}"
            )
        for pos, c in zip(lay.doc, padded, strict=True):
            _set(grid, pos, c)
        note = f"document_number: read as {_mask(padded.replace(FILLER, ''))} (another reading)"
        m = Mrz._parse_exact(self.kind, ["".join(row) for row in grid], self.as_of, False, [])
        return dataclasses.replace(m, repairs=(*self.repairs, note), problems=self.problems)

    # ----------------------------------------------------------------------- find

    @staticmethod
    def candidates_from_text(text: str) -> list[list[str]]:
        """Groups of MRZ-looking lines in free OCR text, ready for :meth:`parse`.

        A line qualifies when, spaces removed, at least 90 % of it is ``[A-Z0-9<]`` and its
        length is within 3 of 30, 36 or 44. Consecutive qualifying lines of the same width
        (blank lines between them are ignored) form groups of 3 (width 30) or 2; a group
        must contain at least one ``<``.

        >>> page = '''REPUBLIQUE FRANCAISE
        ... Passeport / Passport
        ... P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
        ...
        ... L898902C36UTO7408122F1204159ZE184226B< <<<<10
        ... '''
        >>> for group in Mrz.candidates_from_text(page):
        ...     print(*group, sep="\\n")
        P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
        L898902C36UTO7408122F1204159ZE184226B<<<<<10
        """
        rows: list[tuple[int, str] | None] = []
        for raw in text.splitlines():
            line = _clean_line(raw)
            if not line:
                continue
            width = _nearest_width(line)
            ok = width is not None and sum(c in _CHARSET for c in line) >= 0.9 * len(line)
            rows.append((width, line) if ok and width is not None else None)
        groups: list[list[str]] = []
        run: list[str] = []
        run_width: int | None = None

        def flush() -> None:
            size = 3 if run_width == 30 else 2
            # a group starts at a line opening with a document code letter; a run with a
            # stray line before it (another MRZ's half read, as when a passport and the
            # visa beside it share the page) must not shift the pairing
            starts = [i for i, line in enumerate(run) if _opens_mrz(line, size)]
            i = 0
            while i + size <= len(run):
                if starts and i not in starts and any(s > i for s in starts):
                    i = min(s for s in starts if s > i)
                    continue
                group = run[i : i + size]
                if any(FILLER in line for line in group):
                    groups.append(group)
                i += size

        for row in rows:
            if row is None or row[0] != run_width:
                flush()
                run, run_width = [], None
            if row is not None:
                run_width = row[0]
                run.append(row[1])
        flush()
        return groups


_OPENING = re.compile(r"^[PVIACR][A-Z<][A-Z<]{3}")
"""An MRZ's first line: document code, then the issuing state (``P<UTO``, ``VDFRA``, ``IDFRA``)."""


def _opens_mrz(line: str, size: int) -> bool:
    """Can ``line`` be the first line of a group of ``size`` lines? A card's first line
    also carries its document number (digits), unlike its names line (``CARTER<<EMILY``).

    >>> _opens_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", 2)
    True
    >>> _opens_mrz("P1234567<8UTO7408122F1204159ZE184226B<<<<<10", 2)
    False
    >>> _opens_mrz("CARTER<<EMILY<<<<<<<<<<<<<<<<<", 3)
    False
    """
    return bool(_OPENING.match(line)) and (size == 2 or any(c.isdigit() for c in line))


def _nearest_width(line: str) -> int | None:
    best = min((30, 36, 44), key=lambda w: abs(len(line) - w))
    return best if abs(len(line) - best) <= 3 else None


def _words(s: str) -> str:
    return " ".join(part for part in s.split(FILLER) if part)


def _split_names(s: str) -> tuple[str, str]:
    """``ERIKSSON<<ANNA<MARIA<<<`` -> ``('ERIKSSON', 'ANNA MARIA')``; no surname: ``<<ANNA``."""
    if s.startswith("<<"):
        return "", _words(s)
    surname, _sep, given = s.rstrip(FILLER).partition("<<")
    return _words(surname), _words(given)
