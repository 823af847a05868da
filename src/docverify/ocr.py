"""OCR calls: words, text and orientation of an image, cached and time-limited.

The engine (tesserocr in-process, or the ``tesseract`` program) is in
``docverify.tesseract``; each call runs on one thread (OMP_THREAD_LIMIT=1). Parallelism
comes from reading several pages at once (see ``text.py``), which on a 2-core machine is
about five times faster than tesseract's own threading.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import pytesseract
from PIL import Image

from docverify import tesseract
from docverify.cache import OcrCache
from docverify.errors import OcrTimeout, OcrUnavailable
from docverify.model import Word

log = logging.getLogger(__name__)


MRZ_WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"

_call_cache: OcrCache | None = None

CALL_TIMEOUT = 180.0
"""Seconds one tesseract call may take outside a page's own deadline (zone reads)."""
GRACE = 10.0
"""Seconds a zone read may still take once the audit's deadline has passed."""
_call_limits: tuple[float, float | None] = (CALL_TIMEOUT, None)
_page = threading.local()  # .deadline (monotonic seconds) and .limit while a page is read


def set_call_limits(seconds: float, until: float | None = None) -> tuple[float, float | None]:
    """The time limit of tesseract calls made outside ``page_deadline`` (zone reads while
    classifying and extracting) and the audit's deadline (monotonic time) that shortens
    it, down to ``GRACE``; returns the previous pair."""
    global _call_limits
    previous, _call_limits = _call_limits, (seconds, until)
    return previous


@contextlib.contextmanager
def page_deadline(seconds: float, until: float | None = None) -> Iterator[None]:
    """Every tesseract call made by this thread inside the block shares ``seconds`` (and
    stops at the monotonic time ``until``, the audit's own deadline, if sooner): beyond,
    tesseract is stopped and ``OcrTimeout`` raised."""
    deadline = time.monotonic() + seconds
    if until is not None:
        deadline = min(deadline, until)
    previous = getattr(_page, "deadline", None), getattr(_page, "limit", None)
    _page.deadline, _page.limit = deadline, seconds
    try:
        yield
    finally:
        _page.deadline, _page.limit = previous


def _timeout() -> float:
    deadline = getattr(_page, "deadline", None)
    if deadline is None:
        seconds, until = _call_limits
        if until is not None:
            seconds = min(seconds, max(GRACE, until - time.monotonic()))
        return seconds
    left = deadline - time.monotonic()
    if left <= 0:
        raise _timed_out()
    return max(1.0, left)


def _timed_out() -> OcrTimeout:
    limit = getattr(_page, "limit", None) or _call_limits[0]
    return OcrTimeout(
        f"OCR stopped after {limit:.0f} s on this page (the time limit; raise it with "
        "--page-timeout or --time-budget)"
    )


def _read(kind: str, image: np.ndarray, languages: str, config: str) -> Any:
    """One tesseract operation (``tsv``, ``text`` or ``orientation``, see
    ``docverify.tesseract``) on an image, stopped at the current time limit."""
    timeout = _timeout()
    try:
        if kind == "orientation":
            return tesseract.orientation(image, config, timeout)
        return getattr(tesseract, kind)(image, languages, config, timeout)
    except OcrTimeout as exc:
        raise _timed_out() from exc


def use_cache(cache: OcrCache | None) -> OcrCache | None:
    """Cache every tesseract call on a crop or page (keyed by its pixels and settings)
    for this process; returns the previous cache. The pipeline sets it for an audit, so
    zone reads made while extracting fields (MRZ bands, form fields) are cached too."""
    global _call_cache
    previous, _call_cache = _call_cache, cache
    return previous


def caching() -> bool:
    """Is the audit's call cache set (a read made ahead is found again by the same call)?"""
    return _call_cache is not None


def _call_key(image: np.ndarray, *settings: str) -> str:
    digest = hashlib.sha256(image.tobytes()).hexdigest()
    return OcrCache.key("call", digest, str(image.shape), tesseract_version(), *settings)


@functools.cache
def tesseract_version() -> str:
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise OcrUnavailable(
            "tesseract is not installed: run the README's install command "
            "(Debian: apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng)"
        )
    return tesseract.version()


@functools.cache
def available_languages() -> frozenset[str]:
    tesseract_version()
    return tesseract.languages()


def usable_languages(wanted: str) -> str:
    """Keep the installed languages of a ``fra+eng`` string; fail if none is left."""
    have = available_languages()
    keep = [lang for lang in wanted.split("+") if lang in have]
    if not keep:
        raise OcrUnavailable(
            f"no tesseract language data for {wanted!r} (installed: {sorted(have)})"
        )
    return "+".join(keep)


def prewarm(languages: str, engines: int = 1) -> None:
    """Load the engines the first pages' reads need (one for each of ``engines`` readers),
    on the calling thread (the pipeline runs this beside the first file's decoding);
    failures are left to the read itself."""
    try:
        tesseract.prewarm(usable_languages(languages), engines)
    except Exception as exc:  # the read itself reports what is wrong
        log.debug("engines not preloaded: %s", type(exc).__name__)


def detect_orientation(image: np.ndarray) -> tuple[int, float, str]:
    """Clockwise rotation (0/90/180/270) that makes the page upright, OSD confidence, and
    the script OSD sees ("Latin", "Cyrillic"...).

    Returns (0, 0.0, "") when tesseract's OSD cannot tell (too little text).
    """
    tesseract_version()
    h, w = image.shape[:2]
    scale = min(1.0, 2000 / max(h, w))
    small = image
    if scale < 1.0:
        small = np.asarray(
            Image.fromarray(image).resize(
                (int(w * scale), int(h * scale)), Image.Resampling.LANCZOS
            )
        )
    rotation, conf, script = _read(
        "orientation", small, "osd", "--psm 0 -c min_characters_to_try=10"
    )
    return int(rotation), float(conf), str(script)


def words_from_tsv(tsv: str) -> tuple[Word, ...]:
    r"""Words of tesseract's TSV rows (without the header), those with a confidence.

    >>> words_from_tsv("5\t1\t1\t1\t1\t1\t10\t20\t30\t12\t91.5\tNOM\n"
    ...                "4\t1\t1\t1\t1\t0\t10\t20\t30\t12\t-1\t")
    (Word(text='NOM', box=(10, 20, 40, 32), conf=91.5, line=(1, 1, 1)),)
    """
    out: list[Word] = []
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or not (text := cells[11].strip()):
            continue
        try:
            conf = float(cells[10])
            x, y, w, h = (int(c) for c in cells[6:10])
            line = (int(cells[2]), int(cells[3]), int(cells[4]))
        except ValueError:
            continue
        if conf >= 0:
            out.append(Word(text, (x, y, x + w, y + h), conf, line))
    return tuple(out)


def ocr_words(image: np.ndarray, languages: str, psm: int = 3, extra: str = "") -> tuple[Word, ...]:
    """Words with boxes and confidence, by tesseract's LSTM engine."""
    config = f"--oem 1 --psm {psm} -c preserve_interword_spaces=0 {extra}".strip()

    def run() -> dict[str, Any]:
        return {"words": words_to_json(words_from_tsv(_read("tsv", image, languages, config)))}

    return words_from_json(memoize(image, ("words", languages, config), run)["words"])


def words_to_json(words: Sequence[Word]) -> list[list[Any]]:
    """Words as JSON rows, for the caches."""
    return [[w.text, list(w.box), w.conf, list(w.line)] for w in words]


def words_from_json(rows: Sequence[Sequence[Any]]) -> tuple[Word, ...]:
    return tuple(
        Word(
            str(r[0]),
            (r[1][0], r[1][1], r[1][2], r[1][3]),
            float(r[2]),
            (r[3][0], r[3][1], r[3][2]),
        )
        for r in rows
    )


def ocr_crops(
    image: np.ndarray, boxes: list[tuple[int, int, int, int]], languages: str, line_offset: int
) -> tuple[Word, ...]:
    """OCR several small zones of a page in ONE tesseract call: the crops are stacked on
    a white strip, read as a block of lines (psm 6), and each word is mapped back to the
    page. Each crop becomes its own block (number ``line_offset + i``), its rows lines."""
    if not boxes:
        return ()
    gap = 24
    crops = [_on_white(image[y0:y1, x0:x1]) for x0, y0, x1, y1 in boxes]
    width = max(c.shape[1] for c in crops) + 2 * gap
    height = sum(c.shape[0] + gap for c in crops) + gap
    strip = np.full((height, width), 255, np.uint8)
    offsets: list[tuple[int, int, int]] = []  # (strip y0, strip y1, crop index)
    y = gap
    for i, c in enumerate(crops):
        strip[y : y + c.shape[0], gap : gap + c.shape[1]] = c
        offsets.append((y, y + c.shape[0], i))
        y += c.shape[0] + gap
    out: list[Word] = []
    for w in ocr_words(strip, languages, psm=6):
        cy = (w.box[1] + w.box[3]) // 2
        hit = next((o for o in offsets if o[0] - gap // 2 <= cy < o[1] + gap // 2), None)
        if hit is None:
            continue
        sy, _sy1, i = hit
        bx0, by0 = boxes[i][0] - gap, boxes[i][1] - sy
        box = (w.box[0] + bx0, w.box[1] + by0, w.box[2] + bx0, w.box[3] + by0)
        # a crop over two rows (a label and the value under it) keeps them two lines
        out.append(Word(w.text, box, w.conf, (line_offset + i, w.line[0] * 1000 + w.line[1],
                                              w.line[2])))  # fmt: skip
    return tuple(out)


def _on_white(crop: np.ndarray) -> np.ndarray:
    """A crop with its own background made white and its ink kept dark: a heading on a
    grey band, pasted on the white strip, would otherwise be binarised as one dark block
    with the strip's white (its words lost)."""
    if crop.size == 0:
        return crop
    paper = float(np.percentile(crop, 75))
    ink = float(np.percentile(crop, 1))
    if paper > 235 or paper - ink < 40:
        return crop  # on white paper already, or no contrast to stretch
    scaled = (crop.astype(np.float32) - ink) * (255.0 / (paper - ink))
    return np.clip(scaled, 0, 255).astype(np.uint8)


def ocr_lines(image: np.ndarray, languages: str = "eng", psm: int = 6, whitelist: str = "") -> str:
    """Plain text of a crop (used for MRZ bands and small zones)."""
    config = f"--oem 1 --psm {psm}"
    if whitelist:
        config += f" -c tessedit_char_whitelist={whitelist}"
    return ocr_string(image, languages, config)


HAND_READ = ("ppocr", "")
"""The (languages, config) that asks ``ocr_string`` for PP-OCR's read of a line instead of
tesseract's (``docverify.ppocr``): a reader of handwriting among tesseract's configs."""
HAND_READ_SURE = 0.85
"""PP-OCR's confidence under which ``HAND_READ`` gives nothing: among reads that vote, a
doubtful one of PP-OCR's ("2/11/20W" for a loopy "20/11/2026", 0.77) would be one
more voice where the other readers could have been heard."""


def ocr_string(image: np.ndarray, languages: str, config: str) -> str:
    """Plain text of an image with any tesseract configuration, cached like every call;
    for ``HAND_READ``, the line as PP-OCR's recogniser reads it when it is sure of it."""
    if (languages, config) == HAND_READ:
        from docverify import ppocr  # its engine loads only where a hand is read

        text, confidence = ppocr.read_text_line(image)
        return text if confidence >= HAND_READ_SURE else ""
    return str(
        memoize(
            image,
            ("string", languages, config),
            lambda: {"text": str(_read("text", image, languages, config))},
        )["text"]
    )


def memoize(
    image: np.ndarray, settings: tuple[str, ...], compute: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """``compute()`` for this image and these settings, from the audit's call cache when
    it has it (for OCR-like work done outside tesseract too, e.g. passporteye)."""
    tesseract_version()
    cache = _call_cache
    key = _call_key(image, *settings) if cache else ""
    if cache and (hit := cache.get(key)) is not None:
        return hit
    value = compute()
    if cache:
        cache.put(key, value)
    return value
