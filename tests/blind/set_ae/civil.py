"""Civil status: birth certificates (India, Ukraine, Brazil, Colombia), apostilles, translation.

Sources (public descriptions): India's Form No. 5 under the Registration of Births and
Deaths Act 1969; Ukraine's "Свідоцтво про народження" (2016 form); Brazil's CNJ
standard "Certidão de Nascimento" (Provimento 63/2017, 32-digit matrícula); Colombia's
"Registro Civil de Nacimiento" (Registraduría Nacional); the Hague apostille model
certificate (10 numbered items); French "traduction certifiée conforme" by an "expert
près la cour d'appel".
"""

from __future__ import annotations

import random

from common import Page, fake_qr, fr_date, fr_words, hand, signature_image, stamp_image

PT_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
UK_MONTHS = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]


def birth_india(b: dict, rng: random.Random) -> Page:
    pg = Page(bg=(250, 250, 244))
    pg.rect(8, 8, 194, 281, (60, 60, 120), None, 0.8)
    pg.rect(10, 10, 190, 277, (60, 60, 120), None, 0.3)
    pg.text(105, 24, "GOVERNMENT OF TAMIL NADU", "serifb", 13, align="c")
    pg.text(105, 31, "DEPARTMENT OF PUBLIC HEALTH AND PREVENTIVE MEDICINE", "serifb", 9, align="c")
    pg.text(105, 37, b["office"], "serif", 9, align="c")
    pg.text(105, 48, "BIRTH CERTIFICATE", "serifb", 15, align="c")
    pg.text(105, 54, "FORM No. 5", "serif", 8, align="c")
    pg.para(
        20,
        61,
        170,
        "(ISSUED UNDER SECTION 12/17 OF THE REGISTRATION OF BIRTHS & DEATHS ACT, 1969 "
        "AND RULE 8/13 OF THE TAMIL NADU REGISTRATION OF BIRTHS AND DEATHS RULES, 2000)",
        "serif",
        8,
    )
    pg.para(
        20,
        74,
        170,
        "This is to certify that the following information has been taken from the "
        "original record of birth which is the register for "
        + b["office_short"]
        + " of Taluk/Ward "
        + b["ward"]
        + " of District "
        + b["district"]
        + " of State Tamil Nadu, India.",
        "serif",
        9.5,
    )
    rows = [
        ("NAME", b["full_name"].upper(), "SEX", b["sex_word"]),
        ("DATE OF BIRTH", fr_date(b["dob"]).replace("/", "-"), "PLACE OF BIRTH", b["place"]),
        ("NAME OF MOTHER", b["mother"], "NAME OF FATHER", b["father"]),
        ("ADDRESS OF PARENTS AT THE TIME OF BIRTH", b["parents_addr"], "", ""),
        ("REGISTRATION NUMBER", b["reg_no"], "DATE OF REGISTRATION", b["reg_date"]),
        ("REMARKS (IF ANY)", "", "DATE OF ISSUE", fr_date(b["issued"]).replace("/", "-")),
    ]
    y = 98
    for a, av, c, cv in rows:
        pg.text(20, y, a + " :", "serif", 8.5, (40, 40, 40))
        pg.text(20, y + 5, av, "serifb", 10)
        if c:
            pg.text(112, y, c + " :", "serif", 8.5, (40, 40, 40))
            pg.para(112, y + 5, 80, cv, "serifb", 10)
        y += 16
    pg.image(fake_qr(rng), 20, 205, 30, 30)
    pg.image(signature_image("R. Selvakumar", rng), 128, 208, 48, 14)
    pg.text(150, 230, "Signature of the Issuing Authority", "serif", 8, align="c")
    pg.text(150, 235, "Registrar of Births & Deaths, " + b["office_short"], "serif", 8, align="c")
    pg.image(
        stamp_image(["REGISTRAR", "BIRTHS & DEATHS", "CHENNAI"], rng, (120, 40, 140)),
        95,
        200,
        32,
        32,
    )
    pg.para(20, 258, 170, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "serifb", 8)
    return pg


def birth_ukraine(b: dict, rng: random.Random) -> Page:
    pg = Page(148, 210, bg=(236, 242, 246))
    pg.rect(6, 6, 136, 198, (120, 150, 190), None, 1.2)
    pg.text(74, 18, "УКРАЇНА", "dserifb", 12, (40, 60, 110), "c")
    pg.text(74, 28, "СВІДОЦТВО", "dserifb", 16, (40, 60, 110), "c")
    pg.text(74, 35, "ПРО НАРОДЖЕННЯ", "dserifb", 11, (40, 60, 110), "c")
    y = 48
    d = b["dob"]
    rows = [
        ("Прізвище", b["surname_uk"]),
        ("Ім'я", b["given_uk"]),
        ("По батькові", b["patro_uk"]),
        ("народився(лася)", f"{int(d[8:10])} {UK_MONTHS[int(d[5:7]) - 1]} {d[:4]} року"),
        ("", b["dob_words_uk"]),
        ("Місце народження", b["place_uk"]),
        (
            "про що ",
            f"{fr_date(b['reg_date']).replace('/', '.')} року зроблено актовий запис № {b['act']}",
        ),
        ("Батьки:  батько", b["father_uk"]),
        ("громадянство", "України"),
        ("мати", b["mother_uk"]),
        ("громадянство", "України"),
        ("Місце державної реєстрації", b["office_uk"]),
        ("Дата видачі", fr_date(b["issued"]).replace("/", ".")),
    ]
    for lb, v in rows:
        if lb:
            pg.text(12, y, lb, "dejavu", 7.5, (60, 70, 90))
        x = 50 if lb else 12
        pg.line(x, y + 1, 136, y + 1, 0.15, (120, 130, 150))
        pg.text(x + 1, y, v, "dserif", 9, (20, 20, 40))
        y += 9
    pg.text(12, y + 8, "Керівник органу державної", "dejavu", 7.5)
    pg.text(12, y + 12, "реєстрації актів цивільного стану", "dejavu", 7.5)
    pg.image(signature_image("O. Melnyk", rng), 78, y + 2, 34, 11)
    pg.image(
        stamp_image(["ВІДДІЛ ДРАЦС", "УКРАЇНА", "КИЇВ"], rng, (50, 70, 170)), 92, y - 2, 28, 28
    )
    pg.text(12, 198, "Серія " + b["series"] + "  № " + b["serial"], "dserifb", 10, (170, 30, 40))
    return pg


def birth_brazil(b: dict, rng: random.Random) -> Page:
    pg = Page(bg=(248, 250, 246))
    pg.text(105, 18, "REPÚBLICA FEDERATIVA DO BRASIL", "serifb", 12, align="c")
    pg.text(105, 25, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "serif", 10, align="c")
    pg.text(105, 36, "CERTIDÃO DE NASCIMENTO", "serifb", 18, (20, 60, 30), "c")
    pg.rect(15, 42, 180, 0.6, None, (20, 90, 40))

    def box(x, y, w, label, value, size=10):
        pg.rect(x, y, w, 11, (80, 110, 90), None, 0.25)
        pg.text(x + 1.5, y + 3.2, label, "sans", 5.8, (60, 90, 70))
        pg.text(x + 1.5, y + 8.8, value, "sansb", size)

    box(15, 46, 180, "NOME", b["full_name"].upper(), 12)
    box(15, 57, 90, "CPF", b["cpf"])
    box(105, 57, 90, "MATRÍCULA", b["matricula"], 8.5)
    d = b["dob"]
    box(
        15,
        68,
        120,
        "DATA DE NASCIMENTO POR EXTENSO",
        f"{b['dob_words_pt']} de {PT_MONTHS[int(d[5:7]) - 1]} de {b['year_words_pt']}",
        8.5,
    )
    box(135, 68, 20, "DIA", d[8:10])
    box(155, 68, 20, "MÊS", d[5:7])
    box(175, 68, 20, "ANO", d[:4])
    box(15, 79, 30, "HORA", b["hour"])
    box(45, 79, 90, "NATURALIDADE", b["naturalidade"])
    box(135, 79, 60, "SEXO", b["sex_word"])
    box(15, 90, 120, "LOCAL DE NASCIMENTO", b["place"], 9)
    box(135, 90, 60, "MUNICÍPIO DE REGISTRO E UF", b["reg_city"])
    box(15, 101, 180, "FILIAÇÃO", b["parents"], 9)
    box(15, 112, 180, "AVÓS", b["grandparents"], 7.5)
    box(15, 123, 90, "GÊMEO", "NÃO")
    box(105, 123, 90, "DATA DO REGISTRO POR EXTENSO", b["reg_words"], 8)
    box(15, 134, 180, "OBSERVAÇÕES / AVERBAÇÕES", "Certidão emitida em inteiro teor.", 9)
    pg.text(15, 160, b["office"], "sansb", 9)
    pg.text(15, 165, b["office_addr"], "sans", 8)
    pg.text(15, 178, "O conteúdo da certidão é verdadeiro. Dou fé.", "serif", 10)
    pg.text(15, 186, f"{b['reg_city'].split(' - ')[0]}, {fr_date(b['issued'])}.", "serif", 10)
    pg.image(signature_image("Marcia Oliveira", rng), 120, 175, 50, 15)
    pg.text(145, 195, "Oficial de Registro Civil", "serif", 8.5, align="c")
    pg.image(fake_qr(rng, 25), 16, 200, 26, 26)
    pg.text(46, 208, "Selo digital: " + b["selo"], "mono", 7.5)
    pg.text(46, 213, "Consulte em https://selodigital.tjsp.jus.br", "sans", 7.5)
    return pg


def birth_colombia(b: dict, rng: random.Random) -> Page:
    pg = Page(216, 279)
    pg.text(108, 15, "REPÚBLICA DE COLOMBIA", "sansb", 11, align="c")
    pg.text(108, 21, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sans", 9, align="c")
    pg.text(108, 31, "REGISTRO CIVIL DE NACIMIENTO", "sansb", 14, align="c")
    pg.text(170, 42, "Indicativo Serial " + b["serial"], "sansb", 9, (170, 20, 20))
    pg.text(12, 42, "NUIP " + b["nuip"], "sansb", 9)

    def bar(y, t):
        pg.rect(12, y, 192, 5, None, (210, 210, 210))
        pg.text(14, y + 3.7, t, "sansb", 7.5)

    def cell(x, y, w, label, value, size=9):
        pg.rect(x, y, w, 10, (120, 120, 120), None, 0.2)
        pg.text(x + 1, y + 3, label, "sans", 5.5, (80, 80, 80))
        pg.text(x + 1, y + 8.3, value, "sansb", size)

    bar(46, "Datos de la oficina de registro")
    cell(12, 51, 64, "Clase de oficina", "Notaría")
    cell(76, 51, 64, "Número", b["notaria"])
    cell(140, 51, 64, "Código", b["code"])
    cell(12, 61, 192, "País - Departamento - Municipio - Corregimiento", b["office_place"])
    bar(73, "Datos del inscrito")
    cell(12, 78, 64, "Primer Apellido", b["ap1"].upper())
    cell(76, 78, 64, "Segundo Apellido", b["ap2"].upper())
    cell(140, 78, 64, "Nombre(s)", b["names"].upper())
    d = b["dob"]
    cell(12, 88, 96, "Fecha de nacimiento  Año - Mes - Día", f"{d[:4]}  {d[5:7]}  {d[8:10]}")
    cell(108, 88, 48, "Sexo (en letras)", b["sex_word"])
    cell(156, 88, 48, "Grupo sanguíneo  Factor RH", "O   +")
    cell(12, 98, 192, "Lugar de nacimiento (País - Departamento - Municipio)", b["place"])
    cell(12, 108, 96, "Tipo de documento antecedente", "Certificado de nacido vivo")
    cell(108, 108, 96, "Número certificado de nacido vivo", b["cnv"])
    bar(120, "Datos de la madre")
    cell(12, 125, 140, "Apellidos y nombres completos", b["mother"])
    cell(152, 125, 52, "Nacionalidad", "COLOMBIANA")
    bar(137, "Datos del padre")
    cell(12, 142, 140, "Apellidos y nombres completos", b["father"])
    cell(152, 142, 52, "Nacionalidad", "COLOMBIANA")
    bar(154, "Datos del declarante")
    cell(12, 159, 192, "Apellidos y nombres completos", b["father"])
    cell(12, 169, 96, "Fecha de inscripción  Año - Mes - Día", b["reg_date"])
    cell(108, 169, 96, "Nombre y firma del funcionario", "")
    pg.image(signature_image("Luz Marina Arango", rng), 140, 170, 36, 9)
    pg.text(12, 195, "ESPACIO PARA NOTAS", "sansb", 8)
    pg.rect(12, 197, 192, 25, (120, 120, 120), None, 0.2)
    pg.para(
        14,
        203,
        188,
        "Copia auténtica tomada del original que reposa en esta oficina, "
        "expedida el " + fr_date(b["issued"]) + " con destino a: EXTERIOR.",
        "sans",
        8,
    )
    pg.image(
        stamp_image(["NOTARÍA " + b["notaria"], "MEDELLÍN", "COLOMBIA"], rng, (90, 30, 120)),
        160,
        224,
        32,
        32,
    )
    pg.text(12, 262, "ORIGINAL PARA LA OFICINA DE REGISTRO", "sans", 6.5, (120, 120, 120))
    return pg


APOSTILLE_LANG = {
    "IND": [
        "1. Country:",
        "This public document",
        "2. has been signed by",
        "3. acting in the capacity of",
        "4. bears the seal/stamp of",
        "Certified",
        "5. at",
        "6. the",
        "7. by",
        "8. No.",
        "9. Seal/stamp:",
        "10. Signature:",
    ],
    "UKR": [
        "1. Країна / Country:",
        "Цей офіційний документ / This public document",
        "2. підписаний / has been signed by",
        "3. у якості / acting in the capacity of",
        "4. скріплений печаткою / bears the seal of",
        "Засвідчено / Certified",
        "5. в / at",
        "6. дата / the",
        "7. ким / by",
        "8. за № / No.",
        "9. Печатка / Seal:",
        "10. Підпис / Signature:",
    ],
    "BRA": [
        "1. País: / Country:",
        "Este documento público / This public document",
        "2. Foi assinado por / has been signed by",
        "3. Na qualidade de / acting in the capacity of",
        "4. Tem o selo/carimbo de / bears the seal/stamp of",
        "Reconhecido / Certified",
        "5. Em / at",
        "6. Data / the",
        "7. Por / by",
        "8. Nº / No.",
        "9. Selo/carimbo / Seal/stamp:",
        "10. Assinatura / Signature:",
    ],
    "COL": [
        "1. País: / Country:",
        "El presente documento público / This public document",
        "2. ha sido firmado por / has been signed by",
        "3. quien actúa en calidad de / acting in the capacity of",
        "4. y está revestido del sello/timbre de / bears the seal/stamp of",
        "Certificado / Certified",
        "5. en / at",
        "6. el día / the",
        "7. por / by",
        "8. bajo el número / No.",
        "9. Sello/timbre / Seal/stamp:",
        "10. Firma / Signature:",
    ],
}


def apostille(a: dict, rng: random.Random, w=148.0, h=210.0) -> Page:
    """Hague model apostille (10 items); country-specific header and language."""
    pg = Page(w, h)
    lab = APOSTILLE_LANG[a["code"]]
    font = "dserif" if a["code"] == "UKR" else rng.choice(["serif", "caladea", "dserif"])
    fb = "dserifb" if font == "dserif" else "serifb"
    y = 16
    for ln in a["header"]:
        pg.text(w / 2, y, ln, fb, 8.5, align="c")
        y += 4.5
    pg.rect(10, y, w - 20, 150, (30, 30, 30), None, 0.5)
    y += 9
    pg.text(w / 2, y, "APOSTILLE", fb, 15, align="c")
    y += 6
    pg.text(w / 2, y, "(Convention de La Haye du 5 octobre 1961)", font, 8, align="c")
    y += 9
    vals = [
        a["country"],
        "",
        a["signed_by_doc"],
        a["capacity"],
        a["seal_of"],
        "",
        a["at"],
        fr_date(a["issued_on"]),
        a["signed_by"],
        a["number"],
        "",
        "",
    ]
    for i, (lb, v) in enumerate(zip(lab, vals, strict=True)):
        if i in (1, 5):
            pg.text(w / 2, y, lb, fb, 8.5, align="c")
            y += 7
            continue
        if i >= 10:
            pg.text(14 if i == 10 else w / 2, y, lb, font, 7.5)
            continue
        pg.text(14, y, lb, font, 7.5)
        off = min(62, len(lb) * 1.35 + 4)
        if v:
            pg.para(14 + off, y, w - 28 - off, v, fb, 8.5)
        y += 9
    pg.image(stamp_image(a["stamp"], rng, a.get("ink", (40, 50, 150))), 18, y + 2, 34, 34)
    pg.image(signature_image(a["signed_by"], rng), 80, y + 8, 44, 13)
    if a.get("qr"):
        pg.image(fake_qr(rng), w - 36, h - 36, 24, 24)
        pg.para(14, h - 26, w - 56, a["qr"], font, 6.5)
    return pg


def translation(t: dict, rng: random.Random) -> list[Page]:
    """French sworn translation of the Ukrainian certificate, two pages."""
    p1 = Page()
    p1.text(20, 20, t["translator"], "serifb", 10)
    p1.text(20, 25, "Traductrice-interprète expert près la Cour d'appel de Paris", "serifi", 9)
    p1.text(20, 30, "Langue ukrainienne et russe - " + t["translator_addr"], "serif", 9)
    p1.text(190, 20, "Traduction n° " + t["number"], "serif", 9, align="r")
    p1.text(105, 48, "TRADUCTION DE L'UKRAINIEN", "serifb", 12, align="c")
    p1.text(105, 62, "UKRAINE", "serifb", 12, align="c")
    p1.text(105, 70, "ACTE DE NAISSANCE", "serifb", 14, align="c")
    y = 85
    for lb, v in t["rows"]:
        p1.text(25, y, lb, "serif", 10.5)
        p1.text(85, y, v, "serifb", 10.5)
        y += 8.5
    p1.text(
        25,
        y + 6,
        "Signature illisible. Sceau rond : [Service de l'état civil, Kyiv, Ukraine].",
        "serifi",
        9.5,
    )
    p1.text(25, y + 12, "Série " + t["series"], "serif", 10)
    p1.text(105, 287, "1/2", "serif", 8, align="c")
    p2 = Page()
    p2.text(105, 30, "[Au verso : Apostille - traduction]", "serifi", 10, align="c")
    p2.para(25, 45, 160, t["apostille_text"], "serif", 10)
    p2.para(
        25,
        120,
        160,
        "Je soussignée, " + t["translator"] + ", traductrice-interprète "
        "expert près la Cour d'appel de Paris, certifie que la traduction ci-dessus est "
        "conforme à l'original rédigé en langue ukrainienne qui m'a été présenté.",
        "serif",
        10.5,
    )
    p2.text(25, 150, "Paris, le " + fr_words(t["date"]), "serif", 10.5)
    p2.text(25, 160, "TRADUCTION CERTIFIÉE CONFORME", "serifb", 10.5)
    p2.image(
        stamp_image(
            ["EXPERT TRADUCTEUR", t["translator"].upper(), "COUR D'APPEL PARIS"], rng, (30, 40, 150)
        ),
        120,
        140,
        40,
        40,
    )
    hand(p2, 130, 175, t["translator"].split()[0], rng, 5, "sig2")
    p2.text(105, 287, "2/2", "serif", 8, align="c")
    return [p1, p2]
