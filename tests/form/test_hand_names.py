"""Handwritten names on the form, read alone by tesseract (``identity._name_reads``).

Each case is the zone right of a label as a page was scanned (blind set form_ba, now a
development set); tesseract reads it for real."""

from __future__ import annotations

from pathlib import Path

import cv2

from docverify.doctypes.application_form.identity import NAME_LOOKS, NAME_READS
from docverify.vision.handwriting import read_line

HAND = Path(__file__).parents[1] / "data" / "forms" / "hand_names"


def test_the_dots_over_a_hands_is_are_kept_for_tesseract() -> None:
    """form_ba d013: "Maria Cristina" in a pen's hand right of "Prénom(s)". With its
    i's dotless (taken out as specks, like a leader's dots) tesseract read "Mara
    Cristina" and "Mara Crishna", and the vote gave "Mara Crstina"."""
    zone = cv2.imread(str(HAND / "maria_cristina_200dpi.png"), cv2.IMREAD_GRAYSCALE)
    reads = read_line(zone, 200, NAME_READS, NAME_LOOKS, dots=True)
    assert sum(r.strip(" |;:") == "Maria Cristina" for r in reads) >= 3, reads
