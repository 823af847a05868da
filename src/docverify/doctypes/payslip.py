"""Payslips (bulletin de paie, bulletin de salaire, bulletin clarifié): the employer and
the employee as ``employment_parties`` finds them (a labelled value, else the block of the
SIRET, else a titled person or an address block that is not the employer's), the month
paid, the net pay and the employer's SIRET (Luhn checked)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    fold_text,
    lines_of,
    parse_amount,
)
from docverify.doctypes.employment_parties import (
    PARTY_FIELDS,
    Cell,
    cells_of,
    employee_of,
    employer_of,
    labelled,
    org_like,
    tidy,
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


SIRET_RX = re.compile(r"SIRE[TN]\s*(?:N[O°]\.?)?\s*:?\s*((?:\d[\s.]?){14})")
NET_LABELS = (
    r"NET A PAYER AVANT IMPOT(?: SUR LE REVENU)?",
    r"NET PAYE",
    r"NET A PAYER",
    r"NET VERSE",
)


def _period(folded: str) -> str | None:
    """The month paid: the period's end ("du 01/10 au 31/10"), not a payment date that
    follows it on the line.

    >>> _period("PERIODE DU 01/10/2026 AU 31/10/2026 - PAIEMENT LE 05/11/2026")
    '2026-10'
    >>> _period("BULLETIN DE SALAIRE DU 01/08/2026 AU 31/08/2026 ENTREE: 10/03/2025")
    '2026-08'
    """
    m = re.search(r"PERIODE\s*(?:DE PAIE|DU)?\s*:?\s*(?:DU\s+)?(.{6,60})", folded)
    if m:
        dates = find_dates(m[1])
        if dates:
            d = dates[1].value if len(dates) > 1 else dates[0].value
            return f"{d.year:04d}-{d.month:02d}"
        ym = find_month_years(m[1])
        if ym:
            return f"{ym[0][0]:04d}-{ym[0][1]:02d}"
    for span in re.finditer(r"\bDU\s+(\S{6,12})\s+AU\s+(\S{6,12})", folded):
        # unlabelled, a month's span "du ... au ..." is the period paid
        start, end = find_dates(span[1]), find_dates(span[2])
        if start and end and 0 < (end[0].value - start[0].value).days <= 31:
            return f"{end[0].value.year:04d}-{end[0].value.month:02d}"
    ym = find_month_years(folded)
    return f"{ym[0][0]:04d}-{ym[0][1]:02d}" if ym else None


def period_date(period: str | None) -> dt.date | None:
    if not period:
        return None
    y, m = period.split("-")
    return dt.date(int(y), int(m), 1)


# --------------------------------------------------------------------------- amounts


def net_pay(cells: Sequence[Cell]) -> float | None:
    """The net before income tax when printed (the figure the law requires in bold), else
    the net paid: the amount right of its label on its row, else after it."""
    for label in NET_LABELS:
        for c in cells:
            m = re.search(label, c.folded)
            if (
                not m
                or re.search(r"\bDONT\b", c.folded)
                or (label == "NET A PAYER" and "AVANT" in c.folded)
            ):
                continue
            amount = parse_amount(c.folded[m.end() :])
            if amount is None:
                mid = (c.box[1] + c.box[3]) / 2
                row = sorted((n for n in cells if n.page == c.page and n.box[0] > c.box[2]
                              and n.box[1] - c.h / 2 <= mid <= n.box[3] + c.h / 2),
                             key=lambda n: n.box[0])  # fmt: skip
                amount = next((a for n in row if (a := parse_amount(n.text)) is not None), None)
            if amount is not None:
                return amount
    return None


def extract(doc: Document, ctx: ExtractContext) -> tuple[PayslipFields, list[Finding]]:
    lines = lines_of(doc)
    cells = cells_of(doc.pages)
    folded = fold_text("\n".join(lines))
    findings: list[Finding] = []
    siret = siret_valid = None
    if m := SIRET_RX.search(folded):
        siret = re.sub(r"\D", "", m[1])
        try:
            siret_valid = bool(Siret.parse(siret))
        except ValueParseError:
            siret_valid = False
            findings.append(warning("payslip.siret_invalid", "The employer's SIRET number fails "
                                    "its check digit (Luhn): misprinted or misread."))  # fmt: skip
    first = [c for c in cells if c.page == 0]
    employer = employer_of(first, top_share=0.5) or employer_of(cells, top_share=0.5)
    employee = employee_of(first, employer)
    job = next((tidy(v) for _c, v in labelled(first, PARTY_FIELDS, "job_title", org_like)), None)
    fields = PayslipFields(
        employer, employee, _period(folded), net_pay(cells), siret, siret_valid, job
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
