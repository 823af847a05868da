"""National identity cards (EU/EEA/Swiss applicants, or a French host's CNI)."""

from __future__ import annotations

import dataclasses

from docverify.countries import icao_code
from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal
from docverify.doctypes.travel_document import IdentityFields, extract_identity
from docverify.model import DocType, Document, Finding, info


def extract(doc: Document, ctx: ExtractContext) -> tuple[IdentityFields, list[Finding]]:
    fields, found = extract_identity(doc, ctx, "identity card")
    return own_nationals(fields, found)


def own_nationals(
    fields: IdentityFields, found: list[Finding]
) -> tuple[IdentityFields, list[Finding]]:
    """A national identity card is issued to the state's own nationals: a nationality its
    MRZ gives that names no state ("IIT", a stray "1" read before "ITA", which no check
    digit covers) is the issuing state's.

    >>> f = IdentityFields("DE LUCA", "GIULIA", "CA48213KD", "IIT", "ITA", None, "F", None, True)
    >>> fixed, notes = own_nationals(f, [])
    >>> fixed.nationality, [n.code for n in notes]
    ('ITA', ['mrz.nationality_from_issuer'])
    >>> own_nationals(dataclasses.replace(f, nationality="ITA"), [])[0].nationality
    'ITA'
    """
    if (
        not fields.nationality
        or icao_code(fields.nationality)
        or not icao_code(fields.issuing_country)
    ):
        return fields, found
    note = info(
        "mrz.nationality_from_issuer",
        f"The identity card's MRZ nationality reads {fields.nationality}, which names no "
        f"state: an identity card's holder is a national of the issuing state, "
        f"{fields.issuing_country}.",
        read=fields.nationality,
    )
    return dataclasses.replace(fields, nationality=fields.issuing_country), [*found, note]


SPEC = DocTypeSpec(
    type=DocType.NATIONAL_ID,
    signals=(
        Signal.of(
            r"CARTE NATIONALE D'?IDENTITE|IDENTITY CARD|PERSONALAUSWEIS|DOCUMENTO NACIONAL DE IDENTIDAD|CARTA D'?IDENTITA",
            5.0,
        ),
        # the same titles with the I of "identity" lost in small print ("CARTA OF DENTITA
        # / DENTITY CARD" read on an Italian card scanned at 150 dpi)
        Signal.of(r"\bDENTITY CARD|CARTA (?:D\W?|OF |DI )?DENTITA\b", 4.0),
        Signal.of(
            r"IDENTITEITSKAART|CARTAO DE CIDAD\w*|DOWOD OSOBISTY|CARTE DE IDENTITATE"
            r"|OSOBNA ISKAZNICA|OBCANSKY PRUKAZ|HENKILOKORTTI|IDENTITETSKORT",
            5.0,
        ),
        Signal.of(r"\bIDENTITE\b|\bIDENTITY\b", 1.0),
        Signal.of(r"CARTE D'?IDENTITE", 1.0),  # also in letters: "copie de ma carte d'identité"
        # a card's face without its name (a copy cut short, a title not read): its
        # bilingual labels, and a document number that is not a passport's
        Signal.of(r"SURNAME|GIVEN NAMES|NATIONALITY|PLACE OF BIRTH", 1.0),
        Signal.of(r"DATE D'?EXPIR|EXPIRY DATE|DATE OF EXPIRY|VALABLE JUSQU", 1.0),
        Signal.of(r"\bDOCUMENT N(?:O\b|°|UMBER)|N\W{0,2} DU DOCUMENT|\bCARD N(?:O\b|°|UMBER)", 1.5),
    ),
    extract=extract,
    multipage=False,
    # ICAO 9303 part 5: A, C or I, then a letter at the state's choice ("CI": Italy's CIE)
    mrz_codes=("ID", "I<", "C<", "A<", "IO", "IT", "CI"),
    pairs_across_files=True,
)
