"""Packet writer and truth helpers for set_dn."""

import json
import os
import random

from PIL import Image

import render as r


class Packet:
    def __init__(self, out, name, seed):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.name = name
        self.rng = random.Random(seed)
        self.docs = []

    def p(self, fn):
        return os.path.join(self.dir, fn)

    def add(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    # looks -----------------------------------------------------------
    def text_pdf(self, pages, fn):
        r.to_pdf(pages, self.p(fn))

    def image_pdf(self, pages, fn, dpi=200):
        imgs = [r.scanned(r.raster(pg, dpi), self.rng) for pg in pages]
        r.images_to_pdf(imgs, self.p(fn), dpi)

    def scan(self, page, fn, dpi=200):
        im = r.scanned(r.raster(page, dpi), self.rng)
        if fn.endswith(".png"):
            im.save(self.p(fn))
        else:
            r.save_jpg(im, self.p(fn), 82)

    def scan_a4(self, cards, fn, dpi=300):
        """Several small pages (card faces) photocopied on one A4 sheet."""
        s = dpi / 25.4
        sheet = Image.new("RGB", (int(210 * s), int(297 * s)), (255, 255, 255))
        for pg, x, y in cards:
            sheet.paste(r.raster(pg, dpi), (int(x * s), int(y * s)))
        r.save_jpg(r.scanned(sheet, self.rng, skew=0.4), self.p(fn), 80)

    def photo(self, page, fn, rot=0, long_side=3264):
        dpi = 2000 / max(page.w, page.h) * 25.4
        im = r.photographed(r.raster(page, dpi), self.rng, rot, long_side)
        r.save_jpg(im, self.p(fn), 88)

    def shot(self, im, fn):
        im.save(self.p(fn))

    def truth(self, as_of, employed, reqs, defect, applicant):
        bad = [k for k, v in reqs.items() if v in ("invalid", "missing")]
        status = "incomplete" if bad else "complete"
        assert (defect is None) == (not bad) and len(bad) <= 1
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": reqs,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(self.dir + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)


REQ_OK = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
]


def reqs(employment, **over):
    d = {k: "complete" for k in REQ_OK}
    d["employment"] = employment
    d.update(over)
    return d


def idf(surname, given, num, nat, iss, dob, sex, exp, valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": num,
        "nationality": nat,
        "issuing_country": iss,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": valid,
    }


def ribf(holder, iban, bic, bank):
    assert r.iban_ok(iban) and r.rib_key_ok(iban)
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": True,
        "rib_key_valid": True,
    }


def formf(surname, given, dob, status, signed_on, signed=True):
    return {
        "surname": surname,
        "given_names": given,
        "date_of_birth": dob,
        "employment_status": status,
        "signed": signed,
        "signed_on": signed_on,
        "nir": None,
    }


def siret(base):
    """Complete a 13-digit string into a Luhn-valid SIRET."""
    for d in range(10):
        s = base + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(base)
