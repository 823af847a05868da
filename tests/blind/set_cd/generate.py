"""Blind set set_cd: four whole packets (Mali, Colombia, United Kingdom, Ukraine).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cd_common import (
    fr_iban,
    iban_check,
    iban_valid,
    image_pdf,
    make_siret,
    mrz_cd,
    nir_with_key,
    phone_look,
    place_on_a4,
    render,
    save_jpeg,
    scan_look,
)
from cd_packets import P01, P02, P03, P04

_ = (fr_iban, iban_check, iban_valid, make_siret, mrz_cd, nir_with_key, date)


class Packet:
    """Collects the files of one packet and their truth entries."""

    def __init__(self, out: Path, name: str, seed: int):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs = []

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # looks -----------------------------------------------------------------
    def text_pdf(self, name, pdf):
        (self.dir / name).write_bytes(pdf)
        return name

    def image_pdf(self, name, pages, grey=True):
        image_pdf(pages, self.dir / name, self.rng, grey=grey)
        return name

    def scan(self, name, img, grey=False, dpi=200):
        img = scan_look(img, self.rng, grey=grey)
        if name.endswith(".png"):
            img = img.convert("L") if grey else img
            img.save(self.dir / name, "PNG", dpi=(dpi, dpi))
        else:
            save_jpeg(img, self.dir / name, q=self.rng.randint(78, 90), dpi=dpi)
        return name

    def phone(self, name, img, rot=0, shadow=False):
        img = phone_look(
            img, self.rng, rot=rot, shadow=shadow, long_side=self.rng.choice([3264, 4000])
        )
        save_jpeg(img, self.dir / name, q=self.rng.randint(84, 92))
        return name

    def screenshot(self, name, img):
        img.save(self.dir / name, "PNG")
        return name

    def truth(self, out: Path, name: str, meta: dict):
        t = dict(meta)
        t["documents"] = self.docs
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def card_scan_sheet(pdfs, dpi=200):
    """Photocopy of cards / passport page on one A4 sheet."""
    items = []
    y = 0.06
    for pdf in pdfs:
        im = render(pdf, dpi)[0]
        items.append((im, (0.1, y)))
        y += im.size[1] / (11.69 * dpi) + 0.04
    return place_on_a4(items, dpi)


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, build in enumerate((P01, P02, P03, P04), start=1):
        name = f"p{i:02d}"
        pk = Packet(out, name, 9100 + i)
        meta = build(pk, card_scan_sheet)
        pk.truth(out, name, meta)
        names.append(name)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
