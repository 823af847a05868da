"""Packet writer (files + truth) and shared rendering steps."""

from __future__ import annotations

import os
import random

import pypdfium2 as pdfium
from PIL import Image

import bp_form as form
import bp_looks as looks
from bp_common import write_json

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
    def __init__(self, out_dir: str, name: str, seed: int):
        self.name = name
        self.root = os.path.join(out_dir, "packets", name)
        self.truth_path = os.path.join(out_dir, "packets", name + ".truth.json")
        os.makedirs(self.root, exist_ok=True)
        self.docs: list[dict] = []
        self.seed = seed

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"{self.seed}:{tag}")

    def p(self, fname: str) -> str:
        full = os.path.join(self.root, fname)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full

    def write(self, fname: str, data: bytes) -> None:
        with open(self.p(fname), "wb") as f:
            f.write(data)

    def doc(self, type_, look, files, fields, notes=""):
        assert type_ in TYPES, type_
        assert look in LOOKS, look
        self.docs.append(
            {
                "files": [{"path": f, "pages": list(pg)} for f, pg in files],
                "type": type_,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def finish(self, as_of, employed, requirements, defect, applicant):
        assert list(requirements) == REQS
        bad = [k for k, v in requirements.items() if v in ("invalid", "missing")]
        q = [k for k, v in requirements.items() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if q else "complete")
        assert (defect is None) == (not bad and not q)
        for d in self.docs:
            for f in d["files"]:
                full = os.path.join(self.root, f["path"])
                assert os.path.exists(full), f
                with open(full, "rb") as fh:
                    n = pdf_pages(fh.read()) if full.endswith(".pdf") else 1
                assert f["pages"] and max(f["pages"]) <= n, (f, n)
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        write_json(self.truth_path, truth)
        return truth


TYPES = {
    "application_form",
    "passport",
    "national_id",
    "long_stay_visa",
    "residence_permit",
    "birth_certificate",
    "apostille",
    "translation",
    "utility_bill",
    "lease",
    "hosting_attestation",
    "payslip",
    "employment_contract",
    "rib",
    "unknown",
}
LOOKS = {"text_pdf", "image_pdf", "scan", "phone_photo", "screenshot"}


def pdf_pages(pdf_bytes: bytes) -> int:
    doc = pdfium.PdfDocument(pdf_bytes)
    n = len(doc)
    doc.close()
    return n


def scanned_pages(pdf_bytes: bytes, dpi: int, rng: random.Random, **kw) -> list[Image.Image]:
    return [looks.scan(pg, rng, **kw) for pg in looks.rasterize(pdf_bytes, dpi)]


def form_pages(run, values, fill_way, rng, dpi=200, hand_font="breip", ink=None, date_by_hand=True):
    """Return (pages as images or None, pdf bytes or None) for a filled S1106.

    fill_way: 'hand' (all by hand), 'typed_print' (typed, signed and maybe dated by hand),
    'acroform' (fillable PDF with a pasted signature image)."""
    ink = ink or form.BLUE
    fields = form.values_to_fields(values)
    if fill_way == "acroform":
        sig = form.sig_image(values["signer"], rng)
        pdf, _ = form.render_pdf(run, fields, acro=dict(fields), sig=sig)
        return None, pdf
    if fill_way == "hand":
        pdf, f = form.render_pdf(run)
        pages = looks.rasterize(pdf, dpi)
        form.hand_fill(pages, f, fields, dpi, rng, hand_font, ink)
    else:
        skip = ("date",) if date_by_hand else ()
        pdf, f = form.render_pdf(
            run, fields, typed_font=values.get("typed_font", "Courier"), skip=skip
        )
        pages = looks.rasterize(pdf, dpi)
        if date_by_hand:
            form.hand_fill(
                pages, f, [(k, t) for k, t in fields if k == "date"], dpi, rng, hand_font, ink
            )
    form.hand_sign(pages, f, values["signer"], dpi, rng, ink)
    return pages, None
