"""Blind set set_bt: four whole CPAM packets. Usage: python generate.py OUT_DIR"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bt_p01 import build_p01  # noqa: E402
from bt_p02 import build_p02  # noqa: E402
from bt_p03 import build_p03  # noqa: E402
from bt_p04 import build_p04  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    for build in (build_p01, build_p02, build_p03, build_p04):
        build(out)
    manifest = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
