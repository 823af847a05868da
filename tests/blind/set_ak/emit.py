"""Writing a packet folder: files in a given look, and the truth entries for them."""

from __future__ import annotations

import json
import random
from pathlib import Path

from common import image_pdf, phone_photo, render, save_jpeg, save_png, scan_image
from PIL import Image

MM_PX = 200 / 25.4


class Packet:
    def __init__(self, root: Path, name: str, seed: int):
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.truth_path = root / "packets" / f"{name}.truth.json"
        self.rng = random.Random(seed)
        self.docs: list[dict] = []

    def sub(self) -> random.Random:
        return random.Random(self.rng.randrange(2**31))

    def doc(self, typ, look, files, fields, notes=""):
        self.docs.append(
            {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}
        )

    # ------------------------------------------------------------ looks
    def text_pdf(self, fname, data: bytes):
        (self.dir / fname).write_bytes(data)

    def image_pdf(self, fname, pages: list[tuple[bytes, int]], grey=0.6, card_at=None):
        ims = []
        for data, idx in pages:
            page = render(data, 200)[idx]
            if page.size[0] < 1200:  # a card or passport page (200 dpi): put it on the A4 bed
                ims.append(scan_image(page, self.sub(), grey, on_a4=card_at or (120, 140)))
            else:
                ims.append(scan_image(page, self.sub(), grey))
        (self.dir / fname).write_bytes(image_pdf(ims))

    def scan(self, fname, data: bytes, idx=0, dpi=200, grey=0.0, cards=None):
        """A flatbed scan. `cards`: list of (pdf bytes, (x_mm, y_mm)) placed on one A4 bed."""
        if cards:
            bed = Image.new("RGB", (int(210 * dpi / 25.4), int(297 * dpi / 25.4)), (250,) * 3)
            for cdata, (xm, ym) in cards:
                bed.paste(render(cdata, dpi)[0], (int(xm * dpi / 25.4), int(ym * dpi / 25.4)))
            im = scan_image(bed, self.sub(), grey)
        else:
            page = render(data, dpi)[idx]
            on = (int(18 * dpi / 25.4), int(15 * dpi / 25.4)) if page.size[0] < 6 * dpi else None
            im = scan_image(page, self.sub(), grey, on_a4=on, dpi=dpi)
        if fname.lower().endswith(".png"):
            save_png(im, self.dir / fname)
        else:
            save_jpeg(im, self.dir / fname, 88)

    def photo(self, fname, data: bytes, idx=0, rot=0, table="wood", dpi=None, long_side=3264):
        page = render(data, dpi or 250)[idx]
        im = phone_photo(page, self.sub(), long_side=long_side, table=table, rot=rot)
        save_jpeg(im, self.dir / fname, 90)

    def screenshot(self, fname, data: bytes):
        im = render(data, 216)[0]  # 390x844 pt at 3x -> 1170x2532 px
        im = im.resize((1170, 2532), Image.LANCZOS)
        save_png(im, self.dir / fname)

    # ------------------------------------------------------------ truth
    def write_truth(self, as_of, employed, status, reqs, defect, applicant):
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": reqs,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        self.truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")


def files(*items):
    """files(("a.jpg", [1]), ...) -> truth 'files' list."""
    return [{"path": p, "pages": pages} for p, pages in items]


def reqs(**over):
    base = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "complete",
        "bank_details": "complete",
        "employment": "complete",
    }
    base.update(over)
    return base
