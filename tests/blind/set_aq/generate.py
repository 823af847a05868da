"""Blind set set_aq: four whole CPAM (PUMa) packets. Usage: generate.py OUT_DIR"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kit import Packet, write_truth  # noqa: E402
from packets import p_nicaragua, p_sudan  # noqa: E402
from packets_b import p_gabon, p_kyrgyz  # noqa: E402

PACKETS = [p_sudan, p_nicaragua, p_kyrgyz, p_gabon]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, build in enumerate(PACKETS):
        name = f"p{i + 1:02d}"
        pk = Packet(out, name, 9100 + i)
        random.seed(i)
        meta = build(pk)
        write_truth(out, pk, meta)
        names.append(name)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
