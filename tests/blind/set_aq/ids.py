"""Identity and civil-status layouts: passports, visas, cards, birth certificates, apostilles."""

from __future__ import annotations

import random

from lib import Page, mrva, signature_image, stamp, td1, td3
from PIL import Image, ImageDraw, ImageFilter

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR = MONTHS_FR.split()


def dmy(iso, sep="/"):
    return iso[8:10] + sep + iso[5:7] + sep + iso[0:4]


def words_fr(iso):
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MONTHS_FR[int(iso[5:7]) - 1]} {iso[0:4]}"


def face(rng: random.Random, skin=(120, 84, 60), bg=(225, 228, 232), w=300, h=400):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    hair = tuple(max(0, c - 90) for c in skin)
    d.ellipse([w * 0.05, h * 0.78, w * 0.95, h * 1.4], fill=(rng.randint(20, 90),) * 3)
    d.rectangle([w * 0.4, h * 0.6, w * 0.6, h * 0.82], fill=skin)
    d.ellipse([w * 0.24, h * 0.12, w * 0.76, h * 0.72], fill=hair)
    d.ellipse([w * 0.28, h * 0.2, w * 0.72, h * 0.7], fill=skin)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.035), h * 0.4, w * (ex + 0.035), h * 0.43], fill=(30, 25, 20))
    d.arc([w * 0.42, h * 0.52, w * 0.58, h * 0.6], 20, 160, fill=(90, 40, 40), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(pg: Page, x, y, w, h, color, rng, n=18):
    for i in range(n):
        yy = y + h * i / n
        pg.line(x, yy + rng.uniform(-1, 1), x + w, yy + rng.uniform(-2, 2), color, 0.15)


def mrz_block(pg: Page, lines, x, y, size=10.2, pitch=4.6):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * pitch, ln, "ocrb", size)


PP_LABELS = {
    "SDN": {
        "head": ["REPUBLIC OF THE SUDAN", "جمهورية السودان"],
        "title": "PASSPORT  جواز سفر",
        "type": "Type / النوع",
        "code": "Country Code / رمز الدولة",
        "no": "Passport No. / رقم الجواز",
        "sur": "Surname / اللقب",
        "giv": "Given Names / الأسماء",
        "nat": ("Nationality / الجنسية", "SUDANESE"),
        "dob": "Date of Birth / تاريخ الميلاد",
        "sex": "Sex / النوع",
        "pob": "Place of Birth / محل الميلاد",
        "iss": "Date of Issue / تاريخ الإصدار",
        "exp": "Date of Expiry / تاريخ الانتهاء",
        "auth": ("Authority / جهة الإصدار", "PORT SUDAN"),
        "color": (20, 80, 50),
        "fmt": "%d %b %Y",
    },
    "NIC": {
        "head": ["REPÚBLICA DE NICARAGUA", "REPUBLIC OF NICARAGUA"],
        "title": "PASAPORTE / PASSPORT",
        "type": "Tipo/Type",
        "code": "Código/Code",
        "no": "Pasaporte No./Passport No.",
        "sur": "Apellidos/Surname",
        "giv": "Nombres/Given names",
        "nat": ("Nacionalidad/Nationality", "NICARAGÜENSE"),
        "dob": "Fecha de nacimiento/Date of birth",
        "sex": "Sexo/Sex",
        "pob": "Lugar de nacimiento/Place of birth",
        "iss": "Fecha de expedición/Date of issue",
        "exp": "Fecha de vencimiento/Date of expiry",
        "auth": ("Autoridad/Authority", "DGME MANAGUA"),
        "color": (25, 45, 110),
        "fmt": "%d/%m/%Y",
    },
    "KGZ": {
        "head": ["КЫРГЫЗ РЕСПУБЛИКАСЫ", "KYRGYZ REPUBLIC"],
        "title": "ПАСПОРТ / PASSPORT",
        "type": "Түрү / Тип / Type",
        "code": "Мамлекеттин коду / Code",
        "no": "Паспорттун № / Passport No.",
        "sur": "Фамилиясы / Фамилия / Surname",
        "giv": "Аты / Имя / Given names",
        "nat": ("Жарандыгы / Гражданство / Nationality", "KYRGYZ / КЫРГЫЗСТАН"),
        "dob": "Туулган күнү / Дата рождения / Date of birth",
        "sex": "Жынысы / Пол / Sex",
        "pob": "Туулган жери / Место рождения / Place of birth",
        "iss": "Берилген күнү / Date of issue",
        "exp": "Мөөнөтү / Date of expiry",
        "auth": ("Берген орган / Authority", "ГРС 211011"),
        "color": (140, 25, 30),
        "fmt": "%d %m %Y",
    },
    "GAB": {
        "head": ["RÉPUBLIQUE GABONAISE", "GABONESE REPUBLIC"],
        "title": "PASSEPORT / PASSPORT",
        "type": "Type",
        "code": "Code du pays/Country code",
        "no": "N° du passeport/Passport No.",
        "sur": "Nom/Surname",
        "giv": "Prénoms/Given names",
        "nat": ("Nationalité/Nationality", "GABONAISE"),
        "dob": "Date de naissance/Date of birth",
        "sex": "Sexe/Sex",
        "pob": "Lieu de naissance/Place of birth",
        "iss": "Date de délivrance/Date of issue",
        "exp": "Date d'expiration/Date of expiry",
        "auth": ("Autorité/Authority", "DGDI LIBREVILLE"),
        "color": (30, 90, 60),
        "fmt": "%d %b %Y",
    },
    "FRA": {
        "head": ["RÉPUBLIQUE FRANÇAISE", "UNION EUROPÉENNE"],
        "title": "PASSEPORT / PASSPORT",
        "type": "Type / Type",
        "code": "Code du pays / Country code",
        "no": "Passeport N° / Passport No.",
        "sur": "Nom / Surname",
        "giv": "Prénoms / Given names",
        "nat": ("Nationalité / Nationality", "Française"),
        "dob": "Date de naissance / Date of birth",
        "sex": "Sexe / Sex",
        "pob": "Lieu de naissance / Place of birth",
        "iss": "Date de délivrance / Date of issue",
        "exp": "Date d'expiration / Date of expiry",
        "auth": ("Autorité / Authority", "Préfecture du Bas-Rhin"),
        "color": (110, 25, 60),
        "fmt": "%d %m %Y",
    },
}
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def pp_date(iso, fmt, fr=False):
    if fmt == "%d %b %Y":
        mon = (MON_FR if fr else MON_EN)[int(iso[5:7]) - 1]
        return f"{iso[8:10]} {mon} {iso[0:4]}"
    return dmy(iso, fmt[2])


def passport_page(p: dict, rng: random.Random) -> Page:
    """Biodata page of a TD3 passport (125 x 88 mm)."""
    L = PP_LABELS[p["nat"]]
    pg = Page(125, 88, bg=(236, 233, 222))
    col = L["color"]
    guilloche(pg, 0, 0, 125, 88, tuple(min(255, c + 150) for c in col), rng, 40)
    pg.text(62, 6, L["head"][0], "sans-b", 7.5, col, "c")
    pg.text(62, 10, L["head"][1], "sans", 6, col, "c")
    pg.text(62, 14.5, L["title"], "sans-b", 6.5, col, "c")
    pg.image(face(rng, p.get("skin", (110, 78, 55))), 4, 18, 30, 39)
    fr = p["nat"] in ("GAB", "FRA")
    fmt = L["fmt"]
    rows = [
        (L["type"], "P", L["code"], p["nat"], L["no"], p["passport_no"]),
        (L["sur"], p["surname"].upper(), None, None, None, None),
        (L["giv"], p["given"].upper(), None, None, None, None),
        (L["nat"][0], L["nat"][1], None, None, None, None),
        (L["dob"], pp_date(p["dob"], fmt, fr), L["sex"], p["sex"], None, None),
        (L["pob"], p["pob_passport"], None, None, None, None),
        (
            L["iss"],
            pp_date(p["pp_issue"], fmt, fr),
            L["exp"],
            pp_date(p["pp_expiry"], fmt, fr),
            None,
            None,
        ),
        (L["auth"][0], L["auth"][1], None, None, None, None),
    ]
    y = 20
    for r in rows:
        xs = [38, 72, 96] if r[4] else [38, 84]
        for i in range(0, 6, 2):
            if r[i] is None or i // 2 >= len(xs):
                continue
            pg.text(xs[i // 2], y, r[i], "cond", 4.1, (70, 70, 80))
            pg.text(xs[i // 2], y + 3.6, r[i + 1], "cond-b", 7.2, (15, 15, 25))
        y += 6.5
    pg.hand(6, 64, p["given"].split()[0].title(), 3.0, rng, "dancing", (25, 25, 40))
    lines = td3(
        "P",
        p["nat"],
        p["surname"],
        p["given"],
        p["passport_no"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["pp_expiry"],
        p.get("pp_personal", ""),
    )
    p["mrz_passport"] = lines
    mrz_block(pg, lines, 4, 76.5, 9.6, 5.2)
    return pg


def visa_sticker(p: dict, v: dict, rng: random.Random) -> Page:
    """French type D visa sticker (uniform Schengen format) on a passport page."""
    pg = Page(125, 88, bg=(240, 236, 228))
    pg.rect(3, 4, 119, 80, None, (222, 232, 236))
    guilloche(pg, 3, 4, 119, 80, (190, 205, 222), rng, 30)
    pg.image(face(rng, p.get("skin", (110, 78, 55)), (230, 232, 235)), 5, 14, 26, 33)
    blue = (20, 40, 100)
    pg.text(6, 9, "VISA", "sans-b", 8, blue)
    pg.text(34, 9, "FRA", "sans-b", 7, blue)
    pg.text(118, 9, v["number"], "mono", 9, (190, 20, 30), "r")

    def f(x, y, lab, val, sz=6.5):
        pg.text(x, y, lab, "cond", 3.6, (60, 70, 90))
        pg.text(x, y + 3.3, val, "cond-b", sz, (10, 10, 20))

    f(34, 15, "VALABLE POUR", "FRANCE")
    f(34, 22, "DU", dmy(v["from"], "-"))
    f(62, 22, "AU", dmy(v["until"], "-"))
    f(34, 29, "TYPE DE VISA", "D")
    f(52, 29, "NOMBRE D'ENTRÉES", "MULT")
    f(82, 29, "DURÉE DE SÉJOUR", f"{v['days']} JOURS")
    f(34, 36, "DÉLIVRÉ À", v["place"])
    f(82, 36, "LE", dmy(v["issued"], "-"))
    f(34, 43, "NUMÉRO DE PASSEPORT", p["passport_no"])
    f(5, 52, "NOM, PRÉNOM", f"{p['surname'].upper()}, {p['given'].upper()}")
    f(5, 59, "REMARQUES", f"VLS-TS {v['category']}")
    pg.text(5, 66.5, "CASA A VALIDER DANS LES 3 MOIS / ANEF", "cond", 5.5)
    lines = mrva(
        "FRA", p["surname"], p["given"], v["number"], p["nat"], p["dob"], p["sex"], v["until"]
    )
    v["mrz"] = lines
    mrz_block(pg, lines, 5, 74, 9.2, 5.0)
    pg.image(
        stamp(["PRÉFECTURE", "VALIDÉ", dmy(v["validated"], ".")], rng, (150, 40, 60), True, 200),
        92,
        38,
        24,
        24,
    )
    return pg


def id_card(h: dict, kind: str, rng: random.Random) -> tuple[Page, Page]:
    """ID-1 card, front and back: kind 'cni' (French ID card 2021) or 'ts' (titre de séjour)."""
    front, back = Page(85.6, 54, (226, 232, 240)), Page(85.6, 54, (230, 236, 242))
    guilloche(front, 0, 0, 85.6, 54, (200, 190, 222), rng, 24)
    guilloche(back, 0, 0, 85.6, 54, (200, 210, 222), rng, 24)
    blue = (25, 45, 110)
    front.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.5, blue)
    title = "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD" if kind == "cni" else "TITRE DE SÉJOUR"
    front.text(3, 9, title, "sans-b", 4.6, blue)
    front.image(face(rng, h.get("skin", (200, 160, 130))), 3, 12, 22, 29)

    def f(pg, x, y, lab, val, sz=6):
        pg.text(x, y, lab, "cond", 3.3, (70, 80, 100))
        pg.text(x, y + 3, val, "cond-b", sz, (10, 10, 20))

    f(front, 28, 13, "NOM / Surname", h["surname"].upper())
    f(front, 28, 20, "Prénoms / Given names", h["given"].replace(" ", ", "))
    f(front, 28, 27, "SEXE", h["sex"], 5.5)
    f(front, 40, 27, "NATIONALITÉ", h["nat"], 5.5)
    f(front, 58, 27, "DATE DE NAISS.", dmy(h["dob"], " "), 5.5)
    if kind == "cni":
        f(front, 28, 34, "LIEU DE NAISSANCE", h["pob"], 5.5)
        f(front, 28, 41, "N° DU DOCUMENT", h["doc_no"], 5.5)
        f(front, 58, 41, "DATE D'EXPIR.", dmy(h["doc_expiry"], " "), 5.5)
    else:
        f(front, 28, 34, "NATURE DU TITRE", h["ts_nature"], 5)
        f(front, 28, 41, "VALIDITÉ", dmy(h["doc_expiry"], "/"), 5.5)
        f(front, 58, 41, "N°", h["doc_no"], 5.5)
        front.text(28, 50, "REMARQUES : AUTORISE SON TITULAIRE À TRAVAILLER", "cond", 3.4)
    front.hand(4, 49, h["given"].split()[0], 2.4, rng, "kaushan", (20, 20, 30))
    if kind == "cni":
        f(back, 4, 6, "ADRESSE", h["address1"], 5)
        back.text(4, 12.5, h["address2"], "cond-b", 5)
        f(back, 4, 17, "DATE DE DÉLIVRANCE", dmy(h["doc_issue"], " "), 5)
        f(back, 40, 17, "AUTORITÉ", "Préfecture", 5)
        lines = td1(
            "ID",
            "FRA",
            h["doc_no"],
            h["dob"],
            h["sex"],
            h["doc_expiry"],
            "FRA",
            h["surname"],
            h["given"],
        )
    else:
        f(back, 4, 6, "LIEU DE NAISSANCE", h["pob"], 5)
        f(back, 4, 13, "ADRESSE", h["address1"] + ", " + h["address2"], 4.6)
        f(back, 4, 20, "DÉLIVRÉ LE", dmy(h["doc_issue"], "/"), 5)
        f(back, 36, 20, "PAR", h["prefecture"], 5)
        lines = td1(
            "IR",
            "FRA",
            h["doc_no"],
            h["dob"],
            h["sex"],
            h["doc_expiry"],
            h["nat"],
            h["surname"],
            h["given"],
        )
    h["mrz"] = lines
    mrz_block(back, lines, 3.5, 38.5, 8.4, 5.0)
    return front, back


# ------------------------------------------------------------------ birth certificates


def birth_sudan(p, rng) -> Page:
    pg = Page(210, 297, (250, 248, 240))
    g = (20, 70, 40)
    pg.text(105, 16, "جمهورية السودان", "amiri-b", 15, g, "c")
    pg.text(105, 23, "REPUBLIC OF THE SUDAN", "serif-b", 11, g, "c")
    pg.text(
        105,
        29,
        "Ministry of Interior - Civil Registry  وزارة الداخلية - السجل المدني",
        "amiri",
        10,
        g,
        "c",
    )
    pg.rect(55, 35, 100, 12, g, (232, 240, 232), 0.5)
    pg.text(105, 43.5, "BIRTH CERTIFICATE  شهادة ميلاد", "amiri-b", 14, g, "c")
    pg.text(20, 56, f"Serial No. {p['bc_no']}", "mono", 9)
    rows = [
        ("Full Name", "الاسم رباعي", p["bc_name"]),
        ("Sex", "النوع", "Female  أنثى" if p["sex"] == "F" else "Male  ذكر"),
        ("Date of Birth", "تاريخ الميلاد", dmy(p["dob"])),
        ("Place of Birth", "مكان الميلاد", p["bc_place"]),
        ("Father's Name", "اسم الأب", p["father"]),
        ("Mother's Name", "اسم الأم", p["mother"]),
        ("Nationality", "الجنسية", "Sudanese  سوداني"),
        ("Date of Registration", "تاريخ التسجيل", dmy(p["bc_reg"])),
        ("Date of Issue", "تاريخ الإصدار", dmy(p["bc_issue"])),
    ]
    y = 70
    for en, ar, val in rows:
        pg.rect(20, y - 6, 170, 11, (120, 140, 120), None, 0.3)
        pg.text(23, y + 1, en, "serif", 9.5, (40, 40, 40))
        pg.text(187, y + 1, ar, "amiri", 11, (40, 40, 40), "r")
        pg.text(72, y + 1, val, "amiri-b", 11)
        y += 13
    pg.text(25, 200, "Registrar  المسجل", "amiri", 10)
    pg.image(signature_image("Elsheikh", rng, (20, 20, 80), "kaushan"), 22, 203, 40, 14)
    pg.image(
        stamp(["CIVIL REGISTRY", "السجل المدني", "OMDURMAN"], rng, (30, 60, 140)), 65, 196, 34, 34
    )
    pg.image(
        stamp(
            [
                "MINISTRY OF FOREIGN AFFAIRS",
                "CONSULAR AFFAIRS",
                "AUTHENTICATED",
                dmy(p["bc_legal1"]),
            ],
            rng,
            (120, 30, 90),
            False,
            230,
        ),
        115,
        205,
        70,
        22,
    )
    pg.image(
        stamp(
            [
                "AMBASSADE DE FRANCE AU CAIRE",
                "LÉGALISATION",
                "Vu pour légalisation",
                f"le {dmy(p['bc_legal2'])} - N° {p['bc_legal_no']}",
            ],
            rng,
            (30, 40, 120),
            False,
            250,
        ),
        110,
        240,
        80,
        26,
    )
    return pg


def birth_nicaragua(p, rng) -> Page:
    pg = Page(215.9, 279.4, (252, 252, 248))
    b = (20, 40, 100)
    pg.text(108, 18, "REPÚBLICA DE NICARAGUA", "libserif-b", 13, b, "c")
    pg.text(108, 24, "CONSEJO SUPREMO ELECTORAL", "libserif", 10, b, "c")
    pg.text(108, 29, "REGISTRO CENTRAL DEL ESTADO CIVIL DE LAS PERSONAS", "libserif", 9, b, "c")
    pg.text(108, 42, "CERTIFICADO DE NACIMIENTO", "libserif-b", 15, (0, 0, 0), "c")
    pg.text(20, 55, f"Código: {p['bc_no']}", "mono", 9)
    pg.para(
        20,
        66,
        "El suscrito Registrador del Estado Civil de las Personas del municipio de "
        "León, departamento de León, certifica que en el Libro de Nacimientos que lleva "
        f"esta oficina, bajo el Tomo {p['bc_tomo']}, Folio {p['bc_folio']}, Partida "
        f"{p['bc_partida']}, se encuentra inscrito el siguiente nacimiento:",
        175,
        "libserif",
        10.5,
        5.2,
    )
    rows = [
        ("Nombres", p["given"]),
        ("Apellidos", p["surname"]),
        ("Sexo", "Femenino" if p["sex"] == "F" else "Masculino"),
        ("Fecha de nacimiento", dmy(p["dob"])),
        ("Lugar de nacimiento", p["bc_place"]),
        ("Nombre del padre", p["father"]),
        ("Nombre de la madre", p["mother"]),
        ("Fecha de inscripción", dmy(p["bc_reg"])),
    ]
    y = 92
    for lab, val in rows:
        pg.text(25, y, lab + ":", "libserif-b", 10.5)
        pg.text(80, y, val.upper(), "libserif", 10.5)
        pg.line(79, y + 1.2, 195, y + 1.2, (150, 150, 150), 0.2, True)
        y += 9
    pg.para(
        20,
        y + 8,
        "Se extiende la presente certificación en la ciudad de León, a los "
        f"{int(p['bc_issue'][8:10])} días del mes de "
        f"{['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][int(p['bc_issue'][5:7]) - 1]}"  # noqa: E501
        f" de {p['bc_issue'][:4]}.",
        175,
        "libserif",
        10.5,
        5.2,
    )
    pg.image(signature_image("R. Espinoza", rng, (20, 20, 60), "dancing"), 120, y + 25, 50, 16)
    pg.text(145, y + 45, "Registrador del Estado Civil", "libserif", 9, (0, 0, 0), "c")
    pg.image(
        stamp(["REGISTRO CIVIL", "LEÓN - NICARAGUA", "C.S.E."], rng, (40, 60, 150)),
        40,
        y + 22,
        34,
        34,
    )
    return pg


def birth_kyrgyz(p, rng) -> Page:
    pg = Page(148, 210, (246, 240, 226))
    r = (120, 40, 30)
    guilloche(pg, 0, 0, 148, 210, (236, 222, 205), rng, 60)
    pg.text(74, 14, "КЫРГЫЗ РЕСПУБЛИКАСЫ / КЫРГЫЗСКАЯ РЕСПУБЛИКА", "serif-b", 7.5, r, "c")
    pg.text(74, 24, "ТУУЛГАНДЫГЫ ЖӨНҮНДӨ КҮБӨЛҮК", "serif-b", 10, r, "c")
    pg.text(74, 30, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", "serif-b", 11, r, "c")

    def row(y, lab, val):
        pg.text(12, y, val, "serif-b", 10)
        pg.line(12, y + 1.2, 136, y + 1.2, (120, 100, 90), 0.2)
        pg.text(12, y + 4.3, lab, "serif", 6, (90, 70, 60))

    row(44, "фамилиясы / фамилия", p["bc_sur"])
    row(54, "аты / имя", p["bc_giv"])
    row(64, "атасынын аты / отчество", p["bc_patr"])
    row(76, "туулган күнү / дата рождения", dmy(p["dob"], ".") + "  " + p["bc_dob_words"])
    row(86, "туулган жери / место рождения", p["bc_place"])
    pg.text(12, 99, "Ата-энеси / Родители:", "serif", 7.5)
    row(107, "атасы / отец", p["father"])
    row(117, "энеси / мать", p["mother"])
    row(
        129,
        "актынын жазуусу / запись акта о рождении №",
        f"{p['bc_act']} от {dmy(p['bc_reg'], '.')}",
    )
    row(141, "мамлекеттик каттоо жери / место гос. регистрации", p["bc_office"])
    row(153, "берилген күнү / дата выдачи", dmy(p["bc_issue"], "."))
    pg.text(12, 172, "I-ОШ", "serif-b", 10, r)
    pg.text(40, 172, "№ " + p["bc_no"], "mono", 11, (170, 30, 30))
    pg.image(
        stamp(["КЫРГЫЗ РЕСПУБЛИКАСЫ", "ЖАРАНДЫК АБАЛ", "АКТЫЛАРЫН КАТТОО"], rng, (60, 50, 140)),
        85,
        160,
        32,
        32,
    )
    pg.image(signature_image("Osmonova", rng, (30, 30, 70), "dancing"), 95, 185, 35, 12)
    return pg


def birth_gabon(p, rng) -> Page:
    pg = Page(210, 297, (250, 250, 246))
    pg.text(40, 16, "PROVINCE DE L'ESTUAIRE", "libserif-b", 9, (0, 0, 0), "c")
    pg.text(40, 21, "COMMUNE DE LIBREVILLE", "libserif-b", 9, (0, 0, 0), "c")
    pg.text(40, 26, "1er ARRONDISSEMENT", "libserif", 9, (0, 0, 0), "c")
    pg.text(40, 31, "CENTRE PRINCIPAL D'ÉTAT CIVIL", "libserif", 8, (0, 0, 0), "c")
    pg.text(165, 16, "RÉPUBLIQUE GABONAISE", "libserif-b", 10, (0, 0, 0), "c")
    pg.text(165, 21, "Union - Travail - Justice", "libserif-i", 9, (0, 0, 0), "c")
    pg.text(105, 50, "EXTRAIT D'ACTE DE NAISSANCE", "libserif-b", 15, (0, 0, 0), "c")
    pg.text(105, 57, f"N° {p['bc_no']}", "libserif-b", 11, (0, 0, 0), "c")
    y = pg.para(
        20,
        75,
        f"Le {p['bc_dob_words']}, à {p['bc_hour']}, est née à {p['bc_place']}, "
        f"l'enfant de sexe féminin : {p['surname'].upper()} {p['given']}, fille de "
        f"{p['father']}, né le 11/04/1968 à Oyem, agent de l'État, et de {p['mother']}, "
        "née le 02/09/1971 à Libreville, ménagère, domiciliés à Libreville, quartier "
        "Louis.",
        170,
        "libserif",
        11.5,
        6.5,
    )
    rows = [
        ("Nom", p["surname"].upper()),
        ("Prénoms", p["given"]),
        ("Date de naissance", dmy(p["dob"])),
        ("Lieu de naissance", p["bc_place"]),
        ("Acte dressé le", dmy(p["bc_reg"]) + " sur la déclaration du père"),
    ]
    y += 8
    for lab, val in rows:
        pg.text(25, y, lab, "libserif", 11)
        pg.text(75, y, ": " + val, "libserif-b", 11)
        y += 8
    pg.para(
        20,
        y + 8,
        "Extrait certifié conforme aux indications portées au registre, délivré "
        f"à Libreville le {dmy(p['bc_issue'])}.",
        170,
        "libserif-i",
        11,
        6.5,
    )
    pg.text(140, y + 28, "L'Officier d'État Civil", "libserif-b", 10, (0, 0, 0), "c")
    pg.image(signature_image("Mba Ella", rng, (20, 20, 70), "kaushan"), 118, y + 32, 45, 15)
    pg.image(
        stamp(["MAIRIE DE LIBREVILLE", "ÉTAT CIVIL", "1er ARRDT"], rng, (30, 70, 150)),
        60,
        y + 22,
        36,
        36,
    )
    pg.image(
        stamp([f"TIMBRE FISCAL {rng.choice([2000, 3000])} F CFA"], rng, (150, 50, 50), False, 180),
        25,
        255,
        45,
        12,
    )
    return pg


APOSTILLE_ES = [
    "País",
    "El presente documento público ha sido firmado por",
    "quien actúa en calidad de",
    "y está revestido del sello / timbre de",
    "en",
    "el día",
    "por",
    "bajo el número",
    "Sello / timbre",
    "Firma",
]
APOSTILLE_RU = [
    "Страна / Country",
    "Настоящий официальный документ подписан / has been signed by",
    "выступающим в качестве / acting in the capacity of",
    "скреплен печатью / штампом / bears the seal / stamp of",
    "в / at",
    "дата / the",
    "кем / by",
    "за № / No",
    "Печать / штамп / Seal / stamp",
    "Подпись / Signature",
]


def apostille(a: dict, rng, lang="es") -> Page:
    labels = APOSTILLE_ES if lang == "es" else APOSTILLE_RU
    pg = Page(150, 150, (252, 251, 245))
    pg.rect(6, 6, 138, 138, (40, 40, 40), None, 0.6)
    pg.text(
        75,
        18,
        "APOSTILLE" if lang == "es" else "АПОСТИЛЬ / APOSTILLE",
        "libserif-b",
        14,
        (0, 0, 0),
        "c",
    )
    pg.text(75, 24, "(Convention de La Haye du 5 octobre 1961)", "libserif-i", 8.5, (0, 0, 0), "c")
    vals = [
        a["country"],
        a["signer"],
        a["capacity"],
        a["seal"],
        a["city"],
        dmy(a["date"]),
        a["by"],
        a["number"],
        "",
        "",
    ]
    y = 36
    for i, (lab, val) in enumerate(zip(labels, vals)):
        if i == 4:
            pg.text(
                12,
                y,
                "CERTIFICADO / CERTIFIED" if lang == "es" else "УДОСТОВЕРЕНО / CERTIFIED",
                "libserif-b",
                9,
            )
            y += 7
        pg.text(12, y, f"{i + 1}. {lab}:", "libserif", 7.5)
        if val:
            pg.text(14, y + 4.2, val, "mono", 8.5, (10, 10, 60))
        y += 9.5 if val else 5
    pg.image(stamp(a["stamp"], rng, (50, 50, 150)), 20, 105, 32, 32)
    pg.image(signature_image(a["sig"], rng, (20, 20, 70), "dancing"), 85, 112, 45, 15)
    return pg


def translation(p: dict, t: dict, rng) -> Page:
    """Sworn translation (traduction certifiée conforme) of the birth certificate."""
    pg = Page(210, 297)
    pg.text(20, 18, t["translator"], "libserif-b", 11)
    pg.text(
        20,
        23,
        "Traductrice-interprète expert près la Cour d'appel de " + t["court"],
        "libserif-i",
        9,
    )
    pg.text(20, 28, t["address"], "libserif", 9)
    pg.text(105, 45, "TRADUCTION CERTIFIÉE CONFORME", "libserif-b", 13, (0, 0, 0), "c")
    pg.text(
        105,
        51,
        f"de la langue {t['from']} vers la langue française",
        "libserif",
        10,
        (0, 0, 0),
        "c",
    )
    pg.text(105, 65, t["title"], "libserif-b", 12, (0, 0, 0), "c")
    y = 80
    for lab, val in t["rows"]:
        pg.text(25, y, lab, "libserif", 10.5)
        pg.text(95, y, val, "libserif-b", 10.5)
        y += 8
    y = pg.para(20, y + 10, t["tail"], 170, "libserif-i", 10, 5.5)
    pg.para(
        20,
        y + 10,
        "Je soussignée, traductrice assermentée, certifie que la présente "
        "traduction est conforme à l'original rédigé en langue " + t["from"] + " qui m'a "
        f"été présenté. Traduction n° {t['number']}.",
        170,
        "libserif",
        10,
        5.5,
    )
    pg.text(130, y + 40, f"Fait à {t['city']}, le {dmy(t['date'])}", "libserif", 10)
    pg.image(
        signature_image(t["translator"].split()[-1], rng, (20, 20, 90), "dancing"),
        130,
        y + 45,
        45,
        15,
    )
    pg.image(
        stamp(
            [t["translator"].upper(), "TRADUCTRICE EXPERT", "C.A. " + t["court"].upper()],
            rng,
            (40, 40, 160),
        ),
        90,
        y + 38,
        36,
        36,
    )
    return pg
