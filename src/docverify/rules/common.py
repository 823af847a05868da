"""What the packet rules share: the applicant's name, verdict arithmetic, messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from docverify.model import (
    AuditContext,
    DocType,
    Document,
    Finding,
    RequirementResult,
    Severity,
    Status,
)
from docverify.values.names import NameMatch, PersonName

STATUS_ORDER = {
    Status.COMPLETE: 0,
    Status.NOT_APPLICABLE: 0,
    Status.QUESTIONABLE: 1,
    Status.MISSING: 2,
    Status.INVALID: 3,
}


class Findings(list[Finding]):
    """The findings a rule gathers about one document: ``add`` prefixes the requirement id
    to the code and points the finding at the document's pages."""

    def __init__(self, rid: str, doc: Document | None = None) -> None:
        super().__init__()
        self.rid = rid
        self.doc = doc

    def add(self, code: str, severity: Severity, message: str, **evidence: Any) -> Finding:
        """Add ``<rid>.<code>``; a code that already names its area (``iban.x``) is kept."""
        full = code if "." in code else f"{self.rid}.{code}"
        finding = Finding(full, severity, message, evidence=evidence)
        if self.doc is not None:
            finding = finding.about(self.doc)
        self.append(finding)
        return finding


def worst(statuses: Iterable[Status], default: Status = Status.COMPLETE) -> Status:
    return max(statuses, key=lambda s: STATUS_ORDER[s], default=default)


def status_from_findings(findings: Iterable[Finding]) -> Status:
    """error -> invalid, warning -> questionable, info -> complete."""
    sev = {f.severity for f in findings}
    if Severity.ERROR in sev:
        return Status.INVALID
    if Severity.WARNING in sev:
        return Status.QUESTIONABLE
    return Status.COMPLETE


def result(
    rid: str, status: Status, docs: Iterable[Document] = (), findings: Iterable[Finding] = ()
) -> RequirementResult:
    return RequirementResult(rid, status, tuple(d.id for d in docs), tuple(findings))


def applicant_name(ctx: AuditContext) -> PersonName:
    """The applicant as named on the identity document, plus the form's usage name."""
    others: list[str] = []
    for form in ctx.of_type(DocType.APPLICATION_FORM):
        usage = getattr(form.fields, "usage_name", None)
        if usage:
            others.append(usage)
    return PersonName.parse(ctx.applicant.surname, ctx.applicant.given_names, others)


def fmt_date(d: dt.date | None) -> str:
    """French style, as on the documents: 15/09/2026."""
    return d.strftime("%d/%m/%Y") if d else "unknown"


def name_findings(
    ctx: AuditContext, doc: Document, written: str | None, rid: str, what: str
) -> tuple[NameMatch, list[Finding]]:
    """Compare a name written on ``doc`` with the applicant; findings for anything off."""
    person = applicant_name(ctx)
    match = person.matches(written)
    who = person.display or "the applicant"
    if match == NameMatch.SLIP:
        f = Finding(
            f"{rid}.name_slip",
            Severity.WARNING,
            f"The name on the {what} ({written}) is close to but not exactly {who}: "
            "an OCR slip or a spelling variant, check it.",
            evidence={"found": written, "expected": person.display},
        )
        return match, [f.about(doc)]
    if match == NameMatch.MISMATCH:
        f = Finding(
            f"{rid}.name_mismatch",
            Severity.ERROR,
            f"The {what} is in the name of {written}, not {who}.",
            evidence={"found": written, "expected": person.display},
        )
        return match, [f.about(doc)]
    if match == NameMatch.UNKNOWN:
        f = Finding(
            f"{rid}.name_unreadable",
            Severity.WARNING,
            f"The holder's name on the {what} could not be read, so it cannot be compared with {who}.",
        )
        return match, [f.about(doc)]
    return match, []
