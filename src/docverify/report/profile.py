"""Where an audit's time went (``docverify --profile``): each stage, then the slowest
pages and documents, on stderr so that the report itself is unchanged."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from docverify.model import AuditResult
from docverify.safe_text import printable

SHOWN = 12
"""Pages and documents listed, slowest first."""


def render_profile(result: AuditResult, console: Console) -> None:
    timings = result.timings
    if "reused" in timings:
        console.print(
            f"[dim]{printable(result.packet)}: unchanged since its last audit, result reused in "
            f"{timings['reused']:.2f} s[/dim]",
            soft_wrap=True,
        )
        return
    stages = Table(title=f"Time per stage: {printable(result.packet)}", title_justify="left")
    stages.add_column("stage")
    stages.add_column("seconds", justify="right")
    notes = {"load": "decoding files (overlaps reading)", "text": "reading pages",
             "extract": "classifying, fields, 2D-Docs", "check": "the rules"}  # fmt: skip
    for stage, seconds in timings.items():
        label = f"{stage} ({notes[stage]})" if stage in notes else stage
        stages.add_row(label, f"{seconds:.2f}")
    console.print(stages)

    pages = {p.ref: p for d in result.documents for p in d.pages}
    slow_pages = sorted(pages.values(), key=lambda p: -p.seconds)[:SHOWN]
    table = Table(title="Slowest pages (reading)", title_justify="left")
    for column in ("page", "read from", "seconds", "words", "rotation"):
        table.add_column(column, justify="right" if column in ("seconds", "words") else "left")
    for p in slow_pages:
        table.add_row(printable(str(p.ref)), p.source, f"{p.seconds:.2f}", str(len(p.words)),
                      f"{p.rotation}°")  # fmt: skip
    console.print(table)

    docs = sorted(result.documents, key=lambda d: -d.seconds)[:SHOWN]
    table = Table(title="Slowest documents (fields and 2D-Doc)", title_justify="left")
    for column in ("document", "type", "seconds"):
        table.add_column(column, justify="right" if column == "seconds" else "left")
    for d in docs:
        table.add_row(printable(d.where()), d.type.value, f"{d.seconds:.2f}")
    console.print(table)
