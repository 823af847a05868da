"""Identity and residence documents: passport pages, visa sticker, ID-1 cards, récépissé."""

import random

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

import core
import pen
from core import Pg

MON = {
    "fr_en": [
        "JAN/JAN",
        "FÉV/FEB",
        "MARS/MAR",
        "AVR/APR",
        "MAI/MAY",
        "JUIN/JUN",
        "JUIL/JUL",
        "AOÛT/AUG",
        "SEPT/SEP",
        "OCT/OCT",
        "NOV/NOV",
        "DÉC/DEC",
    ],
}


def pdate(iso, style):
    y, m, d = iso.split("-")
    if style == "slash":
        return f"{d}/{m}/{y}"
    if style == "space":
        return f"{d} {m} {y}"
    if style == "dash2":
        return f"{d}-{m}-{y[2:]}"
    return f"{d} {MON['fr_en'][int(m) - 1]} {y}"


def mrz_lines(c, x, y0, lines, width_mm, size=10.6, font="MonoB", lead=None):
    """Draw MRZ lines with a pitch that fills width_mm; x, y0 in points (first baseline)."""
    n = len(lines[0])
    natural = pdfmetrics.stringWidth("0" * n, font, size)
    cs = (width_mm * mm - natural) / (n - 1)
    lead = lead or size * 1.45
    c.setFillColorRGB(0.08, 0.08, 0.1)
    for i, ln in enumerate(lines):
        t = c.beginText(x, y0 - i * lead)
        t.setFont(font, size)
        t.setCharSpace(cs)
        t.textOut(ln)
        c.drawText(t)


def label_value(
    p,
    x,
    y,
    label,
    value,
    lab_font="Lib",
    val_font="LibB",
    ls=4.6,
    vs=7.6,
    lc="#3d4f66",
    vc="#111111",
    gap=3.1,
):
    p.t(x, y, label, lab_font, ls, lc)
    p.t(x, y + gap, value, val_font, vs, vc)


STYLES = {
    "TUN": {
        "bg": "#e8efe4",
        "g": "#b7cbb0",
        "head": "#7a1020",
        "dates": "slash",
        "top": ("RÉPUBLIQUE TUNISIENNE", "REPUBLIC OF TUNISIA"),
        "ar": "الجمهورية التونسية",
        "doc": ("PASSEPORT", "PASSPORT"),
    },
    "CIV": {
        "bg": "#f1ece0",
        "g": "#d9c9a4",
        "head": "#c45f00",
        "dates": "words",
        "top": ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "REPUBLIC OF CÔTE D'IVOIRE"),
        "doc": ("PASSEPORT CEDEAO", "ECOWAS PASSPORT"),
    },
    "VNM": {
        "bg": "#eef0e6",
        "g": "#c8d0b0",
        "head": "#9a1010",
        "dates": "slash",
        "fonts": ("SansC", "SansB"),
        "top": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
        "doc": ("HỘ CHIẾU", "PASSPORT"),
    },
    "HTI": {
        "bg": "#e6ecf3",
        "g": "#b9c8dc",
        "head": "#0d2a6b",
        "dates": "words",
        "top": ("RÉPUBLIQUE D'HAÏTI", "REPUBLIC OF HAITI"),
        "doc": ("PASSEPORT", "PASSPORT"),
    },
}


def passport_data_page(c, d, rng, ox=0, oy=0):
    """TD3 data page, 125 x 88 mm, bottom-left at (ox, oy) points. d: dict of fields."""
    st = STYLES[d["iss"]]
    c.saveState()
    c.translate(ox, oy)
    p = Pg(c, 125, 88)
    p.rect(0, 0, 125, 88, stroke=None, fill=st["bg"])
    pen.guilloche(c, 0, 14 * mm, 125 * mm, 74 * mm, rng, st["g"], 26, 0.25)
    p.t(62.5, 5.5, st["top"][0], "SansB", 7.2, st["head"], "c")
    p.t(62.5, 9, st["top"][1], "Sans", 5.6, st["head"], "c")
    if "ar" in st:
        pen.rtl(c, 122 * mm, p.y(6.5), st["ar"], 7.5, (122, 16, 32))
    p.t(4, 13.2, " / ".join(st["doc"]), "SansB", 6.5, st["head"])
    pen.portrait(
        c,
        4 * mm,
        p.y(58),
        31 * mm,
        40 * mm,
        rng,
        skin=d["skin"],
        hair=d["hair"],
        female=d["sex"] == "F",
        bg="#e9eef2",
    )
    ds = st["dates"]
    lab = d["labels"]
    x1, x2 = 39, 84
    rows = [
        (x1, 16, lab[0], "P"),
        (x1 + 16, 16, lab[1], d["iss"]),
        (x2, 16, lab[2], d["number"]),
    ]
    if d["iss"] == "VNM":
        rows += [(x1, 23, lab[3], f"{d['surname']} {d['given']}")]
    else:
        rows += [(x1, 23, lab[3], d["surname"]), (x1, 30, lab[4], d["given"])]
    rows += [
        (x1, 37, lab[5], d["nat_text"]),
        (x1, 44, lab[6], pdate(d["dob"], ds)),
        (x2, 44, lab[7], d["sex"]),
        (x1, 51, lab[8], d["pob"]),
        (x2, 51, lab[9], d.get("personal_text", "")),
        (x1, 58, lab[10], pdate(d["issued"], ds)),
        (x2, 58, lab[11], pdate(d["exp"], ds)),
        (x1, 65, lab[12], d["authority"]),
    ]
    lf, vf = st.get("fonts", ("Lib", "LibB"))
    for x, y, lb, v in rows:
        if lb:
            label_value(p, x, y, lb, v, lf, vf)
    p.t(x2, 65, d["number"], "MonoB", 6, "#8a1010")
    pen.signature(c, 6 * mm, p.y(66), d["sig"], rng, 26 * mm, "#222222")
    p.rect(0, 70, 125, 18, stroke=None, fill="#f6f6f1")
    mrz_lines(c, 3.5 * mm, p.y(77.5), d["mrz"], 118)
    c.restoreState()


LABELS = {
    "TUN": [
        "Type",
        "Code",
        "N° du passeport / Passport No.",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "",
        "Date de délivrance / Date of issue",
        "Date d'expiration / Date of expiry",
        "Autorité / Authority",
    ],
    "CIV": [
        "Type",
        "Code du pays / Country code",
        "N° de passeport / Passport No.",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "N° personnel / Personal No.",
        "Date de délivrance / Date of issue",
        "Date d'expiration / Date of expiry",
        "Autorité / Authority",
    ],
    "VNM": [
        "Loại/Type",
        "Mã số/Code",
        "Số hộ chiếu/Passport No.",
        "Họ và tên/Full name",
        "",
        "Quốc tịch/Nationality",
        "Ngày sinh/Date of birth",
        "Giới tính/Sex",
        "Nơi sinh/Place of birth",
        "Số ĐDCN/ID No.",
        "Ngày cấp/Date of issue",
        "Có giá trị đến/Date of expiry",
        "Cơ quan cấp/Authority",
    ],
    "HTI": [
        "Type",
        "Code",
        "Passeport N° / Passport No.",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "NIU",
        "Date d'émission / Date of issue",
        "Date d'expiration / Date of expiry",
        "Autorité / Authority",
    ],
}


def passport_pdf(d, rng, booklet=True):
    """A passport: the open booklet (upper page + data page) as one PDF page."""
    d = dict(d)
    d["labels"] = LABELS[d["iss"]]
    d["mrz"] = core.td3(
        "P",
        d["iss"],
        d["surname"],
        d["given"],
        d["number"],
        d["iss"],
        d["dob"],
        d["sex"],
        d["exp"],
        d.get("personal", ""),
    )
    h = 176 if booklet else 88
    c = core.new_canvas((125 * mm, h * mm), title="passport")
    if booklet:
        st = STYLES[d["iss"]]
        p = Pg(c, 125, h)
        p.rect(0, 0, 125, 88, stroke=None, fill=st["bg"])
        pen.guilloche(c, 0, 90 * mm, 125 * mm, 86 * mm, random.Random(7), st["g"], 14, 0.2)
        p.t(62.5, 30, "OBSERVATIONS", "SansB", 7, "#555555", "c")
        p.t(62.5, 34, d.get("obs", "NÉANT / NIL"), "Sans", 6, "#555555", "c")
        p.line(0, 88, 125, 88, "#777777", 0.8)
    passport_data_page(c, d, rng)
    c.showPage()
    return core.finish(c), d["mrz"]


def visa_page_pdf(v, rng):
    """A French type D visa sticker (MRV-A) on a passport page, 125 x 88 mm."""
    mrz = core.mrva(
        "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"]
    )
    c = core.new_canvas((125 * mm, 88 * mm), title="visa")
    p = Pg(c, 125, 88)
    p.rect(0, 0, 125, 88, stroke=None, fill="#efe9dc")
    p.rect(2.5, 3, 120, 80, stroke="#9aa7c4", fill="#eaf0f8", lw=0.4, r=3)
    pen.guilloche(c, 2.5 * mm, 22 * mm, 120 * mm, 62 * mm, rng, "#c3cfe3", 30, 0.25)
    p.t(6, 11, "VISA", "SansB", 16, "#1f3f8f")
    p.t(31, 9.5, "FRANCE", "SansB", 7, "#1f3f8f")
    p.t(117, 10, "FRA" + v["number"], "MonoB", 10, "#c1121f", "r")
    rows = [
        (31, 15, "VALABLE POUR / VALID FOR", "FRANCE"),
        (31, 21, "DU / FROM", pdate(v["from"], "dash2")),
        (58, 21, "AU / UNTIL", pdate(v["until"], "dash2")),
        (86, 21, "TYPE DE VISA / TYPE OF VISA", "D"),
        (31, 27, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT"),
        (86, 27, "DURÉE DE SÉJOUR / DURATION", f"{v['days']} JOURS"),
        (31, 33, "DÉLIVRÉ À / ISSUED IN", v["post"]),
        (86, 33, "LE / ON", pdate(v["issued"], "dash2")),
        (31, 39, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"]),
        (31, 45, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}"),
        (6, 52, "REMARQUES / REMARKS", ""),
    ]
    for x, y, lb, val in rows:
        label_value(p, x, y, lb, val, "Sans", "MonoB", 4.2, 7.2, "#24407a")
    p.t(6, 56.5, v["remarks1"], "MonoB", 7, "#111111")
    p.t(6, 60.3, v["remarks2"], "MonoB", 7, "#111111")
    pen.portrait(
        c,
        5 * mm,
        p.y(48),
        23 * mm,
        30 * mm,
        rng,
        skin=v["skin"],
        hair=v["hair"],
        female=v["sex"] == "F",
        bg="#dde6f0",
    )
    p.rect(2.5, 64, 120, 19, stroke=None, fill="#f7f7f4")
    mrz_lines(c, 4.5 * mm, p.y(71), mrz, 116, 10.2)
    c.showPage()
    return core.finish(c), mrz


def _card_base(c, rng, bg, g):
    p = Pg(c, 85.6, 54)
    p.rect(0, 0, 85.6, 54, stroke=None, fill=bg, r=3)
    pen.guilloche(c, 0, 0, 85.6 * mm, 54 * mm, rng, g, 22, 0.2)
    return p


def _qr_like(p, x, y, s, rng, n=18):
    c = p.c
    c.setFillColorRGB(0.1, 0.1, 0.1)
    cell = s / n
    for i in range(n):
        for j in range(n):
            edge = i == 0 or j == n - 1
            if edge or (j == 0 and i % 2 == 0) or (i == n - 1 and j % 2 == 1):
                on = (i == 0 or j == n - 1) or (i + j) % 2 == 0
            else:
                on = rng.random() < 0.5
            if on:
                c.rect(
                    (x + j * cell) * mm,
                    p.y(y + (i + 1) * cell),
                    cell * mm,
                    cell * mm,
                    stroke=0,
                    fill=1,
                )


def french_card_pdf(k, rng):
    """French ID-1 card, recto and verso as two pages (CNI 2021 or titre de séjour)."""
    cni = k["kind"] == "cni"
    doc = "ID" if cni else "IR"
    mrz = core.td1(
        doc, "FRA", k["surname"], k["given"], k["number"], k["nat"], k["dob"], k["sex"], k["exp"]
    )
    c = core.new_canvas((85.6 * mm, 54 * mm), title="carte")
    bg, g = ("#e4ecf3", "#c2d3e4") if cni else ("#e9e6f0", "#cfc6df")
    p = _card_base(c, rng, bg, g)
    p.t(3, 5, "RÉPUBLIQUE FRANÇAISE", "SansB", 6.2, "#123a7a")
    title = (
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"
        if cni
        else "TITRE DE SÉJOUR / RESIDENCE PERMIT"
    )
    p.t(3, 8.6, title, "Sans", 4.6, "#123a7a")
    p.rect(74, 2, 9, 9, stroke=None, fill="#1b3f94", r=4.5)
    p.t(78.5, 7.8, "FR", "SansB", 7, "#ffffff", "c")
    pen.portrait(
        c,
        3 * mm,
        p.y(44),
        22 * mm,
        29 * mm,
        rng,
        skin=k["skin"],
        hair=k["hair"],
        female=k["sex"] == "F",
        bg="#e4e9ee",
    )
    x = 28
    lv = [
        (x, 12, "NOM / Surname", k["surname"]),
        (x, 18, "Prénoms / Given names", k["given"].replace(" ", ", ")),
        (x, 24, "SEXE / Sex", k["sex"]),
        (x + 14, 24, "NATIONALITÉ / Nationality", k["nat"]),
        (x + 36, 24, "DATE DE NAISS. / Date of birth", pdate(k["dob"], "space")),
    ]
    if cni:
        lv += [
            (x, 30, "LIEU DE NAISSANCE / Place of birth", k["pob"]),
            (x, 36, "N° DU DOCUMENT / Document No", k["number"]),
            (x + 28, 36, "DATE D'EXPIRATION / Expiry date", pdate(k["exp"], "space")),
            (x, 42, "NOM D'USAGE / Alternative name", k.get("usage", "")),
        ]
    else:
        lv += [
            (x, 30, "TYPE DE TITRE / Type of permit", k["permit_type"]),
            (x, 36, "VALABLE JUSQU'AU / Valid until", pdate(k["exp"], "space")),
            (x + 30, 36, "N° DU DOCUMENT / Document No", k["number"]),
            (x, 42, "LIEU DE NAISSANCE / Place of birth", k["pob"]),
        ]
    for xx, yy, lb, v in lv:
        label_value(p, xx, yy, lb, v, "Lib", "LibB", 3.4, 6.0, "#2b4a78", gap=2.5)
    pen.signature(c, 30 * mm, p.y(51), k["sig"], rng, 20 * mm, "#222222")
    c.showPage()
    p = _card_base(c, rng, bg, g)
    if cni:
        p.t(3, 6, "DATE DE DÉLIVRANCE / Date of issue", "Lib", 3.6, "#2b4a78")
        p.t(3, 8.8, pdate(k["issued"], "space"), "LibB", 6, "#111111")
        p.t(3, 12.5, "AUTORITÉ / Authority", "Lib", 3.6, "#2b4a78")
        p.t(3, 15.3, k["authority"], "LibB", 5.6, "#111111")
        _qr_like(p, 62, 3, 20, rng)
    else:
        p.t(3, 5.5, "REMARQUES / Remarks", "Lib", 3.6, "#2b4a78")
        p.t(3, 8.4, k["remarks"], "LibB", 6.2, "#111111")
        p.t(3, 12, "ADRESSE / Address", "Lib", 3.6, "#2b4a78")
        p.t(3, 14.6, k["address1"], "LibB", 5.4, "#111111")
        p.t(3, 17.2, k["address2"], "LibB", 5.4, "#111111")
        p.t(3, 20.8, "DÉLIVRÉ LE / Issued on", "Lib", 3.6, "#2b4a78")
        p.t(3, 23.4, f"{pdate(k['issued'], 'space')}  {k['authority']}", "LibB", 5.4, "#111111")
        _qr_like(p, 64, 3, 18, rng)
    p.rect(0, 32, 85.6, 22, stroke=None, fill="#f6f6f3")
    mrz_lines(c, 3.5 * mm, p.y(38.5), mrz, 78.5, 9.0, lead=13.2)
    c.showPage()
    return core.finish(c), mrz


def recepisse_pdf(r, rng):
    """Récépissé de demande de titre de séjour (A4 paper, green security background)."""
    c = core.new_canvas(title="recepisse")
    p = Pg(c)
    p.rect(8, 8, 194, 150, stroke="#2f6b3a", fill="#e7f2e4", lw=0.8)
    pen.guilloche(c, 8 * mm, p.y(158), 194 * mm, 150 * mm, rng, "#cfe3c9", 30, 0.25)
    p.t(14, 18, "RÉPUBLIQUE FRANÇAISE", "SansB", 9, "#1d3b73")
    p.t(14, 22.5, "Liberté - Égalité - Fraternité", "TimesI", 7.5, "#1d3b73")
    p.t(14, 29, r["prefecture"].upper(), "SansB", 8.5, "#222222")
    p.t(196, 18, f"N° {r['number']}", "MonoB", 10, "#8a1010", "r")
    p.t(105, 40, r["title1"], "SansB", 11.5, "#1d4b22", "c")
    p.t(105, 46, r["title2"], "Sans", 8.5, "#1d4b22", "c")
    pen.portrait(
        c,
        16 * mm,
        p.y(95),
        30 * mm,
        38 * mm,
        rng,
        skin=r["skin"],
        hair=r["hair"],
        female=r["sex"] == "F",
        bg="#e3e8ea",
    )
    rows = [
        ("Nom :", r["surname"]),
        ("Prénom(s) :", r["given"]),
        ("Sexe :", r["sex"]),
        ("Né(e) le :", core.dmy(r["dob"]) + "   à : " + r["pob"]),
        ("Nationalité :", r["nat_text"]),
        ("Adresse :", r["address"]),
        ("N° étranger :", r["agdref"]),
    ]
    y = 58
    for lb, v in rows:
        p.t(54, y, lb, "Lib", 8.5, "#333333")
        p.t(84, y, v, "LibB", 8.8, "#111111")
        y += 6.2
    p.para(16, 109, 178, r["body"], "Lib", 8.2, color="#222222")
    p.t(16, 127, "VALABLE DU", "LibB", 9, "#1d4b22")
    p.t(40, 127, core.dmy(r["from"]), "MonoB", 10, "#111111")
    p.t(70, 127, "AU", "LibB", 9, "#1d4b22")
    p.t(78, 127, core.dmy(r["until"]), "MonoB", 10, "#111111")
    p.t(16, 134, r["work"], "LibB", 8.5, "#8a1010")
    p.t(120, 138, f"Fait à {r['city']}, le {core.dmy(r['issued'])}", "Lib", 8.5)
    p.t(120, 143, "Pour le préfet et par délégation", "LibI", 7.5)
    pen.signature(c, 128 * mm, p.y(152), r["agent_sig"], rng, 30 * mm, "#1d2d6b")
    pen.stamp(
        c,
        36 * mm,
        p.y(92),
        14 * mm,
        "PRÉFECTURE DU VAL-DE-MARNE * ",
        ["SERVICE", "DES ÉTRANGERS"],
        "#2d3f9e",
        angle=-12,
        alpha=0.6,
    )
    p.t(
        105,
        166,
        "Ce récépissé doit être présenté avec le passeport en cours de validité.",
        "LibI",
        7,
        "#444444",
        "c",
    )
    c.showPage()
    return core.finish(c)
