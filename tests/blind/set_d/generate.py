#!/usr/bin/env python3
"""Render the set_d blind corpus for docverify.

    python generate.py OUT_DIR

Deterministic: fixed seeds, no network, no wall-clock dates; a second run
produces byte-identical files."""

import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import packets  # noqa: E402
import singles  # noqa: E402
from dv_out import write_json  # noqa: E402

SET_ID = "set_d"


def main(argv):
    if len(argv) != 2:
        print("usage: python generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = os.path.abspath(argv[1])
    t0 = time.time()
    for sub in ("packets", "documents"):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    proot = os.path.join(out, "packets")
    droot = os.path.join(out, "documents")
    pnames = []
    for fn in packets.ALL:
        name, truth = fn(proot)
        write_json(os.path.join(proot, name + ".truth.json"), truth)
        pnames.append(name)
        print("packet", name, file=sys.stderr)
    dnames = []
    for name, truth in singles.build(droot):
        write_json(os.path.join(droot, name + ".truth.json"), truth)
        dnames.append(name)
    print("documents", len(dnames), file=sys.stderr)
    write_json(
        os.path.join(out, "manifest.json"), {"set": SET_ID, "packets": pnames, "documents": dnames}
    )
    print("done in %.1f s" % (time.time() - t0), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
