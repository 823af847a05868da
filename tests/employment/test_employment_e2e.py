"""``employment`` end to end: payslips (classic scan, "bulletin clarifié" text PDF),
contracts (CDI, CDD) and a form saying "employed" without job papers, beside the
applicant's passport, read with the real tesseract."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from samplekit.bank_variants import (
    ClarifiedPayslip,
    FixedTermContract,
    clarified_payslip_pages,
    fixed_term_pages,
)
from samplekit.documents.common import Person
from samplekit.documents.form import FormContent, form_pages
from samplekit.documents.letters import ContractContent, contract_pages
from samplekit.documents.payslip import PayslipContent, payslip_pages

from tests.bank.packets import packet

pytestmark = pytest.mark.e2e
AS_OF = "2026-11-15"
SMITH = Person(surname="SMITH", given_names="John", sex="M")

CASES: dict[str, tuple[dict[str, Any], str, str | None]] = {
    "payslip": ({"bulletin": (payslip_pages(PayslipContent()), "scan")}, "complete", None),
    "clarified_payslip": ({"bulletin": (clarified_payslip_pages(ClarifiedPayslip()), "text_pdf")},
                          "complete", None),
    "cdi": ({"contrat": (contract_pages(ContractContent()), "text_pdf")}, "complete", None),
    "cdd": ({"contrat": (fixed_term_pages(FixedTermContract()), "text_pdf")}, "complete", None),
    "old_payslip": ({"bulletin": (clarified_payslip_pages(ClarifiedPayslip(month=5)), "text_pdf")},
                    "questionable", "employment.payslip_old"),
    "someone_elses_payslip": ({"bulletin": (clarified_payslip_pages(ClarifiedPayslip(employee=SMITH)),
                                            "text_pdf")}, "invalid", "employment.other_person"),
    "employed_without_papers": ({"formulaire": (form_pages(FormContent(situation="employed")), "text_pdf")},
                                "missing", "employment.missing"),
    "not_employed": ({"formulaire": (form_pages(FormContent(situation="not_employed", profession="",
                                                            contract_type="", employer="")), "text_pdf")},
                     "not_applicable", None),
}  # fmt: skip


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, audit_packet: Any) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("employment")
    return {
        name: audit_packet(packet(root, name, docs), AS_OF) for name, (docs, _, _) in CASES.items()
    }


@pytest.mark.parametrize("name", list(CASES))
def test_employment_verdict(name: str, reports: dict[str, Any]) -> None:
    _, status, code = CASES[name]
    result = reports[name]
    assert result.applicant.surname == "CARTER"
    req = next(r for r in result.requirements if r.id == "employment")
    codes = [f.code for f in req.findings]
    assert req.status.value == status, codes
    if code:
        assert code in codes


def _fields(result: Any, doc_type: str) -> Any:
    return next(d for d in result.documents if d.type.value == doc_type).fields


def test_payslip_fields(reports: dict[str, Any]) -> None:
    f = _fields(reports["payslip"], "payslip")
    c = PayslipContent()
    assert (f.employer, f.siret, f.siret_valid, f.period, f.net_pay) == (
        c.employer, c.siret, True, "2026-10", c.net_before_tax)  # fmt: skip
    assert f.employee_name == "Emily CARTER"
    g = _fields(reports["clarified_payslip"], "payslip")
    k = ClarifiedPayslip()
    assert (g.employer, g.siret, g.period, g.net_pay) == (
        k.employer,
        k.siret,
        "2026-10",
        k.net_before_tax,
    )
    assert g.employee_name == "Emily Rose CARTER"


def test_contract_fields(reports: dict[str, Any]) -> None:
    cdi = _fields(reports["cdi"], "employment_contract")
    assert (cdi.contract_type, cdi.employer, cdi.start_date) == (
        "CDI", "Logiciels Mistral SAS", dt.date(2026, 6, 1))  # fmt: skip
    assert cdi.job_title == "Ingénieure logiciel"
    cdd = _fields(reports["cdd"], "employment_contract")
    k = FixedTermContract()
    # the body mentions "durée indéterminée" (conversion clause): the title decides
    assert (cdd.contract_type, cdd.employer, cdd.start_date, cdd.end_date) == (
        "CDD", k.employer, k.start_date, k.end_date)  # fmt: skip
