"""The RIB reader on laid-out text (no OCR): IBAN, RIB parts, BIC, holders, bank."""

from __future__ import annotations

import json
from typing import Any

import pytest

from docverify.doctypes import rib
from docverify.model import DocType, Severity
from docverify.values.bank import Iban
from docverify.values.bic import Bic, bank_by_code, bank_named_in
from tests.bank.pages import document, extracted, page
from tests.conftest import SPECIMENS

VECTORS = SPECIMENS / "vectors" / "fr_bank_vectors.json"


def _vectors() -> list[dict[str, Any]]:
    if not VECTORS.is_file():
        return []
    data = json.loads(VECTORS.read_text(encoding="utf-8"))
    return [v for v in data["iban"] if "*" not in v["iban"]]


def read(*rows: Any) -> Any:
    return extracted(rib.SPEC, document(DocType.RIB, page(rows)))


def bnp_like(iban_text: str, holder: str = "MME CARTER EMILY ROSE") -> list[Any]:
    return [
        "BNP PARIBAS",
        "RELEVE D'IDENTITE BANCAIRE",
        [(100, f"Titulaire du compte : {holder}"), (1400, "Domiciliation :")],
        [(100, "12 RUE DES LILAS"), (1400, "BNP PARIBAS PARIS BASTILLE")],
        [(100, "IBAN (International Bank Account Number)"), (1400, "BIC (Bank Identifier Code)")],
        [(100, f"IBAN {iban_text}"), (1400, "BIC BNPAFRPPXXX")],
    ]


@pytest.mark.skipif(not _vectors(), reason="shared specimens not found")
@pytest.mark.parametrize("v", _vectors(), ids=lambda v: v["iban"])
def test_public_vectors_read_from_a_rib(v: dict[str, Any]) -> None:
    """Each public IBAN vector printed on a RIB is read with the expected verdicts:
    mod-97 (``iban_valid``) and the French RIB key (``rib_key_valid``) apart."""
    doc = read(*bnp_like(v["iban"]))
    f = doc.fields
    compact = v["iban"].replace(" ", "")
    if (
        not v["stdnum_valid"]
        and "RIB key 07" not in v["source"]
        and "last digit" not in v["source"]
        and "transposed" not in v["source"]
    ):
        pytest.skip("not a readable IBAN")
    assert f.iban == compact
    assert f.iban_valid is v["stdnum_valid"]
    expected_bban_ok = v.get("schwifty_valid", v.get("schwifty_valid_with_validate_bban"))
    if v["stdnum_valid"]:
        assert f.rib_key_valid is bool(expected_bban_ok)
    if "bank_code" in v:
        assert (f.code_banque, f.code_guichet, f.numero_compte, f.cle_rib) == (
            v["bank_code"], v["branch_code"], v["account_code"], v["rib_key"])  # fmt: skip


def test_bnp_like_rib_columns_do_not_leak_into_the_holder() -> None:
    f = read(*bnp_like("FR76 3000 4008 2800 0123 4567 841")).fields
    assert f.holder_name == "MME CARTER EMILY ROSE"
    assert f.iban == "FR7630004008280001234567841"
    assert (f.iban_valid, f.rib_key_valid, f.bic, f.bic_matches_iban) == (
        True,
        True,
        "BNPAFRPPXXX",
        True,
    )
    assert f.bank_name == "BNP Paribas"
    assert f.holders == ("MME CARTER EMILY ROSE",)


def test_the_next_columns_label_run_into_the_holders_line_is_cut_off() -> None:
    """A Crédit Mutuel RIB scanned (blind set set_ad, p04; its words as tesseract read
    them): "Titulaire" far left of the holder, the bank column's "Domiciliation" close
    right of it. The holder came from the address block with that label in it."""
    from docverify.model import PageRef, PageText, Word

    rows = [
        (("Titulaire", (104, 464, 201, 483)), ("MME", (523, 463, 585, 482)),
         ("MARIA", (596, 463, 681, 482)), ("CRISTINA", (690, 462, 819, 483)),
         ("DELA", (828, 463, 899, 483)), ("CRUZ", (908, 463, 983, 483)),
         ("Domiciliation", (1023, 464, 1177, 483))),
        (("14", (523, 499, 551, 518)), ("AV", (560, 499, 596, 518)),
         ("JEAN", (605, 499, 673, 519)), ("JAURES", (683, 498, 791, 519)),
         ("BAT", (802, 499, 854, 519)), ("A", (862, 499, 880, 519)),
         ("CCM", (1022, 501, 1076, 519)), ("MONTROUGE", (1087, 501, 1249, 519))),
        (("92120", (522, 534, 598, 555)), ("MONTROUGE", (608, 534, 788, 555)),
         ("52", (1022, 535, 1048, 553)), ("AVENUE", (1056, 535, 1158, 553)),
         ("DE", (1167, 535, 1199, 553)), ("LA", (1209, 535, 1238, 553)),
         ("RÉPUBLIQUE", (1246, 531, 1404, 558))),
        (("92120", (1022, 568, 1090, 586)), ("MONTROUGE", (1099, 568, 1262, 586))),
        (("FR76", (104, 700, 170, 720)), ("1027", (180, 700, 240, 720)),
         ("8060", (250, 700, 310, 720)), ("3900", (320, 700, 380, 720)),
         ("0201", (390, 700, 450, 720)), ("2340", (460, 700, 520, 720)),
         ("156", (530, 700, 575, 720))),
    ]  # fmt: skip
    words = tuple(
        Word(text, box, 95.0, (1, 1, r)) for r, row in enumerate(rows) for text, box in row
    )
    scan = PageText(PageRef("scan_rib.jpg", 1), None, 200, words, "ocr", mean_conf=95.0)
    f = extracted(rib.SPEC, document(DocType.RIB, scan)).fields
    assert f.holder_name == "MME MARIA CRISTINA DELA CRUZ"


def test_label_above_value_and_second_holder_below() -> None:
    f = read(
        [(100, "Titulaire du compte"), (1400, "Domiciliation")],
        [(100, "M JOHN SMITH"), (1400, "LCL PARIS NATION")],
        [(100, "MME EMILY CARTER")],
        "IBAN FR70 3000 2005 5000 0015 7845 Z02 BIC CRLYFRPP",
    ).fields
    assert f.holder_name == "M JOHN SMITH ET MME EMILY CARTER"
    assert f.holders == ("M JOHN SMITH", "MME EMILY CARTER")
    assert f.bank_name == "LCL"  # from the bank code (no letterhead)


def test_a_given_name_opening_with_an_apostrophe_is_a_name() -> None:
    """Sesotho 'Mathabo (set_at p03): the apostrophe opens the holder's first name, and the
    label's first letter was lost ("ntitulé du compte")."""
    f = read(
        "LA BANQUE POSTALE", "Relevé d'Identité Bancaire",
        [(100, "ntitulé du compte :"), (450, "MLLE 'MATHABO LERATO MOLAPO")],
        "CHEZ MME N'GUESSAN", "5 IMPASSE DU MOULIN 31200 TOULOUSE",
        "IBAN FR62 2004 1010 1612 3456 7X03 191 BIC PSSTFRPPTOU",
    ).fields  # fmt: skip
    assert f.holder_name == "MLLE 'MATHABO LERATO MOLAPO"


def test_a_bilingual_holder_label_over_the_holder_in_its_whole_cell() -> None:
    """ "Titulaire du compte / Account holder", its French half misread, over the holder
    (set_v d024): the English half is the label matched, but the value under the cell
    starts under the French half; the holder is not cut to the words under "Account
    holder" (it was "LONG")."""
    f = read(
        [(100, "Titulawre du compte / Account holder"), (1400, "Domiciliation")],
        [(100, "M NGUYEN VAN LONG PHUONG ANH"), (1400, "CAISSE D'EPARGNE PARIS ITALIE")],
        "IBAN FR70 3000 2005 5000 0015 7845 Z02 BIC CRLYFRPP",
    ).fields
    assert f.holder_name == "M NGUYEN VAN LONG PHUONG ANH"


def test_an_iban_whose_country_and_check_digits_were_misread() -> None:
    """A photographed Société Générale RIB (set_v p04): "FR76" read "PRTG", the RIB table
    unreadable. The 23 characters after it are a French account whose RIB key checks, and
    "PRTG" reads like the "FR76" they make: the IBAN is given back, and said to be."""
    doc = document(DocType.RIB, page([
        "Société Générale RELEVÉ D'IDENTITÉ BANCAIRE", "M YOUSSEF EL AMRANI",
        "IBAN BIC", "PRTG 3000 3018 7500 0507 1928 485 SOGEFRPP",
    ]))  # fmt: skip
    read = extracted(rib.SPEC, doc)
    assert read.fields.iban == "FR7630003018750005071928485" and read.fields.iban_valid
    assert [f.code for f in read.findings] == ["rib.iban_head_repaired"]
    # a head that reads like no "FR76", or an account whose key fails, stays unread
    for line in ("ABCD 3000 3018 7500 0507 1928 485", "PRTG 3000 3018 7500 0507 1928 486"):
        doc = document(DocType.RIB, page(["RELEVÉ D'IDENTITÉ BANCAIRE", "IBAN", line]))
        assert extracted(rib.SPEC, doc).fields.iban is None


def test_iban_groups_split_over_two_ocr_lines_around_the_bic() -> None:
    f = read("IBAN BIC", "FR70 3000 2005 5000 0015 7845 CRLYFRPP", "Z02").fields
    assert f.iban == "FR7030002005500000157845Z02"
    assert f.bic == "CRLYFRPP"


def test_ocr_letters_in_the_iban_are_repaired_only_when_the_checks_confirm() -> None:
    doc = read(*bnp_like("FR76 3OOO 4OO8 2800 0123 4567 841"))
    assert doc.fields.iban == "FR7630004008280001234567841"
    assert "rib.iban_ocr_repaired" in {x.code for x in doc.findings}
    # a digit misread as another digit is not guessed: the IBAN stays invalid
    bad = read(*bnp_like("FR76 3000 4008 2800 0123 4567 847")).fields
    assert bad.iban_valid is False


def test_a_printed_iban_whose_check_digits_fail_is_not_rebuilt_from_the_table() -> None:
    """set_ct p04: the RIB prints "FR06 ..." (wrong check digits) over a table whose key
    checks; the OCR read the line "FRO6 ...". The IBAN as printed is the one judged, its
    check digits failing: built from the table instead, it was a false valid."""
    doc = read(
        "RELEVE D'IDENTITE BANCAIRE",
        "Titulaire du compte : M TRAN MINH KHOA",
        "Code banque Code guichet N° de compte Clé RIB",
        [(100, "30004"), (500, "00828"), (900, "00012345678"), (1400, "41")],
        "IBAN FRO6 3000 4008 2800 0123 4567 841",
    )
    assert doc.fields.iban == "FR0630004008280001234567841"
    assert doc.fields.iban_valid is False and doc.fields.iban_source == "iban"
    assert "rib.iban_check_digits_wrong" in {x.code for x in doc.findings}
    # the same line with its check digits right is read as it is
    good = read(
        "RELEVE D'IDENTITE BANCAIRE",
        "Code banque Code guichet N° de compte Clé RIB",
        [(100, "30004"), (500, "00828"), (900, "00012345678"), (1400, "41")],
        "IBAN FR76 3000 4008 2800 0123 4567 841",
    ).fields
    assert good.iban == "FR7630004008280001234567841" and good.iban_valid


def test_an_iban_whose_last_groups_were_read_two_lines_below() -> None:
    """set_cv p04 (a scanned Société Générale RIB): "FR76 3000 3021 7000 0503", then the
    next column's "Numéro de compte" and "00050384216", then the IBAN's last groups "8421
    618" as a line of their own: the IBAN is read whole."""
    f = read(
        "Relevé d'identité Bancaire", "Titulaire du compte", "M MOHAMMAD NASIR SULTANI",
        "Code banque Code guichet", "30003 02170",
        "IBAN (International Bank Account Number)", "FR76 3000 3021 7000 0503",
        "Numéro de compte", "00050384216", "8421 618", "Clé RIB", "18",
    ).fields  # fmt: skip
    assert f.iban == "FR7630003021700005038421618" and f.iban_valid


def test_iban_rebuilt_from_the_rib_table_when_unreadable() -> None:
    doc = read(
        "RELEVE D'IDENTITE BANCAIRE",
        "Titulaire du compte : MME EMILY CARTER",
        "Code banque Code guichet N° de compte Clé RIB",
        [(100, "30004"), (500, "00828"), (900, "00012345678"), (1400, "41")],
        "IBAN FR76 3000 #### 2800 0123 #### 841",
    )
    assert doc.fields.iban == "FR7630004008280001234567841"
    assert doc.fields.iban_source == "rib_parts"
    # the table's RIB key checks: the IBAN is as sure as a read IBAN line (set_bf p04),
    # said for information only
    rebuilt = next(x for x in doc.findings if x.code == "rib.iban_from_rib_parts")
    assert rebuilt.severity == Severity.INFO, rebuilt
    # a table whose key fails gives no sure IBAN: it asks to check
    bad = read(
        "RELEVE D'IDENTITE BANCAIRE",
        "Titulaire du compte : MME EMILY CARTER",
        "Code banque Code guichet N° de compte Clé RIB",
        [(100, "30004"), (500, "00828"), (900, "00012345678"), (1400, "42")],
        "IBAN FR76 3000 #### 2800 0123 #### 841",
    )
    codes = {x.code: x.severity for x in bad.findings}
    assert codes.get("rib.iban_from_rib_parts", Severity.WARNING) == Severity.WARNING, codes


def test_rib_table_disagreeing_with_the_iban_is_flagged() -> None:
    """Another account whose key checks: flagged. A table whose own key fails where the
    IBAN verifies was misread: said, and the IBAN kept."""
    doc = read(
        "Code banque Code guichet N° de compte Clé RIB",
        "30004 00828 00012345679 38",
        "IBAN FR76 3000 4008 2800 0123 4567 841 BIC BNPAFRPP",
    )
    assert "rib.parts_mismatch" in {x.code for x in doc.findings}
    doc = read(
        "Code banque Code guichet N° de compte Clé RIB",
        "30004 60828 00012345678 41",
        "IBAN FR76 3000 4008 2800 0123 4567 841 BIC BNPAFRPP",
    )
    codes = {x.code for x in doc.findings}
    assert "rib.parts_misread" in codes and "rib.parts_mismatch" not in codes
    assert doc.fields.iban == "FR7630004008280001234567841"


def test_bic_of_another_bank_and_invalid_bic() -> None:
    doc = read("IBAN FR76 3000 4008 2800 0123 4567 841", "BIC SOGEFRPP")
    assert doc.fields.bic_matches_iban is False
    assert "rib.bic_mismatch" in {x.code for x in doc.findings}
    doc = read("IBAN FR76 3000 4008 2800 0123 4567 841", "BIC BNPA1RPP")
    # digit in the country code: repaired only because the IBAN's bank confirms BNPAFRPP?
    # no: 1 -> I gives BNPAIRPP, not BNP's BIC, so it stays invalid
    assert doc.fields.bic_valid is False
    assert "rib.bic_invalid" in {x.code for x in doc.findings}


def test_bic_ocr_repair_confirmed_by_the_iban_bank() -> None:
    f = read("IBAN FR76 4061 8800 0000 0402 1753 647", "BIC B0USFRPPXXX").fields
    assert f.bic == "BOUSFRPPXXX" and f.bic_matches_iban is True


def test_english_online_bank_with_a_german_iban() -> None:
    f = read(
        "N26",
        "Bank details",
        "Account holder",
        "Emily Carter",
        "IBAN",
        "DE56 1001 1001 2626 1234 56",
        "BIC",
        "NTSBDEB1XXX",
    ).fields
    assert (f.holder_name, f.iban, f.country, f.sepa, f.rib_key_valid) == (
        "Emily Carter", "DE56100110012626123456", "DE", True, None)  # fmt: skip
    assert f.bank_name == "N26" and f.bic_matches_iban is True


def test_no_iban() -> None:
    doc = read("RELEVE D'IDENTITE BANCAIRE", "Titulaire : MME EMILY CARTER")
    assert doc.fields.iban is None
    assert "rib.no_iban" in {x.code for x in doc.findings}


@pytest.mark.parametrize(
    ("text", "bank"),
    [
        ("HELLO BANK! RELEVE ... HELLO BANK! EST UNE MARQUE DE BNP PARIBAS", "Hello bank!"),
        ("LCL LE CREDIT LYONNAIS", "LCL"),
        ("CIC - CREDIT INDUSTRIEL ET COMMERCIAL, GROUPE CREDIT MUTUEL", "CIC"),
        ("CAISSE D'EPARGNE ILE-DE-FRANCE", "Caisse d'Epargne"),
        ("REVOLUT BANK UAB", "Revolut"),
    ],
)
def test_bank_named_on_the_rib(text: str, bank: str) -> None:
    found = bank_named_in(text)
    assert found is not None and found.name == bank


def test_bank_directory_agrees_with_schwifty_registry() -> None:
    """Every bank code of banks.toml maps (in schwifty) to one of the bank's BICs."""
    from schwifty import BIC

    from docverify.values.bic import bank_directory

    country = {"N26": "DE", "Revolut": "LT", "Wise": "BE"}
    for bank in bank_directory():
        for code in bank.bank_codes:
            known = {
                str(b)[:8]
                for b in BIC.candidates_from_bank_code(country.get(bank.name, "FR"), code)
            }
            assert known & set(bank.bics), (bank.name, code, known)
    assert bank_by_code("FR", "16958") is not None


def test_bic_matches_iban_uses_banks_toml_when_registry_lacks() -> None:
    iban = Iban.parse("FR7616958000014412345678994")
    assert Bic.parse("QNTOFRP1").matches_iban(iban) is True
    assert Bic.parse("BNPAFRPP").matches_iban(iban) is False


def test_look_alike_slip_in_account_letters_is_corrected_by_the_rib_table() -> None:
    # LCL accounts carry a letter: "Z02" read as "202" breaks both checks of the IBAN line;
    # the RIB table beside it reads "Z", passes its key, and differs only by Z/2
    doc = read(
        "RELEVE D'IDENTITE BANCAIRE",
        "Code banque Code guichet N° de compte Clé RIB",
        [(100, "30002"), (500, "00550"), (900, "0000157845Z"), (1400, "02")],
        "IBAN FR70 3000 2005 5000 0015 7845 202",
    )
    assert doc.fields.iban == "FR7030002005500000157845Z02"
    assert doc.fields.iban_valid and doc.fields.rib_key_valid
    assert "rib.iban_confirmed_by_rib_table" in {x.code for x in doc.findings}


def test_rib_table_does_not_override_an_iban_that_differs_by_a_real_digit() -> None:
    doc = read(
        "Code banque Code guichet N° de compte Clé RIB",
        [(100, "30002"), (500, "00550"), (900, "0000157845Z"), (1400, "02")],
        "IBAN FR70 3000 2005 5000 0015 7846 202",
    )
    assert doc.fields.iban_valid is False or doc.fields.rib_key_valid is False
    assert "rib.iban_confirmed_by_rib_table" not in {x.code for x in doc.findings}


def test_a_letter_of_the_account_read_as_a_digit_everywhere_is_offered_to_check() -> None:
    # a blurred LCL RIB (set_v p06): the account's Z read as 2 in the IBAN line and in
    # the table alike, so neither confirms the other; one digit read as its look-alike
    # letter makes both mod 97 and the RIB key pass: that reading, with a warning
    doc = read(
        "RELEVE D'IDENTITE BANCAIRE",
        "Code banque Code guichet N° de compte Clé RIB",
        [(100, "30002"), (500, "00512"), (900, "00007382192"), (1400, "76")],
        "IBAN FR10 3000 2005 1200 0073 8219 276",
    )
    assert doc.fields.iban == "FR1030002005120000738219Z76" and doc.fields.iban_valid
    warned = {x.code: x for x in doc.findings}
    assert "rib.iban_letter_restored" in warned
    assert warned["rib.iban_letter_restored"].severity.value == "warning"


def test_a_banking_apps_name_four_lines_over_its_value() -> None:
    """Wise's euro account screen (set_ay p02, its recorded words): "Name" alone, its "Copy"
    button on the row under it at the screen's right edge, then the name three and a half
    lines down: the value under a lone label."""
    from docverify.model import PageRef, PageText, Word

    rows = [
        (("Euro", (82, 354, 130, 380)), ("account", (138, 354, 230, 380)),
         ("details", (238, 354, 320, 380))),
        (("Name", (81, 748, 122, 760)),),
        (("Copy", (1025, 788, 1061, 803)),),
        (("Estelle", (82, 815, 143, 830)), ("Marlyse", (150, 815, 223, 834)),
         ("Ngo", (230, 815, 267, 834)), ("Njock", (274, 815, 326, 834))),
        (("IBAN", (82, 938, 122, 950)),),
        (("BE27", (82, 1005, 130, 1020)), ("9673", (138, 1005, 186, 1020)),
         ("1845", (194, 1005, 242, 1020)), ("2073", (250, 1005, 298, 1020))),
        (("TRWIBEB1XXX", (82, 1195, 230, 1210)),),
    ]  # fmt: skip
    words = tuple(
        Word(text, box, 95.0, (1, 1, r)) for r, row in enumerate(rows) for text, box in row
    )
    shot = PageText(PageRef("Screenshot_20261103-092211.png", 1), None, 300, words, "ocr",
                    mean_conf=95.0)  # fmt: skip
    f = extracted(rib.SPEC, document(DocType.RIB, shot)).fields
    assert f.holder_name == "Estelle Marlyse Ngo Njock"


@pytest.mark.parametrize(("table_key", "severity"), [("11", "info"), (None, "warning")])
def test_digits_of_the_account_read_as_letters_are_put_back(
    table_key: str | None, severity: str
) -> None:
    """set_cp p03, a scanned La Banque Postale RIB: the account 0241830K020 (letters are
    allowed there) read "...4183 OKO2 071" in the IBAN line, both 0s as Os. Put back, the
    IBAN passes mod 97 and the RIB key; the table read apart ("0241830K020", its key "71"
    misread "11") reads the same account: a note. Without the table: a reading to check."""
    lines: list[object] = ["La Banque Postale RELEVE D'IDENTITE BANCAIRE"]
    if table_key is not None:
        lines += [
            "Code banque Code guichet N° de compte Clé RIB",
            [(100, "20041"), (500, "00001"), (900, "0241830K020"), (1400, table_key)],
        ]
    doc = read(*lines, "IBAN FR93 2004 1000 0102 4183 OKO2 071")
    assert doc.fields.iban == "FR9320041000010241830K02071" and doc.fields.iban_valid
    found = {x.code: x for x in doc.findings}
    assert found["rib.iban_digit_restored"].severity.value == severity
