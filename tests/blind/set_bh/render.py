"""Writing documents to files in a given look, and recording their truth."""

import io
import os

from PIL import Image

from common import image_pdf, jpeg, make_pdf, phone_photo, raster, scanned


class Packet:
    def __init__(self, out_dir, name):
        self.dir = os.path.join(out_dir, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []

    def write(self, fname, data):
        with open(os.path.join(self.dir, fname), "wb") as fh:
            fh.write(data)

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )


def pages_of(size, fns):
    fns = fns if isinstance(fns, list) else [fns]
    return make_pdf(fns, size)


def text_pdf(pk, fname, size, fns):
    pk.write(fname, pages_of(size, fns))


def images(size, fns, dpi=200):
    return raster(pages_of(size, fns), dpi)


def on_a4(imgs, dpi=300, top=True):
    """Place card/booklet rasters on a white A4 at dpi (as on a scanner glass)."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("RGB", (W, H), (255, 255, 255))
    y = int(0.3 * dpi)
    for im in imgs:
        page.paste(im, (int(0.3 * dpi), y))
        y += im.height + int(0.25 * dpi)
    return page


def scan_file(pk, fname, img, rng, fmt="JPEG"):
    sc = scanned(img, rng)
    if fmt == "PNG":
        b = io.BytesIO()
        sc.convert("L").save(b, "PNG")
        pk.write(fname, b.getvalue())
    else:
        pk.write(fname, jpeg(sc, rng.randint(78, 90)))


def photo_file(pk, fname, img, rng, rot=None, long_side=None):
    ph = phone_photo(img, rng, long_side=long_side, rot=rot)
    pk.write(fname, jpeg(ph, rng.randint(84, 92)))
    return ph


def image_pdf_file(pk, fname, imgs, rng, dpi=200):
    pk.write(fname, image_pdf(imgs, rng, dpi))


def screenshot_file(pk, fname, size, fn):
    img = raster(pages_of(size, fn), dpi=72 * 3)[0]
    b = io.BytesIO()
    img.save(b, "PNG")
    pk.write(fname, b.getvalue())
