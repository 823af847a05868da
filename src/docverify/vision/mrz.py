"""Find and read the machine-readable zone of a page.

1. The page's own OCR text often holds the MRZ lines already: try them first.
2. Else locate the band: OCR words made of MRZ characters with ``<`` fillers, or, when
   the page OCR saw nothing of it, the densest wide text rows found by morphology
   (the classic blackhat + closing locator), and OCR that band alone with tesseract
   restricted to the MRZ alphabet, at a scale where characters are ~40 px tall.
3. Every read goes through :class:`docverify.values.mrz.Mrz`, which repairs OCR
   confusions only when check digits confirm them; the read with most checks wins.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from docverify import ocr
from docverify.model import PageText, Word
from docverify.values.errors import ValueParseError
from docverify.values.mrz import Mrz

log = logging.getLogger(__name__)

MRZ_CHARS = re.compile(r"^[A-Z0-9<«]+$")


@dataclass(frozen=True)
class MrzRead:
    mrz: Mrz
    box: tuple[int, int, int, int] | None
    method: str  # "page_text" | "band_ocr"

    @property
    def score(self) -> tuple[int, int, int]:
        return (int(self.mrz.valid), sum(self.mrz.checks.values()), -len(self.mrz.repairs))


def _parse_groups(text: str, as_of: dt.date) -> Iterator[Mrz]:
    for group in Mrz.candidates_from_text(text.replace("«", "<").replace(" ", "")):
        try:
            yield Mrz.parse(group, as_of)
        except ValueParseError:
            continue


def _mrz_words(page: PageText) -> list[Word]:
    out = []
    for w in page.words:
        t = w.text.replace("«", "<")
        if len(t) >= 8 and MRZ_CHARS.match(t) and ("<" in t or sum(c.isdigit() for c in t) >= 6):
            out.append(w)
    return out


def _band_from_words(page: PageText) -> tuple[int, int, int, int] | None:
    words = _mrz_words(page)
    if not words:
        return None
    x0 = min(w.box[0] for w in words)
    y0 = min(w.box[1] for w in words)
    x1 = max(w.box[2] for w in words)
    y1 = max(w.box[3] for w in words)
    line_h = max(8, int(np.median([w.box[3] - w.box[1] for w in words])))
    return (x0 - 3 * line_h, y0 - line_h, x1 + 3 * line_h, y1 + line_h)


def _bands_from_morphology(image: np.ndarray, limit: int = 3) -> list[tuple[int, int, int, int]]:
    """Wide, dense text blocks: candidates for the MRZ (bottom-most first)."""
    w = image.shape[1]
    scale = 900 / w if w > 900 else 1.0
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    rect = cv2.getStructuringElement(cv2.MORPH_RECT, (13, 5))
    sq = cv2.getStructuringElement(cv2.MORPH_RECT, (21, 21))
    blackhat = cv2.morphologyEx(cv2.GaussianBlur(small, (3, 3), 0), cv2.MORPH_BLACKHAT, rect)
    grad = np.absolute(cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=-1))
    grad = (255 * (grad - grad.min()) / max(1e-6, float(grad.max() - grad.min()))).astype(np.uint8)
    grad = cv2.morphologyEx(grad, cv2.MORPH_CLOSE, rect)
    _, thresh = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    thresh = cv2.morphologyEx(thresh, cv2.MORPH_CLOSE, sq)
    thresh = cv2.erode(thresh, np.ones((3, 3), np.uint8), iterations=2)
    contours, _ = cv2.findContours(thresh, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    bands = []
    for c in contours:
        x, y, bw, bh = cv2.boundingRect(c)
        if bw / max(1, bh) >= 4 and bw >= small.shape[1] * 0.4:
            pad_x, pad_y = int(bw * 0.04), int(bh * 0.3)
            box = (x - pad_x, y - pad_y, x + bw + pad_x, y + bh + pad_y)
            bands.append(tuple(int(v / scale) for v in box))
    bands.sort(key=lambda b: -b[3])
    return bands[:limit]  # type: ignore[return-value]


def _ocr_band(image: np.ndarray, box: tuple[int, int, int, int]) -> list[str]:
    h, w = image.shape[:2]
    x0, y0, x1, y1 = max(0, box[0]), max(0, box[1]), min(w, box[2]), min(h, box[3])
    crop = image[y0:y1, x0:x1]
    if crop.size == 0:
        return []
    # ~44 characters across the band: scale so a character is ~28 px wide
    target_w = 44 * 28
    scale = max(1.0, min(4.0, target_w / max(1, crop.shape[1])))
    if scale > 1.05:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    crop = cv2.copyMakeBorder(crop, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255)
    _, binary = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    texts = []
    for variant in (crop, binary):
        try:
            texts.append(ocr.ocr_lines(variant, "eng", psm=6, whitelist=ocr.MRZ_WHITELIST))
        except Exception as exc:  # tesseract failure on a crop: try the next variant
            log.debug("MRZ band OCR failed: %s", exc)
    return texts


def read_mrz(page: PageText, as_of: dt.date) -> MrzRead | None:
    """The best MRZ read on a page, or None when no MRZ could be read at all."""
    reads: list[MrzRead] = [MrzRead(m, None, "page_text") for m in _parse_groups(page.text, as_of)]
    if any(r.mrz.valid for r in reads) or page.image is None:
        return max(reads, key=lambda r: r.score, default=None)
    boxes: list[tuple[int, int, int, int]] = []
    band = _band_from_words(page)
    if band:
        boxes.append(band)
    boxes.extend(_bands_from_morphology(page.image))
    for box in boxes:
        for text in _ocr_band(page.image, box):
            reads.extend(MrzRead(m, box, "band_ocr") for m in _parse_groups(text, as_of))
        if any(r.mrz.valid for r in reads):
            break
    return max(reads, key=lambda r: r.score, default=None)


def sniff_mrz_code(text: str) -> str | None:
    """The document code of an MRZ-looking group in OCR text (``P``, ``V``, ``ID``, ``IR``...).

    >>> sniff_mrz_code("x\\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
    ...                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    'P<'
    """
    groups = Mrz.candidates_from_text(text.replace("«", "<"))
    if groups:
        return groups[0][0][:2]
    for line in text.splitlines():
        t = line.replace(" ", "").replace("«", "<")
        if len(t) >= 25 and t.count("<") >= 3 and re.match(r"^[PVIAC][A-Z<][A-Z<]{3}", t):
            return t[:2]
    return None
