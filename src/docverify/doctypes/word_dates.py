"""Dates written in words around a month's name, as civil-status acts write the date of
birth: "le dix-sept janvier mil neuf cent quatre-vingt-dix-neuf", "primeiro de dezembro de
mil novecentos e noventa", "the 4th day of February, 2026" (number words in
``data/certificates.toml``); and every date of a text, numeric or in words."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from docverify.doctypes.number_words import (
    is_number,
    misread_number,
    number_words,
    value_of,
    words_to_number,
)
from docverify.values.dates import MONTHS, FoundDate, find_dates, fold, nearest_month_name

_TOKEN = re.compile(r"[a-z]+|\d+")
_BEFORE_MONTH = frozenset(["de", "of", "day", "du", "del", "do", "the", "jour", "dia"])
_AFTER_MONTH = frozenset(["de", "of", "del", "do", "du", "an", "anno", "year"])


def find_word_dates(text: str) -> list[FoundDate]:
    """Dates whose day and year are written in words (or digits) around a month name.

    >>> [d.value.isoformat() for d in find_word_dates("Le dix-sept janvier mil neuf cent quatre-vingt-dix-neuf à 21 h")]
    ['1999-01-17']
    >>> [d.value.isoformat() for d in find_word_dates("primeiro de dezembro de mil novecentos e noventa")]
    ['1990-12-01']
    >>> [d.value.isoformat() for d in find_word_dates("the 4th day of February, 2026")]
    ['2026-02-04']
    >>> [d.value.isoformat() for d in find_word_dates("Le deux juillet mil neuf cent "
    ...                                                "quatre-vingt-huit 4 14 heures 20")]
    ['1988-07-02']

    A year whose words stop at a hundred at the text's end is cut short, not 1900; a
    thousand is a year of its own:

    >>> find_word_dates("el día siete de noviembre de mil novecientos")
    []
    >>> [d.value.isoformat() for d in find_word_dates("le dix-sept janvier deux mille")]
    ['2000-01-17']

    A month's name misread between a day and a year in words:

    >>> [d.value.isoformat() for d in find_word_dates("vingt-deux asit mil neuf cent "
    ...                                                "quatre-vingt-treize")]
    ['1993-08-22']

    A word of the year misread between two others (a hand's "vingt" read "vinqt"):

    >>> [d.value.isoformat() for d in find_word_dates("Trente novembre mil neuf Cent "
    ...                                                "quatre-vinqt-dix")]
    ['1990-11-30']

    ...and when it cannot be made out, the year is not cut short at it (1904):

    >>> find_word_dates("Trente novembre mil neuf cent quatre-vxyz-dix")
    []

    The year written first, "L'an ..., le <day> <month>" (Comoros, set_cz p04):

    >>> [d.value.isoformat() for d in find_word_dates("L'an mil neuf cent quatre-vingt-dix-"
    ...     "sept, le quatre septembre, à six heures trente minutes, est née à Mitsamiouli")]
    ['1997-09-04']
    """
    folded = fold(text)
    toks = [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    out: list[FoundDate] = []
    for i, (tok, _start, _end) in enumerate(toks):
        month = MONTHS.get(tok)
        if month is None and 0 < i < len(toks) - 1 and is_number(toks[i - 1][0]):
            # a month's name misread between a day and a year in words ("vingt-deux asit
            # mil neuf cent ...", "août" read "asit": set_ay p02)
            k = i + 1
            while k < len(toks) - 1 and toks[k][0] in _AFTER_MONTH:
                k += 1
            if not toks[k][0].isdigit() and is_number(toks[k][0]):
                month = _misread_month(tok)
        if month is None or len(tok) < 3:
            continue
        j = i - 1
        while j >= 0 and toks[j][0] in _BEFORE_MONTH:
            j -= 1
        day_toks: list[tuple[str, int, int]] = []
        while j >= 0 and is_number(toks[j][0]) and len(day_toks) < 4:
            day_toks.insert(0, toks[j])
            j -= 1
        k = i + 1
        while k < len(toks) and toks[k][0] in _AFTER_MONTH:
            k += 1
        year_toks: list[tuple[str, int, int]] = []
        while k < len(toks) and len(year_toks) < 9:
            tok_k = toks[k][0]
            if not is_number(tok_k):
                # a word of the year misread between two others ("quatre-vinqt-dix")
                word = misread_number(tok_k) if year_toks and k + 1 < len(toks) else None
                if word is None or toks[k + 1][0].isdigit() or not is_number(toks[k + 1][0]):
                    break
                tok_k = word
            # a year in words is not continued by digits, nor one in digits by anything:
            # "... quatre-vingt-huit à 14 heures", its "à" read "4" (set_ax p02)
            if year_toks and (year_toks[-1][0].isdigit() or tok_k.isdigit()):
                break
            year_toks.append((tok_k, toks[k][1], toks[k][2]))
            k += 1
        while year_toks and year_toks[-1][0] in number_words()[1]:
            year_toks.pop()
        if year_toks and value_of(year_toks[-1][0]) == 100 and k < len(toks):
            continue  # "mil neuf cent" then an unread word: the year is cut short
        if year_toks and k < len(toks) and folded[year_toks[-1][2] : toks[k][1]] == "-":
            continue  # "quatre-" then an unread word: the number goes on, unread
        last = value_of(year_toks[-1][0]) if year_toks else None
        if last is not None and 100 <= last < 1000 and last % 100 == 0 and k == len(toks):
            continue  # "... de mil novecientos" at the text's end: cut short, not 1900
        first = _year_first(toks, j) if not year_toks and day_toks else []
        day = _best_day([t[0] for t in day_toks])
        year = words_to_number([t[0] for t in year_toks or first]) if year_toks or first else None
        if day is None or year is None or not 1800 <= year <= 2200:
            continue
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        s, e = (first[0][1], toks[i][2]) if first else (day_toks[0][1], year_toks[-1][2])
        out.append(FoundDate(value, s, e, folded[s:e]))
    return out


def _year_first(toks: Sequence[tuple[str, int, int]], j: int) -> list[tuple[str, int, int]]:
    """The year's words of an act that writes it first, "L'an <year>, le <day> <month>"
    (Comoros, Madagascar, the Sahel's old registers), ending at token ``j`` or before its
    "le"; none when no "l'an" opens them."""
    while j >= 0 and toks[j][0] in ("le", "the"):
        j -= 1
    year: list[tuple[str, int, int]] = []
    while j >= 0 and is_number(toks[j][0]) and not toks[j][0].isdigit() and len(year) < 9:
        year.insert(0, toks[j])
        j -= 1
    return year if year and j >= 0 and toks[j][0] in ("an", "annee") else []


def _misread_month(token: str) -> int | None:
    """The month a word of four letters or more read with two slips at most stands for,
    when no other month's name is as near."""
    if len(token) < 4 or not token.isalpha():
        return None
    name = nearest_month_name(token, (n for n in MONTHS if len(n) >= 4))
    return MONTHS[name] if name else None


def _best_day(tokens: Sequence[str]) -> int | None:
    """The day in the words before a month: the longest tail that makes 1-31."""
    for n in range(len(tokens), 0, -1):
        tail = [t for t in tokens[-n:] if t not in number_words()[1]]
        if not tail or (len(tail) > 1 and any(t.isdigit() for t in tail)):
            continue
        v = words_to_number(tail)
        if v is not None and 1 <= v <= 31:
            return v
    return None


def all_dates(text: str) -> list[FoundDate]:
    """Numeric and written dates of ``text``, in order (a date written both ways, as
    "10/09/1991 (dix septembre mil neuf cent quatre-vingt-onze)", comes twice)."""
    found = find_dates(text)
    spans = [(d.start, d.end) for d in found]
    for d in find_word_dates(text):
        if not any(d.start < e and s < d.end for s, e in spans):
            found.append(d)
    return sorted(found, key=lambda d: d.start)
