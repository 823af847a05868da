"""Convenience builders shared by the packets and the single documents."""

from __future__ import annotations

from datetime import date, timedelta

from . import civil, home, identity
from .canvas import Page
from .helpers import add_months, month_end, rng_for
from .model import Address, Doc, FileOut, Person, Sheet


def F(name: str, kind: str, sheets: list[Sheet], **opts) -> FileOut:
    return FileOut(name, kind, sheets, opts)


def S(page: Page, *docs: Doc) -> Sheet:
    return Sheet(page, list(docs))


def all_sheets(*docs: Doc) -> list[Sheet]:
    return [Sheet(p, [d]) for d in docs for p in d.pages]


def passport(
    person: Person,
    seed: str,
    number: str,
    issue: date,
    expiry: date,
    pob: str,
    cn=None,
    authority: str = "",
    personal: str = "",
    notes: str = "",
) -> Doc:
    rng = rng_for(seed, "passport")
    spec = identity.PassportSpec(number, issue, expiry, authority, personal)
    return identity.passport_doc(person, spec, rng, pob, cn, notes)


def visa(
    person: Person,
    seed: str,
    passport_no: str,
    vtype: str,
    start: date,
    until: date,
    issued_in: str,
    remarks: list[str],
    entry: tuple | None = None,
    number: str = "",
    valid_for: str = "FRANCE",
    notes: str = "",
) -> tuple[Doc, Page]:
    """Returns the visa Doc (its page = the passport page carrying the sticker)."""
    rng = rng_for(seed, "visa")
    number = number or "%09d" % int(rng.integers(10**8, 10**9 - 1))
    spec = identity.VisaSpec(
        number,
        vtype,
        start,
        until,
        issued_in,
        start - timedelta(days=int(rng.integers(10, 40))),
        (until - start).days + 1 if vtype == "D" else 90,
        remarks,
        "MULT",
        valid_for,
    )
    sticker, fields = identity.visa_sticker(person, passport_no, spec, rng)
    page = identity.visa_passport_page(sticker, rng, person.nationality, entry)
    doc = Doc("long_stay_visa", [page], fields, notes)
    return doc, page


def booklet(data: Doc, top: Page | None, seed: str) -> Page:
    rng = rng_for(seed, "booklet")
    if top is None:
        top = identity.passport_facing_page(rng, data.fields["issuing_country"])
    return identity.passport_spread(data.pages[0], top)


def copy_a4(items: list[tuple[Page, float, float, float]]) -> Page:
    return identity.a4_copy(items)


def permit(
    person: Person,
    seed: str,
    number: str,
    title: str,
    mention: str,
    until: date,
    issued: date,
    prefecture: str,
    work: str = "",
    notes: str = "",
) -> Doc:
    rng = rng_for(seed, "permit")
    spec = identity.PermitSpec(number, title, mention, until, issued, prefecture, work)
    return identity.permit_doc(person, spec, rng, notes)


def id_card(
    person: Person,
    seed: str,
    number: str,
    issue: date,
    expiry: date,
    country: str,
    birth_place: str,
    address_lines=(),
    extra: str = "",
    notes: str = "",
) -> Doc:
    rng = rng_for(seed, "idcard", number)
    spec = identity.IdSpec(number, issue, expiry, country, extra)
    return identity.id_card_doc(person, spec, rng, birth_place, address_lines, notes)


def birth(country: str, person: Person, fam: civil.Family, seed: str, **kw) -> Doc:
    rng = rng_for(seed, "birth")
    if country == "CHN":
        return civil.birth_chn(person, fam, rng, kw["cn"])
    if country == "UKR":
        return civil.birth_ukr(person, fam, rng, kw["cyr"])
    if country == "USA":
        return civil.birth_usa(person, fam, rng, kw.get("state", "IL"))
    return civil.BIRTH[country](person, fam, rng)


def apostille(
    seed: str,
    country: str,
    signed_by: str,
    capacity: str,
    seal_of: str,
    at: str,
    on: date,
    by: str,
    number: str,
    style: str,
) -> Doc:
    rng = rng_for(seed, "apostille")
    return civil.apostille(
        civil.ApostilleSpec(country, signed_by, capacity, seal_of, at, on, by, number, style), rng
    )


def with_apostille(bc: Doc) -> Doc:
    bc.fields["has_apostille"] = True
    return bc


def monthly_bills(
    provider: str,
    holder: str,
    address: Address,
    months: list[tuple[int, int]],
    seed: str,
    amount: float,
    client_no: str,
    pages: int | None = None,
    mode: str = "calendar",
    extra: dict | None = None,
) -> list[Doc]:
    """One bill per month. mode: calendar (1st-last, issued a few days later),
    advance (telecom billed at the start of the month), shifted (5th to 4th), month
    (the bill only names the month)."""
    out = []
    for i, (y, m) in enumerate(months):
        rng = rng_for(seed, provider, y, m)
        amt = (
            round(amount * float(rng.uniform(0.88, 1.12)), 2)
            if provider in ("edf", "engie", "total")
            else amount
        )
        start, end, issue, month = date(y, m, 1), month_end(y, m), None, None
        if mode == "calendar":
            issue = end + timedelta(days=int(rng.integers(3, 9)))
        elif mode == "advance":
            issue = date(y, m, 2)
        elif mode == "shifted":
            start = date(y, m, 5)
            end = add_months(start, 1) - timedelta(days=1)
            issue = end + timedelta(days=2)
        elif mode == "month":
            issue = date(y, m, 1) + timedelta(days=int(rng.integers(8, 14)))
            start = end = None
            month = f"{y}-{m:02d}"
        inv = "%010d" % int(rng.integers(10**9, 10**10 - 1))
        spec = home.BillSpec(
            provider,
            holder,
            address,
            issue,
            start,
            end,
            amt,
            client_no,
            inv,
            month,
            extra=dict(extra or {}),
        )
        out.append(home.make_bill(spec, rng, pages))
    return out
