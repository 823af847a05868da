"""Requirement ``residence_proof``: living in France for more than three months, by one
of three routes (domain.md):

1. ``lease``   a lease in the applicant's name that started at least three months ago;
2. ``bills``   three successive bills in the applicant's name covering three consecutive
               months;
3. ``hosting`` a signed attestation d'hébergement naming the applicant, plus the host's
               identity document, plus the host's lease or three successive bills.

Each route is judged on its own; the best one gives the verdict, and what the others still
lack is reported when they are partly there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

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
from docverify.values.address import Address
from docverify.values.dates import add_months
from docverify.values.names import NameMatch, PersonName

RID = "residence_proof"
MONTHS_NEEDED = 3
STALE_AFTER_MONTHS = 3


@dataclass
class Route:
    name: str
    documents: list[Document] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    lacks: list[str] = field(default_factory=list)
    present: bool = False  # some piece of this route is in the packet

    def add(
        self, code: str, severity: Severity, message: str, doc: Document | None = None, **ev: Any
    ) -> None:
        f = Finding(f"{RID}.{code}", severity, message, evidence=ev)
        self.findings.append(f.about(doc) if doc else f)

    @property
    def status(self) -> Status:
        if not self.present:
            return Status.MISSING
        return status_from_findings(self.findings)


def _month_index(key: str) -> int:
    y, m = key.split("-")
    return int(y) * 12 + int(m) - 1


def _month_key(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _longest_run(months: set[str]) -> list[str]:
    idx = sorted({_month_index(m) for m in months})
    best: list[int] = []
    run: list[int] = []
    for i in idx:
        run = [*run, i] if run and i == run[-1] + 1 else [i]
        if len(run) >= len(best):
            best = run
    return [_month_key(i) for i in best]


def _bills_for(
    route: Route, bills: Sequence[Document], person: PersonName, whose: str, as_of: dt.date
) -> None:
    """Judge 'three successive bills in <person>'s name' into ``route``."""
    mine: list[Document] = []
    others: list[tuple[Document, str]] = []
    seen: dict[tuple[object, ...], Document] = {}
    for bill in bills:
        f = bill.fields
        if f is None:
            continue
        match = person.matches(f.holder_name)
        if match == NameMatch.MISMATCH:
            others.append((bill, f.holder_name or "?"))
            continue
        key = (
            (f.invoice_number,)
            if f.invoice_number
            else (f.provider, f.period_start, f.period_end, f.issue_date, f.amount)
        )
        if key in seen:
            route.add("duplicate_bill", Severity.INFO,
                      f"This bill is the same as the one in {seen[key].where()}: it counts once.", bill)  # fmt: skip
            continue
        seen[key] = bill
        if match == NameMatch.UNKNOWN:
            route.add("bill_holder_unreadable", Severity.WARNING,
                      "The holder's name on this bill could not be read.", bill)  # fmt: skip
        elif match == NameMatch.SLIP:
            route.add("bill_name_slip", Severity.WARNING,
                      f"The name on this bill ({f.holder_name}) is close to but not exactly {person.display}.", bill)  # fmt: skip
        mine.append(bill)
    if mine or others:
        route.present = True
    route.documents.extend(mine)
    if others and not mine:
        names = sorted({n for _, n in others})
        route.add("bills_other_name", Severity.ERROR,
                  f"The bills are in the name of {', '.join(names)}, not {whose}: bills in another person's "
                  "name count only with an attestation d'hébergement from that person.",
                  names=names, documents=[b.id for b, _ in others])  # fmt: skip
        route.lacks.append(f"three successive bills in {whose}'s name")
        return
    if not mine:
        route.lacks.append(f"three successive bills in {whose}'s name")
        return
    months: set[str] = set()
    per_bill: dict[str, list[str]] = {}
    for bill in mine:
        ms = list(getattr(bill.fields, "months", ()) or ())
        per_bill[bill.id] = ms
        months.update(ms)
    run = _longest_run(months)
    evidence: dict[str, Any] = {"months_found": sorted(months), "per_bill": per_bill,
                "names": {b.id: b.fields.holder_name for b in mine}}  # fmt: skip
    if not months:
        route.add("bill_dates_unreadable", Severity.WARNING,
                  "The bills' dates could not be read, so their months cannot be checked.", **evidence)  # fmt: skip
        return
    if len(run) < MONTHS_NEEDED:
        last = max(_month_index(m) for m in months)
        wanted = [_month_key(i) for i in range(last - MONTHS_NEEDED + 1, last + 1)]
        missing = [m for m in wanted if m not in months]
        if len(mine) < MONTHS_NEEDED and len(months) < MONTHS_NEEDED:
            route.add("not_enough_bills", Severity.ERROR,
                      f"Only {len(mine)} bill(s) in {whose}'s name, covering {', '.join(sorted(months))}: "
                      f"three successive months are needed (missing: {', '.join(missing)}).",
                      missing_months=missing, **evidence)  # fmt: skip
        else:
            route.add("bills_not_consecutive", Severity.ERROR,
                      f"The bills in {whose}'s name cover {', '.join(sorted(months))}, not three consecutive "
                      f"months (missing: {', '.join(missing)}).",
                      missing_months=missing, **evidence)  # fmt: skip
        route.lacks.append(f"bills for {', '.join(missing)}")
        return
    newest = max(_month_index(m) for m in months)
    newest_end = add_months(dt.date(newest // 12, newest % 12 + 1, 1), 1) - dt.timedelta(days=1)
    if newest_end < add_months(as_of, -STALE_AFTER_MONTHS):
        route.add("stale", Severity.WARNING,
                  f"The newest bill in {whose}'s name is for {_month_key(newest)}, more than "
                  f"{STALE_AFTER_MONTHS} months before {fmt_date(as_of)}: send recent ones.",
                  newest_month=_month_key(newest), **evidence)  # fmt: skip
    else:
        route.add("bills_ok", Severity.INFO,
                  f"Bills in {whose}'s name cover {', '.join(run[-MONTHS_NEEDED:])}.", **evidence)  # fmt: skip


def _lease_for(
    route: Route, leases: Sequence[Document], person: PersonName, whose: str, as_of: dt.date
) -> bool:
    """Judge 'a lease in <person>'s name started 3+ months ago'; True when one is found."""
    for lease in leases:
        f = lease.fields
        if f is None or not any(
            person.matches(t) in (NameMatch.MATCH, NameMatch.SLIP) for t in f.tenant_names
        ):
            continue
        route.present = True
        route.documents.append(lease)
        limit = add_months(as_of, -MONTHS_NEEDED)
        if f.start_date is None:
            route.add(
                "lease_start_unreadable",
                Severity.WARNING,
                "The lease's start date could not be read.",
                lease,
            )
        elif f.start_date > limit:
            route.add("lease_too_recent", Severity.ERROR,
                      f"The lease started on {fmt_date(f.start_date)}, less than three months before "
                      f"{fmt_date(as_of)}: it proves residence only from {fmt_date(add_months(f.start_date, MONTHS_NEEDED))}.",
                      lease, start_date=f.start_date.isoformat())  # fmt: skip
            route.lacks.append("a lease started at least three months ago")
        return True
    return False


def _addresses(route: Route, ctx: AuditContext, reference: str | None, label: str) -> None:
    if not reference:
        return
    ref = Address.parse(reference)
    for doc in route.documents:
        raw = getattr(doc.fields, "address", None)
        if not raw:
            continue
        same = ref.same_place(Address.parse(raw))
        if same is False:
            route.add("address_mismatch", Severity.WARNING,
                      f"The address on this {doc.type.value.replace('_', ' ')} ({raw}) differs from the {label} ({reference}).",
                      doc, found=raw, expected=reference)  # fmt: skip


def _form_address(ctx: AuditContext) -> str | None:
    forms = ctx.of_type(DocType.APPLICATION_FORM)
    return getattr(forms[0].fields, "address", None) if forms and forms[0].fields else None


def lease_route(ctx: AuditContext, person: PersonName) -> Route:
    route = Route("lease")
    if not _lease_for(route, ctx.of_type(DocType.LEASE), person, person.display, ctx.as_of):
        route.lacks.append("a lease in the applicant's name")
    _addresses(route, ctx, _form_address(ctx), "form's address")
    return route


def bills_route(ctx: AuditContext, person: PersonName) -> Route:
    route = Route("bills")
    _bills_for(route, ctx.of_type(DocType.UTILITY_BILL), person, person.display, ctx.as_of)
    _addresses(route, ctx, _form_address(ctx), "form's address")
    return route


def hosting_route(ctx: AuditContext, person: PersonName) -> Route:
    route = Route("hosting")
    attestations = ctx.of_type(DocType.HOSTING_ATTESTATION)
    if not attestations:
        route.lacks.append("an attestation d'hébergement")
        return route
    route.present = True
    att = attestations[0]
    route.documents.append(att)
    f = att.fields
    if f is None:
        route.add(
            "attestation_unreadable", Severity.WARNING, "The attestation could not be read.", att
        )
        return route
    hosted = person.matches(f.hosted_name)
    if hosted == NameMatch.MISMATCH:
        route.add("attestation_other_person", Severity.ERROR,
                  f"The attestation hosts {f.hosted_name}, not {person.display}.", att)  # fmt: skip
    elif hosted == NameMatch.UNKNOWN:
        route.add("attestation_hosted_unreadable", Severity.WARNING,
                  "The hosted person's name could not be read on the attestation.", att)  # fmt: skip
    if f.signed is False:
        route.add(
            "attestation_unsigned",
            Severity.ERROR,
            "The attestation d'hébergement is not signed by the host.",
            att,
        )
        route.lacks.append("the host's signature on the attestation")
    elif f.signed is None:
        route.add("attestation_signature_unknown", Severity.WARNING,
                  "Could not tell whether the attestation is signed.", att)  # fmt: skip
    if not f.host_name:
        route.add(
            "attestation_host_unreadable",
            Severity.WARNING,
            "The host's name could not be read.",
            att,
        )
        return route
    host_tokens = f.host_name.split()
    host = PersonName.parse(host_tokens[-1], " ".join(host_tokens[:-1]))
    # the host's identity document: any passport / ID card / permit other than the applicant's
    ids = [
        d for d in ctx.of_type(DocType.NATIONAL_ID, DocType.PASSPORT, DocType.RESIDENCE_PERMIT)
        if d.id != ctx.applicant.source_document and d.fields is not None
    ]  # fmt: skip
    host_id = next(
        (d for d in ids if host.matches(f"{d.fields.given_names or ''} {d.fields.surname or ''}")
         in (NameMatch.MATCH, NameMatch.SLIP)), None)  # fmt: skip
    if host_id is None:
        route.add("host_id_missing", Severity.ERROR,
                  f"The host's identity document is missing: add a copy of {f.host_name}'s ID card or passport.", att)  # fmt: skip
        route.lacks.append("the host's identity document")
    else:
        route.documents.append(host_id)
    sub = Route("host_proof")
    if not _lease_for(sub, ctx.of_type(DocType.LEASE), host, f.host_name, ctx.as_of):
        _bills_for(sub, ctx.of_type(DocType.UTILITY_BILL), host, f.host_name, ctx.as_of)
    route.documents.extend(sub.documents)
    route.findings.extend(x for x in sub.findings if not x.code.endswith("bills_other_name"))
    if not sub.documents:
        route.add("host_proof_missing", Severity.ERROR,
                  f"The host's own proof of address is missing: add {f.host_name}'s lease or three successive bills.", att)  # fmt: skip
        route.lacks.append("the host's lease or three successive bills")
    else:
        route.lacks.extend(sub.lacks)
    _addresses(route, ctx, f.address, "attestation's address")
    return route


def check(ctx: AuditContext) -> RequirementResult:
    person = applicant_name(ctx)
    routes = [lease_route(ctx, person), bills_route(ctx, person), hosting_route(ctx, person)]
    present = [r for r in routes if r.present]
    if not present:
        f = Finding(f"{RID}.missing", Severity.ERROR,
                    "No proof of residence: add a lease, three successive bills in your name, or an "
                    "attestation d'hébergement with the host's ID and proof of address.")  # fmt: skip
        return result(RID, Status.MISSING, (), [f])
    best = min(present, key=lambda r: (STATUS_ORDER[r.status], len(r.lacks)))
    findings = list(best.findings)
    findings.insert(
        0,
        Finding(
            f"{RID}.route",
            Severity.INFO,
            f"Judged on the {best.name} route.",
            evidence={"route": best.name},
        ),
    )
    if best.status != Status.COMPLETE:
        for other in present:
            if other is not best and other.lacks:
                findings.append(Finding(f"{RID}.route_{other.name}_lacks", Severity.INFO,
                                        f"The {other.name} route still lacks: {'; '.join(other.lacks)}.",
                                        evidence={"route": other.name, "lacks": other.lacks}))  # fmt: skip
    return result(RID, best.status, best.documents, findings)
