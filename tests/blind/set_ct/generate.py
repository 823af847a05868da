"""Blind set set_ct: four whole PUMa packets (Tunisia, Senegal, Cameroon, Vietnam).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common_ct import nir_key, self_test
from pkt_p01 import p01
from pkt_p02 import p02
from pkt_p03 import p03
from pkt_p04 import p04


def main():
    if len(sys.argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    self_test()
    assert nir_key("2951099126111") == "93" and nir_key("253072B073004") == "70"
    out = Path(sys.argv[1])
    if out.exists():
        shutil.rmtree(out)
    (out / "packets").mkdir(parents=True)
    (out / "documents").mkdir()
    tmp = out / "_work"
    tmp.mkdir()
    names = []
    for fn in (p01, p02, p03, p04):
        name = fn.__name__
        pdir = out / "packets" / name
        pdir.mkdir()
        truth = fn(pdir, tmp)
        for doc in truth["documents"]:
            for f in doc["files"]:
                assert (pdir / f["path"]).exists(), f
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
    shutil.rmtree(tmp)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
