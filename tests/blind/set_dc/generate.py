"""Blind set set_dc (wave 43): four whole packets p01..p04.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402

from packet_p01 import p01  # noqa: E402
from packet_p02 import p02  # noqa: E402
from packet_p03 import p03  # noqa: E402
from packet_p04 import p04  # noqa: E402

cv2.setNumThreads(1)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for fn in (p01, p02, p03, p04):
        names.append(fn(out))
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")
    print("wrote %d packets to %s" % (len(names), out))


if __name__ == "__main__":
    main()
