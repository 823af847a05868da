"""Packet writer and truth helpers."""

import json
import os
import random

import render as R

ALL_OK = {
    k: "complete"
    for k in (
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    )
}


class Packet:
    def __init__(self, out, name, seed):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.name, self.seed, self.docs, self.n = name, seed, [], 0

    def rng(self):
        self.n += 1
        return random.Random(f"{self.name}-{self.seed}-{self.n}")

    def path(self, f):
        return os.path.join(self.dir, f)

    def text_pdf(self, f, pages, author=""):
        R.to_pdf(pages, self.path(f), title=os.path.splitext(f)[0], author=author)

    def image_pdf(self, f, pages):
        R.image_pdf(pages, self.path(f), self.rng())

    def scan(self, f, page, dpi=200):
        R.save_jpg(R.scan(page, self.rng(), dpi=dpi), self.path(f))

    def card_scan(self, f, pages):
        R.save_jpg(R.card_scan(pages, self.rng()), self.path(f))

    def photo(self, f, page, rot=0):
        R.save_jpg(R.phone_photo(page, self.rng(), rot), self.path(f), q=88)

    def png(self, f, im):
        im.save(self.path(f), "PNG", optimize=False)

    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": p, "pages": pg} for p, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    def truth(self, **kw):
        t = dict(kw)
        t["documents"] = self.docs
        with open(
            os.path.join(os.path.dirname(self.dir), self.name + ".truth.json"),
            "w",
            encoding="utf-8",
        ) as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


def person_fields(p, num, spec_country, exp, mrz_lines):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": num,
        "nationality": p["nat"],
        "issuing_country": spec_country,
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": exp,
        "mrz_valid": R.mrz_ok(mrz_lines),
    }


def app_fields(p, f, emp, signed_on):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "signed": f["signed"],
        "signed_on": signed_on,
        "nir": None,
        "date_text": f["date_text"],
        "place": f["place"],
        "situation": f["situation"],
        "contract_type": f.get("contract"),
        "fill": "hand" if f["hand"] else "typed_print",
    }


def visa_fields(p, v, passport_num, lines, category):
    d = person_fields(p, v["num"], "FRA", v["until_iso"], lines)
    d.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": category,
            "valid_from": v["from_iso"],
            "valid_until": v["until_iso"],
        }
    )
    return d


def bill_fields(b, service):
    return {
        "provider": b["provider"],
        "service": service,
        "holder_name": b["holder_clean"],
        "address": ", ".join(b["addr"]),
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }


def rib_fields(r, holder):
    assert R.iban_ok(r["iban"])
    if r["iban"].startswith("FR"):
        assert R.rib_ok(r["iban"])
    return {
        "holder_name": holder,
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": r["bank"],
        "iban_valid": R.iban_ok(r["iban"]),
        "rib_key_valid": R.rib_ok(r["iban"]) if r["iban"].startswith("FR") else None,
    }


def vdate(d):
    return f"{d[8:10]}-{d[5:7]}-{d[2:4]}"
