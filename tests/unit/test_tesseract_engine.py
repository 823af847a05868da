"""The in-process engine (tesserocr) reads exactly what the tesseract program reads:
same words, boxes, confidences and line numbers, same plain text under a whitelist, same
orientation. Real tesseract on a rendered page; the CLI path is forced by
``DOCVERIFY_TESSERACT=cli``."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docverify import ocr, tesseract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

pytestmark = pytest.mark.skipif(tesseract.tesserocr is None, reason="tesserocr not built")


def _page() -> np.ndarray:
    img = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(img)
    text = ImageFont.truetype(FONT, 30)
    mono = ImageFont.truetype(MONO, 34)
    lines = ["RELEVÉ D'IDENTITÉ BANCAIRE", "Titulaire du compte : Mme Aïcha DIALLO",
             "Domiciliation : Agence Paris Nation", "Date de naissance : 14/03/1991"]  # fmt: skip
    for i, line in enumerate(lines):
        draw.text((80, 80 + 70 * i), line, font=text, fill=0)
    draw.text((80, 620), "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", font=mono, fill=0)
    draw.text((80, 680), "L898902C36UTO7408122F1204159ZE184226B<<<<<10", font=mono, fill=0)
    return np.asarray(img)


def _reads(monkeypatch: pytest.MonkeyPatch, engine: str) -> dict[str, object]:
    monkeypatch.setenv("DOCVERIFY_TESSERACT", engine)
    monkeypatch.setattr(ocr, "_call_cache", None)
    page = _page()
    band = page[600:740]
    return {
        "words": ocr.ocr_words(page, "fra+eng"),
        "line": ocr.ocr_words(band, "eng", psm=7),
        "mrz": ocr.ocr_lines(band, "eng", whitelist=ocr.MRZ_WHITELIST),
        "upside_down": ocr.detect_orientation(np.ascontiguousarray(np.rot90(page, 2))),
    }


def test_both_engines_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    cli = _reads(monkeypatch, "cli")
    lib = _reads(monkeypatch, "lib")
    assert lib == cli
    words = " ".join(w.text for w in lib["words"])  # type: ignore[attr-defined]
    assert "DIALLO" in words and "P<UTOERIKSSON<<ANNA" in str(lib["mrz"])


def test_settings_that_are_not_understood_are_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        tesseract.Settings.parse("--psm 6 -l fra")


def test_an_engine_loaded_ahead_is_the_one_the_first_read_takes() -> None:
    """``prewarm`` loads the models on another thread while the first file is decoded; the
    first read waits for that engine rather than loading a second one."""
    import threading
    import time

    pool = tesseract._Pool()
    started = threading.Thread(target=pool.prewarm, args=("eng", 1))
    started.start()
    while ("eng", 1) not in pool._loading and not pool._idle.get(("eng", 1)):
        time.sleep(0.001)  # the load has begun
    with pool.engine("eng", 1, 3) as api:  # while it loads, or after
        first = api
    started.join()
    pool.prewarm("eng", 1)  # loaded already: nothing more
    assert [id(a) for a in pool._idle[("eng", 1)]] == [id(first)]


def test_each_reader_finds_an_engine_loaded_ahead() -> None:
    """Two readers: two engines are loaded ahead, one after the other, so the second reader's
    first page does not wait for its own (0.15-0.3 s on its first page); loaded once, a
    second ``prewarm`` adds none."""
    pool = tesseract._Pool()
    pool.prewarm("eng", 1, 2)
    assert len(pool._idle[("eng", 1)]) == 2
    with pool.engine("eng", 1, 3) as one, pool.engine("eng", 1, 3) as two:
        assert one is not two
    pool.prewarm("eng", 1, 2)
    assert len(pool._idle[("eng", 1)]) == 2


def test_the_reading_engines_are_loaded_before_orientation_detections(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most pages read upright at once and never need OSD: the engines that read come first."""
    order: list[tuple[str, int]] = []
    monkeypatch.setattr(tesseract, "use_cli", lambda: False)
    monkeypatch.setattr(
        tesseract._pool, "prewarm", lambda lang, oem, count=1: order.append((lang, count))
    )
    tesseract.prewarm("fra+eng", 2)
    assert order == [("fra+eng", 2), ("osd", 1)]
