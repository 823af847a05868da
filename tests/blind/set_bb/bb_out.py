"""Write documents to disk with a given look and record their truth entries."""

import os

from PIL import Image

from bb_render import image_pdf, phone_look, render_pdf, render_pil, save_jpeg, scan_look


def on_a4(pages, dpi, rng, layout="stack"):
    """Put small pages (cards, passport pages) at real size on a white A4 sheet."""
    sheet = Image.new("RGB", (int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)), (255, 255, 255))
    y = int(20 / 25.4 * dpi)
    for pg in pages:
        im = render_pil(pg, dpi)
        x = int(rng.uniform(18, 28) / 25.4 * dpi)
        sheet.paste(im, (x, y))
        y += im.height + int(rng.uniform(10, 18) / 25.4 * dpi)
    return sheet


class Packet:
    def __init__(self, root, name, rng):
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.rng = rng
        self.docs = []

    def add(self, type_, fields, files, look, notes=""):
        self.docs.append(dict(files=files, type=type_, look=look, fields=fields, notes=notes))

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def text_pdf(self, fname, pages, title="document"):
        render_pdf(pages, self.path(fname), title=title)
        return [dict(path=fname, pages=list(range(1, len(pages) + 1)))]

    def image_pdf(self, fname, pages, dpi=150, small=False):
        """A scanner PDF. When small, each page is a card/booklet page placed on A4."""
        if small:
            imgs = [on_a4([pg], dpi, self.rng) for pg in pages]
        else:
            imgs = [render_pil(pg, dpi) for pg in pages]
        image_pdf(imgs, self.path(fname), self.rng, dpi=dpi)
        return [dict(path=fname, pages=list(range(1, len(pages) + 1)))]

    def scan(self, fnames, pages, dpi=200, small=False, combine=False, png=False):
        out = []
        if combine:
            img = scan_look(on_a4(pages, dpi, self.rng), self.rng)
            self._save(img, fnames[0], png)
            return [dict(path=fnames[0], pages=[1])]
        for fname, pg in zip(fnames, pages, strict=True):
            img = on_a4([pg], dpi, self.rng) if small else render_pil(pg, dpi)
            self._save(scan_look(img, self.rng), fname, png)
            out.append(dict(path=fname, pages=[1]))
        return out

    def photo(self, fnames, pages, rots=None, dpi=None, long_side=3264):
        out = []
        rots = rots or [0] * len(pages)
        for fname, pg, rot in zip(fnames, pages, rots, strict=True):
            d = dpi or (2000 / max(pg.w, pg.h) * 25.4)
            img = phone_look(
                render_pil(pg, d),
                self.rng,
                long_side=long_side,
                rot=rot,
                table=self.rng.choice([(96, 72, 52), (180, 176, 168), (60, 60, 66)]),
            )
            save_jpeg(img, self.path(fname), q=88)
            out.append(dict(path=fname, pages=[1]))
        return out

    def screenshot(self, fname, page):
        img = render_pil(page, w_px=1170)
        img = img.resize((1170, 2532))
        img.save(self.path(fname), "PNG")
        return [dict(path=fname, pages=[1])]

    def _save(self, img, fname, png):
        if png or fname.endswith(".png"):
            img.save(self.path(fname), "PNG")
        else:
            save_jpeg(img, self.path(fname), q=82)


REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def truth(pk, as_of, employed, applicant, defect=None, bad=None):
    reqs = {r: "complete" for r in REQS}
    if not employed:
        reqs["employment"] = "not_applicable"
    if bad:
        reqs[bad[0]] = bad[1]
    status = "incomplete" if bad else "complete"
    return dict(
        as_of=as_of,
        employed=employed,
        status=status,
        requirements=reqs,
        defect=defect,
        applicant=applicant,
        documents=pk.docs,
    )
