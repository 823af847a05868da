"""Putting documents into files (with their looks) and writing the truth."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from . import draw as D
from . import looks as L


@dataclass
class Place:
    doc: D.Doc
    page: int = 0
    x: float | None = None
    y: float | None = None


@dataclass
class Sheet:
    places: list
    size: tuple | None = None


@dataclass
class FileOut:
    name: str
    look: str  # text_pdf | image_pdf | scan | phone_photo | screenshot
    sheets: list
    dpi: int = 220
    grey: bool = False
    copy: bool = False
    rot90: int = 0
    opts: dict = field(default_factory=dict)


def one(doc, page=0):
    return Sheet([Place(doc, page)])


def a4(*places):
    return Sheet(list(places), size=A4)


def card_on_a4(doc, page=0, x=22 * mm, top=20 * mm):
    pg = doc.pages[page]
    return Place(doc, page, x, A4[1] - top - pg.h)


def sheet_page(sh: Sheet, look: str) -> tuple[D.Page, bool]:
    """The drawable page of a sheet; second value: True for a lone card/booklet page."""
    if sh.size is None and len(sh.places) == 1:
        pl = sh.places[0]
        pg = pl.doc.pages[pl.page]
        if pl.doc.card and look in ("scan", "image_pdf"):
            sh = a4(card_on_a4(pl.doc, pl.page))
        else:
            return pg, pl.doc.card
    size = sh.size or A4
    places = sh.places

    def dr(c):
        for pl in places:
            pg = pl.doc.pages[pl.page]
            c.saveState()
            c.translate(pl.x or 0, pl.y or 0)
            p = c.beginPath()
            p.rect(0, 0, pg.w, pg.h)
            c.clipPath(p, stroke=0, fill=0)
            if pg.bg != (1, 1, 1):
                c.setFillColorRGB(*pg.bg)
                c.rect(0, 0, pg.w, pg.h, stroke=0, fill=1)
            pg.draw(c)
            c.restoreState()

    return D.Page(size[0], size[1], dr), False


def write_file(folder: str, f: FileOut, key: str):
    path = os.path.join(folder, f.name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if f.look == "text_pdf":
        pages = [sheet_page(sh, f.look)[0] for sh in f.sheets]
        L.write_text_pdf(path, pages)
        return
    if f.look == "image_pdf":
        jp = []
        for i, sh in enumerate(f.sheets):
            pg, _ = sheet_page(sh, f.look)
            img = L.render(pg, f.dpi)
            img = L.scan_effect(img, f"{key}/{f.name}/{i}", grey=f.grey, copy=f.copy)
            q = f.opts.get("q", 80)
            jp.append((L.jpeg_bytes(img, q), pg.w, pg.h))
        L.write_image_pdf(path, jp)
        return
    assert len(f.sheets) == 1, f.name
    pg, lone = sheet_page(f.sheets[0], f.look)
    if f.look == "screenshot":
        img = L.render(pg, 72)
        with open(path, "wb") as fh:
            fh.write(L.png_bytes(img))
        return
    if f.look == "scan":
        img = L.render(pg, f.dpi)
        img = L.scan_effect(img, f"{key}/{f.name}", grey=f.grey, copy=f.copy)
    else:  # phone_photo
        if lone:
            long_mm = max(pg.w, pg.h) / 72 * 25.4
            dpi = min(900, 2600 / (long_mm / 25.4))
            img = L.render(pg, dpi, alpha=True)
        else:
            img = L.render(pg, f.opts.get("dpi", 250))
        img = L.photo_effect(
            img, f"{key}/{f.name}", rot90=f.rot90, card=lone, fill=f.opts.get("fill")
        )
    with open(path, "wb") as fh:
        if f.name.lower().endswith(".png"):
            fh.write(L.png_bytes(img))
        else:
            fh.write(L.jpeg_bytes(img, f.opts.get("q", 86)))


def truth_documents(files: list[FileOut]) -> list[dict]:
    order = []
    info = {}
    for f in files:
        for i, sh in enumerate(f.sheets):
            for pl in sh.places:
                k = id(pl.doc)
                if k not in info:
                    order.append(pl.doc)
                    info[k] = {"files": {}, "look": f.look}
                pages = info[k]["files"].setdefault(f.name, [])
                if all(p[1] != i + 1 for p in pages):
                    pages.append((pl.page, i + 1))
    out = []
    for doc in order:
        it = info[id(doc)]
        ent = {
            "files": [
                {"path": p, "pages": [n for _, n in sorted(pg)]} for p, pg in it["files"].items()
            ],
            "type": doc.type,
            "look": it["look"],
            "fields": doc.fields,
        }
        if doc.notes:
            ent["notes"] = doc.notes
        out.append(ent)
    return out


def write_folder(root: str, name: str, files: list[FileOut], meta: dict):
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    for f in files:
        write_file(folder, f, name)
    truth = dict(meta)
    truth["documents"] = truth_documents(files)
    with open(os.path.join(root, name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
