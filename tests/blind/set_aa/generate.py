"""Blind set set_aa: three PUMa packets. Usage: generate.py OUT_DIR"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import p01_colombia  # noqa: E402
import p02_philippines  # noqa: E402
import p03_usa  # noqa: E402

BUILDERS = [p01_colombia, p02_philippines, p03_usa]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    names = []
    for b in BUILDERS:
        b.build(out)
        names.append(b.__name__[:3])
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
