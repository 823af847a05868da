"""Shared helpers for the packet builders."""

from __future__ import annotations

import codes
import ids
from out import Packet

REQ_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
}


def _pp_fields(sur, given, num, nat, dob, sex, exp, country=None):
    return {
        "surname": sur,
        "given_names": given,
        "document_number": num,
        "nationality": nat,
        "issuing_country": country or nat,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": True,
    }


def _visa(pk: Packet, v: dict):
    v["mrz"] = codes.mrva(
        v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"]
    )
    return ids.visa_sticker(v, pk.rng())


def _visa_fields(v: dict, category: str):
    f = _pp_fields(
        v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"], "FRA"
    )
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
