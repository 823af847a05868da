"""A label glued to its value by a colon with no space after it ("Prénom(s):MARIA
CRISTINA", a fillable form printed and photographed, form_bz d017, wave 44 read): the
label is parted from its value, whose first word was lost with it."""

from __future__ import annotations

from docverify.labelled import labelled_values
from docverify.model import PageRef, PageText, Word


def test_a_value_glued_to_its_label_by_a_colon_is_read_whole() -> None:
    words = (
        Word("Nom", (100, 100, 160, 130), 95.0, (1, 1, 1)),
        Word("d'usage:", (170, 100, 300, 130), 95.0, (1, 1, 1)),
        Word("FONTAINE", (310, 100, 470, 130), 95.0, (1, 1, 1)),
        Word("Prénom(s):MARIA", (100, 160, 400, 190), 90.0, (1, 1, 2)),
        Word("CRISTINA", (415, 160, 580, 190), 95.0, (1, 1, 2)),
        Word("10:30", (100, 220, 200, 250), 95.0, (1, 1, 3)),
    )
    page = PageText(PageRef("IMG_20261119_121502.jpg", 1), None, 300, words, "ocr")
    reads = labelled_values([page], "given_names")
    assert reads and reads[0].value == "MARIA CRISTINA"
    assert reads[0].box is not None and reads[0].box[0] > 250  # the label's part left out
