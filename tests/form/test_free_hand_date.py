"""Section C's date written freehand on its line, read a character at a time by the
handwritten-digit reader when OCR makes no date of it (``date_zone.written_digits``,
``vision.digits.line_date``).

The zones are cut from pages of blind sets that became development sets (each named
below, as the page was read): a felt pen's "09.11.2026" in a frame, "13-11-2026" after a
printed "LILLE le", a US date "10/31/2026" and a joined "27/10/2026" whose 1 and 0 touch.
OCR read them "| OU TOUTE |", "13 I 1010", nothing, and "27/40/2016" at best."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import cv2
import numpy as np
import pytest

from docverify.doctypes.application_form.date_zone import written_digits, zone_dates
from docverify.model import PageRef, PageText, Word
from docverify.vision.digits import line_date, parted

LINES = Path(__file__).parents[1] / "data" / "forms" / "date_lines"


def _zone(name: str) -> np.ndarray:
    image = cv2.imread(str(LINES / name), cv2.IMREAD_GRAYSCALE)
    assert image is not None
    return image


@pytest.mark.parametrize(
    ("name", "dpi", "as_of", "after_le", "expected"),
    [
        # form_ak d006: phone photo, felt pen, dots between the parts, the date's frame
        ("felt_pen_dotted_framed.png", 319, "2026-11-18", False, ("2026-11-09", False)),
        # form_ak d008: photocopy at 200 dpi, "Fait à" read, "le" lost: the place first
        ("place_le_dashed.png", 200, "2026-11-19", True, ("2026-11-13", False)),
        # form_aj d013: a US date, month first (a defect the form must show)
        ("us_slashed.png", 300, "2026-11-20", False, (None, True)),
        # form_ag d002: joined writing, the 1 and 0 of the month one piece of ink
        ("joined_slashed.png", 300, "2026-11-20", False, ("2026-10-27", False)),
        # set_bl p02: phone photo, "19/11/2026" whose slashes stand as upright as its 1s
        # (the first named a 1, the 2026 read "1286" without it)
        ("slash_like_a_one.png", 223, "2026-11-23", False, ("2026-11-19", False)),
        # form_bc d009: a scan at 200 dpi, "Bordeaux , le 14/11/2026" in a hand leaning
        # some 35 degrees, its 1s and slashes overlapping ("84446267" as it leans)
        ("leaning_after_place_le.png", 200, "2026-11-26", True, ("2026-11-14", False)),
    ],
)
def test_a_free_hand_date_is_read_digit_by_digit(
    name: str, dpi: int, as_of: str, after_le: bool, expected: tuple[str | None, bool]
) -> None:
    reads = written_digits(_zone(name), dpi, dt.date.fromisoformat(as_of), after_le)
    assert len(reads) == 1
    value, _text, us = reads[0]
    assert (value.isoformat() if value else None, us) == expected


def test_the_us_date_is_said_as_written() -> None:
    reads = written_digits(_zone("us_slashed.png"), 300, dt.date(2026, 11, 20), False)
    assert reads[0][1] == "10/31/2026"


def test_slashes_are_read_where_they_stand() -> None:
    """The ten characters of "10/31/2026", slashes third and sixth."""
    from docverify.vision.handwriting import ink_only

    ink = ink_only(_zone("us_slashed.png"), 300)
    assert ink is not None
    read = line_date(ink)
    assert read is not None
    assert read.said == "10/31/2026" and read.digits == "10312026"
    assert read.p.shape == (8, 10)


def test_a_blank_line_reads_no_date() -> None:
    blank = np.full((120, 900), 235, np.uint8)
    cv2.line(blank, (10, 100), (890, 100), 40, 2)  # the dotted line's rule, no writing
    assert written_digits(blank, 300, dt.date(2026, 11, 20), False) == []


def test_a_month_in_words_is_not_bent_into_digits() -> None:
    """ "5 nov 2026" (form_ah d003) parts into eight pieces the reader names "58082026":
    no day 58, and the date nearest it is no clear or plausible read: nothing is kept."""
    assert written_digits(_zone("month_in_words.png"), 300, dt.date(2026, 11, 20), False) == []


def test_touching_characters_are_parted_where_the_ink_is_thinnest() -> None:
    two = np.zeros((20, 40), bool)
    two[:, 2:16] = True
    two[:, 24:38] = True
    two[9:11, 16:24] = True  # a thin joining stroke
    parts = parted(two, 2)
    # the cut falls at the join's first thin column: the left character whole, the
    # joining stroke left with the right one
    assert len(parts) == 2 and parts[0].shape == (20, 14) and parts[0].all()
    assert parts[1][:, -14:].all()


def test_the_date_after_fait_a_is_read_on_the_whole_row() -> None:
    """ "Fait à" read, its "le" lost: the zone runs to the page's edge (it stopped 40 label
    heights right of "Fait à" and cut "04/11/2026" after "04/11/20": form_ak d001), and
    the date right of the place is read after the printed "le"."""
    zone = _zone("place_le_dashed.png")
    h, w = zone.shape
    margin = 140
    image = np.full((h + 40, w + margin), int(np.percentile(zone, 92)), np.uint8)
    image[20 : 20 + h, margin:] = zone
    words = (
        Word("certifie", (20, 2, 80, 14), 95.0, (1, 1, 1)),
        Word("Faita", (margin - 70, 50, margin - 6, 72), 92.0, (2, 1, 1)),
    )
    page = PageText(PageRef("p2.jpg", 1), image, 200, words, "ocr")
    reads = zone_dates([page], dt.date(2026, 11, 19))
    assert dt.date(2026, 11, 13) in [r[0] for r in reads]


def test_a_date_as_likely_month_first_as_day_first_is_not_believed() -> None:
    """form_an d005: a US "11/19/2026" whose 1 of the 19 reads as a 6 ("11/69/2026").
    Day first, a 6 for a 0 makes it 11 September, a complete form; month first, a 6 for a
    1 makes it 19 November, a US date. Near as likely: neither is believed, and what was
    read is said (the form's date to check), never a September date taken for sure."""
    reads = written_digits(_zone("us_day_unclear.png"), 200, dt.date(2026, 11, 27), False)
    assert reads == [(None, "11/69/2026", False)]


def test_a_date_the_reader_reads_month_first_is_month_first_even_by_a_narrow_lead() -> None:
    """form_ap d008: a US "11/17/2026" on a phone photo, read "11/17/1226" (its year's 20
    lost). Day first, the likeliest date made it 11 November, a "clear" read among day-first
    dates; month first, 17 November is as likely, and the reader's own first choices say
    11/17. Month first, then: the US date the form must show."""
    reads = written_digits(_zone("us_year_misread.png"), 300, dt.date(2026, 11, 27), False)
    assert reads == [(None, "11/17/2026", True)]


def test_a_year_ocr_cannot_read_after_a_month_in_words_is_read_digit_by_digit() -> None:
    """form_ba d005: "7 novembre 2026" by a hand whose 2s look like Zs, after a printed
    "le". OCR read the day and the month and made "TOC", "VOULG", "TOUC" of the year, and
    the form was "date missing". The year's four characters, read one at a time, are
    2026; a year outside the signing window is no date."""
    from docverify.doctypes.application_form.date_words import worded_dates
    from docverify.vision.handwriting import ink_only

    ink = ink_only(_zone("month_in_words_year_zs.png"), 300)
    window = (dt.date(2021, 1, 1), dt.date(2031, 12, 31))
    reads = ["7 novembre TOC", "7 novembre VOULG"]
    assert worded_dates(ink, reads, window) == [(dt.date(2026, 11, 7), "7 novembre 2026", False)]
    assert worded_dates(ink, reads, (dt.date(2010, 1, 1), dt.date(2020, 12, 31))) == []
    assert worded_dates(ink, ["7 TOC"], window) == []
    # as section C's zone read it, right of "Fait à Strasbourg le"
    zone = _zone("month_in_words_year_zs.png")
    h, w = zone.shape
    margin = 400
    image = np.full((h + 40, w + margin), int(np.percentile(zone, 92)), np.uint8)
    image[20 : 20 + h, margin:] = zone
    words = (
        Word("certifie", (20, 2, 120, 24), 95.0, (1, 1, 1)),
        Word("Fait", (20, 110, 70, 140), 93.0, (2, 1, 1)),
        Word("à", (80, 110, 95, 140), 91.0, (2, 1, 1)),
        Word("le", (margin - 30, 110, margin - 2, 140), 91.0, (2, 1, 1)),
    )
    page = PageText(PageRef("p2.jpg", 1), image, 300, words, "ocr")
    assert dt.date(2026, 11, 7) in [r[0] for r in zone_dates([page], dt.date(2026, 11, 20))]


def test_the_date_under_its_cells_caption_is_read() -> None:
    """form_bc d003 (run C, scanned at 300 dpi): section C printed as two cells captioned
    "Fait à" and "le (JJ/MM/AAAA)", the place and the date written under the captions.
    Right of "le" stands only the format; the date "12/11/2026", its "11" lost by the
    page's read ("12/2026"), is read in the cell under the caption."""
    image = _zone("caption_cells_le_over_date.png")

    def word(text: str, x0: int, y0: int, x1: int, y1: int, line: int, conf: float) -> Word:
        return Word(text, (x0 - 1100, y0 - 440, x1 - 1100, y1 - 440), conf, (line, 1, 1))

    words = (  # as read on the page (the crop keeps the date's cell; "Fait à" moved into it)
        word("sociale.", 1381, 472, 1476, 494, 4, 96.6),
        word("Fait", 1110, 602, 1151, 622, 6, 96.9),
        word("à", 1159, 601, 1171, 622, 6, 97.0),
        word("le", 1272, 601, 1290, 622, 6, 92.0),
        word("(J/MM/AAAA)", 1298, 602, 1457, 626, 6, 88.8),
        word("12/2026", 1295, 654, 1490, 691, 7, 86.6),
    )
    page = PageText(PageRef("scan_0013.jpg", 1), image, 300, words, "ocr")
    reads = zone_dates([page], dt.date(2026, 11, 19))
    assert dt.date(2026, 11, 12) in [r[0] for r in reads]


def test_a_one_and_its_slash_read_as_a_v_are_read_apart_when_widened() -> None:
    """form_an d001: "09/11/2026", its second 1 leaning on the slash. PP-OCR reads the line
    "09/1/2026" as written, and "09/1V2026" widened: the V a 1 and its slash, which
    ``slipped_read`` puts right. Two reads agreeing on the date written whole then come
    before the page's "04/1/2026" taken as 04/11 (``settle_date``)."""
    from docverify.doctypes.application_form.date_text import slipped_read
    from docverify.doctypes.application_form.date_zone import _hand_read
    from docverify.vision.handwriting import read_hand

    zone = _zone("form_an_d001_leaning_ones.png")
    as_written = read_hand(zone, 300)
    assert as_written is not None and as_written[0] == "09/1/2026"
    widened = _hand_read(zone, 300, False, 1.3, 0.0)
    assert slipped_read(widened, dt.date(2026, 11, 20)) == (
        dt.date(2026, 11, 9),
        "09/11/2026",
        False,
    )


@pytest.mark.parametrize(
    ("name", "faint", "as_of", "signed"),
    [
        # set_ca p01, read on its sure ink; set_bq p01, on its faint ink too ("09NV2026")
        ("flagged_ones_stood_up.png", False, dt.date(2026, 11, 18), dt.date(2026, 11, 10)),
        ("flagged_ones_nine.png", True, dt.date(2026, 11, 18), dt.date(2026, 11, 9)),
    ],
)
def test_a_flagged_one_against_its_slash_is_read_when_the_hand_is_stood_up(
    name: str, faint: bool, as_of: dt.date, signed: dt.date
) -> None:
    """A hand whose 1 has a long flag: "10/11/2026" where the flag of the first 1 meets the
    slash before it. Every read as written loses a 1 ("10/1/2026"); PP-OCR reads the
    writing sheared back by a fifth of its height "10N1/2026", the N the slash and the
    flag, which ``slipped_read`` puts right. With the reads that lost a 1 taken as 11,
    the date is settled whole, no guess."""
    from docverify.doctypes.application_form.date_settle import settle_date
    from docverify.doctypes.application_form.date_text import slipped_read
    from docverify.doctypes.application_form.date_zone import HAND_LOOKS, _hand_read

    zone = _zone(name)
    stood_up = _hand_read(zone, 300, faint, *HAND_LOOKS[1])
    read = slipped_read(stood_up, as_of)
    assert read == (signed, signed.strftime("%d/%m/%Y"), False), stood_up
    guess = (signed.replace(month=1), signed.strftime("%d/1/%Y"), False)
    assert settle_date(guess, [guess, read], as_of) == read


def test_the_place_and_an_empty_date_box_read_no_date() -> None:
    """form_bu d007 (a phone photo, recorded zone right of "Fait à", its "le" unread):
    "Lille" written, the date's box left empty. Right of the place nothing is written:
    no date, where the digit reader made "07/30/2022" of the place and the box's edges."""
    assert written_digits(_zone("place_then_empty_box.png"), 305, dt.date(2026, 11, 17), True) == []
