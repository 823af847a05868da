"""Leases (bail, contrat de location).

A lease is prose: the parties, the dwelling and the start date sit inside wrapped
sentences ("Locataire(s) : Madame Emily CARTER, désignée ci-après...", "Le contrat prend
effet le 20/05/2026"), so the readers work on the document's text joined into one line
and cut values at the words that end them ("demeurant", "désigné", "né le").
Whether the tenants signed is measured in ink under the tenants' signature caption.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, lines_of
from docverify.model import DocType, Document, Finding, warning
from docverify.values.dates import find_dates
from docverify.values.names import fold_upper
from docverify.vision.ink import signature_present


@dataclass(frozen=True)
class LeaseFields:
    tenant_names: tuple[str, ...]
    landlord: str | None
    address: str | None
    start_date: dt.date | None
    signed: bool | None = None


START_LABELS = (
    r"PREND(?:RA)? EFFET (?:LE|A COMPTER DU)",
    r"PRISE D'?EFFET(?: DU (?:BAIL|CONTRAT))?\s*(?:LE|:)?",
    r"DATE D'?EFFET",
    r"A COMPTER DU",
    r"COMMENCE(?:RA)? (?:A COURIR )?LE",
    r"DEBUT DU (?:BAIL|CONTRAT)",
    r"DATE DE DEBUT",
    r"ENTREE DANS LES LIEUX",
)
_PARTY_END = (
    r"(?=,?\s*(?:DESIGNEE?S?|CI-APRES|NEE?S? LE|DEMEURANT|DOMICILIEE?S?|ADRESSE|\(|"
    r"II\.|D'UNE PART|D'AUTRE PART|ET LE BAILLEUR)|(?<!\bM)(?<!MME)[.;]|$)"
)
TENANTS = re.compile(
    r"(?:LOCATAIRE(?:\(S\)|S)?|PRENEURS?|LE\(?S\)? PRENEURS?)\s*:\s*(.{3,160}?)" + _PARTY_END
)
LANDLORD = re.compile(
    r"(?:BAILLEUR(?:\(S\)|S)?|PROPRIETAIRE|LE BAILLEUR)\s*:\s*(.{3,100}?)" + _PARTY_END
)
ADDRESS_LABELS = (
    r"ADRESSE DU LOGEMENT(?: SUIVANTE)?",
    r"LOCALISATION DU LOGEMENT",
    r"ADRESSE DES LOCAUX",
    r"DESIGNATION DES LOCAUX",
    r"LOGEMENT SITUEE? (?:AU|A)",
)
ADDRESS_VALUE = (
    r"\s*:?\s*(.{5,90}?\b\d{5}\s+[A-Z][A-Z\-']+(?: [A-Z][A-Z\-']+){0,3}?)"
    r"(?=[.,;(]|\s+APPARTEMENT|\s+\d|\s*$)"
)
TITLE = re.compile(r"^(?:MONSIEUR|MADAME|MADEMOISELLE|MLLE|MME|MR|M)\b\.?\s+", re.IGNORECASE)


def _original(text: str, folded: str, m: re.Match[str], group: int = 1) -> str:
    """The matched group in the original spelling (accents kept) when lengths agree."""
    src = text if len(text) == len(folded) else folded
    return src[m.start(group) : m.end(group)].strip(" ,;:.")


def _names(value: str) -> tuple[str, ...]:
    """Tenants' names, titles dropped: "Madame Emily CARTER et M. John SMITH"."""
    parts = re.split(r"\s+(?:ET|&|AND)\s+|,", value, flags=re.IGNORECASE)
    out = []
    for p in parts:
        name = TITLE.sub("", re.sub(r"\s+", " ", p).strip(" .-"))
        if re.search(r"[A-Za-z]{2}", name) and not re.search(r"\d", name):
            out.append(name)
    return tuple(out)


def read_start(folded: str) -> dt.date | None:
    """The lease's start date.

    >>> read_start("LE CONTRAT PREND EFFET LE 20/05/2026 (PRISE D'EFFET LE 20 MAI 2026)")
    datetime.date(2026, 5, 20)
    >>> read_start("LOUE A COMPTER DU 1ER MARS 2026 POUR TROIS ANS")
    datetime.date(2026, 3, 1)
    """
    for label in START_LABELS:
        for m in re.finditer(label, folded):
            dates = find_dates(folded[m.end() : m.end() + 40])
            if dates and dates[0].start < 12:
                return dates[0].value
    return None


def extract(doc: Document, ctx: ExtractContext) -> tuple[LeaseFields, list[Finding]]:
    text = re.sub(r"\s+", " ", " ".join(lines_of(doc)).replace("\u2019", "'"))
    folded = fold_upper(text)
    m = TENANTS.search(folded)
    tenants = _names(_original(text, folded, m)) if m else ()
    m = LANDLORD.search(folded)
    landlord = _original(text, folded, m) if m else None
    address = None
    for label in ADDRESS_LABELS:
        m = re.search(label + ADDRESS_VALUE, folded)
        if m:
            address = _original(text, folded, m)
            break
    start = read_start(folded)
    signed: bool | None = None
    last = doc.pages[-1]
    if last.image is not None:
        signed = signature_present(last, r"LOCATAIRE")
    findings: list[Finding] = []
    if start is None:
        findings.append(warning("lease.no_start_date", "The lease's start date could not be read."))
    if not tenants:
        findings.append(
            warning("lease.no_tenant", "The tenants' names could not be read on the lease.")
        )
    if signed is False:
        findings.append(
            warning("lease.unsigned", "The lease does not appear to be signed by the tenants.")
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
