"""What a PDF page carries beside its pixels: the words of its text layer (grouped into
lines, columns kept apart) and its AcroForm widgets (a form filled on screen needs no OCR).

Used by ``paginate`` when it loads a PDF; coordinates come out in the page's pixels at the
scale it renders at.
"""

from __future__ import annotations

import dataclasses
import io
import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from docverify.model import FormWidget, Word
from docverify.safe_text import valid_utf8, without_controls

if TYPE_CHECKING:
    from docverify.budget import Budget

log = logging.getLogger(__name__)


def text_layer_words(
    pdf_bytes: bytes,
    scale: float,
    count: int,
    budget: Budget | None = None,
    only: Sequence[int] | None = None,
) -> Iterator[tuple[int, tuple[Word, ...]]]:
    """The words of the text layer of the first ``count`` pages (of those of them whose
    0-based index is in ``only``, when given)."""
    indexes = [i for i in range(count) if only is None or i in only]
    if not indexes:
        return
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf_bytes), pages=[i + 1 for i in indexes]) as pdf:
        for index, page in zip(indexes, pdf.pages, strict=False):
            if budget is not None and budget.spent():
                return
            try:
                page = _without_overprint(page)
                # a gap of a fifth of the glyphs' size parts two words: PDFs that place
                # each word without a space character (justified text, some generators)
                # leave gaps of about a quarter of it, below pdfplumber's fixed 3 pt
                raw = page.extract_words(
                    use_text_flow=False, keep_blank_chars=False, x_tolerance_ratio=0.2
                )
            except Exception as exc:  # pdfminer raises many kinds on odd PDFs
                log.debug("text layer of page %d unreadable: %s", index + 1, exc)
                raw = []
            yield index, words_from_pdf(raw, scale)


def overprinted(chars: Sequence[dict]) -> set[int]:
    """The indexes of characters drawn over words drawn before them: a word (a run of
    characters in drawing order, up to a space) set again where the same word stands,
    its first letter over the first's ("LUMINA" set once in a regular and once in a bold
    face, to embolden it, reads "LLUUMMIINNAA"; the wider bold drifts along the word, so
    words are matched, not letters). Like letters side by side ("ll") are one word's.

    >>> def word(text, x, w=4.4):
    ...     return [{"text": t, "top": 89.5, "x0": x + i * w, "x1": x + (i + 1) * w}
    ...             for i, t in enumerate(text)]
    >>> sorted(overprinted(word("LUMINA", 42.5) + word("LUMINA", 42.6, 4.9)))
    [6, 7, 8, 9, 10, 11]
    >>> overprinted(word("ALLEE", 42.5) + word("ALLEE", 90.0))
    set()
    """
    runs: list[tuple[str, float, float, float, list[int]]] = []
    current: list[int] = []

    def close() -> None:
        if current:
            first = chars[current[0]]
            x0, x1 = float(first["x0"]), float(first["x1"])
            text = "".join(str(chars[i]["text"]) for i in current)
            runs.append((text, float(first["top"]), x0, x1, list(current)))
            current.clear()

    for i, ch in enumerate(chars):
        if not str(ch.get("text", "")).strip():
            close()
            continue
        if current:
            last = chars[current[-1]]
            gap = float(ch["x0"]) - float(last["x1"])
            # a new line, the draw gone back, or a gap that parts words with no space
            if abs(float(ch["top"]) - float(last["top"])) > 1 or not -1 <= gap <= 1:
                close()
        current.append(i)
    close()
    out: set[int] = set()
    kept: list[tuple[str, float, float, float, list[int]]] = []
    drift = 0.0  # how far the draw over a line has run ahead of the first, word to word
    for run in runs:
        text, top, x0, x1, indexes = run
        width = x1 - x0
        under = next(
            (k for k in kept
             if k[0] == text and abs(k[1] - top) <= 1
             and abs(x0 - k[2] - drift) <= 0.5 * max(width, k[3] - k[2])),
            None,
        )  # fmt: skip
        if under is None:
            kept.append(run)
            drift = 0.0
        else:
            out.update(indexes)
            drift = x0 - under[2]
    return out


def _without_overprint(page: Any) -> Any:
    """The pdfplumber page without its overprinted characters (``overprinted``)."""
    twice = overprinted(page.chars)
    if not twice:
        return page
    dropped = {id(page.chars[i]) for i in twice}
    return page.filter(lambda obj: id(obj) not in dropped)


def words_from_pdf(raw: list[dict], scale: float) -> tuple[Word, ...]:
    """Group PDF words into lines by their vertical position, and split a line where a wide
    gap separates two columns (a label column and a value column stay one line; two
    side-by-side blocks do not)."""
    items = sorted(raw, key=lambda w: (float(w["top"]), float(w["x0"])))
    rows: list[list[dict]] = []
    for w in items:
        if rows and abs(float(w["top"]) - float(rows[-1][0]["top"])) <= 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    words: list[Word] = []
    line_no = -1
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
        line_no += 1
        prev: dict | None = None
        for w in row:
            if prev is not None:
                height = max(1.0, float(prev["bottom"]) - float(prev["top"]))
                if float(w["x0"]) - float(prev["x1"]) > 4 * height:
                    line_no += 1
            prev = w
            words.append(_pdf_word(w, scale, line_no))
    return tuple(words)


def _pdf_word(w: dict, scale: float, line_no: int) -> Word:
    box = (
        int(float(w["x0"]) * scale),
        int(float(w["top"]) * scale),
        int(float(w["x1"]) * scale),
        int(float(w["bottom"]) * scale),
    )
    return Word(without_controls(valid_utf8(str(w["text"]))), box, 100.0, (0, 0, line_no))


def has_form(pdf_bytes: bytes) -> bool:
    """Does the PDF declare interactive form fields (a cheap look for /AcroForm)?"""
    return b"/AcroForm" in pdf_bytes


_WIDGET_KINDS = {"/Tx": "text", "/Btn": "checkbox", "/Ch": "choice", "/Sig": "signature"}


def form_fields(pdf_bytes: bytes, count: int = 1 << 30) -> dict[int, list[FormWidget]]:
    """AcroForm fields per page index, with their place in PDF points from the page's top
    left: a form filled on screen needs no OCR.

    Checkboxes come as their export value ("/Yes", "/Oui"...) or "/Off".
    """
    import pypdf

    out: dict[int, list[FormWidget]] = {}
    try:
        reader = pypdf.PdfReader(io.BytesIO(pdf_bytes))
        if not reader.get_fields():
            return out
        for index, page in enumerate(reader.pages):
            if index >= count:
                break
            top = float(page.mediabox.top)
            left = float(page.mediabox.left)
            for annot in page.get("/Annots") or []:
                obj = annot.get_object()
                if obj.get("/Subtype") != "/Widget":
                    continue
                parent = obj.get("/Parent")
                parent_obj = parent.get_object() if parent is not None else {}
                name = obj.get("/T") or parent_obj.get("/T")
                value = obj.get("/V", parent_obj.get("/V"))
                if name is None:
                    continue
                if value is None and obj.get("/AS") is not None:
                    value = obj.get("/AS")
                ft = obj.get("/FT") or parent_obj.get("/FT")
                kind = _WIDGET_KINDS.get(str(ft), "text")
                flags = int(obj.get("/Ff") or parent_obj.get("/Ff") or 0)
                if kind == "checkbox" and flags & (1 << 15):
                    kind = "radio"
                if kind in ("checkbox", "radio") and obj.get("/AS") is not None:
                    value = obj.get("/AS")  # each radio widget's own state
                box = None
                rect = obj.get("/Rect")
                if rect is not None and len(rect) == 4:
                    x0, y0, x1, y1 = (float(v) for v in rect)
                    box = (
                        int(min(x0, x1) - left),
                        int(top - max(y0, y1)),
                        int(max(x0, x1) - left),
                        int(top - min(y0, y1)),
                    )
                out.setdefault(index, []).append(
                    FormWidget(
                        valid_utf8(str(name)),
                        "" if value is None else valid_utf8(str(value)),
                        box,
                        kind,
                    )
                )
    except Exception as exc:  # pypdf raises many kinds on damaged files: no fields then
        log.debug("form fields unreadable: %s", exc)
    return out


def scaled(widget: FormWidget, scale: float) -> FormWidget:
    if widget.box is None:
        return widget
    box = tuple(int(v * scale) for v in widget.box)
    return dataclasses.replace(widget, box=box)  # type: ignore[arg-type]
