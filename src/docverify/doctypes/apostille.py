"""Apostilles: the Hague Convention (5 October 1961) certificate."""

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
)
from docverify.model import DocType, Document, Finding
from docverify.values.dates import find_dates


@dataclass(frozen=True)
class ApostilleFields:
    country: str | None
    issued_on: dt.date | None
    number: str | None
    signed_by: str | None


def _numbered(folded_lines: list[str], raw_lines: list[str], number: int, label: str) -> str | None:
    rx = re.compile(rf"^\s*{number}\s*[.)]?\s*(?:{label})\s*[:.]?\s*(.*)$")
    for i, line in enumerate(folded_lines):
        m = rx.search(line)
        if m:
            value = raw_lines[i][len(raw_lines[i]) - len(m[1]) :].strip() if m[1] else ""
            if not value and i + 1 < len(raw_lines):
                value = raw_lines[i + 1].strip()
            return value or None
    return None


def extract(doc: Document, ctx: ExtractContext) -> tuple[ApostilleFields, list[Finding]]:
    raw = lines_of(doc)
    folded = [fold_text(x) for x in raw]
    country = _numbered(folded, raw, 1, r"COUNTRY|PAYS|PAIS|LAND|STATO")
    signed_by = clean_name(
        _numbered(
            folded,
            raw,
            2,
            r"(?:THIS PUBLIC DOCUMENT )?HAS BEEN SIGNED BY|A ETE SIGNE PAR|HA SIDO FIRMADO POR|IST UNTERSCHRIEBEN VON|UNTERSCHRIEBEN VON",
        )
    )
    date_line = _numbered(folded, raw, 6, r"THE|LE|EL|AM|IL|DATE")
    issued = None
    if date_line:
        d = find_dates(date_line)
        issued = d[0].value if d else None
    number = _numbered(
        folded, raw, 8, r"N[O°º]\.?|NUMBER|NUMERO|SOUS LE N[O°]|BAJO EL NUMERO|UNTER NR\.?"
    )
    if number:
        number = re.sub(r"^[:.\s]+", "", number).split()[0] if number.split() else None
    if country:
        country = re.sub(r"^[:.\s]+", "", country).strip() or None
    return ApostilleFields(country, issued, number, signed_by), []


SPEC = DocTypeSpec(
    type=DocType.APOSTILLE,
    signals=(
        Signal.of(r"\bAPOSTILL?[EA]\b|АПОСТИЛЬ", 5.0),
        Signal.of(
            r"CONVENTION DE LA HAYE|HAGUE CONVENTION|5 OCTOBRE 1961|5 OCTOBER 1961|5 DE OCTUBRE DE 1961",
            4.0,
        ),
        Signal.of(
            r"ACTING IN THE CAPACITY|AGISSANT EN QUALITE|BEARS THE SEAL|REVETU DU SCEAU", 2.0
        ),
    ),
    extract=extract,
    multipage=False,
    min_score=5.0,
)
