"""Identity cards, passport data pages, visa stickers and residence permits (as 300 dpi images).

Layouts follow the public descriptions of ICAO 9303 documents (TD3 passport data page
125 x 88 mm with a 2 x 44 MRZ; ID-1 cards 85.6 x 54 mm with a 3 x 30 MRZ; the uniform
Schengen visa sticker with its MRV-A zone) and of the French titre de séjour
(PRADO FRA-HO-09001: front identity, back address and MRZ)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFilter

from .hand import portrait, rtl_text, signature, text_strip
from .paint import Page, Pg, raster
from .people import Person
from .util import mrz_mrva, mrz_td1, mrz_td3, rng_for, vis_date_mon

CJK = "WQY"


def _font_for(s: str, base: str) -> str:
    if any("\u4e00" <= ch <= "\u9fff" for ch in s):
        return CJK
    return base


def _label(p: Pg, x, y, parts: list[str], sz=4.6, col=(70, 70, 90), base="Arial"):
    xx = x
    for i, part in enumerate(parts):
        if i:
            p.t(xx, y, " / ", base, sz, col)
            xx += p.tw(" / ", base, sz)
        f = _font_for(part, base)
        p.t(xx, y, part, f, sz, col)
        xx += p.tw(part, f, sz)


def _guilloche(p: Pg, w, h, col, rng: random.Random, n=14, lw=0.18):
    for i in range(n):
        amp = rng.uniform(1.5, 5)
        per = rng.uniform(12, 40)
        p.wave(0, h * (i + 0.5) / n, w, amp, per, col, lw=lw, phase=rng.uniform(0, 6.28))


def card_image(draw, w, h, dpi=300, round_corners=True) -> Image.Image:
    im = raster(Page(draw, w, h, kind="card"), dpi)
    if round_corners:
        r = int(3.2 / 25.4 * dpi)
        mask = Image.new("L", im.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, im.size[0] - 1, im.size[1] - 1), r, fill=255)
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, (0, 0), mask)
        im = bg
    return im


# ------------------------------------------------------------------ labels

LBL = {
    "en": {
        "type": "Type",
        "code": "Code",
        "number": "Passport No.",
        "surname": "Surname",
        "given": "Given names",
        "nat": "Nationality",
        "dob": "Date of birth",
        "sex": "Sex",
        "pob": "Place of birth",
        "issue": "Date of issue",
        "expiry": "Date of expiry",
        "auth": "Authority",
        "sig": "Holder's signature",
    },
    "fr": {
        "type": "Type",
        "code": "Code du pays",
        "number": "N° du passeport",
        "surname": "Nom",
        "given": "Prénoms",
        "nat": "Nationalité",
        "dob": "Date de naissance",
        "sex": "Sexe",
        "pob": "Lieu de naissance",
        "issue": "Date de délivrance",
        "expiry": "Date d'expiration",
        "auth": "Autorité",
        "sig": "Signature du titulaire",
    },
    "es": {
        "type": "Tipo",
        "code": "Código",
        "number": "Pasaporte No.",
        "surname": "Apellidos",
        "given": "Nombres",
        "nat": "Nacionalidad",
        "dob": "Fecha de nacimiento",
        "sex": "Sexo",
        "pob": "Lugar de nacimiento",
        "issue": "Fecha de expedición",
        "expiry": "Fecha de vencimiento",
        "auth": "Autoridad",
        "sig": "Firma del titular",
    },
    "pt": {
        "type": "Tipo",
        "code": "Código do país",
        "number": "Passaporte nº",
        "surname": "Sobrenome",
        "given": "Nome",
        "nat": "Nacionalidade",
        "dob": "Data de nascimento",
        "sex": "Sexo",
        "pob": "Local de nascimento",
        "issue": "Data de expedição",
        "expiry": "Válido até",
        "auth": "Autoridade",
        "sig": "Assinatura do titular",
    },
    "tr": {
        "type": "Tipi",
        "code": "Ülke kodu",
        "number": "Pasaport No",
        "surname": "Soyadı",
        "given": "Adı",
        "nat": "Uyruğu",
        "dob": "Doğum tarihi",
        "sex": "Cinsiyeti",
        "pob": "Doğum yeri",
        "issue": "Veriliş tarihi",
        "expiry": "Geçerlilik tarihi",
        "auth": "Makam",
        "sig": "Hamilin imzası",
    },
    "uk": {
        "type": "Тип",
        "code": "Код держави",
        "number": "Номер паспорта",
        "surname": "Прізвище",
        "given": "Ім'я",
        "nat": "Громадянство",
        "dob": "Дата народження",
        "sex": "Стать",
        "pob": "Місце народження",
        "issue": "Дата видачі",
        "expiry": "Дата закінчення строку дії",
        "auth": "Орган, що видав",
        "sig": "Підпис власника",
    },
    "zh": {
        "type": "类型",
        "code": "国家码",
        "number": "护照号",
        "surname": "姓",
        "given": "名",
        "nat": "国籍",
        "dob": "出生日期",
        "sex": "性别",
        "pob": "出生地点",
        "issue": "签发日期",
        "expiry": "有效期至",
        "auth": "签发机关",
        "sig": "持照人签名",
    },
    "tl": {
        "type": "Uri",
        "code": "Kodigo",
        "number": "Pasaporte Blg",
        "surname": "Apelyido",
        "given": "Pangalan",
        "nat": "Nasyonalidad",
        "dob": "Petsa ng kapanganakan",
        "sex": "Kasarian",
        "pob": "Lugar ng kapanganakan",
        "issue": "Petsa ng pagkakaloob",
        "expiry": "Valid hanggang",
        "auth": "Maykapangyarihan",
        "sig": "Lagda",
    },
}


@dataclass
class PassStyle:
    head: list[str]
    word: str
    langs: tuple
    color: tuple
    bg: tuple
    datefmt: str = "mon"
    nat_text: str = ""
    authority: str = ""
    arabic: str = ""
    numbered: bool = False
    font: str = "Arial"
    vfont: str = "Arial-B"
    photo_color: bool = True
    middle_name: bool = False


PASS_STYLES = {
    "COL": PassStyle(
        ["REPÚBLICA DE COLOMBIA"],
        "PASAPORTE  PASSPORT  PASSEPORT",
        ("es", "en"),
        (25, 55, 105),
        (238, 238, 222),
        "mon_es",
        "COLOMBIANO/A",
        "CANCILLERÍA DE COLOMBIA",
    ),
    "MEX": PassStyle(
        ["ESTADOS UNIDOS MEXICANOS"],
        "PASAPORTE  PASSPORT  PASSEPORT",
        ("es", "en", "fr"),
        (20, 85, 60),
        (232, 240, 230),
        "slash",
        "MEXICANA",
        "SRE",
    ),
    "BRA": PassStyle(
        ["REPÚBLICA FEDERATIVA DO BRASIL"],
        "PASSAPORTE  PASSPORT  PASSEPORT",
        ("pt", "en", "fr"),
        (20, 60, 120),
        (230, 238, 244),
        "mon",
        "BRASILEIRO(A)",
        "POLÍCIA FEDERAL",
    ),
    "CHN": PassStyle(
        ["中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA"],
        "护照  PASSPORT",
        ("zh", "en"),
        (140, 30, 40),
        (246, 236, 232),
        "zh",
        "中国/CHINESE",
        "NATIONAL IMMIGRATION ADMINISTRATION",
    ),
    "IND": PassStyle(
        ["REPUBLIC OF INDIA"],
        "PASSPORT",
        ("en",),
        (30, 40, 100),
        (236, 236, 246),
        "slash",
        "INDIAN",
        "PARIS",
        font="Courier",
        vfont="Courier-B",
    ),
    "UKR": PassStyle(
        ["УКРАЇНА", "UKRAINE"],
        "ПАСПОРТ  PASSPORT",
        ("uk", "en"),
        (25, 50, 120),
        (234, 240, 250),
        "mon_uk",
        "УКРАЇНА/UKRAINE",
        "4610",
    ),
    "TUR": PassStyle(
        ["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"],
        "PASAPORT  PASSPORT  PASSEPORT",
        ("tr", "en", "fr"),
        (120, 30, 40),
        (244, 234, 234),
        "dots",
        "T.C.",
        "T.C. İÇİŞLERİ BAKANLIĞI",
        numbered=False,
    ),
    "MAR": PassStyle(
        ["ROYAUME DU MAROC", "KINGDOM OF MOROCCO"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (130, 30, 30),
        (244, 236, 228),
        "dots",
        "MAROCAINE",
        "DGSN",
        arabic="المملكة المغربية",
    ),
    "DZA": PassStyle(
        ["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (20, 95, 55),
        (234, 242, 234),
        "dots",
        "ALGÉRIENNE",
        "DAIRA D'ORAN",
        arabic="الجمهورية الجزائرية الديمقراطية الشعبية",
    ),
    "TUN": PassStyle(
        ["RÉPUBLIQUE TUNISIENNE"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (140, 25, 35),
        (246, 236, 236),
        "slash",
        "TUNISIENNE",
        "TUNIS",
        arabic="الجمهورية التونسية",
    ),
    "PHL": PassStyle(
        ["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"],
        "PASAPORTE  PASSPORT",
        ("tl", "en"),
        (20, 40, 110),
        (232, 236, 248),
        "mon",
        "FILIPINO",
        "DFA PARIS",
        middle_name=True,
    ),
    "USA": PassStyle(
        ["UNITED STATES OF AMERICA"],
        "PASSPORT",
        ("en", "fr", "es"),
        (25, 40, 90),
        (236, 240, 246),
        "mon",
        "UNITED STATES OF AMERICA",
        "United States\nDepartment of State",
    ),
    "GBR": PassStyle(
        ["UNITED KINGDOM OF GREAT BRITAIN", "AND NORTHERN IRELAND"],
        "PASSPORT",
        ("en", "fr"),
        (80, 30, 70),
        (242, 236, 242),
        "mon_fr",
        "BRITISH CITIZEN",
        "HMPO",
        numbered=True,
    ),
    "SEN": PassStyle(
        ["RÉPUBLIQUE DU SÉNÉGAL"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (20, 100, 60),
        (236, 244, 232),
        "slash",
        "SÉNÉGALAISE",
        "DAF DAKAR",
    ),
    "CIV": PassStyle(
        ["RÉPUBLIQUE DE CÔTE D'IVOIRE"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (200, 110, 20),
        (246, 240, 228),
        "slash",
        "IVOIRIENNE",
        "ONECI",
    ),
    "CMR": PassStyle(
        ["RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (20, 100, 50),
        (238, 244, 230),
        "mon_fr",
        "CAMEROUNAISE",
        "DGSN",
    ),
    "COD": PassStyle(
        ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (20, 90, 160),
        (234, 240, 248),
        "slash",
        "CONGOLAISE",
        "MINAFFET",
    ),
    "FRA": PassStyle(
        ["RÉPUBLIQUE FRANÇAISE"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (120, 30, 60),
        (242, 234, 240),
        "mon_fr",
        "Française",
        "Préfecture de Police",
    ),
    "MLI": PassStyle(
        ["RÉPUBLIQUE DU MALI"],
        "PASSEPORT  PASSPORT",
        ("fr", "en"),
        (30, 120, 50),
        (240, 244, 226),
        "slash",
        "MALIENNE",
        "DGPN",
    ),
}


def _fmt_date(d: dt.date, fmt: str) -> str:
    if fmt == "mon":
        return vis_date_mon(d, "en")
    if fmt == "mon_fr":
        return vis_date_mon(d, "fr")
    if fmt == "mon_es":
        return vis_date_mon(d, "es")
    if fmt == "mon_uk":
        ua = ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]
        en = vis_date_mon(d, "en").split()[1]
        return f"{d.day:02d} {ua[d.month - 1]}/{en} {str(d.year)[2:]}"
    if fmt == "zh":
        en = vis_date_mon(d, "en").split()[1]
        return f"{d.day:02d} {d.month}月/{en} {d.year}"
    if fmt == "dots":
        return d.strftime("%d.%m.%Y")
    return d.strftime("%d/%m/%Y")


@dataclass
class PassportData:
    person: Person
    number: str
    issue: dt.date
    expiry: dt.date
    country: str  # issuing state code
    surname_viz: str = ""  # as printed
    given_viz: str = ""
    pob_viz: str = ""
    personal: str = ""
    mrz_bad: bool = False
    middle: str = ""  # Philippine middle name
    cn_name: str = ""  # Chinese characters
    extra: dict = field(default_factory=dict)

    @property
    def mrz(self) -> list[str]:
        p = self.person
        return mrz_td3(
            "P",
            self.country,
            self.surname_viz or p.surname,
            self.given_viz or p.given,
            self.number,
            p.nat,
            p.dob,
            p.sex,
            self.expiry,
            self.personal,
            bad=self.mrz_bad,
        )


def passport_page(pd: PassportData) -> Image.Image:
    """The TD3 data page, 125 x 88 mm, as a 300 dpi image."""
    st = PASS_STYLES[pd.country]
    p0 = pd.person
    rng = rng_for("passport", pd.number)
    photo = portrait(rng, p0.sex, color=st.photo_color)
    sig = signature(p0.full(), rng, ink="black")
    mrz_img = text_strip(pd.mrz, "ocrb", 64, spacing=1.5)
    ar = rtl_text(st.arabic, px=54, color=st.color) if st.arabic else None
    sur = pd.surname_viz or p0.surname
    giv = pd.given_viz or p0.given
    pob = pd.pob_viz or p0.pob.upper()
    W, H = 125.0, 88.0

    def draw(p: Pg):
        p.rect(0, 0, W, H, lw=0, stroke=None, fill=st.bg)
        light = tuple(min(255, int(c * 0.25 + 200)) for c in st.color)
        _guilloche(p, W, H, light, rng, n=18)
        y = 6.5
        tx = 45 if not ar else 45
        for i, line in enumerate(st.head):
            f = _font_for(line, "Arial-B")
            p.fit(tx, y, line, 74, f, 7.2 if i == 0 else 6.0, st.color)
            y += 3.4
        if ar is not None:
            p.img(ar, W - 4 - min(50, ar.size[0] / 12), 1.8, w=min(50, ar.size[0] / 12))
        p.t(tx, y + 0.6, st.word, _font_for(st.word, "Arial-B"), 6.2, st.color)
        # photo
        p.img(photo, 5, 16, w=33, h=42)
        # field grid
        x1, x2, x3 = 45, 66, 92
        lang = st.langs

        def lab(x, yy, key, n=None):
            parts = [LBL[lg][key] for lg in lang]
            if st.numbered and n:
                parts[-1] = parts[-1] + f" ({n})"
            _label(p, x, yy, parts, 3.9 if len(lang) > 2 else 4.3)

        def val(x, yy, v, sz=7.6, maxw=55):
            f = _font_for(v, st.vfont)
            p.fit(x, yy, v, maxw, f, sz, (15, 15, 25))

        yy = 17.5
        lab(x1, yy, "type")
        lab(x2, yy, "code")
        lab(x3, yy, "number")
        val(x1, yy + 3.6, "P")
        val(x2, yy + 3.6, pd.country)
        val(x3, yy + 3.6, pd.number, 8.2, 30)
        yy += 7.2
        lab(x1, yy, "surname", 1)
        if pd.cn_name:
            val(x1, yy + 3.6, pd.cn_name[:1] + " / " + sur)
        else:
            val(x1, yy + 3.6, sur, 8.0, 75)
        yy += 7.2
        lab(x1, yy, "given", 2)
        if pd.cn_name:
            val(x1, yy + 3.6, pd.cn_name[1:] + " / " + giv)
        else:
            val(x1, yy + 3.6, giv, 8.0, 75)
        yy += 7.2
        if st.middle_name:
            _label(p, x1, yy, ["Gitnang apelyido", "Middle name"], 4.3)
            val(x1, yy + 3.6, pd.middle)
            yy += 7.2
        lab(x1, yy, "nat", 3)
        val(x1, yy + 3.6, st.nat_text or p0.nat, 7.2, 40)
        lab(x3, yy, "dob", 4)
        val(x3, yy + 3.6, _fmt_date(p0.dob, st.datefmt), 7.2, 32)
        yy += 7.2
        lab(x1, yy, "sex", 5)
        sx = {"F": "F", "M": "M"}[p0.sex]
        if pd.country == "CHN":
            sx = "女/F" if p0.sex == "F" else "男/M"
        val(x1, yy + 3.6, sx, 7.2)
        lab(x2, yy, "pob", 6)
        val(x2, yy + 3.6, pob, 7.0, 55)
        yy += 7.2
        lab(x1, yy, "issue", 7)
        val(x1, yy + 3.6, _fmt_date(pd.issue, st.datefmt), 7.0, 34)
        lab(x3, yy, "auth", 8)
        auth = st.authority.split("\n")[0]
        val(x3, yy + 3.6, auth, 6.0, 32)
        yy += 7.2
        lab(x1, yy, "expiry", 9)
        val(x1, yy + 3.6, _fmt_date(pd.expiry, st.datefmt), 7.0, 34)
        if not st.middle_name:
            lab(x3, yy, "sig")
            p.img(sig, x3, yy + 0.5, w=22)
        # ghost photo
        g = photo.convert("L").point(lambda v: 150 + v // 3).convert("RGB")
        p.img(g, 5, 59.5, w=11, h=14)
        p.t(W - 4, 13.5, pd.number, "Courier-B", 7, (170, 40, 40), align="r")
        # MRZ
        p.rect(0, 74.5, W, 13.5, lw=0, stroke=None, fill=tuple(min(255, c + 8) for c in st.bg))
        p.img(mrz_img, 5.5, 76.2, w=114)

    return card_image(draw, W, H, round_corners=False)


def booklet(data_page: Image.Image, top: Image.Image | None, rng: random.Random) -> Image.Image:
    """An opened passport: the facing page above, the data page below, a fold between."""
    w, h = data_page.size
    if top is None:
        top = Image.new("RGB", (w, h), (240, 238, 230))
        d = ImageDraw.Draw(top)
        for i in range(0, h, 18):
            d.line((0, i, w, i + rng.randint(-6, 6)), fill=(228, 226, 216), width=2)
    book = Image.new("RGB", (w + 40, 2 * h + 50), (60, 40, 40))
    book.paste(top.resize((w, h)), (20, 20))
    book.paste(data_page, (20, h + 30))
    d = ImageDraw.Draw(book)
    d.rectangle((20, h + 18, w + 20, h + 32), fill=(150, 145, 140))
    return book.filter(ImageFilter.SMOOTH)


# ------------------------------------------------------------------ visa sticker


@dataclass
class VisaData:
    person: Person
    passport_no: str
    number: str  # 9 digits
    vtype: str  # D or C
    valid_from: dt.date
    valid_until: dt.date
    issued_in: str
    issued_on: dt.date
    remarks: list[str]
    duration: str = "365"
    entries: str = "MULT"
    valid_for: str = "FRANCE"
    surname_viz: str = ""
    given_viz: str = ""

    @property
    def mrz(self):
        p = self.person
        return mrz_mrva(
            "V" + self.vtype,
            "FRA",
            self.surname_viz or p.surname,
            self.given_viz or p.given,
            self.number,
            p.nat,
            p.dob,
            p.sex,
            self.valid_until,
        )


def visa_sticker(vd: VisaData) -> Image.Image:
    """Uniform-format visa sticker (about 120 x 80 mm)."""
    rng = rng_for("visa", vd.number)
    p0 = vd.person
    photo = portrait(rng, p0.sex, color=True)
    mrz_img = text_strip(vd.mrz, "ocrb", 64, spacing=1.5)
    W, H = 120.0, 80.0
    sur = vd.surname_viz or p0.surname
    giv = vd.given_viz or p0.given

    def dd(x: dt.date):
        return x.strftime("%d-%m-%y")

    def draw(p: Pg):
        p.rect(0, 0, W, H, lw=0, stroke=None, fill=(238, 242, 232))
        _guilloche(p, W, H, (200, 214, 222), rng, n=22, lw=0.15)
        p.circle(W * 0.62, H * 0.42, 22, lw=0.3, stroke=(200, 190, 215))
        p.t(4, 6, "VISA", "Arial-B", 11, (40, 50, 110))
        p.t(W - 4, 6, "FRA", "Arial-B", 9, (170, 30, 30), align="r")
        p.t(W - 16, 6, vd.number, "Courier-B", 9, (170, 30, 30), align="r")
        p.img(photo, 3.5, 10, w=26, h=33)
        x = 33
        lab = (70, 70, 90)
        val = (10, 10, 20)
        p.t(x, 11, "VALABLE POUR / VALID FOR", "Arial", 4.4, lab)
        p.t(x, 14.5, vd.valid_for, "Arial-B", 7.6, val)
        p.t(x, 18.5, "DU / FROM", "Arial", 4.4, lab)
        p.t(x + 30, 18.5, "AU / UNTIL", "Arial", 4.4, lab)
        p.t(x, 22, dd(vd.valid_from), "Arial-B", 7.6, val)
        p.t(x + 30, 22, dd(vd.valid_until), "Arial-B", 7.6, val)
        p.t(x, 26, "TYPE DE VISA / TYPE OF VISA", "Arial", 4.4, lab)
        p.t(x + 44, 26, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "Arial", 4.4, lab)
        p.t(x + 6, 29.5, vd.vtype, "Arial-B", 8, val)
        p.t(x + 50, 29.5, vd.entries, "Arial-B", 7.6, val)
        p.t(x, 33.5, "DURÉE DU SÉJOUR / DURATION OF STAY", "Arial", 4.4, lab)
        p.t(x + 44, 33.5, "JOURS / DAYS", "Arial", 4.4, lab)
        p.t(x + 44, 37, vd.duration, "Arial-B", 7.6, val)
        p.t(x, 41, "DÉLIVRÉ À / ISSUED IN", "Arial", 4.4, lab)
        p.t(x + 44, 41, "LE / ON", "Arial", 4.4, lab)
        p.t(x, 44.5, vd.issued_in, "Arial-B", 7.2, val)
        p.t(x + 44, 44.5, dd(vd.issued_on), "Arial-B", 7.2, val)
        p.t(x, 48.5, "NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", "Arial", 4.4, lab)
        p.t(x, 52, vd.passport_no, "Arial-B", 7.6, val)
        p.t(4, 56, "NOM, PRÉNOM / SURNAME, NAME", "Arial", 4.4, lab)
        p.fit(4, 59.5, f"{sur}, {giv}", 110, "Arial-B", 7.6, val)
        p.t(4, 63, "REMARQUES / REMARKS", "Arial", 4.4, lab)
        yy = 63.0
        for r in vd.remarks[:2]:
            p.fit(36, yy, r, 80, "Arial-B", 6.2, val)
            yy += 2.8
        p.img(mrz_img, 3.5, 68.8, w=113)

    return card_image(draw, W, H)


# ------------------------------------------------------------------ French titre de séjour


@dataclass
class PermitData:
    person: Person
    number: str  # 9 chars, document number
    agdref: str  # 10 digits foreigner number
    kind: str  # CARTE DE SEJOUR TEMPORAIRE ...
    remark: str  # SALARIE, VIE PRIVEE ET FAMILIALE, ...
    valid_from: dt.date
    valid_until: dt.date
    prefecture: str
    issued_on: dt.date
    address: list[str]
    usage: str = ""
    model: int = 2020

    @property
    def mrz(self):
        p = self.person
        return mrz_td1(
            "IR",
            "FRA",
            self.number,
            p.dob,
            p.sex,
            self.valid_until,
            p.nat,
            p.surname,
            p.given,
            opt1="",
            opt2="",
        )


def permit_front(pd: PermitData) -> Image.Image:
    rng = rng_for("permit", pd.number)
    p0 = pd.person
    photo = portrait(rng, p0.sex, color=False)
    sig = signature(p0.full(), rng, ink="black")
    W, H = 85.6, 54.0
    tint = (226, 236, 226) if pd.model == 2020 else (236, 230, 238)

    def draw(p: Pg):
        p.rect(0, 0, W, H, lw=0, stroke=None, fill=tint)
        _guilloche(p, W, H, (190, 210, 200), rng, n=16, lw=0.15)
        p.rect(0, 0, W, 7.5, lw=0, stroke=None, fill=(30, 50, 120))
        p.t(3, 3.4, "RÉPUBLIQUE FRANÇAISE", "Arial-B", 5.2, (255, 255, 255))
        p.t(3, 6.2, "TITRE DE SÉJOUR", "Arial-B", 6.2, (255, 255, 255))
        p.t(W - 3, 5.2, pd.number, "Courier-B", 7, (255, 255, 255), align="r")
        p.img(photo, 3, 10, w=21, h=27)
        x = 27
        lab = (60, 60, 90)
        v = (10, 10, 20)
        p.t(x, 10.5, "NOM / SURNAME", "Arial", 3.8, lab)
        p.fit(x, 13.5, p0.surname, 55, "Arial-B", 6.8, v)
        yy = 16.5
        if pd.usage:
            p.t(x, yy, "NOM D'USAGE", "Arial", 3.8, lab)
            p.fit(x, yy + 3, pd.usage, 55, "Arial-B", 6.2, v)
            yy += 5.8
        p.t(x, yy, "PRÉNOMS / GIVEN NAMES", "Arial", 3.8, lab)
        p.fit(x, yy + 3, p0.given, 55, "Arial-B", 6.6, v)
        yy += 5.8
        p.t(x, yy, "SEXE / SEX", "Arial", 3.8, lab)
        p.t(x + 14, yy, "NATIONALITÉ / NATIONALITY", "Arial", 3.8, lab)
        p.t(x + 42, yy, "DATE DE NAISSANCE", "Arial", 3.8, lab)
        p.t(x, yy + 3, p0.sex, "Arial-B", 6.4, v)
        p.t(x + 14, yy + 3, p0.nat, "Arial-B", 6.4, v)
        p.t(x + 42, yy + 3, p0.dob.strftime("%d %m %Y"), "Arial-B", 6.4, v)
        yy += 5.8
        p.t(x, yy, "TYPE DE TITRE / TYPE OF PERMIT", "Arial", 3.8, lab)
        p.fit(x, yy + 3, pd.kind, 56, "Arial-B", 5.8, v)
        yy += 5.8
        p.t(x, yy, "VALABLE JUSQU'AU / VALID UNTIL", "Arial", 3.8, lab)
        p.t(x + 32, yy, "REMARQUES", "Arial", 3.8, lab)
        p.t(x, yy + 3, pd.valid_until.strftime("%d %m %Y"), "Arial-B", 6.4, v)
        p.fit(x + 32, yy + 3, pd.remark, 26, "Arial-B", 5.4, v)
        p.img(sig, 4, 40, w=18)
        p.t(4, 50.5, "Signature du titulaire", "Arial", 3.4, lab)
        p.t(W - 2, 50.5, pd.agdref, "Arial", 4.6, v, align="r")

    return card_image(draw, W, H)


def permit_back(pd: PermitData) -> Image.Image:
    rng = rng_for("permit-back", pd.number)
    mrz_img = text_strip(pd.mrz, "ocrb", 64, spacing=1.45)
    W, H = 85.6, 54.0

    def draw(p: Pg):
        p.rect(0, 0, W, H, lw=0, stroke=None, fill=(232, 236, 232))
        _guilloche(p, W, H, (200, 210, 205), rng, n=12, lw=0.15)
        lab = (60, 60, 90)
        v = (10, 10, 20)
        p.t(3, 4.5, "ADRESSE / ADDRESS", "Arial", 3.8, lab)
        yy = 7.5
        for line in pd.address:
            p.fit(3, yy, line, 56, "Arial-B", 5.6, v)
            yy += 2.8
        p.t(3, 17, "LIEU ET DATE DE DÉLIVRANCE / PLACE AND DATE OF ISSUE", "Arial", 3.6, lab)
        p.fit(3, 20, f"{pd.prefecture}  {pd.issued_on.strftime('%d %m %Y')}", 60, "Arial-B", 5.6, v)
        p.t(3, 24, "DÉBUT DE VALIDITÉ", "Arial", 3.6, lab)
        p.t(3, 27, pd.valid_from.strftime("%d %m %Y"), "Arial-B", 5.6, v)
        p.t(40, 24, "N° ÉTRANGER", "Arial", 3.6, lab)
        p.t(40, 27, pd.agdref, "Arial-B", 5.6, v)
        p.rect(W - 22, 3, 19, 14, lw=0.3, stroke=(120, 120, 140), fill=(215, 225, 230))
        p.t(W - 12.5, 11, "RF", "Arial-B", 9, (150, 160, 190), align="c")
        p.img(mrz_img, 3, 33.5, w=79.5)

    return card_image(draw, W, H)


# ------------------------------------------------------------------ EU / French identity cards


@dataclass
class IdData:
    person: Person
    country: str  # ITA, ESP, DEU, FRA
    number: str
    issue: dt.date
    expiry: dt.date
    opt1: str = ""
    pob_viz: str = ""
    address: list[str] = field(default_factory=list)
    usage: str = ""

    @property
    def mrz(self):
        p = self.person
        code = {"ITA": "C", "ESP": "ID", "DEU": "ID", "FRA": "ID"}[self.country]
        cc = "D<<" if self.country == "DEU" else self.country
        nat = "D<<" if p.nat == "DEU" else p.nat
        return mrz_td1(
            code, cc, self.number, p.dob, p.sex, self.expiry, nat, p.surname, p.given, self.opt1
        )


ID_STYLE = {
    "ITA": {
        "head": ["REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ / IDENTITY CARD"],
        "labels": [
            "COGNOME / SURNAME",
            "NOME / NAME",
            "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            "SESSO / SEX",
            "CITTADINANZA / NATIONALITY",
            "EMISSIONE / ISSUING",
            "SCADENZA / EXPIRY",
        ],
        "tint": (232, 238, 246),
        "band": (40, 90, 150),
        "dfmt": "%d.%m.%Y",
    },
    "ESP": {
        "head": ["ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD"],
        "labels": [
            "APELLIDOS",
            "NOMBRE",
            "LUGAR Y FECHA DE NACIMIENTO",
            "SEXO",
            "NACIONALIDAD",
            "EXPEDICIÓN",
            "VALIDEZ",
        ],
        "tint": (240, 234, 226),
        "band": (170, 40, 40),
        "dfmt": "%d %m %Y",
    },
    "DEU": {
        "head": ["BUNDESREPUBLIK DEUTSCHLAND", "PERSONALAUSWEIS / IDENTITY CARD"],
        "labels": [
            "Name / Surname / Nom",
            "Vornamen / Given names / Prénoms",
            "Geburtsort / Place of birth / Lieu de naissance — Geburtstag / Date of birth",
            "Sex",
            "Staatsangehörigkeit / Nationality",
            "Ausstellung",
            "Gültig bis / Date of expiry",
        ],
        "tint": (236, 238, 230),
        "band": (60, 60, 60),
        "dfmt": "%d.%m.%Y",
    },
    "FRA": {
        "head": ["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"],
        "labels": [
            "NOM / Surname",
            "Prénoms / Given names",
            "LIEU DE NAISSANCE / Place of birth — DATE DE NAISS. / Date of birth",
            "SEXE / Sex",
            "NATIONALITÉ / Nationality",
            "DATE DE DÉLIVRANCE",
            "DATE D'EXPIR. / Expiry date",
        ],
        "tint": (230, 236, 246),
        "band": (30, 60, 140),
        "dfmt": "%d %m %Y",
    },
}


def id_front(idd: IdData) -> Image.Image:
    st = ID_STYLE[idd.country]
    rng = rng_for("idcard", idd.number)
    p0 = idd.person
    photo = portrait(rng, p0.sex, color=idd.country != "FRA")
    sig = signature(p0.full(), rng, ink="black")
    W, H = 85.6, 54.0
    nat_txt = {"ITA": "ITA", "ESP": "ESP", "DEU": "DEUTSCH", "FRA": "FRA"}[idd.country]

    def draw(p: Pg):
        p.rect(0, 0, W, H, lw=0, stroke=None, fill=st["tint"])
        _guilloche(p, W, H, tuple(min(255, c - 20) for c in st["tint"]), rng, n=14, lw=0.15)
        p.t(3, 4.6, st["head"][0], "Arial-B", 6.0, st["band"])
        p.t(3, 8.0, st["head"][1], "Arial-B", 4.6, st["band"])
        p.t(W - 3, 5, idd.number, "Courier-B", 7.4, (160, 30, 30), align="r")
        p.img(photo, 3, 11, w=22, h=28)
        x = 28
        lab = (70, 70, 95)
        v = (10, 10, 20)
        L = st["labels"]
        yy = 12.5
        p.t(x, yy, L[0], "Arial", 3.6, lab)
        p.fit(x, yy + 3.1, p0.surname, 54, "Arial-B", 6.6, v)
        yy += 5.6
        if idd.usage:
            p.t(x, yy, "Nom d'usage / Usage name", "Arial", 3.6, lab)
            p.fit(x, yy + 3.1, idd.usage, 54, "Arial-B", 6.2, v)
            yy += 5.6
        p.t(x, yy, L[1], "Arial", 3.6, lab)
        p.fit(x, yy + 3.1, p0.given, 54, "Arial-B", 6.4, v)
        yy += 5.6
        p.fit(x, yy, L[2], 55, "Arial", 3.6, lab)
        pob = idd.pob_viz or p0.pob.upper()
        p.fit(x, yy + 3.1, f"{pob}  {p0.dob.strftime(st['dfmt'])}", 54, "Arial-B", 6.0, v)
        yy += 5.6
        p.t(x, yy, L[3], "Arial", 3.6, lab)
        p.t(x + 14, yy, L[4], "Arial", 3.6, lab)
        p.t(x, yy + 3.1, p0.sex, "Arial-B", 6.2, v)
        p.t(x + 14, yy + 3.1, nat_txt, "Arial-B", 6.2, v)
        yy += 5.6
        p.t(x, yy, L[5], "Arial", 3.6, lab)
        p.t(x + 27, yy, L[6], "Arial", 3.6, lab)
        p.t(x, yy + 3.1, idd.issue.strftime(st["dfmt"]), "Arial-B", 6.2, v)
        p.t(x + 27, yy + 3.1, idd.expiry.strftime(st["dfmt"]), "Arial-B", 6.2, v)
        p.img(sig, 3, 41, w=20)

    return card_image(draw, W, H)


def id_back(idd: IdData) -> Image.Image:
    st = ID_STYLE[idd.country]
    rng = rng_for("idcard-back", idd.number)
    mrz_img = text_strip(idd.mrz, "ocrb", 64, spacing=1.45)
    W, H = 85.6, 54.0

    def draw(p: Pg):
        p.rect(0, 0, W, H, lw=0, stroke=None, fill=st["tint"])
        _guilloche(p, W, H, tuple(min(255, c - 15) for c in st["tint"]), rng, n=10, lw=0.15)
        lab = (70, 70, 95)
        v = (10, 10, 20)
        if idd.address:
            head = {
                "ITA": "INDIRIZZO DI RESIDENZA / RESIDENCE",
                "ESP": "DOMICILIO",
                "DEU": "Anschrift / Address / Adresse",
                "FRA": "ADRESSE / Address",
            }[idd.country]
            p.t(3, 4.5, head, "Arial", 3.6, lab)
            yy = 7.6
            for line in idd.address:
                p.fit(3, yy, line, 60, "Arial-B", 5.6, v)
                yy += 2.9
        if idd.country == "ESP" and idd.opt1:
            p.t(3, 20, "DNI", "Arial", 3.6, lab)
            p.t(3, 23, idd.opt1, "Arial-B", 6.4, v)
        if idd.country == "FRA":
            p.t(3, 20, "DATE DE DÉLIVRANCE / Date of issue", "Arial", 3.6, lab)
            p.t(3, 23, idd.issue.strftime("%d %m %Y"), "Arial-B", 5.6, v)
        p.img(mrz_img, 3, 33.5, w=79.5)

    return card_image(draw, W, H)
