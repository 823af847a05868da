"""Where the MRZ band is taken from the page's words: the rows of MRZ-like words that
stand together, not a long number printed elsewhere on the sticker."""

from __future__ import annotations

from docverify.model import PageRef, PageText, Word
from docverify.vision.mrz import _band_from_words


def _word(text: str, x: int, y: int) -> Word:
    return Word(text, (x, y, x + 20 * len(text), y + 30), 90.0, (1, 1, y))


def test_the_band_is_the_mrz_rows_not_the_visa_number_above() -> None:
    words = (
        _word("031456789", 1189, 114),  # the visa's number, printed at the top
        _word("573926418", 987, 548),  # the passport number field
        _word("0314567891USA9004171F2704302<<<<<<<<<<<<<<<<", 94, 897),  # MRZ line 2
    )
    page = PageText(PageRef("visa.png", 1), None, 300, words, "ocr")
    band = _band_from_words(page)
    assert band is not None
    _x0, y0, _x1, y1 = band
    assert 780 <= y0 < 850 and y1 > 927 + 60  # both MRZ rows, nothing above
