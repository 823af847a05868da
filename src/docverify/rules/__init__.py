"""The packet rules: one module per requirement id, run in the contract's order.

Each module exposes ``check(ctx: AuditContext) -> RequirementResult``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from docverify.model import AuditContext, RequirementResult, Status, warning
from docverify.rules import (
    application_form,
    bank_details,
    birth_certificate,
    employment,
    identity,
    residence_proof,
    residence_status,
)

log = logging.getLogger(__name__)

RULES: tuple[tuple[str, Callable[[AuditContext], RequirementResult]], ...] = (
    ("application_form", application_form.check),
    ("identity", identity.check),
    ("residence_status", residence_status.check),
    ("birth_certificate", birth_certificate.check),
    ("residence_proof", residence_proof.check),
    ("bank_details", bank_details.check),
    ("employment", employment.check),
)


def evaluate(ctx: AuditContext) -> list[RequirementResult]:
    """Every rule's verdict; a rule that crashes says so as ``questionable``, never vanishes."""
    out: list[RequirementResult] = []
    for rid, rule in RULES:
        try:
            out.append(rule(ctx))
        except Exception as exc:
            log.exception("rule %s failed", rid)
            finding = warning(
                f"{rid}.check_failed",
                f"This requirement could not be checked ({type(exc).__name__}).",
            )
            out.append(RequirementResult(rid, Status.QUESTIONABLE, (), (finding,)))
    return out
