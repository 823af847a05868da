"""Blind set ck: four whole CPAM packets (Chad, Ecuador, Nepal, Kosovo). Usage: generate.py OUT_DIR."""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from p02 import build_p02
from p04 import build_p04
from packets_a import build_p01
from packets_b import build_p03


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    for build in (build_p01, build_p02, build_p03, build_p04):
        build(out)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
