"""Utility bills: electricity, gas, water, internet, landline, mobile.

Provider knowledge (names, patterns, services, brands) lives in ``data/providers.toml``;
this module only knows how French bills are written in general: labelled values
("Titulaire du contrat :", "Date de facture :"), the envelope window block (name, street,
postcode and city), periods ("du 01/08 au 31/08/2026", "du 1er au 31 juillet 2015",
"Facture d'août 2026") and dates in any of the forms of ``values.dates``.

A bill with a PDF text layer is read from that layer (text.py never OCRs it); scanned
bills come through tesseract, so every reader here tolerates wrapped lines, stray
punctuation and labels split from their values.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    fold_text,
    internal,
    lines_of,
    parse_amount,
)
from docverify.labels import refuse_value
from docverify.model import DocType, Document, Finding, PageText, warning
from docverify.values.address import POSTCODE, STREET
from docverify.values.dates import MONTHS, DateRange, find_dates, month_key

# --------------------------------------------------------------------------- provider data


@dataclass(frozen=True)
class Provider:
    name: str
    service: str
    patterns: tuple[re.Pattern[str], ...]
    services: tuple[str, ...] = ()
    brand_of: str | None = None

    def first_hit(self, folded: str) -> int | None:
        """Offset of the first mention of this provider in ``folded``, or None."""
        hits = [m.start() for rx in self.patterns if (m := rx.search(folded))]
        return min(hits) if hits else None


@functools.cache
def _data() -> dict[str, object]:
    text = resources.files("docverify.data").joinpath("providers.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def providers() -> tuple[Provider, ...]:
    raw = _data()["provider"]
    assert isinstance(raw, list)
    return tuple(
        Provider(
            p["name"],
            p["service"],
            tuple(re.compile(x) for x in p["patterns"]),
            tuple(p.get("services", ())),
            p.get("brand_of"),
        )
        for p in raw
    )


@functools.cache
def service_words() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    raw = _data()["services"]
    assert isinstance(raw, dict)
    return tuple((k, tuple(re.compile(x) for x in v)) for k, v in raw.items())


def find_provider(folded: str) -> Provider | None:
    """The provider named on the bill: a brand beats its parent company (Sosh bills carry
    "Orange SA" in the footer), then the earliest mention (the letterhead) wins.

    >>> find_provider("SOSH\\nVOTRE FACTURE\\nORANGE SA AU CAPITAL").name
    'Sosh'
    >>> find_provider("VEOLIA EAU\\nFACTURE D'EAU").name
    'Veolia'
    >>> find_provider("BONJOUR") is None
    True
    """
    found = [
        (pos, i, p) for i, p in enumerate(providers()) if (pos := p.first_hit(folded)) is not None
    ]
    parents = {p.brand_of for _, _, p in found if p.brand_of}
    found = [f for f in found if f[2].name not in parents]
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def service_of(provider: Provider | None, folded: str) -> str | None:
    """The service billed: the provider's default, refined by the bill's words among the
    services this provider sells (electricity + gas on one bill is ``energy``)."""
    allowed = set(provider.services) if provider else set()
    hits = {name for name, rxs in service_words() if any(rx.search(folded) for rx in rxs)}
    if provider is None:
        order = ("water", "electricity", "gas", "mobile", "internet", "landline")
        found = [s for s in order if s in hits]
        if {"electricity", "gas"} <= hits:
            return "energy"
        return found[0] if found else None
    if not allowed:
        return provider.service
    if {"electricity", "gas"} & allowed:
        elec, gas = "electricity" in hits, "gas" in hits
        if elec and gas and "energy" in allowed:
            return "energy"
        if elec:
            return "electricity"
        if gas:
            return "gas"
        return provider.service
    for s in ("mobile", "internet", "landline"):
        if s in allowed and s in hits:
            return s
    return provider.service


# --------------------------------------------------------------------------- fields


@dataclass(frozen=True)
class UtilityBillFields:
    provider: str | None
    service: str | None
    holder_name: str | None
    address: str | None
    issue_date: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    amount: float | None
    invoice_number: str | None = None
    months: tuple[str, ...] = internal(())
    """Calendar months the bill covers (``YYYY-MM``): its period, else its issue month."""
    image_hash: str | None = internal(None)
    """Perceptual hash of the first page, to spot the same bill scanned twice."""


def fold(text: str) -> str:
    """Folded upper case with typographic apostrophes and degree signs made plain.

    >>> fold("Nom de l’abonné  N°")
    "NOM DE L'ABONNE NO"
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"[°º]", "O", text)
    return fold_text(text)


_MONTH_WORD = "|".join(sorted((m.upper() for m in MONTHS), key=len, reverse=True))
_NUM_DATE = r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})"
_WORD_DATE = rf"\d{{1,2}}(?:ER)?\s+(?:{_MONTH_WORD})\.?\s+\d{{4}}"
_FULL_DATE = rf"(?:{_NUM_DATE}|{_WORD_DATE})"
_START = rf"(?:{_FULL_DATE}|\d{{1,2}}\s?[/.\-]\s?\d{{1,2}}|\d{{1,2}}(?:ER)?\s+(?:{_MONTH_WORD})\.?|\d{{1,2}}(?:ER)?)"
PERIOD = re.compile(
    rf"\bDU\s+({_START})\s+(?:AU|A|JUSQU'?AU)\s+({_FULL_DATE})"
    rf"|({_FULL_DATE})\s*(?:-|–|—|>|A|AU)\s*({_FULL_DATE})"
)
PERIOD_CONTEXT = re.compile(r"PERIODE|CONSOMMATION|FACTUR|ABONNEMENT|RELEVE|FORFAIT|CONTRAT")
MONTH_ONLY = re.compile(rf"(?<![\d/.])(?<!\d )\b({_MONTH_WORD})\.?\s+(\d{{4}})\b")
MONTH_CONTEXT = re.compile(r"FACTURE|PERIODE|MOIS|CONSOMMATION|RELEVE|ECHEANCE MENSUELLE")

ISSUE_LABELS = (
    r"DATE (?:DE (?:LA )?)?FACTUR(?:E|ATION)\b",
    r"DATE D'?(?:EMISSION|EDITION|ETABLISSEMENT)",
    r"FACTURE (?:EMISE|ETABLIE|EDITEE) LE",
    r"\b(?:EMISE?|EDITEE?|ETABLIE?) LE",
    r"FACTURE\b[^\n]{0,45}?\bDU\b",
    r"\bFAIT LE\b",
    r"^\s*DATE\s*:?",
    r"\bDATE\s*:",
)
NOT_ISSUE = re.compile(
    r"LIMITE|ECHEANCE|PRELEVE|PAIEMENT|NAISSANCE|PROCHAINE|RELEVE|MISE EN SERVICE|SOUSCRIPTION"
)
HOLDER_LABELS = (
    r"TITULAIRE DU CONTRAT",
    r"TITULAIRE DE LA LIGNE",
    r"TITULAIRE DE L'ABONNEMENT",
    r"TITULAIRE DU COMPTE",
    r"NOM DU TITULAIRE",
    r"NOM DE L'ABONNE",
    r"NOM DU CLIENT",
    r"SOUSCRIPTEUR\s*:",
    r"\bTITULAIRE\s*(?::|$)",
    r"\bABONNE\s*(?::|$)",
    r"\bCLIENT\s*(?::|$)",
)
ADDRESS_LABELS = (
    r"ADRESSE DE CONSOMMATION",
    r"LIEU DE CONSOMMATION",
    r"ADRESSE DU (?:POINT DE )?(?:LIVRAISON|COMPTAGE|BRANCHEMENT)",
    r"ADRESSE DE (?:L'|LA )?(?:INSTALLATION|DESSERTE|FOURNITURE|LIGNE|LIVRAISON)",
    r"ADRESSE D'INSTALLATION",
    r"LIEU DE (?:DESSERTE|FOURNITURE|LIVRAISON)",
    r"ADRESSE DU LOGEMENT",
    r"ADRESSE DU SITE",
    r"POINT DE LIVRAISON\s*:",
    r"^\s*ADRESSE\s*:",
)
AMOUNT_LABELS = (
    r"MONTANT (?:TOTAL )?TTC",
    r"TOTAL TTC",
    r"(?:TOTAL|SOMME|MONTANT|NET) A PAYER",
    r"MONTANT (?:TOTAL|DE LA FACTURE|PRELEVE|DU PRELEVEMENT)",
    r"TOTAL (?:DE LA )?FACTURE",
    r"\bTOTAL\b",
)
INVOICE_NO = re.compile(
    r"(?:\bN[O]?\s?(?:DE\s+)?FACTURE|\bFACTURE\s+N[O]?(?![A-Z])\.?|\bREFERENCE\s+(?:DE\s+(?:LA\s+)?)?FACTURE|"
    r"NUMERO\s+DE\s+FACTURE)\s*[:.]?\s*"
    r"([A-Z0-9](?:[A-Z0-9\-/]|\s(?=\d))*[A-Z0-9])"
)
TITLES = r"(?:M\.? ?(?:ET|OU|&) ?MME|MONSIEUR (?:ET|OU) MADAME|MONSIEUR|MADAME|MLLE|MME|MR|M\.?)"
TITLE_LINE = re.compile(rf"^\s*{TITLES}\s+[A-Z]")
LEADING_TITLE = re.compile(
    r"^\s*(?:MONSIEUR|MADAME|MADEMOISELLE|MLLE|MME|MR|M)\b\.?\s+(?!ET\b|OU\b|&)", re.I
)
NOT_A_NAME = re.compile(
    r"@|\d|\bADRESSE\b|\bNUMERO\b|\bREFERENCE\b|\bCONTRAT\b|\bFACTURE\b|\bCLIENT\b|\bOFFRE\b|"
    r"\bESPACE\b|\bSERVICE\b|\bCOMPTE\b|\bLIGNE\b|\bEMAIL\b|\bTELEPHONE\b|\bIDENTIFIANT\b|"
    r"\bMONTANT\b|\bDATE\b|\bTOTAL\b|\bPAGE\b|WWW|\.FR\b|\.COM\b"
)
PROVIDER_ADDRESS = re.compile(r"\bCEDEX\b|\bTSA\b|\bBP\s?\d|\bRCS\b|CAPITAL|SIEGE|\bCS\s?\d")


def _looks_like_name(value: str) -> bool:
    folded = fold(value).strip(" :.-")
    words = re.findall(r"[A-Z][A-Z'\-]*", folded)
    return (
        bool(words)
        and len(words) <= 7
        and not NOT_A_NAME.search(folded)
        and any(len(w) >= 2 for w in words)
        and not refuse_value(value)  # "Lieu de consommation", "Les prochaines étapes"
    )


def clean_holder(value: str) -> str:
    """A holder's name without the leading title of a single person ("Mme", "M.") nor the
    label leftovers; couples ("M. et Mme DUPONT") keep their titles, which say who is in.

    >>> clean_holder("Mme Emily CARTER")
    'Emily CARTER'
    >>> clean_holder("M. et Mme DUPONT")
    'M. et Mme DUPONT'
    >>> clean_holder(": MONSIEUR JEAN DUPONT   Réf. 12")
    'JEAN DUPONT'
    """
    value = re.split(r"\s{2,}|\||;|\bR[ée]f\b", value.strip(" :.-\t"))[0]
    value = re.sub(r"[^\w' \-.&]", " ", value)
    value = re.sub(r"\s+", " ", value).strip(" .-")
    value = LEADING_TITLE.sub("", value, count=1)
    return value.strip(" .-")


# --------------------------------------------------------------------------- readers


def _labelled(lines: Sequence[str], label: str, lookahead: int = 3) -> list[tuple[int, str]]:
    """For each line carrying ``label``: the text after it, else the next non-empty lines
    (up to ``lookahead``), each with its line index."""
    rx = re.compile(label)
    out: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        folded = fold(line)
        m = rx.search(folded)
        if not m:
            continue
        # the original text after the label: same length as the folded one in practice
        rest = line[m.end() :] if len(line) == len(folded) else folded[m.end() :]
        rest = rest.strip(" :.-–—\t|")
        if rest:
            out.append((i, rest))
        for j in range(i + 1, min(len(lines), i + 1 + lookahead)):
            if lines[j].strip(" :\t|"):
                out.append((j, lines[j].strip(" :\t|")))
    return out


def read_holder(lines: Sequence[str]) -> str | None:
    for label in HOLDER_LABELS:
        for _, value in _labelled(lines, label):
            if _looks_like_name(value):
                name = clean_holder(value)
                if name:
                    return name
    # the envelope window: a name line above a street line and a postcode line
    for i, line in enumerate(lines[:-1]):
        nxt = fold(lines[i + 1]).strip()
        below = " ".join(fold(x) for x in lines[i + 1 : i + 3])
        if (
            _looks_like_name(line)
            and (STREET.match(nxt) or re.match(r"^\d{1,4}\b", nxt))
            and POSTCODE.search(below)
            and not PROVIDER_ADDRESS.search(below)
        ):
            name = clean_holder(line)
            if name:
                return name
    for line in lines:
        if TITLE_LINE.match(fold(line)) and _looks_like_name(re.sub(r"\d.*$", "", line)):
            return clean_holder(line) or None
    return None


def _address_from(lines: Sequence[str], start: int, first: str | None) -> str | None:
    """An address starting at ``first`` (text after a label) or at line ``start``: from the
    street line down to the postcode line, skipping identifiers in between."""
    candidates = ([first] if first else []) + [x.strip() for x in lines[start : start + 5]]
    parts: list[str] = []
    for text in candidates:
        folded = fold(text)
        if PROVIDER_ADDRESS.search(folded):
            return None
        has_street = bool(
            STREET.search(folded) or re.match(r"^\d{1,4}\s*(?:BIS|TER|B|T)?\b,?\s+[A-Z]", folded)
        )
        has_postcode = bool(re.search(r"\b\d{5}\s+[A-Z]", folded))
        if not parts and not (has_street or has_postcode):
            continue  # a line number, a meter id...
        parts.append(text)
        if has_postcode:
            joined = re.sub(r"\s+", " ", " ".join(parts)).strip(" ,")
            return joined
        if len(parts) >= 3:
            return None
    return None


def read_address(lines: Sequence[str], holder: str | None) -> str | None:
    for label in ADDRESS_LABELS:
        rx = re.compile(label)
        for i, line in enumerate(lines):
            folded = fold(line)
            m = rx.search(folded)
            if not m:
                continue
            rest = line[m.end() :] if len(line) == len(folded) else folded[m.end() :]
            found = _address_from(lines, i + 1, rest.strip(" :-–\t|") or None)
            if found:
                return found
    if holder:  # the block under the holder's name, as in an envelope window
        key = fold(holder).split()[-1]
        for i, line in enumerate(lines):
            if key in fold(line):
                found = _address_from(lines, i + 1, None)
                if found:
                    return found
    return None


def _date_in(text: str) -> dt.date | None:
    dates = find_dates(text)
    if not dates:
        return None
    tail = fold(text[dates[0].end :]).lstrip()
    if re.match(r"(?:AU|A|JUSQU)\b", tail):  # a period's start, not an issue date
        return None
    return dates[0].value


def read_issue_date(lines: Sequence[str]) -> dt.date | None:
    for label in ISSUE_LABELS:
        rx = re.compile(label)
        for i, line in enumerate(lines):
            folded = fold(line)
            m = rx.search(folded)
            if not m:
                continue
            # "Date limite de paiement", "prélevé le": the words up to the date say which
            head = re.split(r"\d", folded[m.end() :], maxsplit=1)[0]
            if NOT_ISSUE.search(folded[max(0, m.start() - 20) : m.end()] + head):
                continue
            rest = line[m.end() :] if len(line) == len(folded) else folded[m.end() :]
            d = _date_in(rest)
            if d is None and not rest.strip(" :.-") and i + 1 < len(lines):
                d = _date_in(lines[i + 1])
            if d:
                return d
    return None


def _start_date(raw: str, end: dt.date) -> dt.date | None:
    full = find_dates(raw)
    if full:
        return full[0].value
    folded = fold(raw)
    m = re.fullmatch(r"(\d{1,2})\s?[/.\-]\s?(\d{1,2})", folded.strip())
    day, month = None, None
    if m:
        day, month = int(m[1]), int(m[2])
    else:
        m = re.fullmatch(rf"(\d{{1,2}})(?:ER)?\s+({_MONTH_WORD})\.?", folded.strip())
        if m:
            day, month = int(m[1]), MONTHS[m[2].lower()]
        else:
            m = re.fullmatch(r"(\d{1,2})(?:ER)?", folded.strip())
            if m:
                day, month = int(m[1]), end.month
    if day is None or month is None:
        return None
    for year, mon in ((end.year, month), (end.year - 1, month)):
        try:
            start = dt.date(year, mon, day)
        except ValueError:
            return None
        if start <= end:
            return start
    return None


def read_period(folded: str) -> tuple[dt.date | None, dt.date | None]:
    """The billing period: "du 01/08 au 31/08/2026", "du 1er au 31 juillet 2015",
    "01/07/2026 - 31/08/2026"; a period introduced by "période", "consommation",
    "abonnement"... is preferred over a stray one.

    >>> read_period("PERIODE DU 1ER AU 31 JUILLET 2015")
    (datetime.date(2015, 7, 1), datetime.date(2015, 7, 31))
    >>> read_period("CONSOMMATION DU 15/12 AU 14/02/2027")
    (datetime.date(2026, 12, 15), datetime.date(2027, 2, 14))
    """
    found: list[tuple[int, dt.date, dt.date]] = []
    for m in PERIOD.finditer(folded):
        raw_start, raw_end = (m[1], m[2]) if m[1] else (m[3], m[4])
        ends = find_dates(raw_end)
        if not ends:
            continue
        end = ends[0].value
        start = _start_date(raw_start, end)
        if start is None or start > end or (end - start).days > 370:
            continue
        context = folded[max(0, m.start() - 60) : m.start()]
        found.append((0 if PERIOD_CONTEXT.search(context) else 1, start, end))
    if not found:
        return None, None
    _, start, end = min(found, key=lambda f: f[0])
    return start, end


def read_month_period(folded: str) -> tuple[dt.date | None, dt.date | None]:
    """A bill for a named month: "Facture d'août 2026", "Période : sept. 2026".

    >>> read_month_period("VOTRE FACTURE LIVEBOX - SEPT. 2026")
    (datetime.date(2026, 9, 1), datetime.date(2026, 9, 30))
    """
    for line in folded.split("\n"):
        if not MONTH_CONTEXT.search(line):
            continue
        m = MONTH_ONLY.search(line)
        if m:
            y, mo = int(m[2]), MONTHS[m[1].lower()]
            start = dt.date(y, mo, 1)
            end = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
            return start, end
    return None, None


def read_amount(lines: Sequence[str]) -> float | None:
    for label in AMOUNT_LABELS:
        for _, value in _labelled(lines, label, lookahead=1):
            if re.search(r"\bHT\b|HORS TAXE", fold(value)):
                continue
            a = parse_amount(value)
            if a is not None:
                return a
    return None


def read_invoice_number(folded: str) -> str | None:
    """The invoice number, spaces removed ("Facture n° 10 245 873 196" -> 10245873196)."""
    for m in INVOICE_NO.finditer(folded):
        value = re.sub(r"\s", "", m[1])
        if sum(c.isdigit() for c in value) >= 4:
            return value
    return None


def image_hash(page: PageText) -> str | None:
    """A 64-bit difference hash of the page image: two scans of the same bill differ by a
    few bits, two different bills by many."""
    if page.image is None:
        return None
    import cv2

    small = cv2.resize(page.image, (9, 8), interpolation=cv2.INTER_AREA)
    bits = (small[:, 1:] > small[:, :-1]).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"


def extract(doc: Document, ctx: ExtractContext) -> tuple[UtilityBillFields, list[Finding]]:
    lines = lines_of(doc)
    folded = fold("\n".join(lines))
    provider = find_provider(folded)
    # the legal footer names the company ("TotalEnergies Electricité et Gaz France"), not
    # what this bill is for
    body = "\n".join(x for x in folded.split("\n") if not re.search(r"\bRCS\b|CAPITAL", x))
    service = service_of(provider, body)
    holder = read_holder(lines)
    start, end = read_period(folded)
    if start is None:
        start, end = read_month_period(folded)
    issue = read_issue_date(lines)
    findings: list[Finding] = []
    if provider is None:
        findings.append(
            warning("utility_bill.provider_unknown", "The bill's provider was not recognised.")
        )
    if holder is None:
        findings.append(
            warning("utility_bill.no_holder", "The name of the bill's holder could not be read.")
        )
    if issue is None and start is None:
        findings.append(
            warning(
                "utility_bill.no_date",
                "No issue date or billing period could be read on this bill.",
            )
        )
    months: tuple[str, ...] = ()
    if start and end:
        months = tuple(month_key(y, m) for y, m in DateRange(start, end).months())
    elif issue:
        months = (month_key(issue.year, issue.month),)
    fields = UtilityBillFields(
        provider=provider.name if provider else None,
        service=service,
        holder_name=holder,
        address=read_address(lines, holder),
        issue_date=issue,
        period_start=start,
        period_end=end,
        amount=read_amount(lines),
        invoice_number=read_invoice_number(folded),
        months=months,
        image_hash=image_hash(doc.pages[0]) if doc.pages and doc.pages[0].source == "ocr" else None,
    )
    return fields, findings


def _any_provider() -> re.Pattern[str]:
    """One pattern matching any provider of ``providers.toml`` (a classification signal)."""
    return re.compile("|".join(f"(?:{rx.pattern})" for p in providers() for rx in p.patterns))


def same_document(prev: PageText, page: PageText) -> bool:
    """A page continues the previous bill unless it carries another invoice or issue date."""
    na, nb = read_invoice_number(fold(prev.text)), read_invoice_number(fold(page.text))
    if na and nb:
        return na == nb
    da, db = read_issue_date(prev.lines), read_issue_date(page.lines)
    if da and db:
        return da == db
    return not (nb or db)


SPEC = DocTypeSpec(
    type=DocType.UTILITY_BILL,
    signals=(
        Signal.of(r"\bFACTURE\b", 2.0),
        Signal.of(r"CONSOMMATION", 1.5),
        Signal.of(r"ABONNEMENT", 1.0),
        Signal.of(r"\bKWH\b|COMPTEUR|INDEX RELEVE|\bPDL\b|POINT DE LIVRAISON", 2.0),
        Signal.of(r"TITULAIRE DU CONTRAT|REFERENCE CLIENT|N[O°] CLIENT|NUMERO CLIENT", 1.5),
        Signal.of(r"MONTANT (?:TOTAL )?TTC|TOTAL A PAYER|PRELEVEMENT", 1.0),
        Signal.of(r"FREEBOX|LIVEBOX|\bBBOX\b|FORFAIT|FIBRE|ADSL", 1.5),
        Signal(_any_provider(), 1.5),
        Signal.of(r"EAU POTABLE|ASSAINISSEMENT|\bM3\b", 1.5),
    ),
    extract=extract,
    multipage=True,
    same_document=same_document,
)
