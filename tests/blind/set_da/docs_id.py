"""Identity documents, residence documents, birth certificates and apostilles (raster)."""

from __future__ import annotations

from checks import mrva, td1, td3
from draw import RasterPage, guilloche, photo_face, sign, stamp

MOIS = [
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
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MES = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]


def ymd(d):
    return d.strftime("%y%m%d")


def dmy(d, sep="/"):
    return d.strftime(f"%d{sep}%m{sep}%Y")


PASSPORTS = {
    "DZA": {
        "tint": "#e3efe2",
        "g": "#b9d8b4",
        "head": ["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"],
        "ar": "الجمهورية الجزائرية الديمقراطية الشعبية",
        "title": "جواز السفر  PASSEPORT",
        "lab": {
            "sur": "اللقب / Nom",
            "giv": "الاسم / Prénoms",
            "nat": "الجنسية / Nationalité",
            "dob": "تاريخ الميلاد / Date de naissance",
            "sex": "الجنس / Sexe",
            "pob": "مكان الميلاد / Lieu de naissance",
            "iss": "تاريخ الإصدار / Date de délivrance",
            "exp": "تاريخ الانتهاء / Date d'expiration",
            "auth": "السلطة / Autorité",
            "no": "رقم الجواز / N° du passeport",
        },
        "natp": "ALGÉRIENNE",
        "datef": lambda d: dmy(d, "."),
        "auth": "DAIRA DE TIZI OUZOU",
    },
    "MAR": {
        "tint": "#f4e4e4",
        "g": "#e2b9b9",
        "head": ["ROYAUME DU MAROC"],
        "ar": "المملكة المغربية",
        "title": "جواز سفر  PASSEPORT",
        "lab": {
            "sur": "Nom / النسب",
            "giv": "Prénoms / الاسم الشخصي",
            "nat": "Nationalité / الجنسية",
            "dob": "Date de naissance / تاريخ الازدياد",
            "sex": "Sexe / الجنس",
            "pob": "Lieu de naissance / مكان الازدياد",
            "iss": "Date de délivrance / تاريخ التسليم",
            "exp": "Date d'expiration / تاريخ انتهاء الصلاحية",
            "auth": "Autorité / السلطة",
            "no": "N° Passeport / رقم الجواز",
        },
        "natp": "MAROCAINE",
        "datef": lambda d: dmy(d, "/"),
        "auth": "PREFECTURE DE FES",
    },
    "PHL": {
        "tint": "#e6e4f3",
        "g": "#c3bde6",
        "head": ["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"],
        "ar": None,
        "title": "PASAPORTE / PASSPORT",
        "lab": {
            "sur": "Apelyido/Surname",
            "giv": "Mga Pangalan/Given Names",
            "mid": "Panggitnang Apelyido/Middle Name",
            "nat": "Nasyonalidad/Nationality",
            "dob": "Petsa ng Kapanganakan/Date of Birth",
            "sex": "Kasarian/Sex",
            "pob": "Lugar ng Kapanganakan/Place of Birth",
            "iss": "Petsa ng Pagkakaloob/Date of Issue",
            "exp": "Petsa ng Pagkawalang-bisa/Valid Until",
            "auth": "Maykapangyarihan/Authority",
            "no": "Pasaporte Blg/Passport No.",
        },
        "natp": "FILIPINO",
        "datef": lambda d: f"{d.day:02d} {MON[d.month - 1]} {d.year}",
        "auth": "DFA MANILA",
    },
    "BRA": {
        "tint": "#e4efe0",
        "g": "#d8d79a",
        "head": ["REPÚBLICA FEDERATIVA DO BRASIL"],
        "ar": None,
        "title": "PASSAPORTE  PASSPORT  PASSEPORT",
        "lab": {
            "sur": "SOBRENOME/SURNAME/NOM",
            "giv": "NOME/GIVEN NAMES/PRÉNOMS",
            "nat": "NACIONALIDADE/NATIONALITY",
            "dob": "DATA DE NASCIMENTO/DATE OF BIRTH",
            "sex": "SEXO/SEX",
            "pob": "LOCAL DE NASCIMENTO/PLACE OF BIRTH",
            "iss": "DATA DE EXPEDIÇÃO/DATE OF ISSUE",
            "exp": "VÁLIDO ATÉ/DATE OF EXPIRY",
            "auth": "AUTORIDADE/AUTHORITY",
            "no": "PASSAPORTE Nº/PASSPORT No.",
        },
        "natp": "BRASILEIRO(A)",
        "datef": lambda d: f"{d.day:02d} {MES[d.month - 1]}/{MON[d.month - 1]} {d.year}",
        "auth": "SR/PF/PE",
    },
}


def passport(rng, p):
    """TD3 data page 125 x 88 mm at 300 dpi. Returns (image, (l1, l2))."""
    c = PASSPORTS[p["nat"]]
    pg = RasterPage(125, 88, 300, c["tint"])
    guilloche(pg, rng, 0, 8, 125, 55, c["g"], 30)
    y = 5.5
    if c["ar"]:
        pg.text(62.5, y, c["ar"], "amiri-b", 9, "#222222", align="center", direction="rtl")
        y += 4.2
    for h in c["head"]:
        pg.text(62.5, y, h, "sans-b", 7.2, "#222222", align="center")
        y += 3.4
    pg.text(
        62.5,
        y + 0.6,
        c["title"],
        "amiri-b" if c["ar"] else "sans-b",
        7.5,
        "#333333",
        align="center",
    )
    top = y + 4
    pg.image(
        photo_face(rng, skin=p.get("skin", (196, 150, 120)), female=p["sex"] == "F"),
        4,
        top + 2,
        30,
        38,
    )
    L = c["lab"]
    x0, x1 = 38, 90
    row = top + 1.5

    def field(x, y, lab, val, sz=8.6):
        pg.text(x, y, lab, "sans", 4.6, "#3c3c5a")
        pg.text(x, y + 3.6, val, "sans-b", sz, "#111111")

    field(x0, row, "Type", "P")
    field(x0 + 12, row, "Code", p["nat"])
    field(x1, row, L["no"], p["number"])
    row += 7.2
    field(x0, row, L["sur"], p["surname"])
    row += 7.2
    field(x0, row, L["giv"], p["given"])
    if "mid" in L:
        row += 7.2
        field(x0, row, L["mid"], p["middle"])
    row += 7.2
    field(x0, row, L["nat"], c["natp"])
    field(x1, row, L["sex"], p["sex"])
    row += 7.2
    field(x0, row, L["dob"], c["datef"](p["dob"]))
    field(x1, row, L["pob"], p["pob_pp"], 7.6)
    row += 7.2
    field(x0, row, L["iss"], c["datef"](p["issued"]))
    field(x1, row, L["auth"], c["auth"], 7.6)
    row += 7.2
    field(x0, row, L["exp"], c["datef"](p["expiry"]))
    sign(pg, rng, 95, row - 1, 24, 8, p["given"] + p["surname"], ink="black")
    l1, l2 = td3(
        "P",
        p["nat"],
        p["surname"],
        p["given"],
        p["number"],
        p["nat"],
        ymd(p["dob"]),
        p["sex"],
        ymd(p["expiry"]),
        p.get("personal", ""),
    )
    pg.rect(0, 70, 125, 18, stroke=None, fill="#f6f6f3")
    pg.text(4, 77.5, l1, "mono", 11.4, "#111111")
    pg.text(4, 84.5, l2, "mono", 11.4, "#111111")
    return pg.im, (l1, l2)


def fr_residence_card(rng, h):
    """French titre de séjour (ID-1). Returns (front, back, mrz)."""
    f = RasterPage(85.6, 54, 400, "#eef0f6")
    guilloche(f, rng, 0, 6, 85.6, 46, "#c9d3ea", 22)
    f.rect(0, 0, 85.6, 6.5, stroke=None, fill="#1f3f8f")
    f.text(3, 4.6, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.5, "#ffffff")
    f.text(82.6, 4.6, "TITRE DE SÉJOUR", "sans-b", 6.5, "#ffffff", align="right")
    f.image(
        photo_face(rng, skin=h.get("skin", (196, 150, 120)), female=h["sex"] == "F"), 3, 9, 22, 28
    )
    x = 28

    def fld(y, lab, val, sz=6.6):
        f.text(x, y, lab, "sans", 3.6, "#334")
        f.text(x, y + 2.9, val, "sans-b", sz, "#111")

    f.text(82.6, 10, h["card_no"], "mono-b", 7, "#9c1d1d", align="right")
    fld(12, "NOM / SURNAME", h["surname"])
    fld(18, "PRÉNOMS / GIVEN NAMES", h["given"])
    fld(24, "SEXE", h["sex"])
    f.text(42, 24, "NATIONALITÉ", "sans", 3.6, "#334")
    f.text(42, 26.9, h["nat"], "sans-b", 6.6, "#111")
    f.text(58, 24, "DATE DE NAISSANCE", "sans", 3.6, "#334")
    f.text(58, 26.9, h["dob"].strftime("%d %m %Y"), "sans-b", 6.6, "#111")
    fld(30.5, "TYPE DE TITRE / TYPE OF PERMIT", h["permit_type"], 5.8)
    fld(37, "VALIDITÉ / VALID UNTIL", h["expiry"].strftime("%d %m %Y"))
    fld(43.5, "REMARQUES / REMARKS", h["remarks"], 5.4)
    sign(f, rng, 3, 40, 20, 8, h["given"] + h["surname"], ink="black")
    b = RasterPage(85.6, 54, 400, "#eef0f6")
    guilloche(b, rng, 0, 0, 85.6, 30, "#d5dcef", 14)
    b.text(3, 5, "ADRESSE / ADDRESS", "sans", 3.6, "#334")
    b.text(3, 8, h["addr1"], "sans-b", 5.8, "#111")
    b.text(3, 11, h["addr2"], "sans-b", 5.8, "#111")
    b.text(3, 15.5, "LIEU DE NAISSANCE / PLACE OF BIRTH", "sans", 3.6, "#334")
    b.text(3, 18.5, h["pob"], "sans-b", 5.8, "#111")
    b.text(50, 15.5, "DÉLIVRÉ LE / ISSUED ON", "sans", 3.6, "#334")
    b.text(50, 18.5, h["issued"].strftime("%d %m %Y"), "sans-b", 5.8, "#111")
    b.text(3, 23, "AUTORITÉ / AUTHORITY", "sans", 3.6, "#334")
    b.text(3, 26, h["authority"], "sans-b", 5.8, "#111")
    mrz = td1(
        "IR",
        "FRA",
        h["card_no"],
        ymd(h["dob"]),
        h["sex"],
        ymd(h["expiry"]),
        h["nat"],
        h["surname"],
        h["given"],
    )
    b.rect(0, 32, 85.6, 22, stroke=None, fill="#f7f7f4")
    for i, line in enumerate(mrz):
        b.text(3.2, 38.5 + i * 5.6, line, "mono", 10.6, "#111")
    return f.im, b.im, mrz


def fr_cni(rng, h):
    """French identity card, 2021 model (ID-1). Returns (front, back, mrz)."""
    f = RasterPage(85.6, 54, 400, "#f1eef4")
    guilloche(f, rng, 0, 0, 85.6, 54, "#e2cfe0", 20)
    f.text(3, 4.5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.2, "#1f3f8f")
    f.text(3, 7.8, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 4.4, "#1f3f8f")
    f.image(
        photo_face(rng, skin=(200, 160, 130), hair=(30, 25, 20), female=h["sex"] == "F"),
        3,
        11,
        22,
        28,
    )
    f.text(82.6, 5, h["number"], "mono-b", 7.2, "#222", align="right")
    x = 28

    def fld(y, lab, val, xx=x):
        f.text(xx, y, lab, "sans", 3.5, "#553355")
        f.text(xx, y + 2.9, val, "sans-b", 6.4, "#111")

    fld(13, "NOM / Surname", h["surname"])
    fld(19, "Prénoms / Given names", h["given"])
    fld(25, "SEXE / Sex", h["sex"])
    fld(25, "NATIONALITÉ / Nationality", "FRA", 44)
    fld(31, "DATE DE NAISS. / Date of birth", h["dob"].strftime("%d %m %Y"))
    fld(37, "LIEU DE NAISSANCE / Place of birth", h["pob"])
    fld(43, "DATE D'EXPIR. / Expiry date", h["expiry"].strftime("%d %m %Y"))
    sign(f, rng, 60, 42, 22, 8, h["surname"], ink="black")
    b = RasterPage(85.6, 54, 400, "#f1eef4")
    b.text(3, 5, "ADRESSE / Address", "sans", 3.5, "#553355")
    b.text(3, 8, h["addr1"], "sans-b", 5.8, "#111")
    b.text(3, 11, h["addr2"], "sans-b", 5.8, "#111")
    b.text(3, 16, "DATE DE DÉLIV. / Date of issue", "sans", 3.5, "#553355")
    b.text(3, 19, h["issued"].strftime("%d %m %Y"), "sans-b", 5.8, "#111")
    b.text(45, 16, "AUTORITÉ / Authority", "sans", 3.5, "#553355")
    b.text(45, 19, "Préfecture du Rhône", "sans-b", 5.8, "#111")
    mrz = td1(
        "ID",
        "FRA",
        h["number"],
        ymd(h["dob"]),
        h["sex"],
        ymd(h["expiry"]),
        "FRA",
        h["surname"],
        h["given"],
    )
    b.rect(0, 32, 85.6, 22, stroke=None, fill="#f7f7f4")
    for i, line in enumerate(mrz):
        b.text(3.2, 38.5 + i * 5.6, line, "mono", 10.6, "#111")
    return f.im, b.im, mrz


def visa_page(rng, p, v):
    """A passport page with a French type D visa sticker (Schengen uniform format)."""
    pg = RasterPage(125, 88, 300, "#f3ece6")
    guilloche(pg, rng, 0, 0, 125, 88, "#e6d6cc", 12)
    pg.text(120, 84, "7", "sans", 7, "#777", align="right")
    x, y, w, h = 6, 5, 113, 76
    pg.rect(x, y, w, h, stroke="#9aa6c8", fill="#eaf0f8", lw=0.3)
    guilloche(pg, rng, x, y + 2, w, 40, "#c6d2ea", 18)
    pg.text(x + 3, y + 6, "VISA", "sans-b", 12, "#1f3f8f")
    pg.text(x + 24, y + 6, "FRA", "sans-b", 10, "#1f3f8f")
    pg.text(x + w - 3, y + 6, v["number"], "mono-b", 11, "#a11c1c", align="right")
    pg.image(
        photo_face(rng, skin=p.get("skin", (196, 150, 120)), female=p["sex"] == "F"),
        x + 3,
        y + 10,
        22,
        28,
    )
    cx = x + 28

    def fld(xx, yy, lab, val, sz=7.6):
        pg.text(xx, yy, lab, "sans", 4.5, "#39457a")
        pg.text(xx, yy + 3.5, val, "sans-b", sz, "#111")

    fld(cx, y + 11, "VALABLE POUR / VALID FOR", "FRA")
    fld(cx + 42, y + 11, "DU / FROM", v["from"].strftime("%d-%m-%y"))
    fld(cx + 62, y + 11, "AU / UNTIL", v["until"].strftime("%d-%m-%y"))
    fld(cx, y + 18, "TYPE DE VISA / TYPE OF VISA", "D")
    fld(cx + 30, y + 18, "ENTRÉES / ENTRIES", "MULT")
    fld(cx + 62, y + 18, "DURÉE / DURATION", "365 JOURS")
    fld(cx, y + 25, "DÉLIVRÉ À / ISSUED IN", v["place"])
    fld(cx + 42, y + 25, "LE / ON", v["issued"].strftime("%d-%m-%y"))
    fld(cx, y + 32, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", p["number"])
    fld(cx, y + 39, "NOM, PRÉNOM / SURNAME, NAME", f"{p['surname']}, {p['given']}", 7.2)
    pg.text(cx, y + 46, "REMARQUES / REMARKS", "sans", 4.5, "#39457a")
    for i, r in enumerate(v["remarks"]):
        pg.text(cx, y + 49.5 + i * 3.4, r, "sans-b", 6.6, "#111")
    l1, l2 = mrva(
        "FRA",
        p["surname"],
        p["given"],
        v["number"],
        p["nat"],
        ymd(p["dob"]),
        p["sex"],
        ymd(v["until"]),
    )
    pg.text(x + 1.5, y + 66.5, l1, "mono", 10.8, "#111")
    pg.text(x + 1.5, y + 73, l2, "mono", 10.8, "#111")
    stamp(pg, x + 14, y + 51, 9, ["CONSULAT GÉNÉRAL", "DE FRANCE", v["place"]])
    return pg.im, (l1, l2)


def recepisse(rng, h):
    """Récépissé de demande de titre de séjour (A4 secure paper, no MRZ)."""
    pg = RasterPage(210, 297, 200, "#f4f1e6")
    guilloche(pg, rng, 0, 0, 210, 120, "#e7e0c8", 24)
    pg.text(15, 18, "RÉPUBLIQUE FRANÇAISE", "sans-b", 11, "#1f3f8f")
    pg.text(15, 23, "Liberté - Égalité - Fraternité", "serif-i", 8, "#1f3f8f")
    pg.text(195, 18, "PRÉFECTURE DE LA GIRONDE", "sans-b", 10, "#222", align="right")
    pg.text(
        195, 23, "Direction des migrations et de l'intégration", "sans", 8, "#222", align="right"
    )
    pg.text(
        105, 40, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sans-b", 13, "#111", align="center"
    )
    pg.text(105, 47, "PREMIÈRE DEMANDE", "sans-b", 10, "#111", align="center")
    pg.text(195, 56, f"N° {h['number']}", "mono-b", 11, "#a11c1c", align="right")
    pg.image(photo_face(rng, skin=h.get("skin", (190, 145, 115)), female=False), 15, 60, 35, 45)
    rows = [
        ("Nom", h["surname"]),
        ("Prénom(s)", h["given"]),
        ("Sexe", h["sex"]),
        ("Né(e) le", dmy(h["dob"])),
        ("à", h["pob"]),
        ("Nationalité", h["natp"]),
        ("N° étranger (AGDREF)", h["agdref"]),
        ("Adresse", h["addr1"]),
        ("", h["addr2"]),
    ]
    y = 66
    for lab, val in rows:
        pg.text(58, y, lab, "sans", 9, "#444")
        pg.text(105, y, val, "sans-b", 10, "#111")
        y += 6.5
    pg.rect(15, 128, 180, 38, stroke="#555", lw=0.3)
    pg.text(20, 136, "Titre sollicité :", "sans", 9, "#444")
    pg.text(55, 136, h["motif"], "sans-b", 9.5, "#111")
    pg.text(20, 144, "Ce récépissé est valable", "sans", 9.5, "#111")
    pg.text(64, 144, f"du {dmy(h['from'])} au {dmy(h['until'])}", "sans-b", 10.5, "#111")
    pg.text(20, 152, "Il autorise son titulaire à travailler.", "sans", 9.5, "#111")
    pg.text(20, 160, "Il ne constitue pas un titre de voyage.", "sans", 9, "#444")
    y = pg.wrap(
        15,
        180,
        (
            "Le présent récépissé est délivré en application des articles R. 431-12 et suivants du "
            "code de l'entrée et du séjour des étrangers et du droit d'asile. Il doit être présenté "
            "avec le passeport de son titulaire. Toute falsification est passible de poursuites."
        ),
        "sans",
        8.5,
        180,
    )
    pg.text(120, 205, f"Fait à Bordeaux, le {dmy(h['from'])}", "sans", 9.5, "#111")
    pg.text(120, 211, "Pour le préfet et par délégation,", "sans-i", 9, "#111")
    stamp(pg, 140, 232, 14, ["PRÉFECTURE", "DE LA GIRONDE", "SÉJOUR"])
    sign(pg, rng, 158, 226, 36, 13, "agent", ink="black")
    pg.text(15, 272, "Signature du titulaire :", "sans", 8.5, "#444")
    sign(pg, rng, 50, 262, 40, 14, h["given"] + h["surname"], ink="blue")
    return pg.im
