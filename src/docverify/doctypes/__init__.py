"""The document types docverify knows, one module each, listed in ``REGISTRY``.

Adding a type: write ``doctypes/<type>.py`` exposing ``SPEC`` (a ``DocTypeSpec``), add
it here, add its tests. Nothing else changes.
"""

from __future__ import annotations

from docverify.doctypes import (
    apostille,
    application_form,
    birth_certificate,
    employment_contract,
    hosting_attestation,
    lease,
    long_stay_visa,
    national_id,
    passport,
    payslip,
    residence_permit,
    rib,
    translation,
    utility_bill,
)
from docverify.doctypes.base import DocTypeSpec
from docverify.model import DocType

REGISTRY: tuple[DocTypeSpec, ...] = (
    application_form.SPEC,
    passport.SPEC,
    national_id.SPEC,
    long_stay_visa.SPEC,
    residence_permit.SPEC,
    birth_certificate.SPEC,
    apostille.SPEC,
    translation.SPEC,
    utility_bill.SPEC,
    lease.SPEC,
    hosting_attestation.SPEC,
    payslip.SPEC,
    employment_contract.SPEC,
    rib.SPEC,
)

BY_TYPE: dict[DocType, DocTypeSpec] = {spec.type: spec for spec in REGISTRY}
