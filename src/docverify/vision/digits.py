"""A handwritten digit written alone in a box, read by a small network trained on digit shapes.

Tesseract reads a line of handwriting passably and a lone handwritten digit badly: on the
date-of-birth combs of the development forms it named 0.68 of the boxes right, one at a time.
The digits a hand writes one a box are a closed world of ten shapes, which a classifier of
their strokes tells apart far better (0.92 of the same boxes, never trained on them).

The shape is made independent of the pen: the ink is thinned to its skeleton and drawn again
at one width, centred by its mass in a 28-pixel square, then described by the directions of
its strokes (a histogram of oriented gradients) and a coarse picture of it. Both are
computed here in a few lines of NumPy (importing scikit-image for them cost every run a
quarter of a second). The network (one
hidden layer) and how it was trained are in ``data/handwritten_digits.npz``, made by
``scripts/train_digits.py`` from public material only (see its sources); no form of any test
set went into it.

Each digit's read carries its probability, and a date read whole the margin by which it
beats the next likeliest date: an unclear date lets OCR's reads decide.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import NamedTuple

import cv2
import numpy as np

SIZE = 28
"""Side of the square a digit is drawn in before it is described."""
SLASH = 10
"""The network's class for the slash written between a date's parts: a date written
freehand on a line is read with its slashes where they are (``line_date``)."""
CLEAR = float(np.log(20.0))
"""Log-odds by which a date must beat the next best for its read to be clear."""


class DateRead(NamedTuple):
    """A date read from handwritten digits: the likeliest date, and by how much (log-odds)
    it beats the next likeliest one (``CLEAR`` and more: a clear read)."""

    value: dt.date
    margin: float

    @property
    def clear(self) -> bool:
        return self.margin >= CLEAR


FAINT = 0.15
"""Share of the paper-to-ink contrast by which a pixel joined to sure ink is ink too."""
FAINT_GAIN = 2.3
"""Ink the faint look must see, times the sure look's, to be read too: 2.4 to 3.5 where the
sure look lost a stroke's pale side (a fine pen photographed); a stroke it merely thickens
(1.5 to 2.1 on clean scans and photos) it reads no better, at times worse (a 9 as a 7, as
a 1)."""


def glyph(cell: np.ndarray, faint: bool = False) -> np.ndarray | None:
    """The ink inside a box (grey page pixels, the box's sides included), as a mask cut to
    it; None when the box holds no writing (paper, or specks only). ``faint``: the pale
    side of a thin stroke kept where it joins sure ink (a fine pen, or a photo's blur,
    leaves a 0 one side dark and one pale), at the cost of a small loop filled in."""
    h, w = cell.shape[:2]
    inset = max(2, int(0.12 * min(h, w)))
    inside = cell[inset : h - inset, inset : w - inset]
    if inside.size == 0:
        return None
    paper = float(np.percentile(inside, 95))
    ink = float(np.percentile(inside, 1))
    if paper - ink < 40:  # no stroke darker than the paper's grain
        return None
    sure = inside < (paper + ink) / 2
    # faint: the ink by hysteresis, pale pixels kept where they join sure ones
    edge = paper - FAINT * (paper - ink) if faint else (paper + ink) / 2
    dark = (inside < edge).astype(np.uint8)
    # a box's rule cut into by a cell drawn a little off its box: a row or column dark
    # across the whole cell, margins included (a letter's bar stops short of the sides)
    whole = cell < (paper + ink) / 2
    dark[whole[inset : h - inset].mean(axis=1) >= 0.95, :] = 0
    dark[:, whole[:, inset : w - inset].mean(axis=0) >= 0.95] = 0
    _, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    least = max(4, int(0.002 * dark.size))
    inked = np.unique(labels[sure & (dark > 0)])
    keep = [i for i in inked if i and stats[i, cv2.CC_STAT_AREA] >= least]
    if keep:
        # a piece of the box's side or corner left in (small, against the inside's edge)
        most = max(stats[i, cv2.CC_STAT_AREA] for i in keep)
        keep = [i for i in keep if not (_at_edge(stats[i], dark.shape)
                                        and stats[i, cv2.CC_STAT_AREA] < 0.3 * most)]  # fmt: skip
    if not keep:
        return None
    mask = np.isin(labels, keep)
    ys, xs = np.nonzero(mask)
    return mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def _at_edge(stat: np.ndarray, shape: tuple[int, ...]) -> bool:
    x, y, w, h = (int(v) for v in stat[:4])
    return x == 0 or y == 0 or x + w >= shape[1] or y + h >= shape[0]


def features(mask: np.ndarray) -> np.ndarray:
    """What the network sees of a digit's mask: its height to width, the directions of its
    strokes and a 14x14 picture, once drawn again at one pen width."""
    h, w = mask.shape
    scale = 40 / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    big = cv2.resize(mask.astype(np.uint8) * 255, size, interpolation=cv2.INTER_AREA) > 100
    if not big.any():
        big = np.ones((2, 2), dtype=bool)
    bones = thinned(big)
    ys, xs = np.nonzero(bones)
    square = _centred(bones[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1])
    square = cv2.dilate((square > 0.05).astype(np.uint8), np.ones((2, 2), np.uint8))
    square = cv2.GaussianBlur(square.astype(np.float32), (3, 3), 0.8)
    aspect = min(4.0, h / max(1, w))
    picture = cv2.resize(square, (14, 14), interpolation=cv2.INTER_AREA).ravel() * 0.3
    return np.r_[[aspect, aspect], strokes(square), picture].astype(np.float32)


def thinned(mask: np.ndarray) -> np.ndarray:
    """The mask thinned to lines one pixel wide (Zhang and Suen's thinning, 1984): its
    skeleton, whatever the pen's width.

    >>> bar = np.zeros((9, 40), bool); bar[2:7, 2:38] = True  # a stroke five pixels wide
    >>> line = thinned(bar)
    >>> int(line.sum(axis=0).max()), int(line.any(axis=0).sum()) >= 30
    (1, True)
    """
    image = np.pad(mask.astype(np.uint8), 1)
    while True:
        changed = False
        for step in (0, 1):
            # the eight neighbours, clockwise from the one above
            n = [np.roll(np.roll(image, -dy, 0), -dx, 1) for dy, dx in
                 ((-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1))]  # fmt: skip
            count = sum(n)
            turns = sum((n[i] == 0) & (n[(i + 1) % 8] == 1) for i in range(8))
            if step == 0:
                far = (n[0] * n[2] * n[4] == 0) & (n[2] * n[4] * n[6] == 0)
            else:
                far = (n[0] * n[2] * n[6] == 0) & (n[0] * n[4] * n[6] == 0)
            gone = (image == 1) & (count >= 2) & (count <= 6) & (turns == 1) & far
            if gone.any():
                image[gone] = 0
                changed = True
        if not changed:
            return image[1:-1, 1:-1].astype(bool)


CELL = 7
"""Side of the cells whose stroke directions are counted (a 28-pixel square: 4 x 4)."""
BINS = 9
"""Stroke directions told apart (0 to 180 degrees)."""


def strokes(square: np.ndarray) -> np.ndarray:
    """The directions of a picture's strokes (a histogram of oriented gradients, Dalal and
    Triggs 2005): in each ``CELL`` square, the gradient's strength per direction, and the
    counts of each 2 x 2 block of cells normalised together (L2, clipped at 0.2, again)."""
    gx = np.zeros_like(square)
    gy = np.zeros_like(square)
    gx[:, 1:-1] = square[:, 2:] - square[:, :-2]
    gy[1:-1, :] = square[2:, :] - square[:-2, :]
    strength = np.hypot(gx, gy)
    direction = (np.rad2deg(np.arctan2(gy, gx)) % 180.0) // (180.0 / BINS)
    direction = np.minimum(direction, BINS - 1).astype(int)
    cells = square.shape[0] // CELL
    counts = np.zeros((cells, cells, BINS))
    for i in range(cells):
        for j in range(cells):
            part = (slice(i * CELL, (i + 1) * CELL), slice(j * CELL, (j + 1) * CELL))
            counts[i, j] = np.bincount(
                direction[part].ravel(), strength[part].ravel(), minlength=BINS
            )
    blocks = []
    for i in range(cells - 1):
        for j in range(cells - 1):
            block = counts[i : i + 2, j : j + 2].ravel()
            block = np.minimum(block / np.sqrt((block**2).sum() + 1e-10), 0.2)
            blocks.append(block / np.sqrt((block**2).sum() + 1e-10))
    return np.concatenate(blocks)


def _centred(mask: np.ndarray, box: int = 20) -> np.ndarray:
    """The mask scaled to fit ``box`` pixels and set in the ``SIZE`` square with its centre
    of mass in the middle (as MNIST sets its digits)."""
    h, w = mask.shape
    scale = box / max(h, w)
    small = cv2.resize(
        mask.astype(np.float32),
        (max(1, round(w * scale)), max(1, round(h * scale))),
        interpolation=cv2.INTER_AREA,
    )
    square = np.zeros((SIZE, SIZE), np.float32)
    y0, x0 = (SIZE - small.shape[0]) // 2, (SIZE - small.shape[1]) // 2
    square[y0 : y0 + small.shape[0], x0 : x0 + small.shape[1]] = small
    m = cv2.moments(square)
    if m["m00"] > 0:
        dx, dy = SIZE / 2 - m["m10"] / m["m00"], SIZE / 2 - m["m01"] / m["m00"]
        shift = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
        return np.asarray(cv2.warpAffine(square, shift, (SIZE, SIZE)), np.float32)
    return square


class Network(NamedTuple):
    mean: np.ndarray
    scale: np.ndarray
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    classes: str
    """What each output column stands for."""


DIGITS_NETWORK = "handwritten_digits.npz"


@cache
def network(resource: str = DIGITS_NETWORK) -> Network:
    """A character network of ``data/`` (see ``scripts/train_digits.py``)."""
    with resources.files("docverify.data").joinpath(resource).open("rb") as f:
        data = np.load(f)
        layers = int(data["layers"])
        return Network(
            data["mean"],
            data["scale"],
            tuple(data[f"w{i}"] for i in range(layers)),
            tuple(data[f"b{i}"] for i in range(layers)),
            "".join(str(c) for c in data["classes"]) if "classes" in data else "0123456789/",
        )


def probabilities(rows: np.ndarray, resource: str = DIGITS_NETWORK) -> np.ndarray:
    """The network's probability of each class (columns; 0-9 for the digits) for each row
    of features."""
    net = network(resource)
    x = (rows - net.mean) / net.scale
    for i, (w, b) in enumerate(zip(net.weights, net.biases, strict=True)):
        x = x @ w + b
        if i < len(net.weights) - 1:
            x = np.maximum(x, 0.0)
    x = np.exp(x - x.max(axis=1, keepdims=True))
    return np.asarray(x / x.sum(axis=1, keepdims=True))


def digit_probabilities(masks: Sequence[np.ndarray | None]) -> np.ndarray | None:
    """Each character's probabilities of the ten digits (rows), None when one is missing."""
    if not masks or any(m is None for m in masks):
        return None
    p = probabilities(np.vstack([features(m) for m in masks if m is not None]))[:, :SLASH]
    return np.asarray(p / p.sum(axis=1, keepdims=True))


def _calendar(first: dt.date, last: dt.date) -> tuple[np.ndarray, np.ndarray]:
    """Every day from ``first`` to ``last`` and its digits as written DDMMYYYY."""
    days = np.arange(np.datetime64(first), np.datetime64(last) + 1)
    months = days.astype("datetime64[M]")
    years = months.astype("datetime64[Y]").astype(int) + 1970
    month = months.astype(int) % 12 + 1
    day = (days - months).astype(int) + 1
    digits = np.stack(
        [day // 10, day % 10, month // 10, month % 10,
         years // 1000, years // 100 % 10, years // 10 % 10, years % 10],
        axis=1,
    )  # fmt: skip
    return days, digits


def _scores(
    p: np.ndarray, digits: np.ndarray, layout: Sequence[int] = tuple(range(8))
) -> np.ndarray:
    """Each day's log-likelihood (its DDMMYYYY ``digits``) under the boxes' digit
    probabilities ``p``, box ``i`` holding digit ``layout[i]`` of DDMMYYYY."""
    logp = np.log(np.clip(p, 1e-9, 1.0))
    return logp[np.arange(len(layout))[None, :], digits[:, list(layout)]].sum(axis=1)


def likeliest_date(
    p: np.ndarray, first: dt.date, last: dt.date, layout: Sequence[int] = tuple(range(8))
) -> DateRead | None:
    """The date between ``first`` and ``last`` that the boxes' digit probabilities ``p``
    make likeliest, each box of ``layout`` naming which of DDMMYYYY's digits it holds: a
    date is read whole, so a day 39 or a month 17 is never one (a doubtful 3 in a day's
    tens is a 0, 1 or 2 by the date's own rules).

    >>> p = np.full((8, 10), 0.01)
    >>> for i, d in enumerate("19061988"): p[i, int(d)] = 0.91
    >>> likeliest_date(p, dt.date(1900, 1, 1), dt.date(2026, 12, 1)).value
    datetime.date(1988, 6, 19)
    """
    days, digits = _calendar(first, last)
    scores = _scores(p, digits, layout)
    if scores.size == 0:
        return None
    order = np.argsort(scores)[::-1][:2]
    best = days[order[0]].astype(dt.date)
    margin = float(scores[order[0]] - scores[order[1]]) if order.size > 1 else CLEAR
    return DateRead(best, margin)


MONTH_FIRST = (2, 3, 0, 1, 4, 5, 6, 7)
"""Which of DDMMYYYY's digits each box of a date written month first (MMDDYYYY) holds."""


def month_first_date(p: np.ndarray, first: dt.date, last: dt.date) -> DateRead | None:
    """The date between ``first`` and ``last`` read month first (a US "11/19/2026") that
    the digit probabilities ``p`` of eight boxes make likeliest, among the days after the
    12th (no other day tells a month-first date from a day-first one), with by how much it
    beats the likeliest date read day first; None when it does not.

    >>> p = np.full((8, 10), 0.01)
    >>> for i, d in enumerate("11192026"): p[i, int(d)] = 0.91
    >>> p[2, 6], p[2, 0] = 0.5, 0.3  # the 1 of "19" looks like a 6, a little like a 0
    >>> read = month_first_date(p, dt.date(2025, 1, 1), dt.date(2027, 12, 31))
    >>> read.value, read.margin > 0
    (datetime.date(2026, 11, 19), True)
    """
    days, digits = _calendar(first, last)
    late = (digits[:, 0] * 10 + digits[:, 1]) > 12
    if not late.any():
        return None
    day_first = _scores(p, digits).max()
    scores = _scores(p, digits[late], MONTH_FIRST)
    k = int(np.argmax(scores))
    margin = float(scores[k] - day_first)
    return DateRead(days[late][k].astype(dt.date), margin) if margin > 0 else None


def boxed_date(
    cells: Sequence[np.ndarray], first: dt.date, last: dt.date, votes: Sequence[str] = ()
) -> DateRead | None:
    """The date written a digit a box in eight boxes (JJ MM AAAA), read whole; None unless
    each box holds a character, but for a day's or a month's tens left blank ("_7" for
    July: a 0 not written). ``votes``: other reads of the eight digits (OCR's, DDMMYYYY),
    each adding its weight to the digit it puts in each box."""
    looks = [[glyph(c, faint=True) for c in cells]]
    return written_digits_date([glyph(c) for c in cells], first, last, votes, looks)


UNWRITTEN_ZERO = (0, 2)
"""Boxes of DDMMYYYY a hand may leave blank for a 0: the tens of the day and the month."""


OCR_VOTE = 4.0
"""How much likelier one OCR read that puts a digit in a box makes it (two agreeing reads
outweigh a network 16 to 1 sure of another digit)."""


def written_digits_date(
    masks: Sequence[np.ndarray | None],
    first: dt.date,
    last: dt.date,
    votes: Sequence[str] = (),
    looks: Sequence[Sequence[np.ndarray | None]] = (),
) -> DateRead | None:
    """The date that eight handwritten characters (DDMMYYYY, each an ink mask, None for a
    blank) make likeliest, read whole, other reads of the eight digits (``votes``) weighing
    in; None unless there are eight. ``looks``: the same characters' ink seen otherwise
    (``glyph(cell, faint=True)``): where a look sees ``FAINT_GAIN`` times the ink, the
    first look lost part of the strokes, and the digit's probabilities are the mean of
    both looks' (each loses what the other keeps)."""
    if len(masks) != 8 or any(m is None for i, m in enumerate(masks) if i not in UNWRITTEN_ZERO):
        return None
    inked = [i for i, m in enumerate(masks) if m is not None]
    p = np.zeros((8, SLASH))
    p[[i for i, m in enumerate(masks) if m is None], 0] = 1.0
    found = digit_probabilities([masks[i] for i in inked])
    if found is None:
        return None
    for look in looks:
        gained = [
            k for k, i in enumerate(inked)
            if len(look) == 8 and (m := look[i]) is not None
            and m.sum() >= FAINT_GAIN * np.asarray(masks[i]).sum()
        ]  # fmt: skip
        seen = digit_probabilities([look[inked[k]] for k in gained]) if gained else None
        if seen is not None:
            found[gained] = (found[gained] + seen) / 2
    p[inked] = found
    for vote in votes:
        if len(vote) == 8 and vote.isdigit():
            p[np.arange(8), [int(c) for c in vote]] *= OCR_VOTE
    p /= p.sum(axis=1, keepdims=True)
    return likeliest_date(p, first, last)


def glyphs(ink: np.ndarray) -> list[np.ndarray]:
    """The characters of a line of handwriting (black on white, cut to its ink), left to
    right: its pieces of ink, those standing over one another joined (a 5's flag, a 7's
    bar), without a box's side left at either end. Characters written a box each stand
    apart; a freehand line's may touch ("1/" one piece), and then they are fewer."""
    dark = (ink < 128).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    height = ink.shape[0]
    pieces = sorted(
        (int(stats[i, 0]), int(stats[i, 0] + stats[i, 2]), i)
        for i in range(1, n)
        if stats[i, cv2.CC_STAT_HEIGHT] >= 0.25 * height
    )
    joined: list[tuple[int, int, list[int]]] = []
    for x0, x1, i in pieces:
        if joined:
            px0, px1, ids = joined[-1]
            if min(x1, px1) - max(x0, px0) >= 0.5 * min(x1 - x0, px1 - px0):
                joined[-1] = (min(x0, px0), max(x1, px1), [*ids, i])
                continue
        joined.append((x0, x1, [i]))
    out = []
    for _x0, _x1, ids in joined:
        mask = np.isin(labels, ids)
        ys, xs = np.nonzero(mask)
        out.append(mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1])
    return _without_frame(out)


class LineDate(NamedTuple):
    """A date written freehand on a line, read a character at a time: what the reader
    names each character (``said``, "28/10/2026"; "13112026" when the parts are set
    apart by dots, dashes or spaces, too low to be characters) and the ten digits'
    probabilities of each of the date's eight digits (rows)."""

    said: str
    p: np.ndarray

    @property
    def digits(self) -> str:
        return self.said.replace("/", "")


def line_date(ink: np.ndarray) -> LineDate | None:
    """The date written freehand in ``ink`` (a line of handwriting, black on white, cut to
    its ink) read a character at a time: as ten characters with slashes third and sixth
    ("28/10/2026", slashes and digits written touching parted, ``characters``), else as
    eight digits once any slash is left out ("09.11.2026", "13-11-2026"); None when it
    holds more characters than that."""
    chars = glyphs(ink)
    if not chars or len(chars) > 10:
        return None
    ten = characters(chars, 10)
    if ten is not None:
        p = probabilities(np.vstack([features(c) for c in ten]))
        named = p.argmax(axis=1)
        # the slashes third and sixth: named so, or (ten characters written, one pair
        # touching at most) each at least likely, a hand's slash as upright as its 1s
        slashes = (named[2] == SLASH and named[5] == SLASH) or (
            len(chars) >= 9 and min(p[2, SLASH], p[5, SLASH]) >= SLASH_LIKELY
        )
        if slashes:
            rows = [i for i in range(10) if i not in (2, 5)]
            if all(named[i] != SLASH for i in rows):
                return _line_read(p[rows], "{}{}/{}{}/{}{}{}{}")
    named = probabilities(np.vstack([features(c) for c in chars])).argmax(axis=1)
    eight = characters([c for c, k in zip(chars, named, strict=True) if k != SLASH], 8)
    if eight is None:
        return None
    return _line_read(probabilities(np.vstack([features(c) for c in eight])), "{}" * 8)


SLASH_LIKELY = 0.25
"""How likely a slash a character where a date's slash stands must be to be taken for
one (set_bl p02: "19/11/2026", its first slash named a 1 at 0.55, a slash at 0.43)."""


def _line_read(p: np.ndarray, layout: str) -> LineDate:
    digits = p[:, :SLASH] / p[:, :SLASH].sum(axis=1, keepdims=True)
    return LineDate(layout.format(*(int(k) for k in digits.argmax(axis=1))), digits)


def characters(chars: Sequence[np.ndarray], count: int) -> list[np.ndarray] | None:
    """``count`` characters from pieces of ink (``glyphs``) holding them, those written
    touching ("2026" as "20" and "26") parted: the widest piece for its count, again and
    again, until there are ``count``; None when there are more pieces than that."""
    if not chars or len(chars) > count:
        return None
    parts = [1] * len(chars)
    for _ in range(count - len(chars)):
        widest = max(range(len(chars)), key=lambda i: chars[i].shape[1] / parts[i])
        parts[widest] += 1
    out = [piece for c, n in zip(chars, parts, strict=True) for piece in parted(c, n)]
    return out if len(out) == count else None


def parted(mask: np.ndarray, n: int) -> list[np.ndarray]:
    """A piece of ink holding ``n`` characters written touching, cut into ``n`` where the
    ink is thinnest near each even share of its width (each part cut to its own ink).

    >>> two = np.zeros((10, 20), bool); two[:, 1:8] = True; two[:, 12:19] = True
    >>> two[4:6, 8:12] = True  # joined by a thin stroke: cut at its first column
    >>> [p.shape for p in parted(two, 2)]
    [(10, 7), (10, 11)]
    """
    if n <= 1:
        return [mask]
    width = mask.shape[1]
    ink = mask.sum(axis=0)
    share = width / n
    reach = max(1, int(0.3 * share))
    cuts = []
    for k in range(1, n):
        lo, hi = max(1, int(k * share) - reach), min(width - 1, int(k * share) + reach)
        cuts.append(lo + int(np.argmin(ink[lo:hi])) if hi > lo else int(k * share))
    out = []
    for a, b in itertools.pairwise([0, *cuts, width]):
        part = mask[:, a:b]
        ys, xs = np.nonzero(part)
        if ys.size:
            out.append(part[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1])
    return out


def _without_frame(chars: list[np.ndarray]) -> list[np.ndarray]:
    """The characters without the side of the box they are written in, left in at either
    end: a straight, thin upright stroke taller than the writing beside it."""
    if len(chars) < 3:
        return chars
    tall = float(np.median([c.shape[0] for c in chars]))

    def side(c: np.ndarray) -> bool:
        return c.shape[0] >= 1.08 * tall and c.shape[1] <= max(3, 0.12 * c.shape[0])

    while len(chars) >= 3 and side(chars[0]):
        chars = chars[1:]
    while len(chars) >= 3 and side(chars[-1]):
        chars = chars[:-1]
    return chars
