"""A handwritten value on a form line, cut out and read alone.

Page-wide OCR reads a form's printed text well and what a hand wrote on its dotted lines
poorly: the writing is small, mixed with leaders and box frames, and tesseract's layout
analysis often drops it. Read alone it does much better, once the zone holds nothing but
the writing: the printed lines and the dots of the leaders are taken out, the zone is cut
down to the ink, scaled to the height tesseract prefers and read as one line.

An empty zone (no ink once the printed marks are out) reads as empty: a blank field is not
a value, whatever noise OCR would make of it.
"""

from __future__ import annotations

import dataclasses
import itertools

import cv2
import numpy as np

from docverify import ocr, ppocr
from docverify.model import Word

TARGET_HEIGHT = 48
"""Ink height (pixels) the zone is scaled to before reading."""
MIN_INK = 0.004
"""Share of ink (after the printed marks are out) below which the zone is empty."""


def ink_only(
    zone: np.ndarray,
    dpi: int,
    text_height: int | None = None,
    faint: bool = False,
    dots: bool = False,
) -> np.ndarray | None:
    """The zone cut down to its handwriting, black on white; None when there is none.
    ``text_height`` (pixels of the printed label) tells how tall a box frame's sides are;
    ``faint``: a ballpoint's light ends of strokes count (``grown``); ``dots``: the dots
    over a name's letters stay (``_dots_over``)."""
    if zone.size == 0:
        return None
    paper = float(np.percentile(zone, 92))
    dark = (zone < paper * INK).astype(np.uint8)
    mm = dpi / 25.4
    # printed rules: long horizontal strokes
    rules = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((1, max(8, int(6 * mm))), np.uint8))
    dark[cv2.dilate(rules, np.ones((3, 3), np.uint8)) > 0] = 0
    if faint:  # the light ends of the writing's strokes, never a rule's grey edge (which
        # would join a digit touching the line to the rule, and take it out with it)
        halo = cv2.dilate(rules, np.ones((7, 7), np.uint8)) > 0
        dark = grown(dark > 0, ~halo & (zone < paper * FAINT_INK))
    # box sides: vertical strokes of one height, repeated along the line (a digit 1 or
    # an I is shorter than the box it is written in)
    dark[_box_sides(dark, text_height, rules) > 0] = 0
    dark[_frame_ends(dark, rules, mm) > 0] = 0
    # dots of the leaders and scan specks: components much smaller than a pen stroke
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    min_area = max(6, int((0.5 * mm) ** 2 * 2.5))
    keep = np.zeros(n, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= min_area
    if dots:
        keep |= _dots_over(labels, stats, keep, mm)
    ink = keep[labels]
    if ink.mean() < MIN_INK:
        return None
    ys, xs = np.nonzero(ink)
    pad = 4
    y0, y1 = max(0, ys.min() - pad), ys.max() + pad + 1
    x0, x1 = max(0, xs.min() - pad), xs.max() + pad + 1
    return np.where(ink[y0:y1, x0:x1], 0, 255).astype(np.uint8)


def _dots_over(labels: np.ndarray, stats: np.ndarray, keep: np.ndarray, mm: float) -> np.ndarray:
    """The specks that dot a letter: small marks with the writing's ink just under them
    (an i's dot, a tréma). A leader's dot has the writing above it or nothing, a speck
    after the name nothing under it. Without its dots tesseract reads a hand's "Maria
    Cristina" as "Mara Cristina" (form_ba d013)."""
    ink = keep[labels]
    gap = int(2.5 * mm)
    dotted = np.zeros_like(keep)
    for i in np.flatnonzero(~keep)[1:]:
        x, y, w, h, area = (int(v) for v in stats[i])
        if area < 3 or w > 1.5 * mm or h > 1.5 * mm:
            continue
        dotted[i] = bool(ink[y + h : y + h + gap, x : x + w].any())
    return dotted


INK = 0.72
"""A pixel this much darker than the paper (its 92nd percentile) is surely ink."""
FAINT_INK = 0.86
"""A pixel this much darker is ink when it touches sure ink: a ballpoint's thin, light
end of stroke (a 6's rise, a slash) that the sure threshold cuts off ("2026" read
"2o2o")."""


def grown(sure: np.ndarray, faint: np.ndarray) -> np.ndarray:
    """Ink by hysteresis, as a 0/1 mask: the pieces of ``faint`` that hold some ``sure``
    ink. A faint piece on its own (the paper's grain, a shade) is not ink. The faint halo
    thickens print (a typed "I" read "T"): names are read on sure ink only."""
    n, labels = cv2.connectedComponents(faint.astype(np.uint8), connectivity=8)
    keep = np.zeros(n, dtype=bool)
    keep[np.unique(labels[sure])] = True
    keep[0] = False
    return keep[labels].astype(np.uint8)


def _box_sides(
    dark: np.ndarray, text_height: int | None, rules: np.ndarray | None = None
) -> np.ndarray:
    """The vertical sides of a row of boxes (comb fields), as a mask to paint out: strokes
    of one height, evenly spaced, that meet a printed rule at their top or foot (a box's
    side does; the 1s of a handwritten "11/11" do not)."""
    k = max(10, int(0.9 * text_height)) if text_height else max(10, dark.shape[0] // 3)
    vertical = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((k, 1), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(vertical, connectivity=8)
    if n <= 3:
        return np.zeros_like(dark)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    tallest = float(np.percentile(heights, 90))
    sides = [i + 1 for i, h in enumerate(heights) if h >= 0.85 * tallest]
    if rules is not None:
        sides = [i for i in sides if _meets_rule(stats[i], rules)]
    if len(sides) < 3 or not _evenly_spaced(sorted(int(stats[i, cv2.CC_STAT_LEFT]) for i in sides)):
        return np.zeros_like(dark)
    mask = np.isin(labels, sides).astype(np.uint8)
    return cv2.dilate(mask, np.ones((3, 3), np.uint8))


def _frame_ends(dark: np.ndarray, rules: np.ndarray, mm: float) -> np.ndarray:
    """The sides of a box framing the writing, as a mask to paint out: the first and the
    last stroke of the line when they are thin, upright and run from the box's top rule
    to its bottom one (a written "I" stands inside the box, clear of both). Left in, a
    side reads as a letter: "IKEITA" for KEÏTA.

    >>> dark = np.zeros((40, 100), np.uint8); rules = np.zeros_like(dark)
    >>> rules[2, :] = rules[37, :] = 1
    >>> dark[5:35, 3:5] = 1  # the frame's left side
    >>> dark[12:28, 20:24] = 1; dark[12:28, 40:42] = 1  # two letters, the second an I
    >>> int(_frame_ends(dark, rules, 4.0)[20].sum() > 0), int(_frame_ends(dark, rules, 4.0)[20, 40])
    (1, 0)
    """
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    mask = np.zeros_like(dark)
    big = [i for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] >= 4]
    if len(big) < 2:
        return mask
    reach = max(3, int(1.2 * mm))
    left = min(big, key=lambda i: stats[i, cv2.CC_STAT_LEFT])
    right = max(big, key=lambda i: stats[i, cv2.CC_STAT_LEFT] + stats[i, cv2.CC_STAT_WIDTH])
    ends = (left, right)
    for i in set(ends):
        x, y, w, h = (int(v) for v in stats[i, :4])
        if w > max(3, 1.5 * mm) or h < 3 * mm:
            continue
        cols = slice(max(0, x - 2), x + w + 2)
        if (
            rules[max(0, y - reach) : y + 1, cols].any()
            and rules[y + h - 1 : y + h + reach, cols].any()
        ):
            mask[labels == i] = 1
    return mask


def _meets_rule(stat: np.ndarray, rules: np.ndarray) -> bool:
    x, y, w, h = (int(v) for v in stat[:4])
    x0, x1 = max(0, x - 3), x + w + 3
    return any(rules[max(0, end - 3) : end + 4, x0:x1].any() for end in (y, y + h - 1))


def _evenly_spaced(xs: list[int]) -> bool:
    """Do vertical strokes at ``xs`` stand like a comb's sides (most gaps alike), rather
    than like the strokes of handwriting (the 1s and 4s of "14/10")?

    >>> _evenly_spaced([10, 50, 90, 130, 200, 240]), _evenly_spaced([10, 34, 97])
    (True, False)
    """
    gaps = [b - a for a, b in itertools.pairwise(xs) if b - a > 2]
    if len(gaps) < 2:
        return False
    step = float(np.median(gaps))
    alike = sum(abs(g - step) <= 0.15 * step for g in gaps)
    return alike >= max(2, 0.6 * len(gaps))


def read_line(
    zone: np.ndarray,
    dpi: int,
    configs: tuple[tuple[str, str], ...],
    looks: tuple[tuple[int, int], ...] = ((TARGET_HEIGHT, 0),),
    text_height: int | None = None,
    faint: bool = False,
    dots: bool = False,
) -> list[str]:
    """What each (languages, tesseract config) reads in the zone's handwriting, for each
    look (ink height in pixels, strokes thickened by so many pixels): a pen's thin strokes
    read better thickened, a felt pen's worse, so several looks are read and the caller
    votes. An empty list when the zone holds no handwriting. ``dots``: as ``ink_only``."""
    ink = ink_only(zone, dpi, text_height, faint, dots)
    if ink is None:
        return []
    out: list[str] = []
    for height, thicken in looks:
        img = ink
        scale = height / max(1, img.shape[0])
        if scale > 1.15 or scale < 0.6:
            interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
            img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=interp)
            _, img = cv2.threshold(img, 127, 255, cv2.THRESH_BINARY)
        if thicken:
            img = cv2.erode(img, np.ones((thicken + 1, thicken + 1), np.uint8))
        img = cv2.copyMakeBorder(img, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=255)
        out.extend(ocr.ocr_string(img, langs, config).strip() for langs, config in configs)
    return out


HAND_PAD = 8
"""White margin set round a line of ink before PP-OCR reads it."""


def read_hand(
    zone: np.ndarray,
    dpi: int,
    text_height: int | None = None,
    faint: bool = False,
    dots: bool = False,
    stretch: float = 1.0,
    upright: float = 0.0,
) -> tuple[str, float] | None:
    """What PP-OCR's recogniser (``docverify.ppocr``) reads in the zone's handwriting, cut
    out as for ``read_line``, and how sure it is (0-1); None when the zone holds no
    handwriting. It reads a hand's capitals where tesseract, trained on print, does not.
    ``stretch``: the writing widened so much first (a date's "1" and the slash leaning on
    its foot, read as one "V" close together, stand apart). ``upright``: the writing
    sheared back so much (each row moved right by that share of its height from the top:
    a hand leaning forward stood up, and a 1's long flag no longer meets the slash before
    it)."""
    ink = ink_only(zone, dpi, text_height, faint, dots)
    if ink is None or (ink := _without_strays(ink)) is None:
        return None
    if stretch != 1.0:
        ink = cv2.resize(ink, None, fx=stretch, fy=1.0, interpolation=cv2.INTER_CUBIC)
    if upright:
        h, w = ink.shape[:2]
        shear = np.array([[1, upright, 0], [0, 1, 0]], dtype=np.float32)
        ink = cv2.warpAffine(
            ink, shear, (w + int(upright * h) + 1, h), flags=cv2.INTER_CUBIC, borderValue=255
        )
    pad = HAND_PAD
    return ppocr.read_text_line(
        cv2.copyMakeBorder(ink, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    )


STRAY_GAP = 4.0
"""A blank this many times the writing's height wide parts the writing from stray marks
(words stand about one height apart)."""


def _without_strays(ink: np.ndarray) -> np.ndarray | None:
    """A line of ink (black on white) without the marks standing far from the writing (a
    scan's dark edge, a speck at the end of the field), cut to what is left: read whole, a
    black bar a page away from "Mohammad Ashraful" made PP-OCR read "Mohammad aShu"
    (form_az d006). None when nothing is left.

    >>> line = np.full((40, 400), 255, np.uint8)
    >>> line[10:30, 5:120] = 0; line[0:40, 350:390] = 0  # a word, and the scan's edge
    >>> _without_strays(line).shape
    (20, 115)
    """
    dark = ink < 128
    cols = np.flatnonzero(dark.any(axis=0))
    if not cols.size:
        return None
    # the writing's height: its tall letters' (most columns of a hand's small letters
    # hold a stroke a few pixels high)
    spans = [np.flatnonzero(dark[:, c]) for c in cols]
    height = max(4.0, float(np.percentile([s[-1] - s[0] + 1 for s in spans], 90)))
    # the groups of columns parted by wide blanks: the one with the most ink is the
    # writing, with what stands near it; the rest strays
    breaks = np.flatnonzero(np.diff(cols) > STRAY_GAP * height)
    groups = np.split(cols, breaks + 1)
    main = max(range(len(groups)), key=lambda i: int(dark[:, groups[i]].sum()))
    keep = np.zeros(dark.shape[1], dtype=bool)
    keep[groups[main][0] : groups[main][-1] + 1] = True
    dark &= keep[None, :]
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    if not rows.size:
        return None
    return np.asarray(ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1])


WORDS_PAD = 24
"""White margin set round a line of ink before tesseract reads its words."""


def read_words(ink: np.ndarray) -> list[Word]:
    """The words tesseract reads in a line of handwriting (black on white, cut to its
    ink: ``ink_only``), as one line, their boxes in the ink's own pixels: where a printed
    "le" or a month's name ends, the rest of the line begins."""
    pad = WORDS_PAD
    image = cv2.copyMakeBorder(ink, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    return [
        dataclasses.replace(w, box=(w.box[0] - pad, w.box[1] - pad, w.box[2] - pad, w.box[3] - pad))
        for w in ocr.ocr_words(image, "fra", psm=7)
    ]


SLANTS = tuple(range(-40, 41, 2))
"""The slants (degrees from upright, leaning right positive) a hand is tried for."""


def deslanted(ink: np.ndarray) -> tuple[np.ndarray, int]:
    """A line of handwriting (black on white, cut to its ink) sheared upright, and the
    slant it leant by: the shear that makes its strokes stand tallest in their columns
    (the ink's column counts squared, summed, at their greatest; upright, a hand's 1s and
    a slash apart stand apart, where leaning they overlap and read as one character).

    >>> line = np.full((20, 50), 255, np.uint8)
    >>> for x in (5, 20, 35):  # three strokes leaning right by 1 in 2
    ...     for y in range(20):
    ...         line[y, x - y // 2 + 10] = 0
    >>> upright, slant = deslanted(line)
    >>> slant, int((upright < 128).any(axis=0).sum())  # each stroke one column again
    (26, 3)
    """
    dark = (ink < 128).astype(np.uint8)
    h, w = dark.shape
    best: tuple[float, int, np.ndarray] = (-1.0, 0, dark)
    for degrees in SLANTS:
        t = float(np.tan(np.radians(degrees)))
        # x' = x + t * y: a stroke's foot moves right of its head by its lean (t * h)
        width = w + int(abs(t) * h) + 2
        m = np.array([[1.0, t, 1.0 if t >= 0 else 1.0 - t * h], [0.0, 1.0, 0.0]], np.float32)
        out = np.asarray(cv2.warpAffine(dark, m, (width, h), flags=cv2.INTER_NEAREST))
        score = float((out.sum(axis=0).astype(np.float64) ** 2).sum())
        if score > best[0]:
            best = (score, degrees, out)
    _score, degrees, out = best
    ys, xs = np.nonzero(out)
    if not ys.size:
        return ink, 0
    cut = out[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    return np.where(cut > 0, 0, 255).astype(np.uint8), degrees
