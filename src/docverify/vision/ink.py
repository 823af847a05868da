"""Ink measured in a zone of the page: is there a signature, is a box ticked?

OCR cannot tell a signature or a tick; the pixels can. A zone is located from the
words around it (the "Signature" label, a checkbox's caption), printed words inside the
zone are masked out, and what dark ink remains is measured against the page's own
background, so scan noise or paper tint do not count as ink.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import cv2
import numpy as np

from docverify.model import PageText, Word
from docverify.values.names import fold_upper

SIGNATURE_MIN_INK = 0.004
"""Share of dark pixels (after masking printed words) that makes a zone 'signed'."""


def _mm(page: PageText, mm: float) -> int:
    return round(mm / 25.4 * page.dpi)


def ink_ratio(
    image: np.ndarray, box: tuple[int, int, int, int], mask_words: Sequence[Word] = ()
) -> float:
    """Share of ink pixels in ``box`` (x0, y0, x1, y1), printed words masked out.

    Ink is judged against the page's background level (its bright percentile), and only
    blobs bigger than specks count, so JPEG noise and grain stay out.
    """
    h, w = image.shape[:2]
    x0, y0, x1, y1 = max(0, box[0]), max(0, box[1]), min(w, box[2]), min(h, box[3])
    if x1 - x0 < 4 or y1 - y0 < 4:
        return 0.0
    zone = image[y0:y1, x0:x1].copy()
    for word in mask_words:
        wx0, wy0, wx1, wy1 = word.box
        zone[
            max(0, wy0 - y0 - 2) : max(0, wy1 - y0 + 2), max(0, wx0 - x0 - 2) : max(0, wx1 - x0 + 2)
        ] = 255
    background = float(np.percentile(zone, 90))
    dark = (zone < background * 0.6).astype(np.uint8)
    # drop specks: keep connected components of a few pixels or more
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    keep = np.zeros(n, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= 6
    return float(keep[labels].mean())


def find_label(page: PageText, pattern: str, last: bool = True) -> Word | None:
    rx = re.compile(pattern)
    hits = [w for w in page.words if rx.search(fold_upper(w.text))]
    if not hits:
        return None
    return hits[-1] if last else hits[0]


def signature_present(page: PageText, label: str = r"SIGNATURE") -> bool | None:
    """True if the zone under/after the signature label holds handwriting-like ink.

    None when there is no label to anchor the zone or no image.
    """
    if page.image is None:
        return None
    word = find_label(page, label)
    if word is None:
        return None
    x0, _y0, _x1, y1 = word.box
    zone = (x0 - _mm(page, 15), y1 + _mm(page, 1), x0 + _mm(page, 90), y1 + _mm(page, 35))
    printed = [w for w in page.words if w.conf >= 70 and len(w.text) > 2 and w.text.isalpha()]
    return ink_ratio(page.image, zone, printed) >= SIGNATURE_MIN_INK


def checkbox_ticked(page: PageText, caption: Word, side_mm: float = 6.0) -> bool | None:
    """Is the checkbox just left of ``caption`` ticked? None when nothing box-like is there."""
    if page.image is None:
        return None
    x0, y0, _x1, y1 = caption.box
    size = _mm(page, side_mm)
    cy = (y0 + y1) // 2
    search = (x0 - size * 2, cy - size, x0, cy + size)
    h, w = page.image.shape[:2]
    sx0, sy0, sx1, sy1 = max(0, search[0]), max(0, search[1]), min(w, search[2]), min(h, search[3])
    zone = page.image[sy0:sy1, sx0:sx1]
    if zone.size == 0:
        return None
    _, binary = cv2.threshold(zone, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    contours, _ = cv2.findContours(binary, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes = [cv2.boundingRect(c) for c in contours]
    squares = [
        b
        for b in boxes
        if b[2] >= size * 0.35 and b[3] >= size * 0.35 and 0.6 <= b[2] / max(1, b[3]) <= 1.6
    ]
    if not squares:
        return None
    bx, by, bw, bh = max(squares, key=lambda b: b[2] * b[3])
    inset = max(2, int(min(bw, bh) * 0.2))
    inner = zone[by + inset : by + bh - inset, bx + inset : bx + bw - inset]
    if inner.size == 0:
        return None
    background = float(np.percentile(zone, 95))
    return float((inner < background * 0.6).mean()) > 0.08
