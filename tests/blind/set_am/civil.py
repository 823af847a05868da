"""Birth certificates, apostille and sworn translation for blind set AM."""

from __future__ import annotations

import random

from frdocs import GREY, in_words
from ids import dmy
from render import Page, guilloche, round_stamp, signature

STAMP_BLUE = (40, 60, 160)
STAMP_VIOLET = (110, 50, 140)


def ethiopia(b: dict, seed: int) -> Page:
    """FDRE Vital Events Registration birth certificate (bilingual, Amharic/English)."""
    rng = random.Random(seed)
    pg = Page(bg=(250, 248, 238))
    guilloche(pg, 8, 8, 194, 281, (225, 235, 215), rng, 40, 0.1)
    pg.rect(8, 8, 194, 281, (40, 110, 60), None, 1.2)
    pg.rect(10, 10, 190, 277, (200, 160, 40), None, 0.4)
    pg.text(105, 24, "የኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ", "free", 12, (20, 60, 30), "m")
    pg.text(105, 31, "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "free-b", 12, (20, 60, 30), "m")
    pg.text(105, 38, "Immigration and Citizenship Service — Vital Events Registration", "free",
            9, (20, 60, 30), "m")  # fmt: skip
    pg.text(105, 52, "የልደት ምስክር ወረቀት", "free", 16, (0, 0, 0), "m")
    pg.text(105, 60, "BIRTH CERTIFICATE", "free-b", 16, (0, 0, 0), "m")
    pg.text(30, 72, f"Registration No. {b['reg']}", "free", 9.5)
    pg.text(180, 72, f"Certificate No. {b['cert']}", "free", 9.5, (0, 0, 0), "r")
    rows = [
        ("ስም", "Name", b["name"]),
        ("የአባት ስም", "Father's Name", b["father"]),
        ("የአያት ስም", "Grandfather's Name", b["grandfather"]),
        ("ጾታ", "Sex", b["sex"]),
        ("የትውልድ ቀን (ዓ.ም.)", "Date of Birth (E.C.)", b["dob_ec"]),
        ("የትውልድ ቀን (እ.ኤ.አ.)", "Date of Birth (G.C.)", b["dob_gc"]),
        ("የትውልድ ቦታ", "Place of Birth", b["pob"]),
        ("ዜግነት", "Nationality", "Ethiopian"),
        ("የእናት ሙሉ ስም", "Mother's Full Name", b["mother"]),
        ("የአባት ዜግነት", "Father's Nationality", "Ethiopian"),
    ]
    y = 86
    for am, en, v in rows:
        pg.text(22, y, am, "free", 10)
        pg.text(22, y + 5, en, "free", 8.5, GREY)
        pg.text(90, y + 2.5, v, "free-b", 11)
        pg.line(88, y + 4, 188, y + 4, (150, 150, 150), 0.15)
        y += 13
    pg.text(22, y + 6, f"Date of Registration: {b['registered']}", "free", 9.5)
    pg.text(22, y + 12, f"Date of Issue: {b['issued']}", "free", 9.5)
    pg.text(22, y + 24, "Civil Registrar — Addis Ababa City Administration", "free", 9.5)
    signature(pg, 30, y + 19, 40, rng, (20, 30, 90))
    round_stamp(pg, 150, y + 8, 15, "ADDIS ABABA VITAL EVENTS REG.", ["VERA", "A.A."],
                STAMP_BLUE)  # fmt: skip
    # legalisation: MoFA authentication and the French consulate
    pg.rect(112, 246, 82, 36, STAMP_VIOLET, None, 0.5)
    pg.text(153, 251, "MINISTRY OF FOREIGN AFFAIRS OF ETHIOPIA", "sans-b", 6.3, STAMP_VIOLET, "m")
    pg.text(153, 255.5, "AUTHENTICATION", "sans-b", 7, STAMP_VIOLET, "m")
    pg.text(115, 261, f"The signature of {b['registrar']} is authentic.", "sans", 6,
            STAMP_VIOLET)  # fmt: skip
    pg.text(115, 266, f"No. {b['mofa_no']}   Date {b['mofa_date']}", "sans", 6.3, STAMP_VIOLET)
    signature(pg, 120, 278, 25, rng, STAMP_VIOLET, 0.3)
    pg.rect(16, 246, 88, 36, STAMP_BLUE, None, 0.5)
    pg.text(60, 251, "AMBASSADE DE FRANCE EN ÉTHIOPIE", "sans-b", 6.8, STAMP_BLUE, "m")
    pg.text(60, 256, "Section consulaire — LÉGALISATION", "sans-b", 6.3, STAMP_BLUE, "m")
    pg.text(19, 262, "Vu pour légalisation de la signature et du sceau du", "sans", 6,
            STAMP_BLUE)  # fmt: skip
    pg.text(19, 266, "Ministère des Affaires étrangères d'Éthiopie.", "sans", 6, STAMP_BLUE)
    pg.text(19, 271, f"Addis-Abeba, le {b['fr_legal_date']}   N° {b['fr_legal_no']}", "sans",
            6, STAMP_BLUE)  # fmt: skip
    signature(pg, 60, 279, 24, rng, STAMP_BLUE, 0.3)
    return pg


def burkina(b: dict, seed: int) -> Page:
    """Extrait d'acte de naissance, centre d'état civil, Burkina Faso."""
    rng = random.Random(seed)
    pg = Page(bg=(247, 247, 242))
    f, fb = "dserif", "dserif-b"
    pg.text(50, 18, "BURKINA FASO", fb, 11, (0, 0, 0), "m")
    pg.text(50, 23, "Unité - Progrès - Justice", "serif-i", 8.5, (0, 0, 0), "m")
    pg.text(50, 28, "-------------", f, 8, (0, 0, 0), "m")
    pg.text(50, 33, f"RÉGION DU {b['region']}", f, 8.5, (0, 0, 0), "m")
    pg.text(50, 38, f"PROVINCE DU {b['province']}", f, 8.5, (0, 0, 0), "m")
    pg.text(50, 43, f"COMMUNE DE {b['commune']}", f, 8.5, (0, 0, 0), "m")
    pg.text(50, 48, "CENTRE D'ÉTAT CIVIL PRINCIPAL", f, 8.5, (0, 0, 0), "m")
    pg.text(150, 28, "EXTRAIT D'ACTE DE NAISSANCE", fb, 12, (0, 0, 0), "m")
    pg.text(150, 35, f"N° {b['acte']} du {dmy(b['registered'])}", f, 10, (0, 0, 0), "m")
    pg.text(150, 41, f"Année {b['registered'][:4]}", f, 9, (0, 0, 0), "m")
    y = 64
    rows = [
        ("Le", b["dob_words"]),
        ("à", b["time"]),
        ("est né(e) à", b["pob"]),
        ("l'enfant", f"{b['given']}"),
        ("NOM", b["surname"]),
        ("de sexe", b["sex_words"]),
        ("fils / fille de", b["father"]),
        ("né le", b["father_dob"]),
        ("profession", b["father_job"]),
        ("et de", b["mother"]),
        ("née le", b["mother_dob"]),
        ("profession", b["mother_job"]),
        ("domiciliés à", b["domicile"]),
    ]
    for lab, v in rows:
        pg.text(24, y, lab, "serif-i", 10)
        pg.text(62, y, "." * 95, f, 8, (160, 160, 160))
        pg.text(64, y - 0.8, v, "mono-b", 10.5)
        y += 9.5
    y += 4
    pg.text(24, y, "Mentions marginales : Néant", f, 9.5)
    y += 14
    pg.para(24, y, 162, f"Pour extrait certifié conforme aux indications portées au registre, "
            f"délivré à {b['commune'].title()}, le {dmy(b['issued'])}.", f, 9.5)  # fmt: skip
    pg.text(140, y + 18, "L'Officier d'état civil", f, 9.5, (0, 0, 0), "m")
    signature(pg, 122, y + 40, 36, rng, (20, 30, 100))
    round_stamp(pg, 110, y + 34, 16, f"MAIRIE DE {b['commune']} * BURKINA FASO",
                ["ÉTAT CIVIL"], STAMP_BLUE)  # fmt: skip
    pg.text(140, y + 48, b["officer"], fb, 9, (0, 0, 0), "m")
    pg.rect(20, 270, 60, 14, (0, 0, 0), None, 0.25)
    pg.text(23, 276, "Timbre fiscal", f, 7.5)
    pg.text(23, 281, "200 F CFA", fb, 8)
    return pg


def uzbekistan(b: dict, seed: int) -> Page:
    """Tug'ilganlik haqida guvohnoma (Uzbek birth certificate, Latin/Russian)."""
    rng = random.Random(seed)
    pg = Page(148, 210, bg=(236, 242, 232))
    guilloche(pg, 5, 5, 138, 200, (200, 220, 205), rng, 40, 0.1)
    pg.rect(5, 5, 138, 200, (60, 120, 90), None, 0.8)
    green = (20, 80, 60)
    pg.text(74, 16, "O'ZBEKISTON RESPUBLIKASI", "dejavu-b", 9.5, green, "m")
    pg.text(74, 21, "РЕСПУБЛИКА УЗБЕКИСТАН", "dejavu", 7.5, green, "m")
    pg.text(74, 32, "TUG'ILGANLIK HAQIDA GUVOHNOMA", "dejavu-b", 11, (0, 0, 0), "m")
    pg.text(74, 37, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", "dejavu", 8, (0, 0, 0), "m")
    rows = [
        ("Familiyasi / Фамилия", b["surname"]),
        ("Ismi / Имя", b["given"]),
        ("Otasining ismi / Отчество", b["patronymic"]),
        ("Tug'ilgan sana / Дата рождения", b["dob_text"]),
        ("", b["dob_words"]),
        ("Tug'ilgan joyi / Место рождения", b["pob"]),
        ("Otasi / Отец", b["father"]),
        ("Millati / Национальность", b["father_nat"]),
        ("Onasi / Мать", b["mother"]),
        ("Millati / Национальность", b["mother_nat"]),
    ]
    y = 50
    for lab, v in rows:
        if lab:
            pg.text(12, y, lab, "dejavu-c", 6.3, GREY)
        pg.text(12, y + 4.2, v, "dejavu-b", 8.5)
        pg.line(12, y + 5.4, 136, y + 5.4, (140, 160, 150), 0.15)
        y += 10.5
    pg.text(12, y + 2, f"Dalolatnoma yozuvi / Запись акта № {b['act']}", "dejavu-c", 7)
    pg.text(12, y + 7, f"Sana / Дата: {dmy(b['registered'])}", "dejavu-c", 7)
    pg.text(12, y + 12, f"FHDYo organi / Орган ЗАГС: {b['office']}", "dejavu-c", 7)
    pg.text(12, y + 17, f"Berilgan sana / Дата выдачи: {dmy(b['issued'])}", "dejavu-c", 7)
    pg.text(12, y + 26, "FHDYo organi mudiri / Заведующий ЗАГС", "dejavu-c", 7)
    signature(pg, 80, y + 26, 26, rng, (20, 30, 100), 0.35)
    round_stamp(pg, 115, y + 20, 12, "O'ZBEKISTON RESPUBLIKASI ADLIYA", ["FHDYo"], STAMP_BLUE)
    pg.text(12, 200, f"Seriya {b['series']}  № {b['number']}", "dejavu-b", 8, (170, 30, 30))
    return pg


def honduras(b: dict, seed: int) -> list[Page]:
    """Certificación de acta de nacimiento, Registro Nacional de las Personas (RNP)."""
    rng = random.Random(seed)
    pg = Page(215.9, 279.4)
    f, fb = "sans", "sans-b"
    blue = (0, 70, 150)
    pg.text(108, 18, "REPÚBLICA DE HONDURAS", fb, 12, blue, "m")
    pg.text(108, 24, "REGISTRO NACIONAL DE LAS PERSONAS", fb, 11, blue, "m")
    pg.text(108, 36, "CERTIFICACIÓN DE ACTA DE NACIMIENTO", fb, 13, (0, 0, 0), "m")
    pg.para(18, 48, 180, f"El infrascrito Registrador Civil Municipal de {b['city']}, "
            f"departamento de {b['dept']}, CERTIFICA: que en el Tomo {b['tomo']}, Folio "
            f"{b['folio']}, Acta No. {b['acta']} del Registro de Nacimientos, se encuentra "
            "inscrito el nacimiento siguiente:", f, 9.5)  # fmt: skip
    rows = [
        ("Número de identidad", b["dni"]),
        ("Nombre del inscrito", b["name"]),
        ("Primer apellido", b["ap1"]),
        ("Segundo apellido", b["ap2"]),
        ("Sexo", b["sex"]),
        ("Fecha de nacimiento", b["dob_text"]),
        ("Lugar de nacimiento", b["pob"]),
        ("Nombre del padre", b["father"]),
        ("Nacionalidad del padre", "HONDUREÑA"),
        ("Nombre de la madre", b["mother"]),
        ("Nacionalidad de la madre", "HONDUREÑA"),
        ("Fecha de inscripción", b["registered"]),
    ]
    y = 72
    for lab, v in rows:
        pg.rect(18, y - 5, 62, 8, (150, 170, 200), (232, 240, 250), 0.2)
        pg.rect(80, y - 5, 118, 8, (150, 170, 200), None, 0.2)
        pg.text(20, y, lab, f, 8.5)
        pg.text(83, y, v, fb, 9.5)
        y += 8
    y += 6
    pg.para(18, y, 180, f"Y para los fines que al interesado convengan, se extiende la presente "
            f"en la ciudad de {b['city']}, a los {b['issued_words']}.", f, 9.5)  # fmt: skip
    pg.text(150, y + 30, "Registrador Civil Municipal", f, 9, (0, 0, 0), "m")
    signature(pg, 130, y + 25, 38, rng, (20, 20, 90))
    round_stamp(pg, 70, y + 22, 15, "REGISTRO NACIONAL DE LAS PERSONAS *", ["HONDURAS", "C.A."],
                blue)  # fmt: skip
    pg.text(18, 262, f"Código de verificación: {b['verif']}   Consulte en www.rnp.hn", f, 7.5,
            GREY)  # fmt: skip
    return [pg]


def apostille(a: dict, seed: int, size=(148, 210)) -> Page:
    """Hague Convention model certificate (10 numbered items)."""
    rng = random.Random(seed)
    pg = Page(*size, bg=(252, 252, 248))
    w = size[0]
    f, fb = a.get("font", "dserif"), a.get("font_b", "dserif-b")
    pg.rect(8, 8, w - 16, 150, (0, 0, 0), None, 0.5)
    pg.text(w / 2, 20, "APOSTILLE", fb, 16, (0, 0, 0), "m")
    pg.text(w / 2, 26.5, "(Convention de La Haye du 5 octobre 1961)", f, 8.5, (0, 0, 0), "m")
    if a.get("local_title"):
        pg.text(w / 2, 32, a["local_title"], f, 8, GREY, "m")
    items = [
        (f"1. Country / Pays: {a['country_text']}", None),
        ("This public document / Le présent acte public", None),
        (f"2. has been signed by / a été signé par: {a['signer']}", None),
        (f"3. acting in the capacity of / agissant en qualité de: {a['capacity']}", None),
        (f"4. bears the seal/stamp of / est revêtu du sceau de: {a['seal']}", None),
        ("Certified / Attesté", None),
        (f"5. at / à: {a['place']}", f"6. the / le: {a['date_text']}"),
        (f"7. by / par: {a['by']}", None),
        (f"8. No / sous n°: {a['number']}", None),
        ("9. Seal/stamp / Sceau:", "10. Signature:"),
    ]
    y = 42
    for left, right in items:
        pg.text(14, y, left, f, 7.8)
        if right:
            pg.text(w / 2 + 8, y, right, f, 7.8)
        y += 9.5
    round_stamp(pg, 40, y + 10, 13, a["stamp"], ["APOSTILLE"], STAMP_BLUE)
    signature(pg, w / 2 + 10, y + 8, 34, rng, (20, 20, 80))
    pg.text(w / 2, 170, a.get("footer", ""), f, 7, GREY, "m")
    return pg


def translation(t: dict, seed: int) -> Page:
    """Traduction certifiée conforme by a traducteur expert près la cour d'appel."""
    rng = random.Random(seed)
    pg = Page()
    f, fb = "serif", "serif-b"
    pg.text(18, 18, t["translator"], fb, 10)
    pg.text(18, 23, "Traducteur-interprète expert près la Cour d'appel de " + t["court"], f, 8.5)
    pg.text(18, 27.5, t["tr_addr"], f, 8.5)
    pg.text(192, 18, f"Traduction n° {t['no']}", f, 8.5, (0, 0, 0), "r")
    pg.text(105, 42, "TRADUCTION DU " + t["from_lang"].upper() + " VERS LE FRANÇAIS", fb, 11,
            (0, 0, 0), "m")  # fmt: skip
    pg.text(105, 52, t["title"], fb, 12, (0, 0, 0), "m")
    y = 64
    for lab, v in t["rows"]:
        pg.text(22, y, lab + " :", f, 10)
        pg.text(88, y, v, fb, 10)
        y += 7.5
    y += 4
    for s in t.get("extra", []):
        y = pg.para(22, y, 166, s, "serif-i", 9.5) + 2
    y += 10
    pg.para(22, y, 166, "Je soussigné(e), traducteur expert, certifie que la présente "
            f"traduction est conforme à l'original en langue {t['from_lang']} qui m'a été "
            f"présenté. Fait à {t['court']}, le {in_words(t['date'])}.", f, 9.5)  # fmt: skip
    round_stamp(pg, 150, y + 40, 18, t["stamp"], ["TRADUCTEUR", "EXPERT"], STAMP_BLUE)
    signature(pg, 40, y + 40, 40, rng, (20, 20, 90))
    return pg
