"""One identity for the packet: the passport's MRZ checked against every other piece."""

from __future__ import annotations

import dataclasses
import datetime as dt

from docverify.applicant import build_applicant
from docverify.doctypes.application_form import ApplicationFormFields
from docverify.doctypes.rib import RibFields
from docverify.doctypes.travel_document import IdentityFields, identity_fields
from docverify.model import DocType, Document
from docverify.values.mrz import Mrz
from docverify.vision.mrz import MrzRead

AS_OF = dt.date(2026, 11, 20)


def passport(names_line: str) -> Document:
    line2 = "C1234567<0LKA9102147M3105098<<<<<<<<<<<<<<04"
    mrz = Mrz.parse([names_line, line2], AS_OF)
    fields: IdentityFields = identity_fields(MrzRead(mrz, None, "page_text", 2))
    return Document("d1", DocType.PASSPORT, 0.9, (), fields)


def form(surname: str, given: str) -> Document:
    fields = ApplicationFormFields(surname, given, dt.date(1991, 2, 14), "not_employed",
                                   True, dt.date(2026, 11, 2), None)  # fmt: skip
    return Document("d2", DocType.APPLICATION_FORM, 0.9, (), fields)


def rib(holder: str) -> Document:
    fields = RibFields(holder, "FR7630006000011234567890189", "AGRIFRPP", "Crédit Agricole",
                       True, True)  # fmt: skip
    return Document("d3", DocType.RIB, 0.9, (), fields)


def test_filler_read_as_k_is_put_back_when_the_form_agrees() -> None:
    pp = passport("P<LKAPUDARSANK<HENERT<<<<<<<<<<<<<<<<<<<<<<<<")
    assert pp.fields.surname == "PUDARSANK HENERT"
    applicant, docs = build_applicant([pp, form("Pudarsan", "Henert")])
    assert (applicant.surname, applicant.given_names) == ("PUDARSAN", "HENERT")
    fixed = docs[0]
    assert (fixed.fields.surname, fixed.fields.given_names) == ("PUDARSAN", "HENERT")
    assert any(f.code == "mrz.names_repaired" for f in fixed.findings)
    assert applicant.documents[:2] == ("d1", "d2")


def test_a_rib_alone_is_enough_to_put_the_filler_back() -> None:
    pp = passport("P<LKAPUDARSANK<HENERT<<<<<<<<<<<<<<<<<<<<<<<<")
    applicant, _ = build_applicant([pp, rib("M HENERT PUDARSAN")])
    assert applicant.surname == "PUDARSAN"


def test_two_look_alikes_read_for_one_filler_are_put_back() -> None:
    """ "ROSA<ELENA" read "ROSAKXELENA" (set_l p13): the RIB reads "Rosa Elena", so the
    applicant is ROSA ELENA, not a ROSAKXELENA every other paper spells differently."""
    pp = passport("P<LKAQUISPE<MAMANI<<ROSAKXELENA<<<<<<<<<<<<<<")
    applicant, _ = build_applicant([pp, rib("MME ROSA ELENA QUISPE MAMANI")])
    assert (applicant.surname, applicant.given_names) == ("QUISPE MAMANI", "ROSA ELENA")


def test_names_are_not_touched_without_support() -> None:
    """A name that really ends in K stays: no other document reads a break there."""
    pp = passport("P<LKAJAYASINK<<HENERT<<<<<<<<<<<<<<<<<<<<<<<<")
    applicant, docs = build_applicant([pp, form("Jayasink", "Henert")])
    assert applicant.surname == "JAYASINK"
    assert not any(f.code == "mrz.names_repaired" for f in docs[0].findings)


def test_another_persons_documents_do_not_repair_anything() -> None:
    pp = passport("P<LKAPUDARSANK<HENERT<<<<<<<<<<<<<<<<<<<<<<<<")
    applicant, _ = build_applicant([pp, rib("Mme Claire MARTIN")])
    assert applicant.surname == "PUDARSANK HENERT"


def test_without_an_identity_document_the_visa_holder_is_the_applicant() -> None:
    """No passport was recognised: the visa's MRZ (names, date of birth under a check
    digit) is the identity, not the form's handwriting read as DELA CRUT; the identity
    requirement still says the passport is missing."""
    from docverify.model import AuditContext, AuditOptions, Status
    from docverify.rules import identity

    line1 = "VDFRADELA<CRUZ<<MARIA<LUISA<<<<<<<<<<<<<<<<<"
    line2 = "C1234567<0PHL8609085F2705098<<<<<<<<<<<<<<<<"
    mrz = Mrz.parse([line1, line2], AS_OF)
    visa = Document("d1", DocType.LONG_STAY_VISA, 0.9, (),
                    identity_fields(MrzRead(mrz, None, "page_text", 2)))  # fmt: skip
    applicant, docs = build_applicant([visa, form("DELA CRUT", "MARIA LUISA")])
    assert (applicant.surname, applicant.given_names) == ("DELA CRUZ", "MARIA LUISA")
    assert applicant.date_of_birth == dt.date(1986, 9, 8)
    ctx = AuditContext(AuditOptions(as_of=AS_OF), tuple(docs), applicant)
    assert identity.check(ctx).status == Status.MISSING


def test_an_identity_card_read_blank_does_not_blank_the_applicant() -> None:
    """The card's MRZ could not be read: it names no one, so the form (and the pieces that
    agree with it) name the applicant, and the messages never say "in 's name"."""
    blank = IdentityFields(None, None, None, None, None, None, None, None, None)
    card = Document("d1", DocType.NATIONAL_ID, 0.9, (), blank)
    applicant, _ = build_applicant([card, form("BIANCHI", "CHIARA MARIA"),
                                    rib("Chiara Maria Bianchi")])  # fmt: skip
    assert (applicant.surname, applicant.given_names) == ("BIANCHI", "CHIARA MARIA")
    assert applicant.date_of_birth == dt.date(1991, 2, 14)


def test_a_whole_name_printed_on_one_line_does_not_replace_the_mrz_names() -> None:
    """A sticker prints "Nom, prénom / Surname, name: EL IDRISSI SALMA" on one line: read
    as both the printed surname and given names, it must not outvote the MRZ's split
    (which would make "EL IDRISSI SALMA" the surname and match a relative's RIB)."""

    whole = {"surname": "EL IDRISSI SALMA", "given_names": "EL IDRISSI SALMA"}
    pp = passport("P<MAREL<IDRISSI<<SALMA<<<<<<<<<<<<<<<<<<<<<<<")
    pp = dataclasses.replace(pp, fields=dataclasses.replace(pp.fields, visual=whole))
    line2 = "C1234567<0MAR9102147F2705098<<<<<<<<<<<<<<<<"
    mrz = Mrz.parse(["VDFRAEL<IDRISSI<<SALMA<<<<<<<<<<<<<<<<<<<<<<<", line2], AS_OF)
    visa_fields = dataclasses.replace(
        identity_fields(MrzRead(mrz, None, "page_text", 2)), visual=whole
    )
    visa = Document("d4", DocType.LONG_STAY_VISA, 0.9, (), visa_fields)
    tenant = dataclasses.replace(rib("Mme Salma EL IDRISSI"), id="d5")  # a lease, a payslip
    employee = dataclasses.replace(rib("Salma EL IDRISSI"), id="d6")
    certificate = dataclasses.replace(form("EL IDRISSI", ""), id="d7")  # given names unread
    others = [
        rib("M EL IDRISSI YOUSSEF"),
        tenant,
        employee,
        form("CL IPRISSI", "SALMA"),
        certificate,
    ]
    applicant, docs = build_applicant([pp, visa, *others])
    assert (applicant.surname, applicant.given_names) == ("EL IDRISSI", "SALMA")
    assert not any(f.code == "mrz.names_repaired" for f in docs[0].findings)


def test_a_misread_mrz_gives_way_to_the_names_the_packet_agrees_on() -> None:
    """An MRZ whose check digits fail was misread: a letter too many in its given name
    ("LORENZOO") gives way to the certificate, RIB and contract that all read "LORENZO".
    The same packet with a valid MRZ keeps the MRZ's reading (it is the document the
    others are checked against)."""

    from docverify.doctypes.birth_certificate import BirthCertificateFields
    from docverify.doctypes.payslip import PayslipFields

    def packet(valid: bool) -> list[Document]:
        pp = passport("P<ITADI<STEFANO<<LORENZOO<<<<<<<<<<<<<<<<<<<")
        pp = dataclasses.replace(pp, fields=dataclasses.replace(pp.fields, mrz_valid=valid))
        cert = BirthCertificateFields("DI STEFANO", "LORENZO", dt.date(1991, 2, 14), "Bari",
                                      "ITA", "it")  # fmt: skip
        slip = PayslipFields("Nexora SAS", "Lorenzo DI STEFANO", "2026-10", 2100.0, None)
        return [
            pp,
            rib("M. Lorenzo DI STEFANO"),
            Document("d4", DocType.BIRTH_CERTIFICATE, 0.9, (), cert),
            Document("d5", DocType.PAYSLIP, 0.9, (), slip),
        ]

    assert build_applicant(packet(valid=False))[0].given_names == "LORENZO"
    assert build_applicant(packet(valid=True))[0].given_names == "LORENZOO"


def test_of_two_passports_the_applicant_is_the_one_the_packet_names() -> None:
    """A relative's passport sorts first in the folder and the form's handwritten name
    reads as noise: the applicant is the holder whom the RIB (and the rest of the packet)
    names, not the first passport met."""
    brother = passport("P<LKAPERERA<<NUWAN<<<<<<<<<<<<<<<<<<<<<<<<<<<")
    mine = dataclasses.replace(passport("P<LKAPERERA<<KASUN<<<<<<<<<<<<<<<<<<<<<<<<<<<"), id="d4")
    packet = [brother, mine, form("PERERA", "Kxsvn ;"), rib("M. KASUN PERERA")]
    applicant, _docs = build_applicant(packet)
    assert (applicant.given_names, applicant.source_document) == ("KASUN", "d4")


def test_a_letter_elided_before_an_apostrophe_is_part_of_the_name() -> None:
    """The MRZ writes "BEN M'BAREK" as BEN<MBAREK (set_be p01): the papers that print the
    apostrophe agree with it; the M is no "Monsieur" to be dropped, leaving "BEN BAREK"."""
    pp = passport("P<TUNBEN<MBAREK<<YOSRA<<<<<<<<<<<<<<<<<<<<<<")
    printed = {"surname": "BEN M'BAREK", "given_names": "YOSRA"}
    pp = dataclasses.replace(pp, fields=dataclasses.replace(pp.fields, visual=printed))
    applicant, docs = build_applicant(
        [pp, form("BEN M'BAREK", "Yosra"), rib("MME BEN M'BAREK YOSRA")]
    )
    assert (applicant.surname, applicant.given_names) == ("BEN MBAREK", "YOSRA")
    assert not any(f.code == "mrz.names_repaired" for f in docs[0].findings)
