"""Section A's date of birth: written after its label, or a digit a box in a comb (read
by the handwritten-digit reader, else by OCR box by box or group by group), never a date
after the audit date."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from docverify.doctypes.base import fold_text
from docverify.labelled import label_words
from docverify.labels import lines_of_page
from docverify.model import PageText, Word
from docverify.values.dates import find_dates
from docverify.vision.boxes import DIGITS, read_framed_digits, vote_groups
from docverify.vision.comb import read_comb_words
from docverify.vision.comb_cells import comb_cells
from docverify.vision.digits import DateRead as HandRead
from docverify.vision.digits import glyph, glyphs, written_digits_date
from docverify.vision.handwriting import ink_only, read_line

from .date_text import repair_digits
from .date_zone import DIGIT_READS, RUN_READS
from .identity import NAME_LOOKS, label_height, page_lines, under, value_zone, zone_under
from .section_a import (
    BIRTH_LABELS,
    GIVEN_LABELS,
    PLACE_LABELS,
    SURNAME_LABELS,
    USAGE_LABELS,
    halves_joined,
    with_lost_label,
)


def read_birth_date(pages: Sequence[PageText], as_of: dt.date) -> dt.date | None:
    """The date of birth: a date written after its label, else the comb boxes' digits;
    never one after the audit date (a misread, or the date of signing)."""

    def born(dates: Sequence[dt.date]) -> list[dt.date]:
        return [d for d in dates if dt.date(1900, 1, 1) <= d <= as_of]

    lines = page_lines(pages)
    for i, line in enumerate(lines):
        # "né(e) le" as words: not the "...ne le" of "Fait à Vitry-sur-Seine le"
        if m := re.search(r"DATE DE NAISSANCE|\bNE\(?E?\)? LE\b", fold_text(line)):
            dates = born(_dates_read(line)) or (
                born(_dates_read(lines[i + 1])) if i + 1 < len(lines) else []
            )
            # the comb's eight digits read as one word ("[24081988 I |"): JJMMAAAA
            runs = re.findall(r"(?<!\d)\d{8}(?!\d)", repair_digits(line[m.end() :]))
            dates = dates or [d for run in runs[:1] for d in born(_dmy(run))]
            if dates:
                return dates[0]
    for page in pages:
        if page.source == "text_layer":  # comb fields typed: one digit a box
            for label in label_words(page, BIRTH_LABELS):
                typed = born(_dmy(_digits_beside(page, label)))
                if typed:
                    return typed[0]
    votes: Counter[dt.date] = Counter()
    hands: list[HandRead] = []
    for page in pages:
        for label in _birth_labels(page) + _day_cells(page):
            # eight boxes, a digit each: read as handwritten digits, the date whole
            masks, looks = _hand_digits(page, label, as_of)
            hand = written_digits_date(masks, BORN_FROM, as_of, (), looks) if masks else None
            if hand is not None and hand.clear:
                return hand.value
            hands.extend([hand] if hand else [])
            # boxes of a few digits each, parted by ticks: box by box, voted; else a comb;
            # right of the label, else under it (a print run that captions each cell)
            found = _boxed_birth_date(page, label, born) or _boxed_birth_date(
                page, [under(page, label)], born
            )
            if masks and hand is not None and found:
                # the boxes read again, OCR's dates weighing in box by box
                said = [f"{d.day:02}{d.month:02}{d.year:04}" for d in found]
                fused = written_digits_date(masks, BORN_FROM, as_of, said, looks)
                if fused is not None and fused.clear:
                    return fused.value
            votes.update(found)
            if found:
                continue
            # the digits right of the label, else under it (a caption over its cells:
            # typed digits in grey cells with no lines, no comb found, form_bd d013)
            for box in (value_zone(page, label), zone_under(page, label)):
                if box is None or page.image is None:
                    continue
                x0, y0, x1, y1 = box
                zone = page.image[y0:y1, x0:x1]
                for text in read_line(zone, page.dpi, RUN_READS, NAME_LOOKS, label_height(label)):
                    votes.update(born(_dmy("".join(c for c in text if c.isdigit()))))
                if votes:
                    break
    # the boxes' digits not clear: what OCR read, else their likeliest date
    if votes:
        return votes.most_common(1)[0][0]
    return hands[0].value if hands else None


def _dates_read(line: str) -> list[dt.date]:
    """The numeric dates of a line, but for one whose two-digit year runs on into more
    digits past a box's wall: comb boxes read with their walls ("[2[7 Lof1/l1/9[9{6|" for
    27 01 1996 gives "1/11/99", form of set_cz p03); the boxes are read again.

    >>> _dates_read("Date de naissance [2[7 Lof1/l1/9[9{6|"), _dates_read("née le 03/05/91 à 75")
    ([], [datetime.date(1991, 5, 3)])
    """
    text = repair_digits(line)
    return [
        d.value
        for d in find_dates(text)
        if not (
            len(re.split(r"\D+", d.raw.strip())[-1]) == 2
            and re.match(r"[^\s\d]{0,2}\d", text[d.end :])
        )
    ]


def _birth_labels(page: PageText) -> list[list[Word]]:
    """The date of birth's labels on the page. Its small label misread ("ra] de naissance
    (jj MM AAAA)", "Date de 5110] MM AAAA)", form_bm d032, d007): the line between the
    names' labels and the place of birth's that holds a date's format or "naissance";
    else that band read again alone (``with_lost_label``)."""
    if found := label_words(page, BIRTH_LABELS):
        return found
    place = [w for label in label_words(page, PLACE_LABELS) for w in label]
    if not place:
        return []
    floor = min(w.box[1] for w in place)
    above = [w.box[3] for labels in (SURNAME_LABELS, USAGE_LABELS, GIVEN_LABELS)
             for label in label_words(page, labels) for w in label if w.box[3] < floor]  # fmt: skip
    if not above:
        return []
    top = max(above)
    for line in lines_of_page(page):
        if top <= min(w.box[1] for w in line) and max(w.box[3] for w in line) <= floor:
            hint = _FORMAT_HINT.search(fold_text(" ".join(w.text for w in line)).upper())
            if hint:
                end = _word_at(line, hint.end() - 1).box[0]
                # not a word as tall as the boxes under the label, read with its start
                tall = 1.6 * sorted(w.box[3] - w.box[1] for w in line)[len(line) // 2]
                return [[w for w in line if w.box[0] <= end and w.box[3] - w.box[1] <= tall]]
    return label_words(with_lost_label(page, BIRTH_LABELS), BIRTH_LABELS)


_FORMAT_HINT = re.compile(r"\bNAISSANCE\b(?:\W*\w{1,3}\W*)*|\b(?:JJ\W*)?MM\W*AAAA\b\W*")
"""A date of birth's label misread but for its end: "naissance" and the format's letters
after it, or the format alone."""


def _word_at(line: Sequence[Word], offset: int) -> Word:
    """The word of ``line`` (its texts joined by spaces) holding character ``offset``."""
    at = 0
    for w in line:
        at += len(w.text) + 1
        if offset < at:
            return w
    return line[-1]


def _day_cells(page: PageText) -> list[list[Word]]:
    """The "Jour" caption of a date of birth printed as three captioned cells, "Jour",
    "Mois", "Année (de naissance)" side by side on one row, each over its boxes: the
    boxes are read from under "Jour" on, as a comb under a label."""
    days = label_words(page, ("jour",))
    months = label_words(page, ("mois",))
    years = label_words(page, ("annee de naissance", "annee"))

    def row(a: Sequence[Word], b: Sequence[Word]) -> bool:
        h = max(8, a[0].box[3] - a[0].box[1])
        return abs(a[0].box[1] - b[0].box[1]) < h and b[0].box[0] > a[-1].box[2]

    return [
        d for d in days
        if any(row(d, m) and any(row(m, y) for y in years) for m in months)
    ]  # fmt: skip


BORN_FROM = dt.date(1900, 1, 1)
"""The earliest date of birth the boxes are read as."""


Glyphs = list[np.ndarray | None]


def _hand_digits(
    page: PageText, label: Sequence[Word], as_of: dt.date
) -> tuple[Glyphs | None, list[Glyphs]]:
    """The characters of a date of birth written a digit a box right of ``label`` (or
    under it), for the handwritten-digit reader, and other looks at them: the eight
    boxes' ink when they give a date (their faint ink the other look), else the
    characters of the zone right of the label once the boxes' lines are out (boxes parted
    by gaps or slashes that the comb's geometry misses)."""
    if page.image is None:
        return None, []
    image = page.image
    cells = halves_joined(comb_cells(page, label) or comb_cells(page, [under(page, label)]))
    boxed = [glyph(image[y0:y1, x0:x1]) for x0, y0, x1, y1 in cells]
    if written_digits_date(boxed, BORN_FROM, as_of) is not None:
        return boxed, [[glyph(image[y0:y1, x0:x1], faint=True) for x0, y0, x1, y1 in cells]]
    if (box := value_zone(page, label)) is None:
        return None, []
    x0, y0, x1, y1 = box
    ink = ink_only(image[y0:y1, x0:x1], page.dpi, label_height(label))
    return (None if ink is None else list(glyphs(ink))), []


def _boxed_birth_date(
    page: PageText, label: Sequence[Word], born: Callable[[Sequence[dt.date]], list[dt.date]]
) -> list[dt.date]:
    """The date written a digit a box right of ``label``: in framed groups (JJ | MM |
    AAAA, each box read alone and voted) or in a comb."""
    framed = vote_groups(read_framed_digits(page, label, DIGIT_READS), (2, 2, 4))
    found = born(_dmy_groups(framed)) if framed else []
    if not found:
        combed = read_comb_words(page, label, RUN_READS, DIGITS, 110, letters=False)
        found = [d for text in combed or [] for d in born(_dmy_groups(text))]
    return found


def _digits_beside(page: PageText, label: Sequence[Word]) -> str:
    """The digits typed right of a label on its row ("Date de naissance : 0 3 1 1 1 9 9 8",
    one a comb box), the words in between included only if they are digits.

    >>> from docverify.model import PageRef
    >>> row = [("Date", 10), ("de", 60), ("naissance", 90), (":", 200)]
    >>> row += [(d, 260 + 30 * i) for i, d in enumerate("03111998")] + [("Sexe", 600)]
    >>> words = tuple(Word(t, (x, 10, x + 20, 30), 100.0, (1, 1, 1)) for t, x in row)
    >>> page = PageText(PageRef("f.pdf", 1), None, 300, words, "text_layer")
    >>> _digits_beside(page, list(words[:3]))
    '03111998'
    """
    top, bottom = min(w.box[1] for w in label), max(w.box[3] for w in label)
    right = max(w.box[2] for w in label)
    height = max(1, bottom - top)
    row = sorted(
        (w for w in page.words
         if w.box[0] >= right and abs((w.box[1] + w.box[3]) / 2 - (top + bottom) / 2) < 0.6 * height),
        key=lambda w: w.box[0],
    )  # fmt: skip
    digits = ""
    for w in row:
        text = w.text.strip(":/.-")
        if not text:
            continue
        if not text.isdigit():
            break
        digits += text
    return digits


def _dmy_groups(text: str) -> list[dt.date]:
    """The date of digits read box group by box group ("02 03 1991"): three groups must be
    JJ MM AAAA long.

    >>> _dmy_groups("02 03 1991"), _dmy_groups("020 3 1991"), _dmy_groups("02031991")
    ([datetime.date(1991, 3, 2)], [], [datetime.date(1991, 3, 2)])
    """
    groups = text.split()
    if len(groups) == 3 and not (
        len(groups[0]) <= 2 and len(groups[1]) <= 2 and len(groups[2]) == 4
    ):
        return []
    return _dmy("".join(groups))


def _dmy(digits: str) -> list[dt.date]:
    """The date of eight digits written JJ MM AAAA, in a year a living person was born
    (none for anything else).

    >>> _dmy("02031991"), _dmy("0203199"), _dmy("31021991"), _dmy("21014189")
    ([datetime.date(1991, 3, 2)], [], [], [])
    """
    if len(digits) != 8 or not digits.isdigit() or not 1900 <= int(digits[4:]) <= 2030:
        return []
    try:
        return [dt.date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))]
    except ValueError:
        return []
