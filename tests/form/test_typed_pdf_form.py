"""A typed official form (a PDF filled on screen): the values are in its text layer, each
field's text an object of its own, on the label's row but not in the label's line, and
the date of birth typed one digit a comb box. Read from the text, not from the pixels."""

from __future__ import annotations

import datetime as dt

from docverify.doctypes.application_form.birth_date import read_birth_date
from docverify.doctypes.application_form.identity import read_name
from docverify.doctypes.application_form.section_a import GIVEN_LABELS, SURNAME_LABELS
from docverify.model import PageRef, PageText, Word


def _page() -> PageText:
    rows = [
        # (text, x, top, line key): the value's line key differs from its label's
        ("Nom de naissance :", 56, 277, 14), ("KOUASSI", 216, 274, 15),
        ("Nom d'usage (facultatif) :", 56, 304, 16),
        ("Prénom(s) :", 56, 335, 18), ("JEAN-BAPTISTE KOFFI", 216, 332, 19),
        ("Date de naissance :", 56, 395, 28), ("0 8 0 8 1 9 8 7", 216, 394, 29),
    ]  # fmt: skip
    words = []
    for text, x, top, line in rows:
        for token in text.split():
            words.append(Word(token, (x, top, x + 9 * len(token), top + 12), 100.0, (0, 0, line)))
            x += 9 * len(token) + 5
    return PageText(PageRef("S1106_rempli.pdf", 1), None, 72, tuple(words), "text_layer")


def test_names_typed_in_fields_on_the_labels_row() -> None:
    surname, _ = read_name([_page()], SURNAME_LABELS, "surname")
    given, _ = read_name([_page()], GIVEN_LABELS, "given_names")
    assert surname is not None and surname.value == "KOUASSI"
    assert given is not None and given.value == "JEAN-BAPTISTE KOFFI"


def test_date_of_birth_typed_one_digit_a_box() -> None:
    assert read_birth_date([_page()], dt.date(2026, 11, 20)) == dt.date(1987, 8, 8)


def _comb_page(surname: str, given: str) -> PageText:
    """Names typed one letter a comb box (a fillable form's comb fields): every letter is
    a word of its own, an empty box between two names."""
    words = [Word("Nom", (56, 277, 80, 289), 100.0, (0, 0, 1)),
             Word("de", (84, 277, 96, 289), 100.0, (0, 0, 1)),
             Word("naissance", (100, 277, 160, 289), 100.0, (0, 0, 1)),
             Word("Prénom(s)", (56, 335, 120, 347), 100.0, (0, 0, 3))]  # fmt: skip
    for text, top, line in ((surname, 277, 2), (given, 335, 4)):
        for i, c in enumerate(text):
            if c != " ":
                words.append(Word(c, (216 + 16 * i, top, 225 + 16 * i, top + 12), 100.0,
                                  (0, 0, line)))  # fmt: skip
    return PageText(PageRef("S1106_rempli.pdf", 1), None, 72, tuple(words), "text_layer")


def test_names_typed_one_letter_a_box() -> None:
    page = _comb_page("O'CONNOR", "DANIEL PATRICK")
    surname, _ = read_name([page], SURNAME_LABELS, "surname")
    given, _ = read_name([page], GIVEN_LABELS, "given_names")
    assert surname is not None and surname.value == "O'CONNOR"
    assert given is not None and given.value == "DANIEL PATRICK"


def test_the_combs_eight_digits_read_as_one_word() -> None:
    """A typed form printed and scanned: tesseract reads the date of birth's comb as one
    word beside its label ("Date de naissance [24081988 I |", form_n d058): JJMMAAAA."""
    words = []
    x = 56
    line = "Sexe X] F M Date de naissance [24081988 I |"
    for token in line.split(" "):
        words.append(Word(token, (x, 548, x + 14 * len(token), 570), 60.0, (1, 1, 7)))
        x += 14 * len(token) + 8
    page = PageText(PageRef("numérisation 1.jpg", 1), None, 150, tuple(words), "ocr")
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1988, 8, 24)


def test_a_fillable_forms_date_in_three_numbered_fields() -> None:
    """An XFA-style form names its date boxes by their order ("DateNaissance_1[0]",
    "_2", "_3"; form_n's fillable PDFs): day, month, year."""
    from docverify.doctypes.application_form.acroform import read_form_fields

    got = read_form_fields({
        "topmostSubform[0].Page1[0].DateNaissance_1[0]": "07",
        "topmostSubform[0].Page1[0].DateNaissance_2[0]": "07",
        "topmostSubform[0].Page1[0].DateNaissance_3[0]": "1982",
        "topmostSubform[0].Page2[0].DateSignature_1[0]": "10",
        "topmostSubform[0].Page2[0].DateSignature_2[0]": "11",
        "topmostSubform[0].Page2[0].DateSignature_3[0]": "2026",
    })  # fmt: skip
    assert got == {"date_of_birth": "07/07/1982", "signed_on": "10/11/2026"}


def test_a_typed_value_in_the_box_under_its_label_on_a_scan() -> None:
    """A print run with each label over its box, typed then printed and scanned (form_n
    d031): "BELKACEM", read as print under "Nom de naissance", is the surname; a word
    read as poorly as handwriting there, alone on its line, is taken only with doubt (it
    may be the next field's, its label lost)."""

    def scan(conf: float) -> PageText:
        rows = [("Nom de naissance", 169, 820, 95.0), ("Nom d'usage (facultatif)", 1259, 819, 92.0),
                ("BELKACEM", 199, 875, conf), ("Prénom(s)", 170, 938, 90.0),
                ("SOFIANE", 199, 995, conf)]  # fmt: skip
        words = []
        for n, (text, x, top, c) in enumerate(rows):
            for token in text.split(" "):
                words.append(Word(token, (x, top, x + 26 * len(token), top + 30), c, (n, 1, 1)))
                x += 26 * len(token) + 12
        return PageText(PageRef("scan.pdf", 1), None, 300, tuple(words), "ocr")

    surname, _ = read_name([scan(89.0)], SURNAME_LABELS, "surname")
    given, _ = read_name([scan(89.0)], GIVEN_LABELS, "given_names")
    assert surname is not None and surname.value == "BELKACEM"
    assert given is not None and given.value == "SOFIANE"
    doubtful = read_name([scan(55.0)], SURNAME_LABELS, "surname")[0]
    assert doubtful is not None and doubtful.confidence <= 0.5
