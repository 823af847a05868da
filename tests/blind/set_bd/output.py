"""Writing pieces to a packet folder in a given look; returns truth 'files' entries."""

import io
import os

import pikepdf
from PIL import Image

from common import card_on_sheet, image_pdf, jpeg_bytes, phone_photo, render, scan_look


class Packet:
    def __init__(self, root, name):
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []

    def _write(self, name, data):
        with open(os.path.join(self.dir, name), "wb") as fh:
            fh.write(data)

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def text_pdf(self, name, pdf):
        self._write(name, pdf)
        return name

    def image_pdf(self, name, pdf, seed, dpi=150):
        self._write(name, image_pdf(render(pdf, dpi), seed))
        return name

    def scan(self, name, pdf, seed, dpi=200, page=0):
        img = scan_look(render(pdf, dpi)[page], seed, skew=0.8)
        self._save_img(name, img)
        return name

    def photo(self, name, pdf, seed, page=0, rotate=0, dpi=220, long_side=3000):
        img = phone_photo(render(pdf, dpi)[page], seed, long_side=long_side, rotate=rotate)
        self._save_img(name, img, q=88)
        return name

    def card_scan(self, name, pdf, seed, pages=(0,), dpi=300):
        """Card(s) or a passport page on an A4 sheet, scanned."""
        imgs = render(pdf, dpi)
        sheet = card_on_sheet(imgs[pages[0]], seed, dpi=dpi)
        if len(pages) > 1:
            back = imgs[pages[1]]
            sheet.paste(back, (int(sheet.size[0] * 0.2), int(sheet.size[1] * 0.55)))
        sheet = sheet.resize((sheet.size[0] // 2 * 1, sheet.size[1] // 2 * 1))
        self._save_img(name, scan_look(sheet, seed, skew=0.6, grey=242))
        return name

    def card_photo(self, name, pdf, seed, page=0, rotate=0, dpi=500):
        img = render(pdf, dpi)[page]
        border = Image.new(
            "RGB", (int(img.size[0] * 1.08), int(img.size[1] * 1.12)), (236, 232, 222)
        )
        border.paste(img, (int(img.size[0] * 0.04), int(img.size[1] * 0.06)))
        out = phone_photo(border, seed, long_side=3264, rotate=rotate, table=(60, 62, 70))
        self._save_img(name, out, q=88)
        return name

    def screenshot(self, name, pdf):
        img = render(pdf, 216)[0]
        img = img.resize((1170, 2532))
        img.save(os.path.join(self.dir, name), "PNG", optimize=False)
        return name

    def _save_img(self, name, img, q=85):
        path = os.path.join(self.dir, name)
        if name.lower().endswith(".png"):
            img.save(path, "PNG", optimize=False)
        else:
            with open(path, "wb") as fh:
                fh.write(jpeg_bytes(img, q))


def f1(path, pages=(1,)):
    return {"path": path, "pages": list(pages)}


def merge_pdfs(*parts):
    merged = pikepdf.Pdf.new()
    srcs = [pikepdf.Pdf.open(io.BytesIO(part)) for part in parts]
    for src in srcs:
        merged.pages.extend(src.pages)
    out = io.BytesIO()
    merged.save(out, deterministic_id=True)
    return out.getvalue()
