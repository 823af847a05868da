"""Writing documents to files in a given look, and small helpers shared by the packets."""

from __future__ import annotations

import os
import random

from kit import (
    Page,
    iban_ok,
    on_scanner_bed,
    phone_photo,
    render,
    save_jpeg,
    scan_look,
    write_image_pdf,
    write_text_pdf,
)

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR = MONTHS_FR.split()
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dmy(iso: str, sep="/") -> str:
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"


def words_fr(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS_FR[int(m) - 1]} {y}"


def d_mon_y(iso: str, extra: str = "") -> str:
    """'17 MAR 1994' or with a bilingual month such as 'MAR/MAR'."""
    y, m, d = iso.split("-")
    return f"{d} {MON3[int(m) - 1]}{extra} {y}"


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def luhn_siret(base13: str) -> str:
    for c in "0123456789":
        s = base13 + c
        t = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            t += v - 9 if v > 9 else v
        if t % 10 == 0:
            return s
    raise ValueError(base13)


class Packet:
    def __init__(self, folder: str, rng: random.Random):
        self.folder, self.rng, self.docs = folder, rng, []

    def sub(self, tag: str) -> random.Random:
        return random.Random(f"{self.rng.random()}/{tag}")

    def path(self, name: str) -> str:
        return os.path.join(self.folder, name)

    def add(self, type_, look, files, fields, notes=""):
        self.docs.append(
            {"files": files, "type": type_, "look": look, "fields": fields, "notes": notes}
        )

    # ---- looks
    def text_pdf(self, name, pages: list[Page], title="", author=""):
        write_text_pdf(pages, self.path(name), title, author)
        return [{"path": name, "pages": list(range(1, len(pages) + 1))}]

    def image_pdf(self, name, pages: list[Page], dpi=200):
        rng = self.sub(name)
        ims = [scan_look(render(p, dpi), rng) for p in pages]
        write_image_pdf(ims, self.path(name), dpi, q=rng.randint(72, 85))

    def scan(self, name, page: Page, dpi=200, card=False, offset=(18, 16)):
        rng = self.sub(name)
        if card:
            im = on_scanner_bed(render(page, dpi), rng, dpi, offset)
        else:
            im = render(page, dpi)
        save_jpeg(scan_look(im, rng), self.path(name), rng.randint(80, 92), dpi)

    def scan_many(self, name, cards: list[tuple[Page, tuple]], dpi=300):
        """Several cards (front, back) laid on one flatbed scan."""
        rng = self.sub(name)
        base = None
        for page, off in cards:
            im = render(page, dpi)
            if base is None:
                base = on_scanner_bed(im, rng, dpi, off)
            else:
                k = dpi / 25.4
                base.paste(im, (round(off[0] * k), round(off[1] * k)))
        save_jpeg(scan_look(base, rng), self.path(name), 86, dpi)

    def photo(self, name, page: Page, rot=0, dpi=None, long_side=3264):
        rng = self.sub(name)
        dpi = dpi or (600 if page.w < 130 else 220)
        im = phone_photo(render(page, dpi), rng, long_side, rot)
        save_jpeg(im, self.path(name), rng.randint(84, 92))

    def screenshot(self, name, page: Page, width_px=1170):
        dpi = width_px / (page.w / 25.4)
        render(page, dpi).save(self.path(name), "PNG")


def check_iban(s: str) -> bool:
    return iban_ok(s)
