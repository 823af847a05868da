"""Identity layouts: passports, visa sticker, residence permit, French ID card, form S1106."""

from checks import mrva, mrz_ok, td1, td3
from render import Page

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def dmy(iso, sep="/"):
    return f"{iso[8:10]}{sep}{iso[5:7]}{sep}{iso[0:4]}"


def d_mon(iso):
    return f"{iso[8:10]} {MON[int(iso[5:7]) - 1]} {iso[0:4]}"


def d_words(iso):
    return f"{int(iso[8:10])} {MOIS[int(iso[5:7]) - 1]} {iso[0:4]}"


def photo(p, x, y, w, h, tone=(150, 120, 100)):
    p.rect(x, y, w, h, 0.2, (90, 90, 90), (225, 225, 222))
    p.ellipse(x + w * 0.28, y + h * 0.16, w * 0.44, h * 0.44, tone)
    p.ellipse(x + w * 0.12, y + h * 0.62, w * 0.76, h * 0.38, (70, 70, 90))
    p.rect(x, y + h, w, 0.01, 0.2, (90, 90, 90))


def mrz_block(p, x, y, lines, size=10.2, step=5.2):
    for i, ln in enumerate(lines):
        p.text(x, y + i * step, ln, "ocrb", size)


def passport(a, pp, tint, title, labels):
    """A TD3 data page (125 x 88 mm). labels: list of 2-language captions."""
    p = Page(125, 88, tint)
    lines = td3(
        "P",
        pp["country"],
        a["mrz_surname"],
        a["mrz_given"],
        pp["number"],
        pp["country"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(pp["expiry"]),
    )
    assert mrz_ok(lines) and len(pp["number"]) <= 9
    for i in range(0, 125, 6):
        p.line(i, 0, i + 40, 60, 0.1, (min(255, tint[0] - 25), tint[1] - 20, tint[2] - 10))
    p.text(62, 7, title, "sansb", 7.5, (60, 40, 80), "c")
    photo(p, 5, 13, 31, 40)
    vals = [
        ("P", pp["country"], pp["number"]),
        (a["surname_print"],),
        (a["given_print"],),
        (pp["nat_print"],),
        (d_mon(a["dob"]),),
        (a["sex"], a["pob_print"]),
        (d_mon(pp["issued"]),),
        (d_mon(pp["expiry"]),),
    ]
    y = 14
    for lab, v in zip(labels, vals):
        p.text(40, y, lab, "sans", 4.6, (80, 80, 110))
        p.text(40, y + 3.6, "    ".join(v), "sansb", 7.6)
        y += 7.2
    p.sig(88, 56, 30, 9, seed=hash_s(pp["number"]))
    mrz_block(p, 4, 75, lines)
    return p, lines


def hash_s(s):
    return sum((i + 1) * ord(c) for i, c in enumerate(s))


def visa_page(a, v, tint=(236, 238, 232)):
    """French type D visa sticker (MRV-A) glued on a passport page."""
    p = Page(125, 88, tint)
    lines = mrva(
        "FRA",
        a["mrz_surname"],
        a["mrz_given"],
        v["number"],
        a["nat"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(v["until"]),
    )
    assert mrz_ok(lines) and len(v["number"]) <= 9
    p.rect(3, 3, 119, 82, 0.3, (150, 150, 170), (226, 232, 240))
    for i in range(0, 125, 4):
        p.line(i, 3, i + 20, 40, 0.1, (200, 205, 225))
    p.text(6, 9, "VISA", "sansb", 11, (30, 40, 110))
    p.text(30, 9, "FRA", "sansb", 11, (30, 40, 110))
    p.text(117, 9, v["number"], "mono", 9, (160, 20, 20), "r")
    photo(p, 6, 14, 24, 31)
    rows = [
        [("VALABLE POUR / VALID FOR", "FRANCE"), ("DU / FROM", dmy(v["from"], "-"))],
        [("TYPE", "D"), ("AU / UNTIL", dmy(v["until"], "-"))],
        [("DURÉE DU SÉJOUR", f"{v['days']} JOURS"), ("NOMBRE D'ENTRÉES", "MULT")],
        [("DÉLIVRÉ À / ISSUED IN", v["place"]), ("LE / ON", dmy(v["issued"], "-"))],
        [("NUMÉRO DE PASSEPORT", v["pp"]), ("", "")],
        [("NOM, PRÉNOM", f"{a['mrz_surname'].replace('<', ' ')}, {a['mrz_given']}"), ("", "")],
    ]
    y = 16
    for row in rows:
        x = 33
        for lab, val in row:
            if lab:
                p.text(x, y, lab, "sans", 4.3, (70, 70, 100))
                p.text(x, y + 3.4, val, "sansb", 6.6)
            x += 46
        y += 7.6
    p.text(33, y + 0.5, "REMARQUES:", "sans", 4.3, (70, 70, 100))
    p.text(33, y + 4, v["remarks"], "sansb", 6.2)
    mrz_block(p, 4, 77, lines, 9.8, 5.0)
    return p, lines


def permit(a, t, color=(214, 226, 238)):
    """Titre de séjour (ID-1 card, 85.6 x 54 mm): front and back, TD1 MRZ on the back."""
    f = Page(85.6, 54, color)
    for i in range(0, 90, 3):
        f.line(i, 0, i + 15, 54, 0.08, (185, 200, 222))
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.5, (20, 40, 110))
    f.text(3, 8.2, "TITRE DE SÉJOUR", "sansb", 7, (20, 40, 110))
    f.text(83, 5, "FRA", "sansb", 6, (20, 40, 110), "r")
    photo(f, 3, 12, 22, 28)
    items = [
        ("NOM / Surname", a["surname_print"]),
        ("Prénoms / Given names", a["given_print"]),
        ("Sexe / Nat.", f"{a['sex']}   {a['nat']}"),
        ("Date de naissance", dmy(a["dob"], " ")),
        ("N° du document", t["number"]),
        ("Fin de validité", dmy(t["until"], " ")),
    ]
    y = 13
    for lab, val in items:
        f.text(28, y, lab, "sans", 3.6, (60, 60, 90))
        f.text(28, y + 2.9, val, "sansb", 5.4)
        y += 6.2
    f.text(3, 50, t["title"], "sansb", 4.6, (20, 40, 110))
    b = Page(85.6, 54, color)
    b.text(3, 6, "Remarques:", "sans", 4, (60, 60, 90))
    b.text(3, 9.5, t["remarks"], "sansb", 5)
    b.text(3, 14, "Lieu de naissance: " + a["pob_print"], "sans", 4.4)
    b.text(3, 18, "Adresse: " + t["address"], "sans", 4.4)
    b.text(3, 22, "Délivré par: " + t["pref"] + " le " + dmy(t["issued"], " "), "sans", 4.4)
    lines = td1(
        "IR",
        "FRA",
        t["number"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(t["until"]),
        a["nat"],
        a["mrz_surname"],
        a["mrz_given"],
    )
    assert mrz_ok(lines) and len(t["number"]) <= 9
    b.rect(0, 33, 85.6, 21, 0, None, (238, 238, 232))
    mrz_block(b, 3.5, 39.5, lines, 7.4, 5.3)
    return f, b, lines


def cni(h):
    """French identity card (2021 model, ID-1), front and back."""
    f = Page(85.6, 54, (230, 222, 236))
    for i in range(0, 90, 3):
        f.line(i, 54, i + 20, 0, 0.08, (210, 200, 220))
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.5, (40, 40, 110))
    f.text(3, 8.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sansb", 4.5, (40, 40, 110))
    photo(f, 3, 12, 22, 28, (200, 170, 150))
    items = [
        ("NOM / Surname", h["surname"]),
        ("Prénoms / Given names", h["given"]),
        ("SEXE / NATIONALITÉ", f"{h['sex']}   FRA"),
        ("DATE DE NAISS. / Date of birth", dmy(h["dob"], " ")),
        ("N° DU DOCUMENT", h["number"]),
        ("DATE D'EXPIR. / Expiry date", dmy(h["expiry"], " ")),
    ]
    y = 13
    for lab, val in items:
        f.text(28, y, lab, "sans", 3.6, (60, 60, 90))
        f.text(28, y + 2.9, val, "sansb", 5.4)
        y += 6.2
    f.sig(60, 44, 20, 7, seed=hash_s(h["number"]))
    b = Page(85.6, 54, (230, 222, 236))
    b.text(3, 6, "ADRESSE / Address", "sans", 3.8, (60, 60, 90))
    b.text(3, 9.5, h["address"], "sansb", 5)
    b.text(3, 14, "LIEU DE NAISSANCE: " + h["pob"], "sans", 4.4)
    lines = td1(
        "ID",
        "FRA",
        h["number"],
        yymmdd(h["dob"]),
        h["sex"],
        yymmdd(h["expiry"]),
        "FRA",
        h["surname"],
        h["given"],
    )
    assert mrz_ok(lines)
    b.rect(0, 33, 85.6, 21, 0, None, (242, 240, 244))
    mrz_block(b, 3.5, 39.5, lines, 7.4, 5.3)
    return f, b, lines
