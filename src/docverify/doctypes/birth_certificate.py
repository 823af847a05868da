"""Birth certificates, from France and abroad."""

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
    value_after,
)
from docverify.model import DocType, Document, Finding, warning
from docverify.values.dates import find_dates


@dataclass(frozen=True)
class BirthCertificateFields:
    surname: str | None
    given_names: str | None
    date_of_birth: dt.date | None
    place_of_birth: str | None
    issuing_country: str | None  # ISO 3166 alpha-3, like the MRZ
    language: str | None  # ISO 639-1
    has_apostille: bool = False


COUNTRY_SIGNS: tuple[tuple[str, str], ...] = (
    (
        r"UNITED STATES|STATE OF [A-Z]+|COUNTY OF|DEPARTMENT OF (?:PUBLIC )?HEALTH|VITAL (?:RECORDS|STATISTICS)",
        "USA",
    ),
    (r"GENERAL REGISTER OFFICE|ENTRY OF BIRTH|ENGLAND AND WALES|REGISTRATION DISTRICT", "GBR"),
    (r"NATIONAL RECORDS OF SCOTLAND", "GBR"),
    (r"CANADA|PROVINCE OF|ONTARIO|QUEBEC|BRITISH COLUMBIA", "CAN"),
    (r"AUSTRALIA|NEW SOUTH WALES|VICTORIA REGISTRY", "AUS"),
    (r"GEBURTSURKUNDE|STANDESAMT", "DEU"),
    (r"ACTA DE NACIMIENTO|REGISTRO CIVIL|ESTADOS UNIDOS MEXICANOS", "ESP"),
    (r"CERTIDAO DE NASCIMENTO|REPUBLICA FEDERATIVA DO BRASIL", "BRA"),
    (r"ESTRATTO DELL'?ATTO DI NASCITA|COMUNE DI", "ITA"),
    (r"REPUBLIQUE FRANCAISE|ACTE DE NAISSANCE|OFFICIER DE L'?ETAT CIVIL", "FRA"),
)
LANGUAGE_SIGNS: tuple[tuple[str, str], ...] = (
    (r"\bBIRTH\b|\bCERTIFICATE\b|\bFATHER\b|\bMOTHER\b", "en"),
    (r"\bNAISSANCE\b|\bNE\b|\bNEE\b|\bPERE\b|\bMERE\b", "fr"),
    (r"\bGEBURT|\bVATER\b|\bMUTTER\b", "de"),
    (r"\bNACIMIENTO\b|\bPADRE\b|\bMADRE\b", "es"),
    (r"\bNASCIMENTO\b|\bPAI\b|\bMAE\b", "pt"),
    (r"\bNASCITA\b|\bPADRE\b|\bMADRE\b", "it"),
)

SURNAME_LABELS = (
    r"(?:CHILD'?S? )?(?:LAST|FAMILY) NAME",
    r"\bSURNAME\b",
    r"NOM(?: DE FAMILLE)?\s*:",
    r"FAMILIENNAME|\bNAME\b\s*:",
    r"APELLIDOS?",
    r"\bCOGNOME\b",
    r"SOBRENOME",
)
GIVEN_LABELS = (
    r"(?:CHILD'?S? )?(?:FIRST|GIVEN) NAMES?(?: AND MIDDLE NAMES?)?",
    r"(?:CHILD'?S? )?FIRST(?:,? MIDDLE)? NAMES?",
    r"NAME AND SURNAME",
    r"PRENOMS?\s*:",
    r"VORNAMEN?",
    r"NOMBRES?\s*:",
    r"\bNOME\b\s*:",
)
DOB_LABELS = (r"DATE OF BIRTH", r"DATE AND PLACE OF BIRTH", r"WHEN AND WHERE BORN", r"BIRTH ?DATE", r"NE(?:E)? LE",
              r"DATE DE NAISSANCE", r"GEBURTSDATUM|GEBOREN AM", r"FECHA DE NACIMIENTO", r"DATA DE NASCIMENTO",
              r"DATA DI NASCITA")  # fmt: skip
PLACE_LABELS = (r"PLACE OF BIRTH", r"CITY(?:,? TOWN)? OF BIRTH", r"LIEU DE NAISSANCE", r"GEBURTSORT",
                r"LUGAR DE NACIMIENTO", r"LOCAL DE NASCIMENTO", r"LUOGO DI NASCITA", r"\bA\s*:")  # fmt: skip


def _first_label(lines: list[str], labels: tuple[str, ...]) -> str | None:
    for label in labels:
        v = clean_name(value_after(lines, label))
        if v and re.search(r"[A-Za-z]{2}", v):
            return v
    return None


def _date(lines: list[str]) -> dt.date | None:
    for label in DOB_LABELS:
        rx = re.compile(label)
        for i, line in enumerate(lines):
            if rx.search(fold_text(line)):
                for candidate in (line, *lines[i + 1 : i + 3]):
                    dates = find_dates(candidate)
                    if dates:
                        return dates[0].value
    return None


def detect_language(folded: str) -> str | None:
    scores = {lang: len(re.findall(rx, folded)) for rx, lang in LANGUAGE_SIGNS}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else None


def extract(doc: Document, ctx: ExtractContext) -> tuple[BirthCertificateFields, list[Finding]]:
    lines = lines_of(doc)
    folded = fold_text("\n".join(lines))
    country = next((c for rx, c in COUNTRY_SIGNS if re.search(rx, folded)), None)
    fields = BirthCertificateFields(
        surname=_first_label(lines, SURNAME_LABELS),
        given_names=_first_label(lines, GIVEN_LABELS),
        date_of_birth=_date(lines),
        place_of_birth=_first_label(lines, PLACE_LABELS),
        issuing_country=country,
        language=detect_language(folded),
        has_apostille=bool(re.search(r"\bAPOSTILL?[EA]\b|CONVENTION DE LA HAYE", folded)),
    )
    findings: list[Finding] = []
    if fields.date_of_birth is None:
        findings.append(
            warning("birth_certificate.no_date_of_birth", "The date of birth could not be read.")
        )
    return fields, findings


SPEC = DocTypeSpec(
    type=DocType.BIRTH_CERTIFICATE,
    signals=(
        Signal.of(r"(?:CERTIFICATE OF (?:LIVE )?BIRTH|BIRTH CERTIFICATE|ENTRY OF BIRTH)", 6.0),
        Signal.of(r"ACTE DE NAISSANCE|EXTRAIT D'?ACTE DE NAISSANCE", 6.0),
        Signal.of(r"GEBURTSURKUNDE|ACTA DE NACIMIENTO|CERTIDAO DE NASCIMENTO|ATTO DI NASCITA", 6.0),
        Signal.of(r"PLACE OF BIRTH|LIEU DE NAISSANCE|\bFATHER\b|\bMOTHER\b|\bPERE\b|\bMERE\b", 1.5),
        Signal.of(r"REGISTRAR|ETAT CIVIL|STANDESAMT|REGISTRO CIVIL", 1.5),
    ),
    extract=extract,
    multipage=True,
)
