"""Blind set set_as: four whole PUMa packets (three in order, one with one defect).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from packets import PACKETS  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for name, build in PACKETS:
        folder = os.path.join(out, "packets", name)
        os.makedirs(folder, exist_ok=True)
        truth = build(folder, random.Random("set_as/" + name))
        with open(os.path.join(out, "packets", name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)


if __name__ == "__main__":
    main()
