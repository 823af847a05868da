"""Blind set set_be: 4 whole packets (TUN, CIV, UKR, USA). Usage: generate.py OUT_DIR"""

import json
import os
import random
import sys

import packets_a
import packets_b

PACKETS = [
    ("p01", packets_a.p01),
    ("p02", packets_a.p02),
    ("p03", packets_b.p03),
    ("p04", packets_b.p04),
]


def main(out):
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for i, (name, fn) in enumerate(PACKETS):
        d = os.path.join(out, "packets", name)
        os.makedirs(d, exist_ok=True)
        truth = fn(d, random.Random(7100 + i))
        with open(os.path.join(out, "packets", name + ".truth.json"), "w") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": [n for n, _ in PACKETS], "documents": []}, fh, indent=1)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
