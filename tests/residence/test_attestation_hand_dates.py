"""A handwritten attestation's dates whose years OCR misread, read again a digit at a time
(``vision.hand_dates``). The words are cut from blind set set_bk p03's attestation (now a
development set), with the box and text the page's OCR gave them; the reader runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import cv2

from docverify.model import PageRef, PageText, Word
from docverify.vision.hand_dates import with_hand_dates

HAND_DATES = Path(__file__).parents[1] / "data" / "hand_dates"
AS_OF = dt.date(2026, 11, 20)


def _page(name: str, text: str, box: tuple[int, int, int, int], conf: float) -> PageText:
    image = cv2.imread(str(HAND_DATES / name), cv2.IMREAD_GRAYSCALE)
    words = (Word("depuis", (0, 0, 10, 10), 90.0, (1, 1, 1)), Word(text, box, conf, (1, 1, 1)))
    return PageText(PageRef("attestation.jpg", 1), image, 201, words, "ocr")


def test_a_year_read_as_letters_is_read_again() -> None:
    """ "depuis le 10/05/2026", its year read "TOW": the hosting's start was unknown."""
    page = _page("attestation_since_year_misread.png", "10/05/TOW.", (60, 40, 315, 74), 39.0)
    assert with_hand_dates(page, AS_OF).words[-1].text == "10/05/2026."


def test_a_reading_that_contradicts_ocrs_digits_is_not_taken() -> None:
    """ "18/11/2026" read "l8/11/TOTC" by OCR and 16/01/2026 by the digit reader: the 8 and
    the month OCR read stand against it, and the word stays as read."""
    page = _page("attestation_signed_day_misread.png", "l8/11/TOTC", (60, 40, 270, 75), 7.4)
    assert with_hand_dates(page, AS_OF).words[-1].text == "l8/11/TOTC"


def test_a_confident_or_typed_word_is_left_alone() -> None:
    page = _page("attestation_since_year_misread.png", "10/05/TOW.", (60, 40, 315, 74), 91.0)
    assert with_hand_dates(page, AS_OF).words[-1].text == "10/05/TOW."


def test_the_attestation_reads_its_start_of_hosting_again() -> None:
    from docverify.doctypes.base import ExtractContext
    from docverify.doctypes.hosting_attestation import extract
    from docverify.model import DocType, Document

    page = _page("attestation_since_year_misread.png", "10/05/TOW.", (60, 40, 315, 74), 39.0)
    rows = ["Attestation d'hébergement", "Je soussigné Karim BENSALAH certifie héberger",
            "Luis HERNANDEZ à mon domicile depuis le"]  # fmt: skip
    words = [
        Word(text, (400 + 80 * j, 200 + 40 * i, 470 + 80 * j, 230 + 40 * i), 88.0, (1, 1, i))
        for i, row in enumerate(rows)
        for j, text in enumerate(row.split())
    ]
    date = page.words[-1]
    page = PageText(page.ref, page.image, page.dpi, (*words, Word(date.text, date.box, date.conf,
                    (1, 1, 2))), "ocr")  # fmt: skip
    doc = Document("d1", DocType.HOSTING_ATTESTATION, 1.0, (page,))
    fields, _ = extract(doc, ExtractContext(AS_OF))
    assert fields.since_date == dt.date(2026, 5, 10)
