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
    value_after,
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
    end_date: dt.date | None = None
    """For a CDD, a mission or an apprenticeship: the date the contract ends."""


CONTRACT_TYPES = (
    (r"DUREE INDETERMINEE|\bCDI\b", "CDI"),
    (r"DUREE DETERMINEE|\bCDD\b", "CDD"),
    (r"APPRENTISSAGE", "apprentissage"),
    (r"CONTRAT DE MISSION|INTERIM|TRAVAIL TEMPORAIRE", "interim"),
    (r"PROFESSIONNALISATION", "professionnalisation"),
)
END_LABELS = (
    r"PRENDRA FIN LE",
    r"SE TERMINERA LE",
    r"PRENDRE FIN LE",
    r"JUSQU'?AU",
    r"DATE DE FIN(?: DU CONTRAT| DE MISSION)?",
    r"TERME (?:DU CONTRAT|PRECIS)?\s*(?:FIXE )?(?:AU|LE)",
)


def contract_type(folded_lines: list[str]) -> str | None:
    """The type named first wins (the title): a CDD's body may well mention "durée
    indéterminée" (a conversion clause), its title does not."""
    text = "\n".join(folded_lines)
    found = [(m.start(), name) for rx, name in CONTRACT_TYPES if (m := re.search(rx, text))]
    return min(found)[1] if found else None


def extract(doc: Document, ctx: ExtractContext) -> tuple[EmploymentContractFields, list[Finding]]:
    lines = lines_of(doc)
    text = " ".join(lines)
    folded = fold_text(text)
    ctype = contract_type([fold_text(x) for x in lines])
    employer = None
    m = re.search(
        r"(?:LA SOCIETE|L'ENTREPRISE|L'ASSOCIATION|L'EMPLOYEUR\s*:)\s+(.{3,60}?)"
        r"(?:,|\s+SIRET|\s+DONT|\s+SISE|\s+AU CAPITAL|\s+IMMATRICULEE|\s+REPRESENTEE)",
        folded,
    )
    if m:
        employer = clean_name(text[m.start(1) : m.end(1)])
    if not employer:
        employer = clean_name(value_after(lines, r"EMPLOYEUR\s*:|RAISON SOCIALE\s*:"))
    employee = None
    m = re.search(r"\bET\s+(?:MADAME|MONSIEUR|MME|M\.)\s+((?:[A-Z][A-Za-z'\-]+\s?){1,5})", folded)
    if m:
        employee = clean_name(text[m.start(1) : m.end(1)])
    if not employee:
        employee = clean_name(
            value_after(lines, r"(?:LE |LA )?SALARIE(?:\(E\)|E)?\s*:|NOM DU SALARIE\s*:?")
        )
    job = None
    m = re.search(
        r"EN QUALITE D[E']\s*(.{3,60}?)(?:,|\.|\s+STATUT|\s+COEFFICIENT|\s+NIVEAU|$)", folded
    )
    if m:
        job = clean_name(text[m.start(1) : m.end(1)])
    start = None
    for label in (
        r"A COMPTER DU",
        r"A PARTIR DU",
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
    end = None
    if ctype != "CDI":
        for label in END_LABELS:
            end = date_after(lines, label)
            if end and (start is None or end > start):
                break
            end = None
    findings: list[Finding] = []
    if not employer:
        findings.append(
            warning(
                "employment_contract.no_employer",
                "The employer's identity could not be read on the contract.",
            )
        )
    return EmploymentContractFields(employer, employee, ctype, job, start, siret, end), findings


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
