"""Blind set set_ac: four PUMa packets (Tunisia, Mexico, Georgia, Bolivia).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import looks  # noqa: E402
from packets import PACKETS  # noqa: E402
from sheet import write_image_pdf, write_text_pdf  # noqa: E402


class Out:
    """Writes the files of one packet and collects their truth entries."""

    def __init__(self, root: str, name: str, seed: int):
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.seed = seed
        self.n = 0
        self.docs: list = []

    def rng(self) -> random.Random:
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def path(self, fname: str) -> str:
        return os.path.join(self.dir, fname)

    def doc(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # -- looks ------------------------------------------------------------------------
    @staticmethod
    def dpi_for(sheet, px: int) -> float:
        return px / (max(sheet.w, sheet.h) / 25.4)

    def phone(self, fname, sheet, rot90=0, blur=0.0, tilt=0.08, long_side=3024, fill=0.8):
        r = self.rng()
        img = sheet.raster(self.dpi_for(sheet, 2300))
        out = looks.phone_photo(img, r, long_side, rot90, blur, tilt, fill)
        looks.jpeg(out, self.path(fname), quality=r.randint(82, 92))

    def scan_jpg(self, fname, img, dpi, quality=88):
        r = self.rng()
        out = looks.scan(img, r)
        if fname.endswith(".png"):
            out.save(self.path(fname), "PNG", dpi=(dpi, dpi))
        else:
            looks.jpeg(out, self.path(fname), quality=quality, dpi=dpi)

    def scan_card(self, fname, cards, dpi=300):
        r = self.rng()
        imgs = [c.raster(dpi) for c in cards]
        page = looks.stack_on_page(imgs, r, dpi)
        self.scan_jpg(fname, page, dpi)

    def scan_page(self, fname, sheet, dpi=200):
        self.scan_jpg(fname, sheet.raster(dpi), dpi)

    def image_pdf(self, fname, pages, dpi=200):
        """pages: list of Sheets (A4) or lists of small sheets to lay on one A4."""
        imgs = []
        for p in pages:
            r = self.rng()
            if isinstance(p, list):
                img = looks.stack_on_page([c.raster(dpi) for c in p], r, dpi)
            else:
                img = p.raster(dpi)
            imgs.append(looks.jpeg_roundtrip(looks.scan(img, r), 75))
        write_image_pdf(self.path(fname), imgs, dpi)

    def text_pdf(self, fname, sheets, title="", author=""):
        write_text_pdf(self.path(fname), sheets, title, author)

    def screenshot(self, fname, sheet):
        img = sheet.raster(254)  # 10 px/mm: 117 x 253.2 mm -> 1170 x 2532
        img.save(self.path(fname), "PNG")


REQ_IDS = ["application_form", "identity", "residence_status", "birth_certificate",
           "residence_proof", "bank_details", "employment"]  # fmt: skip


def main() -> None:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    root = sys.argv[1]
    os.makedirs(os.path.join(root, "packets"), exist_ok=True)
    os.makedirs(os.path.join(root, "documents"), exist_ok=True)
    names = []
    for i, (name, build) in enumerate(PACKETS):
        out = Out(root, name, 7100 + i)
        meta = build(out)
        reqs = {k: "complete" for k in REQ_IDS}
        if not meta["employed"]:
            reqs["employment"] = "not_applicable"
        reqs.update(meta.get("requirements", {}))
        bad = [v for v in reqs.values() if v in ("invalid", "missing")]
        truth = {
            "as_of": meta["as_of"],
            "employed": meta["employed"],
            "status": "incomplete" if bad else "complete",
            "requirements": reqs,
            "defect": meta.get("defect"),
            "applicant": meta["applicant"],
            "documents": out.docs,
        }
        with open(os.path.join(root, "packets", name + ".truth.json"), "w") as fh:
            json.dump(truth, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        names.append(name)
    with open(os.path.join(root, "manifest.json"), "w") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
