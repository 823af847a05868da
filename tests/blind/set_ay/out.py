"""Writing one packet: files in the applicant's folder plus the truth entries."""

from __future__ import annotations

import json
import os
import random

from PIL import Image

from kit import Page, look_photo, look_scan, raster, save_jpeg, write_image_pdf, write_text_pdf

MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()


def fr(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def fr_words(iso: str) -> str:
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MOIS[int(iso[5:7]) - 1]} {iso[:4]}"


class Packet:
    def __init__(self, root: str, name: str, seed: int):
        self.name = name
        self.dir = os.path.join(root, "packets", name)
        self.truth_path = os.path.join(root, "packets", name + ".truth.json")
        os.makedirs(self.dir, exist_ok=True)
        self.docs: list[dict] = []
        self.seed = seed
        self.n = 0

    def rng(self) -> random.Random:
        """A fresh generator per item, so items do not depend on one another."""
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def path(self, fname: str) -> str:
        return os.path.join(self.dir, fname)

    # -- writers --------------------------------------------------------------------------------
    def text_pdf(self, fname: str, pages: list[Page], title="", author=""):
        write_text_pdf(pages, self.path(fname), title, author)

    def image_pdf(self, fname: str, pages: list[Page | Image.Image], dpi=200):
        rng = self.rng()
        imgs = [look_scan(p if isinstance(p, Image.Image) else raster(p, dpi), rng) for p in pages]
        write_image_pdf(imgs, self.path(fname), dpi, quality=rng.randint(62, 80))

    def scan(self, fname: str, page: Page | Image.Image, dpi=200):
        rng = self.rng()
        img = page if isinstance(page, Image.Image) else raster(page, dpi)
        img = look_scan(img, rng, grey=rng.random() < 0.6)
        if fname.lower().endswith(".png"):
            img.convert("L").save(self.path(fname), "PNG", dpi=(dpi, dpi))
        else:
            save_jpeg(img, self.path(fname), rng.randint(75, 90), dpi)

    def photo(self, fname: str, page: Page | Image.Image, rot=0, cover=0.82, dpi=220):
        rng = self.rng()
        img = page if isinstance(page, Image.Image) else raster(page, dpi)
        long_side = rng.choice([3024, 3264, 4000])
        save_jpeg(
            look_photo(img, rng, rot, long_side, cover), self.path(fname), rng.randint(80, 92)
        )

    def screenshot(self, fname: str, page: Page):
        raster(page, 254).save(self.path(fname), "PNG")

    # -- truth --------------------------------------------------------------------------------
    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    def write_truth(self, as_of, employed, requirements, defect, applicant):
        order = [
            "application_form",
            "identity",
            "residence_status",
            "birth_certificate",
            "residence_proof",
            "bank_details",
            "employment",
        ]
        bad = [v for v in requirements.values() if v in ("invalid", "missing")]
        status = (
            "incomplete"
            if bad
            else ("questionable" if "questionable" in requirements.values() else "complete")
        )
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: requirements[k] for k in order},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(self.truth_path, "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
