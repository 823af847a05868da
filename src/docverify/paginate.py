"""Stage 2: turn each source file into pages (grey-scale image and/or PDF text layer).

Within limits (``model.Limits``): pages per file and per packet, pixels per rendered page
(a huge PDF page is rendered at a lower resolution, or refused when that would be too
low to read), and the audit's time budget. Blank pages are found cheaply (a PDF page
with nothing drawn on it is not even rendered) and left out, so they are never OCR'd.
What a limit leaves out is said in findings.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image, ImageOps

from docverify import pdf_layers
from docverify.blank_page import is_blank
from docverify.errors import FileReadError, FileTooLarge
from docverify.ingest import read_source
from docverify.model import (
    Finding,
    Limits,
    Page,
    PageRef,
    Severity,
    SourceFile,
    Word,
)
from docverify.safe_text import describe

if TYPE_CHECKING:
    from docverify.budget import Budget

log = logging.getLogger(__name__)

PDF_RENDER_DPI = 300
"""Image-only PDF pages are rendered at this resolution for OCR."""
TEXT_PDF_RENDER_DPI = 100
"""Pages with a usable text layer only need an image for ink checks (signatures)."""
MAX_IMAGE_SIDE = 4200
"""Larger photos are scaled down: more pixels only slow OCR down."""
MIN_TEXT_LAYER_CHARS = 40
"""Fewer alphanumeric characters than this in a PDF text layer means: OCR the page."""

MAX_PIXELS = 100_000_000
"""Larger images (a 600 dpi A0 scan, a decompression bomb) are refused before decoding."""
Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # PIL's own guard, beyond twice this it raises
MIN_OCR_DPI = 100
"""A page without text layer that would have to be rendered below this is refused."""
MIN_TEXT_PAGE_DPI = 10
"""A page with a text layer only needs its image for ink checks: any resolution will do."""

try:  # phone photos
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - optional
    pass


def _page_sha(file_sha: str, index: int, dpi: int) -> str:
    return hashlib.sha256(f"{file_sha}:{index}:{dpi}".encode()).hexdigest()


def _to_grey(img: Image.Image) -> np.ndarray:
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        background = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(background, img)
    grey = img.convert("L")
    longest = max(grey.size)
    if longest > MAX_IMAGE_SIDE:
        scale = MAX_IMAGE_SIDE / longest
        grey = grey.resize(
            (round(grey.width * scale), round(grey.height * scale)), Image.Resampling.LANCZOS
        )
    return np.asarray(grey, dtype=np.uint8).copy()


def _decode_reduced(img: Image.Image) -> None:
    """A JPEG twice as large as OCR needs or more (a 48 Mpx phone photo) is decoded at a
    half, a quarter or an eighth of its size, as long as its long side stays near
    ``MAX_IMAGE_SIDE``: the full image is never held in memory.

    >>> img = Image.new("RGB", (8000, 6000)); buf = io.BytesIO(); img.save(buf, "JPEG")
    >>> big = Image.open(buf); _decode_reduced(big); big.size
    (4000, 3000)
    """
    factor = 1
    while factor < 8 and max(img.size) / (factor * 2) >= 0.9 * MAX_IMAGE_SIDE:
        factor *= 2
    if factor > 1:
        img.draft("L", (img.width // factor, img.height // factor))


A4_LONG_INCHES = 11.69
A3_LONG_INCHES = 16.54
A4_RATIO = 297 / 210
"""An A4 sheet's long side over its short side."""


def a4_dpi(long_side: int) -> int:
    """The resolution at which ``long_side`` pixels span an A4 sheet's long side."""
    return max(70, min(1200, round(long_side / A4_LONG_INCHES)))


def _image_dpi(img: Image.Image) -> int:
    """The resolution an image states (300 when it states none or nonsense). One that
    would make the image larger than an A3 sheet is not the page's (a phone writes "72
    dpi" on every photo): it is estimated as if the image's long side were an A4 page's.

    >>> _image_dpi(Image.new("L", (2480, 3508)))  # an A4 scan saved without resolution
    300
    >>> _image_dpi(Image.new("L", (1240, 1754)))  # the same at 150 dpi: the sheet tells
    150
    >>> _image_dpi(Image.new("L", (1000, 630)))  # a card's shape says nothing: the default
    300
    >>> photo = Image.new("L", (1893, 2693)); photo.info["dpi"] = (72, 72); _image_dpi(photo)
    230
    """
    dpi = img.info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError):
        value = 0
    long_side = max(img.size)
    if not 70 <= value <= 1200 and abs(long_side / min(img.size) - A4_RATIO) < 0.03 * A4_RATIO:
        return a4_dpi(long_side)  # no resolution stated, an A4 sheet's shape: A4 it is
    value = value if 70 <= value <= 1200 else 300
    if long_side / value > A3_LONG_INCHES:
        value = a4_dpi(long_side)
    return value


def page_ranges(numbers: list[int]) -> str:
    """Page numbers as ranges.

    >>> page_ranges([1, 2, 3, 5]), page_ranges([7])
    ('1-3, 5', '7')
    """
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(f"{start}-{prev}" if prev != start else str(start))
        if n is not None:
            start = prev = n
    return ", ".join(out)


@dataclass
class Loaded:
    """One file's pages, as far as the limits let them be read."""

    pages: list[Page] = field(default_factory=list)
    total: int = 0
    """Pages the file has (for an image file, at least those looked at)."""
    read: int = 0
    """Pages looked at (rendered or found blank): what counts against the page limits."""
    findings: list[Finding] = field(default_factory=list)
    not_read: list[int] = field(default_factory=list)
    """Pages left out by a limit (not blank ones): a missing piece may be there."""
    blank: list[int] = field(default_factory=list)
    total_exact: bool = True
    """False for an image file whose frames were not all counted."""

    def note(
        self, src: SourceFile, code: str, severity: Severity, message: str, pages: list[int]
    ) -> None:
        refs = tuple(PageRef(src.rel, n) for n in pages[:10])
        evidence = {"file": src.rel, "pages": page_ranges(pages)} if pages else {"file": src.rel}
        self.findings.append(
            Finding(code, severity, f"{src.rel}: {message}", pages=refs, evidence=evidence)
        )

    def finish(self, src: SourceFile, limits: Limits, quota: int) -> Loaded:
        """Say which pages were blank and which a page limit left out."""
        if self.blank:
            self.note(src, "page.blank", Severity.INFO,
                      f"page(s) {page_ranges(self.blank)} are blank: not read", self.blank)  # fmt: skip
        beyond = list(range(self.read + 1, self.total + 1))
        if not beyond or self.read < min(limits.max_pages_per_file, quota):
            return self
        if self.read >= limits.max_pages_per_file:
            code = "file.too_many_pages"
            why = f"--max-pages-per-file {limits.max_pages_per_file}; send each piece as a file"
        else:
            code = "packet.too_many_pages"
            why = f"the packet's page limit, --max-pages {limits.max_pages}, was reached"
        has = str(self.total) if self.total_exact else f"more than {self.read}"
        self.note(src, code, Severity.WARNING,
                  f"the file has {has} pages: only the first {self.read} were read ({why})",
                  beyond)  # fmt: skip
        self.not_read.extend(beyond)
        return self


def _image_pages(
    src: SourceFile, data: bytes, limits: Limits, quota: int, budget: Budget | None
) -> Loaded:
    out = Loaded()
    with warnings.catch_warnings():  # the size is checked just below, with a clear message
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        img = Image.open(io.BytesIO(data))
    with img:
        cap = min(limits.max_pages_per_file, quota)
        index = 0
        while True:  # frames of a TIFF or GIF are pages; img is at frame ``index``
            out.total = index + 1
            if index >= cap:
                out.total_exact = False
                break  # one frame beyond the limit exists: finish() says so
            if index > 0 and budget is not None and budget.spent():
                out.note(src, "page.time_budget", Severity.WARNING, f"pages from {index + 1} "
                         "not read: the audit's time budget was spent", [index + 1])  # fmt: skip
                out.not_read.append(index + 1)
                return out
            out.read = index + 1
            if img.width * img.height > MAX_PIXELS:
                message = f"{img.width}x{img.height} pixels: scan at 300 dpi or less"
                if index == 0:
                    raise FileTooLarge(f"image too large ({message})")
                out.note(src, "page.too_large", Severity.WARNING,
                         f"page {index + 1} is {message}; not read", [index + 1])  # fmt: skip
                out.not_read.append(index + 1)
            else:
                if img.format == "JPEG":
                    _decode_reduced(img)
                dpi = _image_dpi(img)
                grey = _to_grey(ImageOps.exif_transpose(img.copy()))
                if is_blank(grey):
                    out.blank.append(index + 1)
                else:
                    ref = PageRef(src.rel, index + 1)
                    out.pages.append(Page(ref, grey, dpi, sha256=_page_sha(src.sha256, index, dpi)))
            index += 1
            try:
                img.seek(index)
            except EOFError:
                break
    return out.finish(src, limits, quota)


def load_image_file(src: SourceFile, limits: Limits | None = None) -> list[Page]:
    limits = limits or Limits()
    return load(src, limits).pages


def has_usable_text(words: tuple[Word, ...]) -> bool:
    return sum(ch.isalnum() for w in words for ch in w.text) >= MIN_TEXT_LAYER_CHARS


def render_dpi(width_pt: float, height_pt: float, has_text: bool, max_pixels: int) -> int | None:
    """The resolution to render a PDF page at: the usual one, lowered to keep the page
    under ``max_pixels``; None when it would then be too low to read.

    >>> render_dpi(595, 842, False, 40_000_000)  # A4
    300
    >>> render_dpi(14400, 14400, True, 40_000_000)  # 200 x 200 inches, with a text layer
    31
    >>> render_dpi(14400, 14400, False, 40_000_000) is None  # the same, to be OCR'd
    True
    """
    if not (math.isfinite(width_pt) and math.isfinite(height_pt)):
        return None
    if width_pt < 1 or height_pt < 1:
        return None
    want = TEXT_PDF_RENDER_DPI if has_text else PDF_RENDER_DPI
    fit = math.floor(math.sqrt(max_pixels / ((width_pt / 72) * (height_pt / 72))))
    dpi = min(want, fit)
    return dpi if dpi >= (MIN_TEXT_PAGE_DPI if has_text else MIN_OCR_DPI) else None


def _nothing_drawn(page: object) -> bool:
    """A PDF page with no content object and no annotation: blank without rendering."""
    import pypdfium2.raw as pdfium_c

    raw = page.raw  # type: ignore[attr-defined]
    return bool(
        pdfium_c.FPDFPage_CountObjects(raw) == 0 and pdfium_c.FPDFPage_GetAnnotCount(raw) == 0
    )


def _pictures(page: object, height_pt: float, dpi: int) -> tuple[tuple[int, int, int, int], ...]:
    """Where the page draws image objects (top-level ones), in pixels at ``dpi``."""
    import pypdfium2.raw as pdfium_c

    scale = dpi / 72
    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1):  # type: ignore[attr-defined]
        left, bottom, right, top = obj.get_bounds()
        out.append((round(left * scale), round((height_pt - top) * scale),
                    round(right * scale), round((height_pt - bottom) * scale)))  # fmt: skip
    return tuple(out)


def _pdf_stream(
    src: SourceFile, data: bytes, limits: Limits, quota: int, budget: Budget | None, out: Loaded
) -> Iterator[Page]:
    """The PDF's pages one by one as they are rendered (the first is read while the next
    renders), ``out`` filled as they go and finished at the end."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise FileReadError("encrypted PDF: it needs a password, send it unprotected") from exc
        raise FileReadError(f"not a readable PDF ({describe(exc)})") from exc
    try:
        out.total = len(pdf)
        if out.total == 0:
            raise FileReadError("PDF has no pages")
        count = min(out.total, limits.max_pages_per_file, quota)
        fields = pdf_layers.form_fields(data, count) if pdf_layers.has_form(data) else {}
        try:
            # pdfium counts a page's characters in C: a scan's pages (none) never load
            # pdfplumber (0.15 s to import, then a parse of each page's image objects)
            with_text = [i for i in range(count) if _char_count(pdf, i) > 0]
            scale = PDF_RENDER_DPI / 72
            layers = dict(pdf_layers.text_layer_words(data, scale, count, budget, with_text))
        except Exception as exc:
            log.debug("pdfplumber failed on %s: %s", src.rel, type(exc).__name__)
            layers = {}
        refused: list[int] = []
        for index in range(count):
            if budget is not None and budget.spent():
                out.not_read.extend(range(index + 1, out.total + 1))
                out.note(src, "page.time_budget", Severity.WARNING, f"page(s) "
                         f"{page_ranges(out.not_read)} not read: the audit's time budget was spent",
                         out.not_read)  # fmt: skip
                return
            out.read = index + 1
            page = pdf[index]
            try:
                words = layers.get(index, ())
                text_ok = has_usable_text(words)
                if not text_ok and _nothing_drawn(page):
                    out.blank.append(index + 1)
                    continue
                width, height = page.get_size()
                dpi = render_dpi(width, height, text_ok, limits.max_page_pixels)
                if dpi is None:
                    refused.append(index + 1)
                    out.note(src, "page.too_large", Severity.WARNING, _too_large_page(
                        index + 1, width, height, limits.max_page_pixels), [index + 1])  # fmt: skip
                    continue
                widgets = tuple(pdf_layers.scaled(w, dpi / 72) for w in fields.get(index, ()))
                pictures = _pictures(page, height, dpi) if text_ok else ()
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                image = _grey_array(bitmap)
                del bitmap
            finally:
                page.close()
            if not text_ok and not widgets and is_blank(image):
                out.blank.append(index + 1)
                continue
            if text_ok:
                factor = dpi / PDF_RENDER_DPI
                words = tuple(
                    Word(w.text, tuple(int(v * factor) for v in w.box), w.conf, w.line)  # type: ignore[arg-type]
                    for w in words
                )
            rendered = Page(
                PageRef(src.rel, index + 1),
                image,
                dpi,
                text_layer=words if text_ok else (),
                sha256=_page_sha(src.sha256, index, dpi),
                form_fields={w.name: w.value for w in widgets},
                form_widgets=widgets,
                pictures=pictures,
            )
            out.pages.append(rendered)
            yield rendered
        out.not_read.extend(refused)
        out.finish(src, limits, quota)
    except pdfium.PdfiumError as exc:
        raise FileReadError(f"PDF page could not be rendered ({describe(exc)})") from exc
    finally:
        pdf.close()


def _grey_array(bitmap: Any) -> np.ndarray:
    """A grayscale pdfium bitmap as a contiguous array of its own (no trip through PIL)."""
    array = bitmap.to_numpy()
    if array.ndim == 3:
        array = array[..., 0]
    return np.array(array, dtype=np.uint8, order="C")  # one copy, out of pdfium's buffer


def _char_count(pdf: Any, index: int) -> int:
    """Characters on page ``index`` as pdfium reads them (its text layer, visible or not)."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return int(textpage.count_chars())
        finally:
            textpage.close()
    finally:
        page.close()


def _too_large_page(number: int, width_pt: float, height_pt: float, max_pixels: int) -> str:
    if not (math.isfinite(width_pt) and math.isfinite(height_pt)) or min(width_pt, height_pt) < 1:
        return f"page {number} has no usable size: not read"
    return (
        f"page {number} is {width_pt / 72:.0f} x {height_pt / 72:.0f} inches: too large to "
        f"render at a readable resolution within {max_pixels // 1_000_000} megapixels; not "
        "read (scan or print it at A4 size, or raise --max-page-megapixels)"
    )


def load_pdf_file(src: SourceFile, limits: Limits | None = None) -> list[Page]:
    return load(src, limits or Limits()).pages


def load(
    src: SourceFile,
    limits: Limits | None = None,
    quota: int | None = None,
    budget: Budget | None = None,
) -> Loaded:
    """The pages of one file, at most ``quota`` of them (what is left of the packet's page
    limit), blank ones left out; raises FileReadError (and only it) when the file cannot
    be read at all."""
    out = Loaded()
    for _page in load_stream(src, out, limits, quota, budget):
        pass
    return out


def load_stream(
    src: SourceFile,
    out: Loaded,
    limits: Limits | None = None,
    quota: int | None = None,
    budget: Budget | None = None,
) -> Iterator[Page]:
    """``load``, page by page as each is ready (a PDF's first page is read while its next
    ones render); ``out`` is complete once the pages are consumed. Raises FileReadError
    (and only it), possibly after some pages."""
    limits = limits or Limits()
    quota = limits.max_pages if quota is None else quota
    if src.error:
        raise FileReadError(src.error)
    if src.size == 0 and src.kind != "unreadable":
        raise FileReadError("empty file")
    if src.kind == "unreadable":
        raise FileReadError("file could not be opened for reading")
    if src.kind == "archive":
        raise FileReadError("an archive: its files are read by open_packet")
    if src.kind not in ("pdf", "image"):
        raise FileReadError("unsupported file type: send PDF, JPEG, PNG, TIFF, WEBP or HEIC")
    if quota <= 0:
        raise FileReadError(
            f"not read: the packet's page limit ({limits.max_pages}, --max-pages) was reached"
        )
    try:
        data = read_source(src, limits)
        if src.kind == "pdf":
            yield from _pdf_stream(src, data, limits, quota, budget, out)
            return
        try:
            loaded = _image_pages(src, data, limits, quota, budget)
        except FileReadError:
            raise
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # Pillow's decoders raise many kinds on damaged files
            # (OSError, SyntaxError, TypeError "Missing dimensions", KeyError, struct.error...)
            raise FileReadError(f"not a readable image ({describe(exc)})") from exc
        vars(out).update(vars(loaded))
        yield from loaded.pages
    except FileReadError:
        raise
    except MemoryError as exc:
        raise FileTooLarge("too large to read in memory") from exc
    except RecursionError as exc:  # nesting meant to exhaust a recursive parser
        raise FileReadError("structure nested too deeply to be read") from exc
    except Exception as exc:  # a damaged file may make any decoder raise anything
        log.warning("%s could not be read: %s", src.rel, describe(exc), exc_info=True)
        raise FileReadError(f"could not be read (unexpected {describe(exc)})") from exc


def paginate(src: SourceFile, limits: Limits | None = None) -> list[Page]:
    """Pages of one file (blank ones left out); raises FileReadError for anything
    unreadable."""
    return load(src, limits).pages
