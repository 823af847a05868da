"""Birth certificates of many countries, Hague apostilles and sworn translations."""

from core import Page, width_mm

UNITS = [
    "",
    "un",
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
]
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
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


def fr_words(n):
    if n < 20:
        return UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        if t in (7, 9):
            base = "soixante" if t == 7 else "quatre-vingt"
            return base + ("-et-" if n == 71 else "-") + UNITS[10 + u]
        if t == 8:
            return "quatre-vingt" + ("s" if u == 0 else "-" + UNITS[u])
        return TENS[t] + ("" if u == 0 else ("-et-un" if u == 1 else "-" + UNITS[u]))
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else UNITS[h] + " cent"
        return head + ("" if r == 0 else " " + fr_words(r))
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else fr_words(th) + " mille"
    return head + ("" if r == 0 else " " + fr_words(r))


def fr_date_words(d):
    day = "premier" if d.day == 1 else fr_words(d.day)
    return f"{day} {MOIS[d.month - 1]} {fr_words(d.year)}"


def fr_date(d):
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


ES_MONTHS = [
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
PT_MONTHS = [
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
UK_MONTHS = [
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
EN_MONTHS = [
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


def _header(p, lines, font, y=16, size=11):
    for i, ln in enumerate(lines):
        p.text(
            p.w / 2, y + i * size * 0.5, ln, font if i else font + "-b", size - i * 1.2, anchor="c"
        )
    return y + len(lines) * size * 0.5 + 6


def _rows(p, x, y, rows, lf, vf, lsize, vsize, style, w=170, rng=None):
    """Label/value rows. style: beside, above, cells."""
    for lab, val in rows:
        if style == "beside":
            p.text(x, y, lab, lf, lsize, (50, 50, 50))
            p.text(x + 70, y, val, vf, vsize)
            p.line(x + 69, y + 1.2, x + w, y + 1.2, (150, 150, 150), 0.15, (0.6, 0.8))
            y += vsize * 0.55 + 2.5
        elif style == "above":
            p.text(x, y, lab, lf, lsize, (70, 70, 70))
            p.text(x + 2, y + vsize * 0.5 + 1.5, val, vf, vsize)
            y += vsize * 0.5 + lsize * 0.45 + 4
        else:
            h = vsize * 0.5 + lsize * 0.4 + 4
            p.rect(x, y, w, h, (60, 60, 60), None, 0.25)
            p.text(x + 1.5, y + lsize * 0.4 + 1, lab, lf, lsize, (60, 60, 60))
            p.text(x + 3, y + h - 1.6, val, vf, vsize)
            y += h
    return y


# ------------------------------------------------------------------ per-country layouts


def bc_maghreb(b, rng):
    """Morocco, Tunisia, Algeria: bilingual Arabic/French extract."""
    p = Page(210, 297)
    ar = {
        "MAR": ("المملكة المغربية", "ROYAUME DU MAROC", "مستخرج من رسم الولادة"),
        "TUN": ("الجمهورية التونسية", "RÉPUBLIQUE TUNISIENNE", "مضمون ولادة"),
        "DZA": (
            "الجمهورية الجزائرية الديمقراطية الشعبية",
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            "مستخرج من عقد الميلاد",
        ),
    }
    a1, f1, a2 = ar[b["country"]]
    hs = 9
    while width_mm(f1, "times-b", hs) > 78:
        hs -= 0.5
    p.text(45, 16, f1, "times-b", hs, anchor="c")
    p.text(170, 16, a1, "arab-b", 11, anchor="c")
    p.text(40, 22, b.get("region", ""), "times", 8, anchor="c")
    p.text(40, 27, "Commune de " + b["place"], "times", 8, anchor="c")
    p.text(40, 32, "Bureau de l'état civil", "times", 8, anchor="c")
    p.text(105, 46, "EXTRAIT D'ACTE DE NAISSANCE", "times-b", 14, anchor="c")
    p.text(105, 54, a2, "arab-b", 13, anchor="c")
    p.text(20, 66, f"Acte n° {b['reg']}   Année {b['reg_date'].year}", "times", 10)
    rows = [
        ("Nom / النسب", b["surname"].upper()),
        ("Prénom(s) / الاسم", b["given"]),
        ("Sexe / الجنس", {"F": "Féminin", "M": "Masculin"}[b["sex"]]),
        ("Né(e) le / تاريخ الازدياد", fr_date_words(b["dob"])),
        ("", f"({b['dob'].strftime('%d/%m/%Y')})"),
        ("À / مكان الازدياد", b["place"]),
        ("Fils/Fille de / ابن(ة)", b["father"]),
        ("Et de / و", b["mother"]),
        ("Mentions marginales", b.get("mentions", "Néant")),
    ]
    y = 80
    for lab, val in rows:
        if lab:
            fr, _, arl = lab.partition(" / ")
            p.text(20, y, fr + " :", "times", 10, (40, 40, 40))
            if arl:
                p.text(190, y, arl, "arab", 11, (40, 40, 40), "r")
        size = 11
        while width_mm(val, "courier", size) > 88 and size > 7:
            size -= 0.5
        p.text(75, y, val, "courier", size)
        y += 10
    p.para(
        20,
        y + 8,
        170,
        "Extrait certifié conforme aux indications portées sur le registre.",
        "times",
        10,
    )
    p.text(110, y + 24, f"Fait à {b['place']}, le {b['issued'].strftime('%d/%m/%Y')}", "times", 10)
    p.text(120, y + 31, "L'officier de l'état civil", "times", 10)
    p.signature(115, y + 34, 45, 18, "Officier Civil", rng)
    p.stamp(70, y + 44, 15, [f1[:24], "ÉTAT CIVIL", b["place"].upper()[:14]], rng)
    return [p], "fr"


def bc_francophone(b, rng):
    """Senegal, Côte d'Ivoire, Cameroon, Mali, DR Congo, Haiti: narrative extract."""
    heads = {
        "SEN": ("RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi"),
        "CIV": ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union - Discipline - Travail"),
        "CMR": ("RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie"),
        "MLI": ("RÉPUBLIQUE DU MALI", "Un Peuple - Un But - Une Foi"),
        "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Justice - Paix - Travail"),
        "HTI": ("RÉPUBLIQUE D'HAÏTI", "Liberté - Égalité - Fraternité"),
    }
    h1, h2 = heads[b["country"]]
    p = Page(210, 297, bg=(250, 250, 244))
    font = rng.choice(["times", "book", "libs"])
    p.text(105, 16, h1, font + "-b" if font != "book" else "times-b", 12, anchor="c")
    p.text(105, 22, h2, font, 9, anchor="c")
    p.text(20, 34, f"Centre d'état civil de {b['place']}", font, 10)
    p.text(20, 40, f"Registre des naissances — Année {b['reg_date'].year}", font, 10)
    p.text(190, 34, f"N° {b['reg']}", font, 10, anchor="r")
    title = rng.choice(
        [
            "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
            "ACTE DE NAISSANCE",
            "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        ]
    )
    p.text(105, 56, title, "helv-b", 12, anchor="c")
    sx = {"F": "est née", "M": "est né"}[b["sex"]]
    txt = (
        f"Le {fr_date_words(b['dob'])}, à {b['hour']} heures, {sx} à {b['place']} "
        f"({b['country_fr']}), {b['given']} {b['surname'].upper()}, de sexe "
        f"{ {'F': 'féminin', 'M': 'masculin'}[b['sex']] }, enfant de {b['father']}, "
        f"et de {b['mother']}.\n"
        f"Dressé le {fr_date(b['reg_date'])} sur la déclaration du père, qui lecture faite "
        "a signé avec Nous, Officier de l'état civil."
    )
    y = p.para(22, 72, 166, txt, "courier", 10.5, 6)
    p.text(22, y + 8, "Date de naissance : " + b["dob"].strftime("%d/%m/%Y"), "courier", 10.5)
    p.text(22, y + 22, "Pour extrait certifié conforme", font, 10)
    p.text(110, y + 36, f"{b['place']}, le {b['issued'].strftime('%d/%m/%Y')}", font, 10)
    p.text(110, y + 42, "L'Officier de l'état civil", font, 10)
    p.signature(110, y + 45, 45, 20, "Officier Etat", rng)
    p.stamp(75, y + 58, 16, [h1[:26], "ÉTAT CIVIL", b["place"].upper()[:12]], rng)
    return [p], "fr"


def bc_latam(b, rng):
    """Brazil, Colombia, Mexico, Peru: registry forms in Spanish/Portuguese."""
    c = b["country"]
    if c == "BRA":
        heads = [
            "REPÚBLICA FEDERATIVA DO BRASIL",
            "REGISTRO CIVIL DAS PESSOAS NATURAIS",
            "CERTIDÃO DE NASCIMENTO",
        ]
        rows = [
            ("NOME", f"{b['given']} {b['surname']}".upper()),
            ("MATRÍCULA", b["reg"]),
            (
                "DATA DE NASCIMENTO POR EXTENSO",
                f"{b['dob'].day} de {PT_MONTHS[b['dob'].month - 1]} de {b['dob'].year}",
            ),
            ("DIA / MÊS / ANO", b["dob"].strftime("%d/%m/%Y")),
            ("HORA", f"{b['hour']}:00"),
            ("MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", b["place"].upper()),
            ("SEXO", {"F": "FEMININO", "M": "MASCULINO"}[b["sex"]]),
            ("FILIAÇÃO", f"{b['father']}\n{b['mother']}".upper()),
            ("DATA DO REGISTRO", b["reg_date"].strftime("%d/%m/%Y")),
        ]
        lang, font = "pt", "helv"
    else:
        names = {
            "COL": [
                "REPÚBLICA DE COLOMBIA",
                "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
                "REGISTRO CIVIL DE NACIMIENTO",
            ],
            "MEX": ["ESTADOS UNIDOS MEXICANOS", "REGISTRO CIVIL", "ACTA DE NACIMIENTO"],
            "PER": [
                "REPÚBLICA DEL PERÚ",
                "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL — RENIEC",
                "ACTA DE NACIMIENTO",
            ],
        }
        heads = names[c]
        s1, _, s2 = b["surname"].partition(" ")
        rows = [
            ("Indicativo serial" if c == "COL" else "Número de acta", b["reg"]),
            ("Primer apellido", s1.upper()),
            ("Segundo apellido", s2.upper()),
            ("Nombre(s)", b["given"].upper()),
            (
                "Fecha de nacimiento",
                f"{b['dob'].day} de {ES_MONTHS[b['dob'].month - 1]} de {b['dob'].year}",
            ),
            ("Sexo", {"F": "FEMENINO", "M": "MASCULINO"}[b["sex"]]),
            ("Lugar de nacimiento", b["place"].upper()),
            ("Datos del padre", b["father"].upper()),
            ("Datos de la madre", b["mother"].upper()),
            ("Fecha de registro", b["reg_date"].strftime("%d/%m/%Y")),
        ]
        if c == "MEX":
            rows.insert(1, ("CURP", b.get("curp", "")))
        lang, font = "es", rng.choice(["helv", "lib", "robc"])
    p = Page(216, 279 if c != "BRA" else 297, bg=(250, 252, 246))
    y = _header(p, heads, "helv", 16, 12)
    style = rng.choice(["cells", "above", "beside"])
    fb = font + "-b" if font + "-b" != "robc-b" or True else "sans-b"
    y = _rows(p, 20, y + 4, rows, font, fb, 6.5, 10, style, 176)
    p.text(
        20,
        y + 12,
        f"Expedida el {b['issued'].strftime('%d/%m/%Y')}"
        if lang == "es"
        else f"Emitida em {b['issued'].strftime('%d/%m/%Y')}",
        font,
        9,
    )
    p.signature(110, y + 14, 60, 20, "Registrador Civil", rng)
    p.text(
        140,
        y + 38,
        "Oficial del Registro" if lang == "es" else "Oficial de Registro",
        font,
        8,
        anchor="c",
    )
    return [p], lang


def bc_other(b, rng):
    """India, Philippines, Ukraine, Turkey (Formül A), China, Italy, Vietnam."""
    c = b["country"]
    p = Page(210, 297)
    sx_en = {"F": "FEMALE", "M": "MALE"}[b["sex"]]
    d = b["dob"]
    font = "lib"
    if c == "IND":
        heads = [
            f"GOVERNMENT OF {b['state'].upper()}",
            "DEPARTMENT OF ECONOMICS & STATISTICS",
            "BIRTH CERTIFICATE",
        ]
        note = (
            "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969 "
            "and Rule 8/13 of the State Registration of Births & Deaths Rules)"
        )
        rows = [
            ("NAME", f"{b['given']} {b['surname']}".upper()),
            ("SEX", sx_en),
            ("DATE OF BIRTH", d.strftime("%d-%m-%Y")),
            ("PLACE OF BIRTH", b["place"].upper()),
            ("NAME OF MOTHER", b["mother"].upper()),
            ("NAME OF FATHER", b["father"].upper()),
            ("REGISTRATION NUMBER", b["reg"]),
            ("DATE OF REGISTRATION", b["reg_date"].strftime("%d-%m-%Y")),
            ("DATE OF ISSUE", b["issued"].strftime("%d-%m-%Y")),
        ]
        lang = "en"
    elif c == "PHL":
        heads = [
            "Republic of the Philippines",
            "PHILIPPINE STATISTICS AUTHORITY",
            "CERTIFICATE OF LIVE BIRTH",
        ]
        note = "Municipal Form No. 102 (Revised January 2007)"
        rows = [
            ("1. NAME (First)", b["given"].upper()),
            ("(Middle)", b.get("middle", "").upper()),
            ("(Last)", b["surname"].upper()),
            ("2. SEX", sx_en),
            ("3. DATE OF BIRTH", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"),
            ("4. PLACE OF BIRTH", b["place"]),
            ("MAIDEN NAME OF MOTHER", b["mother"]),
            ("NAME OF FATHER", b["father"]),
            ("REGISTRY NO.", b["reg"]),
            ("DATE OF REGISTRATION", b["reg_date"].strftime("%B %d, %Y")),
        ]
        lang = "en"
    elif c == "UKR":
        heads = ["УКРАЇНА", "СВІДОЦТВО ПРО НАРОДЖЕННЯ"]
        note = f"Серія І-БК № {b['reg']}"
        rows = [
            ("Прізвище", b["surname_native"]),
            ("Ім'я", b["given_native"]),
            ("По батькові", b.get("patronymic", "")),
            ("Дата народження", f"{d.day} {UK_MONTHS[d.month - 1]} {d.year} року"),
            ("", d.strftime("%d.%m.%Y")),
            ("Місце народження", b["place_native"]),
            ("Батько", b["father"]),
            ("Мати", b["mother"]),
            ("Дата видачі", b["issued"].strftime("%d.%m.%Y")),
        ]
        lang, font = "uk", "sans"
    elif c == "TUR":
        heads = [
            "T.C. İÇİŞLERİ BAKANLIĞI",
            "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
            "DOĞUM KAYDINA İLİŞKİN ÇOK DİLLİ ÖRNEK (FORMÜL A)",
        ]
        note = "Extrait plurilingue d'acte de naissance / Multilingual extract of birth record"
        rows = [
            ("1 Soyadı / Nom / Surname", b["surname"].upper()),
            ("2 Adı / Prénoms / Forenames", b["given"].upper()),
            ("3 Cinsiyeti / Sexe / Sex", {"F": "K / F", "M": "E / M"}[b["sex"]]),
            ("4 Doğum tarihi / Date de naissance", d.strftime("%d.%m.%Y")),
            ("5 Doğum yeri / Lieu de naissance", b["place"].upper()),
            ("6 Baba / Père / Father", b["father"].upper()),
            ("7 Anne / Mère / Mother", b["mother"].upper()),
            ("Düzenlenme tarihi / Date de délivrance", b["issued"].strftime("%d.%m.%Y")),
        ]
        lang = "tr"
    elif c == "ITA":
        heads = [
            "REPUBBLICA ITALIANA",
            f"COMUNE DI {b['place'].upper()}",
            "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA",
        ]
        note = f"Atto n. {b['reg']} Parte I Serie A — Anno {b['reg_date'].year}"
        rows = [
            ("Cognome", b["surname"].upper()),
            ("Nome", b["given"].upper()),
            ("Sesso", {"F": "F", "M": "M"}[b["sex"]]),
            ("Data di nascita", d.strftime("%d/%m/%Y")),
            ("Luogo di nascita", b["place"].upper()),
            ("Paternità", b["father"]),
            ("Maternità", b["mother"]),
            ("Annotazioni", "nessuna"),
        ]
        lang = "it"
    elif c == "VNM":
        heads = [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "GIẤY KHAI SINH (BẢN SAO)",
        ]
        note = f"Số: {b['reg']}"
        rows = [
            ("Họ, chữ đệm, tên", f"{b['surname']} {b['given']}".upper()),
            ("Ngày, tháng, năm sinh", d.strftime("%d/%m/%Y")),
            ("Giới tính", {"F": "Nữ", "M": "Nam"}[b["sex"]]),
            ("Nơi sinh", b["place"]),
            ("Họ, chữ đệm, tên người mẹ", b["mother"]),
            ("Họ, chữ đệm, tên người cha", b["father"]),
            ("Ngày cấp", b["issued"].strftime("%d/%m/%Y")),
        ]
        lang, font = "vi", "sans"
    else:  # CHN notarial certificate, Chinese with English
        heads = ["公 证 书", "NOTARIAL CERTIFICATE"]
        note = f"({b['reg_date'].year})京中信内民证字第{b['reg']}号"
        rows = [
            (
                "申请人 Applicant",
                f"{b['surname_native']}{b['given_native']} "
                f"({b['surname'].upper()} {b['given'].upper()})",
            ),
            ("性别 Sex", {"F": "女 Female", "M": "男 Male"}[b["sex"]]),
            ("出生日期 Date of birth", f"{d.year}年{d.month}月{d.day}日 ({d:%d/%m/%Y})"),
            ("出生地点 Place of birth", b["place_native"] + " " + b["place"]),
            ("父亲 Father", b["father"]),
            ("母亲 Mother", b["mother"]),
        ]
        lang, font = "zh", "cjk"
    y = _header(p, heads, "sans" if font in ("sans", "cjk") else "helv", 18, 12)
    p.para(20, y, 170, note, font if font != "cjk" else "cjk", 8)
    style = rng.choice(["beside", "cells", "above"])
    vf = "sans-b" if font in ("sans",) else ("cjk" if font == "cjk" else "lib-b")
    y = _rows(p, 20, y + 10, rows, font, vf, 7.5, 10.5, style, 170)
    if c == "CHN":
        y = p.para(
            20,
            y + 8,
            170,
            "兹证明申请人于上述日期出生。 This is to certify that the "
            "applicant was born on the above date.",
            "cjk",
            9,
        )
        p.text(
            120, y + 16, f"{b['issued'].year}年{b['issued'].month}月{b['issued'].day}日", "cjk", 10
        )
        p.stamp(150, y + 26, 15, ["北京市中信公证处", "公证"], rng, (190, 30, 30))
    else:
        p.signature(120, y + 12, 55, 18, "Registrar Office", rng)
        p.stamp(70, y + 25, 15, [heads[0][:22], "REGISTRAR", "SEAL"], rng)
    return [p], lang
