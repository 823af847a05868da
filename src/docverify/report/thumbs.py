"""Pages as small embedded images for the HTML report: downscaled grey JPEGs (data URIs),
with the identifiers ``--redact`` hides painted out before downscaling."""

from __future__ import annotations

import base64
import io
import re

import numpy as np
from PIL import Image, ImageDraw

from docverify.evidence import Grounding
from docverify.model import DocType, Document, PageRef, PageText
from docverify.redact import SENSITIVE_FIELDS

Box = tuple[int, int, int, int]
MAX_WIDTH = 900
"""Pixels across an embedded page: small enough for a 15-page packet to stay near 2 MB,
large enough to read a name or a date when the page is enlarged."""
QUALITY = 50
IDENTITY_TYPES = frozenset(
    {DocType.PASSPORT, DocType.NATIONAL_ID, DocType.LONG_STAY_VISA, DocType.RESIDENCE_PERMIT}
)
MRZ_WORD = re.compile(r"<.*<|^[A-Z0-9<]{25,}$")


def _compact(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def sensitive_boxes(doc: Document, reads: dict[str, Grounding]) -> dict[PageRef, list[Box]]:
    """Where the document shows what ``--redact`` masks: the IBAN, account, document
    number and NIR lines, every word that holds a piece of them, and the MRZ band (which
    carries the document number) of an identity document."""
    out: dict[PageRef, list[Box]] = {}
    secrets: list[str] = []
    fields = doc.fields
    for name in SENSITIVE_FIELDS:
        g = reads.get(name)
        if g is not None and g.page is not None and g.box is not None:
            out.setdefault(g.page, []).append(g.box)
        value = getattr(fields, name, None) if fields is not None else None
        if isinstance(value, str) and len(_compact(value)) >= 5:
            secrets.append(_compact(value))
    for page in doc.pages:
        boxes = out.setdefault(page.ref, [])
        for w in page.words:
            c = _compact(w.text)
            if MRZ_WORD.search(w.text.upper()) or (
                len(c) >= 4 and any(c in s or s in c for s in secrets)
            ):
                boxes.append(w.box)
        if doc.type in IDENTITY_TYPES and page.image is not None:
            mrz = [w.box for w in page.words if MRZ_WORD.search(w.text.upper())]
            if not mrz:  # the band was read from pixels, not words: hide the page's foot
                h, w_ = page.image.shape[:2]
                boxes.append((0, int(h * 0.78), w_, h))
    return out


def page_data_uri(page: PageText, masked: list[Box] | None = None) -> tuple[str, int, int]:
    """The page as a JPEG data URI, and the size of the page pixel space its boxes use."""
    assert page.image is not None
    img = page.image
    if img.dtype != np.uint8:
        img = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(img)
    if pil.mode not in ("L", "RGB"):
        pil = pil.convert("L")
    width, height = pil.size
    if masked:
        draw = ImageDraw.Draw(pil)
        pad = max(2, width // 300)
        for x0, y0, x1, y1 in masked:
            draw.rectangle((x0 - pad, y0 - pad, x1 + pad, y1 + pad), fill=0)
    if width > MAX_WIDTH:
        pil = pil.resize(
            (MAX_WIDTH, max(1, round(height * MAX_WIDTH / width))), Image.Resampling.BILINEAR
        )
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=QUALITY, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode(), width, height
