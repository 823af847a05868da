"""Characters written one per box ("comb" fields: a date of birth as JJ MM AAAA, a social
security number), read after the boxes' printed lines are taken out.

Tesseract reads the box frames as ``|`` and ``1`` and loses the digits between them; with
the long straight strokes removed (the frames, the baseline), what remains is the
handwriting, read as one line. Where a comb's boxes stand is ``vision.comb_cells``;
framed groups of a few boxes and the measures shared with them are in ``vision.boxes``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import cv2
import numpy as np

from docverify import ocr
from docverify.model import PageText, Word
from docverify.vision.boxes import (
    DIGITS,
    LINE_INK,
    at_height,
    darkened,
    inked,
    mm_px,
)
from docverify.vision.capitals import HandWord, read_word
from docverify.vision.comb_cells import comb_cells
from docverify.vision.digits import glyph


def comb_zone(page: PageText, label: Sequence[Word], width_mm: float = 75.0) -> np.ndarray | None:
    """The strip right of ``label`` where its boxes stand (boxes are taller than text)."""
    if page.image is None or not label:
        return None
    x0 = max(w.box[2] for w in label)
    y0 = min(w.box[1] for w in label)
    y1 = max(w.box[3] for w in label)
    h = max(8, y1 - y0)
    height, width = page.image.shape[:2]
    top, bottom = max(0, y0 - h), min(height, y1 + h)
    right = min(width, x0 + mm_px(page.dpi, width_mm))
    if right - x0 < 20 or bottom - top < 8:
        return None
    return page.image[top:bottom, x0 + 2 : right]


def without_lines(zone: np.ndarray, dpi: int) -> np.ndarray:
    """The zone with its long horizontal and vertical strokes painted white."""
    background = float(np.percentile(zone, 90))
    dark = (zone < background * LINE_INK).astype(np.uint8)
    h_len = max(8, mm_px(dpi, 5.0))
    v_len = max(6, int(zone.shape[0] * 0.55))
    horizontal = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((1, h_len), np.uint8))
    vertical = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((v_len, 1), np.uint8))
    lines = cv2.dilate(np.maximum(horizontal, vertical), np.ones((3, 3), np.uint8))
    out = zone.copy()
    out[lines > 0] = 255
    return out


def read_comb_digits(page: PageText, label: Sequence[Word], width_mm: float = 75.0) -> str:
    """The digits written in the boxes right of ``label`` (may be empty)."""
    zone = comb_zone(page, label, width_mm)
    if zone is None:
        return ""
    clean = at_height(without_lines(zone, page.dpi), 48, 12, keep=(0.0, 1.2))
    text = ocr.ocr_string(clean, "eng", f"--psm 7 -c tessedit_char_whitelist={DIGITS}")
    return "".join(c for c in text if c.isdigit())


CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ-"
"""What a name comb holds: the form asks for capitals, one a box."""


def _letters(image: np.ndarray, cells: Sequence[tuple[int, int, int, int]], dpi: int) -> np.ndarray:
    """The insides of a run of boxes side by side, without their printed sides: the
    letters as a word, a little apart."""
    inset = max(2, mm_px(dpi, 0.5))
    y0 = min(c[1] for c in cells) + inset
    y1 = max(c[3] for c in cells) - inset
    gap = np.full((max(1, y1 - y0), max(2, (y1 - y0) // 8)), 255, dtype=np.uint8)
    parts: list[np.ndarray] = [gap]
    for x0, _t, x1, _b in cells:
        inside = image[y0:y1, x0 + inset : x1 - inset]
        if not inside.size:
            continue
        # the letter alone, so the word reads as a word, not as letters far apart (a pale
        # pen's strokes first made as dark as a pen's)
        inside = darkened(inside)
        cols = np.nonzero((inside < float(np.percentile(inside, 95)) * 0.6).any(axis=0))[0]
        if cols.size:
            inside = inside[:, max(0, cols[0] - 1) : cols[-1] + 2]
        parts.extend((inside, gap))
    return np.hstack(parts)


STRADDLED = 0.5
"""Share of a run's inner box sides that its ink crosses, from which the run was typed
over the comb (a fillable PDF printed without its comb spacing) and is read whole."""


def _typed_across(
    image: np.ndarray, cells: Sequence[tuple[int, int, int, int]], first: int, last: int, dpi: int
) -> tuple[np.ndarray, int] | None:
    """The boxes ``first`` to ``last`` as one line, their sides taken out and the strokes
    that stood on them kept, with the number of boxes it spans, when the characters ignore
    the boxes (a fillable PDF's value printed in its own spacing, letters standing across
    the sides); None when they stand one a box (read box by box). A last narrow letter
    that the inked boxes did not count (an "I" over a side) is taken in. A large hand
    crosses the sides too: the caller tells the two apart by the letters read (more
    letters than boxes: typed across)."""
    if last <= first:
        return None
    inset = max(2, mm_px(dpi, 0.5))
    y0 = min(c[1] for c in cells) + inset
    y1 = max(c[3] for c in cells) - inset
    x0 = cells[first][0]
    zone = image[y0:y1, x0 : cells[-1][2]]
    if zone.size == 0 or y1 - y0 < 6:
        return None
    background = float(np.percentile(zone, 90))
    dark = (zone < background * LINE_INK).astype(np.uint8)
    # a side runs the box's whole height; a letter's stem, the height of a capital
    sides = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((int(0.85 * (y1 - y0)), 1), np.uint8))
    sides = cv2.dilate(sides, np.ones((1, 3), np.uint8))
    ink = dark & (sides == 0)
    # a frame's short ticks (the cerfa's) stand where the boxes part, and are no letter
    stems = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((max(3, (y1 - y0) // 4), 1), np.uint8))
    stems = cv2.dilate(stems, np.ones((1, 3), np.uint8))
    near = max(2, mm_px(dpi, 0.6))
    enough = 0.25 * (y1 - y0)

    def crossed(c: tuple[int, int, int, int]) -> bool:
        x = c[0] - x0
        band = slice(max(0, x - near), x + near + 1)
        edge = slice(max(0, x - 2), x + 3)
        across = ink[:, band].sum() - (ink[:, edge] & stems[:, edge]).sum()
        return bool(across >= enough)

    inner = cells[first + 1 : last + 1]
    if sum(map(crossed, inner)) < max(1.0, STRADDLED * len(inner)):
        return None
    while (
        last + 1 < len(cells)
        and ink[:, cells[last + 1][0] - x0 : cells[last + 1][2] - x0].sum() >= enough
    ):
        last += 1
    right = cells[last][2] - x0
    # the sides painted paper, but a stroke that ran across one kept: the rows where ink
    # touches the side's band on both its left and its right, or where the band is darker
    # than the side alone is (an "I" or a stem standing on the side)
    out = zone.copy()
    out[sides > 0] = int(background)
    band = sides.any(axis=0)
    edges = np.flatnonzero(np.diff(np.r_[0, band.astype(np.int8), 0]))
    margin = max(1, (y1 - y0) // 7)
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        if start == 0 or stop >= zone.shape[1]:
            continue
        width = dark[:, max(0, start - 2) : stop + 2].sum(axis=1)
        alone = float(np.median(np.r_[width[:margin], width[-margin:]]))
        rows = ((ink[:, start - 1] > 0) & (ink[:, stop] > 0)) | (width >= alone + 2)
        out[rows, start:stop] = zone[rows, start:stop]
    return out[:, :right], last - first + 1


def read_comb_words(
    page: PageText,
    label: Sequence[Word],
    configs: Sequence[tuple[str, str]],
    keep: str = "-'",
    width_mm: float = 170.0,
    letters: bool = True,
    cells: Sequence[tuple[int, int, int, int]] | None = None,
) -> list[str] | None:
    """The words written one character a box in the comb right of ``label`` (its
    ``cells`` when the caller found them already): each run of filled boxes is a word,
    read alone with the boxes' sides taken out, by each (languages, config); the
    characters of ``keep`` are kept, and letters unless ``letters`` is false (a date
    written a digit a box). None when there is no comb; one reading per config otherwise
    (empty for a blank comb)."""
    cells = comb_cells(page, label, width_mm) if cells is None else cells
    if not cells or page.image is None:
        return None
    image = page.image
    reads: list[list[str]] = [[] for _ in configs]
    for a, b in filled_runs(image, cells, page.dpi):
        zones: list[np.ndarray] = []
        if (across := _typed_across(image, cells, a, b, page.dpi)) is not None:
            # more letters than boxes: typed in its own spacing; else a large hand
            text = ocr.ocr_string(at_height(across[0], 64, 16, keep=(0.7, 1.2)), *configs[0])
            if sum(c.isalpha() for c in text) > across[1]:
                zones = [at_height(w, 64, 16, keep=(0.7, 1.2)) for w in _typed_words(across[0])]
        if not zones:
            zones = [
                at_height(_letters(image, cells[a : b + 1], page.dpi), 64, 16, keep=(0.7, 1.2))
            ]
        for k, (languages, config) in enumerate(configs):
            for zone in zones:
                text = ocr.ocr_string(zone, languages, config).strip()
                word = "".join(c for c in text.upper() if c in keep or (letters and c.isalpha()))
                if word:
                    reads[k].append(word)
    return [" ".join(r) for r in reads]


def filled_runs(
    image: np.ndarray, cells: Sequence[tuple[int, int, int, int]], dpi: int
) -> list[tuple[int, int]]:
    """The runs of written boxes (first and last index): a word each."""
    filled = [inked(image, c, dpi) for c in cells]
    runs: list[tuple[int, int]] = []
    start = None
    for i, f in enumerate([*filled, False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def read_hand_letters(
    page: PageText, cells: Sequence[tuple[int, int, int, int]], reads: Sequence[str]
) -> HandWord | None:
    """The words handwritten one letter a box in ``cells``, read box by box
    (``vision.capitals``), OCR's ``reads`` of them (one per config, words apart) weighing
    in. None for a blank comb, a run typed across the boxes (most reads find a third more
    letters than boxes) or a box whose ink cannot be told from paper."""
    if page.image is None or not cells:
        return None
    runs = filled_runs(page.image, cells, page.dpi)
    words, confidence = [], 1.0
    placed = [_words_to_runs(r.split(), runs) for r in reads]
    for n, (a, b) in enumerate(runs):
        said = [w for p in placed if (w := p[n]) is not None]
        boxes = b + 1 - a
        if sum(len(w) >= boxes + max(2, boxes // 3) for w in said) * 2 > len(reads):
            return None  # typed across the boxes in its own spacing: OCR read more letters
        masks = [glyph(page.image[y0:y1, x0:x1]) for x0, y0, x1, y1 in cells[a : b + 1]]
        if any(m is None for m in masks):
            return None
        word = read_word([m for m in masks if m is not None], said)
        if word is None:
            return None
        words.append(word.text)
        confidence = min(confidence, word.confidence)
    return HandWord(" ".join(words), confidence) if words else None


def _words_to_runs(words: Sequence[str], runs: Sequence[tuple[int, int]]) -> list[str | None]:
    """An OCR read's words put in the comb's runs of filled boxes: one a run when it has as
    many; with fewer (a word lost: "MEHMET" of MEHMET EMRE, form_ay d007), each in the next
    run as long as it, in order; the rest unsaid."""
    if len(words) == len(runs):
        return list(words)
    placed: list[str | None] = [None] * len(runs)
    if len(words) > len(runs):
        joined = _joined_to_runs(words, runs)
        return placed if joined is None else list[str | None](joined)
    n = 0
    for word in words:
        while n < len(runs) and runs[n][1] + 1 - runs[n][0] != len(word):
            n += 1
        if n == len(runs):
            return [None] * len(runs)
        placed[n] = word
        n += 1
    return placed


def _joined_to_runs(words: Sequence[str], runs: Sequence[tuple[int, int]]) -> list[str] | None:
    """An OCR read that parted a run's word in two (a wide gap between two of its boxes:
    "MOH AMMAD" of MOHAMMAD, form_cc d013): its words joined run by run, when their
    letters fill the runs' boxes exactly, in order; else None.

    >>> _joined_to_runs(["SEYED", "MOH", "AMMAD", "RETA"], [(0, 4), (6, 13), (15, 18)])
    ['SEYED', 'MOHAMMAD', 'RETA']
    >>> _joined_to_runs(["SEYED", "MOH", "AMMA", "RETA"], [(0, 4), (6, 13), (15, 18)]) is None
    True
    """
    out: list[str] = []
    k = 0
    for a, b in runs:
        word = ""
        while k < len(words) and len(word) < b + 1 - a:
            word += words[k]
            k += 1
        if len(word) != b + 1 - a:
            return None
        out.append(word)
    return out if k == len(words) else None


WORD_GAP = 0.3
"""A blank wider than this share of the capitals' height parts two typed words (letters
stand closer; a side taken out leaves a gap a tenth as wide)."""


def _typed_words(zone: np.ndarray) -> list[np.ndarray]:
    """A line typed across a comb cut into its words at the blanks between them: read
    whole, with the sides' gaps beside its letters, "MOHAMED AMINE" read as one word."""
    background = float(np.percentile(zone, 90))
    dark = zone < background * LINE_INK
    rows = np.flatnonzero(dark.any(axis=1))
    cols = np.flatnonzero(dark.any(axis=0))
    if rows.size == 0 or cols.size == 0:
        return [zone]
    blanks = [
        (int(left), int(right)) for left, right in itertools.pairwise(cols) if right > left + 1
    ]
    if not blanks:
        return [zone]
    # wider than a letter's spacing, and than most blanks (letters evenly spread are no words)
    gap = max(
        3, WORD_GAP * (rows[-1] - rows[0] + 1), 1.5 * float(np.median([b - a for a, b in blanks]))
    )
    cuts = [0]
    for left, right in blanks:
        if right - left > gap:
            cuts.append((left + right) // 2)
    cuts.append(zone.shape[1])
    return [zone[:, x0:x1] for x0, x1 in itertools.pairwise(cuts)]
