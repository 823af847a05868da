"""Write OutFiles to disk in their look and collect the truth entries of the documents they hold."""

from __future__ import annotations

import os

from core import rasterize, write_pdf
from looks import image_pdf, phone_photo, save_jpeg, save_png, scan_effect
from model import OutFile, seed_of


def _scan_img(page, opts, seed):
    dpi = opts.get("dpi", 200)
    img = rasterize(page, dpi)
    return scan_effect(
        img,
        seed,
        grey=opts.get("grey", False),
        angle=opts.get("angle"),
        noise=opts.get("noise", 5.0),
        blur=opts.get("blur", 0.45),
        lid_shadow=opts.get("lid_shadow", False),
        bw=opts.get("bw", False),
        contrast=opts.get("contrast", 1.0),
    ), dpi


def render_file(folder: str, f: OutFile, base_seed: str):
    path = os.path.join(folder, f.name)
    seed = seed_of(base_seed, f.name)
    o = f.opts
    if f.look == "text_pdf":
        write_pdf(
            [s.page for s in f.sheets],
            path,
            title=o.get("title", ""),
            producer=o.get("producer", ""),
            author=o.get("author", ""),
        )
    elif f.look == "image_pdf":
        imgs, sizes = [], []
        for i, s in enumerate(f.sheets):
            im, _ = _scan_img(s.page, o, seed + i)
            imgs.append(im)
            sizes.append((s.page.w, s.page.h))
        image_pdf(
            path, imgs, sizes, quality=o.get("quality", 70), producer=o.get("producer", "Scanner")
        )
    elif f.look == "scan":
        assert len(f.sheets) == 1, f.name
        im, dpi = _scan_img(f.sheets[0].page, o, seed)
        if f.name.lower().endswith(".png"):
            save_png(im, path, dpi=dpi)
        else:
            save_jpeg(im, path, quality=o.get("quality", 80), dpi=dpi)
    elif f.look == "phone_photo":
        assert len(f.sheets) == 1, f.name
        pg = f.sheets[0].page
        long_side = o.get("long_side", 3024)
        fill = o.get("fill", 0.82)
        target = long_side * fill * 1.05
        dpi = target / (max(pg.w, pg.h) / 25.4)
        img = rasterize(pg, dpi)
        out = phone_photo(
            img,
            seed,
            long_side=long_side,
            bg=o.get("bg", "wood"),
            rot=o.get("rot", 0),
            fill=fill,
            persp=o.get("persp", 0.05),
            blur=o.get("blur", 1.0),
            light=o.get("light", 0.25),
            landscape=o.get("landscape"),
        )
        save_jpeg(out, path, quality=o.get("quality", 86))
    elif f.look == "screenshot":
        pg = f.sheets[0].page
        img = rasterize(pg, o.get("dpi", 460))
        save_png(img, path)
    else:
        raise ValueError(f.look)


def render_folder(folder: str, files: list[OutFile], base_seed: str) -> list[dict]:
    os.makedirs(folder, exist_ok=True)
    entries: dict[int, dict] = {}
    order: list[int] = []
    for f in files:
        render_file(folder, f, base_seed)
        for i, s in enumerate(f.sheets):
            for d in s.docs:
                k = id(d)
                if k not in entries:
                    entries[k] = {"files": [], "type": d.type, "look": f.look, "fields": d.fields}
                    if d.notes:
                        entries[k]["notes"] = d.notes
                    order.append(k)
                e = entries[k]
                for fe in e["files"]:
                    if fe["path"] == f.name:
                        if i + 1 not in fe["pages"]:
                            fe["pages"].append(i + 1)
                        break
                else:
                    e["files"].append({"path": f.name, "pages": [i + 1]})
                if e["look"] != f.look:
                    e.setdefault("other_looks", [])
                    if f.look not in e["other_looks"]:
                        e["other_looks"].append(f.look)
    return [entries[k] for k in order]
