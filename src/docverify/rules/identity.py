"""Requirement ``identity``: the applicant's passport (or EU/EEA/Swiss identity card),
its MRZ valid, not expired at the audit date.

Verdicts, the way a border officer would give them:

- no passport / ID card: ``missing``;
- MRZ unreadable, or failing check digits on a read that is not reproducible (a likely
  misread), or a repaired document number, or a visual zone that disagrees with the
  MRZ: ``questionable`` (ask for a better scan, or check the document);
- a check digit failing on a clean, reproducible read, an expired document, or an
  identity card from a national who needs a passport: ``invalid``;
- expiring within 30 days: ``complete`` with a warning.
"""

from __future__ import annotations

import datetime as dt

from docverify.countries import free_movement
from docverify.doctypes.document_number import NUMBER_NOTES
from docverify.doctypes.travel_document import doc_findings
from docverify.model import AuditContext, DocType, Finding, RequirementResult, Severity, Status
from docverify.rules.common import Findings, fmt_date, own_doubts, result, status_from_findings

RID = "identity"
EXPIRY_WARNING_DAYS = 30


def check(ctx: AuditContext) -> RequirementResult:
    # the applicant's anchor; without an identity document it may be a visa's holder
    anchor = ctx.applicant.source_document
    identity = (DocType.PASSPORT, DocType.NATIONAL_ID)
    doc = next((d for d in ctx.documents if d.id == anchor and d.type in identity), None)
    # an identity document too poorly read to name anyone is still the one to judge
    doc = doc or min(
        (d for d in ctx.documents if d.type in identity),
        key=lambda d: d.type != DocType.PASSPORT,
        default=None,
    )
    if doc is None:
        f = Finding(f"{RID}.missing", Severity.ERROR, "No passport or identity card was found.")
        return result(RID, Status.MISSING, (), [f])
    fields = doc.fields
    findings = Findings(RID, doc)

    what = "passport" if doc.type == DocType.PASSPORT else "identity card"
    if fields is not None and fields.number_readings:
        # the number unsettled (several readings verify, or its check digit was not read)
        findings.extend(f for f in doc_findings(doc) if f.code in NUMBER_NOTES)
    elif fields is None or fields.mrz_valid is None:
        findings.add("mrz_unreadable", Severity.WARNING,
            f"The {what}'s machine-readable zone could not be read: send a sharper, straight scan of the data page.")  # fmt: skip
        return result(RID, Status.QUESTIONABLE, [doc], findings)
    failed = sorted(k for k, ok in (fields.mrz_checks or {}).items() if not ok)
    if failed and fields.mrz_confirmed:
        findings.add("mrz_invalid", Severity.ERROR,
            f"The {what}'s MRZ check digits fail ({', '.join(failed)}) on a clean read: the "
            "document is altered or faulty.", failed=failed)  # fmt: skip
    elif failed:
        findings.add("mrz_misread", Severity.WARNING,
            f"The {what}'s MRZ check digits fail ({', '.join(failed)}), probably a misread: "
            "send a sharper, straight scan of the data page.", failed=failed)  # fmt: skip
    # the document's own doubts: a repaired number, printed zone differing from the MRZ
    findings.extend(own_doubts(ctx, doc))
    if doc.type == DocType.NATIONAL_ID and not free_movement(fields.nationality):
        findings.add("id_card_not_accepted", Severity.ERROR,
            f"An identity card is accepted only for EU/EEA/Swiss nationals; nationality {fields.nationality} needs a passport.")  # fmt: skip
    expiry: dt.date | None = fields.expiry_date
    if expiry is None:
        findings.add(
            "expiry_unknown", Severity.WARNING, f"The {what}'s expiry date could not be read."
        )
    elif expiry < ctx.as_of:
        findings.add(
            "expired",
            Severity.ERROR,
            f"The {what} expired on {fmt_date(expiry)}.",
            expiry_date=expiry.isoformat(),
        )
    elif (expiry - ctx.as_of).days <= EXPIRY_WARNING_DAYS:
        findings.add("expires_soon", Severity.WARNING,
            f"The {what} expires on {fmt_date(expiry)}, within {EXPIRY_WARNING_DAYS} days: renew it soon.",
            expiry_date=expiry.isoformat())  # fmt: skip
    # expiring soon is worth a warning, but the document is valid today
    judged = [f for f in findings if f.code != f"{RID}.expires_soon"]
    return result(RID, status_from_findings(judged), [doc], findings)
