"""Writers: PNG, JPEG, image-only PDF, text-layer PDF (reportlab) and multi-page TIFF.
All outputs are byte-identical between runs for the same input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .page import A4, Page, PdfSurface, Surface

FIXED_DATE = dt.datetime(2026, 1, 1, 12, 0, 0)


@dataclass(frozen=True)
class PageSpec:
    """One page of a document: its size and a function that draws it on any surface."""

    draw: Callable[[Surface], None]
    width_mm: float = A4[0]
    height_mm: float = A4[1]
    dpi: int = 200  # for raster rendering

    def render(self, dpi: int | None = None) -> Image.Image:
        page = Page(self.width_mm, self.height_mm, dpi or self.dpi)
        self.draw(page)
        return page.to_image()


def render(pages: Sequence[PageSpec], dpi: int | None = None) -> list[Image.Image]:
    return [p.render(dpi) for p in pages]


def _prep(path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_png(path: Path, img: Image.Image, dpi: int = 200, colors: int | None = None) -> Path:
    """PNG; ``colors`` quantises to a palette (a 32-level grey scan is a fraction of the size)."""
    p = _prep(path)
    if colors:
        img = img.quantize(colors, dither=Image.Dither.NONE)
    img.save(p, "PNG", optimize=True, dpi=(dpi, dpi))
    return p


def write_jpeg(path: Path, img: Image.Image, quality: int = 75, dpi: int = 200) -> Path:
    p = _prep(path)
    im = img if img.mode in ("L", "RGB") else img.convert("RGB")
    im.save(p, "JPEG", quality=quality, optimize=True, progressive=True, dpi=(dpi, dpi))
    return p


def write_image_pdf(
    path: Path, images: Sequence[Image.Image], dpi: int | Sequence[int] = 200, quality: int = 60
) -> Path:
    """Image-only PDF (no text layer), one JPEG-compressed image per page. Each page gets
    its physical size from its own dpi."""
    p = _prep(path)
    dpis = [dpi] * len(images) if isinstance(dpi, int) else list(dpi)
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(p), invariant=1, pageCompression=1)
    _fixed_meta(c)
    import io

    from reportlab.lib.utils import ImageReader

    for im, d in zip(images, dpis, strict=True):
        w_pt, h_pt = im.width * 72 / d, im.height * 72 / d
        c.setPageSize((w_pt, h_pt))
        buf = io.BytesIO()
        mode_im = im if im.mode in ("L", "RGB") else im.convert("RGB")
        mode_im.save(buf, "JPEG", quality=quality, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()
    return p


def write_text_pdf(path: Path, pages: Sequence[PageSpec], *, title: str = "") -> Path:
    """Vector PDF with a real text layer (what pdfplumber extracts)."""
    from reportlab.pdfgen import canvas

    p = _prep(path)
    c = canvas.Canvas(str(p), invariant=1, pageCompression=1)
    _fixed_meta(c, title)
    for spec in pages:
        surf = PdfSurface(c, spec.width_mm, spec.height_mm)
        spec.draw(surf)
        c.showPage()
    c.save()
    return p


def write_tiff(path: Path, images: Sequence[Image.Image], dpi: int = 200) -> Path:
    """Multi-page TIFF (deflate-compressed)."""
    p = _prep(path)
    first, *rest = list(images)
    first.save(
        p, "TIFF", save_all=True, append_images=rest, compression="tiff_deflate", dpi=(dpi, dpi)
    )
    return p


def _fixed_meta(c: object, title: str = "") -> None:
    c.setAuthor("")  # type: ignore[attr-defined]
    c.setCreator("docverify samplekit")  # type: ignore[attr-defined]
    c.setProducer("docverify samplekit")  # type: ignore[attr-defined]
    c.setTitle(title)  # type: ignore[attr-defined]
    c.setSubject("")  # type: ignore[attr-defined]
