"""Identity documents drawn with Pillow: passport data pages, French visa, titre, CNI."""

from __future__ import annotations

import math
import random

from common import fr, mrva, pil_font, td1, td3
from PIL import Image, ImageDraw

PX = 12  # pixels per millimetre (about 305 dpi)


class Card:
    def __init__(self, w_mm: float, h_mm: float, bg=(240, 238, 230)):
        self.img = Image.new("RGB", (int(w_mm * PX), int(h_mm * PX)), bg)
        self.dr = ImageDraw.Draw(self.img)

    def t(self, x, y, text, f="sans", size=7.0, fill=(20, 20, 30), anchor="la"):
        fnt = pil_font(f, int(size * PX * 0.3528))
        self.dr.text((x * PX, y * PX), text, font=fnt, fill=fill, anchor=anchor)

    def lv(self, x, y, label, value, lf="sans", vf="sans-b", ls=5.2, vs=8.0, lc=(70, 70, 90)):
        """label above value."""
        self.t(x, y, label, lf, ls, lc)
        self.t(x, y + ls * 0.45, value, vf, vs)

    def guilloche(self, rng: random.Random, color, n=26, amp=4.0):
        w, h = self.img.size
        for k in range(n):
            pts = []
            ph = rng.uniform(0, 6.28)
            f1 = rng.uniform(0.8, 2.2)
            y0 = h * k / n
            for x in range(0, w, 6):
                y = y0 + amp * PX * math.sin(x / w * 6.28 * f1 + ph) * math.sin(x / 97.0 + k)
                pts.append((x, y))
            self.dr.line(pts, fill=color, width=1)

    def rosette(self, cx, cy, r, color):
        for k in range(36):
            a = k * math.pi / 18
            self.dr.ellipse(
                [
                    (cx + r / 2 * math.cos(a) - r / 2) * PX,
                    (cy + r / 2 * math.sin(a) - r / 2) * PX,
                    (cx + r / 2 * math.cos(a) + r / 2) * PX,
                    (cy + r / 2 * math.sin(a) + r / 2) * PX,
                ],
                outline=color,
                width=1,
            )

    def photo(self, x, y, w, h, rng: random.Random, female: bool, skin=(176, 128, 96), ghost=False):
        sub = Card(w, h, (232, 230, 222) if ghost else (225, 228, 232))
        dr = sub.dr
        cx, cy = w / 2 * PX, h * 0.42 * PX
        hw, hh = w * 0.27 * PX, h * 0.30 * PX
        hair = (200, 196, 186) if ghost else (25, 20, 18)
        if ghost:
            skin = (214, 208, 196)
        if female:
            dr.ellipse([cx - hw * 1.35, cy - hh * 1.2, cx + hw * 1.35, cy + hh * 1.6], fill=hair)
        shirt = (205, 200, 190) if ghost else rng.choice([(40, 50, 80), (90, 40, 50), (60, 60, 60)])
        dr.ellipse(
            [cx - w * 0.55 * PX, cy + hh * 1.1, cx + w * 0.55 * PX, cy + hh * 3.4], fill=shirt
        )
        dr.rectangle([cx - hw * 0.35, cy + hh * 0.7, cx + hw * 0.35, cy + hh * 1.3], fill=skin)
        dr.ellipse([cx - hw, cy - hh, cx + hw, cy + hh], fill=skin)
        dr.chord(
            [cx - hw * 1.05, cy - hh * 1.15, cx + hw * 1.05, cy + hh * 0.3], 180, 360, fill=hair
        )
        if not ghost:
            for ex in (-0.4, 0.4):
                dr.ellipse([cx + ex * hw - 5, cy - 4, cx + ex * hw + 5, cy + 4], fill=(30, 25, 20))
            dr.arc([cx - hw * 0.35, cy + hh * 0.3, cx + hw * 0.35, cy + hh * 0.6], 20, 160,
                   fill=(110, 60, 50), width=3)  # fmt: skip
        self.img.paste(sub.img, (int(x * PX), int(y * PX)))

    def mrz(self, lines, x, y, size=10.5, pitch=4.6):
        for i, ln in enumerate(lines):
            self.t(x, y + i * pitch, ln, "ocrb", size, (10, 10, 10))

    def signature(self, x, y, text, size=12, f="hand2"):
        self.t(x, y, text, f, size, (30, 40, 110))


# ------------------------------------------------------------------ passports
def passport_page(p: dict, rng: random.Random) -> tuple[Image.Image, list[str]]:
    """p: country, surname, given, number, dob, sex, exp, issued, pob, style, personal."""
    st = p["style"]
    c = Card(125, 88, st["bg"])
    c.guilloche(rng, st["line"], n=30)
    c.rosette(92, 40, 22, st["line"])
    lines = td3("P", p["country"], p["surname"], p["given"], p["number"], p["country"],
                p["dob"], p["sex"], p["exp"], p.get("personal", ""))  # fmt: skip
    c.mrz(lines, 5, 73.0, pitch=5.2)
    c.photo(5, 14, 32, 42, rng, p["sex"] == "F", p.get("skin", (176, 128, 96)))
    c.photo(100, 48, 16, 20, rng, p["sex"] == "F", ghost=True)
    for i, h in enumerate(st["header"]):
        c.t(62.5, 3.0 + i * 4.0, h, "sans-b", 8.0 if i == 0 else 6.5, st["ink"], anchor="ma")
    lab = st["labels"]
    vals = st["values"]
    col = [40, 62, 84]
    rows = st["grid"]
    y0 = 13.0
    for r, row in enumerate(rows):
        for k, key in enumerate(row):
            x = col[k] if len(row) > 1 else col[0]
            if key == "":
                continue
            c.lv(x, y0 + r * 7.9, lab[key], vals[key], lf=st["lf"], vf=st["vf"], lc=st["ink"])
    c.signature(8, 58, p["sig"], 12, st.get("sigfont", "hand2"))
    return c.img, lines


def vn_style(p):
    return {
        "bg": (236, 232, 240), "line": (205, 190, 215), "ink": (90, 40, 60),
        "header": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"],
        "lf": "sans", "vf": "sans-b",
        "labels": {
            "type": "Loại/Type", "code": "Mã số/Code", "num": "Số hộ chiếu/Passport N°",
            "name": "Họ và tên/Full name", "nat": "Quốc tịch/Nationality",
            "dob": "Ngày sinh/Date of birth", "pob": "Nơi sinh/Place of birth",
            "sex": "Giới tính/Sex", "id": "Số GCMND/ID card N°",
            "iss": "Ngày cấp/Date of issue", "exp": "Có giá trị đến/Date of expiry",
            "auth": "Nơi cấp/Place of issue",
        },
        "values": {
            "type": "P", "code": "VNM", "num": p["number"], "name": p["full_display"],
            "nat": "VIỆT NAM/VIETNAMESE", "dob": fr(p["dob"]), "pob": p["pob"],
            "sex": "Nữ/F" if p["sex"] == "F" else "Nam/M", "id": p["idno"],
            "iss": fr(p["issued"]), "exp": fr(p["exp"]), "auth": "Cục Quản lý xuất nhập cảnh",
        },
        "grid": [["type", "code", "num"], ["name"], ["nat", "", ""], ["dob", "pob", ""],
                 ["sex", "id", ""], ["iss", "exp", ""], ["auth"]],
    }  # fmt: skip


def ng_style(p):
    return {
        "bg": (226, 240, 228), "line": (180, 215, 185), "ink": (20, 90, 50),
        "header": ["FEDERAL REPUBLIC OF NIGERIA", "PASSPORT / PASSEPORT"],
        "lf": "lib", "vf": "lib-b",
        "labels": {
            "type": "Type/Type", "code": "Code/Code", "num": "Passport No./No. du Passeport",
            "sur": "Surname/Nom", "giv": "Given Names/Prénoms",
            "nat": "Nationality/Nationalité", "dob": "Date of Birth/Date de naissance",
            "sex": "Sex/Sexe", "pob": "Place of Birth/Lieu de naissance",
            "iss": "Date of Issue/Date de délivrance", "auth": "Authority/Autorité",
            "exp": "Date of Expiry/Date d'expiration",
        },
        "values": {
            "type": "P", "code": "NGA", "num": p["number"], "sur": p["surname"],
            "giv": p["given"], "nat": "NIGERIAN", "dob": p["dob_disp"],
            "sex": p["sex"], "pob": p["pob"], "iss": p["iss_disp"],
            "auth": "NIS ABUJA", "exp": p["exp_disp"],
        },
        "grid": [["type", "code", "num"], ["sur"], ["giv"], ["nat", "dob", ""],
                 ["sex", "pob", ""], ["iss", "auth", ""], ["exp"]],
    }  # fmt: skip


def lb_style(p):
    return {
        "bg": (232, 236, 244), "line": (196, 206, 226), "ink": (30, 50, 110),
        "header": ["REPUBLIQUE LIBANAISE - LEBANESE REPUBLIC", "PASSEPORT - PASSPORT"],
        "lf": "cond", "vf": "cond-b",
        "labels": {
            "type": "Type", "code": "Code du pays / Country code",
            "num": "N° du passeport / Passport N°",
            "sur": "Nom / Surname", "giv": "Prénoms / Given names",
            "father": "Nom du père / Father's name", "mother": "Nom de la mère / Mother's name",
            "nat": "Nationalité / Nationality", "dob": "Date de naissance / Date of birth",
            "pob": "Lieu de naissance / Place of birth", "sex": "Sexe / Sex",
            "iss": "Date de délivrance / Date of issue",
            "exp": "Date d'expiration / Date of expiry",
        },
        "values": {
            "type": "P", "code": "LBN", "num": p["number"], "sur": p["surname"],
            "giv": p["given"], "father": p["father"], "mother": p["mother"],
            "nat": "LIBANAISE / LEBANESE", "dob": fr(p["dob"]), "pob": p["pob"],
            "sex": p["sex"], "iss": fr(p["issued"]), "exp": fr(p["exp"]),
        },
        "grid": [["type", "code", "num"], ["sur", "", "father"], ["giv", "", "mother"],
                 ["nat", "", "sex"], ["dob", "", "pob"], ["iss", "", "exp"]],
    }  # fmt: skip


def cl_style(p):
    return {
        "bg": (238, 236, 226), "line": (214, 205, 180), "ink": (120, 30, 40),
        "header": ["REPÚBLICA DE CHILE", "PASAPORTE / PASSPORT"],
        "lf": "open", "vf": "open-b",
        "labels": {
            "type": "Tipo/Type", "code": "Código/Code", "num": "N° Pasaporte/Passport No.",
            "sur": "Apellidos/Surname", "giv": "Nombres/Given names",
            "nat": "Nacionalidad/Nationality", "dob": "Fecha de nacimiento/Date of birth",
            "sex": "Sexo/Sex", "pob": "Lugar de nacimiento/Place of birth",
            "iss": "Fecha de emisión/Date of issue", "exp": "Fecha de vencimiento/Date of expiry",
            "run": "RUN",
        },
        "values": {
            "type": "P", "code": "CHL", "num": p["number"], "sur": p["surname_disp"],
            "giv": p["given_disp"], "nat": "CHILENA", "dob": p["dob_disp"],
            "sex": p["sex"], "pob": p["pob"], "iss": p["iss_disp"], "exp": p["exp_disp"],
            "run": p["run"],
        },
        "grid": [["type", "code", "num"], ["sur"], ["giv"], ["nat", "", "run"],
                 ["dob", "", "sex"], ["pob", "", ""], ["iss", "", "exp"]],
    }  # fmt: skip


def passport_booklet(page: Image.Image, rng: random.Random, upper: Image.Image | None = None):
    """Open passport: the data page below, the facing page (or a visa) above."""
    w, h = page.size
    gap = 6
    top = upper if upper is not None else Image.new("RGB", (w, h), (232, 230, 222))
    if upper is None:
        d = ImageDraw.Draw(top)
        d.text((w // 2, h // 2), "", fill=(0, 0, 0))
        for k in range(0, h, 9):
            d.line([(0, k), (w, k + 20 * math.sin(k / 40))], fill=(220, 216, 204))
    top = top.resize((w, h))
    out = Image.new("RGB", (w + 40, 2 * h + gap + 40), (90, 30, 40))
    out.paste(top, (20, 20))
    out.paste(page, (20, 20 + h + gap))
    return out


# ------------------------------------------------------------------ French visa (VLS-TS)
def visa_sticker(v: dict, rng: random.Random) -> tuple[Image.Image, list[str]]:
    c = Card(120, 82, (236, 232, 244))
    c.guilloche(rng, (214, 200, 226), n=34, amp=3)
    c.rosette(95, 36, 24, (222, 196, 210))
    c.t(4, 3, "VISA", "sans-b", 11, (40, 40, 120))
    c.t(30, 4, "FRA", "sans-b", 9, (40, 40, 120))
    c.t(82, 3.5, "FRA", "mono", 9, (190, 20, 30))
    c.t(92, 3.5, v["number"], "mono", 10, (190, 20, 30))
    c.photo(3, 13, 26, 33, rng, v["sex"] == "F", v.get("skin", (176, 128, 96)))
    lab = (60, 60, 90)
    c.lv(32, 10, "VALABLE POUR / VALID FOR", "FRANCE", ls=4.6, vs=7.5, lc=lab)
    c.lv(32, 17, "DU / FROM", fr(v["from"]).replace("/", "-"), ls=4.6, vs=7.5, lc=lab)
    c.lv(58, 17, "AU / UNTIL", fr(v["until"]).replace("/", "-"), ls=4.6, vs=7.5, lc=lab)
    c.lv(32, 24, "TYPE DE VISA / TYPE OF VISA", "D", ls=4.6, vs=7.5, lc=lab)
    c.lv(70, 24, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", ls=4.6, vs=7.5, lc=lab)
    c.lv(32, 31, "DURÉE DE SÉJOUR / DURATION OF STAY", v["days"] + " JOURS", ls=4.6, vs=7.5, lc=lab)
    c.lv(70, 31, "DÉLIVRÉ À / ISSUED IN", v["place"], ls=4.6, vs=7.5, lc=lab)
    c.lv(32, 38, "LE / ON", fr(v["issued"]).replace("/", "-"), ls=4.6, vs=7.5, lc=lab)
    c.lv(70, 38, "NUMÉRO DU PASSEPORT / PASSPORT NUMBER", v["passport"], ls=4.6, vs=7.5, lc=lab)
    c.lv(32, 45, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}", ls=4.6, vs=7.5,
         lc=lab)  # fmt: skip
    c.t(4, 52.5, "REMARQUES / REMARKS", "sans", 4.6, lab)
    for i, r in enumerate(v["remarks"]):
        c.t(4, 55 + i * 3.3, r, "sans-b", 7.0)
    lines = mrva("FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"],
                 v["until"])  # fmt: skip
    c.mrz(lines, 3, 70.5, size=10.0, pitch=4.5)
    return c.img, lines


# ------------------------------------------------------------------ titre de séjour (ID-1)
def titre_sejour(t: dict, rng: random.Random) -> tuple[Image.Image, Image.Image, list[str]]:
    blue, ink = (30, 60, 140), (25, 25, 35)
    f = Card(85.6, 54, (226, 234, 242))
    f.guilloche(rng, (196, 214, 232), n=22, amp=2.5)
    f.t(3, 2.5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.2, blue)
    f.t(3, 5.8, "TITRE DE SÉJOUR", "sans-b", 7.5, blue)
    f.t(58, 2.8, "N°", "sans", 5, blue)
    f.t(62, 2.5, t["number"], "mono", 7.5, (170, 20, 30))
    f.photo(3, 11, 21, 27, rng, t["sex"] == "F", t.get("skin", (176, 128, 96)))
    lv = dict(ls=4.2, vs=6.6, lc=blue, lf="sans", vf="sans-b")
    f.lv(27, 10, "NOM", t["surname"], **lv)
    f.lv(27, 16, "Prénom(s)", t["given"], **lv)
    f.lv(27, 22, "Sexe", t["sex"], **lv)
    f.lv(40, 22, "Nationalité", t["nat"], **lv)
    f.lv(60, 22, "Date de naissance", fr(t["dob"]), **lv)
    f.lv(27, 28, "Valable jusqu'au", fr(t["exp"]), **lv)
    f.lv(27, 34, "Type de titre", t["kind"], **{**lv, "vs": 5.6})
    f.lv(27, 40, "Mention", t["mention"], **{**lv, "vs": 5.8})
    f.signature(5, 44, t["sig"], 9)
    b = Card(85.6, 54, (230, 236, 240))
    b.guilloche(rng, (205, 218, 228), n=22, amp=2.5)
    b.lv(3, 3, "Lieu de naissance", t["pob"], ls=4.2, vs=6.0, lc=blue)
    b.lv(3, 9, "Adresse", t["address1"], ls=4.2, vs=5.6, lc=blue)
    b.t(3, 15, t["address2"], "sans-b", 5.6, ink)
    b.lv(3, 19, "Remarques", t["remarks"], ls=4.2, vs=5.4, lc=blue)
    b.lv(3, 25.5, "Délivré le", fr(t["issued"]), ls=4.2, vs=6.0, lc=blue)
    b.lv(30, 25.5, "Par", t["prefecture"], ls=4.2, vs=6.0, lc=blue)
    lines = td1("IR", "FRA", t["number"], t["dob"], t["sex"], t["exp"], t["nat3"],
                t["surname_mrz"], t["given_mrz"])  # fmt: skip
    b.mrz(lines, 3.0, 36.5, size=11.5, pitch=5.2)
    return f.img, b.img, lines


# ------------------------------------------------------------------ French CNI (2021 model)
def cni(t: dict, rng: random.Random) -> tuple[Image.Image, Image.Image, list[str]]:
    blue = (30, 70, 130)
    f = Card(85.6, 54, (234, 236, 240))
    f.guilloche(rng, (214, 222, 236), n=22, amp=2)
    f.rosette(66, 30, 16, (236, 214, 222))
    f.t(3, 2.5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.0, blue)
    f.t(3, 5.6, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 4.8, blue)
    f.photo(3, 12, 21, 27, rng, t["sex"] == "F", t.get("skin", (225, 190, 165)))
    lv = dict(ls=3.9, vs=6.2, lc=blue, lf="sans", vf="sans-b")
    f.lv(27, 10, "NOM / Surname", t["surname"], **lv)
    f.lv(27, 15.5, "Nom d'usage / Alternate name", t.get("usage", ""), **lv)
    f.lv(27, 21, "Prénoms / Given names", t["given"], **lv)
    f.lv(27, 26.5, "SEXE / Sex", t["sex"], **lv)
    f.lv(40, 26.5, "NATIONALITÉ", "FRA", **lv)
    f.lv(58, 26.5, "DATE DE NAISS.", fr(t["dob"]).replace("/", " "), **lv)
    f.lv(27, 32, "LIEU DE NAISSANCE / Place of birth", t["pob"], **lv)
    f.lv(27, 38, "N° DU DOCUMENT", t["number"], **lv)
    f.lv(58, 38, "DATE D'EXPIR.", fr(t["exp"]).replace("/", " "), **lv)
    f.signature(5, 42, t["sig"], 9, "hand5")
    b = Card(85.6, 54, (236, 238, 240))
    b.guilloche(rng, (216, 224, 232), n=22, amp=2)
    b.lv(3, 3, "ADRESSE / Address", t["address1"], ls=3.9, vs=5.6, lc=blue)
    b.t(3, 9.5, t["address2"], "sans-b", 5.6)
    b.lv(3, 14, "DATE DE DÉLIVRANCE", fr(t["issued"]), ls=3.9, vs=5.6, lc=blue)
    b.lv(40, 14, "AUTORITÉ", t["authority"], ls=3.9, vs=5.6, lc=blue)
    lines = td1("ID", "FRA", t["number"], t["dob"], t["sex"], t["exp"], "FRA",
                t["surname"], t["given"].replace(",", ""))  # fmt: skip
    b.mrz(lines, 3.0, 36.5, size=11.5, pitch=5.2)
    return f.img, b.img, lines
