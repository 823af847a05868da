"""Lines of a page that tesseract read with doubt, read again by PP-OCR.

Tesseract reads print well and a hand poorly: on a handwritten attestation "ma nièce
Madame Roseline Nadège JEAN-LOUIS, née le 23/07/1988 à Port-au-Prince" comes out "ma
nièce Malame Roseline Nadeae JEN-LOU, née le 23/97/1968 2% Podt-nu-Prince". PP-OCR's
recogniser (``docverify.ppocr``) reads the same lines, cut out one at a time, almost as
written. A line tesseract read with doubt (its words' mean confidence under
``DOUBTFUL``, most of them under ``CONFIDENT``) is read again whole; where PP-OCR is sure
of it (``SURE``), its words take the place of tesseract's, and a word both read alike
keeps tesseract's box (a label's place on the page is measured on it).

The page's own reading (and its cache) is tesseract's; this is done after it, each
line's read cached by its pixels like every zone read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from docverify import ppocr
from docverify.labels import is_label_text
from docverify.model import Word
from docverify.values.names import fold_upper

DOUBTFUL = 85.0
"""Mean word confidence (tesseract's, 0-100) under which a line is read again."""
CONFIDENT = 85.0
"""A word tesseract read less confidently than this is doubtful."""
SURE = 0.9
"""PP-OCR's confidence in a line from which its words replace tesseract's doubtful ones."""
HAND_CONF = 80.0
"""The confidence a word PP-OCR read on a sure line is given: above the doubtful words it
replaces, under a reliable read (``evidence.RELIABLE``): a hand's word read by one engine
is a read to check, never a verdict's ground (set_by p02: a looping "Rami AL HASSAN"
read "Phami AL KCALLAN", 0.93 sure, made the attestation another person's)."""


def reread_doubtful_lines(
    image: np.ndarray | None,
    words: Sequence[Word],
    sure: float = SURE,
    conf: float = HAND_CONF,
) -> tuple[Word, ...]:
    """The page's words with its doubtful lines read again by PP-OCR (see the module),
    each kept when PP-OCR is ``sure`` of it, its new words given the confidence ``conf``."""
    if image is None or not words:
        return tuple(words)
    lines: dict[tuple[int, int, int], list[Word]] = defaultdict(list)
    for w in words:
        lines[w.line].append(w)
    out: list[Word] = []
    for key, line in lines.items():
        mean = sum(w.conf for w in line) / len(line)
        doubtful = sum(w.conf < CONFIDENT for w in line)
        if any("<<" in w.text for w in line):
            out.extend(line)  # an MRZ's line: its own reader (vision.mrz) checks its digits
            continue
        # most of its words doubtful: a printed line with a box or a speck read as a
        # doubtful scrap ("wa Vous êtes étudiant(e)", a ticked box) is left as it is
        if mean < DOUBTFUL and 2 * doubtful >= len(line):
            out.extend(_reread(image, key, line, sure, conf))
        else:
            out.extend(line)
    return tuple(out)


TALL = 1.6
"""A line's words spanning this many times their own height span the lines above and
below too (a word's box grown over them)."""


def _band(line: Sequence[Word]) -> tuple[int, int]:
    """The top and bottom of a line: its words' together, unless some word's box runs over
    the lines above or below (a hand's "à" boxed with the line above, set_bd p02's
    attestation, its crop three lines tall and read as nothing): then the band its words'
    middles and usual height make.

    >>> from docverify.model import Word
    >>> ws = [Word("a", (0, 0, 10, 100), 60.0, (1, 1, 1)), *(
    ...     Word("mot", (20 * k, 60, 20 * k + 15, 90), 60.0, (1, 1, 1)) for k in (1, 2, 3))]
    >>> _band(ws), _band(ws[1:])
    ((60, 90), (60, 90))
    """
    y0 = min(w.box[1] for w in line)
    y1 = max(w.box[3] for w in line)
    height = float(np.median([w.box[3] - w.box[1] for w in line]))
    if y1 - y0 <= TALL * height:
        return y0, y1
    middle = float(np.median([(w.box[1] + w.box[3]) / 2 for w in line]))
    return max(y0, round(middle - height / 2)), min(y1, round(middle + height / 2))


def _reread(
    image: np.ndarray, key: tuple[int, int, int], line: list[Word], sure: float, conf: float
) -> list[Word]:
    x0 = min(w.box[0] for w in line)
    x1 = max(w.box[2] for w in line)
    y0, y1 = _band(line)
    h = y1 - y0
    if h < 8 or x1 - x0 < 2 * h or h > image.shape[0] // 2:  # no line, a block
        return line
    # a margin of a quarter of its height round the line (a hand's letters overrun the
    # boxes tesseract gives; more takes in the rules of lined paper)
    m = max(2, h // 4)
    top = max(0, y0 - m)
    x0, x1 = _ink_run(image[top : y1 + m], x0, x1, h)
    left = max(0, x0 - m)
    crop = image[top : y1 + m, left : x1 + m]
    spans, confidence = ppocr.read_line_words(crop)
    if confidence < sure or not spans or ppocr.foreign(" ".join(t for t, _, _ in spans)):
        return line
    labels = _label_words(line)
    out = list(labels)
    for text, a, b in spans:
        word = _beside_labels(text, (left + a, left + b), labels)
        if word is None:
            continue
        text, span = word
        # where tesseract read the same word, its box is kept; else where PP-OCR's
        # characters stand
        same = [w for w in line if _overlap(span, (w.box[0], w.box[2])) and _same(w.text, text)]
        if same:
            out.append(same[0])
        else:
            rows = _ink_rows(image[top : y1 + m, span[0] : span[1]])
            height = (top + rows[0], top + rows[1]) if rows else (y0, y1)
            out.append(Word(text, (span[0], height[0], span[1], height[1]), conf, key))
    # and what tesseract read where PP-OCR read nothing (a box's frame, a mark)
    out += [w for w in line if not any(_overlap(n.box[::2], w.box[::2]) for n in out)]
    return sorted(set(out), key=lambda w: w.box[0])


def _ink_run(band: np.ndarray, x0: int, x1: int, gap: int) -> tuple[int, int]:
    """The line's span widened to the ink that runs on from it along its band (gaps under
    ``gap`` pixels): tesseract may give a line that starts mid-name ("... Copy" for a
    banking app's "Rafael Henrique Dos Santos Oliveira"), and PP-OCR must see it whole.

    >>> band = np.full((20, 300), 255, np.uint8); band[5:15, 40:200] = 0
    >>> _ink_run(band, 120, 190, 10)
    (40, 200)
    """
    grey = band if band.ndim == 2 else band.mean(axis=2)
    paper = float(np.percentile(grey, 90))
    cols = np.flatnonzero((grey < 0.6 * paper).any(axis=0))
    if not cols.size:
        return x0, x1
    breaks = np.flatnonzero(np.diff(cols) > gap)
    for run in np.split(cols, breaks + 1):
        if run[0] <= x1 and run[-1] >= x0:
            x0, x1 = min(x0, int(run[0])), max(x1, int(run[-1]) + 1)
    return x0, x1


def _ink_rows(zone: np.ndarray) -> tuple[int, int] | None:
    """The first and last rows of a word's ink (its box as tesseract would give it: a
    line's box stands as high as its tallest neighbour, and a label printed close above
    the word would seem beside it).

    >>> zone = np.full((40, 30), 255, np.uint8); zone[0:6, :] = 0; zone[12:35, 5:25] = 0
    >>> _ink_rows(zone)
    (12, 35)
    """
    if zone.size == 0:
        return None
    grey = zone if zone.ndim == 2 else zone.mean(axis=2)
    ink = (grey < 0.6 * float(np.percentile(grey, 90))).sum(axis=1)
    rows = np.flatnonzero(ink)
    if not rows.size:
        return None
    # the rows' runs parted by blank rows: the word is the run with the most ink (the
    # foot of a label printed just above is another)
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    best = max(runs, key=lambda r: int(ink[r].sum()))
    return int(best[0]), int(best[-1]) + 1


def _label_words(line: Sequence[Word]) -> list[Word]:
    """The words of a line that print a field's label, kept as tesseract read them (a
    field is found by its label's place): the line's first words as long as they make a
    label ("Nom de naissance"), and any word that is a label alone ("Commune")."""
    ordered = sorted(line, key=lambda w: w.box[0])
    lead = 0
    for n in range(1, len(ordered) + 1):
        if any(c.isdigit() for c in ordered[n - 1].text):
            break  # a label's item numbers aside, digits are a value ("née le 23/07/1988")
        if is_label_text(" ".join(w.text for w in ordered[:n])):
            lead = n
    return [
        w for i, w in enumerate(ordered)
        if w.conf >= LABEL_CONF and (i < lead or is_label_text(w.text))
    ]  # fmt: skip


LABEL_CONF = 50.0
"""Tesseract's confidence from which a label's word is kept as it read it."""


def _beside_labels(
    text: str, span: tuple[int, int], labels: Sequence[Word]
) -> tuple[str, tuple[int, int]] | None:
    """A word of PP-OCR's where the line's labels leave room for it: none where it reads a
    label again; what follows the label when it runs on from it ("Prénom(s)GRACE": GRACE);
    set right of the label when it overlaps its end (PP-OCR's places are a few pixels
    out); kept as it is elsewhere.

    >>> label = Word("Prénom(s)", (100, 10, 300, 40), 90.0, (1, 1, 1))
    >>> _beside_labels("Prénom(s)GRACE", (98, 420), [label])
    ('GRACE', (302, 420))
    >>> _beside_labels("Prenom(s)", (95, 290), [label]) is None
    True
    >>> _beside_labels("MARIE", (280, 420), [label])
    ('MARIE', (302, 420))

    A word whose end a label's start overlaps ("héberger à", the "à" read alone a label,
    set_bx p02) ends before it:

    >>> _beside_labels("heberger", (712, 824), [Word("a", (820, 10, 830, 40), 91.0, (1, 1, 1))])
    ('heberger', (712, 818))
    """
    for label in labels:
        lx0, lx1 = label.box[0], label.box[2]
        if span[1] <= lx0 or span[0] >= lx1:
            continue
        folded, printed = fold_upper(text), fold_upper(label.text)
        if folded.startswith(printed.rstrip(":_.")):
            rest = text[len(printed.rstrip(":_.")) :].lstrip(":_. ")
            return (rest, (lx1 + 2, span[1])) if rest and span[1] > lx1 + 2 else None
        if min(span[1], lx1) - max(span[0], lx0) > (span[1] - span[0]) / 2:
            return None  # mostly over the label: a misread of it
        if span[0] < lx0:  # the label lies at its end: the word ends before it
            return text, (span[0], max(span[0] + 1, lx0 - 2))
        return text, (lx1 + 2, span[1])
    return text, span


def _same(a: str, b: str) -> bool:
    """Are two reads of a word the same word, case and accents aside?

    >>> _same("Né(e)", "ne(e)"), _same("Malame", "Madame")
    (True, False)
    """
    return fold_upper(a) == fold_upper(b)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two spans share more than a third of the narrower one?

    >>> _overlap((0, 100), (90, 200)), _overlap((0, 100), (50, 120))
    (False, True)
    """
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > min(a[1] - a[0], b[1] - b[0]) / 3
