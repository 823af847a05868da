"""Junk in the packet: every bad file becomes a clean finding, the rest is audited, and
nothing in the packet folder is ever written to."""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e


def _tree_hashes(root: Path) -> dict[str, tuple[str, float]]:
    return {
        p.relative_to(root).as_posix(): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime,
        )
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _encrypted_pdf() -> bytes:
    pikepdf = pytest.importorskip("pikepdf")
    pdf = pikepdf.new()
    pdf.add_blank_page()
    buf = io.BytesIO()
    pdf.save(buf, encryption=pikepdf.Encryption(owner="o", user="secret", R=6))
    return buf.getvalue()


@pytest.fixture
def junk_packet(tmp_path: Path) -> Path:
    packet = tmp_path / "junk"
    packet.mkdir()
    shutil.copy(SAMPLES / "complete_employed" / "rib.pdf", packet / "rib.pdf")  # one good file
    (packet / "empty.pdf").write_bytes(b"")
    good = (SAMPLES / "complete_employed" / "rib.pdf").read_bytes()
    (packet / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (packet / "notes.txt").write_text("not a document")
    (packet / "photo.jpg").write_text("this is text with a .jpg name")
    (packet / "locked.pdf").write_bytes(_encrypted_pdf())
    big = Image.new("1", (12_000, 11_000), 1)  # 132 Mpx: refused as a decompression bomb
    big.save(packet / "huge.png", optimize=True)
    buf = io.BytesIO()
    Image.fromarray(np.full((40, 40), 255, np.uint8)).save(buf, "PNG")
    (packet / "blank.png").write_bytes(buf.getvalue())
    sub = packet / "sub" / ".hidden"
    sub.mkdir(parents=True)
    (sub / "ignored.pdf").write_bytes(b"%PDF-junk")
    return packet


def test_junk_files_become_findings(junk_packet: Path, audit_packet: Any) -> None:
    before = _tree_hashes(junk_packet)
    result = audit_packet(junk_packet, "2026-11-15")
    after = _tree_hashes(junk_packet)
    assert before == after, "the packet folder was modified"
    errors = {f.rel: f.error for f in result.files}
    for name in ("empty.pdf", "truncated.pdf", "notes.txt", "photo.jpg", "locked.pdf", "huge.png"):
        assert errors.get(name), f"{name}: {errors.get(name)!r}"
    assert "password" in errors["locked.pdf"] or "encrypted" in errors["locked.pdf"]
    assert errors["rib.pdf"] is None
    assert "sub/.hidden/ignored.pdf" not in errors
    # the good file is still audited
    assert any(d.type.value == "rib" for d in result.documents)
    bank = next(r for r in result.requirements if r.id == "bank_details")
    assert bank.status.value in ("complete", "questionable", "invalid")
    codes = {f.code for f in result.findings}
    assert "file.unreadable" in codes
    # missing pieces mention the unreadable files
    form = next(r for r in result.requirements if r.id == "application_form")
    assert any(f.code.endswith("maybe_in_unreadable_file") for f in form.findings)


def test_empty_folder_is_incomplete_not_a_crash(tmp_path: Path, audit_packet: Any) -> None:
    result = audit_packet(tmp_path, "2026-11-15")
    assert result.status.value == "incomplete"
    assert {r.status.value for r in result.requirements} <= {"missing", "not_applicable"}


def test_samples_are_never_written(audit_packet: Any) -> None:
    packet = SAMPLES / "defect_two_bills"
    before = _tree_hashes(packet)
    audit_packet(packet, "2026-11-15")
    assert _tree_hashes(packet) == before


def test_a_page_whose_ocr_fails_is_reported_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from docverify import text
    from docverify.model import AuditOptions
    from docverify.pipeline import audit

    packet = tmp_path / "p"
    packet.mkdir()
    shutil.copy(SAMPLES / "complete_employed" / "passeport.jpg", packet / "passeport.jpg")

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("tesseract crashed")

    monkeypatch.setattr(text, "upright_and_read", broken)
    result = audit(
        packet, AuditOptions(as_of=dt.date(2026, 11, 15), cache_dir=tmp_path / "c", workers=1)
    )
    assert [f.code for f in result.findings] == ["page.unreadable"]
    identity = next(r for r in result.requirements if r.id == "identity")
    assert identity.status.value == "missing"
    note = next(f for f in identity.findings if f.code.endswith("maybe_in_unreadable_file"))
    assert "passeport.jpg p.1" in note.message
