"""The human report: a table of requirements, then findings, then documents per file."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from docverify.doctypes.base import fields_to_json
from docverify.model import AuditResult, Document, Finding, PacketStatus, Severity, Status
from docverify.redact import redact_fields
from docverify.report.i18n import Messages
from docverify.safe_text import printable
from docverify.seal.report import describe

STATUS_STYLE = {
    Status.COMPLETE: ("✔", "bold green"),
    Status.QUESTIONABLE: ("?", "bold yellow"),
    Status.INVALID: ("✘", "bold red"),
    Status.MISSING: ("✘", "bold red"),
    Status.NOT_APPLICABLE: ("–", "dim"),
}
PACKET_STYLE = {
    PacketStatus.COMPLETE: "bold white on green",
    PacketStatus.QUESTIONABLE: "bold black on yellow",
    PacketStatus.INCOMPLETE: "bold white on red",
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


def _status(m: Messages, status: Status) -> Text:
    mark, style = STATUS_STYLE[status]
    return Text(f"{mark} {m.t('status', status.value)}", style=style)


def _verdict(m: Messages, status: PacketStatus) -> str:
    """The packet's verdict, its first words in capitals: "COMPLETE: ready to mail"."""
    head, sep, rest = m.t("packet", status.value).partition(":")
    return head.upper() + sep + rest


def _colon(m: Messages) -> str:
    """A colon as the language writes it: French puts a space before it."""
    return " :" if m.lang == "fr" else ":"


def _requirement(m: Messages, rid: str) -> str:
    """A requirement as the report names it: the contract's id in English (what advisers'
    scripts and the JSON use), its French name in French."""
    return rid if m.lang == "en" else m.t("requirement", rid)


def _where(f: Finding) -> str:
    if not f.pages:
        return ""
    by_file: dict[str, list[int]] = {}
    for p in f.pages:
        by_file.setdefault(p.file, []).append(p.page)
    return "; ".join(f"{k} p.{','.join(map(str, v))}" for k, v in by_file.items())


def _summary(m: Messages, findings: tuple[Finding, ...]) -> str:
    for sev in (Severity.ERROR, Severity.WARNING):
        for f in findings:
            if f.severity == sev:
                return m.finding(f)
    return m.finding(findings[0]) if findings else ""


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
    result: AuditResult,
    console: Console,
    redact: bool = True,
    verbose: bool = False,
    lang: str = "en",
) -> None:
    m = Messages(lang)
    a = result.applicant
    who = " ".join(x for x in (a.given_names, a.surname) if x) or m.ui("unknown_applicant")
    born = f", {m.ui('born')} {a.date_of_birth.isoformat()}" if a.date_of_birth else ""
    nat = f", {a.nationality}" if a.nationality else ""
    header = Group(
        _t(f"{m.ui('packet')} {result.packet}   {m.ui('audit_date')} {result.as_of.isoformat()}"),
        _t(f"{m.ui('applicant')}{_colon(m)} {who}{born}{nat}"),
        Text(f" {_verdict(m, result.status)} ", style=PACKET_STYLE[result.status]),
    )
    console.print(Panel(header, title="docverify", expand=False))

    table = Table(show_lines=False, expand=False)
    table.add_column(m.ui("requirement"), style="bold")
    table.add_column(m.ui("status"))
    table.add_column(m.ui("documents"), overflow="fold")
    table.add_column(m.ui("why"), overflow="fold", max_width=70)
    docs = {d.id: d for d in result.documents}
    for req in result.requirements:
        where = "\n".join(docs[d].where() for d in req.documents if d in docs)
        table.add_row(
            _requirement(m, req.id), _status(m, req.status), _t(where),
            _t(_summary(m, req.findings)),
        )  # fmt: skip
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
            t.append(f"{_requirement(m, req.id)}{_colon(m)} ", style="bold")
            t.append(_t(m.finding(f)))
            where = _where(f)
            if where:
                t.append(_t(f"  [{where}]", style="dim"))
            t.append(f"  ({f.code})", style="dim")
            lines.append(t)
    for f in result.findings:
        mark, st = SEVERITY_STYLE[f.severity]
        lines.append(Text(f" {mark} ", style=f"bold {st}") + _t(m.finding(f)))
    if lines:
        console.print(Panel(Group(*lines), title=m.ui("findings"), expand=False))

    files = Table(title=m.ui("documents_found"), expand=False)
    files.add_column(m.ui("file_pages"), overflow="fold")
    files.add_column("Id")
    files.add_column("Type")
    files.add_column(m.ui("conf"), justify="right")
    files.add_column(m.ui("read"), overflow="fold", max_width=80)
    for doc in result.documents:
        kind = doc.type.value if m.lang == "en" else m.t("doctype", doc.type.value)
        files.add_row(
            _t(doc.where()), doc.id, kind, f"{doc.confidence:.2f}",
            _t(_fields_line(doc, redact)),
        )  # fmt: skip
    for fr in result.files:
        if fr.error:
            files.add_row(_t(fr.rel), "", Text(m.ui("unreadable"), style="red"), "", _t(fr.error))
    console.print(files)


def render_summary(results: list[AuditResult], console: Console, lang: str = "en") -> None:
    """One line per packet, for an adviser checking many client folders."""
    m = Messages(lang)
    table = Table(title=m.ui("packets"), expand=False)
    table.add_column(m.ui("packet"), overflow="fold")
    table.add_column(m.ui("applicant"))
    table.add_column(m.ui("status"))
    table.add_column(m.ui("to_fix"), overflow="fold", max_width=80)
    for result in results:
        a = result.applicant
        who = " ".join(x for x in (a.given_names, a.surname) if x) or "?"
        todo = [
            f"{_requirement(m, r.id)} ({m.t('status', r.status.value)})"
            for r in result.requirements
            if r.status not in (Status.COMPLETE, Status.NOT_APPLICABLE)
        ]
        verdict = _verdict(m, result.status).split(":")[0].strip()
        table.add_row(
            _t(result.packet), _t(who), Text(verdict, style=PACKET_STYLE[result.status]),
            ", ".join(todo),
        )  # fmt: skip
    console.print(table)
