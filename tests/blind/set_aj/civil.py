"""Foreign civil documents: passport looks, birth certificates, apostilles, legalisation,
sworn translations. Drawn as raster pages (what applicants scan or photograph)."""

from __future__ import annotations

import random

import codes as C
from canvas import Page, rect_stamp, signature_image, stamp_image

A4 = (210, 297)


def _pd(x: str) -> str:
    return C.pass_date(C.d(x))


PASSPORT_STYLES = {
    "EGY": {
        "bg": (236, 226, 214),
        "guil": (222, 205, 190),
        "ink": (90, 50, 40),
        "header": [
            ("جمهورية مصر العربية", 10, "amiri-b"),
            ("ARAB REPUBLIC OF EGYPT", 8, "dejavu-b"),
        ],
        "rows": lambda p: [
            [("Type / النوع", "P"), ("Country Code / رمز الدولة", "EGY")],
            [("Passport No. / رقم جواز السفر", p["doc_number"])],
            [("Surname / اللقب", p["surname"])],
            [("Given Names / الاسم", p["given_names"])],
            [("Nationality / الجنسية", "EGYPTIAN"), ("Date of Birth", _pd(p["dob"]))],
            [("Sex / النوع", p["sex"]), ("Place of Birth / محل الميلاد", p["pob"])],
            [("Date of Issue", _pd(p["issued"])), ("Date of Expiry", _pd(p["expiry"]))],
        ],
        "label_font": "dejavuc",
        "value_font": "dejavu-b",
    },
    "JPN": {
        "bg": (238, 230, 238),
        "guil": (225, 210, 228),
        "ink": (110, 40, 90),
        "header": [("日本国  JAPAN", 9, "cjk"), ("旅券  PASSPORT", 7, "cjk")],
        "rows": lambda p: [
            [("Type / 型", "P"), ("Issuing country / 発行国", "JPN")],
            [("Passport No. / 旅券番号", p["doc_number"])],
            [("Surname / 姓", p["surname"])],
            [("Given name / 名", p["given_names"])],
            [("Nationality / 国籍", "JAPAN"), ("Date of birth / 生年月日", _pd(p["dob"]))],
            [("Sex / 性別", p["sex"]), ("Registered Domicile / 本籍", p["pob"])],
            [
                ("Date of issue / 発行年月日", _pd(p["issued"])),
                ("Date of expiry / 有効期間満了日", _pd(p["expiry"])),
            ],
        ],
        "label_font": "cjk",
        "value_font": "dejavu-b",
        "ghost": True,
    },
    "ARM": {
        "bg": (232, 226, 238),
        "guil": (214, 206, 228),
        "ink": (60, 40, 110),
        "header": [
            ("ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", 8, "dejavu-b"),
            ("REPUBLIC OF ARMENIA · ԱՆՁՆԱԳԻՐ / PASSPORT", 6.5, "dejavuc"),
        ],
        "rows": lambda p: [
            [("Տեսակ / Type", "P"), ("Երկրի կոդ / Code", "ARM")],
            [("Անձնագրի համար / Passport No", p["doc_number"])],
            [("Ազգանուն / Surname", p["surname"] + " / " + p["native_surname"])],
            [("Անուն / Given names", p["given_names"] + " / " + p["native_given"])],
            [
                ("Քաղաքացիություն / Nationality", "ARMENIAN"),
                ("Ծննդյան ամսաթիվ / Date of birth", C.d(p["dob"]).strftime("%d.%m.%Y")),
            ],
            [("Սեռ / Sex", p["sex"]), ("Ծննդավայր / Place of birth", p["pob"])],
            [
                ("Տրված է / Date of issue", C.d(p["issued"]).strftime("%d.%m.%Y")),
                ("Վավեր է մինչև / Date of expiry", C.d(p["expiry"]).strftime("%d.%m.%Y")),
            ],
        ],
        "label_font": "dejavuc",
        "value_font": "dejavu-b",
        "ghost": True,
    },
    "HTI": {
        "bg": (222, 230, 240),
        "guil": (200, 214, 232),
        "ink": (20, 45, 110),
        "header": [
            ("RÉPUBLIQUE D'HAÏTI", 9, "dejavuserif-b"),
            ("REPUBLIC OF HAITI · PASSEPORT / PASSPORT", 6.5, "dejavuc"),
        ],
        "rows": lambda p: [
            [("Type", "P"), ("Code du pays / Country code", "HTI")],
            [("No. du passeport / Passport No.", p["doc_number"])],
            [("Nom / Surname", p["surname"])],
            [("Prénoms / Given names", p["given_names"])],
            [
                ("Nationalité / Nationality", "HAITIENNE"),
                ("Date de naissance / Date of birth", C.pass_date(C.d(p["dob"]), True)),
            ],
            [("Sexe / Sex", p["sex"]), ("Lieu de naissance / Place of birth", p["pob"])],
            [
                ("Date de délivrance / Date of issue", C.pass_date(C.d(p["issued"]), True)),
                ("Date d'expiration / Date of expiry", C.pass_date(C.d(p["expiry"]), True)),
            ],
        ],
        "label_font": "dejavuc",
        "value_font": "freesans-b",
    },
}


def _seal(pg: Page, x, y, rng, ring, center, color=(40, 60, 170), d=34):
    pg.image(stamp_image(ring, center, rng, color, d), x, y, d)


def egypt_birth(a: dict, rng: random.Random) -> list:
    """Computerised Egyptian birth certificate (Ministry of Interior, civil status sector),
    with legalisation stamps (MFA Cairo then French consulate) on the back."""
    pg = Page(*A4, 200, bg=(250, 248, 240))
    for i in range(0, 297, 6):
        pg.line(0, i, 210, i + 3, (238, 236, 226), 0.8)
    R = 190
    ar = "amiri"
    pg.text(R, 16, "جمهورية مصر العربية", 13, "amiri-b", align="right", rtl=True)
    pg.text(R, 24, "وزارة الداخلية", 12, ar, align="right", rtl=True)
    pg.text(R, 31, "قطاع الأحوال المدنية", 12, ar, align="right", rtl=True)
    pg.text(22, 20, "No  " + a["bc_serial"], 11, "mono-b", (160, 20, 20))
    pg.text(105, 52, "شهادة ميلاد", 24, "amiri-b", align="center", rtl=True)
    pg.text(105, 61, "مستخرج رسمي من قيد الميلاد", 12, ar, align="center", rtl=True)
    rows = [
        ("الرقم القومي", a["national_id"]),
        ("اسم المولود", a["ar_given"]),
        ("النوع", a["ar_sex"]),
        ("تاريخ الميلاد", C.d(a["dob"]).strftime("%Y/%m/%d")),
        ("محل الميلاد", a["ar_place"]),
        ("اسم الأب", a["ar_father"]),
        ("جنسية الأب", "مصري"),
        ("اسم الأم", a["ar_mother"]),
        ("جنسية الأم", "مصرية"),
        ("جهة القيد", a["ar_office"]),
        ("تاريخ القيد", C.d(a["registered"]).strftime("%Y/%m/%d")),
    ]
    y = 80
    for lab, val in rows:
        pg.rect(20, y - 7, 170, 11, (120, 110, 100), None, 0.3)
        pg.line(140, y - 7, 140, y + 4, (120, 110, 100), 0.3)
        pg.text(186, y, lab, 12, "amiri-b", align="right", rtl=True)
        rtl = not val[:1].isdigit()
        pg.text(136, y, val, 12 if rtl else 11, ar if rtl else "mono", align="right", rtl=rtl)
        y += 11
    pg.text(186, y + 10, "تاريخ الإصدار", 11, "amiri-b", align="right", rtl=True)
    pg.text(150, y + 10, C.d(a["bc_issued"]).strftime("%Y/%m/%d"), 11, "mono", align="right")
    pg.text(60, y + 10, "مدير السجل المدني", 11, ar, align="center", rtl=True)
    pg.image(signature_image("M Fathy", rng), 38, y + 14, 40)
    _seal(
        pg, 120, y + 8, rng, "* وزارة الداخلية * مصلحة الأحوال المدنية ", ["ج.م.ع"], (60, 40, 140)
    )
    back = Page(*A4, 200, bg=(250, 248, 240))
    back.image(
        rect_stamp(
            [
                "وزارة الخارجية",
                "مكتب التصديقات - القاهرة",
                "تصديق رقم " + a["legal_mfa_no"],
                C.d(a["legal_mfa"]).strftime("%Y/%m/%d"),
            ],
            rng,
            (30, 70, 30),
            70,
        ),
        20,
        30,
        70,
    )
    back.image(signature_image("A Samir", rng), 30, 70, 36)
    back.image(
        rect_stamp(
            [
                "CONSULAT GÉNÉRAL DE FRANCE AU CAIRE",
                "Vu pour légalisation",
                "de la signature de M. Ahmed SAMIR",
                "Le Caire, le " + C.fr_num(C.d(a["legal_fr"])),
                "N° " + a["legal_fr_no"] + "   Droits perçus : 20 €",
            ],
            rng,
            (40, 50, 150),
            90,
        ),
        100,
        110,
        90,
    )
    back.image(signature_image("C Lemoine", rng), 125, 150, 40)
    _seal(back, 150, 160, rng, "RÉPUBLIQUE FRANÇAISE * CONSULAT DU CAIRE ", ["RF"], (40, 50, 150))
    return [pg.img, back.img]


def japan_koseki(a: dict, rng: random.Random) -> Page:
    """Koseki: 全部事項証明 (computerised family register extract), horizontal layout."""
    pg = Page(*A4, 200)
    cj = "cjk"
    pg.text(105, 18, "全部事項証明", 16, cj, align="center")
    pg.rect(15, 25, 180, 236, (0, 0, 0), None, 0.4)
    y = 33

    def row(lab, val, sub=False, dy=6.6):
        nonlocal y
        if lab:
            pg.text(18, y, lab, 10.5, cj)
        pg.text(60 if not sub else 70, y, val, 10.5, cj)
        y += dy

    row("本籍", a["jp_honseki"])
    row("氏名", a["jp_head"])
    pg.line(15, y - 4, 195, y - 4, (0, 0, 0), 0.3)
    row("戸籍事項", "")
    row("　戸籍編製", "【編製日】" + a["jp_hensei"], True)
    pg.line(15, y - 4, 195, y - 4, (0, 0, 0), 0.3)
    for person in a["jp_people"]:
        row("戸籍に記録されている者", "")
        for k, v in person["top"]:
            row("", f"【{k}】{v}", True)
        pg.line(55, y - 4, 195, y - 4, (100, 100, 100), 0.2)
        row("身分事項", "")
        for ev, items in person["events"]:
            row("　" + ev, "", dy=0)
            for k, v in items:
                row("", f"【{k}】{v}", True, 6.5)
        pg.line(15, y - 3, 195, y - 3, (0, 0, 0), 0.3)
        y += 3
    pg.text(105, min(y + 5, 258), "以下余白", 10, cj, align="center")
    pg.text(20, 268, "発行番号 " + a["jp_issue_no"], 9, cj)
    pg.text(20, 276, "これは、戸籍に記録されている事項の全部を証明した書面である。", 10, cj)
    pg.text(110, 285, a["jp_issue_date"], 10, cj)
    pg.text(110, 292, a["jp_mayor"], 11, cj)
    pg.image(rect_stamp(["札幌市", "中央区長印"], rng, (200, 40, 40), 22), 172, 280, 20)
    return pg


def armenia_birth(a: dict, rng: random.Random) -> Page:
    pg = Page(*A4, 200, bg=(246, 244, 236))
    pg.rect(10, 10, 190, 277, (120, 90, 40), None, 1.2)
    pg.rect(13, 13, 184, 271, (170, 140, 80), None, 0.4)
    _seal(pg, 90, 18, rng, "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ * ", ["ՀՀ"], (150, 110, 40), 28)
    pg.text(105, 58, "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", 13, "dejavuserif-b", align="center")
    pg.text(105, 70, "ԾՆՆԴՅԱՆ ՎԿԱՅԱԿԱՆ", 20, "dejavuserif-b", (120, 40, 30), "center")
    pg.text(105, 79, "Սերիա " + a["am_series"], 11, "dejavuserif", align="center")
    rows = [
        ("Ազգանունը", a["am_surname"]),
        ("Անունը", a["am_given"]),
        ("Հայրանունը", a["am_patronymic"]),
        ("Ծննդյան ամսաթիվը", C.d(a["dob"]).strftime("%d.%m.%Y") + "  " + a["am_dob_words"]),
        ("Ծննդավայրը", a["am_place"]),
        ("Հայրը", a["am_father"]),
        ("Մայրը", a["am_mother"]),
        ("Ակտային գրառում №", a["am_act"]),
        ("Գրանցման վայրը", a["am_office"]),
        ("Տրման ամսաթիվը", C.d(a["bc_issued"]).strftime("%d.%m.%Y")),
    ]
    y = 98
    for lab, val in rows:
        pg.text(22, y, lab, 10.5, "dejavuserif", (90, 70, 50))
        pg.text(80, y, val, 11, "dejavuserif-b", (20, 20, 60))
        pg.line(78, y + 1.5, 190, y + 1.5, (170, 150, 120), 0.2, dash=True)
        y += 13
    pg.text(22, y + 14, "ՔԿԱԳ բաժնի պետ", 10.5, "dejavuserif")
    pg.image(signature_image("A Sargsyan", rng), 80, y + 2, 40)
    _seal(
        pg,
        130,
        y - 4,
        rng,
        "ՔԱՂԱՔԱՑԻԱԿԱՆ ԿԱՑՈՒԹՅԱՆ ԱԿՏԵՐԻ ԳՐԱՆՑՈՒՄ * ",
        ["ՔԿԱԳ"],
        (40, 60, 150),
        36,
    )
    return pg


def apostille(ap: dict, rng: random.Random, lang: str) -> Page:
    """Hague model apostille: 10 numbered items; bilingual where the issuer does so."""
    pg = Page(*A4, 200)
    x, w = 30, 150
    pg.rect(x, 25, w, 160, (0, 0, 0), None, 0.6)
    native = {"ja": ("アポスティーユ", "cjk"), "hy": ("ԱՊՈՍՏԻԼ", "dejavu-b")}[lang]
    pg.text(105, 38, "APOSTILLE", 20, "dejavuserif-b", align="center")
    pg.text(105, 46, native[0], 11, native[1], align="center")
    pg.text(105, 53, "(Convention de La Haye du 5 octobre 1961)", 9, "dejavuserif", align="center")
    items = [
        ("1.", "Country / 国名" if lang == "ja" else "Երկիր / Country", ap["country_txt"]),
        ("", "This public document", ""),
        ("2.", "has been signed by", ap["doc_signer"]),
        ("3.", "acting in the capacity of", ap["doc_capacity"]),
        ("4.", "bears the seal/stamp of", ap["doc_seal"]),
        ("", "Certified", ""),
        ("5.", "at", ap["place"]),
        ("6.", "the", ap["date_txt"]),
        ("7.", "by", ap["signed_by"]),
        ("8.", "No", ap["number"]),
    ]
    y = 66
    for n, lab, val in items:
        pg.text(x + 6, y, n, 10, "dejavuserif-b")
        pg.text(x + 14, y, lab, 10, "dejavuserif")
        if val:
            pg.text(x + 66, y, val, 10, "cjk" if lang == "ja" and not val.isascii() else "dejavu-b")
        y += 9.5
    pg.text(x + 6, y + 4, "9.", 10, "dejavuserif-b")
    pg.text(x + 14, y + 4, "Seal/stamp", 10, "dejavuserif")
    pg.text(x + 80, y + 4, "10.", 10, "dejavuserif-b")
    pg.text(x + 88, y + 4, "Signature", 10, "dejavuserif")
    _seal(pg, x + 20, y + 8, rng, ap["seal_ring"], ap["seal_center"], (170, 30, 40), 32)
    pg.image(signature_image(ap["signed_by_person"], rng), x + 88, y + 12, 44)
    return pg


def haiti_birth(a: dict, rng: random.Random) -> list:
    """Extrait des Archives Nationales d'Haïti, typewritten, with legalisation stamps."""
    pg = Page(*A4, 200, bg=(247, 244, 232))
    tw = "typewriter"
    pg.text(105, 20, "RÉPUBLIQUE D'HAÏTI", 13, "dejavuserif-b", align="center")
    pg.text(105, 27, "ARCHIVES NATIONALES D'HAÏTI", 11, "dejavuserif-b", align="center")
    pg.text(105, 35, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL", 11, "dejavuserif", align="center")
    pg.text(22, 48, "ACTE DE NAISSANCE No " + a["ht_act"], 10.5, tw)
    pg.text(120, 48, "Registre " + a["ht_register"], 10.5, tw)
    pg.text(22, 55, "Feuillet " + a["ht_folio"] + "   Année " + a["ht_year"], 10.5, tw)
    y = 68
    for para in a["ht_text"]:
        y = pg.wrap(22, y, para, 166, 10.5, tw, 1.5) + 4
    pg.text(110, y + 8, "Le Directeur Général", 10.5, tw)
    pg.image(signature_image("J Desir", rng), 112, y + 12, 42)
    _seal(
        pg,
        60,
        y + 2,
        rng,
        "ARCHIVES NATIONALES D'HAÏTI * PORT-AU-PRINCE * ",
        ["A.N.H."],
        (40, 60, 150),
        34,
    )
    pg.image(rect_stamp(["TIMBRE", "25 GOURDES"], rng, (30, 110, 60), 26), 170, 20, 22)
    back = Page(*A4, 200, bg=(247, 244, 232))
    back.image(
        rect_stamp(
            [
                "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES",
                "SERVICE DE LÉGALISATION",
                "Vu pour légalisation de la signature de",
                "M. Jacques DÉSIR, Dir. Gén. des Archives Nationales",
                "Port-au-Prince, le " + C.fr_num(C.d(a["legal_mfa"])),
                "No " + a["legal_mfa_no"],
            ],
            rng,
            (150, 30, 60),
            105,
        ),
        15,
        25,
        105,
    )
    back.image(signature_image("R Celestin", rng), 40, 68, 40)
    back.image(
        rect_stamp(
            [
                "AMBASSADE DE FRANCE EN HAÏTI",
                "Vu pour légalisation de la",
                "signature de M. Rony CÉLESTIN",
                "Port-au-Prince, le " + C.fr_num(C.d(a["legal_fr"])),
                "No " + a["legal_fr_no"],
            ],
            rng,
            (40, 50, 150),
            85,
        ),
        105,
        120,
        85,
    )
    back.image(signature_image("P Garnier", rng), 130, 160, 40)
    return [pg.img, back.img]


def translation(t: dict, rng: random.Random, pages: int = 1) -> list:
    """Sworn translation into French (traduction certifiée conforme)."""
    out = []
    for n in range(pages):
        pg = Page(*A4, 200)
        f, fb = t.get("font", "serif"), t.get("font_b", "serif-b")
        pg.lines(20, 16, t["translator"], 9, f, 1.3, (60, 60, 60))
        pg.text(190, 16, f"Réf. {t['ref']}", 9, f, (60, 60, 60), "right")
        pg.text(105, 48, "TRADUCTION", 14, fb, align="center")
        pg.text(105, 55, f"de l'{t['src']} vers le français", 10, f, align="center")
        pg.text(105, 61, f"Page {n + 1}/{pages}", 9, f, (90, 90, 90), "center")
        y = 75
        for lab, val in t["rows"][n::pages] if pages > 1 else t["rows"]:
            if lab.startswith("#"):
                y = pg.wrap(20, y + 3, lab[1:], 170, 10, f, 1.4) + 2
                continue
            pg.text(20, y, lab, 10, f)
            y = pg.wrap(78, y, val, 112, 10, fb, 1.3) + 2.5
        if n == pages - 1:
            y = max(y + 10, 215)
            pg.wrap(20, y, t["cert"], 170, 9.5, f, 1.4)
            pg.text(120, y + 26, t["place_date"], 10, f)
            pg.image(
                stamp_image(t["stamp_ring"], t["stamp_center"], rng, (30, 40, 140), 36),
                25,
                y + 18,
                36,
            )
            pg.image(signature_image(t["name"], rng), 125, y + 30, 45)
        out.append(pg.img)
    return out
