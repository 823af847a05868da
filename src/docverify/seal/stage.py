"""The seal of a document: its pages' barcodes read, decoded, verified against the trust
store, and compared with what the document's fields say (the pipeline's extraction stage
calls ``SealReader.read`` for every document).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from docverify.model import Document, PageRef, PageText
from docverify.seal.catalog import sealed_docverify_types
from docverify.seal.compare import CrossCheck, cross_check
from docverify.seal.datamatrix import Box, Sharper, read_codes
from docverify.seal.errors import SealFormatError
from docverify.seal.trust import SealStatus, TrustStore, Verification
from docverify.seal.twoddoc import TwoDDoc, decode, is_2ddoc

log = logging.getLogger(__name__)

SHARPER_DPI = 300
"""A PDF page kept at low resolution (it has a text layer) is rendered again at this
resolution around a code too small to read."""
_PDFIUM = threading.Lock()  # pdfium is not thread-safe


@dataclass(frozen=True)
class Seal:
    """What a document's 2D-Doc says and whether it may be trusted."""

    page: PageRef
    box: Box
    code: TwoDDoc | None
    verification: Verification | None
    error: str | None = None
    """Why the barcode could not be read as a 2D-Doc (then ``code`` is None)."""
    check: CrossCheck = dataclasses.field(default_factory=CrossCheck)
    wrong_type: bool = False
    """The code is of a type that does not belong on this kind of document."""
    applied: tuple[str, ...] = ()
    """The document's fields that took the signed values (a valid seal only)."""
    others: int = 0
    """Other, different 2D-Docs found on the same document."""
    trust_list: str = ""
    kind: str = "2d-doc"

    @property
    def status(self) -> SealStatus:
        if self.verification is None:
            return SealStatus.INVALID  # a barcode that is not a well-formed 2D-Doc
        return self.verification.status


RANK = {
    SealStatus.VALID: 0,
    SealStatus.NOT_CHECKED: 1,
    SealStatus.UNKNOWN_CERTIFICATE: 2,
    SealStatus.TEST_CERTIFICATE: 3,
    SealStatus.INVALID: 4,
}


def pdf_sharper(pdf: Path, index: int, page_dpi: int) -> Sharper:
    """Renders a region of a PDF page (a box in the pixels of its ``page_dpi`` image) at
    ``SHARPER_DPI``."""

    def render(box: Box) -> np.ndarray | None:
        import pypdfium2 as pdfium

        x0, y0, x1, y1 = box
        pad = max(x1 - x0, y1 - y0) * 0.25
        to_pt = 72 / page_dpi
        with _PDFIUM:
            try:
                doc = pdfium.PdfDocument(str(pdf))
            except (pdfium.PdfiumError, OSError) as exc:
                log.debug("no sharper rendering of %s: %s", pdf, exc)
                return None
            try:
                page = doc[index]
                w, h = page.get_size()
                left, top = max(0.0, (x0 - pad) * to_pt), max(0.0, (y0 - pad) * to_pt)
                right, bottom = min(w, (x1 + pad) * to_pt), min(h, (y1 + pad) * to_pt)
                if right <= left or bottom <= top:
                    return None
                bitmap = page.render(
                    scale=SHARPER_DPI / 72,
                    grayscale=True,
                    crop=(left, h - bottom, w - right, top),
                )
                return np.asarray(bitmap.to_pil().convert("L"), dtype=np.uint8).copy()
            except (pdfium.PdfiumError, IndexError, ValueError) as exc:
                log.debug("no sharper rendering of %s p.%d: %s", pdf, index + 1, exc)
                return None
            finally:
                doc.close()

    return render


class SealReader:
    """Reads the seal of each document; ``packet`` lets a PDF page be rendered again,
    sharper, around a small code."""

    def __init__(self, trust: TrustStore, packet: Path | None = None) -> None:
        self.trust = trust
        self.packet = packet

    def codes_on(self, page: PageText) -> list[tuple[bytes, Box]]:
        sharper = None
        if self.packet is not None and page.source == "text_layer":
            path = self.packet / page.ref.file  # (not a file in a .zip packet)
            if path.suffix.lower() == ".pdf" and path.is_file():
                sharper = pdf_sharper(path, page.ref.page - 1, page.dpi)
        try:
            found = read_codes(page.image, sharper)
        except Exception as exc:  # a reader failure must not sink the document
            log.warning("barcode reading failed on %s: %s", page.ref, exc)
            return []
        return [(c.data, c.box) for c in found if is_2ddoc(c.data)]

    def seal_of(self, doc: Document) -> Seal | None:
        seals: list[Seal] = []
        seen: set[bytes] = set()
        for page in doc.pages:
            for data, box in self.codes_on(page):
                if data in seen:
                    continue
                seen.add(data)
                seals.append(self._seal(page.ref, box, data))
        if not seals:
            return None
        seals.sort(key=lambda s: RANK[s.status])
        best = dataclasses.replace(seals[0], others=len(seals) - 1)
        if best.code is None:
            return best
        check = cross_check(doc, best.code) if doc.fields is not None else CrossCheck()
        code_type = best.code.type
        wrong = (
            doc.type.value in sealed_docverify_types()
            and code_type is not None
            and doc.type.value not in code_type.docverify
        )
        return dataclasses.replace(best, check=check, wrong_type=wrong)

    def _seal(self, ref: PageRef, box: Box, data: bytes) -> Seal:
        label = self.trust.tsl.label
        try:
            code = decode(data)
        except SealFormatError as exc:
            return Seal(ref, box, None, None, error=str(exc), trust_list=label)
        return Seal(ref, box, code, self.trust.verify(code), trust_list=label)

    def read(self, doc: Document) -> Document:
        """The document with its ``seal`` and the seal's findings."""
        from docverify.seal.findings import seal_findings

        try:
            seal = self.seal_of(doc)
        except Exception:  # a bug here must not sink the document, nor the packet
            log.exception("the seal of %s could not be read", doc.id)
            return doc
        if seal is None:
            return doc
        found = tuple(f.about(doc) for f in seal_findings(doc, seal))
        return dataclasses.replace(doc, seal=seal, findings=(*doc.findings, *found))
