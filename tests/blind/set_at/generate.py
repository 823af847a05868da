"""Blind set set_at: four PUMa packets (Namibia, Guyana, Lesotho, Belize).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kit import Packet  # noqa: E402
from packets_a import p01, p02  # noqa: E402
from packets_b import p03, p04  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, fn in enumerate((p01, p02, p03, p04), 1):
        name = f"p{i:02d}"
        fn(Packet(out, name, 7300 + i), out)
        names.append(name)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
