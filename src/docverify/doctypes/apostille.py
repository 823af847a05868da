"""Apostilles: the Hague Convention (5 October 1961) model certificate.

Whatever its language, an apostille has the title (APOSTILLE, APOSTILLA, APOSTILA,
АПОСТИЛЬ), often the French subtitle "(Convention de La Haye du 5 octobre 1961)", and ten
numbered fields in a fixed order. OCR often drops the small field numbers ("1." read as
"."), so fields are found by their wording in each language, the number being optional.
It may be a page of its own, the back of the certificate, or an attached sheet.

``signed_by`` is item 7, the authority that issued the apostille ("7. by  Frank LaRose,
Ohio Secretary of State"), not the signer of the public document (item 2).
``attach_apostilles`` is a packet step after extraction: it marks a birth certificate
``has_apostille`` when an apostille of the packet certifies it (``link_apostille``, which
the birth-certificate rule uses too).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docverify import countries
from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, clean_name, fold_text
from docverify.doctypes.civil_layout import fold_keep, visual_rows
from docverify.doctypes.word_dates import all_dates
from docverify.model import DocType, Document, Finding


@dataclass(frozen=True)
class ApostilleFields:
    country: str | None
    issued_on: dt.date | None
    number: str | None
    signed_by: str | None
    country_code: str | None = None  # ISO 3166 alpha-3 of ``country``


# Wording of the numbered fields in English, French, Spanish, Portuguese, German, Italian,
# Ukrainian and Russian (item 1 also in Serbo-Croatian "Država" and Albanian "Shteti") (Hague Conference, "The ABCs of Apostilles", model certificate in
# each language; Cyrillic as folded: no Ї, Й).
FIELD_1 = r"COUNTRY|PAYS|PAIS|LAND|STAATE?|PAESE|STATO|КРАІНА|СТРАНА|DRZAVA|SHTETI"
FIELD_2 = (
    r"(?:THIS PUBLIC DOCUMENT )?HAS BEEN SIGNED BY|A ETE SIGNE PAR|HA SIDO FIRMADO POR"
    r"|FOI ASSINADO POR|IST UNTERSCHRIEBEN VON|E STATO FIRMATO DA|ПІДПИСАНИИ|ПОДПИСАН"
)
FIELD_6 = r"THE|LE|EL DIA|EL|NO DIA|AM|IL|ДАТА"
FIELD_7 = r"BY|PAR|POR|DURCH|VON|DA|КИМ|КЕМ"
"""Item 7: the authority that issued the apostille ("7. by  Frank LaRose, Ohio Secretary
of State"): who signs the apostille itself, not the public document (item 2)."""
LATER_ITEM = re.compile(
    r"^\W*\d{1,2}\W|^\s*\.|\d|SEAL|SCEAU|SELLO|SELO|SIEGEL|TIMBRE|SIGNATURE|FIRMA|ASSINATURA"
    r"|UNTERSCHRIFT|\bSOUS\b|\bBAJO\b|\bSOB\b|\bUNTER\b"
)
"""A row that opens another item (or holds a number): no continuation of item 7."""
FIELD_8 = (
    r"N[O°º](?! DIA)\.?|NUMBER|SOUS (?:LE )?N[O°º]?\.?|BAJO EL (?:NUMERO|N[O°º])|SOB ?O N[O°º]\.?"
    r"|UNTER NR\.?|AL NUMERO|NUMERO|№|НОМЕР"
)


DIGIT_AS_READ = {1: "1IL|!", 3: "3B", 5: "5S", 6: "6GBE&", 8: "8B&"}
"""What OCR makes of an item's number on a photographed apostille ("LCountry:", "S.at",
"&No"): a letter glued to the label, after accents are folded."""


def _field(rows: list[str], number: int, label: str) -> str | None:
    """Value of numbered field ``number`` (the number itself may be lost or misread by OCR).

    >>> _field(["LCountry: United States of America"], 1, FIELD_1)
    'United States of America'
    >>> _field(["&No AP-2026-651144"], 8, FIELD_8)
    'AP-2026-651144'
    >>> _field(["Pais / Country", "1.", "Republica Federativa do Brasil"], 1, FIELD_1)
    'Republica Federativa do Brasil'
    >>> _field(["Pais / Country", "1. Republica de Colombia"], 1, FIELD_1)
    'Republica de Colombia'

    Three languages, the value on the next row (set_bq p04: "Pays" was the country):

    >>> _field(["1. País: / Country: / Pays:", "REPÚBLICA DE COLOMBIA"], 1, FIELD_1)
    'REPÚBLICA DE COLOMBIA'
    """
    read_as = re.escape(DIGIT_AS_READ.get(number, ""))
    numbered = rf"(?:{number}|[{read_as}])" if read_as else str(number)
    rx = re.compile(rf"^\W*(?:{numbered}\W*)?(?:{label})(?![A-Z0-9])\s*[:.]?\s*(.*)$")
    for i, row in enumerate(rows):
        m = rx.search(fold_keep(row))
        if not m:
            continue
        value = row[len(row) - len(m[1]) :].strip() if m[1] else ""
        value = _without_translations(value, label)
        following = (r.strip() for r in rows[i + 1 : i + 3] if not ITEM_NUMBER.match(r))
        if not value:  # on a row of its own, perhaps after the item's number ("1. Brasil")
            value = re.sub(r"^\W*\d{1,2}[.:]\s*", "", next(following, ""))
        value = value.split("  ")[0].strip(" :.")
        return value or None
    return None


def _without_translations(value: str, label: str) -> str:
    """``value`` without the label's translations opening it after slashes ("/ Country: /
    Pays:" after "País:"): what is left is the item's value, or nothing.

    >>> _without_translations("/ By: / Par:", FIELD_7), _without_translations("/ By: Anna", FIELD_7)
    ('', 'Anna')
    """
    while translation := re.match(rf"^\s*/\s*(?:{label})(?![A-Z0-9])[^\w/]*", fold_keep(value)):
        value = value[translation.end() :].strip()
    return value


ITEM_NUMBER = re.compile(r"^\W*\d{1,2}\W*$")
"""A row holding nothing but an item's number ("1."), set apart from its value."""


def _issuer(rows: list[str]) -> str | None:
    """Item 7, with its continuation on the next row ("... Foreign, Commonwealth and" /
    "Development Affairs").

    >>> _issuer(["7. Por: / By: / Par:", "MARIA FERNANDA GOMEZ"])
    'MARIA FERNANDA GOMEZ'
    """
    rx = re.compile(rf"^\W*(?:7\W*)?(?:{FIELD_7})\b\s*[:.]?\s*(.+)$")
    for i, row in enumerate(rows):
        m = rx.search(fold_keep(row))
        if not m:
            continue
        value = _without_translations(row[m.start(1) :], FIELD_7).split("  ")[0].strip(" :.")
        full = rows[i + 1] if i + 1 < len(rows) else ""
        if not value:  # "7. Por: / By: / Par:", the issuer on the row under it
            return full.split("  ")[0].strip(" ,.;:") or None
        nxt = full.split("  ")[0].strip()
        if nxt and not LATER_ITEM.search(fold_text(full)) and len(nxt) < 60:
            value = f"{value} {nxt}"
        return value.strip(" ,.;") or None
    return None


def extract(doc: Document, ctx: ExtractContext) -> tuple[ApostilleFields, list[Finding]]:
    rows = [r for p in doc.pages for r in visual_rows(p)]
    country = _field(rows, 1, FIELD_1)
    signed_by = _issuer(rows) or clean_name(_field(rows, 2, FIELD_2))
    date_line = _field(rows, 6, FIELD_6)
    issued = None
    if date_line:
        d = all_dates(date_line)
        issued = d[0].value if d else None
    if issued is None:  # the date is the only full date after "5. at"
        dates = {d.value for r in rows for d in all_dates(r) if d.value.year > 1961}
        issued = dates.pop() if len(dates) == 1 else None
    number = _field(rows, 8, FIELD_8)
    if number:
        parts = re.sub(r"^[:.\s]+", "", number).split()
        number = parts[0] if parts else None
    if country:
        country = re.sub(r"^[:.\s]+", "", country).strip() or None
    fields = ApostilleFields(country, issued, number, signed_by, countries.code_from_name(country))
    return fields, []


def apostille_country(doc: Document) -> str | None:
    f = doc.fields
    if not isinstance(f, ApostilleFields):
        return None
    return f.country_code or countries.code_from_name(f.country)


def link_apostille(
    cert: Document, apostilles: Sequence[Document]
) -> tuple[Document | None, list[Document]]:
    """The apostille of the packet that certifies the birth certificate ``cert``, and the
    apostilles of another country that were passed over. In order: in the same file right
    after (or before) the certificate's pages, elsewhere in the same file, in another file
    of the certificate's country, the packet's only other apostille when either country
    is unknown."""
    country = countries.normalise(getattr(cert.fields, "issuing_country", None))
    same_file = [a for a in apostilles if set(a.files) & set(cert.files)]
    pages = {(p.file, p.page) for p in cert.page_refs}
    adjacent = [
        a
        for a in same_file
        if any((p.file, p.page - 1) in pages or (p.file, p.page + 1) in pages for p in a.page_refs)
    ]
    for a in (*adjacent, *same_file):
        return a, []
    others = [a for a in apostilles if not set(a.files) & set(cert.files)]
    matching = [a for a in others if country and apostille_country(a) == country]
    if matching:
        return matching[0], []
    unknown = [a for a in others if not country or apostille_country(a) is None]
    if len(others) == 1 and unknown:
        return others[0], []
    return None, [a for a in others if country and apostille_country(a) not in (None, country)]


def attach_apostilles(docs: Sequence[Document]) -> list[Document]:
    """The packet's documents, each birth certificate certified by an apostille of the
    packet marked ``has_apostille`` (a step after extraction: a certificate's extractor
    sees its own pages only, and the apostille is often a page or a file of its own)."""
    apostilles = [d for d in docs if d.type == DocType.APOSTILLE]
    out: list[Document] = []
    for d in docs:
        f = d.fields
        if (
            d.type == DocType.BIRTH_CERTIFICATE
            and f is not None
            and not f.has_apostille
            and link_apostille(d, apostilles)[0] is not None
        ):
            d = dataclasses.replace(d, fields=dataclasses.replace(f, has_apostille=True))
        out.append(d)
    return out


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
