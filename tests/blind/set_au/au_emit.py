"""Writing documents to a packet folder in a given look, and recording their truth."""

from __future__ import annotations

import json
import random
from pathlib import Path

from au_common import a4_with, images_to_pdf, pdf_bytes, photo_look, rasterize, save_jpeg, scan_look


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def make_siret(stem: str) -> str:
    """Complete a 13-digit stem (SIREN with Luhn + 4 NIC digits) to a Luhn-valid SIRET."""
    for last in range(10):
        siren = stem[:8]
        for k in range(10):
            if luhn_ok(siren + str(k)):
                siren += str(k)
                break
        cand = siren + stem[9:13] + str(last)
        if luhn_ok(cand):
            return cand
    raise ValueError(stem)


class Packet:
    def __init__(self, out: Path, name: str, seed: int):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.rng = random.Random(seed)
        self.docs: list[dict] = []

    def record(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # -- paper documents drawn with reportlab
    def paper(self, draw, look, names, dtype=None, fields=None, notes="", rotate=(), dpi=200):
        """draw(c) draws every page. names: one file name (PDF looks) or one per page.

        Returns the list of {path, pages} entries; records the document when dtype is given.
        """
        pdf = pdf_bytes(draw)
        rng = self.rng
        if look == "text_pdf":
            (self.dir / names[0]).write_bytes(pdf)
            n = len(rasterize(pdf, 20))
            files = [{"path": names[0], "pages": list(range(1, n + 1))}]
        elif look == "image_pdf":
            pages = [scan_look(p, rng) for p in rasterize(pdf, dpi)]
            images_to_pdf(pages, self.dir / names[0], dpi=dpi)
            files = [{"path": names[0], "pages": list(range(1, len(pages) + 1))}]
        elif look == "scan":
            pages = rasterize(pdf, dpi)
            files = []
            for i, (p, nm) in enumerate(zip(pages, names, strict=True)):
                save_jpeg(scan_look(p, rng), self.dir / nm, quality=85, dpi=dpi)
                files.append({"path": nm, "pages": [1]})
                del i
        elif look == "phone_photo":
            pages = rasterize(pdf, 230)
            files = []
            for i, (p, nm) in enumerate(zip(pages, names, strict=True)):
                rot = rotate[i] if i < len(rotate) else 0
                img = photo_look(p, rng, long_side=rng.choice([3264, 4000, 3024]), rotate=rot)
                save_jpeg(img, self.dir / nm, quality=87)
                files.append({"path": nm, "pages": [1]})
        else:
            raise ValueError(look)
        if dtype:
            self.record(files, dtype, look, fields, notes)
        return files

    # -- card-like documents drawn with Pillow
    def card(self, images, look, names, dtype, fields, notes="", rotate=()):
        rng = self.rng
        files = []
        if look == "image_pdf":
            pages = []
            for img in images:
                pages.append(scan_look(a4_with(img, 200, (0.1, 0.07)), rng))
            images_to_pdf(pages, self.dir / names[0])
            files = [{"path": names[0], "pages": list(range(1, len(pages) + 1))}]
        elif look == "scan":
            if len(names) == 1 and len(images) == 2:
                page = a4_with(images[0], 200, (0.1, 0.06))
                page.paste(
                    images[1].convert("RGB"), (int(0.1 * page.size[0]), int(0.5 * page.size[1]))
                )
                save_jpeg(scan_look(page, rng), self.dir / names[0], quality=85, dpi=200)
                files = [{"path": names[0], "pages": [1]}]
            else:
                for img, nm in zip(images, names, strict=True):
                    save_jpeg(scan_look(a4_with(img, 200), rng), self.dir / nm, 85, 200)
                    files.append({"path": nm, "pages": [1]})
        elif look == "phone_photo":
            for i, (img, nm) in enumerate(zip(images, names, strict=True)):
                rot = rotate[i] if i < len(rotate) else 0
                ph = photo_look(img, rng, long_side=rng.choice([3264, 4032]), rotate=rot, fill=0.62)
                save_jpeg(ph, self.dir / nm, quality=88)
                files.append({"path": nm, "pages": [1]})
        elif look == "screenshot":
            for img, nm in zip(images, names, strict=True):
                img.save(self.dir / nm, "PNG")
                files.append({"path": nm, "pages": [1]})
        else:
            raise ValueError(look)
        self.record(files, dtype, look, fields, notes)
        return files


REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def id_fields(d: dict, mrz_valid=True) -> dict:
    return {
        "surname": d["surname"],
        "given_names": d["given"],
        "document_number": d["number"],
        "nationality": d["nat"],
        "issuing_country": d.get("issuing", d["nat"]),
        "date_of_birth": d["dob"],
        "sex": d["sex"],
        "expiry_date": d["exp"],
        "mrz_valid": mrz_valid,
    }


def form_fields(f: dict, employed: bool) -> dict:
    return {
        "surname": f["surname"],
        "given_names": f["given"],
        "date_of_birth": f["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "signed": True,
        "signed_on": f["signed_on"],
        "nir": None,
    }


def write_truth(pk: Packet, out: Path, truth: dict) -> None:
    truth["documents"] = pk.docs
    path = out / "packets" / f"{pk.name}.truth.json"
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def reqs(**over) -> dict:
    r = dict.fromkeys(REQS, "complete")
    r.update(over)
    return r
