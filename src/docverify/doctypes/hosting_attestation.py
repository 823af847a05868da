"""Attestations d'hébergement: a host certifies the applicant lives with them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, clean_name, lines_of
from docverify.model import DocType, Document, Finding, warning
from docverify.values.dates import find_dates
from docverify.values.names import fold_upper
from docverify.vision.ink import signature_present


@dataclass(frozen=True)
class HostingAttestationFields:
    host_name: str | None
    hosted_name: str | None
    address: str | None
    since_date: dt.date | None
    signed_on: dt.date | None
    signed: bool | None


TITLE = r"(?:(?:MADEMOISELLE|MADAME|MONSIEUR|MLLE|MME|MR|M)\b\.?\s*)?"
NAME = r"((?:[A-Z][A-Za-zÀ-ÿ'\-]+\s?){1,5})"


def extract(doc: Document, ctx: ExtractContext) -> tuple[HostingAttestationFields, list[Finding]]:
    text = " ".join(lines_of(doc))
    folded = fold_upper(text)
    host = hosted = address = None
    m = re.search(r"JE SOUSSIGNEE?,?\s+" + TITLE + NAME, folded)
    if m:
        host = clean_name(text[m.start(1) : m.end(1)])
    m = re.search(
        r"HEBERGER?\s+(?:A MON DOMICILE\s+|CHEZ MOI\s+)?(?:DEPUIS LE [0-9/.]+\s*,?\s*)?"
        + TITLE
        + NAME,
        folded,
    )
    if m:
        hosted = clean_name(text[m.start(1) : m.end(1)])
    m = re.search(
        r"(?:DEMEURANT|DOMICILIEE?|RESIDANT|HABITANT)\s+(?:AU|A|:)?\s*(.{5,90}?\d{5}\s+[A-Z\-' ]+)",
        folded,
    )
    if m:
        address = text[m.start(1) : m.end(1)].strip(" ,")
    since = None
    m = re.search(r"DEPUIS LE\s+(.{6,25})", folded)
    if m:
        d = find_dates(m[1])
        since = d[0].value if d else None
    signed_on = None
    m = re.search(r"FAIT A\s+.{2,40}?,?\s+LE\s+(.{6,25})", folded)
    if m:
        d = find_dates(m[1])
        signed_on = d[0].value if d else None
    signed = None
    last = doc.pages[-1]
    if last.image is not None:
        signed = signature_present(last, r"SIGNATURE")
    findings: list[Finding] = []
    if signed is False:
        findings.append(
            warning("hosting_attestation.unsigned", "The attestation does not appear to be signed.")
        )
    return HostingAttestationFields(host, hosted, address, since, signed_on, signed), findings


SPEC = DocTypeSpec(
    type=DocType.HOSTING_ATTESTATION,
    signals=(
        Signal.of(r"ATTESTATION D'?HEBERGEMENT", 6.0),
        Signal.of(r"HEBERGER|HEBERGE\b|HEBERGEMENT", 2.0),
        Signal.of(r"ATTESTE SUR L'?HONNEUR", 1.5),
        Signal.of(r"JE SOUSSIGNE", 1.0),
    ),
    extract=extract,
    multipage=True,
)
