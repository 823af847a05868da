"""Blind set `set_db` (wave 43) for docverify: four whole packets, p01..p04.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2

cv2.setNumThreads(1)

from packets_a import p01  # noqa: E402
from packets_b import p03, p04  # noqa: E402
from packets_c import p02  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)
    names = [build(out) for build in (p01, p02, p03, p04)]
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} packets to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
