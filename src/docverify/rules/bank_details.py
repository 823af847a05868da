"""Requirement ``bank_details``: a RIB in the applicant's name with a valid IBAN."""

from __future__ import annotations

from docverify.model import (
    AuditContext,
    DocType,
    Document,
    Finding,
    RequirementResult,
    Severity,
    Status,
)
from docverify.rules.common import STATUS_ORDER, name_findings, result, status_from_findings
from docverify.values.names import NameMatch

RID = "bank_details"


def _judge(ctx: AuditContext, doc: Document) -> tuple[Status, list[Finding]]:
    f = doc.fields
    findings: list[Finding] = []

    def add(code: str, severity: Severity, message: str, **evidence: object) -> None:
        findings.append(Finding(code, severity, message, evidence=evidence).about(doc))

    if f is None or f.iban is None:
        add(f"{RID}.no_iban", Severity.ERROR, "No valid IBAN could be read on the RIB.")
        return Status.INVALID, findings
    iban = f.parsed_iban
    masked = iban.masked if iban is not None else "the IBAN"
    if f.iban_valid is False:
        add(
            f"{RID}.iban_invalid",
            Severity.ERROR,
            f"The IBAN {masked} fails its check digits (mod 97): misprinted or misread.",
        )
    elif f.rib_key_valid is False:
        add(f"{RID}.rib_key_invalid", Severity.ERROR,
            f"The IBAN {masked} passes mod 97 but its French RIB key (clé RIB) is wrong: the account number is wrong.")  # fmt: skip
    if f.country and f.country != "FR":
        if f.sepa:
            add("iban.foreign_sepa", Severity.INFO,
                f"A {f.country} IBAN: a SEPA account in another member state must be accepted "
                "(Regulation (EU) 260/2012, Article 9).")  # fmt: skip
        else:
            add(f"{RID}.non_sepa", Severity.WARNING,
                f"A {f.country} IBAN outside the SEPA zone: the CPAM pays reimbursements into SEPA accounts.")  # fmt: skip
    match, more = name_findings(ctx, doc, f.holder_name, RID, "RIB")
    if match == NameMatch.MISMATCH:
        more = [
            Finding(
                f"{RID}.other_holder", Severity.ERROR, m.message, m.document, m.pages, m.evidence
            )
            for m in more
        ]
    findings.extend(more)
    return status_from_findings(findings), findings


def check(ctx: AuditContext) -> RequirementResult:
    ribs = ctx.of_type(DocType.RIB)
    if not ribs:
        f = Finding(
            f"{RID}.missing", Severity.ERROR, "No RIB (relevé d'identité bancaire) was found."
        )
        return result(RID, Status.MISSING, (), [f])
    judged = [(doc, *_judge(ctx, doc)) for doc in ribs]
    doc, status, findings = min(judged, key=lambda j: STATUS_ORDER[j[1]])
    return result(RID, status, [doc], findings)
