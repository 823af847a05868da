"""Packet writer and truth helpers for set_cu."""

import json
import os
import random

import pikepdf
from PIL import Image

from core import Page, image_pdf, photo_look, render_pdf, render_pil, save_jpg, scan_look

ALL = [
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
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.name = name
        self.seed = seed
        self.docs = []
        self.n = 0

    def rng(self):
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def doc(self, files, typ, look, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": f, "pages": p} for f, p in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    # looks
    def text_pdf(self, fname, pages):
        render_pdf(pages, self.path(fname))

    def image_pdf(self, fname, pages, dpi=170):
        r = self.rng()
        imgs = [
            scan_look(pg if isinstance(pg, Image.Image) else render_pil(pg, dpi), r) for pg in pages
        ]
        image_pdf(imgs, self.path(fname), q=r.randint(62, 78))

    def scan(self, fname, pg, dpi=200):
        r = self.rng()
        im = scan_look(pg if isinstance(pg, Image.Image) else render_pil(pg, dpi), r)
        save_jpg(im, self.path(fname), r.randint(78, 90))

    def photo(self, fname, pg, rot=0, dpi=220, fill=0.8):
        r = self.rng()
        src = pg if isinstance(pg, Image.Image) else render_pil(pg, dpi)
        im = photo_look(src, r, r.choice([3264, 4000, 4032]), rot, fill=fill)
        save_jpg(im, self.path(fname), r.randint(82, 92))

    def screenshot(self, fname, pg):
        im = render_pil(pg, 381).resize((1170, 2532), Image.LANCZOS)
        im.save(self.path(fname), "PNG")

    def truth(self, as_of, employed, reqs, defect, applicant):
        status = "complete"
        if any(v in ("invalid", "missing") for v in reqs.values()):
            status = "incomplete"
        elif any(v == "questionable" for v in reqs.values()):
            status = "questionable"
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: reqs[k] for k in ALL},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(os.path.join(os.path.dirname(self.dir), self.name + ".truth.json"), "w") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)


def passport_open(pg, rng):
    """Open passport (facing page above data page) as a Page 125x176."""
    book = Page(125, 176, (236, 232, 226))
    book.line(0, 88, 125, 88, (150, 150, 150), 0.8)
    book.img(0, 88, 125, 88, render_pil(pg, 300))
    book.text(62, 40, "", "sans", 8)
    return book


def form_truth(v, employment_status, signed_on):
    return {
        "surname": v["surname"],
        "given_names": v["given"],
        "date_of_birth": v["dob"],
        "employment_status": employment_status,
        "signed": True,
        "signed_on": signed_on,
        "nir": v.get("nir"),
    }


def id_fields(surname, given, number, nat, issuing, dob, sex, exp):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": True,
    }


def acro_fix(path):
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    pdf.Root.AcroForm.NeedAppearances = True
    for f in pdf.Root.AcroForm.Fields:
        if int(f.get("/Ff", 0)) & (1 << 24) and "/AP" in f:
            del f["/AP"]
    pdf.save(path, static_id=True, deterministic_id=True)
