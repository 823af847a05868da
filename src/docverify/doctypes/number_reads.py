"""How an MRZ's document number was read: where it stands on its line, and which of the
check digits' repairs touched it (the repairs ``values.mrz`` lists as it reads)."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from docverify.values.mrz import Mrz, same_glyph

NUMBER_AT = {"TD1": (0, 5)}
"""Where the document number starts (line, column): the second line's start but on a TD1."""


_NUMBER_REPAIR = re.compile(r"document_number: (.)->(.) at position (\d+)")


_DROPPED = re.compile(r"line (\d): dropped stray .* at position (\d+)")


def dropped_in_number(mrz: Mrz) -> bool:
    """Was a stray character dropped inside the document number or its check digit? The
    line's length said one character was too many, not which one: when dropping either of
    two neighbours verifies, the check digits may keep the wrong one.

    >>> import datetime
    >>> m = Mrz.parse(["P<TGOAGBODJAN<<KOKOU<SELOM<<<<<<<<<<<<<<<<<<",
    ...                "BOQ812734<8TG09104233M3203097<<<<<<<<<<<<<<<Q"], datetime.date(2026, 12, 1))
    >>> m.document_number, dropped_in_number(m)
    ('BOQ12734', True)
    """
    row, col = NUMBER_AT.get(mrz.kind, (1, 0))
    for r in mrz.repairs:
        m = _DROPPED.fullmatch(r)
        if m and int(m.group(1)) == row + 1 and col <= int(m.group(2)) <= col + 9:
            return True
    return False


_LINE_REPAIR = re.compile(r"line (\d): .* at position (\d+)")


def number_as_read(mrz: Mrz) -> bool:
    """Is the document number, its check digit and the composite's as read, no repair
    touching them? Repairs of the names or the optional data, and fillers removed past
    the number, leave it as read (set_au p01: a name's fillers read K).

    >>> import datetime
    >>> m = Mrz.parse(["P<TGOAGBODJAN<<KOKOU<SELOM<<<<<<<<<<<<<<<<<<",
    ...                "BOQ812734<8TG09104233M3203097<<<<<<<<<<<<<<<Q"], datetime.date(2026, 12, 1))
    >>> number_as_read(m)
    False
    """
    row, col = NUMBER_AT.get(mrz.kind, (1, 0))
    for r in mrz.repairs:
        if r.startswith(("document_number", "composite")):
            return False
        m = _LINE_REPAIR.match(r)
        if m and int(m.group(1)) == row + 1 and int(m.group(2)) <= col + 10:
            return False
    return True


def number_repairs(mrz: Mrz) -> list[tuple[str, str, int]]:
    """The document number's repairs as (read, put, position); the position of the
    number's check digit is the field's length."""
    found = (_NUMBER_REPAIR.fullmatch(r) for r in mrz.repairs)
    return [(m.group(1), m.group(2), int(m.group(3))) for m in found if m]


def repaired_positions(mrz: Mrz) -> set[int]:
    """Positions of the document number that a check digit put right (``Z->2``)."""
    return {pos for _old, _new, pos in number_repairs(mrz) if pos < len(mrz.document_number)}


def implied_check_digit(mrz: Mrz) -> bool:
    """Was the number's check digit read as a letter and replaced by the digit the number
    implies, not by its look-alike (set_t d059: "B", whose 8 refused the number as read,
    became 3 because the composite then verified; the number had a 9 read "O", and a
    difference of 15 weighs nothing in the composite one time in two)? Then the number
    and its check digit agree only because one was made from the other.

    >>> import datetime
    >>> m = Mrz.parse(["IDFRAZOKP4RT2XB<<<<<<<<<<<<<<<", "8811307F3302060FRA<<<<<<<<<<<4",
    ...                "ROUSSEAU<<CAMILLE<HELENE<<<<<<"], datetime.date(2026, 11, 20))
    >>> m.valid, m.repairs, implied_check_digit(m)
    (True, ('document_number: B->3 at position 9',), True)
    """
    return any(
        pos >= len(mrz.document_number)  # not inside the number: its check digit
        and old.isalpha()
        and new.isdigit()
        and not same_glyph(old, new)
        for old, new, pos in number_repairs(mrz)
    )


def agrees_where_repaired(token: str, number: str, repaired: set[int]) -> bool:
    """Does a number read on the face confirm the MRZ's repairs: the same number give or
    take one slip elsewhere (a glyph read twice, or misread), and the repaired characters
    read as the repair made them? The face is a second, independent read of those
    characters, where one check digit confirms a wrong repair one time in ten (set_t p11:
    the MRZ's "ZHV8PL41M" put right to 2HV8PL41M, the face read "2HV8PLA41M").

    >>> agrees_where_repaired("2HV8PLA41M", "2HV8PL41M", {0})
    True
    >>> agrees_where_repaired("ZHV8PLA41M", "2HV8PL41M", {0})
    False
    >>> agrees_where_repaired("2HV8PLA4IM", "2HV8PL41M", {0})
    False
    """
    ops = Levenshtein.editops(number, token)
    return len(ops) <= 1 and all(op.tag == "insert" or op.src_pos not in repaired for op in ops)


def gainsays_repair(token: str, number: str, repaired: set[int]) -> bool:
    """Does a number read on the face, the same number give or take two slips, read a
    repaired character otherwise than the repair made it (the face's "ZHV8PL41M" where
    the MRZ's Z was put right to 2)? Then the repair is in doubt, whatever check digits say.

    >>> gainsays_repair("ZHV8PLA41M", "2HV8PL41M", {0}), gainsays_repair("2HV8PLA4IM", "2HV8PL41M", {0})
    (True, False)
    """
    ops = Levenshtein.editops(number, token)
    return len(ops) <= 2 and any(op.tag == "replace" and op.src_pos in repaired for op in ops)
