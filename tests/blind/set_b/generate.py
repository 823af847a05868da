"""Render the set_b blind corpus.

    python tests/blind/set_b/generate.py OUT_DIR

Deterministic: fixed seeds, no clock, no network. See README.md.
"""

import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import packets  # noqa: E402
import singles  # noqa: E402


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = os.path.abspath(argv[1])
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    only = os.environ.get("SETB_ONLY", "")
    t0 = time.time()
    pnames, dnames = [], []
    for fn in packets.ALL:
        if only and only not in fn.__name__:
            continue
        fn(out)
        pnames.append(sorted(os.listdir(os.path.join(out, "packets")))[-1])
        print(f"packet {fn.__name__} {time.time() - t0:.1f}s", file=sys.stderr)
    for fn in singles.ALL:
        if only and only not in fn.__name__:
            continue
        fn(out)
        print(f"document {fn.__name__} {time.time() - t0:.1f}s", file=sys.stderr)
    pnames = sorted(
        d
        for d in os.listdir(os.path.join(out, "packets"))
        if os.path.isdir(os.path.join(out, "packets", d))
    )
    dnames = sorted(
        d
        for d in os.listdir(os.path.join(out, "documents"))
        if os.path.isdir(os.path.join(out, "documents", d))
    )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"set": "set_b", "packets": pnames, "documents": dnames}, f, indent=2)
        f.write("\n")
    print(
        f"done: {len(pnames)} packets, {len(dnames)} documents in {time.time() - t0:.1f}s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
