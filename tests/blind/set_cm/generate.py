"""Blind set set_cm: four whole PUMa packets (Burundi, Cuba, Thailand, Albania).

Usage: python generate.py OUT_DIR
"""

import json
import os
import sys

import cv2

from kit import Packet
from packets import p01_burundi, p02_cuba, p03_thailand, p04_albania

cv2.setNumThreads(1)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    names = []
    for i, fn in enumerate([p01_burundi, p02_cuba, p03_thailand, p04_albania]):
        name = f"p{i + 1:02d}"
        fn(Packet(out, name, 7100 + i))
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
