"""Writing a document in one of the five looks."""

from __future__ import annotations

from PIL import Image

from render import (
    Page,
    image_pdf,
    phone_photo,
    place_on_bed,
    save_jpeg,
    scan_look,
    write_text_pdf,
)


def text_pdf(path, pages, title="", author=""):
    write_text_pdf(path, pages, title, author)


def scanned_pdf(path, pages, rng, dpi=200, producer="Canon MF Scan Utility"):
    imgs = [scan_look(p.to_image(dpi), rng, dpi, dpi) for p in pages]
    image_pdf(path, imgs, rng, dpi, producer=producer)


def scan_jpg(path, page: Page | Image.Image, rng, dpi=200, card=False):
    img = page if isinstance(page, Image.Image) else page.to_image(300 if card else dpi)
    if card:
        img = place_on_bed(img, rng, 300)
        img = scan_look(img, rng, 300, dpi)
    else:
        img = scan_look(img, rng, dpi, dpi)
    save_jpeg(img, path, rng)


def photo_jpg(path, page: Page, rng, rotate=None, dpi=None):
    dpi = dpi or (600 if page.w < 150 else 250)
    save_jpeg(phone_photo(page.to_image(dpi), rng, rotate=rotate), path, rng)


def png(path, img: Image.Image):
    img.save(path, "PNG", optimize=False)
