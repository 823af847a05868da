"""Identity documents: passports, ID cards, VLS-TS vignettes, titres de séjour, récépissés."""

import math

from PIL import Image, ImageDraw
from q_core import Page, deaccent, hand, signature, stamp, text_width


def cd(s):
    """ICAO 9303 check digit."""
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


def mrz_name(surname, given, width):
    def norm(t):
        t = deaccent(t).upper().replace("'", "").replace("-", "<").replace(" ", "<")
        return "".join(c for c in t if c.isalpha() or c == "<")

    s = norm(surname) + "<<" + norm(given)
    return (s + "<" * width)[:width]


def ymd(d):
    return d.strftime("%y%m%d")


def td3(code, iss, p, num, exp, opt=""):
    l1 = (code + "<")[:2] + iss + mrz_name(p["surname"], p["given"], 39)
    n = (num + "<" * 9)[:9]
    o = (opt + "<" * 14)[:14]
    l2 = n + cd(n) + p["nat"] + ymd(p["dob"]) + cd(ymd(p["dob"])) + p["sex"]
    l2 += ymd(exp) + cd(ymd(exp)) + o + cd(o)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return [l1, l2 + cd(comp)]


def td1(code, iss, p, num, exp, opt1="", opt2=""):
    n = (num + "<" * 9)[:9]
    l1 = ((code + "<")[:2] + iss + n + cd(n) + opt1 + "<" * 30)[:30]
    l2 = ymd(p["dob"]) + cd(ymd(p["dob"])) + p["sex"] + ymd(exp) + cd(ymd(exp)) + p["nat"]
    l2 = (l2 + opt2 + "<" * 11)[:29]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return [l1, l2 + cd(comp), mrz_name(p["surname"], p["given"], 30)]


def mrva(p, num, exp):
    l1 = "V<FRA" + mrz_name(p["surname"], p["given"], 39)
    n = (num + "<" * 9)[:9]
    l2 = n + cd(n) + p["nat"] + ymd(p["dob"]) + cd(ymd(p["dob"])) + p["sex"]
    l2 += ymd(exp) + cd(ymd(exp))
    return [l1, (l2 + "<" * 44)[:44]]


def break_digit(lines, which):
    """Corrupt one check digit (which: 'num', 'dob', 'exp') in a TD3 line 2."""
    l2 = lines[1]
    pos = {"num": 9, "dob": 19, "exp": 27}[which]
    bad = str((int(l2[pos]) + 3) % 10)
    lines[1] = l2[:pos] + bad + l2[pos + 1 :]
    return lines


def face(rng, w=300, h=380, sex="F"):
    """Greyish generated portrait placeholder (head and shoulders)."""
    bgc = rng.choice([(226, 230, 236), (238, 238, 238), (214, 222, 230)])
    im = Image.new("RGB", (w, h), bgc)
    d = ImageDraw.Draw(im)
    skin = rng.choice(
        [(231, 196, 170), (198, 150, 115), (150, 105, 75), (110, 75, 55), (224, 185, 150)]
    )
    hair = rng.choice([(30, 25, 20), (70, 50, 30), (20, 20, 20), (120, 90, 60)])
    cloth = rng.choice([(40, 50, 70), (90, 30, 40), (60, 60, 60), (30, 70, 90)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.35], fill=cloth)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    if sex == "F":
        d.ellipse([w * 0.22, h * 0.12, w * 0.78, h * 0.75], fill=hair)
    d.ellipse([w * 0.28, h * 0.16, w * 0.72, h * 0.66], fill=skin)
    d.chord([w * 0.27, h * 0.1, w * 0.73, h * 0.45], 180, 360, fill=hair)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.42], fill=(40, 30, 30))
    d.arc([w * 0.42, h * 0.48, w * 0.58, h * 0.56], 20, 160, fill=(120, 60, 60), width=3)
    return im.convert("L").convert("RGB") if rng.random() < 0.3 else im


def guilloche(pg, x, y, w, h, color, rng, n=14):
    ph = rng.uniform(0, 6)
    for i in range(n):
        pts = []
        for j in range(61):
            t = j / 60
            yy = y + h * (i + 0.5) / n + math.sin(t * 9 + i * 0.6 + ph) * h / n * 1.4
            pts.append((x + w * t, min(y + h, max(y, yy))))
        pg.poly(pts, color, 0.12)


COUNTRY = {
    "USA": ("UNITED STATES OF AMERICA", "PASSPORT", (30, 50, 100), "en"),
    "IND": ("REPUBLIC OF INDIA", "PASSPORT", (40, 60, 120), "en"),
    "ROU": ("ROMÂNIA", "CARTE DE IDENTITATE", (60, 90, 150), "ro"),
    "BRA": ("REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE", (20, 60, 110), "pt"),
    "CHN": ("中华人民共和国 PEOPLE'S REPUBLIC OF CHINA", "护照 PASSPORT", (120, 30, 40), "zh"),
    "UKR": ("УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT", (40, 40, 90), "uk"),
    "MAR": ("ROYAUME DU MAROC", "PASSEPORT", (130, 30, 40), "fr"),
    "PER": ("REPÚBLICA DEL PERÚ", "PASAPORTE", (120, 30, 40), "es"),
    "TUR": (
        "TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE",
        "PASAPORT / PASSPORT",
        (110, 30, 50),
        "tr",
    ),
    "GEO": ("GEORGIA", "PASSPORT", (110, 30, 50), "en"),
    "PHL": ("REPUBLIKA NG PILIPINAS", "PASAPORTE / PASSPORT", (40, 40, 100), "en"),
    "RUS": ("РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", "ПАСПОРТ / PASSPORT", (120, 30, 40), "ru"),
    "VEN": ("REPÚBLICA BOLIVARIANA DE VENEZUELA", "PASAPORTE", (120, 30, 40), "es"),
    "PAK": ("ISLAMIC REPUBLIC OF PAKISTAN", "PASSPORT", (20, 80, 50), "en"),
    "DZA": ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "PASSEPORT", (20, 80, 50), "fr"),
    "SEN": ("RÉPUBLIQUE DU SÉNÉGAL", "PASSEPORT", (20, 80, 50), "fr"),
    "CIV": ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "PASSEPORT", (130, 80, 30), "fr"),
    "CMR": ("RÉPUBLIQUE DU CAMEROUN", "PASSEPORT", (20, 80, 50), "fr"),
    "VNM": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘ CHIẾU / PASSPORT", (20, 80, 50), "vi"),
    "HTI": ("RÉPUBLIQUE D'HAÏTI", "PASSEPORT", (30, 50, 100), "fr"),
    "IRN": ("ISLAMIC REPUBLIC OF IRAN", "PASSPORT", (110, 30, 50), "en"),
    "LBN": ("RÉPUBLIQUE LIBANAISE", "PASSEPORT", (30, 50, 100), "fr"),
    "EGY": ("ARAB REPUBLIC OF EGYPT", "PASSPORT", (30, 60, 40), "en"),
    "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "PASSEPORT", (30, 60, 120), "fr"),
    "PRT": ("REPÚBLICA PORTUGUESA", "PASSAPORTE", (110, 30, 50), "pt"),
    "GIN": ("RÉPUBLIQUE DE GUINÉE", "PASSEPORT", (30, 60, 40), "fr"),
    "MLI": ("RÉPUBLIQUE DU MALI", "PASSEPORT", (30, 60, 40), "fr"),
    "BGD": ("PEOPLE'S REPUBLIC OF BANGLADESH", "PASSPORT", (30, 60, 40), "en"),
}

LABELS = {
    "en": [
        "Surname",
        "Given Names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Passport No.",
        "Authority",
    ],
    "fr": [
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "Date de délivrance / Date of issue",
        "Date d'expiration / Date of expiry",
        "N° du passeport / Passport No.",
        "Autorité / Authority",
    ],
    "pt": [
        "Sobrenome / Surname",
        "Nome / Given names",
        "Nacionalidade / Nationality",
        "Data de nascimento / Date of birth",
        "Sexo / Sex",
        "Naturalidade / Place of birth",
        "Data de expedição / Date of issue",
        "Válido até / Date of expiry",
        "Passaporte nº / Passport No.",
        "Autoridade / Authority",
    ],
    "es": [
        "Apellidos / Surname",
        "Nombres / Given names",
        "Nacionalidad / Nationality",
        "Fecha de nacimiento / Date of birth",
        "Sexo / Sex",
        "Lugar de nacimiento / Place",
        "Fecha de expedición / Date of issue",
        "Fecha de vencimiento / Date of expiry",
        "Pasaporte N° / Passport No.",
        "Autoridad / Authority",
    ],
    "uk": [
        "Прізвище / Surname",
        "Ім'я / Given names",
        "Громадянство / Nationality",
        "Дата народження / Date of birth",
        "Стать / Sex",
        "Місце народження / Place of birth",
        "Дата видачі / Date of issue",
        "Дата закінчення строку дії / Date of expiry",
        "Паспорт № / Passport No.",
        "Орган, що видав / Authority",
    ],
    "ru": [
        "Фамилия / Surname",
        "Имя / Given names",
        "Гражданство / Nationality",
        "Дата рождения / Date of birth",
        "Пол / Sex",
        "Место рождения / Place of birth",
        "Дата выдачи / Date of issue",
        "Дата окончания срока действия / Date of expiry",
        "Номер паспорта / Passport No.",
        "Орган, выдавший документ / Authority",
    ],
    "tr": [
        "Soyadı / Surname",
        "Adı / Given names",
        "Uyruğu / Nationality",
        "Doğum tarihi / Date of birth",
        "Cinsiyeti / Sex",
        "Doğum yeri / Place of birth",
        "Veriliş tarihi / Date of issue",
        "Geçerlilik tarihi / Date of expiry",
        "Pasaport No / Passport No.",
        "Makam / Authority",
    ],
    "vi": [
        "Họ / Surname",
        "Chữ đệm và tên / Given names",
        "Quốc tịch / Nationality",
        "Ngày sinh / Date of birth",
        "Giới tính / Sex",
        "Nơi sinh / Place of birth",
        "Ngày cấp / Date of issue",
        "Có giá trị đến / Date of expiry",
        "Số hộ chiếu / Passport No.",
        "Cơ quan cấp / Authority",
    ],
    "zh": [
        "姓/Surname",
        "名/Given names",
        "国籍/Nationality",
        "出生日期/Date of birth",
        "性别/Sex",
        "出生地点/Place of birth",
        "签发日期/Date of issue",
        "有效期至/Date of expiry",
        "护照号/Passport No.",
        "签发机关/Authority",
    ],
}
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def pdate(d, style):
    if style == "dmy_mon":
        return f"{d.day:02d} {MON[d.month - 1]} {d.year}"
    if style == "dmy_fr":
        return f"{d.day:02d} {MON_FR[d.month - 1]}/{MON[d.month - 1]} {d.year % 100:02d}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    return d.strftime("%d/%m/%Y")


def passport(rng, p, num, issued, exp, mrz_ok=True, authority=""):
    """Passport data page (card page 125 x 88 mm)."""
    country, title, col, lang = COUNTRY[p["nat"]]
    lab = LABELS.get(lang, LABELS["en"])
    pg = Page(125, 88, bg=(244, 240, 232) if rng.random() < 0.5 else (236, 240, 238))
    pg.card = True
    light = tuple(min(255, c + 150) for c in col)
    guilloche(pg, 0, 0, 125, 70, light, rng, n=18)
    tf = "cjk" if lang == "zh" else rng.choice(["sans-b", "serif-b", "lib-b"])
    pg.text(62.5, 6.5, country, tf, 6.8 if len(country) > 30 else 8.5, col, "c")
    pg.text(4, 12, title, tf, 7, col)
    pg.text(58, 12, "P", "sans-b", 7, col)
    pg.text(70, 12, p["nat"], "sans-b", 7, col)
    pg.image(4, 15, 31, 40, face(rng, sex=p["sex"]))
    style = rng.choice(["dmy_mon", "dot", "dmy_fr", "slash"])
    lf = "cjk" if lang == "zh" else "sans"
    rows = [
        (lab[8], num),
        (lab[0], deaccent(p["surname"]).upper()),
        (lab[1], deaccent(p["given"]).upper()),
        (lab[2], p.get("nat_label", p["nat"])),
        (lab[3], pdate(p["dob"], style)),
        (lab[4], p["sex"]),
        (lab[5], p["birth_place_id"].upper()),
        (lab[6], pdate(issued, style)),
        (lab[7], pdate(exp, style)),
    ]
    y = 17
    for i, (lb, val) in enumerate(rows):
        xx = 40 if i not in (5, 8) else 40
        if i == 5:
            pg.text(100, y - 4.6 * 2 + 2.2, lb, lf, 3.6, (80, 80, 90))
            pg.text(100, y - 4.6 * 2 + 5.1, val, "sans-b", 7)
            continue
        pg.text(xx, y, lb, lf, 3.6, (80, 80, 90))
        pg.text(xx, y + 3.0, val, rng.choice(["sans-b", "lib-b", "sansc-b"]), 7, (15, 15, 25))
        y += 5.6
    pg.text(100, 69, lab[9], lf, 3.6, (80, 80, 90))
    pg.text(100, 72, authority or "MFA", "sans", 5)
    signature(pg, rng, 6, 62, 22, p["given"].split()[0] + " " + p["surname"], (20, 20, 20))
    lines = td3("P", p["nat"], p, num, exp)
    if not mrz_ok:
        lines = break_digit(lines, "dob")
    pg.text(4, 78.5, lines[0], "ocrb", 9.3)
    pg.text(4, 84.5, lines[1], "ocrb", 9.3)
    return pg, lines


def id_card(rng, p, num, issued, exp, country_label="RÉPUBLIQUE FRANÇAISE", fr=True):
    """TD1 national identity card: front and back pages (85.6 x 54 mm)."""
    col = (40, 70, 140) if fr else (60, 90, 150)
    front = Page(85.6, 54, bg=(232, 238, 246))
    front.card = True
    back = Page(85.6, 54, bg=(236, 240, 246))
    back.card = True
    guilloche(front, 0, 0, 85.6, 54, (190, 205, 230), rng, n=10)
    guilloche(back, 0, 0, 85.6, 30, (200, 212, 232), rng, n=8)
    front.text(3, 5, country_label, "sans-b", 5.5, col)
    title = (
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"
        if fr
        else "CARTE DE IDENTITATE / IDENTITY CARD / CARTE D'IDENTITÉ"
    )
    front.text(3, 8.5, title, "sans-b", 4.2, col)
    front.image(3, 11, 22, 29, face(rng, 220, 290, p["sex"]))
    lbl = (
        [
            "NOM / Surname",
            "Prénoms / Given names",
            "Sexe / Sex",
            "Nationalité / Nationality",
            "Date de naiss. / Date of birth",
            "Lieu de naissance / Place of birth",
            "N° du document / Document No",
            "Date d'expir. / Expiry date",
        ]
        if fr
        else [
            "Nume / Nom / Last name",
            "Prenume / Prénom / First name",
            "Sex / Sexe / Sex",
            "Cetățenie / Nationalité / Nationality",
            "Data nașterii / Date of birth",
            "Locul nașterii / Place of birth",
            "Nr. document / Document No",
            "Data expirării / Expiry date",
        ]
    )
    sty = "dot" if not fr else "sp"
    dfmt = (lambda d: d.strftime("%d %m %Y")) if sty == "sp" else (lambda d: d.strftime("%d.%m.%Y"))
    vals = [
        deaccent(p["surname"]).upper(),
        p["given"].upper().replace(" ", ", ") if fr else p["given"].upper(),
        p["sex"],
        p["nat"],
        dfmt(p["dob"]),
        p["birth_place_id"].upper(),
        num,
        dfmt(exp),
    ]
    y = 13
    for i, (lb, v) in enumerate(zip(lbl, vals)):
        x = 28 if i not in (3, 7) else 58
        if i in (3, 7):
            y -= 4.6
        front.text(x, y, lb, "sans", 2.8, (70, 80, 100))
        front.text(x, y + 2.6, v, "sans-b", 5.2 if len(v) < 24 else 4.4, (10, 10, 20))
        y += 4.6
    signature(front, rng, 28, 50, 18, p["given"].split()[0] + " " + p["surname"], (20, 20, 20))
    lines = td1("ID", "FRA" if fr else p["nat"], p, num, exp)
    back.text(3, 6, "Adresse / Address :" if fr else "Domiciliu / Adresse :", "sans", 3, col)
    back.text(3, 9.5, p.get("id_address", ""), "sans-b", 4.5)
    back.text(3, 15, "Date de délivrance / Date of issue: " + dfmt(issued), "sans", 3.4)
    for i, ln in enumerate(lines):
        back.text(3.5, 40 + i * 4.6, ln, "ocrb", 8.6)
    return [front, back], lines


def visa_page(
    rng, p, passport_num, visa_num, issued, vfrom, vuntil, category, post, vtype="D", entries="MULT"
):
    """French long-stay visa sticker (MRV-A) on a passport page (card page 125 x 88 mm)."""
    pg = Page(125, 88, bg=(240, 236, 228))
    pg.card = True
    guilloche(pg, 0, 0, 125, 88, (225, 205, 215), rng, n=14)
    x0, y0 = 2.5, 3
    pg.rect(x0, y0, 120, 82, (190, 170, 180), (246, 232, 236), 0.2)
    guilloche(pg, x0, y0, 120, 60, (232, 190, 205), rng, n=20)
    pg.text(x0 + 3, y0 + 6, "VISA", "sans-b", 12, (60, 60, 120))
    pg.text(x0 + 116, y0 + 6, "FRA", "sans-b", 9, (60, 60, 120), "r")
    pg.text(x0 + 80, y0 + 6, visa_num, "mono-b", 10, (190, 30, 30), "r")
    pg.image(x0 + 3, y0 + 10, 26, 33, face(rng, sex=p["sex"]))
    L = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 33, 11),
        ("DU / FROM", vfrom.strftime("%d-%m-%y"), 33, 18),
        ("AU / UNTIL", vuntil.strftime("%d-%m-%y"), 63, 18),
        ("TYPE DE VISA / TYPE OF VISA", vtype, 92, 18),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", entries, 33, 25),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", f"{(vuntil - vfrom).days + 1} JOURS", 78, 25),
        ("DÉLIVRÉ À / ISSUED IN", post, 33, 32),
        ("LE / ON", issued.strftime("%d-%m-%Y"), 78, 32),
        ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", passport_num, 33, 39),
        (
            "NOM, PRÉNOM / SURNAME, NAME",
            deaccent(p["surname"]).upper() + ", " + deaccent(p["given"]).upper(),
            33,
            46,
        ),
    ]
    for lb, v, x, y in L:
        pg.text(x0 + x, y0 + y, lb, "sans", 3.2, (90, 70, 90))
        pg.text(x0 + x, y0 + y + 3.3, v, "mono-b", 7.2, (20, 20, 30))
    pg.text(x0 + 3, y0 + 55, "REMARQUES / REMARKS", "sans", 3.2, (90, 70, 90))
    for i, ln in enumerate(category):
        pg.text(x0 + 3, y0 + 58.8 + i * 3.6, ln, "mono-b", 6.6, (20, 20, 30))
    lines = mrva(p, visa_num, vuntil)
    pg.text(x0 + 2, y0 + 73.5, lines[0], "ocrb", 9.0)
    pg.text(x0 + 2, y0 + 79.3, lines[1], "ocrb", 9.0)
    return pg, lines


def titre_sejour(rng, p, num, issued, exp, kind, remarks, address):
    """French titre de séjour (TD1 card): front and back."""
    col = (30, 70, 130)
    front = Page(85.6, 54, bg=(228, 236, 242))
    front.card = True
    back = Page(85.6, 54, bg=(232, 238, 244))
    back.card = True
    guilloche(front, 0, 0, 85.6, 54, (200, 215, 232), rng, n=12)
    guilloche(back, 0, 0, 85.6, 28, (205, 218, 234), rng, n=8)
    front.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.4, col)
    front.text(3, 8.2, "TITRE DE SÉJOUR", "sans-b", 7, col)
    front.text(82, 8.2, num, "mono-b", 6, (150, 30, 30), "r")
    front.image(3, 11, 22, 29, face(rng, 220, 290, p["sex"]))
    items = [
        ("NOM", deaccent(p["surname"]).upper()),
        ("Prénoms", p["given"].upper()),
        ("SEXE", p["sex"]),
        ("NATIONALITÉ", p["nat"]),
        ("DATE DE NAISSANCE", p["dob"].strftime("%d %m %Y")),
        ("TYPE DE TITRE", kind),
        ("VALIDITÉ", exp.strftime("%d %m %Y")),
    ]
    y = 13
    for lb, v in items:
        front.text(28, y, lb, "sans", 2.8, (70, 80, 100))
        front.text(28, y + 2.7, v, "sans-b", 5 if len(v) < 28 else 3.8)
        y += 5.3
    signature(front, rng, 5, 49, 16, p["given"].split()[0] + " " + p["surname"], (20, 20, 20))
    back.text(3, 5, "ADRESSE", "sans", 2.8, col)
    back.text(3, 8, address, "sans-b", 4)
    back.text(3, 12, "LIEU DE NAISSANCE", "sans", 2.8, col)
    back.text(3, 15, p["birth_place_id"].upper(), "sans-b", 4.2)
    back.text(3, 19, "REMARQUES", "sans", 2.8, col)
    back.text(3, 22, remarks, "sans-b", 4)
    back.text(55, 12, "DÉLIVRÉ LE " + issued.strftime("%d %m %Y"), "sans", 3.2)
    lines = td1("IR", "FRA", p, num, exp)
    for i, ln in enumerate(lines):
        back.text(3.5, 40 + i * 4.6, ln, "ocrb", 8.6)
    return [front, back], lines


def recepisse(rng, p, num, issued, vfrom, vuntil, prefecture, address, work=True):
    """Préfecture récépissé de demande de titre de séjour (A4)."""
    pg = Page(210, 297)
    col = (0, 35, 110)
    pg.rect(12, 12, 16, 22, None, (0, 35, 145))
    pg.rect(28, 12, 16, 22, None, (250, 250, 250))
    pg.rect(44, 12, 16, 22, None, (225, 0, 30))
    pg.text(12, 40, "RÉPUBLIQUE", "sans-b", 8, col)
    pg.text(12, 44, "FRANÇAISE", "sans-b", 8, col)
    pg.text(12, 49, "Liberté Égalité Fraternité", "times-i", 7)
    pg.text(198, 22, prefecture.upper(), "sans-b", 10, col, "r")
    pg.text(198, 27, "Direction des migrations et de l'intégration", "sans", 8, col, "r")
    pg.rect(12, 58, 186, 16, col, (236, 240, 248), 0.5)
    pg.text(105, 65, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sans-b", 12, col, "c")
    pg.text(105, 71, "Renouvellement", "sans", 9, col, "c")
    pg.text(14, 84, "N° " + num, "mono-b", 11, (170, 20, 20))
    pg.image(150, 80, 36, 46, face(rng, sex=p["sex"]))
    rows = [
        ("Nom", deaccent(p["surname"]).upper()),
        ("Prénom(s)", p["given"]),
        ("Sexe", p["sex"]),
        ("Né(e) le", p["dob"].strftime("%d/%m/%Y")),
        ("à", p["birth_place_id"]),
        ("Nationalité", p["nat_fr"]),
        ("Adresse", address),
    ]
    y = 96
    for lb, v in rows:
        pg.text(14, y, lb + " :", "sans", 9)
        pg.text(48, y, v, "sans-b", 10)
        y += 7
    y += 4
    y = pg.para(
        14,
        y,
        "Le présent récépissé, délivré le "
        + issued.strftime("%d/%m/%Y")
        + ", autorise son titulaire à séjourner en France du "
        + vfrom.strftime("%d/%m/%Y")
        + " au "
        + vuntil.strftime("%d/%m/%Y")
        + ".",
        180,
        "sans",
        10,
    )
    pg.text(14, y + 3, "VALABLE JUSQU'AU : " + vuntil.strftime("%d/%m/%Y"), "sans-b", 11)
    y += 12
    txt = (
        "AUTORISE SON TITULAIRE À TRAVAILLER"
        if work
        else "N'AUTORISE PAS SON TITULAIRE À TRAVAILLER"
    )
    pg.rect(14, y, 110, 9, (0, 0, 0), None, 0.4)
    pg.text(16, y + 6, txt, "sans-b", 10)
    y += 20
    pg.para(
        14,
        y,
        "Ce récépissé doit être présenté avec le passeport. Il ne permet pas de "
        "voyager hors de France sans visa de retour. En cas de perte, s'adresser à la "
        "préfecture qui l'a délivré.",
        180,
        "sans",
        8,
        (60, 60, 60),
    )
    pg.text(130, 230, "Pour le préfet et par délégation,", "sans", 9)
    stamp(pg, rng, 150, 252, 15, prefecture.upper()[:24], "SERVICE DES ÉTRANGERS", "RF")
    hand(pg, rng, 140, 262, "M. Durand", "dkg", 11, (20, 20, 20))
    pg.text(
        14,
        285,
        "Réf. ANEF " + num[-6:] + " — document délivré à titre provisoire",
        "sans",
        7,
        (90, 90, 90),
    )
    _ = text_width
    return pg
