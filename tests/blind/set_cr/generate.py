"""Generate blind set set_cr: four whole packets (three in order, one with one defect).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2

cv2.setNumThreads(1)

from p01 import p01
from p02 import p02
from p03 import p03
from p04 import p04


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for make in (p01, p02, p03, p04):
        make(out)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, fh, indent=2)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
