"""Identity documents drawn with Pillow: TD3 passport data pages (per-country
styles), French VLS-TS / Schengen visa stickers (MRV-B, 2 x 36), French titre de
séjour (TD1, front/back), French CNI 2021, Italian CIE, Spanish DNI, passport
booklets (two facing pages) and entry stamps.

Each renderer returns a PIL image at `pxmm` pixels per millimetre.
"""

import math
from dataclasses import dataclass, field

from common import MON3, MON3_FR, D, mrvb, rng, strip_accents, td1, td3
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "condb": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "lib": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "libb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serifb": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "cjk": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "sign1": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "sign2": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "sign3": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "hand": "/usr/share/fonts/truetype/breip/Breip.ttf",
}
_fc = {}


def font(name, px):
    key = (name, int(px))
    if key not in _fc:
        _fc[key] = ImageFont.truetype(
            FONTS[name], max(4, int(px)), layout_engine=ImageFont.Layout.BASIC
        )
    return _fc[key]


class Cv:
    """PIL canvas with mm coordinates."""

    def __init__(self, w, h, pxmm, bg=(255, 255, 255)):
        self.w, self.h, self.k = w, h, pxmm
        self.im = Image.new("RGB", (int(w * pxmm), int(h * pxmm)), bg)
        self.d = ImageDraw.Draw(self.im)

    def P(self, x, y):
        return (x * self.k, y * self.k)

    def t(self, x, y, s, f="sans", size=2.5, fill=(20, 20, 20), anchor="ls"):
        if not s:
            return
        self.d.text(self.P(x, y), s, font=font(f, size * self.k), fill=fill, anchor=anchor)

    def tw(self, s, f, size):
        return font(f, size * self.k).getlength(s) / self.k

    def rect(self, x, y, w, h, fill=None, outline=None, width=0.2, r=0):
        box = [x * self.k, y * self.k, (x + w) * self.k, (y + h) * self.k]
        wpx = max(1, int(width * self.k))
        if r:
            self.d.rounded_rectangle(box, r * self.k, fill=fill, outline=outline, width=wpx)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=wpx if outline else 0)

    def line(self, pts, fill, width=0.2):
        self.d.line([self.P(x, y) for x, y in pts], fill=fill, width=max(1, int(width * self.k)))

    def paste(self, img, x, y, w=None, h=None, mask=None):
        if w:
            img = img.resize((int(w * self.k), int(h * self.k)), Image.LANCZOS)
            if mask is not None:
                mask = mask.resize(img.size, Image.LANCZOS)
        self.im.paste(img, (int(x * self.k), int(y * self.k)), mask)


def guilloche(cv, color, key, n=26, amp=3.0, x0=0, y0=0, w=None, h=None, width=0.12):
    r = rng("gl", key)
    w = w or cv.w
    h = h or cv.h
    for i in range(n):
        base = y0 + h * (i + 0.5) / n
        f1, f2 = r.uniform(0.05, 0.12), r.uniform(0.15, 0.3)
        ph = r.uniform(0, 6.28)
        pts = []
        steps = int(w * 1.5)
        for s in range(steps + 1):
            x = x0 + w * s / steps
            y = base + amp * math.sin(x * f1 + ph) + amp * 0.4 * math.sin(x * f2 + ph * 1.7)
            pts.append((x, y))
        cv.line(pts, color, width)
    # rosette
    cx, cy = x0 + w * r.uniform(0.55, 0.8), y0 + h * r.uniform(0.3, 0.6)
    for k in range(18):
        pts = []
        for s in range(181):
            a = s / 180 * 2 * math.pi
            rad = h * 0.22 * (1 + 0.25 * math.sin(6 * a + k * 0.35))
            pts.append((cx + rad * math.cos(a + k * 0.17), cy + rad * 0.8 * math.sin(a + k * 0.17)))
        cv.line(pts, color, width)


def face(w_px, h_px, key, skin=None, hair=None, female=True, bg=(205, 218, 230)):
    """A neutral, clearly synthetic ID-photo style portrait."""
    r = rng("face", key)
    skins = [(236, 200, 170), (214, 170, 128), (176, 128, 90), (132, 90, 60), (98, 66, 46)]
    skin = skin or r.choice(skins)
    hair = hair or r.choice([(25, 20, 18), (45, 32, 25), (70, 50, 35)])
    im = Image.new("RGB", (w_px, h_px), bg)
    d = ImageDraw.Draw(im)
    for yy in range(h_px):
        c = tuple(int(v - 18 * yy / h_px) for v in bg)
        d.line([(0, yy), (w_px, yy)], fill=c)
    cx = w_px / 2 + r.uniform(-0.02, 0.02) * w_px
    hw, hh = w_px * 0.27, h_px * 0.24
    cy = h_px * 0.42
    clothes = r.choice([(40, 45, 60), (90, 30, 40), (30, 70, 60), (200, 200, 205), (60, 60, 60)])
    d.ellipse([cx - w_px * 0.48, h_px * 0.78, cx + w_px * 0.48, h_px * 1.35], fill=clothes)
    d.rectangle([cx - hw * 0.38, cy + hh * 0.6, cx + hw * 0.38, h_px * 0.86], fill=skin)
    if female and r.random() < 0.8:
        d.ellipse([cx - hw * 1.25, cy - hh * 1.2, cx + hw * 1.25, cy + hh * 1.55], fill=hair)
    d.ellipse([cx - hw, cy - hh, cx + hw, cy + hh], fill=skin)
    d.chord([cx - hw * 1.05, cy - hh * 1.2, cx + hw * 1.05, cy + hh * 0.35], 180, 360, fill=hair)
    ey = cy - hh * 0.05
    for s in (-1, 1):
        ex = cx + s * hw * 0.42
        d.ellipse(
            [ex - hw * 0.13, ey - hh * 0.06, ex + hw * 0.13, ey + hh * 0.06], fill=(250, 250, 250)
        )
        d.ellipse(
            [ex - hw * 0.06, ey - hh * 0.06, ex + hw * 0.06, ey + hh * 0.06], fill=(40, 30, 25)
        )
        d.line(
            [ex - hw * 0.18, ey - hh * 0.2, ex + hw * 0.15, ey - hh * 0.22],
            fill=hair,
            width=max(1, int(w_px * 0.012)),
        )
    d.line(
        [cx, ey + hh * 0.05, cx - hw * 0.08, cy + hh * 0.35, cx + hw * 0.05, cy + hh * 0.38],
        fill=tuple(int(v * 0.8) for v in skin),
        width=max(1, int(w_px * 0.008)),
    )
    d.arc(
        [cx - hw * 0.35, cy + hh * 0.35, cx + hw * 0.35, cy + hh * 0.68],
        20,
        160,
        fill=(150, 70, 70),
        width=max(1, int(w_px * 0.012)),
    )
    return im.filter(ImageFilter.GaussianBlur(w_px * 0.003))


def ghost(img, alpha=0.35):
    g = img.convert("L").convert("RGB")
    white = Image.new("RGB", g.size, (255, 255, 255))
    return Image.blend(white, g, alpha)


def signature_img(name, w_px, h_px, key, color=(25, 30, 90)):
    r = rng("sigimg", key)
    im = Image.new("RGBA", (w_px, h_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    f = font(r.choice(["sign1", "sign2", "sign3"]), h_px * 0.8)
    text = name
    d.text((w_px * 0.05, h_px * 0.78), text, font=f, fill=color, anchor="ls")
    d.line(
        [(w_px * 0.05, h_px * 0.86), (w_px * r.uniform(0.6, 0.95), h_px * r.uniform(0.75, 0.92))],
        fill=color,
        width=max(1, h_px // 22),
    )
    return im


def mrz_draw(cv, lines, x, y_first, pitch=2.54, line_gap=4.3, fill=(15, 15, 15)):
    f = font("ocrb", 10)
    adv = f.getlength("<") / 10.0  # advance per px of em
    size_px = pitch * cv.k / adv
    fo = ImageFont.truetype(
        FONTS["ocrb"], int(round(size_px)), layout_engine=ImageFont.Layout.BASIC
    )
    for i, ln in enumerate(lines):
        yy = (y_first + i * line_gap) * cv.k
        for j, ch in enumerate(ln):
            cv.d.text(((x + j * pitch) * cv.k, yy), ch, font=fo, fill=fill, anchor="ls")


# ----------------------------------------------------------------- data
@dataclass
class IdData:
    surname: str
    given: str
    number: str
    nat: str
    dob: str
    sex: str
    expiry: str
    issue: str
    pob: str = ""
    issuer: str = ""
    authority: str = ""
    personal: str = ""
    surname_local: str = ""
    given_local: str = ""
    middle: str = ""
    extra: dict = field(default_factory=dict)
    key: str = ""

    def __post_init__(self):
        self.issuer = self.issuer or self.nat
        self.key = self.key or self.number

    def truth(self, mrz_valid=True):
        return {
            "surname": self.surname_viz(),
            "given_names": self.given_viz(),
            "document_number": self.number,
            "nationality": self.nat,
            "issuing_country": self.issuer,
            "date_of_birth": D(self.dob).isoformat(),
            "expiry_date": D(self.expiry).isoformat(),
            "sex": self.sex,
            "mrz_valid": mrz_valid,
        }

    def surname_viz(self):
        return self.extra.get("surname_viz", self.surname.upper())

    def given_viz(self):
        return self.extra.get("given_viz", self.given.upper())


def fmt_date(d, style):
    d = D(d)
    if style == "dmy_sp":
        return d.strftime("%d %m %Y")
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if style == "d_mon_y":
        return f"{d.day:02d} {MON3[d.month - 1]} {d.year}"
    if style == "d_monfr_y":
        return f"{d.day:02d} {MON3_FR[d.month - 1]}/{MON3[d.month - 1]} {d.year}"
    if style == "d_mon_yy_uk":
        uk = ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]
        return f"{d.day:02d} {uk[d.month - 1]}/{MON3[d.month - 1]} {d.strftime('%y')}"
    if style == "d_mon_cn":
        return f"{d.day:02d} {d.month}月/{MON3[d.month - 1]} {d.year}"
    if style == "d_mon_es":
        es = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
        return f"{d.day:02d} {es[d.month - 1]}/{MON3[d.month - 1]} {d.year}"
    return d.isoformat()


LABELS = {
    "fr": {
        "type": "Type / Type",
        "code": "Code / Code",
        "no": "N° du passeport / Passport No.",
        "surname": "Nom / Surname",
        "given": "Prénoms / Given names",
        "nat": "Nationalité / Nationality",
        "dob": "Date de naissance / Date of birth",
        "sex": "Sexe / Sex",
        "pob": "Lieu de naissance / Place of birth",
        "issue": "Date de délivrance / Date of issue",
        "exp": "Date d'expiration / Date of expiry",
        "auth": "Autorité / Authority",
        "sig": "Signature du titulaire / Holder's signature",
        "pers": "N° personnel / Personal No.",
    },
    "en": {
        "type": "Type",
        "code": "Country Code",
        "no": "Passport No.",
        "surname": "Surname",
        "given": "Given Name(s)",
        "nat": "Nationality",
        "dob": "Date of Birth",
        "sex": "Sex",
        "pob": "Place of Birth",
        "issue": "Date of Issue",
        "exp": "Date of Expiry",
        "auth": "Issuing Authority",
        "sig": "Holder's Signature",
        "pers": "File No.",
    },
    "zh": {
        "type": "类型/Type",
        "code": "国家码/Country Code",
        "no": "护照号/Passport No.",
        "surname": "姓/Surname",
        "given": "名/Given names",
        "nat": "国籍/Nationality",
        "dob": "出生日期/Date of birth",
        "sex": "性别/Sex",
        "pob": "出生地点/Place of birth",
        "issue": "签发日期/Date of issue",
        "exp": "有效期至/Date of expiry",
        "auth": "签发机关/Authority",
        "sig": "持照人签名/Bearer's signature",
        "pers": "",
    },
    "uk": {
        "type": "Тип/Type",
        "code": "Код держави/Code of State",
        "no": "Паспорт №/Passport No.",
        "surname": "Прізвище/Surname",
        "given": "Ім'я/Given Names",
        "nat": "Громадянство/Nationality",
        "dob": "Дата народження/Date of birth",
        "sex": "Стать/Sex",
        "pob": "Місце народження/Place of birth",
        "issue": "Дата видачі/Date of issue",
        "exp": "Дата закінчення строку дії/Date of expiry",
        "auth": "Орган, що видав/Authority",
        "sig": "Підпис/Signature",
        "pers": "Запис №/Record No.",
    },
    "tr": {
        "type": "Tipi/Type",
        "code": "Ülke Kodu/Country Code",
        "no": "Pasaport No/Passport No",
        "surname": "Soyadı/Surname",
        "given": "Adı/Given Name(s)",
        "nat": "Uyruğu/Nationality",
        "dob": "Doğum Tarihi/Date of birth",
        "sex": "Cinsiyeti/Sex",
        "pob": "Doğum Yeri/Place of birth",
        "issue": "Veriliş Tarihi/Date of issue",
        "exp": "Geçerlilik Tarihi/Date of expiry",
        "auth": "Makam/Authority",
        "sig": "Hamilin İmzası/Holder's signature",
        "pers": "T.C. Kimlik No/Personal No",
    },
    "es": {
        "type": "Tipo/Type",
        "code": "Clave del país/Country code",
        "no": "Pasaporte No./Passport No.",
        "surname": "Apellidos/Surname",
        "given": "Nombres/Given names",
        "nat": "Nacionalidad/Nationality",
        "dob": "Fecha de nacimiento/Date of birth",
        "sex": "Sexo/Sex",
        "pob": "Lugar de nacimiento/Place of birth",
        "issue": "Fecha de expedición/Date of issue",
        "exp": "Fecha de caducidad/Date of expiry",
        "auth": "Autoridad/Authority",
        "sig": "Firma del titular/Holder's signature",
        "pers": "CURP",
    },
    "tl": {
        "type": "Uri/Type",
        "code": "Kodigo/Code",
        "no": "Blg. ng Pasaporte/Passport No.",
        "surname": "Apelyido/Surname",
        "given": "Pangalan/Given names",
        "middle": "Panggitnang apelyido/Middle name",
        "nat": "Nasyonalidad/Nationality",
        "dob": "Petsa ng kapanganakan/Date of birth",
        "sex": "Kasarian/Sex",
        "pob": "Lugar ng kapanganakan/Place of birth",
        "issue": "Petsa ng pagkakaloob/Date of issue",
        "exp": "Valid hanggang/Valid until",
        "auth": "Maykapangyarihang naglabas/Authority",
        "sig": "Lagda ng may-ari/Holder's signature",
        "pers": "",
    },
}

PASS_STYLES = {
    "MLI": dict(
        head=["RÉPUBLIQUE DU MALI", "Un Peuple - Un But - Une Foi"],
        title="PASSEPORT",
        sub="PASSPORT",
        lang="fr",
        tint=(226, 236, 220),
        ink=(30, 100, 60),
        date="d_mon_y",
        auth="DIRECTION GÉNÉRALE DE LA POLICE NATIONALE",
        photo_left=True,
    ),
    "CMR": dict(
        head=["RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON"],
        title="PASSEPORT",
        sub="PASSPORT",
        lang="fr",
        tint=(232, 228, 214),
        ink=(120, 40, 40),
        date="dmy_sp",
        auth="DGSN YAOUNDÉ",
        photo_left=True,
    ),
    "COD": dict(
        head=["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO"],
        title="PASSEPORT",
        sub="PASSPORT",
        lang="fr",
        tint=(222, 232, 242),
        ink=(20, 60, 130),
        date="d_mon_y",
        auth="MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
        photo_left=True,
    ),
    "CHN": dict(
        head=["中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA"],
        title="护照 PASSPORT",
        sub="",
        lang="zh",
        tint=(236, 226, 232),
        ink=(150, 30, 40),
        date="d_mon_cn",
        auth="国家移民管理局 / National Immigration Administration",
        photo_left=True,
    ),
    "IND": dict(
        head=["REPUBLIC OF INDIA"],
        title="PASSPORT",
        sub="",
        lang="en",
        tint=(232, 230, 222),
        ink=(40, 40, 110),
        date="dmy_slash",
        auth="PUNE",
        photo_left=True,
    ),
    "PHL": dict(
        head=["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"],
        title="PASAPORTE",
        sub="PASSPORT",
        lang="tl",
        tint=(226, 234, 244),
        ink=(25, 55, 120),
        date="d_mon_y",
        auth="DFA MANILA",
        photo_left=True,
    ),
    "UKR": dict(
        head=["УКРАЇНА", "UKRAINE"],
        title="ПАСПОРТ/PASSPORT",
        sub="",
        lang="uk",
        tint=(228, 234, 244),
        ink=(20, 60, 140),
        date="d_mon_yy_uk",
        auth="8011",
        photo_left=True,
    ),
    "TUR": dict(
        head=["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"],
        title="PASAPORT",
        sub="PASSPORT",
        lang="tr",
        tint=(238, 228, 228),
        ink=(150, 30, 30),
        date="dmy_dot",
        auth="T.C. İÇİŞLERİ BAKANLIĞI",
        photo_left=True,
    ),
    "MEX": dict(
        head=["ESTADOS UNIDOS MEXICANOS"],
        title="PASAPORTE",
        sub="PASSPORT",
        lang="es",
        tint=(226, 238, 230),
        ink=(20, 90, 60),
        date="d_mon_es",
        auth="SRE JALISCO",
        photo_left=True,
    ),
    "FRA": dict(
        head=["RÉPUBLIQUE FRANÇAISE"],
        title="PASSEPORT",
        sub="PASSPORT",
        lang="fr",
        tint=(234, 228, 240),
        ink=(50, 40, 110),
        date="dmy_sp",
        auth="Préfecture de police",
        photo_left=True,
    ),
}


def passport_page(d: IdData, pxmm=12, mrz_override=None):
    st = PASS_STYLES[d.nat if d.nat in PASS_STYLES else d.issuer]
    L = LABELS[st["lang"]]
    cv = Cv(125, 88, pxmm, bg=st["tint"])
    guilloche(cv, tuple(max(0, v - 22) for v in st["tint"]), d.key + "p", n=30, amp=2.2)
    ink = st["ink"]
    lab = (70, 70, 80)
    val = (15, 15, 20)
    # header
    y = 5.2
    for i, h in enumerate(st["head"]):
        f = "cjk" if d.nat == "CHN" and i == 0 else "sansb"
        cv.t(78, y, h, f, 3.2 if i == 0 else 2.4, ink, "ms")
        y += 3.6
    cv.t(6, 6.5, st["title"], "cjk" if d.nat == "CHN" else "serifb", 3.3, ink)
    if st["sub"]:
        cv.t(6, 10.2, st["sub"], "serif", 2.4, ink)
    # photo
    fimg = face(int(32 * pxmm), int(41 * pxmm), d.key, female=(d.sex == "F"))
    cv.paste(fimg, 5, 16)
    cv.rect(5, 16, 32, 41, outline=(120, 120, 120), width=0.15)
    # signature under the photo
    sig = signature_img(d.surname.split()[0].capitalize(), int(32 * pxmm), int(8 * pxmm), d.key)
    cv.t(5, 60.5, L["sig"], "cjk" if st["lang"] == "zh" else "cond", 1.5, lab)
    cv.im.paste(sig, (int(5 * pxmm), int(61 * pxmm)), sig)
    # ghost image
    cv.paste(ghost(fimg.resize((int(14 * pxmm), int(18 * pxmm)))), 106, 44)
    X1, X2, X3 = 42, 64, 86
    fmt = lambda s: fmt_date(s, st["date"])
    rows = []
    rows.append([(X1, L["type"], "P"), (X2, L["code"], d.issuer), (X3, L["no"], d.number)])
    sname = d.surname_viz() if not d.surname_local else f"{d.surname_local}  {d.surname_viz()}"
    gname = d.given_viz() if not d.given_local else f"{d.given_local}  {d.given_viz()}"
    rows.append([(X1, L["surname"], sname)])
    rows.append([(X1, L["given"], gname)])
    if st["lang"] == "tl":
        rows.append([(X1, L["middle"], d.middle.upper())])
    natname = d.extra.get("nat_name", d.nat)
    rows.append(
        [(X1, L["nat"], natname)]
        + ([(X3, L["pers"], d.personal)] if d.personal and L["pers"] else [])
    )
    rows.append(
        [(X1, L["dob"], fmt(d.dob)), (X3 - 6, L["sex"], d.sex if st["lang"] != "fr" else d.sex)]
    )
    rows.append([(X1, L["pob"], d.pob.upper())])
    rows.append([(X1, L["issue"], fmt(d.issue)), (X3 - 6, L["auth"], d.authority or st["auth"])])
    rows.append([(X1, L["exp"], fmt(d.expiry))])
    y = 16.5
    pitch = 52.0 / len(rows)
    for row in rows:
        for i, (x, label, value) in enumerate(row):
            cv.t(x, y, label, "cjk" if st["lang"] == "zh" else "cond", 1.55, lab)
            fv = "cjk" if any(ord(ch) > 0x2E80 for ch in str(value)) else "sansb"
            limit = (row[i + 1][0] - 2 if i + 1 < len(row) else 122) - x
            size = 2.55
            while size > 1.4 and cv.tw(str(value), fv, size) > limit:
                size -= 0.1
            cv.t(x, y + 3.3, str(value), fv, size, val)
        y += pitch
    # MRZ
    cv.rect(0, 69, 125, 19, fill=tuple(min(255, v + 12) for v in st["tint"]))
    lines = mrz_override or td3(
        d.surname,
        d.given,
        d.number,
        d.issuer,
        d.nat,
        d.dob,
        d.sex,
        d.expiry,
        personal=d.personal if d.extra.get("mrz_personal") else "",
    )
    mrz_draw(cv, lines, 6.6, 78.0, line_gap=6.6)
    return cv.im


def booklet(top, bottom, pxmm=12, key="bk"):
    """Two facing pages (top: page above the data page when the passport is open)."""
    W, H = int(127 * pxmm), int(180 * pxmm)
    im = Image.new("RGB", (W, H), (60, 40, 45))
    im.paste(top.resize((int(125 * pxmm), int(88 * pxmm))), (int(1 * pxmm), int(1.5 * pxmm)))
    im.paste(bottom.resize((int(125 * pxmm), int(88 * pxmm))), (int(1 * pxmm), int(90.5 * pxmm)))
    d = ImageDraw.Draw(im)
    for i in range(int(1.6 * pxmm)):
        c = 80 + i * 6
        d.line(
            [
                (int(1 * pxmm), int(89.5 * pxmm) + i - int(0.8 * pxmm)),
                (int(126 * pxmm), int(89.5 * pxmm) + i - int(0.8 * pxmm)),
            ],
            fill=(c, c, c),
        )
    return im


def blank_page(pxmm=12, tint=(236, 236, 228), key="bp", number="", stamps=()):
    cv = Cv(125, 88, pxmm, bg=tint)
    guilloche(cv, tuple(max(0, v - 18) for v in tint), key, n=20, amp=2.5)
    if number:
        cv.t(118, 84, number, "sans", 2.2, (90, 90, 90), "rs")
    for st in stamps:
        entry_stamp(cv, *st)
    return cv.im


def entry_stamp(cv, x, y, text_lines, color=(40, 60, 150), angle=0):
    layer = Image.new("RGBA", (int(40 * cv.k), int(24 * cv.k)), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    d.rounded_rectangle(
        [2, 2, layer.size[0] - 3, layer.size[1] - 3],
        int(2 * cv.k),
        outline=color + (200,),
        width=max(2, int(0.5 * cv.k)),
    )
    for i, ln in enumerate(text_lines):
        d.text(
            (layer.size[0] / 2, (5.5 + i * 5) * cv.k),
            ln,
            font=font("sansb", 3.0 * cv.k),
            fill=color + (200,),
            anchor="ms",
        )
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    cv.im.paste(layer, (int(x * cv.k), int(y * cv.k)), layer)


# ----------------------------------------------------------------- visa sticker (MRV-B)
@dataclass
class VisaData:
    holder: IdData
    vtype: str  # "D" or "C"
    valid_from: str
    valid_until: str
    issued_at: str
    issued_on: str
    sticker_no: str
    remarks: list
    entries: str = "MULT"
    days: str = "365"
    valid_for: str = "FRANCE"

    def truth(self):
        t = self.holder.truth()
        t.pop("issuing_country")
        t.update(
            {
                "document_number": self.sticker_no,
                "issuing_country": "FRA",
                "visa_type": self.vtype,
                "vls_ts": any("VLS-TS" in r or "VALANT TITRE" in r for r in self.remarks),
                "valid_from": D(self.valid_from).isoformat(),
                "valid_until": D(self.valid_until).isoformat(),
                "expiry_date": D(self.valid_until).isoformat(),
                "mrz_valid": True,
            }
        )
        return t


def visa_sticker(v: VisaData, pxmm=12):
    d = v.holder
    cv = Cv(105, 74, pxmm, bg=(240, 232, 236))
    guilloche(cv, (215, 196, 212), "visa" + v.sticker_no, n=22, amp=1.8)
    guilloche(cv, (200, 220, 210), "visa2" + v.sticker_no, n=8, amp=4, y0=10, h=40)
    blue = (30, 40, 110)
    cv.t(4, 8.5, "VISA", "serifb", 6.5, (60, 60, 140))
    cv.t(70, 6.5, "FRANCE", "sansb", 3.2, (60, 60, 140))
    cv.t(92, 9.5, "FRA", "serifb", 5.5, (120, 150, 130))
    cv.t(30, 5.0, "FRA" + v.sticker_no, "mono", 2.6, (20, 20, 20))
    # vertical red number
    num = Image.new("RGBA", (int(36 * pxmm), int(4 * pxmm)), (0, 0, 0, 0))
    ImageDraw.Draw(num).text(
        (0, int(3.2 * pxmm)),
        v.sticker_no,
        font=font("mono", 3.2 * pxmm),
        fill=(200, 30, 40, 255),
        anchor="ls",
    )
    num = num.rotate(90, expand=True)
    cv.im.paste(num, (int(0.6 * pxmm), int(14 * pxmm)), num)
    fimg = face(int(24 * pxmm), int(31 * pxmm), d.key, female=(d.sex == "F"))
    cv.paste(fimg, 5, 14)
    lab = (80, 70, 90)
    val = (10, 10, 15)
    x = 31
    dd = lambda s: D(s).strftime("%d-%m-%y")

    def field(xx, yy, label, value, size=2.5):
        cv.t(xx, yy, label, "cond", 1.45, lab)
        cv.t(xx, yy + 3.1, value, "mono" if False else "sansb", size, val)

    field(x, 13, "VALABLE POUR / VALID FOR", v.valid_for)
    field(x, 19.5, "DU / FROM", dd(v.valid_from))
    field(x + 26, 19.5, "AU / UNTIL", dd(v.valid_until))
    field(x, 26, "TYPE DE VISA / TYPE OF VISA", v.vtype)
    field(x + 26, 26, "NOMBRE D'ENTREES / NUMBER OF ENTRIES", v.entries)
    field(x + 56, 26, "DUREE DE SEJOUR", v.days + (" JOURS" if v.vtype == "D" else ""))
    field(x, 32.5, "DELIVRE A / ISSUED IN", v.issued_at.upper())
    field(x + 40, 32.5, "LE / ON", dd(v.issued_on))
    field(x, 39, "NUMERO DE PASSEPORT / NUMBER OF PASSPORT", d.number)
    field(
        x,
        45.5,
        "NOM, PRENOM / SURNAME, NAME",
        strip_accents(d.surname).upper() + ", " + strip_accents(d.given).upper(),
        2.3,
    )
    cv.t(5, 52.5, "REMARQUES / REMARKS", "cond", 1.45, lab)
    yy = 55.5
    for rmk in v.remarks:
        cv.t(5, yy, rmk, "sansb", 2.1, val)
        yy += 2.8
    lines = mrvb(d.surname, d.given, d.number, "FRA", d.nat, d.dob, d.sex, v.valid_until, v.vtype)
    mrz_draw(cv, lines, 6.5, 66.2, line_gap=5.4)
    return cv.im


def visa_page(v: VisaData, pxmm=12, page_no="7", entry=None):
    cv = Cv(125, 88, pxmm, bg=(238, 236, 226))
    guilloche(cv, (218, 214, 200), "vp" + v.sticker_no, n=20, amp=2.5)
    cv.t(118, 84.5, page_no, "sans", 2.2, (100, 100, 100), "rs")
    st = visa_sticker(v, pxmm)
    cv.im.paste(st, (int(8 * pxmm), int(6 * pxmm)))
    # signature of the consular officer overlapping sticker edge
    sig = signature_img("Lmbrt", int(22 * pxmm), int(7 * pxmm), "cons" + v.sticker_no, (40, 40, 60))
    cv.im.paste(sig, (int(90 * pxmm), int(52 * pxmm)), sig)
    return cv.im


# ----------------------------------------------------------------- ID-1 cards
@dataclass
class PermitData:
    holder: IdData
    number: str
    expiry: str
    issue: str
    kind: str  # "CARTE DE SEJOUR TEMPORAIRE" ...
    remarks: str
    prefecture: str
    address: list

    def truth(self):
        t = self.holder.truth()
        t.update(
            {
                "document_number": self.number,
                "issuing_country": "FRA",
                "expiry_date": D(self.expiry).isoformat(),
                "mrz_valid": True,
            }
        )
        return t

    def mrz(self):
        h = self.holder
        return td1(
            h.surname, h.given, self.number, "FRA", h.nat, h.dob, h.sex, self.expiry, doc="IR"
        )


def _card_base(pxmm, tint, key):
    cv = Cv(85.6, 54, pxmm, bg=tint)
    guilloche(cv, tuple(max(0, v - 20) for v in tint), key, n=16, amp=1.6)
    return cv


def permit_front(p: PermitData, pxmm=14):
    h = p.holder
    cv = _card_base(pxmm, (226, 232, 240), "tsf" + p.number)
    cv.rect(3, 3, 2, 5, fill=(0, 35, 145))
    cv.rect(5, 3, 2, 5, fill=(255, 255, 255))
    cv.rect(7, 3, 2, 5, fill=(225, 0, 25))
    cv.t(11, 5.4, "RÉPUBLIQUE FRANÇAISE", "sansb", 2.0, (20, 30, 90))
    cv.t(11, 8.4, "TITRE DE SÉJOUR / RESIDENCE PERMIT", "sansb", 2.3, (20, 30, 90))
    cv.t(82, 5.4, p.number, "mono", 2.4, (10, 10, 10), "rs")
    cv.paste(face(int(22 * pxmm), int(28 * pxmm), h.key, female=(h.sex == "F")), 3, 11)
    lab, val = (70, 70, 90), (10, 10, 15)
    x = 28
    rows = [
        ("NOM / Surname", h.surname.upper()),
        ("Prénoms / Given names", h.given.upper().replace(" ", ", ")),
        (None, None),
        ("Date de naissance / Date of birth", D(h.dob).strftime("%d %m %Y")),
        ("Type de titre / Type of permit", p.kind),
        ("Remarques / Remarks", p.remarks),
        ("Date d'expiration / Expiry date", D(p.expiry).strftime("%d %m %Y")),
    ]
    y = 13
    for lb, vv in rows:
        if lb is None:
            cv.t(x, y, "Sexe / Sex", "cond", 1.3, lab)
            cv.t(x, y + 2.6, h.sex, "sansb", 2.1, val)
            cv.t(x + 14, y, "Nationalité / Nationality", "cond", 1.3, lab)
            cv.t(x + 14, y + 2.6, h.nat, "sansb", 2.1, val)
        else:
            cv.t(x, y, lb, "cond", 1.3, lab)
            cv.t(x, y + 2.6, vv, "sansb", 2.1 if len(vv) < 30 else 1.7, val)
        y += 5.6
    sig = signature_img(
        h.surname.split()[0].capitalize(), int(22 * pxmm), int(6 * pxmm), h.key + "ts"
    )
    cv.im.paste(sig, (int(3 * pxmm), int(42 * pxmm)), sig)
    return cv.im


def permit_back(p: PermitData, pxmm=14):
    cv = _card_base(pxmm, (230, 234, 238), "tsb" + p.number)
    lab, val = (70, 70, 90), (10, 10, 15)
    cv.t(4, 5, "Lieu de délivrance / Place of issue", "cond", 1.3, lab)
    cv.t(4, 7.8, p.prefecture, "sansb", 1.9, val)
    cv.t(55, 5, "Date de délivrance / Date of issue", "cond", 1.3, lab)
    cv.t(55, 7.8, D(p.issue).strftime("%d %m %Y"), "sansb", 1.9, val)
    cv.t(4, 11.5, "Adresse / Address", "cond", 1.3, lab)
    y = 14.2
    for ln in p.address:
        cv.t(4, y, ln.upper(), "sansb", 1.8, val)
        y += 2.6
    cv.t(4, 23, "Observations", "cond", 1.3, lab)
    cv.t(4, 25.6, "AUTORISE SON TITULAIRE A TRAVAILLER", "sans", 1.6, val)
    cv.rect(0, 30, 85.6, 24, fill=(240, 242, 244))
    mrz_draw(cv, p.mrz(), 4.5, 37.0, line_gap=6.2)
    return cv.im


@dataclass
class CniData:
    holder: IdData
    usage_name: str = ""
    address: list = field(default_factory=list)
    issued_by: str = ""
    can: str = "000000"

    def truth(self):
        return self.holder.truth()


def cni_front(c: CniData, pxmm=14):
    h = c.holder
    cv = _card_base(pxmm, (234, 226, 236), "cnif" + h.number)
    cv.rect(3, 3, 2, 5, fill=(0, 35, 145))
    cv.rect(5, 3, 2, 5, fill=(255, 255, 255))
    cv.rect(7, 3, 2, 5, fill=(225, 0, 25))
    cv.t(11, 5.2, "RÉPUBLIQUE FRANÇAISE", "sansb", 2.0, (20, 30, 90))
    cv.t(11, 8.2, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sansb", 1.9, (20, 30, 90))
    cv.paste(face(int(22 * pxmm), int(28 * pxmm), h.key, female=(h.sex == "F")), 3, 12)
    lab, val = (80, 70, 90), (10, 10, 15)
    x = 28
    cv.t(x, 12, "NOM / Surname", "cond", 1.3, lab)
    cv.t(x, 14.6, h.surname.upper(), "sansb", 2.2, val)
    cv.t(x, 17.6, "Nom d'usage / Usual name", "cond", 1.3, lab)
    cv.t(x, 20.2, c.usage_name.upper(), "sansb", 2.0, val)
    cv.t(x, 23.2, "Prénoms / Given names", "cond", 1.3, lab)
    cv.t(x, 25.8, h.given.replace(" ", ", "), "sansb", 2.1, val)
    cv.t(x, 28.8, "SEXE / Sex", "cond", 1.3, lab)
    cv.t(x, 31.4, h.sex, "sansb", 2.0, val)
    cv.t(x + 12, 28.8, "NATIONALITÉ / Nationality", "cond", 1.3, lab)
    cv.t(x + 12, 31.4, "FRA", "sansb", 2.0, val)
    cv.t(x + 36, 28.8, "DATE DE NAISS. / Date of birth", "cond", 1.3, lab)
    cv.t(x + 36, 31.4, D(h.dob).strftime("%d %m %Y"), "sansb", 2.0, val)
    cv.t(x, 34.4, "LIEU DE NAISSANCE / Place of birth", "cond", 1.3, lab)
    cv.t(x, 37.0, h.pob.upper(), "sansb", 2.0, val)
    cv.t(x, 40.0, "N° DU DOCUMENT / Document No", "cond", 1.3, lab)
    cv.t(x, 42.6, h.number, "sansb", 2.1, val)
    cv.t(x + 30, 40.0, "DATE D'EXPIR. / Expiry date", "cond", 1.3, lab)
    cv.t(x + 30, 42.6, D(h.expiry).strftime("%d %m %Y"), "sansb", 2.0, val)
    cv.t(82, 51, c.can, "mono", 2.0, val, "rs")
    sig = signature_img(
        h.surname.split()[0].capitalize(), int(22 * pxmm), int(6 * pxmm), h.key + "cni"
    )
    cv.im.paste(sig, (int(3 * pxmm), int(43 * pxmm)), sig)
    return cv.im


def cni_back(c: CniData, pxmm=14):
    h = c.holder
    cv = _card_base(pxmm, (236, 230, 238), "cnib" + h.number)
    lab, val = (80, 70, 90), (10, 10, 15)
    cv.t(4, 5, "ADRESSE / Address", "cond", 1.3, lab)
    y = 7.8
    for ln in c.address:
        cv.t(4, y, ln.upper(), "sansb", 1.8, val)
        y += 2.6
    cv.t(4, 16.5, "DATE DE DÉLIVRANCE / Date of issue", "cond", 1.3, lab)
    cv.t(4, 19.2, D(h.issue).strftime("%d %m %Y"), "sansb", 1.9, val)
    cv.t(45, 16.5, "Délivrée par / Issued by", "cond", 1.3, lab)
    cv.t(45, 19.2, c.issued_by, "sansb", 1.7, val)
    cv.rect(0, 30, 85.6, 24, fill=(242, 240, 244))
    mrz_draw(
        cv,
        td1(h.surname, h.given, h.number, "FRA", "FRA", h.dob, h.sex, h.expiry, doc="ID"),
        4.5,
        37.0,
        line_gap=6.2,
    )
    return cv.im


def cie_front(h: IdData, pxmm=14):
    cv = _card_base(pxmm, (232, 236, 226), "cief" + h.number)
    blue = (20, 50, 110)
    cv.t(4, 5.2, "REPUBBLICA ITALIANA", "sansb", 2.2, blue)
    cv.t(4, 8.3, "CARTA DI IDENTITÀ / IDENTITY CARD", "sansb", 1.9, blue)
    cv.t(82, 5.4, h.number, "sansb", 2.6, (190, 20, 30), "rs")
    cv.paste(face(int(22 * pxmm), int(28 * pxmm), h.key, female=(h.sex == "F")), 3, 12)
    lab, val = (80, 80, 80), (10, 10, 15)
    x = 28
    items = [
        ("COMUNE DI / MUNICIPALITY", h.extra.get("comune", "BOLOGNA")),
        ("COGNOME / SURNAME", h.surname.upper()),
        ("NOME / NAME", h.given.upper()),
        (
            "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            f"{h.pob.upper()} {D(h.dob).strftime('%d.%m.%Y')}",
        ),
    ]
    y = 12
    for lb, vv in items:
        cv.t(x, y, lb, "cond", 1.25, lab)
        cv.t(x, y + 2.6, vv, "sansb", 2.0, val)
        y += 5.4
    cv.t(x, y, "SESSO / SEX", "cond", 1.25, lab)
    cv.t(x, y + 2.6, h.sex, "sansb", 2.0, val)
    cv.t(x + 14, y, "STATURA / HEIGHT", "cond", 1.25, lab)
    cv.t(x + 14, y + 2.6, "166", "sansb", 2.0, val)
    cv.t(x + 32, y, "CITTADINANZA / NATIONALITY", "cond", 1.25, lab)
    cv.t(x + 32, y + 2.6, "ITA", "sansb", 2.0, val)
    y += 5.4
    cv.t(x, y, "EMISSIONE / ISSUING", "cond", 1.25, lab)
    cv.t(x, y + 2.6, D(h.issue).strftime("%d.%m.%Y"), "sansb", 2.0, val)
    cv.t(x + 26, y, "SCADENZA / EXPIRY", "cond", 1.25, lab)
    cv.t(x + 26, y + 2.6, D(h.expiry).strftime("%d.%m.%Y"), "sansb", 2.0, val)
    sig = signature_img(
        h.given.split()[0] + " " + h.surname.capitalize(),
        int(24 * pxmm),
        int(6 * pxmm),
        h.key + "cie",
    )
    cv.im.paste(sig, (int(3 * pxmm), int(43 * pxmm)), sig)
    return cv.im


def cie_back(h: IdData, pxmm=14):
    cv = _card_base(pxmm, (234, 236, 230), "cieb" + h.number)
    lab, val = (80, 80, 80), (10, 10, 15)
    cv.t(4, 5, "CODICE FISCALE / FISCAL CODE", "cond", 1.25, lab)
    cv.t(4, 7.8, h.extra.get("cf", ""), "sansb", 2.0, val)
    cv.t(4, 11, "INDIRIZZO DI RESIDENZA / RESIDENCE", "cond", 1.25, lab)
    cv.t(4, 13.8, h.extra.get("addr", ""), "sansb", 1.7, val)
    cv.t(4, 17, "ESTREMI ATTO DI NASCITA", "cond", 1.25, lab)
    cv.t(4, 19.8, h.extra.get("atto", ""), "sansb", 1.7, val)
    cv.rect(0, 30, 85.6, 24, fill=(244, 244, 240))
    mrz_draw(
        cv,
        td1(h.surname, h.given, h.number, "ITA", "ITA", h.dob, h.sex, h.expiry, doc="C<"),
        4.5,
        37.0,
        line_gap=6.2,
    )
    return cv.im


def dni_letter(n):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def dni_front(h: IdData, pxmm=14):
    cv = _card_base(pxmm, (240, 232, 222), "dnif" + h.number)
    red = (170, 30, 30)
    cv.t(4, 5.2, "ESPAÑA", "sansb", 2.6, red)
    cv.t(20, 5.2, "REINO DE ESPAÑA", "sans", 1.8, (60, 60, 60))
    cv.t(4, 8.5, "DOCUMENTO NACIONAL DE IDENTIDAD", "sansb", 1.9, (60, 60, 60))
    cv.t(82, 5.2, "DNI " + h.personal, "sansb", 2.4, (10, 10, 10), "rs")
    cv.paste(face(int(22 * pxmm), int(28 * pxmm), h.key, female=(h.sex == "F")), 3, 12)
    lab, val = (90, 80, 80), (10, 10, 15)
    x = 28
    sur = (
        h.surname.upper().split(" ", 1)
        if " " in h.surname and "DE " not in h.surname.upper()
        else [h.surname.upper()]
    )
    cv.t(x, 12, "APELLIDOS / SURNAME", "cond", 1.25, lab)
    yy = 14.6
    for s in sur:
        cv.t(x, yy, s, "sansb", 2.0, val)
        yy += 2.6
    cv.t(x, yy + 0.6, "NOMBRE / NAME", "cond", 1.25, lab)
    cv.t(x, yy + 3.2, h.given.upper(), "sansb", 2.0, val)
    y = yy + 6.4
    cv.t(x, y, "SEXO / SEX", "cond", 1.25, lab)
    cv.t(x, y + 2.6, h.sex, "sansb", 2.0, val)
    cv.t(x + 14, y, "NACIONALIDAD / NATIONALITY", "cond", 1.25, lab)
    cv.t(x + 14, y + 2.6, "ESP", "sansb", 2.0, val)
    y += 5.4
    cv.t(x, y, "FECHA DE NACIMIENTO / DATE OF BIRTH", "cond", 1.25, lab)
    cv.t(x, y + 2.6, D(h.dob).strftime("%d %m %Y"), "sansb", 2.0, val)
    y += 5.4
    cv.t(x, y, "NUM SOPORT", "cond", 1.25, lab)
    cv.t(x, y + 2.6, h.number, "sansb", 2.0, val)
    cv.t(x + 24, y, "VÁLIDO HASTA / VALID UNTIL", "cond", 1.25, lab)
    cv.t(x + 24, y + 2.6, D(h.expiry).strftime("%d %m %Y"), "sansb", 2.0, val)
    sig = signature_img(h.given.split()[0], int(22 * pxmm), int(6 * pxmm), h.key + "dni")
    cv.im.paste(sig, (int(3 * pxmm), int(43 * pxmm)), sig)
    return cv.im


def dni_back(h: IdData, pxmm=14):
    cv = _card_base(pxmm, (240, 234, 226), "dnib" + h.number)
    lab, val = (90, 80, 80), (10, 10, 15)
    cv.t(4, 5, "LUGAR DE NACIMIENTO", "cond", 1.25, lab)
    cv.t(4, 7.6, h.pob.upper(), "sansb", 1.8, val)
    cv.t(4, 10.6, "DOMICILIO", "cond", 1.25, lab)
    y = 13.2
    for ln in h.extra.get("addr", []):
        cv.t(4, y, ln, "sansb", 1.8, val)
        y += 2.5
    cv.t(4, 22, "HIJO/A DE", "cond", 1.25, lab)
    cv.t(4, 24.6, h.extra.get("parents", ""), "sansb", 1.8, val)
    cv.rect(0, 30, 85.6, 24, fill=(246, 242, 236))
    mrz_draw(
        cv,
        td1(
            h.surname,
            h.given,
            h.number,
            "ESP",
            "ESP",
            h.dob,
            h.sex,
            h.expiry,
            doc="ID",
            opt1=h.personal,
        ),
        4.5,
        37.0,
        line_gap=6.2,
    )
    return cv.im


def two_sides(front, back, pxmm=14, gap_mm=6, bg=(255, 255, 255), vertical=True):
    """Front above back, as copied on one sheet."""
    w, h = front.size
    g = int(gap_mm * pxmm)
    if vertical:
        im = Image.new("RGB", (w, 2 * h + g), bg)
        im.paste(front, (0, 0))
        im.paste(back, (0, h + g))
    else:
        im = Image.new("RGB", (2 * w + g, h), bg)
        im.paste(front, (0, 0))
        im.paste(back, (w + g, 0))
    return im


def card_on_mat(card, pad_mm=3, pxmm=14, color=(250, 250, 250)):
    w, h = card.size
    p = int(pad_mm * pxmm)
    im = Image.new("RGB", (w + 2 * p, h + 2 * p), color)
    im.paste(card, (p, p))
    return im
