"""Visa stickers: the French long-stay visa (type D, VLS-TS) and others (type C)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, fold_text
from docverify.doctypes.travel_document import IdentityFields, extract_identity
from docverify.model import DocType, Document, Finding, PageText, warning
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
_VLS_TS = re.compile(r"\bVLS\s?[\-.]?\s?[T1I7][S5]\b|VALANT TITRE DE SEJOUR")
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


def _a_validity(start: dt.date, end: dt.date) -> bool:
    """A month to five years apart: a sticker's validity, not a passport's ten years."""
    return 28 <= (end - start).days <= 1830


STACKED_LINES = 3
"""Lines that may part a sticker's "du" date from its "au" date printed under it."""


def validity_pair(pages: Sequence[PageText]) -> tuple[dt.date | None, dt.date | None]:
    """A sticker's "du / from" and "au / until" dates: the two dates printed side by side
    on one line ("01-09-2026 31-08-2027"), else one under the other (the labels "DU / FROM
    AU / UNTIL" on a line, each date on its own below), the second after the first by a
    month to five years (a passport's issue and expiry, ten years apart, are not taken).

    >>> from docverify.model import PageRef
    >>> p = PageText(PageRef("v.jpg", 1), None, 300, (), "ocr")
    >>> validity_pair([p])
    (None, None)
    """
    for page in pages:
        for line in page.lines:
            dates = [d.value for d in find_dates(re.sub(r"(\d)\s*-\s*(\d)", r"\1-\2", line))]
            if len(dates) == 2 and _a_validity(dates[0], dates[1]):
                return dates[0], dates[1]
    for page in pages:
        alone = [
            (i, found[0].value)
            for i, line in enumerate(page.lines)
            if len(found := find_dates(re.sub(r"(\d)\s*-\s*(\d)", r"\1-\2", line))) == 1
        ]
        for (i, start), (j, end) in itertools.pairwise(alone):
            if j - i <= STACKED_LINES and _a_validity(start, end):
                return start, end
    return None, None


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
    "valant titre de séjour".

    >>> vls_ts_remark("REMARQUES: VLS- 1S SALARIE"), vls_ts_remark("VLS TS"), vls_ts_remark("VLSTS")
    (True, True, True)
    >>> vls_ts_remark("REMARQUES: TOURISME")
    False
    """
    return bool(_VLS_TS.search(folded))


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
    fields = VisaFields(
        **{f.name: getattr(base, f.name) for f in dataclasses.fields(IdentityFields)},
        visa_type=visa_type_of(folded, base.document_code),
        vls_ts=vls_ts_remark(folded),
        category=category_of(folded),
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
