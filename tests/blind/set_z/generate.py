"""Blind set set_z: three PUMa packets (two in order, one with a single defect).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import render as R  # noqa: E402
from packets import PACKETS  # noqa: E402


def emit(folder: Path, names, pages, look, rng, rot=0, title=None, producer=""):
    """Write one document's pages with the given look; return its truth `files` list."""
    if isinstance(names, str):
        names = [names]
    if look == "text_pdf":
        R.render_pdf(pages, folder / names[0], title or "", producer)
        return [{"path": names[0], "pages": list(range(1, len(pages) + 1))}]
    if look == "image_pdf":
        R.image_pdf(pages, folder / names[0], rng)
        return [{"path": names[0], "pages": list(range(1, len(pages) + 1))}]
    out = []
    rots = rot if isinstance(rot, list) else [rot] * len(pages)
    for name, pg, r in zip(names, pages, rots):
        if look == "scan":
            im = R.scan_look(pg, rng, dpi=rng.choice([150, 200, 300]))
            if r:
                im = im.rotate(r, expand=True)
        elif look == "phone_photo":
            im = R.phone_photo(pg, rng, rot=r, long_side=rng.choice([3024, 3264, 4000]))
        else:  # screenshot
            im = R.render_img(pg, 254, rng.randint(0, 9999))
        if name.lower().endswith(".png"):
            im.save(folder / name, "PNG", optimize=False)
        else:
            R.save_jpeg(im, folder / name, q=rng.randint(78, 92))
        out.append({"path": name, "pages": [1]})
    return out


def build_packet(folder: Path, spec: dict) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    docs = []
    for i, d in enumerate(spec["docs"]):
        rng = random.Random(f"{spec['name']}-{i}")
        if d.get("skip_write"):  # shares a file written by an earlier document
            files = [{"path": d["files"][0], "pages": d["page_offset"]}]
        else:
            pages = d["pages"](rng)
            files = emit(folder, d["files"], pages, d["look"], rng, d.get("rot", 0), d.get("title"))
        if d.get("page_offset"):  # a second document inside the same file
            files = [{"path": f["path"], "pages": d["page_offset"]} for f in files]
        docs.append(
            {
                "files": files,
                "type": d["type"],
                "look": d["look"],
                "fields": d["fields"],
                "notes": d.get("notes", ""),
            }
        )
    return {
        "as_of": spec["as_of"],
        "employed": spec["employed"],
        "status": spec["status"],
        "requirements": spec["requirements"],
        "defect": spec["defect"],
        "applicant": spec["applicant"],
        "documents": docs,
    }


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for spec in PACKETS:
        truth = build_packet(out / "packets" / spec["name"], spec)
        (out / "packets" / f"{spec['name']}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(spec["name"])
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
