"""Packet builder: writes files with their look and records the truth."""

from __future__ import annotations

import json
import random
from pathlib import Path

import ids
import looks
from gfx import pdf_doc, render

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
    def __init__(self, out: Path, name: str, seed: int):
        self.name = name
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.docs: list = []
        self.seed = seed
        self._n = 0

    def rng(self):
        self._n += 1
        return random.Random(self.seed * 1000 + self._n)

    # ---- writers: each returns the file name
    def text_pdf(self, fname, pages, title=""):
        pdf_doc(self.dir / fname, pages, title)
        return fname

    def image_pdf(self, fname, images, dpi=200):
        looks.image_pdf(images, self.dir / fname, self.rng(), dpi=dpi)
        return fname

    def scan(self, fname, img, dpi=200, src_dpi=200):
        im = looks.scan(img, self.rng(), dpi, src_dpi)
        if fname.endswith(".png"):
            im.save(self.dir / fname, "PNG")
        else:
            looks.save_jpeg(im, self.dir / fname, 85)
        return fname

    def photo(self, fname, img, rotate=0, fill=None):
        im = looks.phone_photo(img, self.rng(), rotate=rotate, fill=fill)
        looks.save_jpeg(im, self.dir / fname, 88)
        return fname

    def png(self, fname, img):
        img.save(self.dir / fname, "PNG")
        return fname

    def add(self, files, type_, look, fields, notes=""):
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append(
            {"files": fl, "type": type_, "look": look, "fields": fields, "notes": notes}
        )

    def finish(self, as_of, employed, applicant, requirements, defect=None):
        bad = [r for r in requirements.values() if r in ("invalid", "missing")]
        q = [r for r in requirements.values() if r == "questionable"]
        status = "incomplete" if bad else ("questionable" if q else "complete")
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: requirements[k] for k in REQS},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(self.out / "packets" / f"{self.name}.truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)


def pages(fns, dpi=200):
    return render(fns, dpi)


def rib_fields(holder, iban, bic, bank_name, fr_rib=True):
    f = {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank_name,
        "iban_valid": ids.iban_ok(iban),
    }
    f["rib_key_valid"] = (
        ids.rib_key(iban[4:9], iban[9:14], iban[14:25]) == iban[25:27] if fr_rib else None
    )
    return f


def bill_fields(provider, service, holder, address, issue, start, end, amount):
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": issue,
        "period_start": start,
        "period_end": end,
        "amount": amount,
        "month": start[:7],
    }
