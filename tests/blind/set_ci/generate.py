"""Blind set set_ci: four whole packets. Usage: generate.py OUT_DIR"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pk_civ import p01
from pk_col import p02
from pk_tur import p03
from pk_ukr import p04

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def main(out):
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    names = []
    for build in (p01, p02, p03, p04):
        pk, t = build(out)
        req = {r: "complete" for r in REQS}
        req.update(t.pop("requirements"))
        truth = {
            "as_of": t["as_of"],
            "employed": t["employed"],
            "status": t["status"],
            "requirements": req,
            "defect": t["defect"],
            "applicant": t["applicant"],
            "documents": pk.docs,
        }
        listed = {f["path"] for d in pk.docs for f in d["files"]}
        on_disk = set(os.listdir(pk.dir))
        assert listed == on_disk, (pk.name, listed ^ on_disk)
        bad = [r for r, s in req.items() if s in ("invalid", "missing")]
        assert (truth["status"] == "incomplete") == bool(bad) and len(bad) <= 1
        with open(
            os.path.join(out, "packets", pk.name + ".truth.json"), "w", encoding="utf-8"
        ) as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
        names.append(pk.name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=1)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
