"""``bank_details`` end to end: rendered RIBs (text PDF, scan, screenshot) beside the
applicant's passport, read with the real tesseract, judged by the rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from samplekit.bank_variants import BANKS, RibVariant, rib_variant_pages
from samplekit.validity import wrong_rib_key

from tests.bank.packets import packet

pytestmark = pytest.mark.e2e
AS_OF = "2026-11-15"
SG = BANKS["sg"]

CASES: dict[str, tuple[RibVariant, str, str, str | None]] = {
    # name: (RIB, rendering, expected bank_details status, expected finding code)
    "wrong_check_digits": (RibVariant(BANKS["bnp"], check_digits="75"), "text_pdf", "invalid",
                           "bank_details.iban_invalid"),
    "wrong_rib_key": (RibVariant(SG, key=wrong_rib_key(SG.bank_code, SG.branch_code, SG.account)),
                      "scan", "invalid", "bank_details.rib_key_invalid"),
    "other_person": (RibVariant(BANKS["lcl"], holder="M JOHN SMITH"), "text_pdf", "invalid",
                     "bank_details.other_holder"),
    "german_iban": (RibVariant(BANKS["n26"]), "screenshot", "complete", "iban.foreign_sepa"),
    "joint_account": (RibVariant(BANKS["ce"], holder="M JOHN SMITH OU MME EMILY CARTER"), "scan",
                      "complete", "bank_details.joint_account"),
    "qonto": (RibVariant(BANKS["qonto"]), "text_pdf", "complete", None),
}  # fmt: skip


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, audit_packet: Any) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("bank")
    out = {}
    for name, (variant, rendering, _, _) in CASES.items():
        folder = packet(root, name, {"rib": (rib_variant_pages(variant), rendering)})
        out[name] = audit_packet(folder, AS_OF)
    return out


@pytest.mark.parametrize("name", list(CASES))
def test_bank_details_verdict(name: str, reports: dict[str, Any]) -> None:
    variant, _, status, code = CASES[name]
    result = reports[name]
    assert result.applicant.surname == "CARTER"
    req = next(r for r in result.requirements if r.id == "bank_details")
    codes = [f.code for f in req.findings]
    assert req.status.value == status, codes
    if code:
        assert code in codes
    rib = next(d for d in result.documents if d.type.value == "rib")
    assert rib.fields.iban == variant.iban  # exact read, even when the IBAN is wrong
    assert rib.fields.bank_name == variant.bank.expected_name


def test_article_9_message(reports: dict[str, Any]) -> None:
    req = next(r for r in reports["german_iban"].requirements if r.id == "bank_details")
    f = next(f for f in req.findings if f.code == "iban.foreign_sepa")
    assert "Article 9" in f.message and f.severity.value == "info"


def test_report_fields_of_a_rib(reports: dict[str, Any]) -> None:
    from docverify.report.json_report import to_dict

    doc = next(d for d in to_dict(reports["wrong_rib_key"])["documents"] if d["type"] == "rib")
    f = doc["fields"]
    assert (f["iban_valid"], f["rib_key_valid"], f["bic"][:8]) == (True, False, "SOGEFRPP")
    assert f["code_banque"] == "30003" and f["holders"] == ["MME EMILY CARTER"]


def test_a_packet_file_is_never_modified(tmp_path: Path, audit_packet: Any) -> None:
    folder = packet(
        tmp_path, "p", {"rib": (rib_variant_pages(RibVariant(BANKS["wise"])), "text_pdf")}
    )
    before = {p: p.read_bytes() for p in folder.iterdir()}
    audit_packet(folder, AS_OF)
    assert {p: p.read_bytes() for p in folder.iterdir()} == before
