"""Payslips (bulletin de paie, bulletin de salaire, bulletin clarifié)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    fold_text,
    lines_of,
    parse_amount,
    value_after,
)
from docverify.model import DocType, Document, Finding, warning
from docverify.values.dates import find_dates, find_month_years
from docverify.values.errors import ValueParseError
from docverify.values.ids import Siret


@dataclass(frozen=True)
class PayslipFields:
    employer: str | None
    employee_name: str | None
    period: str | None  # YYYY-MM
    net_pay: float | None
    siret: str | None
    siret_valid: bool | None = None
    job_title: str | None = None


SIRET_RX = re.compile(r"SIRET\s*(?:N[O°]\.?)?\s*:?\s*((?:\d[\s.]?){14})")
NET_LABELS = (
    r"NET A PAYER AVANT IMPOT(?: SUR LE REVENU)?",
    r"NET PAYE",
    r"NET A PAYER",
    r"NET VERSE",
)
EMPLOYEE_LABELS = (
    r"SALARIE\s*:",
    r"NOM DU SALARIE",
    r"\bSALARIE\b",
    r"EMPLOYE\b",
    r"NOM ET PRENOM",
)
EMPLOYER_LABELS = (
    r"EMPLOYEUR\s*:",
    r"RAISON SOCIALE",
    r"\bEMPLOYEUR\b",
    r"ENTREPRISE\s*:",
    r"SOCIETE\s*:",
)
TITLE_LINE = re.compile(r"^\s*(?:M\.?|MR|MME|MLLE|MONSIEUR|MADAME)\s+[A-Z]")


def _period(folded: str) -> str | None:
    m = re.search(r"PERIODE\s*(?:DE PAIE|DU)?\s*:?\s*(?:DU\s+)?(.{6,60})", folded)
    if m:
        dates = find_dates(m[1])
        if dates:
            d = dates[-1].value if len(dates) > 1 else dates[0].value
            return f"{d.year:04d}-{d.month:02d}"
        ym = find_month_years(m[1])
        if ym:
            return f"{ym[0][0]:04d}-{ym[0][1]:02d}"
    ym = find_month_years(folded)
    return f"{ym[0][0]:04d}-{ym[0][1]:02d}" if ym else None


def period_date(period: str | None) -> dt.date | None:
    if not period:
        return None
    y, m = period.split("-")
    return dt.date(int(y), int(m), 1)


def extract(doc: Document, ctx: ExtractContext) -> tuple[PayslipFields, list[Finding]]:
    lines = lines_of(doc)
    folded = fold_text("\n".join(lines))
    findings: list[Finding] = []
    siret = siret_valid = None
    m = SIRET_RX.search(folded)
    if m:
        digits = re.sub(r"\D", "", m[1])
        siret = digits
        try:
            Siret.parse(digits)
            siret_valid = True
        except ValueParseError:
            siret_valid = False
        if not siret_valid:
            findings.append(
                warning(
                    "payslip.siret_invalid", "The employer's SIRET number fails its check digit."
                )
            )
    employer = None
    for label in EMPLOYER_LABELS:
        employer = clean_name(value_after(lines, label))
        if employer:
            break
    if employer is None and lines:
        employer = (
            clean_name(lines[0])
            if "BULLETIN" not in fold_text(lines[0])
            else clean_name(lines[1] if len(lines) > 1 else None)
        )
    employee = None
    for label in EMPLOYEE_LABELS:
        employee = clean_name(value_after(lines, label))
        if employee and re.search(r"[A-Za-z]{2}", employee):
            break
    if not employee:
        employee = next((clean_name(x) for x in lines if TITLE_LINE.match(fold_text(x))), None)
    net = None
    for label in NET_LABELS:
        v = value_after(lines, label)
        if v and (net := parse_amount(v)) is not None:
            break
    job = clean_name(value_after(lines, r"EMPLOI\s*:|POSTE\s*:|QUALIFICATION\s*:|FONCTION\s*:"))
    return PayslipFields(
        employer, employee, _period(folded), net, siret, siret_valid, job
    ), findings


SPEC = DocTypeSpec(
    type=DocType.PAYSLIP,
    signals=(
        Signal.of(r"BULLETIN DE (?:PAIE|SALAIRE)|FICHE DE PAIE", 6.0),
        Signal.of(r"NET A PAYER|NET PAYE|SALAIRE DE BASE|SALAIRE BRUT", 2.5),
        Signal.of(r"COTISATIONS|CSG|URSSAF|CONVENTION COLLECTIVE", 1.5),
        Signal.of(r"\bSIRET\b|CODE NAF|\bAPE\b", 1.0),
    ),
    extract=extract,
    multipage=True,
)
