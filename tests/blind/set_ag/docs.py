"""Civil-status documents of set_ag: birth certificates, apostilles, a sworn translation."""

from ids import MONTHS_ES, fr_date, words_fr
from render import Page, signature

GREY, BLUE = (90, 90, 90), (25, 45, 120)


def stamp(page, x, y, r, lines, color=(60, 70, 160)):
    """A round rubber stamp drawn with rings and short text lines."""
    page.text(x, y - r * 0.12, lines[0], "sansb", r * 0.55, color, "c")
    for i, t in enumerate(lines[1:]):
        page.text(x, y + r * 0.22 + i * r * 0.3, t, "sans", r * 0.42, color, "c")
    n = 28
    import math

    for ring in (r, r * 0.8):
        for i in range(n):
            a1, a2 = 2 * math.pi * i / n, 2 * math.pi * (i + 0.7) / n
            page.line(
                x + ring * math.cos(a1),
                y + ring * math.sin(a1),
                x + ring * math.cos(a2),
                y + ring * math.sin(a2),
                1.1,
                color,
            )


def apostille(a, rng):
    """Hague Convention model certificate: 10 numbered items (bilingual heading)."""
    pg = Page(210, 297)
    f, fb = a.get("font", "serif"), a.get("fontb", "serifb")
    x0, y = 35, 40
    pg.rect(x0 - 8, y - 14, 156, 150, (40, 40, 40), None, 1.2)
    pg.text(105, y, "APOSTILLE", fb, 18, (0, 0, 0), "c")
    y += 7
    pg.text(105, y, a["sub"], f, 9, (0, 0, 0), "c")
    y += 5
    pg.text(105, y, "(Convention de La Haye du 5 octobre 1961)", f, 9, (0, 0, 0), "c")
    y += 12
    items = [
        ("1. " + a["l_country"], a["country_txt"]),
        (a["l_intro"], ""),
        ("2. " + a["l2"], a["signer"]),
        ("3. " + a["l3"], a["capacity"]),
        ("4. " + a["l4"], a["seal"]),
        (a["l_cert"], ""),
        ("5. " + a["l5"], a["place"]),
        ("6. " + a["l6"], a["date_txt"]),
        ("7. " + a["l7"], a["authority"]),
        ("8. " + a["l8"], a["number"]),
        ("9. " + a["l9"], ""),
        ("10. " + a["l10"], ""),
    ]
    for lab, val in items:
        if not val and not lab[0].isdigit():
            pg.text(105, y, lab, fb, 10, (0, 0, 0), "c")
            y += 9
            continue
        pg.text(x0, y, lab, f, 10)
        if val:
            pg.text(x0 + a.get("valx", 70), y, val, fb, 10)
        y += 9
    stamp(pg, 70, y + 14, 13, [a["stamp1"], a["stamp2"], a["stamp3"]])
    pg.image(
        112,
        y + 2,
        55,
        20,
        signature(a["signer"].split()[-1].title(), rng.randrange(999), font="kaushan"),
    )
    return pg


def birth_morocco(p, rng):
    pg = Page(210, 297, bg=(250, 248, 240))
    pg.text(30, 18, "ROYAUME DU MAROC", "serifb", 11)
    pg.text(180, 18, "المملكة المغربية", "amirib", 13, (0, 0, 0), "r")
    pg.text(30, 24, "Ministère de l'Intérieur", "serif", 9)
    pg.text(180, 24, "وزارة الداخلية", "amiri", 11, (0, 0, 0), "r")
    pg.text(30, 29, "Province : " + p["bc_province"], "serif", 9)
    pg.text(30, 34, "Commune : " + p["pob"], "serif", 9)
    pg.text(30, 39, "Bureau d'état civil : " + p["bc_office"], "serif", 9)
    pg.text(105, 54, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "serifb", 13, (0, 0, 0), "c")
    pg.text(105, 61, "نسخة كاملة من رسم الولادة", "amirib", 14, (0, 0, 0), "c")
    pg.text(30, 72, "Acte n° %s      Année %s" % (p["bc_act"], p["dob"][:4]), "serifb", 10)
    rows = [
        ("Nom de famille", p["surname"], "الاسم العائلي", p["surname_ar"]),
        ("Prénom", p["given"], "الاسم الشخصي", p["given_ar"]),
        ("Date de naissance", words_fr(p["dob"]), "تاريخ الازدياد", ""),
        ("Lieu de naissance", p["pob"] + " (Maroc)", "مكان الازدياد", "الدار البيضاء"),
        ("Sexe", "Féminin" if p["sex"] == "F" else "Masculin", "الجنس", "أنثى"),
        ("Nationalité", "Marocaine", "الجنسية", "مغربية"),
        ("Père", p["father"], "الأب", ""),
        ("Mère", p["mother"], "الأم", ""),
    ]
    y = 86
    for lf, vf, la, va in rows:
        pg.text(30, y, lf + " :", "serif", 10, GREY)
        pg.text(75, y, vf, "serifb", 10)
        pg.text(180, y, la, "amiri", 11, GREY, "r")
        if va:
            pg.text(150, y, va, "amirib", 11, (0, 0, 0), "r")
        y += 9
    y += 4
    y = pg.para(30, y, "Mentions marginales : Néant.", 150, "serifi", 10)
    y = pg.para(
        30,
        y + 2,
        "Copie intégrale certifiée conforme aux indications portées sur le "
        "registre de l'état civil, délivrée le %s par l'officier de l'état civil."
        % fr_date(p["bc_issued"]),
        150,
        "serif",
        10,
    )
    pg.text(120, y + 12, "L'officier de l'état civil", "serif", 10)
    pg.image(118, y + 15, 55, 20, signature("Bennani", rng.randrange(999), font="kaushan"))
    stamp(pg, 70, y + 28, 14, ["ETAT CIVIL", "COMMUNE", p["pob"].upper()], (40, 90, 60))
    return pg


def birth_korea(p, rng):
    pg = Page(210, 297)
    pg.text(105, 22, "기본증명서(상세)", "cjk", 18, (0, 0, 0), "c")
    pg.text(105, 29, "Basic Certificate (Detailed)", "sans", 10, GREY, "c")
    pg.rect(20, 36, 170, 10, (0, 0, 0), None, 0.6)
    pg.text(22, 42.5, "등록기준지 Registration base", "cjk", 8)
    pg.text(90, 42.5, p["bc_base"], "cjk", 9)
    pg.rect(20, 50, 170, 8, (0, 0, 0), (238, 238, 238), 0.6)
    heads = [
        "구분 Category",
        "성명 Name",
        "출생연월일 Date of birth",
        "주민등록번호 Reg. No",
        "성별 Sex",
    ]
    xs = [22, 48, 88, 130, 172]
    for x, h in zip(xs, heads):
        pg.text(x, 55.5, h, "cjk", 6.5)
    pg.rect(20, 58, 170, 10, (0, 0, 0), None, 0.6)
    vals = [
        "본인",
        p["name_ko"] + " (" + p["surname"] + " " + p["given"] + ")",
        "%s년 %02d월 %02d일" % (p["dob"][:4], int(p["dob"][5:7]), int(p["dob"][8:])),
        p["dob"][2:4] + p["dob"][5:7] + p["dob"][8:] + "-1******",
        "남",
    ]
    for x, v in zip(xs, vals):
        pg.text(x, 64.5, v, "cjk", 7.2)
    pg.text(22, 78, "일반등록사항 General registration", "cjk", 9)
    pg.rect(20, 81, 170, 26, (0, 0, 0), None, 0.6)
    pg.text(24, 88, "구분 Category   상세내용 Details", "cjk", 7.5, GREY)
    pg.text(24, 95, "출생 Birth", "cjk", 8)
    pg.text(
        60, 95, "[출생일] %s   [출생장소] %s" % (p["dob"].replace("-", "."), p["pob_ko"]), "cjk", 8
    )
    pg.text(
        60,
        101,
        "[Place of birth] " + p["pob"] + ", Republic of Korea   [신고일] " + p["bc_reg"],
        "cjk",
        7.5,
    )
    pg.text(
        105,
        130,
        "위 기본증명서(상세)는 가족관계등록부의 기록사항과 틀림없음을 증명합니다.",
        "cjk",
        9,
        (0, 0, 0),
        "c",
    )
    pg.text(
        105,
        137,
        "This certifies that the above is identical with the family register.",
        "sans",
        8,
        GREY,
        "c",
    )
    pg.text(
        105,
        152,
        p["bc_issued"].replace("-", "년 ", 1).replace("-", "월 ") + "일",
        "cjk",
        10,
        (0, 0, 0),
        "c",
    )
    pg.text(
        105, 164, "서울특별시 마포구청장  Mapo-gu Office Head, Seoul", "cjk", 10, (0, 0, 0), "c"
    )
    pg.rect(150, 156, 16, 16, (200, 30, 30), None, 1.6)
    pg.text(158, 166, "구청장", "cjk", 8, (200, 30, 30), "c")
    pg.text(
        20,
        285,
        "발급번호 Issue No. %s   ※ 위 증명서는 전자적으로 발급되었습니다." % p["bc_no"],
        "cjk",
        7,
        GREY,
    )
    return pg


def birth_spanish(p, rng, country):
    """Argentine or Venezuelan acta de nacimiento (civil registry extract)."""
    pg = Page(216, 330 if country == "VE" else 297, bg=(252, 251, 246))
    if country == "AR":
        pg.text(108, 18, "PROVINCIA DE CÓRDOBA", "serifb", 12, (0, 0, 0), "c")
        pg.text(
            108,
            24,
            "Dirección General del Registro Civil y Capacidad de las Personas",
            "serif",
            9,
            (0, 0, 0),
            "c",
        )
        pg.text(108, 38, "ACTA DE NACIMIENTO", "serifb", 15, (0, 0, 0), "c")
        pg.text(108, 45, "Copia fiel del acta", "serifi", 9, (0, 0, 0), "c")
    else:
        pg.text(108, 16, "REPÚBLICA BOLIVARIANA DE VENEZUELA", "serifb", 11, (0, 0, 0), "c")
        pg.text(
            108,
            22,
            "Consejo Nacional Electoral — Comisión de Registro Civil y Electoral",
            "serif",
            8.5,
            (0, 0, 0),
            "c",
        )
        pg.text(
            108,
            28,
            "Registro Civil de la Parroquia " + p["bc_parish"],
            "serif",
            8.5,
            (0, 0, 0),
            "c",
        )
        pg.text(108, 40, "ACTA DE NACIMIENTO", "serifb", 14, (0, 0, 0), "c")
    pg.text(
        30,
        58,
        "Tomo %s   Folio %s   Acta N° %s   Año %s"
        % (p["bc_tomo"], p["bc_folio"], p["bc_act"], p["dob"][:4]),
        "mono",
        9,
    )
    d = p["dob"]
    dtxt = "%d de %s de %s" % (int(d[8:]), MONTHS_ES[int(d[5:7]) - 1], d[:4])
    body = (
        "En %s, a los %s días del mes de %s de %s, ante mí, %s, Jefe(a) del Registro Civil, "
        "compareció %s, quien presentó un niño(a) de sexo %s, a quien se le ha dado el nombre de "
        "%s %s, nacido(a) el día %s, a las %s horas, en %s. Es hijo(a) de %s y de %s. "
        "Leída la presente acta, firman los comparecientes con el suscrito."
        % (
            p["pob"],
            p["bc_reg_day"],
            MONTHS_ES[int(p["bc_reg"][5:7]) - 1],
            p["bc_reg"][:4],
            p["bc_officer"],
            p["father"],
            "femenino" if p["sex"] == "F" else "masculino",
            p["given_title"],
            p["surname_title"],
            dtxt,
            p["bc_hour"],
            p["bc_place_detail"],
            p["father"],
            p["mother"],
        )
    )
    y = pg.para(30, 70, body, 156, "courier", 10, 5.6)
    y += 6
    rows = [
        ("Apellidos", p["surname_title"]),
        ("Nombres", p["given_title"]),
        ("Fecha de nacimiento", dtxt),
        ("Lugar de nacimiento", p["pob"] + ", " + p["pob_st"]),
        ("Sexo", "Femenino" if p["sex"] == "F" else "Masculino"),
    ]
    for k, v in rows:
        pg.text(30, y, k + ":", "serifb", 10)
        pg.text(80, y, v, "serif", 10)
        y += 7
    pg.text(
        30,
        y + 8,
        "Se expide la presente copia certificada en %s, el %s."
        % (p["pob"], fr_date(p["bc_issued"])),
        "serif",
        9.5,
    )
    pg.image(120, y + 14, 60, 22, signature(p["bc_officer"].split()[-1], rng.randrange(999)))
    pg.text(150, y + 40, p["bc_officer"], "serif", 9, (0, 0, 0), "c")
    pg.text(150, y + 45, "Jefe(a) del Registro Civil", "serif", 8.5, (0, 0, 0), "c")
    stamp(pg, 70, y + 30, 14, ["REGISTRO", "CIVIL", p["pob"].upper()[:12]], (110, 40, 120))
    return pg


def translation_korea(p, rng):
    pg = Page(210, 297)
    pg.text(20, 20, "Ji-Won LEE-MARCHAND", "serifb", 11)
    pg.text(20, 25, "Traductrice-interprète expert près la Cour d'appel de Rennes", "serifi", 9)
    pg.text(20, 30, "Coréen – Français", "serif", 9)
    pg.text(105, 48, "TRADUCTION", "serifb", 14, (0, 0, 0), "c")
    pg.text(105, 54, "(du coréen vers le français)", "serif", 9, (0, 0, 0), "c")
    pg.text(105, 68, "CERTIFICAT DE BASE (DÉTAILLÉ)", "serifb", 12, (0, 0, 0), "c")
    y = 82
    for k, v in [
        ("Lieu d'enregistrement", p["bc_base_fr"]),
        ("Nom", p["surname"]),
        ("Prénom", p["given"]),
        ("Date de naissance", words_fr(p["dob"])),
        ("Lieu de naissance", p["pob"] + " (République de Corée)"),
        ("Sexe", "Masculin"),
        ("Date de déclaration", words_fr(p["bc_reg_iso"])),
    ]:
        pg.text(25, y, k + " :", "serif", 10, GREY)
        pg.text(80, y, v, "serifb", 10)
        y += 8
    y = pg.para(
        25,
        y + 6,
        "Nous certifions que le présent certificat de base (détaillé) est "
        "conforme aux mentions du registre des relations familiales. Délivré le %s par le "
        "chef de l'arrondissement de Mapo, Séoul." % words_fr(p["bc_issued"]),
        160,
        "serif",
        10,
    )
    y = pg.para(
        25,
        y + 10,
        "Traduction certifiée conforme à l'original en langue coréenne, "
        "enregistrée sous le n° %s. Fait à Rennes, le %s." % (p["tr_no"], words_fr(p["tr_date"])),
        160,
        "serifi",
        10,
    )
    stamp(pg, 70, y + 22, 15, ["TRADUCTEUR", "EXPERT", "CA RENNES"], (40, 60, 150))
    pg.image(110, y + 10, 55, 22, signature("Lee-Marchand", rng.randrange(999)))
    return pg
