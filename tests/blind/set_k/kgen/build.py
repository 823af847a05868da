"""Turn documents into files with a look, and record the truth."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from PIL import Image

from . import effects
from .core import Page, render_pdf, render_pil, rng_for


@dataclass
class Doc:
    type: str
    pages: list
    fields: dict
    card: bool = False
    notes: str | None = None
    extra: dict = field(default_factory=dict)


def a4_copy(doc: Doc, dpi, r) -> Image.Image:
    """Photocopy of card faces (or a passport page) onto an A4 sheet."""
    s = dpi / 25.4
    sheet = Image.new("RGB", (int(210 * s), int(297 * s)), (255, 255, 255))
    y = r.uniform(18, 40)
    for pg in doc.pages:
        im = render_pil(pg, dpi)
        x = (210 - pg.w) / 2 + r.uniform(-25, 25)
        sheet.paste(im, (int(x * s), int(y * s)))
        y += pg.h + r.uniform(8, 22)
    return sheet


def viewer_screen(page_img: Image.Image, app: str) -> Image.Image:
    """A phone screenshot of a PDF opened in an app viewer (1170x2532)."""
    from PIL import ImageDraw

    from .core import pil_font

    scr = Image.new("RGB", (1170, 2532), (38, 38, 42))
    d = ImageDraw.Draw(scr)
    d.text((60, 70), "10:27", font=pil_font("robotob", 44), fill=(255, 255, 255))
    d.text((1110, 70), "4G 62%", font=pil_font("roboto", 38), fill=(255, 255, 255), anchor="ra")
    d.rectangle([0, 150, 1170, 290], fill=(28, 28, 30))
    d.text((585, 225), app, font=pil_font("robotob", 46), fill=(255, 255, 255), anchor="mm")
    d.text((60, 225), "<", font=pil_font("roboto", 60), fill=(120, 170, 255), anchor="lm")
    scr.paste(page_img, (20, 380))
    d.rectangle([0, 2380, 1170, 2532], fill=(28, 28, 30))
    d.text(
        (585, 2450),
        "Télécharger   ·   Partager",
        font=pil_font("roboto", 40),
        fill=(200, 200, 210),
        anchor="mm",
    )
    return scr


class Folder:
    def __init__(self, root: str, name: str):
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir, exist_ok=True)
        self.name = name
        self.truth_docs: list = []
        self.n = 0

    def _write(self, rel, data: bytes):
        path = os.path.join(self.dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)

    def _record(self, doc: Doc, files, look):
        entry = {"files": files, "type": doc.type, "look": look, "fields": doc.fields}
        if doc.notes:
            entry["notes"] = doc.notes
        self.truth_docs.append(entry)

    def _sheets(self, doc: Doc, dpi, r):
        if doc.card:
            return [a4_copy(doc, dpi, r)]
        return [render_pil(p, dpi) for p in doc.pages]

    def add(self, doc: Doc, look: str, name: str, **opt):
        """Write one document with one look; returns nothing, records the truth."""
        self.n += 1
        r = rng_for(self.name, name, look)
        if look == "text_pdf":
            assert not doc.card
            self._write(name + ".pdf", render_pdf(doc.pages, title=opt.get("title", name)))
            self._record(
                doc, [{"path": name + ".pdf", "pages": list(range(1, len(doc.pages) + 1))}], look
            )
        elif look == "image_pdf":
            dpi = opt.get("dpi", r.choice([200, 200, 240, 300]))
            imgs = [effects.scan(im, r, grey=opt.get("grey")) for im in self._sheets(doc, dpi, r)]
            self._write(name + ".pdf", effects.image_pdf(imgs, [dpi] * len(imgs)))
            self._record(
                doc, [{"path": name + ".pdf", "pages": list(range(1, len(imgs) + 1))}], look
            )
        elif look == "scan":
            dpi = opt.get("dpi", r.choice([150, 200, 200, 300]))
            ext = opt.get("ext", r.choice(["jpg", "jpg", "png"]))
            imgs = [effects.scan(im, r, grey=opt.get("grey")) for im in self._sheets(doc, dpi, r)]
            files = []
            for i, im in enumerate(imgs):
                rel = f"{name}.{ext}" if len(imgs) == 1 else f"{name}_{i + 1}.{ext}"
                data = effects.jpeg_bytes(im, 90) if ext == "jpg" else effects.png_bytes(im)
                self._write(rel, data)
                files.append({"path": rel, "pages": [1]})
            self._record(doc, files, look)
        elif look == "phone_photo":
            files = []
            suffixes = opt.get("suffixes") or (
                ["recto", "verso"] if doc.card and len(doc.pages) == 2 else None
            )
            for i, pg in enumerate(doc.pages):
                dpi = 300 if doc.card else 170
                im = render_pil(pg, dpi)
                ph = effects.photo(im, r, rotate=opt.get("rotate"))
                if len(doc.pages) == 1:
                    rel = name + ".jpg"
                else:
                    rel = f"{name}_{suffixes[i] if suffixes else i + 1}.jpg"
                self._write(rel, effects.jpeg_bytes(ph, 86))
                files.append({"path": rel, "pages": [1]})
            self._record(doc, files, look)
        elif look == "screenshot":
            pg = doc.pages[0]
            if pg.w < 100:
                im = render_pil(pg, 1170 / pg.w * 25.4).resize((1170, 2532))
            else:
                im = viewer_screen(
                    render_pil(pg, 1130 / pg.w * 25.4), opt.get("app", "Espace client")
                )
            self._write(name + ".png", effects.png_bytes(im))
            self._record(doc, [{"path": name + ".png", "pages": [1]}], look)
        else:
            raise ValueError(look)

    def add_bundle(self, docs: list[Doc], name: str, look="image_pdf", **opt):
        """Several documents scanned into one PDF (image_pdf) or one text PDF."""
        r = rng_for(self.name, name, "bundle")
        page = 1
        if look == "text_pdf":
            pages: list[Page] = []
            for d in docs:
                self._record(
                    d,
                    [{"path": name + ".pdf", "pages": list(range(page, page + len(d.pages)))}],
                    look,
                )
                page += len(d.pages)
                pages += d.pages
            self._write(name + ".pdf", render_pdf(pages, title=name))
            return
        dpi = opt.get("dpi", 200)
        imgs = []
        grey = opt.get("grey", r.random() < 0.4)
        for d in docs:
            sh = [effects.scan(im, r, grey=grey) for im in self._sheets(d, dpi, r)]
            self._record(
                d, [{"path": name + ".pdf", "pages": list(range(page, page + len(sh)))}], look
            )
            page += len(sh)
            imgs += sh
        self._write(name + ".pdf", effects.image_pdf(imgs, [dpi] * len(imgs)))

    def truth(self, **kw):
        t = {
            "as_of": kw.get("as_of", "2026-11-20"),
            "employed": kw.get("employed"),
            "status": kw.get("status"),
            "requirements": kw.get("requirements"),
            "defect": kw.get("defect"),
            "applicant": kw.get("applicant"),
            "documents": self.truth_docs,
        }
        with open(self.dir + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)
