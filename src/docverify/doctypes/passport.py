"""Passports: the photo/data page with its TD3 machine-readable zone."""

from __future__ import annotations

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal
from docverify.doctypes.travel_document import IdentityFields, extract_identity
from docverify.model import DocType, Document, Finding


def extract(doc: Document, ctx: ExtractContext) -> tuple[IdentityFields, list[Finding]]:
    return extract_identity(doc, ctx, "passport")


SPEC = DocTypeSpec(
    type=DocType.PASSPORT,
    signals=(
        Signal.of(r"\bPASSPORT\b|\bPASSEPORT\b|\bPASAPORTE\b|\bREISEPASS\b|\bPASSAPORTO\b", 4.0),
        Signal.of(r"DATE OF EXPIRATION|DATE OF EXPIRY|DATE D'?EXPIRATION", 1.0),
        Signal.of(r"SURNAME|GIVEN NAMES|NATIONALITY|PLACE OF BIRTH", 1.0),
    ),
    extract=extract,
    multipage=False,
    mrz_codes=("P",),
)
