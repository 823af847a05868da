"""Passports, national ID cards, visa stickers, residence permits and récépissés."""

from __future__ import annotations

import math
import random

import util as U
from PIL import Image, ImageDraw
from render import PT, Page, text_width

L = {
    "type": dict(
        fr="Type",
        en="Type",
        pt="Tipo",
        es="Tipo",
        uk="Тип",
        tr="Tipi",
        zh="类型",
        vi="Loại",
        fil="Uri",
    ),
    "code": dict(
        fr="Code du pays",
        en="Country code",
        pt="Código do país",
        es="Código",
        uk="Код держави",
        tr="Ülke kodu",
        zh="国家码",
        vi="Mã quốc gia",
        fil="Kodigo",
    ),
    "num": dict(
        fr="N° du passeport",
        en="Passport No.",
        pt="Passaporte nº",
        es="Pasaporte No.",
        uk="№ паспорта",
        tr="Pasaport No",
        zh="护照号",
        vi="Số hộ chiếu",
        fil="Blg. ng Pasaporte",
    ),
    "surname": dict(
        fr="Nom",
        en="Surname",
        pt="Sobrenome",
        es="Apellidos",
        uk="Прізвище",
        tr="Soyadı",
        zh="姓",
        vi="Họ",
        fil="Apelyido",
    ),
    "given": dict(
        fr="Prénoms",
        en="Given names",
        pt="Nome",
        es="Nombres",
        uk="Ім'я",
        tr="Adı",
        zh="名",
        vi="Chữ đệm và tên",
        fil="Mga Pangalan",
    ),
    "nat": dict(
        fr="Nationalité",
        en="Nationality",
        pt="Nacionalidade",
        es="Nacionalidad",
        uk="Громадянство",
        tr="Uyruğu",
        zh="国籍",
        vi="Quốc tịch",
        fil="Nasyonalidad",
    ),
    "dob": dict(
        fr="Date de naissance",
        en="Date of birth",
        pt="Data de nascimento",
        es="Fecha de nacimiento",
        uk="Дата народження",
        tr="Doğum tarihi",
        zh="出生日期",
        vi="Ngày sinh",
        fil="Petsa ng kapanganakan",
    ),
    "sex": dict(
        fr="Sexe",
        en="Sex",
        pt="Sexo",
        es="Sexo",
        uk="Стать",
        tr="Cinsiyeti",
        zh="性别",
        vi="Giới tính",
        fil="Kasarian",
    ),
    "pob": dict(
        fr="Lieu de naissance",
        en="Place of birth",
        pt="Local de nascimento",
        es="Lugar de nacimiento",
        uk="Місце народження",
        tr="Doğum yeri",
        zh="出生地点",
        vi="Nơi sinh",
        fil="Lugar ng kapanganakan",
    ),
    "issue": dict(
        fr="Date de délivrance",
        en="Date of issue",
        pt="Data de expedição",
        es="Fecha de expedición",
        uk="Дата видачі",
        tr="Veriliş tarihi",
        zh="签发日期",
        vi="Ngày cấp",
        fil="Petsa ng pagkakaloob",
    ),
    "expiry": dict(
        fr="Date d'expiration",
        en="Date of expiry",
        pt="Válido até",
        es="Fecha de caducidad",
        uk="Дата закінчення строку дії",
        tr="Geçerlilik tarihi",
        zh="有效期至",
        vi="Có giá trị đến",
        fil="Petsa ng pagkawalang-bisa",
    ),
    "auth": dict(
        fr="Autorité",
        en="Authority",
        pt="Autoridade",
        es="Autoridad",
        uk="Орган, що видав",
        tr="Makam",
        zh="签发机关",
        vi="Nơi cấp",
        fil="Maykapangyarihan",
    ),
}

MON_LOC = dict(
    fr=["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
    es=["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"],
    pt=["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"],
    tr=["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"],
)

# code: (header lines, colour, label languages, date style, numbered labels)
PROFILES = {
    "DZA": (
        ["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "PASSEPORT - PASSPORT"],
        (20, 105, 60),
        ("fr", "en"),
        "dot",
        False,
    ),
    "MAR": (
        ["ROYAUME DU MAROC - KINGDOM OF MOROCCO", "PASSEPORT - PASSPORT"],
        (150, 30, 45),
        ("fr", "en"),
        "slash",
        False,
    ),
    "TUN": (
        ["RÉPUBLIQUE TUNISIENNE", "PASSEPORT / PASSPORT"],
        (160, 25, 35),
        ("fr", "en"),
        "slash",
        False,
    ),
    "SEN": (
        ["RÉPUBLIQUE DU SÉNÉGAL", "CEDEAO - ECOWAS", "PASSEPORT"],
        (30, 110, 50),
        ("fr", "en"),
        "mon_fr",
        False,
    ),
    "CIV": (
        ["RÉPUBLIQUE DE CÔTE D'IVOIRE", "CEDEAO - ECOWAS", "PASSEPORT"],
        (180, 90, 20),
        ("fr", "en"),
        "mon_fr",
        False,
    ),
    "CMR": (
        ["RÉPUBLIQUE DU CAMEROUN - REPUBLIC OF CAMEROON", "PASSEPORT - PASSPORT"],
        (20, 100, 60),
        ("fr", "en"),
        "mon",
        False,
    ),
    "MLI": (
        ["RÉPUBLIQUE DU MALI", "CEDEAO - ECOWAS", "PASSEPORT"],
        (170, 40, 40),
        ("fr", "en"),
        "mon_fr",
        False,
    ),
    "COD": (
        ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "PASSEPORT"],
        (30, 90, 160),
        ("fr", "en"),
        "mon",
        False,
    ),
    "CHN": (
        ["中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA", "护照 PASSPORT"],
        (130, 30, 40),
        ("zh", "en"),
        "mon_cn",
        False,
    ),
    "IND": (["REPUBLIC OF INDIA", "PASSPORT"], (25, 45, 110), ("en",), "slash", False),
    "BRA": (
        ["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT / PASSEPORT"],
        (25, 60, 130),
        ("pt", "en", "fr"),
        "mon_pt",
        False,
    ),
    "COL": (
        ["REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT"],
        (120, 20, 30),
        ("es", "en"),
        "mon_es",
        False,
    ),
    "MEX": (
        ["ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT / PASSEPORT"],
        (40, 90, 60),
        ("es", "en", "fr"),
        "mon_es",
        False,
    ),
    "USA": (
        ["UNITED STATES OF AMERICA", "PASSPORT / PASSEPORT / PASAPORTE"],
        (30, 40, 90),
        ("en", "fr", "es"),
        "us",
        False,
    ),
    "GBR": (
        ["UNITED KINGDOM OF GREAT BRITAIN", "AND NORTHERN IRELAND", "PASSPORT"],
        (80, 20, 60),
        ("en", "fr"),
        "mon_fr",
        True,
    ),
    "UKR": (
        ["УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT"],
        (40, 70, 130),
        ("uk", "en"),
        "mon_uk",
        True,
    ),
    "TUR": (
        ["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE", "PASAPORT / PASSPORT"],
        (130, 25, 40),
        ("tr", "en", "fr"),
        "mon_tr",
        False,
    ),
    "PHL": (
        ["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT"],
        (110, 30, 50),
        ("fil", "en"),
        "mon",
        False,
    ),
    "VNM": (
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SOCIALIST REPUBLIC OF VIET NAM",
            "HỘ CHIẾU / PASSPORT",
        ],
        (30, 70, 70),
        ("vi", "en"),
        "slash",
        False,
    ),
    "HTI": (
        ["RÉPUBLIQUE D'HAÏTI", "PASSEPORT - PASSPORT"],
        (30, 50, 120),
        ("fr", "en"),
        "mon",
        False,
    ),
}
COUNTRY_EN = dict(
    DZA="ALGERIENNE",
    MAR="MAROCAINE",
    TUN="TUNISIENNE",
    SEN="SENEGALAISE",
    CIV="IVOIRIENNE",
    CMR="CAMEROUNAISE",
    MLI="MALIENNE",
    COD="CONGOLAISE",
    CHN="CHINESE",
    IND="INDIAN",
    BRA="BRASILEIRA",
    COL="COLOMBIANA",
    MEX="MEXICANA",
    USA="UNITED STATES OF AMERICA",
    GBR="BRITISH CITIZEN",
    UKR="УКРАЇНА/UKRAINE",
    TUR="T.C./TUR",
    PHL="FILIPINO",
    VNM="VIỆT NAM/VIETNAMESE",
    HTI="HAÏTIENNE",
)


def font_for(s: str, default: str) -> str:
    return "cjk" if any(0x2E80 <= ord(c) <= 0x9FFF for c in s) else default


def fmt_date(s: str, style: str) -> str:
    x = U.d(s)
    en = U.MON3[x.month - 1]
    if style == "dot":
        return f"{x.day:02d}.{x.month:02d}.{x.year}"
    if style == "slash":
        return f"{x.day:02d}/{x.month:02d}/{x.year}"
    if style == "us":
        return f"{x.day:02d} {en.title()} {x.year}"
    if style == "mon_cn":
        return f"{x.day:02d} {x.month}月/{en} {x.year}"
    if style == "mon_uk":
        uk = ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]
        return f"{x.day:02d} {uk[x.month - 1]}/{en} {x.year % 100:02d}"
    if style.startswith("mon_"):
        loc = MON_LOC[style[4:]][x.month - 1]
        return f"{x.day:02d} {loc}/{en} {x.year}" if loc != en else f"{x.day:02d} {en} {x.year}"
    return f"{x.day:02d} {en} {x.year}"


def face(rng: random.Random, sex: str, w=300, h=380) -> Image.Image:
    """A neutral ID-photo silhouette (no real person)."""
    bg = rng.choice([(232, 236, 240), (245, 245, 245), (215, 225, 235), (250, 250, 250)])
    im = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(im)
    skin = rng.choice(
        [
            (241, 205, 175),
            (224, 172, 130),
            (198, 134, 90),
            (141, 85, 54),
            (105, 64, 40),
            (233, 190, 150),
        ]
    )
    hair = rng.choice([(30, 25, 20), (60, 40, 25), (20, 20, 20), (110, 80, 50), (150, 150, 150)])
    cloth = rng.choice([(40, 50, 80), (80, 80, 80), (230, 230, 230), (120, 30, 40), (30, 30, 30)])
    dr.ellipse([w * 0.05, h * 0.74, w * 0.95, h * 1.35], fill=cloth)
    dr.rectangle([w * 0.41, h * 0.55, w * 0.59, h * 0.8], fill=tuple(int(c * 0.92) for c in skin))
    if sex == "F" and rng.random() < 0.7:
        dr.ellipse([w * 0.2, h * 0.12, w * 0.8, h * 0.85], fill=hair)
    dr.ellipse([w * 0.28, h * 0.18, w * 0.72, h * 0.68], fill=skin)
    dr.chord([w * 0.26, h * 0.12, w * 0.74, h * 0.5], 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        dr.ellipse([w * (ex - 0.03), h * 0.4, w * (ex + 0.03), h * 0.44], fill=(40, 30, 30))
    dr.line([w * 0.44, h * 0.57, w * 0.56, h * 0.57], fill=(120, 60, 60), width=3)
    return im


def guilloche(pg: Page, x, y, w, h, rng, color):
    light = tuple(int(255 - (255 - c) * 0.18) for c in color)
    for k in range(7):
        pts = []
        ph, fq, amp = rng.uniform(0, 6), rng.uniform(0.05, 0.12), rng.uniform(2, 6)
        for i in range(61):
            t = i / 60
            pts.append((x + w * t, y + h * (0.1 + 0.12 * k) + amp * math.sin(ph + t * w * fq)))
        pg.path(pts, light, lw=0.25)


def mrz_block(pg: Page, x, y, lines, size=10.5, pitch=None):
    pitch = pitch or size * PT * 1.45
    for i, ln in enumerate(lines):
        cw = text_width("<", "ocrb", size)
        for j, ch in enumerate(ln):
            pg.text(x + j * cw, y + i * pitch, ch, "ocrb", size, (15, 15, 15))


def passport(rng: random.Random, p: dict, doc: dict):
    """TD3 data page (125 x 88 mm)."""
    code = doc["country"]
    hdr, col, langs, dstyle, numbered = PROFILES[code]
    pg = Page(125, 88, bg=tuple(int(255 - (255 - c) * 0.06) for c in col))
    guilloche(pg, 0, 0, 125, 70, rng, col)
    y = 5.5
    for i, h in enumerate(hdr):
        pg.text(62.5, y, h, font_for(h, "sans-b"), 7.6 if i == 0 else 6.2, col, "m")
        y += 3.3
    pg.image(5, 20, 30, 38, face(rng, p["sex"]))
    surname, given = doc.get("surname", p["surname"]), doc.get("given", p["given"])
    num = doc["number"]
    nat_txt = doc.get("nat_text", COUNTRY_EN.get(code, code))

    def lab(key, i):
        s = " / ".join(L[key][lg] for lg in langs)
        return f"{i}. {s}" if numbered else s

    lf = rng.choice(["sans", "sansc", "arial", "narrow"])
    vf = rng.choice(["sans-b", "sansc-b", "arial-b", "courier-b", "narrow-b"])
    ls, vs = 4.6, 8.2
    rows = [
        [("type", "P", 16), ("code", code, 16), ("num", num, 0)],
        [("surname", U.ascii_up(surname) if doc.get("ascii") else surname.upper(), 0)],
        [("given", U.ascii_up(given) if doc.get("ascii") else given.upper(), 0)],
        [("nat", nat_txt, 0)],
        [("dob", fmt_date(p["dob"], dstyle), 30), ("sex", p["sex"], 12)],
        [("pob", doc.get("pob", p["pob"]).upper(), 0)],
        [("issue", fmt_date(doc["issued"], dstyle), 30), ("auth", doc.get("authority", ""), 0)],
        [("expiry", fmt_date(doc["expiry"], dstyle), 0)],
    ]
    y = 22.5
    i = 1
    for row in rows:
        x = 39
        for key, val, wdt in row:
            lbl = lab(key, i)
            i += 1
            pg.text(x, y, lbl, font_for(lbl, lf), ls, (70, 70, 80))
            pg.text(x, y + 3.6, val, font_for(val, vf), vs, (10, 10, 10))
            x += wdt if wdt else 45
        y += 6.1 if len(rows) > 7 else 6.6
    if numbered:
        pg.text(120, 22.5, num, "courier-b", 9, (150, 20, 20), "r")
    pg.rect(0, 70, 125, 18, stroke=None, fill=(252, 252, 250))
    lines = U.td3(
        "P",
        code,
        surname,
        given,
        num,
        code,
        p["dob"],
        p["sex"],
        doc["expiry"],
        doc.get("personal", ""),
    )
    if doc.get("break_mrz"):
        lines[1] = U.break_check(lines[1], doc["break_mrz"])
    mrz_block(pg, 4.5, 77.5, lines, 10.2)
    sig = Page(40, 10)
    del sig
    pg.signature(82, 58, 38, 10, rng, surname.split()[0].title())
    fields = dict(
        surname=surname.upper(),
        given_names=given.upper(),
        document_number=num,
        nationality=code,
        issuing_country=code,
        date_of_birth=p["dob"],
        sex=p["sex"],
        expiry_date=doc["expiry"],
        mrz_valid=not doc.get("break_mrz"),
    )
    return [pg], fields, lines


def booklet_spread(rng: random.Random, data_page: Page, upper: Page | None = None) -> Page:
    """Open passport: upper page (blank visa page or sticker) above the data page."""
    col = data_page.bg
    pg = Page(125, 178, bg=(255, 255, 255))
    if upper is None:
        upper = Page(125, 88, bg=col)
        guilloche(upper, 0, 0, 125, 88, rng, (120, 120, 140))
        upper.text(
            62.5,
            44,
            rng.choice(["OBSERVATIONS", "VISAS", "ENDORSEMENTS"]),
            "sans",
            8,
            (170, 170, 180),
            "m",
        )
    pg.rect(0, 0, 125, 88, stroke=None, fill=upper.bg)
    for op in upper.ops:
        pg.ops.append(op)
    pg.rect(0, 0, 125, 88, stroke=(190, 190, 190), lw=0.3)
    shifted = Page(125, 88)
    shifted.ops = [_shift(op, 0, 90) for op in data_page.ops]
    pg.rect(0, 90, 125, 88, stroke=None, fill=col)
    pg.ops.extend(shifted.ops)
    pg.line(0, 89, 125, 89, (160, 160, 160), 0.6)
    return pg


def _shift(op, dx, dy):
    k = op[0]
    if k in ("text",):
        return (k, op[1] + dx, op[2] + dy) + op[3:]
    if k in ("rect", "ellipse", "image"):
        return (k, op[1] + dx, op[2] + dy) + op[3:]
    if k == "line":
        return (k, op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy) + op[5:]
    if k == "path":
        return (k, [(a + dx, b + dy) for a, b in op[1]]) + op[2:]
    return op


def place(dst: Page, src: Page, dx: float, dy: float):
    dst.ops.extend(_shift(op, dx, dy) for op in src.ops)


def visa(rng: random.Random, p: dict, doc: dict):
    """French long-stay visa sticker (MRV-A) on a passport page."""
    pg = Page(125, 88, bg=(244, 242, 236))
    guilloche(pg, 0, 0, 125, 88, rng, (100, 110, 150))
    x0, y0, w, h = 3, 4, 119, 80
    pg.rect(x0, y0, w, h, stroke=(150, 160, 190), fill=(236, 240, 250), lw=0.3, r=2)
    guilloche(pg, x0, y0, w, 55, rng, (60, 100, 170))
    blue = (30, 40, 110)
    pg.text(x0 + 4, y0 + 6, "VISA", "sans-b", 11, blue)
    pg.text(x0 + 40, y0 + 6, "FRANCE", "sans-b", 9, blue)
    pg.text(x0 + w - 3, y0 + 6, doc["number"], "courier-b", 10, (170, 20, 20), "r")
    pg.image(x0 + 3, y0 + 14, 24, 31, face(rng, p["sex"]))
    dd = lambda s: U.fr(s).replace("/", "-")  # noqa: E731
    rows = [
        ("VALABLE POUR / VALID FOR", doc.get("valid_for", "FRANCE")),
        ("DU / FROM", f"{dd(doc['valid_from'])}    AU / UNTIL  {dd(doc['valid_until'])}"),
        ("TYPE DE VISA / TYPE OF VISA", f"{doc['visa_type']}     NOMBRE D'ENTRÉES  MULT"),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", f"{doc.get('days', 365)} JOURS"),
        ("DÉLIVRÉ À / ISSUED IN", f"{doc['post']}     LE / ON  {dd(doc['issued'])}"),
        ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", doc["passport_number"]),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{U.ascii_up(p['surname'])}, {U.ascii_up(p['given'])}"),
        ("REMARQUES / REMARKS", doc["remarks"]),
    ]
    y = y0 + 13
    for lbl, val in rows:
        pg.text(x0 + 30, y, lbl, "sansc", 4.2, (80, 80, 110))
        pg.text(x0 + 30, y + 3.4, val, "courier-b", 7.6, (15, 15, 15))
        y += 6.3
    if doc.get("remarks2"):
        pg.text(x0 + 30, y - 2.6 + 3.2, doc["remarks2"], "courier-b", 7.2, (15, 15, 15))
    lines = U.mrva(
        "FRA",
        p["surname"],
        p["given"],
        doc["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        doc["valid_until"],
    )
    mrz_block(pg, x0 + 1.5, y0 + h - 10.5, lines, 9.6, pitch=5.2)
    fields = dict(
        surname=U.ascii_up(p["surname"]),
        given_names=U.ascii_up(p["given"]),
        document_number=doc["number"],
        nationality=p["nat"],
        issuing_country="FRA",
        date_of_birth=p["dob"],
        sex=p["sex"],
        expiry_date=doc["valid_until"],
        mrz_valid=True,
        visa_type=doc["visa_type"],
        vls_ts="VLS-TS" in doc["remarks"],
        category=doc.get("category"),
        valid_from=doc["valid_from"],
        valid_until=doc["valid_until"],
    )
    return [pg], fields
