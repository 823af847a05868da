"""Civil-status documents: birth certificates (TUN, COL, PHL, CMR), apostilles, sworn
translation, handwritten attestation d'hébergement."""

from __future__ import annotations

import random

from common import INK_BLUE, Page

MOIS = ("janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre").split()  # fmt: skip
MESES = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
         "diciembre").split()  # fmt: skip
MONTHS = ("January February March April May June July August September October November "
          "December").split()  # fmt: skip


def fr_words(d) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def tunisia_birth(b: dict, rng: random.Random) -> Page:
    """Extrait d'acte de naissance, bilingual Arabic/French; the French column is filled."""
    p = Page(210, 297, (250, 248, 240))
    p.text(12, 14, "RÉPUBLIQUE TUNISIENNE", "serif_b", 11)
    p.text(198, 14, "الجمهورية التونسية", "amiri", 13, (0, 0, 0), "r", rtl=True)
    p.text(12, 20, "Ministère de l'Intérieur", "serif", 9)
    p.text(198, 21, "وزارة الداخلية", "amiri", 11, (0, 0, 0), "r", rtl=True)
    p.text(12, 25, f"Municipalité de {b['city']}", "serif", 9)
    p.text(198, 27, "بلدية " + b["city_ar"], "amiri", 11, (0, 0, 0), "r", rtl=True)
    p.text(105, 40, "EXTRAIT D'ACTE DE NAISSANCE", "serif_b", 14, (0, 0, 0), "m")
    p.text(105, 48, "مضمون ولادة", "amiri", 15, (0, 0, 0), "m", rtl=True)
    p.text(12, 58, f"Année : {b['dob'].year}     Numéro de l'acte : {b['act_no']}", "serif", 9.5)
    p.text(198, 58, "السنة - عدد الرسم", "amiri", 11, (0, 0, 0), "r", rtl=True)
    rows = [
        ("Nom", b["surname"], "اللقب"),
        ("Prénom", b["given"], "الاسم"),
        ("Sexe", b["sex_word"], "الجنس"),
        ("Date de naissance", b["dob_words"], "تاريخ الولادة"),
        ("Lieu de naissance", b["pob"], "مكان الولادة"),
        ("Nom et prénom du père", b["father"], "اسم الأب ولقبه"),
        ("Nom et prénom de la mère", b["mother"], "اسم الأم ولقبها"),
        ("Mentions marginales", "Néant", "التنصيصات الهامشية"),
    ]
    y = 72
    for lab, val, ar in rows:
        p.rect(12, y - 6, 186, 11, stroke=(120, 120, 120), lw=0.2)
        p.line(62, y - 6, 62, y + 5, (120, 120, 120), 0.2)
        p.line(150, y - 6, 150, y + 5, (120, 120, 120), 0.2)
        p.text(14, y + 1, lab, "serif", 9)
        p.text(65, y + 1, val, "mono", 10.5, (20, 20, 40))
        p.text(196, y + 1.5, ar, "amiri", 11, (0, 0, 0), "r", rtl=True)
        y += 11
    y += 8
    p.text(12, y, f"Délivré à {b['city']}, le {b['issued'].strftime('%d/%m/%Y')}", "serif", 10)
    p.text(140, y + 8, "L'Officier de l'état civil", "serif", 9.5, (0, 0, 0), "m")
    p.stamp(150, y + 30, 15, ["RÉPUBLIQUE TUNISIENNE", "MUNICIPALITÉ", b["city"].upper(),
                              "ÉTAT CIVIL"])  # fmt: skip
    p.signature(125, y + 18, 40, 14, "officier", rng, (30, 30, 90))
    p.text(105, 285, "Imprimé n° 1", "serif", 7, (90, 90, 90), "m")
    return p


def colombia_birth(b: dict, rng: random.Random) -> Page:
    p = Page(216, 279, (255, 255, 255))
    p.rect(8, 8, 200, 263, stroke=(0, 90, 60), lw=0.6)
    p.text(108, 18, "REPÚBLICA DE COLOMBIA", "sans_b", 12, (0, 0, 0), "m")
    p.text(108, 24, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sans_b", 9.5, (0, 60, 40), "m")
    p.text(108, 32, "REGISTRO CIVIL DE NACIMIENTO", "sans_b", 13, (0, 0, 0), "m")
    p.text(150, 42, f"Indicativo Serial  {b['serial']}", "sans_b", 9, (170, 20, 20))
    p.text(14, 42, f"NUIP  {b['nuip']}", "sans_b", 9)
    sections = [
        ("Datos de la oficina de registro", [
            ("Clase de oficina", "Registraduría"), ("País - Departamento - Municipio",
             "COLOMBIA - " + b["dept"] + " - " + b["city"]), ("Código", b["code"])]),
        ("Datos del inscrito", [
            ("Primer Apellido", b["ap1"]), ("Segundo Apellido", b["ap2"]),
            ("Nombre(s)", b["given"]),
            ("Fecha de nacimiento  Año / Mes / Día",
             f"{b['dob'].year}  {MESES[b['dob'].month - 1].upper()}  {b['dob'].day:02d}"),
            ("Sexo (en letras)", b["sex_word"]), ("Grupo sanguíneo", "O  RH +"),
            ("Lugar de nacimiento (País - Departamento - Municipio)",
             f"COLOMBIA - {b['dept']} - {b['city']}")]),
        ("Datos de la madre", [("Apellidos y nombres completos", b["mother"]),
                               ("Nacionalidad", "COLOMBIANA")]),
        ("Datos del padre", [("Apellidos y nombres completos", b["father"]),
                             ("Nacionalidad", "COLOMBIANA")]),
    ]  # fmt: skip
    y = 50
    for title, rows in sections:
        p.rect(12, y, 192, 6, stroke=None, fill=(215, 230, 220))
        p.text(14, y + 4.3, title, "sans_b", 8.5)
        y += 8
        for lab, val in rows:
            p.rect(12, y, 192, 11, stroke=(150, 150, 150), lw=0.2)
            p.text(14, y + 3.6, lab, "sans", 6.5, (60, 60, 60))
            p.text(14, y + 9, val, "mono", 10)
            y += 11
        y += 3
    p.text(14, y + 4, f"Fecha de inscripción: {b['reg'].strftime('%Y-%m-%d')}", "sans", 8.5)
    p.text(120, y + 4, "Nombre y firma del funcionario", "sans", 7.5, (60, 60, 60))
    p.signature(122, y + 7, 45, 12, "func", rng, (20, 20, 20))
    p.text(14, 262, f"ES FIEL COPIA TOMADA DEL ORIGINAL - Expedida el "
           f"{b['issued'].strftime('%d/%m/%Y')} - Bogotá D.C.", "sans", 7)  # fmt: skip
    return p


def philippines_birth(b: dict, rng: random.Random) -> Page:
    """PSA-issued Certificate of Live Birth (Municipal Form No. 102) on security paper."""
    p = Page(216, 330, (244, 240, 222))
    for i in range(0, 330, 3):
        p.line(0, i, 216, i + 2, (232, 226, 200), 0.15)
    p.text(108, 12, "PHILIPPINE STATISTICS AUTHORITY", "serif_b", 10, (30, 60, 120), "m")
    p.text(14, 20, "Municipal Form No. 102", "sans", 7)
    p.text(108, 20, "Republic of the Philippines", "serif", 8.5, (0, 0, 0), "m")
    p.text(108, 25, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "serif", 8.5, (0, 0, 0), "m")
    p.text(108, 33, "CERTIFICATE OF LIVE BIRTH", "serif_b", 14, (0, 0, 0), "m")
    p.text(14, 42, f"Province  {b['province']}", "sans", 8.5)
    p.text(14, 48, f"City/Municipality  {b['city']}", "sans", 8.5)
    p.text(150, 42, f"Registry No. {b['reg_no']}", "sans", 8.5)
    y = 56
    p.rect(12, y, 192, 62, stroke=(0, 0, 0), lw=0.3)
    p.text(8, y + 30, "CHILD", "sans_b", 7)
    cells = [
        ("1. NAME  (First)", b["given"], 14),
        ("(Middle)", b["middle"], 86),
        ("(Last)", b["last"], 140),
    ]
    for lab, val, x in cells:
        p.text(x, y + 4, lab, "sans", 6.5, (60, 60, 60))
        p.text(x, y + 10, val, "mono", 10)
    p.line(12, y + 13, 204, y + 13, (0, 0, 0), 0.2)
    p.text(14, y + 17, "2. SEX", "sans", 6.5, (60, 60, 60))
    p.text(14, y + 23, b["sex_word"], "mono", 10)
    p.text(60, y + 17, "3. DATE OF BIRTH  (Day) (Month) (Year)", "sans", 6.5, (60, 60, 60))
    p.text(60, y + 23, f"{b['dob'].day}  {MONTHS[b['dob'].month - 1]}  {b['dob'].year}",
           "mono", 10)  # fmt: skip
    p.line(12, y + 26, 204, y + 26, (0, 0, 0), 0.2)
    p.text(14, y + 30, "4. PLACE OF BIRTH  (Name of Hospital/Clinic/Institution)", "sans", 6.5,
           (60, 60, 60))  # fmt: skip
    p.text(14, y + 36, b["hospital"], "mono", 9.5)
    p.text(14, y + 43, "(City/Municipality)  (Province)", "sans", 6.5, (60, 60, 60))
    p.text(14, y + 49, f"{b['city']}, {b['province']}", "mono", 9.5)
    p.line(12, y + 52, 204, y + 52, (0, 0, 0), 0.2)
    p.text(14, y + 56, "5a. TYPE OF BIRTH  SINGLE      5b. BIRTH ORDER  FIRST", "sans", 7)
    y += 66
    p.rect(12, y, 192, 40, stroke=(0, 0, 0), lw=0.3)
    p.text(8, y + 20, "MOTHER", "sans_b", 6)
    p.text(14, y + 4, "7. MAIDEN NAME  (First) (Middle) (Last)", "sans", 6.5, (60, 60, 60))
    p.text(14, y + 10, b["mother"], "mono", 10)
    p.text(14, y + 17, "8. CITIZENSHIP", "sans", 6.5, (60, 60, 60))
    p.text(14, y + 23, "FILIPINO", "mono", 10)
    y += 44
    p.rect(12, y, 192, 30, stroke=(0, 0, 0), lw=0.3)
    p.text(8, y + 15, "FATHER", "sans_b", 6)
    p.text(14, y + 4, "14. NAME  (First) (Middle) (Last)", "sans", 6.5, (60, 60, 60))
    p.text(14, y + 10, b["father"], "mono", 10)
    p.text(14, y + 17, "15. CITIZENSHIP", "sans", 6.5, (60, 60, 60))
    p.text(14, y + 23, "FILIPINO", "mono", 10)
    y += 36
    p.text(14, y, f"20. DATE AND PLACE OF MARRIAGE OF PARENTS  {b['parents_marriage']}", "sans",
           7)  # fmt: skip
    p.text(14, y + 8, f"Date of Registration: {b['reg'].strftime('%B %d, %Y')}", "sans", 8)
    p.rect(12, y + 16, 192, 40, stroke=(30, 60, 120), lw=0.3)
    p.text(16, y + 22, "This is a certified true copy of the record on file with the Philippine "
           "Statistics Authority.", "sans", 7.5)  # fmt: skip
    p.text(16, y + 28, f"Issued on {b['issued'].strftime('%B %d, %Y')} at PSA Serbilis Center",
           "sans", 7.5)  # fmt: skip
    p.signature(120, y + 32, 45, 12, "civil", rng, (20, 20, 20))
    p.text(140, y + 52, "Civil Registrar General", "serif", 8, (0, 0, 0), "m")
    p.text(14, 322, f"SECPA No. {b['secpa']}", "sans_b", 8, (180, 20, 20))
    return p


def cameroon_birth(b: dict, rng: random.Random) -> Page:
    """Acte de naissance, République du Cameroun, bilingual French/English form."""
    p = Page(210, 297, (246, 246, 240))
    p.text(50, 14, "RÉPUBLIQUE DU CAMEROUN", "serif_b", 9.5, (0, 0, 0), "m")
    p.text(50, 19, "Paix - Travail - Patrie", "serif_i", 8, (0, 0, 0), "m")
    p.text(160, 14, "REPUBLIC OF CAMEROON", "serif_b", 9.5, (0, 0, 0), "m")
    p.text(160, 19, "Peace - Work - Fatherland", "serif_i", 8, (0, 0, 0), "m")
    p.text(105, 30, f"Centre d'état civil de / Civil Status Registration Centre of "
           f"{b['centre']}", "serif", 9, (0, 0, 0), "m")  # fmt: skip
    p.text(105, 42, "ACTE DE NAISSANCE  /  BIRTH CERTIFICATE", "serif_b", 14, (0, 0, 0), "m")
    p.text(105, 49, f"N° {b['act_no']}", "serif_b", 11, (0, 0, 0), "m")
    rows = [
        ("Nom de l'enfant / Surname of child", b["surname"]),
        ("Prénoms de l'enfant / Given names of child", b["given"]),
        ("Né le / Born on", b["dob_words"]),
        ("À / At", b["pob"]),
        ("Sexe / Sex", b["sex_word"]),
        ("De / Of (père / father)", b["father"]),
        ("Et de / And of (mère / mother)", b["mother"]),
        ("Dressé le / Drawn up on", b["drawn"]),
        ("Sur la déclaration de / In accordance with the declaration of", b["declarant"]),
    ]
    y = 62
    for lab, val in rows:
        p.text(14, y, lab, "serif", 8.5, (40, 40, 40))
        p.line(14, y + 7.5, 196, y + 7.5, (120, 120, 120), 0.2, dash=True)
        p.hand(20, y + 6.3, val, rng, "hand3", 12, (20, 20, 60))
        y += 14
    y += 4
    p.text(14, y, "Par Nous / By Us, " + b["officer"] + ", Officier d'état civil / Civil Status "
           "Registrar", "serif", 8.5)  # fmt: skip
    p.text(14, y + 10, f"Copie certifiée conforme délivrée le {b['issued'].strftime('%d/%m/%Y')}",
           "serif_b", 9)  # fmt: skip
    p.stamp(55, y + 35, 16, ["RÉPUBLIQUE DU", "CAMEROUN", "ÉTAT CIVIL", b["centre"].upper()],
            (120, 40, 120))  # fmt: skip
    p.signature(130, y + 20, 45, 16, b["officer"], rng, (20, 20, 80))
    p.text(150, y + 42, "L'Officier d'état civil", "serif", 8.5, (0, 0, 0), "m")
    return p


def apostille(a: dict, rng: random.Random, lang="es") -> Page:
    """Hague Convention model apostille certificate, 10 numbered items."""
    p = Page(210, 297, (255, 255, 255))
    p.rect(30, 30, 150, 150, stroke=(0, 0, 0), lw=0.6)
    p.text(105, 42, "APOSTILLE", "serif_b", 18, (0, 0, 0), "m")
    p.text(105, 49, "(Convention de La Haye du 5 octobre 1961)", "serif_i", 9.5, (0, 0, 0), "m")
    p.text(36, 60, "1. " + a["l1"], "serif", 9.5)
    p.text(120, 60, a["country"], "serif_b", 10)
    items = [
        ("2. " + a["l2"], a["signed_by"]),
        ("3. " + a["l3"], a["capacity"]),
        ("4. " + a["l4"], a["seal"]),
    ]
    y = 70
    for lab, val in items:
        p.text(36, y, lab, "serif", 9.5)
        p.text(44, y + 6, val, "serif_b", 9.5)
        y += 14
    p.text(105, y + 2, a["cert"], "serif_b", 10, (0, 0, 0), "m")
    y += 12
    p.text(36, y, "5. " + a["l5"], "serif", 9.5)
    p.text(62, y, a["at"], "serif_b", 9.5)
    p.text(110, y, "6. " + a["l6"], "serif", 9.5)
    p.text(132, y, a["issued_on_text"], "serif_b", 9.5)
    y += 10
    p.text(36, y, "7. " + a["l7"], "serif", 9.5)
    p.text(44, y + 6, a["by"], "serif_b", 9)
    y += 16
    p.text(36, y, "8. " + a["l8"], "serif", 9.5)
    p.text(62, y, a["number"], "serif_b", 10)
    y += 10
    p.text(36, y, "9. " + a["l9"], "serif", 9.5)
    p.text(110, y, "10. " + a["l10"], "serif", 9.5)
    p.stamp(62, y + 18, 13, a["stamp"], (40, 60, 150))
    p.signature(118, y + 6, 45, 14, a["official"], rng, (20, 20, 20))
    if a.get("footer"):
        p.para(30, 190, a["footer"], 150, "sans", 7, 3.2, (80, 80, 80))
    return p


def translation(t: dict, rng: random.Random) -> list[Page]:
    """Traduction certifiée conforme by a traducteur expert près la cour d'appel."""
    p = Page()
    p.text(20, 20, t["translator"], "serif_b", 11)
    p.text(20, 25, "Traductrice-interprète expert près la Cour d'appel de " + t["court"], "serif",
           9)  # fmt: skip
    p.text(20, 30, t["addr"], "serif", 9)
    p.text(105, 48, "TRADUCTION CERTIFIÉE CONFORME", "serif_b", 13, (0, 0, 0), "m")
    p.text(105, 54, f"de l'espagnol vers le français — N° {t['number']}", "serif_i", 9.5,
           (0, 0, 0), "m")  # fmt: skip
    y = 68
    for ln in t["lines"]:
        if ln.startswith("#"):
            p.text(20, y, ln[1:], "serif_b", 10)
        else:
            y = p.para(20, y, ln, 170, "serif", 10, 4.6) - 4.6
        y += 6.4
    y += 8
    y = p.para(
        20, y,
        f"Je soussignée, {t['translator']}, traductrice-interprète expert près la Cour d'appel "
        f"de {t['court']}, certifie que la traduction qui précède est conforme à l'original "
        "en langue espagnole qui m'a été présenté.",
        170, "serif_i", 9.5, 4.4,
    )  # fmt: skip
    p.text(20, y + 6, f"Fait à {t['court']}, le {fr_words(t['date'])}", "serif", 10)
    p.stamp(150, y + 30, 17, ["TRADUCTEUR EXPERT", "COUR D'APPEL", t["court"].upper(),
                              t["translator"].upper()[:18]], (30, 50, 140))  # fmt: skip
    p.signature(100, y + 14, 40, 14, t["translator"], rng, INK_BLUE)
    return [p]


def hosting_attestation(h: dict, rng: random.Random, font="hand2") -> Page:
    """A handwritten attestation d'hébergement on plain (lined) paper."""
    p = Page(210, 297, (252, 252, 248))
    for i in range(30, 290, 8):
        p.line(0, i, 210, i, (190, 205, 230), 0.15)
    p.line(28, 0, 28, 297, (230, 150, 150), 0.25)
    ink = INK_BLUE if h.get("blue", True) else (20, 20, 25)
    L = [
        (32, 38, h["host_name"]),
        (32, 46, h["host_addr1"]),
        (32, 54, h["host_addr2"]),
        (125, 78, h["place_date_top"]),
        (70, 102, "Attestation d'hébergement"),
    ]
    for x, y, s in L:
        p.hand(x, y, s, rng, font, 15 if "Attestation" in s else 13, ink)
    body = h["body"]
    y = 126
    for ln in body:
        p.hand(32, y, ln, rng, font, 13, ink)
        y += 8
    y += 8
    p.hand(110, y, h["closing"], rng, font, 13, ink)
    p.signature(115, y + 6, 50, 16, h["host_name"], rng, ink)
    return p
