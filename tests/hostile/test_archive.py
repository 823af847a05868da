"""A .zip packet is audited like a folder, unpacked safely into a private temporary folder
that is removed afterwards: no zip-slip, no zip bomb, no nested archive, no link."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest
from samplekit.hostile import zip_bomb

from docverify import archive
from docverify.errors import FileReadError
from docverify.ingest import open_packet
from docverify.model import AuditOptions, Limits
from tests.conftest import SAMPLES

GOOD = SAMPLES / "complete_employed"


def _zip(entries: dict[str, bytes], **kw: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, **kw) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where archives are unpacked during the test (to see that nothing is left)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_zip_slip_links_and_nested_archives_are_refused(tmp_path: Path, private_tmp: Path) -> None:
    victim = tmp_path / "victim"
    data = _zip(
        {
            "docs/rib.pdf": (GOOD / "rib.pdf").read_bytes(),
            "../victim/evil.pdf": b"%PDF",
            "docs/../../../victim/evil2.pdf": b"%PDF",
            "/tmp/abs.pdf": b"%PDF",
            "C:\\\\Windows\\\\evil.pdf": b"%PDF",
            "inner.zip": _zip({"x.pdf": b"%PDF"}),
            "disguised.pdf": _zip({"x.pdf": b"%PDF"}),
            "archive.tar.gz": b"\x1f\x8b" + bytes(30),
            ".hidden.pdf": b"%PDF",
            "__MACOSX/docs/._rib.pdf": b"junk",
        }
    )
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a") as zf:
        link = zipfile.ZipInfo("link.pdf")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    with archive.unpacked(buf.getvalue()) as unpacked:
        folder = unpacked.folder
        assert oct(folder.stat().st_mode & 0o777) == "0o700"
        assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
            "docs",
            "docs/rib.pdf",
        ]
        refused = {r.name: r.code for r in unpacked.refused}
    assert refused == {
        "../victim/evil.pdf": "archive.unsafe_path",
        "docs/../../../victim/evil2.pdf": "archive.unsafe_path",
        "/tmp/abs.pdf": "archive.unsafe_path",
        "C:\\\\Windows\\\\evil.pdf": "archive.unsafe_path",
        "inner.zip": "archive.nested",
        "disguised.pdf": "archive.nested",
        "archive.tar.gz": "archive.nested",
        "link.pdf": "archive.symlink",
    }
    assert not folder.exists(), "the temporary folder was left behind"
    assert not victim.exists() and not Path("/tmp/abs.pdf").exists()
    assert list(private_tmp.iterdir()) == []


def test_zip_bombs_are_refused_before_they_fill_anything(private_tmp: Path) -> None:
    with archive.unpacked(zip_bomb(1024)) as unpacked:
        assert {r.name: r.code for r in unpacked.refused} == {
            "zeros.pdf": "archive.bomb",
            "nested.zip": "archive.nested",
        }
        assert list(unpacked.folder.iterdir()) == []
    # sizes: per entry and for the whole archive, checked on the bytes really unpacked too
    noise = os.urandom(300_000)
    limits = Limits(max_file_bytes=250_000, max_archive_bytes=700_000)
    with archive.unpacked(_zip({f"n{i}.pdf": noise[:200_000] for i in range(5)}), limits) as u:
        assert [r.code for r in u.refused] == ["archive.too_large"] * 2
    with archive.unpacked(_zip({"big.pdf": noise}), limits) as u:
        assert [r.code for r in u.refused] == ["archive.too_large"]
    many = _zip({f"f{i}.pdf": b"%PDF" for i in range(30)})
    with archive.unpacked(many, Limits(max_archive_entries=10)) as u:
        assert [r.code for r in u.refused] == ["archive.too_many_entries"]
        assert len(list(u.folder.iterdir())) == 10


def test_an_entry_lying_about_its_size_unpacks_no_more_than_it_says(private_tmp: Path) -> None:
    """The central directory says 1 KB; the data holds 5 MB of zeros: at most 1 KB is
    read, and the entry is refused (its checksum fails)."""
    data = honest = _zip({"liar.pdf": bytes(5 << 20)})
    header = data.rindex(b"PK\x01\x02")
    size_at = header + 24  # uncompressed size in the central directory
    data = data[:size_at] + struct.pack("<I", 1024) + data[size_at + 4 :]
    local_size_at = 22
    data = data[:local_size_at] + struct.pack("<I", 1024) + data[local_size_at + 4 :]
    assert data != honest
    with archive.unpacked(data) as u:
        assert [r.code for r in u.refused] == ["archive.unreadable"]
        assert list(u.folder.iterdir()) == []


def test_damaged_archives_are_file_errors(private_tmp: Path) -> None:
    for junk in (b"", b"PK\x03\x04" + bytes(100), _zip({"a.pdf": b"%PDF-1.4"})[:-30]):
        with pytest.raises(FileReadError, match="not a readable zip"), archive.unpacked(junk):
            pass
    assert list(private_tmp.iterdir()) == []


def test_a_zip_in_a_folder_is_read_one_level_deep(tmp_path: Path, private_tmp: Path) -> None:
    packet = tmp_path / "p"
    packet.mkdir()
    (packet / "mail.zip").write_bytes(_zip({"scans/rib.pdf": (GOOD / "rib.pdf").read_bytes()}))
    (packet / "empty.zip").write_bytes(_zip({}))
    (packet / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    with open_packet(packet) as listing:
        files = {f.rel: f for f in listing.files}
        assert files["mail.zip/scans/rib.pdf"].error is None
        assert files["mail.zip/scans/rib.pdf"].path.read_bytes()[:4] == b"%PDF"
        assert files["empty.zip"].error_code == "archive.empty"
        assert files["broken.zip"].error_code == "archive.unreadable"
    assert list(private_tmp.iterdir()) == []


@pytest.mark.e2e
def test_a_zip_packet_is_audited_like_a_folder(tmp_path: Path, private_tmp: Path) -> None:
    """The text-layer documents of a sample packet, mailed as a zip (no OCR needed)."""
    packet = tmp_path / "dossier.zip"
    entries = {"rib.pdf": (GOOD / "rib.pdf").read_bytes()}
    for bill in sorted((GOOD / "factures").glob("*.pdf")):
        entries[f"factures/{bill.name}"] = bill.read_bytes()
    packet.write_bytes(_zip(entries))
    before = packet.read_bytes()
    from docverify.pipeline import audit

    result = audit(packet, AuditOptions(as_of=dt.date(2026, 11, 15), workers=1, use_cache=False))
    assert packet.read_bytes() == before
    assert sorted(f.rel for f in result.files) == sorted(entries)
    types = sorted(d.type.value for d in result.documents)
    assert types == ["rib", "utility_bill", "utility_bill", "utility_bill"]
    proof = next(r for r in result.requirements if r.id == "residence_proof")
    # three consecutive bills: only the holder's name is left to check (no passport here)
    assert proof.status.value in ("complete", "questionable"), proof.findings
    assert list(private_tmp.iterdir()) == []
