"""Packet writer and truth helpers for set_ap."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pikepdf
from common import pdf_pages, scan_look

ALL = ["application_form", "identity", "residence_status", "birth_certificate",
       "residence_proof", "bank_details", "employment"]  # fmt: skip


def luhn_siret(base13: str) -> str:
    for d in "0123456789":
        s = base13 + d
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError


def merge(pdfs: list[bytes]) -> bytes:
    out = pikepdf.new()
    srcs = [pikepdf.open(io.BytesIO(b)) for b in pdfs]
    for s in srcs:
        out.pages.extend(s.pages)
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True)
    return buf.getvalue()


class Packet:
    def __init__(self, root: Path, name: str, seed: int):
        self.name, self.dir = name, root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs: list[dict] = []
        self.seed = seed
        self.n = 0

    def rng(self) -> random.Random:
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def put(self, path: str, data: bytes) -> None:
        (self.dir / path).write_bytes(data)

    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": p, "pages": pg} for p, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields,
                          "notes": notes})  # fmt: skip

    def truth(self, root: Path, **kw) -> None:
        t = dict(kw)
        t["documents"] = self.docs
        (root / "packets" / f"{self.name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def reqs(employed: bool, **over) -> dict:
    r = {k: "complete" for k in ALL}
    if not employed:
        r["employment"] = "not_applicable"
    r.update(over)
    return r


def idf(surname, given, number, nat, issuing, dob, sex, expiry, mrz_valid=True):
    return {"surname": surname, "given_names": given, "document_number": number,
            "nationality": nat, "issuing_country": issuing, "date_of_birth": dob, "sex": sex,
            "expiry_date": expiry, "mrz_valid": mrz_valid}  # fmt: skip


def visa_fields(base: dict, category, vfrom, vuntil) -> dict:
    f = dict(base)
    f.update(visa_type="D", vls_ts=True, category=category, valid_from=vfrom, valid_until=vuntil)
    return f


def bill_f(provider, service, holder, address, issue, start, end, amount):
    return {"provider": provider, "service": service, "holder_name": holder, "address": address,
            "issue_date": issue, "period_start": start, "period_end": end, "amount": amount,
            "month": start[:7]}  # fmt: skip


def pages_scanned(pdf: bytes, rng, dpi=200, tint=(244, 242, 236)):
    return [scan_look(im, rng, tint) for im in pdf_pages(pdf, dpi)]
