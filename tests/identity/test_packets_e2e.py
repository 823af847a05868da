"""End-to-end: small packets rendered at test time (samplekit) and audited with the real
tesseract, judged on the ``identity`` and ``residence_status`` requirements only.

Packets stay minimal (a passport plus the one document under test) and reuse the same
passport rendering, so the session OCR cache reads it once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import samplekit.identity_variants as iv
from samplekit.documents.common import Person
from samplekit.documents.passport import PassportContent
from samplekit.documents.visa import VisaContent

from docverify.report.json_report import to_dict

pytestmark = pytest.mark.e2e

AS_OF = "2026-11-15"
EMILY = Person()
EMILY_PASSPORT = PassportContent(person=EMILY)


@dataclasses.dataclass(frozen=True)
class BadCheckPassport(PassportContent):
    """A passport whose printed date-of-birth check digit is wrong (tampered or faulty)."""

    def mrz_lines(self) -> list[str]:
        l1, l2 = super().mrz_lines()
        wrong = str((int(l2[19]) + 3) % 10)
        return [l1, l2[:19] + wrong + l2[20:]]


def _audit(audit_packet: Any, folder: Path) -> dict[str, Any]:
    return to_dict(audit_packet(folder, AS_OF))


def _req(report: dict[str, Any], rid: str) -> dict[str, Any]:
    return next(r for r in report["requirements"] if r["id"] == rid)


def _codes(req: dict[str, Any]) -> set[str]:
    return {f["code"] for f in req["findings"]}


def _docs(report: dict[str, Any], doc_type: str) -> list[dict[str, Any]]:
    return [d for d in report["documents"] if d["type"] == doc_type]


def test_expired_passport(audit_packet: Any, tmp_path: Path) -> None:
    pp = PassportContent(person=EMILY, issue_date=dt.date(2016, 10, 1),
                         expiry_date=dt.date(2026, 9, 30))  # fmt: skip
    iv.write_passport(tmp_path, "passeport.jpg", pp)
    report = _audit(audit_packet, tmp_path)
    ident = _req(report, "identity")
    assert ident["status"] == "invalid" and "identity.expired" in _codes(ident)
    (doc,) = _docs(report, "passport")
    assert doc["fields"]["mrz_valid"] is True
    assert doc["fields"]["expiry_date"] == "2026-09-30"
    assert doc["fields"]["date_of_birth"] == "1990-04-17"


def test_wrong_check_digit_is_invalid(audit_packet: Any, tmp_path: Path) -> None:
    iv.write_passport(tmp_path, "passeport.jpg", BadCheckPassport(person=EMILY))
    report = _audit(audit_packet, tmp_path)
    (doc,) = _docs(report, "passport")
    assert doc["fields"]["mrz_valid"] is False
    assert doc["fields"]["mrz_checks"]["date_of_birth"] is False
    assert doc["fields"]["mrz_checks"]["document_number"] is True
    ident = _req(report, "identity")
    assert ident["status"] == "invalid", ident
    assert "identity.mrz_invalid" in _codes(ident)


def test_expired_vls_ts(audit_packet: Any, tmp_path: Path) -> None:
    iv.write_passport(tmp_path, "passeport.jpg", EMILY_PASSPORT, seed=7)
    visa = VisaContent(person=EMILY, valid_from=dt.date(2025, 9, 1),
                       valid_until=dt.date(2026, 8, 31), category="ETUDIANT")  # fmt: skip
    iv.write_visa(tmp_path, "visa.png", visa)
    report = _audit(audit_packet, tmp_path)
    assert _req(report, "identity")["status"] == "complete"
    res = _req(report, "residence_status")
    assert res["status"] == "invalid" and "residence_status.expired" in _codes(res)
    (v,) = _docs(report, "long_stay_visa")
    assert (v["fields"]["visa_type"], v["fields"]["vls_ts"]) == ("D", True)
    assert v["fields"]["category"] == "ETUDIANT"
    assert (v["fields"]["valid_from"], v["fields"]["valid_until"]) == ("2025-09-01", "2026-08-31")
    assert v["fields"]["mrz_valid"] is True


def test_short_stay_visa_does_not_give_residence(audit_packet: Any, tmp_path: Path) -> None:
    iv.write_passport(tmp_path, "passeport.jpg", EMILY_PASSPORT, seed=7)
    iv.write_visa(tmp_path, "visa_schengen.png", iv.short_stay_visa(EMILY))
    report = _audit(audit_packet, tmp_path)
    res = _req(report, "residence_status")
    assert res["status"] == "invalid", res
    assert "residence_status.short_stay_visa" in _codes(res)
    (v,) = _docs(report, "long_stay_visa")
    assert v["fields"]["visa_type"] == "C" and v["fields"]["vls_ts"] is False


def test_eu_national_with_id_card_needs_no_visa(audit_packet: Any, tmp_path: Path) -> None:
    card = iv.EuIdContent()
    iv.write_euid(tmp_path, "cartao_cidadao.jpg", card)
    report = _audit(audit_packet, tmp_path)
    (doc,) = _docs(report, "national_id")
    assert doc["fields"]["document_number"] == card.number  # 12 characters, TD1 overflow
    assert doc["fields"]["mrz_valid"] is True
    assert doc["fields"]["nationality"] == "PRT"
    assert _req(report, "identity")["status"] == "complete"
    assert _req(report, "residence_status")["status"] == "not_applicable"
    assert report["applicant"]["nationality"] == "PRT"


def test_residence_permit_front_and_back_as_two_files(audit_packet: Any, tmp_path: Path) -> None:
    amina = iv.AMINA
    iv.write_passport(tmp_path, "passeport.jpg",
                      PassportContent(person=amina, number="A01234567", issuing="SEN",
                                      authority="Republique du Senegal"))  # fmt: skip
    permit = iv.PermitContent()
    files = iv.write_permit(tmp_path, permit, two_files=True)
    report = _audit(audit_packet, tmp_path)
    permits = _docs(report, "residence_permit")
    assert len(permits) == 1, [d["files"] for d in report["documents"]]
    (doc,) = permits
    assert sorted(f["path"] for f in doc["files"]) == sorted(files)
    assert doc["fields"]["mrz_valid"] is True
    assert doc["fields"]["surname"] == "DIALLO"
    assert doc["fields"]["expiry_date"] == permit.expiry_date.isoformat()
    res = _req(report, "residence_status")
    assert res["status"] == "complete", res
    assert _req(report, "identity")["status"] == "complete"
