#!/usr/bin/env python3
"""Blind test set `form_b`: 52 filled-in cerfa 15763*02 (S1106) application forms.

    python tests/blind/form_b/generate.py OUT_DIR

Writes OUT_DIR/manifest.json, OUT_DIR/documents/<id>/ (the files) and
OUT_DIR/documents/<id>.truth.json. Deterministic: same bytes on every run.
"""

import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from render import render_variant  # noqa: E402
from variants import VARIANTS  # noqa: E402

SET_ID = "form_b"


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    docs = os.path.join(out, "documents")
    os.makedirs(docs, exist_ok=True)
    only = set(os.environ.get("FORM_B_ONLY", "").split(",")) - {""}
    t0 = time.time()
    names = []
    for v in VARIANTS:
        names.append(v["id"])
        if only and v["id"] not in only:
            continue
        t = time.time()
        truth = render_variant(v, docs)
        with open(os.path.join(docs, v["id"] + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(
            f"{v['id']}: {truth['form_status']:<12} {truth['documents'][0]['look']:<11} "
            f"{time.time() - t:5.1f}s",
            file=sys.stderr,
        )
    manifest = {"set": SET_ID, "packets": [], "documents": names}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"{len(names)} forms in {time.time() - t0:.0f}s -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
