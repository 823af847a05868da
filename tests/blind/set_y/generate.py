"""Blind set set_y: three PUMa packets. Usage: generate.py OUT_DIR"""

import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ids  # noqa: E402
import papers  # noqa: E402
import render as R  # noqa: E402
from packets import p01, p02, p03  # noqa: E402

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
    """Collects the files and truth documents of one packet."""

    def __init__(self, out, name):
        self.name, self.dir = name, os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []

    def rng(self, item):
        return random.Random(f"set_y/{self.name}/{item}")

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def doc(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # ---- writers for each look; each returns the files entry
    def text_pdf(self, fname, pages, author=None):
        R.to_pdf(pages, self.path(fname), author=author)
        return [{"path": fname, "pages": list(range(1, len(pages) + 1))}]

    def image_pdf(self, fname, pages, item, dpi=200):
        rng = self.rng(item)
        ims = [R.scan(R.to_image(p, dpi), rng) for p in pages]
        R.image_pdf(ims, self.path(fname), dpi)
        return [{"path": fname, "pages": list(range(1, len(pages) + 1))}]

    def scan(self, fname, page, item, dpi=200, q=85):
        R.save_jpeg(R.scan(R.to_image(page, dpi), self.rng(item)), self.path(fname), q)
        return [{"path": fname, "pages": [1]}]

    def photo(self, fname, page, item, rotate=0, dpi=300, **kw):
        rng = self.rng(item)
        im = R.phone_photo(R.to_image(page, dpi), rng, rotate=rotate, **kw)
        R.save_jpeg(im, self.path(fname), 88)
        return [{"path": fname, "pages": [1]}]

    def png(self, fname, page, dpi=254):
        R.to_image(page, dpi).save(self.path(fname), "PNG", optimize=False)
        return [{"path": fname, "pages": [1]}]

    def write_truth(self, meta):
        reqs = meta["requirements"]
        assert list(reqs) == REQS
        bad = [k for k, v in reqs.items() if v in ("invalid", "missing")]
        status = "incomplete" if bad else "complete"
        assert (meta["defect"] is None) == (not bad) and len(bad) <= 1
        truth = {
            "as_of": meta["as_of"],
            "employed": meta["employed"],
            "status": status,
            "requirements": reqs,
            "defect": meta["defect"],
            "applicant": meta["applicant"],
            "documents": self.docs,
        }
        with open(os.path.join(os.path.dirname(self.dir), self.name + ".truth.json"), "w") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for mod in (p01, p02, p03):
        pk = Packet(out, mod.NAME)
        meta = mod.build(pk, ids, papers)
        pk.write_truth(meta)
        names.append(mod.NAME)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
