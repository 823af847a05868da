"""Blind test set set_ad for docverify: four whole PUMa packets with truth files.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402

cv2.setNumThreads(1)

from adlib_build import TMP  # noqa: E402
from adlib_pk1 import p01, p02  # noqa: E402
from adlib_pk2 import p03, p04  # noqa: E402


def main(out: str) -> None:
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for build in (p01, p02, p03, p04):
        build(out)
    manifest = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2)
        fh.write("\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
