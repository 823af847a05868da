"""The names of an MRZ, which no check digit protects: which reads of them to trust.

The check digits settle the number and the dates; the names line is taken from the read
that wins on those, then voted over the other reads of the same document: character by
character where they differ by a filler read as a letter, or whole when the winner's
line is no names line at all (a band read as noise that happened to leave the checked
lines right).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from docverify.values.errors import ValueParseError
from docverify.values.mrz import Mrz

if TYPE_CHECKING:
    from docverify.vision.mrz import MrzRead

_NAME_NOISE = re.compile(r"^(?:[KXSCLE])$|^([A-Z])\1{2,}$")
"""Name tokens that are misread ``<`` fillers: a lone K/X/S/C/L/E, or a run like SSSSSS."""


def names_polluted(mrz: Mrz) -> bool:
    """Do the names carry misread fillers (``EMILY ROSEK X SSSSSSSSSS``)?

    >>> import datetime
    >>> m = Mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<X<SSSSSSSSSSSSSSSS",
    ...                "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], datetime.date(2026, 1, 1))
    >>> names_polluted(m)
    True
    """
    tokens = f"{mrz.surname} {mrz.given_names}".split()
    return any(_NAME_NOISE.match(t) for t in tokens[1:])


def read_key(m: Mrz) -> tuple[object, ...]:
    """What two reads must share to confirm each other: every check-digit protected
    field and the check results, not the names (their fillers are often misread)."""
    return (
        m.kind, m.document_code, m.issuing_country, m.nationality, m.sex, m.document_number,
        m.date_of_birth_raw, m.expiry_date_raw,
        # visas' optional data is under no check digit: misread fillers there are noise
        m.optional_data if ("composite" in m.checks or "optional_data" in m.checks) else "",
        tuple(sorted(m.checks.items())),
    )  # fmt: skip


_NAMES_LINE = {"TD1": 2, "FRA_ID": None}
"""Which line holds the names (0 for TD2, TD3 and visas; the old French ID card splits
them over both lines and is left as read)."""


def vote_names(winner: MrzRead, reads: Sequence[MrzRead], as_of: dt.date) -> MrzRead:
    """The winner's names, checked against the document's other reads."""
    return _vote_characters(_names_from_peers(winner, reads, as_of), reads, as_of)


def _names_part(m: Mrz, line_no: int) -> str:
    line = m.lines[line_no]
    return line if line_no else line[5:]


def _names_from_peers(winner: MrzRead, reads: Sequence[MrzRead], as_of: dt.date) -> MrzRead:
    """A names line with no filler at all ("REILORAEIRBLIILTIIRAORIIEBBIIR" on a French
    card, set_be p03) is noise the read made of the band, not names: when two or more
    other reads of the same document (same kind, dates and sex) agree on a names line with
    the "<<" that parts surname and given names, it is theirs."""
    line_no = _NAMES_LINE.get(winner.mrz.kind, 0)
    if line_no is None or "<" in _names_part(winner.mrz, line_no):
        return winner
    m = winner.mrz
    same = (m.kind, m.date_of_birth_raw, m.expiry_date_raw, m.sex)
    votes = Counter(
        _names_part(r.mrz, line_no)
        for r in reads
        if (r.mrz.kind, r.mrz.date_of_birth_raw, r.mrz.expiry_date_raw, r.mrz.sex) == same
        and "<<" in _names_part(r.mrz, line_no)
    )
    if not votes:
        return winner
    names, n = votes.most_common(1)[0]
    if n < 2 or sum(votes.values()) > n + 1:
        return winner  # the peers disagree among themselves: nothing to prefer
    lines = list(m.lines)
    lines[line_no] = names if line_no else lines[0][:5] + names
    try:
        mrz = Mrz.parse(lines, as_of)
    except ValueParseError:
        return winner
    if read_key(mrz) != read_key(m):
        return winner
    return dataclasses.replace(winner, mrz=mrz)


def _vote_characters(winner: MrzRead, reads: Sequence[MrzRead], as_of: dt.date) -> MrzRead:
    """Names carry no check digit: take each character of the names line by majority
    over the reads that agree with the winner (a tie between ``<`` and a letter goes
    to ``<``, tesseract's usual slip being a filler read as K)."""
    line_no = _NAMES_LINE.get(winner.mrz.kind, 0)
    if line_no is None:
        return winner
    target = read_key(winner.mrz)
    width = len(winner.mrz.lines[line_no])
    names = [
        r.mrz.lines[line_no]
        for r in reads
        if read_key(r.mrz) == target and len(r.mrz.lines[line_no]) == width
    ]
    if len(names) < 2:
        return winner
    voted = []
    for column in zip(*names, strict=True):
        seen = set(column)
        if len(seen) == 1:
            voted.append(column[0])
            continue
        # only the filler-or-look-alike question is voted; reads that disagree on
        # letters (a shifted line) are not mixed
        if "<" not in seen or not seen - {"<"} <= set("KXCLSE"):
            return winner
        counts = Counter(column)
        voted.append("<" if counts["<"] * 2 >= len(column) else counts.most_common(1)[0][0])
    lines = list(winner.mrz.lines)
    lines[line_no] = "".join(voted)
    if lines[line_no] == winner.mrz.lines[line_no]:
        return winner
    try:
        mrz = Mrz.parse(lines, as_of)
    except ValueParseError:
        return winner
    if read_key(mrz) != target:
        return winner
    return dataclasses.replace(winner, mrz=mrz)
