"""Table rules erased before a page is read.

Tesseract's layout analysis takes a ruled table (a birth register's cells, a payslip's
grid, a bill's boxed summary) for pictures and separators: the words in its cells are
lost or read as one noise line ("CC TETE NE" for "Name of child  Comfort Yah KOLLIE-DENNIS"
on a photographed Liberian certificate). With the rules painted over in white, the cells
read as lines of text.

A rule is a straight run of ink much longer than any letter: at least ``RULE_INCHES``
across (or down); rules are erased only from a page ruled like a table (rules both ways
crossing at six points at least), for a frame, a form's underlined fields or a heading's
rule do not trouble tesseract (and a photo's sheet edges are no table's sides). The short bars between comb boxes, letters and underlined words are
left alone; the page itself is never changed (a copy is read), so the zones measured on
it later (comb boxes, the signature's frame) keep their lines.
"""

from __future__ import annotations

import cv2
import numpy as np

RULE_INCHES = 1.2
"""The shortest run of ink taken for a rule, across or down."""
RULE_THICKNESS_INCHES = 0.03
"""A rule is at most this thick (a dark bar or a filled box is no rule)."""
RULE_EDGE_PX = 3
"""How far either side of a rule its blurred edge is painted over too."""
LIGHT_SHARE = 0.75
"""Paper beside a rule is at least this light, against the page's paper."""
PAPER_ALONG = 0.6
"""A rule has paper on both sides along this share of its length at least."""
CROSSINGS = 6
"""Rules crossing (or meeting) at this many points at least make a table (three rows of
two columns); a frame has four corners."""
WORK_DPI = 150
"""The resolution rules are looked for at."""
MIN_RULE_SHARE = 0.0005
"""Below this share of the page's pixels in rules, nothing is erased."""


def rule_mask(image: np.ndarray, dpi: int) -> np.ndarray | None:
    """The pixels of the page's rules (255), slightly widened to take their soft edges,
    or None when the page has none worth erasing. Rules are looked for on a copy reduced
    to ``WORK_DPI`` (they are long; a page without rules down is done with early)."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    scale = min(1.0, WORK_DPI / max(dpi, 1))
    small = (
        gray
        if scale == 1.0
        else cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    )
    at = max(1, round(dpi * scale))
    block = max(15, (at // 10) | 1)
    ink = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 10
    )
    length = max(20, round(RULE_INCHES * at))
    thick = max(2, round(RULE_THICKNESS_INCHES * at))
    k = thick + 2
    # a rule is ink between paper on both sides, along most of its length: the edge of a
    # dark band (a card's title bar, a photo) is none
    paper = float(np.percentile(small, 90))
    light = (small > LIGHT_SHARE * paper).astype(np.uint8) * 255
    down = _rules(ink, (1, length), np.ones((1, thick + 1), np.uint8))
    down = _between_paper(down, cv2.bitwise_and(_shift(light, 0, k), _shift(light, 0, -k)))
    columns = _count(down)
    # a ruled table has rules both ways, three at least one way; a frame (a card's edge,
    # a box around a RIB's codes) or a rule under a heading is left to tesseract, which
    # reads around those well
    if columns < 2:
        return None
    across = _rules(ink, (length, 1), np.ones((thick + 1, 1), np.uint8))
    across = _between_paper(across, cv2.bitwise_and(_shift(light, k, 0), _shift(light, -k, 0)))
    rows = _count(across)
    if min(rows, columns) < 2 or max(rows, columns) < 3:
        return None
    # the rules cross like a grid's: a sheet's edges beside a form's underlined fields, or
    # a frame's four corners, are no table
    reach = np.ones((2 * k + 1, 2 * k + 1), np.uint8)
    if _count(cv2.bitwise_and(cv2.dilate(across, reach), cv2.dilate(down, reach))) < CROSSINGS:
        return None
    mask = cv2.bitwise_or(across, down)
    if cv2.countNonZero(mask) < MIN_RULE_SHARE * mask.size:
        return None
    if scale != 1.0:
        mask = cv2.resize(mask, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_NEAREST)
    # the rule's soft edge (a blurred photo's, a scanner's) goes with it
    return cv2.dilate(mask, np.ones((2 * RULE_EDGE_PX + 1, 2 * RULE_EDGE_PX + 1), np.uint8))


def _rules(ink: np.ndarray, run: tuple[int, int], bar: np.ndarray) -> np.ndarray:
    """Runs of ink at least ``run`` long, without the thick bars (``bar`` fits in them: a
    section's dark heading holds text, read by other means)."""
    rules = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, run))
    return cv2.subtract(rules, cv2.morphologyEx(rules, cv2.MORPH_OPEN, bar))


def _shift(image: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """``image`` moved by (dy, dx), the uncovered edge filled with 255 (paper)."""
    out = np.full_like(image, 255)
    h, w = image.shape[:2]
    ys, yd = (slice(0, h - dy), slice(dy, h)) if dy >= 0 else (slice(-dy, h), slice(0, h + dy))
    xs, xd = (slice(0, w - dx), slice(dx, w)) if dx >= 0 else (slice(-dx, w), slice(0, w + dx))
    out[yd, xd] = image[ys, xs]
    return out


def _between_paper(rules: np.ndarray, sides_light: np.ndarray) -> np.ndarray:
    """The rules (connected runs) with paper on both sides along most of their length."""
    n, labels = cv2.connectedComponents(rules, connectivity=8)
    if n <= 1:
        return rules
    flat = labels.ravel()
    total = np.bincount(flat, minlength=n)
    lit = np.bincount(flat, weights=(sides_light.ravel() > 0), minlength=n)
    keep = lit >= PAPER_ALONG * np.maximum(total, 1)
    keep[0] = False
    return (keep[labels] * 255).astype(np.uint8)


def _count(rules: np.ndarray) -> int:
    return int(cv2.connectedComponents(rules, connectivity=8)[0]) - 1


def erase_rules(image: np.ndarray, dpi: int) -> np.ndarray:
    """The image with its table rules painted over in white (a copy; the image itself is
    returned unchanged when it has none).

    >>> page = np.full((400, 600), 255, np.uint8)
    >>> for y in (20, 100, 378):  # a table's rules
    ...     page[y:y + 2, 10:580] = 0
    >>> page[20:380, 10:12] = 0
    >>> page[20:380, 578:580] = 0
    >>> page[150:170, 40:44] = 0  # a stroke of a letter
    >>> clean = erase_rules(page, 200)
    >>> int((clean[100:102, 20:580] == 0).sum()), int((clean[150:170, 40:44] == 0).sum())
    (0, 80)
    """
    mask = rule_mask(image, dpi)
    if mask is None:
        return image
    out = image.copy()
    out[mask > 0] = 255
    return out
