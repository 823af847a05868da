"""Birth certificates, from France and abroad.

A certificate arrives in the issuing country's language and layout: a German
Geburtsurkunde with labels in a left column and values in a right one, a Mexican acta
with "Primer apellido" and "Segundo apellido", a Brazilian certidão that writes the
whole name in one "NOME" field, a US certificate whose box says "CHILD'S NAME (First,
Middle, Last)", a CIEC multilingual extract whose labels are in five languages with the
value on the next row. Tesseract often reads a two-column layout column by column, so
labels are matched against *visual rows* (words regrouped by their position on the
page) before the tesseract lines.

The issuing country comes from the certificate's wording (``data/certificates.toml``),
the language from ``docverify.languages``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from docverify import countries, languages
from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    fold_text,
    internal,
    lines_of,
)
from docverify.model import DocType, Document, Finding, PageText, Word, warning
from docverify.values.dates import find_dates


@dataclass(frozen=True)
class BirthCertificateFields:
    surname: str | None
    given_names: str | None
    date_of_birth: dt.date | None
    place_of_birth: str | None
    issuing_country: str | None  # ISO 3166 alpha-3, like the MRZ
    language: str | None  # ISO 639-1; "mul" for a multilingual extract (CIEC, EU form)
    has_apostille: bool = False
    multilingual: bool = False
    full_name: str | None = internal()
    """The name as one string, when the certificate does not split surname and given names."""


# --------------------------------------------------------------------------- layout


def visual_rows(page: PageText) -> list[str]:
    """The page's words regrouped into rows by their vertical position, left to right.
    A wide horizontal gap (a column break) is kept as two spaces, which ``clean_name``
    treats as the end of a value."""
    words = [w for w in page.words if w.text.strip()]
    if not words:
        return []
    height = statistics.median(w.box[3] - w.box[1] for w in words) or 1
    words.sort(key=lambda w: (w.box[1] + w.box[3]) / 2)
    rows: list[list[Word]] = []
    centres: list[float] = []
    for w in words:
        cy = (w.box[1] + w.box[3]) / 2
        if rows and abs(cy - centres[-1]) <= 0.55 * height:
            rows[-1].append(w)
            centres[-1] += (cy - centres[-1]) / len(rows[-1])
        else:
            rows.append([w])
            centres.append(cy)
    out: list[str] = []
    for row in rows:
        ws = sorted(row, key=lambda w: w.box[0])
        text = ws[0].text
        for prev, cur in itertools.pairwise(ws):
            text += ("  " if cur.box[0] - prev.box[2] > 2.5 * height else " ") + cur.text
        out.append(text)
    return out


def _rows(doc: Document) -> list[str]:
    return [row for p in doc.pages for row in visual_rows(p)]


# --------------------------------------------------------------------------- labels
# Regular expressions over folded rows. A label's value is the rest of its row, or the
# next row when the rest is empty or only more label (CIEC: "Nom / Name / Surname").

SURNAME_LABELS = (
    r"\b(?:FAMILIENNAME|NACHNAME|GEBURTSNAME)\b",
    r"\bCOGNOME\b",
    r"\bAPELLIDOS\b",
    r"\b(?:LAST|FAMILY) NAME\b|\bSURNAME\b",
    r"^\W*(?:\d+\W*)?NOM\b(?! ET)(?: DE FAMILLE| DE NAISSANCE)?",
    r"\bSOBRENOME\b",
)
FIRST_SURNAME = r"PRIMER APELLIDO"
SECOND_SURNAME = r"SEGUNDO APELLIDO"
GIVEN_LABELS = (
    r"\bVORNAMEN?\b",
    r"\bNOMBRES?\b(?:\s*\(S\))?",
    r"\bPRENOMS?\b",
    r"\b(?:GIVEN|FIRST|FORE) ?NAMES?\b(?: AND MIDDLE NAMES?)?",
)
ITALIAN_GIVEN = r"^\W*(?:\d+\W*)?NOME\b(?! DO| DA)"
"""Italian "Nome" holds the given names only beside a "Cognome"; alone (Brazil) it is
the full name."""
# The whole name in one field, given names first (US "CHILD'S NAME (First, Middle,
# Last)", Brazilian "NOME", a translation's "Nom et prénoms").
FULL_NAME_LABELS = (
    r"CHILD'?S NAME\b(?:\s*\(FIRST,? MIDDLE,? LAST\))?",
    r"^\W*NOME(?: COMPLETO)?\b(?! DO| DA)",
    r"\bNOM ET PRENOMS?\b",
    r"^\W*NAME\b(?! OF| AND)",
)
DOB_LABELS = (
    r"\bDATE OF BIRTH\b", r"\bDATE AND PLACE OF BIRTH\b", r"\bWHEN AND WHERE BORN\b",
    r"\bBIRTH ?DATE\b", r"\bNEE? LE\b", r"\bNE\(E\) LE\b", r"\bDATE DE NAISSANCE\b",
    r"\bGEBURTSDATUM\b|\bGEBOREN AM\b|\bTAG DER GEBURT\b", r"\bFECHA DE NACIMIENTO\b",
    r"\bDATA DE NASCIMENTO\b", r"\bDATA DI NASCITA\b",
)  # fmt: skip
PLACE_LABELS = (
    r"\bPLACE OF BIRTH\b(?: ?- ?CIT\w*)?", r"\bCITY(?:,? TOWN)? OF BIRTH\b",
    r"\bLIEU DE NAISSANCE\b", r"\bGEBURTSORT\b|\bORT DER GEBURT\b",
    r"\bLUGAR DE NACIMIENTO\b", r"\bLOCAL DE NASCIMENTO\b", r"\bLUOGO DI NASCITA\b",
    r"^\W*A\s*:",
)  # fmt: skip
CIEC_STATE = r"\bETAT\s*/\s*STAAT\b"
MULTILINGUAL = r"PLURILINGUE|MULTILINGUAL|MULTILINGUE|MEHRSPRACHIG|FORMULAIRE TYPE MULTILINGUE"
LABEL_ONLY = re.compile(r"^[\W\d]*(?:[A-Z'()]+\W*){0,4}(?:/\s*(?:[A-Z'()]+\s*){1,4})+\W*$")
"""A row that is only more label alternatives ("/ Name / Surname / Apelido")."""


NEXT_BOX = re.compile(r"^\d+[a-z]?\.\s")
"""The number of the next box on a form row ("5b. COUNTY"): the value is below."""


def _value(rows: Sequence[str], label: str, skip: int = 0) -> str | None:
    """Text after the first row matching ``label`` (or the row below it)."""
    rx = re.compile(label)
    for i, row in enumerate(rows):
        folded = fold_text(row)
        m = rx.search(folded)
        if not m:
            continue
        rest = row[m.end() :].strip(" :.-–—\t|()")
        # drop further label alternatives (CIEC) and the "(s)" of "Nombre(s)"
        if rest and (
            LABEL_ONLY.match(fold_text(rest)) or rest.startswith("/") or NEXT_BOX.match(rest)
        ):
            rest = ""
        rest = rest.split("  ")[0].strip(" :.-–—|") if rest else rest
        if rest:
            return rest
        for nxt in rows[i + 1 : i + 2 + skip]:
            nxt = nxt.split("  ")[0].strip(" :\t|")
            if nxt and not rx.search(fold_text(nxt)):
                return nxt
    return None


def _name(rows: Sequence[str], labels: Sequence[str]) -> str | None:
    for label in labels:
        v = clean_name(_value(rows, label))
        if v and re.search(r"[^\W\d_]{2}", v) and not _is_label(v):
            return v
    return None


LABEL_WORDS = frozenset(
    [
        "NAME",
        "NAMES",
        "SURNAME",
        "VORNAMEN",
        "GESCHLECHT",
        "SEXO",
        "SEXE",
        "SESSO",
        "SEX",
        "NOME",
        "COGNOME",
        "PRENOMS",
        "APELLIDO",
        "NOMBRE",
        "NOMBRES",
        "DATE",
        "DATA",
        "FECHA",
        "GEBURTSORT",
    ]
)


def _is_label(value: str) -> bool:
    words = re.findall(r"[A-Z]+", fold_text(value))
    return bool(words) and all(w in LABEL_WORDS for w in words)


def _date(rows: Sequence[str]) -> dt.date | None:
    for label in DOB_LABELS:
        rx = re.compile(label)
        for i, row in enumerate(rows):
            m = rx.search(fold_text(row))
            if not m:
                continue
            for candidate in (row[m.end() :], *rows[i + 1 : i + 3]):
                dates = find_dates(candidate)
                if dates:
                    return dates[0].value
    return None


def _split_full(full: str) -> tuple[str | None, str | None]:
    """US order "First Middle Last": the last word is the surname."""
    parts = full.split()
    if len(parts) < 2:
        return full, None
    return parts[-1], " ".join(parts[:-1])


def read_names(rows: Sequence[str]) -> tuple[str | None, str | None, str | None]:
    """(surname, given names, full name) as the certificate writes them."""
    first = _name(rows, (FIRST_SURNAME,))
    if first:
        second = _name(rows, (SECOND_SURNAME,))
        surname: str | None = f"{first} {second}" if second else first
    else:
        surname = _name(rows, SURNAME_LABELS)
    given = _name(rows, GIVEN_LABELS)
    if surname and not given:
        given = _name(rows, (ITALIAN_GIVEN,))
    if surname and given:
        return surname, given, None
    full = _name(rows, FULL_NAME_LABELS)
    if full and not surname and not given:
        if re.search(r"CHILD'?S NAME", fold_text("\n".join(rows))):
            s, g = _split_full(full)
            return s, g, full
        return None, None, full
    return surname, given, None


def extract(doc: Document, ctx: ExtractContext) -> tuple[BirthCertificateFields, list[Finding]]:
    rows = _rows(doc)
    lines = lines_of(doc)
    text = "\n".join(rows)
    folded = fold_text(text)
    surname, given, full = read_names(rows)
    if surname is None and given is None and full is None:
        surname, given, full = read_names(lines)
    dob = _date(rows) or _date(lines)
    place = _name(rows, PLACE_LABELS) or _name(lines, PLACE_LABELS)
    multilingual = bool(re.search(MULTILINGUAL, folded))
    country = None
    if re.search(CIEC_STATE, folded):
        country = countries.code_from_name(_value(rows, CIEC_STATE))
    country = country or countries.issuer_from_text(folded)
    language = "mul" if multilingual else languages.detect(text)
    fields = BirthCertificateFields(
        surname=surname,
        given_names=given,
        date_of_birth=dob,
        place_of_birth=place,
        issuing_country=country,
        language=language,
        has_apostille=bool(re.search(r"\bAPOSTILL?[EA]\b|CONVENTION DE LA HAYE", folded)),
        multilingual=multilingual,
        full_name=full,
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
        Signal.of(
            r"CERTIFICATE OF (?:LIVE )?BIRTH|BIRTH CERTIFICATE|ENTRY OF BIRTH|ACTE DE NAISSANCE"
            r"|GEBURTSURKUNDE|GEBURTSEINTRAG|ACTA DE NACIMIENTO|CERTIDAO DE (?:REGISTO DE )?NASCIMENTO"
            r"|ATTO DI NASCITA|CERTIFICACION LITERAL DE NACIMIENTO",
            6.0,
        ),
        Signal.of(
            r"PLACE OF BIRTH|LIEU DE NAISSANCE|GEBURTSORT|LUGAR DE NACIMIENTO|LOCAL DE NASCIMENTO"
            r"|LUOGO DI NASCITA|\bFATHER\b|\bMOTHER\b|\bPERE\b|\bMERE\b|\bVATER\b|\bMUTTER\b",
            1.5,
        ),
        Signal.of(
            r"REGISTRAR|ETAT CIVIL|STANDESAMT|REGISTRO CIVIL|STATO CIVILE|REGISTO CIVIL", 1.5
        ),
    ),
    extract=extract,
    multipage=True,
)
