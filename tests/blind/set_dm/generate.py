"""Blind set set_dm (wave 48): four whole packets. Usage: generate.py OUT_DIR"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import render as R
from kit import Packet
from packets import p01, p02, p03, p04


def verify(out, names):
    """Every printed MRZ, IBAN and RIB key is right (no deliberate check-digit defect here)."""
    for name in names:
        with open(os.path.join(out, "packets", name + ".truth.json"), encoding="utf-8") as fh:
            truth = json.load(fh)
        for doc in truth["documents"]:
            f = doc["fields"]
            if "mrz_valid" in f:
                assert f["mrz_valid"] is True, (name, doc["type"])
                assert len(f["document_number"]) <= 9
            if doc["type"] == "rib":
                assert R.iban_ok(f["iban"]), (name, f["iban"])
                assert f["iban"][:2] != "FR" or R.rib_ok(f["iban"]), (name, f["iban"])
            if f.get("nir"):
                assert int(f["nir"][:13]) % 97 == 97 - int(f["nir"][13:]), name


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out_set_dm"
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for i, fn in enumerate((p01, p02, p03, p04), 1):
        name = f"p{i:02d}"
        fn(Packet(out, name, 4800 + i))
        names.append(name)
    verify(out, names)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")
    print(f"wrote {len(names)} packets to {out}")


if __name__ == "__main__":
    main()
