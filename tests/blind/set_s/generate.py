"""Blind test set `set_s` for docverify: 14 packets and single documents.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402

cv2.setNumThreads(1)

import gen_pk_1  # noqa: E402
import gen_pk_2  # noqa: E402
import gen_pk_3  # noqa: E402
import gen_pk_4  # noqa: E402
import gen_pk_5  # noqa: E402
import gen_singles  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    if out.exists():
        shutil.rmtree(out)
    (out / "packets").mkdir(parents=True)
    (out / "documents").mkdir(parents=True)
    t0 = time.time()
    for mod in (gen_pk_1, gen_pk_2, gen_pk_3, gen_pk_4, gen_pk_5):
        mod.build(out / "packets")
    packets = sorted(p.name[: -len(".truth.json")] for p in (out / "packets").glob("*.truth.json"))
    print(f"packets: {len(packets)} in {time.time() - t0:.1f}s", file=sys.stderr)
    docs = gen_singles.build(out / "documents")
    print(f"documents: {len(docs)} in {time.time() - t0:.1f}s", file=sys.stderr)
    manifest = {"packets": packets, "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
