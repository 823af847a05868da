"""Turn documents into the files an applicant would send, in the five looks, and record truth."""

from __future__ import annotations

import json
import random
from pathlib import Path

import setl_render as R
from PIL import Image
from setl_model import Doc
from setl_render import ID1, MM, TD3, Sheet


def pages_of(doc: Doc, idx=None) -> list[Sheet]:
    idx = range(len(doc.pages)) if idx is None else idx
    return [Sheet([(doc, i)], page=doc.pages[i]) for i in idx]


def copy_sheet(items: list[tuple[Doc, int]]) -> Sheet:
    """A photocopy: card faces / passport pages laid on one A4 sheet."""

    def compose(dpi, rng):
        placed = []
        y = 18.0 + rng.uniform(-4, 6)
        for doc, i in items:
            page = doc.pages[i]
            wmm = page.w / MM
            hmm = page.h / MM
            img = R.raster(page, dpi * 1.0)
            if doc.kind == "card":
                img = R.card_shadow(img)
            x = (210 - wmm) / 2 + rng.uniform(-18, 18)
            placed.append((img, x, y, wmm))
            y += hmm + rng.uniform(10, 22)
        return R.photocopy_sheet(placed, dpi, rng)

    return Sheet(list(items), compose=compose)


class Out:
    def __init__(self, root: Path, name: str, seed: str):
        self.dir = root / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs: list[Doc] = []
        self.files: dict[int, list] = {}
        self.looks: dict[int, str] = {}

    # ------------------------------------------------------------ bookkeeping
    def _ref(self, doc: Doc, path: str, page_no: int, look: str):
        if id(doc) not in self.files:
            self.docs.append(doc)
            self.files[id(doc)] = []
        lst = self.files[id(doc)]
        for ent in lst:
            if ent["path"] == path:
                if page_no not in ent["pages"]:
                    ent["pages"].append(page_no)
                break
        else:
            lst.append({"path": path, "pages": [page_no]})
        self.looks.setdefault(id(doc), look)

    def _sheet_image(self, sheet: Sheet, dpi: float) -> Image.Image:
        if sheet.page is not None:
            doc = sheet.refs[0][0]
            return R.raster_pages([sheet.page], dpi, strip_ap=doc.meta.get("strip_ap", False))[0]
        return sheet.compose(dpi, self.rng)

    # ------------------------------------------------------------ looks
    def vector(self, fname: str, docs: list[Doc], title: str = ""):
        pages, refs = [], []
        for d in docs:
            for i, pg in enumerate(d.pages):
                pages.append(pg)
                refs.append(d)
        strip = any(d.meta.get("strip_ap") for d in docs)
        data = R.pdf_bytes(pages, title=title, strip_ap=strip)
        (self.dir / fname).write_bytes(data)
        for n, d in enumerate(refs, start=1):
            self._ref(d, fname, n, "text_pdf")

    def imgpdf(
        self, fname: str, sheets: list[Sheet], dpi: int | None = None, grey: bool | None = None
    ):
        dpi = dpi or self.rng.choice([200, 200, 240, 300])
        if any(sh.compose for sh in sheets):
            dpi = max(dpi, 240)
        grey = self.rng.random() < 0.3 if grey is None else grey
        items = []
        for n, sh in enumerate(sheets, start=1):
            img = R.fx_scan(self._sheet_image(sh, dpi), self.rng, grey=grey)
            items.append(
                (R.jpeg_bytes(img, self.rng.choice([80, 85, 90])), img.size[0], img.size[1], dpi)
            )
            for doc, _ in sh.refs:
                self._ref(doc, fname, n, "image_pdf")
        (self.dir / fname).write_bytes(R.image_pdf(items))

    def scans(
        self,
        names: list[str],
        sheets: list[Sheet],
        dpi: int | None = None,
        grey: bool | None = None,
    ):
        dpi = dpi or self.rng.choice([150, 200, 200, 300])
        if any(sh.compose for sh in sheets):
            dpi = max(dpi, 200)
        grey = self.rng.random() < 0.25 if grey is None else grey
        for name, sh in zip(names, sheets):
            img = R.fx_scan(self._sheet_image(sh, dpi), self.rng, grey=grey, strength=0.7)
            if name.lower().endswith(".png"):
                if grey:
                    img = img.convert("L")
                data = R.png_bytes(img)
            else:
                data = R.jpeg_bytes(img, self.rng.choice([82, 88, 92]))
            (self.dir / name).write_bytes(data)
            for doc, _ in sh.refs:
                self._ref(doc, name, 1, "scan")

    def photos(self, names: list[str], sheets: list[Sheet], rotations: list[int] | None = None):
        for k, (name, sh) in enumerate(zip(names, sheets)):
            rot = rotations[k] if rotations else self.rng.choice([0, 0, 0, 0, 90, 270, 180])
            long_side = self.rng.choice([2400, 2800, 3000, 3200, 3600])
            doc = sh.refs[0][0]
            if sh.page is not None and doc.kind in ("card", "td3"):
                wpx = long_side * 0.62
                dpi = wpx / (sh.page.w / 72.0)
                img = R.raster(sh.page, dpi)
                out = R.card_on_table(img, self.rng, long_side, rot)
            else:
                if sh.page is not None:
                    dpi = long_side * 0.8 / (max(sh.page.w, sh.page.h) / 72.0)
                else:
                    dpi = long_side * 0.8 / 11.69
                img = self._sheet_image(sh, dpi)
                out = R.fx_photo(
                    img,
                    self.rng,
                    long_side=long_side,
                    coverage=self.rng.uniform(0.78, 0.9),
                    rotate=rot,
                )
            (self.dir / name).write_bytes(R.jpeg_bytes(out, self.rng.choice([85, 88, 90])))
            for d, _ in sh.refs:
                self._ref(d, name, 1, "phone_photo")

    def screen(self, fname: str, doc: Doc, title: str = "Document", dark: bool = False):
        if doc.kind == "screen":
            img = R.raster(doc.pages[0], 216)
            img = img.resize((1170, 2532), Image.LANCZOS) if img.size != (1170, 2532) else img
        else:
            page_img = R.raster(doc.pages[0], 150)
            t = f"{self.rng.randint(8, 21):02d}:{self.rng.randint(0, 59):02d}"
            img = R.phone_chrome(page_img, self.rng, title, dark=dark, time_s=t)
        (self.dir / fname).write_bytes(R.png_bytes(img))
        self._ref(doc, fname, 1, "screenshot")

    # ------------------------------------------------------------ truth
    def truth(self, **top) -> dict:
        docs = []
        for d in self.docs:
            docs.append(d.truth(self.files[id(d)], self.looks[id(d)]))
        out = dict(top)
        out["documents"] = docs
        return out


def write_json(path: Path, obj) -> None:
    path.write_text(
        json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8"
    )


_ = (ID1, TD3)
