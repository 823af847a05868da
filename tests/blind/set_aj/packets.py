"""Document builders per packet: each returns the truth entries of the files it wrote."""

from __future__ import annotations

import os
import random

import cards
import civil
import codes as C
import looks
from canvas import Page, PdfDoc


class Out:
    """Writes the files of one packet and collects the truth documents."""

    def __init__(self, root: str, seed: int):
        self.root = root
        self.seed = seed
        self.docs: list[dict] = []
        os.makedirs(root, exist_ok=True)

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"set_aj/{self.seed}/{tag}")

    def path(self, name: str) -> str:
        return os.path.join(self.root, name)

    def add(self, files, type_, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": type_, "look": look, "fields": fields, "notes": notes}
        )

    # --- writers
    def raster_pages(self, fn, n=1, dpi=200) -> list:
        pages = [Page(210, 297, dpi) for _ in range(n)]
        fn(pages)
        return [p.img for p in pages]

    def text_pdf(self, name, fn, n=1, title="", author=""):
        doc = PdfDoc(self.path(name), title=title, author=author)
        fn(doc.pages(n))
        doc.save()

    def scan_pdf(self, name, images, tag, dpi_in=200, grey=False, creator="Canon iR-ADV C3530"):
        r = self.rng(tag)
        dpi = r.choice([150, 200])
        pages = [looks.scan(im, r, dpi_in, dpi, grey) for im in images]
        looks.image_pdf(pages, self.path(name), dpi, r.randint(55, 75), creator)

    def scan_img(self, name, image, tag, dpi_in=200, dpi=None, grey=False):
        r = self.rng(tag)
        dpi = dpi or r.choice([150, 200, 300])
        im = looks.scan(image, r, dpi_in, dpi, grey)
        if name.endswith(".png"):
            im.save(self.path(name), dpi=(dpi, dpi))
        else:
            looks.save_jpeg(im, self.path(name), r.randint(78, 90), dpi)

    def photo(self, name, image, tag, rot=0, fill=0.8, long_side=None, flat=True):
        r = self.rng(tag)
        ls = long_side or r.choice([3024, 3264, 4000, 2560])
        im = looks.photo(image, r, ls, fill, rot, flat)
        looks.save_jpeg(im, self.path(name), r.randint(82, 92))


def pfields(p: dict, country: str) -> dict:
    return {
        "surname": p["surname"],
        "given_names": p["given_names"],
        "document_number": p["doc_number"],
        "nationality": p["nat"],
        "issuing_country": country,
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": True,
    }


def vfields(p: dict, v: dict) -> dict:
    f = pfields(p, "FRA")
    f.update(
        {
            "document_number": v["number"],
            "expiry_date": v["valid_until"],
            "visa_type": "D",
            "vls_ts": True,
            "category": v["category"],
            "valid_from": v["valid_from"],
            "valid_until": v["valid_until"],
        }
    )
    return f


def passport_img(o: Out, p: dict, tag: str):
    return cards.passport_page(p, o.rng(tag), civil.PASSPORT_STYLES[p["nat"]])


def booklet(page_img, rng, other=(230, 225, 215)):
    """Open passport booklet: the data page plus the facing page above it."""
    from PIL import Image

    W, H = page_img.size
    im = Image.new("RGB", (W + 40, 2 * H + 50), (35, 40, 60))
    top = Image.new("RGB", (W, H), other)
    im.paste(top, (20, 20))
    im.paste(page_img, (20, 30 + H))
    return im


def bill_data(brand, holder, addr_lines, y, m, client, inv, amount, offer, lines_, legal):
    start = C.d(f"{y}-{m:02d}-01")
    end = C.month_end(y, m)
    issue = C.add_months(start, 1).replace(day=3 if brand == "orange" else 6)
    return {
        "brand": brand,
        "holder_printed": holder,
        "addr_lines": addr_lines,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "issue": issue.isoformat(),
        "debit": issue.replace(day=issue.day + 9).isoformat(),
        "client_no": client,
        "invoice_no": inv,
        "amount": amount,
        "offer": offer,
        "lines": lines_,
        "legal": legal,
    }


def bill_fields(b, provider, holder, address):
    return {
        "provider": provider,
        "service": "internet",
        "holder_name": holder,
        "address": address,
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": float(b["amount"].replace(",", ".")),
        "month": b["start"][:7],
    }
