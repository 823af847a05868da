"""Blind set set_bu: four whole PUMa packets (India, Türkiye, DR Congo, Viet Nam).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from reportlab.lib.pagesizes import A4  # noqa: E402

import bu_util as U  # noqa: E402

A4_SIZE = A4


class Packet:
    def __init__(self, out, name, as_of, employed):
        self.name = name
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.out = out
        self.as_of = as_of
        self.employed = employed
        self.docs = []

    def write(self, fname, data: bytes):
        with open(os.path.join(self.dir, fname), "wb") as fh:
            fh.write(data)

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": p, "pages": pg} for p, pg in files],
                "type": dtype,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def finish(self, requirements, applicant, defect=None):
        bad = [k for k, v in requirements.items() if v in ("invalid", "missing")]
        q = [k for k, v in requirements.items() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if q else "complete")
        truth = {
            "as_of": self.as_of,
            "employed": self.employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(
            os.path.join(self.out, "packets", self.name + ".truth.json"), "w", encoding="utf-8"
        ) as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


# ---------------------------------------------------------------- looks
def text_pdf(pages, title=""):
    return U.make_pdf(pages, title=title)


def scans(pages, rng, dpi=200, tint=(246, 244, 238)):
    pdf = U.make_pdf(pages)
    return [U.look_scan(im, rng, tint=tint) for im in U.render(pdf, dpi)]


def image_pdf(pages, rng, dpi=150):
    imgs = scans(pages, rng, dpi=dpi, tint=(238, 236, 230))
    return U.images_pdf(imgs, pages[0][0], quality=72)


def phone(page, rng, rot=0, dpi=None, long_side=3200, fill=0.72):
    size = page[0]
    if dpi is None:
        dpi = int(long_side * fill * 1.15 / (max(size) / 72.0))
    img = U.render(U.make_pdf([page]), dpi)[0]
    return U.look_phone(img, rng, rot=rot, long_side=long_side, fill=fill)


def screenshot(draw, rng):
    """Phone screenshot 1170x2532: draw(c, W, H) on a 390x844 pt page, rendered at 3x."""
    img = U.render(U.make_pdf([((390, 844), draw)]), 216)[0]
    del rng
    return img.resize((1170, 2532))


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr_long(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS_FR[int(m) - 1]} {y}"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out_set_bu"
    U.register_fonts()
    import bu_packets as P

    names = []
    for fn in (P.p01, P.p02, P.p03, P.p04):
        name = fn.__name__
        fn(Packet(out, name, P.AS_OF[name], P.EMPLOYED[name]), random.Random("set_bu-" + name))
        names.append(name)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
