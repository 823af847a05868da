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

from docverify.countries import number_format
from docverify.doctypes.base import ExtractContext, internal
from docverify.doctypes.visual_zone import (
    comparable_names,
    page_words,
    reconcile_name,
    trim_filler_letters,
    visual_findings,
    visual_zone,
)
from docverify.labels import lines_of_page
from docverify.model import Document, Finding, error, info, warning
from docverify.values.mrz import Mrz, implausibility
from docverify.values.names import fold_upper
from docverify.vision.mrz import MrzRead, names_polluted, read_mrz, sniff_mrz_code


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
    """Did independent reads of the MRZ agree character for character (a clean read)?"""
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
        nationality=m.nationality or None,
        issuing_country=m.issuing_country or None,
        date_of_birth=m.date_of_birth,
        sex=m.sex,
        expiry_date=m.expiry_date,
        mrz_valid=m.valid,
        mrz_checks=dict(m.checks),
        mrz_kind=m.kind,
        document_code=m.document_code,
        mrz_confirmed=read.reproducible,
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
    elif read.reproducible:
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
    if number_repairs and not failed:
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

_PRINTED_TOKEN = re.compile(r"[A-Z0-9]{5,12}")


def printed_tokens(doc: Document) -> set[str]:
    """Candidate document numbers printed in the visual zone: alphanumeric tokens of the
    pages' words outside the MRZ, alone or joined with their neighbours on the line
    (``12 AB 34567``)."""
    out: set[str] = set()
    for page in doc.pages:
        for line in lines_of_page(page):
            texts = [
                re.sub(r"[^A-Z0-9]", "", fold_upper(w.text)) for w in line if "<" not in w.text
            ]
            for i in range(len(texts)):
                joined = ""
                for t in texts[i : i + 3]:
                    joined += t
                    if _PRINTED_TOKEN.fullmatch(joined):
                        out.add(joined)
    return out


@dataclass(frozen=True)
class NumberSettlement:
    """How the document number was settled among the readings its check digits allow."""

    mrz: Mrz
    how: str  # "single" | "read" | "format" | "printed" | "repaired" | "ambiguous" | "unchecked"
    readings: tuple[str, ...] = ()
    confirmed: bool = False
    """The number kept fits the issuing state's known format, or is printed on the page."""


def settle_number(mrz: Mrz, printed: set[str], reproducible: bool = True) -> NumberSettlement:
    """The document number, never a guess: when several readings pass every check digit,
    one is kept only if the issuing state's number format or the printed zone picks it,
    or if it is what was read and clearly the most plausible (letters then digits, no
    digit-like letters); otherwise the number is ambiguous and every reading is shown.

    >>> import datetime
    >>> m = Mrz.parse(["P<HUNHANDRA<<ROZALIA<IRMA<<<<<<<<<<<<<<<<<<<",
    ...                "BDOOOZ02B2HUN7802225F2203012<<<<<<<<<<<<<<06"], datetime.date(2026, 1, 1))
    >>> s = settle_number(m, set())
    >>> s.how, s.mrz.document_number, s.mrz.valid
    ('format', 'BD0002028', True)
    >>> settle_number(m.with_document_number("BDOOOZ02B"), {"BD0002028"}).how
    'format'
    """
    readings = mrz.number_readings()
    read = mrz.document_number
    fmt = number_format(mrz.issuing_country, mrz.document_code)

    def confirmed(number: str) -> bool:
        return bool(fmt and fmt.match(number)) or number in printed

    if not readings:
        return NumberSettlement(mrz, "unchecked")
    if readings == (read,):
        if rivals := printed_rivals(mrz, read, printed, reproducible):
            return NumberSettlement(mrz, "ambiguous", (read, *rivals))
        return NumberSettlement(mrz, "single", readings, confirmed(read))
    pool = list(readings)
    chosen: str | None = None
    how = "ambiguous"
    if fmt is not None:
        fits = [r for r in pool if fmt.match(r)]
        if len(fits) == 1:
            chosen, how = fits[0], "format"
        elif fits:
            pool = fits
    if chosen is None:
        hits = [r for r in pool if r in printed]
        if len(hits) == 1:
            chosen, how = hits[0], "printed"
        elif read in hits and mrz.checks.get("document_number"):
            # two independent reads, the MRZ's and the face's, give the same number; the
            # other printed reading (another document on the page: a visa naming the
            # passport) is a reading of the face alone
            chosen, how = read, "printed"
    clearly_read = pool[0] == read and (
        len(pool) == 1 or implausibility(pool[1]) > implausibility(read)
    )
    if chosen is None and clearly_read and mrz.checks.get("document_number"):
        chosen, how = read, "read"
    if chosen is None and len(readings) == 1:
        chosen, how = readings[0], "repaired"  # the read failed: one reading passes
    if chosen is None:
        rivals = printed_rivals(mrz, read, printed, reproducible)
        return NumberSettlement(mrz, "ambiguous", (*pool, *rivals))
    agreed = how == "printed" and chosen == read
    if (
        how != "format"
        and not agreed
        and (rivals := printed_rivals(mrz, chosen, printed, reproducible))
    ):
        return NumberSettlement(mrz, "ambiguous", (chosen, *rivals))
    settled = mrz if chosen == read else mrz.with_document_number(chosen)
    return NumberSettlement(settled, how, readings, confirmed(chosen))


def _one_digit_for_another(a: str, b: str) -> bool:
    """Do two strings of one length differ in exactly one place, a digit in both?"""
    off = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(off) == 1 and off[0][0].isdigit() and off[0][1].isdigit()


RIVAL_DIFFERENCES = 3
"""A printed number differing from the MRZ's in at most this many characters is a reading
of the same number."""


def printed_rivals(
    mrz: Mrz, number: str, printed: set[str], reproducible: bool = True
) -> tuple[str, ...]:
    """Numbers printed on the document that read the MRZ's number otherwise and pass its
    check digits too ("F9TQ3LX72" on a card's face, "FOTQ8LX72" in its MRZ: two misreads
    that cancel out in the check digit): the check digits cannot tell which is printed.
    When the MRZ was not read the same way by most attempts (not ``reproducible``), a
    printed number one or two characters off is a rival even if the check digits, as
    read, refuse it ("TS9446885" printed, "TSO44688B" in an MRZ whose check digit was
    misread too).

    >>> import datetime
    >>> m = Mrz.parse(["IDFRAFOTQ8LX727<<<<<<<<<<<<<<<", "8703260F3206146FRA<<<<<<<<<<<8",
    ...                "LEGRAND<<CLAIRE<SOPHIE<<<<<<<<"], datetime.date(2026, 1, 1))
    >>> m.valid
    True
    >>> printed_rivals(m, "FOTQ8LX72", {"F9TQ3LX72", "NANTES"}), printed_rivals(m, "FOTQ8LX72", set())
    (('F9TQ3LX72',), ())
    >>> printed_rivals(m, "FOTQ8LX72", {"F0TQ8LX79"}), printed_rivals(m, "FOTQ8LX72", {"F0TQ8LX79"}, False)
    ((), ('F0TQ8LX79',))

    A number read as it is and verified by the composite check digit too (a permit's TD1
    MRZ) is not doubted for a face read one digit off it (set_n p14):

    >>> p = Mrz.parse(["IRFRA5191290984<<<<<<<<<<<<<<<", "9204041M2703316TUN<<<<<<<<<<<8",
    ...                "JAZIRI<<SKANDER<<<<<<<<<<<<<<<"], datetime.date(2026, 1, 1))
    >>> p.checks["composite"], printed_rivals(p, "519129098", {"519129008"}, False)
    (True, ())
    """
    # the number as read, unrepaired, verified by its own check digit and by the composite:
    # a face read one digit off it is the face's misread (a digit for another always moves
    # the check digit; the MRZ would need its two check digits misread in step as well)
    twice_verified = (
        number == mrz.document_number
        and not mrz.repairs
        and bool(mrz.checks.get("document_number"))
        and bool(mrz.checks.get("composite"))
    )
    out = []
    for token in sorted(printed):
        if token == number or len(token) != len(number):
            continue
        off = sum(a != b for a, b in zip(token, number, strict=True))
        if off > RIVAL_DIFFERENCES:
            continue
        if twice_verified and off == 1 and _one_digit_for_another(token, number):
            continue
        if (
            not reproducible
            and off <= UNSURE_RIVAL_DIFFERENCES
            and sum(map(str.isdigit, token)) >= 3
        ):
            out.append(token)
            continue
        checks = mrz.with_document_number(token).checks
        if checks.get("document_number") and checks.get("composite", True) is not False:
            out.append(token)
    return tuple(out)


UNSURE_RIVAL_DIFFERENCES = 2
"""Against an MRZ read not reproducibly, a printed number this close is a rival."""


F = TypeVar("F", bound=IdentityFields)


def reconcile_names(
    fields: F, printed: dict[str, str], words: set[str], what: str
) -> tuple[F, list[Finding]]:
    """Apply :func:`reconcile_name` to the surname and given names, then
    :func:`trim_filler_letters` against the page's own ``words``; say so when it helps."""
    names = comparable_names(printed, fields.surname, fields.given_names)
    fixed = {
        key: trim_filler_letters(reconcile_name(value, names.get(key)), words)
        for key in ("surname", "given_names")
        if (value := getattr(fields, key))
    }
    changed = {k: v for k, v in fixed.items() if v != getattr(fields, k)}
    if not changed:
        return fields, []
    finding = info(
        "mrz.names_cleaned",
        f"Fillers of the {what}'s MRZ names misread as letters were put back, as the "
        "printed names show them.",
        **{k: f"{getattr(fields, k)} -> {v}" for k, v in changed.items()},
    )
    surname = changed.get("surname", fields.surname)
    given = changed.get("given_names", fields.given_names)
    return dataclasses.replace(fields, surname=surname, given_names=given), [finding]


def number_findings(settled: NumberSettlement, read_as: str, what: str) -> list[Finding]:
    """What settling the document number among its readings says."""
    if settled.how == "ambiguous":
        return [
            warning(
                "mrz.document_number_ambiguous",
                f"The {what}'s document number cannot be settled: the MRZ reads {read_as}, but "
                f"{len(settled.readings)} readings of it, by its check digits or as printed on "
                f"its face ({', '.join(settled.readings[:4])}), are possible: compare them with "
                "the number printed on the document, or send a sharper scan.",
                readings=list(settled.readings),
            )
        ]
    if settled.how in ("format", "printed") and settled.mrz.document_number != read_as:
        why = "the issuing state's number format" if settled.how == "format" else (
            "the number printed on the document")  # fmt: skip
        return [
            info(
                "mrz.document_number_settled",
                f"The {what}'s MRZ number was read {read_as}; of the readings its check digits "
                f"allow, {why} picks {settled.mrz.document_number}.",
                readings=list(settled.readings),
            )
        ]
    return []


def extract_identity(
    doc: Document, ctx: ExtractContext, what: str
) -> tuple[IdentityFields, list[Finding]]:
    read = best_mrz(doc, ctx)
    printed = visual_zone(doc)
    more: list[Finding] = []
    settled: NumberSettlement | None = None
    if read is not None:
        settled = settle_number(read.mrz, printed_tokens(doc), read.reproducible)
        more = number_findings(settled, read.mrz.document_number, what)
        if settled.mrz is not read.mrz:
            read = MrzRead(settled.mrz, read.box, read.method, read.votes, read.share)
    fields = dataclasses.replace(identity_fields(read), visual=printed)
    if settled is not None and settled.how == "ambiguous":
        fields = dataclasses.replace(fields, mrz_valid=None, number_readings=settled.readings)
    fields, cleaned = reconcile_names(fields, printed, page_words(doc), what)
    fields, cleaned = _printed_when_garbled(fields, printed, what, cleaned)
    found = mrz_findings(
        read,
        what,
        ambiguous=fields.number_readings is not None,
        number_confirmed=settled is not None and settled.confirmed,
    )
    return fields, found + more + cleaned + visual_findings(fields, printed, what)


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


def _name_word(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 1 and all(c.isalpha() or c in "-'’" for c in token)


def doc_findings(doc: Document, prefixes: Sequence[str] = ("mrz.",)) -> list[Finding]:
    """The document's own findings a packet rule should carry (warnings and errors)."""
    return [f for f in doc.findings if f.code.startswith(tuple(prefixes)) and f.severity != "info"]
