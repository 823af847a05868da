"""Seals through the whole pipeline: a bill whose code verifies (its JSON ``seal``, the
helper's sentence), a bill whose code signs another holder than the page shows (a finding
that makes the requirement questionable), an OCR slip in the holder's name made harmless
by the signed name, and ``docverify trust ...`` from the command line."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from samplekit import seal_variants as sv
from samplekit.documents.bills import BillContent
from samplekit.documents.common import Person

from docverify.model import DocType, Document
from docverify.report.json_report import to_dict
from docverify.rules.residence_proof import name_on
from docverify.seal.trust import SealStatus
from docverify.seal.update import update
from docverify.values.names import PersonName

pytestmark = pytest.mark.e2e
AS_OF = "2026-11-15"


@pytest.fixture()
def trust_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's trust store after `docverify trust update` (served from memory here)."""
    signer = sv.test_signer()
    files = {
        "http://pki.test/tsl.xml": sv.trust_list_xml(
            signer.ca_certificate, "http://pki.test/b.der"
        ),
        "http://pki.test/b.der": sv.der(signer.certificate),
    }

    def fetch(url: str) -> bytes:
        if url not in files:
            raise OSError(f"404 {url}")
        return files[url]

    root = tmp_path / "trust"
    update(root, fetch, "http://pki.test/tsl.xml")
    monkeypatch.setenv("DOCVERIFY_TRUST_DIR", str(root))
    return root


def bill_of(result: Any) -> Document:
    [bill] = [d for d in result.documents if d.type == DocType.UTILITY_BILL]
    return bill  # type: ignore[no-any-return]


def test_a_bill_whose_seal_verifies(
    trust_dir: Path, tmp_path: Path, audit_packet: Callable[..., Any]
) -> None:
    case = sv.SealCase("edf", "EDF", "pdf", bill=BillContent(provider="EDF"))
    sv.write(case, tmp_path / "packet")
    result = audit_packet(tmp_path / "packet", AS_OF)
    bill = bill_of(result)
    assert bill.seal.status == SealStatus.VALID
    assert {"name", "address", "date", "amount"} <= set(bill.seal.check.matches)
    seal = next(d for d in to_dict(result)["documents"] if d["id"] == bill.id)["seal"]
    assert seal["status"] == "valid" and seal["type"] == "01"
    assert seal["issuer"] == {"ca": "FR98", "certificate": "SK01", "name": "SAMPLE TELECOM",
                              "subject": sv.test_signer().certificate.subject.rfc4514_string()}  # fmt: skip
    assert seal["signed_on"] == "2026-09-05" and seal["mismatches"] == []
    assert seal["fields"]["service_postcode"] == "75011"
    assert seal["summary"].startswith("signed by SAMPLE TELECOM on 2026-09-05: name, address")
    assert json.dumps(to_dict(result))  # the report stays serialisable


def test_a_code_signing_another_holder(
    trust_dir: Path, tmp_path: Path, audit_packet: Callable[..., Any]
) -> None:
    case = sv.SealCase("free", "Free", "pdf", "other_holder", BillContent(provider="Free"))
    sv.write(case, tmp_path / "packet")
    result = audit_packet(tmp_path / "packet", AS_OF)
    bill = bill_of(result)
    assert bill.seal.status == SealStatus.VALID
    [mismatch] = [f for f in bill.findings if f.code == "seal.mismatch"]
    assert "Emily CARTER" in mismatch.message and "JULIEN MARTIN" in mismatch.message
    [req] = [r for r in result.requirements if r.id == "residence_proof"]
    assert any(f.code == "seal.mismatch" for f in req.findings)
    assert req.status.value != "complete"


def test_the_signed_name_settles_an_ocr_slip(
    trust_dir: Path, tmp_path: Path, audit_packet: Callable[..., Any]
) -> None:
    emily = Person()
    misprinted = dataclasses.replace(emily, given_names="Emlly Rose")  # what OCR may read
    bill = BillContent(provider="Engie", holder=misprinted)
    case = sv.SealCase("engie", "Engie", "scan200", bill=bill)
    folder = tmp_path / "packet"
    folder.mkdir()
    code = sv.bill_code(bill, holder=emily)
    image = sv.grey_scan(sv.page_spec_with(case, code).render(200), 5)
    image.save(folder / "facture.png", dpi=(200, 200))
    result = audit_packet(folder, AS_OF)
    doc = bill_of(result)
    assert doc.seal.status == SealStatus.VALID
    assert doc.fields.holder_name == "MME EMILY ROSE CARTER"
    assert "holder_name" in doc.seal.applied
    assert not [f for f in doc.findings if f.code == "seal.mismatch"]
    [slip] = doc.seal.check.slips  # what OCR read, a misread of the signed name
    person = PersonName.parse("CARTER", "EMILY ROSE")
    assert name_on(person, doc, slip.printed)[0] != "mine"  # the read name: a doubt
    assert name_on(person, doc, doc.fields.holder_name)[0] == "mine"  # the signed one: hers


def test_trust_from_the_command_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "docverify", "trust", "show", "--store", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "ANTS TSL no. 22 of 2025-08-25 (bundled)" in proc.stdout
    assert "run `docverify trust update`" in proc.stdout
