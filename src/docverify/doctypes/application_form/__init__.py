"""The application form: cerfa n° 15763*02 (ameli S1106), "Demande d'ouverture des droits
à l'assurance maladie", older editions "n° 736". Two pages: A identity ("Vous"), B
situation, C date and signature, then the list of documents to send.

Three ways the form reaches us, read in this order of trust:

1. a PDF whose AcroForm fields were filled on screen: the values are read from the fields
   (``acroform``), no OCR, known by their names or by the label printed next to them;
2. a PDF printed from a form filled on screen: its text layer;
3. a scan or photo of a form filled by hand or typed: OCR words, with handwritten zones
   read again alone (names, the date of section C, the comb boxes of the date of birth).

What OCR cannot tell is measured in the pixels: which box of section B is ticked
(``situation``) and whether the signature box holds handwriting (``signature``). A form
filled on screen may still be signed by hand after printing, so the signature is always
measured on the image, unless a signature field is filled.

The form's page 2 lists the documents to send ("titre de séjour", "RIB"...): it is typed
as the form, not as any of them (``classify``), and joined to page 1 even from another
file or in reverse order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from docverify.doctypes.application_form.acroform import read_form_fields, statuses
from docverify.doctypes.application_form.birth_date import read_birth_date
from docverify.doctypes.application_form.contact import nir_value, read_address, read_nir
from docverify.doctypes.application_form.date_settle import (
    after_in_every_read,
    read_twice,
    settle_date,
)
from docverify.doctypes.application_form.date_text import (
    hand_months,
    parse_written_date,
    plausible,
    plausible_year,
    repair_digits,
    signed_date,
    slashed,
)
from docverify.doctypes.application_form.date_zone import zone_dates
from docverify.doctypes.application_form.identity import HAND_READS, read_name
from docverify.doctypes.application_form.knowledge import EMPLOYED, NOT_EMPLOYED, OTHER
from docverify.doctypes.application_form.section_a import GIVEN_LABELS, SURNAME_LABELS, USAGE_LABELS
from docverify.doctypes.application_form.signature import SignatureRead, read_signature
from docverify.doctypes.application_form.situation import (
    chosen,
    contract_type,
    find_boxes,
    statuses_of,
    ticked_boxes,
)
from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    internal,
    lines_of,
    value_after,
)
from docverify.labels import norm_tokens
from docverify.model import DocType, Document, Finding
from docverify.values.dates import find_dates, month_first

__all__ = [
    "EMPLOYED",
    "NOT_EMPLOYED",
    "OTHER",
    "SPEC",
    "ApplicationFormFields",
    "parse_written_date",
    "read_form_fields",
    "signed_date",
]


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
    caf_number: str | None = None
    nir_valid: bool | None = None
    date_text: str | None = None  # the date as written, e.g. "09/25/2026"
    date_us_style: bool = False
    situation_ticks: dict[str, bool | None] | None = None
    """Employed / not employed / other as measured: True ticked, False empty, None not found."""
    situation: str | None = None
    """The one box of section B ticked (``salarie``, ``etudiant``...; data/application_form.toml)."""
    situation_boxes: dict[str, bool] | None = None
    """Every box of section B found, ticked or not."""
    source: str = "ocr"  # "form_fields" when read from the PDF's AcroForm
    signature_page: str | None = None
    """Where the signature zone was measured, e.g. ``formulaire.pdf p.2``."""
    signature_ink: float | None = internal()
    signature_faint: bool = internal(False)
    """Pale strokes like a signature's where ink was too little for one (``SignatureRead``)."""
    signature_mark_mm: float | None = internal()
    """The box's only ink a stray mark this wide (``SignatureRead.mark_mm``): unsigned."""
    signature_typed: bool = internal(False)
    """The fillable PDF's signature field holds a typed name, not a signature."""
    signature_struck: bool = internal(False)
    """The box's writing is crossed out (``SignatureRead.struck``): no signature to rely on."""
    date_confirmed: bool = internal(False)
    """The date was read the same way twice (the page and its zone read alone), or typed in
    a form field: a verdict may rest on it whatever the OCR's confidence."""
    date_contested: str | None = internal()
    """Another reading of the date's boxes, month first ("10/31/2026" where the boxes read
    10/11/2026): the date is doubtful."""
    hand_filled: bool = internal(False)
    """Section A was read as handwriting (its names read again zone by zone): what it says
    (the address) is read with doubt."""
    name_reads: tuple[str, ...] = internal(())
    """Every reading of the handwritten names ("given surname"): the packet rules compare
    the applicant with the closest one, as a clerk reads a hand with the passport at hand."""


def _date(value: str | None) -> dt.date | None:
    """A form field's date; a comb field gives its eight digits bare ("30041995").

    >>> _date("30041995"), _date("06/12/2026"), _date("1995")
    (datetime.date(1995, 4, 30), datetime.date(2026, 12, 6), None)
    """
    if not value:
        return None
    digits = re.sub(r"\s", "", value)
    if re.fullmatch(r"\d{8}", digits):  # JJMMAAAA
        value = f"{digits[:2]}/{digits[2:4]}/{digits[4:]}"
    dates = find_dates(repair_digits(value))
    return dates[0].value if dates else None


def _section_b(doc: Document, acro: dict[str, str | bool]) -> tuple[dict[str, bool], str]:
    """Section B's boxes: the fields' values when the PDF has them, else the ink."""
    boxes = {k.split(":", 1)[1]: bool(v) for k, v in acro.items() if k.startswith("situation:")}
    if boxes:
        return boxes, "form_fields"
    return ticked_boxes(find_boxes(doc.pages)), "ink"


def _section_c(
    doc: Document, acro: dict[str, str | bool], as_of: dt.date, names: Sequence[str]
) -> tuple[dt.date | None, str | None, bool, bool, str | None, SignatureRead]:
    """(date, as written, US-style, confirmed, contested, signature) of section C; a date
    is confirmed when typed in a form field or read the same way twice, contested by
    another reading of it, month first."""
    confirmed = True
    contested: str | None = None
    if isinstance(acro.get("signed_on"), str):
        typed = str(acro["signed_on"])
        signed_on, raw, us = parse_written_date(typed)
        if not (signed_on or us):  # "29 12 2026" in a field printed "JJ MM AAAA"
            signed_on, raw, us = parse_written_date(slashed(typed))
        raw = raw or typed
    else:
        first = signed_date(lines_of(doc))
        if first[0] is None and not first[2] and first[1]:
            # a month in words the hand's read misspelt ("le 8 octore 2026", form_bz
            # d014): the month it stands for, when that makes the date recent; a
            # correction, not a confirmed read
            worded = parse_written_date(hand_months(first[1]))
            if worded[0] is not None and plausible(worded[0], as_of):
                first, confirmed = (worded[0], first[1], False), False
        if first[0] is not None and not plausible(first[0], as_of) and first[1]:
            # a hand's year one digit off ("03/02/2021" read early in 2027): the year that
            # makes the date recent, if only one does; a correction, not a confirmed read
            fixed = parse_written_date(plausible_year(first[1], as_of))
            if fixed[0] is not None and plausible(fixed[0], as_of) and not fixed[2]:
                first, confirmed = (fixed[0], first[1], False), False  # as written, kept
        if first[0] is not None and plausible(first[0], as_of) and not first[2]:
            signed_on, raw, us = first
        else:  # no date, or one that needs a second look: the zone's handwriting read alone
            zone = zone_dates(doc.pages, as_of)
            signed_on, raw, us = settle_date(first, zone, as_of)
            raw = raw or first[1]
            confirmed = read_twice(first, zone, (signed_on, raw, us)) or after_in_every_read(
                first, zone, as_of
            )
            if signed_on is not None and not us:
                contested = next((z[1] for z in zone if z[2] and z[0] is None and z[1]), None)
    signature = read_signature(doc.pages, names)
    if acro.get("signature") is True:
        signature = SignatureRead(True, signature.ink, signature.where)
    elif acro.get("signature_typed"):  # its letters are no hand's ink
        signature = dataclasses.replace(signature, signed=False, typed=True)
    return signed_on, raw, us, confirmed, contested, signature


def _within(a: str, b: str) -> bool:
    """Is every word of name ``a`` read somewhere in ``b`` (a slip allowed, words glued)?

    >>> _within("Fatima Zahra", "ans odrede Fatima z2ahra"), _within("Paul-Henri", "PaulHenri")
    (True, True)
    >>> _within("DIALLO", "Fatoumata")
    False
    """
    words, other = norm_tokens(a), norm_tokens(b)
    glued = "".join(other)
    return bool(words) and all(
        w in glued or any(Levenshtein.distance(w, o) <= 1 for o in other) for w in words
    )


def extract(doc: Document, ctx: ExtractContext) -> tuple[ApplicationFormFields, list[Finding]]:
    acro: dict[str, str | bool] = {}
    for page in doc.pages:
        values = read_form_fields(page.form_widgets or page.form_fields, page)
        for key, value in values.items():
            if value is True or key not in acro:
                acro[key] = value
    source = (
        "form_fields"
        if any(isinstance(v, str) for v in acro.values()) or acro
        else ("text_layer" if all(p.source == "text_layer" for p in doc.pages) else "ocr")
    )

    def text(key: str) -> str | None:
        v = acro.get(key)
        return v.strip() if isinstance(v, str) and v.strip() else None

    lines = lines_of(doc)
    surname_reads: tuple[str, ...] = ()
    given_reads: tuple[str, ...] = ()
    zone_read: list[bool] = []  # a name read again zone by zone: handwriting
    surname = text("surname")
    if surname is None:
        r, surname_reads = read_name(doc.pages, SURNAME_LABELS, "surname")
        surname = r.value if r else None
        zone_read.append(r is not None and r.how in HAND_READS)
    given = text("given_names")
    if given is None:
        r, given_reads = read_name(doc.pages, GIVEN_LABELS, "given_names")
        given = r.value if r else None
        zone_read.append(r is not None and r.how in HAND_READS)
    usage = text("usage_name")
    if usage is None and not acro:
        r, _ = read_name(doc.pages, USAGE_LABELS, "surname")
        usage = r.value if r else None
        if usage and any(_within(usage, other) for other in (given, surname) if other):
            usage = None  # the next row's handwriting read in the usage name's zone
    dob = (
        _date(text("date_of_birth"))
        if text("date_of_birth")
        else read_birth_date(doc.pages, ctx.as_of)
    )
    nir, nir_valid = nir_value(text("nir")) if "nir" in acro else read_nir(doc.pages)

    boxes, _how = _section_b(doc, acro)
    ticks: dict[str, bool | None] = (
        statuses_of(boxes) if boxes else {EMPLOYED: None, NOT_EMPLOYED: None, OTHER: None}
    )
    picked = chosen(boxes)
    status = None
    if picked is not None:
        status = next(k for k, v in statuses({f"situation:{picked}": True}).items() if v)

    signed_on, raw_date, us, date_confirmed, date_contested, signature = _section_c(
        doc, acro, ctx.as_of, [n for n in (surname, given) if n]
    )
    if us and signed_on is None and raw_date:
        # written month first: the day meant is known (the rule says how to write it)
        signed_on = month_first(raw_date)

    address = read_address(doc.pages)
    if acro.get("address"):
        address = " ".join(str(acro[k]) for k in ("address", "postcode", "city") if acro.get(k))
    job = text("job_title") or value_after(lines, r"\bPROFESSION\b|EMPLOI OCCUPE", next_line=False)
    if job:
        job = re.split(r"TYPE DE CONTRAT|CONTRAT\s*:", job, flags=re.IGNORECASE)[0]
    m = re.search(r"ALLOCATAIRE[^0-9\n]{0,40}(\d[\d ]{4,9}\d)", "\n".join(lines).upper())
    fields = ApplicationFormFields(
        surname=clean_name(surname),
        given_names=clean_name(given),
        date_of_birth=dob,
        employment_status=status,
        signed=signature.signed,
        signed_on=signed_on,
        nir=nir,
        usage_name=clean_name(usage),
        address=address,
        job_title=clean_name(job),
        contract_type=text("contract_type") or contract_type(doc.pages),
        caf_number=text("caf_number") or (re.sub(r"\s", "", m[1]) if m else None),
        nir_valid=nir_valid,
        date_text=raw_date,
        date_us_style=us,
        situation_ticks=ticks,
        situation=picked,
        situation_boxes=boxes or None,
        source=source,
        signature_page=signature.where,
        signature_ink=signature.ink,
        signature_faint=signature.faint,
        signature_mark_mm=signature.mark_mm,
        signature_typed=signature.typed,
        signature_struck=signature.struck,
        date_confirmed=date_confirmed,
        date_contested=date_contested,
        hand_filled=any(zone_read),
        name_reads=tuple(
            f"{g} {s}".strip()
            for g in (given_reads or (given or "",))
            for s in (surname_reads or (surname or "",))
        )[:16],
    )
    return fields, []


SPEC = DocTypeSpec(
    type=DocType.APPLICATION_FORM,
    signals=(
        Signal.of(r"OUVERTURE DES DROITS", 5.0),
        Signal.of(r"ASSURANCE MALADIE", 2.0),
        Signal.of(r"\b15763\b|(?<![A-Z0-9])[S$] ?1106\b|\b736\b", 3.0),
        # the cerfa's number with its edition ("15763*02", read "15763°02"): this form, and
        # nothing else (a checklist page that names an "attestation d'hébergement" is its
        # page 2, where the headings may be lost on a photo)
        Signal.of(r"\b15763\W{1,3}0?2\b", 4.0),
        Signal.of(r"NOM DE NAISSANCE|NOM D'?USAGE", 1.5),
        Signal.of(r"SANS ACTIVITE|ACTIVITE SALARIEE|VOTRE SITUATION", 2.0),
        Signal.of(r"CERTIFIE SUR L'?HONNEUR|EXACTITUDE DES RENSEIGNEMENTS", 2.0),
        Signal.of(r"\bCERFA\b|\bAMELI\b|\bCPAM\b", 1.5),
        Signal.of(
            r"VOS ENGAGEMENTS|PIECES JUSTIFICATIVES|RESERVE A L'?ORGANISME|"
            r"PIECES VERIFIEES|MATRICULE AGENT",
            3.0,
        ),
        Signal.of(r"PROTECTION UNIVERSELLE MALADIE|\bPUMA\b", 2.0),
    ),
    extract=extract,
    multipage=True,
)
