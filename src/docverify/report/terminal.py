"""The human report: a table of requirements, then findings, then documents per file."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from docverify.doctypes.base import fields_to_json
from docverify.model import AuditResult, Document, Finding, PacketStatus, Severity, Status
from docverify.redact import redact_fields
from docverify.safe_text import printable
from docverify.seal.report import describe

STATUS_STYLE = {
    Status.COMPLETE: ("✔ complete", "bold green"),
    Status.QUESTIONABLE: ("? questionable", "bold yellow"),
    Status.INVALID: ("✘ invalid", "bold red"),
    Status.MISSING: ("✘ missing", "bold red"),
    Status.NOT_APPLICABLE: ("– not applicable", "dim"),
}
PACKET_STYLE = {
    PacketStatus.COMPLETE: ("COMPLETE: ready to mail", "bold white on green"),
    PacketStatus.QUESTIONABLE: (
        "QUESTIONABLE: check the points below before mailing",
        "bold black on yellow",
    ),
    PacketStatus.INCOMPLETE: (
        "INCOMPLETE: the CPAM would send this packet back",
        "bold white on red",
    ),
}
SEVERITY_STYLE = {
    Severity.ERROR: ("✘", "red"),
    Severity.WARNING: ("!", "yellow"),
    Severity.INFO: ("i", "cyan"),
}
KEY_FIELDS = (
    "surname", "given_names", "holder_name", "employee_name", "host_name", "hosted_name",
    "tenant_names", "provider", "service", "issue_date", "period_start", "period_end", "period",
    "date_of_birth", "expiry_date", "visa_type", "vls_ts", "category", "valid_until", "iban",
    "iban_valid", "rib_key_valid", "employment_status", "signed", "signed_on", "country",
    "issued_on", "issuing_country", "has_apostille", "start_date", "contract_type", "net_pay",
)  # fmt: skip


def _t(text: str, style: str = "") -> Text:
    """Text read from the packet (file names, fields, messages), shown as it is: never as
    rich markup, control characters escaped."""
    return Text(printable(text), style=style)


def _where(f: Finding) -> str:
    if not f.pages:
        return ""
    by_file: dict[str, list[int]] = {}
    for p in f.pages:
        by_file.setdefault(p.file, []).append(p.page)
    return "; ".join(f"{k} p.{','.join(map(str, v))}" for k, v in by_file.items())


def _summary(findings: tuple[Finding, ...]) -> str:
    for sev in (Severity.ERROR, Severity.WARNING):
        for f in findings:
            if f.severity == sev:
                return f.message
    return findings[0].message if findings else ""


def _fields_line(doc: Document, redact: bool) -> str:
    fields = fields_to_json(doc.fields)
    if redact:
        fields = redact_fields(fields)
    parts = []
    for key in KEY_FIELDS:
        v = fields.get(key)
        if v is None or v == [] or v == "":
            continue
        if isinstance(v, list):
            v = ", ".join(map(str, v))
        parts.append(f"{key}={v}")
    line = "  ".join(parts)
    if doc.seal is not None:  # the signed barcode, in a sentence a helper understands
        line += f"\nseal: {describe(doc.seal)}"
    return line


def render(
    result: AuditResult, console: Console, redact: bool = True, verbose: bool = False
) -> None:
    a = result.applicant
    who = " ".join(x for x in (a.given_names, a.surname) if x) or "unknown applicant"
    born = f", born {a.date_of_birth.isoformat()}" if a.date_of_birth else ""
    nat = f", {a.nationality}" if a.nationality else ""
    label, style = PACKET_STYLE[result.status]
    header = Group(
        _t(f"Packet {result.packet}   audit date {result.as_of.isoformat()}"),
        _t(f"Applicant: {who}{born}{nat}"),
        Text(f" {label} ", style=style),
    )
    console.print(Panel(header, title="docverify", expand=False))

    table = Table(show_lines=False, expand=False)
    table.add_column("Requirement", style="bold")
    table.add_column("Status")
    table.add_column("Documents", overflow="fold")
    table.add_column("Why", overflow="fold", max_width=70)
    docs = {d.id: d for d in result.documents}
    for req in result.requirements:
        text, st = STATUS_STYLE[req.status]
        where = "\n".join(docs[d].where() for d in req.documents if d in docs)
        table.add_row(req.id, Text(text, style=st), _t(where), _t(_summary(req.findings)))
    console.print(table)

    lines: list[Text] = []
    for req in result.requirements:
        shown = [
            f
            for f in req.findings
            if verbose or f.severity != Severity.INFO or req.status != Status.COMPLETE
        ]
        for f in shown:
            mark, st = SEVERITY_STYLE[f.severity]
            t = Text(f" {mark} ", style=f"bold {st}")
            t.append(f"{req.id}: ", style="bold")
            t.append(_t(f.message))
            where = _where(f)
            if where:
                t.append(_t(f"  [{where}]", style="dim"))
            t.append(f"  ({f.code})", style="dim")
            lines.append(t)
    for f in result.findings:
        mark, st = SEVERITY_STYLE[f.severity]
        lines.append(Text(f" {mark} ", style=f"bold {st}") + _t(f.message))
    if lines:
        console.print(Panel(Group(*lines), title="Findings", expand=False))

    files = Table(title="Documents found", expand=False)
    files.add_column("File / pages", overflow="fold")
    files.add_column("Id")
    files.add_column("Type")
    files.add_column("Conf.", justify="right")
    files.add_column("Read", overflow="fold", max_width=80)
    for doc in result.documents:
        files.add_row(
            _t(doc.where()), doc.id, doc.type.value, f"{doc.confidence:.2f}",
            _t(_fields_line(doc, redact)),
        )  # fmt: skip
    for fr in result.files:
        if fr.error:
            files.add_row(_t(fr.rel), "", Text("unreadable", style="red"), "", _t(fr.error))
    console.print(files)


def render_summary(results: list[AuditResult], console: Console) -> None:
    """One line per packet, for an adviser checking many client folders."""
    table = Table(title="Packets", expand=False)
    table.add_column("Packet", overflow="fold")
    table.add_column("Applicant")
    table.add_column("Status")
    table.add_column("To fix", overflow="fold", max_width=80)
    for result in results:
        label, style = PACKET_STYLE[result.status]
        a = result.applicant
        who = " ".join(x for x in (a.given_names, a.surname) if x) or "?"
        todo = [
            f"{r.id} ({r.status.value})"
            for r in result.requirements
            if r.status not in (Status.COMPLETE, Status.NOT_APPLICABLE)
        ]
        table.add_row(
            _t(result.packet), _t(who), Text(label.split(":")[0], style=style), ", ".join(todo)
        )
    console.print(table)
