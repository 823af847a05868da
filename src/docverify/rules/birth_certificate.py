"""Requirement ``birth_certificate``: the applicant's birth certificate, with an apostille
unless the issuing country is exempt."""

from __future__ import annotations

from docverify.countries import apostille_rule
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
from docverify.values.names import NameMatch

RID = "birth_certificate"


def _apostille_for(ctx: AuditContext, cert: Document) -> Document | None:
    """An apostille in the same file, the file next to it, or of the same country."""
    apostilles = ctx.of_type(DocType.APOSTILLE)
    files = [d.files[0] for d in ctx.documents]
    for a in apostilles:
        if set(a.files) & set(cert.files):
            return a
    for a in apostilles:
        i, j = files.index(a.files[0]), files.index(cert.files[0])
        if abs(i - j) <= 1:
            return a
    return apostilles[0] if len(apostilles) == 1 else None


def _judge(ctx: AuditContext, doc: Document) -> tuple[Status, list[Finding], list[Document]]:
    f = doc.fields
    findings: list[Finding] = []
    used = [doc]

    def add(code: str, severity: Severity, message: str, **evidence: object) -> None:
        findings.append(Finding(f"{RID}.{code}", severity, message, evidence=evidence).about(doc))

    if f is None:
        add("unreadable", Severity.WARNING, "The birth certificate could not be read.")
        return Status.QUESTIONABLE, findings, used
    written = " ".join(x for x in (f.surname, f.given_names) if x) or None
    if written and ctx.applicant.surname:
        match, more = name_findings(ctx, doc, written, RID, "birth certificate")
        findings.extend(more)
        if match == NameMatch.MISMATCH:
            findings[-1] = Finding(
                f"{RID}.other_person", Severity.ERROR,
                f"This birth certificate is of {written}, not of the applicant.",
                findings[-1].document, findings[-1].pages, findings[-1].evidence,
            )  # fmt: skip
    elif not written:
        add(
            "name_unreadable",
            Severity.WARNING,
            "The name on the birth certificate could not be read.",
        )
    dob = ctx.applicant.date_of_birth
    if f.date_of_birth and dob and f.date_of_birth != dob:
        add("other_date_of_birth", Severity.ERROR,
            f"The birth certificate gives {fmt_date(f.date_of_birth)}, the passport {fmt_date(dob)}.")  # fmt: skip
    country = f.issuing_country
    rule = apostille_rule(country) if country else None
    apostille = None if f.has_apostille else _apostille_for(ctx, doc)
    if apostille is not None:
        used.append(apostille)
    has = f.has_apostille or apostille is not None
    if rule in ("exempt_france",):
        pass
    elif rule == "exempt_eu":
        add("apostille_exempt_eu", Severity.INFO,
            f"Issued in an EU member state ({country}): no apostille needed under Regulation (EU) 2016/1191.")  # fmt: skip
    elif rule == "exempt_bilateral" and not has:
        add("apostille_exempt_bilateral", Severity.INFO,
            f"Documents from {country} are exempt from apostille by a bilateral agreement with France.")  # fmt: skip
    elif rule == "legalisation" and not has:
        add("legalisation_needed", Severity.WARNING,
            f"{country} is not party to the Hague Apostille Convention: the certificate needs consular legalisation.")  # fmt: skip
    elif not has:
        if country:
            add("no_apostille", Severity.ERROR,
                f"A birth certificate issued in {country} needs an apostille (Hague Convention of 5 October 1961); none was found.")  # fmt: skip
        else:
            add("no_apostille_country_unknown", Severity.WARNING,
                "No apostille was found, and the issuing country could not be read to tell whether one is needed.")  # fmt: skip
    if f.language and f.language not in ("fr", "en"):
        translated = bool(ctx.of_type(DocType.TRANSLATION))
        if not translated:
            add("translation_may_be_requested", Severity.INFO,
                "The certificate is not in French or English: the CPAM may ask for a sworn translation later.")  # fmt: skip
    return status_from_findings(findings), findings, used


def check(ctx: AuditContext) -> RequirementResult:
    certs = ctx.of_type(DocType.BIRTH_CERTIFICATE)
    if not certs:
        f = Finding(f"{RID}.missing", Severity.ERROR, "No birth certificate was found.")
        return result(RID, Status.MISSING, (), [f])
    judged = [_judge(ctx, c) for c in certs]
    status, findings, used = min(judged, key=lambda j: STATUS_ORDER[j[0]])
    return result(RID, status, used, findings)
