"""Identity documents: passports, French visa sticker, titre de séjour, French ID card."""

import math

from common import PT, Page, mrva, signature, td1, td3, text_width_mm, verify_mrz

FR_MONTHS = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()


def dmy(iso, sep="/"):
    return iso[8:10] + sep + iso[5:7] + sep + iso[0:4]


def d_mon_y(iso):
    mons = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
    return "%s %s %s" % (iso[8:10], mons[int(iso[5:7]) - 1], iso[0:4])


def guilloche(pg, x, y, w, h, color, n=9, rng=None):
    for i in range(n):
        ph = i * 0.7
        pts = [
            (x + w * t / 80, y + h * (0.5 + 0.3 * math.sin(t / 6.0 + ph) * math.cos(t / 17.0 + i)))
            for t in range(81)
        ]
        pg.poly(pts, color=color, lw=0.15, layer="bg")


def photo(pg, x, y, w, h, tone=(150, 120, 100)):
    pg.rect(x, y, w, h, stroke=None, fill=(214, 218, 222), layer="bg")
    pg.ellipse(x + w / 2, y + h * 0.38, w * 0.24, h * 0.22, color=tone, fill=tone)
    sh = [(x + w * 0.1, y + h), (x + w * 0.18, y + h * 0.7), (x + w * 0.82, y + h * 0.7)]
    pg.poly(sh + [(x + w * 0.9, y + h)], color=(60, 60, 70), fill=(60, 60, 70), layer="bg")


def mrz_block(pg, lines, x, y, size=10.5, pitch=4.6):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * pitch, ln, "mono", size, (10, 10, 10))


def field(pg, x, y, label, value, lsize=4.6, vsize=8.5, vfont="sansb", lcol=(70, 70, 90), vdy=3.8):
    """Label above, value below (the usual layout of a passport data page)."""
    pg.text(x, y, label, "cond", lsize, lcol)
    pg.text(x, y + vdy, value, vfont, vsize, (15, 15, 15))


PASS_LABELS = {
    "EGY": {
        "title": ["ARAB REPUBLIC OF EGYPT", "جمهورية مصر العربية"],
        "tint": (232, 236, 222),
        "ink": (40, 90, 60),
        "sub": "PASSPORT  جواز سفر",
    },
    "AFG": {
        "title": ["ISLAMIC REPUBLIC OF AFGHANISTAN", "PASSPORT"],
        "tint": (226, 234, 240),
        "ink": (30, 60, 110),
        "sub": "پاسپورت / PASSPORT",
    },
    "ECU": {
        "title": ["REPÚBLICA DEL ECUADOR", "REPUBLIC OF ECUADOR"],
        "tint": (238, 232, 220),
        "ink": (120, 60, 40),
        "sub": "PASAPORTE / PASSPORT",
    },
    "RKS": {
        "title": ["REPUBLIKA E KOSOVËS", "REPUBLIC OF KOSOVO / РЕПУБЛИКА КОСОВО"],
        "tint": (226, 232, 244),
        "ink": (20, 50, 130),
        "sub": "PASAPORTË / PASSPORT",
    },
}


def passport(p, rng):
    """ICAO TD3 data page, 125 x 88 mm. p: dict of person/passport facts."""
    L = PASS_LABELS[p["country"]]
    pg = Page(125, 88, bg=L["tint"])
    soft = tuple(int(0.25 * c + 0.75 * t) for c, t in zip(L["ink"], L["tint"], strict=True))
    guilloche(pg, 2, 20, 121, 40, soft, n=7)
    pg.text(4, 6.5, L["title"][0], "sansb", 7.2, L["ink"])
    if p["country"] == "EGY":
        pg.text(121, 7.5, L["title"][1], "amirib", 9, L["ink"], "r")
    else:
        pg.text(121, 6.5, L["title"][1], "sans", 5.2, L["ink"], "r")
    pg.text(4, 11.5, L["sub"] if p["country"] != "EGY" else "PASSPORT", "sans", 5.5, L["ink"])
    photo(pg, 4, 15, 30, 38)
    x1, x2, x3 = 38, 62, 90
    field(pg, x1, 16, "Type", "P")
    field(pg, x2, 16, "Code / Country code", p["country"])
    field(pg, x3, 16, "Passport No.", p["number"], vfont="mono", vsize=9)
    field(pg, x1, 25, "Surname", p["surname_print"])
    field(pg, x1, 34, "Given names", p["given_print"])
    field(pg, x1, 43, "Nationality", p["nat_print"])
    field(pg, x3, 43, "Sex", p["sex"])
    field(pg, x1, 52, "Date of birth", d_mon_y(p["dob"]))
    field(pg, x3 - 14, 52, "Place of birth", p["pob_print"])
    field(pg, x1, 61, "Date of issue", d_mon_y(p["issued"]))
    field(pg, x3 - 14, 61, "Date of expiry", d_mon_y(p["expiry"]))
    pg.text(6, 62, "Holder's signature", "cond", 4.2, (70, 70, 90))
    signature(pg, 5, 63.5, 28, 6, rng, p["given_print"] + p["surname_print"])
    lines = td3(
        "P",
        p["country"],
        p["surname_mrz"],
        p["given_mrz"],
        p["number"],
        p["country"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("optional", ""),
    )
    assert verify_mrz(lines)
    mrz_block(pg, lines, 4.5, 77.5)
    pg.check_overlaps("passport " + p["number"])
    return pg, lines


def visa_page(v, rng):
    """A French type D visa sticker (VLS-TS) glued on a passport page (125 x 88 mm)."""
    pg = Page(125, 88, bg=(236, 232, 224))
    guilloche(pg, 0, 0, 125, 88, (220, 214, 204), n=5)
    sx, sy, sw, sh = 3, 4, 119, 80
    pg.rect(sx, sy, sw, sh, stroke=None, fill=(238, 228, 238), layer="bg")
    guilloche(pg, sx, sy + 8, sw, 40, (214, 196, 222), n=8)
    pg.text(sx + 3, sy + 5.5, "VISA", "sansb", 9, (90, 40, 100))
    pg.text(sx + 20, sy + 5.5, "FRA", "sansb", 9, (90, 40, 100))
    pg.text(sx + sw - 3, sy + 5.5, v["number"], "mono", 10, (190, 30, 40), "r")
    photo(pg, sx + 2, sy + 10, 24, 30)

    def f(x, y, lab, val, w=None):
        pg.text(x, y, lab, "cond", 4.4, (80, 50, 90))
        pg.text(x, y + 3.8, val, "sansb", 7.2, (15, 15, 15))

    x = sx + 29
    f(x, sy + 11, "VALABLE POUR / VALID FOR", "FRANCE")
    f(x + 44, sy + 11, "DU / FROM", dmy(v["from"], "-"))
    f(x + 66, sy + 11, "AU / UNTIL", dmy(v["until"], "-"))
    f(x, sy + 20, "TYPE DE VISA / TYPE OF VISA", "D")
    f(x + 44, sy + 20, "DURÉE DU SÉJOUR", "%d JOURS" % v["days"])
    f(x + 66, sy + 20, "NOMBRE D'ENTRÉES", "MULT")
    f(x, sy + 29, "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
    f(x + 44, sy + 29, "LE / ON", dmy(v["issued"], "-"))
    f(x, sy + 38, "N° DU PASSEPORT", v["passport_number"])
    f(x, sy + 47, "NOM, PRÉNOM / SURNAME, NAME", v["name_line"])
    pg.text(sx + 3, sy + 46, "REMARQUES", "cond", 4.4, (80, 50, 90))
    pg.text(sx + 3, sy + 55, v["remark1"], "sansb", 7.2, (15, 15, 15))
    pg.text(sx + 3, sy + 59.5, v["remark2"], "sans", 6.2, (15, 15, 15))
    lines = mrva(
        "FRA",
        v["surname_mrz"],
        v["given_mrz"],
        v["number"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["until"],
    )
    assert verify_mrz(lines)
    mrz_block(pg, lines, sx + 3.5, sy + 69.5, size=10, pitch=4.8)
    pg.check_overlaps("visa " + v["number"])
    return pg, lines


def titre_sejour(t, rng):
    """French titre de séjour (ANTS 2020 model, ID-1): recto and verso, 85.6 x 54 mm."""
    r = Page(85.6, 54, bg=(226, 232, 240))
    guilloche(r, 0, 6, 85.6, 44, (200, 214, 232), n=9)
    r.rect(0, 0, 85.6, 6.5, stroke=None, fill=(30, 50, 120), layer="bg")
    r.text(3, 4.6, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.5, (255, 255, 255), layer="bg")
    r.text(82.6, 4.6, "TITRE DE SÉJOUR", "sansb", 6.5, (255, 255, 255), "r", layer="bg")
    photo(r, 3, 10, 22, 28)
    x = 28

    def f(y, lab, val, xx=None, vs=6.8):
        xx = x if xx is None else xx
        r.text(xx, y, lab, "cond", 3.9, (60, 60, 90))
        r.text(xx, y + 3.2, val, "sansb", vs, (10, 10, 10))

    f(10, "NOM / SURNAME", t["surname"])
    f(17, "PRÉNOMS / GIVEN NAMES", t["given"])
    f(24, "SEXE / SEX", t["sex"])
    f(24, "NATIONALITÉ", t["nat"], x + 16)
    f(24, "DATE DE NAISSANCE", dmy(t["dob"], " "), x + 36)
    f(31, "TYPE DE TITRE", t["kind"], vs=5.8)
    f(38, "VALABLE JUSQU'AU / VALID UNTIL", dmy(t["expiry"], " "))
    f(45, "N° DU DOCUMENT", t["number"])
    r.text(3, 42, "Signature du titulaire", "cond", 3.5, (60, 60, 90))
    signature(r, 3, 43.5, 22, 7, rng, t["given"] + t["surname"])
    v = Page(85.6, 54, bg=(232, 236, 242))
    guilloche(v, 0, 0, 85.6, 30, (210, 220, 236), n=6)
    v.text(3, 5, "REMARQUES :", "cond", 4.2, (60, 60, 90))
    v.text(3, 9, t["remark"], "sans", 5.6, (10, 10, 10))
    v.text(3, 14, "LIEU DE NAISSANCE : " + t["pob"], "sans", 5.6, (10, 10, 10))
    v.text(3, 19, "ADRESSE : " + t["address"], "sans", 5.0, (10, 10, 10))
    v.text(
        3,
        24,
        "DATE DE DÉLIVRANCE : " + dmy(t["issued"], " ") + "   " + t["prefecture"],
        "sans",
        5.0,
        (10, 10, 10),
    )
    lines = td1(
        "IR",
        "FRA",
        t["number"],
        t["dob"],
        t["sex"],
        t["expiry"],
        t["nat"],
        t["surname_mrz"],
        t["given_mrz"],
    )
    assert verify_mrz(lines)
    mrz_block(v, lines, 4, 38, size=9.2, pitch=4.6)
    r.check_overlaps("ts recto")
    v.check_overlaps("ts verso")
    return r, v, lines


def cni(c, rng):
    """French carte nationale d'identité (2021 model, ID-1), recto and verso."""
    r = Page(85.6, 54, bg=(232, 230, 240))
    guilloche(r, 0, 7, 85.6, 44, (214, 206, 230), n=8)
    r.text(3, 4.5, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (40, 40, 110))
    r.text(82.6, 4.5, "CARTE NATIONALE D'IDENTITÉ", "sans", 4.6, (40, 40, 110), "r")
    photo(r, 3, 9, 22, 28, tone=(200, 170, 150))
    x = 28

    def f(xx, y, lab, val):
        r.text(xx, y, lab, "cond", 3.8, (70, 60, 110))
        r.text(xx, y + 3.2, val, "sansb", 6.6, (10, 10, 10))

    f(x, 10, "NOM / Surname", c["surname"])
    f(x, 17, "Prénoms / Given names", c["given"])
    f(x, 24, "SEXE", c["sex"])
    f(x + 12, 24, "NATIONALITÉ", "FRA")
    f(x + 32, 24, "DATE DE NAISS.", dmy(c["dob"], " "))
    f(x, 31, "LIEU DE NAISSANCE / Place of birth", c["pob"])
    f(x, 38, "N° DU DOCUMENT", c["number"])
    f(x + 32, 38, "DATE D'EXPIRATION", dmy(c["expiry"], " "))
    signature(r, 30, 45, 26, 7, rng, c["given"] + c["surname"])
    v = Page(85.6, 54, bg=(236, 234, 242))
    v.text(3, 6, "ADRESSE / Address", "cond", 3.8, (70, 60, 110))
    v.text(3, 9.6, c["address1"], "sans", 5.6, (10, 10, 10))
    v.text(3, 13.2, c["address2"], "sans", 5.6, (10, 10, 10))
    v.text(3, 19, "DATE DE DÉLIVRANCE  " + dmy(c["issued"], " "), "sans", 5.0, (10, 10, 10))
    lines = td1(
        "ID", "FRA", c["number"], c["dob"], c["sex"], c["expiry"], "FRA", c["surname"], c["given"]
    )
    assert verify_mrz(lines)
    mrz_block(v, lines, 4, 38, size=9.2, pitch=4.6)
    r.check_overlaps("cni recto")
    v.check_overlaps("cni verso")
    return r, v, lines


def on_paper(card_pages, rng, caption=None):
    """Photocopies of ID cards/passport pages centred on an A4 sheet (scanner look)."""
    pg = Page(210, 297)
    y = 20
    for cp in card_pages:
        pg.rect(20, y, cp.w, cp.h, stroke=(120, 120, 120), lw=0.2, layer="bg")
        pg.group(cp, 20 + cp.w / 2, y + cp.h / 2, rng.uniform(-0.6, 0.6))
        y += cp.h + 15
    if caption:
        pg.text(20, y + 5, caption, "hand2", 13, (30, 30, 90), layer="bg")
    return pg


def fits(s, font, size, width):
    return text_width_mm(s, font, size) <= width and size * PT > 0
