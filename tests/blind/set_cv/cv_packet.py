"""Packet helpers for set_cv: file writing, truth assembly, shared field builders."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import cv_fin
from cv_common import fr_iban, iban_valid, mrv_valid, rib_key, strip_accents, td1_valid, td3_valid
from cv_looks import jpeg, phone_photo, png, raster, screenshot_frame

REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]
SKIN = {
    "HTI": ((0.42, 0.29, 0.21), (0.08, 0.07, 0.06)),
    "EGY": ((0.72, 0.55, 0.42), (0.12, 0.09, 0.07)),
    "PER": ((0.68, 0.5, 0.37), (0.06, 0.05, 0.05)),
    "AFG": ((0.74, 0.58, 0.45), (0.1, 0.08, 0.06)),
    "FRA": ((0.9, 0.75, 0.65), (0.35, 0.25, 0.15)),
}


class Packet:
    def __init__(self, out: Path, name: str, seed: int):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.docs: list[dict] = []
        self.seed = seed
        self.n = 0

    def rng(self) -> random.Random:
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def write(self, fname: str, data: bytes) -> str:
        (self.dir / fname).write_bytes(data)
        return fname

    def pages(self, fname: str) -> list[int]:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(self.dir / fname))
        n = len(doc)
        doc.close()
        return list(range(1, n + 1))

    def add(self, files, dtype, look, fields, notes=""):
        for p, pg in files:
            if p.endswith(".pdf"):
                assert max(pg) <= len(self.pages(p)), (p, pg)
            else:
                assert pg == [1], (p, pg)
        self.docs.append(
            {
                "files": [{"path": p, "pages": pg} for p, pg in files],
                "type": dtype,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )


def id_fields(surname, given, number, nat, issuing, dob, sex, exp, lines, kind):
    ok = (
        td3_valid(lines[1])
        if kind == "td3"
        else (td1_valid(lines) if kind == "td1" else mrv_valid(lines[1]))
    )
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": dob.isoformat(),
        "sex": sex,
        "expiry_date": exp.isoformat(),
        "mrz_valid": ok,
    }


def visa_fields(v, lines):
    f = id_fields(
        v["surname"].upper(),
        v["given"].upper(),
        v["number"],
        v["nat"],
        "FRA",
        v["dob"],
        v["sex"],
        v["valid_until"],
        lines,
        "mrv",
    )
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": v["remark1"],
            "valid_from": v["valid_from"].isoformat(),
            "valid_until": v["valid_until"].isoformat(),
        }
    )
    return f


def bill_fields(d, provider, service):
    end = cv_fin.month_end(d["month"])
    return {
        "provider": provider,
        "service": service,
        "holder_name": no_title(d["holder_print"]),
        "address": ", ".join(d["addr"]),
        "issue_date": d["issue"].isoformat(),
        "period_start": d["month"].isoformat(),
        "period_end": end.isoformat(),
        "amount": d["amount"],
        "month": d["month"].strftime("%Y-%m"),
    }


def rib_data(bank, branch, account):
    iban, key = fr_iban(bank, branch, account)
    assert iban_valid(iban) and rib_key(bank, branch, account) == key
    return iban, key


def no_title(name: str) -> str:
    words = name.split()
    while words and words[0].upper().rstrip(".") in {"M", "MME", "MR", "MRS", "MLLE"}:
        words = words[1:]
    return " ".join(words)


def form_fields(v, employment, run, signed=True):
    """Names as written on the form: run A has comb boxes (capitals, no accents)."""
    given = strip_accents(v["given"]).upper() if run == "A" else v["given"]
    return {
        "surname": strip_accents(v["surname"]).upper(),
        "given_names": given,
        "date_of_birth": v["dob"].isoformat(),
        "employment_status": employment,
        "signed": signed,
        "signed_on": v["signed_on"].isoformat(),
        "nir": v.get("nir") or None,
    }


def save_truth(out: Path, pk: Packet, as_of, employed, reqs, defect, applicant):
    status = "complete"
    if any(s in ("invalid", "missing") for s in reqs.values()):
        status = "incomplete"
    elif any(s == "questionable" for s in reqs.values()):
        status = "questionable"
    truth = {
        "as_of": as_of.isoformat(),
        "employed": employed,
        "status": status,
        "requirements": {k: reqs[k] for k in REQ_IDS},
        "defect": defect,
        "applicant": applicant,
        "documents": pk.docs,
    }
    (out / "packets" / f"{pk.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def telecom(
    pk, brand, holder, addr, months, amounts, issues, numbers, client, line, looks, names, provider
):
    for m, amt, iss, num, look, fname in zip(months, amounts, issues, numbers, looks, names):
        d = {
            "brand": brand,
            "holder_print": holder,
            "addr": addr,
            "month": m,
            "month_end": cv_fin.month_end(m),
            "issue": iss,
            "number": num,
            "client": client,
            "line": line,
            "amount": amt,
            "debit": date(iss.year, iss.month, 15),
        }
        pdf = cv_fin.telecom_bill(d, pk.rng())
        if look == "text_pdf":
            pk.write(fname, pdf)
        elif look == "screenshot":
            page = raster(pdf, 150)[0]
            pk.write(fname, png(screenshot_frame(page, pk.rng(), "09:41", fname[:-4] + ".pdf")))
        else:
            page = raster(pdf, 150)[0]
            pk.write(fname, jpeg(phone_photo(page, pk.rng(), 3264, rot90=1), 86))
        pk.add(
            [(fname, [1])],
            "utility_bill",
            look,
            bill_fields(d, provider, "internet"),
            f"{provider} monthly internet bill for {m.strftime('%Y-%m')}",
        )
