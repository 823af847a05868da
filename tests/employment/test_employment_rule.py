"""Rule ``employment`` and the payslip/contract readers on laid-out text (no OCR)."""

from __future__ import annotations

import datetime as dt

from docverify.doctypes import employment_contract, payslip
from docverify.model import DocType, Status
from docverify.rules import employment
from tests.bank.pages import context, document, extracted, page

PAYSLIP = [
    "BULLETIN DE PAIE",
    "Période du 01/10/2026 au 31/10/2026",
    [(100, "Logiciels Mistral SAS"), (1500, "Madame Emily CARTER")],
    [(100, "40 rue du Faubourg Poissonnière"), (1500, "12 rue des Lilas")],
    [(100, "75010 Paris"), (1500, "75011 Paris")],
    [(100, "SIRET 842 153 371 00013"), (1500, "Emploi : Ingénieure logiciel")],
    "Autres contributions dues par l'employeur",
    "3 650,00",
    "NET A PAYER AVANT IMPOT SUR LE REVENU 2 845,12 €",
]
CDD = [
    "CONTRAT DE TRAVAIL A DUREE DETERMINEE",
    "Entre la société Librairie Voltaire SARL, immatriculée sous le numéro SIRET 798 765 430 00010,",
    "et Madame Emily Rose CARTER, née le 17/04/1990, ci-après « la Salariée ».",
    "La Salariée est engagée à compter du 01/09/2026 en qualité de libraire. Le contrat",
    "prendra fin le 28/02/2027. Il deviendra un contrat à durée indéterminée si la relation se poursuit.",
]


def test_payslip_reader_keeps_columns_apart() -> None:
    f = extracted(payslip.SPEC, document(DocType.PAYSLIP, page(PAYSLIP))).fields
    assert (f.employer, f.employee_name, f.period, f.net_pay) == (
        "Logiciels Mistral SAS", "Emily CARTER", "2026-10", 2845.12)  # fmt: skip
    assert f.siret == "84215337100013" and f.siret_valid is True


def test_payslip_with_a_bad_siret_is_flagged() -> None:
    rows = [r if "SIRET" not in str(r) else "SIRET 842 153 371 00014" for r in PAYSLIP]
    doc = extracted(payslip.SPEC, document(DocType.PAYSLIP, page(rows)))
    assert doc.fields.siret_valid is False
    assert "payslip.siret_invalid" in {f.code for f in doc.findings}


def test_cdd_type_from_title_and_end_date() -> None:
    f = extracted(employment_contract.SPEC, document(DocType.EMPLOYMENT_CONTRACT, page(CDD))).fields
    assert (f.contract_type, f.employer, f.start_date, f.end_date) == (
        "CDD", "Librairie Voltaire SARL", dt.date(2026, 9, 1), dt.date(2027, 2, 28))  # fmt: skip


def _judge(
    rows: list[object], spec: object, doc_type: DocType, **options: object
) -> tuple[Status, set[str]]:
    doc = extracted(spec, document(doc_type, page(rows)))
    res = employment.check(context(doc, **options))
    return res.status, {f.code for f in res.findings}


def test_ended_cdd_is_questionable() -> None:
    rows = [r.replace("28/02/2027", "31/10/2026") for r in CDD]
    status, codes = _judge(rows, employment_contract.SPEC, DocType.EMPLOYMENT_CONTRACT)
    assert status == Status.QUESTIONABLE and "employment.contract_ended" in codes


def test_current_cdd_and_payslip_complete() -> None:
    assert _judge(CDD, employment_contract.SPEC, DocType.EMPLOYMENT_CONTRACT)[0] == Status.COMPLETE
    assert _judge(PAYSLIP, payslip.SPEC, DocType.PAYSLIP)[0] == Status.COMPLETE


def test_someone_elses_contract_invalid() -> None:
    rows = [r.replace("Emily Rose CARTER", "John SMITH") for r in CDD]
    status, codes = _judge(rows, employment_contract.SPEC, DocType.EMPLOYMENT_CONTRACT)
    assert status == Status.INVALID and "employment.other_person" in codes


def test_employed_option_without_papers_missing_and_not_applicable_otherwise() -> None:
    assert employment.check(context(employed=True)).status == Status.MISSING
    assert employment.check(context()).status == Status.NOT_APPLICABLE
    assert employment.check(context(employed=False)).status == Status.NOT_APPLICABLE


BLANK_CDI = [
    "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
    "ENTRE LES SOUSSIGNÉS :",
    "La société",
    "immatriculée au RCS sous le numéro SIRET",
    "dont le siège social est situé",
    "représentée par",
    "ci-après dénommée « l'Employeur », d'une part,",
    "ET",
    "Madame Emily Rose CARTER, née le 17/04/1990, ci-après « la Salariée », d'autre part,",
    "Article 1 — Engagement. La Salariée est engagée à compter du 05/10/2026.",
    "Fait à Paris, le 28/09/2026, en deux exemplaires.",
]


def test_a_contract_whose_employer_part_was_left_blank_is_invalid_on_a_clear_read() -> None:
    """set_di p04 (wave 46, read after its blind figure): a CDI template whose employer's
    part was never filled in ("La société", "... numéro SIRET" and nothing after), the only
    job paper: no employer is there to identify, read clearly."""
    status, codes = _judge(BLANK_CDI, employment_contract.SPEC, DocType.EMPLOYMENT_CONTRACT)
    assert status == Status.INVALID and "employment.contract_blank_employer" in codes
    # a page read with doubt, or a company's name or number somewhere on it: the employer
    # may be there unread, a question
    from dataclasses import replace

    doc = document(DocType.EMPLOYMENT_CONTRACT, replace(page(BLANK_CDI), mean_conf=70.0))
    res = employment.check(context(extracted(employment_contract.SPEC, doc)))
    assert res.status == Status.QUESTIONABLE
    named = [*BLANK_CDI, "Boulangerie du Canal SARL — service du personnel"]
    status, codes = _judge(named, employment_contract.SPEC, DocType.EMPLOYMENT_CONTRACT)
    assert status != Status.INVALID


def test_a_name_in_the_arabic_script_romanised_with_other_vowels_is_the_same_name() -> None:
    """set_di p02 (wave 46, read after its blind figure): an Afghan applicant, HOSSAINI
    Sakina on her passport, HOSSAINY Sakina on her payslip: the script writes no short
    vowels, one name is romanised with others; the same name, said as an info. Not a name
    whose consonants or final vowel differ (HASSAN), nor for a name of a Latin script."""
    from docverify.model import Applicant

    rows = [r if "CARTER" not in str(r) else [(100, "Logiciels Mistral SAS"),
            (1500, "Madame Sakina HOSSAINY")] for r in PAYSLIP]  # fmt: skip
    doc = extracted(payslip.SPEC, document(DocType.PAYSLIP, page(rows)))
    afghan = Applicant("HOSSAINI", "SAKINA", dt.date(1996, 3, 2), "AFG", "p1")
    res = employment.check(context(doc, applicant=afghan))
    assert res.status == Status.COMPLETE
    assert "employment.name_romanised_vowels" in {f.code for f in res.findings}
    french = Applicant("HOSSAINI", "SAKINA", dt.date(1996, 3, 2), "FRA", "p1")
    assert employment.check(context(doc, applicant=french)).status == Status.QUESTIONABLE
    rows = [r if "CARTER" not in str(r) else [(100, "Logiciels Mistral SAS"),
            (1500, "Madame Sakina HASSAN")] for r in PAYSLIP]  # fmt: skip
    other = extracted(payslip.SPEC, document(DocType.PAYSLIP, page(rows)))
    assert employment.check(context(other, applicant=afghan)).status != Status.COMPLETE
