"""Rule ``application_form`` (and section B driving ``employment``) on documents built
directly, without OCR."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from docverify.doctypes.application_form import ApplicationFormFields
from docverify.doctypes.application_form.date_settle import settle_date
from docverify.doctypes.application_form.date_text import parse_written_date, plausible_year
from docverify.model import (
    Applicant,
    AuditContext,
    AuditOptions,
    DocType,
    Document,
    PageRef,
    PageText,
    Status,
    Word,
)
from docverify.rules import application_form, employment

AS_OF = dt.date(2026, 11, 15)
GOOD = ApplicationFormFields(
    surname="CARTER",
    given_names="Emily Rose",
    date_of_birth=dt.date(1990, 4, 17),
    employment_status="not_employed",
    signed=True,
    signed_on=dt.date(2026, 11, 10),
    nir=None,
    date_text="10/11/2026",
    situation_ticks={"employed": False, "not_employed": True, "other": False},
)
EMILY = Applicant("CARTER", "EMILY ROSE", dt.date(1990, 4, 17), "USA", "d2")


def _ctx(*docs: Document, applicant: Applicant = EMILY) -> AuditContext:
    return AuditContext(AuditOptions(as_of=AS_OF), docs, applicant)


def _form(**changes: Any) -> Document:
    page = PageText(PageRef("formulaire.pdf", 2), None, 200, (), "ocr")
    return Document(
        "d1", DocType.APPLICATION_FORM, 0.9, (page,), dataclasses.replace(GOOD, **changes)
    )


def _check(**changes: Any) -> tuple[Status, set[str], str]:
    res = application_form.check(_ctx(_form(**changes)))
    return res.status, {f.code for f in res.findings}, " ".join(f.message for f in res.findings)


def test_signed_dated_in_name_is_complete() -> None:
    assert _check() == (Status.COMPLETE, set(), "")


def test_missing_form() -> None:
    res = application_form.check(_ctx())
    assert res.status == Status.MISSING
    assert {f.code for f in res.findings} == {"application_form.missing"}


@pytest.mark.parametrize(
    ("changes", "status", "code"),
    [
        ({"signed": False}, Status.INVALID, "application_form.unsigned"),
        ({"signed": None}, Status.QUESTIONABLE, "application_form.signature_unknown"),
        (
            {"signed": False, "signature_faint": True},
            Status.QUESTIONABLE,
            "application_form.signature_doubtful",
        ),
        (  # a few marks spread like a signature's, too little ink for one: a look
            {"signed": False, "signature_ink": 0.0035},
            Status.QUESTIONABLE,
            "application_form.signature_doubtful",
        ),
        (  # as much ink, all in one mark narrower than any signature: unsigned
            {"signed": False, "signature_ink": 0.0035, "signature_mark_mm": 7.4},
            Status.INVALID,
            "application_form.unsigned",
        ),
        ({"signed_on": dt.date(2026, 11, 16)}, Status.INVALID, "application_form.date_in_future"),
        (
            {"signed_on": None, "date_text": None},
            Status.QUESTIONABLE,
            "application_form.date_missing",
        ),
        (
            {"signed_on": None, "date_text": "1?/1l/2"},
            Status.QUESTIONABLE,
            "application_form.date_unreadable",
        ),
        ({"signed_on": dt.date(2026, 7, 1)}, Status.QUESTIONABLE, "application_form.date_old"),
        (
            {"surname": "MARTIN", "given_names": "Paul"},
            Status.QUESTIONABLE,
            "application_form.name_mismatch_unconfirmed",
        ),
        (
            {"date_of_birth": dt.date(1990, 4, 18)},
            Status.QUESTIONABLE,
            "application_form.birth_date_mismatch",
        ),
        (
            {"nir": "295109912611199", "nir_valid": False, "source": "form_fields"},
            Status.QUESTIONABLE,
            "application_form.nir_invalid",
        ),
        (  # read from the image: most often a misread of an optional number
            {"nir": "295109912611199", "nir_valid": False, "source": "ocr"},
            Status.COMPLETE,
            "application_form.nir_invalid",
        ),
        (
            {
                "employment_status": None,
                "situation_ticks": {"employed": True, "not_employed": True, "other": False},
            },
            Status.QUESTIONABLE,
            "application_form.situation_ambiguous",
        ),
        (
            {
                "employment_status": None,
                "situation_ticks": {"employed": False, "not_employed": False, "other": False},
            },
            Status.QUESTIONABLE,
            "application_form.situation_missing",
        ),
        (  # a fillable PDF's signature field holding a typed name, its letters as ink
            {"signed": False, "signature_typed": True, "signature_ink": 0.05},
            Status.INVALID,
            "application_form.signature_typed",
        ),
        (  # writing crossed out in the box, ink enough for a signature: a look (form_bn d019)
            {"signed": False, "signature_struck": True, "signature_ink": 0.03},
            Status.QUESTIONABLE,
            "application_form.signature_struck",
        ),
    ],
)
def test_defects(changes: dict[str, Any], status: Status, code: str) -> None:
    got, codes, _ = _check(**changes)
    assert got == status
    assert code in codes


def test_a_month_read_as_1_once_and_12_thrice_is_not_made_11() -> None:
    """A form dated 03/12/2026 by hand, audited on 20 November (form_ah d007): the page
    read "03/1/2026", its zone "03/12/2026" three times. The lost-stroke guess (11, a
    recent date) would call a form dated in the future complete; the reads that agree on a
    two-digit month say December, a date after the audit read with doubt."""
    first = (dt.date(2026, 1, 3), "03/1/2026", False)
    dec = (dt.date(2026, 12, 3), "03/12/2026", False)
    zone = [dec, dec, dec, (dt.date(2026, 2, 3), "03/2/2026", False)]
    settled = settle_date(first, zone, AS_OF)
    assert settled[0] == dt.date(2026, 12, 3)
    status, codes, _message = _check(signed_on=settled[0], date_text=settled[1],
                                      date_confirmed=False)  # fmt: skip
    assert status != Status.COMPLETE and "application_form.date_in_future" in codes
    # one read of another two-digit month is no agreement: the guess stands
    assert settle_date(first, [first, dec], AS_OF)[0] == dt.date(2026, 11, 3)


def test_signed_on_the_audit_date_is_fine() -> None:
    assert _check(signed_on=AS_OF)[0] == Status.COMPLETE


def test_a_year_a_thousand_years_ahead_is_no_date_in_the_future() -> None:
    """set_ar p04: a hand's "21/11/2026" read "21/11/3036": no one dates a form a thousand
    years ahead, the date is unreadable (questionable), not "after the audit date"."""
    status, codes, _ = _check(signed_on=dt.date(3036, 11, 21), date_text="21/11/3036")
    assert status == Status.QUESTIONABLE
    assert "application_form.date_unreadable" in codes
    assert "application_form.date_in_future" not in codes
    assert "application_form.date_in_future" in _check(signed_on=dt.date(2027, 1, 5))[1]


def test_a_month_read_as_1_that_makes_the_form_recent_as_11() -> None:
    """A handwritten "06/11/2026" read "06/1/2026" (a stroke of the 11 lost) would make a
    form signed last week ten months old; taken as 11, the finding says so."""
    first = (dt.date(2026, 1, 6), "06/1/2026", False)
    settled = settle_date(first, [first, (None, None, False)], AS_OF)
    assert settled[0] == dt.date(2026, 11, 6)
    status, codes, message = _check(signed_on=settled[0], date_text=settled[1],
                                     date_confirmed=False)  # fmt: skip
    # written 06/12/2026, the form would be dated after the audit (form_bg d010, wave 25:
    # "04/12/2026" read "04/1/2026", taken as 04/11, called complete): the guess decides
    # the verdict, which is then questionable
    assert status == Status.QUESTIONABLE
    assert codes == {"application_form.date_read_as"} and "06/1/2026" in message
    # audited in late December, 06/10, 06/11 and 06/12 are all recent: the guess decides
    # nothing, and the form is complete with the finding to check it
    late = AuditContext(AuditOptions(as_of=dt.date(2026, 12, 20)), (), EMILY)
    form = _form(signed_on=settled[0], date_text=settled[1], date_confirmed=False)
    res = application_form.check(dataclasses.replace(late, documents=(form,)))
    assert res.status == Status.COMPLETE
    assert {f.code for f in res.findings} == {"application_form.date_read_as"}
    # written with two digits, a January date stays January (and old)
    old = (dt.date(2026, 1, 6), "06/01/2026", False)
    assert settle_date(old, [old], AS_OF)[0] == dt.date(2026, 1, 6)
    # a reading that is recent as written is kept
    near = (dt.date(2026, 11, 1), "01/11/2026", False)
    assert settle_date(near, [first], AS_OF) == near


def test_a_year_read_as_its_century_alone_is_this_years() -> None:
    """form_am d002: a pale typed "12/11/2026" read "12/11/20"; set_ak p01: a hand's
    "14/11/2026" read "14/11/20". Not a form six years old: the year's last digits were
    lost, and the finding says so."""
    written = "12/11/20"
    fixed = parse_written_date(plausible_year(written, AS_OF))
    assert fixed[0] == dt.date(2026, 11, 12)
    status, codes, message = _check(signed_on=fixed[0], date_text=written, date_confirmed=False)
    assert status == Status.COMPLETE and codes == {"application_form.date_read_as"}
    assert "last digits lost" in message and "11 as 1" not in message
    # a day and month that are not recent this year are not made so
    assert plausible_year("12/03/20", AS_OF) == "12/03/20"


def test_us_date_is_invalid_and_says_day_first() -> None:
    status, codes, message = _check(signed_on=None, date_text="09/25/2026", date_us_style=True)
    assert status == Status.INVALID
    assert codes == {"application_form.date_us_format"}
    assert "DD/MM/YYYY" in message and "09/25/2026" in message


def test_a_us_date_whose_day_is_known_is_still_faulted_for_its_order_only() -> None:
    """The extractor gives the day a month-first date means (25 September): the rule
    faults the order it is written in, not the day."""
    status, codes, _ = _check(
        signed_on=dt.date(2026, 9, 25), date_text="09/25/2026", date_us_style=True
    )
    assert status == Status.INVALID
    assert codes == {"application_form.date_us_format"}


def test_usage_name_is_accepted() -> None:
    applicant = Applicant("MARTIN", "EMILY ROSE", dt.date(1990, 4, 17), "USA", "d2")
    doc = _form(surname="MARTIN", usage_name="CARTER", given_names="Emily Rose")
    assert application_form.check(_ctx(doc, applicant=applicant)).status == Status.COMPLETE


def test_nir_is_never_printed_in_full() -> None:
    _, _, message = _check(nir="295109912611199", nir_valid=False)
    assert "295109912611199" not in message


def test_a_signed_form_wins_over_an_unsigned_draft() -> None:
    draft = dataclasses.replace(_form(signed=False), id="d0")
    res = application_form.check(_ctx(draft, _form()))
    assert res.status == Status.COMPLETE and res.documents == ("d1",)


@pytest.mark.parametrize(
    ("situation", "applies"), [("employed", True), ("not_employed", False), ("other", False)]
)
def test_section_b_drives_employment(situation: str, applies: bool) -> None:
    res = employment.check(_ctx(_form(employment_status=situation)))
    assert (res.status != Status.NOT_APPLICABLE) is applies
    if applies:
        assert res.status == Status.MISSING  # no payslip nor contract in this packet


def test_the_first_page_alone_lacks_its_signature() -> None:
    """Only the form's page 1 sent (form_x d046, d060): no signature box to measure, and
    nothing of section C. With no unrecognised page in the packet that could be page 2,
    the form is unsigned for sure; with one, the signature is only unknown."""
    words = tuple(
        Word(t, (100, 100 + 40 * i, 400, 130 + 40 * i), 95.0, (1, 1, i))
        for i, t in enumerate(["A - VOUS", "Nom de naissance", "Prénom(s)", "Date de naissance",
                               "B - VOTRE SITUATION"])
    )  # fmt: skip
    page = PageText(PageRef("scan.jpg", 1), None, 200, words, "ocr")
    fields = dataclasses.replace(GOOD, signed=None, signed_on=None, date_text=None)
    form = Document("d1", DocType.APPLICATION_FORM, 0.9, (page,), fields)
    res = application_form.check(_ctx(form))
    assert res.status == Status.INVALID
    assert "application_form.signature_page_missing" in {f.code for f in res.findings}
    stray = Document("d3", DocType.UNKNOWN, 0.1, (PageText(PageRef("IMG_2.jpg", 1), None, 200,
                                                             (), "ocr"),), None)  # fmt: skip
    res = application_form.check(_ctx(form, stray))
    assert res.status == Status.QUESTIONABLE
    assert "application_form.signature_unknown" in {f.code for f in res.findings}


def test_an_old_date_read_with_doubt_says_to_check_it() -> None:
    """A hand's "21/11/2026" read "01/01/2026" at low confidence (set_v p08): the form
    looks signed ten months ago. Questionable either way, but the finding must not state
    a doubtful read as a fact: it says the read is doubtful and what to check."""
    words = tuple(
        Word(t, (100 + 200 * i, 800, 280 + 200 * i, 830), c, (7, 1, 1))
        for i, (t, c) in enumerate([("Fait", 95.0), ("Paris", 60.0), ("le", 92.0),
                                    ("01/01/2026", 41.0)])
    )  # fmt: skip
    page = PageText(PageRef("formulaire_2.jpg", 1), None, 200, words, "ocr")
    old = dt.date(2026, 1, 1)
    fields = dataclasses.replace(GOOD, signed_on=old, date_text="01/01/2026")
    res = application_form.check(_ctx(Document("d1", DocType.APPLICATION_FORM, 0.9, (page,),
                                               fields)))  # fmt: skip
    (finding,) = [f for f in res.findings if f.code == "application_form.date_old"]
    assert res.status == Status.QUESTIONABLE and "read with doubt" in finding.message
    sure = dataclasses.replace(fields, date_confirmed=True)
    res = application_form.check(_ctx(Document("d1", DocType.APPLICATION_FORM, 0.9, (page,),
                                               sure)))  # fmt: skip
    (finding,) = [f for f in res.findings if f.code == "application_form.date_old"]
    assert "read with doubt" not in finding.message


def test_a_year_no_hand_wrote_is_an_unreadable_date_not_an_old_one() -> None:
    """ "17/01/2026" read "17/01/1074" (set_u p02): the form is not "signed more than three
    months ago", its date is unreadable: check it."""
    status, codes, message = _check(signed_on=dt.date(1074, 1, 17), date_text="17/01/1074",
                                    date_confirmed=False)  # fmt: skip
    assert status == Status.QUESTIONABLE
    assert codes == {"application_form.date_unreadable"} and "17/01/1074" in message


def test_a_date_its_boxes_read_one_way_and_freehand_month_first_is_doubtful() -> None:
    """form_ba d013 (wave 19's false complete): "10/31/2026" written in the date boxes,
    read 10/11/2026 box by box and 10/31/2026 freehand. A plausible date that another
    reading contests, month first, is no complete form: the helper checks it."""
    status, codes, message = _check(
        signed_on=dt.date(2026, 10, 11), date_text="10/11/2026", date_contested="10/31/2026"
    )
    assert status == Status.QUESTIONABLE
    assert codes == {"application_form.date_contested"}
    assert "10/31/2026" in message and "DD/MM/YYYY" in message


def test_a_month_first_reading_of_the_zone_contests_the_date_it_settles_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The zone's readings (recorded from form_ba d013): the boxes' 10/11/2026 and the
    freehand 10/31/2026. The date settles on the boxes' reading; the other contests it."""
    import docverify.doctypes.application_form as form

    zone = [(dt.date(2026, 10, 11), "10/11/2026", False), (None, "10/31/2026", True)]
    monkeypatch.setattr(form, "zone_dates", lambda pages, as_of: zone)
    page = PageText(PageRef("scan_0064.jpg", 1), None, 300, (), "ocr")
    doc = Document("d1", DocType.APPLICATION_FORM, 0.9, (page,), None)
    signed_on, _raw, us, _confirmed, contested, _sig = form._section_c(
        doc, {}, dt.date(2026, 11, 21), ()
    )
    assert (signed_on, us, contested) == (dt.date(2026, 10, 11), False, "10/31/2026")


def test_another_surname_read_the_same_way_every_time_is_no_misread() -> None:
    """set_do p03 (wave 49, read after its blind figure; a false complete): a typed comb
    "LEFEBVRE" as the birth name, her passport TANAKA, the given names hers. Read the
    same way by every read, it is no misread to wave through: a warning (married name?),
    not the info a hand's readings that disagree are worth."""
    same = ("Emily Rose LEFEBVRE",) * 4
    status, codes, _ = _check(surname="LEFEBVRE", name_reads=same)
    assert status == Status.QUESTIONABLE and "application_form.surname_differs" in codes
    varied = ("Emily Rose LEFEBVRE", "Emily Rose LEFEBURE", "Emily Rose LEPEBVRE")
    status, codes, _ = _check(surname="LEFEBVRE", name_reads=varied)
    assert status == Status.COMPLETE and "application_form.surname_differs" in codes
    # a hand's letters misread the same way every time, near the applicant's name, stay a
    # misread to compare ("AL-HASSAN NOHANNAD" for MOHAMMAD AL HASSAN, set_dl p01)
    near = ("Enily Rosc CARTER",) * 4
    status, _, _ = _check(given_names="Enily Rosc", name_reads=near)
    assert status == Status.COMPLETE
