"""Golden packets for ``residence_proof``, rendered at test time and audited with the real
tesseract: every route complete, and each way a packet fails, with the exact gap named.

Packets are minimal (the applicant's passport plus the residence pieces); bills are text
PDFs unless the case is about scans, and the passport, attestation and host's ID card are
the same bytes in every packet so the session OCR cache reads each once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from docverify.report.json_report import to_dict

pytestmark = pytest.mark.e2e

AS_OF = "2026-11-15"


def _rv() -> Any:
    import samplekit.residence_variants as rv

    return rv


def _bills(holder: Any, months: list[tuple[int, int]], providers: list[str]) -> list[Any]:
    """Bills for ``months``, cycling through bundled and variant layouts."""
    rv = _rv()
    out = []
    for (y, m), provider in zip(months, providers, strict=True):
        start = dt.date(y, m, 1)
        end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        issue = end + dt.timedelta(days=5)
        number = f"{y}{m:02d}{len(provider):02d}77"
        if provider in rv.LOOKS:
            out.append(rv.VariantBill(provider=provider, holder=holder, issue_date=issue,
                                      period_start=start, period_end=end, invoice_number=number))  # fmt: skip
        else:
            out.append(rv.BillContent(provider=provider, holder=holder, issue_date=issue,
                                      period_start=start, period_end=end, invoice_number=number))  # fmt: skip
    return out


def _packet(root: Path, name: str) -> Path:
    rv = _rv()
    folder = root / name
    rv.write_passport(folder / "passeport.jpg", rv.Person())
    return folder


def _write_bills(folder: Path, bills: list[Any]) -> None:
    rv = _rv()
    for i, b in enumerate(bills):
        rv.write_bill(folder / f"facture_{i + 1}.pdf", b)


def _hosting(folder: Path, *, host_id: bool, host_bills: bool, bills_address: Any = None) -> None:
    rv = _rv()
    claire = rv.claire()
    rv.write_attestation(
        folder / "attestation.png", rv.HostingContent(host=claire, guest=rv.Person())
    )
    if host_id:
        rv.write_host_id(folder / "cni_hote.jpg")
    if host_bills:
        bills = _bills(
            claire, [(2026, 8), (2026, 9), (2026, 10)], ["Engie", "Veolia", "Bouygues Telecom"]
        )
        if bills_address is not None:
            import dataclasses

            bills = [dataclasses.replace(b, address=bills_address) for b in bills]
        _write_bills(folder, bills)


EMILY_Q3 = [(2026, 8), (2026, 9), (2026, 10)]


def complete_bills(folder: Path) -> None:
    _write_bills(folder, _bills(_rv().Person(), EMILY_Q3, ["EDF", "Free", "SFR"]))


def two_bills(folder: Path) -> None:
    _write_bills(folder, _bills(_rv().Person(), EMILY_Q3[1:], ["EDF", "Free"]))


def month_gap(folder: Path) -> None:
    _write_bills(
        folder,
        _bills(_rv().Person(), [(2026, 8), (2026, 10), (2026, 11)], ["Orange", "Orange", "Orange"]),
    )


def duplicate_bill(folder: Path) -> None:
    """September's bill scanned twice (two scans, different noise), no October bill."""
    rv = _rv()
    aug, sep = _bills(rv.Person(), EMILY_Q3[:2], ["TotalEnergies", "TotalEnergies"])
    rv.write_bill(folder / "facture_aout.pdf", aug)
    rv.write_bill(folder / "scan_septembre.pdf", sep, rv.SCAN, seed=3)
    rv.write_bill(folder / "scan_septembre_bis.jpg", sep, rv.SCAN, seed=4)


def spouse_bills(folder: Path) -> None:
    _write_bills(folder, _bills(_rv().claire(), EMILY_Q3, ["Engie", "Veolia", "Bouygues Telecom"]))


def stale_bills(folder: Path) -> None:
    _write_bills(
        folder,
        _bills(
            _rv().Person(), [(2026, 4), (2026, 5), (2026, 6)], ["Ekwateur", "Ekwateur", "Ekwateur"]
        ),
    )


def household_bills(folder: Path) -> None:
    """Bills to "M. et Mme CARTER": the household, which includes the applicant."""
    rv = _rv()
    _write_bills(folder, [
        rv.VariantBill(provider="Vattenfall", holder=rv.Person(), co_holder=rv.Person(given_names="John", sex="M"), issue_date=dt.date(y, m + 1, 5),
                       period_start=dt.date(y, m, 1), period_end=dt.date(y, m + 1, 1) - dt.timedelta(days=1),
                       invoice_number=f"VT{m}0099")
        for y, m in EMILY_Q3
    ])  # fmt: skip


def lease(start: dt.date) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        rv = _rv()
        rv.write_lease(
            folder / "bail.pdf", rv.LeaseContent(tenants=(rv.Person(),), start_date=start)
        )

    return build


def hosted_complete(folder: Path) -> None:
    _hosting(folder, host_id=True, host_bills=True)


def hosted_no_id(folder: Path) -> None:
    _hosting(folder, host_id=False, host_bills=True)


def hosted_no_bills(folder: Path) -> None:
    _hosting(folder, host_id=True, host_bills=False)


def hosted_address_mismatch(folder: Path) -> None:
    rv = _rv()
    _hosting(
        folder,
        host_id=True,
        host_bills=True,
        bills_address=rv.Address("3 rue Garibaldi", "69003", "Lyon"),
    )


# name -> (builder, expected status, expected finding code, text the finding must contain)
CASES: dict[str, tuple[Callable[[Path], None], str, str, str]] = {
    "complete_bills": (complete_bills, "complete", "residence_proof.bills_ok", "2026-08, 2026-09, 2026-10"),
    "two_bills": (two_bills, "invalid", "residence_proof.not_enough_bills", "missing: 2026-08"),
    "month_gap": (month_gap, "invalid", "residence_proof.bills_not_consecutive", "missing: 2026-09"),
    "duplicate_bill": (duplicate_bill, "invalid", "residence_proof.duplicate_bill", "counts once"),
    "spouse_bills_no_attestation": (spouse_bills, "invalid", "residence_proof.bills_other_name", "Claire DUBOIS"),
    "household_bills": (household_bills, "complete", "residence_proof.bill_family_name", "includes"),
    "stale_bills": (stale_bills, "questionable", "residence_proof.stale", "05/07/2026"),
    "lease_one_month": (lease(dt.date(2026, 10, 15)), "invalid", "residence_proof.lease_too_recent", "15/10/2026"),
    "complete_lease": (lease(dt.date(2026, 3, 1)), "complete", "residence_proof.lease_ok", "01/03/2026"),
    "complete_hosted": (hosted_complete, "complete", "residence_proof.bills_ok", "Claire DUBOIS"),
    "attestation_no_host_id": (hosted_no_id, "invalid", "residence_proof.host_id_missing", "Claire DUBOIS"),
    "attestation_no_host_bills": (hosted_no_bills, "invalid", "residence_proof.host_proof_missing", "Claire DUBOIS"),
    "address_mismatch": (hosted_address_mismatch, "questionable", "residence_proof.address_mismatch", "3 rue Garibaldi"),
}  # fmt: skip


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("residence-packets")


@pytest.mark.parametrize("name", list(CASES))
def test_residence_packet(name: str, packets: Path, audit_packet: Any) -> None:
    build, status, code, text = CASES[name]
    folder = _packet(packets, name)
    build(folder)
    report = to_dict(audit_packet(folder, AS_OF))
    req = next(r for r in report["requirements"] if r["id"] == "residence_proof")
    summary = [(f["code"], f["message"]) for f in req["findings"]]
    assert req["status"] == status, summary
    hits = [f for f in req["findings"] if f["code"] == code]
    assert hits, summary
    assert any(text in f["message"] for f in hits), summary
    if name == "duplicate_bill":
        gap = next(f for f in req["findings"] if f["code"] == "residence_proof.not_enough_bills")
        assert gap["evidence"]["months_missing"] == ["2026-10"] or "2026-07" in gap["message"]
        assert gap["evidence"]["months_found"] == ["2026-08", "2026-09"]
