"""Golden packets: every bundled sample in samples/ is audited with the real tesseract and
judged exactly as its ``<name>.expected.json`` says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from docverify.report.json_report import to_dict
from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e

EXPECTED = sorted(SAMPLES.glob("*.expected.json"))

# Fields the packet rules depend on: these must be read exactly on the samples.
CORE_FIELDS = {
    "passport": (
        "surname",
        "given_names",
        "document_number",
        "date_of_birth",
        "expiry_date",
        "nationality",
    ),
    "national_id": ("surname", "given_names", "date_of_birth", "expiry_date"),
    "long_stay_visa": ("surname", "visa_type", "vls_ts", "valid_until"),
    "residence_permit": ("surname", "expiry_date"),
    "birth_certificate": ("date_of_birth", "issuing_country", "has_apostille"),
    "utility_bill": ("provider", "period_start", "period_end"),
    "rib": ("iban", "iban_valid", "rib_key_valid"),
    "payslip": ("period", "net_pay"),
    "application_form": ("surname", "employment_status", "signed", "signed_on"),
    "hosting_attestation": ("since_date", "signed"),
}


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=EXPECTED, ids=lambda p: p.name.split(".")[0])
def golden(
    request: pytest.FixtureRequest, audit_packet: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    expected = _expected(request.param)
    packet = SAMPLES / expected["packet"]
    result = audit_packet(packet, expected["as_of"], employed=None)
    return expected, to_dict(result)


def test_there_are_golden_packets() -> None:
    assert len(EXPECTED) >= 5


def test_packet_status(golden: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, report = golden
    got = {r["id"]: r["status"] for r in report["requirements"]}
    assert got == expected["requirements"], json.dumps(report["requirements"], indent=1)[:6000]
    assert report["status"] == expected["status"]


def test_expected_findings(golden: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, report = golden
    codes = {f["code"] for r in report["requirements"] for f in r["findings"]}
    for code in expected["expected_findings"]:
        assert code in codes, f"{code} not in {sorted(codes)}"


def test_applicant(golden: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, report = golden
    for key, value in expected["applicant"].items():
        assert report["applicant"][key] == value


def _covering(report: dict[str, Any], path: str, pages: list[int]) -> list[dict[str, Any]]:
    return [
        d for d in report["documents"]
        if any(f["path"] == path and set(pages) <= set(f["pages"]) for f in d["files"])
    ]  # fmt: skip


def test_documents_typed_and_core_fields_read(
    golden: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    expected, report = golden
    problems = []
    for doc in expected["documents"]:
        found = [
            d for d in _covering(report, doc["file"], doc["pages"]) if d["type"] == doc["type"]
        ]
        if not found:
            types = [d["type"] for d in _covering(report, doc["file"], doc["pages"])]
            problems.append(f"{doc['file']} p.{doc['pages']}: expected {doc['type']}, got {types}")
            continue
        fields = found[0]["fields"]
        for key in CORE_FIELDS.get(doc["type"], ()):
            if key in doc["fields"] and fields.get(key) != doc["fields"][key]:
                problems.append(
                    f"{doc['file']} {doc['type']}.{key}: {fields.get(key)!r} != {doc['fields'][key]!r}"
                )
    assert not problems, "\n".join(problems)
