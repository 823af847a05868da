"""Names on a print run that sets each label above its box (``identity.read_name``).

Each case is a strip of section A as a page was scanned, with the words the page-wide
OCR read on it (recorded: the strip itself is read again by tesseract where the reader
looks again). They come from blind sets form_ak, form_al and form_aw, now development
sets."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import cv2

from docverify.doctypes.application_form.identity import read_name
from docverify.doctypes.application_form.section_a import GIVEN_LABELS, USAGE_LABELS
from docverify.model import PageRef, PageText, Word
from docverify.values.names import fold_upper

SECTION_A = Path(__file__).parents[1] / "data" / "forms" / "section_a"


def _page(name: str, dpi: int) -> PageText:
    path = SECTION_A / f"{name}.png"  # lossless where a comb's letters are read box by box
    path = path if path.exists() else path.with_suffix(".jpg")
    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    rows = json.loads((SECTION_A / f"{name}.words.json").read_text(encoding="utf-8"))
    words = tuple(
        Word(t, (b[0], b[1], b[2], b[3]), c, (ln[0], ln[1], ln[2])) for t, b, c, ln in rows
    )
    return PageText(PageRef("formulaire.pdf", 1), image, dpi, words, "ocr")


def test_a_typed_name_in_the_box_under_its_label_is_read_when_the_page_lost_it() -> None:
    """form_ak d005: "Oleksandra" typed in the box under "Prénom(s)", printed and scanned;
    the page's OCR read the label and dropped the value (nothing right of the label, nothing
    under it), and the form had no given names."""
    read, _reads = read_name([_page("typed_boxes_under_labels", 300)], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "Oleksandra"


def test_the_strip_right_of_a_label_is_not_read_down_into_the_value_under_it() -> None:
    """form_ak d012: "ROHAN KUMAR" in capitals in the box under "Prénom(s)", read by the
    page. The strip right of the label reached down to the tops of those capitals, and
    its four readings of them ("À v MAD", "4 v MAD"...) outvoted the name."""
    read, reads = read_name([_page("hand_capitals_under_labels", 200)], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "ROHAN KUMAR"
    assert not any("MAD" in r for r in reads)


def test_a_label_whose_first_words_are_lost_still_finds_the_value_under_it() -> None:
    """form_al d010: "Nom de naissance (nom de famille)" read "m de famille" (its head lost
    at the cell's edge), "KARIMI-NEJAD" typed under the whole label, starting left of what
    was read of it. The label is known by its rest, and the box under it is read from the
    value's own start."""
    from docverify.doctypes.application_form.section_a import SURNAME_LABELS

    read, _ = read_name([_page("label_head_lost", 300)], SURNAME_LABELS, "surname")
    assert read is not None and read.value.replace("-", " ") == "KARIMI NEJAD"


def test_a_hand_in_the_box_under_its_label_that_the_page_read_as_scraps() -> None:
    """form_aw d001: "EL AMRANI" in capitals in the box under "Nom de naissance"; the
    page read it "ne or ee" at confidence 19-31 and that was the surname. A read that
    doubtful is read again alone, in the box, and voted on."""
    from docverify.doctypes.application_form.section_a import SURNAME_LABELS

    read, reads = read_name([_page("hand_in_box_read_as_scraps", 300)], SURNAME_LABELS, "surname")
    assert read is not None and read.value.startswith("EL AMRA"), reads


def test_a_blank_comb_is_no_name_and_a_name_under_its_label_keeps_its_second_word() -> None:
    """set_bp p04 (a 200 dpi scan): "Nom d'usage (facultatif) - exemple : nom d'époux(se)"
    over a blank comb, and "Kristine Joy" written under "Prénom(s)". The comb's sides read
    "[EPI MMEETT [I es" made a usage name "EPI", the label's example another ("exemple");
    the page read "Kristine" under the label, the line read alone "Krigtire Joy": the
    given names are the page's "Kristine" and the line's "Joy"."""
    page = _page("usage_blank_given_under_label", 200)
    assert read_name([page], USAGE_LABELS, "surname") == (None, ())
    read, _reads = read_name([page], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "Kristine Joy"


def test_the_next_fields_comb_is_not_read_as_a_name_typed_under_its_label() -> None:
    """form_bo d029 (a scan of the fillable form printed): "Ayse Nur" typed under
    "Prénom(s)", then the next row's "Date de naissance" and its comb "12 11 1997". The
    comb under the label was read letter by letter and its "TZJPJGGT" was the given
    names; a value read under the label, above the comb, makes the comb the next
    field's."""
    read, reads = read_name(
        [_page("typed_under_label_over_date_comb", 200)], GIVEN_LABELS, "given_names"
    )
    assert read is not None and read.value == "Ayse Nur", reads


def test_a_word_inside_the_labels_span_is_not_its_value() -> None:
    """form_bo d028 (a phone photo): the label's line "Nom de naissance" read again whole,
    its words' boxes a few letters off ("naissance" starting under "Nom", "de" after it).
    "de", inside the label's span, was the surname; the value is the name under it."""
    from docverify.doctypes.application_form.section_a import SURNAME_LABELS

    read, reads = read_name([_page("label_line_reread_boxes_off", 206)], SURNAME_LABELS, "surname")
    assert read is not None and read.value == "NDIAYE", reads


def test_the_empty_box_between_two_given_names_parts_them() -> None:
    """form_bv d006: "GRÂCE MERVEILLE" typed one letter a box, printed and scanned, an empty
    box between the names. The comb's line read whole closes the gap up ("GRÀCEMERVEILLE")
    and outvotes the box-by-box reads that see it; the name is parted where the empty box
    stands."""
    read, _reads = read_name([_page("typed_comb_word_gap", 300)], GIVEN_LABELS, "given_names")
    assert read is not None and fold_upper(read.value).split() == ["GRACE", "MERVEILLE"]


def test_a_labels_caption_stands_for_the_label_its_read_lost() -> None:
    """set_cy p01: "Nom de naissance" over its caption "(nom de famille)", "DIALLO" in the
    comb beside them by hand. The page's read ran the label into the comb ("ré rar PRE")
    and kept the caption only, under the comb's row: the comb level with the row above the
    caption is the surname's (not what lies right of the caption, the usage name's row).
    The date of birth's label read "pate de naissance" is still its label, a letter off."""
    from docverify.doctypes.application_form.birth_date import read_birth_date
    from docverify.doctypes.application_form.section_a import SURNAME_LABELS

    page = _page("caption_under_lost_label", 200)
    read, _ = read_name([page], SURNAME_LABELS, "surname")
    assert read is not None and read.value == "DIALLO"
    assert read_birth_date([page], dt.date(2026, 11, 18)) == dt.date(1994, 3, 12)


def test_typed_capitals_touching_their_boxes_sides_keep_the_empty_box_between_words() -> None:
    """form_cc d015 (wave 47, read after its blind figure): "DELA CRUZ" typed one capital
    a box, each against its box's left side, an empty box between the words. The box-by-
    box reads part the words but read the sides as I's ("DIEILA CIRUZ"); the comb's line
    read whole closes the gap ("DELACRUZ"): the name is parted where the empty box is."""
    from docverify.doctypes.application_form.section_a import SURNAME_LABELS

    read, reads = read_name(
        [_page("typed_comb_letters_on_the_walls", 300)], SURNAME_LABELS, "surname"
    )
    assert read is not None and read.value == "DELA CRUZ", reads
