"""Where a signature is measured when no frame is printed: under the "Signature" label,
never under the word inside a section heading, whose "zone" holds the paragraph below."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docverify.model import PageRef, PageText, Word
from docverify.vision.ink import NO_SIGNATURE_MM2, looks_signed, signature_ink

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200


def _page(title_only: bool) -> PageText:
    img = Image.new("L", (1600, 1000), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 28)
    d.text((100, 100), "VOS ENGAGEMENTS ET SIGNATURE", font=font, fill=0)
    for k in range(6):  # the certification paragraph under the title
        d.text(
            (100, 160 + 40 * k),
            "Je certifie sur l'honneur l'exactitude des renseignements",
            font=font,
            fill=0,
        )
    words = [
        Word("VOS", (100, 100, 170, 130), 96.0, (1, 1, 1)),
        Word("ENGAGEMENTS", (180, 100, 420, 130), 96.0, (1, 1, 1)),
        Word("ET", (430, 100, 470, 130), 96.0, (1, 1, 1)),
        Word("SIGNATURE", (480, 100, 660, 130), 96.0, (1, 1, 1)),
    ]
    if not title_only:
        d.text((100, 600), "Signature :", font=font, fill=0)
        d.line([(150, 700), (260, 660), (330, 720), (420, 650), (520, 700)], fill=0, width=4)
        # listed first: the heading is the last "SIGNATURE" of the page's words
        words.insert(0, Word("Signature", (100, 600, 250, 630), 95.0, (1, 9, 1)))
    return PageText(PageRef("form.png", 2), np.asarray(img), DPI, tuple(words), "ocr")


def test_the_word_in_a_heading_is_not_the_label() -> None:
    m = signature_ink(_page(title_only=False), r"^SIGNATURES?\b")
    assert m is not None and m.zone[1] > 600  # under "Signature :", not under the heading


def test_the_label_names_the_zone_under_it() -> None:
    m = signature_ink(_page(title_only=False), r"^SIGNATURES?\b")
    assert m is not None and m.ratio > 0.004 and m.span_mm > 20


def _beside(signed: bool) -> PageText:
    """'Signature du / demandeur :' on two lines level with the middle of a frame on its
    right, the next section's heading and list under them (a print run of the cerfa)."""
    img = Image.new("L", (1654, 1400), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 28)
    d.text((560, 330), "Signature du", font=font, fill=0)
    d.text((560, 370), "demandeur :", font=font, fill=0)
    d.rectangle((860, 220, 1560, 500), outline=0, width=3)
    d.text((100, 560), "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", font=font, fill=0)
    for k in range(5):
        d.text(
            (100, 620 + 44 * k),
            "Une pièce d'identité : passeport ou carte nationale",
            font=font,
            fill=0,
        )
    if signed:
        d.line([(950, 430), (1050, 330), (1150, 440), (1260, 320), (1380, 420)], fill=20, width=5)
    words = (
        Word("Signature", (560, 330, 700, 360), 96.0, (1, 1, 1)),
        Word("du", (710, 330, 745, 360), 96.0, (1, 1, 1)),
        Word("demandeur", (560, 370, 730, 400), 96.0, (1, 1, 2)),
    )
    return PageText(PageRef("form.pdf", 2), np.asarray(img), DPI, words, "ocr")


def test_a_frame_beside_its_label_is_the_signature_box() -> None:
    """The frame right of its label is measured, not the space under the label (which
    holds the next section's printed heading and list: it read as a signature)."""
    from docverify.vision.ink import looks_signed

    empty = signature_ink(_beside(False))
    assert empty is not None and not looks_signed(empty), empty
    assert empty.zone[0] > 860 and empty.zone[3] < 500
    signed = signature_ink(_beside(True))
    assert signed is not None and looks_signed(signed), signed


def _heading_and_frame(mark: str, heading: tuple[str, ...] = ("C", "-", "VOS")) -> PageText:
    """Section C as a print run of the cerfa lays it out (form_o d022): the heading is
    the only "SIGNATURE" read, the frame's own caption printed too pale for OCR, and in
    the frame nothing, a small tick, or a signature. The paragraph under the heading has
    words read with low confidence (not masked as print)."""
    img = Image.new("L", (1654, 1400), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 28)
    d.text((100, 100), "C - VOS ENGAGEMENTS ET SIGNATURE", font=font, fill=0)
    for k in range(3):
        d.text((100, 160 + 40 * k), "Je certifie sur l'honneur l'exactitude (e) des",
               font=font, fill=0)  # fmt: skip
    d.text((100, 320), "Fait à Villeurbanne          le 17/10/2026", font=font, fill=0)
    d.rectangle((850, 400, 1560, 680), outline=0, width=3)
    d.text((1080, 480), "Signature", font=ImageFont.truetype(FONT, 48), fill=225)  # pale
    if mark == "tick":
        d.line([(1150, 560), (1158, 570), (1172, 548)], fill=40, width=3)
    elif mark == "signed":
        d.line([(950, 600), (1060, 520), (1150, 630), (1260, 530), (1400, 600)], fill=20, width=4)
    words = [
        *(
            Word(t, box, 96.0, (1, 1, 1))
            for t, box in zip(
                heading,
                ((100, 100, 120, 130), (130, 100, 145, 130), (155, 100, 225, 130)),
                strict=False,
            )
        ),
        Word("ENGAGEMENTS", (235, 100, 475, 130), 96.0, (1, 1, 1)),
        Word("ET", (485, 100, 525, 130), 96.0, (1, 1, 1)),
        Word("SIGNATURE", (535, 100, 720, 130), 96.0, (1, 1, 1)),
        Word("informé(e)", (400, 160, 560, 190), 47.0, (1, 2, 1)),
    ]
    return PageText(PageRef("form.png", 2), np.asarray(img), DPI, tuple(words), "ocr")


def test_a_heading_alone_names_the_first_frame_under_it_not_the_paragraph() -> None:
    """A tick in the signature box is no signature; the paragraph under the heading is
    never measured as if it were the box."""
    for mark, signed in (("none", False), ("tick", False), ("signed", True)):
        m = signature_ink(_heading_and_frame(mark), r"^SIGNATURES?\b")
        assert m is not None and m.zone[1] >= 400, mark
        assert looks_signed(m) is signed, mark
    tick = signature_ink(_heading_and_frame("tick"), r"^SIGNATURES?\b")
    assert tick is not None and tick.area_mm2 < NO_SIGNATURE_MM2


def test_a_heading_misread_in_part_is_still_a_heading() -> None:
    """The circled section letter read "Cc}" or "(Gl)" and "VOS" read "vos" (form_r d014,
    d027, d045; form_x d059): the line is still the section's heading, so the box under it
    is measured, not the paragraph, whose dark print looked like a signature."""
    for heading in (("Cc}", "VOS"), ("@©", "vos"), ("Vos",), ("(Gl)", "vos")):
        for mark, signed in (("none", False), ("tick", False), ("signed", True)):
            m = signature_ink(_heading_and_frame(mark, heading), r"^SIGNATURES?\b")
            assert m is not None and m.zone[1] >= 400, (heading, mark)
            assert looks_signed(m) is signed, (heading, mark)


def test_without_any_signature_word_the_box_under_fait_a_is_measured() -> None:
    """A photographed page 2 whose heading and pale caption were both lost to OCR: the
    signature box is the first frame under "Fait à ... le", as the cerfa prints it; the
    agent's box further down is not it."""
    from docverify.doctypes.application_form.signature import read_signature

    def page(signed: bool) -> PageText:
        img = Image.new("L", (1654, 1400), 255)
        d = ImageDraw.Draw(img)
        font = ImageFont.truetype(FONT, 28)
        d.text((100, 120), "Fait à Toulouse                 le 10/10/2026", font=font, fill=0)
        d.rectangle((850, 200, 1560, 460), outline=0, width=3)
        if signed:
            d.line([(950, 400), (1060, 320), (1150, 430), (1260, 330), (1400, 400)],
                   fill=20, width=4)  # fmt: skip
        d.rectangle((100, 700, 1560, 950), outline=0, width=3)  # "Cadre réservé", empty
        words = (
            Word("Fait", (100, 120, 160, 150), 95.0, (1, 1, 1)),
            Word("à", (170, 120, 190, 150), 95.0, (1, 1, 1)),
            Word("Toulouse", (200, 120, 330, 150), 90.0, (1, 1, 1)),
        )
        return PageText(PageRef("p2.jpg", 1), np.asarray(img), DPI, words, "ocr")

    assert read_signature([page(True)]).signed is True
    assert read_signature([page(False)]).signed is False


def _pale_box(signed: bool, shadow: bool = False, grey_word: bool = False) -> PageText:
    """A box framed in pale grey under its caption, photographed soft: the frame at 215
    on 255 paper, and (``signed``) a fine zigzag blurred to mid-grey, only its darkest
    bits as dark as ink is judged; (``shadow``) a broad soft shadow across the box instead;
    (``grey_word``) the word "Signature" printed light grey inside the box, unread."""
    import cv2

    img = Image.new("L", (1600, 900), 255)
    d = ImageDraw.Draw(img)
    d.text((100, 260), "Signature", font=ImageFont.truetype(FONT, 28), fill=0)
    d.rectangle((100, 310, 800, 480), outline=215, width=2)
    if signed:
        zig = [(180 + 40 * k, 400 - 30 * (k % 2)) for k in range(12)]
        d.line(zig, fill=30, width=2)
    if grey_word:
        d.text((350, 370), "Signature", font=ImageFont.truetype(FONT, 40), fill=170)
    pixels = cv2.GaussianBlur(np.asarray(img), (0, 0), 1.6)
    if shadow:
        x = np.arange(1600, dtype=np.float32)[None, :]
        pixels = (pixels - 70 * np.exp(-((x - 450) ** 2) / (2 * 150.0**2))).clip(0, 255)
    words = (Word("Signature", (100, 260, 230, 290), 95.0, (1, 1, 1)),)
    image = np.asarray(pixels, dtype=np.uint8)
    return PageText(PageRef("form.jpg", 1), image, DPI, words, "ocr")


def test_a_fine_pen_photographed_soft_in_a_pale_frame_is_signed() -> None:
    """A fine pen photographed soft is lighter than ink is judged, but its pale strokes
    hold one long curved stroke, the trace a hand leaves and print does not: signed (it
    was a doubt, "check that the form is signed", on four signed forms of form_ay). An
    empty pale box, shadowed or with its caption printed light grey inside, is clean."""
    from docverify.doctypes.application_form.signature import read_signature

    pale = read_signature([_pale_box(signed=True)])
    assert (pale.signed, pale.faint) == (True, False)
    boxes = (_pale_box(False), _pale_box(False, shadow=True), _pale_box(False, grey_word=True))
    for empty in boxes:
        assert (read_signature([empty]).signed, read_signature([empty]).faint) == (False, False)


def _ticked_box(
    grey_word: bool = False, zigzag: bool = False, pale_scrawl: bool = False
) -> PageText:
    """A signature box holding a short tick (about 7 mm: a stray mark, form_v's
    ``stray_mark``), its caption printed light grey inside (``grey_word``), or a signature
    (``zigzag``)."""
    img = Image.new("L", (1600, 900), 255)
    d = ImageDraw.Draw(img)
    d.text((100, 260), "Signature", font=ImageFont.truetype(FONT, 28), fill=0)
    d.rectangle((100, 310, 800, 480), outline=0, width=2)
    mm = DPI / 25.4
    d.line([(400, 420), (400 + int(2 * mm), 420 + int(2 * mm)), (400 + int(6 * mm), 400)],
           fill=20, width=4)  # fmt: skip
    if zigzag:
        d.line([(180 + 40 * k, 400 - 30 * (k % 2)) for k in range(12)], fill=20, width=4)
    if grey_word:
        d.text((300, 340), "Signature", font=ImageFont.truetype(FONT, 40), fill=170)
    if pale_scrawl:  # a fine pen's signature a soft scan turned pale
        d.line([(180 + 40 * k, 380 - 30 * (k % 2)) for k in range(12)], fill=170, width=2)
    words = (Word("Signature", (100, 260, 230, 290), 95.0, (1, 1, 1)),)
    return PageText(PageRef("form.jpg", 1), np.asarray(img), DPI, words, "ocr")


def test_a_stray_mark_in_the_box_is_no_signature() -> None:
    """A tick or a dot spreads less than any signature: the box holds no signature, a
    reliable read (before: "a few marks", questionable). The box's caption printed pale
    in it, read as itself, changes nothing (form_an d009: a dot beside the grey
    "Signature"); pale strokes that read as no caption (a fine pen's signature a soft
    scan paled) leave what the mark is a question; a signature is a signature."""
    from docverify.doctypes.application_form.signature import read_signature

    tick = read_signature([_ticked_box()])
    assert tick.signed is False and tick.mark_mm is not None and 4 <= tick.mark_mm < 8, tick
    captioned = read_signature([_ticked_box(grey_word=True)])
    assert captioned.signed is False and captioned.mark_mm is not None, captioned
    assert read_signature([_ticked_box(pale_scrawl=True)]).mark_mm is None
    signed = read_signature([_ticked_box(zigzag=True)])
    assert signed.signed is True and signed.mark_mm is None


def test_a_pale_caption_centred_in_a_wide_frame_names_the_whole_frame() -> None:
    """The caption "Signature" printed pale in the middle of a wide frame, more than 30 mm from its
    left side, and read: the whole frame is measured, not the space under the caption,
    which holds only the signature's tail (set_s p03: a signed form read as pale)."""
    img = Image.new("L", (1654, 1000), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 28)
    d.text((100, 100), "C - VOS ENGAGEMENTS ET SIGNATURE", font=font, fill=0)
    d.rectangle((700, 300, 1560, 560), outline=0, width=3)
    d.text((1080, 420), "Signature", font=ImageFont.truetype(FONT, 40), fill=215)
    d.line([(820, 420), (900, 340), (980, 450), (1060, 350), (1120, 430)], fill=20, width=5)
    words = (
        Word("SIGNATURE", (535, 100, 720, 130), 96.0, (1, 1, 1)),
        Word("Signature", (1080, 420, 1270, 460), 61.0, (1, 5, 1)),
    )
    page = PageText(PageRef("form.pdf", 2), np.asarray(img), DPI, words, "text_layer")
    m = signature_ink(page, r"^SIGNATURES?\b", with_pale=True)
    assert m is not None and m.zone[0] < 720 and m.zone[3] < 560, m
    assert looks_signed(m), m


def test_a_signature_a_soft_scan_turned_mid_grey_is_doubtful_not_unsigned() -> None:
    """A fine pen's signature scanned soft: no pixel as dark as ink is judged, so no ink
    spreads in the box; its pale strokes read as no caption (the grey word "Signature" in
    an empty box reads as itself): the read is doubtful (the rule asks to check), not a
    reliable "unsigned"."""
    import cv2

    from docverify.doctypes.application_form.signature import read_signature

    img = Image.new("L", (1600, 900), 255)
    d = ImageDraw.Draw(img)
    d.text((100, 260), "Signature", font=ImageFont.truetype(FONT, 28), fill=0)
    d.rectangle((100, 310, 800, 480), outline=0, width=2)
    hand = ImageFont.truetype(
        "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf", 64
    )
    d.text((250, 360), "Hernandez Lopez", font=hand, fill=150)
    pixels = cv2.GaussianBlur(np.asarray(img), (0, 0), 1.2)
    words = (Word("Signature", (100, 260, 230, 290), 95.0, (1, 1, 1)),)
    page = PageText(PageRef("form.jpg", 1), np.asarray(pixels, np.uint8), DPI, words, "ocr")
    read = read_signature([page])
    assert (read.signed, read.faint) == (False, True), read


def test_a_grey_signature_under_a_caption_inside_its_box_is_signed() -> None:
    """A faint photocopy (form_ag d003): the caption "Signature" printed inside the box's
    top corner and the handwritten signature under it, both grey, lighter than ink is
    judged. The page's read found the caption and its pixels are masked in the measure;
    they must not then make the signature's pale strokes read as "the caption", and their
    joined script is a hand's: signed."""
    import cv2

    from docverify.doctypes.application_form.signature import read_signature

    img = Image.new("L", (1600, 900), 250)
    d = ImageDraw.Draw(img)
    d.rectangle((100, 300, 1000, 560), outline=140, width=3)
    d.text((115, 312), "Signature", font=ImageFont.truetype(FONT, 26), fill=150)
    hand = ImageFont.truetype(
        "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf", 72
    )
    d.text((160, 380), "Mamadou Diallo", font=hand, fill=160)
    pixels = cv2.GaussianBlur(np.asarray(img), (0, 0), 0.8)
    words = (Word("Signature", (115, 312, 250, 342), 91.0, (1, 1, 1)),)
    page = PageText(PageRef("form.pdf", 2), np.asarray(pixels, np.uint8), DPI, words, "ocr")
    read = read_signature([page])
    assert (read.signed, read.faint) == (True, False), read


def test_noise_at_a_heading_bars_end_leaves_it_a_heading() -> None:
    """form_ay d006: OCR read the end of the section's bar as a word ("ee", confidence 22)
    on the heading's line, so "VOS ENGAGEMENTS ET SIGNATURE" no longer looked like a
    heading and the "zone under its label" held the handwritten place and date: a form
    whose box holds only its grey caption was called signed (a false complete). The box
    under the heading is measured: clean."""
    from docverify.doctypes.application_form.signature import read_signature

    img = Image.new("L", (1600, 1100), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 28)
    d.rectangle((60, 90, 1500, 145), outline=0, width=3)
    d.text((100, 100), "VOS ENGAGEMENTS ET SIGNATURE", font=font, fill=0)
    d.text((100, 260), "Fait à", font=font, fill=0)
    d.line([(220, 290), (300, 250), (360, 300), (430, 255), (520, 290)], fill=20, width=4)
    d.text((700, 260), "le", font=font, fill=0)
    d.line([(760, 290), (820, 255), (880, 295), (950, 255), (1040, 290)], fill=20, width=4)
    d.rectangle((700, 400, 1400, 650), outline=0, width=3)
    d.text((930, 500), "Signature", font=ImageFont.truetype(FONT, 40), fill=200)  # unread
    words = (
        Word("VOS", (100, 100, 170, 130), 96.0, (1, 1, 1)),
        Word("ENGAGEMENTS", (180, 100, 420, 130), 96.0, (1, 1, 1)),
        Word("ET", (430, 100, 470, 130), 96.0, (1, 1, 1)),
        Word("SIGNATURE", (480, 100, 660, 130), 96.0, (1, 1, 1)),
        Word("ee", (1300, 90, 1500, 150), 22.0, (1, 1, 1)),
        Word("Fait", (100, 260, 160, 290), 95.0, (1, 2, 1)),
        Word("à", (170, 260, 190, 290), 95.0, (1, 2, 1)),
        Word("le", (700, 260, 730, 290), 95.0, (1, 2, 1)),
    )
    page = PageText(PageRef("scan_0061.jpg", 1), np.asarray(img), DPI, words, "ocr")
    read = read_signature([page])
    assert read.signed is False, read


def test_a_caption_the_page_read_missed_is_not_a_signature() -> None:
    """form_az d005: the bold caption "Signature" in the empty box's top-left corner was
    read "ensure" by the page's read, so it was not masked, and its ink (12 mm²) made the
    unsigned form "signed": a false complete. Little ink that looks signed is read again
    alone; the caption found there is left out of the measure. A signature beside it is
    still one."""
    import cv2

    from docverify.doctypes.application_form.signature import read_signature

    def page(signed: bool) -> PageText:
        img = Image.new("L", (2480, 1400), 240)
        d = ImageDraw.Draw(img)
        d.text((150, 100), "C - VOS ENGAGEMENTS ET SIGNATURE", font=ImageFont.truetype(FONT, 34))
        d.rectangle((1220, 650, 2290, 1070), outline=20, width=5)
        bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
        d.text((1240, 672), "Signature", font=bold, fill=20)
        if signed:
            d.line([(1500, 900), (1580, 820), (1650, 930), (1730, 830), (1800, 920),
                    (1900, 860)], fill=30, width=4)  # fmt: skip
        pixels = cv2.GaussianBlur(np.asarray(img), (0, 0), 1.0)
        words = (
            Word("VOS", (190, 100, 260, 136), 95.0, (1, 1, 1)),
            Word("ENGAGEMENTS", (270, 100, 520, 136), 95.0, (1, 1, 1)),
            Word("ET", (530, 100, 570, 136), 95.0, (1, 1, 1)),
            Word("SIGNATURE", (580, 100, 780, 136), 95.0, (1, 1, 1)),
            Word("ensure", (1235, 672, 1395, 710), 53.0, (2, 1, 1)),  # the caption misread
        )
        return PageText(PageRef("SCAN0017.jpg", 1), np.asarray(pixels, np.uint8), 300, words, "ocr")

    assert read_signature([page(False)]).signed is False
    assert read_signature([page(True)]).signed is True


def test_a_frame_leaning_on_a_photo_is_no_signature() -> None:
    """form_bk d019 (wave 29): a photo whose sheet was not set straight, its signature
    box's sides converging (the top and bottom level, the sides leaning 3 and 5 degrees),
    holding only a small tick. The sides, straight but slanted, are no handwriting (they
    were, and the stray mark's form was called signed). A pen's signature in the same box
    still is."""
    from docverify.vision.ink import handwriting_ink

    def box(signed: bool) -> np.ndarray:
        img = Image.new("L", (1400, 700), 235)
        d = ImageDraw.Draw(img)
        d.line([(150, 40), (1000, 40)], fill=20, width=3)
        d.line([(180, 360), (980, 360)], fill=20, width=3)
        d.line([(150, 40), (180, 360)], fill=20, width=3)  # the sides lean in, apart
        d.line([(1000, 40), (980, 360)], fill=20, width=3)
        d.line([(520, 240), (528, 250), (545, 228)], fill=40, width=3)  # the stray tick
        if signed:
            d.line([(300, 250), (380, 150), (420, 260), (500, 140), (560, 250), (700, 200),
                    (820, 230)], fill=30, width=4)  # fmt: skip
        return np.asarray(img)

    blank = handwriting_ink(box(False), (0, 0, 1400, 700), 300, with_pale=True)
    assert blank is not None and not looks_signed(blank)
    signed = handwriting_ink(box(True), (0, 0, 1400, 700), 300, with_pale=True)
    assert signed is not None and looks_signed(signed)


def _heading_and_rounded_box(dot: bool, box: bool = True) -> PageText:
    """form_bl d008 (wave 30): "C VOS ENGAGEMENTS ET SIGNATURE" the only "Signature" read,
    the box's own caption printed pale grey inside it; the box has rounded corners, drawn
    in grey, and holds at most a stray dot."""
    img = Image.new("L", (1654, 1300), 252)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 28)
    d.text((100, 100), "C VOS ENGAGEMENTS ET SIGNATURE", font=font, fill=0)
    for k in range(3):
        d.text((100, 170 + 40 * k), "Je certifie sur l'honneur l'exactitude", font=font, fill=0)
    d.text((100, 330), "Fait à  BORDEAUX        le  11/11/2026", font=font, fill=0)
    if box:
        d.rounded_rectangle((800, 420, 1500, 700), radius=22, outline=170, width=3)
    d.text((1060, 620), "Signature", font=font, fill=215)
    if dot:
        d.ellipse((1300, 520, 1304, 524), fill=60)
    words = (
        Word("C", (100, 100, 118, 130), 90.0, (1, 1, 1)),
        Word("VOS", (130, 100, 200, 130), 96.0, (1, 1, 1)),
        Word("ENGAGEMENTS", (210, 100, 450, 130), 96.0, (1, 1, 1)),
        Word("ET", (460, 100, 500, 130), 96.0, (1, 1, 1)),
        Word("SIGNATURE", (510, 100, 690, 130), 96.0, (1, 1, 1)),
        *(Word(t, (100 + 120 * i, 170, 200 + 120 * i, 200), 95.0, (2, 1, 1))
          for i, t in enumerate(("Je", "certifie", "sur", "l'honneur"))),
    )  # fmt: skip
    return PageText(PageRef("scan_0036.png", 1), np.asarray(img), DPI, words, "ocr")


def test_a_box_with_rounded_corners_under_a_heading_is_the_signature_box() -> None:
    """The rounded box is found (its sides and its top and bottom meet only across the
    corners' gaps), and the stray dot in it signs nothing. Without a box, the paragraph
    under the heading is not measured as a signature: there is nothing to measure."""
    m = signature_ink(_heading_and_rounded_box(dot=True), with_pale=True)
    assert m is not None and m.zone[1] >= 420 and m.zone[3] <= 700
    assert not looks_signed(m)
    assert signature_ink(_heading_and_rounded_box(dot=False, box=False), with_pale=True) is None


def test_a_word_crossed_out_in_the_signature_box_is_no_signature() -> None:
    """form_bn d019 (a phone photo): the town of "Fait à" written in the signature box, then
    struck through twice. Ink enough for a signature, but crossed out: no signature to rely
    on (a look, not unsigned). The same word not struck through stays signed."""
    import cv2
    import numpy as np

    from docverify.doctypes.application_form.signature import read_signature
    from docverify.model import PageRef, PageText, Word

    def page(struck: bool) -> PageText:
        img = np.full((900, 1400), 250, np.uint8)
        cv2.putText(img, "Signature", (700, 180), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 30, 2)
        cv2.rectangle(img, (700, 200), (1300, 500), 30, 3)
        cv2.putText(img, "Orleans", (760, 380), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 2.6, 40, 4)
        if struck:
            for y in (345, 360):
                cv2.line(img, (750, y), (1110, y - 10), 40, 4)
        words = (Word("Signature", (700, 158, 860, 182), 95.0, (1, 1, 1)),)
        return PageText(PageRef("IMG_4233.jpg", 1), img, 300, words, "ocr")

    plain = read_signature([page(False)])
    assert plain.signed and not plain.struck
    crossed = read_signature([page(True)])
    assert crossed.signed is False and crossed.struck


def test_one_curved_flourish_through_a_signature_is_no_strike() -> None:
    """form_bs d002 and d005: a signature whose single flourish runs across the name in a
    gentle curve. The line finder returns the flourish as several straight pieces at a
    slope, whose middles lie apart though the pieces lie on each other: one stroke, no
    crossing out. Two strokes, near parallel, still are."""
    import cv2
    import numpy as np

    from docverify.vision.strike import struck_through

    zone = np.full((340, 930), 250, np.uint8)
    cv2.putText(zone, "Loten", (200, 250), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 3.0, 30, 4)
    flourish = np.array([(200 + x, 212 - 0.1 * x + 0.00005 * x * x) for x in range(0, 520, 8)])
    cv2.polylines(zone, [flourish.astype(np.int32)], False, 30, 6)
    assert not struck_through(zone, 300)
    cv2.line(zone, (200, 230), (700, 188), 30, 3)
    assert struck_through(zone, 300)


def test_a_heavy_brush_signature_is_no_crossing_out() -> None:
    """form_bt d005 (a scanned hand-filled form, recorded box): a signature in a broad
    brush pen holds long straight pieces, near level, apart; none runs across the whole
    name, as a hand's strike-through does."""
    from pathlib import Path

    import cv2

    from docverify.vision.strike import struck_through

    image = Path(__file__).parents[1] / "data" / "forms" / "brush_signature.jpg"
    zone = cv2.imread(str(image), cv2.IMREAD_GRAYSCALE)
    assert not struck_through(zone, 300)
    struck = zone.copy()
    for y in (150, 170):  # the same name crossed out, from its first letter to its last
        cv2.line(struck, (100, y + 10), (495, y - 10), 30, 4)
    assert struck_through(struck, 300)


def test_a_flourish_over_thick_capitals_is_no_crossing_out() -> None:
    """form_bu d014 (a scanned hand-filled form, recorded box): "YACINE" in thick capitals,
    one flourish across them. The line finder returns straight pieces of the letters' ink
    beside the flourish; between them is ink, not paper: one stroke, no crossing out."""
    from pathlib import Path

    import cv2

    from docverify.vision.strike import struck_through

    image = Path(__file__).parents[1] / "data" / "forms" / "flourish_over_block_capitals.png"
    zone = cv2.imread(str(image), cv2.IMREAD_GRAYSCALE)
    assert not struck_through(zone, 300)
