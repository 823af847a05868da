"""Requirement ``residence_status``: a VLS-TS, a residence permit or a récépissé of the
applicant, valid at the audit date. Not applicable to EU/EEA/Swiss nationals."""

from __future__ import annotations

from rapidfuzz import fuzz

from docverify.countries import free_movement
from docverify.doctypes.document_number import NUMBER_NOTES
from docverify.doctypes.travel_document import IdentityFields, doc_findings
from docverify.doctypes.visual_zone import comparable_names
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
    Findings,
    applicant_name,
    fmt_date,
    own_doubts,
    result,
    status_from_findings,
)
from docverify.values.names import NameMatch, PersonName, name_tokens

RID = "residence_status"


def _judge(ctx: AuditContext, doc: Document) -> tuple[Status, list[Finding]]:
    f = doc.fields
    findings = Findings(RID, doc)

    what = "visa" if doc.type == DocType.LONG_STAY_VISA else "residence permit"
    if f is None:
        findings.add("unreadable", Severity.WARNING, f"The {what} could not be read.")
        return Status.QUESTIONABLE, findings
    if doc.type == DocType.LONG_STAY_VISA:
        if f.visa_type == "C" and f.vls_ts:
            # a VLS-TS is a type D visa by law: one of the two readings is wrong (an MRZ
            # printed "VC" on a sticker whose "D" OCR lost, set_bs p02), not a short stay
            findings.add("visa_type_conflict", Severity.WARNING,
                "The visa reads as a short-stay visa (type C), yet its remarks say VLS-TS, "
                "which only a long-stay visa (type D) carries: check the type printed on the "
                "sticker and the MRZ's first letters ('VD' for a long-stay visa).",
                visa_type="C")  # fmt: skip
        elif f.visa_type == "C":
            findings.add("short_stay_visa", Severity.ERROR,
                "This is a short-stay (type C, Schengen) visa: it allows visits of up to 90 days "
                "and gives no right of residence. A long-stay visa valid as a residence permit "
                "(type D, VLS-TS), a titre de séjour or a récépissé is needed.",
                visa_type="C")  # fmt: skip
        elif f.visa_type == "D" and not f.vls_ts:
            findings.add("not_vls_ts", Severity.WARNING,
                "This long-stay visa (type D) does not say VLS-TS ('valant titre de séjour'): "
                "a plain type D visa needs a residence permit or récépissé as well.")  # fmt: skip
        elif f.visa_type is None:
            findings.add(
                "visa_type_unknown", Severity.WARNING, "The visa's type (C or D) could not be read."
            )
    failed = sorted(k for k, ok in (f.mrz_checks or {}).items() if not ok)
    checks = f.mrz_checks or {}
    # a stamp across a sticker's MRZ hides its expiry: the printed "au / until" tells it
    printed_covers = (
        doc.type == DocType.LONG_STAY_VISA
        and getattr(f, "valid_until", None) is not None
        and set(failed) <= {"expiry_date", "composite"}
        and bool(checks.get("document_number"))
        and bool(checks.get("date_of_birth"))
    )
    if f.mrz_valid is False and printed_covers:
        findings.add("mrz_expiry_unreadable", Severity.INFO,
            f"The {what}'s MRZ expiry could not be read (a stamp across it?); its number and "
            "the holder's date of birth verify, and the printed validity is used.",
            failed=failed)  # fmt: skip
    elif f.mrz_valid is False and f.mrz_confirmed:
        findings.add("mrz_invalid", Severity.ERROR,
            f"The {what}'s MRZ check digits fail ({', '.join(failed)}) on a clean read: "
            "the document is altered or faulty.", failed=failed)  # fmt: skip
    elif f.mrz_valid is False:
        findings.add("mrz_misread", Severity.WARNING,
            f"The {what}'s MRZ check digits fail ({', '.join(failed)}), probably a misread: "
            "send a sharper, straight scan.", failed=failed)  # fmt: skip
    elif f.mrz_valid is None and getattr(f, "number_readings", None):
        findings.extend(x for x in doc_findings(doc) if x.code in NUMBER_NOTES)
    elif f.mrz_valid is None and f.document_code != "RECEPISSE":
        findings.add(
            "mrz_unreadable",
            Severity.WARNING,
            f"The {what}'s machine-readable zone could not be read.",
        )
    findings.extend(own_doubts(ctx, doc))
    until = getattr(f, "valid_until", None) or f.expiry_date
    if until is None:
        findings.add(
            "validity_unknown", Severity.WARNING, f"The {what}'s end of validity could not be read."
        )
    elif until < ctx.as_of:
        findings.add(
            "expired",
            Severity.ERROR,
            f"The {what} expired on {fmt_date(until)}.",
            valid_until=until.isoformat(),
        )
    # holder: compare with the applicant's passport
    person = applicant_name(ctx)
    holder = " ".join(x for x in (f.given_names, f.surname) if x)
    dob, birth = ctx.applicant.date_of_birth, f.date_of_birth
    verified = bool(birth and dob and f.mrz_checks and f.mrz_checks.get("date_of_birth"))
    dob_differs, dob_agrees = verified and birth != dob, verified and birth == dob
    if holder and ctx.applicant.surname:
        cmp = person.compare(holder)
        if cmp.match == NameMatch.MISMATCH and dob_differs:
            findings.add("holder_mismatch", Severity.ERROR,
                f"The {what} is of {holder}, born {fmt_date(birth)}, not {person.display}.")  # fmt: skip
        elif (
            cmp.match == NameMatch.MISMATCH
            and cmp.surname == "exact"
            and dob_agrees
            and (_given_alike(holder, person) or _printed_given(f, person))
        ):
            # the surname and the check-digit-verified date of birth are the applicant's:
            # given names that read otherwise (or that the card's printed zone gives as
            # the applicant's) are the MRZ's unchecked names misread
            findings.add("holder_name_slip", Severity.INFO,
                f"The {what}'s holder reads {holder}: the surname and the date of birth (checked "
                f"by its MRZ) are {person.display}'s, the given names are taken as misread.")  # fmt: skip
        elif cmp.match in (NameMatch.MISMATCH, NameMatch.GIVEN_ONLY):
            findings.add("holder_name_differs", Severity.WARNING,
                f"The {what}'s holder reads {holder}, not {person.display}: check it.")  # fmt: skip
        elif cmp.match == NameMatch.SLIP:
            # a slip beside the exact surname and the verified date of birth: a misread of
            # the MRZ's unchecked names
            # (or beside a surname the document's printed zone gives as the applicant's)
            anchored = dob_agrees and (cmp.surname == "exact" or _printed_surname(f, person))
            findings.add("holder_name_slip",
                Severity.INFO if cmp.ocr_slips_only or anchored else Severity.WARNING,
                f"The {what}'s holder {holder} differs slightly from {person.display}.")  # fmt: skip
    if dob_differs and not any(x.code == f"{RID}.holder_mismatch" for x in findings):
        # both dates are check-digit verified: the documents disagree, one must be corrected
        findings.add("holder_birth_date_mismatch", Severity.ERROR,
            f"The {what} gives a date of birth {fmt_date(birth)}, the passport {fmt_date(dob)}: "
            "one of them must be corrected.")  # fmt: skip
    return status_from_findings(findings), findings


GIVEN_ALIKE = 75.0
"""Similarity (rapidfuzz ratio) of misread given names to the applicant's: XITAQWEI and
XIAOWEI 80; another given name (XIAOMING) 67."""


def _given_alike(holder: str, person: PersonName) -> bool:
    surnames = {t for s in person.surnames for t in name_tokens(s)}
    given = " ".join(t for t in name_tokens(holder) if t not in surnames)
    return bool(given) and fuzz.ratio(given, " ".join(person.given_names)) >= GIVEN_ALIKE


def _printed_given(f: IdentityFields, person: PersonName) -> bool:
    """Does the document's printed zone give the applicant's given names (where its MRZ,
    whose names no check digit covers, reads "HEI" for the printed "WEI")?"""
    printed = (f.visual or {}).get("given_names")
    return bool(printed) and person.compare(f"{printed} {f.surname or ''}").match in (
        NameMatch.MATCH, NameMatch.SLIP)  # fmt: skip


def _printed_surname(f: IdentityFields, person: PersonName) -> bool:
    """Does the document's printed zone give the applicant's surname exactly (a visa's
    "Nom, prénom / Surname, name: IYER, ROHAN" where its MRZ reads ILYER)?"""
    names = comparable_names(f.visual or {}, f.surname, f.given_names)
    printed = names.get("surname")
    return bool(printed) and person.compare(f"{f.given_names or ''} {printed}").surname == "exact"


def check(ctx: AuditContext) -> RequirementResult:
    nationality = ctx.applicant.nationality
    if nationality and free_movement(nationality):
        f = Finding(f"{RID}.free_movement", Severity.INFO,
                    f"No residence permit is needed for an EU/EEA/Swiss national ({nationality}).")  # fmt: skip
        return result(RID, Status.NOT_APPLICABLE, (), [f])
    docs = ctx.of_type(DocType.LONG_STAY_VISA, DocType.RESIDENCE_PERMIT)
    if not docs and not nationality and ctx.of_type(DocType.PASSPORT, DocType.NATIONAL_ID):
        # "missing" would assert that the holder of an identity document read too poorly
        # to tell their nationality is no EU/EEA/Swiss national
        f = Finding(f"{RID}.nationality_unknown", Severity.WARNING,
                    "No long-stay visa (VLS-TS), residence permit or récépissé was found, and "
                    "the applicant's nationality could not be read from an identity document: "
                    "none is needed for an EU/EEA/Swiss national; otherwise add it.")  # fmt: skip
        return result(RID, Status.QUESTIONABLE, (), [f])
    if not docs:
        f = Finding(f"{RID}.missing", Severity.ERROR,
                    "No long-stay visa (VLS-TS), residence permit or récépissé was found.")  # fmt: skip
        return result(RID, Status.MISSING, (), [f])
    judged = [(doc, *_judge(ctx, doc)) for doc in docs]
    doc, status, findings = min(judged, key=lambda j: STATUS_ORDER[j[1]])
    return result(RID, status, [doc], findings)
