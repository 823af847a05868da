"""Shared test fixtures: where the samples and the public specimens are, a session-wide
OCR cache (identical rendered pages across packets are OCR'd once per run), and an
in-process audit helper."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
SPECIMENS = SHARED / "specimens"

if str(SAMPLES) not in sys.path:  # the sample renderer, for packets built at test time
    sys.path.insert(0, str(SAMPLES))


def specimens_or_skip() -> Path:
    if not SPECIMENS.is_dir():
        pytest.skip(f"public specimens not found at {SPECIMENS}")
    return SPECIMENS


@pytest.fixture(scope="session")
def ocr_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = os.environ.get("DOCVERIFY_CACHE_DIR")
    return Path(env) if env else tmp_path_factory.mktemp("ocr-cache")


@pytest.fixture(scope="session")
def audit_packet(ocr_cache_dir: Path) -> Any:
    """Run the real pipeline (real tesseract) on a packet folder; OCR is cached for the
    session, whole results are not reused (``reuse_results=True`` to test that)."""
    from docverify.model import AuditOptions
    from docverify.pipeline import audit

    def run(packet: Path, as_of: str | dt.date, **options: Any) -> Any:
        day = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
        options.setdefault("reuse_results", False)
        opts = AuditOptions(as_of=day, cache_dir=ocr_cache_dir, workers=1, **options)
        return audit(packet, opts)

    return run
