"""Identity documents: passports, French visa sticker, titre de séjour, French ID card."""

from __future__ import annotations

from common import Page, mrva, mrz_block, td1, td3

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def dmy(iso: str, sep="/") -> str:
    return sep.join((iso[8:10], iso[5:7], iso[0:4]))


def d_mon_y(iso: str) -> str:
    return f"{iso[8:10]} {MONTHS_EN[int(iso[5:7]) - 1]} {iso[0:4]}"


PASSPORT_STYLES = {
    "MAR": {
        "head": ("ROYAUME DU MAROC", "المملكة المغربية"),
        "title": ("PASSEPORT", "جواز السفر"),
        "tint": (236, 222, 214),
        "band": (150, 30, 40),
        "labels": [
            "Type / النوع",
            "Code pays",
            "N° du passeport / رقم الجواز",
            "Nom / النسب",
            "Prénoms / الاسم الشخصي",
            "Nationalité / الجنسية",
            "Date de naissance / تاريخ الازدياد",
            "Sexe / الجنس",
            "Lieu de naissance / مكان الازدياد",
            "Date de délivrance / تاريخ التسليم",
            "Date d'expiration / تاريخ انتهاء الصلاحية",
            "Autorité / السلطة",
        ],
        "nat_text": "MAROCAINE",
        "datefmt": dmy,
    },
    "CMR": {
        "head": ("RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON"),
        "title": ("PASSEPORT", "PASSPORT"),
        "tint": (222, 236, 222),
        "band": (20, 110, 60),
        "labels": [
            "Type",
            "Code du pays / Country code",
            "N° de passeport / Passport No.",
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Sexe / Sex",
            "Lieu de naissance / Place of birth",
            "Date de délivrance / Date of issue",
            "Date d'expiration / Date of expiry",
            "Autorité / Authority",
        ],
        "nat_text": "CAMEROUNAISE / CAMEROONIAN",
        "datefmt": lambda s: dmy(s, " "),
    },
    "PHL": {
        "head": ("REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"),
        "title": ("PASAPORTE", "PASSPORT"),
        "tint": (226, 230, 240),
        "band": (40, 50, 120),
        "labels": [
            "Uri/Type",
            "Kodigo/Code",
            "Pasaporte Blg/Passport No.",
            "Apelyido/Surname",
            "Mga Pangalan/Given Names",
            "Nasyonalidad/Nationality",
            "Petsa ng Kapanganakan/Date of Birth",
            "Kasarian/Sex",
            "Lugar ng Kapanganakan/Place of Birth",
            "Petsa ng Pagkakaloob/Date of Issue",
            "Valid Until/Petsa ng Pagkawalang Bisa",
            "Maykapangyarihan/Authority",
        ],
        "nat_text": "FILIPINO",
        "datefmt": d_mon_y,
        "middle": "Panggitnang Apelyido/Middle Name",
    },
    "TUN": {
        "head": ("الجمهورية التونسية", "REPUBLIQUE TUNISIENNE"),
        "title": ("جواز سفر", "PASSEPORT"),
        "tint": (238, 226, 226),
        "band": (170, 20, 30),
        "labels": [
            "Type / النوع",
            "Code / الرمز",
            "N° Passeport / رقم الجواز",
            "Nom / اللقب",
            "Prénoms / الاسم",
            "Nationalité / الجنسية",
            "Date de naissance / تاريخ الولادة",
            "Sexe / الجنس",
            "Lieu de naissance / مكان الولادة",
            "Date de délivrance / تاريخ الإصدار",
            "Date d'expiration / تاريخ انتهاء الصلاحية",
            "Autorité / السلطة",
        ],
        "nat_text": "TUNISIENNE",
        "datefmt": lambda s: s[8:10] + "-" + s[5:7] + "-" + s[0:4],
    },
}


def _label(p: Page, x, y, s, size=4.6):
    rtl = any("\u0600" <= ch <= "\u06ff" for ch in s)
    if rtl and " / " in s:
        a, b = s.split(" / ", 1)
        p.text(x, y, a + " /", "sans", size, (70, 70, 90))
        x2 = x + len(a) * size * 0.2 + 3
        p.text(x2 + len(b) * size * 0.22, y, b, "amiri", size + 0.6, (70, 70, 90), "r", rtl=True)
    elif rtl:
        p.text(x + len(s) * size * 0.22, y, s, "amiri", size + 0.6, (70, 70, 90), "r", rtl=True)
    else:
        p.text(x, y, s, "sans", size, (70, 70, 90))


def _t(p, x, y, s, size, font="sansb", color=(10, 10, 10), anchor="l"):
    rtl = any("\u0600" <= ch <= "\u06ff" for ch in s)
    if rtl:
        p.text(x, y, s, "amirib", size, color, anchor, rtl=True)
    else:
        p.text(x, y, s, font, size, color, anchor)


def passport_page(a: dict, rng) -> tuple[Page, dict]:
    """Data page (ID-3, 125 x 88 mm) of a passport. a: applicant/passport facts."""
    st = PASSPORT_STYLES[a["country"]]
    p = Page(125, 88, st["tint"])
    p.guilloche(0, 10, 125, 60, rng, tuple(min(255, v - 18) for v in st["tint"]), 18)
    p.rect(0, 0, 125, 9, None, st["band"], 0)
    _t(p, 4, 4, st["head"][0], 6.5, "sansb", (255, 255, 255))
    _t(p, 121, 4, st["head"][1], 6.5, "sansb", (255, 255, 255), "r")
    _t(p, 62, 7.8, st["title"][0] + "  ·  " + st["title"][1], 5.5, "sans", (255, 255, 255), "c")
    p.face(4, 17, 30, 39, rng, a.get("skin", (150, 105, 75)))
    x1, x2 = 38, 84
    L, df = st["labels"], st["datefmt"]
    rows = [
        [(x1, L[0], "P"), (x2 - 18, L[1], a["country"]), (x2 + 6, L[2], a["number"])],
        [(x1, L[3], a["surname"])],
        [(x1, L[4], a["given"])],
    ]
    if st.get("middle"):
        rows.append([(x1, st["middle"], a.get("middle", ""))])
    rows += [
        [(x1, L[5], st["nat_text"]), (x2 + 6, L[7], a["sex"])],
        [(x1, L[6], df(a["dob"])), (x2 + 6, L[8], a["pob"])],
        [(x1, L[9], df(a["issued"])), (x2 + 6, L[10], df(a["expiry"]))],
        [(x1, L[11], a["authority"])],
    ]
    y = 14.5
    step = 53 / len(rows)
    for row in rows:
        for x, lab, val in row:
            _label(p, x, y, lab)
            _t(p, x, y + 3.6, val, 7.6)
        y += step
    p.signature(6, 58, 26, 8, rng, (30, 30, 30))
    lines = td3(
        "P",
        a["country"],
        a["surname"],
        a["given"].replace(",", ""),
        a["number"],
        a["country"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(a["expiry"]),
    )
    p.rect(0, 70, 125, 18, None, (248, 246, 240), 0)
    mrz_block(p, 4.5, 77.5, lines, 11.6, 6.2)
    fields = {
        "surname": a["surname"],
        "given_names": a["given"],
        "document_number": a["number"],
        "nationality": a["country"],
        "issuing_country": a["country"],
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": a["expiry"],
        "mrz_valid": True,
    }
    return p, fields


def booklet(data: Page, rng, upper_tint=(245, 240, 232)) -> Page:
    """An open passport: a blank upper page above the data page."""
    b = Page(125, 178, upper_tint)
    b.guilloche(5, 10, 115, 70, rng, (225, 220, 210), 10)
    b.text(62, 80, "OBSERVATIONS / OBSERVATIONS", "sans", 5, (150, 140, 130), "c")
    b.line(0, 89, 125, 89, (170, 160, 150), 0.6)
    b.rect(0, 90, 125, 88, None, data.bg, 0)
    for op in data.ops:
        o = list(op)
        if o[0] == "poly":
            o[1] = [(x, y + 90) for x, y in o[1]]
        else:
            o[2] = o[2] + 90 if o[0] != "image" else o[2]
            if o[0] == "image":
                o[3] = o[3] + 90
        b.ops.append(tuple(o))
    return b


def visa_page(a: dict, v: dict, rng) -> tuple[Page, dict]:
    """A French long-stay visa sticker (type D, VLS-TS) on a passport page."""
    p = Page(125, 88, (238, 234, 228))
    p.guilloche(0, 0, 125, 88, rng, (222, 216, 210), 8)
    x0, y0 = 3, 3
    p.rect(x0, y0, 119, 82, (180, 170, 190), (232, 226, 240), 0.2)
    p.guilloche(x0, y0 + 10, 119, 45, rng, (205, 196, 222), 16)
    p.text(x0 + 4, y0 + 7, "VISA", "sansb", 12, (70, 50, 120))
    p.text(x0 + 30, y0 + 6, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (70, 50, 120))
    p.text(x0 + 115, y0 + 7, v["number"], "mono", 9, (200, 30, 40), "r")
    p.face(x0 + 3, y0 + 12, 24, 31, rng, a.get("skin", (150, 105, 75)), (215, 215, 225))
    lab = (60, 60, 90)
    rows = [
        (31, 14, "VALABLE POUR / VALID FOR", "FRANCE"),
        (31, 21, "DU / FROM", dmy(v["from"], "-")),
        (62, 21, "AU / UNTIL", dmy(v["until"], "-")),
        (31, 28, "TYPE DE VISA", "D"),
        (52, 28, "NOMBRE D'ENTRÉES", "MULT"),
        (80, 28, "DURÉE DE SÉJOUR", f"{v['days']} JOURS"),
        (31, 35, "DÉLIVRÉ À / ISSUED IN", v["place"]),
        (80, 35, "LE / ON", dmy(v["issued"], "-")),
        (31, 42, "NUMÉRO DE PASSEPORT", a["number"]),
        (31, 49, "NOM, PRÉNOM / SURNAME, NAME", f"{a['surname']}, {a['given']}"),
    ]
    for x, y, la, va in rows:
        p.text(x0 + x, y0 + y, la, "sans", 4.3, lab)
        p.text(x0 + x, y0 + y + 3.3, va, "sansb", 7, (20, 20, 20))
    p.text(x0 + 4, y0 + 55, "REMARQUES :", "sans", 4.3, lab)
    p.text(x0 + 4, y0 + 58.8, v["remark"], "sansb", 7, (20, 20, 20))
    if v.get("remark2"):
        p.text(x0 + 4, y0 + 62.4, v["remark2"], "sansb", 6.4, (20, 20, 20))
    lines = mrva(
        "FRA",
        a["surname"],
        a["given"],
        v["number"][3:],
        a["country"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(v["until"]),
    )
    mrz_block(p, x0 + 2, y0 + 71, lines, 10.8, 5.6)
    p.stamp(100, 55, 9, ["CONSULAT GÉNÉRAL", "DE FRANCE", v["place"]], (120, 60, 140))
    fields = {
        "surname": a["surname"],
        "given_names": a["given"],
        "document_number": v["number"][3:],
        "nationality": a["country"],
        "issuing_country": "FRA",
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["from"],
        "valid_until": v["until"],
    }
    return p, fields


def _card(rng, tint):
    p = Page(85.6, 54, tint)
    p.guilloche(0, 0, 85.6, 54, rng, tuple(max(0, c - 20) for c in tint), 12)
    return p


def permit_pages(a: dict, t: dict, rng) -> tuple[Page, Page, dict]:
    """Titre de séjour (ID-1 card) front and back, TD1 MRZ on the back."""
    f = _card(rng, (228, 236, 246))
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (20, 40, 120))
    f.text(3, 8.4, "TITRE DE SÉJOUR", "sansb", 7.5, (20, 40, 120))
    f.text(82, 5, t["number"], "mono", 7, (160, 20, 30), "r")
    f.face(3, 12, 22, 29, rng, a.get("skin", (150, 105, 75)))
    rows = [
        ("NOM", a["surname"]),
        ("Prénoms", a["given"]),
        ("Sexe   Nationalité", f"{a['sex']}      {a['country']}"),
        ("Date de naissance", dmy(a["dob"], " ")),
        ("Type de titre", t["kind"]),
        ("Valable jusqu'au", dmy(t["until"], " ")),
    ]
    y = 13.5
    for la, va in rows:
        f.text(28, y, la, "sans", 4.2, (70, 70, 90))
        f.text(28, y + 3, va, "sansb", 6.2, (10, 10, 10))
        y += 6.6
    f.signature(4, 43, 20, 7, rng, (20, 20, 20))
    b = _card(rng, (232, 238, 244))
    rows = [
        ("Remarques", t["remark"]),
        ("Lieu de naissance", a["pob"]),
        ("Adresse", t["address1"]),
        ("", t["address2"]),
        ("Date et lieu de délivrance", f"{dmy(t['issued'], ' ')}  {t['prefecture']}"),
    ]
    y = 5
    for la, va in rows:
        b.text(3, y, la, "sans", 4.2, (70, 70, 90))
        b.text(3, y + 2.9, va, "sansb", 5.8, (10, 10, 10))
        y += 5.6
    lines = td1(
        "IR",
        "FRA",
        t["number"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(t["until"]),
        a["country"],
        a["surname"],
        a["given"],
    )
    b.rect(0, 36, 85.6, 18, None, (245, 245, 245), 0)
    mrz_block(b, 3.5, 41.5, lines, 10.8, 4.8)
    fields = {
        "surname": a["surname"],
        "given_names": a["given"],
        "document_number": t["number"],
        "nationality": a["country"],
        "issuing_country": "FRA",
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": t["until"],
        "mrz_valid": True,
    }
    return f, b, fields


def cni_pages(h: dict, rng) -> tuple[Page, Page, dict]:
    """French national identity card (2021 model, ID-1) of a host."""
    f = _card(rng, (232, 238, 248))
    f.rect(0, 0, 85.6, 8, None, (30, 60, 150), 0)
    f.text(3, 5.2, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.2, (255, 255, 255))
    f.text(82, 5.2, "CARTE NATIONALE D'IDENTITÉ", "sans", 4.6, (255, 255, 255), "r")
    f.text(82, 11.5, "IDENTITY CARD", "sans", 4.2, (60, 60, 100), "r")
    f.face(3, 11, 22, 29, rng, (225, 190, 165))
    rows = [
        ("NOM / Surname", h["surname"]),
        ("Prénoms / Given names", h["given"]),
        ("SEXE / Sex   NATIONALITÉ", f"{h['sex']}      FRA"),
        ("DATE DE NAISS. / Date of birth", dmy(h["dob"], " ")),
        ("LIEU DE NAISSANCE", h["pob"]),
        ("N° DU DOCUMENT / Document No", h["number"]),
        ("DATE D'EXPIR. / Expiry date", dmy(h["expiry"], " ")),
    ]
    y = 12.5
    for la, va in rows:
        f.text(28, y, la, "sans", 3.9, (70, 70, 90))
        f.text(28, y + 2.8, va, "sansb", 5.8, (10, 10, 10))
        y += 5.7
    f.signature(4, 42, 20, 8, rng, (20, 20, 20))
    b = _card(rng, (236, 240, 248))
    b.text(3, 6, "ADRESSE / Address", "sans", 4, (70, 70, 90))
    b.text(3, 9.2, h["address1"], "sansb", 5.8)
    b.text(3, 12.4, h["address2"], "sansb", 5.8)
    b.text(3, 18, "DATE DE DÉLIVRANCE / Date of issue", "sans", 4, (70, 70, 90))
    b.text(3, 21.2, dmy(h["issued"], " "), "sansb", 5.8)
    b.text(50, 18, "AUTORITÉ / Authority", "sans", 4, (70, 70, 90))
    b.text(50, 21.2, "Préfecture de la Loire-Atlantique", "sansb", 5)
    lines = td1(
        "ID",
        "FRA",
        h["number"],
        yymmdd(h["dob"]),
        h["sex"],
        yymmdd(h["expiry"]),
        "FRA",
        h["surname"],
        h["given"],
    )
    mrz_block(b, 3.5, 41.5, lines, 10.8, 4.8)
    fields = {
        "surname": h["surname"],
        "given_names": h["given"],
        "document_number": h["number"],
        "nationality": "FRA",
        "issuing_country": "FRA",
        "date_of_birth": h["dob"],
        "sex": h["sex"],
        "expiry_date": h["expiry"],
        "mrz_valid": True,
    }
    return f, b, fields
