"""Writing crossed out: a word struck through by straight strokes drawn across it.

A hand that wrote in the wrong box (the town of "Fait à" in the signature box) crosses the
word out with one or more strokes across its middle, each over much of its width. A
signature's own strokes are curves; its flourish runs under it or trails off; and a
single line through a name is some signers' style, so it takes at least two strokes,
near parallel, across the middle of the ink, to call the writing struck out.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import cv2
import numpy as np

from docverify.vision.boxes import LINE_INK

STRIKE_SPAN = 0.5
"""A strike runs across at least this share of the writing's width..."""
STRIKE_ACROSS = 0.75
"""...and one of them, at least, across this share of it: a hand strikes a word out from
its first letter to its last (the line finder may return the other stroke in pieces). A
heavy brush signature holds long straight pieces too, but none across the whole name
(form_bt d005)..."""
STRIKE_MIN_MM = 12.0
"""...and at least this long (a word crossed out; not a letter's bar)."""
STRIKE_SLOPE_DEG = 15.0
"""Strikes are drawn near level: at most this slope."""
STRIKE_MIDDLE = 0.2
"""A strike crosses the writing's middle: its height is at least this share of the
writing's from its top and its foot (an underline is no strike)."""
STRIKES = 2
"""Distinct strikes to call the writing crossed out..."""
STRIKE_APART_MM = 0.5
"""...this far apart at least where both run (two strokes of a pen, not one thick one, nor
the pieces of one long curved flourish that the line finder returns at several slopes)."""


def struck_through(zone: np.ndarray, dpi: int) -> bool:
    """Is the writing in ``zone`` (a grey image holding the box's inside) crossed out?

    >>> paper = np.full((200, 600), 250, np.uint8)
    >>> word = paper.copy()
    >>> _ = cv2.putText(word, "Orleans", (60, 130), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 2.4, 20, 4)
    >>> struck_through(word, 300)
    False
    >>> struck = word.copy()
    >>> for y in (100, 112):
    ...     _ = cv2.line(struck, (50, y), (440, y - 8), 20, 4)
    >>> struck_through(struck, 300)
    True
    >>> underlined = word.copy()
    >>> _ = cv2.line(underlined, (50, 160), (440, 152), 20, 4)
    >>> _ = cv2.line(underlined, (60, 172), (400, 166), 20, 4)
    >>> struck_through(underlined, 300)
    False
    """
    if zone.size == 0:
        return False
    background = float(np.percentile(zone, 90))
    dark = (zone < background * LINE_INK).astype(np.uint8)
    ys, xs = np.nonzero(dark)
    if xs.size == 0:
        return False
    x0, x1, y0, y1 = int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())
    width, height = x1 - x0 + 1, y1 - y0 + 1
    mm = dpi / 25.4
    length = max(STRIKE_SPAN * width, STRIKE_MIN_MM * mm)
    if width < length:
        return False
    found = cv2.HoughLinesP(
        dark * 255, 1, math.pi / 180, threshold=int(0.5 * length),
        minLineLength=int(length), maxLineGap=max(2, int(0.8 * mm)),
    )  # fmt: skip
    if found is None:
        return False
    strikes: list[_Segment] = []
    for ax, ay, bx, by in found.reshape(-1, 4).tolist():
        segment = _Segment(ax, ay, bx, by) if ax <= bx else _Segment(bx, by, ax, ay)
        slope = math.degrees(math.atan2(abs(by - ay), abs(bx - ax) or 1))
        if slope > STRIKE_SLOPE_DEG:
            continue
        if not y0 + STRIKE_MIDDLE * height <= segment.middle <= y1 - STRIKE_MIDDLE * height:
            continue
        if all(
            segment.apart(other) >= STRIKE_APART_MM * mm and _paper_between(dark, segment, other)
            for other in strikes
        ):
            strikes.append(segment)
    longest = max((math.hypot(s.bx - s.ax, s.by - s.ay) for s in strikes), default=0.0)
    return len(strikes) >= STRIKES and longest >= STRIKE_ACROSS * width


PAPER_BETWEEN = 0.5
"""Two strikes show paper between them over at least this share of the stretch both run
(two pen strokes; not two straight pieces of one broad stroke's ink)."""


def _paper_between(dark: np.ndarray, a: _Segment, b: _Segment, samples: int = 9) -> bool:
    """Is there paper between two pieces of ink over most of the stretch both run (form_bu
    d014: a brush signature's thick letters and its flourish, pieces 6 px apart whose gap
    is ink throughout)?"""
    left, right = max(a.ax, b.ax), min(a.bx, b.bx)
    if left > right:
        return True
    clear = 0
    for k in range(samples):
        x = round(left + (right - left) * (k + 0.5) / samples)
        top, bottom = sorted((a.y_at(x), b.y_at(x)))
        inside = dark[int(top) + 2 : int(bottom) - 1, x] if 0 <= x < dark.shape[1] else dark[:0, 0]
        clear += bool(inside.size) and not inside.all()
    return clear >= PAPER_BETWEEN * samples


class _Segment(NamedTuple):
    """A straight piece of ink, left end first."""

    ax: float
    ay: float
    bx: float
    by: float

    @property
    def middle(self) -> float:
        return (self.ay + self.by) / 2

    def y_at(self, x: float) -> float:
        if self.bx == self.ax:
            return self.middle
        return self.ay + (x - self.ax) * (self.by - self.ay) / (self.bx - self.ax)

    def apart(self, other: _Segment) -> float:
        """How far apart the two run, measured at the middle of the stretch both cover
        (their middles, when they cover none): two pieces of one sloping stroke that the
        line finder split have middles apart but lie on each other."""
        left, right = max(self.ax, other.ax), min(self.bx, other.bx)
        if left > right:
            return abs(self.middle - other.middle)
        x = (left + right) / 2
        return abs(self.y_at(x) - other.y_at(x))
