"""Packet builder: writes files, records truth, composes booklets and card photocopies."""

import json
import random
from pathlib import Path

from PIL import Image, ImageDraw

import looks
from common import new_canvas
from ids import id1_card


def pdf_pages(*drawers):
    """Run drawers (each draws one or more pages on the canvas) into one A4 PDF."""
    c, buf = new_canvas()
    for fn in drawers:
        fn(c)
    c.save()
    return buf.getvalue()


def booklet(page_pdf, cover, dpi=300, upper=(0.95, 0.94, 0.9)):
    """An open passport: upper (visa) page above the data page, cover rim around."""
    page = looks.render(page_pdf, dpi)[0]
    w, h = page.size
    rim = int(w * 0.03)
    img = Image.new("RGB", (w + 2 * rim, 2 * h + 2 * rim), tuple(int(v * 255) for v in cover))
    up = Image.new("RGB", (w, h), tuple(int(v * 255) for v in upper))
    d = ImageDraw.Draw(up)
    for i in range(0, h, max(1, h // 40)):
        d.line([(0, i), (w, i + h // 20)], fill=(228, 226, 215), width=2)
    img.paste(up, (rim, rim))
    img.paste(page, (rim, rim + h))
    d = ImageDraw.Draw(img)
    d.line([(rim, rim + h), (rim + w, rim + h)], fill=(150, 150, 140), width=4)
    return img


def on_a4(images, dpi=200, positions=None, paper=(255, 255, 255)):
    """Lay images (already at dpi) on a white A4 sheet, like a photocopy/scan bed."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    sheet = Image.new("RGB", (W, H), paper)
    y = int(0.6 * dpi)
    for i, im in enumerate(images):
        pos = positions[i] if positions else (int(0.6 * dpi), y)
        sheet.paste(im, pos)
        y += im.size[1] + int(0.4 * dpi)
    return sheet


def card_sides(k, rng, dpi=200):
    from reportlab.lib.units import mm

    out = []
    for side in ("front", "back"):
        c, buf = new_canvas((89 * mm, 58 * mm))
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, 89 * mm, 58 * mm, stroke=0, fill=1)
        id1_card(c, 1.7 * mm, 2 * mm, k, side, rng)
        c.showPage()
        c.save()
        out.append(looks.render(buf.getvalue(), dpi)[0])
    return out


class Packet:
    def __init__(self, out_dir, name, as_of, employed, applicant):
        self.name = name
        self.dir = Path(out_dir) / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.truth_path = Path(out_dir) / "packets" / (name + ".truth.json")
        self.as_of = as_of
        self.employed = employed
        self.applicant = applicant
        self.docs = []
        self.requirements = {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete" if employed else "not_applicable",
        }
        self.defect = None

    def rng(self, key):
        return random.Random(self.name + "/" + key)

    def add(self, files, dtype, look, fields, notes=""):
        fl = [{"path": p, "pages": list(pg)} for p, pg in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def pdf(self, fname, data):
        (self.dir / fname).write_bytes(data)

    def jpg(self, fname, im, q=86):
        looks.jpeg(im, self.dir / fname, q)

    def png(self, fname, im):
        im.save(self.dir / fname, "PNG", optimize=False)

    def scanned_pdf(self, fname, pdf_bytes, key, dpi=200, gray=False):
        imgs = looks.render(pdf_bytes, dpi)
        looks.image_pdf(imgs, self.dir / fname, self.rng(key), dpi, gray)

    def write(self):
        bad = [k for k, v in self.requirements.items() if v in ("invalid", "missing")]
        status = "incomplete" if bad else "complete"
        truth = {
            "as_of": self.as_of,
            "employed": self.employed,
            "status": status,
            "requirements": self.requirements,
            "defect": self.defect,
            "applicant": self.applicant,
            "documents": self.docs,
        }
        self.truth_path.write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
