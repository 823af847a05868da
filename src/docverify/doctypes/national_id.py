"""National identity cards (EU/EEA/Swiss applicants, or a French host's CNI)."""

from __future__ import annotations

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal
from docverify.doctypes.travel_document import IdentityFields, extract_identity
from docverify.model import DocType, Document, Finding


def extract(doc: Document, ctx: ExtractContext) -> tuple[IdentityFields, list[Finding]]:
    return extract_identity(doc, ctx, "identity card")


SPEC = DocTypeSpec(
    type=DocType.NATIONAL_ID,
    signals=(
        Signal.of(
            r"CARTE NATIONALE D'?IDENTITE|IDENTITY CARD|PERSONALAUSWEIS|DOCUMENTO NACIONAL DE IDENTIDAD|CARTA D'?IDENTITA",
            5.0,
        ),
        Signal.of(r"\bIDENTITE\b|\bIDENTITY\b", 1.0),
    ),
    extract=extract,
    multipage=False,
    mrz_codes=("ID", "I<", "C<", "A<", "IO", "IT"),
    pairs_across_files=True,
)
