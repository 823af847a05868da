"""Sworn / certified translations ("traduction certifiée conforme" by a traducteur expert
près la cour d'appel, "certified translation").

A translation is linked to the document it translates by the packet rule: by what it
says it translates (``translates``) and the name and date of birth it carries.
"""

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
    internal,
    lines_of,
)
from docverify.doctypes.birth_certificate import SPEC as BIRTH_CERTIFICATE
from docverify.doctypes.civil_dates import labelled_date
from docverify.doctypes.civil_layout import doc_rows
from docverify.doctypes.civil_names import read_names
from docverify.model import DocType, Document, Finding

BIRTH_TITLE = BIRTH_CERTIFICATE.signals[0].pattern
"""The titles of birth certificates, in the languages they are issued in and in French."""


@dataclass(frozen=True)
class TranslationFields:
    translator: str | None
    source_language: str | None
    translates: str | None  # the document type it translates, e.g. "birth_certificate"
    person: str | None = internal()
    """The name the translated document is about, for linking."""
    date_of_birth: dt.date | None = internal()


def extract(doc: Document, ctx: ExtractContext) -> tuple[TranslationFields, list[Finding]]:
    lines = lines_of(doc)
    text = " ".join(lines)
    folded = fold_text(text)
    translator = None
    m = re.search(
        r"(?:JE SOUSSIGNEE?(?:\(E\))?|I),?\s+((?:[A-Z][A-Za-z'\-]+\s?){1,4}),?\s+"
        r"(?:TRADUCT|TRANSLATOR|EXPERT)",
        folded,
    )
    if m:
        translator = clean_name(text[m.start(1) : m.end(1)])
    lang = None
    m = re.search(
        r"(?:TRADUCTION|TRANSLATION)\s+(?:DE L'|DU |FROM )?([A-Z]+)\s+(?:VERS|EN|INTO|TO)", folded
    ) or re.search(r"\bTRADUCTION " + _FROM + "(" + _LANGUAGES + r")\b", folded)
    if m:  # the target said, or the heading "Traduction de l'espagnol" alone (set_cr p02)
        lang = m[1].lower()
    # what it translates: a certificate's title, as the certificate's own signal reads it
    # ("acte de naissance", "extrait d'état civil individuel"...)
    what = "birth_certificate" if BIRTH_TITLE.search(folded) else None
    # a translation runs the fields of a row together: "Premier nom : OSORIO — Prénom : ...";
    # its rows as laid out first (labels in one column, values in the next, which OCR
    # gives as two blocks: set_bw p03), then as OCR's lines
    cells = [
        c
        for line in (*doc_rows(doc), *lines)
        for c in re.split(r"\s+[—–]\s+|\s{2,}", line)
        if c.strip()
    ]
    surname, given, full = read_names(cells)
    person = full or " ".join(x for x in (given, surname) if x) or None
    dob = labelled_date(cells)
    return TranslationFields(translator, lang, what, person, dob), []


_LANGUAGES = (
    r"ARABE|ANGLAIS|ESPAGNOL|PORTUGAIS|RUSSE|UKRAINIEN|BIELORUSSE|CHINOIS|TURC|ALLEMAND|"
    r"ITALIEN|ROUMAIN|POLONAIS|BULGARE|SERBE|CROATE|ALBANAIS|GREC|HONGROIS|TCHEQUE|SLOVAQUE|"
    r"NEERLANDAIS|GEORGIEN|ARMENIEN|AZERI|PERSAN|DARI|PACHTO|OURDOU|HINDI|BENGALI|TAMOUL|"
    r"CINGHALAIS|NEPALAIS|VIETNAMIEN|KHMER|LAO|THAI|JAPONAIS|COREEN|MONGOL|INDONESIEN|"
    r"TAGALOG|FILIPINO|AMHARIQUE|TIGRIGNA|SOMALI|SWAHILI|MALGACHE|HEBREU|KURDE"
)
"""Languages a sworn translation into French is made from, as its heading names them
("Traduction de l'ukrainien"), the tongues of the countries newcomers come from most."""

_FROM = r"(?:DE L'|DU |DE LA LANGUE |D')"
"""What comes between "Traduction" and the language it is made from in a heading."""

SPEC = DocTypeSpec(
    type=DocType.TRANSLATION,
    signals=(
        Signal.of(
            r"TRADUCTION CERTIFIEE CONFORME|TRADUCTION JUREE|CERTIFIED TRANSLATION|SWORN TRANSLATION",
            9.0,
        ),
        Signal.of(
            r"TRADUCT(?:EUR|RICE)(?:\W+INTERPRETE)?\W+(?:EXPERT|ASSERMENTE|JURE)"
            r"|EXPERT PRES LA COUR D'?APPEL",
            5.0,
        ),
        # the translator's certificate, in the words French sworn translators use: the
        # page translates a document, whatever that document's own words score
        Signal.of(
            r"(?:LA )?PRESENTE TRADUCTION\W+(?:EST )?CONFORME|CONFORME A L'?ORIGINAL R"
            r"|TRADUCTION (?:CONFORME|FIDELE) (?:A|DE) L'?ORIGINAL"
            r"|\(?DU [A-Z]+ VERS LE FRANCAIS\)?|TRUE AND ACCURATE TRANSLATION",
            9.0,
        ),
        # the heading of the translated text: "TRADUCTION DE L'UKRAINIEN", "Traduction de
        # l'arabe", "TRANSLATED FROM SPANISH" (the certificate's own words follow it)
        Signal.of(
            r"\bTRADUCTION " + _FROM + "?(?:" + _LANGUAGES + r")\b"
            r"|\bTRANSLAT(?:ED|ION) FROM (?:THE )?[A-Z]+\b",
            9.0,
        ),
        Signal.of(r"\bTRADUCTION\b|\bTRANSLATION\b|\bTRANSLATOR\b", 1.5),
    ),
    extract=extract,
    multipage=True,
    min_score=5.0,
)
