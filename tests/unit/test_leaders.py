"""Dot and dash leaders between a label and its value are erased before OCR; letters,
hyphens and underlines are not. Real tesseract on a rendered bilingual row."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docverify import ocr
from docverify.vision.leaders import erase_dot_leaders, leader_dots

SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
BOLD = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"
ARABIC = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"


def _row(label: str, value: str, arabic: str, mark: tuple[int, int], end_cut: bool) -> np.ndarray:
    """An Algerian-style extract's row at 300 dpi: label, bold value, a dashed (or dotted)
    leader under the line to the Arabic label at the right."""
    img = Image.new("L", (2300, 160), 250)
    draw = ImageDraw.Draw(img)
    draw.text((40, 50), label, font=ImageFont.truetype(SERIF, 42), fill=20)
    draw.text((260, 46), value, font=ImageFont.truetype(BOLD, 42), fill=10)
    draw.text((1980, 40), arabic, font=ImageFont.truetype(ARABIC, 46), fill=20)
    width, height = mark
    x = 240
    while x < 1850:
        draw.rectangle((x, 100, x + width - 1, 100 + height - 1), fill=60)
        x += 17
    if end_cut:
        draw.rectangle((x, 100, x + 2, 101), fill=60)  # the leader's last mark, cut short
    return np.asarray(img).copy()


def test_a_dashed_leader_beside_arabic_is_erased_and_the_row_reads() -> None:
    row = _row("Nom :", "BENALI", ": اللقب", (9, 3), end_cut=True)
    assert len(leader_dots(row, 300)) >= 90
    words = [w.text for w in ocr.ocr_words(erase_dot_leaders(row, 300), "fra+eng")]
    assert "BENALI" in words


def test_a_dotted_leader_is_erased() -> None:
    row = _row("Prénom(s) :", "Karim", ": الاسم", (4, 4), end_cut=False)
    clean = erase_dot_leaders(row, 300)
    assert int((clean[100:104, 400:1800] < 128).sum()) == 0


def test_hyphens_underlines_and_letters_are_kept() -> None:
    img = Image.new("L", (2000, 200), 255)
    draw = ImageDraw.Draw(img)
    draw.text((40, 20), "quatre-vingt-sept - Jean-Pierre - Marie-Laure", fill=0,
              font=ImageFont.truetype(SERIF, 42))  # fmt: skip
    draw.rectangle((40, 150, 1800, 152), fill=0)  # an underline
    page = np.asarray(img).copy()
    assert leader_dots(page, 300) == []
