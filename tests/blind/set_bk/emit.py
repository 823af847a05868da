"""Writing files in a given look and collecting truth entries."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

from PIL import Image

from common import card_on_white, image_pdf, pdf_pages, phone_photo, scan_look, to_jpeg


def _img(src, dpi, page):
    return src if isinstance(src, Image.Image) else pdf_pages(src, dpi)[page]


class Packet:
    def __init__(self, out: Path, name: str, seed: int):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.out = out
        self.rng = random.Random(seed)
        self.docs: list[dict] = []

    def sub(self) -> random.Random:
        return random.Random(self.rng.randrange(1 << 30))

    def _write(self, fname: str, data: bytes):
        (self.dir / fname).write_bytes(data)

    # --- looks for a PDF source
    def text_pdf(self, fname, pdf: bytes):
        self._write(fname, pdf)

    def image_pdf(self, fname, pdf: bytes, dpi=200):
        self._write(fname, image_pdf(pdf_pages(pdf, dpi), self.sub(), dpi))

    def scan(self, fname, pdf_or_img, dpi=200, page=0, png=False):
        img = (
            pdf_or_img if isinstance(pdf_or_img, Image.Image) else pdf_pages(pdf_or_img, dpi)[page]
        )
        r = self.sub()
        out = scan_look(img, r)
        if png:
            b = io.BytesIO()
            out.save(b, "PNG", dpi=(dpi, dpi))
            self._write(fname, b.getvalue())
        else:
            self._write(fname, to_jpeg(out, r.randint(75, 90)))

    def photo(self, fname, pdf_or_img, rot=0, dpi=220, page=0, fill=0.82):
        img = (
            pdf_or_img if isinstance(pdf_or_img, Image.Image) else pdf_pages(pdf_or_img, dpi)[page]
        )
        r = self.sub()
        self._write(fname, to_jpeg(phone_photo(img, r, rot=rot, fill=fill), r.randint(82, 92)))

    def screenshot(self, fname, pdf: bytes):
        img = pdf_pages(pdf, 72 * 3)[0].resize((1170, 2532), Image.LANCZOS)
        b = io.BytesIO()
        img.save(b, "PNG")
        self._write(fname, b.getvalue())

    def card_scan(self, fname, imgs: list[Image.Image]):
        """Cards laid on a scanner glass: several images stacked vertically on one page."""
        w = max(i.width for i in imgs)
        tot = sum(i.height for i in imgs) + 120 * (len(imgs) + 1)
        page = Image.new("RGB", (int(w * 1.5), max(tot, int(w * 1.5 * 1.414))), (250, 250, 248))
        y = 120
        for im in imgs:
            page.paste(im, (120, y))
            y += im.height + 120
        page = page.resize((page.width // 2, page.height // 2), Image.LANCZOS)
        r = self.sub()
        self._write(fname, to_jpeg(scan_look(page, r), r.randint(75, 88)))

    def doc(self, files, dtype, look, fields, notes=""):
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def truth(self, as_of, employed, requirements, defect, applicant):
        bad = any(v in ("invalid", "missing") for v in requirements.values())
        q = any(v == "questionable" for v in requirements.values())
        status = "incomplete" if bad else ("questionable" if q else "complete")
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        (self.out / "packets" / f"{self.name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


__all__ = ["Packet", "card_on_white"]
