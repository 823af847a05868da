"""Issue 15, end to end: a folder holding a good RIB and bills beside every hostile thing
the tests can build (a pipe, a socket, a 200-inch page, 1000 blank pages, a 20 GB sparse
file, names that are not UTF-8, links in and out, a folder 30 deep, zip-slip, a 1 GB zip
bomb) is audited by the command line, under a guard that fails the test if a socket is
opened, in bounded time and memory: a valid UTF-8 JSON report naming every hostile file
with its reason, the good documents still found, the folder byte-identical afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from samplekit.hostile import (
    SOCKET_GUARD,
    build,
    codes_by_file,
    report_messages,
    run_guarded,
    tree_state,
)

from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e

HANG_GUARD = 240.0
"""Seconds: a hang, not a speed check. The 60 s target on the 2-core machine is measured
by ``bench/bench_hostile.py``; this test shares the cores with the rest of the suite."""
MEMORY_LIMIT = 2**30


def test_the_socket_guard_catches_a_socket() -> None:
    code = SOCKET_GUARD + "\nimport socket\ntry:\n    socket.socket()\nexcept OSError:\n    pass\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert b"SOCKET-GUARD" in proc.stderr


def test_the_peak_is_the_audits_own() -> None:
    """A large parent (a pytest worker) must not lend its peak to the audit it starts:
    ru_maxrss survives the exec, so the guard reports VmHWM."""
    ballast = bytearray(600 * 2**20)
    ballast[:: 2**12] = b"x" * len(ballast[:: 2**12])  # resident, not just reserved
    proc, _, peak = run_guarded(["--version"], timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert 0 < peak < 300 * 2**20, f"{peak / 2**20:.0f} MiB"
    del ballast


def test_hostile_folder(tmp_path: Path) -> None:
    packet = tmp_path / "packet"
    expected = build(packet, SAMPLES / "complete_employed", tmp_path / "outside")
    before = tree_state(packet)
    env = {**os.environ, "DOCVERIFY_CACHE_DIR": str(tmp_path / "cache"), "LC_ALL": "C"}
    proc, wall, peak = run_guarded(
        [str(packet), "--format", "json", "--as-of", "2026-11-15", "--no-cache"], env, timeout=300
    )
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "SOCKET-GUARD" not in stderr, "the audit opened a socket"
    assert proc.returncode == 1, stderr  # incomplete: a report, not a crash (4)
    assert wall < HANG_GUARD, f"{wall:.1f} s"
    assert 0 < peak < MEMORY_LIMIT, f"{peak / 2**20:.0f} MiB; stderr: {stderr[-2000:]}"
    report = json.loads(proc.stdout.decode("utf-8"))  # strict UTF-8, one JSON object
    assert report["schema"] == "docverify.report/1"

    named = codes_by_file(report)
    for name, code in expected.items():
        assert code in named.get(name, set()), f"{name}: {named.get(name)} (wanted {code})"
    files = {f["path"]: f for f in report["files"]}
    assert files["facture_\\xff\\xfe.pdf"]["name_escaped"] is True
    assert files["blank_1000.pdf"] | {"error": None} == files["blank_1000.pdf"]
    assert (files["blank_1000.pdf"]["pages"], files["blank_1000.pdf"]["pages_read"]) == (1000, 40)
    found = {(d["type"], d["files"][0]["path"]) for d in report["documents"]}
    assert {
        ("rib", "rib.pdf"),
        ("rib", "link_in.pdf"),
        ("utility_bill", "facture_\\xff\\xfe.pdf"),
        ("utility_bill", "slip.zip/ok/edf.pdf"),
    } <= found
    for message in report_messages(report):
        assert " at 0x" not in message, message
    blank = [f for f in report["findings"] if f["code"] == "page.blank"]
    assert {"file": "blank_1000.pdf", "pages": "1-40"} in [f["evidence"] for f in blank]

    assert tree_state(packet) == before, "the packet folder was modified"
    assert not (tmp_path / "evil.pdf").exists() and not Path("/tmp/docverify-absolute.pdf").exists()


def test_terminal_report_of_hostile_names(tmp_path: Path) -> None:
    """File names are shown escaped, never as rich markup or terminal control codes."""
    packet = tmp_path / "p"
    packet.mkdir()
    (packet / "\x1b[2J[bold red]x.pdf").write_bytes(b"junk")
    (packet / os.fsdecode(b"nom_\xe9.pdf")).write_bytes(b"junk")
    proc = subprocess.run(
        [sys.executable, "-m", "docverify", str(packet), "--as-of", "2026-11-15", "--no-cache"],
        capture_output=True,
        timeout=300,
        env={**os.environ, "DOCVERIFY_CACHE_DIR": str(tmp_path / "cache"), "LC_ALL": "C"},
    )
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert "\x1b" not in out
    assert "\\x1b[2J[bold red]x.pdf" in out.replace("\n", "")
    assert "nom_\\xe9.pdf" in out
