"""Writing a packet: files with their looks, and the truth file."""

from __future__ import annotations

import json
import random
from pathlib import Path

from PIL import Image

from ca_cards import flat
from ca_looks import image_pdf, on_a4, photo, rasterize, scan

REQS = (
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
)


class Packet:
    def __init__(self, out: Path, name: str, as_of: str, employed: bool, applicant: dict):
        self.name = name
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.as_of = as_of
        self.employed = employed
        self.applicant = applicant
        self.docs: list[dict] = []

    def rng(self, key: str) -> random.Random:
        return random.Random(f"set_ca/{self.name}/{key}")

    # ---- files
    def pdf(self, fname: str, data: bytes) -> str:
        (self.dir / fname).write_bytes(data)
        return fname

    def jpg(
        self,
        fname: str,
        img: Image.Image,
        q: int = 88,
        when: str | None = None,
        model=None,
        dpi=None,
    ):
        kw = {"quality": q, "subsampling": 2}
        if when:
            ex = Image.Exif()
            ex[0x010F], ex[0x0110] = model or ("samsung", "SM-A546B")
            ex[0x0132] = when
            ex[0x0131] = "A546BXXS8CXK1"
            kw["exif"] = ex.tobytes()
        if dpi:
            kw["dpi"] = (dpi, dpi)
        img.convert("RGB").save(self.dir / fname, "JPEG", **kw)
        return fname

    def png(self, fname: str, img: Image.Image, dpi=None):
        kw = {"dpi": (dpi, dpi)} if dpi else {}
        img.convert("RGB").save(self.dir / fname, "PNG", optimize=False, compress_level=6, **kw)
        return fname

    # ---- truth
    def doc(self, files, dtype, look, fields, notes=""):
        fl = [{"path": f, "pages": pages} for f, pages in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def finish(self, requirements: dict, defect=None):
        assert set(requirements) == set(REQS)
        vals = set(requirements.values())
        if vals & {"invalid", "missing"}:
            status = "incomplete"
        elif "questionable" in vals:
            status = "questionable"
        else:
            status = "complete"
        truth = {
            "as_of": self.as_of,
            "employed": self.employed,
            "status": status,
            "requirements": {k: requirements[k] for k in REQS},
            "defect": defect,
            "applicant": self.applicant,
            "documents": self.docs,
        }
        for d in self.docs:
            for f in d["files"]:
                assert (self.dir / f["path"]).exists(), f
        path = self.out / "packets" / f"{self.name}.truth.json"
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---- looks


def as_image_pdf(pdf, rng, dpi=200, **kw) -> bytes:
    """Print and scan one PDF (bytes) or several (list, scanned as one batch) to a scanner's PDF."""
    pdfs = pdf if isinstance(pdf, list) else [pdf]
    pages = [scan(p, rng, **kw) for one in pdfs for p in rasterize(one, dpi)]
    return image_pdf(pages, rng)


def page_scan(pdf: bytes, rng, dpi=200, page=0, **kw):
    return scan(rasterize(pdf, dpi)[page], rng, **kw)


def page_photo(pdf: bytes, rng, rot=0, page=0, dpi=240, **kw):
    return photo(rasterize(pdf, dpi)[page], rng, rot=rot, **kw)


def card_copy(items, rng, dpi=200, **kw):
    """Photocopy of cards/booklets on an A4 sheet, then scanned."""
    return scan(on_a4([(flat(i), w, x) for i, w, x in items], dpi), rng, **kw)


def crop_scan(img, rng, dpi=300, width_mm=125, margin_mm=6):
    """A flatbed scan cropped around the object (scanner 'auto-crop')."""
    w = int((width_mm + 2 * margin_mm) / 25.4 * dpi)
    inner = int(width_mm / 25.4 * dpi)
    obj = flat(img).resize((inner, int(img.height * inner / img.width)), Image.LANCZOS)
    h = obj.height + int(2 * margin_mm / 25.4 * dpi)
    page = Image.new("RGB", (w, h), (250, 250, 250))
    m = int(margin_mm / 25.4 * dpi)
    page.paste(obj, (m, m))
    return scan(page, rng, skew=1.2, lid=False)
