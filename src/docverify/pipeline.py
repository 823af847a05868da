"""The audit, stage by stage: the one place that orchestrates (see architecture.md).

ingest -> paginate -> text -> classify -> extract -> check -> AuditResult
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import cv2

from docverify import archive, ingest, memo, ocr, paginate
from docverify.budget import Budget, finding_code, read_pages_within
from docverify.cache import OcrCache, default_cache_dir
from docverify.errors import FileReadError, FileTooLarge, UsageError
from docverify.fingerprints import trust_fingerprint
from docverify.memo import ResultCache
from docverify.model import (
    AuditOptions,
    AuditResult,
    FileResult,
    Finding,
    Limits,
    Page,
    PageRef,
    PageText,
    Severity,
    SourceFile,
)
from docverify.text import default_workers

if TYPE_CHECKING:
    from datetime import date

    from docverify.assess import PageClasses

log = logging.getLogger(__name__)


def _page_finding(ref: PageRef, error: str) -> Finding:
    code = finding_code(error, "page")
    return Finding(code, Severity.WARNING, f"{ref}: {error}", pages=(ref,))


def _file_finding(src: SourceFile, code: str, reason: str) -> Finding:
    return Finding(code, Severity.WARNING, f"{src.rel}: {reason}", evidence={"file": src.rel})


class _LateStages:
    """``docverify.assess``, imported on a thread of its own once the first page is being
    read (before, it would only slow the first file's decoding down), and the audit's
    ``assess.PageClasses``, made once that module is there."""

    def __init__(self, as_of: date, workers: int) -> None:
        self._as_of, self._workers = as_of, workers
        self._future: Future[ModuleType] | None = None
        self._classes: PageClasses | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._future is None:
                pool = ThreadPoolExecutor(1, thread_name_prefix="import")
                self._future = pool.submit(importlib.import_module, "docverify.assess")
                pool.shutdown(wait=False)

    def wait(self) -> ModuleType:
        """The module, once imported (it raises what the import raised)."""
        self.start()
        assert self._future is not None
        return self._future.result()

    def page_classes(self) -> PageClasses:
        """The one ``PageClasses`` of the audit (pages are classified as they are read)."""
        module = self.wait()
        with self._lock:
            if self._classes is None:
                self._classes = module.PageClasses(self._as_of, self._workers)
            return self._classes


def load_files(
    packet: Path, limits: Limits | None = None, budget: Budget | None = None
) -> tuple[list[Page], list[FileResult], list[Finding], list[str]]:
    """Stages 1-2 on a packet folder or .zip: every page, the files, the findings made
    while loading and the pages a limit left out (see ``Loader``)."""
    limits = limits or Limits()
    with ingest.open_packet(packet, limits) as listing:
        loader = Loader(listing, limits, budget)
        pages = list(loader.pages())
        return pages, loader.files, loader.findings, loader.not_read


class Loader:
    """Stage 2: the pages of every listed file, within the limits, produced file by file
    (``pages()``, a generator: the text stage reads the first pages while later files are
    decoded). An unreadable or refused file becomes a FileResult error and a finding;
    ``files``, ``findings`` and ``not_read`` are complete once the pages are consumed."""

    def __init__(
        self,
        listing: ingest.Listing,
        limits: Limits,
        budget: Budget | None,
        loaded: Callable[[Loader], None] | None = None,
    ) -> None:
        self.listing = listing
        self.limits = limits
        self.budget = budget
        self.loaded = loaded
        """Called after each file is loaded (progress)."""
        self.files: list[FileResult] = []
        self.findings: list[Finding] = list(listing.findings)
        self.not_read: list[str] = []
        self.page_count = 0
        self.seconds = 0.0
        """Time spent decoding and rendering."""

    def pages(self) -> Iterator[Page]:
        for src in self.listing.files:
            start = time.perf_counter()
            for page in self._load(src):
                self.seconds += time.perf_counter() - start
                self.page_count += 1
                yield page  # read while the file's next page renders
                start = time.perf_counter()
            self.seconds += time.perf_counter() - start
            if self.loaded is not None:
                self.loaded(self)

    def _load(self, src: SourceFile) -> Iterator[Page]:
        """The file's pages as they are ready; its FileResult and findings once done."""
        limits, budget = self.limits, self.budget
        if src.name_escaped:
            self.findings.append(
                Finding("file.name_escaped", Severity.INFO,
                        f"{src.rel}: the file's name is not valid UTF-8 (or holds control "
                        "characters): shown with escapes", evidence={"file": src.rel})
            )  # fmt: skip
        loaded = paginate.Loaded()
        try:
            if budget is not None and budget.spent() and src.error is None:
                raise FileReadError(budget.message)
            quota = limits.max_pages - self.page_count
            yield from paginate.load_stream(src, loaded, limits, quota, budget)
        except FileReadError as exc:
            code = src.error_code or (
                "file.too_large" if isinstance(exc, FileTooLarge) else finding_code(str(exc))
            )
            # pages rendered before a later page failed are read all the same
            self.files.append(FileResult(src.rel, loaded.total if loaded.pages else 0, str(exc),
                                         src.sha256, len(loaded.pages), src.name_escaped))  # fmt: skip
            self.findings.append(_file_finding(src, code, str(exc)))
            return
        self.findings.extend(loaded.findings)
        if loaded.not_read:
            self.not_read.append(f"{src.rel} p.{paginate.page_ranges(sorted(loaded.not_read))}")
        self.files.append(
            FileResult(src.rel, loaded.total, None, src.sha256, loaded.read, src.name_escaped)
        )


def audit(
    packet: Path,
    options: AuditOptions,
    progress: Callable[[str], None] | None = None,
    listing: ingest.Listing | None = None,
) -> AuditResult:
    """Audit one packet folder (or .zip). Never writes to it; unreadable files become
    findings; limits and time budgets (``options.limits``) bound what it costs. A
    ``listing`` of the packet already open (``ingest.open_packet``) is used as it is: its
    files are not hashed, nor an archive unpacked, again."""
    if not (packet.is_dir() or archive.is_zip_packet(packet)):
        raise UsageError(f"{packet} is not a folder or a .zip file")
    limits = options.limits
    budget = Budget(limits.time_budget)
    until = time.monotonic() + budget.remaining()
    previous_limits = ocr.set_call_limits(limits.page_timeout, until)
    # the audit's own workers keep the cores busy: OpenCV spreading each operation over
    # threads of its own only adds their overhead (a page's search for missed rows took
    # 0.31 s so, 0.13 s on one thread)
    previous_threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    start = time.perf_counter()
    try:
        if listing is not None:
            return _remembered_or_audited(packet, listing, options, budget, progress, start)
        with ingest.open_packet(packet, limits) as opened:
            return _remembered_or_audited(packet, opened, options, budget, progress, start)
    finally:
        ocr.set_call_limits(*previous_limits)
        cv2.setNumThreads(previous_threads)


def _remembered_or_audited(
    packet: Path,
    listing: ingest.Listing,
    options: AuditOptions,
    budget: Budget,
    progress: Callable[[str], None] | None,
    start: float,
) -> AuditResult:
    results = ResultCache(
        (options.cache_dir or default_cache_dir()) / "results",
        enabled=options.use_cache and options.reuse_results,
    )
    key = memo.packet_key(listing.files, listing.findings, options, trust_fingerprint())
    if (hit := results.get(key)) is not None:
        if progress:
            progress("unchanged since its last audit: its result is reused "
                     "(--no-cache audits it again)")  # fmt: skip
        seconds = time.perf_counter() - start
        timings = {"reused": seconds, "total": seconds}
        return dataclasses.replace(hit, packet=str(packet), timings=timings)
    result = _audit(packet, listing, options, budget, progress)
    results.put(key, result)
    return result


def _audit(
    packet: Path,
    listing: ingest.Listing,
    options: AuditOptions,
    budget: Budget,
    progress: Callable[[str], None] | None = None,
) -> AuditResult:
    say = progress or (lambda _msg: None)
    timings: dict[str, float] = {}
    clock = begin = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = now - clock
        clock = now

    cache = OcrCache(options.cache_dir, enabled=options.use_cache)
    workers = options.workers or default_workers()
    # tesseract's models load while the first file is decoded
    warm = threading.Thread(target=ocr.prewarm, args=(options.ocr_languages, workers), daemon=True)
    warm.start()
    # the later stages' modules load while the pages are read, from the first one on
    late = _LateStages(options.as_of, workers)

    def started(page: Page) -> None:
        say(f"reading {page.ref}")
        late.start()

    def loaded(loader: Loader) -> None:
        say(f"{len(loader.files)} files, {loader.page_count} pages loaded "
            f"(of {len(listing.files)} files)")  # fmt: skip

    def read(page: PageText) -> None:
        say(f"read {page.ref} ({page.source})")
        late.page_classes().see(page)  # each page classified on the thread that read it

    loader = Loader(listing, options.limits, budget, loaded)
    # pages are cached whole (their words, orientation, skew); the zone reads made while
    # classifying and extracting (MRZ bands, passporteye, form fields) call by call
    previous_cache = ocr.use_cache(cache if options.use_cache else None)
    try:
        texts: list[PageText] = read_pages_within(
            loader.pages(), options.ocr_languages, cache, options.limits, budget, workers,
            progress=read, started=started,
        )  # fmt: skip
        late.page_classes().settle()  # the MRZ reads made ahead, while the cache is set
    finally:
        ocr.use_cache(previous_cache)
    files, packet_findings, not_read = loader.files, loader.findings, loader.not_read
    lap("text")
    timings["load"] = loader.seconds  # decoding, overlapped with reading
    packet_findings.extend(_page_finding(p.ref, p.error) for p in texts if p.error)
    late.wait()
    from docverify import assess  # loaded by now, on its own thread

    docs = assess.read_documents(
        [p for p in texts if p.error is None], packet, options, cache, workers, late.page_classes()
    )
    lap("extract")
    applicant, docs, requirements = assess.check(docs, options)
    unreadable = [f.rel for f in files if f.error] + [str(p.ref) for p in texts if p.error]
    unreadable += not_read
    if unreadable:
        requirements = [assess.note_unreadable(r, unreadable) for r in requirements]
    requirements = assess.note_unrecognised_pages(requirements, docs)
    lap("check")
    warm.join()  # a packet of text-layer PDFs is done sooner: not left loading at exit
    timings["total"] = time.perf_counter() - begin
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
