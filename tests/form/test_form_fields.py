"""Reading the form's fields: AcroForm names and values, dates as written, and a
digitally filled PDF read through its fields (no OCR: its pages have a text layer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import samplekit.form_variants as fv

from docverify.doctypes.application_form import (
    parse_written_date,
    read_form_fields,
    signed_date,
)
from docverify.doctypes.application_form.widget_meaning import field_meaning, widget_meaning
from docverify.model import AuditOptions, DocType, FormWidget, PageRef, PageText, Word
from docverify.pipeline import audit


@pytest.mark.parametrize(
    ("name", "meaning"),
    [
        ("nom_de_naissance", "surname"),
        ("NomNaissance", "surname"),
        ("nom_d_usage_facultatif", "usage_name"),
        ("prenom_s", "given_names"),
        ("date_de_naissance", "date_of_birth"),
        ("lieu_de_naissance_commune_pays", "birth_place"),
        ("n_de_securite_sociale_si_vous_en_avez_un", "nir"),
        ("n_allocataire_caf", "caf_number"),
        ("nom_de_l_employeur", "employer"),
        ("situation_salarie", "situation:salarie"),
        ("situation_sans_activite", "situation:inactif"),
        ("situation_autre", "situation:autre"),
        ("situation_etudiant", "situation:etudiant"),
        ("demandeur_emploi", "situation:demandeur_emploi"),
        ("activite_non_salariee", "situation:independant"),
        ("topmostSubform[0].Page1[0].NomNaissance[0]", "surname"),
        ("fait_a", "place"),
        ("le", "signed_on"),
        ("date_signature", "signed_on"),
        ("date_d_arrivee_en_france", None),
        ("courriel", "email"),  # known, so that no e-mail is taken for another field
        ("sexe_feminin", "sex"),
    ],
)
def test_field_names(name: str, meaning: str | None) -> None:
    assert field_meaning(name) == meaning


def test_radio_group_and_checkboxes() -> None:
    assert read_form_fields({"situation": "/Salarie"}) == {"situation:salarie": True}
    assert read_form_fields({"situation": "/Off"}) == {}
    got = read_form_fields({"situation_salarie": "/Off", "situation_autre": "/Oui"})
    assert got == {"situation:salarie": False, "situation:autre": True}


def _printed(*lines: tuple[str, tuple[int, int, int, int]]) -> PageText:
    """A text-layer page holding one printed caption per line."""
    words = [
        Word(text, box, 100.0, (0, 0, i))
        for i, (caption, (x, y0, _x1, y1)) in enumerate(lines)
        for text, box in _spread(caption, x, y0, y1)
    ]
    return PageText(PageRef("f.pdf", 1), None, 100, tuple(words), "text_layer")


def _spread(caption: str, x: int, y0: int, y1: int) -> list[tuple[str, tuple[int, int, int, int]]]:
    out = []
    for text in caption.split():
        out.append((text, (x, y0, x + 5 * len(text), y1)))
        x += 5 * len(text) + 3
    return out


def test_generic_field_names_are_known_by_the_captions_over_them() -> None:
    """Fields named "Text3", "Text30" (a fillable cerfa, form_bc d012): the given names'
    box under "Prénom(s)", right of the usage name's box whose caption stands a little
    higher, is not a surname; the box under "le (JJ/MM/AAAA)" is the form's date, not a
    birth date."""
    page1 = _printed(
        ("Nom d'usage (facultatif)", (56, 271, 152, 279)),
        ("Prénom(s)", (416, 271, 457, 279)),
    )
    given = FormWidget("Text3", "Ioana-Maria", (419, 277, 766, 298))
    usage = FormWidget("Text2", "", (59, 277, 405, 298))
    assert widget_meaning(given, page1) == "given_names"
    assert widget_meaning(usage, page1) == "usage_name"
    page2 = _printed(("Fait à", (56, 196, 78, 205)), ("le (JJ/MM/AAAA)", (420, 196, 483, 205)))
    assert widget_meaning(FormWidget("Text30", "23/11/2026", (423, 205, 766, 226)), page2) == (
        "signed_on"
    )
    assert widget_meaning(FormWidget("Text29", "Rennes", (59, 205, 409, 226)), page2) == "place"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/11/2026", (dt.date(2026, 11, 10), "10/11/2026", False)),
        ("09/25/2026", (None, "09/25/2026", True)),
        ("12/31/2026", (None, "12/31/2026", True)),
        ("05/09/2026", (dt.date(2026, 9, 5), "05/09/2026", False)),  # ambiguous: day first
        ("15 novembre 2026", (dt.date(2026, 11, 15), "15 novembre 2026", False)),
        ("", (None, None, False)),
    ],
)
def test_written_dates(text: str, expected: tuple[object, ...]) -> None:
    assert parse_written_date(text) == expected


def test_signed_date_lines() -> None:
    assert signed_date(["Fait à Paris le 10/11/2026"])[0] == dt.date(2026, 11, 10)
    assert signed_date(["Faità Lyon te 05/11/2026"])[0] == dt.date(2026, 11, 5)
    assert signed_date(["Fait à Lyon", "le 05/11/2026"])[0] == dt.date(2026, 11, 5)
    assert signed_date(["Date : 09/25/2026"])[2] is True
    assert signed_date(["Date de naissance : 17/04/1990"]) == (None, None, False)
    assert signed_date(["Fait à Lyon le 3?/1?/2O"]) == (None, "3?/1?/2O", False)
    # digits in comb boxes, read with the walls, "Fait à" itself garbled
    assert signed_date(["CT DCE ES ai le [2,5//[1,0//[2,0,2,6"])[0] == dt.date(2026, 10, 25)
    assert signed_date(["Fait à Nice le |0|4|/|1|1|/|2|0|2|6|"])[0] == dt.date(2026, 11, 4)
    # "Fait à" and "le (JJ/MM/AAAA)" the captions of two cells, their values on the line
    # under them: the place, then the date past the first characters (form_bc d006)
    cells = ["Fait à le (JJ/MM/AAAA)", "Boulogne-Billancourt 16/11/2026"]
    assert signed_date(cells)[0] == dt.date(2026, 11, 16)
    # not a date further along the line under a "Fait à" with its place written beside it
    assert signed_date(["Fait à", "La loi n° 78-17 du 6 janvier 1978"]) == (None, None, False)


@pytest.mark.parametrize("variant", fv.digital_variants(), ids=lambda v: v.name)
def test_digital_pdf_is_read_through_its_fields(variant: fv.FormVariant, tmp_path: Path) -> None:
    fv.write_form(tmp_path, variant)
    result = audit(tmp_path, AuditOptions(as_of=dt.date(2026, 11, 15), cache_dir=tmp_path / "c"))
    (form,) = [d for d in result.documents if d.type == DocType.APPLICATION_FORM]
    assert all(p.source == "text_layer" for p in form.pages)  # no OCR ran
    f = form.fields
    assert f.source == "form_fields"
    assert (f.surname, f.given_names, f.date_of_birth) == (
        "CARTER",
        "Emily Rose",
        dt.date(1990, 4, 17),
    )
    assert f.employment_status == variant.situation
    assert f.signed is variant.signed
    assert f.signed_on == dt.date(2026, 11, 10)
    assert f.address == "12 rue des Lilas 75011 Paris"
    if variant.situation == "employed":
        assert (f.job_title, f.contract_type) == ("Ingénieure logiciel", "CDI")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Type de contrat : CDD", "CDD"),  # typed after its label
        ("Emploi occupé : Contrat: []CDI cop (CJ intérim", None),  # the printed choices
        ("Contrat : CDI CDD intérim", None),
    ],
)
def test_the_printed_contract_choices_are_no_contract(line: str, expected: str | None) -> None:
    """A photo of the form whose boxes are not measured (set_v p05, an applicant with no
    work): its line of choices "CDI CDD intérim" is not a contract typed in; one type
    after the label is."""
    from docverify.doctypes.application_form.situation import contract_type
    from tests.bank.pages import page

    assert contract_type([page([line])]) == expected


def test_a_hands_year_one_digit_off_is_the_recent_one_early_in_the_year() -> None:
    """ "Fait à Bordeaux le 03/02/2027" by hand, read "(3/02/2021" on a photo (set_aa p02,
    audited on 9 February 2027): one digit from 2021 lie 2026, 2027 and 2028, and only
    2027 makes 3 February a recent date; the date is kept as written for the report."""
    from docverify.doctypes import application_form
    from tests.bank.pages import document, extracted, page

    rows = ["C - VOS ENGAGEMENTS ET SIGNATURE",
            "Je certifie sur l'honneur l'exactitude des renseignements portés",
            "Fait à BORDEAUS le (3/02/2021", "Signature"]  # fmt: skip
    form = document(DocType.APPLICATION_FORM, page(rows, "IMG_20270203_191044.jpg"))
    fields = extracted(application_form.SPEC, form, dt.date(2027, 2, 9)).fields
    assert fields.signed_on == dt.date(2027, 2, 3)
    assert fields.date_text == "3/02/2021" and not fields.date_confirmed
    # a year that is no date's of the last months stays as read (the rule calls it old)
    old = extracted(application_form.SPEC, form, dt.date(2027, 9, 9)).fields
    assert old.signed_on == dt.date(2021, 2, 3)


def test_a_month_in_words_the_hand_s_read_misspelt_is_the_month_it_stands_for() -> None:
    """form_bz d014 (wave 44, read): "Fait à Toulouse, le 8 octobre 2026" by hand, read
    "le 8 octore 2026", its place lost: the month stands for October, a recent date,
    kept as a correction (not a confirmed read)."""
    from docverify.doctypes import application_form
    from tests.bank.pages import document, extracted, page

    rows = ["C. VOS ENGAGEMENTS ET SIGNATURE",
            "Je certifie sur l'honneur l'exactitude des renseignements portés",
            "le 8 octore 2026", "Signature du demandeur :"]  # fmt: skip
    form = document(DocType.APPLICATION_FORM, page(rows, "IMG_20261113_124118.jpg"))
    fields = extracted(application_form.SPEC, form, dt.date(2026, 11, 16)).fields
    assert fields.signed_on == dt.date(2026, 10, 8) and not fields.date_confirmed


def test_a_date_in_the_cell_under_its_caption_read_as_a_line_after_the_place() -> None:
    """form_bq d004 (a print run with captions inside framed cells, typed, printed and
    scanned): "Fait à" and "le" over the cells "Rennes" and "17/11/2026", each cell read
    as a line of its own: the date is the second line under the captions."""
    assert signed_date(["Fait à le", "Rennes", "17/11/2026"])[0] == dt.date(2026, 11, 17)
    # a long line under the captions is no cell: what follows it is not looked at
    notice = "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire"
    assert signed_date(["Fait à le", notice, "17/11/2026"])[0] is None


def test_the_signature_cell_s_caption_beside_the_date_s_is_still_a_line_of_captions() -> None:
    """set_df p01: three cells side by side, "Fait à", "Le (jj/mm/aaaa)" and "Signature",
    their captions read as one line; the place and then the date are the lines under."""
    lines = ["Fait à Le (j/mm/aaaa) Signature", "Paris", "12/11/2026"]
    assert signed_date(lines)[0] == dt.date(2026, 11, 12)
    assert signed_date(["Fait à Le (jj/mm/aaaa) Signature du demandeur", "Lyon", "3/11/2026"])[
        0
    ] == dt.date(2026, 11, 3)
    # words that are no caption after "le" still end the line of captions
    assert signed_date(["Fait à Paris le mardi", "Lyon", "3/11/2026"])[0] is None
