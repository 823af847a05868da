"""Writing a folder (a packet or a single document) and its truth file."""

import io
import json
import os

import pikepdf

from . import looks
from .looks import page_count, raster, raster_all

REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def merge_pdfs(pdfs):
    """Concatenate text PDFs deterministically (qpdf with a deterministic /ID)."""
    out = pikepdf.new()
    srcs = []
    for b in pdfs:
        src = pikepdf.open(io.BytesIO(b))
        srcs.append(src)
        out.pages.extend(src.pages)
    buf = io.BytesIO()
    out.save(
        buf,
        deterministic_id=True,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.preserve,
    )
    for s in srcs:
        s.close()
    return buf.getvalue()


class Folder:
    def __init__(self, root, kind, name):
        self.name = name
        self.kind = kind
        self.dir = os.path.join(root, kind, name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []
        self.root = root

    def path(self, fname):
        return os.path.join(self.dir, fname)

    # -------------------------------------------------------------- emitters (return #pages)
    def text_pdf(self, fname, pdf):
        with open(self.path(fname), "wb") as f:
            f.write(pdf)
        return page_count(pdf)

    def image_pdf(self, fname, sheets, seed, dpi=200, grey=False, q=68, angle=None, noise=4.0):
        imgs = [
            looks.scan_effect(
                s,
                "%s|%s|%d" % (self.name, fname, i),
                grey=grey,
                noise=noise,
                angle=None if angle is None else angle * (1 if i % 2 == 0 else -0.7),
            )
            for i, s in enumerate(sheets)
        ]
        looks.images_to_pdf(imgs, self.path(fname), dpi=dpi, q=q, grey=grey)
        return len(sheets)

    def scan(self, fname, sheet, dpi=200, grey=False, q=85, angle=None, noise=3.5, blur=0.0):
        im = looks.scan_effect(
            sheet, "%s|%s" % (self.name, fname), grey=grey, angle=angle, noise=noise, blur=blur
        )
        if fname.lower().endswith(".png"):
            looks.save_png(im.convert("L") if grey else im, self.path(fname), dpi=dpi)
        else:
            looks.save_jpeg(im.convert("L") if grey else im, self.path(fname), q=q, dpi=dpi)
        return 1

    def photo(
        self,
        fname,
        sheet,
        rotate=0,
        long_side=3000,
        fill=0.82,
        tilt=0.06,
        blur=1.1,
        light=0.25,
        q=86,
    ):
        im, q = looks.photo_effect(
            sheet,
            "%s|%s" % (self.name, fname),
            long_side=long_side,
            rotate=rotate,
            fill=fill,
            tilt=tilt,
            blur=blur,
            light=light,
            q=q,
        )
        looks.save_jpeg(im, self.path(fname), q=q)
        return 1

    def screenshot(self, fname, img):
        looks.save_png(img, self.path(fname))
        return 1

    # -------------------------------------------------------------- truth
    def doc(self, dtype, look, files, fields, notes=None):
        d = {
            "files": [{"path": p, "pages": list(pg)} for p, pg in files],
            "type": dtype,
            "look": look,
            "fields": fields,
        }
        if notes:
            d["notes"] = notes
        self.docs.append(d)
        return d

    def write_truth(
        self, as_of=None, status=None, defect=None, requirements=None, applicant=None, notes=None
    ):
        t = {"as_of": as_of, "employed": None}
        if self.kind == "packets":
            t["status"] = status
            t["defect"] = defect
            t["requirements"] = {k: requirements[k] for k in REQ_IDS}
            t["applicant"] = applicant
        else:
            t["status"] = None
            t["defect"] = None
            t["requirements"] = None
            t["applicant"] = None
        t["documents"] = self.docs
        if notes:
            t["notes"] = notes
        # sanity: every file referenced exists, and every file is referenced
        on_disk = sorted(os.listdir(self.dir))
        ref = sorted({f["path"] for d in self.docs for f in d["files"]})
        assert on_disk == ref, (self.name, on_disk, ref)
        with open(
            os.path.join(self.root, self.kind, self.name + ".truth.json"), "w", encoding="utf-8"
        ) as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write("\n")


def a4_sheet_with(items, dpi=200, bg=(255, 255, 255)):
    """Photocopy of cards / booklet pages on an A4 sheet. items: (img, x_mm, y_mm, w_mm[, angle])."""
    sheet = looks.blank_sheet(dpi, color=bg)
    for it in items:
        img, x, y, w = it[:4]
        ang = it[4] if len(it) > 4 else 0.0
        looks.paste_mm(sheet, img, x, y, w, dpi, angle=ang)
    return sheet


__all__ = ["REQ_IDS", "Folder", "a4_sheet_with", "merge_pdfs", "raster", "raster_all"]
