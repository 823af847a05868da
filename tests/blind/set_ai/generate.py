"""Generate the blind set set_ai: `python generate.py OUT_DIR`.

Four whole packets (Vietnam, Nigeria, Lebanon, Chile); see README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402

cv2.setNumThreads(1)

import packets_a  # noqa: E402
import packets_b  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for build in (packets_a.p01, packets_a.p02, packets_b.p03, packets_b.p04):
        names.append(build(out).name)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
