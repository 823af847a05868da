"""Machine-readable travel documents: TD3 passports, MRV-A French visas, TD1 cards.

Layouts follow ICAO Doc 9303 zones (header, photo zone on the left, VIZ fields,
MRZ at the bottom in OCR-B at 10 characters per inch) with each issuer's own
label wording, languages, date style and field order.
"""

from __future__ import annotations

import datetime as dt

import checks as C
from core import Page, text_width
from hand import INK_BLACK, emblem, ghost, guilloche, portrait, signature, stamp
from model import Doc, Person

MRZ_PITCH = 2.54  # mm per character


def mrz_size(n_chars: int) -> float:
    w = text_width("<" * n_chars, "ocrb", 10.0)
    return 10.0 * MRZ_PITCH * n_chars / w


def draw_mrz(pg: Page, x: float, y: float, lines: list[str], gap: float = 4.3):
    sz = mrz_size(len(lines[0]))
    for i, ln in enumerate(lines):
        pg.text(x, y + i * gap, ln, "ocrb", sz, (15, 15, 20))


def _dates(style: str, d: dt.date | None) -> str:
    if d is None:
        return ""
    if style == "en":  # USA
        return f"{d.day:02d} {C.MONTHS[d.month - 1][:3]} {d.year}"
    if style == "enfr":  # UK / many: 12 MAR /MARS 90
        return f"{d.day:02d} {C.MON3[d.month - 1]} /{C.MOIS3[d.month - 1]} {d.strftime('%y')}"
    if style == "mon":  # 12 MAR 1990
        return f"{d.day:02d} {C.MON3[d.month - 1]} {d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "es":  # 12 MAR/MAR 1990
        es = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
        return f"{d.day:02d} {es[d.month - 1]}/{C.MON3[d.month - 1]} {d.year}"
    if style == "pt":
        pt = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]
        return f"{d.day:02d} {pt[d.month - 1]}/{C.MON3[d.month - 1]} {d.year}"
    if style == "uk":  # Ukrainian: 12 БЕР/MAR 90
        ua = ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]
        return f"{d.day:02d} {ua[d.month - 1]}/{C.MON3[d.month - 1]} {d.strftime('%y')}"
    if style == "tr":
        tr = ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"]
        return f"{d.day:02d} {tr[d.month - 1]}/{C.MON3[d.month - 1]} {d.year}"
    if style == "cn":
        return f"{d.day:02d} {C.MON3[d.month - 1]} {d.year}"
    raise ValueError(style)


# ------------------------------------------------------------ passports ----
# labels: field -> label string; rows: layout of the VIZ
PASSPORTS = {
    "USA": dict(
        head=["PASSPORT", "UNITED STATES OF AMERICA"],
        head_font="serif:b",
        tint=(226, 234, 244),
        accent=(26, 46, 104),
        dates="en",
        nat="UNITED STATES OF AMERICA",
        emblem="eagle",
        authority="United States\nDepartment of State",
        labels=dict(
            type="Type / Type / Tipo",
            code="Code / Code / Código",
            number="Passport No. / No. du Passeport / No. de Pasaporte",
            surname="Surname / Nom / Apellidos",
            given="Given Names / Prénoms / Nombres",
            nat="Nationality / Nationalité / Nacionalidad",
            dob="Date of birth / Date de naissance / Fecha de nacimiento",
            pob="Place of birth / Lieu de naissance / Lugar de nacimiento",
            sex="Sex / Sexe / Sexo",
            issue="Date of issue / Date de délivrance / Fecha de expedición",
            expiry="Date of expiration / Date d'expiration / Fecha de caducidad",
            authority="Authority / Autorité / Autoridad",
            endorse="Endorsements / Mentions Spéciales / Anotaciones",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat"],
            ["dob"],
            ["pob", "sex"],
            ["issue", "authority"],
            ["expiry", "endorse"],
        ],
        value_font="sans:b",
    ),
    "CHN": dict(
        head=["中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA", "护照  PASSPORT"],
        head_font="wqy",
        tint=(238, 232, 222),
        accent=(140, 30, 30),
        dates="cn",
        nat="中国/CHINESE",
        emblem="star",
        authority="国家移民管理局\nNational Immigration Administration",
        labels=dict(
            type="类型/Type",
            code="国家码/Country Code",
            number="护照号/Passport No.",
            surname="姓/Surname",
            given="名/Given names",
            sex="性别/Sex",
            pob="出生地点/Place of birth",
            dob="出生日期/Date of birth",
            poi="签发地点/Place of issue",
            issue="签发日期/Date of issue",
            expiry="有效期至/Date of expiry",
            authority="签发机关/Authority",
            nat="国籍/Nationality",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["sex", "nat"],
            ["pob", "dob"],
            ["poi", "issue"],
            ["authority", "expiry"],
        ],
        label_font="wqy",
        value_font="wqy",
        doc_type="PO",
    ),
    "IND": dict(
        head=["भारत गणराज्य", "REPUBLIC OF INDIA"],
        head_font="freeserif:b",
        tint=(236, 238, 226),
        accent=(30, 60, 110),
        dates="slash",
        nat="INDIAN",
        emblem="shield",
        authority="",
        labels=dict(
            type="प्रकार/Type",
            code="कोड/Country Code",
            number="पासपोर्ट नं./Passport No.",
            surname="उपनाम/Surname",
            given="दिया गया नाम/Given Name(s)",
            nat="राष्ट्रीयता/Nationality",
            sex="लिंग/Sex",
            dob="जन्मतिथि/Date of Birth",
            pob="जन्म स्थान/Place of Birth",
            poi="जारी करने का स्थान/Place of Issue",
            issue="जारी करने की तिथि/Date of Issue",
            expiry="समाप्ति की तिथि/Date of Expiry",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat", "sex", "dob"],
            ["pob"],
            ["poi"],
            ["issue", "expiry"],
        ],
        label_font="freesans",
        value_font="sans:b",
    ),
    "COL": dict(
        head=["REPÚBLICA DE COLOMBIA", "PASAPORTE   PASSPORT"],
        head_font="sans:b",
        tint=(238, 230, 214),
        accent=(120, 20, 40),
        dates="es",
        nat="COLOMBIANA",
        emblem="shield",
        authority="MINISTERIO DE RELACIONES\nEXTERIORES",
        labels=dict(
            type="Tipo/Type",
            code="Código/Code",
            number="Pasaporte No./Passport No.",
            surname="Apellidos/Surname",
            given="Nombres/Given names",
            nat="Nacionalidad/Nationality",
            dob="Fecha de nacimiento/Date of birth",
            nuip="No. de identificación/Personal No.",
            sex="Sexo/Sex",
            pob="Lugar de nacimiento/Place of birth",
            issue="Fecha de expedición/Date of issue",
            expiry="Fecha de vencimiento/Date of expiry",
            authority="Autoridad/Authority",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat"],
            ["dob", "nuip"],
            ["sex", "pob"],
            ["issue", "expiry"],
            ["authority"],
        ],
        value_font="sans:b",
    ),
    "MEX": dict(
        head=["ESTADOS UNIDOS MEXICANOS", "PASAPORTE   PASSPORT   PASSEPORT"],
        head_font="serif:b",
        tint=(230, 238, 228),
        accent=(20, 90, 60),
        dates="es",
        nat="MEXICANA",
        emblem="eagle",
        authority="SRE",
        labels=dict(
            type="Tipo/Type/Type",
            code="Clave del país/Code of issuing State",
            number="Pasaporte No./Passport No.",
            surname="Apellidos/Surname/Nom",
            given="Nombres/Given names/Prénoms",
            nat="Nacionalidad/Nationality",
            dob="Fecha de nacimiento/Date of birth",
            curp="CURP",
            sex="Sexo/Sex",
            pob="Lugar de nacimiento/Place of birth",
            issue="Fecha de expedición/Date of issue",
            expiry="Fecha de caducidad/Date of expiry",
            authority="Autoridad/Authority",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat", "curp"],
            ["dob", "sex"],
            ["pob"],
            ["issue", "expiry"],
            ["authority"],
        ],
        value_font="sans:b",
    ),
    "MAR": dict(
        head=["المملكة المغربية", "ROYAUME DU MAROC", "جواز السفر  PASSEPORT"],
        head_font="amiri:b",
        tint=(240, 226, 226),
        accent=(150, 20, 30),
        dates="slash",
        nat="MAROCAINE",
        emblem="star",
        authority="",
        labels=dict(
            type="Type",
            code="Code du pays",
            number="N° Passeport",
            surname="Nom / Surname",
            given="Prénoms / Given names",
            nat="Nationalité",
            dob="Date de naissance",
            pob="Lieu de naissance",
            sex="Sexe",
            issue="Date de délivrance",
            expiry="Date d'expiration",
            cnie="N° CNIE",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat", "cnie"],
            ["dob", "sex"],
            ["pob"],
            ["issue", "expiry"],
        ],
        value_font="sans:b",
    ),
    "DZA": dict(
        head=[
            "الجمهورية الجزائرية الديمقراطية الشعبية",
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            "جواز سفر  PASSEPORT",
        ],
        head_font="amiri:b",
        tint=(226, 238, 228),
        accent=(20, 100, 50),
        dates="slash",
        nat="ALGÉRIENNE",
        emblem="star",
        authority="",
        labels=dict(
            type="Type",
            code="Code",
            number="N° du passeport",
            surname="Nom / Surname",
            given="Prénom(s) / Given names",
            dob="Date de naissance",
            pob="Lieu de naissance",
            sex="Sexe",
            nat="Nationalité",
            issue="Date de délivrance",
            expiry="Date d'expiration",
            authority="Autorité",
            nin="N° d'identification nationale",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["dob", "sex"],
            ["pob"],
            ["nat"],
            ["issue", "expiry"],
            ["authority"],
        ],
        value_font="sans:b",
    ),
    "TUN": dict(
        head=["الجمهورية التونسية", "RÉPUBLIQUE TUNISIENNE", "جواز سفر  PASSEPORT  PASSPORT"],
        head_font="amiri:b",
        tint=(240, 228, 228),
        accent=(150, 25, 25),
        dates="slash",
        nat="TUNISIENNE",
        emblem="star",
        authority="",
        labels=dict(
            type="Type",
            code="Code",
            number="N° Passeport / Passport No.",
            surname="Nom / Surname",
            given="Prénoms / Given names",
            nat="Nationalité / Nationality",
            dob="Date de naissance / Date of birth",
            pob="Lieu de naissance / Place of birth",
            sex="Sexe / Sex",
            issue="Date de délivrance / Date of issue",
            expiry="Date d'expiration / Date of expiry",
            authority="Autorité / Authority",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat", "sex"],
            ["dob", "pob"],
            ["issue", "expiry"],
            ["authority"],
        ],
        value_font="sans:b",
    ),
    "GBR": dict(
        head=["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"],
        head_font="serif:b",
        tint=(236, 230, 238),
        accent=(60, 30, 90),
        dates="enfr",
        nat="BRITISH CITIZEN",
        emblem="shield",
        authority="HMPO",
        labels=dict(
            type="Type/Type",
            code="Code/Code",
            number="Passport No./Passeport No.",
            surname="Surname/Nom (1)",
            given="Given names/Prénoms (2)",
            nat="Nationality/Nationalité (3)",
            dob="Date of birth/Date de naissance (4)",
            sex="Sex/Sexe (5)",
            pob="Place of birth/Lieu de naissance (6)",
            issue="Date of issue/Date de délivrance (7)",
            authority="Authority/Autorité (8)",
            expiry="Date of expiry/Date d'expiration (9)",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat"],
            ["dob"],
            ["sex", "pob"],
            ["issue", "authority"],
            ["expiry"],
        ],
        value_font="sans:b",
    ),
    "UKR": dict(
        head=["УКРАЇНА   UKRAINE", "ПАСПОРТ   PASSPORT"],
        head_font="dejavu:b",
        tint=(226, 232, 242),
        accent=(30, 70, 140),
        dates="uk",
        nat="УКРАЇНА/UKRAINE",
        emblem="shield",
        authority="8012",
        labels=dict(
            type="Тип/Type",
            code="Код держави/Code of State",
            number="Паспорт №/Passport No.",
            surname="Прізвище/Surname",
            given="Ім'я/Given Names",
            nat="Громадянство/Nationality",
            dob="Дата народження/Date of birth",
            rec="Запис №/Record No.",
            sex="Стать/Sex",
            pob="Місце народження/Place of birth",
            issue="Дата видачі/Date of issue",
            expiry="Дата закінчення строку дії/Date of expiry",
            authority="Орган, що видав/Authority",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat"],
            ["dob", "rec"],
            ["sex", "pob"],
            ["issue", "authority"],
            ["expiry"],
        ],
        label_font="dejavu",
        value_font="dejavu:b",
    ),
    "TUR": dict(
        head=["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE", "PASAPORT   PASSPORT"],
        head_font="sans:b",
        tint=(244, 232, 230),
        accent=(170, 20, 30),
        dates="tr",
        nat="T.C.",
        emblem="star",
        authority="T.C. İÇİŞLERİ BAKANLIĞI",
        labels=dict(
            type="Tipi/Type",
            code="Ülke Kodu/Country Code",
            number="Pasaport No/Passport No",
            surname="Soyadı/Surname",
            given="Adı/Given name(s)",
            nat="Uyruğu/Nationality",
            dob="Doğum Tarihi/Date of birth",
            tck="T.C. Kimlik No/Personal No",
            sex="Cinsiyeti/Sex",
            pob="Doğum Yeri/Place of birth",
            issue="Veriliş Tarihi/Date of issue",
            expiry="Geçerlilik Tarihi/Date of expiry",
            authority="Makam/Authority",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat", "tck"],
            ["dob", "sex"],
            ["pob"],
            ["issue", "expiry"],
            ["authority"],
        ],
        value_font="sans:b",
    ),
    "PHL": dict(
        head=["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT"],
        head_font="serif:b",
        tint=(232, 236, 248),
        accent=(20, 40, 120),
        dates="mon",
        nat="FILIPINO",
        emblem="star",
        authority="DFA MANILA",
        labels=dict(
            type="Uri/Type",
            code="Kodigo/Code",
            number="Pasaporte Blg./Passport No.",
            surname="Apelyido/Surname",
            given="Mga Pangalan/Given names",
            middle="Panggitnang Apelyido/Middle name",
            dob="Petsa ng Kapanganakan/Date of birth",
            nat="Nasyonalidad/Nationality",
            sex="Kasarian/Sex",
            pob="Lugar ng Kapanganakan/Place of birth",
            issue="Petsa ng Pagkakaloob/Date of issue",
            expiry="Valid Until/Petsa ng Pagkawalang Bisa",
            authority="Maykapangyarihan/Authority",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["middle"],
            ["dob", "nat"],
            ["sex", "pob"],
            ["issue", "expiry"],
            ["authority"],
        ],
        value_font="sans:b",
    ),
    "BRA": dict(
        head=["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE   PASSPORT"],
        head_font="sans:b",
        tint=(226, 236, 232),
        accent=(20, 60, 110),
        dates="pt",
        nat="BRASILEIRO(A)",
        emblem="star",
        authority="POLÍCIA FEDERAL",
        labels=dict(
            type="Tipo/Type",
            code="País emissor/Issuing country",
            number="Passaporte Nº/Passport No.",
            surname="Sobrenome/Surname",
            given="Nome/Given names",
            nat="Nacionalidade/Nationality",
            dob="Data de nascimento/Date of birth",
            ident="Identidade Nº/Personal No.",
            sex="Sexo/Sex",
            pob="Naturalidade/Place of birth",
            issue="Data de expedição/Date of issue",
            expiry="Válido até/Date of expiry",
            authority="Autoridade/Authority",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat"],
            ["dob", "ident"],
            ["sex", "pob"],
            ["issue", "expiry"],
            ["authority"],
        ],
        value_font="sans:b",
    ),
    "SEN": dict(
        head=["CEDEAO  ECOWAS", "RÉPUBLIQUE DU SÉNÉGAL", "PASSEPORT   PASSPORT"],
        head_font="sans:b",
        tint=(236, 232, 220),
        accent=(20, 100, 60),
        dates="slash",
        nat="SÉNÉGALAISE",
        emblem="star",
        authority="DAF DAKAR",
        labels=dict(
            type="Type",
            code="Code",
            number="N° Passeport/Passport No.",
            surname="Nom/Surname",
            given="Prénoms/Given names",
            nat="Nationalité/Nationality",
            dob="Date de naissance/Date of birth",
            sex="Sexe/Sex",
            pob="Lieu de naissance/Place of birth",
            issue="Date de délivrance/Date of issue",
            expiry="Date d'expiration/Date of expiry",
            authority="Autorité/Authority",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["given"],
            ["nat"],
            ["dob", "sex"],
            ["pob"],
            ["issue", "expiry"],
            ["authority"],
        ],
        value_font="sans:b",
    ),
    "VNM": dict(
        head=[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SOCIALIST REPUBLIC OF VIET NAM",
            "HỘ CHIẾU / PASSPORT",
        ],
        head_font="dejavu:b",
        tint=(238, 230, 226),
        accent=(140, 30, 30),
        dates="slash",
        nat="VIỆT NAM/VIETNAMESE",
        emblem="star",
        authority="Cục Quản lý xuất nhập cảnh\nImmigration Department",
        labels=dict(
            type="Loại/Type",
            code="Mã số/Code",
            number="Số hộ chiếu/Passport No.",
            surname="Họ và tên/Full name",
            given="",
            nat="Quốc tịch/Nationality",
            dob="Ngày sinh/Date of birth",
            pob="Nơi sinh/Place of birth",
            sex="Giới tính/Sex",
            issue="Ngày cấp/Date of issue",
            expiry="Có giá trị đến/Date of expiry",
            authority="Nơi cấp/Place of issue",
        ),
        rows=[
            ["type", "code", "number"],
            ["surname"],
            ["nat"],
            ["dob", "sex"],
            ["pob"],
            ["issue", "expiry"],
            ["authority"],
        ],
        label_font="dejavu",
        value_font="dejavu:b",
    ),
}


def passport_page(
    p: Person,
    country: str,
    number: str,
    issue: dt.date,
    expiry: dt.date,
    extra: dict | None = None,
    break_check: str | None = None,
    seed: int = 0,
) -> tuple[Page, list[str]]:
    """The data page (125 x 88 mm).  Returns the page and its MRZ lines."""
    spec = PASSPORTS[country]
    extra = extra or {}
    pg = Page(125, 88, bg=spec["tint"])
    acc = spec["accent"]
    pg.image(
        guilloche(125, 88, tuple(min(255, c + 90) for c in acc), seed, density=30, alpha=60),
        0,
        0,
        125,
        88,
    )
    pg.image(
        emblem(34, tuple(min(255, c + 120) for c in acc), seed, spec["emblem"], alpha=70),
        80,
        20,
        34,
        34,
    )
    # header
    hf = spec["head_font"]
    y = 5.5
    for i, h in enumerate(spec["head"]):
        sz = 7.5 if i == 0 else 6.5
        pg.fit_text(62.5, y, h, hf, sz, 118, acc, "c")
        y += 3.6
    # photo zone
    photo = portrait(seed, sex=p.sex)
    top = y + 1.5
    pg.image(photo, 4, top + 2, 30, 38.5)
    pg.image(ghost(photo, tuple(min(255, c + 60) for c in acc)), 104, top + 30, 14, 18)
    # holder signature under the photo
    pg.image(signature(p.full(), seed + 3, 30, 9, INK_BLACK), 4, top + 41.5, 28, 8.5)
    lf = spec.get("label_font", "sans")
    vf = spec.get("value_font", "sans:b")
    names = {
        "type": "P",
        "code": country,
        "number": number,
        "surname": p.surname
        if country != "CHN"
        else f"{p.native[:1]} {p.surname}"
        if p.native
        else p.surname,
        "given": p.given_up
        if country != "CHN"
        else (f"{p.native[1:]} {p.given_up}" if p.native else p.given_up),
        "nat": spec["nat"],
        "dob": _dates(spec["dates"], p.dob),
        "sex": {"F": "F", "M": "M"}[p.sex],
        "pob": extra.get("pob", p.birth_city.upper()),
        "issue": _dates(spec["dates"], issue),
        "expiry": _dates(spec["dates"], expiry),
        "authority": extra.get("authority", spec.get("authority", "")),
        "endorse": "SEE PAGE 27",
        "poi": extra.get("poi", ""),
        "nuip": extra.get("personal", ""),
        "curp": extra.get("personal", ""),
        "cnie": extra.get("personal", ""),
        "tck": extra.get("personal", ""),
        "ident": extra.get("personal", ""),
        "rec": extra.get("personal", ""),
        "middle": p.middle.upper(),
        "nin": extra.get("personal", ""),
    }
    if country == "VNM":
        names["surname"] = f"{p.surname} {p.given_up}"
    if country == "UKR":
        names["surname"] = f"{p.native.split('|')[0]}/{p.surname}" if p.native else p.surname
        names["given"] = f"{p.native.split('|')[1]}/{p.given_up}" if p.native else p.given_up
        names["sex"] = "Ж/F" if p.sex == "F" else "Ч/M"
        names["pob"] = extra.get("pob", p.birth_city.upper())
    if country == "CHN":
        names["sex"] = "女/F" if p.sex == "F" else "男/M"
        names["pob"] = extra.get("pob", p.birth_city.upper())
    if country == "TUR":
        names["sex"] = "K/F" if p.sex == "F" else "E/M"
    x0, x1 = 38, 121
    yy = top + 3
    for row in spec["rows"]:
        n = len(row)
        cw = (x1 - x0) / n
        extra_lines = 0
        for i, key in enumerate(row):
            lab = spec["labels"].get(key, key)
            xx = x0 + i * cw
            wide = 0
            if key == "number":
                xx, wide = x0 + (n - 1) * cw - 6, 6
            pg.fit_text(xx, yy, lab, lf, 4.6, cw + wide - 1, (70, 70, 80))
            vlines = names.get(key, "").split("\n")
            col = (
                (150, 20, 20)
                if key == "number" and country in ("GBR", "TUR", "SEN")
                else (10, 10, 15)
            )
            for j, vl in enumerate(vlines):
                pg.fit_text(
                    xx,
                    yy + 3.5 + j * 2.6,
                    vl,
                    vf,
                    7.6 if len(vlines) == 1 else 5.6,
                    cw + wide - 1,
                    col,
                )
            extra_lines = max(extra_lines, len(vlines) - 1)
        yy += 7.4 + 2.2 * extra_lines
    doc_type = spec.get("doc_type", "P<")
    personal = extra.get("mrz_personal", "")
    mrz = C.td3(
        country if country != "DEU" else "D<<",
        p.surname,
        p.given,
        number,
        country,
        p.dob,
        p.sex,
        expiry,
        personal,
        doc_type=doc_type,
        break_check=break_check,
    )
    pg.rect(0, 72.5, 125, 15.5, stroke=None, fill=tuple(min(255, c + 12) for c in spec["tint"]))
    draw_mrz(pg, 6.5, 78.5, mrz, gap=5.3)
    return pg, mrz


def passport_doc(
    p: Person,
    country: str,
    number: str,
    issue: dt.date,
    expiry: dt.date,
    extra=None,
    break_check=None,
    seed=0,
    notes="",
) -> Doc:
    pg, mrz = passport_page(p, country, number, issue, expiry, extra, break_check, seed)
    surname = p.surname
    given = p.given_up
    if country == "VNM":
        pass
    f = dict(
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=country,
        issuing_country=country,
        date_of_birth=p.dob.isoformat(),
        expiry_date=expiry.isoformat(),
        sex=p.sex,
        mrz_valid=break_check is None,
    )
    return Doc("passport", f, [pg], notes)


def booklet(data_page: Page, top: Page | None = None) -> Page:
    """Open passport: the facing page above the data page (125 x 176)."""
    pg = Page(125, 177, bg=(250, 248, 244))
    if top is None:
        top = Page(125, 88, bg=(244, 240, 232))
        top.image(guilloche(125, 88, (200, 190, 170), 5, density=18, alpha=60), 0, 0, 125, 88)
    pg.sub(top, 0, 0)
    pg.line(0, 88.5, 125, 88.5, (150, 150, 150), 0.6)
    pg.sub(data_page, 0, 89)
    return pg


def observations_page(lines: list[str], seed=0) -> Page:
    top = Page(125, 88, bg=(244, 240, 232))
    top.image(guilloche(125, 88, (200, 190, 170), seed, density=18, alpha=60), 0, 0, 125, 88)
    y = 12
    for ln in lines:
        top.text(10, y, ln, "sans", 7, (60, 60, 70))
        y += 5
    return top


# --------------------------------------------------------------- visas -----
def visa_page(
    p: Person,
    number: str,
    vtype: str,
    valid_from: dt.date,
    valid_until: dt.date,
    passport_no: str,
    issued_in: str,
    issued_on: dt.date,
    remarks: list[str],
    duration: str,
    entries: str = "MULT",
    territory: str = "FRANCE",
    seed: int = 0,
    stamps: bool = True,
    page_no: int = 9,
) -> tuple[Page, list[str]]:
    """French visa sticker (MRV-A, 120 x 80 mm) stuck on a passport visa page (125 x 88)."""
    pg = Page(125, 88, bg=(242, 238, 228))
    pg.image(guilloche(125, 88, (190, 180, 160), seed + 1, density=16, alpha=50), 0, 0, 125, 88)
    pg.text(121, 85.5, str(page_no), "serif", 7, (120, 110, 100), "r")
    st = Page(120, 80, bg=(232, 238, 246))
    st.image(guilloche(120, 80, (150, 170, 220), seed + 2, density=40, alpha=70), 0, 0, 120, 80)
    st.image(emblem(26, (170, 180, 215), seed, "star"), 70, 20, 26, 26)
    blue, red = (30, 40, 110), (170, 25, 30)
    st.text(4, 6, "VISA", "sans:b", 10, blue)
    st.text(22, 6, "FRA", "sans:b", 8, blue)
    st.text(116, 6, number, "sans:b", 9, red, "r")
    photo = portrait(seed, sex=p.sex, w_mm=28, h_mm=36)
    st.image(photo, 3, 10, 25, 32)

    def row(x, y, lab, val, w=80):
        st.text(x, y, lab, "sans", 4.4, (60, 60, 90))
        st.fit_text(x, y + 3.1, val, "courier:b", 7.6, w, (10, 10, 15))

    fmt = lambda dd: dd.strftime("%d-%m-%y")
    row(31, 11, "VALABLE POUR / VALID FOR", territory)
    row(31, 18, "DU / FROM", fmt(valid_from), 28)
    row(62, 18, "AU / UNTIL", fmt(valid_until), 28)
    row(31, 25, "TYPE DE VISA / TYPE OF VISA", vtype, 20)
    row(62, 25, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", entries, 30)
    row(31, 32, "DURÉE DE SÉJOUR / DURATION OF STAY", duration + " JOURS", 40)
    row(31, 39, "DÉLIVRÉ À / ISSUED IN", issued_in, 28)
    row(62, 39, "LE / ON", fmt(issued_on), 30)
    row(3, 46, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", passport_no, 60)
    row(
        3,
        53,
        "NOM, PRÉNOM / SURNAME, NAME",
        f"{C.mrz_clean(p.surname).replace('<', ' ')}, {C.mrz_clean(p.given).replace('<', ' ')}",
        110,
    )
    st.text(3, 59.5, "REMARQUES / REMARKS", "sans", 4.4, (60, 60, 90))
    yy = 62.3
    for r in remarks:
        st.fit_text(3, yy, r, "courier:b", 6.6, 114, (10, 10, 15))
        yy += 2.7
    mrz = C.mrva(
        vtype if vtype in ("C", "D") else "<",
        "FRA",
        p.surname,
        p.given,
        number,
        p.nat,
        p.dob,
        p.sex,
        valid_until,
    )
    st.rect(0, 68.5, 120, 11.5, stroke=None, fill=(238, 242, 248))
    draw_mrz(st, 4, 73.2, mrz, gap=4.6)
    pg.sub(st, 2.5, 3.5)
    if stamps:
        stamp_img = stamp(
            ["POLICE AUX FRONTIERES", "CDG", valid_from.strftime("%d %m %y"), "E 025"],
            "rect",
            30,
            (40, 80, 60),
            seed + 11,
        )
        pg.image(stamp_img, 84, 40, 30, None)
    return pg, mrz


def visa_doc(
    p: Person,
    number: str,
    vtype: str,
    valid_from,
    valid_until,
    passport_no,
    issued_in,
    issued_on,
    remarks,
    duration,
    entries="MULT",
    territory="FRANCE",
    seed=0,
    vls_ts=True,
    notes="",
) -> Doc:
    pg, mrz = visa_page(
        p,
        number,
        vtype,
        valid_from,
        valid_until,
        passport_no,
        issued_in,
        issued_on,
        remarks,
        duration,
        entries,
        territory,
        seed,
    )
    f = dict(
        surname=C.mrz_clean(p.surname).replace("<", " ").strip(),
        given_names=C.mrz_clean(p.given).replace("<", " ").strip(),
        document_number=number,
        nationality=p.nat,
        issuing_country="FRA",
        date_of_birth=p.dob.isoformat(),
        expiry_date=valid_until.isoformat(),
        sex=p.sex,
        mrz_valid=True,
        visa_type=vtype,
        vls_ts=vls_ts,
        valid_from=valid_from.isoformat(),
        valid_until=valid_until.isoformat(),
    )
    return Doc("long_stay_visa", f, [pg], notes)


# --------------------------------------------------------------- cards -----
def _card(bg, seed, tint):
    pg = Page(85.6, 54, bg=bg)
    pg.image(guilloche(85.6, 54, tint, seed, density=22, alpha=70, dpi=300), 0, 0, 85.6, 54)
    return pg


def titre_sejour(
    p: Person,
    number: str,
    kind: str,
    valid_from: dt.date,
    valid_until: dt.date,
    remarks: str,
    prefecture: str,
    seed=0,
    addr_lines=None,
) -> tuple[Page, Page, list[str]]:
    """French residence permit, ID-1 card (format of the 2020+ titres de séjour)."""
    blue = (25, 45, 115)
    f = _card((236, 240, 236), seed, (150, 190, 170))
    f.rect(0, 0, 85.6, 7.5, stroke=None, fill=(225, 232, 244))
    f.text(3, 3.8, "RÉPUBLIQUE FRANÇAISE", "sans:b", 5.5, blue)
    f.text(3, 6.6, "TITRE DE SÉJOUR  /  RESIDENCE PERMIT", "sans:b", 5.2, blue)
    f.rect(78, 1.2, 5.5, 5, stroke=None, fill=(40, 60, 150))
    f.text(80.7, 4.9, "F", "sans:b", 7, (255, 255, 255), "c")
    photo = portrait(seed, sex=p.sex, bg=(225, 228, 232))
    f.image(photo, 2.5, 10, 21.5, 28)
    f.image(ghost(photo, (120, 140, 170), 90), 71, 36, 10, 13)

    def fl(x, y, lab, val, w=55, vs=6.3):
        f.text(x, y, lab, "sans", 3.6, (70, 70, 90))
        f.fit_text(x, y + 2.7, val, "sans:b", vs, w, (10, 10, 15))

    fl(27, 11, "NOM / Surname", p.surname)
    fl(27, 17, "Prénoms / Given names", p.given_up.replace(" ", ", "))
    fl(27, 23, "SEXE / Sex", p.sex, 10)
    fl(40, 23, "NATIONALITÉ / Nationality", p.nat, 20)
    fl(62, 23, "DATE DE NAISS. / Date of birth", p.dob.strftime("%d %m %Y"), 22)
    fl(27, 29, "TITRE / Permit type", kind, 57, 5.6)
    fl(27, 35, "VALABLE DU / Valid from", valid_from.strftime("%d %m %Y"), 20)
    fl(50, 35, "AU / Until", valid_until.strftime("%d %m %Y"), 20)
    fl(3, 44, "N° DU TITRE / Permit number", number, 40)
    f.image(signature(p.full(), seed + 5, 26, 8, INK_BLACK), 44, 43, 24, 7.5)
    b = _card((240, 242, 238), seed + 1, (170, 190, 200))
    b.text(3, 5, "LIEU DE NAISSANCE / Place of birth", "sans", 3.6, (70, 70, 90))
    b.text(3, 7.7, f"{p.birth_city.upper()} ({p.nat})", "sans:b", 6, (10, 10, 15))
    b.text(3, 11.5, "ADRESSE / Address", "sans", 3.6, (70, 70, 90))
    al = addr_lines or (p.addr.lines() if p.addr else [])
    yy = 14.2
    for ln in al[:3]:
        b.fit_text(3, yy, ln.upper(), "sans:b", 5.6, 52, (10, 10, 15))
        yy += 2.6
    b.text(3, 23, "REMARQUES / Remarks", "sans", 3.6, (70, 70, 90))
    b.fit_text(3, 25.7, remarks, "sans:b", 5.6, 55, (10, 10, 15))
    b.text(60, 5, "DÉLIVRÉ PAR / Issued by", "sans", 3.4, (70, 70, 90))
    b.fit_text(60, 7.6, prefecture, "sans:b", 4.8, 24, (10, 10, 15))
    b.text(60, 11.5, "LE / On", "sans", 3.4, (70, 70, 90))
    b.text(60, 14.1, valid_from.strftime("%d %m %Y"), "sans:b", 5.5, (10, 10, 15))
    mrz = C.td1("IR", "FRA", number, p.dob, p.sex, valid_until, p.nat, p.surname, p.given)
    b.rect(0, 32, 85.6, 22, stroke=None, fill=(246, 247, 244))
    draw_mrz(b, 4.7, 38.5, mrz, gap=5.6)
    return f, b, mrz


def titre_doc(
    p, number, kind, valid_from, valid_until, remarks, prefecture, seed=0, notes="", addr_lines=None
):
    f, b, mrz = titre_sejour(
        p, number, kind, valid_from, valid_until, remarks, prefecture, seed, addr_lines
    )
    fields = dict(
        surname=p.surname,
        given_names=p.given_up,
        document_number=number,
        nationality=p.nat,
        issuing_country="FRA",
        date_of_birth=p.dob.isoformat(),
        expiry_date=valid_until.isoformat(),
        sex=p.sex,
        mrz_valid=True,
    )
    return Doc("residence_permit", fields, [f, b], notes)


ID_CARDS = {
    "FRA": dict(
        title=["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"],
        bg=(238, 236, 244),
        tint=(170, 160, 210),
        accent=(30, 40, 120),
        dtype="ID",
        labels=dict(
            surname="NOM / Surname",
            usage="Nom d'usage / Usual name",
            given="Prénoms / Given names",
            sex="SEXE / Sex",
            nat="NATIONALITÉ / Nationality",
            dob="DATE DE NAISS. / Date of birth",
            pob="LIEU DE NAISSANCE / Place of birth",
            number="N° DU DOCUMENT / Document No",
            expiry="DATE D'EXPIR. / Expiry date",
            addr="ADRESSE / Address",
            issue="DATE DE DÉLIVRANCE / Date of issue",
        ),
    ),
    "ITA": dict(
        title=["REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ / IDENTITY CARD"],
        bg=(236, 240, 246),
        tint=(150, 180, 210),
        accent=(20, 70, 130),
        dtype="C<",
        labels=dict(
            surname="COGNOME / SURNAME",
            given="NOME / NAME",
            sex="SESSO / SEX",
            nat="CITTADINANZA / NATIONALITY",
            dob="LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            number="",
            expiry="SCADENZA / EXPIRY",
            issue="EMISSIONE / ISSUING",
            addr="INDIRIZZO DI RESIDENZA / RESIDENCE",
            cf="CODICE FISCALE / FISCAL CODE",
            height="STATURA / HEIGHT",
            comune="COMUNE DI / MUNICIPALITY",
        ),
    ),
    "ESP": dict(
        title=["REINO DE ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD"],
        bg=(242, 238, 226),
        tint=(210, 170, 120),
        accent=(150, 30, 30),
        dtype="ID",
        labels=dict(
            surname="APELLIDOS",
            given="NOMBRE",
            sex="SEXO",
            nat="NACIONALIDAD",
            dob="FECHA DE NACIMIENTO",
            number="NÚM SOPORT",
            expiry="VALIDEZ",
            dni="DNI",
            pob="LUGAR DE NACIMIENTO",
            addr="DOMICILIO",
            parents="HIJO/A DE",
        ),
    ),
    "DEU": dict(
        title=["BUNDESREPUBLIK DEUTSCHLAND", "PERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ"],
        bg=(236, 240, 232),
        tint=(150, 190, 160),
        accent=(40, 40, 40),
        dtype="ID",
        labels=dict(
            surname="Name / Surname / Nom",
            birthname="Geburtsname / Name at birth / Nom de naissance",
            given="Vornamen / Given names / Prénoms",
            dob="Geburtstag / Date of birth / Date de naissance",
            nat="Staatsangehörigkeit / Nationality / Nationalité",
            pob="Geburtsort / Place of birth / Lieu de naissance",
            expiry="Gültig bis / Date of expiry / Date d'expiration",
            addr="Anschrift / Address / Adresse",
            issue="Datum / Date",
        ),
    ),
}


def id_card(
    p: Person, country: str, number: str, issue: dt.date, expiry: dt.date, seed=0, extra=None
):
    """EU/French identity card, ID-1, TD1 MRZ on the back.  Returns (front, back, mrz)."""
    spec = ID_CARDS[country]
    extra = extra or {}
    acc = spec["accent"]
    f = _card(spec["bg"], seed, spec["tint"])
    f.text(3, 4, spec["title"][0], "sans:b", 5.6, acc)
    f.fit_text(3, 7.2, spec["title"][1], "sans:b", 4.8, 70, acc)
    f.rect(78, 1.5, 5.5, 5, stroke=None, fill=(30, 50, 150))
    f.text(
        80.7,
        5.1,
        {"FRA": "F", "ITA": "I", "ESP": "E", "DEU": "D"}[country],
        "sans:b",
        7,
        (255, 215, 0),
        "c",
    )
    photo = portrait(seed, sex=p.sex, bg=(230, 232, 236))
    f.image(photo, 2.5, 11, 22, 28.5)
    L = spec["labels"]

    def fl(x, y, key, val, w=52, vs=6.3):
        f.fit_text(x, y, L.get(key, key), "sans", 3.4, w, (80, 80, 95))
        f.fit_text(x, y + 2.7, val, "sans:b", vs, w, (10, 10, 15))

    if country == "FRA":
        fl(27, 12, "surname", p.surname)
        if p.usage:
            fl(27, 17.5, "usage", p.usage)
        fl(27, 23, "given", p.given_up.replace(" ", ", "))
        fl(27, 28.5, "sex", p.sex, 10)
        fl(40, 28.5, "nat", "FRA", 14)
        fl(58, 28.5, "dob", p.dob.strftime("%d %m %Y"), 25)
        fl(27, 34, "pob", p.birth_city.upper(), 40)
        fl(3, 45, "number", number, 26)
        fl(30, 45, "expiry", expiry.strftime("%d %m %Y"), 22)
        f.image(signature(p.full(), seed + 5, 24, 8, INK_BLACK), 56, 42, 24, 8)
    elif country == "ITA":
        f.text(82, 12, number, "sans:b", 7, (170, 30, 30), "r")
        fl(27, 12, "comune", extra.get("comune", "ROMA"), 40)
        fl(27, 17.5, "surname", p.surname)
        fl(27, 23, "given", p.given_up)
        fl(
            27,
            28.5,
            "dob",
            f"{p.birth_city.upper()} ({extra.get('prov', 'RM')}) {p.dob.strftime('%d.%m.%Y')}",
            55,
            5.6,
        )
        fl(27, 34, "sex", p.sex, 12)
        fl(42, 34, "height", extra.get("height", "168"), 14)
        fl(58, 34, "nat", "ITA", 14)
        fl(27, 39.5, "issue", issue.strftime("%d.%m.%Y"), 22)
        fl(52, 39.5, "expiry", expiry.strftime("%d.%m.%Y"), 22)
        f.image(signature(p.full(), seed + 5, 22, 7, INK_BLACK), 3, 43, 22, 7)
    elif country == "ESP":
        fl(27, 12, "surname", p.surname)
        fl(27, 18.5, "given", p.given_up)
        fl(27, 24, "sex", p.sex, 10)
        fl(40, 24, "nat", "ESP", 16)
        fl(27, 29.5, "dob", p.dob.strftime("%d %m %Y"), 25)
        fl(56, 29.5, "number", number, 26)
        fl(27, 35, "expiry", expiry.strftime("%d %m %Y"), 25)
        f.text(3, 47, "DNI " + extra.get("dni", "00000000T"), "sans:b", 8.5, (10, 10, 15))
        f.image(signature(p.full(), seed + 5, 22, 7, INK_BLACK), 56, 40, 24, 8)
    elif country == "DEU":
        f.text(82, 12, number, "sans:b", 7.5, (20, 20, 20), "r")
        fl(27, 15, "surname", p.surname)
        fl(27, 20.5, "given", p.given_up)
        fl(27, 26, "dob", p.dob.strftime("%d.%m.%Y"), 30)
        fl(58, 26, "nat", "DEUTSCH", 25)
        fl(27, 31.5, "pob", p.birth_city.upper(), 40)
        fl(27, 37, "expiry", expiry.strftime("%d.%m.%Y"), 30)
        f.image(signature(p.full(), seed + 5, 22, 7, INK_BLACK), 27, 43, 24, 8)
    b = _card(tuple(min(255, c + 4) for c in spec["bg"]), seed + 3, spec["tint"])
    bl = L.get("addr", "Address")
    b.fit_text(3, 5, bl, "sans", 3.4, 60, (80, 80, 95))
    yy = 7.8
    al = extra.get("addr_lines") or (p.addr.lines() if p.addr else [])
    for ln in al[:3]:
        b.fit_text(3, yy, ln.upper(), "sans:b", 5.5, 60, (10, 10, 15))
        yy += 2.6
    if country == "ITA":
        b.text(3, 19, L["cf"], "sans", 3.4, (80, 80, 95))
        b.text(3, 21.8, extra.get("cf", ""), "sans:b", 6, (10, 10, 15))
    if country == "FRA":
        b.text(3, 19, L["issue"], "sans", 3.4, (80, 80, 95))
        b.text(3, 21.8, issue.strftime("%d %m %Y"), "sans:b", 5.8, (10, 10, 15))
    if country == "DEU":
        b.text(3, 19, L["issue"], "sans", 3.4, (80, 80, 95))
        b.text(
            3,
            21.8,
            issue.strftime("%d.%m.%Y") + "   STADT " + (extra.get("city", "KÖLN")),
            "sans:b",
            5.8,
            (10, 10, 15),
        )
    if country == "ESP":
        b.text(3, 19, L["pob"], "sans", 3.4, (80, 80, 95))
        b.text(3, 21.8, p.birth_city.upper(), "sans:b", 5.8, (10, 10, 15))
        b.text(3, 25.5, L["parents"], "sans", 3.4, (80, 80, 95))
        b.text(3, 28.2, extra.get("parents", ""), "sans:b", 5.8, (10, 10, 15))
    nat = "D<<" if country == "DEU" else country
    dtype = spec["dtype"]
    opt1 = extra.get("dni", "") if country == "ESP" else ""
    mrz = C.td1(dtype, nat, number, p.dob, p.sex, expiry, nat, p.surname, p.given, opt1=opt1)
    b.rect(0, 32, 85.6, 22, stroke=None, fill=tuple(min(255, c + 8) for c in spec["bg"]))
    draw_mrz(b, 4.7, 38.5, mrz, gap=5.6)
    return f, b, mrz


def id_card_doc(p, country, number, issue, expiry, seed=0, extra=None, notes=""):
    f, b, mrz = id_card(p, country, number, issue, expiry, seed, extra)
    fields = dict(
        surname=p.surname,
        given_names=p.given_up,
        document_number=number,
        nationality=country,
        issuing_country=country,
        date_of_birth=p.dob.isoformat(),
        expiry_date=expiry.isoformat(),
        sex=p.sex,
        mrz_valid=True,
    )
    return Doc("national_id", fields, [f, b], notes)


def on_sheet(items: list[tuple[Page, float, float]], w=210.0, h=297.0, frame=True) -> Page:
    """Photocopy of small documents laid on an A4 sheet."""
    sh = Page(w, h)
    for pg, x, y in items:
        if frame:
            sh.rect(x + 0.8, y + 0.8, pg.w, pg.h, stroke=None, fill=(175, 175, 175))
        sh.sub(pg, x, y)
    return sh
