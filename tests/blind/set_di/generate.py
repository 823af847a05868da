"""Blind set set_di (wave 46): four whole packets p01..p04.

Usage: python generate.py OUT_DIR
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import packets  # noqa: E402


def main():
    if len(sys.argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    names = []
    for name, build in packets.PACKETS:
        folder = out / "packets" / name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        truth = build(folder)
        with open(out / "packets" / (name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        names.append(name)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    with open(out / "manifest.json", "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
