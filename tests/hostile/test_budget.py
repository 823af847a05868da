"""Time budgets: tesseract is stopped at the page's limit, pages not reached within the
audit's budget are reported, and the audit still ends with a report."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from docverify import ocr
from docverify.budget import Budget, finding_code, read_pages_within
from docverify.cache import OcrCache
from docverify.errors import OcrTimeout
from docverify.ingest import scan
from docverify.model import AuditOptions, Limits
from docverify.paginate import paginate
from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e


def _noise(side: int, seed: int) -> np.ndarray:
    """Salt and pepper: tesseract searches it for text for a long time."""
    rng = np.random.default_rng(seed)
    return ((rng.random((side, side)) > 0.5) * 255).astype(np.uint8)


def test_tesseract_is_stopped_at_the_page_deadline() -> None:
    start = time.perf_counter()
    with pytest.raises(OcrTimeout, match="OCR stopped after 1 s"), ocr.page_deadline(1.0):
        ocr.ocr_words(_noise(3000, 1), "eng")  # about 4 s of OCR
    assert time.perf_counter() - start < 30
    with pytest.raises(OcrTimeout), ocr.page_deadline(5.0, until=time.monotonic() - 1):
        ocr.ocr_words(_noise(50, 2), "eng")  # the audit's deadline is already past


def test_pages_left_when_the_budget_is_spent_are_reported(tmp_path: Path) -> None:
    shutil.copy(SAMPLES / "complete_employed" / "rib.pdf", tmp_path / "rib.pdf")
    Image.fromarray(_noise(300, 3)).save(tmp_path / "scan.png")
    pages = [p for src in scan(tmp_path) for p in paginate(src)]
    spent = Budget(0.0)
    texts = read_pages_within(pages, "eng", OcrCache(None, enabled=False), Limits(), spent, 1)
    by_file = {t.ref.file: t for t in texts}
    assert by_file["rib.pdf"].error is None and by_file["rib.pdf"].words  # a text layer is free
    assert by_file["scan.png"].error and by_file["scan.png"].error.startswith("not read")
    assert finding_code(by_file["scan.png"].error, "page") == "page.time_budget"


def test_an_audit_over_budget_ends_with_a_report(tmp_path: Path) -> None:
    from docverify.pipeline import audit

    shutil.copy(SAMPLES / "complete_employed" / "rib.pdf", tmp_path / "0_rib.pdf")
    for name, seed in (("a.png", 4), ("b.png", 5)):
        Image.fromarray(_noise(2500, seed)).save(tmp_path / name)
    # the budget ends while the first noise page is read: the second is never started (its
    # file is not even decoded: files are loaded as the pages before them are read)
    limits = Limits(page_timeout=5.0, time_budget=1.0)
    options = AuditOptions(as_of=dt.date(2026, 11, 15), workers=1, use_cache=False, limits=limits)
    start = time.perf_counter()
    result = audit(tmp_path, options)
    assert time.perf_counter() - start < 60
    codes = {f.code for f in result.findings}
    assert codes & {"page.time_budget", "file.time_budget"}, codes
    assert codes <= {"page.time_budget", "file.time_budget", "page.ocr_timeout"}, codes
    assert any(d.type.value == "rib" for d in result.documents)
    bank = next(r for r in result.requirements if r.id == "bank_details")
    assert bank.status.value != "missing"
    identity = next(r for r in result.requirements if r.id == "identity")
    note = next(f for f in identity.findings if f.code.endswith("maybe_in_unreadable_file"))
    assert "b.png" in note.message
