"""Identity and residence documents: passport data pages, ID cards, titres de séjour, visas."""

from __future__ import annotations

import datetime as dt
import random

import setl_core as K
from reportlab.pdfbase.pdfmetrics import stringWidth
from setl_draw import col, guilloche, line, photo, rect, rosette, signature, star, txt
from setl_model import Doc, Person
from setl_render import ID1, MM, TD3, Page, draw_shaped

LBL = {
    "en_fr": [
        "Surname / Nom",
        "Given names / Prénoms",
        "Nationality / Nationalité",
        "Date of birth / Date de naissance",
        "Sex / Sexe",
        "Place of birth / Lieu de naissance",
        "Date of issue / Date de délivrance",
        "Date of expiry / Date d'expiration",
        "Authority / Autorité",
        "Passport No. / N° du passeport",
    ],
    "en": [
        "Surname",
        "Given Names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
        "Passport No.",
    ],
    "es": [
        "Apellidos / Surname",
        "Nombres / Given names",
        "Nacionalidad / Nationality",
        "Fecha de nacimiento / Date of birth",
        "Sexo / Sex",
        "Lugar de nacimiento / Place of birth",
        "Fecha de expedición / Date of issue",
        "Fecha de vencimiento / Date of expiry",
        "Autoridad / Authority",
        "Pasaporte N° / Passport No.",
    ],
    "pt": [
        "Sobrenome / Surname / Nom",
        "Nome / Given names / Prénoms",
        "Nacionalidade / Nationality / Nationalité",
        "Data de nascimento / Date of birth",
        "Sexo / Sex / Sexe",
        "Local de nascimento / Place of birth",
        "Data de expedição / Date of issue",
        "Válido até / Date of expiry",
        "Autoridade / Authority",
        "Passaporte N° / Passport No.",
    ],
    "ptpt": [
        "Apelido(s) / Surname / Nom",
        "Nome(s) próprio(s) / Given names / Prénoms",
        "Nacionalidade / Nationality",
        "Data de nascimento / Date of birth",
        "Sexo / Sex",
        "Local de nascimento / Place of birth",
        "Data de emissão / Date of issue",
        "Válido até / Date of expiry",
        "Autoridade / Authority",
        "Passaporte N° / Passport No.",
    ],
    "fr_en": [
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "Date de délivrance / Date of issue",
        "Date d'expiration / Date of expiry",
        "Autorité / Authority",
        "N° du passeport / Passport No.",
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
        "签发机关/Authority",
        "护照号/Passport No.",
    ],
    "uk": [
        "Прізвище/Surname",
        "Ім'я/Given Names",
        "Громадянство/Nationality",
        "Дата народження/Date of birth",
        "Стать/Sex",
        "Місце народження/Place of birth",
        "Дата видачі/Date of issue",
        "Дата закінчення строку дії/Date of expiry",
        "Орган, що видав/Authority",
        "Паспорт №/Passport No.",
    ],
    "ru": [
        "Фамилия/Surname",
        "Имя/Given names",
        "Гражданство/Nationality",
        "Дата рождения/Date of birth",
        "Пол/Sex",
        "Место рождения/Place of birth",
        "Дата выдачи/Date of issue",
        "Дата окончания срока действия/Date of expiry",
        "Орган, выдавший документ/Authority",
        "Номер паспорта/Passport No.",
    ],
    "tr": [
        "Soyadı / Surname / Nom",
        "Adı / Given names / Prénoms",
        "Uyruğu / Nationality",
        "Doğum tarihi / Date of birth",
        "Cinsiyeti / Sex",
        "Doğum yeri / Place of birth",
        "Veriliş tarihi / Date of issue",
        "Geçerlilik tarihi / Date of expiry",
        "Makam / Authority",
        "Pasaport No / Passport No",
    ],
    "it": [
        "Cognome / Surname / Nom (1)",
        "Nome / Given names / Prénoms (2)",
        "Cittadinanza / Nationality (3)",
        "Data di nascita / Date of birth (4)",
        "Sesso / Sex (5)",
        "Luogo di nascita / Place of birth (6)",
        "Data di rilascio / Date of issue (7)",
        "Data di scadenza / Date of expiry (8)",
        "Autorità / Authority (9)",
        "Passaporto N. / Passport No.",
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
        "Cơ quan cấp / Authority",
        "Số hộ chiếu / Passport No.",
    ],
}

COUNTRY_NAME_EN = {
    "USA": "UNITED STATES OF AMERICA",
    "BRA": "REPÚBLICA FEDERATIVA DO BRASIL",
    "IND": "REPUBLIC OF INDIA",
    "CHN": "PEOPLE'S REPUBLIC OF CHINA",
    "ITA": "REPUBBLICA ITALIANA",
    "MAR": "ROYAUME DU MAROC",
    "COL": "REPÚBLICA DE COLOMBIA",
    "UKR": "UKRAINE",
    "PHL": "REPUBLIC OF THE PHILIPPINES",
    "GBR": "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
    "MEX": "ESTADOS UNIDOS MEXICANOS",
    "TUR": "TÜRKİYE CUMHURİYETİ",
    "PER": "REPÚBLICA DEL PERÚ",
    "CAN": "CANADA",
    "TUN": "RÉPUBLIQUE TUNISIENNE",
    "PAK": "ISLAMIC REPUBLIC OF PAKISTAN",
    "RUS": "РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION",
    "VEN": "REPÚBLICA BOLIVARIANA DE VENEZUELA",
    "PRT": "REPÚBLICA PORTUGUESA",
    "ESP": "REINO DE ESPAÑA",
    "DZA": "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
    "SEN": "RÉPUBLIQUE DU SÉNÉGAL",
    "NGA": "FEDERAL REPUBLIC OF NIGERIA",
    "VNM": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "LBN": "RÉPUBLIQUE LIBANAISE",
    "CIV": "RÉPUBLIQUE DE CÔTE D'IVOIRE",
    "CMR": "RÉPUBLIQUE DU CAMEROUN",
    "HTI": "RÉPUBLIQUE D'HAÏTI",
    "EGY": "ARAB REPUBLIC OF EGYPT",
    "IRN": "ISLAMIC REPUBLIC OF IRAN",
    "BGD": "PEOPLE'S REPUBLIC OF BANGLADESH",
    "LKA": "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA",
    "FRA": "RÉPUBLIQUE FRANÇAISE",
    "ROU": "ROMÂNIA",
    "DEU": "BUNDESREPUBLIK DEUTSCHLAND",
    "BEL": "BELGIQUE / BELGIË",
    "MLI": "RÉPUBLIQUE DU MALI",
    "GIN": "RÉPUBLIQUE DE GUINÉE",
    "COD": "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
}

NAT_WORD = {
    "USA": "USA",
    "BRA": "BRASILEIRA",
    "IND": "INDIAN",
    "CHN": "CHINESE",
    "ITA": "ITALIANA",
    "MAR": "MAROCAINE",
    "COL": "COLOMBIANA",
    "UKR": "УКРАЇНА/UKR",
    "PHL": "FILIPINO",
    "GBR": "BRITISH CITIZEN",
    "MEX": "MEXICANA",
    "TUR": "T.C. / TUR",
    "PER": "PERUANA",
    "CAN": "CANADIAN/CANADIENNE",
    "TUN": "TUNISIENNE",
    "PAK": "PAKISTANI",
    "RUS": "РОССИЯ/RUS",
    "VEN": "VENEZOLANA",
    "PRT": "PORTUGUESA",
    "ESP": "ESPAÑOLA",
    "DZA": "ALGÉRIENNE",
    "SEN": "SÉNÉGALAISE",
    "NGA": "NIGERIAN",
    "VNM": "VIỆT NAM/VIETNAMESE",
    "LBN": "LIBANAISE",
    "CIV": "IVOIRIENNE",
    "CMR": "CAMEROUNAISE",
    "HTI": "HAÏTIENNE",
    "EGY": "EGYPTIAN",
    "IRN": "IRANIAN",
    "BGD": "BANGLADESHI",
    "LKA": "SRI LANKAN",
    "FRA": "FRANÇAISE",
    "ROU": "ROMÂNĂ",
    "DEU": "DEUTSCH",
    "BEL": "BELGE",
    "MLI": "MALIENNE",
    "GIN": "GUINÉENNE",
    "COD": "CONGOLAISE",
}

# label set, date style, tint, font, authority
PSTYLE = {
    "USA": ("en", "usmon", (0.12, 0.2, 0.45), "Lib", "United States Department of State"),
    "BRA": ("pt", "slash", (0.1, 0.35, 0.25), "Open", "POLÍCIA FEDERAL"),
    "IND": ("en", "slash", (0.1, 0.2, 0.45), "FreeSans", "PASSPORT OFFICE CHENNAI"),
    "CHN": ("zh", "cnmon", (0.45, 0.1, 0.12), "Sans", "National Immigration Administration"),
    "ITA": ("it", "mon3it", (0.2, 0.3, 0.45), "Lato", "MINISTRO AFFARI ESTERI"),
    "MAR": ("fr_en", "dot", (0.5, 0.15, 0.12), "Carlito", "DGSN"),
    "COL": ("es", "mon3", (0.18, 0.22, 0.42), "Roboto", "CANCILLERÍA"),
    "UKR": ("uk", "mon3", (0.15, 0.25, 0.45), "Sans", "4610"),
    "PHL": ("en", "mon3", (0.15, 0.15, 0.4), "Open", "DFA MANILA"),
    "GBR": ("en_fr", "fren", (0.3, 0.1, 0.3), "Lib", "HMPO"),
    "MEX": ("es", "mon3", (0.15, 0.35, 0.25), "Roboto", "SRE JALISCO"),
    "TUR": ("tr", "dot", (0.45, 0.1, 0.1), "Sans", "T.C. İÇİŞLERİ BAKANLIĞI"),
    "PER": ("es", "slash", (0.45, 0.15, 0.15), "Lato", "MIGRACIONES LIMA"),
    "CAN": ("en_fr", "mon3", (0.2, 0.2, 0.4), "Open", "GATINEAU"),
    "TUN": ("fr_en", "slash", (0.45, 0.1, 0.1), "Carlito", "MINISTÈRE DE L'INTÉRIEUR"),
    "PAK": ("en", "mon3", (0.1, 0.35, 0.2), "FreeSans", "PAKISTAN"),
    "RUS": ("ru", "dot", (0.45, 0.15, 0.15), "Sans", "МВД 77001"),
    "VEN": ("es", "slash", (0.15, 0.25, 0.45), "Roboto", "SAIME"),
    "PRT": ("ptpt", "mon3", (0.15, 0.3, 0.2), "Lato", "SEF-PORTUGAL"),
    "ESP": ("es", "slash", (0.4, 0.1, 0.15), "Lib", "DGP MADRID"),
    "DZA": ("fr_en", "slash", (0.1, 0.35, 0.2), "Carlito", "DAIRA DE BAB EL OUED"),
    "SEN": ("fr_en", "slash", (0.1, 0.35, 0.2), "Open", "DAF DAKAR"),
    "NGA": ("en", "mon3", (0.1, 0.35, 0.2), "Lib", "NIS ABUJA"),
    "VNM": ("vi", "slash", (0.4, 0.15, 0.1), "Sans", "CỤC QUẢN LÝ XUẤT NHẬP CẢNH"),
    "LBN": ("fr_en", "slash", (0.1, 0.3, 0.35), "Carlito", "SÛRETÉ GÉNÉRALE"),
    "EGY": ("en", "slash", (0.3, 0.2, 0.1), "FreeSans", "CAIRO"),
    "IRN": ("en", "slash", (0.3, 0.25, 0.1), "FreeSans", "TEHRAN"),
    "CIV": ("fr_en", "slash", (0.4, 0.3, 0.1), "Carlito", "DST ABIDJAN"),
    "HTI": ("fr_en", "slash", (0.15, 0.15, 0.45), "Lib", "DIE PORT-AU-PRINCE"),
    "CMR": ("fr_en", "slash", (0.1, 0.3, 0.2), "Lib", "DGSN YAOUNDÉ"),
    "FRA": ("fr_en", "fren", (0.35, 0.1, 0.25), "Sans", "Préfecture de la Gironde"),
}


def fmt_date(d: dt.date, style: str) -> str:
    if style == "usmon":
        return f"{d.day:02d} {K.MON3_EN[d.month - 1].capitalize()} {d.year}"
    if style == "mon3":
        return K.d_mon3(d, "en")
    if style == "fren":
        return K.d_mon3(d, "fren")
    if style == "dot":
        return K.d_dot(d)
    if style == "cnmon":
        return f"{d.day:02d} {d.month}月/{K.MON3_EN[d.month - 1]} {d.year}"
    if style == "mon3it":
        it = ["GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"]
        return f"{d.day:02d} {it[d.month - 1]}/{K.MON3_EN[d.month - 1]} {d.year}"
    return K.d_fr(d)


def draw_mrz(c, x, y, lines, width, size=9.5, color=(0.05, 0.05, 0.05), lead=None):
    lead = lead or size * 1.45
    for i, ln in enumerate(lines):
        n = len(ln)
        w0 = stringWidth(ln, "OCRB", size)
        cs = (width - w0) / max(n - 1, 1)
        t = c.beginText()
        t.setTextOrigin(x, y - i * lead)
        t.setFont("OCRB", size)
        t.setCharSpace(cs)
        t.setFillColor(col(color))
        t.textOut(ln)
        c.drawText(t)


def tamper_mrz(lines: list[str], idx: int, pos: int) -> list[str]:
    """Make one check digit wrong (used for defects)."""
    ln = lines[idx]
    d = ln[pos]
    nd = str((int(d) + 3) % 10) if d.isdigit() else "7"
    out = list(lines)
    out[idx] = ln[:pos] + nd + ln[pos + 1 :]
    return out


# ------------------------------------------------------------------ passport
def passport(
    p: Person,
    number: str,
    issue: dt.date,
    expiry: dt.date,
    *,
    rng: random.Random,
    bad_check: bool = False,
    personal: str = "",
) -> Doc:
    labels, dstyle, tint, font, authority = PSTYLE.get(
        p.nat, ("en_fr", "slash", (0.2, 0.2, 0.4), "Sans", "AUTHORITY")
    )
    L = LBL[labels]
    bold = {
        "Lib": "Lib-B",
        "Open": "Open-B",
        "FreeSans": "FreeSans-B",
        "Sans": "Sans-B",
        "Lato": "Lato-B",
        "Carlito": "Carlito-B",
        "Roboto": "Roboto-B",
    }[font]
    sur_p = K.up(p.surname) if p.nat not in ("USA", "GBR", "CAN") else K.deaccent(p.surname).upper()
    giv_p = K.up(p.given) if p.nat not in ("USA", "GBR", "CAN") else K.deaccent(p.given).upper()
    if p.nat in ("UKR", "RUS", "VNM", "TUR"):
        sur_p, giv_p = K.deaccent(p.surname).upper(), K.deaccent(p.given).upper()
    if p.nat == "PHL" and p.middle:
        giv_p = K.up(p.given)
    mrz = K.td3(p.nat, p.surname, p.given, number, p.nat, p.dob, p.sex, expiry, personal)
    if bad_check:
        mrz = tamper_mrz(mrz, 1, 19)
    place = p.birth_city.upper()
    W, H = TD3
    variant = rng.randint(0, 2)
    lab_size = 4.6 if labels in ("uk", "ru", "vi") else 5.2
    lab_font = "CJK" if labels == "zh" else ("Sans" if labels in ("uk", "ru", "vi", "tr") else font)
    nat_word = NAT_WORD.get(p.nat, p.nat)
    sexw = {"F": "F", "M": "M"}[p.sex]
    if labels in ("fr_en", "en_fr", "it", "pt", "ptpt") and p.sex == "F":
        sexw = "F"

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.97, 0.96, 0.93))
        guilloche(c, 0, 0, W, H, tint, random.Random(p.key + "g"), n=22, lw=0.3, alpha=0.22)
        rosette(c, W * 0.7, H * 0.55, 60, tint, random.Random(p.key + "r"), alpha=0.12)
        top = H - 14
        cname = COUNTRY_NAME_EN.get(p.nat, p.nat)
        txt(c, 10, top, cname, bold, 7.2, tint, maxw=W * 0.62)
        title = {
            "zh": "护照 PASSPORT",
            "uk": "ПАСПОРТ / PASSPORT",
            "ru": "ПАСПОРТ / PASSPORT",
            "es": "PASAPORTE / PASSPORT",
            "pt": "PASSAPORTE / PASSPORT / PASSEPORT",
            "ptpt": "PASSAPORTE / PASSPORT",
            "tr": "PASAPORT / PASSPORT",
            "it": "PASSAPORTO / PASSPORT / PASSEPORT",
            "vi": "HỘ CHIẾU / PASSPORT",
            "fr_en": "PASSEPORT / PASSPORT",
        }.get(labels, "PASSPORT")
        txt(c, 10, top - 10, title, "CJK" if labels == "zh" else bold, 6.5, tint)
        if p.nat in ("MAR", "DZA", "TUN", "LBN", "EGY"):
            ar = {
                "MAR": "المملكة المغربية",
                "DZA": "الجمهورية الجزائرية",
                "TUN": "الجمهورية التونسية",
                "LBN": "الجمهورية اللبنانية",
                "EGY": "جمهورية مصر العربية",
            }[p.nat]
            draw_shaped(c, W - 10, top - 1, ar, "Amiri", 8, (60, 40, 30), align="right")
        # header numbers
        hx = W * 0.34 if variant != 1 else W * 0.30
        yy = top - 24
        txt(
            c, hx, yy + 6, "Type", lab_font if labels != "zh" else "Sans", lab_size, (0.3, 0.3, 0.3)
        )
        txt(c, hx, yy - 2, "P", bold, 8)
        txt(c, hx + 28, yy + 6, "Code", "Sans", lab_size, (0.3, 0.3, 0.3))
        txt(c, hx + 28, yy - 2, p.nat, bold, 8)
        txt(c, W - 12, yy + 6, L[9], lab_font, lab_size, (0.3, 0.3, 0.3), align="right")
        num_col = (0.55, 0.1, 0.1) if p.nat in ("USA", "CHN", "IND") else (0.05, 0.05, 0.05)
        txt(c, W - 12, yy - 3, number, bold, 9, num_col, align="right")
        # photo
        px, py, pw, ph = 9, 60, 32 * MM, 40 * MM
        if variant == 2:
            px = 7
        photo(c, px, py, pw, ph, p.key, p.sex)
        photo(c, W - 40, 52, 26, 32, p.key, p.sex, bw=True, ghost=True)
        # fields
        fx = px + pw + 10
        rows = [
            (L[0], sur_p),
            (L[1], giv_p),
            (L[2], nat_word),
            (L[3], fmt_date(p.dob, dstyle)),
            (L[4], sexw),
            (L[5], place),
            (L[6], fmt_date(issue, dstyle)),
            (L[7], fmt_date(expiry, dstyle)),
            (L[8], authority),
        ]
        if p.nat == "PHL" and p.middle:
            rows.insert(2, ("Middle Name", K.up(p.middle)))
        fy = yy - 16
        step = 14.5 if len(rows) <= 9 else 13.2
        for i, (lab, val) in enumerate(rows):
            if i in (3, 4) and variant == 0:
                pass
            txt(c, fx, fy + 6, lab, lab_font, lab_size, (0.3, 0.3, 0.35), maxw=W - fx - 10)
            vf = bold if i < 2 else ("CJK" if p.nat == "CHN" else font)
            if p.native and i == 0 and p.native.get("surname"):
                nat_f = "CJK" if p.nat == "CHN" else "Sans"
                txt(
                    c,
                    fx,
                    fy - 2.5,
                    f"{p.native['surname']} / {val}"
                    if p.nat != "CHN"
                    else f"{p.native['surname']} {val}",
                    nat_f if p.nat == "CHN" else "Sans-B",
                    8,
                )
            elif p.native and i == 1 and p.native.get("given"):
                nat_f = "CJK" if p.nat == "CHN" else "Sans-B"
                txt(
                    c,
                    fx,
                    fy - 2.5,
                    f"{p.native['given']} / {val}"
                    if p.nat != "CHN"
                    else f"{p.native['given']} {val}",
                    nat_f,
                    8,
                )
            else:
                txt(c, fx, fy - 2.5, val, vf, 8, maxw=W - fx - 12)
            fy -= step
        signature(
            c, px + 2, py - 19, pw - 4, 17, p.key + "sig", (0.1, 0.1, 0.2), 0.6, name=p.surname
        )
        draw_mrz(c, 10, 25, mrz, W - 20, 9.6, lead=13.5)

    fields = {
        "surname": sur_p,
        "given_names": giv_p,
        "document_number": number,
        "nationality": p.nat,
        "issuing_country": p.nat,
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": not bad_check,
    }
    return Doc(
        "passport", fields, [Page(W, H, draw)], kind="td3", key=p.key + "pp", meta={"mrz": mrz}
    )


# ------------------------------------------------------------------ ID cards
def _card_base(c, W, H, tint, key, pattern=True):
    rect(c, 0, 0, W, H, None, (0.96, 0.96, 0.97))
    if pattern:
        guilloche(c, 0, 0, W, H, tint, random.Random(key), n=16, lw=0.25, alpha=0.25)


def french_cni_new(p: Person, number: str, issue: dt.date, expiry: dt.date, rng) -> Doc:
    W, H = ID1
    tint = (0.2, 0.35, 0.6)
    mrz = K.td1("ID", "FRA", number, p.dob, p.sex, expiry, "FRA", p.surname, p.given)
    sur, giv = K.up(p.surname), K.up(p.given).replace(" ", ", ")

    def front(c):
        _card_base(c, W, H, tint, p.key + "cni")
        rect(c, 0, H - 20, W, 20, None, (0.2, 0.3, 0.55))
        txt(c, 8, H - 9, "RÉPUBLIQUE FRANÇAISE", "Sans-B", 6.2, (1, 1, 1))
        txt(c, 8, H - 16.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "Sans", 4.6, (1, 1, 1))
        photo(c, 7, 24, 60, 76, p.key, p.sex)
        x = 74
        rows = [
            ("NOM / Surname", sur),
            ("Prénoms / Given names", giv),
            ("SEXE / Sex", p.sex),
            ("NATIONALITÉ / Nationality", "FRA"),
            ("DATE DE NAISS. / Date of birth", K.d_fr(p.dob).replace("/", " ")),
            ("LIEU DE NAISSANCE / Place of birth", p.birth_city.upper()),
            ("N° DU DOCUMENT / Document No", number),
            ("DATE D'EXPIR. / Expiry date", K.d_fr(expiry).replace("/", " ")),
        ]
        y = H - 30
        for lab, val in rows:
            txt(c, x, y, lab, "Sans", 4.1, (0.3, 0.3, 0.4))
            txt(c, x, y - 6.4, val, "Sans-B", 6.3, maxw=W - x - 30)
            y -= 14.2
        signature(c, 8, 6, 55, 14, p.key + "s", (0.1, 0.1, 0.2), 0.5)
        star(c, W - 18, 22, 8, (0.5, 0.45, 0.2), alpha=0.4)

    def back(c):
        _card_base(c, W, H, tint, p.key + "cnib")
        txt(c, 8, H - 12, "ADRESSE / Address", "Sans", 4.3, (0.3, 0.3, 0.4))
        txt(c, 8, H - 20, p.address[0].upper() if p.address else "", "Sans-B", 6)
        txt(c, 8, H - 27, p.address[1].upper() if len(p.address) > 1 else "", "Sans-B", 6)
        txt(c, 8, H - 38, "DATE DE DÉLIVRANCE / Date of issue", "Sans", 4.3, (0.3, 0.3, 0.4))
        txt(c, 8, H - 45, K.d_fr(issue).replace("/", " "), "Sans-B", 6)
        txt(c, 130, H - 38, "AUTORITÉ / Authority", "Sans", 4.3, (0.3, 0.3, 0.4))
        txt(c, 130, H - 45, "PRÉFECTURE", "Sans-B", 6)
        rect(c, 0, 0, W, 50, None, (1, 1, 1))
        draw_mrz(c, 9, 38, mrz, W - 18, 8.2, lead=12.5)

    f = {
        "surname": sur,
        "given_names": giv,
        "document_number": number,
        "nationality": "FRA",
        "issuing_country": "FRA",
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": True,
    }
    return Doc(
        "national_id",
        f,
        [Page(W, H, front), Page(W, H, back)],
        kind="card",
        key=p.key + "cni",
        faces=["recto", "verso"],
        meta={"mrz": mrz},
    )


def french_cni_old(p: Person, number12: str, issue: dt.date, expiry: dt.date, rng) -> Doc:
    """The 1988-2021 laminated card: MRZ on the front, address on the back."""
    W, H = ID1
    mrz = K.fra_id_1988(p.surname, p.given, number12, p.dob, p.sex)
    sur = K.up(p.surname)
    giv = ", ".join(K.up(p.given).split())

    def front(c):
        rect(c, 0, 0, W, H, None, (0.93, 0.9, 0.88))
        guilloche(c, 0, 0, W, H, (0.65, 0.35, 0.45), random.Random(p.key + "o"), n=14, alpha=0.3)
        txt(c, 8, H - 11, "RÉPUBLIQUE FRANÇAISE", "Serif-B", 6.8, (0.15, 0.2, 0.45))
        txt(
            c,
            W - 8,
            H - 21,
            "CARTE NATIONALE D'IDENTITÉ N° : " + number12,
            "Sans-B",
            5.4,
            align="right",
        )
        txt(c, W - 8, H - 11, "Nationalité Française", "Sans", 5.5, align="right")
        photo(c, 8, 44, 56, 72, p.key, p.sex, bw=True)
        x, y = 74, H - 34
        for lab, val in [
            ("Nom :", sur),
            ("Prénom(s) :", giv),
            ("Sexe :", p.sex),
            ("Né(e) le :", K.d_dot(p.dob)),
            ("à :", p.birth_city.upper()),
            ("Taille :", "1,6" + str(rng.randint(0, 9)) + "m"),
        ]:
            txt(c, x, y, lab, "Serif", 5.6, (0.2, 0.2, 0.2))
            txt(c, x + 36, y, val, "Sans-B", 6.4, maxw=W - x - 44)
            y -= 10.5
        txt(c, x, y - 2, "Signature du titulaire :", "Serif", 5)
        signature(c, x + 52, y - 8, 70, 14, p.key + "s", (0.1, 0.1, 0.2), 0.5)
        rect(c, 0, 0, W, 32, None, (0.97, 0.96, 0.95))
        draw_mrz(c, 6, 20, mrz, W - 12, 7.6, lead=11.5)

    def back(c):
        rect(c, 0, 0, W, H, None, (0.93, 0.9, 0.88))
        guilloche(c, 0, 0, W, H, (0.65, 0.35, 0.45), random.Random(p.key + "ob"), n=14, alpha=0.3)
        y = H - 18
        txt(c, 10, y, "Adresse :", "Serif", 6)
        txt(c, 50, y, (p.address[0] if p.address else "").upper(), "Sans-B", 6.2)
        txt(c, 50, y - 9, (p.address[1] if len(p.address) > 1 else "").upper(), "Sans-B", 6.2)
        txt(c, 10, y - 30, "Carte valable jusqu'au : " + K.d_dot(expiry), "Sans-B", 6.4)
        txt(c, 10, y - 42, "délivrée le : " + K.d_dot(issue), "Serif", 6)
        txt(c, 10, y - 52, "par : PRÉFECTURE DE POLICE", "Serif", 6)
        txt(c, 10, y - 66, "Signature de l'autorité :", "Serif", 5.5)
        signature(c, 80, y - 82, 70, 20, p.key + "pref", (0.1, 0.1, 0.2), 0.6)
        rect(c, W - 70, 12, 56, 56, (0.4, 0.3, 0.5), None, 0.5)
        txt(c, W - 42, 36, "TIMBRE", "Sans", 5, (0.4, 0.3, 0.5), align="center")

    f = {
        "surname": sur,
        "given_names": giv,
        "document_number": number12,
        "nationality": "FRA",
        "issuing_country": "FRA",
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": True,
    }
    return Doc(
        "national_id",
        f,
        [Page(W, H, front), Page(W, H, back)],
        kind="card",
        key=p.key + "cnio",
        faces=["recto", "verso"],
        meta={"mrz": mrz},
        notes="old French card (1988 model): 2x36 MRZ on the front; validity printed on the back",
    )


EU_ID = {
    "ITA": (
        "REPUBBLICA ITALIANA",
        "CARTA DI IDENTITÀ / IDENTITY CARD",
        "CI",
        [
            "COGNOME / SURNAME",
            "NOME / NAME",
            "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            "SESSO / SEX",
            "CITTADINANZA / NATIONALITY",
            "SCADENZA / EXPIRY",
        ],
        (0.2, 0.45, 0.4),
    ),
    "ESP": (
        "REINO DE ESPAÑA",
        "DOCUMENTO NACIONAL DE IDENTIDAD",
        "ID",
        ["APELLIDOS", "NOMBRE", "FECHA DE NACIMIENTO", "SEXO", "NACIONALIDAD", "VALIDEZ"],
        (0.5, 0.35, 0.2),
    ),
    "ROU": (
        "ROMÂNIA",
        "CARTE DE IDENTITATE / IDENTITY CARD",
        "ID",
        [
            "Nume/Nom/Last name",
            "Prenume/Prénom/First name",
            "Data nașterii/Date of birth",
            "Sex/Sexe/Sex",
            "Cetățenie/Nationalité/Nationality",
            "Valabilitate/Validité/Validity",
        ],
        (0.25, 0.3, 0.55),
    ),
    "BEL": (
        "BELGIQUE · BELGIË · BELGIEN",
        "CARTE D'IDENTITÉ · IDENTITEITSKAART",
        "ID",
        [
            "Nom / Name",
            "Prénoms / Voornamen",
            "Date de naissance / Geboortedatum",
            "Sexe / Geslacht",
            "Nationalité / Nationaliteit",
            "Valable jusqu'au / Geldig tot",
        ],
        (0.45, 0.35, 0.45),
    ),
    "DEU": (
        "BUNDESREPUBLIK DEUTSCHLAND",
        "PERSONALAUSWEIS / IDENTITY CARD",
        "ID",
        [
            "Name / Surname / Nom",
            "Vornamen / Given names / Prénoms",
            "Geburtstag / Date of birth",
            "Geschlecht / Sex",
            "Staatsangehörigkeit / Nationality",
            "Gültig bis / Date of expiry",
        ],
        (0.3, 0.45, 0.35),
    ),
}


def eu_id(p: Person, number: str, issue: dt.date, expiry: dt.date, rng, opt1: str = "") -> Doc:
    W, H = ID1
    head, title, code, labs, tint = EU_ID[p.nat]
    mrz = K.td1(
        code,
        p.nat if p.nat != "DEU" else "D",
        number,
        p.dob,
        p.sex,
        expiry,
        p.nat if p.nat != "DEU" else "D",
        p.surname,
        p.given,
        opt1,
    )
    sur, giv = K.up(p.surname), K.up(p.given)
    natw = {"ITA": "ITA", "ESP": "ESP", "ROU": "ROU", "BEL": "BEL", "DEU": "DEUTSCH"}[p.nat]

    def front(c):
        _card_base(c, W, H, tint, p.key + "eu")
        txt(c, 8, H - 11, head, "Sans-B", 6.5, tint)
        txt(c, 8, H - 18.5, title, "Sans", 4.8, tint)
        txt(c, W - 8, H - 11, number, "OCRB", 8, (0.6, 0.1, 0.1), align="right")
        photo(c, 8, 18, 58, 74, p.key, p.sex)
        x, y = 74, H - 32
        dob = K.d_dot(p.dob) if p.nat != "ITA" else f"{p.birth_city.upper()} {K.d_dot(p.dob)}"
        vals = [sur, giv, dob, p.sex, natw, K.d_dot(expiry)]
        for lab, val in zip(labs, vals):
            txt(c, x, y, lab, "Sans", 4.1, (0.35, 0.35, 0.4))
            txt(c, x, y - 6.6, val, "Sans-B", 6.5, maxw=W - x - 8)
            y -= 15
        signature(c, 10, 4, 52, 12, p.key + "s", (0.1, 0.1, 0.2), 0.5)

    def back(c):
        _card_base(c, W, H, tint, p.key + "eub")
        txt(
            c, 8, H - 12, "Emissione / Issue / Emisión / Délivrance", "Sans", 4.2, (0.35, 0.35, 0.4)
        )
        txt(c, 8, H - 19, K.d_dot(issue), "Sans-B", 6)
        txt(c, 8, H - 30, "Luogo di nascita / Place of birth", "Sans", 4.2, (0.35, 0.35, 0.4))
        txt(c, 8, H - 37, p.birth_city.upper(), "Sans-B", 6)
        rect(c, 0, 0, W, 50, None, (1, 1, 1))
        draw_mrz(c, 9, 38, mrz, W - 18, 8.2, lead=12.5)

    f = {
        "surname": sur,
        "given_names": giv,
        "document_number": number,
        "nationality": p.nat,
        "issuing_country": p.nat,
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": True,
    }
    return Doc(
        "national_id",
        f,
        [Page(W, H, front), Page(W, H, back)],
        kind="card",
        key=p.key + "euid",
        faces=["front", "back"],
        meta={"mrz": mrz},
    )


# ------------------------------------------------------------------ titre de séjour
def titre_sejour(
    p: Person,
    number: str,
    issue: dt.date,
    expiry: dt.date,
    rng,
    *,
    kind: str = "CARTE DE SÉJOUR PLURIANNUELLE",
    mention: str = "VIE PRIVÉE ET FAMILIALE",
    prefecture: str = "PRÉFECTURE DU RHÔNE",
    algerian: bool = False,
    withdrawal: bool = False,
    bad_check: bool = False,
) -> Doc:
    W, H = ID1
    tint = (0.3, 0.45, 0.4) if not algerian else (0.45, 0.4, 0.25)
    mrz = K.td1("IR", "FRA", number, p.dob, p.sex, expiry, p.nat, p.surname, p.given)
    if bad_check:
        mrz = tamper_mrz(mrz, 1, 14)
    sur, giv = K.up(p.surname), K.up(p.given)
    if algerian:
        kind = "CERTIFICAT DE RÉSIDENCE POUR ALGÉRIEN"
    if withdrawal:
        kind = "CARTE DE SÉJOUR - ACCORD DE RETRAIT DU ROYAUME-UNI DE L'UE"
        mention = "ARTICLE 50 TUE - SÉJOUR PERMANENT" if expiry.year > 2030 else "ARTICLE 50 TUE"
    agdref = str(random.Random(p.key + "ag").randint(7500000000, 9999999999))

    def front(c):
        _card_base(c, W, H, tint, p.key + "ts")
        rect(c, 0, H - 18, W, 18, None, (0.9, 0.93, 0.95))
        txt(c, 7, H - 8, "RÉPUBLIQUE FRANÇAISE", "Sans-B", 6, (0.15, 0.2, 0.45))
        txt(c, 7, H - 15, "TITRE DE SÉJOUR / RESIDENCE PERMIT", "Sans", 4.8, (0.15, 0.2, 0.45))
        txt(c, W - 7, H - 8, "N° " + number, "Sans-B", 6, (0.5, 0.1, 0.1), align="right")
        photo(c, 6, 22, 56, 70, p.key, p.sex)
        x, y = 68, H - 27
        rows = [
            ("NOM / Surname", sur),
            ("Prénoms / Given names", giv),
            ("Sexe / Sex", p.sex),
            ("Nationalité / Nationality", p.nat),
            ("Date de naissance / Date of birth", K.d_fr(p.dob)),
        ]
        for lab, val in rows:
            txt(c, x, y, lab, "Sans", 4.0, (0.3, 0.3, 0.4))
            txt(c, x, y - 6.3, val, "Sans-B", 6.2, maxw=W - x - 8)
            y -= 13.5
        txt(c, x, y, "Type de titre / Type of permit", "Sans", 4.0, (0.3, 0.3, 0.4))
        txt(c, x, y - 6, kind, "SansC-B", 5.1, maxw=W - x - 6)
        txt(c, x, y - 12.5, mention, "SansC-B", 5.1, (0.45, 0.1, 0.1), maxw=W - x - 6)
        txt(c, 6, 12, "Valable jusqu'au / Valid until", "Sans", 4.0, (0.3, 0.3, 0.4))
        txt(c, 6, 4, K.d_fr(expiry), "Sans-B", 6.4)
        signature(c, 100, 2, 50, 12, p.key + "s", (0.1, 0.1, 0.2), 0.5)

    def back(c):
        _card_base(c, W, H, tint, p.key + "tsb")
        txt(c, 7, H - 11, "Lieu de naissance / Place of birth", "Sans", 4.1, (0.3, 0.3, 0.4))
        txt(c, 7, H - 18, f"{p.birth_city.upper()} ({p.birth_country})", "Sans-B", 5.8)
        txt(c, 7, H - 28, "Adresse / Address", "Sans", 4.1, (0.3, 0.3, 0.4))
        txt(c, 7, H - 35, ", ".join(p.address).upper(), "Sans-B", 5.2, maxw=W - 14)
        txt(c, 7, H - 45, "Délivré le / Issued on", "Sans", 4.1, (0.3, 0.3, 0.4))
        txt(c, 7, H - 52, f"{K.d_fr(issue)}  {prefecture}", "Sans-B", 5.4, maxw=W - 14)
        txt(c, 7, H - 62, "N° étranger / Foreigner ID", "Sans", 4.1, (0.3, 0.3, 0.4))
        txt(c, 7, H - 69, agdref, "Sans-B", 5.8)
        txt(c, 130, H - 62, "Remarques / Remarks", "Sans", 4.1, (0.3, 0.3, 0.4))
        txt(
            c,
            130,
            H - 69,
            "AUTORISE SON TITULAIRE À TRAVAILLER"
            if "SALARI" in mention or "TALENT" in mention or "PRIVÉE" in mention
            else "-",
            "SansC",
            4.3,
            maxw=W - 136,
        )
        rect(c, 0, 0, W, 48, None, (1, 1, 1))
        draw_mrz(c, 9, 37, mrz, W - 18, 8.2, lead=12.3)

    f = {
        "surname": sur,
        "given_names": giv,
        "document_number": number,
        "nationality": p.nat,
        "issuing_country": "FRA",
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": expiry.isoformat(),
        "mrz_valid": not bad_check,
    }
    return Doc(
        "residence_permit",
        f,
        [Page(W, H, front), Page(W, H, back)],
        kind="card",
        key=p.key + "ts",
        faces=["recto", "verso"],
        meta={"mrz": mrz},
    )


# ------------------------------------------------------------------ visa sticker
def visa(
    p: Person,
    number: str,
    passport_no: str,
    valid_from: dt.date,
    valid_until: dt.date,
    rng,
    *,
    vtype: str = "D",
    category: str = "VLS-TS VISITEUR",
    issued_in: str = "WASHINGTON",
    issued_on: dt.date | None = None,
    duration: str = "365",
) -> Doc:
    W, H = TD3
    issued_on = issued_on or (valid_from - dt.timedelta(days=rng.randint(10, 40)))
    mrz = K.mrvb(vtype, "FRA", p.surname, p.given, number, p.nat, p.dob, p.sex, valid_until)
    sur, giv = K.deaccent(p.surname).upper(), K.deaccent(p.given).upper()
    tint = (0.35, 0.45, 0.7)
    vls = vtype == "D" and "VLS-TS" in category
    page_no = rng.choice([8, 9, 12, 14, 16, 18])

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.95, 0.94, 0.9))
        guilloche(c, 0, 0, W, H, (0.4, 0.35, 0.3), random.Random(p.key + "pp2"), n=10, alpha=0.15)
        txt(c, W - 8, 6, str(page_no), "Sans", 6, (0.4, 0.4, 0.4), align="right")
        sx, sy, sw, sh = 10 * MM, 6 * MM, 105 * MM, 74 * MM
        c.saveState()
        c.translate(sx + sw / 2, sy + sh / 2)
        c.rotate(rng.uniform(-1.2, 1.2))
        c.translate(-sw / 2, -sh / 2)
        rect(c, 0, 0, sw, sh, (0.7, 0.7, 0.75), (0.93, 0.95, 0.99), 0.4)
        guilloche(c, 0, 0, sw, sh, tint, random.Random(p.key + "vs"), n=26, alpha=0.3)
        rosette(c, sw * 0.62, sh * 0.55, 40, tint, random.Random(p.key + "vr"), alpha=0.18)
        photo(c, 5, sh - 84, 30, 66, p.key, p.sex)
        txt(c, 40, sh - 12, "VISA", "Sans-B", 12, (0.15, 0.2, 0.5))
        txt(c, 82, sh - 12, "FRA", "Sans-B", 9, (0.15, 0.2, 0.5))
        txt(c, sw - 8, sh - 12, number, "LibMono-B", 10, (0.75, 0.1, 0.1), align="right")
        lab = (0.25, 0.25, 0.45)
        y = sh - 26
        txt(c, 40, y, "VALABLE POUR / VALID FOR", "SansC", 4.2, lab)
        txt(c, 40, y - 7, "FRANCE" if vtype == "D" else "ÉTATS SCHENGEN", "Sans-B", 7)
        y -= 17
        txt(c, 40, y, "DU / FROM", "SansC", 4.2, lab)
        txt(c, 40, y - 7, K.d_dot(valid_from)[:6] + K.d_dot(valid_from)[-2:], "Sans-B", 7)
        txt(c, 100, y, "AU / UNTIL", "SansC", 4.2, lab)
        txt(c, 100, y - 7, K.d_dot(valid_until)[:6] + K.d_dot(valid_until)[-2:], "Sans-B", 7)
        txt(c, 160, y, "TYPE DE VISA / TYPE OF VISA", "SansC", 4.2, lab)
        txt(c, 160, y - 7, vtype, "Sans-B", 8)
        y -= 17
        txt(c, 40, y, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "SansC", 4.2, lab)
        txt(c, 40, y - 7, "MULT", "Sans-B", 7)
        txt(c, 130, y, "DURÉE DE SÉJOUR / DURATION OF STAY", "SansC", 4.2, lab)
        txt(c, 130, y - 7, f"{duration} JOURS", "Sans-B", 7)
        y -= 17
        txt(c, 40, y, "DÉLIVRÉ À / ISSUED IN", "SansC", 4.2, lab)
        txt(c, 40, y - 7, issued_in, "Sans-B", 7)
        txt(c, 130, y, "LE / ON", "SansC", 4.2, lab)
        txt(c, 130, y - 7, K.d_dot(issued_on), "Sans-B", 7)
        txt(c, 195, y, "NUMÉRO DE PASSEPORT", "SansC", 4.2, lab)
        txt(c, 195, y - 7, passport_no, "Sans-B", 7)
        y -= 17
        txt(c, 5, y, "NOM, PRÉNOM / SURNAME, NAME", "SansC", 4.2, lab)
        txt(c, 5, y - 7, f"{sur}, {giv}", "Sans-B", 7, maxw=sw - 10)
        y -= 16
        txt(c, 5, y, "REMARQUES / REMARKS", "SansC", 4.2, lab)
        txt(c, 5, y - 7, category, "Sans-B", 6.5, maxw=sw - 10)
        if vls:
            txt(
                c,
                5,
                y - 14,
                "DISPENSE TEMPORAIRE DE CARTE DE SÉJOUR - CESEDA R.431-16",
                "SansC",
                5,
                maxw=sw - 10,
            )
        rect(c, 0, 0, sw, 26, None, (1, 1, 1))
        draw_mrz(c, 5, 15, mrz, sw - 10, 8.6, lead=11)
        c.restoreState()
        if vls:
            c.saveState()
            c.translate(W - 42, H * 0.42)
            c.rotate(72)
            rect(c, -24, -14, 48, 28, (0.2, 0.3, 0.6), None, 0.8)
            txt(c, 0, 4, "OFII", "Sans-B", 6, (0.2, 0.3, 0.6), align="center")
            txt(
                c,
                0,
                -6,
                K.d_dot(valid_from + dt.timedelta(days=20)),
                "Sans",
                5,
                (0.2, 0.3, 0.6),
                align="center",
            )
            c.restoreState()

    cat = category
    f = {
        "surname": sur,
        "given_names": giv,
        "document_number": number,
        "nationality": p.nat,
        "issuing_country": "FRA",
        "date_of_birth": p.dob.isoformat(),
        "sex": p.sex,
        "expiry_date": valid_until.isoformat(),
        "mrz_valid": True,
        "visa_type": vtype,
        "vls_ts": vls,
        "category": cat,
        "valid_from": valid_from.isoformat(),
        "valid_until": valid_until.isoformat(),
    }
    return Doc(
        "long_stay_visa",
        f,
        [Page(W, H, draw)],
        kind="td3",
        key=p.key + "visa",
        meta={"mrz": mrz},
        notes="" if vls else "short-stay type C visa",
    )


def num_pattern(rng: random.Random, pat: str) -> str:
    """A = letter, 9 = digit, X = alnum; other chars literal."""
    out = []
    for ch in pat:
        if ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "9":
            out.append(str(rng.randint(0, 9)))
        elif ch == "X":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


PASSNUM = {
    "USA": "999999999",
    "BRA": "AA999999",
    "IND": "A9999999",
    "CHN": "E99999999",
    "ITA": "AA9999999",
    "MAR": "AA9999999",
    "COL": "AA999999",
    "UKR": "AA999999",
    "PHL": "P9999999A",
    "GBR": "999999999",
    "MEX": "A99999999",
    "TUR": "U99999999",
    "PER": "999999999",
    "CAN": "AA999999",
    "TUN": "A999999",
    "PAK": "AA9999999",
    "RUS": "999999999",
    "VEN": "999999999",
    "PRT": "AA999999",
    "ESP": "AAA999999",
    "DZA": "999999999",
    "SEN": "A99999999",
    "NGA": "A99999999",
    "VNM": "A9999999",
    "LBN": "LR9999999",
    "EGY": "A99999999",
    "IRN": "A99999999",
    "CIV": "99AA99999",
    "HTI": "RD9999999",
    "CMR": "AA9999999",
    "FRA": "99AA99999",
}


def passport_number(nat: str, rng) -> str:
    return num_pattern(rng, PASSNUM.get(nat, "A9999999"))


def pages_len(doc: Doc) -> int:
    return len(doc.pages)


__all__ = [
    "eu_id",
    "french_cni_new",
    "french_cni_old",
    "line",
    "num_pattern",
    "passport",
    "passport_number",
    "titre_sejour",
    "visa",
]
