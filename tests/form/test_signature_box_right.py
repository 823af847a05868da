"""A signature box far right of its caption ("Signature du demandeur (ou de son
représentant légal)" in the left column, the framed box in the right one, the word
"Signature" printed light grey in it: form_an d008, d009). The box is the caption's, found
level with it past the caption's last word; what is measured is inside it, not the
caption's second line under it. A dot beside the grey word is a stray mark."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docverify.doctypes.application_form.signature import read_signature
from docverify.model import PageRef, PageText, Word

DPI = 300


def _mm(v: float) -> int:
    return round(v * DPI / 25.4)


def _page(mark: str) -> PageText:
    image = np.full((_mm(120), _mm(210)), 245, np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    words = []
    x = _mm(13)
    for text in ("Signature", "du", "demandeur"):
        (w, h), _ = cv2.getTextSize(text, font, 1.1, 2)
        cv2.putText(image, text, (x, _mm(30)), font, 1.1, 30, 2, cv2.LINE_AA)
        words.append(Word(text, (x, _mm(30) - h, x + w, _mm(30)), 96.0, (7, 1, 1)))
        x += w + _mm(2)
    # the caption's second line, in parentheses: print, not a signature
    cv2.putText(image, "(ou de son representant legal)", (_mm(13), _mm(36)), font, 1.0, 30,
                2, cv2.LINE_AA)  # fmt: skip
    box = (_mm(114), _mm(22), _mm(195), _mm(49))
    cv2.rectangle(image, box[:2], box[2:], 20, 4)
    cv2.putText(image, "Signature", (_mm(140), _mm(38)), font, 2.2, 200, 3, cv2.LINE_AA)
    if mark == "dot":
        cv2.circle(image, (_mm(172), _mm(40)), 6, 15, -1)
    elif mark == "signed":
        pts = np.array([(_mm(125 + 3 * i), _mm(42 + (4 if i % 2 else -3))) for i in range(18)])
        cv2.polylines(image, [pts.astype(np.int32)], False, 10, 5, cv2.LINE_AA)
    return PageText(PageRef("formulaire_p2.pdf", 1), image, DPI, tuple(words), "ocr")


@pytest.mark.parametrize(("mark", "signed"), [("none", False), ("dot", False), ("signed", True)])
def test_the_box_right_of_a_long_caption_is_measured(mark: str, signed: bool) -> None:
    read = read_signature([_page(mark)])
    assert read.signed is signed
    if mark == "dot":
        assert read.mark_mm is not None and read.mark_mm < 5
