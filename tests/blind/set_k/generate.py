"""Entry point: python generate.py OUT_DIR  (renders the blind set set_k)."""

from __future__ import annotations

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kgen import catalog, packet, singles  # noqa: E402


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out + "/packets")
    os.makedirs(out + "/documents")
    only = os.environ.get("SETK_ONLY")
    names = []
    for spec in catalog.packets():
        if only and spec["name"] not in only.split(","):
            continue
        packet.build(out, spec)
        names.append(spec["name"])
        print("packet", spec["name"], file=sys.stderr)
    docs = [] if only else singles.build_all(out)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"set": "set_k", "packets": names, "documents": docs}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
