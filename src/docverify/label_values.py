"""Values read beside labels, kept clean of them: a candidate that is a label or a form's
instruction, or a scrap of one ("ou d'époux", "fqurant sur l'acte ssance"), is refused
(``refuse_value``), and a value that runs on from its label is cut after it
(``strip_label``, ``before_label``). The lexicon and the matching of labels are
``docverify.labels``'s."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from docverify.labels import (
    GLUE,
    MIN_SINGLE_LABEL,
    is_label_text,
    label_at,
    lexicon,
    match_at,
    norm_tokens,
    starts_with_label,
)


@functools.cache
def _instruction_words() -> frozenset[str]:
    return frozenset(t for seq in lexicon().instructions for t in seq)


def instruction_scrap(text: str) -> bool:
    """A piece of a form's instruction left beside a value's box ("ou d'époux", "l'état
    civil"): all its words are instructions' words or glue, one of them long.

    >>> instruction_scrap("ou d'époux"), instruction_scrap("(facultatif)"), instruction_scrap("depoux")
    (True, True, True)
    >>> instruction_scrap("EPOUX DIALLO"), instruction_scrap("LE GALL")
    (False, False)
    """
    words = _instruction_words()
    tokens = [t[1:] if t[:1] in "DL" and t[1:] in words else t  # d'époux read "depoux"
              for t in norm_tokens(text)]  # fmt: skip
    return (
        bool(tokens)
        and all(t in words or t in GLUE for t in tokens)
        and any(len(t) >= 5 and t in words for t in tokens)
    )


MISREAD_INSTRUCTION = 80.0
"""How alike (rapidfuzz ratio) a misread word must be to an instruction's word to stand
for it ("fqurant" for "figurant", "ssance" for "naissance")."""


def misread_instruction(text: str) -> bool:
    """An instruction read with slips, left where a value should be ("fqurant sur l'acte
    ssance" for "(tel que figurant sur l'acte de naissance)"): every word an instruction's
    word or glue, give or take a slip, two of four letters or more, one of five or more.

    >>> misread_instruction("fqurant sur l'acte ssance"), misread_instruction("facte natssance")
    (True, True)
    >>> misread_instruction("GÓMEZ RESTREPO"), misread_instruction("DELA CRUZ")
    (False, False)
    """
    words = _instruction_words()
    long_words = [w for w in words if len(w) >= 4]
    tokens = norm_tokens(text)

    def near(t: str) -> bool:
        if t in words:
            return True
        return len(t) >= 4 and any(
            fuzz.ratio(t, w) >= MISREAD_INSTRUCTION for w in long_words if abs(len(w) - len(t)) <= 3
        )

    long_tokens = [t for t in tokens if len(t) >= 4]
    matched = [t for t in long_tokens if near(t)]
    return (
        len(matched) >= 2
        and any(len(t) >= 5 for t in matched)
        and all(t in GLUE or t in matched for t in long_tokens)
    )


def refuse_value(text: str | None) -> bool:
    """A candidate value that is, or starts with, a label or an instruction."""
    return bool(text) and (is_label_text(text or "") or starts_with_label(text or ""))


def holds_label(text: str, min_letters: int = 5) -> bool:
    """Does ``text`` hold a label anywhere in it (a label of several words, or of one word
    of ``min_letters`` or more: "AD", "XING" may be names)? A printed name read as
    "awl/Prenoms/Given names" is the labels around a value that was missed.

    >>> holds_label("awl/Prenoms/Given names"), holds_label("4 IÉS C iven names/Prénoms")
    (True, True)
    >>> holds_label("SALMA"), holds_label("XING AD"), holds_label("INES CATARINA")
    (False, False, False)
    """
    tokens = norm_tokens(text)
    return any(_long_label_at(tokens, i, min_letters) for i in range(len(tokens)))


def before_label(text: str, min_letters: int = 99) -> str:
    """``text`` cut where a label begins after its first word: the next column's caption
    read on the value's line ("MARÍA CAMILA Factor RH" -> "MARÍA CAMILA"). Only labels of
    several words cut (or of one word of ``min_letters`` or more: a job title's "travaux"
    is a word of the value).

    >>> before_label("MARÍA CAMILA Factor RH"), before_label("Fatou DIOP Date de naissance 12")
    ('MARÍA CAMILA', 'Fatou DIOP')
    >>> before_label("LE GALL Erwan"), before_label("Nom DUPONT")
    ('LE GALL Erwan', 'Nom DUPONT')
    """
    words = text.split()
    for j in range(1, len(words)):
        if _long_label_at(norm_tokens(" ".join(words[j:])), 0, min_letters):
            return " ".join(words[:j])
    return text


def _long_label_at(tokens: Sequence[str], i: int, min_letters: int) -> bool:
    """Does a label of several words, or of one word of ``min_letters`` or more, start at
    ``tokens[i]``?"""
    return i < len(tokens) and any(
        (len(seq) > 1 or len(seq[0]) >= min_letters) and match_at(tokens, i, seq)
        for seq in lexicon().by_first.get(tokens[i], ())
    )


def _instruction_at(tokens: Sequence[str], i: int) -> int:
    for seq in lexicon().instructions:
        if len(seq) > 1 or len(seq[0]) >= MIN_SINGLE_LABEL:
            n = match_at(tokens, i, seq)
            if n:
                return n
    return 0


def _near(token: str, word: str) -> bool:
    """An instruction's word as OCR reads it: the same, glued to a neighbour ("ORDREDE",
    "LORDRE"), or one letter off (two for long words)."""
    if token == word:
        return True
    if len(word) < 4:
        return False
    slips = 1 if max(len(word), len(token)) < 6 else 2
    return word in token or Levenshtein.distance(token, word) <= slips


def _misread_instruction_at(tokens: Sequence[str], i: int) -> int:
    """Tokens at ``i`` that read as the start of a long instruction through OCR slips
    ("dans ordrede", "dans l'ordre de l'état civip"): its words in order, some lost, at
    least two tokens of which one is a long word. 0 when none."""
    best = 0
    for seq in lexicon().instructions:
        if len(seq) < 3:
            continue
        j, k, strong = i, 0, False
        while j < len(tokens) and k < len(seq):
            hit = next(
                (m for m in range(k, min(len(seq), k + 3)) if _near(tokens[j], seq[m])), None
            )
            if hit is None:
                break
            strong = strong or len(seq[hit]) >= 4
            j, k = j + 1, hit + 1
        if strong and j - i >= 2:
            best = max(best, j - i)
    return best


def strip_label(text: str, field: str | None = None) -> str:
    """``text`` without the labels and instructions it starts with ("Nom : DUPONT" ->
    "DUPONT", "(dans l'ordre de l'état civil) AMINA" -> "AMINA"); with ``field``, only that
    field's labels (and instructions) are stripped.

    >>> strip_label("Nom de naissance : DUPONT"), strip_label("Titulaire du compte M. Li Wei")
    ('DUPONT', 'M. Li Wei')
    >>> strip_label("DUPONT"), strip_label("Nom / Surname : KLEIN", "surname")
    ('DUPONT', 'KLEIN')
    >>> strip_label("(dans l'ordre de l'état civil) YASMINE", "given_names")
    'YASMINE'

    An instruction misread is still one (the value after it is kept):

    >>> strip_label("dans ordrede Fatima Zahra"), strip_label("dans l'ordre de l'état civip_Ibrahima")
    ('Fatima Zahra', 'Ibrahima')
    >>> strip_label("Dansou KOFFI"), strip_label("DANIEL ORDONEZ")
    ('Dansou KOFFI', 'DANIEL ORDONEZ')
    """
    rest = text
    while True:
        rest = rest.lstrip(" :.-–—/|\t")
        if rest.startswith("("):  # a parenthesised instruction: "(facultatif)"
            close = rest.find(")")
            inner = rest[1:close] if close > 0 else ""
            if close > 0 and (not norm_tokens(inner) or refuse_value(inner) or len(inner) > 12):
                rest = rest[close + 1 :]
                continue
        tokens = norm_tokens(rest)
        if not tokens:
            return ""
        if field is None:
            n = label_at(tokens, 0)
        else:
            n = max((match_at(tokens, 0, s) for s in lexicon().labels_of(field)), default=0)
        n = n or _instruction_at(tokens, 0) or _misread_instruction_at(tokens, 0)
        if not n:
            return rest.strip(" :.-–—/|()_\t")
        rest = _after_tokens(rest, n).lstrip(" :.-–—/|()_\t")


def _after_tokens(text: str, n: int) -> str:
    """The text after its first ``n`` normalised tokens."""
    count = 0
    for m in re.finditer(r"[A-Za-z0-9\u00c0-\u024f]+", text.replace("°", " ")):
        count += len(norm_tokens(m[0])) or 0
        if count >= n:
            return text[m.end() :]
    return ""
