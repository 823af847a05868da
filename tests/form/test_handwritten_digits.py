"""Handwritten digits read one a box, and a handwritten date read whole (``vision.digits``),
on digits drawn here with a pen's strokes and with OpenCV's Hershey script: shapes the
reader was never trained on (its training set is TrueType fonts and the UCI digits)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import cv2
import numpy as np
import pytest

from docverify.doctypes.application_form.birth_date import read_birth_date
from docverify.doctypes.application_form.date_zone import boxed_dates
from docverify.model import PageRef, PageText, Word
from docverify.vision import digits

DPI = 300
AS_OF = dt.date(2026, 12, 1)

PEN = -1
"""Not a font: the digits drawn as a hand moves the pen (``HAND``)."""
STROKES = (
    PEN,
    cv2.FONT_HERSHEY_SIMPLEX,
    cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
    cv2.FONT_HERSHEY_COMPLEX,
    cv2.FONT_HERSHEY_PLAIN,
)

HAND = {
    "0": [[(0.5, 0.0), (0.15, 0.2), (0.1, 0.6), (0.3, 0.95), (0.7, 0.95), (0.9, 0.6),
           (0.85, 0.2), (0.5, 0.0)]],
    "1": [[(0.3, 0.25), (0.6, 0.0), (0.55, 1.0)]],
    "2": [[(0.15, 0.25), (0.4, 0.0), (0.75, 0.05), (0.85, 0.3), (0.6, 0.6), (0.1, 1.0),
           (0.9, 1.0)]],
    "3": [[(0.15, 0.1), (0.5, 0.0), (0.8, 0.15), (0.75, 0.4), (0.4, 0.5), (0.85, 0.65),
           (0.85, 0.9), (0.5, 1.0), (0.1, 0.9)]],
    "4": [[(0.65, 1.0), (0.65, 0.0), (0.1, 0.7), (0.9, 0.7)]],
    "5": [[(0.85, 0.0), (0.25, 0.0), (0.2, 0.45), (0.6, 0.4), (0.85, 0.6), (0.8, 0.9),
           (0.5, 1.0), (0.15, 0.9)]],
    "6": [[(0.75, 0.0), (0.35, 0.25), (0.15, 0.65), (0.3, 0.97), (0.7, 0.97), (0.85, 0.7),
           (0.6, 0.5), (0.25, 0.6)]],
    "7": [[(0.1, 0.0), (0.9, 0.0), (0.4, 1.0)]],
    "8": [[(0.5, 0.5), (0.2, 0.3), (0.3, 0.05), (0.7, 0.05), (0.8, 0.3), (0.5, 0.5),
           (0.15, 0.75), (0.35, 1.0), (0.7, 1.0), (0.85, 0.75), (0.5, 0.5)]],
    "9": [[(0.8, 0.35), (0.5, 0.5), (0.2, 0.35), (0.3, 0.05), (0.7, 0.05), (0.8, 0.35),
           (0.7, 1.0)]],
    }  # fmt: skip
"""Each character as the pen goes, in a unit box (x right, y down)."""


def _write(image: np.ndarray, char: str, x: int, y: int, w: int, h: int, font: int) -> int:
    """``char`` written in the ``w`` x ``h`` box at (``x``, ``y``); the width it took."""
    if font == PEN:
        for stroke in HAND.get(char, []):
            points = np.array([(x + px * w, y + py * h) for px, py in stroke], np.int32)
            cv2.polylines(image, [points], False, 30, 2, cv2.LINE_AA)
        return w
    (tw, _th), _ = cv2.getTextSize(char, font, h / 22, 2)
    cv2.putText(image, char, (x, y + h), font, h / 22, 30, 2)
    return tw


def _box(char: str, font: int, size: int = 70) -> np.ndarray:
    """One box of a comb, 6 mm at 300 dpi as the cerfa prints it: its frame, and ``char``
    written in it (blank for " ")."""
    cell = np.full((size, size), 235, np.uint8)
    cv2.rectangle(cell, (0, 0), (size - 1, size - 1), 90, max(1, size // 30))
    if char != " ":
        k = size / 40
        _write(cell, char, int(12 * k), int(8 * k), int(16 * k), int(24 * k), font)
    return cell


@pytest.mark.parametrize("font", STROKES)
@pytest.mark.parametrize("born", [dt.date(1988, 6, 19), dt.date(1975, 12, 30)])
def test_a_date_of_birth_in_eight_boxes_is_read_whole(font: int, born: dt.date) -> None:
    cells = [_box(c, font) for c in born.strftime("%d%m%Y")]
    read = digits.boxed_date(cells, dt.date(1900, 1, 1), dt.date(2026, 12, 1))
    assert read is not None and read.value == born, read


def test_each_box_is_read_with_its_probability() -> None:
    masks = [digits.glyph(_box(c, PEN)) for c in "30 7"]
    assert masks[2] is None  # a blank box is no digit
    p = digits.digit_probabilities([m for m in masks if m is not None])
    assert p is not None and p.argmax(axis=1).tolist() == [3, 0, 7]
    assert (p.max(axis=1) > 0.5).all()


def test_a_blank_box_leaves_the_date_unread() -> None:
    cells = [_box(c, PEN) for c in "1906198 "]
    assert digits.boxed_date(cells, dt.date(1900, 1, 1), dt.date(2026, 12, 1)) is None


def test_the_date_is_read_whole_never_as_an_impossible_date() -> None:
    """A doubtful digit is read as the date's rules allow: a day's tens that look most like
    a 4 make no day 49, a month's tens like a 7 no month 71."""
    p = np.full((8, 10), 0.02)
    for i, d in enumerate("49112026"):
        p[i, int(d)] = 0.5
    p[0, 1] = 0.3  # the 4 might be a 1
    p[2, 7], p[2, 1] = 0.5, 0.4  # the month's 1 might be a 7
    read = digits.likeliest_date(p, dt.date(2021, 1, 1), dt.date(2031, 12, 31))
    assert read is not None and read.value == dt.date(2026, 11, 19)


def test_ocr_reads_of_the_boxes_weigh_in_box_by_box() -> None:
    """A box the network cannot tell (the day's 9 smudged by a loop: a 9 or an 8, even
    odds) is settled by what OCR read there, box by box."""
    cells = [_box(c, PEN) for c in "29122000"]
    cv2.circle(cells[1], (35, 35), 16, 40, 2)
    first, last = dt.date(1900, 1, 1), dt.date(2026, 12, 1)
    alone = digits.boxed_date(cells, first, last)
    assert alone is not None and not alone.clear
    read = digits.boxed_date(cells, first, last, votes=["29122000"] * 3)
    assert read is not None and read.value == dt.date(2000, 12, 29) and read.clear


def _birth_comb(value: str, gap_mm: float = 0.0) -> PageText:
    """Section A's "Date de naissance" and its comb of eight boxes, ``value``'s digits
    drawn in them with a pen (blank for " "); ``gap_mm`` parts JJ, MM and AAAA."""
    mm = DPI / 25.4
    image = np.full((int(20 * mm), int(150 * mm)), 240, np.uint8)
    cv2.putText(image, "Date de naissance", (int(5 * mm), int(11 * mm)),
                cv2.FONT_HERSHEY_SIMPLEX, 1.2, 20, 2)  # fmt: skip
    size, x = int(6 * mm), int(60 * mm)
    for i, char in enumerate(value):
        x += int(gap_mm * mm) if i in (2, 4) else 0
        cell = _box(char, PEN, size)
        image[int(6 * mm) : int(6 * mm) + size, x : x + size] = cell
        x += size - 1
    label = [
        Word(text, (int(x0 * mm), int(8 * mm), int(x1 * mm), int(11 * mm)), 95.0, (1, 1, 1))
        for text, x0, x1 in (("Date", 5, 14), ("de", 15, 19), ("naissance", 20, 40))
    ]
    return PageText(PageRef("form.png", 1), image, DPI, tuple(label), "ocr")


@pytest.mark.e2e
def test_a_hand_filled_comb_gives_the_date_of_birth() -> None:
    page = _birth_comb("19061988")
    assert read_birth_date([page], AS_OF) == dt.date(1988, 6, 19)


@pytest.mark.e2e
def test_a_month_written_without_its_zero_is_read() -> None:
    """ "_7" in the month's boxes (a hand that leaves the 0 out): July, not no date."""
    page = _birth_comb("21 71983", gap_mm=3.0)
    assert read_birth_date([page], AS_OF) == dt.date(1983, 7, 21)


def test_an_unclear_boxed_signing_date_is_taken_when_ocr_reads_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Section C's date in eight boxes, the reader unsure of a box, OCR's reads of the
    boxes giving no date (recorded from form_z d018: "092026", "4||1|1||0|1|6"): the
    reader's likeliest date is taken when it is plausible (recent, not after the audit);
    one that would fault the form is not."""
    from docverify.doctypes.application_form import date_zone

    mm = DPI / 25.4
    image = np.full((int(20 * mm), int(150 * mm)), 240, np.uint8)
    cv2.putText(image, "le", (int(5 * mm), int(11 * mm)), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 20, 2)
    size, x = int(6 * mm), int(15 * mm)
    cells = []
    for i, char in enumerate("29102026"):
        x += int(3 * mm) if i in (2, 4) else 0
        cell = _box(char, PEN, size)
        if i == 1:
            cv2.circle(cell, (size // 2, size // 2), int(size * 0.23), 40, 2)  # a 9 or an 8
        image[int(6 * mm) : int(6 * mm) + size, x : x + size] = cell
        cells.append((x, int(6 * mm), x + size, int(6 * mm) + size))
        x += size - 1
    label = Word("le", (int(5 * mm), int(8 * mm), int(9 * mm), int(11 * mm)), 95.0, (1, 1, 1))
    page = PageText(PageRef("form.png", 2), image, DPI, (label,), "ocr")
    monkeypatch.setattr(date_zone, "comb_cells", lambda *a, **k: cells)
    monkeypatch.setattr(date_zone, "read_comb_words", lambda *a, **k: ["092026", "092026"])
    monkeypatch.setattr(date_zone, "read_framed_digits", lambda *a, **k: ["4||1|1||0|1|6"])
    read = date_zone.boxed_dates(page, label, dt.date(2026, 11, 18))
    assert [r[0] for r in read] in ([dt.date(2026, 10, 29)], [dt.date(2026, 10, 28)])
    assert date_zone.boxed_dates(page, label, dt.date(2026, 10, 20)) == []  # after the audit


FORMS = Path(__file__).parents[1] / "data" / "forms"


def _photo_row(name: str, words: tuple[tuple[str, tuple[int, int, int, int]], ...]) -> PageText:
    """A row of a hand-filled cerfa photographed on a table (blind set set_ac, p01, its
    page as read at 217 dpi): a fine pen's digits in the boxes, blurred so that each 0's
    right side stands a tenth of the way from the paper to the ink."""
    image = cv2.imread(str(FORMS / name), cv2.IMREAD_GRAYSCALE)
    return PageText(
        PageRef("IMG.jpg", 1),
        image,
        217,
        tuple(Word(t, b, 96.0, (1, 1, 1)) for t, b in words),
        "ocr",
    )


def test_a_form_date_in_pale_boxes_is_read_with_the_faint_side_of_its_strokes() -> None:
    """Each 0 showed the reader its dark side only (a 1, or a 0 at even odds): the date
    10/01/2026 was not read and the form was held up as undated. The strokes' pale sides,
    joined to their dark ones, are a second look whose reading is averaged in."""
    page = _photo_row("photo_pale_boxes_date.png", (("le", (64, 42, 81, 60)),))
    reads = boxed_dates(page, page.words[0], dt.date(2026, 1, 14))
    assert reads and reads[0][0] == dt.date(2026, 1, 10), reads


def test_the_faint_look_does_not_replace_the_sure_one() -> None:
    """The same hand's date of birth, 19/07/1994: seen on its faint ink alone, the 9's
    loop fills in and reads a 3 (13/07/1994); both looks together read it right."""
    label = (("Date", (19, 29, 66, 76)), ("de", (77, 29, 98, 76)),
             ("naissance", (109, 29, 217, 76)))  # fmt: skip
    page = _photo_row("photo_pale_boxes_birth.png", label)
    assert read_birth_date([page], dt.date(2026, 1, 14)) == dt.date(1994, 7, 19)
