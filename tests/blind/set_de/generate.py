"""Blind test set set_de (wave 44): four whole packets for docverify.

Usage: python generate.py OUT_DIR
"""

import json
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kit  # noqa: E402
import pk_haiti  # noqa: E402
import pk_peru  # noqa: E402
import pk_tunisia  # noqa: E402
import pk_vietnam  # noqa: E402

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Packet:
    """Collects the files and the truth of one packet."""

    def __init__(self, root, name, seed):
        self.name = name
        self.dir = Path(root) / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.root = Path(root)
        self.rng = np.random.default_rng(seed)
        self.docs = []

    # ---- writers: each returns the file's relative path
    def text_pdf(self, fname, pages, title="", author=""):
        kit.write_text_pdf(pages, self.dir / fname, title, author)
        return fname

    def image_pdf(self, fname, pages_or_imgs, dpi=200):
        imgs = []
        for pg in pages_or_imgs:
            im = pg if hasattr(pg, "size") else kit.render(pg, 8.0)
            imgs.append(kit.scan_look(im, self.rng, dpi=dpi, src_ppmm=8.0))
        kit.write_image_pdf(imgs, self.dir / fname, self.rng)
        return fname

    def scan(self, fname, page, dpi=200):
        im = page if hasattr(page, "size") else kit.render(page, 8.0)
        im = kit.scan_look(im, self.rng, dpi=dpi, src_ppmm=8.0)
        return self._save(fname, im, dpi)

    def card_scan(self, fname, cards, dpi=300):
        """One or more card/booklet pages placed on the scanner glass (12 px/mm)."""
        a4 = kit.Page()
        y = 20
        for c in cards:
            a4.image(22, y, c.w, c.h, kit.render(c, 12.0))
            y += c.h + 14
        im = kit.render(a4, 12.0)
        im = kit.scan_look(im, self.rng, dpi=dpi, src_ppmm=12.0)
        return self._save(fname, im, dpi)

    def photo(self, fname, page, rot=0, ppmm=11.0, fill=0.8):
        im = page if hasattr(page, "size") else kit.render(page, ppmm)
        im = kit.phone_photo(im, self.rng, rot=rot, fill=fill)
        return self._save(fname, im)

    def png(self, fname, page):
        im = page if hasattr(page, "size") else kit.render(page, 10.0)
        im.save(self.dir / fname, "PNG", optimize=False)
        return fname

    def _save(self, fname, im, dpi=None):
        if fname.lower().endswith(".png"):
            im.save(self.dir / fname, "PNG", optimize=False)
        else:
            kit.save_jpeg(im, self.dir / fname, q=int(self.rng.integers(78, 90)), dpi=dpi)
        return fname

    # ---- truth
    def doc(self, dtype, look, files, fields, notes=""):
        fl = [{"path": f, "pages": list(p)} for f, p in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def finish(self, as_of, employed, reqs, defect, applicant):
        assert set(reqs) == set(REQS)
        st = [reqs[r] for r in REQS]
        bad = [r for r in REQS if reqs[r] in ("invalid", "missing")]
        assert all(s in ("complete", "not_applicable", "invalid", "missing") for s in st)
        assert (defect is None) == (not bad) and len(bad) <= 1
        status = "incomplete" if bad else "complete"
        assert "2026-11-16" <= as_of <= "2026-12-01"
        for d in self.docs:
            for f in d["files"]:
                assert (self.dir / f["path"]).is_file(), f["path"]
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {r: reqs[r] for r in REQS},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(self.root / "packets" / f"{self.name}.truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    if (out / "packets").exists():
        shutil.rmtree(out / "packets")
    if (out / "documents").exists():
        shutil.rmtree(out / "documents")
    (out / "documents").mkdir(parents=True)
    names = []
    for i, build in enumerate([pk_haiti.p01, pk_tunisia.p02, pk_vietnam.p03, pk_peru.p04], 1):
        name = f"p{i:02d}"
        build(Packet(out, name, 4400 + i))
        names.append(name)
    with open(out / "manifest.json", "w", encoding="utf-8") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)
        f.write("\n")
    print(f"wrote {len(names)} packets to {out}")


if __name__ == "__main__":
    main()
