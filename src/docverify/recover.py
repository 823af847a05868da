"""Rows a page's first read missed, read again: rows tesseract's layout analysis skipped
or read as one with the next, rows written light on a dark bar, and small print set in
pale grey (``recover_missed_lines``), each from a crop of the page."""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Sequence

import numpy as np

from docverify import ocr
from docverify.model import Word
from docverify.orientation import GOOD_WORD_CONF
from docverify.vision.geometry import reversed_bands
from docverify.vision.ink import overlaps
from docverify.vision.text_rows import TALL_BOX, pale_text_lines, uncovered_text_lines

RECOVERED_BLOCK = 1000
"""Block numbers of lines found by the recovery pass start here."""


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    out: list[list[Word]] = []
    for w in words:
        if out and out[-1][0].line == w.line:
            out[-1].append(w)
        else:
            out.append([w])
    return out


MERGED_ROWS_CONF = 30.0
MERGED_ROWS_HEIGHT = 1.8
"""A word read below this confidence and this many times taller than the page's typical
word spans two rows that tesseract took for one (a phone screen's small grey label over
its large value: "IBAN" over "FR76 4061..." read "FR7é" in one tall box)."""


SHORT_READ_CONF = 70.0
SHORT_READ_WIDTH = 1.6
"""A word read below this confidence whose box is this many times wider (in its own
heights) than it has characters is a short read of a longer word: "cus" for a table
cell's "CALLOWAY", tesseract's layout misled by the cell's rules. A letter is about 0.6
of its height wide; even "W" or "M" is under 1.2."""


def _short_read(w: Word) -> bool:
    height = max(1, w.box[3] - w.box[1])
    chars = max(1, len(w.text.strip()))
    return w.conf < SHORT_READ_CONF and w.box[2] - w.box[0] > SHORT_READ_WIDTH * height * chars


def _typical_height(words: Sequence[Word]) -> int:
    """The median height of the words read with confidence (0 without any)."""
    heights = sorted(w.box[3] - w.box[1] for w in words if w.conf >= GOOD_WORD_CONF)
    return heights[len(heights) // 2] if heights else 0


def _to_read_again(words: Sequence[Word]) -> set[int]:
    """Indexes of the words to read again: those that stand over two rows of text (see
    MERGED_ROWS_*), and short reads of longer words (``_short_read``)."""
    if sum(w.conf >= GOOD_WORD_CONF for w in words) < 3:
        return set()
    typical = _typical_height(words)
    return {
        i for i, w in enumerate(words)
        if (w.conf < MERGED_ROWS_CONF and w.box[3] - w.box[1] > MERGED_ROWS_HEIGHT * typical)
        or _short_read(w)
    }  # fmt: skip


EDGE_MARKS = "[]|{}"
"""What a box's edge beside a word in a crop is read as ("[Arjun")."""


def _edge_stripped(w: Word) -> Word:
    text = w.text.strip(EDGE_MARKS)
    return dataclasses.replace(w, text=text) if text and text != w.text else w


def _kept(w: Word) -> bool:
    """A recovered word worth keeping: read with some confidence, or a word of letters
    whose confidence a box's edge glued to it pulled down ("[Arjun" at 32)."""
    if not any(c.isalnum() for c in w.text):
        return False
    return w.conf >= 40 or (w.conf >= 25 and len(w.text) >= 3 and w.text.isalpha())


def recover_missed_lines(
    image: np.ndarray,
    dpi: int,
    words: tuple[Word, ...],
    languages: str,
    original: np.ndarray | None = None,
) -> tuple[Word, ...]:
    """Read the rows tesseract's layout analysis skipped, or read as one with the next
    (``_to_read_again``), and the rows written light on a dark bar (``reversed_bands``),
    and put them in reading order: a piece of a row that the page's read already has a
    line for joins that line (in left-to-right order). ``original``: the page as it came,
    when ``image`` had its light made even (which turns a dark bar into paper)."""
    bands = reversed_bands(image if original is None else original, dpi, image)
    image = image if bands is None else bands
    doubtful = _to_read_again(words)
    covered = [w.box for i, w in enumerate(words) if i not in doubtful]
    boxes = uncovered_text_lines(image, covered, dpi)
    pale = pale_text_lines(image, covered + boxes, dpi)
    if not boxes and not pale:
        return words
    crops = ocr.ocr_crops(image, boxes, languages, RECOVERED_BLOCK)
    if pale:  # read apart: the strip of crops is read as one block, each crop sways the rest
        crops += ocr.ocr_crops(image, pale, languages, RECOVERED_BLOCK + len(boxes))
    found = [w for w in map(_edge_stripped, crops) if _kept(w)]
    if pale:
        words, found = _pale_words_placed(words, found, RECOVERED_BLOCK + len(boxes))
    if not found:
        return words
    kept = [
        w for i, w in enumerate(words)
        if i not in doubtful or not any(overlaps(w.box, f.box) for f in found)
    ]  # fmt: skip
    if doubtful:  # a crop that took in the edge of a word already read reads it twice
        found = [f for f in found if not any(overlaps(f.box, w.box) for w in kept)]
    lines = _lines(kept)
    for new in _lines(found):
        top = min(w.box[1] for w in new)
        bottom = max(w.box[3] for w in new)
        same = (
            next((line for line in lines if _same_row(line, top, bottom)), None)
            if doubtful
            else None
        )
        if same is not None:
            same.extend(dataclasses.replace(w, line=same[0].line) for w in new)
            same.sort(key=lambda w: w.box[0])
            continue
        at = next(
            (i for i, line in enumerate(lines) if min(w.box[1] for w in line) > top), len(lines)
        )
        lines.insert(at, new)
    return tuple(w for line in lines for w in line)


PALE_ROW_CONF = 60.0
"""A pale row is read when its words' mean confidence reaches this and one of them is a
word (three letters or more): a form's grey labels read at 90 and more ("Nom",
"Prénom(s)"); a certificate's pale seal, a visa's tint or a line in another script come
out as noise words ("m" 46, "MUNI" 34, set_ax p03; a lone "7" on a sample visa)."""


def _pale_words_placed(
    words: tuple[Word, ...], found: list[Word], first_pale: int
) -> tuple[tuple[Word, ...], list[Word]]:
    """The words read on pale rows (blocks from ``first_pale`` on), placed among the
    page's: one inside the box of a word much taller than the page's typical word is
    the pale label that box took in ("Nom de naissance" over "SUBRAMANIAN"), and the box
    is cut back to the word's own rows; one on a word of ordinary height is that word
    read twice, and dropped."""
    typical = _typical_height(words)
    out = list(words)
    kept: list[Word] = []
    by_block: dict[int, list[Word]] = {}
    for f in found:
        by_block.setdefault(f.line[0], []).append(f)
    for f in found:
        if f.line[0] < first_pale:
            kept.append(f)
            continue
        block = by_block[f.line[0]]
        if statistics.fmean(w.conf for w in block) < PALE_ROW_CONF or not any(
            sum(c.isalpha() for c in w.text) >= 3 for w in block
        ):
            continue  # a tint, a stamp's grey, another script read as noise ("m", "LD", "7")
        hits = [i for i, w in enumerate(out) if overlaps(w.box, f.box)]
        tall = [i for i in hits if typical and out[i].box[3] - out[i].box[1] > TALL_BOX * typical]
        if len(tall) < len(hits):
            continue  # read already
        for i in tall:
            x0, y0, x1, y1 = out[i].box
            middle = (f.box[1] + f.box[3]) / 2
            y0, y1 = (max(y0, f.box[3]), y1) if middle < (y0 + y1) / 2 else (y0, min(y1, f.box[1]))
            out[i] = dataclasses.replace(out[i], box=(x0, y0, x1, max(y0 + 1, y1)))
        kept.append(f)
    return tuple(out), kept


def _same_row(line: Sequence[Word], top: int, bottom: int) -> bool:
    """Does a line's band hold most of a piece read from ``top`` to ``bottom``? The band
    is its confident words' (a noise word read over two rows widens it to both)."""
    sure = [w for w in line if w.conf >= GOOD_WORD_CONF] or list(line)
    y0 = min(w.box[1] for w in sure)
    y1 = max(w.box[3] for w in sure)
    return min(y1, bottom) - max(y0, top) > 0.6 * (bottom - top)
