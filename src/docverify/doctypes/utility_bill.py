"""Utility bills: electricity, gas, water, internet, landline, mobile.

Provider knowledge (names, patterns, service) lives in ``data/providers.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    date_after,
    fold_text,
    internal,
    lines_of,
    parse_amount,
    value_after,
)
from docverify.model import DocType, Document, Finding, PageText, warning
from docverify.values.dates import find_dates, find_month_years
from docverify.values.names import fold_upper


@dataclass(frozen=True)
class Provider:
    name: str
    service: str
    patterns: tuple[re.Pattern[str], ...]


@functools.cache
def providers() -> tuple[Provider, ...]:
    raw = tomllib.loads(
        resources.files("docverify.data").joinpath("providers.toml").read_text("utf-8")
    )
    return tuple(
        Provider(p["name"], p["service"], tuple(re.compile(x) for x in p["patterns"]))
        for p in raw["provider"]
    )


def find_provider(folded: str) -> Provider | None:
    for p in providers():
        if any(rx.search(folded) for rx in p.patterns):
            return p
    return None


@dataclass(frozen=True)
class UtilityBillFields:
    provider: str | None
    service: str | None
    holder_name: str | None
    address: str | None
    issue_date: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    amount: float | None
    invoice_number: str | None = None
    months: tuple[str, ...] = internal(())


ISSUE_LABELS = (
    r"(?:VOTRE )?FACTURE DU",
    r"DATE (?:DE (?:LA )?)?FACTURE",
    r"DATE D'?EMISSION",
    r"EMISE? LE",
    r"FACTURE ETABLIE LE",
    r"DATE DE L'?ECHEANCIER",
    r"\bDATE\b",
)
HOLDER_LABELS = (
    r"TITULAIRE DU CONTRAT",
    r"TITULAIRE DE LA LIGNE",
    r"TITULAIRE DU COMPTE",
    r"\bTITULAIRE\b",
    r"NOM DU CLIENT",
    r"\bCLIENT\b ?:",
    r"ABONNE\b ?:",
)
ADDRESS_LABELS = (
    r"ADRESSE DE CONSOMMATION",
    r"LIEU DE CONSOMMATION",
    r"ADRESSE DU (?:POINT DE )?(?:LIVRAISON|COMPTAGE)",
    r"ADRESSE D'?INSTALLATION",
    r"ADRESSE DE (?:DESSERTE|FOURNITURE|LA LIGNE)",
    r"POINT DE LIVRAISON",
    r"LOGEMENT",
)
AMOUNT_LABELS = (
    r"MONTANT (?:TOTAL )?TTC",
    r"TOTAL (?:A PAYER|TTC|FACTURE)",
    r"MONTANT (?:TOTAL|A PAYER|DE LA FACTURE|PRELEVE)",
    r"NET A PAYER",
    r"\bTOTAL\b",
)
INVOICE_NO = re.compile(
    r"(?:FACTURE|N[O°º]? ?DE FACTURE|REFERENCE FACTURE)\s*(?:N\s?[O°º]\.?|NUMERO)?\s*:?\s*([A-Z0-9][A-Z0-9\-/]{4,})"
)
PERIOD = re.compile(
    r"(?:DU|PERIODE|DEPUIS LE)\s+(\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?|\d{1,2}(?:ER)? [A-Z]+\.?(?: \d{4})?)"
    r"\s+(?:AU|A|JUSQU'?AU)\s+"
    r"(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:ER)? [A-Z]+\.? \d{4})"
)
TITLE_LINE = re.compile(r"^\s*(M\.?|MR|MME|MLLE|MONSIEUR|MADAME|M\. ?ET ?MME|M OU MME)\s+[A-Z]")
POSTCODE_LINE = re.compile(r"\b\d{5}\b\s+[A-Z]")


def _period(folded: str) -> tuple[dt.date | None, dt.date | None]:
    for m in PERIOD.finditer(folded):
        end_dates = find_dates(m[2])
        if not end_dates:
            continue
        end = end_dates[0].value
        start_dates = find_dates(m[1])
        if start_dates:
            return start_dates[0].value, end
        short = re.match(r"(\d{1,2})[/.\-](\d{1,2})$", m[1])
        if short:
            try:
                start = dt.date(end.year, int(short[2]), int(short[1]))
            except ValueError:
                continue
            if start > end:
                start = start.replace(year=end.year - 1)
            return start, end
    return None, None


def _month_period(folded: str) -> tuple[dt.date | None, dt.date | None]:
    m = re.search(r"FACTURE (?:DE|DU MOIS DE|MENSUELLE DE)\s+([A-Z]+\.? \d{4})", folded)
    if m:
        ym = find_month_years(m[1])
        if ym:
            y, mo = ym[0]
            start = dt.date(y, mo, 1)
            end = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
            return start, end
    return None, None


def _holder(lines: list[str]) -> str | None:
    for label in HOLDER_LABELS:
        v = value_after(lines, label)
        if v and re.search(r"[A-Za-z]{2}", v):
            return clean_name(v)
    for line in lines:
        if TITLE_LINE.match(fold_upper(line)):
            return clean_name(line)
    return None


def _address(lines: list[str], holder: str | None) -> str | None:
    for label in ADDRESS_LABELS:
        rx = re.compile(label)
        for i, line in enumerate(lines):
            m = rx.search(fold_upper(line))
            if not m:
                continue
            parts = [line[m.end() :].strip(" :-")]
            for nxt in lines[i + 1 : i + 3]:
                if POSTCODE_LINE.search(fold_upper(parts[-1] if parts[-1] else "")):
                    break
                parts.append(nxt.strip())
            text = " ".join(p for p in parts if p)
            if POSTCODE_LINE.search(fold_upper(text)):
                return text
    if holder:  # the block under the holder's name, as on an envelope window
        for i, line in enumerate(lines):
            if holder.split()[-1].upper() in fold_upper(line):
                block = lines[i + 1 : i + 4]
                for j, b in enumerate(block):
                    if POSTCODE_LINE.search(fold_upper(b)):
                        return " ".join(x.strip() for x in block[: j + 1])
    return None


def _issue_date(lines: list[str]) -> dt.date | None:
    for label in ISSUE_LABELS:
        d = date_after(lines, label)
        if d:
            return d
    return None


def _amount(lines: list[str]) -> float | None:
    for label in AMOUNT_LABELS:
        v = value_after(lines, label)
        if v:
            a = parse_amount(v)
            if a is not None:
                return a
    return None


def _invoice_number(folded: str) -> str | None:
    m = INVOICE_NO.search(folded)
    return m[1] if m and any(c.isdigit() for c in m[1]) else None


def extract(doc: Document, ctx: ExtractContext) -> tuple[UtilityBillFields, list[Finding]]:
    lines = lines_of(doc)
    folded = fold_text("\n".join(lines))
    provider = find_provider(folded)
    service = provider.service if provider else None
    if provider and provider.service == "energy":
        elec, gas = "ELECTRICITE" in folded, bool(re.search(r"\bGAZ\b", folded))
        service = (
            "energy" if elec and gas else "electricity" if elec else "gas" if gas else "energy"
        )
    if service is None:
        service = _service_from_words(folded)
    holder = _holder(lines)
    start, end = _period(folded)
    if start is None:
        start, end = _month_period(folded)
    issue = _issue_date(lines)
    findings: list[Finding] = []
    if provider is None:
        findings.append(
            warning("utility_bill.provider_unknown", "The bill's provider was not recognised.")
        )
    if issue is None and start is None:
        findings.append(
            warning(
                "utility_bill.no_date",
                "No issue date or billing period could be read on this bill.",
            )
        )
    months: tuple[str, ...] = ()
    if start and end and end >= start:
        from docverify.values.dates import DateRange, month_key

        months = tuple(month_key(y, m) for y, m in DateRange(start, end).months())
    elif issue:
        months = (f"{issue.year:04d}-{issue.month:02d}",)
    fields = UtilityBillFields(
        provider=provider.name if provider else None,
        service=service,
        holder_name=holder,
        address=_address(lines, holder),
        issue_date=issue,
        period_start=start,
        period_end=end,
        amount=_amount(lines),
        invoice_number=_invoice_number(folded),
        months=months,
    )
    return fields, findings


def _service_from_words(folded: str) -> str | None:
    for word, service in (
        ("ELECTRICITE", "electricity"),
        ("GAZ NATUREL", "gas"),
        ("EAU POTABLE", "water"),
        ("ASSAINISSEMENT", "water"),
        ("FIBRE", "internet"),
        ("ADSL", "internet"),
        ("FORFAIT MOBILE", "mobile"),
        ("LIGNE FIXE", "landline"),
    ):
        if word in folded:
            return service
    return None


def same_document(prev: PageText, page: PageText) -> bool:
    """A page continues the previous bill unless it carries another invoice or issue date."""
    a, b = fold_text(prev.text), fold_text(page.text)
    na, nb = _invoice_number(a), _invoice_number(b)
    if na and nb:
        return na == nb
    da, db = _issue_date(prev.lines), _issue_date(page.lines)
    if da and db:
        return da == db
    return not (nb or db)


SPEC = DocTypeSpec(
    type=DocType.UTILITY_BILL,
    signals=(
        Signal.of(r"\bFACTURE\b", 2.0),
        Signal.of(r"CONSOMMATION", 1.5),
        Signal.of(r"ABONNEMENT", 1.0),
        Signal.of(r"\bKWH\b|COMPTEUR|INDEX RELEVE|\bPDL\b|POINT DE LIVRAISON", 2.0),
        Signal.of(r"TITULAIRE DU CONTRAT|REFERENCE CLIENT|N[O°] CLIENT|NUMERO CLIENT", 1.5),
        Signal.of(r"MONTANT (?:TOTAL )?TTC|TOTAL A PAYER|PRELEVEMENT", 1.0),
        Signal.of(r"FREEBOX|LIVEBOX|\bBBOX\b|FORFAIT|FIBRE|ADSL", 1.5),
        Signal.of(
            r"\bEDF\b|ENGIE|TOTAL ?ENERGIES|EAU DE PARIS|VEOLIA|SUEZ|\bSAUR\b|ORANGE|\bSFR\b|BOUYGUES|FREE",
            1.5,
        ),
        Signal.of(r"EAU POTABLE|ASSAINISSEMENT|\bM3\b", 1.5),
    ),
    extract=extract,
    multipage=True,
    same_document=same_document,
)
