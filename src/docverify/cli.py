"""Command line: arguments -> options -> pipeline -> renderer -> exit code.

Exit codes (report contract): 0 complete, 1 incomplete, 3 questionable, 2 bad usage,
4 the tool itself failed.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from docverify import __version__
from docverify.errors import DocverifyError, OcrUnavailable, UsageError
from docverify.model import AuditOptions, PacketStatus

EXIT = {PacketStatus.COMPLETE: 0, PacketStatus.INCOMPLETE: 1, PacketStatus.QUESTIONABLE: 3}
EXIT_USAGE = 2
EXIT_FAILURE = 4

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


def _version(value: bool) -> None:
    if value:
        print(f"docverify {__version__}")
        raise typer.Exit(0)


def _as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"--as-of wants a date as YYYY-MM-DD, got {value!r}") from exc


@app.command()
def main_command(
    packet: Annotated[Path, typer.Argument(help="Folder holding the packet's scans and PDFs.")],
    format: Annotated[str, typer.Option("--format", "-f", help="terminal or json.")] = "terminal",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Audit date YYYY-MM-DD (default: today).")
    ] = None,
    employed: Annotated[
        bool | None,
        typer.Option("--employed/--not-employed", help="Override what the form says about work."),
    ] = None,
    redact: Annotated[
        bool, typer.Option("--redact", help="Mask IBANs, document numbers, NIRs in the report.")
    ] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not read or write the OCR cache.")
    ] = False,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Pages OCR'd at once (default: cores).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show progress and every finding.")
    ] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    """Audit a PUMA / CPAM application packet before it is mailed."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    err = Console(stderr=True)
    try:
        if format not in ("terminal", "json"):
            raise UsageError(f"--format must be terminal or json, not {format!r}")
        if not packet.exists():
            raise UsageError(f"no such folder: {packet}")
        if not packet.is_dir():
            raise UsageError(f"{packet} is a file: give the folder that holds the packet")
        options = AuditOptions(
            as_of=_as_of(as_of), employed=employed, workers=workers, use_cache=not no_cache
        )
        from docverify.pipeline import audit

        progress = (lambda msg: err.print(f"[dim]{msg}[/dim]")) if verbose else None
        result = audit(packet, options, progress=progress)
    except UsageError as exc:
        err.print(f"[red]docverify: {exc}[/red]")
        raise typer.Exit(EXIT_USAGE) from exc
    except OcrUnavailable as exc:
        err.print(f"[red]docverify: {exc}[/red]")
        raise typer.Exit(EXIT_FAILURE) from exc
    except DocverifyError as exc:
        err.print(f"[red]docverify failed: {exc}[/red]")
        raise typer.Exit(EXIT_FAILURE) from exc

    if format == "json":
        from docverify.report.json_report import render as render_json

        text = render_json(result, redact=redact)
        if output:
            output.write_text(text + "\n", encoding="utf-8")
        else:
            sys.stdout.write(text + "\n")
    else:
        from docverify.report.terminal import render as render_terminal

        if output:
            with output.open("w", encoding="utf-8") as fh:
                render_terminal(
                    result, Console(file=fh, width=140, force_terminal=False), redact, verbose
                )
        else:
            render_terminal(result, Console(), redact, verbose)
    raise typer.Exit(EXIT[result.status])


def main() -> None:
    """Console-script entry point; maps crashes to exit code 4 and usage errors to 2."""
    try:
        app(standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:  # click usage errors and real crashes
        import click

        if isinstance(exc, click.UsageError):
            exc.show()
            sys.exit(EXIT_USAGE)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(130)
        logging.getLogger("docverify").exception("docverify crashed")
        sys.exit(EXIT_FAILURE)
