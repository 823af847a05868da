"""Apostilles: the Hague Convention (5 October 1961) model certificate.

Whatever its language, an apostille has the title (APOSTILLE, APOSTILLA, APOSTILA,
АПОСТИЛЬ), often the French subtitle "(Convention de La Haye du 5 octobre 1961)", and ten
numbered fields in a fixed order. OCR often drops the small field numbers ("1." read as
"."), so fields are found by their wording in each language, the number being optional.
It may be a page of its own, the back of the certificate, or an attached sheet.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docverify import countries
from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, clean_name, fold_text
from docverify.doctypes.birth_certificate import visual_rows
from docverify.model import DocType, Document, Finding
from docverify.values.dates import find_dates


@dataclass(frozen=True)
class ApostilleFields:
    country: str | None
    issued_on: dt.date | None
    number: str | None
    signed_by: str | None
    country_code: str | None = None  # ISO 3166 alpha-3 of ``country``


# Wording of the numbered fields in English, French, Spanish, Portuguese, German, Italian
# (Hague Conference, "The ABCs of Apostilles", model certificate in each language).
FIELD_1 = r"COUNTRY|PAYS|PAIS|LAND|STAATE?|PAESE|STATO"
FIELD_2 = (
    r"(?:THIS PUBLIC DOCUMENT )?HAS BEEN SIGNED BY|A ETE SIGNE PAR|HA SIDO FIRMADO POR"
    r"|FOI ASSINADO POR|IST UNTERSCHRIEBEN VON|E STATO FIRMATO DA"
)
FIELD_6 = r"THE|LE|EL DIA|EL|NO DIA|AM|IL"
FIELD_8 = (
    r"N[O°º](?! DIA)\.?|NUMBER|SOUS (?:LE )?N[O°º]?\.?|BAJO EL (?:NUMERO|N[O°º])|SOB O N[O°º]\.?"
    r"|UNTER NR\.?|AL NUMERO|NUMERO"
)


def _field(rows: list[str], number: int, label: str) -> str | None:
    """Value of numbered field ``number`` (the number itself may be lost by OCR)."""
    rx = re.compile(rf"^\W*(?:{number}\W*)?(?:{label})\b\s*[:.]?\s*(.*)$")
    for i, row in enumerate(rows):
        m = rx.search(fold_text(row))
        if not m:
            continue
        value = row[len(row) - len(m[1]) :].strip() if m[1] else ""
        if not value and i + 1 < len(rows):
            value = rows[i + 1].strip()
        value = value.split("  ")[0].strip(" :.")
        return value or None
    return None


def extract(doc: Document, ctx: ExtractContext) -> tuple[ApostilleFields, list[Finding]]:
    rows = [r for p in doc.pages for r in visual_rows(p)]
    country = _field(rows, 1, FIELD_1)
    signed_by = clean_name(_field(rows, 2, FIELD_2))
    date_line = _field(rows, 6, FIELD_6)
    issued = None
    if date_line:
        d = find_dates(date_line)
        issued = d[0].value if d else None
    if issued is None:  # the date is the only full date after "5. at"
        dates = [d for r in rows for d in find_dates(r) if d.value.year > 1961]
        issued = dates[-1].value if len(dates) == 1 else None
    number = _field(rows, 8, FIELD_8)
    if number:
        parts = re.sub(r"^[:.\s]+", "", number).split()
        number = parts[0] if parts else None
    if country:
        country = re.sub(r"^[:.\s]+", "", country).strip() or None
    fields = ApostilleFields(country, issued, number, signed_by, countries.code_from_name(country))
    return fields, []


SPEC = DocTypeSpec(
    type=DocType.APOSTILLE,
    signals=(
        Signal.of(r"\bAPOSTILL?[EA]\b|АПОСТИЛЬ", 5.0),
        Signal.of(
            r"CONVENTION DE LA HAYE|HAGUE CONVENTION|5 OCTOBRE 1961|5 OCTOBER 1961"
            r"|5 DE OCTUBRE DE 1961|HAAGER UBEREINKOMMEN",
            4.0,
        ),
        Signal.of(
            r"ACTING IN THE CAPACITY|AGISSANT EN QUALITE|BEARS THE SEAL|REVETU DU SCEAU"
            r"|EN CALIDAD DE|NA QUALIDADE DE|IN SEINER EIGENSCHAFT|IN QUALITA DI",
            2.0,
        ),
    ),
    extract=extract,
    multipage=False,
    min_score=5.0,
)
