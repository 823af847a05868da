"""Passport data pages, the French visa sticker, residence permit and identity card."""

from __future__ import annotations

import random

import codes as C
from canvas import FONTS, Page, pil_font, signature_image
from PIL import Image, ImageDraw, ImageFilter

DPI = 300


def guilloche(pg: Page, rng: random.Random, col, n=60):
    import math

    w, h = pg.img.size
    dr = pg.draw
    ph = rng.uniform(0, 6)
    for k in range(n):
        pts = []
        y0 = h * k / n
        for i in range(0, w + 20, 12):
            pts.append((i, y0 + math.sin(i / 70 + ph + k * 0.3) * h * 0.04))
        dr.line(pts, fill=col, width=1)


def face(rng: random.Random, w=350, h=450, skin=(196, 150, 120), hair=(30, 25, 22), bg=None):
    bg = bg or (rng.randint(215, 235),) * 3
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.ellipse([w * 0.1, h * 0.72, w * 0.9, h * 1.3], fill=(rng.randint(30, 90),) * 3)
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.8], fill=skin)
    d.ellipse([w * 0.24, h * 0.12, w * 0.76, h * 0.66], fill=skin)
    d.chord([w * 0.22, h * 0.07, w * 0.78, h * 0.5], 180, 360, fill=hair)
    for ex in (0.39, 0.61):
        d.ellipse([w * (ex - 0.035), h * 0.36, w * (ex + 0.035), h * 0.39], fill=(40, 30, 30))
    d.line([w * 0.5, h * 0.4, w * 0.48, h * 0.48], fill=tuple(v - 30 for v in skin), width=3)
    d.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.57], 20, 160, fill=(120, 60, 60), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.5))


def mrz_text(pg: Page, x, y, lines, size=10.6, gap=5.2):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * gap, ln, size, "ocrb")


def passport_page(p: dict, rng: random.Random, style: dict) -> Image.Image:
    """ID-3 data page (125 x 88 mm). p holds the person, style the country's look."""
    pg = Page(125, 88, DPI, bg=style["bg"])
    guilloche(pg, rng, style["guil"])
    lf, vf = style.get("label_font", "dejavuc"), style.get("value_font", "dejavu-b")
    y = 7.5
    for t in style["header"]:
        pg.text(62.5, y, t[0], t[1], t[2], style["ink"], "center", rtl=t[2] == "amiri-b")
        y += t[1] * 0.42
    pg.image(face(rng, skin=p.get("skin", (196, 150, 120))), 5, 19, 31, 40)
    if style.get("ghost"):
        g = face(rng, skin=p.get("skin", (196, 150, 120))).convert("L").convert("RGB")
        g = Image.blend(g, Image.new("RGB", g.size, style["bg"]), 0.7)
        pg.image(g, 104, 48, 15, 19)
    x0, x1 = 40, 82
    rows = style["rows"](p)
    yy = 20.5
    for row in rows:
        xs = [x0, x1] if len(row) == 2 else [x0]
        for xx, (lab, val) in zip(xs, row):
            pg.text(xx, yy, lab, 5.2, lf, style["ink"])
            pg.text(xx, yy + 3.6, val, 8.2, vf, (20, 20, 25))
        yy += 7.4
    sig = signature_image(p["given_names"] + " " + p["surname"], rng)
    pg.image(sig, 6, 60, 28)
    mrz_text(pg, 4.5, 77.5, p["mrz"])
    return pg.img


def visa_sticker(p: dict, v: dict, rng: random.Random) -> Image.Image:
    """A uniform-format French long-stay visa sticker on a passport page (125 x 88)."""
    pg = Page(125, 88, DPI, bg=(235, 232, 222))
    guilloche(pg, rng, (215, 212, 200), 30)
    st = Page(120, 82, DPI, bg=(232, 240, 236))
    guilloche(st, rng, (205, 222, 225), 90)
    ink = (30, 50, 90)
    st.text(42, 7, "VISA", 14, "dejavuserif-b", ink)
    st.text(112, 7, "FRA", 11, "mono-b", (180, 20, 30), "right")
    st.text(112, 12, v["number"], 11, "mono-b", (180, 20, 30), "right")
    st.image(face(rng, skin=p.get("skin", (196, 150, 120))), 3, 10, 30, 38)

    def f(x, y, lab, val, w_=None):
        st.text(x, y, lab, 4.4, "dejavuc", ink)
        st.text(x, y + 3.6, val, 8.0, "mono-b", (10, 10, 10))

    f(36, 12, "VALABLE POUR / VALID FOR", "FRANCE")
    f(36, 19, "DU / FROM", C.d(v["valid_from"]).strftime("%d-%m-%y"))
    f(64, 19, "AU / UNTIL", C.d(v["valid_until"]).strftime("%d-%m-%y"))
    f(36, 26, "TYPE DE VISA / TYPE OF VISA", "D")
    f(64, 26, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    f(36, 33, "DURÉE DE SÉJOUR / DURATION OF STAY", f"{v['days']} JOURS")
    f(72, 33, "DÉLIVRÉ À / ISSUED IN", v["post"])
    f(36, 40, "LE / ON", C.d(v["issued"]).strftime("%d-%m-%y"))
    f(64, 40, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", p["doc_number"])
    f(4, 51, "NOM, PRÉNOM / SURNAME, NAME", f"{p['surname']}, {p['given_names']}")
    st.text(4, 58, "REMARQUES / REMARKS", 4.8, "dejavuc", ink)
    for i, r in enumerate(v["remarks"]):
        st.text(4, 62 + i * 3.6, r, 7.2, "mono-b", (10, 10, 10))
    mrz_text(st, 3.5, 73.5, v["mrz"], 10.2, 5.0)
    sticker = st.img
    pg.img.paste(sticker, (pg.px(2.5), pg.px(3)))
    stamp = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    d = ImageDraw.Draw(stamp)
    d.rectangle([10, 60, 290, 240], outline=(90, 40, 120, 150), width=6)
    d.text(
        (150, 110),
        "CONSULAT",
        font=pil_font(FONTS["dejavu-b"], 34),
        fill=(90, 40, 120, 150),
        anchor="mm",
    )
    d.text(
        (150, 170),
        v["post"],
        font=pil_font(FONTS["dejavu-b"], 30),
        fill=(90, 40, 120, 150),
        anchor="mm",
    )
    pg.image(stamp.rotate(rng.uniform(-20, 20)), 95, 38, 22)
    return pg.img


def id1_front(p: dict, rng: random.Random, kind: str) -> Image.Image:
    """French ID-1 cards (85.6 x 54 mm): 'cni' (2021 model) or 'titre' (residence permit)."""
    pg = Page(85.6, 54, DPI, bg=(228, 236, 242) if kind == "cni" else (236, 230, 240))
    guilloche(pg, rng, (210, 220, 232) if kind == "cni" else (222, 210, 228), 45)
    blue, red = (20, 40, 120), (200, 30, 40)
    pg.rect(3, 3, 3, 6, None, (0, 35, 149))
    pg.rect(6, 3, 3, 6, None, (250, 250, 250))
    pg.rect(9, 3, 3, 6, None, (237, 41, 57))
    pg.text(14, 6.2, "RÉPUBLIQUE FRANÇAISE", 6.5, "dejavu-b", blue)
    if kind == "cni":
        pg.text(14, 9.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", 4.6, "dejavuc", blue)
    else:
        pg.text(14, 9.5, "TITRE DE SÉJOUR / RESIDENCE PERMIT", 4.8, "dejavu-b", red)
    pg.image(
        face(rng, skin=p.get("skin", (210, 170, 140)), hair=p.get("hair", (60, 40, 25))),
        3,
        13,
        22,
        28,
    )
    x, y = 28, 14

    def f(lab, val, xx=None, yy=None, size=6.6):
        pg.text(xx or x, yy, lab, 3.8, "dejavuc", (70, 80, 110))
        pg.text(xx or x, yy + 2.9, val, size, "dejavu-b", (15, 15, 20))

    f("NOM / Surname", p["surname"], yy=y)
    f("Prénoms / Given names", p["given_names_printed"], yy=y + 6.5)
    f("SEXE / Sex", p["sex"], yy=y + 13)
    f("NATIONALITÉ / Nationality", p["nationality"], xx=44, yy=y + 13)
    f("DATE DE NAISS. / Date of birth", C.d(p["dob"]).strftime("%d %m %Y"), yy=y + 19.5)
    if kind == "cni":
        f("LIEU DE NAISSANCE / Place of birth", p["pob"], yy=y + 26)
        f("N° DU DOCUMENT / Document No", p["doc_number"], yy=y + 32.5, size=6)
        f(
            "DATE D'EXPIR. / Expiry date",
            C.d(p["expiry"]).strftime("%d %m %Y"),
            xx=60,
            yy=y + 32.5,
            size=6,
        )
        pg.text(3, 47, p["can"], 6, "ocrb", (15, 15, 20))
    else:
        f("TITRE / Permit", p["permit_type"], yy=y + 26, size=5.4)
        f("REMARQUES / Remarks", p["remarks"], yy=y + 32.5, size=5.4)
        f("N° / No", p["doc_number"], xx=3, yy=y + 30, size=5.6)
        f(
            "VALABLE JUSQU'AU / Valid until",
            C.d(p["expiry"]).strftime("%d %m %Y"),
            xx=60,
            yy=y + 19.5,
            size=6,
        )
    sig = signature_image(p["given_names"] + " " + p["surname"], rng)
    pg.image(sig, 60, 44, 20)
    return pg.img


def id1_back(p: dict, rng: random.Random, kind: str) -> Image.Image:
    pg = Page(85.6, 54, DPI, bg=(230, 236, 240) if kind == "cni" else (238, 232, 240))
    guilloche(pg, rng, (214, 222, 230), 40)
    g = (70, 80, 110)
    pg.text(4, 6, "ADRESSE / Address", 3.8, "dejavuc", g)
    for i, ln in enumerate(p["address_lines"]):
        pg.text(4, 9 + i * 3.2, ln, 6, "dejavu-b", (15, 15, 20))
    if kind == "cni":
        pg.text(4, 19, "DATE DE DÉLIVRANCE / Date of issue", 3.8, "dejavuc", g)
        pg.text(4, 22, C.d(p["issued"]).strftime("%d %m %Y"), 6, "dejavu-b")
        pg.text(48, 19, "AUTORITÉ / Authority", 3.8, "dejavuc", g)
        pg.text(48, 22, p["authority"], 5.5, "dejavu-b")
    else:
        pg.text(4, 19, "LIEU DE NAISSANCE / Place of birth", 3.8, "dejavuc", g)
        pg.text(4, 22, p["pob"], 6, "dejavu-b")
        pg.text(4, 26, "DÉLIVRÉ PAR / Issued by", 3.8, "dejavuc", g)
        pg.text(4, 29, p["authority"], 5.5, "dejavu-b")
        pg.text(56, 26, "LE / On", 3.8, "dejavuc", g)
        pg.text(56, 29, C.d(p["issued"]).strftime("%d %m %Y"), 5.5, "dejavu-b")
    pg.rect(0, 33, 85.6, 21, None, (246, 246, 246))
    mrz_text(pg, 3, 39.5, p["mrz"], 8.6, 4.6)
    return pg.img


def card_sheet(front: Image.Image, back: Image.Image, rng: random.Random) -> Image.Image:
    """Front and back of a card photocopied on one A4 sheet (what people often send)."""
    pg = Page(210, 297, 200)
    x = rng.uniform(25, 50)
    pg.image(front, x, rng.uniform(25, 40), 85.6)
    pg.image(back, x + rng.uniform(-3, 3), rng.uniform(110, 130), 85.6)
    return pg.img
