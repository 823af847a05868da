"""The values that flow through the pipeline, stage by stage.

    ingest    -> SourceFile
    paginate  -> Page           (raster image and/or PDF text layer)
    text      -> PageText       (words with boxes and confidence, orientation fixed)
    classify  -> Document       (pages grouped into one logical piece, typed)
    extract   -> Document       (same, with typed fields and per-document findings)
    check     -> RequirementResult per requirement id
    report    -> see docverify.report

Everything here is immutable; stages return new values (``dataclasses.replace``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np


class DocType(StrEnum):
    APPLICATION_FORM = "application_form"
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    LONG_STAY_VISA = "long_stay_visa"
    RESIDENCE_PERMIT = "residence_permit"
    BIRTH_CERTIFICATE = "birth_certificate"
    APOSTILLE = "apostille"
    TRANSLATION = "translation"
    UTILITY_BILL = "utility_bill"
    LEASE = "lease"
    HOSTING_ATTESTATION = "hosting_attestation"
    PAYSLIP = "payslip"
    EMPLOYMENT_CONTRACT = "employment_contract"
    RIB = "rib"
    UNKNOWN = "unknown"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Status(StrEnum):
    """Verdict of one requirement."""

    COMPLETE = "complete"
    QUESTIONABLE = "questionable"
    INVALID = "invalid"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"


class PacketStatus(StrEnum):
    COMPLETE = "complete"
    QUESTIONABLE = "questionable"
    INCOMPLETE = "incomplete"


REQUIREMENT_IDS: tuple[str, ...] = (
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
)


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class SourceFile:
    """One file of the packet. ``rel`` is the path relative to the packet folder."""

    path: Path
    rel: str
    sha256: str
    size: int
    kind: str  # "pdf", "image", "archive", "unsupported", "unreadable"
    error: str | None = None
    """Why ingest refused the file without reading it (a pipe, a link leaving the packet,
    an unsafe archive entry...); ``error_code`` is the finding code that says so."""
    error_code: str = ""
    name_escaped: bool = False
    """``rel`` shows escapes (``\\xff``) for bytes of the name that are not valid UTF-8
    or are control characters."""


@dataclass(frozen=True)
class PageRef:
    """Where a page comes from: file path relative to the packet, 1-based page number."""

    file: str
    page: int

    def __str__(self) -> str:
        return f"{self.file} p.{self.page}"


# --------------------------------------------------------------------------- paginate / text


@dataclass(frozen=True)
class Word:
    """A word with its box ``(x0, y0, x1, y1)`` in the pixel space of the page image,
    its OCR confidence (0..100; 100 for a PDF text layer) and its line key."""

    text: str
    box: tuple[int, int, int, int]
    conf: float
    line: tuple[int, int, int] = (0, 0, 0)  # (block, paragraph, line)


@dataclass(frozen=True)
class FormWidget:
    """One interactive field of a PDF page (AcroForm): its name, value and where it sits
    (page pixels), so a field whose name says nothing ("Case à cocher 3") is known by the
    printed caption next to it."""

    name: str
    value: str
    box: tuple[int, int, int, int] | None = None
    kind: str = "text"  # "text" | "checkbox" | "radio" | "signature" | "choice"


@dataclass(frozen=True, eq=False)
class Page:
    """One page as loaded: a grey-scale image (numpy uint8, may be None when the file
    gave only text) and, for PDFs, the words of the text layer (already scaled to the
    image's pixel space)."""

    ref: PageRef
    image: np.ndarray | None
    dpi: int
    text_layer: tuple[Word, ...] = ()
    sha256: str = ""  # of the page content, for the OCR cache
    form_fields: Mapping[str, str] = field(default_factory=dict)
    """Values of a PDF's interactive form fields on this page (AcroForm), by field name."""
    form_widgets: tuple[FormWidget, ...] = ()
    """The same fields with their place on the page."""
    pictures: tuple[tuple[int, int, int, int], ...] = ()
    """Where a PDF page with a text layer draws pictures (image objects), in its pixels: a
    signature pasted into a form filled on screen is one."""


@dataclass(frozen=True, eq=False)
class PageText:
    """A page with its text: ``image`` is the upright, deskewed image the words refer to."""

    ref: PageRef
    image: np.ndarray | None
    dpi: int
    words: tuple[Word, ...]
    source: str  # "text_layer" | "ocr" | "none"
    rotation: int = 0  # degrees clockwise applied to make the page upright
    skew: float = 0.0  # degrees corrected by deskew
    mean_conf: float = 0.0
    error: str | None = None
    form_fields: Mapping[str, str] = field(default_factory=dict)
    form_widgets: tuple[FormWidget, ...] = ()
    pictures: tuple[tuple[int, int, int, int], ...] = ()
    """Where a text-layer PDF page draws pictures (see ``Page.pictures``)."""
    seconds: float = 0.0
    """Time spent reading this page (decoded pixels to words; ``--profile``)."""
    script: str = ""
    """The script OSD saw the page written in ("Latin", "Arabic", "Cyrillic"); "" when
    it was not asked (a text layer) or could not tell."""

    @property
    def other_script(self) -> bool:
        """Written, by OSD, in a script other than the Latin alphabet."""
        return self.script not in ("", "Latin")

    @property
    def lines(self) -> list[str]:
        """Text lines in reading order."""
        out: list[str] = []
        current: tuple[int, int, int] | None = None
        buf: list[str] = []
        for w in self.words:
            if w.line != current and buf:
                out.append(" ".join(buf))
                buf = []
            current = w.line
            buf.append(w.text)
        if buf:
            out.append(" ".join(buf))
        return out

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True)
class Finding:
    """A statement about the packet with a stable ``code`` (``area.what``)."""

    code: str
    severity: Severity
    message: str
    document: str | None = None
    pages: tuple[PageRef, ...] = ()
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def about(self, document: Document) -> Finding:
        return dataclasses.replace(self, document=document.id, pages=document.page_refs)


def info(code: str, message: str, **evidence: Any) -> Finding:
    return Finding(code, Severity.INFO, message, evidence=evidence)


def warning(code: str, message: str, **evidence: Any) -> Finding:
    return Finding(code, Severity.WARNING, message, evidence=evidence)


def error(code: str, message: str, **evidence: Any) -> Finding:
    return Finding(code, Severity.ERROR, message, evidence=evidence)


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, eq=False)
class Document:
    """One logical piece of the packet: pages (possibly across files) of one type.

    ``fields`` is the typed record the doctype module extracted (a frozen dataclass,
    see ``docverify.doctypes``), or None before extraction.
    """

    id: str
    type: DocType
    confidence: float
    pages: tuple[PageText, ...]
    fields: Any = None
    findings: tuple[Finding, ...] = ()
    seal: Any = None
    """Its signed barcode (``docverify.seal.stage.Seal``), when a page carries one."""
    seconds: float = 0.0
    """Time spent extracting its fields and reading its 2D-Doc (``--profile``)."""
    reads: Mapping[str, Any] | None = None
    """Where each field was read and how well (``evidence.Grounding`` by field name), set
    once the packet is checked: a report, and a re-audit from the memo, reuse it."""

    @property
    def page_refs(self) -> tuple[PageRef, ...]:
        return tuple(p.ref for p in self.pages)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @property
    def files(self) -> list[str]:
        seen: dict[str, None] = {}
        for p in self.pages:
            seen.setdefault(p.ref.file, None)
        return list(seen)

    def where(self) -> str:
        """Human pointer to the pages, e.g. ``bills.pdf p.2-3``."""
        parts: list[str] = []
        for f in self.files:
            # a card's two sides photographed on one page are two parts of that page
            nums = sorted({p.ref.page for p in self.pages if p.ref.file == f})
            if len(nums) == 1:
                parts.append(f"{f} p.{nums[0]}")
            else:
                parts.append(f"{f} p.{min(nums)}-{max(nums)}")
        return ", ".join(parts)


# --------------------------------------------------------------------------- audit


@dataclass(frozen=True)
class Limits:
    """What one packet may cost: beyond each limit the rest is not read, a finding says
    so, and the audit goes on (README, "Hostile input and limits")."""

    max_pages_per_file: int = 40
    max_pages: int = 150
    """Pages read in the whole packet."""
    max_page_pixels: int = 40_000_000
    """A PDF page is rendered at a lower resolution to stay under this, or refused."""
    max_file_bytes: int = 100 * 2**20
    max_files: int = 500
    max_depth: int = 16
    """Folders nested deeper than this are not read."""
    max_archive_bytes: int = 500 * 2**20
    """Bytes one .zip may unpack to, in all."""
    max_archive_entries: int = 1000
    max_archive_ratio: int = 200
    """An entry unpacking to more than this many times its compressed size is a zip bomb."""
    page_timeout: float = 180.0
    """Seconds of OCR one page may take (tesseract is stopped beyond)."""
    time_budget: float = 1800.0
    """Seconds the whole audit may take: pages not read by then become findings."""


@dataclass(frozen=True)
class AuditOptions:
    as_of: dt.date
    employed: bool | None = None  # None: decide from the form and job papers
    ocr_languages: str = "fra+eng"
    workers: int | None = None
    use_cache: bool = True
    cache_dir: Path | None = None
    limits: Limits = Limits()
    reuse_results: bool = True
    """Give an unchanged packet's remembered result (``docverify.memo``); off when the
    report must show the pages (HTML), whose images are not remembered."""


@dataclass(frozen=True)
class Applicant:
    """The person the packet is for, anchored on the identity document's holder."""

    surname: str | None = None
    given_names: str | None = None
    date_of_birth: dt.date | None = None
    nationality: str | None = None
    source_document: str | None = None
    documents: tuple[str, ...] = ()
    """The documents whose names agree with this identity (the anchor first)."""


@dataclass(frozen=True)
class AuditContext:
    """What every packet rule sees."""

    options: AuditOptions
    documents: tuple[Document, ...]
    applicant: Applicant

    @property
    def as_of(self) -> dt.date:
        return self.options.as_of

    def of_type(self, *types: DocType) -> list[Document]:
        return [d for d in self.documents if d.type in types]


@dataclass(frozen=True)
class RequirementResult:
    id: str
    status: Status
    documents: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class FileResult:
    rel: str
    pages: int  # pages the file has (as far as known)
    error: str | None = None
    sha256: str = ""
    pages_read: int | None = None  # fewer than ``pages`` when a limit stopped the reading
    name_escaped: bool = False


@dataclass(frozen=True)
class AuditResult:
    packet: str
    as_of: dt.date
    applicant: Applicant
    requirements: tuple[RequirementResult, ...]
    documents: tuple[Document, ...]
    files: tuple[FileResult, ...]
    findings: tuple[Finding, ...] = ()  # packet-level findings (unreadable files, ...)
    timings: Mapping[str, float] = field(default_factory=dict)

    @property
    def status(self) -> PacketStatus:
        statuses = {r.status for r in self.requirements}
        if statuses & {Status.INVALID, Status.MISSING}:
            return PacketStatus.INCOMPLETE
        if Status.QUESTIONABLE in statuses:
            return PacketStatus.QUESTIONABLE
        return PacketStatus.COMPLETE
