"""An identity card laid on a flatbed scanner and scanned as an A4 page: its print stands
a dozen pixels tall at the page's resolution, and tesseract read "PS6 Lo r>" off it. The
card is cut out and read enlarged (real tesseract); two cards on one scan are two parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from docverify.cache import OcrCache
from docverify.pipeline import load_files
from docverify.text import read_pages

pytestmark = pytest.mark.e2e

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SMALL = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _card(d: ImageDraw.ImageDraw, x: int, y: int, lines: list[tuple[str, str]]) -> None:
    """A card of 86 x 54 mm at 200 dpi (677 x 425 px), a pale tint, small print."""
    d.rounded_rectangle((x, y, x + 677, y + 425), radius=20, fill=(226, 224, 234))
    d.text(
        (x + 30, y + 20),
        "RÉPUBLIQUE FRANÇAISE",
        font=ImageFont.truetype(FONT, 15),
        fill=(20, 30, 120),
    )
    label, value = ImageFont.truetype(SMALL, 9), ImageFont.truetype(FONT, 15)
    for i, (cap, text) in enumerate(lines):
        d.text((x + 240, y + 75 + 50 * i), cap, font=label, fill=(60, 60, 60))
        d.text((x + 240, y + 88 + 50 * i), text, font=value, fill=(10, 10, 10))


def test_a_card_scanned_on_a_page_is_read(tmp_path: Path) -> None:
    page = Image.new("RGB", (1654, 2339), (246, 246, 244))
    d = ImageDraw.Draw(page)
    _card(d, 480, 230, [("NOM / Surname", "DURAND"), ("Prénoms / Given names", "CAMILLE"),
                        ("DATE DE NAISS. / Date of birth", "21 07 1984")])  # fmt: skip
    _card(d, 480, 1300, [("ADRESSE / Address", "12 RUE DES LILAS"), ("TAILLE / Height", "1,68 m")])
    page.save(tmp_path / "cni recto verso.png")
    pages = load_files(tmp_path)[0]
    texts = read_pages(pages, "fra+eng", OcrCache(tmp_path / "cache"), 1)
    assert len(texts) == 2  # the two cards, each read on its own
    assert "DURAND" in texts[0].text and "CAMILLE" in texts[0].text
    assert "LILAS" in texts[1].text
