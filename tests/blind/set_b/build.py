"""Assembly helpers: a Folder collects the files written for one packet or one
single document and the truth entries describing them."""

import json
import os

import ids
import looks
from looks import IPage, VPage
from PIL import Image


class Folder:
    def __init__(self, root, kind, name, as_of=None):
        self.kind, self.name, self.as_of = kind, name, as_of
        self.dir = os.path.join(root, kind, name)
        self.truth_path = os.path.join(root, kind, name + ".truth.json")
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []

    def p(self, fname):
        return os.path.join(self.dir, fname)

    def doc(self, dtype, look, fields, files, notes=None):
        """files: list of (fname, [pages])."""
        d = {
            "files": [{"path": f, "pages": list(pg)} for f, pg in files],
            "type": dtype,
            "look": look,
            "fields": fields,
        }
        if notes:
            d["notes"] = notes
        self.docs.append(d)
        return d

    # writers ---------------------------------------------------------
    def text_pdf(self, fname, page_fns, **meta):
        looks.text_pdf(self.p(fname), page_fns, **meta)

    def image_pdf(self, fname, pages, key=None, **kw):
        looks.image_pdf(self.p(fname), pages, key or (self.name + fname), **kw)

    def scan(self, fname, page, key=None, **kw):
        looks.scan_file(self.p(fname), page, key or (self.name + fname), **kw)

    def photo(self, fname, obj, key=None, **kw):
        looks.photo_file(self.p(fname), obj, key or (self.name + fname), **kw)

    def png(self, fname, img):
        looks.png_file(self.p(fname), img)

    def write(self, extra):
        t = {"as_of": self.as_of, "employed": None}
        t.update(extra)
        t["documents"] = self.docs
        with open(self.truth_path, "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2, sort_keys=False)
            f.write("\n")


# ----------------------------------------------------------------- page makers
def vp(fns):
    return [VPage(f) for f in fns]


def img_page(img, w_mm, h_mm):
    """An object (card, booklet) alone: a raster page of its own physical size."""

    def fn(dpi):
        return img.resize((int(w_mm * dpi / 25.4), int(h_mm * dpi / 25.4)), Image.LANCZOS)

    return IPage(fn, (w_mm, h_mm))


def sheet(items, bg=(255, 255, 255)):
    """items: list of (PIL image, w_mm, h_mm, x_mm, y_mm, angle) placed on an A4 page."""
    return looks.card_sheet(
        [((lambda dpi, im=im: im), w, h, x, y, a) for im, w, h, x, y, a in items], bg=bg
    )


def booklet_img(idd, top=None):
    top = top if top is not None else ids.blank_page(key=idd.key + "top", number="3")
    return ids.booklet(top, ids.passport_page(idd))


def passport_sheet(idd, top=None, x=38, y=14, angle=0.0, extra=()):
    b = booklet_img(idd, top)
    return sheet([(b, 127, 180, x, y, angle)] + list(extra))


def card_pair_sheet(front, back, x=25, y1=25, y2=95, angle=0.0):
    return sheet([(front, 85.6, 54, x, y1, angle), (back, 85.6, 54, x, y2, angle)])
