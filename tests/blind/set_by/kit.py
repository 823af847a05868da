"""Packet writer and truth helpers."""

import json
import os
import random

import ids
import render
from checks import iban_ok, rib_ok

REQS = (
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
)
MONTHS = [("2026-08-01", "2026-08-31"), ("2026-09-01", "2026-09-30"), ("2026-10-01", "2026-10-31")]


class Packet:
    def __init__(self, out, name, seed):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.out, self.name, self.docs = out, name, []
        self.rng = random.Random(seed)

    def emit(self, pdf, fname, look, dpi=200, rot=0, card=False):
        """Write one document in a look; returns the truth 'files' list."""
        p = os.path.join(self.dir, fname)
        if look == "text_pdf":
            with open(p, "wb") as fh:
                fh.write(pdf)
            return [{"path": fname, "pages": list(range(1, len(render.raster(pdf, 10)) + 1))}]
        pages = render.raster(pdf, 600 if card and look == "phone_photo" else dpi)
        if card and look in ("scan", "image_pdf"):
            extra = pages[1] if len(pages) > 1 else None
            pages = [render.on_a4(pages[0], dpi, extra=extra)]
        if look == "image_pdf":
            render.image_pdf(pages, p, self.rng, gray=self.rng.random() < 0.4, dpi=dpi)
            return [{"path": fname, "pages": list(range(1, len(pages) + 1))}]
        files = []
        stem, ext = os.path.splitext(fname)
        for i, im in enumerate(pages):
            fn = fname if len(pages) == 1 else f"{stem}_{i + 1}{ext}"
            fp = os.path.join(self.dir, fn)
            if look == "scan":
                render.save_scan(im, fp, self.rng)
            elif look == "phone_photo":
                render.phone_photo(im, fp, self.rng, rot=rot)
            elif look == "screenshot":
                im.save(fp, optimize=False)
            files.append({"path": fn, "pages": [1]})
        return files

    def add(self, files, typ, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}
        )

    def truth(self, as_of, employed, reqs, defect, applicant):
        status = "complete"
        if any(v in ("invalid", "missing") for v in reqs.values()):
            status = "incomplete"
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: reqs[k] for k in REQS},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(
            os.path.join(self.out, "packets", self.name + ".truth.json"), "w", encoding="utf-8"
        ) as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)


def id_fields(surname, given, number, nat, issuer, dob, sex, expiry, mrz=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuer,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": True if mrz else None,
    }


def passport_doc(k, pp, fname, look, rot=0, notes=""):
    pdf, mrz = ids.passport(pp, k.rng)
    f = k.emit(pdf, fname, look, rot=rot, card=True)
    fields = id_fields(
        pp["surname"],
        pp["given"],
        pp["number"],
        pp["code"],
        pp["code"],
        pp["dob"],
        pp["sex"],
        pp["expiry"],
    )
    k.add(f, "passport", look, fields, (notes + " MRZ: " + " / ".join(mrz)).strip())


def visa_doc(k, v, fname, look, rot=0):
    pdf, mrz = ids.visa(v, k.rng)
    f = k.emit(pdf, fname, look, rot=rot, card=True)
    fields = id_fields(
        v["surname"], v["given"], v["number"], v["nat"], "FRA", v["dob"], v["sex"], v["until"]
    )
    fields.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": v["category"],
            "valid_from": v["from"],
            "valid_until": v["until"],
        }
    )
    k.add(f, "long_stay_visa", look, fields, "MRV-A: " + " / ".join(mrz))


def rib_fields(holder, iban, bic, bank):
    assert iban_ok(iban) and rib_ok(iban)
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": True,
        "rib_key_valid": True,
    }


def form_fields(d, dob_iso, status, signed_on):
    return {
        "surname": d["surname"],
        "given_names": d["given"],
        "date_of_birth": dob_iso,
        "employment_status": status,
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
    }


def bill_fields(provider, holder, address, b):
    return {
        "provider": provider,
        "service": "internet",
        "holder_name": holder,
        "address": address,
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }
