"""Truth helpers shared by the packet builders."""

from __future__ import annotations

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}
L_EN = [
    "Country",
    "This public document",
    "has been signed by",
    "acting in the capacity of",
    "bears the seal/stamp of",
    "Certified",
    "at",
    "the",
    "by",
    "No.",
    "Seal/stamp:",
    "Signature:",
]
L_PT = [
    "País",
    "O presente documento público",
    "foi assinado por",
    "na qualidade de",
    "tem aposto o selo/carimbo de",
    "Reconhecido",
    "em",
    "no dia",
    "por",
    "sob o n.º",
    "Selo/carimbo:",
    "Assinatura:",
]
L_ME = [
    "Država",
    "Ova javna isprava",
    "potpisana je od",
    "u svojstvu",
    "ima pečat/žig",
    "Potvrđeno",
    "u",
    "dana",
    "od",
    "pod brojem",
    "Pečat/žig:",
    "Potpis:",
]
CONV_FR = "(Convention de La Haye du 5 octobre 1961)"


def doc(path_pages, typ, look, fields, notes=""):
    files = [{"path": p, "pages": pg} for p, pg in path_pages]
    return {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}


def id_fields(surname, given, number, nat, issuing, dob, sex, exp, **extra):
    f = {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": True,
    }
    f.update(extra)
    return f


def bill_fields(provider, service, holder, address, issue, start, end, amount):
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": issue,
        "period_start": start,
        "period_end": end,
        "amount": amount,
    }


def truth(as_of, employed, app, docs_, reqs=None, defect=None):
    reqs = dict(reqs or ALL_OK)
    if not employed:
        reqs["employment"] = "not_applicable"
    bad = any(v in ("invalid", "missing") for v in reqs.values())
    return {
        "as_of": as_of,
        "employed": employed,
        "status": "incomplete" if bad else "complete",
        "requirements": reqs,
        "defect": defect,
        "applicant": app,
        "documents": docs_,
    }


def passport_per(base: dict) -> dict:
    per = {
        "bg": (236, 232, 240),
        "line": (200, 185, 215),
        "ink": (60, 30, 90),
        "skin": (92, 62, 45),
        "opt": "",
    }
    per.update(base)
    return per
