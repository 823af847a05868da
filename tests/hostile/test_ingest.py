"""What a packet folder holds besides documents: pipes, sockets, links, names that are not
UTF-8, folders too deep, too many or too large files. Each is listed with its reason and
never opened; nothing blocks."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from pathlib import Path

import pytest

from docverify.ingest import open_packet, scan
from docverify.model import Limits, SourceFile
from tests.conftest import SAMPLES

RIB = SAMPLES / "complete_employed" / "rib.pdf"


def _scan_within(packet: Path, seconds: float = 30, **limits: int) -> dict[str, SourceFile]:
    """scan() in a thread: a blocking open (a pipe) fails the test instead of hanging it."""
    out: list[SourceFile] = []
    worker = threading.Thread(target=lambda: out.extend(scan(packet, Limits(**limits))))
    worker.daemon = True
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "scanning the packet blocked"
    return {f.rel: f for f in out}


def test_pipes_and_sockets_are_listed_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.pdf")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "s.pdf"))
    shutil.copy(RIB, tmp_path / "rib.pdf")
    files = _scan_within(tmp_path)
    assert files["fifo.pdf"].error_code == "file.not_regular"
    assert "named pipe" in (files["fifo.pdf"].error or "")
    assert files["s.pdf"].error_code == "file.not_regular"
    assert files["rib.pdf"].error is None and files["rib.pdf"].kind == "pdf"


def test_links_are_followed_only_inside_the_packet(tmp_path: Path) -> None:
    packet, outside = tmp_path / "p", tmp_path / "outside"
    (packet / "sub").mkdir(parents=True)
    outside.mkdir()
    shutil.copy(RIB, packet / "sub" / "rib.pdf")
    shutil.copy(RIB, outside / "other.pdf")
    os.symlink("sub/rib.pdf", packet / "in.pdf")
    os.symlink(outside / "other.pdf", packet / "out.pdf")
    os.symlink("../outside", packet / "out_dir")
    os.symlink("sub", packet / "in_dir")  # its files are read where they are, once
    os.symlink("loop.pdf", packet / "loop.pdf")
    os.symlink("missing.pdf", packet / "broken.pdf")
    os.symlink("/dev/null", packet / "null.pdf")
    files = _scan_within(packet)
    assert files["in.pdf"].error is None and files["in.pdf"].sha256 == files["sub/rib.pdf"].sha256
    assert files["out.pdf"].error_code == "file.symlink_outside"
    assert files["out_dir"].error_code == "file.symlink_outside"
    assert files["null.pdf"].error_code == "file.symlink_outside"
    assert files["loop.pdf"].error_code == "file.symlink_loop"
    assert files["broken.pdf"].error_code == "file.symlink_broken"
    assert not any(rel.startswith("in_dir/") for rel in files)


def test_names_that_are_not_utf8_are_escaped_and_marked(tmp_path: Path) -> None:
    shutil.copy(RIB, os.fsdecode(os.fsencode(tmp_path) + b"/rib_\xe9t\xe9.pdf"))
    (tmp_path / "x\x1b[2Jy\u202e.pdf").write_bytes(b"junk")
    (tmp_path / "déjà vu.pdf").write_bytes(b"junk")  # valid UTF-8: shown as it is
    files = _scan_within(tmp_path)
    assert files["rib_\\xe9t\\xe9.pdf"].name_escaped
    assert files["rib_\\xe9t\\xe9.pdf"].error is None  # still read, under its escaped name
    assert files["x\\x1b[2Jy\\u202e.pdf"].name_escaped
    assert not files["déjà vu.pdf"].name_escaped
    for rel in files:
        rel.encode("utf-8")  # strict: no surrogate is left


def test_depth_count_and_size_limits(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*"abcdef")
    deep.mkdir(parents=True)
    (deep / "deep.pdf").write_bytes(b"%PDF")
    for i in range(5):
        (tmp_path / f"f{i}.pdf").write_bytes(b"%PDF" + bytes(2000))
    with (tmp_path / "sparse.pdf").open("wb") as fh:
        fh.truncate(10 * 2**30)
    files = _scan_within(tmp_path, max_depth=3, max_file_bytes=1000)
    assert files["a/b/c/d/"].error_code == "file.too_deep"
    assert files["sparse.pdf"].error_code == "file.too_large"
    assert files["f0.pdf"].error_code == "file.too_large"
    with open_packet(tmp_path, Limits(max_files=3)) as listing:
        assert len(listing.files) == 3
        assert [f.code for f in listing.findings] == ["packet.too_many_files"]


def test_a_special_file_is_never_opened_even_when_swapped_in(tmp_path: Path) -> None:
    """A regular file replaced by a pipe between listing and reading: the read does not
    block (non-blocking open, then fstat)."""
    from docverify.errors import FileReadError
    from docverify.ingest import read_source

    shutil.copy(RIB, tmp_path / "rib.pdf")
    (src,) = scan(tmp_path)
    (tmp_path / "rib.pdf").unlink()
    os.mkfifo(tmp_path / "rib.pdf")
    with pytest.raises(FileReadError, match="named pipe"):
        read_source(src)
