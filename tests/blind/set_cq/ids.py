"""Identity pieces drawn from public specimen descriptions (ICAO 9303 layouts, PRADO):
passport data pages (TD3), French VLS-TS visa sticker (MRV-A), French titre de séjour and
carte nationale d'identité (TD1)."""

from __future__ import annotations

import math
import random
from datetime import date

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

import codes
from canvas import PT, Page, render

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def portrait(
    rng: random.Random,
    w=300,
    h=380,
    skin=(150, 105, 80),
    hair=(30, 22, 18),
    female=False,
    bg=(225, 228, 232),
) -> Image.Image:
    """A neutral synthetic ID portrait (no real person)."""
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cloth = rng.choice([(40, 45, 60), (70, 30, 40), (30, 60, 50), (90, 90, 95), (20, 20, 25)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.35], fill=cloth)
    d.rectangle([w * 0.41, h * 0.55, w * 0.59, h * 0.78], fill=tuple(int(c * 0.9) for c in skin))
    if female:
        d.ellipse([w * 0.2, h * 0.12, w * 0.8, h * 0.85], fill=hair)
    d.ellipse([w * 0.27, h * 0.17, w * 0.73, h * 0.66], fill=skin)
    d.chord([w * 0.25, h * 0.1, w * 0.75, h * 0.45], 180, 360, fill=hair)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.035), h * 0.38, w * (ex + 0.035), h * 0.41], fill=(35, 25, 20))
    d.line([w * 0.5, h * 0.42, w * 0.48, h * 0.5], fill=tuple(int(c * 0.8) for c in skin), width=3)
    d.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.58], 20, 160, fill=(110, 60, 55), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(p: Page, x, y, w, h, color, rng: random.Random, n=14, width=0.25):
    ph = rng.uniform(0, 6)
    for k in range(n):
        pts = []
        for i in range(61):
            t = i / 60
            px = x + t * w
            py = y + h * (k + 0.5) / n + 2.2 * math.sin(t * 9 + k * 0.7 + ph) * math.sin(t * 3 + ph)
            pts.append((px, py))
        p.stroke(pts, [width] * 60, color, alpha=0.55)


def field(
    p: Page,
    x,
    y,
    label,
    value,
    lsize=5.2,
    vsize=8.5,
    lc=(70, 70, 90),
    vfont="sans-b",
    lfont="sans",
    vc=(10, 10, 10),
):
    """Label above value; returns the value baseline."""
    p.text(x, y, label, lfont, lsize, lc)
    vy = y + vsize * PT + 1.1
    p.text(x, vy, value, vfont, vsize, vc)
    return vy


def mrz_block(p: Page, x, y, lines, width_mm, font="mono", color=(15, 15, 15)):
    n = len(lines[0])
    # monospace advance is 0.602 em
    size = width_mm / n / 0.602 / PT
    lead = size * PT * 1.45
    for i, ln in enumerate(lines):
        p.text(x, y + i * lead, ln, font, size, color)


def passport_page(person: dict, doc: dict, rng: random.Random, ppm=12.0) -> Image.Image:
    """TD3 data page 125 x 88 mm. `doc` carries country styling and printed strings."""
    p = Page(125, 88, bg=doc.get("paper", (238, 236, 226)))
    tint = doc.get("tint", (150, 170, 200))
    guilloche(p, 0, 0, 125, 88, tint, rng, n=22)
    hx = 4.5
    p.text(62.5, 6.5, doc["header1"], "sans-b", 8.5, doc.get("head_color", (30, 40, 80)), "c")
    if doc.get("header2"):
        p.text(62.5, 10.8, doc["header2"], "sans", 6.5, doc.get("head_color", (30, 40, 80)), "c")
    p.image(portrait(rng, skin=person["skin"], female=person["sex"] == "F"), hx, 17, 30, 38)
    lab = doc["labels"]
    X = 40
    field(p, X, 16, lab["type"], "P")
    field(p, X + 16, 16, lab["code"], doc["code"])
    field(p, X + 40, 16, lab["number"], doc["number"], vfont="mono-b", vsize=9)
    field(p, X, 25, lab["surname"], person["surname"].upper())
    field(p, X, 33.5, lab["given"], person["given"].upper())
    field(p, X, 42, lab["nationality"], doc["nationality_text"])
    field(p, X, 50.5, lab["dob"], doc["fmt"](person["dob"]))
    field(p, X + 42, 50.5, lab["sex"], person["sex"])
    field(p, X + 55, 50.5, lab["pob"], person["pob_passport"])
    field(p, X, 59, lab["issue"], doc["fmt"](doc["issued"]))
    field(p, X + 42, 59, lab["authority"], doc["authority"], vsize=7.5)
    field(p, X, 67.5, lab["expiry"], doc["fmt"](doc["expiry"]))
    p.signature(hx, 57, 30, 11, rng, (30, 30, 60), person["surname"])
    lines = codes.td3(
        "P",
        doc["code"],
        person["surname"],
        person["given"],
        doc["number"],
        person["nat"],
        yymmdd(person["dob"]),
        person["sex"],
        yymmdd(doc["expiry"]),
    )
    assert codes.verify_mrz(lines)
    doc["mrz"] = lines
    p.rect(0, 72, 125, 16, stroke=None, fill=(246, 245, 238), alpha=0.8)
    mrz_block(p, 3.5, 78.5, lines, 118)
    img = render(p, ppm)
    return img


def visa_sticker(person: dict, visa: dict, rng: random.Random, ppm=12.0) -> Image.Image:
    """French type D visa (VLS-TS) sticker on a passport page (page 125 x 88 mm)."""
    p = Page(125, 88, bg=(236, 238, 230))
    guilloche(p, 0, 0, 125, 88, (170, 190, 170), rng, n=12)
    # sticker area
    sx, sy, sw, sh = 3, 4, 119, 80
    p.rect(sx, sy, sw, sh, stroke=(150, 150, 170), fill=(228, 232, 242), width=0.4)
    guilloche(p, sx, sy, sw, sh - 18, (200, 160, 200), rng, n=16, width=0.2)
    p.text(sx + 4, sy + 6, "VISA", "sans-b", 11, (40, 40, 110))
    p.text(sx + sw - 4, sy + 6, visa["sticker_no"], "mono-b", 10, (190, 30, 30), "r")
    p.image(
        portrait(
            rng, 200, 250, skin=person["skin"], female=person["sex"] == "F", bg=(235, 235, 240)
        ),
        sx + 3,
        sy + 11,
        25,
        31,
    )
    X = sx + 32
    lc = (60, 60, 110)
    field(p, X, sy + 11, "VALABLE POUR / VALID FOR", "FRANCE", lc=lc)
    field(p, X, sy + 19, "DU / FROM", visa["from"].strftime("%d-%m-%y"), lc=lc)
    field(p, X + 24, sy + 19, "AU / UNTIL", visa["until"].strftime("%d-%m-%y"), lc=lc)
    field(p, X + 50, sy + 19, "TYPE DE VISA / TYPE OF VISA", "D", lc=lc)
    field(p, X, sy + 27, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", lc=lc)
    field(p, X + 50, sy + 27, "DURÉE DE SÉJOUR / DURATION OF STAY", visa["days"] + " JOURS", lc=lc)
    field(p, X, sy + 35, "DÉLIVRÉ À / ISSUED IN", visa["place"], lc=lc)
    field(p, X + 50, sy + 35, "LE / ON", visa["issued"].strftime("%d-%m-%Y"), lc=lc)
    field(
        p,
        X,
        sy + 43,
        "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT",
        visa["passport_no"],
        lc=lc,
        vfont="mono-b",
    )
    field(
        p,
        sx + 4,
        sy + 51,
        "NOM, PRÉNOM / SURNAME, NAME",
        f"{person['surname'].upper()}, {person['given'].upper()}",
        lc=lc,
    )
    p.text(sx + 4, sy + 58.5, "REMARQUES / REMARKS", "sans", 5.2, lc)
    p.text(sx + 4, sy + 62, visa["remark1"], "sans-b", 7.5)
    p.text(sx + 4, sy + 65.3, visa["remark2"], "sans-b", 7.5)
    lines = codes.mrv_a(
        "FRA",
        person["surname"],
        person["given"],
        visa["mrz_no"],
        person["nat"],
        yymmdd(person["dob"]),
        person["sex"],
        yymmdd(visa["until"]),
        kind="D",
    )
    assert codes.verify_mrz(lines)
    visa["mrz"] = lines
    mrz_block(p, sx + 2, sy + 72.5, lines, sw - 4)
    return render(p, ppm)


def _card_round(img: Image.Image, ppm: float) -> Image.Image:
    r = int(3.2 * ppm)
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, img.width - 1, img.height - 1], r, fill=255)
    out = Image.new("RGB", img.size, (255, 255, 255))
    out.paste(img, (0, 0), mask)
    return out


def titre_sejour(person: dict, ts: dict, rng: random.Random, ppm=14.0):
    """French residence permit (2020 model), front and back, 85.6 x 54 mm."""
    f = Page(85.6, 54, bg=(226, 236, 240))
    guilloche(f, 0, 0, 85.6, 54, (150, 180, 200), rng, n=16, width=0.2)
    f.rect(0, 0, 85.6, 8, stroke=None, fill=(0, 35, 120))
    f.text(4, 5.4, "RÉPUBLIQUE FRANÇAISE", "sans-b", 7, (255, 255, 255))
    f.text(82, 5.4, "TITRE DE SÉJOUR", "sans-b", 7, (255, 255, 255), "r")
    f.image(
        portrait(rng, 220, 280, skin=person["skin"], female=person["sex"] == "F"), 3, 11, 22, 28
    )
    X = 28
    field(f, X, 11.5, "NOM / SURNAME", person["surname"].upper(), 4.2, 7)
    field(f, X, 18, "PRÉNOMS / GIVEN NAMES", person["given"].upper(), 4.2, 7)
    field(f, X, 24.5, "SEXE", person["sex"], 4.2, 7)
    field(f, X + 10, 24.5, "NATIONALITÉ", person["nat"], 4.2, 7)
    field(f, X + 30, 24.5, "DATE DE NAISS.", person["dob"].strftime("%d %m %Y"), 4.2, 7)
    field(f, X, 31, "TYPE DE TITRE", ts["kind"], 4.2, 6.2)
    field(f, X, 37.5, "MENTION", ts["mention"], 4.2, 7)
    field(f, X, 44, "VALABLE JUSQU'AU", ts["until"].strftime("%d %m %Y"), 4.2, 7)
    field(f, X + 30, 44, "N° DU TITRE", ts["number"], 4.2, 7, vfont="mono-b")
    f.signature(3, 41, 22, 10, rng, (30, 30, 60), person["given"])
    b = Page(85.6, 54, bg=(230, 238, 240))
    guilloche(b, 0, 0, 85.6, 30, (160, 180, 200), rng, n=10, width=0.2)
    field(b, 4, 5, "ADRESSE", ts["address1"], 4.2, 6.5)
    b.text(4, 12.5, ts["address2"], "sans-b", 6.5)
    field(
        b,
        4,
        15.5,
        "LIEU ET DATE DE DÉLIVRANCE",
        f"{ts['issuer']}  {ts['issued'].strftime('%d %m %Y')}",
        4.2,
        6.5,
    )
    field(b, 4, 22, "REMARQUES", ts["remarks"], 4.2, 6.0)
    lines = codes.td1(
        "IR",
        "FRA",
        ts["number"],
        yymmdd(person["dob"]),
        person["sex"],
        yymmdd(ts["until"]),
        person["nat"],
        person["surname"],
        person["given"],
    )
    assert codes.verify_mrz(lines)
    ts["mrz"] = lines
    b.rect(0, 33, 85.6, 21, stroke=None, fill=(245, 246, 244))
    mrz_block(b, 3, 39.5, lines, 79.6)
    return _card_round(render(f, ppm), ppm), _card_round(render(b, ppm), ppm)


def cni_fr(person: dict, cni: dict, rng: random.Random, ppm=14.0):
    """French carte nationale d'identité (2021 model), front and back."""
    f = Page(85.6, 54, bg=(236, 226, 232))
    guilloche(f, 0, 0, 85.6, 54, (200, 160, 190), rng, n=16, width=0.2)
    f.text(4, 5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.5, (0, 35, 120))
    f.text(4, 8.6, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 5.2, (0, 35, 120))
    f.rect(72, 2.5, 10, 7, stroke=None, fill=(0, 35, 120))
    f.text(77, 7.3, "FR", "sans-b", 8, (255, 255, 255), "c")
    f.image(
        portrait(rng, 220, 280, skin=person["skin"], female=person["sex"] == "F"), 3, 13, 22, 28
    )
    X = 28
    lc = (90, 60, 90)
    field(f, X, 13, "NOM / Surname", person["surname"].upper(), 4.2, 7, lc=lc)
    field(f, X, 19.5, "Prénoms / Given names", person["given"].upper(), 4.2, 7, lc=lc)
    field(f, X, 26, "SEXE / Sex", person["sex"], 4.2, 7, lc=lc)
    field(f, X + 14, 26, "NATIONALITÉ / Nationality", "FRA", 4.2, 7, lc=lc)
    field(
        f,
        X,
        32.5,
        "DATE DE NAISS. / Date of birth",
        person["dob"].strftime("%d %m %Y"),
        4.2,
        7,
        lc=lc,
    )
    field(f, X + 30, 32.5, "LIEU DE NAISSANCE", person["pob"], 4.2, 7, lc=lc)
    field(f, X, 39, "N° DU DOCUMENT / Document No", cni["number"], 4.2, 7, lc=lc, vfont="mono-b")
    field(
        f,
        X + 30,
        39,
        "DATE D'EXPIR. / Expiry date",
        cni["expiry"].strftime("%d %m %Y"),
        4.2,
        7,
        lc=lc,
    )
    f.text(X, 48, "Signature du titulaire", "sans", 4.2, lc)
    f.signature(X + 20, 43.5, 26, 8, rng, (30, 30, 50), person["surname"])
    b = Page(85.6, 54, bg=(238, 230, 236))
    guilloche(b, 0, 0, 85.6, 30, (200, 170, 200), rng, n=10, width=0.2)
    field(
        b,
        4,
        5,
        "DATE DE DÉLIVRANCE / Date of issue",
        cni["issued"].strftime("%d %m %Y"),
        4.2,
        6.5,
        lc=lc,
    )
    field(b, 4, 12, "AUTORITÉ / Authority", cni["authority"], 4.2, 6.5, lc=lc)
    lines = codes.td1(
        "ID",
        "FRA",
        cni["number"],
        yymmdd(person["dob"]),
        person["sex"],
        yymmdd(cni["expiry"]),
        "FRA",
        person["surname"],
        person["given"],
    )
    assert codes.verify_mrz(lines)
    cni["mrz"] = lines
    b.rect(0, 33, 85.6, 21, stroke=None, fill=(246, 244, 246))
    mrz_block(b, 3, 39.5, lines, 79.6)
    return _card_round(render(f, ppm), ppm), _card_round(render(b, ppm), ppm)


def booklet(page_img: Image.Image, rng: random.Random, upper_blank=True) -> Image.Image:
    """Open passport booklet: the data page below a blank (or visa-stamped) upper page."""
    w, h = page_img.size
    out = Image.new("RGB", (w, h * 2 + 6), (90, 30, 40))
    upper = Image.new("RGB", (w, h), (236, 234, 224))
    a = np.asarray(upper).astype(np.int16)
    nrng = np.random.default_rng(rng.randrange(2**32))
    a = np.clip(a + nrng.normal(0, 3, a.shape), 0, 255).astype(np.uint8)
    out.paste(Image.fromarray(a), (0, 0))
    out.paste(page_img, (0, h + 6))
    d = ImageDraw.Draw(out)
    d.line([(0, h + 3), (w, h + 3)], fill=(150, 140, 130), width=4)
    return out
