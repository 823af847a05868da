"""Section C's date read again from where it is written (``date_place``: the label and
its zones) on its own (``zone_dates``): as a handwritten line, by the handwritten-digit
reader a character at a time (``written_digits``), or as digits in comb boxes
(``boxed_dates``). What the readings say as dates is ``date_text``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from docverify.doctypes.application_form.date_place import (
    WIDE_MM,
    date_label,
    date_zones,
    is_le,
)
from docverify.doctypes.application_form.date_settle import lost_stroke, settle_date
from docverify.doctypes.application_form.date_text import (
    DateRead,
    hand_months,
    hand_slips,
    misread_date,
    parse_written_date,
    plausible,
    plausible_year,
    slashed,
    slipped_read,
)
from docverify.doctypes.application_form.date_words import worded_dates
from docverify.model import PageText, Word
from docverify.ocr import HAND_READ, HAND_READ_SURE
from docverify.vision.boxes import DIGITS, read_framed_digits, vote_groups
from docverify.vision.comb import read_comb_words
from docverify.vision.comb_cells import comb_cells
from docverify.vision.digits import DateRead as HandRead
from docverify.vision.digits import (
    boxed_date,
    glyphs,
    likeliest_date,
    line_date,
    month_first_date,
)
from docverify.vision.handwriting import deslanted, ink_only, read_hand, read_line, read_words

DIGIT_READS = (("eng", "--psm 7"), ("eng", "--psm 7 -c tessedit_char_whitelist=0123456789"))
"""Handwritten digits are read in several ways; the reads vote."""
RUN_READS = (*DIGIT_READS, HAND_READ)
"""Digits read a run of boxes or a line at a time are read by PP-OCR too, which knows a
hand (not a box at a time: a lone digit is no line to it, and its "1"s for a pale box's
sides outvoted tesseract's blanks)."""

YEARS_OFF = 5
"""A boxed date further than this from the audit's year is a misread (boxes of another
field read as digits: "10/10/1111"), not what anyone writes on a form."""


def boxed_dates(page: PageText, label: Word, as_of: dt.date) -> list[DateRead]:
    """The date written a digit a box right of "le" (the cerfa prints JJ | MM | AAAA boxes):
    eight boxes read as handwritten digits (a clear read first: it wins a tie with one OCR
    read), and OCR's reads: a comb read run by run, or framed groups read box by box and
    voted; none without boxes."""

    def dates(texts: Sequence[str]) -> list[DateRead]:
        out: list[DateRead] = []
        for text in texts:
            digits = "".join(text.split())
            if len(digits) == 8 and digits.isdigit():
                written = f"{digits[:2]}/{digits[2:4]}/{digits[4:]}"
                read = parse_written_date(plausible_year(written, as_of))
                if read[2] or (read[0] and abs(read[0].year - as_of.year) <= YEARS_OFF):
                    out.append(read)
        return out

    # right of "le" the boxes start at once; right of "Fait à" (its "le" lost) the place
    # comes first (in a long box of its own: no date group is that long), the boxes after
    wide = not is_le(label)
    width = WIDE_MM if wide else 110.0
    cells = comb_cells(page, [label], width)  # found once, read both ways
    raw = read_comb_words(page, [label], RUN_READS, DIGITS, width, letters=False, cells=cells)
    said = ["".join(t.split()) for t in raw or []]
    combed = dates(said)
    # framed groups with ticks look like a comb too: when the comb read gives no date,
    # the groups are read box by box
    reads = [] if combed else read_framed_digits(
        page, [label], DIGIT_READS, width_mm=width, longest_mm=35.0 if wide else 70.0
    )  # fmt: skip
    # JJ | MM | AAAA boxes, or a box a digit (eight boxes, the slashes printed between)
    voted = vote_groups(reads, (2, 2, 4)) or vote_groups(reads, (1,) * 8) if reads else None
    # the handwritten-digit reader, OCR's reads of the eight digits weighing in box by box
    # (a year read "1016" is no year of the window, but its 11 for the month counts)
    votes = [*said, *([voted.replace(" ", "")] if voted else [])]
    read = _boxed_hand_date(page, cells, as_of, votes)
    hand = [_as_read(read.value)] if read is not None and read.clear else []
    found = combed or (dates([voted]) if voted is not None else [])
    if found:
        return hand + found
    short = short_box_date(reads, as_of)
    if short:
        return [*hand, short]
    # OCR read no date in the boxes: the reader's unclear read, when plausible (a guess
    # that never makes a form look wrong)
    if not hand and read is not None and plausible(read.value, as_of):
        return [_as_read(read.value)]
    return hand


def _boxed_hand_date(
    page: PageText,
    cells: Sequence[tuple[int, int, int, int]],
    as_of: dt.date,
    votes: Sequence[str] = (),
) -> HandRead | None:
    """The date in eight boxes (``cells``), a digit each, as the handwritten-digit reader
    reads it (``digits.boxed_date``), OCR's reads (``votes``) weighing in; how sure it is
    is the caller's to weigh."""
    if len(cells) != 8 or page.image is None:
        return None
    image = page.image
    boxes = [image[y0:y1, x0:x1] for x0, y0, x1, y1 in cells]
    return boxed_date(boxes, *signing_window(as_of), votes)


def _as_read(value: dt.date) -> DateRead:
    return value, value.strftime("%d/%m/%Y"), False


def short_box_date(reads: Sequence[str], as_of: dt.date) -> DateRead | None:
    """A date whose box was read short in every way ("06|1|2026": a stroke of the 11
    lost): the groups as most often read, for ``settle_date`` to weigh ("06/1/2026" is
    taken as 11 when that makes it recent, and said).

    >>> short_box_date(["06|1|2026", "06||2026", "6||226"], dt.date(2026, 11, 20))
    (datetime.date(2026, 1, 6), '06/1/2026', False)
    >>> short_box_date(["06||2026"], dt.date(2026, 11, 20)) is None
    True
    """
    split = [r.split("|") for r in reads if r.count("|") == 2]
    groups = [Counter(g[i] for g in split if g[i]).most_common(1) for i in range(3)]
    if not split or not all(groups) or len(groups[2][0][0]) != 4:
        return None
    read = parse_written_date(plausible_year("/".join(g[0][0] for g in groups), as_of))
    return read if read[0] or read[2] else None


DATE_READS = (
    ("fra", "--psm 7"),
    ("eng", "--psm 7"),
    ("eng", "--psm 7 -c tessedit_char_whitelist=0123456789/.-"),
    HAND_READ,
)


def zone_dates(pages: Sequence[PageText], as_of: dt.date) -> list[DateRead]:
    """Every reading of section C's date zone (its handwriting read alone in several ways,
    a year off by one digit put right, see ``plausible_year``)."""
    out: list[DateRead] = []
    first, last = signing_window(as_of)
    for page in pages:
        label = date_label(page)
        if label is not None and page.image is not None:
            out.extend(boxed_dates(page, label, as_of))
            if out:
                # the same boxes read freehand, the boxes' sides aside: a month-first date
                # whole there (form_ba d013: "10/31/2026", the boxes read 10/11/2026) is
                # another reading, which makes the boxes' date doubtful
                out.extend(_month_first_freehand(page, label, as_of))
                break
        for x0, y0, x1, y1 in date_zones(page, label):
            assert page.image is not None
            zone = page.image[y0:y1, x0:x1]
            # read on its sure ink, then with a ballpoint's faint ends of strokes too (a
            # 6's light rise, a thin slash): each look loses what the other keeps; PP-OCR
            # reads each look widened too
            reads = [
                plausible_year(slashed(hand_months(t)), as_of)
                for faint in (False, True)
                for t in (
                    *read_line(zone, page.dpi, DATE_READS, faint=faint),
                    *(_hand_read(zone, page.dpi, faint, *look) for look in HAND_LOOKS),
                )
                if t
            ]
            for t in reads:
                read = parse_written_date(t)
                if not (read[0] or read[2]):
                    read = (
                        slipped_read(t, as_of)
                        or misread_date(t, as_of)
                        or _lost_one(t)
                        or _slipped(t, first, last)
                        or read
                    )
                if (read[2] and _year_in(read[1], first, last)) or (
                    read[0] and first <= read[0] <= last
                ):
                    out.append(read)  # never a year no hand wrote ("28/10/7408", "08/14/4044")
            if not any(r[0] for r in out):
                # OCR made no date of it, or only a US-style one (a second read to confirm
                # it, "10/31/10" its year lost): the hand's digits read one by one
                out.extend(written_digits(zone, page.dpi, as_of, label is None or not is_le(label)))
            if not any(r[0] for r in out):  # "7 novembre" read, its year not: read alone
                out.extend(worded_dates(ink_only(zone, page.dpi), reads, (first, last)))
        if out:
            break
    return out


def _lost_one(text: str) -> DateRead | None:
    """A read whose slips put right leave a month "1" after a two-digit day: a hand's 11
    that lost a stroke, left for ``settle_date`` to weigh (``lost_stroke``), not a date
    on its own ("04/V2026": 04/11/2026 read with its first 1 lost, form_bt d001).

    >>> _lost_one("04/V2026")
    (datetime.date(2026, 1, 4), '04/1/2026', False)
    >>> _lost_one("04/12026") is None
    True
    """
    read = parse_written_date(hand_slips(text))
    return read if lost_stroke(read) is not None else None


def _slipped(text: str, first: dt.date, last: dt.date) -> DateRead | None:
    """A read that is a date once its hand's slips are put right, left for ``settle_date``
    to weigh against the other readings: month first ("10/3V2026": 10/31/2026, the "1/"
    of 31/ read "V", form_ca d011), or day first in the signing window, recent or not
    ("27/1V2026": 27/11/2026, a form dated in the future, form_bz d010), which
    ``slipped_read`` leaves out when it would make the form look wrong
    (``_eleven_read_whole`` weighs it against the page's "27/1/2026").

    >>> w = (dt.date(2021, 11, 18), dt.date(2031, 11, 18))
    >>> _slipped("10/3V2026", *w), _slipped("27/1V2026", *w), _slipped("27/1V2086", *w)
    ((None, '10/31/2026', True), (datetime.date(2026, 11, 27), '27/11/2026', False), None)
    """
    read = parse_written_date(hand_slips(text))
    month_first = read[2] and read[0] is None
    in_window = read[0] is not None and first <= read[0] <= last
    return read if month_first or in_window else None


HAND_LOOKS = ((1.3, 0.0), (1.0, 0.2))
"""PP-OCR's further reads of a date's writing (``read_hand``), each of other pixels:
widened 1.3 times (form_an d001's "09/11/2026" read "09/1/2026" as written, "09/1V2026"
widened, the V a 1 and its slash), and stood up, sheared back by a fifth of its height
(a hand whose 1 has a long flag: "10/11/2026" read "10/1/2026" as written, "10N1/2026"
stood up, the N a slash and the flag; both put right by ``slipped_read``)."""


def _hand_read(zone: np.ndarray, dpi: int, faint: bool, stretch: float, upright: float) -> str:
    """PP-OCR's read of the zone's writing in one of ``HAND_LOOKS``, when it is sure of it."""
    read = read_hand(zone, dpi, faint=faint, stretch=stretch, upright=upright)
    return read[0] if read is not None and read[1] >= HAND_READ_SURE else ""


def _month_first_freehand(page: PageText, label: Word, as_of: dt.date) -> list[DateRead]:
    """Month-first dates with their whole year that the freehand reader finds in the date's
    zone (never a date: what another reading of the boxes says)."""
    assert page.image is not None
    out: list[DateRead] = []
    for x0, y0, x1, y1 in date_zones(page, label)[:1]:
        for read in written_digits(page.image[y0:y1, x0:x1], page.dpi, as_of, is_le(label)):
            if read[2] and read[1] and re.fullmatch(r"\d\d/\d\d/(?:19|20)\d\d", read[1]):
                out.append(read)
    return out


def _year_in(written: str | None, first: dt.date, last: dt.date) -> bool:
    """Does a date read month first ("08/19/2024") have a year of the signing window?

    >>> w = (dt.date(2021, 11, 18), dt.date(2031, 11, 18))
    >>> _year_in("08/19/2024", *w), _year_in("08/14/4044", *w), _year_in(None, *w)
    (True, False, False)
    """
    m = re.search(r"(\d{4})\s*$", written or "")
    return m is not None and first.year <= int(m[1]) <= last.year


GUESS = float(np.log(4.0))
"""Log-odds by which a date read a character at a time, some digit bent to make it a
date, must beat the next likeliest to be kept as a guess (when it is a plausible date of
signing: a guess that never makes a form look wrong)."""


LEANING = 10
"""Degrees from upright from which a hand's date is read again set upright."""


def written_digits(zone: np.ndarray, dpi: int, as_of: dt.date, after_le: bool) -> list[DateRead]:
    """The date written freehand in ``zone`` ("28/10/2026", "09.11.2026") read a character
    at a time by the handwritten-digit reader (``line_date``), right of the printed "le"
    when the zone starts before it (``after_le``). Believed when clear or when each digit
    is the reader's first choice; read month first when only that makes it a date (a US
    date); else kept as a guess when plausible (``GUESS``); none otherwise."""
    first, last = signing_window(as_of)

    @functools.cache
    def looked(faint: bool) -> np.ndarray | None:  # each look cut out (and OCR'd) once
        ink = ink_only(zone, dpi, faint=faint)
        return _right_of_le(ink) if ink is not None and after_le else ink

    sure = looked(False)
    if after_le and (sure is None or len(glyphs(sure)) < DATE_GLYPHS):
        # right of the "le" or of the place, nothing a date is written with: the faint
        # look would find one in the boxes' grey edges (form_bu d007, the box left empty)
        return []
    # a leaning hand, read as it leans, then set upright: its 1s and slashes overlap
    # while it leans, and stand apart upright (form_bc d009's "14/11/2026" read "84446267")
    for upright, faint in itertools.product((False, True), (False, True)):
        ink = looked(faint)
        if ink is not None and upright:
            ink, slant = deslanted(ink)
            if abs(slant) < LEANING:
                continue  # as read already
        read = line_date(ink) if ink is not None else None
        best = likeliest_date(read.p, first, last) if read is not None else None
        if read is None or best is None:
            continue
        said = read.digits
        written = f"{said[:2]}/{said[2:4]}/{said[4:]}"
        if said == best.value.strftime("%d%m%Y"):
            return [(best.value, written, False)]
        us = parse_written_date(written)
        if us[2] and first.year <= int(said[4:]) <= last.year:
            return [us]
        # "11/69/2026": day first, a 6 read for a 0 makes it 11 September; month first, a
        # 6 read for a 1 makes it 19 November (form_an d005; "11/17/1226", form_ap d008).
        # The likelier reading wins, by GUESS; as near, neither is believed
        month_first = month_first_date(read.p, first, last)
        if month_first is not None:
            # the reader's own first choices month first ("11/17/...", only the year
            # misread) side with it, however narrow its lead
            as_said = 1 <= int(said[:2]) <= 12 < int(said[2:4]) <= 31
            if month_first.margin < GUESS and not as_said:
                return [(None, written, False)]  # said, not believed
            return [(None, month_first.value.strftime("%m/%d/%Y"), True)]
        if best.clear:
            return [(best.value, written, False)]
        if plausible(best.value, as_of) and best.margin >= GUESS:
            return [(best.value, written, False)]
    return []


DATE_GLYPHS = 4
"""The fewest characters a handwritten date is written with ("1/1/26" has five)."""
PLACE_LETTERS = 3
"""A place's word, in a date's zone, has this many letters at least..."""
PLACE_CONF = 60.0
"""...read at this confidence at least."""


def _right_of_le(ink: np.ndarray) -> np.ndarray | None:
    """The ink right of the printed "le" that OCR reads in a zone starting before it
    ("LILLE le | 13-11-2026"), or, no "le" read, right of the place's last word, cut to
    the ink; the whole ink when neither is read."""
    words = read_words(ink)
    les = [w for w in words if is_le(w) and w.text[:1] != "E"]
    # no "le" read: the place written after "Fait à", a word of letters read surely, is no
    # date (form_bu d007: "Lille" and an empty box, read as "07/30/2022" digit by digit)
    after = les or [w for w in words if len(w.text) >= PLACE_LETTERS and w.text.isalpha()
                    and w.conf >= PLACE_CONF]  # fmt: skip
    if not after:
        return ink
    right = ink[:, max(0, after[-1].box[2] + 2) :]
    xs = np.nonzero((right < 128).any(axis=0))[0]
    return right[:, xs.min() : xs.max() + 1] if xs.size else None


def reread_date(pages: Sequence[PageText], as_of: dt.date) -> DateRead:
    """Section C's date read from its zone alone (see ``settle_date``)."""
    return settle_date((None, None, False), zone_dates(pages, as_of), as_of)


def signing_window(as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The days a form's date may be read as: ``YEARS_OFF`` years either side of the
    audit (a date in the future or long past is a finding, so both are in reach)."""
    return dt.date(as_of.year - YEARS_OFF, 1, 1), dt.date(as_of.year + YEARS_OFF, 12, 31)
