"""A handwritten value's zone keeps every stroke of the writing: the 1s of "11/11/11"
stand like a comb's sides (upright, alike, evenly spaced) but touch no printed rule, so
they are not painted out as box sides; a real comb's sides are."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docverify.vision.handwriting import ink_only

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300


def _ink(img: np.ndarray) -> int:
    return int((img < 128).sum())


def test_the_ones_of_a_date_are_kept() -> None:
    img = Image.new("L", (900, 120), 255)
    d = ImageDraw.Draw(img)
    d.text((40, 20), "11/11/11", font=ImageFont.truetype(FONT, 64), fill=0)  # 11/11/2011, short
    text_only = _ink(np.asarray(img))
    d.line((20, 100, 880, 100), fill=0, width=2)  # the dotted line the date is written on
    kept = ink_only(np.asarray(img), DPI)
    assert kept is not None
    assert _ink(kept) >= 0.9 * text_only


def test_a_combs_sides_are_taken_out() -> None:
    img = Image.new("L", (900, 120), 255)
    d = ImageDraw.Draw(img)
    for i in range(12):
        d.rectangle((40 + 60 * i, 20, 100 + 60 * i, 95), outline=0, width=2)
    font = ImageFont.truetype(FONT, 56)
    d.text((52, 25), "4", font=font, fill=0)
    d.text((112, 25), "2", font=font, fill=0)
    kept = ink_only(np.asarray(img), DPI)
    assert kept is not None
    assert kept.shape[1] < 160  # only the digits are left, not the row of boxes
