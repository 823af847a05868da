"""What passports, identity cards, residence permits and visas share: an MRZ, and a
visual zone printed above it that must say the same thing.

Not a document type itself: the modules ``passport``, ``national_id``,
``residence_permit`` and ``long_stay_visa`` build on these helpers.

Findings (per document, codes ``mrz.*``):

- ``mrz.valid`` (info): every check digit verified; the per-check results are evidence.
- ``mrz.check_digit_failed`` (error): a check digit fails on a read that other reads of
  the same page reproduce character for character: what is printed is wrong (altered,
  or a faulty document), not a misread.
- ``mrz.check_digit_unconfirmed`` (warning): a check digit fails but the reads disagree:
  probably a misread, a better scan is needed before judging.
- ``mrz.unreadable`` (warning): no MRZ could be read at all.
- ``mrz.document_number_repaired`` (warning): the document number was only valid after
  an O/0-style repair. A single check digit confirms such a repair falsely about one time
  in ten, so the number is shown as questionable.
- ``mrz.ocr_repaired`` (info): other OCR slips repaired, each confirmed by a check digit.
- ``mrz.names_cleaned`` (info): misread fillers (K, X, S...) dropped from the names.
- ``mrz.visual_mismatch`` (warning): the printed surname, given names, date of birth or
  expiry date differs from the MRZ (tampered document or misread); both values shown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from docverify.countries import country_slip
from docverify.doctypes.base import ExtractContext, internal
from docverify.doctypes.document_number import NumberSettlement, number_findings, settle_number
from docverify.doctypes.mrz_names import (
    complete_truncated,
    marks_from_print,
    name_line_full,
    page_words,
    reconcile_name,
    resplit,
    trim_filler_letters,
)
from docverify.doctypes.printed_number import printed_tokens
from docverify.doctypes.visual_zone import (
    SURE_PRINT,
    comparable_names,
    printed_fields,
    visual_findings,
    visual_zone,
)
from docverify.model import Document, Finding, error, info, warning
from docverify.mrz_text import sniff_mrz_code
from docverify.values.mrz import Mrz
from docverify.vision.mrz import MrzRead, read_mrz
from docverify.vision.mrz_names import names_polluted


@dataclass(frozen=True)
class IdentityFields:
    surname: str | None
    given_names: str | None
    document_number: str | None
    nationality: str | None
    issuing_country: str | None
    date_of_birth: dt.date | None
    sex: str | None
    expiry_date: dt.date | None
    mrz_valid: bool | None
    mrz_checks: dict[str, bool] | None = None
    mrz_kind: str | None = None
    document_code: str | None = None
    mrz_confirmed: bool | None = None
    """Is the read clean: independent reads agreed character for character, and every
    failing check digit was read as a digit?"""
    number_readings: tuple[str, ...] | None = None
    """When the MRZ's check digits cannot settle the document number: every reading of
    it that passes them (the field is then questionable and ``mrz_valid`` null)."""
    mrz: Mrz | None = internal()
    visual: dict[str, str] | None = internal()


# --------------------------------------------------------------------------- reading the MRZ


def best_mrz(doc: Document, ctx: ExtractContext) -> MrzRead | None:
    """The best MRZ read over the document's pages; pages whose text shows an MRZ first,
    and a clean valid read stops the search (the other side of a card has none)."""
    from docverify.doctypes import BY_TYPE  # the registry imports this module

    prefer = BY_TYPE[doc.type].mrz_codes if doc.type in BY_TYPE else ()
    pages = sorted(doc.pages, key=lambda p: sniff_mrz_code(p.text) is None)
    reads: list[MrzRead] = []
    for page in pages:
        read = read_mrz(page, ctx.as_of, prefer)
        if read is not None and prefer and read.mrz.document_code[:1] not in {c[0] for c in prefer}:
            read = None  # only another document's MRZ on this page (the passport beside a visa)
        if read is not None:
            reads.append(read)
            if read.mrz.valid and read.votes >= 2:
                break
    return max(reads, key=lambda r: r.score, default=None)


_NOISE_TOKEN = re.compile(r"^(?:[KXSCLE])$|^([A-Z])\1{2,}$")


def clean_given_names(given: str) -> str:
    """Drop misread fillers trailing the given names (``ROSE K X SSSSSS`` -> ``ROSE``).

    >>> clean_given_names("EMILY ROSE K X SSSSSSSSSS")
    'EMILY ROSE'
    >>> clean_given_names("ANNA MARIA")
    'ANNA MARIA'
    """
    tokens = given.split()
    while len(tokens) > 1 and _NOISE_TOKEN.match(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def identity_fields(read: MrzRead | None) -> IdentityFields:
    if read is None:
        return IdentityFields(None, None, None, None, None, None, None, None, None)
    m = read.mrz
    given = m.given_names
    if names_polluted(m):
        given = clean_given_names(given)
    return IdentityFields(
        surname=m.surname or None,
        given_names=given or None,
        document_number=m.document_number or None,
        # a nationality no state has, one look-alike letter off a state's: that state's
        nationality=country_slip(m.nationality, m.issuing_country) or m.nationality or None,
        issuing_country=m.issuing_country or None,
        date_of_birth=m.date_of_birth,
        sex=m.sex,
        expiry_date=m.expiry_date,
        mrz_valid=m.valid,
        mrz_checks=dict(m.checks),
        mrz_kind=m.kind,
        document_code=m.document_code,
        mrz_confirmed=read.failure_confirmed,
        mrz=m,
    )


def mrz_findings(
    read: MrzRead | None, what: str, ambiguous: bool = False, number_confirmed: bool = False
) -> list[Finding]:
    """The MRZ's verdict. A repaired document number is questionable (one check digit
    confirms a wrong fix one time in ten) unless ``number_confirmed``: the issuing state's
    number format or the printed number agrees with it."""
    if read is None:
        return [
            warning(
                "mrz.unreadable",
                f"The machine-readable zone of the {what} could not be read: "
                "send a sharper, straight, full-page scan.",
            )
        ]
    mrz = read.mrz
    checks = dict(mrz.checks)
    out: list[Finding] = []
    failed = [k for k, ok in checks.items() if not ok]
    if ambiguous:
        pass  # said by number_findings
    elif not failed:
        out.append(
            info(
                "mrz.valid",
                f"Every check digit of the {what}'s MRZ verifies ({', '.join(checks)}).",
                checks=checks,
                kind=mrz.kind,
            )
        )
    elif read.failure_confirmed:
        out.append(
            error(
                "mrz.check_digit_failed",
                f"The {what}'s MRZ fails its check digit(s) for {', '.join(failed)}, read the "
                "same way several times: the document is altered or faulty.",
                checks=checks,
                problems=list(mrz.problems),
            )
        )
    else:
        out.append(
            warning(
                "mrz.check_digit_unconfirmed",
                f"The {what}'s MRZ fails its check digit(s) for {', '.join(failed)}, but the "
                "reads disagree: probably a misread. Send a sharper, straight scan.",
                checks=checks,
                problems=list(mrz.problems),
            )
        )
    number_repairs = [r for r in mrz.repairs if r.startswith("document_number:")]
    other_repairs = [r for r in mrz.repairs if not r.startswith("document_number:")]
    if number_confirmed:
        number_repairs, other_repairs = [], list(mrz.repairs)
    if number_repairs and not failed and not ambiguous:  # unsettled: number_findings
        out.append(
            warning(
                "mrz.document_number_repaired",
                f"The {what}'s document number only verifies after correcting a letter/digit "
                "confusion (O/0, I/1...): one check digit confirms such a fix falsely about one "
                "time in ten, so compare the number with the document.",
                repairs=number_repairs,
            )
        )
    if other_repairs:
        out.append(
            info(
                "mrz.ocr_repaired",
                f"OCR slips in the {what}'s MRZ were corrected, each confirmed by a check digit.",
                repairs=other_repairs,
            )
        )
    if names_polluted(mrz):
        out.append(
            info(
                "mrz.names_cleaned",
                f"Misread fillers were dropped from the {what}'s MRZ names.",
                read=mrz.given_names,
            )
        )
    return out


# --------------------------------------------------------------------------- the number

F = TypeVar("F", bound=IdentityFields)


def _fillers_only(before: str, after: str) -> bool:
    """Is ``after`` ``before`` with letters taken out or turned into word breaks?"""
    rest = iter(before.replace(" ", ""))
    return all(c in rest for c in after.replace(" ", ""))


def reconcile_names(
    fields: F, printed: dict[str, str], words: set[str], what: str
) -> tuple[F, list[Finding]]:
    """Apply :func:`reconcile_name` to the surname and given names, then
    :func:`trim_filler_letters` against the page's own ``words``; say so when it helps."""
    names = comparable_names(printed, fields.surname, fields.given_names)
    fixed = {
        key: marks_from_print(
            trim_filler_letters(reconcile_name(value, names.get(key)), words), printed.get(key)
        )
        for key in ("surname", "given_names")
        if (value := getattr(fields, key))
    }
    if split := resplit(fixed.get("surname"), fixed.get("given_names"), names):
        fixed["surname"], fixed["given_names"] = split
    last = "given_names" if fixed.get("given_names") else "surname"
    if (
        last in fixed
        and fields.mrz is not None
        and name_line_full(fields.mrz_kind, fields.mrz.lines)
    ):
        # the line cut the last name short: the page prints it whole
        fixed[last] = complete_truncated(fixed[last], words)
    changed = {k: v for k, v in fixed.items() if v != getattr(fields, k)}
    if not changed:
        return fields, []
    evidence = {k: f"{getattr(fields, k)} -> {v}" for k, v in changed.items()}
    if all(_fillers_only(getattr(fields, k), v) for k, v in changed.items()):
        finding = info(
            "mrz.names_cleaned",
            f"Fillers of the {what}'s MRZ names misread as letters were put back, as the "
            "printed names show them.",
            **evidence,
        )
    else:  # a letter misread, or the name's apostrophes and hyphens given back
        finding = info(
            "mrz.names_repaired",
            f"The {what}'s MRZ names were corrected as the printed names write them.",
            **evidence,
        )
    surname = changed.get("surname", fields.surname)
    given = changed.get("given_names", fields.given_names)
    return dataclasses.replace(fields, surname=surname, given_names=given), [finding]


def extract_identity(
    doc: Document, ctx: ExtractContext, what: str
) -> tuple[IdentityFields, list[Finding]]:
    read = best_mrz(doc, ctx)
    printed = visual_zone(doc)
    more: list[Finding] = []
    settled: NumberSettlement | None = None
    if read is not None:
        settled = settle_number(read.mrz, printed_tokens(doc), read.reproducible, read.numbers)
        more = number_findings(settled, read.mrz.document_number, what)
        if settled.mrz is not read.mrz:
            read = dataclasses.replace(read, mrz=settled.mrz)
    fields = dataclasses.replace(identity_fields(read), visual=printed)
    if settled is not None and settled.how in ("ambiguous", "unverified", "lookalikes"):
        fields = dataclasses.replace(fields, mrz_valid=None, number_readings=settled.readings)
    fields, cleaned = reconcile_names(fields, printed, page_words(doc), what)
    fields, cleaned = _printed_when_garbled(fields, printed, what, cleaned)
    if read is None:
        fields, cleaned = _printed_when_unread(fields, printed, what, cleaned)
    found = mrz_findings(
        read,
        what,
        ambiguous=fields.number_readings is not None,
        number_confirmed=settled is not None and settled.confirmed,
    )
    sure = visual_zone(doc, SURE_PRINT)
    return fields, found + more + cleaned + visual_findings(fields, sure, what)


def _garbled(name: str | None) -> bool:
    """MRZ names that are no names: digits in them (a band read from another line or
    from noise, "XSRTB7TPWZB6 K")."""
    return name is None or any(c.isdigit() for c in name)


def _printed_when_garbled(
    fields: IdentityFields, printed: dict[str, str], what: str, found: list[Finding]
) -> tuple[IdentityFields, list[Finding]]:
    """The names printed under their labels, when the MRZ gave none or garbage and the
    printed ones read as names (a photocopy whose MRZ did not survive)."""
    if not (_garbled(fields.surname) or (fields.surname and _garbled(fields.given_names))):
        return fields, found
    surname, given = printed.get("surname"), printed.get("given_names")
    if not surname or not all(_name_word(t) for t in f"{surname} {given or ''}".split()):
        return fields, found
    note = info(
        "mrz.names_from_printed_zone",
        f"The {what}'s MRZ names could not be read; the names printed on it are used: "
        f"{surname} {given or ''}.".replace(" .", "."),
        mrz=f"{fields.surname} / {fields.given_names}",
    )
    return dataclasses.replace(fields, surname=surname, given_names=given or None), [*found, note]


def _printed_when_unread(
    fields: IdentityFields, printed: dict[str, str], what: str, found: list[Finding]
) -> tuple[IdentityFields, list[Finding]]:
    """No MRZ read at all: the date of birth, expiry and nationality printed under their
    labels (an Italian card photographed on its face, its MRZ on the back unread), said
    to come from the printed zone; the MRZ's absence stays a finding of its own."""
    got = printed_fields(printed)
    if not got:
        return fields, found
    note = info(
        "mrz.fields_from_printed_zone",
        f"The {what}'s MRZ could not be read; what is printed on it is used: "
        + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in got.items())
        + ".",
        fields=sorted(got),
    )
    return dataclasses.replace(fields, **got), [*found, note]  # type: ignore[arg-type]


def _name_word(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 1 and all(c.isalpha() or c in "-'’" for c in token)


def doc_findings(doc: Document, prefixes: Sequence[str] = ("mrz.",)) -> list[Finding]:
    """The document's own findings a packet rule should carry (warnings and errors)."""
    return [f for f in doc.findings if f.code.startswith(tuple(prefixes)) and f.severity != "info"]
