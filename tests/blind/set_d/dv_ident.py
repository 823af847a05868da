"""Identity documents: passport data pages (TD3), ID-1 cards (TD1), visa stickers."""

import random

from dv_checks import mrva, td3
from dv_render import Page, seed_of, text_width_mm

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
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
MONTHS_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def dfmt(iso, style):
    y, m, d = iso[:4], int(iso[5:7]), iso[8:10]
    if style == "en":
        return "%s %s %s" % (d, MONTHS_EN[m - 1], y)
    if style == "enfr":
        return "%s %s/%s %s" % (d, MONTHS_EN[m - 1], MONTHS_FR[m - 1], y[2:])
    if style == "esen":
        return "%s %s/%s %s" % (d, MONTHS_ES[m - 1], MONTHS_EN[m - 1], y)
    if style == "dots":
        return "%s.%02d.%s" % (d, m, y)
    if style == "slash":
        return "%s/%02d/%s" % (d, m, y)
    if style == "space":
        return "%s %02d %s" % (d, m, y)
    if style == "us":
        return "%s %s %s" % (d, MONTHS_EN[m - 1].title(), y)
    return iso


def portrait(p, x, y, w, h, seed, sex="F", bg=(205, 212, 220), grey=False):
    rnd = random.Random(seed_of("face", seed))
    p.rect(x, y, w, h, stroke=None, fill=bg)
    skin = [(224, 188, 160), (198, 150, 118), (150, 104, 74), (110, 74, 52), (236, 204, 178)][
        rnd.randint(0, 4)
    ]
    hair = [(30, 24, 20), (70, 50, 35), (20, 20, 20), (120, 90, 50)][rnd.randint(0, 3)]
    if grey:
        g = sum(skin) // 3
        skin = (g, g, g)
        hair = (40, 40, 40)
    cx = x + w / 2
    p.ellipse(
        cx - w * 0.42,
        y + h * 0.72,
        w * 0.84,
        h * 0.6,
        stroke=None,
        fill=(60, 70, 90) if not grey else (80, 80, 80),
    )
    p.rect(cx - w * 0.09, y + h * 0.55, w * 0.18, h * 0.2, stroke=None, fill=skin)
    if sex == "F":
        p.ellipse(cx - w * 0.3, y + h * 0.1, w * 0.6, h * 0.62, stroke=None, fill=hair)
    p.ellipse(cx - w * 0.22, y + h * 0.14, w * 0.44, h * 0.5, stroke=None, fill=skin)
    p.ellipse(cx - w * 0.23, y + h * 0.1, w * 0.46, h * 0.18, stroke=None, fill=hair)
    p.ellipse(cx - w * 0.11, y + h * 0.34, w * 0.05, h * 0.03, stroke=None, fill=(40, 40, 40))
    p.ellipse(cx + w * 0.06, y + h * 0.34, w * 0.05, h * 0.03, stroke=None, fill=(40, 40, 40))
    p.line(cx - w * 0.06, y + h * 0.52, cx + w * 0.06, y + h * 0.52, (120, 60, 60), 0.3)


def mrz_block(p, x, y, lines, width):
    """OCR-B lines fitted to width (mm); y = baseline of first line."""
    n = len(lines[0])
    size = 10.0
    wmm = text_width_mm("<" * n, "ocrb", size)
    size = size * width / wmm
    lead = size * 0.3528 * 1.45
    for i, ln in enumerate(lines):
        p.text(x, y + i * lead, ln, "ocrb", size)
    return size


# ---------------------------------------------------------------- passports

PASS_LABELS = {
    "en": dict(
        type="Type",
        code="Code",
        no="Passport No.",
        sur="Surname",
        giv="Given Names",
        nat="Nationality",
        dob="Date of birth",
        sex="Sex",
        pob="Place of birth",
        doi="Date of issue",
        doe="Date of expiry",
        auth="Authority",
    ),
    "fr": dict(
        type="Type/Type",
        code="Code du pays/Country code",
        no="N° du passeport/Passport No.",
        sur="Nom/Surname",
        giv="Prénoms/Given names",
        nat="Nationalité/Nationality",
        dob="Date de naissance/Date of birth",
        sex="Sexe/Sex",
        pob="Lieu de naissance/Place of birth",
        doi="Date de délivrance/Date of issue",
        doe="Date d'expiration/Date of expiry",
        auth="Autorité/Authority",
    ),
    "es": dict(
        type="Tipo/Type",
        code="Código/Code",
        no="Pasaporte No./Passport No.",
        sur="Apellidos/Surname",
        giv="Nombres/Given names",
        nat="Nacionalidad/Nationality",
        dob="Fecha de nacimiento/Date of birth",
        sex="Sexo/Sex",
        pob="Lugar de nacimiento/Place of birth",
        doi="Fecha de expedición/Date of issue",
        doe="Fecha de vencimiento/Date of expiry",
        auth="Autoridad/Authority",
    ),
    "pt": dict(
        type="Tipo/Type/Type",
        code="País emissor/Issuing country",
        no="Passaporte nº/Passport No.",
        sur="Sobrenome/Surname/Nom",
        giv="Nome/Given names/Prénoms",
        nat="Nacionalidade/Nationality",
        dob="Data de nascimento/Date of birth",
        sex="Sexo/Sex",
        pob="Naturalidade/Place of birth",
        doi="Data de expedição/Date of issue",
        doe="Válido até/Date of expiry",
        auth="Autoridade/Authority",
    ),
    "zh": dict(
        type="类型/Type",
        code="国家码/Country Code",
        no="护照号/Passport No.",
        sur="姓/Surname",
        giv="名/Given names",
        nat="国籍/Nationality",
        dob="出生日期/Date of birth",
        sex="性别/Sex",
        pob="出生地点/Place of birth",
        doi="签发日期/Date of issue",
        doe="有效期至/Date of expiry",
        auth="签发机关/Authority",
    ),
    "uk": dict(
        type="Тип/Type",
        code="Код держави/Code of State",
        no="Паспорт №/Passport No.",
        sur="Прізвище/Surname",
        giv="Ім'я/Given Names",
        nat="Громадянство/Nationality",
        dob="Дата народження/Date of birth",
        sex="Стать/Sex",
        pob="Місце народження/Place of birth",
        doi="Дата видачі/Date of issue",
        doe="Дата закінчення строку дії/Date of expiry",
        auth="Орган, що видав/Authority",
    ),
    "tr": dict(
        type="Tipi/Type",
        code="Ülke kodu/Country code",
        no="Pasaport No/Passport No",
        sur="Soyadı/Surname",
        giv="Adı/Given name(s)",
        nat="Uyruğu/Nationality",
        dob="Doğum tarihi/Date of birth",
        sex="Cinsiyeti/Sex",
        pob="Doğum yeri/Place of birth",
        doi="Veriliş tarihi/Date of issue",
        doe="Geçerlilik tarihi/Date of expiry",
        auth="Makam/Authority",
    ),
}


def passport_page(d, style="A", dpi_hint=None):
    """Passport data page 125 x 88 mm. d: dict of fields (see generate.py)."""
    p = Page(125, 88, bg=d.get("bg", (236, 240, 232)))
    seed = d["number"]
    p.guilloche(0, 0, 125, 60, color=d.get("guil", (208, 222, 210)), n=18, seed=seed)
    L = PASS_LABELS[d.get("labels", "en")]
    col = d.get("ink", (20, 30, 40))
    lab = d.get("labcol", (70, 80, 110))
    # header
    hdr = d["header"]
    p.text(62.5, 6.5, hdr[0], d.get("hfont", "sans-b"), 8.5, col, anchor="c")
    if len(hdr) > 1:
        p.text(62.5, 10.5, hdr[1], "sans", 6.5, col, anchor="c")
    if style == "A":
        portrait(p, 5, 16, 32, 40, seed, d["sex"])
        x0 = 41
    else:
        portrait(p, 88, 16, 32, 40, seed, d["sex"])
        p.rect(110, 58, 11, 13, stroke=None, fill=(215, 220, 215))
        x0 = 5
    fs = d.get("fs", 7.6)
    lf = "sans"

    def field(x, y, label, value, size=fs):
        p.text(x, y, label, lf, 4.6, lab)
        p.text(x, y + 3.6, value, d.get("vfont", "sansc-b"), size, col)

    field(x0, 15.5, L["type"], "P")
    field(x0 + 18, 15.5, L["code"], d["issuer"])
    p.text(
        x0 + 80 if style == "A" else x0 + 78,
        19.1,
        d["number"],
        "sans-b",
        8.5,
        d.get("numcol", (150, 20, 30)),
        anchor="r",
    )
    p.text(x0 + 80 if style == "A" else x0 + 78, 15.5, L["no"], lf, 4.6, lab, anchor="r")
    field(x0, 23.5, L["sur"], d["surname_vis"])
    field(x0, 31, L["giv"], d["given_vis"])
    field(x0, 38.5, L["nat"], d["nat_vis"])
    field(x0, 46, L["dob"], dfmt(d["dob"], d.get("dstyle", "en")))
    field(x0 + 44, 46, L["sex"], d["sex"])
    field(x0, 53.5, L["pob"], d["pob"])
    field(x0, 61, L["doi"], dfmt(d["issued"], d.get("dstyle", "en")))
    field(x0 + 44, 61, L["auth"], d.get("authority", ""), 6.2)
    field(x0, 68.5, L["doe"], dfmt(d["expiry"], d.get("dstyle", "en")))
    # holder signature
    if style == "A":
        p.signature(6, 60, 28, 7, seed=seed)
    mrz = td3(
        "P",
        d["issuer"],
        d["surname_mrz"],
        d["given_mrz"],
        d["number"],
        d["nat"],
        d["dob"],
        d["sex"],
        d["expiry"],
        d.get("optional", ""),
        d.get("break_cd"),
    )
    p.rect(0, 74, 125, 14, stroke=None, fill=(248, 248, 244))
    mrz_block(p, 4.5, 79.5, mrz, 116)
    return p, mrz


def passport_upper_page(d):
    """The facing page (observations / holder signature)."""
    p = Page(125, 88, bg=d.get("bg", (236, 240, 232)))
    p.guilloche(0, 0, 125, 88, color=d.get("guil", (196, 214, 200)), n=28, seed=d["number"] + "u")
    p.text(62.5, 10, d["header"][0], "sans-b", 7, (90, 100, 100), anchor="c")
    p.text(
        8,
        40,
        d.get("sig_label", "Signature of bearer / Signature du titulaire"),
        "sans",
        5,
        (70, 80, 110),
    )
    p.signature(20, 45, 40, 10, seed=d["number"])
    return p


# ---------------------------------------------------------------- ID-1 cards


def id_card_front(d):
    p = Page(85.6, 54, bg=d.get("bg", (226, 236, 244)))
    p.guilloche(0, 0, 85.6, 54, color=d.get("guil", (190, 210, 228)), n=16, seed=d["number"])
    col = d.get("ink", (15, 20, 40))
    lab = d.get("labcol", (60, 80, 120))
    y = 5
    for i, h in enumerate(d["header"]):
        p.text(
            42.8 if d.get("hcenter", True) else 30,
            y,
            h,
            "sans-b" if i == 0 else "sans",
            6.0 if i == 0 else 4.6,
            d.get("hcol", col),
            anchor="c" if d.get("hcenter", True) else "l",
        )
        y += 3.2
    portrait(p, 3.5, 13, 23, 30, d["number"], d["sex"])
    x = 29
    yy = 15
    for label, value in d["front_fields"]:
        p.text(x, yy, label, "sans", 3.6, lab)
        p.text(x, yy + 3.0, value, "sansc-b", 5.8, col)
        yy += 6.6
    if d.get("front_extra"):
        for xx, yv, label, value in d["front_extra"]:
            p.text(xx, yv, label, "sans", 3.6, lab)
            p.text(xx, yv + 3.0, value, "sansc-b", 5.8, col)
    if d.get("card_no_front"):
        p.text(82, 50.5, d["card_no_front"], "sans-b", 6, (160, 30, 30), anchor="r")
    p.signature(5, 45, 18, 4.5, seed=d["number"] + "s")
    return p


def id_card_back(d, mrz):
    p = Page(85.6, 54, bg=d.get("bg", (226, 236, 244)))
    p.guilloche(0, 0, 85.6, 30, color=d.get("guil", (190, 210, 228)), n=10, seed=d["number"] + "b")
    col = d.get("ink", (15, 20, 40))
    lab = d.get("labcol", (60, 80, 120))
    yy = 5
    for label, value in d.get("back_fields", []):
        p.text(4, yy, label, "sans", 3.6, lab)
        if isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                p.text(4, yy + 3.0 + i * 2.8, v, "sansc-b", 5.2, col)
            yy += 3.0 + 2.8 * len(value) + 1.5
        else:
            p.text(4, yy + 3.0, value, "sansc-b", 5.4, col)
            yy += 6.4
    p.rect(0, 33.5, 85.6, 20.5, stroke=None, fill=(250, 250, 248))
    mrz_block(p, 3.5, 39.0, mrz, 78)
    return p


# ---------------------------------------------------------------- visa sticker


def visa_page(v):
    """French uniform-format visa sticker on a passport page (125 x 88 mm)."""
    p = Page(125, 88, bg=(238, 236, 226))
    p.guilloche(0, 0, 125, 88, color=(214, 210, 196), n=24, seed=v["visa_no"] + "pg")
    sx, sy, sw, sh = 3, 3, 119, 82
    p.rect(sx, sy, sw, sh, stroke=(180, 170, 190), fill=(238, 230, 240), lw=0.2)
    p.guilloche(sx, sy, sw, 56, color=(224, 210, 230), n=24, seed=v["visa_no"])
    portrait(p, sx + 3, sy + 16, 24, 31, v["passport_no"], v["sex"], bg=(225, 220, 230), grey=True)
    ink = (25, 25, 35)
    lab = (90, 60, 110)
    p.text(sx + 3, sy + 7, "VISA", "sans-b", 12, (110, 60, 130))
    p.text(sx + sw - 3, sy + 6.5, "FRA", "sans-b", 8, (170, 20, 40), anchor="r")
    p.text(sx + sw - 3, sy + 11, v["visa_no"], "sans-b", 9, (170, 20, 40), anchor="r")
    x = sx + 31

    def f(xx, yy, label, val, size=7.2):
        p.text(xx, yy, label, "sans", 4.3, lab)
        p.text(xx, yy + 3.4, val, "mono-b", size, ink)

    f(x, sy + 16, "VALABLE POUR / VALID FOR", v.get("valid_for", "FRANCE"))
    f(x, sy + 23, "DU / FROM", v["valid_from_vis"])
    f(x + 30, sy + 23, "AU / UNTIL", v["valid_until_vis"])
    f(x, sy + 30, "TYPE DE VISA / TYPE OF VISA", v["type"])
    f(x + 30, sy + 30, "DURÉE DE SÉJOUR / DURATION OF STAY", v["duration"])
    f(x + 62, sy + 30, "NOMBRE D'ENTRÉES", v.get("entries", "MULT"))
    f(x, sy + 37, "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
    f(x + 40, sy + 37, "LE / ON", v["issued_on_vis"])
    f(x, sy + 44, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"])
    f(x, sy + 51, "NOM, PRÉNOM / SURNAME, NAME", v["name_vis"])
    p.text(sx + 3, sy + 60, "REMARQUES / REMARKS", "sans", 4.3, lab)
    for i, r in enumerate(v["remarks"]):
        p.text(sx + 3, sy + 64 + i * 3.5, r, "mono-b", 6.6, ink)
    mrz = mrva(
        "FRA",
        v["surname_mrz"],
        v["given_mrz"],
        v["visa_no_mrz"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["valid_until"],
        second=v["type"],
    )
    mrz_block(p, sx + 3, sy + 73.5, mrz, 112)
    # entry stamp partly over the page
    if v.get("entry_stamp"):
        p.rect(84, 60, 34, 0.1, stroke=None)
    return p, mrz


def entry_stamp(p, x, y, text_date, seed):
    col = (60, 70, 150)
    p.rect(x, y, 30, 17, stroke=col, lw=0.5)
    p.text(x + 15, y + 4.5, "ROISSY-CDG", "sans-b", 6, col, anchor="c")
    p.text(x + 15, y + 9.5, text_date, "mono-b", 7, col, anchor="c")
    p.text(x + 15, y + 14, "◄ PAF 0412 ►", "sans", 5, col, anchor="c")
