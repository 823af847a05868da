"""Residence permits: titre de séjour, carte de séjour, carte de résident (TD1 cards),
and the récépissé of an application, which has no MRZ."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    date_after,
    fold_text,
    lines_of,
)
from docverify.doctypes.travel_document import IdentityFields, extract_identity
from docverify.doctypes.visual_zone import validity_pair
from docverify.labelled import labelled_values
from docverify.model import DocType, Document, Finding
from docverify.values.names import fold_upper

_RECEIPT_NUMBER = re.compile(r"\bN\s*[°O0º]\s*(?:D[EU]\s+RECEPISSE\s*)?[:.]?\s*([A-Z0-9]{6,14})\b")
_OTHER_NUMBER = re.compile(
    r"ETRANGER|AGDREF|DOSSIER|TELEPHONE|\bTEL\b|SECURITE SOCIALE|\bARTICLES?\b"
)


def receipt_number(lines: Sequence[str]) -> str | None:
    """A récépissé's own number ("N° 3604453245", "N° de récépissé : ..."), never the
    foreigner's AGDREF number, a file number or a phone number printed beside it.

    >>> receipt_number(["RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "N° 7142898601",
    ...                 "N° étranger (AGDREF) : 5778184185"])
    '7142898601'
    >>> receipt_number(["N° étranger (AGDREF) : 5778184185"]) is None
    True
    >>> receipt_number(["N° du récépissé : 9302608142 N° étranger: 9302418657"])
    '9302608142'
    """
    for line in lines:
        # each "N° ..." of the line on its own ("N° du récépissé : ... N° étranger : ...")
        for part in re.split(r"(?=\bN\s*[°º]\s)", fold_upper(line)):
            m = _RECEIPT_NUMBER.search(part)
            if m and not _OTHER_NUMBER.search(part) and any(c.isdigit() for c in m[1]):
                return m[1]
    return None


def extract(doc: Document, ctx: ExtractContext) -> tuple[IdentityFields, list[Finding]]:
    fields, findings = extract_identity(doc, ctx, "residence permit")
    folded = fold_text(doc.text)
    if fields.mrz is None and re.search(r"RECEPISSE", folded):
        # a récépissé carries no MRZ; its number and validity are printed
        lines = lines_of(doc)
        until = validity_pair(doc.pages)[1] or date_after(
            lines, r"VALABLE JUSQU'?AU|VALIDE JUSQU'?AU|JUSQU'?AU|DATE D'?EXPIRATION"
        )
        # and its holder's names and birth are printed by their labels ("Nom", "Né(e) le")
        fields = dataclasses.replace(
            fields,
            expiry_date=until,
            document_code="RECEPISSE",
            issuing_country=fields.issuing_country or "FRA",  # a préfecture's
            document_number=fields.document_number or receipt_number(lines),
            surname=fields.surname or _labelled(doc, "surname"),
            given_names=fields.given_names or _labelled(doc, "given_names"),
            date_of_birth=date_after(lines, r"\bNEE?\s*(?:\(E\))?\s+LE\b|DATE DE NAISSANCE")
            or fields.date_of_birth,
        )
        findings = [f for f in findings if f.code != "mrz.unreadable"]
    elif fields.expiry_date is None:
        until = date_after(lines_of(doc), r"DATE D'?EXPIRATION|VALABLE JUSQU'?AU|DATE OF EXPIRY")
        if until:
            fields = dataclasses.replace(fields, expiry_date=until)
    return fields, findings


def _labelled(doc: Document, field: str) -> str | None:
    """A récépissé's name by its label, upper case as the MRZ of a card would give it."""
    reads = labelled_values(doc.pages, field, clean=clean_name, places=("right",))
    return fold_upper(reads[0].value) if reads else None


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
        # a permit's face whose title is not read (a copy cut short): its own fields, the
        # permit's category ("Catégorie / Remarks: ÉTUDIANT", set_as p03)
        Signal.of(r"\bCATEGORIE\s*/\s*REMARKS\b|\bTYPE DE TITRE\b|\bPERMIT TYPE\b", 3.0),
        Signal.of(
            r"\bETUDIANTE?\b|\bSALARIEE?\b|VIE PRIVEE ET FAMILIALE|PASSEPORT TALENT"
            r"|TRAVAILLEUR TEMPORAIRE|CONJOINT DE FRANCAIS",
            1.0,
        ),
    ),
    extract=extract,
    multipage=False,
    mrz_codes=("IR", "AR", "CR", "RP", "RT"),
    mrz_weight=8.0,
    pairs_across_files=True,
)
