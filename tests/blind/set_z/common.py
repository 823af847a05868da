"""Shared helpers for the packet definitions."""

from __future__ import annotations

OK = "complete"
NA = "not_applicable"


def id_fields(sur, giv, num, nat, iss, dob, sex, exp, valid=True) -> dict:
    return {
        "surname": sur,
        "given_names": giv,
        "document_number": num,
        "nationality": nat,
        "issuing_country": iss,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": valid,
    }


def form_fields(sur, giv, dob, status, signed_on) -> dict:
    return {
        "surname": sur,
        "given_names": giv,
        "date_of_birth": dob,
        "employment_status": status,
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
    }
