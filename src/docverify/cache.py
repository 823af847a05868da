"""On-disk cache of OCR results, outside the packet (the user cache folder).

Keyed by the page content hash and every OCR setting, so a second audit of the same
packet skips tesseract entirely. Entries are small JSON files; a corrupt entry is
ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

CACHE_VERSION = "1"


def default_cache_dir() -> Path:
    env = os.environ.get("DOCVERIFY_CACHE_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir("docverify")) / "ocr"


class OcrCache:
    def __init__(self, root: Path | None, enabled: bool = True) -> None:
        self.root = root or default_cache_dir()
        self.enabled = enabled

    @staticmethod
    def key(*parts: str) -> str:
        return hashlib.sha256("\x1f".join((CACHE_VERSION, *parts)).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled:
            return None
        try:
            with self._path(key).open(encoding="utf-8") as fh:
                value = json.load(fh)
            return value if isinstance(value, dict) else None
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: dict[str, Any]) -> None:
        if not self.enabled:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(value, fh, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError as exc:  # a read-only home must not break the audit
            log.debug("OCR cache not writable: %s", exc)
