"""Unit tests of the ``identity`` and ``residence_status`` rules on documents built
directly (no OCR), and of the small pure helpers the identity doctypes rely on."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from docverify.applicant import choose_applicant
from docverify.doctypes.long_stay_visa import VisaFields, category_of, visa_type_of
from docverify.doctypes.travel_document import (
    IdentityFields,
    clean_given_names,
    identity_fields,
    mrz_findings,
)
from docverify.doctypes.visual_zone import _name_differs, visual_findings
from docverify.model import (
    AuditContext,
    AuditOptions,
    DocType,
    Document,
    Finding,
    PageRef,
    PageText,
    Status,
    Word,
    warning,
)
from docverify.rules import identity, residence_status
from docverify.values.mrz import Mrz
from docverify.vision.mrz import MrzRead
from docverify.vision.mrz_names import names_polluted

AS_OF = dt.date(2026, 11, 15)
PASSPORT_MRZ = [
    "P<USACARTER<<EMILY<ROSE<<<<<<<<<<<<<<<<<<<<<",
    "5739264183USA9004171F3106095<<<<<<<<<<<<<<<4",
]


def _passport(**changes: object) -> IdentityFields:
    base = IdentityFields(
        surname="CARTER", given_names="EMILY ROSE", document_number="573926418",
        nationality="USA", issuing_country="USA", date_of_birth=dt.date(1990, 4, 17), sex="F",
        expiry_date=dt.date(2031, 6, 9), mrz_valid=True,
        mrz_checks={"document_number": True, "date_of_birth": True, "expiry_date": True,
                    "optional_data": True, "composite": True},
        mrz_kind="TD3", document_code="P", mrz_confirmed=True,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _visa(**changes: object) -> VisaFields:
    base = VisaFields(
        **{f.name: getattr(_passport(), f.name) for f in dataclasses.fields(IdentityFields)},
        visa_type="D", vls_ts=True, category="SALARIE", valid_from=dt.date(2026, 5, 1),
        valid_until=dt.date(2027, 4, 30),
    )  # fmt: skip
    base = dataclasses.replace(base, document_number="031456789", issuing_country="FRA",
                               expiry_date=dt.date(2027, 4, 30), document_code="VD")  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _ctx(*docs: tuple[DocType, Any, tuple[Finding, ...]]) -> AuditContext:
    built = tuple(
        Document(f"d{i}", t, 0.9, (), fields, findings)
        for i, (t, fields, findings) in enumerate(docs, start=1)
    )
    return AuditContext(AuditOptions(as_of=AS_OF), built, choose_applicant(built))


def _codes(res: object) -> set[str]:
    return {f.code for f in res.findings}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- identity


def test_valid_passport_is_complete() -> None:
    res = identity.check(_ctx((DocType.PASSPORT, _passport(), ())))
    assert res.status == Status.COMPLETE and res.documents == ("d1",)


def test_expired_passport_is_invalid() -> None:
    res = identity.check(_ctx((DocType.PASSPORT, _passport(expiry_date=dt.date(2026, 9, 30)), ())))
    assert res.status == Status.INVALID and "identity.expired" in _codes(res)


def test_expiring_within_30_days_warns_but_complete() -> None:
    res = identity.check(_ctx((DocType.PASSPORT, _passport(expiry_date=dt.date(2026, 12, 10)), ())))
    assert res.status == Status.COMPLETE and "identity.expires_soon" in _codes(res)


def test_failing_check_on_clean_read_is_invalid_but_misread_is_questionable() -> None:
    checks = {"document_number": False, "date_of_birth": True, "expiry_date": True,
              "optional_data": True, "composite": False}  # fmt: skip
    clean = _passport(mrz_valid=False, mrz_checks=checks, mrz_confirmed=True)
    res = identity.check(_ctx((DocType.PASSPORT, clean, ())))
    assert res.status == Status.INVALID and "identity.mrz_invalid" in _codes(res)
    shaky = _passport(mrz_valid=False, mrz_checks=checks, mrz_confirmed=False)
    res = identity.check(_ctx((DocType.PASSPORT, shaky, ())))
    assert res.status == Status.QUESTIONABLE and "identity.mrz_misread" in _codes(res)


def test_unreadable_mrz_is_questionable() -> None:
    blank = IdentityFields(None, None, None, None, None, None, None, None, None)
    res = identity.check(_ctx((DocType.PASSPORT, blank, ())))
    assert res.status == Status.QUESTIONABLE and "identity.mrz_unreadable" in _codes(res)


def test_repaired_document_number_is_questionable() -> None:
    f = warning("mrz.document_number_repaired", "repaired", repairs=["x"])
    res = identity.check(_ctx((DocType.PASSPORT, _passport(), (f,))))
    assert res.status == Status.QUESTIONABLE
    assert "mrz.document_number_repaired" in _codes(res)


def test_id_card_only_for_free_movement_nationals() -> None:
    eu = _passport(nationality="PRT", issuing_country="PRT", document_code="I")
    assert identity.check(_ctx((DocType.NATIONAL_ID, eu, ()))).status == Status.COMPLETE
    us = _passport(document_code="I")
    res = identity.check(_ctx((DocType.NATIONAL_ID, us, ())))
    assert res.status == Status.INVALID and "identity.id_card_not_accepted" in _codes(res)


def test_no_identity_document_is_missing() -> None:
    assert identity.check(_ctx()).status == Status.MISSING


# --------------------------------------------------------------------------- residence status


def test_vls_ts_complete_and_eu_national_not_applicable() -> None:
    ctx = _ctx((DocType.PASSPORT, _passport(), ()), (DocType.LONG_STAY_VISA, _visa(), ()))
    assert residence_status.check(ctx).status == Status.COMPLETE
    eu = _passport(nationality="DEU", issuing_country="D")
    res = residence_status.check(_ctx((DocType.PASSPORT, eu, ())))
    assert res.status == Status.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("visa", "status", "code"),
    [
        (_visa(valid_until=dt.date(2026, 10, 31)), Status.INVALID, "residence_status.expired"),
        (_visa(visa_type="C", vls_ts=False, category=None), Status.INVALID,
         "residence_status.short_stay_visa"),
        # type C read (an MRZ's "VC"), yet the remarks say VLS-TS: a reading to check, not
        # a short stay (set_bs p02)
        (_visa(visa_type="C"), Status.QUESTIONABLE, "residence_status.visa_type_conflict"),
        (_visa(vls_ts=False), Status.QUESTIONABLE, "residence_status.not_vls_ts"),
        (_visa(surname="SMITH", given_names="JOHN", date_of_birth=dt.date(1985, 2, 3)),
         Status.INVALID, "residence_status.holder_mismatch"),
        (_visa(surname="SMITH", given_names="JOHN"), Status.QUESTIONABLE,
         "residence_status.holder_name_differs"),
        # another given name, same surname and birth date (a twin?): a look is asked
        (_visa(given_names="JANE"), Status.QUESTIONABLE, "residence_status.holder_name_differs"),
        (_visa(date_of_birth=dt.date(1991, 4, 17)), Status.INVALID,
         "residence_status.holder_birth_date_mismatch"),
        (_visa(mrz_valid=False, mrz_checks={"date_of_birth": False}, mrz_confirmed=True),
         Status.INVALID, "residence_status.mrz_invalid"),
        (_visa(mrz_valid=False, mrz_checks={"date_of_birth": False}, mrz_confirmed=False),
         Status.QUESTIONABLE, "residence_status.mrz_misread"),
    ],
)  # fmt: skip
def test_visa_defects(visa: VisaFields, status: Status, code: str) -> None:
    ctx = _ctx((DocType.PASSPORT, _passport(), ()), (DocType.LONG_STAY_VISA, visa, ()))
    res = residence_status.check(ctx)
    assert res.status == status and code in _codes(res), _codes(res)


def test_permit_names_misread_with_the_applicants_surname_and_birth_date() -> None:
    """The permit's MRZ lost its "<<" and misread the given name ("CHEN XITAQWEI" for
    XIAOWEI CHEN); its surname and check-digit-verified date of birth are the applicant's:
    a misread, said as information. Another given name stays a question (a twin?)."""
    pp = _passport(surname="CHEN", given_names="XIAOWEI", nationality="CHN")
    misread = _visa(surname="CHEN XITAQWEI", given_names=None)
    res = residence_status.check(
        _ctx((DocType.PASSPORT, pp, ()), (DocType.LONG_STAY_VISA, misread, ()))
    )
    assert res.status == Status.COMPLETE and "residence_status.holder_name_slip" in _codes(res)
    other = _visa(surname="CHEN", given_names="XIAOMING")
    res = residence_status.check(
        _ctx((DocType.PASSPORT, pp, ()), (DocType.LONG_STAY_VISA, other, ()))
    )
    assert res.status == Status.QUESTIONABLE
    assert "residence_status.holder_name_differs" in _codes(res)


def test_an_inserted_letter_in_the_visas_given_name_beside_the_verified_birth_date() -> None:
    """PRLIYA IYER on the visa's MRZ, PRIYA IYER on the passport: the surname and the
    check-digit-verified date of birth agree, so the slip is information. Without a
    verified date of birth it is worth a look."""
    pp = _passport(surname="IYER", given_names="PRIYA", nationality="IND")
    slip = _visa(surname="IYER", given_names="PRLIYA")
    ctx = _ctx((DocType.PASSPORT, pp, ()), (DocType.LONG_STAY_VISA, slip, ()))
    res = residence_status.check(ctx)
    assert res.status == Status.COMPLETE and "residence_status.holder_name_slip" in _codes(res)
    unverified = dataclasses.replace(slip, mrz_checks={"date_of_birth": False})
    ctx = _ctx((DocType.PASSPORT, pp, ()), (DocType.LONG_STAY_VISA, unverified, ()))
    assert residence_status.check(ctx).status != Status.COMPLETE


def test_a_short_given_name_misread_in_the_mrz_that_the_printed_zone_gives_right() -> None:
    """The permit's MRZ reads ZHANG<<HEI, its printed zone "Prénoms / Given names: WEI":
    with the surname and the verified date of birth the applicant's, the MRZ's unchecked
    name is a misread (information). A printed zone that reads another name changes
    nothing: it stays a question."""
    pp = _passport(surname="ZHANG", given_names="WEI", nationality="CHN")
    misread = dataclasses.replace(
        _visa(surname="ZHANG", given_names="HEI"), visual={"given_names": "WEI"}
    )
    res = residence_status.check(
        _ctx((DocType.PASSPORT, pp, ()), (DocType.LONG_STAY_VISA, misread, ()))
    )
    assert res.status == Status.COMPLETE and "residence_status.holder_name_slip" in _codes(res)
    other = dataclasses.replace(misread, visual={"given_names": "HEI"})
    res = residence_status.check(
        _ctx((DocType.PASSPORT, pp, ()), (DocType.LONG_STAY_VISA, other, ()))
    )
    assert res.status == Status.QUESTIONABLE


def test_an_inserted_letter_in_the_visas_mrz_surname_that_its_printed_zone_gives_right() -> None:
    """The visa's MRZ reads ILYER<<ROHAN, its printed zone "Nom, prénom / Surname, name:
    IYER, ROHAN", the passport IYER ROHAN, the verified dates of birth agree (set_n p04):
    the slip is the MRZ read's (information). A printed zone that reads ILYER too leaves it
    a question."""
    pp = _passport(surname="IYER", given_names="ROHAN", nationality="IND")
    misread = dataclasses.replace(
        _visa(surname="ILYER", given_names="ROHAN"), visual={"surname": "IYER, ROHAN"}
    )
    res = residence_status.check(
        _ctx((DocType.PASSPORT, pp, ()), (DocType.LONG_STAY_VISA, misread, ()))
    )
    assert res.status == Status.COMPLETE and "residence_status.holder_name_slip" in _codes(res)
    other = dataclasses.replace(misread, visual={"surname": "ILYER, ROHAN"})
    res = residence_status.check(
        _ctx((DocType.PASSPORT, pp, ()), (DocType.LONG_STAY_VISA, other, ()))
    )
    assert res.status == Status.QUESTIONABLE


def test_missing_permit_for_non_eu() -> None:
    res = residence_status.check(_ctx((DocType.PASSPORT, _passport(), ())))
    assert res.status == Status.MISSING


def test_an_id_card_whose_mrz_is_unreadable_leaves_the_nationality_open() -> None:
    """An EU national's card whose MRZ could not be read: the card is still the identity
    document judged (questionable), it names no one, so the packet's other pieces name the
    applicant, and no permit is "missing" while the nationality is unknown."""
    blank = IdentityFields(None, None, None, None, None, None, None, None, None)
    ctx = _ctx((DocType.NATIONAL_ID, blank, ()))
    assert identity.check(ctx).status == Status.QUESTIONABLE
    res = residence_status.check(ctx)
    assert res.status == Status.QUESTIONABLE
    assert _codes(res) == {"residence_status.nationality_unknown"}


def test_best_of_several_residence_documents_wins() -> None:
    expired = _visa(valid_until=dt.date(2026, 1, 1))
    permit = dataclasses.replace(_passport(), document_code="IR", expiry_date=dt.date(2028, 1, 1))
    ctx = _ctx(
        (DocType.PASSPORT, _passport(), ()),
        (DocType.LONG_STAY_VISA, expired, ()),
        (DocType.RESIDENCE_PERMIT, permit, ()),
    )
    res = residence_status.check(ctx)
    assert res.status == Status.COMPLETE and res.documents == ("d3",)


# --------------------------------------------------------------------------- helpers


def test_polluted_names_are_cleaned() -> None:
    m = Mrz.parse(["P<USACARTER<<EMILY<ROSEK<X<SSSSSSSSSSSSSSSSS", PASSPORT_MRZ[1]], AS_OF)
    assert names_polluted(m)
    assert clean_given_names(m.given_names) == "EMILY ROSEK"
    assert not names_polluted(Mrz.parse(PASSPORT_MRZ, AS_OF))


def test_trailing_filler_misreads_in_names_and_optional_field_are_repaired() -> None:
    m = Mrz.parse(
        ["P<USACARTER<<EMILY<ROSE<<<<<<<<<KKEEKKKKKKKKK",
         "5739264183USA9004171F3106095<<<K<K<<<K<<K<<4"], AS_OF,
    )  # fmt: skip
    assert m.valid and m.given_names == "EMILY ROSE"
    assert m.lines == tuple(PASSPORT_MRZ)


def test_mrz_findings_report_every_check() -> None:
    m = Mrz.parse(PASSPORT_MRZ, AS_OF)
    (f,) = mrz_findings(MrzRead(m, None, "page_text", votes=2), "passport")
    assert f.code == "mrz.valid" and set(f.evidence["checks"]) == set(m.checks)
    bad = Mrz.parse([PASSPORT_MRZ[0], PASSPORT_MRZ[1][:19] + "9" + PASSPORT_MRZ[1][20:]], AS_OF)
    assert not bad.valid
    codes = [x.code for x in mrz_findings(MrzRead(bad, None, "band_locator", votes=3), "passport")]
    assert codes == ["mrz.check_digit_failed"]
    codes = [x.code for x in mrz_findings(MrzRead(bad, None, "band_locator", votes=1), "passport")]
    assert codes == ["mrz.check_digit_unconfirmed"]
    # two passes that repeat one slip while the ten other reads all differ: not a clean read
    few = MrzRead(bad, None, "passporteye", votes=2, share=2 / 12)
    assert not few.reproducible
    assert [x.code for x in mrz_findings(few, "passport")] == ["mrz.check_digit_unconfirmed"]
    assert mrz_findings(None, "passport")[0].code == "mrz.unreadable"


def test_a_check_digit_read_as_no_digit_never_confirms_a_failure() -> None:
    # the composite digit lost at the end of the line (read as a filler), and a letter
    # where a TD1 number's check digit stands: several reads agreeing on such a slip do
    # not make the document faulty
    lost = Mrz.parse([PASSPORT_MRZ[0], PASSPORT_MRZ[1][:43] + "<"], AS_OF, repair=False)
    assert lost.checks["composite"] is False and lost.misread_checks == ["composite"]
    td1 = Mrz.parse(
        ["IRFRA6BQZ2MV58BT4<<<<<<<<<<<<<", "8906142M2803319TUN<<<<<<<<<<<2",
         "BEN<SALAH<<YASSINE<<<<<<<<<<<<"], AS_OF,
    )  # fmt: skip
    assert td1.misread_checks == ["document_number"]
    for m in (lost, td1):
        read = MrzRead(m, None, "band_locator", votes=3)
        assert read.reproducible and not read.failure_confirmed
        assert identity_fields(read).mrz_confirmed is False
        codes = [x.code for x in mrz_findings(read, "passport")]
        assert "mrz.check_digit_unconfirmed" in codes and "mrz.check_digit_failed" not in codes
    # a wrong digit read the same way by most reads stays the document's fault
    bad = Mrz.parse([PASSPORT_MRZ[0], PASSPORT_MRZ[1][:43] + "7"], AS_OF)
    assert bad.misread_checks == [] and MrzRead(bad, None, "band_locator", 3).failure_confirmed


def test_document_number_repair_is_a_warning() -> None:
    m = Mrz.parse(  # the ICAO specimen, its number's 0 read as O
        ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
         "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"], AS_OF,
    )  # fmt: skip
    assert m.valid and any(r.startswith("document_number") for r in m.repairs)
    codes = [x.code for x in mrz_findings(MrzRead(m, None, "page_text", votes=2), "passport")]
    assert "mrz.document_number_repaired" in codes


def test_visual_zone_mismatch_shows_both_values() -> None:
    fields = dataclasses.replace(_passport(), mrz=Mrz.parse(PASSPORT_MRZ, AS_OF))
    printed = {"surname": "CARTER", "given_names": "EMILY ROSE", "date_of_birth": "17 Apr 1991"}
    (f,) = visual_findings(fields, printed, "passport")
    assert f.code == "mrz.visual_mismatch" and f.evidence["printed"] == "17 Apr 1991"
    assert f.evidence["mrz"] == "1990-04-17"
    ok = {"surname": "CARTFR", "given_names": "EMILY ROSE MARIE", "date_of_birth": "17 Apr 1990"}
    assert visual_findings(fields, ok, "passport") == []  # OCR slip, MRZ truncation


@pytest.mark.parametrize(
    ("mrz", "printed", "differs"),
    [("CARTER", "CARTER", False), ("CARTER", "Carter", False), ("CARTER", "CARTFR", False),
     ("CARTER", "SMITH", True), ("FERREIRA DA SILVA", "FERREIRA DA SILVA SANTOS", False),
     ("O NEILL", "O'NEILL", False)],
)  # fmt: skip
def test_name_differs(mrz: str, printed: str, differs: bool) -> None:
    assert _name_differs(mrz, printed) is differs


def test_visa_type_and_category() -> None:
    assert visa_type_of("TYPE DE VISA / TYPE OF VISA: D", "VC") == "D"
    assert visa_type_of("VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR", None) == "D"
    assert visa_type_of("", None) is None
    # the type's value first in the row of values, labels above or beside it
    assert visa_type_of("TYPE DE VISA / TYPE OF VISA\nD NOMBRE = ENTREES MULT", "V") == "D"
    assert visa_type_of("PE DE VISA\nE\nD NOMBRE P' A MULT", "V") == "D"
    assert visa_type_of("TYPE DE VISA\nC   MULT   90 JOURS", "V") == "C"
    # the duration of stay when the type is not read: over 90 days is a long stay
    assert visa_type_of("DUREE DE SEJOUR / DURATION OF STAY\n365 JOURS", "V") == "D"
    assert visa_type_of("DUREE DE SEJOUR / DURATION OF STAY: 90 JOURS", "V") == "C"
    assert category_of("REMARQUES: VLS-TS VIE PRIVEE ET FAMILIALE") == "VIE PRIVEE ET FAMILIALE"
    assert category_of("REMARQUES: VLS-TS ETUDIANT") == "ETUDIANT"
    assert category_of("REMARQUES: TOURISME") is None


def test_a_failing_check_is_reproducible_when_most_reads_give_its_field_alike() -> None:
    """A check digit that fails on most reads, the field read alike, is the document's;
    when the reads of the field scatter (a blurred band: 'M4TB8K2RE', 'M4T8K2RBZ',
    'M4STB8K2R'...), two of them agreeing is no clean read. Names and misread fillers in
    unchecked data do not count against the agreement."""
    from docverify.vision.mrz import _agreement

    bad_line = PASSPORT_MRZ[1][:19] + "9" + PASSPORT_MRZ[1][20:]
    bad = Mrz.parse([PASSPORT_MRZ[0], bad_line], AS_OF)
    noisy_names = Mrz.parse([PASSPORT_MRZ[0].replace("<<<<", "KK<K", 1), bad_line], AS_OF)
    other_dob = Mrz.parse([PASSPORT_MRZ[0], bad_line[:13] + "8" + bad_line[14:]], AS_OF)
    assert not bad.valid and not other_dob.valid
    assert _agreement(bad, [bad, noisy_names, bad, other_dob]) == 0.75
    assert _agreement(bad, [bad, other_dob, other_dob, other_dob, bad]) == 0.4
    assert _agreement(Mrz.parse(PASSPORT_MRZ, AS_OF), [other_dob]) == 1.0


def test_reads_that_differ_by_g_for_6_fail_a_check_digit_together() -> None:
    """A Mexican passport whose number's check digit is wrong (set_u p08): its "G" read
    "6" by some reads, another read slipping on the birth date. G and 6 weigh alike in
    every check digit, so the reads agree that the number's check fails: a clean read of
    a faulty document, not a misread."""
    from docverify.vision.mrz import _Collector

    names = "P<MEXHERNANDEZ<LOPEZ<<JOSE<LUIS<<<<<<<<<<<<<"
    line = "{}83917455MEX8701277M3204049<<<<<<<<<<<<<<<4"
    got = _Collector(AS_OF)
    for first in "G6":
        got.add_text(f"{names}\n{line.format(first + '2')}", None, "band_locator")
    got.add_text(f"{names}\n{line.format('G2').replace('870127', '870121')}", None, "band")
    best = got.best()
    assert best is not None and best.mrz.checks["document_number"] is False
    assert best.reproducible and best.failure_confirmed


def test_a_printed_date_of_the_passport_opposite_is_no_visa_mismatch() -> None:
    """Passport and visa on one scanned page: the passport's expiry, read as the visa's
    end of validity, differs from the visa's MRZ without casting doubt on the visa; any
    other printed date still does."""
    page = PageText(PageRef("passeport visa.pdf", 1), None, 300, (), "ocr")

    def judged(printed: str) -> Status:
        mismatch = warning("mrz.visual_mismatch", "differs", field="valid_until",
                           mrz="2027-04-30", printed=printed)  # fmt: skip
        docs = (
            Document("d1", DocType.PASSPORT, 0.9, (page,), _passport()),
            Document("d2", DocType.LONG_STAY_VISA, 0.9, (page,), _visa(), (mismatch,)),
        )
        ctx = AuditContext(AuditOptions(as_of=AS_OF), docs, choose_applicant(docs))
        return residence_status.check(ctx).status

    assert judged("2031-06-09") == Status.COMPLETE  # the passport's own expiry
    assert judged("2028-01-31") == Status.QUESTIONABLE


def test_a_slip_against_a_handwritten_usage_name_is_the_forms_misread() -> None:
    """The RIB (a text layer) says MME EMILY DUBOIS; the form's usage name, handwritten,
    reads DUROIS: the RIB spells the usage name, it is no spelling to check. The same
    usage name typed in a PDF field is a reliable read: the slip is flagged."""
    from docverify.doctypes.application_form import ApplicationFormFields
    from docverify.rules.common import name_findings

    form_fields = ApplicationFormFields("HARPER", "EMILY JANE", None, None, True, None, None,
                                        usage_name="DUROIS")  # fmt: skip
    scanned = PageText(PageRef("form.jpg", 1), None, 300,
                       (Word("HARPER", (0, 0, 90, 20), 60.0, (1, 1, 1)),), "ocr")  # fmt: skip
    typed = PageText(PageRef("form.pdf", 1), None, 72, (), "text_layer")
    rib = PageText(PageRef("rib.pdf", 1), None, 72, (), "text_layer")
    for page, code in ((scanned, "bank_details.name_ocr_slip"), (typed, "bank_details.name_slip")):
        docs = (
            Document("d1", DocType.PASSPORT, 0.9, (), _passport(surname="HARPER",
                     given_names="EMILY JANE")),
            Document("d2", DocType.APPLICATION_FORM, 0.9, (page,), form_fields),
            Document("d3", DocType.RIB, 0.9, (rib,), None),
        )  # fmt: skip
        ctx = AuditContext(AuditOptions(as_of=AS_OF), docs, choose_applicant(docs))
        verdict = name_findings(ctx, docs[2], "MME EMILY DUBOIS", "bank_details", "RIB")
        assert [f.code for f in verdict.findings] == [code]
