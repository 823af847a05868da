#!/usr/bin/env python3
"""Render blind test set C for docverify.

    python generate.py OUT_DIR [NAME_FILTER ...]

Writes OUT_DIR/manifest.json, OUT_DIR/packets/<name>/ + <name>.truth.json and
OUT_DIR/documents/<name>/ + <name>.truth.json. Deterministic: fixed seeds, no clock, no
network; a second run gives byte-identical files. One process, no parallelism.
Optional NAME_FILTER arguments render only folders whose name contains one of them
(the manifest then lists only those)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ in the source folder

from docgen_c import fonts, packets, singles  # noqa: E402

SET_ID = "set_c"


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = os.path.abspath(argv[1])
    filters = argv[2:]
    os.makedirs(out, exist_ok=True)
    for sub in ("packets", "documents"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    fonts.register()
    t0 = time.monotonic()
    names = {"packets": [], "documents": []}
    for kind, builders in (("packets", packets.ALL), ("documents", singles.ALL)):
        for build in builders:
            folder = build()
            if filters and not any(f in folder.name for f in filters):
                continue
            t1 = time.monotonic()
            folder.render(out, SET_ID)
            names[kind].append(folder.name)
            print(
                f"{kind[:-1]:8s} {folder.name:45s} {len(folder.files):2d} files  {time.monotonic() - t1:5.1f}s",
                file=sys.stderr,
            )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(
            {"set": SET_ID, "packets": names["packets"], "documents": names["documents"]},
            f,
            ensure_ascii=False,
            indent=2,
        )
        f.write("\n")
    print(
        f"done: {len(names['packets'])} packets, {len(names['documents'])} documents in "
        f"{time.monotonic() - t0:.0f}s -> {out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
