"""Check a rendered set J: truth paths/pages exist, every page of every file is covered."""

from __future__ import annotations

import json
import os
import sys

from pypdf import PdfReader

TYPES = {
    "application_form": [
        "surname",
        "given_names",
        "date_of_birth",
        "employment_status",
        "signed",
        "signed_on",
        "nir",
    ],
    "passport": [
        "surname",
        "given_names",
        "document_number",
        "nationality",
        "issuing_country",
        "date_of_birth",
        "sex",
        "expiry_date",
        "mrz_valid",
    ],
    "birth_certificate": [
        "surname",
        "given_names",
        "date_of_birth",
        "place_of_birth",
        "issuing_country",
        "language",
        "has_apostille",
    ],
    "apostille": ["country", "issued_on", "number", "signed_by"],
    "translation": [],
    "utility_bill": [
        "provider",
        "service",
        "holder_name",
        "address",
        "issue_date",
        "period_start",
        "period_end",
        "amount",
    ],
    "lease": ["tenant_names", "landlord", "address", "start_date"],
    "hosting_attestation": [
        "host_name",
        "hosted_name",
        "address",
        "since_date",
        "signed_on",
        "signed",
    ],
    "payslip": ["employer", "employee_name", "period", "net_pay", "siret"],
    "employment_contract": [
        "employer",
        "employee_name",
        "contract_type",
        "job_title",
        "start_date",
    ],
    "rib": ["holder_name", "iban", "bic", "bank_name", "iban_valid", "rib_key_valid"],
    "unknown": [],
}
TYPES["national_id"] = TYPES["passport"]
TYPES["residence_permit"] = TYPES["passport"]
TYPES["long_stay_visa"] = TYPES["passport"] + [
    "visa_type",
    "vls_ts",
    "category",
    "valid_from",
    "valid_until",
]
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


def n_pages(path: str) -> int:
    if path.lower().endswith(".pdf"):
        return len(PdfReader(path).pages)
    return 1


def check_folder(root: str, name: str, packet: bool) -> list[str]:
    errs = []
    folder = os.path.join(root, name)
    with open(folder + ".truth.json", encoding="utf-8") as fh:
        t = json.load(fh)
    covered: dict[str, set] = {}
    for i, doc in enumerate(t["documents"]):
        if doc["type"] not in TYPES:
            errs.append(f"{name}: doc {i} bad type {doc['type']}")
        if doc["look"] not in LOOKS:
            errs.append(f"{name}: doc {i} bad look {doc['look']}")
        want = set(TYPES.get(doc["type"], []))
        have = set(doc["fields"]) - {"month"}
        if have != want:
            errs.append(f"{name}: doc {i} ({doc['type']}) fields {sorted(have ^ want)}")
        for f in doc["files"]:
            p = os.path.join(folder, f["path"])
            if not os.path.isfile(p):
                errs.append(f"{name}: missing file {f['path']}")
                continue
            n = n_pages(p)
            for pg in f["pages"]:
                if not 1 <= pg <= n:
                    errs.append(f"{name}: {f['path']} has no page {pg}")
                covered.setdefault(f["path"], set()).add(pg)
    for dirpath, _, files in os.walk(folder):
        for fn in files:
            rel = os.path.relpath(os.path.join(dirpath, fn), folder)
            n = n_pages(os.path.join(dirpath, fn))
            miss = set(range(1, n + 1)) - covered.get(rel, set())
            if miss:
                errs.append(f"{name}: {rel} pages {sorted(miss)} not covered")
    if packet:
        if list(t["requirements"]) != REQS:
            errs.append(f"{name}: requirement ids {list(t['requirements'])}")
        vals = list(t["requirements"].values())
        st = (
            "incomplete"
            if any(v in ("invalid", "missing") for v in vals)
            else "questionable"
            if "questionable" in vals
            else "complete"
        )
        if st != t["status"]:
            errs.append(f"{name}: status {t['status']} but requirements say {st}")
        if (t["defect"] is None) != (st == "complete"):
            errs.append(f"{name}: defect/status mismatch")
    return errs


def main(out: str) -> int:
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    errs = []
    for name in man["packets"]:
        errs += check_folder(os.path.join(out, "packets"), name, True)
    for name in man["documents"]:
        errs += check_folder(os.path.join(out, "documents"), name, False)
    for e in errs:
        print(e)
    print(f"{len(man['packets'])} packets, {len(man['documents'])} documents, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
