"""The audit, stage by stage: the one place that orchestrates (see architecture.md).

ingest -> paginate -> text -> classify -> extract -> check -> AuditResult
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from docverify import archive, ingest, memo, ocr, paginate, rules
from docverify.applicant import build_applicant
from docverify.budget import Budget, finding_code, read_pages_within
from docverify.cache import OcrCache, default_cache_dir
from docverify.classify import group_pages
from docverify.doctypes import BY_TYPE
from docverify.doctypes.base import ExtractContext
from docverify.errors import FileReadError, FileTooLarge, UsageError
from docverify.memo import ResultCache
from docverify.model import (
    AuditContext,
    AuditOptions,
    AuditResult,
    DocType,
    Document,
    FileResult,
    Finding,
    Limits,
    Page,
    PageRef,
    PageText,
    RequirementResult,
    Severity,
    SourceFile,
    Status,
)
from docverify.seal.apply import apply_signed_values
from docverify.seal.findings import with_seal_findings
from docverify.seal.stage import SealReader
from docverify.seal.trust import TrustStore, trust_fingerprint
from docverify.text import default_workers
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


def _note_unreadable(req: RequirementResult, unreadable: list[str]) -> RequirementResult:
    """A missing piece may be in a file that could not be read: say so where it matters."""
    if req.status != Status.MISSING:
        return req
    f = Finding(
        f"{req.id}.maybe_in_unreadable_file",
        Severity.WARNING,
        f"{len(unreadable)} file(s) or page(s) could not be read ({', '.join(unreadable)}); the "
        "missing piece may be among them: replace them with readable PDF or image files.",
        evidence={"files": unreadable},
    )
    return dataclasses.replace(req, findings=(*req.findings, f))


def _mrz_probe(as_of: dt.date) -> Callable[[PageText, tuple[str, ...]], str | None]:
    """The code of an MRZ with at least two verified check digits found in a page's
    pixels: for pages classification could not type (a garbled card or visa is still one,
    any orientation), and for a passport page that may hold the visa facing it (``prefer``
    names the family sought, ``("V",)``)."""

    def probe(page: PageText, prefer: tuple[str, ...] = ()) -> str | None:
        if page.image is None:
            return None
        read = read_mrz(page, as_of, prefer) if prefer else read_mrz_image(page.image, as_of)
        if read is None or sum(read.mrz.checks.values()) < 2:
            return None
        if prefer and not read.mrz.document_code.startswith(prefer):
            return None
        return (read.mrz.document_code + "<")[:2]

    return probe


def _page_finding(ref: PageRef, error: str) -> Finding:
    code = finding_code(error, "page")
    return Finding(code, Severity.WARNING, f"{ref}: {error}", pages=(ref,))


def _file_finding(src: SourceFile, code: str, reason: str) -> Finding:
    return Finding(code, Severity.WARNING, f"{src.rel}: {reason}", evidence={"file": src.rel})


def load_files(
    packet: Path, limits: Limits | None = None, budget: Budget | None = None
) -> tuple[list[Page], list[FileResult], list[Finding], list[str]]:
    """Stages 1-2 on a packet folder or .zip (see ``load_listing``)."""
    limits = limits or Limits()
    with ingest.open_packet(packet, limits) as listing:
        return load_listing(listing, limits, budget)


def load_listing(
    listing: ingest.Listing, limits: Limits, budget: Budget | None = None
) -> tuple[list[Page], list[FileResult], list[Finding], list[str]]:
    """Stage 2: every listed file's pages, within the limits; an unreadable or refused
    file becomes a FileResult error and a finding. Also returns the pages a limit left out."""
    pages: list[Page] = []
    files: list[FileResult] = []
    not_read: list[str] = []
    findings = list(listing.findings)
    for src in listing.files:
        if src.name_escaped:
            findings.append(
                Finding("file.name_escaped", Severity.INFO,
                        f"{src.rel}: the file's name is not valid UTF-8 (or holds control "
                        "characters): shown with escapes", evidence={"file": src.rel})
            )  # fmt: skip
        try:
            if budget is not None and budget.spent() and src.error is None:
                raise FileReadError(budget.message)
            loaded = paginate.load(src, limits, limits.max_pages - len(pages), budget)
        except FileReadError as exc:
            code = src.error_code or (
                "file.too_large" if isinstance(exc, FileTooLarge) else finding_code(str(exc))
            )
            files.append(FileResult(src.rel, 0, str(exc), src.sha256, 0, src.name_escaped))
            findings.append(_file_finding(src, code, str(exc)))
            continue
        pages.extend(loaded.pages)
        findings.extend(loaded.findings)
        if loaded.not_read:
            not_read.append(f"{src.rel} p.{paginate.page_ranges(sorted(loaded.not_read))}")
        files.append(
            FileResult(src.rel, loaded.total, None, src.sha256, loaded.read, src.name_escaped)
        )
    return pages, files, findings, not_read


def audit(
    packet: Path,
    options: AuditOptions,
    progress: Callable[[str], None] | None = None,
) -> AuditResult:
    """Audit one packet folder (or .zip). Never writes to it; unreadable files become
    findings; limits and time budgets (``options.limits``) bound what it costs."""
    if not (packet.is_dir() or archive.is_zip_packet(packet)):
        raise UsageError(f"{packet} is not a folder or a .zip file")
    limits = options.limits
    budget = Budget(limits.time_budget)
    until = time.monotonic() + budget.remaining()
    previous_limits = ocr.set_call_limits(limits.page_timeout, until)
    start = time.perf_counter()
    try:
        with ingest.open_packet(packet, limits) as listing:
            results = ResultCache(
                (options.cache_dir or default_cache_dir()) / "results",
                enabled=options.use_cache and options.reuse_results,
            )
            key = memo.packet_key(listing.files, listing.findings, options, trust_fingerprint())
            if (hit := results.get(key)) is not None:
                seconds = time.perf_counter() - start
                timings = {"listing": seconds, "reused": seconds, "total": seconds}
                return dataclasses.replace(hit, packet=str(packet), timings=timings)
            result = _audit(packet, listing, options, budget, progress)
            results.put(key, result)
            return result
    finally:
        ocr.set_call_limits(*previous_limits)


def _audit(
    packet: Path,
    listing: ingest.Listing,
    options: AuditOptions,
    budget: Budget,
    progress: Callable[[str], None] | None = None,
) -> AuditResult:
    say = progress or (lambda _msg: None)
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = now - clock
        clock = now

    pages, files, packet_findings, not_read = load_listing(listing, options.limits, budget)
    lap("load")
    say(f"{len(files)} files, {len(pages)} pages")

    cache = OcrCache(options.cache_dir, enabled=options.use_cache)
    workers = options.workers or default_workers()
    # pages are cached whole (their words, orientation, skew); the zone reads made while
    # classifying and extracting (MRZ bands, passporteye, form fields) call by call
    texts: list[PageText] = read_pages_within(
        pages, options.ocr_languages, cache, options.limits, budget, workers,
        progress=lambda p: say(f"read {p.ref} ({p.source})"),
    )  # fmt: skip
    lap("text")
    packet_findings.extend(_page_finding(p.ref, p.error) for p in texts if p.error)
    previous_cache = ocr.use_cache(cache if options.use_cache else None)
    try:
        docs = group_pages([p for p in texts if p.error is None], _mrz_probe(options.as_of))
        ectx = ExtractContext(options.as_of)
        seals = SealReader(TrustStore.from_environment(), packet)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            docs = list(pool.map(lambda d: extract_document(d, ectx), docs))
            docs = list(pool.map(seals.read, docs))  # each page's 2D-Doc, verified
        docs = [apply_signed_values(d) for d in docs]  # a valid seal outranks the read
        lap("extract")
    finally:
        ocr.use_cache(previous_cache)

    applicant, docs = build_applicant(docs)
    ctx = AuditContext(options, tuple(docs), applicant)
    requirements = rules.evaluate(ctx)
    requirements = with_seal_findings(requirements, docs)
    unreadable = [f.rel for f in files if f.error] + [str(p.ref) for p in texts if p.error]
    unreadable += not_read
    if unreadable:
        requirements = [_note_unreadable(r, unreadable) for r in requirements]
    lap("check")
    timings["total"] = sum(timings.values())
    return AuditResult(
        packet=str(packet),
        as_of=options.as_of,
        applicant=applicant,
        requirements=tuple(requirements),
        documents=tuple(docs),
        files=tuple(files),
        findings=tuple(packet_findings),
        timings=timings,
    )
