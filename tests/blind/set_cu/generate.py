"""Blind set set_cu: four whole CPAM packets (China, Turkey, Mexico, USA).

Usage: python generate.py OUT_DIR
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from packets_ab import p01, p02
from packets_cd import p03, p04


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    for fn in (p01, p02, p03, p04):
        fn(out)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, f, indent=2)


if __name__ == "__main__":
    main()
