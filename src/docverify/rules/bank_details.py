"""Requirement ``bank_details``: a RIB in the applicant's name with a valid IBAN.

Judged the way a bank's back office would:

- the IBAN's mod-97 check digits and, for French IBANs, the RIB key must verify
  (``invalid`` otherwise: a misprinted or misread account would lose the payments);
- the holder must be the applicant; a joint account that includes them is fine
  (``invalid`` when the account is someone else's);
- a SEPA IBAN from another member state is complete: Article 9 of Regulation (EU)
  260/2012 forbids a payee to require an account in a given member state (reported as
  information, ``iban.foreign_sepa``, a code of the public report contract);
- an IBAN outside the SEPA zone is ``questionable``: the CPAM pays by SEPA transfer;
- a BIC that does not belong to the IBAN's bank, or an IBAN rebuilt from the RIB table
  because the printed one was unreadable, is ``questionable``.

With several RIBs, the best one is reported.
"""

from __future__ import annotations

import re

from docverify.doctypes.rib import GROUPED_NUMBER
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
    name_findings,
    result,
    status_from_findings,
)
from docverify.values.names import NameMatch, fold_upper

RID = "bank_details"
COUPLE = re.compile(
    r"\b(?:M|MR|MONSIEUR)\.?\s+(?:ET|OU|&)\s+(?:MME|MRS|MADAME)\b|\b(?:MME|MRS|MADAME)\s+(?:ET|OU|&)\s+(?:M|MR|MONSIEUR)\b"
)
# Findings of the RIB reader that weigh on the verdict (others are reported on the document).
DOC_FINDINGS_FOR_VERDICT = ("rib.bic_mismatch", "rib.bic_invalid", "rib.iban_from_rib_parts",
                            "rib.parts_mismatch", "rib.iban_letter_restored",
                            "rib.iban_digit_restored", "rib.iban_check_digits_wrong")  # fmt: skip


def _judge(ctx: AuditContext, doc: Document) -> tuple[Status, list[Finding]]:
    f = doc.fields
    findings = Findings(RID, doc)

    misprinted = next((x for x in doc.findings if x.code == "rib.iban_wrong_length"), None)
    if (f is None or f.iban is None) and misprinted is not None:
        ev = misprinted.evidence
        findings.add("iban_wrong_length", Severity.ERROR,
            f"The IBAN printed on the RIB ({doc.where()}), {ev['iban']}, has {ev['length']} "
            f"characters where a {str(ev['iban'])[:2]} IBAN has {ev['expected']}: a character is "
            "missing or extra, so no transfer can reach this account; ask the bank for its "
            "RIB.", **ev)  # fmt: skip
        return Status.INVALID, findings
    if (f is None or f.iban is None) and (
        any(x.code == "rib.iban_unreadable" for x in doc.findings)
        or GROUPED_NUMBER.search(fold_upper(doc.text))
    ):
        # an account number is printed, but read too poorly to be an IBAN: a doubtful
        # read, not a RIB without one
        findings.add("iban_unreadable", Severity.WARNING,
            f"An account number is printed on the RIB ({doc.where()}) but could not be read "
            "as an IBAN: check it by eye, or send a sharper copy of the RIB.")  # fmt: skip
        return Status.QUESTIONABLE, findings
    if f is None or f.iban is None:
        findings.add("no_iban", Severity.ERROR,
            f"No IBAN could be read on the RIB ({doc.where()}): send a RIB that shows the IBAN.")  # fmt: skip
        return Status.INVALID, findings
    iban = f.parsed_iban
    masked = iban.masked if iban is not None else "the IBAN"
    # the RIB table read otherwise than the IBAN: two reads of one account that disagree,
    # so the failing IBAN is more likely misread than misprinted
    disagree = any(x.code == "rib.parts_mismatch" for x in doc.findings) and any(
        p.source == "ocr" for p in doc.pages
    )
    if f.iban_valid is False and disagree:
        findings.add("iban_invalid", Severity.WARNING,
            f"The IBAN {masked} fails its check digits (mod 97), and the RIB table (code "
            "banque, guichet, compte, clé) was read otherwise: one of them is misread, or the "
            "RIB misprinted; compare them with the bank's own RIB.")  # fmt: skip
    elif f.iban_valid is False:
        findings.add("iban_invalid", Severity.ERROR,
            f"The IBAN {masked} fails its check digits (mod 97): it is misprinted or misread; "
            "compare it with the bank's own RIB.", rests_on=(f.iban,))  # fmt: skip
    elif f.rib_key_valid is False:
        expected = f"{f.code_banque}{f.code_guichet}{f.numero_compte}"
        findings.add("rib_key_invalid", Severity.ERROR,
            f"The IBAN {masked} passes mod 97 but its French RIB key (clé RIB {f.cle_rib}) does not "
            "match the bank, branch and account numbers: the account number is wrong.",
            rests_on=(f.iban,), rib_key=f.cle_rib, account_digits=len(expected))  # fmt: skip
    if f.country and f.country != "FR":
        if f.sepa:
            findings.add("iban.foreign_sepa", Severity.INFO,
                f"A {f.country} IBAN: an account in another SEPA member state must be accepted "
                "(Regulation (EU) 260/2012, Article 9: a payee may not require an account in a "
                "given member state).", country=f.country)  # fmt: skip
        else:
            findings.add("non_sepa", Severity.WARNING,
                f"A {f.country} IBAN outside the SEPA zone: the CPAM pays reimbursements by SEPA "
                "transfer; give an account in the SEPA zone.", country=f.country)  # fmt: skip
    findings.extend(x for x in doc.findings if x.code in DOC_FINDINGS_FOR_VERDICT)
    findings.extend(_holder_findings(ctx, doc))
    return status_from_findings(findings), findings


def _holder_findings(ctx: AuditContext, doc: Document) -> list[Finding]:
    """The applicant must hold the account, alone or jointly."""
    f = doc.fields
    holders: tuple[str, ...] = f.holders or ((f.holder_name,) if f.holder_name else ())
    person = applicant_name(ctx)
    if len(holders) > 1:
        matches = [person.matches(h) for h in holders]
        if NameMatch.MATCH in matches or NameMatch.SLIP in matches:
            one = holders[
                matches.index(NameMatch.MATCH if NameMatch.MATCH in matches else NameMatch.SLIP)
            ]
            out = [
                Finding(f"{RID}.joint_account", Severity.INFO,
                        f"A joint account ({' and '.join(holders)}): it includes the applicant, which is fine.",
                        evidence={"holders": list(holders)}).about(doc)
            ]  # fmt: skip
            return out + name_findings(ctx, doc, one, RID, "RIB").findings
    verdict = name_findings(ctx, doc, f.holder_name, RID, "RIB")
    if verdict.other_person:
        return [
            Finding(f"{RID}.other_holder", Severity.ERROR,
                    f"The RIB is in the name of {f.holder_name}, not {person.display or 'the applicant'}: "
                    "send a RIB of an account the applicant holds (alone or jointly).",
                    m.document, m.pages, m.evidence)
            for m in verdict.findings
        ]  # fmt: skip
    if verdict.match == NameMatch.SURNAME_ONLY:
        # "M OU MME CARTER" is how banks title a couple's joint account: fine; a bare
        # "M CARTER" may be a relative's account: a clerk would ask.
        couple = COUPLE.search(fold_upper(f.holder_name or ""))
        return [
            Finding(f"{RID}.holder_surname_only", Severity.INFO if couple else Severity.WARNING,
                    f"The RIB names only the family ({f.holder_name}), not the applicant's given name"
                    + (": a couple's joint account, which is fine." if couple else
                       ": check that the applicant is one of the holders."),
                    evidence={"found": f.holder_name}).about(doc)
        ]  # fmt: skip
    return verdict.findings


def check(ctx: AuditContext) -> RequirementResult:
    ribs = ctx.of_type(DocType.RIB)
    if not ribs:
        f = Finding(
            f"{RID}.missing",
            Severity.ERROR,
            "No RIB (relevé d'identité bancaire) was found: add one in the applicant's name.",
        )
        return result(RID, Status.MISSING, (), [f])
    judged = [(doc, *_judge(ctx, doc)) for doc in ribs]
    doc, status, findings = min(judged, key=lambda j: STATUS_ORDER[j[1]])
    return result(RID, status, [doc], findings)
