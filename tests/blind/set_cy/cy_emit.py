"""Writers that turn pages into packet files with a given look, and truth entries."""

import os

from cy_core import to_image
from cy_look import image_pdf, on_glass, phone_photo, save_jpg, save_png, scanned, text_pdf


class Packet:
    def __init__(self, root, name):
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def doc(self, files, typ, look, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": f, "pages": p} for f, p in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    # ---- looks
    def text_pdf(self, fname, pages, title, author=""):
        text_pdf(pages, self.path(fname), title, author)

    def image_pdf(self, fname, pages, rng, dpi=150, q=70):
        imgs = [p if not hasattr(p, "ops") else to_image(p, dpi) for p in pages]
        imgs = [scanned(im, rng, noise=4.0, blur=0.6) for im in imgs]
        image_pdf(imgs, self.path(fname), q=q)

    def scan(self, fname, page, rng, dpi=200, q=84):
        im = to_image(page, dpi) if hasattr(page, "ops") else page
        im = scanned(im, rng)
        if fname.endswith(".png"):
            save_png(im, self.path(fname))
        else:
            save_jpg(im, self.path(fname), q, dpi)

    def photo(self, fname, page, rng, rot=0, dpi=220, long_side=3200, margin=0.14):
        im = to_image(page, dpi) if hasattr(page, "ops") else page
        ph = phone_photo(im, rng, long_side, rot, margin=margin)
        save_jpg(ph, self.path(fname), 88, 72)

    def card_scan_page(self, cards, rng, dpi=200):
        """cards: list of (page_or_image, (x_mm, y_mm), (w_mm, h_mm)) laid on an A4 glass."""
        imgs = [(to_image(c, 300) if hasattr(c, "ops") else c, pos, mm) for c, pos, mm in cards]
        first = imgs[0]
        second = imgs[1] if len(imgs) > 1 else None
        return on_glass(first[0], rng, dpi, pos=first[1], card_mm=first[2], second=second)
