"""Packet assembly: writing files in a given look and recording the truth."""

from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path

import pikepdf
from PIL import Image

from common import images_to_pdf, jpeg_bytes, photo_look, render_pdf, scan_look

REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def merge_pdfs(parts: list[bytes]) -> bytes:
    out = pikepdf.new()
    srcs = [pikepdf.open(io.BytesIO(p)) for p in parts]
    for s in srcs:
        out.pages.extend(s.pages)
    b = io.BytesIO()
    out.save(b, deterministic_id=True)
    return b.getvalue()


class Packet:
    def __init__(self, root: Path, name: str, seed: int):
        self.name = name
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.root = root
        self.docs: list[dict] = []
        self.seed = seed
        self._n = 0

    def rng(self) -> random.Random:
        """A fresh, deterministic generator for the next item of this packet."""
        self._n += 1
        return random.Random(f"{self.name}-{self.seed}-{self._n}")

    # -- file writers, one per look -------------------------------------------
    def text_pdf(self, fname: str, pdf: bytes) -> str:
        (self.dir / fname).write_bytes(pdf)
        return fname

    def image_pdf(self, fname: str, pages, dpi=200, gray=False, q=76) -> str:
        """pages: PDF bytes (rendered) or a list of PIL page images at `dpi`."""
        r = self.rng()
        imgs = render_pdf(pages, dpi) if isinstance(pages, bytes) else pages
        tint = (244, 242, 236) if not gray else (238, 238, 238)
        imgs = [scan_look(im, r, gray=gray, tint=tint, skew=0.9) for im in imgs]
        (self.dir / fname).write_bytes(images_to_pdf(imgs, dpi=dpi, q=q))
        return fname

    def scan(self, fname: str, page, dpi=200, gray=False, page_no=0) -> str:
        r = self.rng()
        img = render_pdf(page, dpi)[page_no] if isinstance(page, bytes) else page
        img = scan_look(img, r, gray=gray, skew=0.7)
        self._save_img(fname, img, q=r.choice([82, 86, 90]))
        return fname

    def photo(self, fname: str, page, rotate_k=0, dpi=250, page_no=0, fill=0.8) -> str:
        r = self.rng()
        img = render_pdf(page, dpi)[page_no] if isinstance(page, bytes) else page
        img = photo_look(img, r, rotate_k=rotate_k, fill=fill)
        self._save_img(fname, img, q=88)
        return fname

    def screenshot(self, fname: str, img: Image.Image) -> str:
        self._save_img(fname, img)
        return fname

    def _save_img(self, fname, img, q=85):
        p = self.dir / fname
        if fname.lower().endswith(".png"):
            img.save(p, "PNG", optimize=False)
        else:
            p.write_bytes(jpeg_bytes(img, q))

    # -- truth --------------------------------------------------------------
    def doc(self, files, dtype, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def write_truth(self, as_of, employed, requirements, defect, applicant):
        assert list(requirements) == REQ_IDS
        bad = [k for k, v in requirements.items() if v in ("invalid", "missing")]
        quest = [k for k, v in requirements.items() if v == "questionable"]
        status = "incomplete" if bad else "questionable" if quest else "complete"
        assert (defect is None) == (not bad and not quest)
        on_disk = sorted(p.name for p in self.dir.iterdir())
        listed = sorted({f["path"] for d in self.docs for f in d["files"]})
        assert on_disk == listed, (on_disk, listed)
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        path = self.root / "packets" / f"{self.name}.truth.json"
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return status


def id_fields(surname, given, number, nat, issuer, dob, sex, expiry, mrz_ok=True, **extra):
    f = {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuer,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": mrz_ok,
    }
    f.update(extra)
    return f


def strip_title(name: str) -> str:
    """Names in the truth leave civil titles out (M, MME, Monsieur...)."""
    return re.sub(r"^(M|MME|MR|MRS|MONSIEUR|MADAME)\.?\s+", "", name, flags=re.I)


def bill_fields(b, provider, service):
    return {
        "provider": provider,
        "service": service,
        "holder_name": strip_title(b["holder"]),
        "address": ", ".join(b["address"]),
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "month": b["start"][:7],
        "amount": b["amount"],
    }


def form_fields(v: dict, dob: str) -> dict:
    sit = v["situation"]
    emp = "employed" if sit == "salarie" else "other" if sit == "autre" else "not_employed"
    d, m, y = v["date_text"].split("/")
    return {
        "surname": v["surname"],
        "usage_name": v.get("usage") or None,
        "given_names": v["given"],
        "sex": v["sex"],
        "date_of_birth": dob,
        "employment_status": emp,
        "situation": sit,
        "contract_type": v.get("contract") or None,
        "signed": True,
        "signed_on": f"{y}-{m}-{d}",
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": None,
    }
