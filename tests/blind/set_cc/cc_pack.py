"""Packet plumbing of blind set cc: seeded randomness, rendering to files in each look,
and the truth file."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from reportlab.pdfgen import canvas as rl_canvas

from cc_core import ImgPage, PdfPage
from cc_form import Filler, page1, page2
from cc_looks import image_pdf, phone_photo, save_jpeg, save_png, scan

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def iso(d):
    return d.isoformat() if isinstance(d, dt.date) else d


def jsonable(v):
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    return iso(v)


class Packet:
    def __init__(self, root: Path, name: str, as_of: dt.date, employed: bool, applicant: dict):
        self.name, self.as_of, self.employed, self.applicant = name, as_of, employed, applicant
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.root = root
        self.docs: list[dict] = []

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"set_cc/{self.name}/{tag}")

    def p(self, fname: str) -> Path:
        return self.dir / fname

    def add(self, files, dtype, look, fields, notes=""):
        fl = [{"path": f, "pages": list(pg)} for f, pg in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": jsonable(fields), "notes": notes}
        )

    # ----------------------------------------------------------------- writers

    def text_pdf(self, fname, draws, title="", author="", creator="", producer=None):
        c = rl_canvas.Canvas(str(self.p(fname)), invariant=1, pageCompression=1)
        c.setTitle(title)
        c.setAuthor(author)
        c.setCreator(creator)
        if producer:
            c.setProducer(producer)
        for draw in draws:
            draw(PdfPage(c))
            c.showPage()
        c.save()

    def image_pdf(self, fname, images, tag, dpi=200, creator="Scan to PDF"):
        rng = self.rng(tag)
        image_pdf(
            [scan(im, rng) for im in images],
            self.p(fname),
            dpi=dpi,
            quality=rng.randint(62, 80),
            creator=creator,
        )

    def scan_jpg(self, fname, im, tag, dpi=200, png=False):
        rng = self.rng(tag)
        out = scan(im, rng)
        if png:
            save_png(out, self.p(fname), dpi)
        else:
            save_jpeg(out, self.p(fname), rng.randint(78, 90), dpi)

    def photo(self, fname, im, tag, rotate=0, paper=True, fill=None):
        rng = self.rng(tag)
        save_jpeg(
            phone_photo(im, rng, rotate=rotate, paper=paper, fill=fill),
            self.p(fname),
            rng.randint(84, 92),
        )

    def screenshot(self, fname, im):
        save_png(im, self.p(fname))

    def truth(self, requirements: dict, defect=None):
        st = set(requirements.values())
        status = (
            "incomplete"
            if st & {"invalid", "missing"}
            else "questionable"
            if "questionable" in st
            else "complete"
        )
        assert list(requirements) == REQS
        ok = all(v in ("complete", "not_applicable") for v in requirements.values())
        assert ok == (defect is None), (requirements, defect)
        t = {
            "as_of": iso(self.as_of),
            "employed": self.employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": jsonable(self.applicant),
            "documents": self.docs,
        }
        for d in self.docs:
            for f in d["files"]:
                assert (self.dir / f["path"]).is_file(), f["path"]
        (self.root / "packets" / f"{self.name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return t


def page(draw, dpi=200, w=210.0, h=297.0, bg=(255, 255, 255)):
    pg = ImgPage(w, h, dpi, bg)
    draw(pg)
    return pg.im


def on_a4(img, x, y, w, h, dpi=300):
    """A small object (open passport, card) lying on the glass of an A4 flatbed scanner."""
    pg = ImgPage(210, 297, dpi)
    pg.image(img, x, y, w, h)
    return pg.im


ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
}


def form_pages(v, run, mode, rng, dpi=200):
    ims = []
    for k in (1, 2):
        pg = ImgPage(210, 297, dpi)
        f = Filler(pg, mode, rng, v)
        page1(pg, run, f, v) if k == 1 else page2(pg, run, f, v, rng)
        ims.append(pg.im)
    return ims


def form_fields(v, status):
    return {
        "surname": v["surname"],
        "given_names": v["given"],
        "date_of_birth": v["dob"],
        "employment_status": status,
        "signed": v.get("signature") in ("pen", "image"),
        "signed_on": v.get("signed_on"),
        "nir": v.get("nir"),
    }


def id_fields(surname, given, number, nat, state, dob, sex, exp, mrz_ok=True, **extra):
    return dict(
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=nat,
        issuing_country=state,
        date_of_birth=dob,
        sex=sex,
        expiry_date=exp,
        mrz_valid=mrz_ok,
        **extra,
    )
