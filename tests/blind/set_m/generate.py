"""Generate blind set set_m: `python generate.py OUT_DIR`.

14 packets (p01-p07 in order, p08-p14 one defect each) and 60 single documents
(d001-d060). Deterministic: every item has its own seeded random.Random."""

from __future__ import annotations

import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mbuild as B  # noqa: E402
import mdocs  # noqa: E402
import mpackets  # noqa: E402
import mpackets1  # noqa: E402
import mpackets2  # noqa: E402
import mpackets3  # noqa: E402

PACKETS = [
    mpackets.p01,
    mpackets.p02,
    mpackets.p03,
    mpackets1.p04,
    mpackets1.p05,
    mpackets1.p06,
    mpackets1.p07,
    mpackets2.p08,
    mpackets2.p09,
    mpackets2.p10,
    mpackets2.p11,
    mpackets3.p12,
    mpackets3.p13,
    mpackets3.p14,
]

REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def rng_for(name: str) -> random.Random:
    return random.Random(f"set_m:{name}")


def packet_status(req: dict) -> str:
    v = set(req.values())
    if v & {"invalid", "missing"}:
        return "incomplete"
    if "questionable" in v:
        return "questionable"
    return "complete"


def make_packets(out: str) -> list[str]:
    names = []
    for i, fn in enumerate(PACKETS, start=1):
        name = f"p{i:02d}"
        spec = fn(rng_for(name))
        pdir = os.path.join(out, "packets", name)
        B.write_files(pdir, spec["files"], f"set_m:{name}")
        req = {k: "complete" for k in REQ_IDS}
        req.update(spec["req"])
        p = spec["p"]
        truth = {
            "as_of": spec["as_of"],
            "employed": spec["employed"],
            "status": packet_status(req),
            "requirements": req,
            "defect": spec["defect"],
            "applicant": {
                "surname": p["surname"],
                "given_names": p["given_names"],
                "date_of_birth": p["dob"],
                "nationality": p["nat"],
            },
            "residence_route": spec["route"],
            "documents": [B.truth_doc(d) for d in spec["docs"]],
        }
        B.write_truth(os.path.join(out, "packets", f"{name}.truth.json"), truth)
        names.append(name)
    return names


def make_documents(out: str) -> list[str]:
    names = []
    for name, doc, files, extra in mdocs.build(rng_for):
        ddir = os.path.join(out, "documents", name)
        B.write_files(ddir, files, f"set_m:{name}")
        f = doc.fields
        if "surname" in f:
            app = {
                "surname": f["surname"],
                "given_names": f.get("given_names"),
                "date_of_birth": f.get("date_of_birth"),
            }
        else:
            app = None
        truth = {
            "as_of": extra["as_of"],
            "employed": None,
            "status": None,
            "requirements": None,
            "defect": extra["defect"],
            "applicant": app,
            "documents": [B.truth_doc(doc)],
        }
        B.write_truth(os.path.join(out, "documents", f"{name}.truth.json"), truth)
        names.append(name)
    return names


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    for sub in ("packets", "documents"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    packets = make_packets(out)
    documents = make_documents(out)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": packets, "documents": documents}, fh, indent=1)
        fh.write("\n")
    print(f"wrote {len(packets)} packets and {len(documents)} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
