"""Residence permits: titre de séjour, carte de séjour, carte de résident (TD1 cards),
and the récépissé of an application, which has no MRZ."""

from __future__ import annotations

import dataclasses
import re

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    date_after,
    fold_text,
    lines_of,
)
from docverify.doctypes.travel_document import IdentityFields, extract_identity
from docverify.model import DocType, Document, Finding


def extract(doc: Document, ctx: ExtractContext) -> tuple[IdentityFields, list[Finding]]:
    fields, findings = extract_identity(doc, ctx, "residence permit")
    folded = fold_text(doc.text)
    if fields.mrz is None and re.search(r"RECEPISSE", folded):
        # a récépissé carries no MRZ; its validity is printed
        until = date_after(lines_of(doc), r"VALABLE JUSQU'?AU|VALIDE JUSQU'?AU|JUSQU'?AU")
        fields = dataclasses.replace(fields, expiry_date=until, document_code="RECEPISSE")
        findings = [f for f in findings if f.code != "mrz.unreadable"]
    elif fields.expiry_date is None:
        until = date_after(lines_of(doc), r"DATE D'?EXPIRATION|VALABLE JUSQU'?AU|DATE OF EXPIRY")
        if until:
            fields = dataclasses.replace(fields, expiry_date=until)
    return fields, findings


SPEC = DocTypeSpec(
    type=DocType.RESIDENCE_PERMIT,
    signals=(
        Signal.of(
            r"TITRE DE SEJOUR|CARTE DE SEJOUR|CARTE DE RESIDENT|RESIDENCE PERMIT|AUFENTHALTSTITEL",
            6.0,
        ),
        Signal.of(r"RECEPISSE DE (?:DEMANDE|PREMIERE DEMANDE)", 6.0),
        # Algerian nationals hold a "certificat de résidence" (accord franco-algérien du
        # 27 décembre 1968), not a titre de séjour
        Signal.of(r"CERTIFICAT DE RESIDENCE (?:POUR |D'?)?ALGERIEN", 6.0),
        Signal.of(r"PREFECTURE|\bPREFET\b", 1.0),
    ),
    extract=extract,
    multipage=False,
    mrz_codes=("IR", "AR", "CR", "RP", "RT"),
    mrz_weight=8.0,
    pairs_across_files=True,
)
