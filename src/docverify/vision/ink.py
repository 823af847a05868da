"""Ink measured in a zone of the page: is there a signature? (Checkboxes, which reuse its
frames and its ink threshold, are ``vision.checkbox``.)

OCR cannot tell a signature or a tick; the pixels can. A zone is located from the
words around it (the "Signature" label, a checkbox's caption), and what dark ink
remains once the empty form's own marks are taken out is measured:

* ink is judged against the zone's paper level (a bright percentile), so paper tint,
  brightness and JPEG ringing do not count;
* specks smaller than a pen stroke are dropped, so scan noise does not count;
* long straight strokes (the signature box's frame, dotted leaders, rules) are printed
  form, not handwriting, and are removed before measuring.

Sizes are in millimetres and converted with the page's dpi, so a 100-dpi render of a
PDF and a 300-dpi scan are judged alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np

from docverify.model import PageText, Word
from docverify.values.names import fold_upper

SIGNATURE_MIN_INK = 0.004
"""Share of handwriting pixels in the signature zone that makes it 'signed'. An empty
box measures 0 to 0.0005 after its frame is removed; a signature 0.01 to 0.04."""
SIGNATURE_MIN_SPAN_MM = 8.0
"""A signature is wide: its ink must spread over at least this many millimetres."""
SIGNATURE_MIN_AREA_MM2 = 12.0
"""...or, in a zone so wide that a thin pen's signature is a small share of it (a whole
page's width under "Signature de l'hébergeant"), this much ink: a signature of thin
strokes covers 20 to 60 mm², a dot or a short stroke under 4."""
NO_SIGNATURE_MM2 = 4.0
"""Ink (mm²) below which the marks in a signature zone are no signature whatever their
shape (clean paper, specks, a dot, a short stroke): 'unsigned' is then a reliable read.
Between this and a signature, the marks need a look."""
DARK = 0.6
"""A pixel is ink when darker than this fraction of the paper level."""
FRAME_DARK = 0.8
"""A checkbox frame is looked for among pixels darker than this fraction of the paper."""
FAINT_FRAME_DARK = 0.92
"""...and a box framed in pale grey, when none is found so, among these."""
FAINT_STROKE_MM = 1.5
"""A faint stroke is thinner than this (the black-hat's reach)."""
FAINT_CONTRAST = 45
"""...and this many grey levels darker than the paper around it."""

CAPTION_WORDS = re.compile(
    r"^(SIGNATURE|SIGNATURES|DU|DE|LA|LE|L'?ASSUREE?|DEMANDEURS?|DEMANDEUSE|HEBERGEANTE?|"
    r"TITULAIRE|BENEFICIAIRE|DECLARANTE?|:|\(|\))$"
)
"""Printed words that may stand in a signature zone (its caption); masked before measuring.
Other words found there are taken to be the signature itself (a signed name)."""


def _mm(page: PageText, mm: float) -> int:
    return round(mm / 25.4 * page.dpi)


def _px(dpi: int, mm: float) -> int:
    return max(1, round(mm / 25.4 * dpi))


def clip_box(image: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    h, w = image.shape[:2]
    x0, y0, x1, y1 = max(0, box[0]), max(0, box[1]), min(w, box[2]), min(h, box[3])
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    return x0, y0, x1, y1


def _dark(zone: np.ndarray) -> np.ndarray:
    """Binary (0/1) ink mask of a zone, judged against its own paper level."""
    background = float(np.percentile(zone, 90))
    return (zone < max(40.0, background * DARK)).astype(np.uint8)


def faint_strokes(zone: np.ndarray, dpi: int) -> np.ndarray:
    """Binary (0/1) mask of thin strokes lighter than ``_dark`` takes for ink (a fine pen
    on a blurred photo reads mid-grey): pixels much darker than their surroundings within
    a pen stroke's reach (a black-hat), so shading and shadows, broad and smooth, do not
    count."""
    size = _px(dpi, FAINT_STROKE_MM) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    hat = cv2.morphologyEx(zone, cv2.MORPH_BLACKHAT, kernel)
    return (hat >= FAINT_CONTRAST).astype(np.uint8)


def _drop_specks(mask: np.ndarray, min_area: int) -> np.ndarray:
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    keep = np.zeros(n, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= min_area
    return keep[labels].astype(np.uint8)


def _drop_straight_lines(mask: np.ndarray, min_len: int) -> np.ndarray:
    """Remove horizontal and vertical strokes at least ``min_len`` pixels long."""
    horizontal = cv2.morphologyEx(
        mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (min_len, 1))
    )
    vertical = cv2.morphologyEx(
        mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, min_len))
    )
    lines = cv2.dilate(np.maximum(horizontal, vertical), np.ones((3, 3), np.uint8))
    return (mask & (1 - np.asarray(lines, dtype=np.uint8))).astype(np.uint8)


RULE_MM = 10.0
"""A straight piece of ink this long, however slanted, is a printed rule or a frame's
side: a box's sides on a photo whose sheet was not set straight (form_bk d019)."""
RULE_WIDTH_MM = 0.6
"""...and no wider than this across (a pen's straight stroke is as thin: only one this
long, alone, is dropped)."""


def _drop_slanted_rules(mask: np.ndarray, min_len: int, width: int) -> np.ndarray:
    """Remove pieces of ink that are straight lines at least ``min_len`` pixels long and
    at most ``width`` across, at any slant (``_drop_straight_lines`` takes the level and
    upright ones): a frame's sides converging on a photo whose sheet was not set straight,
    each piece thin, long, and filling its leaning rectangle. A pen's strokes joined into
    a signature are no such piece."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    drop = np.zeros(n, dtype=bool)
    for i in range(1, n):
        if max(stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]) < min_len:
            continue
        x, y = stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_TOP]
        box = labels[y : y + stats[i, cv2.CC_STAT_HEIGHT], x : x + stats[i, cv2.CC_STAT_WIDTH]]
        ys, xs = np.nonzero(box == i)
        (_c, (w, h), _a) = cv2.minAreaRect(np.column_stack([xs, ys]).astype(np.float32))
        drop[i] = max(w, h) >= min_len and min(w, h) <= max(width, 0.02 * max(w, h))
    return (mask * ~drop[labels]).astype(np.uint8)


def ink_ratio(
    image: np.ndarray, box: tuple[int, int, int, int], mask_words: Sequence[Word] = ()
) -> float:
    """Share of ink pixels in ``box`` (x0, y0, x1, y1), ``mask_words`` blanked out.

    Ink is judged against the zone's background level (its bright percentile), and only
    blobs bigger than specks count, so JPEG noise and grain stay out.
    """
    clipped = clip_box(image, box)
    if clipped is None:
        return 0.0
    x0, y0, x1, y1 = clipped
    zone = image[y0:y1, x0:x1].copy()
    blank_words(zone, (x0, y0), mask_words)
    return float(_drop_specks(_dark(zone), 6).mean())


def blank_words(zone: np.ndarray, origin: tuple[int, int], words: Sequence[Word]) -> None:
    """Paint ``words`` (page boxes) white in ``zone``, whose top-left is ``origin``."""
    ox, oy = origin
    for word in words:
        wx0, wy0, wx1, wy1 = word.box
        zone[
            max(0, wy0 - oy - 2) : max(0, wy1 - oy + 2), max(0, wx0 - ox - 2) : max(0, wx1 - ox + 2)
        ] = 255


@dataclass(frozen=True)
class InkMeasure:
    """What was measured in a zone: the share of handwriting pixels and how wide it
    spreads (mm). ``zone`` is in the page image's pixel space."""

    ratio: float
    span_mm: float
    zone: tuple[int, int, int, int]
    area_mm2: float = 0.0
    """The ink's own area, whatever the zone's size."""
    pale: InkMeasure | None = None
    """Asked for (``with_pale``) and the ink not looking signed: the thin strokes of the
    same zone however pale (``faint_strokes``)."""
    stroke_mm: float = 0.0
    """The longest curved stroke (one piece of ink, neither a dot nor a straight rule: its
    extent in mm), the mark a hand leaves and print does not (letters are a few mm);
    measured on pale strokes only."""


def handwriting_ink(
    image: np.ndarray,
    box: tuple[int, int, int, int],
    dpi: int,
    mask_words: Sequence[Word] = (),
    with_pale: bool = False,
) -> InkMeasure | None:
    """Handwriting in ``box``: dark pixels minus specks and minus the form's straight lines
    (``with_pale``: and, when that does not look signed, its ``pale`` strokes).

    None when the box falls outside the image.
    """
    clipped = clip_box(image, box)
    if clipped is None:
        return None
    x0, y0, x1, y1 = clipped
    zone = image[y0:y1, x0:x1].copy()
    blank_words(zone, (x0, y0), mask_words)
    measure = _measure(_dark(zone), clipped, dpi)
    if with_pale and not looks_signed(measure):
        pale = _measure(faint_strokes(zone, dpi), clipped, dpi, strokes=True)
        measure = replace(measure, pale=pale)
    return measure


def _measure(
    mask: np.ndarray, zone: tuple[int, int, int, int], dpi: int, strokes: bool = False
) -> InkMeasure:
    """The mask's ink without rules and specks; ``strokes``: its longest curved stroke
    too (asked of pale strokes only, which are judged by it)."""
    mask = _drop_straight_lines(mask, _px(dpi, 6.0))
    mask = _drop_slanted_rules(mask, _px(dpi, RULE_MM), _px(dpi, RULE_WIDTH_MM))
    mask = _drop_specks(mask, max(6, _px(dpi, 0.35) ** 2 * 2))
    cols = np.flatnonzero(mask.any(axis=0))
    span = (cols[-1] - cols[0] + 1) * 25.4 / dpi if cols.size else 0.0
    area = float(np.count_nonzero(mask)) * (25.4 / dpi) ** 2
    stroke = _stroke_mm(mask, dpi) if strokes else 0.0
    return InkMeasure(float(mask.mean()), float(span), zone, area, stroke_mm=stroke)


def _stroke_mm(mask: np.ndarray, dpi: int) -> float:
    """The extent (mm) of the longest piece of ink that bends: its smallest enclosing
    rectangle at least ``CURVED_MM`` across, so a rule or a crease (straight, however
    slanted) does not count."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    longest = 0.0
    for contour in contours:
        if len(contour) < 5:
            continue
        _centre, (w, h), _angle = cv2.minAreaRect(contour)
        if min(w, h) * 25.4 / dpi >= CURVED_MM:
            longest = max(longest, max(w, h) * 25.4 / dpi)
    return longest


CURVED_MM = 2.5
"""A piece of ink whose enclosing rectangle is this wide both ways bends: no rule."""


def find_label(page: PageText, pattern: str, last: bool = True) -> Word | None:
    """The word matching ``pattern`` (over folded upper-case text), last or first on the page."""
    rx = re.compile(pattern)
    hits = [w for w in page.words if rx.search(fold_upper(w.text))]
    if not hits:
        return None
    return hits[-1] if last else hits[0]


def signature_zone(page: PageText, label: Word) -> tuple[int, int, int, int]:
    """Where a signature goes: under (and a little left of) its label, about a box's size."""
    x0, _y0, _x1, y1 = label.box
    return (x0 - _mm(page, 15), y1 + _mm(page, 1), x0 + _mm(page, 95), y1 + _mm(page, 35))


def _frames(
    page: PageText,
    region: tuple[int, int, int, int],
    min_mm: tuple[float, float],
    level: float = FRAME_DARK,
) -> list[tuple[int, int, int, int]]:
    """Printed rectangles in ``region`` at least ``min_mm`` (width, height), found from
    their long straight strokes (horizontal and vertical runs of dark pixels), so
    handwriting inside or across a frame does not hide it."""
    if page.image is None:
        return []
    clipped = clip_box(page.image, region)
    if clipped is None:
        return []
    rx0, ry0, rx1, ry1 = clipped
    zone = page.image[ry0:ry1, rx0:rx1]
    background = float(np.percentile(zone, 90))
    dark = (zone < background * level).astype(np.uint8)
    long_h = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (_mm(page, 20), 1)))  # fmt: skip
    # sides 8 mm long at least, or most of a low frame's height (a date's cell 5 mm tall)
    side = _mm(page, min(SIDE_MM, 0.8 * min_mm[1]))
    long_v = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (1, side)))  # fmt: skip
    lines = cv2.dilate(np.maximum(long_h, long_v), np.ones((3, 3), np.uint8))
    w_min, h_min = _mm(page, min_mm[0]), _mm(page, min_mm[1])
    w_max, h_max = _mm(page, 170), _mm(page, 90)

    def found(joined: np.ndarray, grown: int) -> list[tuple[int, int, int, int]]:
        contours, _ = cv2.findContours(joined * 255, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        out = []
        for c in contours:
            bx, by, bw, bh = cv2.boundingRect(c)
            bx, by, bw, bh = bx + grown, by + grown, bw - 2 * grown, bh - 2 * grown
            if not (w_min <= bw <= w_max and h_min <= bh <= h_max):
                continue
            if not framed(lines, (bx, by, bw, bh), min_share=0.7):
                continue
            out.append((rx0 + bx, ry0 + by, rx0 + bx + bw, ry0 + by + bh))
        return out

    if frames := found(lines, 0):
        return frames
    # none: a box with rounded corners, whose sides and top and bottom meet only once
    # the corners' gaps are bridged (form_bl d008, whose signature box was not found)
    corner = _mm(page, ROUND_CORNER_MM) | 1
    return found(cv2.dilate(lines, np.ones((corner, corner), np.uint8)), corner // 2)


SIDE_MM = 8.0
"""The least length of a frame's upright sides (a frame lower than this: most of its height)."""
ROUND_CORNER_MM = 2.5
"""How far apart a rounded frame's straight sides may end at its corners."""


def find_frame(
    page: PageText, near: Word, min_mm: tuple[float, float] = (35.0, 12.0)
) -> tuple[int, int, int, int] | None:
    """The printed rectangle a label names ("Signature" above or inside its box): the
    framed box nearest the label, at least ``min_mm`` (width, height), or None."""
    lx0, ly0, lx1, ly1 = near.box
    # a frame beside the label rises above it: the region reaches 40 mm up; a caption
    # centred in a wide frame ("Signature" printed pale in its middle) stands up to half
    # the widest frame from its left side
    region = (lx0 - _mm(page, 90), ly0 - _mm(page, 40), lx1 + _mm(page, 200), ly1 + _mm(page, 75))
    for level in (FRAME_DARK, FAINT_FRAME_DARK):
        if best := _nearest_frame(page, near, _frames(page, region, min_mm, level)):
            return best
    return None


def _nearest_frame(
    page: PageText, near: Word, frames: list[tuple[int, int, int, int]]
) -> tuple[int, int, int, int] | None:
    lx0, ly0, lx1, ly1 = near.box
    # "beside" counts from the end of the label's words on its line ("Signature du
    # demandeur", the box right of the whole caption: form_an d008)
    end = max((w.box[2] for w in page.words if w.line == near.line and w.box[0] >= lx0
               and abs(w.box[1] - ly0) <= ly1 - ly0), default=lx1)  # fmt: skip
    best: tuple[float, tuple[int, int, int, int]] | None = None
    for box in frames:
        # the label inside the frame's top, just above it, or beside it on its left
        # ("Signature du demandeur :" level with the middle of a box on its right)
        inside = box[0] - 2 <= lx0 and lx1 <= box[2] + 2 and box[1] - 2 <= ly0 <= box[3]
        above = abs(box[1] - ly1) <= _mm(page, 12) and box[0] - _mm(page, 25) <= lx0 <= box[2]
        beside = box[1] <= (ly0 + ly1) / 2 <= box[3] and 0 <= box[0] - end <= _mm(page, BESIDE_MM)
        if not (inside or above or beside):
            continue
        distance = abs(box[1] - ly0) + abs(box[0] - lx0) * 0.2
        if best is None or distance < best[0]:
            best = (distance, box)
    return best[1] if best else None


BESIDE_MM = 80.0
"""How far right of its caption's last word a box level with it may start (a caption in
the left column, the box in the right one)."""

SECTION_REACH_MM = 90.0
"""How far below a section heading ("VOS ENGAGEMENTS ET SIGNATURE") its signature box is
looked for: the certification text and the "Fait à ... le" line come first."""


def frame_below(
    page: PageText,
    heading: Word,
    min_mm: tuple[float, float] = (35.0, 12.0),
    reach_mm: float = SECTION_REACH_MM,
) -> tuple[int, int, int, int] | None:
    """The first framed box under a section heading (or a line such as "Fait à ... le"),
    anywhere across the page: the signature box of a section whose only "Signature" is
    its heading (its own caption printed too faintly to be read, or not at all)."""
    if page.image is None:
        return None
    top = heading.box[3]
    region = (0, top, page.image.shape[1], top + _mm(page, reach_mm))
    for level in (FRAME_DARK, FAINT_FRAME_DARK):
        if frames := [f for f in _frames(page, region, min_mm, level) if f[1] > top]:
            return min(frames, key=lambda f: f[1])
    return None


def caption_words(page: PageText, zone: tuple[int, int, int, int]) -> list[Word]:
    """The words of a signature box's caption the page's read found in ``zone``
    ("Signature du demandeur"): print, not handwriting."""
    return [
        w for w in page.words if overlaps(w.box, zone) and CAPTION_WORDS.match(fold_upper(w.text))
    ]


def ink_in_frame(
    page: PageText, frame: tuple[int, int, int, int], with_pale: bool = False
) -> InkMeasure | None:
    """The handwriting inside a frame (inset from its rules), its caption words masked."""
    if page.image is None:
        return None
    inset = _mm(page, 1.2)
    zone = (frame[0] + inset, frame[1] + inset, frame[2] - inset, frame[3] - inset)
    return handwriting_ink(page.image, zone, page.dpi, caption_words(page, zone), with_pale)


def signature_ink(
    page: PageText, label: str = r"SIGNATURE", with_pale: bool = False
) -> InkMeasure | None:
    """The handwriting measured in the signature box (the frame the label names, inset),
    or under the label when no frame is printed; None without label or image, or when
    the only "Signature" is a section heading's with no box under it."""
    if page.image is None:
        return None
    rx = re.compile(label)
    hits = [w for w in page.words if rx.search(fold_upper(w.text))]
    if not hits:
        return None
    # the word may be printed several times (a section title "... ET SIGNATURE", a note
    # "Signature du demandeur dans le cadre ci-contre"): the one that names a frame wins
    frame = next((f for hit in reversed(hits) if (f := find_frame(page, hit))), None)
    if frame is None and all(_in_heading(page, h) for h in hits):
        # the paragraph under a heading is no signature zone: the section's box is, and
        # without one the heading says nothing of where the signature is (form_bl d008:
        # the paragraph's print was measured as a signature)
        frame = frame_below(page, hits[-1])
        if frame is None:
            return None
    if frame is not None:
        return ink_in_frame(page, frame, with_pale)
    # no frame: the space under the label, never under the word inside a section
    # heading ("VOS ENGAGEMENTS ET SIGNATURE"), whose "zone" is the paragraph below (a
    # page whose only "Signature" is a heading's was answered above)
    labels = [h for h in hits if not _in_heading(page, h)]
    zone = signature_zone(page, labels[-1])
    # under a label with no frame, printed words read with confidence are print, not a
    # signature (inside a frame, a signature written legibly may read as a word too)
    printed = [w for w in page.words if overlaps(w.box, zone)
               and w.conf >= PRINTED_CONF and len(w.text) >= 3 and w.text.isalpha()]  # fmt: skip
    captions = caption_words(page, zone)
    return handwriting_ink(page.image, zone, page.dpi, captions + printed, with_pale)


PRINTED_CONF = 90.0
"""A word OCR'd at least this confidently inside a signature zone is printed text."""


def _in_heading(page: PageText, word: Word) -> bool:
    """Is ``word`` inside a heading: after other words on a line of three or more printed
    all in capitals ("VOS ENGAGEMENTS ET SIGNATURE"; not the label "SIGNATURE DU
    DEMANDEUR", which opens its line)?"""
    # noise OCR reads at the bar's end ("ee" at confidence 22, form_ay d006) is no word
    line = sorted((w for w in page.words if w.line == word.line
                   and (w is word or w.conf >= HEADING_NOISE_CONF)), key=lambda w: w.box[0])  # fmt: skip
    if len(line) > 1 and line[0] is not word and sum(c.isalpha() for c in line[0].text) <= 2:
        line = line[1:]  # the section's letter in a circle, read "Cc}", "©" or "(Gl)"
    letters = [w.text for w in line if any(c.isalpha() for c in w.text)]
    return line[0] is not word and len(letters) >= 3 and all(map(_capitals, letters))


HEADING_NOISE_CONF = 40.0
"""A word read below this confidence on a heading's line is noise, not a word of it."""

_SAME_IN_BOTH_CASES = frozenset("cosuvwxz")
"""Letters whose capital and small forms differ only in size: "VOS" is read "vos"."""


def _capitals(text: str) -> bool:
    """Printed in capitals, as OCR can tell: small letters only where the capital looks
    the same ("vos" for "VOS")."""
    return all(not c.islower() or c in _SAME_IN_BOTH_CASES for c in text)


def signature_present(page: PageText, label: str = r"SIGNATURE") -> bool | None:
    """True if the zone under/after the signature label holds handwriting-like ink.

    None when there is no label to anchor the zone or no image.
    """
    measure = signature_ink(page, label)
    return None if measure is None else looks_signed(measure)


def looks_signed(measure: InkMeasure) -> bool:
    """Enough ink, spread wide enough, for a signature (not a dot or a short stroke)."""
    enough = measure.ratio >= SIGNATURE_MIN_INK or measure.area_mm2 >= SIGNATURE_MIN_AREA_MM2
    return enough and measure.span_mm >= SIGNATURE_MIN_SPAN_MM


def pale_hand(measure: InkMeasure) -> bool:
    """Pale strokes that spread like a signature and hold one long curved stroke, the
    trace a pen leaves and print does not (a grey caption's letters are a few mm each; a
    dot, a tick or a rule is no such stroke): a fine pen that a soft scan turned mid-grey
    (form_ay d002, d013, d016), signed as surely as in black."""
    pale = measure.pale
    return pale is not None and looks_signed(pale) and pale.stroke_mm >= SIGNATURE_STROKE_MM


SIGNATURE_STROKE_MM = 10.0
"""The longest curved stroke of a pale signature spans at least this (measured: 13 to 55
mm on fine-pen signatures; a grey caption's letters and a stray tick under 2)."""


def overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Do two boxes ``(x0, y0, x1, y1)`` share any area?"""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def framed(mask: np.ndarray, rect: tuple[int, int, int, int], min_share: float = 0.6) -> bool:
    """Are the four sides of ``rect`` drawn? (a box's frame is; a letter such as V is not)

    Each side is looked for in a band a quarter of the box deep, so a tick sticking out
    of the frame (which enlarges the bounding rectangle) does not hide the frame.
    """
    x, y, w, h = rect
    band = max(2, min(w, h) // 4)
    sides = (
        mask[y : y + band, x : x + w].any(axis=0),
        mask[y + h - band : y + h, x : x + w].any(axis=0),
        mask[y : y + h, x : x + band].any(axis=1),
        mask[y : y + h, x + w - band : x + w].any(axis=1),
    )
    return all(side.size and float(side.mean()) >= min_share for side in sides)
