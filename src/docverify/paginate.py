"""Stage 2: turn each source file into pages (grey-scale image and/or PDF text layer)."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import warnings
from collections.abc import Iterator

import numpy as np
from PIL import Image, ImageOps, ImageSequence

from docverify.errors import FileReadError
from docverify.model import FormWidget, Page, PageRef, SourceFile, Word

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


def _image_dpi(img: Image.Image) -> int:
    dpi = img.info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else 0
    except (TypeError, ValueError):
        value = 0
    return value if 70 <= value <= 1200 else 300


def load_image_file(src: SourceFile) -> list[Page]:
    try:
        data = src.path.read_bytes()
        with warnings.catch_warnings():  # the size is checked just below, with a clear message
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
        with img:
            if img.width * img.height > MAX_PIXELS:
                raise FileReadError(
                    f"image too large ({img.width}x{img.height} pixels): scan at 300 dpi or less"
                )
            pages: list[Page] = []
            for index, frame in enumerate(ImageSequence.Iterator(img)):
                upright = ImageOps.exif_transpose(frame.copy())
                dpi = _image_dpi(frame)
                grey = _to_grey(upright)
                pages.append(
                    Page(
                        PageRef(src.rel, index + 1),
                        grey,
                        dpi,
                        sha256=_page_sha(src.sha256, index, dpi),
                    )
                )
            return pages
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise FileReadError(f"not a readable image ({type(exc).__name__}: {exc})") from exc


def _text_layer_words(pdf_bytes: bytes, scale: float) -> Iterator[tuple[int, tuple[Word, ...]]]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for index, page in enumerate(pdf.pages):
            try:
                raw = page.extract_words(use_text_flow=False, keep_blank_chars=False)
            except Exception as exc:  # pdfminer raises many kinds on odd PDFs
                log.debug("text layer of page %d unreadable: %s", index + 1, exc)
                raw = []
            yield index, _words_from_pdf(raw, scale)


def _words_from_pdf(raw: list[dict], scale: float) -> tuple[Word, ...]:
    """Group PDF words into lines by their vertical position, and split a line where a wide
    gap separates two columns (a label column and a value column stay one line; two
    side-by-side blocks do not)."""
    items = sorted(raw, key=lambda w: (float(w["top"]), float(w["x0"])))
    rows: list[list[dict]] = []
    for w in items:
        if rows and abs(float(w["top"]) - float(rows[-1][0]["top"])) <= 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    words: list[Word] = []
    line_no = -1
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
        line_no += 1
        prev: dict | None = None
        for w in row:
            if prev is not None:
                height = max(1.0, float(prev["bottom"]) - float(prev["top"]))
                if float(w["x0"]) - float(prev["x1"]) > 4 * height:
                    line_no += 1
            prev = w
            words.append(_pdf_word(w, scale, line_no))
    return tuple(words)


def _pdf_word(w: dict, scale: float, line_no: int) -> Word:
    box = (
        int(float(w["x0"]) * scale),
        int(float(w["top"]) * scale),
        int(float(w["x1"]) * scale),
        int(float(w["bottom"]) * scale),
    )
    return Word(str(w["text"]), box, 100.0, (0, 0, line_no))


def _has_form(pdf_bytes: bytes) -> bool:
    """Does the PDF declare interactive form fields (a cheap look for /AcroForm)?"""
    return b"/AcroForm" in pdf_bytes


_WIDGET_KINDS = {"/Tx": "text", "/Btn": "checkbox", "/Ch": "choice", "/Sig": "signature"}


def _form_fields(pdf_bytes: bytes) -> dict[int, list[FormWidget]]:
    """AcroForm fields per page index, with their place in PDF points from the page's top
    left: a form filled on screen needs no OCR.

    Checkboxes come as their export value ("/Yes", "/Oui"...) or "/Off".
    """
    import pypdf

    out: dict[int, list[FormWidget]] = {}
    try:
        reader = pypdf.PdfReader(io.BytesIO(pdf_bytes))
        if not reader.get_fields():
            return out
        for index, page in enumerate(reader.pages):
            top = float(page.mediabox.top)
            left = float(page.mediabox.left)
            for annot in page.get("/Annots") or []:
                obj = annot.get_object()
                if obj.get("/Subtype") != "/Widget":
                    continue
                parent = obj.get("/Parent")
                parent_obj = parent.get_object() if parent is not None else {}
                name = obj.get("/T") or parent_obj.get("/T")
                value = obj.get("/V", parent_obj.get("/V"))
                if name is None:
                    continue
                if value is None and obj.get("/AS") is not None:
                    value = obj.get("/AS")
                ft = obj.get("/FT") or parent_obj.get("/FT")
                kind = _WIDGET_KINDS.get(str(ft), "text")
                flags = int(obj.get("/Ff") or parent_obj.get("/Ff") or 0)
                if kind == "checkbox" and flags & (1 << 15):
                    kind = "radio"
                if kind in ("checkbox", "radio") and obj.get("/AS") is not None:
                    value = obj.get("/AS")  # each radio widget's own state
                box = None
                rect = obj.get("/Rect")
                if rect is not None and len(rect) == 4:
                    x0, y0, x1, y1 = (float(v) for v in rect)
                    box = (
                        int(min(x0, x1) - left),
                        int(top - max(y0, y1)),
                        int(max(x0, x1) - left),
                        int(top - min(y0, y1)),
                    )
                out.setdefault(index, []).append(
                    FormWidget(str(name), "" if value is None else str(value), box, kind)
                )
    except Exception as exc:  # pypdf raises many kinds on damaged files: no fields then
        log.debug("form fields unreadable: %s", exc)
    return out


def _scaled(widget: FormWidget, scale: float) -> FormWidget:
    if widget.box is None:
        return widget
    box = tuple(int(v * scale) for v in widget.box)
    return dataclasses.replace(widget, box=box)  # type: ignore[arg-type]


def has_usable_text(words: tuple[Word, ...]) -> bool:
    return sum(ch.isalnum() for w in words for ch in w.text) >= MIN_TEXT_LAYER_CHARS


def load_pdf_file(src: SourceFile) -> list[Page]:
    import pypdfium2 as pdfium

    try:
        data = src.path.read_bytes()
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise FileReadError("encrypted PDF: it needs a password, send it unprotected") from exc
        raise FileReadError(f"not a readable PDF ({message})") from exc
    try:
        if len(pdf) == 0:
            raise FileReadError("PDF has no pages")
        fields = _form_fields(data) if _has_form(data) else {}
        try:
            layers = dict(_text_layer_words(data, PDF_RENDER_DPI / 72))
        except Exception as exc:
            log.debug("pdfplumber failed on %s: %s", src.rel, exc)
            layers = {}
        pages: list[Page] = []
        for index in range(len(pdf)):
            words = layers.get(index, ())
            text_ok = has_usable_text(words)
            dpi = TEXT_PDF_RENDER_DPI if text_ok else PDF_RENDER_DPI
            widgets = tuple(_scaled(w, dpi / 72) for w in fields.get(index, ()))
            page = pdf[index]
            try:
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                image = np.asarray(bitmap.to_pil().convert("L"), dtype=np.uint8).copy()
            finally:
                page.close()
            if text_ok:
                factor = dpi / PDF_RENDER_DPI
                words = tuple(
                    Word(w.text, tuple(int(v * factor) for v in w.box), w.conf, w.line)  # type: ignore[arg-type]
                    for w in words
                )
            pages.append(
                Page(
                    PageRef(src.rel, index + 1),
                    image,
                    dpi,
                    text_layer=words if text_ok else (),
                    sha256=_page_sha(src.sha256, index, dpi),
                    form_fields={w.name: w.value for w in widgets},
                    form_widgets=widgets,
                )
            )
        return pages
    except pdfium.PdfiumError as exc:
        raise FileReadError(f"PDF page could not be rendered ({exc})") from exc
    finally:
        pdf.close()


def paginate(src: SourceFile) -> list[Page]:
    """Pages of one file; raises FileReadError for anything unreadable."""
    if src.size == 0 and src.kind != "unreadable":
        raise FileReadError("empty file")
    if src.kind == "pdf":
        return load_pdf_file(src)
    if src.kind == "image":
        return load_image_file(src)
    if src.kind == "unreadable":
        raise FileReadError("file could not be opened for reading")
    raise FileReadError("unsupported file type: send PDF, JPEG, PNG, TIFF, WEBP or HEIC")
