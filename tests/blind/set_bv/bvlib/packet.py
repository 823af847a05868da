"""Packet folder writer: files in the looks applicants produce, plus the truth file."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from . import looks

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


class Packet:
    def __init__(
        self,
        out: Path,
        name: str,
        as_of: str,
        employed: bool,
        applicant: dict,
        requirements: dict,
        defect: str | None,
    ):
        self.name = name
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.truth_path = out / "packets" / f"{name}.truth.json"
        self.as_of = as_of
        self.employed = employed
        self.applicant = applicant
        assert set(requirements) == set(REQS)
        self.requirements = {k: requirements[k] for k in REQS}
        self.defect = defect
        self.docs: list[dict] = []
        bad = [v for v in requirements.values() if v in ("invalid", "missing")]
        if defect is None:
            assert all(v in ("complete", "not_applicable") for v in requirements.values())
        else:
            assert len(bad) == 1, "exactly one defect"
        if bad:
            self.status = "incomplete"
        elif "questionable" in requirements.values():
            self.status = "questionable"
        else:
            self.status = "complete"

    # ------------------------------------------------------------------ writers
    def text_pdf(self, fname: str, pdf: bytes) -> str:
        (self.dir / fname).write_bytes(pdf)
        return fname

    def image_pdf(
        self,
        fname: str,
        pdfs: list[bytes],
        seed: int,
        *,
        dpi=200,
        gray=False,
        extra_pages: list[Image.Image] | None = None,
        producer=None,
    ) -> str:
        pages: list[Image.Image] = []
        for pdf in pdfs:
            pages += looks.rasterize(pdf, dpi)
        pages += extra_pages or []
        kw = {"producer": producer} if producer else {}
        looks.image_pdf(pages, self.dir / fname, seed, dpi=dpi, gray=gray, **kw)
        return fname

    def scan(
        self, fname: str, img: Image.Image, seed: int, *, dpi=200, gray=False, quality=88
    ) -> str:
        out = looks.scan(img, seed, gray=gray)
        if fname.lower().endswith(".png"):
            looks.save_png(out, self.dir / fname, dpi=dpi)
        else:
            looks.save_jpeg(out, self.dir / fname, quality=quality, dpi=dpi)
        return fname

    def photo(self, fname: str, img: Image.Image, seed: int, **kw) -> str:
        out = looks.phone_photo(img, seed, **kw)
        looks.save_jpeg(out, self.dir / fname, quality=87)
        return fname

    def screenshot(self, fname: str, img: Image.Image) -> str:
        looks.screenshot_png(img, self.dir / fname)
        return fname

    # ------------------------------------------------------------------ truth
    def add(self, files, type_: str, look: str, fields: dict, notes: str = ""):
        fl = []
        for f in files:
            if isinstance(f, tuple):
                fl.append({"path": f[0], "pages": list(f[1])})
            else:
                fl.append({"path": f, "pages": [1]})
        for f in fl:
            assert (self.dir / f["path"]).exists(), f
        self.docs.append(
            {"files": fl, "type": type_, "look": look, "fields": fields, "notes": notes}
        )

    def write(self):
        truth = {
            "as_of": self.as_of,
            "employed": self.employed,
            "status": self.status,
            "requirements": self.requirements,
            "defect": self.defect,
            "applicant": self.applicant,
            "documents": self.docs,
        }
        self.truth_path.write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def page_image(pdf: bytes, dpi=200, index=0) -> Image.Image:
    return looks.rasterize(pdf, dpi)[index]
