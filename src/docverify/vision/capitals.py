"""A name written one capital a box, read box by box by a small network trained on letter
shapes, and weighed against tesseract's reads of the same word.

Tesseract reads a word of handwritten capitals as a word, guessing from its language model
where a letter is unclear ("KOLASAI" for KOUASSI, "AMINAXA" for AMINATA) and reading the
sides of empty boxes as more letters. One box holds one letter: the network (the features of
``vision.digits``, trained by ``scripts/train_capitals.py`` on the capitals and small
letters of Debian's handwriting and print fonts, no test form) gives each box a probability
for each letter, and each OCR read of the word as long as the word has boxes adds its vote
to the letter it puts in that box. The letter with the most weight wins, box by box; a box
whose winner is unsure makes the whole word unsure, so the caller can let other reads
decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from docverify.values.names import fold_upper
from docverify.vision.digits import features, network, probabilities

CAPITALS_NETWORK = "handwritten_capitals.npz"
APOSTROPHE_HEIGHT = 0.6
"""An apostrophe is a mark at most this share of the word's letters' height (a hand's
comma-like stroke reaches half a capital's height or a little more: form_bs d012's O'CONNOR)."""
OCR_VOTE = float(np.log(4.0))
"""What one OCR read putting a letter in a box weighs, in log-odds: two reads that agree
outweigh a network fairly sure of another letter (16 to 1)."""
SURE = 0.3
"""A box's letter is sure enough to be taken when it takes this share of the weight (on
the development forms' name combs, words read with every box at 0.3 or more were right 0.75
of the time, against 0.46 for the vote of OCR's reads alone)."""


class HandWord(NamedTuple):
    """A word read box by box: its letters and the least sure box's share of the weight."""

    text: str
    confidence: float

    @property
    def sure(self) -> bool:
        return self.confidence >= SURE


def read_word(masks: Sequence[np.ndarray], reads: Sequence[str]) -> HandWord | None:
    """The word whose letters ``masks`` hold, one a box, weighed with the OCR ``reads`` of
    the same word (those with one character a box vote; others are ignored). None for no
    boxes.

    >>> import numpy as np
    >>> bar = np.zeros((30, 6), bool); bar[:, 2:4] = True  # an upright stroke: I (or l)
    >>> read_word([bar, bar], ["II", "IL", "I"]).text
    'II'

    An apostrophe in its box, a little over half a capital's height, most reads saying so:

    >>> tick = np.zeros((17, 6), bool); tick[:, 2:4] = True
    >>> read_word([bar, tick, bar], ["I'I", "I'I", "III"]).text
    "I'I"
    """
    if not masks:
        return None
    net = network(CAPITALS_NETWORK)
    p = probabilities(np.vstack([features(m) for m in masks]), CAPITALS_NETWORK)
    tall = float(np.median([m.shape[0] for m in masks]))
    weight = np.log(np.clip(p, 1e-6, 1.0))
    column = {c: i for i, c in enumerate(net.classes)}
    for read in reads:
        if len(read) != len(masks):
            continue
        for i, c in enumerate(read):
            if (k := column.get(fold_letter(c))) is not None:
                weight[i, k] += OCR_VOTE
    share = np.exp(weight - weight.max(axis=1, keepdims=True))
    share /= share.sum(axis=1, keepdims=True)
    best = share.argmax(axis=1)
    letters = [net.classes[k] for k in best]
    sure = share[np.arange(len(best)), best]
    for i, m in enumerate(masks):
        # an apostrophe (no class of the network: a small mark high in its box) where
        # most OCR reads of the right length put one
        said = [r[i] for r in reads if len(r) == len(masks)]
        if said and said.count("'") * 2 >= len(said) and m.shape[0] <= APOSTROPHE_HEIGHT * tall:
            letters[i], sure[i] = "'", 1.0
    return HandWord("".join(letters), float(sure.min()))


def fold_letter(c: str) -> str:
    """A read character as the network's class: upper case, without its accent.

    >>> fold_letter("é"), fold_letter("Ç"), fold_letter("-")
    ('E', 'C', '-')
    """
    return fold_upper(c)[:1]
