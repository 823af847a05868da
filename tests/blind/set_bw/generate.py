"""Blind test set set_bw: four CPAM/PUMa packets (p01-p04) with their truth files.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import cv2

from bw_p01 import p01
from bw_p02 import p02
from bw_p03 import p03
from bw_p04 import p04

cv2.setNumThreads(1)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for build in (p01, p02, p03, p04):
        packet = build()
        packet.write(out)
        names.append(packet.name)
        print(
            f"{packet.name}: {len(packet.files)} files, {len(packet.docs)} documents",
            file=sys.stderr,
        )
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
