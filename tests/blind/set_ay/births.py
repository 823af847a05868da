"""Birth certificates of Tunisia, Cameroon, Afghanistan and Venezuela, with the Venezuelan
apostille, the Afghan legalisation stamps and a French sworn translation."""

from __future__ import annotations

from kit import INK_BLUE, Page, guilloche, rect_stamp, round_stamp, signature

VIOLET = (88, 52, 140)
BLUE = (40, 60, 160)


def _hdr(pg: Page, lines, x, anchor="l", size=8.5, name="serifb", step=4.2, y=14):
    for ln in lines:
        pg.text(x, y, ln, size, name, (15, 15, 15), anchor)
        y += step
    return y


# -- Tunisia: extrait d'acte de naissance (مضمون ولادة), bilingual -------------------------------
def tunisia(a: dict, rng) -> Page:
    pg = Page(210, 297, bg=(252, 251, 246))
    fr = [
        "RÉPUBLIQUE TUNISIENNE",
        "Ministère de l'Intérieur",
        "Gouvernorat de " + a["gov"],
        "Municipalité de " + a["city"],
    ]
    ar = ["الجمهورية التونسية", "وزارة الداخلية", "ولاية " + a["gov_ar"], "بلدية " + a["city_ar"]]
    _hdr(pg, fr, 16, size=9)
    y = 14
    for ln in ar:
        pg.text(194, y, ln, 11, "arabicb", (15, 15, 15), "r")
        y += 4.6
    pg.ellipse(95, 10, 20, 20, stroke=(150, 30, 30), lw=0.6)
    pg.text(105, 21.5, "RT", 9, "serifb", (150, 30, 30), "m")
    pg.text(105, 46, "مضمون ولادة", 17, "arabicb", (10, 10, 10), "m")
    pg.text(105, 54, "EXTRAIT D'ACTE DE NAISSANCE", 13, "serifb", (10, 10, 10), "m")
    pg.text(16, 64, f"Année : {a['dob'][:4]}     N° de l'acte : {a['act_no']}", 9.5, "serif")
    pg.text(
        194, 64, f"السنة : {a['dob'][:4]}   عدد الرسم : {a['act_no']}", 11, "arabic", anchor="r"
    )
    pg.text(16, 70, f"Identifiant : {a['ident']}", 9, "serif")
    rows = [
        ("Prénom", a["given_fr"], a["given_ar"], "الاسم"),
        ("Nom", a["surname_fr"], a["surname_ar"], "اللقب"),
        ("Sexe", a["sex_fr"], a["sex_ar"], "الجنس"),
        ("Date de naissance", a["dob_fr"], a["dob_ar"], "تاريخ الولادة"),
        ("En toutes lettres", a["dob_words"], "", "بلسان القلم"),
        ("Lieu de naissance", a["pob_fr"], a["pob_ar"], "مكان الولادة"),
        ("Nom et prénom du père", a["father_fr"], a["father_ar"], "اسم الأب ولقبه"),
        ("Nationalité du père", "Tunisienne", "تونسية", "جنسية الأب"),
        ("Nom et prénom de la mère", a["mother_fr"], a["mother_ar"], "اسم الأم ولقبها"),
        ("Nationalité de la mère", "Tunisienne", "تونسية", "جنسية الأم"),
        ("Mentions marginales", "Néant", "لا شيء", "التنصيصات المرسمة بالطرة"),
    ]
    y = 78
    for lf, vf, va, la in rows:
        pg.rect(14, y, 182, 13, stroke=(90, 90, 90), lw=0.2)
        pg.line(58, y, 58, y + 13, (90, 90, 90), 0.2)
        pg.line(152, y, 152, y + 13, (90, 90, 90), 0.2)
        pg.text(16, y + 8, lf, 8.2, "serif")
        pg.text(60, y + 5.5, vf, 9.5 if len(vf) < 40 else 7.6, "serifb")
        if va:
            pg.text(150, y + 11, va, 11, "arabicb", anchor="r")
        pg.text(194, y + 8.5, la, 10.5, "arabic", anchor="r")
        y += 13
    y += 10
    pg.text(16, y, f"Délivré à {a['city']}, le {a['issued_fr']}", 9.5, "serif")
    pg.text(194, y, f"سلم ب{a['city_ar']} في {a['issued_ar']}", 11, "arabic", anchor="r")
    pg.text(16, y + 7, "L'Officier de l'état civil", 9.5, "serifb")
    pg.text(194, y + 7, "ضابط الحالة المدنية", 11, "arabicb", anchor="r")
    st = round_stamp(
        rng,
        f"MUNICIPALITÉ DE {a['city'].upper()} * ÉTAT CIVIL *",
        ["بلدية", a["city_ar"]],
        VIOLET,
        34,
    )
    pg.image(120, y + 6, 36, 36, st)
    pg.image(140, y + 16, 44, 16, signature(rng, a["officer"], 44, 16, INK_BLUE))
    pg.text(16, y + 40, "Timbre fiscal acquitté - 0,500 D", 7.5, "serifi", (60, 60, 60))
    pg.text(
        105,
        287,
        "Extrait délivré en application de la loi n° 57-3 du 1er août 1957 "
        "réglementant l'état civil",
        6.8,
        "serifi",
        (90, 90, 90),
        "m",
    )
    return pg


# -- Cameroon: acte de naissance / birth certificate (form filled by hand) ---------------------
def cameroon(a: dict, rng) -> Page:
    pg = Page(210, 297, bg=(250, 250, 242))
    green = (20, 110, 60)
    pg.rect(8, 8, 194, 281, stroke=green, lw=0.8)
    pg.rect(9.5, 9.5, 191, 278, stroke=green, lw=0.25)
    left = [
        "RÉPUBLIQUE DU CAMEROUN",
        "Paix - Travail - Patrie",
        "----------",
        "RÉGION DU " + a["region"].upper(),
        "DÉPARTEMENT DU " + a["dept"].upper(),
        "ARRONDISSEMENT DE " + a["arr"].upper(),
    ]
    right = [
        "REPUBLIC OF CAMEROON",
        "Peace - Work - Fatherland",
        "----------",
        a["region"].upper() + " REGION",
        a["dept"].upper() + " DIVISION",
        a["arr_en"].upper() + " SUBDIVISION",
    ]
    _hdr(pg, left, 50, "m", 7.6, "sansb", 3.8, 17)
    _hdr(pg, right, 160, "m", 7.6, "sansb", 3.8, 17)
    pg.text(
        105,
        48,
        "CENTRE D'ÉTAT CIVIL DE / CIVIL STATUS REGISTRATION CENTRE OF",
        8,
        "sansb",
        anchor="m",
    )
    pg.hand(105, 55, a["centre"], 12, rng, "dancing", INK_BLUE, "m")
    pg.text(105, 66, "ACTE DE NAISSANCE N°", 13, "serifb", anchor="m")
    pg.text(105, 71, "BIRTH CERTIFICATE No", 10, "serifi", anchor="m")
    pg.hand(150, 66.5, a["act_no"], 13, rng, "dancing", INK_BLUE)
    rows = [
        ("Nom de l'enfant", "Surname of the child", a["surname"]),
        ("Prénoms de l'enfant", "Given names of the child", a["given"]),
        ("Né le", "Born on the", a["dob_words"]),
        ("À", "At", a["pob"]),
        ("De sexe", "Sex", a["sex"]),
        ("De", "Of (father)", a["father"]),
        ("Né à", "Born at", a["father_pob"]),
        ("Domicilié à", "Resident at", a["father_res"]),
        ("Profession", "Occupation", a["father_job"]),
        ("Nationalité", "Nationality", "Camerounaise"),
        ("Et de", "And of (mother)", a["mother"]),
        ("Née à", "Born at", a["mother_pob"]),
        ("Domiciliée à", "Resident at", a["mother_res"]),
        ("Profession", "Occupation", a["mother_job"]),
        ("Nationalité", "Nationality", "Camerounaise"),
        ("Dressé le", "Drawn up on the", a["drawn"]),
        ("Sur la déclaration de", "On the declaration of", a["declarant"]),
        ("Par Nous", "By Us", a["officer"]),
        ("Officier d'état civil", "Civil Status Registrar", ""),
        ("Assisté de", "In the presence of", a["secretary"]),
        ("Secrétaire d'état civil", "Civil Status Secretary", ""),
    ]
    y = 79
    for fr, en, val in rows:
        pg.text(16, y, fr, 8.2, "sansb")
        pg.text(16, y + 3.3, en, 6.8, "sansi", (60, 60, 60))
        for xx in range(62, 196, 2):
            pg.line(xx, y + 2.5, xx + 0.6, y + 2.5, (120, 120, 120), 0.2)
        if val:
            pg.hand(64, y + 1.6, val, 11 if len(val) < 44 else 9, rng, "dancing", INK_BLUE)
        y += 7.5
    y += 2
    pg.text(16, y, "Lequel a certifié la sincérité de la présente déclaration /", 7.5, "sansi")
    pg.text(16, y + 3.5, "Who attested to the truth of this declaration", 7.5, "sansi")
    pg.text(30, y + 12, "Le Secrétaire / The Secretary", 7.6, "sansb")
    pg.text(130, y + 12, "L'Officier d'état civil / The Registrar", 7.6, "sansb")
    pg.image(28, y + 14, 38, 14, signature(rng, a["secretary"], 38, 14, INK_BLUE))
    pg.image(132, y + 14, 42, 15, signature(rng, a["officer"], 42, 15, INK_BLUE))
    st = round_stamp(
        rng,
        f"CENTRE D'ÉTAT CIVIL * {a['arr'].upper()} *",
        ["RÉP. DU", "CAMEROUN"],
        (40, 70, 150),
        33,
    )
    pg.image(100, y + 8, 34, 34, st)
    cc = rect_stamp(
        rng,
        ["COPIE CERTIFIÉE CONFORME", "À L'ORIGINAL", f"{a['copy_place']}, le"],
        (40, 70, 150),
        58,
        20,
    )
    pg.image(18, y + 34, 58, 20, cc)
    pg.hand(52, y + 51, a["copy_date"], 10, rng, "dancing", INK_BLUE)
    return pg


# -- Afghanistan: birth certificate of the Ministry of Interior Affairs ----------------------------
def afghanistan(a: dict, rng, photo) -> Page:
    pg = Page(210, 297, bg=(250, 249, 244))
    guilloche(pg, 12, 80, 186, 150, (222, 230, 222), rng, n=40, lw=0.1)
    pg.rect(10, 10, 190, 277, stroke=(30, 90, 60), lw=0.7)
    en = [
        "Islamic Republic of Afghanistan",
        "Ministry of Interior Affairs",
        "General Directorate of Population Registration",
    ]
    da = ["جمهوری اسلامی افغانستان", "وزارت امور داخله", "ریاست عمومی ثبت احوال نفوس"]
    _hdr(pg, en, 16, size=8.6, step=4.4, y=20)
    y = 20
    for ln in da:
        pg.text(194, y, ln, 11, "arabicb", anchor="r")
        y += 5
    pg.ellipse(93, 14, 24, 24, stroke=(30, 90, 60), lw=0.6)
    pg.ellipse(96, 17, 18, 18, stroke=(30, 90, 60), lw=0.3)
    pg.text(105, 48, "تصدیق تولد", 18, "arabicb", anchor="m")
    pg.text(105, 57, "BIRTH CERTIFICATE", 14, "serifb", anchor="m")
    pg.text(16, 66, f"No: {a['cert_no']}", 9, "monob")
    pg.text(194, 66, f"نمبر: {a['cert_no']}", 10, "arabic", anchor="r")
    pg.image(160, 70, 30, 38, photo)
    pg.rect(160, 70, 30, 38, stroke=(80, 80, 80), lw=0.3)
    rows = [
        ("Name", a["given"], a["given_da"], "اسم"),
        ("Surname", a["surname"], a["surname_da"], "تخلص"),
        ("Father's Name", a["father"], a["father_da"], "اسم پدر"),
        ("Grandfather's Name", a["gfather"], a["gfather_da"], "اسم پدر کلان"),
        ("Gender", a["sex_en"], a["sex_da"], "جنسیت"),
        ("Date of Birth", a["dob_en"], a["dob_da"], "تاریخ تولد"),
        ("Place of Birth", a["pob_en"], a["pob_da"], "محل تولد"),
        ("Tazkira No", a["tazkira"], a["tazkira"], "نمبر تذکره"),
        ("Nationality", "Afghan", "افغان", "تابعیت"),
    ]
    y = 114
    for le, ve, vd, ld in rows:
        pg.rect(16, y, 178, 11, stroke=(60, 60, 60), lw=0.2)
        pg.line(52, y, 52, y + 11, (60, 60, 60), 0.2)
        pg.line(105, y, 105, y + 11, (60, 60, 60), 0.2)
        pg.line(160, y, 160, y + 11, (60, 60, 60), 0.2)
        pg.text(18, y + 7, le, 8.4, "sansb")
        pg.text(54, y + 7, ve, 9, "sans")
        pg.text(158, y + 8.5, vd, 11, "arabic", anchor="r")
        pg.text(192, y + 8.5, ld, 11, "arabicb", anchor="r")
        y += 11
    y += 8
    pg.text(16, y, f"Date of issue: {a['issued_en']}", 9, "sans")
    pg.text(194, y, f"تاریخ صدور: {a['issued_da']}", 10.5, "arabic", anchor="r")
    pg.text(16, y + 12, "Head of Population Registration", 8.5, "sansb")
    pg.text(194, y + 12, "رئیس ثبت احوال نفوس", 10.5, "arabicb", anchor="r")
    pg.image(20, y + 15, 44, 16, signature(rng, a["official"], 44, 16, INK_BLUE))
    pg.image(
        70,
        y + 8,
        34,
        34,
        round_stamp(
            rng,
            "MINISTRY OF INTERIOR AFFAIRS * KABUL *",
            ["وزارت", "امور داخله"],
            (40, 70, 150),
            33,
        ),
    )
    # consular legalisation chain (Afghanistan is not a Hague Apostille party)
    mfa = rect_stamp(
        rng,
        [
            "ISLAMIC REPUBLIC OF AFGHANISTAN",
            "MINISTRY OF FOREIGN AFFAIRS",
            "CONSULAR AFFAIRS DEPT. - LEGALIZED",
            f"No {a['mfa_no']}",
            a["mfa_date"],
        ],
        (120, 40, 60),
        66,
        28,
    )
    pg.image(20, 236, 66, 28, mfa)
    fr = rect_stamp(
        rng,
        [
            "AMBASSADE DE FRANCE EN AFGHANISTAN",
            "Vu pour légalisation de la",
            "signature de M. " + a["mfa_signer"],
            "apposée ci-contre",
            f"Kaboul, le {a['fr_date']}  N° {a['fr_no']}",
            "Le Consul",
        ],
        (40, 50, 140),
        80,
        34,
    )
    pg.image(105, 232, 80, 34, fr)
    pg.image(140, 256, 40, 14, signature(rng, "Consul", 40, 14, (30, 40, 120)))
    return pg


# -- Venezuela: acta de nacimiento (certified copy) + apostille + sworn translation -----------
def venezuela(a: dict, rng) -> Page:
    pg = Page(216, 279, bg=(251, 251, 249))  # US letter, as printed in Venezuela
    _hdr(
        pg,
        [
            "REPÚBLICA BOLIVARIANA DE VENEZUELA",
            "CONSEJO NACIONAL ELECTORAL",
            "COMISIÓN DE REGISTRO CIVIL Y ELECTORAL",
            f"OFICINA DE REGISTRO CIVIL DE LA PARROQUIA {a['parroquia'].upper()}",
            f"MUNICIPIO {a['municipio'].upper()} - ESTADO {a['estado'].upper()}",
        ],
        108,
        "m",
        9,
        "serifb",
        4.4,
        16,
    )
    pg.text(108, 46, "ACTA DE NACIMIENTO", 14, "serifb", anchor="m")
    pg.text(30, 56, f"Acta N° {a['acta']}    Folio {a['folio']}    Año {a['dob'][:4]}", 10, "mono")
    body = (
        f"El suscrito Registrador Civil de la Parroquia {a['parroquia']} del Municipio "
        f"{a['municipio']} del Estado {a['estado']}, CERTIFICA: Que en el Libro de Registro Civil "
        f"de Nacimientos llevado por esta Oficina durante el año {a['year_words']}, se encuentra "
        f"inserta el Acta N° {a['acta']} cuyo tenor es el siguiente: \u00abYo, {a['prefecto']}, "
        f"Prefecto Civil de la Parroquia {a['parroquia']}, hago constar que hoy, "
        f"{a['drawn_words']}, ha sido presentada ante este Despacho una niña por el ciudadano "
        f"{a['father']}, venezolano, mayor de edad, {a['father_job']}, titular de la cédula de "
        f"identidad N° {a['father_ci']}, domiciliado en esta ciudad, y expuso: que dicha niña "
        f"nació en {a['pob']}, el día {a['dob_words']}, a las {a['hour']}, que lleva por nombre "
        f"{a['given'].upper()} y es hija suya y de su cónyuge {a['mother']}, venezolana, "
        f"titular de la cédula de identidad N° {a['mother_ci']}. Fueron testigos de este acto "
        f"los ciudadanos {a['witnesses']}, mayores de edad y de este domicilio. Terminó, se leyó "
        f"y conformes firman.\u00bb (Fdos.) Ilegibles.\n"
        f"Es copia fiel y exacta de su original, que se expide a solicitud de parte interesada "
        f"en {a['city']}, a los {a['copy_words']}."
    )
    y = pg.para(30, 68, 156, body, 10.2, "mono", lead=1.6)
    pg.text(108, y + 28, a["registrar"], 9.5, "serifb", anchor="m")
    pg.text(108, y + 32.5, "REGISTRADOR CIVIL", 8.5, "serif", anchor="m")
    pg.image(88, y + 8, 44, 17, signature(rng, a["registrar"], 44, 17, (20, 20, 60)))
    pg.image(
        140,
        y + 2,
        34,
        34,
        round_stamp(
            rng,
            "REGISTRO CIVIL * PARROQUIA " + a["parroquia"].upper() + " *",
            ["C.N.E.", "ZULIA"],
            (30, 60, 150),
            33,
        ),
    )
    saren = rect_stamp(
        rng,
        [
            "SAREN - REGISTRO PRINCIPAL DEL ESTADO " + a["estado"].upper(),
            "CERTIFICA: que la firma que antecede es auténtica",
            f"Maracaibo, {a['saren_date']}  Planilla N° {a['saren_no']}",
            "EL REGISTRADOR PRINCIPAL",
        ],
        (110, 40, 120),
        92,
        26,
    )
    pg.image(26, 232, 92, 26, saren)
    pg.image(70, 248, 40, 14, signature(rng, "Principal", 40, 14, (60, 30, 90)))
    return pg


def apostille_ve(ap: dict, rng) -> Page:
    pg = Page(216, 279, bg=(255, 255, 255))
    pg.text(108, 18, "REPÚBLICA BOLIVARIANA DE VENEZUELA", 11, "sansb", anchor="m")
    pg.text(
        108, 24, "MINISTERIO DEL PODER POPULAR PARA RELACIONES EXTERIORES", 8.5, "sans", anchor="m"
    )
    pg.rect(28, 36, 160, 150, stroke=(0, 0, 0), lw=0.5)
    pg.text(108, 48, "APOSTILLE", 18, "sansb", anchor="m")
    pg.text(108, 55, "(Convention de La Haye du 5 octobre 1961)", 9, "sansi", anchor="m")
    items = [
        ("1. País:", "República Bolivariana de Venezuela"),
        ("   El presente documento público", ""),
        ("2. ha sido firmado por:", ap["signed_by"]),
        ("3. quien actúa en calidad de:", ap["capacity"]),
        ("4. y está revestido del sello / timbre de:", ap["seal"]),
        ("", "Certificado"),
        ("5. en:", "Caracas"),
        ("6. el día:", ap["date_text"]),
        ("7. por:", "Dirección General de Relaciones Consulares - MPPRE"),
        ("8. bajo el número:", ap["number"]),
        ("9. Sello / timbre:", "Firma electrónica"),
        ("10. Firma:", ap["official"]),
    ]
    y = 68
    for lab, val in items:
        pg.text(34, y, lab, 9.2, "sansb")
        if val:
            pg.text(110 if len(lab) > 24 else 80, y, val, 9.2, "sans")
        y += 8.4
    # QR-like verification code (drawn modules, not decodable)
    x0, y0, m = 40, 192, 1.3
    for i in range(25):
        for j in range(25):
            corner = (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7)
            if corner:
                on = i % 18 in (0, 6) or j % 18 in (0, 6) or (2 <= i % 18 <= 4 and 2 <= j % 18 <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                pg.rect(x0 + j * m, y0 + i * m, m, m, stroke=None, fill=(0, 0, 0))
    pg.para(
        80,
        198,
        110,
        "Verifique la autenticidad de este documento en "
        "https://legalizacionve.mppre.gob.ve con el número de apostilla y el código "
        f"de verificación {ap['code']}.",
        8,
        "sans",
    )
    pg.image(130, 150, 44, 16, signature(rng, ap["official"], 44, 16, (20, 20, 40)))
    return pg


def translation(t: dict, rng) -> list[Page]:
    pages = []
    for n, chunk in enumerate(t["chunks"]):
        pg = Page(210, 297, bg=(255, 255, 255))
        pg.text(20, 18, t["translator"], 10, "serifb")
        for i, ln in enumerate(t["translator_lines"]):
            pg.text(20, 23 + i * 4.2, ln, 8, "serif", (50, 50, 50))
        pg.text(105, 50, "TRADUCTION CERTIFIÉE CONFORME", 12, "serifb", anchor="m")
        pg.text(105, 56, "de l'espagnol vers le français", 9, "serifi", anchor="m")
        pg.text(
            190, 18, f"N° {t['number']} - page {n + 1}/{len(t['chunks'])}", 8, "serif", anchor="r"
        )
        y = pg.para(20, 68, 170, chunk, 10, "serif", lead=1.5)
        if n == len(t["chunks"]) - 1:
            y = pg.para(20, y + 6, 170, t["closing"], 9.5, "serifi", lead=1.4)
            pg.image(
                120,
                y + 2,
                40,
                40,
                round_stamp(rng, t["stamp_outer"], t["stamp_inner"], (30, 50, 140), 38),
            )
            pg.image(40, y + 12, 46, 17, signature(rng, t["translator"], 46, 17, INK_BLUE))
        pages.append(pg)
    return pages
