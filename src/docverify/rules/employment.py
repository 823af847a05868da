"""Requirement ``employment``: when the applicant works, the last payslip or the contract."""

from __future__ import annotations

import re

from docverify.doctypes.addressee import LEGAL_FORM
from docverify.doctypes.base import fold_text
from docverify.doctypes.payslip import period_date
from docverify.model import (
    AuditContext,
    DocType,
    Document,
    Finding,
    RequirementResult,
    Severity,
    Status,
)
from docverify.rules.common import (
    STATUS_ORDER,
    fmt_date,
    name_findings,
    result,
    status_from_findings,
)
from docverify.values.dates import add_months

RID = "employment"
PAYSLIP_MAX_AGE_MONTHS = 3


def applies(ctx: AuditContext) -> tuple[bool, str]:
    if ctx.options.employed is not None:
        return ctx.options.employed, "as stated on the command line"
    forms = ctx.of_type(DocType.APPLICATION_FORM)
    status = forms[0].fields.employment_status if forms and forms[0].fields else None
    if status == "employed":
        return True, "the form says the applicant is employed"
    if ctx.of_type(DocType.PAYSLIP, DocType.EMPLOYMENT_CONTRACT):
        return True, "job papers are in the packet"
    return (
        False,
        "the form does not say the applicant works"
        if status
        else "no sign that the applicant works",
    )


def _judge(ctx: AuditContext, doc: Document) -> tuple[Status, list[Finding]]:
    f = doc.fields
    what = "payslip" if doc.type == DocType.PAYSLIP else "employment contract"
    findings: list[Finding] = []
    if f is None:
        return Status.QUESTIONABLE, [
            Finding(f"{RID}.unreadable", Severity.WARNING, f"The {what} could not be read.").about(
                doc
            )
        ]
    verdict = name_findings(ctx, doc, f.employee_name, RID, what)
    more = verdict.findings
    if verdict.other_person:
        more = [
            Finding(
                f"{RID}.other_person", Severity.ERROR, m.message, m.document, m.pages, m.evidence
            )
            for m in more
        ]
    findings.extend(more)
    if doc.type == DocType.PAYSLIP:
        period = period_date(f.period)
        if period is None:
            findings.append(
                Finding(
                    f"{RID}.payslip_period_unknown",
                    Severity.WARNING,
                    "The payslip's month could not be read.",
                ).about(doc)
            )
        elif period < add_months(ctx.as_of.replace(day=1), -PAYSLIP_MAX_AGE_MONTHS):
            findings.append(
                Finding(
                    f"{RID}.payslip_old",
                    Severity.WARNING,
                    f"The payslip is for {f.period}: send the last one.",
                    evidence={"period": f.period},
                ).about(doc)
            )
    else:
        if not f.employer and _blank_employer(doc):
            findings.append(Finding(f"{RID}.contract_blank_employer", Severity.ERROR,
                "The contract does not identify the employer: no name and no SIRET or SIREN "
                "number on a page read clearly (its employer's part left blank?). Send a "
                "contract the employer filled in and signed, or the last payslip.").about(doc))  # fmt: skip
        elif not f.employer:
            findings.append(Finding(f"{RID}.contract_no_employer", Severity.WARNING,
                "The contract does not show the employer's identity.").about(doc))  # fmt: skip
        end = getattr(f, "end_date", None)
        if end is not None and end < ctx.as_of:
            findings.append(Finding(f"{RID}.contract_ended", Severity.WARNING,
                f"The {f.contract_type or 'fixed-term'} contract ended on {fmt_date(end)}: "
                "send the current contract or the last payslip.",
                evidence={"end_date": end.isoformat()}).about(doc))  # fmt: skip
        if f.start_date is not None and f.start_date > ctx.as_of:
            findings.append(Finding(f"{RID}.contract_not_started", Severity.INFO,
                f"The contract starts on {fmt_date(f.start_date)}, after the audit date.",
                evidence={"start_date": f.start_date.isoformat()}).about(doc))  # fmt: skip
    return status_from_findings(findings), findings


CLEAR_READ = 85.0
"""Mean word confidence from which a scanned page's read is clear enough that what is not
on it is not there (a text layer always is)."""
_COMPANY_NUMBER = re.compile(r"(?<!\d)\d{3}\s?\d{3}\s?\d{3}(?:\s?\d{5})?(?!\d)")
"""A SIREN (9 digits) or SIRET (14), spaced in threes or not."""


def _blank_employer(doc: Document) -> bool:
    """Is the contract's employer surely not there: every page read clearly (a text layer,
    or a scan read at ``CLEAR_READ``), and no company number anywhere on it? A template
    whose employer's part was never filled in ("La société ... immatriculée au RCS sous le
    numéro SIRET ..." with nothing after the words: wave 46 set_di p04)."""
    clear = all(p.source == "text_layer" or p.mean_conf >= CLEAR_READ for p in doc.pages)
    # no company's name either: a legal form written anywhere ("ACME SAS") is an employer
    # the extraction may have missed
    named = LEGAL_FORM.search(fold_text(doc.text)) is not None
    return clear and not named and not _COMPANY_NUMBER.search(doc.text)


def check(ctx: AuditContext) -> RequirementResult:
    works, why = applies(ctx)
    if not works:
        return result(
            RID,
            Status.NOT_APPLICABLE,
            (),
            [Finding(f"{RID}.not_applicable", Severity.INFO, f"Not needed: {why}.")],
        )
    docs = ctx.of_type(DocType.PAYSLIP, DocType.EMPLOYMENT_CONTRACT)
    if not docs:
        f = Finding(
            f"{RID}.missing",
            Severity.ERROR,
            f"Job papers are needed ({why}): add the last payslip or the employment contract.",
        )
        return result(RID, Status.MISSING, (), [f])
    judged = [(doc, *_judge(ctx, doc)) for doc in docs]
    best = min(judged, key=lambda j: STATUS_ORDER[j[1]])
    return result(RID, best[1], [best[0]], best[2])
