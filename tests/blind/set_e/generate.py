#!/usr/bin/env python
"""Render blind test set `set_e` for docverify.

    python generate.py OUT_DIR [--only NAME ...]

Writes OUT_DIR/packets/<name>/ + <name>.truth.json, OUT_DIR/documents/<name>/ +
<name>.truth.json and OUT_DIR/manifest.json. Deterministic: same bytes on every run.
"""

import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import packets, singles, validate  # noqa: E402


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    out = os.path.abspath(argv[0])
    only = set(argv[2:]) if len(argv) > 2 and argv[1] == "--only" else None
    if only is None:
        for sub in ("packets", "documents"):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    t0 = time.time()
    pk_names, doc_names = [], []
    for fn in packets.ALL:
        t = time.time()
        if only and fn.__name__ not in only:
            continue
        fn(out)
        sys.stderr.write("%-8s %5.1fs\n" % (fn.__name__, time.time() - t))
    for fn in singles.ALL:
        if only and fn.__name__ not in only:
            continue
        t = time.time()
        fn(out)
        sys.stderr.write("%-8s %5.1fs\n" % (fn.__name__, time.time() - t))
    pk_names = sorted(
        d
        for d in os.listdir(os.path.join(out, "packets"))
        if os.path.isdir(os.path.join(out, "packets", d))
    )
    doc_names = sorted(
        d
        for d in os.listdir(os.path.join(out, "documents"))
        if os.path.isdir(os.path.join(out, "documents", d))
    )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(
            {"set": "set_e", "packets": pk_names, "documents": doc_names},
            f,
            ensure_ascii=False,
            indent=2,
        )
        f.write("\n")
    n = validate.check(out)
    sys.stderr.write(
        "done: %d packets, %d single documents (%d logical documents checked) in %.1fs\n"
        % (len(pk_names), len(doc_names), n, time.time() - t0)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
