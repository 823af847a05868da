"""A page's lines that tesseract read with doubt, read again by PP-OCR
(``docverify.hand_lines``): two lines of a handwritten attestation (blind set set_bt
p02, wave 23), tesseract's words as the page read them, PP-OCR run for real."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import cv2

from docverify.hand_lines import reread_doubtful_lines
from docverify.model import Word

DATA = Path(__file__).parents[1] / "data" / "ocr"


def _page() -> tuple[object, list[Word]]:
    image = cv2.imread(str(DATA / "hand_attestation_lines.png"), cv2.IMREAD_UNCHANGED)
    recorded = json.loads((DATA / "hand_attestation_lines.json").read_text(encoding="utf-8"))
    words = [Word(t, tuple(box), conf, tuple(line)) for t, box, conf, line in recorded["words"]]  # type: ignore[arg-type]
    return image, words


def _lines(words: tuple[Word, ...]) -> list[str]:
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    ordered = sorted(lines.values(), key=lambda ws: min(w.box[1] for w in ws))
    return [" ".join(w.text for w in sorted(ws, key=lambda w: w.box[0])) for ws in ordered]


def test_a_hands_doubtful_lines_are_read_again() -> None:
    """Tesseract: "ma nièce Malame Roseline Nadeae JEN-LOU," and "née le 23/97/1968 2%
    Podt-nu-Prince Haiti),". Read again, the hosted person's title, her date of birth and
    her place of birth are as written."""
    image, words = _page()
    assert _lines(tuple(words))[0].startswith("ma nièce Malame")
    first, second = _lines(reread_doubtful_lines(image, words))  # type: ignore[arg-type]
    assert "Madame Roseline" in first, first
    assert "23/07/1988" in second and "Port-au-Prince" in second, second


def test_a_line_read_confidently_stays_as_read() -> None:
    """The same words, each read at 90: tesseract's reading stands, boxes and all."""
    image, words = _page()
    sure = [dataclasses.replace(w, conf=90.0) for w in words]
    assert reread_doubtful_lines(image, sure) == tuple(sure)  # type: ignore[arg-type]


def test_words_read_alike_keep_tesseracts_boxes() -> None:
    """Where both engines read a word alike ("Roseline"), its box stays tesseract's."""
    image, words = _page()
    again = reread_doubtful_lines(image, words)  # type: ignore[arg-type]
    roseline = next(w for w in words if w.text == "Roseline")
    assert roseline in again


def test_a_line_pp_ocr_cannot_take_is_no_error() -> None:
    """form_at d011: a page's line 40 times longer than high made rapidocr's own resizing
    raise, and the whole page came out "OCR failed". Such a line reads as nothing, and
    tesseract's read of it stands."""
    import numpy as np

    from docverify import ppocr

    assert ppocr.read_text_line(np.full((4, 3000), 255, np.uint8)) == ("", 0.0)
    line = [Word("wide", (0, 0, 3000, 10), 20.0, (1, 1, 1))]
    assert reread_doubtful_lines(np.full((12, 3000), 255, np.uint8), line) == tuple(line)
