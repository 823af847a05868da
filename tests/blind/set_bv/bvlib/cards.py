"""Passport data pages, visa stickers, French residence permits and identity cards (PIL)."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .ink import pil_font, pil_signature


class Sheet:
    """A PIL drawing surface addressed in millimetres."""

    def __init__(self, w_mm, h_mm, s=12, bg=(246, 244, 238)):
        self.s = s
        self.w_mm, self.h_mm = w_mm, h_mm
        self.img = Image.new("RGB", (int(w_mm * s), int(h_mm * s)), bg)
        self.d = ImageDraw.Draw(self.img)

    def px(self, v):
        return int(round(v * self.s))

    def text(self, x, y, s, font="Sans", size=2.6, fill=(25, 25, 30), anchor="ls", **kw):
        f = pil_font(font, max(6, self.px(size)))
        self.d.text((self.px(x), self.px(y)), s, font=f, fill=fill, anchor=anchor, **kw)

    def label(self, x, y, s, size=1.55, fill=(70, 70, 95), font="Sans-I"):
        self.text(x, y, s, font=font, size=size, fill=fill)

    def rect(self, x, y, w, h, fill=None, outline=None, width=1, radius=0):
        box = (self.px(x), self.px(y), self.px(x + w), self.px(y + h))
        if radius:
            self.d.rounded_rectangle(box, self.px(radius), fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def paste(self, im, x, y, mask=None):
        self.img.paste(im, (self.px(x), self.px(y)), mask)

    def mrz(self, lines, x, y0, width_mm, pitch):
        n = len(lines[0])
        f = pil_font("OCRB", 40)
        size = int(40 * (width_mm * self.s) / f.getlength("<" * n))
        f = pil_font("OCRB", size)
        for i, line in enumerate(lines):
            self.d.text(
                (self.px(x), self.px(y0 + i * pitch)), line, font=f, fill=(20, 20, 24), anchor="ls"
            )


def guilloche(sheet: Sheet, colors, seed, density=60, amp=3.0):
    rng = random.Random(seed)
    w, h = sheet.img.size
    layer = Image.new("RGB", (w, h), (0, 0, 0))
    d = ImageDraw.Draw(layer)
    for k in range(density):
        col = colors[k % len(colors)]
        f1, f2 = rng.uniform(1.5, 3.5), rng.uniform(6, 11)
        off = k * h / density
        pts = []
        for i in range(200):
            t = i / 199
            yy = off + sheet.s * amp * math.sin(2 * math.pi * (f1 * t + k * 0.03)) * math.sin(
                2 * math.pi * f2 * t + k * 0.2
            )
            pts.append((w * t, yy))
        d.line(pts, fill=col, width=max(1, sheet.s // 10))
    # rosette
    cx, cy, r = w * rng.uniform(0.55, 0.8), h * rng.uniform(0.3, 0.6), h * 0.32
    for k in range(36):
        a0 = k * math.pi / 18
        pts = []
        for i in range(120):
            t = i / 119 * 2 * math.pi
            rr = r * (0.6 + 0.4 * math.cos(5 * t + a0))
            pts.append((cx + rr * math.cos(t + a0), cy + rr * math.sin(t + a0)))
        d.line(pts, fill=colors[k % len(colors)], width=1)
    base = np.asarray(sheet.img, dtype=np.float32)
    lay = np.asarray(layer, dtype=np.float32)
    a = 0.16
    out = np.where(lay.sum(axis=2, keepdims=True) > 0, base * (1 - a) + lay * a, base)
    sheet.img.paste(Image.fromarray(out.astype(np.uint8)))


def face(
    w,
    h,
    seed,
    skin=(170, 120, 90),
    hair=(30, 22, 18),
    female=False,
    bg=(222, 226, 230),
    long_hair=False,
    scarf=None,
):
    """A plain synthetic ID portrait (head, hair, shoulders)."""
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cx = w / 2 + rng.uniform(-0.02, 0.02) * w
    hw, hh = w * 0.27, h * 0.27
    top = h * 0.2
    shirt = tuple(
        int(c)
        for c in rng.choice(
            [(40, 50, 80), (90, 90, 95), (200, 200, 205), (120, 40, 50), (30, 30, 35)]
        )
    )
    d.ellipse((cx - w * 0.55, h * 0.78, cx + w * 0.55, h * 1.4), fill=shirt)
    if long_hair:
        d.rounded_rectangle(
            (cx - hw * 1.25, top + hh * 0.4, cx + hw * 1.25, h * 0.92),
            radius=int(w * 0.15),
            fill=hair,
        )
    d.rectangle((cx - hw * 0.42, top + hh * 1.6, cx + hw * 0.42, h * 0.84), fill=skin)
    if scarf:
        d.ellipse((cx - hw * 1.35, top - hh * 0.25, cx + hw * 1.35, top + hh * 2.55), fill=scarf)
    d.ellipse((cx - hw, top, cx + hw, top + hh * 2.1), fill=skin)
    if not scarf:
        d.chord(
            (cx - hw * 1.08, top - hh * 0.22, cx + hw * 1.08, top + hh * 1.25), 180, 360, fill=hair
        )
    ey = top + hh * 0.95
    for sx in (-1, 1):
        ex = cx + sx * hw * 0.4
        d.ellipse(
            (ex - hw * 0.13, ey - hh * 0.06, ex + hw * 0.13, ey + hh * 0.06), fill=(245, 245, 240)
        )
        d.ellipse(
            (ex - hw * 0.06, ey - hh * 0.06, ex + hw * 0.06, ey + hh * 0.06), fill=(40, 30, 25)
        )
        d.line(
            (ex - hw * 0.18, ey - hh * 0.2, ex + hw * 0.18, ey - hh * 0.22),
            fill=hair,
            width=max(2, w // 60),
        )
    dark = tuple(max(0, int(c * 0.78)) for c in skin)
    d.line(
        (cx, ey + hh * 0.1, cx - hw * 0.08, ey + hh * 0.5, cx + hw * 0.06, ey + hh * 0.55),
        fill=dark,
        width=max(2, w // 80),
    )
    lip = (150, 70, 70) if female else tuple(max(0, int(c * 0.7)) for c in skin)
    d.chord((cx - hw * 0.28, ey + hh * 0.6, cx + hw * 0.28, ey + hh * 0.85), 0, 180, fill=lip)
    im = im.filter(ImageFilter.GaussianBlur(max(1, w / 250)))
    nrng = np.random.default_rng(seed)
    a = np.asarray(im, dtype=np.float32) + nrng.normal(0, 3, (h, w, 3))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def ghost(portrait: Image.Image, size, tint=(200, 150, 170)):
    g = portrait.convert("L").resize(size).point(lambda v: 255 - (255 - v) * 0.35)
    g = Image.merge("RGB", [g.point(lambda v, t=t: v * t / 255 + (255 - t) * 0.6) for t in tint])
    return g


# --------------------------------------------------------------------------- passports

PASSPORT_STYLES = {
    "DZA": {
        "bg": (236, 242, 232),
        "lines": [(150, 195, 150), (210, 160, 175), (170, 200, 190)],
        "head": ["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"],
        "arabic": "الجمهورية الجزائرية الديمقراطية الشعبية",
        "doc": "PASSEPORT",
        "doc_ar": "جواز سفر",
        "labels": {
            "type": "Type",
            "code": "Code du pays",
            "no": "N° du passeport",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "pob": "Lieu de naissance / Place of birth",
            "issue": "Date de délivrance / Date of issue",
            "auth": "Autorité / Authority",
            "exp": "Date d'expiration / Date of expiry",
            "sig": "Signature du titulaire",
        },
        "date": "dots",
        "head_color": (20, 90, 50),
    },
    "SEN": {
        "bg": (240, 243, 228),
        "lines": [(160, 200, 140), (225, 205, 120), (200, 160, 150)],
        "head": ["RÉPUBLIQUE DU SÉNÉGAL", "CEDEAO - ECOWAS"],
        "doc": "PASSEPORT / PASSPORT",
        "labels": {
            "type": "Type / Type",
            "code": "Code / Code",
            "no": "N° Passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "pob": "Lieu de naissance / Place of birth",
            "issue": "Date de délivrance / Date of issue",
            "auth": "Autorité / Authority",
            "exp": "Date d'expiration / Date of expiry",
            "sig": "Signature du titulaire",
        },
        "date": "slash",
        "head_color": (10, 100, 60),
    },
    "PHL": {
        "bg": (243, 236, 244),
        "lines": [(190, 160, 210), (150, 180, 220), (230, 180, 190)],
        "head": ["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"],
        "doc": "PASAPORTE / PASSPORT",
        "labels": {
            "type": "Uri/Type",
            "code": "Kodigo ng Bansa/Country Code",
            "no": "Pasaporte Blg./Passport No.",
            "surname": "Apelyido/Surname",
            "given": "Mga Pangalan/Given Names",
            "middle": "Panggitnang Apelyido/Middle Name",
            "nat": "Nasyonalidad/Nationality",
            "dob": "Petsa ng Kapanganakan/Date of Birth",
            "sex": "Kasarian/Sex",
            "pob": "Lugar ng Kapanganakan/Place of Birth",
            "issue": "Petsa ng Pagkakaloob/Date of Issue",
            "auth": "Maykapangyarihang Nagkaloob/Issuing Authority",
            "exp": "Valid Until/Petsa ng Pagkawalang-bisa",
            "sig": "Lagda/Signature",
        },
        "date": "mon",
        "head_color": (40, 40, 120),
    },
    "GBR": {
        "bg": (244, 236, 238),
        "lines": [(215, 165, 185), (170, 170, 215), (200, 210, 180)],
        "head": ["UNITED KINGDOM OF GREAT BRITAIN", "AND NORTHERN IRELAND"],
        "doc": "PASSPORT / PASSEPORT",
        "labels": {
            "type": "Type/Type",
            "code": "Code/Code",
            "no": "Passport No./Passeport No.",
            "surname": "Surname/Nom (1)",
            "given": "Given names/Prénoms (2)",
            "nat": "Nationality/Nationalité (3)",
            "dob": "Date of birth/Date de naissance (4)",
            "sex": "Sex/Sexe (5)",
            "pob": "Place of birth/Lieu de naissance (6)",
            "issue": "Date of issue/Date de délivrance (7)",
            "auth": "Authority/Autorité (8)",
            "exp": "Date of expiry/Date d'expiration (9)",
            "sig": "Holder's signature/Signature du titulaire (10)",
        },
        "date": "gbr",
        "head_color": (90, 20, 60),
    },
}

MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MON_FR = "JAN FÉV MARS AVR MAI JUIN JUIL AOÛT SEPT OCT NOV DÉC".split()


def fmt_date(iso, style):
    y, m, d = iso.split("-")
    mi = int(m) - 1
    if style == "dots":
        return f"{d}.{m}.{y}"
    if style == "slash":
        return f"{d}/{m}/{y}"
    if style == "mon":
        return f"{d} {MON_EN[mi]} {y}"
    if style == "gbr":
        return f"{d} {MON_EN[mi]} /{MON_FR[mi]} {y[2:]}"
    if style == "spaces":
        return f"{d} {m} {y}"
    if style == "dash":
        return f"{d}-{m}-{y}"
    raise ValueError(style)


def passport_page(p: dict, seed: int) -> Image.Image:
    """Data page (125 x 88 mm) of a TD3 passport. p carries the printed values and MRZ."""
    st = PASSPORT_STYLES[p["country"]]
    sh = Sheet(125, 88, 12, st["bg"])
    guilloche(sh, st["lines"], seed)
    L = st["labels"]
    hc = st["head_color"]
    y = 6.0
    if "arabic" in st:
        sh.text(
            62, 5.5, st["arabic"], font="Amiri-B", size=3.6, fill=hc, anchor="ms", direction="rtl"
        )
        y = 9.5
    for line in st["head"]:
        sh.text(62, y, line, font="Sans-B", size=2.5, fill=hc, anchor="ms")
        y += 3.2
    sh.text(6, 6, st["doc"], font="Sans-B", size=2.3, fill=hc)
    if "doc_ar" in st:
        sh.text(
            118, 6, st["doc_ar"], font="Amiri-B", size=3.2, fill=hc, anchor="rs", direction="rtl"
        )
    por = face(390, 500, seed + 1, **p["face"])
    sh.paste(por, 5, 17)
    sh.paste(ghost(por, (100, 130)), 110, 50.5)
    v = dict(font="Sans-B", size=2.7, fill=(20, 20, 28))
    x0 = 41
    df = st["date"]
    rows = [
        [(x0, L["type"], "P"), (x0 + 14, L["code"], p["country"]), (x0 + 46, L["no"], p["number"])],
        [(x0, L["surname"], p["surname"])],
        [(x0, L["given"], p["given"])],
    ]
    if "middle" in L:
        rows.append([(x0, L["middle"], p.get("middle", ""))])
    rows += [
        [(x0, L["nat"], p["nat_text"])],
        [(x0, L["dob"], fmt_date(p["dob"], df)), (x0 + 52, L["sex"], p["sex"])],
        [(x0, L["pob"], p["pob"])],
        [(x0, L["issue"], fmt_date(p["issue"], df)), (x0 + 36, L["auth"], p["authority"])],
        [(x0, L["exp"], fmt_date(p["expiry"], df))],
    ]
    step = 51.0 / len(rows)
    y = 15.5
    for row in rows:
        for x, lab, val in row:
            sh.label(x, y, lab)
            sh.text(x + 0.6, y + 3.1, val, **v)
        y += step
    if p["country"] == "DZA" and p.get("name_ar"):
        sh.text(
            118,
            22.5,
            p["name_ar"],
            font="Amiri-B",
            size=3.0,
            fill=(20, 20, 28),
            anchor="rs",
            direction="rtl",
        )
    sh.label(84, y - step + 0.2, L["sig"], size=1.3)
    pil_signature(
        sh.d,
        sh.px(86),
        sh.px(y + 1.5),
        sh.px(22),
        p["surname"],
        seed + 7,
        fill=(25, 25, 60),
        width=2,
    )
    sh.mrz(p["mrz"], 5, 75, 115, 7.2)
    return sh.img


def visa_sticker(v: dict, seed: int) -> Image.Image:
    """French long-stay (type D) visa sticker on a passport page (125 x 88 mm, MRV-A)."""
    sh = Sheet(125, 88, 12, (240, 238, 230))
    guilloche(sh, [(200, 205, 215), (215, 200, 190)], seed + 3, density=30)
    st = Sheet(120, 84, 12, (232, 240, 245))
    guilloche(st, [(150, 180, 220), (220, 170, 190), (170, 210, 190)], seed, density=70)
    st.text(4, 7, "VISA", font="Sans-B", size=5, fill=(30, 50, 120))
    st.text(30, 7, "RÉPUBLIQUE FRANÇAISE", font="Sans-B", size=2.4, fill=(30, 50, 120))
    st.text(116, 7, "FRA", font="Mono-B", size=3.2, fill=(190, 30, 40), anchor="rs")
    st.text(116, 11, v["number"], font="Mono-B", size=3.2, fill=(190, 30, 40), anchor="rs")
    por = face(300, 390, seed + 1, **v["face"])
    st.paste(por, 3, 12)
    x = 31
    lab = dict(size=1.4, fill=(60, 70, 110))
    val = dict(font="Sans-B", size=2.4, fill=(20, 20, 30))
    st.label(x, 14, "VALABLE POUR / VALID FOR", **lab)
    st.text(x, 17, "FRANCE", **val)
    st.label(x, 21, "DU / FROM", **lab)
    st.text(x, 24, fmt_date(v["valid_from"], "dash"), **val)
    st.label(x + 30, 21, "AU / UNTIL", **lab)
    st.text(x + 30, 24, fmt_date(v["valid_until"], "dash"), **val)
    st.label(x, 28, "TYPE DE VISA / TYPE OF VISA", **lab)
    st.text(x, 31, "D", **val)
    st.label(x + 30, 28, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", **lab)
    st.text(x + 30, 31, "MULT", **val)
    st.label(x, 35, "DURÉE DE SÉJOUR / DURATION OF STAY", **lab)
    st.text(x, 38, f"{v['days']} JOURS", **val)
    st.label(x + 40, 35, "DÉLIVRÉ À / ISSUED IN", **lab)
    st.text(x + 40, 38, v["issued_in"], **val)
    st.label(x, 42, "LE / ON", **lab)
    st.text(x, 45, fmt_date(v["issued_on"], "dash"), **val)
    st.label(x + 30, 42, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", **lab)
    st.text(x + 30, 45, v["passport_no"], **val)
    st.label(x, 49, "NOM, PRÉNOM / SURNAME, NAME", **lab)
    st.text(x, 52, f"{v['surname']}, {v['given']}", **val)
    st.label(4, 57, "REMARQUES / REMARKS", **lab)
    st.text(4, 60.5, v["remark1"], **val)
    st.text(4, 64, v["remark2"], **val)
    st.mrz(v["mrz"], 3, 73, 114, 7)
    sh.paste(st.img, 2.5, 2)
    return sh.img


# --------------------------------------------------------------------------- ID-1 cards


def _flag_bar(sh, x, y, w=6, h=4):
    sh.rect(x, y, w / 3, h, fill=(0, 35, 149))
    sh.rect(x + w / 3, y, w / 3, h, fill=(250, 250, 250))
    sh.rect(x + 2 * w / 3, y, w / 3, h, fill=(237, 41, 57))


def permit_front(t: dict, seed: int) -> Image.Image:
    sh = Sheet(85.6, 54, 20, (232, 238, 246))
    guilloche(sh, [(160, 190, 225), (225, 185, 200), (190, 220, 200)], seed, density=55, amp=2)
    _flag_bar(sh, 3, 3)
    sh.text(10.5, 5.3, "RÉPUBLIQUE FRANÇAISE", font="Sans-B", size=2.0, fill=(0, 35, 120))
    sh.text(
        10.5, 7.6, "TITRE DE SÉJOUR / RESIDENCE PERMIT", font="Sans-B", size=1.8, fill=(0, 35, 120)
    )
    sh.text(83, 5.3, "N°", font="Sans", size=1.5, fill=(60, 60, 90), anchor="rs")
    sh.text(83, 8, t["number"], font="Mono-B", size=2.3, fill=(150, 20, 40), anchor="rs")
    por = face(440, 560, seed + 1, **t["face"])
    sh.paste(por, 2.5, 11)
    x = 26.5
    lab = dict(size=1.25, fill=(50, 60, 110), font="Sans")
    val = dict(font="Sans-B", size=2.05, fill=(15, 15, 25))
    sh.label(x, 12.5, "NOM / Surname", **lab)
    sh.text(x, 15, t["surname"], **val)
    sh.label(x, 17.8, "Prénoms / Given names", **lab)
    sh.text(x, 20.3, t["given"], **val)
    sh.label(x, 23.1, "SEXE / Sex", **lab)
    sh.text(x, 25.6, t["sex"], **val)
    sh.label(x + 12, 23.1, "NATIONALITÉ / Nationality", **lab)
    sh.text(x + 12, 25.6, t["nationality"], **val)
    sh.label(x + 38, 23.1, "DATE DE NAISS. / Date of birth", **lab)
    sh.text(x + 38, 25.6, fmt_date(t["dob"], "spaces"), **val)
    sh.label(x, 28.4, "TYPE DE TITRE / Type of permit", **lab)
    sh.text(x, 30.9, t["permit_type"], font="Sans-B", size=1.8, fill=(15, 15, 25))
    sh.label(x, 33.7, "VALIDITÉ / Valid until", **lab)
    sh.text(x, 36.2, fmt_date(t["expiry"], "spaces"), **val)
    sh.label(x, 39, "REMARQUES / Remarks", **lab)
    sh.text(x, 41.5, t["remarks"], **val)
    pil_signature(
        sh.d, sh.px(60), sh.px(50), sh.px(18), t["surname"], seed + 9, fill=(30, 30, 60), width=2
    )
    return sh.img


def permit_back(t: dict, seed: int) -> Image.Image:
    sh = Sheet(85.6, 54, 20, (234, 238, 244))
    guilloche(sh, [(170, 195, 225), (220, 190, 205)], seed + 5, density=40, amp=2)
    lab = dict(size=1.25, fill=(50, 60, 110), font="Sans")
    val = dict(font="Sans-B", size=1.9, fill=(15, 15, 25))
    sh.label(3, 4, "ADRESSE / Address", **lab)
    sh.text(3, 6.6, t["address1"], **val)
    sh.text(3, 9.2, t["address2"], **val)
    sh.label(3, 12.5, "LIEU DE NAISSANCE / Place of birth", **lab)
    sh.text(3, 15.1, t["pob"], **val)
    sh.label(3, 18.4, "DATE ET LIEU DE DÉLIVRANCE / Date and place of issue", **lab)
    sh.text(
        3,
        21,
        fmt_date(t["issued_on"], "spaces") + "  " + t["authority"],
        font="Sans-B",
        size=1.7,
        fill=(15, 15, 25),
    )
    sh.rect(66, 3, 16, 12, fill=(205, 180, 110), outline=(150, 120, 60), width=2, radius=1.5)
    sh.rect(0, 31, 85.6, 23, fill=(245, 246, 248))
    sh.mrz(t["mrz"], 3.5, 38, 78.5, 5.6)
    return sh.img


def cni_front(c: dict, seed: int) -> Image.Image:
    """French identity card, 2021 model (ID-1)."""
    sh = Sheet(85.6, 54, 20, (238, 232, 240))
    guilloche(sh, [(150, 170, 220), (230, 170, 190), (180, 200, 225)], seed, density=60, amp=2)
    sh.d.ellipse((sh.px(2.5), sh.px(2), sh.px(9.5), sh.px(9)), fill=(0, 51, 153))
    sh.text(6, 6.9, "FR", font="Sans-B", size=2.6, fill=(255, 255, 255), anchor="ms")
    sh.text(12, 5, "RÉPUBLIQUE FRANÇAISE", font="Sans-B", size=2.1, fill=(0, 35, 120))
    sh.text(
        12,
        8.3,
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        font="Sans-B",
        size=1.75,
        fill=(0, 35, 120),
    )
    por = face(440, 560, seed + 1, **c["face"])
    sh.paste(por, 2.5, 12)
    x = 27
    lab = dict(size=1.2, fill=(60, 60, 110), font="Sans")
    val = dict(font="Sans-B", size=2.1, fill=(15, 15, 25))
    sh.label(x, 12.5, "NOM / Surname", **lab)
    sh.text(x, 15.2, c["surname"], **val)
    sh.label(x, 18, "Prénoms / Given names", **lab)
    sh.text(x, 20.7, c["given_printed"], **val)
    sh.label(x, 23.5, "SEXE / Sex", **lab)
    sh.text(x, 26.2, c["sex"], **val)
    sh.label(x + 12, 23.5, "NATIONALITÉ / Nationality", **lab)
    sh.text(x + 12, 26.2, "FRA", **val)
    sh.label(x + 36, 23.5, "DATE DE NAISS. / Date of birth", **lab)
    sh.text(x + 36, 26.2, fmt_date(c["dob"], "spaces"), **val)
    sh.label(x, 29, "LIEU DE NAISSANCE / Place of birth", **lab)
    sh.text(x, 31.7, c["pob"], **val)
    sh.label(x, 34.5, "N° DU DOCUMENT / Document No", **lab)
    sh.text(x, 37.2, c["number"], **val)
    sh.label(x + 30, 34.5, "DATE D'EXPIR. / Expiry date", **lab)
    sh.text(x + 30, 37.2, fmt_date(c["expiry"], "spaces"), **val)
    pil_signature(
        sh.d, sh.px(30), sh.px(49), sh.px(20), c["surname"], seed + 4, fill=(30, 30, 60), width=2
    )
    sh.text(83, 51.5, c["can"], font="Mono", size=1.8, fill=(40, 40, 40), anchor="rs")
    return sh.img


def cni_back(c: dict, seed: int) -> Image.Image:
    sh = Sheet(85.6, 54, 20, (238, 234, 242))
    guilloche(sh, [(170, 180, 225), (230, 190, 200)], seed + 2, density=40, amp=2)
    lab = dict(size=1.2, fill=(60, 60, 110), font="Sans")
    val = dict(font="Sans-B", size=1.9, fill=(15, 15, 25))
    sh.label(3, 4, "ADRESSE / Address", **lab)
    sh.text(3, 6.6, c["address1"], **val)
    sh.text(3, 9.2, c["address2"], **val)
    sh.label(3, 12.6, "DATE DE DÉLIVRANCE / Date of issue", **lab)
    sh.text(3, 15.2, fmt_date(c["issued_on"], "spaces"), **val)
    sh.label(40, 12.6, "AUTORITÉ / Authority", **lab)
    sh.text(40, 15.2, c["authority"], font="Sans-B", size=1.7, fill=(15, 15, 25))
    sh.rect(66, 18, 16, 11, fill=(210, 185, 115), outline=(150, 120, 60), width=2, radius=1.5)
    sh.rect(0, 31, 85.6, 23, fill=(246, 246, 248))
    sh.mrz(c["mrz"], 3.5, 38, 78.5, 5.6)
    return sh.img


def page_pattern(seed, tint=(238, 236, 226), lines=((205, 200, 215), (215, 205, 190))):
    sh = Sheet(125, 88, 12, tint)
    guilloche(sh, list(lines), seed, density=35)
    return sh


def entry_stamp(sheet: Sheet, x, y, date_text, place, seed, color=(40, 60, 150)):
    """Rectangular border-control stamp (PIL) at (x, y) mm."""
    rng = random.Random(seed)
    layer = Image.new("RGBA", (sheet.px(36), sheet.px(24)), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = color + (200,)
    s = sheet.s
    d.rounded_rectangle(
        (2, 2, layer.width - 3, layer.height - 3), int(2 * s), outline=col, width=max(2, s // 5)
    )
    f1 = pil_font("Sans-B", int(2.6 * s))
    f2 = pil_font("Mono-B", int(3.2 * s))
    d.text(
        (layer.width // 2, int(6 * s)),
        "POLICE AUX FRONTIÈRES",
        font=pil_font("Sans-B", int(1.9 * s)),
        fill=col,
        anchor="ms",
    )
    d.text((layer.width // 2, int(12.5 * s)), date_text, font=f2, fill=col, anchor="ms")
    d.text((layer.width // 2, int(18 * s)), place, font=f1, fill=col, anchor="ms")
    d.polygon(
        [(int(3 * s), int(20 * s)), (int(6 * s), int(17 * s)), (int(6 * s), int(20 * s))], fill=col
    )
    layer = layer.rotate(rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
    sheet.img.paste(layer, (sheet.px(x), sheet.px(y)), layer)


def booklet(lower: Image.Image, upper: Image.Image, cover=(25, 45, 35)) -> Image.Image:
    """An open passport: upper page, fold, lower page, cover edges. Size 131 x 182 mm."""
    s = lower.width / 125.0
    w, h = int(131 * s), int(182 * s)
    im = Image.new("RGB", (w, h), cover)
    im.paste(upper.resize((int(125 * s), int(88 * s))), (int(3 * s), int(2.5 * s)))
    im.paste(lower.resize((int(125 * s), int(88 * s))), (int(3 * s), int(91.5 * s)))
    arr = np.asarray(im, dtype=np.float32)
    fold = int(91 * s)
    ys = np.arange(h, dtype=np.float32)[:, None]
    shade = 1 - 0.25 * np.exp(-(((ys - fold) / (2.2 * s)) ** 2))
    arr = arr * shade[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
