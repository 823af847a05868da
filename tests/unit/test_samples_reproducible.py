"""The bundled samples are exactly what samples/make_samples.py renders: anyone can
regenerate them, and a change to the renderer that alters them does not go unnoticed."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES


def _hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_make_samples_reproduces_the_bundled_packet(tmp_path: Path) -> None:
    name = "complete_employed"
    subprocess.run(
        [sys.executable, str(SAMPLES / "make_samples.py"), "--out", str(tmp_path), "--only", name],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    assert _hashes(tmp_path / name) == _hashes(SAMPLES / name)
    expected = (tmp_path / f"{name}.expected.json").read_bytes()
    assert expected == (SAMPLES / f"{name}.expected.json").read_bytes()


def test_make_samples_reproduces_the_bundled_forms(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(SAMPLES / "make_samples.py"), "--out", str(tmp_path), "--only", "forms"],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    assert _hashes(tmp_path / "forms") == _hashes(SAMPLES / "forms")
