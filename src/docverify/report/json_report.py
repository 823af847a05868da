"""The JSON report, schema ``docverify.report/1`` (see README, "Report contract").

Always valid UTF-8: every string (file names, text read from PDFs, messages) has its
undecodable bytes escaped (``\\xff``), and messages carry no Python object reprs.
"""

from __future__ import annotations

import json
from typing import Any

from docverify.doctypes.base import fields_to_json
from docverify.evidence import ground_fields
from docverify.model import AuditResult, Document, FileResult, Finding
from docverify.redact import redact_fields
from docverify.report.boxes import BoxFinder
from docverify.report.i18n import Messages
from docverify.safe_text import clean_message, valid_utf8_tree
from docverify.seal.report import seal_json

SCHEMA = "docverify.report/1"


def finding_json(
    f: Finding, finder: BoxFinder | None = None, messages: Messages | None = None
) -> dict[str, Any]:
    """A finding; ``message`` in the language of ``messages`` (English by default, then
    also ``message_en``), and ``pages[].box`` (page pixels) where its evidence was read."""
    out: dict[str, Any] = {
        "code": f.code,
        "severity": f.severity.value,
        "message": clean_message(f.message) if messages is None else messages.finding(f),
        "document": f.document,
    }
    if messages is not None and messages.lang != "en":
        out["message_en"] = clean_message(f.message)
    pages: list[dict[str, Any]] = [{"path": p.file, "page": p.page} for p in f.pages]
    for b in finder.boxes(f) if finder is not None else []:
        entry = next(
            (p for p in pages if (p["path"], p["page"]) == (b.page.file, b.page.page)), None
        )
        if entry is None:
            entry = {"path": b.page.file, "page": b.page.page}
            pages.append(entry)
        if "box" not in entry:
            entry["box"] = list(b.box)
        else:  # more than one place on the page: every box, the first kept as ``box``
            entry.setdefault("boxes", [entry["box"]]).append(list(b.box))
    if pages:
        out["pages"] = pages
    if f.evidence:
        out["evidence"] = dict(f.evidence)
    return out


def document_json(
    doc: Document,
    redact: bool,
    finder: BoxFinder | None = None,
    messages: Messages | None = None,
) -> dict[str, Any]:
    files: dict[str, list[int]] = {}
    for p in doc.pages:
        pages = files.setdefault(p.ref.file, [])
        if p.ref.page not in pages:  # a card's two sides cut out of one page: that page
            pages.append(p.ref.page)
    fields = fields_to_json(doc.fields)
    if redact:
        fields = redact_fields(fields)
    out: dict[str, Any] = {
        "id": doc.id,
        "type": doc.type.value,
        "confidence": doc.confidence,
        "files": [{"path": path, "pages": pages} for path, pages in files.items()],
        "fields": fields,
        # where each field was read and how confidently (extra key: the contract stays)
        "field_reads": {
            name: g.to_json()
            for name, g in (finder.reads(doc) if finder else ground_fields(doc)).items()
        },
        "findings": [finding_json(f, finder, messages) for f in doc.findings],
        "text_source": sorted({p.source for p in doc.pages}),
    }
    if doc.seal is not None:  # its signed barcode (extra key: the contract stays)
        out["seal"] = seal_json(doc.seal, redact)
    return out


def _file_json(f: FileResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "path": f.rel,
        "pages": f.pages,
        "error": None if f.error is None else clean_message(f.error),
    }
    if f.pages_read is not None:
        out["pages_read"] = f.pages_read
    if f.name_escaped:
        out["name_escaped"] = True
    return out


def to_dict(result: AuditResult, redact: bool = False, lang: str | None = None) -> dict[str, Any]:
    """The report as JSON-ready values, every string valid UTF-8; messages in ``lang``
    (``fr`` or ``en``; None: English)."""
    return dict(valid_utf8_tree(_to_dict(result, redact, lang)))


def _to_dict(result: AuditResult, redact: bool, lang: str | None) -> dict[str, Any]:
    a = result.applicant
    finder = BoxFinder(result.documents)
    messages = Messages(lang) if lang else None
    return {
        "schema": SCHEMA,
        "packet": result.packet,
        "as_of": result.as_of.isoformat(),
        "status": result.status.value,
        "applicant": {
            "surname": a.surname,
            "given_names": a.given_names,
            "date_of_birth": a.date_of_birth.isoformat() if a.date_of_birth else None,
            "nationality": a.nationality,
            "document": a.source_document,
            "documents": list(a.documents),
        },
        "requirements": [
            {
                "id": r.id,
                "status": r.status.value,
                "documents": list(r.documents),
                "findings": [finding_json(f, finder, messages) for f in r.findings],
            }
            for r in result.requirements
        ],
        "documents": [document_json(d, redact, finder, messages) for d in result.documents],
        "files": [_file_json(f) for f in result.files],
        "findings": [finding_json(f, finder, messages) for f in result.findings],
        "lang": lang or "en",
        "timings": {k: round(v, 3) for k, v in result.timings.items()},
    }


def render(result: AuditResult, redact: bool = False, lang: str | None = None) -> str:
    return json.dumps(to_dict(result, redact, lang), ensure_ascii=False, indent=2)
