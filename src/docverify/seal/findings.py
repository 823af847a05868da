"""The findings a seal gives its document, and how they weigh on the requirements.

A printed page that disagrees with its own signed code, a signature that does not verify,
a test key, a barcode of the wrong type: each is a warning on the document, and makes
``questionable`` the requirement that rests on it (the packet rules themselves are not
told about seals).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from docverify.model import (
    DocType,
    Document,
    Finding,
    RequirementResult,
    Severity,
    Status,
    info,
    warning,
)
from docverify.seal.report import describe, signer
from docverify.seal.stage import Seal
from docverify.seal.trust import SealStatus
from docverify.seal.tsl import TEST_AUTHORITY

PREFIX = "seal."


def seal_findings(doc: Document, seal: Seal) -> list[Finding]:
    out: list[Finding] = []
    line = describe(seal)
    if seal.code is None:
        return [info("seal.unreadable", f"The document carries a 2D-Doc barcode that cannot be "
                     f"read ({seal.error}): compare it with the original.")]  # fmt: skip
    h = seal.code.header
    status = seal.status
    evidence = {"ca": h.ca_id, "certificate": h.cert_id, "status": status.value}
    if status == SealStatus.VALID:
        out.append(info("seal.valid", f"2D-Doc: {line}.", **evidence))
    elif status == SealStatus.NOT_CHECKED:
        out.append(info("seal.not_checked", f"2D-Doc: {line}.", **evidence))
    elif status == SealStatus.INVALID:
        out.append(warning("seal.invalid", f"The 2D-Doc barcode's signature does not verify "
                           f"({seal.verification.reason if seal.verification else ''}): the "
                           "document may have been altered; ask for the original.", **evidence))  # fmt: skip
    elif status == SealStatus.TEST_CERTIFICATE:
        out.append(warning("seal.test_certificate", f"The 2D-Doc barcode is signed with the "
                           f"specification's test authority {TEST_AUTHORITY}: this is a specimen, "
                           "not a document a real issuer signed.", **evidence))  # fmt: skip
    elif seal.verification is not None and not seal.verification.listed:
        out.append(warning("seal.unknown_certificate", f"The 2D-Doc barcode is signed under "
                           f"{h.ca_id}, which is not an authority of the ANTS trust list: it "
                           "cannot be trusted.", **evidence))  # fmt: skip
    else:
        out.append(info("seal.unknown_certificate", f"2D-Doc: {line}; if the document is "
                        "recent, run `docverify trust update`.", **evidence))  # fmt: skip
    for m in seal.check.mismatches:
        out.append(
            warning(
                "seal.mismatch",
                f"The {m.what} printed on the page ({m.printed}) differs from the one signed "
                f"in its 2D-Doc barcode by {signer(seal)} ({m.signed}): the page may have been "
                "altered; check it against the original.",
                field=m.field,
                printed=m.printed,
                signed=m.signed,
            )
        )
    for m in seal.check.slips:
        out.append(info("seal.ocr_slip", f"The {m.what} read on the page ({m.printed}) is a "
                        f"misread of the signed {m.signed}.", field=m.field))  # fmt: skip
    code_type = seal.code.type
    if seal.wrong_type and code_type is not None:
        out.append(
            warning(
                "seal.wrong_type",
                f"This {doc.type.value.replace('_', ' ')} carries the 2D-Doc barcode of a "
                f"{code_type.en} (type {code_type.code}): a barcode taken from another "
                "document?",
                type=code_type.code,
            )
        )
    if seal.others:
        out.append(info("seal.several", f"{seal.others + 1} different 2D-Doc barcodes on this "
                        "document; the most trustworthy one is reported."))  # fmt: skip
    return out


REQUIREMENT_OF = {
    DocType.UTILITY_BILL: "residence_proof",
    DocType.LEASE: "residence_proof",
    DocType.HOSTING_ATTESTATION: "residence_proof",
    DocType.RIB: "bank_details",
    DocType.PAYSLIP: "employment",
    DocType.EMPLOYMENT_CONTRACT: "employment",
    DocType.PASSPORT: "identity",
    DocType.NATIONAL_ID: "identity",
    DocType.RESIDENCE_PERMIT: "residence_status",
    DocType.LONG_STAY_VISA: "residence_status",
}
"""Where a document's seal warnings go when no requirement lists the document (a bill set
aside as a duplicate, or as someone else's)."""


def with_seal_findings(
    requirements: Sequence[RequirementResult], documents: Sequence[Document]
) -> list[RequirementResult]:
    """Each requirement with the seal warnings of its documents; one that was complete
    becomes questionable."""
    listed = {d for req in requirements for d in req.documents}
    extra: dict[str, list[Finding]] = {}
    for doc in documents:
        warnings = [
            f for f in doc.findings if f.code.startswith(PREFIX) and f.severity != Severity.INFO
        ]
        if not warnings:
            continue
        if doc.id in listed:
            targets = [req.id for req in requirements if doc.id in req.documents]
        else:
            targets = [REQUIREMENT_OF[doc.type]] if doc.type in REQUIREMENT_OF else []
        for rid in targets:
            extra.setdefault(rid, []).extend(warnings)
    out: list[RequirementResult] = []
    for req in requirements:
        more = [f for f in extra.get(req.id, []) if f not in req.findings]
        if not more:
            out.append(req)
            continue
        status = Status.QUESTIONABLE if req.status == Status.COMPLETE else req.status
        out.append(dataclasses.replace(req, status=status, findings=(*req.findings, *more)))
    return out
