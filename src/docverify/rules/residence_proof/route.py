"""What every route of ``residence_proof`` shares: the route under judgement, whose name a
piece bears, the addresses compared."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from docverify.evidence import RELIABLE, read_confidence, word_confidence
from docverify.model import AuditContext, DocType, Document, Finding, Severity, Status
from docverify.rules.common import romanised_same, status_from_findings
from docverify.rules.host import distance_share
from docverify.values.address import Address
from docverify.values.names import NameMatch, PersonName, fold_upper, name_tokens

RID = "residence_proof"


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


def name_on(
    person: PersonName,
    doc: Document,
    written: str | None,
    variant: Callable[[str, str], bool] | None = None,
) -> tuple[str, str]:
    """Whose name ``written`` on ``doc`` is, as a clerk reads it: ``mine``, ``slip`` (the
    same name misread: info), ``romanised`` (the same name in another romanisation, by
    ``variant``: info), ``variant`` (spelt otherwise on a confident read),
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
    if romanised_same(person, written, variant):
        return "romanised", ""
    if len(words := name_tokens(written or "")) == 1 and len(words[0]) < SCRAP_LETTERS:
        return "unknown", ""  # a scrap ("WAV" read beside a co-tenant: set_do p04), no name
    confidence = read_confidence(doc, written)
    if confidence < RELIABLE and (
        distance_share(written or "", person.display) <= HAND_SLIP_SHARE
        # the surname in another romanisation and a letter or two misread besides ("Lahina
        # HOSSEINI" for SAKINA HOSSAINI, a hand's attestation: set_di p02)
        or distance_share(respelt(person, written or "", variant), person.display)
        <= HAND_SLIP_SHARE
    ):
        # the whole name a few letters off, on a doubtful read of a hand ("Nathabo Lecato
        # Nolape" for MATHABO LERATO MOLAPO, set_at p03: its surname two letters off)
        return "slip", ""
    if cmp.match == NameMatch.SLIP:
        # a misread when the words that differ were read with doubt, however sure the rest
        # ("OUYANG Sidi" at 0.85 for Siqi, "Sidi" itself at 0.75: set_cb p03's lease)
        differing = [word_confidence(doc, w) for _, w in cmp.slips]
        doubtful = confidence < RELIABLE or any(c is not None and c < RELIABLE for c in differing)
        return ("slip" if cmp.ocr_slips_only or doubtful else "variant"), ""
    if cmp.match == NameMatch.GIVEN_ONLY:
        return "surname_differs", ""
    if confidence < RELIABLE:
        return "uncertain", f"read with confidence {confidence:.2f}"
    return "other", ""


def respelt(person: PersonName, written: str, variant: Callable[[str, str], bool] | None) -> str:
    """``written`` with each word that is one of the person's in another romanisation
    (``variant``) spelt the person's way.

    >>> from docverify.values.names import vowel_romanisation_variant
    >>> respelt(PersonName.parse("HOSSAINI", "SAKINA"), "Lahina HOSSEINI", vowel_romanisation_variant)
    'Lahina HOSSAINI'
    """
    if variant is None:
        return written
    theirs = [*person.surnames, *person.given_names]
    return " ".join(
        next((t for t in theirs if t != fold_upper(w) and variant(w, t)), w)
        for w in written.split()
    )


SCRAP_LETTERS = 4
"""A lone word shorter than this, not the person's name, is a scrap, no one's name."""

HAND_SLIP_SHARE = 0.2
"""Edits, as a share of the name's letters, within which a doubtful read of the whole name
is a misread of the applicant's (a tighter bound than a host's, ``host.MAX_SHARE``: the
applicant's name is what is checked)."""


def addresses(route: Route, reference: str | None, label: str, reliable: bool = True) -> None:
    """Flag every proof whose address is not the ``reference`` dwelling; a ``reference``
    not ``reliable``ly read (handwriting) is compared loosely."""
    if not reference:
        return
    ref = Address.parse(reference)
    for doc in route.documents:
        if doc.type not in (DocType.UTILITY_BILL, DocType.LEASE):
            continue
        raw = getattr(doc.fields, "address", None)
        if not raw:
            continue
        if ref.same_place(Address.parse(raw), loose=not reliable) is False:
            route.add("address_mismatch", Severity.WARNING,
                      f"The address on this {doc.type.value.replace('_', ' ')} ({raw}) differs from the "
                      f"{label} ({reference}).", doc, found=raw, expected=reference)  # fmt: skip


def form_address(ctx: AuditContext) -> str | None:
    """The form's address, when it is read reliably: a hand-filled form's address, read
    through OCR of handwriting, is no reference to call another paper's address wrong."""
    forms = ctx.of_type(DocType.APPLICATION_FORM)
    fields = forms[0].fields if forms else None
    if fields is None or getattr(fields, "hand_filled", False):
        return None
    return getattr(fields, "address", None)
