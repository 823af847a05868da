"""Blind set set_o for docverify: `python generate.py OUT_DIR`.

Writes OUT_DIR/manifest.json, OUT_DIR/packets/<pNN>/ + truth, OUT_DIR/documents/<dNNN>/ +
truth. One process, deterministic (seeded random.Random per item, reportlab invariant=1,
OpenCV on one thread).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402

cv2.setNumThreads(1)

import packets  # noqa: E402
import singles  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    out.mkdir(parents=True, exist_ok=True)
    only = set(argv[2:])
    del only
    pk = packets.build(out)
    docs = singles.build(out)
    (out / "manifest.json").write_text(
        json.dumps({"packets": pk, "documents": docs}, indent=2) + "\n"
    )
    print(f"{len(pk)} packets, {len(docs)} documents -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
