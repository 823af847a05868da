"""Packet writer: turns rendered documents into files with a given look, and records truth."""

import json
import os

from util import (
    cards_on_bed,
    grey_scan_pdf,
    phone_photo,
    rasterize,
    save_jpeg,
    scan_page,
)


class Packet:
    def __init__(self, out, name, rng, truth):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.name = name
        self.out = out
        self.rng = rng
        self.truth = truth
        self.truth["documents"] = []

    def doc(self, files, dtype, look, fields, notes=""):
        self.truth["documents"].append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def path(self, fname):
        return os.path.join(self.dir, fname)

    # -- writers -----------------------------------------------------------------
    def text_pdf(self, fname, pdf):
        with open(self.path(fname), "wb") as f:
            f.write(pdf)

    def image_pdf(self, fname, pdfs, dpi=200):
        pages = []
        for p in pdfs:
            pages += rasterize(p, dpi) if isinstance(p, bytes) else [p]
        with open(self.path(fname), "wb") as f:
            f.write(grey_scan_pdf(pages, self.rng, dpi))

    def scan(self, fname, pdf_or_img, dpi=200, quality=84):
        img = rasterize(pdf_or_img, dpi)[0] if isinstance(pdf_or_img, bytes) else pdf_or_img
        save_jpeg(scan_page(img, self.rng), self.path(fname), quality)

    def scan_cards(self, fname, card_pdfs, dpi=300):
        cards = [rasterize(p, dpi)[0] for p in card_pdfs]
        bed = cards_on_bed(cards, self.rng, dpi)
        save_jpeg(scan_page(bed, self.rng, paper=(248, 247, 244), angle=0.0), self.path(fname), 85)

    def photo(self, fname, pdf_or_img, dpi=150, rotate=0, fill=0.8, page=0):
        img = rasterize(pdf_or_img, dpi)[page] if isinstance(pdf_or_img, bytes) else pdf_or_img
        save_jpeg(phone_photo(img, self.rng, rotate=rotate, fill=fill), self.path(fname), 88)

    def png(self, fname, img):
        img.save(self.path(fname), "PNG", optimize=False)

    def finish(self):
        with open(os.path.join(self.out, "packets", self.name + ".truth.json"), "w") as f:
            json.dump(self.truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
