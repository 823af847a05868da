"""Assemble logical documents into files with a given look, and write truth."""

from __future__ import annotations

import json
import os

from core import rng
from looks import composite, phone_photo, scan
from pdfout import write_image_pdf, write_text_pdf
from raster import render


class Comp:
    """Several document pages laid on one sheet (a scan of passport + visa...).
    items: list of (doc, page_index, x_mm, y_mm, angle_deg)."""

    def __init__(self, items, size_mm=(210.0, 297.0)):
        self.items = items
        self.size_mm = size_mm


def _docs_of(part):
    if isinstance(part, Comp):
        return [it[0] for it in part.items]
    return [part[0]]


def _size_of(part):
    if isinstance(part, Comp):
        return part.size_mm
    doc, idx = part
    pg = doc.pages[idx]
    return (pg.w, pg.h)


def _raster(part, dpi):
    if isinstance(part, Comp):
        items = [(render(d.pages[i], dpi), x, y, a) for d, i, x, y, a in part.items]
        return composite(items, part.size_mm, dpi)
    doc, idx = part
    return render(doc.pages[idx], dpi)


class Builder:
    def __init__(self, folder, tag):
        self.folder = folder
        self.tag = tag
        self.docs = []
        os.makedirs(folder, exist_ok=True)

    def _note(self, part, path, page_no, look):
        for d in _docs_of(part):
            if d not in self.docs:
                self.docs.append(d)
            d.refs.append((path, page_no, look))

    def add(
        self,
        path,
        look,
        parts,
        dpi=None,
        grey=False,
        rotate=0,
        long_side=None,
        quality=None,
        meta=None,
        landscape=None,
    ):
        """Write one file. parts: list of (doc, page_index) or Comp."""
        r = rng(self.tag, path)
        full = os.path.join(self.folder, path)
        meta = meta or {}
        for i, part in enumerate(parts, 1):
            self._note(part, path, i, look)
        if look == "text_pdf":
            pages = [d.pages[i] for d, i in parts]
            write_text_pdf(full, pages, **meta)
            return
        if look == "image_pdf":
            dpi = dpi or r.choice((200, 200, 240, 300))
            imgs, sizes = [], []
            for part in parts:
                if not isinstance(part, Comp):
                    w, h = _size_of(part)
                    if max(w, h) < 150:
                        # a card or passport page is scanned on an A4 flatbed
                        part = Comp([(part[0], part[1], r.uniform(20, 45), r.uniform(18, 40), 0)])
                im = scan(_raster(part, dpi), r, grey=grey)
                imgs.append(im)
                sizes.append(_size_of(part))
            write_image_pdf(
                full,
                imgs,
                sizes,
                producer=meta.get("producer", ""),
                quality=quality or r.choice((70, 78, 85)),
            )
            return
        assert len(parts) == 1, path
        part = parts[0]
        if look == "scan":
            dpi = dpi or r.choice((150, 200, 300))
            im = scan(_raster(part, dpi), r, grey=grey)
        elif look == "phone_photo":
            long_side = long_side or r.choice((2400, 3000, 3264, 4000))
            w, h = _size_of(part)
            portrait = (h >= w) if landscape is None else not landscape
            fill = r.uniform(0.72, 0.86)
            frame_long = long_side if portrait == (h >= w) else long_side * 3 / 4
            dpi = frame_long * fill / (max(w, h) / 25.4)
            im = phone_photo(
                _raster(part, dpi), r, long_side, rotate=rotate, portrait=portrait, fill=fill
            )
        elif look == "screenshot":
            w, h = _size_of(part)
            dpi = 1170 / (w / 25.4)
            im = _raster(part, dpi)
        else:
            raise ValueError(look)
        low = path.lower()
        if low.endswith(".png"):
            im.save(full, "PNG")
        else:
            im.save(full, "JPEG", quality=quality or r.choice((80, 86, 90)), optimize=False)

    def truth_docs(self):
        out = []
        for d in self.docs:
            files = []
            for path, page_no, _look in d.refs:
                for f in files:
                    if f["path"] == path:
                        if page_no not in f["pages"]:
                            f["pages"].append(page_no)
                        break
                else:
                    files.append({"path": path, "pages": [page_no]})
            ent = {"files": files, "type": d.type, "look": d.refs[0][2], "fields": d.fields}
            if d.notes:
                ent["notes"] = d.notes
            out.append(ent)
        return out


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
