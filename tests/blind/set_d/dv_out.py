"""Writing files in a given 'look' and collecting truth entries."""

import json
import os

from dv_looks import on_a4, phone_photo, save_jpeg, save_png, scan
from dv_render import Page, render_raster, write_image_pdf, write_pdf

DPI = 200


def raster(src, dpi=DPI):
    if isinstance(src, Page):
        return render_raster(src, dpi)
    return src


def card_img(page, dpi=300):
    return render_raster(page, dpi)


def sheet(cards, key, dpi=DPI):
    """cards: list of (Page or image, x_mm, y_mm, angle). Page cards are
    rendered at dpi so that their physical size is kept on the A4 sheet."""
    items = []
    for c, x, y, a in cards:
        im = render_raster(c, dpi) if isinstance(c, Page) else c
        items.append((im, x, y, a))
    return on_a4(items, dpi=dpi, key=key)


class Folder:
    def __init__(self, root, name):
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir, exist_ok=True)
        self.name = name
        self.docs = []

    def emit(self, fname, srcs, look, key=None, **o):
        """Write srcs (list of Page/PIL images) as fname in the given look."""
        key = key or (self.name + "/" + fname)
        path = os.path.join(self.dir, fname)
        if not isinstance(srcs, (list, tuple)):
            srcs = [srcs]
        if look == "text_pdf":
            write_pdf(
                path,
                srcs,
                title=o.get("title"),
                author=o.get("author"),
                creator=o.get("creator"),
                acro=o.get("acro"),
            )
        elif look == "image_pdf":
            ims = [
                scan(
                    raster(s, o.get("dpi", DPI)),
                    key + str(i),
                    grey=o.get("grey", False),
                    angle=o.get("angle"),
                )
                for i, s in enumerate(srcs)
            ]
            write_image_pdf(path, ims, dpi=o.get("dpi", DPI), quality=o.get("quality", 72))
        elif look == "scan":
            assert len(srcs) == 1
            dpi = o.get("dpi", DPI)
            im = scan(
                raster(srcs[0], dpi), key, grey=o.get("grey", False), angle=o.get("angle"), dpi=dpi
            )
            if fname.lower().endswith(".png"):
                save_png(im, path, dpi=dpi)
            else:
                save_jpeg(im, path, quality=o.get("quality", 82), dpi=dpi)
        elif look == "phone_photo":
            assert len(srcs) == 1
            im = phone_photo(
                raster(srcs[0], o.get("dpi", 170)),
                key,
                long_side=o.get("long_side", 2800),
                rotate=o.get("rotate", 0),
                bg=o.get("bg", "wood"),
                fill=o.get("fill", 0.84),
                blur=o.get("blur", 0.9),
            )
            save_jpeg(im, path, quality=o.get("quality", 86))
        elif look == "screenshot":
            save_png(srcs[0], path)
        else:
            raise ValueError(look)
        return fname

    def doc(self, files, dtype, look, fields, notes=None):
        """files: list of (fname, [pages])."""
        d = {
            "files": [{"path": f, "pages": list(p)} for f, p in files],
            "type": dtype,
            "look": look,
            "fields": fields,
        }
        if notes:
            d["notes"] = notes
        self.docs.append(d)
        return d


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2, sort_keys=False)
        fh.write("\n")
