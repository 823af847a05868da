"""A birth certificate in Arabic alone (Egypt, Syria, Lebanon, the Maghreb's Arabic
extracts) rendered with an Arabic font and read by tesseract itself: OSD names its script,
the page is read again with Arabic (tesseract-ocr-ara, installed by the README's set-up)
and typed a birth certificate by its Arabic title and labels."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docverify import ocr
from docverify.cache import OcrCache
from docverify.classify import classify_page
from docverify.model import DocType, Page, PageRef
from docverify.text import read_page

AMIRI = Path("/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf")

ROWS = [
    ("جمهورية مصر العربية", ""),
    ("وزارة الداخلية", ""),
    ("قطاع الأحوال المدنية", ""),
    ("شهادة ميلاد", ""),
    ("اسم المولود", "مريم"),
    ("تاريخ الميلاد", "23/06/1991"),
    ("محل الميلاد", "الإسكندرية"),
    ("اسم الأب", "عادل فؤاد الشرقاوي"),
    ("اسم الأم", "نادية محمود السيد"),
]


def _certificate() -> np.ndarray:
    img = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(AMIRI), 48)
    for i, (label, value) in enumerate(ROWS):
        y = 200 + i * 130
        # right to left: the label at the right margin, its value to its left
        draw.text((1500, y), label, font=font, fill=0, direction="rtl", anchor="ra")
        if value:
            draw.text((900, y), value, font=font, fill=0, direction="rtl", anchor="ra")
    return np.asarray(img).copy()


@pytest.mark.skipif(not AMIRI.exists(), reason="fonts-hosny-amiri (the README's set-up)")
def test_a_certificate_in_arabic_is_read_in_arabic_and_typed(tmp_path: Path) -> None:
    assert "ara" in ocr.available_languages(), "install tesseract-ocr-ara"
    page = Page(PageRef("shahadat_milad.png", 1), _certificate(), 200, sha256="arabic-cert")
    text = read_page(page, "fra+eng", OcrCache(tmp_path))
    assert text.script == "Arabic" and text.other_script
    assert "ميلاد" in text.text, text.text
    assert classify_page(text).type == DocType.BIRTH_CERTIFICATE


def test_a_sudanese_record_whose_title_was_misread_is_known_by_its_newborn_s_name() -> None:
    """set_dd p01 (wave 44, read; recorded Arabic read): Sudan's civil registry record,
    its title "شهادة ميلاد" read "bolas ميلاد", "للسجل المدني" with its preposition, and
    "اسم المولود" (the newborn's name): the page was no document, its translation's
    original "not recognised"."""
    from tests.bank.pages import page

    rows = [
        "وزارة الداخلية", "الإدارة العامة للسجل المدني", "bolas ميلاد",
        "الرقم الوطني : 11938475620", "اسم المولود ge: حسن عثمان", "انوع : ذكر",
        "1994/03/07 : الميلاد 458", "مكان الميلاد : أم درمان 35 as اخرطوم",
        "اسم الأب : حسن عثمان همد", "اسم الأم : آمنة الطيب أحمد",
    ]  # fmt: skip
    assert classify_page(page(rows)).type == DocType.BIRTH_CERTIFICATE
