"""Identity documents: passport data pages, French visa stickers, residence cards, CNI."""

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from common import mrva, new_canvas, signature, td1, td3

MON = {
    "en": "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(),
    "fr": "JAN FEV MAR AVR MAI JUIN JUIL AOUT SEPT OCT NOV DEC".split(),
    "es": "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split(),
}


def dmy_mon(iso, langs=("en",)):
    m = int(iso[5:7]) - 1
    return iso[8:10] + " " + "/".join(MON[lg][m] for lg in langs) + " " + iso[0:4]


def face(c, x, y, w, h, rng, tone=(0.55, 0.4, 0.3), ghost=False):
    c.saveState()
    a = 0.35 if ghost else 1.0
    bgc = rng.uniform(0.82, 0.92)
    c.setFillColorRGB(bgc, bgc, bgc + 0.03, a)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*[t * rng.uniform(0.9, 1.1) for t in tone], a)
    c.ellipse(x + w * 0.28, y + h * 0.38, x + w * 0.72, y + h * 0.86, stroke=0, fill=1)
    c.setFillColorRGB(0.12, 0.1, 0.1, a)
    c.ellipse(x + w * 0.26, y + h * 0.7, x + w * 0.74, y + h * 0.92, stroke=0, fill=1)
    c.setFillColorRGB(*[rng.uniform(0.1, 0.5) for _ in range(3)], a)
    c.ellipse(x + w * 0.02, y - h * 0.25, x + w * 0.98, y + h * 0.42, stroke=0, fill=1)
    c.restoreState()


def _mrz(c, x, y, lines, width, color=(0.05, 0.05, 0.05)):
    n = len(lines[0])
    size = width / (n * 0.602)
    c.setFillColorRGB(*color)
    c.setFont("Mono", size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * size * 1.25, ln)


def _lv(c, x, y, label, value, lsize=5.2, vsize=8.5, font="SansB", lcol=(0.25, 0.25, 0.35)):
    c.setFillColorRGB(*lcol)
    c.setFont("Cond", lsize)
    c.drawString(x, y, label)
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont(font, vsize)
    c.drawString(x, y - vsize * 1.05, value)


def guilloche(c, w, h, rng, color):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.25)
    import math

    for k in range(14):
        p = c.beginPath()
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(3, 9) * mm
        yb = h * k / 14
        p.moveTo(0, yb)
        for i in range(1, 61):
            xx = w * i / 60
            p.lineTo(xx, yb + amp * math.sin(ph + i * 0.35))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def passport_page(p, rng):
    """p: dict with country info and person. Returns PDF bytes of the 125x88 mm data page."""
    W, H = 125 * mm, 88 * mm
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(*p["paper"])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, W, H, rng, p["tint"])
    c.setFillColorRGB(*p["ink"])
    c.setFont("SerifB", 7.5)
    c.drawString(6 * mm, H - 7 * mm, p["state"])
    c.setFont("Serif", 6.5)
    c.drawRightString(W - 6 * mm, H - 7 * mm, p["title"])
    face(c, 5 * mm, 24 * mm, 30 * mm, 38 * mm, rng, p.get("tone", (0.55, 0.4, 0.3)))
    face(c, W - 24 * mm, 28 * mm, 16 * mm, 20 * mm, rng, ghost=True)
    L = p["labels"]
    x1, x2, x3 = 39 * mm, 64 * mm, 92 * mm
    y = H - 13 * mm
    _lv(c, x1, y, L["type"], "P")
    _lv(c, x2, y, L["code"], p["country"])
    c.setFillColorRGB(*p.get("numcol", (0.7, 0.1, 0.1)))
    _lv(c, x3, y, L["number"], p["number"], font="MonoB")
    y -= 8.5 * mm
    _lv(c, x1, y, L["surname"], p["surname_print"])
    y -= 7.5 * mm
    _lv(c, x1, y, L["given"], p["given_print"])
    if p.get("middle"):
        y -= 7.5 * mm
        _lv(c, x1, y, L["middle"], p["middle"])
    y -= 7.5 * mm
    _lv(c, x1, y, L["nat"], p["nat_print"])
    _lv(c, x3, y, L["sex"], p["sex"])
    y -= 7.5 * mm
    _lv(c, x1, y, L["dob"], p["dob_print"])
    _lv(c, x3 - 8 * mm, y, L["pob"], p["pob"])
    y -= 7.5 * mm
    _lv(c, x1, y, L["issue"], p["issue_print"])
    _lv(c, x3 - 8 * mm, y, L["auth"], p["authority"], vsize=7)
    y -= 7.5 * mm
    _lv(c, x1, y, L["expiry"], p["expiry_print"])
    signature(c, 6 * mm, 17 * mm, 28 * mm, 6 * mm, rng, ink=(0.1, 0.1, 0.1), width=0.5)
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 15 * mm, stroke=0, fill=1)
    l1, l2 = td3(
        "P",
        p["country"],
        p["surname"],
        p["given"],
        p["number"],
        p["country"],
        p["dob"],
        p["sex"][0],
        p["expiry"],
        p.get("personal", ""),
    )
    _mrz(c, 4 * mm, 9 * mm, [l1, l2], W - 8 * mm)
    c.showPage()
    c.save()
    return buf.getvalue(), (l1, l2)


def visa_sticker(v, rng):
    """French long-stay visa sticker, on the passport page it is stuck to."""
    W, H = 125 * mm, 88 * mm
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(0.96, 0.94, 0.9)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    sx, sy, sw, sh = 3 * mm, 4 * mm, 119 * mm, 80 * mm
    c.setFillColorRGB(0.93, 0.95, 0.99)
    c.roundRect(sx, sy, sw, sh, 2 * mm, stroke=0, fill=1)
    guilloche(c, W, H, rng, (0.75, 0.82, 0.93))
    c.setFillColorRGB(0.8, 0.3, 0.55)
    c.setFont("SansB", 6)
    c.drawString(sx + 3 * mm, sy + sh - 5 * mm, "VISA")
    c.setFillColorRGB(0.75, 0.1, 0.1)
    c.setFont("MonoB", 10)
    c.drawRightString(sx + sw - 3 * mm, sy + sh - 6 * mm, v["number"])
    face(c, sx + 3 * mm, sy + 22 * mm, 27 * mm, 33 * mm, rng, v.get("tone", (0.5, 0.38, 0.3)))
    x1, x2, x3 = sx + 33 * mm, sx + 62 * mm, sx + 90 * mm
    y = sy + sh - 11 * mm
    _lv(c, x1, y, "VALABLE POUR / VALID FOR", "FRANCE", vsize=7.5)
    y -= 7 * mm
    _lv(c, x1, y, "DU / FROM", v["from_print"], vsize=7.5)
    _lv(c, x2, y, "AU / UNTIL", v["until_print"], vsize=7.5)
    _lv(c, x3, y, "TYPE DE VISA", "D", vsize=7.5)
    y -= 7 * mm
    _lv(c, x1, y, "NOMBRE D'ENTREES", "MULT", vsize=7.5)
    _lv(c, x2, y, "DUREE DE SEJOUR", v["days"] + " JOURS", vsize=7.5)
    y -= 7 * mm
    _lv(c, x1, y, "DELIVRE A / ISSUED IN", v["place"], vsize=7.5)
    _lv(c, x2, y, "LE / ON", v["issue_print"], vsize=7.5)
    _lv(c, x3, y, "NUMERO DE PASSEPORT", v["passport_no"], vsize=7.5)
    y -= 7 * mm
    _lv(
        c,
        x1,
        y,
        "NOM, PRENOM / SURNAME, NAME",
        v["surname"].upper() + ", " + v["given"].upper(),
        vsize=7.5,
    )
    y -= 7 * mm
    c.setFont("Cond", 5.2)
    c.setFillColorRGB(0.25, 0.25, 0.35)
    c.drawString(x1, y, "REMARQUES")
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont("SansB", 7.2)
    for i, r in enumerate(v["remarks"]):
        c.drawString(x1, y - (i + 1) * 8, r)
    l1, l2 = mrva(
        "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"]
    )
    c.setFillColorRGB(1, 1, 1)
    _mrz(c, sx + 3 * mm, sy + 9 * mm, [l1, l2], sw - 6 * mm)
    c.showPage()
    c.save()
    return buf.getvalue(), (l1, l2)


def _card_frame(c, x, y, w, h, rng, tint):
    c.saveState()
    c.setFillColorRGB(*tint)
    c.roundRect(x, y, w, h, 3 * mm, stroke=0, fill=1)
    p = c.beginPath()
    p.roundRect(x, y, w, h, 3 * mm)
    c.clipPath(p, stroke=0, fill=0)
    c.translate(x, y)
    guilloche(c, w, h, rng, [min(1, t - 0.08) for t in tint])
    c.restoreState()
    c.setStrokeColorRGB(0.6, 0.6, 0.65)
    c.setLineWidth(0.4)
    c.roundRect(x, y, w, h, 3 * mm, stroke=1, fill=0)


def _flag_band(c, x, y, h):
    for i, col in enumerate(((0.0, 0.14, 0.58), (1, 1, 1), (0.93, 0.16, 0.22))):
        c.setFillColorRGB(*col)
        c.rect(x + i * 2 * mm, y, 2 * mm, h, stroke=0, fill=1)


def id1_card(c, x, y, k, side, rng):
    """A French ID-1 card (titre de séjour or CNI), front or back, 85.6 x 54 mm at (x, y)."""
    w, h = 85.6 * mm, 54 * mm
    _card_frame(c, x, y, w, h, rng, k["tint"])
    if side == "front":
        _flag_band(c, x + 4 * mm, y + h - 8 * mm, 4 * mm)
        c.setFillColorRGB(0.1, 0.15, 0.4)
        c.setFont("SansB", 6.5)
        c.drawString(x + 12 * mm, y + h - 5.5 * mm, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("SansB", 6)
        c.drawString(x + 12 * mm, y + h - 8.5 * mm, k["title"])
        c.setFont("MonoB", 7)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.drawRightString(x + w - 3 * mm, y + h - 5.5 * mm, k["number"])
        face(c, x + 3 * mm, y + 6 * mm, 24 * mm, 30 * mm, rng, k.get("tone", (0.5, 0.4, 0.3)))
        xx = x + 30 * mm
        yy = y + h - 14 * mm
        for lab, val in k["front"]:
            _lv(c, xx, yy, lab, val, lsize=4.2, vsize=6.4)
            yy -= 6.2 * mm
        signature(
            c, x + w - 24 * mm, y + 3 * mm, 20 * mm, 5 * mm, rng, ink=(0.1, 0.1, 0.1), width=0.4
        )
    else:
        yy = y + h - 6 * mm
        for lab, val in k["back"]:
            _lv(c, x + 4 * mm, yy, lab, val, lsize=4.2, vsize=6.2)
            yy -= 6 * mm
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + 0.5 * mm, y + 1 * mm, w - 1 * mm, 15 * mm, stroke=0, fill=1)
        _mrz(c, x + 3 * mm, y + 12 * mm, k["mrz"], w - 6 * mm)


def card_mrz(k):
    return td1(
        k["code"],
        "FRA",
        k["number"],
        k["dob"],
        k["sex"],
        k["expiry"],
        k["nat"],
        k["surname"],
        k["given"],
        k.get("opt1", ""),
        k.get("opt2", ""),
    )


def text_width(t, f, s):
    return pdfmetrics.stringWidth(t, f, s)
