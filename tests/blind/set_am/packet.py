"""Packet writer and truth helpers for blind set AM."""

from __future__ import annotations

import json
import os
import random

from PIL import Image


class Packet:
    def __init__(self, out: str, name: str, as_of: str, employed: bool):
        self.name, self.as_of, self.employed = name, as_of, employed
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs: list[dict] = []
        self.seed = sum(ord(c) for c in name) * 1000

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"{self.name}/{tag}")

    def path(self, fname: str) -> str:
        return os.path.join(self.dir, fname)

    def doc(self, dtype, look, files, fields, notes=""):
        fl = [{"path": p, "pages": pg} for p, pg in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def truth(self, status, reqs, defect, applicant):
        t = {
            "as_of": self.as_of,
            "employed": self.employed,
            "status": status,
            "requirements": reqs,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(os.path.join(os.path.dirname(self.dir), self.name + ".truth.json"), "w") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)


def on_a4(card: Image.Image, dpi: int, at=(18, 16), second=None, at2=(18, 110)) -> Image.Image:
    """Lay one or two raster cards on a white A4 scanner bed."""
    k = dpi / 25.4
    bed = Image.new("RGB", (int(210 * k), int(297 * k)), (255, 255, 255))
    bed.paste(card, (int(at[0] * k), int(at[1] * k)))
    if second is not None:
        bed.paste(second, (int(at2[0] * k), int(at2[1] * k)))
    return bed


def all_complete(employed: bool) -> dict:
    reqs = {
        k: "complete"
        for k in ("application_form", "identity", "residence_status", "birth_certificate")
    }
    reqs.update({"residence_proof": "complete", "bank_details": "complete"})
    reqs["employment"] = "complete" if employed else "not_applicable"
    return reqs


def id_fields(p, doc_surname=None, doc_given=None, valid=True):
    return {
        "surname": doc_surname or p["surname"].upper(),
        "given_names": doc_given or p["given"].upper(),
        "document_number": p["number"],
        "nationality": p["nat"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": valid,
    }


def visa_fields(v, category):
    f = id_fields({**v, "country": "FRA", "expiry": v["until"]})
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": category,
            "valid_from": v["from"],
            "valid_until": v["until"],
        }
    )
    return f


def form_fields(a, employed, signed_on, nir=None, signed=True):
    return {
        "surname": a["surname"],
        "given_names": a["given_names"],
        "date_of_birth": a["date_of_birth"],
        "employment_status": "employed" if employed else "not_employed",
        "signed": signed,
        "signed_on": signed_on,
        "nir": nir,
    }
