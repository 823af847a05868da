"""Passports (TD3), EU identity cards and French titres de séjour (TD1),
French visa stickers (MRV-A)."""

from __future__ import annotations

import datetime as dt

from art import emblem, guilloche, portrait
from core import (
    BLACK,
    Page,
    mrva,
    seed_of,
    strip_accents,
    td1,
    td3,
    text_width_mm,
)
from model import Doc

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JANV", "FEVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
MON_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
MON_PT = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]
MON_TR = ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"]


def vdate(d: dt.date, style: str) -> str:
    if style == "en":
        return f"{d.day:02d} {MON_EN[d.month - 1]} {d.year}"
    if style == "en_fr":
        return f"{d.day:02d} {MON_EN[d.month - 1]}/{MON_FR[d.month - 1]} {d.year}"
    if style == "es_en":
        return f"{d.day:02d} {MON_ES[d.month - 1]}/{MON_EN[d.month - 1]} {d.year}"
    if style == "pt":
        return f"{d.day:02d} {MON_PT[d.month - 1]}/{MON_EN[d.month - 1]} {d.year}"
    if style == "tr":
        return f"{d.day:02d} {MON_TR[d.month - 1]}/{MON_EN[d.month - 1]} {d.year}"
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "short":
        return f"{d.day:02d} {MON_EN[d.month - 1]} {d.strftime('%y')}"
    raise ValueError(style)


L3 = {  # trilingual default labels (national language / English / French)
    "type": "Type",
    "code": "Code",
    "number": "Passport No.",
}

PASSPORT_STYLES = {
    "USA": {
        "headers": [("PASSPORT", "serif-b", 11), ("UNITED STATES OF AMERICA", "serif-b", 10)],
        "labels": {
            "type": "Type / Type / Tipo",
            "code": "Code / Code / Código",
            "number": "Passport No. / No. du Passeport / No. de Pasaporte",
            "surname": "Surname / Nom / Apellidos",
            "given": "Given Names / Prénoms / Nombres",
            "nat": "Nationality / Nationalité / Nacionalidad",
            "dob": "Date of birth / Date de naissance / Fecha de nacimiento",
            "pob": "Place of birth / Lieu de naissance / Lugar de nacimiento",
            "sex": "Sex / Sexe / Sexo",
            "issue": "Date of issue / Date de délivrance / Fecha de expedición",
            "expiry": "Date of expiration / Date d'expiration / Fecha de caducidad",
            "authority": "Authority / Autorité / Autoridad",
            "sign": "",
        },
        "nat_text": "UNITED STATES OF AMERICA",
        "date": "en",
        "color": (70, 110, 170),
        "accent": (20, 40, 90),
        "lfont": "sans",
        "vfont": "cond-b",
        "authority": "United States\nDepartment of State",
        "pob_fmt": "{city}, U.S.A.",
    },
    "MAR": {
        "headers": [
            ("المملكة المغربية", "amiri-b", 11),
            ("ROYAUME DU MAROC", "serif-b", 10),
            ("KINGDOM OF MOROCCO", "serif", 7),
        ],
        "labels": {
            "type": "Type",
            "code": "Code du pays / Country code",
            "number": "N° du passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "pob": "Lieu de naissance / Place of birth",
            "sex": "Sexe / Sex",
            "issue": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "authority": "Autorité / Authority",
            "sign": "",
        },
        "nat_text": "MAROCAINE",
        "date": "dots",
        "color": (170, 60, 70),
        "accent": (120, 20, 30),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "DGSN",
        "pob_fmt": "{CITY}",
    },
    "CHN": {
        "headers": [
            ("中华人民共和国", "cjk", 11),
            ("PEOPLE'S REPUBLIC OF CHINA", "sans-b", 8),
            ("护照 PASSPORT", "cjk", 9),
        ],
        "labels": {
            "type": "类型/Type",
            "code": "国家码/Country Code",
            "number": "护照号/Passport No.",
            "surname": "姓/Surname",
            "given": "名/Given names",
            "nat": "国籍/Nationality",
            "dob": "出生日期/Date of birth",
            "pob": "出生地点/Place of birth",
            "sex": "性别/Sex",
            "issue": "签发日期/Date of issue",
            "expiry": "有效期至/Date of expiry",
            "authority": "签发机关/Authority",
            "sign": "",
        },
        "nat_text": "中国/CHINESE",
        "date": "short",
        "color": (120, 100, 160),
        "accent": (150, 30, 30),
        "lfont": "cjk",
        "vfont": "sans-b",
        "authority": "国家移民管理局\nNational Immigration Administration",
        "pob_fmt": "{CITY}",
        "sex_fmt": {"F": "女/F", "M": "男/M"},
    },
    "COL": {
        "headers": [
            ("REPÚBLICA DE COLOMBIA", "serif-b", 11),
            ("PASAPORTE  PASSPORT  PASSEPORT", "sans", 6.5),
        ],
        "labels": {
            "type": "Tipo/Type/Type",
            "code": "Código/Code/Code",
            "number": "Pasaporte No./Passport No.",
            "surname": "Apellidos/Surname/Nom",
            "given": "Nombres/Given names/Prénoms",
            "nat": "Nacionalidad/Nationality/Nationalité",
            "dob": "Fecha de nacimiento/Date of birth",
            "pob": "Lugar de nacimiento/Place of birth",
            "sex": "Sexo/Sex",
            "issue": "Fecha de expedición/Date of issue",
            "expiry": "Fecha de vencimiento/Date of expiry",
            "authority": "Autoridad/Authority",
            "sign": "Firma del titular/Holder's signature",
        },
        "nat_text": "COLOMBIANA",
        "date": "es_en",
        "color": (40, 120, 120),
        "accent": (130, 20, 40),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "MINISTERIO DE RELACIONES EXTERIORES",
        "pob_fmt": "{CITY} COL",
    },
    "IND": {
        "headers": [("भारत गणराज्य", "fserif-b", 11), ("REPUBLIC OF INDIA", "serif-b", 10)],
        "labels": {
            "type": "Type",
            "code": "Country Code",
            "number": "Passport No.",
            "surname": "Surname",
            "given": "Given Name(s)",
            "nat": "Nationality",
            "dob": "Date of Birth",
            "pob": "Place of Birth",
            "sex": "Sex",
            "issue": "Date of Issue",
            "expiry": "Date of Expiry",
            "authority": "Place of Issue",
            "sign": "",
        },
        "nat_text": "INDIAN",
        "date": "slash",
        "color": (70, 90, 150),
        "accent": (20, 30, 90),
        "lfont": "sans",
        "vfont": "mono-b",
        "authority": "PARIS",
        "pob_fmt": "{CITY}, {STATE}",
    },
    "BRA": {
        "headers": [
            ("REPÚBLICA FEDERATIVA DO BRASIL", "serif-b", 10),
            ("PASSAPORTE / PASSPORT", "sans", 7),
        ],
        "labels": {
            "type": "Tipo/Type",
            "code": "País emissor/Issuing country",
            "number": "Passaporte nº/Passport No.",
            "surname": "Sobrenome/Surname",
            "given": "Nome/Given names",
            "nat": "Nacionalidade/Nationality",
            "dob": "Data de nascimento/Date of birth",
            "pob": "Naturalidade/Place of birth",
            "sex": "Sexo/Sex",
            "issue": "Data de expedição/Date of issue",
            "expiry": "Válido até/Date of expiry",
            "authority": "Autoridade/Authority",
            "sign": "",
        },
        "nat_text": "BRASILEIRO(A)",
        "date": "pt",
        "color": (40, 120, 80),
        "accent": (20, 70, 40),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "POLÍCIA FEDERAL",
        "pob_fmt": "{CITY}/{STATE}",
    },
    "UKR": {
        "headers": [("УКРАЇНА  UKRAINE", "sans-b", 11), ("ПАСПОРТ  PASSPORT", "sans", 8)],
        "labels": {
            "type": "Тип/Type",
            "code": "Код держави/Code of issuing State",
            "number": "Паспорт №/Passport No.",
            "surname": "Прізвище/Surname",
            "given": "Ім'я/Given Names",
            "nat": "Громадянство/Nationality",
            "dob": "Дата народження/Date of birth",
            "pob": "Місце народження/Place of birth",
            "sex": "Стать/Sex",
            "issue": "Дата видачі/Date of issue",
            "expiry": "Дата закінчення строку дії/Date of expiry",
            "authority": "Орган, що видав/Authority",
            "sign": "",
        },
        "nat_text": "УКРАЇНА/UKR",
        "date": "dots",
        "color": (60, 100, 160),
        "accent": (30, 50, 110),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "8012",
        "pob_fmt": "{CITY_NAT}/{CITY}",
        "cyr": True,
    },
    "TUR": {
        "headers": [("TÜRKİYE CUMHURİYETİ", "serif-b", 11), ("REPUBLIC OF TÜRKİYE", "serif", 8)],
        "labels": {
            "type": "Tipi/Type",
            "code": "Ülke kodu/Country code",
            "number": "Pasaport No/Passport No",
            "surname": "Soyadı/Surname/Nom",
            "given": "Adı/Given name(s)/Prénoms",
            "nat": "Uyruğu/Nationality",
            "dob": "Doğum tarihi/Date of birth",
            "pob": "Doğum yeri/Place of birth",
            "sex": "Cinsiyeti/Sex",
            "issue": "Veriliş tarihi/Date of issue",
            "expiry": "Geçerlilik tarihi/Date of expiry",
            "authority": "Makam/Authority",
            "sign": "",
        },
        "nat_text": "T.C.",
        "date": "tr",
        "color": (150, 60, 70),
        "accent": (110, 20, 30),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "T.C. İÇİŞLERİ BAKANLIĞI",
        "pob_fmt": "{CITY}",
    },
    "PHL": {
        "headers": [
            ("REPUBLIKA NG PILIPINAS", "serif-b", 10),
            ("REPUBLIC OF THE PHILIPPINES", "serif", 8),
        ],
        "labels": {
            "type": "Uri/Type",
            "code": "Kodigo/Code",
            "number": "Pasaporte Blg/Passport No.",
            "surname": "Apelyido/Surname",
            "given": "Mga Pangalan/Given names",
            "nat": "Nasyonalidad/Nationality",
            "dob": "Petsa ng kapanganakan/Date of birth",
            "pob": "Lugar ng kapanganakan/Place of birth",
            "sex": "Kasarian/Sex",
            "issue": "Petsa ng pagkakaloob/Date of issue",
            "expiry": "Petsa ng pagkawalang-bisa/Valid until",
            "authority": "Maykapangyarihan/Authority",
            "sign": "",
        },
        "nat_text": "FILIPINO",
        "date": "en",
        "color": (60, 80, 150),
        "accent": (30, 40, 110),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "DFA PARIS",
        "pob_fmt": "{CITY}",
    },
    "MEX": {
        "headers": [
            ("ESTADOS UNIDOS MEXICANOS", "serif-b", 10),
            ("PASAPORTE  PASSPORT  PASSEPORT", "sans", 6.5),
        ],
        "labels": {
            "type": "Tipo/Type/Type",
            "code": "Clave del país/Code/Code",
            "number": "Pasaporte No./Passport No.",
            "surname": "Apellidos/Surname/Nom",
            "given": "Nombres/Given names/Prénoms",
            "nat": "Nacionalidad/Nationality",
            "dob": "Fecha de nacimiento/Date of birth",
            "pob": "Lugar de nacimiento/Place of birth",
            "sex": "Sexo/Sex",
            "issue": "Fecha de expedición/Date of issue",
            "expiry": "Fecha de caducidad/Date of expiry",
            "authority": "Autoridad/Authority",
            "sign": "",
        },
        "nat_text": "MEXICANA",
        "date": "es_en",
        "color": (50, 120, 90),
        "accent": (20, 80, 50),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "SRE",
        "pob_fmt": "{CITY}",
    },
    "GBR": {
        "headers": [
            ("UNITED KINGDOM OF GREAT BRITAIN", "serif-b", 8.5),
            ("AND NORTHERN IRELAND", "serif-b", 8.5),
        ],
        "labels": {
            "type": "Type/Type",
            "code": "Code/Code",
            "number": "Passport No./Passeport No.",
            "surname": "Surname/Nom (1)",
            "given": "Given names/Prénoms (2)",
            "nat": "Nationality/Nationalité (3)",
            "dob": "Date of birth/Date de naissance (4)",
            "pob": "Place of birth/Lieu de naissance (6)",
            "sex": "Sex/Sexe (5)",
            "issue": "Date of issue/Date de délivrance (7)",
            "expiry": "Date of expiry/Date d'expiration (9)",
            "authority": "Authority/Autorité (8)",
            "sign": "Holder's signature/Signature du titulaire (10)",
        },
        "nat_text": "BRITISH CITIZEN",
        "date": "en_fr",
        "color": (120, 80, 140),
        "accent": (50, 20, 70),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "HMPO",
        "pob_fmt": "{CITY}",
    },
    "TUN": {
        "headers": [
            ("الجمهورية التونسية", "amiri-b", 11),
            ("REPUBLIQUE TUNISIENNE", "serif-b", 10),
        ],
        "labels": {
            "type": "Type",
            "code": "Code",
            "number": "N° Passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "pob": "Lieu de naissance / Place of birth",
            "sex": "Sexe / Sex",
            "issue": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "authority": "Autorité / Authority",
            "sign": "",
        },
        "nat_text": "TUNISIENNE",
        "date": "dots",
        "color": (160, 70, 70),
        "accent": (110, 20, 20),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "DGSN TUNIS",
        "pob_fmt": "{CITY}",
    },
    "DZA": {
        "headers": [
            ("الجمهورية الجزائرية الديمقراطية الشعبية", "amiri-b", 9.5),
            ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "serif-b", 7),
        ],
        "labels": {
            "type": "Type",
            "code": "Code",
            "number": "N° du passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénom(s) / Given name(s)",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "pob": "Lieu de naissance / Place of birth",
            "sex": "Sexe / Sex",
            "issue": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "authority": "Autorité / Authority",
            "sign": "",
        },
        "nat_text": "ALGERIENNE",
        "date": "dots",
        "color": (60, 120, 80),
        "accent": (20, 80, 40),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "DAIRA DE ORAN",
        "pob_fmt": "{CITY}",
    },
    "CMR": {
        "headers": [
            ("RÉPUBLIQUE DU CAMEROUN", "serif-b", 9.5),
            ("REPUBLIC OF CAMEROON", "serif-b", 9.5),
        ],
        "labels": {
            "type": "Type",
            "code": "Code",
            "number": "N° Passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "pob": "Lieu de naissance / Place of birth",
            "sex": "Sexe / Sex",
            "issue": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "authority": "Autorité / Authority",
            "sign": "",
        },
        "nat_text": "CAMEROUNAISE",
        "date": "dots",
        "color": (60, 110, 70),
        "accent": (140, 30, 30),
        "lfont": "sans",
        "vfont": "sans-b",
        "authority": "DGSN",
        "pob_fmt": "{CITY}",
    },
}


def _guil(page, w, h, color, seed, strength=0.3, density=1.0):
    img = guilloche(int(w * 5), int(h * 5), color, seed, density=density, strength=strength)
    page.image(0, 0, w, h, img)


def _mrz(page, lines, x0, y0, width, gap, font="ocrb"):
    size = 10.0
    for _ in range(3):
        tw = text_width_mm(lines[0], font, size)
        size *= width / tw
    for i, ln in enumerate(lines):
        page.text(x0, y0 + i * gap, ln, font, size, BLACK)


def passport(
    p, country, number, issue, expiry, key, city_nat="", state="", tamper=False, native=None
):
    """TD3 passport data page, 125 x 88 mm.  Returns Doc."""
    st = PASSPORT_STYLES[country]
    seed = seed_of(key, "passport")
    pg = Page(125, 88, name="passport")
    _guil(pg, 125, 88, st["color"], seed, 0.28)
    lab = st["labels"]
    lf, vf = st["lfont"], st["vfont"]
    acc = st["accent"]
    # header
    y = 5.5
    for txt, font, size in st["headers"]:
        y += size * 0.36
        pg.text(72, y, txt, font, size, acc, "c")
        y += 1.2
    # photo
    photo = portrait(seed, p.sex, grey=country in ("USA", "GBR", "UKR"))
    pg.image(5, 21, 31, 40, photo)
    pg.image(104, 3, 17, 17, emblem(seed, acc, 160))
    if country == "CHN":
        sur = p.SUR
        giv = p.GIV
    elif country in ("COL", "BRA", "MEX", "TUR"):
        sur = p.surname.upper()
        giv = p.given.upper()
    else:
        sur = p.SUR
        giv = p.GIV
    ds = st["date"]
    pob = st["pob_fmt"].format(
        city=p.birth_city,
        CITY=strip_accents(p.birth_city).upper(),
        STATE=state.upper(),
        CITY_NAT=city_nat,
    )
    sexv = st.get("sex_fmt", {}).get(p.sex, p.sex)
    ls, vs = 4.6, 8.2

    def fld(x, yy, label, value, vfont=vf, size=vs):
        pg.text(x, yy, label, lf, ls, (60, 60, 70))
        if any(ord(c) >= 0x2E80 for c in value):
            vfont = "cjk"
        while size > 4 and text_width_mm(value, vfont, size) > 121 - x:
            size *= 0.93
        pg.text(x, yy + 3.9, value, vfont, size, BLACK)

    fld(40, 22, lab["type"], "P")
    fld(56, 22, lab["code"], country)
    fld(84, 22, lab["number"], number, size=9)
    if native and country == "UKR":
        pg.text(40, 29, lab["surname"], lf, ls, (60, 60, 70))
        pg.text(40, 32.4, native[0], vf, 7, BLACK)
        pg.text(40, 35.8, sur, vf, vs, BLACK)
        pg.text(40, 38.8, lab["given"], lf, ls, (60, 60, 70))
        pg.text(40, 42.2, native[1], vf, 7, BLACK)
        pg.text(40, 45.6, giv, vf, vs, BLACK)
        row = 48.5
        gap = 5.6
    else:
        fld(40, 29, lab["surname"], sur)
        fld(40, 36, lab["given"], giv)
        if native:
            pg.text(100, 39.9, native, "cjk", 8, (40, 40, 40))
        row = 43
        gap = 7
    fld(40, row, lab["nat"], st["nat_text"])
    fld(40, row + gap, lab["dob"], vdate(p.dob, ds))
    fld(86, row + gap, lab["sex"], sexv)
    fld(40, row + 2 * gap, lab["pob"], pob)
    fld(40, row + 3 * gap, lab["issue"], vdate(issue, ds))
    fld(84, row + 3 * gap, lab["authority"], st["authority"].split("\n")[0], size=6.5)
    fld(40, row + 4 * gap, lab["expiry"], vdate(expiry, ds))
    if lab.get("sign"):
        pg.text(5, 64, lab["sign"], lf, 3.8, (60, 60, 70))
    pg.sig(6, 64.5, 28, 7, p.full(), seed=seed + 1, color=(20, 20, 20))
    lines = td3("P<", country, sur, giv, number, p.nationality, p.dob, p.sex, expiry)
    if tamper:
        l2 = lines[1]
        bad = str((int(l2[9]) + 3) % 10)
        lines = [lines[0], l2[:9] + bad + l2[10:]]
    _mrz(pg, lines, 4.5, 78.5, 116, 5.6)
    fields = {
        "surname": sur,
        "given_names": giv,
        "document_number": number,
        "nationality": p.nationality,
        "issuing_country": country,
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": not tamper,
    }
    return Doc("passport", fields, [pg], key=key)


# --------------------------------------------------------------------------
# ID-1 cards
# --------------------------------------------------------------------------
CARD_STYLES = {
    "ITA": {
        "header": ["REPUBBLICA ITALIANA", "CARTA D'IDENTITÀ / IDENTITY CARD"],
        "labels": {
            "surname": "COGNOME / SURNAME",
            "given": "NOME / NAME",
            "pob": "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            "sex": "SESSO / SEX",
            "height": "STATURA / HEIGHT",
            "nat": "CITTADINANZA / NATIONALITY",
            "issue": "EMISSIONE / ISSUING",
            "expiry": "SCADENZA / EXPIRY",
            "number": "",
        },
        "color": (90, 140, 190),
        "accent": (20, 60, 120),
        "date": "dots",
        "nat_text": "ITA",
        "doc_code": "CI",
    },
    "ESP": {
        "header": ["ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD"],
        "labels": {
            "surname": "APELLIDOS",
            "given": "NOMBRE",
            "pob": "",
            "sex": "SEXO",
            "height": "",
            "nat": "NACIONALIDAD",
            "issue": "",
            "expiry": "VALIDEZ",
            "number": "NUM SOPORT",
            "dob": "FECHA DE NACIMIENTO",
        },
        "color": (170, 120, 90),
        "accent": (120, 30, 30),
        "date": "dots_sp",
        "nat_text": "ESP",
        "doc_code": "ID",
    },
    "PRT": {
        "header": ["REPÚBLICA PORTUGUESA", "CARTÃO DE CIDADÃO / CITIZEN CARD"],
        "labels": {
            "surname": "Apelido(s) / Surname",
            "given": "Nome(s) / Given Name(s)",
            "pob": "",
            "sex": "Sexo / Sex",
            "height": "Altura / Height",
            "nat": "Nacionalidade / Nationality",
            "issue": "",
            "expiry": "Data de validade / Date of expiry",
            "number": "N.º Documento / Document No.",
            "dob": "Data de nascimento / Date of birth",
        },
        "color": (90, 150, 120),
        "accent": (20, 90, 50),
        "date": "space",
        "nat_text": "PRT",
        "doc_code": "I<",
    },
    "FRA": {
        "header": ["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"],
        "labels": {
            "surname": "NOM / Surname",
            "given": "Prénoms / Given names",
            "pob": "LIEU DE NAISSANCE / Place of birth",
            "sex": "SEXE / Sex",
            "height": "",
            "nat": "NATIONALITÉ / Nationality",
            "issue": "",
            "expiry": "DATE D'EXPIR. / Expiry date",
            "number": "N° DU DOCUMENT / Document No",
            "dob": "DATE DE NAISS. / Date of birth",
            "usage": "Nom d'usage / Alternative name",
        },
        "color": (120, 150, 200),
        "accent": (20, 40, 110),
        "date": "space",
        "nat_text": "FRA",
        "doc_code": "ID",
    },
}


def _card_date(d, style):
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "dots_sp":
        return d.strftime("%d %m %Y")
    return d.strftime("%d %m %Y")


def id_card(p, country, number, issue, expiry, key, extra=""):
    """EU national identity card, front + back (85.6 x 54 mm). Returns Doc with 2 pages."""
    st = CARD_STYLES[country]
    seed = seed_of(key, "idcard")
    lab = st["labels"]
    ds = st["date"]
    front = Page(85.6, 54, name="id_front")
    _guil(front, 85.6, 54, st["color"], seed, 0.3, density=1.4)
    front.rect(0.2, 0.2, 85.2, 53.6, (150, 150, 150), None, 0.2, radius=3)
    front.text(3.5, 5.2, st["header"][0], "sans-b", 7, st["accent"])
    front.text(3.5, 8.6, st["header"][1], "sans", 4.6, st["accent"])
    front.image(3.5, 12, 22, 28, portrait(seed, p.sex, grey=True))
    x = 28.5
    sur = p.SUR if country != "ESP" else p.surname.upper()
    giv = p.GIV if country != "ESP" else p.given.upper()
    if country == "PRT":
        sur, giv = p.surname.upper(), p.given.upper()

    def f(yy, label, value, size=6.6, xx=x):
        front.text(xx, yy, label, "sans", 3.6, (50, 50, 60))
        front.text(xx, yy + 2.9, value, "sans-b", size, BLACK)

    if lab.get("number"):
        f(12.5, lab["number"], number, xx=60)
    else:
        front.text(82, 5.2, number, "sans-b", 7.5, (160, 20, 20), "r")
    f(12.5, lab["surname"], sur)
    yy = 18
    if country == "FRA" and p.usage_name:
        f(yy, lab["usage"], "ép. " + strip_accents(p.usage_name).upper(), size=5.6)
        yy += 5.5
    f(yy, lab["given"], giv.replace(" ", ", ") if country == "FRA" else giv)
    yy += 5.5
    if country == "ITA":
        f(yy, lab["pob"], f"{strip_accents(p.birth_city).upper()} {_card_date(p.dob, ds)}")
        yy += 5.5
        f(yy, lab["sex"], p.sex)
        f(yy, lab["height"], "1,68", xx=50)
        f(yy, lab["nat"], "ITA", xx=64)
        yy += 5.5
        f(yy, lab["issue"], _card_date(issue, ds))
        f(yy, lab["expiry"], _card_date(expiry, ds), xx=52)
    else:
        f(yy, lab["sex"], p.sex)
        f(yy, lab["nat"], st["nat_text"], xx=44)
        f(yy, lab["dob"], _card_date(p.dob, ds), xx=62)
        yy += 5.5
        if lab.get("pob"):
            f(yy, lab["pob"], strip_accents(p.birth_city).upper())
            yy += 5.5
        f(yy, lab["expiry"], _card_date(expiry, ds))
    front.sig(4, 42, 24, 8, p.full(), seed=seed + 2, color=(20, 20, 20))
    back = Page(85.6, 54, name="id_back")
    _guil(back, 85.6, 54, st["color"], seed + 7, 0.22, density=1.2)
    back.rect(0.2, 0.2, 85.2, 53.6, (150, 150, 150), None, 0.2, radius=3)
    if country == "FRA":
        back.text(4, 6, "ADRESSE / Address", "sans", 3.6, (50, 50, 60))
        back.text(4, 9.2, strip_accents(p.street).upper(), "sans-b", 5.5)
        back.text(4, 12.4, f"{p.postcode} {strip_accents(p.city).upper()}", "sans-b", 5.5)
        back.text(4, 17, "DATE DE DÉLIVRANCE / Date of issue", "sans", 3.6, (50, 50, 60))
        back.text(4, 20.2, _card_date(issue, ds), "sans-b", 5.5)
        back.text(50, 17, "AUTORITÉ / Authority", "sans", 3.6, (50, 50, 60))
        back.text(50, 20.2, "Préfecture", "sans-b", 5.5)
    elif country == "ITA":
        back.text(4, 6, "INDIRIZZO DI RESIDENZA / RESIDENCE", "sans", 3.6, (50, 50, 60))
        back.text(4, 9.2, extra or "VIA ROMA 12, TORINO (TO)", "sans-b", 5.2)
        back.text(4, 14, "CODICE FISCALE / FISCAL CODE", "sans", 3.6, (50, 50, 60))
        back.text(4, 17.2, "RSSMRA90A41L219X", "sans-b", 5.5)
        back.text(50, 14, "COMUNE DI / MUNICIPALITY", "sans", 3.6, (50, 50, 60))
        back.text(50, 17.2, "TORINO", "sans-b", 5.5)
    elif country == "ESP":
        back.text(4, 6, "DOMICILIO", "sans", 3.6, (50, 50, 60))
        back.text(4, 9.2, extra or "C. MAYOR 21 P02 B", "sans-b", 5.2)
        back.text(4, 14, "LUGAR DE NACIMIENTO", "sans", 3.6, (50, 50, 60))
        back.text(4, 17.2, strip_accents(p.birth_city).upper(), "sans-b", 5.2)
        back.text(4, 22, "HIJO/A DE", "sans", 3.6, (50, 50, 60))
        back.text(
            4,
            25.2,
            (p.father or "JUAN").upper() + " / " + (p.mother or "MARIA").upper(),
            "sans-b",
            5,
        )
    else:
        back.text(4, 6, "Filiação / Filiation", "sans", 3.6, (50, 50, 60))
        back.text(4, 9.2, (p.father or "").upper(), "sans-b", 5)
        back.text(4, 12.4, (p.mother or "").upper(), "sans-b", 5)
    code = st["doc_code"]
    lines = td1(code, country, sur, giv, number, p.nationality, p.dob, p.sex, expiry)
    back.rect(0, 33, 85.6, 21, None, (250, 250, 250))
    _mrz(back, lines, 3.5, 39.5, 78.5, 5.6)
    fields = {
        "surname": sur,
        "given_names": giv,
        "document_number": number,
        "nationality": p.nationality,
        "issuing_country": country,
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": True,
    }
    return Doc("national_id", fields, [front, back], key=key)


def residence_permit(
    p, number, issue, expiry, kind, mention, key, prefecture="PRÉFECTURE DE POLICE"
):
    """French titre de séjour (ID-1 card), front and back."""
    seed = seed_of(key, "ts")
    front = Page(85.6, 54, name="ts_front")
    _guil(front, 85.6, 54, (110, 150, 120), seed, 0.32, density=1.3)
    front.rect(0.2, 0.2, 85.2, 53.6, (150, 150, 150), None, 0.2, radius=3)
    front.rect(0, 0, 85.6, 9, None, (35, 60, 130))
    front.text(3.5, 4.3, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6, (255, 255, 255))
    front.text(3.5, 7.6, "TITRE DE SÉJOUR", "sans-b", 5.4, (255, 255, 255))
    front.text(82, 6, number, "sans-b", 7, (255, 230, 230), "r")
    front.image(3.5, 12, 22, 28, portrait(seed, p.sex, grey=True))
    x = 28

    def f(yy, label, value, size=6.2, xx=x):
        front.text(xx, yy, label, "sans", 3.5, (40, 50, 60))
        front.text(xx, yy + 2.8, value, "sans-b", size, BLACK)

    f(12.5, "NOM / Surname", p.SUR)
    f(17.8, "Prénoms / Given names", p.GIV.replace(" ", ", "))
    f(23.1, "SEXE / Sex", p.sex)
    f(23.1, "NATIONALITÉ / Nationality", p.nationality, xx=42)
    f(23.1, "DATE DE NAISS. / Date of birth", p.dob.strftime("%d %m %Y"), xx=63)
    f(28.4, "TYPE DE TITRE / Type of permit", kind, size=5.2)
    f(33.7, "MENTION / Remarks", mention, size=5.2)
    f(39.0, "DATE DE FIN DE VALIDITÉ / Expiry date", expiry.strftime("%d %m %Y"))
    front.sig(4, 42, 22, 8, p.full(), seed=seed + 3, color=(20, 20, 20))
    back = Page(85.6, 54, name="ts_back")
    _guil(back, 85.6, 54, (110, 150, 120), seed + 5, 0.22, density=1.1)
    back.rect(0.2, 0.2, 85.2, 53.6, (150, 150, 150), None, 0.2, radius=3)
    back.text(4, 5, "ADRESSE / Address", "sans", 3.5, (40, 50, 60))
    back.text(4, 8, strip_accents(p.street).upper(), "sans-b", 5)
    back.text(4, 10.8, f"{p.postcode} {strip_accents(p.city).upper()}", "sans-b", 5)
    back.text(4, 15, "LIEU DE NAISSANCE / Place of birth", "sans", 3.5, (40, 50, 60))
    back.text(4, 18, f"{strip_accents(p.birth_city).upper()} ({p.birth_iso})", "sans-b", 5)
    back.text(4, 22.5, "DÉLIVRÉ LE / Date of issue", "sans", 3.5, (40, 50, 60))
    back.text(4, 25.5, issue.strftime("%d %m %Y") + "   " + prefecture, "sans-b", 4.6)
    back.text(4, 29.5, "REMARQUES: AUTORISE SON TITULAIRE A TRAVAILLER", "sans", 3.6)
    lines = td1("IR", "FRA", p.SUR, p.GIV, number, p.nationality, p.dob, p.sex, expiry)
    back.rect(0, 33, 85.6, 21, None, (250, 250, 250))
    _mrz(back, lines, 3.5, 39.5, 78.5, 5.6)
    fields = {
        "surname": p.SUR,
        "given_names": p.GIV,
        "document_number": number,
        "nationality": p.nationality,
        "issuing_country": "FRA",
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": True,
    }
    return Doc("residence_permit", fields, [front, back], key=key)


def visa_sticker(
    p,
    passport_no,
    visa_no,
    vfrom,
    vuntil,
    vtype,
    remark,
    issued_in,
    issued_on,
    key,
    entries="MULT",
    duration=None,
):
    """French visa sticker stuck on a passport page (page 125 x 88 mm)."""
    seed = seed_of(key, "visa")
    pg = Page(125, 88, name="visa_page")
    _guil(pg, 125, 88, (150, 120, 170), seed + 11, 0.16, density=0.8)
    pg.text(121, 85, str(8 + seed % 20), "sans", 7, (90, 70, 120), "r")
    sx, sy, sw, sh = 3, 2.5, 119, 80
    st = Page(sw, sh)
    _guil(st, sw, sh, (200, 110, 140) if vtype == "D" else (120, 150, 200), seed, 0.33, density=1.2)
    st.rect(0.3, 0.3, sw - 0.6, sh - 0.6, (150, 120, 140), None, 0.25)
    st.text(4, 6, "VISA", "sans-b", 11, (60, 40, 70))
    st.text(26, 6, "FRA", "sans-b", 8, (60, 40, 70))
    st.text(sw - 4, 6, visa_no, "mono-b", 10, (180, 20, 30), "r")
    st.image(4, 12, 27, 35, portrait(seed, p.sex, grey=True))
    x1, x2 = 35, 78
    lab = (70, 50, 80)

    def f(x, y, label, value, size=7.2):
        st.text(x, y, label, "sans", 4.1, lab)
        st.text(x, y + 3.5, value, "sans-b", size, BLACK)

    valid_for = "FRANCE" if vtype == "D" else "ETATS SCHENGEN"
    f(x1, 11, "VALABLE POUR / VALID FOR", valid_for)
    f(x1, 18, "DU / FROM", vfrom.strftime("%d-%m-%Y"))
    f(x2, 18, "AU / UNTIL", vuntil.strftime("%d-%m-%Y"))
    f(x1, 25, "TYPE DE VISA / TYPE OF VISA", vtype)
    dur = duration or ((vuntil - vfrom).days + 1)
    f(x2, 25, "DURÉE DE SÉJOUR / DURATION OF STAY", f"{dur} JOURS")
    f(x1, 32, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", entries)
    f(x2, 32, "DÉLIVRÉ À / ISSUED IN", issued_in.upper())
    f(x1, 39, "LE / ON", issued_on.strftime("%d-%m-%Y"))
    f(x2, 39, "NUMÉRO DE PASSEPORT / PASSPORT NUMBER", passport_no)
    f(x1, 46, "NOM, PRÉNOM / SURNAME, NAME", f"{p.SUR}, {p.GIV}")
    st.text(4, 53, "REMARQUES / REMARKS", "sans", 4.1, lab)
    yy = 53
    for ln in remark:
        yy += 3.6
        st.text(4, yy, ln, "sans-b", 6.4, BLACK)
    lines = mrva(
        vtype,
        "FRA",
        p.SUR,
        p.GIV,
        visa_no.replace(" ", "")[-9:],
        p.nationality,
        p.dob,
        p.sex,
        vuntil,
    )
    _mrz(st, lines, 3, 70.5, sw - 6, 5.6)
    # flatten sticker onto the page as raster later: keep it vector here
    for op in st.ops:
        pg.ops.append(_shift(op, sx, sy))
    vls = any("VLS-TS" in ln for ln in remark)
    fields = {
        "surname": p.SUR,
        "given_names": p.GIV,
        "document_number": visa_no.replace(" ", "")[-9:],
        "nationality": p.nationality,
        "issuing_country": "FRA",
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": vuntil.isoformat(),
        "mrz_valid": True,
        "visa_type": vtype,
        "vls_ts": vls,
        "valid_from": vfrom.isoformat(),
        "valid_until": vuntil.isoformat(),
        "category": remark[0] if remark else None,
    }
    return Doc(
        "long_stay_visa",
        fields,
        [pg],
        key=key,
        notes=f"document_number is the visa sticker number; the passport number {passport_no} is printed "
        "on the sticker",
    )


def _shift(op, dx, dy):
    k = op[0]
    if k in ("text", "hand"):
        return (k, op[1] + dx, op[2] + dy) + tuple(op[3:])
    if k in ("rect", "ellipse", "image", "sig", "stamp"):
        return (k, op[1] + dx, op[2] + dy) + tuple(op[3:])
    if k == "line":
        return (k, op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy) + tuple(op[5:])
    if k == "poly":
        return (k, [(a + dx, b + dy) for a, b in op[1]]) + tuple(op[2:])
    raise ValueError(k)
