"""Blind set_ax: four whole packets (Algeria, Côte d'Ivoire, Bangladesh, Peru).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

import cv2

from packets_a import p01, p02
from packets_b import p03, p04

cv2.setNumThreads(1)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for fn in (p01, p02, p03, p04):
        fn(out)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main()
