"""Where the host signs an attestation d'hébergement whose place and date head the letter
("Limoges, le 30/12/2026" top right, set_an p02): under the closing formula, not under
the heading line, where only the title stands."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np

from docverify.doctypes.attestation_signature import is_signed, signed
from docverify.model import PageRef, PageText, Word
from docverify.vision.ink import looks_signed

DATA = Path(__file__).parent.parent / "data" / "ocr"
DPI = 150
LINES = [
    ("Limoges, le 30/12/2026", 800),
    ("Attestation d'hebergement", 380),
    ("Je soussignee Claire DUMONTEIL, nee le 13/04/1990 a Limoges,", 100),
    ("demeurant 7 allee des Tilleuls, 87000 Limoges,", 100),
    ("atteste sur l'honneur heberger a mon domicile, a titre gratuit,", 100),
    ("mon epoux, M. Nikola PETROVIC, ne le 02/11/1988 a Kragujevac", 100),
    ("(Serbie), depuis le 15 mars 2026.", 100),
    ("Je joins la copie de ma carte d'identite et mes trois dernieres", 100),
    ("factures Orange.", 100),
    ("Attestation faite pour servir et valoir ce que de droit.", 100),
]


def _page(signature: bool) -> PageText:
    image = np.full((1754, 1241), 250, np.uint8)
    words = []
    y = 140
    for n, (text, x) in enumerate(LINES):
        y += 60 if n != 2 else 120
        for token in text.split():
            (w, h), _ = cv2.getTextSize(token, cv2.FONT_HERSHEY_SIMPLEX, 0.7, 2)
            cv2.putText(image, token, (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7, 40, 2)
            words.append(Word(token, (x, y - h, x + w, y + 4), 93.0, (1, 1, n)))
            x += w + 12
    if signature:
        pts = np.array([(760 + 9 * i, 1000 + (22 if i % 3 else -18)) for i in range(30)])
        cv2.polylines(image, [pts.astype(np.int32)], False, 20, 3, cv2.LINE_AA)
    return PageText(PageRef("attestation_hebergement.jpg", 1), image, DPI, tuple(words), "ocr")


def test_a_letter_dated_at_its_head_is_signed_under_its_closing_formula() -> None:
    measure = signed(_page(True))
    assert measure is not None and looks_signed(measure)
    unsigned = signed(_page(False))
    assert unsigned is not None and not looks_signed(unsigned)


def test_the_host_signs_under_the_typed_name_closing_the_letter() -> None:
    """set_bs p03: the formula, an enclosure list, the host's typed name "Julien
    MARCHETTI" and the signature under it. The typed name is no line of text ending the
    signature's room: the signature under it counts."""
    page = _page(False)
    image = page.image.copy()
    words = list(page.words)
    x = 760
    for token in ("Nikola", "PETROVIC"):  # the signer's name, typed after the formula
        (w, h), _ = cv2.getTextSize(token, cv2.FONT_HERSHEY_SIMPLEX, 0.7, 2)
        cv2.putText(image, token, (x, 900), cv2.FONT_HERSHEY_SIMPLEX, 0.7, 40, 2)
        words.append(Word(token, (x, 900 - h, x + w, 904), 93.0, (1, 1, 99)))
        x += w + 12
    pts = np.array([(760 + 9 * i, 990 + (22 if i % 3 else -18)) for i in range(30)])
    cv2.polylines(image, [pts.astype(np.int32)], False, 20, 3, cv2.LINE_AA)
    measure = signed(PageText(page.ref, image, DPI, tuple(words), "ocr"))
    assert measure is not None and looks_signed(measure)


def _dated_at_foot(last_line: str, signature: bool) -> PageText:
    """A letter whose "Fait à Rennes, le 25/11/2026" closes it, read as ``last_line``."""
    lines = [(text, 100) for text, _ in LINES[1:]] + [(last_line, 700)]
    image = np.full((1754, 1241), 250, np.uint8)
    words = []
    y = 140
    for n, (text, x) in enumerate(lines):
        y += 60
        for token in text.split():
            (w, h), _ = cv2.getTextSize(token, cv2.FONT_HERSHEY_SIMPLEX, 0.7, 2)
            cv2.putText(image, token, (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7, 40, 2)
            words.append(Word(token, (x, y - h, x + w, y + 4), 93.0, (1, 1, n)))
            x += w + 12
    if signature:
        pts = np.array([(760 + 9 * i, y + 90 + (22 if i % 3 else -18)) for i in range(30)])
        cv2.polylines(image, [pts.astype(np.int32)], False, 20, 3, cv2.LINE_AA)
    return PageText(PageRef("attestation_hebergement.jpg", 1), image, DPI, tuple(words), "ocr")


def test_a_signing_line_whose_fait_and_date_are_misread_still_anchors_by_its_town() -> None:
    """A hand's "Fait à Rennes, le 25/11/2026" read "ate a Sy Rennes, le GATOU," (set_cj
    p02): neither "Fait" nor a date, but "<town>, le" is the signing line all the same."""
    measure = signed(_dated_at_foot("ate a Sy Rennes, le GATOU,", True))
    assert measure is not None and looks_signed(measure)
    unsigned = signed(_dated_at_foot("ate a Sy Rennes, le GATOU,", False))
    assert unsigned is not None and not looks_signed(unsigned)


def test_a_fine_pen_the_photo_turned_pale_signs_the_letter() -> None:
    """set_cw p02: a handwritten attestation's foot, photographed. The host signs with her
    name in outlined capitals (read as the word "GARNIER" and masked) and a wavy underline
    in a fine blue pen that the photo turned mid-grey: too little dark ink for a signature,
    but its pale strokes spread like one and hold a long curved stroke. Signed, not an
    unsigned letter (which made a good packet's residence proof invalid)."""
    record = json.loads((DATA / "hand_attestation_pale_signature.json").read_text())
    image = cv2.imread(str(DATA / "hand_attestation_pale_signature.png"), cv2.IMREAD_GRAYSCALE)
    words = tuple(
        Word(w["text"], tuple(w["box"]), w["conf"], tuple(w["line"])) for w in record["words"]
    )
    page = PageText(PageRef("IMG_5521.jpg", 1), image, record["dpi"], words, "ocr")
    measure = signed(page)
    assert measure is not None and not looks_signed(measure)  # the dark ink alone: too little
    assert is_signed(measure)
    blank = image.copy()
    x0, y0, x1, y1 = measure.zone
    blank[y0:y1, x0:x1] = int(np.median(image))  # the same foot, nothing under the date line
    empty = signed(PageText(page.ref, blank, record["dpi"], words, "ocr"))
    assert empty is not None and not is_signed(empty)
