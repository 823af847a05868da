"""Generate blind test set set_ak: four PUMa packets (Mali, DR Congo, Madagascar, Bangladesh).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from packets import PACKETS  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for build in PACKETS:
        build(out)
        names.append(build.__name__.split("_")[0])
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
