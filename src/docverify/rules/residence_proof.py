"""Requirement ``residence_proof``: living in France for more than three months, by one
of three routes (domain.md):

1. ``lease``   a lease in the applicant's name that started at least three months before
               the audit date;
2. ``bills``   three successive bills in the applicant's name covering three consecutive
               months (by billing period when there is one, else by issue month; a
               bimonthly bill counts for both its months; the same bill twice counts once);
3. ``hosting`` a signed attestation d'hébergement naming the applicant, plus the host's
               identity document, plus the host's lease or three successive bills.

Each route is judged on its own; the best one gives the verdict, and what the others still
lack is reported when they are partly there. Findings carry structured evidence (months
found and missing, the name and address read on each bill) so a helper can act on them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from docverify.evidence import RELIABLE, read_confidence
from docverify.model import (
    AuditContext,
    DocType,
    Document,
    Finding,
    RequirementResult,
    Severity,
    Status,
)
from docverify.rules.common import (
    STATUS_ORDER,
    applicant_name,
    fmt_date,
    result,
    status_from_findings,
)
from docverify.rules.host import packet_host
from docverify.values.address import Address
from docverify.values.dates import add_months
from docverify.values.names import NameMatch, PersonName, person_from_text
from docverify.vision.ink import NO_SIGNATURE_MM2

RID = "residence_proof"
MONTHS_NEEDED = 3
STALE_AFTER_MONTHS = 3
SAME_IMAGE_BITS = 6
"""Two page hashes this close (of 64 bits) are the same bill scanned twice."""


@dataclass
class Route:
    name: str
    documents: list[Document] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    lacks: list[str] = field(default_factory=list)
    present: bool = False  # some piece of this route is in the packet

    def add(
        self,
        code: str,
        severity: Severity,
        message: str,
        doc: Document | Sequence[Document] | None = None,
        **ev: Any,
    ) -> None:
        """A finding about one document, or pointing at the pages of several (the bills)."""
        f = Finding(f"{RID}.{code}", severity, message, evidence=ev)
        if isinstance(doc, Document):
            f = f.about(doc)
        elif doc:
            f = dataclasses.replace(f, pages=tuple(r for d in doc for r in d.page_refs))
        self.findings.append(f)

    @property
    def status(self) -> Status:
        if not self.present:
            return Status.MISSING
        return status_from_findings(self.findings)


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


def name_on(person: PersonName, doc: Document, written: str | None) -> tuple[str, str]:
    """Whose name ``written`` on ``doc`` is, as a clerk reads it: ``mine``, ``slip`` (the
    same name misread: info), ``variant`` (spelt otherwise on a confident read),
    ``surname_differs`` (given names agree), ``family`` (the household's surname only),
    ``uncertain`` (another name, but on a doubtful read), ``other`` (another person on a
    reliable read) or ``unknown``; and why, for a message."""
    cmp = person.compare(written)
    if cmp.match == NameMatch.UNKNOWN:
        return "unknown", ""
    if cmp.match == NameMatch.MATCH:
        return "mine", ""
    if cmp.match == NameMatch.SURNAME_ONLY:
        return "family", ""
    confidence = read_confidence(doc, written)
    if cmp.match == NameMatch.SLIP:
        return ("slip" if cmp.ocr_slips_only or confidence < RELIABLE else "variant"), ""
    if cmp.match == NameMatch.GIVEN_ONLY:
        return "surname_differs", ""
    if confidence < RELIABLE:
        return "uncertain", f"read with confidence {confidence:.2f}"
    return "other", ""


def _hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def _duplicate_of(bill: Document, kept: Sequence[Document]) -> Document | None:
    """The kept bill this one repeats: same invoice number, same page image, or same
    provider, period and amount."""
    f = bill.fields
    for other in kept:
        g = other.fields
        if f.invoice_number and g.invoice_number:
            if f.invoice_number == g.invoice_number:
                return other
            continue  # two different numbers: two bills, however alike
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


def _bills_for(
    route: Route, bills: Sequence[Document], person: PersonName, whose: str, as_of: dt.date
) -> None:
    """Judge 'three successive bills in <person>'s name' into ``route``."""
    mine: list[Document] = []
    others: list[tuple[Document, str]] = []
    for bill in bills:
        f = bill.fields
        if f is None:
            continue
        kind, why = name_on(person, bill, f.holder_name)
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
            route.add("bill_holder_unreadable", Severity.WARNING,
                      "The holder's name on this bill could not be read: check it is in "
                      f"{whose}'s name.", bill)  # fmt: skip
        elif kind == "uncertain":
            route.add("bill_holder_uncertain", Severity.WARNING,
                      f"The holder on this bill reads {f.holder_name}, not {whose}, but the read is "
                      f"doubtful ({why}): check whose name it is in.", bill,
                      found=f.holder_name, expected=whose)  # fmt: skip
        elif kind == "slip":
            route.add("bill_name_ocr_slip", Severity.INFO,
                      f"The name on this bill reads {f.holder_name}, a likely misread of {whose}.",
                      bill, found=f.holder_name, expected=whose)  # fmt: skip
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
    if mine or others:
        route.present = True
    route.documents.extend(mine)
    if others and not mine:
        names = sorted({n for _, n in others})
        route.add("bills_other_name", Severity.ERROR,
                  f"The bills are in the name of {', '.join(names)}, not {whose}: bills in another person's "
                  "name count only with an attestation d'hébergement from that person, with their ID.",
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


def _lease_for(
    route: Route, leases: Sequence[Document], person: PersonName, whose: str, as_of: dt.date
) -> bool:
    """Judge 'a lease in <person>'s name started 3+ months ago'; True when one is found."""
    for lease in leases:
        f = lease.fields
        if f is None:
            continue
        kinds = [name_on(person, lease, t)[0] for t in f.tenant_names]
        usable = [k for k in kinds if k not in ("other", "unknown", "family")]
        if not usable:
            continue
        route.present = True
        route.documents.append(lease)
        if "mine" not in kinds:
            worst = "variant" if "variant" in usable else usable[0]
            severity = Severity.INFO if worst == "slip" else Severity.WARNING
            route.add("lease_name_slip", severity,
                      f"The tenant's name on the lease ({', '.join(f.tenant_names)}) is not exactly "
                      f"{whose}" + (" (a likely misread)." if worst == "slip" else ": check it."),
                      lease, found=list(f.tenant_names))  # fmt: skip
        limit = add_months(as_of, -MONTHS_NEEDED)
        if f.start_date is None:
            route.add("lease_start_unreadable", Severity.WARNING,
                      "The lease's start date could not be read.", lease)  # fmt: skip
        elif f.start_date > limit:
            route.add("lease_too_recent", Severity.ERROR,
                      f"The lease started on {fmt_date(f.start_date)}, less than three months before "
                      f"{fmt_date(as_of)}: it proves residence only from "
                      f"{fmt_date(add_months(f.start_date, MONTHS_NEEDED))}.",
                      lease, start_date=f.start_date.isoformat(),
                      enough_from=add_months(f.start_date, MONTHS_NEEDED).isoformat())  # fmt: skip
            route.lacks.append("a lease started at least three months ago")
        else:
            route.add("lease_ok", Severity.INFO,
                      f"Lease in {whose}'s name since {fmt_date(f.start_date)}.", lease,
                      start_date=f.start_date.isoformat(), address=f.address)  # fmt: skip
        if f.signed is False:
            route.add("lease_unsigned", Severity.WARNING,
                      "The lease does not appear to be signed by the tenants.", lease)  # fmt: skip
        return True
    return False


def _addresses(route: Route, reference: str | None, label: str) -> None:
    """Flag every proof whose address is not the ``reference`` dwelling."""
    if not reference:
        return
    ref = Address.parse(reference)
    for doc in route.documents:
        if doc.type not in (DocType.UTILITY_BILL, DocType.LEASE):
            continue
        raw = getattr(doc.fields, "address", None)
        if not raw:
            continue
        if ref.same_place(Address.parse(raw)) is False:
            route.add("address_mismatch", Severity.WARNING,
                      f"The address on this {doc.type.value.replace('_', ' ')} ({raw}) differs from the "
                      f"{label} ({reference}).", doc, found=raw, expected=reference)  # fmt: skip


def _form_address(ctx: AuditContext) -> str | None:
    """The form's address, when it is read reliably: a hand-filled form's address, read
    through OCR of handwriting, is no reference to call another paper's address wrong."""
    forms = ctx.of_type(DocType.APPLICATION_FORM)
    fields = forms[0].fields if forms else None
    if fields is None or getattr(fields, "hand_filled", False):
        return None
    return getattr(fields, "address", None)


def lease_route(ctx: AuditContext, person: PersonName) -> Route:
    route = Route("lease")
    if not _lease_for(route, ctx.of_type(DocType.LEASE), person, person.display, ctx.as_of):
        route.lacks.append("a lease in the applicant's name")
    _addresses(route, _form_address(ctx), "form's address")
    return route


def bills_route(ctx: AuditContext, person: PersonName) -> Route:
    route = Route("bills")
    _bills_for(route, ctx.of_type(DocType.UTILITY_BILL), person, person.display, ctx.as_of)
    _addresses(route, _form_address(ctx), "form's address")
    return route


def _host_id(ctx: AuditContext, host: PersonName) -> Document | None:
    """The host's identity document: any passport / ID card / permit other than the
    applicant's whose holder is the host."""
    for d in ctx.of_type(DocType.NATIONAL_ID, DocType.PASSPORT, DocType.RESIDENCE_PERMIT):
        if d.id == ctx.applicant.source_document or d.fields is None:
            continue
        named = f"{d.fields.given_names or ''} {d.fields.surname or ''}"
        if host.matches(named) in (NameMatch.MATCH, NameMatch.SLIP):
            return d
    return None


def hosting_route(ctx: AuditContext, person: PersonName) -> Route:
    route = Route("hosting")
    attestations = ctx.of_type(DocType.HOSTING_ATTESTATION)
    if not attestations:
        route.lacks.append("an attestation d'hébergement")
        return route
    route.present = True
    # the attestation naming the applicant, if there are several
    att = next(
        (a for a in attestations if a.fields and person.matches(a.fields.hosted_name)
         in (NameMatch.MATCH, NameMatch.SLIP, NameMatch.GIVEN_ONLY)), attestations[0])  # fmt: skip
    route.documents.append(att)
    f = att.fields
    if f is None:
        route.add("attestation_unreadable", Severity.WARNING,
                  "The attestation could not be read.", att)  # fmt: skip
        return route
    hosted, _why = name_on(person, att, f.hosted_name)
    if hosted == "other":
        route.add("attestation_other_person", Severity.ERROR,
                  f"The attestation hosts {f.hosted_name}, not {person.display}.", att,
                  found=f.hosted_name)  # fmt: skip
        route.lacks.append("an attestation naming the applicant")
    elif hosted == "unknown":
        route.add("attestation_hosted_unreadable", Severity.WARNING,
                  "The hosted person's name could not be read on the attestation.", att)  # fmt: skip
    elif hosted in ("variant", "uncertain", "surname_differs", "family"):
        route.add("attestation_name_slip", Severity.WARNING,
                  f"The hosted person on the attestation ({f.hosted_name}) is not exactly "
                  f"{person.display}: check it.", att, found=f.hosted_name)  # fmt: skip
    elif hosted == "slip":
        route.add("attestation_name_ocr_slip", Severity.INFO,
                  f"The hosted person on the attestation reads {f.hosted_name}, a likely misread "
                  f"of {person.display}.", att, found=f.hosted_name)  # fmt: skip
    if f.signed is False and (f.signature_ink_mm2 or 0.0) >= NO_SIGNATURE_MM2:
        route.add("attestation_signature_doubtful", Severity.WARNING,
                  "The place where the host signs the attestation d'hébergement holds a few "
                  "marks, too little for a signature as far as the scan shows: check that "
                  "it is signed.", att, ink_mm2=round(f.signature_ink_mm2 or 0.0, 1))  # fmt: skip
    elif f.signed is False:
        route.add("attestation_unsigned", Severity.ERROR,
                  "The attestation d'hébergement is not signed by the host.", att)  # fmt: skip
        route.lacks.append("the host's signature on the attestation")
    elif f.signed is None:
        route.add("attestation_signature_unknown", Severity.WARNING,
                  "Could not tell whether the attestation is signed.", att)  # fmt: skip
    limit = add_months(ctx.as_of, -MONTHS_NEEDED)
    if f.since_date is not None and f.since_date > ctx.as_of:
        route.add("attestation_since_in_future", Severity.ERROR,
                  f"The attestation says the hosting starts on {fmt_date(f.since_date)}, after "
                  f"{fmt_date(ctx.as_of)}.", att, since=f.since_date.isoformat())  # fmt: skip
        route.lacks.append("hosting that has already begun")
    elif f.since_date is not None and f.since_date > limit:
        # like a lease: the attestation proves residence from the day hosting began
        route.add("attestation_too_recent", Severity.ERROR,
                  f"The attestation says the hosting began on {fmt_date(f.since_date)}, less than "
                  f"three months before {fmt_date(ctx.as_of)}: it proves residence only from "
                  f"{fmt_date(add_months(f.since_date, MONTHS_NEEDED))}.", att,
                  since=f.since_date.isoformat(),
                  enough_from=add_months(f.since_date, MONTHS_NEEDED).isoformat())  # fmt: skip
        route.lacks.append("hosting that began at least three months ago")
    if not f.host_name:
        route.add("attestation_host_unreadable", Severity.WARNING,
                  "The host's name could not be read.", att)  # fmt: skip
        route.lacks.append("a readable host name")
        return route
    host_name = f.host_name
    if (named := packet_host(ctx, host_name)) is not None:
        route.add("attestation_host_read_as", Severity.INFO,
                  f"The host's name reads {host_name} on the attestation: taken as {named}, "
                  "whom the packet's other papers name.", att, found=host_name, taken=named)  # fmt: skip
        host_name = named
    host = person_from_text(host_name)
    host_id = _host_id(ctx, host)
    if host_id is None:
        route.add("host_id_missing", Severity.ERROR,
                  f"The host's identity document is missing: add a copy of {host_name}'s ID card or "
                  "passport.", att, host=host_name)  # fmt: skip
        route.lacks.append("the host's identity document")
    else:
        route.documents.append(host_id)
    sub = Route("host_proof")
    if not _lease_for(sub, ctx.of_type(DocType.LEASE), host, host_name, ctx.as_of):
        _bills_for(sub, ctx.of_type(DocType.UTILITY_BILL), host, host_name, ctx.as_of)
    route.documents.extend(sub.documents)
    route.findings.extend(
        x for x in sub.findings if not x.code.endswith(("bills_other_name", "_ignored"))
    )
    if not sub.documents:
        route.add("host_proof_missing", Severity.ERROR,
                  f"The host's own proof of address is missing: add {host_name}'s lease or three "
                  "successive bills in their name.", att, host=host_name)  # fmt: skip
        route.lacks.append("the host's lease or three successive bills")
    else:
        route.lacks.extend(sub.lacks)
    _addresses(route, f.address, "attestation's address")
    return route


def _lease_of_another(ctx: AuditContext, person: PersonName) -> RequirementResult | None:
    """No route, but a lease whose tenants are all someone else: the piece is there and
    proves nothing for the applicant (invalid on a reliable read, questionable on a
    doubtful one), which "missing" would not say."""
    for lease in ctx.of_type(DocType.LEASE):
        names = list(lease.fields.tenant_names) if lease.fields else []
        kinds = {name_on(person, lease, t)[0] for t in names}
        if not names or not kinds <= {"other", "uncertain"}:
            continue
        sure = "other" in kinds
        f = Finding(
            f"{RID}.lease_other_person", Severity.ERROR if sure else Severity.WARNING,
            f"The lease ({lease.where()}) names {', '.join(names)} as tenant"
            + ("" if sure else " (an uncertain read: check it)")
            + f", not the applicant {person.display}: a lease proves residence only in the "
            "applicant's name. If you live with the tenant, add their attestation "
            "d'hébergement with their ID.", lease.id, lease.page_refs, {"found": names},
        )  # fmt: skip
        return result(RID, Status.INVALID if sure else Status.QUESTIONABLE, [lease], [f])
    return None


def check(ctx: AuditContext) -> RequirementResult:
    person = applicant_name(ctx)
    routes = [lease_route(ctx, person), bills_route(ctx, person), hosting_route(ctx, person)]
    present = [r for r in routes if r.present]
    if not present:
        if (others := _lease_of_another(ctx, person)) is not None:
            return others
        f = Finding(f"{RID}.missing", Severity.ERROR,
                    "No proof of residence: add a lease, three successive bills in your name, or an "
                    "attestation d'hébergement with the host's ID and proof of address.")  # fmt: skip
        return result(RID, Status.MISSING, (), [f])
    # the best route: the soundest verdict, then the fewest gaps, then the most pieces given
    best = min(present, key=lambda r: (STATUS_ORDER[r.status], len(r.lacks), -len(r.documents)))
    route_finding = Finding(
        f"{RID}.route",
        Severity.INFO,
        f"Judged on the {best.name} route.",
        evidence={
            "route": best.name,
            "lacks": best.lacks,
            "routes": {r.name: r.status.value for r in routes},
        },
    )
    findings = [route_finding]
    findings.extend(best.findings)
    if best.status != Status.COMPLETE:
        for other in present:
            if other is not best and other.lacks:
                findings.append(Finding(f"{RID}.route_{other.name}_lacks", Severity.INFO,
                                        f"The {other.name} route still lacks: {'; '.join(other.lacks)}.",
                                        evidence={"route": other.name, "lacks": other.lacks}))  # fmt: skip
    return result(RID, best.status, best.documents, findings)
