"""Birth certificates (Mali, Mexico, Vietnam, USA) and a sworn translation."""

from cjid import MONTHS_FR_LONG, legalisation_stamps
from cjlib import BLACK, BLUE_INK, Page, text_w

GREY = (80, 80, 80)


def mali_acte(b, rng):
    """Extrait d'acte de naissance, Mali (printed form filled by hand)."""
    pg = Page()
    pg.text(45, 18, "RÉPUBLIQUE DU MALI", 11, "serifb", anchor="m")
    pg.text(45, 23, "Un Peuple - Un But - Une Foi", 8.5, "serifi", anchor="m")
    pg.text(45, 30, "RÉGION : " + b["region"], 8.5, "serif", anchor="m")
    pg.text(45, 35, "CERCLE : " + b["cercle"], 8.5, "serif", anchor="m")
    pg.text(45, 40, "CENTRE D'ÉTAT CIVIL DE " + b["centre"], 8.5, "serif", anchor="m")
    pg.text(150, 30, "VOLET N° 3", 9, "serifb", anchor="m")
    pg.text(150, 36, "(à remettre au déclarant)", 7.5, "serifi", anchor="m")
    pg.text(105, 58, "EXTRAIT D'ACTE DE NAISSANCE", 15, "serifb", anchor="m")
    pg.text(105, 66, "N° " + b["acte_no"] + "   du " + b["reg_date"], 10, "serif", anchor="m")
    rows = [
        ("Prénoms de l'enfant", b["given"]),
        ("Nom de l'enfant", b["surname"]),
        ("Sexe", b["sex_word"]),
        ("Date de naissance", b["dob_words"]),
        ("", "(" + b["dob_num"] + ")"),
        ("Lieu de naissance", b["pob"]),
        ("Prénoms et nom du père", b["father"]),
        ("Profession du père", b["father_job"]),
        ("Prénoms et nom de la mère", b["mother"]),
        ("Profession de la mère", b["mother_job"]),
        ("Domicile des parents", b["home"]),
    ]
    y = 82
    for lab, val in rows:
        if lab:
            pg.text(25, y, lab, 10, "serif")
            dots_x = 25 + text_w(lab, 10, "serif") + 2
            pg.text(dots_x, y, "." * 80, 10, "serif", GREY)
        pg.rect(80, y - 5, 110, 6.5, 0, None, (255, 255, 255))
        pg.hand(82, y, val, rng, 13, "hand4")
        y += 10
    pg.wrap(
        25,
        y + 6,
        "Extrait certifié conforme aux indications portées au registre des actes de naissance "
        "du centre d'état civil susvisé.",
        160,
        9.5,
        "serif",
    )
    pg.text(120, y + 24, "Délivré à " + b["centre_town"] + ", le " + b["issued_words"], 10, "serif")
    pg.text(135, y + 32, "L'Officier d'état civil", 10, "serifb")
    pg.ellipse(112, y + 35, 34, 34, None, (60, 70, 150), 0.8)
    pg.text(129, y + 50, "MAIRIE DE LA", 5.5, "sansb", (60, 70, 150), "m")
    pg.text(129, y + 54, "COMMUNE III", 5.5, "sansb", (60, 70, 150), "m")
    pg.signature(140, y + 38, 40, 16, rng, "Coulibaly", BLUE_INK)
    pg.text(140, y + 62, b["officer"], 9, "serif")
    return pg


def mexico_acta(b, rng):
    """Acta de nacimiento, formato único (printed from the online service)."""
    pg = Page()
    green = (20, 90, 60)
    pg.text(105, 15, "ESTADOS UNIDOS MEXICANOS", 12, "sansb", green, "m")
    pg.text(105, 21, "ACTA DE NACIMIENTO", 16, "sansb", green, "m")
    pg.text(20, 30, "Identificador Electrónico", 6.5, "sans", GREY)
    pg.text(20, 34, b["ident"], 8, "sansb")
    pg.text(105, 30, "CURP", 6.5, "sans", GREY)
    pg.text(105, 34, b["curp"], 8, "sansb")
    pg.text(165, 30, "Entidad de Registro", 6.5, "sans", GREY)
    pg.text(165, 34, b["entidad"], 8, "sansb")
    pg.rect(15, 40, 180, 8, 0, None, green)
    pg.text(105, 45.5, "DATOS DE LA PERSONA REGISTRADA", 8.5, "sansb", (255, 255, 255), "m")
    rows = [
        [
            ("Nombre(s):", b["given"]),
            ("Primer Apellido:", b["ap1"]),
            ("Segundo Apellido:", b["ap2"]),
        ],
        [
            ("Sexo:", b["sexo"]),
            ("Fecha de Nacimiento:", b["dob_num"]),
            ("Lugar de Nacimiento:", b["pob"]),
        ],
    ]
    y = 55
    for row in rows:
        for i, (lab, val) in enumerate(row):
            pg.text(18 + i * 60, y, lab, 6.5, "sans", GREY)
            pg.text(18 + i * 60, y + 4.5, val, 8.5, "sansb")
        y += 12
    pg.rect(15, 80, 180, 8, 0, None, green)
    pg.text(
        105, 85.5, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA", 8.5, "sansb", (255, 255, 255), "m"
    )
    y = 95
    for who, name, nat in (("Padre", b["father"], "MEXICANA"), ("Madre", b["mother"], "MEXICANA")):
        pg.text(18, y, who, 7.5, "sansb")
        pg.text(18, y + 5, "Nombre:", 6.5, "sans", GREY)
        pg.text(35, y + 5, name, 8.5, "sansb")
        pg.text(140, y + 5, "Nacionalidad:", 6.5, "sans", GREY)
        pg.text(160, y + 5, nat, 8.5, "sansb")
        y += 13
    pg.rect(15, 124, 180, 8, 0, None, green)
    pg.text(105, 129.5, "DATOS DE REGISTRO", 8.5, "sansb", (255, 255, 255), "m")
    pg.text(18, 139, "Oficialía: " + b["oficialia"] + "    Libro: " + b["libro"], 8, "sans")
    pg.text(18, 144, "Acta: " + b["acta"] + "    Fecha de Registro: " + b["reg_date"], 8, "sans")
    pg.text(18, 149, "Municipio de Registro: " + b["municipio"], 8, "sans")
    pg.wrap(
        18,
        170,
        "El presente documento es una copia fiel del original que obra en la base de datos de la "
        "Dirección General del Registro Nacional de Población e Identidad. Se expide de conformidad "
        "con el Código Civil vigente. Fecha de expedición: " + b["issued"],
        120,
        7.5,
        "sans",
    )
    # a 2D code drawn as a module grid (not decodable, like a faded print)
    x0, y0, m = 150, 160, 1.1
    for i in range(29):
        for j in range(29):
            corner = (i < 7 and j < 7) or (i < 7 and j > 21) or (i > 21 and j < 7)
            on = rng.random() < 0.5
            if corner:
                on = (
                    i in (0, 6, 22, 28)
                    or j in (0, 6, 22, 28)
                    or (2 <= i % 22 <= 4 and 2 <= j % 22 <= 4)
                )
            if on:
                pg.rect(x0 + j * m, y0 + i * m, m, m, 0, None, BLACK)
    pg.text(18, 215, b["signer"], 8, "sansb")
    pg.text(
        18,
        219,
        "Director General del Registro Civil del Estado de " + b["entidad"].title(),
        7,
        "sans",
    )
    pg.signature(20, 196, 45, 14, rng, b["signer"], BLACK)
    pg.text(18, 260, "Cadena: " + b["cadena"], 6.5, "courier")
    return pg


def vietnam_gks(b, rng):
    """Giấy khai sinh (bản sao), with the legalisation stamps on a second page."""
    pg = Page()
    red = (170, 30, 30)
    pg.text(55, 18, "ỦY BAN NHÂN DÂN", 9, "sansb", anchor="m")
    pg.text(55, 23, b["ubnd"], 9, "sansb", anchor="m")
    pg.text(55, 30, "Số: " + b["so"], 8.5, "sans", anchor="m")
    pg.text(145, 18, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 9, "sansb", anchor="m")
    pg.text(145, 23, "Độc lập - Tự do - Hạnh phúc", 9, "sansb", anchor="m")
    pg.line(125, 25, 165, 25, 0.3)
    pg.text(105, 45, "GIẤY KHAI SINH", 17, "sansb", red, "m")
    pg.text(105, 52, "(BẢN SAO)", 10, "sansb", anchor="m")
    rows = [
        ("Họ, chữ đệm, tên:", b["full"]),
        ("Ngày, tháng, năm sinh:", b["dob_num"] + "   ghi bằng chữ: " + b["dob_words"]),
        ("Giới tính:", b["gioi"] + "      Dân tộc: Kinh      Quốc tịch: Việt Nam"),
        ("Nơi sinh:", b["pob"]),
        ("Quê quán:", b["que"]),
        ("Số định danh cá nhân:", b["cccd"]),
        ("Họ, chữ đệm, tên người mẹ:", b["mother"]),
        ("Năm sinh:", b["mother_y"] + "   Dân tộc: Kinh   Quốc tịch: Việt Nam"),
        ("Nơi cư trú:", b["home"]),
        ("Họ, chữ đệm, tên người cha:", b["father"]),
        ("Năm sinh:", b["father_y"] + "   Dân tộc: Kinh   Quốc tịch: Việt Nam"),
        ("Nơi cư trú:", b["home"]),
    ]
    y = 66
    for lab, val in rows:
        pg.text(22, y, lab, 9.5, "free")
        pg.text(24 + text_w(lab, 9.5, "free"), y, val, 10, "freeb")
        y += 8.5
    pg.text(22, y + 3, "Nơi đăng ký khai sinh: " + b["reg_place"], 9.5, "free")
    pg.text(22, y + 11, "Ngày, tháng, năm đăng ký: " + b["reg_date"], 9.5, "free")
    pg.text(140, y + 24, b["copy_line"], 8.5, "free", anchor="m")
    pg.text(140, y + 30, "TM. ỦY BAN NHÂN DÂN", 9, "sansb", anchor="m")
    pg.text(140, y + 35, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", 8.5, "sansb", anchor="m")
    pg.ellipse(118, y + 36, 34, 34, None, red, 0.9)
    pg.text(135, y + 54, "UBND " + b["ubnd_short"], 5.5, "sansb", red, "m")
    pg.signature(128, y + 42, 35, 14, rng, b["signer"], BLUE_INK)
    pg.text(140, y + 76, b["signer"], 9.5, "sansb", anchor="m")
    back = Page()
    legalisation_stamps(back, rng, 40)
    return [pg, back]


def usa_cert(b, rng):
    """State certification of birth (Ohio style), security paper."""
    pg = Page(216, 279, (236, 240, 236))
    for i in range(0, 280, 3):
        pg.line(0, i, 216, i + 8, 0.1, (215, 226, 220))
    pg.rect(10, 10, 196, 259, 1.2, (60, 90, 80))
    pg.text(108, 26, "STATE OF " + b["state"], 14, "serifb", anchor="m")
    pg.text(108, 33, b["dept"], 10, "serif", anchor="m")
    pg.text(108, 39, "OFFICE OF VITAL STATISTICS", 9, "serif", anchor="m")
    pg.text(108, 52, "CERTIFICATION OF BIRTH", 18, "serifb", anchor="m")
    pg.text(170, 64, "State File No. " + b["file_no"], 8.5, "courier", anchor="m")
    rows = [
        ("NAME", b["name"]),
        ("DATE OF BIRTH", b["dob_text"]),
        ("SEX", b["sex"]),
        ("PLACE OF BIRTH", b["pob"]),
        ("COUNTY OF BIRTH", b["county"]),
        ("MOTHER/PARENT NAME PRIOR TO FIRST MARRIAGE", b["mother"]),
        ("FATHER/PARENT NAME", b["father"]),
        ("DATE FILED", b["filed"]),
    ]
    y = 78
    for lab, val in rows:
        pg.text(25, y, lab, 7, "arial", GREY)
        pg.text(25, y + 6, val, 11, "courier")
        pg.line(25, y + 8, 190, y + 8, 0.2, GREY)
        y += 16
    pg.wrap(
        25,
        y + 8,
        "This is a true certification of name and birth facts as recorded in the Office of Vital "
        "Statistics. Issued " + b["issued"] + ". This copy is not valid unless printed on security "
        "paper with a raised seal of the " + b["dept"] + ".",
        165,
        8.5,
        "serif",
    )
    pg.signature(120, y + 28, 55, 15, rng, b["registrar"], BLACK)
    pg.text(120, y + 48, b["registrar"], 8.5, "serif")
    pg.text(120, y + 52, "State Registrar", 8.5, "serifi")
    pg.ellipse(35, y + 25, 36, 36, None, (120, 130, 125), 0.7)
    pg.text(53, y + 45, "SEAL", 7, "serifb", (120, 130, 125), "m")
    return pg


def translation(t, rng):
    """Traduction certifiée conforme (French sworn translator), 2 pages."""
    p1 = Page()
    p1.text(20, 20, t["translator"], 10, "freeb")
    p1.text(
        20, 25, "Traductrice-interprète expert près la Cour d'appel de " + t["court"], 9, "free"
    )
    p1.text(20, 30, t["tr_addr"], 9, "free")
    p1.text(105, 48, "TRADUCTION DU VIETNAMIEN EN FRANÇAIS", 11, "freeb", anchor="m")
    p1.text(105, 60, "RÉPUBLIQUE SOCIALISTE DU VIETNAM", 10, "freeb", anchor="m")
    p1.text(105, 65, "Indépendance - Liberté - Bonheur", 9.5, "free", anchor="m")
    p1.text(105, 78, "ACTE DE NAISSANCE (COPIE)", 14, "freeb", anchor="m")
    y = 92
    for lab, val in t["rows"]:
        p1.text(25, y, lab, 10, "free")
        p1.text(92, y, val, 10, "freeb")
        y += 8
    y = p1.wrap(
        25,
        y + 6,
        "[Mentions au verso : cachet de légalisation consulaire du Ministère des Affaires "
        "étrangères du Vietnam et cachet « Vu pour légalisation » de l'Ambassade de France au "
        "Vietnam, n° 2026/L/04512, Hanoï, le 9 juin 2026.] [Cachet rouge et signature illisible.]",
        160,
        9,
        "free",
    )
    p2 = Page()
    p2.wrap(
        25,
        40,
        "Je soussignée, " + t["translator"] + ", traductrice-interprète expert près la Cour "
        "d'appel de " + t["court"] + ", certifie que la présente traduction est conforme à "
        "l'original rédigé en langue vietnamienne qui m'a été présenté.",
        160,
        10.5,
        "free",
    )
    p2.text(25, 72, "TRADUCTION CERTIFIÉE CONFORME", 12, "freeb")
    p2.text(25, 82, "Fait à Paris, le " + t["date_words"], 10.5, "free")
    p2.text(25, 88, "N° de répertoire : " + t["rep"], 10.5, "free")
    blue = (40, 60, 150)
    p2.rect(110, 90, 75, 32, 0.7, blue)
    p2.text(147, 97, t["translator"].upper(), 7.5, "sansb", blue, "m")
    p2.text(147, 102, "Expert traducteur-interprète", 6.5, "sans", blue, "m")
    p2.text(147, 106, "en langue vietnamienne", 6.5, "sans", blue, "m")
    p2.text(147, 110, "près la Cour d'appel de " + t["court"], 6.5, "sans", blue, "m")
    p2.text(147, 116, t["rep"], 6.5, "sans", blue, "m")
    p2.signature(118, 108, 45, 16, rng, t["translator"], blue)
    p2.text(105, 285, "Page 2/2", 8, "free", anchor="m")
    p1.text(105, 285, "Page 1/2", 8, "free", anchor="m")
    return [p1, p2]


def fr_words_date(d):
    return f"{int(d[8:10])} {MONTHS_FR_LONG[int(d[5:7]) - 1]} {d[0:4]}"
