"""Packet writer: renders pages with a look, saves files and collects the truth."""

from __future__ import annotations

import json
import random
from pathlib import Path

from PIL import Image

import looks
from canvas import Page, render, write_image_pdf, write_text_pdf

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def _sheet(items, dpi, bg=(255, 255, 255)) -> Image.Image:
    """An A4 sheet holding one full page, or several pieces placed at (x, y) mm."""
    if isinstance(items, Page):
        pg = items
        items = [(pg, (210 - pg.w) / 2, (297 - pg.h) / 2)] if pg.w < 209 else [(pg, 0, 0)]
    k = dpi / 25.4
    sheet = Image.new("RGB", (round(210 * k), round(297 * k)), bg)
    for pg, x, y in items:
        sheet.paste(render(pg, dpi), (round(x * k), round(y * k)))
    return sheet


class Packet:
    def __init__(self, out, name, seed, as_of, employed):
        self.dir = Path(out) / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.out, self.name, self.as_of, self.employed = Path(out), name, as_of, employed
        self.rng = random.Random(seed)
        self.docs: list = []
        self.person: dict = {}

    def applicant(self, surname, given, dob):
        self.person = {"surname": surname, "given_names": given, "date_of_birth": dob}

    # ---- looks ---------------------------------------------------------------------------
    def scan_jpg(self, fn, items, dpi=200, q=85):
        img = looks.scan(_sheet(items, dpi), self.rng)
        looks.save_jpg(img, self.dir / fn, q=q, dpi=dpi)

    def photo_jpg(self, fn, page, rot=0, dpi=200, q=88):
        img = looks.photo(render(page, dpi), self.rng, rot=rot)
        looks.save_jpg(img, self.dir / fn, q=q)

    def image_pdf(self, fn, sheets, dpi=200):
        imgs = [looks.scan(_sheet(s, dpi), self.rng, skew=0.8) for s in sheets]
        write_image_pdf(imgs, self.dir / fn, dpi=dpi, producer="Canon MF740C Series")

    def text_pdf(self, fn, pages, title="", author=""):
        write_text_pdf(pages, self.dir / fn, title, author)

    def screenshot(self, fn, page):
        render(page, 254).save(self.dir / fn, "PNG", optimize=False)

    # ---- truth ---------------------------------------------------------------------------
    @staticmethod
    def id_fields(person, number, issuing, nat, expiry, mrz_valid=True):
        return dict(
            surname=person["surname"],
            given_names=person["given"],
            document_number=number,
            nationality=nat,
            issuing_country=issuing,
            date_of_birth=person["dob"],
            sex=person["sex"],
            expiry_date=expiry,
            mrz_valid=mrz_valid,
        )

    def doc(self, dtype, look, files, fields, notes=""):
        for fn, _ in files:
            assert (self.dir / fn).exists(), fn
        self.docs.append(
            {
                "files": [{"path": fn, "pages": pages} for fn, pages in files],
                "type": dtype,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def finish(self, defect, overrides):
        req = {r: "complete" for r in REQS}
        if not self.employed:
            req["employment"] = "not_applicable"
        req.update(overrides)
        vals = set(req.values())
        if vals & {"invalid", "missing"}:
            status = "incomplete"
        elif "questionable" in vals:
            status = "questionable"
        else:
            status = "complete"
        assert (defect is None) == (status == "complete"), (defect, status)
        truth = {
            "as_of": self.as_of,
            "employed": self.employed,
            "status": status,
            "requirements": req,
            "defect": defect,
            "applicant": self.person,
            "documents": self.docs,
        }
        (self.out / "packets" / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return self.name
