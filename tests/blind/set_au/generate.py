"""Blind set set_au: four PUMa packets (South Sudan, Tonga, Eswatini, São Tomé and Príncipe).

Usage: generate.py OUT_DIR   (deterministic, one process)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from au_p01 import p01  # noqa: E402
from au_p02 import p02  # noqa: E402
from au_p03 import p03  # noqa: E402
from au_p04 import p04  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out_dir = Path(sys.argv[1])
    (out_dir / "packets").mkdir(parents=True, exist_ok=True)
    (out_dir / "documents").mkdir(parents=True, exist_ok=True)
    for fn in (p01, p02, p03, p04):
        fn(out_dir)
    manifest = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print("written", out_dir)


if __name__ == "__main__":
    main()
