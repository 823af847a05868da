"""A page's lines that tesseract read with doubt, read again by PP-OCR
(``docverify.hand_lines``): two lines of a handwritten attestation (blind set set_bt
p02, wave 23), tesseract's words as the page read them, PP-OCR run for real; and a
whole handwritten attestation's page typed by a second look (``classify``)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import cv2

from docverify import classify
from docverify.evidence import RELIABLE
from docverify.hand_lines import reread_doubtful_lines
from docverify.model import DocType, PageRef, PageText, Word

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
    read = reread_doubtful_lines(image, words)  # type: ignore[arg-type]
    first, second = _lines(read)
    assert "Madame Roseline" in first, first
    assert "23/07/1988" in second and "Port-au-Prince" in second, second
    # a hand's words read by one engine are reads to check, not a verdict's ground
    new = [w for w in read if w not in words]
    assert new and all(w.conf < 100 * RELIABLE for w in new)


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


def _attestation() -> PageText:
    """set_by p02 (wave 25): an attestation d'hébergement handwritten in a looping hand,
    which tesseract reads "+ tleatalion dhe ME ment" (mean confidence 59)."""
    image = cv2.imread(str(DATA / "hand_attestation_page.jpg"), cv2.IMREAD_GRAYSCALE)
    recorded = json.loads((DATA / "hand_attestation_page.json").read_text(encoding="utf-8"))
    words = tuple(
        Word(t, tuple(box), conf, tuple(line))  # type: ignore[arg-type]
        for t, box, conf, line in recorded["words"]
    )
    return PageText(PageRef("attestation_hebergement.jpg", 1), image, recorded["dpi"], words,
                    "ocr", mean_conf=recorded["mean_conf"])  # fmt: skip


def test_a_page_left_unknown_and_read_with_doubt_has_a_second_look() -> None:
    """No type claims the page on tesseract's words; its doubtful lines as PP-OCR reads
    them when fairly sure ("Attestlili Dhebergement", "à mon domicile mon mari") make it an
    attestation d'hébergement. The words that second look brings are doubtful reads (a
    name from them is a question, never a verdict); a page read well has no second look."""
    page = _attestation()
    assert classify._score(page, None).type == DocType.UNKNOWN
    pc = classify.classify_page(page)
    assert pc.type == DocType.HOSTING_ATTESTATION
    new = [w for w in pc.page.words if w not in page.words]
    assert new and all(w.conf == classify.SECOND_LOOK_CONF for w in new)
    read_well = dataclasses.replace(page, mean_conf=88.0)
    assert classify.classify_page(read_well).type == DocType.UNKNOWN


def test_a_line_one_of_whose_boxes_runs_over_its_neighbours_is_read_in_its_own_band() -> None:
    """set_bd p02: the hosted person's line of a handwritten attestation, "à mon domicile
    mon épouse Mame Diarra NDIAYE,", read "% mon ... Nawe Diacca NTE," by tesseract. Its
    last word's box ran over the line above, the crop was three lines tall and PP-OCR read
    nothing there; in the band of its words' usual height the line is read again."""
    image = cv2.imread(str(DATA / "hand_line_tall_box.jpg"), cv2.IMREAD_GRAYSCALE)
    recorded = json.loads((DATA / "hand_line_tall_box.json").read_text(encoding="utf-8"))
    words = tuple(
        Word(t, tuple(box), conf, tuple(line))  # type: ignore[arg-type]
        for t, box, conf, line in recorded["words"]
    )
    read = " ".join(w.text for w in reread_doubtful_lines(image, words))
    assert "Mame Diarra" in read, read
