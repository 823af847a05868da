"""Stage 3: words for every page — the PDF text layer when there is one, else tesseract.

Before OCR a page is turned upright (``orientation``: tesseract OSD, 0/90/180/270) and
deskewed; the words' boxes refer to that corrected image, which travels with them in
``PageText``.
Pages are OCR'd in parallel (threads driving single-threaded tesseract processes) and
their results cached on disk.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np

from docverify import ocr
from docverify.cache import OcrCache
from docverify.hand_lines import reread_doubtful_lines
from docverify.languages import by_tesseract, reread_languages
from docverify.model import Page, PageText, Word
from docverify.orientation import (
    good_words,
    read_well,
    upright,
    upright_and_read,
)
from docverify.paginate import a4_dpi
from docverify.recover import recover_missed_lines
from docverify.vision.geometry import even_light, flatten_page, light_on_dark
from docverify.vision.leaders import erase_dot_leaders
from docverify.vision.sheet import ID1_WIDTH_MM, Quad, find_cards, find_page_quad, find_page_quads

log = logging.getLogger(__name__)


def _mean_conf(words: Sequence[Word]) -> float:
    return round(sum(w.conf for w in words) / len(words), 1) if words else 0.0


A4_RATIO = 2**0.5


def page_dpi(image: np.ndarray, stated: int) -> int:
    """The resolution of a page cut out of a photo: from its size when it has an A4
    sheet's proportions (what the camera states is not the page's), else as stated.

    >>> page_dpi(np.zeros((2693, 1905), np.uint8), 72)
    230
    >>> page_dpi(np.zeros((540, 856), np.uint8), 72)  # a card: not an A4 sheet
    72
    >>> page_dpi(np.zeros((1553, 1248), np.uint8), 300)  # an A4 sheet seen aslant
    142
    """
    long_side, short_side = max(image.shape[:2]), min(image.shape[:2])
    ratio = long_side / max(1, short_side)
    if abs(ratio - A4_RATIO) <= 0.12:
        return a4_dpi(long_side)
    if ASLANT[0] <= ratio <= ASLANT[1]:
        # a sheet photographed aslant, one side foreshortened: between what either side says
        return round((a4_dpi(long_side) + short_side / A4_SHORT_INCHES) / 2)
    return stated


ASLANT = (1.12, 1.29)
"""Proportions of an A4 sheet cut out of a photo taken at an angle, its long side seen
shorter (a sheet on a table photographed from its foot): its resolution is estimated
from both sides, never the camera's stated one. (Longer proportions are a card's, a
visa's or a passport page's.)"""
A4_SHORT_INCHES = 210 / 25.4


LOW_DPI = 160
"""Below this resolution a scan is enlarged before it is read (``READ_DPI``): a 150-dpi
payslip lost half its employee's name; a 177-dpi register entry, enlarged, read its
year 1961 as 1161 (set_ah p02), so pages from 160 dpi up are read as they come."""
READ_DPI = 300
MAX_ENLARGE = 2.0
"""At most this enlargement (a resolution written wrong, "72 dpi", must not make a page
of giant pixels)."""
LOW_SIDE_PX = 2400
"""A page whose longer side has as many pixels is no low-resolution scan, whatever its
file says (an A4 at 200 dpi is 2339 pixels high)."""
CARD_WIDTH_PX = 1500
"""A card scanned on an A4 page is read at this width (about 450 dpi): its small print
stands a dozen pixels tall at the page's resolution, too small for tesseract."""


def _ocr_page(
    page: Page, languages: str, cache: OcrCache, quad: Quad | None, card: bool = False
) -> PageText:
    assert page.image is not None
    # a phone photo: the page is cut out of the table and its perspective removed; where
    # it was found is part of the key (a better finder re-reads only the pages it changes)
    where = [",".join(f"{x:.0f}:{y:.0f}" for x, y in quad)] if quad else []
    where += ["card"] if card else []
    # a scan of few pixels an inch (150 dpi): enlarged for tesseract, which reads small
    # print best at 300 dpi
    low = not card and not quad and page.dpi < LOW_DPI
    low = low and max(page.image.shape[:2]) < LOW_SIDE_PX
    enlarge = min(READ_DPI / page.dpi, MAX_ENLARGE) if low else 1.0
    where += [f"x{enlarge:.2f}"] if low else []
    dark_mode = light_on_dark(page.image)  # read as dark text on light paper
    where += ["inverted"] if dark_mode else []
    key = cache.key(page.sha256, languages, ocr.tesseract_version(), "page-v38", *where)
    hit = cache.get(key)
    if hit is not None and bool(hit.get("quad")) != bool(quad):
        hit = None  # read when the page was cut out differently
    base = even_light(flatten_page(page.image, quad)) if quad else page.image
    if low:
        base = cv2.resize(base, None, fx=enlarge, fy=enlarge, interpolation=cv2.INTER_CUBIC)
    base = 255 - base if dark_mode else base
    # the words of a photo whose sheet was not found (white paper on a pale table) are read
    # with its light made even too: tesseract's one threshold otherwise loses small print
    # in its shade. The page itself stays as it came, for the zones read later (an MRZ
    # band, a signature's ink) that were measured on it.
    read_on = base if quad or dark_mode else even_light(base)
    dpi = page_dpi(base, page.dpi) if quad else round(page.dpi * enlarge)
    if card and base.shape[1] < CARD_WIDTH_PX:  # a card cut out of its scan, enlarged
        scale = CARD_WIDTH_PX / base.shape[1]
        base = read_on = cv2.resize(base, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        dpi = round(base.shape[1] / (ID1_WIDTH_MM / 25.4))
    if hit is not None:
        words = ocr.words_from_json(hit["words"])
        rotation, skew = int(hit["rotation"]), float(hit["skew"])
        script = str(hit.get("script", ""))
        image = upright(base, rotation, skew)
        lit = image if read_on is base else upright(read_on, rotation, skew)
        reading: np.ndarray | None = None  # leaders found only if a second read needs them
    else:
        (rotation, lit, skew, words, reading), script = upright_and_read(read_on, languages, dpi)
        image = lit if read_on is base else upright(base, rotation, skew)
        words = recover_missed_lines(reading, dpi, words, languages, original=image)
        cache.put(
            key,
            {
                "rotation": rotation,
                "skew": skew,
                "quad": [list(c) for c in quad] if quad else None,
                "words": ocr.words_to_json(words),
                "script": script,
            },
        )
    words = _reread_in_page_language(page, lit, dpi, words, languages, cache, reading, script)
    # the lines read with doubt (a hand's) read again by PP-OCR; the page's confidence
    # stays tesseract's (how well the page itself reads)
    hand = reread_doubtful_lines(image, words)
    return PageText(
        page.ref, image, dpi, hand, "ocr", rotation, skew, _mean_conf(words), script=script
    )


def _reread_in_page_language(
    page: Page,
    image: np.ndarray,
    dpi: int,
    words: tuple[Word, ...],
    languages: str,
    cache: OcrCache,
    reading: np.ndarray | None = None,
    script: str = "",
) -> tuple[Word, ...]:
    """A page whose first read shows another supported language (a German or Spanish birth
    certificate), or that OSD sees in another script (a Ukrainian certificate in Cyrillic),
    is read again, on the same upright image, with that language plus English
    (``docverify.languages``); its cache key names the final language set. The second
    reading is kept unless it has clearly fewer confident words; one in another script
    only when that script's letters make most of it and it has more confident words (OSD
    names a script on little evidence: a Latin page it calls Cyrillic, read well the first
    time, is not read again, and a Latin page read as Cyrillic is not kept)."""
    text = " ".join(w.text for w in words)
    other_script = script not in ("", "Latin") and not read_well(words)
    chosen = reread_languages(
        text, languages, ocr.available_languages(), script if other_script else ""
    )
    if chosen is None:
        return words
    key = cache.key(page.sha256, f"{languages}>{chosen}", ocr.tesseract_version(), "reread-v8")
    hit = cache.get(key)
    if hit is not None:
        second = ocr.words_from_json(hit["words"])
    else:
        if reading is None:  # the image the first read was made on, dot leaders out
            reading = erase_dot_leaders(image, dpi)
        second = recover_missed_lines(reading, dpi, ocr.ocr_words(reading, chosen), chosen)
        cache.put(key, {"words": ocr.words_to_json(second)})
    # read in the script's languages (English beside them): kept only on the stricter terms
    if other_script and any(
        (lang := by_tesseract(t)) is not None and lang.script == script for t in chosen.split("+")
    ):
        keep = good_words(second) > good_words(words) and _non_latin_share(second) > 0.5
        return second if keep else words
    return second if good_words(second) >= 0.9 * good_words(words) else words


def _non_latin_share(words: Sequence[Word]) -> float:
    """The share of letters read outside the Latin script."""
    letters = [c for w in words for c in w.text if c.isalpha()]
    return sum(1 for c in letters if not ("A" <= c.upper() <= "Z" or "À" <= c <= "ÿ")) / max(
        1, len(letters)
    )


def read_page(page: Page, languages: str, cache: OcrCache) -> PageText:
    text = _read_page(page, languages, cache)
    if page.form_fields:
        text = dataclasses.replace(
            text, form_fields=page.form_fields, form_widgets=page.form_widgets
        )
    return text


def _read_page(page: Page, languages: str, cache: OcrCache) -> PageText:
    if page.text_layer:
        return PageText(
            page.ref, page.image, page.dpi, page.text_layer, "text_layer", 0, 0.0, 100.0,
            pictures=page.pictures,
        )  # fmt: skip
    if page.image is None:
        return PageText(
            page.ref, None, page.dpi, (), "none", error="page has neither text nor image"
        )
    try:
        return _ocr_page(page, languages, cache, find_page_quad(page.image))
    except ocr.OcrUnavailable:
        raise
    except Exception as exc:  # one bad page must not stop the packet
        log.warning("OCR failed on %s: %s", page.ref, type(exc).__name__)
        return PageText(page.ref, page.image, page.dpi, (), "none", error=f"OCR failed: {exc}")


def read_page_parts(page: Page, languages: str, cache: OcrCache) -> list[PageText]:
    """A page's text; a photo of two documents side by side (a passport's data page and its
    visa page) gives one text per document, each cut out and read on its own (same page
    reference: the two documents share the page)."""
    if page.text_layer or page.image is None:
        return [read_page(page, languages, cache)]
    quads = find_page_quads(page.image)
    cards = find_cards(page.image) if not quads else []
    if len(quads) < 2 and not cards:
        return [read_page(page, languages, cache)]
    parts = []
    for quad in quads if len(quads) >= 2 else cards:
        try:
            parts.append(_ocr_page(page, languages, cache, quad, card=bool(cards)))
        except ocr.OcrUnavailable:
            raise
        except Exception as exc:  # one bad cut-out must not stop the packet
            log.warning("OCR failed on part of %s: %s", page.ref, type(exc).__name__)
    return parts or [read_page(page, languages, cache)]


def default_workers() -> int:
    return max(1, min(8, os.cpu_count() or 1))


def read_pages(
    pages: Iterable[Page],
    languages: str,
    cache: OcrCache,
    workers: int | None = None,
    progress: Callable[[PageText], None] | None = None,
    read: Callable[[Page, str, OcrCache], list[PageText]] = read_page_parts,
    started: Callable[[Page], None] | None = None,
) -> list[PageText]:
    """Text of every page, in the input order (two for a photo of two documents);
    ``read`` reads one page (``budget.read_pages_within`` passes one under time limits).

    ``pages`` may be a generator: each page is handed to a reader as soon as it is
    produced, so the first pages are read while the packet's later files are decoded."""
    workers = workers or default_workers()
    usable = functools.cache(lambda: ocr.usable_languages(languages))

    def one(page: Page) -> list[PageText]:
        if started:
            started(page)
        start = time.perf_counter()
        results = read(page, languages if page.text_layer else usable(), cache)
        seconds = (time.perf_counter() - start) / max(1, len(results))
        results = [dataclasses.replace(r, seconds=seconds) for r in results]
        if progress:
            for r in results:
                progress(r)
        return results

    if workers == 1:
        return [t for p in pages for t in one(p)]
    # at most this many decoded pages wait for a reader: the loader does not run ahead
    # of OCR through a folder of 12-Mpx photos (each waits as decoded pixels)
    room = threading.BoundedSemaphore(workers * LOOK_AHEAD)

    def released(page: Page) -> list[PageText]:
        try:
            return one(page)
        finally:
            room.release()

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        futures = [pool.submit(released, page) for page in _paced(pages, room)]
        return [t for f in futures for t in f.result()]


LOOK_AHEAD = 2
"""Decoded pages per reader that may wait for OCR while later files are decoded."""


def _paced(pages: Iterable[Page], room: threading.BoundedSemaphore) -> Iterator[Page]:
    """The pages, each produced only once a reader has room for it: the next file is not
    decoded while ``LOOK_AHEAD`` pages per reader already wait."""
    it = iter(pages)
    while True:
        room.acquire()
        try:
            page = next(it)
        except StopIteration:
            room.release()
            return
        yield page
