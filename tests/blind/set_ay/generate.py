"""Blind set set_ay: four whole packets (Tunisia, Cameroon, Afghanistan, Venezuela).

Usage: /work/main/.venv/bin/python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

import cv2

import pk_p01
import pk_p02
import pk_p03
import pk_p04

cv2.setNumThreads(1)


def main(out: str) -> None:
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    builders = [("p01", pk_p01.p01), ("p02", pk_p02.p02), ("p03", pk_p03.p03), ("p04", pk_p04.p04)]
    for _, build in builders:
        build(out)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": [n for n, _ in builders], "documents": []}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
