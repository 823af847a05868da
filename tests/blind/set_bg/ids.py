"""Identity pieces: passport data pages, French visa stickers, residence permits, CNI."""

import math

from PIL import Image, ImageDraw, ImageFilter

import checks
from render import Page

MRZ_FONT = "monob"


def portrait(rng, w=300, h=380, female=True, skin=None):
    """A neutral ID photo: plain background, head and shoulders (no real person)."""
    bgc = rng.choice([(228, 230, 232), (214, 222, 235), (236, 236, 236)])
    im = Image.new("RGB", (w, h), bgc)
    d = ImageDraw.Draw(im)
    skin = skin or rng.choice([(92, 62, 45), (141, 98, 70), (198, 150, 120), (226, 190, 160)])
    cloth = rng.choice([(30, 30, 40), (70, 40, 40), (40, 60, 90), (230, 230, 230)])
    d.ellipse([w * 0.08, h * 0.72, w * 0.92, h * 1.3], fill=cloth)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    hair = rng.choice([(20, 15, 12), (50, 35, 25), (90, 60, 40)])
    if female:
        d.ellipse([w * 0.22, h * 0.1, w * 0.78, h * 0.72], fill=hair)
    d.ellipse([w * 0.3, h * 0.16, w * 0.7, h * 0.64], fill=skin)
    d.chord([w * 0.28, h * 0.1, w * 0.72, h * 0.4], 180, 360, fill=hair)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.03), h * 0.37, w * (ex + 0.03), h * 0.4], fill=(30, 25, 20))
    d.line([w * 0.45, h * 0.53, w * 0.55, h * 0.53], fill=(110, 50, 50), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(p: Page, x, y, w, h, color, rng, n=14, lw=0.12):
    for i in range(n):
        ph = rng.uniform(0, 6.3)
        amp = rng.uniform(1.5, 5)
        f = rng.uniform(2, 6)
        y0 = y + h * (i + 0.5) / n
        pts = [(x + w * t / 120, y0 + amp * math.sin(f * t / 120 * 6.28 + ph)) for t in range(121)]
        p.poly(pts, color, lw)


def mrz_lines(p: Page, x, y, lines, pt=10.5, lead=4.6):
    for i, ln in enumerate(lines):
        p.text(x, y + i * lead, ln, MRZ_FONT, pt, (15, 15, 15))


def passport_page(c: dict, rng) -> Page:
    """c: country layout dict + person fields. Returns a 125 x 88 mm data page."""
    p = Page(125, 88, bg=c["bg"])
    guilloche(p, 0, 0, 125, 66, c["ink"], rng, n=22)
    p.rect(0, 0, 125, 88, stroke=(150, 150, 150), lw=0.2)
    for i, ln in enumerate(c["header"]):
        p.text(62.5, 5.5 + i * 4.2, ln, "dvb", 7.5 if i == 0 else 6.5, c["title"], "c")
    p.image(4, 17, 30, 38, portrait(rng, female=c["sex"] == "F", skin=c.get("skin")))
    lab, val = (70, 70, 80), (10, 10, 10)
    x0, x1, y = 38, 84, 17.5
    rows = c["rows"]
    for i, (label, value) in enumerate(rows):
        col = x0 if i % 2 == 0 or label.startswith("!") else x1
        if i % 2 == 0 or label.startswith("!"):
            yy = y
            y += 7.0
        label = label.lstrip("!")
        p.text(col, yy, label, "dv", 4.6, lab)
        p.text(col, yy + 3.3, value, "dvb", 7, val)
    # small ghost photo and a signature
    gh = portrait(rng, 40, 50, female=c["sex"] == "F", skin=c.get("skin")).convert("L")
    p.image(106, 40, 12, 15, gh.convert("RGB").point(lambda v: 120 + v // 2))
    p.signature(6, 56, 28, 7, rng, color=(30, 30, 30), lw=0.3)
    mrz_lines(p, 4, 72.5, c["mrz"])
    return p


def visa_sticker(v: dict, rng) -> Page:
    """French Schengen/national visa sticker (type D, VLS-TS) on a passport page."""
    p = Page(125, 88, bg=(236, 232, 222))
    guilloche(p, 0, 0, 125, 88, (200, 190, 210), rng, n=10)
    sx, sy, sw, sh = 4, 6, 117, 78
    p.rect(sx, sy, sw, sh, stroke=(160, 150, 180), fill=(226, 232, 240), lw=0.2)
    guilloche(p, sx, sy, sw, 58, (170, 185, 215), rng, n=26, lw=0.1)
    p.text(sx + 3, sy + 5, "VISA", "dvb", 11, (40, 50, 120))
    p.text(sx + sw - 3, sy + 5, v["number_printed"], "monob", 10, (190, 30, 30), "r")
    p.image(sx + 3, sy + 14, 26, 33, portrait(rng, female=v["sex"] == "F", skin=v.get("skin")))
    L, V = (70, 70, 90), (10, 10, 10)
    X = sx + 33

    def f(x, y, lab, val):
        p.text(x, y, lab, "dv", 4.3, L)
        p.text(x, y + 3.2, val, "dvb", 6.4, V)

    f(X, sy + 9, "VALABLE POUR / VALID FOR", "FRANCE")
    f(X, sy + 16, "DU / FROM", v["from_p"])
    f(X + 28, sy + 16, "AU / UNTIL", v["until_p"])
    f(X, sy + 23, "TYPE DE VISA / TYPE OF VISA", "D")
    f(X + 28, sy + 23, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    f(X, sy + 30, "DURÉE DE SÉJOUR / DURATION OF STAY", f"{v['days']} JOURS")
    f(X + 28, sy + 30, "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
    f(X + 56, sy + 30, "LE / ON", v["issued_p"])
    f(X, sy + 37, "NUMÉRO DE PASSEPORT / PASSPORT NUMBER", v["passport_no"])
    f(X, sy + 44, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}")
    p.text(X, sy + 51, "REMARQUES / REMARKS", "dv", 4.3, L)
    p.text(X, sy + 54.2, v["remarks1"], "dvb", 6.4, V)
    p.text(X, sy + 57.6, v["remarks2"], "dvb", 6.4, V)
    mrz_lines(p, sx + 2.5, sy + 66.5, v["mrz"], pt=10.2, lead=4.5)
    return p


def rf_card_front(r: dict, rng, title="TITRE DE SÉJOUR", sub="RESIDENCE PERMIT") -> Page:
    p = Page(85.6, 54, bg=(232, 238, 236))
    guilloche(p, 0, 0, 85.6, 54, (180, 205, 200), rng, n=16, lw=0.1)
    p.rect(0, 0, 85.6, 54, stroke=(140, 140, 140), lw=0.2)
    p.rect(0, 0, 85.6, 1.6, stroke=None, fill=(0, 35, 149))
    p.text(3, 5.5, "RÉPUBLIQUE FRANÇAISE", "dvb", 6, (0, 35, 149))
    p.text(83, 5.5, title, "dvb", 6.3, (20, 20, 20), "r")
    p.text(83, 8.3, sub, "dv", 4.3, (60, 60, 60), "r")
    p.image(3, 10, 21, 27, portrait(rng, 200, 260, female=r["sex"] == "F", skin=r.get("skin")))
    y = 12.5
    for lab, val in r["front_rows"]:
        p.text(27, y, lab, "dv", 3.6, (70, 70, 70))
        p.text(27, y + 2.6, val, "dvb", 5.6, (10, 10, 10))
        y += 5.7
    p.text(3, 41, r.get("num_label", "N°"), "dv", 3.6, (70, 70, 70))
    p.text(3, 44.5, r["number"], "monob", 7, (10, 10, 10))
    p.signature(50, 42, 25, 8, rng, color=(25, 25, 25), lw=0.25)
    return p


def rf_card_back(r: dict, rng) -> Page:
    p = Page(85.6, 54, bg=(232, 238, 236))
    guilloche(p, 0, 0, 85.6, 36, (180, 205, 200), rng, n=12, lw=0.1)
    p.rect(0, 0, 85.6, 54, stroke=(140, 140, 140), lw=0.2)
    y = 5
    for lab, val in r["back_rows"]:
        p.text(4, y, lab, "dv", 3.6, (70, 70, 70))
        p.text(4, y + 2.6, val, "dvb", 5.2, (10, 10, 10))
        y += 5.6
    for i, ln in enumerate(r["mrz"]):
        p.text(3.2, 40.5 + i * 4.3, ln, MRZ_FONT, 9.6, (15, 15, 15))
    return p


def a4_copy(cards: list, rng) -> Page:
    """A photocopy page (A4) holding card/page images at real size."""
    p = Page()
    y = 25
    for im, w, h in cards:
        x = 105 - w / 2 + rng.uniform(-15, 15)
        p.image(x, y, w, h, im)
        y += h + rng.uniform(12, 25)
    return p


def mrz_date(iso):
    return checks.yymmdd(iso)


def to_image_card(page, dpi=400):
    from render import to_image

    return to_image(page, dpi)
