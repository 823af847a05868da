"""Which comb of boxes is a name's: the one on its label's row, the one under it when
nothing else is, never the next field's (``identity.read_name`` asks)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from docverify.labelled import Read
from docverify.labels import is_label_text
from docverify.model import PageRef, PageText, Word
from docverify.values.names import fold_upper


def comb_line(cells: Sequence[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    """The box round a comb's cells, a cell more at each end and a third of their height
    above and below (a hand overruns the boxes found: its capitals rise over them, its last
    letters run past them)."""
    pitch = (cells[-1][2] - cells[0][0]) // max(1, len(cells))
    top, bottom = comb_rows(cells)
    rise = (bottom - top) // 3
    return max(0, cells[0][0] - pitch), max(0, top - rise), cells[-1][2] + pitch, bottom + rise


def comb_rows(cells: Sequence[tuple[int, int, int, int]]) -> tuple[int, int]:
    """The rows (top, bottom) a comb's cells take."""
    return min(c[1] for c in cells), max(c[3] for c in cells)


def on_blank_comb(read: Read, blank: Sequence[tuple[PageRef, tuple[int, int]]]) -> bool:
    """Is ``read`` the page's read of a comb whose boxes hold no ink (their sides read as
    letters: "[EPI MMEETT [I es" under a blank "Nom d'usage", set_bp p04)?"""
    if read.box is None:
        return False
    middle = (read.box[1] + read.box[3]) / 2
    return any(ref == read.page and top <= middle <= bottom for ref, (top, bottom) in blank)


def read_between(
    reads: Sequence[Read],
    page: PageText,
    label: Sequence[Word],
    cells: Sequence[tuple[int, int, int, int]],
) -> bool:
    """Was a value read under the label, above the comb under it (form_bo d029:
    "Ayse Nur" typed under "Prénom(s)", then the date of birth's comb on the next row)?
    The comb is then the next field's, not this one's (a hand's capitals in the label's
    own comb stand in its boxes: their middle lies below the comb's top)."""
    if not cells:
        return False
    comb_top, _ = comb_rows(cells)
    label_bottom = max(w.box[3] for w in label)
    return any(
        r.page == page.ref and r.box is not None and label_bottom <= r.box[1]
        and (r.box[1] + r.box[3]) / 2 < comb_top
        for r in reads
    )  # fmt: skip


def labelled_row(page: PageText, cells: Sequence[tuple[int, int, int, int]]) -> bool:
    """Does a printed label stand left of a comb, on its row (the comb is that label's)?
    A comb under a label with nothing left of it is the label's own (a print run that sets
    labels above their boxes); what the strip right of the label then holds is the tops of
    a large hand's capitals written in the boxes."""
    top, bottom = comb_rows(cells)
    return any(
        w.box[2] <= cells[0][0] and w.box[1] < bottom and w.box[3] > top
        and w.conf >= 80 and is_label_text(w.text)
        for w in page.words
    )  # fmt: skip


def spaced_as_comb(value: str, comb_reads: Sequence[str]) -> str:
    """A name taken from a read that closed up the comb's empty box between two words
    (PP-OCR reads the comb's line whole: "GRÀCEMERVEILLE", form_bv d006), parted where the
    box-by-box reads part theirs, the empty boxes, when their words hold as many letters
    ("SRACE MERVEILLE": 5 + 9); the cut most of them make.

    >>> spaced_as_comb("GRÀCEMERVEILLE", ["SRACE MERVEILLE", "GRÂCE MIEIRVIE LLTE"])
    'GRÀCE MERVEILLE'
    >>> spaced_as_comb("GRÀCEMERVEILLE", ["GRACE MERVEILL"]), spaced_as_comb("ANA", ["A NA"])
    ('GRÀCEMERVEILLE', 'ANA')

    A box's side read as a letter beside the one in it (an I, an l) is no letter of the
    name ("DIEILA CIRUZ": typed capitals touching their boxes' sides, form_cc d015):

    >>> spaced_as_comb("DELACRUZ", ["DIEILA CIRUZ", "DIELA CRUZ", "DIEILA CIRIUZ"])
    'DELA CRUZ'
    """
    if not value.isalpha():
        return value
    cuts = Counter(
        cut
        for read in comb_reads
        if len(words := read.split()) > 1
        and all(w.isalpha() and len(w) >= 2 for w in words)
        and (cut := _cut_of(value, words)) is not None
    )
    if not cuts:
        return value
    lengths, _n = cuts.most_common(1)[0]
    parts, start = [], 0
    for n in lengths:
        parts.append(value[start : start + n])
        start += n
    return " ".join(parts)


_SIDES = frozenset("IlL|1")
"""What a box's side is read as, beside the letter in the box."""


def _cut_of(value: str, words: Sequence[str]) -> tuple[int, ...] | None:
    """How many of ``value``'s letters each of ``words`` holds: their lengths, when they
    hold as many letters as it (a letter misread or not); else the value's letters read in
    order, a letter more being a box's side (``_SIDES``). None when the words are not the
    value so."""
    if sum(map(len, words)) == len(value):
        return tuple(map(len, words))
    folded, k, cut = fold_upper(value), 0, []
    for word in words:
        start = k
        for c in fold_upper(word):
            if k < len(folded) and c == folded[k]:
                k += 1
            elif c not in _SIDES:
                return None
        if k - start < 2:
            return None
        cut.append(k - start)
    return tuple(cut) if k == len(folded) else None
