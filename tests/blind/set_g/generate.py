#!/usr/bin/env python3
"""Render blind test corpus set_g.

    python generate.py OUT_DIR [--only NAME[,NAME...]]

Writes OUT_DIR/packets/<name>/..., OUT_DIR/packets/<name>.truth.json,
OUT_DIR/documents/<name>/..., OUT_DIR/documents/<name>.truth.json and
OUT_DIR/manifest.json.  Deterministic: same bytes on every run.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reportlab.rl_config  # noqa: E402

reportlab.rl_config.invariant = 1
reportlab.rl_config.useA85 = 0

from kit import status_of  # noqa: E402
from render import render_folder  # noqa: E402

SET_ID = "set_g"


def _dump(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def build_packets(out: str, only: set | None):
    import packets

    names = []
    for fn in packets.PACKETS:
        if only and fn.__name__ not in only:
            names.append(fn.__name__)
            continue
        t0 = time.time()
        spec = fn()
        name = spec["name"]
        folder = os.path.join(out, "packets", name)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        docs = render_folder(folder, spec["files"], name)
        req = spec["requirements"]
        truth = {
            "as_of": spec["as_of"].isoformat(),
            "employed": None,
            "status": status_of(req),
            "defect": spec["defect"],
            "requirements": req,
            "applicant": spec["applicant"],
            "documents": docs,
        }
        if spec.get("notes"):
            truth["notes"] = spec["notes"]
        _dump(os.path.join(out, "packets", name + ".truth.json"), truth)
        names.append(name)
        print(f"  packet {name}: {len(docs)} documents, {time.time() - t0:.1f}s", file=sys.stderr)
    return names


def build_documents(out: str, only: set | None):
    import singles

    names = []
    for name, as_of, make in singles.SINGLES:
        if only and name not in only:
            names.append(name)
            continue
        t0 = time.time()
        files = make()
        folder = os.path.join(out, "documents", name)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        docs = render_folder(folder, files, name)
        truth = {
            "as_of": as_of,
            "employed": None,
            "status": None,
            "defect": None,
            "requirements": None,
            "applicant": None,
            "documents": docs,
        }
        _dump(os.path.join(out, "documents", name + ".truth.json"), truth)
        names.append(name)
        if time.time() - t0 > 2:
            print(f"  document {name}: {time.time() - t0:.1f}s", file=sys.stderr)
    return names


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = os.path.abspath(argv[1])
    only = None
    if len(argv) > 3 and argv[2] == "--only":
        only = set(argv[3].split(","))
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    t0 = time.time()
    pk = build_packets(out, only)
    dc = build_documents(out, only)
    _dump(os.path.join(out, "manifest.json"), {"set": SET_ID, "packets": pk, "documents": dc})
    print(
        f"set_g: {len(pk)} packets, {len(dc)} documents in {time.time() - t0:.1f}s", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
