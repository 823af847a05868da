"""Birth certificates (China notarial, Turkey Formül A, Mexico acta, Illinois), apostilles,
and a handwritten attestation d'hébergement."""

from core import BLACK, INK_BLACK, INK_BLUE, Page, guilloche_img, qr_img, stamp_img, width_mm

RED = (200, 30, 30)
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def en_date(d):
    return f"{MONTHS_EN[int(d[5:7]) - 1]} {int(d[8:])}, {d[:4]}"


def fr_num(d):
    return f"{d[8:]}/{d[5:7]}/{d[:4]}"


# ---------------------------------------------------------------- China
def china_notarial(b, rng):
    """Returns [chinese_page, english_translation_page]."""
    p1 = Page(210, 297)
    p1.cjk(105, 40, "公证书", 30, BLACK, "c")
    p1.cjk(190, 58, f"({b['year']})川成蜀证字第{b['no']}号", 11, BLACK, "r")
    y = 75
    rows = [
        (
            "申请人：",
            f"王晓雨，女，{b['dob'][:4]}年{int(b['dob'][5:7])}月{int(b['dob'][8:])}日出生，",
        ),
        ("", f"公民身份号码：{b['id_no']}"),
        ("公证事项：", "出生"),
    ]
    for a, v in rows:
        p1.cjk(30, y, a, 13)
        p1.cjk(30 + (len(a) * 13 * 25.4 / 72 if a else 22.9), y, v, 13)
        y += 11
    y += 6
    body = (
        "兹证明王晓雨（女）于二〇〇三年三月十四日在四川省成都市出生。王晓雨的父亲是王建国，"
        "母亲是李秀英。"
    )
    per = 22
    for i in range(0, len(body), per):
        p1.cjk(38 if i == 0 else 30, y, body[i : i + per], 13)
        y += 10
    p1.cjk(120, 215, "中华人民共和国四川省成都市蜀都公证处", 11, BLACK, "c")
    p1.cjk(120, 228, "公证员", 11, BLACK, "r")
    p1.sign(122, 219, 30, 12, "Zhou Min", rng, INK_BLACK)
    p1.cjk(120, 245, "二〇二六年六月十八日", 11, BLACK, "c")
    p1.img(
        100,
        200,
        45,
        45,
        stamp_img(
            "四川省成都市蜀都公证处", ["公证专用章"], RED, rng, 420, cjk_ring=True, star=True
        ),
    )
    p2 = Page(210, 297)
    p2.text(105, 36, "NOTARIAL CERTIFICATE", "serifb", 17, BLACK, "c")
    p2.text(
        188, 52, f"({b['year']}) Chuan Cheng Shu Zheng Zi No. {b['no']}", "serif", 11, BLACK, "r"
    )
    y = 70
    for a, v in [
        ("Applicant:", f"WANG Xiaoyu, female, born on {en_date(b['dob'])}"),
        ("", f"Citizen ID Number: {b['id_no']}"),
        ("Subject:", "Birth"),
    ]:
        p2.text(28, y, a, "serifb", 12)
        p2.text(55, y, v, "serif", 12)
        y += 9
    y += 6
    y = p2.para(
        28,
        y,
        155,
        f"      This is to certify that WANG Xiaoyu (female) was born on {en_date(b['dob'])} in "
        "Chengdu City, Sichuan Province, the People's Republic of China. Her father is WANG Jianguo "
        "and her mother is LI Xiuying.",
        "serif",
        12,
        7,
    )
    p2.text(182, 200, "Notary Public: ZHOU Min", "serif", 12, BLACK, "r")
    p2.text(182, 210, "Shudu Notary Public Office", "serif", 12, BLACK, "r")
    p2.text(182, 217, "Chengdu City, Sichuan Province", "serif", 12, BLACK, "r")
    p2.text(182, 224, "The People's Republic of China", "serif", 12, BLACK, "r")
    p2.text(182, 234, en_date(b["issued"]), "serif", 12, BLACK, "r")
    p2.img(
        128,
        196,
        36,
        36,
        stamp_img(
            "四川省成都市蜀都公证处", ["公证专用章"], RED, rng, 420, cjk_ring=True, star=True
        ),
    )
    p2.line(28, 258, 182, 258, (120, 120, 120), 0.5)
    p2.para(
        28,
        265,
        154,
        "This is to certify that the English translation conforms with the "
        "Chinese original of the notarial certificate (2026) Chuan Cheng Shu Zheng Zi No. "
        f"{b['no']}.",
        "serifi",
        9.5,
        4.6,
    )
    return [p1, p2]


# ---------------------------------------------------------------- apostilles
AP_LABELS = {
    "en": [
        "Country:",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
        "This public document",
        "Certified",
    ],
    "fr_en": [
        "Pays / Country :",
        "a été signé par / has been signed by",
        "agissant en qualité de / acting in the capacity of",
        "est revêtu du sceau / timbre de / bears the seal/stamp of",
        "à / at",
        "le / the",
        "par / by",
        "sous n° / No",
        "Sceau / timbre :",
        "Signature :",
        "Le présent acte public / This public document",
        "Attesté / Certified",
    ],
    "es": [
        "País:",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre:",
        "Firma:",
        "El presente documento público",
        "Certificado",
    ],
    "tr": [
        "Ülke / Pays :",
        "İmzalayan / a été signé par",
        "Sıfatı / agissant en qualité de",
        "Mühür / sceau de",
        "Yer / à",
        "Tarih / le",
        "Onaylayan / par",
        "Sayı / sous n°",
        "Mühür / Sceau :",
        "İmza / Signature :",
        "Bu resmi belge / Le présent acte public",
        "Onaylanır / Attesté",
    ],
}


def apostille(pg, x, y, w, lang, a, rng, title="APOSTILLE", cn=False, qr=None, frame=True):
    """Draw a Hague-model apostille (10 numbered items) on pg at (x, y), width w. Returns bottom y."""
    L = AP_LABELS[lang]
    h = 150
    if frame:
        pg.rect(x, y, w, h, BLACK, None, 1.2)
        pg.rect(x + 1.5, y + 1.5, w - 3, h - 3, BLACK, None, 0.4)
    cx = x + w / 2
    pg.text(cx, y + 11, title, "serifb", 15, BLACK, "c")
    if cn:
        pg.cjk(cx, y + 18, "附加证明书", 10, BLACK, "c")
    pg.text(
        cx,
        y + (24 if cn else 18),
        "(Convention de La Haye du 5 octobre 1961)",
        "serifi",
        9,
        BLACK,
        "c",
    )
    yy = y + (32 if cn else 27)
    lx = x + 7
    vsz = 9.5

    def item(n, lab, val, xx, yy, font="serif"):
        t = f"{n}. {lab}"
        pg.text(xx, yy, t, font, 8.5)
        pg.text(xx + width_mm(t, font, 8.5) + 2, yy, val, "sansb", vsz)

    item(1, L[0], a["country"], lx, yy)
    yy += 7
    pg.text(lx, yy, L[10], "serifi", 8.5)
    yy += 7
    item(2, L[1], a["signed_by"], lx, yy)
    yy += 7
    item(3, L[2], a["capacity"], lx, yy)
    yy += 7
    item(4, L[3], "", lx, yy)
    yy += 5.5
    pg.text(lx + 5, yy, a["seal_of"], "sansb", vsz)
    yy += 8
    pg.text(cx, yy, L[11], "serifi", 9, BLACK, "c")
    yy += 7
    item(5, L[4], a["at"], lx, yy)
    item(6, L[5], a["on_p"], x + w * 0.52, yy)
    yy += 7
    item(7, L[6], "", lx, yy)
    yy += 5.5
    pg.text(lx + 5, yy, a["by"], "sansb", vsz)
    yy += 7
    item(8, L[7], a["number"], lx, yy)
    yy += 8
    pg.text(lx, yy, "9. " + L[8], "serif", 8.5)
    pg.text(x + w * 0.52, yy, "10. " + L[9], "serif", 8.5)
    pg.img(
        lx + 8,
        yy + 1,
        28,
        28,
        stamp_img(
            a["stamp_ring"], a["stamp_center"], a["stamp_color"], rng, 420, cjk_ring=cn, star=cn
        ),
    )
    pg.sign(x + w * 0.55, yy + 4, w * 0.38, 14, a["signer_sig"], rng, INK_BLUE)
    pg.text(x + w * 0.55, yy + 23, a["signer"], "sans", 8)
    if qr:
        pg.img(x + w - 24, y + 4, 19, 19, qr_img(qr, 4))
    return y + h


# ---------------------------------------------------------------- Turkey (Formül A)
def turkey_formul_a(b, rng):
    pg = Page(210, 297)
    pg.img(12, 12, 186, 273, guilloche_img(930, 1365, (226, 232, 238), rng, n=60))
    pg.text(105, 22, "TÜRKİYE CUMHURİYETİ", "sansb", 12, BLACK, "c")
    pg.text(105, 28, "İÇİŞLERİ BAKANLIĞI", "sans", 9, BLACK, "c")
    pg.text(105, 33, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", "sans", 9, BLACK, "c")
    pg.text(105, 44, "DOĞUM KAYDINA İLİŞKİN ÇOK DİLLİ ÖRNEK (FORMÜL A)", "sansb", 11, BLACK, "c")
    pg.text(
        105,
        50,
        "Extrait plurilingue d'acte de naissance — Multilingual extract from a birth record",
        "sansi",
        8.5,
        BLACK,
        "c",
    )
    pg.text(20, 60, "Devlet / État / State", "sans", 7.5)
    pg.text(70, 60, "TÜRKİYE CUMHURİYETİ", "sansb", 9.5)
    pg.text(
        20, 66, "Nüfus Müdürlüğü / Service de l'état civil / Civil registry office", "sans", 7.5
    )
    pg.text(120, 66, b["office"], "sansb", 9.5)
    rows = [
        (
            "1",
            "Doğum tarihi / Date de naissance / Date of birth",
            f"Jo {b['dob'][8:]}   Mo {b['dob'][5:7]}   An {b['dob'][:4]}",
        ),
        ("2", "Doğum yeri / Lieu de naissance / Place of birth", b["pob"]),
        ("3", "Cinsiyeti / Sexe / Sex", "F"),
        ("4", "Soyadı / Nom / Surname", b["surname"]),
        ("5", "Adı / Prénoms / Forenames", b["given"]),
        ("6", "Baba adı ve soyadı / Nom et prénoms du père / Father", b["father"]),
        ("7", "Ana adı ve soyadı / Nom et prénoms de la mère / Mother", b["mother"]),
        ("8", "T.C. Kimlik No / Numéro d'identité / Identity No", b["tckn"]),
        ("9", "Cilt / Hane / Birey Sıra No — Registre", b["reg"]),
    ]
    y = 74
    for n, lab, val in rows:
        pg.rect(18, y, 174, 14, (90, 90, 110), None, 0.5)
        pg.rect(18, y, 9, 14, (90, 90, 110), (236, 238, 244), 0.5)
        pg.text(22.5, y + 8.7, n, "sansb", 9, BLACK, "c")
        pg.text(30, y + 4.3, lab, "sans", 6.8, (70, 70, 90))
        pg.text(30, y + 11, val, "monob", 10.5)
        y += 14
    y += 8
    pg.text(20, y, "Veriliş tarihi / Date de délivrance / Date of issue", "sans", 7.5)
    pg.text(
        100, y, f"Jo {b['issued'][8:]}   Mo {b['issued'][5:7]}   An {b['issued'][:4]}", "monob", 10
    )
    y += 7
    pg.text(20, y, "Onaylayan / Signature / Signature", "sans", 7.5)
    pg.sign(100, y + 2, 50, 16, b["registrar"], rng, INK_BLUE)
    pg.text(100, y + 22, b["registrar"] + " — Nüfus Müdürü", "sans", 8)
    pg.img(
        150,
        y - 4,
        36,
        36,
        stamp_img("T.C. KADIKÖY İLÇE NÜFUS MÜDÜRLÜĞÜ *", ["KADIKÖY"], (60, 60, 170), rng, 420),
    )
    pg.para(
        20,
        268,
        170,
        "Jo = jour / gün / day   Mo = mois / ay / month   An = année / yıl / year   "
        "— Convention CIEC n° 16 du 8 septembre 1976. Doğrulama kodu: " + b["verif"],
        "sansi",
        6.5,
        3.2,
        (80, 80, 80),
    )
    return pg


# ---------------------------------------------------------------- Mexico
def mexico_acta(b, rng):
    pg = Page(216, 279)
    g = (150, 178, 150)
    pg.img(
        8, 8, 200, 263, guilloche_img(1000, 1315, (220, 232, 220), rng, n=70, bg=(248, 250, 246))
    )
    pg.rect(8, 8, 200, 263, g, None, 2)
    pg.ellipse(16, 14, 22, 22, (110, 90, 60), (222, 206, 170), 1)
    pg.text(27, 27, "EUM", "serifb", 7, (90, 60, 30), "c")
    pg.text(108, 20, "ESTADOS UNIDOS MEXICANOS", "serifb", 13, BLACK, "c")
    pg.text(108, 30, "ACTA DE NACIMIENTO", "sansb", 16, BLACK, "c")
    pg.text(200, 20, "Identificador Electrónico", "sans", 6.5, BLACK, "r")
    pg.text(200, 25, b["ident"], "monob", 8.5, BLACK, "r")
    y = 42
    cells = [
        ("Entidad de Registro", "JALISCO"),
        ("Municipio de Registro", "GUADALAJARA"),
        ("Oficialía", "0001"),
        ("Fecha de Registro", b["reg_date"]),
        ("Libro", "0012"),
        ("Número de Acta", b["acta"]),
    ]
    x = 14
    for lab, val in cells:
        w = 31.5
        pg.rect(x, y, w, 12, g, (255, 255, 255), 0.5)
        pg.text(x + 1.5, y + 4, lab, "sans", 5.8, (60, 80, 60))
        pg.text(x + 1.5, y + 9.5, val, "sansb", 8)
        x += w
    y += 18
    pg.rect(14, y, 189, 6, None, (120, 150, 120))
    pg.text(108.5, y + 4.3, "Datos de la Persona Registrada", "sansb", 9, (255, 255, 255), "c")
    y += 9
    grid = [
        [
            ("Nombre(s):", b["given"], 95),
            ("Primer Apellido:", b["surname1"], 47),
            ("Segundo Apellido:", b["surname2"], 47),
        ],
        [
            ("Sexo:", "MUJER", 30),
            ("Fecha de Nacimiento:", b["dob_p"], 50),
            ("Lugar de Nacimiento:", b["pob"], 109),
        ],
        [("Clave Única de Registro de Población (CURP):", b["curp"], 189)],
    ]
    for row in grid:
        x = 14
        for lab, val, w in row:
            pg.text(x + 1, y + 3, lab, "sans", 6.5, (60, 80, 60))
            pg.text(x + 1, y + 8.5, val, "sansb", 9.5)
            x += w
        pg.line(14, y + 10.5, 203, y + 10.5, g, 0.4)
        y += 13
    y += 3
    pg.rect(14, y, 189, 6, None, (120, 150, 120))
    pg.text(
        108.5,
        y + 4.3,
        "Datos de Filiación de la Persona Registrada",
        "sansb",
        9,
        (255, 255, 255),
        "c",
    )
    y += 9
    for role, name, nat in (("Padre", b["father"], "MEXICANA"), ("Madre", b["mother"], "MEXICANA")):
        pg.text(15, y + 3, role, "sansb", 7.5, (60, 80, 60))
        pg.text(15, y + 8.5, "Nombre:", "sans", 6.5, (60, 80, 60))
        pg.text(28, y + 8.5, name, "sansb", 9.5)
        pg.text(140, y + 8.5, "Nacionalidad:", "sans", 6.5, (60, 80, 60))
        pg.text(158, y + 8.5, nat, "sansb", 9.5)
        pg.line(14, y + 10.5, 203, y + 10.5, g, 0.4)
        y += 13
    y += 4
    pg.text(15, y, "Anotaciones Marginales:", "sansb", 7.5, (60, 80, 60))
    pg.text(50, y, "SIN ANOTACIONES MARGINALES", "sans", 8.5)
    y += 10
    y = pg.para(
        15,
        y,
        185,
        "El suscrito Director del Registro Civil del Estado de Jalisco, CERTIFICA "
        "que la presente es copia fiel del acta que obra en los archivos de esta Dirección, "
        f"lo que se hace constar en la ciudad de Guadalajara, Jalisco, a {b['issued_words']}.",
        "sans",
        8,
        3.8,
    )
    pg.img(15, y + 4, 32, 32, qr_img("https://www.gob.mx/ActaNacimiento/?" + b["ident"], 4))
    pg.text(52, y + 9, "Firma electrónica / Cadena original:", "sans", 6.5, (60, 80, 60))
    pg.para(52, y + 13, 145, b["chain"], "lmono", 6, 2.8)
    pg.sign(120, y + 25, 55, 14, b["director"], rng, INK_BLACK)
    pg.text(147, y + 43, b["director"], "sans", 7.5, BLACK, "c")
    pg.text(
        147, y + 47, "Director del Registro Civil del Estado de Jalisco", "sans", 6.5, BLACK, "c"
    )
    return pg


# ---------------------------------------------------------------- Illinois
def illinois_birth(b, rng):
    pg = Page(216, 279, (244, 246, 250))
    pg.img(
        6, 6, 204, 267, guilloche_img(1020, 1335, (206, 216, 236), rng, n=90, bg=(244, 246, 250))
    )
    pg.rect(10, 10, 196, 259, (60, 80, 140), None, 1.5)
    pg.text(108, 22, "STATE OF ILLINOIS", "serifb", 13, (20, 30, 80), "c")
    pg.text(
        108,
        28,
        "DEPARTMENT OF PUBLIC HEALTH — DIVISION OF VITAL RECORDS",
        "sans",
        7.5,
        (20, 30, 80),
        "c",
    )
    pg.text(108, 38, "CERTIFICATE OF LIVE BIRTH", "serifb", 15, BLACK, "c")
    pg.text(200, 48, "STATE FILE NUMBER  " + b["sfn"], "monob", 8, RED, "r")
    rows = [
        [("1. CHILD — NAME (First, Middle, Last)", b["name_p"], 140), ("2. SEX", "MALE", 46)],
        [("3a. DATE OF BIRTH (Month, Day, Year)", b["dob_p"], 93), ("3b. HOUR", "4:17 AM", 93)],
        [
            ("4a. PLACE OF BIRTH — CITY, TOWN OR LOCATION", "CHICAGO", 93),
            ("4b. COUNTY", "COOK", 93),
        ],
        [("4c. HOSPITAL NAME", "NORTHWESTERN MEMORIAL HOSPITAL", 186)],
        [
            ("5a. MOTHER — MAIDEN NAME (First, Middle, Last)", b["mother"], 140),
            ("5b. AGE", "29", 46),
        ],
        [("6a. FATHER — NAME (First, Middle, Last)", b["father"], 140), ("6b. AGE", "31", 46)],
        [
            ("7. CERTIFIER — NAME AND TITLE", "R. FELDMAN, M.D.", 93),
            ("8. DATE FILED BY LOCAL REGISTRAR", b["filed_p"], 93),
        ],
    ]
    y = 54
    for row in rows:
        x = 15
        for lab, val, w in row:
            pg.rect(x, y, w, 15, (60, 80, 140), (255, 255, 255), 0.5)
            pg.text(x + 1.5, y + 4, lab, "sans", 6.2, (40, 50, 100))
            pg.text(x + 3, y + 11.5, val, "lmono", 10.5)
            x += w
        y += 15
    y += 10
    y = pg.para(
        15,
        y,
        186,
        "CERTIFIED COPY — This is a true and correct reproduction of the official "
        "record filed with the Illinois Department of Public Health. This copy is not valid "
        "unless prepared on engraved border displaying the seal and signature of the Clerk.",
        "serif",
        8.5,
        4,
    )
    pg.text(15, y + 8, "DATE ISSUED:  " + b["issued_p"], "sansb", 9)
    pg.img(
        30,
        y + 14,
        42,
        42,
        stamp_img("COUNTY OF COOK * STATE OF ILLINOIS *", ["SEAL"], (90, 90, 110), rng, 420),
    )
    pg.sign(125, y + 16, 60, 18, b["clerk"], rng, INK_BLACK)
    pg.text(155, y + 40, b["clerk"], "sans", 8, BLACK, "c")
    pg.text(155, y + 44, "COOK COUNTY CLERK", "sansb", 8, BLACK, "c")
    return pg


# ---------------------------------------------------------------- attestation d'hébergement
def attestation_hand(a, rng):
    pg = Page(210, 297, (252, 252, 248))
    for i in range(34):
        pg.line(0, 30 + i * 8, 210, 30 + i * 8, (180, 200, 225), 0.4)
    pg.line(28, 0, 28, 297, (225, 150, 150), 0.5)
    ink = INK_BLUE
    pg.hand(105, 44, "ATTESTATION D'HÉBERGEMENT", 17, rng, "h_breip", ink, "c")
    y = 70
    size = 15
    for par in a["paragraphs"]:
        words = par.split(" ")
        line = ""
        first = True
        for w in words:
            t = (line + " " + w).strip()
            if width_mm(t, "h_breip", size) * 1.03 > 166 - (8 if first else 0):
                pg.hand(32 + (8 if first else 0), y - 1, line, size, rng, "h_breip", ink)
                y += 8
                line, first = w, False
            else:
                line = t
        pg.hand(32 + (8 if first else 0), y - 1, line, size, rng, "h_breip", ink)
        y += 16
    pg.hand(110, y - 1, a["done"], size, rng, "h_breip", ink)
    pg.sign(112, y + 4, 60, 24, a["sig"], rng, ink)
    return pg
