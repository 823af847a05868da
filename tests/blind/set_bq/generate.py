"""Blind set set_bq: four whole PUMa packets (three in order, one with one defect).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402

cv2.setNumThreads(1)

from bq_p12 import p01, p02  # noqa: E402
from bq_p34 import p03, p04  # noqa: E402

PACKETS = [("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)
    for name, fn in PACKETS:
        truth = fn(out)
        print(f"{name}: {truth['status']:<10} {len(truth['documents'])} documents", file=sys.stderr)
    manifest = {"packets": [n for n, _ in PACKETS], "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
