"""Writing the files of a packet in a given look, and recording the truth of each document."""

from __future__ import annotations

import json
import os
import random
import zlib

from PIL import Image

from kit import Page, render_pdf, render_pil
from looks import image_pdf, phone_photo, save_jpeg, scanned


def F(path: str) -> dict:
    """A one-page file reference for a truth entry."""
    return {"path": path, "pages": [1]}


def seeded(*parts) -> random.Random:
    return random.Random(zlib.crc32("/".join(map(str, parts)).encode()))


def on_a4(img: Image.Image, w_mm: float, dpi: int, at=(18.0, 18.0)) -> Image.Image:
    """Place an object of real width w_mm on a white A4 sheet (flatbed glass)."""
    k = dpi / 25.4
    sheet = Image.new("RGB", (round(210 * k), round(297 * k)), (255, 255, 255))
    w = round(w_mm * k)
    h = round(img.height * w / img.width)
    sheet.paste(img.resize((w, h), Image.LANCZOS), (round(at[0] * k), round(at[1] * k)))
    return sheet


class Packet:
    def __init__(self, out: str, name: str):
        self.name = name
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.out = out
        self.docs: list[dict] = []

    def _p(self, fname):
        return os.path.join(self.dir, fname)

    def doc(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # looks --------------------------------------------------------------------------------------
    def text_pdf(self, fname, pages: list[Page], title="", author=""):
        render_pdf(pages, self._p(fname), title, author)

    def image_pdf(self, fname, pages: list[Page | Image.Image], dpi=200):
        rng = seeded(self.name, fname)
        imgs = []
        for pg in pages:
            im = render_pil(pg, dpi) if isinstance(pg, Page) else pg
            imgs.append(scanned(im, rng, grey=rng.randint(232, 243)))
        image_pdf(imgs, self._p(fname), dpi=dpi)

    def scan(self, fname, page: Page | Image.Image, dpi=200):
        rng = seeded(self.name, fname)
        im = render_pil(page, dpi) if isinstance(page, Page) else page
        im = scanned(im, rng, grey=rng.randint(236, 246))
        if fname.endswith(".png"):
            im.save(self._p(fname), dpi=(dpi, dpi))
        else:
            save_jpeg(im, self._p(fname), q=rng.randint(80, 90), dpi=dpi)

    def photo(self, fname, page: Page | Image.Image, rot90=0, fill=0.8, dpi=200, long_side=None):
        rng = seeded(self.name, fname)
        im = render_pil(page, dpi) if isinstance(page, Page) else page
        long_side = long_side or rng.choice([3264, 4000, 4032])
        ph = phone_photo(im, rng, long_side=long_side, fill=fill, rot90=rot90)
        save_jpeg(ph, self._p(fname), q=rng.randint(84, 92))

    def screenshot(self, fname, page: Page):
        im = render_pil(page, 254)
        im = im.resize((1170, 2532), Image.LANCZOS)
        im.save(self._p(fname), optimize=False)

    # truth --------------------------------------------------------------------------------------
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
        req = {k: requirements[k] for k in order}
        bad = [k for k, v in req.items() if v in ("invalid", "missing")]
        quest = [k for k, v in req.items() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if quest else "complete")
        assert (defect is None) == (not bad) and len(bad) <= 1
        for d in self.docs:
            for f in d["files"]:
                assert os.path.exists(self._p(f["path"])), f["path"]
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": req,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(
            os.path.join(self.out, "packets", self.name + ".truth.json"), "w", encoding="utf-8"
        ) as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
