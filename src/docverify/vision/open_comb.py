"""Open combs: boxes drawn as a floor rule and short ticks rising from it, no top and no
full sides ("⌊2⌊7⌋  ⌊0⌊2⌋  ⌊1⌊9⌊9⌊1⌋"), the way some print runs of the cerfa draw a
date's JJ MM AAAA. A frame-finder looks for closed boxes and finds none there.

The floor rules are found as long thin horizontal strokes under the field's label; the
ticks as columns inked just above a floor, where a digit's foot does not reach; each
floor then holds a whole number of boxes of the ticks' pitch, cut evenly and snapped to
the ticks that show."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import cv2
import numpy as np

from docverify.model import PageText, Word
from docverify.vision.boxes import merged, mm_px, pitch, snap

CELL_MM = (2.5, 9.0)
"""Widths a comb's boxes are printed at."""
FLOOR_MM = 3.0
"""Shortest run of a floor rule (one box and a half at the least)."""
FLOOR_DROP_MM = 2.5
"""How far under its label's foot an open comb's floor may run (form_bi d008: 2 mm under
"Prénom(s)", its parenthesis hanging lower; at 3 mm, form_at d013's framed cell under a
typed "MD RAKIBUL" was taken for a comb)."""
TICK_MM = 0.7
"""Height of a tick above its floor that the column must be inked all along."""


def open_comb_cells(
    page: PageText, label: Sequence[Word], width_mm: float = 110.0
) -> list[tuple[int, int, int, int]]:
    """The boxes of an open comb right of ``label`` and in its band (page pixels, left to
    right); empty when there is none (an underline carries no ticks at a box's pitch)."""
    if page.image is None or not label:
        return []
    image = page.image
    top = min(w.box[1] for w in label)
    # the floor may lie a little under the label's foot (the letters sit on it, the label
    # beside them on its own baseline: form_bd d016)
    bottom = max(w.box[3] for w in label) + mm_px(page.dpi, FLOOR_DROP_MM)
    x0 = max(w.box[2] for w in label)
    x1 = min(image.shape[1], x0 + mm_px(page.dpi, width_mm))
    zone = image[top:bottom, x0:x1]
    if zone.size == 0:
        return []
    paper = float(np.percentile(zone, 95))
    dark = (zone < paper - 60).astype(np.uint8)
    floors = _floors(dark, page.dpi)
    tick_h = mm_px(page.dpi, TICK_MM)
    near = mm_px(page.dpi, 1.0)
    ticked: list[tuple[int, int, int, list[int]]] = []  # floors and their ticks
    for fx0, fx1, fy in floors:
        band = dark[max(0, fy - tick_h) : fy, max(0, fx0 - 2) : fx1 + 3]
        if band.shape[0] < tick_h:
            continue
        inked = np.flatnonzero(band.all(axis=0)) + max(0, fx0 - 2)
        ticked.append((fx0, fx1, fy, merged(inked.tolist(), near)))
    lo, hi = mm_px(page.dpi, CELL_MM[0]), mm_px(page.dpi, CELL_MM[1])
    gaps = [
        b - a for _x0, _x1, _y, ticks in ticked for a, b in itertools.pairwise(ticks)
        if lo <= b - a <= hi
    ]  # fmt: skip
    if len(gaps) < 3:
        return []
    step = pitch(gaps)
    cells: list[tuple[int, int, int, int]] = []
    for fx0, fx1, fy, ticks in ticked:
        n = round((fx1 - fx0) / step)
        if not ticks or n < 2 or abs((fx1 - fx0) / n - step) > 0.15 * step:
            continue  # not a whole number of boxes: an underline, not a comb's floor
        even = [fx0 + round(k * (fx1 - fx0) / n) for k in range(n + 1)]
        on_tick = [any(abs(t - x) <= 0.25 * step for t in ticks) for x in even]
        if sum(on_tick[1:-1]) * 2 < n - 1:
            continue  # no ticks where its boxes part: a frame's edge, an underline
        cut = [snap(x, ticks, 0.25 * step) for x in even]
        height = round(1.4 * step)
        cells += [
            (x0 + a, top + max(0, fy - height), x0 + b, top + fy)
            for a, b in itertools.pairwise(cut)
        ]
    return cells if len(cells) >= 4 else []


def _floors(dark: np.ndarray, dpi: int) -> list[tuple[int, int, int]]:
    """(x0, x1, y) of each floor rule in ``dark``: a thin horizontal stroke at least
    ``FLOOR_MM`` long, left to right."""
    run = mm_px(dpi, FLOOR_MM)
    lines = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((1, run), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h = (int(v) for v in stats[i, :4])
        if h <= mm_px(dpi, 0.8):
            out.append((x, x + w - 1, y))
    return sorted(out)
