"""Blind set set_da (wave 42): four whole PUMa packets. Usage: generate.py OUT_DIR"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


from checks import iban_ok, self_test
from common import iso
from packets_a import p01, p02
from packets_b import p03, p04


def write_truth(path, r):
    p = r["applicant"]
    given = p["given"] + (" " + p["middle"] if p.get("middle") else "")
    truth = {
        "as_of": iso(r["as_of"]),
        "employed": r["employed"],
        "status": r["status"],
        "requirements": r["requirements"],
        "defect": r["defect"],
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given"],
            "date_of_birth": iso(p["dob"]),
        },
        "documents": r["docs"],
    }
    if given != p["given"]:
        truth["notes"] = f"Passport shows middle name {p['middle']} beside the given names."
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def check_truth(r, folder):
    names = {f.name for f in folder.iterdir()}
    used = {f["path"] for d in r["docs"] for f in d["files"]}
    assert used == names, (folder, names ^ used)
    st = r["requirements"].values()
    bad = [s for s in st if s in ("invalid", "missing")]
    assert (r["status"] == "incomplete") == bool(bad) and len(bad) <= 1
    assert (r["defect"] is None) == (not bad)
    for d in r["docs"]:
        if d["type"] == "rib":
            assert iban_ok(d["fields"]["iban"])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    self_test()
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for name, fn in (("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)):
        folder = out / "packets" / name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        r = fn(folder)
        check_truth(r, folder)
        write_truth(out / "packets" / f"{name}.truth.json", r)
        names.append(name)
        print(name, "done", file=sys.stderr)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
