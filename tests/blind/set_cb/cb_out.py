"""Packet writer and look recipes of set_cb (files on disk and the truth file)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from PIL import Image

from cb_base import month_end
from cb_looks import (
    booklet,
    card_on_bed,
    image_pdf,
    jpeg_bytes,
    photo_look,
    png_bytes,
    rasterize,
    scan_look,
)

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Packet:
    def __init__(self, root: Path, name: str, as_of: str, employed: bool, applicant: dict):
        self.name = name
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.root = root
        self.truth = {
            "as_of": as_of,
            "employed": employed,
            "status": None,
            "requirements": None,
            "defect": None,
            "applicant": applicant,
            "documents": [],
        }

    def write(self, fname: str, data: bytes) -> str:
        (self.dir / fname).write_bytes(data)
        return fname

    def doc(
        self, files: list[tuple[str, list[int]]], typ: str, look: str, fields: dict, notes: str = ""
    ) -> None:
        self.truth["documents"].append(
            {
                "files": [{"path": p, "pages": pages} for p, pages in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def finish(self, requirements: dict, defect: str | None) -> None:
        assert list(requirements) == REQS
        vals = set(requirements.values())
        assert vals <= {"complete", "questionable", "invalid", "missing", "not_applicable"}
        if vals & {"invalid", "missing"}:
            status = "incomplete"
        elif "questionable" in vals:
            status = "questionable"
        else:
            status = "complete"
        assert (defect is None) == (status == "complete")
        self.truth["requirements"] = requirements
        self.truth["status"] = status
        self.truth["defect"] = defect
        for d in self.truth["documents"]:
            for f in d["files"]:
                assert (self.dir / f["path"]).is_file(), f["path"]
        out = self.root / "packets" / f"{self.name}.truth.json"
        out.write_text(
            json.dumps(self.truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


# --------------------------------------------------------------------------- look recipes


def look_image_pdf(
    pdf: bytes,
    rng: random.Random,
    dpi: int = 200,
    q: int = 70,
    producer: str = "",
    pages=None,
    **kw,
) -> bytes:
    imgs = rasterize(pdf, dpi) if pages is None else pages
    scanned = [scan_look(im, rng, **kw) for im in imgs]
    return image_pdf(scanned, q=q, producer=producer)


def look_scan_jpg(
    pdf: bytes, rng: random.Random, dpi: int = 200, q: int = 82, page: int = 0, **kw
) -> bytes:
    return jpeg_bytes(scan_look(rasterize(pdf, dpi)[page], rng, **kw), q)


def look_photo(img: Image.Image, rng: random.Random, q: int = 88, **kw) -> bytes:
    return jpeg_bytes(photo_look(img, rng, **kw), q)


def page_img(pdf: bytes, dpi: int, page: int = 0) -> Image.Image:
    return rasterize(pdf, dpi)[page]


def booklet_img(page_pdf: bytes, upper_pdf: bytes, dpi: int, cover) -> Image.Image:
    return booklet(rasterize(page_pdf, dpi)[0], rasterize(upper_pdf, dpi)[0], cover)


def cards_on_a4(
    card_pdf: bytes, rng: random.Random, dpi: int = 300, both: bool = True
) -> Image.Image:
    """Front and back of an ID-1 card photocopied/scanned together on one A4 page."""
    sides = rasterize(card_pdf, dpi)
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    return card_on_bed(sides[0], rng, w, h, pos=(0.1, 0.07), second=sides[1] if both else None)


def booklet_on_bed(
    img: Image.Image, rng: random.Random, dpi: int = 300, crop: bool = False
) -> Image.Image:
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    bed = card_on_bed(img, rng, w, h, pos=(0.05, 0.04))
    if crop:
        bed = bed.crop((0, 0, min(w, img.width + int(0.25 * w)), min(h, img.height + int(0.1 * h))))
    return bed


def scanned_png(img: Image.Image, rng: random.Random, **kw) -> bytes:
    return png_bytes(scan_look(img, rng, **kw))


def scanned_jpg(img: Image.Image, rng: random.Random, q: int = 82, **kw) -> bytes:
    return jpeg_bytes(scan_look(img, rng, **kw), q)


def bill_fields(provider, service, holder, address, b, amount):
    assert b["end"] == month_end(b["start"]) and b["start"].day == 1
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": b["issued"].isoformat(),
        "period_start": b["start"].isoformat(),
        "period_end": b["end"].isoformat(),
        "amount": amount,
        "month": b["start"].strftime("%Y-%m"),
    }
