"""Requirement ``application_form``: the Cerfa 15763 / S1106, signed, dated, in the
applicant's name.

Verdicts (see domain.md): unsigned or dated in the future or dated the American way
(a date that only makes sense as MM/DD/YYYY) -> ``invalid``, because the CPAM sends such
a form back; date missing or unreadable, signature not measurable, name differing from
the passport, section B left blank -> ``questionable``, because a clerk may or may not
accept it; an old date (more than ``MAX_AGE_MONTHS``) -> ``questionable``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from docverify.classify import form_part
from docverify.doctypes.application_form.date_text import parse_written_date
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
    Findings,
    applicant_name,
    fmt_date,
    name_findings,
    result,
    status_from_findings,
)
from docverify.rules.host import distance_share
from docverify.values.dates import add_months
from docverify.values.names import NameMatch
from docverify.vision.ink import SIGNATURE_MIN_INK

RID = "application_form"
_MATCH_RANK = {NameMatch.MATCH: 4, NameMatch.SLIP: 3, NameMatch.SURNAME_ONLY: 2,
               NameMatch.GIVEN_ONLY: 1, NameMatch.MISMATCH: 0, NameMatch.UNKNOWN: -1}  # fmt: skip
MAX_AGE_MONTHS = 3
"""A form signed longer ago than this is stale: the situation it declares may have changed."""
FIRST_YEAR = 1900
"""A form dated before this year was not dated so: its year was misread ("1074")."""
YEARS_AHEAD = 5
"""A form dated more years than this after the audit was not dated so either: its year was
misread ("21/11/3036" for 2026), no date in the future to correct."""
CLEAN_BOX = 0.5
"""An unsigned verdict needs a clean box: less ink than this share of a signature's."""


OTHER_NAME_SHARE = 0.5
"""Edits, as a share of the name's letters, beyond which a name read is another name, not
a misread of the applicant's (``host.distance_share``)."""


def check(ctx: AuditContext) -> RequirementResult:
    forms = ctx.of_type(DocType.APPLICATION_FORM)
    if not forms:
        f = Finding(
            f"{RID}.missing",
            Severity.ERROR,
            "No application form (Cerfa 15763, 'Demande d'ouverture des droits à l'assurance "
            "maladie') was found.",
        )
        return result(RID, Status.MISSING, (), [f])
    # several forms (a draft and the signed one): judge the best, as the clerk would
    judged = [_judge(ctx, doc) for doc in forms]
    best = min(judged, key=lambda j: (_rank(j[0]), len(j[1])))
    return best[2]


def _rank(status: Status) -> int:
    return {Status.COMPLETE: 0, Status.QUESTIONABLE: 1, Status.INVALID: 2}.get(status, 3)


def _only_first_page(ctx: AuditContext, doc: Document) -> bool:
    """Is the form its first page alone (section A and B, nothing of section C), with no
    page of the packet left unrecognised that could be its second?"""
    if len(doc.pages) != 1 or form_part(doc.pages[0].text) != 0:
        return False
    return not ctx.of_type(DocType.UNKNOWN)


def _masked(number: str) -> str:
    """A NIR for a message: never printed in full (first digit and key only).

    >>> _masked("295109912611193")
    '2 ** ** ** *** *** 93'
    """
    return f"{number[:1]} ** ** ** *** *** {number[-2:]}" if len(number) > 3 else "***"


def _judge(ctx: AuditContext, doc: Document) -> tuple[Status, list[Finding], RequirementResult]:
    fields = doc.fields
    findings = Findings(RID, doc)

    if fields is None:
        findings.add("unreadable", Severity.WARNING, "The form could not be read.")
        res = result(RID, Status.QUESTIONABLE, [doc], findings)
        return res.status, findings, res

    # section C: signature
    where = getattr(fields, "signature_page", None) or doc.where()
    ink = getattr(fields, "signature_ink", None)
    faint = getattr(fields, "signature_faint", False)
    mark_mm = getattr(fields, "signature_mark_mm", None)
    if fields.signed is False and getattr(fields, "signature_typed", False):
        findings.add(
            "signature_typed",
            Severity.ERROR,
            f"The form's signature field holds a typed name ({where}), which is no signature: "
            "print the form and sign section C by hand.",
            page=where,
        )
    elif fields.signed is False and getattr(fields, "signature_struck", False):
        findings.add(
            "signature_struck",
            Severity.WARNING,
            f"The signature box ({where}) holds writing crossed out, not a signature as far "
            "as the scan shows: check that the form is signed, and sign section C if not.",
            page=where,
        )
    elif (
        fields.signed is False
        and not faint
        and (ink is None or ink < CLEAN_BOX * SIGNATURE_MIN_INK or mark_mm is not None)
    ):
        findings.add(
            "unsigned",
            Severity.ERROR,
            f"The form is not signed ({where}"
            + (f": its box holds only a mark {mark_mm:.0f} mm wide" if mark_mm else "")
            + "): sign section C before mailing it.",
            page=where,
            **({"mark_mm": mark_mm} if mark_mm is not None else {}),
        )
    elif fields.signed is False:
        findings.add(
            "signature_doubtful",
            Severity.WARNING,
            f"The signature box ({where}) holds only "
            + ("pale strokes" if faint else "a few marks")
            + ", too little for a signature as far as the scan shows: check that the form is "
            "signed.",
            page=where,
            ink=round(ink or 0.0, 4),
        )
    elif fields.signed is None and _only_first_page(ctx, doc):
        findings.add(
            "signature_page_missing",
            Severity.ERROR,
            f"Only the form's first page is here ({doc.where()}): its second page, section C "
            "with the date and the signature, is missing. Send both pages, signed.",
        )
    elif fields.signed is None:
        findings.add(
            "signature_unknown",
            Severity.WARNING,
            "Could not find the signature box of section C to tell whether the form is "
            "signed: check it.",
        )

    # section C: date (none, or one no hand wrote: "17/01/1074", a year's digits misread)
    dated = (
        fields.signed_on is not None
        and FIRST_YEAR <= fields.signed_on.year <= ctx.as_of.year + YEARS_AHEAD
    )
    if fields.date_us_style:
        findings.add(
            "date_us_format",
            Severity.ERROR,
            f"The form is dated {fields.date_text}, which only makes sense as month/day/year: "
            "French dates are written DD/MM/YYYY (day first). Write the date again, day first.",
            rests_on=() if fields.date_confirmed else (fields.date_text,),
            written=fields.date_text,
        )
    elif not dated and fields.date_text:
        findings.add(
            "date_unreadable",
            Severity.WARNING,
            f"The form's date (section C, 'le ...') could not be read as a date (the scan "
            f"reads '{fields.date_text}'): check that it is written in full, DD/MM/YYYY, "
            "and legibly.",
            written=fields.date_text,
        )
    elif not dated:
        findings.add(
            "date_missing",
            Severity.WARNING,
            "The form's date (section C, 'Fait à ... le') is missing or unreadable.",
        )
    elif fields.signed_on > ctx.as_of:
        findings.add(
            "date_in_future",
            Severity.ERROR,
            f"The form is dated {fmt_date(fields.signed_on)}, after the audit date "
            f"{fmt_date(ctx.as_of)}: date it the day you sign it.",
            rests_on=() if fields.date_confirmed else (fields.signed_on,),
            signed_on=fields.signed_on.isoformat(),
        )
    elif fields.signed_on < add_months(ctx.as_of, -MAX_AGE_MONTHS):
        findings.add(
            "date_old",
            Severity.WARNING,
            f"The form was signed on {fmt_date(fields.signed_on)}, more than {MAX_AGE_MONTHS} "
            "months ago: date and sign it again.",
            rests_on=() if fields.date_confirmed else (fields.signed_on,),
            signed_on=fields.signed_on.isoformat(),
        )
    elif fields.date_contested:
        findings.add(
            "date_contested",
            Severity.WARNING,
            f"The form's date boxes read {fmt_date(fields.signed_on)}, but read freehand they "
            f"say '{fields.date_contested}', month first: check the date (written day first, "
            "DD/MM/YYYY, it must not be after today).",
            written=fields.date_contested,
            signed_on=fields.signed_on.isoformat(),
        )
    elif fields.date_text and parse_written_date(fields.date_text)[0] not in (
        None,
        fields.signed_on,
    ):
        read = parse_written_date(fields.date_text)[0]
        why = (
            "its year's last digits lost in the read"
            if read is not None and read.year % 100 == 20 and fields.date_text.endswith("20")
            else "a handwritten digit misread: an 11 as 1, a 7 as 1"
        )
        # a month read "1", taken as 11: written 10, 11 or 12, the form may as well be
        # dated in the future or too long ago, and then the verdict rests on the guess
        # (form_bg d010: "04/12/2026", a date after the audit, read "04/1/2026")
        decisive = any(
            not add_months(ctx.as_of, -MAX_AGE_MONTHS) <= other <= ctx.as_of
            for other in _lost_month_digit(fields.date_text, fields.signed_on)
        )
        findings.add(
            "date_read_as",
            Severity.WARNING if decisive else Severity.INFO,
            f"The form's date reads '{fields.date_text}', taken as "
            f"{fmt_date(fields.signed_on)} ({why}): check it.",
            written=fields.date_text,
            signed_on=fields.signed_on.isoformat(),
        )

    # section A: identity against the passport. A handwritten name is read several ways
    # (fields.name_reads): the reading closest to the applicant is compared, as a clerk
    # reads a hand with the passport beside the form
    written = " ".join(x for x in (fields.surname, fields.given_names) if x) or None
    handwritten = tuple(getattr(fields, "name_reads", ()) or ())
    if ctx.applicant.surname:
        person = applicant_name(ctx)
        if handwritten:
            written = max((written, *handwritten), key=lambda r: _MATCH_RANK[person.matches(r)])
        verdict = name_findings(ctx, doc, written, RID, "form", birth_date=fields.date_of_birth,
                                carries_birth_date=True)  # fmt: skip
        # another name read the same way each time, far from the applicant's, is no misread
        # ("LEFEBVRE" in a typed comb, every read, for TANAKA: set_do p03, a married name
        # written as the birth name); a hand's M read N every time near the name is one
        # ("AL-HASSAN NOHANNAD": set_dl p01)
        steady = len(set(handwritten)) == 1 and any(
            part and theirs and distance_share(part, " ".join(theirs)) > OTHER_NAME_SHARE
            for part, theirs in (
                (fields.surname, person.surnames),
                (fields.given_names, person.given_names),
            )
        )
        for f in verdict.findings:
            severity = Severity.WARNING if f.severity == Severity.ERROR else f.severity
            if handwritten and severity == Severity.WARNING and not steady:
                # no reading of the hand agrees, but the hand is what OCR reads worst: the
                # helper compares it, the form is not held up for it
                severity = Severity.INFO
                f = Finding(f.code, severity, f.message + " The name is handwritten and read "
                            "with doubt: compare it with the passport yourself.",
                            f.document, f.pages, f.evidence)  # fmt: skip
            findings.append(Finding(f.code, severity, f.message, f.document, f.pages, f.evidence))
    dob, form_dob = ctx.applicant.date_of_birth, fields.date_of_birth
    if form_dob and dob and form_dob != dob:
        findings.add(
            "birth_date_mismatch",
            Severity.WARNING if fields.source != "ocr" or not handwritten else Severity.INFO,
            f"The form gives {fmt_date(form_dob)} as date of birth, the passport "
            f"{fmt_date(dob)}" + ("." if not handwritten else ": the form's boxes are "
                                  "handwritten and read with doubt, check them."),
        )  # fmt: skip
    if getattr(fields, "nir_valid", None) is False and fields.nir:
        # an optional number (domain.md: usually left blank) whose key fails on an OCR
        # read is most often misread: said, without holding the form up for it
        ocr = fields.source == "ocr"
        findings.add(
            "nir_invalid",
            Severity.INFO if ocr else Severity.WARNING,
            f"The social security number written on the form ({_masked(fields.nir)}) is not "
            "a valid NIR: correct it, or leave the box blank if you do not have one yet."
            + (" It was read from the image and may be misread: check it." if ocr else ""),
        )

    # section B: exactly one box
    ticks = getattr(fields, "situation_ticks", None) or {}
    if fields.employment_status is None:
        ticked = [s for s, t in ticks.items() if t]
        if len(ticked) > 1:
            findings.add(
                "situation_ambiguous",
                Severity.WARNING,
                f"Several boxes of section B are ticked ({', '.join(ticked)}): tick only one.",
                ticked=ticked,
            )
        elif ticks and all(t is False for t in ticks.values()):
            findings.add(
                "situation_missing",
                Severity.WARNING,
                "No box of section B ('Votre situation') is ticked: tick the one that applies.",
            )
        else:
            findings.add(
                "situation_unknown",
                Severity.WARNING,
                "Could not tell which box of section B ('Votre situation') is ticked: check it.",
            )
    res = result(RID, status_from_findings(findings), [doc], findings)
    return res.status, findings, res


def _lost_month_digit(written: str, taken: dt.date) -> list[dt.date]:
    """The other dates a month read as a lone "1" may have been written as (10, 11, 12),
    when the date was taken with one of them.

    >>> _lost_month_digit("04/1/2026", dt.date(2026, 11, 4))
    [datetime.date(2026, 10, 4), datetime.date(2026, 12, 4)]
    >>> _lost_month_digit("04/11/2026", dt.date(2026, 11, 4))
    []
    """
    m = re.match(r"\s*\d{1,2}\D+1\D", written)
    if not m or taken.month not in (10, 11, 12):
        return []
    out = []
    for month in (10, 11, 12):
        if month != taken.month:
            with contextlib.suppress(ValueError):
                out.append(taken.replace(month=month))
    return out
