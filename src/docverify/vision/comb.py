"""Characters written one per box ("comb" fields: a date of birth as JJ MM AAAA, a social
security number), read after the boxes' printed lines are taken out.

Tesseract reads the box frames as ``|`` and ``1`` and loses the digits between them; with
the long straight strokes removed (the frames, the baseline), what remains is the
handwriting, read as one line.
"""

from __future__ import annotations

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
