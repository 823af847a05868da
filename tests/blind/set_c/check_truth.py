#!/usr/bin/env python3
"""Sanity checks of a rendered set C (not of docverify): every truth file is well formed, every
file exists and every listed page exists, every file of a folder belongs to a document, IBAN
check digits and French RIB keys agree with the truth, packet statuses follow from the
requirements, complete packets have no defect and defect packets exactly one non-complete
requirement.

    python check_truth.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

import pypdfium2 as pdfium

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from docgen_c import util as u  # noqa: E402

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
REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]
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
FIELDS["national_id"] = FIELDS["residence_permit"] = FIELDS["passport"]


def pages_of(path):
    if path.lower().endswith(".pdf"):
        doc = pdfium.PdfDocument(path)
        n = len(doc)
        doc.close()
        return n
    return 1


def main(root):
    errors = []
    man = json.load(open(os.path.join(root, "manifest.json"), encoding="utf-8"))
    assert man["set"] == "set_c"
    counts = {"type": {}, "look": {}}
    for kind, names in (("packets", man["packets"]), ("documents", man["documents"])):
        for name in names:
            folder = os.path.join(root, kind, name)
            t = json.load(open(folder + ".truth.json", encoding="utf-8"))
            used = set()
            for dd in t["documents"]:
                if dd["type"] not in TYPES:
                    errors.append(f"{name}: bad type {dd['type']}")
                if dd["look"] not in LOOKS:
                    errors.append(f"{name}: bad look {dd['look']}")
                counts["type"][dd["type"]] = counts["type"].get(dd["type"], 0) + 1
                counts["look"][dd["look"]] = counts["look"].get(dd["look"], 0) + 1
                for k in FIELDS.get(dd["type"], []):
                    if k not in dd["fields"] and not (
                        dd["type"] == "utility_bill"
                        and k.startswith("period")
                        and "month" in dd["fields"]
                    ):
                        errors.append(f"{name}: {dd['type']} lacks field {k}")
                for f in dd["files"]:
                    p = os.path.join(folder, f["path"])
                    if not os.path.exists(p):
                        errors.append(f"{name}: missing file {f['path']}")
                        continue
                    used.add(f["path"])
                    n = pages_of(p)
                    if any(pg < 1 or pg > n for pg in f["pages"]):
                        errors.append(f"{name}: {f['path']} has {n} pages, truth says {f['pages']}")
                if dd["type"] == "rib":
                    iban = dd["fields"]["iban"]
                    ok = u.iban_ok(iban)
                    if not ok and "wrong" not in (dd.get("notes") or ""):
                        errors.append(f"{name}: IBAN {iban} fails mod 97")
                    if iban.startswith("FR") and ok:
                        b = iban[4:]
                        if u.rib_key(b[:5], b[5:10], b[10:21]) != b[21:23]:
                            errors.append(f"{name}: bad RIB key in {iban}")
            for fn in os.listdir(folder):
                if fn not in used:
                    errors.append(f"{name}: file {fn} belongs to no document")
            if kind == "packets":
                r = t["requirements"]
                if list(r) != REQS:
                    errors.append(f"{name}: requirement order")
                bad = [k for k, v in r.items() if v in ("invalid", "missing")]
                status = (
                    "incomplete"
                    if bad
                    else ("questionable" if "questionable" in r.values() else "complete")
                )
                if status != t["status"]:
                    errors.append(f"{name}: status {t['status']} but requirements say {status}")
                if (t["defect"] is None) != (not bad):
                    errors.append(f"{name}: defect/requirements mismatch")
                if bad and len(bad) != 1:
                    errors.append(f"{name}: more than one defect {bad}")
    for e in errors:
        print("ERROR", e)
    print(json.dumps(counts, indent=1, sort_keys=True))
    print(f"{len(man['packets'])} packets, {len(man['documents'])} documents, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
