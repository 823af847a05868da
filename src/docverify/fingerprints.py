"""What a remembered result depends on besides the packet: docverify's own files, the
OCR engine installed, the 2D-Doc trust store. Light on purpose (no OCR engine, no image
library is imported): a re-audit of an unchanged packet computes them before it decides
whether anything needs loading at all."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from docverify.model import AuditOptions, Finding, SourceFile


@functools.cache
def code_fingerprint() -> str:
    """A hash of docverify's own files (code, lexicons, data): results computed by any
    other version are not reused."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix not in {".pyc", ".pyo"}:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _stat_line(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return f"{path}:-"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


@functools.cache
def engine_fingerprint() -> str:
    """The installed OCR engine as files: the ``tesseract`` program, the library it and
    tesserocr load, and the language data (names, sizes, times). An upgrade of any of
    them changes it, without starting the engine to ask its version."""
    parts: list[str] = []
    program = shutil.which(os.environ.get("TESSERACT_CMD", "tesseract"))
    parts.append(_stat_line(Path(program)) if program else "no-tesseract")
    for libdir in (Path("/usr/lib/x86_64-linux-gnu"), Path("/usr/lib/aarch64-linux-gnu"),
                   Path("/usr/lib"), Path("/usr/local/lib")):  # fmt: skip
        parts.extend(_stat_line(p) for p in sorted(libdir.glob("libtesseract.so*")))
    data = os.environ.get("TESSDATA_PREFIX")
    roots = [Path(data)] if data else sorted(Path("/usr/share/tesseract-ocr").glob("*/tessdata"))
    for root in roots:
        parts.extend(_stat_line(p) for p in sorted(root.glob("*.traineddata")))
    # and the handwriting reader's model (``docverify.ppocr``)
    model = ppocr_model()
    parts.append(_stat_line(model) if model else "no-ppocr")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


PPOCR_MODEL = "PP-OCRv6_rec_small.onnx"
"""PP-OCR's text-line recogniser, as the ``rapidocr`` wheel ships it."""


@functools.cache
def ppocr_model() -> Path | None:
    """Where the ``rapidocr`` package keeps PP-OCR's recogniser (found without importing
    the package); None when it is not installed."""
    import importlib.util

    spec = importlib.util.find_spec("rapidocr")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "models" / PPOCR_MODEL
    return path if path.is_file() else None


def default_trust_dir() -> Path:
    env = os.environ.get("DOCVERIFY_TRUST_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir("docverify")) / "trust"


def trust_fingerprint() -> str:
    """What the user's trust store holds (names, sizes, times of its files) and the test
    mode: remembered audit results depend on it."""
    root = default_trust_dir()
    parts = [os.environ.get("DOCVERIFY_SEAL_TEST_MODE", "")]
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            if path.is_file():
                st = path.stat()
                parts.append(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def listing_parts(
    files: Iterable[SourceFile], findings: Iterable[Finding], options: AuditOptions
) -> list[str]:
    """What a remembered audit of a packet rests on besides the fingerprints: the options
    that change a verdict, every listed file's name, bytes (SHA-256) and what listing said
    of it, and listing's findings (``memo.packet_key``, ``reuse.report_key``)."""
    parts = [options.as_of.isoformat(), repr(options.employed), options.ocr_languages,
             repr(options.limits)]  # fmt: skip
    parts += [f"{f.rel}\x1e{f.sha256}\x1e{f.kind}\x1e{f.error}\x1e{f.error_code}" for f in files]
    parts += [f"{f.code}\x1e{f.message}" for f in findings]
    return parts
