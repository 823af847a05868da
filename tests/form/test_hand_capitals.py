"""Names handwritten one capital a box: the boxes found where they are printed (a comb
photographed at a slant, a soft photo's blurred sides), no comb found
in capitals written on a line, and each box's letter read by the capitals network with
tesseract's reads of the word weighing in (the real tesseract in the end-to-end test)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docverify.doctypes.application_form.identity import read_name, under
from docverify.doctypes.application_form.section_a import GIVEN_LABELS, SURNAME_LABELS
from docverify.model import PageRef, PageText, Word
from docverify.vision.boxes import inked
from docverify.vision.comb import read_hand_letters
from docverify.vision.comb_cells import comb_cells

DPI = 200
MM = DPI / 25.4
HAND = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
LABEL_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PITCH = 35.4
"""Box width in pixels: 4.5 mm at 200 dpi, no whole number of pixels."""
LEFT, TOP, HEIGHT = 120.0, 70, 46


def _comb_page(
    value: str,
    boxes: int = 36,
    label: str = "Nom de naissance",
    pitch: float = PITCH,
    widen: float = 0.0,
) -> tuple[PageText, list[float]]:
    """A comb of ``boxes`` under its label, ``value`` written in it by hand, a capital a
    box, each box ``widen`` pixels wider than the last (a photo taken at a slant); the
    sides' true positions."""
    width = int(LEFT + boxes * (pitch + boxes * widen) + 80)
    img = Image.new("L", (width, 160), 255)
    d = ImageDraw.Draw(img)
    d.text((int(LEFT), 40), label, font=ImageFont.truetype(LABEL_FONT, 20), fill=0)
    sides = [LEFT + i * pitch + widen * i * (i - 1) / 2 for i in range(boxes + 1)]
    d.line((int(LEFT), TOP, int(sides[-1]), TOP), fill=0, width=2)
    d.line((int(LEFT), TOP + HEIGHT, int(sides[-1]), TOP + HEIGHT), fill=0, width=2)
    for x in sides:
        d.line((round(x), TOP, round(x), TOP + HEIGHT), fill=0, width=2)
    hand = ImageFont.truetype(HAND, 34)
    for i, c in enumerate(value):
        if c != " ":
            box = d.textbbox((0, 0), c, font=hand)
            x = sides[i] + (sides[i + 1] - sides[i] - (box[2] - box[0])) / 2 - box[0]
            y = TOP + (HEIGHT - (box[3] - box[1])) / 2 - box[1]
            d.text((x, y), c, font=hand, fill=25)
    words = (Word(label, (int(LEFT), 40, int(LEFT) + 190, 62), 95.0, (1, 1, 1)),)
    return PageText(PageRef("form.jpg", 1), np.asarray(img), DPI, words, "ocr"), sides


def test_a_long_combs_boxes_stand_on_its_printed_sides() -> None:
    # a photo's comb whose boxes widen from 34 to 37 pixels: a frame cut evenly at one
    # width drifts off the printed sides by a third of a box; the sides seen are kept
    page, sides = _comb_page("SHARMA", pitch=34.0, widen=0.08)
    label = list(page.words)
    cells = comb_cells(page, label) or comb_cells(page, [under(page, label)])
    assert len(cells) == 36
    assert max(abs(c[0] - s) for c, s in zip(cells, sides, strict=False)) <= 3


def test_a_blurred_empty_box_holds_no_writing() -> None:
    page, sides = _comb_page("AB", boxes=6)
    soft = cv2.GaussianBlur(np.asarray(page.image), (0, 0), 2.5)
    # a box cut a few pixels off its printed frame, as a photo's boxes are found
    empty = (round(sides[3]) - 3, TOP - 5, round(sides[4]) - 3, TOP + HEIGHT + 5)
    written = (round(sides[0]) - 3, TOP - 5, round(sides[1]) - 3, TOP + HEIGHT + 5)
    assert not inked(soft, empty, DPI)
    assert inked(soft, written, DPI)


def test_capitals_written_on_a_dotted_line_are_no_comb() -> None:
    img = Image.new("L", (1400, 160), 255)
    d = ImageDraw.Draw(img)
    d.text((20, 60), "Prénom(s) :", font=ImageFont.truetype(LABEL_FONT, 20), fill=0)
    for x in range(200, 1300, 8):  # the dotted writing line
        d.line((x, 110, x + 2, 110), fill=0, width=2)
    for k in range(14):  # upright stems, evenly spaced, as M, N and I stand in a hand
        x = 220 + k * 36
        d.line((x, 62, x, 106), fill=10, width=4)
    words = (Word("Prénom(s)", (20, 60, 130, 84), 95.0, (1, 1, 1)),)
    page = PageText(PageRef("form.jpg", 1), np.asarray(img), DPI, words, "ocr")
    assert comb_cells(page, list(words)) == []


def test_each_box_read_by_the_capitals_network_outweighs_ocr_guesses() -> None:
    page, _sides = _comb_page("KOUASSI", boxes=20)
    cells = comb_cells(page, [under(page, list(page.words))])
    # tesseract's reads of such a word on a development form: a letter guessed from its
    # language model in each
    hand = read_hand_letters(page, cells, ["KOLASAI", "KOLASI", "BOUVADDI"])
    assert hand is not None and hand.sure
    assert hand.text == "KOUASSI"


def test_a_word_typed_across_the_boxes_is_left_to_ocr() -> None:
    page, _sides = _comb_page("KOUASSI", boxes=20)
    cells = comb_cells(page, [under(page, list(page.words))])
    assert read_hand_letters(page, cells, ["KOUASSI ADJOUA MARIE"] * 3) is not None
    assert read_hand_letters(page, cells, ["KOUASSIADJOUAMARIE"] * 3) is None


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("value", "label", "labels"),
    [("NDIAYE", "Nom de naissance", SURNAME_LABELS), ("AMINATA", "Prénom(s)", GIVEN_LABELS)],
)
def test_a_handwritten_name_comb_is_read_whole(
    value: str, label: str, labels: tuple[str, ...]
) -> None:
    page, _sides = _comb_page(value, label=label)
    read, reads = read_name([page], labels, "surname")
    assert read is not None and read.value == value, reads


@pytest.mark.e2e
def test_a_comb_under_its_label_is_read_whatever_rises_into_the_strip_beside_it() -> None:
    # a large hand's capitals rise over the comb's top into the strip right of the label,
    # read there as "TT"; the comb under the label, no label of its own left of it, is
    # the field's
    page, _sides = _comb_page("NATACHA", label="Prénom(s)")
    image = np.array(page.image)
    for x in (340, 380):  # the tops of two capitals, standing over the comb's top
        cv2.line(image, (x - 9, 52), (x + 9, 52), 20, 3)
        cv2.line(image, (x, 52), (x, 66), 20, 3)
    page = PageText(page.ref, image, page.dpi, page.words, page.source)
    read, reads = read_name([page], GIVEN_LABELS, "given_names")
    assert read is not None and read.value == "NATACHA", reads


def test_an_ocr_read_that_lost_a_word_still_votes_in_the_runs_it_fits() -> None:
    """form_ay d007: three reads of the comb "MEHMET EMRE" gave "MEHMET" alone; a read
    with fewer words than the comb's runs was thrown away, and the network read the typed
    capitals alone ("HLHHLT THRT"). Its words now vote in the runs as long as them."""
    from docverify.vision.comb import _words_to_runs

    runs = [(0, 5), (7, 10)]
    assert _words_to_runs(["MEHMET"], runs) == ["MEHMET", None]
    assert _words_to_runs(["EMRE"], runs) == [None, "EMRE"]
    assert _words_to_runs(["MEHMET", "EMRE"], runs) == ["MEHMET", "EMRE"]
    assert _words_to_runs(["MEHMETE"], runs) == [None, None]
    assert _words_to_runs(["A", "B", "C"], runs) == [None, None]


def test_a_comb_under_its_label_is_not_taken_for_one_beside_it() -> None:
    """form_ay d010: "Prénom(s)_" read with an underscore that reaches down to the tops of
    the comb printed under it; the strip right of the label caught those boxes from the
    fourth on, and read their tops ("TT TASTETPTAA" for MARIE-LOURDES). Boxes whose
    sides go on leftwards under the label are the comb under it."""
    page, _sides = _comb_page("MARIELOURDES", boxes=24, label="Prénom(s)")
    low = Word("Prénom(s)_", (int(LEFT), 40, int(LEFT) + 190, TOP + 15), 80.0, (1, 1, 1))
    assert comb_cells(page, [low]) == []
    assert len(comb_cells(page, [under(page, [low])])) == 24


def test_a_comb_level_with_its_label_is_the_labels() -> None:
    """form_at d010's date of birth ("Date de naissance" and its eight boxes on one row, a
    crop of the page): the label's own letters stand where a comb under it would have its
    sides; a comb whose foot is level with the label is beside it, not under it (the
    check for combs under their labels lost eight dates of birth on form_at and form_ax)."""
    import json
    from pathlib import Path

    here = Path(__file__).parent.parent / "data" / "photos"
    image = cv2.imread(str(here / "birth_date_comb_beside_label.png"), cv2.IMREAD_GRAYSCALE)
    meta = json.loads((here / "birth_date_comb_beside_label.json").read_text())
    label = [Word(t, tuple(box), 95.0, (1, 1, 1)) for t, box in meta["label"]]  # type: ignore[arg-type]
    page = PageText(PageRef("scan_0011.png", 1), image, meta["dpi"], tuple(label), "ocr")
    assert len(comb_cells(page, label)) == 8
