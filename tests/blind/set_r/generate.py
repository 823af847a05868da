"""Blind test set `set_r` for docverify: 14 packets and >100 single documents.

Usage: python generate.py OUT_DIR
Deterministic: every item has its own seeded random.Random, reportlab runs with invariant=1,
OpenCV on one thread, no clock is read.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402
from looks import Namer, emit  # noqa: E402
from packets import packets  # noqa: E402
from singles import singles  # noqa: E402

cv2.setNumThreads(1)


def _doc_truth(d: dict) -> dict:
    return {
        "files": d["files"],
        "type": d["type"],
        "look": d["look"],
        "fields": d["fields"],
        "notes": d.get("notes", ""),
    }


def write_packet(out: Path, spec, seed: int) -> None:
    name, as_of, employed, reqs, defect, pp, docs, layout = spec
    folder = out / "packets" / name
    rng = random.Random(seed)
    namer = Namer(rng)
    used = []
    for entry in layout:
        look, keys = entry[0], entry[1]
        stem = entry[2] if len(entry) > 2 else None
        items = [docs[k] for k in keys]
        emit(folder, items, look, namer.named(stem) if stem else namer, rng)
        for it in items:
            it["look"] = look
        used.extend(keys)
    assert sorted(used) == sorted(docs), (name, set(docs) ^ set(used))
    truth = {
        "as_of": as_of,
        "employed": employed,
        "status": "complete" if defect is None else "incomplete",
        "requirements": reqs,
        "defect": defect,
        "applicant": {
            "surname": pp["surname"].upper(),
            "given_names": pp["given"].upper(),
            "date_of_birth": pp["dob"],
        },
        "documents": [_doc_truth(docs[k]) for k in used],
    }
    (out / "packets" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1)
    )


def write_single(out: Path, name: str, spec: dict, seed: int) -> None:
    folder = out / "documents" / name
    rng = random.Random(seed)
    d = spec["doc"]
    emit(
        folder,
        [d],
        spec["look"],
        Namer(rng, None).named(spec["stem"]) if spec.get("stem") else Namer(rng),
        rng,
        flaws=spec.get("flaws", ()),
        rot=spec.get("rot"),
    )
    d["look"] = spec["look"]
    if spec.get("flaws"):
        d["notes"] = (d.get("notes", "") + "; flaws: " + ", ".join(spec["flaws"])).strip("; ")
    truth = {
        "as_of": spec.get("as_of", "2026-11-20"),
        "employed": None,
        "status": None,
        "requirements": None,
        "defect": None,
        "applicant": spec["applicant"],
        "documents": [_doc_truth(d)],
    }
    if d["type"] == "application_form":
        truth["fill_way"] = d.get("fill_way")
    (out / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1)
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    for sub in ("packets", "documents"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)
    pk = packets()
    for i, spec in enumerate(pk):
        write_packet(out, spec, 9000 + i)
    sg = singles()
    names = []
    for i, spec in enumerate(sg):
        name = f"d{i + 1:03d}"
        write_single(out, name, spec, 20000 + i)
        names.append(name)
    manifest = {"packets": [s[0] for s in pk], "documents": names}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
