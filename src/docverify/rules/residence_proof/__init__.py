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

from docverify.model import AuditContext, Finding, RequirementResult, Severity, Status
from docverify.rules.common import STATUS_ORDER, applicant_name, result
from docverify.rules.residence_proof.bills import bills_route
from docverify.rules.residence_proof.housing import hosting_route, lease_of_another, lease_route
from docverify.rules.residence_proof.route import RID, name_on

__all__ = ["RID", "check", "name_on"]


def check(ctx: AuditContext) -> RequirementResult:
    person = applicant_name(ctx)
    routes = [lease_route(ctx, person), bills_route(ctx, person), hosting_route(ctx, person)]
    present = [r for r in routes if r.present]
    if not present:
        if (others := lease_of_another(ctx, person)) is not None:
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
