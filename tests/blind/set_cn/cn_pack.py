"""Packet writer and truth helpers for set_cn."""

import json
import random
from pathlib import Path

import cv2

from cn_util import A4, image_pdf, make_pdf, phone_photo, render, save_jpeg, scan_look

cv2.setNumThreads(1)
SD = 200  # scan dpi


class Packet:
    def __init__(self, root, name, seed):
        self.dir = Path(root) / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs = []

    def text_pdf(self, fname, pages, size=A4):
        make_pdf(self.dir / fname, pages, size)

    def scan_pages(self, pages, size=A4, dpi=SD):
        return [scan_look(im, self.rng) for im in render(pages, size, dpi)]

    def scan_jpg(self, fname, page, size=A4, dpi=SD):
        save_jpeg(self.scan_pages([page], size, dpi)[0], self.dir / fname, 86, dpi)

    def img_pdf(self, fname, imgs, dpi=SD):
        image_pdf(self.dir / fname, imgs, dpi)

    def photo(self, fname, img, **kw):
        save_jpeg(phone_photo(img, self.rng, **kw), self.dir / fname, 90)

    def card(self, page, size, dpi=600):
        return render([page], size, dpi)[0]

    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": p, "pages": pg} for p, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})


def bill_doc(P, fname, b, provider, service, look, notes=""):
    P.doc(
        [(fname, [1])],
        "utility_bill",
        look,
        {
            "provider": provider,
            "service": service,
            "holder_name": b["holder_clean"],
            "address": ", ".join(b["addr"]),
            "issue_date": b["issue"],
            "period_start": b["start"],
            "period_end": b["end"],
            "amount": b["total"],
            "month": b["start"][:7],
        },
        notes,
    )


def form_doc(P, files, look, f, employed, signed_on):
    P.doc(
        files,
        "application_form",
        look,
        {
            "surname": f["surname"],
            "usage_name": f.get("usage") or None,
            "given_names": f["given"],
            "date_of_birth": f["dob"],
            "employment_status": "employed" if employed else "not_employed",
            "signed": bool(f["signed"]),
            "signed_on": signed_on,
            "nir": None,
        },
    )


def id_fields(p, lines, typ_extra=None):
    d = {
        "surname": p["surname"].upper(),
        "given_names": p["given"].upper(),
        "document_number": p["num"],
        "nationality": p["nat"],
        "issuing_country": p["issuer"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["exp"],
        "mrz_valid": True,
    }
    d.update(typ_extra or {})
    return d


def write_truth(P, root, name, as_of, employed, reqs, defect, appl):
    status = "complete"
    if any(v in ("invalid", "missing") for v in reqs.values()):
        status = "incomplete"
    elif any(v == "questionable" for v in reqs.values()):
        status = "questionable"
    for d in P.docs:
        for f in d["files"]:
            assert (P.dir / f["path"]).exists(), f["path"]
    truth = {
        "as_of": as_of,
        "employed": employed,
        "status": status,
        "requirements": reqs,
        "defect": defect,
        "applicant": appl,
        "documents": P.docs,
    }
    with open(Path(root) / "packets" / (name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)


REQ_ALL = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def reqs(**over):
    r = {k: "complete" for k in REQ_ALL}
    r.update(over)
    return r
