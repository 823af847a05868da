"""Where a comb field's boxes stand: right of its label on its line (or under it), from
the vertical sides they share, regularly spaced; from the short ticks that part a long
frame (the cerfa's way); or rising from a floor with no frame (``open_comb``). What the
boxes hold is read by ``vision.comb``."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import cv2
import numpy as np

from docverify.model import PageText, Word
from docverify.vision.boxes import (
    LINE_INK,
    dark_strip,
    framed_groups,
    merged,
    mm_px,
    pitch,
    snap,
    without_ticks,
)
from docverify.vision.open_comb import CELL_MM, open_comb_cells


def comb_cells(
    page: PageText, label: Sequence[Word], width_mm: float = 170.0
) -> list[tuple[int, int, int, int]]:
    """The boxes of a comb field right of ``label`` on its line (page pixels, left to
    right), from the vertical sides they share: sides of one height, regularly spaced,
    or short ticks parting a long frame (``ticked_cells``), or rising from a floor with no
    frame (``open_comb.open_comb_cells``). Empty when there is no comb (a plain line, a
    free-text field)."""
    ticked = ticked_cells(page, label, width_mm)
    sided = _sided_cells(page, label, width_mm) if page.image is not None else []
    # neither closed boxes nor a framed comb: a floor and its ticks, no top
    cells = ticked or sided or open_comb_cells(page, label, width_mm)
    if ticked and sided and _same_span(ticked, sided):
        # both ways found the comb: the boxes whose sides stand where the page shows them
        # (a frame's even cut drifts on a photo whose boxes widen towards one end)
        cells = max((ticked, sided), key=lambda c: on_sides(page.image, c))
    if not cells or not _on_line_of(label, cells) or _goes_on_under(page, label, cells):
        return []
    return cells


def _goes_on_under(
    page: PageText, label: Sequence[Word], cells: Sequence[tuple[int, int, int, int]]
) -> bool:
    """Do the boxes' sides go on leftwards under the label, at the boxes' pitch? Then the
    comb is the one printed under the label, its tops caught right of it (form_ay d010:
    "Prénom(s)_", its underscore low, read the comb below from its fourth box on)."""
    if page.image is None or len(cells) < 3:
        return False
    step = (cells[-1][2] - cells[0][0]) / len(cells)
    top, bottom = min(c[1] for c in cells), max(c[3] for c in cells)
    third = max(2, (bottom - top) // 3)
    if bottom - third <= max(w.box[3] for w in label):
        # the boxes' foot level with the label: a comb beside it (the label's own letters
        # would stand where its sides are looked for)
        return False
    band = page.image[bottom - third : bottom]
    lx0 = min(w.box[0] for w in label)
    reach = max(1, round(0.06 * step))
    paper = float(np.percentile(band, 95)) if band.size else 0.0
    for k in (1, 2):
        x = round(cells[0][0] - k * step)
        if x - reach < lx0:
            return k > 1  # both sides found, under the label
        column = band[:, x - reach : x + reach + 1]
        if not column.size or float((column < paper * LINE_INK).mean(axis=0).max()) < 0.8:
            return False
    return True


RULED = 0.85
"""Share of a comb's width its top or floor rule darkens, at the least (a dotted writing
line, or none, under capitals whose stems stand evenly, is no comb)."""


def _same_span(
    a: Sequence[tuple[int, int, int, int]], b: Sequence[tuple[int, int, int, int]]
) -> bool:
    step = (a[-1][2] - a[0][0]) / len(a)
    return abs(len(a) - len(b)) <= 2 and abs(a[0][0] - b[0][0]) <= 2.5 * step


def on_sides(image: np.ndarray | None, cells: Sequence[tuple[int, int, int, int]]) -> float:
    """The share of the boxes' parting lines that fall on a printed side: a dark column
    (in its top or bottom third: a cerfa comb's ticks are short) within a twentieth of a
    box of where the boxes part."""
    if image is None or not cells:
        return 0.0
    top, bottom = min(c[1] for c in cells), max(c[3] for c in cells)
    third = max(2, (bottom - top) // 3)
    step = (cells[-1][2] - cells[0][0]) / len(cells)
    reach = max(1, round(0.06 * step))
    paper = float(np.percentile(image[top:bottom, cells[0][0] : cells[-1][2]], 95))
    parts = [c[0] for c in cells] + [cells[-1][2]]
    hits = 0
    for x in parts:
        x0, x1 = max(0, x - reach), x + reach + 1
        for band in (image[top : top + third, x0:x1], image[bottom - third : bottom, x0:x1]):
            if band.size and float((band < paper * LINE_INK).mean(axis=0).max()) >= 0.8:
                hits += 1
                break
    return hits / len(parts)


def _on_line_of(label: Sequence[Word], cells: Sequence[tuple[int, int, int, int]]) -> bool:
    """Do the boxes stand on the label's line? A comb printed under its label (a print run
    that sets labels above their boxes) shows its tops in the strip right of the label:
    those boxes, from wherever the label ends, are not the label's line's."""
    y0 = min(w.box[1] for w in label)
    y1 = max(w.box[3] for w in label)
    top = min(c[1] for c in cells)
    bottom = max(c[3] for c in cells)
    return min(y1, bottom) - max(y0, top) >= 0.3 * max(1, y1 - y0)


def _sided_cells(
    page: PageText, label: Sequence[Word], width_mm: float
) -> list[tuple[int, int, int, int]]:
    found = dark_strip(page, label, 6.0, width_mm, 20)
    if found is None:
        return []
    dark, x0, top, _half = found
    vertical = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((mm_px(page.dpi, 3.5), 1), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(vertical, connectivity=8)
    sides = sorted(
        (int(stats[i, cv2.CC_STAT_LEFT]), int(stats[i, cv2.CC_STAT_TOP]),
         int(stats[i, cv2.CC_STAT_HEIGHT]))
        for i in range(1, n)
    )  # fmt: skip
    if len(sides) < 4:
        return []
    tall = float(np.median([h for _x, _y, h in sides]))
    # the sides of one height; the comb's end walls may be drawn taller than its ticks
    sides = [s for s in sides if 0.8 * tall <= s[2] <= 2.5 * tall]
    lo, hi = mm_px(page.dpi, CELL_MM[0]), mm_px(page.dpi, CELL_MM[1])
    xs = [x for x, _y, _h in sides]
    gaps = [b - a for a, b in itertools.pairwise(xs) if lo <= b - a <= hi]
    if len(gaps) < 3:
        return []
    step = pitch(gaps)

    cells = _cells_between(xs, step)
    if len(cells) < 4:
        return []
    chosen = [s for s in sides if any(s[0] in (a, b) for a, b in cells)]
    ticks = [s for s in chosen if s[2] <= 1.2 * tall] or chosen
    row_top = top + min(y for _x, y, _h in ticks)
    row_bottom = row_top + int(tall)
    first, last = x0 + cells[0][0], x0 + cells[-1][1]
    if page.image is not None and not any(
        _rule_columns(page.image, y, step)[first:last].mean() >= RULED
        for y in (row_top, row_bottom)
    ):
        return []  # upright strokes of capitals written on a line, not a comb's sides
    return [(x0 + a, row_top, x0 + b, row_bottom) for a, b in cells]


def ticked_cells(
    page: PageText, label: Sequence[Word], width_mm: float = 170.0
) -> list[tuple[int, int, int, int]]:
    """The boxes of a comb printed as frames parted by short ticks standing on their floor
    or hanging from their top (the cerfa way: one long frame for a name, JJ | MM | AAAA for
    a date). The ticks give the boxes' width and the frame's rules its ends; each frame
    then holds a whole number of boxes, cut evenly: a tick hidden under a letter, or a
    letter's stem standing on the floor, changes nothing. A large hand touching both
    rules splits a frame's inside (``framed_groups``) in pieces: pieces joined by the
    frame's floor are one frame."""
    pieces = framed_groups(page, label, width_mm, longest_mm=width_mm)
    if not pieces or page.image is None:
        return []
    image = page.image
    inset = max(2, mm_px(page.dpi, 0.4))
    lo, hi = mm_px(page.dpi, CELL_MM[0]), mm_px(page.dpi, CELL_MM[1])
    marks = []  # the pieces' ends and the ticks: where boxes part
    for x0, y0, x1, y1 in pieces:
        _zone, at = without_ticks(image[y0 + inset : y1 - inset, x0 + inset : x1 - inset])
        marks += [x0, x1, *(x0 + inset + a for a in at)]
    ticks = merged(sorted(marks), mm_px(page.dpi, 1.2))  # a side's two edges are one side
    gaps = [b - a for a, b in itertools.pairwise(ticks) if lo <= b - a <= hi]
    if len(gaps) < 3:
        return []
    step = pitch(gaps)
    frames: list[list[int]] = []
    for x0, y0, x1, y1 in pieces:
        floor = max(y1, frames[-1][3]) + inset // 2 if frames else 0
        if frames and (x0 <= frames[-1][2] or _ruled(image, floor, frames[-1][2], x0, step)):
            last = frames[-1]
            last[1:] = [min(last[1], y0), max(last[2], x1), max(last[3], y1)]
        else:
            frames.append([x0, y0, x1, y1])
    cells: list[tuple[int, int, int, int]] = []
    for x0, top, x1, bottom in frames:
        left, right = _rule_ends(image, bottom + inset // 2, x0, x1, step)
        n = round((right - left) / step)
        if n < 1 or abs((right - left) / n - step) > 0.08 * step:
            continue  # not a whole number of boxes: no comb frame
        even = (left + round(k * (right - left) / n) for k in range(n + 1))
        cut = [snap(x, ticks, 0.2 * step) for x in even]  # on the ticks that show
        cut = _whole_end_boxes(image, cut, step, top, bottom)
        cells.extend((a, top, b, bottom) for a, b in itertools.pairwise(cut))
    return cells if len(cells) >= 4 else []


NARROW_END = 0.85
"""An end box narrower than this share of the boxes' width lost its outer side to a letter
written against it (the letter's stem taken for the side)."""


def _whole_end_boxes(
    image: np.ndarray, cut: list[int], step: float, top: int, bottom: int
) -> list[int]:
    """The frame's cuts with a narrow end box widened to its printed side, one box's width
    from its inner side, when a side stands there (form_ba d011: the "E" of ELIF written
    against the comb's left wall, its stem taken for the wall: the first box cut 10 px
    short, its letter read halved)."""
    if len(cut) < 3:
        return cut
    cut = list(cut)
    for end, inner, sign in ((0, 1, -1), (-1, -2, 1)):
        if abs(cut[inner] - cut[end]) >= NARROW_END * step:
            continue
        x = round(cut[inner] + sign * step)
        if 0 <= x < image.shape[1] and _side_at(image, x, step, top, bottom):
            cut[end] = x
    return cut


def _side_at(image: np.ndarray, x: int, step: float, top: int, bottom: int) -> bool:
    """Does a printed side stand at column ``x`` (within a twentieth of a box): a dark
    column down the top or bottom third of the row (``on_sides``' test)?"""
    third = max(2, (bottom - top) // 3)
    reach = max(1, round(0.06 * step))
    x0, x1 = max(0, x - reach), x + reach + 1
    row = image[top:bottom, max(0, x0 - round(step)) : x1 + round(step)]
    if not row.size:
        return False
    paper = float(np.percentile(row, 95))
    for band in (image[top : top + third, x0:x1], image[bottom - third : bottom, x0:x1]):
        if band.size and float((band < paper * LINE_INK).mean(axis=0).max()) >= 0.8:
            return True
    return False


def _rule_columns(image: np.ndarray, y: int, step: float) -> np.ndarray:
    """Which columns of the page a printed rule darkens along row ``y``, each against the
    paper's white above and below it (a photo darkens towards its edges)."""
    band = image[max(0, y - 3) : y + 4]
    around = image[max(0, y - round(step)) : y + round(step)]
    if not band.size:
        return np.zeros(image.shape[1], dtype=bool)
    return np.asarray(band.min(axis=0) < around.max(axis=0) * LINE_INK)


def _ruled(image: np.ndarray, y: int, x0: int, x1: int, step: float) -> bool:
    """Does a printed rule run along row ``y`` all the way from ``x0`` to ``x1``?"""
    dark = _rule_columns(image, y, step)[x0:x1]
    return bool(dark.size) and bool(dark.all())


def _rule_ends(image: np.ndarray, y: int, x0: int, x1: int, step: float) -> tuple[int, int]:
    """Where the printed rule along row ``y`` that runs under ``x0``..``x1`` begins and
    ends (``x0``, ``x1`` themselves when there is no rule), looked for within ``step``
    (the inside of the frame's end boxes may be hidden by the hand that fills them)."""
    dark = _rule_columns(image, y, step)
    left, right = x0, x1
    while left > 0 and dark[left - 1 : left + 2].any():
        left -= 1
    while right < dark.size - 1 and dark[right - 1 : right + 2].any():
        right += 1
    # a rule sticking out by less than half a box is the side's thickness; a rule running
    # on for more than a few boxes is not this frame's
    return (left if 0.5 * step <= x0 - left <= 4 * step else x0), (
        right if 0.5 * step <= right - x1 <= 4 * step else x1
    )


def _cells_between(xs: Sequence[int], step: float) -> list[tuple[int, int]]:
    """Boxes from their sides' positions: two sides one ``step`` apart bound a box. A
    letter's stem (as tall as a box in a large hand) stands between two sides, not one
    step from the last side, so it is passed over; groups of boxes a little apart (JJ MM
    AAAA) follow each other; a gap of one or two boxes' width is a side too faint to see;
    a wider gap ends the comb (another field follows on the line).

    >>> _cells_between([0, 50, 71, 100, 150, 230, 280, 330, 700, 750], 50.0)
    [(0, 50), (50, 100), (100, 150), (230, 280), (280, 330)]
    >>> _cells_between([0, 50, 150, 200], 50.0)  # the side at 100 too faint: two boxes
    [(0, 50), (50, 100), (100, 150), (150, 200)]
    """
    cells: list[tuple[int, int]] = []
    i = 0
    while i < len(xs) - 1:
        j = next((j for j in range(i + 1, len(xs)) if abs(xs[j] - xs[i] - step) <= 0.2 * step),
                 None)  # fmt: skip
        if j is None:
            i += 1
            continue
        if cells:
            gap = xs[i] - cells[-1][1]
            if gap > 2.2 * step:
                break
            missed = round(gap / step)
            if missed and abs(gap - missed * step) <= 0.2 * step:  # a side too faint to see
                last = cells[-1][1]
                cells.extend((last + round(k * gap / missed), last + round((k + 1) * gap / missed))
                             for k in range(missed))  # fmt: skip
        cells.append((xs[i], xs[j]))
        i = j
    return cells
