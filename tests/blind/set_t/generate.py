"""Blind set T for docverify: 14 PUMa packets and about 100 single documents.

Usage: python tests/blind/set_t/generate.py OUT_DIR [name ...]
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402

cv2.setNumThreads(1)

import catalog  # noqa: E402
import packets_a  # noqa: E402
import packets_a2  # noqa: E402
import packets_b  # noqa: E402
import packets_b2  # noqa: E402


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    only = set(argv[2:])
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    packets, documents = [], []
    for fn in packets_a.ALL + packets_a2.ALL + packets_b.ALL + packets_b2.ALL:
        name = fn.__name__
        packets.append(name)
        if only and name not in only:
            continue
        fn().write(out)
    for name, fn in catalog.all_items():
        documents.append(name)
        if only and name not in only:
            continue
        fn(name).write(out)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": packets, "documents": documents}, f, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
