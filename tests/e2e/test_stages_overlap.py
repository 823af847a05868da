"""Work that can overlap the reading of other pages does: each page is classified (its MRZ
probes included) on the thread that read it, as soon as it is read, and only once."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest

from docverify import assess, classify
from docverify.model import AuditOptions, DocType, PageText
from docverify.pipeline import audit
from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e


def test_pages_are_classified_on_the_threads_that_read_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packet = tmp_path / "packet"
    packet.mkdir()
    for name in ("rib.pdf", "passeport.jpg"):
        shutil.copy(SAMPLES / "complete_employed" / name, packet / name)
    threads: list[tuple[str, str]] = []
    real = classify.classify_all

    def recorded(page: PageText, *args: object) -> list[classify.PageClass]:
        threads.append((page.ref.file, threading.current_thread().name))
        return real(page, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(classify, "classify_all", recorded)
    monkeypatch.setattr(assess, "classify_all", recorded, raising=False)
    options = AuditOptions(dt.date(2026, 11, 15), cache_dir=tmp_path / "cache", workers=2)
    result = audit(packet, options)
    assert sorted(d.type for d in result.documents) == sorted([DocType.PASSPORT, DocType.RIB])
    assert sorted(f for f, _ in threads) == ["passeport.jpg", "rib.pdf"]  # once each
    assert all(name.startswith("ocr") for _, name in threads)
