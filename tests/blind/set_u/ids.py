"""Identity documents: ICAO 9303 MRZ, passport data pages, ID cards, titres de séjour, VLS-TS."""

from __future__ import annotations

import math
import random
import unicodedata
from datetime import date

from canvas import Page

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
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


def char_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    return str(sum(char_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.upper())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("Ø", "O").replace("ß", "SS").replace("'", "").replace("’", "")
    return "".join(c if c.isalpha() and c.isascii() else "<" for c in s)


def name_field(surname: str, given: str, n: int) -> str:
    f = mrz_name(surname) + "<<" + mrz_name(given)
    return (f + "<" * n)[:n]


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(p: dict, bad: str | None = None) -> list[str]:
    num = pad(p["number"], 9)
    c_num = cd(num)
    if bad == "number":
        c_num = str((int(c_num) + 4) % 10)
    dob, exp = yymmdd(p["dob"]), yymmdd(p["expiry"])
    pers = pad(p.get("personal", ""), 14)
    c_pers = cd(pers) if p.get("personal") else "<"
    body = num + c_num + p["nat"] + dob + cd(dob) + p["sex"] + exp + cd(exp) + pers + c_pers
    comp = cd(num + c_num + dob + cd(dob) + exp + cd(exp) + pers + c_pers)
    l1 = pad("P<" + p["country"] + name_field(p["surname"], p["given"], 39), 44)
    return [l1, body + comp]


def td1(p: dict, code: str = "ID") -> list[str]:
    num = p["number"]
    if len(num) > 9:
        l1 = code + p["country"] + num[:9] + "<" + pad(num[9:] + cd(num), 15)
    else:
        l1 = code + p["country"] + pad(num, 9) + cd(pad(num, 9)) + pad(p.get("opt1", ""), 15)
    dob, exp = yymmdd(p["dob"]), yymmdd(p["expiry"])
    l2 = dob + cd(dob) + p["sex"] + exp + cd(exp) + p["nat"] + pad(p.get("opt2", ""), 11)
    comp = cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2 + comp, name_field(p["surname"], p["given"], 30)]


def mrva(p: dict) -> list[str]:
    num = pad(p["number"], 9)
    dob, exp = yymmdd(p["dob"]), yymmdd(p["expiry"])
    l1 = pad("V" + p.get("vcode", "D") + "FRA" + name_field(p["surname"], p["given"], 39), 44)
    l2 = num + cd(num) + p["nat"] + dob + cd(dob) + p["sex"] + exp + cd(exp) + pad("", 16)
    return [l1, l2]


# ----------------------------------------------------------------------------- drawing helpers


def guilloche(pg: Page, x, y, w, h, color, rnd: random.Random, n=14, lw=0.12):
    for i in range(n):
        ph = rnd.uniform(0, 6.3)
        amp = rnd.uniform(1.5, 5)
        fr = rnd.uniform(0.05, 0.15)
        y0 = y + h * (i + 0.5) / n
        prev = None
        for t in range(0, int(w) + 1, 2):
            p = (x + t, y0 + amp * math.sin(t * fr + ph))
            if prev:
                pg.line(prev[0], prev[1], p[0], p[1], color, lw)
            prev = p


def face(pg: Page, x, y, w, h, rnd: random.Random, sex="F", grey=False):
    bgc = (rnd.randint(215, 235), rnd.randint(220, 238), rnd.randint(228, 245))
    pg.rect(x, y, w, h, None, bgc)
    skin = rnd.choice(
        [(236, 200, 170), (198, 150, 110), (150, 100, 70), (100, 68, 48), (225, 185, 150)]
    )
    hair = rnd.choice([(30, 22, 18), (70, 45, 25), (140, 100, 60), (20, 20, 20), (180, 150, 90)])
    if grey:
        skin = (sum(skin) // 3,) * 3
        hair = (sum(hair) // 3,) * 3
        bgc = (230, 230, 230)
    sh = (rnd.randint(20, 90),) * 3
    pg.poly(
        [
            (x + w * 0.08, y + h),
            (x + w * 0.2, y + h * 0.78),
            (x + w * 0.8, y + h * 0.78),
            (x + w * 0.92, y + h),
        ],
        fill=sh,
    )
    pg.rect(x + w * 0.42, y + h * 0.62, w * 0.16, h * 0.18, None, skin)
    if sex == "F":
        pg.ellipse(x + w * 0.22, y + h * 0.12, w * 0.56, h * 0.62, fill=hair)
    else:
        pg.ellipse(x + w * 0.27, y + h * 0.12, w * 0.46, h * 0.3, fill=hair)
    pg.ellipse(x + w * 0.3, y + h * 0.18, w * 0.4, h * 0.5, fill=skin)
    for ex in (0.4, 0.56):
        pg.ellipse(x + w * ex, y + h * 0.38, w * 0.05, h * 0.025, fill=(40, 30, 30))
    pg.line(x + w * 0.44, y + h * 0.56, x + w * 0.56, y + h * 0.56, (150, 80, 80), 0.3)


def fmt_date(d: date, style: str) -> str:
    if style == "en":
        return f"{d.day:02d} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "enfr":
        return f"{d.day:02d} {MONTHS_FR[d.month - 1]}/{MONTHS_EN[d.month - 1]} {d.year % 100:02d}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "sp":
        return d.strftime("%d %m %Y")
    return d.strftime("%d/%m/%Y")


def mrz_lines(pg: Page, x, y, lines: list[str], size=10.5, step=4.6):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * step, ln, "ocrb", size, (10, 10, 10))


# ----------------------------------------------------------------------------- passports

PASS = {
    "USA": (
        "UNITED STATES OF AMERICA",
        "PASSPORT",
        (40, 60, 110),
        "en",
        "U.S. Department of State",
    ),
    "MAR": ("ROYAUME DU MAROC", "PASSEPORT  جواز السفر", (130, 30, 40), "sp", "MAROC"),
    "IND": ("REPUBLIC OF INDIA", "PASSPORT", (40, 50, 100), "slash", "CHENNAI"),
    "COL": ("REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT", (110, 30, 50), "en", "CANCILLERIA"),
    "CHN": (
        "中华人民共和国 PEOPLE'S REPUBLIC OF CHINA",
        "护照 PASSPORT",
        (120, 30, 30),
        "en",
        "MPS Exit & Entry Administration",
    ),
    "BRA": (
        "REPÚBLICA FEDERATIVA DO BRASIL",
        "PASSAPORTE / PASSPORT",
        (30, 60, 110),
        "slash",
        "DPF/SP",
    ),
    "MEX": ("ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT", (40, 80, 60), "en", "SRE"),
    "PHL": (
        "REPUBLIC OF THE PHILIPPINES",
        "PASAPORTE / PASSPORT",
        (60, 40, 90),
        "en",
        "DFA MANILA",
    ),
    "GBR": (
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        "PASSPORT",
        (110, 30, 50),
        "en",
        "HMPO",
    ),
    "TUN": ("REPUBLIQUE TUNISIENNE", "PASSEPORT  جواز سفر", (120, 30, 40), "slash", "TUNIS"),
    "UKR": ("УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT", (40, 60, 110), "en", "4615"),
    "DZA": (
        "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
        "PASSEPORT  جواز السفر",
        (40, 90, 60),
        "sp",
        "DAIRA",
    ),
    "SEN": ("RÉPUBLIQUE DU SÉNÉGAL", "PASSEPORT", (40, 90, 60), "slash", "DAF DAKAR"),
    "CMR": ("RÉPUBLIQUE DU CAMEROUN", "PASSEPORT / PASSPORT", (40, 90, 60), "slash", "DGSN"),
    "VNM": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HỘ CHIẾU / PASSPORT",
        (40, 90, 60),
        "slash",
        "Cục Quản lý xuất nhập cảnh",
    ),
    "TUR": ("TÜRKİYE CUMHURİYETİ", "PASAPORT / PASSPORT", (120, 30, 40), "en", "ANKARA"),
    "HTI": ("RÉPUBLIQUE D'HAÏTI", "PASSEPORT / PASSPORT", (30, 50, 100), "en", "DIE"),
    "CIV": ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "PASSEPORT / PASSPORT", (120, 80, 30), "slash", "DGPN"),
}

LAB_EN = [
    "Type",
    "Code",
    "Passport No.",
    "Surname",
    "Given names",
    "Nationality",
    "Date of birth",
    "Sex",
    "Place of birth",
    "Date of issue",
    "Date of expiry",
    "Authority",
]
LAB_FR = [
    "Type",
    "Code du pays/Code",
    "N° du passeport/Passport No.",
    "Nom/Surname",
    "Prénoms/Given names",
    "Nationalité/Nationality",
    "Date de naissance/Date of birth",
    "Sexe/Sex",
    "Lieu de naissance/Place of birth",
    "Date de délivrance/Date of issue",
    "Date d'expiration/Date of expiry",
    "Autorité/Authority",
]
LAB_ES = [
    "Tipo/Type",
    "Código/Code",
    "Pasaporte No./Passport No.",
    "Apellidos/Surname",
    "Nombres/Given names",
    "Nacionalidad/Nationality",
    "Fecha de nacimiento/Date of birth",
    "Sexo/Sex",
    "Lugar de nacimiento/Place of birth",
    "Fecha de expedición/Date of issue",
    "Fecha de vencimiento/Date of expiry",
    "Autoridad/Authority",
]


def passport_page(p: dict, rnd: random.Random, bad: str | None = None) -> tuple[Page, dict]:
    """The data page (125 x 88 mm) of a passport; returns the page and its truth fields."""
    ctry, title, col, dst, auth = PASS[p["country"]]
    labels = (
        LAB_FR
        if p["country"] in ("MAR", "TUN", "DZA", "SEN", "CMR", "HTI", "CIV")
        else (LAB_ES if p["country"] in ("COL", "MEX", "PHL", "BRA") else LAB_EN)
    )
    pg = Page(125, 88, bg=(244, 240, 232))
    fn, fb = ("dejavu", "dejavu-b") if p["country"] == "VNM" else ("sans", "sans-b")
    light = tuple(min(255, c + 150) for c in col)
    guilloche(pg, 0, 8, 125, 58, light, rnd)
    hf = "cjk" if p["country"] == "CHN" else ("amiri-b" if "ج" in title else fb)
    pg.text(4, 6, ctry, fb if p["country"] != "CHN" else "cjk", 5.5, col)
    pg.text(121, 6, title, hf if p["country"] != "CHN" else "cjk", 6.5, col, "r")
    face(pg, 4, 14, 30, 38, rnd, p["sex"])
    face(pg, 108, 24, 12, 15, rnd, p["sex"], grey=True)
    x1, x2 = 38, 82
    ink = (25, 25, 30)

    def lv(x, y, i, v, size=7.5):
        pg.text(x, y, labels[i], fn, 4.2, (90, 90, 100))
        pg.text(x, y + 3.6, v, fb if rnd.random() < 0.2 else fn, size, ink)

    lv(x1, 13, 0, "P")
    lv(x1 + 14, 13, 1, p["country"])
    lv(x2, 13, 2, p["number"])
    lv(x1, 21, 3, p["surname_print"])
    lv(x1, 29, 4, p["given_print"])
    lv(x1, 37, 5, p.get("nat_print", p["nat"]))
    lv(x1, 45, 6, fmt_date(p["dob"], dst))
    lv(x2, 45, 7, p["sex"])
    lv(x1, 53, 8, p["pob"], 6.5)
    lv(x1, 61, 9, fmt_date(p["issue"], dst))
    lv(x2, 61, 10, fmt_date(p["expiry"], dst))
    lv(x2, 53, 11, auth, 6)
    pg.hand(
        8,
        62,
        p["given_print"].split()[0].title()[:10],
        "dancing",
        10,
        (30, 30, 40),
        seed=rnd.randrange(999),
    )
    lines = td3(p, bad)
    pg.rect(0, 70, 125, 18, None, (250, 248, 242))
    mrz_lines(pg, 5, 77, lines, 10.1, 6.2)
    f = {
        "surname": p["surname_print"],
        "given_names": p["given_print"],
        "document_number": p["number"],
        "nationality": p["nat"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": p["expiry"].isoformat(),
        "mrz_valid": bad is None,
    }
    return pg, f


def booklet(data: Page, top: Page | None, rnd: random.Random) -> Page:
    """The open passport: an upper page (blank, visa or observations) above the data page."""
    pg = Page(131, 182, bg=(60, 40, 50) if rnd.random() < 0.5 else (30, 45, 70))
    if top is None:
        top = Page(125, 88, bg=(244, 240, 232))
        guilloche(top, 0, 0, 125, 88, (215, 210, 220), rnd, 18)
        top.text(62, 44, "OBSERVATIONS", "sans", 6, (150, 150, 160), "c")
    from canvas import render

    pg.image(3, 3, 125, 88, render(top, 240))
    pg.image(3, 91, 125, 88, render(data, 240))
    pg.line(3, 91, 128, 91, (120, 110, 110), 0.4)
    return pg


# ----------------------------------------------------------------------------- ID cards

IDL = {
    "ITA": (
        "REPUBBLICA ITALIANA",
        "CARTA DI IDENTITÀ / IDENTITY CARD",
        [
            "COGNOME / SURNAME",
            "NOME / NAME",
            "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            "SESSO / SEX",
            "CITTADINANZA / NATIONALITY",
            "EMISSIONE / ISSUING",
            "SCADENZA / EXPIRY",
        ],
        (60, 90, 140),
        "dot",
    ),
    "ESP": (
        "REINO DE ESPAÑA",
        "DOCUMENTO NACIONAL DE IDENTIDAD",
        [
            "APELLIDOS",
            "NOMBRE",
            "LUGAR / FECHA DE NACIMIENTO",
            "SEXO",
            "NACIONALIDAD",
            "EMISIÓN",
            "VALIDEZ",
        ],
        (150, 90, 60),
        "sp",
    ),
    "FRA": (
        "RÉPUBLIQUE FRANÇAISE",
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        [
            "NOM / Surname",
            "Prénoms / Given names",
            "Lieu et date de naiss. / Place and date",
            "Sexe / Sex",
            "Nationalité / Nationality",
            "Date de délivr. / Date of issue",
            "Date d'expir. / Expiry date",
        ],
        (70, 100, 160),
        "sp",
    ),
    "POL": (
        "RZECZPOSPOLITA POLSKA",
        "DOWÓD OSOBISTY / IDENTITY CARD",
        [
            "NAZWISKO / SURNAME",
            "IMIONA / GIVEN NAMES",
            "MIEJSCE I DATA URODZENIA",
            "PŁEĆ / SEX",
            "OBYWATELSTWO / NATIONALITY",
            "DATA WYDANIA",
            "TERMIN WAŻNOŚCI",
        ],
        (160, 80, 100),
        "dot",
    ),
    "PRT": (
        "REPÚBLICA PORTUGUESA",
        "CARTÃO DE CIDADÃO / CITIZEN CARD",
        [
            "APELIDO(S) / SURNAME",
            "NOME(S) / GIVEN NAME(S)",
            "LOCAL E DATA DE NASCIMENTO",
            "SEXO / SEX",
            "NACIONALIDADE",
            "EMISSÃO",
            "VALIDADE / EXPIRY",
        ],
        (60, 110, 90),
        "sp",
    ),
}


def id_card(p: dict, rnd: random.Random) -> tuple[Page, Page, dict]:
    """An EU national identity card (ID-1, TD1 MRZ on the back): front, back, fields."""
    st, title, lab, col, dst = IDL[p["country"]]
    light = tuple(min(255, c + 140) for c in col)
    fr = Page(85.6, 54, bg=(238, 242, 246))
    guilloche(fr, 0, 6, 86, 48, light, rnd, 10, 0.1)
    fr.rect(0, 0, 85.6, 7, None, col)
    fr.text(3, 3.2, st, "sans-b", 4.6, (255, 255, 255))
    fr.text(3, 5.9, title, "sans", 3.4, (255, 255, 255))
    face(fr, 3, 10, 22, 28, rnd, p["sex"])
    x = 28

    def lv(y, i, v):
        fr.text(x, y, lab[i], "sans", 2.6, (90, 90, 110))
        fr.text(x, y + 2.9, v, "sans-b", 5.2, (20, 20, 30))

    lv(11, 0, p["surname_print"])
    lv(17.5, 1, p["given_print"])
    lv(24, 2, f"{p['pob']}  {fmt_date(p['dob'], dst)}")
    lv(30.5, 3, p["sex"])
    fr.text(45, 30.5, lab[4], "sans", 2.6, (90, 90, 110))
    fr.text(45, 33.4, p["nat"], "sans-b", 5.2, (20, 20, 30))
    lv(37, 5, fmt_date(p["issue"], dst))
    fr.text(58, 37, lab[6], "sans", 2.6, (90, 90, 110))
    fr.text(58, 39.9, fmt_date(p["expiry"], dst), "sans-b", 5.2, (20, 20, 30))
    fr.text(82, 49, p["number"], "ocrb", 7, (160, 30, 30), "r")
    fr.hand(
        5,
        47,
        p["given_print"][0] + ". " + p["surname_print"].title(),
        "dancing",
        8,
        (30, 30, 40),
        seed=rnd.randrange(999),
    )
    bk = Page(85.6, 54, bg=(238, 242, 246))
    guilloche(bk, 0, 0, 86, 30, light, rnd, 6, 0.1)
    if p.get("address"):
        bk.text(
            4,
            6,
            "Adresse / Address" if p["country"] == "FRA" else "INDIRIZZO / ADDRESS",
            "sans",
            2.6,
            (90, 90, 110),
        )
        for i, ln in enumerate(p["address"].split(", ")[:2]):
            bk.text(4, 9.5 + 3.4 * i, ln.upper(), "sans-b", 4.8)
    bk.rect(0, 33, 85.6, 21, None, (246, 246, 240))
    lines = td1(p, "ID" if p["country"] != "FRA" else "ID")
    mrz_lines(bk, 3.6, 40, lines, 10.2, 4.6)
    f = {
        "surname": p["surname_print"],
        "given_names": p["given_print"],
        "document_number": p["number"],
        "nationality": p["nat"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": p["expiry"].isoformat(),
        "mrz_valid": True,
    }
    return fr, bk, f


def titre_sejour(p: dict, rnd: random.Random) -> tuple[Page, Page, dict]:
    """French residence permit (ID-1 card, 'IR' TD1 MRZ on the back)."""
    fr = Page(85.6, 54, bg=(236, 240, 236))
    guilloche(fr, 0, 5, 86, 49, (190, 210, 200), rnd, 10, 0.1)
    fr.rect(0, 0, 85.6, 5.5, None, (0, 35, 120))
    fr.text(3, 3.9, "RÉPUBLIQUE FRANÇAISE", "sans-b", 4.2, (255, 255, 255))
    fr.text(83, 3.9, "TITRE DE SÉJOUR", "sans-b", 4.2, (255, 255, 255), "r")
    fr.text(83, 8.3, "RESIDENCE PERMIT", "sans", 3.2, (0, 35, 120), "r")
    face(fr, 3, 9, 21, 27, rnd, p["sex"])

    def lv(x, y, lab, v, size=5.0):
        fr.text(x, y, lab, "sans", 2.4, (70, 80, 90))
        fr.text(x, y + 2.8, v, "sans-b", size, (15, 15, 25))

    lv(27, 11, "NOM / Surname", p["surname_print"])
    lv(27, 17, "PRÉNOMS / Given names", p["given_print"])
    lv(27, 23, "SEXE / Sex", p["sex"])
    lv(40, 23, "NATIONALITÉ / Nationality", p["nat"])
    lv(62, 23, "DATE DE NAISS. / Date of birth", fmt_date(p["dob"], "sp"))
    lv(27, 29, "TYPE DE TITRE / Type of permit", p["permit_type"], 4.0)
    lv(27, 35, "VALIDITÉ / Validity", fmt_date(p["expiry"], "sp"))
    lv(55, 35, "N° DU TITRE", p["number"])
    lv(27, 41, "REMARQUES / Remarks", p["remark"], 4.0)
    fr.hand(
        4, 45, p["surname_print"].title()[:12], "kaushan", 7, (30, 30, 40), seed=rnd.randrange(999)
    )
    bk = Page(85.6, 54, bg=(236, 240, 236))
    guilloche(bk, 0, 0, 86, 30, (200, 215, 205), rnd, 6, 0.1)
    bk.text(4, 6, "ADRESSE / Address", "sans", 2.4, (70, 80, 90))
    for i, ln in enumerate(p.get("address", "").split(", ")[:2]):
        bk.text(4, 9.4 + 3.2 * i, ln.upper(), "sans-b", 4.4)
    bk.text(4, 18, "LIEU DE NAISSANCE / Place of birth", "sans", 2.4, (70, 80, 90))
    bk.text(4, 21.2, p["pob"].upper(), "sans-b", 4.4)
    bk.text(50, 18, "DÉLIVRÉ LE / Issued on", "sans", 2.4, (70, 80, 90))
    bk.text(50, 21.2, fmt_date(p["issue"], "sp"), "sans-b", 4.4)
    bk.rect(0, 33, 85.6, 21, None, (246, 246, 240))
    mrz_lines(bk, 3.6, 40, td1(p, "IR"), 10.2, 4.6)
    f = {
        "surname": p["surname_print"],
        "given_names": p["given_print"],
        "document_number": p["number"],
        "nationality": p["nat"],
        "issuing_country": "FRA",
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": p["expiry"].isoformat(),
        "mrz_valid": True,
    }
    return fr, bk, f
