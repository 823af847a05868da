"""Packet assembly: writing files in the five looks and recording the truth."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import effects as fx
from canvas import Page, render

REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


class Packet:
    def __init__(self, root: Path, name: str, seed: int):
        self.name = name
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.seed = seed
        self.docs: list[dict] = []
        self._n = 0

    def rng(self, tag: str) -> random.Random:
        """One seeded generator per item."""
        return random.Random(f"{self.seed}:{self.name}:{tag}")

    def add(self, typ, look, files, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": f, "pages": pg} for f, pg in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    # -- looks --------------------------------------------------------------
    def text_pdf(self, fname, pages: list[Page], **meta):
        fx.text_pdf(self.dir / fname, pages, **meta)
        return fname

    def image_pdf(self, fname, images, tag, quality=80, producer="Canon MF Scan Utility"):
        r = self.rng(tag)
        scans = [fx.scan(im, r) for im in images]
        fx.image_pdf(self.dir / fname, scans, quality=quality, producer=producer)
        return fname

    def scan_jpg(self, fname, img, tag, dpi=200, quality=85):
        r = self.rng(tag)
        out = fx.scan(img, r)
        if fname.endswith(".png"):
            out.save(self.dir / fname, dpi=(dpi, dpi))
        else:
            fx.save_jpeg(out, self.dir / fname, quality, dpi)
        return fname

    def photo(self, fname, img, tag, rot=0, fill=0.78):
        r = self.rng(tag)
        out = fx.phone_photo(img, r, rot, fill=fill)
        fx.save_jpeg(out, self.dir / fname, r.choice([86, 88, 90, 92]))
        return fname

    def png(self, fname, img):
        img.save(self.dir / fname, optimize=False)
        return fname

    def truth(self, as_of, employed, requirements, defect, applicant):
        status = "complete"
        vals = [requirements[k] for k in REQ_IDS]
        if any(v in ("invalid", "missing") for v in vals):
            status = "incomplete"
        elif any(v == "questionable" for v in vals):
            status = "questionable"
        assert (defect is None) == (status == "complete")
        return {
            "as_of": iso(as_of),
            "employed": employed,
            "status": status,
            "requirements": {k: requirements[k] for k in REQ_IDS},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }


def page_img(p: Page, dpi=200) -> object:
    return render(p, dpi / 25.4)


def id_fields(person, number, expiry, issuing, mrz_valid=True, nationality=None):
    return {
        "surname": person["surname"],
        "given_names": person["given"],
        "document_number": number,
        "nationality": nationality or person["nat"],
        "issuing_country": issuing,
        "date_of_birth": iso(person["dob"]),
        "sex": person["sex"],
        "expiry_date": iso(expiry),
        "mrz_valid": mrz_valid,
    }


def visa_fields(person, visa):
    f = id_fields(person, visa["mrz_no"], visa["until"], "FRA")
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": visa["category"],
            "valid_from": iso(visa["from"]),
            "valid_until": iso(visa["until"]),
        }
    )
    return f


def month_end(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)
