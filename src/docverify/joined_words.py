"""Words joined into a value's text as the document wrote it: letters typed or written one
per box joined into their words (an empty box is a word break), and a hand's capitals that
OCR split within a word joined again."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from docverify.model import Word

SPACED_RUN = 3
"""Single characters in a row from which they are letters typed one per box."""
WORD_BREAK_PITCH = 1.5
"""In such a run, a step this many times the letters' usual pitch is an empty box:
a word break."""


def _single(word: Word) -> bool:
    return len(word.text) == 1 and (word.text.isalpha() or word.text in "'-’")


TIGHT_GAP = 0.25
"""Two pieces of capitals closer than this share of their height are one word that OCR
split (a hand's letters spaced unevenly, "H AD DAD" for HADDAD: gaps a tenth to a fifth of
the capitals' height; a word space, typed or written, is a third of it or more)..."""
SHORT_PIECE = 2
"""...when one of them is this short (a real two-letter word, "EL", "DA", stands a word
space from its neighbours)."""


def _tight_pieces(words: Sequence[Word]) -> list[Word]:
    """The words, capitals that OCR split within a word joined again (``TIGHT_GAP``).

    >>> pieces = [Word("H", (323, 579, 349, 608), 89.0, (8, 1, 1)),
    ...           Word("AD", (352, 579, 403, 614), 97.0, (8, 1, 1)),
    ...           Word("DAD", (410, 577, 494, 614), 96.0, (8, 1, 1))]
    >>> [w.text for w in _tight_pieces(pieces)]
    ['HADDAD']
    >>> spaced = [Word("NOUR", (0, 0, 120, 35), 95.0, (1, 1, 1)),
    ...           Word("EL", (135, 0, 180, 35), 95.0, (1, 1, 1))]
    >>> [w.text for w in _tight_pieces(spaced)]
    ['NOUR', 'EL']
    """
    out = list(words[:1])
    for before, w in itertools.pairwise(words):
        if _one_word(before, w):  # judged on OCR's pieces, joined onto what came before
            a = out[-1]
            box = (a.box[0], min(a.box[1], w.box[1]), w.box[2], max(a.box[3], w.box[3]))
            out[-1] = Word(a.text + w.text, box, min(a.conf, w.conf), a.line)
        else:
            out.append(w)
    return out


def _one_word(a: Word, b: Word) -> bool:
    if not (a.text.isalpha() and a.text.isupper() and b.text.isalpha() and b.text.isupper()):
        return False
    if min(len(a.text), len(b.text)) > SHORT_PIECE or (_single(a) and _single(b)):
        return False  # letters one a box are joined by their pitch (``joined_text``)
    height = max(a.box[3] - a.box[1], b.box[3] - b.box[1])
    return 0 <= b.box[0] - a.box[2] < TIGHT_GAP * height


def joined_text(words: Sequence[Word], read: bool = True) -> str:
    """The words' text, letters typed or written one per box joined again: a run of
    single characters is one word, broken where the step between two letters is clearly
    longer than the others (an empty box between two names). ``read``: the words are
    OCR's, whose word gaps may part a word (``TIGHT_GAP``); a text layer's are the
    document's own, its boxes the font's full height (set_cu p03: "M OU MME MARCHAND").

    >>> def row(xs, text): return [Word(c, (x, 0, x + 20, 30), 95.0, (1, 1, 1))
    ...                            for x, c in zip(xs, text)]
    >>> joined_text(row([0, 40, 80, 120, 160], "SMITH"))
    'SMITH'
    >>> joined_text(row([0, 40, 80, 120, 200, 240, 280], "JOHNLEE"))
    'JOHN LEE'
    >>> joined_text(row([0, 40, 80, 120, 160, 200, 240, 280], "O'CONNOR"))
    "O'CONNOR"
    >>> joined_text(row([0, 40], "MA") + [Word("PARIS", (100, 0, 200, 30), 95.0, (1, 1, 1))])
    'M A PARIS'

    A hand's capitals OCR split within the word (form_br d005), not a typed word space:

    >>> joined_text([Word("H", (323, 579, 349, 608), 89.0, (8, 1, 1)),
    ...              Word("AD", (352, 579, 403, 614), 97.0, (8, 1, 1)),
    ...              Word("DAD", (410, 577, 494, 614), 96.0, (8, 1, 1))])
    'HADDAD'
    >>> joined_text([Word("RUE", (0, 0, 60, 24), 95.0, (1, 1, 1)),
    ...              Word("DE", (70, 0, 100, 24), 95.0, (1, 1, 1))])
    'RUE DE'
    >>> joined_text([Word("OU", (94, 181, 115, 195), 100.0, (0, 0, 4)),
    ...              Word("MME", (118, 181, 151, 195), 100.0, (0, 0, 4))], read=False)
    'OU MME'
    """
    words = _tight_pieces(words) if read else words
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _single(words[j]):
            j += 1
        if j - i < SPACED_RUN:
            out.append(words[i].text)
            i += 1
            continue
        run = words[i:j]
        centres = [(w.box[0] + w.box[2]) / 2 for w in run]
        steps = [b - a for a, b in itertools.pairwise(centres)]
        pitch = sorted(steps)[len(steps) // 2]
        word = run[0].text
        for w, step in zip(run[1:], steps, strict=True):
            if step > WORD_BREAK_PITCH * pitch:
                out.append(word)
                word = ""
            word += w.text
        out.append(word)
        i = j
    return " ".join(out)
