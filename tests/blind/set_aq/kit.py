"""Packet plumbing for set_aq: files, looks, truth."""

from __future__ import annotations

import json
import random
from pathlib import Path

from lib import paper, save_jpeg
from PIL import Image

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def siret(siren8: str, nic: str) -> str:
    """A SIREN (Luhn) + NIC giving a Luhn-valid SIRET."""

    def luhn_ok(s):
        t = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            t += v - 9 if v > 9 else v
        return t % 10 == 0

    siren = next(siren8 + str(k) for k in range(10) if luhn_ok(siren8 + str(k)))
    base = siren + nic[:4]
    return next(base + str(k) for k in range(10) if luhn_ok(base + str(k)))


# ------------------------------------------------------------------ looks


def on_a4(card_imgs, dpi, bg=(255, 255, 255), gap_mm=12):
    """A photocopy: small pages (cards, passport page) laid on an A4 sheet at real size."""
    k = dpi / 25.4
    sheet = Image.new("RGB", (int(210 * k), int(297 * k)), bg)
    y = int(20 * k)
    for im in card_imgs:
        sheet.paste(im, (int(22 * k), y))
        y += im.height + int(gap_mm * k)
    return sheet


def booklet(page_img, rng, other=None):
    """An open passport: the data page beside its facing page, with a cover edge."""
    w, h = page_img.size
    im = Image.new("RGB", (w + 40, h * 2 + 60), (60, 30, 40))
    left = other or Image.new("RGB", (w, h), (232, 228, 215))
    im.paste(left, (20, 20))
    im.paste(page_img, (20, h + 40))
    return im


def scan(img, rng, grey=None):
    return paper(img, rng, grey or rng.randint(232, 246), 0.9, 4.0)


class Packet:
    def __init__(self, out: Path, name: str, seed: int):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.rng = random.Random(seed)
        self.docs: list = []

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def jpg(self, name, img, q=85):
        save_jpeg(img, self.dir / name, q)
        return name

    def png(self, name, img):
        img.convert("RGB").save(self.dir / name, "PNG")
        return name


def F(path, *pages):
    return {"path": path, "pages": list(pages) or [1]}


def id_fields(p, mrz_ok=True, doc_no=None, expiry=None, issuing=None):
    return {
        "surname": p["surname"].upper(),
        "given_names": p["given"].upper(),
        "document_number": doc_no or p["passport_no"],
        "nationality": p["nat"],
        "issuing_country": issuing or p["nat"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": expiry or p["pp_expiry"],
        "mrz_valid": mrz_ok,
    }


def visa_fields(p, v):
    f = id_fields(p, True, v["number"], v["until"], "FRA")
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": v["category"],
            "valid_from": v["from"],
            "valid_until": v["until"],
        }
    )
    return f


def form_fields(d):
    return {
        "surname": d["surname"].upper(),
        "given_names": d["given"],
        "date_of_birth": d["dob"],
        "employment_status": "employed" if d["situation"] == "salarie" else "not_employed",
        "signed": True,
        "signed_on": d["signed_on"],
        "nir": None,
    }


def write_truth(out, pk: Packet, meta: dict):
    reqs = {r: "complete" for r in REQ}
    if not meta["employed"]:
        reqs["employment"] = "not_applicable"
    reqs.update(meta.get("req_override", {}))
    bad = any(v in ("invalid", "missing") for v in reqs.values())
    truth = {
        "as_of": meta["as_of"],
        "employed": meta["employed"],
        "status": "incomplete" if bad else "complete",
        "requirements": reqs,
        "defect": meta.get("defect"),
        "applicant": meta["applicant"],
        "documents": pk.docs,
    }
    (out / "packets" / f"{pk.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
