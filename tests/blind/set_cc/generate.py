"""Blind set cc for docverify: four whole packets (Morocco, DR Congo, Brazil, Turkey).

Usage: generate.py OUT_DIR

Writes OUT_DIR/manifest.json, OUT_DIR/packets/pNN/ (the files as an applicant would put them in
a folder) and OUT_DIR/packets/pNN.truth.json. Deterministic: every random choice comes from a
random.Random seeded with the packet and item name; PDFs are written with invariant=1.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2

from cc_checks import selftest
from cc_p01 import p01
from cc_p02 import p02
from cc_p03 import build_p03
from cc_p04 import build_p04

cv2.setNumThreads(1)

PACKETS = {"p01": p01, "p02": p02, "p03": build_p03, "p04": build_p04}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    selftest()
    for name in PACKETS:
        shutil.rmtree(out / "packets" / name, ignore_errors=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for name, build in PACKETS.items():
        truth = build(out)
        print(f"{name}: {len(truth['documents'])} documents, {truth['status']}", file=sys.stderr)
    manifest = {"packets": list(PACKETS), "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
