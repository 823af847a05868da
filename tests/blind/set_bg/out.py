"""Writing files in each look, and recording truth entries."""

import os
import random

import looks
import render


class Packet:
    def __init__(self, root, name, seed):
        self.dir = os.path.join(root, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs: list = []

    def r(self, tag):
        return random.Random(f"{self.rng.random()}-{tag}")

    def add(self, files, typ, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}
        )

    # looks
    def text_pdf(self, name, pages, title=""):
        render.to_pdf(pages, os.path.join(self.dir, name), title=title)
        return [{"path": name, "pages": list(range(1, len(pages) + 1))}]

    def image_pdf(self, name, pages, tag, dpi=200):
        rng = self.r(tag)
        ims = [looks.scan(render.to_image(pg, dpi), rng) for pg in pages]
        looks.image_pdf(ims, os.path.join(self.dir, name), rng, dpi)
        return [{"path": name, "pages": list(range(1, len(pages) + 1))}]

    def scan(self, name, page, tag, dpi=200):
        rng = self.r(tag)
        im = looks.scan(render.to_image(page, dpi), rng)
        if name.endswith(".png"):
            im.save(os.path.join(self.dir, name), dpi=(dpi, dpi))
        else:
            looks.save_jpeg(im, os.path.join(self.dir, name), rng.randint(78, 90), dpi)
        return [{"path": name, "pages": [1]}]

    def photo(self, name, page, tag, dpi=230, rotate=0, fill=0.8):
        rng = self.r(tag)
        im = looks.phone_photo(render.to_image(page, dpi), rng, rotate=rotate, fill=fill)
        looks.save_jpeg(im, os.path.join(self.dir, name), rng.randint(84, 93), 72)
        return [{"path": name, "pages": [1]}]

    def image(self, name, im):
        im.save(os.path.join(self.dir, name))
        return [{"path": name, "pages": [1]}]
