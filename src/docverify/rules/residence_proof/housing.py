"""The lease route, and the hosting route (an attestation d'hébergement, the host's identity
document, the host's own lease or bills)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

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
    born_in_text,
    fmt_date,
    named_in_text,
    result,
    vowel_variant,
)
from docverify.rules.host import (
    host_in_text,
    names_someone,
    packet_host,
    packet_person,
    sole_housed_person,
)
from docverify.rules.residence_proof.bills import MONTHS_NEEDED, bills_for
from docverify.rules.residence_proof.route import RID, Route, addresses, form_address, name_on
from docverify.values.dates import add_months
from docverify.values.names import NameMatch, PersonName, name_tokens, person_from_text
from docverify.vision.ink import NO_SIGNATURE_MM2


def lease_for(
    route: Route,
    leases: Sequence[Document],
    person: PersonName,
    whose: str,
    as_of: dt.date,
    variant: Callable[[str, str], bool] | None = None,
) -> bool:
    """Judge 'a lease in <person>'s name started 3+ months ago'; True when one is found.
    A lease whose tenant could not be read at all counts when no lease names ``person``:
    the route is then doubtful, not missing. ``variant``: how the person's name may be
    romanised otherwise (``common.vowel_variant``)."""
    unread = [
        lease for lease in leases if lease.fields is not None and not lease.fields.tenant_names
    ]
    for lease in leases:
        f = lease.fields
        if f is None:
            continue
        kinds = [name_on(person, lease, t, variant)[0] for t in f.tenant_names]
        usable = [k for k in kinds if k not in ("other", "unknown", "family")]
        if not usable:
            continue
        route.present = True
        route.documents.append(lease)
        if "mine" not in kinds:
            worst = "variant" if "variant" in usable else usable[0]
            severity = Severity.INFO if worst in ("slip", "romanised") else Severity.WARNING
            why = {"slip": " (a likely misread).", "romanised": " (another romanisation of "
                   "the name: taken as the same)."}.get(worst, ": check it.")  # fmt: skip
            route.add("lease_name_slip", severity,
                      f"The tenant's name on the lease ({', '.join(f.tenant_names)}) is not exactly "
                      f"{whose}" + why, lease, found=list(f.tenant_names))  # fmt: skip
        _dates_and_signature(route, lease, f"Lease in {whose}'s name", as_of)
        return True
    if unread:
        lease = unread[0]
        route.present = True
        route.documents.append(lease)
        route.add("lease_tenant_unreadable", Severity.WARNING,
                  f"The tenant's name could not be read on the lease ({lease.where()}): check "
                  f"that it is in {whose}'s name.", lease)  # fmt: skip
        _dates_and_signature(route, lease, "Lease", as_of)
        return True
    return False


def _dates_and_signature(route: Route, lease: Document, what: str, as_of: dt.date) -> None:
    f = lease.fields
    assert f is not None
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
                  f"{what} since {fmt_date(f.start_date)}.", lease,
                  start_date=f.start_date.isoformat(), address=f.address)  # fmt: skip
    if f.signed is False:
        route.add("lease_unsigned", Severity.WARNING,
                  "The lease does not appear to be signed by the tenants.", lease)  # fmt: skip


def lease_route(ctx: AuditContext, person: PersonName) -> Route:
    route = Route("lease")
    if not lease_for(route, ctx.of_type(DocType.LEASE), person, person.display, ctx.as_of,
                     vowel_variant(ctx)):  # fmt: skip
        route.lacks.append("a lease in the applicant's name")
    addresses(route, form_address(ctx), "form's address")
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


FRENCH_CARD_EXTENSION_YEARS = 5
"""A French identity card issued to an adult from 2004 to 2013 is valid five years past
the date printed on it (décret n° 2013-1188; service-public.fr, "Carte d'identité : durée
de validité"): its printed expiry falls in 2014-2023."""


def _host_id_expiry(route: Route, ctx: AuditContext, host_id: Document, host_name: str) -> None:
    """The host's ID expired at the audit date: domain.md asks only for a copy of it, but
    a clerk may refuse an expired one (set_cm p04: a passport expired six years before);
    a warning, and a note only for a French card that the five-year extension may still
    cover."""
    fields = host_id.fields
    expiry = getattr(fields, "expiry_date", None)
    if fields is None or expiry is None or expiry >= ctx.as_of:
        return
    extended = add_months(expiry, 12 * FRENCH_CARD_EXTENSION_YEARS)
    french_card = host_id.type == DocType.NATIONAL_ID and fields.issuing_country == "FRA"
    if french_card and 2014 <= expiry.year <= 2023 and extended >= ctx.as_of:
        route.add("host_id_extended", Severity.INFO,
                  f"The host's identity card ({host_id.where()}) shows an expiry date of "
                  f"{fmt_date(expiry)}: a French card issued to an adult from 2004 to 2013 stays "
                  "valid five more years, so it should still be accepted.", host_id,
                  host=host_name, expiry_date=expiry.isoformat())  # fmt: skip
        return
    route.add("host_id_expired", Severity.WARNING,
              f"The host's identity document ({host_id.where()}) expired on {fmt_date(expiry)}: "
              f"the CPAM may refuse it. Add a copy of a valid ID of {host_name}.", host_id,
              host=host_name, expiry_date=expiry.isoformat())  # fmt: skip


def _assume_host(route: Route, att: Document, read: str, assumed: str, **ev: str) -> None:
    """Say that the packet's one other housed person is taken as the host, to be checked."""
    route.add("attestation_host_assumed", Severity.WARNING,
              f"The host's name on the attestation {read}; the packet holds the identity "
              f"document and proof of address of {assumed}, taken as the host: check that the "
              f"attestation is written and signed by {assumed}.", att, **ev, taken=assumed)  # fmt: skip


def _doubtful(hosted: str, att: Document, read: str | None) -> bool:
    """Is the hosted person's name unread, or read with doubt as someone else's or with
    another surname (a hand's "Olchsandra TCRYLICCTCENHCO" for OLEKSANDRA HRYSHCHENKO,
    set_dc p01)?"""
    if hosted in ("unknown", "uncertain"):
        return True
    return hosted == "surname_differs" and read_confidence(att, read or "") < RELIABLE


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
    hosted, _why = name_on(person, att, f.hosted_name, vowel_variant(ctx))
    if hosted in ("unknown", "variant", "uncertain") and named_in_text(ctx, att):
        route.add("attestation_hosted_in_text", Severity.INFO,
                  f"The hosted person's name field reads {f.hosted_name or 'nothing'}, but the "
                  f"attestation's text names {person.display}.", att, found=f.hosted_name)  # fmt: skip
    elif _doubtful(hosted, att, f.hosted_name) and born_in_text(ctx, att):
        route.add("attestation_hosted_born", Severity.INFO,
                  f"The hosted person's name reads {f.hosted_name or 'nothing'} on the "
                  f"attestation, but its text gives {person.display}'s names and date of birth "
                  f"({fmt_date(ctx.applicant.date_of_birth)}), as a handwriting's read does: "
                  f"a glance at the hosted person's name is enough.", att,
                  found=f.hosted_name)  # fmt: skip
    elif hosted == "other" and (someone := packet_person(ctx, f.hosted_name or "")):
        # the name read where the hosted person is written is the host's (a handwritten
        # "Je soussignée Hui Chen" whose opening words were lost): a misplaced read, not
        # another person hosted
        route.add("attestation_hosted_is_host", Severity.WARNING,
                  f"The hosted person's name read on the attestation ({f.hosted_name}) is "
                  f"{someone}'s, whom the packet's other papers name: the hosted person's "
                  f"name could not be read; check that the attestation names "
                  f"{person.display}.", att, found=f.hosted_name, taken=someone)  # fmt: skip
    elif hosted == "other":
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
    elif hosted == "romanised":
        route.add("attestation_name_romanised", Severity.INFO,
                  f"The hosted person on the attestation is {f.hosted_name}: {person.display}'s "
                  "name in another romanisation, taken as the same name.", att,
                  found=f.hosted_name)  # fmt: skip
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
    host_name = f.host_name
    if not host_name and (host_name := host_in_text(ctx, att.text, person)):
        route.add("attestation_host_in_text", Severity.INFO,
                  f"No host's name field was read on the attestation, but its text names "
                  f"{host_name}, whom the packet's other papers name.", att, taken=host_name)  # fmt: skip
    elif not host_name and (assumed := sole_housed_person(ctx, person)):
        _assume_host(route, att, "could not be read", assumed)
        host_name = assumed
    elif not host_name:
        route.add("attestation_host_unreadable", Severity.WARNING,
                  "The host's name could not be read.", att)  # fmt: skip
        route.lacks.append("a readable host name")
        return route
    elif (named := packet_host(ctx, host_name)) is not None:
        route.add("attestation_host_read_as", Severity.INFO,
                  f"The host's name reads {host_name} on the attestation: taken as {named}, "
                  "whom the packet's other papers name.", att, found=host_name, taken=named)  # fmt: skip
        host_name = named
    elif (
        read_confidence(att, host_name) < RELIABLE
        and not names_someone(ctx, host_name)
        and (assumed := sole_housed_person(ctx, person))
    ):
        # a handwritten host's name read as nobody's ("Wepn WH"): the packet's one other
        # person with an ID and a proof of address is the host it points to, to be checked
        _assume_host(route, att, f"reads {host_name}, with doubt, naming no one else", assumed,
                     found=host_name)  # fmt: skip
        host_name = assumed
    host = person_from_text(host_name)
    host_id = _host_id(ctx, host)
    if host_id is None:
        route.add("host_id_missing", Severity.ERROR,
                  f"The host's identity document is missing: add a copy of {host_name}'s ID card or "
                  "passport.", att, host=host_name)  # fmt: skip
        route.lacks.append("the host's identity document")
    else:
        route.documents.append(host_id)
        _host_id_expiry(route, ctx, host_id, host_name)
    sub = Route("host_proof")
    if not lease_for(sub, ctx.of_type(DocType.LEASE), host, host_name, ctx.as_of):
        bills_for(sub, ctx.of_type(DocType.UTILITY_BILL), host, host_name, ctx.as_of)
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
    reliable = f.address is None or read_confidence(att, f.address) >= RELIABLE
    addresses(route, f.address, "attestation's address", reliable)
    return route


def lease_of_another(ctx: AuditContext, person: PersonName) -> RequirementResult | None:
    """No route, but a lease whose tenants are all someone else: the piece is there and
    proves nothing for the applicant (invalid on a reliable read, questionable on a
    doubtful one), which "missing" would not say."""
    for lease in ctx.of_type(DocType.LEASE):
        names = list(lease.fields.tenant_names) if lease.fields else []
        kinds = {name_on(person, lease, t)[0] for t in names}
        if not names or not kinds <= {"other", "uncertain"}:
            continue
        # another person only against a name an identity document gives, not the form's
        # hand, and only on names read whole: a lone word ("Joseph") is a name cut short
        whole = all(len(name_tokens(t)) >= 2 for t in names)
        sure = "other" in kinds and ctx.applicant.source_document is not None and whole
        f = Finding(
            f"{RID}.lease_other_person", Severity.ERROR if sure else Severity.WARNING,
            f"The lease ({lease.where()}) names {', '.join(names)} as tenant"
            + ("" if sure else " (the read is uncertain, or the applicant's name rests on no "
                                 "identity document: check it)")
            + f", not the applicant {person.display}: a lease proves residence only in the "
            "applicant's name. If you live with the tenant, add their attestation "
            "d'hébergement with their ID.", lease.id, lease.page_refs, {"found": names},
        )  # fmt: skip
        return result(RID, Status.INVALID if sure else Status.QUESTIONABLE, [lease], [f])
    return None
