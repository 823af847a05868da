"""The application form: Cerfa n° 15763 (ameli S1106), "Demande d'ouverture des droits
à l'assurance maladie", older versions "n° 736". Two pages: A identity, B activity,
C date and signature.

Three ways the form reaches us, read in this order of trust:

1. a PDF whose AcroForm fields were filled on screen: the values are read from the
   fields (``PageText.form_fields``), no OCR, matched to their meaning by field *name*
   patterns (the ``FIELD_PATTERNS`` table) so other editions of the PDF work too;
2. a PDF printed from a form filled on screen: its text layer;
3. a scan or photo of a form filled by hand or typed: OCR words.

What OCR cannot tell is measured in the pixels (``docverify.vision.ink``): which box of
section B is ticked (ink inside each checkbox frame) and whether the signature zone
holds handwriting. A digitally filled PDF may still be signed by hand after printing,
so the signature is always measured on the image, unless a signature field is filled.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    fold_text,
    internal,
    lines_of,
    value_after,
)
from docverify.model import DocType, Document, Finding, PageText, Word
from docverify.values.dates import NUMERIC_DATE, find_dates, looks_american
from docverify.values.errors import InvalidFormat
from docverify.values.ids import Nir
from docverify.values.names import fold_upper
from docverify.vision.ink import find_checkbox, signature_ink, signature_present

EMPLOYED, NOT_EMPLOYED, OTHER = "employed", "not_employed", "other"


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
    """Each section-B box as measured: True ticked, False empty, None not found."""
    source: str = "ocr"  # "form_fields" when read from the PDF's AcroForm
    signature_page: str | None = None
    """Where the signature zone was measured, e.g. ``formulaire.pdf p.2``."""
    signature_ink: float | None = internal()


# --------------------------------------------------------------------------- AcroForm

FIELD_PATTERNS: tuple[tuple[str, str], ...] = (
    # meaning, regex over the folded field name (first match wins, order matters)
    ("employer", r"EMPLOYEUR|EMPLOYER"),
    ("birth_place", r"LIEU.{0,5}(?:DE )?NAISS|NAISS.{0,5}LIEU|BIRTH.?PLACE|PLACE.?OF.?BIRTH"),
    ("usage_name", r"USAGE|MARITAL|EPOUSE"),
    ("surname", r"NOM.{0,5}NAISS|NAISS.{0,5}NOM|NOM.{0,5}FAMILLE|^NOM$|SURNAME|LAST.?NAME"),
    ("given_names", r"PRENOM|GIVEN|FIRST.?NAME"),
    ("date_of_birth", r"DATE.{0,5}NAISS|NAISS.{0,5}DATE|BIRTH.?DATE|DATE.?OF.?BIRTH|^DDN$"),
    ("nir", r"SECU|\bNIR\b|^NIR|IMMATRICULATION|SOCIAL"),
    ("caf_number", r"CAF|ALLOCATAIRE"),
    ("postcode", r"CODE.{0,5}POSTAL|^CP$|POSTCODE|ZIP"),
    ("city", r"COMMUNE|VILLE|CITY"),
    ("address", r"ADRESSE|ADDRESS|^RUE"),
    ("job_title", r"PROFESSION|EMPLOI|METIER|JOB"),
    ("contract_type", r"CONTRAT|CONTRACT"),
    ("place", r"FAIT.{0,5}A$|LIEU.{0,5}SIGN|^LIEU$|^PLACE$"),
    ("signed_on", r"FAIT.{0,5}LE|DATE.{0,5}SIGN|SIGN.{0,5}DATE|^DATE$|^LE$"),
    ("signature", r"SIGNATURE"),
    (EMPLOYED, r"SALARI|EMPLOYE|ACTIVITE.{0,5}SAL"),
    (NOT_EMPLOYED, r"SANS.{0,5}ACTIVITE|INACTI|NOT.?EMPLOYED"),
    (OTHER, r"AUTRE|OTHER"),
    ("situation", r"SITUATION|ACTIVITE"),
)
"""Field names seen in editions of the fillable S1106 PDF and in our renderings, mapped
to what they hold. A radio group ``situation`` carries the chosen box as its value."""

_OFF = {"", "/OFF", "OFF", "/NO", "NO", "/NON", "NON", "FALSE", "0"}


def _field_meaning(name: str) -> str | None:
    folded = re.sub(r"[_\-.]+", " ", fold_upper(name)).strip()
    for meaning, rx in FIELD_PATTERNS:
        if re.search(rx, folded):
            return meaning
    return None


def _choice_of(value: str) -> str | None:
    """The situation a radio value or a checkbox export value names."""
    folded = fold_upper(value).lstrip("/")
    for meaning in (EMPLOYED, NOT_EMPLOYED, OTHER):
        rx = dict(FIELD_PATTERNS)[meaning]
        if re.search(rx, re.sub(r"[_\-.]+", " ", folded)):
            return meaning
    return None


def _ticked(value: str) -> bool:
    return fold_upper(value).strip() not in _OFF


def read_form_fields(fields: Mapping[str, str]) -> dict[str, str | bool]:
    """AcroForm values by meaning: text values stripped, checkboxes as booleans.

    >>> read_form_fields({"nom_naissance": "CARTER ", "situation_salarie": "/Yes",
    ...                   "situation_sans_activite": "/Off", "fait_le": "10/11/2026"})
    {'surname': 'CARTER', 'employed': True, 'not_employed': False, 'signed_on': '10/11/2026'}
    >>> read_form_fields({"Situation": "/SansActivite"})
    {'not_employed': True}
    """
    out: dict[str, str | bool] = {}
    for name, raw in fields.items():
        meaning = _field_meaning(name)
        if meaning is None:
            continue
        value = str(raw).strip()
        if meaning in (EMPLOYED, NOT_EMPLOYED, OTHER):
            out.setdefault(meaning, _ticked(value))
        elif meaning == "situation":
            choice = _choice_of(value) if _ticked(value) else None
            if choice:
                out[choice] = True
        elif meaning == "signature":
            out.setdefault("signature", _ticked(value))
        elif value:
            out.setdefault(meaning, value)
    return out


# --------------------------------------------------------------------------- section B

CAPTIONS: tuple[tuple[str, str], ...] = (
    (EMPLOYED, r"VOUS EXERCEZ|EXERCEZ UNE ACTIVITE|ACTIVITE SALARIEE|SALARIEE?\b"),
    (NOT_EMPLOYED, r"VOUS ETES SANS|SANS ACTIVITE"),
    (OTHER, r"AUTRE SITUATION|AUTRES? CAS\b"),
)
"""How each section-B box's caption begins (folded). The box stands left of the caption."""


def _caption_words(page: PageText, rx: str) -> list[Word]:
    """First word of every place on the page where a caption matching ``rx`` begins."""
    folded = [fold_upper(w.text) for w in page.words]
    pattern = re.compile(rx)
    out: list[Word] = []
    skip_until = -1
    for i in range(len(page.words)):
        if i <= skip_until:  # "exercez une activité" inside "Vous exercez une activité"
            continue
        window = " ".join(
            folded[j]
            for j in range(i, min(len(folded), i + 4))
            if page.words[j].line == page.words[i].line
        )
        if pattern.match(window):
            out.append(page.words[i])
            skip_until = i + 3
    return out


def situation_ticks(pages: Sequence[PageText]) -> dict[str, bool | None]:
    """Each box of section B: ticked (True), empty (False) or not found (None).

    The box is found as a square frame just left of its caption, and judged by the ink
    inside the frame, never by what OCR made of it ("XX]", "[_]", "CJ"...).
    """
    ticks: dict[str, bool | None] = {}
    for status, rx in CAPTIONS:
        ticks[status] = None
        for page in pages:
            for word in _caption_words(page, rx):
                measure = find_checkbox(page, word)
                if measure is not None:
                    ticks[status] = measure.ticked
                    break
            if ticks[status] is not None:
                break
    return ticks


def chosen_situation(ticks: Mapping[str, bool | None]) -> str | None:
    chosen = [s for s, t in ticks.items() if t]
    return chosen[0] if len(chosen) == 1 else None


# --------------------------------------------------------------------------- section C

_DATE_LABEL = re.compile(
    r"\bFAIT\s*A\b|\bFAITA\b|\bFAIT\s*LE\b|^\s*DATE\s*:?(?!\s*D)|^\s*LE\s+(?=\d)"
)
_DIGITISH = re.compile(r"[\dOoIl|]{1,2}\s?[/.\-]\s?[\dOoIl|]{1,2}\s?[/.\-]\s?[\dOoIl|]{2,4}")


_SPLIT_YEAR = re.compile(r"([/.\-]\s?)((?:1\s?9|2\s?0)\s?\d\s?\d)(?!\d)")


def _repair_digits(text: str) -> str:
    """OCR's slips inside a numeric date: O->0, I/l/|->1, a year cut by a space
    ("03/12/2 026").

    >>> _repair_digits("le 03/l2/2 026"), _repair_digits("1O/11/2O26")
    ('le 03/12/2026', '10/11/2026')
    """
    text = _SPLIT_YEAR.sub(lambda m: m[1] + re.sub(r"\s", "", m[2]), text)
    return _DIGITISH.sub(lambda m: m[0].translate(str.maketrans("OoIl|", "00111")), text)


def parse_written_date(text: str) -> tuple[dt.date | None, str | None, bool]:
    """(date, as written, only makes sense as MM/DD/YYYY) for a date as written on the form.

    >>> parse_written_date("10/11/2026")
    (datetime.date(2026, 11, 10), '10/11/2026', False)
    >>> parse_written_date("09/25/2026")
    (None, '09/25/2026', True)
    >>> parse_written_date("le 1O/11/2O26")
    (datetime.date(2026, 11, 10), '10/11/2026', False)
    """
    text = _repair_digits(text)
    nm = NUMERIC_DATE.search(text)
    if nm and looks_american(nm[0]):
        return None, nm[0], True
    dates = find_dates(text)
    if dates:
        return dates[0].value, dates[0].raw, False
    return None, None, False


def signed_date(lines: Sequence[str]) -> tuple[dt.date | None, str | None, bool]:
    """The date of section C ("Fait à ... le ...", "Date :"), as ``parse_written_date``.

    When the label is there but no date can be read, the text found after it is returned
    as written (date None), so the rule can say "unreadable" rather than "missing".
    """
    written: str | None = None
    for i, line in enumerate(lines):
        m = _DATE_LABEL.search(fold_upper(line))
        if not m:
            continue
        for candidate in (line[m.end() :], lines[i + 1] if i + 1 < len(lines) else ""):
            value, raw, us = parse_written_date(candidate)
            if value or us:
                return value, raw, us
        rest = re.sub(r"^.*?\bL[EA]\b", "", line[m.end() :], flags=re.IGNORECASE).strip(" .:_-")
        if written is None and re.search(r"\d", rest):
            written = rest
    return None, written, False


def _signature(pages: Sequence[PageText]) -> tuple[bool | None, float | None, str | None]:
    """Measure the signature zone under the last "Signature" label of the form."""
    for page in reversed(pages):
        measure = signature_ink(page, r"^SIGNATURES?\b")
        if measure is not None:
            return signature_present(page, r"^SIGNATURES?\b"), measure.ratio, str(page.ref)
    return None, None, None


# --------------------------------------------------------------------------- extraction


def _nir(raw: str | None) -> tuple[str | None, bool | None]:
    if not raw:
        return None, None
    compact = re.sub(r"[\s.\-]", "", raw).upper()
    if not compact:
        return None, None
    try:
        return Nir.parse(compact).compact, True
    except (InvalidFormat, ValueError):  # stdnum's checksum and length errors too
        return compact, False


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    dates = find_dates(_repair_digits(value))
    return dates[0].value if dates else None


def _value(lines: Sequence[str], label: str) -> str | None:
    """The value after a label, or on the next line unless that line is another label
    (an empty field of a blank printed form is followed by the next field's label)."""
    value = value_after(lines, label, next_line=False)
    if value:
        return value
    value = value_after(lines, label)
    if value and (
        ":" in value or re.search(r"\bNOM\b|\bDATE\b|\bLIEU\b|\bADRESSE\b", fold_upper(value))
    ):
        return None
    return value


def _ocr_values(doc: Document) -> dict[str, object]:
    """Section A and B values read from the words (text layer or OCR)."""
    lines = lines_of(doc)
    text = fold_text("\n".join(lines))
    out: dict[str, object] = {}
    out["surname"] = clean_name(_value(lines, r"NOM DE NAISSANCE|NOM DE FAMILLE"))
    out["usage_name"] = clean_name(
        value_after(lines, r"NOM D'?\s?USAGE\s*(?:\(?FACULTATIF\)?)?\s*:?", next_line=False)
    )
    out["given_names"] = clean_name(_value(lines, r"PRENOM\(?S?\)?\s*:?"))
    for i, line in enumerate(lines):
        if re.search(r"DATE DE NAISSANCE", fold_upper(line)):
            dates = find_dates(_repair_digits(line)) or (
                find_dates(_repair_digits(lines[i + 1])) if i + 1 < len(lines) else []
            )
            out["date_of_birth"] = dates[0].value if dates else None
            break
    m = re.search(
        r"(?:SECURITE SOCIALE|N[O°] D'?IMMATRICULATION)[^0-9\n]{0,40}([12378]\s?(?:[\dAB]\s?){12,14})",
        text,
    )
    out["nir_raw"] = m[1] if m else None
    m = re.search(r"ALLOCATAIRE[^0-9\n]{0,40}(\d[\d ]{4,9}\d)", text)
    out["caf_number"] = re.sub(r"\s", "", m[1]) if m else None
    job = value_after(lines, r"PROFESSION|EMPLOI OCCUPE", next_line=False)
    if job:
        job = re.split(r"TYPE DE CONTRAT|CONTRAT\s*:", job, flags=re.IGNORECASE)[0]
    out["job_title"] = clean_name(job)
    cm = re.search(r"TYPE DE CONTRAT\s*:?\s*(CDI|CDD|INTERIM|APPRENTISSAGE|STAGE)\b", text)
    out["contract_type"] = cm[1] if cm else None
    street = value_after(lines, r"^\s*ADRESSE\b\s*:?", next_line=False)
    pm = re.search(r"CODE POSTAL\s*:?\s*(\d{5})\b", text)
    city = value_after(lines, r"\bCOMMUNE\s*:", next_line=False)
    parts = [x for x in (street, pm[1] if pm else None, city) if x]
    out["address"] = " ".join(p.strip(" ,") for p in parts) or None
    return out


def extract(doc: Document, ctx: ExtractContext) -> tuple[ApplicationFormFields, list[Finding]]:
    acro: dict[str, str | bool] = {}
    for page in doc.pages:
        for key, value in read_form_fields(page.form_fields).items():
            acro.setdefault(key, value)
    values = _ocr_values(doc)
    source = (
        "form_fields"
        if acro
        else ("text_layer" if all(p.source == "text_layer" for p in doc.pages) else "ocr")
    )

    def pick(key: str) -> str | None:
        v = acro.get(key)
        if isinstance(v, str) and v:
            return v
        w = values.get(key)
        return w if isinstance(w, str) else None

    # section B: the fields' boxes when the PDF has them, else the ink in each box
    if any(k in acro for k in (EMPLOYED, NOT_EMPLOYED, OTHER)):
        ticks: dict[str, bool | None] = {
            s: bool(acro.get(s, False)) for s in (EMPLOYED, NOT_EMPLOYED, OTHER)
        }
    else:
        ticks = situation_ticks(doc.pages)

    # section C: the date written, and the signature (a filled signature field, else ink)
    if isinstance(acro.get("signed_on"), str):
        signed_on, raw_date, us = parse_written_date(str(acro["signed_on"]))
        raw_date = raw_date or str(acro["signed_on"])
    else:
        signed_on, raw_date, us = signed_date(lines_of(doc))
    signed, ink, where = _signature(doc.pages)
    if acro.get("signature") is True:
        signed = True

    ocr_address = values.get("address")
    address = ocr_address if isinstance(ocr_address, str) else None
    if acro.get("address"):
        address = " ".join(str(acro[k]) for k in ("address", "postcode", "city") if acro.get(k))
    nir, nir_valid = _nir(pick("nir") if "nir" in acro else values.get("nir_raw"))  # type: ignore[arg-type]
    dob = (
        _date(str(acro["date_of_birth"]))
        if acro.get("date_of_birth")
        else values.get("date_of_birth")
    )
    fields = ApplicationFormFields(
        surname=clean_name(pick("surname")),
        given_names=clean_name(pick("given_names")),
        date_of_birth=dob if isinstance(dob, dt.date) else None,
        employment_status=chosen_situation(ticks),
        signed=signed,
        signed_on=signed_on,
        nir=nir,
        usage_name=clean_name(pick("usage_name")),
        address=address,
        job_title=clean_name(pick("job_title")),
        contract_type=pick("contract_type"),
        caf_number=pick("caf_number"),
        nir_valid=nir_valid,
        date_text=raw_date,
        date_us_style=us,
        situation_ticks=ticks,
        source=source,
        signature_page=where,
        signature_ink=ink,
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
