"""Blind set set_bd: four whole packets (Morocco, Senegal, China, Mexico).

Usage: generate.py OUT_DIR
"""

import json
import os
import sys

import cv2

from packets_a import REQS, p01, p02
from packets_b import p03, p04

cv2.setNumThreads(1)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    root = sys.argv[1]
    os.makedirs(os.path.join(root, "packets"), exist_ok=True)
    names = []
    for build in (p01, p02, p03, p04):
        pk, truth = build(root)
        name = os.path.basename(pk.dir)
        names.append(name)
        req = truth.pop("requirements")
        out = {
            "as_of": truth["as_of"],
            "employed": truth["employed"],
            "status": truth["status"],
            "requirements": {k: req[k] for k in REQS},
            "defect": truth["defect"],
            "applicant": truth["applicant"],
            "documents": pk.docs,
        }
        with open(os.path.join(root, "packets", name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    with open(os.path.join(root, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
