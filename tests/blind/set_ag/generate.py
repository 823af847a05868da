"""Blind set set_ag for docverify: four PUMa packets (three in order, one with one defect).

Usage: generate.py OUT_DIR   (deterministic; about a minute on two cores)
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from packets_a import p01, p02  # noqa: E402
from packets_b import p03, p04  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for fn in (p01, p02, p03, p04):
        fn(out)
    man = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    (out / "manifest.json").write_text(json.dumps(man, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
