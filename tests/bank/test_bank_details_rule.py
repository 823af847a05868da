"""Rule ``bank_details`` on RIB documents built from laid-out text (no OCR)."""

from __future__ import annotations

import pytest

from docverify.doctypes import rib
from docverify.model import DocType, Severity, Status
from docverify.rules import bank_details
from tests.bank.pages import context, document, extracted, page


def judge(*rows: object) -> tuple[Status, set[str], list[object]]:
    doc = extracted(rib.SPEC, document(DocType.RIB, page(rows), doc_id="d7"))
    res = bank_details.check(context(doc))
    return res.status, {f.code for f in res.findings}, list(res.findings)


def rib_rows(iban: str, holder: str = "MME EMILY CARTER", bic: str = "") -> list[object]:
    return ["RELEVE D'IDENTITE BANCAIRE", f"Titulaire du compte : {holder}", f"IBAN {iban}",
            *([f"BIC {bic}"] if bic else [])]  # fmt: skip


def test_complete() -> None:
    status, codes, _ = judge(*rib_rows("FR76 3000 6000 0112 3456 7890 189", bic="AGRIFRPPXXX"))
    assert status == Status.COMPLETE and not codes


def test_wrong_check_digits_invalid() -> None:
    status, codes, _ = judge(*rib_rows("FR14 2004 1010 0505 0001 3M02 607"))
    assert status == Status.INVALID and "bank_details.iban_invalid" in codes


def test_mod97_right_but_rib_key_wrong_invalid() -> None:
    status, codes, findings = judge(*rib_rows("FR84 2004 1010 0505 0001 3M02 607"))
    assert status == Status.INVALID and codes >= {"bank_details.rib_key_invalid"}
    assert "bank_details.iban_invalid" not in codes
    # the full IBAN never appears in a message
    assert all("FR8420041010050500013M02607" not in f.message for f in findings)


def test_someone_elses_rib_invalid() -> None:
    status, codes, _ = judge(*rib_rows("FR76 3000 6000 0112 3456 7890 189", "M JOHN SMITH"))
    assert status == Status.INVALID and "bank_details.other_holder" in codes


def test_german_iban_complete_with_article_9() -> None:
    status, codes, findings = judge(*rib_rows("DE56 1001 1001 2626 1234 56", "Emily Carter"))
    assert status == Status.COMPLETE and "iban.foreign_sepa" in codes
    f = next(f for f in findings if f.code == "iban.foreign_sepa")
    assert f.severity == Severity.INFO and "Article 9" in f.message and "260/2012" in f.message


def test_non_sepa_iban_questionable() -> None:
    status, codes, _ = judge(*rib_rows("TR33 0006 1005 1978 6457 8413 26", "Emily Carter"))
    assert status == Status.QUESTIONABLE and "bank_details.non_sepa" in codes


@pytest.mark.parametrize(
    "holder", ["M JOHN SMITH OU MME EMILY CARTER", "MME EMILY CARTER ET M JOHN SMITH"]
)
def test_joint_account_including_the_applicant_complete(holder: str) -> None:
    status, codes, _ = judge(*rib_rows("FR76 3000 6000 0112 3456 7890 189", holder))
    assert status == Status.COMPLETE and "bank_details.joint_account" in codes


def test_joint_account_of_two_other_people_invalid() -> None:
    status, codes, _ = judge(
        *rib_rows("FR76 3000 6000 0112 3456 7890 189", "M JOHN SMITH OU MME JANE DOE")
    )
    assert status == Status.INVALID and "bank_details.other_holder" in codes


def test_couple_titles_with_the_family_name() -> None:
    status, codes, _ = judge(*rib_rows("FR76 3000 6000 0112 3456 7890 189", "M OU MME CARTER"))
    assert status == Status.COMPLETE and "bank_details.holder_surname_only" in codes
    status, _, _ = judge(*rib_rows("FR76 3000 6000 0112 3456 7890 189", "M CARTER"))
    assert status == Status.QUESTIONABLE


def test_bic_of_another_bank_questionable() -> None:
    status, codes, _ = judge(*rib_rows("FR76 3000 6000 0112 3456 7890 189", bic="SOGEFRPP"))
    assert status == Status.QUESTIONABLE and "rib.bic_mismatch" in codes


def test_no_iban_invalid_and_no_rib_missing() -> None:
    status, codes, _ = judge("RELEVE D'IDENTITE BANCAIRE", "Titulaire : MME EMILY CARTER")
    assert status == Status.INVALID and "bank_details.no_iban" in codes
    res = bank_details.check(context())
    assert res.status == Status.MISSING


def test_an_account_number_read_too_poorly_is_questionable_not_invalid() -> None:
    """A small photo's "FR76" read "PRTG" and a digit of the account misread too: a
    number in groups of four is printed, so the RIB shows an IBAN that was not read,
    which the helper checks by eye. (With the account read right, its RIB key gives the
    "FR76" back: ``test_rib``.)"""
    rows = ["RELEVE D'IDENTITE BANCAIRE", "M YOUSSEF EL AMRAN",
            "PRTG 3000 3018 7500 0507 1928 486 SOGEFRPP"]  # fmt: skip
    status, codes, _ = judge(*rows)
    assert status == Status.QUESTIONABLE and codes == {"bank_details.iban_unreadable"}


def test_an_iban_given_back_by_its_rib_key_is_complete() -> None:
    """The same RIB read right after its first group: the account's RIB key checks, the
    IBAN is given back, and the holder's RIB is complete."""
    rows = ["RELEVE D'IDENTITE BANCAIRE", "MME EMILY ROSE CARTER",
            "PRTG 3000 3018 7500 0507 1928 485 SOGEFRPP"]  # fmt: skip
    status, codes, _ = judge(*rows)
    assert status == Status.COMPLETE, codes


def test_a_failing_iban_that_its_rib_table_contradicts_is_questionable() -> None:
    """Read from an image, a failing IBAN beside a RIB table read otherwise is two reads of
    one account that disagree (a photo's Z read 7): the helper compares them. Alone, a
    failing IBAN read with confidence is still invalid (above)."""
    rows = ["RELEVE D'IDENTITE BANCAIRE", "Titulaire du compte : MME EMILY CARTER",
            "Code banque Code guichet N° de compte Clé RIB", "30004 00828 00012345679 99",
            "IBAN FR14 3000 4008 2800 0123 4567 841"]  # fmt: skip
    status, codes, _ = judge(*rows)
    assert status == Status.QUESTIONABLE, codes
    assert "bank_details.iban_invalid" in codes and "rib.parts_mismatch" in codes


def test_a_rib_whose_iban_is_misread_is_still_a_rib() -> None:
    from docverify.classify import classify_page

    text = ("Société Générale RELEVÉ D'IDENTITÉ BANCAIRE\nM YOUSSEF EL AMRAN\n"
            "PRTG 3000 3018 7500 0507 1928 485 SOGEFRPP")  # fmt: skip
    assert classify_page(page([text])).type == DocType.RIB


def test_best_of_two_ribs() -> None:
    bad = extracted(
        rib.SPEC,
        document(DocType.RIB, page(rib_rows("FR14 2004 1010 0505 0001 3M02 607")), doc_id="d1"),
    )
    good = extracted(
        rib.SPEC,
        document(DocType.RIB, page(rib_rows("FR76 3000 6000 0112 3456 7890 189")), doc_id="d2"),
    )
    res = bank_details.check(context(bad, good))
    assert res.status == Status.COMPLETE and res.documents == ("d2",)


def test_a_joint_account_in_the_usage_name_that_the_applicants_permit_prints() -> None:
    """A married woman's RIB in her husband's name (M. JULIEN MARTIN OU MME AMINA MARTIN),
    the form's usage name unreadable, her titre de séjour printing "Nom d'usage: EP.
    MARTIN": the usage name is hers, the RIB is complete. A host's card printing that
    usage name is not hers and does not count."""
    import dataclasses
    import datetime as dt

    from docverify.doctypes.travel_document import IdentityFields
    from docverify.model import Applicant

    amina = Applicant("BENALI", "AMINA", dt.date(1994, 5, 17), "DZA", "d9")
    doc = extracted(rib.SPEC, document(DocType.RIB, page(
        rib_rows("FR76 3000 6000 0112 3456 7890 189", "M. JULIEN MARTIN OU MME AMINA MARTIN")
    ), doc_id="d7"))  # fmt: skip
    permit = IdentityFields("BENALI", "AMINA", "NC9D22815", "DZA", "FRA", dt.date(1994, 5, 17),
                            "F", dt.date(2027, 3, 9), True, visual={"usage_name": "EP. MARTIN"})  # fmt: skip
    card = dataclasses.replace(document(DocType.RESIDENCE_PERMIT, doc_id="d4"), fields=permit)
    res = bank_details.check(context(doc, card, applicant=amina))
    assert res.status == Status.COMPLETE, res.findings
    host = dataclasses.replace(permit, surname="MARTIN", given_names="JULIEN")
    card = dataclasses.replace(card, fields=host)
    res = bank_details.check(context(doc, card, applicant=amina))
    assert res.status == Status.QUESTIONABLE


def test_no_other_person_without_the_applicants_identity_document() -> None:
    """No identity document read: the applicant's name is the form's handwriting ("ve").
    A RIB in a clearly read name is no proof of another person: a question, not invalid."""
    from docverify.model import Applicant

    doc = extracted(rib.SPEC, document(DocType.RIB, page(
        rib_rows("FR76 3000 6000 0112 3456 7890 189", "MME GIULIA DE LUCA")), doc_id="d7"))  # fmt: skip
    res = bank_details.check(context(doc, applicant=Applicant("ve", None, documents=("d1",))))
    assert res.status == Status.QUESTIONABLE, res.findings


def test_an_iban_passing_its_checks_only_with_a_letter_restored_is_questionable() -> None:
    # the LCL account's Z read as 2 (set_v p06): likely that reading, not certain
    status, codes, _ = judge(*rib_rows("FR10 3000 2005 1200 0073 8219 276"))
    assert status == Status.QUESTIONABLE and "rib.iban_letter_restored" in codes
    assert "bank_details.iban_invalid" not in codes


def test_an_iban_printed_a_character_short_on_a_text_layer_is_invalid() -> None:
    """set_an p01, p04: a PDF RIB whose IBAN has 26 characters (the RIB key "04" printed
    "4"): the document's own characters, so the IBAN itself is wrong, said with its
    length; read off a scan, the same line may be a misread, so it stays a doubt."""
    import dataclasses

    rows = ["RELEVE D'IDENTITE BANCAIRE", "Titulaire du compte : MME EMILY CARTER",
            "IBAN (International Bank Account Number) BIC", "FR63 3000 2004 1200 0045 1287 34",
            "CRLYFRPP"]  # fmt: skip
    pdf = dataclasses.replace(page(rows), source="text_layer")
    doc = extracted(rib.SPEC, document(DocType.RIB, pdf, doc_id="d7"))
    res = bank_details.check(context(doc))
    (finding,) = [f for f in res.findings if f.code == "bank_details.iban_wrong_length"]
    assert res.status == Status.INVALID
    assert "26 characters where a FR IBAN has 27" in finding.message
    assert "0045" not in finding.message  # masked
    status, codes, _ = judge(*rows)
    assert status == Status.QUESTIONABLE and codes == {"bank_details.iban_unreadable"}


def test_a_misprinted_ibans_check_digits_are_named_beside_the_table() -> None:
    """set_ct p04: the IBAN printed "FR06 ..." (read "FRO6"), its account part the RIB
    table's, whose key checks. Never complete; and the helper is told what is wrong: the
    check digits, the table giving FR76."""
    rows = ["RELEVE D'IDENTITE BANCAIRE", "Titulaire du compte : M TRAN MINH KHOA",
            "Code banque Code guichet N° de compte Clé RIB", "30004 00828 00012345678 41",
            "IBAN FRO6 3000 4008 2800 0123 4567 841"]  # fmt: skip
    status, codes, findings = judge(*rows)
    assert status != Status.COMPLETE, codes
    assert {"bank_details.iban_invalid", "rib.iban_check_digits_wrong"} <= codes
    said = next(f for f in findings if f.code == "rib.iban_check_digits_wrong")
    assert "FR76" in said.message and "FR06" in said.message
