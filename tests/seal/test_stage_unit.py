"""A document's seal on documents built by hand (no OCR): the verdict's finding, a code of
the wrong type for the document, a barcode that is not a well-formed 2D-Doc, the signed
values given to a bill's fields (its months too), and the requirement made questionable."""

from __future__ import annotations

import datetime as dt

import numpy as np
import zxingcpp
from samplekit import seal_variants as sv

from docverify.doctypes.utility_bill import UtilityBillFields
from docverify.model import DocType, Document, PageRef, PageText, RequirementResult, Status
from docverify.seal.apply import apply_signed_values
from docverify.seal.findings import with_seal_findings
from docverify.seal.stage import SealReader
from docverify.seal.trust import SealStatus, TrustStore

DAY = dt.date(2026, 9, 5)
BILL_FIELDS = [("10", "MME/CARTER/EMILY"), ("22", "12 RUE DES LILAS"), ("24", "75011"),
               ("25", "PARIS"), ("26", "FR"), ("1D", "64,20")]  # fmt: skip


def page_with(data: bytes) -> PageText:
    page = np.full((1170, 827), 255, np.uint8)  # A4 at 100 dpi
    code = zxingcpp.create_barcode(data.decode("latin-1"), zxingcpp.BarcodeFormat.DataMatrix)
    img = np.asarray(zxingcpp.write_barcode_to_image(code, scale=3))
    page[900 : 900 + img.shape[0], 600 : 600 + img.shape[1]] = img
    return PageText(PageRef("bill.png", 1), page, 100, (), "ocr")


def bill(data: bytes, **fields: object) -> Document:
    values: dict[str, object] = dict(
        provider="EDF", service="electricity", holder_name="Mme Emily CARTER",
        address="12 rue des Lilas 75011 Paris", issue_date=DAY, period_start=None,
        period_end=None, amount=64.2,
    )  # fmt: skip
    values.update(fields)
    return Document(
        "d1", DocType.UTILITY_BILL, 1.0, (page_with(data),), UtilityBillFields(**values)
    )  # type: ignore[arg-type]


def reader() -> SealReader:
    signer = sv.test_signer()
    xml = sv.trust_list_xml(signer.ca_certificate, "http://127.0.0.1/b.der")
    return SealReader(TrustStore.of(xml, {sv.CA_ID: [signer.certificate]}))


def codes(doc: Document) -> list[str]:
    return [f.code for f in doc.findings]


def test_a_valid_seal_gives_the_bill_its_signed_values() -> None:
    raw = sv.c40_code(sv.test_signer(), "01", BILL_FIELDS, dt.date(2026, 10, 2), DAY,
                      variable=sv.VARIABLE)  # fmt: skip
    doc = reader().read(bill(raw, holder_name="Mme Emlly CARTER"))
    assert doc.seal.status == SealStatus.VALID
    assert codes(doc) == ["seal.valid", "seal.mismatch", "seal.ocr_slip"]  # the date differs
    applied = apply_signed_values(doc)
    assert applied.fields.holder_name == "MME EMILY CARTER"
    assert applied.fields.issue_date == dt.date(2026, 10, 2)
    assert applied.fields.months == ("2026-10",)  # no billing period: the signed date's month
    assert set(applied.seal.applied) == {"holder_name", "address", "issue_date", "months"}
    req = RequirementResult("residence_proof", Status.COMPLETE, ("d1",))
    [after] = with_seal_findings([req], [applied])
    assert after.status == Status.QUESTIONABLE
    assert [f.code for f in after.findings] == ["seal.mismatch"]


def test_a_code_of_the_wrong_type() -> None:
    tax = [("43", "2,75"), ("44", "2278012345678"), ("45", "2021"), ("46", "CARTER EMILY")]
    raw = sv.c40_code(sv.test_signer(), "04", tax, None, DAY, variable=frozenset({"43", "46"}))
    doc = reader().read(bill(raw))
    assert doc.seal.wrong_type
    [finding] = [f for f in doc.findings if f.code == "seal.wrong_type"]
    assert "income tax notice" in finding.message


def test_verdicts_as_findings() -> None:
    fr00 = sv.Signer("FR00", "0001", sv.test_signer().key, sv.test_signer().certificate,
                     sv.test_signer().ca_certificate)  # fmt: skip
    test_code = sv.c40_code(fr00, "01", BILL_FIELDS, DAY, DAY, variable=sv.VARIABLE)
    assert "seal.test_certificate" in codes(reader().read(bill(test_code)))
    own = sv.c40_code(sv.test_signer(), "01", BILL_FIELDS, DAY, DAY, variable=sv.VARIABLE)
    unchecked = SealReader(TrustStore()).read(bill(own))  # FR98: not in the ANTS list
    assert "seal.unknown_certificate" in codes(unchecked)
    assert apply_signed_values(unchecked) is unchecked  # not valid: nothing replaced
    malformed = reader().read(bill(b"DC04FR98SK01ZZZZ"))
    assert malformed.seal.status == SealStatus.INVALID and malformed.seal.code is None
    assert codes(malformed) == ["seal.unreadable"]


def test_a_page_without_a_2ddoc() -> None:
    doc = reader().read(bill(b"NOT A 2D-DOC, ANOTHER DATAMATRIX"))
    assert doc.seal is None and doc.findings == ()
