"""Write one document in a given look and return its truth `files` entries."""

import os

from reportlab.lib.pagesizes import A4

import common as C

SCREEN = (390, 844)


def _save(img, path, q=88):
    if path.endswith(".png"):
        img.save(path, "PNG", optimize=False)
    else:
        img.save(path, "JPEG", quality=q)


def emit(out, name, pages, look, rng, size=A4, rot90=0, card=False):
    """pages: list of page callables. name: file name (for scan/photo with several pages,
    a list of file names). Returns list of {"path", "pages"}."""
    pdf = C.make_pdf(pages, size)
    if look == "text_pdf":
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(pdf)
        return [{"path": name, "pages": list(range(1, len(pages) + 1))}]
    if look == "screenshot":
        img = C.raster(pdf, 72 * 1170 / size[0])[0]
        _save(img, os.path.join(out, name))
        return [{"path": name, "pages": [1]}]
    dpi = 600 if card else 200
    imgs = C.raster(pdf, dpi)
    if look == "image_pdf":
        if card:
            imgs = [card_sheet(imgs, rng)]
        imgs = [C.look_scan(im, rng) for im in imgs]
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(C.images_to_pdf(imgs, 200 if not card else 200))
        return [{"path": name, "pages": list(range(1, len(imgs) + 1))}]
    names = name if isinstance(name, list) else [name]
    if look == "scan":
        if card:
            imgs = [card_sheet(imgs, rng)]
        res = []
        for im, nm in zip(imgs, names, strict=False):
            _save(C.look_scan(im, rng), os.path.join(out, nm), 82)
            res.append({"path": nm, "pages": [1]})
        return res
    if look == "phone_photo":
        res = []
        for i, (im, nm) in enumerate(zip(imgs, names, strict=False)):
            r = rot90[i] if isinstance(rot90, list) else rot90
            ph = C.look_photo(im, rng, long_side=rng.choice([3024, 3264, 4000]), rot90=r)
            _save(ph, os.path.join(out, nm), 84)
            res.append({"path": nm, "pages": [1]})
        return res
    raise ValueError(look)


def card_sheet(card_imgs, rng):
    """Photocopy of one or two card faces (600 dpi renders) on an A4 sheet at 200 dpi."""
    from PIL import Image

    page = Image.new("RGB", (1654, 2339), (250, 250, 248))
    y = 160 + rng.randint(-20, 20)
    for im in card_imgs:
        sm = im.resize((im.width // 3, im.height // 3), Image.LANCZOS)
        page.paste(sm, (200 + rng.randint(-30, 30), y))
        y += sm.height + 120
    return page


def emit_multi(out, name, docs, rng):
    """Several documents scanned into one image PDF. docs: list of page-lists.
    Returns list of files entries (one per doc)."""
    imgs, res, n = [], [], 0
    for pages in docs:
        ims = C.raster(C.make_pdf(pages, A4), 200)
        res.append([{"path": name, "pages": list(range(n + 1, n + len(ims) + 1))}])
        n += len(ims)
        imgs += [C.look_scan(im, rng) for im in ims]
    with open(os.path.join(out, name), "wb") as fh:
        fh.write(C.images_to_pdf(imgs, 200))
    return res
