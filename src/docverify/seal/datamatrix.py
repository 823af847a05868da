"""Finding and decoding DataMatrix codes in a page image (zxing-cpp), as bytes.

A 2D-Doc printed on a bill is 15-25 mm wide: at 300 dpi its modules are 4-6 pixels, at
100 dpi (the image docverify keeps of a PDF page that has a text layer) under two. So:

1. one pass of zxing over the page (larger images reduced to ``FULL_PASS_SIDE``
   pixels first, which keeps a page without any code under 0.1 s);
2. if nothing is found, the square, dense, textured blobs of the page (``candidates``)
   are cut out of the full-resolution image and decoded one by one, each retried once
   enlarged when its modules are too small, and, when the caller can render the page
   sharper (a PDF page), once more from that rendering.

zxing's bytes are kept as they are (``Barcode.bytes``, never its text): the signature
covers exactly those bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

Box = tuple[int, int, int, int]
Sharper = Callable[[Box], "np.ndarray | None"]
"""Renders a region of the page (a box in the page image's pixels) at a higher
resolution; None when it cannot."""

FULL_PASS_SIDE = 1800
"""The full-page pass runs on the image reduced to this many pixels on its longest side."""
LOCATOR_SIDE = 1000
"""Candidate blobs are looked for on the image reduced to this size."""
SMALL_CROP = 360
"""A candidate smaller than this (pixels) is enlarged (at least twice, to about this size)
and binarised for its retry."""
MAX_CANDIDATES = 6
_DATAMATRIX = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.DataMatrix)


@dataclass(frozen=True)
class FoundCode:
    data: bytes
    box: Box
    """Where on the page (pixels of the image given)."""
    how: str
    """``page``, ``crop``, ``enlarged`` or ``sharper``: which pass read it."""


def _grey(image: np.ndarray) -> np.ndarray:
    if image.ndim == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return image


def _read(image: np.ndarray) -> list[tuple[bytes, Box]]:
    out: list[tuple[bytes, Box]] = []
    # a DataMatrix's finder is found in any orientation; 2D-Docs are dark on light
    for r in zxingcpp.read_barcodes(image, formats=_DATAMATRIX, try_rotate=False, try_invert=False):
        if not r.valid:
            continue
        p = r.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_right.x, p.bottom_left.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_right.y, p.bottom_left.y]
        out.append((bytes(r.bytes), (min(xs), min(ys), max(xs), max(ys))))
    return out


def reduce(grey: np.ndarray, side: int) -> tuple[np.ndarray, float]:
    """The image brought down to ``side`` pixels on its longest side (halvings, then a
    linear resize: both fast), and the factor applied."""
    factor = 1.0
    while max(grey.shape[:2]) >= 2 * side:
        grey = cv2.pyrDown(grey)
        factor /= 2
    longest = max(grey.shape[:2])
    if longest > side:
        f = side / longest
        grey = cv2.resize(grey, None, fx=f, fy=f, interpolation=cv2.INTER_LINEAR)
        factor *= f
    return grey, factor


def _scaled_box(box: Box, factor: float, offset: tuple[int, int] = (0, 0)) -> Box:
    x0, y0, x1, y1 = box
    dx, dy = offset
    return (
        int(x0 * factor) + dx,
        int(y0 * factor) + dy,
        int(x1 * factor) + dx,
        int(y1 * factor) + dy,
    )


def candidates(image: np.ndarray, limit: int = MAX_CANDIDATES) -> list[Box]:
    """Boxes (in ``image`` pixels) of blobs that may be a DataMatrix: about square, 1.5 to
    30 % of the page's longest side, half inked, with ink changing often along rows and
    columns alike (text is a row of strokes; a logo is a solid shape)."""
    small, scale = reduce(_grey(image), LOCATOR_SIDE)
    ink = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 12
    )
    side = max(small.shape)
    k = max(3, round(side / 220))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, kernel)
    # every component's outline (a photo's dark surroundings hold the page as a hole)
    contours, hierarchy = cv2.findContours(closed, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    scored: list[tuple[float, Box]] = []
    for i, contour in enumerate(contours):
        if hierarchy[0][i][3] != -1:  # a hole
            continue
        x, y, bw, bh = cv2.boundingRect(contour)
        if not (side * 0.015 <= min(bw, bh) and max(bw, bh) <= side * 0.3):
            continue
        aspect = bw / bh
        if not 0.7 <= aspect <= 1.45 or cv2.contourArea(contour) < 0.6 * bw * bh:
            continue
        patch = ink[y : y + bh, x : x + bw] > 0
        density = float(patch.mean())
        if not 0.25 <= density <= 0.85:
            continue
        rows = float(np.mean(patch[:, 1:] != patch[:, :-1]))
        cols = float(np.mean(patch[1:, :] != patch[:-1, :]))
        if min(rows, cols) < 0.08 or max(rows, cols) > 2.5 * min(rows, cols):
            continue
        score = min(rows, cols) - abs(density - 0.5) - abs(1 - aspect) * 0.2
        scored.append((score, (x, y, x + bw, y + bh)))
    scored.sort(key=lambda s: -s[0])
    return [_scaled_box(b, 1 / scale) for _s, b in scored[:limit]]


def _crop(grey: np.ndarray, box: Box, margin: float = 0.25) -> tuple[np.ndarray, int, int]:
    x0, y0, x1, y1 = box
    m = int(max(x1 - x0, y1 - y0) * margin) + 4
    h, w = grey.shape[:2]
    cx0, cy0 = max(0, x0 - m), max(0, y0 - m)
    return grey[cy0 : min(h, y1 + m), cx0 : min(w, x1 + m)], cx0, cy0


def read_codes(image: np.ndarray | None, sharper: Sharper | None = None) -> list[FoundCode]:
    """Every DataMatrix on the page (usually none or one), as bytes."""
    if image is None or image.size == 0:
        return []
    grey = _grey(image)
    work, factor = reduce(grey, FULL_PASS_SIDE)
    found = [FoundCode(d, _scaled_box(b, 1 / factor), "page") for d, b in _read(work)]
    if found:
        return found
    seen: set[bytes] = set()
    for box in candidates(grey):
        for data, where, how in _read_candidate(grey, box, sharper):
            if data not in seen:
                seen.add(data)
                found.append(FoundCode(data, where, how))
    return found


def _read_candidate(
    grey: np.ndarray, box: Box, sharper: Sharper | None
) -> list[tuple[bytes, Box, str]]:
    crop, ox, oy = _crop(grey, box)
    hits = [(d, _scaled_box(b, 1.0, (ox, oy)), "crop") for d, b in _read(crop)]
    if hits:
        return hits
    if max(crop.shape) < SMALL_CROP:  # the one retry for a small code: enlarged
        enlarge = max(2.0, SMALL_CROP / max(crop.shape))
        big = cv2.resize(crop, None, fx=enlarge, fy=enlarge, interpolation=cv2.INTER_CUBIC)
        block = int(enlarge * 8) | 1  # about two modules of a small code
        hits = []
        for binarised in (None, (block, 2), (block + 8, 6)):
            image = big
            if binarised is not None:
                image = cv2.adaptiveThreshold(
                    big, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, *binarised
                )
            hits = [(d, _scaled_box(b, 1 / enlarge, (ox, oy)), "enlarged") for d, b in _read(image)]
            if hits:
                break
        if hits:
            return hits
    if sharper is not None:
        hires = sharper(box)
        if hires is not None and hires.size:
            return [(d, box, "sharper") for d, _b in _read(_grey(hires))]
    return []
