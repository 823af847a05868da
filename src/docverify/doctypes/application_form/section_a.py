"""Section A's labels, top to bottom, and a label the page's read lost found again
between its neighbours (``with_lost_label``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from docverify.doctypes.application_form.name_combs import comb_rows
from docverify.doctypes.base import fold_text
from docverify.labelled import label_words
from docverify.labels import lines_of_page
from docverify.model import PageText, Word
from docverify.ocr import ocr_words
from docverify.vision.comb_cells import comb_cells

SURNAME_LABELS = ("nom de naissance", "nom de famille", "nom patronymique")
USAGE_LABELS = ("nom d'usage", "nom marital", "nom d'epouse")
GIVEN_LABELS = ("prenom(s)", "prenoms", "prenom")
BIRTH_LABELS = ("date de naissance", "ne(e) le", "ne le", "nee le")
PLACE_LABELS = ("lieu de naissance", "nationalite")
SECTION_A_ORDER = (
    SURNAME_LABELS,
    USAGE_LABELS,
    GIVEN_LABELS,
    (*BIRTH_LABELS, "sexe", "lieu de naissance", "nationalite"),
    PLACE_LABELS,
)
"""Section A's first labels, top to bottom: where one is lost, it lies between its
neighbours (``with_lost_label``). The date of birth and the sex share a row or stand
one over the other, before the place of birth."""

LOST_LABEL_LINE = (-1, 0, 0)
"""The line key of a label found again (``with_lost_label``): a line of its own."""


def with_lost_label(page: PageText, labels: Sequence[str]) -> PageText:
    """The page with a label of section A that its read lost found again: tesseract's
    layout analysis may drop a small label between two rows of comb boxes ("Prénom(s)"
    on a photo). The band between the labels found above and below it
    (``SECTION_A_ORDER``, the first group holding ``labels``; above the first, section A's
    heading "A VOUS") is read alone, as sparse text, and the label's words, when found
    there, join the page's (a line of their own). A page that has the label, or not both
    neighbours, is returned as it is."""
    at = next((n for n, group in enumerate(SECTION_A_ORDER) if set(labels) <= set(group)), None)
    if page.image is None or page.source != "ocr" or at is None:
        return page
    if found := label_words(page, labels):
        return _over_caption(page, labels, found)

    # each group's label words on the page, found once
    groups = [[w for lab in label_words(page, ls) for w in lab] for ls in SECTION_A_ORDER]
    below = [w for group in groups[at + 1 :] for w in group]
    if not below:
        return page
    floor = min(w.box[1] for w in below)
    above = [w.box[3] for group in groups[:at] for w in group if w.box[3] < floor] or (
        _heading_bottom(page, floor)  # the first label lost: under section A's heading
    )
    if not above or floor - max(above) < 2 * min(w.box[3] - w.box[1] for w in below):
        return page
    top = max(above)
    band = page.image[top:floor]
    words = tuple(
        Word(w.text, (w.box[0], w.box[1] + top, w.box[2], w.box[3] + top), w.conf, LOST_LABEL_LINE)
        for w in ocr_words(band, "fra", psm=11)
    )
    found = label_words(dataclasses.replace(page, words=words), labels)
    if found:
        return dataclasses.replace(page, words=(*page.words, *found[0]))
    # the label unread even alone: a stand-in left of what stands in the band
    band_rows = (top, floor)
    left = min(w.box[0] for group in groups for w in group)
    stand_in = (
        _beside_comb(page, labels, band_rows, left)
        or _beside_date_comb(page, labels, band_rows, left)
        or _beside_lone_line(page, labels, band_rows, left)
    )
    return page if stand_in is None else dataclasses.replace(page, words=(*page.words, stand_in))


def _over_caption(page: PageText, labels: Sequence[str], found: list[list[Word]]) -> PageText:
    """A label found only as the small caption under the label its read lost ("(nom de
    famille)" under "Nom de naissance", read "ré rar" where its line ran into the comb
    boxes: set_cy p01) stands for the label of the row above it: the comb level with that
    row is the field's. The caption gives way to a stand-in there, when a comb stands
    right of it; else the page is returned as it is."""
    if not all(lab[0].text.startswith("(") for lab in found):
        return page
    caption = found[0]
    x0, top = min(w.box[0] for w in caption), min(w.box[1] for w in caption)
    x1, height = max(w.box[2] for w in caption), max(w.box[3] - w.box[1] for w in caption)
    row = (max(0, top - int(CAPTION_ROW * height)), top)
    stand_in = Word(labels[0], (x0, row[0], x1, row[1]), 0.0, LOST_LABEL_LINE)
    if not comb_cells(page, [stand_in]):
        return page
    words = tuple(w for w in page.words if w not in caption)
    return dataclasses.replace(page, words=(*words, stand_in))


CAPTION_ROW = 2.5
"""How many of its own heights above a label's small caption the label's row reaches."""


def _stand_in(page: PageText, labels: Sequence[str], left: int, rows: tuple[int, int]) -> Word:
    """A label's stand-in, 3 to 6 mm left of ``left``, over ``rows`` (a line of its own)."""
    mm = page.dpi / 25.4
    box = (max(0, int(left - 6 * mm)), rows[0], max(0, int(left - 3 * mm)), rows[1])
    return Word(labels[0], box, 0.0, LOST_LABEL_LINE)


def _beside_comb(
    page: PageText, labels: Sequence[str], band: tuple[int, int], left: int
) -> Word | None:
    """A comb in the band's lower half is the field's (its label's small letters on the
    comb's top, form_bm d004): a stand-in left of where section A's labels start."""
    stand_in = _stand_in(page, labels, left, ((band[0] + band[1]) // 2, band[1]))
    return stand_in if comb_cells(page, [stand_in]) else None


def _beside_date_comb(
    page: PageText, labels: Sequence[str], band: tuple[int, int], left: int
) -> Word | None:
    """The date of birth's comb anywhere in the band, known by its boxes in groups of 2, 2
    and 4 (JJ MM AAAA): its label and the sex's boxes beside it read as noise on a
    low-resolution scan (form_br d020: "mn OF te de sance")."""
    if not set(labels) <= set(BIRTH_LABELS):
        return None
    top, floor = band
    for rows in ((top, floor), (top, (top + floor) // 2)):
        if date_groups(cells := comb_cells(page, [_stand_in(page, labels, left, rows)])):
            return _stand_in(page, labels, left, comb_rows(cells))
    return None


def _beside_lone_line(
    page: PageText, labels: Sequence[str], band: tuple[int, int], left: int
) -> Word | None:
    """No comb: the one line the page read in the band is the field's value, written over
    its small label (form_bq d021: "DA SILVA SANTOS" across "Nom de naissance", which no
    read finds). The stand-in is left of the line's first word, a third of its height (the
    value's zone reaches beyond a label's rows by more than its height)."""
    top, floor = band
    lines = [line for line in lines_of_page(page)
             if all(top <= w.box[1] and w.box[3] <= floor for w in line)]  # fmt: skip
    if len(lines) != 1:
        return None
    line = lines[0]
    y0, y1 = min(w.box[1] for w in line), max(w.box[3] for w in line)
    third = (y1 - y0) // 3
    return _stand_in(page, labels, min(left, line[0].box[0]), (y0 + third, y1 - third))


def halves_joined(cells: Sequence[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A date's comb found with each box cut in two (sixteen cells in groups of 4, 4 and 8:
    a hand's upright strokes taken for the boxes' ticks, set_ct p02), its halves joined
    into the eight boxes; any other comb as it is.

    >>> box = lambda x: (x, 0, x + 22, 45)
    >>> xs = [0, 22, 44, 66, 110, 132, 154, 176, 220, 242, 264, 286, 308, 330, 352, 374]
    >>> joined = halves_joined([box(x) for x in xs])
    >>> len(joined), joined[0], date_groups(joined)
    (8, (0, 0, 44, 45), True)
    """
    if len(cells) != 16:
        return list(cells)
    pairs = [(a[0], min(a[1], b[1]), b[2], max(a[3], b[3]))
             for a, b in zip(cells[::2], cells[1::2], strict=True)]  # fmt: skip
    return pairs if date_groups(pairs) else list(cells)


def date_groups(cells: Sequence[tuple[int, int, int, int]]) -> bool:
    """Do a comb's boxes stand in groups of 2, 2 and 4, a date's (JJ MM AAAA)?

    >>> box = lambda x: (x, 0, x + 50, 50)
    >>> date_groups([box(x) for x in (0, 50, 130, 180, 260, 310, 360, 410)])
    True
    >>> date_groups([box(x) for x in range(0, 400, 50)])
    False
    """
    if len(cells) != 8:
        return False
    width = min(c[2] - c[0] for c in cells)
    breaks = [i for i in range(1, 8) if cells[i][0] - cells[i - 1][2] > 0.25 * width]
    return breaks == [2, 4]


_SECTION_A_HEADING = re.compile(r"(?:\w{1,2}\W*)?\bVOUS\b\W*")
"""Section A's heading: "VOUS" after its letter, which a print run may set white on a dark
tile and OCR then misreads ("ZB vous", form_bq d021)."""


def _heading_bottom(page: PageText, floor: int) -> list[int]:
    """The bottom of section A's heading ("A VOUS" alone on its line) above ``floor``."""
    return [
        max(w.box[3] for w in line)
        for line in lines_of_page(page)
        if _SECTION_A_HEADING.fullmatch(fold_text(" ".join(w.text for w in line)).upper())
        and max(w.box[3] for w in line) < floor
    ][-1:]
