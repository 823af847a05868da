"""Whole audits remembered by content: an unchanged packet re-audits without decoding,
rendering or reading any of its pages again.

The key is everything the result depends on: every file's bytes (SHA-256, computed
while listing the packet) with its name and what listing said about it, the audit
options that change a verdict (audit date, work override, OCR languages, limits), the
tesseract version, the 2D-Doc trust store, and docverify's own code and data (a
fingerprint of the package's files, so an upgrade or a local change never reuses a
stale result). Page images are not kept (they are what makes a packet heavy): a report
that shows pages (HTML) runs the audit, whose OCR is then cached page by page.

A result that a time limit cut short (a page stopped at its timeout, the audit's budget
spent) is never stored: the next run tries again. Entries are pickles in the user's own
cache folder (mode 0600), next to the OCR cache, and are ignored when unreadable.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from docverify import ocr
from docverify.budget import finding_code
from docverify.cache import default_cache_dir
from docverify.fingerprints import code_fingerprint, listing_parts
from docverify.model import AuditOptions, AuditResult, Document, Finding, SourceFile

log = logging.getLogger(__name__)

MEMO_VERSION = "1"
CUT_SHORT = (".time_budget", ".ocr_timeout")
"""Endings of the finding codes of a result that a time limit cut short (see
``budget.finding_code``): never remembered."""


def packet_key(
    files: Iterable[SourceFile], findings: Iterable[Finding], options: AuditOptions, trust: str
) -> str:
    """The key of an audit of these listed files with these options."""
    parts = [MEMO_VERSION, code_fingerprint(), ocr.tesseract_version(), trust,
             *listing_parts(files, findings, options)]  # fmt: skip
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def cut_short(result: AuditResult) -> bool:
    """Did a time limit leave a page or a file of this result unread?"""
    codes = {f.code for f in result.findings}
    codes |= {finding_code(f.error) for f in result.files if f.error}
    return any(code.endswith(CUT_SHORT) for code in codes)


def _without_images(doc: Document) -> Document:
    pages = tuple(dataclasses.replace(p, image=None) for p in doc.pages)
    return dataclasses.replace(doc, pages=pages)


def read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


class _Pickler(pickle.Pickler):
    """Pickles read-only mappings (``Mrz.checks``) as what they wrap."""

    def __init__(self, file: Any) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.dispatch_table = {
            **copyreg.dispatch_table,
            MappingProxyType: lambda m: (read_only, (dict(m),)),
        }


class ResultCache:
    """Audit results by ``packet_key``, in ``root`` (default: beside the OCR cache)."""

    def __init__(self, root: Path | None = None, enabled: bool = True) -> None:
        self.root = root or default_cache_dir().parent / "results"
        self.enabled = enabled

    def _path(self, key: str) -> Path:
        return self.root / f"{key}.pickle"

    def get(self, key: str) -> AuditResult | None:
        if not self.enabled:
            return None
        try:
            with self._path(key).open("rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception as exc:
            log.debug("result cache entry unreadable: %s", type(exc).__name__)
            return None
        return value if isinstance(value, AuditResult) else None

    def put(self, key: str, result: AuditResult) -> None:
        if not self.enabled or cut_short(result):
            return
        light = dataclasses.replace(
            result, documents=tuple(_without_images(d) for d in result.documents)
        )
        tmp = None
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
            os.chmod(tmp, 0o600)
            with os.fdopen(fd, "wb") as fh:
                _Pickler(fh).dump(light)
            os.replace(tmp, self._path(key))
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
            log.warning("audit result not cached: %s", exc)
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
