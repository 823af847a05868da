"""Handwriting read by PP-OCR's recogniser (``docverify.ppocr``), beside tesseract.

The zones are cut from blind-set pages (wave 23's form_be, read since session 35), as
the form's own layout finds them; both engines run for real."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import cv2
import numpy as np

from docverify.doctypes.application_form.date_text import slashed
from docverify.doctypes.application_form.date_zone import DATE_READS, zone_dates
from docverify.doctypes.application_form.name_vote import vote
from docverify.model import PageRef, PageText, Word
from docverify.ocr import HAND_READ
from docverify.vision.handwriting import read_hand, read_line

FORMS = Path(__file__).parents[1] / "data" / "forms"


def _zone(folder: str, name: str) -> np.ndarray:
    image = cv2.imread(str(FORMS / folder / name), cv2.IMREAD_GRAYSCALE)
    assert image is not None, name
    return image


def test_a_leaning_hands_us_date_is_read_whole() -> None:
    """form_be d004: "10/27/2026" by a leaning hand after "le". Tesseract read "(V2 72°26",
    "[0/2706" and "0/2006", and the form was "date unreadable" where it is dated month
    first (invalid). PP-OCR reads it as written, and section C's zone gives the US date."""
    zone = _zone("date_lines", "leaning_us_date.png")
    # (read at tesseract's height, one slash lost: put back by ``slashed``)
    assert "10/27/2026" in [slashed(t) for t in read_line(zone, 300, (HAND_READ,))]
    assert HAND_READ in DATE_READS
    h, w = zone.shape
    margin = 200
    image = np.full((h + 40, w + margin), int(np.percentile(zone, 92)), np.uint8)
    image[20 : 20 + h, margin:] = zone
    words = (
        Word("certifie", (20, 2, 120, 24), 95.0, (1, 1, 1)),
        Word("Fait", (20, 90, 70, 120), 93.0, (2, 1, 1)),
        Word("à", (80, 90, 95, 120), 91.0, (2, 1, 1)),
        Word("le", (margin - 30, 90, margin - 2, 120), 91.0, (2, 1, 1)),
    )
    page = PageText(PageRef("cerfa-signe.jpg", 1), image, 300, words, "ocr")
    reads = zone_dates([page], dt.date(2026, 11, 25))
    assert (None, "10/27/2026", True) in reads


def test_a_frames_sides_are_no_letters() -> None:
    """form_be d002: "KEÏTA" in capitals in a framed box under "Nom de naissance". With
    the box's left side left in the ink, PP-OCR read "IKETA"; the sides that run from the
    box's top rule to its bottom one are taken out, a written letter never is."""
    text, confidence = read_hand(
        _zone("hand_names", "keita_surname_300dpi.png"), 300, dots=True
    ) or ("", 0.0)
    assert text.startswith("KE") and len(text) == 5 and confidence >= 0.9, text


def test_a_sure_read_of_a_hand_outweighs_tesseracts_scattered_ones() -> None:
    """form_be d002: "AMINATA FATOUMATA" in a framed box. Tesseract's reads of the comb it
    thought it saw there scatter ("INAIUCATADIANX", "JMUUVATAIAARA"...); PP-OCR's read of
    the line, weighed by its confidence, wins the vote."""
    text, confidence = read_hand(_zone("hand_names", "keita_given_300dpi.png"), 300, dots=True) or (
        "",
        0.0,
    )
    assert text.replace(" ", "").startswith("AMINATAFATOU") and confidence >= 0.8, text
    junk = ["JMUUVATAIAARA", "INAATADIANX", "INWULATAISARMY", "INAIUCATADIANX", "INUCAEADDINS"]
    from docverify.doctypes.application_form.name_vote import hand_weight

    assert vote([*junk, text], None, [1.0] * 5 + [hand_weight(confidence)]) == text
    assert vote([*junk, text]) != text  # unweighed, one read among five scattered ones


def test_a_doubtful_read_of_pp_ocrs_is_no_voice_among_tesseracts() -> None:
    """Scribbles: PP-OCR reads something (Katakana, at 0.37), and ``HAND_READ`` among
    tesseract's configs gives nothing for it; its sure reads pass (the date above)."""
    from docverify import ocr, ppocr

    rng = np.random.default_rng(3)
    image = np.full((48, 300), 255, np.uint8)
    for _ in range(25):
        x, y = (int(v) for v in rng.integers(0, (300, 48)))
        dx, dy = (int(v) for v in rng.integers(-20, 20, 2))
        cv2.line(image, (x, y), (x + dx, y + dy), 0, 2)
    _text, confidence = ppocr.read_text_line(image)
    assert confidence < ocr.HAND_READ_SURE
    assert ocr.ocr_string(image, *HAND_READ) == ""
