"""Dates a hand wrote in a document's text ("depuis le 10/05/2026") that OCR misread, read
again a character at a time by the handwritten-digit reader (``vision.digits``).

Tesseract reads a handwritten attestation's words passably and its years poorly: a hand's
"2026" comes out "TOW", "TOTC" or "IAAl" (set_bk p03). The word's box is cut out of the
page and read by ``line_date``; the reading replaces the word only when it is a date, every
digit OCR did read stands where the reader puts it (two at least), and its year is one a
person writes about their life (not after next year).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import cv2

from docverify.model import PageText, Word
from docverify.vision.digits import line_date
from docverify.vision.handwriting import ink_only

DATE_WORD = re.compile(r"^(\W?)(\w{1,2})[/.\-](\w{1,2})[/.\-](\w{2,4})(\W?)$")
"""A word shaped like a date written with slashes, dots or dashes, however misread."""
SURE_CONF = 80.0
"""A word OCR read at least this confidently is left as read."""
AGREEING = 2
"""Digits OCR read that the reader must read the same, at least."""


def _agrees(ocr_parts: tuple[str, ...], said_parts: tuple[str, ...]) -> bool:
    """Does every digit OCR read stand where the reader put the same digit (parts of equal
    length compared place by place), and do two at least?

    >>> _agrees(("10", "05", "TOW"), ("10", "05", "2026")), _agrees(("l8", "11", "TOTC"), ("16", "01", "2026"))
    (True, False)
    >>> _agrees(("OF", "IV", "IAAl"), ("08", "12", "1991"))
    False
    """
    agree = 0
    for ocr_part, said in zip(ocr_parts, said_parts, strict=True):
        if len(ocr_part) != len(said):
            continue
        for a, b in zip(ocr_part, said, strict=True):
            if a.isdigit():
                if a != b:
                    return False
                agree += 1
    return agree >= AGREEING


def read_again(page: PageText, word: Word, latest_year: int) -> str | None:
    """The date ``word`` holds, read a character at a time on the page, as
    "DD/MM/YYYY"; None unless the reading is a date OCR's own digits agree with."""
    m = DATE_WORD.match(word.text)
    if m is None or page.image is None:
        return None
    x0, y0, x1, y1 = word.box
    h = max(4, y1 - y0)
    crop = page.image[max(0, y0 - h // 2) : y1 + h // 2, max(0, x0 - h // 3) : x1 + h // 3]
    if crop.ndim == 3:
        crop = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)
    ink = ink_only(crop, page.dpi)
    read = line_date(ink) if ink is not None else None
    if read is None or read.said.count("/") != 2:
        return None
    said = tuple(read.said.split("/"))
    try:
        value = dt.date(int(said[2]), int(said[1]), int(said[0]))
    except ValueError:
        return None
    if not 1900 <= value.year <= latest_year or not _agrees((m[2], m[3], m[4]), said):
        return None
    return read.said


def with_hand_dates(page: PageText, as_of: dt.date) -> PageText:
    """The page with each date-shaped word OCR read doubtfully, and made no date of, read
    again (``read_again``); the page as it is when none changes."""
    if page.source != "ocr" or page.image is None:
        return page
    words = list(page.words)
    changed = False
    for i, word in enumerate(words):
        m = DATE_WORD.match(word.text)
        if m is None or word.conf >= SURE_CONF or _is_date(m[2], m[3], m[4]):
            continue
        said = read_again(page, word, as_of.year + 1)
        if said is not None:
            words[i] = dataclasses.replace(word, text=f"{m[1]}{said}{m[5]}")
            changed = True
    return dataclasses.replace(page, words=tuple(words)) if changed else page


def _is_date(day: str, month: str, year: str) -> bool:
    """Do three parts read as digits make a date already?"""
    if not (day.isdigit() and month.isdigit() and year.isdigit() and len(year) == 4):
        return False
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True
