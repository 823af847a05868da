"""Packet writer and truth-field helpers."""

from __future__ import annotations

import json
import random
from pathlib import Path

import common as C
from PIL import Image

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


class Packet:
    def __init__(self, out: Path, name: str, seed: int):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.seed = seed
        self.n = 0
        self.docs: list[dict] = []

    def rng(self) -> random.Random:
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def write(
        self,
        fname: str,
        pages: list,
        look: str,
        rot: int = 0,
        dpi: int = 200,
        fill: float = 0.8,
        table: str = "wood",
    ) -> None:
        rng = self.rng()
        imgs = [p if isinstance(p, Image.Image) else None for p in pages]
        if look == "text_pdf":
            data = C.pdf_bytes(pages)
        elif look == "image_pdf":
            data = C.image_pdf([im or p.to_image(dpi) for im, p in zip(imgs, pages)], rng)
        elif look == "scan":
            data = C.scan_jpeg(pages[0].to_image(dpi), rng)
        elif look == "phone_photo":
            data = C.phone_photo(pages[0].to_image(dpi), rng, rot, fill=fill, table=table)
        elif look == "screenshot":
            data = C.png_bytes(pages[0].to_image(300).resize((1170, 2532), Image.LANCZOS))
        else:
            raise ValueError(look)
        (self.dir / fname).write_bytes(data)

    def doc(self, files: list, typ: str, look: str, fields: dict, notes: str = "") -> None:
        self.docs.append(
            {
                "files": [{"path": f, "pages": pg} for f, pg in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def truth(self, out: Path, as_of: str, employed: bool, reqs: dict, defect, applicant):
        bad = any(v in ("invalid", "missing") for v in reqs.values())
        q = any(v == "questionable" for v in reqs.values())
        status = "incomplete" if bad else ("questionable" if q else "complete")
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": reqs,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        (out / "packets" / f"{self.name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def id_fields(p: dict, mrz_ok: bool = True) -> dict:
    return {
        "surname": p["surname"].upper(),
        "given_names": p["given"].upper(),
        "document_number": p["doc"],
        "nationality": p["nat"],
        "issuing_country": p["nat"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": mrz_ok,
    }


def visa_fields(v: dict, category: str) -> dict:
    return {
        "surname": v["surname"].upper(),
        "given_names": v["given"].upper(),
        "document_number": v["doc"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"],
        "sex": v["sex"],
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": category,
        "valid_from": v["from"],
        "valid_until": v["until"],
    }


def birth_fields(b: dict, country: str, apost: bool = True) -> dict:
    return {
        "surname": b["surname"].upper(),
        "given_names": b["given"],
        "date_of_birth": b["dob"],
        "place_of_birth": b["pob"],
        "issuing_country": country,
        "language": "en",
        "has_apostille": apost,
    }


def apo_fields(a: dict) -> dict:
    return {
        "country": a["country"],
        "issued_on": a["issued"],
        "number": a["number"],
        "signed_by": a["by"],
    }


def rib_fields(r: dict, holder: str, bank: str, fr: bool = True) -> dict:
    return {
        "holder_name": holder,
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": bank,
        "iban_valid": C.iban_ok(r["iban"]),
        "rib_key_valid": True if fr else None,
    }


def form_fields(f: dict, signed_on: str, employed: bool) -> dict:
    return {
        "surname": f["surname"].upper(),
        "usage_name": f.get("usage"),
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "situation": f["situation"],
        "contract_type": f.get("contract"),
        "signed": True,
        "signed_on": signed_on,
        "date_text": f["date_text"],
        "place": f["place"],
        "nir": None,
    }


def bill_fields(b: dict, provider: str, service: str, holder: str) -> dict:
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": b["addr1"] + ", " + b["addr2"],
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }


def applicant(p: dict) -> dict:
    return {
        "surname": p["surname"].upper(),
        "given_names": p["given"].upper(),
        "date_of_birth": p["dob"],
    }
