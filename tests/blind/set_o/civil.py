"""Birth certificates of many countries, Hague apostilles, sworn translations."""

from __future__ import annotations

import random

import util as U
from render import Page, text_width

LAB = {
    "fr": [
        "Nom",
        "Prénom(s)",
        "Sexe",
        "Date de naissance",
        "Heure",
        "Lieu de naissance",
        "Père",
        "Mère",
        "Dressé le",
        "L'officier de l'état civil",
    ],
    "en": [
        "Surname",
        "Given name(s)",
        "Sex",
        "Date of birth",
        "Time of birth",
        "Place of birth",
        "Father",
        "Mother",
        "Date registered",
        "Registrar",
    ],
    "es": [
        "Apellidos",
        "Nombre(s)",
        "Sexo",
        "Fecha de nacimiento",
        "Hora",
        "Lugar de nacimiento",
        "Padre",
        "Madre",
        "Fecha de registro",
        "Oficial del Registro Civil",
    ],
    "pt": [
        "Sobrenome",
        "Nome",
        "Sexo",
        "Data de nascimento",
        "Hora",
        "Local de nascimento",
        "Pai",
        "Mãe",
        "Data do registro",
        "Oficial de Registro Civil",
    ],
    "uk": [
        "Прізвище",
        "Власне ім'я, по батькові",
        "Стать",
        "Дата народження",
        "Час",
        "Місце народження",
        "Батько",
        "Мати",
        "Дата державної реєстрації",
        "Державний реєстратор",
    ],
    "tr": [
        "Soyadı",
        "Adı",
        "Cinsiyeti",
        "Doğum Tarihi",
        "Saat",
        "Doğum Yeri",
        "Baba Adı",
        "Ana Adı",
        "Tescil Tarihi",
        "Nüfus Müdürü",
    ],
    "vi": [
        "Họ",
        "Chữ đệm, tên",
        "Giới tính",
        "Ngày, tháng, năm sinh",
        "Giờ",
        "Nơi sinh",
        "Họ, chữ đệm, tên người cha",
        "Họ, chữ đệm, tên người mẹ",
        "Ngày đăng ký",
        "Người ký giấy khai sinh",
    ],
    "it": [
        "Cognome",
        "Nome",
        "Sesso",
        "Data di nascita",
        "Ora",
        "Luogo di nascita",
        "Padre",
        "Madre",
        "Data dell'atto",
        "L'Ufficiale dello Stato Civile",
    ],
    "de": [
        "Familienname",
        "Vornamen",
        "Geschlecht",
        "Tag der Geburt",
        "Uhrzeit",
        "Geburtsort",
        "Vater",
        "Mutter",
        "Beurkundet am",
        "Standesbeamter",
    ],
}
SEXW = dict(
    fr=("Masculin", "Féminin"),
    en=("Male", "Female"),
    es=("Masculino", "Femenino"),
    pt=("Masculino", "Feminino"),
    uk=("чоловіча", "жіноча"),
    tr=("Erkek", "Kadın"),
    vi=("Nam", "Nữ"),
    it=("Maschile", "Femminile"),
    de=("männlich", "weiblich"),
)
MONTHS = dict(
    en=[
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
    es=[
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
    pt=[
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
    it=[
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
    de=[
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
)


def date_lang(s: str, lang: str, us=False) -> str:
    x = U.d(s)
    if lang == "fr":
        return U.fr_words(s)
    if lang == "en":
        m = MONTHS["en"][x.month - 1]
        return f"{m} {x.day}, {x.year}" if us else f"{x.day} {m} {x.year}"
    if lang in ("es", "pt"):
        return f"{x.day} de {MONTHS[lang][x.month - 1]} de {x.year}"
    if lang == "it":
        return f"{x.day} {MONTHS['it'][x.month - 1]} {x.year}"
    if lang == "de":
        return f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}"
    if lang == "vi":
        return f"Ngày {x.day:02d} tháng {x.month:02d} năm {x.year}"
    return f"{x.day:02d}.{x.month:02d}.{x.year}"


# code: (lang, style, header lines, title, place label)
BC = {
    "DZA": (
        "fr",
        "franco",
        [
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            "الجمهورية الجزائرية الديمقراطية الشعبية",
            "Wilaya d'Oran",
            "Commune d'Oran",
        ],
        "EXTRAIT D'ACTE DE NAISSANCE",
    ),
    "MAR": (
        "fr",
        "franco",
        [
            "ROYAUME DU MAROC",
            "Ministère de l'Intérieur",
            "Province de Casablanca",
            "Bureau d'état civil Anfa",
        ],
        "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
    ),
    "TUN": (
        "fr",
        "franco",
        ["RÉPUBLIQUE TUNISIENNE", "Ministère des Affaires Locales", "Municipalité de Sfax"],
        "EXTRAIT D'ACTE DE NAISSANCE",
    ),
    "SEN": (
        "fr",
        "franco",
        [
            "RÉPUBLIQUE DU SÉNÉGAL",
            "Un Peuple - Un But - Une Foi",
            "Région de Dakar",
            "Centre d'état civil de Grand-Dakar",
        ],
        "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
    ),
    "CIV": (
        "fr",
        "franco",
        ["RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union - Discipline - Travail", "Commune de Cocody"],
        "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
    ),
    "CMR": (
        "fr",
        "franco",
        [
            "RÉPUBLIQUE DU CAMEROUN - REPUBLIC OF CAMEROON",
            "Paix - Travail - Patrie",
            "Centre d'état civil de Douala IIIe",
        ],
        "ACTE DE NAISSANCE - BIRTH CERTIFICATE",
    ),
    "MLI": (
        "fr",
        "franco",
        ["RÉPUBLIQUE DU MALI", "Un Peuple - Un But - Une Foi", "Commune IV du District de Bamako"],
        "EXTRAIT D'ACTE DE NAISSANCE",
    ),
    "COD": (
        "fr",
        "franco",
        ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Ville de Kinshasa", "Commune de Lingwala"],
        "ACTE DE NAISSANCE",
    ),
    "HTI": (
        "fr",
        "franco",
        ["RÉPUBLIQUE D'HAÏTI", "Archives Nationales d'Haïti"],
        "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL",
    ),
    "USA": (
        "en",
        "grid",
        ["STATE OF ILLINOIS", "DEPARTMENT OF PUBLIC HEALTH", "DIVISION OF VITAL RECORDS"],
        "CERTIFICATE OF LIVE BIRTH",
    ),
    "PHL": (
        "en",
        "grid",
        [
            "Republic of the Philippines",
            "PHILIPPINE STATISTICS AUTHORITY",
            "OFFICE OF THE CIVIL REGISTRAR GENERAL",
        ],
        "CERTIFICATE OF LIVE BIRTH",
    ),
    "IND": (
        "en",
        "grid",
        [
            "GOVERNMENT OF MAHARASHTRA",
            "MUNICIPAL CORPORATION OF GREATER MUMBAI",
            "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969)",
        ],
        "BIRTH CERTIFICATE",
    ),
    "GBR": (
        "en",
        "grid",
        ["GENERAL REGISTER OFFICE", "Registration District: Birmingham"],
        "CERTIFIED COPY OF AN ENTRY OF BIRTH",
    ),
    "COL": (
        "es",
        "grid",
        ["REPÚBLICA DE COLOMBIA", "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL"],
        "REGISTRO CIVIL DE NACIMIENTO",
    ),
    "MEX": (
        "es",
        "narr",
        ["ESTADOS UNIDOS MEXICANOS", "REGISTRO CIVIL - ESTADO DE JALISCO"],
        "ACTA DE NACIMIENTO",
    ),
    "BRA": (
        "pt",
        "narr",
        ["REPÚBLICA FEDERATIVA DO BRASIL", "REGISTRO CIVIL DAS PESSOAS NATURAIS"],
        "CERTIDÃO DE NASCIMENTO",
    ),
    "UKR": ("uk", "narr", ["УКРАЇНА"], "СВІДОЦТВО ПРО НАРОДЖЕННЯ"),
    "TUR": (
        "tr",
        "grid",
        [
            "TÜRKİYE CUMHURİYETİ",
            "İÇİŞLERİ BAKANLIĞI",
            "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
        ],
        "DOĞUM KAYIT ÖRNEĞİ",
    ),
    "VNM": (
        "vi",
        "narr",
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        "GIẤY KHAI SINH (BẢN SAO)",
    ),
    "CHN": ("en", "narr", ["NOTARIAL CERTIFICATE", "(Translation)"], "Certificate of Birth"),
    "ESP": ("es", "narr", ["REGISTRO CIVIL DE MADRID"], "CERTIFICACIÓN LITERAL DE NACIMIENTO"),
    "PRT": (
        "pt",
        "narr",
        ["REPÚBLICA PORTUGUESA", "Conservatória do Registo Civil do Porto"],
        "CERTIDÃO DE NASCIMENTO",
    ),
    "ITA": (
        "it",
        "franco",
        ["COMUNE DI NAPOLI", "Ufficio dello Stato Civile"],
        "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA",
    ),
    "DEU": ("de", "grid", ["Standesamt Köln"], "GEBURTSURKUNDE"),
}


def birth_certificate(rng: random.Random, p: dict, doc: dict):
    code = doc["country"]
    lang, style, hdr, title = BC[code]
    lab = LAB[lang]
    pg = Page(210, 297, bg=rng.choice([(255, 255, 255), (252, 250, 240), (246, 248, 252)]))
    surname, given = doc.get("surname", p["surname"]), doc.get("given", p["given"])
    dob, pob = p["dob"], doc.get("pob_text", p["pob"])
    sexw = SEXW[lang][0 if p["sex"] == "M" else 1]
    reg = doc.get("registered", U.add_days(dob, rng.randint(1, 12)))
    issued = doc["issued"]
    father, mother = p["father"], p["mother"]
    hf = rng.choice(["times", "serif", "caladea", "arial"])
    hfb = hf + "-b"
    y = 20
    for i, h in enumerate(hdr):
        fnt = "amiri" if any("\u0600" <= c <= "\u06ff" for c in h) else (hfb if i == 0 else hf)
        pg.text(105 if style != "franco" else 60, y, h, fnt, 10 if i == 0 else 8.5, anchor="m")
        y += 5.5
    if style == "franco":
        pg.text(190, 22, f"N° {doc['act_no']}", hfb, 10, anchor="r")
        pg.text(190, 28, f"Année {U.d(dob).year}", hf, 9, anchor="r")
    y += 8
    pg.text(105, y, title, hfb, 13 if len(title) < 40 else 11, anchor="m")
    y += 14
    us = code == "USA"
    vals = [
        surname.upper(),
        given,
        sexw,
        date_lang(dob, lang, us),
        doc.get("time", "08h15"),
        pob,
        father,
        mother,
        date_lang(reg, lang, us),
        doc["officer"],
    ]
    vf = rng.choice(["courier", "arial", "times", "sans"])
    if style == "franco":
        for lb, v in zip(lab, vals):
            pg.text(20, y, lb, hf, 10)
            x0 = 20 + text_width(lb, hf, 10) + 2
            pg.line(x0, y + 0.5, 190, y + 0.5, (120, 120, 120), 0.2, dash=(0.4, 0.8))
            pg.text(75, y - 0.6, v, vf, 10.5)
            y += 10
        y += 4
        y = pg.para(20, y, doc.get("mention", "Mentions marginales : Néant."), 170, hf, 9)
    elif style == "grid":
        cells = list(zip(lab, vals))
        order = [(0, 1), (2, 3), (5, 4), (6, 7), (8, 9)]
        for a, b in order:
            for j, idx in enumerate((a, b)):
                x = 20 + j * 85
                pg.rect(x, y, 85, 16, stroke=(90, 60, 60) if code == "GBR" else (40, 40, 40))
                pg.text(
                    x + 2,
                    y + 4,
                    f"{idx + 1}. {cells[idx][0].upper()}",
                    "sansc",
                    6.5,
                    (110, 40, 40) if code == "GBR" else (60, 60, 60),
                )
                pg.text(x + 3, y + 12, cells[idx][1], vf, 10)
            y += 16
        y += 8
    else:
        art = {
            "es": "En la ciudad de",
            "pt": "Certifico que",
            "uk": "Громадянин(ка)",
            "vi": "Họ, chữ đệm, tên:",
            "en": "This is to certify that",
        }.get(lang, "")
        body = {
            "es": f"{art} {doc.get('city', pob)}, el {date_lang(reg, 'es')}, se asentó el "
            f"nacimiento de {given} {surname.upper()}, sexo {sexw}, nacido(a) el "
            f"{date_lang(dob, 'es')} en {pob}, hijo(a) de {father} y de {mother}.",
            "pt": f"{art} no livro A-{rng.randint(80, 400)}, folha {rng.randint(1, 300)}, sob "
            f"o número de ordem {doc['act_no']}, foi registrado(a) {given} "
            f"{surname.upper()}, sexo {sexw.lower()}, nascido(a) em "
            f"{date_lang(dob, 'pt')}, em {pob}, filho(a) de {father} e de {mother}.",
            "en": f"{art} {given} {surname.upper()}, {sexw.lower()}, was born on "
            f"{date_lang(dob, 'en')} in {pob}. Father: {father}. Mother: {mother}. "
            f"This birth was registered on {date_lang(reg, 'en')}.",
        }.get(lang)
        if body:
            y = pg.para(20, y, body, 170, rng.choice(["times", "caladea", "serif"]), 11, leading=7)
            y += 6
        for lb, v in zip(lab, vals):
            if lb in (lab[4],):
                continue
            pg.text(22, y, lb + " :", hf, 9, (60, 60, 60))
            pg.text(85, y, v, vf, 10.5)
            y += 8
    y += 10
    city = doc.get("issue_city", "")
    pg.text(
        110,
        y,
        {
            "fr": f"Délivré à {city}, le {U.fr(issued)}",
            "en": f"Issued at {city} on {date_lang(issued, 'en', us)}",
            "es": f"Expedido en {city}, {date_lang(issued, 'es')}",
            "pt": f"{city}, {date_lang(issued, 'pt')}",
            "uk": f"Дата видачі {U.fr(issued).replace('/', '.')}",
            "tr": f"Düzenlenme tarihi {U.fr(issued).replace('/', '.')}",
            "vi": f"{city}, {date_lang(issued, 'vi').lower()}",
            "it": f"{city}, lì {U.fr(issued)}",
            "de": f"{city}, den {U.fr(issued).replace('/', '.')}",
        }[lang],
        hf,
        9.5,
    )
    pg.text(110, y + 6, doc["officer"], hf, 9)
    pg.stamp(
        80,
        y + 22,
        16,
        [doc.get("stamp", code)],
        rng,
        color=rng.choice([(40, 60, 150), (120, 40, 120), (30, 30, 30)]),
        ring=" ".join(hdr[0].split()[:4]),
    )
    pg.signature(115, y + 10, 55, 20, rng, doc["officer"].split()[-1])
    if code == "USA":
        pg.text(
            105,
            285,
            "This is a true certification of the name and birth facts as it "
            "appears on file in this office. VOID IF ALTERED.",
            "sans",
            6.5,
            (90, 40, 40),
            "m",
        )
    fields = dict(
        surname=surname.upper(),
        given_names=given.upper() if False else given,
        date_of_birth=dob,
        place_of_birth=pob,
        issuing_country=code,
        language=lang,
        has_apostille=bool(doc.get("has_apostille")),
    )
    return [pg], fields
