"""Writes documents in one of the five looks and records their files."""

from __future__ import annotations

import os

import looks as L
from PIL import Image, ImageDraw
from render import Page, images_to_pdf, pil_font, to_image, to_pdf

LOOKS = ["text_pdf", "image_pdf", "scan", "phone_photo", "screenshot"]


def _is_card(page: Page) -> bool:
    return page.w < 400 and page.h < 300


def _scan_pages(pages: list[Page], rng, dpi: int) -> list[Image.Image]:
    """Cards are laid on an A4 flatbed (front and back on the same sheet)."""
    if all(_is_card(p) for p in pages):
        sheet = Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), (250, 250, 248))
        y = int(0.5 * dpi) + rng.randint(0, int(0.3 * dpi))
        for p in pages:
            im = to_image(p, dpi)
            x = rng.randint(int(0.3 * dpi), max(int(0.31 * dpi), sheet.width - im.width - 40))
            sheet.paste(im, (x, y))
            y += im.height + int(0.4 * dpi)
        return [L.scan(sheet, rng, dpi, dpi)]
    return [L.scan(to_image(p, dpi), rng, dpi, dpi) for p in pages]


def viewer_shot(page: Page, rng, app: str = "") -> Image.Image:
    """A phone screenshot of a document opened in an app or PDF viewer."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (242, 242, 246))
    d = ImageDraw.Draw(im)
    L.status_bar(d, W, rng, pil_font("sans-b", 42))
    d.text((60, 230), "‹", font=pil_font("sans", 70), fill=(0, 122, 255))
    d.text(
        (W // 2, 225),
        app or rng.choice(["Documents", "Fichiers", "Mail", "Drive"]),
        font=pil_font("sans-b", 46),
        fill=(20, 20, 20),
        anchor="ms",
    )
    page_img = to_image(page, 72 * (W - 40) / page.w)
    top = 300 if page_img.height < H - 420 else 280
    crop = page_img.crop((0, 0, page_img.width, min(page_img.height, H - top - 60)))
    im.paste(crop, (20, top))
    d.rounded_rectangle([W // 2 - 200, H - 40, W // 2 + 200, H - 28], 6, fill=(30, 30, 30))
    return im


class Writer:
    def __init__(self, folder: str, rng):
        self.folder = folder
        self.rng = rng
        os.makedirs(folder, exist_ok=True)
        self.img_no = rng.randint(1000, 8000)

    def next_img(self, prefix="IMG_") -> str:
        self.img_no += self.rng.randint(1, 4)
        return f"{prefix}{self.img_no}"

    def write(
        self,
        docs: list[list[Page]],
        look: str,
        name: str | None = None,
        acro=None,
        producer: str = "",
    ) -> list[list[dict]]:
        """Write one file (pdf) or several images holding the given documents.
        Returns, per document, its list of {path, pages}."""
        rng = self.rng
        out: list[list[dict]] = []
        if look in ("text_pdf", "image_pdf"):
            fn = (name or self.next_img("scan_")) + ".pdf"
            path = os.path.join(self.folder, fn)
            flat = [p for doc in docs for p in doc]
            if look == "text_pdf":
                to_pdf(flat, path, producer=producer, acro=acro)
                n = 1
                for doc in docs:
                    out.append([{"path": fn, "pages": list(range(n, n + len(doc)))}])
                    n += len(doc)
            else:
                dpi = rng.choice([150, 200])
                imgs, n = [], 1
                for doc in docs:
                    pi = _scan_pages(doc, rng, dpi)
                    imgs += pi
                    out.append([{"path": fn, "pages": list(range(n, n + len(pi)))}])
                    n += len(pi)
                images_to_pdf(imgs, path, dpi, rng.randint(55, 80))
            return out
        for doc in docs:
            files = []
            if look == "scan":
                dpi = rng.choice([150, 200, 300])
                for im in _scan_pages(doc, rng, dpi):
                    base = (
                        name
                        if name and len(docs) == 1 and not files
                        else self.next_img(rng.choice(["scan_", "Scan ", "numérisation_"]))
                    )
                    ext = rng.choice([".jpg", ".jpg", ".png"]) if dpi < 300 else ".jpg"
                    fn = base + ext
                    if ext == ".png":
                        im.save(os.path.join(self.folder, fn), dpi=(dpi, dpi))
                    else:
                        L.save_jpeg(im, os.path.join(self.folder, fn), rng.randint(70, 90), dpi)
                    files.append({"path": fn, "pages": [1]})
            elif look == "phone_photo":
                for p in doc:
                    card = _is_card(p)
                    im = to_image(p, 500 if card else 180)
                    ph = L.phone_photo(im, rng, card=card)
                    fn = self.next_img(rng.choice(["IMG_", "IMG_", "PXL_2026", "photo_"])) + ".jpg"
                    L.save_jpeg(ph, os.path.join(self.folder, fn), rng.randint(78, 92))
                    files.append({"path": fn, "pages": [1]})
            elif look == "screenshot":
                for p in doc:
                    im = viewer_shot(p, rng)
                    fn = self.next_img("Screenshot_2026") + ".png"
                    im.save(os.path.join(self.folder, fn))
                    files.append({"path": fn, "pages": [1]})
            out.append(files)
        return out

    def write_image(self, im: Image.Image, name: str | None = None) -> list[dict]:
        fn = (name or self.next_img("Screenshot_2026")) + ".png"
        im.save(os.path.join(self.folder, fn))
        return [{"path": fn, "pages": [1]}]
