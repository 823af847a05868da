"""Blind set set_cg: four whole PUMa packets (Morocco, Cameroon, Philippines, Tunisia).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from packets_12 import p01, p02
from packets_34 import p03, p04


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    for fn in (p01, p02, p03, p04):
        fn(out)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main()
