"""Identity pieces for set_cy: passport data pages, visa stickers, titres, CNI, récépissé."""

from cy_checks import mrva, td1, td3
from cy_core import Page, guilloche, portrait, signature, stamp_ring, width

MONS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def d_en(d):
    return f"{d.day:02d} {MONS[d.month - 1]} {d.year}"


def d_fren(d):
    return f"{d.day:02d} {MOIS3[d.month - 1]}/{MONS[d.month - 1]} {d.year % 100:02d}"


def d_dots(d):
    return d.strftime("%d.%m.%Y")


def mrz_lines(pg, x, y, lines, size=11.2, pitch=None):
    for i, ln in enumerate(lines):
        yy = y + i * size * 0.43
        if pitch:
            for j, ch in enumerate(ln):
                pg.text(x + j * pitch, yy, ch, "mono", size, (15, 15, 20))
        else:
            pg.text(x, yy, ln, "mono", size, (15, 15, 20))


def lab(pg, x, y, label, value, lsize=4.6, vsize=7.6, vfont="sans-b", lcol=(70, 80, 120)):
    pg.text(x, y, label, "sans", lsize, lcol)
    pg.text(x, y + vsize * 0.42, value, vfont, vsize, (20, 20, 25))


def passport(p, rng):
    """p: dict with keys country, nat, header (list), labels (dict), dates fn, person data."""
    pg = Page(125, 88, p.get("paper", (236, 238, 242)))
    guilloche(pg, 0, 6, 125, 60, rng, p.get("gcol", (205, 215, 230)), n=18)
    guilloche(pg, 0, 20, 125, 40, rng, p.get("gcol2", (230, 212, 214)), n=8)
    y = 5.2
    for i, (t, f, s) in enumerate(p["header"]):
        pg.text(62.5, y, t, f, s, p.get("hcol", (40, 40, 90)), "c")
        y += s * 0.42
    L = p["labels"]
    per = p["person"]
    pg.image(
        5, 16, 30, 39, portrait(rng, female=per["sex"] == "F", skin=per["skin"], hair=(20, 16, 14))
    )
    x1, x2, x3 = 39, 62, 90
    dfmt = p["dfmt"]
    yy = 16.5
    lab(pg, x1, yy, L["type"], "P")
    lab(pg, x2, yy, L["code"], p["country"])
    lab(pg, x3, yy, L["no"], p["number"], vsize=8.2)
    yy += 6.6
    lab(pg, x1, yy, L["surname"], per["surname_print"])
    yy += 6.6
    lab(pg, x1, yy, L["given"], per["given_print"])
    yy += 6.6
    lab(pg, x1, yy, L["nat"], p["nat_print"])
    yy += 6.6
    lab(pg, x1, yy, L["dob"], dfmt(per["dob"]))
    lab(pg, x3, yy, L["sex"], per["sex"])
    yy += 6.6
    lab(pg, x1, yy, L["pob"], per["pob_print"])
    yy += 6.6
    lab(pg, x1, yy, L["issue"], dfmt(p["issued"]))
    lab(pg, x3 - 8, yy, L["auth"], p["authority"], vsize=6.5)
    yy += 6.6
    lab(pg, x1, yy, L["exp"], dfmt(p["expiry"]))
    pg.text(x3 - 8, yy, L.get("sig", "Signature"), "sans", 4.6, (70, 80, 120))
    signature(pg, x3 - 6, yy + 0.5, 26, 6, rng, (30, 30, 40), 0.25)
    pg.image(
        5, 57, 12, 9, portrait(rng, 120, 90, female=per["sex"] == "F", grey=True, skin=per["skin"])
    )
    l1, l2 = td3(
        p["country"],
        per["surname"],
        per["given"],
        p["number"],
        p["nat"],
        per["dob"],
        per["sex"],
        p["expiry"],
        p.get("optional", ""),
    )
    pg.rect(0, 70, 125, 18, None, (240, 241, 243))
    mrz_lines(pg, 4.5, 77.2, [l1, l2], pitch=2.6)
    return pg, (l1, l2)


def visa_sticker(v, rng):
    """French long-stay visa (Schengen uniform format sticker), MRV-A zone."""
    pg = Page(120, 82, (238, 236, 246))
    guilloche(pg, 0, 8, 120, 50, rng, (214, 204, 232), n=22)
    guilloche(pg, 0, 25, 120, 35, rng, (230, 218, 200), n=8)
    pg.rect(0, 0, 120, 7.5, None, (196, 190, 222))
    pg.text(4, 5.4, "VISA", "sans-b", 11, (60, 40, 110))
    pg.text(42, 5.2, "FRA", "sans-b", 8, (60, 40, 110))
    pg.text(116, 5.4, v["number"], "mono-b", 10.5, (190, 30, 40), "r")
    per = v["person"]
    pg.image(4, 12, 26, 33, portrait(rng, female=per["sex"] == "F", skin=per["skin"]))
    x = 34

    def row(y, label, value, x=x, vsize=7.2):
        pg.text(x, y, label, "sans", 4.4, (80, 70, 120))
        pg.text(x + width(label, "sans", 4.4) + 1.5, y + 0.2, value, "mono-b", vsize, (20, 20, 25))

    vf = v["valid_from"].strftime("%d-%m-%y")
    vu = v["valid_until"].strftime("%d-%m-%y")
    row(12, "VALABLE POUR", "FRANCE")
    row(17, "DU", vf)
    row(17, "AU", vu, x + 28)
    row(22, "TYPE DE VISA", "D")
    row(27, "DURÉE DE SÉJOUR", v["days"] + " JOURS")
    row(27, "NOMBRE D'ENTRÉES", "MULT", x + 42)
    row(32, "DÉLIVRÉ À", v["issued_at"])
    row(32, "LE", v["issued_on"].strftime("%d-%m-%Y"), x + 42)
    row(37, "NUMÉRO DE PASSEPORT", v["passport_no"])
    row(42, "NOM, PRÉNOM", per["surname"] + " " + per["given"])
    pg.text(4, 49.5, "REMARQUES", "sans", 4.4, (80, 70, 120))
    yy = 53
    for r in v["remarks"]:
        pg.text(4, yy, r, "mono-b", 6.6, (20, 20, 25))
        yy += 3.1
    l1, l2 = mrva(
        "FRA",
        per["surname"],
        per["given"],
        v["number"],
        v["nat"],
        per["dob"],
        per["sex"],
        v["valid_until"],
    )
    pg.rect(0, 64, 120, 18, None, (243, 242, 247))
    mrz_lines(pg, 3.3, 71.5, [l1, l2], pitch=2.56)
    return pg, (l1, l2)


def _card_bg(rng, base, g1, g2):
    pg = Page(85.6, 54, base)
    guilloche(pg, 0, 5, 85.6, 45, rng, g1, n=16, lw=0.1)
    guilloche(pg, 0, 15, 85.6, 30, rng, g2, n=8, lw=0.1)
    return pg


def titre_sejour(t, rng):
    """French residence permit (ID-1, 2020 model): front and back pages, TD1 MRZ."""
    per = t["person"]
    f = _card_bg(rng, (232, 236, 240), (196, 214, 226), (230, 210, 214))
    f.rect(0, 0, 85.6, 7, None, (30, 60, 130))
    f.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.5, (255, 255, 255))
    f.text(83, 4.8, "TITRE DE SÉJOUR", "sans-b", 6.5, (255, 255, 255), "r")
    f.image(3, 10, 21, 27, portrait(rng, female=per["sex"] == "F", skin=per["skin"]))
    x = 27
    lab(f, x, 10.5, "NOM / Surname", per["surname"], 3.6, 6.6)
    lab(f, x, 16.3, "Prénoms / Given names", per["given"], 3.6, 6.6)
    lab(f, x, 22.1, "Sexe / Sex", per["sex"], 3.6, 6.4)
    lab(f, x + 15, 22.1, "Nationalité / Nationality", t["nat"], 3.6, 6.4)
    lab(f, x, 27.9, "Date de naiss. / Date of birth", per["dob"].strftime("%d %m %Y"), 3.6, 6.4)
    lab(f, x, 33.7, "Type de titre / Type of permit", t["kind"], 3.6, 5.6)
    lab(f, x, 39.5, "Valable jusqu'au / Valid until", t["expiry"].strftime("%d %m %Y"), 3.6, 6.4)
    lab(f, 3, 45.5, "N° du document / Document No", t["number"], 3.6, 6.6, "mono-b")
    f.text(83, 51, "FRA", "sans-b", 7, (30, 60, 130), "r")
    b = _card_bg(rng, (234, 236, 238), (200, 214, 224), (224, 214, 226))
    lab(b, 3, 4.5, "Lieu de naissance / Place of birth", t["pob"], 3.6, 6)
    lab(b, 3, 10, "Adresse / Address", t["address"][0], 3.6, 5.6)
    b.text(3, 16.8, t["address"][1], "sans-b", 5.6)
    lab(b, 3, 21.5, "Remarques / Remarks", t["remarks"], 3.6, 5.6)
    lab(b, 55, 4.5, "Date de délivrance", t["issued"].strftime("%d %m %Y"), 3.6, 6)
    l1, l2, l3 = td1(
        "IR",
        "FRA",
        t["number"],
        per["dob"],
        per["sex"],
        t["expiry"],
        t["nat"],
        per["surname"],
        per["given"],
    )
    b.rect(0, 33, 85.6, 21, None, (246, 246, 246))
    mrz_lines(b, 3.2, 39.5, [l1, l2, l3], size=9.4, pitch=2.65)
    return f, b, (l1, l2, l3)


def cni_fr(c, rng):
    """French identity card (2021 model, ID-1, TD1 MRZ on the back)."""
    per = c["person"]
    f = _card_bg(rng, (234, 238, 242), (190, 210, 230), (230, 205, 215))
    f.text(3, 4.6, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.4, (20, 50, 120))
    f.text(3, 8.2, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 4.6, (20, 50, 120))
    f.image(
        3, 11, 22, 28, portrait(rng, female=per["sex"] == "F", skin=per["skin"], hair=(90, 60, 35))
    )
    x = 28
    lab(f, x, 11.5, "NOM / Surname", per["surname"], 3.5, 6.6)
    lab(f, x, 17.3, "Prénoms / Given names", per["given"], 3.5, 6.4)
    lab(f, x, 23.1, "SEXE / Sex", per["sex"], 3.5, 6.2)
    lab(f, x + 14, 23.1, "NATIONALITÉ / Nationality", "FRA", 3.5, 6.2)
    lab(f, x, 28.9, "DATE DE NAISS. / Date of birth", per["dob"].strftime("%d %m %Y"), 3.5, 6.2)
    lab(f, x, 34.7, "LIEU DE NAISSANCE / Place of birth", c["pob"], 3.5, 6.2)
    lab(f, 3, 44.5, "N° DU DOCUMENT / Document No", c["number"], 3.5, 6.6, "mono-b")
    lab(f, 45, 44.5, "DATE D'EXPIR. / Expiry date", c["expiry"].strftime("%d %m %Y"), 3.5, 6.2)
    signature(f, 62, 34, 20, 6, rng, (30, 30, 50), 0.22)
    b = _card_bg(rng, (236, 238, 240), (200, 212, 226), (226, 214, 220))
    lab(b, 3, 5, "ADRESSE / Address", c["address"][0], 3.5, 5.8)
    b.text(3, 11.5, c["address"][1], "sans-b", 5.8)
    lab(b, 3, 17, "DATE DE DÉLIVRANCE / Date of issue", c["issued"].strftime("%d %m %Y"), 3.5, 5.8)
    l1, l2, l3 = td1(
        "ID",
        "FRA",
        c["number"],
        per["dob"],
        per["sex"],
        c["expiry"],
        "FRA",
        per["surname"],
        per["given"],
    )
    b.rect(0, 33, 85.6, 21, None, (246, 246, 246))
    mrz_lines(b, 3.2, 39.5, [l1, l2, l3], size=9.4, pitch=2.65)
    return f, b, (l1, l2, l3)


def recepisse(r, rng):
    """Récépissé de demande de titre de séjour (paper, A4 scan, photo stapled)."""
    per = r["person"]
    pg = Page()
    pg.rect(12, 12, 186, 150, (40, 120, 80), (236, 244, 236), 0.6)
    guilloche(pg, 14, 30, 182, 110, rng, (205, 226, 208), n=10, lw=0.15)
    pg.text(105, 21, "RÉPUBLIQUE FRANÇAISE", "serif-b", 12, (20, 40, 90), "c")
    pg.text(105, 27, r["prefecture"], "serif", 10, (20, 40, 90), "c")
    pg.text(105, 36, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sans-b", 12, (20, 20, 20), "c")
    pg.text(105, 41.5, r["motif"], "sans", 8.5, (40, 40, 40), "c")
    pg.text(188, 50, "N° " + r["number"], "mono-b", 11, (170, 30, 30), "r")
    pg.image(
        18,
        50,
        30,
        38,
        portrait(rng, female=per["sex"] == "F", skin=per["skin"], hair=(150, 110, 60)),
    )
    x, y = 56, 58
    for label, val in (
        ("Nom :", per["surname"]),
        ("Prénom(s) :", per["given"]),
        ("Né(e) le :", per["dob"].strftime("%d/%m/%Y") + "   à  " + r["pob"]),
        ("Nationalité :", r["nat_print"]),
        ("Sexe :", per["sex"]),
        ("Adresse :", r["address"][0]),
        ("", r["address"][1]),
    ):
        pg.text(x, y, label, "sans", 9, (60, 60, 60))
        pg.text(x + 28, y, val, "sans-b", 10)
        y += 7
    y += 3
    pg.text(
        18,
        y + 5,
        "Le présent récépissé, délivré le "
        + r["issued"].strftime("%d/%m/%Y")
        + ", est valable jusqu'au :",
        "sans",
        10,
    )
    pg.text(150, y + 5, r["expiry"].strftime("%d/%m/%Y"), "sans-b", 12)
    pg.text(18, y + 13, r["work"], "sans-b", 10, (20, 20, 20))
    pg.para(
        18,
        y + 21,
        "Ce document n'est pas un titre de séjour. Il doit être présenté avec le "
        "passeport ou un document d'identité. Il autorise la présence de son titulaire sur "
        "le territoire français pendant la durée de sa validité.",
        170,
        "sans-i",
        8,
    )
    stamp_ring(pg, 165, 146, 13, r["stamp"], ["Le Préfet", "P/O"], rng, (60, 70, 170))
    signature(pg, 105, 138, 35, 14, rng, (30, 30, 90), 0.4)
    return pg
