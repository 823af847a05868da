"""set_af blind set: four PUMa packets (three in order, one with a future-dated form).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402
from afpackets import PACKETS, Packet  # noqa: E402

cv2.setNumThreads(1)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for fn in PACKETS:
        pk = Packet(out, fn.__name__)
        fn(pk)
        names.append(pk.name)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
