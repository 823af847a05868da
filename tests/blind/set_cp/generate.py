"""Generate blind set set_cp: four whole PUMa packets (three in order, one with one defect).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from datetime import date
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402

import cp_looks as lk  # noqa: E402
from cp_common import seed_for  # noqa: E402

cv2.setNumThreads(1)

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def _iso(v):
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _iso(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_iso(x) for x in v]
    return v


class Packet:
    """Collects the files of one packet and the truth describing them."""

    def __init__(self, out: Path, name: str):
        self.name = name
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs: list[dict] = []

    def rng(self, *parts: str) -> random.Random:
        return seed_for("set_cp", self.name, *parts)

    # -- writers: each returns the file name
    def text_pdf(self, fname: str, pdf: bytes) -> str:
        (self.dir / fname).write_bytes(pdf)
        return fname

    def image_pdf(self, fname: str, images, dpi=200) -> str:
        lk.image_pdf(images, self.dir / fname, self.rng(fname), dpi)
        return fname

    def scan(self, fname: str, img, dpi=200, quality=85) -> str:
        out = lk.scan(img, self.rng(fname))
        if fname.endswith(".png"):
            out.save(self.dir / fname, "PNG", dpi=(dpi, dpi))
        else:
            lk.save_jpeg(out, self.dir / fname, quality, dpi)
        return fname

    def photo(self, fname: str, img, rot=0, fill=0.8) -> str:
        r = self.rng(fname)
        size = r.choice([(3024, 4032), (3000, 4000), (2448, 3264)])
        out = lk.phone_photo(img, r, rot=rot, size=size, fill=fill)
        lk.save_jpeg(out, self.dir / fname, quality=r.randint(82, 92), dpi=72)
        return fname

    def screenshot(self, fname: str, img) -> str:
        img.save(self.dir / fname, "PNG")
        return fname

    def add(self, dtype, look, files, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": f, "pages": p} for f, p in files],
                "type": dtype,
                "look": look,
                "fields": _iso(fields),
                "notes": notes,
            }
        )

    def truth(self, as_of, employed, requirements, defect, applicant):
        bad = [k for k, v in requirements.items() if v in ("invalid", "missing")]
        if bad:
            status = "incomplete"
        elif any(v == "questionable" for v in requirements.values()):
            status = "questionable"
        else:
            status = "complete"
        assert list(requirements) == REQS
        assert (defect is None) == (not bad) and len(bad) <= 1
        for d in self.docs:
            for f in d["files"]:
                assert (self.dir / f["path"]).is_file(), f
        used = {f["path"] for d in self.docs for f in d["files"]}
        assert used == {p.name for p in self.dir.iterdir()}, used
        data = {
            "as_of": as_of.isoformat(),
            "employed": employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": _iso(applicant),
            "documents": self.docs,
        }
        path = self.dir.parent / f"{self.name}.truth.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    if out.exists():
        shutil.rmtree(out)
    (out / "packets").mkdir(parents=True)
    (out / "documents").mkdir(parents=True)
    import cp_packets
    import cp_packets2
    import cp_packets3

    names = []
    for name, build in (
        ("p01", cp_packets.p01),
        ("p02", cp_packets2.p02),
        ("p03", cp_packets2.p03),
        ("p04", cp_packets3.p04),
    ):
        build(Packet(out, name))
        names.append(name)
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} packets to {out}")


if __name__ == "__main__":
    main()
