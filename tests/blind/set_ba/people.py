"""Identity documents of the four applicants and of the host (data + drawing)."""

from __future__ import annotations

import ids
from idcards import booklet, dmy, id1_card, passport_page, td1_for, visa_page, visa_sticker


def mali_passport(rng):
    mrz = ids.td3(
        "P", "MLI", "DIARRA", "FATOUMATA", "AA2947163", "MLI", "1994-03-12", "F", "2029-01-09"
    )
    p = {
        "head1": "RÉPUBLIQUE DU MALI - REPUBLIC OF MALI",
        "head2": "CEDEAO - ECOWAS      PASSEPORT - PASSPORT",
        "tint": "d8e6c8",
        "head_color": "1e6432",
        "given": "Fatoumata",
        "skin": (95, 62, 45),
        "rows": [
            [
                ("Type", "P"),
                ("Code du pays / Country code", "MLI"),
                ("N° du passeport / Passport No.", "AA2947163"),
            ],
            [("Nom / Surname", "DIARRA")],
            [("Prénoms / Given names", "FATOUMATA")],
            [("Nationalité / Nationality", "MALIENNE"), ("Sexe / Sex", "F")],
            [
                ("Date de naissance / Date of birth", "12/03/1994"),
                ("Lieu de naissance / Place of birth", "BAMAKO"),
            ],
            [
                ("Date de délivrance / Date of issue", "10/01/2024"),
                ("Date d'expiration / Date of expiry", "09/01/2029"),
            ],
            [("Autorité / Authority", "DGPN - BAMAKO")],
        ],
        "mrz": mrz,
    }
    fields = dict(
        surname="DIARRA",
        given_names="FATOUMATA",
        document_number="AA2947163",
        nationality="MLI",
        issuing_country="MLI",
        date_of_birth="1994-03-12",
        sex="F",
        expiry_date="2029-01-09",
        mrz_valid=True,
    )
    return passport_page(rng, p), fields


def china_passport(rng):
    mrz = ids.td3("PO", "CHN", "WANG", "FANG", "EK4817325", "CHN", "1998-07-03", "F", "2032-05-19")
    p = {
        "head1": "中华人民共和国  PEOPLE'S REPUBLIC OF CHINA",
        "head2": "护照  PASSPORT",
        "head_font": "cjk",
        "label_font": "cjk",
        "tint": "e6d8c8",
        "head_color": "7a1c1c",
        "given": "Fang",
        "skin": (200, 165, 130),
        "rows": [
            [
                ("类型/Type", "P"),
                ("国家码/Country Code", "CHN"),
                ("护照号/Passport No.", "EK4817325"),
            ],
            [("姓/Surname", "王 / WANG")],
            [("名/Given names", "芳 / FANG")],
            [("性别/Sex", "女/F"), ("出生地点/Place of birth", "四川/SICHUAN")],
            [
                ("出生日期/Date of birth", dmy("1998-07-03", "zh_en")),
                ("签发地点/Place of issue", "四川/SICHUAN"),
            ],
            [
                ("签发日期/Date of issue", dmy("2022-05-20", "zh_en")),
                ("有效期至/Date of expiry", dmy("2032-05-19", "zh_en")),
            ],
            [("签发机关/Authority", "中华人民共和国国家移民管理局")],
        ],
        "mrz": mrz,
    }
    fields = dict(
        surname="WANG",
        given_names="FANG",
        document_number="EK4817325",
        nationality="CHN",
        issuing_country="CHN",
        date_of_birth="1998-07-03",
        sex="F",
        expiry_date="2032-05-19",
        mrz_valid=True,
    )
    return passport_page(rng, p), fields


def india_passport(rng):
    mrz = ids.td3(
        "P", "IND", "NAIR", "ROHIT SURESH", "W6183920", "IND", "1991-11-05", "M", "2033-02-27"
    )
    p = {
        "head1": "भारत गणराज्य   REPUBLIC OF INDIA",
        "head2": "पासपोर्ट  PASSPORT",
        "head_font": "freeb",
        "label_font": "free",
        "value_font": "dvb",
        "tint": "d4d8ea",
        "head_color": "1c2a6a",
        "given": "Rohit",
        "skin": (150, 105, 75),
        "rows": [
            [
                ("प्रकार/Type", "P"),
                ("कोड/Country Code", "IND"),
                ("पासपोर्ट नं./Passport No.", "W6183920"),
            ],
            [("उपनाम/Surname", "NAIR")],
            [("दिया गया नाम/Given Name(s)", "ROHIT SURESH")],
            [
                ("राष्ट्रीयता/Nationality", "INDIAN"),
                ("लिंग/Sex", "M"),
                ("जन्मतिथि/Date of Birth", "05/11/1991"),
            ],
            [
                ("जन्म स्थान/Place of Birth", "MUMBAI, MAHARASHTRA"),
                ("जारी करने का स्थान/Place of Issue", "MUMBAI"),
            ],
            [
                ("जारी करने की तिथि/Date of Issue", "28/02/2023"),
                ("समाप्ति की तिथि/Date of Expiry", "27/02/2033"),
            ],
        ],
        "mrz": mrz,
    }
    fields = dict(
        surname="NAIR",
        given_names="ROHIT SURESH",
        document_number="W6183920",
        nationality="IND",
        issuing_country="IND",
        date_of_birth="1991-11-05",
        sex="M",
        expiry_date="2033-02-27",
        mrz_valid=True,
    )
    return passport_page(rng, p), fields


def ukraine_passport(rng):
    mrz = ids.td3(
        "P",
        "UKR",
        "KOVALENKO",
        "OKSANA",
        "GF274913",
        "UKR",
        "1990-02-14",
        "F",
        "2029-06-17",
        personal="1990021403268",
    )
    p = {
        "head1": "УКРАЇНА  UKRAINE",
        "head2": "ПАСПОРТ  PASSPORT",
        "tint": "cfdcec",
        "head_color": "1c3c78",
        "given": "Oksana",
        "skin": (215, 180, 160),
        "rows": [
            [
                ("Тип/Type", "P"),
                ("Код держави/Code of State", "UKR"),
                ("Паспорт №/Passport No.", "GF274913"),
            ],
            [("Прізвище/Surname", "КОВАЛЕНКО/KOVALENKO")],
            [("Ім'я/Given Names", "ОКСАНА/OKSANA")],
            [("Громадянство/Nationality", "УКРАЇНА/UKRAINE"), ("Стать/Sex", "Ж/F")],
            [
                ("Дата народження/Date of birth", dmy("1990-02-14", "ua_en")),
                ("Запис №/Record No.", "19900214-03268"),
            ],
            [
                ("Дата видачі/Date of issue", dmy("2019-06-17", "ua_en")),
                ("Дата закінч. строку дії/Date of expiry", dmy("2029-06-17", "ua_en")),
            ],
            [
                ("Місце народження/Place of birth", "ХАРКІВСЬКА ОБЛ./UKR"),
                ("Орган, що видав/Authority", "6312"),
            ],
        ],
        "mrz": mrz,
    }
    fields = dict(
        surname="KOVALENKO",
        given_names="OKSANA",
        document_number="GF274913",
        nationality="UKR",
        issuing_country="UKR",
        date_of_birth="1990-02-14",
        sex="F",
        expiry_date="2029-06-17",
        mrz_valid=True,
    )
    return passport_page(rng, p), fields


def french_visa(rng, v):
    mrz = ids.mrv_a(
        "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["valid_until"]
    )
    v = dict(v, mrz=mrz)
    fields = dict(
        surname=v["surname"],
        given_names=v["given"],
        document_number=v["number"],
        nationality=v["nat"],
        issuing_country="FRA",
        date_of_birth=v["dob"],
        sex=v["sex"],
        expiry_date=v["valid_until"],
        mrz_valid=True,
        visa_type="D",
        vls_ts=True,
        category=v["category"],
        valid_from=v["valid_from"],
        valid_until=v["valid_until"],
    )
    return visa_sticker(rng, v), fields


def titre_sejour(rng, c):
    c = dict(c, doc="IR", title="TITRE DE SÉJOUR", title_en="RESIDENCE PERMIT")
    c["mrz"] = td1_for(c)
    c["front"] = [
        ("NOM / Surname", c["surname"]),
        ("Prénoms / Given names", c["given"]),
        (
            "SEXE   NATIONALITÉ   DATE DE NAISS.",
            f"{c['sex']}      {c['nat']}      {dmy(c['dob'], 'space')}",
        ),
        ("TYPE DE TITRE", c["kind"]),
        ("REMARQUES", c["remark"]),
        ("N° DU DOCUMENT      DATE D'EXPIR.", f"{c['number']}     {dmy(c['expiry'], 'space')}"),
    ]
    c["back"] = [
        ("LIEU DE NAISSANCE / Place of birth", c["pob"]),
        ("DÉLIVRÉ PAR / Issued by", c["issuer"]),
        ("LE / On", dmy(c["issued"], "space")),
        ("ADRESSE", c["address"]),
    ]
    fields = dict(
        surname=c["surname"],
        given_names=c["given"],
        document_number=c["number"],
        nationality=c["nat"],
        issuing_country="FRA",
        date_of_birth=c["dob"],
        sex=c["sex"],
        expiry_date=c["expiry"],
        mrz_valid=True,
    )
    return id1_card(rng, c, "front"), id1_card(rng, c, "back"), fields


def french_cni(rng, c):
    c = dict(
        c,
        doc="ID",
        nat="FRA",
        title="CARTE NATIONALE D'IDENTITÉ",
        title_en="IDENTITY CARD",
        tint="d7e3f0",
    )
    c["mrz"] = td1_for(c)
    c["front"] = [
        ("NOM / Surname", c["surname"]),
        ("Prénoms / Given names", c["given"].replace(" ", ", ")),
        ("SEXE / Sex   NATIONALITÉ / Nationality", f"{c['sex']}         FRA"),
        ("DATE DE NAISS. / Date of birth", dmy(c["dob"], "space")),
        ("LIEU DE NAISSANCE / Place of birth", c["pob"]),
        (
            "N° DU DOCUMENT / Document No   DATE D'EXPIR.",
            f"{c['number']}   {dmy(c['expiry'], 'space')}",
        ),
    ]
    c["back"] = [
        ("ADRESSE / Address", c["address"]),
        ("", c["address2"]),
        ("DATE DE DÉLIVRANCE / Date of issue", dmy(c["issued"], "space")),
        ("AUTORITÉ / Authority", "Préfecture du Rhône"),
    ]
    fields = dict(
        surname=c["surname"],
        given_names=c["given"],
        document_number=c["number"],
        nationality="FRA",
        issuing_country="FRA",
        date_of_birth=c["dob"],
        sex=c["sex"],
        expiry_date=c["expiry"],
        mrz_valid=True,
    )
    return id1_card(rng, c, "front"), id1_card(rng, c, "back"), fields


__all__ = ["booklet", "visa_page"]
