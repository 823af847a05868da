"""Identity pieces: passports, visas, cards, birth certificates, apostilles, translations."""

from cjlib import BLACK, BLUE_INK, Page, face, text_w

GREY = (90, 90, 95)


def _fr_date(d):
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"


MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
MONTHS_FR = [
    "JANV",
    "FÉVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOÛT",
    "SEPT",
    "OCT",
    "NOV",
    "DÉC",
]
MONTHS_FR_LONG = [
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


def _pp_date(d, style):
    m = int(d[5:7]) - 1
    if style == "us":
        return f"{d[8:10]} {MONTHS_EN[m]} {d[0:4]}"
    if style == "mx":
        return f"{d[8:10]} {MONTHS_ES[m]}/{MONTHS_EN[m]} {d[0:4]}"
    if style == "fr":
        return f"{d[8:10]} {MONTHS_FR[m]}/{MONTHS_EN[m]} {d[2:4]}"
    return _fr_date(d)


def passport_page(p, rng, style=None):
    """Passport data page (TD3). p: surname, given, number, nat, dob, sex, exp, issued, pob, mrz."""
    style = style or {"USA": "us", "MEX": "mx", "MLI": "ml", "VNM": "vn"}[p["issuer"]]
    tints = {
        "us": (232, 236, 244),
        "mx": (236, 240, 228),
        "ml": (240, 234, 222),
        "vn": (244, 236, 232),
    }
    pg = Page(125, 88, tints[style])
    heads = {
        "us": ("PASSPORT", "UNITED STATES OF AMERICA", "Passport Card No. / Passport No."),
        "mx": ("PASAPORTE / PASSPORT", "ESTADOS UNIDOS MEXICANOS", "Pasaporte No. / Passport No."),
        "ml": ("PASSEPORT / PASSPORT", "RÉPUBLIQUE DU MALI", "N° du passeport / Passport No."),
        "vn": (
            "HỘ CHIẾU / PASSPORT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số hộ chiếu / Passport No.",
        ),
    }[style]
    pg.text(4, 7, heads[0], 7.5, "sansb", GREY)
    pg.text(121, 7, heads[1], 6.5, "sansb", GREY, "r")
    for i in range(0, 125, 6):
        pg.line(i, 9, i + 3, 12, 0.15, (200, 205, 215))
    pg.image(5, 14, 30, 38, face(300, 380, skin=p.get("skin", (150, 110, 80))))
    lab = {
        "us": [
            "Type / Type",
            "Code / Code",
            "Surname / Nom",
            "Given Names / Prénoms",
            "Nationality / Nationalité",
            "Date of birth / Date de naissance",
            "Place of birth / Lieu de naissance",
            "Sex / Sexe",
            "Date of issue / Date de délivrance",
            "Date of expiration / Date d'expiration",
            "Authority / Autorité",
        ],
        "mx": [
            "Tipo / Type",
            "Clave del país / Code",
            "Apellidos / Surname",
            "Nombres / Given names",
            "Nacionalidad / Nationality",
            "Fecha de nacimiento / Date of birth",
            "Lugar de nacimiento / Place of birth",
            "Sexo / Sex",
            "Fecha de expedición / Date of issue",
            "Fecha de caducidad / Date of expiry",
            "Autoridad / Authority",
        ],
        "ml": [
            "Type",
            "Code du pays / Country code",
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Lieu de naissance / Place of birth",
            "Sexe / Sex",
            "Date de délivrance / Date of issue",
            "Date d'expiration / Date of expiry",
            "Autorité / Authority",
        ],
        "vn": [
            "Loại / Type",
            "Mã số / Code",
            "Họ / Surname",
            "Chữ đệm và tên / Given names",
            "Quốc tịch / Nationality",
            "Ngày sinh / Date of birth",
            "Nơi sinh / Place of birth",
            "Giới tính / Sex",
            "Ngày cấp / Date of issue",
            "Có giá trị đến / Date of expiry",
            "Cơ quan cấp / Authority",
        ],
    }[style]
    vals = [
        "P",
        p["issuer"],
        p["pp_surname"],
        p["pp_given"],
        p["nat_text"],
        _pp_date(p["dob"], style),
        p["pob_pp"],
        p["sex"],
        _pp_date(p["issued"], style),
        _pp_date(p["exp"], style),
        p["authority"],
    ]
    x0, y = 39, 15.5
    pg.text(x0, y, lab[0], 4.6, "sans", GREY)
    pg.text(x0, y + 3.3, vals[0], 7.5, "sansb")
    pg.text(x0 + 20, y, lab[1], 4.6, "sans", GREY)
    pg.text(x0 + 20, y + 3.3, vals[1], 7.5, "sansb")
    pg.text(x0 + 45, y, heads[2], 4.6, "sans", GREY)
    pg.text(x0 + 45, y + 3.3, p["number"], 8, "sansb", (150, 30, 40) if style != "us" else BLACK)
    y += 7
    for i in range(2, 11):
        if False:
            continue
        if i == 7:
            pg.text(x0 + 58, y - 7, lab[7], 4.6, "sans", GREY)
            pg.text(x0 + 58, y - 3.7, vals[7], 7.5, "sansb")
            continue
        pg.text(x0, y, lab[i], 4.6, "sans", GREY)
        pg.text(x0, y + 3.3, vals[i], 7.5, "sansb")
        y += 5.8
    pg.signature(6, 54, 26, 7, rng, p["pp_surname"], BLACK)
    for i, ln in enumerate(p["mrz"]):
        pg.text(4, 77 + i * 6.0, ln, 11.4, "mono")
    return pg


def visa_sticker(p, rng):
    """French long-stay visa (type D, VLS-TS) sticker with MRV-A zone."""
    pg = Page(120, 82, (226, 236, 232))
    for i in range(0, 120, 4):
        pg.line(i, 0, i + 30, 82, 0.1, (205, 222, 214))
    pg.text(4, 7, "VISA", 9, "serifb", (40, 60, 120))
    pg.text(60, 7, "FRANCE", 9, "serifb", (40, 60, 120), "m")
    pg.text(116, 7, p["visa_no_print"], 8, "courier", (150, 30, 40), "r")
    pg.image(4, 11, 24, 31, face(240, 310, skin=p.get("skin", (150, 110, 80))))
    rows = [
        ("VALABLE POUR", "ETATS SCHENGEN", 32, 13),
        ("DU", _fr_date(p["visa_from"]), 32, 20),
        ("AU", _fr_date(p["visa_until"]), 62, 20),
        ("TYPE DE VISA", "D", 90, 20),
        ("NOMBRE D'ENTREES", "MULT", 32, 27),
        ("DUREE DE SEJOUR", p["visa_days"] + " JOURS", 62, 27),
        ("DELIVRE A", p["visa_post"], 32, 34),
        ("LE", _fr_date(p["visa_issued"]), 90, 34),
        ("NUMERO DE PASSEPORT", p["number"], 32, 41),
        ("NOM, PRENOM", p["pp_surname"] + ", " + p["pp_given"], 32, 48),
    ]
    for lab, val, x, y in rows:
        pg.text(x, y - 3, lab, 4.3, "sans", GREY)
        pg.text(x, y + 0.3, val, 6.8, "courier")
    pg.text(32, 52.5, "REMARQUES", 4.3, "sans", GREY)
    pg.text(32, 55.8, p["visa_remarks"], 6.8, "courier")
    pg.text(32, 59.6, "CESEDA R311-3 " + p["visa_cat_code"], 6.8, "courier")
    for i, ln in enumerate(p["visa_mrz"]):
        pg.text(3, 69 + i * 6.0, ln, 11.2, "mono")
    return pg


def td1_card(p, rng, kind):
    """ID-1 card front and back. kind 'ts' (titre de séjour) or 'cni' (French identity card)."""
    front = Page(85.6, 54, (228, 232, 240) if kind == "cni" else (236, 230, 238))
    back = Page(85.6, 54, front.bg)
    blue = (30, 50, 120)
    if kind == "cni":
        front.text(3, 5, "RÉPUBLIQUE FRANÇAISE", 5.5, "sansb", blue)
        front.text(3, 8.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", 4.2, "sans", blue)
    else:
        front.text(3, 5, "RÉPUBLIQUE FRANÇAISE", 5.5, "sansb", blue)
        front.text(3, 8.5, "TITRE DE SÉJOUR / RESIDENCE PERMIT", 4.2, "sans", blue)
    front.text(83, 5, p["card_no"], 5.5, "courier", (150, 30, 40), "r")
    front.image(3, 11, 21, 27, face(210, 270, skin=p.get("skin", (150, 110, 80))))
    rows = [
        ("NOM / Surname", p["card_surname"]),
        ("Prénoms / Given names", p["card_given"]),
        ("Sexe / Sex   Nationalité / Nationality", p["sex"] + "        " + p["card_nat"]),
        ("Date de naiss. / Date of birth", _fr_date(p["dob"]).replace("/", " ")),
        ("Date d'expiration / Expiry date", _fr_date(p["card_exp"]).replace("/", " ")),
    ]
    y = 13
    for lab, val in rows:
        front.text(27, y, lab, 3.3, "sans", GREY)
        front.text(27, y + 3.1, val, 5.6, "sansb")
        y += 6.4
    if kind == "ts":
        front.text(27, y, "Catégorie / Category", 3.3, "sans", GREY)
        front.text(27, y + 3.1, p["ts_cat"], 5.0, "sansb")
    front.signature(4, 41, 18, 6, rng, p["card_surname"], BLACK)
    if kind == "ts":
        back.text(3, 6, "Lieu de naissance / Place of birth : " + p["pob_card"], 4.3, "sans")
        back.text(3, 10, "Adresse / Address : " + p["card_addr"], 4.3, "sans")
        back.text(3, 14, "Remarques : " + p["ts_remarks"], 4.3, "sans")
        back.text(
            3,
            18,
            "Délivré le " + _fr_date(p["card_issued"]) + "  par " + p["card_auth"],
            4.3,
            "sans",
        )
    else:
        back.text(3, 6, "Lieu de naissance / Place of birth : " + p["pob_card"], 4.3, "sans")
        back.text(3, 10, "Taille : 1,78 m", 4.3, "sans")
        back.text(
            3,
            14,
            "Délivrée le " + _fr_date(p["card_issued"]) + "  par " + p["card_auth"],
            4.3,
            "sans",
        )
    for i, ln in enumerate(p["card_mrz"]):
        back.text(4.5, 36 + i * 5.5, ln, 11.2, "mono")
    return front, back


def apostille(a, rng, lang="en"):
    """Hague model apostille, 10 numbered items. a: country, authority, place, date, number, by."""
    pg = Page(210, 297)
    x = 22
    pg.rect(15, 25, 180, 165, 0.6)
    pg.text(105, 40, "APOSTILLE", 20, "serifb", anchor="m")
    pg.text(105, 48, "(Convention de La Haye du 5 octobre 1961)", 10, "serifi", anchor="m")
    items = [
        ("1. Country / País:", a["country"]),
        ("This public document / El presente documento público", None),
        ("2. has been signed by / ha sido firmado por", a["doc_signer"]),
        ("3. acting in the capacity of / quien actúa en calidad de", a["doc_capacity"]),
        ("4. bears the seal/stamp of / y está revestido del sello de", a["doc_seal"]),
        ("Certified / Certificado", None),
        ("5. at / en", a["place"]),
        ("6. the / el día", a["date_text"]),
        ("7. by / por", a["authority"]),
        ("8. No. / bajo el número", a["number"]),
        ("9. Seal/stamp / Sello", "[seal]"),
        ("10. Signature / Firma", a["signed_by"]),
    ]
    if lang == "en":
        items = [(lab.split(" / ")[0] if " / " in lab else lab, v) for lab, v in items]
    y = 62
    for lab, val in items:
        if val is None:
            pg.text(105, y, lab, 11, "serifb", anchor="m")
            y += 9
            continue
        pg.text(x, y, lab, 10, "serif")
        if val == "[seal]":
            pg.ellipse(x + 50, y - 6, 30, 30, None, (60, 60, 140), 0.7)
            pg.text(x + 65, y + 10, a["seal_text"], 5, "sansb", (60, 60, 140), "m")
        else:
            pg.text(x + text_w(lab, 10, "serif") + 3, y, val, 10, "serifb")
        y += 9
    pg.signature(x + 100, y - 2, 50, 15, rng, a["signed_by"], BLACK)
    if a.get("code"):
        pg.text(x, 185, a["code"], 7.5, "courier")
    return pg


def legalisation_stamps(pg, rng, y0):
    """Vietnamese MFA consular certification and French embassy legalisation on the back."""
    purple = (90, 40, 120)
    pg.rect(20, y0, 90, 48, 0.6, purple)
    pg.text(65, y0 + 6, "BỘ NGOẠI GIAO - CỤC LÃNH SỰ", 7.5, "sansb", purple, "m")
    pg.text(65, y0 + 11, "CHỨNG NHẬN LÃNH SỰ / CONSULAR AUTHENTICATION", 6, "sans", purple, "m")
    pg.text(24, y0 + 18, "Chứng nhận chữ ký và con dấu trên giấy tờ này", 6.5, "sans", purple)
    pg.text(24, y0 + 23, "là của: Ông Lê Văn Tuấn - Phó Chủ tịch UBND", 6.5, "sans", purple)
    pg.text(24, y0 + 28, "Số: 21873/2026/HPH-CLS   Hà Nội, ngày 02/06/2026", 6.5, "sans", purple)
    pg.signature(60, y0 + 31, 30, 12, rng, "Tran", purple)
    blue = (30, 60, 140)
    pg.rect(112, y0 + 6, 80, 52, 0.6, blue)
    pg.text(152, y0 + 12, "AMBASSADE DE FRANCE AU VIETNAM", 7.5, "sansb", blue, "m")
    pg.text(152, y0 + 17, "Service consulaire - Hanoï", 6.5, "sans", blue, "m")
    pg.text(116, y0 + 24, "Vu pour légalisation de la signature", 7, "sans", blue)
    pg.text(116, y0 + 28.5, "et du sceau de M. Trần Quốc Khánh,", 7, "sans", blue)
    pg.text(116, y0 + 33, "Cục Lãnh sự, Bộ Ngoại giao", 7, "sans", blue)
    pg.text(116, y0 + 39, "Hanoï, le 09/06/2026   N° 2026/L/04512", 7, "sans", blue)
    pg.text(116, y0 + 44, "Droits perçus : 20 EUR", 7, "sans", blue)
    pg.signature(150, y0 + 44, 30, 12, rng, "Consul", blue)


def hand_fill(pg, x, y, s, rng, size=11):
    return pg.hand(x, y, s, rng, size, "hand3", BLUE_INK)
