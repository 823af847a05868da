"""``docverify trust ...``: keep the trust store of 2D-Doc seals (``cli.main`` hands the
arguments after ``trust`` to this application)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from docverify.seal.errors import TrustUpdateError
from docverify.seal.trust import TrustStore, default_trust_dir, organisation

COMMANDS = ("update", "show", "--help", "-h")
EXIT_FAILURE = 4
Store = Annotated[
    Path | None, typer.Option("--store", help="Trust store folder (default: the user cache).")
]

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="The trust store of 2D-Doc seals: the ANTS trust list and the signing certificates.",
)


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for v in values:
        ca, sep, cert = v.partition(":")
        if not sep or len(ca) != 4 or not cert:
            raise typer.BadParameter(f"--cert wants AUTHORITY:CERTIFICATE (FR03:AB12), not {v!r}")
        out.append((ca.upper(), cert.upper()))
    return out


@app.command("update")
def update_command(
    tsl_url: Annotated[
        str | None,
        typer.Option("--tsl-url", help="Where to download the trust list (default: ANTS's)."),
    ] = None,
    cert: Annotated[
        list[str] | None,
        typer.Option("--cert", help="Also ask for this certificate by name (FR03:AB12)."),
    ] = None,
    store: Store = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per download.")] = 30.0,
) -> None:
    """Download the ANTS 2D-Doc trust list and every authority's signing certificates.

    The audit itself never opens a connection: without this, seals are reported
    'not_checked'.
    """
    from docverify.seal.update import http_fetcher, update

    out = Console()
    err = Console(stderr=True)
    try:
        result = update(store, http_fetcher(timeout), tsl_url, _pairs(cert or []))
    except TrustUpdateError as exc:
        err.print(f"[red]docverify trust update: {exc}[/red]")
        raise typer.Exit(EXIT_FAILURE) from exc
    out.print(f"Trust list: {result.tsl.label}")
    if result.tsl_error:
        out.print(f"  [yellow]{result.tsl_error}[/yellow]")
    for a in result.authorities:
        issuers = sorted({organisation(c) or "?" for c in a.certificates})
        if a.ok:
            line = f"{a.id} {a.operator}: {len(a.certificates)} signing certificate(s)"
            if issuers:
                line += f" ({', '.join(issuers)})"
            if a.rejected:
                line += f"; {a.rejected} not signed by {a.id}, ignored"
            out.print(line)
        else:
            out.print(
                f"[yellow]{a.id} {a.operator}: not downloaded ({'; '.join(a.errors)})[/yellow]"
            )
    out.print(f"Saved in {result.root}")


@app.command("show")
def show_command(store: Store = None) -> None:
    """What the trust store holds."""
    root = store or default_trust_dir()
    ts = TrustStore.load(root)
    out = Console()
    out.print(f"Trust store {root}")
    out.print(f"Trust list: {ts.tsl.label}")
    out.print(f"Last update: {ts.updated or 'never (run `docverify trust update`)'}")
    for ca, authority in ts.tsl.authorities.items():
        certs = ts.certificates.get(ca, [])
        issuers = sorted({organisation(c) or "?" for c in certs})
        out.print(
            f"{ca} {authority.operator}: {len(certs)} signing certificate(s)"
            + (f" ({', '.join(issuers)})" if issuers else "")
        )


def run(args: list[str]) -> int:
    """Run ``docverify trust <args>``; the exit status."""
    try:
        app(args=args, prog_name="docverify trust", standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0
