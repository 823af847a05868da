"""Blind set set_ba: four whole PUMa packets (Mali, China, India, Ukraine).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import cv2

import packets_a
import packets_b

cv2.setNumThreads(1)


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    packets_a.p01_mali(out)
    packets_a.p02_china(out)
    packets_b.p03_india(out)
    packets_b.p04_ukraine(out)
    manifest = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
