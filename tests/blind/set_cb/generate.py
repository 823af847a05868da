"""Blind set set_cb for docverify: four whole packets (no single documents).

Usage: /work/main/.venv/bin/python generate.py OUT_DIR

One process, deterministic (seeded random.Random per packet, reportlab invariant=1, no clock,
OpenCV on one thread). See README.md for the contents and conventions."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import cv2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cb_p01 import build_p01
from cb_p02 import build_p02
from cb_p03 import build_p03
from cb_p04 import build_p04

cv2.setNumThreads(1)

PACKETS = {"p01": build_p01, "p02": build_p02, "p03": build_p03, "p04": build_p04}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    (out / "packets").mkdir(parents=True)
    (out / "documents").mkdir(parents=True)
    for name, build in PACKETS.items():
        build(out)
        print(f"{name} done", file=sys.stderr)
    manifest = {"packets": list(PACKETS), "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
