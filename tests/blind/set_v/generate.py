"""Generate blind set set_v: 10 packets and 30 single documents.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import vpackets as VP  # noqa: E402
from vsingles import single, singles  # noqa: E402
from vspecs import packets  # noqa: E402


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    pk_names, doc_names = [], []
    for P in packets():
        VP.build(out, P)
        pk_names.append(P["name"])
    as_ofs = ["2026-11-16", "2026-11-20", "2026-11-25", "2026-12-01"]
    for i, (a, bld) in enumerate(singles()):
        name = f"d{i + 1:03d}"
        single(out, name, 5000 + i, as_ofs[i % 4], a, bld)
        doc_names.append(name)
    (out / "manifest.json").write_text(
        json.dumps({"packets": pk_names, "documents": doc_names}, indent=2) + "\n"
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(Path(sys.argv[1]))
