"""Identity documents as images: passport data pages (TD3), Schengen D visa vignette (MRV-A),
French titre de séjour and CNI cards (TD1). Layouts follow the public specimens (PRADO,
ANTS descriptions of the 2020 titre de séjour and 2021 CNI, ICAO 9303 part 4/5/7)."""

from __future__ import annotations

import math
import random

from canvas import ImgPage, hexc
from PIL import Image, ImageDraw


def face(rng: random.Random, w=300, h=380, grey=False, skin=None, hair=None) -> Image.Image:
    """A neutral ID-photo stand-in: plain background, head, hair, shoulders."""
    bg = rng.choice([(226, 230, 236), (235, 235, 232), (214, 222, 232)])
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = skin or rng.choice([(224, 188, 160), (196, 150, 118), (150, 104, 76), (236, 204, 178)])
    hair = hair or rng.choice([(30, 24, 20), (60, 40, 28), (18, 16, 16), (96, 70, 40)])
    coat = rng.choice([(40, 48, 70), (70, 70, 74), (110, 30, 40), (30, 30, 34)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.35], fill=coat)
    d.rectangle([w * 0.41, h * 0.6, w * 0.59, h * 0.78], fill=skin)
    d.ellipse([w * 0.25, h * 0.12, w * 0.75, h * 0.47], fill=hair)
    d.ellipse([w * 0.29, h * 0.17, w * 0.71, h * 0.66], fill=skin)
    d.ellipse([w * 0.26, h * 0.12, w * 0.74, h * 0.3], fill=hair)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.03), h * 0.37, w * (ex + 0.03), h * 0.4], fill=(40, 30, 30))
    d.line([w * 0.44, h * 0.55, w * 0.56, h * 0.55], fill=(140, 70, 70), width=3)
    return im.convert("L").convert("RGB") if grey else im


def guilloche(pg: ImgPage, x, y, w, h, color, rng: random.Random, n=28, amp=3.0):
    d, k = pg.d, pg.k
    col = hexc(color)
    for i in range(n):
        y0 = y + h * i / n
        ph = rng.uniform(0, 6.28)
        pts = [
            ((x + t) * k, (y0 + amp * math.sin(t / 6.0 + ph) + amp * 0.4 * math.sin(t / 2.1)) * k)
            for t in [w * j / 120 for j in range(121)]
        ]
        d.line(pts, fill=col, width=1)


def mrz(pg: ImgPage, x, y, lines, width_mm, gap=4.6, color="#111111"):
    size = width_mm / pg.width(lines[0], "ocrb", 10) * 10  # fit the line to the zone width
    for i, ln in enumerate(lines):
        pg.text(x, y + i * gap, ln, "ocrb", size, color)


def _cjk(s: str) -> bool:
    return any(ord(c) > 0x2E80 for c in s)


def lab(pg, x, y, label, value, lsize=4.6, vsize=7.6, vfont="sansb", lcol="#3b4a6b", dy=3.3):
    pg.text(x, y, label, "cjk" if _cjk(label) else "sans", lsize, lcol)
    pg.text(x, y + dy, value, "cjkb" if _cjk(value) else vfont, vsize, "#101010")


def passport_page(p: dict, rng: random.Random, dpi=400) -> Image.Image:
    """Data page (ID-3, 125 x 88 mm). `p` carries the country texts, labels and values."""
    pg = ImgPage(125, 88, dpi, bg=p.get("paper", "#f3efe4"))
    guilloche(pg, 0, 0, 125, 88, p.get("tint", "#e4d9c8"), rng, n=40)
    hf = "cjkb" if _cjk(p["header1"]) else "sansb"
    pg.text(62.5, 6.5, p["header1"], hf, 8.2, p.get("ink", "#3a2a5a"), "c")
    pg.text(
        62.5,
        10.3,
        p["header2"],
        "cjk" if _cjk(p["header2"]) else "sans",
        6.0,
        p.get("ink", "#3a2a5a"),
        "c",
    )
    ph = face(rng, grey=p.get("grey_photo", False))
    pg.image(ph, 5, 15, 30, 38)
    ghost = face(random.Random(1), 120, 150, grey=True).point(lambda v: 150 + v // 3)
    pg.image(ghost, 104, 40, 15, 19)
    x0, x1, x2 = 40, 72, 96
    rows = p["rows"]  # list of rows, each a list of (label, value) placed in columns
    y = 17.0
    for row in rows:
        xs = [x0, x1, x2][: len(row)] if len(row) > 1 else [x0]
        if len(row) == 2 and row[0][0].startswith("*"):
            xs = [x0, x2]
        for (label, value), xx in zip(row, xs):
            lab(pg, xx, y, label.lstrip("*"), value)
        y += 7.9
    if p.get("signature"):
        pg.text(5, 58, p.get("sig_label", "Signature"), "sans", 4.4, "#3b4a6b")
        pg.signature(6, 64, p["signature"], 13, "#111133", rng)
    mrz(pg, 4.5, 75.5, p["mrz"], 116)
    return pg.img


def visa_vignette(v: dict, rng: random.Random, dpi=400) -> Image.Image:
    """French Schengen-format type D visa sticker (MRV-A, 120 x 80 mm) on a passport page."""
    pg = ImgPage(125, 88, dpi, bg="#efece2")
    guilloche(pg, 0, 0, 125, 88, "#ded7c8", rng, n=30, amp=2)
    pg.text(8, 8, v.get("page_no", "14"), "sans", 7, "#7a6f60")
    sub = ImgPage(120, 80, dpi, bg="#eaf0ea")
    guilloche(sub, 0, 0, 120, 80, "#c9d9cf", rng, n=45, amp=1.6)
    guilloche(sub, 40, 30, 80, 30, "#e0cbd6", rng, n=20, amp=4)
    sub.image(face(rng, grey=False), 4, 17, 27, 34)
    sub.text(5, 7, "VISA", "sansb", 11, "#1b3d6b")
    sub.text(24, 7, "FRA", "sansb", 11, "#1b3d6b")
    sub.text(116, 7, v["number_red"], "monob", 10, "#c0282d", "r")
    pg_rows = [
        [("VALABLE POUR / VALID FOR", v["valid_for"])],
        [("DU / FROM", v["from_fr"]), ("AU / UNTIL", v["until_fr"])],
        [("TYPE DE VISA / TYPE OF VISA", "D"), ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")],
        [
            ("DURÉE DE SÉJOUR / DURATION OF STAY", v["duration"]),
            ("DÉLIVRÉ À / ISSUED IN", v["issued_in"]),
        ],
        [("LE / ON", v["issued_fr"]), ("NUMÉRO DE PASSEPORT / PASSPORT NUMBER", v["passport"])],
        [("NOM, PRÉNOM / SURNAME, NAME", v["name_line"])],
    ]
    y = 14.5
    for row in pg_rows:
        for i, (label, value) in enumerate(row):
            x = 34 + i * 40
            sub.text(x, y, label, "sans", 3.9, "#2c3e50")
            sub.text(x, y + 3.2, value, "monob", 7.2, "#111111")
        y += 6.6
    sub.text(34, y, "REMARQUES / REMARKS", "sans", 3.9, "#2c3e50")
    for i, r in enumerate(v["remarks"]):
        sub.text(34, y + 3.2 + i * 3.3, r, "monob", 6.2, "#111111")
    mrz(sub, 3, 70.5, v["mrz"], 113, gap=5.0)
    pg.image(sub.img, 2.5, 4, 120, 80)
    if v.get("stamp"):
        pg.circle(100, 60, 11, stroke="#5a3f8c", lw=0.5)
        pg.text(100, 59, "CONSULAT", "sansb", 4.5, "#5a3f8c", "c")
        pg.text(100, 63, v["stamp"], "sans", 4.0, "#5a3f8c", "c")
    return pg.img


def fr_card_front(c: dict, rng: random.Random, kind: str, dpi=600) -> Image.Image:
    """ID-1 front: kind 'ts' (titre de séjour, 2020 model) or 'cni' (2021 CNI)."""
    pg = ImgPage(85.6, 54, dpi, bg="#eef1f6" if kind == "cni" else "#f1eef5")
    guilloche(pg, 0, 0, 85.6, 54, "#d6dfee" if kind == "cni" else "#e2d8ea", rng, n=36, amp=1.4)
    pg.rect(0, 0, 85.6, 3.2, stroke=None, fill="#1f3f8f")
    pg.rect(0, 3.2, 85.6, 0.8, stroke=None, fill="#e23b3b")
    pg.text(3, 7.6, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.6, "#1f3f8f")
    if kind == "cni":
        pg.text(3, 10.6, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sansb", 4.2, "#1f3f8f")
    else:
        pg.text(3, 10.6, "TITRE DE SÉJOUR / RESIDENCE PERMIT", "sansb", 4.4, "#1f3f8f")
    pg.text(82.6, 7.6, c["number"], "monob", 6.0, "#1a1a1a", "r")
    pg.image(face(rng, 240, 300, grey=(kind == "cni")), 3, 13, 22, 28)
    x = 28
    rows = c["rows"]
    y = 14.5
    for row in rows:
        for i, (label, value) in enumerate(row):
            xx = x + i * 22
            pg.text(xx, y, label, "sans", 3.2, "#2d3d6b")
            pg.text(xx, y + 2.7, value, "sansb", 5.3, "#111111")
        y += 6.3
    if c.get("signature"):
        pg.signature(4, 49, c["signature"], 7, "#111122", rng)
    return pg.img


def fr_card_back(c: dict, rng: random.Random, kind: str, dpi=600) -> Image.Image:
    pg = ImgPage(85.6, 54, dpi, bg="#eef1f6" if kind == "cni" else "#f1eef5")
    guilloche(pg, 0, 0, 85.6, 54, "#d6dfee" if kind == "cni" else "#e2d8ea", rng, n=36, amp=1.4)
    y = 5.5
    for label, value in c["back_rows"]:
        pg.text(4, y, label, "sans", 3.2, "#2d3d6b")
        for i, v in enumerate(value.split("\n")):
            pg.text(4, y + 2.7 + i * 2.6, v, "sansb", 4.8, "#111111")
        y += 5.6 + 2.6 * value.count("\n")
    pg.rect(60, 4, 22, 14, stroke="#8a96b5", fill="#dfe4ef", lw=0.2)
    pg.text(71, 12, "2D-DOC", "mono", 3.5, "#8a96b5", "c")
    pg.rect(0, 36, 85.6, 18, stroke=None, fill="#f7f7f4")
    mrz(pg, 3.2, 41.5, c["mrz"], 79, gap=4.3)
    return pg.img


def two_sides_on_bed(front: Image.Image, back: Image.Image, dpi_src=600) -> Image.Image:
    """Both faces of a card, stacked like on a photocopy of recto and verso."""
    w, h = front.size
    out = Image.new("RGB", (w + 40, 2 * h + 160), (255, 255, 255))
    out.paste(front, (20, 20))
    out.paste(back, (20, h + 120))
    return out
