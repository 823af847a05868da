"""When a seal verifies, what the issuer signed outranks what OCR read: the document's
fields take the signed holder, address and date (and so the months a bill covers), in
this one place, so that the packet rules judge the signed values without knowing seals
exist.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from docverify.model import DocType, Document
from docverify.seal.compare import signed_address, signed_name
from docverify.seal.stage import Seal
from docverify.seal.trust import SealStatus
from docverify.values.dates import DateRange, month_key

HOLDER_FIELD = {
    DocType.UTILITY_BILL: "holder_name",
    DocType.RIB: "holder_name",
    DocType.PAYSLIP: "employee_name",
    DocType.EMPLOYMENT_CONTRACT: "employee_name",
}


def _bill_months(fields: Any, issued: dt.date) -> tuple[str, ...] | None:
    """A bill's months when they rested on its issue date (no billing period read)."""
    start, end = getattr(fields, "period_start", None), getattr(fields, "period_end", None)
    if start and end:
        return None  # the period decides, not the date
    contract = getattr(fields, "contract_start", None)
    if getattr(fields, "kind", "bill") == "attestation" and contract and contract <= issued:
        return tuple(month_key(y, m) for y, m in DateRange(contract, issued).months(min_days=1))
    return (month_key(issued.year, issued.month),)


def signed_changes(doc: Document, seal: Seal) -> dict[str, Any]:
    """The fields of ``doc`` the seal's signed values replace (only those that differ)."""
    code = seal.code
    if code is None or doc.fields is None or not dataclasses.is_dataclass(doc.fields):
        return {}
    names = {f.name for f in dataclasses.fields(doc.fields)}
    changes: dict[str, Any] = {}
    holder = HOLDER_FIELD.get(doc.type)
    person = signed_name(code)
    if holder in names and person is not None:
        changes[holder] = person.display
    if doc.type == DocType.UTILITY_BILL:
        address = signed_address(code)
        if address and "address" in names:
            changes["address"] = address
        issued = code.header.issued_on
        if issued is not None and "issue_date" in names:
            changes["issue_date"] = issued
            months = _bill_months(doc.fields, issued)
            if months is not None and "months" in names:
                changes["months"] = months
    if doc.type in (DocType.PAYSLIP, DocType.EMPLOYMENT_CONTRACT):
        siret = code.value("siret")
        if siret and "siret" in names:
            changes["siret"] = siret
    return {k: v for k, v in changes.items() if getattr(doc.fields, k) != v}


def apply_signed_values(doc: Document) -> Document:
    """The document with its fields replaced by the values its valid seal signed; the
    seal records which (``applied``). Any other document is returned as it is."""
    seal: Seal | None = doc.seal
    if seal is None or seal.status != SealStatus.VALID:
        return doc
    changes = signed_changes(doc, seal)
    if not changes:
        return doc
    fields = dataclasses.replace(doc.fields, **changes)
    seal = dataclasses.replace(seal, applied=tuple(changes))
    return dataclasses.replace(doc, fields=fields, seal=seal)
