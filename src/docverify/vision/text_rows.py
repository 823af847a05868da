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
    return _rows_of(binary, boxes, dpi)


PALE_BELOW_PAPER = 45
"""Grey this much darker than the paper (of 255) is pale print, not paper's grain or a
JPEG's noise: a form's labels in grey inside their boxes stand 70 to 90 below it."""
PALE_MISSED_BY_OTSU = 30
"""A page whose one threshold lies this close to its paper keeps its pale print already."""
PALE_MAX_INK = 0.55
"""A pale blob inked over more of its box than this is a tint (a grey band, a shaded
cell), not letters."""
PALE_HALVED_FROM_DPI = 250
"""From this resolution pale rows are looked for on a copy of half of it."""
PALE_MAX_ROWS = 30
"""More pale rows than this on a page are a background (guilloche, a watermark), not
labels: none is read."""


def pale_text_lines(
    image: np.ndarray, boxes: list[tuple[int, int, int, int]], dpi: int
) -> list[tuple[int, int, int, int]]:
    """Rows of pale grey print that no OCR word covers: a form's small labels printed in
    grey inside their boxes ("Nom de naissance" over the typed name, form_au d006), which
    the page's one threshold, set between black ink and paper, turns into paper.
    ``boxes``: the words read and the rows found already."""
    hist = cv2.calcHist([image], [0], None, [256], [0, 256]).ravel().cumsum()
    paper = int(np.searchsorted(hist, 0.75 * hist[-1]))
    otsu, _ = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if paper - otsu < PALE_MISSED_BY_OTSU:
        return []
    # looked for on a copy of half the resolution (a quarter of the cost): small print
    # stands ten pixels tall there still
    scale = 2 if dpi >= PALE_HALVED_FROM_DPI else 1
    small = image if scale == 1 else cv2.resize(
        image, None, fx=1 / scale, fy=1 / scale, interpolation=cv2.INTER_AREA
    )  # fmt: skip
    pale = (small < paper - PALE_BELOW_PAPER).astype(np.uint8) * 255
    halved = [
        (x0 // scale, y0 // scale, -(-x1 // scale), -(-y1 // scale)) for x0, y0, x1, y1 in boxes
    ]
    rows = _rows_of(pale, halved, dpi, max_ink=PALE_MAX_INK, scale=scale, in_boxes=True)
    if len(rows) > PALE_MAX_ROWS:
        return []
    h, w = image.shape[:2]
    return [
        (x0 * scale, y0 * scale, min(w, x1 * scale), min(h, y1 * scale)) for x0, y0, x1, y1 in rows
    ]


def _rows_of(
    binary: np.ndarray,
    boxes: list[tuple[int, int, int, int]],
    dpi: int,
    max_ink: float = 1.0,
    scale: int = 1,
    in_boxes: bool = False,
) -> list[tuple[int, int, int, int]]:
    """Line-shaped blobs of the ink of ``binary`` (255) outside ``boxes``; ``binary`` and
    ``boxes`` are a page of ``dpi`` reduced ``scale`` times (every length below is said at
    the page's resolution and divided). ``in_boxes``: rows printed inside a form's boxes
    are looked for, which a word's tall box or the box's edge may hide (see
    ``_mask_boxes`` and ``RULE_OF_WORDS``)."""

    def px(length: float) -> int:
        return max(1, -(-int(length) // scale))

    typical = _mask_boxes(binary, boxes, px(max(2, dpi // 100)), trim=in_boxes)
    # remove rulings and dotted leaders: thin horizontal runs over an inch long (shorter
    # runs may be the tops of letters in a long word)
    closed = cv2.morphologyEx(
        binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (px(dpi // 30 + 1), 1))
    )
    rulings = cv2.morphologyEx(
        closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (px(dpi), 1))
    )
    binary[cv2.dilate(rulings, np.ones((3, 3), np.uint8)) > 0] = 0
    # and a table's vertical rules, taller than a line of text: joined to a cell's words
    # they would make the row too tall to be text
    rule = px(dpi * 0.4)
    if in_boxes and typical:  # a box's edge beside its label, shorter than a table's rule
        rule = min(rule, max(px(dpi * RULE_MIN_INCH), round(RULE_OF_WORDS * typical)))
    upright = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, rule))
    )
    binary[cv2.dilate(upright, np.ones((3, 3), np.uint8)) > 0] = 0
    # specks out (on a reduced page a stroke is as thin as a speck), then characters
    # joined into words and lines
    if scale == 1:
        binary = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    joined = cv2.dilate(
        binary,
        cv2.getStructuringElement(cv2.MORPH_RECT, (px(max(3, dpi // 12)), px(max(1, dpi // 100)))),
    )
    contours, _ = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    min_h, max_h = dpi * 0.06 / scale, dpi * 0.5 / scale  # ~4.5 pt to ~36 pt text
    out = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if not (min_h <= h <= max_h) or w < MIN_LINE_ASPECT * h:
            continue
        ink = binary[y : y + h, x : x + w]
        if not 0.06 <= ink.mean() / 255 <= max_ink:
            continue
        out.append((x, y, x + w, y + h))
    return _merge_rows(sorted(out, key=lambda b: (b[1], b[0])), binary.shape[1], binary.shape[0])


TALL_BOX = 1.6
"""A word's box this many times taller than the typical word's may have taken in a row
of print above or below it (tesseract's box of "SUBRAMANIAN" reached up over the grey
label "Nom de naissance" printed over it, form_au d006)."""


RULE_OF_WORDS = 2.5
"""A vertical stroke this many times as tall as the page's typical word is a rule (a
form box's edge), not a letter's stem: left in, it joins the label beside it into a
blob too tall and too sparse to be text."""
RULE_MIN_INCH = 0.15


def _mask_boxes(
    binary: np.ndarray, boxes: list[tuple[int, int, int, int]], pad: int, trim: bool
) -> int:
    """Blank the ink the boxes cover; with ``trim``, of a box much taller than the typical
    one (``TALL_BOX``) only its band of rows with most ink, the word itself. Returns the
    typical box's height (0 without boxes)."""
    heights = sorted(y1 - y0 for _x0, y0, _x1, y1 in boxes)
    typical = heights[len(heights) // 2] if heights else 0
    for x0, y0, x1, y1 in boxes:
        top, bottom = max(0, y0 - pad), y1 + pad
        if trim and typical and y1 - y0 > TALL_BOX * typical:
            top, bottom = _inkiest_band(binary[y0:y1, max(0, x0) : x1], y0, pad)
        binary[top:bottom, max(0, x0 - pad) : x1 + pad] = 0
    return typical


def _inkiest_band(cell: np.ndarray, y0: int, pad: int) -> tuple[int, int]:
    """Rows (page coordinates, padded) of the band of a box's rows that holds most ink,
    bands parted by ``pad`` or more blank rows; the whole box when it has no ink."""
    ink = (cell > 0).sum(axis=1)
    bands: list[tuple[int, int, int]] = []  # (ink, first row, last row + 1)
    start, blank = None, 0
    for i, n in enumerate(ink):
        if n:
            if start is None:
                start = i
            elif blank >= pad:
                bands.append((int(ink[start : i - blank].sum()), start, i - blank))
                start = i
            blank = 0
        else:
            blank += 1
    if start is not None:
        end = len(ink) - blank
        bands.append((int(ink[start:end].sum()), start, end))
    if not bands:
        return max(0, y0 - pad), y0 + len(ink) + pad
    _ink, first, last = max(bands)
    return max(0, y0 + first - pad), y0 + last + pad


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
