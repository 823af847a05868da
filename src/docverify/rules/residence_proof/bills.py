"""The bills route: three successive bills in one's name over three consecutive months
(by billing period, else issue month; a bimonthly bill counts for both; one bill twice counts
once), not stale."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import Any

from docverify.model import AuditContext, DocType, Document, Severity
from docverify.rules.common import fmt_date, vowel_variant
from docverify.rules.residence_proof.route import Route, addresses, form_address, name_on
from docverify.values.address import Address
from docverify.values.dates import add_months
from docverify.values.names import PersonName

MONTHS_NEEDED = 3
STALE_AFTER_MONTHS = 3
SAME_IMAGE_BITS = 6
"""Two page hashes this close (of 64 bits) are the same bill scanned twice."""


def month_index(key: str) -> int:
    y, m = key.split("-")
    return int(y) * 12 + int(m) - 1


def month_key(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def longest_run(months: set[str]) -> list[str]:
    """The longest run of consecutive months (the latest one on ties).

    >>> longest_run({"2026-08", "2026-10", "2026-11"})
    ['2026-10', '2026-11']
    >>> longest_run({"2026-11", "2026-12", "2027-01"})
    ['2026-11', '2026-12', '2027-01']
    """
    idx = sorted({month_index(m) for m in months})
    best: list[int] = []
    run: list[int] = []
    for i in idx:
        run = [*run, i] if run and i == run[-1] + 1 else [i]
        if len(run) >= len(best):
            best = run
    return [month_key(i) for i in best]


def missing_months(months: set[str]) -> list[str]:
    """The months still needed for three consecutive ones, around the newest bills: the
    three-month window ending at the newest month that holds the most bills.

    >>> missing_months({"2026-08", "2026-10"})
    ['2026-09']
    >>> missing_months({"2026-09", "2026-10"})
    ['2026-08']
    >>> missing_months({"2026-07", "2026-10"})
    ['2026-08', '2026-09']
    """
    idx = {month_index(m) for m in months}
    newest = max(idx)
    windows = [range(end - MONTHS_NEEDED + 1, end + 1) for end in range(newest, newest - 12, -1)]
    best = max(windows, key=lambda w: (sum(i in idx for i in w), w.stop))
    return [month_key(i) for i in best if i not in idx]


def _hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def _duplicate_of(bill: Document, kept: Sequence[Document]) -> Document | None:
    """The kept bill this one repeats: same invoice number (unless their dates tell them
    apart: a number misread, as a postcode read under "N° de facture"), same page image,
    or same provider, period and amount."""
    f = bill.fields
    for other in kept:
        g = other.fields
        if f.invoice_number and g.invoice_number:
            if f.invoice_number == g.invoice_number and not _told_apart(f, g):
                return other  # one number, and no date telling them apart
            continue  # two different numbers (or dates): two bills, however alike
        if (
            f.image_hash
            and g.image_hash
            and _hamming(f.image_hash, g.image_hash) <= SAME_IMAGE_BITS
            and not _told_apart(f, g)
        ):
            return other
        if (
            f.provider == g.provider
            and f.months == g.months
            and f.months
            and f.amount == g.amount
            and (f.issue_date == g.issue_date or None in (f.issue_date, g.issue_date))
        ):
            return other
    return None


def _told_apart(f: Any, g: Any) -> bool:
    """Do two bills' read dates say they are two bills (another issue date or period)?
    A page's perceptual hash sees the layout: a provider's monthly bills photographed
    alike hash alike."""
    return any(
        a is not None and b is not None and a != b
        for a, b in (
            (f.issue_date, g.issue_date),
            (f.period_start, g.period_start),
            (f.period_end, g.period_end),
        )
    )


def _newest_date(bills: Sequence[Document]) -> dt.date | None:
    dates = [b.fields.issue_date or b.fields.period_end for b in bills]
    known = [d for d in dates if d]
    return max(known) if known else None


def _same_contract(bill: Document, named: Sequence[Document]) -> Document | None:
    """A bill in the person's name from the same provider for the same address: the same
    contract, whose holder is the one its unread bill names."""
    f = bill.fields
    if not f.provider or not f.address:
        return None
    here = Address.parse(f.address)
    for other in named:
        g = other.fields
        if g.provider == f.provider and g.address and here.same_place(Address.parse(g.address)):
            return other
    return None


def _months_if_billed_before(bills: Sequence[Document]) -> dict[str, Any] | None:
    """When some bills' months are only their issue month: the bills whose period was not
    read and the three consecutive months found if those bill the month before their
    issue (or None when that does not give three consecutive months either)."""
    guessed = [b for b in bills if b.fields.months_from_issue]
    if not guessed:
        return None
    known: set[str] = set()
    for bill in bills:
        if bill not in guessed:
            known.update(bill.fields.months or ())
    issued = [month_index(b.fields.months[0]) for b in guessed]
    for shifts in itertools.islice(itertools.product((0, -1), repeat=len(issued)), 256):
        run = longest_run(known | {month_key(i + s) for i, s in zip(issued, shifts, strict=True)})
        if len(run) >= MONTHS_NEEDED:
            return {"bills": guessed, "months": run[-MONTHS_NEEDED:]}
    return None


def bills_for(
    route: Route,
    bills: Sequence[Document],
    person: PersonName,
    whose: str,
    as_of: dt.date,
    anchored: bool = True,
    variant: Callable[[str, str], bool] | None = None,
) -> None:
    """Judge 'three successive bills in <person>'s name' into ``route``. Not ``anchored``
    (the person's name read from no identity document: the form's handwriting), bills in
    another name are doubted, not refused. ``variant``: how the person's name may be
    romanised otherwise (``common.vowel_variant``)."""
    mine: list[Document] = []
    others: list[tuple[Document, str]] = []
    unread: list[Document] = []
    for bill in bills:
        f = bill.fields
        if f is None:
            continue
        kind, why = name_on(person, bill, f.holder_name, variant)
        if kind == "other":
            others.append((bill, f.holder_name or "?"))
            continue
        dup = _duplicate_of(bill, mine)
        if dup is not None:
            route.add("duplicate_bill", Severity.INFO,
                      f"This bill is the same as the one in {dup.where()}: it counts once.", bill,
                      duplicate_of=dup.id)  # fmt: skip
            continue
        if kind == "unknown":
            unread.append(bill)
        elif kind == "uncertain":
            route.add("bill_holder_uncertain", Severity.WARNING,
                      f"The holder on this bill reads {f.holder_name}, not {whose}, but the read is "
                      f"doubtful ({why}): check whose name it is in.", bill,
                      found=f.holder_name, expected=whose)  # fmt: skip
        elif kind == "slip":
            route.add("bill_name_ocr_slip", Severity.INFO,
                      f"The name on this bill reads {f.holder_name}, a likely misread of {whose}.",
                      bill, found=f.holder_name, expected=whose)  # fmt: skip
        elif kind == "romanised":
            route.add("bill_name_romanised", Severity.INFO,
                      f"The name on this bill ({f.holder_name}) is {whose}'s in another "
                      "romanisation: taken as the same name.", bill, found=f.holder_name,
                      expected=whose)  # fmt: skip
        elif kind == "variant":
            route.add("bill_name_slip", Severity.WARNING,
                      f"The name on this bill ({f.holder_name}) is spelt differently from {whose}: "
                      "check it.", bill, found=f.holder_name, expected=whose)  # fmt: skip
        elif kind == "surname_differs":
            route.add("bill_surname_differs", Severity.WARNING,
                      f"This bill is addressed to {f.holder_name}: the given names are {whose}'s but "
                      "not the surname. If it is a usage (married) name, write it as 'nom d'usage' "
                      "on the form; otherwise check it.", bill, found=f.holder_name)  # fmt: skip
        elif kind == "family":
            route.add("bill_family_name", Severity.INFO,
                      f"This bill is addressed to the household ({f.holder_name}), which includes {whose}.",
                      bill, found=f.holder_name)  # fmt: skip
        mine.append(bill)
    named = [b for b in mine if b not in unread]
    for bill in unread:
        if (mate := _same_contract(bill, named)) is not None:
            route.add("bill_holder_same_contract", Severity.INFO,
                      f"The holder's name on this bill could not be read; it is from "
                      f"{bill.fields.provider} for the same address as the bill in {whose}'s "
                      f"name ({mate.where()}): taken as theirs.", bill, same_as=mate.id)  # fmt: skip
        else:
            route.add("bill_holder_unreadable", Severity.WARNING,
                      "The holder's name on this bill could not be read: check it is in "
                      f"{whose}'s name.", bill)  # fmt: skip
    if mine or others:
        route.present = True
    route.documents.extend(mine)
    if others and not mine:
        names = sorted({n for _, n in others})
        route.add("bills_other_name", Severity.ERROR if anchored else Severity.WARNING,
                  f"The bills are in the name of {', '.join(names)}, not {whose}: bills in another person's "
                  "name count only with an attestation d'hébergement from that person, with their ID."
                  + ("" if anchored else " (The applicant's name is read from no identity "
                     "document: check it.)"),
                  names=names, documents=[b.id for b, _ in others])  # fmt: skip
        route.lacks.append(f"three successive bills in {whose}'s name")
        return
    if not mine:
        route.lacks.append(f"three successive bills in {whose}'s name")
        return
    if others:
        names = sorted({n for _, n in others})
        route.add("bills_other_name_ignored", Severity.INFO,
                  f"Bills in the name of {', '.join(names)} do not count for {whose}.",
                  names=names, documents=[b.id for b, _ in others])  # fmt: skip
    months: set[str] = set()
    per_bill: dict[str, list[str]] = {}
    for bill in mine:
        ms = list(bill.fields.months or ())
        per_bill[bill.id] = ms
        months.update(ms)
    evidence: dict[str, Any] = {
        "months_found": sorted(months),
        "per_bill": per_bill,
        "names": {b.id: b.fields.holder_name for b in mine},
        "addresses": {b.id: b.fields.address for b in mine},
    }
    if not months:
        route.add("bill_dates_unreadable", Severity.WARNING,
                  "The bills' dates could not be read, so their months cannot be checked.", **evidence)  # fmt: skip
        route.lacks.append("readable bill dates")
        return
    run = longest_run(months)
    if len(run) < MONTHS_NEEDED and (guess := _months_if_billed_before(mine)):
        issued = ", ".join(f"{b.where()} ({fmt_date(b.fields.issue_date)})" for b in guess["bills"])
        route.add("bill_period_unread", Severity.WARNING,
                  f"No billing period could be read on the bill(s) issued {issued}; counted "
                  f"by issue month the bills cover {', '.join(sorted(months))}, but if they "
                  f"bill the month before their issue, as bills often do, they cover "
                  f"{', '.join(guess['months'])}: check the period printed on them.",
                  doc=guess["bills"], months_if_billed_before=guess["months"], **evidence)  # fmt: skip
        return
    if len(run) < MONTHS_NEEDED:
        missing = missing_months(months)
        found = ", ".join(sorted(months))
        if len(mine) < MONTHS_NEEDED and len(months) < MONTHS_NEEDED:
            route.add("not_enough_bills", Severity.ERROR,
                      f"Only {len(mine)} bill(s) in {whose}'s name, covering {found}: three consecutive "
                      f"months are needed (missing: {', '.join(missing)}).",
                      months_missing=missing, doc=mine, **evidence)  # fmt: skip
        else:
            route.add("bills_not_consecutive", Severity.ERROR,
                      f"The bills in {whose}'s name cover {found}, not three consecutive months "
                      f"(missing: {', '.join(missing)}).",
                      months_missing=missing, doc=mine, **evidence)  # fmt: skip
        route.lacks.append(f"bills for {', '.join(missing)}")
        return
    newest = _newest_date(mine)
    if newest is not None and newest < add_months(as_of, -STALE_AFTER_MONTHS):
        route.add("stale", Severity.WARNING,
                  f"The newest bill in {whose}'s name dates from {fmt_date(newest)}, more than "
                  f"{STALE_AFTER_MONTHS} months before {fmt_date(as_of)}: send recent ones.",
                  newest=newest.isoformat(), months_missing=[], doc=mine, **evidence)  # fmt: skip
    else:
        route.add("bills_ok", Severity.INFO,
                  f"Bills in {whose}'s name cover {', '.join(run[-MONTHS_NEEDED:])}.",
                  months_missing=[], doc=mine, **evidence)  # fmt: skip


def bills_route(ctx: AuditContext, person: PersonName) -> Route:
    route = Route("bills")
    anchored = ctx.applicant.source_document is not None
    bills_for(route, ctx.of_type(DocType.UTILITY_BILL), person, person.display, ctx.as_of,
              anchored, vowel_variant(ctx))  # fmt: skip
    addresses(route, form_address(ctx), "form's address")
    return route
