"""Blind set set_br: four whole packets for the PUMa/CPAM document audit.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402

from render import (  # noqa: E402
    Page,
    photo_look,
    save_jpeg,
    scan_look,
    to_pil,
    write_image_pdf,
    write_text_pdf,
)

cv2.setNumThreads(1)

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Packet:
    def __init__(self, root: str, name: str):
        self.name = name
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs: list[dict] = []

    def seed(self, fname: str) -> int:
        return zlib.crc32(f"{self.name}/{fname}".encode())

    def emit(
        self,
        fname,
        pages,
        look,
        dpi=200,
        rot90=0,
        table="wood",
        fill=0.8,
        long_side=3264,
        tone=0.95,
    ):
        """Write pages under the given look; return the files entry."""
        path = os.path.join(self.dir, fname)
        sd = self.seed(fname)
        if isinstance(pages, Page):
            pages = [pages]
        if look == "text_pdf":
            write_text_pdf(pages, path)
        elif look == "image_pdf":
            ims = [scan_look(to_pil(pg, dpi), sd + i, tone) for i, pg in enumerate(pages)]
            write_image_pdf(ims, path, pages[0].w, pages[0].h)
        elif look == "scan":
            assert len(pages) == 1
            save_jpeg(scan_look(to_pil(pages[0], dpi), sd, tone), path, 84, dpi)
        elif look == "phone_photo":
            assert len(pages) == 1
            im = photo_look(to_pil(pages[0], dpi), sd, rot90, long_side, table, fill)
            save_jpeg(im, path, 88)
        elif look == "screenshot":
            to_pil(pages[0], dpi).save(path, "PNG", optimize=False)
        else:
            raise ValueError(look)
        return {"path": fname, "pages": list(range(1, len(pages) + 1))}

    def doc(self, files, dtype, look, fields, notes=""):
        if isinstance(files, dict):
            files = [files]
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )


def a4_with_cards(front: Page, back: Page, offset=(28, 30)) -> Page:
    """A flatbed scan of both faces of an ID-1 card on one A4 page."""
    p = Page()
    fx, fy = offset
    p.image(to_pil(front, 400), fx, fy, front.w, front.h)
    p.image(to_pil(back, 400), fx, fy + front.h + 22, back.w, back.h)
    return p


def on_a4(page: Page, x=18, y=16, dpi=300) -> Page:
    """A flatbed scan of a small document (passport page) lying in the corner of the glass."""
    p = Page()
    p.image(to_pil(page, dpi), x, y, page.w, page.h)
    return p


def write_truth(root, pk: Packet, as_of, employed, requirements, defect, applicant):
    st = set(requirements.values())
    status = (
        "incomplete"
        if st & {"invalid", "missing"}
        else ("questionable" if "questionable" in st else "complete")
    )
    truth = {
        "as_of": as_of,
        "employed": employed,
        "status": status,
        "requirements": {k: requirements[k] for k in REQS},
        "defect": defect,
        "applicant": applicant,
        "documents": pk.docs,
    }
    with open(os.path.join(root, "packets", pk.name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main() -> None:
    if len(sys.argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    root = sys.argv[1]
    os.makedirs(os.path.join(root, "packets"), exist_ok=True)
    import pk_a
    import pk_b
    import pk_c

    names = []
    for build in (pk_a.p01, pk_a.p02, pk_b.p03, pk_c.p04):
        name = build.__name__
        pk = Packet(root, name)
        as_of, employed, reqs, defect, applicant = build(pk)
        write_truth(root, pk, as_of, employed, reqs, defect, applicant)
        names.append(name)
    with open(os.path.join(root, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
