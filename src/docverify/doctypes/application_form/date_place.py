"""Where section C's date is written: the "le" of "Fait à ... le" (``date_label``),
else "Fait à" or a word standing for them, and the zones right of the label or under its
cell's caption where the hand writes the date (``date_zones``). Reading those zones is
``date_zone``'s.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator, Sequence

from rapidfuzz.distance import Levenshtein

from docverify.doctypes.application_form.date_text import FORMAT_HINT, parse_written_date
from docverify.labels import lines_of_page
from docverify.model import PageText, Word
from docverify.values.names import fold_upper
from docverify.vision.boxes import framed_groups, mm_px
from docverify.vision.ink import find_frame

PRINTED_CONF = 60.0
"""A word read from this confidence on is printed, not a hand's noise."""

BOX_NOISE_CONF = 40.0
"""A word read below this confidence just before the date's boxes is a box read as noise."""

BOXES_MM = 60.0
"""How far right of a "le" the date's boxes are looked for."""

_LE_READS = ("LE", "LA", "IE", "1E", "|E", "LC", "TE", "E", "KE")
"""The "le" of "Fait à ... le" and its misreads."""


WIDE_MM = 170.0
"""How far right of "Fait à" the date's boxes may stand (the place written first)."""


def is_le(word: Word) -> bool:
    return fold_upper(word.text).strip(" :.,") in _LE_READS


def is_fait(word: str) -> bool:
    """ "Fait" or "Fait à" as read ("FAITA", "FALTA"); not the words "faite(s)" of a
    sentence ("s'applique aux réponses faites sur ce formulaire", page 1's notice: no
    date there).

    >>> is_fait("FAITA"), is_fait("FALTA"), is_fait("FAITE"), is_fait("FAITES")
    (True, True, False, False)
    """
    return word == "FAIT" or (
        len(word) >= 4 and Levenshtein.distance(word, "FAITA") <= 1 and word not in _FAITE
    )


_FAITE = ("FAITE", "FAITES")


def fait_at(folded: Sequence[str]) -> int | None:
    """Where a line's folded words hold "Fait" or "Fait à": a word read as ``is_fait``, or
    one a letter off "FAIT" followed by "à" ("Fat à Rennes le ...", form_bs d016).

    >>> fait_at(["FAT", "A", "RENNES", "LE"]), fait_at(["FAT", "RENNES"])
    (0, None)
    """
    for i, f in enumerate(folded):
        if is_fait(f):
            return i
        after = folded[i + 1] if i + 1 < len(folded) else ""
        if after in ("A", "À") and len(f) >= 3 and Levenshtein.distance(f, "FAIT") <= 1:
            return i
    return None


def _le_on_the_row(lines: Sequence[Sequence[Word]], fait: Word) -> Word | None:
    """A "le" right of ``fait`` whose middle lies within its row's height, give or take
    half of it (a photo's row rising to the right, form_bc d014)."""
    slack = (fait.box[3] - fait.box[1]) // 2
    top, bottom = fait.box[1] - slack, fait.box[3] + slack
    for line in lines:
        if any(w.box[2] < fait.box[0] for w in line):
            continue  # a line of text reaching left of "Fait": the one above or below
        for w in line:
            middle = (w.box[1] + w.box[3]) / 2
            if w.box[0] > fait.box[2] and top <= middle <= bottom and is_le(w):
                return w
    return None


def _words_left_of(lines: Sequence[Sequence[Word]], word: Word) -> bool:
    """Do words stand level with ``word``, left of it (its row read as other lines)?"""
    middle = (word.box[1] + word.box[3]) / 2
    return any(w.box[2] < word.box[0] and w.box[1] <= middle <= w.box[3]
               for line in lines for w in line)  # fmt: skip


def _le_on_fait_line(line: Sequence[Word], folded: Sequence[str], fait: int) -> int | None:
    """Which word of the "Fait à" line (``fait``: where "Fait" stands) is its "le": a "le"
    read as such before the date's digits, else one read as such, else a misread one (a
    hand's place may hold a look-alike: "Fait à NAN té EL le 22/10/2026", form_bv d008),
    the one before digits first; else a second "à" after the place, before the digits
    ("Fait à Lyon à 0 [Nrot6": the "le" read "à", set_cx p01)."""
    found = [k for k, f in enumerate(folded) if f in _LE_READS and k > 0]

    def dated(k: int) -> bool:
        return k + 1 < len(line) and any(c.isdigit() for c in line[k + 1].text)

    for good in (
        lambda k: folded[k] == "LE" and dated(k),
        lambda k: folded[k] == "LE",
        dated,
        lambda k: True,
    ):
        if chosen := [k for k in found if good(k)]:
            return chosen[0]
    after_place = [k for k in range(fait + 3, len(line)) if folded[k] in ("A", "À") and dated(k)]
    return after_place[0] if after_place else None


def date_label(page: PageText) -> Word | None:
    """The "le" of "Fait à ... le"; else, on a line of section C, a "le" as misread that
    stands before the date's digits or boxes ("rata Lyon e [03|11|2026]": "Fait à" lost);
    else "Fait à" itself."""
    lines = lines_of_page(page)
    fait: Word | None = None
    for line in lines:
        folded = [fold_upper(w.text).strip(" :.,") for w in line]
        if (i := fait_at(folded)) is None:
            continue
        if (k := _le_on_fait_line(line, folded, i)) is not None:
            return line[k]
        fait = line[i + 1] if i + 1 < len(line) and folded[i + 1] in ("A", "À") else line[i]
    # a text layer may give the row's far end a line of its own ("Fait à" ... "le", the
    # leaders between them blank): the "le" of the row, right of "Fait à"
    if fait is not None and (le := _le_on_the_row(lines, fait)) is not None:
        return le
    # "Fait à" read, its "le" lost in the hand's ink or the boxes ("Fait à Pads ee .",
    # "Faità | BOULOGNE | fajo]/[ua]/..."): the place and the date are both right of it
    if fait is not None:
        return fait
    section = list(_section_c(_top_down(lines)))
    for _k, line, _text in section:
        for i, w in enumerate(line[1:-1], start=1):
            after = line[i + 1].text
            boxed = any(c.isdigit() for c in after) or after[:1] in "[(|"
            # the boxes' handwriting read as letters ("le AL (2 [ez [6]"): boxes seen
            if is_le(w) and (boxed or bool(framed_groups(page, [w], BOXES_MM))):
                return w
    # "Fait" misread ("Patt PAR ee le") and the boxes after "le" not read at all: the
    # line's last word, when it is a "le" (the boxes are looked for right of it)
    for _k, line, _text in section:
        if len(line) >= 3 and is_le(line[-1]):
            return line[-1]
    # "Fait à" misread ("rata antes") and its row's "le" read as a line of its own: a
    # printed "LE" alone, level with words left of it (set_bh p04)
    for _k, line, _text in section:
        if (
            len(line) == 1
            and fold_upper(line[0].text).strip(" :.,") == "LE"
            and _words_left_of(lines, line[0])
        ):
            return line[0]
    # "le" lost too ("tua Pacis [eG] (ht 2,0)2/6]"): the word before the first box read
    # as a bracket, when digits follow in the boxes
    for _k, line, _text in section:
        for i, w in enumerate(line[1:], start=1):
            rest = "".join(x.text for x in line[i:])
            if w.text[:1] in "[|" and sum(c.isdigit() for c in rest) >= 2:
                # a digit before the bracket is the first box's, read apart ("1 [2161216]"),
                # and so is a word read as noise ("e COPE | 2121215)": "09" read "COPE")
                j = i - 1
                while j > 0 and (
                    re.fullmatch(r"[\d\[\]|]+", line[j].text) or line[j].conf < BOX_NOISE_CONF
                ):
                    j -= 1
                return line[j]
    # a whole date read on a line of section C, "Fait à ... le" lost before it ("ee ed -
    # 02/11/2026", form_ag d001): no label to measure from, the lines holding digits are
    # the date's zones (not the signature's line under it, taken for the date's line)
    legible = [text for _k, _line, text in section if not re.search(_LEGAL, text)]
    if any(parse_written_date(text)[0] is not None for text in legible):
        return None
    # nothing of "Fait à ... le" read ("rota MCE . CO"): the first word of section C's last
    # line before the signature box, where the official form prints it, when the date's
    # boxes or a bracket read from them stand right of it
    last = [line for _k, line, text in section if not re.search(_LEGAL, text)]
    if last and len(section) >= 2:
        line = last[-1]
        text = fold_upper(" ".join(w.text for w in line))
        # a printed word read (its first, "Fait" misread), not the certification's prose
        if len(line) >= 2 and line[0].conf >= PRINTED_CONF and not _SECTION_C.search(text):
            return line[0]
        # the whole row read as noise, the hand's place beside the print ("TE id IR ON
        # RETRO ip ...", set_be p02): eight boxes in a row on it are the date's, the word
        # before them stands for its "le"
        cells = framed_groups(page, [line[0]], WIDE_MM, 35.0)
        before = [w for w in line if cells and w.box[2] <= cells[0][0] + 2]
        if len(cells) == 8 and before:
            return before[-1]
    return None


_SECTION_C = re.compile(r"ENGAGEMENTS|CERTIFIE|\bFAIT\b|HONNEUR")

_AFTER_C = re.compile(r"PIECES JUSTIFICATIVES|RESERVE A L'?ORGANISME|^\s*SIGNATURE")


def _top_down(lines: list[list[Word]]) -> list[list[Word]]:
    return sorted(lines, key=lambda ln: min(w.box[1] for w in ln))


def _section_c(lines: list[list[Word]]) -> Iterator[tuple[int, list[Word], str]]:
    """The lines of section C, top to bottom (``lines`` sorted so), with their index and
    folded text: from its heading or certification to the signature box or what follows."""
    inside = False
    for k, line in enumerate(lines):
        text = fold_upper(" ".join(w.text for w in line))
        if _SECTION_C.search(text):
            inside = True
        elif inside and _AFTER_C.search(text):
            return
        if inside:
            yield k, line, text


INKY_LINE_CONF = 45.0
"""A line of section C read below this mean confidence is handwriting the page's read
turned to noise (the "Fait à ... le ..." line, its printed words lost with it)."""

HAND_RISE = 3
"""How many heights of the printed date label handwriting may rise above it."""

CELL_DEPTH = 4
"""How many printed lines' heights deep a cell captioned "le (JJ/MM/AAAA)" may be."""


def _caption(lines: Sequence[Sequence[Word]], label: Word) -> bool:
    """Is ``label`` the caption of a cell, nothing right of it on its line but the date's
    format ("le (JJ/MM/AAAA)", form_bc d003): the hand writes the date under it?"""
    for line in lines:
        if label in line:
            after = [w for w in line if w.box[0] > label.box[2]]
            return bool(after) and bool(
                FORMAT_HINT.fullmatch(fold_upper(" ".join(w.text for w in after)))
            )
    return False


def _cell_of(page: PageText, label: Word) -> tuple[int, int, int, int] | None:
    """The printed frame ``label`` captions from its top left corner ("le" in the corner
    of a box, the date written in it: form_bj d004) or from just over it, or None."""
    frame = find_frame(page, label, CELL_MM)
    if frame is None:
        return None
    x0, y0, x1, y1 = label.box
    # the caption starts on its line a little left of "à" ("Fait à")
    reach = mm_px(page.dpi, 8)
    x0 = min(
        (w.box[0] for w in page.words if w.line == label.line and 0 <= x0 - w.box[0] <= reach),
        default=x0,
    )
    top_left = frame[0] - 2 <= x0 <= frame[0] + mm_px(page.dpi, 6) and frame[1] - 2 <= y0
    if top_left and y1 <= frame[1] + mm_px(page.dpi, 6) and x1 < frame[2]:
        return frame
    # or the caption just over the frame's top left corner, the date written in the frame
    # under it (form_bq d020 and d032: small captions "Fait à" and "le" over two boxes)
    over = frame[0] - 2 <= x0 <= frame[0] + mm_px(page.dpi, 10) and x1 < frame[2]
    return frame if over and 0 <= frame[1] - y1 <= mm_px(page.dpi, 4) else None


CELL_MM = (15.0, 4.5)
"""The least frame (width, height) a date is written in."""


def _captions_right(lines: Sequence[Sequence[Word]], label: Word, h: int) -> Iterator[Word]:
    """Printed words (no digit, four letters or more) on the label's row, well right of
    it: another field's caption, no part of the date."""
    middle = (label.box[1] + label.box[3]) / 2
    for line in lines:
        for w in line:
            if (
                w.box[0] > label.box[2] + CAPTION_GAP * h
                and w.box[1] <= middle <= w.box[3] + h // 2
                and w.conf >= CAPTION_CONF
                and w.box[3] - w.box[1] <= 1.5 * h  # print's height, not a hand's
                and sum(c.isalpha() for c in w.text) >= 4
                and not any(c.isdigit() for c in w.text)
            ):
                yield w


CAPTION_CONF = 85.0
"""A caption right of the date is read this surely at least: the hand's date read as a
word ("LOTS" at 60 for a cursive "06/11/2026", form_au d001) is none."""

CAPTION_GAP = 6
"""Heights of the "le" between it and a printed caption right of the date (the date
written between them)."""


_LEGAL = r"ARTICLES?|\bL\. ?\d|CODE|\bLOI\b|REGLEMENT|INFORMATIQUE"


def date_zones(page: PageText, label: Word | None) -> list[tuple[int, int, int, int]]:
    """Where section C's date may be written: right of its label (``date_label``), else
    on the lines of section C holding digits (the label misread: "rata PARIS e 31/10/26")."""
    if page.image is None:
        return []
    width = page.image.shape[1]
    lines = _top_down(lines_of_page(page))
    if label is not None:
        _x0, y0, x1, y1 = label.box
        h = max(8, y1 - y0)
        # the label's own box may have taken in the handwriting beside it ("le" 56 pixels
        # tall on a page whose printed words are 36, set_aw p04): the page's print says
        # where the line above ends
        printed = [w.box[3] - w.box[1] for line in lines for w in line if w.conf >= PRINTED_CONF]
        line_h = min(h, int(statistics.median(printed))) if printed else h
        # handwriting rises well above the printed "le" on its line: the room up to the
        # printed line above (its words over the zone), at most HAND_RISE heights
        above = [
            w.box[3]
            for line in lines
            for w in line
            if w.box[3] < y0 - line_h // 2
            and w.box[2] > x1
            and w.box[0] < x1 + 40 * h
            and w.conf >= PRINTED_CONF  # printed words, not the handwriting read as noise
        ]
        top = max([y0 - HAND_RISE * h, *(b + 1 for b in above)])
        # right of "Fait à" the place comes first, then "le" and the date: the whole row
        right = min(width, x1 + 40 * h) if is_le(label) else width
        if is_le(label):
            # a printed caption further right on the row ("Signature" over its box, set_br
            # p03): the date stops before it
            right = min([right, *(w.box[0] - 2 for w in _captions_right(lines, label, h))])
        zones = [(x1 + 2, max(0, top), right, y1 + h)]
        cell = _cell_of(page, label)
        if is_le(label) and (cell or _caption(lines, label)):
            # "le (JJ/MM/AAAA)" printed at the top of its cell: the date is written under it
            below = [
                w.box[1] for line in lines for w in line
                if w.box[1] > y1 + line_h // 2 and w.box[2] > label.box[0]
                and w.box[0] < right and w.conf >= PRINTED_CONF
                and not any(c.isdigit() for c in w.text)  # the date itself, read
                and sum(c.isalpha() for c in w.text) >= 3  # a word, not a stroke ("X")
            ]  # fmt: skip
            # a caption is often smaller than the page's print: the depth counts in print
            body = int(statistics.median(printed)) if printed else h
            bottom = min([y1 + CELL_DEPTH * max(line_h, body), *(b - 1 for b in below)])
            left = max(0, label.box[0] - h // 3)
            top = y1 + 1
            if cell:  # "le" in the corner of its frame (form_bj d004), or over it: inside
                left, right, bottom = cell[0] + 3, cell[2] - 3, cell[3] - 3
                top = max(top, cell[1] + 3)
            zones.insert(0, (left, top, right, bottom))
        elif cell:
            # "Fait à" in the corner of its frame, the "le" beside it unread (form_bj d009):
            # the place and the date are written on the row under the captions
            zones.insert(0, (cell[0] + 3, y1 + 1, width, cell[3] - 3))
        return zones
    zones = []

    def zone(k: int, words: list[Word]) -> tuple[int, int, int, int]:
        # handwriting spills over its OCR box: the room between the printed lines
        top = min(w.box[1] for w in words)
        bottom = max(w.box[3] for w in words)
        pad = max(6, (bottom - top) // 2)
        above = max((w.box[3] for w in lines[k - 1]), default=0) if k else 0
        below = min(w.box[1] for w in lines[k + 1]) if k + 1 < len(lines) else bottom
        top = max(above + 1, top - 3 * pad)
        bottom = max(bottom + pad, min(below - 1, bottom + 3 * pad))
        return max(0, words[0].box[0] - 2 * pad), max(0, top), width, bottom

    for k, line, text in _section_c(lines):
        if re.search(_LEGAL, text):
            continue
        digits = [w for w in line if sum(c.isdigit() for c in w.text) >= 2]
        if (
            not digits
            and len(line) >= 2
            and statistics.fmean(w.conf for w in line) < INKY_LINE_CONF
        ):
            digits = line  # a line of handwriting read as noise ("ee | A eee VER")
        if digits:
            zones.append(zone(k, digits))
    return zones[:2]
