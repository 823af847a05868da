"""Blind test set set_bm: four whole PUMa packets (TUN, COL, PHL, CMR).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (  # noqa: E402
    card_on_a4,
    phone_photo,
    render,
    save_jpeg,
    scan_look,
    write_image_pdf,
    write_text_pdf,
)


class Packet:
    """Collects the files and the truth of one packet."""

    def __init__(self, out: str, name: str, seed: int):
        self.name = name
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.out = out
        self.rng = random.Random(seed)
        self.docs: list = []

    def path(self, fname: str) -> str:
        return os.path.join(self.dir, fname)

    def sub(self) -> random.Random:
        return random.Random(self.rng.randrange(1 << 30))

    # files ------------------------------------------------------------------
    def text_pdf(self, fname, pages, title=""):
        write_text_pdf(pages, self.path(fname), title)

    def image_pdf(self, fname, imgs, dpi=200):
        write_image_pdf(imgs, self.path(fname), self.sub(), dpi)

    def scan(self, fname, img, dpi=200, q=85):
        im = scan_look(img, self.sub())
        if fname.endswith(".png"):
            im.save(self.path(fname), "PNG", dpi=(dpi, dpi))
        else:
            save_jpeg(im, self.path(fname), q, dpi)

    def photo(self, fname, img, rot=0):
        save_jpeg(phone_photo(img, self.sub(), rot), self.path(fname), 88)

    def png(self, fname, img):
        img.save(self.path(fname), "PNG")

    # truth ------------------------------------------------------------------
    def add(self, files, dtype, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def write_truth(self, as_of, employed, requirements, defect, applicant):
        bad = [k for k, v in requirements.items() if v in ("invalid", "missing")]
        q = [k for k, v in requirements.items() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if q else "complete")
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(os.path.join(self.out, "packets", self.name + ".truth.json"), "w") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)


def page_img(page, dpi=200):
    return render(page, dpi)


def card_scan_img(imgs, rng, dpi_card, dpi=200):
    """Cards scanned on an A4 photocopy (one or two cards, one under the other)."""
    k = dpi / dpi_card
    page = None
    y = 25
    for im in imgs:
        small = im.resize((round(im.width * k), round(im.height * k)))
        if page is None:
            page = card_on_a4(small, dpi, rng, y)
        else:
            page.paste(small, (round(30 * dpi / 25.4), round(y * dpi / 25.4)))
        y += small.height / dpi * 25.4 + 15
    return page


def main(out: str) -> None:
    import packets
    import packets2

    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for i, fn in enumerate((packets.p01, packets2.p02, packets2.p03, packets2.p04), start=1):
        name = f"p{i:02d}"
        fn(Packet(out, name, 7100 + i))
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
