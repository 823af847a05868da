"""Blind set set_bg: four whole PUMa packets. Usage: python generate.py OUT_DIR"""

import json
import os
import sys

import cv2

import out
import pk_a
import pk_b

cv2.setNumThreads(1)

PACKETS = [
    ("p01", pk_a.p01, 101),
    ("p02", pk_a.p02, 202),
    ("p03", pk_b.p03, 303),
    ("p04", pk_b.p04, 404),
]


def main(root: str):
    os.makedirs(os.path.join(root, "packets"), exist_ok=True)
    names = []
    for name, build, seed in PACKETS:
        P = out.Packet(root, name, seed)
        truth = build(P)
        truth["documents"] = P.docs
        with open(os.path.join(root, "packets", name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
        names.append(name)
        print(name, len(P.docs), "documents", file=sys.stderr)
    with open(os.path.join(root, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
