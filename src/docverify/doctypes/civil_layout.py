"""The geometry of civil-status documents: visual rows, columns, tables, zones.

Tesseract often reads a two-column certificate column by column (labels, then values),
or drops a row of a boxed form. Civil-status documents are read here as *visual rows*
(words regrouped by their position on the page), with the wide gaps between columns kept
as two spaces, and as tables: a header row of labels ("Primer Apellido  Segundo Apellido
Nombre(s)", "Año  Mes  Día") whose values stand under each label, in its column. When
the row of values under a header is missing (the layout analysis skipped it), the band
under the header is read again on its own (one tesseract call on a small crop, cached
like every call).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
from collections.abc import Callable, Sequence

from docverify import ocr
from docverify.doctypes.base import fold_text
from docverify.model import Document, PageText, Word
from docverify.values.names import fold_upper


def fold_keep(text: str) -> str:
    """Upper case without accents, of the same length as ``text`` (its column gaps
    kept), so that a position in the folded text is one in ``text``.

    >>> fold_keep("Prénom(s)  Œuvray")
    'PRENOM(S)  OUVRAY'
    """
    return "".join((fold_upper(c) or " ")[0] for c in text)


def word_rows(page: PageText) -> list[list[Word]]:
    """The page's words regrouped into rows by their vertical position, left to right."""
    words = [w for w in page.words if w.text.strip()]
    if not words:
        return []
    height = statistics.median(w.box[3] - w.box[1] for w in words) or 1
    words.sort(key=lambda w: (w.box[1] + w.box[3]) / 2)
    rows: list[list[Word]] = []
    centres: list[float] = []
    for w in words:
        cy = (w.box[1] + w.box[3]) / 2
        if rows and abs(cy - centres[-1]) <= 0.55 * height:
            rows[-1].append(w)
            centres[-1] += (cy - centres[-1]) / len(rows[-1])
        else:
            rows.append([w])
            centres.append(cy)
    return [sorted(row, key=lambda w: w.box[0]) for row in rows]


def row_text(row: Sequence[Word], height: float) -> str:
    """The row's words, a column gap kept as two spaces; a cell beyond a gap read as
    garble (``garbled``) left out.

    >>> w = lambda t, x, c: Word(t, (x, 0, x + 20 * len(t), 30), c, (1, 1, 1))
    >>> row_text([w("Nom", 0, 96), w("de", 70, 96), w("famille", 120, 96),
    ...           w("SW", 1900, 49), w("VI", 1960, 34)], 30)
    'Nom de famille'
    >>> row_text([w("Nom", 0, 96), w("LI", 900, 91), w("NA", 960, 90)], 30)
    'Nom  LI NA'
    """
    cells: list[list[Word]] = [[row[0]]]
    for prev, cur in itertools.pairwise(row):
        if cur.box[0] - prev.box[2] > 2.5 * height:
            cells.append([cur])
        else:
            cells[-1].append(cur)
    kept = cells[:1] + [c for c in cells[1:] if not garbled(c)]
    return "  ".join(" ".join(w.text for w in cell) for cell in kept)


GARBLED_CONF = 50
"""A cell whose words are read with less mean confidence than this..."""
GARBLED_LETTERS = 4
"""...and none longer than this is another script read as Latin letters (the Arabic half
of a bilingual Moroccan act read "SW VI" beside "Nom de famille", set_da p02), or a
stamp's edge: no value."""


def garbled(cell: Sequence[Word]) -> bool:
    return (
        statistics.mean(w.conf for w in cell) < GARBLED_CONF
        and max(len(w.text) for w in cell) <= GARBLED_LETTERS
    )


def page_height(page: PageText) -> float:
    """The median height of the page's words (one text line)."""
    return statistics.median(w.box[3] - w.box[1] for w in page.words) if page.words else 1.0


def visual_rows(page: PageText) -> list[str]:
    """Rows of ``word_rows`` as text. A wide horizontal gap (a column break) is kept as
    two spaces, which ``clean_name`` treats as the end of a value."""
    height = page_height(page)
    return [row_text(row, height) for row in word_rows(page)]


def doc_rows(doc: Document) -> list[str]:
    return captions_first([row for p in doc.pages for row in captioned_rows(p)])


SMALL_CAPTION = 0.75
"""A caption is printed at most this high, against the value line above it."""
CAPTION_WORDS = 4


def captioned_rows(page: PageText) -> list[str]:
    """``visual_rows``, with the small-print captions under value lines put in brackets for
    ``captions_first``: Belarusian and Russian certificates print "Ковалева" on a line and
    "фамилия" under it in small type, without brackets. A caption is a short row of words
    without digits, in smaller type than the row above, and nearer to it than to the row
    below (a small label *above* its value is nearer the value)."""
    height = page_height(page)
    rows = word_rows(page)
    texts = [row_text(row, height) for row in rows]
    tall = [statistics.median(w.box[3] - w.box[1] for w in row) for row in rows]
    marks = []
    for i in range(1, len(rows)):
        row, above = rows[i], rows[i - 1]
        below = rows[i + 1] if i + 1 < len(rows) else None
        gap_above = min(w.box[1] for w in row) - max(w.box[3] for w in above)
        gap_below = min(w.box[1] for w in below) - max(w.box[3] for w in row) if below else 1e9
        if (
            len(row) <= CAPTION_WORDS
            and not any(c.isdigit() for c in texts[i])
            and tall[i] <= SMALL_CAPTION * tall[i - 1]
            and 0 <= gap_above < gap_below
            and (i - 1) not in marks
        ):
            marks.append(i)
    if len(marks) < CAPTIONS_MIN:
        return texts
    return [f"({t.strip(' ()')})" if i in marks else t for i, t in enumerate(texts)]


_CAPTION = re.compile(r"^\s*\((.+)\)\s*$")
CAPTIONS_MIN = 3
"""Rows that are only a caption in brackets, at least this many, make a captioned layout."""


def captions_first(rows: list[str]) -> list[str]:
    """A layout that prints each value above its caption in brackets, as Ukrainian and
    Russian certificates do ("КОВАЛЕНКО" over "(прізвище)"), rewritten label first, value
    after a column gap, as every other layout reads ("прізвище  КОВАЛЕНКО").

    >>> captions_first(["КОВАЛЕНКО", "(прізвище)", "Олена", "(ім'я)", "07.11.1989",
    ...                 "(народився(лася))", "Серія 1-ВЛ"])
    ['прізвище  КОВАЛЕНКО', "ім'я  Олена", 'народився(лася)  07.11.1989', 'Серія 1-ВЛ']

    Brackets after a value on its own row, or fewer than three, are left alone:

    >>> captions_first(["Nom : DIOP", "(Nom)", "Prénom : Awa"])
    ['Nom : DIOP', '(Nom)', 'Prénom : Awa']
    """
    marks = [
        i for i, r in enumerate(rows) if _CAPTION.match(r) and i and not _CAPTION.match(rows[i - 1])
    ]
    if len(marks) < CAPTIONS_MIN:
        return rows
    out: list[str] = []
    for i, row in enumerate(rows):
        if i in marks:
            caption = _CAPTION.match(row)
            assert caption is not None
            out[-1] = f"{caption[1].strip()}  {out[-1].strip()}"
        else:
            out.append(row)
    return out


def _word_at(row: Sequence[Word], start: int) -> int:
    """Index of the word of ``row`` where character ``start`` of its joined text falls."""
    pos = 0
    for i, w in enumerate(row):
        if pos + len(w.text) > start:
            return i
        pos += len(w.text) + 1
    return len(row) - 1


def value_below(page: PageText, label: str) -> str | None:
    """In a table (a GRO entry of birth), the value in the column of ``label``, on the
    first row below it that has words starting under the label."""
    rows = word_rows(page)
    height = page_height(page)
    rx = re.compile(label)
    for i, row in enumerate(rows):
        m = rx.search(fold_text(" ".join(w.text for w in row)))
        if not m:
            continue
        x0 = row[_word_at(row, m.start())].box[0]
        for below in rows[i + 1 : i + 4]:
            start = next((j for j, w in enumerate(below) if abs(w.box[0] - x0) < 2 * height), None)
            if start is None:
                continue
            picked = [below[start]]
            for w in below[start + 1 :]:
                if w.box[0] - picked[-1].box[2] > 1.5 * height or w.text in ("|",):
                    break
                picked.append(w)
            return " ".join(w.text for w in picked).strip(" |") or None
    return None


def _header_groups(row: Sequence[Word], height: float) -> list[tuple[int, int, int]]:
    """(first word, x0, x1) of each heading of a header row: words closer than
    ``1.5 * height`` belong to one heading ("Name, if any"  "Sex"  "Name and surname")."""
    groups: list[tuple[int, int, int]] = []
    for j, w in enumerate(row):
        if groups and w.box[0] - groups[-1][2] <= 1.5 * height:
            groups[-1] = (groups[-1][0], groups[-1][1], w.box[2])
        else:
            groups.append((j, w.box[0], w.box[2]))
    return groups


def _continues_heading(row: Sequence[Word], under: Sequence[Word], height: float) -> bool:
    """Is ``under`` the second row of ``row``'s headings ("When and" / "where born", "Full
    name" / "of child")? Right under it, every piece of it starting in lower case."""
    if not under or min(w.box[1] for w in under) - max(w.box[3] for w in row) > 1.2 * height:
        return False
    pieces = [under[g[0]] for g in _header_groups(under, height)]
    return all(w.text[:1].islower() for w in pieces)


def _heading_columns(
    lines: Sequence[Sequence[Word]], i: int, height: float
) -> tuple[list[tuple[str, float, float]], int]:
    """The columns of the header row ``lines[i]``: (heading, left, right), each reaching
    half way to its neighbours, a heading printed over two rows read whole; and the index
    of the first row of values."""
    row = lines[i]
    groups = _header_groups(row, height)
    columns = []
    for k, (j, x0, x1) in enumerate(groups):
        left = (groups[k - 1][2] + x0) / 2 if k else 0.0
        right = (x1 + groups[k + 1][1]) / 2 if k + 1 < len(groups) else float("inf")
        stop = groups[k + 1][0] if k + 1 < len(groups) else len(row)
        columns.append((" ".join(w.text for w in row[j:stop]), left, right))
    first = i + 1
    if first < len(lines) and _continues_heading(row, lines[first], height):
        columns = [
            (text + "".join(" " + w.text for w in lines[first]
                            if left <= (w.box[0] + w.box[2]) / 2 < right), left, right)
            for text, left, right in columns
        ]  # fmt: skip
        first += 1
    return columns, first


def cells_below(page: PageText, label: str, rows: int = 4) -> list[str]:
    """In a register's table (an entry of birth of the British GRO's kind, its heirs in
    Guyana, the Bahamas, Vanuatu...), the text of the cell of ``label``'s column on each of
    the ``rows`` rows of values below its heading (empty cells left out). A column reaches
    half way to the neighbouring headings: values centred in a wide column start left of
    their heading ("Tamika Renée" under "Name, if any", set_av p04); a heading printed on
    two rows ("When and" / "where born", "Full name" / "of child") is read whole."""
    lines = word_rows(page)
    height = page_height(page)
    rx = re.compile(label)
    for i, row in enumerate(lines):
        if not rx.search(fold_text(" ".join(w.text for w in row))) and not (
            i + 1 < len(lines) and _continues_heading(row, lines[i + 1], height)
        ):
            continue
        columns, first = _heading_columns(lines, i, height)
        for text, left, right in columns:
            if rx.search(fold_text(text)):
                out = []
                for below in lines[first : first + rows]:
                    cell = [w.text for w in below if left <= (w.box[0] + w.box[2]) / 2 < right]
                    if cell:
                        out.append(" ".join(cell))
                return out
    return []


GOOD_ROW = 80.0
"""A row read with this mean confidence is a clean read (a header, a value)."""
MIN_CONF = 60.0
"""Words of a table's values read with less confidence than this are not taken."""


def _columns(
    row: Sequence[Word], labels: Sequence[str], least: int = 2
) -> list[tuple[str, float, float]] | None:
    """(label, x0, x1) of each of ``labels`` found on ``row``, left to right, each
    column reaching to the next label (the first from the left edge); None unless at least ``least`` labels are there."""
    text = fold_text(" ".join(w.text for w in row))
    found: list[tuple[str, int]] = []
    for label in labels:
        m = re.search(label, text)
        if m:
            found.append((label, _word_at(row, m.start())))
    if len(found) < least:
        return None
    found.sort(key=lambda f: f[1])
    cols: list[tuple[str, float, float]] = []
    for (label, i), nxt in itertools.zip_longest(found, found[1:]):
        # the first column reaches the row's left edge ("1A NAME OF CHILD—FIRST (GIVEN)")
        x0 = row[i].box[0] if cols else float("-inf")
        x1 = row[nxt[1]].box[0] if nxt else float("inf")
        cols.append((label, float(x0), float(x1)))
    return cols


def _cells(words: Sequence[Word], cols: Sequence[tuple[str, float, float]], height: float
           ) -> dict[str, str]:  # fmt: skip
    out: dict[str, list[str]] = {}
    for w in words:
        if w.conf < MIN_CONF or not re.search(r"\w", w.text):  # a garbled cell, a box edge
            continue
        cx = (w.box[0] + w.box[2]) / 2
        for label, x0, x1 in cols:
            if x0 - height <= cx < x1 - 0.5 * height:
                out.setdefault(label, []).append(w.text)
                break
    return {k: " ".join(v) for k, v in out.items()}


def table_values(
    page: PageText,
    labels: Sequence[str],
    valid: Callable[[dict[str, str]], bool] = bool,
    weak: Callable[[dict[str, str]], bool] | None = None,
    *,
    reread: bool = True,
    skip: re.Pattern[str] | None = None,
) -> dict[str, str]:
    """Under a header row holding at least two of ``labels`` (folded regexes), the value
    of each label's column on the next row, when ``valid`` accepts them. Otherwise (the
    row of values was skipped or garbled by the layout analysis) and with ``reread``, the
    band under the header is read again from the image; failing both, the first that
    ``weak`` accepts (a row with an empty cell). Header rows that ``skip`` matches (a
    parent's names) are passed over."""
    rows = word_rows(page)
    height = page_height(page)
    for i, row in enumerate(rows):
        if skip is not None and skip.search(fold_text(" ".join(w.text for w in row))):
            continue
        cols = _columns(row, labels)
        if cols is None and reread and page.image is not None and _columns(row, labels, 1):
            # one heading read of the header row: the others were skipped, read it again
            top, low = min(w.box[1] for w in row), max(w.box[3] for w in row)
            again = sorted(reread_band(page, top - 0.6 * height, low + 0.6 * height),
                           key=lambda w: w.box[0])  # fmt: skip
            cols = _columns(again, labels) if again else None
        if cols is None:
            continue
        bottom = max(w.box[3] for w in row)
        tried: list[dict[str, str]] = []
        below = rows[i + 1] if i + 1 < len(rows) else []
        if below and min(w.box[1] for w in below) < bottom + 2.5 * height:
            tried.append(_cells(below, cols, height))
            if valid(tried[-1]):
                return tried[-1]
        if reread and page.image is not None:
            # down to the next row read cleanly (the next header), at most 3.5 lines
            tops = [
                min(w.box[1] for w in r)
                for r in rows[i + 1 :]
                if statistics.mean(w.conf for w in r) >= GOOD_ROW
                and min(w.box[1] for w in r) > bottom + 2.2 * height
            ]
            end = min([bottom + 3.5 * height, *(t - 2 for t in tops[:1])])
            tried.append(_cells(reread_band(page, bottom, end), cols, height))
            if valid(tried[-1]):
                return tried[-1]
        for cells in tried:
            if weak is not None and weak(cells):
                return cells
    return {}


def reread_band(page: PageText, y0: float, y1: float, languages: str = "fra+eng+spa"
                ) -> list[Word]:  # fmt: skip
    """The words of a horizontal band of the page, read again on their own (upscaled),
    in page coordinates."""
    if page.image is None:
        return []
    img = page.image
    top, bottom = max(0, int(y0)), min(img.shape[0], int(y1))
    if bottom - top < 8:
        return []
    crop = img[top:bottom, :]
    scale = 2 if bottom - top < 120 else 1
    if scale > 1:
        crop = crop.repeat(scale, axis=0).repeat(scale, axis=1)
    langs = "+".join(x for x in languages.split("+") if x in ocr.available_languages()) or "eng"
    words = ocr.ocr_words(crop, langs, psm=6)
    return [
        Word(
            w.text,
            (
                w.box[0] // scale,
                w.box[1] // scale + top,
                w.box[2] // scale,
                w.box[3] // scale + top,
            ),
            w.conf,
            w.line,
        )
        for w in words
        if w.text.strip()
    ]


SKIPPED_BAND = 0.12
"""A band of the page this high (share of the page) without a word read, but with ink,
was skipped by the layout analysis (a phone photo whose upper half was lost)."""
INK = 0.004
"""Share of dark pixels that tells ink from a blank margin."""


def fill_skipped_bands(page: PageText) -> PageText:
    """``page`` with the words of its skipped bands read again (each band on its own),
    or ``page`` itself when no band was skipped."""
    if page.image is None or not page.words:
        return page
    img = page.image
    full = img.shape[0]
    height = page_height(page)
    edges = sorted((min(w.box[1] for w in r), max(w.box[3] for w in r)) for r in word_rows(page))
    gaps, last = [], 0.0
    for top, bottom in [*edges, (full, full)]:
        if top - last > max(SKIPPED_BAND * full, 6 * height):
            band = img[int(last) : int(top)]
            if band.size and float((band < 128).mean()) > INK:
                gaps.append((last, float(top)))
        last = max(last, bottom)
    added: list[Word] = []
    for n, (y0, y1) in enumerate(gaps):
        for w in reread_band(page, y0, y1):
            added.append(Word(w.text, w.box, w.conf, (1000 + n * 100 + w.line[0], *w.line[1:])))
    if not added:
        return page
    return dataclasses.replace(page, words=(*page.words, *added))
