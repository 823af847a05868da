"""Characters written one per box ("comb" fields: a date of birth as JJ MM AAAA, a social
security number), read after the boxes' printed lines are taken out.

Tesseract reads the box frames as ``|`` and ``1`` and loses the digits between them; with
the long straight strokes removed (the frames, the baseline), what remains is the
handwriting, read as one line.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import cv2
import numpy as np

from docverify import ocr
from docverify.model import PageText, Word

DIGITS = "0123456789"


def _mm(dpi: int, mm: float) -> int:
    return max(1, round(mm / 25.4 * dpi))


def comb_zone(page: PageText, label: Sequence[Word], width_mm: float = 75.0) -> np.ndarray | None:
    """The strip right of ``label`` where its boxes stand (boxes are taller than text)."""
    if page.image is None or not label:
        return None
    x0 = max(w.box[2] for w in label)
    y0 = min(w.box[1] for w in label)
    y1 = max(w.box[3] for w in label)
    h = max(8, y1 - y0)
    height, width = page.image.shape[:2]
    top, bottom = max(0, y0 - h), min(height, y1 + h)
    right = min(width, x0 + _mm(page.dpi, width_mm))
    if right - x0 < 20 or bottom - top < 8:
        return None
    return page.image[top:bottom, x0 + 2 : right]


def without_lines(zone: np.ndarray, dpi: int) -> np.ndarray:
    """The zone with its long horizontal and vertical strokes painted white."""
    background = float(np.percentile(zone, 90))
    dark = (zone < background * 0.75).astype(np.uint8)
    h_len = max(8, _mm(dpi, 5.0))
    v_len = max(6, int(zone.shape[0] * 0.55))
    horizontal = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((1, h_len), np.uint8))
    vertical = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((v_len, 1), np.uint8))
    lines = cv2.dilate(np.maximum(horizontal, vertical), np.ones((3, 3), np.uint8))
    out = zone.copy()
    out[lines > 0] = 255
    return out


def read_comb_digits(page: PageText, label: Sequence[Word], width_mm: float = 75.0) -> str:
    """The digits written in the boxes right of ``label`` (may be empty)."""
    zone = comb_zone(page, label, width_mm)
    if zone is None:
        return ""
    clean = without_lines(zone, page.dpi)
    scale = 48 / max(1, clean.shape[0])  # characters near tesseract's preferred height
    if scale > 1.2:
        clean = cv2.resize(clean, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    clean = cv2.copyMakeBorder(clean, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)
    text = ocr.ocr_string(clean, "eng", f"--psm 7 -c tessedit_char_whitelist={DIGITS}")
    return "".join(c for c in text if c.isdigit())


CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ-"
"""What a name comb holds: the form asks for capitals, one a box."""
CELL_MM = (2.5, 9.0)
"""Widths a comb's boxes are printed at."""


def comb_cells(
    page: PageText, label: Sequence[Word], width_mm: float = 170.0
) -> list[tuple[int, int, int, int]]:
    """The boxes of a comb field right of ``label`` on its line (page pixels, left to
    right), from the vertical sides they share: sides of one height, regularly spaced.
    Empty when there is no comb (a plain line, a free-text field)."""
    if page.image is None or not label:
        return []
    x0 = max(w.box[2] for w in label)
    cy = (min(w.box[1] for w in label) + max(w.box[3] for w in label)) // 2
    half = _mm(page.dpi, 6.0)
    height, width = page.image.shape[:2]
    top, bottom = max(0, cy - half), min(height, cy + half)
    right = min(width, x0 + _mm(page.dpi, width_mm))
    if right - x0 < _mm(page.dpi, 20) or bottom - top < 8:
        return []
    strip = page.image[top:bottom, x0:right]
    background = float(np.percentile(strip, 90))
    dark = (strip < background * 0.75).astype(np.uint8)
    vertical = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((_mm(page.dpi, 3.5), 1), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(vertical, connectivity=8)
    sides = sorted(
        (int(stats[i, cv2.CC_STAT_LEFT]), int(stats[i, cv2.CC_STAT_TOP]),
         int(stats[i, cv2.CC_STAT_HEIGHT]))
        for i in range(1, n)
    )  # fmt: skip
    if len(sides) < 4:
        return []
    tall = float(np.median([h for _x, _y, h in sides]))
    sides = [s for s in sides if abs(s[2] - tall) <= 0.2 * tall]
    lo, hi = _mm(page.dpi, CELL_MM[0]), _mm(page.dpi, CELL_MM[1])
    xs = [x for x, _y, _h in sides]
    gaps = [b - a for a, b in itertools.pairwise(xs) if lo <= b - a <= hi]
    if len(gaps) < 3:
        return []
    step = float(np.median(gaps))

    # the boxes' sides stand on a regular grid; a letter's stem (as tall as a box in a
    # large hand) stands off it: the grid is the phase most sides agree with
    def on_grid(anchor: int) -> list[int]:
        return [x for x in xs if abs((x - anchor) / step - round((x - anchor) / step)) <= 0.15]

    grid = max((on_grid(x) for x in xs), key=len)
    if len(grid) < 4:
        return []
    row_top = top + min(y for x, y, _h in sides if x in grid)
    row_bottom = row_top + int(tall)
    cells: list[tuple[int, int, int, int]] = []
    x = grid[0]
    while x + 0.5 * step < grid[-1]:
        expected = x + step
        near = [g for g in grid if abs(g - expected) <= 0.2 * step]
        nxt = near[0] if near else round(expected)
        if not near and not any(g > expected for g in grid):
            break
        if (
            not near
            and expected - grid[0] > 0
            and not any(abs(g - expected) <= 1.2 * step for g in grid)
        ):
            break  # a gap of more than a box: the comb has ended (another field follows)
        cells.append((x0 + x, row_top, x0 + nxt, row_bottom))
        x = nxt
    return cells if len(cells) >= 4 else []


def _inked(image: np.ndarray, cell: tuple[int, int, int, int], dpi: int) -> bool:
    x0, y0, x1, y1 = cell
    inset = max(2, _mm(dpi, 0.6))
    inside = image[y0 + inset : y1 - inset, x0 + inset : x1 - inset]
    if inside.size == 0:
        return False
    background = float(np.percentile(image[y0:y1, x0:x1], 95))
    return float((inside < background * 0.6).mean()) >= 0.03


def _letters(image: np.ndarray, cells: Sequence[tuple[int, int, int, int]], dpi: int) -> np.ndarray:
    """The insides of a run of boxes side by side, without their printed sides: the
    letters as a word, a little apart."""
    inset = max(2, _mm(dpi, 0.5))
    y0 = min(c[1] for c in cells) + inset
    y1 = max(c[3] for c in cells) - inset
    gap = np.full((max(1, y1 - y0), max(2, (y1 - y0) // 8)), 255, dtype=np.uint8)
    parts: list[np.ndarray] = [gap]
    for x0, _t, x1, _b in cells:
        inside = image[y0:y1, x0 + inset : x1 - inset]
        if not inside.size:
            continue
        # the letter alone, so the word reads as a word, not as letters far apart
        cols = np.nonzero((inside < float(np.percentile(inside, 95)) * 0.6).any(axis=0))[0]
        if cols.size:
            inside = inside[:, max(0, cols[0] - 1) : cols[-1] + 2]
        parts.extend((inside, gap))
    return np.hstack(parts)


def read_comb_words(
    page: PageText, label: Sequence[Word], configs: Sequence[tuple[str, str]]
) -> list[str] | None:
    """The words written one letter a box in the comb right of ``label``: each run of
    filled boxes is a word, read alone with the boxes' sides taken out, by each
    (languages, config). None when there is no comb; one reading per config otherwise
    (empty for a blank comb)."""
    cells = comb_cells(page, label)
    if not cells or page.image is None:
        return None
    image = page.image
    filled = [_inked(image, c, page.dpi) for c in cells]
    words: list[tuple[int, int]] = []
    start = None
    for i, f in enumerate([*filled, False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            words.append((start, i - 1))
            start = None
    reads: list[list[str]] = [[] for _ in configs]
    for a, b in words:
        zone = _letters(image, cells[a : b + 1], page.dpi)
        scale = 64 / max(1, zone.shape[0])
        if scale > 1.2 or scale < 0.7:
            interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
            zone = cv2.resize(zone, None, fx=scale, fy=scale, interpolation=interp)
        zone = cv2.copyMakeBorder(zone, 16, 16, 16, 16, cv2.BORDER_CONSTANT, value=255)
        for k, (languages, config) in enumerate(configs):
            text = ocr.ocr_string(zone, languages, config).strip()
            word = "".join(c for c in text.upper() if c.isalpha() or c in "-'")
            if word:
                reads[k].append(word)
    return [" ".join(r) for r in reads]
