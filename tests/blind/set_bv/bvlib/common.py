"""Truth-field helpers shared by the packet builders."""

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


def form_fields(d, signed=True, employment_status="employed"):
    return {
        "surname": d["surname"],
        "usage_name": d.get("usage_name") or None,
        "given_names": d["given"],
        "sex": d["sex"],
        "date_of_birth": d["dob"],
        "employment_status": employment_status,
        "situation": d["situation"],
        "contract_type": d.get("contract"),
        "signed": signed,
        "signed_on": d["signed_on"],
        "date_text": d["date_text"],
        "place": d["place"],
        "nir": None,
    }


def id_fields(surname, given, number, nat, issuing, dob, sex, expiry, mrz_valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": mrz_valid,
    }


def bill_fields(b, provider, service):
    return {
        "provider": provider,
        "service": service,
        "holder_name": b["holder_name"],
        "address": b["site_address"],
        "issue_date": b["issue_date"],
        "period_start": b["period_start"],
        "period_end": b["period_end"],
        "amount": b["amount"],
        "month": b["period_start"][:7],
    }
