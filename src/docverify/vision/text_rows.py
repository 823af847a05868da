"""Rows of text on a page that the OCR's layout analysis did not give: ink no word covers,
joined into line-shaped blobs (``uncovered_text_lines``), and the small print set in pale
grey that one threshold for the whole page turns into paper (``pale_text_lines``)."""

from __future__ import annotations

import cv2
import numpy as np

MIN_LINE_ASPECT = 1.5
"""A blob of ink this many times wider than tall may be text: a short word alone in a
form's box ("IYER", "DIOP", "CHEN") beside the box's edge is about twice its height."""


def uncovered_text_lines(
    image: np.ndarray, boxes: list[tuple[int, int, int, int]], dpi: int
) -> list[tuple[int, int, int, int]]:
    """Text-like rows of ink that no OCR word covers.

    Tesseract's layout analysis sometimes drops whole rows (form rows with dotted
    leaders are a classic). Ink outside every word box is joined into line-shaped
    blobs; those with a text line's height and enough characters' width come back.
    """
    _, binary = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    pad = max(2, dpi // 100)
    for x0, y0, x1, y1 in boxes:
        binary[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = 0
    # remove rulings and dotted leaders: thin horizontal runs over an inch long (shorter
    # runs may be the tops of letters in a long word)
    closed = cv2.morphologyEx(
        binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (dpi // 30 + 1, 1))
    )
    rulings = cv2.morphologyEx(
        closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (dpi, 1))
    )
    binary[cv2.dilate(rulings, np.ones((3, 3), np.uint8)) > 0] = 0
    # and a table's vertical rules, taller than a line of text: joined to a cell's words
    # they would make the row too tall to be text
    upright = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(dpi * 0.4)))
    )
    binary[cv2.dilate(upright, np.ones((3, 3), np.uint8)) > 0] = 0
    # specks out, then characters joined into words and lines
    binary = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    joined = cv2.dilate(
        binary, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, dpi // 12), max(1, dpi // 100)))
    )
    contours, _ = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    min_h, max_h = dpi * 0.06, dpi * 0.5  # ~4.5 pt to ~36 pt text
    out = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if not (min_h <= h <= max_h) or w < MIN_LINE_ASPECT * h:
            continue
        ink = binary[y : y + h, x : x + w]
        if ink.mean() / 255 < 0.06:
            continue
        out.append((x, y, x + w, y + h))
    return _merge_rows(sorted(out, key=lambda b: (b[1], b[0])), image.shape[1], image.shape[0])


def _merge_rows(
    boxes: list[tuple[int, int, int, int]], width: int, height: int
) -> list[tuple[int, int, int, int]]:
    """Join boxes of one row separated by less than two line heights, with a margin."""
    merged: list[list[int]] = []
    for x0, y0, x1, y1 in sorted(boxes, key=lambda b: (b[0], b[1])):
        h = y1 - y0
        for m in merged:
            overlap = min(m[3], y1) - max(m[1], y0)
            if overlap > 0.5 * min(h, m[3] - m[1]) and x0 - m[2] < 2 * h:
                m[:] = [min(m[0], x0), min(m[1], y0), max(m[2], x1), max(m[3], y1)]
                break
        else:
            merged.append([x0, y0, x1, y1])
    out = []
    for x0, y0, x1, y1 in merged:
        pad = max(4, (y1 - y0) // 3)
        out.append(
            (max(0, x0 - pad), max(0, y0 - pad), min(width, x1 + pad), min(height, y1 + pad))
        )
    return sorted(out, key=lambda b: (b[1], b[0]))
