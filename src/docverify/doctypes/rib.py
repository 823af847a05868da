"""RIB (relevé d'identité bancaire): holder, IBAN, BIC, French RIB parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    fold_text,
    internal,
    lines_of,
    value_after,
)
from docverify.model import DocType, Document, Finding, error, warning
from docverify.values.bank import FrenchRib, Iban
from docverify.values.errors import ValueParseError


@dataclass(frozen=True)
class RibFields:
    holder_name: str | None
    iban: str | None
    bic: str | None
    bank_name: str | None
    iban_valid: bool | None
    rib_key_valid: bool | None
    code_banque: str | None = None
    code_guichet: str | None = None
    numero_compte: str | None = None
    cle_rib: str | None = None
    country: str | None = None
    sepa: bool | None = None
    parsed_iban: Iban | None = internal()


IBAN_CANDIDATE = re.compile(r"\b([A-Z]{2}\s?\d{2}(?:[\s\-]?[A-Z0-9]){11,30})")
BIC_RX = re.compile(
    r"\b(?:BIC|SWIFT|CODE BIC)\s*(?:\(SWIFT\))?\s*[:.]?\s*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b"
)
HOLDER_LABELS = (
    r"TITULAIRE(?:S)? DU COMPTE",
    r"TITULAIRE\(S\)",
    r"\bTITULAIRE\b",
    r"INTITULE DU COMPTE",
    r"NOM DU TITULAIRE",
    r"ACCOUNT HOLDER",
    r"BENEFICIAIRE",
)
KNOWN_BANKS = (
    ("BNP PARIBAS", "BNP Paribas"), ("SOCIETE GENERALE", "Société Générale"),
    ("CREDIT AGRICOLE", "Crédit Agricole"), ("LCL", "LCL"), ("CAISSE D'EPARGNE", "Caisse d'Epargne"),
    ("BANQUE POPULAIRE", "Banque Populaire"), ("LA BANQUE POSTALE", "La Banque Postale"),
    ("CREDIT MUTUEL", "Crédit Mutuel"), ("CIC", "CIC"), ("BOURSORAMA", "Boursorama"),
    ("BOURSOBANK", "BoursoBank"), ("FORTUNEO", "Fortuneo"), ("HELLO BANK", "Hello bank!"),
    ("SHINE", "Shine"), ("QONTO", "Qonto"), ("N26", "N26"), ("REVOLUT", "Revolut"), ("WISE", "Wise"),
    ("HSBC", "HSBC"), ("MONABANQ", "Monabanq"), ("NICKEL", "Nickel"),
)  # fmt: skip


def find_iban(folded: str) -> tuple[Iban | None, list[str]]:
    """The first IBAN-shaped run that parses; also returns what was tried."""
    tried: list[str] = []
    for m in IBAN_CANDIDATE.finditer(folded.replace("IBAN", " IBAN ")):
        raw = re.sub(r"[\s\-]", "", m[1])
        for length in range(min(len(raw), 34), 14, -1):
            candidate = raw[:length]
            try:
                return Iban.parse(candidate), tried
            except ValueParseError:
                continue
        tried.append(raw)
    return None, tried


def extract(doc: Document, ctx: ExtractContext) -> tuple[RibFields, list[Finding]]:
    lines = lines_of(doc)
    folded = fold_text("\n".join(lines))
    iban, tried = find_iban(folded)
    findings: list[Finding] = []
    holder = None
    for label in HOLDER_LABELS:
        holder = clean_name(value_after(lines, label))
        if holder and re.search(r"[A-Za-z]{2}", holder):
            break
    bic_m = BIC_RX.search(folded)
    bic = bic_m[1] if bic_m else (iban.bic if iban else None)
    bank = next(
        (name for key, name in KNOWN_BANKS if re.search(rf"\b{re.escape(key)}\b", folded)), None
    )
    if bank is None and iban is not None:
        bank = iban.bank_name
    rib: FrenchRib | None = None
    if iban is not None and iban.country_code == "FR":
        rib = FrenchRib.from_iban(iban)
    if iban is None:
        if tried:
            findings.append(
                error(
                    "rib.iban_unreadable",
                    "An IBAN-like number is printed but it is not a valid IBAN.",
                )
            )
        else:
            findings.append(error("rib.no_iban", "No IBAN found on this RIB."))
    if iban is not None and iban.repairs:
        findings.append(
            warning("rib.iban_ocr_repaired", "The IBAN was read with OCR slips, corrected by its check digits.",
                    repairs=list(iban.repairs))
        )  # fmt: skip
    fields = RibFields(
        holder_name=holder,
        iban=iban.compact if iban else None,
        bic=bic,
        bank_name=bank,
        iban_valid=iban.checksum_valid if iban else None,
        rib_key_valid=rib.key_valid if rib else None,
        code_banque=rib.code_banque if rib else None,
        code_guichet=rib.code_guichet if rib else None,
        numero_compte=rib.numero_compte if rib else None,
        cle_rib=rib.cle if rib else None,
        country=iban.country_code if iban else None,
        sepa=iban.is_sepa if iban else None,
        parsed_iban=iban,
    )
    return fields, findings


SPEC = DocTypeSpec(
    type=DocType.RIB,
    signals=(
        Signal.of(r"RELEVE D'?IDENTITE BANCAIRE|BANK DETAILS|COORDONNEES BANCAIRES", 5.0),
        Signal.of(r"\bRIB\b", 2.0),
        Signal.of(r"\bIBAN\b", 2.5),
        Signal.of(r"\bBIC\b|SWIFT", 1.5),
        Signal.of(r"CODE BANQUE|CODE GUICHET|CLE RIB|\bCLE\b", 2.0),
        Signal.of(r"DOMICILIATION|TITULAIRE DU COMPTE", 1.5),
    ),
    extract=extract,
    multipage=False,
)
