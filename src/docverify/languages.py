"""Which language a page is written in, and which OCR languages to read it with.

Every page is first read with the packet's base languages (``fra+eng``): that is what
almost every page of a CPAM packet is written in, and tesseract with two models is
still fast. A birth certificate from Munich or Guadalajara read that way comes out
legible but with its diacritics and long words mangled (``ß`` read as ``B``, ``ñ`` as
``n``...). So the first-pass text is scored against each supported language (its
frequent words that the other languages do not use, and the letters only it writes);
when a language other than the base ones clearly dominates, the page is read again
with *that* language plus English (English because apostilles, multilingual forms and
stamps so often carry English too). Never more than two models at once for a Latin
page: tesseract's time and its confusions both grow with every model loaded. A page OSD
sees in another script (Cyrillic), read poorly the first time, is read with that
script's languages (Ukrainian and Russian) and English: three models, on those rare pages.

The word lists live in ``data/languages.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from docverify.values.names import fold_upper

MIN_SCORE = 6.0
"""A page needs at least this much evidence of a language before it is re-read in it."""
DOMINANCE = 1.2
"""...and that language must outscore every base language by this factor."""
LETTER_WEIGHT = 2.0
"""A letter only one language writes (ß, ñ, ã) is worth two of its frequent words."""


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as in the report's ``language`` field
    tesseract: str  # traineddata name
    words: frozenset[str]  # folded upper case
    letters: str  # lower case, with their diacritics
    script: str = "Latin"  # as tesseract's OSD names it


@functools.cache
def supported() -> dict[str, Language]:
    """The languages of ``data/languages.toml``, by ISO 639-1 code."""
    raw = tomllib.loads(
        resources.files("docverify.data").joinpath("languages.toml").read_text("utf-8")
    )
    return {
        code: Language(
            code,
            v["tesseract"],
            frozenset(v["words"]),
            v.get("letters", ""),
            v.get("script", "Latin"),
        )
        for code, v in raw["languages"].items()
    }


def by_tesseract(name: str) -> Language | None:
    """The language of a tesseract model name, e.g. ``deu``."""
    return next((lang for lang in supported().values() if lang.tesseract == name), None)


def scores(text: str) -> dict[str, float]:
    """Evidence for each supported language in ``text``: its distinctive words, plus
    ``LETTER_WEIGHT`` for each letter only it writes.

    >>> s = scores("Geburtsurkunde. Der Vater und die Mutter, geboren am 3. März in Köln")
    >>> max(s, key=lambda k: s[k])
    'de'
    >>> s = scores("Acta de nacimiento: el día 4 de mayo, los padres y el juez del registro")
    >>> max(s, key=lambda k: s[k])
    'es'
    """
    words = re.findall(r"[A-ZА-ЯІЄҐ]+", fold_upper(text))
    lower = text.lower()
    out: dict[str, float] = {}
    for code, lang in supported().items():
        n = float(sum(1 for w in words if w in lang.words))
        if lang.letters:
            n += LETTER_WEIGHT * sum(lower.count(c) for c in lang.letters)
        out[code] = n
    return out


def detect(text: str, candidates: Iterable[str] | None = None) -> str | None:
    """The most likely language of ``text`` (ISO 639-1), or None when there is no evidence.

    >>> detect("This is to certify that the child was born in the County of Multnomah")
    'en'
    >>> detect("Certidão de nascimento. Nome do pai e da mãe, avós paternos") is not None
    True
    >>> detect("12345") is None
    True
    """
    s = scores(text)
    if candidates is not None:
        keep = set(candidates)
        s = {k: v for k, v in s.items() if k in keep}
    if not s:
        return None
    best = max(s, key=lambda k: s[k])
    return best if s[best] > 0 else None


def reread_languages(
    text: str, first_pass: str, installed: Iterable[str], script: str = ""
) -> str | None:
    """The tesseract languages to read a page again with, or None to keep the first read.

    ``first_pass`` is the ``+``-joined set the page was read with; ``installed`` the
    traineddata tesseract has. A page OSD sees in another ``script`` than the first pass's
    languages write is read with that script's installed languages (two at most) and
    English. Else a
    language is chosen only when it is supported, installed, not already in the first
    pass, has at least ``MIN_SCORE`` of evidence and beats every first-pass language by
    ``DOMINANCE``.

    >>> reread_languages("Cepia I-BK Ne 89917 KOBAJIEHKO", "fra+eng",
    ...                  ["fra", "eng", "ukr", "rus"], "Cyrillic")
    'ukr+rus+eng'
    >>> reread_languages("noise", "fra+eng", ["fra", "eng"], "Cyrillic") is None
    True

    >>> de = "Geburtsurkunde Standesamt München. Familienname: Müller. Vornamen: Jürgen. " * 2
    >>> reread_languages(de, "fra+eng", ["fra", "eng", "deu"])
    'deu+eng'
    >>> reread_languages(de, "fra+eng", ["fra", "eng"]) is None  # not installed
    True
    >>> reread_languages("Acte de naissance de Jean, né le 3 mars à Lyon, fils de Paul et de "
    ...                  "Marie, dressé par nous officier de l'état civil", "fra+eng",
    ...                  ["fra", "eng", "deu", "spa", "ita", "por"]) is None
    True
    """
    have = set(installed)
    base = {m for m in first_pass.split("+") if m}
    if script and script != "Latin":
        written = [lang.tesseract for lang in supported().values() if lang.script == script]
        if written and not base & set(written):
            # the script's languages installed, with English: apostilles, stamps and
            # bilingual captions on such pages are in Latin letters
            usable = [t for t in written if t in have][:2]
            return "+".join([*usable, *(["eng"] if "eng" in have else [])]) if usable else None
    s = scores(text)
    base_score = max((v for k, v in s.items() if supported()[k].tesseract in base), default=0.0)
    ranked = sorted(
        (
            (v, k)
            for k, v in s.items()
            if supported()[k].tesseract not in base and supported()[k].tesseract in have
        ),
        reverse=True,
    )
    if not ranked:
        return None
    score, code = ranked[0]
    if score < MIN_SCORE or score < DOMINANCE * base_score:
        return None
    chosen = [supported()[code].tesseract]
    if "eng" in have:
        chosen.append("eng")
    return "+".join(chosen)
