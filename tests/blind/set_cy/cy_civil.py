"""Civil-status pieces for set_cy: birth certificates, apostille, legalisation, translation,
attestation d'hébergement."""

import math

from cy_core import Page, box_stamp, fr_date, guilloche, hand, signature, stamp_ring, width

INK = (25, 35, 110)


def legalisation(pg, rng, x, y, ministry_lines, embassy_lines, date1, date2):
    """Two legalisation stamps (foreign ministry, then French embassy), each signed."""
    w, h = box_stamp(pg, x, y, ministry_lines + ["le " + fr_date(date1)], (40, 60, 150), sz=6.5)
    signature(pg, x + 4, y + h - 1, 30, 8, rng, (30, 30, 110), 0.3)
    stamp_ring(
        pg,
        x + w + 12,
        y + h / 2,
        10,
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ",
        ["CABINET"],
        rng,
        (40, 60, 150),
        sz=4.6,
    )
    x2 = x + w + 30
    _w2, h2 = box_stamp(
        pg, x2, y + 3, embassy_lines + ["le " + fr_date(date2)], (150, 40, 60), sz=6.5
    )
    signature(pg, x2 + 5, y + 3 + h2 - 1, 30, 8, rng, (30, 30, 30), 0.3)


def birth_guinea(b, rng):
    pg = Page(210, 297, (250, 249, 244))
    pg.text(105, 16, "RÉPUBLIQUE DE GUINÉE", "serif-b", 13, align="c")
    pg.text(105, 21.5, "Travail — Justice — Solidarité", "serif-i", 9, align="c")
    for i, col in enumerate(((206, 17, 38), (252, 209, 22), (0, 148, 96))):
        pg.rect(90 + i * 10, 24, 10, 2, None, col)
    pg.text(20, 34, "PRÉFECTURE DE " + b["prefecture"], "sans-b", 9)
    pg.text(20, 39, "COMMUNE URBAINE DE " + b["prefecture"], "sans-b", 9)
    pg.text(20, 44, "CENTRE PRINCIPAL D'ÉTAT CIVIL", "sans", 9)
    pg.text(190, 34, "Acte N° " + b["act_no"], "sans-b", 9, align="r")
    pg.text(190, 39, "Année " + str(b["dob"].year), "sans", 9, align="r")
    pg.text(105, 58, "EXTRAIT D'ACTE DE NAISSANCE", "serif-b", 15, align="c")
    pg.line(55, 60.5, 155, 60.5, lw=0.4)
    rows = [
        ("Nom", b["surname"]),
        ("Prénoms", b["given"]),
        ("Date de naissance", b["dob_words"]),
        ("", "(" + fr_date(b["dob"]) + ") à " + b["hour"]),
        ("Lieu de naissance", b["pob"]),
        ("Sexe", b["sex_word"]),
        ("Fils / Fille de", b["father"]),
        ("Profession du père", b["father_job"]),
        ("Et de", b["mother"]),
        ("Profession de la mère", b["mother_job"]),
        ("Domicile des parents", b["parents_home"]),
    ]
    y = 74
    for label, val in rows:
        if label:
            pg.text(22, y, label, "serif", 10.5)
            pg.line(22 + 45, y + 1, 188, y + 1, (120, 120, 120), 0.2, (1, 2))
        pg.text(72, y - 0.6, val, "serif-b", 11)
        y += 9
    y = pg.para(
        22,
        y + 4,
        "Dressé le " + b["reg_words"] + " sur la déclaration du père, lecture "
        "faite et invité à lire l'acte, le déclarant a signé avec Nous, Officier de l'état "
        "civil.",
        166,
        "serif",
        10,
        4.8,
    )
    pg.text(22, y + 6, "Mentions marginales : Néant", "serif-i", 10)
    pg.text(120, y + 18, "Pour extrait certifié conforme,", "serif", 10)
    pg.text(120, y + 23.5, b["prefecture"].title() + ", le " + fr_date(b["issued"]), "serif", 10)
    pg.text(120, y + 29, "L'Officier de l'état civil", "serif-b", 10)
    signature(pg, 125, y + 31, 40, 14, rng, (30, 40, 130))
    stamp_ring(
        pg,
        104,
        y + 38,
        13,
        "COMMUNE URBAINE DE " + b["prefecture"] + " * ÉTAT CIVIL ",
        ["GUINÉE"],
        rng,
        (60, 70, 160),
        sz=5,
    )
    legalisation(pg, rng, 18, 238, b["leg1"], b["leg2"], b["leg1_date"], b["leg2_date"])
    return pg


def birth_ethiopia(b, rng):
    pg = Page(210, 297, (244, 246, 240))
    guilloche(pg, 10, 40, 190, 200, rng, (214, 228, 214), n=12, lw=0.15)
    pg.rect(8, 8, 194, 281, (30, 90, 60), None, 1.2)
    pg.rect(10, 10, 190, 277, (170, 140, 40), None, 0.4)
    pg.text(105, 22, "በኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ", "free-serif", 12, align="c")
    pg.text(105, 28, "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "sans-b", 11, align="c")
    pg.text(105, 34, "የኢሚግሬሽን፣ ዜግነትና ወሳኝ ኩነት አገልግሎት", "free-serif", 10, align="c")
    pg.text(105, 39, "Immigration, Nationality and Vital Events Agency", "sans", 9, align="c")
    pg.text(105, 52, "የልደት ምስክር ወረቀት", "free-serif", 16, align="c")
    pg.text(105, 60, "BIRTH CERTIFICATE", "sans-b", 15, (30, 90, 60), "c")
    pg.text(190, 70, "Certificate No: " + b["cert_no"], "mono-b", 9, align="r")
    pg.text(20, 70, "Registration No: " + b["reg_no"], "mono", 9)
    rows = [
        ("ስም", "Name", b["given"]),
        ("የአባት ስም", "Father's Name", b["father_name"]),
        ("የአያት ስም", "Grandfather's Name", b["grand_name"]),
        ("ጾታ", "Sex", b["sex_word"]),
        ("የትውልድ ቀን", "Date of Birth", b["dob"].strftime("%d/%m/%Y") + " G.C."),
        ("የትውልድ ቦታ", "Place of Birth", b["pob"]),
        ("ዜግነት", "Nationality", "Ethiopian"),
        ("የእናት ሙሉ ስም", "Mother's Full Name", b["mother"]),
        ("የአባት ሙሉ ስም", "Father's Full Name", b["father"]),
        ("የተመዘገበበት ቀን", "Date of Registration", b["reg_date"].strftime("%d/%m/%Y")),
        ("የተሰጠበት ቀን", "Date of Issue", b["issued"].strftime("%d/%m/%Y")),
    ]
    y = 82
    for am, en, val in rows:
        pg.text(20, y, am, "free-serif", 9.5, (60, 60, 60))
        pg.text(20, y + 4.2, en, "sans", 8.5, (60, 60, 60))
        pg.rect(78, y - 4.5, 112, 10, (150, 170, 150), (250, 252, 248), 0.25)
        pg.text(82, y + 2.2, val, "sans-b", 10.5)
        y += 12
    pg.text(120, y + 6, "Registrar", "sans", 9)
    pg.text(120 + 16, y + 6, "/ መዝጋቢ", "free-serif", 9.5)
    signature(pg, 122, y + 8, 40, 13, rng, (20, 30, 120))
    stamp_ring(
        pg,
        60,
        y + 18,
        15,
        "FDRE INVEA * ADDIS ABABA * VITAL EVENTS ",
        ["A.A."],
        rng,
        (70, 60, 160),
        sz=4.8,
    )
    legalisation(pg, rng, 18, y + 36, b["leg1"], b["leg2"], b["leg1_date"], b["leg2_date"])
    return pg


def pseudo_khmer(pg, x, y, n, rng, size=3.2, color=(20, 20, 20), lw=0.22):
    """Glyph-like pen strokes standing for Khmer script (no Khmer font on this machine)."""
    for _ in range(n):
        w = size * rng.uniform(0.7, 1.1)
        pts = []
        k = rng.randint(0, 2)
        for i in range(14):
            t = i / 13
            px = x + w * t
            py = y - size * (0.55 + 0.4 * math.sin(math.pi * t * (1 + k)))
            pts.append((px, py))
        pg.poly([(x, y - size * 0.2)] + pts, color, lw)
        if rng.random() < 0.4:
            pg.ellipse(x + w * 0.5, y - size * 1.25, size * 0.18, size * 0.14, color, None, lw)
        if rng.random() < 0.3:
            pg.poly([(x + w * 0.2, y + size * 0.35), (x + w * 0.8, y + size * 0.35)], color, lw)
        x += w + size * (0.15 if rng.random() < 0.85 else 0.9)
    return x


def birth_cambodia(b, rng):
    pg = Page(210, 297, (248, 247, 240))
    pg.text(105, 16, "ROYAUME DU CAMBODGE", "serif-b", 11, align="c")
    pseudo_khmer(pg, 82, 23, 12, rng, 3.4)
    pg.text(105, 28, "Nation  Religion  Roi", "serif-i", 9, align="c")
    pseudo_khmer(pg, 18, 38, 10, rng)
    pseudo_khmer(pg, 18, 44, 8, rng)
    pg.text(190, 40, "N° " + b["cert_no"], "mono-b", 10, align="r")
    pseudo_khmer(pg, 82, 60, 10, rng, 5.0, lw=0.35)
    pg.text(105, 66, "(BIRTH CERTIFICATE)", "sans", 8, (90, 90, 90), "c")
    y = 82
    for val in b["values"]:
        pseudo_khmer(pg, 20, y, 9, rng)
        pg.line(62, y + 1, 190, y + 1, (130, 130, 130), 0.2, (1, 2))
        if val:
            pg.text(66, y - 0.5, val, "sans-b", 10.5)
        pseudo_khmer(
            pg, 66 + (width(val, "sans-b", 10.5) + 5 if val else 0), y, rng.randint(4, 8), rng
        )
        y += 10
    pseudo_khmer(pg, 115, y + 10, 9, rng)
    pg.text(120, y + 16, b["issued"].strftime("%d/%m/%Y"), "sans-b", 10)
    signature(pg, 120, y + 18, 40, 14, rng, (20, 20, 110))
    stamp_ring(
        pg,
        100,
        y + 28,
        14,
        "KHUM " + b["commune"] + " * " + b["province"] + " ",
        ["CAMBODIA"],
        rng,
        (170, 40, 50),
        sz=4.8,
    )
    legalisation(pg, rng, 18, 240, b["leg1"], b["leg2"], b["leg1_date"], b["leg2_date"])
    return pg


def birth_russia(b, rng):
    pg = Page(210, 297, (233, 241, 226))
    guilloche(pg, 10, 10, 190, 270, rng, (200, 222, 196), n=30, lw=0.15)
    pg.rect(10, 10, 190, 277, (110, 150, 100), None, 0.8)
    pg.text(105, 24, "РОССИЙСКАЯ ФЕДЕРАЦИЯ", "dserif-b", 12, align="c")
    pg.text(105, 38, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", "dserif-b", 16, align="c")
    pg.text(105, 44, "(повторное)", "dserif", 9, align="c")
    rows = [
        ("Гражданин(ка)", b["surname"]),
        ("", b["given"]),
        ("родился(лась)", b["dob"].strftime("%d.%m.%Y")),
        ("", b["dob_words"]),
        ("место рождения", b["pob"][0]),
        ("", b["pob"][1]),
    ]
    y = 58
    for label, val in rows:
        if label:
            pg.text(22, y, label, "dserif", 9, (60, 70, 60))
        pg.line(60, y + 1.2, 190, y + 1.2, (100, 110, 100), 0.2)
        pg.text(125, y, val, "dserif-b" if len(val) < 40 else "dserif", 11, align="c")
        y += 9
    y = pg.para(
        22,
        y + 2,
        "о чём " + b["reg_words"] + " составлена запись акта о рождении № " + b["act_no"],
        166,
        "dserif",
        9.5,
        5,
    )
    y += 3
    for label, val in (
        ("Отец", b["father"]),
        ("гражданство", "СССР"),
        ("Мать", b["mother"]),
        ("гражданство", "СССР"),
    ):
        pg.text(22, y, label, "dserif", 9, (60, 70, 60))
        pg.line(50, y + 1.2, 190, y + 1.2, (100, 110, 100), 0.2)
        pg.text(120, y, val, "dserif-b", 10.5, align="c")
        y += 8
    pg.text(22, y + 4, "Место государственной регистрации", "dserif", 9, (60, 70, 60))
    pg.text(105, y + 10, b["zags"], "dserif-b", 10, align="c")
    pg.text(22, y + 20, "Дата выдачи", "dserif", 9, (60, 70, 60))
    pg.text(60, y + 20, b["issued"].strftime("%d.%m.%Y"), "dserif-b", 10.5)
    pg.text(22, y + 32, "Руководитель органа ЗАГС", "dserif", 9, (60, 70, 60))
    signature(pg, 90, y + 24, 35, 12, rng, (20, 30, 120))
    pg.text(150, y + 32, b["head"], "dserif", 10)
    stamp_ring(
        pg,
        75,
        y + 52,
        14,
        "ОТДЕЛ ЗАГС * НОВОСИБИРСК * РФ ",
        ["ЗАГС"],
        rng,
        (50, 60, 160),
        font="dejavu-b",
        sz=4.6,
    )
    pg.text(105, 278, b["series"], "dserif-b", 13, (170, 40, 40), "c")
    return pg


def apostille_ru(a, rng):
    pg = Page(210, 297, (252, 252, 250))
    pg.rect(30, 25, 150, 170, (0, 0, 0), None, 0.5)
    pg.text(105, 38, "АПОСТИЛЬ", "dserif-b", 16, align="c")
    pg.text(
        105,
        45,
        "(Convention de La Haye du 5 octobre 1961)",
        "dserif",
        9,
        align="c",
    )
    items = [
        ("1. Страна:", "Российская Федерация"),
        ("Настоящий официальный документ", ""),
        ("2. подписан", a["signer"]),
        ("3. выступающим в качестве", a["capacity"]),
        ("4. скреплён печатью/штампом", a["seal"]),
        ("Удостоверено", ""),
        ("5. в", a["city"]),
        ("6. дата", a["date"].strftime("%d.%m.%Y")),
        ("7.", a["authority"]),
        ("8. за №", a["number"]),
        ("9. Печать/штамп", "10. Подпись"),
    ]
    y = 58
    for label, val in items:
        pg.text(36, y, label, "dserif", 9)
        if val:
            pg.text(100, y, val, "dserif-b", 9.5)
        y += 10 if label != "7." else 8
    stamp_ring(
        pg,
        70,
        178,
        13,
        "УПРАВЛЕНИЕ ЗАГС * НОВОСИБИРСКАЯ ОБЛ. ",
        ["РФ"],
        rng,
        (60, 60, 160),
        font="dejavu-b",
        sz=4.4,
    )
    signature(pg, 115, 168, 40, 14, rng, (30, 30, 110))
    return pg


def translation(t, rng):
    """Sworn translation into French (traducteur expert près une cour d'appel)."""
    pg = Page()
    pg.text(20, 18, t["translator"], "serif-b", 10)
    for i, ln in enumerate(t["translator_lines"]):
        pg.text(20, 23 + i * 4.4, ln, "serif", 8.5)
    pg.text(190, 18, "Réf. " + t["ref"], "serif", 8.5, align="r")
    pg.text(
        105,
        48,
        "TRADUCTION DU " + t["from_lang"].upper() + " EN FRANÇAIS",
        "serif-b",
        12,
        align="c",
    )
    pg.text(105, 54, t["doc_title"], "serif-i", 11, align="c")
    y = 68
    for label, val in t["rows"]:
        if label.startswith("["):
            pg.text(20, y, label, "serif-i", 9.5, (60, 60, 60))
        else:
            pg.text(20, y, label, "serif", 10)
            pg.text(80, y, val, "serif-b", 10.5)
        y += 7.2
    y = pg.para(20, y + 6, t["certif"], 170, "serif-i", 9.5, 4.6)
    pg.text(120, y + 8, t["place_date"], "serif", 10)
    signature(pg, 120, y + 10, 40, 14, rng, (20, 30, 120))
    stamp_ring(pg, 80, y + 22, 15, t["stamp"], ["TRADUCTEUR", "EXPERT"], rng, (40, 50, 150), sz=4.4)
    pg.line(20, 283, 190, 283, (120, 120, 120), 0.2)
    pg.text(
        105,
        288,
        "Traduction certifiée conforme à l'original — " + t["ref"],
        "serif",
        7.5,
        (90, 90, 90),
        "c",
    )
    return pg


def attestation_hebergement(a, rng):
    """Handwritten attestation on lined paper (seyes-like ruling)."""
    pg = Page(210, 297, (252, 252, 246))
    for i in range(36):
        y = 30 + i * 7.5
        pg.line(0, y, 210, y, (170, 190, 225), 0.18)
    pg.line(30, 0, 30, 297, (225, 140, 150), 0.3)
    font = "h-breip"
    hand(pg, 60, 44.5, "Attestation d'hébergement", rng, font, 20)
    y = 67
    for ln in a["lines"]:
        hand(pg, 34 if not ln.startswith("  ") else 40, y - 0.8, ln.strip(), rng, font, 15)
        y += 7.5
    y += 7.5
    hand(pg, 100, y - 0.8, a["place_date"], rng, font, 15)
    if a["signed"]:
        signature(pg, 115, y + 4, 55, 18, rng, (20, 30, 110), 0.45)
    return pg
