"""Identity documents: passports (TD3), ID cards (TD1, old French CNI), visas (MRV-A),
French titres de séjour (TD1 front/back) and récépissés. MRZ per ICAO 9303."""

from __future__ import annotations

import random
import unicodedata
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw
from render import Page, signature_image

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
MON_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def cd(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFD", s.upper())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("'", "").replace("-", " ").replace(",", " ")
    return "<".join(s.split())


def _pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(code, iss, surname, given, number, nat, dob, sex, exp, personal="", break_digit=None):
    l1 = _pad(_pad(code, 2) + iss + mrz_name(surname) + "<<" + mrz_name(given), 44)
    num = _pad(number, 9)
    per = _pad(personal, 14)
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp) + cd(yymmdd(exp))
    l2 += per + (cd(per) if personal else "<")
    l2 += cd(l2[0:10] + l2[13:20] + l2[21:43])
    return [l1, _break(l2, break_digit)]


def _break(line: str, idx):
    """Corrupt one check digit (for a tampered/misread MRZ defect)."""
    if idx is None:
        return line
    c = line[idx]
    return line[:idx] + str((int(c) + 3) % 10) + line[idx + 1 :]


def td1(code, iss, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = _pad(_pad(code, 2) + iss + num + cd(num) + opt1, 30)
    l2 = yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp) + cd(yymmdd(exp)) + nat
    l2 = _pad(l2 + opt2, 29)
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = _pad(mrz_name(surname) + "<<" + mrz_name(given), 30)
    return [l1, l2, l3]


def mrva(code, iss, surname, given, number, nat, dob, sex, exp):
    l1 = _pad(_pad(code, 2) + iss + mrz_name(surname) + "<<" + mrz_name(given), 44)
    num = _pad(number, 9)
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp) + cd(yymmdd(exp))
    return [l1, _pad(l2, 44)]


def old_cni(surname, given, number12, dob, sex, dept="750", office="123"):
    l1 = _pad("IDFRA" + mrz_name(surname), 30) + _pad(dept + office, 6)
    l2 = number12 + cd(number12) + _pad(mrz_name(given).replace("<", "<<"), 14)
    l2 += yymmdd(dob) + cd(yymmdd(dob)) + sex
    l2 += cd(l1 + l2)
    return [l1, l2]


# ---------------------------------------------------------------- drawing helpers


def fmt_date(iso: str, style: str) -> str:
    y, m, d = iso[:4], int(iso[5:7]), iso[8:10]
    if style == "en":
        return f"{d} {MON_EN[m - 1]} {y}"
    if style == "enfr":
        return f"{d} {MON_FR[m - 1]}/{MON_EN[m - 1]} {y[2:]}"
    if style == "es":
        return f"{d} {MON_ES[m - 1]}/{MON_EN[m - 1]} {y}"
    if style == "dots":
        return f"{d}.{m:02d}.{y}"
    if style == "space":
        return f"{d} {m:02d} {y}"
    if style == "dash":
        return f"{d}-{m:02d}-{y}"
    return f"{d}/{m:02d}/{y}"


@lru_cache(maxsize=64)
def guilloche(w_px: int, h_px: int, tint: tuple, seed: int) -> Image.Image:
    rng = random.Random(seed)
    yy, xx = np.mgrid[0:h_px, 0:w_px].astype(np.float32)
    f1, f2 = rng.uniform(0.02, 0.05), rng.uniform(0.01, 0.03)
    v = np.sin(xx * f1 + 6 * np.sin(yy * f2)) * np.cos(yy * f1 * 0.7 + 5 * np.sin(xx * f2 * 1.3))
    v = (np.abs(v) < 0.12).astype(np.float32)
    base = np.array(tint, np.float32)
    lines = np.array([max(0, c - 45) for c in tint], np.float32)
    a = base * (1 - v[:, :, None] * 0.5) + lines * v[:, :, None] * 0.5
    grad = (1 - 0.08 * xx / w_px)[:, :, None]
    return Image.fromarray(np.clip(a * grad, 0, 255).astype(np.uint8))


def face(seed: int, w=300, h=380, ghost=False) -> Image.Image:
    rng = random.Random(seed)
    bg = rng.choice([(235, 238, 242), (225, 230, 236), (240, 240, 235)])
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice(
        [
            (236, 200, 170),
            (200, 150, 110),
            (150, 100, 70),
            (110, 72, 50),
            (225, 185, 150),
            (175, 125, 90),
        ]
    )
    hair = rng.choice([(30, 25, 20), (60, 40, 25), (15, 15, 15), (120, 90, 60), (90, 90, 90)])
    shirt = rng.choice([(40, 50, 80), (200, 200, 205), (90, 30, 40), (20, 20, 25), (70, 90, 70)])
    d.ellipse((w * 0.05, h * 0.72, w * 0.95, h * 1.3), fill=shirt)
    d.rectangle((w * 0.4, h * 0.58, w * 0.6, h * 0.78), fill=skin)
    d.ellipse((w * 0.24, h * 0.12, w * 0.76, h * 0.68), fill=hair)
    d.ellipse((w * 0.28, h * 0.2, w * 0.72, h * 0.7), fill=skin)
    if rng.random() < 0.5:
        d.chord((w * 0.24, h * 0.1, w * 0.76, h * 0.45), 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse((w * (ex - 0.035), h * 0.4, w * (ex + 0.035), h * 0.44), fill=(40, 30, 30))
    d.line((w * 0.5, h * 0.45, w * 0.48, h * 0.53), fill=tuple(c - 40 for c in skin), width=3)
    d.arc((w * 0.42, h * 0.54, w * 0.58, h * 0.62), 20, 160, fill=(120, 60, 60), width=3)
    if ghost:
        im = im.convert("L").convert("RGB")
    return im


def _mrz(p: Page, lines: list[str], x: float, y: float, size: float, pitch: float):
    for i, ln in enumerate(lines):
        for j, ch in enumerate(ln):
            p.text(x + j * pitch, y + i * size * 0.3528 * 1.35, ch, size, "ocrb", (20, 20, 20))


def _field(p: Page, x, y, label, value, lsize=4.6, vsize=8.0, vfont="sans-b", lc=(70, 70, 90)):
    p.text(x, y, label, lsize, "sans", lc)
    p.text(x, y + vsize * 0.3528 + 0.6, value, vsize, vfont, (15, 15, 20))


# ---------------------------------------------------------------- passports

PASSPORT_STYLE = {
    # code: (country line, title, tint, label language, date style)
    "MEX": ("ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT", (214, 226, 214), "es", "es"),
    "USA": ("UNITED STATES OF AMERICA", "PASSPORT", (222, 228, 240), "en", "en"),
    "COL": ("REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT", (236, 226, 206), "es", "es"),
    "JPN": ("日本国 JAPAN", "旅券 PASSPORT", (236, 222, 230), "en", "en"),
    "IND": ("भारत गणराज्य REPUBLIC OF INDIA", "PASSPORT", (226, 232, 214), "en", "slash"),
    "UKR": ("УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT", (214, 222, 236), "uk", "enfr"),
    "BRA": (
        "REPÚBLICA FEDERATIVA DO BRASIL",
        "PASSAPORTE / PASSPORT",
        (220, 230, 240),
        "pt",
        "space",
    ),
    "PHL": ("REPUBLIKA NG PILIPINAS", "PASAPORTE / PASSPORT", (232, 224, 236), "en", "en"),
    "CHN": (
        "中华人民共和国 PEOPLE'S REPUBLIC OF CHINA",
        "护照 PASSPORT",
        (236, 228, 214),
        "zh",
        "enfr",
    ),
    "KOR": ("대한민국 REPUBLIC OF KOREA", "여권 PASSPORT", (222, 230, 238), "en", "en"),
    "MDA": ("REPUBLICA MOLDOVA", "PAŞAPORT / PASSPORT", (236, 230, 210), "ro", "dots"),
    "ARM": (
        "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ / REPUBLIC OF ARMENIA",
        "ԱՆՁՆԱԳԻՐ PASSPORT",
        (230, 222, 236),
        "en",
        "en",
    ),
    "CHL": ("REPÚBLICA DE CHILE", "PASAPORTE / PASSPORT", (224, 232, 238), "es", "es"),
    "DZA": (
        "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
        "PASSEPORT / PASSPORT",
        (214, 232, 218),
        "fr",
        "slash",
    ),
    "SEN": ("RÉPUBLIQUE DU SÉNÉGAL", "PASSEPORT / PASSPORT", (226, 236, 214), "fr", "slash"),
    "VNM": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HỘ CHIẾU / PASSPORT",
        (236, 226, 216),
        "vi",
        "slash",
    ),
    "TUR": ("TÜRKİYE CUMHURİYETİ", "PASAPORT / PASSPORT", (236, 218, 218), "tr", "en"),
    "LBN": ("RÉPUBLIQUE LIBANAISE", "PASSEPORT / PASSPORT", (222, 236, 226), "fr", "slash"),
    "CMR": (
        "RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON",
        "PASSEPORT / PASSPORT",
        (216, 232, 222),
        "fr",
        "slash",
    ),
    "HTI": ("RÉPUBLIQUE D'HAÏTI", "PASSEPORT / PASSPORT", (218, 226, 238), "fr", "slash"),
    "LKA": (
        "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA",
        "PASSPORT",
        (232, 222, 214),
        "en",
        "slash",
    ),
    "AFG": ("ISLAMIC REPUBLIC OF AFGHANISTAN", "PASSPORT", (222, 232, 222), "en", "slash"),
    "CAN": ("CANADA", "PASSPORT / PASSEPORT", (230, 222, 226), "enfr", "en"),
    "GBR": (
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        "PASSPORT",
        (226, 218, 232),
        "en",
        "en",
    ),
}
LABELS = {
    "en": [
        "Type",
        "Code",
        "Passport No.",
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
    ],
    "enfr": [
        "Type",
        "Code",
        "No. du passeport / Passport No.",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "Date de délivrance / Date of issue",
        "Date d'expiration / Date of expiry",
        "Autorité / Authority",
    ],
    "fr": [
        "Type / Type",
        "Code du pays",
        "Passeport N° / Passport No",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "Délivré le / Date of issue",
        "Expire le / Date of expiry",
        "Autorité / Authority",
    ],
    "es": [
        "Tipo / Type",
        "Clave / Code",
        "Pasaporte No. / Passport No.",
        "Apellidos / Surname",
        "Nombres / Given names",
        "Nacionalidad / Nationality",
        "Fecha de nacimiento / Date of birth",
        "Sexo / Sex",
        "Lugar de nacimiento / Place of birth",
        "Fecha de expedición / Date of issue",
        "Fecha de caducidad / Date of expiry",
        "Autoridad / Authority",
    ],
    "pt": [
        "Tipo / Type",
        "Código / Code",
        "Passaporte Nº / Passport No.",
        "Sobrenome / Surname",
        "Nome / Given names",
        "Nacionalidade / Nationality",
        "Data de nascimento / Date of birth",
        "Sexo / Sex",
        "Local de nascimento / Place of birth",
        "Data de expedição / Date of issue",
        "Válido até / Date of expiry",
        "Autoridade / Authority",
    ],
    "uk": [
        "Тип / Type",
        "Код / Code",
        "Паспорт № / Passport No.",
        "Прізвище / Surname",
        "Ім'я / Given names",
        "Громадянство / Nationality",
        "Дата народження / Date of birth",
        "Стать / Sex",
        "Місце народження / Place of birth",
        "Дата видачі / Date of issue",
        "Дійсний до / Date of expiry",
        "Орган, що видав / Authority",
    ],
    "zh": [
        "类型/Type",
        "国家码/Country Code",
        "护照号/Passport No.",
        "姓/Surname",
        "名/Given names",
        "国籍/Nationality",
        "出生日期/Date of birth",
        "性别/Sex",
        "出生地点/Place of birth",
        "签发日期/Date of issue",
        "有效期至/Date of expiry",
        "签发机关/Authority",
    ],
    "ro": [
        "Tip / Type",
        "Cod / Code",
        "Nr. paşaport / Passport No.",
        "Nume / Surname",
        "Prenume / Given names",
        "Cetăţenia / Nationality",
        "Data naşterii / Date of birth",
        "Sex / Sex",
        "Locul naşterii / Place of birth",
        "Data eliberării / Date of issue",
        "Valabil până la / Date of expiry",
        "Autoritatea / Authority",
    ],
    "vi": [
        "Loại / Type",
        "Mã số / Code",
        "Số hộ chiếu / Passport No.",
        "Họ / Surname",
        "Chữ đệm và tên / Given names",
        "Quốc tịch / Nationality",
        "Ngày sinh / Date of birth",
        "Giới tính / Sex",
        "Nơi sinh / Place of birth",
        "Ngày cấp / Date of issue",
        "Có giá trị đến / Date of expiry",
        "Cơ quan cấp / Authority",
    ],
    "tr": [
        "Tipi / Type",
        "Ülke kodu / Code",
        "Pasaport No / Passport No",
        "Soyadı / Surname",
        "Adı / Given names",
        "Uyruğu / Nationality",
        "Doğum tarihi / Date of birth",
        "Cinsiyet / Sex",
        "Doğum yeri / Place of birth",
        "Veriliş tarihi / Date of issue",
        "Geçerlilik tarihi / Date of expiry",
        "Makam / Authority",
    ],
}


def passport_pages(p, seed: int, spread: bool = True, break_digit=None) -> tuple[list[Page], list]:
    """Data page of a passport (optionally with the facing page, as a copy shop scans it).

    `p` is a dict with surname, given, nat, dob, sex, pob, number, issued, expiry, authority."""
    rng = random.Random(seed)
    code = p["nat"]
    country, title, tint, lang, dstyle = PASSPORT_STYLE[code]
    L = LABELS.get(lang, LABELS["en"])
    W, H = 125.0, 88.0
    off = 88.0 if spread else 0.0
    pg = Page(W, H + off, bg=(248, 248, 246))
    if spread:
        pg.img(0, 0, W, H, guilloche(500, 352, tuple(min(255, c + 12) for c in tint), seed + 7))
        pg.text(
            W / 2,
            10,
            rng.choice(["OBSERVATIONS", "ENDORSEMENTS", "VISAS"]),
            7,
            "sans",
            (120, 120, 130),
            "c",
        )
        pg.img(30, 50, 65, 18, signature_image(p["given"] + " " + p["surname"], seed + 3))
        pg.line(0, H, W, H, (150, 150, 150), 0.4)
    pg.img(0, off, W, H, guilloche(500, 352, tint, seed))
    font_c = "cjk" if code in ("CHN", "JPN", "KOR") else "dejavu-b"
    pg.text(W / 2, off + 6.5, country, 6.5, font_c, (40, 40, 90), "c")
    pg.text(
        W / 2,
        off + 11,
        title,
        6,
        font_c if code in ("CHN", "JPN", "KOR") else "dejavu",
        (40, 40, 90),
        "c",
    )
    pg.img(5, off + 16, 31, 40, face(seed + 1))
    x0, x1 = 41, 84
    y = off + 17
    _field(pg, x0, y, L[0], "P", vfont="sans")
    _field(pg, x0 + 18, y, L[1], code, vfont="sans")
    _field(pg, x1 + 4, y, L[2], p["number"], vsize=8.5)
    y += 7.2
    _field(pg, x0, y, L[3], p["surname"].upper())
    y += 7.2
    _field(pg, x0, y, L[4], p["given"].upper())
    y += 7.2
    _field(pg, x0, y, L[5], p.get("nat_text", code))
    y += 7.2
    _field(pg, x0, y, L[6], fmt_date(p["dob"], dstyle))
    _field(pg, x1 + 4, y, L[7], p["sex"])
    y += 7.2
    _field(pg, x0, y, L[8], p["pob"].upper())
    y += 7.2
    _field(pg, x0, y, L[9], fmt_date(p["issued"], dstyle))
    _field(pg, x1 + 4, y, L[10], fmt_date(p["expiry"], dstyle))
    y += 7.2
    _field(pg, x0, y, L[11], p.get("authority", "MINISTRY OF FOREIGN AFFAIRS").upper(), vsize=6.5)
    pg.img(6, off + 57, 28, 8, signature_image(p["given"] + " " + p["surname"], seed + 3))
    pg.rect(0, off + 71, W, 17, stroke=None, fill=tuple(min(255, c + 16) for c in tint))
    lines = td3(
        "P",
        code,
        p["surname"],
        p["given"],
        p["number"],
        code,
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal", ""),
        break_digit,
    )
    _mrz(pg, lines, 5.5, off + 77.5, 11.2, 2.6)
    return [pg], lines
