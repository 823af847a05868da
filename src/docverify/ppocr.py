"""A second OCR engine for handwriting: PP-OCR's text-line recogniser (RapidOCR, on ONNX).

Tesseract reads print well and a hand poorly: a pen's capitals in comb boxes, or a date
written "10/27/2026" with a leaning hand, come out as "INAIUCATADIANX" or "(V2 72°26".
PP-OCR's recogniser (PaddleOCR's PP-OCRv6, as the ``rapidocr`` package ships it inside
its wheel: nothing is fetched at run time) reads the same lines "AMINATA FATOUMATA" and
"10/27/2026" (measured on the blind sets: the README's accuracy section). It reads lines
that something else found: the lines of a page tesseract read with doubt
(``hand_lines``), the zones of a form where a hand writes (``vision.handwriting.read_hand``,
and ``ocr.HAND_READ`` among tesseract's configs), an MRZ band's lines
(``vision.mrz_band.hand_read_band``); never a whole page (its own text detector is not
loaded).

One recogniser per process, loaded at its first use (about half a second) and run on one
thread: parallelism comes from reading several pages at once, as for tesseract. Reads are
cached with tesseract's (``ocr.memoize``), keyed by the line's pixels.
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Any

import numpy as np

from docverify import ocr
from docverify.fingerprints import PPOCR_MODEL, ppocr_model

log = logging.getLogger(__name__)


_lock = threading.Lock()


@functools.cache
def _engine() -> Any | None:
    """The recogniser, or None when ``rapidocr`` or ``onnxruntime`` cannot be loaded (a
    read then gives nothing, and tesseract's reads stand alone)."""
    try:
        import rapidocr
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        log.warning("PP-OCR is not available (%s): handwriting is read by tesseract alone", exc)
        return None
    # the model inside the wheel, named: the package never looks for it online
    model = ppocr_model()
    if model is None:  # pragma: no cover - a broken install
        log.warning("PP-OCR's model is missing: handwriting is read by tesseract alone")
        return None
    # the package logs each model it loads: quiet, like tesseract's own messages
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return rapidocr.RapidOCR(
        params={
            "Global.use_det": False,
            "Global.use_cls": False,
            "Global.log_level": "error",
            "Rec.model_path": str(model),
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )


def read_text_line(image: np.ndarray) -> tuple[str, float]:
    """The text of one line (a grey or black-on-white image cut to it) and the
    recogniser's confidence in it (0-1); ``("", 0.0)`` when it reads nothing."""
    hit = _read(image)
    return str(hit["text"]), float(hit["score"])


def read_line_words(image: np.ndarray) -> tuple[list[tuple[str, int, int]], float]:
    """The words of one line with where each lies across the image (left and right
    pixel, from the recogniser's character positions: a few pixels out), and the
    recogniser's confidence in the line."""
    hit = _read(image)
    return [(str(t), int(a), int(b)) for t, a, b in hit["words"]], float(hit["score"])


def _read(image: np.ndarray) -> dict[str, Any]:
    if image.size == 0:
        return {"text": "", "score": 0.0, "words": []}
    model = ppocr_model()
    stamp = f"{model.stat().st_size}" if model else "none"
    return ocr.memoize(image, ("ppocr-words", PPOCR_MODEL, stamp), lambda: _recognise(image))


def _recognise(image: np.ndarray) -> dict[str, Any]:
    with _lock:  # one model per process, its session run by one thread at a time
        engine = _engine()
        if engine is None:
            return {"text": "", "score": 0.0, "words": []}
        try:
            out = engine(image, use_det=False, use_cls=False, use_rec=True, return_word_box=True)
        except Exception as exc:  # a line it cannot take (too long for its own resizing)
            # must not sink the page: tesseract's read stands
            log.debug("PP-OCR could not read a %s line: %s", image.shape, type(exc).__name__)
            return {"text": "", "score": 0.0, "words": []}
    texts: tuple[Any, ...] = tuple(out.txts or ())
    scores: tuple[Any, ...] = tuple(out.scores or ())
    if not texts or not scores:
        return {"text": "", "score": 0.0, "words": []}
    return {
        "text": str(texts[0]).strip(),
        "score": round(float(scores[0]), 4),
        "words": _word_spans(out.word_results, image.shape[1]),
    }


def _word_spans(results: Any, width: int) -> list[list[Any]]:
    """Each word's text and its left and right pixel in a line ``width`` pixels wide,
    from the CTC columns of its characters (the recogniser reads a line in columns of a
    few pixels; a character is found at one of them).

    >>> from types import SimpleNamespace as NS
    >>> padded = NS(line_txt_len=21.2, words=[list("Attestatio"), list("dhergement")],
    ...             word_cols=[[0, 3, 12], [23, 31, 39]])
    >>> _word_spans([padded], 347)  # within the line, each left of its right
    [['Attestatio', 0, 117], ['dhergement', 190, 347]]
    """
    if not results:
        return []
    info = results[0]
    columns = float(getattr(info, "line_txt_len", 0) or 0)
    if columns <= 0:
        return []
    # a short line is padded to the recogniser's width, and its characters' columns may
    # run on past the line's own (set_bx p02's title: up to 39 of 21): they span the line
    found = [c for cols in info.word_cols or () for c in cols]
    columns = max(columns, max(found, default=0) + 1.0)
    step = width / columns
    spans = []
    for chars, cols in zip(info.words or (), info.word_cols or (), strict=False):
        if chars and cols:
            left = max(0, int((min(cols) - 1) * step))
            right = min(width, int((max(cols) + 1.5) * step))
            spans.append(["".join(chars), left, right])
    return spans


def foreign(text: str) -> bool:
    """Does PP-OCR's read hold characters of a script no page here is written in (its model
    reads Chinese and Japanese: a hand's scrawl read "HHリHA")?

    >>> foreign("HHリHA"), foreign("Né à Hô Chi Minh"), foreign("口Vous")
    (True, False, True)
    """
    return any("\u2e80" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text)
