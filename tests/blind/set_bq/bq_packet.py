"""Writing a packet folder and its truth file."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

from PIL import Image

from bq_common import mrz_cd
from bq_looks import image_pdf, phone_photo, rasterize, save_jpeg, scan_page

REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]
LOOKS = {"text_pdf", "image_pdf", "scan", "phone_photo", "screenshot"}
TYPES = {
    "application_form", "passport", "national_id", "long_stay_visa", "residence_permit",
    "birth_certificate", "apostille", "translation", "utility_bill", "lease",
    "hosting_attestation", "payslip", "employment_contract", "rib", "unknown",
}  # fmt: skip


def iso(d):
    return d.isoformat() if isinstance(d, date) else d


class Packet:
    def __init__(self, root: Path, name: str):
        self.name = name
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.truth_path = root / "packets" / f"{name}.truth.json"
        self.docs: list[dict] = []
        self.files: set[str] = set()

    def rng(self, key: str) -> random.Random:
        return random.Random(f"set_bq/{self.name}/{key}")

    # --- writers -------------------------------------------------------------------------
    def _claim(self, fname):
        assert fname not in self.files, fname
        self.files.add(fname)
        return self.dir / fname

    def pdf(self, fname, data: bytes):
        self._claim(fname).write_bytes(data)

    def jpg(self, fname, img: Image.Image, quality=88, dpi=None):
        save_jpeg(img, self._claim(fname), quality, dpi)

    def png(self, fname, img: Image.Image):
        img.convert("RGB").save(self._claim(fname), "PNG")

    def photo(self, fname, img, key, **kw):
        self.jpg(fname, phone_photo(img, self.rng(key + "/photo"), **kw), quality=90)

    def scans_pdf(self, fname, pdf_bytes: bytes, key, dpi=200, page_mm=(210, 297), gray=False):
        rng = self.rng(key + "/scan")
        pages = [scan_page(p, rng, gray=gray) for p in rasterize(pdf_bytes, dpi)]
        self.pdf(fname, image_pdf(pages, rng, page_mm))

    def scan_jpg(self, fname, pdf_bytes: bytes, key, dpi=200, page=0, gray=False, quality=82):
        rng = self.rng(key + "/scan")
        img = scan_page(rasterize(pdf_bytes, dpi)[page], rng, gray=gray)
        self.jpg(fname, img, quality, dpi)

    # --- truth ---------------------------------------------------------------------------
    def add(self, dtype, look, files, fields, notes=""):
        assert dtype in TYPES and look in LOOKS, (dtype, look)
        fl = []
        for f in files:
            path, pages = (f, [1]) if isinstance(f, str) else f
            assert path in self.files, path
            fl.append({"path": path, "pages": pages})
        self.docs.append(
            {
                "files": fl,
                "type": dtype,
                "look": look,
                "fields": {k: iso(v) for k, v in fields.items()},
                "notes": notes,
            }
        )

    def write_truth(self, as_of, employed, requirements, defect, applicant):
        assert set(requirements) == set(REQ_IDS)
        st = [requirements[k] for k in REQ_IDS]
        if any(s in ("invalid", "missing") for s in st):
            status = "incomplete"
        elif "questionable" in st:
            status = "questionable"
        else:
            status = "complete"
        bad = [k for k in REQ_IDS if requirements[k] in ("invalid", "missing")]
        assert (defect is None and not bad) or (defect is not None and len(bad) == 1)
        on_disk = {p.name for p in self.dir.iterdir()}
        assert on_disk == self.files, on_disk ^ self.files
        covered = {f["path"] for d in self.docs for f in d["files"]}
        assert covered == self.files, self.files - covered
        truth = {
            "as_of": iso(as_of),
            "employed": employed,
            "status": status,
            "requirements": {k: requirements[k] for k in REQ_IDS},
            "defect": defect,
            "applicant": {k: iso(v) for k, v in applicant.items()},
            "documents": self.docs,
        }
        self.truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
        return truth


def id_fields(surname, given, number, nationality, issuing, dob, sex, expiry, mrz_valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nationality,
        "issuing_country": issuing,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": mrz_valid,
    }


def form_fields(d, signed=True):
    emp = {"salarie": "employed", "independant": "employed", "autre": "other"}.get(
        d["situation"], "not_employed"
    )
    return {
        "surname": d["surname"],
        "usage_name": d.get("usage") or None,
        "given_names": d["given"],
        "sex": d["sex"],
        "date_of_birth": d["dob"],
        "employment_status": emp,
        "situation": d["situation"],
        "contract_type": d.get("contract"),
        "signed": signed,
        "signed_on": d["signed_on"],
        "date_text": d["date_text"],
        "place": d["place"],
        "nir": None,
    }


def check_mrz_lines(lines):
    """Re-verify an MRZ independently of the builder (used on the truth side)."""
    if len(lines) == 2 and len(lines[0]) == 44:
        l2 = lines[1]
        ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
        ok = ok and mrz_cd(l2[21:27]) == l2[27]
        ok = ok and (l2[42] == "<" and set(l2[28:42]) == {"<"} or mrz_cd(l2[28:42]) == l2[42])
        return ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    if len(lines) == 3:
        l1, l2 = lines[0], lines[1]
        ok = mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
        ok = ok and mrz_cd(l2[8:14]) == l2[14]
        return ok and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    l2 = lines[1]
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    return ok and mrz_cd(l2[21:27]) == l2[27]
