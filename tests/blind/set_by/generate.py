"""Blind set 'by': four PUMa packets (p01-p03 in order, p04 with one defect).

Usage: python generate.py OUT_DIR
"""

import json
import os
import sys

import pk12
import pk34
from kit import Packet


def main(out):
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    pk12.p01(Packet(out, "p01", 101))
    pk12.p02(Packet(out, "p02", 202))
    pk34.p03(Packet(out, "p03", 303))
    pk34.p04(Packet(out, "p04", 404))
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main(sys.argv[1])
