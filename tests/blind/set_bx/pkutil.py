"""Truth-building helpers shared by the packets."""

from __future__ import annotations

import json

from checkdigits import iban_valid

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def ident(surname, given, number, nat, issuing, dob, sex, expiry, mrz_ok=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": mrz_ok,
    }


def doc(files, typ, look, fields, notes=""):
    return {
        "files": [{"path": p, "pages": pg} for p, pg in files],
        "type": typ,
        "look": look,
        "fields": fields,
        "notes": notes,
    }


def rib_fields(holder, iban, bic, bank, key_ok=True):
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": iban_valid(iban),
        "rib_key_valid": key_ok,
    }


def form_dict(seed, a, **kw):
    d = {
        "seed": seed,
        "surname": a["surname"],
        "given_text": a["given_form"],
        "sex": a["sex"],
        "dob": a["dob"],
        "ink": (25, 35, 120),
    }
    d.update(kw)
    return d


def form_fields(a, f, status):
    return {
        "surname": f["surname"],
        "given_names": f["given_text"],
        "date_of_birth": a["dob"],
        "employment_status": status,
        "signed": f["signed"],
        "signed_on": f["signed_on"],
        "nir": None,
    }


def bill_set(base, months, amounts):
    out = []
    for i, (m, amt) in enumerate(zip(months, amounts, strict=True)):
        y, mo = int(m[:4]), int(m[5:7])
        last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
        nm = f"{y + (mo == 12)}-{mo % 12 + 1:02d}"
        b = dict(base)
        b.update(
            start=f"{m}-01",
            end=f"{m}-{last:02d}",
            issue=f"{nm}-03",
            debit=f"{nm}-14",
            amount=amt,
            invoice=base["invoice"] + str(i + 1),
        )
        b["lines"] = [(ln, a) for ln, a in base["lines_of"](amt)]
        out.append(b)
    return out


def write_truth(path, t):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(t, fh, ensure_ascii=False, indent=2)


def truth(as_of, employed, applicant, documents, defect=None, req=None):
    reqs = {k: "complete" for k in REQ}
    if not employed:
        reqs["employment"] = "not_applicable"
    reqs.update(req or {})
    bad = any(v in ("invalid", "missing") for v in reqs.values())
    return {
        "as_of": as_of,
        "employed": employed,
        "status": "incomplete" if bad else "complete",
        "requirements": reqs,
        "defect": defect,
        "applicant": {
            "surname": applicant["surname"],
            "given_names": applicant["given"],
            "date_of_birth": applicant["dob"],
        },
        "documents": documents,
    }
