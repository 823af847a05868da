"""The printed page against what the issuer signed: holder, address, dates, amount, IBAN,
SIRET, names, compared field by field the way a clerk would (names with
``PersonName.compare``: order, titles, accents; addresses with ``Address.same_place``).

An OCR slip in a name read by tesseract is not a disagreement (the signed value settles
it); a name that differs on a page read from its PDF text layer is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from docverify.model import DocType, Document
from docverify.seal.twoddoc import TwoDDoc
from docverify.values.address import Address
from docverify.values.names import NameMatch, PersonName, person_from_text

TITLES = {"M", "MR", "MME", "MLLE", "MONSIEUR", "MADAME", "MADEMOISELLE", "DR", "ME"}


@dataclass(frozen=True)
class SignedName:
    """A person as a 2D-Doc writes them: ``MME/SPECIMEN/NATACHA`` (title / surname / given
    names), separate fields, or free text (``M EXEMPLE HENRY ET MME SPECIMEN NATACHA``)."""

    surname: str | None
    given: str | None
    title: str | None = None
    text: str | None = None

    @property
    def display(self) -> str:
        if self.text:
            return self.text
        return " ".join(p for p in (self.title, self.given, self.surname) if p)

    def person(self) -> PersonName | None:
        if self.surname:
            return PersonName.parse(self.surname, self.given)
        return None

    def compare(self, printed: str) -> NameMatch:
        person = self.person()
        if person is not None:
            return person.compare(printed).match
        # free text on both sides: each person named on the page must be in the signed text
        return person_from_text(printed).compare(self.text).match


def signed_name(code: TwoDDoc) -> SignedName | None:
    """The holder (beneficiary, account holder, employee, declarant, foreigner)."""
    line = code.value("holder_line")
    if line and "/" in line:
        parts = [p.strip() for p in line.split("/")]
        if len(parts) >= 3:
            return SignedName(parts[1] or None, " ".join(parts[2:]) or None, parts[0] or None)
        if len(parts) == 2:
            return SignedName(parts[0] or None, parts[1] or None)
    surname = code.value("holder_surname") or code.value("surname")
    given = code.value("holder_given") or code.value("given_names")
    if surname:
        title = code.value("holder_title")
        return SignedName(surname, given.replace("/", " ") if given else None, title)
    if line:
        return SignedName(None, None, text=line)
    return None


def signed_address(code: TwoDDoc) -> str | None:
    """One line: street (line 4), postcode and city of the service point or the home."""
    full = code.value("address_full")
    if full:
        return full.replace("/", " ")
    street = code.value("address_street")
    postcode = code.value("postcode")
    city = code.value("city")
    if not (street or postcode):
        return None
    return " ".join(p for p in (street, postcode, city) if p)


@dataclass(frozen=True)
class Mismatch:
    field: str
    """The document's field (``holder_name``, ``address``...)."""
    what: str
    """What a helper calls it: "name", "address", "issue date"..."""
    printed: str
    signed: str


@dataclass(frozen=True)
class CrossCheck:
    matches: tuple[str, ...] = ()
    """What agreed ("name", "address"...)."""
    mismatches: tuple[Mismatch, ...] = ()
    slips: tuple[Mismatch, ...] = ()
    """Names the OCR misread slightly (not disagreements)."""


def _get(doc: Document, name: str) -> Any:
    return getattr(doc.fields, name, None) if doc.fields is not None else None


def _ocr_read(doc: Document) -> bool:
    return any(p.source == "ocr" for p in doc.pages)


def _compact(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def _amount(text: str | None) -> float | None:
    if text is None or not re.fullmatch(r"-?\d+(?:,\d+)?", text):
        return None
    return float(text.replace(",", "."))


# The page's fields compared for each document type: (doc field, role or header value).
NAME_FIELDS = {
    DocType.UTILITY_BILL: "holder_name",
    DocType.RIB: "holder_name",
    DocType.PAYSLIP: "employee_name",
    DocType.EMPLOYMENT_CONTRACT: "employee_name",
    DocType.HOSTING_ATTESTATION: "host_name",
}
ADDRESS_TYPES = {DocType.UTILITY_BILL, DocType.HOSTING_ATTESTATION, DocType.LEASE}
IDENTITY_TYPES = {
    DocType.PASSPORT,
    DocType.NATIONAL_ID,
    DocType.RESIDENCE_PERMIT,
    DocType.LONG_STAY_VISA,
}


def cross_check(doc: Document, code: TwoDDoc) -> CrossCheck:
    matches: list[str] = []
    mismatches: list[Mismatch] = []
    slips: list[Mismatch] = []

    def judge(ok: bool | None, field: str, what: str, printed: object, signed: object) -> None:
        if ok is None:
            return
        if ok:
            matches.append(what)
        else:
            mismatches.append(Mismatch(field, what, _show(printed), _show(signed)))

    name = signed_name(code)
    field = NAME_FIELDS.get(doc.type)
    printed_names: list[tuple[str, str]] = []
    if field and _get(doc, field):
        printed_names = [(field, str(_get(doc, field)))]
    elif doc.type == DocType.LEASE and _get(doc, "tenant_names"):
        printed_names = [("tenant_names", " ".join(_get(doc, "tenant_names")))]
    elif doc.type in IDENTITY_TYPES and _get(doc, "surname"):
        given = _get(doc, "given_names") or ""
        printed_names = [("surname", f"{given} {_get(doc, 'surname')}".strip())]
    if name is not None:
        for fname, printed in printed_names:
            match = name.compare(printed)
            if match in (NameMatch.MATCH, NameMatch.SURNAME_ONLY):
                matches.append("name")
            elif match == NameMatch.SLIP and _ocr_read(doc):
                slips.append(Mismatch(fname, "name", printed, name.display))
                matches.append("name")
            elif match != NameMatch.UNKNOWN:
                mismatches.append(Mismatch(fname, "name", printed, name.display))

    address = signed_address(code)
    printed_address = _get(doc, "address")
    if doc.type in ADDRESS_TYPES and address and printed_address:
        judge(Address.parse(printed_address).same_place(Address.parse(address)), "address",
              "address", printed_address, address)  # fmt: skip

    issued = code.header.issued_on
    if doc.type == DocType.UTILITY_BILL and issued and _get(doc, "issue_date"):
        judge(
            _get(doc, "issue_date") == issued, "issue_date", "date", _get(doc, "issue_date"), issued
        )

    amount = _amount(code.value("amount"))
    if doc.type == DocType.UTILITY_BILL and amount is not None and _get(doc, "amount") is not None:
        judge(abs(float(_get(doc, "amount")) - amount) < 0.005, "amount", "amount",
              _get(doc, "amount"), amount)  # fmt: skip

    for field, role, what in (
        ("iban", "iban", "IBAN"),
        ("siret", "siret", "SIRET"),
        ("document_number", "document_number", "document number"),
    ):
        signed, printed = code.value(role), _get(doc, field)
        if signed and printed:
            judge(_compact(str(printed)) == _compact(signed), field, what, printed, signed)

    bic, printed_bic = code.value("bic"), _get(doc, "bic")
    if bic and printed_bic:
        a, b = _compact(str(printed_bic)), _compact(bic)
        judge(
            a[:8] == b[:8] and (len(a) == 8 or len(b) == 8 or a == b),
            "bic",
            "BIC",
            printed_bic,
            bic,
        )

    born = _typed(code, "date_of_birth")
    if doc.type in IDENTITY_TYPES and isinstance(born, dt.date) and _get(doc, "date_of_birth"):
        judge(_get(doc, "date_of_birth") == born, "date_of_birth", "date of birth",
              _get(doc, "date_of_birth"), born)  # fmt: skip

    until = _typed(code, "valid_until")
    printed_until = _get(doc, "valid_until") or _get(doc, "expiry_date")
    if doc.type in IDENTITY_TYPES and isinstance(until, dt.date) and printed_until:
        judge(printed_until == until, "expiry_date", "end of validity", printed_until, until)

    start = _typed(code, "contract_start")
    if doc.type == DocType.EMPLOYMENT_CONTRACT and isinstance(start, dt.date):
        printed_start = _get(doc, "start_date")
        if printed_start:
            judge(printed_start == start, "start_date", "start date", printed_start, start)

    period = _typed(code, "period_start")
    if doc.type == DocType.PAYSLIP and isinstance(period, dt.date) and _get(doc, "period"):
        judge(_get(doc, "period") == f"{period.year:04d}-{period.month:02d}", "period",
              "pay period", _get(doc, "period"), f"{period.year:04d}-{period.month:02d}")  # fmt: skip
    return CrossCheck(tuple(dict.fromkeys(matches)), tuple(mismatches), tuple(slips))


def _typed(code: TwoDDoc, role: str) -> Any:
    for f in code.by_role(role):
        if f.value.strip():
            return f.typed
    return None


def _show(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)
