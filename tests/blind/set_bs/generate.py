"""Blind set set_bs: four PUMa application packets (three in order, one with an unsigned form).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from kit import Packet, finish
from pk01 import p01
from pk02 import p02
from pk03 import p03
from pk04 import p04


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, fn in enumerate((p01, p02, p03, p04), 1):
        name = f"p{i:02d}"
        pk = Packet(out, name)
        truth = fn(pk, random.Random(f"set_bs-{name}"))
        finish(out, name, pk, truth)
        names.append(name)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
