#!/usr/bin/env python3
"""Render the blind test corpus set_a.

    python tests/blind/set_a/generate.py OUT_DIR

Deterministic: fixed seeds, no network, no wall-clock dates; two runs give
byte-identical files. See README.md for what is rendered and how.
"""

import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from setagen import packets, singles  # noqa: E402

SET_ID = "set_a"


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = os.path.abspath(argv[1])
    only = os.environ.get("SET_A_ONLY")  # debugging: comma-separated function names
    if os.path.isdir(out) and not only:
        for sub in ("packets", "documents"):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    pk, docs = [], []
    for fn in packets.ALL:
        if only and fn.__name__ not in only.split(","):
            continue
        t = time.time()
        fn(out)
        print("packet %-28s %5.1fs" % (fn.__name__, time.time() - t), file=sys.stderr)
    for fn in singles.ALL:
        if only and fn.__name__ not in only.split(","):
            continue
        t = time.time()
        fn(out)
        print("document %-26s %5.1fs" % (fn.__name__, time.time() - t), file=sys.stderr)
    for kind, acc in (("packets", pk), ("documents", docs)):
        d = os.path.join(out, kind)
        if os.path.isdir(d):
            acc.extend(sorted(n for n in os.listdir(d) if os.path.isdir(os.path.join(d, n))))
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(
            {"set": SET_ID, "packets": pk, "documents": docs}, f, ensure_ascii=False, indent=2
        )
        f.write("\n")
    print(
        "%d packets, %d documents in %.0fs -> %s" % (len(pk), len(docs), time.time() - t0, out),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
