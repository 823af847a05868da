"""Stage 3: words for every page — the PDF text layer when there is one, else tesseract.

Before OCR a page is turned upright (tesseract OSD, 0/90/180/270) and deskewed; the
words' boxes refer to that corrected image, which travels with them in ``PageText``.
Pages are OCR'd in parallel (threads driving single-threaded tesseract processes) and
their results cached on disk.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from docverify import ocr
from docverify.cache import OcrCache
from docverify.model import Page, PageText, Word
from docverify.vision.geometry import deskew, rotate_quadrant, rotate_small

log = logging.getLogger(__name__)

OSD_MIN_CONFIDENCE = 1.5
"""Below this OSD confidence the page is left as it is."""


def _upright(image: np.ndarray, rotation: int, skew: float) -> np.ndarray:
    return rotate_small(rotate_quadrant(image, rotation), skew)


def _mean_conf(words: Sequence[Word]) -> float:
    return round(sum(w.conf for w in words) / len(words), 1) if words else 0.0


def _ocr_page(page: Page, languages: str, cache: OcrCache) -> PageText:
    assert page.image is not None
    key = cache.key(page.sha256, languages, ocr.tesseract_version(), "page-v1")
    hit = cache.get(key)
    if hit is not None:
        words = tuple(
            Word(w[0], (w[1][0], w[1][1], w[1][2], w[1][3]), float(w[2]), (w[3][0], w[3][1], w[3][2]))
            for w in hit["words"]
        )
        rotation, skew = int(hit["rotation"]), float(hit["skew"])
        image = _upright(page.image, rotation, skew)
    else:
        rotation, osd_conf = ocr.detect_orientation(page.image)
        if osd_conf < OSD_MIN_CONFIDENCE:
            rotation = 0
        turned = rotate_quadrant(page.image, rotation)
        image, skew = deskew(turned)
        words = ocr.ocr_words(image, languages)
        cache.put(
            key,
            {
                "rotation": rotation,
                "skew": skew,
                "words": [[w.text, list(w.box), w.conf, list(w.line)] for w in words],
            },
        )
    return PageText(page.ref, image, page.dpi, words, "ocr", rotation, skew, _mean_conf(words))


def read_page(page: Page, languages: str, cache: OcrCache) -> PageText:
    if page.text_layer:
        return PageText(
            page.ref, page.image, page.dpi, page.text_layer, "text_layer", 0, 0.0, 100.0
        )
    if page.image is None:
        return PageText(
            page.ref, None, page.dpi, (), "none", error="page has neither text nor image"
        )
    try:
        return _ocr_page(page, languages, cache)
    except ocr.OcrUnavailable:
        raise
    except Exception as exc:  # one bad page must not stop the packet
        log.warning("OCR failed on %s: %s", page.ref, type(exc).__name__)
        return PageText(page.ref, page.image, page.dpi, (), "none", error=f"OCR failed: {exc}")


def default_workers() -> int:
    return max(1, min(8, os.cpu_count() or 1))


def read_pages(
    pages: Sequence[Page],
    languages: str,
    cache: OcrCache,
    workers: int | None = None,
    progress: Callable[[PageText], None] | None = None,
) -> list[PageText]:
    """Text of every page, in the input order."""
    languages = (
        ocr.usable_languages(languages) if any(not p.text_layer for p in pages) else languages
    )
    workers = workers or default_workers()

    def one(page: Page) -> PageText:
        result = read_page(page, languages, cache)
        if progress:
            progress(result)
        return result

    if workers == 1 or len(pages) <= 1:
        return [one(p) for p in pages]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        return list(pool.map(one, pages))
