"""A self-contained HTML report (one file, no scripts, no external assets) that a helper
can open, print or hand to the applicant: verdicts, findings with their pages, documents."""

from __future__ import annotations

from html import escape

from docverify.doctypes.base import fields_to_json
from docverify.model import AuditResult, Finding, PacketStatus, Severity, Status
from docverify.redact import redact_fields
from docverify.seal.report import describe

STATUS_LABEL = {
    Status.COMPLETE: "complete",
    Status.QUESTIONABLE: "questionable",
    Status.INVALID: "invalid",
    Status.MISSING: "missing",
    Status.NOT_APPLICABLE: "not applicable",
}
PACKET_LABEL = {
    PacketStatus.COMPLETE: "Complete: ready to mail",
    PacketStatus.QUESTIONABLE: "Questionable: check the points below before mailing",
    PacketStatus.INCOMPLETE: "Incomplete: the CPAM would send this packet back",
}
CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#222}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin-top:2rem}
.banner{padding:.6rem 1rem;border-radius:.4rem;font-weight:600;margin:1rem 0}
.complete,.b-complete{background:#e3f5e6;color:#17612a}
.questionable,.b-questionable{background:#fff4d6;color:#7a5500}
.invalid,.missing,.b-incomplete{background:#fde4e4;color:#8e1c1c}
.not_applicable{background:#eee;color:#555}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
.status{font-weight:600;border-radius:.3rem;padding:.1rem .4rem;white-space:nowrap}
.sev-error{color:#8e1c1c}.sev-warning{color:#7a5500}.sev-info{color:#335}
.where,.code{color:#666;font-size:.85em}ul{padding-left:1.2rem}
"""


def _where(f: Finding) -> str:
    by_file: dict[str, list[int]] = {}
    for p in f.pages:
        by_file.setdefault(p.file, []).append(p.page)
    return "; ".join(f"{k} p.{','.join(map(str, v))}" for k, v in by_file.items())


def _finding(f: Finding) -> str:
    where = _where(f)
    return (
        f'<li class="sev-{f.severity.value}">{escape(f.message)}'
        + (f' <span class="where">[{escape(where)}]</span>' if where else "")
        + f' <span class="code">{escape(f.code)}</span></li>'
    )


def render(result: AuditResult, redact: bool = False) -> str:
    a = result.applicant
    who = " ".join(x for x in (a.given_names, a.surname) if x) or "unknown applicant"
    docs = {d.id: d for d in result.documents}
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>docverify: {escape(result.packet)}</title><style>{CSS}</style></head><body>",
        f"<h1>docverify report: {escape(result.packet)}</h1>",
        f"<div>Applicant: <b>{escape(who)}</b>"
        + (f", born {a.date_of_birth.isoformat()}" if a.date_of_birth else "")
        + (f", {escape(a.nationality)}" if a.nationality else "")
        + f" &middot; audit date {result.as_of.isoformat()}</div>",
        f'<div class="banner b-{result.status.value}">{PACKET_LABEL[result.status]}</div>',
        "<h2>Requirements</h2><table><tr><th>Requirement</th><th>Status</th><th>Documents</th>"
        "<th>Findings</th></tr>",
    ]
    for req in result.requirements:
        where = "<br>".join(escape(docs[d].where()) for d in req.documents if d in docs)
        shown = [
            f for f in req.findings if f.severity != Severity.INFO or req.status != Status.COMPLETE
        ]
        findings = "<ul>" + "".join(_finding(f) for f in shown) + "</ul>" if shown else ""
        out.append(
            f"<tr><td>{escape(req.id)}</td>"
            f'<td><span class="status {req.status.value}">{STATUS_LABEL[req.status]}</span></td>'
            f"<td>{where}</td><td>{findings}</td></tr>"
        )
    out.append("</table>")
    if result.findings:
        out.append("<h2>Files</h2><ul>" + "".join(_finding(f) for f in result.findings) + "</ul>")
    out.append("<h2>Documents found</h2><table><tr><th>Where</th><th>Type</th><th>Read</th></tr>")
    for doc in result.documents:
        fields = fields_to_json(doc.fields)
        if redact:
            fields = redact_fields(fields)
        read = ", ".join(
            f"{escape(k)}: {escape(str(v))}"
            for k, v in fields.items()
            if v not in (None, "", [], {})
        )
        if doc.seal is not None:  # the signed barcode, in a sentence a helper understands
            read += f"<br><b>seal:</b> {escape(describe(doc.seal))}"
        out.append(
            f"<tr><td>{escape(doc.where())}</td><td>{escape(doc.type.value)} "
            f'<span class="code">({doc.confidence:.2f})</span></td><td>{read}</td></tr>'
        )
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"
