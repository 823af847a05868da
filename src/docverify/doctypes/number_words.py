"""Numbers written in words, as civil-status acts write dates ("le dix-sept janvier mil
neuf cent quatre-vingt-dix-neuf", "primeiro de dezembro de mil novecentos e noventa"):
their words (``certificates.toml``), their value, and their words misread by OCR."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from rapidfuzz.distance import Levenshtein


@functools.cache
def number_words() -> tuple[dict[str, int], frozenset[str]]:
    raw = tomllib.loads(
        resources.files("docverify.data").joinpath("certificates.toml").read_text("utf-8")
    )["number_words"]
    return {str(k): int(v) for k, v in raw["values"].items()}, frozenset(raw["glue"])


def value_of(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return number_words()[0].get(token)


def words_to_number(tokens: Sequence[str]) -> int | None:
    """The number that ``tokens`` (folded words) write, or None.

    >>> words_to_number("mil neuf cent quatre vingt dix neuf".split())
    1999
    >>> words_to_number("mil novecentos e noventa e sete".split()), words_to_number(["deux", "mille", "un"])
    (1997, 2001)
    >>> words_to_number(["vingt", "et", "un"]), words_to_number(["soixante", "dix", "sept"])
    (21, 77)
    """
    glue = number_words()[1]
    total, current, prev, seen = 0, 0, None, False
    for tok in tokens:
        if tok in glue:
            continue
        v = value_of(tok)
        if v is None:
            return None
        seen = True
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 100 and not tok.isdigit():
            current = max(current, 1) * 100
        elif v == 20 and prev == 4 and not tok.isdigit():  # quatre-vingt(s)
            current += 76
        else:
            current += v
        prev = v
    return total + current if seen else None


def is_number(token: str) -> bool:
    return token.isdigit() or token in number_words()[0] or token in number_words()[1]


MISREAD_NUMBER = 2
"""Slips a number word of the year may be read with, between two others."""


def misread_number(token: str) -> str | None:
    """The number word of five letters or more a word stands for when read with two slips
    at most, if no word of another number is as near ("vinqt", "vinyjt": "vingt";
    set_bm p04 and p01).

    >>> misread_number("vinqt"), misread_number("vinyjt"), misread_number("quatne")
    ('vingt', 'vingt', 'quatre')
    >>> misread_number("neuf"), misread_number("heures")
    (None, None)
    """
    if len(token) < 5 or not token.isalpha():
        return None
    words = number_words()[0]
    near = sorted((Levenshtein.distance(token, w), w) for w in words if len(w) >= 5 and w != token)
    if not near or near[0][0] > MISREAD_NUMBER:
        return None
    best = near[0]
    rivals = [w for d, w in near if d == best[0] and words[w] != words[best[1]]]
    return None if rivals else best[1]
