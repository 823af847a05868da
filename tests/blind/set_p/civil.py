"""Birth certificates of many countries."""

from __future__ import annotations

import data as D
from render import Page

INK = (20, 20, 60)


def _stamp(p: Page, x, y, text, color=(70, 60, 150), r=38):
    p.ellipse(x - r, y - r, 2 * r, 2 * r, color, None, 1.4)
    p.ellipse(x - r + 5, y - r + 5, 2 * r - 10, 2 * r - 10, color, None, 0.8)
    p.text(x, y + 3, text, "sans-b", 6.5, color, "c")


def _sig(p: Page, x, y, rng, color=(30, 30, 90), w=80):
    pts = []
    for i in range(28):
        t = i / 27
        pts.append((x + w * t + rng.uniform(-3, 3), y + 8 * ((i * 7) % 5 - 2) / 2 * rng.random()))
    p.poly(pts, color, 1.1)


def _fields(person, country, lang, place=None, surname=None, given=None):
    return {
        "surname": surname or person["surname"].upper(),
        "given_names": given or person["given"],
        "date_of_birth": person["dob"].isoformat(),
        "place_of_birth": place or person["birthplace"],
        "issuing_country": country,
        "language": lang,
        "has_apostille": False,
    }


def usa(rng, person, issued):
    p = Page(612, 792, bg=(236, 242, 236))
    state = person["birthplace"].split(", ")[-1].upper()
    for i in range(0, 612, 14):
        p.line(i, 0, i + 40, 792, (214, 226, 214), 0.4)
    p.rect(22, 22, 568, 748, (40, 90, 60), None, 3)
    p.text(306, 62, f"STATE OF {state}", "times-b", 16, (20, 60, 40), "c")
    p.text(306, 84, "CERTIFICATE OF LIVE BIRTH", "times-b", 20, (20, 60, 40), "c")
    p.text(306, 102, "CERTIFIED COPY - CENTER FOR HEALTH STATISTICS", "sans", 8, align="c")
    sfn = f"{person['dob'].year}-{rng.randint(100000, 999999)}"
    p.text(560, 125, f"STATE FILE NUMBER {sfn}", "mono", 8, align="r")
    g = person["given"].split()
    cells = [
        ("1a. CHILD'S NAME - FIRST", g[0].upper(), 40, 140, 180),
        ("1b. MIDDLE", " ".join(g[1:]).upper(), 220, 140, 150),
        ("1c. LAST", person["surname"].upper(), 370, 140, 200),
        ("2. SEX", "FEMALE" if person["sex"] == "F" else "MALE", 40, 180, 100),
        ("3. DATE OF BIRTH", D.en_words(person["dob"]).upper(), 140, 180, 200),
        ("4. TIME", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", 340, 180, 80),
        ("5. PLACE OF BIRTH - CITY", person["birthplace"].split(",")[0].upper(), 40, 220, 250),
        ("6. COUNTY", rng.choice(["MULTNOMAH", "SUFFOLK", "KING", "COOK"]), 290, 220, 280),
        ("7. MOTHER'S MAIDEN NAME", person["mother"].upper(), 40, 260, 300),
        ("8. MOTHER'S BIRTHPLACE", rng.choice(["OREGON", "TEXAS", "OHIO"]), 340, 260, 230),
        ("9. FATHER'S NAME", person["father"].upper(), 40, 300, 300),
        (
            "10. FATHER'S BIRTHPLACE",
            rng.choice(["CALIFORNIA", "IRELAND", "NEW YORK"]),
            340,
            300,
            230,
        ),
        ("11. DATE FILED", D.fr(D.add_months(person["dob"], 0)).replace("/", "-"), 40, 340, 200),
    ]
    for lbl, v, x, y, w in cells:
        p.rect(x, y, w, 40, (60, 60, 60), None, 0.5)
        p.text(x + 4, y + 10, lbl, "sans", 6.2, (50, 50, 50))
        p.text(x + 6, y + 30, v, "courier", 11)
    y = 420
    y = p.para(
        40,
        y,
        "This is a true and exact reproduction of the document officially "
        "registered and placed on file in the Vital Records office.",
        520,
        "times",
        10,
    )
    p.text(40, y + 20, "DATE ISSUED: " + issued.strftime("%m/%d/%Y"), "courier", 10)
    p.text(360, y + 60, "STATE REGISTRAR", "sans-b", 8)
    _sig(p, 360, y + 40, rng)
    p.ellipse(100, y + 50, 90, 90, (160, 130, 40), (214, 196, 120), 1)
    p.text(145, y + 99, "SEAL", "times-b", 10, (120, 90, 20), "c")
    return [p], _fields(person, "USA", "en")


def uk(rng, person, issued):
    p = Page(842, 595, bg=(250, 232, 232))
    p.rect(18, 18, 806, 559, (170, 60, 70), None, 1.5)
    p.text(421, 48, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "times-b", 16, (150, 30, 50), "c")
    p.text(421, 66, "GIVEN AT THE GENERAL REGISTER OFFICE", "times", 9, (150, 30, 50), "c")
    p.text(40, 92, f"Registration District  {person['birthplace']}", "times", 10)
    p.text(
        40,
        110,
        f"{person['dob'].year}  BIRTH in the Sub-district of {person['birthplace']} Central",
        "times",
        10,
    )
    cols = [
        ("1 When and where born", 110),
        ("2 Name, if any", 110),
        ("3 Sex", 40),
        ("4 Name and surname of father", 110),
        ("5 Name, surname and maiden surname of mother", 120),
        ("6 Occupation of father", 80),
        ("7 Signature of informant", 95),
        ("8 When registered", 70),
        ("9 Signature of registrar", 60),
    ]
    x = 30
    for lbl, w in cols:
        p.rect(x, 122, w, 150, (170, 60, 70), None, 0.6)
        p.para(x + 3, 132, lbl, w - 6, "times", 6.5)
        x += w
    x = 30
    vals = [
        f"{D.en_words(person['dob'])} {person['birthplace']} General Hospital",
        f"{person['given']}",
        "Boy" if person["sex"] == "M" else "Girl",
        person["father"],
        person["mother"],
        rng.choice(["Engineer", "Teacher", "Electrician"]),
        person["mother"].split()[0] + " Mother",
        D.en_words(D.add_months(person["dob"], 1)),
        "J. Walker Registrar",
    ]
    for (_, w), v in zip(cols, vals):
        p.para(x + 4, 170, v, w - 8, "hand3", 11, color=(30, 30, 80))
        x += w
    p.text(40, 300, f"Surname as entered: {person['surname'].upper()}", "times", 9)
    p.para(
        40,
        330,
        "CERTIFIED to be a true copy of an entry in the certified copy of a Register "
        "of Births in the District above mentioned. Given at the GENERAL REGISTER OFFICE, "
        f"under the Seal of the said Office, the {D.en_words(issued)}.",
        760,
        "times",
        9,
    )
    p.text(40, 380, f"BXCF {rng.randint(100000, 999999)}", "mono-b", 11, (150, 30, 50))
    p.para(
        40,
        540,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE. A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
        760,
        "sans-b",
        7,
    )
    _stamp(p, 720, 420, "GRO", (150, 30, 50), 40)
    return [p], _fields(person, "GBR", "en", place=person["birthplace"], given=person["given"])


def ukraine(rng, person, issued):
    p = Page()
    p.text(297, 60, "УКРАЇНА", "serif-b", 14, align="c")
    p.text(297, 84, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "serif-b", 16, align="c")
    p.text(297, 102, "(повторно)", "serif", 10, align="c")
    rows = [
        ("Прізвище", person["surname_native"]),
        ("Ім'я", person["given_native"]),
        ("По батькові", person["patronymic_native"]),
        (
            "народився(лася)",
            f"{person['dob'].day:02d}.{person['dob'].month:02d}.{person['dob'].year}",
        ),
        ("Місце народження", person["birthplace_native"]),
        ("Батько", person["father_native"]),
        ("Мати", person["mother_native"]),
    ]
    y = 150
    mode = rng.choice(["beside", "above"])
    for lbl, v in rows:
        if mode == "beside":
            p.text(60, y, lbl, "serif", 10, (60, 60, 60))
            p.line(190, y + 3, 540, y + 3, (120, 120, 120), 0.4)
            p.text(200, y, v, "serif-b", 12)
            y += 34
        else:
            p.text(200, y, v, "serif-b", 12)
            p.line(60, y + 4, 540, y + 4, (120, 120, 120), 0.4)
            p.text(300, y + 14, f"({lbl.lower()})", "serif", 7.5, (90, 90, 90), "c")
            y += 40
    rec = rng.randint(100, 2999)
    p.para(
        60,
        y + 10,
        f"про що {person['dob'].year} року, {person['dob'].day:02d}."
        f"{person['dob'].month:02d} складено відповідний актовий запис № {rec}",
        470,
        "serif",
        10,
    )
    p.text(
        60, y + 60, f"Дата видачі: {issued.day:02d}.{issued.month:02d}.{issued.year}", "serif", 10
    )
    p.text(60, y + 80, "Орган державної реєстрації актів цивільного стану:", "serif", 9)
    p.text(60, y + 96, "Шевченківський відділ ДРАЦС у місті Харкові", "serif-b", 9)
    p.text(60, y + 130, f"Серія I-ВЛ № {rng.randint(100000, 999999)}", "serif-b", 11)
    _stamp(p, 420, y + 150, "ДРАЦС", (40, 60, 160), 42)
    _sig(p, 380, y + 140, rng)
    return [p], _fields(
        person,
        "UKR",
        "uk",
        place=person["birthplace_native"],
        surname=person["surname_native"],
        given=person["given_native"],
    )


def china(rng, person, issued):
    p1 = Page()
    yr = issued.year
    no = f"({yr})川成证字第{rng.randint(1000, 99999)}号"
    p1.text(297, 110, "公 证 书", "cjk", 28, align="c")
    p1.text(520, 150, no, "cjk", 10, align="r")
    y = 200
    for line in [
        f"申请人：{person['surname_native']}{person['given_native']}，"
        f"{'男' if person['sex'] == 'M' else '女'}，{person['dob'].year}年"
        f"{person['dob'].month}月{person['dob'].day}日出生，",
        f"公民身份号码：510104{person['dob'].strftime('%Y%m%d')}{rng.randint(1000, 9999)}。",
        "公证事项：出生",
        f"兹证明{person['surname_native']}{person['given_native']}于{person['dob'].year}年"
        f"{person['dob'].month}月{person['dob'].day}日在四川省成都市出生。",
        f"{person['surname_native']}{person['given_native']}的父亲是{person['father_native']}，"
        f"母亲是{person['mother_native']}。",
    ]:
        p1.text(70, y, line, "cjk", 12)
        y += 34
    p1.text(380, y + 60, "中华人民共和国四川省成都市蜀都公证处", "cjk", 10, align="c")
    p1.text(380, y + 84, "公证员  王建国", "cjk", 11, align="c")
    p1.text(380, y + 108, f"{yr}年{issued.month}月{issued.day}日", "cjk", 11, align="c")
    _stamp(p1, 380, y + 84, "蜀都公证处", (200, 30, 30), 46)
    p2 = Page()
    p2.text(297, 100, "NOTARIAL CERTIFICATE", "times-b", 20, align="c")
    p2.text(520, 140, f"({yr}) Chuan Cheng Zheng Zi No. {no[9:-1]}", "times", 10, align="r")
    txt = (
        f"Applicant: {person['surname']} {person['given']}, "
        f"{'male' if person['sex'] == 'M' else 'female'}, born on {D.en_words(person['dob'])}. "
        "Subject: Birth. This is to certify that "
        f"{person['surname']} {person['given']} was born in {person['birthplace']}, Sichuan "
        f"Province, the People's Republic of China on {D.en_words(person['dob'])}. "
        f"The father of {person['surname']} {person['given']} is {person['father']} and the "
        f"mother is {person['mother']}."
    )
    y = p2.para(70, 190, txt, 455, "times", 12, 20)
    p2.text(330, y + 60, "Shudu Notary Public Office", "times", 11)
    p2.text(330, y + 78, "Chengdu, Sichuan Province", "times", 11)
    p2.text(330, y + 96, "The People's Republic of China", "times", 11)
    p2.text(330, y + 120, "Notary: Wang Jianguo", "times", 11)
    p2.text(330, y + 140, D.en_words(issued), "times", 11)
    _stamp(p2, 400, y + 110, "NOTARY", (200, 30, 30), 42)
    return [p1, p2], _fields(person, "CHN", "zh+en", surname=person["surname"].upper())


MAGHREB = {
    "DZA": (
        "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
        "الجمهورية الجزائرية الديمقراطية الشعبية",
        "EXTRAIT D'ACTE DE NAISSANCE",
        "مستخرج من عقد الميلاد",
        "Commune de",
        "بلدية",
    ),
    "MAR": (
        "ROYAUME DU MAROC",
        "المملكة المغربية",
        "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        "نسخة كاملة من رسم الولادة",
        "Bureau d'état civil de",
        "مكتب الحالة المدنية",
    ),
    "TUN": (
        "RÉPUBLIQUE TUNISIENNE",
        "الجمهورية التونسية",
        "EXTRAIT D'ACTE DE NAISSANCE",
        "مضمون ولادة",
        "Municipalité de",
        "بلدية",
    ),
}


def maghreb(rng, person, issued):
    iso = person["nat"]
    t = MAGHREB[iso]
    p = Page(bg=(250, 250, 246))
    p.text(297, 44, t[1], "arabic-b", 13, align="c", rtl=True)
    p.text(297, 62, t[0], "times-b", 10, align="c")
    p.text(40, 92, f"{t[4]} {person['birthplace']}", "times", 10)
    p.text(555, 92, f"{t[5]} {person['birthplace_ar']}", "arabic", 11, align="r", rtl=True)
    p.rect(120, 108, 355, 44, (0, 0, 0), (238, 238, 232))
    p.text(297, 126, t[3], "arabic-b", 13, align="c", rtl=True)
    p.text(297, 145, t[2], "times-b", 11, align="c")
    no = rng.randint(100, 9999)
    p.text(40, 178, f"Acte N° {no} / {person['dob'].year}", "times", 10)
    p.text(555, 178, f"رقم العقد {no}", "arabic", 11, align="r", rtl=True)
    rows = [
        ("Nom", "اللقب", person["surname"].upper(), person["surname_ar"]),
        ("Prénom(s)", "الاسم", person["given"], person["given_ar"]),
        ("Date de naissance", "تاريخ الازدياد", D.fr_words(person["dob"]), ""),
        ("Lieu de naissance", "مكان الازدياد", person["birthplace"], person["birthplace_ar"]),
        (
            "Sexe",
            "الجنس",
            "Masculin" if person["sex"] == "M" else "Féminin",
            "ذكر" if person["sex"] == "M" else "أنثى",
        ),
        ("Fils/Fille de", "ابن/ابنة", person["father"], person["father_ar"]),
        ("et de", "و", person["mother"], person["mother_ar"]),
    ]
    y = 210
    for lf, la, vf, va in rows:
        p.line(40, y + 8, 555, y + 8, (180, 180, 180), 0.4)
        p.text(40, y, lf + " :", "times", 10)
        p.text(150, y, vf, "times-b", 11)
        p.text(555, y, la, "arabic", 11, align="r", rtl=True)
        if va:
            p.text(440, y, va, "arabic-b", 12, align="r", rtl=True)
        y += 32
    p.para(40, y + 10, "Mentions marginales : Néant", 500, "times-i", 10)
    p.text(40, y + 50, f"Délivré à {person['birthplace']}, le {D.fr(issued)}", "times", 10)
    p.text(555, y + 50, "حرر في " + D.fr(issued), "arabic", 11, align="r", rtl=True)
    p.text(380, y + 80, "L'Officier de l'état civil", "times", 10)
    _stamp(p, 430, y + 130, "ÉTAT CIVIL", (30, 70, 150), 40)
    _sig(p, 380, y + 120, rng)
    return [p], _fields(person, iso, "ar+fr")


LATAM = {
    "BRA": (
        "REPÚBLICA FEDERATIVA DO BRASIL",
        "REGISTRO CIVIL DAS PESSOAS NATURAIS",
        "CERTIDÃO DE NASCIMENTO",
        "pt",
    ),
    "COL": (
        "REPÚBLICA DE COLOMBIA",
        "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
        "REGISTRO CIVIL DE NACIMIENTO",
        "es",
    ),
    "MEX": (
        "ESTADOS UNIDOS MEXICANOS",
        "REGISTRO NACIONAL DE POBLACIÓN",
        "ACTA DE NACIMIENTO",
        "es",
    ),
    "CHL": (
        "REPÚBLICA DE CHILE",
        "SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN",
        "CERTIFICADO DE NACIMIENTO",
        "es",
    ),
    "ARG": (
        "REPÚBLICA ARGENTINA",
        "REGISTRO DEL ESTADO CIVIL Y CAPACIDAD DE LAS PERSONAS",
        "PARTIDA DE NACIMIENTO",
        "es",
    ),
}


def latam(rng, person, issued):
    iso = person["nat"]
    t = LATAM[iso]
    pt = t[3] == "pt"
    head = (20, 90, 60) if iso in ("BRA", "MEX") else (30, 50, 120)
    p = Page(bg=(246, 250, 246) if iso == "MEX" else (255, 255, 255))
    p.rect(0, 0, 595, 80, None, head)
    p.text(297, 30, t[0], "open-b", 13, (255, 255, 255), "c")
    p.text(297, 48, t[1], "open", 9, (255, 255, 255), "c")
    p.text(297, 70, t[2], "open-b", 15, (255, 255, 255), "c")
    meses = D.MESES_PT if pt else D.MESES
    dob = person["dob"]
    words = f"{dob.day} de {meses[dob.month - 1]} de {dob.year}"
    L = (
        [
            "NOME",
            "SOBRENOME",
            "DATA DE NASCIMENTO",
            "LOCAL DE NASCIMENTO",
            "SEXO",
            "FILIAÇÃO",
            "MATRÍCULA",
        ]
        if pt
        else [
            "NOMBRE(S)",
            "APELLIDOS",
            "FECHA DE NACIMIENTO",
            "LUGAR DE NACIMIENTO",
            "SEXO",
            "PADRES",
            "NÚMERO DE REGISTRO" if iso != "MEX" else "CURP",
        ]
    )
    sx = "MASCULINO" if person["sex"] == "M" else "FEMININO" if pt else "FEMENINO"
    reg = (
        f"{rng.randint(100000, 999999)} 01 55 {dob.year} 1 {rng.randint(10000, 99999)} "
        f"{rng.randint(100, 999)} {rng.randint(1000000, 9999999)} {rng.randint(10, 99)}"
        if pt
        else f"{rng.randint(10000000, 99999999)}"
    )
    if iso == "MEX":
        s = D.strip_accents(person["surname"]).split()
        reg = (
            s[0][:2]
            + s[-1][0]
            + person["given"][0]
            + dob.strftime("%y%m%d")
            + ("H" if person["sex"] == "M" else "M")
            + "JCLPZ"
            + "0"
            + str(rng.randint(1, 9))
        )
    vals = [
        person["given"].upper(),
        person["surname"].upper(),
        words.upper(),
        person["birthplace"].upper(),
        sx,
        f"{person['father'].upper()} / {person['mother'].upper()}",
        reg,
    ]
    mode = rng.choice(["cell", "above", "beside"])
    y = 120
    for lbl, v in zip(L, vals):
        if mode == "cell":
            y = p.kv(44, y, lbl, v, "open", "open-b", 10, "cell", 510)
        elif mode == "above":
            y = p.kv(44, y, lbl, v, "open", "open-b", 10, "above")
        else:
            y = p.kv(44, y, lbl + ":", v, "open-b", "open", 10, gap=150)
    y += 20
    cart = "Cartório do 1º Ofício" if pt else "Notaría Primera del Círculo"
    p.text(44, y, f"{cart} de {person['birthplace']}", "open", 10)
    p.text(
        44,
        y + 18,
        ("Data de emissão: " if pt else "Fecha de expedición: ") + D.fr(issued),
        "open",
        10,
    )
    p.text(44, y + 70, "Registrador(a)" if pt else "Registrador(a) del Estado Familiar", "open", 9)
    _sig(p, 44, y + 55, rng)
    _stamp(p, 420, y + 50, "REGISTRO CIVIL", head, 44)
    return [p], _fields(person, iso, t[3], given=person["given"].upper())


AFRICA = {
    "SEN": (
        "RÉPUBLIQUE DU SÉNÉGAL",
        "Un Peuple - Un But - Une Foi",
        "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
    ),
    "CIV": (
        "RÉPUBLIQUE DE CÔTE D'IVOIRE",
        "Union - Discipline - Travail",
        "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
    ),
    "CMR": (
        "RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON",
        "Paix - Travail - Patrie",
        "ACTE DE NAISSANCE / BIRTH CERTIFICATE",
    ),
    "MLI": ("RÉPUBLIQUE DU MALI", "Un Peuple - Un But - Une Foi", "ACTE DE NAISSANCE"),
    "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Justice - Paix - Travail", "ACTE DE NAISSANCE"),
    "HTI": ("RÉPUBLIQUE D'HAÏTI", "L'Union fait la Force", "EXTRAIT DES ARCHIVES"),
}


def africa(rng, person, issued, hand=None):
    iso = person["nat"]
    t = AFRICA[iso]
    p = Page(bg=(248, 246, 238))
    p.text(40, 46, t[0], "times-b", 10)
    p.text(40, 60, t[1], "times-i", 9)
    p.text(40, 82, f"Centre d'état civil de {person['birthplace']}", "times", 10)
    no = rng.randint(10, 4999)
    p.text(555, 82, f"N° {no} du {D.fr(D.add_months(person['dob'], 0))}", "times", 10, align="r")
    p.text(297, 120, t[2], "times-b", 13, align="c")
    vf = hand or "courier"
    bil = iso == "CMR"
    rows = [
        ("Nom / Surname" if bil else "Nom", person["surname"].upper()),
        ("Prénoms / Given names" if bil else "Prénoms", person["given"]),
        ("Né(e) le / Born on" if bil else "Date de naissance", D.fr(person["dob"])),
        ("À / At" if bil else "Lieu de naissance", person["birthplace"]),
        ("Sexe / Sex" if bil else "Sexe", "Masculin" if person["sex"] == "M" else "Féminin"),
        ("Père / Father" if bil else "Fils ou fille de", person["father"]),
        ("Mère / Mother" if bil else "Et de", person["mother"]),
    ]
    y = 160
    for lbl, v in rows:
        p.text(50, y, lbl, "times", 10.5)
        for xx in range(190, 545, 4):
            p.line(xx, y + 2, xx + 1.5, y + 2, (120, 120, 120), 0.3)
        p.text(200, y - 1, v, vf, 13 if hand else 11, (25, 25, 90) if hand else (0, 0, 0))
        y += 30
    p.text(50, y + 20, f"Délivré à {person['birthplace']}, le {D.fr(issued)}", "times", 10.5)
    p.text(360, y + 50, "L'Officier de l'état civil", "times", 10.5)
    _sig(p, 370, y + 75, rng)
    _stamp(p, 470, y + 90, "ÉTAT CIVIL", (40, 60, 150), 40)
    return [p], _fields(person, iso, "fr+en" if bil else "fr")
