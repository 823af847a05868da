"""Identity documents: TD3 passport data page, TD1 ID cards and titres de séjour,
MRV-A visa sticker (VLS-TS), récépissé."""

from __future__ import annotations

import math

import data as D
from PIL import Image, ImageDraw
from render import Page

MM = 72 / 25.4

LABELS = {
    "en": (
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Passport No.",
        "Authority",
    ),
    "fr": (
        "Nom",
        "Prénoms",
        "Nationalité",
        "Date de naissance",
        "Sexe",
        "Lieu de naissance",
        "Date de délivrance",
        "Date d'expiration",
        "N° du passeport",
        "Autorité",
    ),
    "es": (
        "Apellidos",
        "Nombres",
        "Nacionalidad",
        "Fecha de nacimiento",
        "Sexo",
        "Lugar de nacimiento",
        "Fecha de expedición",
        "Fecha de vencimiento",
        "Pasaporte No.",
        "Autoridad",
    ),
    "pt": (
        "Sobrenome",
        "Nome",
        "Nacionalidade",
        "Data de nascimento",
        "Sexo",
        "Local de nascimento",
        "Data de expedição",
        "Válido até",
        "Passaporte Nº",
        "Autoridade",
    ),
    "uk": (
        "Прізвище",
        "Ім'я",
        "Громадянство",
        "Дата народження",
        "Стать",
        "Місце народження",
        "Дата видачі",
        "Дійсний до",
        "Паспорт №",
        "Орган, що видав",
    ),
    "tr": (
        "Soyadı",
        "Adı",
        "Uyruğu",
        "Doğum tarihi",
        "Cinsiyeti",
        "Doğum yeri",
        "Veriliş tarihi",
        "Geçerlilik tarihi",
        "Pasaport No",
        "Makam",
    ),
    "zh": (
        "姓",
        "名",
        "国籍",
        "出生日期",
        "性别",
        "出生地点",
        "签发日期",
        "有效期至",
        "护照号",
        "签发机关",
    ),
    "ar": (
        "اللقب",
        "الاسم",
        "الجنسية",
        "تاريخ الازدياد",
        "الجنس",
        "مكان الازدياد",
        "تاريخ الإصدار",
        "تاريخ الانتهاء",
        "رقم الجواز",
        "السلطة",
    ),
    "it": (
        "Cognome",
        "Nome",
        "Cittadinanza",
        "Data di nascita",
        "Sesso",
        "Luogo di nascita",
        "Data di rilascio",
        "Data di scadenza",
        "Passaporto N.",
        "Autorità",
    ),
}
SECOND_LANG = {
    "USA": [],
    "GBR": ["fr"],
    "UKR": ["uk"],
    "BRA": ["pt"],
    "COL": ["es"],
    "MEX": ["es"],
    "CHL": ["es"],
    "ARG": ["es"],
    "TUR": ["tr"],
    "CHN": ["zh"],
    "MAR": ["ar", "fr"],
    "TUN": ["ar", "fr"],
    "DZA": ["ar", "fr"],
    "IND": [],
    "PHL": [],
    "ITA": ["it", "fr"],
    "SEN": ["fr"],
    "CIV": ["fr"],
    "CMR": ["fr"],
    "MLI": ["fr"],
    "COD": ["fr"],
    "VNM": [],
    "HTI": ["fr"],
    "LBN": ["ar", "fr"],
    "JPN": [],
    "CAN": ["fr"],
    "ESP": ["es"],
}
BAND = {
    "USA": (28, 52, 98),
    "GBR": (120, 20, 40),
    "UKR": (20, 60, 110),
    "BRA": (20, 55, 100),
    "TUR": (120, 20, 30),
    "CHN": (130, 20, 25),
    "MAR": (120, 25, 30),
    "IND": (25, 50, 95),
}


def photo(rng, w=300, h=380, bg=None) -> Image.Image:
    bg = bg or (rng.randint(200, 235),) * 3
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(232, 196, 170), (198, 150, 112), (150, 100, 70), (95, 62, 45)])
    hair = rng.choice([(30, 25, 20), (90, 60, 30), (170, 130, 70), (60, 60, 60)])
    d.ellipse(
        [w * 0.18, h * 0.78, w * 0.82, h * 1.4], fill=rng.choice([(40, 40, 60), (80, 30, 30)])
    )
    d.rectangle([w * 0.42, h * 0.6, w * 0.58, h * 0.82], fill=skin)
    d.ellipse([w * 0.27, h * 0.13, w * 0.73, h * 0.7], fill=hair)
    d.ellipse([w * 0.3, h * 0.2, w * 0.7, h * 0.68], fill=skin)
    for ex in (0.41, 0.59):
        d.ellipse([w * ex - 8, h * 0.38, w * ex + 8, h * 0.42], fill=(40, 30, 30))
    d.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.6], 20, 160, fill=(120, 60, 60), width=3)
    return im


def guilloche(p: Page, x, y, w, h, rng, color):
    ph = rng.uniform(0, 6)
    for k in range(14):
        pts = []
        for i in range(0, 61):
            xx = x + w * i / 60
            yy = y + h * (k + 0.5) / 14 + 5 * math.sin(i / 4 + ph + k * 0.7)
            pts.append((xx, yy))
        p.poly(pts, color, 0.35)


def _lab(codes, i):
    parts = [LABELS[c][i] for c in codes]
    return " / ".join(parts)


def _mrz(p: Page, lines, x, y, size, lead):
    for i, ln in enumerate(lines):
        p.text(x, y + i * lead, ln, "ocrb", size)


def passport(rng, person: dict, number: str, issued, expiry, bad_mrz=False) -> tuple:
    """TD3 data page (125 x 88 mm)."""
    iso = person["nat"]
    p = Page(125 * MM, 88 * MM, bg=(246, 243, 236))
    band = BAND.get(iso, (rng.randint(20, 120), rng.randint(30, 80), rng.randint(60, 120)))
    pale = tuple(min(255, c + 150) for c in band)
    guilloche(p, 0, 0, p.w, p.h * 0.8, rng, pale)
    langs = ["en"] + SECOND_LANG.get(iso, [])
    if iso in ("MAR", "TUN", "DZA", "SEN", "CIV", "CMR", "MLI", "HTI"):
        langs = ["fr", "en"] + [x for x in SECOND_LANG.get(iso, []) if x != "fr"]
    langs = langs[:3]
    ln = [c for c in langs if c != "ar"][:2]
    title = {
        "fr": "PASSEPORT",
        "es": "PASAPORTE",
        "pt": "PASSAPORTE",
        "uk": "ПАСПОРТ",
        "tr": "PASAPORT",
        "zh": "护照",
        "it": "PASSAPORTO",
    }
    hdr = D.COUNTRY_EN[iso] if len(D.COUNTRY_EN[iso]) < 40 else D.COUNTRY_EN[iso][:38]
    font = rng.choice(["sans", "lib", "open", "roboto"])
    p.text(8, 14, hdr, font + "-b", 8.5, band)
    ttl = "PASSPORT" + "".join(" / " + title[c] for c in langs if c in title and c != "zh")
    if "zh" in langs:
        p.text(p.w - 8, 14, "护照", "cjk", 8, band, "r")
        p.text(p.w - 30, 14, ttl + " /", font + "-b", 7.5, band, "r")
    else:
        p.text(p.w - 8, 14, ttl, font + "-b", 7.5, band, "r")
    if "ar" in langs:
        p.text(p.w - 8, 25, "جواز السفر", "arabic", 8, band, "r", rtl=True)
    p.image(photo(rng), 10, 32, 30 * MM, 38 * MM)
    x0, y = 10 + 30 * MM + 10, 38
    sex = person["sex"]
    dob = person["dob"]
    vals = [
        ("P", 0, person["surname"].upper()),
        ("P", 1, person["given"].upper()),
        ("P", 2, D.COUNTRY_EN[iso] if len(D.COUNTRY_EN[iso]) < 26 else iso),
        ("P", 3, dob.strftime("%d %b %Y").upper()),
        ("P", 4, sex),
        ("P", 5, person["birthplace"].upper()),
        ("P", 6, issued.strftime("%d %b %Y").upper()),
        ("P", 7, expiry.strftime("%d %b %Y").upper()),
    ]
    if iso in ("MAR", "TUN", "CHN", "TUR", "UKR", "BRA", "COL", "MEX", "CHL"):
        vals[3] = ("P", 3, D.fr(dob).replace("/", "."))
        vals[6] = ("P", 6, D.fr(issued).replace("/", "."))
        vals[7] = ("P", 7, D.fr(expiry).replace("/", "."))
    lfont = "cjk" if "zh" in ln else font
    col2 = x0 + 120
    p.text(p.w - 10, 38, _lab(ln, 8), lfont, 4.6, (80, 80, 80), "r")
    p.text(p.w - 10, 47, number, "mono-b", 9, (150, 20, 20), "r")
    for i, (_, li, v) in enumerate(vals):
        if li in (4, 5):
            xx = col2 if li == 5 else x0
            yy = y + 4 * 18.5
        elif li > 5:
            xx = x0 if li == 6 else col2
            yy = y + 5 * 18.5
        else:
            xx, yy = x0, y + li * 18.5
        p.text(xx, yy, _lab(ln, li), lfont, 4.6, (80, 80, 80))
        p.text(xx, yy + 8, v, font + "-b" if rng.random() < 0.3 else font, 7.6)
    p.rect(0, p.h - 22 * MM, p.w, 22 * MM, None, (250, 248, 242))
    mrz = D.td3(
        "P", iso, person["surname"], person["given"], number, iso, dob, sex, expiry, bad=bad_mrz
    )
    _mrz(p, mrz, 9, p.h - 13.5 * MM, 9.6, 5.2 * MM)
    fields = {
        "surname": person["surname"].upper(),
        "given_names": person["given"].upper(),
        "document_number": number,
        "nationality": iso,
        "issuing_country": iso,
        "date_of_birth": dob.isoformat(),
        "sex": sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": not bad_mrz,
    }
    return [p], fields


def id_card(rng, person: dict, number: str, expiry, issued=None) -> tuple:
    """TD1 national ID card, front + back (85.6 x 54 mm)."""
    iso = person["nat"]
    names = {
        "FRA": ("RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ", "IDENTITY CARD"),
        "ITA": ("REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ", "IDENTITY CARD"),
        "ESP": ("REINO DE ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD", "IDENTITY CARD"),
        "DEU": ("BUNDESREPUBLIK DEUTSCHLAND", "PERSONALAUSWEIS", "IDENTITY CARD"),
        "PRT": ("REPÚBLICA PORTUGUESA", "CARTÃO DE CIDADÃO", "IDENTITY CARD"),
    }[iso]
    lab = {
        "FRA": (
            "NOM / Surname",
            "Prénoms / Given names",
            "SEXE / Sex",
            "NATIONALITÉ",
            "DATE DE NAISS. / Date of birth",
            "DATE D'EXPIR. / Expiry date",
        ),
        "ITA": (
            "COGNOME / SURNAME",
            "NOME / NAME",
            "SESSO / SEX",
            "CITTADINANZA",
            "DATA DI NASCITA / DATE OF BIRTH",
            "SCADENZA / EXPIRY",
        ),
        "ESP": ("APELLIDOS", "NOMBRE", "SEXO", "NACIONALIDAD", "FECHA DE NACIMIENTO", "VALIDEZ"),
        "DEU": (
            "Name / Surname",
            "Vornamen / Given names",
            "Geschlecht",
            "Staatsangehörigkeit",
            "Geburtstag / Date of birth",
            "Gültig bis / Date of expiry",
        ),
        "PRT": (
            "Apelido(s) / Surname",
            "Nome(s) / Given names",
            "Sexo",
            "Nacionalidade",
            "Data de nascimento",
            "Data de validade",
        ),
    }[iso]
    front = Page(85.6 * MM, 54 * MM, bg=(236, 240, 246) if iso != "ITA" else (240, 236, 230))
    guilloche(front, 0, 0, front.w, front.h, rng, (205, 215, 232))
    front.text(6, 10, names[0], "sans-b", 6.4, (20, 40, 100))
    front.text(6, 17, names[1] + " / " + names[2], "sans", 4.6, (20, 40, 100))
    front.image(photo(rng, 240, 300), 6, 22, 22 * MM, 27 * MM)
    x = 6 + 22 * MM + 8
    dob, exp = person["dob"], expiry
    rows = [
        (lab[0], person["surname"].upper()),
        (lab[1], person["given"].upper().replace(" ", ", ") if iso == "FRA" else person["given"]),
        (lab[2] + "   " + lab[3], person["sex"] + "        " + iso),
        (lab[4], D.fr(dob).replace("/", " ")),
        (lab[5], D.fr(exp).replace("/", " ")),
    ]
    y = 28
    for lbl, v in rows:
        front.text(x, y, lbl, "sans", 3.8, (60, 60, 90))
        front.text(x, y + 6.5, v, "sans-b", 6.2)
        y += 15.5
    front.text(front.w - 6, 10, number, "mono-b", 6.5, (40, 40, 40), "r")
    back = Page(85.6 * MM, 54 * MM, bg=(238, 240, 244))
    guilloche(back, 0, 0, back.w, back.h * 0.5, rng, (210, 220, 235))
    back.text(6, 12, "Lieu de naissance / Place of birth: " + person["birthplace"], "sans", 4.6)
    if issued:
        back.text(6, 20, "Date de délivrance / Date of issue: " + D.fr(issued), "sans", 4.6)
    code = "ID" if iso in ("FRA", "ITA", "ESP", "PRT") else "ID"
    mrz = D.td1(code, iso, person["surname"], person["given"], number, iso, dob, person["sex"], exp)
    back.rect(0, back.h - 18 * MM, back.w, 18 * MM, None, (250, 250, 248))
    _mrz(back, mrz, 6, back.h - 13 * MM, 7.9, 4.4 * MM)
    fields = {
        "surname": person["surname"].upper(),
        "given_names": person["given"].upper(),
        "document_number": number,
        "nationality": iso,
        "issuing_country": iso,
        "date_of_birth": dob.isoformat(),
        "sex": person["sex"],
        "expiry_date": exp.isoformat(),
        "mrz_valid": True,
    }
    return [front, back], fields


VISA_CATS = [
    "VLS-TS CONJOINT DE FRANÇAIS",
    "VLS-TS ETUDIANT",
    "VLS-TS VISITEUR",
    "VLS-TS SALARIE",
    "VLS-TS TALENT - CHERCHEUR",
    "VLS-TS VIE PRIVEE ET FAMILIALE",
]
CONSULATES = {
    "USA": "WASHINGTON",
    "UKR": "KIEV",
    "BRA": "RIO DE JANEIRO",
    "IND": "NEW DELHI",
    "CHN": "PEKIN",
    "MAR": "RABAT",
    "COL": "BOGOTA",
    "TUR": "ISTANBUL",
    "PHL": "MANILLE",
    "GBR": "LONDRES",
    "TUN": "TUNIS",
    "MEX": "MEXICO",
    "CHL": "SANTIAGO",
    "DZA": "ALGER",
    "SEN": "DAKAR",
    "VNM": "HANOI",
    "LBN": "BEYROUTH",
    "JPN": "TOKYO",
    "CAN": "MONTREAL",
    "ARG": "BUENOS AIRES",
    "CMR": "YAOUNDE",
    "CIV": "ABIDJAN",
    "MLI": "BAMAKO",
    "COD": "KINSHASA",
    "HTI": "PORT-AU-PRINCE",
}


def visa(rng, person: dict, passport_no: str, valid_from, valid_until, category, vtype="D"):
    """French visa sticker (MRV-A) on a passport page."""
    p = Page(125 * MM, 88 * MM, bg=(244, 240, 246))
    guilloche(p, 0, 0, p.w, p.h * 0.72, rng, (218, 200, 225))
    num = f"{rng.randint(100000000, 999999999)}"
    p.text(8, 13, "VISA", "sans-b", 12, (60, 40, 110))
    p.text(p.w - 8, 13, "FRA" + num, "mono-b", 9, (170, 20, 30), "r")
    p.image(photo(rng, 220, 280, (225, 220, 230)), 8, 22, 24 * MM, 30 * MM)
    x = 8 + 24 * MM + 8
    sm = (70, 60, 90)
    nb = "MULT" if vtype == "D" else "2"
    days = (valid_until - valid_from).days + 1
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE" if vtype == "D" else "ETATS SCHENGEN"),
        ("DU / FROM", D.fr(valid_from).replace("/", "-")),
        ("AU / UNTIL", D.fr(valid_until).replace("/", "-")),
    ]
    y = 26
    for lbl, v in rows:
        p.text(x, y, lbl, "sans", 4.6, sm)
        p.text(x + 70, y, v, "mono-b", 7.5)
        y += 10
    p.text(x, y, "TYPE DE VISA / TYPE OF VISA", "sans", 4.6, sm)
    p.text(x + 90, y, vtype, "mono-b", 8)
    p.text(x + 110, y, "NOMBRE D'ENTRÉES", "sans", 4.6, sm)
    p.text(x + 165, y, nb, "mono-b", 7.5)
    y += 10
    p.text(x, y, "DURÉE DU SÉJOUR / DURATION OF STAY", "sans", 4.6, sm)
    p.text(x + 110, y, f"{days if vtype == 'D' else 30} JOURS", "mono-b", 7.5)
    y += 10
    cons = CONSULATES.get(person["nat"], "PARIS")
    p.text(x, y, "DÉLIVRÉ À / ISSUED IN", "sans", 4.6, sm)
    p.text(x + 70, y, cons, "mono-b", 7.5)
    p.text(x + 150, y, "LE", "sans", 4.6, sm)
    issued = D.add_months(valid_from, -1)
    p.text(x + 162, y, D.fr(issued).replace("/", "-"), "mono-b", 7.5)
    y += 10
    p.text(x, y, "NUMÉRO DE PASSEPORT", "sans", 4.6, sm)
    p.text(x + 70, y, passport_no, "mono-b", 7.5)
    y += 10
    p.text(x, y, "NOM, PRÉNOM / SURNAME, NAME", "sans", 4.6, sm)
    p.text(
        x,
        y + 9,
        f"{D.strip_accents(person['surname']).upper()}, {D.strip_accents(person['given']).upper()}",
        "mono-b",
        7.5,
    )
    y += 19
    p.text(x, y, "REMARQUES", "sans", 4.6, sm)
    p.text(x + 40, y, category, "mono-b", 7.5)
    mrz = D.mrva(
        "FRA",
        person["surname"],
        person["given"],
        num,
        person["nat"],
        person["dob"],
        person["sex"],
        valid_until,
    )
    p.rect(0, p.h - 20 * MM, p.w, 20 * MM, None, (248, 246, 250))
    _mrz(p, mrz, 9, p.h - 12.5 * MM, 9.6, 5.2 * MM)
    fields = {
        "surname": D.strip_accents(person["surname"]).upper(),
        "given_names": D.strip_accents(person["given"]).upper(),
        "document_number": num,
        "nationality": person["nat"],
        "issuing_country": "FRA",
        "date_of_birth": person["dob"].isoformat(),
        "sex": person["sex"],
        "expiry_date": valid_until.isoformat(),
        "mrz_valid": True,
        "visa_type": vtype,
        "vls_ts": category.startswith("VLS-TS"),
        "category": category,
        "valid_from": valid_from.isoformat(),
        "valid_until": valid_until.isoformat(),
    }
    return [p], fields


def titre_sejour(rng, person: dict, valid_from, valid_until, mention, address):
    """Titre de séjour (ID-1 card, 2020 model), front + back with a 3-line MRZ."""
    num = f"{rng.randint(10, 99)}{rng.choice('ABCDEFGHJK')}{rng.randint(100000, 999999)}"
    num = (num + "0")[:9] if len(num) < 9 else num[:9]
    f = Page(85.6 * MM, 54 * MM, bg=(232, 238, 232))
    guilloche(f, 0, 0, f.w, f.h, rng, (200, 222, 210))
    f.text(6, 9, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6, (20, 40, 100))
    f.text(6, 16, "TITRE DE SÉJOUR / RESIDENCE PERMIT", "sans-b", 5.2, (20, 40, 100))
    f.text(f.w - 6, 9, num, "mono-b", 6.2, (40, 40, 40), "r")
    f.image(photo(rng, 240, 300), 6, 21, 22 * MM, 27 * MM)
    x = 6 + 22 * MM + 7
    rows = [
        ("NOM / Surname", person["surname"].upper()),
        ("Prénoms / Given names", person["given"].upper()),
        ("Sexe   Nationalité", f"{person['sex']}        {person['nat']}"),
        ("Date de naissance", D.fr(person["dob"]).replace("/", " ")),
        ("Type de titre", "CARTE DE SEJOUR TEMPORAIRE"),
        ("Valable jusqu'au", D.fr(valid_until).replace("/", " ")),
    ]
    y = 25
    for lbl, v in rows:
        f.text(x, y, lbl, "sans", 3.7, (60, 70, 60))
        f.text(x, y + 5.8, v, "sans-b", 5.4)
        y += 12.6
    b = Page(85.6 * MM, 54 * MM, bg=(236, 240, 236))
    b.text(6, 10, "REMARQUES: " + mention, "sans-b", 5)
    b.text(6, 18, "Adresse: " + address[0], "sans", 4.6)
    b.text(6, 24, f"          {address[1]} {address[2].upper()}", "sans", 4.6)
    b.text(6, 31, "Lieu de naissance: " + person["birthplace"].upper(), "sans", 4.6)
    b.text(6, 37, "Date de délivrance: " + D.fr(valid_from), "sans", 4.6)
    mrz = D.td1(
        "IR",
        "FRA",
        person["surname"],
        person["given"],
        num,
        person["nat"],
        person["dob"],
        person["sex"],
        valid_until,
    )
    b.rect(0, b.h - 18 * MM, b.w, 18 * MM, None, (250, 250, 248))
    _mrz(b, mrz, 6, b.h - 13 * MM, 7.9, 4.4 * MM)
    fields = {
        "surname": person["surname"].upper(),
        "given_names": person["given"].upper(),
        "document_number": num,
        "nationality": person["nat"],
        "issuing_country": "FRA",
        "date_of_birth": person["dob"].isoformat(),
        "sex": person["sex"],
        "expiry_date": valid_until.isoformat(),
        "mrz_valid": True,
    }
    return [f, b], fields


def recepisse(rng, person: dict, issued, valid_until, address, prefecture="PRÉFECTURE DE POLICE"):
    """Récépissé de demande de titre de séjour (A4 paper, no MRZ)."""
    p = Page()
    p.text(40, 50, "RÉPUBLIQUE FRANÇAISE", "times-b", 12)
    p.text(40, 64, "Liberté - Égalité - Fraternité", "times-i", 9)
    p.text(555, 50, prefecture, "times-b", 11, align="r")
    p.text(555, 64, "Direction de l'immigration", "times", 9, align="r")
    num = f"{rng.randint(7500000000, 9999999999)}"
    p.rect(40, 90, 515, 36, (0, 0, 0), (235, 235, 235))
    p.text(297, 113, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "times-b", 14, align="c")
    p.text(40, 150, f"N° {num}", "mono-b", 11)
    p.image(photo(rng), 440, 140, 100, 125)
    y = 180
    for lbl, v in [
        ("Nom :", person["surname"].upper()),
        ("Prénom(s) :", person["given"]),
        ("Né(e) le :", D.fr(person["dob"]) + " à " + person["birthplace"]),
        ("Nationalité :", D.COUNTRY_FR[person["nat"]]),
        ("Adresse :", D.addr_str(address)),
        ("Demande de :", "Carte de séjour temporaire « vie privée et familiale »"),
    ]:
        y = p.kv(50, y, lbl, v, "times", "times-b", 11, gap=90)
    y += 10
    y = p.para(
        50,
        y,
        "Le présent récépissé, délivré en application de l'article R. 431-12 du "
        "code de l'entrée et du séjour des étrangers et du droit d'asile, autorise son "
        "titulaire à séjourner en France et à travailler.",
        480,
        "times",
        10.5,
    )
    y += 10
    p.text(50, y, "Valable du", "times", 11)
    p.text(110, y, D.fr(issued), "times-b", 11)
    p.text(190, y, "au", "times", 11)
    p.text(210, y, D.fr(valid_until), "times-b", 11)
    y += 40
    p.text(330, y, f"Fait à Paris, le {D.fr(issued)}", "times", 11)
    p.ellipse(360, y + 12, 110, 60, (60, 60, 160), None, 1.4)
    p.text(415, y + 47, "LE PRÉFET", "times-b", 8, (60, 60, 160), "c")
    fields = {
        "surname": person["surname"].upper(),
        "given_names": person["given"],
        "document_number": num,
        "nationality": person["nat"],
        "issuing_country": "FRA",
        "date_of_birth": person["dob"].isoformat(),
        "sex": person["sex"],
        "expiry_date": valid_until.isoformat(),
        "mrz_valid": None,
    }
    return [p], fields
