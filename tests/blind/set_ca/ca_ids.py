"""Country layouts of passports, the French VLS-TS sticker, titre de séjour and CNI.
Each builder returns (image, fields) where fields follow the report contract."""

from __future__ import annotations

from datetime import date

from ca_cards import S, booklet, id_card_back, id_card_front, passport_page, visa_sticker
from ca_util import mrva, td1, td3, text_img

EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
FR = "JAN FÉV MARS AVR MAI JUIN JUIL AOÛT SEPT OCT NOV DÉC".split()
ES = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
UK = "СІЧ ЛЮТ БЕР КВІ ТРА ЧЕР ЛИП СЕР ВЕР ЖОВ ЛИС ГРУ".split()


def bi(d: date, a, b, yy=False) -> str:
    y = d.strftime("%y") if yy else str(d.year)
    return f"{d.day:02d} {a[d.month - 1]}/{b[d.month - 1]} {y}"


def dmy(d: date, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def pp_fields(p, pp):
    return {
        "surname": p["surname"],
        "given_names": p.get("given_viz", p["given"]),
        "document_number": pp["number"],
        "nationality": p["nat"],
        "issuing_country": p["nat"],
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": pp["expiry"].isoformat(),
        "mrz_valid": True,
    }


def passport(p, rng, sign=None, upper_stamps=()):
    pp = p["passport"]
    nat = p["nat"]
    mrz = td3(
        "P",
        nat,
        p["surname"],
        p["given"],
        pp["number"],
        nat,
        p["dob"],
        p["sex"],
        pp["expiry"],
        pp.get("personal", ""),
    )
    blue = (30, 40, 90)
    if nat == "CMR":
        header = [
            (4, 2.5, "RÉPUBLIQUE DU CAMEROUN", 3.0, "dvB", (20, 90, 50)),
            (4, 6.3, "REPUBLIC OF CAMEROON", 2.6, "dvB", (20, 90, 50)),
            (78, 3.0, "PASSEPORT / PASSPORT", 3.0, "dvB", (150, 40, 40)),
        ]
        L = [
            ("Type", "P", 41, 11.5),
            ("Code du pays / Country code", nat, 52, 11.5),
            ("N° de passeport / Passport No.", pp["number"], 90, 11.5),
            ("Nom / Surname", p["surname"], 41, 18),
            ("Prénoms / Given names", p.get("given_viz", p["given"]), 41, 24.5),
            ("Nationalité / Nationality", "CAMEROUNAISE / CAMEROONIAN", 41, 31),
            ("Date de naissance / Date of birth", bi(p["dob"], FR, EN), 41, 37.5),
            ("Sexe / Sex", p["sex"], 92, 37.5),
            ("Lieu de naissance / Place of birth", p["pob_viz"], 41, 44),
            ("Date de délivrance / Date of issue", bi(pp["issue"], FR, EN), 41, 50.5),
            ("Autorité / Authority", pp["authority"], 84, 50.5),
            ("Date d'expiration / Date of expiry", bi(pp["expiry"], FR, EN), 41, 57),
        ]
        colors = ((214, 232, 214), (240, 232, 204), (120, 160, 120))
        emblem = (22, 12.5, 4, (30, 110, 60), "star")
    elif nat == "MEX":
        header = [
            (4, 2.5, "ESTADOS UNIDOS MEXICANOS", 3.2, "serifB", (20, 80, 50)),
            (84, 3.0, "PASAPORTE / PASSPORT", 2.8, "sansB", blue),
        ]
        L = [
            ("Tipo / Type", "P", 41, 11.5),
            ("Clave del país / Country code", nat, 54, 11.5),
            ("Pasaporte No. / Passport No.", pp["number"], 90, 11.5),
            ("Apellidos / Surname", p["surname"], 41, 18),
            ("Nombres / Given names", p.get("given_viz", p["given"]), 41, 24.5),
            ("Nacionalidad / Nationality", "MEXICANA", 41, 31),
            ("CURP", p["curp"], 76, 31),
            ("Fecha de nacimiento / Date of birth", bi(p["dob"], ES, EN), 41, 37.5),
            ("Sexo / Sex", p["sex"], 92, 37.5),
            ("Lugar de nacimiento / Place of birth", p["pob_viz"], 41, 44),
            ("Fecha de expedición / Date of issue", bi(pp["issue"], ES, EN), 41, 50.5),
            ("Autoridad / Authority", pp["authority"], 84, 50.5),
            ("Fecha de caducidad / Date of expiry", bi(pp["expiry"], ES, EN), 41, 57),
        ]
        colors = ((226, 236, 222), (238, 226, 226), (150, 120, 130))
        emblem = (22, 12.5, 4, (120, 90, 40), "rays")
    elif nat == "UKR":
        header = [
            (4, 2.5, "УКРАЇНА / UKRAINE", 3.0, "dvB", blue),
            (80, 2.7, "ПАСПОРТ / PASSPORT", 2.8, "dvB", blue),
        ]
        L = [
            ("Тип / Type", "P", 41, 11.5),
            ("Код держави / Code of State", nat, 52, 11.5),
            ("Паспорт № / Passport No.", pp["number"], 92, 11.5),
            ("Прізвище / Surname", p["surname_cyr"] + " / " + p["surname"], 41, 18),
            ("Ім'я / Given names", p["given_cyr"] + " / " + p["given"], 41, 24.5),
            ("Громадянство / Nationality", "УКРАЇНА / UKR", 41, 31),
            ("Дата народження / Date of birth", bi(p["dob"], UK, EN, yy=True), 41, 37.5),
            ("Запис № / Record No.", pp["personal_viz"], 82, 37.5),
            ("Стать / Sex", "Ж/F" if p["sex"] == "F" else "Ч/M", 41, 44),
            ("Місце народження / Place of birth", p["pob_viz"], 60, 44),
            ("Дата видачі / Date of issue", bi(pp["issue"], UK, EN, yy=True), 41, 50.5),
            ("Орган, що видав / Authority", pp["authority"], 82, 50.5),
            (
                "Дата закінчення строку дії / Date of expiry",
                bi(pp["expiry"], UK, EN, yy=True),
                41,
                57,
            ),
        ]
        colors = ((222, 230, 242), (242, 238, 214), (120, 140, 180))
        emblem = (22, 12.5, 4, (40, 70, 160), "rays")
    else:  # IND
        header = [
            (4, 2.4, "REPUBLIC OF INDIA", 3.0, "freesB", (30, 30, 100)),
            (84, 2.6, "PASSPORT", 3.0, "freesB", (30, 30, 100)),
        ]
        hi = {
            "t": "प्रकार / Type",
            "c": "कोड / Country Code",
            "n": "पासपोर्ट नं. / Passport No.",
            "s": "उपनाम / Surname",
            "g": "दिया गया नाम / Given Name(s)",
            "na": "राष्ट्रीयता / Nationality",
            "x": "लिंग / Sex",
            "d": "जन्मतिथि / Date of Birth",
            "p": "जन्म स्थान / Place of Birth",
            "pi": "जारी करने का स्थान / Place of Issue",
            "di": "जारी करने की तिथि / Date of Issue",
            "de": "समाप्ति की तिथि / Date of Expiry",
        }
        L = [
            (hi["t"], "P", 41, 11.5),
            (hi["c"], nat, 56, 11.5),
            (hi["n"], pp["number"], 90, 11.5),
            (hi["s"], p["surname"], 41, 18),
            (hi["g"], p.get("given_viz", p["given"]), 41, 24.5),
            (hi["na"], "INDIAN", 41, 31),
            (hi["x"], p["sex"], 70, 31),
            (hi["d"], p["dob"].strftime("%d/%m/%Y"), 84, 31),
            (hi["p"], p["pob_viz"], 41, 37.5),
            (hi["pi"], pp["authority"], 41, 44),
            (hi["di"], pp["issue"].strftime("%d/%m/%Y"), 41, 50.5),
            (hi["de"], pp["expiry"].strftime("%d/%m/%Y"), 76, 50.5),
        ]
        L = [(text_img(lab, "frees", 1.65 * S, (60, 60, 100)), v, x, y) for lab, v, x, y in L]
        colors = ((236, 226, 214), (220, 230, 236), (170, 140, 120))
        emblem = (30, 13, 4, (40, 40, 110), "rays")
    spec = {
        "colors": colors,
        "header": header,
        "rows": [(x, y, lab, val, 2.8 if len(str(val)) < 30 else 2.4) for lab, val, x, y in L],
        "mrz": mrz,
        "sex": p["sex"],
        "skin": p.get("skin", (190, 150, 120)),
        "emblem": emblem,
        "sign": sign,
    }
    if nat == "IND":
        spec["rows"].insert(
            0, (4, 6.3, text_img("भारत गणराज्य", "frees", 2.6 * S, (30, 30, 100)), "", 2)
        )
        spec["rows"].insert(
            1, (84, 6.4, text_img("पासपोर्ट", "frees", 2.4 * S, (30, 30, 100)), "", 2)
        )
    page = passport_page(rng, spec)
    return booklet(page, rng, stamps=upper_stamps), pp_fields(p, pp)


def vls_ts(p, v, rng, stamp=None):
    mrz = mrva(
        "VD", "FRA", p["surname"], p["given"], v["number"], p["nat"], p["dob"], p["sex"], v["until"]
    )
    name = p["surname"] + ", " + p["given"]
    if len(name) > 40:
        name = name[:40]
    spec = {
        "number": v["number"],
        "sex": p["sex"],
        "skin": p.get("skin", (190, 150, 120)),
        "from": v["from"].strftime("%d-%m-%y"),
        "until": v["until"].strftime("%d-%m-%y"),
        "type": "D",
        "entries": "MULT",
        "days": str((v["until"] - v["from"]).days + 1),
        "issued_in": v["issued_in"],
        "issued_on": v["issued_on"].strftime("%d-%m-%y"),
        "passport_no": p["passport"]["number"],
        "name": name,
        "remarks": v["remarks"],
        "mrz": mrz,
        "stamp": stamp,
    }
    img = visa_sticker(rng, spec)
    fields = {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": v["number"],
        "nationality": p["nat"],
        "issuing_country": "FRA",
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": v["until"].isoformat(),
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["from"].isoformat(),
        "valid_until": v["until"].isoformat(),
    }
    return img, fields


def titre_sejour(p, t, rng, sign=None, stamp=None):
    mrz = td1(
        "IR",
        "FRA",
        t["number"],
        p["dob"],
        p["sex"],
        t["expiry"],
        p["nat"],
        p["surname"],
        p["given"],
        opt1="<" + t["agdref"],
    )
    front = {
        "kind": "titre",
        "number": t["number"],
        "sex": p["sex"],
        "skin": p.get("skin"),
        "sign": sign,
        "rows": [
            ("NOM / Surname", p["surname"], 0),
            ("Prénom(s) / Given name(s)", p["given"], 0),
            (
                ("Sexe / Sex", "Nationalité / Nationality", "Date de naiss. / Date of birth"),
                (p["sex"], p["nat"], p["dob"].strftime("%d %m %Y")),
                (0, 10, 30),
            ),
            ("Type de titre / Type of permit", t["type"], 0),
            ("Remarques / Remarks", t["remarks"], 0),
            ("Date de fin de validité / Expiry date", t["expiry"].strftime("%d %m %Y"), 0),
        ],
    }
    back = {
        "kind": "titre",
        "stamp": stamp,
        "mrz": mrz,
        "rows": [
            ("Lieu de naissance / Place of birth", t["pob"]),
            ("Adresse / Address", t["address"]),
            ("Délivré le / Issued on", t["issue"].strftime("%d %m %Y") + "   " + t["authority"]),
        ],
    }
    fields = {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": t["number"],
        "nationality": p["nat"],
        "issuing_country": "FRA",
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": t["expiry"].isoformat(),
        "mrz_valid": True,
    }
    return id_card_front(rng, front), id_card_back(rng, back), fields


def cni(h, rng, sign=None):
    mrz = td1(
        "ID", "FRA", h["number"], h["dob"], h["sex"], h["expiry"], "FRA", h["surname"], h["given"]
    )
    front = {
        "kind": "cni",
        "number": h["number"],
        "sex": h["sex"],
        "skin": h.get("skin"),
        "sign": sign,
        "rows": [
            ("NOM / Surname", h["surname"], 0),
            ("Prénoms / Given names", h["given_viz"], 0),
            (
                ("SEXE / Sex", "NATIONALITÉ / Nationality", "DATE DE NAISS. / Date of birth"),
                (h["sex"], "FRA", h["dob"].strftime("%d %m %Y")),
                (0, 10, 30),
            ),
            ("LIEU DE NAISSANCE / Place of birth", h["pob"], 0),
            (
                ("N° DU DOCUMENT / Document No", "DATE D'EXPIR. / Expiry date"),
                (h["number"], h["expiry"].strftime("%d %m %Y")),
                (0, 26),
            ),
        ],
    }
    back = {
        "kind": "cni",
        "mrz": mrz,
        "rows": [
            ("Nom d'usage / Alternative name", h.get("usage", "")),
            ("DATE DE DÉLIVRANCE / Date of issue", h["issue"].strftime("%d %m %Y")),
            ("Autorité de délivrance / Issuing authority", h["authority"]),
        ],
    }
    fields = {
        "surname": h["surname"],
        "given_names": h["given_viz"],
        "document_number": h["number"],
        "nationality": "FRA",
        "issuing_country": "FRA",
        "date_of_birth": h["dob"].isoformat(),
        "sex": h["sex"],
        "expiry_date": h["expiry"].isoformat(),
        "mrz_valid": True,
    }
    return id_card_front(rng, front), id_card_back(rng, back), fields
