"""Identity documents drawn with Pillow: passport data pages, visa stickers, ID-1 cards."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter

from common import mrvb, pil_font, pil_signature, td1, td3, yymmdd

MOIS_UP = ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MES_PT = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]


def fmt_date(iso: str, style: str) -> str:
    y, m, d = iso.split("-")
    mi = int(m) - 1
    if style == "dots":
        return f"{d}.{m}.{y}"
    if style == "slash":
        return f"{d}/{m}/{y}"
    if style == "spaces":
        return f"{d} {m} {y}"
    if style == "uk":
        return f"{d} {MON_EN[mi]} /{MOIS_UP[mi]} {y[2:]}"
    if style == "br":
        return f"{d} {MES_PT[mi]}/{MON_EN[mi]} {y}"
    if style == "dash2":
        return f"{d}-{m}-{y[2:]}"
    return f"{d} {MOIS_UP[mi]}/{MON_EN[mi]} {y}"


def guilloche(draw, box, color, rng, n=26, amp=None):
    x0, y0, x1, y1 = box
    amp = amp or (y1 - y0) / 14
    for k in range(n):
        base = y0 + (y1 - y0) * k / n
        f1, f2, ph = rng.uniform(0.004, 0.012), rng.uniform(0.02, 0.04), rng.uniform(0, 6.3)
        pts = [
            (x, base + amp * math.sin(x * f1 + ph) + amp * 0.3 * math.sin(x * f2 + k))
            for x in range(int(x0), int(x1), 6)
        ]
        draw.line(pts, fill=color, width=1)


def rosette(draw, cx, cy, r, color, petals=14):
    for k in range(petals * 6):
        a = k / (petals * 6) * math.tau
        rr = r * (0.6 + 0.4 * math.sin(petals * a))
        draw.ellipse([cx - rr * 0.3, cy - rr * 0.3, cx + rr * 0.3, cy + rr * 0.3], outline=color)
        draw.point((cx + rr * math.cos(a), cy + rr * math.sin(a)), fill=color)


def face(rng: random.Random, w: int, h: int, sex: str, skin, hair, bg=(222, 226, 232), gray=False):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cx = w / 2 + rng.uniform(-0.03, 0.03) * w
    shirt = rng.choice([(40, 44, 60), (90, 30, 40), (30, 70, 90), (220, 220, 215), (60, 60, 60)])
    d.ellipse([cx - w * 0.55, h * 0.78, cx + w * 0.55, h * 1.35], fill=shirt)
    d.rectangle([cx - w * 0.09, h * 0.6, cx + w * 0.09, h * 0.82], fill=skin)
    hw, hh = w * 0.24, h * 0.24
    top = h * 0.2
    if sex == "F":
        d.ellipse([cx - hw * 1.25, top - hh * 0.15, cx + hw * 1.25, top + hh * 2.3], fill=hair)
    d.ellipse([cx - hw, top, cx + hw, top + 2 * hh], fill=skin)
    if sex == "M":
        d.chord(
            [cx - hw * 1.02, top - hh * 0.12, cx + hw * 1.02, top + hh * 0.9], 180, 360, fill=hair
        )
    else:
        d.chord(
            [cx - hw * 1.05, top - hh * 0.2, cx + hw * 1.05, top + hh * 0.8], 180, 360, fill=hair
        )
    ey = top + hh * 0.9
    dark = tuple(max(0, c - 90) for c in skin)
    for s in (-1, 1):
        d.ellipse([cx + s * hw * 0.4 - 6, ey - 4, cx + s * hw * 0.4 + 6, ey + 4], fill=(30, 25, 25))
        d.line([cx + s * hw * 0.55, ey - 14, cx + s * hw * 0.2, ey - 16], fill=dark, width=3)
    d.line([cx, ey + 8, cx - 5, ey + hh * 0.45], fill=dark, width=2)
    d.line([cx - hw * 0.3, top + hh * 1.5, cx + hw * 0.3, top + hh * 1.5], fill=dark, width=3)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    return im.convert("L").convert("RGB") if gray else im


def _t(d, xy, s, font, px, fill=(20, 20, 30), anchor="la"):
    d.text(xy, s, font=pil_font(font, px), fill=fill, anchor=anchor)


def _mrz(d, x, y, lines, px, pitch, fill=(15, 15, 20)):
    f = pil_font("OCRB", px)
    for i, ln in enumerate(lines):
        for j, ch in enumerate(ln):
            d.text((x + j * pitch, y + i * pitch * 1.75), ch, font=f, fill=fill)


# ------------------------------------------------------------------ passports
PASSPORTS = {
    "DZA": dict(
        bg=(226, 238, 226),
        ink=(150, 190, 150),
        dates="dots",
        head=["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"],
        head_ar="الجمهورية الجزائرية الديمقراطية الشعبية",
        title="جواز سفر  PASSEPORT  PASSPORT",
        labels=dict(
            type="Type",
            code="Code du pays/Country code",
            no="N° Passeport/Passport No",
            sur="Nom/Surname  اللقب",
            giv="Prénoms/Given names  الاسم",
            nat="Nationalité/Nationality",
            dob="Date de naissance/Date of birth",
            sex="Sexe/Sex",
            pob="Lieu de naissance/Place of birth",
            iss="Date de délivrance/Date of issue",
            exp="Date d'expiration/Date of expiry",
            auth="Autorité/Authority",
            sig="Signature du titulaire/Holder's signature",
        ),
        nat_word="ALGERIENNE",
    ),
    "MLI": dict(
        bg=(238, 228, 212),
        ink=(200, 170, 130),
        dates="slash",
        head=["CEDEAO  ECOWAS", "RÉPUBLIQUE DU MALI / REPUBLIC OF MALI"],
        title="PASSEPORT / PASSPORT",
        labels=dict(
            type="Type",
            code="Code/Code",
            no="N° de passeport/Passport No.",
            sur="Nom/Surname",
            giv="Prénoms/Given names",
            nat="Nationalité/Nationality",
            dob="Date de naissance/Date of birth",
            sex="Sexe/Sex",
            pob="Lieu de naissance/Place of birth",
            iss="Date de délivrance/Date of issue",
            exp="Date d'expiration/Date of expiry",
            auth="Autorité/Authority",
            sig="Signature du titulaire/Holder's signature",
        ),
        nat_word="MALIENNE",
    ),
    "BRA": dict(
        bg=(224, 234, 240),
        ink=(150, 185, 200),
        dates="br",
        head=["REPÚBLICA FEDERATIVA DO BRASIL"],
        title="PASSAPORTE  PASSPORT  PASSEPORT",
        labels=dict(
            type="TIPO/TYPE/TYPE",
            code="PAÍS EMISSOR/ISSUING COUNTRY/PAYS ÉMETTEUR",
            no="PASSAPORTE Nº/PASSPORT No./PASSEPORT Nº",
            sur="SOBRENOME/SURNAME/NOM",
            giv="NOME/GIVEN NAMES/PRÉNOMS",
            nat="NACIONALIDADE/NATIONALITY/NATIONALITÉ",
            dob="DATA DE NASCIMENTO/DATE OF BIRTH/DATE DE NAISSANCE",
            sex="SEXO/SEX/SEXE",
            pob="NATURALIDADE/PLACE OF BIRTH/LIEU DE NAISSANCE",
            iss="DATA DE EXPEDIÇÃO/DATE OF ISSUE/DATE DE DÉLIVRANCE",
            exp="VÁLIDO ATÉ/DATE OF EXPIRY/DATE D'EXPIRATION",
            auth="AUTORIDADE/AUTHORITY/AUTORITÉ",
            sig="ASSINATURA DO TITULAR/HOLDER'S SIGNATURE",
        ),
        nat_word="BRASILEIRO(A)",
        lpx=15,
        col_no=610,
        col_auth=540,
    ),
    "GBR": dict(
        bg=(240, 228, 232),
        ink=(205, 175, 190),
        dates="uk",
        head=["UNITED KINGDOM OF GREAT BRITAIN", "AND NORTHERN IRELAND"],
        title="PASSPORT  PASSEPORT",
        labels=dict(
            type="Type/Type",
            code="Code/Code",
            no="Passport No./Passeport No.",
            sur="Surname/Nom (1)",
            giv="Given names/Prénoms (2)",
            nat="Nationality/Nationalité (3)",
            dob="Date of birth/Date de naissance (4)",
            sex="Sex/Sexe (5)",
            pob="Place of birth/Lieu de naissance (6)",
            iss="Date of issue/Date de délivrance (7)",
            auth="Authority/Autorité (8)",
            exp="Date of expiry/Date d'expiration (9)",
            sig="Holder's signature/Signature du titulaire (10)",
        ),
        nat_word="BRITISH CITIZEN",
    ),
}


def passport_page(rng: random.Random, p: dict, doc: dict) -> tuple[Image.Image, list[str]]:
    """p: person (surname, given, dob, sex, pob, skin, hair, names_ar); doc: number, issue,
    expiry, authority. Returns the data page image (125x88 mm, 300 dpi) and the MRZ."""
    spec = PASSPORTS[doc["country"]]
    W, H = 1476, 1039
    im = Image.new("RGB", (W, H), spec["bg"])
    d = ImageDraw.Draw(im)
    guilloche(d, (0, 0, W, H), spec["ink"], rng, n=40)
    rosette(d, W * 0.72, H * 0.42, 190, spec["ink"])
    lab = spec["labels"]
    y = 26
    if "head_ar" in spec:
        _t(d, (W / 2, y), spec["head_ar"], "Amiri-B", 36, anchor="ma")
        y += 52
    for hl in spec["head"]:
        _t(d, (W / 2 + 120, y), hl, "DejaVu-B", 30, anchor="ma")
        y += 38
    _t(d, (60, y + 4), spec["title"], "DejaVu-B", 30 if "ar" not in spec else 28)
    px, py, pw, ph = 60, y + 60, 330, 420
    im.paste(face(rng, pw, ph, p["sex"], p["skin"], p["hair"]), (px, py))
    lines = td3(
        "P",
        doc["country"],
        p["surname"],
        p["given"],
        doc["number"],
        doc["country"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(doc["expiry"]),
    )
    fx = 440
    fy = py - 8
    lf, vf, lpx, vpx = "DejaVuC", "DejaVu", spec.get("lpx", 19), 32
    cno, cau = spec.get("col_no", 560), spec.get("col_auth", 470)
    ds = spec["dates"]

    def fld(label, value, x, yy):
        _t(d, (x, yy), label, lf, lpx, fill=(60, 60, 80))
        _t(d, (x + 8, yy + 22), value, vf, vpx)

    fld(lab["type"], "P", fx, fy)
    fld(lab["code"], doc["country"], fx + 170, fy)
    fld(lab["no"], doc["number"], fx + cno, fy)
    fld(lab["sur"], p["surname"].upper(), fx, fy + 68)
    yy = fy + 136
    if p.get("surname_ar") and doc["country"] == "DZA":
        _t(d, (fx + 700, fy + 88), p["surname_ar"], "Amiri-B", 34, anchor="ra")
    fld(lab["giv"], p["given"].upper(), fx, yy)
    if p.get("given_ar") and doc["country"] == "DZA":
        _t(d, (fx + 700, yy + 20), p["given_ar"], "Amiri-B", 34, anchor="ra")
    fld(lab["nat"], spec["nat_word"], fx, yy + 68)
    fld(lab["dob"], fmt_date(p["dob"], ds), fx, yy + 136)
    fld(lab["sex"], p["sex"], fx + cno, yy + 136)
    fld(lab["pob"], p["pob"].upper(), fx, yy + 204)
    fld(lab["iss"], fmt_date(doc["issue"], ds), fx, yy + 272)
    fld(lab["auth"], doc["authority"], fx + cau, yy + 272)
    fld(lab["exp"], fmt_date(doc["expiry"], ds), fx, yy + 340)
    _t(d, (fx + cau, yy + 340), lab["sig"], lf, min(lpx, 17), fill=(60, 60, 80))
    pil_signature(d, rng, fx + cau + 30, yy + 362, 300, 70, color=(20, 20, 40), scale=2.2)
    # ghost image
    gh = face(rng, 120, 150, p["sex"], p["skin"], p["hair"], bg=spec["bg"], gray=True)
    im.paste(Image.blend(gh, Image.new("RGB", gh.size, spec["bg"]), 0.55), (px + 20, py + ph + 20))
    _mrz(d, 48, H - 150, lines, 42, 31)
    return im, lines


def booklet(rng, page: Image.Image, cover=(120, 30, 40), upper=True) -> Image.Image:
    """The open passport: the data page with the facing page above and the cover edge."""
    W, H = page.size
    hh = H * 2 + 30 if upper else H + 30
    im = Image.new("RGB", (W + 30, hh), cover)
    if upper:
        fp = Image.new("RGB", (W, H), tuple(min(255, c + 8) for c in page.getpixel((5, 5))))
        guilloche(ImageDraw.Draw(fp), (0, 0, W, H), page.getpixel((W // 3, 8)), rng, n=22)
        im.paste(fp, (15, 15))
        im.paste(page, (15, H + 15))
        ImageDraw.Draw(im).line([(15, H + 15), (W + 15, H + 15)], fill=(150, 150, 150), width=3)
    else:
        im.paste(page, (15, 15))
    return im


# ---------------------------------------------------------------------- visa
def visa_page(rng, p: dict, v: dict, page_bg=(236, 232, 220)) -> tuple[Image.Image, list[str]]:
    """A French type D visa sticker (Schengen uniform format, MRV-B) on a passport page."""
    W, H = 1476, 1039
    im = Image.new("RGB", (W, H), page_bg)
    d = ImageDraw.Draw(im)
    guilloche(d, (0, 0, W, H), (210, 200, 185), rng, n=30)
    _t(d, (W - 60, 30), str(v.get("page_no", 7)), "DejaVu", 26, anchor="ra")
    sx, sy, sw, sh = 90, 70, 1240, 874
    st = Image.new("RGB", (sw, sh), (236, 240, 247))
    sd = ImageDraw.Draw(st)
    guilloche(sd, (0, 0, sw, sh), (200, 210, 232), rng, n=46, amp=18)
    rosette(sd, sw * 0.6, sh * 0.35, 170, (205, 200, 230))
    sd.rectangle([0, 0, sw - 1, sh - 1], outline=(180, 190, 210), width=2)
    lines = mrvb(
        "D",
        "FRA",
        p["surname"],
        p["given"],
        v["number"],
        p["nat"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(v["until"]),
    )
    _t(sd, (sw - 40, 24), "FRA" + v["number"], "DejaVu-B", 34, fill=(190, 30, 40), anchor="ra")
    st.paste(face(rng, 250, 320, p["sex"], p["skin"], p["hair"]), (36, 150))
    lf, vf = "DejaVuC", "DejaVuC-B"
    x0 = 320

    def f(lbl, val, x, y, px=30):
        _t(sd, (x, y), lbl, lf, 17, fill=(70, 70, 110))
        _t(sd, (x + 6, y + 20), val, vf, px)

    f("VALABLE POUR / VALID FOR", "FRANCE", x0, 70)
    f("DU / FROM", fmt_date(v["from"], "dash2"), x0, 135)
    f("AU / UNTIL", fmt_date(v["until"], "dash2"), x0 + 240, 135)
    f("TYPE DE VISA / TYPE OF VISA", "D", x0 + 520, 135)
    f("DURÉE DE SÉJOUR / DURATION OF STAY", f"{v['days']} JOURS", x0, 200)
    f("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", x0 + 520, 200)
    f("DÉLIVRÉ À / ISSUED IN", v["post"], x0, 265)
    f("LE / ON", fmt_date(v["issued"], "dash2"), x0 + 520, 265)
    f("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"], x0, 330)
    f(
        "NOM, PRÉNOM / SURNAME, NAME",
        f"{p['surname'].upper()}, {p['given'].upper()}",
        x0,
        395,
        px=28,
    )
    _t(sd, (x0, 460), "REMARQUES / REMARKS", lf, 17, fill=(70, 70, 110))
    for i, rl in enumerate(v["remarks"]):
        _t(sd, (x0 + 6, 482 + i * 32), rl, vf, 26)
    _mrz(sd, 40, sh - 150, lines, 40, 32)
    st = st.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=page_bg)
    im.paste(st, (sx, sy))
    # a wet stamp partly over the sticker
    cx, cy = sx + sw - 160, sy + sh - 300
    for r in (110, 96):
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(70, 80, 150), width=4)
    _t(d, (cx, cy - 20), "CONSULAT GÉNÉRAL", "DejaVuC-B", 20, fill=(70, 80, 150), anchor="mm")
    _t(d, (cx, cy + 12), "DE FRANCE", "DejaVuC-B", 20, fill=(70, 80, 150), anchor="mm")
    _t(d, (cx, cy + 42), v["post"], "DejaVuC-B", 18, fill=(70, 80, 150), anchor="mm")
    return im, lines


# --------------------------------------------------------------------- cards
def _card_base(rng, W, H, c1, c2):
    im = Image.new("RGB", (W, H), c1)
    d = ImageDraw.Draw(im)
    for y in range(H):
        t = y / H
        col = tuple(int(c1[i] * (1 - t) + c2[i] * t) for i in range(3))
        d.line([(0, y), (W, y)], fill=col)
    guilloche(d, (0, 0, W, H), tuple(max(0, c - 25) for c in c2), rng, n=34, amp=14)
    return im, d


def _round(im: Image.Image, r=48) -> Image.Image:
    mask = Image.new("L", im.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, im.size[0] - 1, im.size[1] - 1], r, fill=255)
    out = Image.new("RGB", im.size, (255, 255, 255))
    out.paste(im, (0, 0), mask)
    return out


def _tricolour(d, x, y, h=44):
    for i, col in enumerate([(0, 35, 149), (255, 255, 255), (237, 41, 57)]):
        d.rectangle([x + i * 22, y, x + i * 22 + 21, y + h], fill=col)


def residence_card(rng, p: dict, c: dict):
    """French titre de séjour (ID-1, TD1 MRZ, document code IR). Returns (front, back, mrz)."""
    W, H = 1350, 850
    fr, d = _card_base(rng, W, H, (226, 236, 242), (238, 226, 230))
    _tricolour(d, 40, 34)
    _t(d, (120, 30), "RÉPUBLIQUE FRANÇAISE", "DejaVu-B", 32)
    _t(d, (120, 70), "TITRE DE SÉJOUR  /  RESIDENCE PERMIT", "DejaVuC-B", 26, fill=(30, 50, 110))
    _t(d, (W - 40, 34), c["number"], "DejaVuC-B", 30, fill=(160, 30, 40), anchor="ra")
    fr.paste(face(rng, 330, 420, p["sex"], p["skin"], p["hair"]), (40, 170))
    x = 410

    def f(lbl, val, xx, yy, px=34):
        _t(d, (xx, yy), lbl, "DejaVuC", 19, fill=(70, 80, 110))
        _t(d, (xx + 4, yy + 22), val, "DejaVuC-B", px)

    f("NOM / Surname", p["surname"].upper(), x, 130)
    f("Prénoms / Given names", p["given"].upper().replace(" ", ", "), x, 200)
    f("Sexe / Sex", p["sex"], x, 270)
    f("Nationalité / Nationality", p["nat"], x + 170, 270)
    f("Date de naissance / Date of birth", fmt_date(p["dob"], "spaces"), x + 470, 270)
    f("Type de titre / Permit type", c["type_line"], x, 340, px=28)
    f("Valable jusqu'au / Valid until", fmt_date(c["expiry"], "spaces"), x, 410)
    _t(d, (x, 480), "Remarques / Remarks", "DejaVuC", 19, fill=(70, 80, 110))
    for i, rl in enumerate(c["remarks"]):
        _t(d, (x + 4, 502 + i * 34), rl, "DejaVuC-B", 28)
    pil_signature(d, rng, 60, 620, 300, 110, color=(25, 25, 45), scale=2.0)
    _t(d, (60, 750), "Signature du titulaire", "DejaVuC", 16, fill=(70, 80, 110))
    back, db = _card_base(rng, W, H, (238, 230, 236), (226, 236, 242))
    lines = td1(
        "IR",
        "FRA",
        c["number"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(c["expiry"]),
        p["nat"],
        p["surname"],
        p["given"],
    )

    def fb(lbl, val, xx, yy, px=28):
        _t(db, (xx, yy), lbl, "DejaVuC", 19, fill=(70, 80, 110))
        _t(db, (xx + 4, yy + 22), val, "DejaVuC-B", px)

    fb("Lieu de naissance / Place of birth", c["pob_line"], 40, 30)
    fb("Adresse / Address", c["address1"], 40, 100)
    _t(db, (44, 160), c["address2"], "DejaVuC-B", 28)
    fb("Date de délivrance / Date of issue", fmt_date(c["issue"], "spaces"), 40, 210)
    fb("Autorité / Authority", c["authority"], 540, 210)
    _mrz(db, 60, H - 290, lines, 46, 41)
    return _round(fr), _round(back), lines


def cni_card(rng, p: dict, c: dict):
    """French national identity card (2021 model, TD1 MRZ 'IDFRA'). Returns (front, back, mrz)."""
    W, H = 1350, 850
    fr, d = _card_base(rng, W, H, (232, 226, 240), (214, 232, 240))
    _tricolour(d, 40, 30, 40)
    _t(d, (120, 26), "RÉPUBLIQUE FRANÇAISE", "DejaVu-B", 30)
    _t(
        d,
        (120, 64),
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "DejaVuC-B",
        25,
        fill=(40, 40, 110),
    )
    fr.paste(face(rng, 320, 410, p["sex"], p["skin"], p["hair"]), (40, 150))
    x = 400

    def f(lbl, val, xx, yy, px=34):
        _t(d, (xx, yy), lbl, "DejaVuC", 18, fill=(80, 70, 110))
        _t(d, (xx + 4, yy + 21), val, "DejaVuC-B", px)

    f("NOM / Surname", p["surname"].upper(), x, 120)
    f("Prénoms / Given names", p["given"].upper().replace(" ", ", "), x, 190)
    f("SEXE / Sex", p["sex"], x, 260)
    f("NATIONALITÉ / Nationality", "FRA", x + 150, 260)
    f("DATE DE NAISS. / Date of birth", fmt_date(p["dob"], "spaces"), x + 480, 260)
    f("LIEU DE NAISSANCE / Place of birth", p["pob"].upper(), x, 330)
    f("N° DU DOCUMENT / Document No", c["number"], x, 400)
    f("DATE D'EXPIR. / Expiry date", fmt_date(c["expiry"], "spaces"), x + 480, 400)
    _t(d, (x, 480), "SIGNATURE", "DejaVuC", 18, fill=(80, 70, 110))
    pil_signature(d, rng, x + 20, 500, 320, 90, color=(25, 25, 45), scale=2.0)
    _t(d, (W - 40, H - 60), c["can"], "DejaVuC-B", 30, anchor="ra")
    back, db = _card_base(rng, W, H, (214, 232, 240), (232, 226, 240))
    lines = td1(
        "ID",
        "FRA",
        c["number"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(c["expiry"]),
        "FRA",
        p["surname"],
        p["given"],
    )
    _t(db, (40, 30), "ADRESSE / Address", "DejaVuC", 18, fill=(80, 70, 110))
    _t(db, (44, 52), c["address1"], "DejaVuC-B", 28)
    _t(db, (44, 88), c["address2"], "DejaVuC-B", 28)
    _t(db, (40, 140), "DATE DE DÉLIVRANCE / Date of issue", "DejaVuC", 18, fill=(80, 70, 110))
    _t(db, (44, 162), fmt_date(c["issue"], "spaces"), "DejaVuC-B", 28)
    _t(db, (560, 140), "AUTORITÉ / Authority", "DejaVuC", 18, fill=(80, 70, 110))
    _t(db, (564, 162), c["authority"], "DejaVuC-B", 28)
    _mrz(db, 60, H - 290, lines, 46, 41)
    return _round(fr), _round(back), lines
