"""Blind set set_ch: four whole PUMa packets (SN, CN, BR, IN). Usage: generate.py OUT_DIR"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pk_br_in
import pk_sn_cn


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    pk_sn_cn.p01(out)
    pk_sn_cn.p02(out)
    pk_br_in.p03(out)
    pk_br_in.p04(out)
    manifest = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
