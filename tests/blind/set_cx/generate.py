"""Blind set set_cx (wave 41): four whole PUMa packets. Usage: generate.py OUT_DIR"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cx_packets import PACKETS


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "packets"))
    os.makedirs(os.path.join(out, "documents"))
    names = []
    for name, fn in PACKETS:
        pdir = os.path.join(out, "packets", name)
        os.makedirs(pdir)
        truth = fn(pdir, random.Random("set_cx/" + name))
        with open(os.path.join(out, "packets", name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
