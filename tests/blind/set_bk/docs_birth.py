"""Foreign birth certificates (UA, TR, MX, IN), apostille pages and sworn translations."""

from __future__ import annotations

import random

from common import Page, fr_date, fr_words, hand, new_pdf, signature, stamp
from docs_id import apostille

UA_MONTHS = (
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
).split()
ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()


def ua_birth(pg: Page, b: dict, rng: random.Random):
    pg.rect(15, 12, 180, 250, (0.3, 0.45, 0.3), fill=(0.95, 0.97, 0.93), lw=1.5)
    for i in range(60):
        pg.line(15, 12 + i * 4.2, 195, 16 + i * 4.2, (0.88, 0.93, 0.86), 0.25)
    pg.text(105, 30, "УКРАЇНА", "serif-b", 13, align="c")
    pg.text(105, 44, "СВІДОЦТВО", "serif-b", 20, (0.15, 0.3, 0.15), align="c")
    pg.text(105, 52, "ПРО НАРОДЖЕННЯ", "serif-b", 14, (0.15, 0.3, 0.15), align="c")
    rows = [
        ("Прізвище", b["surname_ua"]),
        ("Власне ім'я", b["given_ua"]),
        ("По батькові", b["patronymic_ua"]),
        ("Дата народження", b["dob_ua"]),
        ("", b["dob_words_ua"]),
        ("Місце народження", b["pob_ua"]),
    ]
    y = 68
    for lab, v in rows:
        pg.text(110, y, v, "serif", 11, align="c")
        pg.line(45, y + 1.5, 175, y + 1.5, (0.3, 0.3, 0.3), 0.3)
        if lab:
            pg.text(110, y + 5, f"({lab.lower()})", "serif-i", 7, (0.3, 0.3, 0.3), align="c")
        y += 12
    pg.text(110, y, "Батьки:", "serif-b", 10, align="c")
    y += 8
    for lab, v in (("батько", b["father_ua"]), ("мати", b["mother_ua"])):
        pg.text(30, y, lab, "serif-i", 9)
        pg.text(110, y, v, "serif", 10.5, align="c")
        pg.line(45, y + 1.5, 175, y + 1.5, (0.3, 0.3, 0.3), 0.3)
        y += 11
    y = pg.para(
        28,
        y + 4,
        f"про що {b['reg_date_ua']} складено відповідний актовий запис "
        f"про народження № {b['act_no']}",
        155,
        "serif",
        10,
        5.2,
    )
    y += 4
    for lab, v in (
        ("Місце державної реєстрації", b["reg_office_ua"]),
        ("Дата видачі", b["issue_ua"]),
    ):
        pg.text(28, y, lab, "serif-i", 9)
        y = pg.para(80, y, v, 105, "serif", 10, 5) + 4
    pg.text(28, y + 8, "Посадова особа державного органу реєстрації", "serif-i", 8.5)
    pg.text(28, y + 12, "актів цивільного стану", "serif-i", 8.5)
    signature(pg, 110, y + 2, 40, 14, rng, color=(0.1, 0.1, 0.4))
    pg.text(160, y + 12, b["registrar_ua"], "serif", 10)
    stamp(
        pg,
        60,
        y + 30,
        15,
        ["ВІДДІЛ ДЕРЖАВНОЇ РЕЄСТРАЦІЇ АКТІВ ЦИВІЛЬНОГО СТАНУ ", "ХАРКІВ", "УКРАЇНА"],
        rng,
        font="sans-b",
    )
    pg.text(
        105, 252, f"Серія {b['series']}  № {b['serial']}", "serif-b", 12, (0.6, 0.1, 0.1), align="c"
    )


def tr_multilingual(pg: Page, b: dict, rng: random.Random):
    """CIEC Convention No. 16 (Vienna, 8 Sept 1976), Formule A, as printed by MERNIS/e-Devlet."""
    pg.text(105, 16, "TÜRKİYE CUMHURİYETİ", "sans-b", 11, align="c")
    pg.text(
        105,
        21,
        "İÇİŞLERİ BAKANLIĞI — NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
        "sans",
        7.5,
        align="c",
    )
    pg.rect(14, 26, 182, 14, lw=0.6)
    pg.text(105, 31, "DOĞUM KAYIT ÖRNEĞİ (FORMÜL A)", "sans-b", 10.5, align="c")
    pg.text(
        105,
        35.5,
        "Extrait d'acte de naissance — Extract from the register of births — "
        "Auszug aus dem Geburtseintrag",
        "sans",
        6.6,
        align="c",
    )
    pg.text(
        105,
        39,
        "Convention CIEC n° 16 signée à Vienne le 8 septembre 1976",
        "sans",
        6,
        (0.35, 0.35, 0.35),
        align="c",
    )
    pg.text(
        16,
        47,
        "Devlet / État / State : TÜRKİYE      Nüfus Müdürlüğü / Bureau : " + b["office"],
        "sans",
        7.5,
    )
    rows = [
        ("1", "Doğum tarihi / Date de naissance / Date of birth", b["dob_print"]),
        ("2", "Doğum yeri / Lieu de naissance / Place of birth", b["pob"]),
        ("3", "Cinsiyeti / Sexe / Sex", "K / F"),
        ("4", "Soyadı / Nom / Surname", b["surname_print"]),
        ("5", "Adı / Prénoms / Forenames", b["given_print"]),
        ("6", "T.C. Kimlik No / N° d'identité / Identity No", b["tckn"]),
        ("7", "Babası / Père / Father", b["father"]),
        ("8", "Annesi / Mère / Mother", b["mother"]),
        ("9", "Cilt-Hane-Sıra / Registre / Register", b["register"]),
    ]
    y = 52
    for n, lab, v in rows:
        pg.rect(14, y, 182, 11, lw=0.35)
        pg.rect(14, y, 8, 11, lw=0.35, fill=(0.92, 0.92, 0.92))
        pg.text(18, y + 6.7, n, "sans-b", 8.5, align="c")
        pg.text(24, y + 4, lab, "sans", 6.4, (0.3, 0.3, 0.3))
        pg.text(95, y + 7.5, v, "sans-b", 9.5)
        y += 11
    y += 6
    pg.para(
        14,
        y,
        "Codes: K/F = Kadın/Féminin/Female. Cet extrait est délivré conformément à "
        "la Convention relative à la délivrance d'extraits plurilingues d'actes de l'état "
        "civil; il est accepté sans légalisation ni formalité équivalente dans les États "
        "contractants (art. 8).",
        182,
        "sans",
        7,
        3.4,
        (0.25, 0.25, 0.25),
    )
    pg.text(
        14,
        y + 22,
        "Veriliş tarihi / Date de délivrance : " + fr_date(b["issued"]).replace("/", "."),
        "sans",
        8.5,
    )
    pg.text(14, y + 27, f"Doğrulama kodu / Code de vérification : {b['verif']}", "sans", 8.5)
    pg.text(130, y + 22, "Nüfus Müdürü / L'officier", "sans", 8)
    signature(pg, 128, y + 24, 45, 14, rng, color=(0.1, 0.1, 0.3))
    stamp(
        pg,
        110,
        y + 38,
        13,
        ["T.C. NÜFUS MÜDÜRLÜĞÜ " + b["office"].upper() + " ", "NVİ"],
        rng,
        color=(0.5, 0.1, 0.2),
    )


def mx_acta(pg: Page, b: dict, rng: random.Random):
    pg.rect(10, 10, 190, 262, (0.55, 0.45, 0.3), fill=(0.99, 0.97, 0.92), lw=0.8)
    pg.text(105, 20, "ESTADOS UNIDOS MEXICANOS", "lib-b", 12, align="c")
    pg.text(105, 26, "ACTA DE NACIMIENTO", "lib-b", 16, (0.45, 0.1, 0.15), align="c")
    pg.text(14, 34, f"Identificador Electrónico {b['ident']}", "lib", 7.5)
    pg.text(196, 34, f"CURP {b['curp']}", "lib-b", 8.5, align="r")
    pg.text(
        14,
        40,
        f"Entidad de Registro: {b['entidad']}   " + f"Municipio de Registro: {b['municipio']}",
        "lib",
        8,
    )
    pg.text(
        14,
        45,
        f"Oficialía: {b['oficialia']}   Fecha de Registro: {b['reg_date']}   "
        f"Libro: {b['libro']}   Número de Acta: {b['acta']}",
        "lib",
        8,
    )

    def band(y, t):
        pg.rect(14, y, 182, 5.5, stroke=None, fill=(0.45, 0.1, 0.15))
        pg.text(105, y + 4, t, "lib-b", 8.5, (1, 1, 1), align="c")
        return y + 8

    y = band(50, "Datos de la persona registrada")
    cells = [
        ("Nombre(s):", b["given"]),
        ("Primer Apellido:", b["ap1"]),
        ("Segundo Apellido:", b["ap2"]),
        ("Sexo:", b["sexo"]),
        ("Fecha de Nacimiento:", b["dob_print"]),
        ("Lugar de Nacimiento:", b["pob"]),
    ]
    for i, (lab, v) in enumerate(cells):
        xx = 16 + (i % 3) * 61
        yy = y + (i // 3) * 11
        pg.text(xx, yy, lab, "lib", 7, (0.35, 0.35, 0.35))
        pg.text(xx, yy + 4.5, v, "lib-b", 9)
    y += 24
    y = band(y, "Datos de filiación de la persona registrada")
    for who, d in (("Padre", b["padre"]), ("Madre", b["madre"])):
        pg.text(16, y, who, "lib-b", 8.5)
        pg.text(16, y + 4.5, f"Nombre: {d[0]}   Nacionalidad: MEXICANA   Edad: {d[1]}", "lib", 8.5)
        y += 11
    y = band(y, "Anotaciones Marginales")
    pg.text(16, y + 2, "SIN ANOTACIONES MARGINALES", "lib", 8.5)
    y += 10
    pg.para(
        16,
        y,
        "Se certifica que los datos de la presente acta concuerdan con los contenidos "
        "en "
        "la base de datos del Registro Civil, de conformidad con el Código Civil del Estado y "
        "la Ley General de Población. La presente acta es una copia fiel del original.",
        178,
        "lib",
        8,
        3.8,
    )
    pg.text(16, y + 22, f"{b['municipio']}, {b['entidad']}, a {b['issued_print']}", "lib", 8.5)
    signature(pg, 80, y + 26, 50, 16, rng, color=(0.05, 0.05, 0.05))
    pg.text(105, y + 46, b["oficial"], "lib-b", 8.5, align="c")
    pg.text(105, y + 50, "Director(a) del Registro Civil", "lib", 8, align="c")
    # QR-like and barcode block
    for i in range(24):
        for j in range(24):
            if rng.random() < 0.5:
                pg.rect(165 + i * 1.1, y + 28 + j * 1.1, 1.1, 1.1, stroke=None, fill=(0, 0, 0))


def in_birth(pg: Page, b: dict, rng: random.Random):
    pg.rect(12, 12, 186, 250, (0.2, 0.2, 0.2), lw=1)
    pg.text(105, 24, b["govt"], "libserif-b", 12, align="c")
    pg.text(105, 30, b["dept"], "libserif", 10, align="c")
    pg.text(105, 36, b["local_body"], "libserif", 10, align="c")
    pg.text(105, 47, "BIRTH CERTIFICATE", "libserif-b", 15, align="c")
    pg.text(105, 52, "FORM No. 5", "libserif", 9, align="c")
    pg.para(
        22,
        58,
        "(Issued under Section 12/17 of the Registration of Births and Deaths Act, "
        "1969 "
        "and Rule 8/13 of the Registration of Births and Deaths Rules)",
        166,
        "libserif",
        8.5,
        4.1,
    )
    pg.para(
        22,
        70,
        "This is to certify that the following information has been taken from the "
        "original record of birth which is the register for "
        + b["local_body"]
        + " of "
        + b["district"]
        + ".",
        166,
        "libserif",
        9.5,
        4.8,
    )
    rows = [
        ("NAME", b["name_print"]),
        ("SEX", b["sex_print"]),
        ("DATE OF BIRTH", b["dob_print"]),
        ("PLACE OF BIRTH", b["pob"]),
        ("NAME OF MOTHER", b["mother"]),
        ("NAME OF FATHER", b["father"]),
        ("ADDRESS OF PARENTS AT THE TIME OF BIRTH", b["addr"]),
        ("REGISTRATION NUMBER", b["reg_no"]),
        ("DATE OF REGISTRATION", b["reg_date"]),
        ("DATE OF ISSUE", b["issue_print"]),
    ]
    y = 90
    for lab, v in rows:
        pg.text(22, y, lab, "libserif", 9)
        pg.text(100, y, ":", "libserif", 9)
        y = pg.para(104, y, v, 86, "libserif-b", 9.5, 4.6) + 3.2
    pg.text(140, y + 20, "Signature of issuing authority", "libserif", 8.5, align="c")
    signature(pg, 120, y + 4, 40, 14, rng, color=(0.1, 0.1, 0.4))
    pg.text(140, y + 25, b["registrar"], "libserif", 8.5, align="c")
    stamp(
        pg,
        55,
        y + 16,
        14,
        ["REGISTRAR OF BIRTHS & DEATHS " + b["seal_city"] + " ", "SEAL"],
        rng,
        color=(0.25, 0.15, 0.5),
    )
    pg.text(105, 255, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "libserif-b", 8, align="c")


def birth_pdf(kind: str, b: dict, rng: random.Random, apost: dict | None) -> bytes:
    """Certificate page, then (if any) the apostille page (allonge)."""
    buf, c = new_pdf()
    pg = Page(c)
    {"ua": ua_birth, "tr": tr_multilingual, "mx": mx_acta, "in": in_birth}[kind](pg, b, rng)
    c.showPage()
    if apost:
        if apost.get("allonge_text"):
            pg.text(105, 14, apost["allonge_text"], "sans", 7, (0.4, 0.4, 0.4), align="c")
        apostille(pg, apost, rng, 20, 22, 170, apost.get("font", "serif"))
        c.showPage()
    c.save()
    return buf.getvalue()


def translation_pdf(t: dict, rng: random.Random) -> bytes:
    """Sworn French translation by an expert translator (traducteur expert près la cour d'appel)."""
    buf, c = new_pdf()
    pg = Page(c)
    F, B = "caladea", "caladea-b"
    pg.text(14, 16, t["translator"], B, 10)
    pg.text(14, 21, f"Traducteur-interprète expert près la Cour d'appel de {t['court']}", F, 8.5)
    pg.text(14, 25.5, t["translator_addr"], F, 8.5)
    pg.text(196, 16, f"Traduction n° {t['no']}", F, 8.5, align="r")
    pg.text(105, 40, "TRADUCTION", B, 13, align="c")
    pg.text(
        105,
        46,
        f"(de l'{t['from_lang']} vers le français)"
        if t["from_lang"][0] in "aeiou"
        else f"(du {t['from_lang']} vers le français)",
        F,
        9,
        align="c",
    )
    y = 58
    for ln in t["lines"]:
        if ln.startswith("#"):
            pg.text(105, y, ln[1:], B, 11, align="c")
        elif ln:
            y = pg.para(20, y, ln, 170, F, 10, 5) - 5
        y += 6
    y += 8
    pg.rect(20, y, 170, 40, lw=0.5)
    pg.para(
        24,
        y + 6,
        f"Je soussigné(e), {t['translator']}, traducteur-interprète expert près la "
        f"Cour d'appel de {t['court']}, certifie que la présente traduction est conforme à "
        f"l'original rédigé en langue {t['from_lang']}, qui m'a été présenté. "
        "TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL.",
        160,
        F,
        9.5,
        4.6,
    )
    pg.text(
        24,
        y + 32,
        f"Fait à {t['city']}, le {fr_date(t['date'])}  — N° de répertoire {t['no']}",
        F,
        9,
    )
    stamp(
        pg,
        150,
        y + 58,
        16,
        [
            f"{t['translator'].upper()} TRADUCTEUR EXPERT ",
            f"C.A. {t['court'].upper()}",
            t["from_lang"].upper()[:10],
        ],
        rng,
        color=(0.1, 0.25, 0.6),
    )
    signature(pg, 60, y + 46, 50, 18, rng, color=(0.05, 0.05, 0.3))
    if t.get("hand_note"):
        hand(pg, 30, y + 75, t["hand_note"], rng, "hand4", 11)
    pg.text(105, 288, f"Page 1/1 — {fr_words(t['date'])}", F, 7.5, (0.4, 0.4, 0.4), align="c")
    c.showPage()
    c.save()
    return buf.getvalue()
