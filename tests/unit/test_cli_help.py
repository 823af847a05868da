"""The main command's help names the other commands, so a user can find them."""

from __future__ import annotations

from typer.testing import CliRunner

from docverify.cli import app


def test_help_names_serve_and_trust_update() -> None:
    out = CliRunner().invoke(app, ["--help"], terminal_width=200).output
    assert "docverify serve" in out and "docverify trust update" in out, out
