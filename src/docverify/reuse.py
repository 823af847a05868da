"""Reports remembered as printed: an unchanged packet audited again with the same options
prints the report it printed before, as it was (its timings are those of the audit that
made it), without loading the audit's modules (OCR engine, image libraries, extractors)
or reading any page.

The key is what ``memo.packet_key`` rests on (every file's bytes and name, what listing
said of them, the options that change a verdict, docverify's own files, the trust store)
with the OCR engine known by its files (``fingerprints.engine_fingerprint``: no engine
is started to ask its version), plus everything that changes the printed text: format,
language, redaction, detail, and for the terminal its width and colours. A report that a
time limit cut short is never stored (``memo.cut_short``), nor an HTML report (it shows
the pages' images). Entries are small JSON files in the user's cache folder (mode 0600)
and are ignored when unreadable."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from docverify.cache import default_cache_dir
from docverify.fingerprints import (
    code_fingerprint,
    engine_fingerprint,
    listing_parts,
    trust_fingerprint,
)
from docverify.model import AuditOptions, Finding, SourceFile

log = logging.getLogger(__name__)

REUSE_VERSION = "1"


def report_key(
    files: Iterable[SourceFile],
    findings: Iterable[Finding],
    options: AuditOptions,
    render: Sequence[str],
) -> str:
    """The key of a printed report of these listed files, options and rendering."""
    parts = [REUSE_VERSION, code_fingerprint(), engine_fingerprint(), trust_fingerprint(),
             *render, *listing_parts(files, findings, options)]  # fmt: skip
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


@dataclass(frozen=True)
class Printed:
    """A remembered report: the packet's status (the exit code follows) and its text."""

    status: str
    text: str


class ReportStore:
    """Printed reports by ``report_key``, in the cache folder (beside the audit results)."""

    def __init__(self, root: Path | None = None, enabled: bool = True) -> None:
        self.root = root or default_cache_dir() / "reports"
        self.enabled = enabled

    def _path(self, key: str) -> Path:
        return self.root / f"{key}.json"

    def get(self, key: str) -> Printed | None:
        if not self.enabled:
            return None
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
            return Printed(str(raw["status"]), str(raw["text"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.debug("remembered report unreadable: %s", type(exc).__name__)
            return None

    def put(self, key: str, printed: Printed) -> None:
        if not self.enabled:
            return
        tmp = None
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
            os.chmod(tmp, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"status": printed.status, "text": printed.text}, fh, ensure_ascii=False)
            os.replace(tmp, self._path(key))
        except OSError as exc:
            log.warning("report not remembered: %s", exc)
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
