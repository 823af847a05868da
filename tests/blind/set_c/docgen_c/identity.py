"""Identity and residence documents: passport data pages (TD3) of many issuers, Schengen
visa stickers (MRV-B, VLS-TS / VLS-T / type C), French titres de séjour (ID-1, TD1), French
identity cards (2021 card and pre-2021 card), Italian CIE, Spanish DNI, Belgian eID."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white

from . import draw as d
from . import logos
from . import util as u
from .draw import rgb
from .looks import A4H, A4W, MM, Page


class Item:
    """A physical object (page of a booklet, card side) drawn at its own origin."""

    def __init__(self, w, h, draw):
        self.w, self.h, self.draw = w, h, draw


def place(c, item, x, y, angle=0.0, shadow=False):
    c.saveState()
    c.translate(x, y)
    if angle:
        c.rotate(angle)
    if shadow:
        d.box(c, 1.2, -1.2, item.w, item.h, stroke=None, fill=Color(0, 0, 0, 0.12))
    p = c.beginPath()
    p.rect(0, 0, item.w, item.h)
    c.clipPath(p, stroke=0, fill=0)
    item.draw(c)
    c.restoreState()


def sheet(placements, w=A4W, h=A4H, note=None, rng=None):
    """A flatbed sheet holding items: placements = [(item, x_mm, y_mm_from_top, angle)]."""

    def drawf(c):
        for item, xm, ym, ang in placements:
            place(c, item, xm * MM, h - ym * MM - item.h, ang)
        if note:
            d.hand(c, 30 * MM, 22 * MM, note, rng, "H-dkg", 12)

    return Page(w, h, drawf)


def crop(item, margin_mm=3, bg=(1, 1, 1)):
    """A page just around the item (what a scanning app or a cropped scan keeps)."""
    m = margin_mm * MM

    def drawf(c):
        d.box(c, 0, 0, item.w + 2 * m, item.h + 2 * m, stroke=None, fill=Color(*bg))
        place(c, item, m, m)

    return Page(item.w + 2 * m, item.h + 2 * m, drawf)


def on_card_rounding(c, w, h, fill, r=3 * MM):
    d.box(c, 0, 0, w, h, stroke=None, fill=white)
    d.box(c, 0, 0, w, h, stroke=Color(0.7, 0.7, 0.7), fill=fill, r=r, lw=0.4)


def mrz_block(c, x, y, lines, width):
    """MRZ with OCR-B sized so that a line spans `width` points; y = baseline of first line."""
    n = len(lines[0])
    probe = d.ptext_width("<" * n, "ocrb", 10, scale=10.0)
    size = 10 * width / probe
    d.mrz_fast(c, x, y, lines, size=size, line_gap=size * 1.42)


# ------------------------------------------------------------------ passport labels

LBL = {
    "en": dict(
        type="Type",
        code="Code",
        no="Passport No.",
        sur="Surname",
        giv="Given names",
        nat="Nationality",
        dob="Date of birth",
        sex="Sex",
        pob="Place of birth",
        doi="Date of issue",
        doe="Date of expiry",
        auth="Authority",
        sig="Holder's signature",
        mid="Middle name",
        pers="Personal No.",
    ),
    "fr": dict(
        type="Type",
        code="Code du pays",
        no="N° du passeport",
        sur="Nom",
        giv="Prénoms",
        nat="Nationalité",
        dob="Date de naissance",
        sex="Sexe",
        pob="Lieu de naissance",
        doi="Date de délivrance",
        doe="Date d'expiration",
        auth="Autorité",
        sig="Signature du titulaire",
        mid="Second nom",
        pers="N° personnel",
    ),
    "es": dict(
        type="Tipo",
        code="Código",
        no="Pasaporte No.",
        sur="Apellidos",
        giv="Nombres",
        nat="Nacionalidad",
        dob="Fecha de nacimiento",
        sex="Sexo",
        pob="Lugar de nacimiento",
        doi="Fecha de expedición",
        doe="Fecha de vencimiento",
        auth="Autoridad",
        sig="Firma del titular",
        mid="",
        pers="No. personal",
    ),
    "pt": dict(
        type="Tipo",
        code="Código do país",
        no="Passaporte nº",
        sur="Sobrenome",
        giv="Nome",
        nat="Nacionalidade",
        dob="Data de nascimento",
        sex="Sexo",
        pob="Local de nascimento",
        doi="Data de expedição",
        doe="Válido até",
        auth="Autoridade",
        sig="Assinatura do titular",
        mid="",
        pers="Nº pessoal",
    ),
    "tr": dict(
        type="Tipi",
        code="Ülke kodu",
        no="Pasaport No",
        sur="Soyadı",
        giv="Adı",
        nat="Uyruğu",
        dob="Doğum tarihi",
        sex="Cinsiyeti",
        pob="Doğum yeri",
        doi="Veriliş tarihi",
        doe="Geçerlilik tarihi",
        auth="Makam",
        sig="Hamilin imzası",
        mid="",
        pers="T.C. Kimlik No",
    ),
    "uk": dict(
        type="Тип",
        code="Код держави",
        no="Номер паспорта",
        sur="Прізвище",
        giv="Ім'я",
        nat="Громадянство",
        dob="Дата народження",
        sex="Стать",
        pob="Місце народження",
        doi="Дата видачі",
        doe="Дата закінчення строку дії",
        auth="Орган, що видав",
        sig="Підпис власника",
        mid="",
        pers="Запис №",
    ),
    "fil": dict(
        type="Uri",
        code="Kodigo",
        no="Pasaporte Blg",
        sur="Apelyido",
        giv="Mga Pangalan",
        nat="Nasyonalidad",
        dob="Petsa ng Kapanganakan",
        sex="Kasarian",
        pob="Lugar ng Kapanganakan",
        doi="Petsa ng Pagkakaloob",
        doe="Petsa ng Pagkawalang-bisa",
        auth="Maykapangyarihan",
        sig="Lagda ng may-hawak",
        mid="Panggitnang Apelyido",
        pers="",
    ),
    "zh": dict(
        type="类型",
        code="国家码",
        no="护照号",
        sur="姓",
        giv="名",
        nat="国籍",
        dob="出生日期",
        sex="性别",
        pob="出生地点",
        doi="签发日期",
        doe="有效期至",
        auth="签发机关",
        sig="持照人签名",
        mid="",
        pers="",
    ),
    "ar": dict(
        type="النوع",
        code="رمز البلد",
        no="رقم الجواز",
        sur="اللقب",
        giv="الاسم",
        nat="الجنسية",
        dob="تاريخ الميلاد",
        sex="الجنس",
        pob="مكان الميلاد",
        doi="تاريخ الإصدار",
        doe="تاريخ الانتهاء",
        auth="السلطة",
        sig="توقيع الحامل",
        mid="",
        pers="",
    ),
}

PASS_STYLE = {
    "DZA": dict(
        langs=["ar", "fr", "en"],
        head=[
            ("ar", "الجمهورية الجزائرية الديمقراطية الشعبية"),
            ("lat", "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"),
        ],
        title="PASSEPORT  PASSPORT",
        tint="E2EFDF",
        accent="1E6B3A",
        dates="fren",
        code="P",
    ),
    "CHN": dict(
        langs=["zh", "en"],
        head=[("zh", "中华人民共和国"), ("lat", "PEOPLE'S REPUBLIC OF CHINA")],
        title="护照  PASSPORT",
        tint="F3E4E8",
        accent="8B1A2B",
        dates="en",
        code="PO",
    ),
    "COL": dict(
        langs=["es", "en"],
        head=[("lat", "REPÚBLICA DE COLOMBIA")],
        title="PASAPORTE / PASSPORT",
        tint="F5EDD3",
        accent="7A1F2B",
        dates="en",
        code="P",
    ),
    "SEN": dict(
        langs=["fr", "en"],
        head=[("lat", "RÉPUBLIQUE DU SÉNÉGAL")],
        title="PASSEPORT / PASSPORT",
        tint="E6F1E2",
        accent="0B7A3E",
        dates="slash",
        code="P",
    ),
    "BRA": dict(
        langs=["pt", "en", "fr"],
        head=[("lat", "REPÚBLICA FEDERATIVA DO BRASIL")],
        title="PASSAPORTE  PASSPORT  PASSEPORT",
        tint="E3ECF7",
        accent="0B3D91",
        dates="en",
        code="P",
    ),
    "IND": dict(
        langs=["en"],
        head=[("lat", "REPUBLIC OF INDIA")],
        title="PASSPORT",
        tint="ECEFF8",
        accent="1B2A6B",
        dates="slash",
        code="P",
    ),
    "UKR": dict(
        langs=["uk", "en"],
        head=[("lat", "УКРАЇНА  UKRAINE")],
        title="ПАСПОРТ  PASSPORT",
        tint="E5EDF8",
        accent="1F4E9A",
        dates="uk",
        code="P",
    ),
    "USA": dict(
        langs=["en", "fr", "es"],
        head=[("lat", "UNITED STATES OF AMERICA")],
        title="PASSPORT",
        tint="EDF0F7",
        accent="1B2A6B",
        dates="en",
        code="P",
    ),
    "CIV": dict(
        langs=["fr", "en"],
        head=[("lat", "RÉPUBLIQUE DE CÔTE D'IVOIRE")],
        title="PASSEPORT / PASSPORT",
        tint="F7EADB",
        accent="D46A00",
        dates="fren",
        code="P",
    ),
    "PHL": dict(
        langs=["fil", "en"],
        head=[("lat", "REPUBLIKA NG PILIPINAS"), ("lat", "REPUBLIC OF THE PHILIPPINES")],
        title="PASAPORTE / PASSPORT",
        tint="E8EFF8",
        accent="0038A8",
        dates="en",
        code="P",
    ),
    "TUR": dict(
        langs=["tr", "en", "fr"],
        head=[("lat", "TÜRKİYE CUMHURİYETİ"), ("lat", "REPUBLIC OF TÜRKİYE")],
        title="PASAPORT / PASSPORT / PASSEPORT",
        tint="F6E5E5",
        accent="C8102E",
        dates="dots",
        code="P",
    ),
    "GBR": dict(
        langs=["en", "fr"],
        head=[("lat", "UNITED KINGDOM OF GREAT BRITAIN"), ("lat", "AND NORTHERN IRELAND")],
        title="PASSPORT  PASSEPORT",
        tint="EFEAF5",
        accent="4A2D6B",
        dates="fren",
        code="P",
    ),
    "MEX": dict(
        langs=["es", "en", "fr"],
        head=[("lat", "ESTADOS UNIDOS MEXICANOS")],
        title="PASAPORTE  PASSPORT  PASSEPORT",
        tint="E6F1E8",
        accent="006847",
        dates="en",
        code="P",
    ),
    "MAR": dict(
        langs=["ar", "fr", "en"],
        head=[("ar", "المملكة المغربية"), ("lat", "ROYAUME DU MAROC")],
        title="PASSEPORT  PASSPORT",
        tint="F5E8E3",
        accent="A0282D",
        dates="dots",
        code="P",
    ),
    "TUN": dict(
        langs=["ar", "fr", "en"],
        head=[("ar", "الجمهورية التونسية"), ("lat", "RÉPUBLIQUE TUNISIENNE")],
        title="PASSEPORT  PASSPORT",
        tint="F7E6E6",
        accent="C8102E",
        dates="dots",
        code="P",
    ),
    "CAN": dict(
        langs=["en", "fr"],
        head=[("lat", "CANADA")],
        title="PASSPORT  PASSEPORT",
        tint="EDF1F8",
        accent="8B1A2B",
        dates="fren",
        code="P",
    ),
    "FRA": dict(
        langs=["fr", "en", "es"],
        head=[("lat", "RÉPUBLIQUE FRANÇAISE")],
        title="PASSEPORT  PASSPORT",
        tint="ECE7F4",
        accent="3C2A6B",
        dates="dots",
        code="P",
    ),
    "CMR": dict(
        langs=["fr", "en"],
        head=[("lat", "RÉPUBLIQUE DU CAMEROUN  REPUBLIC OF CAMEROON")],
        title="PASSEPORT / PASSPORT",
        tint="E7F0E2",
        accent="007A3D",
        dates="dots",
        code="P",
    ),
}


def _date(dstr, style):
    dd = u.D(dstr)
    if style == "uk":
        return dd.strftime("%d.%m.%Y")
    return u.passport_date(dd, style)


def _label_parts(key, langs):
    return [(lg, LBL[lg].get(key, "")) for lg in langs if LBL[lg].get(key, "")]


def _label_width(parts, size):
    w = 0
    for lg, s in parts:
        if lg == "ar":
            w += d.ptext_width(s, "amiri", size * 1.15) + 1
        elif lg == "zh":
            w += d.ptext_width(s, "wqy", size) + 1
        else:
            w += d.stringWidth(s, "Sans", size) + 1
    return w + 3 * (len(parts) - 1)


def _label(c, x, y, key, langs, size=4.6, color=Color(0.25, 0.25, 0.3), maxw=None):
    """Multilingual field label: Latin/Cyrillic parts with reportlab, Arabic/Chinese via Pillow."""
    parts = _label_parts(key, langs)
    if maxw:
        while size > 3.2 and _label_width(parts, size) > maxw:
            size -= 0.2
        while len(parts) > 1 and _label_width(parts, size) > maxw:
            parts = parts[:-1]
    xx = x
    for i, (lg, s) in enumerate(parts):
        if i:
            d.txt(c, xx, y, "/", "Sans", size, color)
            xx += 3
        if lg == "ar":
            xx += d.ptext(c, xx, y, s, "amiri", size * 1.15, (60, 60, 70), direction="rtl") + 1
        elif lg == "zh":
            xx += d.ptext(c, xx, y, s, "wqy", size, (60, 60, 70)) + 1
        else:
            d.txt(c, xx, y, s, "Sans", size, color)
            xx += d.stringWidth(s, "Sans", size) + 1


def passport_datapage(p, rng):
    """ICAO TD3 data page, 125 x 88 mm, styled after the issuing state."""
    pp = p["passport"]
    st = PASS_STYLE[pp["issuing"]]
    W, H = 125 * MM, 88 * MM
    accent, tint = rgb(st["accent"]), rgb(st["tint"])
    lines = u.td3(
        st["code"],
        pp["issuing"],
        pp.get("mrz_surname", p["surname"]),
        pp.get("mrz_given", p["given"]),
        pp["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        pp["expiry"],
        pp.get("personal", ""),
        corrupt=pp.get("corrupt"),
    )
    pp["mrz"] = lines
    langs = st["langs"]

    def drawf(c):
        d.box(c, 0, 0, W, H, stroke=None, fill=tint)
        d.guilloche(c, 0, 18 * MM, W, H - 18 * MM, rng, accent, n=22, alpha=0.18)
        d.rosette(c, 95 * MM, 45 * MM, 22 * MM, rng, accent, petals=10, alpha=0.12)
        d.box(c, 0, 0, W, 18 * MM, stroke=None, fill=Color(1, 1, 1, 0.75))
        # header
        yy = H - 6 * MM
        for kind, s in st["head"]:
            if kind == "ar":
                d.ptext(c, W / 2, yy, s, "amiri-b", 8, (30, 30, 40), anchor="c", direction="rtl")
            elif kind == "zh":
                d.ptext(c, W / 2, yy, s, "wqy", 8, (30, 30, 40), anchor="c")
            else:
                d.fit(c, W / 2, yy, s, W - 10 * MM, "Sans-B", 7.5, Color(0.12, 0.12, 0.18), "c")
            yy -= 3.6 * MM
        if "zh" in st["title"] or "护照" in st["title"]:
            d.ptext(c, W - 5 * MM, H - 6 * MM, st["title"], "wqy", 6.5, (40, 40, 60), anchor="r")
        else:
            d.txt(c, W - 5 * MM, yy + 0.5 * MM, st["title"], "Sans-B", 6, accent, "r")
        # photo + ghost
        d.photo(c, 5 * MM, 22 * MM, 32 * MM, 41 * MM, rng, p["sex"])
        d.photo(c, 104 * MM, 22 * MM, 14 * MM, 18 * MM, rng, p["sex"], ghost=True)
        x0 = 41 * MM
        top = H - (18 if len(st["head"]) > 1 else 14.5) * MM
        rowh = 5.9 * MM
        vf = "Sans-B" if pp["issuing"] not in ("USA", "GBR", "CAN") else "Mono-B"
        vs = 7.6

        def field(key, value, x, row, w=60 * MM, lw=None):
            y = top - row * rowh
            _label(c, x, y, key, langs, maxw=lw or w + 4 * MM)
            d.fit(c, x, y - 2.9 * MM, value, w, vf, vs, black)

        field("type", st["code"], x0, 0, lw=13 * MM)
        field("code", pp["issuing"], x0 + 14 * MM, 0, lw=25 * MM)
        field("no", pp["number"], x0 + 40 * MM, 0, 30 * MM)
        r = 1
        field("sur", pp.get("viz_surname", p["surname"]).upper(), x0, r)
        r += 1
        field("giv", pp.get("viz_given", p["given"]).upper(), x0, r)
        r += 1
        if pp["issuing"] == "PHL":
            field("mid", pp.get("middle", "").upper(), x0, r)
            r += 1
        field("nat", pp.get("nat_text", p["nat"]), x0, r)
        r += 1
        field("dob", _date(p["dob"], st["dates"]), x0, r, 32 * MM, lw=38 * MM)
        if pp.get("personal"):
            field("pers", pp["personal"], x0 + 40 * MM, r, 30 * MM)
        r += 1
        field("sex", p["sex"], x0, r, 10 * MM, lw=13 * MM)
        field("pob", pp.get("pob_text", p["pob_city"]).upper(), x0 + 14 * MM, r, 56 * MM)
        r += 1
        field("doi", _date(pp["issue"], st["dates"]), x0, r, 32 * MM, lw=35 * MM)
        field("auth", pp.get("authority", ""), x0 + 36 * MM, r, 46 * MM)
        r += 1
        field("doe", _date(pp["expiry"], st["dates"]), x0, r, 32 * MM, lw=35 * MM)
        if r < 9:
            _label(c, x0 + 36 * MM, top - r * rowh, "sig", langs[:1])
            d.signature(c, x0 + 36 * MM, top - r * rowh - 6 * MM, 30 * MM, 6 * MM, rng, INK)
        mrz_block(c, 4 * MM, 11 * MM, lines, 117 * MM)

    return Item(W, H, drawf)


INK = d.INK_BLACK


def passport_upper_page(p, rng, text=None):
    pp = p["passport"]
    st = PASS_STYLE[pp["issuing"]]
    W, H = 125 * MM, 88 * MM
    accent, tint = rgb(st["accent"]), rgb(st["tint"])

    def drawf(c):
        d.box(c, 0, 0, W, H, stroke=None, fill=tint)
        d.guilloche(c, 0, 0, W, H, rng, accent, n=18, alpha=0.14)
        if text:
            yy = H - 12 * MM
            for line in text:
                d.fit(c, W / 2, yy, line, W - 16 * MM, "Sans", 6.5, Color(0.3, 0.3, 0.35), "c")
                yy -= 3.5 * MM
        d.txt(c, W - 6 * MM, 5 * MM, pp["number"], "Sans-B", 8, Color(0.5, 0.1, 0.1), "r")

    return Item(W, H, drawf)


def passport_spread(p, rng, upper_text=None):
    low = passport_datapage(p, rng)
    up = passport_upper_page(p, rng, upper_text)
    W, H = 125 * MM, 176 * MM

    def drawf(c):
        place(c, low, 0, 0)
        place(c, up, 0, 88 * MM)
        d.hline(c, 0, W, 88 * MM, Color(0.55, 0.55, 0.55), 0.8)

    return Item(W, H, drawf)


# ------------------------------------------------------------------ visa sticker (Schengen uniform format)


def visa_sticker(p, v, rng):
    """74 x 105 mm sticker. v: type ('D'/'C'), number (9 digits), valid_from, valid_until,
    duration, entries, issued_in, issued_on, remarks (list), territory."""
    W, H = 105 * MM, 74 * MM
    lines = u.mrv_b(
        v["type"],
        "FRA",
        p["surname"],
        p["given"],
        v["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        v["valid_until"],
    )
    v["mrz"] = lines
    base = rgb("E9EEF6") if v["type"] == "D" else rgb("EEF1E6")

    def drawf(c):
        d.box(c, 0, 0, W, H, stroke=Color(0.6, 0.6, 0.65), fill=base, lw=0.3)
        d.guilloche(c, 0, 15 * MM, W, H - 15 * MM, rng, rgb("3A62A7"), n=26, alpha=0.16)
        logos.eu_stars(c, 11 * MM, H - 11 * MM, 5.5 * MM, rgb("2C4F9E"))
        d.txt(c, 22 * MM, H - 9 * MM, "VISA", "Sans-B", 13, rgb("1E3A78"))
        d.txt(c, W - 4 * MM, H - 7 * MM, "FRA" + v["number"], "Mono-B", 9.5, rgb("C0141C"), "r")
        d.photo(c, 3 * MM, 17 * MM, 22 * MM, 29 * MM, rng, p["sex"])
        x0 = 28 * MM
        y = H - 16 * MM
        L = 4.3
        V = 7.2
        lab = Color(0.2, 0.25, 0.4)
        d.txt(c, x0, y, "VALABLE POUR / VALID FOR", "Sans", L, lab)
        d.txt(c, x0, y - 3 * MM, v.get("territory", "FRANCE"), "Sans-B", V)
        y -= 7 * MM
        d.txt(c, x0, y, "DU / FROM", "Sans", L, lab)
        d.txt(c, x0, y - 3 * MM, u.fr_dots(v["valid_from"]).replace(".", "-"), "Sans-B", V)
        d.txt(c, x0 + 26 * MM, y, "AU / UNTIL", "Sans", L, lab)
        d.txt(
            c, x0 + 26 * MM, y - 3 * MM, u.fr_dots(v["valid_until"]).replace(".", "-"), "Sans-B", V
        )
        d.txt(c, x0 + 52 * MM, y, "TYPE DE VISA / TYPE OF VISA", "Sans", L, lab)
        d.txt(c, x0 + 52 * MM, y - 3.2 * MM, v["type"], "Sans-B", 9)
        y -= 7 * MM
        d.txt(c, x0, y, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "Sans", L, lab)
        d.txt(c, x0, y - 3 * MM, v.get("entries", "MULT"), "Sans-B", V)
        d.txt(c, x0 + 37 * MM, y, "DURÉE DE SÉJOUR / DURATION OF STAY", "Sans", L, lab)
        d.txt(c, x0 + 37 * MM, y - 3 * MM, v.get("duration", "365") + " JOURS", "Sans-B", V)
        y -= 7 * MM
        d.txt(c, x0, y, "DÉLIVRÉ À / ISSUED IN", "Sans", L, lab)
        d.txt(c, x0, y - 3 * MM, v["issued_in"], "Sans-B", V)
        d.txt(c, x0 + 37 * MM, y, "LE / ON", "Sans", L, lab)
        d.txt(c, x0 + 37 * MM, y - 3 * MM, u.fr_dots(v["issued_on"]).replace(".", "-"), "Sans-B", V)
        y -= 7 * MM
        d.txt(c, x0, y, "NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", "Sans", L, lab)
        d.txt(c, x0, y - 3 * MM, p["passport"]["number"], "Sans-B", V)
        y -= 7 * MM
        d.txt(c, x0, y, "NOM, PRÉNOM / SURNAME, NAME", "Sans", L, lab)
        d.fit(
            c,
            x0,
            y - 3 * MM,
            f"{u.strip_accents(p['surname']).upper()}, {u.strip_accents(p['given']).upper()}",
            W - x0 - 3 * MM,
            "Sans-B",
            V,
        )
        y -= 6.6 * MM
        d.txt(c, 3 * MM, y + 1.5 * MM, "REMARQUES", "Sans", L, lab)
        yy = y - 1.3 * MM
        for r in v.get("remarks", []):
            d.fit(c, 3 * MM, yy, r, W - 6 * MM, "Sans-B", 5.8)
            yy -= 2.5 * MM
        d.box(c, 0, 0, W, 13.5 * MM, stroke=None, fill=Color(1, 1, 1, 0.6))
        mrz_block(c, 3 * MM, 8.2 * MM, lines, 98 * MM)

    return Item(W, H, drawf)


def visa_page(p, v, rng, page_no=7):
    """A passport visa page (125 x 88 mm) with the sticker and an entry stamp."""
    st = PASS_STYLE[p["passport"]["issuing"]]
    W, H = 125 * MM, 88 * MM
    sticker = visa_sticker(p, v, rng)

    def drawf(c):
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb(st["tint"]))
        d.guilloche(c, 0, 0, W, H, rng, rgb(st["accent"]), n=16, alpha=0.12)
        d.txt(c, W / 2, H - 5 * MM, "VISAS", "Sans-B", 7, Color(0.4, 0.4, 0.45), "c")
        d.txt(c, W - 5 * MM, 4 * MM, str(page_no), "Sans", 7, Color(0.4, 0.4, 0.45), "r")
        place(c, sticker, 6 * MM, 7 * MM, angle=(rng.random() - 0.5) * 1.2)
        if v.get("entry_stamp"):
            d.stamp_rect(
                c,
                88 * MM,
                62 * MM,
                ["PAF  ROISSY CDG", v["entry_stamp"], "ENTREE"],
                color=Color(0.1, 0.35, 0.2),
                rng=rng,
                size=5.5,
            )

    return Item(W, H, drawf)


# ------------------------------------------------------------------ French residence permit (titre de séjour)


def titre_front(p, t, rng):
    W, H = 85.6 * MM, 54 * MM
    surname = t.get("surname", p["surname"])
    given = t.get("given", p["given"])

    def drawf(c):
        on_card_rounding(c, W, H, rgb("E8EEF4"))
        d.guilloche(c, 0, 0, W, H, rng, rgb("5B7DB1"), n=20, alpha=0.2)
        d.rosette(c, 62 * MM, 24 * MM, 14 * MM, rng, rgb("B05A7A"), petals=9, alpha=0.15)
        d.box(c, 0, H - 7.5 * MM, W, 7.5 * MM, stroke=None, fill=rgb("2B3E78"), r=0)
        d.txt(c, 3 * MM, H - 4.8 * MM, "RÉPUBLIQUE FRANÇAISE", "Sans-B", 5.6, white)
        d.txt(c, W - 3 * MM, H - 3.6 * MM, "TITRE DE SÉJOUR", "Sans-B", 6.4, white, "r")
        d.txt(c, W - 3 * MM, H - 6.2 * MM, "RESIDENCE PERMIT", "Sans", 4.4, white, "r")
        d.photo(c, 3 * MM, 9 * MM, 22 * MM, 29 * MM, rng, p["sex"])
        x0 = 28 * MM
        lab = Color(0.25, 0.3, 0.45)
        y = H - 11 * MM

        def f(lbl, val, x, yy, w=55 * MM, size=6.6):
            d.txt(c, x, yy, lbl, "Sans", 3.9, lab)
            d.fit(c, x, yy - 2.6 * MM, val, w, "Sans-B", size)

        f("NOM / Surname", u.strip_accents(surname).upper(), x0, y)
        y -= 6 * MM
        f("PRÉNOMS / Given names", u.strip_accents(given).upper(), x0, y)
        y -= 6 * MM
        f("SEXE / Sex", p["sex"], x0, y, 8 * MM)
        f("NATIONALITÉ / Nationality", p["nat"], x0 + 11 * MM, y, 15 * MM)
        f(
            "DATE DE NAISS. / Date of birth",
            u.fr_dots(p["dob"]).replace(".", " "),
            x0 + 30 * MM,
            y,
            25 * MM,
        )
        y -= 6 * MM
        f("TYPE DE TITRE / Type of permit", t["kind"], x0, y, 55 * MM, 5.6)
        y -= 3.1 * MM
        d.fit(c, x0, y - 2.6 * MM, t["category"], 55 * MM, "Sans-B", 5.6)
        y -= 6.2 * MM
        f(
            "VALABLE JUSQU'AU / Valid until",
            u.fr_dots(t["expiry"]).replace(".", " "),
            x0,
            y,
            25 * MM,
        )
        f("N° DU DOCUMENT", t["number"], x0 + 30 * MM, y, 25 * MM)
        d.txt(c, 3 * MM, 3.5 * MM, "Signature", "Sans", 3.8, lab)
        d.signature(c, 10 * MM, 1.5 * MM, 16 * MM, 5.5 * MM, rng, INK)

    return Item(W, H, drawf)


def titre_back(p, t, rng):
    W, H = 85.6 * MM, 54 * MM
    lines = u.td1(
        "IR",
        "FRA",
        t["number"],
        p["dob"],
        p["sex"],
        t["expiry"],
        p["nat"],
        t.get("surname", p["surname"]),
        t.get("given", p["given"]),
    )
    t["mrz"] = lines

    def drawf(c):
        on_card_rounding(c, W, H, rgb("EEF1F5"))
        d.guilloche(c, 0, 18 * MM, W, H - 18 * MM, rng, rgb("7A8FB8"), n=16, alpha=0.18)
        lab = Color(0.25, 0.3, 0.45)
        y = H - 5 * MM
        d.txt(c, 3 * MM, y, "REMARQUES / Remarks", "Sans", 3.9, lab)
        yy = y - 2.8 * MM
        for r in t.get("remarks", []):
            d.fit(c, 3 * MM, yy, r, 78 * MM, "Sans-B", 5.3)
            yy -= 2.4 * MM
        y = yy - 1.5 * MM
        d.txt(c, 3 * MM, y, "LIEU DE NAISSANCE / Place of birth", "Sans", 3.9, lab)
        d.fit(c, 3 * MM, y - 2.6 * MM, t["pob"], 78 * MM, "Sans-B", 5.8)
        y -= 6 * MM
        d.txt(c, 3 * MM, y, "ADRESSE / Address", "Sans", 3.9, lab)
        d.fit(c, 3 * MM, y - 2.6 * MM, t["address"], 78 * MM, "Sans-B", 5.5)
        y -= 6 * MM
        d.txt(c, 3 * MM, y, "DÉLIVRÉ LE / Issued on", "Sans", 3.9, lab)
        d.txt(c, 3 * MM, y - 2.6 * MM, u.fr_dots(t["issued_on"]).replace(".", " "), "Sans-B", 5.8)
        d.txt(c, 30 * MM, y, "PAR / By", "Sans", 3.9, lab)
        d.fit(c, 30 * MM, y - 2.6 * MM, t["authority"], 52 * MM, "Sans-B", 5.8)
        d.box(c, 0, 0, W, 17 * MM, stroke=None, fill=Color(1, 1, 1, 0.7), r=3 * MM)
        mrz_block(c, 3.5 * MM, 12.4 * MM, lines, 78.5 * MM)

    return Item(W, H, drawf)


# ------------------------------------------------------------------ French identity cards


def cni_front(p, k, rng):
    """2021 French identity card (ID-1)."""
    W, H = 85.6 * MM, 54 * MM

    def drawf(c):
        on_card_rounding(c, W, H, rgb("EAF0F6"))
        d.guilloche(c, 0, 0, W, H, rng, rgb("4F79B8"), n=22, alpha=0.2)
        d.rosette(c, 70 * MM, 30 * MM, 12 * MM, rng, rgb("C0506A"), petals=8, alpha=0.15)
        logos.marianne(c, 3 * MM, H - 13 * MM, 0.62, lines=("RÉPUBLIQUE FRANÇAISE",), motto=False)
        d.txt(
            c,
            W - 3 * MM,
            H - 4 * MM,
            "CARTE NATIONALE D'IDENTITÉ",
            "Sans-B",
            6.2,
            rgb("1B2B6B"),
            "r",
        )
        d.txt(c, W - 3 * MM, H - 6.5 * MM, "IDENTITY CARD", "Sans", 4.6, rgb("1B2B6B"), "r")
        d.photo(c, 3 * MM, 8 * MM, 22 * MM, 28.5 * MM, rng, p["sex"])
        lab = Color(0.25, 0.3, 0.45)
        x0 = 28 * MM
        y = H - 12 * MM

        def f(lbl, val, x, yy, w=55 * MM):
            d.txt(c, x, yy, lbl, "Sans", 3.8, lab)
            d.fit(c, x, yy - 2.6 * MM, val, w, "Sans-B", 6.6)

        f("NOM / Surname", p["surname"].upper(), x0, y)
        y -= 5.6 * MM
        f("NOM D'USAGE / Usage name", k.get("usage", ""), x0, y)
        y -= 5.6 * MM
        f("PRÉNOMS / Given names", p["given"].upper().replace(" ", ", "), x0, y)
        y -= 5.6 * MM
        f("SEXE / Sex", p["sex"], x0, y, 8 * MM)
        f("NATIONALITÉ / Nationality", "FRA", x0 + 10 * MM, y, 15 * MM)
        f(
            "DATE DE NAISS. / Date of birth",
            u.fr_dots(p["dob"]).replace(".", " "),
            x0 + 30 * MM,
            y,
            24 * MM,
        )
        y -= 5.6 * MM
        f("LIEU DE NAISSANCE / Place of birth", p["pob_city"].upper(), x0, y)
        y -= 5.6 * MM
        f("N° DU DOCUMENT / Document No", k["number"], x0, y, 25 * MM)
        f(
            "DATE D'EXPIR. / Expiry date",
            u.fr_dots(k["expiry"]).replace(".", " "),
            x0 + 30 * MM,
            y,
            24 * MM,
        )
        d.txt(c, 3 * MM, 3.5 * MM, "Signature", "Sans", 3.8, lab)
        d.signature(c, 10 * MM, 1.4 * MM, 15 * MM, 5.5 * MM, rng, INK)
        d.txt(c, W - 3 * MM, 3 * MM, k.get("can", "482913"), "Mono", 6, black, "r")

    return Item(W, H, drawf)


def cni_back(p, k, rng):
    W, H = 85.6 * MM, 54 * MM
    lines = u.td1(
        "ID", "FRA", k["number"], p["dob"], p["sex"], k["expiry"], "FRA", p["surname"], p["given"]
    )
    k["mrz"] = lines

    def drawf(c):
        on_card_rounding(c, W, H, rgb("EEF2F6"))
        d.guilloche(c, 0, 18 * MM, W, H - 18 * MM, rng, rgb("7A8FB8"), n=16, alpha=0.18)
        lab = Color(0.25, 0.3, 0.45)
        y = H - 6 * MM
        d.txt(c, 3 * MM, y, "ADRESSE / Address", "Sans", 3.8, lab)
        d.fit(c, 3 * MM, y - 2.6 * MM, k["address1"], 60 * MM, "Sans-B", 6)
        d.fit(c, 3 * MM, y - 5.2 * MM, k["address2"], 60 * MM, "Sans-B", 6)
        y -= 10 * MM
        d.txt(c, 3 * MM, y, "DATE DE DÉLIVRANCE / Date of issue", "Sans", 3.8, lab)
        d.txt(c, 3 * MM, y - 2.6 * MM, u.fr_dots(k["issue"]).replace(".", " "), "Sans-B", 6)
        d.txt(c, 38 * MM, y, "AUTORITÉ / Authority", "Sans", 3.8, lab)
        d.txt(c, 38 * MM, y - 2.6 * MM, k.get("authority", "Préfecture"), "Sans-B", 6)
        d.pseudo_qr(c, W - 22 * MM, 19 * MM, 18 * MM, rng, n=22)
        d.box(c, 0, 0, W, 17 * MM, stroke=None, fill=Color(1, 1, 1, 0.7), r=3 * MM)
        mrz_block(c, 3.5 * MM, 12.4 * MM, lines, 78.5 * MM)

    return Item(W, H, drawf)


def cni_old(p, k, rng):
    """Pre-2021 laminated French identity card (about 105 x 74 mm), one side with MRZ, one with address."""
    W, H = 105 * MM, 74 * MM
    lines = u.fr_cni_old(
        p["surname"], p["given"], k["number"], p["dob"], p["sex"], admin=k.get("admin", "")
    )
    k["mrz"] = lines

    def front(c):
        d.box(c, 0, 0, W, H, stroke=Color(0.6, 0.6, 0.6), fill=rgb("F3EDE6"), r=2 * MM, lw=0.4)
        d.guilloche(c, 0, 18 * MM, W, H - 18 * MM, rng, rgb("A06A8A"), n=24, alpha=0.2)
        d.txt(c, W / 2, H - 6 * MM, "RÉPUBLIQUE FRANÇAISE", "Serif-B", 9, rgb("1B2B6B"), "c")
        d.photo(c, 4 * MM, 22 * MM, 27 * MM, 35 * MM, rng, p["sex"])
        x0 = 35 * MM
        y = H - 13 * MM
        d.txt(c, x0, y, "CARTE NATIONALE D'IDENTITÉ N° :", "Sans", 6, black)
        d.txt(c, x0 + 38 * MM, y, k["number"], "Sans-B", 7.5, black)
        y -= 5 * MM
        d.txt(c, x0, y, "Nationalité Française", "Sans", 6.5, black)
        y -= 5.5 * MM
        d.label_value(c, x0, y, "Nom :", p["surname"].upper(), size=7.5)
        y -= 5 * MM
        d.label_value(c, x0, y, "Prénom(s) :", p["given"].replace(" ", ", "), size=7.5)
        y -= 5 * MM
        d.label_value(c, x0, y, "Sexe :", p["sex"], size=7)
        d.label_value(c, x0 + 18 * MM, y, "Né(e) le :", u.fr_dots(p["dob"]), size=7)
        y -= 5 * MM
        d.label_value(c, x0, y, "à :", p["pob_city"], size=7)
        y -= 5 * MM
        d.label_value(c, x0, y, "Taille :", k.get("height", "1,68 m"), size=7)
        d.txt(c, x0 + 30 * MM, y, "Signature du titulaire :", "Sans", 5.5, black)
        d.signature(c, x0 + 45 * MM, y - 4 * MM, 20 * MM, 8 * MM, rng, INK)
        d.box(c, 0, 0, W, 17 * MM, stroke=None, fill=Color(1, 1, 1, 0.55))
        mrz_block(c, 4 * MM, 11.3 * MM, lines, 96 * MM)

    def back(c):
        d.box(c, 0, 0, W, H, stroke=Color(0.6, 0.6, 0.6), fill=rgb("F3EDE6"), r=2 * MM, lw=0.4)
        d.guilloche(c, 0, 0, W, H, rng, rgb("A06A8A"), n=24, alpha=0.2)
        y = H - 12 * MM
        d.label_value(c, 6 * MM, y, "Adresse :", k["address1"], size=7)
        d.txt(c, 19 * MM, y - 4.5 * MM, k["address2"], "Sans-B", 7)
        y -= 14 * MM
        d.label_value(c, 6 * MM, y, "Carte valable jusqu'au :", u.fr_dots(k["expiry"]), size=7)
        y -= 5.5 * MM
        d.label_value(c, 6 * MM, y, "délivrée le :", u.fr_dots(k["issue"]), size=7)
        y -= 5.5 * MM
        d.label_value(c, 6 * MM, y, "par :", k.get("authority", "PRÉFECTURE"), size=7)
        d.txt(c, 60 * MM, 20 * MM, "Signature de l'autorité :", "Sans", 5.5, black)
        d.signature(c, 62 * MM, 8 * MM, 28 * MM, 10 * MM, rng, INK)
        d.stamp_round(
            c,
            52 * MM,
            18 * MM,
            9 * MM,
            "PRÉFECTURE * RÉPUBLIQUE FRANÇAISE *",
            [""],
            color=Color(0.45, 0.2, 0.5),
            rng=rng,
            alpha=0.5,
        )

    return Item(W, H, front), Item(W, H, back)


# ------------------------------------------------------------------ EU identity cards


def eu_card(p, k, rng, country):
    """Italian CIE, Spanish DNI, Belgian eID: (front, back) items. k: number, issue, expiry, ..."""
    W, H = 85.6 * MM, 54 * MM
    if country == "ITA":
        code, fill, acc = "C<", rgb("EEF3EA"), rgb("3F7A4A")
        head = ("REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ / IDENTITY CARD")
        labels = dict(
            sur="COGNOME / SURNAME",
            giv="NOME / NAME",
            pob="LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            sex="SESSO / SEX",
            nat="CITTADINANZA / NATIONALITY",
            iss="EMISSIONE / ISSUING",
            exp="SCADENZA / EXPIRY",
            no="",
            mun="COMUNE DI / MUNICIPALITY",
        )
    elif country == "ESP":
        code, fill, acc = "ID", rgb("F4ECE4"), rgb("B0352B")
        head = ("REINO DE ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD")
        labels = dict(
            sur="APELLIDOS",
            giv="NOMBRE",
            pob="",
            sex="SEXO",
            nat="NACIONALIDAD",
            iss="",
            exp="VALIDEZ",
            no="NÚM. SOPORTE",
            dob="FECHA DE NACIMIENTO",
            dni="DNI",
        )
    else:  # BEL
        code, fill, acc = "ID", rgb("F1EEE8"), rgb("2C2C2C")
        head = ("BELGIË  BELGIQUE  BELGIEN  BELGIUM", "IDENTITEITSKAART  CARTE D'IDENTITÉ")
        labels = dict(
            sur="Naam / Nom / Name",
            giv="Voornamen / Prénoms / Given names",
            pob="",
            sex="Geslacht / Sexe / Sex",
            nat="Nationaliteit / Nationalité",
            iss="",
            exp="Geldig tot / Valable jusqu'au",
            no="Kaartnr / N° de carte",
            dob="Geboortedatum / Date de naissance",
        )
    lines = u.td1(
        code,
        country,
        k["number"],
        p["dob"],
        p["sex"],
        k["expiry"],
        country,
        p["surname"],
        p["given"],
        opt1=k.get("opt1", ""),
        opt2=k.get("opt2", ""),
    )
    k["mrz"] = lines
    lab = Color(0.3, 0.3, 0.35)

    def front(c):
        on_card_rounding(c, W, H, fill)
        d.guilloche(c, 0, 0, W, H, rng, acc, n=20, alpha=0.18)
        d.txt(c, 3 * MM, H - 4.5 * MM, head[0], "Sans-B", 6.3, acc)
        d.txt(c, 3 * MM, H - 7.4 * MM, head[1], "Sans", 4.6, acc)
        if country == "BEL":
            logos.eu_stars(c, W - 8 * MM, H - 7 * MM, 3.5 * MM, rgb("2C4F9E"))
            d.txt(c, W - 8 * MM, H - 8.2 * MM, "BE", "Sans-B", 5, rgb("2C4F9E"), "c")
        d.photo(c, 3 * MM, 7 * MM, 22 * MM, 29 * MM, rng, p["sex"])
        x0 = 28 * MM
        y = H - 12 * MM

        def f(lbl, val, x, yy, w=55 * MM):
            d.txt(c, x, yy, lbl, "Sans", 3.8, lab)
            d.fit(c, x, yy - 2.6 * MM, val, w, "Sans-B", 6.6)

        if country == "ITA":
            f(labels["mun"], k["municipality"], x0, y)
            y -= 5.5 * MM
            f(labels["sur"], p["surname"].upper(), x0, y)
            y -= 5.5 * MM
            f(labels["giv"], p["given"].upper(), x0, y)
            y -= 5.5 * MM
            f(
                labels["pob"],
                f"{p['pob_city'].upper()} ({k.get('prov', 'BO')}) {u.fr_dots(p['dob'])}",
                x0,
                y,
            )
            y -= 5.5 * MM
            f(labels["sex"], p["sex"], x0, y, 10 * MM)
            f("STATURA / HEIGHT", k.get("height", "178"), x0 + 12 * MM, y, 12 * MM)
            f(labels["nat"], "ITA", x0 + 28 * MM, y, 20 * MM)
            y -= 5.5 * MM
            f(labels["iss"], u.fr_dots(k["issue"]), x0, y, 24 * MM)
            f(labels["exp"], u.fr_dots(k["expiry"]), x0 + 28 * MM, y, 24 * MM)
            d.txt(c, W - 3 * MM, H - 5 * MM, k["number"], "Mono-B", 8, rgb("B0202A"), "r")
        elif country == "ESP":
            f(
                labels["sur"],
                p["surname"].upper().replace(" ", "\n") if False else p["surname"].upper(),
                x0,
                y,
            )
            y -= 5.5 * MM
            f(labels["giv"], p["given"].upper(), x0, y)
            y -= 5.5 * MM
            f(labels["sex"], p["sex"], x0, y, 8 * MM)
            f(labels["nat"], "ESP", x0 + 12 * MM, y, 14 * MM)
            f(labels["dob"], u.fr_dots(p["dob"]).replace(".", " "), x0 + 30 * MM, y, 25 * MM)
            y -= 5.5 * MM
            f(labels["no"], k["number"], x0, y, 25 * MM)
            f(labels["exp"], u.fr_dots(k["expiry"]).replace(".", " "), x0 + 30 * MM, y, 25 * MM)
            y -= 5.5 * MM
            f(labels["dni"], k["dni"], x0, y, 25 * MM)
        else:
            f(labels["sur"], p["surname"].upper(), x0, y)
            y -= 5.5 * MM
            f(labels["giv"], p["given"].upper(), x0, y)
            y -= 5.5 * MM
            f(labels["sex"], p["sex"], x0, y, 12 * MM)
            f(labels["nat"], "BEL", x0 + 20 * MM, y, 20 * MM)
            y -= 5.5 * MM
            f(labels["dob"], u.fr_dots(p["dob"]).replace(".", " "), x0, y, 30 * MM)
            y -= 5.5 * MM
            f(
                labels["no"],
                f"{k['number'][:3]}-{k['number'][3:10]}-{k['number'][10:]}",
                x0,
                y,
                30 * MM,
            )
            f(labels["exp"], u.fr_dots(k["expiry"]).replace(".", " "), x0 + 32 * MM, y, 24 * MM)
        d.signature(c, 28 * MM, 1.5 * MM, 18 * MM, 5.5 * MM, rng, INK)

    def back(c):
        on_card_rounding(c, W, H, fill)
        d.guilloche(c, 0, 18 * MM, W, H - 18 * MM, rng, acc, n=14, alpha=0.16)
        y = H - 6 * MM
        for lbl, val in k.get("back_fields", []):
            d.txt(c, 3 * MM, y, lbl, "Sans", 3.8, lab)
            d.fit(c, 3 * MM, y - 2.6 * MM, val, 78 * MM, "Sans-B", 6)
            y -= 6 * MM
        d.box(c, 0, 0, W, 17 * MM, stroke=None, fill=Color(1, 1, 1, 0.7), r=3 * MM)
        mrz_block(c, 3.5 * MM, 12.4 * MM, lines, 78.5 * MM)

    return Item(W, H, front), Item(W, H, back)
