"""Checkboxes: the square frame left of a caption and the ink inside it, a tick or a
cross told from an empty box by the share of the inside it darkens (not by what OCR made of
the mark: "XX]", "CJ"...)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from docverify.model import PageText, Word
from docverify.vision.boxes import mm_px
from docverify.vision.ink import DARK, FRAME_DARK, clip_box, framed

CHECKBOX_MIN_INK = 0.10
"""Share of dark pixels inside a checkbox frame (margin excluded) that makes it ticked.
An empty box measures below 0.02; a cross or a check mark 0.2 to 0.6."""


@dataclass(frozen=True)
class CheckboxMeasure:
    """A checkbox found left of a caption: its frame (page pixels) and the ink inside."""

    frame: tuple[int, int, int, int]
    ratio: float

    @property
    def ticked(self) -> bool:
        return self.ratio >= CHECKBOX_MIN_INK


def find_checkbox(page: PageText, caption: Word, reach_mm: float = 14.0) -> CheckboxMeasure | None:
    """The square frame nearest to the left of ``caption`` on its line, and its inner ink.

    Frames 2 to 7 mm wide are looked for among the contours of the zone (outer and inner
    contours both, so a tick touching the frame does not hide it). None when nothing
    box-like is there.
    """
    if page.image is None:
        return None
    x0, y0, _x1, y1 = caption.box
    cy = (y0 + y1) // 2
    half = mm_px(page.dpi, 5)
    clipped = clip_box(page.image, (x0 - mm_px(page.dpi, reach_mm), cy - half, x0, cy + half))
    if clipped is None:
        return None
    zx0, zy0, zx1, zy1 = clipped
    zone = page.image[zy0:zy1, zx0:zx1]
    background = float(np.percentile(zone, 90))
    # the printed frame may be faint (thin line, blur, JPEG, low dpi): found with a
    # lighter threshold and small gaps closed; the ink inside is judged strictly
    frame_mask = np.asarray(
        cv2.morphologyEx(
            (zone < background * FRAME_DARK).astype(np.uint8),
            cv2.MORPH_CLOSE,
            np.ones((3, 3), np.uint8),
        ),
        dtype=np.uint8,
    )
    contours, _ = cv2.findContours(frame_mask * 255, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    lo, hi = mm_px(page.dpi, 2.0), mm_px(page.dpi, 7.0)
    squares = []
    for c in contours:
        bx, by, bw, bh = cv2.boundingRect(c)
        if (
            lo <= bw <= hi
            and lo <= bh <= hi
            and 0.75 <= bw / bh <= 1.33
            and framed(frame_mask, (bx, by, bw, bh))
        ):
            squares.append((bx, by, bw, bh))
    if not squares:
        return None
    # the frame nearest to the caption; among nested contours (outer and inner edge of
    # the same frame) the outer one
    right = max(b[0] + b[2] for b in squares)
    near = [b for b in squares if b[0] + b[2] >= right - mm_px(page.dpi, 1.5)]
    bx, by, bw, bh = max(near, key=lambda b: b[2] * b[3])
    frame = (zx0 + bx, zy0 + by, zx0 + bx + bw, zy0 + by + bh)
    ratio = box_ink(page.image, frame)
    return None if ratio is None else CheckboxMeasure(frame, ratio)


def box_ink(
    image: np.ndarray, frame: tuple[int, int, int, int], dark: float = DARK
) -> float | None:
    """Share of ink inside a checkbox frame, a margin kept from the frame's lines; ink is
    what is darker than ``dark`` of the paper's grey."""
    x0, y0, x1, y1 = frame
    inset = max(2, round(min(x1 - x0, y1 - y0) * 0.22))
    clipped = clip_box(image, (x0 + inset, y0 + inset, x1 - inset, y1 - inset))
    if clipped is None:
        return None
    around = clip_box(image, (x0 - inset, y0 - inset, x1 + inset, y1 + inset))
    assert around is not None
    background = float(np.percentile(image[around[1] : around[3], around[0] : around[2]], 90))
    inner = image[clipped[1] : clipped[3], clipped[0] : clipped[2]]
    return float((inner < max(40.0, background * dark)).mean())
