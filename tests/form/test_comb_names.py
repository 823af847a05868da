"""Names written one capital a box (the comb fields of the cerfa's section A), read with
the real tesseract on a drawn comb: the boxes' sides are never read as letters, an empty
box between two runs separates words, and a letter's tall stem is not taken for a side."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docverify.doctypes.application_form.identity import COMB_READS
from docverify.model import PageRef, PageText, Word
from docverify.vision.comb import read_comb_words
from docverify.vision.comb_cells import comb_cells

pytestmark = pytest.mark.e2e

DPI = 300
MM = DPI / 25.4
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _page(value: str, cells: int = 26, end_walls: bool = False) -> PageText:
    """A comb of boxes; ``end_walls``: the comb's first and last sides drawn taller than
    the others (a frame's walls around the ticks), as some printings do."""
    img = Image.new("L", (int(200 * MM), int(20 * MM)), 255)
    d = ImageDraw.Draw(img)
    label_font = ImageFont.truetype(FONT, int(3 * MM))
    d.text((int(5 * MM), int(8 * MM)), "Prénom(s)", font=label_font, fill=0)
    x0, y0, w, h = 45 * MM, 6.5 * MM, 4.8 * MM, 6.0 * MM
    letter = ImageFont.truetype(FONT, int(4.2 * MM))
    for i in range(cells):
        box = (int(x0 + i * w), int(y0), int(x0 + (i + 1) * w), int(y0 + h))
        d.rectangle(box, outline=0, width=2)
        if end_walls and i in (0, cells - 1):
            x = box[0] if i == 0 else box[2]
            d.line((x, int(y0 - 2.5 * MM), x, box[3]), fill=0, width=3)
        if i < len(value) and value[i] != " ":
            d.text((box[0] + int(0.9 * MM), box[1] + int(0.7 * MM)), value[i], font=letter, fill=20)
    label = Word(
        "Prénom(s)", (int(5 * MM), int(8 * MM), int(24 * MM), int(11.2 * MM)), 95.0, (1, 1, 1)
    )
    return PageText(PageRef("form.png", 1), np.asarray(img), DPI, (label,), "ocr")


def test_the_boxes_are_found_on_their_grid() -> None:
    page = _page("LILIANE ILONA")
    cells = comb_cells(page, page.words)
    assert len(cells) >= 24
    widths = {c[2] - c[0] for c in cells}
    assert max(widths) - min(widths) <= 3  # the stems of L and I are not sides


def test_words_are_read_box_by_box() -> None:
    page = _page("EMILY ROSE")
    reads = read_comb_words(page, page.words, COMB_READS)
    assert reads is not None
    assert "EMILY ROSE" in reads, reads


def test_the_first_box_beside_a_taller_end_wall_is_read() -> None:
    page = _page("HERNANDEZ RUIZ", end_walls=True)
    cells = comb_cells(page, page.words)
    assert len(cells) >= 24 and cells[0][0] <= int(45 * MM) + 3
    reads = read_comb_words(page, page.words, COMB_READS)
    assert reads is not None
    assert "HERNANDEZ RUIZ" in reads, reads


def test_a_plain_line_is_no_comb() -> None:
    img = Image.new("L", (int(200 * MM), int(20 * MM)), 255)
    d = ImageDraw.Draw(img)
    d.line((int(45 * MM), int(12 * MM), int(190 * MM), int(12 * MM)), fill=0, width=2)
    label = Word(
        "Prénom(s)", (int(5 * MM), int(8 * MM), int(24 * MM), int(11.2 * MM)), 95.0, (1, 1, 1)
    )
    page = PageText(PageRef("form.png", 1), np.asarray(img), DPI, (label,), "ocr")
    assert read_comb_words(page, page.words, COMB_READS) is None


MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"


def _dob_page(
    groups: tuple[str, ...],
    ticks: bool,
    tick_top: float = 0.55,
    label: str = "Date de naissance",
    font: str = FONT,
    cell_mm: float = 5.0,
    digit_mm: float = 4.4,
    heading: str = "",
    box_read: str = "",
) -> PageText:
    """A date in three framed boxes (JJ | MM | AAAA) right of ``label`` (a ``heading`` line
    above it), the digits of a box parted by ticks standing on its floor from ``tick_top``
    of its height, as the cerfa prints them; ``box_read``: what the page's OCR made of the
    boxes, a word where they stand."""
    img = Image.new("L", (int(200 * MM), int(20 * MM)), 255)
    d = ImageDraw.Draw(img)
    printed = ImageFont.truetype(FONT, int(3 * MM))
    digit = ImageFont.truetype(font, int(digit_mm * MM))
    x, y0, cell, h = 50 * MM, 6.0 * MM, cell_mm * MM, 7.0 * MM
    for group in groups:
        d.rectangle((int(x), int(y0), int(x + cell * len(group)), int(y0 + h)), outline=0, width=3)
        for i, ch in enumerate(group):
            if ticks and i:
                tx = int(x + i * cell)
                d.line((tx, int(y0 + h * tick_top), tx, int(y0 + h)), fill=0, width=2)
            d.text((int(x + i * cell + 1.1 * MM), int(y0 + 1.0 * MM)), ch, font=digit, fill=20)
        x += cell * len(group) + 3 * MM
    words = []
    for row, (line, top) in enumerate(((heading, 1.0), (label, 8.0)), start=1):
        d.text((int(5 * MM), int(top * MM)), line, font=printed, fill=0)
        x = 5 * MM
        for text in line.split():  # the words where they were drawn
            width = printed.getlength(text)
            box = (int(x), int(top * MM), int(x + width), int((top + 3.5) * MM))
            words.append(Word(text, box, 95.0, (1, 1, row)))
            x += width + printed.getlength(" ")
    if box_read:
        box = (int(50 * MM), int(6 * MM), int(120 * MM), int(13 * MM))
        words.append(Word(box_read, box, 40.0, (1, 1, 2)))
    return PageText(PageRef("form.png", 1), np.asarray(img), DPI, tuple(words), "ocr")


@pytest.mark.parametrize("ticks", [True, False])
def test_a_date_of_birth_in_framed_groups_is_read(ticks: bool) -> None:
    import datetime as dt

    from docverify.doctypes.application_form.birth_date import read_birth_date

    page = _dob_page(("21", "03", "1989"), ticks)
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1989, 3, 21)


def test_typed_digits_spread_over_wide_boxes_are_read() -> None:
    """A typewriter face in wide boxes with tall ticks: read as the box spreads them,
    "1 9 8 8" came out as "58268"; the characters packed side by side read "1988"."""
    import datetime as dt

    from docverify.doctypes.application_form.birth_date import read_birth_date

    page = _dob_page(("05", "12", "1988"), True, tick_top=0.3, font=MONO, cell_mm=5.5, digit_mm=2.6)
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1988, 12, 5)


@pytest.mark.parametrize("label", ["Fait à Lyon le", "Falta Lyon te", "rata Lyon e", "tua Lyon"])
def test_the_date_of_signing_in_framed_groups_is_read(label: str) -> None:
    """Section C's "le" followed by JJ | MM | AAAA boxes whose ticks rise to two thirds of
    the box (a print run's), the label as OCR reads it or misreads it ("Fait à" lost, "le"
    lost too: the boxes, read as brackets, follow the town)."""
    import datetime as dt

    from docverify.doctypes.application_form.date_zone import zone_dates

    heading = "VOS ENGAGEMENTS ET SIGNATURE"
    page = _dob_page(
        ("19", "11", "2026"), True, 0.3, label, heading=heading, box_read="[1ol1lzoz6]"
    )
    reads = zone_dates([page], dt.date(2026, 11, 25))
    assert reads and {r[0] for r in reads} == {dt.date(2026, 11, 19)}, reads


def test_a_date_of_birth_after_the_audit_date_is_a_misread() -> None:
    """ "12/01/2027" written as a date of birth: never taken (a misread of 1996, or the
    date of signing written in the wrong place)."""
    import datetime as dt

    from docverify.doctypes.application_form.birth_date import read_birth_date

    words = [("Date", 10), ("de", 60), ("naissance", 90), ("12/01/2027", 300)]
    page = PageText(
        PageRef("form.png", 1), None, DPI,
        tuple(Word(t, (x, 10, x + 40, 30), 90.0, (1, 1, 1)) for t, x in words), "ocr",
    )  # fmt: skip
    assert read_birth_date([page], dt.date(2026, 11, 20)) is None
    assert read_birth_date([page], dt.date(2027, 11, 20)) == dt.date(2027, 1, 12)


HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _ticked_page(
    value: str, cells: int = 26, letter_mm: float = 4.2, tick: float = 0.35
) -> PageText:
    """The cerfa's name comb: one long frame, its boxes parted by short ticks standing on
    its floor (``tick`` of its height); a ``letter_mm`` tall enough touches both rules and
    splits the frame's inside, as a large hand does."""
    img = Image.new("L", (int(200 * MM), int(20 * MM)), 255)
    d = ImageDraw.Draw(img)
    d.text(
        (int(5 * MM), int(8 * MM)),
        "Nom de naissance",
        font=ImageFont.truetype(FONT, int(3 * MM)),
        fill=0,
    )
    x0, y0, w, h = 45 * MM, 6.5 * MM, 5.0 * MM, 5.5 * MM
    d.rectangle((int(x0), int(y0), int(x0 + cells * w), int(y0 + h)), outline=0, width=3)
    for i in range(1, cells):
        x = int(x0 + i * w)
        d.line((x, int(y0 + h * (1 - tick)), x, int(y0 + h)), fill=0, width=2)
    letter = ImageFont.truetype(HAND, int(letter_mm * MM))
    for i, ch in enumerate(value):
        if ch != " ":
            left, top, right, bottom = letter.getbbox(ch)
            cx = x0 + (i + 0.5) * w - (right - left) / 2 - left
            cy = y0 + h / 2 - (bottom - top) / 2 - top
            d.text((int(cx), int(cy)), ch, font=letter, fill=10)
    label = [
        Word(t, (int(x * MM), int(8 * MM), int((x + n) * MM), int(11.2 * MM)), 95.0, (1, 1, 1))
        for t, x, n in (("Nomde", 5, 11), ("naissance", 17, 15))
    ]  # "Nom de" glued by the page's OCR
    return PageText(PageRef("form.png", 1), np.asarray(img), DPI, tuple(label), "ocr")


def test_a_frame_parted_by_short_ticks_is_a_comb() -> None:
    """Ticks of a third of the box, too short to be read as sides: the frame's ticks give
    the boxes, and the words are read box by box (before: "SIOIUIZIA FIEIRIRIEIIIRIA")."""
    from docverify.labelled import label_words

    page = _ticked_page("SOUZA FERREIRA")
    label = label_words(page, ("nom de naissance",))
    assert label, "a label glued by OCR is still its label"
    cells = comb_cells(page, label[0])
    assert len(cells) == 26
    assert all(abs(c[0] - (45 * MM + i * 5 * MM)) <= 4 for i, c in enumerate(cells))
    reads = read_comb_words(page, label[0], COMB_READS)
    assert reads is not None and "SOUZA FERREIRA" in reads, reads


def test_a_large_hand_touching_both_rules_leaves_the_boxes_in_place() -> None:
    """Letters as tall as the frame split its inside in pieces and hide ticks; the boxes
    stay on the ticks' grid from the frame's first side to its last."""
    page = _ticked_page("KOVALENKO", letter_mm=7.0)
    cells = comb_cells(page, list(page.words))
    assert len(cells) == 26, len(cells)
    assert all(abs(c[0] - (45 * MM + i * 5 * MM)) <= 0.5 * MM for i, c in enumerate(cells))
    reads = read_comb_words(page, list(page.words), COMB_READS)
    assert reads is not None and "KOVALENKO" in reads, reads


def test_a_comb_printed_under_its_label_is_read() -> None:
    """A print run that sets the boxes under "Nom de naissance", not right of it: the
    strip right of the label holds nothing, the comb under it is read."""
    from docverify import ocr
    from docverify.doctypes.application_form import SURNAME_LABELS
    from docverify.doctypes.application_form.identity import read_name

    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 40)
    img = Image.new("L", (2480, 800), 255)
    d = ImageDraw.Draw(img)
    d.text((140, 200), "Nom de naissance", font=bold, fill=0)
    cell, top = 58, 270
    for i in range(30):
        d.rectangle((140 + i * cell, top, 140 + (i + 1) * cell, top + 80), outline=0, width=3)
    for i, ch in enumerate("TREMBLAY"):
        d.text((140 + i * cell + 14, top + 14), ch, font=ImageFont.truetype(FONT, 46), fill=10)
    image = np.asarray(img).copy()
    page = PageText(PageRef("f.png", 1), image, DPI, ocr.ocr_words(image, "fra+eng"), "ocr")
    found, _reads = read_name([page], SURNAME_LABELS, "surname")
    assert found is not None and found.value == "TREMBLAY"


def _filled_page(
    value: str,
    *,
    over: bool = False,
    label_above: bool = False,
    box_mm: float = 6.5,
    gap_mm: float = 1.3,
) -> PageText:
    """A name comb (boxes 5 x 6.5 mm, sides the box's height), the value either typed a
    letter a box or, ``over``, in its own spacing across the boxes (a fillable PDF printed
    without its comb spacing: letters stand over the sides); the label beside the comb or,
    ``label_above``, over it (a print run that sets labels above their boxes)."""
    img = Image.new("L", (int(200 * MM), int(30 * MM)), 255)
    d = ImageDraw.Draw(img)
    label_font = ImageFont.truetype(FONT, int(3 * MM))
    lx, ly = (10 * MM, (12.5 - 3.6 - gap_mm) * MM) if label_above else (5 * MM, 14.5 * MM)
    d.text((int(lx), int(ly)), "Nom de naissance", font=label_font, fill=0)
    x0, y0, w, h = (10 * MM if label_above else 45 * MM), 12.5 * MM, 5.0 * MM, box_mm * MM
    for i in range(28):
        d.rectangle(
            (int(x0 + i * w), int(y0), int(x0 + (i + 1) * w), int(y0 + h)), outline=0, width=2
        )
    letter = ImageFont.truetype(FONT, int(min(4.6, box_mm - 1.6) * MM))
    if over:  # a field's own font size: letters narrower than the boxes
        small = ImageFont.truetype(FONT, int(3.8 * MM))
        d.text((int(x0 + 0.6 * MM), int(y0 + 1.2 * MM)), value, font=small, fill=20)
    else:
        for i, ch in enumerate(value):
            d.text((int(x0 + i * w + 0.8 * MM), int(y0 + 0.6 * MM)), ch, font=letter, fill=20)
    width = label_font.getlength("Nom de naissance")
    box = (int(lx), int(ly), int(lx + width), int(ly + 3.6 * MM))
    words, x = [], lx
    for text in ("Nom", "de", "naissance"):  # the label's words where they were drawn
        wd = label_font.getlength(text)
        words.append(Word(text, (int(x), box[1], int(x + wd), box[3]), 95.0, (1, 1, 1)))
        x += wd + label_font.getlength(" ")
    return PageText(PageRef("form.png", 1), np.asarray(img), DPI, tuple(words), "ocr")


@pytest.mark.parametrize("value", ["POPESCU", "HOSSEINI", "ANDREI-MIHAI", "MOHAMED AMINE"])
def test_a_value_typed_across_the_boxes_is_read_whole(value: str) -> None:
    """A fillable PDF printed without its comb spacing (form_v): the letters stand across
    the boxes' sides. Cut box by box, "HOSSEINI" read "HOSSENI" and "POPESCU" "POFESCIJ";
    read as one line with the sides taken out, they read whole; two words typed so, cut
    at the blank between them (read whole, "MOHAMEDAMINE")."""
    page = _filled_page(value, over=True)
    reads = read_comb_words(page, page.words, COMB_READS)
    assert reads is not None and value in reads, reads
    if "-" not in value and " " not in value:  # letters one a box: read box by box
        boxed = _filled_page(value)
        assert value in (read_comb_words(boxed, boxed.words, COMB_READS) or []), value


def test_a_comb_under_its_label_is_not_read_from_where_the_label_ends() -> None:
    """The boxes under a label show their tops in the strip right of it: they are not the
    label's line (read from there, "EL IDRISSI" lost its first boxes and read "TEET"), and
    the name is read from the comb under the label, whole."""
    from docverify.doctypes.application_form.identity import read_name
    from docverify.doctypes.application_form.section_a import SURNAME_LABELS

    page = _filled_page("EL IDRISSI", label_above=True)
    assert comb_cells(page, page.words) == []
    read, _reads = read_name([page], SURNAME_LABELS, "surname")
    assert read is not None and read.value == "EL IDRISSI", read


def test_a_small_comb_just_under_its_label_is_found() -> None:
    """Boxes 3.8 mm tall 0.6 mm under their label (form_v's photographed print run):
    their middle stands above where a comb under a label was looked for (5 mm under its
    foot), and the name was read from the comb's tops as "M À"."""
    from docverify.doctypes.application_form.identity import read_name
    from docverify.doctypes.application_form.section_a import SURNAME_LABELS

    page = _filled_page("ROSSI", label_above=True, box_mm=3.8, gap_mm=0.6)
    read, _reads = read_name([page], SURNAME_LABELS, "surname")
    assert read is not None and read.value == "ROSSI", read


def test_a_date_of_birth_in_a_pale_fine_pen_is_read() -> None:
    """Digits written one a box with a fine pen, scanned soft: the strokes stand at two
    thirds of the paper's light (165 on 248), where the boxes counted as empty and the date
    was not read at all. The row as the page was read (blind set form_u, d015, 300 dpi)."""
    import datetime as dt
    from pathlib import Path

    import cv2

    from docverify.doctypes.application_form.birth_date import read_birth_date

    path = Path(__file__).parents[1] / "data" / "forms" / "pale_pen_birth_date.png"
    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    boxes = (("Date", (30, 60, 90, 105)), ("de", (104, 68, 131, 94)),
             ("naissance", (148, 69, 282, 94)))  # fmt: skip
    words = tuple(Word(t, b, 95.0, (1, 1, 1)) for t, b in boxes)
    page = PageText(PageRef("page1.pdf", 1), image, 300, words, "ocr")
    assert read_birth_date([page], dt.date(2026, 11, 29)) == dt.date(1963, 8, 5)


def test_a_date_of_birth_in_boxes_under_its_caption_is_read() -> None:
    """A print run that captions each cell ("Date de naissance (jour / mois / année)"
    small at the cell's top, the boxes under it, "/" printed between the groups): the date
    was looked for right of the caption only, and not read (form_t, typed and printed)."""
    import datetime as dt

    from docverify.doctypes.application_form.birth_date import read_birth_date

    img = Image.new("L", (int(200 * MM), int(25 * MM)), 255)
    d = ImageDraw.Draw(img)
    caption = ImageFont.truetype(FONT, int(2.4 * MM))
    d.text((int(10 * MM), int(4 * MM)), "Date de naissance (jour / mois / année)", font=caption,
           fill=90)  # fmt: skip
    digit = ImageFont.truetype(MONO, int(4.5 * MM))
    x, top, w, h = 10 * MM, 8.5 * MM, 5.0 * MM, 6.5 * MM
    for n, group in enumerate(("04", "04", "1984")):
        d.rectangle((int(x), int(top), int(x + w * len(group)), int(top + h)), outline=0, width=2)
        for i, ch in enumerate(group):
            if i:
                d.line((int(x + i * w), int(top), int(x + i * w), int(top + h)), fill=0, width=2)
            d.text((int(x + i * w + 1.0 * MM), int(top + 0.6 * MM)), ch, font=digit, fill=20)
        x += w * len(group)
        if n < 2:
            d.text((int(x + 0.8 * MM), int(top + 1 * MM)), "/", font=digit, fill=20)
            x += 3.5 * MM
    words, left = [], 10 * MM
    for text in ("Date", "de", "naissance", "(jour", "/", "mois", "/", "année)"):
        width = caption.getlength(text)
        words.append(Word(text, (int(left), int(4 * MM), int(left + width), int(6.8 * MM)),
                          92.0, (1, 1, 1)))  # fmt: skip
        left += width + caption.getlength(" ")
    page = PageText(PageRef("form.png", 1), np.asarray(img), DPI, tuple(words), "ocr")
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1984, 4, 4)


def test_a_date_of_birth_in_an_open_comb_under_its_caption_is_read() -> None:
    """A print run that draws the boxes as a floor with ticks rising from it, no top and
    no sides ("⌊2⌊7⌋ ⌊0⌊2⌋ ⌊1⌊9⌊9⌊1⌋", blind set form_ai, d009): no box was found and
    the date was not read at all."""
    import datetime as dt

    from docverify.doctypes.application_form.birth_date import read_birth_date

    img = Image.new("L", (int(200 * MM), int(25 * MM)), 245)
    d = ImageDraw.Draw(img)
    caption = ImageFont.truetype(FONT, int(2.4 * MM))
    d.text((int(10 * MM), int(4 * MM)), "Date de naissance (JJ MM AAAA)", font=caption, fill=90)
    digit = ImageFont.truetype(FONT, int(4.2 * MM))
    x, floor, w = 12 * MM, 15 * MM, 4.3 * MM
    for group in ("27", "02", "1991"):
        d.line((int(x), int(floor), int(x + w * len(group)), int(floor)), fill=40, width=3)
        for i in range(len(group) + 1):  # the ticks: taller at the group's ends
            rise = 1.6 * MM if i in (0, len(group)) else 1.0 * MM
            d.line((int(x + i * w), int(floor - rise), int(x + i * w), int(floor)), fill=40,
                   width=3)  # fmt: skip
        for i, ch in enumerate(group):
            d.text((int(x + i * w + 1.0 * MM), int(floor - 6.0 * MM)), ch, font=digit, fill=20)
        x += w * len(group) + 2.5 * MM
    words, left = [], 10 * MM
    for text in ("Date", "de", "naissance", "(JJ", "MM", "AAAA)"):
        width = caption.getlength(text)
        words.append(Word(text, (int(left), int(4 * MM), int(left + width), int(6.8 * MM)),
                          92.0, (1, 1, 1)))  # fmt: skip
        left += width + caption.getlength(" ")
    page = PageText(PageRef("form.png", 1), np.asarray(img), DPI, tuple(words), "ocr")
    assert read_birth_date([page], dt.date(2026, 11, 20)) == dt.date(1991, 2, 27)


def test_a_letter_written_against_the_combs_wall_does_not_shorten_its_box() -> None:
    """form_ba d011 (a phone photo, 220 dpi): "ELIF" in the comb under "Prénom(s)", the E
    written against the comb's left wall. The frame's inside began at the E's stem, and
    the first box was cut from it, 10 px short: its letter read halved. The end box is
    widened to the wall that stands one box's width from its inner side."""
    from pathlib import Path

    import cv2

    from docverify.doctypes.application_form.identity import under

    strip = Path(__file__).parents[1] / "data" / "forms" / "section_a"
    image = cv2.imread(str(strip / "comb_letter_against_wall.png"), cv2.IMREAD_GRAYSCALE)
    label = Word("Prénom(s", (71, 23, 152, 36), 90.0, (1, 1, 1))
    page = PageText(PageRef("IMG_1.jpg", 1), image, 220, (label,), "ocr")
    cells = comb_cells(page, [under(page, [label])])
    assert len(cells) >= 20
    first, second = cells[0], cells[1]
    assert abs((first[2] - first[0]) - (second[2] - second[0])) <= 3, cells[:3]
    assert 68 <= first[0] <= 72  # the wall, not the E's stem at 78


def test_a_name_typed_in_an_open_comb_whose_floor_runs_under_the_labels_foot() -> None:
    """form_bd d016 (run B, a flattened fillable form photographed): "SOUZA DOS SANTOS"
    typed a capital a box in an open comb right of "Nom de naissance", the comb's floor
    1 mm under the label's foot. The floor was looked for within the label's band only:
    no box found, the name read "S O UZ" from the page."""
    from docverify.doctypes.application_form.identity import read_name
    from docverify.doctypes.application_form.section_a import SURNAME_LABELS

    img = Image.new("L", (int(200 * MM), int(20 * MM)), 245)
    d = ImageDraw.Draw(img)
    caption = ImageFont.truetype(FONT, int(2.8 * MM))
    d.text((int(8 * MM), int(7 * MM)), "Nom de naissance", font=caption, fill=40)
    letter = ImageFont.truetype(FONT, int(3.6 * MM))
    x, floor, w = 60 * MM, 11.6 * MM, 5.0 * MM
    d.line((int(x), int(floor), int(x + 24 * w), int(floor)), fill=40, width=3)
    for i in range(25):
        d.line((int(x + i * w), int(floor - 1.2 * MM), int(x + i * w), int(floor)), fill=40,
               width=3)  # fmt: skip
    for i, ch in enumerate("SOUZA DOS SANTOS"):
        d.text((int(x + i * w + 1.2 * MM), int(floor - 4.6 * MM)), ch, font=letter, fill=20)
    words, left = [], 8 * MM
    for text in ("Nom", "de", "naissance"):
        width = caption.getlength(text)
        words.append(Word(text, (int(left), int(7.4 * MM), int(left + width), int(10.4 * MM)),
                          93.0, (1, 1, 1)))  # fmt: skip
        left += width + caption.getlength(" ")
    page = PageText(PageRef("Demande_PUMa_1.jpg", 1), np.asarray(img), DPI, tuple(words), "ocr")
    assert comb_cells(page, words)
    read, _reads = read_name([page], SURNAME_LABELS, "surname")
    assert read is not None and read.value == "SOUZA DOS SANTOS"


def test_an_open_comb_whose_floor_runs_two_mm_under_the_labels_foot() -> None:
    """form_bi d008 (run R1, a scanner's PDF): "ANDRES FELIPE" written a capital a box in
    an open comb whose floor runs 2 mm under the foot of "Prénom(s)" (its parenthesis
    hangs lower still). Looked for within 1.5 mm, no box was found; the comb's ticks,
    read between the letters, made "AINIDIRIEISI IFIEILIVIPIE". Within 2.5 mm it is found."""
    import json
    from pathlib import Path

    import cv2

    data = Path(__file__).parents[1] / "data" / "forms"
    image = cv2.imread(str(data / "open_comb_floor_below_label.png"), cv2.IMREAD_GRAYSCALE)
    recorded = json.loads((data / "open_comb_floor_below_label.json").read_text())
    label = [Word(t, tuple(box), conf, (1, 1, 1)) for t, box, conf in recorded["label"]]  # type: ignore[arg-type]
    page = PageText(PageRef("Numerisation_20261128.pdf", 2), image, recorded["dpi"],
                    tuple(label), "ocr")  # fmt: skip
    cells = comb_cells(page, label)
    assert len(cells) >= 20, cells
    read = read_comb_words(page, label, COMB_READS, cells=cells)
    assert read is not None and any("ANDRES" in r for r in read), read
