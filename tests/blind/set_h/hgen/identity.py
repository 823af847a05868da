"""Identity and status documents: TD3 passport data pages of many countries, EU TD1
identity cards (and the French CNI of a host), French VLS-TS / Schengen visa stickers
(MRV-A) and the French titre de séjour (ID-1 card, TD1 MRZ)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import ids
from .canvas import BLACK, WHITE, Page, hexc, text_width
from .helpers import (
    emblem,
    guilloche,
    pass_date,
    portrait,
    rosette,
    signature,
    smart_text,
)
from .model import Doc, Person

# ------------------------------------------------------------------------ labels

LBL = {
    "type": {
        "fr": "Type",
        "en": "Type",
        "es": "Tipo",
        "pt": "Tipo",
        "ar": "النوع",
        "zh": "类型",
        "uk": "Тип",
        "tr": "Tipi",
        "tl": "Uri",
        "vi": "Loại",
        "hi": "प्रकार",
        "it": "Tipo",
    },
    "code": {
        "fr": "Code du pays",
        "en": "Country code",
        "es": "Código de país",
        "pt": "Código do país",
        "ar": "رمز البلد",
        "zh": "国家码",
        "uk": "Код держави",
        "tr": "Ülke kodu",
        "tl": "Kodigo ng bansa",
        "vi": "Mã quốc gia",
        "hi": "देश कोड",
        "it": "Codice",
    },
    "number": {
        "fr": "N° du passeport",
        "en": "Passport No.",
        "es": "No. de pasaporte",
        "pt": "Passaporte Nº",
        "ar": "رقم الجواز",
        "zh": "护照号",
        "uk": "№ паспорта",
        "tr": "Pasaport No",
        "tl": "Blg. ng Pasaporte",
        "vi": "Số hộ chiếu",
        "hi": "पासपोर्ट नं.",
        "it": "Passaporto N.",
    },
    "surname": {
        "fr": "Nom",
        "en": "Surname",
        "es": "Apellidos",
        "pt": "Sobrenome",
        "ar": "اللقب",
        "zh": "姓",
        "uk": "Прізвище",
        "tr": "Soyadı",
        "tl": "Apelyido",
        "vi": "Họ",
        "hi": "उपनाम",
        "it": "Cognome",
    },
    "given": {
        "fr": "Prénoms",
        "en": "Given names",
        "es": "Nombres",
        "pt": "Nome",
        "ar": "الاسم",
        "zh": "名",
        "uk": "Ім'я",
        "tr": "Adı",
        "tl": "Mga Pangalan",
        "vi": "Tên",
        "hi": "दिया गया नाम",
        "it": "Nome",
    },
    "fullname": {"vi": "Họ và tên", "en": "Full name", "fr": "Nom et prénoms"},
    "middle": {"tl": "Panggitnang Apelyido", "en": "Middle name"},
    "nationality": {
        "fr": "Nationalité",
        "en": "Nationality",
        "es": "Nacionalidad",
        "pt": "Nacionalidade",
        "ar": "الجنسية",
        "zh": "国籍",
        "uk": "Громадянство",
        "tr": "Uyruğu",
        "tl": "Nasyonalidad",
        "vi": "Quốc tịch",
        "hi": "राष्ट्रीयता",
        "it": "Cittadinanza",
    },
    "dob": {
        "fr": "Date de naissance",
        "en": "Date of birth",
        "es": "Fecha de nacimiento",
        "pt": "Data de nascimento",
        "ar": "تاريخ الميلاد",
        "zh": "出生日期",
        "uk": "Дата народження",
        "tr": "Doğum tarihi",
        "tl": "Petsa ng kapanganakan",
        "vi": "Ngày sinh",
        "hi": "जन्मतिथि",
        "it": "Data di nascita",
    },
    "sex": {
        "fr": "Sexe",
        "en": "Sex",
        "es": "Sexo",
        "pt": "Sexo",
        "ar": "الجنس",
        "zh": "性别",
        "uk": "Стать",
        "tr": "Cinsiyeti",
        "tl": "Kasarian",
        "vi": "Giới tính",
        "hi": "लिंग",
        "it": "Sesso",
    },
    "pob": {
        "fr": "Lieu de naissance",
        "en": "Place of birth",
        "es": "Lugar de nacimiento",
        "pt": "Local de nascimento",
        "ar": "مكان الميلاد",
        "zh": "出生地点",
        "uk": "Місце народження",
        "tr": "Doğum yeri",
        "tl": "Lugar ng kapanganakan",
        "vi": "Nơi sinh",
        "hi": "जन्म स्थान",
        "it": "Luogo di nascita",
    },
    "issue": {
        "fr": "Date de délivrance",
        "en": "Date of issue",
        "es": "Fecha de expedición",
        "pt": "Data de expedição",
        "ar": "تاريخ الإصدار",
        "zh": "签发日期",
        "uk": "Дата видачі",
        "tr": "Veriliş tarihi",
        "tl": "Petsa ng pagkakaloob",
        "vi": "Ngày cấp",
        "hi": "जारी करने की तिथि",
        "it": "Data di rilascio",
    },
    "expiry": {
        "fr": "Date d'expiration",
        "en": "Date of expiry",
        "es": "Fecha de vencimiento",
        "pt": "Válido até",
        "ar": "تاريخ الانتهاء",
        "zh": "有效期至",
        "uk": "Дата закінчення строку дії",
        "tr": "Geçerlilik tarihi",
        "tl": "Petsa ng pagkawalang-bisa",
        "vi": "Có giá trị đến",
        "hi": "समाप्ति की तिथि",
        "it": "Data di scadenza",
    },
    "authority": {
        "fr": "Autorité",
        "en": "Authority",
        "es": "Autoridad",
        "pt": "Autoridade",
        "ar": "جهة الإصدار",
        "zh": "签发机关",
        "uk": "Орган, що видав",
        "tr": "Makam",
        "tl": "Maykapangyarihan",
        "vi": "Cơ quan cấp",
        "hi": "जारी करने का स्थान",
        "it": "Autorità",
    },
    "personal": {
        "fr": "N° personnel",
        "en": "Personal No.",
        "es": "No. personal",
        "pt": "Nº pessoal",
        "uk": "Запис № / Record No.",
        "tr": "T.C. Kimlik No",
        "zh": "个人号码",
        "ar": "الرقم الوطني",
        "vi": "Số GCMND",
        "it": "N. personale",
        "tl": "Personal No.",
    },
    "signature": {
        "fr": "Signature du titulaire",
        "en": "Holder's signature",
        "es": "Firma del titular",
        "pt": "Assinatura do titular",
        "uk": "Підпис",
        "tr": "Hamilin imzası",
        "zh": "持照人签名",
        "it": "Firma del titolare",
        "ar": "توقيع الحامل",
        "tl": "Lagda",
        "vi": "Chữ ký",
        "hi": "हस्ताक्षर",
    },
    "curp": {"es": "CURP", "en": "CURP"},
}

LANG_FONT = {"ar": "sans", "zh": "cjk", "hi": "deva"}


def _label(key: str, langs: list[str]) -> list[tuple[str, str]]:
    segs = []
    for lg in langs:
        t = LBL[key].get(lg)
        if t and all(t != s for s, _ in segs):
            segs.append((t, LANG_FONT.get(lg, "")))
    return segs


def seg_text(
    p: Page, x: float, y: float, segs, font: str, size: float, color, sep: str = "/"
) -> float:
    cx = x
    for i, (t, f) in enumerate(segs):
        if i:
            cx += p.text(cx, y, sep, font, size, color)
        cx += p.text(cx, y, t, f or font, size, color)
    return cx - x


# ------------------------------------------------------------------------ passports


@dataclass
class PassportSpec:
    number: str
    issue: date
    expiry: date
    authority: str = ""
    personal: str = ""
    issuing: str = ""  # defaults to nationality


STYLES: dict[str, dict] = {
    "DZA": dict(
        langs=["ar", "fr", "en"],
        header=[
            ("الجمهورية الجزائرية الديمقراطية الشعبية", "arabic-b", 8.5),
            ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "sans-b", 6.4),
        ],
        title="جواز سفر  PASSEPORT  PASSPORT",
        tint=(222, 236, 222),
        guil=(150, 190, 155),
        accent=(0, 105, 60),
        date="dot",
        nat="ALGERIENNE",
        authority="DAIRA D'ORAN",
        vfont="sans-b",
    ),
    "MAR": dict(
        langs=["ar", "fr", "en"],
        header=[
            ("المملكة المغربية", "arabic-b", 9),
            ("ROYAUME DU MAROC  -  KINGDOM OF MOROCCO", "serif-b", 7),
        ],
        title="PASSEPORT / PASSPORT",
        tint=(240, 226, 222),
        guil=(200, 150, 140),
        accent=(160, 30, 40),
        date="bi",
        nat="MAROCAINE",
        authority="CASABLANCA",
        vfont="sans-b",
    ),
    "TUN": dict(
        langs=["ar", "fr", "en"],
        header=[
            ("الجمهورية التونسية", "arabic-b", 9),
            ("RÉPUBLIQUE TUNISIENNE - REPUBLIC OF TUNISIA", "sans-b", 6.8),
        ],
        title="PASSEPORT",
        tint=(244, 230, 228),
        guil=(210, 150, 150),
        accent=(180, 20, 30),
        date="dot",
        nat="TUNISIENNE",
        authority="TUNIS",
        vfont="arial-b",
    ),
    "CHN": dict(
        langs=["zh", "en"],
        header=[("中华人民共和国", "cjk", 10), ("PEOPLE'S REPUBLIC OF CHINA", "serif-b", 8)],
        title="护照  PASSPORT",
        tint=(246, 232, 230),
        guil=(220, 170, 160),
        accent=(190, 30, 40),
        date="bi_cn",
        nat="中国/CHINESE",
        authority="国家移民管理局 / National Immigration Administration",
        vfont="courier-b",
        cn=True,
    ),
    "COL": dict(
        langs=["es", "en", "fr"],
        header=[("REPÚBLICA DE COLOMBIA", "serif-b", 9.5)],
        title="PASAPORTE  PASSPORT  PASSEPORT",
        tint=(236, 232, 246),
        guil=(170, 160, 210),
        accent=(30, 50, 140),
        date="en",
        nat="COLOMBIANA",
        authority="MINISTERIO DE RELACIONES EXTERIORES",
        vfont="sans-b",
    ),
    "USA": dict(
        langs=["en", "fr", "es"],
        header=[("PASSPORT", "serif-b", 11), ("UNITED STATES OF AMERICA", "serif-b", 8)],
        title="",
        tint=(234, 238, 246),
        guil=(170, 180, 215),
        accent=(20, 40, 100),
        date="en_cap",
        nat="UNITED STATES OF AMERICA",
        authority="United States\nDepartment of State",
        vfont="arial-b",
        us=True,
    ),
    "IND": dict(
        langs=["hi", "en"],
        header=[("भारत गणराज्य", "deva", 9), ("REPUBLIC OF INDIA", "sans-b", 8)],
        title="पासपोर्ट  PASSPORT",
        tint=(238, 240, 228),
        guil=(180, 190, 150),
        accent=(30, 60, 120),
        date="slash",
        nat="INDIAN",
        authority="MUMBAI",
        vfont="courier-b",
    ),
    "BRA": dict(
        langs=["pt", "en", "fr"],
        header=[("REPÚBLICA FEDERATIVA DO BRASIL", "serif-b", 8.5)],
        title="PASSAPORTE  PASSPORT  PASSEPORT",
        tint=(226, 240, 232),
        guil=(140, 190, 160),
        accent=(0, 90, 60),
        date="bi_pt",
        nat="BRASILEIRO(A)",
        authority="DPF/SP",
        vfont="sans-b",
    ),
    "UKR": dict(
        langs=["uk", "en"],
        header=[("УКРАЇНА", "sans-b", 9.5), ("UKRAINE", "sans-b", 8)],
        title="ПАСПОРТ  PASSPORT",
        tint=(232, 236, 246),
        guil=(160, 175, 215),
        accent=(20, 60, 150),
        date="bi_uk",
        nat="УКРАЇНА/UKR",
        authority="8049",
        vfont="sans-b",
        personal_label=True,
    ),
    "TUR": dict(
        langs=["tr", "en", "fr"],
        header=[("TÜRKİYE CUMHURİYETİ", "serif-b", 9), ("REPUBLIC OF TÜRKİYE", "serif-b", 7.5)],
        title="PASAPORT  PASSPORT  PASSEPORT",
        tint=(244, 230, 232),
        guil=(210, 160, 170),
        accent=(170, 20, 40),
        date="dot",
        nat="T.C./TUR",
        authority="T.C. İÇİŞLERİ BAKANLIĞI",
        vfont="arial-b",
        personal_label=True,
    ),
    "PHL": dict(
        langs=["tl", "en"],
        header=[
            ("REPUBLIKA NG PILIPINAS", "serif-b", 8.5),
            ("REPUBLIC OF THE PHILIPPINES", "serif-b", 7.5),
        ],
        title="PASAPORTE  PASSPORT",
        tint=(236, 232, 244),
        guil=(170, 160, 210),
        accent=(40, 40, 120),
        date="en",
        nat="FILIPINO",
        authority="DFA MANILA",
        vfont="sans-b",
        middle=True,
    ),
    "MEX": dict(
        langs=["es", "en", "fr"],
        header=[("ESTADOS UNIDOS MEXICANOS", "serif-b", 9.5)],
        title="PASAPORTE  PASSPORT  PASSEPORT",
        tint=(230, 240, 232),
        guil=(150, 190, 160),
        accent=(20, 90, 60),
        date="es_mx",
        nat="MEXICANA",
        authority="SRE GUADALAJARA",
        vfont="sans-b",
        curp=True,
    ),
    "GBR": dict(
        langs=["en", "fr"],
        header=[("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "serif-b", 6.3)],
        title="PASSPORT  PASSEPORT",
        tint=(238, 232, 242),
        guil=(185, 165, 205),
        accent=(90, 30, 90),
        date="bi",
        nat="BRITISH CITIZEN",
        authority="HMPO",
        vfont="ocrb",
        numbered=True,
    ),
    "SEN": dict(
        langs=["fr", "en"],
        header=[
            ("RÉPUBLIQUE DU SÉNÉGAL", "serif-b", 9.5),
            ("Un Peuple - Un But - Une Foi", "serif-i", 6.5),
        ],
        title="PASSEPORT  PASSPORT",
        tint=(230, 240, 226),
        guil=(160, 195, 150),
        accent=(0, 120, 60),
        date="slash",
        nat="SENEGALAISE",
        authority="DAF DAKAR",
        vfont="sans-b",
    ),
    "CMR": dict(
        langs=["fr", "en"],
        header=[("RÉPUBLIQUE DU CAMEROUN", "sans-b", 8), ("REPUBLIC OF CAMEROON", "sans-b", 7.2)],
        title="PASSEPORT  PASSPORT",
        tint=(236, 242, 226),
        guil=(170, 200, 140),
        accent=(0, 110, 60),
        date="slash",
        nat="CAMEROUNAISE",
        authority="DGSN",
        vfont="arial-b",
    ),
    "COD": dict(
        langs=["fr", "en"],
        header=[("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "sans-b", 7.8)],
        title="PASSEPORT  PASSPORT",
        tint=(228, 236, 246),
        guil=(150, 175, 215),
        accent=(0, 100, 180),
        date="slash",
        nat="CONGOLAISE",
        authority="KINSHASA",
        vfont="sans-b",
    ),
    "VNM": dict(
        langs=["vi", "en"],
        header=[
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "sans-b", 7.2),
            ("SOCIALIST REPUBLIC OF VIET NAM", "sans-b", 6.5),
        ],
        title="HỘ CHIẾU  PASSPORT",
        tint=(242, 236, 222),
        guil=(200, 180, 140),
        accent=(170, 30, 30),
        date="slash",
        nat="VIỆT NAM/VIETNAMESE",
        authority="Cục QLXNC - Bộ Công an",
        vfont="sans-b",
        fullname=True,
    ),
    "PER": dict(
        langs=["es", "en"],
        header=[("REPÚBLICA DEL PERÚ", "serif-b", 9.5)],
        title="PASAPORTE  PASSPORT",
        tint=(244, 234, 234),
        guil=(210, 170, 170),
        accent=(170, 20, 30),
        date="en",
        nat="PERUANA",
        authority="MIGRACIONES LIMA",
        vfont="arial-b",
        personal_label=True,
    ),
    "PRT": dict(
        langs=["pt", "en", "fr"],
        header=[("UNIÃO EUROPEIA", "sans", 7), ("REPÚBLICA PORTUGUESA", "sans-b", 8.5)],
        title="PASSAPORTE  PASSPORT  PASSEPORT",
        tint=(238, 232, 240),
        guil=(180, 160, 195),
        accent=(110, 30, 60),
        date="bi_pt",
        nat="PORTUGUESA",
        authority="SEF - PORTUGAL",
        vfont="arial-b",
        numbered=True,
    ),
    "CIV": dict(
        langs=["fr", "en"],
        header=[
            ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "serif-b", 8.5),
            ("Union - Discipline - Travail", "serif-i", 6.2),
        ],
        title="PASSEPORT  PASSPORT",
        tint=(246, 236, 222),
        guil=(215, 180, 130),
        accent=(210, 110, 0),
        date="slash",
        nat="IVOIRIENNE",
        authority="ONECI",
        vfont="sans-b",
    ),
}

PT_MON = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]
UK_MON = ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]
ES_MON = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
EN_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fmt_pdate(d: date, style: str) -> str:
    m = d.month - 1
    if style == "bi_pt":
        a, b = PT_MON[m], EN_MON[m]
        return f"{d.day:02d} {a}/{b} {d.year}" if a != b else f"{d.day:02d} {a} {d.year}"
    if style == "bi_uk":
        return f"{d.day:02d} {UK_MON[m]}/{EN_MON[m]} {d.year % 100:02d}"
    if style == "bi_cn":
        return f"{d.day:02d} {d.month}月/{EN_MON[m]} {d.year}"
    if style == "es_mx":
        return f"{d.day:02d} {ES_MON[m]}/{EN_MON[m]} {d.year}"
    if style == "en_cap":
        return f"{d.day:02d} {EN_MON[m].capitalize()} {d.year}"
    return pass_date(d, style)


def mrz_size(chars: int, width: float) -> float:
    return width / text_width("<" * chars, "ocrb", 1.0)


def _mrz(p: Page, lines: list[str], x: float, y0: float, width: float, pitch: float):
    size = mrz_size(len(lines[0]), width)
    for i, ln in enumerate(lines):
        p.text(x, y0 + i * pitch, ln, "ocrb", size, (20, 20, 25))


def passport_page(
    person: Person, spec: PassportSpec, rng, pob: str, cn_names=None, expired_note: bool = False
) -> tuple[Page, dict]:
    """The TD3 data page (125 x 88 mm) of a passport in the style of its country."""
    code = spec.issuing or person.nationality
    st = STYLES[code]
    langs = st["langs"]
    p = Page(125, 88, bg=st["tint"])
    guilloche(p, 0, 0, 125, 64, st["guil"], rng, n=22, lw=0.12, waves=2.5)
    rosette(p, 100, 40, 16, st["guil"], n=18)
    acc = st["accent"]
    # header
    y = 5.8
    for text, font, size in st["header"]:
        smart_text(p, 62.5 if not st.get("us") else 80, y, text, font, size, acc, anchor="m")
        y += size * 0.42 + 0.6
    if st["title"]:
        smart_text(p, 5, 15.5, st["title"], "sans-b", 6.2, acc)
    lab_font, lab_size, lab_col = "sans", 4.4, (60, 60, 70)
    vfont = st["vfont"]
    vsize = 7.6 if vfont != "ocrb" else 7.2
    # photo
    portrait(p, 5, 18.5, 31, 39.5, rng, person.sex)
    p.rect(5, 18.5, 31, 39.5, (120, 120, 120), None, 0.15)
    # ghost image
    gx = 106
    p.group(_ghost(person, rng), gx, 46, 0, "multiply", 0.35)
    surname = person.surname.upper()
    given = person.given.upper()
    if not st.get("accents", True):
        surname, given = (
            ids.mrz_name(surname).replace("<", " "),
            ids.mrz_name(given).replace("<", " "),
        )
    ds = st["date"]
    nums = {}
    if st.get("numbered"):
        nums = {
            "surname": "1",
            "given": "2",
            "nationality": "3",
            "dob": "4",
            "sex": "5",
            "pob": "6",
            "issue": "7",
            "authority": "8",
            "expiry": "9",
        }
    vals = {
        "type": "P",
        "code": code,
        "number": spec.number,
        "surname": surname,
        "given": given,
        "nationality": st["nat"],
        "dob": fmt_pdate(person.dob, ds),
        "sex": person.sex
        if code not in ("UKR",)
        else f"{'Ж' if person.sex == 'F' else 'Ч'}/{person.sex}",
        "pob": pob,
        "issue": fmt_pdate(spec.issue, ds),
        "expiry": fmt_pdate(spec.expiry, ds),
        "authority": spec.authority or st["authority"],
        "personal": spec.personal,
        "middle": person.middle.upper(),
        "fullname": f"{surname} {given}",
        "curp": spec.personal,
    }
    if st.get("cn") and cn_names:
        vals["surname"] = [(cn_names[0], "cjk"), ("  " + surname, "")]
        vals["given"] = [(cn_names[1], "cjk"), ("  " + given, "")]
    if code == "TUR" and person.sex == "F":
        vals["sex"] = "K/F"
    if code == "TUR" and person.sex == "M":
        vals["sex"] = "E/M"
    rows = [[("type", 0), ("code", 15), ("number", 44)]]
    if st.get("fullname"):
        rows.append([("fullname", 0)])
    else:
        rows += [[("surname", 0)], [("given", 0)]]
        if st.get("middle"):
            rows.append([("middle", 0)])
    if st.get("us"):
        rows += [
            [("nationality", 0)],
            [("dob", 0), ("sex", 44)],
            [("pob", 0)],
            [("issue", 0), ("authority", 44)],
            [("expiry", 0)],
        ]
    elif st.get("cn"):
        rows += [
            [("sex", 0), ("nationality", 22)],
            [("dob", 0), ("pob", 44)],
            [("issue", 0), ("expiry", 44)],
            [("authority", 0)],
        ]
    else:
        r = [[("nationality", 0)]]
        if st.get("personal_label") or st.get("curp"):
            r = [[("nationality", 0), ("curp" if st.get("curp") else "personal", 44)]]
        rows += r + [
            [("dob", 0), ("sex", 44)],
            [("pob", 0)],
            [("issue", 0), ("authority", 44)],
            [("expiry", 0), ("signature", 44)],
        ]
    n = len(rows)
    pitch = min(5.6, 41.0 / max(1, n - 1))
    x0 = 40.5
    for i, row in enumerate(rows):
        vy = 21.8 + i * pitch
        for key, dx in row:
            lab = _label(key, langs)
            lx = x0 + dx
            if key in nums:
                lx += p.text(lx, vy - 2.5, nums[key] + ".", lab_font, lab_size, lab_col) + 0.6
            lab_avail = (
                (row[row.index((key, dx)) + 1][1] - dx - 1.5)
                if row.index((key, dx)) + 1 < len(row)
                else 123 - lx
            )
            lw = sum(text_width(t, f or lab_font, lab_size) for t, f in lab) + text_width(
                "/", lab_font, lab_size
            ) * (len(lab) - 1)
            lsz = lab_size if lw <= lab_avail else lab_size * lab_avail / lw
            seg_text(p, lx, vy - 2.5, lab, lab_font, lsz, lab_col)
            if key == "signature":
                sig = Page(36, 8, bg=None)
                signature(sig, 2, 6, person.full(), rng, w=22, color=(40, 40, 60))
                p.group(sig, x0 + dx, vy - 5.2, 0, "multiply", 0.9)
                continue
            v = vals[key]
            if isinstance(v, list):
                cx = x0 + dx
                for t, f in v:
                    cx += smart_text(p, cx, vy, t, f or vfont, vsize, BLACK)
            else:
                avail = 44 - 2 if dx == 0 and len(row) > 1 else 123 - (x0 + dx)
                for j, part in enumerate(str(v).split("\n")):
                    sz = vsize if "\n" not in str(v) else vsize * 0.8
                    w = text_width(part, vfont, sz)
                    if w > avail:
                        sz *= avail / w
                    smart_text(p, x0 + dx, vy + j * 2.9, part, vfont, sz, BLACK)
    # MRZ
    p.rect(0, 65, 125, 23, None, (248, 247, 244))
    l1, l2 = ids.td3(
        "P",
        code,
        person.surname,
        person.given,
        spec.number,
        person.nationality,
        person.dob,
        person.sex,
        spec.expiry,
        spec.personal,
    )
    _mrz(p, [l1, l2], 4.5, 74.5, 116.5, 7.0)
    fields = {
        "surname": surname if not isinstance(vals["surname"], list) else surname,
        "given_names": given,
        "document_number": spec.number,
        "nationality": person.nationality,
        "issuing_country": code,
        "date_of_birth": person.dob.isoformat(),
        "expiry_date": spec.expiry.isoformat(),
        "sex": person.sex,
        "mrz_valid": True,
    }
    return p, fields


def _ghost(person: Person, rng) -> Page:
    g = Page(14, 17, bg=None)
    portrait(g, 0, 0, 14, 17, rng, person.sex, grey=True, bg=(235, 235, 235))
    return g


def passport_facing_page(rng, code: str, kind: str = "obs", lines=None) -> Page:
    """The page facing the data page: observations / endorsements, mostly empty."""
    st = STYLES.get(code, STYLES["USA"])
    p = Page(125, 88, bg=st["tint"])
    guilloche(p, 0, 0, 125, 88, st["guil"], rng, n=16, lw=0.1, waves=2)
    emblem(p, 62.5, 40, 18, st["guil"], int(rng.integers(0, 3)))
    if kind == "obs":
        p.text(
            62.5,
            9,
            {
                "fr": "OBSERVATIONS",
                "en": "OBSERVATIONS / AMENDMENTS",
                "es": "OBSERVACIONES",
                "pt": "OBSERVAÇÕES",
            }.get(st["langs"][0], "OBSERVATIONS"),
            "sans-b",
            7,
            st["accent"],
            anchor="m",
        )
        for i, ln in enumerate(lines or []):
            p.text(10, 20 + i * 5, ln, "courier-b", 7.5, BLACK)
    return p


def passport_spread(data: Page, top: Page) -> Page:
    """An open booklet: facing page above, data page below (as when photocopied)."""
    p = Page(131, 182, bg=(80, 30, 40))
    p.group(top, 3, 3, 0, "normal")
    p.group(data, 3, 92, 0, "normal")
    p.line(3, 91.5, 128, 91.5, (120, 100, 100), 0.5)
    return p


def passport_doc(
    person: Person, spec: PassportSpec, rng, pob: str, cn_names=None, notes: str = ""
) -> Doc:
    page, fields = passport_page(person, spec, rng, pob, cn_names)
    return Doc("passport", [page], fields, notes)


# ------------------------------------------------------------------------ visas


@dataclass
class VisaSpec:
    number: str  # sticker number, 9 digits
    visa_type: str  # "D" / "C"
    valid_from: date
    valid_until: date
    issued_in: str
    issued_on: date
    duration_days: int
    remarks: list[str]
    entries: str = "MULT"
    valid_for: str = "FRANCE"


def visa_sticker(person: Person, passport_no: str, spec: VisaSpec, rng) -> tuple[Page, dict]:
    """The uniform-format visa sticker (ID-2 size, 105 x 74 mm, MRV-B zone)."""
    p = Page(105, 74, bg=(236, 240, 238))
    guilloche(p, 0, 0, 105, 54, (175, 200, 195), rng, n=18, lw=0.1, waves=3)
    rosette(p, 70, 26, 12, (190, 180, 215), n=16)
    lab = (80, 90, 110)
    red = (190, 30, 40)
    ls, vs = 3.7, 7.0
    p.rect(2.5, 2.5, 19, 11, None, (205, 210, 225))
    p.text(12, 10.5, "VISA", "sans-b", 9, (150, 160, 190), anchor="m")
    p.text(24, 5.2, "VALABLE POUR / VALID FOR", "sans", ls, lab)
    p.text(24, 9.2, spec.valid_for, "arial-b", 7.2, BLACK)
    p.text(102, 6.5, "FRA", "arial-b", 7, red, anchor="r")
    p.text(102, 11, spec.number, "courier-b", 8, red, anchor="r")
    p.text(24, 13.4, "DU / FROM", "sans", ls, lab)
    p.text(24, 17.2, spec.valid_from.strftime("%d-%m-%Y"), "arial-b", vs, BLACK)
    p.text(52, 13.4, "AU / UNTIL", "sans", ls, lab)
    p.text(52, 17.2, spec.valid_until.strftime("%d-%m-%Y"), "arial-b", vs, BLACK)
    p.text(24, 21.2, "TYPE DE VISA / TYPE OF VISA", "sans", ls, lab)
    p.text(24, 25.2, spec.visa_type, "arial-b", 8, BLACK)
    p.text(52, 21.2, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "sans", ls, lab)
    p.text(52, 25.2, spec.entries, "arial-b", vs, BLACK)
    p.text(24, 29, "DURÉE DE SÉJOUR / DURATION OF STAY", "sans", ls, lab)
    p.text(24, 33, f"{spec.duration_days} JOURS", "arial-b", vs, BLACK)
    p.text(66, 29, "DÉLIVRÉ À / ISSUED IN", "sans", ls, lab)
    p.text(66, 33, spec.issued_in, "arial-b", vs, BLACK)
    p.text(24, 36.8, "LE / ON", "sans", ls, lab)
    p.text(24, 40.7, spec.issued_on.strftime("%d-%m-%Y"), "arial-b", vs, BLACK)
    p.text(52, 36.8, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", "sans", ls, lab)
    p.text(52, 40.7, passport_no, "arial-b", vs, BLACK)
    p.text(2.5, 44.6, "NOM, PRÉNOM / SURNAME, NAME", "sans", ls, lab)
    name = f"{person.surname.upper()}, {person.given.upper()}"
    p.text(2.5, 48.4, name, "arial-b", vs, BLACK)
    p.text(2.5, 52, "REMARQUES / REMARKS", "sans", ls, lab)
    for i, r in enumerate(spec.remarks[:2]):
        p.text(2.5 + i * 0, 55.4 + i * 2.9, r, "arial-b", 5.8, BLACK)
    portrait(p, 2.5, 15.5, 19, 25, rng, person.sex)
    l1, l2 = ids.mrvb(
        spec.visa_type,
        "FRA",
        person.surname,
        person.given,
        passport_no,
        person.nationality,
        person.dob,
        person.sex,
        spec.valid_until,
        optional=spec.number[-8:],
    )
    p.rect(0, 61, 105, 13, None, (246, 247, 246))
    _mrz(p, [l1, l2], 3, 66.2, 99, 5.6)
    fields = {
        "surname": person.surname.upper(),
        "given_names": person.given.upper(),
        "document_number": passport_no,
        "nationality": person.nationality,
        "issuing_country": "FRA",
        "date_of_birth": person.dob.isoformat(),
        "expiry_date": spec.valid_until.isoformat(),
        "sex": person.sex,
        "mrz_valid": True,
        "visa_type": spec.visa_type,
        "vls_ts": any("VLS-TS" in r or "VALANT TITRE" in r for r in spec.remarks),
        "category": spec.remarks[0],
        "valid_from": spec.valid_from.isoformat(),
        "valid_until": spec.valid_until.isoformat(),
    }
    return p, fields


def visa_passport_page(sticker: Page, rng, code: str, entry_stamp: tuple | None = None) -> Page:
    """A passport visa page carrying the sticker (and perhaps an entry stamp)."""
    st = STYLES.get(code, STYLES["USA"])
    p = Page(125, 88, bg=st["tint"])
    guilloche(p, 0, 0, 125, 88, st["guil"], rng, n=14, lw=0.1, waves=2)
    p.group(sticker, 10, 6, float(rng.uniform(-0.6, 0.6)), "normal")
    if entry_stamp:
        place, d = entry_stamp
        s = Page(30, 20, bg=None)
        col = (40, 90, 60)
        s.rect(0.5, 0.5, 29, 19, col, None, 0.5, radius=3)
        s.text(15, 5.5, place, "sans-b", 5.5, col, anchor="m")
        s.text(15, 11.5, d.strftime("%d.%m.%y"), "mono-b", 8, col, anchor="m")
        s.text(15, 17, "ENTRÉE  FRA  ►", "sans-b", 5, col, anchor="m")
        p.group(s, -3, 24, float(rng.uniform(-12, 12)), "multiply", 0.8)
    return p


# ------------------------------------------------------------------------ titre de séjour


@dataclass
class PermitSpec:
    number: str
    title: str  # "CARTE DE SEJOUR TEMPORAIRE"
    mention: str  # "ETUDIANT"
    valid_until: date
    issued_on: date
    prefecture: str  # "PREFECTURE DU RHONE"
    work: str = ""  # "AUTORISE SON TITULAIRE A TRAVAILLER"


def permit_front(person: Person, spec: PermitSpec, rng) -> Page:
    p = Page(85.6, 54, bg=(232, 236, 244))
    guilloche(p, 0, 0, 85.6, 54, (190, 200, 225), rng, n=16, lw=0.1, waves=3)
    rosette(p, 62, 30, 11, (210, 190, 215), n=14)
    navy = hexc("000091")
    p.rect(0, 0, 85.6, 8.2, None, (225, 230, 245))
    p.rect(3, 2, 1.6, 4.6, None, navy)
    p.rect(4.6, 2, 1.6, 4.6, None, WHITE)
    p.rect(6.2, 2, 1.6, 4.6, None, hexc("E1000F"))
    p.text(9.5, 4.6, "RÉPUBLIQUE FRANÇAISE", "arial-b", 5.2, navy)
    p.text(9.5, 7.1, "TITRE DE SÉJOUR / RESIDENCE PERMIT", "arial", 4.3, navy)
    p.text(82.5, 4.6, "N°", "arial", 3.6, (70, 70, 90), anchor="r")
    p.text(82.5, 7.2, spec.number, "arial-b", 5.5, BLACK, anchor="r")
    portrait(p, 3, 10.5, 19, 24.5, rng, person.sex)
    lab = (70, 75, 100)
    x = 24.5

    def field(y, label, value, size=5.8):
        p.text(x, y - 2.3, label, "arial", 3.3, lab)
        p.text(x, y, value, "arial-b", size, BLACK)

    field(13.0, "NOM / Surname", person.surname.upper())
    field(18.0, "PRÉNOMS / Given names", person.given.upper().replace(" ", ", "))
    field(23.0, "SEXE / Sex", person.sex)
    p.text(40, 20.7, "NATIONALITÉ / Nationality", "arial", 3.3, lab)
    p.text(40, 23.0, person.nationality, "arial-b", 5.8, BLACK)
    field(28.0, "DATE DE NAISS. / Date of birth", person.dob.strftime("%d %m %Y"))
    field(33.0, "TYPE DE TITRE / Document type", spec.title, 5.0)
    p.text(x, 38.0 - 2.3, "REMARQUES / Remarks", "arial", 3.3, lab)
    p.text(x, 38.0, spec.mention, "arial-b", 5.0, BLACK)
    p.text(x, 43 - 2.3, "VALABLE JUSQU'AU / Valid until", "arial", 3.3, lab)
    p.text(x, 43, spec.valid_until.strftime("%d %m %Y"), "arial-b", 5.8, BLACK)
    sig = Page(30, 9, bg=None)
    signature(sig, 2, 6.5, person.full(), rng, w=18, color=(30, 30, 50))
    p.group(sig, 3, 41, 0, "multiply", 0.9)
    p.text(3, 51.5, "Signature du titulaire", "arial", 3.0, lab)
    p.group(_ghost(person, rng), 68, 34, 0, "multiply", 0.3)
    return p


def permit_back(person: Person, spec: PermitSpec, rng) -> tuple[Page, tuple[str, str, str]]:
    p = Page(85.6, 54, bg=(236, 238, 244))
    guilloche(p, 0, 0, 85.6, 32, (195, 205, 225), rng, n=12, lw=0.1, waves=3)
    lab = (70, 75, 100)
    addr = person.address

    def field(x, y, label, value, size=5.0):
        p.text(x, y - 2.2, label, "arial", 3.2, lab)
        for i, ln in enumerate(value.split("\n")):
            p.text(x, y + i * 2.4, ln, "arial-b", size, BLACK)

    field(
        3,
        5.5,
        "LIEU DE NAISSANCE / Place of birth",
        f"{person.birth_city.upper()} ({person.birth_country.upper()})",
    )
    a = addr.lines(upper=True) if addr else []
    field(3, 11.5, "ADRESSE / Address", "\n".join(a[:3]), 4.6)
    field(
        3,
        21.5,
        "DATE ET LIEU DE DÉLIVRANCE / Date and place of issue",
        f"{spec.issued_on.strftime('%d %m %Y')}  {spec.prefecture}",
        4.6,
    )
    if spec.work:
        p.text(3, 27.5, spec.work, "arial-b", 4.4, BLACK)
    p.rect(60, 3, 22, 14, (120, 120, 140), None, 0.15)
    p.text(71, 11, "CHIP", "arial", 4, (150, 150, 170), anchor="m")
    l1, l2, l3 = ids.td1(
        "IR",
        "FRA",
        spec.number,
        person.dob,
        person.sex,
        spec.valid_until,
        person.nationality,
        person.surname,
        person.given,
    )
    p.rect(0, 31.5, 85.6, 22.5, None, (248, 248, 248))
    _mrz(p, [l1, l2, l3], 3.2, 37.5, 79, 6.3)
    return p, (l1, l2, l3)


def permit_doc(person: Person, spec: PermitSpec, rng, notes: str = "") -> Doc:
    front = permit_front(person, spec, rng)
    back, _ = permit_back(person, spec, rng)
    fields = {
        "surname": person.surname.upper(),
        "given_names": person.given.upper(),
        "document_number": spec.number,
        "nationality": person.nationality,
        "issuing_country": "FRA",
        "date_of_birth": person.dob.isoformat(),
        "expiry_date": spec.valid_until.isoformat(),
        "sex": person.sex,
        "mrz_valid": True,
    }
    return Doc("residence_permit", [front, back], fields, notes)


# ------------------------------------------------------------------------ EU ID cards


@dataclass
class IdSpec:
    number: str
    issue: date
    expiry: date
    country: str  # ITA, ESP, DEU, BEL, FRA, ROU, PRT
    extra: str = ""  # codice fiscale, DNI number, CAN ...


def _card_base(rng, tint, guil) -> Page:
    p = Page(85.6, 54, bg=tint)
    guilloche(p, 0, 0, 85.6, 54, guil, rng, n=14, lw=0.1, waves=3)
    return p


def id_card_front(person: Person, spec: IdSpec, rng, birth_place: str = "") -> Page:
    c = spec.country
    lab = (70, 70, 90)
    sn, gv = person.surname.upper(), person.given.upper()
    if c == "ITA":
        p = _card_base(rng, (236, 238, 244), (190, 195, 220))
        p.text(42.8, 4.5, "REPUBBLICA ITALIANA", "arial-b", 6, (30, 40, 90), anchor="m")
        p.text(
            42.8, 7.5, "CARTA DI IDENTITÀ / IDENTITY CARD", "arial", 4.4, (30, 40, 90), anchor="m"
        )
        p.text(82.5, 12, spec.number, "arial-b", 6.5, (170, 30, 40), anchor="r")
        portrait(p, 3, 10, 20, 26, rng, person.sex)
        rows = [
            ("COGNOME / SURNAME", sn),
            ("NOME / NAME", gv),
            (
                "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
                f"{birth_place.upper()} {person.dob.strftime('%d.%m.%Y')}",
            ),
            ("SESSO / SEX", person.sex),
            ("CITTADINANZA / NATIONALITY", "ITA"),
            ("EMISSIONE / ISSUING", spec.issue.strftime("%d.%m.%Y")),
            ("SCADENZA / EXPIRY", spec.expiry.strftime("%d.%m.%Y")),
        ]
        _rows(p, 26, 15, rows, lab, pitch=5.1)
        p.text(3, 40, "COMUNE DI", "arial", 3.4, lab)
        p.text(3, 43, "MILANO", "arial-b", 4.6, BLACK)
    elif c == "ESP":
        p = _card_base(rng, (240, 232, 226), (215, 190, 170))
        p.text(3, 5, "ESPAÑA", "arial-b", 7.5, (160, 30, 30))
        p.text(24, 5, "DOCUMENTO NACIONAL DE IDENTIDAD", "arial-b", 4.6, (60, 60, 60))
        p.text(3, 10, f"DNI {spec.extra}", "arial-b", 6, BLACK)
        portrait(p, 3, 12.5, 20, 26, rng, person.sex)
        parts = sn.split()
        rows = [
            ("APELLIDOS", " ".join(parts[:1])),
            ("", " ".join(parts[1:])),
            ("NOMBRE", gv),
            ("SEXO", person.sex),
            ("NACIONALIDAD", "ESP"),
            ("FECHA DE NACIMIENTO", person.dob.strftime("%d %m %Y")),
            ("NUM SOPORT", spec.number),
            ("VÁLIDO HASTA", spec.expiry.strftime("%d %m %Y")),
        ]
        _rows(p, 26, 11.5, rows, lab, pitch=4.6)
    elif c == "DEU":
        p = _card_base(rng, (234, 238, 232), (185, 200, 180))
        p.text(3, 5, "BUNDESREPUBLIK DEUTSCHLAND", "arial-b", 5.4, BLACK)
        p.text(3, 8, "PERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ", "arial", 3.6, lab)
        p.text(82.5, 5, spec.number, "arial-b", 6.4, BLACK, anchor="r")
        portrait(p, 3, 11, 21, 27, rng, person.sex)
        rows = [
            ("Name / Surname / Nom", sn),
            ("Vornamen / Given names / Prénoms", gv),
            ("Geburtstag / Date of birth", person.dob.strftime("%d.%m.%Y")),
            ("Staatsangehörigkeit / Nationality", "DEUTSCH"),
            ("Geburtsort / Place of birth", birth_place.upper()),
            ("Gültig bis / Date of expiry", spec.expiry.strftime("%d.%m.%Y")),
        ]
        _rows(p, 27, 14, rows, lab, pitch=5.5)
    elif c == "BEL":
        p = _card_base(rng, (240, 236, 226), (210, 200, 170))
        p.text(3, 4.5, "BELGIË  BELGIQUE  BELGIEN  BELGIUM", "arial-b", 4.6, BLACK)
        p.text(
            3,
            7.8,
            "IDENTITEITSKAART  CARTE D'IDENTITÉ  PERSONALAUSWEIS  IDENTITY CARD",
            "arial",
            3.0,
            lab,
        )
        portrait(p, 62, 11, 20, 26, rng, person.sex)
        rows = [
            ("Naam / Nom / Name / Name", sn),
            ("Voornamen / Prénoms / Vornamen", gv),
            ("Geslacht / Sexe / Sex", person.sex),
            ("Nationaliteit / Nationalité", "BELGE"),
            ("Geboortedatum / Date de naissance", person.dob.strftime("%d %m %Y")),
            (
                "Kaartnr / N° de carte",
                spec.number[:3] + "-" + spec.number[3:10] + "-" + spec.number[10:],
            ),
            (
                "Geldig van - tot / Valable du - au",
                f"{spec.issue.strftime('%d.%m.%Y')} - {spec.expiry.strftime('%d.%m.%Y')}",
            ),
        ]
        _rows(p, 3, 12.5, rows, lab, pitch=5.1)
    elif c == "ROU":
        p = _card_base(rng, (236, 232, 244), (195, 185, 220))
        p.text(3, 4.5, "ROMÂNIA  ROUMANIE  ROMANIA", "arial-b", 5, (30, 40, 110))
        p.text(3, 7.8, "CARTE DE IDENTITATE / CARTE D'IDENTITÉ / IDENTITY CARD", "arial", 3.4, lab)
        portrait(p, 3, 10.5, 20, 26, rng, person.sex)
        rows = [
            ("Nume/Nom/Last name", sn),
            ("Prenume/Prénom/First name", gv),
            ("Sex/Sexe/Sex", person.sex),
            ("Cetățenie/Nationalité/Nationality", "ROU"),
            ("Data nașterii/Date de naissance", person.dob.strftime("%d.%m.%Y")),
            ("Nr. document", spec.number),
            ("Valabilitate/Validité/Validity", spec.expiry.strftime("%d.%m.%Y")),
        ]
        _rows(p, 26, 13, rows, lab, pitch=5.1)
    else:  # FRA (CNI 2021)
        p = _card_base(rng, (236, 232, 240), (205, 190, 215))
        navy = hexc("000091")
        p.rect(3, 2.2, 1.5, 4.4, None, navy)
        p.rect(4.5, 2.2, 1.5, 4.4, None, WHITE)
        p.rect(6.0, 2.2, 1.5, 4.4, None, hexc("E1000F"))
        p.text(9, 4.5, "RÉPUBLIQUE FRANÇAISE", "arial-b", 5.2, navy)
        p.text(9, 7.2, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "arial", 4.0, navy)
        p.text(82.5, 4.5, "N° DU DOCUMENT / Document No", "arial", 2.8, lab, anchor="r")
        p.text(82.5, 7.6, spec.number, "arial-b", 6, BLACK, anchor="r")
        portrait(p, 3, 10.5, 20, 26, rng, person.sex)
        rows = [
            ("NOM / Surname", sn),
            ("Prénoms / Given names", gv.replace(" ", ", ")),
            ("SEXE / Sex", person.sex),
            ("NATIONALITÉ / Nationality", "FRA"),
            ("DATE DE NAISS. / Date of birth", person.dob.strftime("%d %m %Y")),
            ("LIEU DE NAISSANCE / Place of birth", birth_place.upper()),
            ("DATE D'EXPIR. / Expiry date", spec.expiry.strftime("%d %m %Y")),
        ]
        _rows(p, 26, 13, rows, lab, pitch=5.0)
    sig = Page(30, 9, bg=None)
    signature(sig, 2, 6.5, person.full(), rng, w=18, color=(30, 30, 50))
    p.group(sig, 3 if c != "BEL" else 55, 42, 0, "multiply", 0.85)
    return p


def _rows(p: Page, x, y, rows, lab, pitch=5.0):
    for i, (l, v) in enumerate(rows):
        yy = y + i * pitch
        if l:
            p.text(x, yy - 2.1, l, "arial", 3.0, lab)
        p.text(x, yy, v, "arial-b", 5.4, BLACK)


def id_card_back(person: Person, spec: IdSpec, rng, address_lines=()) -> Page:
    c = spec.country
    p = _card_base(rng, (240, 240, 240), (205, 205, 215))
    lab = (70, 70, 90)
    yy = 5
    if address_lines:
        p.text(
            3,
            yy,
            {
                "FRA": "ADRESSE / Address",
                "ITA": "INDIRIZZO DI RESIDENZA / RESIDENCE",
                "ESP": "DOMICILIO",
                "DEU": "Anschrift / Address",
            }.get(c, "ADDRESS"),
            "arial",
            3.0,
            lab,
        )
        for i, ln in enumerate(address_lines):
            p.text(3, yy + 2.6 + i * 2.6, ln.upper(), "arial-b", 4.4, BLACK)
    if c == "ITA" and spec.extra:
        p.text(50, 5, "CODICE FISCALE / FISCAL CODE", "arial", 3.0, lab)
        p.text(50, 8, spec.extra, "arial-b", 5, BLACK)
    if c == "FRA":
        p.text(3, 17, "DATE DE DÉLIVRANCE / Date of issue", "arial", 3.0, lab)
        p.text(3, 20, spec.issue.strftime("%d %m %Y"), "arial-b", 4.6, BLACK)
    code = {
        "ITA": "C<",
        "ESP": "ID",
        "DEU": "ID",
        "BEL": "ID",
        "ROU": "ID",
        "FRA": "ID",
        "PRT": "ID",
    }[c]
    issuing = {"DEU": "D<<"}.get(c, c)
    nat = {"DEU": "D<<"}.get(c, c)
    l1, l2, l3 = ids.td1(
        code,
        issuing,
        spec.number,
        person.dob,
        person.sex,
        spec.expiry,
        nat,
        person.surname,
        person.given,
        opt1=spec.extra if c == "ESP" else "",
    )
    p.rect(0, 31.5, 85.6, 22.5, None, (250, 250, 250))
    _mrz(p, [l1, l2, l3], 3.2, 37.5, 79, 6.3)
    return p


def id_card_doc(
    person: Person, spec: IdSpec, rng, birth_place: str, address_lines=(), notes: str = ""
) -> Doc:
    front = id_card_front(person, spec, rng, birth_place)
    back = id_card_back(person, spec, rng, address_lines)
    fields = {
        "surname": person.surname.upper(),
        "given_names": person.given.upper(),
        "document_number": spec.number,
        "nationality": person.nationality,
        "issuing_country": spec.country,
        "date_of_birth": person.dob.isoformat(),
        "expiry_date": spec.expiry.isoformat(),
        "sex": person.sex,
        "mrz_valid": True,
    }
    return Doc("national_id", [front, back], fields, notes)


# ------------------------------------------------------------------------ compositions


def a4_copy(items: list[tuple[Page, float, float, float]], bg=WHITE) -> Page:
    """A photocopy sheet: items are (page, x, y, angle) laid on the glass."""
    p = Page(210, 297, bg=bg)
    for sub, x, y, a in items:
        p.group(sub, x, y, a, "normal")
    return p


def card_on_a4(front: Page, back: Page | None, rng, label: str = "") -> Page:
    items = [
        (
            front,
            62 + float(rng.uniform(-4, 4)),
            30 + float(rng.uniform(-3, 3)),
            float(rng.uniform(-1.5, 1.5)),
        )
    ]
    if back is not None:
        items.append(
            (
                back,
                62 + float(rng.uniform(-4, 4)),
                110 + float(rng.uniform(-3, 3)),
                float(rng.uniform(-1.5, 1.5)),
            )
        )
    p = a4_copy(items)
    if label:
        p.text(20, 270, label, "hand", 12, (30, 30, 120))
    return p
