"""Small helpers shared by the packet builders: files, looks and truth entries."""

import json

import effects
from page import Page, add_page, new_pdf, render_pil


class Packet:
    def __init__(self, root, name):
        self.name = name
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.root = root
        self.docs = []

    def doc(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def write_truth(self, truth):
        truth = dict(truth)
        truth["documents"] = self.docs
        path = self.root / "packets" / (self.name + ".truth.json")
        path.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def text_pdf(path, pages, title, creator=None):
    c = new_pdf(path, title)
    if creator:
        c.setCreator(creator)
    for p in pages:
        add_page(c, p)
    c.save()


def scanned(page, rng, dpi=150):
    return effects.scan(render_pil(page, dpi), rng)


def image_pdf(path, items, rng, dpi=150, title="Numérisation"):
    """items: Page objects (scanned with skew and paper tint) or ready (img, w_mm, h_mm)."""
    c = new_pdf(path, title)
    c.setCreator("Canon MF Scan Utility")
    for it in items:
        if isinstance(it, Page):
            it = (scanned(it, rng, dpi), it.w, it.h)
        add_page(c, it, jpeg_quality=rng.randint(60, 80))
    c.save()


def photo(path, img_or_page, rng, rot_k=0, **kw):
    img = render_pil(img_or_page, 200) if isinstance(img_or_page, Page) else img_or_page
    effects.save_jpeg(effects.phone_photo(img, rng, rot_k, **kw), path, rng.randint(84, 92))


def scan_jpg(path, img_or_page, rng, dpi=200):
    img = img_or_page
    if isinstance(img_or_page, Page):
        img = scanned(img_or_page, rng, dpi)
    effects.save_jpeg(img, path, rng.randint(80, 90))


REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def requirements(employed, overrides=None):
    r = {k: "complete" for k in REQS}
    if not employed:
        r["employment"] = "not_applicable"
    r.update(overrides or {})
    return r


def status_of(reqs):
    vals = set(reqs.values())
    if vals & {"invalid", "missing"}:
        return "incomplete"
    return "questionable" if "questionable" in vals else "complete"
