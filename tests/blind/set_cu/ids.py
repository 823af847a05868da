"""Identity pages: passport data pages, Schengen D visa sticker, French residence permit, CNI."""

import random

from PIL import Image

import checks
from core import BLACK, Page, guilloche_img, portrait_img, render_pil, stamp_img, width_mm

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
MONTHS_TR = ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"]


def dmy(d, style="en"):
    y, m, dd = d[:4], int(d[5:7]), d[8:10]
    if style == "en":
        return f"{dd} {MONTHS_EN[m - 1]} {y}"
    if style == "us":
        return f"{dd} {MONTHS_EN[m - 1].title()} {y}"
    if style == "es":
        return f"{dd} {MONTHS_ES[m - 1]}/{MONTHS_EN[m - 1]} {y}"
    if style == "tr":
        return f"{dd} {MONTHS_TR[m - 1]}/{MONTHS_EN[m - 1]} {y}"
    if style == "cn":
        return f"{dd} {m}月/{MONTHS_EN[m - 1]} {y}"
    if style == "dash":
        return f"{dd}-{m:02d}-{y}"
    return f"{dd} {m:02d} {y}"


def _label(pg, x, y, s, size, color, cjk):
    if cjk:
        pg.cjk(x, y, s, size, color)
    else:
        pg.text(x, y, s, "sans", size, color)


def passport_page(p, th, rng):
    """p: person dict; th: theme dict. Returns Page 125x88 mm."""
    pg = Page(125, 88, th["bg"])
    gw = guilloche_img(1000, 700, th["guil"], rng, n=40, bg=th["bg"])
    pg.img(0, 0, 125, 88, gw)
    pg.text(62, 7, th["title"], th.get("tfont", "sansb"), 8.5, th["ink"], "c")
    if th.get("title2"):
        _label(pg, 62, 11.5, th["title2"], 6.5, th["ink"], th.get("cjk"))
    pg.img(5, 17, 31, 40, portrait_img(rng, bg=th["photo_bg"], skin=th["skin"], hair=th["hair"]))
    x0, y = 40, 15
    lab = th["lab"]
    vfont = th.get("vfont", "sans")
    for row in th["rows"](p):
        x = x0
        for label, value, w in row:
            _label(pg, x, y, label, 4.6, lab, th.get("cjk"))
            if value and any(ord(c) > 0x2E80 for c in value):
                pg.cjk(x, y + 4.2, value, 8, BLACK)
            else:
                pg.text(x, y + 4.2, value, vfont, 8, BLACK)
            x += w
        y += 7.6
    ghost = portrait_img(rng, 120, 150, bg=th["bg"], skin=(205, 205, 205), hair=(150, 150, 150))
    pg.img(108, 46, 12, 15, ghost)
    mrz = checks.td3(*th["mrz"](p))
    pg.rect(0, 70, 125, 18, None, th["bg"])
    for i, ln in enumerate(mrz):
        pg.text(4.5, 77 + i * 6.6, ln, "mono", 11.6, BLACK)
    return pg, mrz


def _row(*items):
    return [items[i : i + 3] for i in range(0, len(items), 3)]


def theme_chn():
    return {
        "bg": (238, 236, 246),
        "guil": (212, 200, 226),
        "ink": (160, 30, 40),
        "lab": (80, 60, 110),
        "photo_bg": (236, 240, 246),
        "skin": (228, 196, 168),
        "hair": (25, 20, 20),
        "cjk": True,
        "title": "PEOPLE'S REPUBLIC OF CHINA",
        "title2": "中华人民共和国 护照 / PASSPORT",
        "vfont": "dejavu",
        "rows": lambda p: [
            [
                ("类型/Type", "P", 16),
                ("国家码/Country Code", "CHN", 24),
                ("护照号/Passport No.", p["passport_no"], 40),
            ],
            [("姓/Surname", "王 / " + p["surname"], 80)],
            [("名/Given names", "晓雨 / " + p["given"], 80)],
            [("性别/Sex", "女/F", 20), ("出生地点/Place of birth", "四川/SICHUAN", 40)],
            [
                ("出生日期/Date of birth", dmy(p["dob"], "cn"), 40),
                ("签发地点/Place of issue", "四川/SICHUAN", 40),
            ],
            [
                ("签发日期/Date of issue", dmy(p["pp_issue"], "cn"), 40),
                ("有效期至/Date of expiry", dmy(p["pp_exp"], "cn"), 40),
            ],
            [("签发机关/Authority", "国家移民管理局 National Immigration Administration", 80)],
        ],
        "mrz": lambda p: (
            "PO",
            "CHN",
            p["surname"],
            p["given"],
            p["passport_no"],
            "CHN",
            p["dob"],
            p["sex"],
            p["pp_exp"],
            p.get("mrz_opt", ""),
        ),
    }


def theme_tur():
    return {
        "bg": (243, 236, 232),
        "guil": (222, 196, 190),
        "ink": (150, 20, 30),
        "lab": (110, 60, 60),
        "photo_bg": (230, 233, 238),
        "skin": (226, 190, 160),
        "hair": (60, 38, 25),
        "title": "TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE",
        "title2": "PASAPORT / PASSPORT / PASSEPORT",
        "rows": lambda p: [
            [
                ("Tipi/Type", "P", 16),
                ("Ülke Kodu/Country Code", "TUR", 26),
                ("Pasaport No/Passport No", p["passport_no"], 40),
            ],
            [("Soyadı/Surname/Nom", p["surname_print"], 80)],
            [("Adı/Given name(s)/Prénoms", p["given_print"], 80)],
            [
                ("Uyruğu/Nationality", "T.C./TUR", 26),
                ("Doğum Tarihi/Date of birth", dmy(p["dob"], "tr"), 34),
                ("Cinsiyeti/Sex", "K/F", 20),
            ],
            [
                ("T.C. Kimlik No/Personal No", p["tckn"], 42),
                ("Doğum Yeri/Place of birth", "İSTANBUL", 38),
            ],
            [
                ("Veriliş Tarihi/Date of issue", dmy(p["pp_issue"], "tr"), 42),
                ("Geçerlilik Tarihi/Date of expiry", dmy(p["pp_exp"], "tr"), 38),
            ],
            [("Makam/Authority", "NÜFUS VE VATANDAŞLIK İŞLERİ GN. MD.", 80)],
        ],
        "mrz": lambda p: (
            "P",
            "TUR",
            p["surname"],
            p["given"],
            p["passport_no"],
            "TUR",
            p["dob"],
            p["sex"],
            p["pp_exp"],
            p["tckn"],
        ),
    }


def theme_mex():
    return {
        "bg": (236, 242, 236),
        "guil": (196, 220, 200),
        "ink": (20, 90, 60),
        "lab": (50, 90, 70),
        "photo_bg": (240, 240, 240),
        "skin": (205, 160, 125),
        "hair": (30, 22, 18),
        "title": "ESTADOS UNIDOS MEXICANOS",
        "title2": "PASAPORTE / PASSPORT / PASSEPORT",
        "tfont": "serifb",
        "rows": lambda p: [
            [
                ("Tipo / Type", "P", 16),
                ("Clave del país / Code", "MEX", 26),
                ("Pasaporte No. / Passport No.", p["passport_no"], 40),
            ],
            [("Apellidos / Surname / Nom", p["surname"], 80)],
            [("Nombres / Given names / Prénoms", p["given"], 80)],
            [
                ("Nacionalidad / Nationality", "MEXICANA", 42),
                ("Fecha de nacimiento / Date of birth", dmy(p["dob"], "es"), 38),
            ],
            [
                ("CURP", p["curp"], 42),
                ("Sexo / Sex", "F", 14),
                ("Lugar de nacimiento", "JALISCO", 24),
            ],
            [
                ("Fecha de expedición / Date of issue", dmy(p["pp_issue"], "es"), 42),
                ("Fecha de caducidad / Expiry", dmy(p["pp_exp"], "es"), 38),
            ],
            [("Autoridad / Authority", "SRE", 42), ("Observaciones", "", 38)],
        ],
        "mrz": lambda p: (
            "P",
            "MEX",
            p["surname"],
            p["given"],
            p["passport_no"],
            "MEX",
            p["dob"],
            p["sex"],
            p["pp_exp"],
            "",
        ),
    }


def theme_usa():
    return {
        "bg": (240, 240, 246),
        "guil": (205, 210, 228),
        "ink": (25, 40, 100),
        "lab": (60, 70, 110),
        "photo_bg": (246, 246, 246),
        "skin": (232, 200, 180),
        "hair": (120, 70, 40),
        "title": "PASSPORT  PASSEPORT  PASAPORTE",
        "title2": "UNITED STATES OF AMERICA",
        "tfont": "serifb",
        "vfont": "lmono",
        "rows": lambda p: [
            [
                ("Type / Type / Tipo", "P", 20),
                ("Code / Code / Código", "USA", 22),
                ("Passport No. / No. du Passeport", p["passport_no"], 40),
            ],
            [("Surname / Nom / Apellidos", p["surname_print"], 80)],
            [("Given Names / Prénoms / Nombres", p["given"], 80)],
            [("Nationality / Nationalité / Nacionalidad", "UNITED STATES OF AMERICA", 80)],
            [
                ("Date of birth / Date de naissance", dmy(p["dob"], "us"), 42),
                ("Sex / Sexe / Sexo", "M", 38),
            ],
            [
                ("Place of birth / Lieu de naissance", "ILLINOIS, U.S.A.", 42),
                ("Date of issue / Date de délivrance", dmy(p["pp_issue"], "us"), 38),
            ],
            [
                ("Authority / Autorité", "United States Department of State", 42),
                ("Date of expiration", dmy(p["pp_exp"], "us"), 38),
            ],
        ],
        "mrz": lambda p: (
            "P",
            "USA",
            p["surname"],
            p["given"],
            p["passport_no"],
            "USA",
            p["dob"],
            p["sex"],
            p["pp_exp"],
            "",
        ),
    }


def visa_sticker(p, v, rng):
    """Schengen uniform visa sticker, type D, MRV-B MRZ (36 chars). 105x74 mm."""
    pg = Page(105, 74, (236, 242, 246))
    pg.img(0, 0, 105, 74, guilloche_img(840, 592, (200, 214, 232), rng, n=34, bg=(236, 242, 246)))
    pg.text(4, 6, "VISA", "sansb", 12, (30, 60, 120))
    pg.text(101, 6, v["sticker_no"], "monob", 9, (200, 30, 30), "r")
    pg.img(3, 10, 24, 31, portrait_img(rng, bg=(240, 240, 240), skin=p["skin"], hair=p["hair"]))
    lab = (40, 70, 120)
    rows = [
        [("VALABLE POUR / VALID FOR", "FRANCE", 40)],
        [
            ("DU / FROM", v["from_p"], 18),
            ("AU / UNTIL", v["until_p"], 22),
            ("TYPE DE VISA / TYPE", "D", 30),
        ],
        [
            ("NOMBRE D'ENTRÉES", "MULT", 18),
            ("DURÉE DE SÉJOUR / DURATION", v["days"] + " JOURS", 40),
        ],
        [("DÉLIVRÉ À / ISSUED IN", v["post"], 30), ("LE / ON", v["issued_p"], 30)],
        [("NUMÉRO DE PASSEPORT / PASSPORT", p["passport_no"], 40)],
        [("NOM, PRÉNOM / SURNAME, NAME", p["surname_mrz"] + ", " + p["given_mrz"], 70)],
    ]
    y = 11
    for row in rows:
        x = 29
        for a, b, w in row:
            pg.text(x, y, a, "sans", 4.2, lab)
            pg.text(x, y + 3.4, b, "sansb", 6.8, BLACK)
            x += w
        y += 7.2
    pg.text(4, 55, "REMARQUES :", "sans", 4.5, lab)
    pg.text(17, 55, v["remarks"][0], "sansb", 6, BLACK)
    pg.text(17, 58.3, v["remarks"][1], "sans", 5.4, BLACK)
    mrz = checks.mrvb(
        "VD",
        "FRA",
        p["surname"],
        p["given"],
        p["passport_no"],
        p["nat"],
        p["dob"],
        p["sex"],
        v["until"],
    )
    pg.rect(0, 61, 105, 13, None, (244, 246, 248))
    for i, ln in enumerate(mrz):
        pg.text(3.5, 66 + i * 5.6, ln, "mono", 10.4, BLACK)
    return pg, mrz


def visa_on_passport_page(p, v, rng, entry_stamp=None, dpi=300):
    """A passport visa page (125x88) with the sticker and an entry stamp."""
    pg = Page(125, 88, (240, 238, 232))
    pg.img(0, 0, 125, 88, guilloche_img(1000, 700, p["page_guil"], rng, n=30, bg=(240, 238, 232)))
    st, mrz = visa_sticker(p, v, rng)
    pg.img(10, 7, 105, 74, render_pil(st, dpi))
    if entry_stamp:
        s = stamp_img("", entry_stamp, (40, 60, 150), rng, 300, rect=True)
        pg.img(1, 1, 22, 22, s)
    return pg, mrz


def residence_card(p, t, rng):
    """French titre de séjour, front and back pages 85.6x54; TD1 MRZ."""
    f = Page(85.6, 54, (234, 240, 244))
    f.img(0, 0, 85.6, 54, guilloche_img(860, 540, (206, 218, 230), rng, n=30, bg=(234, 240, 244)))
    f.rect(0, 0, 85.6, 7, None, (24, 52, 120))
    f.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.5, (255, 255, 255))
    f.text(82, 4.8, "TITRE DE SÉJOUR", "sansb", 6.5, (255, 255, 255), "r")
    f.img(3, 10, 21, 27, portrait_img(rng, bg=(238, 238, 238), skin=p["skin"], hair=p["hair"]))
    rows = [
        ("NOM / Surname", p["surname_print"]),
        ("Prénoms / Given names", p["given_print"]),
        ("Sexe / Sex   Nationalité / Nationality", p["sex"] + "        " + p["nat"]),
        (
            "Date de naissance / Date of birth",
            p["dob"][8:] + " " + p["dob"][5:7] + " " + p["dob"][:4],
        ),
        ("Type de titre / Type of permit", t["kind"]),
        ("Valable jusqu'au / Valid until", t["exp"][8:] + " " + t["exp"][5:7] + " " + t["exp"][:4]),
    ]
    y = 10.5
    for a, b in rows:
        f.text(27, y, a, "sans", 3.8, (60, 80, 110))
        f.text(27, y + 3.1, b, "sansb", 5.8 if len(b) < 36 else 4.6, BLACK)
        y += 6.6
    f.text(3, 41, "N° " + t["number"], "monob", 6.5, (170, 30, 40))
    f.text(3, 50, t["kind2"], "sans", 4.2, (60, 80, 110))
    b = Page(85.6, 54, (234, 240, 244))
    b.img(0, 0, 85.6, 54, guilloche_img(860, 540, (210, 222, 232), rng, n=24, bg=(234, 240, 244)))
    by = 5
    for a, v in [
        ("Adresse / Address", t["address"]),
        (
            "Date et lieu de délivrance",
            t["issue"][8:] + "/" + t["issue"][5:7] + "/" + t["issue"][:4] + "  " + t["pref"],
        ),
        ("Remarques / Remarks", t["remarks"]),
    ]:
        b.text(3, by, a, "sans", 3.8, (60, 80, 110))
        b.text(3, by + 3.2, v, "sans", 5.2, BLACK)
        by += 7.5
    mrz = checks.td1(
        "IR", "FRA", t["number"], p["dob"], p["sex"], t["exp"], p["nat"], p["surname"], p["given"]
    )
    b.rect(0, 32, 85.6, 22, None, (246, 248, 250))
    for i, ln in enumerate(mrz):
        b.text(3.5, 38.5 + i * 5.5, ln, "mono", 10.4, BLACK)
    return f, b, mrz


def cni_card(h, rng):
    """French identity card (2021 model): front and back, TD1 MRZ starting IDFRA."""
    f = Page(85.6, 54, (236, 236, 244))
    f.img(0, 0, 85.6, 54, guilloche_img(860, 540, (214, 204, 226), rng, n=30, bg=(236, 236, 244)))
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.2, (24, 40, 110))
    f.text(3, 8.6, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 4.4, (24, 40, 110))
    f.img(
        3,
        12,
        22,
        28,
        portrait_img(rng, bg=(232, 232, 236), skin=(232, 200, 180), hair=(90, 60, 40)),
    )
    f.text(60, 13, "N° du document", "sans", 3.6, (80, 80, 110))
    f.text(60, 16.4, h["cni_no"], "monob", 6, BLACK)
    rows = [
        ("NOM / Surname", h["surname"]),
        ("Prénoms / Given names", h["given_print"]),
        ("SEXE / Sex    NATIONALITÉ / Nationality", "M          FRA"),
        ("DATE DE NAISS. / Date of birth   LIEU / Place of birth", h["dob_p"] + "    " + h["pob"]),
        ("DATE D'EXPIR. / Expiry date", h["cni_exp_p"]),
    ]
    y = 20.5
    for a, v in rows:
        f.text(28, y, a, "sans", 3.6, (80, 80, 110))
        f.text(28, y + 3.1, v, "sansb", 5.8, BLACK)
        y += 6.5
    f.sign(60, 44, 22, 8, h["sig_name"], rng, (20, 20, 30))
    b = Page(85.6, 54, (236, 236, 244))
    b.img(0, 0, 85.6, 54, guilloche_img(860, 540, (214, 210, 230), rng, n=22, bg=(236, 236, 244)))
    b.text(3, 5, "ADRESSE / Address", "sans", 3.6, (80, 80, 110))
    b.text(3, 8.3, h["addr1"], "sans", 5.2, BLACK)
    b.text(3, 11.4, h["addr2"], "sans", 5.2, BLACK)
    b.text(3, 17, "DATE DE DÉLIVRANCE / Date of issue", "sans", 3.6, (80, 80, 110))
    b.text(3, 20.3, h["cni_issue_p"], "sans", 5.2, BLACK)
    b.text(45, 17, "AUTORITÉ / Authority", "sans", 3.6, (80, 80, 110))
    b.text(45, 20.3, "Préfecture de " + h["pref"], "sans", 5.2, BLACK)
    mrz = checks.td1(
        "ID", "FRA", h["cni_no"], h["dob"], "M", h["cni_exp"], "FRA", h["surname"], h["given"]
    )
    b.rect(0, 32, 85.6, 22, None, (246, 246, 250))
    for i, ln in enumerate(mrz):
        b.text(3.5, 38.5 + i * 5.5, ln, "mono", 10.4, BLACK)
    return f, b, mrz


def passport_scan_sheet(pg, rng, dpi=200, upper=True):
    """An A4 flatbed scan of the open passport: data page low, facing page above it."""
    sheet = Page(210, 297, (252, 252, 252))
    if upper:
        sheet.rect(8, 8, 125, 88, (180, 180, 190), (236, 232, 226), 0.4)
        sheet.img(
            8, 8, 125, 88, guilloche_img(700, 490, (220, 214, 206), rng, n=20, bg=(236, 232, 226))
        )
    sheet.img(8, 96, 125, 88, render_pil(pg, 300))
    return render_pil(sheet, dpi)


def card_sheet(front, back, rng, dpi=300, both=True):
    sheet = Page(210, 297, (253, 253, 253))
    sheet.img(20, 20, 85.6, 54, render_pil(front, 400))
    if both:
        sheet.img(20, 90, 85.6, 54, render_pil(back, 400))
    return render_pil(sheet, dpi)


def card_photo_src(face, dpi=420):
    im = render_pil(face, dpi)
    pad = Image.new("RGB", (im.width + 2, im.height + 2), (200, 200, 200))
    pad.paste(im, (1, 1))
    return pad


__all__ = [
    "cni_card",
    "passport_page",
    "random",
    "residence_card",
    "visa_on_passport_page",
    "width_mm",
]
