"""Stages 4-6, once the pages are read: classify -> extract (+ 2D-Doc seals) -> check.

``pipeline`` imports this module in the background as soon as an audit starts, while the
first pages are decoded and read (these modules take about half a second to import).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path

from docverify import ocr, rules
from docverify.applicant import build_applicant
from docverify.cache import OcrCache
from docverify.classify import PageClass, classify_all, group_pages, poorly_read
from docverify.doctypes import BY_TYPE
from docverify.doctypes.apostille import attach_apostilles
from docverify.doctypes.base import ExtractContext, fold_text
from docverify.evidence import with_reads
from docverify.model import (
    Applicant,
    AuditContext,
    AuditOptions,
    DocType,
    Document,
    Finding,
    PageText,
    RequirementResult,
    Severity,
    Status,
)
from docverify.mrz_text import sniff_mrz_code
from docverify.seal.apply import apply_signed_values
from docverify.seal.findings import with_seal_findings
from docverify.seal.stage import SealReader
from docverify.seal.trust import TrustStore
from docverify.vision.mrz import read_mrz, read_mrz_image

log = logging.getLogger(__name__)


def extract_document(doc: Document, ctx: ExtractContext) -> Document:
    if doc.type == DocType.UNKNOWN:
        f = Finding("document.unrecognised", Severity.INFO,
                    "This page was not recognised as any document of the packet.")  # fmt: skip
        return dataclasses.replace(doc, findings=(f.about(doc),))
    spec = BY_TYPE[doc.type]
    try:
        fields, findings = spec.extract(doc, ctx)
    except Exception as exc:  # a doctype bug must not sink the packet
        log.exception("extraction failed for %s (%s)", doc.id, doc.type)
        f = Finding("document.extraction_failed", Severity.WARNING,
                    f"The {doc.type.value} could not be read ({type(exc).__name__}).")  # fmt: skip
        return dataclasses.replace(doc, findings=(f.about(doc),))
    return dataclasses.replace(doc, fields=fields, findings=tuple(f.about(doc) for f in findings))


def _note_if_missing(
    req: RequirementResult, code: str, message: str, **evidence: object
) -> RequirementResult:
    """A warning added to a requirement that is missing (others are left as they are)."""
    if req.status != Status.MISSING:
        return req
    f = Finding(code, Severity.WARNING, message, evidence=evidence)
    return dataclasses.replace(req, findings=(*req.findings, f))


def note_unreadable(req: RequirementResult, unreadable: list[str]) -> RequirementResult:
    """A missing piece may be in a file that could not be read: say so where it matters."""
    return _note_if_missing(
        req,
        f"{req.id}.maybe_in_unreadable_file",
        f"{len(unreadable)} file(s) or page(s) could not be read ({', '.join(unreadable)}); the "
        "missing piece may be among them: replace them with readable PDF or image files.",
        files=unreadable,
    )


def poorly_read_unknown(docs: Sequence[Document]) -> list[str]:
    """The pages no document type claimed whose reading is doubtful."""
    return [
        str(p.ref) for d in docs if d.type == DocType.UNKNOWN for p in d.pages if poorly_read(p)
    ]


ATTESTATION_HINT = 2.0
"""Signal weight of a hosting attestation (``doctypes.hosting_attestation``) from which a
page no type claimed may be one written by hand: its "je soussigné" and "mon domicile"
read through the handwriting, its title and "atteste sur l'honneur" not."""


def attestation_like_unknown(docs: Sequence[Document]) -> list[str]:
    """The pages no document type claimed that read partly as a hosting attestation."""
    spec = BY_TYPE[DocType.HOSTING_ATTESTATION]
    return [
        str(p.ref)
        for d in docs
        if d.type == DocType.UNKNOWN
        for p in d.pages
        if spec.score(fold_text(p.text), None) >= ATTESTATION_HINT
    ]


def note_unrecognised_pages(
    requirements: Sequence[RequirementResult], docs: Sequence[Document]
) -> list[RequirementResult]:
    """Each requirement with the unrecognised pages that may hold its missing piece: pages
    read too poorly to be typed, and for the proof of residence also pages that read
    partly as an attestation d'hébergement (a handwritten one is seldom read whole)."""
    unclear = poorly_read_unknown(docs)
    hosting = [p for p in attestation_like_unknown(docs) if p not in unclear]
    out = []
    for req in requirements:
        pages = unclear + hosting if req.id == "residence_proof" else unclear
        out.append(note_unrecognised(req, pages) if pages else req)
    return out


WANTS_AN_ATTESTATION = frozenset(
    {"residence_proof.bills_other_name", "residence_proof.lease_other_person"}
)
"""Errors whose only fault is a piece that is often handwritten (the host's attestation
d'hébergement, for bills or a lease in the host's name)."""


def _papers(errors: set[str]) -> str:
    """What names the host: "bills", "lease", or both."""
    kinds = [k for k, code in (("bills", "bills_other_name"), ("lease", "lease_other_person"))
             if f"residence_proof.{code}" in errors]  # fmt: skip
    return " and ".join(kinds) or "papers"


def note_unrecognised(req: RequirementResult, pages: list[str]) -> RequirementResult:
    """A missing piece may be a page that was read too poorly to be recognised (a
    handwritten attestation, a certificate in Cyrillic): name those pages to look at.
    Bills in another person's name with such a page beside them wait for a look: the
    page may be that person's attestation d'hébergement."""
    errors = {f.code for f in req.findings if f.severity == Severity.ERROR}
    if pages and req.status == Status.INVALID and errors and errors <= WANTS_AN_ATTESTATION:
        papers = _papers(errors)
        f = Finding(
            "residence_proof.attestation_maybe_unrecognised",
            Severity.WARNING,
            f"{len(pages)} page(s) were read too poorly to be recognised "
            f"({', '.join(pages[:5])}): if one is the attestation d'hébergement of the person "
            f"the {papers} {'names' if papers == 'lease' else 'name'}, the {papers} "
            f"{'counts' if papers == 'lease' else 'count'}; "
            "check it by eye or send a sharper copy.",
            evidence={"pages": pages},
        )
        findings = tuple(
            dataclasses.replace(x, severity=Severity.WARNING) if x.code in errors else x
            for x in req.findings
        )
        return dataclasses.replace(req, status=Status.QUESTIONABLE, findings=(*findings, f))
    return _note_if_missing(
        req,
        f"{req.id}.maybe_unrecognised",
        f"{len(pages)} page(s) were read too poorly to be recognised ({', '.join(pages[:5])}); "
        "if the missing piece is among them, check it by eye or send a sharper copy.",
        pages=pages,
    )


def _mrz_probe(as_of: dt.date) -> Callable[[PageText, tuple[str, ...]], str | None]:
    """The code of an MRZ with at least two verified check digits found in a page's
    pixels: for pages classification could not type (a garbled card or visa is still one,
    any orientation), and for a passport page that may hold the visa facing it (``prefer``
    names the family sought, ``("V",)``)."""

    def probe(page: PageText, prefer: tuple[str, ...] = ()) -> str | None:
        if page.image is None:
            return None
        if prefer:  # passporteye finds one band: the one the page's own document holds
            read = read_mrz(page, as_of, prefer, use_passporteye=False)
        else:
            read = read_mrz_image(page.image, as_of)
        if read is None or sum(read.mrz.checks.values()) < 2:
            return None
        if prefer and not read.mrz.document_code.startswith(prefer):
            return None
        return (read.mrz.document_code + "<")[:2]

    return probe


class PageClasses:
    """Stage 4 page by page, as the pages are read: ``see`` runs on the reading thread
    that read the page, so a page's MRZ probes (a passport page searched for the visa
    facing it) overlap the other pages' OCR instead of waiting for them all.

    With ``workers``, the MRZ a travel document's extraction will read is read ahead too,
    on threads of its own, into the audit's call cache: the reads move from the
    extraction, which waits for every page, to whichever reader is idle (the last pages'
    reader is often alone). ``settle`` waits for them."""

    def __init__(self, as_of: dt.date, workers: int = 0) -> None:
        self.as_of = as_of
        self.probe = _mrz_probe(as_of)
        self._seen: dict[int, tuple[PageText, list[PageClass]]] = {}
        self._lock = threading.Lock()
        self._ahead = ThreadPoolExecutor(workers, "mrz-ahead") if workers > 0 else None
        self._reads: list[Future[object]] = []

    def see(self, page: PageText) -> None:
        if page.error is None:
            classes = classify_all(page, self.probe)
            with self._lock:
                self._seen[id(page)] = (page, classes)
            self._read_ahead(page, classes)

    def _read_ahead(self, page: PageText, classes: Sequence[PageClass]) -> None:
        """The MRZ reads ``travel_document.best_mrz`` will make on this page, made now,
        while the call cache is set: for a passport's data page (its MRZ is there), and
        for a card's side or a visa whose text shows an MRZ (those are read first, and a
        clean read ends the search: the other side, which has none, is left alone)."""
        if self._ahead is None or not ocr.caching():
            return
        for pc in classes:
            codes = BY_TYPE[pc.type].mrz_codes if pc.type in BY_TYPE else ()
            shown = pc.mrz_code or sniff_mrz_code(page.text)
            if codes and (shown or pc.type == DocType.PASSPORT):
                with self._lock:
                    self._reads.append(self._ahead.submit(read_mrz, page, self.as_of, codes))

    def settle(self) -> None:
        """Wait for the reads made ahead (a failure is the extraction's to meet again)."""
        if self._ahead is None:
            return
        with self._lock:
            reads = list(self._reads)
        wait(reads)
        self._ahead.shutdown()

    def of(self, page: PageText) -> list[PageClass] | None:
        """The classes of this very page object, if it was seen."""
        with self._lock:
            hit = self._seen.get(id(page))
        return hit[1] if hit is not None and hit[0] is page else None


def read_documents(
    texts: Sequence[PageText],
    packet: Path,
    options: AuditOptions,
    cache: OcrCache,
    workers: int,
    classes: PageClasses | None = None,
) -> list[Document]:
    """Stages 4-5: the pages grouped into typed documents (their ``classes`` worked out as
    they were read, or now), each one's fields extracted and its 2D-Doc verified. Zone
    reads (MRZ bands, passporteye, form fields) are cached call by call in ``cache``."""
    previous_cache = ocr.use_cache(cache if options.use_cache else None)
    try:
        classes = classes or PageClasses(options.as_of)
        docs = group_pages(texts, classes.probe, classes.of)
        ectx = ExtractContext(options.as_of)
        seals = SealReader(TrustStore.from_environment(), packet)

        def extract(doc: Document) -> Document:
            start = time.perf_counter()
            doc = seals.read(extract_document(doc, ectx))  # its fields, its 2D-Doc verified
            return dataclasses.replace(doc, seconds=time.perf_counter() - start)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            docs = list(pool.map(extract, docs))
        docs = [apply_signed_values(d) for d in docs]  # a valid seal outranks the read
        return attach_apostilles(docs)  # a certificate knows the apostille that certifies it
    finally:
        ocr.use_cache(previous_cache)


def check(
    docs: Sequence[Document], options: AuditOptions
) -> tuple[Applicant, list[Document], list[RequirementResult]]:
    """Stage 6: one applicant for the packet, then every requirement's verdict."""
    applicant, checked = build_applicant(list(docs))
    ctx = AuditContext(options, tuple(checked), applicant)
    requirements = with_seal_findings(rules.evaluate(ctx), checked)
    return applicant, [with_reads(d) for d in checked], requirements
