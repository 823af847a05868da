"""The tesseract engine: in-process through tesserocr, else the ``tesseract`` program.

Both run the same library with the same settings and give the same words; in-process,
a zone read (an MRZ band, a comb box, a form field) costs the recognition alone instead
of starting a process and loading the language model every time (about 0.07 s instead
of 0.5-0.8 s for a short line on the 2-core machine). Engines are kept in a pool keyed
by languages and engine mode, one per thread using it at a time; tesserocr releases the
GIL while it recognises, so the page threads of ``text.py`` run side by side.

The CLI path (pytesseract) is what runs when tesserocr cannot be imported, or when
``DOCVERIFY_TESSERACT=cli``. Only three operations are offered: TSV words, plain text,
and orientation (OSD).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import os
import re
import shlex
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image

from docverify.errors import OcrTimeout, OcrUnavailable

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # before the library is loaded

import pytesseract

try:
    import tesserocr
except ImportError:  # pragma: no cover - the install script builds it
    tesserocr = None


@dataclass(frozen=True)
class Settings:
    """A tesseract command line's settings: ``--oem 1 --psm 6 -c name=value``."""

    psm: int = 3
    oem: int | None = None
    variables: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    @functools.cache
    def parse(cls, config: str) -> Settings:
        """
        >>> Settings.parse("--oem 1 --psm 7 -c tessedit_char_whitelist=0123456789")
        Settings(psm=7, oem=1, variables=(('tessedit_char_whitelist', '0123456789'),))
        """
        psm, oem, variables = 3, None, []
        words = iter(shlex.split(config))
        for word in words:
            if word == "--psm":
                psm = int(next(words))
            elif word == "--oem":
                oem = int(next(words))
            elif word == "-c":
                name, _, value = next(words).partition("=")
                variables.append((name, value))
            else:
                raise ValueError(f"unsupported tesseract option {word!r}")
        return cls(psm, oem, tuple(variables))


def use_cli() -> bool:
    return tesserocr is None or os.environ.get("DOCVERIFY_TESSERACT") == "cli"


@functools.cache
def tessdata() -> str:
    """The language data folder of the installed ``tesseract`` program, so both engines
    read the same models (``TESSDATA_PREFIX`` first, as tesseract itself does)."""
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        return prefix.rstrip("/") + "/"
    try:
        out = subprocess.run(
            [pytesseract.pytesseract.tesseract_cmd, "--list-langs"],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        found = re.search(r'"([^"]+)"', out.stdout + out.stderr)
    except OSError:
        found = None
    if found:
        return found.group(1).rstrip("/") + "/"
    return str(tesserocr.get_languages()[0]) if tesserocr is not None else ""


LEPTONICA_QUIET = 6
"""Leptonica's ``L_SEVERITY_NONE``: no message at all."""


@functools.cache
def quiet_leptonica() -> bool:
    """Leptonica, under tesseract, writes its complaints to the process's stderr ("Error in
    boxClipToRectangle: box outside rectangle") when a layout pass hands it a box off the
    edge of a small crop: harmless for the read, noise in the user's terminal and in an
    adviser's batch log. Its messages are turned off in the library tesserocr loaded (the
    same soname, so the same copy). False when no leptonica could be found."""
    for name in ("lept", "leptonica"):
        found = ctypes.util.find_library(name)
        if found is None:
            continue
        try:
            ctypes.CDLL(found).setMsgSeverity(LEPTONICA_QUIET)
        except (OSError, AttributeError):
            continue
        return True
    return False


def _new_engine(languages: str, oem: int | None) -> Any:
    quiet_leptonica()
    kwargs: dict[str, Any] = {"path": tessdata(), "lang": languages}
    if oem is not None:
        kwargs["oem"] = oem
    try:
        return tesserocr.PyTessBaseAPI(**kwargs)
    except RuntimeError as exc:
        raise OcrUnavailable(f"tesseract could not load {languages!r}: {exc}") from exc


class _Pool:
    """Idle tesserocr engines by (languages, engine mode); one is taken per call."""

    def __init__(self) -> None:
        self._idle: dict[tuple[str, int | None], list[Any]] = {}
        self._loading: dict[tuple[str, int | None], threading.Event] = {}
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def engine(self, languages: str, oem: int | None, psm: int) -> Iterator[Any]:
        key = (languages, oem)
        with self._lock:
            idle = self._idle.setdefault(key, [])
            api = idle.pop() if idle else None
            loading = None if api is not None else self._loading.get(key)
        if loading is not None:  # being loaded ahead (``prewarm``): that one is sooner
            loading.wait()
            with self._lock:
                api = idle.pop() if idle else None
        if api is None:
            api = _new_engine(languages, oem)
        try:
            api.SetPageSegMode(psm)
            yield api
        finally:
            api.Clear()
            with self._lock:
                self._idle[key].append(api)

    def prewarm(self, languages: str, oem: int | None, count: int = 1) -> None:
        """Load ``count`` engines for ``languages`` ahead of their first calls, one after
        the other (loading the models takes a few tenths of a second: done while the
        packet's first file is decoded; one engine for each reader, so that none loads its
        own). A read that finds none idle waits for the one being loaded."""
        key = (languages, oem)
        for _ in range(count):
            with self._lock:
                if len(self._idle.get(key, ())) >= count or key in self._loading:
                    return
                self._loading[key] = done = threading.Event()
            try:
                with contextlib.suppress(OcrUnavailable):
                    api = _new_engine(languages, oem)
                    with self._lock:
                        self._idle.setdefault(key, []).append(api)
            finally:
                with self._lock:
                    del self._loading[key]
                done.set()


_pool = _Pool()


def prewarm(languages: str, engines: int = 1) -> None:
    """Load the engines the first pages' reads need: one in ``languages`` for each of the
    ``engines`` readers, then orientation detection's (most pages read upright at once,
    and only the others need it)."""
    if use_cli():
        return
    _pool.prewarm(languages, 1, engines)
    _pool.prewarm("osd", None)


@contextlib.contextmanager
def _variables(api: Any, variables: tuple[tuple[str, str], ...]) -> Iterator[None]:
    saved = [(name, api.GetVariableAsString(name)) for name, _ in variables]
    for name, value in variables:
        api.SetVariable(name, value)
    try:
        yield
    finally:
        for name, value in saved:
            api.SetVariable(name, value or "")


def _set_image(api: Any, image: np.ndarray) -> None:
    """The pixels as raw bytes: no resolution is attached, as in the PNG the CLI path
    writes, so tesseract estimates it the same way and the layout comes out the same."""
    image = np.ascontiguousarray(image)
    depth = 1 if image.ndim == 2 else image.shape[2]
    api.SetImageBytes(
        image.tobytes(), image.shape[1], image.shape[0], depth, image.shape[1] * depth
    )


def _recognise(api: Any, image: np.ndarray, timeout: float) -> None:
    _set_image(api, image)
    start = time.monotonic()
    if not api.Recognize(int(timeout * 1000)):
        if time.monotonic() - start >= timeout * 0.95:
            raise OcrTimeout(f"tesseract stopped after {timeout:.0f} s")
        raise RuntimeError("tesseract could not read the image")


@contextlib.contextmanager
def _recognised(image: np.ndarray, languages: str, config: str, timeout: float) -> Iterator[Any]:
    """An engine of the pool set up as ``config`` says, having read ``image``."""
    s = Settings.parse(config)
    with _pool.engine(languages, s.oem, s.psm) as api, _variables(api, s.variables):
        _recognise(api, image, timeout)
        yield api


def tsv(image: np.ndarray, languages: str, config: str, timeout: float) -> str:
    """Tesseract's TSV rows (level, page, block, paragraph, line, word, left, top, width,
    height, conf, text), without the header line."""
    if use_cli():
        pil = Image.fromarray(image)
        out = str(_cli(pytesseract.image_to_data, pil, lang=languages, config=config,
                       timeout=timeout))  # fmt: skip
        return out.split("\n", 1)[1] if out.startswith("level") else out
    with _recognised(image, languages, config, timeout) as api:
        return str(api.GetTSVText(0))


def text(image: np.ndarray, languages: str, config: str, timeout: float) -> str:
    """Plain text, lines separated by newlines."""
    if use_cli():
        pil = Image.fromarray(image)
        return str(_cli(pytesseract.image_to_string, pil, lang=languages, config=config,
                        timeout=timeout))  # fmt: skip
    with _recognised(image, languages, config, timeout) as api:
        return str(api.GetUTF8Text())


_ROTATE = re.compile(r"Rotate: (\d+)")
_CONF = re.compile(r"Orientation confidence: ([\d.]+)")
_SCRIPT = re.compile(r"Script: (\w+)")


def orientation(image: np.ndarray, config: str, timeout: float) -> tuple[int, float, str]:
    """Clockwise rotation that makes the page upright, OSD's confidence in it and the
    script it sees ("Latin", "Cyrillic", "Arabic"...); (0, 0.0, "") when OSD cannot tell."""
    s = Settings.parse(config)
    if use_cli():
        try:
            osd = str(
                _cli(
                    pytesseract.image_to_osd, Image.fromarray(image), config=config, timeout=timeout
                )
            )
        except pytesseract.TesseractError:
            return 0, 0.0, ""
        rotate, conf, script = _ROTATE.search(osd), _CONF.search(osd), _SCRIPT.search(osd)
        return (
            int(rotate.group(1)) if rotate else 0,
            float(conf.group(1)) if conf else 0.0,
            script.group(1) if script else "",
        )
    with _pool.engine("osd", s.oem, s.psm) as api, _variables(api, s.variables):
        _set_image(api, image)
        found = api.DetectOrientationScript()
    if not found:
        return 0, 0.0, ""
    rotation = (360 - int(found["orient_deg"])) % 360
    return rotation, round(float(found["orient_conf"]), 2), str(found.get("script_name") or "")


def _cli(call: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return call(*args, **kwargs)
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OcrTimeout(f"tesseract stopped after {kwargs.get('timeout', 0):.0f} s") from exc
        raise


@functools.cache
def version() -> str:
    """The engine's version line, part of every cache key."""
    if use_cli():
        return str(pytesseract.get_tesseract_version())
    return str(tesserocr.tesseract_version()).splitlines()[0].split()[-1]


@functools.cache
def languages() -> frozenset[str]:
    if use_cli():
        return frozenset(pytesseract.get_languages(config=""))
    return frozenset(tesserocr.get_languages(tessdata())[1])
