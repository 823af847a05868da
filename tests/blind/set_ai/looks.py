"""Turn drawn pages and cards into the files an applicant sends."""

from __future__ import annotations

import io
import random
from collections.abc import Callable

from common import images_to_pdf, jpeg_bytes, new_canvas, photo_look, render_pdf, scan_look
from idcards import PX
from PIL import Image
from reportlab.lib.pagesizes import A4


def pdf_pages(draws: list[Callable], title: str = "", author: str = "") -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, A4, title, author)
    for fn in draws:
        fn(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def sheet(items: list[tuple[Image.Image, float, float]], dpi: int = 200) -> Image.Image:
    """Cards laid on the scanner glass: (image at PX px/mm, x_mm, y_mm) on a white A4."""
    k = dpi / 25.4
    page = Image.new("RGB", (int(210 * k), int(297 * k)), (255, 255, 255))
    for img, x, y in items:
        w, h = img.size
        small = img.resize((int(w / PX * k), int(h / PX * k)), Image.LANCZOS)
        page.paste(small, (int(x * k), int(y * k)))
    return page


def scanned_pdf(pdf: bytes, rng: random.Random, dpi: int = 150, grey: bool = False) -> bytes:
    pages = [scan_look(p, rng, grey) for p in render_pdf(pdf, dpi)]
    return images_to_pdf(pages, dpi, quality=rng.randint(55, 75))


def scanned_images_pdf(imgs: list[Image.Image], rng: random.Random, dpi: int) -> bytes:
    return images_to_pdf([scan_look(p, rng) for p in imgs], dpi, quality=rng.randint(55, 75))


def scan_jpg(img: Image.Image, rng: random.Random, grey: bool = False) -> bytes:
    return jpeg_bytes(scan_look(img, rng, grey), rng.randint(70, 88))


def photo_jpg(img: Image.Image, rng: random.Random) -> bytes:
    return jpeg_bytes(photo_look(img, rng, rng.choice([3024, 3264, 4000])), rng.randint(80, 92))


def page_image(pdf: bytes, page: int, dpi: int = 150) -> Image.Image:
    return render_pdf(pdf, dpi)[page - 1]
