"""Blind set `set_ae`: four whole PUMa packets (three in order, one with one defect).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (  # noqa: E402
    phone_look,
    render_pil,
    save_jpeg,
    scan_look,
    write_image_pdf,
)
from fields import form_fields  # noqa: E402
from form import form_pages, write_acro_pdf  # noqa: E402
from packets import PACKETS  # noqa: E402
from PIL import Image  # noqa: E402


def rng_for(*key) -> random.Random:
    return random.Random("set_ae/" + "/".join(str(k) for k in key))


class Packet:
    def __init__(self, out: str, spec: dict):
        self.spec = spec
        self.name = spec["name"]
        self.dir = os.path.join(out, "packets", self.name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs: list[dict] = []

    def rng(self, *key):
        return rng_for(self.name, *key)

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # -- writers --------------------------------------------------------------------------

    def scan_jpg(self, fname, img: Image.Image, key, dpi):
        r = self.rng(key, "scan")
        save_jpeg(scan_look(img, r), self.path(fname), r.randint(80, 90), dpi)

    def photo_jpg(self, fname, img: Image.Image, key, rotate=0):
        r = self.rng(key, "photo")
        save_jpeg(phone_look(img, r, rotate=rotate), self.path(fname), r.randint(82, 92))

    def image_pdf(self, fname, imgs: list[Image.Image], key, dpi):
        r = self.rng(key, "pdf")
        write_image_pdf(self.path(fname), [scan_look(im, r) for im in imgs], r, dpi)

    def truth(self, out):
        s = self.spec
        t = {
            "as_of": s["as_of"],
            "employed": s["employed"],
            "status": s["status"],
            "requirements": s["requirements"],
            "defect": s["defect"],
            "applicant": s["applicant"],
            "nationality": s["nat"],
            "documents": self.docs,
        }
        with open(
            os.path.join(out, "packets", self.name + ".truth.json"), "w", encoding="utf-8"
        ) as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ------------------------------------------------------------------ packets


def build(out: str, spec: dict):
    P = Packet(out, spec)
    p = spec["person"]
    lk = spec["looks"]
    # application form
    v = spec["form"]
    mode = lk["form"]
    fill = {"acro": "acro", "hand_scan": "hand"}.get(mode, "typed")
    pages, flds = form_pages(v, fill, P.rng("form"), v.get("run", "A"))
    ff = form_fields(v, spec["employed"])
    if mode == "acro":
        write_acro_pdf(P.path(v["file"]), pages, flds)
        P.add(
            [{"path": v["file"], "pages": [1, 2]}],
            "application_form",
            "text_pdf",
            ff,
            "fillable cerfa: AcroForm text fields and checkboxes with values and "
            "appearance streams; signature image pasted in the box",
        )
    elif mode == "hand_scan":
        names = v["files"]
        for i, pg in enumerate(pages):
            P.scan_jpg(names[i], render_pil(pg, 200), ("form", i), 200)
        P.add(
            [{"path": n, "pages": [1]} for n in names],
            "application_form",
            "scan",
            ff,
            "filled by hand, two page scans",
        )
    elif mode == "typed_photo":
        names = v["files"]
        for i, pg in enumerate(pages):
            P.photo_jpg(names[i], render_pil(pg, 200), ("form", i), v["rot"][i])
        P.add(
            [{"path": n, "pages": [1]} for n in names],
            "application_form",
            "phone_photo",
            ff,
            "typed, printed, signed by hand; photographed",
        )
    else:
        P.image_pdf(v["file"], [render_pil(pg, 200) for pg in pages], "form", 200)
        P.add(
            [{"path": v["file"], "pages": [1, 2]}],
            "application_form",
            "image_pdf",
            ff,
            "typed, printed, signed by hand; scanned",
        )
    for step in spec["steps"]:
        step(P, p, spec)
    P.truth(out)
    return P.name


def main():
    if len(sys.argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = [build(out, spec) for spec in PACKETS]
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
