"""Where the MRZ band is taken from the page's words (the rows of MRZ-like words that
stand together, not a long number printed elsewhere on the sticker), and how a band set
in a wide font is read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from docverify.model import PageRef, PageText, Word
from docverify.vision.mrz import read_mrz, read_mrz_image
from docverify.vision.mrz_band import band_from_words, even_pitch
from tests.conftest import SAMPLES

DATA = Path(__file__).resolve().parents[1] / "data" / "ocr"


def _word(text: str, x: int, y: int) -> Word:
    return Word(text, (x, y, x + 20 * len(text), y + 30), 90.0, (1, 1, y))


def test_the_band_is_the_mrz_rows_not_the_visa_number_above() -> None:
    words = (
        _word("031456789", 1189, 114),  # the visa's number, printed at the top
        _word("573926418", 987, 548),  # the passport number field
        _word("0314567891USA9004171F2704302<<<<<<<<<<<<<<<<", 94, 897),  # MRZ line 2
    )
    page = PageText(PageRef("visa.png", 1), None, 300, words, "ocr")
    band = band_from_words(page)
    assert band is not None
    _x0, y0, _x1, y1 = band
    assert 780 <= y0 < 850 and y1 > 927 + 60  # both MRZ rows, nothing above


def test_an_mrz_read_in_cyrillic_letters_still_marks_its_band() -> None:
    """set_bw p04 (wave 24): a Russian passport's page, read again in Ukrainian and Russian
    (OSD saw Cyrillic), gives its MRZ in Cyrillic look-alikes; its runs of fillers still
    say where the band is (the band is then read in OCR-B, not in the page's languages)."""
    words = (
        _word("РОССИЙСКАЯ", 300, 100),
        _word("Р<ВУЗ$МТВМО\\<<АГЕК$ЕТ<<<<<<<<<<<<<<<<<<<<<<<", 94, 867),
        _word("754829163781$8803296№М352071435<<<<<<<<<<<<<<<6", 94, 917),
    )
    page = PageText(PageRef("passeport.jpg", 1), None, 300, words, "ocr")
    band = band_from_words(page)
    assert band is not None and band[1] < 867 and band[3] > 947


def test_an_mrz_set_in_a_wide_font_is_read_with_its_glyphs_closed_up() -> None:
    """A residence card's MRZ printed in a plain monospace font set wide, a glyph's width
    between glyphs, photographed (set_t p05, the band as cut from the page): tesseract's
    line model splits glyphs ("4T7" read "4ST7", "303" read "S03S") and shortens filler
    runs, on every variant of the band. Re-set at an ordinary pitch, it reads right."""
    band = np.asarray(Image.open(DATA / "set_t_p05_wide_mrz_band.jpg").convert("L"))
    read = read_mrz_image(band, dt.date(2026, 11, 20), use_passporteye=False)
    assert read is not None and read.mrz.valid
    assert read.mrz.document_number == "4T7KX2M9Q" and read.mrz.nationality == "IND"
    closed = even_pitch(band)
    assert closed is not None and closed[0].shape[1] < band.shape[1] * 0.75
    assert closed[1] == [30, 30, 30]


def _counted_band_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What every MRZ band read gives from now on."""
    from docverify.vision import mrz

    reads: list[str] = []
    real = mrz.ocr_band

    def counted(image: np.ndarray) -> str:
        text = real(image)
        reads.append(text)
        return text

    monkeypatch.setattr(mrz, "ocr_band", counted)
    return reads


def test_a_band_that_holds_another_documents_mrz_is_not_read_in_every_variant(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sample visa searched for a passport's MRZ facing it (classification asks): its
    own band reads as the visa's, valid, twice in a row; no third variant of it is read."""

    reads = _counted_band_reads(monkeypatch)
    visa = np.asarray(Image.open(SAMPLES / "complete_employed" / "visa.png").convert("L"))
    upright = np.ascontiguousarray(np.rot90(visa, -1))
    page = PageText(PageRef("visa.png", 1), upright, 300, (), "ocr")
    found = read_mrz(page, dt.date(2026, 12, 5), ("P",), use_passporteye=False)
    assert found is not None and found.mrz.document_code == "VD"
    assert sum("CARTER<<EMILY" in text for text in reads) == 2


@pytest.mark.parametrize("packet", ["complete_employed", "defect_two_bills"])
def test_a_visa_searched_for_a_facing_passport_reads_only_what_could_hold_one(
    packet: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample visas, read as the text stage reads them, then searched for a passport
    MRZ facing them (classification asks): the visa's own band, read already from the
    page's words, is not read again where the locator cuts it half off (the printed line
    above taken in), and the printed lines the locator also offers are read once each way
    up, not in every variant: no fillers, no MRZ. Nothing found, as before."""
    from docverify.cache import OcrCache
    from docverify.model import Page
    from docverify.text import read_page

    visa = np.asarray(Image.open(SAMPLES / packet / "visa.png").convert("L"))
    page = read_page(Page(PageRef("visa.png", 1), visa, 300, sha256=packet), "fra+eng",
                     OcrCache(tmp_path))  # fmt: skip
    reads = _counted_band_reads(monkeypatch)
    found = read_mrz(page, dt.date(2026, 12, 5), ("P",), use_passporteye=False)
    assert found is None or found.mrz.document_code != "P<"
    assert not any("CARTER<<EMILY" in text for text in reads)
    assert len(reads) <= 2


def test_a_passports_mrz_is_read_ahead_while_the_other_pages_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Classified as it is read, a passport's data page has the MRZ reads its extraction
    will make done at once, on a thread of their own, into the audit's call cache: the
    extraction, which waits for every page, then finds them all there (no tesseract call),
    and reads the same MRZ."""
    from docverify import ocr
    from docverify.assess import PageClasses
    from docverify.cache import OcrCache
    from docverify.model import Page
    from docverify.text import read_page

    photo = np.asarray(Image.open(SAMPLES / "complete_employed" / "passeport.jpg").convert("L"))
    page = read_page(Page(PageRef("passeport.jpg", 1), photo, 300, sha256="ahead"), "fra+eng",
                     OcrCache(tmp_path / "pages"))  # fmt: skip
    as_of = dt.date(2026, 12, 5)
    previous = ocr.use_cache(OcrCache(tmp_path / "calls"))
    try:
        classes = PageClasses(as_of, workers=1)
        classes.see(page)
        classes.settle()
        calls: list[str] = []
        real = ocr._read

        def counted(kind: str, *args: object) -> object:
            calls.append(kind)
            return real(kind, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(ocr, "_read", counted)
        read = read_mrz(page, as_of, ("P",))
    finally:
        ocr.use_cache(previous)
    assert read is not None and read.mrz.valid and read.mrz.surname == "CARTER"
    assert calls == []
