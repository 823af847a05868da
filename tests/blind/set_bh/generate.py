"""Generate blind set set_bh: four whole CPAM (PUMa) packets.

Usage: generate.py OUT_DIR
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from packets import p01, p02  # noqa: E402
from packets2 import p03, p04  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for name, fn in [("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)]:
        t = fn(out)
        with open(os.path.join(out, "packets", name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main()
