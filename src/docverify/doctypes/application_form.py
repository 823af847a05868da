"""The application form: Cerfa n° 15763 (ameli S1106), "Demande d'ouverture des droits
à l'assurance maladie", older versions "n° 736". Two pages: A identity, B activity,
C date and signature."""

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
from docverify.model import DocType, Document, Finding, PageText
from docverify.values.dates import NUMERIC_DATE, find_dates, looks_american
from docverify.values.names import fold_upper
from docverify.vision.ink import checkbox_ticked, signature_present


@dataclass(frozen=True)
class ApplicationFormFields:
    surname: str | None
    given_names: str | None
    date_of_birth: dt.date | None
    employment_status: str | None  # employed | not_employed | other
    signed: bool | None
    signed_on: dt.date | None
    nir: str | None
    usage_name: str | None = None
    address: str | None = None
    job_title: str | None = None
    contract_type: str | None = None
    date_text: str | None = None  # the date as written, e.g. "09/25/2026"
    date_us_style: bool = False


CHOICES = (
    ("employed", r"ACTIVITE SALARIEE|EXERCEZ UNE ACTIVITE|\bSALARIE\b"),
    ("not_employed", r"SANS ACTIVITE"),
    ("other", r"AUTRE SITUATION|\bAUTRE\b"),
)


def _choice_words(page: PageText) -> list[tuple[str, int]]:
    """(status, index of the first word of its caption) for each checkbox caption found."""
    out: list[tuple[str, int]] = []
    folded = [fold_upper(w.text) for w in page.words]
    for status, rx in CHOICES:
        pattern = re.compile(rx)
        for i in range(len(page.words)):
            window = " ".join(folded[i : i + 4])
            if pattern.match(window):
                # the box stands left of the caption's line ("[x] Vous êtes sans activité")
                line = page.words[i].line
                first = next(
                    j for j in range(i, -1, -1) if j == 0 or page.words[j - 1].line != line
                )
                out.append((status, first))
                break
    return out


def employment_status(doc: Document) -> tuple[str | None, dict[str, bool | None]]:
    ticks: dict[str, bool | None] = {}
    for page in doc.pages:
        for status, index in _choice_words(page):
            ticks.setdefault(status, checkbox_ticked(page, page.words[index]))
    chosen = [s for s, t in ticks.items() if t]
    return (chosen[0] if len(chosen) == 1 else None), ticks


def _signed_date(lines: list[str]) -> tuple[dt.date | None, str | None, bool]:
    for i, line in enumerate(lines):
        f = fold_upper(line)
        m = re.search(r"FAIT A.{0,40}?\bLE\b|\bFAIT LE\b|\bDATE\s*:", f)
        if not m:
            continue
        for candidate in (line[m.end() :], lines[i + 1] if i + 1 < len(lines) else ""):
            nm = NUMERIC_DATE.search(candidate)
            if nm and looks_american(nm[0]):
                return None, nm[0], True
            dates = find_dates(candidate)
            if dates:
                return dates[0].value, dates[0].raw, False
    return None, None, False


def extract(doc: Document, ctx: ExtractContext) -> tuple[ApplicationFormFields, list[Finding]]:
    lines = lines_of(doc)
    surname = clean_name(value_after(lines, r"NOM DE NAISSANCE|NOM DE FAMILLE"))
    usage = clean_name(value_after(lines, r"NOM D'?USAGE", next_line=False))
    given = clean_name(value_after(lines, r"PRENOM\(?S?\)?"))
    dob = None
    for i, line in enumerate(lines):
        if re.search(r"DATE DE NAISSANCE", fold_upper(line)):
            dates = find_dates(line) or (find_dates(lines[i + 1]) if i + 1 < len(lines) else [])
            dob = dates[0].value if dates else None
            break
    nir = None
    m = re.search(
        r"(?:SECURITE SOCIALE|N[O°] D'?IMMATRICULATION)[^0-9\n]{0,40}([12]\s?(?:[\dAB]\s?){12,14})",
        fold_text("\n".join(lines)),
    )
    if m:
        nir = re.sub(r"\s", "", m[1])
    status, _ = employment_status(doc)
    signed_on, raw_date, us = _signed_date(lines)
    signed = None
    for page in reversed(doc.pages):
        signed = signature_present(page, r"^SIGNATURE")
        if signed is not None:
            break
    job = clean_name(value_after(lines, r"PROFESSION|EMPLOI OCCUPE", next_line=False))
    contract = None
    cm = re.search(
        r"TYPE DE CONTRAT\s*:?\s*(CDI|CDD|INTERIM|APPRENTISSAGE)", fold_text("\n".join(lines))
    )
    if cm:
        contract = cm[1]
    address = value_after(lines, r"ADRESSE\b", next_line=True)
    fields = ApplicationFormFields(
        surname=surname,
        given_names=given,
        date_of_birth=dob,
        employment_status=status,
        signed=signed,
        signed_on=signed_on,
        nir=nir,
        usage_name=usage,
        address=address,
        job_title=job,
        contract_type=contract,
        date_text=raw_date,
        date_us_style=us,
    )
    return fields, []


SPEC = DocTypeSpec(
    type=DocType.APPLICATION_FORM,
    signals=(
        Signal.of(r"OUVERTURE DES DROITS", 5.0),
        Signal.of(r"ASSURANCE MALADIE", 2.0),
        Signal.of(r"\b15763\b|\bS ?1106\b|\b736\b", 3.0),
        Signal.of(r"NOM DE NAISSANCE|NOM D'?USAGE", 1.5),
        Signal.of(r"SANS ACTIVITE|ACTIVITE SALARIEE", 2.0),
        Signal.of(r"CERTIFIE SUR L'?HONNEUR|EXACTITUDE DES RENSEIGNEMENTS", 2.0),
        Signal.of(r"\bCERFA\b|\bAMELI\b|\bCPAM\b", 1.5),
    ),
    extract=extract,
    multipage=True,
)
