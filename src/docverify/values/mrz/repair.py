"""Repairs of an MRZ read by OCR: a letter for a digit (or back) that its check digit
confirms, fillers read as letters in a name field, an optional tail."""

from __future__ import annotations

import itertools
import re
import string

from docverify.values.mrz.fields import (
    _ALNUM_SWAPS,
    _FILLER_LOOKALIKES,
    _MAX_SWAPS,
    _TO_DIGIT,
    _TO_LETTER,
    _VALUES,
    FILLER,
    NAME_FILLER_LOOKALIKES,
    Pos,
    _at,
    _checks,
    _date_check,
    _Layout,
    _read,
    _verify,
    check_digit,
)

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


def _two_unlike(tail: str) -> bool:
    """Two letters in a row that look like no filler: a name's letters (the strays among
    fillers read as letters come one at a time, "KKRKKEK").

    >>> _two_unlike("KARJUNKKKKKKKEEEEEKKKK"), _two_unlike("KKKKKKKKKKRKKEKEKKK")
    (True, False)
    """
    return any(
        a not in NAME_FILLER_LOOKALIKES and b not in NAME_FILLER_LOOKALIKES
        for a, b in itertools.pairwise(tail)
    )


def _filler_tail(text: str) -> list[int]:
    """Indices of a long run of K-like letters that ends a name field's letters: the
    fillers after the last name, read as letters (``SALMA<KKKKKKKKKKRKKEKEKKK``), even
    after a single ``<`` or none. A run of six or more, four in five of them look-alikes
    and half of them K, is no name.

    >>> _filler_tail("BENNANI<<SALMA<KKKKKKKKKKRKKEKEKKK<<"), _filler_tail("DUPONT<<ALEXIS<<<")
    ([15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33], [])
    >>> len(_filler_tail("LEE<<ANNAKKKKKKKK")), _filler_tail("KELLES<<MARK<<<")
    (8, [])

    A run follows a name: a field all look-alikes is that name ("CACKKK<<<", hypothesis
    found it):

    >>> _filler_tail("CACKKK<<<<<<<<<<"), _filler_tail("KOKKINOS<<NIKOS<<<<<<<")
    ([], [])

    Nor is a name's run of letters part of it (the visa of set_v d010, its separator read
    "<K" and its fillers "K" and "E"):

    >>> _filler_tail("SHARMA<KARJUNKKKKKKKEEEEE")[0]
    13
    """
    core = text.rstrip(FILLER)
    best: list[int] = []
    for start in range(len(core) - FILLER_TAIL, 0, -1):
        tail = core[start:]
        if FILLER in tail:
            break
        if (
            sum(c in NAME_FILLER_LOOKALIKES for c in tail) >= 0.8 * len(tail)
            and tail.count("K") >= 0.5 * len(tail)
            and tail[0] in NAME_FILLER_LOOKALIKES
            and not _two_unlike(tail)
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


STRAY_AFTER_FILLERS = 4
"""Fillers in a row after which a letter or two before the field's end are fillers
misread: names are written from the field's start, so nothing follows a long run."""


def _stray_end(text: str) -> list[int]:
    """Indices of one or two letters that end a name field after ``STRAY_AFTER_FILLERS``
    fillers or more: the last fillers read as letters (``ROSE<<<<<<<<<<Y``).

    >>> _stray_end("CARTER<<EMILY<ROSE<<<<<<<<<<<<Y"), _stray_end("LI<<NA<<<<<<<<<<")
    ([30], [])
    >>> _stray_end("CARTER<<EMILY<ROSE<<<J"), _stray_end("DUPONT<<ANNE<<<<<<<<KX<")
    ([], [20, 21])
    """
    core = text.rstrip(FILLER)
    letters = core[len(core.rstrip(string.ascii_uppercase)) :]
    before = core[: len(core) - len(letters)]
    if not 1 <= len(letters) <= 2 or len(before) - len(before.rstrip(FILLER)) < STRAY_AFTER_FILLERS:
        return []
    if not before.rstrip(FILLER):
        return []
    return list(range(len(core) - len(letters), len(core)))


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
        for i in _filler_tail(_read(grid, positions)) + _stray_end(_read(grid, positions)):
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


def _repair_lost_digit(
    grid: list[list[str]], lay: _Layout, name: str, field_: list[Pos], check: Pos,
    repairs: list[str],
) -> None:  # fmt: skip
    """A date with one position no look-alike mends (``I11102`` where ``911102`` is
    printed, set_al p02) and a digit check: the one digit that makes the check verify is
    put there only when the composite, which covers the date too, then verifies as well,
    and the date is a calendar date: two check digits agreeing on one lost digit."""
    if _date_check(grid, field_, check) or lay.composite is None or lay.composite_check is None:
        return
    text = _read(grid, field_)
    lost = [i for i, c in enumerate(text) if not c.isdigit()]
    if len(lost) != 1 or not _at(grid, check).isdigit():
        return
    pos, old = field_[lost[0]], text[lost[0]]
    fits = []
    for digit in "0123456789":
        trial = [row[:] for row in grid]
        _set(trial, pos, digit)
        if _date_check(trial, field_, check) and _verify(
            _read(trial, lay.composite), _at(trial, lay.composite_check)
        ):
            fits.append(digit)
    if len(fits) == 1:
        _set(grid, pos, fits[0])
        repairs.append(_describe(name, [*field_, check], pos, old, fits[0]))


REPAIR_REFUSED = "OCR repair refused"
"""Said of a field that several letter/digit look-alike swaps make verify: its failing
check digit is explained by the read as well as by the document."""


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
            problems.append(f"{name}: {REPAIR_REFUSED}, {len(winners)} candidates verify")
            return
        if len(winners) == 1:
            positions = [*field_, check]
            for pos, old, new in (*forced, *winners[0]):
                _set(grid, pos, new)
                repairs.append(_describe(name, positions, pos, old, new))
            return
    _repair_unreadable_check(grid, lay, name, field_, check, repairs)


def _repair_unreadable_check(
    grid: list[list[str]],
    lay: _Layout,
    name: str,
    field_: list[Pos],
    check: Pos,
    repairs: list[str],
) -> None:
    """A check digit read as a letter that no look-alike digit makes verify
    (``R1C85YTCLI``: the ``9`` lost): the digit the field implies is put there only when the
    composite, which covers both, then verifies. The field is left as read; the repair is
    said, so a document number repaired this way stays questionable unless its format or
    the printed number confirms it."""
    old = _at(grid, check)
    text = _read(grid, field_)
    if (
        not old.isalpha()
        or lay.composite is None
        or lay.composite_check is None
        or any(c not in _VALUES for c in text)
    ):
        return
    implied = check_digit(text)
    trial = [row[:] for row in grid]
    _set(trial, check, implied)
    if _verify(_read(trial, lay.composite), _at(trial, lay.composite_check)):
        _set(grid, check, implied)
        repairs.append(_describe(name, [*field_, check], check, old, implied))


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


STRAY_FILLER_LOOKALIKES = frozenset("KCLEXSI")
"""What a lone ``<`` among fillers is read as in an optional field (``I`` in narrow fonts)."""


def _composite_alone_fails(grid: list[list[str]], lay: _Layout) -> bool:
    """Does every field's check verify and the composite alone fail?"""
    if lay.composite is None or lay.composite_check is None:
        return False
    checks = _checks(grid, lay)
    return checks.get("composite") is False and all(
        v for k, v in checks.items() if k != "composite"
    )


def _repair_lone_optional(grid: list[list[str]], lay: _Layout, repairs: list[str]) -> None:
    """A lone look-alike letter among the fillers of an optional field that only the
    composite covers (``IRFRAK7P2M9X4D1I<<<<``: a ``<`` read as ``I``).

    Only when every field check verifies and the composite alone fails, and only when
    exactly one such letter turned into a filler makes the composite verify: the repair
    touches no number, date or name, so it can never make a wrong field look valid.
    """
    if not _composite_alone_fails(grid, lay):
        return
    winners: list[tuple[str, list[Pos], int, str]] = []
    for label, positions, own_check in (
        ("optional_data", lay.optional, lay.optional_check),
        ("optional_data_2", lay.optional_2, None),
    ):
        if own_check is not None or not positions:
            continue
        text = _read(grid, positions)
        for i, c in enumerate(text):
            # fillers on its left (or the field's start) and nothing but fillers after it
            lone = (i == 0 or text[i - 1] == FILLER) and text[i + 1 :].strip(FILLER) == ""
            if c in STRAY_FILLER_LOOKALIKES and lone:
                trial = [row[:] for row in grid]
                _set(trial, positions[i], FILLER)
                if _checks(trial, lay).get("composite"):
                    winners.append((label, positions, i, c))
    if len(winners) == 1:
        label, positions, i, c = winners[0]
        _set(grid, positions[i], FILLER)
        repairs.append(_describe(label, positions, positions[i], c, FILLER))


def _repair_composite_check(grid: list[list[str]], lay: _Layout, repairs: list[str]) -> None:
    """A composite check digit read as a letter (``0`` read ``Q``): its look-alike digit is
    put there when every other check verifies and the composite then does; read as a
    filler, the digit the rest implies. Only the composite's own digit changes."""
    if (
        not _composite_alone_fails(grid, lay)
        or lay.composite is None
        or lay.composite_check is None
    ):
        return
    pos = lay.composite_check
    old = _at(grid, pos)
    # read as a filler, which a check digit never is: the digit every other field's
    # verified check implies (said as a repair)
    new = check_digit(_read(grid, lay.composite)) if old == FILLER else _TO_DIGIT.get(old)
    if new is None:
        return
    trial = [row[:] for row in grid]
    _set(trial, pos, new)
    if _checks(trial, lay).get("composite"):
        _set(grid, pos, new)
        repairs.append(f"composite: {old}->{new}")


I_LOOKALIKES = frozenset("L1|T")
"""What an I is read as; none can open a card's code, which opens with A, C or I (ICAO
Doc 9303 part 5, 4.2.2)."""


def _repair_card_code(grid: list[list[str]], lay: _Layout, repairs: list[str]) -> None:
    """A card's code whose first letter can be none but I, read as a look-alike of it
    (``LD`` for ``ID``): no check digit covers the code, the format alone decides."""
    if lay.kind not in ("TD1", "TD2"):
        return
    pos = lay.code[0]
    old = _at(grid, pos)
    if old in I_LOOKALIKES:
        _set(grid, pos, "I")
        repairs.append(_describe("document_code", lay.code, pos, old, "I"))


def _repair(grid: list[list[str]], lay: _Layout, repairs: list[str], problems: list[str]) -> None:
    _repair_card_code(grid, lay, repairs)
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
    _repair_lone_optional(grid, lay, repairs)
    _repair_composite_check(grid, lay, repairs)
    _repair_lost_digit(grid, lay, "date_of_birth", lay.dob, lay.dob_check, repairs)
    if lay.expiry is not None and lay.expiry_check is not None:
        _repair_lost_digit(grid, lay, "expiry_date", lay.expiry, lay.expiry_check, repairs)
