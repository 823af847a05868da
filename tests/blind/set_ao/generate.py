"""Blind set set_ao: four whole packets for docverify.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import packets_defs  # noqa: E402
from render import (  # noqa: E402
    phone_photo,
    save_jpeg,
    scanned,
    write_image_pdf,
    write_text_pdf,
)


def emit(folder: Path, name: str, look: str, pages, seed: int, **kw):
    """Write one file of a packet from a list of Page objects in the given look."""
    rng = random.Random(seed)
    path = folder / name
    if look == "text_pdf":
        write_text_pdf(path, pages, kw.get("title", name))
    elif look == "image_pdf":
        dpi = kw.get("dpi", 200)
        imgs = []
        for p in pages:
            im = p.raster(dpi)
            if p.w < 150:  # a card or passport page laid on the scanner glass
                im = _on_glass(im, dpi, rng)
            imgs.append(scanned(im, rng, grey=kw.get("grey", True)))
        write_image_pdf(path, imgs, dpi)
    elif look == "scan":
        (p,) = pages
        dpi = kw.get("dpi", 200)
        im = p.raster(dpi)
        if p.w < 150:
            im = _on_glass(im, dpi, rng)
        im = scanned(im, rng, grey=kw.get("grey", False), skew=0.8)
        if name.endswith(".png"):
            im.save(path, dpi=(dpi, dpi))
        else:
            save_jpeg(im, path, 88, dpi)
    elif look == "phone_photo":
        (p,) = pages
        dpi = 2400 / max(p.w, p.h) * 25.4
        im = phone_photo(p.raster(int(dpi)), rng, rotate=kw.get("rotate"))
        save_jpeg(im, path, 90)
    elif look == "screenshot":
        (p,) = pages
        p.raster(254).resize((1170, 2532)).save(path)
    else:
        raise ValueError(look)


def _on_glass(im, dpi, rng):
    """Place a small original at the top-left of an A4 scanner bed."""
    from PIL import Image

    bed = Image.new("RGB", (round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)), (255, 255, 255))
    off = round(rng.uniform(8, 20) / 25.4 * dpi)
    bed.paste(im, (off, off))
    return bed


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(exist_ok=True)
    (out / "documents").mkdir(exist_ok=True)
    names = []
    for i, build in enumerate(packets_defs.ALL, 1):
        name = f"p{i:02d}"
        folder = out / "packets" / name
        folder.mkdir(parents=True, exist_ok=True)
        truth, files = build()
        for k, (fname, look, pages, kw) in enumerate(files):
            emit(folder, fname, look, pages, 1000 * i + k, **kw)
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(Path(sys.argv[1]))
