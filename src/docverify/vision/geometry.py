"""Make a page upright: 0/90/180/270 orientation and small-angle deskew."""

from __future__ import annotations

import math

import cv2
import numpy as np


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


Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


def _order(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    s = points.sum(axis=1)
    d = np.diff(points, axis=1).ravel()
    return np.array(
        [points[np.argmin(s)], points[np.argmin(d)], points[np.argmax(s)], points[np.argmax(d)]],
        dtype=np.float32,
    )


def find_page_quads(image: np.ndarray, max_side: int = 900) -> list[Quad]:
    """The four corners of each document photographed on a darker surface: none for a
    flatbed scan or a screenshot, one for a page on a table, two for a passport's data
    page and its visa page (or two cards) photographed side by side.

    A phone photo shows a page as a bright quadrilateral on a table. One is taken when its
    outline simplifies to four corners clear of the picture's edges, it is clearly brighter
    than what surrounds it, and it fills between a fifth and 97 % of the picture (alone) or
    at least 8 % (beside another of at least a quarter of its size).
    """
    h, w = image.shape[:2]
    scale = min(1.0, max_side / max(h, w))
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return []
    ranked = sorted(contours, key=cv2.contourArea, reverse=True)
    largest = cv2.contourArea(ranked[0])
    several = [c for c in ranked[1:3] if cv2.contourArea(c) >= 0.25 * largest]
    if several:
        found = [q for c in (ranked[0], *several) if (q := _quad(small, c, 0.08, scale))]
        if len(found) != 1 + len(several):
            return []  # two documents, one not clearly outlined: leave the photo whole
        return sorted(found, key=lambda q: (min(p[1] for p in q), min(p[0] for p in q)))
    quad = _quad(small, ranked[0], 0.2, scale) or _edge_quad(small, scale)
    return [quad] if quad else []


EDGE_CONTRAST = 20
"""How much brighter than the table a sheet outlined by its edges must be (a sheet in
shadow on a table lit from one side is ~30 levels brighter on average)."""


def _edge_quad(small: np.ndarray, scale: float) -> Quad | None:
    """A sheet outlined by its edges when brightness alone cannot part it from the table
    (a table lit from one side is as bright as the sheet's shaded half): the largest
    closed edge outline, if it has four corners, is brighter inside, and is askew or in
    perspective (a screenshot's panel or a box printed on a scan is an upright rectangle).
    """
    edges = cv2.dilate(
        cv2.Canny(cv2.GaussianBlur(small, (5, 5), 0), 30, 90), np.ones((3, 3), np.uint8)
    )
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    hull = cv2.convexHull(max(contours, key=lambda c: cv2.contourArea(cv2.convexHull(c))))
    quad = _quad(small, hull, 0.2, scale, EDGE_CONTRAST)
    if quad is None:
        return None
    return quad if max(_off_axis(quad[i], quad[(i + 1) % 4]) for i in range(4)) >= 1.5 else None


def _off_axis(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Degrees by which the side from ``a`` to ``b`` leans off the nearest axis."""
    angle = abs(math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))) % 90
    return min(angle, 90 - angle)


ID1_ASPECT = (1.45, 1.75)
"""Width over height of an ID-1 card (85.6 x 54 mm: 1.59) as a scan shows it."""
ID1_WIDTH_MM = 85.6


def find_cards(image: np.ndarray, max_side: int = 900) -> list[Quad]:
    """The corners of each identity card (ID-1: a national ID card, a residence permit)
    laid on a flatbed scanner and scanned as an A4 page: a card-shaped area a little darker
    than the paper, filling 2-35 % of it, with (almost) nothing else printed on the page.
    None on a page that carries more than cards (a letter with a card's copy)."""
    h, w = image.shape[:2]
    scale = min(1.0, max_side / max(h, w))
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(small, (9, 9), 0)
    paper = float(np.percentile(blurred, 90))
    mask = cv2.morphologyEx(
        (blurred < paper - 10).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8)
    )
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    total = small.shape[0] * small.shape[1]
    cards: list[Quad] = []
    inside = np.zeros_like(mask)
    for c in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
        rect = cv2.minAreaRect(c)
        rw, rh = rect[1]
        if not rw or not rh:
            continue
        aspect = max(rw, rh) / min(rw, rh)
        area = cv2.contourArea(c)
        if (
            0.02 <= area / total <= 0.35
            and ID1_ASPECT[0] <= aspect <= ID1_ASPECT[1]
            and (area / (rw * rh) >= 0.85)
        ):
            corners = _order(cv2.boxPoints(rect))
            cards.append(tuple((float(x) / scale, float(y) / scale) for x, y in corners))  # type: ignore[arg-type]
            cv2.drawContours(inside, [c], -1, 1, thickness=-1)
    if not cards:
        return []
    printed = (small < paper - 60) & (cv2.dilate(inside, np.ones((15, 15), np.uint8)) == 0)
    edge = max(2, round(0.04 * min(small.shape[:2])))  # the scanner lid's shadow
    if printed[edge:-edge, edge:-edge].mean() > 0.002:
        return []  # text beside the cards: a page of its own
    return sorted(cards, key=lambda q: (min(p[1] for p in q), min(p[0] for p in q)))


def _quad(
    small: np.ndarray, outline: np.ndarray, min_area: float, scale: float, contrast: float = 40
) -> Quad | None:
    area = cv2.contourArea(outline) / (small.shape[0] * small.shape[1])
    if not min_area <= area <= 0.97:
        return None
    hull = cv2.convexHull(outline)
    approx = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(outline, True), True)
    if cv2.contourArea(outline) < NOTCHED * cv2.contourArea(hull):
        # a dark mark at the sheet's edge (a card's portrait, a shadow) notches its
        # outline, and the hull cuts the corner off: the corners where its sides meet
        sides = _sides_corners(outline)
        if sides is not None and _covered(small.shape, outline, sides) >= COVERED:
            approx = sides.round().astype(np.int32).reshape(-1, 1, 2)
    if len(approx) != 4:
        return None
    mask = np.zeros_like(small)
    cv2.fillConvexPoly(mask, approx.reshape(-1, 2), 255)
    if not (mask == 0).any():
        return None  # the whole picture: nothing around it to be a table
    inside = float(small[mask > 0].mean())
    outside = float(small[mask == 0].mean())
    if inside - outside < contrast:
        return None
    sh, sw = small.shape[:2]
    pts = approx.reshape(4, 2)
    margin = 0.01 * max(sh, sw)
    on_frame = (
        (pts[:, 0] < margin) | (pts[:, 1] < margin) | (pts[:, 0] > sw - margin)
        | (pts[:, 1] > sh - margin)
    )  # fmt: skip
    if on_frame.sum() >= 2:
        # a side along the frame: a screenshot's panel or a cropped scan, not a photo (a
        # sheet photographed askew may touch the frame with one corner)
        return None
    in_corner = (
        ((pts[:, 0] < margin) | (pts[:, 0] > sw - margin))
        & ((pts[:, 1] < margin) | (pts[:, 1] > sh - margin))
    )  # fmt: skip
    if in_corner.any():
        # a corner in the picture's own corner: the outline ran into a bright corner of
        # the table (set_bk p01: a passport photographed with the light behind it)
        return None
    corners = _order(pts.astype(np.float32) / scale)
    if not _sheet_shaped(corners):
        return None
    return tuple((float(x), float(y)) for x, y in corners)  # type: ignore[return-value]


NOTCHED = 0.95
"""An outline filling less of its hull than this is notched: its corners are found where
its straight sides meet (``_sides_corners``)."""
SIDES_SHARE = 0.6
"""Share of the corners' perimeter the four sides they are found from must run along."""


def _sides_corners(outline: np.ndarray) -> np.ndarray | None:
    """The corners of a sheet whose outline a dark mark notches (set_bm p01: a visa's
    portrait in shadow at its left edge): the longest straight run of the outline on
    each side (above, below, left and right of its middle) is that side of the sheet, and
    the corners are where they meet. None unless those four runs make most of the way
    round.

    >>> sheet = np.array([[100, 100], [700, 90], [705, 500], [300, 505], [280, 380],
    ...                   [200, 350], [98, 360]])
    >>> _sides_corners(sheet.reshape(-1, 1, 2)).round().astype(int).tolist()
    [[100, 100], [700, 90], [705, 500], [97, 508]]
    """
    pts = cv2.approxPolyDP(outline, 0.005 * cv2.arcLength(outline, True), True)
    poly = pts.reshape(-1, 2).astype(np.float64)
    if len(poly) < 4:
        return None
    middle = poly.mean(axis=0)
    best: dict[str, tuple[float, np.ndarray, np.ndarray]] = {}
    for a, b in zip(poly, np.roll(poly, -1, axis=0), strict=True):
        length = float(np.linalg.norm(b - a))
        across = abs(b[0] - a[0]) >= abs(b[1] - a[1])
        mid = (a + b) / 2
        side = ("top" if mid[1] < middle[1] else "bottom") if across else (
            "left" if mid[0] < middle[0] else "right")  # fmt: skip
        if length > best.get(side, (0.0,))[0]:
            best[side] = (length, a, b)
    if len(best) < 4:
        return None
    order = ("top", "right", "bottom", "left")
    corners = []
    for one, two in zip(order[-1:] + order[:-1], order, strict=True):
        meet = _meet(best[one][1:], best[two][1:])
        if meet is None:
            return None
        corners.append(meet)
    quad = np.array(corners)
    perimeter = sum(float(np.linalg.norm(quad[i] - quad[i - 1])) for i in range(4))
    if sum(v[0] for v in best.values()) < SIDES_SHARE * perimeter:
        return None
    return quad


COVERED = 0.97
"""Share of the bright outline the corners found from its sides must hold: a straight run
inside the sheet (a notch's own edge) taken for a side cuts the sheet short (set_bj p03)."""


def _covered(shape: tuple[int, ...], outline: np.ndarray, corners: np.ndarray) -> float:
    """The share of the outline's area inside the quadrilateral ``corners``."""
    region = np.zeros(shape[:2], np.uint8)
    cv2.drawContours(region, [outline], -1, 1, thickness=-1)
    quad = np.zeros_like(region)
    cv2.fillConvexPoly(quad, corners.round().astype(np.int32).reshape(-1, 2), 1)
    return float((region & quad).sum()) / max(1, int(region.sum()))


def _meet(
    one: tuple[np.ndarray, np.ndarray], two: tuple[np.ndarray, np.ndarray]
) -> np.ndarray | None:
    """Where the lines through two segments cross (None for parallel lines)."""
    (a, b), (c, d) = one, two
    r, s = b - a, d - c
    den = r[0] * s[1] - r[1] * s[0]
    if abs(den) < 1e-9:
        return None
    t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / den
    return a + t * r


SIDE_RATIO = 0.6
"""Shortest a side of a photographed sheet may be beside the opposite one: a phone held
askew foreshortens a page's far side by a fifth or so, never to a third (that outline
follows a shadow across the sheet, not its edge)."""


def _sheet_shaped(corners: np.ndarray) -> bool:
    """Could four corners (top-left, top-right, bottom-right, bottom-left) be a sheet's in
    a photo: opposite sides of like length?

    >>> _sheet_shaped(np.array([[542, 400], [2835, 342], [2760, 3377], [524, 1488]], float))
    False
    >>> _sheet_shaped(np.array([[533, 400], [2833, 333], [2767, 3900], [367, 3883]], float))
    True
    """
    sides = [float(np.linalg.norm(corners[(i + 1) % 4] - corners[i])) for i in range(4)]
    return all(
        min(sides[i], sides[i + 2]) >= SIDE_RATIO * max(sides[i], sides[i + 2]) for i in (0, 1)
    )


def find_page_quad(image: np.ndarray, max_side: int = 900) -> Quad | None:
    """The page of a photo of one document (see :func:`find_page_quads`), or None."""
    quads = find_page_quads(image, max_side)
    return quads[0] if len(quads) == 1 else None


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
