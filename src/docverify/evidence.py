"""Where a value was read, and how well: every field an extractor returns is grounded
back in the words of its document's pages, so a verdict can weigh the read it rests on
and a report can point at it.

A value is grounded in the run of words of one line that holds it (names in any order,
OCR slips tolerated; dates in any of the forms ``values.dates`` reads). Its confidence is
the mean OCR confidence of those words (1.0 for a PDF text layer), lowered by the share
of the value that was not found. A value that cannot be found in any line (read from an
MRZ, an AcroForm field, or joined from several lines) is not grounded: the caller decides
what that means.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from rapidfuzz.distance import Levenshtein

from docverify.labels import lines_of_page, norm_tokens, token_tuple
from docverify.model import Document, PageRef, PageText, Word
from docverify.values.dates import find_dates

RELIABLE = 0.85
"""A read at least this confident may found an ``invalid`` verdict; below, a conclusion
resting on it is ``questionable``."""
UNGROUNDED_OCR = 0.6
"""Confidence given to a value of an OCR'd document that could not be found in a line."""


@dataclass(frozen=True)
class Grounding:
    confidence: float
    page: PageRef | None = None
    box: tuple[int, int, int, int] | None = None
    text: str = ""

    @property
    def reliable(self) -> bool:
        return self.confidence >= RELIABLE

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"confidence": self.confidence}
        if self.page is not None:
            out["page"] = {"path": self.page.file, "page": self.page.page}
        if self.box is not None:
            out["box"] = list(self.box)
        return out


def _box(words: Sequence[Word]) -> tuple[int, int, int, int]:
    return (
        min(w.box[0] for w in words),
        min(w.box[1] for w in words),
        max(w.box[2] for w in words),
        max(w.box[3] for w in words),
    )


def _conf(words: Sequence[Word], page: PageText) -> float:
    if page.source == "text_layer":
        return 1.0
    return min(1.0, sum(max(0.0, w.conf) for w in words) / (100.0 * len(words)))


def _date_conf(words: Sequence[Word], page: PageText) -> float:
    """A date is as sure as its least sure number: "+7 de febrero de 1987" (a 17 whose 1
    was misread, at 72) is not a sure date because "febrero" and "1987" read at 96."""
    numbers = [w for w in words if any(c.isdigit() for c in w.text)]
    if page.source == "text_layer" or not numbers:
        return _conf(words, page)
    return min(_conf([w], page) for w in numbers)


def _close(a: str, b: str) -> bool:
    return a == b or (len(a) >= 4 and Levenshtein.distance(a, b) <= (1 if len(a) <= 7 else 2))


class _Tokens:
    """A page's words folded once (``labels.token_tuple``), by line and all together, with
    each word's tokens joined: every field of a document is looked for in the same page."""

    def __init__(self, page: PageText) -> None:
        self.lines = [
            [(w, token_tuple(w.text), "".join(token_tuple(w.text))) for w in line]
            for line in lines_of_page(page)
        ]
        self.words = [t for line in self.lines for t in line]


_TOKENS: weakref.WeakKeyDictionary[PageText, _Tokens] = weakref.WeakKeyDictionary()
"""Each page's folded words while the page lives (a memo: pages are immutable)."""


def _tokens(page: PageText) -> _Tokens:
    tokens = _TOKENS.get(page)
    if tokens is None:
        tokens = _TOKENS[page] = _Tokens(page)
    return tokens


def _matches(t: str, wt: tuple[str, ...], joined: str) -> bool:
    return any(_close(t, x) for x in wt) or (len(t) >= 4 and t in joined)


def _ground_words(page: PageText, value: str) -> Grounding | None:
    want = norm_tokens(value)
    if not want:
        return None
    index = _tokens(page)
    best: tuple[float, list[Word]] | None = None
    for line in index.lines:
        hit_words: list[Word] = []
        found = 0
        for t in want:
            for w, wt, joined in line:
                if _matches(t, wt, joined):
                    found += 1
                    if w not in hit_words:
                        hit_words.append(w)
                    break
        if not found:
            continue
        share = found / len(want)
        score = share * _conf(hit_words, page)
        if share >= 0.5 and (best is None or score > best[0]):
            best = (score, hit_words)
    if best is None or len(best[1]) < len(want):
        # a name printed in parts on several lines ("Nom : BRANDT" / "Prénoms : Lukas")
        spread = _ground_spread(page, want)
        if spread is not None and (best is None or spread[0] > best[0]):
            best = spread
    if best is None:
        return _ground_compact(page, value)
    score, words = best
    return Grounding(round(score, 3), page.ref, _box(words), " ".join(w.text for w in words))


def _ground_spread(page: PageText, want: Sequence[str]) -> tuple[float, list[Word]] | None:
    """Each token of the value at its most confident place on the page, lines apart."""
    index = _tokens(page)
    hit_words: list[Word] = []
    for t in want:
        hits = [w for w, wt, joined in index.words if _matches(t, wt, joined)]
        if hits:
            w = max(hits, key=lambda h: h.conf)
            if w not in hit_words:
                hit_words.append(w)
    share = len(hit_words) / len(want)
    if share < 0.5:
        return None
    return share * _conf(hit_words, page), hit_words


def _ground_compact(page: PageText, value: str) -> Grounding | None:
    """A long identifier printed in groups ("FR76 3000 6000 0112 ..."), on one line or on
    one row that tesseract's layout split into blocks (a table's rule erased between two
    groups: "FR63 3000 ... 0504" / "1234 539")."""
    compact = "".join(norm_tokens(value))
    if len(compact) < 8:
        return None
    index = _tokens(page)
    for line in [*index.lines, *_rows(index.lines)]:
        joined = ""
        owners: list[Word] = []
        for w, _wt, t in line:
            joined += t
            owners.extend([w] * len(t))
        at = joined.find(compact)
        if at >= 0:
            words = list(dict.fromkeys(owners[at : at + len(compact)]))
            return Grounding(round(_conf(words, page), 3), page.ref, _box(words), value)
    return None


def _rows(lines: Sequence[Sequence[tuple[Word, tuple[str, ...], str]]]
          ) -> list[list[tuple[Word, tuple[str, ...], str]]]:  # fmt: skip
    """Lines whose words stand on one row of the page joined, left to right (only rows
    that join two lines or more)."""
    rows: list[list[tuple[Word, tuple[str, ...], str]]] = []
    for line in sorted((ln for ln in lines if ln), key=lambda ln: ln[0][0].box[1]):
        top, bottom = min(w.box[1] for w, *_ in line), max(w.box[3] for w, *_ in line)
        if rows:
            r_top = min(w.box[1] for w, *_ in rows[-1])
            r_bottom = max(w.box[3] for w, *_ in rows[-1])
            overlap = min(bottom, r_bottom) - max(top, r_top)
            if overlap > 0.6 * min(bottom - top, r_bottom - r_top):
                rows[-1] = sorted([*rows[-1], *line], key=lambda t: t[0].box[0])
                continue
        rows.append(list(line))
    return [r for r in rows if len({w.line for w, *_ in r}) > 1]


def _ground_date(page: PageText, value: dt.date) -> Grounding | None:
    for line in lines_of_page(page):
        text = ""
        spans: list[tuple[int, int, Word]] = []
        for w in line:
            start = len(text) + (1 if text else 0)
            text = f"{text} {w.text}" if text else w.text
            spans.append((start, len(text), w))
        for found in find_dates(text):
            if found.value != value:
                continue
            words = [w for s, e, w in spans if s < found.end and e > found.start]
            if words:
                return Grounding(
                    round(_date_conf(words, page), 3), page.ref, _box(words), found.raw
                )
        # a date the OCR cut in pieces ("03/12/2 026", "03 / 12 / 2026")
        for k in (2, 3, 4, 5):  # the fewest words that make the date
            for i in range(len(line) - k + 1):
                words = line[i : i + k]
                joined = "".join(w.text for w in words)
                if any(f.value == value for f in find_dates(joined)):
                    return Grounding(
                        round(_date_conf(words, page), 3), page.ref, _box(words), joined
                    )
    return None


def ground(doc: Document, value: object) -> Grounding | None:
    """The best place on the document's pages where ``value`` (a text or a date) was read."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    best: Grounding | None = None
    for page in doc.pages:
        if isinstance(value, dt.date):
            g = _ground_date(page, value)
        elif isinstance(value, str):
            g = _ground_words(page, value)
        else:
            g = _ground_words(page, str(value))
        if g is not None and (best is None or g.confidence > best.confidence):
            best = g
    return best


def word_confidence(doc: Document, word: str) -> float | None:
    """How sure the surest read of one word on the document's pages is (0-1), None when no
    page holds it: a name is as sure as the word that differs from another paper's."""
    want = "".join(token_tuple(word))
    if not want:
        return None
    found = [
        _conf([w], page)
        for page in doc.pages
        for w, _wt, joined in _tokens(page).words
        if joined == want
    ]
    return max(found, default=None)


def read_confidence(doc: Document, value: object) -> float:
    """How sure the read of ``value`` is: its grounding, or for a value found in no line, 1.0
    on a document read from a text layer or form fields (or with no words at all: a record
    built by hand) and ``UNGROUNDED_OCR`` otherwise."""
    g = ground(doc, value)
    if g is not None:
        return g.confidence
    if all(p.source == "text_layer" or p.form_fields or not p.words for p in doc.pages):
        return 1.0  # nothing OCR'd to weigh it by: a text layer, form fields, a record
    return UNGROUNDED_OCR


def ground_fields(doc: Document) -> dict[str, Grounding]:
    """Every text and date field of the document's record, grounded (those found)."""
    if doc.reads is not None:
        return dict(doc.reads)
    if doc.fields is None or not dataclasses.is_dataclass(doc.fields):
        return {}
    out: dict[str, Grounding] = {}
    for f in dataclasses.fields(doc.fields):
        if f.metadata.get("internal"):
            continue
        value = getattr(doc.fields, f.name)
        if isinstance(value, (list, tuple)):
            value = " ".join(str(v) for v in value) if value else None
        g = ground(doc, value)
        if g is not None:
            out[f.name] = g
    return out


def with_reads(doc: Document) -> Document:
    """The document with its fields' groundings kept (``Document.reads``)."""
    return dataclasses.replace(doc, reads=MappingProxyType(ground_fields(doc)))
