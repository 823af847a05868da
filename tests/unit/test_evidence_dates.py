"""A date read with OCR is as sure as its least sure number: a verdict of 'invalid' on a
date needs every number of it read clearly."""

from __future__ import annotations

import datetime as dt

from docverify.evidence import RELIABLE, read_confidence
from docverify.model import DocType, Document, PageRef, PageText, Word


def _doc(*words: tuple[str, float]) -> Document:
    row, x = [], 0
    for text, conf in words:
        row.append(Word(text, (x, 100, x + 20 * len(text), 130), conf, (1, 1, 1)))
        x += 20 * len(text) + 15
    page = PageText(PageRef("acta.pdf", 1), None, 300, tuple(row), "ocr")
    return Document("d1", DocType.BIRTH_CERTIFICATE, 1.0, (page,))


def test_a_doubtful_day_makes_a_doubtful_date() -> None:
    """'+7 de febrero de 1987': a 17 whose 1 OCR misread, at 72, beside words read at 96."""
    doubtful = _doc(("Fecha", 96.9), ("+7", 72.5), ("de", 96.0), ("febrero", 96.3),
                    ("de", 96.0), ("1987", 96.9))  # fmt: skip
    assert read_confidence(doubtful, dt.date(1987, 2, 7)) < RELIABLE
    clear = _doc(("Fecha", 96.9), ("17", 95.0), ("de", 96.0), ("febrero", 96.3),
                 ("de", 96.0), ("1987", 96.9))  # fmt: skip
    assert read_confidence(clear, dt.date(1987, 2, 17)) >= RELIABLE
