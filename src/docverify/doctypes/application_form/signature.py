"""Section C's signature: ink in the framed "Signature" box (``vision.ink``), not the
printed word "Signature", not the frame, not a stray dot or a short stroke. The date
beside it is read by ``date_text`` and ``date_zone``.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein

from docverify import ocr
from docverify.doctypes.application_form.date_place import is_fait
from docverify.model import PageText, Word
from docverify.values.names import fold_upper
from docverify.vision.ink import (
    SIGNATURE_MIN_SPAN_MM,
    InkMeasure,
    blank_words,
    caption_words,
    faint_strokes,
    frame_below,
    handwriting_ink,
    ink_in_frame,
    looks_signed,
    overlaps,
    pale_hand,
    signature_ink,
)
from docverify.vision.strike import struck_through

SIGNATURE_LABEL = r"^SIGNATURES?\b"


@dataclass(frozen=True)
class SignatureRead:
    """What the signature box holds, as far as its pixels tell."""

    signed: bool | None
    """Ink that looks like a signature; None when no box was found."""
    ink: float | None = None
    """The share of the box the ink covers."""
    where: str | None = None
    """The page measured, e.g. ``formulaire.pdf p.2``."""
    faint: bool = False
    """Not signed as ink is judged, but pale thin strokes spread there like a signature
    (a fine pen on a blurred photo): the box is not clean, the read not reliable."""
    mark_mm: float | None = None
    """Not signed: the box's only ink a mark narrower than any signature (a dot, a short
    tick: its span in mm), and no pale strokes spread wider. No signature, reliably."""
    typed: bool = False
    """Not signed: a fillable PDF's signature field holds a typed name (its letters are
    the only ink in the box)."""
    struck: bool = False
    """Not signed as far as the pixels tell: the box's writing is crossed out (a word
    written there by mistake and struck through, ``vision.strike``)."""


def read_signature(pages: Sequence[PageText], names: Sequence[str] = ()) -> SignatureRead:
    """The signature box of the last page that has one, measured; ``names`` are the
    applicant's as the form gives them, to tell a name typed in the box.

    When no page reads a "Signature" (the box's caption printed pale, the section's
    heading lost on a photo), the box is the first frame under the "Fait à ... le" line,
    where the cerfa prints it."""
    for page in reversed(pages):
        if (measure := signature_ink(page, SIGNATURE_LABEL, with_pale=True)) is not None:
            measure = _without_unread_caption(measure, page)
            read = _pasted(_typed(_read(measure, page), measure, page, names), measure, page)
            return _struck(read, measure, page)
    for page in reversed(pages):
        fait = next((w for w in page.words if is_fait(fold_upper(w.text).strip(" :.,"))), None)
        if fait is None or page.image is None:
            continue
        frame = frame_below(page, fait, reach_mm=FRAME_UNDER_FAIT_MM)
        if frame is not None and (measure := ink_in_frame(page, frame, True)) is not None:
            measure = _without_unread_caption(measure, page)
            return _struck(_typed(_read(measure, page), measure, page, names), measure, page)
    return SignatureRead(None)


def _struck(read: SignatureRead, measure: InkMeasure, page: PageText) -> SignatureRead:
    """Ink that looks signed but is writing crossed out (form_bn d019: the town of "Fait
    à" written in the box, then struck through twice) is no signature to rely on."""
    if not read.signed or read.faint or page.image is None or page.source == "text_layer":
        return read
    x0, y0, x1, y1 = measure.zone
    if not struck_through(page.image[y0:y1, x0:x1], page.dpi):
        return read
    return dataclasses.replace(read, signed=False, struck=True)


def _without_unread_caption(measure: InkMeasure, page: PageText) -> InkMeasure:
    """The box measured again without its printed caption when the page's read missed it
    (form_az d005: the bold "Signature" in the empty box's corner read "ensure", so taken
    for ink, and the unsigned form called signed): little ink that looks signed is read
    alone, and the caption's words it finds are left out. A real signature is still there
    once they are."""
    if not looks_signed(measure) or measure.area_mm2 >= CAPTION_SIZED_MM2 or page.image is None:
        return measure
    x0, y0, x1, y1 = measure.zone
    found = [
        Word(w.text, (w.box[0] + x0, w.box[1] + y0, w.box[2] + x0, w.box[3] + y0), w.conf, w.line)
        for w in ocr.ocr_words(page.image[y0:y1, x0:x1], "fra", psm=11)
        if w.conf >= CAPTION_CONF and _caption_word(w.text)
    ]
    if not found:
        return measure
    masked = caption_words(page, measure.zone) + found
    return handwriting_ink(page.image, measure.zone, page.dpi, masked, with_pale=True) or measure


def _caption_word(text: str) -> bool:
    """Is ``text`` the caption's word "Signature", a letter or two off?"""
    folded = fold_upper(text).strip(".,;:")
    return len(folded) >= 6 and Levenshtein.distance(folded, "SIGNATURE") <= 2


CAPTION_SIZED_MM2 = 40.0
"""Ink (mm²) a box's printed caption may cover ("Signature" in bold: about 12): a box
holding less is read again for a caption the page's read missed."""
CAPTION_CONF = 60.0
"""...read at least this surely."""


def _typed(
    read: SignatureRead, measure: InkMeasure, page: PageText, names: Sequence[str]
) -> SignatureRead:
    """A form typed on a computer with the applicant's name typed where the hand should
    sign ("A. Zhaksybekova" in blue under "Signature :", set_al p01): the box's words are
    the PDF's own text, no hand's ink, so no signature. A name typed *under* a signature
    image leaves the image's ink, read as signed, alone."""
    if read.signed or page.source != "text_layer":
        return read
    tokens = {t for name in names for t in fold_upper(name).replace("-", " ").split()}
    tokens = {t for t in tokens if len(t) >= 3}
    for word in page.words:
        folded = fold_upper(word.text).strip(".,;:")
        if (
            len(folded) >= 3
            and overlaps(word.box, measure.zone)
            and any(Levenshtein.distance(folded, t) <= 1 for t in tokens)
        ):
            return dataclasses.replace(read, signed=False, typed=True, mark_mm=None)
    return read


def _pasted(read: SignatureRead, measure: InkMeasure, page: PageText) -> SignatureRead:
    """A form filled on screen with a picture of a signature pasted in its box: the PDF
    draws an image there, and the box holds ink, however pale (a fine pen's thin blue
    strokes, scanned, read as pale: set_cb p03, form_bh d013). A picture as large as the
    page (a scan under its text layer) or outside the box says nothing."""
    if read.signed or read.typed or page.source != "text_layer" or not page.pictures:
        return read
    if measure.area_mm2 <= 0 and not read.faint:
        return read  # a blank picture
    x0, y0, x1, y1 = measure.zone
    zone = max(1, (x1 - x0) * (y1 - y0))
    for a, b, c, d in page.pictures:
        area = max(1, (c - a) * (d - b))
        inside = max(0, min(c, x1) - max(a, x0)) * max(0, min(d, y1) - max(b, y0))
        if area <= PICTURE_AT_MOST * zone and inside >= PICTURE_IN_BOX * area:
            return dataclasses.replace(read, signed=True, faint=False, mark_mm=None)
    return read


PICTURE_IN_BOX = 0.5
"""Share of a pasted picture that lies in the signature box, to be the box's own..."""
PICTURE_AT_MOST = 2.0
"""...and how many times the box's size it is at most (a page's scan is far larger)."""


def _read(measure: InkMeasure, page: PageText) -> SignatureRead:
    """Pale strokes spread like a signature count as doubt where some ink already spreads
    as wide as one, or, where the ink spreads less (none, or a stray tick), unless they read
    as the box's caption (the word "Signature" printed light grey in the box reads as
    itself; a fine pen's signature that a soft scan turned mid-grey reads as nothing). Ink
    that spreads less than any signature, pale strokes included, is a stray mark."""
    caption = functools.cache(lambda: _pale_caption(measure, page))  # one OCR of the box
    # a pale hand in a box whose grey strokes also read as its caption (a caption printed
    # in a joined script?) stays a doubt
    signed = looks_signed(measure) or (pale_hand(measure) and not caption())
    pale = (
        not signed
        and measure.pale is not None
        and looks_signed(measure.pale)
        and (measure.span_mm >= SIGNATURE_MIN_SPAN_MM or not caption())
    )
    mark = (
        not signed
        and measure.area_mm2 > 0
        and measure.span_mm < SIGNATURE_MIN_SPAN_MM
        and (
            measure.pale is None
            or measure.pale.span_mm < SIGNATURE_MIN_SPAN_MM
            # the pale strokes the box's grey caption ("Signature" printed in it), the dot
            # beside it the only ink (form_an d009)
            or (not pale and caption())
        )
    )
    return SignatureRead(
        signed, measure.ratio, str(page.ref), pale, round(measure.span_mm, 1) if mark else None
    )


def _pale_caption(measure: InkMeasure, page: PageText) -> bool:
    """Do the box's pale strokes read as its printed caption ("Signature", "Signature du
    demandeur"), as they are or drawn black, a letter or two off? What else they read as
    is handwriting."""
    if page.image is None:
        return True
    x0, y0, x1, y1 = measure.zone
    zone = page.image[y0:y1, x0:x1].copy()
    if zone.size == 0:
        return True
    # the caption the page's read found is masked in the measure: masked here too, what
    # is left reads as a caption only if it is one the read missed (a signature in a
    # box captioned "Signature" is no caption for that word printed above it)
    blank_words(zone, (x0, y0), caption_words(page, measure.zone))
    strokes = np.where(faint_strokes(zone, page.dpi) > 0, 0, 255).astype(np.uint8)
    for look in (zone, strokes):
        text = ocr.ocr_string(look, "fra", "--psm 11")
        if any(_caption_word(word) for word in text.split()):
            return True
    return False


FRAME_UNDER_FAIT_MM = 40.0
"""How far under "Fait à ... le" the signature box may start (the cerfa: just under it)."""
