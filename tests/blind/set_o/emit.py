"""Write rendered documents as files (looks) and collect their truth entries."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import ids
import looks
from PIL import Image
from render import Page, pdf_bytes, raster

PRODUCERS = [
    "Microsoft Print To PDF",
    "wkhtmltopdf 0.12.6",
    "iText 7.1.16",
    "PDFlib+PDI 9.3",
    "Skia/PDF m118",
    "Qt 5.15.2",
    "GPL Ghostscript 10.02.1",
]


class Folder:
    """One packet or document folder: writes files with realistic, unique names."""

    def __init__(self, path: Path, rng: random.Random):
        self.path = path
        self.rng = rng
        path.mkdir(parents=True, exist_ok=True)
        self.img_no = rng.randint(1200, 8800)
        self.scan_no = rng.randint(1, 60)
        self.day = rng.choice(["20261012", "20261019", "20261103", "20261108", "20261114"])
        self.docs: list = []

    # names ---------------------------------------------------------------
    def photo_name(self) -> str:
        self.img_no += self.rng.randint(1, 4)
        if self.rng.random() < 0.5:
            return f"IMG_{self.img_no}.jpg"
        hh, mm, ss = self.rng.randint(8, 22), self.rng.randint(0, 59), self.rng.randint(0, 59)
        return f"IMG_{self.day}_{hh:02d}{mm:02d}{ss:02d}.jpg"

    def scan_name(self, ext="jpg") -> str:
        self.scan_no += 1
        return f"scan_{self.scan_no:04d}.{ext}"

    def shot_name(self) -> str:
        self.img_no += 1
        if self.rng.random() < 0.5:
            hh, mm, ss = self.rng.randint(8, 22), self.rng.randint(0, 59), self.rng.randint(0, 59)
            return f"Screenshot_{self.day}-{hh:02d}{mm:02d}{ss:02d}.png"
        return f"IMG_{self.img_no}.PNG"

    # writers -------------------------------------------------------------
    def write(self, name: str, data: bytes | Image.Image, dpi=None) -> str:
        p = self.path / name
        if isinstance(data, bytes):
            p.write_bytes(data)
        elif name.lower().endswith(".png"):
            kw = {"dpi": (dpi, dpi)} if dpi else {}
            data.save(p, "PNG", optimize=False, **kw)
        else:
            looks.save_jpeg(data, p, self.rng, dpi)
        return name

    def unique(self, name: str) -> str:
        stem, dot, ext = name.rpartition(".")
        k = 2
        while (self.path / name).exists():
            name = f"{stem}_{k}.{ext}"
            k += 1
        return name

    def emit(
        self, pages: list[Page], look: str, names=None, card=False, rng=None, hint="document"
    ) -> list:
        """Write pages in one look; returns the truth `files` list."""
        rng = rng or self.rng
        if look == "image_pdf" and names is None and rng.random() < 0.35:
            names = self.unique(hint + ".pdf")
        if look == "text_pdf":
            name = self.unique(names or hint + ".pdf")
            self.write(name, pdf_bytes(pages, producer=rng.choice(PRODUCERS)))
            return [{"path": name, "pages": list(range(1, len(pages) + 1))}]
        if look == "image_pdf":
            name = names or self.scan_name("pdf")
            self.write(name, looks.image_pdf(pages, rng))
            return [{"path": name, "pages": list(range(1, len(pages) + 1))}]
        if look == "scan":
            dpi = rng.choice([150, 200, 300])
            ims = looks.scan(pages, rng, dpi=dpi, grey=rng.random() < 0.25)
            ext = "png" if rng.random() < 0.2 else "jpg"
            out = []
            for i, im in enumerate(ims):
                name = names[i] if isinstance(names, list) else self.scan_name(ext)
                self.write(name, im, dpi)
                out.append({"path": name, "pages": [1]})
            return out
        if look == "phone_photo":
            ims = looks.phone_photo(pages, rng, card=card)
            out = []
            for i, im in enumerate(ims):
                name = names[i] if isinstance(names, list) else self.photo_name()
                self.write(name, im)
                out.append({"path": name, "pages": [1]})
            return out
        if look == "screenshot":
            app = rng.choice(["Fichiers", "Drive", "Mail", "Documents"])
            im = looks.viewer_screenshot(pages[0], rng, app)
            name = names if isinstance(names, str) else self.shot_name()
            self.write(name, im)
            return [{"path": name, "pages": [1]}]
        raise ValueError(look)

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def truth(
        self,
        as_of,
        applicant,
        employed=None,
        status=None,
        requirements=None,
        defect=None,
        extra=None,
    ):
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": {
                "surname": applicant["surname"],
                "given_names": applicant["given"],
                "date_of_birth": applicant["dob"],
            },
            "documents": self.docs,
        }
        if extra:
            t.update(extra)
        out = self.path.parent / (self.path.name + ".truth.json")
        out.write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def both_sides(front: Page, back: Page, rng: random.Random) -> Page:
    """A photocopy of both sides of an ID-1 card on one A4 sheet."""
    pg = Page(210, 297)
    x = rng.uniform(25, 60)
    place(pg, front, x, rng.uniform(25, 45))
    place(pg, back, x + rng.uniform(-5, 5), rng.uniform(110, 140))
    return pg


def place(dst: Page, src: Page, dx: float, dy: float):
    """Copy src (with its paper colour and a faint edge) onto dst at (dx, dy)."""
    dst.rect(dx, dy, src.w, src.h, stroke=(200, 200, 200), fill=src.bg, lw=0.2)
    ids.place(dst, src, dx, dy)


def many_on_a4(items: list[Page], rng: random.Random) -> Page:
    """Several small items (passport page, visa sticker) photocopied on one A4 sheet."""
    pg = Page(210, 297)
    y = rng.uniform(15, 25)
    for it in items:
        place(pg, it, (210 - it.w) / 2 + rng.uniform(-8, 8), y)
        y += it.h + rng.uniform(8, 15)
    return pg


def png_bytes(im: Image.Image) -> bytes:
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def page_image(pg: Page, dpi=150) -> Image.Image:
    return raster(pg, dpi)
