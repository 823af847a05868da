"""Generate blind set set_cy (wave 41): four whole PUMa packets. Usage: generate.py OUT_DIR"""

import json
import os
import shutil
import sys

import cv2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cy_checks import selftest
from cy_p02 import p02
from cy_p03 import p03
from cy_p04 import p04
from cy_packets import p01

cv2.setNumThreads(1)


def main(out):
    selftest()
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "packets"))
    os.makedirs(os.path.join(out, "documents"))
    names = []
    for fn in (p01, p02, p03, p04):
        pk, truth = fn(out)
        name = os.path.basename(pk.dir)
        truth["documents"] = pk.docs
        for d in pk.docs:
            for f in d["files"]:
                assert os.path.isfile(pk.path(f["path"])), f["path"]
        with open(os.path.join(out, "packets", name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
