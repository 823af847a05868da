"""Blind set set_do (wave 49): four whole packets p01..p04.

Usage: python generate.py OUT_DIR
"""

import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs_fr as F
import docs_id as D
import packets_a
import packets_b
from render import image_pdf, on_a4, phone_photo, render_pdf, render_pil, save_jpeg, scan  # noqa: F401


class Packet:
    def __init__(self, root, name, seed):
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.docs = []
        self.rng = random.Random(seed)

    def nrng(self):
        import numpy as np

        return np.random.default_rng(self.rng.randrange(1 << 30))

    # ---- writers (each returns the file name)
    def text_pdf(self, pages, fname):
        render_pdf(pages, str(self.dir / fname), title=fname)
        return fname

    def image_pdf(self, pages_or_imgs, fname):
        imgs = [p if hasattr(p, "size") else render_pil(p, 200) for p in pages_or_imgs]
        image_pdf([scan(im, self.nrng()) for im in imgs], str(self.dir / fname))
        return fname

    def scan(self, page_or_img, fname, dpi=200):
        im = page_or_img if hasattr(page_or_img, "size") else render_pil(page_or_img, dpi)
        im = scan(im, self.nrng())
        if fname.endswith(".png"):
            im.save(self.dir / fname, dpi=(dpi, dpi))
        else:
            save_jpeg(im, self.dir / fname, 86, dpi)
        return fname

    def photo(self, page_or_img, fname, rot=0, fill=0.78):
        im = page_or_img if hasattr(page_or_img, "size") else render_pil(page_or_img, 180)
        save_jpeg(phone_photo(im, self.nrng(), rot=rot, fill=fill), self.dir / fname, 88)
        return fname

    def screenshot(self, page, fname):
        render_pil(page, 300).resize((1170, 2532)).save(self.dir / fname)
        return fname

    def add(self, files, dtype, look, fields, notes=""):
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def truth(self, as_of, employed, requirements, defect, applicant):
        bad = [k for k, v in requirements.items() if v in ("invalid", "missing")]
        q = [k for k, v in requirements.items() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if q else "complete")
        assert (defect is None) == (not bad) and len(bad) <= 1
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        (self.dir.parent / f"{self.name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    if out.exists():
        shutil.rmtree(out)
    (out / "packets").mkdir(parents=True)
    (out / "documents").mkdir(parents=True)
    names = []
    for i, build in enumerate((packets_a.p01, packets_a.p02, packets_b.p03, packets_b.p04)):
        name = f"p{i + 1:02d}"
        build(Packet(out, name, 4900 + i), D, F)
        names.append(name)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
