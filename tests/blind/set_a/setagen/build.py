"""Folders, files and truth: every file written records which logical document
(and which pages) it holds; truth files follow the brief's format."""

import json
import os

from . import looks as L
from . import surface as S

REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Doc:
    def __init__(self, type_, look, fields, notes=None):
        self.type, self.look, self.fields, self.notes = type_, look, fields, notes
        self.files = []

    def add(self, path, pages):
        for f in self.files:
            if f["path"] == path:
                f["pages"] = sorted(set(f["pages"]) | set(pages))
                return
        self.files.append({"path": path, "pages": list(pages)})

    def truth(self):
        d = {"files": self.files, "type": self.type, "look": self.look, "fields": self.fields}
        if self.notes:
            d["notes"] = self.notes
        return d


class Folder:
    def __init__(self, root, kind, name):
        self.kind, self.name = kind, name
        self.dir = os.path.join(root, kind, name)
        self.truth_path = os.path.join(root, kind, name + ".truth.json")
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []

    def doc(self, type_, look, fields, notes=None):
        d = Doc(type_, look, fields, notes)
        self.docs.append(d)
        return d

    def _p(self, fname):
        return os.path.join(self.dir, fname)

    # --- writers: items are (doc, pages) for vector, (docs, image) for raster
    def text_pdf(self, fname, items, title="", author="", creator=""):
        pages = []
        for doc, pgs in items:
            start = len(pages) + 1
            pages.extend(pgs)
            if doc is not None:
                for d in doc if isinstance(doc, list) else [doc]:
                    d.add(fname, range(start, start + len(pgs)))
        L.write_text_pdf(self._p(fname), pages, title=title, author=author, creator=creator)

    def acro_pdf(self, fname, doc, pages):
        """Fillable PDF: NeedAppearances set with pikepdf, deterministic id."""
        import pikepdf

        tmp = self._p(fname) + ".tmp"
        L.write_text_pdf(
            tmp,
            pages,
            title="Demande d'ouverture des droits à l'assurance maladie",
            creator="cerfa 15763*02",
        )
        with pikepdf.open(tmp) as pdf:
            if "/AcroForm" in pdf.Root:
                pdf.Root.AcroForm.NeedAppearances = True
            pdf.save(self._p(fname), deterministic_id=True, compress_streams=True)
        os.remove(tmp)
        doc.add(fname, range(1, len(pages) + 1))

    def image_pdf(self, fname, items, dpi=200, q=72):
        imgs = []
        for docs, img in items:
            imgs.append(img)
            for d in docs if isinstance(docs, list) else [docs]:
                if d is not None:
                    d.add(fname, [len(imgs)])
        L.write_image_pdf(self._p(fname), imgs, dpi, q)

    def jpeg(self, fname, img, docs, q=86):
        for d in docs if isinstance(docs, list) else [docs]:
            if d is not None:
                d.add(fname, [1])
        L.write_jpeg(self._p(fname), img, q)

    def png(self, fname, img, docs):
        for d in docs if isinstance(docs, list) else [docs]:
            if d is not None:
                d.add(fname, [1])
        L.write_png(self._p(fname), img)

    def write_truth(self, as_of, applicant=None, requirements=None, defect=None, notes=None):
        t = {"as_of": as_of, "employed": None}
        if self.kind == "packets":
            reqs = {k: requirements[k] for k in REQ_IDS}
            bad = [v for v in reqs.values() if v in ("invalid", "missing")]
            q = [v for v in reqs.values() if v == "questionable"]
            t["status"] = "incomplete" if bad else ("questionable" if q else "complete")
            t["defect"] = defect
            t["requirements"] = reqs
            t["applicant"] = applicant
        else:
            t["status"] = None
            t["defect"] = None
            t["requirements"] = None
            t["applicant"] = None
        t["documents"] = [d.truth() for d in self.docs]
        if notes:
            t["notes"] = notes
        with open(self.truth_path, "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ------------------------------------------------------------------ render helpers


def raster(page, dpi):
    return page.raster(dpi)


def item(page, dpi=300, radius_mm=3.0):
    """A physical card / booklet as an RGBA image with rounded corners."""
    im = page.raster(dpi)
    return L.rounded(im, int(radius_mm * dpi / 25.4))


def sheet(items, key, dpi=200, **scan_kw):
    """Physical items laid on the glass of a flatbed and scanned as an A4 page.
    items: [(rgba_img, x_mm, y_mm, w_mm, angle)]."""
    sh = L.compose(210, 297, dpi, items, bg=(253, 253, 252))
    return L.scan(sh, key, **scan_kw)


def scan_page(page, key, dpi=200, **kw):
    return L.scan(page.raster(dpi), key, **kw)


def photo_page(page, key, long_side=3000, dpi=None, **kw):
    if dpi is None:
        dpi = max(120, min(260, long_side * 0.82 / max(page.w, page.h) * 25.4))
    return L.photo(page.raster(int(dpi)), key, long_side=long_side, **kw)


def photo_item(img, key, long_side=2800, fill=0.62, **kw):
    return L.photo(img, key, long_side=long_side, fill=fill, **kw)


def screenshot_png(img):
    return img


__all__ = ["Doc", "Folder", "S", "item", "photo_item", "photo_page", "raster", "scan_page", "sheet"]
