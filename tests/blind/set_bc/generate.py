"""Blind set set_bc: 4 whole CPAM packets (Cameroon, Colombia, Philippines, Iran).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402

from bc_p12 import packet_p01, packet_p02  # noqa: E402
from bc_p34 import packet_p03, packet_p04  # noqa: E402

cv2.setNumThreads(1)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for name, fn in [("p01", packet_p01), ("p02", packet_p02), ("p03", packet_p03),
                     ("p04", packet_p04)]:  # fmt: skip
        status = fn(out)
        print(name, status, file=sys.stderr)
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
