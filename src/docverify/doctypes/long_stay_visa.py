"""Visa stickers: the French long-stay visa (type D, VLS-TS) and others (type C)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, fold_text
from docverify.doctypes.travel_document import IdentityFields, extract_identity
from docverify.doctypes.visual_zone import validity_pair
from docverify.model import DocType, Document, Finding, warning
from docverify.ocr import ocr_words
from docverify.values.dates import find_dates


@dataclass(frozen=True)
class VisaFields(IdentityFields):
    visa_type: str | None = None
    vls_ts: bool | None = None
    category: str | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


CATEGORIES = (
    "VIE PRIVEE ET FAMILIALE",
    "CONJOINT DE FRANCAIS",
    "PASSEPORT TALENT",
    "SALARIE",
    "TRAVAILLEUR TEMPORAIRE",
    "ETUDIANT",
    "VISITEUR",
    "STAGIAIRE",
    "JEUNE AU PAIR",
    "VACANCES-TRAVAIL",
    "RETRAITE",
)


_DATE = r"(\d{1,2}\s?[\-/. ]\s?\d{1,2}\s?[\-/. ]\s?\d{2,4})"
_FROM = re.compile(r"\bDU\b\s*(?:/\s*FROM)?\s*[:.]?\s*" + _DATE)
_UNTIL = re.compile(r"\bAU\b\s*(?:/\s*UNTIL)?\s*[:.]?\s*" + _DATE)
_TYPE = re.compile(r"TYPE (?:DE|OF) VISA\s*[:/]?\s*(?:TYPE OF VISA\s*:?\s*)?\b([ACD])\b")
_VLS_TS = re.compile(
    r"\bVLS\s?[\-.]?\s?[T1I7][S5]\b|VALANT TITRE DE SEJOUR"
    # the remark's legal ground: CESEDA art. R.431-16 (before May 2021, R.311-3) lists the
    # long-stay visas that stand for a residence permit, its number the visa's category
    # (Légifrance, CESEDA art. R.431-16; décret n° 2018-1130)
    r"|CESEDA\s*[:.]?\s*(?:ART\w*\s*)?R\s?\.?\s?(?:431\s?-\s?16|311\s?-\s?3)\b"
    # the duty to validate it online on arrival (ANEF, "à valider en ligne"), which only a
    # visa standing for a residence permit carries (CESEDA art. R.431-16 to R.431-18;
    # service-public.fr, "Visa long séjour valant titre de séjour: validation en ligne")
    r"|\bVALIDATION EN LIGNE\b|\bA VALIDER EN LIGNE\b"
)
# the type's value printed first in the row of values under "TYPE DE VISA | NOMBRE
# D'ENTREES | DUREE DE SEJOUR" ("D   MULT   365 JOURS"), or before the next label when the
# labels share the row ("D NOMBRE D'ENTREES MULT")
_TYPE_IN_ROW = re.compile(
    r"(?:^|\s)([ACD])\1?\s+(?:NOMBRE\b|NUMBER OF\b|MULT\w*\b|[12]\s+\d{1,3}\s+JOURS)"
)
_STAY_DAYS = re.compile(
    r"(?:DUREE D[EU] SEJOUR|DURATION OF STAY)\W*(?:\n\W*)?(\d{1,3})\s*\W?\s*(?:JOURS|DAYS)\b"
)
SHORT_STAY_DAYS = 90
"""A short-stay (type C) visa allows at most 90 days in any 180 (Schengen Borders Code,
art. 6): a longer stay on the sticker is a long-stay visa."""


def _date(raw: str) -> dt.date | None:
    found = find_dates(re.sub(r"\s*[\-/. ]\s*", "-", raw.strip()))
    return found[0].value if found else None


def visa_type_of(folded: str, mrz_code: str | None) -> str | None:
    """``D`` (long stay), ``C`` (short stay) or ``A`` (airport transit).

    The printed "TYPE DE VISA / TYPE OF VISA" wins (its value beside or under the label,
    or first in the row of values); else the MRZ code (``VD``, ``VC``); a VLS-TS remark,
    "long séjour" or a duration of stay over 90 days means D, 90 days or less C.

    >>> visa_type_of("TYPE DE VISA / TYPE OF VISA: C", "VD"), visa_type_of("", "VC")
    ('C', 'C')
    >>> visa_type_of("TYPE DE VISA\\nEE CC NOMBRE D'ENTREES MULT", "V")
    'C'
    >>> visa_type_of("DUREE DE SEJOUR / DURATION OF STAY\\n365 . JOURS", None)
    'D'
    """
    m = _TYPE.search(folded)
    if m:
        return m[1]
    for line in folded.splitlines():
        if m := _TYPE_IN_ROW.search(line):
            return m[1]
    if mrz_code in ("VD", "VC", "VA"):
        return mrz_code[1]
    if _VLS_TS.search(folded) or "LONG SEJOUR" in folded:
        return "D"
    if m := _STAY_DAYS.search(folded):
        return "D" if int(m[1]) > SHORT_STAY_DAYS else "C"
    return None


def vls_ts_remark(folded: str) -> bool:
    """The sticker says it is a VLS-TS ("VLS-TS SALARIE", read "VLS- 1S", "VLS.TS"), or
    "valant titre de séjour", or cites the CESEDA article that makes it one.

    >>> vls_ts_remark("REMARQUES: VLS- 1S SALARIE"), vls_ts_remark("VLS TS"), vls_ts_remark("VLSTS")
    (True, True, True)
    >>> vls_ts_remark("REMARQUES: TOURISME")
    False

    The legal ground alone, the remark above it lost to OCR (set_u p07):

    >>> vls_ts_remark("MENEUR\\nCESEDA R 431-16 6"), vls_ts_remark("CESEDA R.311-3 6°")
    (True, True)

    Its duty of online validation, the "VLS-TS" before the category misread ("Weis
    TRAVAILLEUR TEMPORAIRE", set_x p03):

    >>> vls_ts_remark("CDD 12 MOIS / VALIDATION EN LIGNE OBLIGATOIRE")
    True

    The remark's first letters lost in the sticker's guilloche, its category after them
    ("VLS-TS SALARIE" read "LS SALARIE", set_aa p01); a category alone is no VLS-TS:

    >>> vls_ts_remark("REMARQUES\\nLS SALARIE"), vls_ts_remark("REMARQUES\\nSALARIE")
    (True, False)
    """
    return bool(_VLS_TS.search(folded) or _CLIPPED_VLS_TS.search(folded))


REMARKS_LINES = 4
"""How far under its "REMARQUES" label a sticker's remarks run, in label heights..."""
REMARKS_WIDTH = 40
"""...and how far right of the label's start, in label heights."""


def remarks_reread(doc: Document) -> str:
    """The remarks under a scanned sticker's "REMARQUES", read again alone (folded; empty
    when there is no such label): the page's read may drop the remark's line (set_ct p04:
    "VLS-TS ÉTUDIANT" between "REMARQUES" and "UNIV. GRENOBLE ALPES" lost, the visa taken
    for a plain type D)."""
    for page in doc.pages:
        if page.image is None or page.source != "ocr":
            continue
        for w in page.words:
            if not fold_text(w.text).strip(" :.").startswith("REMARQUE"):
                continue
            h = max(8, w.box[3] - w.box[1])
            x0, y0 = max(0, w.box[0] - h), w.box[1]
            crop = page.image[y0 : w.box[3] + REMARKS_LINES * h, x0 : x0 + REMARKS_WIDTH * h]
            if crop.size:
                return fold_text(" ".join(x.text for x in ocr_words(crop, "fra", psm=6)))
    return ""


_CLIPPED_VLS_TS = re.compile(
    r"(?:^|[\s:/])(?:[VU]?L[S5]|V[L1I][S5]?)\W{0,2}(?:[T1I7][S5])?\s+(?:"
    + "|".join(c.replace("-", r"\W?") for c in CATEGORIES)
    + r")\b",
    re.M,
)
"""A "VLS-TS" remark whose head OCR clipped ("LS", "VL-TS", "LS TS"), before a category."""


def category_of(folded: str) -> str | None:
    """The visa's purpose from the remarks ("VLS-TS SALARIE", "VIE PRIVEE ET FAMILIALE").

    >>> category_of("REMARQUES: VLS-TS CONJOINT DE FRANCAIS")
    'CONJOINT DE FRANCAIS'
    """
    flat = re.sub(r"\s+", " ", folded.replace("-", " "))
    for c in CATEGORIES:
        if c.replace("-", " ") in flat:
            return c
    return None


def extract(doc: Document, ctx: ExtractContext) -> tuple[VisaFields, list[Finding]]:
    base, found = extract_identity(doc, ctx, "visa")
    # a sticker's printed "until" is compared below, against the MRZ's verified expiry
    findings = [
        f
        for f in found
        if not (f.code == "mrz.visual_mismatch" and f.evidence.get("field") == "expiry_date")
    ]
    folded = fold_text(doc.text)
    # two dates side by side first: when the "du / au" labels share a line above them,
    # the label-after-value reading would take the start date for the end
    valid_from, valid_until = validity_pair(doc.pages)
    if valid_from is None and valid_until is None:
        if m := _FROM.search(folded):
            valid_from = _date(m[1])
        if m := _UNTIL.search(folded):
            valid_until = _date(m[1])
    mrz_until = base.expiry_date if base.mrz_checks and base.mrz_checks.get("expiry_date") else None
    if valid_until is None:
        valid_until = mrz_until
    elif mrz_until is not None and valid_until != mrz_until and base.mrz_valid:
        # the MRZ's expiry is check-digit verified; a misread printed date must not win
        findings.append(
            warning(
                "mrz.visual_mismatch",
                f"The visa's printed end of validity ({valid_until.isoformat()}) differs from "
                f"its MRZ ({mrz_until.isoformat()}): the document may be altered or misread.",
                field="valid_until",
                mrz=mrz_until.isoformat(),
                printed=valid_until.isoformat(),
            )
        )
        valid_until = mrz_until
    vls_ts = vls_ts_remark(folded)
    remarks = "" if vls_ts else remarks_reread(doc)  # read again only when it is needed
    fields = VisaFields(
        **{f.name: getattr(base, f.name) for f in dataclasses.fields(IdentityFields)},
        visa_type=visa_type_of(folded, base.document_code),
        vls_ts=vls_ts or vls_ts_remark(remarks),
        category=category_of(folded) or category_of(remarks),
        valid_from=valid_from,
        valid_until=valid_until,
    )
    return fields, findings


SPEC = DocTypeSpec(
    type=DocType.LONG_STAY_VISA,
    signals=(
        Signal.of(r"\bVISA\b", 3.0),
        Signal.of(
            r"TYPE (?:DE|OF) VISA|NOMBRE D'?ENTREES|NUMBER OF ENTRIES|DUREE DE SEJOUR|DURATION OF STAY",
            3.0,
        ),
        Signal.of(r"VALABLE POUR|VALID FOR", 1.0),
        Signal.of(r"\bVLS-?TS\b|VALANT TITRE DE SEJOUR", 3.0),
    ),
    extract=extract,
    multipage=False,
    mrz_codes=("V",),
    mrz_weight=8.0,
)
