"""A bill's dates: when it was issued, the period it bills, the month it names, when the
contract began (on a supplier's attestation), and its invoice number and page numbering.

Bills write periods many ways ("du 01/08 au 31/08/2026", "du 1er au 31 juillet 2015",
"01/07/2026 - 31/08/2026", "Facture d'août 2026", "juillet-août 2026") and put the issue
date after a label, in a sentence ("Facture du 16/10/2026") or under the heading
"Facture" in a corner; every reader here tolerates wrapped lines and stray punctuation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from docverify.doctypes.base import fold_text
from docverify.values.dates import MONTHS, find_dates


def fold(text: str) -> str:
    """Folded upper case with typographic apostrophes and degree signs made plain.

    >>> fold("Nom de l’abonné  N°")
    "NOM DE L'ABONNE NO"
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"[°º]", "O", text)
    return fold_text(text)


def after(line: str, folded: str, m: re.Match[str]) -> str:
    """The text of ``line`` after the label ``m`` found in its folded form (the original
    text when folding kept its length, as it does for Latin letters)."""
    return line[m.end() :] if len(line) == len(folded) else folded[m.end() :]


_MONTH_WORD = "|".join(sorted((m.upper() for m in MONTHS), key=len, reverse=True))
_NUM_DATE = r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})"
_WORD_DATE = rf"\d{{1,2}}(?:ER)?\s+(?:{_MONTH_WORD})\.?\s+\d{{4}}"
_FULL_DATE = rf"(?:{_NUM_DATE}|{_WORD_DATE})"
_START = rf"(?:{_FULL_DATE}|\d{{1,2}}\s?[/.\-]\s?\d{{1,2}}|\d{{1,2}}(?:ER)?\s+(?:{_MONTH_WORD})\.?|\d{{1,2}}(?:ER)?)"
PERIOD = re.compile(
    rf"\b(?:DU|FROM)\s+({_START})\s+(?:AU|A|JUSQU'?AU|TO|UNTIL)\s+({_FULL_DATE})"
    rf"|({_FULL_DATE})\s*(?:-|–|—|>|A|AU|TO)\s*({_FULL_DATE})"
)
PERIOD_CONTEXT = re.compile(
    r"PERIODE|CONSOMMATION|FACTUR|ABONNEMENT|RELEVE|FORFAIT|CONTRAT|PERIOD|BILLING"
)
MONTH_ONLY = re.compile(rf"(?<![\d/.])(?<!\d )\b({_MONTH_WORD})\.?\s+(\d{{4}})\b")
MONTH_RANGE = re.compile(
    rf"(?<![\d/.])(?<!\d )\b({_MONTH_WORD})\.?(?:\s+(\d{{4}}))?\s*(?:-|–|—|/|A|AU|ET|TO)\s*"
    rf"({_MONTH_WORD})\.?\s+(\d{{4}})\b"
)
MONTH_CONTEXT = re.compile(
    r"FACTURE|PERIODE|MOIS|CONSOMMATION|RELEVE|ECHEANCE|FORFAIT|ABONNEMENT|PERIOD|INVOICE|BILL"
)

ISSUE_LABELS = (
    r"DATE (?:DE (?:LA )?)?FACTUR(?:E|ATION)\b",
    r"DATE D'?(?:EMISSION|EDITION|ETABLISSEMENT)",
    r"FACTURE (?:EMISE|ETABLIE|EDITEE) LE",
    r"\b(?:EMISE?|EDITEE?|ETABLIE?) LE",
    r"(?:INVOICE|BILL) DATE|DATE OF (?:ISSUE|INVOICE)|ISSUED ON",
    r"FACTURE\b[^\n]{0,45}?\bDU\b",
    r"\bFAIT LE\b",
    r"^\s*DATE\s*:?",
    r"\bDATE\s*:",
)
NOT_ISSUE = re.compile(
    r"LIMITE|ECHEANCE|PRELEVE|PAIEMENT|NAISSANCE|PROCHAINE|RELEVE|MISE EN SERVICE|SOUSCRIPTION"
    r"|EFFET|DEBUT|DUE"
)
INVOICE_NO = re.compile(
    r"(?:\bN[O]?\s?(?:DE\s+)?FACTURE|\bFACTURE\s+N[O]?(?![A-Z])\.?|\bREFERENCE\s+(?:DE\s+(?:LA\s+)?)?FACTURE|"
    r"NUMERO\s+DE\s+FACTURE|INVOICE\s+(?:NO|NUMBER|N))\s*[:.]?\s*"
    r"([A-Z0-9](?:[A-Z0-9\-/]|[ \t](?=\d))*[A-Z0-9])"  # spaces in the number; a line ends it
)
CONTRACT_START = re.compile(
    r"\b(?:DEPUIS LE|DEPUIS LE DEBUT|A COMPTER DU|DATE D'EFFET|DATE DE DEBUT(?: DE| DU)?(?: CONTRAT)?|"
    r"DATE DE SOUSCRIPTION|SOUSCRIT LE|MISE EN SERVICE|DEBUT DU CONTRAT|SINCE|START DATE)\b"
)
PAGE_NO = re.compile(r"\bPAGE\s+(\d{1,2})\s*(?:/|SUR|OF)\s*(\d{1,2})\b")


def _date_in(text: str) -> dt.date | None:
    dates = find_dates(text)
    if not dates:
        return None
    tail = fold(text[dates[0].end :]).lstrip()
    if re.match(r"(?:AU|A|JUSQU|TO)\b", tail):  # a period's start, not an issue date
        return None
    return dates[0].value


def read_issue_date(lines: Sequence[str]) -> dt.date | None:
    """The date the bill was issued, after one of its labels (on the line or the next).

    >>> read_issue_date(["Facture n° 562044387 du 02 Juillet 2015"])
    datetime.date(2015, 7, 2)
    >>> read_issue_date(["Date limite de paiement : 20/09/2026"]) is None
    True
    """
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
            rest = after(line, folded, m)
            d = _date_in(rest)
            if d is None and not rest.strip(" :.-") and i + 1 < len(lines):
                d = _date_in(lines[i + 1])
            if d:
                return d
    return None


def lone_dated(segments: Sequence[tuple[str, int, float]]) -> dt.date | None:
    """A date standing alone after "du" or "le" near the top of the first page, in the
    corner where bills print their date ("du 18/09/2026" beside the heading "Facture");
    ``segments`` are (text, page index, top as a share of the page height).

    >>> lone_dated([("du 18/09/2026", 0, 0.05)])
    datetime.date(2026, 9, 18)
    >>> lone_dated([("du 01/09/2026 au 30/09/2026", 0, 0.05)]) is None
    True
    """
    for text, page, top in segments:
        if page != 0 or top > 0.25:
            continue
        folded = fold(text).strip(" .,")
        if re.fullmatch(rf"(?:DU|LE|EMISE? LE)\s+{_FULL_DATE}", folded):
            found = find_dates(folded)
            if found:
                return found[0].value
    return None


def _start_date(raw: str, end: dt.date) -> dt.date | None:
    full = find_dates(raw)
    if full:
        return full[0].value
    folded = fold(raw).strip()
    day, month = None, None
    if m := re.fullmatch(r"(\d{1,2})\s?[/.\-]\s?(\d{1,2})", folded):
        day, month = int(m[1]), int(m[2])
    elif m := re.fullmatch(rf"(\d{{1,2}})(?:ER)?\s+({_MONTH_WORD})\.?", folded):
        day, month = int(m[1]), MONTHS[m[2].lower()]
    elif m := re.fullmatch(r"(\d{1,2})(?:ER)?", folded):
        day, month = int(m[1]), end.month
    if day is None or month is None:
        return None
    for year in (end.year, end.year - 1):
        try:
            start = dt.date(year, month, day)
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
    >>> read_period("BILLING PERIOD: FROM 1 SEPTEMBER 2026 TO 30 SEPTEMBER 2026")
    (datetime.date(2026, 9, 1), datetime.date(2026, 9, 30))
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


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def _cell(line: str) -> bool:
    """Does the line start with a month and year, as a table cell does (not a sentence)?"""
    return bool(re.match(rf"\s*(?:{_MONTH_WORD})\.?\s+\d{{4}}\b", line))


def _heading_above(lines: Sequence[str], i: int) -> bool:
    """Is line ``i`` under a heading that says what a month is, with at most two other
    headings (words, no figures) between them: a text layer gives a table's heading cells
    one line each ("Période de facturation" / "Total à payer" / "octobre 2026")?"""
    for k in range(i - 1, max(-1, i - 4), -1):
        if MONTH_CONTEXT.search(lines[k]):
            return True
        if re.search(r"\d", lines[k]) or len(lines[k]) > 40:
            return False
    return False


def read_month_period(folded: str) -> tuple[dt.date | None, dt.date | None]:
    """A bill for named months: "Facture d'août 2026", "Période : sept. 2026",
    "Consommation juillet-août 2026".

    >>> read_month_period("VOTRE FACTURE LIVEBOX - SEPT. 2026")
    (datetime.date(2026, 9, 1), datetime.date(2026, 9, 30))
    >>> read_month_period("PERIODE DE CONSOMMATION : JUILLET - AOUT 2026")
    (datetime.date(2026, 7, 1), datetime.date(2026, 8, 31))
    >>> read_month_period("FACTURE DE DECEMBRE 2026 A JANVIER 2027")
    (datetime.date(2026, 12, 1), datetime.date(2027, 1, 31))
    >>> read_month_period("PERIODE DE FACTURATION MONTANT A REGLER\\nAOUT 2026 77,46 EUR")
    (datetime.date(2026, 8, 1), datetime.date(2026, 8, 31))
    >>> read_month_period("PERIODE DE FACTURATION\\nTOTAL A PAYER\\nOCTOBRE 2026\\n36,01 EUR")
    (datetime.date(2026, 10, 1), datetime.date(2026, 10, 31))
    >>> read_month_period("PERIODE DE FACTURATION\\nPAYE EN AOUT 2026 PAR CARTE")
    (None, None)
    """
    lines = folded.split("\n")
    for i, line in enumerate(lines):
        # a month is named on a line that says what it is, or is a table's cell under its
        # heading: "Période de facturation | Montant" over "août 2026 | 77,46 €"
        under_heading = _cell(line) and _heading_above(lines, i)
        if not MONTH_CONTEXT.search(line) and not under_heading:
            continue
        if m := MONTH_RANGE.search(line):
            m1, m2, y2 = MONTHS[m[1].lower()], MONTHS[m[3].lower()], int(m[4])
            y1 = int(m[2]) if m[2] else (y2 if m1 <= m2 else y2 - 1)
            start, end = _month_bounds(y1, m1)[0], _month_bounds(y2, m2)[1]
            if start < end and (end - start).days <= 370:
                return start, end
        if m := MONTH_ONLY.search(line):
            return _month_bounds(int(m[2]), MONTHS[m[1].lower()])
    return None, None


def read_invoice_number(folded: str) -> str | None:
    """The invoice number, spaces removed.

    >>> read_invoice_number(fold("Facture n° 10 245 873 196"))
    '10245873196'
    >>> read_invoice_number(fold("N° de facture : 2272952604\\n14 RUE PAUL BERT"))
    '2272952604'
    >>> read_invoice_number(fold("N° de facture\\n75010 Paris\\n3343900633")) is None
    True
    """
    for m in INVOICE_NO.finditer(folded):
        value = re.sub(r"\s", "", m[1])
        if re.fullmatch(r"\d{5}", value) and re.match(r"[ \t]+[A-Z]", folded[m.end() :]):
            continue  # the next line's postcode and town, the number set further down
        if sum(c.isdigit() for c in value) >= 4:
            return value
    return None


def read_contract_start(lines: Sequence[str]) -> dt.date | None:
    """When the contract began, on an attestation: "titulaire, depuis le 01/04/2026, d'un
    contrat", "Date d'effet : 01/04/2026" (or that date under its column heading).

    >>> read_contract_start(["ENGIE atteste que M. X est titulaire, depuis le 01/04/2026,"])
    datetime.date(2026, 4, 1)
    """
    for i, line in enumerate(lines):
        folded = fold(line)
        m = CONTRACT_START.search(folded)
        if not m:
            continue
        rest = after(line, folded, m)
        for text in (rest, lines[i + 1] if i + 1 < len(lines) else ""):
            dates = find_dates(text)
            if dates:
                return dates[0].value
    return None


def page_number(folded: str) -> tuple[int, int] | None:
    """The page's "page n/m" (n, m), if printed.

    >>> page_number("EDF\\nPAGE 2/2"), page_number("TOTAL")
    ((2, 2), None)
    """
    m = PAGE_NO.search(folded)
    if not m:
        return None
    n, total = int(m[1]), int(m[2])
    return (n, total) if 1 <= n <= total else None
