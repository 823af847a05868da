"""Writing packets: files in each look, and the truth file."""

from __future__ import annotations

import json
import os
import random

from common import Page, render, write_text_pdf
from looks import on_sheet, phone_photo, save_jpg, scan_look, write_image_pdf

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
    def __init__(self, out: str, name: str, seed: int, as_of: str, employed: bool, applicant):
        self.name, self.as_of, self.employed, self.applicant = name, as_of, employed, applicant
        self.dir = os.path.join(out, "packets", name)
        self.truth_path = os.path.join(out, "packets", name + ".truth.json")
        os.makedirs(self.dir, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs: list = []
        self.reqs = {r: "complete" for r in REQS}
        if not employed:
            self.reqs["employment"] = "not_applicable"
        self.defect = None

    def sub(self, tag: str) -> random.Random:
        return random.Random("%s/%s/%d" % (self.name, tag, self.rng.randint(0, 10**9)))

    def path(self, fname: str) -> str:
        return os.path.join(self.dir, fname)

    def doc(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": f, "pages": pg} for f, pg in files],
                "type": dtype,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    # writers -----------------------------------------------------------------
    def text_pdf(self, fname, pages: list[Page], title="", author=""):
        for i, p in enumerate(pages):
            p.check("%s/%s p%d" % (self.name, fname, i + 1))
        write_text_pdf(pages, self.path(fname), title, author)

    def scans(self, fname, imgs, tag, dpi=200):
        """Several page images (already rendered) as a scanner's PDF."""
        r = self.sub(tag)
        write_image_pdf([scan_look(im, r) for im in imgs], self.path(fname), dpi)

    def scan_jpg(self, fname, img, tag, q=82, dpi=200):
        r = self.sub(tag)
        im = scan_look(img, r)
        if fname.lower().endswith(".png"):
            im.save(self.path(fname), "PNG", dpi=(dpi, dpi))
        else:
            save_jpg(im, self.path(fname), q, dpi)

    def photo(self, fname, img, tag, rot=0, fill=0.8):
        r = self.sub(tag)
        save_jpg(phone_photo(img, r, rot, 4032, fill), self.path(fname), 86)

    def screenshot(self, fname, page: Page):
        page.check("%s/%s" % (self.name, fname))
        im = render(page, 254)
        assert im.size == (1170, 2532), im.size
        im.save(self.path(fname), "PNG")

    def finish(self):
        bad = [r for r, s in self.reqs.items() if s in ("invalid", "missing")]
        assert len(bad) == (1 if self.defect else 0), (self.name, bad)
        status = "incomplete" if bad else "complete"
        truth = {
            "as_of": self.as_of,
            "employed": self.employed,
            "status": status,
            "requirements": self.reqs,
            "defect": self.defect,
            "applicant": self.applicant,
            "documents": self.docs,
        }
        for d in self.docs:
            for f in d["files"]:
                assert os.path.exists(self.path(f["path"])), f
        with open(self.truth_path, "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


def pages_img(pages: list[Page], dpi: int, name: str) -> list:
    out = []
    for i, p in enumerate(pages):
        p.check("%s p%d" % (name, i + 1))
        out.append(render(p, dpi))
    return out


def sheet(items, rng, dpi=200):
    """[(page, x_mm, y_mm, w_mm)] rendered at high resolution and laid on an A4 sheet."""
    conv = []
    for p, x, y, w in items:
        p.check("sheet")
        conv.append((render(p, dpi * w / p.w * 1.0), x, y, w))
    return on_sheet(conv, rng, dpi)
