"""Self-checks on the truth files (run at the end of generate.py)."""

import json
import os
import re

from . import ids
from .out import REQ_IDS

TYPES = {
    "application_form",
    "passport",
    "national_id",
    "long_stay_visa",
    "residence_permit",
    "birth_certificate",
    "apostille",
    "translation",
    "utility_bill",
    "lease",
    "hosting_attestation",
    "payslip",
    "employment_contract",
    "rib",
    "unknown",
}
LOOKS = {"text_pdf", "image_pdf", "scan", "phone_photo", "screenshot"}
REQ_STATUS = {"complete", "questionable", "invalid", "missing", "not_applicable"}
FIELDS = {
    "passport": [
        "surname",
        "given_names",
        "document_number",
        "nationality",
        "date_of_birth",
        "expiry_date",
        "sex",
        "mrz_valid",
    ],
    "long_stay_visa": [
        "surname",
        "given_names",
        "document_number",
        "nationality",
        "date_of_birth",
        "expiry_date",
        "sex",
        "mrz_valid",
        "visa_type",
        "vls_ts",
        "valid_until",
    ],
    "birth_certificate": [
        "surname",
        "given_names",
        "date_of_birth",
        "place_of_birth",
        "issuing_country",
        "has_apostille",
    ],
    "apostille": ["country", "issued_on"],
    "utility_bill": [
        "provider",
        "service",
        "holder_name",
        "issue_date",
        "period_start",
        "period_end",
    ],
    "lease": ["tenant_names", "landlord", "start_date"],
    "hosting_attestation": ["host_name", "hosted_name", "since_date", "signed"],
    "payslip": ["employer", "employee_name", "period"],
    "employment_contract": ["employer", "employee_name", "contract_type", "start_date"],
    "rib": ["holder_name", "iban", "bic"],
    "application_form": [
        "surname",
        "given_names",
        "date_of_birth",
        "employment_status",
        "signed",
        "signed_on",
    ],
}
FIELDS["national_id"] = FIELDS["passport"]
FIELDS["residence_permit"] = FIELDS["passport"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(out):
    man = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    assert man["set"] == "set_e"
    n_docs = 0
    for kind, names in (("packets", man["packets"]), ("documents", man["documents"])):
        for name in names:
            t = json.load(open(os.path.join(out, kind, name + ".truth.json"), encoding="utf-8"))
            assert t["employed"] is None
            assert ISO.match(t["as_of"])
            if kind == "packets":
                assert list(t["requirements"]) == REQ_IDS, name
                assert set(t["requirements"].values()) <= REQ_STATUS
                bad = [v for v in t["requirements"].values() if v in ("invalid", "missing")]
                assert t["status"] == ("incomplete" if bad else "complete"), name
                assert (t["defect"] is None) == (not bad), name
                types = {d["type"] for d in t["documents"]}
                assert "application_form" in types and (
                    "passport" in types or "national_id" in types
                ), name
            for d in t["documents"]:
                n_docs += 1
                assert d["type"] in TYPES, (name, d["type"])
                assert d["look"] in LOOKS, (name, d["look"])
                for f in d["files"]:
                    assert os.path.exists(os.path.join(out, kind, name, f["path"])), (
                        name,
                        f["path"],
                    )
                    assert f["pages"] and all(isinstance(p, int) and p >= 1 for p in f["pages"])
                for k in FIELDS.get(d["type"], []):
                    assert k in d["fields"], (name, d["type"], k)
                fl = d["fields"]
                for k, v in fl.items():
                    if (
                        k.endswith("_date")
                        or k
                        in (
                            "date_of_birth",
                            "valid_until",
                            "valid_from",
                            "issued_on",
                            "signed_on",
                            "since_date",
                            "period_start",
                            "period_end",
                        )
                    ) and v is not None:
                        assert ISO.match(v), (name, k, v)
                if d["type"] == "rib":
                    assert fl["iban_valid"] == ids.iban_valid(fl["iban"]), (name, fl["iban"])
                    assert " " not in fl["iban"]
                if d["type"] in ("passport", "national_id", "residence_permit", "long_stay_visa"):
                    assert len(fl["nationality"]) == 3, (name, fl["nationality"])
    return n_docs
