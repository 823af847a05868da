"""ID documents drawn in Pillow: passport data pages, French visa sticker, titre de séjour, CNI."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bp_common import PIL_FONTS, pil_font
from bp_hand import signature_layer

BASIC = ImageFont.Layout.BASIC

PX = 12  # pixels per mm


class Card:
    def __init__(self, w_mm, h_mm, bg=(240, 240, 236), px=PX):
        self.px = px
        self.img = Image.new("RGB", (int(w_mm * px), int(h_mm * px)), bg)
        self.lfont = "Arial"
        self.d = ImageDraw.Draw(self.img)

    def p(self, v):
        return int(v * self.px)

    def t(self, x, y, s, size=2.2, font="Arial", fill=(25, 25, 30), anchor="la"):
        f = pil_font(font, max(6, int(size * self.px)))
        self.d.text((self.p(x), self.p(y)), s, font=f, fill=fill, anchor=anchor)

    def lv(self, x, y, label, value, lsize=1.55, vsize=2.6, vfont="Arial-B", lcol=(70, 60, 90)):
        self.t(x, y, label, lsize, self.lfont, lcol)
        self.t(x + 0.3, y + lsize + 0.6, value, vsize, vfont)

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=1):
        self.d.rectangle([self.p(x0), self.p(y0), self.p(x1), self.p(y1)], fill, outline, width)

    def mrz(self, lines, y0, size=3.2, x0=4.0):
        f = ImageFont.truetype(PIL_FONTS["OCRB"], int(size * self.px), layout_engine=BASIC)
        for i, line in enumerate(lines):
            self.d.text((self.p(x0), self.p(y0 + i * size * 1.45)), line, font=f, fill=(10, 10, 12))

    def guilloche(self, rng, color, n=18, amp=4.0, alpha=70, region=None):
        w, h = self.img.size
        layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        x0, y0, x1, y1 = region or (0, 0, w, h)
        for k in range(n):
            ph = rng.uniform(0, 6.28)
            fr = rng.uniform(1.5, 4.0)
            base = y0 + (y1 - y0) * (k + 0.5) / n
            pts = []
            for x in range(x0, x1, 6):
                t = (x - x0) / max(1, x1 - x0)
                yy = base + math.sin(t * fr * 6.28 + ph) * amp * self.px
                yy += math.sin(t * 23 + ph * 2) * self.px * 0.6
                pts.append((x, yy))
            d.line(pts, fill=color + (alpha,), width=max(1, self.px // 8))
        self.img.paste(layer, (0, 0), layer)

    def photo(self, x, y, w, h, person, ghost=False):
        ph = portrait(int(w * self.px), int(h * self.px), person)
        if ghost:
            g = ph.convert("L").convert("RGB")
            g = Image.blend(g, Image.new("RGB", g.size, (235, 235, 235)), 0.72)
            self.img.paste(g, (self.p(x), self.p(y)))
        else:
            self.img.paste(ph, (self.p(x), self.p(y)))

    def signature(self, x, y, w, h, name, rng, color=(20, 20, 60)):
        mask = signature_layer(self.p(w), self.p(h), name, rng)
        self.img.paste(Image.new("RGB", mask.size, color), (self.p(x), self.p(y)), mask)


def portrait(w: int, h: int, person: dict) -> Image.Image:
    """A plain synthetic ID photo: light background, shoulders, head, hair, features."""
    ss = 2
    W, H = w * ss, h * ss
    bg = person.get("bg", (214, 222, 230))
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    skin = person["skin"]
    hair = person.get("hair", (30, 24, 20))
    cloth = person.get("cloth", (40, 48, 70))
    cx = W / 2
    d.ellipse([cx - W * 0.55, H * 0.78, cx + W * 0.55, H * 1.5], fill=cloth)
    d.rectangle([cx - W * 0.09, H * 0.6, cx + W * 0.09, H * 0.84], fill=skin)
    hw, hh = W * 0.25, H * 0.24
    hy = H * 0.44
    style = person.get("style", "short")
    if style == "long":
        d.rounded_rectangle(
            [cx - hw * 1.25, hy - hh * 1.1, cx + hw * 1.25, hy + hh * 1.45], 40, fill=hair
        )
    if style == "scarf":
        sc = person.get("scarf", (120, 40, 60))
        d.ellipse([cx - hw * 1.35, hy - hh * 1.3, cx + hw * 1.35, hy + hh * 1.5], fill=sc)
        d.rectangle([cx - hw * 1.35, hy, cx + hw * 1.35, H * 0.86], fill=sc)
    d.ellipse([cx - hw, hy - hh, cx + hw, hy + hh], fill=skin)
    if style in ("short", "long"):
        d.chord(
            [cx - hw * 1.05, hy - hh * 1.12, cx + hw * 1.05, hy + hh * 0.5], 180, 360, fill=hair
        )
    if style == "bald":
        d.chord([cx - hw, hy - hh, cx + hw, hy + hh * 0.2], 180, 360, fill=skin)
    dark = tuple(max(0, c - 90) for c in skin)
    ey = hy - hh * 0.05
    for sx in (-1, 1):
        ex = cx + sx * hw * 0.42
        d.ellipse(
            [ex - hw * 0.12, ey - hh * 0.05, ex + hw * 0.12, ey + hh * 0.06], fill=(245, 245, 240)
        )
        d.ellipse(
            [ex - hw * 0.06, ey - hh * 0.05, ex + hw * 0.06, ey + hh * 0.06], fill=(40, 30, 25)
        )
        d.line(
            [ex - hw * 0.18, ey - hh * 0.2, ex + hw * 0.16, ey - hh * 0.22], fill=hair, width=ss * 3
        )
    d.line([cx, ey + hh * 0.05, cx - hw * 0.06, ey + hh * 0.38], fill=dark, width=ss * 2)
    d.line([cx - hw * 0.1, ey + hh * 0.4, cx + hw * 0.06, ey + hh * 0.4], fill=dark, width=ss * 2)
    lips = person.get("lips", tuple(max(0, c - 60) for c in skin))
    d.chord([cx - hw * 0.3, ey + hh * 0.5, cx + hw * 0.3, ey + hh * 0.72], 0, 180, fill=lips)
    out = img.resize((w, h), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.6))
    return out


# ------------------------------------------------------------------ passports

PP_W, PP_H = 125, 88


def _bg_gradient(card: Card, c0, c1, rng):
    w, h = card.img.size
    y = np.linspace(0, 1, h)[:, None, None]
    x = np.linspace(0, 1, w)[None, :, None]
    t = 0.6 * y + 0.4 * x
    a = np.array(c0)[None, None] * (1 - t) + np.array(c1)[None, None] * t
    card.img.paste(Image.fromarray(a.astype(np.uint8)))
    card.d = ImageDraw.Draw(card.img)


def passport_page(p: dict, rng: random.Random) -> Image.Image:
    """p: country, number, surname, given, nat_text, dob_text, sex, pob, issue_text, exp_text,
    authority, mrz, person, labels (dict), colours."""
    cfg = PASSPORT_STYLES[p["country"]]
    card = Card(PP_W, PP_H)
    card.lfont = cfg.get("lfont", "Arial")
    vf = cfg.get("vfont", "Arial-B")
    _bg_gradient(card, cfg["c0"], cfg["c1"], rng)
    card.guilloche(rng, cfg["line"], n=26, amp=3.0, alpha=60)
    card.t(PP_W / 2, 4.0, cfg["title1"], 3.0, cfg.get("tfont", "Arial-B"), cfg["ink"], "ma")
    card.t(PP_W / 2, 8.0, cfg["title2"], 2.6, cfg.get("tfont", "Arial-B"), cfg["ink"], "ma")
    card.photo(5, 16, 32, 41, p["person"])
    card.photo(109, 21, 12, 15.5, p["person"], ghost=True)
    L = cfg["labels"]
    x1, x2, x3 = 42, 62, 86
    card.lv(x1, 13, L["type"], "P", vfont=vf)
    card.lv(x2, 13, L["code"], p["country"], vfont=vf)
    card.lv(x3, 13, L["number"], p["number"], vsize=3.0, vfont=vf)
    y = 20.5
    rows = [
        [(x1, L["surname"], p["surname_line"])],
        [(x1, L["given"], p["given_line"])],
    ]
    if "middle" in L:
        rows.append([(x1, L["middle"], p.get("middle", ""))])
    rows += [
        [(x1, L["nat"], p["nat_text"]), (x3, L.get("pers", ""), p.get("pers_text", ""))],
        [(x1, L["dob"], p["dob_text"]), (x3, L["sex"], p["sex_text"])],
        [(x1, L["pob"], p["pob"]), (x3, L.get("auth2", ""), p.get("auth2", ""))],
        [(x1, L["issue"], p["issue_text"]), (x3, L["auth"], p["authority"])],
        [(x1, L["expiry"], p["exp_text"])],
    ]
    step = 6.4 if len(rows) <= 7 else 5.95
    for row in rows:
        for x, lab, val in row:
            if lab:
                card.lv(x, y, lab, val, 1.45, 2.55, vf)
        y += step
    card.t(x3, y - 6.2, L["sig"], 1.4, card.lfont, (70, 60, 90))
    card.signature(x3, y - 4.2, 28, 7, p["surname_line"], rng)
    card.rect(0, 68.5, PP_W, PP_H, fill=cfg["mrzbg"])
    card.mrz(p["mrz"], 71.0, 3.3, 4.5)
    return card.img


PASSPORT_STYLES = {
    "SEN": {
        "c0": (236, 240, 222),
        "c1": (222, 232, 214),
        "line": (40, 130, 70),
        "ink": (20, 90, 50),
        "mrzbg": (238, 240, 230),
        "title1": "RÉPUBLIQUE DU SÉNÉGAL  ·  REPUBLIC OF SENEGAL",
        "title2": "PASSEPORT  /  PASSPORT  —  CEDEAO / ECOWAS",
        "labels": {
            "type": "Type / Type",
            "code": "Code du pays / Country code",
            "number": "N° de passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "pob": "Lieu de naissance / Place of birth",
            "issue": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "auth": "Autorité / Authority",
            "sig": "Signature du titulaire / Holder's signature",
        },
    },
    "CHN": {
        "lfont": "CJK",
        "vfont": "CJK",
        "tfont": "CJK",
        "c0": (238, 236, 242),
        "c1": (226, 232, 238),
        "line": (170, 60, 70),
        "ink": (170, 30, 40),
        "mrzbg": (240, 240, 240),
        "title1": "中华人民共和国  PEOPLE'S REPUBLIC OF CHINA",
        "title2": "护照  PASSPORT",
        "labels": {
            "type": "类型/Type",
            "code": "国家码/Country Code",
            "number": "护照号/Passport No.",
            "surname": "姓/Surname",
            "given": "名/Given names",
            "nat": "国籍/Nationality",
            "dob": "出生日期/Date of birth",
            "sex": "性别/Sex",
            "pob": "出生地点/Place of birth",
            "auth2": "签发地点/Place of issue",
            "issue": "签发日期/Date of issue",
            "expiry": "有效期至/Date of expiry",
            "auth": "签发机关/Authority",
            "sig": "持照人签名/Bearer's signature",
        },
    },
    "TUR": {
        "c0": (244, 236, 236),
        "c1": (232, 226, 236),
        "line": (140, 40, 60),
        "ink": (120, 20, 40),
        "mrzbg": (242, 238, 238),
        "title1": "TÜRKİYE CUMHURİYETİ  ·  REPUBLIC OF TÜRKİYE",
        "title2": "PASAPORT  /  PASSPORT  /  PASSEPORT",
        "labels": {
            "type": "Tipi / Type / Type",
            "code": "Ülke kodu / Country code",
            "number": "Pasaport No / Passport No / N° du passeport",
            "surname": "Soyadı / Surname / Nom",
            "given": "Adı / Given name(s) / Prénom(s)",
            "nat": "Uyruğu / Nationality / Nationalité",
            "pers": "T.C. Kimlik No / Personal No",
            "dob": "Doğum tarihi / Date of birth / Date de naissance",
            "sex": "Cinsiyeti / Sex / Sexe",
            "pob": "Doğum yeri / Place of birth / Lieu de naissance",
            "issue": "Veriliş tarihi / Date of issue / Date de délivrance",
            "expiry": "Geçerlilik tarihi / Date of expiry / Date d'expiration",
            "auth": "Makam / Authority / Autorité",
            "sig": "Hamilinin imzası / Signature of bearer",
        },
    },
    "PHL": {
        "c0": (232, 238, 244),
        "c1": (240, 236, 226),
        "line": (40, 80, 150),
        "ink": (20, 50, 120),
        "mrzbg": (238, 240, 242),
        "title1": "REPUBLIKA NG PILIPINAS  ·  REPUBLIC OF THE PHILIPPINES",
        "title2": "PASAPORTE  /  PASSPORT",
        "labels": {
            "type": "Uri/Type",
            "code": "Kodigo/Code",
            "number": "Pasaporte Blg/Passport No.",
            "surname": "Apelyido/Surname",
            "given": "Mga Pangalan/Given Names",
            "middle": "Panggitnang Apelyido/Middle Name",
            "dob": "Petsa ng Kapanganakan/Date of Birth",
            "nat": "Nasyonalidad/Nationality",
            "sex": "Kasarian/Sex",
            "pob": "Lugar ng Kapanganakan/Place of Birth",
            "issue": "Petsa ng Pagkakaloob/Date of Issue",
            "expiry": "Valid Until/Petsa ng Pagkawalang Bisa",
            "auth": "Maykapangyarihang Naglabas/Issuing Authority",
            "sig": "Lagda ng May-hawak/Holder's Signature",
        },
    },
}


def blank_page(w: int, h: int, label: str, num: str) -> Image.Image:
    """An inner visa page of the booklet (for spreads that do not show the data page)."""
    pg = Image.new("RGB", (w, h), (234, 236, 230))
    d = ImageDraw.Draw(pg)
    for k in range(0, w, 9):
        d.line([(k, 0), (k + h // 3, h)], fill=(224, 228, 222), width=2)
    d.text((w // 2, PX * 5), label, font=pil_font("CJK", PX * 3), fill=(130, 130, 140), anchor="ma")
    d.text((w - PX * 6, h - PX * 8), num, font=pil_font("Arial", PX * 4), fill=(120, 120, 130))
    return pg


def passport_spread(page: Image.Image, rng: random.Random, facing="blank", visa=None):
    """The open booklet: data page below, facing page (observations or visa) above."""
    w, h = page.size
    gap = PX * 2
    spread = Image.new("RGB", (w + PX * 6, h * 2 + gap + PX * 6), (30, 30, 32))
    top = Image.new("RGB", (w, h), (236, 234, 226))
    td = ImageDraw.Draw(top)
    for k in range(0, w, 9):
        td.line([(k, 0), (k + h // 3, h)], fill=(226, 226, 220), width=2)
    if visa is not None:
        top.paste(visa, ((w - visa.width) // 2, (h - visa.height) // 2))
    else:
        td.text(
            (w // 2, PX * 6),
            facing,
            font=pil_font("CJK", PX * 3),
            fill=(120, 120, 130),
            anchor="ma",
        )
    spread.paste(top, (PX * 3, PX * 3))
    spread.paste(page, (PX * 3, PX * 3 + h + gap))
    d = ImageDraw.Draw(spread)
    d.line(
        [(PX * 3, PX * 3 + h + gap // 2), (PX * 3 + w, PX * 3 + h + gap // 2)],
        fill=(90, 80, 70),
        width=3,
    )
    return spread


# ------------------------------------------------------------------ French visa sticker


def visa_sticker(v: dict, rng: random.Random) -> Image.Image:
    card = Card(120, 82, bg=(232, 236, 242))
    _bg_gradient(card, (238, 232, 240), (222, 236, 240), rng)
    card.guilloche(rng, (80, 90, 160), n=30, amp=2.5, alpha=55)
    card.t(4, 3, "VISA", 5.2, "Arial-B", (40, 50, 110))
    card.t(36, 3.6, "RÉPUBLIQUE FRANÇAISE", 2.2, "Arial-B", (40, 50, 110))
    card.t(116, 3.2, "FRA", 2.4, "Arial-B", (190, 30, 30), "ra")
    card.t(116, 6.4, v["number"], 3.4, "Mono-B", (190, 30, 30), "ra")
    card.photo(4, 12, 27, 34, v["person"])
    rows = [
        (35, 12, "VALABLE POUR / VALID FOR", "FRANCE"),
        (35, 19, "DU / FROM", v["from_text"]),
        (70, 19, "AU / UNTIL", v["until_text"]),
        (35, 26, "TYPE DE VISA / TYPE OF VISA", "D"),
        (75, 26, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT"),
        (35, 33, "DURÉE DE SÉJOUR / DURATION OF STAY", v["duration"]),
        (85, 33, "DÉLIVRÉ À / ISSUED IN", v["post"]),
        (35, 40, "LE / ON", v["issued_text"]),
        (70, 40, "NUMÉRO DE PASSEPORT / PASSPORT NUMBER", v["passport"]),
        (35, 47, "NOM, PRÉNOM / SURNAME, NAME", v["name_text"]),
    ]
    for x, y, lab, val in rows:
        card.lv(x, y, lab, val, 1.3, 2.4, "Arial-B", (60, 60, 110))
    card.t(4, 48, "REMARQUES / REMARKS", 1.3, "Arial", (60, 60, 110))
    for i, line in enumerate(v["remarks"]):
        card.t(4, 50.4 + i * 3.1, line, 2.3, "Arial-B")
    card.rect(0, 64, 120, 82, fill=(240, 240, 244))
    card.mrz(v["mrz"], 66.3, 3.2, 3.0)
    return card.img


# ------------------------------------------------------------------ ID-1 cards

ID_W, ID_H = 85.6, 54.0


def _id1_base(rng, c0, c1, line):
    card = Card(ID_W, ID_H, px=14)
    _bg_gradient(card, c0, c1, rng)
    card.guilloche(rng, line, n=22, amp=2.0, alpha=60)
    return card


def titre_sejour(t: dict, rng: random.Random) -> tuple[Image.Image, Image.Image]:
    f = _id1_base(rng, (232, 238, 246), (246, 236, 236), (60, 90, 160))
    f.t(3, 2.5, "RÉPUBLIQUE FRANÇAISE", 2.4, "Arial-B", (20, 40, 110))
    f.t(3, 6.0, "TITRE DE SÉJOUR", 3.1, "Arial-B", (170, 30, 40))
    f.t(50, 6.6, "RESIDENCE PERMIT", 1.6, "Arial", (90, 90, 100))
    f.photo(3, 11, 21, 27, t["person"])
    f.lv(27, 10.5, "NOM / Surname", t["surname"], 1.3, 2.3)
    f.lv(27, 16, "PRÉNOMS / Given names", t["given"], 1.3, 2.3)
    f.lv(27, 21.5, "SEXE / Sex", t["sex"], 1.3, 2.3)
    f.lv(43, 21.5, "NATIONALITÉ / Nationality", t["nat"], 1.3, 2.3)
    f.lv(27, 27, "DATE DE NAISSANCE / Date of birth", t["dob_text"], 1.3, 2.3)
    f.lv(27, 32.5, "TYPE DE TITRE / Type of permit", t["kind"], 1.3, 2.0)
    f.lv(27, 38, "REMARQUES / Remarks", t["remarks"], 1.3, 2.1)
    f.lv(3, 44, "VALIDITÉ / Validity", t["until_text"], 1.3, 2.4)
    f.lv(40, 44, "N° DU DOCUMENT / Document No", t["number"], 1.3, 2.4)
    f.signature(62, 12, 20, 7, t["surname"], rng)
    f.photo(70, 24, 11, 14, t["person"], ghost=True)
    b = _id1_base(rng, (238, 240, 246), (236, 244, 240), (60, 120, 120))
    b.lv(3, 2.5, "LIEU DE NAISSANCE / Place of birth", t["pob"], 1.3, 2.1)
    b.lv(3, 8.0, "ADRESSE / Address", t["address1"], 1.3, 1.9)
    b.t(3.3, 13.4, t["address2"], 1.9, "Arial-B")
    b.lv(3, 16.5, "DÉLIVRÉ PAR / Issued by", t["authority"], 1.3, 1.9)
    b.lv(50, 16.5, "LE / On", t["issue_text"], 1.3, 1.9)
    b.lv(50, 2.5, "N° ÉTRANGER", t["agdref"], 1.3, 2.0)
    b.rect(0, 30.5, ID_W, ID_H, fill=(244, 244, 244))
    b.mrz(t["mrz"], 33.0, 3.45, 3.0)
    return f.img, b.img


def cni(c: dict, rng: random.Random) -> tuple[Image.Image, Image.Image]:
    f = _id1_base(rng, (236, 238, 248), (248, 236, 240), (80, 80, 170))
    f.t(3, 2.2, "RÉPUBLIQUE FRANÇAISE", 2.6, "Arial-B", (20, 40, 120))
    f.t(3, 6.2, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", 1.8, "Arial-B", (20, 40, 120))
    f.photo(3, 11, 21, 27, c["person"])
    f.lv(27, 10, "NOM / Surname", c["surname"], 1.3, 2.4)
    f.lv(27, 15.5, "Prénoms / Given names", c["given"], 1.3, 2.3)
    f.lv(27, 21, "SEXE / Sex", c["sex"], 1.3, 2.3)
    f.lv(40, 21, "NATIONALITÉ / Nationality", "FRA", 1.3, 2.3)
    f.lv(27, 26.5, "DATE DE NAISS. / Date of birth", c["dob_text"], 1.3, 2.3)
    f.lv(27, 32, "LIEU DE NAISSANCE / Place of birth", c["pob"], 1.3, 2.3)
    f.lv(3, 40.5, "N° DU DOCUMENT / Document No", c["number"], 1.3, 2.6)
    f.lv(45, 40.5, "DATE D'EXPIR. / Expiry date", c["exp_text"], 1.3, 2.4)
    f.signature(27, 45, 18, 6, c["surname"], rng)
    f.t(80, 48, c["can"], 1.9, "Mono", (40, 40, 40), "ra")
    b = _id1_base(rng, (240, 240, 248), (236, 246, 242), (90, 110, 160))
    b.lv(3, 2.5, "ADRESSE / Address", c["address1"], 1.3, 2.0)
    b.t(3.3, 8.0, c["address2"], 2.0, "Arial-B")
    b.lv(3, 12, "DATE DE DÉLIVRANCE / Date of issue", c["issue_text"], 1.3, 2.0)
    b.lv(45, 12, "AUTORITÉ / Issuing authority", c["authority"], 1.3, 2.0)
    b.rect(0, 30.5, ID_W, ID_H, fill=(244, 244, 244))
    b.mrz(c["mrz"], 33.0, 3.45, 3.0)
    return f.img, b.img


def rounded(img: Image.Image, r_mm=3.0, px=14, bg=(255, 255, 255)) -> Image.Image:
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        [0, 0, img.width - 1, img.height - 1], int(r_mm * px), fill=255
    )
    out = Image.new("RGB", img.size, bg)
    out.paste(img, (0, 0), mask)
    return out
