"""Where a photographed sheet or card stands in its picture: a page on a table (or two
documents side by side), an ID-1 card scanned on a flatbed (``find_page_quads``,
``find_cards``), as the four corners a flattened, upright copy is cut along
(``geometry.flatten_page``)."""

from __future__ import annotations

import math

import cv2
import numpy as np

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
    # an outline with print just outside it is not the sheet's (see ``_print_outside``;
    # only for one document: two side by side may stand closer than that band)
    quad = _clear_of_print(small, _quad(small, ranked[0], 0.2, scale), scale)
    edged = _clear_of_print(small, _edge_quad(small, scale), scale)
    if quad is None or (edged is not None and _holds(edged, quad)):
        # the sheet outlined by its edges holds the bright outline and more: the bright
        # part stopped at a shadow across the sheet (set_bz p03: a bill's shaded corner)
        quad = edged
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


HOLDS_MORE = 1.1
"""How much larger than the bright outline an edge outline holding it must be to win."""


def _holds(outer: Quad, inner: Quad) -> bool:
    """Does the quadrilateral ``outer`` hold ``inner`` (all but 2 % of it) and a tenth
    more besides?"""
    a = np.array(outer, np.float32)
    b = np.array(inner, np.float32)
    larger = cv2.contourArea(a) >= HOLDS_MORE * cv2.contourArea(b)
    shared, _ = cv2.intersectConvexConvex(a, b)
    return larger and shared >= 0.98 * cv2.contourArea(b)


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


PRINT_OUTSIDE = 0.001
"""Share of a band round an outline that print may cover before the outline is doubted."""
PRINT_BAND = 30
"""Width of that band, in pixels of the picture shrunk to 900 on its long side."""


def _clear_of_print(small: np.ndarray, quad: Quad | None, scale: float) -> Quad | None:
    """``quad`` (in the picture's pixels) unless print stands just outside it."""
    if quad is None or _print_outside(small, np.array(quad) * scale) >= PRINT_OUTSIDE:
        return None
    return quad


def _print_outside(small: np.ndarray, corners: np.ndarray) -> float:
    """How much of a band just outside the quadrilateral ``corners`` (in ``small``'s
    pixels) print covers: small dark marks on a lighter ground, letters rather than the
    long lines of a passport's cover or a table's grain. An outline that follows a shadow
    across the sheet, or stops short of a card's bottom, leaves print outside it (set_ca
    p04: a RIB photographed with its left third in shadow was cut there)."""
    dark = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, np.ones((7, 7), np.uint8)) > 50
    _, labels, stats, _ = cv2.connectedComponentsWithStats(dark.astype(np.uint8), connectivity=8)
    letters = (stats[:, cv2.CC_STAT_AREA] >= 3) & (
        np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) <= 25
    )
    letters[0] = False
    inside = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(inside, corners.round().astype(np.int32).reshape(-1, 2), 1)
    near = cv2.dilate(inside, np.ones((9, 9), np.uint8))
    band = (cv2.dilate(inside, np.ones((2 * PRINT_BAND + 1,) * 2, np.uint8)) > 0) & (near == 0)
    if not band.any():
        return 0.0
    return float(letters[labels][band].mean())


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
