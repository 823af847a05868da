"""Civil-status documents: foreign birth certificates, apostilles, sworn translations."""

from q_core import Page, hand, signature, stamp

MONTHS = {
    "en": [
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
    ],
    "fr": [
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
    ],
    "pt": [
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
    ],
    "es": [
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
    ],
    "ro": [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
}

# language -> (title, labels: surname, given, sex, date, place, father, mother, reg no, issued)
BC = {
    "pt": (
        "CERTIDÃO DE NASCIMENTO",
        [
            "Sobrenome",
            "Nome",
            "Sexo",
            "Data de nascimento",
            "Local de nascimento",
            "Filiação - pai",
            "Filiação - mãe",
            "Matrícula",
            "Data da emissão",
        ],
    ),
    "es": (
        "ACTA DE NACIMIENTO",
        [
            "Apellidos",
            "Nombres",
            "Sexo",
            "Fecha de nacimiento",
            "Lugar de nacimiento",
            "Nombre del padre",
            "Nombre de la madre",
            "N° de acta",
            "Fecha de expedición",
        ],
    ),
    "fr": (
        "EXTRAIT D'ACTE DE NAISSANCE",
        [
            "Nom",
            "Prénoms",
            "Sexe",
            "Date de naissance",
            "Lieu de naissance",
            "Père",
            "Mère",
            "Acte n°",
            "Délivré le",
        ],
    ),
    "ro": (
        "CERTIFICAT DE NAȘTERE",
        [
            "Numele de familie",
            "Prenumele",
            "Sexul",
            "Data nașterii",
            "Locul nașterii",
            "Tatăl",
            "Mama",
            "Act nr.",
            "Data eliberării",
        ],
    ),
    "en": (
        "BIRTH CERTIFICATE",
        [
            "Surname",
            "Given name(s)",
            "Sex",
            "Date of birth",
            "Place of birth",
            "Father",
            "Mother",
            "Registration No.",
            "Date of issue",
        ],
    ),
    "uk": (
        "СВІДОЦТВО ПРО НАРОДЖЕННЯ",
        [
            "Прізвище",
            "Ім'я, по батькові",
            "Стать",
            "Дата народження",
            "Місце народження",
            "Батько",
            "Мати",
            "Актовий запис №",
            "Дата видачі",
        ],
    ),
    "ru": (
        "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
        [
            "Фамилия",
            "Имя, отчество",
            "Пол",
            "Дата рождения",
            "Место рождения",
            "Отец",
            "Мать",
            "Запись акта №",
            "Дата выдачи",
        ],
    ),
    "tr": (
        "DOĞUM BELGESİ / NÜFUS KAYIT ÖRNEĞİ",
        [
            "Soyadı",
            "Adı",
            "Cinsiyeti",
            "Doğum Tarihi",
            "Doğum Yeri",
            "Baba Adı",
            "Ana Adı",
            "Kayıt No",
            "Düzenlenme Tarihi",
        ],
    ),
}
SEXW = {
    "pt": ("Feminino", "Masculino"),
    "es": ("Femenino", "Masculino"),
    "fr": ("Féminin", "Masculin"),
    "ro": ("Feminin", "Masculin"),
    "en": ("Female", "Male"),
    "uk": ("жіноча", "чоловіча"),
    "ru": ("женский", "мужской"),
    "tr": ("Kadın", "Erkek"),
}
HEAD = {
    "BRA": ["REPÚBLICA FEDERATIVA DO BRASIL", "REGISTRO CIVIL DAS PESSOAS NATURAIS"],
    "PER": ["REPÚBLICA DEL PERÚ", "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL - RENIEC"],
    "VEN": ["REPÚBLICA BOLIVARIANA DE VENEZUELA", "CONSEJO NACIONAL ELECTORAL - REGISTRO CIVIL"],
    "ROU": ["ROMÂNIA", "PRIMĂRIA MUNICIPIULUI — SERVICIUL DE STARE CIVILĂ"],
    "UKR": ["УКРАЇНА", "ДЕРЖАВНА РЕЄСТРАЦІЯ АКТІВ ЦИВІЛЬНОГО СТАНУ"],
    "RUS": ["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "ОТДЕЛ ЗАПИСИ АКТОВ ГРАЖДАНСКОГО СОСТОЯНИЯ"],
    "TUR": ["TÜRKİYE CUMHURİYETİ", "İÇİŞLERİ BAKANLIĞI NÜFUS VE VATANDAŞLIK İŞLERİ"],
    "GEO": ["GEORGIA / საქართველო", "PUBLIC SERVICE DEVELOPMENT AGENCY"],
    "PHL": ["REPUBLIC OF THE PHILIPPINES", "PHILIPPINE STATISTICS AUTHORITY"],
    "PAK": ["GOVERNMENT OF PAKISTAN", "NADRA — UNION COUNCIL BIRTH REGISTRATION CERTIFICATE"],
    "IND": ["GOVERNMENT OF TAMIL NADU", "DEPARTMENT OF PUBLIC HEALTH — FORM No. 5"],
    "SEN": ["RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi — CENTRE D'ÉTAT CIVIL"],
    "CIV": ["RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union - Discipline - Travail — ÉTAT CIVIL"],
    "CMR": ["RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie — CENTRE D'ÉTAT CIVIL"],
    "DZA": ["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "COMMUNE — ÉTAT CIVIL (S12)"],
    "HTI": ["RÉPUBLIQUE D'HAÏTI", "ARCHIVES NATIONALES D'HAÏTI — ÉTAT CIVIL"],
    "COD": ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "VILLE DE KINSHASA — BUREAU DE L'ÉTAT CIVIL"],
    "MLI": ["RÉPUBLIQUE DU MALI", "Un Peuple - Un But - Une Foi — CENTRE D'ÉTAT CIVIL"],
    "GIN": ["RÉPUBLIQUE DE GUINÉE", "Travail - Justice - Solidarité — ÉTAT CIVIL"],
    "MAR": ["ROYAUME DU MAROC", "MINISTÈRE DE L'INTÉRIEUR — ÉTAT CIVIL"],
    "LBN": ["RÉPUBLIQUE LIBANAISE", "DIRECTION GÉNÉRALE DU STATUT PERSONNEL"],
    "PRT": ["REPÚBLICA PORTUGUESA", "CONSERVATÓRIA DO REGISTO CIVIL"],
}


def dwords(d, lang):
    if lang in MONTHS:
        m = MONTHS[lang][d.month - 1]
        if lang == "en":
            return f"{m} {d.day}, {d.year}"
        return f"{d.day} de {m} de {d.year}" if lang in ("pt", "es") else f"{d.day} {m} {d.year}"
    return d.strftime("%d.%m.%Y")


def birth_cert(rng, p, country, lang, issued, style=None):
    """Return (pages, printed surname, printed given names, printed place)."""
    if country == "USA":
        return _us_cert(rng, p, issued)
    if country == "CHN":
        return _cn_cert(rng, p, issued)
    if country == "MAR":
        return _ma_cert(rng, p, issued)
    title, lab = BC[lang]
    sur = p.get("cyr_surname") if lang in ("uk", "ru") else p["surname"]
    giv = p.get("cyr_given") if lang in ("uk", "ru") else p["given"]
    place = p.get("cyr_place") if lang in ("uk", "ru") else p["birth_place"]
    pg = Page(210, 297, bg=(252, 250, 244) if rng.random() < 0.5 else (255, 255, 255))
    style = style or rng.choice(["table", "colon", "boxed"])
    tf, bf = rng.choice(
        [("times-b", "times"), ("sans-b", "sans"), ("serif-b", "serif"), ("cal-b", "cal")]
    )
    head = HEAD.get(country, [country, ""])
    pg.text(105, 18, head[0], tf, 12, (0, 0, 0), "c")
    pg.text(105, 24, head[1], bf, 8.5, (40, 40, 40), "c")
    if country in ("BRA", "PER", "VEN", "TUR", "GEO", "PHL", "PAK", "IND"):
        guil = (225, 235, 225) if country != "TUR" else (240, 222, 222)
        for i in range(0, 297, 6):
            pg.line(0, i, 210, i + 12, guil, 0.15)
    pg.rect(30, 30, 150, 12, (0, 0, 0), None, 0.6)
    pg.text(105, 38.5, title, tf, 13 if len(title) < 30 else 10, (0, 0, 0), "c")
    reg = f"{rng.randint(100, 999)}/{p['dob'].year}"
    father = p.get("father", "—")
    mother = p.get("mother", "—")
    sexw = SEXW[lang][0 if p["sex"] == "F" else 1]
    dob = dwords(p["dob"], lang) if style != "boxed" else p["dob"].strftime("%d/%m/%Y")
    rows = [
        (lab[0], sur),
        (lab[1], giv),
        (lab[2], sexw),
        (lab[3], dob),
        (lab[4], place),
        (lab[5], father),
        (lab[6], mother),
        (lab[7], reg),
    ]
    y = 56
    if style == "table":
        for lb, v in rows:
            pg.rect(25, y - 6, 60, 10, (0, 0, 0), (240, 240, 240), 0.3)
            pg.rect(85, y - 6, 100, 10, (0, 0, 0), None, 0.3)
            pg.text(27, y, lb, bf, 9)
            pg.text(88, y, v, tf, 11)
            y += 10
    elif style == "colon":
        for lb, v in rows:
            pg.text(25, y, lb + " :", bf, 10)
            pg.text(80, y, v, tf, 11)
            pg.dotted(80, y + 1.2, 185)
            y += 9.5
    else:
        for lb, v in rows:
            pg.text(25, y - 4, lb, bf, 7.5, (60, 60, 60))
            pg.rect(25, y - 2.5, 160, 8, (60, 60, 60), None, 0.3)
            pg.text(27, y + 3.5, v, "mono-b", 11)
            y += 13
    y += 10
    note = {
        "pt": "Certifico que a presente certidão é cópia fiel do registro.",
        "es": "Se expide la presente copia certificada conforme al original.",
        "fr": "Pour extrait certifié conforme aux registres de l'état civil.",
        "ro": "Certificat eliberat pe baza actului de naștere din registru.",
        "en": "Certified true extract of the civil register.",
        "uk": "Свідоцтво видано на підставі актового запису про народження.",
        "ru": "Свидетельство выдано на основании записи акта о рождении.",
        "tr": "Bu belge nüfus kayıtlarına uygun olarak düzenlenmiştir.",
    }[lang]
    y = pg.para(25, y, note, 160, bf, 9.5)
    pg.text(25, y + 8, f"{lab[8]} : {issued.strftime('%d/%m/%Y')}", bf, 10)
    place_off = p.get("registry_city", "")
    pg.text(120, y + 8, place_off, bf, 10)
    stamp(
        pg,
        rng,
        70,
        y + 35,
        17,
        head[0][:22],
        "ÉTAT CIVIL" if lang == "fr" else "",
        "★",
        (60, 50, 140),
    )
    signature(
        pg,
        rng,
        125,
        y + 38,
        45,
        rng.choice(["Ana Souza", "Maria Lopez", "Ion Popa", "Olena Koval", "Ahmet Kaya"]),
        (20, 20, 60),
    )
    pg.text(
        105,
        290,
        f"Série {rng.choice('ABCDEFGH')} N° {rng.randint(1000000, 9999999)}",
        "mono",
        7,
        (120, 40, 40),
        "c",
    )
    return [pg], sur, giv, place


def _us_cert(rng, p, issued):
    pg = Page(216, 279, bg=(238, 242, 236))
    for i in range(0, 279, 4):
        pg.line(0, i, 216, i, (226, 234, 224), 0.6)
    st = p.get("us_state", "OHIO")
    pg.rect(10, 10, 196, 259, (60, 90, 60), None, 1.2)
    pg.text(108, 24, f"STATE OF {st}", "times-b", 14, (20, 60, 30), "c")
    pg.text(
        108, 31, "DEPARTMENT OF HEALTH — OFFICE OF VITAL STATISTICS", "times", 9, (20, 60, 30), "c"
    )
    pg.text(108, 42, "CERTIFICATE OF LIVE BIRTH", "times-b", 16, (0, 0, 0), "c")
    pg.text(
        180,
        52,
        f"State File No. {p['dob'].year}-{rng.randint(100000, 999999)}",
        "mono",
        8,
        (150, 20, 20),
        "r",
    )
    given = p["given"].split()
    cells = [
        ("1. CHILD — FIRST NAME", given[0].upper(), 18, 58, 60),
        ("MIDDLE", " ".join(given[1:]).upper(), 78, 58, 50),
        ("LAST", p["surname"].upper(), 128, 58, 70),
        ("2. SEX", "FEMALE" if p["sex"] == "F" else "MALE", 18, 74, 40),
        ("3. DATE OF BIRTH (Month, Day, Year)", dwords(p["dob"], "en").upper(), 58, 74, 80),
        (
            "4. TIME",
            f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}",
            138,
            74,
            60,
        ),
        ("5. PLACE OF BIRTH — CITY, COUNTY", p["birth_place"].upper(), 18, 90, 120),
        (
            "6. FACILITY NAME",
            rng.choice(["MERCY HOSPITAL", "ST. LUKE'S MEDICAL CENTER", "GENERAL HOSPITAL"]),
            138,
            90,
            60,
        ),
        ("7. MOTHER — MAIDEN NAME", p.get("mother", "").upper(), 18, 106, 90),
        ("8. FATHER — NAME", p.get("father", "").upper(), 108, 106, 90),
    ]
    for lb, v, x, y, w in cells:
        pg.rect(x, y, w, 14, (40, 70, 40), None, 0.3)
        pg.text(x + 1.5, y + 3.5, lb, "sans", 5.5, (40, 70, 40))
        pg.text(x + 2, y + 10.5, v, "courier", 10)
    pg.para(
        18,
        135,
        "I CERTIFY THAT THIS IS A TRUE AND CORRECT COPY OF THE OFFICIAL RECORD "
        "FILED WITH THE OFFICE OF VITAL STATISTICS.",
        170,
        "times",
        9,
    )
    pg.text(18, 160, "DATE ISSUED: " + issued.strftime("%B %d, %Y").upper(), "courier", 9)
    signature(pg, rng, 120, 165, 60, "Karen Whitfield", (20, 20, 60))
    pg.line(115, 168, 195, 168, (0, 0, 0), 0.3)
    pg.text(155, 172, "STATE REGISTRAR", "times", 8, (0, 0, 0), "c")
    stamp(pg, rng, 50, 195, 20, f"STATE OF {st}", "SEAL", "✶", (120, 120, 120))
    return [pg], p["surname"].upper(), p["given"].upper(), p["birth_place"].upper()


def _cn_cert(rng, p, issued):
    pg = Page(210, 297)
    pg.text(105, 25, "公 证 书", "cjk", 20, (0, 0, 0), "c")
    pg.text(105, 33, "NOTARIAL CERTIFICATE", "times-b", 12, (0, 0, 0), "c")
    num = f"({issued.year})沪东证字第{rng.randint(1000, 9999)}号"
    pg.text(180, 44, num, "cjk", 9, (0, 0, 0), "r")
    zh = p.get("zh_name", "王")
    pg.text(
        25,
        58,
        f"申请人：{zh}，{'女' if p['sex'] == 'F' else '男'}，"
        f"{p['dob'].year}年{p['dob'].month}月{p['dob'].day}日出生。",
        "cjk",
        11,
    )
    pg.text(25, 68, "公证事项：出生", "cjk", 11)
    pg.text(
        25,
        78,
        f"兹证明{zh}于{p['dob'].year}年{p['dob'].month}月{p['dob'].day}日在"
        f"{p.get('zh_place', '上海市')}出生。",
        "cjk",
        11,
    )
    pg.text(
        25, 88, f"{zh}的父亲是{p.get('zh_father', '')}，母亲是{p.get('zh_mother', '')}。", "cjk", 11
    )
    y = 110
    pg.text(25, y, "Notarial Certificate (Translation)", "times-b", 11)
    en = (
        f"Applicant: {p['surname'].upper()} {p['given']}, "
        f"{'female' if p['sex'] == 'F' else 'male'}, born on {dwords(p['dob'], 'en')}. "
        f"Matter of notarization: Birth. This is to certify that {p['surname'].upper()} "
        f"{p['given']} was born in {p['birth_place']} on {dwords(p['dob'], 'en')}. "
        f"The father of {p['surname'].upper()} {p['given']} is {p.get('father', '')}, "
        f"and the mother is {p.get('mother', '')}."
    )
    y = pg.para(25, y + 8, en, 160, "times", 11)
    pg.text(120, y + 15, "上海市东方公证处", "cjk", 11)
    pg.text(120, y + 22, "Shanghai Oriental Notary Public Office", "times", 9)
    pg.text(120, y + 29, f"{issued.year}年{issued.month}月{issued.day}日", "cjk", 10)
    stamp(pg, rng, 145, y + 45, 16, "SHANGHAI NOTARY", "", "★", (200, 30, 30))
    return [pg], p["surname"].upper(), p["given"], p["birth_place"]


def _ma_cert(rng, p, issued):
    pg = Page(210, 297, bg=(252, 250, 246))
    pg.text(40, 18, "ROYAUME DU MAROC", "times-b", 11, (0, 0, 0), "c")
    pg.text(170, 18, "المملكة المغربية", "amiri-b", 13, (0, 0, 0), "c")
    pg.text(40, 24, "Ministère de l'Intérieur", "times", 8, (0, 0, 0), "c")
    pg.text(170, 24, "وزارة الداخلية", "amiri", 11, (0, 0, 0), "c")
    pg.text(40, 30, "Commune de " + p.get("registry_city", "Fès"), "times", 8, (0, 0, 0), "c")
    pg.text(105, 44, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "times-b", 13, (0, 0, 0), "c")
    pg.text(105, 52, "نسخة كاملة من رسم الولادة", "amiri-b", 14, (0, 0, 0), "c")
    rows = [
        ("Nom", p["surname"], "الاسم العائلي", p.get("ar_surname", "")),
        ("Prénom", p["given"], "الاسم الشخصي", p.get("ar_given", "")),
        (
            "Date de naissance",
            dwords(p["dob"], "fr"),
            "تاريخ الازدياد",
            p["dob"].strftime("%Y/%m/%d"),
        ),
        ("Lieu de naissance", p["birth_place"], "مكان الازدياد", p.get("ar_place", "")),
        ("Père", p.get("father", ""), "الأب", ""),
        ("Mère", p.get("mother", ""), "الأم", ""),
    ]
    y = 66
    for fl, fv, al, av in rows:
        pg.rect(15, y - 6, 180, 11, (0, 0, 0), None, 0.3)
        pg.text(17, y, fl + " :", "times", 9)
        pg.text(55, y, fv, "times-b", 11)
        pg.text(193, y, al, "amiri", 11, (0, 0, 0), "r")
        if av:
            pg.text(150, y, av, "amiri-b", 12, (0, 0, 0), "r")
        y += 11
    pg.text(17, y + 8, f"Acte n° {rng.randint(100, 999)} — Année {p['dob'].year}", "times", 10)
    pg.text(17, y + 16, "Délivré le " + issued.strftime("%d/%m/%Y"), "times", 10)
    stamp(pg, rng, 60, y + 40, 17, "ROYAUME DU MAROC", "ETAT CIVIL", "★", (40, 90, 60))
    hand(pg, rng, 130, y + 40, "l'Officier de l'état civil", "dkg", 10, (20, 20, 60))
    return [pg], p["surname"], p["given"], p["birth_place"]
