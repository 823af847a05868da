"""Render the set_f blind corpus: python generate.py OUT_DIR

Deterministic: every random choice is seeded from the document name, PDFs are
written in reportlab's invariant mode or by hand, no wall-clock dates are used.
"""

from __future__ import annotations

import os
import shutil
import sys
import time

sys.dont_write_bytecode = True
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import write_json
from packets import build_all
from singles import singles

SET_ID = "set_f"


def main(argv):
    if len(argv) != 2:
        print("usage: python generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = os.path.abspath(argv[1])
    for sub in ("packets", "documents"):
        if os.path.isdir(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    packets = build_all(out)
    t1 = time.time()
    documents = singles(out)
    t2 = time.time()
    write_json(
        os.path.join(out, "manifest.json"),
        {"set": SET_ID, "packets": packets, "documents": documents},
    )
    print(
        f"{len(packets)} packets ({t1 - t0:.0f} s), {len(documents)} documents ({t2 - t1:.0f} s) -> {out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
