"""Birth certificates of many countries, apostilles and sworn translations."""

import random

from dv_render import Page, seed_of, text_width_mm

MOIS = [
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
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MESES_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
MONTHS = [
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
MIS_UA = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]
NUM_FR = [
    "",
    "premier",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
    "vingt et un",
    "vingt-deux",
    "vingt-trois",
    "vingt-quatre",
    "vingt-cinq",
    "vingt-six",
    "vingt-sept",
    "vingt-huit",
    "vingt-neuf",
    "trente",
    "trente et un",
]


def fr_date(iso):
    d = int(iso[8:10])
    return "%s %s %s" % ("1er" if d == 1 else d, MOIS[int(iso[5:7]) - 1], iso[:4])


def fr_date_letters(iso):
    y = int(iso[:4])
    mil = "mil neuf cent " if y < 2000 else "deux mille "
    r = y % 100 if y < 2000 else y - 2000
    tens = {0: "", 70: "soixante-dix", 80: "quatre-vingt", 90: "quatre-vingt-dix"}
    # good enough for 1975-2005
    names = {
        75: "soixante-quinze",
        76: "soixante-seize",
        77: "soixante-dix-sept",
        78: "soixante-dix-huit",
        79: "soixante-dix-neuf",
        80: "quatre-vingt",
        81: "quatre-vingt-un",
        82: "quatre-vingt-deux",
        83: "quatre-vingt-trois",
        84: "quatre-vingt-quatre",
        85: "quatre-vingt-cinq",
        86: "quatre-vingt-six",
        87: "quatre-vingt-sept",
        88: "quatre-vingt-huit",
        89: "quatre-vingt-neuf",
        90: "quatre-vingt-dix",
        91: "quatre-vingt-onze",
        92: "quatre-vingt-douze",
        93: "quatre-vingt-treize",
        94: "quatre-vingt-quatorze",
        95: "quatre-vingt-quinze",
        96: "quatre-vingt-seize",
        97: "quatre-vingt-dix-sept",
        98: "quatre-vingt-dix-huit",
        99: "quatre-vingt-dix-neuf",
        0: "",
        1: "un",
        2: "deux",
        3: "trois",
        4: "quatre",
    }
    d = int(iso[8:10])
    return "Le %s %s %s%s" % (NUM_FR[d], MOIS[int(iso[5:7]) - 1], mil, names.get(r, str(r)))


def es_date(iso):
    return "%d de %s de %s" % (int(iso[8:10]), MESES[int(iso[5:7]) - 1], iso[:4])


def pt_date(iso):
    return "%d de %s de %s" % (int(iso[8:10]), MESES_PT[int(iso[5:7]) - 1], iso[:4])


def en_date(iso):
    return "%s %d, %s" % (MONTHS[int(iso[5:7]) - 1], int(iso[8:10]), iso[:4])


def dmy(iso, sep="/"):
    return iso[8:10] + sep + iso[5:7] + sep + iso[:4]


def seal(p, x, y, r, top, color=(150, 40, 40)):
    p.stamp(x, y, r, top, color=color, size=5)


# ------------------------------------------------- francophone civil extracts


def fr_extrait(b):
    """Extrait d'acte de naissance (Maghreb, West/Central Africa). b = dict."""
    p = Page()
    ink = (20, 20, 20)
    rnd = random.Random(seed_of("extrait", b["act_no"]))
    y = 14
    if b.get("arabic_header"):
        # bilingual header: French left, Arabic right
        for i, (fr, ar) in enumerate(b["arabic_header"]):
            p.text(15, y + i * 5.2, fr, "times-b" if i == 0 else "times", 10 if i == 0 else 9, ink)
            p.text(
                195,
                y + i * 5.2 + 0.5,
                ar,
                "amiri-b" if i == 0 else "amiri",
                11 if i == 0 else 10,
                ink,
                anchor="r",
                rtl=True,
            )
        y += len(b["arabic_header"]) * 5.2 + 2
    else:
        for i, h in enumerate(b["header"]):
            p.text(
                105,
                y,
                h,
                "times-b" if i == 0 else "times-i" if i == 1 else "times",
                12 if i == 0 else 9.5,
                ink,
                anchor="c",
            )
            y += 5.2
        y += 2
    # left admin block
    for ln in b["admin"]:
        p.text(15, y, ln, "times", 9.5, ink)
        y += 4.6
    p.text(195, y - 4.6 * len(b["admin"]), "N° " + b["act_no"], "times-b", 10, ink, anchor="r")
    y += 6
    p.rect(35, y - 6, 140, 10, stroke=ink, lw=0.4)
    p.text(105, y + 1, b["title"], "times-b", 13, ink, anchor="c")
    if b.get("title_ar"):
        y += 10
        p.text(105, y + 1, b["title_ar"], "amiri-b", 14, ink, anchor="c", rtl=True)
    y += 14
    rows = b["rows"]
    for label, value, ar in rows:
        p.text(18, y, label, "times", 10, ink)
        lw = text_width_mm(label, "times", 10)
        # dotted leader
        xs = 18 + lw + 2
        while xs < 148 if ar else xs < 190:
            p.text(xs, y, ".", "times", 8, (120, 120, 120))
            xs += 1.6
        p.text(18 + max(lw + 3, 48), y - 0.3, value, b.get("vfont", "courier-b"), 10.5, ink)
        if ar:
            p.text(195, y, ar, "amiri", 10.5, ink, anchor="r", rtl=True)
        y += 7.6
    y += 4
    p.text(18, y, "Mentions marginales : " + b.get("marginal", "Néant"), "times-i", 10, ink)
    y += 12
    y = p.wrap(18, y, 175, b["closing"], "times", 10, 4.6)
    y += 4
    p.text(120, y + 2, b.get("officer", "L'Officier de l'État Civil"), "times-b", 10, ink)
    p.signature(125, y + 6, 40, 10, seed=b["act_no"])
    seal(p, 95, y + 16, 15, b.get("seal", ["ÉTAT CIVIL"]), color=b.get("seal_col", (60, 60, 150)))
    if b.get("fiscal"):
        p.rect(22, y + 4, 26, 18, stroke=(120, 90, 40), fill=(236, 222, 190), lw=0.3)
        p.text(35, y + 12, b["fiscal"], "sans-b", 6, (120, 90, 40), anchor="c")
        p.text(35, y + 17, "TIMBRE", "sans", 5, (120, 90, 40), anchor="c")
    return [p]


# ------------------------------------------------- United States (state)


def us_state(b):
    p = Page(216, 279)  # US letter
    ink = (25, 25, 50)
    col = b.get("col", (40, 90, 60))
    for k in range(4):
        p.rect(6 + k * 1.5, 6 + k * 1.5, 204 - k * 3, 267 - k * 3, stroke=col, lw=0.25)
    p.guilloche(12, 12, 192, 255, color=(222, 232, 222), n=60, seed=b["cert_no"], lw=0.12)
    p.text(108, 24, b["state"], "times-b", 17, col, anchor="c")
    p.text(108, 31, b["dept"], "times", 10.5, ink, anchor="c")
    p.text(108, 36, b.get("office", "Office of Vital Statistics"), "times", 10.5, ink, anchor="c")
    p.text(108, 47, b.get("title", "CERTIFICATION OF BIRTH"), "times-b", 15, ink, anchor="c")
    p.text(198, 18, "State File No. " + b["cert_no"], "courier", 8, ink, anchor="r")
    grid = [
        [("1. CHILD'S NAME (First, Middle, Last)", b["child_name"], 186)],
        [
            ("2. DATE OF BIRTH", b["dob_vis"], 60),
            ("3. TIME OF BIRTH", b.get("time", ""), 40),
            ("4. SEX", b["sex_vis"], 86),
        ],
        [("5. PLACE OF BIRTH (City/Town)", b["city"], 93), ("6. COUNTY OF BIRTH", b["county"], 93)],
        [("7. FACILITY NAME", b.get("facility", ""), 186)],
        [
            ("8. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", b["mother"], 120),
            ("9. BIRTHPLACE", b.get("mother_bp", ""), 66),
        ],
        [("10. FATHER'S NAME", b["father"], 120), ("11. BIRTHPLACE", b.get("father_bp", ""), 66)],
        [
            ("12. DATE FILED", b["filed"], 60),
            ("13. DATE ISSUED", b["issued_vis"], 60),
            ("14. CERTIFICATE NUMBER", b["cert_no"], 66),
        ],
    ]
    y = 56
    for row in grid:
        x = 15
        for label, val, w in row:
            p.rect(x, y, w, 14, stroke=ink, lw=0.25)
            p.text(x + 1.5, y + 3.5, label, "sans", 5.8, ink)
            p.text(x + 3, y + 10.5, val, "courier-b", 11, (10, 10, 10))
            x += w
        y += 14
    y += 8
    y = p.wrap(
        15,
        y,
        186,
        b.get(
            "cert_text",
            "This is a true certification of the name and birth facts on file in the Office of "
            "Vital Statistics. This certified copy is issued under the authority of the state "
            "and is not valid unless prepared on engraved border displaying the state seal and "
            "signature of the Registrar.",
        ),
        "times-i",
        9,
        4.4,
    )
    p.signature(130, y + 8, 45, 10, seed=b["cert_no"])
    p.text(152, y + 24, b["registrar"], "times", 9, ink, anchor="c")
    p.text(152, y + 28.5, "State Registrar", "times-i", 8.5, ink, anchor="c")
    p.stamp(55, y + 20, 17, [b["state"].replace("STATE OF ", ""), "SEAL"], color=(150, 150, 150))
    p.text(
        108, 268, "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE", "sans-b", 7, col, anchor="c"
    )
    return [p]


# ------------------------------------------------- UK GRO certified copy


def uk_gro(b):
    p = Page(297, 210, bg=(250, 236, 238))
    ink = (120, 30, 50)
    blk = (20, 20, 30)
    p.guilloche(0, 0, 297, 210, color=(240, 214, 220), n=50, seed=b["entry_no"], lw=0.12)
    p.text(148, 14, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "times-b", 14, ink, anchor="c")
    p.text(270, 14, b["serial"], "sans-b", 10, (150, 20, 20), anchor="r")
    p.text(148, 21, "GIVEN AT THE GENERAL REGISTER OFFICE", "times", 9, ink, anchor="c")
    p.text(20, 29, "Application Number " + b["app_no"], "times", 8, ink)
    p.text(20, 37, "REGISTRATION DISTRICT  " + b["district"], "times-b", 9, ink)
    p.text(
        20,
        43,
        "%s  BIRTH in the Sub-district of %s   in the %s"
        % (b["year"], b["subdistrict"], b["county"]),
        "times",
        9,
        ink,
    )
    cols = [
        ("No.", 10),
        ("When and\nwhere born", 36),
        ("Name, if any", 28),
        ("Sex", 12),
        ("Name and surname\nof father", 30),
        ("Name, surname and\nmaiden surname\nof mother", 34),
        ("Occupation\nof father", 22),
        ("Signature, description and\nresidence of informant", 40),
        ("When\nregistered", 20),
        ("Signature of\nregistrar", 24),
        ("Name entered\nafter registration", 21),
    ]
    x = 15
    y = 48
    for i, (h, w) in enumerate(cols):
        p.rect(x, y, w, 16, stroke=ink, lw=0.25)
        p.rect(x, y + 16, w, 56, stroke=ink, lw=0.25)
        p.text(x + w / 2, y + 3, str(i + 1) if i else "Columns:-", "times", 6, ink, anchor="c")
        for k, hl in enumerate(h.split("\n")):
            p.text(x + w / 2, y + 7 + k * 3, hl, "times", 6.2, ink, anchor="c")
        vals = b["cells"][i]
        for k, vl in enumerate(vals):
            p.text(x + 1.5, y + 23 + k * 4.6, vl, "h-dkg", 8.5, blk)
        x += w
    y += 80
    p.text(
        20,
        y,
        "CERTIFIED to be a true copy of an entry in the certified copy of a Register of Births "
        "in the District above mentioned.",
        "times",
        8.5,
        ink,
    )
    p.text(
        20,
        y + 6,
        "Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, the "
        + b["issued_vis"],
        "times",
        8.5,
        ink,
    )
    p.stamp(250, y + 12, 14, ["GENERAL", "REGISTER", "OFFICE"], color=(120, 30, 50))
    p.text(20, y + 20, b["serial"], "sans-b", 9, (150, 20, 20))
    p.rect(15, y + 26, 267, 12, stroke=ink, lw=0.3)
    p.text(
        148,
        y + 31,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING",
        "sans-b",
        7,
        ink,
        anchor="c",
    )
    p.text(
        148,
        y + 35,
        "OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT   WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
        "sans-b",
        7,
        ink,
        anchor="c",
    )
    return [p]


# ------------------------------------------------- Spanish-language forms


def es_form(b):
    """Acta de nacimiento (México), Registro civil de nacimiento (Colombia),
    Certificación literal (España): boxed sections with labels above values."""
    p = Page()
    ink = (20, 20, 20)
    acc = b.get("accent", (20, 80, 60))
    y = 13
    for i, h in enumerate(b["header"]):
        p.text(
            105,
            y,
            h,
            "lib-b" if i < 2 else "lib",
            11 if i == 0 else 9,
            acc if i == 0 else ink,
            anchor="c",
        )
        y += 5
    p.rect(15, y, 180, 10, stroke=None, fill=acc)
    p.text(105, y + 7, b["title"], "lib-b", 13, (255, 255, 255), anchor="c")
    y += 14
    for ln in b.get("ids", []):
        p.text(17, y, ln[0], "lib", 7.5, (90, 90, 90))
        p.text(17 + text_width_mm(ln[0], "lib", 7.5) + 2, y, ln[1], "courier-b", 9.5, ink)
        y += 5
    y += 2
    for sec, rows in b["sections"]:
        p.rect(15, y, 180, 6, stroke=None, fill=(225, 232, 228))
        p.text(17, y + 4.4, sec, "lib-b", 8.5, ink)
        y += 6
        for row in rows:
            x = 15
            tw = sum(c[2] for c in row)
            for label, val, w in row:
                ww = w * 180.0 / tw
                p.rect(x, y, ww, 11, stroke=(140, 140, 140), lw=0.2)
                p.text(x + 1.5, y + 3.2, label, "lib", 6.2, (80, 80, 80))
                p.text(x + 2, y + 8.8, val, "courier-b", 9.5, ink)
                x += ww
            y += 11
        y += 3
    y += 2
    y = p.wrap(15, y, 180, b["closing"], "lib", 8.5, 4.0)
    p.signature(125, y + 6, 40, 10, seed=b["title"] + b["ids"][0][1])
    p.text(145, y + 23, b.get("officer", "Registrador(a)"), "lib", 8.5, ink, anchor="c")
    p.stamp(60, y + 15, 15, b.get("seal", ["REGISTRO", "CIVIL"]), color=acc)
    return [p]


# ------------------------------------------------- Brazil certidão


def br_certidao(b):
    p = Page()
    ink = (20, 20, 20)
    grn = (0, 110, 60)
    p.guilloche(10, 10, 190, 270, color=(225, 238, 228), n=60, seed=b["matricula"], lw=0.12)
    p.rect(10, 10, 190, 277, stroke=grn, lw=0.6)
    p.text(105, 22, "REPÚBLICA FEDERATIVA DO BRASIL", "times-b", 13, grn, anchor="c")
    p.text(105, 29, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "times-b", 10, ink, anchor="c")
    p.text(105, 40, "CERTIDÃO DE NASCIMENTO", "times-b", 16, ink, anchor="c")
    rows = [
        ("NOME", b["name"]),
        ("CPF", b.get("cpf", "")),
        ("MATRÍCULA", b["matricula"]),
        ("DATA DE NASCIMENTO POR EXTENSO", b["dob_words"]),
        ("DIA / MÊS / ANO", b["dob_vis"]),
        ("HORA", b.get("time", "")),
        ("MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", b["reg_city"]),
        ("LOCAL DE NASCIMENTO", b["place"]),
        ("MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", b["birth_city"]),
        ("SEXO", b["sex_vis"]),
        ("FILIAÇÃO", b["parents"]),
        ("AVÓS", b["grandparents"]),
        ("DATA DO REGISTRO POR EXTENSO", b["reg_words"]),
        ("OBSERVAÇÕES / AVERBAÇÕES", "Nada consta."),
    ]
    y = 50
    for label, val in rows:
        p.text(16, y, label, "times-b", 7, grn)
        vals = val if isinstance(val, list) else [val]
        for i, v in enumerate(vals):
            p.text(16, y + 4.5 + i * 4.4, v, "times", 10.5, ink)
        p.line(
            15,
            y + 6 + (len(vals) - 1) * 4.4,
            195,
            y + 6 + (len(vals) - 1) * 4.4,
            (170, 200, 180),
            0.2,
        )
        y += 10 + (len(vals) - 1) * 4.4
    y += 3
    y = p.wrap(
        16, y, 178, "O conteúdo da certidão é verdadeiro. Dou fé. " + b["cartorio"], "times", 9, 4.3
    )
    p.text(16, y + 4, b["issued_line"], "times", 9.5, ink)
    p.signature(120, y + 8, 45, 10, seed=b["matricula"])
    p.text(142, y + 24, b["oficial"], "times", 8.5, ink, anchor="c")
    p.text(142, y + 28, "Oficial de Registro Civil", "times-i", 8, ink, anchor="c")
    p.rect(20, y + 10, 60, 20, stroke=(100, 100, 100), lw=0.3)
    p.text(50, y + 16, "Selo Digital", "sans-b", 7, (80, 80, 80), anchor="c")
    p.text(50, y + 21, b["selo"], "mono", 6.5, (80, 80, 80), anchor="c")
    return [p]


# ------------------------------------------------- China notarial certificate


def cn_notarial(b):
    pages = []
    for lang in ("zh", "en"):
        p = Page()
        ink = (20, 20, 20)
        p.rect(14, 14, 182, 269, stroke=(160, 40, 40), lw=0.8)
        if lang == "zh":
            p.text(105, 40, "公 证 书", "cjk", 24, ink, anchor="c")
            p.text(180, 55, b["no_zh"], "cjk", 10.5, ink, anchor="r")
            rows = [
                ("申请人：", b["name_zh"] + "，" + b["sex_zh"] + "，" + b["dob_zh"] + "出生，"),
                ("", "公民身份号码：" + b["id_no"] + "。"),
                ("公证事项：", "出生"),
                (
                    "",
                    "兹证明" + b["name_zh"] + "于" + b["dob_zh"] + "在" + b["place_zh"] + "出生。",
                ),
                (
                    "",
                    b["name_zh"] + "的父亲是" + b["father_zh"] + "，母亲是" + b["mother_zh"] + "。",
                ),
            ]
            y = 75
            for a, t in rows:
                p.text(30, y, a, "cjk", 12, ink)
                p.text(30 + (28 if a else 8), y, t, "cjk", 12, ink)
                y += 11
            p.text(150, 215, "中华人民共和国" + b["office_zh"], "cjk", 12, ink, anchor="c")
            p.text(150, 226, "公证员  " + b["notary_zh"], "cjk", 12, ink, anchor="c")
            p.text(150, 237, b["issued_zh"], "cjk", 12, ink, anchor="c")
            p.stamp(150, 222, 18, ["公证处", "★"], color=(200, 30, 30), font="cjk", size=8)
        else:
            p.text(105, 35, "NOTARIAL CERTIFICATE", "times-b", 18, ink, anchor="c")
            p.text(105, 42, "(Translation)", "times-i", 10, ink, anchor="c")
            p.text(180, 55, b["no_en"], "times", 10.5, ink, anchor="r")
            y = 75
            body = (
                "Applicant: %s, %s, born on %s, Citizen ID No.: %s.\n\n"
                "Subject: Birth\n\n"
                "This is to certify that %s was born in %s on %s. "
                "%s's father is %s and %s's mother is %s."
                % (
                    b["name_en"],
                    b["sex_en"],
                    b["dob_en"],
                    b["id_no"],
                    b["name_en"],
                    b["place_en"],
                    b["dob_en"],
                    b["name_en"],
                    b["father_en"],
                    b["name_en"],
                    b["mother_en"],
                )
            )
            y = p.wrap(30, y, 150, body, "times", 12, 6)
            p.text(120, 200, b["office_en"], "times", 11, ink)
            p.text(120, 207, "The People's Republic of China", "times", 11, ink)
            p.text(120, 214, "Notary Public: " + b["notary_en"], "times", 11, ink)
            p.text(120, 221, b["issued_en"], "times", 11, ink)
            p.signature(125, 226, 40, 9, seed=b["no_en"])
        pages.append(p)
    return pages


# ------------------------------------------------- India (municipal)


def in_mcd(b):
    p = Page()
    ink = (20, 20, 40)
    p.rect(10, 10, 190, 277, stroke=(30, 60, 120), lw=0.8)
    p.rect(12, 12, 186, 273, stroke=(30, 60, 120), lw=0.3)
    p.text(105, 24, b["gov"], "times-b", 12, ink, anchor="c")
    p.text(105, 30, b["body"], "times-b", 11, ink, anchor="c")
    p.text(105, 36, b.get("dept", "DEPARTMENT OF PUBLIC HEALTH"), "times", 9.5, ink, anchor="c")
    p.ellipse(95, 40, 20, 20, stroke=(30, 60, 120), lw=0.5)
    p.text(105, 52, "☸", "sans", 14, (30, 60, 120), anchor="c")
    p.text(105, 70, "BIRTH CERTIFICATE", "times-b", 16, ink, anchor="c")
    p.wrap(
        20,
        78,
        170,
        "(ISSUED UNDER SECTION 12/17 OF THE REGISTRATION OF BIRTHS & DEATHS ACT, "
        "1969 AND RULE 8/13 OF THE STATE REGISTRATION OF BIRTHS & DEATHS RULES)",
        "times",
        8.5,
        4,
    )
    p.wrap(
        20,
        92,
        170,
        "THIS IS TO CERTIFY THAT THE FOLLOWING INFORMATION HAS BEEN TAKEN FROM THE "
        "ORIGINAL RECORD OF BIRTH WHICH IS THE REGISTER FOR " + b["area"] + ".",
        "times",
        9.5,
        4.4,
    )
    rows = [
        ("NAME", b["name"]),
        ("SEX", b["sex_vis"]),
        ("DATE OF BIRTH", b["dob_vis"]),
        ("PLACE OF BIRTH", b["place"]),
        ("NAME OF MOTHER", b["mother"]),
        ("NAME OF FATHER", b["father"]),
        ("ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD", b["address"]),
        ("PERMANENT ADDRESS OF PARENTS", b["address"]),
        ("REGISTRATION NUMBER", b["reg_no"]),
        ("DATE OF REGISTRATION", b["reg_date"]),
        ("REMARKS (IF ANY)", ""),
        ("DATE OF ISSUE", b["issued_vis"]),
    ]
    y = 112
    for k, v in rows:
        y2 = p.wrap(20, y, 62, k, "times-b", 9, 4)
        p.text(84, y, ":", "times-b", 9, ink)
        p.text(88, y, v, "courier-b", 10, ink)
        y = max(y2, y + 4) + 4.5
    p.signature(135, y + 4, 40, 10, seed=b["reg_no"])
    p.text(155, y + 20, "SIGNATURE OF ISSUING AUTHORITY", "times-b", 8, ink, anchor="c")
    p.text(
        155, y + 24, b.get("authority", "Registrar (Births & Deaths)"), "times", 8, ink, anchor="c"
    )
    p.stamp(60, y + 14, 15, ["REGISTRAR", "BIRTHS & DEATHS"], color=(80, 40, 140))
    p.text(
        105, 278, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "times-b", 8.5, ink, anchor="c"
    )
    return [p]


# ------------------------------------------------- Philippines PSA


def ph_psa(b):
    p = Page()
    ink = (15, 15, 15)
    p.guilloche(0, 0, 210, 297, color=(226, 236, 246), n=70, seed=b["reg_no"], lw=0.12)
    p.text(14, 10, "Municipal Form No. 102", "sans", 7, ink)
    p.text(14, 13.5, "(Revised January 2007)", "sans", 6, ink)
    p.text(105, 12, "Republic of the Philippines", "times", 9.5, ink, anchor="c")
    p.text(105, 17, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "times-b", 10, ink, anchor="c")
    p.text(105, 25, "CERTIFICATE OF LIVE BIRTH", "times-b", 15, ink, anchor="c")
    p.table(
        14,
        29,
        [120, 62],
        [
            ["Province  " + b["province"], "Registry No.  " + b["reg_no"]],
            ["City/Municipality  " + b["city"], ""],
        ],
        "sans",
        8,
        6,
        header=False,
    )
    y = 43
    p.text(14, y, "C H I L D", "sans-b", 8, ink)
    rows = [
        [
            ("1. NAME  (First)", b["first"], 70),
            ("(Middle)", b["middle"], 55),
            ("(Last)", b["last"], 57),
        ],
        [
            ("2. SEX", b["sex_vis"], 30),
            ("3. DATE OF BIRTH (Day) (Month) (Year)", b["dob_vis"], 72),
            ("4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution)", b["hospital"], 80),
        ],
        [("(City/Municipality)", b["city"], 91), ("(Province)", b["province"], 91)],
        [
            ("5a. TYPE OF BIRTH", "SINGLE", 45),
            ("5b. IF MULTIPLE BIRTH", "", 45),
            ("5c. BIRTH ORDER", "FIRST", 46),
            ("5d. WEIGHT AT BIRTH", "3100 grams", 46),
        ],
    ]
    y += 2
    for row in rows:
        x = 14
        for lab, val, w in row:
            p.rect(x, y, w, 12, stroke=ink, lw=0.2)
            p.text(x + 1, y + 3, lab, "sans", 5.5, ink)
            p.text(x + 2, y + 9.5, val, "courier-b", 9.5, ink)
            x += w
        y += 12
    y += 3
    p.text(14, y, "M O T H E R", "sans-b", 8, ink)
    y += 2
    for row in [
        [
            ("6. MAIDEN NAME (First) (Middle) (Last)", b["mother"], 122),
            ("7. CITIZENSHIP", "FILIPINO", 60),
        ]
    ]:
        x = 14
        for lab, val, w in row:
            p.rect(x, y, w, 12, stroke=ink, lw=0.2)
            p.text(x + 1, y + 3, lab, "sans", 5.5, ink)
            p.text(x + 2, y + 9.5, val, "courier-b", 9.5, ink)
            x += w
        y += 12
    y += 3
    p.text(14, y, "F A T H E R", "sans-b", 8, ink)
    y += 2
    for row in [
        [
            ("13. NAME (First) (Middle) (Last)", b["father"], 122),
            ("14. CITIZENSHIP", "FILIPINO", 60),
        ]
    ]:
        x = 14
        for lab, val, w in row:
            p.rect(x, y, w, 12, stroke=ink, lw=0.2)
            p.text(x + 1, y + 3, lab, "sans", 5.5, ink)
            p.text(x + 2, y + 9.5, val, "courier-b", 9.5, ink)
            x += w
        y += 12
    y += 4
    p.table(
        14,
        y,
        [91, 91],
        [
            ["18. CERTIFICATION OF ATTENDANT AT BIRTH", "19b. INFORMANT"],
            ["Signature: ______   Name: " + b["attendant"], "Relationship: MOTHER"],
            ["Date: " + b["dob_vis"], "Address: " + b["city"]],
        ],
        "sans",
        6.5,
        7,
    )
    y += 26
    p.table(
        14,
        y,
        [91, 91],
        [
            ["21. RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR", "REMARKS/ANNOTATIONS"],
            ["Date: " + b["reg_date"], ""],
        ],
        "sans",
        6.5,
        7,
    )
    y += 20
    p.rect(14, y, 182, 28, stroke=(20, 60, 140), lw=0.4)
    p.text(105, y + 6, "PHILIPPINE STATISTICS AUTHORITY", "sans-b", 9, (20, 60, 140), anchor="c")
    p.wrap(
        18,
        y + 12,
        174,
        "This is to certify that this is a true copy of the Certificate of Live Birth "
        "on file in the Civil Registry. Issued on "
        + b["issued_vis"]
        + " upon request of the owner.",
        "sans",
        7.5,
        3.6,
    )
    p.signature(135, y + 17, 35, 8, seed=b["reg_no"])
    p.text(152, y + 27, b["registrar"], "sans", 6.5, ink, anchor="c")
    p.text(180, 290, "SECPA No. " + b["secpa"], "sans-b", 8, (180, 30, 30), anchor="r")
    return [p]


# ------------------------------------------------- Ukraine


def ua_cert(b):
    p = Page(148, 210, bg=(233, 240, 226))
    ink = (20, 30, 30)
    p.guilloche(0, 0, 148, 210, color=(205, 222, 200), n=50, seed=b["series"], lw=0.12)
    p.text(74, 16, "УКРАЇНА", "serif-b", 13, ink, anchor="c")
    p.text(74, 27, "СВІДОЦТВО", "serif-b", 16, ink, anchor="c")
    p.text(74, 34, "ПРО НАРОДЖЕННЯ", "serif-b", 12, ink, anchor="c")
    rows = [
        ("Прізвище", b["sur_ua"]),
        ("Ім'я", b["giv_ua"]),
        ("По батькові", b["patr_ua"]),
        ("Дата народження", b["dob_ua"]),
        ("Місце народження", b["place_ua"]),
    ]
    y = 50
    for k, v in rows:
        p.text(12, y, v, "courier-b", 11, ink)
        p.line(12, y + 1.5, 136, y + 1.5, ink, 0.2)
        p.text(74, y + 4.5, "(" + k.lower() + ")", "serif-i", 6.5, ink, anchor="c")
        y += 12
    p.text(
        12,
        y,
        "про що " + b["reg_date_ua"] + " складено відповідний актовий запис № " + b["act_no"],
        "serif",
        7.5,
        ink,
    )
    y += 10
    p.text(12, y, "Батьки:", "serif-b", 8, ink)
    p.text(12, y + 8, "батько  " + b["father_ua"], "courier-b", 9, ink)
    p.text(12, y + 16, "мати  " + b["mother_ua"], "courier-b", 9, ink)
    y += 28
    p.text(12, y, "Місце державної реєстрації: " + b["office_ua"], "serif", 7.5, ink)
    p.text(12, y + 8, "Дата видачі: " + b["issued_ua"], "serif", 8, ink)
    p.stamp(40, y + 26, 13, ["ДРАЦС", "УКРАЇНА"], color=(40, 60, 160))
    p.signature(85, y + 18, 35, 8, seed=b["series"])
    p.text(12, 200, "Серія " + b["series"], "serif-b", 11, (160, 20, 20))
    return [p]


# ------------------------------------------------- Turkey: ICCS multilingual extract


def tr_formula(b):
    p = Page()
    ink = (15, 15, 15)
    p.text(105, 14, "TÜRKİYE CUMHURİYETİ", "sans-b", 11, ink, anchor="c")
    p.text(
        105,
        20,
        "İÇİŞLERİ BAKANLIĞI - Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
        "sans",
        8,
        ink,
        anchor="c",
    )
    p.text(105, 30, "DOĞUM KAYDI ÖRNEĞİ (FORMÜL A)", "sans-b", 12, ink, anchor="c")
    p.text(
        105,
        36,
        "EXTRAIT D'ACTE DE NAISSANCE / EXTRACT FROM THE REGISTER OF BIRTHS",
        "sans",
        8,
        ink,
        anchor="c",
    )
    p.text(
        105,
        40.5,
        "(CIEC Sözleşmesi No. 16 - Convention CIEC n° 16 du 8 septembre 1976)",
        "sans",
        6.5,
        ink,
        anchor="c",
    )
    rows = [
        ("1", "Devlet / État / State", "TÜRKİYE"),
        ("2", "Kayıt yeri / Lieu d'enregistrement", b["reg_place"]),
        ("3", "Doğum tarihi / Date de naissance", b["dob_vis"]),
        ("4", "Doğum yeri / Lieu de naissance", b["place"]),
        ("5", "Cinsiyeti / Sexe", b["sex_code"]),
        ("6", "Soyadı / Nom", b["surname"]),
        ("7", "Adı / Prénoms", b["given"]),
        ("8", "Babanın soyadı ve adı / Nom et prénoms du père", b["father"]),
        ("9", "Annenin soyadı ve adı / Nom et prénoms de la mère", b["mother"]),
        ("10", "Düzenleme tarihi / Date de délivrance", b["issued_vis"]),
    ]
    y = 50
    for n, k, v in rows:
        p.rect(15, y, 10, 10, stroke=ink, lw=0.2)
        p.rect(25, y, 80, 10, stroke=ink, lw=0.2)
        p.rect(105, y, 90, 10, stroke=ink, lw=0.2)
        p.text(20, y + 6.5, n, "sans-b", 8, ink, anchor="c")
        p.text(27, y + 6.5, k, "sans", 7, ink)
        p.text(107, y + 6.8, v, "mono-b", 9.5, ink)
        y += 10
    y += 8
    p.wrap(
        15,
        y,
        180,
        "Codes: Sexe: M = masculin, F = féminin. Cet extrait est délivré conformément à "
        "la Convention CIEC n° 16 et est dispensé de toute traduction.",
        "sans",
        7.5,
        3.8,
    )
    p.signature(130, y + 16, 40, 10, seed=b["surname"] + "tr")
    p.text(150, y + 34, "Nüfus Müdürü / L'officier de l'état civil", "sans", 7, ink, anchor="c")
    p.stamp(60, y + 26, 14, ["NÜFUS", "MÜDÜRLÜĞÜ"], color=(180, 30, 30))
    return [p]


# ------------------------------------------------- apostille

APO_LABELS = {
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
    ],
    "fr": [
        "Pays :",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau / timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau / timbre :",
        "Signature :",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello / timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello / timbre:",
        "Firma:",
    ],
    "pt": [
        "País:",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo / carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo / carimbo:",
        "Assinatura:",
    ],
    "enfr": [
        "Country / Pays :",
        "This public document / Le présent acte public",
        "has been signed by / a été signé par",
        "acting in the capacity of / agissant en qualité de",
        "bears the seal/stamp of / est revêtu du sceau/timbre de",
        "Certified / Attesté",
        "at / à",
        "the / le",
        "by / par",
        "No / sous n°",
        "Seal/stamp / Sceau/timbre :",
        "Signature :",
    ],
}


def apostille(a, page=None, x=None, y=None, w=120):
    """Hague 1961 model certificate. Drawn on page (stamp on the back of a
    document) or on a new A4 page. a: dict(lang, country, signer, capacity,
    seal_of, place, date_vis, by, number, title)."""
    own = page is None
    if own:
        page = Page()
        x, y = 45, 30
        w = 120
    L = APO_LABELS[a.get("lang", "en")]
    ink = a.get("ink", (20, 20, 80))
    h = 120
    page.rect(x, y, w, h, stroke=ink, lw=0.6, fill=a.get("fill"))
    page.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4, stroke=ink, lw=0.2)
    page.text(x + w / 2, y + 10, a.get("title", "APOSTILLE"), "times-b", 16, ink, anchor="c")
    page.text(
        x + w / 2,
        y + 16,
        a.get("subtitle", "(Convention de La Haye du 5 octobre 1961)"),
        "times-i",
        8.5,
        ink,
        anchor="c",
    )
    vf = a.get("vfont", "courier-b")
    yy = y + 26

    def item(n, lab, val, xx=x + 5, sz=8.5):
        page.text(xx, yy, "%s. %s" % (n, lab) if n else lab, "times", sz, ink)
        if val:
            page.text(
                xx + text_width_mm(("%s. %s" % (n, lab) if n else lab), "times", sz) + 2,
                yy,
                val,
                vf,
                9,
                (10, 10, 10),
            )

    item(1, L[0], a["country"])
    yy += 7
    item("", L[1], "", x + w / 2 - text_width_mm(L[1], "times", 8.5) / 2)
    yy += 7
    item(2, L[2], a["signer"])
    yy += 7
    item(3, L[3], a["capacity"])
    yy += 7
    item(4, L[4], "")
    yy += 5
    page.text(x + 12, yy, a["seal_of"], vf, 9, (10, 10, 10))
    yy += 8
    item("", L[5], "", x + w / 2 - text_width_mm(L[5], "times", 9) / 2, 9)
    yy += 7
    item(5, L[6], a["place"])
    page.text(x + w / 2 + 5, yy, "6. " + L[7], "times", 8.5, ink)
    page.text(x + w / 2 + 7 + text_width_mm("6. " + L[7], "times", 8.5), yy, a["date_vis"], vf, 9)
    yy += 7
    item(7, L[8], a["by"])
    yy += 7
    item(8, L[9], a["number"])
    yy += 9
    page.text(x + 5, yy, "9. " + L[10], "times", 8.5, ink)
    page.text(x + w / 2 + 5, yy, "10. " + L[11], "times", 8.5, ink)
    page.stamp(
        x + 28, yy + 14, 11, a.get("seal_txt", ["SEAL"]), color=a.get("seal_col", (150, 30, 40))
    )
    page.signature(x + w / 2 + 10, yy + 5, 35, 9, seed=a["number"])
    return page


# ------------------------------------------------- sworn translation


def translation(t):
    """Traduction certifiée conforme (French sworn translation), 1-2 pages."""
    p = Page()
    ink = (15, 15, 15)
    p.text(20, 18, t["translator"], "times-b", 11, ink)
    for i, ln in enumerate(t["translator_lines"]):
        p.text(20, 23 + i * 4.4, ln, "times", 8.5, ink)
    p.text(190, 18, "Traduction n° " + t["number"], "times", 9, ink, anchor="r")
    p.text(105, 52, "TRADUCTION CERTIFIÉE CONFORME", "times-b", 13, ink, anchor="c")
    p.text(
        105, 58, "Traduit de l'%s vers le français" % t["from_lang"], "times-i", 10, ink, anchor="c"
    )
    y = 70
    for ln in t["body"]:
        if ln.startswith("#"):
            p.text(105, y, ln[1:], "times-b", 11, ink, anchor="c")
            y += 7
        elif ln == "":
            y += 3
        else:
            y = p.wrap(22, y, 166, ln, "times", 10.5, 5)
    y += 8
    y = p.wrap(
        22,
        y,
        166,
        "Je soussigné(e), %s, traducteur-interprète expert près la %s, certifie que "
        "la présente traduction est conforme à l'original rédigé en langue %s, qui m'a été "
        "présenté et que j'ai visé ne varietur sous le n° %s."
        % (t["translator"], t["court"], t["from_lang_name"], t["number"]),
        "times-i",
        10,
        4.8,
    )
    p.text(120, y + 8, "Fait à %s, le %s" % (t["city"], t["date_vis"]), "times", 10.5, ink)
    p.stamp(70, y + 28, 17, ["TRADUCTEUR", "EXPERT", t["court_short"]], color=(40, 60, 140))
    p.signature(125, y + 14, 40, 10, seed=t["number"])
    return [p]
