"""Build documents for unit tests without OCR: text laid out as words with boxes, the
way a text layer or tesseract would deliver it, and rule contexts around them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from docverify.doctypes.base import ExtractContext
from docverify.model import (
    Applicant,
    AuditContext,
    AuditOptions,
    DocType,
    Document,
    PageRef,
    PageText,
    Word,
)

AS_OF = dt.date(2026, 11, 15)
EMILY = Applicant("CARTER", "EMILY ROSE", dt.date(1990, 4, 17), "USA", "d0")
CHAR_W, LINE_H = 14, 28  # pixels per character and per line (a 200 dpi page, 10 pt text)


def page(rows: Sequence[str | Sequence[tuple[int, str]]], name: str = "doc.pdf") -> PageText:
    """A page from rows: a string is one line at the left margin; a sequence of
    ``(column_x, text)`` pairs puts pieces side by side on one line (columns)."""
    words: list[Word] = []
    for r, row in enumerate(rows):
        pieces = [(100, row)] if isinstance(row, str) else list(row)
        y0 = 100 + r * LINE_H * 2
        for x, text in pieces:
            for word in text.split():
                x1 = x + CHAR_W * len(word)
                words.append(Word(word, (x, y0, x1, y0 + LINE_H), 96.0, (1, 1, r)))
                x = x1 + CHAR_W
    return PageText(PageRef(name, 1), None, 200, tuple(words), "ocr", mean_conf=96.0)


def document(doc_type: DocType, *pages: PageText, doc_id: str = "d1") -> Document:
    return Document(doc_id, doc_type, 1.0, tuple(pages))


def extracted(spec: Any, doc: Document, as_of: dt.date = AS_OF) -> Document:
    fields, findings = spec.extract(doc, ExtractContext(as_of))
    return Document(doc.id, doc.type, doc.confidence, doc.pages, fields,
                    tuple(f.about(doc) for f in findings))  # fmt: skip


def context(*docs: Document, applicant: Applicant = EMILY, **options: Any) -> AuditContext:
    return AuditContext(AuditOptions(as_of=AS_OF, **options), tuple(docs), applicant)
