"""Writing a packet: files in the five looks plus the truth entries."""

from __future__ import annotations

import json
import os

from PIL import Image

from bt_common import images_pdf, paste_on_page, pdf_bytes, phone_photo, raster, scan_look

FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()


def dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def words(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {FR_MONTHS[int(m) - 1]} {y}"


class Packet:
    def __init__(self, out_dir: str, name: str, seed: int):
        self.dir = os.path.join(out_dir, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.out_dir, self.name, self.seed = out_dir, name, seed
        self.docs: list[dict] = []

    def _s(self, k: int) -> int:
        return self.seed * 1000 + k

    # --- looks -------------------------------------------------------------
    def text_pdf(self, fname, pages):
        with open(os.path.join(self.dir, fname), "wb") as fh:
            fh.write(pdf_bytes(pages))
        return len(pages)

    def image_pdf(self, fname, pages, k, dpi=200, quality=68):
        imgs = raster(pdf_bytes(pages), dpi)
        imgs = [scan_look(im, self._s(k) + i) for i, im in enumerate(imgs)]
        with open(os.path.join(self.dir, fname), "wb") as fh:
            fh.write(images_pdf(imgs, quality=quality, dpi=dpi))
        return len(pages)

    def scan(self, fname, pages, k, dpi=200, quality=84):
        im = raster(pdf_bytes(pages), dpi)[0]
        im = scan_look(im, self._s(k))
        self._save(fname, im, quality)
        return 1

    def scan_cards(self, fname, items, k, dpi=200):
        """items: list of (page_tuple, x_mm, y_mm) pasted on one A4 scan."""
        ims = [(raster(pdf_bytes([p]), dpi)[0], x, y) for p, x, y in items]
        page = paste_on_page(ims, self._s(k), dpi=dpi)
        self._save(fname, scan_look(page, self._s(k) + 7, noise=3.5), 85)
        return 1

    def photo(self, fname, page, k, rot=0, dpi=230, fill=0.8, long_side=3264, table=None):
        im = raster(pdf_bytes([page]), dpi)[0]
        kw = {"table": table} if table else {}
        ph = phone_photo(im, self._s(k), rot90=rot, long_side=long_side, fill=fill, **kw)
        self._save(fname, ph, 87)
        return 1

    def screenshot(self, fname, page):
        im = raster(pdf_bytes([page]), 72)[0]
        im.save(os.path.join(self.dir, fname), "PNG", optimize=False)
        return 1

    def _save(self, fname, im: Image.Image, quality):
        path = os.path.join(self.dir, fname)
        if fname.lower().endswith(".png"):
            im.save(path, "PNG")
        else:
            im.save(path, "JPEG", quality=quality)

    # --- truth -------------------------------------------------------------
    def doc(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": p, "pages": pg} for p, pg in files],
                "type": dtype,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def write_truth(self, truth: dict):
        truth = dict(truth)
        truth["documents"] = self.docs
        path = os.path.join(self.out_dir, "packets", self.name + ".truth.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


def requirements(**over):
    base = {
        k: "complete"
        for k in (
            "application_form",
            "identity",
            "residence_status",
            "birth_certificate",
            "residence_proof",
            "bank_details",
            "employment",
        )
    }
    base.update(over)
    return base
