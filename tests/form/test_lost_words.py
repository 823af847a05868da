"""What OCR loses around a form's boxes, recorded on a scanned cerfa (form_o d022): the
small "de" of "Nom de naissance", and the label and the value under it read from one
crop that spans both rows."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docverify import ocr
from docverify.doctypes.application_form.identity import _rest_of_line, read_name
from docverify.doctypes.application_form.section_a import (
    GIVEN_LABELS,
    SURNAME_LABELS,
    with_lost_label,
)
from docverify.doctypes.base import fold_text
from docverify.labelled import Read, label_words
from docverify.model import PageRef, PageText, Word

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def test_a_label_whose_small_word_ocr_lost_still_names_its_value() -> None:
    words = (
        Word("Nom", (177, 626, 231, 645), 95.6, (3, 1, 1)),
        Word("naissance", (274, 625, 385, 645), 79.7, (3, 1, 1)),
        Word("BOUALEM", (188, 670, 376, 702), 96.0, (3, 1, 2)),
    )
    page = PageText(PageRef("Scan_0062.pdf", 1), None, 300, words, "ocr")
    read, _ = read_name([page], SURNAME_LABELS, "surname")
    assert read is not None and read.value == "BOUALEM"


def test_a_crop_over_a_label_and_its_value_keeps_two_lines() -> None:
    img = Image.new("L", (900, 200), 255)
    d = ImageDraw.Draw(img)
    d.text((20, 20), "Nom de naissance", font=ImageFont.truetype(FONT, 26), fill=0)
    d.text((20, 80), "BOUALEM", font=ImageFont.truetype(FONT, 34), fill=0)
    words = ocr.ocr_crops(np.asarray(img).copy(), [(10, 10, 600, 130)], "fra+eng", 1000)
    label = [w for w in words if w.text in ("Nom", "naissance")]
    value = [w for w in words if w.text == "BOUALEM"]
    assert label and value and value[0].line != label[0].line
    assert all(w.line[0] == 1000 for w in words)


def test_names_that_begin_like_a_column_heading_are_no_labels() -> None:
    """The Philippine certificate's headings ("NAME (Last)", "(First) (Middle)") are
    labels; a bank or a person that merely starts with "First", "Last" or "Middle" is not."""
    from docverify.label_values import refuse_value

    assert refuse_value("NAME (Last)") and refuse_value("(First) (Middle)")
    assert not any(refuse_value(v) for v in ("First Direct", "LAST Jean", "Middle East Bank"))


def test_a_handwritten_name_alone_under_its_label_is_read_with_doubt() -> None:
    """A print run that sets each label above its box, filled by hand (form_p d053): the
    name under "Prénom(s)" reads at handwriting's confidence. Alone on its line it is the
    label's value, kept with doubt; beside another label it is that label's own."""
    from docverify.doctypes.application_form.section_a import GIVEN_LABELS, USAGE_LABELS

    words = (
        Word("Prénom(s)", (177, 626, 300, 645), 95.0, (3, 1, 1)),
        Word("Sean", (188, 670, 270, 702), 58.0, (3, 1, 2)),
        Word("Patrick", (285, 670, 400, 702), 61.0, (3, 1, 2)),
    )
    page = PageText(PageRef("cerfa.pdf", 1), None, 300, words, "ocr")
    read, _ = read_name([page], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "Sean Patrick" and read.confidence <= 0.5
    beside = (
        Word("Nom", (177, 526, 231, 545), 95.0, (2, 1, 1)),
        Word("d'usage", (240, 526, 330, 545), 95.0, (2, 1, 1)),
        Word("Prénom(s)", (150, 580, 270, 600), 95.0, (2, 1, 2)),
        Word("Jean", (290, 575, 370, 605), 58.0, (2, 1, 2)),
    )
    page = PageText(PageRef("cerfa.pdf", 1), None, 300, beside, "ocr")
    read, _ = read_name([page], USAGE_LABELS, "surname")
    assert read is None or read.value != "Jean"


def test_a_label_read_a_letter_off_is_still_found() -> None:
    """ "Prénom(s)" read "Prenomis)_" on a 150 dpi scan (form_aa d010): known one letter off
    when the page has no exact read of it; an exact read elsewhere is preferred."""
    words = (
        Word("Prenomis)_", (65, 570, 149, 590), 64.0, (4, 1, 1)),
        Word("PRIYA", (70, 600, 190, 630), 90.0, (4, 1, 2)),
    )
    page = PageText(PageRef("scan_0663.jpg", 1), None, 150, words, "ocr")
    assert [[w.text for w in lab] for lab in label_words(page, GIVEN_LABELS)] == [["Prenomis)_"]]
    exact = Word("Prénoms", (65, 900, 149, 920), 90.0, (5, 1, 1))
    page = PageText(PageRef("scan_0663.jpg", 1), None, 150, (*words, exact), "ocr")
    assert [[w.text for w in lab] for lab in label_words(page, GIVEN_LABELS)] == [["Prénoms"]]
    lone = (Word("Pronostic", (65, 570, 149, 590), 64.0, (4, 1, 1)),)  # two letters off
    page = PageText(PageRef("scan_0663.jpg", 1), None, 150, lone, "ocr")
    assert label_words(page, GIVEN_LABELS) == []


def test_a_label_the_pages_read_lost_is_found_between_its_neighbours() -> None:
    """Tesseract's layout analysis dropped "Prénom(s)" between two rows of comb boxes
    (form_aa d008, d030): the band between "Nom d'usage" and "Date de naissance" is read
    alone and the label joins the page's words, where it was written."""
    img = Image.new("L", (1400, 520), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    d.text((40, 40), "Nom d'usage (facultatif)", font=font, fill=0)
    d.text((40, 220), "Prénom(s)", font=font, fill=0)
    for i in range(14):  # the given names' comb
        d.rectangle((40 + 50 * i, 270, 90 + 50 * i, 330), outline=0, width=2)
    d.text((40, 420), "Date de naissance", font=font, fill=0)
    words = (
        Word("Nom", (40, 44, 100, 74), 95.0, (1, 1, 1)),
        Word("d'usage", (110, 44, 230, 74), 95.0, (1, 1, 1)),
        Word("(facultatif)", (240, 44, 400, 74), 95.0, (1, 1, 1)),
        Word("Date", (40, 424, 110, 454), 95.0, (2, 1, 1)),
        Word("de", (120, 424, 150, 454), 95.0, (2, 1, 1)),
        Word("naissance", (160, 424, 320, 454), 95.0, (2, 1, 1)),
    )
    page = PageText(PageRef("IMG_4177.jpg", 1), np.asarray(img).copy(), 300, words, "ocr")
    found = with_lost_label(page, GIVEN_LABELS)
    labels = label_words(found, GIVEN_LABELS)
    assert len(labels) == 1
    x0, y0, _x1, y1 = labels[0][0].box
    assert x0 < 60 and 200 < y0 < y1 < 270  # where it is printed, in the page's pixels
    assert with_lost_label(found, GIVEN_LABELS) is found  # found: nothing more to do
    assert label_words(with_lost_label(page, SURNAME_LABELS), SURNAME_LABELS) == []


def test_the_first_label_lost_is_found_under_section_as_heading() -> None:
    """form_ay d007 (a phone photo): "Nom de naissance", section A's first label, dropped
    by the page's read; no label above it, but the heading "A VOUS" bounds the band read
    again, down to "Nom d'usage"."""
    img = Image.new("L", (1400, 420), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    d.text((40, 20), "A VOUS", font=font, fill=0)
    d.text((40, 140), "Nom de naissance", font=font, fill=0)
    for i in range(14):  # the surname's comb
        d.rectangle((400 + 50 * i, 120, 450 + 50 * i, 180), outline=0, width=2)
    d.text((40, 300), "Nom d'usage (facultatif)", font=font, fill=0)
    words = (
        Word("A", (40, 24, 60, 54), 95.0, (1, 1, 1)),
        Word("VOUS", (75, 24, 170, 54), 95.0, (1, 1, 1)),
        Word("Nom", (40, 304, 100, 334), 95.0, (2, 1, 1)),
        Word("d'usage", (110, 304, 230, 334), 95.0, (2, 1, 1)),
        Word("(facultatif)", (240, 304, 400, 334), 95.0, (2, 1, 1)),
    )
    page = PageText(PageRef("IMG_1563.jpg", 1), np.asarray(img).copy(), 300, words, "ocr")
    labels = label_words(with_lost_label(page, SURNAME_LABELS), SURNAME_LABELS)
    assert len(labels) == 1
    assert 120 < labels[0][0].box[1] < 180


def test_a_value_whose_crop_box_takes_in_the_labels_foot_is_under_the_label() -> None:
    """form_ao d002 (recorded): "Prénom(s)_" and "Mahamat-Saleh" recovered from crops, the
    value's box starting 28 px above the label's foot; its middle is well under it. It is
    the value under the label (the zone right of the label read "iat Saleh")."""
    words = (
        Word("Prénom(s)_", (146, 1177, 300, 1215), 67.1, (1002, 1001, 3)),
        Word("Mahamat-Saleh", (146, 1187, 475, 1281), 81.5, (1003, 1001, 4)),
    )
    page = PageText(PageRef("scan_0056.jpg", 1), None, 300, words, "ocr")
    read, _ = read_name([page], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "Mahamat-Saleh"


def test_a_value_whose_second_word_the_page_read_dropped_is_read_whole() -> None:
    """form_aq d006: a typed "Arbër Ilir" under "Prénom(s)" on a photo, the page's read
    giving "Arbér" only. The line goes on right of the word: read alone, it is the whole
    value. A value alone on its line is left as read (no second read)."""
    img = Image.new("L", (1400, 260), 235)
    d = ImageDraw.Draw(img)
    d.text((140, 40), "Prénom(s)", font=ImageFont.truetype(FONT, 24), fill=40)
    d.text((146, 100), "Arbër Ilir", font=ImageFont.truetype(FONT, 40), fill=30)
    image = np.asarray(img).copy()
    label = (Word("Prénom(s)", (140, 42, 264, 68), 93.0, (1, 1, 1)),)
    short = Word("Arbér", (146, 100, 250, 148), 84.5, (1, 1, 2))
    page = PageText(PageRef("IMG_5163.jpg", 1), image, 277, (*label, short), "ocr")
    read, _ = read_name([page], GIVEN_LABELS, "given_names")
    assert read is not None and fold_text(read.value) == "ARBER ILIR"
    # the line running into the next field's label: the value ends before it
    d.text((420, 108), "Sexe", font=ImageFont.truetype(FONT, 30), fill=40)
    page = dataclasses.replace(page, image=np.asarray(img).copy())
    whole = _rest_of_line([page], Read("Arbér", 0.845, page.ref, short.box, "below"))
    assert whole is not None and fold_text(whole.value) == "ARBER ILIR"
    alone = Image.new("L", (1400, 260), 235)
    d = ImageDraw.Draw(alone)
    d.text((140, 40), "Prénom(s)", font=ImageFont.truetype(FONT, 24), fill=40)
    d.text((146, 100), "Arbër", font=ImageFont.truetype(FONT, 40), fill=30)
    page = PageText(PageRef("IMG_5163.jpg", 1), np.asarray(alone).copy(), 277,
                    (*label, short), "ocr")  # fmt: skip
    read, _ = read_name([page], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "Arbér"


def test_a_hand_read_alone_stops_at_the_next_rows_label() -> None:
    """Rows set close (form_aw d013): the zone right of "Nom de naissance" reached down over
    "Nom d'usage ... DUBOIS", and its reads of two lines of handwriting were scraps ("Ts",
    "ome") that outvoted the page's own KOVALENKO. The zone ends above the next label."""
    from docverify.doctypes.application_form.identity import value_zone

    hand = ImageFont.truetype("/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf", 34)
    img = Image.new("L", (1400, 260), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 24)
    d.text((20, 40), "Nom de naissance", font=font, fill=0)
    d.text((300, 22), "KOVALENKO", font=hand, fill=0)
    d.line((290, 64, 1300, 64), fill=80)
    d.text((20, 78), "Nom d'usage (facultatif)", font=font, fill=0)
    d.text((380, 62), "DUBOIS", font=hand, fill=0)
    d.line((370, 102, 1300, 102), fill=80)
    image = np.asarray(img).copy()
    words = tuple(ocr.ocr_words(image, "fra+eng", psm=6))
    page = PageText(PageRef("formulaire_vous.jpg", 1), image, 300, words, "ocr")
    (label, *_rest) = label_words(page, SURNAME_LABELS)
    zone = value_zone(page, label)
    usage = next(w for w in words if "USAGE" in fold_text(w.text))
    assert zone is not None and zone[3] < usage.box[1]
    read, _ = read_name([page], SURNAME_LABELS, "surname")
    assert read is not None and read.value == "KOVALENKO"


def test_a_zone_right_of_a_label_stops_at_the_next_label_on_its_row_in_another_block() -> None:
    """set_bv p04 (wave 24): "Prénom(s) (dans l'ordre de l'état civil)" at the left, the
    given names written under it, "Sexe : Féminin [X] Masculin" at the right of the same
    row, which tesseract gives as a line of its own. The zone right of the label stops
    before "Sexe": the boxes' captions are no given names."""
    from docverify.doctypes.application_form.identity import value_zone

    words = (
        Word("Prénom(s)", (107, 621, 204, 641), 89.0, (13, 1, 1)),
        Word("(dans", (212, 621, 263, 641), 96.0, (13, 1, 1)),
        Word("l'ordre", (270, 622, 331, 638), 96.0, (13, 1, 1)),
        Word("civil)", (422, 621, 464, 641), 96.0, (13, 1, 1)),
        Word("ELIZABETH", (106, 657, 284, 686), 71.0, (14, 1, 1)),
        Word("Sexe:", (1093, 631, 1147, 647), 91.0, (19, 1, 1)),
        Word("Féminin", (1190, 630, 1266, 647), 82.0, (19, 1, 1)),
        Word("Masculin", (1357, 630, 1442, 647), 86.0, (19, 1, 1)),
    )
    image = np.full((900, 1654), 255, np.uint8)
    page = PageText(PageRef("formulaire.jpg", 1), image, 200, words, "ocr")
    (label, *_rest) = label_words(page, GIVEN_LABELS)
    zone = value_zone(page, label)
    assert zone is not None and zone[0] > 464 and zone[2] < 1093


def test_a_label_found_inside_anothers_brackets_has_its_value_after_them() -> None:
    """form_bj d004 (wave 28): "Nom de naissance (nom de famille figurant sur votre acte de
    naissance)", the name written on the line under it. "nom de famille" is a label too:
    right of it, the rest of the bracket is no value ("figu otre acte" outvoted DIOP)."""
    from docverify.doctypes.application_form.identity import value_zone

    texts = ("Nom", "de", "naissance", "(nom", "de", "famille", "figurant", "sur", "votre",
             "acte", "de", "naissance)")  # fmt: skip
    words, x = [], 157
    for t in texts:
        words.append(Word(t, (x, 773, x + 11 * len(t), 795), 95.0, (8, 1, 1)))
        x += 11 * len(t) + 8
    page = PageText(PageRef("scan_1.pdf", 1), np.full((1200, 2481), 255, np.uint8), 300,
                    (*words, Word("DIOP", (164, 811, 261, 843), 97.0, (9, 1, 1))), "ocr")  # fmt: skip
    shut = words[-1].box[2]
    labels = label_words(page, SURNAME_LABELS)
    inner = [lab for lab in labels if lab[0].text == "(nom"]
    assert inner, labels
    zone = value_zone(page, inner[0])
    assert zone is None or zone[0] > shut


def test_a_label_unread_even_alone_is_stood_in_for_by_the_comb_under_it() -> None:
    """form_bm d004 (a phone photo): "Prénom(s)" printed small on the top of its comb, read
    neither by the page nor alone. The comb in the lower half of the band between "Nom
    d'usage" and "Date de naissance" is the given names'; a stand-in label left of it
    reads its boxes. A band holding no comb gets no stand-in."""
    img = Image.new("L", (1600, 560), 255)
    d = ImageDraw.Draw(img)
    font, caps = ImageFont.truetype(FONT, 30), ImageFont.truetype(FONT, 44)
    d.text((160, 20), "Nom d'usage (facultatif)", font=font, fill=0)
    d.rectangle((160, 70, 1500, 170), outline=0, width=2)  # the usage name's frame, blank
    for i in range(20):  # the given names' comb, "Prénom(s)" unread on its top
        d.rectangle((160 + 62 * i, 320, 222 + 62 * i, 400), outline=0, width=2)
    for i, ch in enumerate("FATOU"):
        d.text((174 + 62 * i, 332), ch, font=caps, fill=0)
    d.text((160, 470), "Date de naissance", font=font, fill=0)
    words = (
        Word("Nom", (160, 24, 220, 54), 95.0, (1, 1, 1)),
        Word("d'usage", (230, 24, 350, 54), 95.0, (1, 1, 1)),
        Word("(facultatif)", (360, 24, 520, 54), 95.0, (1, 1, 1)),
        Word("Date", (160, 474, 230, 504), 95.0, (2, 1, 1)),
        Word("de", (240, 474, 280, 504), 95.0, (2, 1, 1)),
        Word("naissance", (290, 474, 450, 504), 95.0, (2, 1, 1)),
    )
    page = PageText(PageRef("IMG_20261125.jpg", 1), np.asarray(img).copy(), 300, words, "ocr")
    read, _ = read_name([page], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "FATOU"
    blank = Image.new("L", (1600, 560), 255)
    ImageDraw.Draw(blank).rectangle((160, 70, 1500, 170), outline=0, width=2)
    bare = dataclasses.replace(page, image=np.asarray(blank).copy())
    assert label_words(with_lost_label(bare, GIVEN_LABELS), GIVEN_LABELS) == []


def test_a_value_written_over_its_lost_label_is_the_fields() -> None:
    """form_bq d021 (a scan): "DA SILVA SANTOS" written large across the small "Nom de
    naissance" printed in its cell's corner; no read finds the label, and section A's
    heading, its "A" white on a dark tile, reads "ZB vous". The one line read between the
    heading and "Nom d'usage" is the birth name."""
    img = Image.new("L", (1400, 460), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((40, 20, 80, 60), fill=40)
    d.text((52, 24), "A", font=ImageFont.truetype(FONT, 28), fill=255)
    d.text((100, 24), "VOUS", font=ImageFont.truetype(FONT, 28), fill=0)
    d.text((60, 120), "DA SILVA SANTOS", font=ImageFont.truetype(FONT, 60), fill=0)
    d.text((40, 330), "Nom d'usage (facultatif)", font=ImageFont.truetype(FONT, 30), fill=0)
    words = (
        Word("ZB", (40, 20, 80, 60), 67.0, (1, 1, 1)),
        Word("vous", (100, 28, 190, 56), 93.0, (1, 1, 1)),
        Word("DA", (60, 125, 150, 185), 95.0, (2, 1, 1)),
        Word("SILVA", (175, 125, 360, 185), 95.0, (2, 1, 1)),
        Word("SANTOS", (385, 125, 620, 185), 95.0, (2, 1, 1)),
        Word("Nom", (40, 334, 100, 364), 95.0, (3, 1, 1)),
        Word("d'usage", (110, 334, 230, 364), 95.0, (3, 1, 1)),
        Word("(facultatif)", (240, 334, 400, 364), 95.0, (3, 1, 1)),
    )
    page = PageText(PageRef("scan_0337.jpg", 1), np.asarray(img).copy(), 300, words, "ocr")
    read, _ = read_name([page], SURNAME_LABELS, "surname")
    assert read is not None and read.value == "DA SILVA SANTOS"
    # two lines in the band: which one is the name is not known, and none is taken
    two = PageText(page.ref, page.image, 300,
                   (*words, Word("BENALI", (60, 220, 260, 270), 95.0, (4, 1, 1))), "ocr")  # fmt: skip
    read, _ = read_name([two], SURNAME_LABELS, "surname")
    assert read is None


def test_a_date_comb_whose_row_reads_as_noise_is_the_date_of_births() -> None:
    """form_br d020 (a 150 dpi scan of a printed fillable form, recorded strip): the row
    "Sexe [ ] F [X] M  Date de naissance [1|7] [0|9] [1|9|7|9]" read "mn OF te de sance",
    even alone. Between "Prénom(s)" and "Lieu de naissance", the comb whose boxes stand 2,
    2 and 4 is the date of birth's; and "Oleksandr", typed right of "Prénom(s)", is the
    given name, not that comb read as letters ("LAN SNEUR")."""
    import datetime as dt
    import json
    from pathlib import Path

    import cv2

    from docverify.doctypes.application_form.birth_date import read_birth_date

    strip = Path(__file__).parents[1] / "data" / "forms" / "section_a"
    image = cv2.imread(str(strip / "date_row_read_as_noise.jpg"), cv2.IMREAD_GRAYSCALE)
    rows = json.loads((strip / "date_row_read_as_noise.words.json").read_text("utf-8"))
    words = tuple(Word(t, tuple(b), c, tuple(line)) for t, b, c, line in rows)
    page = PageText(PageRef("Numerisation_20261109_1413.png", 1), image, 300, words, "ocr")
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1979, 9, 17)
    read, _ = read_name([page], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "Oleksandr"


def test_a_date_comb_whose_boxes_were_found_cut_in_two() -> None:
    """set_ct p02 (a phone photo, recorded strip): "Date de naissance [0|2] [1|1] [1|9|9|8]"
    written by hand, the comb found as sixteen half boxes (the hand's upright strokes taken
    for the boxes' ticks). Joined two by two, its eight boxes give the date."""
    import datetime as dt
    import json
    from pathlib import Path

    import cv2

    from docverify.doctypes.application_form.birth_date import read_birth_date

    strip = Path(__file__).parents[1] / "data" / "forms" / "section_a"
    image = cv2.imread(str(strip / "date_comb_halves.png"), cv2.IMREAD_GRAYSCALE)
    rows = json.loads((strip / "date_comb_halves.words.json").read_text("utf-8"))
    words = tuple(Word(t, tuple(b), c, tuple(line)) for t, b, c, line in rows)
    page = PageText(PageRef("IMG_20261116_181205.jpg", 1), image, 222, words, "ocr")
    born = read_birth_date([page], dt.date(2026, 11, 23))
    # (its year's 8 is read 0 by the digit reader: the form's rule says to check the boxes
    # when the passport disagrees)
    assert born is not None and (born.month, born.day) == (11, 2)


def test_a_typed_comb_read_with_its_walls_gives_no_two_digit_year() -> None:
    """set_cz p03 (a typed form printed and scanned, recorded strip): "Date de naissance
    [2|7] [0|1] [1|9|9|6]" read "[2[7 Lof1/l1/9[9{6|", in which "1/11/99" is a date with a
    two-digit year that runs on into more digits: the boxes are read again (27/01/1996),
    not 01/11/1999 taken from the debris."""
    import datetime as dt
    import json
    from pathlib import Path

    import cv2

    from docverify.doctypes.application_form.birth_date import read_birth_date

    strip = Path(__file__).parents[1] / "data" / "forms" / "section_a"
    image = cv2.imread(str(strip / "typed_comb_walls_birth_date.png"), cv2.IMREAD_GRAYSCALE)
    rows = json.loads((strip / "typed_comb_walls_birth_date.words.json").read_text("utf-8"))
    words = tuple(Word(t, tuple(b), c, tuple(line)) for t, b, c, line in rows)
    page = PageText(PageRef("formulaire_cpam.pdf", 1), image, 300, words, "ocr")
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1996, 1, 27)
