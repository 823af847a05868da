"""Requirement ``application_form``: the Cerfa 15763 / S1106, signed, dated, in the
applicant's name."""

from __future__ import annotations

from docverify.model import AuditContext, DocType, Finding, RequirementResult, Severity, Status
from docverify.rules.common import fmt_date, name_findings, result, status_from_findings
from docverify.values.dates import add_months

RID = "application_form"
MAX_AGE_MONTHS = 3


def check(ctx: AuditContext) -> RequirementResult:
    forms = ctx.of_type(DocType.APPLICATION_FORM)
    if not forms:
        f = Finding(
            f"{RID}.missing",
            Severity.ERROR,
            "No application form (Cerfa 15763, 'Demande d'ouverture des droits à l'assurance "
            "maladie') was found.",
        )
        return result(RID, Status.MISSING, (), [f])
    doc = forms[0]
    fields = doc.fields
    findings: list[Finding] = []

    def add(code: str, severity: Severity, message: str, **evidence: object) -> None:
        findings.append(Finding(f"{RID}.{code}", severity, message, evidence=evidence).about(doc))

    if fields is None:
        add("unreadable", Severity.WARNING, "The form could not be read.")
        return result(RID, Status.QUESTIONABLE, [doc], findings)
    if fields.signed is False:
        add("unsigned", Severity.ERROR, "The form is not signed: sign section C before mailing it.")
    elif fields.signed is None:
        add(
            "signature_unknown",
            Severity.WARNING,
            "Could not tell whether the form is signed: check section C.",
        )
    if fields.date_us_style:
        add(
            "date_us_format",
            Severity.ERROR,
            f"The form is dated {fields.date_text}, which only makes sense as month/day/year: "
            "French dates are written DD/MM/YYYY.",
            written=fields.date_text,
        )
    elif fields.signed_on is None:
        add(
            "date_missing",
            Severity.WARNING,
            "The form's date (section C, 'Fait à ... le') is missing or unreadable.",
        )
    elif fields.signed_on > ctx.as_of:
        add(
            "date_in_future",
            Severity.ERROR,
            f"The form is dated {fmt_date(fields.signed_on)}, after the audit date {fmt_date(ctx.as_of)}.",
            signed_on=fields.signed_on.isoformat(),
        )
    elif fields.signed_on < add_months(ctx.as_of, -MAX_AGE_MONTHS):
        add(
            "date_old",
            Severity.WARNING,
            f"The form was signed on {fmt_date(fields.signed_on)}, more than {MAX_AGE_MONTHS} months ago: "
            "date and sign it again.",
            signed_on=fields.signed_on.isoformat(),
        )
    written = " ".join(x for x in (fields.surname, fields.given_names) if x) or None
    if written and ctx.applicant.surname:
        _match, more = name_findings(ctx, doc, written, RID, "form")
        # on the form a different name is for the clerk to query, not a rejection
        findings.extend(
            Finding(f.code, Severity.WARNING, f.message, f.document, f.pages, f.evidence)
            for f in more
        )
    return result(RID, status_from_findings(findings), [doc], findings)
