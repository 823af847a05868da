"""Dot leaders: the rows of dots or short dashes that run from a label to its value on
certificates and forms ("Nom de famille ........ EL IDRISSI ........", "Nom : BENALI
- - - - - - : اللقب"). Tesseract reads them as letters and then reads the typed value
between them as noise ("BE LURE Ome RER SGA"); they are erased from the image OCR reads
(the page image the other stages measure keeps them).

A dot leader is a run of at least ``MIN_RUN`` small, isolated blobs (round dots, or
dashes no taller than a dot) on one baseline at a regular pitch. A full stop, the dot of
an ``i``, a hyphen or a diacritic is alone, and a row of fillers ``<<<`` or an
underline is no dot: neither is touched.
"""

from __future__ import annotations

import itertools

import cv2
import numpy as np

MIN_RUN = 8
"""Dots in a row before they make a leader."""
MIN_DPI = 150
"""Below this, a leader's dots are a pixel or two: not told from a background's specks."""
MAX_DOT_MM = 0.7
"""Largest side of a leader dot (a 12 pt full stop is about 0.5 mm)."""
MAX_DASH = 2.5
"""Longest dash of a dashed leader, in largest dot sides (about 1.7 mm)."""
PITCH_TOLERANCE = 0.35
"""How far a gap between neighbouring dots may stray from the run's median pitch."""


def _ink(image: np.ndarray) -> np.ndarray:
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    # darker than the paper by a quarter: a dot softened by the deskew's interpolation
    # stays ink, where Otsu's threshold (set between the paper and the text) loses it
    paper = float(np.percentile(grey[::4, ::4], 90))  # a sixteenth of the pixels tells
    return (grey < 0.75 * paper).astype(np.uint8)


def leader_dots(image: np.ndarray, dpi: int) -> list[tuple[int, int, int, int]]:
    """Boxes ``(x, y, w, h)`` of the dots of every dot leader on the page."""
    if dpi < MIN_DPI:
        return []
    ink = _ink(image)
    _, _, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    largest = max(2, round(MAX_DOT_MM / 25.4 * dpi))
    w, h, area = stats[:, 2], stats[:, 3], stats[:, 4]
    dot = (w <= largest) & (np.maximum(w, h) <= 2 * np.minimum(w, h) + 1)
    dash = (w > h) & (w <= MAX_DASH * largest)
    small = (area >= 3) & (h <= largest) & (dot | dash)
    filled = area >= 0.4 * w * h  # a dot, not a thin piece of a stroke
    picked = np.flatnonzero(small & filled)
    dots: list[int] = [int(i) for i in picked if i != 0]
    if len(dots) < MIN_RUN:
        return []
    # rows: dots whose centres lie on one line, left to right
    dots.sort(key=lambda i: (centroids[i][1], centroids[i][0]))
    rows: list[list[int]] = []
    for i in dots:
        cy = centroids[i][1]
        for row in rows[-8:]:
            if abs(centroids[row[-1]][1] - cy) <= max(1.5, largest * 0.6):
                row.append(i)
                break
        else:
            rows.append([i])
    # any small speck: a background's texture is full of them, a leader stands on paper
    specks = centroids[np.flatnonzero((w <= largest) & (h <= largest))[1:]]
    out: list[tuple[int, int, int, int]] = []
    for row in rows:
        if len(row) < MIN_RUN:
            continue
        row.sort(key=lambda i: centroids[i][0])
        for run in _runs(row, centroids, stats, largest):
            x0, x1 = centroids[run[0]][0], centroids[run[-1]][0]
            cy = float(np.median(centroids[run, 1]))
            dy = np.abs(specks[:, 1] - cy)
            around = (specks[:, 0] >= x0) & (specks[:, 0] <= x1)
            around &= (dy > 1.5 * largest) & (dy <= 4 * largest)
            if int(around.sum()) > 0.3 * len(run):
                continue
            for i in run:
                x, y, bw, bh = (int(v) for v in stats[i][:4])
                out.append((x, y, bw, bh))
    return out


def _runs(
    row: list[int], centroids: np.ndarray, stats: np.ndarray, largest: int
) -> list[list[int]]:
    """The dots of ``row`` that stand at a regular pitch, in runs of ``MIN_RUN`` or more
    (a run breaks where a value interrupts it or a dot is missing)."""
    xs = [float(centroids[i][0]) for i in row]
    gaps = [b - a for a, b in itertools.pairwise(xs)]
    near = [g for g in gaps if 0 < g <= 5 * largest]
    if len(near) < MIN_RUN - 1:
        return []
    pitch = float(np.median(near))
    out: list[list[int]] = []
    run = [row[0]]

    def close() -> None:
        if len(run) < MIN_RUN:
            return
        areas = stats[run, 4]
        middle = float(np.median(areas))
        # one printed mark repeated (the last one may be cut short where the leader ends)
        alike = (areas >= 0.5 * middle) & (areas <= 2.0 * middle)
        same = int(alike.sum()) >= max(MIN_RUN, 0.9 * len(run))
        spaced = pitch >= 1.5 * float(np.median(stats[run, 2]))
        if same and spaced:  # with paper between
            out.append(list(run))

    for i, gap in zip(row[1:], gaps, strict=True):
        if abs(gap - pitch) <= PITCH_TOLERANCE * pitch + 1:
            run.append(i)
        else:
            close()
            run = [i]
    close()
    return out


def erase_dot_leaders(image: np.ndarray, dpi: int) -> np.ndarray:
    """The image with its dot leaders painted over in white (a copy; the image itself is
    returned unchanged when it has none).

    >>> page = np.full((60, 400), 255, np.uint8)
    >>> for x in range(20, 300, 8):
    ...     page[40:43, x:x + 3] = 0
    >>> page[10:30, 320:324] = 0  # a stroke of a letter
    >>> clean = erase_dot_leaders(page, 200)
    >>> int((clean[40:43, 20:300] == 0).sum()), int((clean[10:30, 320:324] == 0).sum())
    (0, 80)
    """
    boxes = leader_dots(image, dpi)
    if not boxes:
        return image
    out = image.copy()
    paper = 255 if image.ndim == 2 else (255, 255, 255)
    pad = max(1, round(dpi / 100))  # the dot's soft edge, lighter than the threshold
    for x, y, w, h in boxes:
        cv2.rectangle(out, (x - pad, y - pad), (x + w - 1 + pad, y + h - 1 + pad), paper, -1)
    return out
