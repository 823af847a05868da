#!/usr/bin/env python3
"""Blind set set_bv: four PUMa application packets (p01-p03 in order, p04 with one defect).

Usage: generate.py OUT_DIR

Deterministic: every item has its own seeded random.Random / numpy Generator, reportlab runs
with invariant=1, PDFs are saved with deterministic ids, OpenCV uses one thread.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import cv2

from bvlib import p01, p02, p03, p04

cv2.setNumThreads(1)

PACKETS = [
    ("p01", p01.p01),
    ("p02", p02.p02),
    ("p03", p03.p03),
    ("p04", p04.p04),
]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for name, build in PACKETS:
        print(f"building {name}", file=sys.stderr)
        build(out)
    manifest = {"packets": [name for name, _ in PACKETS], "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
