"""Section B's captions as the official form prints them, both genders in brackets."""

from __future__ import annotations

import pytest

from docverify.doctypes.application_form.situation import caption_words, situations
from docverify.model import PageRef, PageText, Word


def _page(text: str) -> PageText:
    words = tuple(
        Word(t, (100 + 60 * i, 100, 150 + 60 * i, 130), 95.0, (1, 1, 1))
        for i, t in enumerate(text.split())
    )
    return PageText(PageRef("form.png", 1), None, 300, words, "ocr")


@pytest.mark.parametrize(
    ("caption", "situation"),
    [
        ("Vous êtes demandeur(se) d'emploi (inscrit(e) à France Travail)", "demandeur_emploi"),
        ("[x] Vous étes étudiant(e)", "etudiant"),
        ("Vous exercez une activité salariée en France", "salarie"),
        ("Vous n'exercez pas d'activité professionnelle", "inactif"),
        # one box for all work (blind set set_af: three of its four forms' ticks unread)
        (
            "Vous exercez une activité professionnelle en France (salariée ou non salariée)",
            "salarie",
        ),
        ("Vous exercez une activité professionnelle non salariée", "independant"),
    ],
)
def test_official_captions_name_their_situation(caption: str, situation: str) -> None:
    page = _page(caption)
    first = next(i for i, w in enumerate(page.words) if w.text[0].isalpha())
    # the caption is found where it begins, right of its box
    found = {
        s.id for s in situations() for rx in s.captions if first in caption_words(page, rx, set())
    }
    assert found == {situation}, found


def test_a_tick_taken_for_a_short_frame_is_measured_where_the_column_says() -> None:
    """Five boxes of 40 x 40 px in one column; the fourth box's "frame" was found 30 x 26
    (the inside of a tick): it is measured again as a 40 x 40 box beside its caption."""
    import numpy as np

    from docverify.doctypes.application_form.situation import Box, _regular, ticked_boxes
    from docverify.vision.checkbox import CheckboxMeasure

    image = np.full((800, 600), 255, np.uint8)
    ids = ["salarie", "independant", "demandeur_emploi", "etudiant", "inactif"]
    boxes = []
    for n, sid in enumerate(ids):
        top = 100 + 120 * n
        image[top : top + 40, 100] = image[top : top + 40, 139] = 0  # the printed frame
        image[top, 100:140] = image[top + 39, 100:140] = 0
        caption = Word("Vous", (160, top + 7, 220, top + 33), 95.0, (n, 1, 1))
        page = PageText(PageRef("form.png", 1), image, 300, (caption,), "ocr")
        frame, ratio = (100, top, 140, top + 40), 0.0
        if sid == "salarie":
            image[top + 8 : top + 32, 110:130] = 0
            ratio = 0.3
        if sid == "etudiant":  # a tick drawn across most of the box
            for k in range(30):
                image[top + 5 + k, 105 + k // 2 : 110 + k // 2] = 0
            frame, ratio = (105, top + 8, 135, top + 34), 0.06
        boxes.append(Box(sid, caption, page, CheckboxMeasure(frame, ratio)))
    regular = {b.situation: b for b in _regular(boxes)}
    assert regular["etudiant"].measure is not None
    assert regular["etudiant"].measure.frame[2] - regular["etudiant"].measure.frame[0] == 40
    ticks = ticked_boxes(list(regular.values()))
    assert ticks["salarie"] and ticks["etudiant"] and not ticks["inactif"]


def _boxed_line(image, words: list[Word], text: str, top: int, line: int, ticked: bool) -> None:
    """A caption at ``top`` with a printed 40 px box left of it (inked when ``ticked``)."""
    image[top : top + 40, 100] = image[top : top + 40, 139] = 0
    image[top, 100:140] = image[top + 39, 100:140] = 0
    if ticked:
        image[top + 8 : top + 32, 110:130] = 0
    for i, t in enumerate(text.split()):
        words.append(Word(t, (160 + 90 * i, top + 7, 240 + 90 * i, top + 33), 95.0, (line, 1, 1)))


def test_boxes_outside_section_b_are_no_situation() -> None:
    """Page 2 of the official form lists the documents to join with a box before each
    ("[x] Vous êtes salarié(e) : contrat de travail"): a helper ticks them as a checklist.
    Those boxes are not section B's, which stands under its heading on page 1."""
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    page1 = np.full((1400, 1200), 255, np.uint8)
    words1: list[Word] = []
    words1.append(Word("B", (100, 100, 130, 130), 95.0, (0, 1, 1)))
    words1.append(Word("VOTRE", (150, 100, 260, 130), 95.0, (0, 1, 1)))
    words1.append(Word("SITUATION", (280, 100, 460, 130), 95.0, (0, 1, 1)))
    captions = [
        ("Vous exercez une activité professionnelle salariée en France", False),
        ("Vous exercez une activité professionnelle non salariée en France", False),
        ("Vous êtes demandeur d'emploi inscrit à France Travail", True),
        ("Vous êtes étudiant(e) dans un établissement", False),
    ]
    for n, (text, ticked) in enumerate(captions):
        _boxed_line(page1, words1, text, 200 + 100 * n, n + 1, ticked)
    page2 = np.full((1400, 1200), 255, np.uint8)
    words2: list[Word] = []
    words2.append(Word("PIÈCES", (100, 100, 220, 130), 95.0, (0, 1, 1)))
    words2.append(Word("JUSTIFICATIVES", (240, 100, 500, 130), 95.0, (0, 1, 1)))
    _boxed_line(page2, words2, "Vous êtes salarié : contrat de travail", 200, 1, True)
    pages = [
        PageText(PageRef("form.pdf", 1), page1, 300, tuple(words1), "ocr"),
        PageText(PageRef("form.pdf", 2), page2, 300, tuple(words2), "ocr"),
    ]
    ticks = ticked_boxes(find_boxes(pages))
    assert ticks == {
        "salarie": False,
        "independant": False,
        "demandeur_emploi": True,
        "etudiant": False,
    }, ticks


def test_section_b_over_two_pages() -> None:
    """A print run that breaks section B over two pages: its last boxes stand at the top
    of page 2, above section C's heading; the checklist under it is still no situation."""
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    page1 = np.full((1400, 1200), 255, np.uint8)
    words1 = [
        Word("B", (100, 1000, 130, 1030), 95.0, (0, 1, 1)),
        Word("VOTRE", (150, 1000, 260, 1030), 95.0, (0, 1, 1)),
        Word("SITUATION", (280, 1000, 460, 1030), 95.0, (0, 1, 1)),
    ]
    _boxed_line(page1, words1, "Vous exercez une activité professionnelle salariée", 1100, 1, False)
    _boxed_line(page1, words1, "Vous êtes demandeur d'emploi inscrit", 1200, 2, False)
    page2 = np.full((1400, 1200), 255, np.uint8)
    words2: list[Word] = []
    _boxed_line(page2, words2, "Vous êtes étudiant(e) dans un établissement", 100, 1, True)
    _boxed_line(page2, words2, "Vous êtes sans activité professionnelle", 200, 2, False)
    words2 += [
        Word("C", (100, 400, 130, 430), 95.0, (3, 1, 1)),
        Word("VOS", (150, 400, 220, 430), 95.0, (3, 1, 1)),
        Word("ENGAGEMENTS", (240, 400, 460, 430), 95.0, (3, 1, 1)),
    ]
    _boxed_line(page2, words2, "Vous êtes salarié : contrat de travail", 600, 4, True)
    pages = [
        PageText(PageRef("form.pdf", 1), page1, 300, tuple(words1), "ocr"),
        PageText(PageRef("form.pdf", 2), page2, 300, tuple(words2), "ocr"),
    ]
    ticks = ticked_boxes(find_boxes(pages))
    assert ticks == {
        "salarie": False,
        "demandeur_emploi": False,
        "etudiant": True,
        "inactif": False,
    }, ticks


def test_a_caption_whose_first_words_were_garbled_is_found_by_its_middle() -> None:
    """ "[X] Vous exercez une activité professionnelle salariée ou indépendante" read
    "[X] Vousiesercæune activité ...": the phrase found in its middle leads back to the
    caption's first word, right of the box, where the box is measured. A single word of
    the middle ("indépendante") leads nowhere: it is no caption of its own."""
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    image = np.full((900, 1400), 255, np.uint8)
    rows = [
        "[X] Vousiesercæune activité professionnelle salariée ou indépendante en France",
        "Vous êtes demandeur d'emploi (inscrit à France Travail)",
        "Vous êtes étudiant(e)",
        "Vous n'exercez pas d'activité professionnelle",
        "Autre situation (précisez) :",
    ]
    words = []
    for n, row in enumerate(rows):
        top = 100 + 120 * n
        image[top : top + 40, 100] = image[top : top + 40, 139] = 0  # the printed frame
        image[top, 100:140] = image[top + 39, 100:140] = 0
        x = 160
        for text in row.split():
            if text == "[X]":  # the tick read as a word, over the box
                image[top + 6 : top + 34, 106:134] = 0
                words.append(Word(text, (100, top, 140, top + 40), 60.0, (n, 1, 1)))
                continue
            width = 14 * len(text)
            words.append(Word(text, (x, top + 7, x + width, top + 33), 90.0, (n, 1, 1)))
            x += width + 16
    page = PageText(PageRef("form.png", 1), image, 300, tuple(words), "ocr")
    boxes = find_boxes([page])
    ticks = ticked_boxes(boxes)
    assert ticks.get("salarie") is True, ticks
    assert "independant" not in ticks and not any(v for k, v in ticks.items() if k != "salarie")


def test_a_box_read_as_letters_before_a_whole_caption_is_still_its_box() -> None:
    """ "[x] Vous exercez ..." read "fe Vous exercez ...": the caption is whole from
    "Vous", whose box is found left of it; the box's letters are no caption's start."""
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    image = np.full((900, 1400), 255, np.uint8)
    rows = [
        "fe Vous exercez une activité salariée ou indépendante en France",
        "Ea} Vous êtes demandeur(se) d'emploi",
        "Vous êtes étudiant(e)",
        "Vous êtes sans activité professionnelle",
        "Autre (précisez) :",
    ]
    words = []
    for n, row in enumerate(rows):
        top = 100 + 120 * n
        image[top : top + 40, 100] = image[top : top + 40, 139] = 0
        image[top, 100:140] = image[top + 39, 100:140] = 0
        x = 160
        for text in row.split():
            if text in ("fe", "Ea}"):  # the box and its tick read as letters, over the box
                image[top + 6 : top + 34, 106:134] = 0
                words.append(Word(text, (100, top, 140, top + 40), 39.0, (n, 1, 1)))
                continue
            width = 14 * len(text)
            words.append(Word(text, (x, top + 7, x + width, top + 33), 90.0, (n, 1, 1)))
            x += width + 16
    page = PageText(PageRef("form.png", 1), image, 300, tuple(words), "ocr")
    ticks = ticked_boxes(find_boxes([page]))
    assert ticks.get("salarie") is True and ticks.get("demandeur_emploi") is True, ticks


def test_a_small_cross_is_a_tick_when_every_other_box_is_clean() -> None:
    """A handwriting font's small "x" in the box (set_s p09: 0.026 of the box inked): too
    little ink to be a tick by itself, but the only ink of the section."""
    import cv2
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    page = np.full((1400, 1200), 255, np.uint8)
    words: list[Word] = [Word("SITUATION", (280, 100, 460, 130), 95.0, (0, 1, 1))]
    words.insert(0, Word("VOTRE", (150, 100, 260, 130), 95.0, (0, 1, 1)))
    captions = [
        "Vous exercez une activité salariée en France",
        "Vous exercez une activité non salariée",
        "Vous êtes demandeur d'emploi",
        "Vous êtes étudiant(e)",
    ]
    for n, text in enumerate(captions):
        _boxed_line(page, words, text, 200 + 100 * n, n + 1, False)
    cv2.line(page, (116, 216), (121, 222), 0, 1)  # a small x in the first box
    cv2.line(page, (121, 216), (116, 222), 0, 1)
    pages = [PageText(PageRef("form.jpg", 1), page, 300, tuple(words), "ocr")]
    boxes = find_boxes(pages)
    first = next(b for b in boxes if b.situation == "salarie")
    assert first.measure is not None and 0.012 <= first.measure.ratio < 0.035, first.measure
    assert ticked_boxes(boxes) == {
        "salarie": True,
        "independant": False,
        "demandeur_emploi": False,
        "etudiant": False,
    }


def test_a_caption_found_by_its_middle_words_is_measured_at_its_box() -> None:
    """ "Vous êtes" lost to OCR, the caption found by "sans activité" far right of the
    column, its small letters lower than the box's middle (set_s p11): its box is the
    frame left of the column, not a square guessed under its words (which held the box's
    lower side and read as ticked)."""
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    page = np.full((1400, 1200), 255, np.uint8)
    words: list[Word] = [
        Word("VOTRE", (150, 100, 260, 130), 95.0, (0, 1, 1)),
        Word("SITUATION", (280, 100, 460, 130), 95.0, (0, 1, 1)),
    ]
    captions = [
        "Vous exercez une activité salariée en France",
        "Vous exercez une activité non salariée",
        "Vous êtes demandeur d'emploi",
    ]
    for n, text in enumerate(captions):
        _boxed_line(page, words, text, 200 + 100 * n, n + 1, n == 0)
    top = 500  # the fourth box, its caption's first words not read
    page[top : top + 40, 100] = page[top : top + 40, 139] = 0
    page[top, 100:140] = page[top + 39, 100:140] = 0
    words.append(Word("sans", (340, top + 22, 400, top + 44), 95.0, (4, 1, 1)))
    words.append(Word("activité", (410, top + 12, 520, top + 44), 95.0, (4, 1, 1)))
    pages = [PageText(PageRef("form.pdf", 1), page, 300, tuple(words), "ocr")]
    ticks = ticked_boxes(find_boxes(pages))
    assert [k for k, v in ticks.items() if v] == ["salarie"] and "inactif" in ticks, ticks


@pytest.mark.parametrize("grey", [185, 235])
def test_a_pale_cross_is_a_tick_when_every_other_box_stays_clean_at_its_paleness(
    grey: int,
) -> None:
    """A blue pen photographed in grey light (set_u p04): the cross reads 160-190 on a
    white page, lighter than ink is judged, so no box is ticked. Measured again at that
    paleness, it is the only marked box: ticked. A pale grey all over (235, a shadow or
    a tint) marks nothing."""
    import cv2
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    page = np.full((1400, 1200), 255, np.uint8)
    words: list[Word] = [Word("VOTRE", (150, 100, 260, 130), 95.0, (0, 1, 1)),
                         Word("SITUATION", (280, 100, 460, 130), 95.0, (0, 1, 1))]  # fmt: skip
    captions = [
        "Vous exercez une activité salariée en France",
        "Vous exercez une activité non salariée",
        "Vous êtes demandeur d'emploi",
        "Vous êtes étudiant(e)",
    ]
    for n, text in enumerate(captions):
        _boxed_line(page, words, text, 200 + 100 * n, n + 1, False)
    cv2.line(page, (106, 206), (133, 233), grey, 2)  # a cross in the first box
    cv2.line(page, (133, 206), (106, 233), grey, 2)
    pages = [PageText(PageRef("form.jpg", 1), page, 300, tuple(words), "ocr")]
    boxes = find_boxes(pages)
    first = next(b for b in boxes if b.situation == "salarie")
    assert first.measure is not None and first.measure.ratio < 0.01, first.measure
    assert ticked_boxes(boxes)["salarie"] is (grey == 185)


def test_a_crossed_box_read_as_letters_and_a_caption_naming_other_situations() -> None:
    """set_be p04: the crossed box before "Vous êtes sans activité professionnelle" read
    "KX]" (confidence 53) and the walk back from "sans activité" took it for the caption's
    first word; "Autre situation (étudiant, demandeur d'emploi, retraité...)" was taken as
    the job seekers' box. Only three boxes: the one ticked was dropped, none read."""
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    image = np.full((700, 1600), 255, np.uint8)
    rows = [
        ("Vous exercez une activité professionnelle salariée ou non salariée en France", False),
        ("KX] Vous êtes sans activité professionnelle", True),
        ("Autre situation (étudiant, demandeur d'emploi, retraité...) :", False),
    ]
    words = []
    for n, (row, ticked) in enumerate(rows):
        top = 100 + 150 * n
        image[top : top + 40, 100] = image[top : top + 40, 139] = 0  # the printed frame
        image[top, 100:140] = image[top + 39, 100:140] = 0
        x = 160
        for text in row.split():
            if text == "KX]":  # the crossed box read as a word, over it
                for k in range(28):
                    image[top + 6 + k, 106 + k : 109 + k] = 0
                    image[top + 6 + k, 131 - k : 134 - k] = 0
                words.append(Word(text, (100, top, 140, top + 40), 53.0, (n, 1, 1)))
                continue
            width = 14 * len(text)
            words.append(Word(text, (x, top + 7, x + width, top + 33), 95.0, (n, 1, 1)))
            x += width + 16
        assert ticked == (row[:3] == "KX]")
    page = PageText(PageRef("form.png", 1), image, 300, tuple(words), "ocr")
    ticks = ticked_boxes(find_boxes([page]))
    assert ticks == {"salarie": False, "inactif": True, "autre": False}, ticks


def test_a_crossed_box_read_as_letters_is_no_word_of_its_caption() -> None:
    """set_bu p02 (wave 23): "(XJ Vous êtes sans activité professionnelle", the crossed box
    read "(XJ" at 63. Walking back from "sans activité" took "(XJ" for the caption's first
    word, found no box left of it, and the ticked box was lost."""
    from docverify.doctypes.application_form.situation import caption_start

    page = _page("(XJ Vous êtes sans activité professionnelle")
    assert caption_start(page, 3) == 1


def test_section_b_under_a_longer_heading_ends_at_section_c() -> None:
    """set_bu p02: "B — VOTRE SITUATION PROFESSIONNELLE" (and a speck read "9": six words)
    heads section B, and "C — DATE ET SIGNATURE" ends it."""
    from docverify.doctypes.application_form.situation import section_b

    words = [
        Word(t, (100 + 60 * i, y, 150 + 60 * i, y + 30), 95.0, (n, 1, 1))
        for n, (y, line) in enumerate(
            ((100, "B — VOTRE SITUATION PROFESSIONNELLE 9"), (300, "Vous êtes étudiant(e)"),
             (600, "C — DATE ET SIGNATURE"), (700, "Je certifie sur l'honneur"))
        )
        for i, t in enumerate(line.split())
    ]  # fmt: skip
    page = PageText(PageRef("form.png", 1), None, 300, tuple(words), "ocr")
    assert section_b([page]) == {0: (100, 600)}


def test_two_measured_boxes_place_the_third_whose_frame_a_tick_hid() -> None:
    """A typed form of three boxes, the one ticked with a check mark running out of its
    frame (set_dg p02): its frame is found by none, and the two clean boxes say where it
    stands; the tick is measured there."""
    import numpy as np

    from docverify.doctypes.application_form.situation import Box, _regular, ticked_boxes
    from docverify.vision.checkbox import CheckboxMeasure

    image = np.full((800, 600), 255, np.uint8)
    boxes = []
    for n, sid in enumerate(["salarie", "inactif", "autre"]):
        top = 100 + 120 * n
        image[top : top + 40, 100] = image[top : top + 40, 139] = 0
        image[top, 100:140] = image[top + 39, 100:140] = 0
        caption = Word("Vous", (160, top + 7, 220, top + 33), 95.0, (n, 1, 1))
        page = PageText(PageRef("form.pdf", 1), image, 300, (caption,), "text_layer")
        measure: CheckboxMeasure | None = CheckboxMeasure((100, top, 140, top + 40), 0.0)
        if sid == "inactif":
            for k in range(30):  # a check mark's long stroke, up and out of the box
                image[top + 35 - k, 112 + k : 117 + k] = 0
            image[top + 20 : top + 36, 105:110] = 0
            measure = None
        boxes.append(Box(sid, caption, page, measure))
    regular = {b.situation: b for b in _regular(boxes)}
    assert set(regular) == {"salarie", "inactif", "autre"}
    assert ticked_boxes(list(regular.values())) == {
        "salarie": False,
        "inactif": True,
        "autre": False,
    }


def _section_b_without_its_last_caption(last: str) -> list[PageText]:
    """Section B of five captions in one column, then the last row's box with its
    caption unread: ``last`` is "ticked", "clean" or "none" (no box printed there)."""
    import numpy as np

    image = np.full((1400, 1200), 255, np.uint8)
    words = [
        Word("B", (100, 100, 130, 130), 95.0, (0, 1, 1)),
        Word("VOTRE", (150, 100, 260, 130), 95.0, (0, 1, 1)),
        Word("SITUATION", (280, 100, 460, 130), 95.0, (0, 1, 1)),
    ]
    captions = [
        "Vous exercez une activité salariée en France",
        "Vous exercez une activité non salariée",
        "Vous êtes demandeur d'emploi inscrit",
        "Vous êtes étudiant(e)",
        "Vous êtes sans activité professionnelle",
    ]
    for n, text in enumerate(captions):
        _boxed_line(image, words, text, 200 + 80 * n, n + 1, False)
    top = 200 + 80 * len(captions)
    if last != "none":  # the box of "Autre situation, précisez : Retraitée", unread
        image[top : top + 40, 100] = image[top : top + 40, 139] = 0
        image[top, 100:140] = image[top + 39, 100:140] = 0
        if last == "ticked":
            image[top + 8 : top + 32, 110:130] = 0
    return [PageText(PageRef("form.jpg", 1), image, 300, tuple(words), "ocr")]


@pytest.mark.parametrize(("last", "autre"), [("ticked", True), ("clean", None), ("none", None)])
def test_the_last_box_ticked_under_the_column_whose_caption_was_lost(
    last: str, autre: bool | None
) -> None:
    """form_by d014 (wave 43, read): the page's read lost the line "[x] Autre situation,
    précisez : Retraitée, pension haïtienne"; its box, one pitch under the column, holds
    the tick. A clean box there, or none, adds nothing."""
    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    ticks = ticked_boxes(find_boxes(_section_b_without_its_last_caption(last)))
    assert ticks.get("autre") is autre, ticks
    assert not any(v for k, v in ticks.items() if k != "autre")


def test_boxes_in_a_column_right_of_their_captions() -> None:
    """form_cb's second print run (wave 46, read after its blind figure): "salarié(e) en
    France ........ [ ]", each box in a column at the page's right, none left of its
    caption: the boxes are found right of their captions' lines."""
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    image = np.full((1200, 2400), 255, np.uint8)
    words = [
        Word("B", (100, 100, 130, 130), 95.0, (0, 1, 1)),
        Word("VOTRE", (150, 100, 260, 130), 95.0, (0, 1, 1)),
        Word("SITUATION", (280, 100, 460, 130), 95.0, (0, 1, 1)),
    ]
    captions = ["salarié(e) en France", "demandeur d'emploi (inscrit)", "étudiant(e)",
                "sans activité, résidant en France depuis plus de 3 mois"]  # fmt: skip
    for n, text in enumerate(captions):
        top = 200 + 120 * n
        x = 100
        for t in text.split():
            words.append(Word(t, (x, top + 7, x + 14 * len(t), top + 33), 95.0, (n + 1, 1, 1)))
            x += 14 * len(t) + 16
        image[top : top + 40, 1800] = image[top : top + 40, 1839] = 0  # the box, far right
        image[top, 1800:1840] = image[top + 39, 1800:1840] = 0
        if n == 2:
            image[top + 8 : top + 32, 1810:1830] = 0
    page = PageText(PageRef("form.pdf", 1), image, 300, tuple(words), "ocr")
    ticks = ticked_boxes(find_boxes([page]))
    assert ticks == {
        "salarie": False,
        "demandeur_emploi": False,
        "etudiant": True,
        "inactif": False,
    }, ticks


def test_a_box_at_the_right_read_as_its_lines_last_word_is_still_found() -> None:
    """form_ce's second print run (wave 49, read after its blind figure): each box at the
    page's right margin, read by the page's OCR as the caption line's last word ("... en
    France [x]", "étudiant(e) @", "Travail C]"): the caption ends before that word, and the
    box right of it is its box (no tick was read on five of six such forms)."""
    import numpy as np

    from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes

    image = np.full((1200, 2400), 255, np.uint8)
    words = [
        Word("B", (100, 100, 130, 130), 95.0, (0, 1, 1)),
        Word("VOTRE", (150, 100, 260, 130), 95.0, (0, 1, 1)),
        Word("SITUATION", (280, 100, 460, 130), 95.0, (0, 1, 1)),
    ]
    captions = ["Vous exercez une activité salariée en France", "Vous êtes étudiant(e)",
                "Vous êtes sans activité et résidez en France"]  # fmt: skip
    marks = ["[x]", "@", "C]"]
    for n, (text, mark) in enumerate(zip(captions, marks, strict=True)):
        top = 200 + 120 * n
        x = 100
        for t in text.split():
            words.append(Word(t, (x, top + 7, x + 14 * len(t), top + 33), 95.0, (n + 1, 1, 1)))
            x += 14 * len(t) + 16
        words.append(Word(mark, (2100, top + 2, 2140, top + 38), 40.0, (n + 1, 1, 1)))
        image[top : top + 40, 2100] = image[top : top + 40, 2139] = 0  # the box, far right
        image[top, 2100:2140] = image[top + 39, 2100:2140] = 0
        if n == 0:
            image[top + 8 : top + 32, 2110:2130] = 0
    page = PageText(PageRef("form.pdf", 1), image, 300, tuple(words), "ocr")
    ticks = ticked_boxes(find_boxes([page]))
    assert ticks == {"salarie": True, "etudiant": False, "inactif": False}, ticks
