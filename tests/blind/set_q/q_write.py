"""Write documents to files and collect their truth entries."""

import os

from q_core import images_to_pdf, pages_to_pdf
from q_look import flatbed, jpeg_bytes, page_raster, phone, produce, scanner


def _save(folder, name, data):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


def _truth(d, files, look):
    return {
        "files": files,
        "type": d["type"],
        "look": look,
        "fields": d["fields"],
        "notes": d.get("notes", ""),
    }


def emit(folder, items, rng):
    """items: dicts with one of doc / group / flat. Returns the truth documents."""
    out = []
    for it in items:
        look = it["look"]
        if "doc" in it:
            d = it["doc"]
            if d.get("pdf") is not None:
                _save(folder, it["names"][0], d["pdf"])
                files = [{"path": it["names"][0], "pages": [1, 2]}]
            else:
                res = produce(d["pages"], look, rng, it["names"], it.get("meta"))
                files = []
                for nm, data, pages in res:
                    _save(folder, nm, data)
                    files.append({"path": nm, "pages": pages})
                if it.get("reverse") and len(files) == 2:
                    files = files
            out.append(_truth(d, files, look))
        elif "group" in it:
            docs, name = it["group"], it["name"]
            pages, spans = [], []
            for d in docs:
                spans.append(list(range(len(pages) + 1, len(pages) + len(d["pages"]) + 1)))
                pages.extend(d["pages"])
            if look == "text_pdf":
                data = pages_to_pdf(pages, it.get("title"), it.get("author"))
            else:
                dpi = rng.choice([150, 200])
                data = images_to_pdf(
                    [scanner(page_raster(p, rng, dpi), rng) for p in pages],
                    quality=rng.choice([60, 70]),
                )
            _save(folder, name, data)
            for d, sp in zip(docs, spans):
                out.append(_truth(d, [{"path": name, "pages": sp}], look))
        else:  # several cards (one page each, or front/back) laid on one scanner sheet
            docs, name = it["flat"], it["name"]
            cards = [p for d in docs for p in d["pages"]]
            sheet = flatbed(cards, rng, 200)
            if look == "scan":
                data = jpeg_bytes(scanner(sheet, rng), 80)
            elif look == "image_pdf":
                data = images_to_pdf([scanner(sheet, rng)], quality=70)
            else:
                data = jpeg_bytes(phone(sheet, rng), 88)
            _save(folder, name, data)
            for d in docs:
                out.append(_truth(d, [{"path": name, "pages": [1]}], look))
    return out
