"""Blind test set bn: four whole PUMa packets for docverify.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import cv2

from packets_a import p01, p02
from packets_b import p03
from packets_c import p04

cv2.setNumThreads(1)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(argv[1])
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)
    names = []
    for build in (p01, p02, p03, p04):
        status = build(out)
        names.append(build.__name__)
        print(f"{build.__name__}: {status}", file=sys.stderr)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
