"""Turning documents into files of a folder (with a look) and recording where each one went."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .looks import compose_a4, image_pdf, jpeg_bytes, phone_photo, png_bytes, scan_effect
from .model import Doc, ImgSheet
from .paint import Page, pdf_bytes, raster
from .util import rng_for


@dataclass
class Cards:
    """Several card images (passport page, visa page, ID front/back) on one A4 photocopy."""

    items: list  # [(doc, card_index)]
    layout: str = "stack"  # stack | grid


def card_of(doc: Doc, i: int) -> Image.Image:
    return doc.cards[i]  # type: ignore[attr-defined]


def card_mm(doc: Doc, i: int) -> tuple[float, float]:
    return doc.card_mm[i]  # type: ignore[attr-defined]


class Bundle:
    def __init__(self, root: Path, seed: str):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.seed = seed
        self.entries: list[dict] = []
        self._by_id: dict[int, dict] = {}

    def _reg(self, doc: Doc, path: str, page: int, look: str):
        e = self._by_id.get(id(doc))
        if e is None:
            e = {"doc": doc, "files": {}, "looks": []}
            self._by_id[id(doc)] = e
            self.entries.append(e)
        e["files"].setdefault(path, [])
        if page not in e["files"][path]:
            e["files"][path].append(page)
        e["looks"].append(look)

    # ------------------------------------------------------------------ sheets

    def _expand(self, sheets) -> list:
        out = []
        for s in sheets:
            if isinstance(s, Doc):
                out.extend((s, i) for i in range(len(s.sheets)))
            else:
                out.append(s)
        return out

    def _docs_of(self, spec) -> list[Doc]:
        if isinstance(spec, Cards):
            return [d for d, _ in spec.items]
        return [spec[0]]

    def _raster(self, spec, dpi: float) -> Image.Image:
        if isinstance(spec, Cards):
            items = []
            y = 12.0
            x = 14.0
            row_h = 0.0
            for doc, i in spec.items:
                w, h = card_mm(doc, i)
                if spec.layout == "grid" and x + w > 200:
                    x = 14.0
                    y += row_h + 8
                    row_h = 0.0
                items.append((card_of(doc, i), x, y, w))
                if spec.layout == "grid":
                    x += w + 8
                    row_h = max(row_h, h)
                else:
                    y += h + 10
            return compose_a4(items, dpi)
        doc, i = spec
        sh = doc.sheets[i]
        if isinstance(sh, ImgSheet):
            scale = dpi / 25.4 * sh.w / sh.img.size[0]
            return sh.img.resize(
                (int(sh.img.size[0] * scale), int(sh.img.size[1] * scale)), Image.LANCZOS
            )
        return raster(sh, dpi)

    # ------------------------------------------------------------------ files

    def text_pdf(self, path: str, sheets, title: str = "", producer: str = ""):
        specs = self._expand(sheets)
        pages: list[Page] = []
        for n, (doc, i) in enumerate(specs, start=1):
            pages.append(doc.sheets[i])
            self._reg(doc, path, n, "text_pdf")
        (self.root / path).write_bytes(pdf_bytes(pages, title=title, producer=producer))

    def image_pdf(
        self,
        path: str,
        sheets,
        dpi: int = 200,
        gray: bool = False,
        quality: int = 80,
        producer: str = "",
        rot: float | None = None,
    ):
        rng = rng_for(self.seed, path)
        specs = self._expand(sheets)
        jpegs = []
        for n, spec in enumerate(specs, start=1):
            im = self._raster(spec, dpi)
            im = scan_effect(im, rng, gray=gray, rot=rot)
            w_mm = im.size[0] / dpi * 25.4
            h_mm = im.size[1] / dpi * 25.4
            jpegs.append((jpeg_bytes(im, quality), w_mm, h_mm))
            for d in self._docs_of(spec):
                self._reg(d, path, n, "image_pdf")
        producer = producer or rng.choice(
            [
                "HP Scan",
                "Canon MF Scan Utility",
                "EPSON Scan 2",
                "Brother iPrint&Scan",
                "Adobe Scan",
                "Genius Scan",
                "Xerox WorkCentre",
            ]
        )
        (self.root / path).write_bytes(image_pdf(jpegs, producer=producer))

    def scan(
        self,
        path: str,
        spec,
        dpi: int = 200,
        gray: bool = False,
        quality: int = 85,
        rot: float | None = None,
        strength: float = 1.0,
    ):
        rng = rng_for(self.seed, path)
        if isinstance(spec, Doc):
            spec = (spec, 0)
        im = self._raster(spec, dpi)
        im = scan_effect(im, rng, gray=gray, rot=rot, strength=strength)
        if path.lower().endswith(".png"):
            data = png_bytes(im, dpi)
        else:
            data = jpeg_bytes(im, quality, dpi)
        (self.root / path).write_bytes(data)
        for d in self._docs_of(spec):
            self._reg(d, path, 1, "scan")

    def photo(
        self,
        path: str,
        spec,
        rotate: int = 0,
        dpi: int = 160,
        fill: float | None = None,
        long_side: int | None = None,
        quality: int = 88,
        card: int | None = None,
    ):
        """Phone photo of a paper page (spec) or, with card=i, of card image i of a document."""
        rng = rng_for(self.seed, path)
        if isinstance(spec, Doc):
            spec = (spec, 0)
        if card is not None:
            doc = spec if isinstance(spec, Doc) else spec[0]
            im = card_of(doc, card)
            fill = fill or rng.uniform(0.55, 0.72)
            docs = [doc]
        else:
            im = self._raster(spec, dpi)
            docs = self._docs_of(spec)
        out = phone_photo(
            im,
            rng,
            long_side=long_side,
            fill=fill,
            rotate=rotate,
            landscape=(im.size[0] > im.size[1]) if card is not None else None,
        )
        (self.root / path).write_bytes(jpeg_bytes(out, quality))
        for d in docs:
            self._reg(d, path, 1, "phone_photo")

    def screenshot(self, path: str, doc: Doc):
        im = raster(doc.sheets[0], 72)
        (self.root / path).write_bytes(png_bytes(im))
        self._reg(doc, path, 1, "screenshot")

    # ------------------------------------------------------------------ truth

    def documents_truth(self) -> list[dict]:
        out = []
        for e in self.entries:
            doc: Doc = e["doc"]
            looks = e["looks"]
            look = max(set(looks), key=lambda lk: (looks.count(lk), lk))
            item = {
                "files": [{"path": p, "pages": sorted(pg)} for p, pg in e["files"].items()],
                "type": doc.type,
                "look": look,
                "fields": doc.fields,
            }
            if doc.notes:
                item["notes"] = doc.notes
            out.append(item)
        return out


def write_json(path: Path, obj: dict):
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
