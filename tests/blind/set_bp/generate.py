"""Blind set set_bp: four whole PUMa packets for docverify.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
import time

import cv2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

cv2.setNumThreads(1)

from bp_common import write_json  # noqa: E402
from bp_p01 import build_p01  # noqa: E402
from bp_p02 import build_p02  # noqa: E402
from bp_p03 import build_p03  # noqa: E402
from bp_p04 import build_p04  # noqa: E402

BUILDERS = [("p01", build_p01), ("p02", build_p02), ("p03", build_p03), ("p04", build_p04)]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    only = os.environ.get("BP_ONLY", "").split(",") if os.environ.get("BP_ONLY") else None
    for name, build in BUILDERS:
        if only and name not in only:
            continue
        t0 = time.perf_counter()
        truth = build(out)
        print(f"{name}: {truth['status']} ({time.perf_counter() - t0:.1f}s)", file=sys.stderr)
    write_json(
        os.path.join(out, "manifest.json"),
        {"packets": [n for n, _ in BUILDERS], "documents": []},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
