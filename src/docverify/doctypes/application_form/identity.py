"""Section A, "Vous": the applicant's names as written on the form (the date of birth:
``birth_date``; the social security number and the address: ``contact``).

Each value is found by its label (the label lexicon finds it right of the label, under it
or on the next line, and refuses instructions such as "(dans l'ordre de l'état civil)");
a handwritten value the page-wide OCR read poorly is read again alone, as one line cut
right of its label; a name written a capital a box is read box by box (``vision.comb``,
``vision.capitals``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
from rapidfuzz.distance import Levenshtein

from docverify.doctypes.application_form.name_combs import (
    comb_line,
    comb_rows,
    labelled_row,
    on_blank_comb,
    read_between,
    spaced_as_comb,
)
from docverify.doctypes.application_form.name_vote import (
    Vote,
    clean_form_name,
    hand_votes,
    name_like,
    vote,
)
from docverify.doctypes.application_form.section_a import (
    with_lost_label,
)
from docverify.doctypes.base import fold_text
from docverify.label_values import refuse_value, strip_label
from docverify.labelled import Read, label_words, labelled_values
from docverify.labels import is_label_text
from docverify.model import PageRef, PageText, Word
from docverify.ocr import HAND_READ, ocr_words
from docverify.vision.comb import CAPITALS, read_comb_words, read_hand_letters
from docverify.vision.comb_cells import comb_cells
from docverify.vision.handwriting import read_line

HAND_READS = ("zone", "comb")
"""How a handwritten name was read: its zone read again alone, or its boxes one by one."""
TYPED = 0.93
"""A value the page's OCR read at least this confidently is typed: it is taken as read."""
PRINTED_BELOW = 0.8
"""A value under its label on a scan counts when read at least this confidently (print:
handwriting reads lower, and there it may be the next field's)."""


NAME_READS = (("fra", "--psm 7"), ("eng", "--psm 7"))
NAME_LOOKS = ((48, 0), (64, 1))
COMB_READS = (
    ("fra", "--psm 7"),
    ("eng", "--psm 7"),
    ("fra", f"--psm 7 -c tessedit_char_whitelist={CAPITALS}"),
    HAND_READ,
)


def value_zone(page: PageText, label: Sequence[Word]) -> tuple[int, int, int, int] | None:
    """Where the value of a label is written on its line: from after the label (and its
    parenthesised instruction, "(dans l'ordre de l'état civil)") to the next printed label
    on the line, or the page's edge."""
    if page.image is None or not label:
        return None
    line = sorted((w for w in page.words if w.line == label[0].line), key=lambda w: w.box[0])
    end = max(w.box[2] for w in label)
    y0 = min(w.box[1] for w in label)
    y1 = max(w.box[3] for w in label)
    h = max(8, y1 - y0)
    after = [w for w in line if w.box[0] >= end - 1]
    # a label found inside another's brackets ("Nom de naissance (nom de famille figurant
    # sur votre acte de naissance)", form_bj d004): its value starts after the bracket shuts
    depth = max(0, sum(w.text.count("(") - w.text.count(")") for w in label))
    for w in after:
        # the instruction that follows a label: in brackets, or printed smaller (in words
        # read clearly: a handwritten capital read as a small scrap is the value's start)
        small = (
            (w.box[3] - w.box[1]) <= 0.85 * h
            and w.box[0] - end <= 2 * h
            and w.conf >= 80
            and any(c.islower() for c in w.text)
        )
        if depth == 0 and not (w.text.startswith("(") or small):
            break
        depth = max(0, depth + w.text.count("(") - w.text.count(")"))
        end = w.box[2]
    stop = page.image.shape[1] - 2
    # the next label on the row, whichever line tesseract gave it ("Sexe : Féminin" set
    # apart from "Prénom(s)" as a block of its own, set_bv p04)
    row = sorted(
        (w for w in page.words if y0 <= (w.box[1] + w.box[3]) / 2 <= y1), key=lambda w: w.box[0]
    )
    for w in row:
        if w.box[0] > end + 3 * h and w.conf >= 85 and is_label_text(w.text):
            stop = w.box[0] - 2
            break
    if stop - end < 2 * h:
        return None
    # no higher nor lower than the labels printed on the rows above and below (a form
    # whose rows stand close: the next field's handwriting is no part of this one)
    printed = [w for w in page.words if w.line != label[0].line and w.box[2] <= end
               and w.conf >= 80 and any(c.isalpha() for c in w.text)]  # fmt: skip
    top = max([y0 - int(1.3 * h), *(w.box[3] + 2 for w in printed if w.box[3] < y0)])
    bottom = min([y1 + int(1.3 * h), *(w.box[1] - 2 for w in printed if w.box[1] > y1)])
    return (end + 2, max(0, top), stop, bottom)


def zone_reads(
    page: PageText, label: Sequence[Word], field: str, floor: int | None = None
) -> list[Vote]:
    """Every reading of the handwriting right of a label (empty for a blank field), above
    ``floor`` (the top of a comb printed under the label, or of a value read under it: its
    tops are no value)."""
    box = value_zone(page, label)
    if box is None or page.image is None:
        return []
    x0, y0, x1, y1 = box
    if floor is not None:
        y1 = min(y1, floor - 2)
        if y1 - y0 < label_height(label) * 1.2:
            return []
    return _name_reads(page, (x0, y0, x1, y1), field)


def _name_reads(page: PageText, box: tuple[int, int, int, int], field: str) -> list[Vote]:
    """The names read in a zone of the page, its handwriting read alone in several looks
    by tesseract, and whole by PP-OCR (``hand_votes``): cleaned, without the field's
    label, never an instruction or a row of box sides."""
    assert page.image is not None
    x0, y0, x1, y1 = box
    zone = page.image[y0:y1, x0:x1]
    reads = [
        clean_form_name(strip_label(t, field))
        for t in read_line(zone, page.dpi, NAME_READS, NAME_LOOKS, dots=True)
    ]
    kept = [(r, 1.0) for r in reads if r and name_like(r) and not refuse_value(r)]
    return kept + hand_votes(page, box, field)


UNDER_MM = 5.0
"""How far under its label's foot the middle of a comb set below the label stands."""


def under(page: PageText, label: Sequence[Word]) -> Word:
    """A stand-in label just left of where the boxes under ``label`` begin, at their
    height: what lies right of it is the comb printed under the label."""
    x0 = min(w.box[0] for w in label)
    foot = max(w.box[3] for w in label)
    mm = page.dpi / 25.4
    # as tall as the band a comb under the label may stand in (just under the label's
    # foot, or a line further down), centred where the boxes most often stand
    top, bottom = int(foot + mm), int(foot + (2 * UNDER_MM - 1) * mm)
    return Word("", (int(x0 - 6 * mm), top, max(0, int(x0 - 3 * mm)), bottom), 0.0, label[0].line)


def _read_right(found: Sequence[Read], page: PageText, label: Sequence[Word]) -> bool:
    """Did the page read a value right of ``label``, clearly (form_br d020: "Oleksandr"
    typed right of "Prénom(s)", the date of birth's comb under it, its label misread "mn
    OF te de sance")? The comb under the label is then the next field's."""
    return any(
        r.how == "right" and r.page == page.ref and r.confidence >= 0.8 and r.box is not None
        and r.box[0] >= label[-1].box[2] and r.box[1] < label[-1].box[3]
        for r in found
    )  # fmt: skip


def label_height(label: Sequence[Word]) -> int:
    return max(8, max(w.box[3] for w in label) - min(w.box[1] for w in label))


def read_name(
    pages: Sequence[PageText], labels: Sequence[str], field: str
) -> tuple[Read | None, tuple[str, ...]]:
    """A name by its label, and every reading of it. A typed or PDF value is taken as
    read; handwriting (an OCR'd page read poorly) is read again alone in several looks,
    and the reading most of them agree on wins."""
    # a typed PDF may put the value under its label ("Nom de naissance :" / "KOUASSI");
    # on a scan, what lies under a label is the next field's label or its handwriting
    typed = all(p.source == "text_layer" for p in pages)
    pages = [with_lost_label(p, labels) for p in pages]
    found = labelled_values(
        pages, field, accept=name_like, clean=clean_form_name, labels=labels,
        places=("right", "below", "next_line") if typed else ("right", "below"),
    )  # fmt: skip
    # on a scan, under a label: a value typed in the box under it (a print run that sets
    # labels above their boxes), read as print; handwriting there may be the next field's,
    # unless it stands alone on its line (no label left of it): kept as a last resort
    hand_below = [
        r for r in found
        if not typed and r.how == "below" and r.confidence < PRINTED_BELOW
        and _alone_on_its_line(pages, r)
    ]  # fmt: skip
    read_under = [r for r in found if r.how == "below" and r.box]
    found = [r for r in found if typed or r.how == "right" or r.confidence >= PRINTED_BELOW]
    best = found[0] if found else None
    if best is not None and best.how == "below" and (whole := _rest_of_line(pages, best)):
        best = found[0] = whole
    if best is not None and (
        best.confidence >= TYPED or all(p.source == "text_layer" for p in pages)
    ):
        return best, (best.value,)
    reads: list[Vote] = [(r.value, 1.0) for r in found if r.confidence >= 0.8]
    where = None
    comb_reads: list[str] = []  # read box by box: the empty boxes part the words
    blank: list[tuple[PageRef, tuple[int, int]]] = []  # (page, rows) of empty combs
    for page in pages:
        # a value read under a label: the strip right of the label reaches down to the
        # tops of its letters, no value of its own (read above them only)
        under_top = min(
            (r.box[1] for r in read_under if r.page == page.ref and r.box),
            default=None,
        )
        for label in label_words(page, labels):
            # (a hand's ink rises above the box OCR gives its words)
            value_top = None if under_top is None else under_top - label_height(label) // 2
            cells = comb_cells(page, label)
            combed = read_comb_words(page, label, COMB_READS, cells=cells) if cells else None
            more: list[Vote] | None = None
            if not any(combed or ()):
                # a blank comb on the label's line: the comb under it is the next field's
                cells_below = [] if combed is not None else comb_cells(page, [under(page, label)])
                if read_between(read_under, page, label, cells_below):
                    cells_below = []  # a value under the label, then the next field's comb
                floor = min(c[1] for c in cells_below) if cells_below else value_top
                more = zone_reads(page, label, field, floor)
                if cells_below and not (
                    labelled_row(page, cells_below) or _read_right(found, page, label)
                ):
                    more = []  # no label of its own left of it: the comb is this field's
                if not more and cells_below:
                    # a print run that sets the boxes under their label, not right of it
                    # (the strip right of the label may catch their tops: not read);
                    # with a value right of the label, the comb under it is the next field's
                    below = read_comb_words(page, [], COMB_READS, cells=cells_below)
                    if any(below or ()):
                        combed, cells = below, cells_below
                    elif below is not None:
                        blank.append((page.ref, comb_rows(cells_below)))
            if combed is not None:  # one capital a box: read box by box, words apart
                hand = read_hand_letters(page, cells, combed)
                if hand is not None and hand.sure and name_like(hand.text):
                    # each box's letter sure, the OCR reads weighed in: taken
                    return Read(hand.text, 0.7, page.ref, None, "comb"), (hand.text, *combed)
                if hand is not None:
                    reads.append((hand.text, 1.0))
                    comb_reads.append(hand.text)
                reads.extend((c, 1.0) for c in combed if c and name_like(c))
                comb_reads.extend(c for c in combed if c)
                # and the comb's whole line read by PP-OCR (the sides out, its letters
                # read as a line: boxes found where a hand overran them read as scraps)
                reads.extend(hand_votes(page, comb_line(cells), field))
                where = where or (page, label)
                continue
            if more is None:
                more = zone_reads(page, label, field, value_top)
            if more:
                reads.extend(more)
                where = where or (page, label)
    # the page's read under the label a scrap no vote keeps ("se": a hand's capitals in a
    # framed box, form_be d002), and nothing read right of the label
    scrap = best is not None and best.how == "below" and vote([best.value]) is None
    if (scrap and where is None) or (
        not reads and best is None and (not hand_below or hand_below[0].confidence < DOUBTFUL)
    ):
        # nothing right of the label, and under it nothing or a doubtful read: the box
        # under the label, read alone (a value typed in a framed box that the page's
        # layout analysis dropped; a hand the page read as "ne or ee")
        reads, where = _under_reads(pages, labels, field)
        if reads and hand_below:
            reads.append((hand_below[0].value, 1.0))
    page_read = best.value if best is not None else hand_below[0].value if hand_below else None
    winner = vote([r for r, _ in reads], page_read, [w for _, w in reads])
    if winner is None and hand_below and not on_blank_comb(hand_below[0], blank):
        last = hand_below[0]
        return Read(last.value, min(last.confidence, 0.5), last.page, last.box, "below"), (
            last.value,
        )
    if winner is None:
        return best, ()
    winner = spaced_as_comb(winner, comb_reads)
    page_ref = where[0].ref if where else (best.page if best else None)
    return Read(winner, 0.6, page_ref, None, "zone"), tuple(dict.fromkeys(r for r, _ in reads))


LINE_GAP = 3
"""Heights of blank between two words of one value at most: further on is another field."""


def _rest_of_line(pages: Sequence[PageText], read: Read) -> Read | None:
    """A value read under its label on a scan whose line goes on past the words the
    page's read gave (form_aq d006: "Arbër Ilir" read "Arbér", its second name dropped by
    the layout analysis): the line read alone, kept when it starts with that value and
    holds more."""
    page = next((p for p in pages if p.ref == read.page), None)
    if page is None or page.image is None or page.source != "ocr" or read.box is None:
        return None
    x0, y0, x1, y1 = read.box
    h = max(8, y1 - y0)
    paper = float(np.percentile(page.image[y0:y1, x0:x1], 95))
    # the ink along the letters' middle (not a rule under them), word after word
    middle = page.image[y0 + h // 4 : y1 - h // 4, :]
    end = x1
    for col in np.nonzero((middle < 0.6 * paper).any(axis=0))[0]:
        if col <= x1:
            continue
        if col > end + LINE_GAP * h:
            break
        end = int(col)
    if end - x1 < h // 2:
        return None
    band = page.image[max(0, y0 - h // 6) : y1 + h // 6, max(0, x0 - h // 2) : end + h]
    # (tesseract gives a word with a diaeresis no confidence at times: "Arbër" at 0)
    tokens = [w.text for w in ocr_words(band, "fra", psm=7)]
    # the line may run into the next field's label ("Arbër Ilir  Sexe"): cut before it
    cut = next((i for i in range(1, len(tokens)) if refuse_value(" ".join(tokens[i:]))), None)
    line = clean_form_name(" ".join(tokens[:cut]))
    if not line or not name_like(line) or refuse_value(line):
        return None
    first, got = fold_text(read.value).split(), fold_text(line).split()
    head, known = " ".join(got[: len(first)]), " ".join(first)
    if len(got) <= len(first) or Levenshtein.distance(head, known) > max(1, len(known) // 3):
        return None
    if head == known:  # the same letters: the band's accents ("Arbër" read "Arbér")
        return dataclasses.replace(read, value=line, box=None)
    # else the page's read of the words it gave, the band's of the words it lost
    # ("Krigtire Joy" read alone, "Kristine" by the page: "Kristine Joy", set_bp p04)
    rest = line.split()[len(first) :]
    return dataclasses.replace(read, value=" ".join([read.value, *rest]), box=None)


def _under_reads(
    pages: Sequence[PageText], labels: Sequence[str], field: str
) -> tuple[list[Vote], tuple[PageText, list[Word]] | None]:
    """The readings of the box under a label (``zone_under``), and where it is."""
    for page in pages:
        for label in label_words(page, labels):
            box = zone_under(page, label)
            if box is None:
                continue
            reads = [r for r in _name_reads(page, box, field) if not is_label_text(r[0])]
            if reads:
                return reads, (page, label)
    return [], None


DOUBTFUL = 0.5
"""Confidence under which the page's read of a hand under its label is read again alone."""
UNDER_HEIGHTS = 3.5
"""How many heights of its label a box under the label reaches down at most."""


def zone_under(page: PageText, label: Sequence[Word]) -> tuple[int, int, int, int] | None:
    """The band under a label where a print run that sets labels above their boxes has
    the value: from the label's foot down to the next printed label under it (at most
    ``UNDER_HEIGHTS`` label heights), from the label's left to the page's edge; None when
    the next label follows at once (labels beside their values: a row of its own)."""
    if page.image is None:
        return None
    x0 = min(w.box[0] for w in label)
    foot = max(w.box[3] for w in label)
    h = label_height(label)
    top, limit = foot + 2, foot + int(UNDER_HEIGHTS * h)
    labels_under = [
        w.box[1] - 2
        for w in page.words
        if foot + h // 2 < w.box[1] < limit and w.box[2] > x0 - h and w.box[0] < x0 + 20 * h
        and w.conf >= 80 and is_label_text(w.text)
    ]  # fmt: skip
    bottom = min([limit, *labels_under])
    if bottom - top < 1.2 * h:
        return None
    # a value read reaching under the label from its left (the label's first words lost:
    # "m de famille" of "Nom de naissance (nom de famille)", the name under the whole)
    left = [
        w.box[0] for w in page.words
        if top <= (w.box[1] + w.box[3]) / 2 <= bottom and w.box[0] < x0 < w.box[2]
    ]  # fmt: skip
    return max(0, min([x0 - h, *(x - h for x in left)])), top, page.image.shape[1] - 2, bottom


def _alone_on_its_line(pages: Sequence[PageText], read: Read) -> bool:
    """Is a value read under a label the only thing on its line: no printed label left of
    it (whose own value it would be, on a form that sets labels left of their boxes)?"""
    if read.box is None:
        return False
    page = next((p for p in pages if p.ref == read.page), None)
    if page is None:
        return False
    x0, y0, _x1, y1 = read.box
    middle = (y0 + y1) / 2
    left = [
        w for w in page.words
        if w.box[2] <= x0 and w.box[1] <= middle <= w.box[3] and w.conf >= 80
    ]  # fmt: skip
    return not any(is_label_text(w.text) for w in left) and len(left) <= 1


def page_lines(pages: Sequence[PageText]) -> list[str]:
    return [line for p in pages for line in p.lines]
