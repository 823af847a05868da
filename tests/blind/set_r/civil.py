"""Birth certificates of many countries, Hague apostilles (10 numbered items) and sworn
translations ("traduction certifiée conforme")."""

from __future__ import annotations

import random

from render import Page, signature_image, stamp_image

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
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "uk": [
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
    "vi": [f"tháng {i}" for i in range(1, 13)],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
}


def dwords(iso: str, lang: str) -> str:
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    if lang == "en":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if lang == "ja":
        if y >= 2019:
            return f"令和{y - 2018}年{m}月{d}日"
        return f"平成{y - 1988}年{m}月{d}日" if y >= 1989 else f"昭和{y - 1925}年{m}月{d}日"
    if lang in ("zh", "ko"):
        return f"{y}年{m}月{d}日" if lang == "zh" else f"{y}년 {m:02d}월 {d:02d}일"
    if lang == "hy":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "vi":
        return f"ngày {d:02d} {MONTHS['vi'][m - 1]} năm {y}"
    mon = MONTHS.get(lang, MONTHS["fr"])[m - 1]
    sep = " de " if lang in ("es", "pt") else " "
    return f"{d}{sep}{mon}{sep}{y}"


def dnum(iso: str, sep="/") -> str:
    return f"{iso[8:10]}{sep}{iso[5:7]}{sep}{iso[:4]}"


# Each country: header lines, title, language, font, labels for
# (surname, given names, sex, date, place, father, mother, reg no, reg date), values' sex words.
BC = {
    "MEX": (
        ["ESTADOS UNIDOS MEXICANOS", "REGISTRO CIVIL", "GOBIERNO DEL ESTADO DE JALISCO"],
        "ACTA DE NACIMIENTO",
        "es",
        "sans",
        [
            "Primer apellido",
            "Nombre(s)",
            "Sexo",
            "Fecha de nacimiento",
            "Lugar de nacimiento",
            "Padre",
            "Madre",
            "Número de acta / CRIP",
            "Fecha de registro",
        ],
        ("MUJER", "HOMBRE"),
    ),
    "USA": (
        ["STATE OF OHIO", "DEPARTMENT OF HEALTH", "OFFICE OF VITAL STATISTICS"],
        "CERTIFICATION OF BIRTH",
        "en",
        "serif",
        [
            "Last name",
            "First and middle name",
            "Sex",
            "Date of birth",
            "Place of birth (city, county)",
            "Father's name",
            "Mother's maiden name",
            "State file number",
            "Date filed",
        ],
        ("FEMALE", "MALE"),
    ),
    "ITA": (
        ["REPUBBLICA ITALIANA", "COMUNE DI NAPOLI", "UFFICIO DELLO STATO CIVILE"],
        "ESTRATTO PLURILINGUE DELL'ATTO DI NASCITA / EXTRAIT PLURILINGUE D'ACTE DE NAISSANCE",
        "it",
        "sans",
        [
            "Cognome / Nom",
            "Nome / Prénoms",
            "Sesso / Sexe",
            "Data di nascita / Date de naissance",
            "Luogo di nascita / Lieu de naissance",
            "Padre / Père",
            "Madre / Mère",
            "Atto n. / Acte n°",
            "Data di rilascio / Date de délivrance",
        ],
        ("F", "M"),
    ),
    "IND": (
        [
            "GOVERNMENT OF MAHARASHTRA",
            "MUNICIPAL CORPORATION OF GREATER MUMBAI",
            "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969)",
        ],
        "BIRTH CERTIFICATE",
        "en",
        "serif",
        [
            "Name",
            "",
            "Sex",
            "Date of birth",
            "Place of birth",
            "Name of father",
            "Name of mother",
            "Registration No.",
            "Date of registration",
        ],
        ("FEMALE", "MALE"),
    ),
    "JPN": (
        ["全部事項証明", "東京都新宿区長"],
        "戸籍謄本 (全部事項証明書)",
        "ja",
        "cjk",
        [
            "氏 (Surname)",
            "名 (Given name)",
            "性別",
            "生年月日",
            "出生地",
            "父",
            "母",
            "本籍",
            "発行日",
        ],
        ("女", "男"),
    ),
    "UKR": (
        ["УКРАЇНА", "ВІДДІЛ ДЕРЖАВНОЇ РЕЄСТРАЦІЇ АКТІВ ЦИВІЛЬНОГО СТАНУ"],
        "СВІДОЦТВО ПРО НАРОДЖЕННЯ",
        "uk",
        "dejavuserif",
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
        ("жіноча", "чоловіча"),
    ),
    "BRA": (
        [
            "REPÚBLICA FEDERATIVA DO BRASIL",
            "REGISTRO CIVIL DAS PESSOAS NATURAIS",
            "Oficial de Registro Civil - 1º Subdistrito - São Paulo/SP",
        ],
        "CERTIDÃO DE NASCIMENTO",
        "pt",
        "sans",
        [
            "Sobrenome",
            "Nome",
            "Sexo",
            "Data de nascimento",
            "Local de nascimento",
            "Filiação - pai",
            "Filiação - mãe",
            "Matrícula",
            "Data do registro",
        ],
        ("FEMININO", "MASCULINO"),
    ),
    "COL": (
        ["REPÚBLICA DE COLOMBIA", "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL"],
        "REGISTRO CIVIL DE NACIMIENTO",
        "es",
        "narrow",
        [
            "Apellidos",
            "Nombres",
            "Sexo",
            "Fecha de nacimiento",
            "Lugar de nacimiento",
            "Datos del padre",
            "Datos de la madre",
            "Indicativo serial",
            "Fecha de inscripción",
        ],
        ("FEMENINO", "MASCULINO"),
    ),
    "PHL": (
        ["Republic of the Philippines", "PHILIPPINE STATISTICS AUTHORITY"],
        "CERTIFICATE OF LIVE BIRTH",
        "en",
        "sans",
        [
            "Last name",
            "First name / Middle name",
            "Sex",
            "Date of birth",
            "Place of birth",
            "Father",
            "Mother (maiden name)",
            "Registry No.",
            "Date of registration",
        ],
        ("FEMALE", "MALE"),
    ),
    "CHN": (
        ["中华人民共和国上海市东方公证处", "SHANGHAI ORIENTAL NOTARY PUBLIC OFFICE"],
        "公证书 NOTARIAL CERTIFICATE (出生 BIRTH)",
        "zh",
        "cjk",
        [
            "姓 / Surname",
            "名 / Given name",
            "性别 / Sex",
            "出生日期 / Date of birth",
            "出生地点 / Place of birth",
            "父亲 / Father",
            "母亲 / Mother",
            "公证书编号 / No.",
            "日期 / Date",
        ],
        ("女 / Female", "男 / Male"),
    ),
    "ARM": (
        ["ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", "REPUBLIC OF ARMENIA - CIVIL STATUS ACTS REGISTRATION"],
        "ԾՆՆԴՅԱՆ ՎԿԱՅԱԿԱՆ / BIRTH CERTIFICATE",
        "hy",
        "dejavu",
        [
            "Ազգանուն / Surname",
            "Անուն, հայրանուն / Name, patronymic",
            "Սեռ / Sex",
            "Ծննդյան ամսաթիվ / Date of birth",
            "Ծննդյան վայր / Place of birth",
            "Հայր / Father",
            "Մայր / Mother",
            "Ակտային գրառում / Record No.",
            "Տրված / Issued",
        ],
        ("Իգական", "Արական"),
    ),
    "KOR": (
        ["대한민국 법원 (SUPREME COURT OF KOREA)", "가족관계등록부 / Family Relation Register"],
        "기본증명서 (상세) / BASIC CERTIFICATE (DETAILED)",
        "ko",
        "cjk",
        [
            "성 / Surname",
            "이름 / Given name",
            "성별 / Sex",
            "출생연월일 / Date of birth",
            "출생장소 / Place of birth",
            "부 / Father",
            "모 / Mother",
            "등록기준지 / Reg. No.",
            "발급일 / Issued",
        ],
        ("여 / F", "남 / M"),
    ),
    "CHL": (
        ["REPÚBLICA DE CHILE", "SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN"],
        "CERTIFICADO DE NACIMIENTO",
        "es",
        "sans",
        [
            "Apellidos",
            "Nombres",
            "Sexo",
            "Fecha nacimiento",
            "Lugar de nacimiento",
            "Nombre del padre",
            "Nombre de la madre",
            "Nro. inscripción",
            "Fecha emisión",
        ],
        ("FEMENINO", "MASCULINO"),
    ),
    "MDA": (
        ["REPUBLICA MOLDOVA", "AGENŢIA SERVICII PUBLICE", "Direcţia Stare Civilă"],
        "CERTIFICAT DE NAŞTERE",
        "ro",
        "dejavuserif",
        [
            "Numele",
            "Prenumele",
            "Sexul",
            "Data naşterii",
            "Locul naşterii",
            "Tatăl",
            "Mama",
            "Actul de naştere nr.",
            "Data eliberării",
        ],
        ("feminin", "masculin"),
    ),
    "DZA": (
        ["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "Wilaya d'Oran - Commune d'Oran"],
        "EXTRAIT D'ACTE DE NAISSANCE",
        "fr",
        "serif",
        [
            "Nom",
            "Prénom(s)",
            "Sexe",
            "Né(e) le",
            "à",
            "Fils/Fille de",
            "et de",
            "Acte n°",
            "Délivré le",
        ],
        ("féminin", "masculin"),
    ),
    "SEN": (
        [
            "RÉPUBLIQUE DU SÉNÉGAL",
            "Un Peuple - Un But - Une Foi",
            "Centre d'état civil de Dakar-Plateau",
        ],
        "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
        "fr",
        "serif",
        [
            "Nom",
            "Prénoms",
            "Sexe",
            "Date de naissance",
            "Lieu de naissance",
            "Père",
            "Mère",
            "N° dans le registre",
            "Délivré le",
        ],
        ("Féminin", "Masculin"),
    ),
    "HTI": (
        ["RÉPUBLIQUE D'HAÏTI", "ARCHIVES NATIONALES D'HAÏTI"],
        "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL - ACTE DE NAISSANCE",
        "fr",
        "serif",
        [
            "Nom",
            "Prénoms",
            "Sexe",
            "Né(e) le",
            "à",
            "Père",
            "Mère",
            "Registre / Acte n°",
            "Délivré le",
        ],
        ("féminin", "masculin"),
    ),
    "VNM": (
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        "GIẤY KHAI SINH (BẢN SAO)",
        "vi",
        "dejavuserif",
        [
            "Họ",
            "Chữ đệm, tên",
            "Giới tính",
            "Ngày, tháng, năm sinh",
            "Nơi sinh",
            "Họ tên cha",
            "Họ tên mẹ",
            "Số",
            "Ngày cấp",
        ],
        ("Nữ", "Nam"),
    ),
    "ESP": (
        ["REINO DE ESPAÑA", "REGISTRO CIVIL DE SEVILLA"],
        "CERTIFICACIÓN LITERAL DE NACIMIENTO",
        "es",
        "serif",
        [
            "Apellidos",
            "Nombre",
            "Sexo",
            "Fecha de nacimiento",
            "Lugar de nacimiento",
            "Padre",
            "Madre",
            "Tomo / Página",
            "Fecha de expedición",
        ],
        ("mujer", "varón"),
    ),
}


def birth_certificate_pages(country: str, c: dict, seed: int) -> list[Page]:
    """c: surname, given, sex, dob, place, father, mother, reg_no, issued."""
    rng = random.Random(seed)
    header, title, lang, font, L, sexw = BC[country]
    fb = font + "-b" if font in ("sans", "serif", "narrow", "dejavu", "dejavuserif") else font
    tint = rng.choice([(250, 249, 244), (244, 246, 238), (246, 242, 230), (236, 242, 246)])
    p = Page(bg=tint)
    style = rng.choice(["grid", "dotted", "numbered"]) if country not in ("CHN", "KOR") else "grid"
    if country in ("PHL", "BRA", "COL", "MDA"):  # security paper pattern
        for i in range(0, 297, 6):
            p.line(0, i, 210, i + 40, (230, 232, 228), 0.2)
    y = 18
    for h in header:
        p.text(105, y, h, 9 if len(h) < 60 else 7, fb, (30, 30, 30), "c")
        y += 5
    y += 5
    p.text(105, y, title, 13 if len(title) < 40 else 9.5, fb, (20, 20, 60), "c")
    y += 12
    given_value = c["given"] if L[1] else None
    surname_value = c["surname"] if L[1] else c["given"] + " " + c["surname"]
    datev = (
        dwords(c["dob"], lang)
        if country in ("JPN", "KOR", "UKR", "VNM") or rng.random() < 0.5
        else dnum(c["dob"], "." if lang in ("ro", "uk", "hy") else "/")
    )
    if country == "USA":
        datev = dwords(c["dob"], "en")
    rows = [
        (L[0], surname_value),
        (L[1], given_value),
        (L[2], sexw[c["sex"] == "M"]),
        (L[3], datev),
        (L[4], c["place"]),
        (L[5], c["father"]),
        (L[6], c["mother"]),
        (L[7], c["reg_no"]),
        (L[8], dnum(c["issued"], "." if lang in ("ro", "uk") else "/")),
    ]
    rows = [r for r in rows if r[0]]
    x0, x1 = 22, 88
    for i, (lab, val) in enumerate(rows):
        if style == "grid":
            p.rect(20, y - 5, 170, 9, stroke=(90, 90, 90), lw=0.2)
            p.line(x1 - 3, y - 5, x1 - 3, y + 4, (90, 90, 90), 0.2)
            p.text(x0, y + 0.8, lab, 7.5, font, (60, 60, 60))
            p.text(x1, y + 1, val, 10, fb)
            y += 9
        elif style == "dotted":
            p.text(x0, y, lab + " :", 8.5, font, (40, 40, 40))
            p.line(
                x0 + 1 + len(lab) * 1.6, y + 0.8, 188, y + 0.8, (120, 120, 120), 0.2, dash=(0.5, 1)
            )
            p.text(x1, y - 0.5, val, 10.5, fb)
            y += 10
        else:
            p.rect(20, y - 4, 170, 12, stroke=(120, 120, 140), lw=0.25)
            p.text(22, y - 1, f"{i + 1}. {lab}", 6.5, font, (80, 80, 100))
            p.text(30, y + 5.5, val, 10.5, fb)
            y += 12
    y += 10
    p.text(
        22,
        y,
        {
            "en": "Certified to be a true copy of the record on file.",
            "es": "Se expide la presente certificación para los fines legales correspondientes.",
            "pt": "O conteúdo da certidão é verdadeiro. Dou fé.",
            "fr": "Pour extrait certifié conforme aux registres.",
            "it": "Rilasciato per gli usi consentiti dalla legge.",
            "uk": "Свідоцтво видано відповідно до актового запису.",
            "ro": "Certificat eliberat în baza actului de naştere.",
            "vi": "Sao từ Sổ đăng ký khai sinh.",
        }.get(lang, ""),
        8.5,
        font,
    )
    y += 12
    p.text(120, y, c.get("officer", "Registrar"), 8.5, font)
    p.img(
        118, y + 2, 45, 15, signature_image(c.get("officer", "Officer X"), seed + 2, (20, 20, 60))
    )
    p.img(
        40,
        y - 6,
        44,
        44,
        stamp_image(
            [c.get("seal", "OFFICIAL")],
            header[0][:28],
            (rng.choice([(40, 50, 140), (120, 40, 120), (40, 40, 40)])),
            seed + 3,
        ),
    )
    if country == "CHN":
        p.para(
            22,
            250,
            166,
            "兹证明 "
            + c["surname"]
            + c["given"]
            + " 于 "
            + dwords(c["dob"], "zh")
            + " 在 "
            + c["place"]
            + " 出生。This is to certify that the above is true.",
            9,
            "cjk",
        )
    return [p]
