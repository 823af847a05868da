"""Tesseract, called through pytesseract, one thread per process (OMP_THREAD_LIMIT=1).

Parallelism comes from running several pages at once (see ``text.py``), which on a
2-core machine is about five times faster than tesseract's own threading.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil

import numpy as np
import pytesseract
from PIL import Image

from docverify.errors import OcrUnavailable
from docverify.model import Word

log = logging.getLogger(__name__)

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

MRZ_WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


@functools.cache
def tesseract_version() -> str:
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise OcrUnavailable(
            "tesseract is not installed: run the README's install command "
            "(Debian: apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng)"
        )
    return str(pytesseract.get_tesseract_version())


@functools.cache
def available_languages() -> frozenset[str]:
    tesseract_version()
    return frozenset(pytesseract.get_languages(config=""))


def usable_languages(wanted: str) -> str:
    """Keep the installed languages of a ``fra+eng`` string; fail if none is left."""
    have = available_languages()
    keep = [lang for lang in wanted.split("+") if lang in have]
    if not keep:
        raise OcrUnavailable(
            f"no tesseract language data for {wanted!r} (installed: {sorted(have)})"
        )
    return "+".join(keep)


def detect_orientation(image: np.ndarray) -> tuple[int, float]:
    """Clockwise rotation (0/90/180/270) that makes the page upright, and OSD confidence.

    Returns (0, 0.0) when tesseract's OSD cannot tell (too little text).
    """
    tesseract_version()
    h, w = image.shape[:2]
    scale = min(1.0, 2000 / max(h, w))
    small = Image.fromarray(image)
    if scale < 1.0:
        small = small.resize((int(w * scale), int(h * scale)), Image.Resampling.LANCZOS)
    try:
        osd = pytesseract.image_to_osd(small, config="--psm 0 -c min_characters_to_try=10")
    except pytesseract.TesseractError as exc:
        log.debug("OSD failed: %s", exc)
        return 0, 0.0
    rotate = re.search(r"Rotate: (\d+)", osd)
    conf = re.search(r"Orientation confidence: ([\d.]+)", osd)
    return (int(rotate.group(1)) if rotate else 0), (float(conf.group(1)) if conf else 0.0)


def words_from_data(data: dict[str, list]) -> tuple[Word, ...]:
    out: list[Word] = []
    for i, text in enumerate(data["text"]):
        text = str(text).strip()
        if not text:
            continue
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if conf < 0:
            continue
        x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        out.append(Word(text, (x, y, x + w, y + h), conf, line))
    return tuple(out)


def ocr_words(image: np.ndarray, languages: str, psm: int = 3, extra: str = "") -> tuple[Word, ...]:
    """Words with boxes and confidence, by tesseract's LSTM engine."""
    tesseract_version()
    config = f"--oem 1 --psm {psm} -c preserve_interword_spaces=0 {extra}".strip()
    data = pytesseract.image_to_data(
        Image.fromarray(image), lang=languages, config=config, output_type=pytesseract.Output.DICT
    )
    return words_from_data(data)


def ocr_lines(image: np.ndarray, languages: str = "eng", psm: int = 6, whitelist: str = "") -> str:
    """Plain text of a crop (used for MRZ bands and small zones)."""
    tesseract_version()
    config = f"--oem 1 --psm {psm}"
    if whitelist:
        config += f" -c tessedit_char_whitelist={whitelist}"
    return str(pytesseract.image_to_string(Image.fromarray(image), lang=languages, config=config))
