"""A fillable form saved with Acrobat's default field names ("Champ de texte 24", "Case à
cocher 7") or with numbered groups ("Situation[0]"): each value is known by what is printed
beside its field, and a comb field gives its date as bare digits."""

from __future__ import annotations

import datetime as dt

from docverify.doctypes.application_form import SPEC, ApplicationFormFields
from docverify.doctypes.base import ExtractContext
from docverify.model import DocType, Document, FormWidget, PageRef, PageText, Word


def _word(text: str, x: int, y: int) -> Word:
    return Word(text, (x, y, x + 9 * len(text), y + 12), 99.0, (1, 1, y))


def _page(n: int, words: list[Word], widgets: list[FormWidget]) -> PageText:
    return PageText(
        PageRef("form.pdf", n), None, 72, tuple(words), "text_layer",
        form_widgets=tuple(widgets),
    )  # fmt: skip


def _extract(*pages: PageText) -> ApplicationFormFields:
    doc = Document("d1", DocType.APPLICATION_FORM, 1.0, pages)
    fields, _findings = SPEC.extract(doc, ExtractContext(dt.date(2026, 12, 1)))
    assert isinstance(fields, ApplicationFormFields)
    return fields


def test_default_names_are_known_by_their_labels_and_captions() -> None:
    page1 = _page(1, [
        _word("Nom", 50, 100), _word("de", 90, 100), _word("naissance", 115, 100),
        _word("Prénom(s)", 50, 130),
        _word("Date", 50, 160), _word("de", 95, 160), _word("naissance", 120, 160),
        _word("Vous", 80, 300), _word("êtes", 125, 300), _word("étudiant(e)", 170, 300),
    ], [
        FormWidget("Champ de texte 1", "BELHADJ", (260, 98, 500, 114)),
        FormWidget("Champ de texte 3", "Karim", (260, 128, 500, 144)),
        FormWidget("Champ de texte 4", "19081980", (260, 158, 400, 174)),
        FormWidget("Case à cocher 9", "/Oui", (60, 298, 72, 310), "checkbox"),
    ])  # fmt: skip
    # "Fait à" and "le" on one printed row, the text layer giving them as two lines
    page2 = _page(2, [
        _word("Fait", 50, 209), _word("à", 92, 209), _word("le", 456, 209),
    ], [
        FormWidget("Champ de texte 23", "Nanterre", (110, 205, 441, 221)),
        FormWidget("Champ de texte 24", "24/11/2026", (472, 205, 775, 221)),
    ])  # fmt: skip
    fields = _extract(page1, page2)
    assert fields.surname == "BELHADJ" and fields.given_names == "Karim"
    assert fields.date_of_birth == dt.date(1980, 8, 19)
    assert fields.signed_on == dt.date(2026, 11, 24)
    assert fields.employment_status == "other"  # a student: neither at work nor inactive


def test_numbered_situation_boxes_are_known_by_their_captions() -> None:
    page = _page(1, [
        _word("Vous", 80, 300), _word("êtes", 125, 300), _word("salarié(e)", 170, 300),
        _word("Vous", 80, 330), _word("êtes", 125, 330), _word("étudiant(e)", 170, 330),
    ], [
        FormWidget("topmostSubform[0].Page1[0].Situation[0]", "/On", (60, 298, 72, 310), "checkbox"),
        FormWidget("topmostSubform[0].Page1[0].Situation[1]", "/Off", (60, 328, 72, 340), "checkbox"),
    ])  # fmt: skip
    assert _extract(page).employment_status == "employed"


def test_a_comb_of_one_character_widgets_gives_its_date() -> None:
    """Field names that say nothing ("c2" ... "c9"), one digit a box beside "le": the
    date is the boxes read left to right, not the first box's "0"."""
    page2 = _page(2, [_word("Fait", 50, 209), _word("à", 92, 209), _word("le", 400, 209)],
                  [FormWidget("f1", "LILLE", (110, 205, 380, 221)),
                   *(FormWidget(f"c{i + 2}", digit, (420 + 20 * i, 205, 436 + 20 * i, 221))
                     for i, digit in enumerate("03112026"))])  # fmt: skip
    assert _extract(page2).signed_on == dt.date(2026, 11, 3)


def test_le_ending_its_line_anchors_the_boxed_date_when_fait_is_misread() -> None:
    """ "Fait à PARIS le [1|0]/[1|1]/[2|0|2|6]" read "Patt PAR ee le", its boxes not read at
    all: the "le" that ends a line of section C is where the date's boxes are looked for."""
    from docverify.doctypes.application_form.signature import _date_label

    words = [_word("VOS", 50, 100), _word("ENGAGEMENTS", 90, 100), _word("ET", 200, 100),
             _word("SIGNATURE", 230, 100), _word("Je", 50, 130), _word("certifie", 80, 130),
             _word("sur", 160, 130), _word("l'honneur", 190, 130),
             _word("Patt", 50, 209), _word("PAR", 100, 209), _word("ee", 150, 209),
             _word("le", 400, 209)]  # fmt: skip
    label = _date_label(_page(2, words, []))
    assert label is not None and label.box[0] == 400
