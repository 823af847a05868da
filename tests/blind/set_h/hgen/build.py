"""Writes a folder (packet or single document) and its truth file."""

from __future__ import annotations

import json
import os

from . import looks
from .canvas import Page, rasterize, write_pdf
from .helpers import rng_for
from .model import LOOK, Doc, FileOut, Sheet

PRODUCERS = [
    "Microsoft® Word pour Microsoft 365",
    "Acrobat Distiller 23.0 (Windows)",
    "iText® 7.2.5 ©2000-2023 iText Group NV",
    "Skia/PDF m119",
    "Qt 5.15.2",
    "LibreOffice 7.6",
    "JasperReports Library version 6.20.0",
    "PDFsharp 1.50.5147",
    "GPL Ghostscript 10.01.2",
]
SCANNERS = [
    "Canon iR-ADV C5535 PDF",
    "HP Scan",
    "RICOH IM C3000",
    "Epson Scan 2",
    "Adobe Scan",
    "iOS Version 17.5 (Build 21F79) Quartz PDFContext",
    "Brother MFC-L2710DW",
    "Xerox WorkCentre 6515",
]


def one(page: Page, *docs: Doc) -> Sheet:
    return Sheet(page, list(docs))


def sheets(doc: Doc) -> list[Sheet]:
    return [Sheet(p, [doc]) for p in doc.pages]


def write_file(folder: str, fo: FileOut, seed: str) -> None:
    rng = rng_for(seed, fo.name)
    path = os.path.join(folder, fo.name)
    o = fo.opts
    k = fo.kind
    if k == "pdf_text":
        prod = o.get("producer") or PRODUCERS[int(rng.integers(0, len(PRODUCERS)))]
        write_pdf(
            path, [("vector", s.page) for s in fo.sheets], title=o.get("title", ""), producer=prod
        )
    elif k == "pdf_image":
        pages = []
        dpi = o.get("dpi", 200)
        for s in fo.sheets:
            img = rasterize(s.page, dpi)
            img = looks.scan(
                img,
                rng,
                gray=o.get("gray", False),
                angle=o.get("angle"),
                noise=o.get("noise", 4.0),
                blur=o.get("blur", 0.45),
            )
            pages.append(("raster", img, s.page.w, s.page.h, o.get("q", 72)))
        prod = o.get("producer") or SCANNERS[int(rng.integers(0, len(SCANNERS)))]
        write_pdf(path, pages, producer=prod)
    elif k in ("scan_jpg", "scan_png"):
        assert len(fo.sheets) == 1, fo.name
        s = fo.sheets[0]
        dpi = o.get("dpi", 200)
        img = rasterize(s.page, dpi)
        img = looks.scan(
            img,
            rng,
            gray=o.get("gray", False),
            angle=o.get("angle"),
            noise=o.get("noise", 4.0),
            blur=o.get("blur", 0.45),
        )
        data = (
            looks.jpeg_bytes(img, o.get("q", 85), int(dpi))
            if k == "scan_jpg"
            else looks.png_bytes(img, int(dpi))
        )
        with open(path, "wb") as fh:
            fh.write(data)
    elif k == "photo":
        assert len(fo.sheets) == 1, fo.name
        data = looks.photo_of_page(
            fo.sheets[0].page,
            rng,
            long_side=o.get("long", 2800),
            rot=o.get("rot", 0),
            bg=o.get("bg"),
            jpeg_q=o.get("q", 88),
        )
        with open(path, "wb") as fh:
            fh.write(data)
    elif k == "screen":
        assert len(fo.sheets) == 1, fo.name
        page = fo.sheets[0].page
        img = rasterize(page, 1170 / (page.w / 25.4))
        with open(path, "wb") as fh:
            fh.write(looks.png_bytes(img))
    else:
        raise ValueError(k)


def doc_entries(files: list[FileOut]) -> list[dict]:
    order: list[Doc] = []
    where: dict[int, list[tuple[str, int]]] = {}
    looks_: dict[int, str] = {}
    for fo in files:
        for i, s in enumerate(fo.sheets):
            for d in s.docs:
                if id(d) not in where:
                    order.append(d)
                    where[id(d)] = []
                    looks_[id(d)] = LOOK[fo.kind]
                where[id(d)].append((fo.name, i + 1))
    out = []
    for d in order:
        fl: list[dict] = []
        for name, pg in where[id(d)]:
            if fl and fl[-1]["path"] == name:
                fl[-1]["pages"].append(pg)
            else:
                fl.append({"path": name, "pages": [pg]})
        e = {"files": fl, "type": d.type, "look": looks_[id(d)], "fields": d.fields}
        if d.notes:
            e["notes"] = d.notes
        out.append(e)
    return out


def write_folder(root: str, name: str, files: list[FileOut], truth_head: dict) -> None:
    folder = os.path.join(root, name)
    os.makedirs(folder, exist_ok=True)
    names = [f.name for f in files]
    assert len(names) == len(set(names)), names
    for fo in files:
        write_file(folder, fo, name)
    truth = dict(truth_head)
    truth["documents"] = doc_entries(files)
    with open(folder + ".truth.json", "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
