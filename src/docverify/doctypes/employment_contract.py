"""Employment contracts: CDI, CDD, apprentissage, intérim."""

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
    fold_text,
    lines_of,
)
from docverify.model import DocType, Document, Finding, warning


@dataclass(frozen=True)
class EmploymentContractFields:
    employer: str | None
    employee_name: str | None
    contract_type: str | None
    job_title: str | None
    start_date: dt.date | None
    siret: str | None = None


CONTRACT_TYPES = (
    (r"DUREE INDETERMINEE|\bCDI\b", "CDI"),
    (r"DUREE DETERMINEE|\bCDD\b", "CDD"),
    (r"APPRENTISSAGE", "apprentissage"),
    (r"MISSION|INTERIM|TRAVAIL TEMPORAIRE", "interim"),
    (r"PROFESSIONNALISATION", "professionnalisation"),
)


def extract(doc: Document, ctx: ExtractContext) -> tuple[EmploymentContractFields, list[Finding]]:
    lines = lines_of(doc)
    text = " ".join(lines)
    folded = fold_text(text)
    ctype = next((name for rx, name in CONTRACT_TYPES if re.search(rx, folded)), None)
    employer = None
    m = re.search(
        r"(?:ENTRE\s+)?LA SOCIETE\s+(.{3,60}?)(?:,|\s+SIRET|\s+DONT|\s+SISE|\s+AU CAPITAL|\s+IMMATRICULEE)",
        folded,
    )
    if m:
        employer = clean_name(text[m.start(1) : m.end(1)])
    employee = None
    m = re.search(r"\bET\s+(?:MADAME|MONSIEUR|MME|M\.)\s+((?:[A-Z][A-Za-z'\-]+\s?){1,5})", folded)
    if m:
        employee = clean_name(text[m.start(1) : m.end(1)])
    job = None
    m = re.search(
        r"EN QUALITE D[E']\s*(.{3,60}?)(?:,|\.|\s+STATUT|\s+COEFFICIENT|\s+NIVEAU|$)", folded
    )
    if m:
        job = clean_name(text[m.start(1) : m.end(1)])
    start = None
    for label in (
        r"A COMPTER DU",
        r"PRENDRA EFFET LE",
        r"DATE D'?ENTREE",
        r"DEBUTERA LE",
        r"COMMENCE LE",
    ):
        start = date_after(lines, label)
        if start:
            break
    siret = None
    m = re.search(r"SIRET\s*(?:N[O°]\.?)?\s*:?\s*((?:\d[\s.]?){14})", folded)
    if m:
        siret = re.sub(r"\D", "", m[1])
    findings: list[Finding] = []
    if not employer:
        findings.append(
            warning(
                "employment_contract.no_employer",
                "The employer's identity could not be read on the contract.",
            )
        )
    return EmploymentContractFields(employer, employee, ctype, job, start, siret), findings


SPEC = DocTypeSpec(
    type=DocType.EMPLOYMENT_CONTRACT,
    signals=(
        Signal.of(r"CONTRAT DE TRAVAIL", 6.0),
        Signal.of(r"DUREE (?:IN)?DETERMINEE|CONTRAT D'?APPRENTISSAGE|CONTRAT DE MISSION", 3.0),
        Signal.of(r"PERIODE D'?ESSAI|REMUNERATION|DUREE DU TRAVAIL", 1.5),
        Signal.of(r"EN QUALITE DE|L'?EMPLOYEUR|LE SALARIE", 1.5),
    ),
    extract=extract,
    multipage=True,
)
