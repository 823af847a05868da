"""An unchanged packet re-audits from its remembered result, without reading a page;
any change to a file, to the audit date or to the limits audits it again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from docverify import evidence, memo, paginate
from docverify.model import AuditOptions, Finding, Severity
from docverify.pipeline import audit
from docverify.report.json_report import to_dict
from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e

AS_OF = dt.date(2026, 11, 15)


def _report(result: object) -> dict:
    out = to_dict(result)  # type: ignore[arg-type]
    out.pop("timings")
    return out


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    folder = tmp_path / "packet"
    folder.mkdir()
    for name in ("rib.pdf", "passeport.jpg"):
        shutil.copy(SAMPLES / "complete_employed" / name, folder / name)
    return folder


def test_an_unchanged_packet_is_not_read_again(
    packet: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = AuditOptions(AS_OF, cache_dir=tmp_path / "cache", workers=1)
    first = audit(packet, options)
    assert "text" in first.timings

    def no_decoding(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a page was decoded again")

    def no_grounding(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a field was looked for in the pages again")

    monkeypatch.setattr(paginate, "load", no_decoding)
    monkeypatch.setattr(paginate, "load_stream", no_decoding)
    assert all(d.reads is not None for d in first.documents)
    monkeypatch.setattr(evidence, "_ground_words", no_grounding)
    monkeypatch.setattr(evidence, "_ground_date", no_grounding)
    again = audit(packet, options)
    assert "reused" in again.timings
    assert _report(again) == _report(first)  # where each field was read: remembered too
    assert any(d.reads for d in again.documents)
    assert all(p.image is None for d in again.documents for p in d.pages)  # never stored

    # what the user asked for overrides the memory: no cache, or a report with pages
    for fresh in (dataclasses.replace(options, use_cache=False),
                  dataclasses.replace(options, reuse_results=False)):  # fmt: skip
        with pytest.raises(AssertionError, match="decoded again"):
            audit(packet, fresh)


@pytest.mark.parametrize("change", ["file", "as_of", "limits", "new_file"])
def test_a_change_audits_again(packet: Path, tmp_path: Path, change: str) -> None:
    options = AuditOptions(AS_OF, cache_dir=tmp_path / "cache", workers=1)
    audit(packet, options)
    if change == "file":
        data = bytearray((packet / "rib.pdf").read_bytes())
        data[-3] ^= 0x20  # after %%EOF: same document, other bytes
        (packet / "rib.pdf").write_bytes(bytes(data))
    elif change == "new_file":
        shutil.copy(SAMPLES / "complete_employed" / "rib.pdf", packet / "rib2.pdf")
    elif change == "as_of":
        options = dataclasses.replace(options, as_of=AS_OF + dt.timedelta(days=1))
    else:
        limits = dataclasses.replace(options.limits, max_pages_per_file=39)
        options = dataclasses.replace(options, limits=limits)
    again = audit(packet, options)
    assert "reused" not in again.timings
    assert again.as_of == options.as_of


def test_a_result_cut_short_by_a_time_limit_is_not_remembered(packet: Path, tmp_path: Path) -> None:
    options = AuditOptions(AS_OF, cache_dir=tmp_path / "cache", workers=1)
    result = audit(packet, options)
    cut = Finding("page.ocr_timeout", Severity.WARNING, "passeport.jpg p.1: OCR stopped")
    store = memo.ResultCache(tmp_path / "other")
    store.put("k", dataclasses.replace(result, findings=(*result.findings, cut)))
    assert store.get("k") is None
    store.put("k", result)
    assert store.get("k") is not None
    (tmp_path / "other" / "k.pickle").write_bytes(b"\x80\x05garbage")
    assert store.get("k") is None  # a broken entry is recomputed, never an error


def _cli(packet: Path, cache: Path, *args: str) -> tuple[int, str, str]:
    """The command as a user runs it; stderr also says which of docverify's modules it
    loaded (``-X importtime``)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "DOCVERIFY_CACHE_DIR": str(cache)}
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "docverify", str(packet), "--as-of",
         AS_OF.isoformat(), *args],
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("args", [("-f", "json"), ("-v",)])
def test_an_unchanged_packet_prints_its_remembered_report_loading_nothing(
    packet: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """The second run prints the same report with the same exit status, and loads neither
    the pipeline nor the OCR engine; a changed file or --no-cache audits again."""
    cache = tmp_path / "cache"
    code, first, _ = _cli(packet, cache, *args)
    again_code, again, loaded = _cli(packet, cache, *args)
    assert (again_code, again) == (code, first)
    assert "docverify.pipeline" not in loaded and "tesserocr" not in loaded
    if "-v" in args:
        assert "its report is reused" in loaded
    _, _, loaded = _cli(packet, cache, "--no-cache", *args)
    assert "docverify.pipeline" in loaded
    data = bytearray((packet / "rib.pdf").read_bytes())
    data[-3] ^= 0x20  # after %%EOF: same document, other bytes
    (packet / "rib.pdf").write_bytes(bytes(data))
    changed_code, _, loaded = _cli(packet, cache, *args)
    assert "docverify.pipeline" in loaded and changed_code == code
