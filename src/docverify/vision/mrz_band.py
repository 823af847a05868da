"""Where a machine-readable zone may be on an image (MRZ band candidates found by
morphology, as rotated rectangles, cut out straight, or the band round the MRZ-like words
a page's OCR gave: ``band_from_words``) and how a band's image is made ready for OCR and
read (its variants, its glyphs re-set at an even pitch); the reads are gathered and judged
in ``vision.mrz``."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from docverify import ocr
from docverify.model import PageText, Word

log = logging.getLogger(__name__)

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Band:
    """A candidate MRZ band: a rotated rectangle in the image's pixel space."""

    center: tuple[float, float]
    size: tuple[float, float]  # (long side, short side)
    angle: float  # degrees, the long side's slope (counter-clockwise positive in OpenCV terms)

    @property
    def box(self) -> Box:
        cx, cy = self.center
        w, h = self.size
        return (int(cx - w / 2), int(cy - h / 2), int(cx + w / 2), int(cy + h / 2))


def _line_bars(
    image: np.ndarray,
) -> tuple[list[tuple[tuple[float, float], float, float, float]], float]:
    """Text lines as bars: ((cx, cy), length, thickness, angle) in a reduced image, and
    the reduction factor."""
    h0, w0 = image.shape[:2]
    scale = 900 / max(h0, w0) if max(h0, w0) > 900 else 1.0
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    unit = max(3, round(max(small.shape) / 900 * 9))
    rect = cv2.getStructuringElement(cv2.MORPH_RECT, (unit + 4, max(3, unit // 2 + 1)))
    blackhat = cv2.morphologyEx(cv2.GaussianBlur(small, (3, 3), 0), cv2.MORPH_BLACKHAT, rect)
    grad = np.absolute(cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=-1))
    span = max(1e-6, float(grad.max() - grad.min()))
    grad8 = (255 * (grad - grad.min()) / span).astype(np.uint8)
    grad8 = cv2.morphologyEx(grad8, cv2.MORPH_CLOSE, rect)
    _, thresh = cv2.threshold(grad8, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    thresh = cv2.morphologyEx(thresh, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    # join the characters of a line, not the lines
    thresh = cv2.morphologyEx(
        thresh, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * unit + 3, 1))
    )
    contours, _ = cv2.findContours(thresh, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    bars = []
    for c in contours:
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(c)
        if rw < rh:
            rw, rh, angle = rh, rw, angle - 90
        angle = (angle + 90) % 180 - 90
        if abs(angle) > 20 or rh < 3 or rw / rh < 6:
            continue
        if rw < 0.18 * max(small.shape):
            continue
        if cv2.contourArea(c) / max(1.0, rw * rh) < 0.35:
            continue
        bars.append(((cx, cy), rw, rh, angle))
    return bars, scale


def _groups(bars: list[tuple[tuple[float, float], float, float, float]]) -> list[list[int]]:
    """Runs of 2-3 parallel bars of similar length stacked at a text line's pitch."""
    order = sorted(range(len(bars)), key=lambda i: bars[i][0][1])

    def follows(a: int, b: int) -> bool:
        (ax, ay), aw, ah, aa = bars[a]
        (bx, by), bw, bh, ba = bars[b]
        if abs(aa - ba) > 3 or not 0.75 <= aw / bw <= 1.33:
            return False
        rad = np.radians(aa)
        dx, dy = bx - ax, by - ay
        along = dx * np.cos(rad) + dy * np.sin(rad)
        across = -dx * np.sin(rad) + dy * np.cos(rad)
        pitch = max(ah, bh)
        return abs(along) < 0.15 * max(aw, bw) and 0.8 * pitch < abs(across) < 4.0 * pitch

    groups = []
    for i, a in enumerate(order):
        run = [a]
        for b in order[i + 1 :]:
            if follows(run[-1], b):
                run.append(b)
                if len(run) == 3:
                    break
        if len(run) >= 2:
            groups.append(run)
            if len(run) == 3:
                groups.append(run[1:])
                groups.append(run[:2])
    return groups


def locate_bands(image: np.ndarray, limit: int = 4) -> list[Band]:
    """MRZ candidates as rotated rectangles: 2-3 stacked, parallel text lines of equal
    length first (the MRZ's shape), then single long lines with room around them.

    A blackhat brings dark characters out of any background (guilloches, a table under a
    photo), a horizontal gradient keeps text-like texture, a horizontal closing joins
    characters into line bars. Bars are rotated rectangles, so skew and mild perspective
    keep them whole; grouping them does not depend on the image's scale.
    """
    bars, scale = _line_bars(image)
    found: list[tuple[float, Band]] = []
    seen: set[tuple[int, ...]] = set()
    for group in _groups(bars):
        key = tuple(sorted(group))
        if key in seen:
            continue
        seen.add(key)
        pts = np.concatenate(
            [cv2.boxPoints((bars[i][0], (bars[i][1], bars[i][2]), bars[i][3])) for i in group]
        )
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(pts.astype(np.float32))
        if rw < rh:
            rw, rh, angle = rh, rw, angle - 90
        angle = (angle + 90) % 180 - 90
        line_h = max(bars[i][2] for i in group)
        band = Band(
            (cx / scale, cy / scale),
            ((rw * 1.08 + 2 * line_h) / scale, (rh + 1.4 * line_h) / scale),
            angle,
        )
        found.append((2.0 + 0.1 * len(group) + cy / 1000, band))
    for (cx, cy), rw, rh, angle in bars:
        band = Band((cx / scale, cy / scale), ((rw * 1.08 + 2 * rh) / scale, rh * 6 / scale), angle)
        found.append((1.0 + cy / 1000, band))
    found.sort(key=lambda rb: -rb[0])
    return [b for _r, b in found[:limit]]


def cut_band(image: np.ndarray, band: Band) -> np.ndarray:
    """The band cut out straight (its rotation undone), white outside the image."""
    cx, cy = band.center
    w, h = band.size
    matrix = cv2.getRotationMatrix2D((cx, cy), band.angle, 1.0)
    matrix[0, 2] += w / 2 - cx
    matrix[1, 2] += h / 2 - cy
    return cv2.warpAffine(
        image, matrix, (int(w), int(h)), flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT, borderValue=255,
    )  # fmt: skip


def crop_box(image: np.ndarray, box: Box) -> np.ndarray:
    h, w = image.shape[:2]
    x0, y0, x1, y1 = max(0, box[0]), max(0, box[1]), min(w, box[2]), min(h, box[3])
    return image[y0:y1, x0:x1]


EVEN_GAP = 0.15
"""The gap left between glyphs re-set at an even pitch, in glyph widths: tighter than an
MRZ printed in a wide-set font (a gap as wide as a glyph), where tesseract's line model
splits glyphs in two ("4T7" read "4ST7") and merges filler runs."""
MIN_GLYPHS = 10


def _runs(mask: np.ndarray, min_len: int = 1) -> list[tuple[int, int]]:
    """Start and end of each run of True in a 1-D mask."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return [
        (int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True) if b - a >= min_len
    ]


def even_pitch(grey: np.ndarray, gap: float = EVEN_GAP) -> tuple[np.ndarray, list[int]] | None:
    """The band's text lines with their glyphs re-set side by side at an even, ordinary
    pitch (black on white) and how many glyphs each line holds, or None when no line of
    ``MIN_GLYPHS`` glyphs is found.

    An MRZ has no spaces: every position holds a glyph, so the columns without ink split
    a line into its glyphs, and closing the gaps between them changes no character.
    """
    _, dark = cv2.threshold(
        cv2.GaussianBlur(grey, (3, 3), 0), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU
    )
    ink: np.ndarray = np.asarray(dark) > 0
    rows: np.ndarray = ink.sum(axis=1) > 0.02 * ink.shape[1]
    lines: list[np.ndarray] = []
    counts: list[int] = []
    for y0, y1 in _runs(rows, min_len=8):
        strip = ink[y0:y1]
        glyphs = _runs(np.asarray(strip.any(axis=0)))
        if len(glyphs) < MIN_GLYPHS:
            continue
        width = float(np.median([b - a for a, b in glyphs]))
        # specks between glyphs: narrow and nearly inkless
        glyphs = [
            (a, b)
            for a, b in glyphs
            if b - a >= 0.2 * width or strip[:, a:b].sum() >= 0.05 * width * (y1 - y0)
        ]
        step = max(2, round(gap * width))
        out = np.ones((y1 - y0, sum(b - a for a, b in glyphs) + step * (len(glyphs) + 1)), bool)
        x = step
        for a, b in glyphs:
            out[:, x : x + b - a] = np.logical_not(strip[:, a:b])
            x += b - a + step
        lines.append(out)
        counts.append(len(glyphs))
    if not lines:
        return None
    pad = max(line.shape[0] for line in lines) // 2
    page = np.ones(
        (
            sum(line.shape[0] + pad for line in lines) + pad,
            max(line.shape[1] for line in lines) + 2 * pad,
        ),
        bool,
    )
    y = pad
    for line in lines:
        page[y : y + line.shape[0], pad : pad + line.shape[1]] = line
        y += line.shape[0] + pad
    return page.astype(np.uint8) * 255, counts


# --------------------------------------------------------------------------- reading a band

BAND_CONFIG = (
    "--oem 1 --psm 6 -c tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789< "
    "-c load_system_dawg=0 -c load_freq_dawg=0"
)


def prepare_band(crop: np.ndarray) -> np.ndarray:
    """Scale so an MRZ character is ~26 px wide (tesseract's sweet spot) and pad."""
    target_w = 44 * 26
    scale = max(0.5, min(4.0, target_w / max(1, crop.shape[1])))
    if abs(scale - 1.0) > 0.05:
        interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=interp)
    return cv2.copyMakeBorder(crop, 24, 24, 24, 24, cv2.BORDER_REPLICATE)


def band_variants(crop: np.ndarray) -> Iterator[np.ndarray]:
    """Grey, global Otsu, then local thresholding (glare, shadows, JPEG blocks)."""
    lo, hi = float(crop.min()), float(crop.max())
    norm = ((crop.astype(np.float32) - lo) * (255.0 / max(1.0, hi - lo))).astype(np.uint8)
    yield norm
    _, otsu = cv2.threshold(
        cv2.GaussianBlur(norm, (3, 3), 0), 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU
    )
    yield otsu
    block = max(15, (norm.shape[0] // 6) | 1)
    yield cv2.adaptiveThreshold(
        cv2.GaussianBlur(norm, (3, 3), 0), 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C,
        cv2.THRESH_BINARY, block, 15,
    )  # fmt: skip


def ocr_band(image: np.ndarray) -> str:
    try:
        return ocr.ocr_string(image, "eng", BAND_CONFIG)
    except Exception as exc:  # a failing crop must not sink the page
        log.debug("MRZ band OCR failed: %s", exc)
        return ""


def hand_read_band(image: np.ndarray) -> str:
    """The band's lines read one at a time by PP-OCR (``docverify.ppocr``), which reads an
    MRZ's OCR-B where tesseract inserts or splits glyphs ("OQ" for a wide "Q"); lines it
    is not sure of are left out. Its reads are judged like tesseract's (check digits)."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    _, ink = cv2.threshold(
        cv2.GaussianBlur(grey, (3, 3), 0), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU
    )
    runs = _runs((ink > 0).mean(axis=1) > 0.05, min_len=6)
    if not 2 <= len(runs) <= 3:
        return ""
    lines = []
    for top, bottom in runs:
        margin = max(2, (bottom - top) // 4)
        # ``HAND_READ`` gives nothing for a line PP-OCR is not sure of
        text = ocr.ocr_string(grey[max(0, top - margin) : bottom + margin], *ocr.HAND_READ)
        if text:
            lines.append(text.replace(" ", "").upper())
    return "\n".join(lines)


def filler_score(text: str) -> int:
    """How MRZ-like OCR text is: fillers in lines of MRZ length (upside-down text has none)."""
    score = 0
    for line in text.splitlines():
        t = line.replace(" ", "")
        if 26 <= len(t) <= 48:
            score += t.count("<") + 5
    return score


def to_glyph_counts(text: str, counts: Sequence[int]) -> str:
    """Lines read longer or shorter than the glyphs counted on them, when the count is an
    MRZ's width: their trailing filler run (fillers and the K tesseract reads some of them
    as, up to the line's end or its last check digit) is set to the length that makes up
    the count. Closed up, a run of fillers reads short ("IRFRA8DZ41KP730<<<<<<<<<" for 15
    fillers) or doubled ("<K<K<KKKK"). Only when the text has as many lines as were counted.

    >>> to_glyph_counts("IRFRA8DZ41KP730<<<<<<<<<\\nBOUZIDI<<AMINE<KARIM<<<<<<<<<<", [30, 30])
    'IRFRA8DZ41KP730<<<<<<<<<<<<<<<\\nBOUZIDI<<AMINE<KARIM<<<<<<<<<<'
    >>> to_glyph_counts("IRFRABFVIQK27L4<K<K<KKKKKKKKKKKK\\n9502286F2707185CMR<<<<<<<<<0", [30, 30])
    'IRFRABFVIQK27L4<<<<<<<<<<<<<<<\\n9502286F2707185CMR<<<<<<<<<<<0'
    """
    lines = [line.replace(" ", "") for line in text.splitlines() if line.strip()]
    if len(lines) != len(counts):
        return text
    out = []
    for line, count in zip(lines, counts, strict=True):
        run = _TRAILING_FILLERS.search(line)
        if count in (30, 36, 44) and len(line) != count and run:
            length = len(run.group(1)) + count - len(line)
            if length > 0:
                line = line[: run.start(1)] + "<" * length + line[run.end(1) :]
        out.append(line)
    return "\n".join(out)


_TRAILING_FILLERS = re.compile(r"(<[<K]*)[0-9]?$")


# --------------------------------------------------------------------------- the band a page's words show

MRZ_CHARS = re.compile(r"^[A-Z0-9<«]+$")


def mrz_words(page: PageText) -> list[Word]:
    """The page's words that look like an MRZ's: its characters, with fillers or digits;
    or a run of fillers whatever letters stand beside them (a page read in another
    script's languages gives a Russian passport's MRZ as "Р<ВУЗ$МТВМО<<АГЕК$ЕТ<<<<", set_bw
    p04)."""
    out = []
    for w in page.words:
        t = w.text.replace("«", "<")
        if len(t) < 8:
            continue
        if (MRZ_CHARS.match(t) and ("<" in t or sum(c.isdigit() for c in t) >= 6)) or "<<<<" in t:
            out.append(w)
    return out


def band_from_words(page: PageText) -> Box | None:
    """The band around the page's MRZ-like words: the rows of them that stand together
    (an MRZ's two or three lines), the group with most fillers when there are several (a
    long visa number printed at the top is no part of the band)."""
    words = mrz_words(page)
    if not words:
        return None
    line_h = max(8, int(np.median([w.box[3] - w.box[1] for w in words])))
    words.sort(key=lambda w: w.box[1])
    groups: list[list[Word]] = [[words[0]]]
    for w in words[1:]:
        if w.box[1] - groups[-1][-1].box[3] > 2.5 * line_h:
            groups.append([])
        groups[-1].append(w)
    words = max(groups, key=lambda g: (sum(w.text.count("<") for w in g), len(g)))
    x0 = min(w.box[0] for w in words)
    y0 = min(w.box[1] for w in words)
    x1 = max(w.box[2] for w in words)
    y1 = max(w.box[3] for w in words)
    line_h = max(8, int(np.median([w.box[3] - w.box[1] for w in words])))
    # one row found: the band's other rows (read as other words) lie above or below it
    pad = line_h if y1 - y0 > 2 * line_h else int(2.5 * line_h)
    return (max(0, x0 - 3 * line_h), max(0, y0 - pad), x1 + 3 * line_h, y1 + pad)
