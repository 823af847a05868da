"""Birth certificates (Pakistan, India, Colombia, Côte d'Ivoire) and Hague apostilles."""

from __future__ import annotations

import math

from canvas import PT, Page
from docs_id import d_slash, guilloche

GREY = (80, 80, 80)


def stamp(p: Page, cx, cy, r, top, bottom, color=(40, 60, 150), rng=None):
    p.ellipse(cx, cy, r, r, stroke=color, lw=0.7)
    p.ellipse(cx, cy, r * 0.72, r * 0.72, stroke=color, lw=0.35)
    # curved text approximated letter by letter around the ring (letters stay upright)
    rr = r * 0.84
    for text, centre, sign in ((top, -math.pi / 2, 1), (bottom, math.pi / 2, -1)):
        n = max(len(text), 1)
        size = min(r * 0.5, 0.85 * math.pi * rr / (n * 0.62 * PT))
        step = size * PT * 0.66 / rr
        for i, ch in enumerate(text):
            ang = centre + sign * (i - (n - 1) / 2) * step
            x = cx + math.cos(ang) * rr
            y = cy + math.sin(ang) * rr + size * PT * 0.35
            p.text(x, y, ch, "sansb", size, color, "c")
    p.text(cx, cy + 1, "★", "dejavu", r * 0.9, color, "c")


def pak_birth(person, b, rng) -> Page:
    p = Page(210, 297)
    p.rect(8, 8, 194, 281, stroke=(0, 90, 50), lw=1.2)
    p.rect(10, 10, 190, 277, stroke=(0, 90, 50), lw=0.3)
    p.text(105, 24, "GOVERNMENT OF THE PUNJAB", "serifb", 13, (0, 70, 40), "c")
    p.text(105, 31, "LOCAL GOVERNMENT & COMMUNITY DEVELOPMENT DEPARTMENT", "serif", 9, align="c")
    p.text(105, 38, b["office"], "serifb", 10, align="c")
    p.rect(45, 44, 120, 11, stroke=None, fill=(0, 90, 50))
    p.text(105, 51.5, "BIRTH REGISTRATION CERTIFICATE", "sansb", 12, (255, 255, 255), "c")
    p.inline(16, 66, "Certificate No.", b["cert_no"], "serif", 10, "serifb")
    p.inline(128, 66, "Date of Issue:", d_slash(b["issued"], "-"), "serif", 10, "serifb")
    p.inline(16, 73, "Computerized Registration No.", b["crms"], "serif", 10, "serifb")
    rows = [
        ("Name", person["birth_name"]),
        ("Gender", b["gender"]),
        ("Religion", b["religion"]),
        ("Date of Birth", d_slash(person["dob"], "-")),
        ("Date of Birth (in words)", b["dob_words"]),
        ("Place of Birth", b["place"]),
        ("District of Birth", b["district"]),
        ("Father's Name", b["father"]),
        ("Father's CNIC / NIC", b["father_id"]),
        ("Mother's Name", b["mother"]),
        ("Mother's CNIC / NIC", b["mother_id"]),
        ("Grandfather's Name", b["grandfather"]),
        ("Permanent Address", b["address"]),
        ("Date of Registration", d_slash(b["reg"], "-")),
    ]
    y = 86.0
    for label, value in rows:
        p.rect(16, y - 6, 62, 9, stroke=(120, 150, 130), lw=0.25)
        p.rect(78, y - 6, 116, 9, stroke=(120, 150, 130), lw=0.25)
        p.text(18, y, label, "serif", 9.5, GREY)
        p.text(80, y, value, "serifb", 10)
        y += 9
    y += 8
    p.para(
        16,
        y,
        "Certified that the above particulars have been entered in the Birth Register "
        "of the Union Council and this certificate is issued on the request of the applicant "
        "for official use.",
        178,
        "serifi",
        9,
    )
    stamp(p, 60, 252, 15, "UNION COUNCIL", b["uc_short"], (40, 60, 150))
    p.signature(135, 250, rng, w=38, h=9)
    p.line(128, 256, 190, 256, 0.3)
    p.text(159, 261, "Secretary Union Council", "serif", 9, align="c")
    p.text(159, 266, b["secretary"], "serifb", 9, align="c")
    p.text(
        105,
        282,
        "This is a computer generated certificate. Verify at the Union Council office.",
        "sansi",
        7,
        GREY,
        "c",
    )
    return p


def ind_birth(person, b, rng) -> Page:
    p = Page(210, 297, bg=(252, 250, 244))
    guilloche(p, 12, 80, 186, 150, rng, (236, 232, 218), n=22)
    p.text(105, 18, "GOVERNMENT OF KERALA", "serifb", 13, align="c")
    p.text(105, 24.5, "DEPARTMENT OF LOCAL SELF GOVERNMENT", "serif", 9.5, align="c")
    p.text(105, 30.5, b["body"], "serifb", 10.5, align="c")
    p.text(105, 40, "FORM No. 5", "sansb", 9, align="c")
    p.text(105, 47, "BIRTH CERTIFICATE", "serifb", 15, align="c")
    p.para(
        20,
        54,
        "(ISSUED UNDER SECTION 12/17 OF THE REGISTRATION OF BIRTHS & DEATHS ACT, 1969 "
        "AND RULE 8/13 OF THE KERALA REGISTRATION OF BIRTHS & DEATHS RULES, 1999)",
        170,
        "serif",
        7.5,
    )
    y = p.para(
        20,
        67,
        "THIS IS TO CERTIFY THAT THE FOLLOWING INFORMATION HAS BEEN TAKEN FROM THE "
        "ORIGINAL RECORD OF BIRTH WHICH IS THE REGISTER FOR "
        + b["area"]
        + " OF TALUK "
        + b["taluk"]
        + " OF DISTRICT "
        + b["district"]
        + " OF STATE KERALA, INDIA.",
        170,
        "serif",
        8.5,
    )
    rows = [
        [("NAME:", person["birth_name"]), ("SEX:", b["sex_word"])],
        [("DATE OF BIRTH:", d_slash(person["dob"], "-")), ("PLACE OF BIRTH:", b["place"])],
        [("NAME OF MOTHER:", b["mother"]), ("NAME OF FATHER:", b["father"])],
        [
            ("ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD:", b["address"]),
            ("PERMANENT ADDRESS OF PARENTS:", b["address"]),
        ],
        [("REGISTRATION NUMBER:", b["reg_no"]), ("DATE OF REGISTRATION:", d_slash(b["reg"], "-"))],
        [("REMARKS (IF ANY):", "--"), ("DATE OF ISSUE:", d_slash(b["issued"], "-"))],
    ]
    y += 6
    for row in rows:
        hmax = y
        for i, (label, value) in enumerate(row):
            x = 20 + i * 88
            p.text(x, y, label, "sans", 7.2, GREY)
            hmax = max(hmax, p.para(x, y + 5, value, 80, "sansb", 9.5))
        y = hmax + 4
    p.text(20, y + 6, "UPDATED ON: " + d_slash(b["issued"], "-"), "sans", 7.5, GREY)
    stamp(p, 55, y + 30, 14, "KOCHI CORPORATION", "REGISTRAR", (120, 40, 120))
    p.signature(135, y + 26, rng, w=36, h=8)
    p.text(160, y + 34, "SIGNATURE OF THE ISSUING AUTHORITY", "sans", 7, align="c")
    p.text(160, y + 39, b["registrar"], "sansb", 8, align="c")
    p.text(160, y + 43.5, "REGISTRAR OF BIRTHS & DEATHS", "sans", 7, align="c")
    p.text(105, 285, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "serifi", 8, GREY, "c")
    return p


def col_birth(person, b, rng) -> Page:
    p = Page(216, 279, bg=(250, 251, 247))
    p.text(20, 18, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sansb", 11, (20, 50, 110))
    p.text(20, 24, "REPÚBLICA DE COLOMBIA - IDENTIFICACIÓN PERSONAL", "sans", 8, GREY)
    p.text(196, 18, "REGISTRO CIVIL", "sansb", 12, align="r")
    p.text(196, 24, "DE NACIMIENTO", "sansb", 12, align="r")
    p.inline(120, 33, "Indicativo Serial", b["serial"], "sans", 9, "monob")
    p.inline(20, 33, "NUIP", b["nuip"], "sans", 9, "monob")
    y = 40.0

    def section(title):
        nonlocal y
        p.rect(20, y, 176, 6, stroke=None, fill=(210, 222, 236))
        p.text(22, y + 4.4, title, "sansb", 8)
        y += 7

    def cells(items, h=11):
        nonlocal y
        x = 20.0
        for label, value, w in items:
            p.rect(x, y, w, h, stroke=(120, 130, 150), lw=0.2)
            p.text(x + 1.5, y + 3.2, label, "sans", 5.8, GREY)
            p.text(x + 1.5, y + 8.6, value, "mono", 8.5)
            x += w
        y += h

    section("Datos de la oficina de registro")
    cells(
        [
            ("Clase de oficina", "NOTARÍA", 44),
            ("Número", b["notaria_no"], 22),
            ("País - Departamento - Municipio", "COLOMBIA - ANTIOQUIA - MEDELLÍN", 110),
        ]
    )
    section("Datos del inscrito")
    cells(
        [
            ("Primer Apellido", person["surname1"], 58),
            ("Segundo Apellido", person["surname2"], 58),
            ("Nombre(s)", person["given_print"], 60),
        ]
    )
    cells(
        [
            ("Fecha de nacimiento  Año - Mes - Día", person["dob"].replace("-", " - "), 58),
            ("Sexo", "FEMENINO", 30),
            ("Grupo sanguíneo / Factor RH", "O +", 40),
            ("Hora", b["hour"], 48),
        ]
    )
    cells(
        [
            (
                "Lugar de nacimiento (País - Departamento - Municipio - Corregimiento)",
                "COLOMBIA - ANTIOQUIA - MEDELLÍN",
                120,
            ),
            ("Clínica", b["clinic"], 56),
        ]
    )
    section("Datos de la madre")
    cells([("Apellidos y nombres completos", b["mother"], 110), ("Documento", b["mother_id"], 66)])
    section("Datos del padre")
    cells([("Apellidos y nombres completos", b["father"], 110), ("Documento", b["father_id"], 66)])
    section("Datos del declarante / Testigos")
    cells([("Apellidos y nombres completos", b["father"], 110), ("Firma", "", 66)])
    p.signature(140, y - 3, rng, w=30, h=6)
    section("Fecha de inscripción y funcionario")
    cells(
        [
            ("Fecha de inscripción", b["reg"].replace("-", " - "), 58),
            ("Nombre y firma del funcionario que autoriza", b["notary"], 118),
        ]
    )
    p.signature(150, y - 2.5, rng, w=28, h=5)
    y += 8
    p.para(20, y, "ESPACIO PARA NOTAS: Sin notas marginales.", 176, "sans", 8)
    p.para(
        20,
        y + 10,
        "Es fiel copia del original que reposa en el archivo de esta notaría. Se "
        "expide a solicitud del interesado el " + d_slash(b["issued"]) + ".",
        176,
        "sans",
        8,
    )
    stamp(p, 170, y + 36, 14, "NOTARÍA DOCE", "MEDELLÍN", (60, 60, 140))
    return p


def civ_birth(person, b, rng) -> Page:
    p = Page(148, 210, bg=(250, 247, 238))
    p.text(10, 14, "RÉPUBLIQUE DE CÔTE D'IVOIRE", "serifb", 9)
    p.text(10, 18.5, "Union - Discipline - Travail", "serifi", 7)
    p.text(10, 26, "DÉPARTEMENT D'ABIDJAN", "serif", 7.5)
    p.text(10, 30.5, "COMMUNE DE " + b["commune"], "serifb", 7.5)
    p.text(10, 35, "CENTRE D'ÉTAT CIVIL PRINCIPAL", "serif", 7.5)
    p.text(138, 26, "ÉTAT CIVIL", "serifb", 9, align="r")
    p.text(138, 31, "Extrait n° " + b["extrait_no"], "serif", 7.5, align="r")
    p.text(74, 48, "EXTRAIT DU REGISTRE DES ACTES", "serifb", 11, align="c")
    p.text(74, 53.5, "DE L'ÉTAT CIVIL", "serifb", 11, align="c")
    p.text(74, 59.5, "pour l'année " + person["dob"][:4], "serif", 9, align="c")
    y = 71.0
    p.inline(
        10,
        y,
        "N°",
        b["acte_no"] + "  DU " + d_slash(b["reg"]) + "  DU REGISTRE",
        "serif",
        9,
        "serifb",
    )
    y += 9
    p.text(10, y, "NAISSANCE DE :", "serif", 9)
    p.text(42, y, person["surname_print"] + " " + person["given_print"], "serifb", 10)
    y += 9
    y = p.para(
        10,
        y,
        "Le "
        + b["dob_words"]
        + ", à "
        + b["hour"]
        + ", est né(e) à "
        + b["place"]
        + ", "
        + person["surname_print"]
        + " "
        + person["given_print"]
        + ", de sexe masculin,",
        128,
        "serif",
        9.5,
    )
    y = p.para(
        10,
        y + 1,
        "fils de " + b["father"] + ", né à " + b["father_place"] + ", " + b["father_job"] + ",",
        128,
        "serif",
        9.5,
    )
    y = p.para(
        10,
        y + 1,
        "et de " + b["mother"] + ", née à " + b["mother_place"] + ", " + b["mother_job"] + ".",
        128,
        "serif",
        9.5,
    )
    y += 6
    p.text(10, y, "MENTIONS (éventuellement) :", "serifb", 8.5)
    y = p.para(
        14,
        y + 6,
        "Marié le .......... avec .......... \nDivorcé le ..........\nDécédé le ..........",
        120,
        "serif",
        8.5,
    )
    y += 4
    y = p.para(
        10,
        y,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        128,
        "serifi",
        8.5,
    )
    p.text(
        138,
        y + 6,
        "Délivré à " + b["commune"].title() + ", le " + d_slash(b["issued"]),
        "serif",
        9,
        align="r",
    )
    p.text(138, y + 12, "L'Officier de l'état civil,", "serif", 9, align="r")
    stamp(p, 40, y + 30, 13, "MAIRIE DE " + b["commune"], "ÉTAT CIVIL", (40, 80, 60))
    p.signature(100, y + 26, rng, w=30, h=8)
    p.text(138, y + 36, b["officer"], "serifb", 8.5, align="r")
    p.rect(98, 190, 42, 12, stroke=(140, 100, 40), fill=(235, 215, 170), lw=0.3)
    p.text(119, 195, "TIMBRE FISCAL", "sansb", 6, (120, 80, 20), "c")
    p.text(119, 199.5, "500 F CFA", "sansb", 7, (120, 80, 20), "c")
    return p


def apostille(a, rng, size=(105, 148), lang="fr_en", bg=(246, 246, 238)) -> Page:
    """Hague Convention model: the heading and the 10 numbered items."""
    w, h = size
    p = Page(w, h, bg=bg)
    p.rect(3, 3, w - 6, h - 6, stroke=a.get("color", (30, 60, 120)), lw=0.6)
    p.text(w / 2, 14, "APOSTILLE", "serifb", 16, a.get("color", (30, 60, 120)), "c")
    p.text(w / 2, 20, "(Convention de La Haye du 5 octobre 1961)", "serifi", 7.5, align="c")
    items = a["items"]
    y = 29.0
    fs = a.get("fs", 7.4)
    for i, (label, value) in enumerate(items, 1):
        lab = f"{i}. {label}"
        x2 = 8 + p.width(lab, "serif", fs) + 2.0
        p.text(8, y, lab, "serif", fs, GREY)
        if x2 + p.width(value, "sansb", fs + 0.6) > w - 7:
            y += fs * PT * 1.4
            x2 = 12
        p.text(x2, y, value, "sansb", fs + 0.6)
        y += fs * PT * 2.1
    stamp(p, 28, y + 15, 12, a["stamp_top"], a["stamp_bottom"], a.get("color", (30, 60, 120)))
    p.signature(w - 50, y + 13, rng, w=30, h=8)
    p.text(w - 35, y + 24, a["signer_title"], "sans", 6.5, GREY, "c")
    if a.get("footer"):
        p.para(8, h - 14, a["footer"], w - 16, "sans", 6, color=GREY)
    return p
