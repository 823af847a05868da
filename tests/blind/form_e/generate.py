#!/usr/bin/env python3
"""Render the blind set `form_e`: variants of the cerfa 15763*02 (S1106)
application form, each with its truth file.

    python generate.py OUT_DIR [name-filter]

Deterministic: same inputs, same bytes (fixed seeds, no clock, no network)."""

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from formgen.render import render_variant  # noqa: E402
from formgen.variants import VARIANTS  # noqa: E402

SET_ID = "form_e"


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    only = argv[2] if len(argv) > 2 else None
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = [v["name"] for v in VARIANTS]
    assert len(names) == len(set(names)), "duplicate variant names"
    t0 = time.perf_counter()
    for v in VARIANTS:
        if only and only not in v["name"]:
            continue
        t = time.perf_counter()
        tr = render_variant(v, out)
        print(
            f"{v['name']:42s} {tr['form_status']:12s} {time.perf_counter() - t:5.1f}s",
            file=sys.stderr,
        )
    manifest = {"set": SET_ID, "packets": [], "documents": names}
    if not only:
        with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(f"{len(names)} documents in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
