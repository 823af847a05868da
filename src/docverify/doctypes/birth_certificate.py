"""Birth certificates, from France and abroad.

A certificate arrives in the issuing country's language and layout: a German
Geburtsurkunde with labels in a left column and values in a right one, a Colombian
registro civil whose names and date stand in a table under "Primer Apellido / Segundo
Apellido / Nombre(s)" and "Año / Mes / Día", a Brazilian certidão that writes the whole
name in one "NOME" field and the date in words, a US certificate whose box says "NAME",
an Ivorian or Senegalese extract that tells the birth in a sentence ("Le dix-sept janvier
mil neuf cent ... est né(e) TOURÉ Aïcha Mariam"), a Maghreb extract in French and Arabic,
a Chinese notarial certificate with its English page, a CIEC multilingual extract.

The child's names come from ``civil_names`` and the date of birth from ``civil_dates``,
read on *visual rows* (``civil_layout``), never from a parent's row nor a label. The
issuing country comes from what the document says of its issuer (the state it names,
its registry: ``data/certificates.toml``), never from its language; the language from
``docverify.languages``. A consular legalisation stamp (for countries outside the
Apostille Convention) is reported in ``legalised``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from docverify import countries, languages, ocr
from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    fold_text,
    internal,
    lines_of,
)
from docverify.doctypes.civil_dates import (
    DOB_LABELS,
    MONTH_FIRST,
    labelled_date,
    statement_date,
    statement_text,
    table_date,
)
from docverify.doctypes.civil_labels import FULL_NAME_LABELS, GRO_GIVEN, PARENT
from docverify.doctypes.civil_layout import (
    cells_below,
    doc_rows,
    fill_skipped_bands,
    fold_keep,
    page_height,
    value_below,
    visual_rows,
    word_rows,
)
from docverify.doctypes.civil_name_split import parent_tokens, without_patronymic
from docverify.doctypes.civil_names import read_names
from docverify.doctypes.civil_values import _plausible, _value, strip_accents
from docverify.model import DocType, Document, Finding, warning
from docverify.values import translit
from docverify.values.dates import find_dates
from docverify.values.names import name_tokens

__all__ = ["SPEC", "BirthCertificateFields", "extract", "read_names", "visual_rows"]


@dataclass(frozen=True)
class BirthCertificateFields:
    surname: str | None
    given_names: str | None
    date_of_birth: dt.date | None
    place_of_birth: str | None
    issuing_country: str | None  # ISO 3166 alpha-3, like the MRZ
    language: str | None  # ISO 639-1; "mul" for a multilingual extract (CIEC, EU form)
    has_apostille: bool = False
    multilingual: bool = False
    legalised: bool = False
    """The certificate carries a legalisation stamp ("légalisé", "vu pour légalisation",
    an embassy's or consulate's stamp): what countries outside the Apostille Convention
    give instead of an apostille."""
    legalised_by: str | None = None
    """The embassy or consulate named by the legalisation, when read."""
    full_name: str | None = internal()
    """The name as one string, when the certificate does not split surname and given names."""


PLACE_LABELS = (
    r"\bPLACE OF BIRTH\b(?: ?- ?CIT\w*)?", r"\bCITY(?:,? TOWN)? OF BIRTH\b",
    r"\bLIEU DE NAISSANCE\b", r"\bGEBURTSORT\b|\bORT DER GEBURT\b",
    r"\bLUGAR DE NACIMIENTO\b", r"\bNATURALIDADE\b", r"\bLOCAL DE NASCIMENTO\b",
    r"\bLUOGO DI NASCITA\b", r"\bLLOC DE NAIXEMENT\b", r"\bEST\s?NE(?:\(E\)|E)?\s*A\b",
    r"\bDOGUM YERI\b",
    r"\bМІСЦЕ НАРОДЖЕННЯ\b", r"\bМЕСТО РОЖДЕНИЯ\b", r"\bNOI SINH\b", r"\bLOCUL NASTERII\b",
    r"\bMIEJSCE URODZENIA\b",
    r"\bM[IJ]?[EJ]STO RO\w{0,2}ENJA\b",  # Serbo-Croatian "mjesto / mesto rođenja"
    r"\bVENDLINDJA\b",  # Albanian
)  # fmt: skip
PLACE_IN_STATEMENT = re.compile(
    r"\bEST\s?NE(?:\(E\)|E)?\s+[^,;]{2,60}?\s(?:A|AU|EN)\s+(?P<place>[A-Z][^,;()]{1,40})", re.I
)
"""The place in the act's sentence: "est né(e) TOURÉ Aïcha Mariam à Yamoussoukro, ..."."""
DATE_AND_PLACE = r"\bDATE AND PLACE OF BIRTH\b|\bWHEN AND WHERE BORN\b"
CIEC_STATE = r"\bETAT\s*/\s*STAAT\b|\bSTATO\s*/\s*ETAT\b"
MULTILINGUAL = (
    r"PLURILINGUE|MULTILINGUAL|MULTILINGUE|MEHRSPRACHIG|FORMULAIRE TYPE MULTILINGUE"
    r"|CONVENTION CIEC|CIEC N"
)
APOSTILLE = r"\bAPOSTILL?[EA]\b|CONVENTION DE LA HAYE|HAGUE CONVENTION"


@functools.cache
def _data() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("docverify.data").joinpath("certificates.toml").read_text("utf-8")
    )


# --------------------------------------------------------------------------- place


def _place(value: str | None) -> str | None:
    """The place, cut where the sentence or the row goes on.

    >>> _place("Ziguinchor (Sénégal), Ndeye Fatou SECK, de sexe féminin")
    'Ziguinchor (Sénégal)'
    >>> _place("HOSPITAL REGIONAL DEL CUSCO"), _place("DEPARTAMENTO"), _place("Hospital")
    ('HOSPITAL REGIONAL DEL CUSCO', None, None)
    >>> _place("Mitsamiouli (Ngazidja"), _place("(Hôpital régional")
    ('Mitsamiouli (Ngazidja)', 'Hôpital régional')
    """
    if not value:
        return None
    value = re.split(r"\s{2,}|\|", value)[0].strip(" :-–—]")  # "[Place of Birth] Seoul"
    # the sentence goes on after the place: "à Kinshasa un enfant de sexe masculin, nommé"
    value = re.split(r"\s(?:un|une)\s+enfant\b|\s+de\s+sexe\b|,\s*nomm", value, flags=re.I)[0]
    # the child's name after the place and its country: "Ziguinchor (Sénégal), Ndeye SECK"
    value = re.sub(r"^([^()]+\([^()]+\))\s*,.*", r"\1", value)
    value = value.rstrip(" ,;")
    if value.count("(") > value.count(")") and not value.startswith("("):
        value += ")"  # "Mitsamiouli (Ngazidja" cut at its bracket by the sentence's pattern
    elif value.count("(") != value.count(")"):  # "(Hôpital régional" cut by a column
        value = value.strip("()")
    if re.search(r"\d", value) or not re.search(r"[^\W\d_]{3}", value):
        return None  # "07 heure(s)", a date, a misread of Arabic script
    if not (INSTITUTION.match(value) or _plausible(value)):
        return None  # a label ("Departamento"), not a place
    return value


INSTITUTION = re.compile(
    r"(?:H[OÔ]PITAL|HOSPITAL|MATERNIT[ÉE]|MATERNITY|CLINIQUE|CL[ÍI]NICA|CLINIC|CENTRE DE SANT[ÉE]"
    r"|CENTRO DE SALUD)\s+\S",
    re.IGNORECASE,
)
"""A place of birth named by its institution ("Hospital Regional del Cusco"): a place,
though "hospital" alone is a label."""


def _place_of_birth(rows: list[str]) -> str | None:
    for i, row in enumerate(rows):
        m = re.search(DATE_AND_PLACE, fold_keep(row))
        if m:  # "Date and place of birth  16th April 1983" / "St James's Hospital, Leeds"
            rest = row[m.end() :]
            for d in find_dates(rest):
                rest = rest.replace(d.raw, "")
            found = _place(rest) or _place_after_date(rows[i + 1 : i + 3])
            if found:
                return found
    for label in PLACE_LABELS:
        found = _value(rows, label, skip_parents=True, accept=_place)
        if found:
            return found
    m = PLACE_IN_STATEMENT.search(strip_accents(statement_text(rows)))
    return _place(m["place"]) if m else None


def _place_after_date(rows: list[str]) -> str | None:
    """The place in the rows under a "Date and place of birth" label: the first row, or
    the second when the first is the date ("Twenty-third July 1988" / "St Mary's
    Hospital, Manchester", a GRO copy, set_cz p02).

    >>> _place_after_date(["Twenty-third July 1988", "St Mary's Hospital, Manchester"])
    "St Mary's Hospital, Manchester"
    >>> _place_after_date(["Leeds", "2. Name and surname"]), _place_after_date(["3rd May", "2."])
    ('Leeds', None)
    """
    if not rows:
        return None
    if re.search(r"\d", rows[0]):  # the date (or the hour): the place is on the next row
        return _place(rows[1]) if len(rows) > 1 else None
    return _place(rows[0])


def _place_under_label(doc: Document) -> str | None:
    """A place in a table: the value in its label's column ("HORA  NATURALIDADE ...")."""
    for page in doc.pages:
        for label in PLACE_LABELS:
            found = _place(value_below(page, label))
            if found:
                return found
    return None


# --------------------------------------------------------------------------- dates


def _date_under_label(doc: Document) -> dt.date | None:
    """The date in a form box, read again from the image: tesseract's page layout
    sometimes drops a box's value line (a US certificate's "2. DATE OF BIRTH" box). The
    zone below the label is read alone (one tesseract call on a small crop)."""
    for page in doc.pages:
        if page.image is None:
            continue
        height = page_height(page)
        for row in word_rows(page):
            text = fold_text(" ".join(w.text for w in row))
            m = re.search(r"DATE OF BIRTH|BIRTH ?DATE", text)
            if not m or PARENT.search(text):
                continue
            pos, label = 0, row[0]
            for w in row:
                if pos >= m.start():
                    label = w
                    break
                pos += len(w.text) + 1
            x0 = max(0, int(label.box[0] - height))
            y0 = int(label.box[3] + 0.2 * height)
            x1 = min(page.image.shape[1], int(label.box[0] + 22 * height))
            y1 = min(page.image.shape[0], int(label.box[3] + 3.5 * height))
            if x1 - x0 < 10 or y1 - y0 < 10:
                continue
            dates = find_dates(ocr.ocr_lines(page.image[y0:y1, x0:x1], "eng", psm=6))
            if dates:
                return dates[0].value
    return None


def _month_first(rows: list[str]) -> bool:
    """A US form's date box says "MM/DD/CCYY": its numeric dates are month first."""
    return any(MONTH_FIRST.search(fold_text(r)) for r in rows)


def date_of_birth(doc: Document, rows: list[str], lines: list[str]) -> dt.date | None:
    month_first = _month_first(rows)
    # a French act's prose names the parents' births too ("de Nicolas MARTIN, né le 3
    # février 1972"): its own sentence ("Le vingt-deux mai deux mille un ... est née")
    # comes before a "né le" read in the middle of a row
    found = (
        labelled_date(rows, month_first, in_prose=False)
        or labelled_date(lines, month_first, in_prose=False)
        or statement_date(rows)
        or labelled_date(rows, month_first)
        or labelled_date(lines, month_first)
    )
    return found or table_date(doc.pages) or _date_in_column(doc) or _date_under_label(doc)


WHEN_BORN_COLUMN = "|".join(
    (DATE_AND_PLACE, r"\bWHEN AND\b(?! REGISTERED)", *(x for x in DOB_LABELS if "^" not in x))
)
"""A table's date-of-birth heading, printed whole or over two rows ("When and" / "where
born"), in any language ("Fecha de nacimiento" between "Sexo" and "Hora")."""


def _date_in_column(doc: Document) -> dt.date | None:
    """The date in the column of a table's date-of-birth heading: a GRO-style register
    whose values sit rows below the headings (Guyana, set_at p02; the Bahamas, set_av p04),
    a RENIEC act's grid (Peru, set_ax p04)."""
    for page in doc.pages:
        for cell in cells_below(page, WHEN_BORN_COLUMN, rows=2):
            dates = find_dates(cell)
            if dates:
                return dates[0].value
    return None


def _register_name(doc: Document) -> str | None:
    """The child's whole name in a register's "Full name of child" column, its rows joined
    ("NAKOU" / "Joël Serge", Vanuatu, set_av p03)."""
    for page in doc.pages:
        for label in FULL_NAME_LABELS:
            cells = cells_below(page, label, rows=2)
            name = _plausible(" ".join(cells)) if cells else None
            if name:
                return name
    return None


SURNAME_UNDER = re.compile(r"[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]{2,})?")
"""A surname in capitals alone on the second row of a name's cell."""


def _gro_names(doc: Document) -> tuple[str | None, str | None]:
    """(surname, forenames) in a register entry's "Name, if any" column. Britain's GRO
    writes the forenames only (the surname is the parents'); the Commonwealth's copies of
    its entry may write the surname in capitals under them ("Rohan Anil" /
    "RAMNARINE-PERSAUD", Guyana, set_at p02)."""
    for page in doc.pages:
        cells = cells_below(page, GRO_GIVEN, rows=3)
        k, found = next(((k, v) for k, c in enumerate(cells) if (v := _plausible(c))), (0, None))
        if found is None:
            found = _plausible(value_below(page, GRO_GIVEN))
        if found:
            under = cells[k + 1] if k + 1 < len(cells) else ""
            surname = under if SURNAME_UNDER.fullmatch(under) and not found.isupper() else None
            return surname, found
    return None, None


# --------------------------------------------------------------------------- issuer


def _legalisation(folded: str) -> tuple[bool, str | None]:
    """Does the certificate carry a legalisation stamp, and whose?"""
    data = _data()
    exempt = [str(x) for x in data["legalisation_exempt"]]
    legalised = any(
        not any(word in folded[max(0, m.start() - 30) : m.start()] for word in exempt)
        for rx in data["legalisation"]
        for m in re.finditer(str(rx), folded)
    )
    found = (re.search(str(rx), folded) for rx in data["consular"])
    by = next((m[0].split("\n")[0].strip() for m in found if m), None)
    words = [str(w) for w in data["consular_words"]]
    return legalised or (by is not None and any(w in folded for w in words)), by


def carries_legalisation(doc: Document) -> bool:
    """Does a page (of any type: an unread certificate's stamp page) carry a consular
    legalisation stamp ("Vu pour légalisation de la signature de ...")?"""
    return _legalisation(fold_text("\n".join(doc_rows(doc))))[0]


def issuing_country(rows: list[str], folded: str) -> str | None:
    if re.search(CIEC_STATE, folded):
        country = countries.code_from_name(_value(rows, CIEC_STATE))
        if country:
            return country
    return countries.issuer_from_text(folded, rows)


def _surname_first(country: str | None) -> bool:
    return country in set(_data()["surname_first"])


def without_maternal_middle(
    given: str | None, country: str | None, parents: set[str]
) -> str | None:
    """Given names without the middle name a Philippine certificate writes after them,
    the mother's maiden surname (``maternal_middle`` in certificates.toml): the last word,
    when a parent's row holds it too.

    >>> without_maternal_middle("MARIA ANGELICA LIM", "PHL", {"JOSEFINA", "SANTOS", "LIM"})
    'MARIA ANGELICA'
    >>> without_maternal_middle("MARIA ANGELICA LIM", "USA", {"LIM"})
    'MARIA ANGELICA LIM'
    >>> without_maternal_middle("MARIA ANGELICA", "PHL", {"JOSEFINA", "SANTOS", "LIM"})
    'MARIA ANGELICA'
    """
    words = (given or "").split()
    if country not in set(_data()["maternal_middle"]) or len(words) < 2:
        return given
    last = name_tokens(words[-1])
    return " ".join(words[:-1]) if last and last[-1] in parents else given


# --------------------------------------------------------------------------- extract


def extract(doc: Document, ctx: ExtractContext) -> tuple[BirthCertificateFields, list[Finding]]:
    fields = _extract(doc)
    if (fields.surname is None and fields.full_name is None) or fields.date_of_birth is None:
        # a band of the page skipped by the layout analysis (the upper half of a phone
        # photo) is read again, and the certificate with it
        pages = tuple(fill_skipped_bands(p) for p in doc.pages)
        if pages != doc.pages:
            again = _extract(dataclasses.replace(doc, pages=pages))
            if sum(map(_known, dataclasses.astuple(again))) > sum(
                map(_known, dataclasses.astuple(fields))
            ):
                fields = again
    findings: list[Finding] = []
    if fields.date_of_birth is None:
        findings.append(
            warning("birth_certificate.no_date_of_birth", "The date of birth could not be read.")
        )
    return fields, findings


def _known(value: object) -> bool:
    return value not in (None, False, "")


def _extract(doc: Document) -> BirthCertificateFields:
    rows = doc_rows(doc)
    lines = lines_of(doc)
    text = "\n".join(rows)
    folded = fold_text(text)
    country = issuing_country(rows, folded)
    if re.search(GRO_GIVEN, folded):
        full = None
        surname, given = _gro_names(doc)
    else:
        first_name_order = _surname_first(country)
        surname, given, full = read_names(rows, doc.pages, surname_first=first_name_order)
        if surname is None and given is None and full is None:
            surname, given, full = read_names(lines, surname_first=first_name_order)
        if surname is None and given is None and full is None:
            full = _register_name(doc)
        given = without_maternal_middle(given, country, parent_tokens(rows))
    multilingual = bool(re.search(MULTILINGUAL, folded))
    legalised, legalised_by = _legalisation(folded)
    language = "mul" if multilingual else languages.detect(text)
    # names in Cyrillic, as the passport writes them in Latin letters
    if translit.has_cyrillic(given):
        given = without_patronymic(given)
    surname, given, full = (translit.latin(n, language) if n else n for n in (surname, given, full))
    place = _place_of_birth(rows) or _place_under_label(doc) or _place_of_birth(lines)
    return BirthCertificateFields(
        surname=surname,
        given_names=given,
        date_of_birth=date_of_birth(doc, rows, lines),
        place_of_birth=translit.latin(place, language) if place else None,
        issuing_country=country,
        language=language,
        has_apostille=bool(re.search(APOSTILLE, folded)),
        multilingual=multilingual,
        legalised=legalised,
        legalised_by=legalised_by,
        full_name=full,
    )


SPEC = DocTypeSpec(
    type=DocType.BIRTH_CERTIFICATE,
    signals=(
        Signal.of(
            r"CERTIFICATE OF (?:LIVE )?BIRTH|BIRTH CERTIFICATE|ENTRY OF BIRTH"
            # Pakistan's (NADRA, union councils) and Bangladesh's "Birth Registration
            # Certificate"; "Certificate of Birth Registration"
            r"|BIRTH REGISTRATION CERTIFICATE|CERTIFICATE OF BIRTH REGISTRATION"
            # Lebanon's and Syria's individual civil extract (إخراج قيد فردي), in French
            r"|EXTRAIT (?:D'?ETAT CIVIL INDIVIDUEL|INDIVIDUEL D'?ETAT CIVIL)"
            r"|CERTIFICATION OF BIRTH|RECORD OF BIRTH|BIRTH RECORD"
            r"|ACTES?\s+DE\s+NAISSANCE|EXTRAIT\s+DE\s+NAISSANCE|CERTIFICAT\s+DE\s+NAISSANCE"
            # a translation's rendering of Syria's "بيان قيد ولادة" (set_cx p02)
            r"|EXTRAIT\s+D'?\s?(?:INSCRIPTION|ENREGISTREMENT)\s+DE\s+NAISSANCE"
            # a translation's rendering of "Registro civil de nacimiento" (set_cr p02)
            r"|ACTE\s+DE\s+L'?\s?ETAT\s+CIVIL\s+DE\s+NAISSANCE"
            # the last letter of a title is often lost at the edge of a scan: "NACIMIENT!"
            # the Dominican Republic's full copy: "Acta inextensa de nacimiento" (JCE)
            r"|GEBURTSURKUNDE|GEBURTSEINTRAG|ACTA (?:INEXTENSA )?DE NACIMIENT"
            r"|REGISTRO CIVIL DE NACIMIENT"
            r"|PARTIDA DE NACIMIENT|CERTIFICADO DE NACIMIENT"
            r"|CERTIDAO DE (?:REGISTO DE )?NASCIMENT|ATTO DI NASCITA|ESTRATTO DI NASCITA"
            r"|CERTIFICACION LITERAL DE NACIMIENT|DOGUM KAYIT|NUFUS KAYIT"
            # a title printed on two lines: "СВІДОЦТВО / ПРО НАРОДЖЕННЯ"
            r"|СВІДОЦТВО\s+ПРО\s+НАРОДЖЕННЯ|СВИДЕТЕЛЬСТВО\s+О\s+РОЖДЕНИИ|GIAY KHAI SINH"
            # Viet Nam's extract of the birth register, "Trích lục khai sinh"
            r"|TRICH\s+LUC\s+KHAI\s+SINH"
            r"|CERTIFICAT DE NASTERE"  # Romania ("naștere")
            r"|(?:CERTIFICAT|PARTIDA|ACTA) DE NAIXEMENT"  # Catalan (Andorra, Catalonia)
            # Poland's "odpis skrócony aktu urodzenia", the Netherlands' and Belgium's
            # "geboorteakte", Czechia's and Slovakia's "rodný list", Hungary's "születési
            # anyakönyvi kivonat"
            r"|AKTU\s+URODZENIA|GEBOORTEAKTE|RODNY\s+LIST|SZULETESI\s+ANYAKONYVI"
            # Serbia's, Bosnia's and Montenegro's "izvod iz matične knjige rođenih" (Montenegro's
            # register since 2008: "matičnog registra rođenih"), Croatia's
            # "rodni list" ("Đ" folds to D, or is lost)
            r"|MATICN(?:E|OG)\s+(?:KNJIGE|REGISTRA)\s+RO\w?ENIH|\bRODNI\s+LIST\b"
            # Mongolia's "Төрсний гэрчилгээ" (Ө read О)
            r"|Т[ӨО]РСНИ[ИЙ]\s+ГЭРЧИЛГЭЭ"
            # Albania's "Certifikatë lindjeje" (e-Albania, civil registry)
            r"|CERTIFIKATE?\s+(?:E\s+)?LINDJE"
            # Indonesia's "Kutipan Akta Kelahiran" (Dinas Kependudukan dan Pencatatan Sipil),
            # Malaysia's "Sijil Kelahiran" (Jabatan Pendaftaran Negara)
            r"|AKTA\s+KELAHIRAN|SIJIL\s+KELAHIRAN"
            # Korea's 기본증명서 (상세), the record of birth its civil registry issues
            r"|BASIC\s+CERTIFICATE\s*\(DETAILED\)"
            # Arabic (as folded: hamza seats dropped): Egypt's and Algeria's "شهادة ميلاد",
            # "عقد الميلاد", Morocco's "رسم الولادة", Algeria's "عقد ازدياد", Tunisia's
            # "مضمون ولادة", Lebanon's and Syria's civil extract "إخراج قيد"
            r"|شهادة\s+(?:ال)?(?:ميلاد|ولادة)|عقد\s+(?:ال)?(?:ميلاد|ازدياد)"
            r"|رسم\s+(?:ال)?ولادة|مضمون\s+(?:ال)?ولادة|بيان\s+(?:ال)?ولادة|اخراج\s+قيد",
            6.0,
        ),
        Signal.of(
            r"PLACE OF BIRTH|LIEU DE NAISSANCE|GEBURTSORT|LUGAR DE NACIMIENTO|LOCAL DE NASCIMENTO"
            r"|LUOGO DI NASCITA|\bFATHER\b|\bMOTHER\b|\bPERE\b|\bMERE\b|\bVATER\b|\bMUTTER\b"
            r"|\bPADRE\b|\bMADRE\b|\bPROGENITORES\b|\bFILIACAO\b|\bGENITORI\b"
            r"|МІСЦЕ НАРОДЖЕННЯ|МЕСТО РОЖДЕНИЯ|\bБАТЬКО\b|\bМАТИ\b|\bОТЕЦ\b|\bМАТЬ\b"
            r"|LOCUL NASTERII|\bTATAL\b|MIEJSCE URODZENIA|GEBOORTEPLAATS|MISTO NAROZENI"
            # francophone Africa's extracts: "Fils / Fille de KOUASSI Yao ... et de ..."
            r"|\bFILS\s*(?:/\s*FILLE\s*)?DE\b|\bFILLE DE\b"
            r"|MESTO RO\w?ENJA|\bOTAC\b|\bMAJKA\b"  # Serbo-Croatian: place of birth, parents
            r"|\bVENDLINDJA\b|\bATESIA\b|\bAMESIA\b"  # Albanian
            r"|LLOC DE NAIXEMENT"  # Catalan
            # Arabic: date and place of birth, father's and mother's names (tesseract may
            # give a label's two words in either order)
            r"|(?:تاريخ|محل|مكان)\s+ال(?:ميلاد|ولادة)|ال(?:ميلاد|ولادة)\s+(?:تاريخ|محل|مكان)"
            r"|اسم\s+ال(?:اب|ام)\b",
            1.5,
        ),
        Signal.of(
            r"REGISTRAR|ETAT CIVIL|STANDESAMT|REGISTRO CIVIL|STATO CIVILE|REGISTO CIVIL"
            r"|REGISTRE DES ACTES|CIVIL REGISTRY|CIVIL REGISTRATION|STANU CYWILNEGO|PENCATATAN SIPIL"
            r"|BURGERLIJKE STAND|MATRIKA|GJENDJES CIVILE|REGISTRE CIVIL"
            r"|الاحوال\s+(?:المدنية|الشخصية)|(?:ال|لل)سجل\s+المدني|الحالة\s+المدنية",
            1.5,
        ),
        # Arabic: "the newborn's name" ("اسم المولود"), a birth record's own field (Sudan's
        # civil registry, its title misread: set_dd p01)
        Signal.of(r"اسم\s+المولود", 3.0),
        # the act's sentence: "est né(e) ...", "was born on ...", "Subject: Birth"
        Signal.of(
            r"\bEST\s?NE(?:\(E\)|E)?\b|\bWAS BORN\b|\bNACIO\b|\bNASCEU\b|SUBJECT\s*:\s*BIRTH"
            r"|\bDE NAISSANCE DE\b",
            2.0,
        ),
        Signal.of(r"NOTARIAL CERTIFICATE|\bNOTARY PUBLIC\b", 1.0),
        # a notary's certificate of a birth (China's "公证书"): its title, then a birth
        Signal.of(r"NOTARIAL CERTIFICATE[\s\S]*\b(?:DATE OF BIRTH|BORN|BIRTH)\b", 2.0),
    ),
    extract=extract,
    multipage=True,
)
