"""Saving helpers and truth bookkeeping shared by the packet builders."""

from __future__ import annotations

import os
import random

from common import (
    Page,
    image_pdf,
    photo_look,
    render_pdf,
    render_pil,
    save_jpeg,
    scan_look,
)
from docs_id import booklet, face, passport_page


class Packet:
    def __init__(self, root, name, seed):
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.name = name
        self.rng = random.Random(seed)
        self.docs = []

    def r(self):
        return random.Random(self.rng.randrange(1 << 30))

    def path(self, fn):
        return os.path.join(self.dir, fn)

    def add(self, files, dtype, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # ---- looks
    def scan(self, page_or_img, fn, dpi=200, q=85):
        rng = self.r()
        img = page_or_img if not isinstance(page_or_img, Page) else render_pil(page_or_img, dpi)
        save_jpeg(scan_look(img, rng), self.path(fn), q)

    def photo(self, page_or_img, fn, rot=0, long_side=3264, fill=0.8, dpi=220):
        rng = self.r()
        img = page_or_img if not isinstance(page_or_img, Page) else render_pil(page_or_img, dpi)
        save_jpeg(photo_look(img, rng, long_side, fill, rot), self.path(fn), 87)

    def imgpdf(self, pages, fn, dpi=150):
        rng = self.r()
        imgs = [scan_look(p if not isinstance(p, Page) else render_pil(p, dpi), rng) for p in pages]
        image_pdf(imgs, self.path(fn))

    def text(self, pages, fn, fields=None, meta=None):
        render_pdf(pages, self.path(fn), fields, meta)


def passport_fields(pp):
    return {
        "surname": pp["surname"],
        "given_names": pp["given"],
        "document_number": pp["number"],
        "nationality": pp["nat"],
        "issuing_country": pp["state"],
        "date_of_birth": pp["dob"],
        "sex": pp["sex"],
        "expiry_date": pp["exp"],
        "mrz_valid": True,
    }


def passport_images(pp, rng, dpi=300, upper_text="VISAS"):
    page = passport_page(pp["card"], rng)
    up = Page(125, 88, (240, 242, 236))
    up.text(62.5, 40, upper_text, "serifb", 20, (215, 220, 228), "c")
    up.text(62.5, 60, pp["card"]["head1"], "sans", 7, (180, 185, 195), "c")
    return booklet(render_pil(page, dpi), render_pil(up, dpi), rng)


def passport_on_glass(bk):
    """Open passport lying on a flatbed scanner: A4 page with the booklet at the corner."""
    p = Page(210, 297, (255, 255, 255))
    w = 135
    h = w * bk.size[1] / bk.size[0]
    p.image(8, 8, w, h, bk)
    return p


def a4_with(img, w_mm, x=20, y=20):
    p = Page()
    h = w_mm * img.size[1] / img.size[0]
    p.image(x, y, w_mm, h, img)
    return p


__all__ = ["Packet", "a4_with", "face", "passport_fields", "passport_images", "passport_on_glass"]
