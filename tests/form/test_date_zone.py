"""Section C's date where the page's read lost it: the hand's "1/" read as one letter,
the "le" lost, the whole "Fait à ... le ..." line read as noise (recorded layouts of
blind-set pages, no OCR)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np

from docverify.doctypes.application_form.date_place import date_label, date_zones
from docverify.doctypes.application_form.date_settle import settle_date
from docverify.model import PageRef, PageText, Word

AS_OF = dt.date(2026, 11, 20)


def _word(text: str, x: int, y: int, conf: float = 95.0) -> Word:
    return Word(text, (x, y, x + 18 * len(text), y + 30), conf, (1, 1, y))


def _page(words: list[Word]) -> PageText:
    image = np.full((1200, 2400), 255, np.uint8)
    return PageText(PageRef("formulaire_2.jpg", 1), image, 300, tuple(words), "ocr")


SECTION_C = [
    _word("VOS", 100, 100), _word("ENGAGEMENTS", 180, 100), _word("ET", 420, 100),
    _word("SIGNATURE", 480, 100), _word("Je", 100, 160), _word("certifie", 160, 160),
    _word("sur", 330, 160), _word("l'honneur", 400, 160),
    _word("informatique", 100, 220), _word("loi", 340, 220), _word("78-17", 420, 220),
    _word("2016/679", 540, 220),
]  # fmt: skip
SIGNATURE = [_word("Signature", 100, 500)]


def test_a_hands_one_and_slash_read_as_v() -> None:
    """ "17/11/2026" read "17/1V2026": recent once the "1/" is put back; a date that
    the fix would put after the audit, or whose day is half lost, stays unread."""
    first = (None, "Grenoble ie 17/1V2026", False)
    assert settle_date(first, [], AS_OF)[0] == dt.date(2026, 11, 17)
    assert settle_date((None, "Lyon le 27/1V2026", False), [], AS_OF)[0] is None
    assert settle_date((None, "Nantes re _l/1V2026", False), [], AS_OF)[0] is None


def test_fait_a_anchors_the_date_when_le_is_lost() -> None:
    words = [*SECTION_C, _word("Fait", 100, 300), _word("à", 190, 300),
             _word("Pads", 240, 300, 70.0), _word("ee", 500, 300, 18.0), *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is not None and label.text == "à"
    zone = date_zones(_page(words), label)[0]
    assert zone[0] > 190 and zone[2] - zone[0] > 1000  # the place and the date right of it


def test_a_line_of_handwriting_read_as_noise_is_a_date_zone() -> None:
    """ "Fait à Lille le 13/11/2026" read "ee | A eee VER": no digit, no label, but a line
    of section C read at noise's confidence is where the hand wrote."""
    noise = [_word(t, x, 300, c) for t, x, c in
             (("ee", 100, 51.0), ("|", 300, 25.0), ("A", 500, 27.0), ("eee", 900, 12.0),
              ("VER", 1300, 26.0))]  # fmt: skip
    page = _page([*SECTION_C, *noise, *SIGNATURE])
    assert date_label(page) is None
    zones = date_zones(page, None)
    assert any(y0 <= 300 and y1 >= 330 for _x0, y0, _x1, y1 in zones), zones
    # the law's line, digits and all, is no date zone
    assert not any(y0 <= 220 and y1 >= 250 for _x0, y0, _x1, y1 in zones), zones
    # read confidently, the same words are printed text, not a hand
    sure = [dataclasses.replace(w, conf=96.0) for w in noise]
    assert date_zones(_page([*SECTION_C, *sure, *SIGNATURE]), None) == []


def test_the_boxes_first_group_read_apart_is_not_the_label() -> None:
    """ "Fait à ISSY-LES-MOULINEAUX le [1|4]/[1|1]/[2|0|2|6]" read "rata
    ISSY-LES-MOULINEAUXe 1 [2161216]" ("le" glued to the place, the first box's 1 read
    apart), or "... e COPE | 2121215)" (the first box read as noise): the label is the
    word before them, so that the boxes are read from the first."""
    words = [*SECTION_C, _word("rata", 100, 300), _word("ISSY-LES-MOULINEAUXe", 190, 300),
             _word("1", 600, 300), _word("[2161216]", 640, 300), *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is not None and label.text == "ISSY-LES-MOULINEAUXe"
    words = [*SECTION_C, _word("rota", 100, 300), _word("NONTPELLIER", 190, 300),
             _word("e", 420, 300, 52.0), _word("COPE", 460, 300, 23.0), _word("|", 560, 300),
             _word("2121215)", 580, 300, 45.0), *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is not None and label.text == "e"


def test_nothing_of_fait_a_read_leaves_section_cs_last_line() -> None:
    """ "Fait à NICE le [06]/[11]/[2026]" read "rota MCE . CO": the date's boxes are looked
    for right of the first word of section C's last line before its signature box."""
    words = [*SECTION_C, _word("rota", 100, 300, 66.0), _word("MCE", 200, 300, 70.0),
             _word(".", 300, 300, 46.0), _word("CO", 340, 300, 5.0), *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is not None and label.text == "rota"
    # the law's lines are never that line
    assert date_label(_page([*SECTION_C, *SIGNATURE])) is None


def test_fait_a_read_wins_over_a_la_elsewhere_in_section_c() -> None:
    """ "Faità | BOULOGNE-BILLANCOURT | fajo]/[ua]/..." (its "le" read into the boxes): the
    date is right of "Fait à", not right of a "la" of the certification's text."""
    words = [*SECTION_C[:8], _word("la", 700, 160), _word("[2]", 760, 160),
             _word("Faità", 100, 300), _word("|", 220, 300, 58.0),
             _word("BOULOGNE-BILLANCOURT", 260, 300, 90.0), _word("fajo]/[ua]", 700, 300, 0.0),
             *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is not None and label.text == "Faità"


def test_a_box_a_digit_right_of_fait_a_behind_the_place() -> None:
    """A typed form printed and scanned: "Fait à [BOULOGNE-BILLANCOURT] le
    [1][0]/[1][1]/[2][0][2][6]", its "le" lost. Right of "Fait à" the place's long box
    comes first; the eight boxes of one digit after it are the date (real OCR)."""
    from PIL import Image, ImageDraw, ImageFont

    from docverify.doctypes.application_form.date_zone import boxed_dates

    dpi = 200
    img = Image.new("L", (1700, 200), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    draw.text((20, 80), "Fait à", font=font, fill=0)
    draw.rectangle((150, 70, 700, 120), outline=0, width=2)  # the place's box
    draw.text((165, 78), "BOULOGNE-BILLANCOURT", font=font, fill=0)
    draw.text((740, 80), "le", font=font, fill=0)
    x = 800
    for k, digit in enumerate("10112026"):
        draw.rectangle((x, 70, x + 38, 120), outline=0, width=2)
        draw.text((x + 10, 76), digit, font=font, fill=0)
        x += 42 + (30 if k in (1, 3) else 0)
        if k in (1, 3):
            draw.text((x - 26, 76), "/", font=font, fill=0)
    label = Word("Faità", (20, 80, 110, 112), 83.0, (1, 1, 1))
    page = PageText(PageRef("formulaire_2.png", 1), np.asarray(img), dpi, (label,), "ocr")
    dates = boxed_dates(page, label, AS_OF)
    assert dates and dates[0][0] == dt.date(2026, 11, 10), dates


def test_le_before_a_box_read_as_one_digit() -> None:
    """ "rita RENNES te 1 e212 16)" ("Fait à RENNES le [0|4]/[1|1]/[2|0|2|6]", "Fait"
    misread, the first box read "1"): the "le" before the boxes anchors the date."""
    words = [*SECTION_C, _word("rita", 100, 300, 58.0), _word("RENNES", 200, 300, 49.0),
             _word("te", 420, 300, 49.0), _word("1", 480, 300, 0.0),
             _word("e212", 520, 300, 51.0), _word("16)", 640, 300, 59.0), *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is not None and label.text == "te"


def test_the_le_a_text_layer_gives_a_line_of_its_own_is_the_label() -> None:
    """A filled PDF's text layer gives "Fait à" and, past the blank leaders, "le" each a
    line (set_n p03): the "le" of the row is the label, so the zone holds the whole date
    written after it, not what 40 heights right of "à" leave of it."""
    le = dataclasses.replace(_word("le", 1400, 302), line=(2, 1, 1))
    words = [*SECTION_C, _word("Fait", 100, 300), _word("à", 190, 300), le, *SIGNATURE]
    label = date_label(_page(words))
    assert label is not None and label.text == "le", label
    assert date_zones(_page(words), label)[0][0] > 1400


def test_the_ne_le_of_a_town_is_no_birth_label() -> None:
    """ "Fait à Vitry-sur-Seine le" ends in "...ne le": the date of signing under it is no
    date of birth (form_p d058 read 13/11/2026 as born); "née le" as words still is."""
    from docverify.doctypes.application_form.birth_date import read_birth_date

    def page(*rows: str) -> PageText:
        words = [_word(t, 100 + 200 * i, 100 + 60 * n) for n, row in enumerate(rows)
                 for i, t in enumerate(row.split())]  # fmt: skip
        words = [dataclasses.replace(w, line=(1, 1, w.box[1])) for w in words]
        return PageText(PageRef("f.pdf", 1), None, 300, tuple(words), "ocr")

    signed = page("Fait à Vitry-sur-Seine le", "13/11/2026")
    assert read_birth_date([signed], AS_OF) is None
    assert read_birth_date([page("Madame Lina KARIM née le 04/05/1991")], AS_OF) == dt.date(
        1991, 5, 4
    )


def test_the_zone_after_le_reaches_up_to_the_printed_line_above() -> None:
    """A hand's "28/11/2026" rises two heights of the printed "le" above it (form_x d014):
    the zone takes the room up to the printed line above, past handwriting read as noise,
    at most three heights, never the printed line itself."""
    le = _word("le", 1155, 802)
    noise = [_word("#", 1378, 780, 8.0), _word("Pa", 1476, 787, 53.0)]
    law = [_word("code", 1200, 650), _word("pénal,", 1400, 650)]
    words = [*SECTION_C, *law, _word("Fait", 100, 802), _word("à", 190, 802), le, *noise,
             *SIGNATURE]  # fmt: skip
    _x0, top, _x1, bottom = date_zones(_page(words), le)[0]
    assert top == 802 - 3 * 30 and bottom == 832 + 30
    close = [*SECTION_C, _word("code", 1200, 740), _word("Fait", 100, 802), le, *SIGNATURE]
    assert date_zones(_page(close), le)[0][1] == 771  # just below the line above


def test_le_before_boxes_whose_digits_read_as_letters() -> None:
    """ "Fait à" misread ("rata") and the boxes' handwriting read as letters ("le AL (2 [ez
    [6]", form_z d018): the "le" is the label when boxes stand right of it."""
    import cv2

    line = [_word("rata", 100, 400, 40.0), _word("LILLE", 260, 400, 60.0),
            _word("le", 1178, 400), _word("AL", 1391, 400, 20.0), _word("(2", 1536, 400, 20.0),
            _word("[ez", 1601, 400, 20.0), _word("[6]", 1717, 400, 20.0)]  # fmt: skip
    page = _page([*SECTION_C, *line, *SIGNATURE])
    image = np.array(page.image)
    x = 1240
    for group in (2, 2, 4):  # JJ | MM | AAAA, 5 mm boxes at 300 dpi
        cv2.rectangle(image, (x, 375), (x + group * 59, 445), 0, 3)
        for k in range(1, group):
            cv2.line(image, (x + k * 59, 375), (x + k * 59, 445), 0, 3)
        x += group * 59 + 40
    boxed = dataclasses.replace(page, image=image)
    label = date_label(boxed)
    assert label is not None and label.text == "le"
    assert date_label(page) is None  # no boxes on the page: nothing to anchor


def test_a_zone_read_with_a_year_no_hand_writes_is_no_date(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "28/10/2026" typed small and read "28/10/7408" (form_aa d003): no date of the
    signing window, so not the form's date; a read of the window is kept, and both inks
    (sure, then faint ends of strokes) are read."""
    from docverify.doctypes.application_form import date_zone

    words = [*SECTION_C, _word("Fait", 100, 300), _word("à", 190, 300),
             _word("Paris", 240, 300), _word("le", 500, 300), *SIGNATURE]  # fmt: skip
    page = _page(words)
    page.image[300:330, 560:700] = 0  # some ink right of "le"
    looks: list[bool] = []

    def read(zone, dpi, configs, faint=False):  # type: ignore[no-untyped-def]
        looks.append(faint)
        return ["28/10/7408"] if not faint else ["28/10/2026"]

    monkeypatch.setattr(date_zone, "read_line", read)
    monkeypatch.setattr(date_zone, "boxed_dates", lambda *a: [])
    reads = date_zone.zone_dates([page], AS_OF)
    assert [r[0] for r in reads] == [dt.date(2026, 10, 28)]
    assert looks == [False, True]


def test_the_pages_read_of_a_date_counts_beside_the_zones() -> None:
    """A typed "29/12/2026" in a framed box (form_ab d017): the page reads it, the zone
    cut alone reads the box's side glued to the 2 ("b9/12/2026" -> 9/12). Neither is
    recent: the page's read, one read as the zone's is, is not outvoted by it; a recent
    date read in the zone still wins over an old page read."""
    first = (dt.date(2026, 12, 29), "29/12/2026", False)
    zone = [(dt.date(2026, 12, 9), "9/12/2026", False)]
    assert settle_date(first, zone, AS_OF)[0] == dt.date(2026, 12, 29)
    recent = [(dt.date(2026, 11, 9), "9/11/2026", False)]
    assert settle_date(first, recent, AS_OF)[0] == dt.date(2026, 11, 9)
    twice = [*zone, *zone]
    assert settle_date(first, twice, AS_OF)[0] == dt.date(2026, 12, 9)


def test_a_whole_date_read_without_its_label_leaves_the_digit_lines_as_zones() -> None:
    """ "Fait à Marseille le 02/11/2026" written by hand, read "ee ed - 02/11/2026", and the
    signature under it, its box's caption printed grey and unread, read "Yasmin" / "ne
    Benak" (form_ag d001): no "le" to measure from, and the signature's line is not the
    date's line; the line holding the date is a zone."""
    words = [*SECTION_C, _word("ee", 100, 300, 0.0), _word("ed", 160, 300, 42.0),
             _word("-", 220, 300, 0.0), _word("02/11/2026", 700, 300, 88.0),
             _word("Yasmin", 900, 420, 73.0), _word("ne", 1060, 500, 74.0),
             _word("Benak", 1120, 500, 95.0)]  # fmt: skip
    page = _page(words)
    assert date_label(page) is None
    zones = date_zones(page, None)
    assert zones and zones[0][1] <= 300 <= zones[0][3] and zones[0][0] <= 700


def test_a_le_box_grown_by_the_hand_beside_it_does_not_reach_the_printed_line_above() -> None:
    """set_aw p04: "le" read in a box 56 pixels tall (it took in the hand's first strokes)
    under a printed line ending 28 pixels above it: the zone starts below that line, whose
    article numbers ("441-1", "441-7") would otherwise be read as the date's digits."""
    printed = [_word(t, x, 250) for t, x in (("433-19,", 700), ("441-1", 880), ("et", 990),
                                             ("441-7", 1040), ("pénal).", 1160))]  # fmt: skip
    le = Word("le", (818, 308, 842, 364), 92.0, (1, 1, 308))
    words = [*SECTION_C, *printed, _word("Fait", 100, 320), _word("à", 190, 320), le, *SIGNATURE]
    zone = date_zones(_page(words), le)[0]
    assert zone[1] > 280  # below the printed line (its foot at 280)


def test_eight_boxes_on_a_row_read_as_noise_stand_for_the_date() -> None:
    """ "Fait à Créteil le [1|2|1|1|2|0|2|6]" read "TE id IR ON RETRO ip DENTEUER" (set_be
    p02: a phone photo, a fine pen): no label, but eight boxes in a row on section C's
    last line are the date's, and the word before them stands for its "le"."""
    page = _page([])
    image = page.image
    assert image is not None
    top, bottom = 290, 340  # boxes about 4 mm high at 300 dpi
    for k in range(9):
        x = 1000 + 44 * k
        image[top:bottom, x : x + 3] = 0
    image[top : top + 3, 1000 : 1000 + 44 * 8 + 3] = 0
    image[bottom - 3 : bottom, 1000 : 1000 + 44 * 8 + 3] = 0
    noise = [_word(t, x, 300, c) for t, x, c in
             (("TE", 100, 42.0), ("id", 250, 43.0), ("ON", 400, 19.0), ("RETRO", 600, 13.0),
              ("ip", 930, 40.0))]  # fmt: skip
    label = date_label(dataclasses.replace(page, words=(*SECTION_C, *noise, *SIGNATURE)))
    assert label is not None and label.text == "ip"
    assert (
        date_label(dataclasses.replace(_page([]), words=(*SECTION_C, *noise, *SIGNATURE))) is None
    )


def test_a_le_read_as_a_line_of_its_own_beside_a_garbled_fait_a_is_the_label() -> None:
    """set_bh p04's photo: "Fait à Nantes le 24/11/2026" read "rata antes" on one line
    and "le" as a line of its own, level with it, the hand's date not read at all: the
    date was "missing". The lone "le" level with the row is its label."""
    le = Word("le", (757, 300, 775, 330), 76.0, (1001, 1001, 2))
    words = [*SECTION_C, _word("rata", 100, 300), _word("antes", 190, 300, 52.0), le,
             *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is le, label
    # with nothing level with it on its left, a lone "le" is no row's label
    lone = Word("le", (757, 300, 775, 330), 76.0, (1001, 1001, 2))
    assert date_label(_page([*SECTION_C, lone, *SIGNATURE])) is not lone


def test_the_le_of_a_row_rising_to_the_right_is_the_label() -> None:
    """form_bc d014 (a phone photo): "Fait à" read at y 522-552, the row's "le" on a line
    of its own at y 499-529, the photo's row rising to the right: still the date's label
    (not "à", whose zone took in the place and cut the date's top off)."""
    fait = Word("Fait", (206, 525, 269, 554), 97.0, (6, 1, 1))
    a = Word("à", (279, 522, 296, 552), 97.0, (6, 1, 1))
    place = Word("Montpellier", (320, 494, 490, 539), 90.6, (5, 1, 2))
    le = Word("le", (1206, 499, 1236, 529), 95.7, (5, 1, 2))
    label = date_label(_page([*SECTION_C, place, le, fait, a, *SIGNATURE]))
    assert label == le


def test_the_date_zone_stops_before_a_caption_further_right_on_its_row() -> None:
    """set_br p03 (a 150 dpi scan): "Fait à LYON le 10/11/2026" and, further right on the
    row, the signature box's printed caption "Signature". The zone ran over it, and the
    digit reader, given "10/11/2026 Signature", read nothing."""
    words = [*SECTION_C, _word("Fait", 100, 300), _word("à", 190, 300),
             _word("LYON", 240, 300, 70.0), _word("le", 700, 300),
             _word("IOJNI/U0OVG", 760, 290, 0.0), _word("Signature", 1500, 300), *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is not None and label.text == "le"
    zone = date_zones(_page(words), label)[0]
    assert zone[0] < 760 and zone[2] < 1500
    # the hand's date itself read as a word (form_au d001: a cursive "06/11/2026" read
    # "LOTS" at 60, taller than print) is no caption: the zone goes on past it
    hand = Word("LOTS", (1528, 256, 1673, 334), 60.2, (1, 1, 300))
    words = [*SECTION_C, _word("Fait", 100, 300), _word("à", 190, 300), _word("le", 700, 300),
             hand, *SIGNATURE]  # fmt: skip
    zone = date_zones(_page(words), date_label(_page(words)))[0]
    assert zone[2] > 1673


def _framed_captions(words: list[Word]) -> PageText:
    """Two frames side by side on a white page, "Fait à" and "le" printed small in their
    top left corners (form_bj's print run): the place and the date are written inside."""
    page = _page(words)
    assert page.image is not None
    image = page.image.copy()
    for x0, x1 in ((100, 1350), (1400, 2050)):
        image[380:384, x0:x1] = 0
        image[530:534, x0:x1] = 0
        image[380:534, x0 : x0 + 4] = 0
        image[380:534, x1 - 4 : x1] = 0
    return dataclasses.replace(page, image=image)


def test_the_date_is_read_inside_the_frame_le_captions() -> None:
    """ "le" alone in the corner of its frame, the date written under it (form_bj d004):
    the zone is the frame's inside, below the caption, not the row right of "le"."""
    words = [*SECTION_C, _word("Fait", 110, 390), _word("à", 200, 390),
             _word("le", 1410, 390), *SIGNATURE]  # fmt: skip
    page = _framed_captions(words)
    label = date_label(page)
    assert label is not None and label.text == "le"
    x0, y0, x1, y1 = date_zones(page, label)[0]
    assert 1400 <= x0 < 1420 and y0 >= 420 and 520 <= y1 < 530 and 2030 <= x1 < 2050


def test_the_row_under_a_fait_a_caption_when_its_le_is_unread() -> None:
    """ "Fait à" in its frame's corner, the small "le" beside it lost (form_bj d009): the
    row under the captions, where the place and the date are written, is the first zone."""
    words = [*SECTION_C, _word("Fait", 110, 390), _word("à", 200, 390), *SIGNATURE]
    page = _framed_captions(words)
    label = date_label(page)
    assert label is not None and label.text == "à"
    x0, y0, x1, y1 = date_zones(page, label)[0]
    assert x0 < 120 and y0 >= 420 and 520 <= y1 < 530 and x1 > 2000


def test_the_date_is_read_in_the_low_cell_under_its_caption() -> None:
    """form_bq d020 and d032: small captions "Fait à" and "le" just over two framed cells
    5 mm tall, the place and the date written in them. The cell under "le" was neither a
    frame (its sides shorter than a frame's) nor one "le" stands in: the date was sought
    right of "le", where nothing is written."""
    import cv2

    image = np.full((700, 1654), 235, np.uint8)  # 200 dpi, a scan's grey paper
    cv2.rectangle(image, (100, 300), (760, 340), 30, 2)  # the place's cell, 5 mm tall
    cv2.rectangle(image, (836, 300), (1307, 340), 30, 2)  # the date's
    words = [
        Word("Fait", (105, 276, 135, 292), 96.0, (5, 1, 1)),
        Word("à", (140, 276, 150, 292), 96.0, (5, 1, 1)),
        Word("le", (839, 276, 854, 292), 96.9, (5, 1, 2)),
        *[dataclasses.replace(w, box=(w.box[0], w.box[1] - 60, w.box[2], w.box[3] - 60))
          for w in SECTION_C],
    ]  # fmt: skip
    page = PageText(PageRef("scan.jpg", 1), image, 200, tuple(words), "ocr")
    label = date_label(page)
    assert label is not None and label.text == "le"
    left, top, right, bottom = date_zones(page, label)[0]
    assert 830 <= left < 850 and 295 <= top < 310 and 1290 < right <= 1312 and bottom <= 345


def test_fait_read_a_letter_short_before_a_still_anchors_the_le() -> None:
    """form_bs d016: "Fait à Rennes le 3 novembre 2026" read "Fat à Rennes le À novembre
    2026" (the hand's 3 read "À"). "Fat" followed by "à" is the caption: the date is read
    right of its "le", not from a word of the certification text above."""
    words = [*SECTION_C, _word("maladie", 100, 190), _word("Fat", 100, 300), _word("à", 170, 300),
             _word("Rennes", 220, 300), _word("le", 900, 300), _word("À", 960, 300, 60.0),
             _word("novembre", 1000, 300), _word("2026", 1200, 300), *SIGNATURE]  # fmt: skip
    label = date_label(_page(words))
    assert label is not None and label.text == "le" and label.box[0] == 900


def test_the_le_before_the_date_not_a_look_alike_in_the_hands_place() -> None:
    """form_bv d008: "Fait à NANTES le 22/10/2026", the hand's place read "NAN té EL" and the
    thin second slash a 1. The label is the "le" before the digits, not the place's "té"
    (a misread "le" would measure the date's zone over the place), and the date reads
    22/10/2026."""
    from docverify.doctypes.application_form.date_text import signed_date

    row = ["Fait", "à", "NAN", "té", "EL", "le", "22/1012026"]
    words = [*SECTION_C, *(_word(t, 100 + 160 * i, 802) for i, t in enumerate(row)), *SIGNATURE]
    label = date_label(_page(words))
    assert label is not None and label.text == "le"
    assert signed_date([" ".join(row)])[0] == dt.date(2026, 10, 22)


def test_a_sentences_faite_is_no_fait_a() -> None:
    """Page 1's notice "s'applique aux réponses faite(s) sur ce formulaire" (form_bv d008,
    its pages in reverse order): no "Fait à" there, so no date zone after it."""
    notice = ["loi", "s'applique", "aux", "réponses", "faite", "ir", "ce", "formulaire"]
    words = [_word(t, 100 + 200 * i, 900) for i, t in enumerate(notice)]
    assert date_label(_page(words)) is None


def test_the_le_read_a_is_the_second_a_before_the_digits() -> None:
    """set_cx p01: "Fait à Lyon le 09/11/2026" typed, printed, dated by hand and scanned,
    read "Fait à Lyon à 0 [Nrot6": the "le" read "à". The label is that second "à" before
    the digits, not the "la" of the legal notice's line just above ("...du code de la
    sécurité sociale)."), which reaches left of "Fait"."""
    above = ["cle", "L.", "114-13", "du", "code", "de", "la", "sécurité", "sociale)."]
    notice = [_word(t, 40 + 130 * i, 790) for i, t in enumerate(above)]
    row = ["Fait", "à", "Lyon", "à", "0", "[Nrot6"]
    fait = [_word(t, 100 + 200 * i, 812) for i, t in enumerate(row)]
    label = date_label(_page([*SECTION_C, *notice, *fait, *SIGNATURE]))
    assert label is not None and label.text == "à" and label.box[0] == 700
    lost = [_word(t, 100 + 200 * i, 812) for i, t in enumerate(row[:3])]  # "le" lost
    label = date_label(_page([*SECTION_C, *notice, *lost, *SIGNATURE]))
    assert label is not None and label.text != "la"


def test_a_date_in_words_whose_years_digits_read_as_letters(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "9 novembre 2026" by hand, read "9 naverbre 2C26" (form_cc d014, wave 47 read
    after its blind figure): the month's name put right, the year's C a 0 again; a year
    of letters only stays unread."""
    from docverify.doctypes.application_form import date_zone

    words = [*SECTION_C, _word("Fait", 100, 300), _word("à", 190, 300),
             _word("Nice", 240, 300), _word("le", 500, 300), *SIGNATURE]  # fmt: skip
    page = _page(words)
    page.image[300:330, 560:700] = 0
    monkeypatch.setattr(date_zone, "boxed_dates", lambda *a: [])
    monkeypatch.setattr(date_zone, "written_digits", lambda *a: [])
    monkeypatch.setattr(date_zone, "_hand_read", lambda *a: "")
    monkeypatch.setattr(date_zone, "read_line", lambda *a, **k: ["9 naverbre 2C26"])
    assert {r[0] for r in date_zone.zone_dates([page], AS_OF)} == {dt.date(2026, 11, 9)}
    monkeypatch.setattr(date_zone, "read_line", lambda *a, **k: ["9 naverbre ZOZC"])
    assert not any(r[0] for r in date_zone.zone_dates([page], AS_OF))


def test_a_future_date_whose_eleven_lost_a_stroke_in_some_reads_is_read_twice() -> None:
    """ "28/11/2026" in a pale hand, audited on 16 November (form_cc d007, wave 47 read
    after its blind figure): the zone reads it so three times and "28/1/2026" twice, the
    11 a stroke short. Those agree: the future date is a reliable read, invalid."""
    from docverify.doctypes.application_form.date_settle import read_twice

    nov28 = (dt.date(2026, 11, 28), "28/11/2026", False)
    jan28 = (dt.date(2026, 1, 28), "28/1/2026", False)
    zone = [nov28, nov28, jan28, nov28, jan28]
    settled = settle_date((None, None, False), zone, dt.date(2026, 11, 16))
    assert settled == nov28
    assert read_twice((None, None, False), zone, settled)
