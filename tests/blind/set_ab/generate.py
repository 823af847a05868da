"""Blind set set_ab: three PUMa packets (two in order, one with one defect).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import looks  # noqa: E402
from canvas import ImgPage, PdfPage  # noqa: E402
from packets_a import build_p01  # noqa: E402
from packets_b import build_p03  # noqa: E402
from packets_p02 import build_p02  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

A4 = (595.28, 841.89)


class Ctx:
    """Helpers shared by the packet builders: seeded RNGs, page rendering, file output."""

    def __init__(self, folder: Path, seed: int):
        self.dir = folder
        self.seed = seed
        folder.mkdir(parents=True, exist_ok=True)

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"set_ab/{self.seed}/{tag}")

    def page(self, draw, tag: str, w=210, h=297, dpi=200, bg="#ffffff"):
        pg = ImgPage(w, h, dpi, bg)
        draw(pg, self.rng(tag + "/draw"))
        return pg.img

    def text_pdf(self, name: str, draws, title="", author="", creator=""):
        c = rl_canvas.Canvas(str(self.dir / name), pagesize=A4, invariant=1)
        c.setTitle(title)
        c.setAuthor(author)
        c.setCreator(creator)
        for i, draw in enumerate(draws):
            draw(PdfPage(c), self.rng(f"{name}/{i}"))
            c.showPage()
        c.save()

    def image_pdf(self, name: str, pages, tag: str, already=False):
        looks.image_pdf(pages, self.dir / name, self.rng(tag), already_scanned=already)

    def jpeg(self, name: str, img, quality=88, dpi=None):
        looks.save_jpeg(img, self.dir / name, quality, dpi)

    def png(self, name: str, img):
        img.save(self.dir / name, "PNG", optimize=False)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, build in enumerate([build_p01, build_p02, build_p03], 1):
        name = f"p{i:02d}"
        truth = build(Ctx(out / "packets" / name, i))
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
        print(f"{name}: {truth['status']} ({truth['defect'] or 'no defect'})", file=sys.stderr)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
