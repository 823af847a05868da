"""Birth certificates (Senegal, China notarial, Türkiye Formül A, Philippines PSA), apostilles
(Hague model, 10 numbered items) and a sworn French translation. Drawn with reportlab."""

from __future__ import annotations

import io
import math
import random

from PIL import Image
from reportlab.lib.utils import ImageReader

from bp_hand import signature_png
from bp_pdf import Doc, rgb

GREY = rgb(95, 95, 95)
STAMP_BLUE = rgb(40, 60, 150)
STAMP_RED = rgb(200, 30, 40)
STAMP_VIOLET = rgb(110, 60, 150)


def stamp(d: Doc, cx, cy, r, outer: str, inner: list[str], color, font="Arial-B", size=7):
    c = d.c
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.4)
    c.circle(cx, d.h - cy, r, stroke=1, fill=0)
    c.setLineWidth(0.7)
    c.circle(cx, d.h - cy, r * 0.72, stroke=1, fill=0)
    n = len(outer)
    span = 300.0
    for i, ch in enumerate(outer):
        ang = math.radians(90 + span / 2 - i * span / max(1, n - 1))
        x = cx + math.cos(ang) * r * 0.84
        y = d.h - cy + math.sin(ang) * r * 0.84
        c.saveState()
        c.translate(x, y)
        c.rotate(math.degrees(ang) - 90)
        c.setFont(font, size)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    yy = d.h - cy + (len(inner) - 1) * size * 0.6
    for line in inner:
        c.setFont(font, size * 0.95)
        c.drawCentredString(cx, yy - size * 0.3, line)
        yy -= size * 1.2
    c.restoreState()


def put_signature(d: Doc, x, y, w, h, name, rng, color=(25, 35, 110)):
    img = signature_png(int(w * 4), int(h * 4), name, rng, color)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    d.image(ImageReader(io.BytesIO(buf.getvalue())), x, y, w, h, mask="auto")


def qr_like(d: Doc, x, y, size, rng: random.Random, n=25):
    """A QR-looking module grid (not decodable), as printed on verification slips."""
    m = size / n
    c = d.c
    c.setFillColor(rgb(15, 15, 15))
    grid = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for i in range(7):
            for j in range(7):
                edge = i in (0, 6) or j in (0, 6)
                core = 2 <= i <= 4 and 2 <= j <= 4
                grid[fy + i][fx + j] = edge or core
        for i in range(-1, 8):
            for j in range(-1, 8):
                if 0 <= fy + i < n and 0 <= fx + j < n and (i in (-1, 7) or j in (-1, 7)):
                    grid[fy + i][fx + j] = False
    for i in range(n):
        for j in range(n):
            if grid[i][j]:
                c.rect(x + j * m, d.h - y - (i + 1) * m, m, m, stroke=0, fill=1)


# ------------------------------------------------------------------ Senegal


def senegal_extrait(s: dict, rng: random.Random) -> bytes:
    d = Doc("Extrait acte de naissance")
    f, fb = "Times", "Times-B"
    d.text(140, 52, "RÉPUBLIQUE DU SÉNÉGAL", fb, 10.5, align="c")
    d.text(140, 66, "Un Peuple - Un But - Une Foi", "Times-I", 9, align="c")
    d.hline(110, 170, 74)
    d.lines(
        140,
        90,
        [
            f"RÉGION DE {s['region']}",
            f"DÉPARTEMENT DE {s['dept']}",
            f"COMMUNE DE {s['commune']}",
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
        fb,
        8.5,
        12,
        align="c",
    )
    d.text(455, 90, "Pour l'année", f, 9.5, align="c")
    d.text(455, 106, s["year"], fb, 12, align="c")
    d.text(455, 124, f"N° {s['reg_no']}", fb, 11, align="c")
    d.text(455, 138, "dans le registre", "Times-I", 8.5, align="c")
    d.rect(60, 170, 475, 34, fill=rgb(238, 238, 230), stroke=rgb(60, 60, 60))
    d.text(297, 192, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", fb, 13.5, align="c")
    rows = [
        ("Le", s["dob_words"]),
        ("à", s["time"]),
        ("est né(e) à", s["pob"]),
        ("Prénom(s)", s["given"]),
        ("Nom", s["surname"]),
        ("Sexe", s["sex_word"]),
        ("de", s["father"]),
        ("et de", s["mother"]),
        ("Domicile des parents", s["parents_address"]),
    ]
    y = 232
    for lab, val in rows:
        d.text(70, y, lab, "Times-I", 10.5)
        d.hline(190, 530, y + 3, rgb(140, 140, 140), 0.4, (1, 2))
        d.text(195, y, val, fb, 11)
        y += 30
    d.para(70, y + 6, ("Mention(s) marginale(s) : NÉANT"), 460, f, 10)
    y += 44
    d.para(70, y, s["delivery"], 460, f, 10.5, 14)
    d.text(70, y + 44, "POUR EXTRAIT CERTIFIÉ CONFORME", fb, 10)
    d.text(390, y + 44, "L'Officier de l'État Civil", fb, 10, align="c")
    stamp(
        d,
        250,
        y + 110,
        46,
        f"* COMMUNE DE {s['commune']} * ÉTAT CIVIL",
        ["CENTRE", "PRINCIPAL"],
        STAMP_BLUE,
        size=6.5,
    )
    put_signature(d, 330, y + 60, 120, 50, s["officer"], rng)
    d.text(390, y + 126, s["officer"], f, 9.5, align="c")
    d.text(
        297,
        800,
        "Le présent extrait ne peut être délivré qu'aux personnes désignées à "
        "l'article 31 du Code de la Famille.",
        "Times-I",
        7.5,
        GREY,
        "c",
    )
    d.page()
    return d.bytes()


# ------------------------------------------------------------------ China (notarial)


def china_notarial(n: dict, rng: random.Random) -> bytes:
    d = Doc("公证书")
    d.text(297, 110, "公  证  书", "CJK", 30, align="c")
    d.text(480, 160, n["no_cn"], "CJK", 10.5, align="r")
    y = 210
    for para in n["cn_paras"]:
        y = _cjk_para(d, 80, y, para, 435, 13) + 14
    d.text(515, y + 50, n["office_cn"], "CJK", 12, align="r")
    d.text(515, y + 80, f"公证员  {n['notary_cn']}", "CJK", 12, align="r")
    put_signature(d, 430, y + 84, 80, 30, n["notary_en"], rng, (20, 20, 20))
    d.text(515, y + 130, n["date_cn"], "CJK", 12, align="r")
    stamp(d, 420, y + 80, 52, n["office_cn"][-12:], ["★", "公证专用章"], STAMP_RED, "CJK", 8)
    d.text(297, 800, "— 1 —", "Times", 9, align="c")
    d.page()
    f, fb = "Times", "Times-B"
    d.text(297, 110, "NOTARIAL CERTIFICATE", fb, 20, align="c")
    d.text(515, 160, n["no_en"], f, 10.5, align="r")
    y = 210
    for para in n["en_paras"]:
        y = d.para(80, y, para, 435, f, 12, 18, justify=True) + 10
    d.lines(
        515, y + 40, [n["office_en"][0], n["office_en"][1], n["office_en"][2]], f, 11, 15, align="r"
    )
    d.text(515, y + 100, f"Notary Public: {n['notary_en']}", f, 11.5, align="r")
    d.text(515, y + 125, n["date_en"], f, 11.5, align="r")
    d.text(297, 800, "— 2 —", "Times", 9, align="c")
    d.page()
    d.text(297, 140, "证  明", "CJK", 20, align="c")
    _cjk_para(d, 80, 200, "兹证明前面的英文译文与中文原文内容相符。", 435, 13)
    d.para(
        80,
        250,
        "This is to certify that the foregoing English translation is in conformity "
        "with the original Chinese text.",
        435,
        "Times",
        12,
        18,
    )
    d.text(515, 340, n["office_cn"], "CJK", 12, align="r")
    d.text(515, 370, f"公证员  {n['notary_cn']}", "CJK", 12, align="r")
    d.text(515, 400, n["date_cn"], "CJK", 12, align="r")
    stamp(d, 430, 360, 52, n["office_cn"][-12:], ["★", "公证专用章"], STAMP_RED, "CJK", 8)
    d.text(297, 800, "— 3 —", "Times", 9, align="c")
    d.page()
    return d


def _cjk_para(d: Doc, x, y, text, width, size):
    cur = ""
    for ch in text:
        if d.c.stringWidth(cur + ch, "CJK", size) > width:
            d.text(x, y, cur, "CJK", size)
            y += size * 1.9
            cur = ""
        cur += ch
    if cur:
        d.text(x, y, cur, "CJK", size)
        y += size * 1.9
    return y


# ------------------------------------------------------------------ apostilles

APO_LABELS = {
    "en": [
        "Country:",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
        "This public document",
        "Certified",
    ],
    "tr": [
        "Ülke / Country / Pays :",
        "imzalayan / has been signed by / a été signé par",
        "sıfatı / acting in the capacity of / agissant en qualité de",
        "mühür veya damgası / bears the seal/stamp of / est revêtu du sceau de",
        "yer / at / à",
        "tarih / the / le",
        "tasdik eden / by / par",
        "sayı / No / sous no",
        "mühür / Seal / sceau",
        "imza / Signature",
        "İşbu resmi belge / This public document / Le présent acte public",
        "Tasdik olunur / Certified / Attesté",
    ],
}


def apostille(d: Doc, a: dict, rng: random.Random, top=70):
    """Draw one apostille page on d. a: lang, country, signed_by, capacity, seal_of, at, date,
    by, number, zh (optional Chinese label list), header (list), signer, qr."""
    L = APO_LABELS[a["lang"]]
    zh = a.get("zh")
    x0, w = 70, 455
    d.rect(x0, top, w, 560, stroke=rgb(40, 40, 40), lw=1.4)
    d.rect(x0 + 5, top + 5, w - 10, 550, stroke=rgb(40, 40, 40), lw=0.5)
    y = top + 30
    for h in a.get("header", []):
        d.text(297, y, h, "CJK" if zh else "Times-B", 10, align="c")
        y += 15
    if zh:
        d.text(297, y + 6, "附加证明书", "CJK", 16, align="c")
        y += 22
    d.text(297, y + 8, "APOSTILLE", "Times-B", 20, align="c")
    d.text(297, y + 26, "(Convention de La Haye du 5 octobre 1961)", "Times-I", 11, align="c")
    y += 56
    f, fb = "Times", "Times-B"

    def item(num, lab, val, x=x0 + 20, yy=None, width=None):
        yy = y if yy is None else yy
        lab_txt = (zh[num - 1] + " " if zh else "") + lab
        d.text(x, yy, f"{num}.", fb, 10.5)
        font = "CJK" if zh else f
        d.text(x + 16, yy, lab_txt, font, 8.6 if zh else 9.5, GREY)
        d.text(x + 16, yy + 14, val, fb, 11)

    item(1, L[0], a["country"])
    y += 36
    d.text(x0 + 20, y, (zh[10] + " " if zh else "") + L[10], "CJK" if zh else fb, 10)
    y += 20
    for num, key in ((2, "signed_by"), (3, "capacity"), (4, "seal_of")):
        item(num, L[num - 1], a[key])
        y += 36
    d.text(x0 + 20, y, (zh[11] + " " if zh else "") + L[11], "CJK" if zh else fb, 10)
    y += 20
    item(5, L[4], a["at"])
    item(6, L[5], a["date"], x=x0 + 240)
    y += 36
    item(7, L[6], a["by"])
    y += 36
    item(8, L[7], a["number"])
    y += 40
    item(9, L[8], "", yy=y)
    item(10, L[9], "", x=x0 + 240, yy=y)
    stamp(
        d,
        x0 + 110,
        y + 75,
        46,
        a["stamp_outer"],
        a.get("stamp_inner", ["★"]),
        a.get("stamp_color", STAMP_BLUE),
        "CJK" if zh else "Arial-B",
        6.5,
    )
    put_signature(d, x0 + 230, y + 24, 120, 50, a["signer"], rng)
    if a.get("qr"):
        qr_like(d, x0 + w - 84, y + 70, 64, rng)
        d.text(x0 + w - 20, min(y + 146, top + 548), a.get("verify", ""), f, 7, GREY, "r")


def apostille_page(a: dict, rng: random.Random) -> bytes:
    d = Doc("Apostille")
    apostille(d, a, rng)
    d.page()
    return d.bytes()


# ------------------------------------------------------------------ sworn translation


def sworn_translation(t: dict, rng: random.Random) -> bytes:
    d = Doc("Traduction")
    f, fb = "Caladea", "Caladea-B"
    d.lines(60, 50, t["translator_lines"], f, 9, 11.5)
    d.text(535, 50, f"Répertoire n° {t['rep_no']}", f, 9, align="r")
    d.text(297, 130, "TRADUCTION", fb, 15, align="c")
    d.text(297, 148, t["from_to"], "Caladea", 10, align="c")
    y = 185
    for kind, txt in t["body"]:
        if kind == "h":
            d.text(297, y, txt, fb, 12, align="c")
            y += 22
        elif kind == "r":
            d.text(535, y, txt, f, 10, align="r")
            y += 18
        else:
            y = d.para(60, y, txt, 475, f, 10.5, 15, justify=True) + 8
    y += 14
    d.para(60, y, t["cert"], 475, "Caladea", 10, 14)
    y += 58
    d.text(360, y, t["place_date"], f, 10)
    stamp(d, 180, y + 60, 52, t["stamp_outer"], t["stamp_inner"], STAMP_VIOLET, "Arial-B", 6.2)
    put_signature(d, 360, y + 12, 130, 50, t["translator"], rng)
    d.text(
        297,
        805,
        "Traduction certifiée conforme - ne vaut que pour le document produit",
        "Caladea",
        7.5,
        GREY,
        "c",
    )
    d.page()
    return d.bytes()


def to_pil(img_bytes) -> Image.Image:
    return Image.open(io.BytesIO(img_bytes))
