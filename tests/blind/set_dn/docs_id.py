"""Identity documents, visas, residence permits and birth certificates for set_dn."""

from render import Page, check_mrva, check_td1, check_td3, mrva, td1, td3

BLUE = (30, 40, 120)
RED = (170, 30, 40)
GREY = (90, 90, 90)
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR = MONTHS_FR.split()


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def dmy(iso, sep="/"):
    return sep.join([iso[8:10], iso[5:7], iso[0:4]])


def fr_words(iso):
    d = int(iso[8:10])
    return "%s %s %s" % ("1er" if d == 1 else d, MONTHS_FR[int(iso[5:7]) - 1], iso[0:4])


def lab(pg, x, y, label, value, lsize=5.2, vsize=8.5, vfont="sansb", lcol=GREY):
    """Label above, value below (distinct lines: never overlapping)."""
    pg.text(x, y, label, "sans", lsize, lcol)
    pg.text(x, y + vsize * 0.42 + 0.8, value, vfont, vsize)


def passport(p, bg=(236, 226, 240), head=("REPUBLIC", "PASSPORT"), labels=None):
    """TD3 data page. p: dict with keys surname, given, num, nat, state, dob, sex, exp, iss,
    pob, authority. Returns (page, mrz lines)."""
    lines = td3(
        "P",
        p["state"],
        p["surname_mrz"],
        p["given_mrz"],
        p["num"],
        p["nat"],
        ymd(p["dob"]),
        p["sex"],
        ymd(p["exp"]),
        p.get("opt", ""),
    )
    assert check_td3(lines)
    pg = Page(125, 88, bg)
    pg.text(62.5, 6, head[0], "sansb", 7.5, BLUE, "c")
    pg.text(62.5, 10.5, head[1], "sans", 6, BLUE, "c")
    pg.photo(5, 15, 30, 39)
    L = labels or {}
    x1, x2 = 40, 85
    lab(pg, x1, 15, L.get("type", "Type"), "P")
    lab(pg, 55, 15, L.get("code", "Code"), p["state"])
    lab(pg, x2, 15, L.get("num", "Passport No."), p["num"])
    lab(pg, x1, 23, L.get("surname", "Surname"), p["surname_print"])
    lab(pg, x1, 31, L.get("given", "Given names"), p["given_print"])
    lab(pg, x1, 39, L.get("nat", "Nationality"), p["nat_print"])
    lab(pg, 68, 15, L.get("sex", "Sex"), p["sex"])
    lab(pg, x1, 47, L.get("dob", "Date of birth"), p["dob_print"])
    lab(pg, x2, 47, L.get("pob", "Place of birth"), p["pob"])
    lab(pg, x1, 55, L.get("iss", "Date of issue"), p["iss_print"])
    lab(pg, x2, 55, L.get("exp", "Date of expiry"), p["exp_print"])
    lab(pg, x1, 63, L.get("auth", "Authority"), p["authority"], vsize=7)
    pg.signature(8, 57, 22, 7, p["num"])
    pg.mrz(3.5, 76.5, lines, size=11.6, gap=5.6)
    return pg, lines


def id_card_fr(p):
    """French CNI (2021 model, TD1). Returns front page, back page, lines."""
    lines = td1(
        "ID",
        "FRA",
        p["surname"],
        p["given_mrz"],
        p["num"],
        "FRA",
        ymd(p["dob"]),
        p["sex"],
        ymd(p["exp"]),
    )
    assert check_td1(lines)
    f = Page(85.6, 54, (222, 232, 242))
    f.text(4, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, BLUE)
    f.text(4, 8.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 4.2, BLUE)
    f.photo(3.5, 12, 22, 28)
    lab(f, 29, 12, "NOM / Surname", p["surname"], 3.6, 6.5)
    lab(f, 29, 19, "Prénoms / Given names", p["given_print"], 3.6, 6.5)
    lab(f, 29, 26, "SEXE / Sex", p["sex"], 3.6, 6)
    lab(f, 45, 26, "NATIONALITÉ", "FRA", 3.6, 6)
    lab(f, 62, 26, "DATE DE NAISS.", dmy(p["dob"], " "), 3.6, 6)
    lab(f, 29, 33, "LIEU DE NAISSANCE / Place of birth", p["pob"], 3.6, 6)
    lab(f, 29, 40, "N° DU DOCUMENT", p["num"], 3.6, 6.5)
    lab(f, 62, 40, "EXPIRE LE", dmy(p["exp"], " "), 3.6, 6)
    f.signature(5, 43, 18, 6, p["num"] + "s")
    b = Page(85.6, 54, (228, 236, 244))
    lab(b, 4, 5, "ADRESSE", p.get("addr", ""), 3.6, 5.5)
    lab(b, 4, 13, "DATE DE DÉLIVRANCE", dmy(p["iss"], " "), 3.6, 5.5)
    b.mrz(3.5, 39, lines, size=11.6, gap=5)
    return f, b, lines


def residence_card(p):
    """French titre de séjour (TD1, ID-1 card). Front and back."""
    lines = td1(
        "IR",
        "FRA",
        p["surname"],
        p["given_mrz"],
        p["num"],
        p["nat"],
        ymd(p["dob"]),
        p["sex"],
        ymd(p["exp"]),
    )
    assert check_td1(lines)
    f = Page(85.6, 54, (236, 232, 214))
    f.text(4, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.5, BLUE)
    f.text(4, 8.5, "TITRE DE SÉJOUR", "sansb", 6.5, RED)
    f.text(50, 8.5, "N° " + p["num"], "sansb", 6, (0, 0, 0))
    f.photo(3.5, 12, 21, 27)
    lab(f, 28, 12, "NOM", p["surname"], 3.6, 6.3)
    lab(f, 28, 19, "Prénoms", p["given_print"], 3.6, 6.3)
    lab(f, 28, 26, "Sexe", p["sex"], 3.6, 6)
    lab(f, 40, 26, "Nationalité", p["nat"], 3.6, 6)
    lab(f, 58, 26, "Date de naissance", dmy(p["dob"], " "), 3.6, 6)
    lab(f, 28, 33, "Type de titre", "CARTE DE SEJOUR TEMPORAIRE", 3.6, 5.5)
    lab(f, 28, 40, "Remarques", p["category"], 3.6, 5.5)
    lab(f, 28, 47, "Valable jusqu'au", dmy(p["exp"], " "), 3.6, 6)
    f.signature(4, 42, 18, 6, p["num"] + "x")
    b = Page(85.6, 54, (238, 235, 220))
    lab(b, 4, 5, "Lieu de naissance", p["pob"], 3.6, 5.5)
    lab(b, 4, 12, "Adresse", p["addr"], 3.6, 5)
    lab(b, 4, 19, "Délivré le / par", dmy(p["iss"], " ") + "  " + p["pref"], 3.6, 5)
    b.mrz(3.5, 39, lines, size=11.6, gap=5)
    return f, b, lines


def visa_page(p):
    """A French type D visa sticker (MRV-A) on a passport page."""
    lines = mrva(
        "FRA",
        p["surname"],
        p["given_mrz"],
        p["num"],
        p["nat"],
        ymd(p["dob"]),
        p["sex"],
        ymd(p["until"]),
    )
    assert check_mrva(lines)
    pg = Page(125, 88, (238, 236, 226))
    pg.text(4, 5, "11", "sans", 5, GREY)
    pg.rect(2.5, 3.5, 120, 82, 0.25, (120, 120, 160), (226, 232, 246))
    pg.text(6, 9, "VISA", "sansb", 8, BLUE)
    pg.text(40, 9, "FRA", "sansb", 7, RED)
    pg.text(100, 9, p["num"], "sansb", 7, RED)
    pg.photo(5, 13, 24, 31)
    lab(pg, 33, 13, "VALABLE POUR / VALID FOR", "FRANCE", 4.2, 6.5)
    lab(pg, 33, 20.5, "DU / FROM", dmy(p["from"], "-"), 4.2, 6.5)
    lab(pg, 60, 20.5, "AU / UNTIL", dmy(p["until"], "-"), 4.2, 6.5)
    lab(pg, 33, 28, "TYPE DE VISA / TYPE OF VISA", "D", 4.2, 6.5)
    lab(pg, 75, 28, "NOMBRE D'ENTREES", "MULT", 4.2, 6.5)
    lab(pg, 95, 20.5, "DUREE DE SEJOUR", "365 JOURS", 4.2, 6.5)
    lab(pg, 33, 35.5, "DELIVRE A / ISSUED IN", p["post"], 4.2, 6.5)
    lab(pg, 75, 35.5, "LE / ON", dmy(p["issued"], "-"), 4.2, 6.5)
    lab(pg, 33, 43, "NUMERO DE PASSEPORT", p["passport"], 4.2, 6.5)
    lab(
        pg,
        33,
        50.5,
        "NOM, PRENOM / SURNAME, NAME",
        p["surname"] + ", " + p["given_print"],
        4.2,
        6.5,
    )
    lab(pg, 5, 58, "REMARQUES", p["remarks"], 4.2, 6.2)
    pg.text(5, 69, p["remarks2"], "sans", 5.5)
    pg.mrz(4, 76.5, lines, size=11.4, gap=5.4)
    return pg, lines


def apostille(country, items, lang_head, seal_lines, seed, color=(30, 50, 150)):
    """Hague model apostille (10 numbered items), as a half page."""
    pg = Page(148, 130, (250, 249, 244))
    pg.rect(6, 6, 136, 118, 0.6, (40, 40, 40))
    pg.text(74, 16, "APOSTILLE", "serifb", 16, (0, 0, 0), "c")
    pg.text(74, 22, lang_head, "serifi", 8, (0, 0, 0), "c")
    y = 32
    for i, (label, value) in enumerate(items, 1):
        pg.text(12, y, "%d. %s" % (i, label), "serif", 7.6)
        pg.text(70, y, value, "serifb", 8.2)
        y += 8.2
    pg.stamp(40, 106, 11, seal_lines[0], seal_lines[1:], color)
    pg.signature(92, 100, 32, 12, seed)
    return pg
