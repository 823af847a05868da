"""Sworn / certified translations."""

from __future__ import annotations

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


@dataclass(frozen=True)
class TranslationFields:
    translator: str | None
    source_language: str | None
    translates: str | None  # what the translation says it translates, e.g. "acte de naissance"


def extract(doc: Document, ctx: ExtractContext) -> tuple[TranslationFields, list[Finding]]:
    lines = lines_of(doc)
    text = " ".join(lines)
    folded = fold_text(text)
    translator = None
    m = re.search(
        r"(?:JE SOUSSIGNEE?|I,?)\s+((?:[A-Z][A-Za-z'\-]+\s?){1,4}),?\s+(?:TRADUCT|TRANSLATOR|EXPERT)",
        folded,
    )
    if m:
        translator = clean_name(text[m.start(1) : m.end(1)])
    lang = None
    m = re.search(
        r"(?:TRADUCTION|TRANSLATION)\s+(?:DE L'|DU |FROM )?([A-Z]+)\s+(?:VERS|EN|INTO|TO)", folded
    )
    if m:
        lang = m[1].lower()
    what = (
        "birth_certificate"
        if re.search(r"ACTE DE NAISSANCE|BIRTH CERTIFICATE|CERTIFICAT DE NAISSANCE", folded)
        else None
    )
    return TranslationFields(translator, lang, what), []


SPEC = DocTypeSpec(
    type=DocType.TRANSLATION,
    signals=(
        Signal.of(
            r"TRADUCTION CERTIFIEE CONFORME|TRADUCTION JUREE|CERTIFIED TRANSLATION|SWORN TRANSLATION",
            7.0,
        ),
        Signal.of(r"TRADUCT(?:EUR|RICE) (?:EXPERT|ASSERMENTE)|EXPERT PRES LA COUR D'?APPEL", 5.0),
        Signal.of(r"\bTRADUCTION\b", 1.5),
    ),
    extract=extract,
    multipage=True,
    min_score=5.0,
)
