"""Blind test set `set_p` for docverify: python generate.py OUT_DIR."""

from __future__ import annotations

import json
import os
import sys

import cv2

cv2.setNumThreads(1)

import packets  # noqa: E402
import singles  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(f"{out}/packets", exist_ok=True)
    os.makedirs(f"{out}/documents", exist_ok=True)
    pnames = []
    for name, row_i, spec in packets.SPECS:
        truth = packets.build(out, name, row_i, spec)
        with open(f"{out}/packets/{name}.truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
        pnames.append(name)
    dnames = singles.build_all(out)
    with open(f"{out}/manifest.json", "w", encoding="utf-8") as fh:
        json.dump({"packets": pnames, "documents": dnames}, fh, indent=2)
    print(f"{len(pnames)} packets, {len(dnames)} documents written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
