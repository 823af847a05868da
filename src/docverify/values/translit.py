"""Cyrillic names in Latin letters, the way the holder's passport writes them.

The tables (``data/transliteration.toml``) are the ones the passports use: Ukraine's
national system of 2010, ICAO Doc 9303's for Russian. Which one applies is the document's
language (letters only Ukrainian writes, ``і ї є ґ``, say Ukrainian)."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")


@dataclass(frozen=True)
class Table:
    letters: dict[str, str]
    initial: dict[str, str]
    pairs: dict[str, str]


@functools.cache
def _tables() -> dict[str, Table]:
    raw = tomllib.loads(
        resources.files("docverify.data").joinpath("transliteration.toml").read_text("utf-8")
    )
    return {lang: Table(t["letters"], t["initial"], t["pairs"]) for lang, t in raw.items()}


def has_cyrillic(text: str | None) -> bool:
    return bool(text and CYRILLIC.search(text))


def latin(text: str, language: str | None = None) -> str:
    """``text`` with its Cyrillic letters in Latin ones, in the case each word was written
    in; ``language`` ("uk" or "ru") picks the table, else the letters do (Ukrainian's own
    letters, else Russian).

    >>> latin("КОВАЛЕНКО Оксана"), latin("Щербак Юлія", "uk"), latin("Григорій ЗГУРСЬКИЙ", "uk")
    ('KOVALENKO Oksana', 'Shcherbak Yuliia', 'Hryhorii ZGHURSKYI')
    >>> latin("Юрий Григорьев", "ru"), latin("м. Харків"), latin("Anna MARIA")
    ('Iurii Grigorev', 'm. Kharkiv', 'Anna MARIA')
    """
    if not has_cyrillic(text):
        return text
    lang = language if language in _tables() else ("uk" if UKRAINIAN_ONLY.search(text) else "ru")
    table = _tables()[lang]

    def word(m: re.Match[str]) -> str:
        w = m[0]
        upper = w.upper()
        out, i = [], 0
        while i < len(upper):
            pair = upper[i : i + 2]
            if pair in table.pairs:
                out.append(table.pairs[pair])
                i += 2
                continue
            c = upper[i]
            if i == 0 and c in table.initial:
                out.append(table.initial[c])
            else:
                out.append(table.letters.get(c, c))
            i += 1
        written = "".join(out)
        if w.isupper():
            return written if len(w) > 1 else written.capitalize()
        return written.lower() if w.islower() else written.capitalize()

    return re.sub(r"[\w'’ʼ]+", word, text)
