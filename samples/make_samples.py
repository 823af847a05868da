"""Render the bundled specimen packets: ``python samples/make_samples.py [--out DIR]
[--only NAME]``. Deterministic: two runs give byte-identical files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep samples/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

from samplekit.packets import SCENARIOS, write_packet  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--only", choices=sorted(SCENARIOS), action="append")
    args = ap.parse_args(argv)
    for name in args.only or list(SCENARIOS):
        path = write_packet(args.out, name)
        print(f"wrote {args.out / name}/ and {path.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
