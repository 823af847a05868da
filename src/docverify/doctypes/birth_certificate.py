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

from docverify import countries, languages, ocr
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


def word_rows(page: PageText) -> list[list[Word]]:
    """The page's words regrouped into rows by their vertical position, left to right."""
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
    return [sorted(row, key=lambda w: w.box[0]) for row in rows]


def _row_text(row: Sequence[Word], height: float) -> str:
    text = row[0].text
    for prev, cur in itertools.pairwise(row):
        text += ("  " if cur.box[0] - prev.box[2] > 2.5 * height else " ") + cur.text
    return text


def _height(page: PageText) -> float:
    return statistics.median(w.box[3] - w.box[1] for w in page.words) if page.words else 1.0


def visual_rows(page: PageText) -> list[str]:
    """Rows of ``word_rows`` as text. A wide horizontal gap (a column break) is kept as
    two spaces, which ``clean_name`` treats as the end of a value."""
    height = _height(page)
    return [_row_text(row, height) for row in word_rows(page)]


def value_below(page: PageText, label: str) -> str | None:
    """In a table (a GRO entry of birth), the value in the column of ``label``, on the
    first row below it that has words starting under the label."""
    rows = word_rows(page)
    height = _height(page)
    rx = re.compile(label)
    for i, row in enumerate(rows):
        text = fold_text(" ".join(w.text for w in row))
        m = rx.search(text)
        if not m:
            continue
        # the word where the match starts
        pos, x0 = 0, row[0].box[0]
        for w in row:
            if pos >= m.start():
                x0 = w.box[0]
                break
            pos += len(w.text) + 1
        for below in rows[i + 1 : i + 4]:
            start = next((j for j, w in enumerate(below) if abs(w.box[0] - x0) < 2 * height), None)
            if start is None:
                continue
            picked = [below[start]]
            for w in below[start + 1 :]:
                if w.box[0] - picked[-1].box[2] > 1.5 * height or w.text in ("|",):
                    break
                picked.append(w)
            return " ".join(w.text for w in picked).strip(" |") or None
    return None


def _rows(doc: Document) -> list[str]:
    return [row for p in doc.pages for row in visual_rows(p)]


# --------------------------------------------------------------------------- labels
# Regular expressions over folded rows. A label's value is the rest of its row, or the
# next row when the rest is empty or only more label (CIEC: "Nom / Name / Surname").

SURNAME_LABELS = (
    r"\b(?:FAMILIENNAME|NACHNAME|GEBURTSNAME)\b",
    r"\bCOGNOME\b",
    r"\bAPELLIDOS\b",
    r"\b(?:LAST|FAMILY) NAME\b(?! OF)|(?<!NAME AND )(?<!NAME, )\bSURNAME\b(?! (?:AND|OF))",
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
    r"CHILD'?S NAME\b(?:\s*\([^)]*\)?)?",
    r"^\W*NOME(?: COMPLETO)?\b(?! DO| DA)",
    r"\bNOM ET PRENOMS?\b",
    r"^\W*NAME\b(?! OF| AND|,)",
)
GRO_GIVEN = r"\bNAME,? IF ANY\b"
"""England and Wales: the child's forenames in the column "Name, if any"; the entry
states no surname for the child."""
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


PARENT = re.compile(r"\b(?:FATHER|MOTHER|PERE|MERE|VATER|MUTTER|PADRE|MADRE|PAI|MAE|PARENTS?)\b")
"""A row about the parents: its names are not the child's."""


def _value(
    rows: Sequence[str], label: str, skip: int = 0, *, skip_parents: bool = False
) -> str | None:
    """Text after the first row matching ``label`` (or the row below it)."""
    rx = re.compile(label)
    for i, row in enumerate(rows):
        folded = fold_text(row)
        m = rx.search(folded)
        if not m or (skip_parents and PARENT.search(folded)):
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
        v = clean_name(_value(rows, label, skip_parents=True))
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


def _date_under_label(doc: Document) -> dt.date | None:
    """The date in a form box, read again from the image: tesseract's page layout
    sometimes drops a box's value line (a US certificate's "2. DATE OF BIRTH" box). The
    zone below the label is read alone (one tesseract call on a small crop)."""
    for page in doc.pages:
        if page.image is None:
            continue
        height = _height(page)
        for row in word_rows(page):
            text = fold_text(" ".join(w.text for w in row))
            m = re.search(r"DATE OF BIRTH|BIRTH ?DATE", text)
            if not m:
                continue
            pos, label = 0, row[0]
            for w in row:
                if pos >= m.start():
                    label = w
                    break
                pos += len(w.text) + 1
            x0 = max(0, int(label.box[0] - height))
            y0 = int(label.box[3] + 0.2 * height)
            x1 = min(page.image.shape[1], int(label.box[0] + 22 * height))
            y1 = min(page.image.shape[0], int(label.box[3] + 3.5 * height))
            if x1 - x0 < 10 or y1 - y0 < 10:
                continue
            dates = find_dates(ocr.ocr_lines(page.image[y0:y1, x0:x1], "eng", psm=6))
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
    if re.search(GRO_GIVEN, folded):
        surname, full = None, None
        given = clean_name(next(filter(None, (value_below(p, GRO_GIVEN) for p in doc.pages)), None))
    else:
        surname, given, full = read_names(rows)
        if surname is None and given is None and full is None:
            surname, given, full = read_names(lines)
    dob = _date(rows) or _date(lines) or _date_under_label(doc)
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
