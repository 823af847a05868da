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


def test_a_lone_frame_far_from_the_column_is_measured_again_in_it() -> None:
    """form_ap d016: "demandeur d'emploi" found by a word mid-line, a letter's loop beside
    it taken for its frame, far right of the column of boxes. One frame is no column: the
    box is measured again where the column stands (clean), not left ticked on the text."""
    from docverify.doctypes.application_form.situation import Box, _regular
    from docverify.vision.checkbox import CheckboxMeasure

    image = np.full((2000, 1654), 245, np.uint8)
    ids = ["salarie", "independant", "demandeur_emploi", "etudiant", "inactif"]
    words, boxes = [], []
    for n, sid in enumerate(ids):
        y = 400 + 90 * n
        cv2.rectangle(image, (140, y), (184, y + 44), 30, 3)
        word = Word("Vous", (210, y + 8, 290, y + 34), 93.0, (1, 1, n))
        frame = (140, y, 184, y + 44)
        if sid == "demandeur_emploi":  # found mid-line, a loop of text for its frame
            word = Word("demandeur", (915, y + 8, 1093, y + 34), 93.0, (1, 1, n))
            frame = (750, y, 778, y + 29)
        words.append(word)
        boxes.append(Box(sid, word, PageText(PageRef("p.jpg", 1), image, 300, (), "ocr"),
                         CheckboxMeasure(frame, 0.31 if sid == "demandeur_emploi" else 0.0)))  # fmt: skip
    mended = {b.situation: b.measure for b in _regular(boxes)}
    demandeur = mended["demandeur_emploi"]
    assert demandeur is not None and demandeur.frame[0] < 300 and demandeur.ratio < 0.05
