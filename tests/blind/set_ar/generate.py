"""Blind set AR: four PUMa packets (Angola, Zimbabwe, Liberia, Montenegro).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from packets import PACKETS  # noqa: E402


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for name, build in PACKETS:
        folder = out / "packets" / name
        folder.mkdir(parents=True, exist_ok=True)
        rng = random.Random("set_ar/" + name)
        truth = build(folder, rng)
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
