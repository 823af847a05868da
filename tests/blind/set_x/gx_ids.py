"""Identity pieces for set_x: passports, ID-1 cards, visa sticker, birth certificates, apostille."""

from __future__ import annotations

import random

from gx_base import Page, mrz_mrva, mrz_td1, mrz_td3, signature
from PIL import Image, ImageDraw

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_TR = ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def ymd(d: str):
    return int(d[:4]), int(d[5:7]), int(d[8:10])


def yymmdd(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


def dmy(d: str, sep: str = "/") -> str:
    y, m, dd = ymd(d)
    return f"{dd:02d}{sep}{m:02d}{sep}{y}"


def face(seed: int, w: int = 300, h: int = 380, bg=(226, 232, 236)) -> Image.Image:
    """A neutral ID photo placeholder: head and shoulders silhouette."""
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(198, 160, 130), (150, 110, 85), (225, 190, 160), (120, 85, 60)])
    hair = rng.choice([(30, 25, 20), (60, 40, 30), (20, 20, 20)])
    d.ellipse(
        (w * 0.08, h * 0.72, w * 0.92, h * 1.3), fill=rng.choice([(40, 50, 70), (90, 90, 95)])
    )
    d.rectangle((w * 0.4, h * 0.55, w * 0.6, h * 0.78), fill=skin)
    d.ellipse((w * 0.25, h * 0.12, w * 0.75, h * 0.64), fill=hair)
    d.ellipse((w * 0.29, h * 0.2, w * 0.71, h * 0.66), fill=skin)
    d.ellipse((w * 0.38, h * 0.37, w * 0.44, h * 0.41), fill=(40, 30, 30))
    d.ellipse((w * 0.56, h * 0.37, w * 0.62, h * 0.41), fill=(40, 30, 30))
    d.line((w * 0.44, h * 0.54, w * 0.56, h * 0.54), fill=(120, 60, 60), width=3)
    return im


def guilloche(p: Page, color, seed: int, n: int = 26) -> None:
    rng = random.Random(seed)
    for i in range(n):
        y0 = p.h * i / n + rng.uniform(-1, 1)
        p.line(0, y0, p.w, y0 + rng.uniform(-8, 8), color, 0.15)


def passport_page(a: dict, seed: int) -> tuple[Page, dict]:
    """ICAO TD3 data page (125 x 88 mm). a: country style and holder data."""
    c = a["country"]
    p = Page(125, 88, bg=a["tint"])
    guilloche(p, a["line"], seed)
    p.text(62.5, 6, a["head1"], 6.5, "sansb", a["ink"], "c")
    p.text(62.5, 9.5, a["head2"], 6, "sans", a["ink"], "c")
    p.image(5, 17, 32, 41, face(seed))
    L = a["labels"]
    lab, val = (5.2, "sans", (90, 60, 70)), (8.2, "sansb", (20, 20, 30))

    def fld(x, y, k, v):
        p.text(x, y, L[k], lab[0], lab[1], lab[2])
        p.text(x, y + 3.4, v, val[0], val[1], val[2])

    fld(41, 16, "type", "P")
    fld(55, 16, "code", c)
    fld(88, 16, "no", a["number"])
    fld(41, 23.5, "surname", a["surname"])
    fld(41, 31, "given", a["given"])
    y = 38.5
    if "middle" in a:
        fld(41, y, "middle", a["middle"])
        y += 7.5
    fld(41, y, "nat", a["nat_text"])
    fld(41, y + 7.5, "dob", a["fmt"](a["dob"]))
    fld(88, y + 7.5, "sex", a["sex"])
    fld(41, y + 15, "pob", a["pob"])
    fld(88, y + 15, "issue", a["fmt"](a["issued"]))
    if y + 22.5 < 66:
        fld(41, y + 22.5, "exp", a["fmt"](a["expiry"]))
        fld(88, y + 22.5, "auth", a["authority"])
    else:
        fld(88, 23.5, "exp", a["fmt"](a["expiry"]))
    p.image(8, 60, 24, 6, signature(a["sig"], seed + 1))
    l1, l2 = mrz_td3(
        "P",
        c,
        a["mrz_surname"],
        a["mrz_given"],
        a["number"],
        c,
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(a["expiry"]),
    )
    p.text(5, 77, l1, 10.1, "ocrb")
    p.text(5, 84, l2, 10.1, "ocrb")
    fields = {
        "surname": a["surname"],
        "given_names": a["given"],
        "document_number": a["number"],
        "nationality": c,
        "issuing_country": c,
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": a["expiry"],
        "mrz_valid": True,
    }
    return p, fields


def card_front_fr(a: dict, seed: int) -> Page:
    """French ID-1 card front (CNI 2021 or titre de séjour 2020 layout, simplified)."""
    p = Page(85.6, 54, bg=a["tint"])
    guilloche(p, (200, 205, 225), seed, 18)
    p.rect(0, 0, 85.6, 7, None, (40, 60, 140))
    p.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", 6.5, "sansb", (255, 255, 255))
    p.text(82, 4.8, a["title"], 5.2, "sansb", (255, 255, 255), "r")
    p.image(3, 10, 22, 28, face(seed, bg=(236, 238, 240)))
    x = 28
    rows = a["front_rows"]
    y = 10.5
    for lab, v in rows:
        p.text(x, y, lab, 3.8, "sans", (70, 70, 110))
        p.text(x, y + 2.8, v, 6.4, "sansb", (15, 15, 30))
        y += 6.3
    p.text(3, 42, a.get("front_foot", ""), 4.2, "sans", (70, 70, 110))
    p.image(4, 44, 20, 7, signature(a["sig"], seed + 3))
    return p


def card_back_fr(a: dict, seed: int, mrz: tuple) -> Page:
    p = Page(85.6, 54, bg=a["tint"])
    guilloche(p, (205, 210, 228), seed + 7, 14)
    y = 5
    for lab, v in a["back_rows"]:
        p.text(4, y, lab, 3.8, "sans", (70, 70, 110))
        p.text(4, y + 2.8, v, 6, "sansb", (15, 15, 30))
        y += 6.2
    p.rect(0, 34.5, 85.6, 19.5, None, (246, 246, 242))
    for i, ln in enumerate(mrz):
        p.text(3.2, 40 + i * 5.1, ln, 9.8, "ocrb")
    return p


def id1_card(a: dict, seed: int, code: str) -> tuple[Page, Page, dict]:
    mrz = mrz_td1(
        code,
        "FRA",
        a["mrz_surname"],
        a["mrz_given"],
        a["number"],
        a["nat"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(a["expiry"]),
    )
    fields = {
        "surname": a["surname"],
        "given_names": a["given"],
        "document_number": a["number"],
        "nationality": a["nat"],
        "issuing_country": "FRA",
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": a["expiry"],
        "mrz_valid": True,
    }
    return card_front_fr(a, seed), card_back_fr(a, seed, mrz), fields


def visa_page(a: dict, seed: int) -> tuple[Page, dict]:
    """French type D visa sticker (MRV-A) stuck on a passport visa page."""
    p = Page(125, 88, bg=(238, 232, 222))
    guilloche(p, (215, 205, 195), seed, 20)
    p.text(62, 5, "VISAS", 7, "serifb", (150, 130, 120), "c")
    s = Page(120, 80, bg=(232, 238, 246))
    guilloche(s, (200, 214, 236), seed + 1, 30)
    s.text(4, 6, "VISA", 9, "sansb", (30, 50, 120))
    s.text(116, 6, a["number"], 9, "mono", (190, 30, 40), "r")
    s.image(4, 9, 22, 28, face(seed + 2, bg=(228, 234, 242)))
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 30, 9),
        ("DU / FROM", dmy(a["from"], "-")[:6] + dmy(a["from"], "-")[8:], 30, 16),
        ("AU / UNTIL", dmy(a["until"], "-")[:6] + dmy(a["until"], "-")[8:], 60, 16),
        ("TYPE DE VISA / TYPE OF VISA", "D", 88, 16),
        ("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT", 30, 23),
        ("DUREE DE SEJOUR / DURATION OF STAY", a["days"] + " JOURS", 78, 23),
        ("DELIVRE A / ISSUED IN", a["place"], 30, 30),
        ("LE / ON", dmy(a["issued"], "-")[:6] + dmy(a["issued"], "-")[8:], 78, 30),
        ("NUMERO DE PASSEPORT / NUMBER OF PASSPORT", a["passport"], 30, 37),
        ("NOM, PRENOM / SURNAME, NAME", f"{a['surname']}, {a['given']}", 4, 44),
    ]
    for lab, v, x, y in rows:
        s.text(x, y, lab, 3.6, "sans", (60, 70, 110))
        s.text(x, y + 3.2, v, 6.6, "sansb", (10, 10, 30))
    s.text(4, 51, "REMARQUES / REMARKS", 3.6, "sans", (60, 70, 110))
    s.text(4, 54.5, a["remark1"], 6.2, "sansb", (10, 10, 30))
    s.text(4, 58, a["remark2"], 6.2, "sansb", (10, 10, 30))
    l1, l2 = mrz_mrva(
        "FRA",
        a["mrz_surname"],
        a["mrz_given"],
        a["number"],
        a["nat"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(a["until"]),
    )
    l1 = "VD" + l1[2:]
    s.text(3, 70, l1, 10.0, "ocrb")
    s.text(3, 77, l2, 10.0, "ocrb")
    p.image(2.5, 7, 120, 80, s.render(300))
    fields = {
        "surname": a["surname"],
        "given_names": a["given"],
        "document_number": a["number"],
        "nationality": a["nat"],
        "issuing_country": "FRA",
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": a["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": a["category"],
        "valid_from": a["from"],
        "valid_until": a["until"],
    }
    return p, fields


def stamp(p: Page, x, y, r, lines, color=(60, 70, 150)) -> None:
    half = max(r, max(len(t) for t in lines) * r * 0.75 * 0.3528 * 0.62 / 2 + 2)
    p.rect(x - half, y - r * 0.6, 2 * half, 1.2 * r, color, None, 0.5)
    for i, t in enumerate(lines):
        p.text(x, y - r * 0.3 + i * r * 0.45, t, r * 0.75, "sansb", color, "c")


def birth_dz(a: dict, seed: int) -> Page:
    """Algerian extrait d'acte de naissance, French column with the Arabic heading (bilingual)."""
    p = Page(bg=(250, 248, 240))
    ink = (25, 25, 25)
    p.text(105, 15, "الجمهورية الجزائرية الديمقراطية الشعبية", 13, "amiri", ink, "c")
    p.text(105, 22, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", 10.5, "serifb", ink, "c")
    p.text(20, 34, "Wilaya de " + a["wilaya"], 10, "serif", ink)
    p.text(20, 40, "Daïra de " + a["wilaya"], 10, "serif", ink)
    p.text(20, 46, "Commune de " + a["commune"], 10, "serif", ink)
    p.text(190, 34, "ولاية تيزي وزو", 12, "amiri", ink, "r")
    p.text(190, 42, "بلدية تيزي وزو", 12, "amiri", ink, "r")
    p.text(105, 62, "مستخرج من عقد الميلاد", 14, "amiri", ink, "c")
    p.text(105, 70, "EXTRAIT D'ACTE DE NAISSANCE", 14, "serifb", ink, "c")
    p.text(105, 77, f"N° {a['act_no']}", 10.5, "serif", ink, "c")
    y = 92
    for lab, v in [
        ("Le", a["dob_words"]),
        ("à", a["time"]),
        ("est né(e) à", a["pob"]),
        ("Nom", a["surname"]),
        ("Prénoms", a["given"]),
        ("Sexe", a["sex_text"]),
        ("Fils / Fille de", a["father"]),
        ("et de", a["mother"]),
    ]:
        p.text(22, y, lab, 10.5, "serifi", ink)
        p.line(60, y + 1, 190, y + 1, (150, 150, 150), 0.2)
        p.text(62, y, v, 11.5, "mono", (10, 10, 60))
        y += 10
    p.text(22, y + 4, "Mentions marginales :", 10, "serifi", ink)
    p.text(62, y + 4, "Néant", 11, "mono", (10, 10, 60))
    p.text(22, y + 20, "Extrait conforme aux registres de l'état civil.", 10, "serif", ink)
    p.text(120, y + 32, f"Délivré à {a['commune']}, le {a['issued']}", 10, "serif", ink)
    p.text(120, y + 39, "L'Officier de l'état civil", 10, "serif", ink)
    p.image(125, y + 42, 45, 16, signature(a["officer"], seed))
    stamp(p, 95, y + 52, 14, ["APC " + a["commune"].upper(), "ETAT CIVIL"])
    p.text(105, 285, "Modèle 12-S", 7, "serif", (90, 90, 90), "c")
    return p


def birth_tr(a: dict, seed: int) -> Page:
    p = Page(bg=(252, 252, 250))
    ink = (20, 20, 20)
    p.text(105, 18, "T.C.", 12, "sansb", ink, "c")
    p.text(105, 25, "İÇİŞLERİ BAKANLIĞI", 11, "sansb", ink, "c")
    p.text(105, 31, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", 10, "sans", ink, "c")
    p.text(105, 45, "DOĞUM KAYIT ÖRNEĞİ", 15, "sansb", ink, "c")
    rows = [
        ("T.C. Kimlik No", a["tckn"]),
        ("Soyadı", a["surname"]),
        ("Adı", a["given"]),
        ("Baba Adı", a["father"]),
        ("Ana Adı", a["mother"]),
        ("Doğum Yeri", a["pob"]),
        ("Doğum Tarihi", a["dob_tr"]),
        ("Cinsiyeti", a["sex_tr"]),
        ("Medeni Hali", "Bekâr"),
        ("İl / İlçe", a["il"]),
        ("Cilt / Hane / Sıra No", a["cilt"]),
    ]
    y = 62
    for lab, v in rows:
        p.rect(25, y - 5.5, 55, 8, (120, 120, 120), (236, 236, 236), 0.2)
        p.rect(80, y - 5.5, 105, 8, (120, 120, 120), None, 0.2)
        p.text(27, y, lab, 9.5, "sansb", ink)
        p.text(82, y, v, 10, "sans", ink)
        y += 8
    p.text(
        25,
        y + 10,
        "Yukarıdaki bilgilerin nüfus kayıtlarına uygun olduğu onaylanır.",
        9.5,
        "sans",
        ink,
    )
    p.text(130, y + 24, f"Düzenleme Tarihi: {a['issued_tr']}", 9.5, "sans", ink)
    p.text(130, y + 30, a["office"], 9.5, "sans", ink)
    p.image(135, y + 33, 40, 14, signature(a["officer"], seed))
    stamp(p, 80, y + 42, 13, ["T.C. " + a["office"].upper()[:22], "NÜFUS MÜDÜRLÜĞÜ"], (140, 40, 40))
    p.text(25, 280, f"Belge doğrulama kodu: {a['verif']}   www.turkiye.gov.tr", 7.5, "mono", ink)
    return p


def apostille_page(a: dict, seed: int, lang_pairs: list) -> Page:
    """Hague Convention model apostille (10 numbered items)."""
    p = Page(bg=(253, 252, 248))
    ink = (15, 15, 15)
    p.rect(35, 30, 140, 150, ink, None, 0.6)
    p.text(105, 44, "APOSTİL / APOSTILLE", 15, "serifb", ink, "c")
    p.text(105, 51, "(Convention de La Haye du 5 octobre 1961)", 9.5, "serifi", ink, "c")
    y = 64
    for i, (lab, v) in enumerate(lang_pairs, 1):
        if i == 5:
            p.text(42, y, "onaylanır / est attesté(e)", 9, "serifi", ink)
            y += 9
        p.text(42, y, f"{i}. {lab}", 9, "serif", ink)
        p.text(118, y, v, 10, "sansb", (20, 20, 70))
        y += 9
    p.image(110, y - 4, 45, 16, signature(a["signed_by"], seed))
    stamp(p, 75, y + 6, 12, ["APOSTİL", a["stamp"][:22]], (130, 30, 30))
    return p


def translation_page(a: dict, seed: int) -> Page:
    p = Page()
    ink = (10, 10, 10)
    p.text(20, 20, a["translator"], 10, "sansb", ink)
    p.text(20, 25, "Expert traducteur-interprète en langue turque", 9, "sans", ink)
    p.text(20, 30, a["court"], 9, "sans", ink)
    p.text(20, 35, a["trad_addr"], 9, "sans", ink)
    p.text(105, 52, "TRADUCTION DE LA LANGUE TURQUE", 12, "sansb", ink, "c")
    p.text(105, 60, "RÉPUBLIQUE DE TURQUIE – MINISTÈRE DE L'INTÉRIEUR", 10, "sans", ink, "c")
    p.text(
        105, 66, "Direction générale de la population et de la citoyenneté", 10, "sans", ink, "c"
    )
    p.text(105, 76, "EXTRAIT D'ACTE DE NAISSANCE", 12, "sansb", ink, "c")
    y = 90
    for lab, v in a["rows"]:
        p.text(25, y, lab + " :", 10, "sans", ink)
        p.text(85, y, v, 10, "sansb", ink)
        y += 7
    y = p.para(25, y + 8, a["body"], 160, 9.5)
    p.text(
        25,
        y + 10,
        "Traduction certifiée conforme à l'original rédigé en langue turque.",
        10,
        "sansb",
        ink,
    )
    p.text(25, y + 16, f"{a['trad_city']}, le {a['trad_date']}", 10, "sans", ink)
    p.text(25, y + 22, f"N° de répertoire : {a['rep']}", 9, "sans", ink)
    p.image(120, y + 14, 45, 16, signature(a["translator"], seed))
    stamp(
        p,
        145,
        y + 40,
        16,
        [a["translator"].upper()[:24], "TRADUCTEUR EXPERT", a["court_s"]],
        (40, 60, 150),
    )
    return p


def birth_ph(a: dict, seed: int) -> Page:
    """PSA copy of a Certificate of Live Birth (Municipal Form No. 102) on security paper."""
    p = Page(216, 279, bg=(244, 240, 222))
    guilloche(p, (226, 222, 200), seed, 60)
    ink = (15, 15, 15)
    p.text(8, 10, "Municipal Form No. 102", 7, "sans", ink)
    p.text(8, 13.5, "(Revised January 2007)", 7, "sans", ink)
    p.text(108, 12, "Republic of the Philippines", 9, "serif", ink, "c")
    p.text(108, 17, "OFFICE OF THE CIVIL REGISTRAR GENERAL", 10, "serifb", ink, "c")
    p.text(108, 25, "CERTIFICATE OF LIVE BIRTH", 15, "serifb", ink, "c")
    p.text(10, 34, "Province", 7, "sans", ink)
    p.text(30, 34, a["province"], 9, "mono", ink)
    p.text(10, 39, "City/Municipality", 7, "sans", ink)
    p.text(36, 39, a["city"], 9, "mono", ink)
    p.text(160, 36, "Registry No.", 7, "sans", ink)
    p.text(178, 36, a["reg_no"], 9, "mono", ink)
    p.rect(8, 44, 200, 135, ink, None, 0.35)
    p.text(5, 70, "C H I L D", 7, "sansb", ink)
    rows = [
        (
            48,
            "1. NAME",
            [
                ("(First)", a["first"], 30),
                ("(Middle)", a["middle"], 95),
                ("(Last)", a["last"], 150),
            ],
        ),
        (
            62,
            "",
            [
                ("2. SEX (Male / Female)", a["sex_en"], 12),
                ("3. DATE OF BIRTH (Day) (Month) (Year)", a["dob_en"], 95),
            ],
        ),
        (
            76,
            "4. PLACE OF BIRTH",
            [
                ("(Name of Hospital/Clinic/Institution)", a["hospital"], 12),
                ("(City/Municipality)", a["city"], 110),
                ("(Province)", a["province"], 165),
            ],
        ),
        (94, "", [("5a. TYPE OF BIRTH", "SINGLE", 12), ("5d. WEIGHT AT BIRTH", "3100 grams", 95)]),
        (112, "7. MAIDEN NAME OF MOTHER", [("(First) (Middle) (Last)", a["mother"], 12)]),
        (128, "8. CITIZENSHIP", [("", "FILIPINO", 12), ("13. NAME OF FATHER", a["father"], 80)]),
        (146, "20a. DATE OF MARRIAGE OF PARENTS", [("", a["marriage"], 12)]),
    ]
    for y, title, cells in rows:
        p.line(8, y - 2, 208, y - 2, (80, 80, 80), 0.2)
        if title:
            p.text(10, y + 1.5, title, 6.5, "sansb", ink)
        for lab, v, x in cells:
            p.text(x + (0 if title == "" else 0), y + (5 if title else 1.5), lab, 6, "sans", ink)
            p.text(x, y + (11 if title else 8), v, 10, "mono", (20, 20, 20))
    p.text(12, 170, "REMARKS/ANNOTATIONS: (For LCRO/OCRG Use Only)", 6.5, "sans", ink)
    p.text(
        108,
        196,
        "This is a certified true copy of the record of birth on file with the",
        8,
        "serif",
        ink,
        "c",
    )
    p.text(108, 200, "Philippine Statistics Authority.", 8, "serif", ink, "c")
    p.text(140, 214, a["psa_officer"], 9, "serifb", ink, "c")
    p.text(140, 218, "Civil Registrar General / National Statistician", 7.5, "serif", ink, "c")
    p.image(120, 203, 42, 12, signature(a["psa_officer"], seed))
    p.text(12, 214, f"Date issued: {a['issued']}", 8, "sans", ink)
    p.text(12, 218, f"SECPA No. {a['secpa']}", 8, "sansb", (160, 30, 40))
    p.text(108, 262, "PHILIPPINE STATISTICS AUTHORITY", 11, "serifb", (40, 60, 120), "c")
    return p
