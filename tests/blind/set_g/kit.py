"""Small helpers to lay documents into files."""

from __future__ import annotations

from core import Page
from ids import booklet, on_sheet
from model import Doc, OutFile, Sheet

REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def S(page: Page, *docs: Doc) -> Sheet:
    return Sheet(page, list(docs))


def pages(doc: Doc) -> list[Sheet]:
    return [Sheet(p, [doc]) for p in doc.pages]


def cat(*docs: Doc) -> list[Sheet]:
    out = []
    for d in docs:
        out += pages(d)
    return out


def F(name: str, look: str, sheets, **opts) -> OutFile:
    if isinstance(sheets, Sheet):
        sheets = [sheets]
    return OutFile(name, look, list(sheets), opts)


def passport_sheet(pp: Doc, visa: Doc | None = None, x=42, y=18) -> Sheet:
    """Photocopy on A4: open passport (facing page + data page), optionally the visa page below."""
    items = [(booklet(pp.pages[0]), x, y)]
    docs = [pp]
    if visa is not None:
        items.append((visa.pages[0], x, y + 185))
        docs.append(visa)
    return Sheet(on_sheet(items), docs)


def passport_photo_sheet(pp: Doc) -> Sheet:
    return Sheet(booklet(pp.pages[0]), [pp])


def visa_sheet(visa: Doc) -> Sheet:
    return Sheet(on_sheet([(visa.pages[0], 42, 30)]), [visa])


def card_sheet(card: Doc, both=True, x=50, y=30) -> Sheet:
    items = [(card.pages[0], x, y)]
    if both:
        items.append((card.pages[1], x, y + 70))
    return Sheet(on_sheet(items), [card])


def card_side(card: Doc, side: int) -> Sheet:
    return Sheet(card.pages[side], [card])


def reqs(**kw) -> dict:
    r = {k: "complete" for k in REQ_IDS}
    r.update(kw)
    return r


def status_of(r: dict) -> str:
    v = set(r.values())
    if v & {"invalid", "missing"}:
        return "incomplete"
    if "questionable" in v:
        return "questionable"
    return "complete"
