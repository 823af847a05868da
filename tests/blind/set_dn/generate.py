"""Blind test set set_dn (wave 49): four whole packets p01..p04.

Usage: python generate.py OUT_DIR
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from packets_a import p01, p02  # noqa: E402
from packets_b import p03, p04  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for fn in (p01, p02, p03, p04):
        fn(out)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, f, indent=2)


if __name__ == "__main__":
    main()
