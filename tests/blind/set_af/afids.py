"""Identity documents for set_af: passport data pages, French visa sticker, titre de séjour, CNI."""

from __future__ import annotations

import random

import numpy as np
from afcommon import Page, face, font, mrva, td1, td3
from PIL import Image, ImageDraw

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_TR = ["OCA", "ŞUB", "MAR", "NIS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"]


def d_en(iso: str, cap=True) -> str:
    m = MON_EN[int(iso[5:7]) - 1]
    return f"{iso[8:10]} {m if cap else m.title()} {iso[:4]}"


def d_tr(iso: str) -> str:
    m = int(iso[5:7]) - 1
    return f"{iso[8:10]} {MON_TR[m]}/{MON_EN[m]} {iso[:4]}"


def mrz_lines(pg: Page, x: float, y: float, lines, pitch=2.54, gap=4.2, col=(20, 20, 25)):
    ft = font("ocrb", 10 * pg.k)
    w = pg.d.textlength("<" * 10, font=ft) / pg.k / 10
    ft = font("ocrb", 10 * pg.k * pitch / w)
    for i, ln in enumerate(lines):
        for j, ch in enumerate(ln):
            pg.d.text((pg.p(x + j * pitch), pg.p(y + i * gap)), ch, font=ft, fill=col)


def guilloche(pg: Page, rng: random.Random, color, n=40, x0=0, y0=0, w=None, h=None):
    w = w or pg.img.width / pg.k
    h = h or pg.img.height / pg.k
    for i in range(n):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(2, 9)
        per = rng.uniform(12, 40)
        yb = y0 + h * i / n
        pts = [
            (pg.p(x0 + t), pg.p(yb + amp * np.sin(t / per * 6.28 + ph)))
            for t in np.linspace(0, w, 120)
        ]
        pg.d.line(pts, fill=color, width=1)


# ---------------------------------------------------------------- passports
PASSPORTS = {
    "USA": {
        "tint": (226, 232, 244),
        "line": (196, 208, 232),
        "title": ["PASSPORT", "PASSEPORT", "PASAPORTE"],
        "state": "UNITED STATES OF AMERICA",
        "labels": {
            "type": "Type / Type / Tipo",
            "code": "Code / Code / Código",
            "no": "Passport No. / No. du Passeport / No. del Pasaporte",
            "sur": "Surname / Nom / Apellidos",
            "giv": "Given Names / Prénoms / Nombres",
            "nat": "Nationality / Nationalité / Nacionalidad",
            "dob": "Date of birth / Date de naissance / Fecha de nacimiento",
            "pob": "Place of birth / Lieu de naissance / Lugar de nacimiento",
            "sex": "Sex / Sexe / Sexo",
            "doi": "Date of issue / Date de délivrance / Fecha de expedición",
            "exp": "Date of expiration / Date d'expiration / Fecha de caducidad",
            "auth": "Authority / Autorité / Autoridad",
        },
        "natname": "UNITED STATES OF AMERICA",
        "authority": "United States\nDepartment of State",
        "date": d_en,
    },
    "TUR": {
        "tint": (244, 228, 232),
        "line": (230, 196, 205),
        "title": ["PASAPORT", "PASSPORT"],
        "state": "TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE",
        "labels": {
            "type": "Tipi / Type",
            "code": "Ülke kodu / Country code",
            "no": "Pasaport No / Passport No",
            "sur": "Soyadı / Surname",
            "giv": "Adı / Given name(s)",
            "nat": "Uyruğu / Nationality",
            "dob": "Doğum tarihi / Date of birth",
            "pob": "Doğum yeri / Place of birth",
            "sex": "Cinsiyeti / Sex",
            "doi": "Veriliş tarihi / Date of issue",
            "exp": "Geçerlilik tarihi / Date of expiry",
            "auth": "Makamı / Authority",
            "pers": "T.C. Kimlik No / Personal No",
        },
        "natname": "T.C./TUR",
        "authority": "NÜFUS VE VATANDAŞLIK\nİŞLERİ GENEL MÜDÜRLÜĞÜ",
        "date": d_tr,
    },
}


def passport_page(rng: random.Random, cc: str, p: dict) -> Image.Image:
    """Data page of a US or Turkish passport (ICAO TD3, 125 x 88 mm)."""
    spec = PASSPORTS[cc]
    pg = Page(125, 88, dpi=300, bg=spec["tint"])
    guilloche(pg, rng, spec["line"], n=34)
    pg.text(120, 4.5, spec["state"], "serif_b", 3.2, (30, 40, 80), anchor="ra")
    pg.text(6, 9, " ".join(spec["title"]), "serif", 2.2, (60, 60, 90))
    pg.img.paste(face(rng, pg.p(32), pg.p(41)), (pg.p(5), pg.p(14)))
    lb = spec["labels"]
    lab = dict(f="sans", size=1.55, fill=(70, 70, 100))
    val = dict(f="courier", size=3.0, fill=(15, 15, 20))
    x = 41
    row = [(x, "type", "P"), (x + 18, "code", cc), (x + 48, "no", p["number"])]
    for xx, k, v in row:
        pg.text(xx, 11, lb[k], **lab)
        pg.text(xx, 13.2, v, **val)
    y = 18
    items = [
        ("sur", p["surname"].upper()),
        ("giv", p["given"].upper()),
        ("nat", spec["natname"]),
        ("dob", spec["date"](p["dob"])),
        ("pob", p["pob"]),
        ("doi", spec["date"](p["issued"])),
        ("exp", spec["date"](p["expiry"])),
    ]
    for k, v in items:
        pg.text(x, y, lb[k], **lab)
        pg.text(x, y + 2.1, v, **val)
        if k == "dob":
            pg.text(x + 52, y, lb["sex"], **lab)
            pg.text(
                x + 52,
                y + 2.1,
                p["sex"] if cc == "USA" else {"F": "K/F", "M": "E/M"}[p["sex"]],
                **val,
            )
        if k == "doi":
            pg.text(x + 44, y, lb["auth"], **lab)
            for i, a in enumerate(spec["authority"].split("\n")):
                pg.text(x + 44, y + 2.1 + i * 3.1, a, "courier", 2.2)
        y += 6.6
    if "pers" in lb:
        pg.text(x + 44, 31.2, lb["pers"], **lab)
        pg.text(x + 44, 33.3, p.get("personal", ""), **val)
    pg.text(6, 58, "Signature", "sans", 1.5, (70, 70, 100))
    pg.signature(rng, 8, 62, 22, 5, fill=(30, 30, 40))
    l1, l2 = td3(
        "P",
        cc,
        p["surname"],
        p["given"],
        p["number"],
        cc,
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal", ""),
    )
    pg.rect(0, 70, 125, 18, outline=spec["tint"], fill=(248, 248, 250))
    mrz_lines(pg, 6, 73.5, [l1, l2])
    return pg.img


def passport_cn(rng: random.Random, p: dict) -> Image.Image:
    """People's Republic of China e-passport data page, bilingual labels."""
    pg = Page(125, 88, dpi=300, bg=(236, 240, 232))
    guilloche(pg, rng, (210, 222, 205), n=30)
    guilloche(pg, rng, (232, 214, 214), n=12, y0=20, h=40)
    pg.text(
        62, 4, "中华人民共和国  PEOPLE'S REPUBLIC OF CHINA", "cjk", 3.0, (150, 30, 40), anchor="mt"
    )
    pg.text(8, 10, "护照  PASSPORT", "cjk", 2.8, (150, 30, 40))
    pg.img.paste(face(rng, pg.p(30), pg.p(40), hair=(15, 15, 15)), (pg.p(6), pg.p(17)))
    lab = dict(f="cjk", size=1.6, fill=(90, 70, 70))
    val = dict(f="cjk", size=2.8, fill=(10, 10, 10))
    x = 40
    pg.text(x, 10, "类型/Type", **lab)
    pg.text(x, 12.2, "P", **val)
    pg.text(x + 16, 10, "国家码/Country Code", **lab)
    pg.text(x + 16, 12.2, "CHN", **val)
    pg.text(x + 46, 10, "护照号/Passport No.", **lab)
    pg.text(x + 46, 12.2, p["number"], **val)
    rows = [
        ("姓/Surname", f"{p['cn_sur']}  {p['surname'].upper()}"),
        ("名/Given names", f"{p['cn_giv']}  {p['given'].upper()}"),
        ("性别/Sex", {"F": "女/F", "M": "男/M"}[p["sex"]]),
        ("出生日期/Date of birth", d_en(p["dob"])),
        ("出生地点/Place of birth", p["pob"]),
        ("签发日期/Date of issue", d_en(p["issued"])),
        ("有效期至/Date of expiry", d_en(p["expiry"])),
    ]
    y = 17
    for k, v in rows:
        pg.text(x, y, k, **lab)
        pg.text(x, y + 2.1, v, **val)
        y += 6.3
    pg.text(x + 44, 36, "国籍/Nationality", **lab)
    pg.text(x + 44, 38.1, "中国/CHINESE", **val)
    pg.text(x + 44, 48.6, "签发地点/Place of issue", **lab)
    pg.text(x + 44, 50.7, p["poi"], **val)
    pg.text(x + 44, 55, "签发机关/Authority", **lab)
    pg.text(x + 44, 57.1, "中华人民共和国国家移民管理局", "cjk", 2.0)
    pg.text(x + 44, 59.9, "National Immigration Administration, PRC", "cjk", 1.6)
    l1, l2 = td3(
        "PO",
        "CHN",
        p["surname"],
        p["given"],
        p["number"],
        "CHN",
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal", ""),
    )
    pg.rect(0, 70, 125, 18, outline=(236, 240, 232), fill=(246, 248, 244))
    mrz_lines(pg, 6, 73.5, [l1, l2])
    return pg.img


def passport_ma(rng: random.Random, p: dict) -> Image.Image:
    """Kingdom of Morocco biometric passport data page (French / Arabic)."""
    pg = Page(125, 88, dpi=300, bg=(236, 233, 245))
    guilloche(pg, rng, (214, 206, 232), n=36)
    pg.text(
        118, 4, "المملكة المغربية", "arabic_b", 3.4, (120, 30, 40), anchor="ra", direction="rtl"
    )
    pg.text(6, 4.5, "ROYAUME DU MAROC", "serif_b", 3.0, (120, 30, 40))
    pg.text(6, 9.5, "PASSEPORT", "serif", 2.4, (60, 50, 90))
    pg.text(118, 9.6, "جواز السفر", "arabic", 2.6, (60, 50, 90), anchor="ra", direction="rtl")
    pg.img.paste(face(rng, pg.p(31), pg.p(40)), (pg.p(5), pg.p(16)))
    x = 40
    lab = dict(f="arial", size=1.6, fill=(80, 70, 110))
    val = dict(f="arial_b", size=2.7, fill=(20, 20, 30))
    pg.text(x, 14, "Type", **lab)
    pg.text(x, 16.1, "P", **val)
    pg.text(x + 12, 14, "Code du pays", **lab)
    pg.text(x + 12, 16.1, "MAR", **val)
    pg.text(x + 40, 14, "N° du passeport", **lab)
    pg.text(x + 40, 16.1, p["number"], **val)
    rows = [
        ("Nom", p["surname"].upper(), "النسب", p["ar_sur"]),
        ("Prénoms", p["given"].upper(), "الاسم", p["ar_giv"]),
        ("Nationalité", "MAROCAINE", "الجنسية", "مغربية"),
        ("Date de naissance", p["dob"][8:] + " " + p["dob"][5:7] + " " + p["dob"][:4], None, None),
        ("Lieu de naissance", p["pob"], None, None),
        (
            "Date de délivrance",
            p["issued"][8:] + " " + p["issued"][5:7] + " " + p["issued"][:4],
            None,
            None,
        ),
        (
            "Date d'expiration",
            p["expiry"][8:] + " " + p["expiry"][5:7] + " " + p["expiry"][:4],
            None,
            None,
        ),
    ]
    y = 20.5
    for k, v, ak, av in rows:
        pg.text(x, y, k, **lab)
        pg.text(x, y + 2.1, v, **val)
        if ak:
            pg.text(119, y - 0.4, ak, "arabic", 1.8, (80, 70, 110), anchor="ra", direction="rtl")
            pg.text(119, y + 1.6, av, "arabic_b", 2.6, (20, 20, 30), anchor="ra", direction="rtl")
        y += 6.3
    pg.text(x + 44, 39.4, "Sexe", **lab)
    pg.text(x + 44, 41.5, p["sex"], **val)
    pg.text(x + 44, 52, "N° CIN", **lab)
    pg.text(x + 44, 54.1, p["personal"], **val)
    pg.text(x + 44, 58.3, "Autorité", **lab)
    pg.text(x + 44, 60.4, "DGSN", **val)
    l1, l2 = td3(
        "P",
        "MAR",
        p["surname"],
        p["given"],
        p["number"],
        "MAR",
        p["dob"],
        p["sex"],
        p["expiry"],
        p["personal"],
    )
    pg.rect(0, 70, 125, 18, outline=(236, 233, 245), fill=(246, 245, 250))
    mrz_lines(pg, 6, 73.5, [l1, l2])
    return pg.img


# ---------------------------------------------------------------- French visa sticker
def visa_page(rng: random.Random, v: dict) -> Image.Image:
    """A passport page with a French long-stay visa (vignette, ICAO MRV-A) glued on."""
    pg = Page(125, 88, dpi=300, bg=(232, 236, 240))
    guilloche(pg, rng, (214, 220, 228), n=26)
    pg.text(120, 4, v.get("page_no", "12"), "sans", 2.0, (120, 120, 130), anchor="ra")
    sx, sy, sw, sh = 4, 8, 116, 78
    st = Page(sw, sh, dpi=300, bg=(228, 236, 246))
    guilloche(st, rng, (200, 214, 238), n=50)
    guilloche(st, rng, (238, 214, 222), n=18, y0=10, h=40)
    st.text(3, 3, "VISA", "sans_b", 4.2, (30, 50, 120))
    st.text(25, 3.6, "FRA", "sans_b", 3.4, (30, 50, 120))
    st.text(sw - 3, 3, v["number"], "sans_b", 3.6, (190, 30, 40), anchor="ra")
    st.img.paste(face(rng, st.p(24), st.p(31)).convert("L").convert("RGB"), (st.p(3), st.p(11)))
    lab = dict(f="cond", size=1.45, fill=(50, 60, 110))
    val = dict(f="mono", size=2.4, fill=(10, 10, 15))
    x = 30
    st.text(x, 10, "VALABLE POUR / VALID FOR", **lab)
    st.text(x, 12, "FRANCE", **val)
    st.text(x, 16, "DU / FROM", **lab)
    st.text(x, 18, v["from"][8:] + "-" + v["from"][5:7] + "-" + v["from"][2:4], **val)
    st.text(x + 26, 16, "AU / UNTIL", **lab)
    st.text(x + 26, 18, v["until"][8:] + "-" + v["until"][5:7] + "-" + v["until"][2:4], **val)
    st.text(x, 22, "TYPE DE VISA / TYPE OF VISA", **lab)
    st.text(x, 24, "D", **val)
    st.text(x + 26, 22, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", **lab)
    st.text(x + 26, 24, "MULT", **val)
    st.text(x, 28, "DURÉE DU SÉJOUR / DURATION OF VISIT", **lab)
    st.text(x, 30, f"{v['days']} JOURS", **val)
    st.text(x + 40, 28, "DÉLIVRÉ À / ISSUED IN", **lab)
    st.text(x + 40, 30, v["issued_in"], **val)
    st.text(x, 34, "LE / ON", **lab)
    st.text(x, 36, v["issued"][8:] + "-" + v["issued"][5:7] + "-" + v["issued"][:4], **val)
    st.text(x + 40, 34, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", **lab)
    st.text(x + 40, 36, v["passport"], **val)
    st.text(3, 44, "NOM, PRÉNOM / SURNAME, NAME", **lab)
    st.text(3, 46, f"{v['surname'].upper()}, {v['given'].upper()}", **val)
    st.text(3, 51, "REMARQUES / REMARKS", **lab)
    for i, r in enumerate(v["remarks"]):
        st.text(3, 53.2 + i * 2.8, r, **val)
    l1, l2 = mrva(
        "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"]
    )
    mrz_lines(st, 2.5, 67.5, [l1, l2], pitch=2.5, gap=4.3)
    pg.img.paste(
        st.img.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=(232, 236, 240)),
        (pg.p(sx), pg.p(sy)),
    )
    pg.stamp(
        rng,
        96,
        36,
        9,
        ["ENTRÉE", v["stamp_date"], "CDG"],
        color=(60, 40, 120),
        ring_text="POLICE AUX FRONTIERES",
    )
    return pg.img


# ---------------------------------------------------------------- French ID-1 cards
def titre_sejour(rng: random.Random, t: dict) -> tuple[Image.Image, Image.Image]:
    """French residence permit (2020 model, ID-1), front and back."""
    bg = (226, 232, 224)
    f = Page(85.6, 54, dpi=400, bg=bg)
    guilloche(f, rng, (205, 218, 204), n=30)
    f.rect(0, 0, 85.6, 7, outline=(40, 60, 130), fill=(40, 60, 130))
    f.text(3, 1.5, "RÉPUBLIQUE FRANÇAISE", "arial_b", 2.4, (255, 255, 255))
    f.text(83, 1.8, "TITRE DE SÉJOUR", "arial_b", 2.0, (255, 255, 255), anchor="ra")
    f.img.paste(face(rng, f.p(22), f.p(28), bg=(230, 230, 230)), (f.p(3), f.p(10)))
    f.text(83, 8.5, t["number"], "arial_b", 2.6, (170, 30, 40), anchor="ra")
    lab = dict(f="arial", size=1.25, fill=(60, 70, 90))
    val = dict(f="arial_b", size=2.0, fill=(10, 10, 15))
    x, y = 27, 12
    rows = [
        ("NOM / Surname", t["surname"].upper()),
        ("Prénoms / Given names", t["given"].upper()),
        ("Date de naiss. / Date of birth", t["dob"][8:] + " " + t["dob"][5:7] + " " + t["dob"][:4]),
        ("Type de titre / Type of permit", t["kind"]),
        ("Mention / Remarks", t["mention"]),
    ]
    for k, v in rows:
        f.text(x, y, k, **lab)
        f.text(x, y + 1.5, v, **val)
        y += 5.2
    f.text(x + 30, 22.4, "Sexe / Sex", **lab)
    f.text(x + 30, 23.9, t["sex"], **val)
    f.text(x + 40, 22.4, "Nationalité", **lab)
    f.text(x + 40, 23.9, t["nat"], **val)
    f.text(x, 39, "Valable jusqu'au / Valid until", **lab)
    f.text(x, 40.5, t["expiry"][8:] + " " + t["expiry"][5:7] + " " + t["expiry"][:4], **val)
    f.signature(rng, 4, 44, 18, 4, fill=(20, 20, 30))
    b = Page(85.6, 54, dpi=400, bg=bg)
    guilloche(b, rng, (205, 218, 204), n=24)
    b.text(3, 3, "Lieu de naissance / Place of birth", **lab)
    b.text(3, 4.6, t["pob"], **val)
    b.text(3, 8, "Adresse / Address", **lab)
    for i, a in enumerate(t["address"]):
        b.text(3, 9.6 + i * 2.4, a, "arial_b", 1.8)
    b.text(3, 16.5, "Délivré le / Date of issue", **lab)
    b.text(3, 18.1, t["issued"][8:] + " " + t["issued"][5:7] + " " + t["issued"][:4], **val)
    b.text(40, 16.5, "Autorité / Authority", **lab)
    b.text(40, 18.1, t["authority"], **val)
    b.text(3, 22, "Observations", **lab)
    b.text(3, 23.6, t.get("obs", "AUTORISE SON TITULAIRE A TRAVAILLER"), "arial", 1.6)
    l1, l2, l3 = td1(
        "IR",
        "FRA",
        t["number"],
        t["dob"],
        t["sex"],
        t["expiry"],
        t["nat"],
        t["surname"],
        t["given"],
    )
    b.rect(0, 34, 85.6, 20, outline=bg, fill=(244, 246, 242))
    mrz_lines(b, 4, 36.5, [l1, l2, l3], pitch=2.54, gap=4.6)
    return f.img, b.img


def cni_fr(rng: random.Random, c: dict) -> tuple[Image.Image, Image.Image]:
    """French national identity card (2021 model, ID-1), front and back."""
    bg = (232, 228, 240)
    f = Page(85.6, 54, dpi=400, bg=bg)
    guilloche(f, rng, (214, 208, 232), n=30)
    f.text(3, 2, "RÉPUBLIQUE FRANÇAISE", "arial_b", 2.4, (40, 50, 120))
    f.text(3, 5.2, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "arial", 1.6, (40, 50, 120))
    f.img.paste(
        face(rng, f.p(22), f.p(28), bg=(235, 235, 235)).convert("L").convert("RGB"),
        (f.p(3), f.p(12)),
    )
    lab = dict(f="arial", size=1.2, fill=(70, 70, 110))
    val = dict(f="arial_b", size=2.0, fill=(10, 10, 15))
    x = 27
    f.text(x, 9.5, "N° DU DOCUMENT / Document No", **lab)
    f.text(x, 11, c["number"], **val)
    rows = [
        ("NOM / Surname", c["surname"].upper()),
        ("Prénoms / Given names", c["given"].upper().replace(" ", ", ")),
        ("DATE DE NAISS. / Date of birth", c["dob"][8:] + " " + c["dob"][5:7] + " " + c["dob"][:4]),
        ("LIEU DE NAISSANCE / Place of birth", c["pob"]),
        (
            "DATE D'EXPIR. / Expiry date",
            c["expiry"][8:] + " " + c["expiry"][5:7] + " " + c["expiry"][:4],
        ),
    ]
    y = 15
    for k, v in rows:
        f.text(x, y, k, **lab)
        f.text(x, y + 1.5, v, **val)
        y += 5.0
    f.text(x + 38, 25, "SEXE", **lab)
    f.text(x + 38, 26.5, c["sex"], **val)
    f.text(x + 46, 25, "NATIONALITÉ", **lab)
    f.text(x + 46, 26.5, "FRA", **val)
    f.signature(rng, 4, 45, 18, 4, fill=(20, 20, 30))
    b = Page(85.6, 54, dpi=400, bg=bg)
    guilloche(b, rng, (214, 208, 232), n=24)
    b.text(3, 3, "DATE DE DÉLIVRANCE / Date of issue", **lab)
    b.text(3, 4.6, c["issued"][8:] + " " + c["issued"][5:7] + " " + c["issued"][:4], **val)
    b.text(3, 9, "AUTORITÉ DE DÉLIVRANCE", **lab)
    b.text(3, 10.6, c["authority"], **val)
    l1, l2, l3 = td1(
        "ID", "FRA", c["number"], c["dob"], c["sex"], c["expiry"], "FRA", c["surname"], c["given"]
    )
    b.rect(0, 34, 85.6, 20, outline=bg, fill=(246, 244, 250))
    mrz_lines(b, 4, 36.5, [l1, l2, l3], pitch=2.54, gap=4.6)
    return f.img, b.img


def on_a4(cards: list[Image.Image], dpi=200) -> Image.Image:
    """Cards laid on an A4 sheet, as for a photocopy of both sides."""
    page = Image.new("RGB", (int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)), (255, 255, 255))
    y = int(30 / 25.4 * dpi)
    for c in cards:
        w = int(c.width * dpi / 400)
        h = int(c.height * dpi / 400)
        im = c.resize((w, h), Image.LANCZOS)
        x = (page.width - w) // 2
        page.paste(im, (x, y))
        ImageDraw.Draw(page).rectangle((x, y, x + w, y + h), outline=(120, 120, 120))
        y += h + int(20 / 25.4 * dpi)
    return page
