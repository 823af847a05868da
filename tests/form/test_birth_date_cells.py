"""A date of birth printed as three captioned cells, "Jour", "Mois", "Année de naissance",
side by side, each over its boxes (a print run that captions every cell, form_ah R3): no
"Date de naissance" label to read the boxes from. Drawn at 300 dpi and read with the real
tesseract; the captions' words are given as the page's read found them."""

from __future__ import annotations

import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docverify.doctypes.application_form.birth_date import read_birth_date
from docverify.model import PageRef, PageText, Word

SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"
BOX = 44  # a comb box, px (3.7 mm at 300 dpi)


def _cells(digits: str) -> PageText:
    img = Image.new("L", (2000, 400), 255)
    d = ImageDraw.Draw(img)
    small, typed = ImageFont.truetype(SANS, 24), ImageFont.truetype(MONO, 40)
    words = []
    x = 100
    for caption, part in (("Jour", digits[:2]), ("Mois", digits[2:4]),
                          ("Année de naissance", digits[4:])):  # fmt: skip
        width = max(len(part) * BOX + 40, 22 * len(caption) + 30)
        d.rectangle((x, 100, x + width, 230), outline=0, width=3)
        cx = x + 12
        for token in caption.split():
            w = int(d.textlength(token, font=small))
            d.text((cx, 108), token, font=small, fill=0)
            words.append(Word(token, (cx, 110, cx + w, 134), 95.0, (1, 1, 1)))
            cx += w + 8
        bx = x + 14
        d.rectangle((bx, 160, bx + len(part) * BOX, 160 + BOX + 4), outline=0, width=2)
        for i, ch in enumerate(part):
            left = bx + i * BOX
            if i:
                d.line((left, 160 + BOX - 12, left, 164 + BOX), fill=0, width=2)
            d.text((left + 10, 162), ch, font=typed, fill=0)
        x += width + 30
    return PageText(PageRef("form.png", 1), np.asarray(img), 300, tuple(words), "ocr")


def test_three_captioned_cells_give_the_date_of_birth() -> None:
    page = _cells("23011988")
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1988, 1, 23)


def test_a_day_caption_without_month_and_year_beside_it_is_no_date_label() -> None:
    page = _cells("23011988")
    alone = PageText(page.ref, page.image, page.dpi, page.words[:1], "ocr")
    assert read_birth_date([alone], dt.date(2026, 11, 20)) is None


def test_typed_digits_in_grey_cells_under_the_caption_are_read() -> None:
    """form_bd d013 (run C, typed, scanned): "Date de naissance (JJ MM AAAA)" over eight
    grey cells with no lines, "11 11 1984" typed in them. No comb is found, nothing stands
    right of the caption; the page's read of the cells was noise ("Cle lo 10 oe eee"). The
    band under the caption, read alone, gives the date."""
    img = Image.new("L", (1600, 300), 250)
    d = ImageDraw.Draw(img)
    d.text((100, 40), "Date de naissance (JJ MM AAAA)", font=ImageFont.truetype(SANS, 26), fill=40)
    digit = ImageFont.truetype(SANS, 40)
    x = 100
    for group in ("11", "11", "1984"):
        for ch in group:
            d.rectangle((x, 100, x + 46, 160), fill=222)
            d.text((x + 10, 106), ch, font=digit, fill=25)
            x += 50
        x += 30
    words, left = [], 100
    for text in ("Date", "de", "naissance", "(JJ", "MM", "AAAA)"):
        width = int(ImageFont.truetype(SANS, 26).getlength(text))
        words.append(Word(text, (left, 44, left + width, 70), 92.0, (1, 1, 1)))
        left += width + 8
    page = PageText(PageRef("doc.pdf", 1), np.asarray(img), 300, tuple(words), "ocr")
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1984, 11, 11)


def _misread_label_page(label_words: list[tuple[str, tuple[int, int, int, int]]]) -> PageText:
    """Section A's rows at 300 dpi: "Prénom(s)", then "Date de naissance (JJ MM AAAA) :" in
    small italics over three framed groups of boxes holding "14 05 1986", then "LIEU DE
    NAISSANCE"; the page's read of the date's label is ``label_words``."""
    img = Image.new("L", (2000, 700), 250)
    d = ImageDraw.Draw(img)
    sans, typed = ImageFont.truetype(SANS, 26), ImageFont.truetype(SANS, 40)
    d.text((100, 60), "Prénom(s)", font=sans, fill=30)
    d.text(
        (600, 200), "Date de naissance (JJ MM AAAA) :", font=ImageFont.truetype(SANS, 20), fill=40
    )
    x = 600
    for group in ("14", "05", "1986"):
        d.rectangle((x, 232, x + 70 * len(group), 308), outline=30, width=3)
        for i, ch in enumerate(group):
            if i:
                d.line((x + 70 * i, 232, x + 70 * i, 308), fill=30, width=2)
            d.text((x + 70 * i + 22, 246), ch, font=typed, fill=20)
        x += 70 * len(group) + 34
    d.text((100, 420), "LIEU DE NAISSANCE", font=sans, fill=30)
    words = [Word("Prénom(s)", (100, 62, 230, 88), 90.0, (1, 1, 1))]
    words += [Word(t, box, 40.0, (1, 1, 2)) for t, box in label_words]
    words += [Word(t, (100 + 120 * i, 422, 200 + 120 * i, 446), 95.0, (1, 1, 3))
              for i, t in enumerate(("LIEU", "DE", "NAISSANCE"))]  # fmt: skip
    return PageText(PageRef("cerfa_1.jpg", 1), np.asarray(img), 300, tuple(words), "ocr")


def test_a_misread_label_is_known_by_naissance_and_the_format_after_it() -> None:
    """form_bm d032: the small italic label read "ra] de naissance (jj MM AAAA)", its
    first word one with the first boxes under it (as tall as they): the line between the
    names' labels and the place of birth's, holding "naissance" and the format, is the
    label, without that tall word; the boxes under it give the date."""
    misread = [("ra]", (600, 198, 672, 308)), ("de", (668, 202, 697, 222)),
               ("naissance", (704, 202, 821, 222)), ("(jj", (823, 198, 856, 230)),
               ("MM", (871, 202, 898, 222)), ("AAAA)", (908, 202, 978, 226))]  # fmt: skip
    assert read_birth_date([_misread_label_page(misread)], dt.date(2026, 11, 27)) == dt.date(
        1986, 5, 14
    )
    format_only = [("Date", (600, 202, 650, 222)), ("de", (658, 202, 680, 222)),
                   ("5110]", (690, 200, 760, 226)), ("MM", (871, 202, 898, 222)),
                   ("AAAA)", (908, 202, 978, 226))]  # fmt: skip
    assert read_birth_date([_misread_label_page(format_only)], dt.date(2026, 11, 27)) == dt.date(
        1986, 5, 14
    )
