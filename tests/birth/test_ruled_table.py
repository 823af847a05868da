"""A birth register's ruled table, read with the real tesseract: its rules erased before
the read (``vision.ruling``), the labels and values of its cells read as rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docverify.vision.ruling import erase_rules, rule_mask

pytestmark = pytest.mark.e2e
FONTS = "/usr/share/fonts/truetype/liberation/"
ROWS = [("Certificate No.", "MOH/BVS/89-22416"), ("Name of child", "Comfort Yah KOLLIE-DENNIS"),
        ("Sex", "Female"), ("Date of birth", "December 5, 1989"),
        ("Place of birth", "JFK Medical Center, Monrovia"), ("County", "Montserrado"),
        ("Father's name", "Joseph S. DENNIS"), ("Mother's name", "Musu KOLLIE")]  # fmt: skip


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS + f"Liberation{name}.ttf", size)


def _ruled_certificate(path: Path, angle: float = 1.2) -> None:
    """set_ar p03 (Liberia), redrawn: a certificate whose fields are the cells of a
    two-column table with 4-pixel rules, the sheet turned a little, at 200 dpi."""
    im = Image.new("L", (1700, 2200), 250)
    d = ImageDraw.Draw(im)
    d.text((850, 150), "REPUBLIC OF LIBERIA", font=_font("Serif-Bold", 34), fill=0, anchor="mm")
    d.text((850, 300), "CERTIFICATE OF BIRTH", font=_font("Serif-Bold", 44), fill=0, anchor="mm")
    top, h, x0, x1, x2 = 400, 80, 150, 650, 1550
    for i, (label, value) in enumerate(ROWS):
        y = top + i * h + h // 2
        d.text((x0 + 15, y), label, font=_font("Serif-Regular", 24), fill=0, anchor="lm")
        d.text((x1 + 15, y), value, font=_font("Mono-Regular", 30), fill=0, anchor="lm")
    for i in range(len(ROWS) + 1):
        d.line((x0, top + i * h, x2, top + i * h), fill=0, width=4)
    for x in (x0, x1, x2):
        d.line((x, top, x, top + len(ROWS) * h), fill=0, width=4)
    d.text((150, 1150), "This is to certify that the above is a true record of birth.",
           font=_font("Serif-Regular", 26), fill=0)  # fmt: skip
    im.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=250).save(path, dpi=(200, 200))


def test_the_cells_of_a_ruled_table_are_read_as_rows(tmp_path: Path, audit_packet: Any) -> None:
    """Without its rules erased, tesseract reads the table's cells as scattered blocks
    ("Certificate No." apart from its value, "ec 5" / "1989" for the date) and the
    certificate's name and date are lost."""
    _ruled_certificate(tmp_path / "birth_certificate.png")
    result = audit_packet(tmp_path, "2026-11-20")
    cert = next(d for d in result.documents if d.type.value == "birth_certificate")
    f = cert.fields
    assert (f.surname, f.given_names) == ("KOLLIE-DENNIS", "Comfort Yah")
    assert f.date_of_birth == dt.date(1989, 12, 5)
    assert f.issuing_country == "LBR"


def test_a_frame_is_left_and_a_table_loses_only_its_rules() -> None:
    """A frame (a card's edge, a box around a RIB's codes) is no table; a grid is."""
    page = np.full((600, 800), 250, np.uint8)
    for y in (100, 497):  # a frame: two rules across, two down
        page[y : y + 3, 50:750] = 0
    for x in (50, 747):
        page[100:500, x : x + 3] = 0
    assert rule_mask(page, 200) is None
    page[300:303, 50:750] = 0  # a third rule across: the rows of a table
    page[150:175, 200:204] = 0  # a letter's stroke inside a cell
    clean = erase_rules(page, 200)
    assert (clean[100:103, 60:740] > 200).all() and (clean[100:500, 50:53] > 200).all()
    assert (clean[150:175, 200:204] == 0).all()
