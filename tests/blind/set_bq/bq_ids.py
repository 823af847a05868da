"""Identity documents: passport data pages, a French visa sticker, French ID-1 cards."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from bq_art import datamatrix_like, draw_signature, emblem, guilloche, portrait, round_stamp
from bq_common import BLACK, Pg, new_pdf, pil_text_image, rgb
from bq_looks import rasterize
from bq_mrz import mrvb, td1, td3

MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MON_ES = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()


def draw_mrz(pg: Pg, x, y, lines, pitch=2.54, lead=4.6, size=10):
    for i, ln in enumerate(lines):
        img, asc, w = pil_text_image(ln, "OCRB", size, (12, 12, 16))
        k = len(ln) * pitch / w
        pg.image(img, x, y + i * lead - asc * k, len(ln) * pitch)


def _label(pg: Pg, x, y, lab, font, size, color, native_font=None, rtl=False):
    """Label 'Latin / native' or a plain string."""
    if isinstance(lab, tuple):
        a, b = lab
        if native_font is None:
            pg.text(x, y, f"{a} / {b}", font, size, color)
        elif rtl:
            pg.text(x, y, a + " /", font, size, color)
            pg.pil_text(x + pg.width(a + " / ", font, size), y, b, native_font, size * 1.05,
                        color=_rgb255(color), rtl=True)  # fmt: skip
        else:
            w = pg.pil_text(x, y, a, native_font, size * 1.05, color=_rgb255(color))
            pg.text(x + w + 0.6, y, "/ " + b, font, size, color)
    else:
        pg.text(x, y, lab, font, size, color)


def _rgb255(c):
    return (int(c.red * 255), int(c.green * 255), int(c.blue * 255))


SPECS = {
    "CIV": {
        "bg": "f6efe2", "guil": "e39a4a", "accent": "c8641e", "font": "DejaVuC-B", "lab": "DejaVuC",
        "native": None, "rtl": False,
        "head": [("RÉPUBLIQUE DE CÔTE D'IVOIRE", 8.5), ("REPUBLIC OF CÔTE D'IVOIRE", 6.0)],
        "doc": "PASSEPORT / PASSPORT   CEDEAO - ECOWAS",
        "L": {"type": "Type", "code": ("Code pays", "Country code"),
              "num": ("Passeport N°", "Passport No."), "sur": ("Nom", "Surname"),
              "giv": ("Prénoms", "Given names"), "nat": ("Nationalité", "Nationality"),
              "dob": ("Date de naissance", "Date of birth"), "sex": ("Sexe", "Sex"),
              "pob": ("Lieu de naissance", "Place of birth"),
              "iss": ("Date de délivrance", "Date of issue"),
              "exp": ("Date d'expiration", "Date of expiry"), "auth": ("Autorité", "Authority")},
    },
    "IND": {
        "bg": "eef0f6", "guil": "7d8fc2", "accent": "2b3f8c", "font": "Sans-B", "lab": "Sans",
        "native": "FreeSerif", "rtl": False,
        "head": [("REPUBLIC OF INDIA", 9.0)], "head_native": "भारत गणराज्य",
        "doc": "PASSPORT",
        "L": {"type": ("प्रकार", "Type"), "code": ("कोड", "Country Code"),
              "num": ("पासपोर्ट नं.", "Passport No."), "sur": ("उपनाम", "Surname"),
              "giv": ("दिया गया नाम", "Given Name(s)"), "nat": ("राष्ट्रीयता", "Nationality"),
              "dob": ("जन्मतिथि", "Date of Birth"), "sex": ("लिंग", "Sex"),
              "pob": ("जन्म स्थान", "Place of Birth"),
              "iss": ("जारी करने की तिथि", "Date of Issue"),
              "exp": ("समाप्ति की तिथि", "Date of Expiry"),
              "auth": ("जारी करने का स्थान", "Place of Issue")},
    },
    "DZA": {
        "bg": "e9f2e8", "guil": "5c9a63", "accent": "1f6b35", "font": "OpenSans-B",
        "lab": "OpenSans",
        "native": "Amiri", "rtl": True,
        "head": [("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", 6.6)],
        "head_native": "الجمهورية الجزائرية الديمقراطية الشعبية",
        "doc": "PASSEPORT",
        "L": {"type": ("Type", "النوع"), "code": ("Code", "الرمز"),
              "num": ("N° du passeport", "رقم الجواز"), "sur": ("Nom", "اللقب"),
              "giv": ("Prénoms", "الاسم"), "nat": ("Nationalité", "الجنسية"),
              "dob": ("Date de naissance", "تاريخ الميلاد"), "sex": ("Sexe", "الجنس"),
              "pob": ("Lieu de naissance", "مكان الميلاد"),
              "iss": ("Date de délivrance", "تاريخ الإصدار"),
              "exp": ("Date d'expiration", "تاريخ الانتهاء"), "auth": ("Autorité", "السلطة")},
    },
    "COL": {
        "bg": "f4ecee", "guil": "b55a6a", "accent": "7b1b2c", "font": "RobotoC-B", "lab": "RobotoC",
        "native": None, "rtl": False,
        "head": [("REPÚBLICA DE COLOMBIA", 9.5)], "doc": "PASAPORTE   PASSPORT",
        "L": {"type": ("Tipo", "Type"), "code": ("Código", "Code"),
              "num": ("Pasaporte No.", "Passport No."), "sur": ("Apellidos", "Surname"),
              "giv": ("Nombres", "Given names"), "nat": ("Nacionalidad", "Nationality"),
              "dob": ("Fecha de nacimiento", "Date of birth"), "sex": ("Sexo", "Sex"),
              "pob": ("Lugar de nacimiento", "Place of birth"),
              "iss": ("Fecha de expedición", "Date of issue"),
              "exp": ("Fecha de vencimiento", "Date of expiry"), "auth": ("Autoridad", "Authority"),
              "pers": ("No. de identificación personal", "Personal No.")},
    },
}  # fmt: skip


def fmt_date(code, d):
    if code == "COL":
        return f"{d.day:02d} {MON_ES[d.month - 1]}/{MON_EN[d.month - 1]} {d.year}"
    if code == "DZA":
        return d.strftime("%d-%m-%Y")
    return d.strftime("%d/%m/%Y")


def passport_mrz(p):
    return td3(p["surname"], p["given"], p["number"], p["nat"], p["nat"], p["dob"], p["sex"],
               p["expiry"], p.get("personal_no", ""), p.get("opt_cd", "0"))  # fmt: skip


def passport_pdf(p, rng) -> bytes:
    """One data page, 125 x 88 mm."""
    sp = SPECS[p["nat"]]
    buf, c = new_pdf((125, 88))
    pg = Pg(c, 125, 88)
    pg.rect(0, 0, 125, 88, stroke=None, fill=rgb(sp["bg"]))
    guilloche(pg, 0, 8, 125, 30, sp["guil"], rng, n=16, lw=0.2, alpha=0.35)
    guilloche(pg, 0, 40, 125, 28, sp["guil"], rng, n=12, lw=0.2, alpha=0.3)
    emblem(pg, 100, 40, 13, sp["guil"], rng)
    acc = rgb(sp["accent"])
    y = 5.5
    if sp.get("head_native"):
        pg.pil_text(62.5, y, sp["head_native"], sp["native"], 7.5, _rgb255(acc), "c", sp["rtl"])
        y += 4.2
    for txt, size in sp["head"]:
        pg.text(62.5, y, txt, "Sans-B", size, acc, "c")
        y += size * 0.42
    pg.text(6, y + 2.6, sp["doc"], "Sans-B", 6.0, acc)
    lab, val, ls, vs = sp["lab"], sp["font"], 4.4, 7.6
    L = sp["L"]
    nf, rtl = sp["native"], sp["rtl"]
    labc = rgb("3a3a48")
    px, py = 5, 19
    portrait(pg, px, py, 31, 40, rng, p["skin"], p["hair"], "e8ecef", p["sex"] == "F")
    portrait(pg, 107, 24, 13, 16, rng, "b8b0a8", "8c8a88", sp["bg"], p["sex"] == "F")
    draw_signature(pg, 6, 61, 28, 8, rng, rgb("202040"), 0.7)
    x0, x1, x2 = 40, 62, 86
    yy = 19
    cols = [(x0, L["type"], "P"), (x1, L["code"], p["nat"]), (x2, L["num"], p["number"])]
    for x, lb, v in cols:
        _label(pg, x, yy, lb, lab, ls, labc, nf, rtl)
        pg.text(x, yy + 3.5, v, val, vs + (0.6 if v == p["number"] else 0), BLACK)
    yy += 8
    _label(pg, x0, yy, L["sur"], lab, ls, labc, nf, rtl)
    pg.text(x0, yy + 3.5, p["surname_print"], val, vs)
    if p.get("name_ar"):
        pg.pil_text(120, yy + 3.6, p["name_ar"][0], "Amiri-B", vs, (0, 0, 0), "r", True)
    yy += 7.5
    _label(pg, x0, yy, L["giv"], lab, ls, labc, nf, rtl)
    pg.text(x0, yy + 3.5, p["given_print"], val, vs)
    if p.get("name_ar"):
        pg.pil_text(120, yy + 3.6, p["name_ar"][1], "Amiri-B", vs, (0, 0, 0), "r", True)
    yy += 7.5
    _label(pg, x0, yy, L["nat"], lab, ls, labc, nf, rtl)
    pg.text(x0, yy + 3.5, p["nat_text"], val, vs)
    if "pers" in L and p.get("personal_no"):
        _label(pg, x2 - 6, yy, L["pers"], lab, ls, labc, nf, rtl)
        pg.text(x2 - 6, yy + 3.5, p["personal_no"], val, vs)
    yy += 7.5
    _label(pg, x0, yy, L["dob"], lab, ls, labc, nf, rtl)
    pg.text(x0, yy + 3.5, fmt_date(p["nat"], p["dob"]), val, vs)
    _label(pg, x2, yy, L["sex"], lab, ls, labc, nf, rtl)
    pg.text(x2, yy + 3.5, p["sex"], val, vs)
    yy += 7.5
    _label(pg, x0, yy, L["pob"], lab, ls, labc, nf, rtl)
    pg.text(x0, yy + 3.5, p["pob"], val, vs)
    _label(pg, x2, yy, L["auth"], lab, ls, labc, nf, rtl)
    pg.text(x2, yy + 3.5, p["authority"], val, vs - 0.8)
    yy += 7.5
    _label(pg, x0, yy, L["iss"], lab, ls, labc, nf, rtl)
    pg.text(x0, yy + 3.5, fmt_date(p["nat"], p["issue"]), val, vs)
    _label(pg, x2, yy, L["exp"], lab, ls, labc, nf, rtl)
    pg.text(x2, yy + 3.5, fmt_date(p["nat"], p["expiry"]), val, vs)
    pg.rect(0, 70, 125, 18, stroke=None, fill=rgb("ffffff", 0.45))
    draw_mrz(pg, 6.5, 77.5, passport_mrz(p), 2.54, 6.0, 10)
    c.showPage()
    c.save()
    return buf.getvalue()


def observations_pdf(p, rng, page_no="2") -> bytes:
    """The page facing the data page (watermark pattern, 'Observations')."""
    sp = SPECS[p["nat"]]
    buf, c = new_pdf((125, 88))
    pg = Pg(c, 125, 88)
    pg.rect(0, 0, 125, 88, stroke=None, fill=rgb(sp["bg"]))
    guilloche(pg, 0, 5, 125, 78, sp["guil"], rng, n=22, lw=0.2, alpha=0.25)
    emblem(pg, 62.5, 44, 22, sp["guil"], rng)
    if sp.get("head_native"):
        pg.pil_text(62.5, 12, sp["head_native"], sp["native"], 7, (90, 90, 120), "c", sp["rtl"])
    pg.text(62.5, 18, "OBSERVATIONS", "Sans-B", 7, rgb("5a5a78"), "c")
    for k in range(6):
        pg.dots(12, 113, 30 + k * 8)
    pg.text(62.5, 84, page_no, "Sans", 7, rgb("5a5a78"), "c")
    c.showPage()
    c.save()
    return buf.getvalue()


def booklet_spread(top: Image.Image, bottom: Image.Image, dpi, cover="1d2a4a") -> Image.Image:
    """An open passport: two pages one above the other inside the cover edge."""
    m = int(3.5 / 25.4 * dpi)
    w = top.width + 2 * m
    h = top.height + bottom.height + 2 * m
    col = tuple(int(cover[i : i + 2], 16) for i in (0, 2, 4))
    im = Image.new("RGB", (w, h), col)
    im.paste(top, (m, m))
    im.paste(bottom, (m, m + top.height))
    g = m + top.height
    shade = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(shade)
    band = int(dpi / 25.4 * 5)
    for k in range(band):
        sd.line([(0, g - k), (w, g - k)], fill=int(60 * (1 - k / band)))
        sd.line([(0, g + k), (w, g + k)], fill=int(60 * (1 - k / band)))
    dark = Image.new("RGB", (w, h), (20, 20, 30))
    return Image.composite(dark, im, shade)


def visa_page_pdf(p, v, rng) -> bytes:
    """A passport page carrying a French long-stay (type D) visa sticker, MRV-B."""
    sp = SPECS[p["nat"]]
    buf, c = new_pdf((125, 88))
    pg = Pg(c, 125, 88)
    pg.rect(0, 0, 125, 88, stroke=None, fill=rgb(sp["bg"]))
    guilloche(pg, 0, 3, 125, 82, sp["guil"], rng, n=18, lw=0.2, alpha=0.2)
    pg.text(118, 84.5, v["page"], "Sans", 6.5, rgb("5a5a78"), "r")
    x, y = 8, 6
    pg.rect(x, y, 105, 74, lw=0.3, stroke=rgb("9aa9a6"), fill=rgb("e4efe9"))
    guilloche(pg, x, y + 2, 105, 40, "6f9f96", rng, n=26, lw=0.18, alpha=0.45)
    guilloche(pg, x, y + 34, 105, 22, "b38fb0", rng, n=14, lw=0.18, alpha=0.35)
    pg.text(x + 3, y + 7, "VISA", "Sans-B", 13, rgb("2e5a73"))
    pg.rect(x + 22, y + 2.8, 3, 4.4, stroke=None, fill=rgb("1c3f94"))
    pg.rect(x + 25, y + 2.8, 3, 4.4, stroke=None, fill=rgb("ffffff"))
    pg.rect(x + 28, y + 2.8, 3, 4.4, stroke=None, fill=rgb("d22630"))
    pg.text(x + 33, y + 6.5, "FRA", "Sans-B", 9, rgb("2e5a73"))
    pg.text(x + 101, y + 6.5, v["number"], "Mono-B", 9.5, rgb("c0182a"), "r")
    portrait(pg, x + 3, y + 12, 24, 31, rng, p["skin"], p["hair"], "dfe8e6", p["sex"] == "F")
    lab, val = "Narrow", "Sans-B"
    ls, vs = 4.2, 7.0
    labc = rgb("333344")
    fx = x + 30

    def fld(xx, yy, lb, value, size=vs):
        pg.text(xx, yy, lb, lab, ls, labc)
        pg.text(xx, yy + 3.3, value, val, size)

    fld(fx, y + 11, "VALABLE POUR / VALID FOR", "FRANCE")
    fld(fx, y + 18, "DU / FROM", v["from"].strftime("%d-%m-%Y"))
    fld(fx + 25, y + 18, "AU / UNTIL", v["until"].strftime("%d-%m-%Y"))
    fld(fx + 50, y + 18, "TYPE DE VISA / TYPE OF VISA", "D")
    fld(fx, y + 25, "DURÉE DE SÉJOUR / DURATION OF STAY", f"{v['days']} JOURS")
    fld(fx + 42, y + 25, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    fld(fx, y + 32, "DÉLIVRÉ À / ISSUED IN", v["post"])
    fld(fx + 42, y + 32, "LE / ON", v["issued"].strftime("%d-%m-%Y"))
    fld(fx, y + 39, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", p["number"])
    fld(x + 3, y + 47, "NOM, PRÉNOM / SURNAME, NAME", f"{p['surname_print']}, {p['given_print']}")
    pg.text(x + 3, y + 54, "REMARQUES / REMARKS", lab, ls, labc)
    for i, r in enumerate(v["remarks"]):
        pg.text(x + 3, y + 57.3 + i * 3.1, r, val, 6.4)
    draw_mrz(pg, x + 4, y + 68, mrvb("D", "FRA", p["surname"], p["given"], v["number"], p["nat"],
                                    p["dob"], p["sex"], v["until"]), 2.54, 4.4, 9.4)  # fmt: skip
    if v.get("entry_stamp"):
        s = v["entry_stamp"]
        round_stamp(pg, 115, 40, 8.5, "POLICE AUX FRONTIÈRES", s[0], s[1], rng, "2a3f9a", 0.55)
    c.showPage()
    c.save()
    return buf.getvalue()


def visa_mrz(p, v):
    return mrvb("D", "FRA", p["surname"], p["given"], v["number"], p["nat"], p["dob"], p["sex"],
                v["until"])  # fmt: skip


# ----------------------------------------------------------------------------- ID-1 cards


def _card_base(pg: Pg, rng, bg, guil):
    pg.rect(0, 0, 85.6, 54, stroke=None, fill=rgb(bg), r=3)
    guilloche(pg, 0, 2, 85.6, 50, guil, rng, n=20, lw=0.15, alpha=0.35)


def tricolor(pg: Pg, x, y, w=6, h=4):
    pg.rect(x, y, w / 3, h, stroke=None, fill=rgb("1c3f94"))
    pg.rect(x + w / 3, y, w / 3, h, stroke=None, fill=rgb("ffffff"))
    pg.rect(x + 2 * w / 3, y, w / 3, h, stroke=None, fill=rgb("d22630"))


def residence_card_pdf(h, rng) -> bytes:
    """French titre de séjour (ID-1): page 1 recto, page 2 verso with a TD1 MRZ."""
    buf, c = new_pdf((85.6, 54))
    pg = Pg(c, 85.6, 54)
    _card_base(pg, rng, "eef1f6", "7f93c9")
    tricolor(pg, 3.5, 3)
    pg.text(11, 5.2, "RÉPUBLIQUE FRANÇAISE", "Sans-B", 5.6, rgb("1c3f94"))
    pg.text(11, 9.4, "TITRE DE SÉJOUR", "Sans-B", 8.4, rgb("1c3f94"))
    pg.text(11, 12.0, "RESIDENCE PERMIT", "Sans", 4.6, rgb("1c3f94"))
    pg.text(82, 5.2, h["number"], "Mono-B", 6.6, rgb("b0142a"), "r")
    portrait(pg, 3.5, 15, 22, 28.5, rng, h["skin"], h["hair"], "e4e8ee", h["sex"] == "F")
    portrait(pg, 70, 40, 9, 11, rng, "c8c4c8", "999999", "eef1f6", h["sex"] == "F")
    lab = rgb("3b4a7a")
    x = 28.5

    def f(yy, lb, value, xx=x, size=6.6):
        pg.text(xx, yy, lb, "Sans", 3.9, lab)
        pg.text(xx, yy + 2.9, value, "Sans-B", size)

    f(16.5, "NOM / Surname", h["surname_print"])
    f(22.5, "Prénoms / Given names", h["given_print"])
    f(28.5, "SEXE / Sex", h["sex"])
    f(28.5, "NATIONALITÉ / Nationality", h["nat"], x + 14)
    f(28.5, "DATE DE NAISS. / Date of birth", h["dob"].strftime("%d %m %Y"), x + 34)
    f(34.5, "TYPE DE TITRE / Type of permit", h["title"][0], size=5.6)
    pg.text(x, 40.3, h["title"][1], "Sans-B", 5.6)
    f(44.5, "VALABLE JUSQU'AU / Valid until", h["until"].strftime("%d %m %Y"))
    draw_signature(pg, 4, 45, 20, 6, rng, rgb("202040"), 0.5)
    c.showPage()
    _card_base(pg, rng, "eef1f6", "9f8fc0")
    pg.text(4, 5, "REMARQUES / Remarks", "Sans", 3.9, lab)
    for i, r in enumerate(h["remarks"]):
        pg.text(4, 8 + i * 2.8, r, "Sans-B", 5.2)
    pg.text(4, 17.5, "LIEU DE NAISSANCE / Place of birth", "Sans", 3.9, lab)
    pg.text(4, 20.3, h["pob"], "Sans-B", 5.8)
    pg.text(4, 24.2, "ADRESSE / Address", "Sans", 3.9, lab)
    pg.text(4, 27, h["address"][0], "Sans-B", 5.4)
    pg.text(4, 29.6, h["address"][1], "Sans-B", 5.4)
    pg.text(52, 17.5, "DÉLIVRÉ LE / Date of issue", "Sans", 3.9, lab)
    pg.text(52, 20.3, h["from"].strftime("%d %m %Y"), "Sans-B", 5.8)
    pg.text(52, 24.2, "AUTORITÉ / Authority", "Sans", 3.9, lab)
    pg.text(52, 27, h["authority"], "Sans-B", 5.2)
    pg.rect(0, 33, 85.6, 21, stroke=None, fill=rgb("ffffff", 0.6))
    draw_mrz(pg, 4.5, 38.2, residence_mrz(h), 2.54, 5.0, 9.2)
    c.showPage()
    c.save()
    return buf.getvalue()


def residence_mrz(h):
    return td1("IR", "FRA", h["number"], h["dob"], h["sex"], h["until"], h["nat"], h["surname"],
               h["given"], "<" + h["agdref"])  # fmt: skip


def cni_pdf(h, rng) -> bytes:
    """French national identity card (2021 model): recto, verso with address and TD1 MRZ."""
    buf, c = new_pdf((85.6, 54))
    pg = Pg(c, 85.6, 54)
    _card_base(pg, rng, "f3eef2", "c79bb6")
    tricolor(pg, 3.5, 3, 5, 3.4)
    pg.text(10, 5.6, "RÉPUBLIQUE FRANÇAISE", "Sans-B", 6.2, rgb("1c3f94"))
    pg.text(10, 9.0, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "Sans-B", 4.6, rgb("1c3f94"))
    pg.text(82, 5.6, "FRA", "Sans-B", 6.2, rgb("1c3f94"), "r")
    portrait(pg, 3.5, 12.5, 22, 28.5, rng, h["skin"], h["hair"], "e9e9ec", h["sex"] == "F")
    lab = rgb("5a4a6a")
    x = 28.5

    def f(yy, lb, value, xx=x, size=6.4):
        pg.text(xx, yy, lb, "Sans", 3.8, lab)
        pg.text(xx, yy + 2.8, value, "Sans-B", size)

    f(13, "NOM / Surname", h["surname_print"])
    f(18.5, "NOM D'USAGE / Alternate name", h.get("usage", ""))
    f(24, "Prénoms / Given names", h["given_print"])
    f(29.5, "SEXE / Sex", h["sex"])
    f(29.5, "NATIONALITÉ / Nationality", "FRA", x + 11)
    f(29.5, "DATE DE NAISS. / Date of birth", h["dob"].strftime("%d %m %Y"), x + 30)
    f(35, "LIEU DE NAISSANCE / Place of birth", h["pob"])
    f(40.5, "N° DU DOCUMENT / Document No", h["number"], size=6.8)
    f(40.5, "DATE D'EXPIR. / Expiry date", h["expiry"].strftime("%d %m %Y"), x + 30)
    pg.text(4, 44.5, "Signature du titulaire", "Sans", 3.4, lab)
    draw_signature(pg, 4, 45, 20, 7, rng, rgb("202040"), 0.5)
    pg.text(82, 51.5, "CAN " + h["can"], "Sans", 4.2, BLACK, "r")
    c.showPage()
    _card_base(pg, rng, "f3eef2", "a3b6c9")
    pg.text(4, 5, "ADRESSE / Address", "Sans", 3.8, lab)
    pg.text(4, 8, h["address"][0], "Sans-B", 5.6)
    pg.text(4, 10.8, h["address"][1], "Sans-B", 5.6)
    pg.text(4, 15, "DATE DE DÉLIVRANCE / Date of issue", "Sans", 3.8, lab)
    pg.text(4, 18, h["issue"].strftime("%d %m %Y"), "Sans-B", 5.8)
    pg.text(4, 22, "AUTORITÉ / Authority", "Sans", 3.8, lab)
    pg.text(4, 25, h["authority"], "Sans-B", 5.4)
    datamatrix_like(pg, 62, 3.5, 19, rng, 24)
    pg.rect(0, 33, 85.6, 21, stroke=None, fill=rgb("ffffff", 0.6))
    draw_mrz(pg, 4.5, 38.2, cni_mrz(h), 2.54, 5.0, 9.2)
    c.showPage()
    c.save()
    return buf.getvalue()


def cni_mrz(h):
    return td1("ID", "FRA", h["number"], h["dob"], h["sex"], h["expiry"], "FRA", h["surname"],
               h["given"])  # fmt: skip


def card_images(pdf: bytes, dpi: int) -> list[Image.Image]:
    """Rasterise a card PDF and round its corners (transparent) for placing on a surface."""
    out = []
    for im in rasterize(pdf, dpi):
        mask = Image.new("L", im.size, 0)
        r = int(3 / 25.4 * dpi)
        ImageDraw.Draw(mask).rounded_rectangle([0, 0, im.width - 1, im.height - 1], r, fill=255)
        rgba = im.convert("RGBA")
        rgba.putalpha(mask)
        out.append(rgba)
    return out


def flatten(img: Image.Image, bg=(255, 255, 255)) -> Image.Image:
    if img.mode != "RGBA":
        return img.convert("RGB")
    base = Image.new("RGB", img.size, bg)
    base.paste(img, (0, 0), img)
    return base


def to_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()
