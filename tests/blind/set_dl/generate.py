"""Blind set set_dl (wave 48): four whole packets p01..p04.  Usage: generate.py OUT_DIR"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import packets
import packets_b
from render import image_pdf, photo_look, render_pdf, render_pil, save_jpeg, scan_look


class Out:
    def __init__(self, root, name, seed):
        self.dir = Path(root) / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.r = random.Random(seed)
        self.docs = []

    def add(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    def scan(self, name, page, dpi=200):
        im = scan_look(render_pil(page, dpi), self.r)
        save_jpeg(im, self.dir / name, self.r.randint(78, 90), dpi)

    def photo(self, name, page, rot=0, card=False, dpi=200):
        im = photo_look(render_pil(page, dpi), self.r, rot, self.r.randint(2600, 3600), card)
        save_jpeg(im, self.dir / name, self.r.randint(80, 90))

    def text_pdf(self, name, pages, title, author=""):
        render_pdf(pages, str(self.dir / name), title, author)

    def img_pdf(self, name, pages, dpi=150):
        image_pdf([render_pil(p, dpi) for p in pages], str(self.dir / name), self.r)

    def png(self, name, im):
        im.save(self.dir / name, "PNG", optimize=False)


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out")
    names = []
    for i, build in enumerate([packets.p01, packets.p02, packets_b.p03, packets_b.p04]):
        name = f"p{i + 1:02d}"
        o = Out(out, name, 4800 + i)
        truth = build(o)
        truth["documents"] = o.docs
        bad = [k for k, v in truth["requirements"].items() if v in ("invalid", "missing")]
        assert (truth["defect"] is None) == (not bad) and len(bad) <= 1
        truth["status"] = "incomplete" if bad else "complete"
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
