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


def test_a_ballpoints_faint_end_of_stroke_is_kept_only_when_asked() -> None:
    """A stroke that fades (a 6's light rise) keeps its faint part with ``faint``; a faint
    mark that holds no sure ink (the paper's shade) is never ink."""
    zone = np.full((120, 600), 235, np.uint8)
    zone[40:80, 100:106] = 60  # the sure, dark part of a stroke
    zone[10:40, 100:106] = 190  # its faint end (light ink, darker than 0.86 of the paper)
    zone[50:80, 300:306] = 190  # a faint mark alone
    zone[20:100, 450:456] = 60  # another sure stroke
    sure = ink_only(zone, DPI)
    faint = ink_only(zone, DPI, faint=True)
    assert sure is not None and faint is not None
    assert _ink(faint) - _ink(sure) >= 0.8 * 30 * 6  # the faint end joined its stroke
    lone = faint[:, 300 - 96 : 306 - 96] if faint.shape[1] > 210 else faint[:, :0]
    assert _ink(lone) == 0  # the faint mark alone is not ink (the cut starts at x = 96)


def test_an_is_dot_stays_when_asked_a_leaders_dot_never() -> None:
    """With ``dots`` the dot over a letter's stem stays (tesseract reads a hand's dotless
    "Maria" as "Mara"); a dot of the leader under the writing, or a speck after it with
    nothing under it, goes."""
    zone = np.full((120, 600), 255, np.uint8)
    zone[50:90, 100:106] = 0  # an i's stem
    zone[38:42, 101:105] = 0  # its dot, just above it
    zone[50:90, 200:260] = 0  # a letter's body
    zone[100:104, 220:224] = 0  # a leader's dot under it
    zone[38:42, 400:404] = 0  # a speck with nothing under it
    without = ink_only(zone, DPI)
    dotted = ink_only(zone, DPI, dots=True)
    assert without is not None and dotted is not None
    assert _ink(dotted) - _ink(without) == 16  # the i's dot, and nothing else
    assert dotted.shape[0] == without.shape[0] + 12  # the cut reaches up to the dot
