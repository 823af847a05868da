"""Leases (bail, contrat de location)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    date_after,
    lines_of,
    value_after,
)
from docverify.model import DocType, Document, Finding, warning
from docverify.values.names import fold_upper


@dataclass(frozen=True)
class LeaseFields:
    tenant_names: tuple[str, ...]
    landlord: str | None
    address: str | None
    start_date: dt.date | None
    signed: bool | None = None


START_LABELS = (
    r"PRISE D'?EFFET",
    r"A COMPTER DU",
    r"DATE D'?EFFET",
    r"COMMENCE (?:A COURIR )?LE",
    r"DEBUT DU (?:BAIL|CONTRAT)",
    r"DATE DE DEBUT",
    r"ENTREE DANS LES LIEUX",
)
TENANT_LABELS = (
    r"LOCATAIRES?(?: \(S\))?\s*:",
    r"LE\(?S\)? PRENEURS?",
    r"PRENEUR",
    r"LOCATAIRE\(S\)",
)
LANDLORD_LABELS = (r"BAILLEURS?(?: \(S\))?\s*:", r"LE BAILLEUR", r"PROPRIETAIRE", r"BAILLEUR")
ADDRESS_LABELS = (
    r"ADRESSE DU LOGEMENT",
    r"LOCALISATION DU LOGEMENT",
    r"DESIGNATION DES LOCAUX",
    r"ADRESSE DES LOCAUX",
    r"SITUE(?:E)? (?:AU|A)",
)


def _names(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    parts = re.split(r"\s+(?:ET|&)\s+|,|;", value, flags=re.IGNORECASE)
    return tuple(n for p in parts if (n := clean_name(p)))


def extract(doc: Document, ctx: ExtractContext) -> tuple[LeaseFields, list[Finding]]:
    lines = lines_of(doc)
    tenants: tuple[str, ...] = ()
    for label in TENANT_LABELS:
        tenants = _names(value_after(lines, label))
        if tenants:
            break
    landlord = None
    for label in LANDLORD_LABELS:
        landlord = clean_name(value_after(lines, label))
        if landlord:
            break
    address = None
    for label in ADDRESS_LABELS:
        address = value_after(lines, label)
        if address:
            break
    start = None
    for label in START_LABELS:
        start = date_after(lines, label)
        if start:
            break
    folded = fold_upper(doc.text)
    signed = True if re.search(r"\bSIGNATURE|\bLU ET APPROUVE|FAIT A .{2,40} LE", folded) else None
    findings: list[Finding] = []
    if start is None:
        findings.append(warning("lease.no_start_date", "The lease's start date could not be read."))
    if not tenants:
        findings.append(
            warning("lease.no_tenant", "The tenants' names could not be read on the lease.")
        )
    return LeaseFields(tenants, landlord, address, start, signed), findings


SPEC = DocTypeSpec(
    type=DocType.LEASE,
    signals=(
        Signal.of(r"CONTRAT DE (?:LOCATION|BAIL)|\bBAIL\b", 3.0),
        Signal.of(r"\bBAILLEUR", 2.0),
        Signal.of(r"\bLOCATAIRES?\b|\bPRENEUR", 1.5),
        Signal.of(r"LOYER", 1.5),
        Signal.of(r"DEPOT DE GARANTIE|LOI (?:N[O°] ?)?89-462|6 JUILLET 1989", 2.0),
        Signal.of(r"PRISE D'?EFFET|DUREE DU CONTRAT", 1.0),
    ),
    extract=extract,
    multipage=True,
)
