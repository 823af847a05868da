"""Identity documents for blind set AM: MRZ (ICAO 9303), IBAN/RIB, cards and visas."""

from __future__ import annotations

import random
import unicodedata

from render import Page, face, guilloche, signature

MONTHS_FR = [
    "JAN",
    "FÉV",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOÛT",
    "SEPT",
    "OCT",
    "NOV",
    "DÉC",
]
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


# -- MRZ -----------------------------------------------------------------------------------
def check_digit(s: str) -> str:
    w = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * w[i % 3]
    return str(total % 10)


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return "".join(c if c.isalpha() else "<" for c in s)


def names_field(surname: str, given: str, length: int) -> str:
    return (mrz_name(surname) + "<<" + mrz_name(given)).ljust(length, "<")[:length]


def ymd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(code, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = (code + "<" + country)[:5].ljust(5, "<") + names_field(surname, given, 39)
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pc = check_digit(pers) if personal else "<"
    body = num + check_digit(num) + nat + ymd(dob) + check_digit(ymd(dob)) + sex
    body += ymd(expiry) + check_digit(ymd(expiry)) + pers + pc
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + check_digit(comp)]


def mrva(country, surname, given, number, nat, dob, sex, until, optional=""):
    l1 = ("V<" + country) + names_field(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = num + check_digit(num) + nat + ymd(dob) + check_digit(ymd(dob)) + sex
    l2 += ymd(until) + check_digit(ymd(until)) + optional.ljust(16, "<")
    return [l1, l2]


def td1(code, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (code + country + num + check_digit(num) + opt1.ljust(15, "<"))[:30]
    l2 = ymd(dob) + check_digit(ymd(dob)) + sex + ymd(expiry) + check_digit(ymd(expiry))
    l2 += nat + opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check_digit(comp)
    return [l1, l2, names_field(surname, given, 30)]


# -- IBAN / RIB ----------------------------------------------------------------------------
def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(country: str, bban: str) -> str:
    cd = 98 - int(_num(bban + country + "00")) % 97
    return f"{country}{cd:02d}{bban}"


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(str((int(c, 36) - 9) % 10 if c.isalpha() else c) for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


def dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def d_mon(iso: str, months=MONTHS_EN) -> str:
    return f"{iso[8:10]} {months[int(iso[5:7]) - 1]} {iso[2:4]}"


# -- passport data page (ID-3, 125 x 88 mm) -------------------------------------------------
def passport_booklet(p: dict, style: dict, seed: int) -> Page:
    """Open booklet: inside page on top, data page below (125 x 176 mm)."""
    rng = random.Random(seed)
    pg = Page(125, 176, bg=style.get("paper", (236, 238, 228)))
    tint = style["tint"]
    guilloche(pg, 0, 0, 125, 88, style["guil"], rng, 10, 0.1)
    pg.text(62.5, 20, style["inside1"], style.get("font_b", "sans-b"), 8, tint, "m")
    pg.text(62.5, 28, style["inside2"], style.get("font", "sans"), 7, tint, "m")
    pg.line(0, 88, 125, 88, (150, 150, 150), 0.4)
    guilloche(pg, 0, 88, 125, 88, style["guil"], rng, 22, 0.1)
    y0 = 88
    pg.text(4, y0 + 6, style["header"], "sans-b", 7.5, tint)
    pg.text(121, y0 + 6, style["header2"], style.get("font_h", "sans-b"), 7.5, tint, "r")
    pg.image(face(seed, skin=style.get("skin", (150, 105, 80))), 4, y0 + 12, 32, 42)
    f, fb = style.get("font", "sans"), style.get("font_v", "sans-b")
    lab = style["labels"]
    rows = [
        (lab[0], style.get("ptype", "P"), lab[1], p["country"], lab[2], p["number"]),
        (lab[3], p["surname"].upper(), None, None, None, None),
        (lab[4], p["given"].upper(), None, None, None, None),
        (lab[5], style["nat_text"], None, None, None, None),
        (lab[6], d_mon(p["dob"]), lab[7], p["sex"], lab[8], p["pob"]),
        (lab[9], d_mon(p["issued"]), lab[10], style.get("authority", ""), None, None),
        (lab[11], d_mon(p["expiry"]), None, None, None, None),
    ]
    y = y0 + 13
    for a, av, b, bv, c, cv in rows:
        pg.text(40, y, a, f, 4.6, tint)
        pg.text(40, y + 3.6, av, fb, 7.2)
        if b:
            pg.text(62, y, b, f, 4.6, tint)
            pg.text(62, y + 3.6, bv, fb, 7.2)
        if c:
            pg.text(84, y, c, f, 4.6, tint)
            pg.text(84, y + 3.6, cv, fb, 7.2)
        y += 7.4
    signature(pg, 6, y0 + 62, 24, rng, (30, 30, 40), 0.3)
    lines = td3("P", p["country"], p["surname"], p["given"], p["number"], p["nat"], p["dob"],
                p["sex"], p["expiry"], p.get("personal", ""))  # fmt: skip
    if p.get("mrz_tamper"):
        lines[1] = p["mrz_tamper"](lines[1])
    pg.rect(0, y0 + 70, 125, 18, None, (246, 246, 240))
    for i, ln in enumerate(lines):
        pg.text(5, y0 + 77 + i * 6.2, ln, "ocrb", 10.2, (15, 15, 15))
    return pg


# -- French visa sticker on a passport page --------------------------------------------------
def visa_page(v: dict, seed: int) -> Page:
    rng = random.Random(seed)
    pg = Page(125, 88, bg=(238, 236, 226))
    guilloche(pg, 0, 0, 125, 88, (200, 210, 220), rng, 14, 0.08)
    x0, y0 = 3, 4
    pg.rect(x0, y0, 119, 80, (170, 150, 170), (236, 226, 236), 0.2)
    guilloche(pg, x0, y0, 119, 52, (215, 190, 215), rng, 26, 0.1)
    pg.image(face(seed + 7, 220, 280, skin=v.get("skin", (150, 105, 80))), x0 + 3, y0 + 14, 24, 31)
    pg.text(x0 + 30, y0 + 5, "VISA", "sans-b", 9, (80, 40, 90))
    pg.text(x0 + 115, y0 + 5, v["number"], "mono-b", 9, (190, 20, 30), "r")
    L = [
        ("VALABLE POUR / VALID FOR", "FRANCE", None, None),
        ("DU / FROM", dmy(v["from"]).replace("/", "-"), "AU / UNTIL", dmy(v["until"]).replace("/", "-")),
        ("TYPE DE VISA / TYPE OF VISA", "D", "NOMBRE D'ENTRÉES", "MULT"),
        ("DURÉE DU SÉJOUR", f"{v['days']} JOURS", "DÉLIVRÉ À / ISSUED IN", v["place"]),
        ("LE / ON", dmy(v["issued"]).replace("/", "-"), "NUMÉRO DE PASSEPORT", v["passport_no"]),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{v['surname'].upper()}, {v['given'].upper()}", None, None),
        ("REMARQUES", v["remarks1"], None, None),
        ("", v["remarks2"], None, None),
    ]  # fmt: skip
    y = y0 + 10
    for a, av, b, bv in L:
        if a:
            pg.text(x0 + 30, y, a, "sans", 3.8, (90, 60, 100))
        pg.text(x0 + 30, y + 3, av, "mono-b", 6.3)
        if b:
            pg.text(x0 + 74, y, b, "sans", 3.8, (90, 60, 100))
            pg.text(x0 + 74, y + 3, bv, "mono-b", 6.3)
        y += 5.6
    lines = mrva("FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"],
                 v["until"])  # fmt: skip
    for i, ln in enumerate(lines):
        pg.text(x0 + 3, y0 + 66 + i * 6, ln, "ocrb", 9.4, (15, 15, 15))
    return pg


# -- ID-1 cards (85.6 x 54 mm) -----------------------------------------------------------------
def titre_sejour(t: dict, seed: int) -> tuple[Page, Page]:
    """French carte de séjour (2020 model): front and back with a TD1 MRZ."""
    rng = random.Random(seed)
    fr = Page(85.6, 54, bg=(226, 234, 240))
    guilloche(fr, 0, 0, 85.6, 54, (190, 205, 225), rng, 20, 0.1)
    fr.rect(0, 0, 85.6, 7, None, (30, 60, 130))
    fr.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.5, (255, 255, 255))
    fr.text(83, 4.8, "TITRE DE SÉJOUR", "sans-b", 5.5, (255, 255, 255), "r")
    fr.image(face(seed, 220, 280, skin=t.get("skin", (175, 135, 105))), 3, 10, 22, 28)
    rows = [
        ("NOM / Surname", t["surname"].upper()),
        ("Prénoms / Given names", t["given"].upper()),
        ("TYPE DE TITRE / Permit type", t["kind"]),
        ("Remarques", t["remarks"]),
    ]
    y = 10.5
    for a, b in rows:
        fr.text(28, y, a, "sans", 3.6, (40, 60, 110))
        fr.text(28, y + 3.2, b, "sans-b", 5.2)
        y += 6.8
    fr.text(28, 40, "N° du titre", "sans", 3.6, (40, 60, 110))
    fr.text(28, 43.2, t["number"], "sans-b", 5.6, (150, 20, 30))
    fr.text(55, 40, "Valable jusqu'au", "sans", 3.6, (40, 60, 110))
    fr.text(55, 43.2, dmy(t["expiry"]).replace("/", " "), "sans-b", 5.6)
    signature(fr, 4, 47, 16, rng, (20, 20, 30), 0.25)
    bk = Page(85.6, 54, bg=(228, 234, 238))
    guilloche(bk, 0, 0, 85.6, 30, (195, 210, 225), rng, 12, 0.1)
    rows2 = [
        ("Date et lieu de naissance", f"{dmy(t['dob']).replace('/', ' ')}  {t['pob']}"),
        ("Nationalité / Sexe", f"{t['nat']}   {t['sex']}"),
        ("Adresse", t["address"]),
        ("Lieu et date de délivrance", f"{t['prefecture']}  {dmy(t['issued'])}"),
    ]
    y = 4.5
    for a, b in rows2:
        bk.text(3, y, a, "sans", 3.5, (40, 60, 110))
        bk.text(3, y + 3, b, "sans-b", 4.6)
        y += 6.2
    lines = td1("IR", "FRA", t["number"], t["dob"], t["sex"], t["expiry"], t["nat"],
                t["surname"], t["given"])  # fmt: skip
    bk.rect(0, 32, 85.6, 22, None, (244, 244, 240))
    for i, ln in enumerate(lines):
        bk.text(3.5, 38.5 + i * 5.6, ln, "ocrb", 9.2, (15, 15, 15))
    return fr, bk


def cni_2021(c: dict, seed: int) -> tuple[Page, Page]:
    """French carte nationale d'identité (2021 model), front and back."""
    rng = random.Random(seed)
    fr = Page(85.6, 54, bg=(232, 226, 236))
    guilloche(fr, 0, 0, 85.6, 54, (205, 190, 220), rng, 20, 0.1)
    fr.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.4, (30, 50, 120))
    fr.text(3, 8.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 3.9, (30, 50, 120))
    fr.image(face(seed, 220, 280, skin=(225, 190, 170)), 3, 12, 21, 27)
    rows = [
        ("NOM / Surname", c["surname"].upper()),
        ("Prénoms / Given names", c["given"]),
        ("SEXE / Sex    NATIONALITÉ", f"{c['sex']}        FRA"),
        ("DATE DE NAISS. / Date of birth", dmy(c["dob"]).replace("/", " ")),
        ("LIEU DE NAISSANCE / Place of birth", c["pob"]),
    ]
    y = 12.5
    for a, b in rows:
        fr.text(27, y, a, "sans", 3.4, (60, 50, 110))
        fr.text(27, y + 3, b, "sans-b", 5.0)
        y += 6.2
    fr.text(27, 46, "N° DU DOCUMENT", "sans", 3.4, (60, 50, 110))
    fr.text(27, 49.5, c["number"], "mono-b", 5.6)
    fr.text(58, 46, "DATE D'EXPIR.", "sans", 3.4, (60, 50, 110))
    fr.text(58, 49.5, dmy(c["expiry"]).replace("/", " "), "sans-b", 5.2)
    bk = Page(85.6, 54, bg=(232, 228, 236))
    guilloche(bk, 0, 0, 85.6, 30, (205, 195, 220), rng, 12, 0.1)
    bk.text(3, 6, "DATE DE DÉLIVRANCE   " + dmy(c["issued"]).replace("/", " "), "sans", 4.4)
    bk.text(3, 11, "AUTORITÉ  Préfecture du Nord", "sans", 4.4)
    signature(bk, 50, 18, 20, rng, (20, 20, 40), 0.3)
    lines = td1("ID", "FRA", c["number"], c["dob"], c["sex"], c["expiry"], "FRA",
                c["surname"], c["given"])  # fmt: skip
    for i, ln in enumerate(lines):
        bk.text(3.5, 38.5 + i * 5.6, ln, "ocrb", 9.2, (15, 15, 15))
    return fr, bk
