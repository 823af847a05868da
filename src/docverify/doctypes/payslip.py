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
    segments_of,
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
    r"SALARIE\(E\)\s*:",
    r"SALARIE\s*:",
    r"NOM DU SALARIE",
    r"\bSALARIE\b",
    r"EMPLOYE\b",
    r"NOM ET PRENOM",
)
EMPLOYER_LABELS = (
    r"EMPLOYEUR\s*:",
    r"RAISON SOCIALE\s*:?",
    r"^EMPLOYEUR$",
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


ADDRESS_LIKE = re.compile(
    r"^\s*(?:\d|BP\b|CS\b|CEDEX\b)|\b\d{5}\b|\b(?:RUE|AVENUE|AV|BD|BOULEVARD|PLACE|CHEMIN|ALLEE|"
    r"QUAI|ROUTE|IMPASSE|COURS)\b"
)
LEGAL_FORM = re.compile(
    r"\b(?:SAS|SASU|SARL|EURL|SA|SNC|SCOP|SCI|GIE|ASSOCIATION|GROUPE|GROUP|INC|LTD|GMBH)\b"
)
NOT_EMPLOYER = re.compile(
    r"BULLETIN|PERIODE|SIRET|NAF|APE|URSSAF|CONVENTION|SALAIRE|COTISATION|NET |BRUT|PAGE|EMPLOI|STATUT"
)


def _employer(segments: list[str]) -> str | None:
    """The employer: after a label, else the name heading the block that holds the
    SIRET (above its address lines), else the first name with a legal form (SAS...)."""
    for label in EMPLOYER_LABELS:
        employer = clean_name(value_after(segments, label))
        if employer and re.search(r"[A-Za-z]{3}", employer):
            return employer
    folded = [fold_text(x) for x in segments]
    siret_at = next((i for i, x in enumerate(folded) if re.search(r"\bSIRET\b", x)), None)
    if siret_at is not None:
        for i in range(siret_at - 1, max(-1, siret_at - 9), -1):
            x = folded[i]
            if ADDRESS_LIKE.search(x) or TITLE_LINE.match(x) or NOT_EMPLOYER.search(x):
                continue
            if re.search(r"[A-Z]{3}", x):
                return clean_name(segments[i])
    for i, x in enumerate(folded[:20]):
        if LEGAL_FORM.search(x) and not NOT_EMPLOYER.search(x) and not TITLE_LINE.match(x):
            return clean_name(segments[i])
    return None


def _employee(segments: list[str]) -> str | None:
    """The employee: after a label, else the first line starting with a title."""
    for label in EMPLOYEE_LABELS:
        employee = clean_name(value_after(segments, label))
        if employee and re.search(r"[A-Za-z]{2}", employee):
            return _untitled(employee)
    for x in segments:
        if TITLE_LINE.match(fold_text(x)):
            return _untitled(clean_name(x))
    return None


def _untitled(name: str | None) -> str | None:
    """ "Madame Emily CARTER" -> "Emily CARTER" (titles say nothing the name matcher needs)."""
    if not name:
        return None
    return re.sub(r"^(?:M\.?|MR\.?|MME|MLLE|MONSIEUR|MADAME|MADEMOISELLE)\s+", "", name,
                  flags=re.IGNORECASE) or None  # fmt: skip


def extract(doc: Document, ctx: ExtractContext) -> tuple[PayslipFields, list[Finding]]:
    lines = lines_of(doc)
    segments = segments_of(doc)
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
                    "payslip.siret_invalid",
                    "The employer's SIRET number fails its check digit (Luhn): misprinted or misread.",
                )
            )
    net = None
    for label in NET_LABELS:
        v = value_after(segments, label) or value_after(lines, label)
        if v and (net := parse_amount(v)) is not None:
            break
    job = clean_name(value_after(segments, r"EMPLOI\s*:|POSTE\s*:|QUALIFICATION\s*:|FONCTION\s*:"))
    fields = PayslipFields(
        _employer(segments), _employee(segments), _period(folded), net, siret, siret_valid, job
    )
    return fields, findings


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
