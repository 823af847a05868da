"""Blind set AN: four whole PUMa packets (Benin, Serbia, Cambodia, Rwanda).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import packets_a  # noqa: E402
import packets_b  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    builders = [packets_a.p01, packets_a.p02, packets_b.p03, packets_b.p04]
    names = []
    for i, build in enumerate(builders, 1):
        name = f"p{i:02d}"
        folder = out / "packets" / name
        folder.mkdir(parents=True, exist_ok=True)
        truth = build(folder, random.Random(1000 + i))
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
