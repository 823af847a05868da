"""Identity documents: passport data pages, visa sticker, French ID-1 cards."""

from __future__ import annotations

import random

from bt_common import MM, face, guilloche, mixed, qr_like, signature

MONTHS_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MONTHS_FR = "JANV FÉVR MARS AVR MAI JUIN JUIL AOÛT SEPT OCT NOV DÉC".split()
MONTHS_ES = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()


def d_pass(iso: str, style: str) -> str:
    y, m, d = iso.split("-")
    mi = int(m) - 1
    if style == "cn":
        return f"{d} {int(m)}月/{MONTHS_EN[mi]} {y}"
    if style == "es":
        return f"{d} {MONTHS_ES[mi]}/{MONTHS_EN[mi]} {y}"
    if style == "fr":
        return f"{d} {MONTHS_FR[mi]}/{MONTHS_EN[mi]} {y}"
    if style == "num":
        return f"{d}/{m}/{y}"
    if style == "dot":
        return f"{d}.{m}.{y}"
    return f"{d} {MONTHS_EN[mi]} {y}"


def mrz_block(c, x, y, lines, size, font="Mono", spacing=1.35):
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * size * spacing, ln)


def passport_booklet(p: dict, seed: int, upper: str = "blank"):
    """Open passport: upper page (observations/visa) and the data page below (125x176mm)."""
    w, h = 125 * MM, 176 * MM

    def draw(c, _w, _h):
        r = random.Random(seed)
        st = p["style"]
        c.setFillColorRGB(*st["page_bg"])
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, h / 2, w, h / 2, st["guil"], r, n=34)
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.6)
        c.line(0, h / 2, w, h / 2)
        if upper == "observations":
            c.setFillColorRGB(0.3, 0.3, 0.35)
            c.setFont(st["font"], 8)
            c.drawCentredString(w / 2, h - 12 * MM, st.get("obs", "OBSERVATIONS"))
            c.setFont(st["font"], 6)
            c.drawCentredString(w / 2, h / 2 + 6 * MM, str(r.randint(2, 3)))
        dp = h / 2
        guilloche(c, 0, 0, w, dp, st["guil"], r, n=30)
        c.setFillColorRGB(*st["title_col"])
        yy = dp - 6 * MM
        for txt, fnt, sz in st["title"]:
            c.setFont(fnt, sz)
            c.drawCentredString(w / 2 + 12 * MM, yy, txt)
            yy -= sz * 1.2 + 2.5
        face(c, 5 * MM, 23 * MM, 30 * MM, 38 * MM, r, skin=p.get("skin", (0.55, 0.4, 0.3)))
        lab = st["label_col"]
        rows = p["rows"]
        xs = (39 * MM, 68 * MM, 95 * MM)
        ty = dp - 19 * MM
        lh = st.get("lh", 7.0 * MM)
        prev = 99
        for label, value, col in rows:
            if col <= prev and prev != 99:
                ty -= lh
            prev = col
            x = xs[col]
            c.setFillColorRGB(*lab)
            mixed(c, x, ty, label, st.get("lfont", "Sans"), 5.2)
            c.setFillColorRGB(0.05, 0.05, 0.08)
            mixed(c, x, ty - 3.3 * MM, value, st.get("vfont", "SansB"), 8)
        signature(c, 8 * MM, 15 * MM, 24 * MM, 6 * MM, r, ink=(0.1, 0.1, 0.15))
        mrz_block(c, 4 * MM, 10 * MM, p["mrz"], 11.6)

    return (w, h, draw)


def visa_sticker_page(v: dict, seed: int):
    """A passport visa page (125x88mm) carrying a French long-stay visa sticker."""
    w, h = 125 * MM, 88 * MM

    def draw(c, _w, _h):
        r = random.Random(seed)
        c.setFillColorRGB(0.93, 0.92, 0.88)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, (0.75, 0.78, 0.8), r, n=22)
        sx, sy, sw, sh = 3 * MM, 5 * MM, 119 * MM, 78 * MM
        c.setFillColorRGB(0.9, 0.93, 0.96)
        c.roundRect(sx, sy, sw, sh, 2 * MM, stroke=0, fill=1)
        guilloche(c, sx, sy + 20 * MM, sw, sh - 20 * MM, (0.62, 0.72, 0.9), r, n=30)
        c.setFillColorRGB(0.15, 0.25, 0.55)
        c.setFont("SansB", 15)
        c.drawString(sx + 4 * MM, sy + sh - 9 * MM, "VISA")
        c.setFont("Sans", 6)
        c.drawString(sx + 22 * MM, sy + sh - 6 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFillColorRGB(0.75, 0.1, 0.1)
        c.setFont("Courier", 11)
        c.drawRightString(sx + sw - 4 * MM, sy + sh - 8 * MM, "FRA " + v["number"])
        face(
            c, sx + 3 * MM, sy + 22 * MM, 24 * MM, 30 * MM, r, skin=v.get("skin", (0.7, 0.55, 0.42))
        )
        x0, x1 = sx + 31 * MM, sx + 78 * MM
        rows = [
            ("VALABLE POUR / VALID FOR", "FRANCE", x0, 64),
            ("DU / FROM", v["from_txt"], x0, 57),
            ("AU / UNTIL", v["until_txt"], x1, 57),
            ("TYPE DE VISA / TYPE OF VISA", "D", x0, 50),
            ("DURÉE DE SÉJOUR / DURATION OF STAY", v["days"] + " JOURS", x1, 50),
            ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", x0, 43),
            ("DÉLIVRÉ À / ISSUED IN", v["issued_in"], x1, 43),
            ("LE / ON", v["issued_txt"], x0, 36),
            ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"], x1, 36),
            ("NOM, PRÉNOM / SURNAME, NAME", v["name"], x0, 29),
        ]
        for lab, val, x, yy in rows:
            c.setFillColorRGB(0.2, 0.3, 0.55)
            c.setFont("Sans", 4.6)
            c.drawString(x, sy + yy * MM, lab)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont("Courier", 8)
            c.drawString(x, sy + (yy - 3.4) * MM, val)
        c.setFillColorRGB(0.2, 0.3, 0.55)
        c.setFont("Sans", 4.6)
        c.drawString(sx + 3 * MM, sy + 22 * MM, "REMARQUES / REMARKS")
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont("Courier", 7.4)
        for i, ln in enumerate(v["remarks"]):
            c.drawString(sx + 30 * MM, sy + (19 - i * 3.1) * MM, ln)
        mrz_block(c, sx + 3 * MM, sy + 6.3 * MM, v["mrz"], 11.2, spacing=1.3)

    return (w, h, draw)


def fr_card_front(k: dict, seed: int):
    """French ID-1 card front (CNI 2021 model or titre de séjour), 85.6 x 54 mm."""
    w, h = 85.6 * MM, 54 * MM

    def draw(c, _w, _h):
        r = random.Random(seed)
        c.setFillColorRGB(*k["bg"])
        c.roundRect(0, 0, w, h, 3 * MM, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, k["guil"], r, n=26)
        c.setFillColorRGB(0.0, 0.14, 0.58)
        c.rect(0, h - 3 * MM, 2.2 * MM, 3 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.93, 0.16, 0.22)
        c.rect(4.4 * MM, h - 3 * MM, 2.2 * MM, 3 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.15, 0.4)
        c.setFont("SansB", 6.2)
        c.drawString(9 * MM, h - 4.2 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("SansB", 5.4)
        c.drawString(9 * MM, h - 7.2 * MM, k["title"])
        if k.get("title2"):
            c.setFont("SansI", 4.6)
            c.drawString(9 * MM, h - 9.6 * MM, k["title2"])
        face(c, 3 * MM, 9 * MM, 21 * MM, 27 * MM, r, skin=k.get("skin", (0.5, 0.35, 0.25)))
        y = h - 13.5 * MM
        for lab, val in k["rows"]:
            if isinstance(lab, tuple):
                offs = (0, 12 * MM, 30 * MM) if len(lab) == 3 else (0, 27 * MM)
                for (lb, vl), xoff in zip(zip(lab, val, strict=False), offs, strict=False):
                    _lv(c, 27 * MM + xoff, y, lb, vl)
            else:
                _lv(c, 27 * MM, y, lab, val)
            y -= 6.1 * MM
        c.setFont("SansB", 6.5)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.drawString(3 * MM, 4.5 * MM, k.get("bottom_left", ""))
        signature(c, 62 * MM, 3 * MM, 18 * MM, 5 * MM, r, ink=(0.05, 0.05, 0.12))

    return (w, h, draw)


def _lv(c, x, y, lab, val):
    c.setFillColorRGB(0.25, 0.3, 0.45)
    c.setFont("Sans", 3.9)
    c.drawString(x, y, lab)
    c.setFillColorRGB(0.02, 0.02, 0.05)
    c.setFont("SansB", 6.6)
    c.drawString(x, y - 2.8 * MM, val)


def fr_card_back(k: dict, seed: int):
    w, h = 85.6 * MM, 54 * MM

    def draw(c, _w, _h):
        r = random.Random(seed + 1)
        c.setFillColorRGB(*k["bg"])
        c.roundRect(0, 0, w, h, 3 * MM, stroke=0, fill=1)
        guilloche(c, 0, 18 * MM, w, h - 18 * MM, k["guil"], r, n=20)
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, 17 * MM, stroke=0, fill=1)
        y = h - 6 * MM
        for lab, val in k["back_rows"]:
            _lv(c, 4 * MM, y, lab, val)
            y -= 6.3 * MM
        if k.get("qr"):
            qr_like(c, w - 19 * MM, 20 * MM, 15 * MM, r)
        mrz_block(c, 4 * MM, 13 * MM, k["mrz"], 11.2, spacing=1.22)

    return (w, h, draw)
