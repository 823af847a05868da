"""Identity and status documents: passport data pages, a French VLS-TS visa sticker, a French
titre de séjour card (front/back) and a préfecture récépissé."""

from __future__ import annotations

import math

from canvas import PT, Page
from checks import check_mrva, check_td1, check_td3, mrva, td1, td3

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_FR = [
    "JANV",
    "FEVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOUT",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
]


def d_mon(iso, months=MONTHS_EN):
    return f"{iso[8:10]} {months[int(iso[5:7]) - 1]} {iso[:4]}"


def d_slash(iso, sep="/"):
    return f"{iso[8:10]}{sep}{iso[5:7]}{sep}{iso[:4]}"


def guilloche(p: Page, x, y, w, h, rng, color, n=14, lw=0.12):
    for i in range(n):
        amp = rng.uniform(1.0, 3.5)
        fr = rng.uniform(0.05, 0.16)
        ph = rng.uniform(0, 6.3)
        y0 = y + h * (i + 0.5) / n
        pts = [(x + t, y0 + amp * math.sin(t * fr + ph)) for t in [j * w / 120 for j in range(121)]]
        p.poly(pts, lw, color)


def portrait(
    p: Page,
    x,
    y,
    w,
    h,
    rng,
    skin=(150, 105, 80),
    hair=(30, 25, 22),
    bg=(214, 222, 228),
    female=False,
    grey=False,
):
    if grey:
        skin, hair, bg = (150, 150, 150), (50, 50, 50), (222, 222, 222)
    p.rect(x, y, w, h, stroke=None, fill=bg)
    cx = x + w / 2
    shirt = (60, 70, 90) if not grey else (80, 80, 80)
    sh = []
    for i in range(31):
        t = math.pi * i / 30
        sh.append((cx - math.cos(t) * w * 0.46, y + h - math.sin(t) * h * 0.26))
    p.poly(sh, 0.1, None, closed=True, fill=shirt)
    p.rect(cx - w * 0.09, y + h * 0.55, w * 0.18, h * 0.2, stroke=None, fill=skin)
    if female:
        p.ellipse(cx, y + h * 0.47, w * 0.33, h * 0.36, fill=hair)
    p.ellipse(cx, y + h * 0.42, w * 0.23, h * 0.25, fill=skin)
    p.ellipse(cx, y + h * 0.24, w * 0.25, h * 0.11, fill=hair)
    for dx in (-0.08, 0.08):
        p.ellipse(cx + w * dx, y + h * 0.41, w * 0.025, h * 0.012, fill=(30, 30, 30))
    p.line(cx - w * 0.06, y + h * 0.55, cx + w * 0.06, y + h * 0.55, 0.25, (110, 60, 50))


def mrz_lines(p: Page, x, y, lines, size, step):
    for i, ln in enumerate(lines):
        p.text(x, y + i * step, ln, "mono", size)


# ---------------------------------------------------------------------------------------------
STYLES = {
    "PAK": {
        "title": "ISLAMIC REPUBLIC OF PAKISTAN",
        "sub": "PASSPORT",
        "col": (0, 90, 50),
        "bg": (226, 240, 226),
        "g": (160, 205, 170),
        "date": d_mon,
        "font": "sansb",
    },
    "IND": {
        "title": "REPUBLIC OF INDIA",
        "sub": "PASSPORT",
        "col": (20, 40, 110),
        "bg": (236, 232, 220),
        "g": (210, 190, 160),
        "date": d_slash,
        "font": "condb",
    },
    "COL": {
        "title": "REPÚBLICA DE COLOMBIA",
        "sub": "PASAPORTE  PASSPORT",
        "col": (120, 20, 40),
        "bg": (240, 234, 222),
        "g": (220, 190, 170),
        "date": d_mon,
        "font": "robotob",
    },
    "CIV": {
        "title": "RÉPUBLIQUE DE CÔTE D'IVOIRE",
        "sub": "PASSEPORT  PASSPORT  ·  CEDEAO ECOWAS",
        "col": (190, 90, 10),
        "bg": (244, 236, 222),
        "g": (230, 200, 160),
        "date": d_slash,
        "font": "sansb",
    },
}


def passport(person, pp, rng) -> tuple[Page, list[str]]:
    """person: surname, given, dob, sex; pp: country, number, issued, expiry, extra rows."""
    st = STYLES[pp["country"]]
    p = Page(125, 88, bg=st["bg"])
    guilloche(p, 0, 12, 125, 60, rng, st["g"], n=18)
    p.rect(0, 0, 125, 11, stroke=None, fill=st["col"])
    p.text(62.5, 5.2, st["title"], "sansb", 10, (255, 255, 255), "c")
    p.text(62.5, 9.3, st["sub"], "sans", 6.5, (235, 235, 235), "c")
    female = person["sex"] == "F"
    portrait(p, 5, 15, 30, 38, rng, female=female, skin=pp.get("skin", (150, 105, 80)))
    p.signature(8, 62, rng, w=22, h=5, color=(30, 30, 40), lw=0.3)
    p.text(5, 67, pp.get("sig_label", "Holder's signature"), "sans", 4.8, (90, 90, 90))
    date = st["date"]
    vf, lf = st["font"], "sans"
    rows = [
        [(pp["l_type"], "P", 14), (pp["l_code"], pp["country"], 22), (pp["l_no"], pp["number"], 0)],
        [(pp["l_sur"], person["surname_print"], 0)],
        [(pp["l_given"], person["given_print"], 0)],
        [(pp["l_nat"], pp["nat_word"], 40), (pp["l_sex"], person["sex"], 0)],
        [(pp["l_dob"], date(person["dob"]), 40), (pp["l_pob"], person["pob_print"], 0)],
        [(pp["l_issue"], date(pp["issued"]), 40), (pp["l_exp"], date(pp["expiry"]), 0)],
    ]
    rows += pp.get("extra_rows", [])
    y, step = 16.0, min(7.6, 52.0 / len(rows))
    for row in rows:
        x = 39.0
        for label, value, adv in row:
            p.field(x, y, label, value, lf, 4.6, vf, 7.2, (70, 70, 70), gap=0.6)
            x += adv
        y += step
    lines = td3(
        "P<",
        pp["country"],
        person["surname"],
        person["given"],
        pp["number"],
        pp["country"],
        person["dob"],
        person["sex"],
        pp["expiry"],
        pp.get("personal", ""),
    )
    assert check_td3(lines)
    p.rect(0, 71, 125, 17, stroke=None, fill=(248, 246, 240))
    mrz_lines(p, 4, 78, lines, 10.2, 6.0)
    return p, lines


def visa_sticker(person, v, rng) -> tuple[Page, list[str]]:
    """A French long-stay (type D) visa sticker on a passport page (Schengen uniform format)."""
    p = Page(125, 88, bg=(238, 236, 228))
    guilloche(p, 0, 0, 125, 88, rng, (215, 210, 196), n=10)
    x0, y0, w, h = 3.0, 3.0, 119.0, 80.0
    p.rect(x0, y0, w, h, stroke=(150, 170, 150), fill=(226, 238, 230), lw=0.2)
    guilloche(p, x0, y0 + 2, w, 50, rng, (190, 214, 196), n=16, lw=0.1)
    p.text(x0 + 3, y0 + 7, "VISA", "sansb", 14, (30, 60, 120))
    p.text(x0 + 26, y0 + 5, "VALABLE POUR / VALID FOR", "sans", 4.6, (70, 70, 70))
    p.text(x0 + 26, y0 + 9.2, "FRANCE", "sansb", 8, (0, 0, 0))
    p.text(x0 + w - 3, y0 + 7, v["number"], "monob", 10, (180, 20, 30), "r")
    portrait(
        p,
        x0 + 3,
        y0 + 13,
        24,
        30,
        rng,
        female=person["sex"] == "F",
        skin=v.get("skin", (150, 105, 80)),
        grey=True,
    )
    date = lambda s: d_slash(s, "-")  # noqa: E731
    X = x0 + 31
    rows = [
        [
            ("DU / FROM", date(v["from"]), 28),
            ("AU / UNTIL", date(v["until"]), 28),
            ("TYPE DE VISA / TYPE OF VISA", "D", 0),
        ],
        [
            ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 40),
            ("DURÉE DE SÉJOUR / DURATION OF STAY", v["days"] + " JOURS", 0),
        ],
        [("DÉLIVRÉ À / ISSUED IN", v["post"], 40), ("LE / ON", date(v["issued"]), 0)],
        [("NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", v["passport"], 0)],
        [("NOM, PRÉNOM / SURNAME, NAME", person["surname"] + ", " + person["given"], 0)],
    ]
    y = y0 + 14.5
    for row in rows:
        x = X
        for label, value, adv in row:
            p.field(x, y, label, value, "sans", 4.3, "monob", 7.2, (70, 70, 70), gap=0.6)
            x += adv
        y += 7.2
    p.text(x0 + 3, y + 1.2, "REMARQUES / REMARKS", "sans", 4.3, (70, 70, 70))
    yy = y + 5
    for r in v["remarks"]:
        p.text(x0 + 3, yy, r, "monob", 7.0)
        yy += 3.6
    lines = mrva(
        "VD",
        "FRA",
        person["surname"],
        person["given"],
        v["number"],
        person["nat"],
        person["dob"],
        person["sex"],
        v["until"],
    )
    assert check_mrva(lines)
    mrz_lines(p, x0 + 2.5, y0 + h - 7.5, lines, 9.8, 5.6)
    return p, lines


def card_front(person, c, rng) -> Page:
    """French titre de séjour (ID-1, 85.6 x 54 mm), front."""
    p = Page(85.6, 54, bg=(232, 238, 244))
    guilloche(p, 0, 8, 85.6, 46, rng, (200, 214, 232), n=14, lw=0.1)
    p.rect(0, 0, 85.6, 8, stroke=None, fill=(0, 35, 120))
    p.text(3, 5.4, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.5, (255, 255, 255))
    p.text(83, 5.4, "TITRE DE SÉJOUR", "sansb", 6.5, (255, 255, 255), "r")
    portrait(p, 3, 11, 22, 28, rng, female=person["sex"] == "F", skin=c.get("skin", (170, 125, 95)))
    p.signature(4, 47, rng, w=18, h=4, color=(40, 40, 60), lw=0.25)
    X = 28.0
    rows = [
        [("NOM / SURNAME", person["surname_print"], 0)],
        [("PRÉNOMS / GIVEN NAMES", person["given_print"], 0)],
        [
            ("SEXE / SEX", person["sex"], 14),
            ("NAT.", person["nat"], 14),
            ("DATE DE NAISS. / DATE OF BIRTH", d_slash(person["dob"], " "), 0),
        ],
        [("TYPE DE TITRE / TYPE OF PERMIT", c["kind"], 0)],
        [("CATÉGORIE / CATEGORY", c["category"], 0)],
        [
            ("VALABLE JUSQU'AU / VALID UNTIL", d_slash(c["expiry"], " "), 31),
            ("N° DU DOCUMENT", c["number"], 0),
        ],
    ]
    y = 11.5
    for row in rows:
        x = X
        for label, value, adv in row:
            p.field(x, y, label, value, "sans", 3.4, "sansb", 5.6, (70, 70, 70), gap=0.4)
            x += adv
        y += 6.6
    return p


def card_back(person, c, rng) -> tuple[Page, list[str]]:
    p = Page(85.6, 54, bg=(236, 240, 244))
    guilloche(p, 0, 0, 85.6, 30, rng, (205, 216, 232), n=10, lw=0.1)
    rows = [
        ("ADRESSE / ADDRESS", c["address"]),
        ("LIEU DE NAISSANCE / PLACE OF BIRTH", person["pob_print"]),
        ("DÉLIVRÉ PAR / ISSUED BY", c["authority"] + "   LE " + d_slash(c["issued"], " ")),
        ("REMARQUES / REMARKS", c["remarks"]),
    ]
    y = 4.5
    for label, value in rows:
        p.field(3, y, label, value, "sans", 3.4, "sansb", 5.2, (70, 70, 70), gap=0.4)
        y += 6.3
    lines = td1(
        "IR",
        "FRA",
        c["number"],
        person["dob"],
        person["sex"],
        c["expiry"],
        person["nat"],
        person["surname"],
        person["given"],
    )
    assert check_td1(lines)
    p.rect(0, 30, 85.6, 24, stroke=None, fill=(246, 246, 244))
    mrz_lines(p, 4.2, 38.5, lines, 9.6, 5.6)
    return p, lines


def recepisse(person, r, rng) -> Page:
    """Récépissé de demande de titre de séjour (préfecture, A4, bilingual-free French)."""
    p = Page(210, 297, bg=(236, 242, 250))
    guilloche(p, 0, 60, 210, 170, rng, (222, 230, 244), n=30, lw=0.12)
    p.text(15, 18, "RÉPUBLIQUE", "sansb", 10)
    p.text(15, 23, "FRANÇAISE", "sansb", 10)
    p.text(15, 28, "Liberté", "serifi", 7)
    p.text(15, 31.5, "Égalité", "serifi", 7)
    p.text(15, 35, "Fraternité", "serifi", 7)
    p.text(195, 20, r["prefecture"].upper(), "sansb", 10, align="r")
    p.text(195, 25.5, r["service"], "sans", 8, align="r")
    p.text(105, 50, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sansb", 14, align="c")
    p.text(105, 57, r["kind"], "sans", 10, align="c")
    p.text(195, 68, "N° " + r["number"], "monob", 11, (150, 20, 30), "r")
    portrait(p, 15, 64, 30, 38, rng, female=person["sex"] == "F", skin=r.get("skin", (95, 60, 40)))
    X, y = 55.0, 80.0
    rows = [
        ("Nom :", person["surname_print"]),
        ("Prénom(s) :", person["given_print"]),
        ("Sexe :", person["sex"]),
        ("Né(e) le :", d_slash(person["dob"])),
        ("à :", person["pob_print"]),
        ("Nationalité :", r["nat_word"]),
        ("N° étranger :", r["agdref"]),
    ]
    for label, value in rows:
        p.text(X, y, label, "sans", 9.5, (60, 60, 60))
        p.text(X + 32, y, value, "sansb", 10)
        y += 7
    p.text(15, y + 6, "Adresse :", "sans", 9.5, (60, 60, 60))
    p.text(47, y + 6, r["address"], "sansb", 10)
    y += 20
    p.rect(15, y, 180, 26, stroke=(40, 60, 120), lw=0.4)
    p.text(20, y + 8, "Le présent récépissé est valable", "sans", 10)
    p.inline(20, y + 16, "du", d_slash(r["from"]), size=12, vfont="sansb")
    p.inline(70, y + 16, "au", d_slash(r["until"]), size=12, vfont="sansb")
    p.text(20, y + 23, r["work"], "sansb", 9)
    y += 38
    y = p.para(15, y, r["body"], 180, "sans", 9)
    y += 10
    p.text(120, y, f"Fait à {r['place']}, le {d_slash(r['from'])}", "sans", 10)
    p.text(120, y + 6, "Pour le Préfet et par délégation,", "sans", 9)
    p.ellipse(150, y + 24, 16, 16, stroke=(60, 80, 160), lw=0.6)
    p.ellipse(150, y + 24, 12, 12, stroke=(60, 80, 160), lw=0.3)
    p.text(150, y + 23, "PRÉFECTURE", "sansb", 5.5, (60, 80, 160), "c")
    p.text(150, y + 27, r["stamp"], "sans", 5, (60, 80, 160), "c")
    p.signature(128, y + 26, rng, w=30, h=8, color=(40, 40, 90))
    p.text(
        15,
        285,
        "Ce récépissé doit être présenté avec le passeport. Il ne vaut pas titre de voyage.",
        "sansi",
        7,
        (90, 90, 90),
    )
    return p


def size_pt(mm):
    return mm / PT
