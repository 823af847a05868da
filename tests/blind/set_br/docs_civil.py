"""Visa sticker, French cards, birth certificates, apostilles, sworn translations."""

from __future__ import annotations

import random

from ids import id_card, mrz_lines
from render import Page, portrait, signature, stamp_round

RED = (190, 30, 40)


def visa_page(v: dict, seed: int) -> Page:
    rng = random.Random(seed)
    p = Page(125, 88, bg=(238, 234, 226))
    p.rect(2.5, 3, 120, 82, stroke=None, fill=(222, 232, 226))
    for k in range(22):
        p.line(2.5, 5 + k * 3.6, 122.5, 5 + k * 3.6 + rng.uniform(-2, 2), (190, 210, 200), 0.12)
    p.text(118, 8.5, v["sticker_no"], "monob", 10, RED, "r")
    p.image(portrait(seed=seed, tone=v["skin"]), 5, 10, 25, 32)
    lab, f = (60, 70, 80), "sansb"

    def fld(x, y, label, val, size=6.8):
        p.text(x, y, label, "sans", 3.8, lab)
        p.text(x, y + 3.2, val, f, size)

    fld(34, 10, "VALABLE POUR / VALID FOR", "FRANCE")
    fld(34, 17, "DU / FROM", v["from"])
    fld(62, 17, "AU / UNTIL", v["until"])
    fld(34, 24, "TYPE DE VISA / TYPE OF VISA", "D")
    fld(62, 24, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    fld(96, 24, "DURÉE DE SÉJOUR", v["days"] + " JOURS")
    fld(34, 31, "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
    fld(70, 31, "LE / ON", v["issued_on"])
    fld(34, 38, "NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", v["passport"])
    fld(5, 48, "NOM, PRÉNOM / SURNAME, NAME", v["name"], 7.4)
    p.text(5, 56, "REMARQUES / REMARKS", "sans", 3.8, lab)
    for i, r in enumerate(v["remarks"]):
        p.text(5, 59.5 + i * 3.4, r, f, 6.3)
    stamp_round(p, 100, 52, 8, ["CONSULAT", "DE FRANCE"], (120, 60, 140))
    mrz_lines(p, 4.5, 77.5, v["mrz"], 9.6, 5.2)
    return p


def titre_sejour(t: dict, seed: int) -> tuple[Page, Page]:
    title = [
        ("RÉPUBLIQUE FRANÇAISE", "sansb", 6.2),
        ("TITRE DE SÉJOUR / RESIDENCE PERMIT", "sansb", 5.2),
    ]
    fields = [
        (28, 13, "NOM / Surname", t["surname"], 7.2),
        (28, 19.5, "Prénoms / Given names", t["given"], 7.2),
        (28, 26, "Sexe / Sex", t["sex"], 6.5),
        (44, 26, "Nationalité / Nationality", t["nat"], 6.5),
        (28, 32.5, "Date de naissance / Date of birth", t["dob"], 6.5),
        (60, 32.5, "Valable jusqu'au / Valid until", t["until"], 6.5),
        (28, 39, "Type de titre / Permit type", t["type"], 5.6),
        (62, 9.5, "", "N° " + t["number"], 6.2),
    ]
    front = id_card(title, fields, seed, bg=(232, 230, 240), tint=(200, 190, 220))
    back = id_card(
        [("REMARQUES / REMARKS", "sansb", 4.5)],
        [
            (4, 11, "", t["remarks"], 6.8),
            (4, 16, "Adresse / Address", t["addr"], 5.4),
            (4, 23, "Lieu de naissance / Place of birth", t["pob"], 6),
            (4, 29.5, "Délivré le / Issued on", t["issued"], 6),
            (40, 29.5, "Par / By", t["authority"], 5.6),
            (55, 11, "N° étranger", t["agdref"], 6),
        ],
        seed + 1,
        mrz=t["mrz"],
        photo=False,
        bg=(232, 230, 240),
        tint=(200, 190, 220),
    )
    return front, back


def french_cni(c: dict, seed: int) -> tuple[Page, Page]:
    title = [
        ("RÉPUBLIQUE FRANÇAISE", "sansb", 6.4),
        ("CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sansb", 4.8),
    ]
    fields = [
        (28, 13, "NOM / Surname", c["surname"], 7.6),
        (28, 19.5, "Prénoms / Given names", c["given"], 7.2),
        (28, 26, "SEXE / Sex", c["sex"], 6.5),
        (42, 26, "NATIONALITÉ / Nationality", "FRA", 6.5),
        (66, 26, "DATE DE NAISS.", c["dob"], 6.5),
        (28, 32.5, "LIEU DE NAISSANCE / Place of birth", c["pob"], 6.5),
        (28, 39, "N° DU DOCUMENT / Document No", c["number"], 6.8),
        (60, 39, "DATE D'EXPIR. / Expiry date", c["expiry"], 6.5),
        (72, 7.5, "", c["can"], 6),
    ]
    front = id_card(title, fields, seed, bg=(228, 236, 242), tint=(190, 205, 230))
    back = id_card(
        [],
        [
            (4, 7, "ADRESSE / Address", c["addr1"], 6.2),
            (4, 13, "", c["addr2"], 6.2),
            (4, 20, "DATE DE DÉLIVRANCE / Date of issue", c["issued"], 6.2),
            (4, 27, "AUTORITÉ / Authority", c["authority"], 6),
        ],
        seed + 1,
        mrz=c["mrz"],
        photo=False,
        bg=(228, 236, 242),
        tint=(190, 205, 230),
    )
    return front, back


# ----------------------------------------------------------------- birth certificates


def tunisia_birth(b: dict, seed: int) -> Page:
    rng = random.Random(seed)
    p = Page(148, 210, bg=(232, 242, 228))
    for k in range(40):
        p.line(0, k * 5.4, 148, k * 5.4 + rng.uniform(-3, 3), (210, 228, 205), 0.12)
    g = (20, 60, 40)
    p.text(6, 10, "RÉPUBLIQUE TUNISIENNE", "serifb", 8.5, g)
    p.text(6, 14.5, "Ministère de l'Intérieur", "serif", 7.5, g)
    p.text(6, 19, f"Commune de {b['commune_fr']}", "serif", 7.5, g)
    p.text(142, 11, "الجمهورية التونسية", "arabicb", 11, g, "r", rtl=True)
    p.text(142, 16.5, "وزارة الداخلية", "arabic", 10, g, "r", rtl=True)
    p.text(142, 22, "بلدية " + b["commune_ar"], "arabic", 10, g, "r", rtl=True)
    p.ellipse(66, 6, 16, 16, stroke=RED, lw=0.5)
    p.text(74, 16.5, "☪", "dejavu", 11, RED, "c")
    p.text(74, 33, "مضمون ولادة", "arabicb", 15, (0, 0, 0), "c", rtl=True)
    p.text(74, 40, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 10.5, (0, 0, 0), "c")
    p.text(6, 49, f"Année : {b['year']}      N° de l'acte : {b['act_no']}", "serif", 7.5)
    p.text(
        142,
        49.5,
        f"السنة : {b['year']}   عدد الرسم : {b['act_no']}",
        "arabic",
        9,
        (0, 0, 0),
        "r",
        rtl=True,
    )
    rows = [
        ("Nom", b["surname"], "اللقب", b["surname_ar"]),
        ("Prénom", b["given"], "الاسم", b["given_ar"]),
        ("Sexe", b["sex_fr"], "الجنس", b["sex_ar"]),
        ("Date de naissance", b["dob_fr"], "تاريخ الولادة", b["dob_ar"]),
        ("Lieu de naissance", b["pob_fr"], "مكان الولادة", b["pob_ar"]),
        ("Nom et prénom du père", b["father_fr"], "اسم ولقب الأب", b["father_ar"]),
        ("Nom et prénom de la mère", b["mother_fr"], "اسم ولقب الأم", b["mother_ar"]),
        ("Nationalité", "Tunisienne", "الجنسية", "تونسية"),
    ]
    y = 58
    for lf, vf, la, va in rows:
        p.rect(4, y, 140, 12, stroke=(120, 140, 120), lw=0.2)
        p.text(6, y + 4, lf, "serif", 6.5, (60, 60, 60))
        p.text(6, y + 9.5, vf, "monob", 8.5)
        p.text(142, y + 5, la, "arabic", 8.5, (60, 60, 60), "r", rtl=True)
        p.text(142, y + 10.5, va, "arabic", 10, (0, 0, 0), "r", rtl=True)
        y += 12
    y += 6
    p.text(6, y, "Mentions marginales : néant", "serif", 7.5)
    p.text(142, y, "التنصيصات الهامشية : لا شيء", "arabic", 9, (0, 0, 0), "r", rtl=True)
    y += 10
    p.text(6, y, f"Délivré à {b['commune_fr']}, le {b['issued_fr']}", "serif", 7.5)
    p.text(
        142,
        y + 1,
        f"حرر ب{b['commune_ar']} في {b['issued_fr']}",
        "arabic",
        9,
        (0, 0, 0),
        "r",
        rtl=True,
    )
    p.text(100, y + 10, "L'officier de l'état civil", "serif", 7, (0, 0, 0), "c")
    p.text(100, y + 14.5, "ضابط الحالة المدنية", "arabic", 8.5, (0, 0, 0), "c", rtl=True)
    stamp_round(p, 60, y + 22, 11, ["BALADIYAT", b["commune_fr"].upper()], (70, 60, 150))
    signature(p, 88, y + 28, rng, 28, (30, 30, 90), 0.45)
    p.rect(8, y + 14, 26, 13, stroke=(0, 0, 0), fill=(245, 230, 200), lw=0.2)
    p.text(21, y + 19, "TIMBRE", "sansb", 5.5, (120, 60, 20), "c")
    p.text(21, y + 24, "0,800 DT", "sansb", 6, (120, 60, 20), "c")
    return p


def cameroon_birth(b: dict, seed: int) -> tuple[Page, Page]:
    rng = random.Random(seed)
    p = Page(bg=(250, 248, 240))
    f, fb = "freeserif", "freeserifb"
    for i, t in enumerate(
        [
            "RÉPUBLIQUE DU CAMEROUN",
            "Paix - Travail - Patrie",
            "-----",
            "RÉGION DU LITTORAL",
            "DÉPARTEMENT DE LA SANAGA-MARITIME",
            "COMMUNE D'ÉDÉA Ier",
        ]
    ):
        p.text(48, 14 + i * 4.4, t, fb if i in (0, 3) else f, 8, anchor="c")
    for i, t in enumerate(
        [
            "REPUBLIC OF CAMEROON",
            "Peace - Work - Fatherland",
            "-----",
            "LITTORAL REGION",
            "SANAGA-MARITIME DIVISION",
            "EDEA I COUNCIL",
        ]
    ):
        p.text(162, 14 + i * 4.4, t, fb if i in (0, 3) else f, 8, anchor="c")
    p.rect(96, 12, 18, 12, stroke=None, fill=(0, 122, 61))
    p.rect(102, 12, 6, 12, stroke=None, fill=(206, 17, 38))
    p.rect(108, 12, 6, 12, stroke=None, fill=(252, 209, 22))
    p.text(105, 19.5, "★", "dejavu", 6, (252, 209, 22), "c")
    p.text(105, 48, "CENTRE D'ÉTAT CIVIL / CIVIL STATUS REGISTRATION CENTRE", fb, 9, anchor="c")
    p.text(105, 53, f"de / of : {b['centre']}", f, 9, anchor="c")
    p.text(105, 64, "ACTE DE NAISSANCE", fb, 16, anchor="c")
    p.text(105, 70, "BIRTH CERTIFICATE", "freeserifb", 11, (60, 60, 60), "c")
    p.text(105, 77, f"N° {b['act_no']}", "monob", 10, anchor="c")
    rows = [
        ("Nom et prénoms de l'enfant", "Surname and given names of the child", b["name_line"]),
        ("Né(e) le", "Born on the", b["dob_words"]),
        ("À", "At", b["pob"]),
        ("De sexe", "Sex", b["sex"]),
        ("Fils / Fille de", "Son / Daughter of", b["father"]),
        ("Né à / le", "Born at / on", b["father_birth"]),
        ("Profession", "Occupation", b["father_job"]),
        ("Et de", "And of", b["mother"]),
        ("Née à / le", "Born at / on", b["mother_birth"]),
        ("Profession", "Occupation", b["mother_job"]),
        ("Domiciliés à", "Resident at", b["domicile"]),
        ("Sur la déclaration de", "On the declaration of", b["declarant"]),
        ("Dressé le", "Drawn up on the", b["drawn"]),
        ("Par Nous", "By Us", b["officer"]),
        (
            "Officier d'état civil, assisté de",
            "Civil status registrar, assisted by",
            b["secretary"],
        ),
    ]
    y = 88
    for lf, le, v in rows:
        p.text(16, y, lf, fb, 8.5)
        p.text(16, y + 3.8, le, "freeserif", 7, (90, 90, 90))
        p.text(82, y + 1.5, v, "mono", 9.5)
        for xx in range(82, 196, 2):
            p.line(xx, y + 3, xx + 0.7, y + 3, (150, 150, 150), 0.12)
        y += 10.5
    y += 3
    p.text(
        16,
        y,
        "Lecture faite et invités à signer, nous avons signé avec le déclarant. / "
        "Read over and invited to sign, we have signed with the declarant.",
        f,
        7.5,
    )
    y += 9
    p.text(30, y, "Le Déclarant / The Declarant", fb, 8)
    p.text(120, y, "L'Officier d'état civil / The Registrar", fb, 8)
    signature(p, 34, y + 15, rng, 26, (20, 20, 60), 0.4)
    signature(p, 128, y + 15, rng, 32, (20, 20, 60), 0.45)
    stamp_round(p, 165, y + 14, 13, ["CENTRE ÉTAT CIVIL", "ÉDÉA Ier"], (60, 60, 160))
    p.text(
        105, 285, "COPIE CERTIFIÉE CONFORME À L'ORIGINAL / CERTIFIED TRUE COPY", fb, 8, anchor="c"
    )
    q = Page(bg=(250, 248, 240))
    q.text(105, 30, "VERSO", f, 8, (150, 150, 150), "c")
    q.rect(24, 44, 110, 58, stroke=(40, 70, 150), lw=0.6)
    leg = b["legal"]
    for i, t in enumerate(
        [
            "MINISTÈRE DES RELATIONS EXTÉRIEURES",
            "Direction des Affaires Consulaires",
            "VU POUR LÉGALISATION de la signature de",
            leg["of"],
            leg["capacity"],
            f"Yaoundé, le {leg['date1']}",
            f"N° {leg['no1']}",
        ]
    ):
        q.text(79, 52 + i * 6.2, t, "sansb" if i in (0, 2) else "sans", 8, (40, 70, 150), "c")
    signature(q, 92, 98, rng, 26, (40, 70, 150), 0.4)
    q.rect(70, 118, 120, 60, stroke=(140, 40, 60), lw=0.6)
    for i, t in enumerate(
        [
            "AMBASSADE DE FRANCE AU CAMEROUN",
            "Service consulaire - Yaoundé",
            "LÉGALISATION",
            "Vu pour légalisation de la signature de",
            leg["of2"],
            f"Yaoundé, le {leg['date2']}",
            f"Acte n° {leg['no2']} - Droits perçus 30 €",
        ]
    ):
        q.text(130, 126 + i * 6.5, t, "serifb" if i in (0, 2) else "serif", 8.5, (140, 40, 60), "c")
    stamp_round(q, 86, 164, 11, ["RÉPUBLIQUE", "FRANÇAISE"], (140, 40, 60))
    signature(q, 150, 172, rng, 28, (20, 20, 60), 0.45)
    return p, q


def mexico_acta(b: dict, seed: int) -> Page:
    rng = random.Random(seed)
    p = Page(216, 279, bg=(246, 248, 244))
    green = (0, 90, 60)
    for k in range(60):
        p.line(0, k * 4.7, 216, k * 4.7 + 12, (226, 236, 228), 0.2)
    p.ellipse(14, 10, 22, 22, stroke=green, lw=0.6)
    p.text(25, 23, "EUM", "serifb", 8, green, "c")
    p.text(108, 16, "ESTADOS UNIDOS MEXICANOS", "serifb", 13, green, "c")
    p.text(108, 26, "ACTA DE NACIMIENTO", "sansb", 16, (0, 0, 0), "c")
    p.rect(150, 32, 56, 13, stroke=green, lw=0.3)
    p.text(152, 36, "Identificador Electrónico", "sans", 6, green)
    p.text(152, 42, b["ident"], "monob", 9)
    p.rect(10, 32, 56, 13, stroke=green, lw=0.3)
    p.text(12, 36, "CURP", "sans", 6, green)
    p.text(12, 42, b["curp"], "monob", 9)
    y = 54
    reg = [
        ("Entidad de Registro", "JALISCO"),
        ("Municipio de Registro", "GUADALAJARA"),
        ("Oficialía", b["oficialia"]),
        ("Fecha de Registro", b["reg_date"]),
        ("Libro", b["libro"]),
        ("Número de Acta", b["acta_no"]),
    ]
    for i, (k, v) in enumerate(reg):
        x = 10 + (i % 3) * 66
        yy = y + (i // 3) * 12
        p.text(x, yy, k, "sans", 6.5, green)
        p.text(x, yy + 5, v, "sansb", 9)
    y += 30
    p.rect(10, y, 196, 7, stroke=None, fill=green)
    p.text(108, y + 5, "Datos de la Persona Registrada", "sansb", 9, (255, 255, 255), "c")
    y += 14
    per = [
        ("Nombre(s):", b["given"]),
        ("Primer Apellido:", b["ap1"]),
        ("Segundo Apellido:", b["ap2"]),
        ("Sexo:", b["sex"]),
        ("Fecha de Nacimiento:", b["dob"]),
        ("Lugar de Nacimiento:", b["pob"]),
        ("CURP:", b["curp"]),
    ]
    for k, v in per:
        p.text(14, y, k, "sans", 8, green)
        p.text(62, y, v, "sansb", 10)
        y += 7
    y += 4
    p.rect(10, y, 196, 7, stroke=None, fill=green)
    p.text(
        108, y + 5, "Datos de Filiación de la Persona Registrada", "sansb", 9, (255, 255, 255), "c"
    )
    y += 14
    for k, v in [("Padre", b["father"]), ("Madre", b["mother"])]:
        p.text(14, y, k, "sansb", 8, green)
        p.text(14, y + 5.5, "Nombre:", "sans", 7.5, green)
        p.text(30, y + 5.5, v[0], "sansb", 9)
        p.text(128, y + 5.5, "Nacionalidad:", "sans", 7.5, green)
        p.text(150, y + 5.5, "MEXICANA", "sansb", 9)
        p.text(14, y + 11, "CURP:", "sans", 7.5, green)
        p.text(30, y + 11, v[1], "monob", 8.5)
        y += 18
    p.text(14, y, "Anotaciones Marginales:", "sans", 7.5, green)
    p.text(52, y, "SIN ANOTACIONES MARGINALES", "sans", 8)
    y += 10
    y = p.wrap(
        14,
        y,
        130,
        "El suscrito Director del Registro Civil del Estado de Jalisco CERTIFICA "
        "que la presente es copia fiel del acta que obra en los archivos de esta "
        "dependencia, la cual se expide con fundamento en los artículos relativos del "
        "Código Civil del Estado de Jalisco.",
        "sans",
        7.5,
    )
    p.text(14, y + 3, f"Fecha de expedición: {b['issued']}", "sans", 8)
    signature(p, 40, y + 22, rng, 36, (20, 20, 40), 0.45)
    p.text(14, y + 30, b["director"], "sansb", 8)
    p.text(14, y + 34, "Director del Registro Civil del Estado de Jalisco", "sans", 7.5)
    for i in range(25):  # a QR-like square drawn by hand
        for j in range(25):
            on = rng.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7)
            if (i in (1, 5) and 1 <= j <= 5) or (j in (1, 5) and 1 <= i <= 5):
                on = False
            if on:
                p.rect(166 + i * 1.3, y - 6 + j * 1.3, 1.3, 1.3, stroke=None, fill=(0, 0, 0))
    p.text(182, y + 31, "Firma electrónica avanzada", "sans", 5.5, anchor="c")
    return p


def ukraine_birth(b: dict, seed: int) -> Page:
    rng = random.Random(seed)
    p = Page(148, 210, bg=(236, 240, 226))
    for k in range(50):
        p.line(0, k * 4.4, 148, k * 4.4 + rng.uniform(-2, 2), (214, 224, 200), 0.12)
    p.text(74, 12, "УКРАЇНА", "dserifb", 11, (20, 50, 110), "c")
    p.text(74, 27, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "dserifb", 12, (20, 50, 110), "c")
    y = 40
    rows = [
        ("Прізвище", b["surname_uk"] + " / " + b["surname"]),
        ("Ім'я", b["given_uk"] + " / " + b["given"]),
        ("По батькові", b["patr_uk"] + " / " + b["patr"]),
        ("народився(лася)", b["dob_words"]),
        ("", b["dob_digits"]),
        ("Місце народження", b["pob_uk"]),
        ("", b["pob_lat"]),
    ]
    for lab, v in rows:
        if lab:
            p.text(8, y, lab, "dserif", 6.5, (80, 80, 80))
        p.text(42, y, v, "monob", 8.5)
        p.line(40, y + 1.2, 142, y + 1.2, (150, 160, 140), 0.15)
        y += 7.2
    y += 2
    p.text(8, y, "про що", "dserif", 6.5, (80, 80, 80))
    p.text(24, y, f"{b['act_year']} року", "mono", 8.5)
    y += 6
    p.text(8, y, f"складено відповідний актовий запис № {b['act_no']}", "dserif", 7.5)
    y += 10
    p.text(8, y, "Батьки:", "dserif", 7.5, (80, 80, 80))
    p.text(8, y + 6, "батько", "dserif", 6.5, (80, 80, 80))
    p.text(26, y + 6, b["father"], "mono", 8.5)
    p.text(8, y + 12, "мати", "dserif", 6.5, (80, 80, 80))
    p.text(26, y + 12, b["mother"], "mono", 8.5)
    y += 22
    p.text(8, y, "Місце державної реєстрації", "dserif", 6.5, (80, 80, 80))
    y = p.wrap(8, y + 5, 132, b["office"], "mono", 8)
    p.text(8, y + 3, "Дата видачі", "dserif", 6.5, (80, 80, 80))
    p.text(30, y + 3, b["issued"], "mono", 8.5)
    p.text(8, y + 12, "Посадова особа", "dserif", 6.5, (80, 80, 80))
    signature(p, 34, y + 14, rng, 20, (30, 30, 90), 0.4)
    stamp_round(p, 112, y + 8, 13, ["ВІДДІЛ ДРАЦС", "ХАРКІВ"], (50, 60, 170))
    p.text(74, 200, f"Серія {b['series']} № {b['serial']}", "monob", 10, RED, "c")
    return p


def apostille(a: dict, seed: int, page_size=(210, 297), bg=(255, 255, 255)) -> Page:
    """Hague model: ten numbered items; a['labels'] in the issuing country's languages."""
    rng = random.Random(seed)
    p = Page(*page_size, bg=bg)
    x0, w = a.get("x", 30), 150
    top = a.get("y", 40)
    p.rect(x0 - 6, top - 10, w + 12, 150, stroke=(30, 30, 30), lw=0.6)
    p.text(x0 + w / 2, top, "APOSTILLE", "sansb", 15, anchor="c")
    p.text(
        x0 + w / 2, top + 6, "(Convention de La Haye du 5 octobre 1961)", "sansi", 8.5, anchor="c"
    )
    y = top + 16
    for i, (lab, val) in enumerate(zip(a["labels"], a["values"], strict=False)):
        if i == 1:
            p.text(x0, y, a["certifies"], "sansb", 8)
            y += 8
        if i == 5:
            p.text(x0, y, a["certified"], "sansb", 8)
            y += 8
        p.text(x0, y, f"{i + 1}. {lab}", "sans", 7.5, (60, 60, 60))
        p.text(x0 + 78, y, val, "sansb", 8.5)
        y += 8.5 if i < 8 else 10
    stamp_round(p, x0 + 30, y + 8, 14, a["seal"], (60, 70, 170))
    signature(p, x0 + 90, y + 12, rng, 36, (20, 20, 60), 0.5)
    return p


def translation(t: dict, seed: int) -> list[Page]:
    rng = random.Random(seed)
    pages = []
    f, fb = t.get("font", "caladea"), t.get("fontb", "caladeab")
    for n, (title, rows) in enumerate(t["parts"]):
        p = Page()
        p.text(14, 14, t["translator"], fb, 9.5)
        p.text(14, 18.5, t["title_tr"], f, 8)
        p.text(14, 22.5, t["tr_addr"], f, 8)
        p.line(14, 26, 196, 26, (0, 0, 0), 0.3)
        p.text(105, 36, "TRADUCTION", fb, 13, anchor="c")
        p.text(105, 42, f"du {t['lang']} vers le français", f, 9, anchor="c")
        p.text(105, 52, title, fb, 11, anchor="c")
        y = 62
        for k, v in rows:
            if k.startswith("#"):
                y = p.wrap(16, y + 3, 178, k[1:], "caladeab", 9.5) + 1
                continue
            p.text(16, y, k, f, 9.5, (50, 50, 50))
            y = p.wrap(82, y, 112, v, fb, 9.5) + 1.5
        y = max(y + 8, 215)
        p.wrap(
            16,
            y,
            178,
            f"Traduction certifiée conforme à l'original en langue {t['lang_adj']} "
            f"qui m'a été présenté, ne varietur, inscrite sous le n° {t['repertoire']}-{n + 1} "
            "de mon répertoire.",
            "caladea",
            9,
        )
        p.text(16, y + 16, f"Fait à {t['city']}, le {t['date']}", f, 9.5)
        stamp_round(
            p,
            150,
            y + 28,
            15,
            ["TRADUCTEUR", "EXPERT", t["court"]],
            (60, 60, 170),
            outer=t["translator"].upper()[:22],
        )
        signature(p, 104, y + 34, rng, 30, (20, 20, 80), 0.5)
        p.text(196, 288, f"{n + 1}/{len(t['parts'])}", f, 8, anchor="r")
        pages.append(p)
    return pages
