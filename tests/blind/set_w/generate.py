"""Blind set W: three PUMa application packets. Usage: generate.py OUT_DIR"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from packets import p01, p02, p03  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = [fn(out) for fn in (p01, p02, p03)]
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
