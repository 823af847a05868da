"""Packet builder: writes files in a given look and records the truth."""

import json
import os
import random

from PIL import Image

import looks
from core import render_image, render_pdf

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Packet:
    def __init__(self, out, name, seed):
        self.name = name
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.out = out
        self.seed = seed
        self.n = 0
        self.docs = []

    def rng(self):
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def path(self, fn):
        return os.path.join(self.dir, fn)

    # ---- writers (each returns nothing; files named by caller)
    def text_pdf(self, pages, fn, title="", author=""):
        render_pdf(pages, self.path(fn), title=title or fn, author=author)

    def image_pdf(self, pages, fn, dpi=200):
        rng = self.rng()
        ims = [
            looks.scan(p if isinstance(p, Image.Image) else render_image(p, dpi), rng, dpi)
            for p in pages
        ]
        looks.image_pdf(ims, self.path(fn), dpi)

    def scan(self, page, fn, dpi=200, out_dpi=None, grey=False):
        rng = self.rng()
        im = page if isinstance(page, Image.Image) else render_image(page, dpi)
        im = looks.scan(im, rng, dpi, out_dpi, grey)
        if fn.endswith(".png"):
            im.save(self.path(fn), dpi=(out_dpi or dpi,) * 2)
        else:
            looks.save_jpeg(im, self.path(fn), rng.randint(78, 90), out_dpi or dpi)

    def photo(self, page, fn, rot=0, fill=None):
        rng = self.rng()
        im = page if isinstance(page, Image.Image) else render_image(page, 250)
        ph = looks.phone_photo(im, rng, rot, fill=fill or rng.uniform(0.72, 0.86))
        looks.save_jpeg(ph, self.path(fn), rng.randint(82, 92))

    def png(self, im, fn):
        im.save(self.path(fn))

    def add(self, type_, look, files, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append(
            {"files": fl, "type": type_, "look": look, "fields": fields, "notes": notes}
        )

    def finish(self, as_of, employed, applicant, reqs, defect):
        status = "complete"
        if any(v in ("invalid", "missing") for v in reqs.values()):
            status = "incomplete"
        elif any(v == "questionable" for v in reqs.values()):
            status = "questionable"
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: reqs[k] for k in REQS},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(
            os.path.join(self.out, "packets", self.name + ".truth.json"), "w", encoding="utf-8"
        ) as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
