"""What the packet rules share: the applicant's name, verdict arithmetic, messages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein

from docverify.applicant import MRZ_TYPES
from docverify.countries import vowel_romanised_script
from docverify.doctypes.civil_labels import TURKISH_PARENT
from docverify.doctypes.travel_document import doc_findings
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
from docverify.values.dates import find_dates
from docverify.values.names import (
    PARTICLES,
    NameMatch,
    PersonName,
    fold_upper,
    name_tokens,
    romanisation_variant,
    vowel_romanisation_variant,
)

STATUS_ORDER = {
    Status.COMPLETE: 0,
    Status.NOT_APPLICABLE: 0,
    Status.QUESTIONABLE: 1,
    Status.MISSING: 2,
    Status.INVALID: 3,
}


class Findings(list[Finding]):
    """The findings a rule gathers about one document: ``add`` prefixes the requirement id
    to the code and points the finding at the document's pages."""

    def __init__(self, rid: str, doc: Document | None = None) -> None:
        super().__init__()
        self.rid = rid
        self.doc = doc

    def add(
        self,
        code: str,
        severity: Severity,
        message: str,
        rests_on: tuple[object, ...] = (),
        **evidence: Any,
    ) -> Finding:
        """Add ``<rid>.<code>``; a code that already names its area (``iban.x``) is kept.

        ``rests_on``: the values read on the document that the verdict rests on. An error
        resting on a value read with doubt (``evidence.RELIABLE``) is only a warning, and
        any finding resting on one says what to check: ``invalid`` needs a reliable read,
        and a doubtful read is never stated as a fact."""
        full = code if "." in code else f"{self.rid}.{code}"
        if severity != Severity.INFO and rests_on and self.doc is not None:
            confidence = min(read_confidence(self.doc, v) for v in rests_on)
            if confidence < RELIABLE:
                severity = Severity.WARNING
                message += (
                    f" (read with doubt, confidence {confidence:.2f}: check it on the document)"
                )
                evidence["read_confidence"] = round(confidence, 2)
        finding = Finding(full, severity, message, evidence=evidence)
        if self.doc is not None:
            finding = finding.about(self.doc)
        self.append(finding)
        return finding


def worst(statuses: Iterable[Status], default: Status = Status.COMPLETE) -> Status:
    return max(statuses, key=lambda s: STATUS_ORDER[s], default=default)


def status_from_findings(findings: Iterable[Finding]) -> Status:
    """error -> invalid, warning -> questionable, info -> complete."""
    sev = {f.severity for f in findings}
    if Severity.ERROR in sev:
        return Status.INVALID
    if Severity.WARNING in sev:
        return Status.QUESTIONABLE
    return Status.COMPLETE


def result(
    rid: str, status: Status, docs: Iterable[Document] = (), findings: Iterable[Finding] = ()
) -> RequirementResult:
    return RequirementResult(rid, status, tuple(d.id for d in docs), tuple(findings))


IDENTITY_TYPES = (DocType.PASSPORT, DocType.NATIONAL_ID, DocType.RESIDENCE_PERMIT,
                  DocType.LONG_STAY_VISA)  # fmt: skip


_CIVIL_TYPES = (DocType.BIRTH_CERTIFICATE, DocType.APOSTILLE, DocType.TRANSLATION)


def applicant_name(ctx: AuditContext) -> PersonName:
    """The applicant as named on the identity document, plus the usage (married) names
    that the form or the applicant's own cards give ("Nom d'usage: ÉP. MARTIN" on a
    titre de séjour; not a host's card: its surname must be the applicant's), or that a
    document writes beside the birth name ("LEFEBVRE NÉE DELA CRUZ" on a RIB)."""
    others: list[str] = []
    for form in ctx.of_type(DocType.APPLICATION_FORM):
        usage = getattr(form.fields, "usage_name", None)
        if usage:
            others.append(usage)
    plain = PersonName.parse(ctx.applicant.surname, ctx.applicant.given_names)
    for doc in ctx.documents:
        # "LEFEBVRE NÉE DELA CRUZ" on a RIB or a payslip; not a certificate's parents
        if doc.type not in _CIVIL_TYPES:
            others.extend(plain.usage_names_in(doc.text))
    for doc in ctx.of_type(*IDENTITY_TYPES):
        printed = getattr(doc.fields, "visual", None) or {}
        holder = " ".join(x for x in (doc.fields and getattr(doc.fields, "given_names", None),
                                      doc.fields and getattr(doc.fields, "surname", None)) if x)  # fmt: skip
        usage = printed.get("usage_name")
        if usage and holder and plain.compare(holder).match in (NameMatch.MATCH, NameMatch.SLIP):
            others.append(usage)
    return PersonName.parse(ctx.applicant.surname, ctx.applicant.given_names, others)


def named_in_text(ctx: AuditContext, doc: Document) -> bool:
    """Does the document's text name the applicant, surname and a given name written as
    the identity document writes them, wherever they stand? A clerk whose eye finds no
    "Name:" field still finds the name on the page: a layout whose labels did not read
    (light print, a column of its own) names the applicant all the same. Exact words
    only: a near word on a page of two hundred is no evidence."""
    person = applicant_name(ctx)
    if not person.surnames or not person.given_names:
        return False
    # a child's certificate names its parent, maybe the applicant: not on a parent's line
    lines = [ln for ln in doc.text.splitlines() if not _PARENT_LINE.search(fold_upper(ln))]
    return person.compare("\n".join(lines)).match == NameMatch.MATCH


def born_in_text(ctx: AuditContext, doc: Document) -> bool:
    """Does the document's text give, on a line and the one before it, the applicant's
    date of birth and one of the applicant's names ("mon épouse, Dorcas NS BA NAKIÉSE, née
    le 03/09/1996", a hand's surname misread; "NUFELLA épouse LEFEBVRE, née le 09/01/1997"
    for AIT OUFELLA, a letter off)? Or the date one digit off and two of the names
    ("Maria HMejandea, Rodriguez Casta 0, née le 22/07/1995" for MARIA ALEJANDRA RODRIGUEZ
    CASTANO, born 22/07/1994)? Names and a birth date together point at one person, as a
    name alone does not."""
    person = applicant_name(ctx)
    dob = ctx.applicant.date_of_birth
    names = {*person.given_names, *person.surnames}
    if dob is None or not names:
        return False
    born = dob.strftime("%d%m%Y")
    lines = [fold_upper(ln) for ln in doc.text.splitlines()]
    for i, line in enumerate(lines):
        words = set(re.findall(r"[A-Z]+", " ".join(lines[max(0, i - 1) : i + 1])))
        named = sum(any(_near_name(w, n) for w in words) for n in names)
        for d in find_dates(line):
            off = sum(a != b for a, b in zip(d.value.strftime("%d%m%Y"), born, strict=True))
            if (off == 0 and named >= 1) or (off == 1 and named >= 2):
                return True
    return False


def _near_name(word: str, name: str) -> bool:
    """``word`` is ``name``, or a letter off it for a name of five letters or more, two
    for one of nine or more (a hand's "Olchsandra" for OLEKSANDRA, set_dc p01).

    >>> _near_name("OLCHSANDRA", "OLEKSANDRA"), _near_name("MORAN", "MARIN")
    (True, False)
    """
    if word == name:
        return True
    most = 2 if len(name) >= LONG_NAME else 1 if len(name) >= 5 else 0
    return Levenshtein.distance(word, name) <= most


LONG_NAME = 9
"""Letters from which a name read with two slips is still that name."""


_PARENT_LINE = re.compile(
    r"\b(?:MOTHER|FATHER|PARENTS?|MERE|PERE|MAE|PAI|MADRE|PADRE|MUTTER|VATER|GENITORI|"
    r"PROGENITORES|FILIATION|FILIACAO|FILS|FILLE|HIJO|HIJA|DAUGHTER|SON|" + TURKISH_PARENT + r")\b"
)
"""A line about the parents or the child's relation to them (its names are not the
certificate holder's)."""


def _slip_of_a_doubtful_usage_name(ctx: AuditContext, written: str | None) -> bool:
    """Is the slip against the form's usage name, itself read with doubt (handwriting)?
    Then the document's spelling ("MME EMILY DUBOIS" on a RIB) is the better read of it
    ("DUROIS" on the form): the same name, not a spelling to check."""
    plain = PersonName.parse(ctx.applicant.surname, ctx.applicant.given_names)
    if plain.compare(written).match != NameMatch.GIVEN_ONLY:
        return False  # the slip is in the names the identity document gives
    return any(
        read_confidence(form, usage) < RELIABLE
        for form in ctx.of_type(DocType.APPLICATION_FORM)
        if (usage := getattr(form.fields, "usage_name", None))
    )


def fmt_date(d: dt.date | None) -> str:
    """French style, as on the documents: 15/09/2026."""
    return d.strftime("%d/%m/%Y") if d else "unknown"


def _romanised_same(
    person: PersonName,
    written: str | None,
    variant: Callable[[str, str], bool] = romanisation_variant,
) -> bool:
    """Does ``written`` hold each of the person's surnames and one of their given names,
    spelt the same or in another romanisation of the same name (``variant``: of a Cyrillic
    name by default)?"""
    tokens = name_tokens(written or "")

    def found(name: str) -> bool:
        return any(t == name or variant(t, name) for t in tokens)

    surnames = [s for s in person.surnames if s not in PARTICLES]
    return (
        bool(surnames)
        and all(map(found, surnames))
        and (not person.given_names or any(map(found, person.given_names)))
    )


SCRIPTS = {"arabic": "Arabic", "ethiopic": "Ge'ez (Ethiopic)"}
"""How a message names each script of ``countries.toml``'s ``vowel_romanised``."""


def vowel_variant(ctx: AuditContext) -> Callable[[str, str], bool] | None:
    """How the applicant's name may be respelt from one document to the next when their
    nationality writes it in a script whose vowels are romanised each their own way."""
    return vowel_romanisation_variant if vowel_romanised_script(ctx.applicant.nationality) else None


def romanised_same(
    person: PersonName, written: str | None, variant: Callable[[str, str], bool] | None
) -> bool:
    """Is ``written`` the person's name in another romanisation (``variant``)?"""
    return variant is not None and _romanised_same(person, written, variant)


@dataclass(frozen=True)
class NameVerdict:
    """How a name written on a document relates to the applicant, as a clerk judges it."""

    match: NameMatch
    findings: list[Finding]
    other_person: bool = False
    """Another person, on reliable evidence: the name disagrees on a confident read (and,
    on a document that gives a date of birth, that date disagrees too)."""


def name_findings(
    ctx: AuditContext,
    doc: Document,
    written: str | None,
    rid: str,
    what: str,
    *,
    birth_date: dt.date | None = None,
    carries_birth_date: bool = False,
    romanised: bool = False,
) -> NameVerdict:
    """Compare a name written on ``doc`` with the applicant, the way a clerk does.

    - an OCR-typical slip (``rn``/``m``, ``l``/``I``...) or a slip on an uncertain read is
      the same name: an info; a spelling that differs on a confident read is a warning;
    - the given names agree but not the surname (a usage name, or a surname not read):
      a warning;
    - neither agrees: another person (error) only on a reliable read, and on a document
      that carries a date of birth only when that date disagrees too (``carries_birth_date``,
      ``birth_date``); otherwise a warning that says what to check;
    - a name the document writes in Cyrillic (``romanised``: read here in Latin letters)
      that is the applicant's in another romanisation (KOVALEVA, KAVALIOVA): the same
      name, an info.
    """
    person = applicant_name(ctx)
    cmp = person.compare(written)
    who = person.display or "the applicant"
    evidence = {"found": written, "expected": person.display}

    def one(code: str, severity: Severity, message: str, **more: Any) -> list[Finding]:
        f = Finding(f"{rid}.{code}", severity, message, evidence={**evidence, **more})
        return [f.about(doc)]

    if cmp.match == NameMatch.UNKNOWN:
        return NameVerdict(cmp.match, one("name_unreadable", Severity.WARNING,
            f"The name on the {what} could not be read, so it cannot be compared with {who}."))  # fmt: skip
    if cmp.match in (NameMatch.MATCH, NameMatch.SURNAME_ONLY):
        return NameVerdict(cmp.match, [])
    confidence = read_confidence(doc, written)
    if romanised and _romanised_same(person, written):
        return NameVerdict(NameMatch.SLIP, one("name_romanised", Severity.INFO,
            f"The {what} writes the name in Cyrillic; in Latin letters it reads {written}, "
            f"{who}'s name in another romanisation: taken as the same name."))  # fmt: skip
    if (script := vowel_romanised_script(ctx.applicant.nationality)) and _romanised_same(
        person, written, vowel_romanisation_variant
    ):
        # a name written at home in a script whose vowels are romanised each their own way:
        # HUSAINI, HOSSAINY for HOSSAINI (set_di p02, Afghan), TESFAMARYAM for TESFAMARIAM
        # (set_dj p03, Eritrean)
        return NameVerdict(NameMatch.SLIP, one("name_romanised_vowels", Severity.INFO,
            f"The {what} spells the name {written}: {who}'s name romanised with other "
            f"vowels, as names written in the {SCRIPTS[script]} script often are; taken as "
            "the same name. Keep to one spelling where you can.", script=script))  # fmt: skip
    if cmp.match == NameMatch.SLIP:
        if (
            cmp.ocr_slips_only
            or confidence < RELIABLE
            or _slip_of_a_doubtful_usage_name(ctx, written)
        ):
            return NameVerdict(cmp.match, one("name_ocr_slip", Severity.INFO,
                f"The name on the {what} reads {written}, a likely misread of {who}: taken as "
                "the same name.", confidence=confidence))  # fmt: skip
        return NameVerdict(cmp.match, one("name_slip", Severity.WARNING,
            f"The name on the {what} ({written}) is spelt differently from {who}: check that "
            "it is the same person and the same spelling.", confidence=confidence))  # fmt: skip
    if cmp.match == NameMatch.GIVEN_ONLY:
        return NameVerdict(cmp.match, one("surname_differs", Severity.WARNING,
            f"The {what} names {written}: the given names are {who}'s but the surname is not "
            f"{' or '.join(person.surnames) or 'there'}. If it is a usage (married) name, write "
            "it as 'nom d'usage' on the form; otherwise check it.", confidence=confidence))  # fmt: skip
    # MISMATCH
    dob = ctx.applicant.date_of_birth
    dob_disagrees = birth_date is not None and dob is not None and birth_date != dob
    # the applicant's own name must be read from an identity document too: one taken
    # from the form alone (handwriting read "ve") proves no one else's
    known = ctx.applicant.source_document is not None
    if known and confidence >= RELIABLE and (not carries_birth_date or dob_disagrees):
        return NameVerdict(cmp.match, one("name_mismatch", Severity.ERROR,
            f"The {what} is in the name of {written}, not {who}.", confidence=confidence),
            other_person=True)  # fmt: skip
    why = (
        "the applicant's name could not be read from an identity document"
        if not known
        else "the read is uncertain"
        if confidence < RELIABLE
        else "its date of birth agrees with the applicant's"
        if birth_date is not None and not dob_disagrees
        else "its date of birth could not be compared"
    )
    return NameVerdict(cmp.match, one("name_mismatch_unconfirmed", Severity.WARNING,
        f"The {what} seems to name {written}, not {who}, but {why}: check whose it is.",
        confidence=confidence))  # fmt: skip


def own_doubts(ctx: AuditContext, doc: Document) -> list[Finding]:
    """The travel document's own doubts a rule carries (a repaired number, a printed zone
    that differs from the MRZ), less a printed date that belongs to the other document of
    the same page: a passport's expiry read as the visa's end of validity opposite it."""
    pages = set(doc.page_refs)
    neighbours = [d for d in ctx.of_type(*MRZ_TYPES)
                  if d.id != doc.id and d.fields is not None and pages & set(d.page_refs)]  # fmt: skip
    theirs = {
        str(value)
        for d in neighbours
        for name in ("expiry_date", "date_of_birth", "valid_until", "valid_from")
        if (value := getattr(d.fields, name, None)) is not None
    }
    return [
        f
        for f in doc_findings(doc)
        if f.code in ("mrz.document_number_repaired", "mrz.visual_mismatch")
        and not (f.code == "mrz.visual_mismatch" and f.evidence.get("printed") in theirs)
    ]


_HOLDER_OF = {DocType.PASSPORT: "passport", DocType.NATIONAL_ID: "identity card",
              DocType.RESIDENCE_PERMIT: "residence permit", DocType.LONG_STAY_VISA: "visa"}  # fmt: skip


def birth_date_anchor(ctx: AuditContext) -> tuple[str, bool]:
    """Where the applicant's date of birth comes from ("the passport"), and whether that
    read is reliable: an identity document's MRZ whose check digit verifies it is; the
    application form's handwriting, when no identity document could be read, is not."""
    doc = next((d for d in ctx.documents if d.id == ctx.applicant.source_document), None)
    if doc is None or doc.fields is None:
        return "the application form", False
    checks = getattr(doc.fields, "mrz_checks", None) or {}
    return f"the {_HOLDER_OF.get(doc.type, 'identity document')}", bool(checks.get("date_of_birth"))
