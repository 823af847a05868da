"""Make a page upright: 0/90/180/270 orientation and small-angle deskew."""

from __future__ import annotations

import cv2
import numpy as np

from docverify.vision.sheet import Quad


def light_on_dark(image: np.ndarray) -> bool:
    """Is this a screen in dark mode: light text on a dark ground (a banking app's RIB
    screen)? The bright pixels are then thin strokes, a few in a hundred; a photo of a
    card on a dark table has the card as one large bright area.

    >>> ground = np.full((400, 300), 40, np.uint8)
    >>> text = ground.copy(); text[100:400:20, 30:270] = 235
    >>> card = ground.copy(); card[80:320, 40:260] = 235
    >>> light_on_dark(text), light_on_dark(card), light_on_dark(255 - text)
    (True, False, False)
    """
    scale = min(1.0, 400 / max(image.shape[:2]))
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    median, high = np.percentile(small, [50, 99])
    if median >= 110 or high - median < 80:
        return False
    return float((small > (median + high) / 2).mean()) < 0.10


BAND_DARK = 0.6
"""A band's ground is darker than this fraction of the paper (a coloured app bar, a
letterhead's banner, a dark table header)."""
BAND_MIN_MM = (25.0, 5.0)
"""...and at least this wide and tall,"""
BAND_MAX_SHARE = 0.25
"""...and at most this share of the page's height (a bar, not the table around an uncut
photo)."""


def reversed_bands(
    image: np.ndarray, dpi: int, onto: np.ndarray | None = None
) -> np.ndarray | None:
    """``onto`` (by default the page itself; else a copy of the page prepared otherwise,
    its light made even) with the page's solid dark bands reversed: light text on a
    coloured bar made dark on light, the bar's ground made paper, for the rows of text
    tesseract cannot see on a dark ground. None when the page has no such band, or is
    mostly dark (``light_on_dark`` reverses a whole screen).

    >>> page = np.full((600, 800), 245, np.uint8); page[40:140, :] = 80
    >>> page[70:100, 60:400] = 250  # a word written white on the bar
    >>> bands = reversed_bands(page, 200)
    >>> int(bands[85, 100]), int(bands[50, 100]), int(bands[300, 100])
    (0, 255, 245)
    >>> reversed_bands(np.full((600, 800), 245, np.uint8), 200) is None
    True
    """
    # found on a reduced copy (a band is millimetres tall: ~75 dpi shows it), then fitted
    # to the page's own dark rows and columns
    step = max(1, dpi // BAND_FIND_DPI)
    small = image if step == 1 else cv2.resize(
        image, (image.shape[1] // step, image.shape[0] // step), interpolation=cv2.INTER_AREA
    )  # fmt: skip
    paper = float(np.percentile(small, 90))
    dark = (small < paper * BAND_DARK).astype(np.uint8)
    if dark.mean() > 0.5:
        return None
    stats = _solid_grounds(dark, dpi // step)
    w_min, h_min = (round(mm / 25.4 * dpi / step) for mm in BAND_MIN_MM)
    h_max = BAND_MAX_SHARE * small.shape[0]
    found = [
        (x, y, w, h)
        for x, y, w, h, area in stats
        if w >= 0.9 * w_min and 0.9 * h_min <= h <= h_max and area >= 0.6 * w * h
    ]
    bands = [b for b in (_fitted(image, paper, box, step, dpi) for box in found) if b]
    if not bands:
        return None
    out = (image if onto is None else onto).copy()
    for x, y, w, h in bands:
        band = image[y : y + h, x : x + w].astype(np.float32)
        ground = float(np.median(band))
        lifted = (band - ground) * (255.0 / max(1.0, paper - ground))
        out[y : y + h, x : x + w] = (255.0 - lifted).clip(0, 255).astype(np.uint8)
    return out


def _solid_grounds(dark: np.ndarray, dpi: int) -> np.ndarray:
    """The stats (x, y, w, h, area) of the dark mask's solid pieces: the ground with the
    letters on it filled in, closed then opened over a stroke's width (background left
    out)."""
    size = max(3, dpi // 25)
    solid = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, np.ones((size, size), np.uint8))
    solid = cv2.morphologyEx(solid, cv2.MORPH_OPEN, np.ones((size, size), np.uint8))
    _n, _labels, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=4)
    return np.asarray(stats[1:])


BAND_FIND_DPI = 75
"""Resolution at which dark bands are looked for."""


def _fitted(
    image: np.ndarray, paper: float, box: tuple[int, int, int, int], step: int, dpi: int
) -> tuple[int, int, int, int] | None:
    """A band found on a copy reduced ``step`` times, measured again on the page around
    it (its solid dark ground, as ``reversed_bands`` finds it at full size); None when it
    is no band there."""
    x, y, w, h = (int(v) * step for v in box)
    pad = 2 * step
    x0, y0 = max(0, x - pad), max(0, y - pad)
    x1, y1 = min(image.shape[1], x + w + pad), min(image.shape[0], y + h + pad)
    stats = _solid_grounds((image[y0:y1, x0:x1] < paper * BAND_DARK).astype(np.uint8), dpi)
    if len(stats) == 0:
        return None
    bx, by, bw, bh, area = (int(v) for v in stats[int(np.argmax(stats[:, 4]))])
    w_min, h_min = (round(mm / 25.4 * dpi) for mm in BAND_MIN_MM)
    if bw >= w_min and h_min <= bh <= BAND_MAX_SHARE * image.shape[0] and area >= 0.8 * bw * bh:
        return x0 + bx, y0 + by, bw, bh
    return None


def rotate_quadrant(image: np.ndarray, degrees_cw: int) -> np.ndarray:
    """Rotate by a multiple of 90 degrees clockwise.

    >>> a = np.arange(6, dtype=np.uint8).reshape(2, 3)
    >>> rotate_quadrant(a, 90).shape
    (3, 2)
    >>> bool((rotate_quadrant(rotate_quadrant(a, 90), 270) == a).all())
    True
    """
    turns = (degrees_cw // 90) % 4
    if turns == 0:
        return image
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(image, codes[turns])


def rotate_small(image: np.ndarray, degrees_ccw: float) -> np.ndarray:
    """Rotate by a small angle (counter-clockwise positive), keeping the size, white fill."""
    if abs(degrees_ccw) < 0.05:
        return image
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees_ccw, 1.0)
    return cv2.warpAffine(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )  # fmt: skip


def _ink(image: np.ndarray, width: int = 900) -> np.ndarray:
    """The page's dark strokes on a reduced copy, against the paper around them: a photo's
    light falls off across the page, and one threshold for the whole page would take its
    shaded part for ink (a sparse page then "lines up" along the shadow's edge)."""
    scale = width / image.shape[1] if image.shape[1] > width else 1.0
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    paper = cv2.dilate(small, np.ones((15, 15), np.uint8))  # the white around each stroke
    flat = cv2.divide(small, np.maximum(paper, 1), scale=255)
    _, binary = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return binary


def _profile_score(binary: np.ndarray, angle: float) -> float:
    h, w = binary.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(binary, matrix, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    rows = rotated.sum(axis=1, dtype=np.float64)
    return float(np.var(rows))


def estimate_skew(image: np.ndarray, max_angle: float = 10.0) -> float:
    """Angle (degrees, counter-clockwise) that makes text lines horizontal.

    Projection-profile search: the rotation that makes row sums most uneven lines the
    text up. Degree steps on a half-size binary image, then quarter degrees over a degree
    and a half either side of the best (the peak of a page of long lines is a few tenths
    of a degree wide: a 1.4° scan scores lower at 1° and 2° than at 0°), then tenths on
    the reduced image (~30 ms a page).
    """
    binary = _ink(image)
    if binary.mean() < 0.5:  # blank page
        return 0.0
    coarse = cv2.resize(binary, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    best = max(
        np.arange(-max_angle, max_angle + 0.01, 1.0), key=lambda a: _profile_score(coarse, a)
    )
    near = np.arange(best - 1.5, best + 1.51, 0.25)
    best = max(near, key=lambda a: _profile_score(coarse, a))
    fine = np.arange(best - 0.3, best + 0.31, 0.1)
    angle = float(max(fine, key=lambda a: _profile_score(binary, a)))
    return round(angle, 2)


def deskew(image: np.ndarray, max_angle: float = 10.0) -> tuple[np.ndarray, float]:
    angle = estimate_skew(image, max_angle)
    if abs(angle) < 0.2:
        return image, 0.0
    return rotate_small(image, angle), angle


LINES_SIDE = 600
"""Longest side of the reduced copy on which the direction of a page's lines is judged."""


def lines_direction(image: np.ndarray) -> float:
    """Which way the page's lines run, from +1 (all across: upright or upside down) to -1
    (all standing on end: a quarter turn off), 0 when there is too little to tell.

    The ink of a reduced copy is smeared along each axis by about a character's width:
    lines of text (and a form's rules) become long bars along the way they run, and
    nothing long across it. The two lengths of bars are weighed (~10 ms a page).
    """
    h, w = image.shape[:2]
    scale = LINES_SIDE / max(h, w)
    small = image if scale >= 1 else cv2.resize(
        image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA
    )  # fmt: skip
    ink = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15
    )
    _n, _labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    size = stats[1:, 2:4].max(axis=1)
    marks = (stats[1:, cv2.CC_STAT_AREA] >= 6) & (size <= 0.04 * max(ink.shape))
    if marks.sum() < 20:
        return 0.0
    char = float(np.median(size[marks]))
    reach = max(3, round(1.2 * char))

    def bars(kernel: tuple[int, int], along: int) -> int:
        smeared = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones(kernel, np.uint8))
        _m, _l, st, _ = cv2.connectedComponentsWithStats(smeared, connectivity=8)
        length, width = st[1:, 2 + along], st[1:, 3 - along]
        long = (length >= 4 * width) & (length >= 5 * char) & (width <= 3 * char)
        return int(length[long].sum())

    across, standing = bars((1, reach), 0), bars((reach, 1), 1)
    return (across - standing) / max(1, across + standing)


def even_light(image: np.ndarray, spread: float = 25.0) -> np.ndarray:
    """A photographed page with its light made even: each pixel divided by the paper's
    brightness around it (the page dilated and smoothed on a quarter-size copy, ~30 ms).
    Left as it is when the paper's brightness varies by less than ``spread`` levels: a
    page lit from one side reads grey on one half, and tesseract's single threshold then
    loses the text there (an LCL RIB photographed on a table lost its IBAN)."""
    small = cv2.resize(image, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    if min(small.shape[:2]) < 32:
        return image
    paper = cv2.medianBlur(cv2.dilate(small, np.ones((7, 7), np.uint8)), 21)
    low, high = np.percentile(paper, [5, 95])
    if high - low < spread:
        return image
    paper = cv2.resize(paper, (image.shape[1], image.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(image, np.maximum(paper, 1), scale=255)


def flatten_page(image: np.ndarray, quad: Quad) -> np.ndarray:
    """The quadrilateral ``quad`` warped to an upright rectangle (perspective removed)."""
    tl, tr, br, bl = (np.array(p, dtype=np.float32) for p in quad)
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    target = np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(np.array(quad, dtype=np.float32), target)
    return cv2.warpPerspective(
        image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
