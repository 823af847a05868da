"""Packet writer and truth helpers shared by the packet builders."""

from __future__ import annotations

import json
import os
import random

import ids
import looks
from gfx import to_pdf

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        s = body + d
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(body)


class Packet:
    def __init__(self, out: str, name: str, seed: int):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.name, self.docs, self.seed = name, [], seed

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"set_ax/{self.name}/{self.seed}/{tag}")

    def path(self, fn: str) -> str:
        return os.path.join(self.dir, fn)

    def add(self, files, typ, look, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": f, "pages": p} for f, p in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    # writers -------------------------------------------------------------
    def text_pdf(self, fn, pages, title=""):
        to_pdf(pages, self.path(fn), title)

    def image_pdf(self, fn, imgs, tag, grey=False):
        looks.image_pdf(imgs, self.path(fn), self.rng(tag), grey=grey)

    def scan_jpg(self, fn, img, tag, dpi=200, grey=False):
        looks.save_jpeg(looks.scan(img, self.rng(tag), grey=grey), self.path(fn), 84, dpi)

    def photo(self, fn, img, tag, rot=0, fill=0.8):
        r = self.rng(tag)
        looks.save_jpeg(
            looks.phone_photo(img, r, rot, r.choice([3264, 4000, 4032]), fill),
            self.path(fn),
            r.randint(82, 90),
        )

    def write(self, truth: dict) -> None:
        truth["documents"] = self.docs
        with open(
            os.path.join(os.path.dirname(self.dir), self.name + ".truth.json"),
            "w",
            encoding="utf-8",
        ) as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)


def requirements(employed: bool, **over) -> dict:
    r = {k: "complete" for k in REQS}
    if not employed:
        r["employment"] = "not_applicable"
    r.update(over)
    return r


def bill_fields(provider, service, holder, address, b):
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": round(b["amount"], 2),
        "month": b["start"][:7],
    }


def rib_fields(holder, iban, bic, bank, key_ok=True):
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": ids.iban_ok(iban),
        "rib_key_valid": key_ok if iban[:2] == "FR" else None,
    }
