"""Blind set set_cq: four whole PUMa packets (three in order, one defective).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2

import codes
from pkt_p01 import p01
from pkt_p02 import p02
from pkt_p03 import p03
from pkt_p04 import p04

cv2.setNumThreads(1)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    codes.self_test()
    names = []
    for build in (p01, p02, p03, p04):
        truth = build(out)
        name = build.__name__
        names.append(name)
        for d in truth["documents"]:
            f = d["fields"]
            if "iban" in f:
                assert codes.iban_ok(f["iban"]) == f["iban_valid"], f["iban"]
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
