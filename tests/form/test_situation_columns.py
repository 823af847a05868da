"""Section B set in two columns (form_ap d006, d012, d014: "salariée", "non salariée" and
"France Travail" on the left, "étudiant(e)", "sans activité" and "autre" on the right). Each
box is measured beside its own caption, in its own column; the boxes of one column were
measured again where the other column's stand, on the captions' text, and read as ticks."""

from __future__ import annotations

import cv2
import numpy as np

from docverify.doctypes.application_form.situation import find_boxes, ticked_boxes
from docverify.model import PageRef, PageText, Word

CAPTIONS = [
    (132, 1456, "Vous exercez une activité salariée en France"),
    (132, 1526, "Vous exercez une activité non salariée (travailleur indépendant)"),
    (132, 1595, "Vous êtes inscrit(e) à France Travail comme demandeur d'emploi"),
    (859, 1456, "Vous êtes étudiant(e) dans un établissement d'enseignement"),
    (859, 1552, "Vous êtes sans activité et résidez en France de manière stable"),
    (859, 1649, "Autre situation, précisez :"),
]


def _page(ticked: int) -> PageText:
    image = np.full((2339, 1654), 245, np.uint8)
    words = [Word("B", (90, 1340, 110, 1370), 95.0, (1, 1, 0)),
             Word("VOTRE", (130, 1340, 230, 1370), 95.0, (1, 1, 0)),
             Word("SITUATION", (240, 1340, 420, 1370), 95.0, (1, 1, 0))]  # fmt: skip
    for n, (x, y, text) in enumerate(CAPTIONS):
        cv2.rectangle(image, (x - 41, y - 6), (x - 12, y + 23), 30, 2)
        if n == ticked:
            cv2.line(image, (x - 37, y - 2), (x - 16, y + 19), 20, 3)
            cv2.line(image, (x - 16, y - 2), (x - 37, y + 19), 20, 3)
        for token in text.split():
            (w, _h), _ = cv2.getTextSize(token, cv2.FONT_HERSHEY_SIMPLEX, 0.55, 1)
            cv2.putText(image, token, (x, y + 15), cv2.FONT_HERSHEY_SIMPLEX, 0.55, 40, 1)
            words.append(Word(token, (x, y, x + w, y + 17), 93.0, (1, 1, n + 1)))
            x += w + 8
    return PageText(PageRef("cerfa p1.jpg", 1), image, 200, tuple(words), "ocr")


def test_each_column_keeps_its_own_boxes() -> None:
    ticks = ticked_boxes(find_boxes([_page(ticked=4)]))
    assert ticks["inactif"] is True
    assert [k for k, v in ticks.items() if v] == ["inactif"], ticks
    left = ticked_boxes(find_boxes([_page(ticked=0)]))
    assert [k for k, v in left.items() if v] == ["salarie"], left
