"""Blind set set_ca: four whole PUMa packets (Cameroon, Mexico, Ukraine, India).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402

import pk_p01  # noqa: E402
import pk_p02  # noqa: E402
import pk_p03  # noqa: E402
import pk_p04  # noqa: E402
from ca_util import register_fonts  # noqa: E402

cv2.setNumThreads(1)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    register_fonts()
    pk_p01.p01(out)
    pk_p02.p02(out)
    pk_p03.p03(out)
    pk_p04.p04(out)
    manifest = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
