"""Utility bills: electricity, gas, water, internet, landline, mobile; and the contract
attestations energy and telecom suppliers issue as proofs of address ("attestation de
titulaire de contrat": the holder, the address and the date the contract began), which
count like a bill for every month the contract has run.

The readers live in ``doctypes/bills/`` by concept: ``providers`` (provider knowledge from
``data/providers.toml``, the legal name printed in the footer otherwise), ``dates``
(issue date, billing period, named months, contract start, invoice number), ``holder``
(the holder by label, envelope window, attesting sentence or greeting; the supplied
address). A bill with a PDF text layer is read from that layer; scanned bills come
through tesseract, so every reader tolerates wrapped lines, stray punctuation and labels
split from their values.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, internal, lines_of
from docverify.doctypes.base import parse_amount as _parse_amount
from docverify.doctypes.bills import dates
from docverify.doctypes.bills.holder import clean_holder, read_address, read_holder
from docverify.doctypes.bills.providers import (
    any_provider,
    attestation_titles,
    find_provider,
    legal_name,
    service_of,
)
from docverify.doctypes.layout import Segment, positioned_segments, with_line_below
from docverify.model import DocType, Document, Finding, PageText, warning
from docverify.values.dates import DateRange, find_dates, month_key


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
    """Calendar months the document covers (``YYYY-MM``): a bill's period, else its issue
    month; an attestation's months from the contract start to its date."""
    image_hash: str | None = internal(None)
    """Perceptual hash of the first page, to spot the same bill scanned twice."""
    kind: str = "bill"
    """``bill``, or ``attestation`` (a supplier's attestation of a contract)."""
    contract_start: dt.date | None = None
    """On an attestation: the date the contract began."""
    months_from_issue: bool = internal(False)
    """The months are the issue month only: no period or named month was read, and a bill
    may bill the month before the one it is issued in."""


AMOUNT_LABELS = (
    r"MONTANT (?:TOTAL )?TTC",
    r"TOTAL TTC",
    r"(?:TOTAL|SOMME|MONTANT|NET) A PAYER",
    r"MONTANT (?:TOTAL|DE LA FACTURE|PRELEVE|DU PRELEVEMENT)",
    r"TOTAL (?:DE LA )?FACTURE",
    r"AMOUNT DUE|TOTAL DUE",
    r"\bTOTAL\b",
    r"^\W*MONTANT\b",  # an app's bill summary: "Montant    34,29 €"
)


def read_amount(lines: list[str]) -> float | None:
    for label in AMOUNT_LABELS:
        rx = re.compile(label)
        for i, line in enumerate(lines):
            m = rx.search(dates.fold(line))
            if not m:
                continue
            for value in (dates.fold(line)[m.end() :], lines[i + 1] if i + 1 < len(lines) else ""):
                if re.search(r"\bHT\b|HORS TAXE", dates.fold(value)):
                    continue
                amount = _parse_amount(value)
                if amount is not None:
                    return amount
    return None


def image_hash(page: PageText) -> str | None:
    """A 64-bit difference hash of the page image: two scans of the same bill differ by a
    few bits, two different bills by many."""
    if page.image is None:
        return None
    import cv2

    small = cv2.resize(page.image, (9, 8), interpolation=cv2.INTER_AREA)
    bits = (small[:, 1:] > small[:, :-1]).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"


def _months(
    kind: str, start: dt.date | None, end: dt.date | None, issue: dt.date | None,
    contract: dt.date | None,
) -> tuple[str, ...]:  # fmt: skip
    if kind == "attestation" and contract and issue and contract <= issue:
        return tuple(month_key(y, m) for y, m in DateRange(contract, issue).months(min_days=1))
    if start and end:
        return tuple(month_key(y, m) for y, m in DateRange(start, end).months())
    if issue:
        return (month_key(issue.year, issue.month),)
    return ()


def extract(doc: Document, ctx: ExtractContext) -> tuple[UtilityBillFields, list[Finding]]:
    lines = lines_of(doc)
    folded = dates.fold("\n".join(lines))
    segments = positioned_segments(doc.pages)
    provider = find_provider(folded)
    provider_name = provider.name if provider else legal_name(lines)
    # the legal footer names the company ("TotalEnergies Electricité et Gaz France"), not
    # what this bill is for
    body = "\n".join(x for x in folded.split("\n") if not re.search(r"\bRCS\b|CAPITAL", x))
    service = service_of(provider, body)
    holder = read_holder(doc.pages, segments, exclude=[provider_name or ""])
    start, end = dates.read_period(folded)
    if start is None:
        start, end = dates.read_month_period(folded)
    # an attestation bills no period (a bill that calls itself a "justificatif de
    # domicile" in its small print is still a bill)
    kind = "attestation" if start is None and attestation_titles().search(folded) else "bill"
    issue = (
        dates.read_issue_date(lines)
        or dates.read_issue_date(with_line_below(segments))
        or dates.lone_dated(_placed(doc, segments))
    )
    contract = dates.read_contract_start(lines) if kind == "attestation" else None
    if kind == "attestation" and issue is None:
        # an attestation is dated like a letter: "Courbevoie, le 28 octobre 2026"
        issue = _letter_date(lines)
    findings: list[Finding] = []
    if provider_name is None:
        findings.append(
            warning("utility_bill.provider_unknown", "The bill's provider was not recognised.")
        )
    if holder is None:
        findings.append(
            warning("utility_bill.no_holder", "The name of the bill's holder could not be read.")
        )
    if issue is None and start is None:
        findings.append(
            warning(
                "utility_bill.no_date",
                "No issue date or billing period could be read on this bill.",
            )
        )
    name = clean_holder(holder.name) if holder else None
    fields = UtilityBillFields(
        provider=provider_name,
        service=service,
        holder_name=name or None,
        address=read_address(lines, segments, name),
        issue_date=issue,
        period_start=start,
        period_end=end,
        amount=read_amount(lines) if kind == "bill" else None,
        invoice_number=dates.read_invoice_number(folded),
        kind=kind,
        contract_start=contract,
        months=_months(kind, start, end, issue, contract),
        months_from_issue=kind == "bill" and start is None and issue is not None,
        image_hash=image_hash(doc.pages[0]) if doc.pages and doc.pages[0].source == "ocr" else None,
    )
    return fields, findings


def _placed(doc: Document, segments: list[Segment]) -> list[tuple[str, int, float]]:
    """Each piece's text, page index and top as a share of its page's height."""
    heights = [
        p.image.shape[0] if p.image is not None else max((w.box[3] for w in p.words), default=1)
        for p in doc.pages
    ]
    return [(s.text, s.page, s.box[1] / max(1, heights[s.page])) for s in segments]


def _letter_date(lines: list[str]) -> dt.date | None:
    """The date a letter is written on: "Paris, le 28 octobre 2026", "Le 21 septembre 2026"."""
    for line in lines:
        folded = dates.fold(line)
        m = re.search(
            r"(?:^|,)\s*LE\s+(\d{1,2}(?:ER)?\s+\S+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})", folded
        )
        if m:
            found = find_dates(m[1])
            if found:
                return found[0].value
    return None


def same_document(prev: PageText, page: PageText) -> bool:
    """A page continues the previous bill when its "page n/m" follows the previous one's,
    else unless it carries another invoice number, issue date or billing period. A
    page's header repeating the bill's date ("Facture du 03/09/2026 — N° ...", where the
    first page set "Facture" and "du 03/09/2026" on two lines) continues it, as does a
    "page 2/2" after a page without a number."""
    fa, fb = dates.fold(prev.text), dates.fold(page.text)
    pa, pb = dates.page_number(fa), dates.page_number(fb)
    if pa and pb:
        return pb[0] == pa[0] + 1 and pb[1] == pa[1]
    if pb and pb[0] == 1:
        return False  # "page 1/2": a new document starts
    na, nb = dates.read_invoice_number(fa), dates.read_invoice_number(fb)
    if na and nb:
        return na == nb
    da, db = dates.read_issue_date(prev.lines), dates.read_issue_date(page.lines)
    if da and db:
        return da == db
    if db and not da:
        return db in {d.value for d in find_dates(prev.text)}
    if pb and pb[0] > 1:
        return True
    # a month's bill after another's, numbers and dates misread: their periods differ
    sa, sb = dates.read_period(fa), dates.read_period(fb)
    if sa[1] and sb[1]:
        return sa == sb
    return not (nb or db)


SPEC = DocTypeSpec(
    type=DocType.UTILITY_BILL,
    signals=(
        Signal.of(r"\bFACTURE\b", 2.0),
        Signal.of(r"CONSOMMATION", 1.5),
        Signal.of(r"ABONNEMENT", 1.0),
        Signal.of(r"\bKWH\b|COMPTEUR|INDEX RELEVE|\bPDL\b|POINT DE LIVRAISON", 2.0),
        Signal.of(
            r"TITULAIRE DU CONTRAT|REFERENCE CLIENT|N[O°] CLIENT|NUMERO CLIENT|COMPTE CLIENT", 1.5
        ),
        # a billing period ("Période du 01/10/2026 au 31/10/2026": an app's bill screen)
        Signal.of(r"PERIODE DU \S+ AU\b", 1.0),
        Signal.of(r"MONTANT (?:TOTAL )?TTC|TOTAL A PAYER|PRELEVEMENT|\bPRELEVEE?\b", 1.0),
        Signal.of(r"FREEBOX|LIVEBOX|\bBBOX\b|FORFAIT|FIBRE|ADSL", 1.5),
        Signal(any_provider(), 1.5),
        Signal.of(r"EAU POTABLE|ASSAINISSEMENT|\bM3\b", 1.5),
        Signal(attestation_titles(), 2.0),
        # a lease's inventory of fixtures notes the meter readings ("relevé des compteurs :
        # électricité 012 431 kWh ; eau froide 00412 m³"): it bills nothing
        Signal.of(r"ETAT DES LIEUX", -4.0),
    ),
    extract=extract,
    multipage=True,
    same_document=same_document,
)
