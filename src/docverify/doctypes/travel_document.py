"""What passports, identity cards, residence permits and visas share: an MRZ.

Not a document type itself: the modules ``passport``, ``national_id``,
``residence_permit`` and ``long_stay_visa`` build on these helpers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from docverify.doctypes.base import ExtractContext, internal
from docverify.model import Document, Finding, error, info, warning
from docverify.values.mrz import Mrz
from docverify.vision.mrz import MrzRead, read_mrz


@dataclass(frozen=True)
class IdentityFields:
    surname: str | None
    given_names: str | None
    document_number: str | None
    nationality: str | None
    issuing_country: str | None
    date_of_birth: dt.date | None
    sex: str | None
    expiry_date: dt.date | None
    mrz_valid: bool | None
    mrz_checks: dict[str, bool] | None = None
    mrz_kind: str | None = None
    document_code: str | None = None
    mrz: Mrz | None = internal()


def best_mrz(doc: Document, ctx: ExtractContext) -> MrzRead | None:
    reads = [r for p in doc.pages if (r := read_mrz(p, ctx.as_of)) is not None]
    return max(reads, key=lambda r: r.score, default=None)


def mrz_findings(read: MrzRead | None, what: str) -> list[Finding]:
    if read is None:
        return [
            warning(
                "mrz.unreadable",
                f"The machine-readable zone of the {what} could not be read: "
                "send a sharper, straight, full-page scan.",
            )
        ]
    mrz = read.mrz
    out: list[Finding] = []
    failed = [k for k, ok in mrz.checks.items() if not ok]
    if failed:
        out.append(
            error(
                "mrz.check_digit_failed",
                f"The {what}'s MRZ fails its check digit(s) for {', '.join(failed)}: "
                "the document is misread or altered.",
                checks=dict(mrz.checks),
                problems=list(mrz.problems),
            )
        )
    if mrz.repairs:
        out.append(
            info(
                "mrz.ocr_repaired",
                f"OCR slips in the {what}'s MRZ were corrected, each confirmed by a check digit.",
                repairs=list(mrz.repairs),
            )
        )
    return out


def identity_fields(read: MrzRead | None) -> IdentityFields:
    if read is None:
        return IdentityFields(None, None, None, None, None, None, None, None, None)
    m = read.mrz
    return IdentityFields(
        surname=m.surname or None,
        given_names=m.given_names or None,
        document_number=m.document_number or None,
        nationality=m.nationality or None,
        issuing_country=m.issuing_country or None,
        date_of_birth=m.date_of_birth,
        sex=m.sex,
        expiry_date=m.expiry_date,
        mrz_valid=m.valid,
        mrz_checks=dict(m.checks),
        mrz_kind=m.kind,
        document_code=m.document_code,
        mrz=m,
    )


def extract_identity(
    doc: Document, ctx: ExtractContext, what: str
) -> tuple[IdentityFields, list[Finding]]:
    read = best_mrz(doc, ctx)
    return identity_fields(read), mrz_findings(read, what)
