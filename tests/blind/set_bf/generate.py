"""Blind set set_bf: four whole PUMa packets (Mali, India, United Kingdom, Guinea).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import packets
import packets_b
import packets_c


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, builder in enumerate(
        [packets.p01, packets_b.p02, packets_b.p03, packets_c.p04], start=1
    ):
        name = f"p{i:02d}"
        folder = out / "packets" / name
        folder.mkdir(parents=True, exist_ok=True)
        truth = builder(random.Random(f"set_bf-{name}"), folder)
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
