"""Where the host signs an attestation d'hébergement, and the ink there.

The host signs under the dated line ("Fait à Lille, le 17/11/2026", or a "Signature"
caption), across the text's width, down to the next printed line. Printed words there
are masked (a caption, a typed name); a letter written by hand is signed by the hand
under its date line, even when OCR reads that name as words.
"""

from __future__ import annotations

import re

from docverify.labels import lines_of_page
from docverify.model import PageText, Word
from docverify.values.names import fold_upper
from docverify.vision.ink import PRINTED_CONF, InkMeasure, handwriting_ink, looks_signed, pale_hand

_SIGNING_LINE = re.compile(
    r"\W*(?:F[AR]?[IL1]?T\b|SIGNA|.{0,40}(?<!\bNE )(?<!\bNEE )\bLE\s*\d{1,2}\s*[/.-]\s*\d"
    r"|.{0,40}\b[A-Z]{3,}\s*,\s*LE\b)"
)
"""The line the host signs under: "Fait à ..., le <date>" (read "Fat 2 Lille, le 17/1/2026"
from a hand), a "Signature" caption, or a place and date alone ("Lille, le 17/11/2026");
not a birth in the text ("mon époux, M. Nikola PETROVIC, né le 02/11/1988"). A town
and its "le" stand for the line when a hand's "Fait" and date are misread ("ate a Sy
Rennes, le GATOU,")."""

_FORMULA = re.compile(r"\b(?:POUR|SERVIR|VALOIR|DROIT)\b")
"""Words of "Fait pour servir et valoir ce que de droit": the formula before the signing
line, which also starts with "Fait"."""


def _signature_zone(page: PageText, printed: set[Word]) -> tuple[int, int, int, int] | None:
    """Under the "Fait à ..., le ..." line (or the "Signature" caption), across the text
    width, down to the next printed line or about 45 mm."""
    lines = lines_of_page(page)
    anchor = None
    for i, line in enumerate(lines):
        if _SIGNING_LINE.match(text := fold_upper(" ".join(w.text for w in line))) and not (
            _FORMULA.search(text)
        ):
            anchor = i
    if anchor is None:
        return None
    if anchor < len(lines) / 2:
        # the place and date head the letter ("Limoges, le 30/12/2026" top right, set_an
        # p02): the host signs under its last words, the closing formula
        closing = [i for i, line in enumerate(lines)
                   if _FORMULA.search(fold_upper(" ".join(w.text for w in line)))]  # fmt: skip
        anchor = closing[-1] if closing and closing[-1] > anchor else anchor
    words = [w for line in lines for w in line]
    mm = page.dpi / 25.4
    x0 = min(w.box[0] for w in words) - int(10 * mm)
    width = page.image.shape[1] if page.image is not None else 0
    # to the right margin, as wide as the left one (a signature often stands right of the text)
    x1 = max(max(w.box[2] for w in words), width - x0) + int(10 * mm)
    top = max(w.box[3] for w in lines[anchor]) + int(1 * mm)
    bottom = top + int(45 * mm)
    for line in lines[anchor + 1 :]:
        # a line of text ends it, not the signer's typed name ("Julien MARCHETTI", the
        # host signing under it, set_bs p03): printed words in the zone are masked anyway
        if sum(w in printed for w in line) >= SENTENCE_WORDS and line[0].box[1] > top + int(8 * mm):
            bottom = min(bottom, min(w.box[1] for w in line) - int(1 * mm))
            break
    return (x0, top, x1, bottom)


SENTENCE_WORDS = 4
"""Printed words on a line under the signing line from which it is the letter's text going
on (an enclosure list, a footer), where the signature's room ends."""


HANDWRITTEN_PRINTED_SHARE = 0.25
HANDWRITTEN_MEDIAN_CONF = 75.0
"""A page where fewer words than this share read as print (``PRINTED_CONF``), and half
its words below this confidence, is written by hand (a poor scan of print still reads
most words above it)."""


def _handwritten(page: PageText) -> bool:
    confs = sorted(w.conf for w in page.words)
    if len(confs) < 20:
        return False
    printed = sum(c >= PRINTED_CONF for c in confs)
    return (
        printed < HANDWRITTEN_PRINTED_SHARE * len(confs)
        and confs[len(confs) // 2] < HANDWRITTEN_MEDIAN_CONF
    )


def signed(page: PageText) -> InkMeasure | None:
    """Ink of a hand under the date line, its pale strokes too when the dark ink does not
    look signed (``is_signed`` tells whether it is a signature). Printed words there (a
    caption "Signature :", a typed name, a note) are masked; a hand is taller than the
    text around it, so a signed name OCR read as words ("Claine DUBOIS") still counts,
    and so does a scrawl."""
    if page.image is None or not page.words:
        return None
    heights = sorted(w.box[3] - w.box[1] for w in page.words)
    body = heights[len(heights) // 2]
    legible = [w for w in page.words if w.conf >= 60 and w.box[3] - w.box[1] <= 1.6 * body]
    if _handwritten(page):  # the whole letter is by hand: so is the signed name under it
        legible = []
    zone = _signature_zone(page, {w for w in legible if sum(c.isalpha() for c in w.text) >= 2})
    if zone is None:
        return None
    return handwriting_ink(page.image, zone, page.dpi, legible, with_pale=True)


def is_signed(measure: InkMeasure) -> bool:
    """A signature in dark ink, or in a fine pen that a photo turned pale: pale strokes that
    spread like a signature and hold a long curved stroke (``pale_hand``; a wavy underline
    under a signed name in blue ink, set_cw p02)."""
    return looks_signed(measure) or pale_hand(measure)
