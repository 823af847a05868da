"""Identity documents, visas, residence permits, birth certificates and apostilles."""

from __future__ import annotations

import math
import random

from kit import FONTS, Page, pil_font, portrait, put_hand, put_signature
from PIL import Image, ImageDraw, ImageFilter

INK = (20, 20, 30)


def guilloche(page: Page, w, h, color, rng, n=14):
    for i in range(n):
        y0 = h * i / n
        amp = rng.uniform(1, 3)
        pts = [(x, y0 + amp * math.sin(x / rng.uniform(4, 9))) for x in range(0, int(w) + 1, 2)]
        for a, b in zip(pts, pts[1:]):
            page.line(a[0], a[1], b[0], b[1], color, 0.12)


def stamp(text_top, text_mid, rng, color=(40, 60, 150), d=300):
    im = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = color + (190,)
    dr.ellipse([6, 6, d - 6, d - 6], outline=c, width=6)
    dr.ellipse([34, 34, d - 34, d - 34], outline=c, width=3)
    f = pil_font(FONTS["sansb"], 22)
    # text around the ring, one glyph at a time
    n = len(text_top)
    for i, ch in enumerate(text_top):
        a = math.pi * (1.1 + 0.8 * i / max(1, n - 1))
        x, y = d / 2 + math.cos(a) * (d / 2 - 20), d / 2 + math.sin(a) * (d / 2 - 20)
        g = Image.new("RGBA", (30, 30), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((15, 15), ch, font=f, fill=c, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - 15), int(y - 15)))
    f2 = pil_font(FONTS["sansb"], 24)
    for j, line in enumerate(text_mid.split("\n")):
        dr.text((d / 2, d / 2 - 14 + j * 30), line, font=f2, fill=c, anchor="mm")
    im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    return im.filter(ImageFilter.GaussianBlur(0.8))


def mrz_lines(page: Page, x, y, lines, size=10.5, gap=4.6):
    for i, line in enumerate(lines):
        page.text(x, y + i * gap, line, "ocrb", size)


def passport_page(d: dict, cfg: dict, rng: random.Random) -> Page:
    """ICAO TD3 data page (125 x 88 mm). d: printed fields and mrz (two lines)."""
    p = Page(125, 88, cfg.get("bg", (236, 240, 232)))
    guilloche(p, 125, 60, cfg.get("guil", (180, 200, 190)), rng)
    p.text(62, 6, cfg["header"], "sansb", 7.5, cfg.get("hc", (30, 60, 90)), align="m")
    p.text(62, 9.5, cfg.get("header2", ""), "sans", 5.5, cfg.get("hc", (30, 60, 90)), align="m")
    p.image(5, 14, 30, 38, portrait(rng, skin=cfg.get("skin", (95, 65, 45))))
    lab = cfg["labels"]
    x, y = 39, 15
    lc = (70, 70, 90)
    row = [(lab[0], "P"), (lab[1], d["country"]), (lab[2], d["number"])]
    for i, (lb, v) in enumerate(row):
        xx = x + [0, 18, 42][i]
        p.text(xx, y, lb, "sans", 4.6, lc)
        p.text(xx, y + 3.6, v, "sansb", 7.5, INK)
    y += 7.5
    for lb, v in [
        (lab[3], d["surname"]),
        (lab[4], d["given_names"]),
        (lab[5], d["nationality_text"]),
    ]:
        p.text(x, y, lb, "sans", 4.6, lc)
        p.text(x, y + 3.6, v, "sansb", 7.5, INK)
        y += 7.2
    p.text(x, y, lab[6], "sans", 4.6, lc)
    p.text(x, y + 3.6, d["dob_text"], "sansb", 7.5, INK)
    p.text(x + 36, y, lab[7], "sans", 4.6, lc)
    p.text(x + 36, y + 3.6, d["sex"], "sansb", 7.5, INK)
    p.text(x + 48, y, lab[8], "sans", 4.6, lc)
    p.text(x + 48, y + 3.6, d["pob"], "sansb", 7.5, INK)
    y += 7.2
    p.text(x, y, lab[9], "sans", 4.6, lc)
    p.text(x, y + 3.6, d["issue_text"], "sansb", 7.5, INK)
    p.text(x + 36, y, lab[10], "sans", 4.6, lc)
    p.text(x + 36, y + 3.6, d["authority"], "sansb", 6.5, INK)
    y += 7.2
    p.text(x, y, lab[11], "sans", 4.6, lc)
    p.text(x, y + 3.6, d["expiry_text"], "sansb", 7.5, INK)
    p.text(x + 36, y, lab[12], "sans", 4.6, lc)
    put_signature(p, x + 36, y + 0.5, 30, 7, d["given_names"].split()[0], rng, "dancing")
    p.rect(0, 66, 125, 22, stroke=None, fill=tuple(min(255, c + 10) for c in p.bg))
    mrz_lines(p, 4.5, 75, d["mrz"], 10.3, 6.2)
    return p


def french_visa(d: dict, rng: random.Random) -> Page:
    """A French long-stay visa sticker (MRV-A) glued on a passport visa page."""
    p = Page(125, 88, (233, 236, 228))
    guilloche(p, 125, 88, (200, 210, 200), rng, 10)
    x0, y0 = 3, 3
    p.rect(x0, y0, 119, 82, stroke=(150, 160, 170), fill=(232, 238, 246), lw=0.2)
    guilloche_c = (190, 200, 225)
    for i in range(9):
        p.line(x0, y0 + 5 + i * 6, x0 + 119, y0 + 8 + i * 6, guilloche_c, 0.15)
    p.text(x0 + 4, y0 + 6, "VISA", "sansb", 11, (30, 40, 120))
    p.text(x0 + 80, y0 + 6, d["number"], "sansb", 10, (170, 30, 40))
    p.image(x0 + 3, y0 + 15, 26, 33, portrait(rng, skin=d.get("skin", (95, 65, 45))))
    lc, vc = (60, 60, 110), INK
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 0),
        ("DU / FROM", d["from_text"], 0),
        ("AU / UNTIL", d["until_text"], 36),
        ("TYPE DE VISA / TYPE OF VISA", "D", 0),
        ("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT", 36),
        ("DUREE DE SEJOUR / DURATION OF STAY", d["days"] + " JOURS", 0),
        ("DELIVRE A / ISSUED IN", d["issued_in"], 0),
        ("LE / ON", d["issued_text"], 36),
        ("NUMERO DE PASSEPORT / NUMBER OF PASSPORT", d["passport"], 0),
        ("NOM, PRENOM / SURNAME, NAME", d["surname"] + ", " + d["given_names"], 0),
    ]
    x, y = x0 + 33, y0 + 12
    for lb, v, dx in rows:
        if dx == 0 and (lb, v) != rows[0][:2]:
            y += 5.4
        p.text(x + dx, y, lb, "sans", 3.8, lc)
        p.text(x + dx, y + 2.9, v, "sansb", 6.3, vc)
    p.text(x0 + 3, y0 + 55, "REMARQUES :", "sans", 4.3, lc)
    for i, r in enumerate(d["remarks"]):
        p.text(x0 + 3, y0 + 58.5 + i * 3.2, r, "sansb", 5.6, vc)
    mrz_lines(p, x0 + 2.5, y0 + 73.5, d["mrz"], 9.6, 5.6)
    return p


def id1_front_back(d: dict, rng: random.Random, kind: str) -> tuple[Page, Page]:
    """French titre de séjour ('permit') or new French CNI ('cni'), ID-1 85.6 x 54 mm."""
    bg = (228, 236, 242) if kind == "cni" else (238, 232, 240)
    f = Page(85.6, 54, bg)
    guilloche(f, 85.6, 54, (200, 208, 225), rng, 12)
    f.rect(0, 0, 85.6, 7, stroke=None, fill=(30, 50, 120))
    f.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (255, 255, 255))
    title = "CARTE NATIONALE D'IDENTITÉ" if kind == "cni" else "TITRE DE SÉJOUR"
    f.text(83, 4.8, title, "sansb", 5.2, (255, 255, 255), align="r")
    f.image(3, 10, 22, 28, portrait(rng, skin=d.get("skin", (200, 160, 130))))
    lc = (70, 70, 100)
    x, y = 28, 11
    rows = [("NOM / Surname", d["surname"]), ("Prénoms / Given names", d["given_names"])]
    if kind == "cni":
        rows += [
            ("Sexe / Nationalité / Date de naiss.", f"{d['sex']}   FRA   {d['dob_text']}"),
            ("Lieu de naissance / Place of birth", d["pob"]),
            ("N° du document / Document No", d["number"]),
            ("Date d'expiration / Expiry date", d["expiry_text"]),
        ]
    else:
        rows += [
            ("Sexe / Nat. / Date de naissance", f"{d['sex']}   {d['nat']}   {d['dob_text']}"),
            ("Catégorie / Remarks", d["category"]),
            ("N° / Document No", d["number"]),
            ("Valable jusqu'au / Valid until", d["expiry_text"]),
        ]
    for lb, v in rows:
        f.text(x, y, lb, "sans", 3.3, lc)
        f.text(x, y + 2.9, v, "sansb", 5.3, INK)
        y += 6.5
    put_signature(f, 4, 40, 20, 8, d["surname"].title(), rng, "dancing")
    b = Page(85.6, 54, bg)
    guilloche(b, 85.6, 30, (200, 208, 225), rng, 8)
    b.text(3, 5, "Adresse / Address", "sans", 3.4, lc)
    for i, line in enumerate(d["address"]):
        b.text(3, 8.3 + i * 3.3, line, "sansb", 5, INK)
    if kind == "cni":
        b.text(3, 18, "Délivré le / Date of issue", "sans", 3.4, lc)
        b.text(3, 21, d["issue_text"], "sansb", 5, INK)
    else:
        b.text(3, 18, "Délivré par / Issued by", "sans", 3.4, lc)
        b.text(3, 21, d["authority"], "sansb", 5, INK)
        b.text(50, 18, "Date de délivrance", "sans", 3.4, lc)
        b.text(50, 21, d["issue_text"], "sansb", 5, INK)
    b.rect(0, 31, 85.6, 23, stroke=None, fill=(246, 246, 244))
    mrz_lines(b, 3.5, 38, d["mrz"], 8.7, 5.3)
    return f, b


def apostille_page(d: dict, rng: random.Random, lang_labels: list[str], font="serif") -> Page:
    """Hague Convention model: the 10 numbered items, a seal and a signature."""
    p = Page()
    p.rect(30, 35, 150, 170, lw=0.6)
    p.text(105, 50, "APOSTILLE", "sansb", 18, align="m")
    p.text(105, 57, "(Convention de La Haye du 5 octobre 1961)", font, 10, align="m")
    y = 70
    vals = d["items"]
    p.text(38, y, "1. " + lang_labels[0], font, 10)
    p.text(110, y, vals[0], "sansb", 10)
    y += 8
    p.text(38, y, lang_labels[1], font, 9)
    y += 8
    for i in range(1, 4):
        p.text(42, y, f"{i + 1}. {lang_labels[i + 1]}", font, 10)
        put_hand(p, 110, y, vals[i], 10, rng, "rufscript", (30, 30, 30)) if d.get(
            "hand"
        ) else p.text(110, y, vals[i], "sansb", 9.5)
        y += 8
    p.text(105, y + 2, lang_labels[5], "sansb", 10.5, align="m")
    y += 12
    for i in range(4, 10):
        p.text(38 if i % 2 == 0 else 108, y, f"{i + 1}. {lang_labels[i + 2]}", font, 10)
        if i < 8:
            p.text(56 if i % 2 == 0 else 122, y, vals[i], "sansb", 9.5)
        if i % 2 == 1:
            y += 9
    p.image(45, y - 20, 42, 42, stamp(d["stamp_ring"], d["stamp_mid"], rng))
    put_signature(p, 118, y - 14, 50, 18, d["signer"], rng, "kaushan")
    return p


def cert_frame(p: Page, color, rng):
    p.rect(10, 10, 190, 277, stroke=color, lw=1.2)
    p.rect(12, 12, 186, 273, stroke=color, lw=0.3)
