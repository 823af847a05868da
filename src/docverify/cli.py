"""Command line: arguments -> options -> pipeline -> renderer -> exit code.

Exit codes (report contract): 0 complete, 1 incomplete, 3 questionable, 2 bad usage,
4 the tool itself failed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import json
import logging
import sys
import warnings
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from docverify import __version__
from docverify.errors import DocverifyError, OcrUnavailable, UsageError
from docverify.model import AuditOptions, Limits, PacketStatus
from docverify.safe_text import printable, valid_utf8

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


def _limits(
    max_pages: int | None,
    max_pages_per_file: int | None,
    max_page_megapixels: float | None,
    max_file_mb: float | None,
    max_archive_mb: float | None,
    page_timeout: float | None,
    time_budget: float | None,
) -> Limits:
    """The default limits, raised (or lowered) where an option says so."""
    given = {
        "max_pages": max_pages,
        "max_pages_per_file": max_pages_per_file,
        "max_page_pixels": None if max_page_megapixels is None else max_page_megapixels * 1e6,
        "max_file_bytes": None if max_file_mb is None else max_file_mb * 2**20,
        "max_archive_bytes": None if max_archive_mb is None else max_archive_mb * 2**20,
        "page_timeout": page_timeout,
        "time_budget": time_budget,
    }
    changes: dict[str, Any] = {}
    for name, value in given.items():
        if value is None:
            continue
        if value <= 0:
            option = "--" + name.replace("_", "-")
            raise UsageError(f"limits must be positive ({option} {value:g})")
        timed = name in ("page_timeout", "time_budget")
        changes[name] = float(value) if timed else int(value)
    return dataclasses.replace(Limits(), **changes)


def _say(console: Console, message: str, style: str) -> None:
    """A message on stderr: file names in it are shown, never read as rich markup, and a
    long path is never cut across lines (it stays one string to copy)."""
    console.print(f"[{style}]{escape(printable(message))}[/{style}]", soft_wrap=True)


def _terminal_view(output: Path | None) -> tuple[int, bool, str | None]:
    """Width, terminal or not, and colours of the terminal report: a file's or a pipe's
    are 140 columns without colours; a terminal's are its own."""
    if output or not sys.stdout.isatty():
        return 140, False, None
    console = Console()
    return console.width, console.is_terminal, console.color_system


def _rendered(
    results: list[Any],
    format: str,
    view: tuple[int, bool, str | None] | None,
    redact: bool,
    lang: str,
    verbose: bool,
) -> str:
    """The report as printed (one JSON object, JSON Lines, HTML, or the terminal's)."""
    if format == "html":
        from docverify.report.html_report import render as render_html

        return valid_utf8(render_html(results[0], redact=redact, lang=lang))
    if format == "json":
        from docverify.report.json_report import render as render_json
        from docverify.report.json_report import to_dict

        if len(results) == 1:
            return render_json(results[0], redact=redact, lang=lang) + "\n"
        return "".join(
            json.dumps(to_dict(result, redact, lang), ensure_ascii=False) + "\n"
            for result in results
        )
    from docverify.report.terminal import render as render_terminal
    from docverify.report.terminal import render_summary

    width, terminal, colours = view or (140, False, None)
    buffer = io.StringIO()
    # the colour system rich found on the real terminal, given back to it by name
    console = Console(file=buffer, width=width, force_terminal=terminal,
                      color_system=colours)  # type: ignore[arg-type]  # fmt: skip
    for result in results:
        render_terminal(result, console, redact, verbose, lang)
    if len(results) > 1:
        render_summary(results, console, lang)
    return buffer.getvalue()


def _write(output: Path | None, text: str) -> None:
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _worst_exit(statuses: list[PacketStatus]) -> int:
    for status in (PacketStatus.INCOMPLETE, PacketStatus.QUESTIONABLE):
        if status in statuses:
            return EXIT[status]
    return EXIT[PacketStatus.COMPLETE]


@app.command(
    epilog=(
        "Other commands: 'docverify serve [--port N]' opens a local page to drop a packet on; "
        "'docverify trust update' fetches the 2D-Doc trust list and signing certificates "
        "(the only command that uses the network)."
    )
)
def main_command(
    packets: Annotated[
        list[Path],
        typer.Argument(
            help="Folder holding the packet's scans and PDFs (several folders: one report each)."
        ),
    ],
    format: Annotated[
        str,
        typer.Option("--format", "-f", help="terminal, json or html (one file to print or share)."),
    ] = "terminal",
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
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of the report: fr or en (default: the locale's)."),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not read or write the OCR cache.")
    ] = False,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Pages OCR'd at once (default: cores).")
    ] = None,
    max_pages: Annotated[
        int | None,
        typer.Option("--max-pages", help=f"Pages read in a packet (default {Limits.max_pages})."),
    ] = None,
    max_pages_per_file: Annotated[
        int | None,
        typer.Option(
            "--max-pages-per-file",
            help=f"Pages read in one file (default {Limits.max_pages_per_file}).",
        ),
    ] = None,
    max_page_megapixels: Annotated[
        float | None,
        typer.Option(
            "--max-page-megapixels",
            help="Pixels of a rendered PDF page; larger pages are rendered at a lower "
            f"resolution or refused (default {Limits.max_page_pixels // 1_000_000}).",
        ),
    ] = None,
    max_file_mb: Annotated[
        float | None,
        typer.Option(
            "--max-file-mb", help=f"Size of one file (default {Limits.max_file_bytes >> 20})."
        ),
    ] = None,
    max_archive_mb: Annotated[
        float | None,
        typer.Option(
            "--max-archive-mb",
            help=f"What one .zip may unpack to (default {Limits.max_archive_bytes >> 20}).",
        ),
    ] = None,
    page_timeout: Annotated[
        float | None,
        typer.Option(
            "--page-timeout", help=f"Seconds of OCR per page (default {Limits.page_timeout:g})."
        ),
    ] = None,
    time_budget: Annotated[
        float | None,
        typer.Option(
            "--time-budget",
            help=f"Seconds for the whole audit (default {Limits.time_budget:g}); pages not "
            "read by then are reported.",
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show progress and every finding.")
    ] = False,
    profile: Annotated[
        bool,
        typer.Option("--profile", help="Show on stderr where the time went: stages, pages."),
    ] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    """Audit a PUMA / CPAM application packet before it is mailed.

    With several folders (an adviser's client folders), each is audited in turn: the
    terminal shows every report then a summary table; --format json prints one JSON
    report per line (JSON Lines). The exit status is the worst verdict.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not verbose:  # libraries' deprecation notices are not the user's business
        warnings.filterwarnings("ignore", category=FutureWarning)
        warnings.filterwarnings("ignore", category=DeprecationWarning)
    err = Console(stderr=True)
    for stream in (sys.stdout, sys.stderr):  # names that are not UTF-8 never break output
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
    if format == "json" and hasattr(sys.stdout, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            sys.stdout.reconfigure(encoding="utf-8")  # the report is UTF-8, whatever the locale
    try:
        if format not in ("terminal", "json", "html"):
            raise UsageError(f"--format must be terminal, json or html, not {format!r}")
        from docverify.report.i18n import LANGS, default_lang

        lang = lang or default_lang()
        if lang not in LANGS:
            raise UsageError(f"--lang must be fr or en, not {lang!r}")
        if format == "html" and len(packets) > 1:
            raise UsageError("--format html writes one report: give one packet folder")
        from docverify.archive import is_zip_packet

        for packet in packets:
            if not packet.exists():
                raise UsageError(f"no such folder: {packet}")
            if not (packet.is_dir() or is_zip_packet(packet)):
                raise UsageError(
                    f"{packet} is a file: give the folder that holds the packet (or a .zip)"
                )
        limits = _limits(
            max_pages, max_pages_per_file, max_page_megapixels, max_file_mb, max_archive_mb,
            page_timeout, time_budget,
        )  # fmt: skip
        options = AuditOptions(
            as_of=_as_of(as_of),
            employed=employed,
            workers=workers,
            use_cache=not no_cache,
            limits=limits,
            reuse_results=format != "html",  # the HTML report shows the pages' images
        )
        # an unchanged packet audited again prints its remembered report, loading nothing
        view = _terminal_view(output) if format == "terminal" else None
        render = (format, str(redact), lang, str(verbose), repr(view))
        remembered = None
        progress = (lambda msg: _say(err, msg, "dim")) if verbose else None
        if options.use_cache and options.reuse_results and not profile and len(packets) == 1:
            from docverify import ingest, reuse

            # one listing (files hashed, an archive unpacked once) for the key and the audit
            with ingest.open_packet(packets[0], limits) as listing:
                remembered = reuse.report_key(listing.files, listing.findings, options, render)
                if (hit := reuse.ReportStore().get(remembered)) is not None:
                    if verbose:
                        _say(err, "unchanged since its last audit: its report is reused "
                                  "(--no-cache audits it again)", "dim")  # fmt: skip
                    _write(output, hit.text)
                    raise typer.Exit(_worst_exit([PacketStatus(hit.status)]))
                from docverify.pipeline import audit

                results = [audit(packets[0], options, progress=progress, listing=listing)]
        else:
            from docverify.pipeline import audit

            results = []
            for packet in packets:
                if len(packets) > 1:
                    _say(err, f"auditing {packet}", "dim")
                results.append(audit(packet, options, progress=progress))
                if profile:
                    from docverify.report.profile import render_profile

                    render_profile(results[-1], err)
    except UsageError as exc:
        _say(err, f"docverify: {exc}", "red")
        raise typer.Exit(EXIT_USAGE) from exc
    except OcrUnavailable as exc:
        _say(err, f"docverify: {exc}", "red")
        raise typer.Exit(EXIT_FAILURE) from exc
    except DocverifyError as exc:
        _say(err, f"docverify failed: {exc}", "red")
        raise typer.Exit(EXIT_FAILURE) from exc

    text = _rendered(results, format, view, redact, lang, verbose)
    _write(output, text)
    if remembered is not None:
        from docverify import memo, reuse

        if not memo.cut_short(results[0]):
            reuse.ReportStore().put(remembered, reuse.Printed(results[0].status.value, text))
    raise typer.Exit(_worst_exit([r.status for r in results]))


def main() -> None:
    """Console-script entry point. Typer's standalone mode exits 2 on usage errors and
    with the code of ``typer.Exit``; anything else escaping is the tool's own failure."""
    args = sys.argv[1:]
    if args[:1] == ["trust"]:  # `docverify trust update`: the seals' trust store
        from docverify.seal.command import COMMANDS, run

        if len(args) == 1 or args[1] in COMMANDS:
            sys.exit(run(args[1:]))
    if args[:1] == ["serve"]:  # `docverify serve`: the local page to drop a packet on
        from docverify.serve.command import run as serve

        sys.exit(serve(args[1:]))
    try:
        app()
    except SystemExit:
        raise
    except Exception:
        logging.getLogger("docverify").exception("docverify crashed")
        sys.exit(EXIT_FAILURE)
