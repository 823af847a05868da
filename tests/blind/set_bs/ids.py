"""ICAO 9303 machine readable zones and raster renderings of passports, visas and cards."""

from __future__ import annotations

import random
import unicodedata

from PIL import Image, ImageDraw, ImageFilter

from canvas import pil_font

W7 = (7, 3, 1)


def _val(ch: str) -> int:
    if ch == "<":
        return 0
    if ch.isdigit():
        return int(ch)
    return ord(ch) - 55


def check(s: str) -> str:
    return str(sum(_val(c) * W7[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = s.replace("'", "").replace("-", "<").replace(" ", "<")
    return s


def _pad(s: str, n: int) -> str:
    assert len(s) <= n, (s, n)
    return s + "<" * (n - len(s))


def ymd(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


def name_field(surname, given, n):
    return _pad((mrz_name(surname) + "<<" + mrz_name(given))[:n], n)


def td3(issuing, surname, given, number, nat, dob, sex, expiry, personal="", kind="P<"):
    l1 = kind + issuing + name_field(surname, given, 39)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    l2 = num + check(num) + nat + ymd(dob) + check(ymd(dob)) + sex + ymd(expiry)
    l2 += check(ymd(expiry)) + pers + check(pers)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += check(comp)
    assert len(l1) == 44 and len(l2) == 44
    _verify_td3(l2)
    return [l1, l2]


def _verify_td3(l2):
    assert check(l2[0:9]) == l2[9]
    assert check(l2[13:19]) == l2[19]
    assert check(l2[21:27]) == l2[27]
    assert check(l2[28:42]) == l2[42]
    assert check(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def mrva(issuing, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = "VC" + issuing + name_field(surname, given, 39)
    num = _pad(number, 9)
    l2 = num + check(num) + nat + ymd(dob) + check(ymd(dob)) + sex + ymd(expiry)
    l2 += check(ymd(expiry)) + _pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert check(l2[0:9]) == l2[9] and check(l2[13:19]) == l2[19]
    assert check(l2[21:27]) == l2[27]
    return [l1, l2]


def td1(issuing, surname, given, number, nat, dob, sex, expiry, opt1="", opt2="", kind="IR"):
    num = _pad(number, 9)
    l1 = kind + issuing + num + check(num) + _pad(opt1, 15)
    l2 = ymd(dob) + check(ymd(dob)) + sex + ymd(expiry) + check(ymd(expiry)) + nat
    l2 += _pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check(comp)
    l3 = name_field(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert check(l1[5:14]) == l1[14] and check(l2[0:6]) == l2[6] and check(l2[8:14]) == l2[14]
    assert check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return [l1, l2, l3]


# ---------------------------------------------------------------------------
# portraits and security backgrounds
# ---------------------------------------------------------------------------
def portrait(rng: random.Random, skin, hair, w=350, h=450, grey=False, bg=(222, 226, 230)):
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    cx = w / 2 + rng.uniform(-10, 10)
    d.ellipse(
        [cx - w * 0.55, h * 0.72, cx + w * 0.55, h * 1.35],
        fill=rng.choice([(40, 45, 60), (90, 90, 95), (150, 40, 50), (230, 230, 225)]),
    )
    d.rectangle([cx - w * 0.1, h * 0.55, cx + w * 0.1, h * 0.78], fill=skin)
    d.ellipse([cx - w * 0.3, h * 0.12, cx + w * 0.3, h * 0.7], fill=skin)
    long_hair = rng.random() < 0.5
    if long_hair:
        d.ellipse([cx - w * 0.36, h * 0.06, cx + w * 0.36, h * 0.45], fill=hair)
        d.rectangle([cx - w * 0.36, h * 0.25, cx - w * 0.26, h * 0.78], fill=hair)
        d.rectangle([cx + w * 0.26, h * 0.25, cx + w * 0.36, h * 0.78], fill=hair)
    else:
        d.chord([cx - w * 0.32, h * 0.07, cx + w * 0.32, h * 0.5], 180, 360, fill=hair)
    d.ellipse([cx - w * 0.28, h * 0.22, cx + w * 0.28, h * 0.7], fill=skin)
    for sx in (-1, 1):
        ex = cx + sx * w * 0.11
        d.ellipse([ex - 14, h * 0.39 - 7, ex + 14, h * 0.39 + 7], fill=(250, 250, 250))
        d.ellipse([ex - 6, h * 0.39 - 6, ex + 6, h * 0.39 + 6], fill=(40, 30, 25))
        d.line([ex - 18, h * 0.35, ex + 18, h * 0.345], fill=hair, width=5)
    d.line(
        [cx, h * 0.42, cx - 6, h * 0.51, cx + 4, h * 0.52],
        fill=tuple(int(v * 0.8) for v in skin),
        width=3,
    )
    d.arc([cx - 30, h * 0.52, cx + 30, h * 0.6], 20, 160, fill=(150, 70, 70), width=4)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    if grey:
        img = img.convert("L").convert("RGB")
    return img


def guilloche(w, h, rng: random.Random, base, line):
    import math

    img = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(img)
    a1, a2 = rng.uniform(3, 6), rng.uniform(7, 11)
    for k in range(0, 60):
        pts = []
        for i in range(0, w + 20, 20):
            y = (
                h / 60 * k
                + 18 * math.sin(i / w * a1 * math.pi + k * 0.3)
                + 9 * math.sin(i / w * a2 * math.pi)
            )
            pts.append((i, y))
        d.line(pts, fill=line, width=1)
    return img


def _t(d, xy, s, font, px, fill=(20, 20, 30), anchor="ls"):
    d.text(xy, s, font=pil_font(font, px), fill=fill, anchor=anchor)


# ---------------------------------------------------------------------------
# passport data page (TD3) -- 125 x 88 mm at 12 px/mm
# ---------------------------------------------------------------------------
def passport_page(p: dict, rng: random.Random) -> Image.Image:
    """p: country_title, labels (dict), surname, given_names, number, nat_text, dob_text, sex,
    pob, issue_text, expiry_text, authority, mrz, colors, skin, hair."""
    W, H = 1500, 1056
    img = guilloche(W, H, rng, p.get("base", (236, 232, 240)), p.get("line", (215, 205, 228)))
    d = ImageDraw.Draw(img)
    L = p["labels"]
    hdr = p.get("hdr", (40, 40, 90))
    _t(d, (40, 62), p["country_title"], "nimbus-b", 34, hdr)
    _t(d, (W - 40, 62), p.get("doc_title", "PASSPORT"), "nimbus-b", 30, hdr, "rs")
    ph = portrait(rng, p["skin"], p["hair"], 330, 430)
    img.paste(ph, (50, 140))
    ghost = portrait(rng, p["skin"], p["hair"], 130, 170, grey=True).point(lambda v: 150 + v // 3)
    img.paste(ghost, (W - 190, 560))
    col1 = 430
    rows = [
        [(L["type"], "P"), (L["code"], p["issuing"]), (L["number"], p["number"])],
        [(L["surname"], p["surname"])],
        [(L["given"], p["given_names"])],
        [(L["nat"], p["nat_text"])],
        [(L["dob"], p["dob_text"]), (L["sex"], p["sex"])],
        [(L["pob"], p["pob"])],
        [(L["issue"], p["issue_text"]), (L["auth"], p["authority"])],
        [(L["expiry"], p["expiry_text"])],
    ]
    y = 140
    for row in rows:
        x = col1
        for lab, val in row:
            _t(d, (x, y), lab, "nimbus", 19, (70, 60, 90))
            _t(d, (x, y + 34), val, p.get("vfont", "nimbus-b"), 30, (15, 15, 25))
            x += 330 if len(row) > 1 else 0
        y += 72 if row is not rows[6] else 72
    # signature of holder
    sx = 60
    for i in range(40):
        d.line(
            [
                (sx + i * 7, 620 + 10 * ((i * 37) % 5) / 4),
                (sx + i * 7 + 7, 615 + 10 * ((i * 53) % 5) / 4),
            ],
            fill=(25, 25, 80),
            width=3,
        )
    mz = p["mrz"]
    f = pil_font("ocrb", 42)
    for i, ln in enumerate(mz):
        d.text((44, H - 150 + i * 62), ln, font=f, fill=(10, 10, 10))
    return img


def booklet_spread(data_page: Image.Image, rng: random.Random, upper: Image.Image | None = None):
    """The open passport: an upper page (blank/visa) above the data page, cover edges visible."""
    W, H = data_page.size
    cover = (40, 50, 95) if upper is None else (60, 30, 40)
    out = Image.new("RGB", (W + 40, 2 * H + 60), cover)
    top = upper if upper is not None else guilloche(W, H, rng, (240, 238, 232), (226, 220, 212))
    out.paste(top.resize((W, H)), (20, 20))
    out.paste(data_page, (20, H + 40))
    d = ImageDraw.Draw(out)
    d.line([(20, H + 30), (W + 20, H + 30)], fill=(150, 150, 150), width=6)
    return out


# ---------------------------------------------------------------------------
# Schengen-format visa sticker (MRV-A), 120 x 80 mm at 12 px/mm, on a passport page
# ---------------------------------------------------------------------------
def visa_sticker(v: dict, rng: random.Random) -> Image.Image:
    W, H = 1440, 960
    img = guilloche(W, H, rng, (232, 238, 228), (205, 222, 210))
    d = ImageDraw.Draw(img)
    _t(d, (W - 40, 60), v["number"], "nimbus-b", 40, (190, 30, 30), "rs")
    _t(d, (W - 340, 60), "FRA", "nimbus-b", 34, (190, 30, 30), "rs")
    _t(d, (40, 60), "VISA", "nimbus-b", 44, (30, 60, 120))
    img.paste(portrait(rng, v["skin"], v["hair"], 300, 390), (40, 110))
    rows = [
        [("VALABLE POUR / VALID FOR", "FRANCE")],
        [("DU / FROM", v["from_text"]), ("AU / UNTIL", v["until_text"])],
        [("TYPE DE VISA", "D"), ("NOMBRE D'ENTREES", "MULT"), ("DUREE DE SEJOUR", v["days"])],
        [("DELIVRE A / ISSUED IN", v["issued_in"]), ("LE / ON", v["issued_text"])],
        [("NUMERO DE PASSEPORT", v["passport_no"])],
        [("NOM, PRENOM / SURNAME, NAME", v["name_text"])],
        [("REMARQUES", v["remarks"])],
    ]
    y = 120
    for row in rows:
        x = 380
        for lab, val in row:
            _t(d, (x, y), lab, "nimbus", 18, (60, 80, 70))
            _t(d, (x, y + 32), val, "nimbus-b", 27, (15, 15, 25))
            x += 340
        y += 74
    for i, ln in enumerate(v["mrz"]):
        d.text((30, H - 145 + i * 60), ln, font=pil_font("ocrb", 40), fill=(10, 10, 10))
    return img


def visa_on_page(sticker: Image.Image, rng: random.Random, page_no: str) -> Image.Image:
    W, H = 1500, 1056
    page = guilloche(W, H, rng, (241, 236, 226), (228, 219, 205))
    d = ImageDraw.Draw(page)
    _t(d, (W - 50, H - 30), page_no, "nimbus", 26, (120, 110, 100), "rs")
    st = sticker.resize((1380, 920)).rotate(
        rng.uniform(-0.8, 0.8), expand=True, fillcolor=(241, 236, 226)
    )
    page.paste(st, (50, 60))
    return page


# ---------------------------------------------------------------------------
# French residence permit card (TD1), 85.6 x 54 mm at 24 px/mm
# ---------------------------------------------------------------------------
def permit_front(c: dict, rng: random.Random) -> Image.Image:
    W, H = 2054, 1296
    img = guilloche(W, H, rng, (226, 234, 244), (200, 215, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 130], fill=(0, 35, 149))
    d.rectangle([0, 130, W, 140], fill=(237, 41, 57))
    _t(d, (50, 90), "RÉPUBLIQUE FRANÇAISE", "nimbus-b", 56, (255, 255, 255))
    _t(d, (W - 50, 90), "TITRE DE SÉJOUR", "nimbus-b", 56, (255, 255, 255), "rs")
    img.paste(portrait(rng, c["skin"], c["hair"], 520, 680), (50, 190))
    x = 620
    rows = [
        ("NOM / Surname", c["surname"]),
        ("Prénoms / Given names", c["given_names"]),
        (
            "SEXE   NATIONALITÉ   DATE DE NAISSANCE",
            f"{c['sex']}       {c['nat']}       {c['dob_text']}",
        ),
        ("TYPE DE TITRE", c["card_type"]),
        ("", c["mention"]),
        ("VALABLE JUSQU'AU / Valid until", c["expiry_text"]),
    ]
    y = 220
    for lab, val in rows:
        if lab:
            _t(d, (x, y), lab, "nimbus", 34, (50, 70, 110))
            y += 56
        _t(d, (x, y), val, "nimbus-b", 52, (10, 10, 20))
        y += 90
    _t(d, (W - 60, H - 50), "N° " + c["number"], "nimbus-b", 44, (10, 10, 20), "rs")
    for i in range(30):
        d.line(
            [(90 + i * 12, 1000 + (i * 29) % 23), (100 + i * 12, 990 + (i * 17) % 19)],
            fill=(20, 20, 70),
            width=4,
        )
    return img


def permit_back(c: dict, rng: random.Random) -> Image.Image:
    W, H = 2054, 1296
    img = guilloche(W, H, rng, (232, 236, 242), (210, 218, 232))
    d = ImageDraw.Draw(img)
    y = 80
    for lab, val in c["back_rows"]:
        _t(d, (60, y), lab, "nimbus", 32, (50, 70, 110))
        _t(d, (60, y + 50), val, "nimbus-b", 42, (10, 10, 20))
        y += 118
    d.rectangle([0, H - 360, W, H], fill=(245, 246, 248))
    for i, ln in enumerate(c["mrz"]):
        d.text((70, H - 310 + i * 100), ln, font=pil_font("ocrb", 76), fill=(10, 10, 10))
    return img
