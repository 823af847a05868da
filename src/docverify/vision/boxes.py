"""Boxes printed on a form's line: framed groups of characters (a date's JJ | MM | AAAA,
its characters parted by short ticks standing on the frame's floor), found as the white
holes of closed frames, and the digits handwritten in them, read box by box and voted.
The low-level measures comb fields share (``vision.comb``) live here too: a length in
millimetres as pixels, the dark strip right of a label, a box's ink.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

import cv2
import numpy as np

from docverify import ocr
from docverify.model import PageText, Word

DIGITS = "0123456789"


LINE_INK = 0.85
"""A pixel darker than this share of the paper may belong to a printed rule: a box's thin
side, blurred by a scan, is a pale grey (only long straight runs of it count as rules)."""


def mm_px(dpi: int, mm: float) -> int:
    return max(1, round(mm / 25.4 * dpi))


def merged(xs: Sequence[int], near: int) -> list[int]:
    """Sorted positions, those less than ``near`` apart merged into their middle (a
    stroke's two edges, a side found twice).

    >>> merged([10, 12, 40, 70, 73, 75], 4)
    [11, 40, 73]
    """
    groups: list[list[int]] = []
    for x in xs:
        if groups and x - groups[-1][-1] < near:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [round(sum(g) / len(g)) for g in groups]


def pitch(gaps: Sequence[int]) -> float:
    """A comb's box width from the gaps between its sides: the mean of the gaps close to
    their median. Sides found to the pixel part a comb of 35.4-pixel boxes by 35s and 36s,
    whose median (36) miscounts a comb of thirty boxes or more and cuts its boxes across
    their sides.

    >>> round(pitch([35, 36, 35, 36, 35, 36, 36, 70]), 2)
    35.57
    """
    middle = float(np.median(gaps))
    alike = [g for g in gaps if abs(g - middle) <= 0.15 * middle]
    return float(np.mean(alike)) if alike else middle


def snap(x: int, marks: Sequence[int], reach: float) -> int:
    """The mark nearest ``x`` when it lies within ``reach``, else ``x``."""
    near = min(marks, key=lambda m: abs(m - x), default=x)
    return near if abs(near - x) <= reach else x


def at_height(
    img: np.ndarray, height: int, border: int, keep: tuple[float, float] = (1.0, 1.0)
) -> np.ndarray:
    """``img`` scaled so its characters stand ``height`` pixels tall (left as it is when the
    scale lies within ``keep``), with a white ``border``: what tesseract reads best."""
    scale = height / max(1, img.shape[0])
    if not keep[0] <= scale <= keep[1]:
        interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
        img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=interp)
    return cv2.copyMakeBorder(img, border, border, border, border, cv2.BORDER_CONSTANT, value=255)


def dark_strip(
    page: PageText, label: Sequence[Word], half_mm: float, width_mm: float, min_mm: float
) -> tuple[np.ndarray, int, int, int] | None:
    """The printed-rule-dark pixels of the strip right of ``label`` (``half_mm`` above and
    below its middle, ``width_mm`` long), with the strip's left and top in page pixels and
    its half height; None when the page leaves less than ``min_mm`` of room."""
    if page.image is None or not label:
        return None
    x0 = max(w.box[2] for w in label)
    cy = (min(w.box[1] for w in label) + max(w.box[3] for w in label)) // 2
    half = mm_px(page.dpi, half_mm)
    height, width = page.image.shape[:2]
    top, bottom = max(0, cy - half), min(height, cy + half)
    right = min(width, x0 + mm_px(page.dpi, width_mm))
    if right - x0 < mm_px(page.dpi, min_mm) or bottom - top < 8:
        return None
    strip = page.image[top:bottom, x0:right]
    background = float(np.percentile(strip, 90))
    return (strip < background * LINE_INK).astype(np.uint8), x0, top, half


PEN_INK = 0.75
"""A pixel darker than this share of the paper may be a pen's: a fine pen scanned soft
stands at two thirds of the paper's light (165 on 248), not at half."""


def inked(image: np.ndarray, cell: tuple[int, int, int, int], dpi: int) -> bool:
    """Does a box hold writing (a few hundredths of its inside as dark as a pen)? A box's
    own sides, top and floor, blurred into its inside on a soft photo, are no writing: a
    dark column or row near an edge running along most of the inside is left out."""
    x0, y0, x1, y1 = cell
    inset = max(2, mm_px(dpi, 0.6))
    inside = image[y0 + inset : y1 - inset, x0 + inset : x1 - inset]
    if inside.size == 0:
        return False
    background = float(np.percentile(image[y0:y1, x0:x1], 95))
    dark = inside < background * PEN_INK
    for axis in (0, 1):  # sides (columns), then top and floor (rows)
        length = dark.shape[1 - axis]
        edge = max(1, length // 5)
        side = dark.mean(axis=axis) >= 0.8
        side[edge : length - edge] = False
        if axis == 0:
            dark[:, side] = False
        else:
            dark[side, :] = False
    return float(dark.mean()) >= 0.03


PALE_PEN = 150
"""A pen whose darkest strokes stand less than this below the paper is pale (a fine pen
scanned soft): its strokes are darkened before they are read."""


def darkened(inside: np.ndarray) -> np.ndarray:
    """A box's inside with a pale pen's strokes stretched to black on white (tesseract
    loses strokes at two thirds of the paper's light); a dark pen's left as it is."""
    paper = float(np.percentile(inside, 95))
    ink = float(np.percentile(inside, 1))
    if not 40 <= paper - ink < PALE_PEN:
        return inside
    scaled = (inside.astype(np.float32) - ink) * (255.0 / (paper - ink))
    return np.clip(scaled, 0, 255).astype(np.uint8)


def framed_groups(
    page: PageText, label: Sequence[Word], width_mm: float = 110.0, longest_mm: float = 70.0
) -> list[tuple[int, int, int, int]]:
    """The insides of the boxes right of ``label`` on its line, left to right: one box a
    character, or one box a group of characters parted by short ticks (a date's JJ | MM |
    AAAA). Found as the white holes of closed frames of one height; a written 0 or 8 has
    holes too, but smaller than the box it is written in."""
    found = dark_strip(page, label, 7.0, width_mm, 10)
    if found is None:
        return []
    dark, x0, top, half = found
    contours, hierarchy = cv2.findContours(dark, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    lo_h, hi_h = mm_px(page.dpi, 3.0), mm_px(page.dpi, 12.0)
    holes = []
    for i, contour in enumerate(contours):
        if hierarchy[0][i][3] < 0:
            continue  # an outer edge, not a hole
        x, y, w, h = cv2.boundingRect(contour)
        if (
            lo_h <= h <= hi_h
            and mm_px(page.dpi, 2.5) <= w <= mm_px(page.dpi, longest_mm)
            and y < half < y + h
        ):
            holes.append((x, y, w, h))
    if not holes:
        return []
    tallest = max(h for _x, _y, _w, h in holes)
    boxes = sorted((x, y, w, h) for x, y, w, h in holes if h >= 0.8 * tallest)
    out: list[tuple[int, int, int, int]] = []
    for x, y, w, h in boxes:
        if out and x - (out[-1][2] - x0) > mm_px(page.dpi, 15):
            break  # far from the last box: another field
        out.append((x0 + x, top + y, x0 + x + w, top + y + h))
    return out


def without_ticks(inside: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """A box's inside without the short ticks that part its characters (strokes standing
    on its floor or hanging from its top, thin and at most three quarters of its height:
    print runs draw them from a third to two thirds of the box), and
    where the ticks stood (the characters' cells lie between them)."""
    background = float(np.percentile(inside, 95))
    dark = (inside < background * 0.6).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    h = inside.shape[0]
    ticks = np.zeros_like(dark)
    at: list[int] = []
    for i in range(1, n):
        x, y, w, hh = (int(v) for v in stats[i, :4])
        touches = y <= 0.04 * h + 1 or y + hh >= 0.96 * h - 1  # on the frame, a digit is not
        if touches and hh <= 0.75 * h and w <= max(3, 0.15 * h):
            ticks[labels == i] = 1
            at.append(x + w // 2)
    out = inside.copy()
    out[cv2.dilate(ticks, np.ones((5, 5), np.uint8)) > 0] = 255  # with their blurred edges
    return out, sorted(at)


_DIGIT_LOOKALIKES = str.maketrans("Il|i!]\\/OoZzSsBgqb", "111111110022558996")


def as_digits(text: str) -> str:
    """The digits of a box that holds only digits, letters read for them mapped back
    (a handwritten 1 read "l" or "i", a 0 read "O"); anything else dropped.

    >>> as_digits("il\\n"), as_digits("2O26"), as_digits("a-7"), as_digits("\\\\|")
    ('11', '2026', '7', '11')
    """
    return "".join(c for c in text.translate(_DIGIT_LOOKALIKES) if c.isdigit())


def _packed(zone: np.ndarray) -> np.ndarray:
    """The box's characters cut to their height and set side by side a third of their
    height apart: tesseract reads "1 9 8 8" spread over wide cells as noise ("58268"),
    and the same digits packed as a word ("1988")."""
    background = float(np.percentile(zone, 95)) if zone.size else 255.0
    dark = zone < background * 0.6
    rows = np.nonzero(dark.any(axis=1))[0]
    if rows.size == 0:
        return zone
    y0, y1 = int(rows[0]), int(rows[-1]) + 1
    cols = np.flatnonzero(np.diff(np.r_[0, dark.any(axis=0).astype(np.int8), 0]))
    runs = list(zip(cols[::2], cols[1::2], strict=True))  # ink column runs [a, b)
    gap = np.full((y1 - y0, max(4, (y1 - y0) // 3)), 255, np.uint8)
    parts: list[np.ndarray] = []
    for a, b in runs:
        parts += [zone[y0:y1, a:b], gap]
    return np.hstack(parts[:-1]).astype(np.uint8)


def _read_cell(cell: np.ndarray, configs: Sequence[tuple[str, str]]) -> list[str]:
    """One handwritten character alone in its cell, by each config ("" when empty)."""
    background = float(np.percentile(cell, 95)) if cell.size else 255.0
    cols = np.nonzero((cell < background * 0.6).any(axis=0))[0]
    rows = np.nonzero((cell < background * 0.6).any(axis=1))[0]
    if cols.size < 2 or rows.size < 0.3 * cell.shape[0]:
        return ["" for _ in configs]
    cell = cell[max(0, rows[0] - 2) : rows[-1] + 3, max(0, cols[0] - 2) : cols[-1] + 3]
    cell = at_height(cell, 48, 20)
    out = []
    for languages, config in configs:
        text = ocr.ocr_string(cell, languages, config.replace("--psm 7", "--psm 10"))
        out.append(next((c for c in as_digits(text)), ""))
    return out


def read_framed_digits(
    page: PageText,
    label: Sequence[Word],
    configs: Sequence[tuple[str, str]],
    width_mm: float = 110.0,
    longest_mm: float = 70.0,
) -> list[str]:
    """The digits written in the boxes right of ``label`` (``framed_groups``), each box
    read alone without its frame and ticks, by each (languages, config), as one line and
    character by character between its ticks: two strings per config, the boxes' digits
    parted by ``|`` (an empty box leaves its place: "23||1990"); none without boxes."""
    boxes = framed_groups(page, label, width_mm, longest_mm)
    if not boxes or page.image is None:
        return []
    whole = ["" for _ in configs]  # each box read as one line
    by_cell = ["" for _ in configs]  # each character between the ticks read alone
    inset = max(2, mm_px(page.dpi, 0.4))
    for x0, y0, x1, y1 in boxes:
        inside = page.image[y0 + inset : y1 - inset, x0 + inset : x1 - inset]
        if inside.size == 0 or not inked(page.image, (x0, y0, x1, y1), page.dpi):
            whole = [r + "|" for r in whole]
            by_cell = [r + "|" for r in by_cell]
            continue
        zone, ticks = without_ticks(inside)
        zone = darkened(zone)
        edges = [0, *ticks, zone.shape[1]]
        for cell in (zone[:, a:b] for a, b in itertools.pairwise(edges) if b - a > 3):
            for k, digit in enumerate(_read_cell(cell, configs)):
                by_cell[k] += digit
        zone = at_height(_packed(zone), 48, 16)
        for k, (languages, config) in enumerate(configs):
            whole[k] += as_digits(ocr.ocr_string(zone, languages, config))
        whole = [r + "|" for r in whole]
        by_cell = [r + "|" for r in by_cell]
    return [r[:-1] for r in whole + by_cell]  # the last box's "|" off


def vote_groups(reads: Sequence[str], sizes: Sequence[int]) -> str | None:
    """Boxes of digits read several ways ("23|0|1990", "|01|1990"), voted box by box among
    the readings of the expected size; None unless every box has one.

    >>> vote_groups(["23|0|1990", "|01|1990", "23|01|19"], (2, 2, 4))
    '23 01 1990'
    >>> vote_groups(["21|0|189", "21|03|18"], (2, 2, 4)) is None
    True
    """
    split = [r.split("|") for r in reads if r.count("|") == len(sizes) - 1]
    out = []
    for i, size in enumerate(sizes):
        seen = Counter(g[i] for g in split if len(g[i]) == size)
        if not seen:
            return None
        out.append(seen.most_common(1)[0][0])
    return " ".join(out)
