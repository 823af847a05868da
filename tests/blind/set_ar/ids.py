"""Identity documents drawn as images: passport data page, visa sticker, ID-1 cards."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter
from util import Page, hand_text, mrv_a, signature, td1, td3

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_PT = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]
MON_FR = ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]


def d_mon(iso: str, mons=MON_EN, second=None) -> str:
    y, m, d = iso.split("-")
    mm = mons[int(m) - 1]
    if second:
        mm += "/" + second[int(m) - 1]
    return f"{d} {mm} {y}"


def d_dot(iso: str, sep=".") -> str:
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"


def portrait(rng: random.Random, w=350, h=450, skin=(110, 75, 55), female=False) -> Image.Image:
    bg = rng.choice([(222, 228, 236), (235, 235, 230), (210, 220, 232)])
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    shirt = rng.choice([(40, 50, 80), (90, 30, 40), (230, 230, 235), (60, 60, 60)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.35], fill=shirt)
    d.rectangle([w * 0.4, h * 0.58, w * 0.6, h * 0.78], fill=skin)
    hair = (25, 20, 18)
    if female:
        d.ellipse([w * 0.22, h * 0.1, w * 0.78, h * 0.7], fill=hair)
    d.ellipse([w * 0.28, h * 0.18, w * 0.72, h * 0.66], fill=skin)
    d.chord([w * 0.27, h * 0.12, w * 0.73, h * 0.42], 180, 360, fill=hair)
    eye = (30, 25, 25)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.41], fill=eye)
    dark = tuple(max(0, c - 35) for c in skin)
    d.line([w * 0.5, h * 0.42, w * 0.48, h * 0.5], fill=dark, width=3)
    d.arc([w * 0.43, h * 0.51, w * 0.57, h * 0.57], 20, 160, fill=(90, 40, 40), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(p: Page, x, y, w, h, color, rng: random.Random, n=40):
    for i in range(n):
        pts = []
        ph = rng.uniform(0, 6.3)
        amp = rng.uniform(1.5, 4)
        base = y + h * i / n
        for k in range(0, 61):
            t = k / 60
            pts.append((x + w * t, base + amp * math.sin(ph + t * 12)))
        for a, b in zip(pts, pts[1:]):
            p.line(a[0], a[1], b[0], b[1], color=color, lw=0.08)


def passport_page(per: dict, rng: random.Random, dpi=300) -> Image.Image:
    """TD3 data page (125 x 88 mm). per: country strings, fields, colours."""
    p = Page(125, 88, dpi, bg=per["bg"])
    guilloche(p, 0, 0, 125, 62, per["line"], rng)
    p.text(62, 6.5, per["title1"], 8.5, "sans-b", per["ink"], "c")
    p.text(62, 10.5, per["title2"], 7, "sans", per["ink"], "c")
    ph = portrait(rng, skin=per["skin"], female=per["sex"] == "F")
    p.image(ph, 5, 14, 30, 38.5)
    lab = per["labels"]
    col = (60, 60, 70)
    x0 = 40

    def field(x, y, label, value, size=8.2):
        p.text(x, y, label, 4.6, "sans", col)
        p.text(x, y + 3.6, value, size, "dv-b" if per.get("bold") else "dv", (10, 10, 10))

    field(x0, 15, lab["type"], "P")
    field(x0 + 16, 15, lab["code"], per["code"])
    field(x0 + 42, 15, lab["number"], per["number"])
    field(x0, 22.5, lab["surname"], per["surname_print"])
    field(x0, 30, lab["given"], per["given_print"])
    field(x0, 37.5, lab["nat"], per["nat_print"])
    field(x0 + 50, 37.5, lab["sex"], per["sex"])
    field(x0, 45, lab["dob"], per["dob_print"])
    field(x0 + 42, 45, lab["pob"], per["pob"])
    field(x0, 52.5, lab["issue"], per["issue_print"])
    field(x0 + 42, 52.5, lab["exp"], per["exp_print"])
    p.text(x0, 60, lab["auth"] + "  " + per["authority"], 4.6, "sans", col)
    sig = signature(per["given"] + " " + per["surname"], rng, ink=(20, 20, 20))
    p.image(sig, 7, 54, 24)
    lines = td3(
        "P",
        per["code"],
        per["surname"],
        per["given"],
        per["number"],
        per["code"],
        per["dob"],
        per["sex"],
        per["exp"],
        per.get("opt", ""),
    )
    p.rect(0, 66, 125, 22, stroke=None, fill=tuple(min(255, c + 8) for c in per["bg"]))
    for i, ln in enumerate(lines):
        p.text(4, 74 + i * 7, ln, 10.6, "ocrb", (15, 15, 15))
    per["mrz"] = lines
    return p.img


def passport_spread(per: dict, rng: random.Random, dpi=300) -> Image.Image:
    """Open booklet: blank upper page with a stamp over the data page."""
    data = passport_page(per, rng, dpi)
    w, h = data.size
    up = Page(125, 88, dpi, bg=per["bg"])
    guilloche(up, 0, 0, 125, 88, per["line"], rng, n=30)
    up.text(62, 80, per["title1"], 6, "sans", per["line"], "c")
    sp = Image.new("RGB", (w, h * 2 + 6), (40, 40, 45))
    sp.paste(up.img, (0, 0))
    sp.paste(data, (0, h + 6))
    return sp


def visa_sticker(v: dict, rng: random.Random, dpi=300) -> Image.Image:
    """French long-stay visa sticker (MRV-A, ~120 x 80 mm) on a passport page."""
    page = Page(125, 88, dpi, bg=v["page_bg"])
    guilloche(page, 0, 0, 125, 88, v["page_line"], rng, n=25)
    p = Page(118, 80, dpi, bg=(228, 236, 226))
    guilloche(p, 0, 0, 118, 58, (150, 190, 170), rng, n=45)
    p.text(3, 5, "VISA", 9, "sans-b", (20, 60, 110))
    p.text(50, 5, "FRA", 9, "sans-b", (20, 60, 110))
    p.text(80, 5, v["sticker_no"], 8, "mono", (170, 30, 30))
    ph = portrait(rng, skin=v["skin"], female=v["sex"] == "F")
    p.image(ph, 3, 9, 24, 31)
    col = (50, 60, 60)

    def f(x, y, label, value, size=7.2):
        p.text(x, y, label, 4.3, "sans", col)
        p.text(x, y + 3.2, value, size, "mono", (10, 10, 10))

    f(30, 10, "VALABLE POUR / VALID FOR", "FRANCE")
    f(30, 16.5, "DU / FROM", v["from_print"])
    f(62, 16.5, "AU / UNTIL", v["until_print"])
    f(92, 16.5, "TYPE DE VISA", "D")
    f(30, 23, "DUREE DU SEJOUR", v["days"])
    f(62, 23, "NOMBRE D'ENTREES", "MULT")
    f(30, 29.5, "DELIVRE A / ISSUED IN", v["issued_in"])
    f(80, 29.5, "LE / ON", v["issued_print"])
    f(30, 36, "NUMERO DE PASSEPORT", v["passport_no"])
    f(3, 44, "NOM, PRENOM / SURNAME, NAME", v["surname"].upper() + ", " + v["given"].upper())
    p.text(3, 51, "REMARQUES", 4.3, "sans", col)
    for i, r in enumerate(v["remarks"]):
        p.text(3, 54.5 + i * 3.2, r, 6.6, "mono", (10, 10, 10))
    lines = mrv_a(
        "FRA", v["surname"], v["given"], v["sticker_no"], v["nat"], v["dob"], v["sex"], v["until"]
    )
    for i, ln in enumerate(lines):
        p.text(2.5, 70.5 + i * 6, ln, 9.4, "ocrb", (15, 15, 15))
    v["mrz"] = lines
    sticker = p.img.rotate(rng.uniform(-0.6, 0.6), expand=False, fillcolor=v["page_bg"])
    page.img.paste(sticker, (page.px(3.5), page.px(4)))
    stamp = hand_text("ENTRÉE " + v["from_print"][:5], rng, px=40, ink=(120, 40, 120))
    page.image(stamp.rotate(12, expand=True), 88, 1, 30)
    return page.img


def card_front_back(c: dict, rng: random.Random, dpi=300) -> tuple[Image.Image, Image.Image]:
    """ID-1 card (85.6 x 54 mm) with TD1 MRZ on the back: titre de séjour or French CNI."""
    f = Page(85.6, 54, dpi, bg=c["bg"])
    guilloche(f, 0, 0, 85.6, 54, c["line"], rng, n=30)
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", 6.5, "sans-b", (20, 40, 100))
    f.text(3, 8.5, c["title"], 5.6, "sans-b", (20, 40, 100))
    f.image(portrait(rng, skin=c["skin"], female=c["sex"] == "F"), 3, 12, 24, 31)
    col = (70, 70, 80)

    def fl(x, y, label, value, size=6.4):
        f.text(x, y, label, 3.6, "sans", col)
        f.text(x, y + 2.8, value, size, "dv", (10, 10, 10))

    y = 13
    for label, value in c["front"]:
        fl(30, y, label, value)
        y += 6.2
    f.image(signature(c["given"] + " " + c["surname"], rng, ink=(20, 20, 20)), 62, 40, 18)
    b = Page(85.6, 54, dpi, bg=c["bg"])
    guilloche(b, 0, 0, 85.6, 30, c["line"], rng, n=20)
    y = 5
    for label, value in c["back"]:
        b.text(4, y, label, 3.6, "sans", col)
        b.text(4, y + 2.8, value, 6.2, "dv", (10, 10, 10))
        y += 6.2
    lines = td1(
        c["doc_type"],
        "FRA",
        c["number"],
        c["dob"],
        c["sex"],
        c["exp"],
        c["nat"],
        c["surname"],
        c["given"],
    )
    b.rect(0, 35, 85.6, 19, stroke=None, fill=(248, 248, 246))
    for i, ln in enumerate(lines):
        b.text(3.2, 40.5 + i * 5, ln, 9.2, "ocrb", (15, 15, 15))
    c["mrz"] = lines
    rounded = []
    for im in (f.img, b.img):
        m = Image.new("L", im.size, 0)
        ImageDraw.Draw(m).rounded_rectangle([0, 0, im.width - 1, im.height - 1], 40, fill=255)
        out = Image.new("RGB", im.size, (255, 255, 255))
        out.paste(im, (0, 0), m)
        rounded.append(out)
    return rounded[0], rounded[1]
