"""Packet writer and truth helpers for set_af."""

from __future__ import annotations

import json
import os
import random
import zlib

import cv2
from afcommon import (
    fr_rib_key,
    iban,
    images_to_pdf,
    jpeg,
    photo_look,
    photocopy_look,
    scan_look,
)
from PIL import Image

cv2.setNumThreads(1)
REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def rng_for(*key) -> random.Random:
    return random.Random(zlib.crc32("|".join(map(str, key)).encode()))


class Packet:
    def __init__(self, out: str, name: str):
        self.name = name
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs: list[dict] = []

    def rng(self, *key) -> random.Random:
        return rng_for(self.name, *key)

    def write(self, fname: str, data: bytes) -> None:
        with open(os.path.join(self.dir, fname), "wb") as f:
            f.write(data)

    # looks ------------------------------------------------------------
    def text_pdf(self, fname: str, pdf: bytes) -> None:
        self.write(fname, pdf)

    def image_pdf(self, fname: str, pages: list[Image.Image], gray=False) -> None:
        r = self.rng(fname)
        scans = [scan_look(r, p, gray=gray) for p in pages]
        self.write(fname, images_to_pdf(scans, dpi=200, quality=r.randint(55, 75)))

    def scan(self, fname: str, img: Image.Image, dpi_out=200) -> None:
        r = self.rng(fname)
        im = scan_look(r, img, dpi_in=int(img.info.get("dpi_hint", 200)), dpi_out=dpi_out)
        if fname.endswith(".png"):
            im.save(os.path.join(self.dir, fname), "PNG", optimize=False)
        else:
            self.write(fname, jpeg(im, r.randint(72, 88)))

    def photocopy(self, fname: str, img: Image.Image) -> None:
        r = self.rng(fname)
        self.write(fname, jpeg(photocopy_look(r, img).convert("RGB"), r.randint(70, 85)))

    def photo(self, fname: str, img: Image.Image, rot=0, long_side=None) -> None:
        r = self.rng(fname)
        ls = long_side or r.choice((3024, 3264, 4000))
        self.write(fname, jpeg(photo_look(r, img, long_side=ls, rot=rot), r.randint(82, 92)))

    def png(self, fname: str, img: Image.Image) -> None:
        img.save(os.path.join(self.dir, fname), "PNG", optimize=False)

    def doc(self, files, dtype, look, fields, notes="") -> None:
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def truth(self, as_of, employed, reqs, defect, applicant) -> None:
        bad = [k for k, v in reqs.items() if v in ("invalid", "missing")]
        q = [k for k, v in reqs.items() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if q else "complete")
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: reqs[k] for k in REQS},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        path = os.path.join(os.path.dirname(self.dir), self.name + ".truth.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write("\n")


def id_fields(surname, given, number, nat, issuer, dob, sex, expiry, **extra):
    d = {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuer,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": True,
    }
    d.update(extra)
    return d


def fr_iban(bank, branch, account):
    return iban("FR", bank + branch + account + fr_rib_key(bank, branch, account))


def form_fields(f, employed):
    return {
        "surname": f["surname"].upper(),
        "given_names": f["given"],
        "date_of_birth": f["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "signed": True,
        "signed_on": f["signed_on"],
        "nir": None,
    }


def bill_energy(b):
    sub = 15.65
    cta = round(sub * 0.2193, 2)
    ht = round(sub + b["kwh"] * 0.2016 + b["kwh"] * 0.02998 + cta, 2)
    b["sub"], b["cta"] = sub, cta
    b["tva"] = round(ht * 0.2, 2)
    b["amount"] = round(ht + b["tva"], 2)
    return b
