"""Section B, "Votre situation": which box is ticked, measured in the pixels.

Each situation of ``data/application_form.toml`` is found by its caption; its box is the
square frame just left of the caption, and ink inside the frame says whether it is
ticked (``vision.checkbox.find_checkbox``), never what OCR made of the mark ("XX]", "CJ"...).
A tick drawn big, its stroke leaving the box, leaves less ink inside than a neat cross:
a box is also ticked when it holds clearly more ink than every other box of the section,
and a small cross is a tick when every other box of the section is clean.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from docverify.doctypes.application_form.knowledge import (
    STATUSES,
    Situation,
    contract_types,
    situations,
)
from docverify.labels import lines_of_page
from docverify.model import PageText, Word
from docverify.values.names import fold_upper
from docverify.vision.checkbox import CHECKBOX_MIN_INK, CheckboxMeasure, box_ink, find_checkbox
from docverify.vision.ink import overlaps

WEAK_TICK = 0.035
"""Ink share a box must reach to be ticked by comparison with the others."""
STANDS_OUT = 3.0
"""...and how many times the most inked other box it must hold."""
SMALL_TICK = 0.012
"""Ink share of a small cross written inside its box (a handwriting font's "x", a fine
pen): a tick when it is the only ink of the section..."""
CLEAN_BOX = 0.003
"""...every other box measuring no more than this (none: dust and JPEG noise stay under)."""


@dataclass(frozen=True)
class Box:
    situation: str
    caption: Word
    page: PageText
    measure: CheckboxMeasure | None


def caption_words(page: PageText, rx: re.Pattern[str], taken: set[int]) -> list[int]:
    """Index of the first word of every place on the page where a caption matching ``rx``
    begins (within a line), skipping words another caption already took."""
    words = page.words
    folded = [fold_upper(w.text) for w in words]
    out: list[int] = []
    skip_until = -1
    for i in range(len(words)):
        if i <= skip_until or i in taken:
            continue
        window = " ".join(
            folded[j] for j in range(i, min(len(folded), i + 8)) if words[j].line == words[i].line
        )
        if rx.match(window):
            out.append(i)
            skip_until = i + 3
    return out


BOX_READ_CONF = 50.0
"""A word read below this confidence just left of a caption is its box, read as letters."""
_MARK = re.compile(r"[\[\](){}|xXoO0☐☑☒✓✔✗✘•_\-]{1,4}|[^aà]")
"""A box or its tick read as a word: "x", "[X]", "O", "|", "☒" (any one character but
"à")."""


_FRAME_CHAR = re.compile(r"[\[\]|{}()]")
"""A box's side read as a character of a short word ("KX]", "(XJ": set_bu p02)."""


def caption_start(page: PageText, i: int) -> int:
    """The first word of the caption whose words from ``i`` on matched: a caption found by
    a phrase of its middle ("ACTIVITE PROFESSIONNELLE SALARIEE" after "Vous exercez une"
    read "Vouslemærceæune") starts further left, where its box stands. The walk back stays
    on the line, between close words, and stops at a mark that is no word of a caption
    (the box or its tick read "x", "O", "EE", "[").

    >>> from docverify.model import PageRef
    >>> words = [Word(t, (x, 0, x + 40, 20), 90.0, (1, 1, 1)) for t, x in
    ...          (("x", 0), ("Vouslemærceæune", 50), ("activité", 100), ("salariée", 150))]
    >>> caption_start(PageText(PageRef("f.jpg", 1), None, 200, tuple(words), "ocr"), 2)
    1
    """
    words = page.words
    j = i
    while j > 0:
        prev, cur = words[j - 1], words[j]
        height = max(1, cur.box[3] - cur.box[1])
        if prev.line != cur.line or cur.box[0] - prev.box[2] > 2 * height:
            break
        text = prev.text.strip()
        if _MARK.fullmatch(text) or (len(text) == 2 and not (text.isalpha() and text.islower())):
            break
        if len(text) <= 4 and _FRAME_CHAR.search(text):  # a crossed box read "KX]"
            break
        if prev.conf < BOX_READ_CONF:  # the box or its tick read as letters ("Ea}", "fe")
            break
        j -= 1
    return j


def _foot(page: PageText) -> int:
    return page.image.shape[0] if page.image is not None else 10**6


_SECTION_B = re.compile(r"^(?:B\W*)?VOTRE SITUATION\b")
_AFTER_B = re.compile(
    r"^(?:C\W*)?(?:VOS ENGAGEMENTS|ENGAGEMENTS?|DATE ET SIGNATURE|PIECES JUSTIFICATIVES)\b"
)


def section_b(pages: Sequence[PageText]) -> dict[int, tuple[int, int]]:
    """Where section B stands: page index -> (top, bottom) pixels, from its heading ("B
    VOTRE SITUATION") down to the next section's. Empty when no page prints the heading:
    then every page is searched. Other parts of the form print the same words beside
    boxes of their own (page 2's list of documents to join: "[ ] si vous êtes
    salarié(e), ..."), which are no situation. A section B that runs to the foot of its
    page goes on at the top of the form's other pages, down to the next section's
    heading (a form printed with section B over two pages)."""
    out: dict[int, tuple[int, int]] = {}
    runs_on = False
    after: dict[int, int] = {}  # page -> the first next-section heading from its top
    for n, page in enumerate(pages):
        top: int | None = None
        bottom = _foot(page)
        for line in lines_of_page(page):
            text = fold_upper(" ".join(w.text for w in line)).strip(" |[]_-—.:")
            if top is None and len(line) <= 8 and _SECTION_B.match(text):
                top = min(w.box[1] for w in line)
            elif len(line) <= 8 and _AFTER_B.match(text):
                after.setdefault(n, min(w.box[1] for w in line))
                if top is not None:
                    bottom = min(w.box[1] for w in line)
                    break
        if top is not None:
            out[n] = (top, bottom)
            runs_on = runs_on or bottom >= _foot(page)
    if out and runs_on:
        for n, page in enumerate(pages):
            if n not in out:
                out[n] = (0, after.get(n, _foot(page)))
    return out


def find_boxes(pages: Sequence[PageText]) -> list[Box]:
    """Every section-B box found next to its caption, in the order of the data file."""
    boxes: list[Box] = []
    where = section_b(pages)
    for n, page in enumerate(pages):
        if where and n not in where:
            continue
        top, bottom = where.get(n, (0, 10**6))
        taken: set[int] = {i for i, w in enumerate(page.words) if not top <= w.box[1] <= bottom}
        for s in situations():
            for rx in s.captions:
                for found in caption_words(page, rx, taken):
                    # no frame measured (a big cross over it): ``_regular`` measures it
                    # where the other boxes of the column say it stands
                    i, measure = found, find_checkbox(page, page.words[found])
                    if measure is None and " " in rx.pattern:
                        # a phrase of a caption's middle leads to its start; one word
                        # ("... salariée ou indépendante") is no caption of its own
                        i = caption_start(page, found)
                        if i != found and (i in taken or _begins_other(page, i, s.id)):
                            continue
                        measure = find_checkbox(page, page.words[i]) if i != found else None
                    line = page.words[i].line
                    end = found + 4 if i == found else len(page.words)  # walked back: the line
                    taken.update(j for j in range(i, end)
                                 if j < len(page.words) and page.words[j].line == line)  # fmt: skip
                    boxes.append(Box(s.id, page.words[i], page, measure))
    if boxes and all(b.measure is None for b in boxes):
        # no box left of any caption: a print run that sets the boxes in a column at the
        # right of the captions (form_cb's second run: "étudiant(e) ........ [ ]")
        boxes = [Box(b.situation, b.caption, b.page, _box_right_of(b)) for b in boxes]
    # one box per situation: the first found (the captions are listed best first)
    seen: dict[str, Box] = {}
    for b in boxes:
        if b.situation not in seen or (seen[b.situation].measure is None and b.measure):
            seen[b.situation] = b
    regular = _regular(list(seen.values()))
    last = _box_under_the_last(regular, pages, where)
    return [*regular, last] if last is not None else regular


LAST_SITUATION = "autre"
"""The situation the official form lists last ("Autre situation, précisez : ..."), whose
line a page's read may lose with the handwriting on it."""
PITCH_SPREAD = 0.15
"""How far (a share of the pitch) the boxes of a column may stand from even spacing."""


def _box_under_the_last(
    boxes: list[Box], pages: Sequence[PageText], where: dict[int, tuple[int, int]]
) -> Box | None:
    """The box of the last situation ("autre") when its caption was not read: a printed
    frame of the column's size, one pitch under its evenly spaced boxes and inside section
    B, ink in it (form_by d014: the line "[x] Autre situation, précisez : Retraitée,
    pension haïtienne" lost by the page's read). None when that situation was read, or no
    such frame stands there."""
    if any(b.situation == LAST_SITUATION for b in boxes):
        return None
    measured = [b for b in boxes if b.measure is not None]
    if len(measured) < 3:
        return None
    page = measured[-1].page
    column = sorted(
        (b for b in measured if b.page is page and b.measure is not None),
        key=lambda b: b.measure.frame[1] if b.measure else 0,
    )[-3:]
    frames = [b.measure.frame for b in column if b.measure is not None]
    if len(frames) < 3 or max(f[0] for f in frames) - min(f[0] for f in frames) > (
        frames[0][2] - frames[0][0]
    ):
        return None  # not one column
    pitches = [b[1] - a[1] for a, b in itertools.pairwise(frames)]
    pitch = statistics.median(pitches)
    if pitch <= 0 or any(abs(p - pitch) > PITCH_SPREAD * pitch for p in pitches):
        return None
    x0, y0, x1, y1 = frames[-1]
    top = y0 + int(pitch)
    n = next((k for k, p in enumerate(pages) if p is page), -1)
    bottom = where.get(n, (0, _foot(page)))[1]
    if top + (y1 - y0) > bottom or page.image is None:
        return None
    caption = Word("", (x1 + (x1 - x0), top, x1 + 2 * (x1 - x0), top + (y1 - y0)), 0.0,
                   column[-1].caption.line)  # fmt: skip
    probe = find_checkbox(page, caption, reach_mm=8.0)
    if probe is None:
        return None
    f = probe.frame
    w, h = x1 - x0, y1 - y0
    if (
        abs(f[0] - x0) > w / 2
        or abs((f[2] - f[0]) - w) > 0.25 * w
        or abs((f[3] - f[1]) - h) > 0.25 * h
    ):
        return None
    return Box(LAST_SITUATION, caption, page, probe) if probe.ratio >= CHECKBOX_MIN_INK else None


RIGHT_REACH_MM = 160.0
"""How far right of its caption's line a box set in a right-hand column may stand."""


def _box_right_of(box: Box) -> CheckboxMeasure | None:
    """The frame nearest the right-hand end of the zone right of a caption's line: the box
    a print run sets in a column at the page's right, level with its caption."""
    page, caption = box.page, box.caption
    line = [w for w in page.words if w.line == caption.line and w.box[0] >= caption.box[0]]
    # the box itself read as the line's last word ("... en France [x]", "étudiant(e) @",
    # form_ce's second run): the caption ends before it
    while len(line) > 1 and (
        _MARK.fullmatch(line[-1].text)
        or (len(line[-1].text) <= 4 and _FRAME_CHAR.search(line[-1].text))
    ):
        line.pop()
    end = max(w.box[2] for w in line) if line else caption.box[2]
    reach = round(RIGHT_REACH_MM / 25.4 * page.dpi)
    width = page.image.shape[1] if page.image is not None else end + reach
    x = min(width - 1, end + reach)
    probe = Word(caption.text, (x, caption.box[1], x + 1, caption.box[3]), caption.conf,
                 caption.line)  # fmt: skip
    measure = find_checkbox(page, probe, reach_mm=RIGHT_REACH_MM)
    return measure if measure is not None and measure.frame[0] >= end else None


def _begins_other(page: PageText, i: int, situation: str) -> bool:
    """Does the caption starting at word ``i`` begin as another situation's does? "Autre
    situation (étudiant, demandeur d'emploi, ...)" is the box of "autre", not of the job
    seekers its middle names."""
    line = page.words[i].line
    window = " ".join(fold_upper(w.text) for w in page.words[i : i + 8] if w.line == line)
    return any(rx.match(window) for s in situations() if s.id != situation for rx in s.captions)


COLUMN_GAP = 5.0
"""Boxes' left edges further apart than this many box widths stand in two columns."""


def _regular(boxes: list[Box]) -> list[Box]:
    """Section B's boxes are printed alike, in one column or two (a print run setting
    "étudiant", "sans activité" and "autre" in a right-hand column): a frame found much
    narrower, lower or elsewhere than the others of its column (a tick's stroke taken for
    the frame) is measured again where they say it stands."""
    measured = [b for b in boxes if b.measure is not None]
    frames = [b.measure.frame for b in measured if b.measure is not None]
    if len(measured) < 2 or (len(measured) == 2 and not _alike(*frames)):
        return measured
    w = statistics.median(f[2] - f[0] for f in frames)
    h = statistics.median(f[3] - f[1] for f in frames)
    # the columns: boxes' left edges more than a few boxes apart
    columns: list[list[tuple[int, Box]]] = []
    for left, b in sorted(((f[0], b) for f, b in zip(frames, measured, strict=True)),
                          key=lambda p: p[0]):  # fmt: skip
        if columns and left - columns[-1][-1][0] <= COLUMN_GAP * w:
            columns[-1].append((left, b))
        else:
            columns.append([(left, b)])
    # a lone frame far from the others is a column of none (a letter's loop beside a
    # caption found by a word of its middle, "... comme demandeur d'emploi", form_ap d016)
    columns = [c for c in columns if len(c) >= 2] or columns
    lefts = [statistics.median(left for left, _ in c) for c in columns]
    captions = [statistics.median(b.caption.box[0] for _, b in c) for c in columns]

    def regular(f: tuple[int, int, int, int] | None) -> bool:
        return (
            f is not None
            and abs((f[2] - f[0]) - w) <= 0.25 * w
            and abs((f[3] - f[1]) - h) <= 0.25 * h
            and min(abs(f[0] - x) for x in lefts) <= 0.5 * w
        )

    def taken_by_another(b: Box, f: tuple[int, int, int, int]) -> bool:
        """A word of another caption's line ("... salariée ou indépendante") leads to
        that caption's box: it is none of its own."""
        return any(
            o is not b and o.page is b.page and o.measure is not None
            and overlaps(o.measure.frame, f)
            for o in boxes
        )  # fmt: skip

    out = []
    for b in boxes:
        f = b.measure.frame if b.measure else None
        if regular(f):
            out.append(b)
            continue
        # a caption found by words of its middle ("sans activité"), the line sloping or
        # those words lower than its capitals: the box is the frame left of its column
        k = min(range(len(columns)), key=lambda k: abs(captions[k] - b.caption.box[0]))
        column, x = captions[k], lefts[k]
        at = (int(column), b.caption.box[1], int(column) + 1, b.caption.box[3])
        probe = find_checkbox(b.page, Word(b.caption.text, at, b.caption.conf, b.caption.line))
        if probe is not None and regular(probe.frame) and not taken_by_another(b, probe.frame):
            out.append(Box(b.situation, b.caption, b.page, probe))
            continue
        if f is None and abs(b.caption.box[0] - column) > 3 * w:
            continue  # the words of a caption in running text, not beside a box
        cy = (b.caption.box[1] + b.caption.box[3]) / 2
        frame = (int(x), int(cy - h / 2), int(x + w), int(cy + h / 2))
        ratio = box_ink(b.page.image, frame) if b.page.image is not None else None
        out.append(Box(b.situation, b.caption, b.page,
                       None if ratio is None else CheckboxMeasure(frame, ratio)))  # fmt: skip
    return out


def _alike(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Two frames of one size (within a quarter): two printed boxes, enough to place a
    third whose frame a tick's stroke hid (set_dg p02: a check mark leaving its box, the
    only box ticked, found by none)."""
    return all(
        abs(x - y) <= 0.25 * max(x, y)
        for x, y in ((a[2] - a[0], b[2] - b[0]), (a[3] - a[1], b[3] - b[1]))
    )


def ticked_boxes(boxes: Sequence[Box]) -> dict[str, bool]:
    """Each found box, ticked or not: by its own ink, or by standing out from the rest."""
    out: dict[str, bool] = {}
    ratios = {b.situation: b.measure.ratio for b in boxes if b.measure is not None}
    for sid, ratio in ratios.items():
        others = [r for k, r in ratios.items() if k != sid]
        stands_out = bool(others) and ratio >= WEAK_TICK and ratio >= STANDS_OUT * max(others)
        alone = len(others) >= 3 and ratio >= SMALL_TICK and max(others) <= CLEAN_BOX
        out[sid] = ratio >= CHECKBOX_MIN_INK or stands_out or alone
    if not any(out.values()):
        out.update(_pale_tick(boxes))
    return out


PALE_TICK_DARK = 0.8
"""A pen's mark in grey (a blue ballpoint photographed in grey light) may be this pale
(of the paper's grey), lighter than ``vision.ink.DARK``."""


def _pale_tick(boxes: Sequence[Box]) -> dict[str, bool]:
    """No box ticked as ink is judged: one box holding a pale mark while every other box
    of the section stays clean at that paleness is ticked (a uniform shadow would grey
    them all alike)."""
    pale = {
        b.situation: r
        for b in boxes
        if b.measure is not None
        and b.page.image is not None
        and (r := box_ink(b.page.image, b.measure.frame, PALE_TICK_DARK)) is not None
    }
    marked = [sid for sid, r in pale.items() if r >= CHECKBOX_MIN_INK]
    if len(pale) < 4 or len(marked) != 1:
        return {}
    if max(r for sid, r in pale.items() if sid != marked[0]) > CLEAN_BOX:
        return {}
    return {marked[0]: True}


def statuses_of(ticks: dict[str, bool]) -> dict[str, bool | None]:
    """Employed / not employed / other, from the boxes (None: no box of that kind found)."""
    out: dict[str, bool | None] = {s: None for s in STATUSES}
    by_id: dict[str, Situation] = {s.id: s for s in situations()}
    for sid, value in ticks.items():
        status = by_id[sid].status
        out[status] = bool(out[status]) or value
    return out


def chosen(ticks: dict[str, bool]) -> str | None:
    """The one ticked situation, or None (none, or several)."""
    picked = [sid for sid, t in ticks.items() if t]
    return picked[0] if len(picked) == 1 else None


_CONTRACT_LINE = re.compile(r"TYPE DE CONTRAT|CONTRAT\s*:")


def contract_type(pages: Sequence[PageText]) -> str | None:
    """The contract type: a ticked box left of "CDI", "CDD"... on the "Type de contrat" line,
    or the type written after the label."""
    kinds = contract_types()
    for page in pages:
        lines: dict[tuple[int, int, int], list[Word]] = {}
        for w in page.words:
            lines.setdefault(w.line, []).append(w)
        for words in lines.values():
            text = fold_upper(" ".join(w.text for w in words))
            if not _CONTRACT_LINE.search(text):
                continue
            measured = []
            for w in words:
                kind = next((k for k in kinds if fold_upper(w.text).strip(" :.,;[]|") == k), None)
                if kind is None:
                    continue
                m = find_checkbox(page, w, reach_mm=8.0)
                measured.append((kind, m.ratio if m else None))
            boxed = [(k, r) for k, r in measured if r is not None]
            if boxed:
                best = max(boxed, key=lambda kr: kr[1] or 0.0)
                if (best[1] or 0.0) >= WEAK_TICK:
                    return best[0]
                continue
            if len(measured) == 1:
                return measured[0][0]  # typed after the label, no boxes
            # several kinds and no box measured: the printed choices, none seen ticked
    return None
