"""The limits as options of the command line; usage errors about odd names stay usage
errors (exit 2), shown as they are."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from samplekit.hostile import minimal_pdf
from typer.testing import CliRunner

from docverify.cli import _limits, app
from docverify.model import Limits
from tests.conftest import SAMPLES


def test_options_raise_or_lower_the_limits() -> None:
    limits = _limits(300, 80, 60, 250, 1000, 30, 600)
    assert (limits.max_pages, limits.max_pages_per_file) == (300, 80)
    assert limits.max_page_pixels == 60_000_000
    assert (limits.max_file_bytes, limits.max_archive_bytes) == (250 * 2**20, 1000 * 2**20)
    assert (limits.page_timeout, limits.time_budget) == (30.0, 600.0)
    assert _limits(None, None, None, None, None, None, None) == Limits()


def test_limits_reach_the_report(tmp_path: Path) -> None:
    shutil.copy(SAMPLES / "complete_employed" / "rib.pdf", tmp_path / "rib.pdf")
    (tmp_path / "long.pdf").write_bytes(minimal_pdf(12))
    args = [str(tmp_path), "-f", "json", "--as-of", "2026-11-15", "--no-cache"]
    result = CliRunner().invoke(app, [*args, "--max-pages-per-file", "5", "--page-timeout", "20"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    files = {f["path"]: f for f in report["files"]}
    assert (files["long.pdf"]["pages"], files["long.pdf"]["pages_read"]) == (12, 5)
    assert {"file.too_many_pages", "page.blank"} <= {f["code"] for f in report["findings"]}
    assert any(d["type"] == "rib" for d in report["documents"])


def test_bad_limits_and_odd_names_are_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(app, [str(tmp_path), "--max-pages", "0"])
    assert bad.exit_code == 2 and "--max-pages" in bad.output
    odd = runner.invoke(app, [str(tmp_path / "[/red]missing\x1b[2J")])
    assert odd.exit_code == 2, odd.output
    assert "[/red]missing" in odd.output and "\x1b" not in odd.output
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    assert runner.invoke(app, [str(tmp_path / "notes.txt")]).exit_code == 2
