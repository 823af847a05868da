"""Render the blind test corpus set_i for docverify.

Usage: python generate.py OUT_DIR

Everything is drawn from fixed seeds (no clock, no network); a second run gives the same bytes.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from igen import fonts, packets, singles  # noqa: E402
from igen.output import write_json  # noqa: E402

SET_ID = "set_i"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    (out / "packets").mkdir()
    (out / "documents").mkdir()
    fonts.register()
    t0 = time.monotonic()
    pk = []
    for fn in packets.ALL:
        pk.append(fn(out))
        print(f"packet {pk[-1]}  ({time.monotonic() - t0:.0f}s)", file=sys.stderr)
    docs = singles.build(out)
    print(f"{len(docs)} single documents  ({time.monotonic() - t0:.0f}s)", file=sys.stderr)
    write_json(out / "manifest.json", {"set": SET_ID, "packets": pk, "documents": docs})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
