"""Packet writer: renders documents in a 'look' and records their truth."""

from __future__ import annotations

import json
import os
import random

from bc_common import pdf
from bc_looks import save_image_pdf, save_photo, save_scan, save_screenshot, save_text_pdf

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
    def __init__(self, out_dir: str, name: str, seed: int):
        self.name = name
        self.dir = os.path.join(out_dir, "packets", name)
        self.truth_path = os.path.join(out_dir, "packets", name + ".truth.json")
        os.makedirs(self.dir, exist_ok=True)
        self.seed = seed
        self.n = 0
        self.docs: list[dict] = []

    def rng(self) -> random.Random:
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def add(self, dtype, look, pages, names, fields, notes="", rot=None, dpi=None):
        """pages: list of (size, drawfn). names: one file name, or one per page."""
        data = pdf(pages)
        rng = self.rng()
        if isinstance(names, str):
            names = [names]
        files = []
        if look == "text_pdf":
            save_text_pdf(data, os.path.join(self.dir, names[0]))
            files = [{"path": names[0], "pages": list(range(1, len(pages) + 1))}]
        elif look == "image_pdf":
            save_image_pdf(data, os.path.join(self.dir, names[0]), rng, dpi=dpi or 150)
            files = [{"path": names[0], "pages": list(range(1, len(pages) + 1))}]
        elif look == "screenshot":
            save_screenshot(data, os.path.join(self.dir, names[0]))
            files = [{"path": names[0], "pages": [1]}]
        else:
            for i, nm in enumerate(names):
                path = os.path.join(self.dir, nm)
                if look == "scan":
                    save_scan(data, path, rng, dpi=dpi or 200, page=i)
                else:
                    r = (rot or [0] * len(names))[i]
                    save_photo(data, path, rng, page=i, rot=r, dpi=dpi or 170)
                files.append({"path": nm, "pages": [1]})
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def write_truth(self, as_of, employed, reqs, defect, applicant):
        bad = [k for k, v in reqs.items() if v in ("invalid", "missing")]
        q = [k for k, v in reqs.items() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if q else "complete")
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: reqs[k] for k in REQS},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(self.truth_path, "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return status
