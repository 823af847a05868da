"""Visa stickers: the French long-stay visa (type D, VLS-TS) and others (type C)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, fold_text
from docverify.doctypes.travel_document import (
    IdentityFields,
    best_mrz,
    identity_fields,
    mrz_findings,
)
from docverify.model import DocType, Document, Finding
from docverify.values.dates import find_dates


@dataclass(frozen=True)
class VisaFields(IdentityFields):
    visa_type: str | None = None
    vls_ts: bool | None = None
    category: str | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


CATEGORIES = (
    "VIE PRIVEE ET FAMILIALE",
    "CONJOINT DE FRANCAIS",
    "PASSEPORT TALENT",
    "SALARIE",
    "TRAVAILLEUR TEMPORAIRE",
    "ETUDIANT",
    "VISITEUR",
    "STAGIAIRE",
    "JEUNE AU PAIR",
    "VACANCES-TRAVAIL",
    "RETRAITE",
)


def extract(doc: Document, ctx: ExtractContext) -> tuple[VisaFields, list[Finding]]:
    read = best_mrz(doc, ctx)
    base = identity_fields(read)
    folded = fold_text(doc.text)
    visa_type = None
    m = re.search(r"TYPE (?:DE|OF) VISA\s*[:/]?\s*(?:TYPE OF VISA\s*:?\s*)?\b([ACD])\b", folded)
    if m:
        visa_type = m[1]
    elif read is not None and read.mrz.document_code in ("VD", "VC", "VA"):
        visa_type = read.mrz.document_code[1]
    elif re.search(r"\bVLS-?TS\b|LONG SEJOUR", folded):
        visa_type = "D"
    vls_ts = bool(re.search(r"\bVLS[\s\-]?TS\b|VALANT TITRE DE SEJOUR", folded))
    category = next(
        (c for c in CATEGORIES if c in folded.replace("-", " ").replace("  ", " ")), None
    )
    if category is None and "VACANCES-TRAVAIL" in folded:
        category = "VACANCES-TRAVAIL"
    valid_from = valid_until = None
    m = re.search(r"\bDU\b\s*(?:/\s*FROM)?\s*[:.]?\s*(\d{2}[\-/. ]\d{2}[\-/. ]\d{2,4})", folded)
    if m and (d := find_dates(m[1].replace(" ", "-"))):
        valid_from = d[0].value
    m = re.search(r"\bAU\b\s*(?:/\s*UNTIL)?\s*[:.]?\s*(\d{2}[\-/. ]\d{2}[\-/. ]\d{2,4})", folded)
    if m and (d := find_dates(m[1].replace(" ", "-"))):
        valid_until = d[0].value
    if valid_until is None:
        valid_until = base.expiry_date
    fields = VisaFields(
        **{f.name: getattr(base, f.name) for f in dataclasses.fields(IdentityFields)},
        visa_type=visa_type,
        vls_ts=vls_ts,
        category=category,
        valid_from=valid_from,
        valid_until=valid_until,
    )
    return fields, mrz_findings(read, "visa")


SPEC = DocTypeSpec(
    type=DocType.LONG_STAY_VISA,
    signals=(
        Signal.of(r"\bVISA\b", 3.0),
        Signal.of(
            r"TYPE (?:DE|OF) VISA|NOMBRE D'?ENTREES|NUMBER OF ENTRIES|DUREE DE SEJOUR|DURATION OF STAY",
            3.0,
        ),
        Signal.of(r"VALABLE POUR|VALID FOR", 1.0),
        Signal.of(r"\bVLS-?TS\b|VALANT TITRE DE SEJOUR", 3.0),
    ),
    extract=extract,
    multipage=False,
    mrz_codes=("V",),
    mrz_weight=8.0,
)
