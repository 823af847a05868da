"""Blind set bx: four PUMa packets (p01-p03 in order, p04 with an expired VLS-TS).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

from packets_a import p01, p02
from packets_b import p03, p04
from pkutil import write_truth


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for fn in (p01, p02, p03, p04):
        name = fn.__name__
        d = os.path.join(out, "packets", name)
        os.makedirs(d, exist_ok=True)
        t = fn(d)
        write_truth(os.path.join(out, "packets", name + ".truth.json"), t)
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main()
