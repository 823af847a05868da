"""Identity and residence documents of blind set cc (drawn from public descriptions of the
ICAO 9303 data page, the Schengen/French visa sticker, French ID-1 cards and récépissés)."""

from __future__ import annotations

import random

from cc_checks import fr
from cc_core import ImgPage
from cc_looks import face, pseudo_datamatrix

INK = (25, 25, 30)
LAB = (70, 70, 90)


def mrz_block(pg, x, y, lines, pitch=2.54, size=10.0, color=(20, 20, 22), lead=4.6):
    cw = pg.width("M", "mono", size)
    for i, ln in enumerate(lines):
        pg.text(x, y + i * lead, ln, "mono", size, color, cs=pitch - cw)


def lv(
    pg, x, y, label, value, lsize=4.6, vsize=8.2, vfont="sans-b", lcol=LAB, vcol=INK, rtl_label=None
):
    pg.text(x, y, label, "sans", lsize, lcol)
    if rtl_label:
        pg.text(
            x
            + pg.width(label, "sans", lsize)
            + 1.5
            + pg.width(rtl_label, "amiri", lsize + 1, rtl=True),
            y,
            rtl_label,
            "amiri",
            lsize + 1,
            lcol,
            anchor="r",
            rtl=True,
        )
    pg.text(x, y + vsize * 0.42, value, vfont, vsize, vcol)


# --------------------------------------------------------------------------- passports

MONTHS = {
    "BRA": "JAN/JAN FEV/FEB MAR/MAR ABR/APR MAI/MAY JUN/JUN JUL/JUL AGO/AUG SET/SEP OUT/OCT NOV/NOV DEZ/DEC",
    "TUR": "Oca/Jan Şub/Feb Mar/Mar Nis/Apr May/May Haz/Jun Tem/Jul Ağu/Aug Eyl/Sep Eki/Oct Kas/Nov Ara/Dec",
}

SPEC = {
    "MAR": {
        "col": (0, 105, 80),
        "col2": (190, 30, 45),
        "bg": (236, 244, 232),
        "head": ["ROYAUME DU MAROC"],
        "head_ar": "المملكة المغربية",
        "title": "PASSEPORT",
        "title_ar": "جواز السفر",
        "L": {
            "type": "Type",
            "code": "Code du pays",
            "no": "N° du passeport",
            "sur": "Nom",
            "giv": "Prénoms",
            "nat": "Nationalité",
            "dob": "Date de naissance",
            "sex": "Sexe",
            "pob": "Lieu de naissance",
            "iss": "Date de délivrance",
            "exp": "Date d'expiration",
            "auth": "Autorité",
            "pers": "N° CNIE",
        },
        "AR": {
            "type": "النوع",
            "code": "رمز البلد",
            "no": "رقم الجواز",
            "sur": "النسب",
            "giv": "الاسم الشخصي",
            "nat": "الجنسية",
            "dob": "تاريخ الازدياد",
            "sex": "الجنس",
            "pob": "مكان الازدياد",
            "iss": "تاريخ الإصدار",
            "exp": "تاريخ انتهاء الصلاحية",
            "auth": "السلطة",
            "pers": "رقم البطاقة",
        },
        "natword": "MAROCAINE",
        "datefmt": "slash",
    },
    "COD": {
        "col": (20, 70, 150),
        "col2": (200, 160, 20),
        "bg": (232, 238, 248),
        "head": ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "DEMOCRATIC REPUBLIC OF THE CONGO"],
        "title": "PASSEPORT / PASSPORT",
        "L": {
            "type": "Type / Type",
            "code": "Code du pays / Country code",
            "no": "Passeport N° / Passport No.",
            "sur": "Nom / Surname",
            "giv": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "pob": "Lieu de naissance / Place of birth",
            "iss": "Date de délivrance / Date of issue",
            "exp": "Date d'expiration / Date of expiry",
            "auth": "Autorité / Authority",
        },
        "natword": "CONGOLAISE",
        "datefmt": "slash",
    },
    "BRA": {
        "col": (0, 70, 110),
        "col2": (0, 130, 70),
        "bg": (230, 242, 240),
        "head": ["REPÚBLICA FEDERATIVA DO BRASIL"],
        "title": "PASSAPORTE  PASSPORT  PASSEPORT",
        "L": {
            "type": "TIPO/TYPE/TYPE",
            "code": "PAÍS EMISSOR/ISSUING COUNTRY/PAYS ÉMETTEUR",
            "no": "PASSAPORTE Nº/PASSPORT No./PASSEPORT Nº",
            "sur": "SOBRENOME/SURNAME/NOM",
            "giv": "NOME/GIVEN NAMES/PRÉNOMS",
            "nat": "NACIONALIDADE/NATIONALITY/NATIONALITÉ",
            "dob": "DATA DE NASCIMENTO/DATE OF BIRTH/DATE DE NAISSANCE",
            "sex": "SEXO/SEX/SEXE",
            "pob": "NATURALIDADE/PLACE OF BIRTH/LIEU DE NAISSANCE",
            "iss": "DATA DE EXPEDIÇÃO/DATE OF ISSUE/DATE DE DÉLIVRANCE",
            "exp": "VÁLIDO ATÉ/DATE OF EXPIRY/DATE D'EXPIRATION",
            "auth": "AUTORIDADE/AUTHORITY/AUTORITÉ",
            "pers": "FILIAÇÃO/FILIATION/FILIATION",
        },
        "natword": "BRASILEIRO(A)",
        "datefmt": "BRA",
    },
    "TUR": {
        "col": (130, 20, 40),
        "col2": (200, 40, 50),
        "bg": (246, 234, 236),
        "head": ["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"],
        "title": "PASAPORT / PASSPORT",
        "L": {
            "type": "Tipi / Type",
            "code": "Ülke kodu / Country code",
            "no": "Pasaport No / Passport No",
            "sur": "Soyadı / Surname",
            "giv": "Adı / Given name(s)",
            "nat": "Uyruğu / Nationality",
            "dob": "Doğum tarihi / Date of birth",
            "sex": "Cinsiyeti / Sex",
            "pob": "Doğum yeri / Place of birth",
            "iss": "Veriliş tarihi / Date of issue",
            "exp": "Geçerlilik tarihi / Date of expiry",
            "auth": "Makam / Authority",
            "pers": "T.C. Kimlik No / Personal No",
        },
        "natword": "T.C. / TURKISH",
        "datefmt": "TUR",
    },
}


def pdate(d, fmt):
    if fmt in MONTHS:
        return f"{d.day:02d} {MONTHS[fmt].split()[d.month - 1]} {d.year}"
    return fr(d)


def passport_page(pg, ox, oy, p, rng: random.Random):
    """ICAO TD3 data page, 125 x 88 mm, drawn at (ox, oy). p: the passport's data."""
    s = SPEC[p["state"]]
    W, H = 125.0, 88.0
    pg.rect(ox, oy, W, H, fill=s["bg"])
    soft = tuple(int(255 - (255 - c) * 0.22) for c in s["col"])
    pg.guilloche(ox + 2, oy + 12, W - 4, 50, soft, rng, n=34, lw=0.12, amp=3)
    pg.ellipse(ox + 95, oy + 40, 26, 20, stroke=soft, lw=0.25)
    pg.ellipse(ox + 95, oy + 40, 21, 15, stroke=soft, lw=0.2)
    y = oy + 5.2
    for i, hline in enumerate(s["head"]):
        pg.text(ox + W / 2 + 8, y + i * 3.6, hline, "sans-b", 7 if i == 0 else 5.6, s["col"], "c")
    if s.get("head_ar"):
        pg.text(ox + W - 4, y + 0.3, s["head_ar"], "amiri-b", 9, s["col"], "r", rtl=True)
    pg.text(ox + 4, y + 0.5, s["title"], "sans-b", 6.8, s["col2"])
    if s.get("title_ar"):
        pg.text(
            ox + 4 + pg.width(s["title"], "sans-b", 6.8) + 12,
            y + 0.5,
            s["title_ar"],
            "amiri-b",
            8.5,
            s["col2"],
            "r",
            rtl=True,
        )
    # photo, ghost image
    ph = face(
        330,
        420,
        random.Random(p["face_seed"]),
        p["skin"],
        p["hair"],
        p["sex"] == "F",
        bg=(225, 228, 232),
    )
    pg.image(ph, ox + 5, oy + 16, 30, 38)
    ghost = face(
        110, 140, random.Random(p["face_seed"]), p["skin"], p["hair"], p["sex"] == "F", gray=True
    )
    with pg.ink(0.35):
        pg.image(ghost, ox + 106, oy + 48, 13, 16.5)
    L, AR = s["L"], s.get("AR", {})
    x1, x2, x3 = ox + 39, ox + 64, ox + 92
    r = [oy + 15, oy + 22.5, oy + 30, oy + 37.5, oy + 45, oy + 52.5, oy + 60]
    f = s["datefmt"]
    ar = lambda k: AR.get(k)
    lv(pg, x1, r[0], L["type"], "P", rtl_label=ar("type"))
    lv(pg, x2, r[0], L["code"], p["state"], rtl_label=ar("code"))
    lv(pg, x3, r[0], L["no"], p["number"], vsize=9, rtl_label=ar("no"))
    lv(pg, x1, r[1], L["sur"], p["surname_vis"], vsize=9, rtl_label=ar("sur"))
    if p.get("surname_ar"):
        pg.text(ox + W - 6, r[1] + 4, p["surname_ar"], "amiri-b", 10, INK, "r", rtl=True)
    lv(pg, x1, r[2], L["giv"], p["given_vis"], vsize=9, rtl_label=ar("giv"))
    if p.get("given_ar"):
        pg.text(ox + W - 6, r[2] + 4, p["given_ar"], "amiri-b", 10, INK, "r", rtl=True)
    lv(pg, x1, r[3], L["nat"], s["natword"], rtl_label=ar("nat"))
    if "pers" in L and p.get("personal_vis"):
        lv(pg, x3 - 8, r[3], L["pers"], p["personal_vis"], rtl_label=ar("pers"))
    lv(pg, x1, r[4], L["dob"], pdate(p["dob"], f), rtl_label=ar("dob"))
    sexw = {"TUR": {"F": "K/F", "M": "E/M"}}.get(p["state"], {}).get(p["sex"], p["sex"])
    lv(pg, x3 - 2, r[4], L["sex"], sexw, rtl_label=ar("sex"))
    lv(pg, x1, r[5], L["pob"], p["pob_vis"], rtl_label=ar("pob"))
    lv(pg, x1, r[6], L["iss"], pdate(p["issued"], f), rtl_label=ar("iss"))
    lv(pg, x3 - 12, r[6], L["exp"], pdate(p["expiry"], f), rtl_label=ar("exp"))
    lv(pg, x1, r[6] + 7.2, L["auth"], p["authority"], vsize=7, rtl_label=ar("auth"))
    if p.get("holder_signs"):
        pg.signature(ox + 8, oy + 56, 22, 8, random.Random(p["sig_seed"]), (20, 20, 60), lw=0.3)
    mrz_block(pg, ox + 6.5, oy + 77.5, p["mrz"])


def visa_page_bg(pg, ox, oy, rng, col, num):
    W, H = 125.0, 88.0
    pg.rect(ox, oy, W, H, fill=(248, 246, 238))
    soft = tuple(int(255 - (255 - c) * 0.16) for c in col)
    pg.guilloche(ox + 3, oy + 6, W - 6, H - 12, soft, rng, n=24, lw=0.1, amp=4)
    pg.text(ox + W / 2, oy + 6, "VISAS", "sans-b", 6, soft, "c")
    pg.text(ox + W - 6, oy + H - 3.5, str(num), "sans", 6, (120, 120, 120), "r")


def booklet(p, rng: random.Random, upper=None, dpi=420):
    """An open passport: the upper page (visas or observations) above the data page."""
    pg = ImgPage(131, 184, dpi, bg=p["cover"])
    s = SPEC[p["state"]]
    visa_page_bg(pg, 3, 4, rng, s["col"], 2)
    if upper:
        upper(pg, 3, 4)
    pg.line(3, 92, 128, 92, 0.4, (150, 150, 150))
    passport_page(pg, 3, 93, p, rng)
    return pg.im


def visa_page(p, rng: random.Random, sticker, stamp=None, dpi=400):
    """Two facing visa pages of the open passport with the visa sticker on one."""
    pg = ImgPage(131, 184, dpi, bg=p["cover"])
    s = SPEC[p["state"]]
    visa_page_bg(pg, 3, 4, rng, s["col"], 14)
    visa_page_bg(pg, 3, 93, rng, s["col"], 15)
    pg.line(3, 92, 128, 92, 0.4, (150, 150, 150))
    if stamp:
        stamp(pg, 3, 4)
    visa_sticker(pg, 5.5, 96, sticker, rng)
    return pg.im


# --------------------------------------------------------------------------- visa sticker


def visa_sticker(pg, ox, oy, v, rng: random.Random):
    """French long-stay visa sticker (uniform format, 120 x 80 mm, MRV-A zone)."""
    W, H = 120.0, 81.0
    pg.rect(ox, oy, W, H, fill=(242, 238, 246), stroke=(190, 180, 200), lw=0.2, r=1.5)
    pg.guilloche(ox + 1, oy + 1, W - 2, 58, (205, 195, 225), rng, n=46, lw=0.1, amp=2.5)
    for k in range(7):
        pg.ellipse(ox + 88, oy + 28, 8 + k * 3, 6 + k * 2.2, stroke=(215, 200, 215), lw=0.15)
    pg.text(ox + 3, oy + 6, "VISA", "sans-b", 11, (60, 40, 110))
    pg.text(ox + 22, oy + 6, "FRA", "sans-b", 9, (60, 40, 110))
    pg.text(ox + W - 3, oy + 6.2, v["number"], "sans-b", 10, (200, 30, 40), "r", cs=0.25)
    ph = face(
        260,
        330,
        random.Random(v["face_seed"]),
        v["skin"],
        v["hair"],
        v["sex"] == "F",
        gray=False,
        bg=(230, 230, 236),
    )
    pg.image(ph, ox + 3, oy + 11, 24, 30)
    x, y = ox + 32, oy + 11.5
    ls = 4.2
    lab = (80, 70, 110)

    def f(xx, yy, label, value, vs=7.6):
        pg.text(xx, yy, label, "sans", ls, lab)
        pg.text(xx, yy + 3.5, value, "mono-b", vs, INK)

    f(x, y, "VALABLE POUR", v["valid_for"])
    f(x + 38, y, "DU", fr(v["valid_from"], "-"))
    f(x + 62, y, "AU", fr(v["valid_until"], "-"))
    f(x, y + 7.5, "TYPE DE VISA", v["type"])
    f(x + 24, y + 7.5, "DURÉE DE SÉJOUR", f"{v['days']} JOURS")
    f(x + 56, y + 7.5, "NOMBRE D'ENTRÉES", v["entries"])
    f(x, y + 15, "DÉLIVRÉ À", v["post"])
    f(x + 38, y + 15, "LE", fr(v["issued"], "-"))
    f(x + 62, y + 15, "NUMÉRO DE PASSEPORT", v["passport_no"])
    f(x, y + 22.5, "NOM, PRÉNOM", f"{v['surname_vis']}, {v['given_vis']}", 7.2)
    pg.text(ox + 3, oy + 45.5, "REMARQUES", "sans", ls, lab)
    for i, ln in enumerate(v["remarks"]):
        pg.text(ox + 3, oy + 49.5 + i * 3.4, ln, "mono-b", 6.6, INK)
    pg.rect(ox, oy + H - 13.5, W, 13.5, fill=(250, 250, 252))
    mrz_block(pg, ox + 3.2, oy + H - 8.4, v["mrz"], pitch=2.58, size=9.6, lead=4.3)
    with pg.ink(0.55):  # the consulate's dry stamp over the photo corner
        pg.ellipse(ox + 25, oy + 39, 6, 6, stroke=(150, 150, 170), lw=0.3)


def entry_stamp(pg, ox, oy, rng, place, date):
    col = rng.choice([(30, 40, 140), (20, 20, 20), (120, 30, 40)])
    x, y = ox + rng.uniform(30, 70), oy + rng.uniform(20, 45)
    with pg.ink(0.7):
        pg.rect(x, y, 30, 20, stroke=col, lw=0.5, r=2.5)
        pg.text(x + 3, y + 6, "F", "sans-b", 10, col)
        pg.text(x + 10, y + 5.5, place, "sans-b", 5.5, col)
        pg.text(x + 15, y + 12, fr(date, "."), "mono-b", 7, col, "c")
        pg.poly([(x + 4, y + 16), (x + 8, y + 14.5), (x + 4, y + 18)], fill=col)
        pg.text(x + 26, y + 18, str(rng.randint(10, 99)), "sans", 5, col, "r")


# --------------------------------------------------------------------------- French cards


def card_base(pg, ox, oy, rng, tint=(226, 232, 242), col=(40, 70, 140)):
    W, H = 85.6, 54.0
    pg.rect(ox, oy, W, H, fill=tint, stroke=(190, 195, 205), lw=0.2, r=3.2)
    soft = tuple(int(255 - (255 - c) * 0.18) for c in col)
    pg.guilloche(ox + 1.5, oy + 2, W - 3, H - 4, soft, rng, n=30, lw=0.08, amp=2)
    return W, H


def mrz_band(pg, ox, oy, W, H, col):
    pg.rect(ox + 0.1, oy + H - 17, W - 0.2, 16.9, fill=col, r=3.1)
    pg.rect(ox + 0.1, oy + H - 17, W - 0.2, 5, fill=col)
    pg.rect(ox, oy, W, H, stroke=(190, 195, 205), lw=0.2, r=3.2)


def marianne(pg, x, y, s=1.0):
    pg.rect(x, y, 4 * s, 6 * s, fill=(0, 35, 149))
    pg.rect(x + 4 * s, y, 4 * s, 6 * s, fill=(245, 245, 245))
    pg.rect(x + 8 * s, y, 4 * s, 6 * s, fill=(237, 41, 57))


def cni_front(pg, ox, oy, c, rng):
    W, H = card_base(pg, ox, oy, rng, tint=(238, 232, 240), col=(60, 90, 170))
    marianne(pg, ox + 3, oy + 3, 0.55)
    pg.text(ox + 11, oy + 5.2, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.4, (30, 40, 110))
    pg.text(
        ox + 11,
        oy + 8.6,
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "sans-b",
        4.4,
        (30, 40, 110),
    )
    ph = face(220, 290, random.Random(c["face_seed"]), c["skin"], c["hair"], c["sex"] == "F")
    pg.image(ph, ox + 3, oy + 13, 22, 29)
    x = ox + 28
    lv(pg, x, oy + 14, "NOM / Surname", c["surname"], 3.2, 6.4)
    lv(pg, x, oy + 19.5, "NOM D'USAGE / Alternative name", c.get("usage", ""), 3.2, 6.0)
    lv(pg, x, oy + 25, "PRÉNOMS / Given names", c["given_vis"], 3.2, 6.2)
    lv(pg, x, oy + 30.5, "SEXE / Sex", c["sex"], 3.2, 6.2)
    lv(pg, x + 14, oy + 30.5, "NATIONALITÉ / Nationality", "FRA", 3.2, 6.2)
    lv(pg, x + 40, oy + 30.5, "DATE DE NAISS. / Date of birth", fr(c["dob"], " "), 3.2, 6.2)
    lv(pg, x, oy + 36, "LIEU DE NAISSANCE / Place of birth", c["pob"], 3.2, 6.0)
    lv(pg, x, oy + 41.5, "N° DU DOCUMENT / Document No", c["number"], 3.2, 6.4)
    lv(pg, x + 30, oy + 41.5, "DATE D'EXPIR. / Expiry date", fr(c["expiry"], " "), 3.2, 6.2)
    pg.text(ox + 3, oy + 45, "SIGNATURE", "sans", 3, LAB)
    pg.signature(ox + 3, oy + 45.5, 20, 6.5, random.Random(c["sig_seed"]), (20, 20, 40), lw=0.25)
    pg.text(ox + W - 4, oy + H - 3, c["can"], "mono", 5.5, INK, "r")


def cni_back(pg, ox, oy, c, rng):
    W, H = card_base(pg, ox, oy, rng, tint=(238, 232, 240), col=(60, 90, 170))
    pg.rect(ox + 4, oy + 4, 10, 8, fill=(200, 170, 90), r=1.2)  # chip
    pg.line(ox + 9, oy + 4, ox + 9, oy + 12, 0.2, (150, 120, 60))
    pg.line(ox + 4, oy + 8, ox + 14, oy + 8, 0.2, (150, 120, 60))
    lv(pg, ox + 18, oy + 5, "ADRESSE / Address", c["address"][0], 3.2, 5.6)
    pg.text(ox + 18, oy + 11.2, c["address"][1], "sans-b", 5.6, INK)
    lv(pg, ox + 18, oy + 15, "TAILLE / Height", c["height"], 3.2, 5.6)
    lv(pg, ox + 40, oy + 15, "DATE DE DÉLIVRANCE / Date of issue", fr(c["issued"], " "), 3.2, 5.6)
    pseudo_datamatrix(pg, ox + W - 20, oy + 4, 16, rng, n=24)
    mrz_band(pg, ox, oy, W, H, (246, 244, 248))
    mrz_block(pg, ox + 3.5, oy + H - 12.3, c["mrz"], pitch=2.6, size=8.6, lead=4.2)


def ts_front(pg, ox, oy, t, rng):
    """French residence permit (titre de séjour), ID-1 front."""
    W, _H = card_base(pg, ox, oy, rng, tint=(230, 238, 236), col=(40, 120, 110))
    marianne(pg, ox + 3, oy + 3, 0.55)
    pg.text(ox + 11, oy + 5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.2, (30, 60, 80))
    pg.text(ox + 11, oy + 8.3, "TITRE DE SÉJOUR", "sans-b", 6.4, (30, 60, 80))
    pg.text(ox + W - 3, oy + 5, t["number"], "mono-b", 6.2, (160, 30, 40), "r")
    ph = face(220, 290, random.Random(t["face_seed"]), t["skin"], t["hair"], t["sex"] == "F")
    pg.image(ph, ox + 3, oy + 12, 21, 28)
    x = ox + 27
    lv(pg, x, oy + 14, "NOM / SURNAME", t["surname"], 3.1, 6.2)
    lv(pg, x, oy + 19.5, "PRÉNOMS / GIVEN NAMES", t["given"], 3.1, 6.0)
    lv(pg, x, oy + 25, "SEXE / SEX", t["sex"], 3.1, 6)
    lv(pg, x + 13, oy + 25, "NATIONALITÉ / NATIONALITY", t["nat"], 3.1, 6)
    lv(pg, x + 38, oy + 25, "DATE DE NAISSANCE", fr(t["dob"], " "), 3.1, 6)
    lv(pg, x, oy + 30.5, "VALIDITÉ / VALIDITY", fr(t["expiry"], " "), 3.1, 6)
    lv(pg, x + 28, oy + 30.5, "DÉLIVRÉ LE / ISSUED ON", fr(t["issued"], " "), 3.1, 6)
    lv(pg, x, oy + 36, "TYPE DE TITRE / TYPE OF PERMIT", t["kind"], 3.1, 5.2)
    pg.text(x, oy + 42, "REMARQUES / REMARKS", "sans", 3.1, LAB)
    for i, ln in enumerate(t["remarks"]):
        pg.text(x, oy + 44.6 + i * 2.4, ln, "sans-b", 4.4, INK)
    pg.signature(ox + 3, oy + 43, 20, 7, random.Random(t["sig_seed"]), (20, 20, 40), lw=0.25)


def ts_back(pg, ox, oy, t, rng):
    W, H = card_base(pg, ox, oy, rng, tint=(230, 238, 236), col=(40, 120, 110))
    pg.rect(ox + 4, oy + 4, 10, 8, fill=(200, 170, 90), r=1.2)
    lv(
        pg,
        ox + 18,
        oy + 5,
        "LIEU ET DATE DE DÉLIVRANCE",
        t["issued_place"] + " " + fr(t["issued"], " "),
        3.1,
        5,
    )
    lv(pg, ox + 18, oy + 10.5, "ADRESSE", t["address"][0], 3.1, 5)
    pg.text(ox + 18, oy + 16.5, t["address"][1], "sans-b", 5, INK)
    lv(pg, ox + 4, oy + 22, "LIEU DE NAISSANCE", t["pob"], 3.1, 5)
    lv(pg, ox + 45, oy + 22, "N° ÉTRANGER", t["agdref"], 3.1, 5)
    pseudo_datamatrix(pg, ox + W - 19, oy + 3, 15, rng, n=22)
    mrz_band(pg, ox, oy, W, H, (244, 248, 246))
    mrz_block(pg, ox + 3.5, oy + H - 12.3, t["mrz"], pitch=2.6, size=8.6, lead=4.2)


# --------------------------------------------------------------------------- récépissé


def recepisse(pg, r, rng):
    """Récépissé de demande de titre de séjour (paper, A4, the préfecture's model)."""
    pg.rect(8, 8, 194, 160, stroke=(120, 120, 120), lw=0.3)
    pg.guilloche(10, 12, 190, 150, (228, 232, 240), rng, n=50, lw=0.1, amp=4)
    marianne(pg, 14, 14, 1.0)
    pg.text(30, 17, "RÉPUBLIQUE FRANÇAISE", "sans-b", 9, (20, 30, 90))
    pg.text(30, 21.5, "Liberté Égalité Fraternité", "serif-i", 7, (20, 30, 90))
    pg.text(196, 17, r["prefecture"].upper(), "sans-b", 9, INK, "r")
    pg.text(196, 21.5, "Direction des migrations et de l'intégration", "sans", 7, INK, "r")
    pg.text(105, 34, "RÉCÉPISSÉ DE DEMANDE DE TITRE DE SÉJOUR", "sans-b", 13, INK, "c")
    pg.text(105, 40, r["motif"], "sans", 8.5, INK, "c")
    pg.text(196, 48, f"N° {r['number']}", "mono-b", 10, (160, 20, 30), "r")
    ph = face(300, 390, random.Random(r["face_seed"]), r["skin"], r["hair"], r["sex"] == "F")
    pg.image(ph, 16, 50, 30, 39)
    pg.round_stamp(42, 86, 11, r["prefecture"].upper() + " ", ["RF"], (40, 40, 140), rng)
    rows = [
        ("Nom", r["surname"]),
        ("Prénom(s)", r["given"]),
        ("Né(e) le", fr(r["dob"]) + "   à  " + r["pob"]),
        ("Nationalité", r["nat_word"]),
        ("Sexe", r["sex"]),
        ("Adresse", r["address"]),
        ("N° étranger", r["agdref"]),
    ]
    y = 56
    for lab, val in rows:
        pg.text(54, y, lab + " :", "sans", 8, LAB)
        pg.text(82, y, val, "sans-b", 9, INK)
        y += 6.2
    pg.line(14, 100, 196, 100, 0.3, (120, 120, 120))
    pg.text(16, 107, "Catégorie de titre sollicité :", "sans", 8.5, INK)
    pg.text(66, 107, r["category"], "sans-b", 9, INK)
    pg.text(16, 114, "Le présent récépissé est valable", "sans", 8.5, INK)
    pg.text(65, 114, f"du {fr(r['valid_from'])}  au  {fr(r['valid_until'])}", "sans-b", 9.5, INK)
    pg.rect(16, 118, 120, 8, stroke=INK, lw=0.35)
    pg.text(76, 123.5, r["work"], "sans-b", 9, INK, "c")
    pg.para(
        16,
        132,
        178,
        "Ce récépissé, accompagné du passeport ou du document de voyage, "
        "vaut autorisation provisoire de séjour. Il ne permet pas de voyager hors de France "
        "sans visa de retour. Il doit être présenté à toute réquisition des autorités.",
        "sans",
        7.2,
    )
    pg.text(16, 150, f"Délivré à {r['city']}, le {fr(r['issued'])}", "sans", 8.5, INK)
    pg.text(130, 150, "Pour le préfet et par délégation", "sans", 7.5, INK)
    pg.signature(135, 151, 36, 11, random.Random(r["sig_seed"]), (25, 25, 70), lw=0.35)
    pg.round_stamp(
        178, 156, 10, r["prefecture"].upper() + " * ", ["Bureau", "du séjour"], (40, 40, 140), rng
    )
    pg.text(16, 162, "Signature du titulaire :", "sans", 7, LAB)
    pg.signature(48, 154, 30, 10, random.Random(r["holder_sig"]), (15, 20, 90), lw=0.3)
    pg.text(
        105,
        172,
        "Cerfa / modèle DMI - Récépissé de 1ère demande - à conserver",
        "sans",
        6,
        LAB,
        "c",
    )
