"""Packet writer and shared field helpers for set_cz."""

from __future__ import annotations

import json
import random
from pathlib import Path

import cz_ids as ids
from cz_common import images_to_pdf, phone_photo, render_pdf, save_jpeg, scan_look

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
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.rng = random.Random(seed)
        self.docs: list[dict] = []

    # -------- writers
    def pdf(self, fname, data: bytes):
        (self.dir / fname).write_bytes(data)

    def image_pdf(self, fname, data: bytes, dpi=150):
        pages = [scan_look(im, self.rng) for im in render_pdf(data, dpi)]
        (self.dir / fname).write_bytes(images_to_pdf(pages, dpi))

    def scan(self, fname, img, png=False):
        img = scan_look(img, self.rng)
        if png:
            img.convert("L").save(self.dir / fname, "PNG", optimize=False)
        else:
            save_jpeg(img, self.dir / fname, 84)

    def photo(self, fname, img, rotate=0, long_side=3264):
        save_jpeg(phone_photo(img, self.rng, long_side, rotate), self.dir / fname, 88)

    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    def truth(self, as_of, employed, reqs, defect, applicant):
        st = "complete"
        if any(v in ("invalid", "missing") for v in reqs.values()):
            st = "incomplete"
        elif any(v == "questionable" for v in reqs.values()):
            st = "questionable"
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": st,
            "requirements": {k: reqs[k] for k in REQS},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        for d in self.docs:
            for f in d["files"]:
                assert (self.dir / f["path"]).exists(), f["path"]
        path = self.dir.parent / f"{self.name}.truth.json"
        path.write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def ymd(iso):  # 1994-03-12 -> 940312
    return iso[2:4] + iso[5:7] + iso[8:10]


def id_fields(surname, given, number, nat, issuing, dob, sex, exp, mrz_valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": mrz_valid,
    }


LAB_FR_EN = {
    "type": "Type / Type",
    "code": "Code du pays / Country code",
    "number": "N° du passeport / Passport No.",
    "surname": "Nom / Surname",
    "given": "Prénoms / Given names",
    "nat": "Nationalité / Nationality",
    "dob": "Date de naissance / Date of birth",
    "sex": "Sexe / Sex",
    "pob": "Lieu de naissance / Place of birth",
    "issue": "Date de délivrance / Date of issue",
    "authority": "Autorité / Authority",
    "expiry": "Date d'expiration / Date of expiry",
}
LAB_EN = {
    "type": "Type",
    "code": "Code",
    "number": "Passport No.",
    "surname": "Surname",
    "given": "Given Names",
    "nat": "Nationality",
    "dob": "Date of Birth",
    "sex": "Sex",
    "pob": "Place of Birth",
    "issue": "Date of Issue",
    "authority": "Authority",
    "expiry": "Date of Expiry",
}


def pdate(iso, style):
    y, m, d = iso.split("-")
    if style == "bil":
        return f"{d} {ids.MON_BIL[int(m) - 1]} {y[2:]}"
    if style == "en":
        return f"{d} {ids.MON_EN[int(m) - 1]} {y}"
    return f"{d}/{m}/{y}"
