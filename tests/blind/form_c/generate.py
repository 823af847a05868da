#!/usr/bin/env python3
"""Render the blind set "form_c": variants of the cerfa 15763*02 (ameli S1106) application form.

    python generate.py OUT_DIR [--only fc01,fc02]

Deterministic (fixed seeds, no clock, no network), one process, one thread.
"""

import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from formgen.render import render_variant  # noqa: E402
from formgen.variants import VARIANTS  # noqa: E402

SET_ID = "form_c"


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 2
    out = argv[1]
    only = None
    if len(argv) > 3 and argv[2] == "--only":
        only = set(argv[3].split(","))
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    t0 = time.monotonic()
    names = []
    for v in VARIANTS:
        names.append(v["name"])
        if only and v["name"] not in only:
            continue
        t = time.monotonic()
        truth = render_variant(v, out)
        print(
            "%s  %-11s %-12s %-12s %.1fs"
            % (
                v["name"],
                v["look"],
                truth["form_status"],
                truth["defect"] or "-",
                time.monotonic() - t,
            ),
            file=sys.stderr,
        )
    manifest = {"set": SET_ID, "packets": [], "documents": names}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(
        "rendered %d variants in %.1fs"
        % (len(names) if not only else len(only), time.monotonic() - t0),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
