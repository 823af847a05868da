"""Blind test set J for docverify: `python generate.py OUT_DIR` renders packets and documents."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from jgen.assemble import write_folder  # noqa: E402
from jgen.packets import PACKETS  # noqa: E402
from jgen.singles import SINGLES  # noqa: E402

SET = "set_j"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    only = os.environ.get("SETJ_ONLY", "")
    if os.path.isdir(out) and not only:
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    t0 = time.time()
    packets, documents = [], []
    for i, fn in enumerate(PACKETS, 1):
        name = f"p{i:02d}"
        packets.append(name)
        if only and name not in only.split(","):
            continue
        meta, files = fn()
        write_folder(os.path.join(out, "packets"), name, files, meta)
        print(f"{name} {time.time() - t0:6.1f}s", file=sys.stderr)
    for i, fn in enumerate(SINGLES, 1):
        name = f"d{i:03d}"
        documents.append(name)
        if only and name not in only.split(","):
            continue
        meta, files = fn()
        write_folder(os.path.join(out, "documents"), name, files, meta)
        if i % 10 == 0:
            print(f"{name} {time.time() - t0:6.1f}s", file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"set": SET, "packets": packets, "documents": documents}, fh, indent=1)
        fh.write("\n")
    print(f"done in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
