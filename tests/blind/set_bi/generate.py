"""Generate blind set 'set_bi': four whole PUMa packets.  Usage: generate.py OUT_DIR"""

import json
import sys
from pathlib import Path

from common import register_fonts
from packets_a import p01, p02
from packets_b import p03
from packets_c import p04


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(exist_ok=True)
    register_fonts()
    for fn in (p01, p02, p03, p04):
        fn(out)
    manifest = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
