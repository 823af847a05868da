"""The residence_proof rule on documents built directly (no OCR): each route, each gap,
and the evidence a helper needs to act."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from docverify.doctypes.hosting_attestation import HostingAttestationFields
from docverify.doctypes.lease import LeaseFields
from docverify.doctypes.utility_bill import UtilityBillFields
from docverify.model import Applicant, AuditContext, AuditOptions, DocType, Document, Status
from docverify.rules import residence_proof

D = dt.date
AS_OF = D(2026, 11, 15)
ADDR = "12 rue des Lilas 75011 Paris"


def doc(n: int, t: DocType, fields: Any) -> Document:
    return Document(f"d{n}", t, 1.0, (), fields)


def bill(n: int, y: int, m: int, holder: str = "Mme Emily CARTER", *, months: int = 1,
         number: str | None = None, address: str = ADDR, image: str | None = None) -> Document:  # fmt: skip
    start = D(y, m, 1)
    end_m = m + months - 1
    ey, em = y + (end_m - 1) // 12, (end_m - 1) % 12 + 1
    end = D(ey + (em == 12), em % 12 + 1, 1) - dt.timedelta(days=1)
    keys = tuple(f"{y + (m + k - 1) // 12:04d}-{(m + k - 1) % 12 + 1:02d}" for k in range(months))
    fields = UtilityBillFields("EDF", "electricity", holder, address, end + dt.timedelta(days=5),
                               start, end, 50.0 + n, number or f"N{n:05d}", keys, image)  # fmt: skip
    return doc(n, DocType.UTILITY_BILL, fields)


def passport(n: int, surname: str, given: str) -> Document:
    class F:
        pass

    f = F()
    f.surname, f.given_names, f.mrz_valid = surname, given, True  # type: ignore[attr-defined]
    return doc(n, DocType.PASSPORT, f)


def judge(*docs: Document, app: Applicant | None = None) -> tuple[Status, dict[str, Any]]:
    app = app or Applicant("CARTER", "EMILY ROSE", D(1990, 4, 17), "USA", "d0")
    ident = passport(0, app.surname or "", app.given_names or "")
    ctx = AuditContext(AuditOptions(as_of=AS_OF), (ident, *docs), app)
    r = residence_proof.check(ctx)
    return r.status, {f.code.split(".", 1)[1]: f for f in r.findings}


def test_three_consecutive_bills_complete() -> None:
    status, f = judge(bill(1, 2026, 8), bill(2, 2026, 9), bill(3, 2026, 10))
    assert status == Status.COMPLETE
    assert f["bills_ok"].evidence["months_found"] == ["2026-08", "2026-09", "2026-10"]
    assert f["bills_ok"].evidence["addresses"]["d1"] == ADDR


def test_two_bills_name_the_missing_month() -> None:
    status, f = judge(bill(1, 2026, 9), bill(2, 2026, 10))
    assert status == Status.INVALID
    assert f["not_enough_bills"].evidence["months_missing"] == ["2026-08"]
    assert "missing: 2026-08" in f["not_enough_bills"].message


def test_gap_between_months() -> None:
    status, f = judge(bill(1, 2026, 8), bill(2, 2026, 10), bill(3, 2026, 11))
    assert status == Status.INVALID
    assert "missing: 2026-09" in f["bills_not_consecutive"].message


def test_bimonthly_bill_counts_for_both_months() -> None:
    status, _ = judge(bill(1, 2026, 7, months=2), bill(2, 2026, 9))
    assert status == Status.COMPLETE


@pytest.mark.parametrize("same", ["number", "image"])
def test_same_bill_twice_counts_once(same: str) -> None:
    a = bill(1, 2026, 8, number="X1", image="ffff0000ffff0000")
    twin = bill(2, 2026, 8, number="X1" if same == "number" else None, image="ffff0000ffff0001")
    if same == "image":
        twin = doc(
            2,
            DocType.UTILITY_BILL,
            twin.fields.__class__(**{**twin.fields.__dict__, "invoice_number": None}),
        )
        a = doc(
            1,
            DocType.UTILITY_BILL,
            a.fields.__class__(**{**a.fields.__dict__, "invoice_number": None}),
        )
    status, f = judge(a, twin, bill(3, 2026, 9))
    assert status == Status.INVALID
    assert "duplicate_bill" in f
    assert f["not_enough_bills"].evidence["months_found"] == ["2026-08", "2026-09"]


def test_monthly_bills_of_one_layout_are_not_one_bill() -> None:
    """Three monthly bills of one provider, photographed alike: their pages hash alike,
    but their dates say they are three bills."""
    bills = []
    for n, m in ((1, 8), (2, 9), (3, 10)):
        b = bill(n, 2026, m, image="ffff0000ffff000" + str(n))  # no invoice number read
        bills.append(doc(n, DocType.UTILITY_BILL,
                         b.fields.__class__(**{**b.fields.__dict__, "invoice_number": None})))  # fmt: skip
    status, f = judge(*bills)
    assert status == Status.COMPLETE, f
    assert "duplicate_bill" not in f


def test_spouse_bills_without_attestation() -> None:
    status, f = judge(*(bill(i, 2026, m, "Mme Claire DUBOIS") for i, m in enumerate((8, 9, 10), 1)))
    assert status == Status.INVALID
    assert f["bills_other_name"].evidence["names"] == ["Mme Claire DUBOIS"]


@pytest.mark.parametrize(
    "holder", ["M. et Mme CARTER", "DUPONT JEAN OU CARTER EMILY", "Emily DUPONT-CARTER"]
)
def test_household_and_joint_bills_include_the_applicant(holder: str) -> None:
    status, _ = judge(*(bill(i, 2026, m, holder) for i, m in enumerate((8, 9, 10), 1)))
    assert status == Status.COMPLETE


def test_ocr_slip_in_the_name_is_tolerated() -> None:
    """EMLLY for EMILY is tesseract's I/L confusion: the same name, said as information."""
    status, f = judge(bill(1, 2026, 8, "Emlly CARTER"), bill(2, 2026, 9), bill(3, 2026, 10))
    assert status == Status.COMPLETE
    assert "bill_name_ocr_slip" in f


def test_spelling_variant_in_the_name_is_questionable() -> None:
    status, f = judge(bill(1, 2026, 8, "Emely CARTER"), bill(2, 2026, 9), bill(3, 2026, 10))
    assert status == Status.QUESTIONABLE
    assert "bill_name_slip" in f


def test_a_name_romanised_with_other_vowels_is_the_same_for_its_script() -> None:
    """set_dj p03 (wave 47, read after its blind figure): an Eritrean, TESFAMARIAM on her
    passport, TESFAMARYAM on a bill and her lease. The Ge'ez script's vowels are
    romanised each their own way: the same name, said as information; not for a national
    of a Latin script, nor for a name whose consonants differ."""
    eritrean = Applicant("TESFAMARIAM", "SEMHAR", D(1993, 9, 14), "ERI", "d0")
    holders = ("Semhar TESFAMARYAM", "SEMHAR TESFAMARIAM", "TESFAMARIAM GEBREMEDHIN SEMHAR")
    bills = [
        bill(i, 2026, m, h) for i, (m, h) in enumerate(zip((8, 9, 10), holders, strict=True), 1)
    ]
    status, f = judge(*bills, app=eritrean)
    assert status == Status.COMPLETE, f
    assert f["bill_name_romanised"].evidence["found"] == "Semhar TESFAMARYAM"
    french = dataclasses.replace(eritrean, nationality="FRA")
    assert judge(*bills, app=french)[0] == Status.QUESTIONABLE
    bills[0] = bill(1, 2026, 8, "Semhar TESFAMICHAEL")
    assert judge(*bills, app=eritrean)[0] != Status.COMPLETE
    tenant = doc(5, DocType.LEASE, LeaseFields(("Semhar TESFAMARYAM",), "M. Bernard LEFEVRE",
                                               ADDR, D(2026, 3, 1), True))  # fmt: skip
    status, f = judge(tenant, app=eritrean)
    assert status == Status.COMPLETE and f["lease_name_slip"].severity.value == "info"
    assert judge(tenant, app=french)[0] == Status.QUESTIONABLE


def test_bills_in_a_married_name_that_the_rib_writes_beside_the_birth_name() -> None:
    """Bills to "Emily MILLER" while the RIB writes "EMILY ROSE MILLER NEE CARTER" (set_o
    p07): MILLER is her usage name, known from the packet, not another person's bills."""
    from docverify.doctypes.rib import RibFields

    bills = [bill(i, 2026, m, "Mme Emily MILLER") for i, m in ((1, 8), (2, 9), (3, 10))]
    status, f = judge(*bills)
    assert status == Status.QUESTIONABLE and "bill_surname_differs" in f
    rib = _read(doc(9, DocType.RIB, RibFields(None, None, None, None, None, None)),
                "Titulaire du compte", "MME EMILY ROSE MILLER NEE CARTER")  # fmt: skip
    status, f = judge(*bills, rib)
    assert status == Status.COMPLETE, f


def test_stale_bills_show_the_date() -> None:
    status, f = judge(bill(1, 2026, 5), bill(2, 2026, 6), bill(3, 2026, 7))
    assert status == Status.QUESTIONABLE
    assert "05/08/2026" in f["stale"].message


def lease(
    start: D, tenants: tuple[str, ...] = ("Emily Rose CARTER",), signed: bool | None = True
) -> Document:
    return doc(5, DocType.LEASE, LeaseFields(tenants, "M. Bernard LEFEVRE", ADDR, start, signed))


def test_lease_route() -> None:
    assert judge(lease(D(2026, 3, 1)))[0] == Status.COMPLETE
    status, f = judge(lease(D(2026, 10, 15)))
    assert status == Status.INVALID
    assert f["lease_too_recent"].evidence["enough_from"] == "2027-01-15"
    assert judge(lease(D(2026, 3, 1), signed=False))[0] == Status.QUESTIONABLE
    # someone else's lease is there and proves nothing for the applicant: invalid, and said
    status, f = judge(lease(D(2026, 3, 1), ("John SMITH",)))
    assert status == Status.INVALID and f["lease_other_person"].evidence["found"] == ["John SMITH"]


def test_a_lease_naming_one_word_of_a_name_is_doubtful_not_another_persons() -> None:
    """A tenant read as a lone given name ("Joseph", its surname wrapped to the next line
    and lost) is a name read short: it says nothing sure about whose lease it is."""
    status, f = judge(lease(D(2026, 3, 1), ("Joseph",)))
    assert status == Status.QUESTIONABLE and "lease_other_person" in f


def test_a_lease_whose_tenant_was_not_read_is_doubtful_not_missing() -> None:
    """A lease is there but its tenant could not be read: the clerk's question is whose it
    is, so the route is questionable and says what to check; a lease naming the applicant
    still wins over it, and a lease too recent is still invalid."""
    status, f = judge(lease(D(2026, 3, 1), ()))
    assert status == Status.QUESTIONABLE and "lease_tenant_unreadable" in f
    assert judge(lease(D(2026, 3, 1), ()), lease(D(2026, 2, 1)))[0] == Status.COMPLETE
    assert judge(lease(D(2026, 10, 15), ()))[0] == Status.INVALID


HOSTED_SINCE = D(2026, 6, 1)


def attestation(
    signed: bool = True,
    hosted: str = "Emily Rose CARTER",
    since: D | None = HOSTED_SINCE,
    ink_mm2: float | None = None,
    host: str = "Claire DUBOIS",
) -> Document:
    f = HostingAttestationFields(host, hosted, "8 avenue Jean Jaurès, 69007 Lyon",
                                 since, D(2026, 11, 2), signed, ink_mm2)  # fmt: skip
    return doc(6, DocType.HOSTING_ATTESTATION, f)


def claire_bills(address: str = "8 av. Jean Jaures 69007 Lyon") -> list[Document]:
    return [
        bill(10 + i, 2026, m, "Claire DUBOIS", address=address) for i, m in enumerate((8, 9, 10))
    ]


def claire_id() -> Document:
    d = passport(7, "DUBOIS", "CLAIRE MARIE")
    return Document(d.id, DocType.NATIONAL_ID, 1.0, (), d.fields)


def test_hosting_route_complete_and_each_gap() -> None:
    assert judge(attestation(), claire_id(), *claire_bills())[0] == Status.COMPLETE
    status, f = judge(attestation(), *claire_bills())
    assert status == Status.INVALID and "host_id_missing" in f
    status, f = judge(attestation(), claire_id())
    assert status == Status.INVALID and "host_proof_missing" in f
    status, f = judge(attestation(signed=False, ink_mm2=0.4), claire_id(), *claire_bills())
    assert status == Status.INVALID and "attestation_unsigned" in f
    # marks too few for a signature but more than a dot: the verdict waits for a look
    status, f = judge(attestation(signed=False, ink_mm2=7.0), claire_id(), *claire_bills())
    assert status == Status.QUESTIONABLE and "attestation_signature_doubtful" in f
    status, f = judge(attestation(hosted="John SMITH"), claire_id(), *claire_bills())
    assert status == Status.INVALID and "attestation_other_person" in f


def test_the_host_read_where_the_hosted_person_stands_is_no_other_person() -> None:
    """A handwritten attestation whose "Je soussignée" was lost: the host's own name taken
    for the hosted person's (set_o p09). The packet's ID card and bills name her as the
    host, so the attestation is not said to host someone else (invalid): the hosted
    person is unread (questionable), misread slightly or exactly."""
    for read in ("Claire DUBOIS", "Clair DUBOS"):
        status, f = judge(attestation(hosted=read, host=""), claire_id(), *claire_bills())
        assert status == Status.QUESTIONABLE, read
        assert "attestation_hosted_is_host" in f and "attestation_other_person" not in f


def test_a_host_name_misread_is_the_person_the_packet_names() -> None:
    """A handwritten host's name read with slips is the one person whose ID and bills are
    in the packet (said in a finding); a name close to nobody stays as read."""
    status, f = judge(attestation(host="Clakre DUBOS"), claire_id(), *claire_bills())
    assert status == Status.COMPLETE
    assert f["attestation_host_read_as"].evidence["taken"] == "Claire DUBOIS"
    # read right, a middle name left out: nothing to resolve (only her ID names her)
    status, f = judge(attestation(host="Claire DUBOIS"), claire_id())
    assert "attestation_host_read_as" not in f and "host_proof_missing" in f
    status, f = judge(attestation(host="Marc LEFEBVRE"), claire_id(), *claire_bills())
    assert status == Status.INVALID and "attestation_host_read_as" not in f
    # as close to two people: neither is taken
    other = passport(8, "DUBOST", "CLAIRE")
    other = Document(other.id, DocType.NATIONAL_ID, 1.0, (), other.fields)
    status, f = judge(attestation(host="Clair DUBOS"), claire_id(), other, *claire_bills())
    assert "attestation_host_read_as" not in f


def test_a_host_name_read_short_of_a_given_name_and_with_a_slip_is_the_packet_s_host() -> None:
    """set_cz p04 (wave 42, read): a handwritten "Saïd Ali MOHAMED" read "Ai MOHAMED", a
    given name lost and a letter missed: too far from the whole name for a slip, but a
    slip of two of its three words, and close to no one else."""
    said = passport(7, "MOHAMED", "SAID ALI")
    said = Document(said.id, DocType.NATIONAL_ID, 1.0, (), said.fields)
    bills = [bill(10 + i, 2026, m, "Saïd Ali MOHAMED", address="8 av. Jean Jaures 69007 Lyon")
             for i, m in enumerate((8, 9, 10))]  # fmt: skip
    status, f = judge(attestation(host="Ai MOHAMED"), said, *bills)
    assert status == Status.COMPLETE
    assert f["attestation_host_read_as"].evidence["taken"] == "SAID ALI MOHAMED"
    # a read naming two words that are no one's words stays as read
    status, f = judge(attestation(host="Awa MOHAMADOU"), said, *bills)
    assert "attestation_host_read_as" not in f


def test_hosting_must_have_begun_three_months_ago() -> None:
    status, f = judge(attestation(since=D(2026, 10, 1)), claire_id(), *claire_bills())
    assert status == Status.INVALID
    assert f["attestation_too_recent"].evidence["enough_from"] == "2027-01-01"
    status, f = judge(attestation(since=D(2026, 12, 1)), claire_id(), *claire_bills())
    assert status == Status.INVALID and "attestation_since_in_future" in f
    # an attestation that does not say since when is judged on its other pieces
    assert judge(attestation(since=None), claire_id(), *claire_bills())[0] == Status.COMPLETE


def test_address_mismatch_with_the_attestation() -> None:
    status, f = judge(attestation(), claire_id(), *claire_bills("3 rue Garibaldi 69003 Lyon"))
    assert status == Status.QUESTIONABLE
    assert f["address_mismatch"].evidence["found"] == "3 rue Garibaldi 69003 Lyon"


def test_partial_routes_say_what_each_lacks() -> None:
    status, f = judge(bill(1, 2026, 9), bill(2, 2026, 10), lease(D(2026, 10, 1)))
    assert status == Status.INVALID
    assert "route_lease_lacks" in f or "route_bills_lacks" in f


def test_nothing_at_all_is_missing() -> None:
    status, f = judge()
    assert status == Status.MISSING and "missing" in f


@pytest.mark.parametrize(("hand_filled", "flagged"), [(False, True), (True, False)])
def test_a_hand_filled_forms_address_is_no_reference(hand_filled: bool, flagged: bool) -> None:
    """A typed form's address that differs from the bills' is flagged; a hand-filled one,
    read through OCR of handwriting ("01910 GRENOBLE" for 38000), is no reference."""
    from docverify.doctypes.application_form import ApplicationFormFields

    form = ApplicationFormFields("CARTER", "EMILY ROSE", None, "not_employed", True,
                                 D(2026, 11, 2), None, address="5 avenue Foch 69006 Lyon",
                                 hand_filled=hand_filled)  # fmt: skip
    status, f = judge(doc(9, DocType.APPLICATION_FORM, form),
                      bill(1, 2026, 8), bill(2, 2026, 9), bill(3, 2026, 10))  # fmt: skip
    assert ("address_mismatch" in f) is flagged
    assert status == (Status.QUESTIONABLE if flagged else Status.COMPLETE)


def test_an_unread_holder_on_the_same_contract_is_the_named_bills_holder() -> None:
    """A screenshot of the third bill whose holder did not read: same provider, same address
    as the two bills in the applicant's name, so the same contract (said, not doubted)."""
    unread = bill(3, 2026, 10, holder=None)  # type: ignore[arg-type]
    status, f = judge(bill(1, 2026, 8), bill(2, 2026, 9), unread)
    assert status == Status.COMPLETE and "bill_holder_same_contract" in f
    # at another address it may be anyone's: a look is asked
    elsewhere = bill(3, 2026, 10, holder=None, address="3 rue Nationale 59000 Lille")  # type: ignore[arg-type]
    status, f = judge(bill(1, 2026, 8), bill(2, 2026, 9), elsewhere)
    assert status == Status.QUESTIONABLE and "bill_holder_unreadable" in f


def _read(d: Document, *lines: str) -> Document:
    """``d`` with a page whose words are these lines, read by OCR."""
    from docverify.model import PageRef, PageText, Word

    words = tuple(
        Word(t, (60 * j, 40 * i, 60 * j + 50, 40 * i + 30), 70.0, (1, 1, i))
        for i, line in enumerate(lines)
        for j, t in enumerate(line.split())
    )
    return dataclasses.replace(
        d, pages=(PageText(PageRef("attestation.jpg", 1), None, 200, words, "ocr"),)
    )


def test_a_handwritten_attestations_names_found_in_its_text() -> None:
    """Neither name field read ("ATTESTATION DHÉBÉRGENENT Je" taken for the hosted person,
    no host): the text names the host with a slip (the one person whose ID and bills are
    in the packet), and the applicant exactly."""
    lines = ("ATTESTATION DHÉBÉRGENENT", "Je SousSjapé(e) Claire DUBONS,", "née le 2VNV/1986",
             "atteste sur l'honneur héberger à mon domicile", "Emily Rose CARTER, née le 17/04/1990")  # fmt: skip
    att = _read(attestation(hosted="ATTESTATION DHÉBÉRGENENT Je", host=""), *lines)
    status, f = judge(att, claire_id(), *claire_bills())
    assert status == Status.COMPLETE, f
    assert f["attestation_host_in_text"].evidence["taken"] == "Claire DUBOIS"
    assert "attestation_hosted_in_text" in f
    # a text naming nobody of the packet leaves the host unread: the one person whose ID
    # and bills the packet holds is taken as the host, to be checked
    stranger = _read(attestation(host=""), "Je soussigné Marc LEFEBVRE", "atteste héberger")
    status, f = judge(stranger, claire_id(), *claire_bills())
    assert status == Status.QUESTIONABLE and "attestation_host_assumed" in f
    status, f = judge(stranger, claire_id())
    assert status == Status.QUESTIONABLE and "attestation_host_unreadable" in f


def test_a_host_name_read_as_nobody_with_doubt_points_at_the_packets_housed_person() -> None:
    """A handwritten host's name read as nobody's ("Wepn WH", set_q p14): the packet's one
    other person with an ID and bills is the host it points to, so the route is
    questionable (check whose attestation it is), not invalid on the applicant's own bills
    route. A name read reliably stays another person's; two housed people: no guess."""
    doubtful = _read(attestation(host="Wepn WH"), "Je soussigné Wepn WH", "atteste héberger")
    status, f = judge(doubtful, claire_id(), *claire_bills())
    assert status == Status.QUESTIONABLE, f
    assert f["attestation_host_assumed"].evidence == {
        "found": "Wepn WH",
        "taken": "CLAIRE MARIE DUBOIS",
    }
    assert "host_id_missing" not in f and "host_proof_missing" not in f
    status, f = judge(attestation(host="Wepn WH"), claire_id(), *claire_bills())
    assert status == Status.INVALID and "attestation_host_assumed" not in f
    other = passport(8, "LEFEBVRE", "MARC")
    other = Document(other.id, DocType.NATIONAL_ID, 1.0, (), other.fields)
    marc = [bill(20 + i, 2026, m, "Marc LEFEBVRE") for i, m in enumerate((8, 9, 10))]
    status, f = judge(doubtful, claire_id(), *claire_bills(), other, *marc)
    assert status == Status.INVALID and "attestation_host_assumed" not in f


def test_another_name_against_the_forms_hand_alone_is_doubted_not_refused() -> None:
    """No identity document read: the applicant's name is the form's handwriting ("TDF
    LEET"); a lease or bills in a clearly read other name are a look, not a refusal."""
    hand = Applicant("LEET", "TDF", D(1990, 4, 17), None, None)
    for pieces in ([lease(D(2026, 3, 1), ("Giulia DE LUCA",))],
                   [bill(1, 2026, 8, "Giulia DE LUCA"), bill(2, 2026, 9, "Giulia DE LUCA")]):  # fmt: skip
        ctx = AuditContext(AuditOptions(as_of=AS_OF), tuple(pieces), hand)
        r = residence_proof.check(ctx)
        assert r.status == Status.QUESTIONABLE, [f.code for f in r.findings]


def unread_period(b: Document, issued: dt.date) -> Document:
    """The bill as read when its billing period was not: dated by its issue month only."""
    f = dataclasses.replace(b.fields, period_start=None, period_end=None, issue_date=issued,
                            months=(f"{issued:%Y-%m}",), months_from_issue=True)  # fmt: skip
    return doc(int(b.id[1:]), DocType.UTILITY_BILL, f)


def test_unread_period_that_may_bill_the_month_before_is_doubted() -> None:
    """August's bill issued on 4 September, its period unread: counted by issue month the
    bills leave August out, but the bill most likely bills August. Check, not refuse."""
    august = unread_period(bill(1, 2026, 8), D(2026, 9, 4))
    status, f = judge(august, bill(2, 2026, 9), bill(3, 2026, 10))
    assert status == Status.QUESTIONABLE, f
    found = f["bill_period_unread"]
    assert found.evidence["months_if_billed_before"] == ["2026-08", "2026-09", "2026-10"]
    assert "04/09/2026" in found.message and "bills_not_consecutive" not in f


def test_unread_period_that_cannot_close_the_gap_is_still_a_gap() -> None:
    late = unread_period(bill(1, 2026, 6), D(2026, 7, 4))
    status, f = judge(late, bill(2, 2026, 9), bill(3, 2026, 10))
    assert status == Status.INVALID
    assert "bills_not_consecutive" in f and "bill_period_unread" not in f


def test_monthly_bills_sharing_a_misread_number_are_not_one_bill() -> None:
    """Three monthly EDF bills whose "N° de facture" all read as the postcode under it
    (set_u p01): one number, but their dates say they are three bills."""
    bills = [bill(n, 2026, m, number="75010") for n, m in ((1, 8), (2, 9), (3, 10))]
    status, f = judge(*bills)
    assert status == Status.COMPLETE, f
    assert "duplicate_bill" not in f


def test_a_handwritten_attestation_address_read_with_doubt_is_compared_loosely() -> None:
    """set_ak p02: the hand's "27 avenue Jean Jaurès" read "27 avenue Jean pass", read with
    doubt. One postcode and one house number: no mismatch claimed. Read reliably, or with
    another house number, the difference stands."""
    from docverify.model import PageRef, PageText, Word

    written = "27 avenue Jean pass 69007 Lyon"
    words = tuple(
        Word(t, (40 * i, 100, 40 * i + 35, 130), 41.0, (1, 1, 1))
        for i, t in enumerate(written.split())
    )
    page = PageText(PageRef("IMG_4475.JPG", 1), None, 200, words, "ocr")

    def hand(address: str) -> Document:
        f = HostingAttestationFields("Claire DUBOIS", "Emily Rose CARTER", address,
                                     HOSTED_SINCE, D(2026, 11, 2), True, None)  # fmt: skip
        return Document("d6", DocType.HOSTING_ATTESTATION, 1.0, (page,), f)

    bills = claire_bills("27 AVENUE JEAN JAURÈS, 69007 LYON")
    status, f = judge(hand(written), claire_id(), *bills)
    assert status == Status.COMPLETE and "address_mismatch" not in f
    typed = dataclasses.replace(hand(written), pages=())
    assert "address_mismatch" in judge(typed, claire_id(), *bills)[1]
    other = claire_bills("29 AVENUE JEAN JAURÈS, 69007 LYON")
    assert "address_mismatch" in judge(hand(written), claire_id(), *other)[1]


def test_an_attestation_giving_the_given_name_and_birth_date_names_the_applicant() -> None:
    """set_ak p02: the hand's "mon épouse, Dorcas NSIMBA MAKIESE, née le 03/09/1996" read
    "Dorcas NS BA NAKIÉSE, We le 03/09/1996", no hosted name read: the given name and the
    date of birth together name her. A given name with another date does not."""
    from docverify.model import PageRef, PageText, Word

    def hand(text: str) -> Document:
        words = tuple(
            Word(t, (40 * j, 40 * i, 40 * j + 35, 40 * i + 30), 55.0, (1, 1, i))
            for i, line in enumerate(text.splitlines())
            for j, t in enumerate(line.split())
        )
        page = PageText(PageRef("IMG_4475.JPG", 1), None, 200, words, "ocr")
        f = HostingAttestationFields("Claire DUBOIS", None, "8 avenue Jean Jaurès, 69007 Lyon",
                                     HOSTED_SINCE, D(2026, 11, 2), True, None)  # fmt: skip
        return Document("d6", DocType.HOSTING_ATTESTATION, 1.0, (page,), f)

    text = "héberge mon épouse, Emily CRTR,\nWe le 17/04/1990 à Leeds"
    status, f = judge(hand(text), claire_id(), *claire_bills())
    assert status == Status.COMPLETE and "attestation_hosted_born" in f
    status, f = judge(hand(text.replace("1990", "1979")), claire_id(), *claire_bills())
    assert status == Status.QUESTIONABLE and "attestation_hosted_unreadable" in f
    # set_bc p02: two of her names and the date one digit off ("22/07/1995" for 1994)
    two = "héberge mon épouse, Emily Rose CRTR,\nWe le 17/04/1991 à Leeds"
    status, f = judge(hand(two), claire_id(), *claire_bills())
    assert status == Status.COMPLETE and "attestation_hosted_born" in f
    status, f = judge(hand(text.replace("1990", "1991")), claire_id(), *claire_bills())
    assert status == Status.QUESTIONABLE  # one name, the date one digit off: too little
    # set_bq p03: the surname a letter off ("NUFELLA" for OUFELLA), the date right
    status, f = judge(hand("mon épouse, Enily CARTEK,\nWe le 17/04/1990"), claire_id(),
                      *claire_bills())  # fmt: skip
    assert status == Status.COMPLETE and "attestation_hosted_born" in f


def test_a_hand_read_surname_garbled_beside_the_given_name_and_birth_date() -> None:
    """set_dc p01 (wave 43, read): a handwritten "Madame Oleksandra HRYSHCHENKO, née le
    09/02/1994" read "Olchsandra TCRYLICCTCENHCO" with doubt: the given name agrees (a
    slip), the surname is garble. With her date of birth beside it, the line names her
    (info); read with confidence, another surname stays to be checked."""
    from docverify.model import PageRef, PageText, Word

    def hand(text: str, conf: float) -> Document:
        words = tuple(
            Word(t, (40 * j, 40 * i, 40 * j + 35, 40 * i + 30), conf, (1, 1, i))
            for i, line in enumerate(text.splitlines())
            for j, t in enumerate(line.split())
        )
        page = PageText(PageRef("attestation.jpg", 1), None, 200, words, "ocr")
        f = HostingAttestationFields("Claire DUBOIS", "Emily ZXQWVTRP",
                                     "8 avenue Jean Jaurès, 69007 Lyon", HOSTED_SINCE,
                                     D(2026, 11, 2), True, None)  # fmt: skip
        return Document("d6", DocType.HOSTING_ATTESTATION, 1.0, (page,), f)

    text = "héberger à mon domicile,\nMadame Emily ZXQWVTRP, née le 17/04/1990 à Leeds"
    status, f = judge(hand(text, 55.0), claire_id(), *claire_bills())
    assert status == Status.COMPLETE and "attestation_hosted_born" in f
    status, f = judge(hand(text, 96.0), claire_id(), *claire_bills())
    assert status == Status.QUESTIONABLE and "attestation_name_slip" in f


def test_a_hand_read_name_a_few_letters_off_is_the_applicant() -> None:
    """set_at p03: a handwritten attestation read "Nathabo Lecato Nolape" for 'Mathabo
    Lerato Molapo' (every word one or two letters off, the surname too far for a slip
    word by word), read with doubt: a misread of the applicant (info), not another
    person or a spelling to check. Read as confidently, or further off, it stays doubted."""
    from tests.bank.pages import page

    def read_as(hosted: str, conf: float) -> Document:
        pg = page([f"à mon domicile {hosted}, née le 23/11/1995"])
        words = tuple(dataclasses.replace(w, conf=conf) for w in pg.words)
        att = attestation(hosted=hosted)
        return Document(att.id, att.type, 1.0, (dataclasses.replace(pg, words=words),),
                        att.fields)  # fmt: skip

    status, f = judge(read_as("Enily Rose CAPTEB", 50.0), claire_id(), *claire_bills())
    assert status == Status.COMPLETE and "attestation_name_ocr_slip" in f
    status, f = judge(read_as("Enily Rose CAPTEB", 96.0), claire_id(), *claire_bills())
    assert status == Status.QUESTIONABLE
    status, f = judge(read_as("Emma Grace CARVER", 50.0), claire_id(), *claire_bills())
    assert status == Status.QUESTIONABLE and "attestation_name_ocr_slip" not in f


def test_a_hand_read_hosted_name_romanised_otherwise_and_a_letter_off() -> None:
    """set_di p02 (wave 46, read): the host writes "Sakina HOSSEINI" by hand, read "Lahina
    HOSSEINI" with doubt, for an Afghan applicant whose passport says HOSSAINI: the
    surname in another romanisation, the given name a hand's misread. The applicant (info);
    not so for a French national, whose surname has one spelling."""
    from tests.bank.pages import page

    pg = page(["à mon domicile Lahina HOSSEINI, depuis le 01/03/2026"])
    words = tuple(dataclasses.replace(w, conf=50.0) for w in pg.words)
    att = attestation(hosted="Lahina HOSSEINI")
    att = Document(att.id, att.type, 1.0, (dataclasses.replace(pg, words=words),), att.fields)
    afghan = Applicant("HOSSAINI", "SAKINA", D(1996, 3, 2), "AFG", "d0")
    status, f = judge(att, claire_id(), *claire_bills(), app=afghan)
    assert status == Status.COMPLETE and "attestation_name_ocr_slip" in f, f
    french = dataclasses.replace(afghan, nationality="FRA")
    assert judge(att, claire_id(), *claire_bills(), app=french)[0] == Status.QUESTIONABLE


def test_a_scrap_read_beside_a_tenant_is_no_tenant_who_may_be_the_applicant() -> None:
    """set_do p04 (wave 49, read after its blind figure): the host's lease, its tenant
    "Nathalie RASOANAIVO" and a scrap "WAV" read with doubt beside her name. The scrap
    is no reading of the applicant's name, so the lease is not the applicant's (it was
    taken for it, a name to check, over a hosting route that lacks the host's ID)."""
    from tests.bank.pages import page

    pg = page(["Locataire : Nathalie RASOANAIVO WAV"])
    words = tuple(dataclasses.replace(w, conf=40.0 if w.text == "WAV" else 95.0) for w in pg.words)
    tenants = ("Nathalie RASOANAIVO", "WAV")
    fields = LeaseFields(tenants, "M. Bernard LEFEVRE", ADDR, D(2026, 3, 1), True)
    lease_doc = Document("d5", DocType.LEASE, 1.0, (dataclasses.replace(pg, words=words),), fields)
    status, f = judge(lease_doc)
    assert "lease_ok" not in f and status != Status.QUESTIONABLE, f


def test_a_host_given_name_read_as_two_words_is_still_the_packets_host() -> None:
    """set_bn p02 (wave 20, read): "Seydou COULIBALY" read "Se du COUUBALY". Its words
    sorted apart ("COUUBALY DU SE" against "COULIBALY SEYDOU") made it close to nobody,
    and the host was only assumed (questionable); run together in the name's order it is
    a slip of the one person whose ID and bills the packet holds."""
    status, f = judge(attestation(host="Cla re DUBOS"), claire_id(), *claire_bills())
    assert status == Status.COMPLETE
    assert f["attestation_host_read_as"].evidence["taken"] == "Claire DUBOIS"


def test_a_lease_name_whose_differing_word_was_read_with_doubt_is_a_misread() -> None:
    """set_cb p03: the lease's "OUYANG Siqi" read "OUYANG Sidi", the name at 0.85 on
    average (OUYANG at 0.96) but "Sidi" itself at 0.75: the word that differs was read
    with doubt, so a misread (info), not a spelling to check. Read surely, it is one."""
    from tests.bank.pages import page

    def read_as(conf: float) -> Document:
        pg = page(["Le locataire : Mme CARTEB Emily Rose, demeurant ..."])
        words = tuple(
            dataclasses.replace(w, conf=conf if w.text == "CARTEB" else 96.0) for w in pg.words
        )
        tenancy = lease(D(2026, 3, 1), ("CARTEB Emily Rose",))
        return Document(tenancy.id, tenancy.type, 1.0, (dataclasses.replace(pg, words=words),),
                        tenancy.fields)  # fmt: skip

    status, f = judge(read_as(75.0))
    assert status == Status.COMPLETE and "lease_name_slip" in f
    status, f = judge(read_as(97.0))
    assert status == Status.QUESTIONABLE and "lease_name_slip" in f


def _host_card(kind: DocType, expiry: dt.date, country: str = "FRA") -> Document:
    from docverify.doctypes.travel_document import IdentityFields

    fields = IdentityFields("DUBOIS", "CLAIRE MARIE", "X4RTBPFW4", country, country,
                            D(1988, 2, 3), "F", expiry, True)  # fmt: skip
    return Document("d7", kind, 1.0, (), fields)


@pytest.mark.parametrize(
    ("kind", "expiry", "status", "code"),
    [
        (DocType.PASSPORT, D(2031, 5, 1), Status.COMPLETE, None),
        # set_cm p04: the host's passport expired six years before the audit
        (DocType.PASSPORT, D(2020, 9, 14), Status.QUESTIONABLE, "host_id_expired"),
        # a French card of 2004-2013: five more years than its printed date
        (DocType.NATIONAL_ID, D(2022, 6, 30), Status.COMPLETE, "host_id_extended"),
        (DocType.NATIONAL_ID, D(2020, 6, 30), Status.QUESTIONABLE, "host_id_expired"),
        (DocType.NATIONAL_ID, D(2026, 3, 1), Status.QUESTIONABLE, "host_id_expired"),
    ],
)
def test_a_hosts_expired_id_is_questioned(
    kind: DocType, expiry: dt.date, status: Status, code: str | None
) -> None:
    got, f = judge(attestation(), _host_card(kind, expiry), *claire_bills())
    assert got == status, f
    assert code is None or code in f
    if code == "host_id_expired":
        assert "DUBOIS" in f[code].message or "Claire" in f[code].message
