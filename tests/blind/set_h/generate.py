"""Render blind test set H for docverify.

    python generate.py OUT_DIR

Writes OUT_DIR/packets/<name>/ (+ <name>.truth.json), OUT_DIR/documents/<name>/ (+ truth)
and OUT_DIR/manifest.json. Deterministic: no clock, no network, seeded randomness, one
process.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import json
import shutil
import sys
import time

import cv2

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from hgen.build import write_folder  # noqa: E402
from hgen.packets import PACKETS  # noqa: E402
from hgen.singles import singles  # noqa: E402

SET_ID = "set_h"
SINGLE_AS_OF = "2026-11-30"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python generate.py OUT_DIR", file=sys.stderr)
        return 2
    cv2.setNumThreads(1)
    out = argv[1]
    t0 = time.monotonic()
    for sub in ("packets", "documents"):
        path = os.path.join(out, sub)
        if os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path)
    packet_names = []
    for build in PACKETS:
        name, files, head = build()
        write_folder(os.path.join(out, "packets"), name, files, head)
        packet_names.append(name)
        print(f"packet {name}: {len(files)} files", file=sys.stderr)
    doc_names = []
    for name, files, _notes in singles():
        head = {
            "as_of": SINGLE_AS_OF,
            "employed": None,
            "status": None,
            "defect": None,
            "requirements": None,
            "applicant": None,
        }
        write_folder(os.path.join(out, "documents"), name, files, head)
        doc_names.append(name)
    print(f"documents: {len(doc_names)}", file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(
            {"set": SET_ID, "packets": packet_names, "documents": doc_names},
            fh,
            ensure_ascii=False,
            indent=2,
        )
        fh.write("\n")
    print(f"done in {time.monotonic() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
