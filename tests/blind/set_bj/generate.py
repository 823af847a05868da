"""Blind set set_bj: four whole PUMa packets (p01..p04). Usage: generate.py OUT_DIR"""

from __future__ import annotations

import json
import os
import random
import sys

from PIL import Image

import render as R
from packets import p01, p02
from packets_b import p03, p04

PACKETS = [("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)]


class Out:
    """Writes the files of one packet and collects its truth documents."""

    def __init__(self, root: str, name: str, seed: int):
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs: list[dict] = []

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def doc(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": f, "pages": p} for f, p in files],
                "type": dtype,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    # ---- looks
    def text_pdf(self, pages, fname, title="", author=""):
        R.to_pdf(pages, self.path(fname), title, author)

    def image_pdf(self, imgs, fname, dpi=200):
        imgs = [R.to_pil(i, dpi) if isinstance(i, R.Page) else i for i in imgs]
        R.image_pdf(imgs, self.path(fname), self.rng, dpi)

    def scan(self, img, fname, dpi=200):
        if isinstance(img, R.Page):
            img = R.to_pil(img, dpi)
        s = R.scan_effect(img, self.rng)
        if fname.endswith(".png"):
            s.save(self.path(fname), dpi=(dpi, dpi))
        else:
            R.save_jpeg(s, self.path(fname), self.rng.randint(78, 90), dpi)

    def photo(self, img, fname, rot=0, long_side=None):
        if isinstance(img, R.Page):
            img = R.to_pil(img, 150)
        ls = long_side or self.rng.choice([3024, 3264, 4000])
        R.save_jpeg(
            R.photo_effect(img, self.rng, rot, ls), self.path(fname), self.rng.randint(82, 92)
        )

    def screenshot(self, page, fname):
        img = R.to_pil(page, 300).resize((1170, 2532), Image.LANCZOS)
        img.save(self.path(fname))


def main(out_dir: str) -> None:
    os.makedirs(os.path.join(out_dir, "packets"), exist_ok=True)
    names = []
    for i, (name, build) in enumerate(PACKETS):
        o = Out(out_dir, name, 7100 + i)
        truth = build(o)
        truth["documents"] = o.docs
        with open(os.path.join(out_dir, "packets", name + ".truth.json"), "w") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
        names.append(name)
    with open(os.path.join(out_dir, "manifest.json"), "w") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
