"""Identity documents: passport data pages (TD3), French visa sticker (MRV-A), ID-1 cards (TD1)."""

from core import Page, fr, guilloche, mrva, portrait, td1, td3, ymd

PASS_STYLE = {
    "SEN": {"head": "RÉPUBLIQUE DU SÉNÉGAL", "sub": "PASSEPORT / PASSPORT", "tint": (225, 238, 222),
                "line": (120, 170, 120), "font": "sans", "lang2": "FR/EN", "nat": "SÉNÉGALAISE"},
    "CHN": {"head": "PEOPLE'S REPUBLIC OF CHINA", "sub": "PASSPORT", "tint": (236, 228, 238),
                "line": (170, 130, 170), "font": "dejavu", "lang2": "EN", "nat": "CHINESE"},
    "BRA": {"head": "REPÚBLICA FEDERATIVA DO BRASIL", "sub": "PASSAPORTE / PASSPORT",
                "tint": (226, 234, 242), "line": (110, 140, 190), "font": "open", "lang2": "PT/EN",
                "nat": "BRASILEIRO(A)"},
    "IND": {"head": "REPUBLIC OF INDIA", "sub": "PASSPORT", "tint": (238, 234, 222),
                "line": (190, 160, 110), "font": "freeserif", "lang2": "EN", "nat": "INDIAN"},
}  # fmt: skip


def passport(p, rng):
    """p: dict with surname, given, number, nat, dob, sex, issue, exp, pob, authority."""
    st = PASS_STYLE[p["nat"]]
    pg = Page(125, 88, st["tint"])
    guilloche(pg, 0, 6, 125, 62, st["line"], n=22, amp=2.5)
    f, fb = st["font"], "sansb"
    pg.text(62.5, 6, st["head"], 7.5, fb, (40, 40, 60), "c")
    pg.text(5, 11, st["sub"], 6.5, fb, (60, 60, 80))
    pg.text(60, 11, "Type / Type", 4.5, f, (90, 90, 90))
    pg.text(60, 14, "P", 7, "sans")
    pg.text(78, 11, "Code / Code", 4.5, f, (90, 90, 90))
    pg.text(78, 14, p["nat"], 7, "sans")
    pg.text(96, 11, "N° / Passport No.", 4.5, f, (90, 90, 90))
    pg.text(96, 14.5, p["number"], 8, "sansb", (120, 20, 30))
    portrait(pg, 5, 15, 30, 38, rng, p.get("skin", (150, 110, 85)))
    lab = p.get("labels") or [
        "Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality",
        "Date de naissance / Date of birth", "Sexe / Sex", "Lieu de naissance / Place of birth",
        "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry",
        "Autorité / Authority"]  # fmt: skip
    vals = [p["surname"], p["given"], st["nat"], p["dob_txt"], p["sex"], p["pob"],
            p["issue_txt"], p["exp_txt"], p["authority"]]  # fmt: skip
    pos = [(40, 20), (40, 26), (40, 32), (40, 38), (95, 38), (40, 44), (40, 50), (82, 50),
           (40, 56)]  # fmt: skip
    for (x, y), lb, v in zip(pos, lab, vals):
        pg.text(x, y, lb, 4.3, f, (90, 90, 100))
        pg.text(x, y + 3.2, v, 7, "sans", (10, 10, 10))
    pg.poly([(6, 60), (12, 57), (16, 61), (22, 58), (30, 60)], 0.35, (20, 20, 40))
    l1, l2 = td3("P", p["nat"], p["surname"], p["given"], p["number"], p["nat"],
                 ymd(p["dob"]), p["sex"], ymd(p["exp"]), p.get("opt", ""))  # fmt: skip
    pg.rect(0, 68, 125, 20, None, (248, 248, 246))
    pg.text(4, 76, l1, 9.2, "mono", (15, 15, 15))
    pg.text(4, 83, l2, 9.2, "mono", (15, 15, 15))
    return pg, (l1, l2)


def visa(v, rng):
    """French long-stay visa sticker (Schengen uniform format, MRV-A)."""
    pg = Page(120, 84, (236, 240, 246))
    guilloche(pg, 0, 4, 120, 58, (170, 180, 215), n=26, amp=2.0)
    portrait(pg, 4, 12, 24, 31, rng, v.get("skin", (150, 110, 85)), bg=(225, 228, 235))
    pg.text(4, 7, "VISA", 10, "sansb", (20, 40, 110))
    pg.text(32, 7, "FRA", 8, "sansb", (20, 40, 110))
    pg.text(116, 7, v["number"], 9, "sansb", (150, 20, 30), "r")
    L = [("VALABLE POUR / VALID FOR", "FRANCE", 32, 13),
         ("DU / FROM", fr(v["from"]).replace("/", "-"), 32, 19),
         ("AU / UNTIL", fr(v["until"]).replace("/", "-"), 62, 19),
         ("TYPE DE VISA / TYPE OF VISA", "D", 92, 19),
         ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 32, 25),
         ("DURÉE DE SÉJOUR / DURATION OF STAY", v["days"] + " JOURS", 80, 25),
         ("DÉLIVRÉ À / ISSUED IN", v["place"], 32, 31),
         ("LE / ON", fr(v["issued"]).replace("/", "-"), 80, 31),
         ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"], 32, 37),
         ("NOM, PRÉNOM / SURNAME, NAME", v["surname"] + ", " + v["given"], 32, 43)]  # fmt: skip
    for lb, val, x, y in L:
        pg.text(x, y, lb, 3.8, "sans", (70, 80, 110))
        pg.text(x, y + 3.0, val, 6.2, "mono", (10, 10, 10))
    pg.text(4, 50, "REMARQUES / REMARKS", 3.8, "sans", (70, 80, 110))
    for i, r in enumerate(v["remarks"]):
        pg.text(4, 53.5 + i * 3.2, r, 6.0, "mono", (10, 10, 10))
    l1, l2 = mrva("FRA", v["surname"], v["given"], v["number"], v["nat"], ymd(v["dob"]), v["sex"],
                  ymd(v["until"]))  # fmt: skip
    pg.rect(0, 66, 120, 18, None, (246, 247, 250))
    pg.text(2.5, 73.5, l1, 8.9, "mono")
    pg.text(2.5, 80.5, l2, 8.9, "mono")
    return pg, (l1, l2)


def permit(t, rng, break_mrz=False):
    """French titre de séjour (ID-1 card, 2020 model), front and back."""
    fr_ = Page(85.6, 54, (232, 236, 240))
    guilloche(fr_, 0, 8, 85.6, 46, (160, 175, 200), n=16, amp=1.5, lw=0.08)
    fr_.rect(0, 0, 85.6, 7, None, (30, 50, 120))
    fr_.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", 5.5, "sansb", (255, 255, 255))
    fr_.text(83, 4.8, "TITRE DE SÉJOUR", 5.5, "sansb", (255, 255, 255), "r")
    portrait(fr_, 3, 10, 22, 28, rng, t.get("skin", (205, 170, 135)))
    rows = [("NOM", t["surname"]), ("Prénoms", t["given"]), ("SEXE", t["sex"]),
            ("NATIONALITÉ", t["nat"]), ("DATE DE NAISS.", fr(t["dob"]).replace("/", " ")),
            ("N° DU DOCUMENT", t["number"]), ("DATE D'EXPIRATION", fr(t["exp"]).replace("/", " "))]  # fmt: skip
    y = 11
    for i, (lb, val) in enumerate(rows):
        x = 28 if i not in (3, 6) else 58
        if i in (3, 6):
            y -= 5.6
        fr_.text(x, y, lb, 3.3, "sans", (70, 80, 100))
        fr_.text(x, y + 2.9, val, 5.6, "sansb", (15, 15, 15))
        y += 5.6
    fr_.text(3, 48, "CARTE DE SÉJOUR PLURIANNUELLE", 4.8, "sansb", (30, 50, 120))
    fr_.text(3, 51.5, t["mention"], 4.6, "sans", (30, 30, 30))
    bk = Page(85.6, 54, (236, 238, 240))
    guilloche(bk, 0, 2, 85.6, 26, (175, 185, 205), n=10, amp=1.3, lw=0.08)
    bk.text(3, 6, "LIEU DE NAISSANCE", 3.3, "sans", (70, 80, 100))
    bk.text(3, 9, t["pob"], 5.2, "sans")
    bk.text(3, 13, "ADRESSE", 3.3, "sans", (70, 80, 100))
    bk.text(3, 16, t["addr1"], 5.0, "sans")
    bk.text(3, 19, t["addr2"], 5.0, "sans")
    bk.text(50, 6, "DÉLIVRÉ LE", 3.3, "sans", (70, 80, 100))
    bk.text(50, 9, fr(t["issue"]), 5.2, "sans")
    bk.text(50, 24, "PAR LE PRÉFET DE " + t["pref"], 3.8, "sans")
    l1, l2, l3 = td1("IR", "FRA", t["number"], ymd(t["dob"]), t["sex"], ymd(t["exp"]), t["natc"],
                     t["surname"], t["given"])  # fmt: skip
    if break_mrz:
        wrong = str((int(l2[14]) + 3) % 10)
        l2 = l2[:14] + wrong + l2[15:]
        assert not check_td1(l1, l2)
    bk.rect(0, 31, 85.6, 23, None, (250, 250, 248))
    for i, ln in enumerate((l1, l2, l3)):
        bk.text(3.2, 37.5 + i * 6.2, ln, 9.0, "mono")
    return fr_, bk, (l1, l2, l3)


def fr_cni(c, rng):
    """French national identity card (2021 model, ID-1, TD1 MRZ on the back)."""
    f = Page(85.6, 54, (228, 234, 244))
    guilloche(f, 0, 0, 85.6, 54, (185, 195, 225), n=20, amp=1.4, lw=0.08)
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", 5.2, "sansb", (20, 40, 110))
    f.text(3, 8.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", 3.8, "sans", (20, 40, 110))
    f.text(82, 5, "FR", 7, "sansb", (20, 40, 110), "r")
    portrait(f, 3, 12, 23, 30, rng, (225, 190, 165), (110, 80, 50))
    rows = [("NOM / Surname", c["surname"], 29, 14), ("Prénoms / Given names", c["given"], 29, 21),
            ("SEXE / Sex", c["sex"], 29, 28), ("NATIONALITÉ / Nationality", "FRA", 45, 28),
            ("DATE DE NAISS. / Date of birth", fr(c["dob"]).replace("/", " "), 29, 35),
            ("LIEU DE NAISSANCE / Place of birth", c["pob"], 29, 42),
            ("N° DU DOCUMENT / Document No", c["number"], 29, 49),
            ("DATE D'EXPIR. / Expiry date", fr(c["exp"]).replace("/", " "), 60, 49)]  # fmt: skip
    for lb, val, x, y in rows:
        f.text(x, y, lb, 3.1, "sans", (70, 80, 110))
        f.text(x, y + 2.9, val, 5.4, "sansb")
    f.poly([(5, 47), (9, 44), (12, 48), (17, 45), (22, 47)], 0.3, (20, 20, 40))
    b = Page(85.6, 54, (232, 236, 244))
    guilloche(b, 0, 0, 85.6, 30, (190, 200, 225), n=10, amp=1.2, lw=0.08)
    b.text(3, 6, "ADRESSE / Address", 3.1, "sans", (70, 80, 110))
    b.text(3, 9, c["addr1"], 5, "sans")
    b.text(3, 12, c["addr2"], 5, "sans")
    b.text(3, 17, "DATE DE DÉLIVRANCE / Date of issue", 3.1, "sans", (70, 80, 110))
    b.text(3, 20, fr(c["issue"]).replace("/", " "), 5, "sans")
    l1, l2, l3 = td1("ID", "FRA", c["number"], ymd(c["dob"]), c["sex"], ymd(c["exp"]), "FRA",
                     c["surname"], c["given"])  # fmt: skip
    b.rect(0, 31, 85.6, 23, None, (250, 250, 248))
    for i, ln in enumerate((l1, l2, l3)):
        b.text(3.2, 37.5 + i * 6.2, ln, 9.0, "mono")
    return f, b, (l1, l2, l3)


def check_td1(l1, l2):
    from core import check_td1 as ck

    return ck(l1, l2)
