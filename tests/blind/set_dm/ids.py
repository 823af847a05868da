"""Identity documents: passport data pages, visa stickers, French residence cards."""

from render import Page, mrva, mrz_ok, photo, td1, td3, tw

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


def dmy_en(d):
    return f"{d[8:10]} {MONTHS_EN[int(d[5:7]) - 1]} {d[0:4]}"


def fr(d):
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"


def _mrz(pg, lines, y0, size, x=None):
    for i, s in enumerate(lines):
        xx = x if x is not None else (pg.w - tw(s, "mono", size)) / 2
        pg.t(xx, y0 + i * size * 0.46, s, "mono", size)


def passport(p, spec):
    """spec: country, country_name, title, num, issue, exp, authority, colour, labels."""
    pg = Page(125, 88, (236, 232, 222))
    col = spec.get("colour", (120, 40, 50))
    for i in range(0, 88, 4):
        pg.l(0, i, 125, i + 2, 0.15, (222, 214, 200))
    pg.t(62.5, 6, spec["country_name"], "sansb", 7.5, col, "m")
    pg.t(62.5, 10.2, spec["title"], "sans", 6, col, "m")
    pg.img(
        5,
        14,
        30,
        38,
        photo(seed=sum(map(ord, p["surname"])), skin=spec.get("skin", (200, 160, 130))),
    )
    lab = spec["labels"]
    x, x2 = 40, 85
    rows = [
        (lab[0], "P", x, 15),
        (lab[1], spec["country"], x2 - 18, 15),
        (lab[2], spec["num"], x2, 15),
        (lab[3], p["surname"], x, 22.5),
        (lab[4], p["given"], x, 30),
        (lab[5], spec["nat_text"], x, 37.5),
        (lab[6], dmy_en(p["dob"]), x, 45),
        (lab[7], p["sex"], x2, 45),
        (lab[8], spec["pob"], x, 52.5),
        (lab[9], dmy_en(spec["issue"]), x, 60),
        (lab[10], dmy_en(spec["exp"]), x2, 60),
        (lab[11], spec["authority"], x2, 52.5),
    ]
    for label, val, xx, yy in rows:
        pg.t(xx, yy, label, "sans", 4.2, (90, 80, 80))
        size = 6.8
        while tw(val, "sansb", size) > 123 - xx:
            size -= 0.2
        pg.t(xx, yy + 3.6, val, "sansb", size)
    pg.signature(6, 53, 28, 7, __import__("random").Random(p["surname"]), color=(20, 20, 20))
    lines = td3(
        spec["country"],
        p["mrz_surname"],
        p["mrz_given"],
        spec["num"],
        p["nat"],
        p["dob"],
        p["sex"],
        spec["exp"],
    )
    assert mrz_ok(lines)
    pg.r(0, 70, 125, 18, 0, fill=(242, 240, 234))
    _mrz(pg, lines, 77, 11.3)
    return pg, lines


def visa(p, v):
    """French long-stay visa sticker (MRV-A) on a passport page."""
    pg = Page(125, 88, (228, 236, 228))
    pg.r(2.5, 4, 120, 80, 0.3, (120, 140, 160), (246, 240, 246))
    for i in range(8, 84, 3):
        pg.l(2.5, i, 122.5, i - 1, 0.12, (225, 205, 225))
    pg.t(8, 10, "VISA", "sansb", 11, (60, 50, 110))
    pg.t(30, 9, "VALABLE POUR", "sans", 4.5, (90, 80, 110))
    pg.t(30, 13, "FRANCE", "sansb", 7.5)
    pg.t(118, 10, v["num"], "mono", 9, (170, 30, 40), "r")
    pg.img(5, 16, 26, 33, photo(seed=len(p["given"]) * 7, skin=v.get("skin", (200, 160, 130))))
    L = 35
    cells = [
        ("DU", "from", v["from"], L, 19),
        ("AU", "until", v["until"], L + 17, 19),
        ("TYPE DE VISA", "", "D", L + 34, 19),
        ("NOMBRE D'ENTREES", "", "MULT", L + 51, 19),
        ("DUREE DE SEJOUR", "", v["days"] + " JOURS", L, 27),
        ("DELIVRE A", "", v["place"], L + 17, 27),
        ("LE", "", v["issued"], L + 34, 27),
        ("NUMERO DU PASSEPORT", "", v["passport"], L + 51, 27),
        ("NOM, PRENOM", "", f"{p['surname']}, {p['given']}", L, 35),
    ]
    for lab, _, val, xx, yy in cells:
        pg.t(xx, yy, lab, "sans", 3.6, (90, 80, 110))
        pg.t(xx, yy + 3.3, val, "sansb", 6.2)
    pg.t(L, 43, "REMARQUES", "sans", 3.6, (90, 80, 110))
    for i, s in enumerate(v["remarks"]):
        pg.t(L, 46.5 + i * 3.2, s, "sansb", 5.6)
    lines = mrva(
        "FRA",
        p["mrz_surname"],
        p["mrz_given"],
        v["num"],
        p["nat"],
        p["dob"],
        p["sex"],
        v["until_iso"],
    )
    assert mrz_ok(lines)
    _mrz(pg, lines, 72, 11.0)
    return pg, lines


def card_front(p, c):
    pg = Page(85.6, 54, (232, 238, 236))
    pg.r(0, 0, 85.6, 7, 0, fill=(30, 60, 130))
    pg.t(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.5, (255, 255, 255))
    pg.t(82.5, 4.8, "FRA", "sansb", 5.5, (255, 255, 255), "r")
    pg.t(3, 10.5, c["title"], "sansb", 6.3, (30, 60, 130))
    pg.t(82.5, 10.5, c["num"], "mono", 6.5, (0, 0, 0), "r")
    pg.img(
        3, 13, 20, 26, photo(seed=sum(map(ord, p["given"])), skin=c.get("skin", (200, 160, 130)))
    )
    rows = [
        ("NOM", p["surname"]),
        ("Prénoms", p["given"]),
        ("Sexe / Nationalité", f"{p['sex']}   {p['nat']}"),
        ("Date de naissance", fr(p["dob"]).replace("/", " ")),
        ("Remarques", c["remarks"]),
        ("Valable jusqu'au", fr(c["exp"]).replace("/", " ")),
    ]
    for i, (lab, val) in enumerate(rows):
        y = 14 + i * 6.4
        pg.t(26, y, lab, "sans", 3.3, (70, 80, 100))
        pg.t(26, y + 2.9, val, "sansb", 5.0)
    pg.signature(3, 41, 20, 8, __import__("random").Random(p["given"]), color=(30, 30, 30))
    return pg


def card_back(p, c):
    pg = Page(85.6, 54, (232, 238, 236))
    pg.t(3, 5, "Adresse", "sans", 3.5, (70, 80, 100))
    pg.t(3, 8.3, c["addr1"], "sansb", 4.8)
    pg.t(3, 11.6, c["addr2"], "sansb", 4.8)
    pg.t(3, 16, "Lieu de délivrance", "sans", 3.5, (70, 80, 100))
    pg.t(3, 19.3, c["prefecture"], "sansb", 4.8)
    pg.t(50, 16, "Date de délivrance", "sans", 3.5, (70, 80, 100))
    pg.t(50, 19.3, fr(c["issue"]), "sansb", 4.8)
    pg.t(3, 24, "Lieu de naissance", "sans", 3.5, (70, 80, 100))
    pg.t(3, 27.3, c["pob"], "sansb", 4.8)
    lines = td1(
        "IR",
        "FRA",
        p["mrz_surname"],
        p["mrz_given"],
        c["num"],
        p["nat"],
        p["dob"],
        p["sex"],
        c["exp"],
    )
    assert mrz_ok(lines)
    pg.r(0, 33, 85.6, 21, 0, fill=(245, 245, 240))
    for i, s in enumerate(lines):
        pg.t(5, 39.5 + i * 5.0, s, "mono", 10.2)
    return pg, lines
