"""Blind set "set_cl": four whole PUMa packets (Djibouti, Dominican Republic, Indonesia, Iraq).

Usage: python generate.py OUT_DIR
"""

import json
import os
import sys

import cv2

cv2.setNumThreads(1)

from pk_p01 import p01  # noqa: E402
from pk_p02 import p02  # noqa: E402
from pk_p03 import p03  # noqa: E402
from pk_p04 import p04  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = ["p01", "p02", "p03", "p04"]
    for fn in (p01, p02, p03, p04):
        fn(out)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
