"""Blind test set 'set_bo': four whole PUMa packets for docverify.

Usage: python generate.py OUT_DIR

Writes OUT_DIR/manifest.json, OUT_DIR/packets/pNN/ (the applicant's files) and
OUT_DIR/packets/pNN.truth.json. Deterministic: every random draw comes from a
random.Random seeded by a string naming the packet and the item.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # leave the set's folder clean
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PIL import Image  # noqa: E402

import looks  # noqa: E402


class Pk:
    """Writes one packet's files and collects the truth about its documents."""

    def __init__(self, out: Path, name: str):
        self.name = name
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs: list[dict] = []

    def rng(self, key: str) -> random.Random:
        return random.Random(f"set_bo/{self.name}/{key}")

    # ---- ways a document reaches the folder
    def text_pdf(self, fname: str, pdf: bytes) -> str:
        (self.dir / fname).write_bytes(pdf)
        return fname

    def image_pdf(self, fname: str, src, key: str, dpi: int = 200, gray: bool = False) -> str:
        pages = looks.rasterize(src, dpi) if isinstance(src, bytes) else list(src)
        r = self.rng("imgpdf/" + key)
        scanned = [looks.scan(p, r, gray=gray) for p in pages]
        (self.dir / fname).write_bytes(looks.image_pdf(scanned, r, dpi, q=r.randint(70, 82)))
        return fname

    def scan(self, fname: str, src, key: str, dpi: int = 200, page: int = 0, gray=False) -> str:
        img = looks.rasterize(src, dpi)[page] if isinstance(src, bytes) else src
        r = self.rng("scan/" + key)
        looks.save_jpeg(looks.scan(img, r, gray=gray), self.dir / fname, r.randint(78, 90))
        return fname

    def photo(self, fname: str, src, key: str, rotate: int = 0, page: int = 0, fill=0.82) -> str:
        img = looks.rasterize(src, 300)[page] if isinstance(src, bytes) else src
        r = self.rng("photo/" + key)
        ph = looks.photo(img, r, rotate=rotate, long_side=r.choice([4032, 4000, 3264]), fill=fill)
        looks.save_jpeg(ph, self.dir / fname, r.randint(84, 92))
        return fname

    def png(self, fname: str, img: Image.Image) -> str:
        looks.save_png(img, self.dir / fname)
        return fname

    # ---- truth
    def add(self, dtype: str, look: str, files: list, fields: dict, notes: str = "") -> None:
        fl = [{"path": f, "pages": list(p)} for f, p in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def truth(self, as_of, employed, requirements, defect, applicant) -> dict:
        bad = [k for k, v in requirements.items() if v in ("invalid", "missing")]
        qst = [k for k, v in requirements.items() if v == "questionable"]
        status = "incomplete" if bad else ("questionable" if qst else "complete")
        assert (defect is None) == (not bad and not qst), (self.name, defect, requirements)
        assert len(bad) <= 1
        return {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": requirements,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }


REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    import p01
    import p02
    import p03
    import p04

    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for name, build in [
        ("p01", p01.p01),
        ("p02", p02.p02),
        ("p03", p03.p03),
        ("p04", p04.p04),
    ]:
        pk = Pk(out, name)
        truth = build(pk)
        assert list(truth["requirements"]) == REQ_IDS
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
        print(
            f"{name}: {len(truth['documents'])} documents, status {truth['status']}",
            file=sys.stderr,
        )
    manifest = {"packets": names, "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
