"""Packet assembly: deterministic RNGs, looks applied to rendered pages, truth records."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

from PIL import Image

import bw_looks as L
from bw_core import month_end
from bw_ids import booklet, mm
from bw_pdf import new_canvas, rasterize
from bw_pil import guilloche


class Packet:
    def __init__(self, name: str, as_of: str, employed: bool, applicant: dict):
        self.name = name
        self.as_of = as_of
        self.employed = employed
        self.applicant = applicant
        self.files: dict[str, bytes] = {}
        self.docs: list[dict] = []
        self.requirements = {
            k: "complete"
            for k in (
                "application_form",
                "identity",
                "residence_status",
                "birth_certificate",
                "residence_proof",
                "bank_details",
                "employment",
            )
        }
        if not employed:
            self.requirements["employment"] = "not_applicable"
        self.defect = None

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"set_bw/{self.name}/{tag}")

    def put(self, path: str, data: bytes) -> str:
        assert path not in self.files, path
        self.files[path] = data
        return path

    def doc(self, files, dtype: str, look: str, fields: dict, notes: str = ""):
        fl = [{"path": p, "pages": pages} for p, pages in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def truth(self) -> dict:
        bad = [v for v in self.requirements.values() if v in ("invalid", "missing")]
        q = [v for v in self.requirements.values() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if q else "complete")
        return {
            "as_of": self.as_of,
            "employed": self.employed,
            "status": status,
            "requirements": self.requirements,
            "defect": self.defect,
            "applicant": self.applicant,
            "documents": self.docs,
        }

    def write(self, out: Path) -> None:
        d = out / "packets" / self.name
        d.mkdir(parents=True, exist_ok=True)
        for p, data in sorted(self.files.items()):
            (d / p).write_bytes(data)
        for doc in self.docs:
            for f in doc["files"]:
                assert f["path"] in self.files, f["path"]
        (out / "packets" / f"{self.name}.truth.json").write_text(
            json.dumps(self.truth(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


# ---------------------------------------------------------------- rendering helpers
def pdf(draw, *args, title="", author="", creator="") -> bytes:
    """Run draw(c, *args) on a fresh A4 canvas and return the PDF bytes. draw() calls
    c.showPage() between its pages, never after the last one."""
    c, buf = new_canvas(title, author, creator)
    draw(c, *args)
    c.showPage()
    c.save()
    return buf.getvalue()


def pages(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    return rasterize(pdf_bytes, dpi)


def as_image_pdf(pdf_bytes: bytes, rng: random.Random, dpi=200, grey=False, q=72, creator=""):
    imgs = [L.scan(p, rng, grey=grey) for p in pages(pdf_bytes, dpi)]
    return L.image_pdf(imgs, rng, q=q, dpi=dpi, creator=creator)


def as_scan(img: Image.Image, rng: random.Random, fmt="jpg", grey=False, lid=False) -> bytes:
    s = L.scan(img, rng, grey=grey, lid=lid)
    return L.jpeg(s, rng.choice((78, 82, 85))) if fmt == "jpg" else L.png(s)


def as_photo(img: Image.Image, rng: random.Random, rot=0, fill=0.82, long_side=4000, **kw) -> bytes:
    ph = L.phone_photo(img, rng, long_side=long_side, fill=fill, rot=rot, **kw)
    return L.jpeg(ph, rng.choice((86, 88, 90)))


def resize_dpi(img: Image.Image, src_dpi: int, dst_dpi: int) -> Image.Image:
    f = dst_dpi / src_dpi
    return img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)


def glass(items, rng, dpi=300):
    """Objects (image, x_mm, y_mm) rendered at 500 dpi placed on an A4 scanner glass."""
    W, H = int(210 * dpi / 25.4), int(297 * dpi / 25.4)
    placed = [
        (resize_dpi(im, 500, dpi), int(x * dpi / 25.4), int(y * dpi / 25.4)) for im, x, y in items
    ]
    return L.on_glass(placed, rng, W, H)


def visa_booklet(sticker: Image.Image, rng: random.Random, page_no: int) -> Image.Image:
    W, H = mm(125), mm(88)
    pg = guilloche(W, H, rng, base=(238, 236, 230), line=(205, 200, 190), n=26)
    pg.paste(sticker, ((W - sticker.width) // 2, (H - sticker.height) // 2))
    up = guilloche(W, H, rng, base=(238, 236, 230), line=(205, 200, 190), n=26)
    from PIL import ImageDraw

    from bw_pil import txt

    txt(ImageDraw.Draw(up), (W / 2, mm(3)), "VISAS", "dejavu_b", mm(3), (150, 140, 130), "ma")
    txt(
        ImageDraw.Draw(up),
        (W / 2, H - mm(6)),
        str(page_no - 1),
        "dejavu",
        mm(2.6),
        (90, 90, 90),
        "ma",
    )
    txt(ImageDraw.Draw(pg), (W / 2, H - mm(6)), str(page_no), "dejavu", mm(2.6), (90, 90, 90), "ma")
    return booklet(pg, up, rng)


def signature_png(name: str, rng: random.Random, w=700) -> bytes:
    from bw_pil import signature

    img = Image.new("RGBA", (w, int(w * 0.6)), (255, 255, 255, 0))
    signature(img, name, 20, int(w * 0.55), w - 40, rng, fill=(25, 35, 110), lw=5)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def bill_fields(provider, service, holder, address, issue, start, amount):
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": issue.isoformat(),
        "period_start": start.isoformat(),
        "period_end": month_end(start.year, start.month).isoformat(),
        "amount": amount,
        "month": start.strftime("%Y-%m"),
    }


def form_fields(v, emp, signed_on):
    return {
        "surname": v["surname"],
        "given_names": v["given"],
        "date_of_birth": v["dob"].isoformat(),
        "employment_status": emp,
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
    }
