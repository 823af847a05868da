"""Blind set set_cn: four whole packets (Kenya, Palestine, Bolivia, Australia).

Usage: python generate.py OUT_DIR
"""

import json
import sys
from pathlib import Path

import cv2

from cn_pack import Packet
from pk01_kenya import p01
from pk02_palestine import p02
from pk03_bolivia import p03
from pk04_australia import p04

cv2.setNumThreads(1)


def main(out):
    root = Path(out)
    (root / "packets").mkdir(parents=True, exist_ok=True)
    (root / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, fn in enumerate((p01, p02, p03, p04), 1):
        name = f"p{i:02d}"
        P = Packet(root, name, 7100 + i)
        fn(P, root, name)
        names.append(name)
    with open(root / "manifest.json", "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
