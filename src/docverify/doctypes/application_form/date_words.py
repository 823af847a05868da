"""Section C's date written with its month in words ("le 7 novembre 2026") whose year the
hand wrote in a way OCR cannot read: the year's four digits read one at a time.

Tesseract reads a hand's day and month name well enough ("7 nvenbre" is November by
``hand_months``) and its year poorly when the 2s are written like Zs ("TOUC", "VOULG" for
"2026", form_ba d005). The handwritten-digit reader (``vision.digits``) knows those 2s.
The ink right of the month's word is cut into four characters and the year taken only when
each of its digits is the reader's own first choice: a year read, not one guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import numpy as np

from docverify.doctypes.application_form.date_text import DateRead, hand_months
from docverify.values.dates import MONTHS
from docverify.values.names import fold_upper
from docverify.vision.digits import SLASH, characters, features, glyphs, probabilities
from docverify.vision.handwriting import read_words

_DAY_MONTH = re.compile(r"(?<!\d)([0-3]?\d)\s+([^\W\d_]{3,})")
"""A day then a word: the day and month of a date in words."""


def day_and_month(read: str) -> tuple[int, int, str] | None:
    """The day and month a read of the date zone names with its month in words, its year
    unread, and the month's word as read.

    >>> day_and_month("7 nvenbre VOUG"), day_and_month("le 3 Octobre 2O2G")
    ((7, 11, 'nvenbre'), (3, 10, 'Octobre'))
    >>> day_and_month("18/11/2026"), day_and_month("7 TOUC")
    (None, None)
    """
    for m in _DAY_MONTH.finditer(read):
        word = fold_upper(hand_months(m[2])).lower()
        month = MONTHS.get(word)
        if month is not None and len(word) >= 4 and 1 <= int(m[1]) <= 31:
            return int(m[1]), month, m[2]
    return None


def year_read_alone(
    ink: np.ndarray, month_word: str, day: int, month: int, window: tuple[dt.date, dt.date]
) -> DateRead | None:
    """The date whose year is written right of the month's word in ``ink`` (the zone's
    handwriting, black on white, cut to its ink), read a digit at a time; None unless the
    year is in ``window`` and each of its digits the reader's first choice."""
    words = read_words(ink)
    wanted = fold_upper(hand_months(month_word))
    at = next((w for w in words if fold_upper(hand_months(w.text)) == wanted), None)
    if at is None and len(words) >= 3 and words[0].text.isdigit():
        at = words[1]  # read otherwise this time ("rienbre"): the word after the day
    if at is None:
        return None
    right = ink[:, max(0, at.box[2] + 2) :]
    four = characters(glyphs(right), 4) if (right < 128).any() else None
    if four is None:
        return None
    named = probabilities(np.vstack([features(c) for c in four])).argmax(axis=1)
    if any(k >= SLASH for k in named):
        return None
    said = "".join(str(int(k)) for k in named)
    first, last = window
    try:
        value = dt.date(int(said), month, day)
    except ValueError:
        return None
    if not first <= value <= last:
        return None
    return value, f"{day} {month_word} {said}", False


def worded_dates(
    ink: np.ndarray | None, reads: Sequence[str], window: tuple[dt.date, dt.date]
) -> list[DateRead]:
    """The date of the first read naming a day and a month in words (``day_and_month``),
    its year read alone; none when no read does or the year does not read."""
    if ink is None:
        return []
    for read in reads:
        found = day_and_month(read)
        if found is not None:
            date = year_read_alone(ink, found[2], found[0], found[1], window)
            return [date] if date is not None else []
    return []
