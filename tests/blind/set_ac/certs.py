"""Foreign birth certificates and Hague apostilles (A4 sheets)."""

from __future__ import annotations

import random

from ids import guilloche
from sheet import Sheet

MES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
MES = MES.split()


def _frame(sh: Sheet, rng, color):
    sh.rect(8, 8, 194, 281, stroke=color, width=0.8)
    sh.rect(10, 10, 190, 277, stroke=color, width=0.25)
    guilloche(sh, 10, 10, 190, 30, rng, tuple(min(255, c + 120) for c in color), 8)


def birth_tunisia(b: dict, rng: random.Random) -> Sheet:
    sh = Sheet(bg=(252, 250, 244))
    _frame(sh, rng, (120, 60, 50))
    sh.text(20, 22, "REPUBLIQUE TUNISIENNE", "serifb", 11)
    sh.text(190, 22, "الجمهورية التونسية", "amirib", 13, anchor="r")
    sh.text(20, 28, "Ministère de l'Intérieur", "serif", 9.5)
    sh.text(190, 28, "وزارة الداخلية", "amiri", 11, anchor="r")
    sh.text(20, 33.5, f"Municipalité de {b['commune']}", "serif", 9.5)
    sh.text(190, 33.5, "بلدية " + b["commune_ar"], "amiri", 11, anchor="r")
    sh.text(105, 50, "مضمون ولادة", "amirib", 16, anchor="c")
    sh.text(105, 58, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 13, anchor="c")
    sh.text(20, 70, f"Année : {b['year_reg']}      Acte n° : {b['act_no']}", "serif", 10.5)
    rows = [
        ("Nom", "اللقب", b["surname"]),
        ("Prénom", "الاسم", b["given"]),
        ("Sexe", "الجنس", b["sex_fr"]),
        ("Date de naissance", "تاريخ الولادة", b["dob_text"]),
        ("Lieu de naissance", "مكان الولادة", b["pob"]),
        ("Père", "الأب", b["father"]),
        ("Mère", "الأم", b["mother"]),
        ("Nationalité", "الجنسية", "Tunisienne"),
    ]
    y = 84
    for fr, ar, val in rows:
        sh.line(20, y + 2.5, 190, y + 2.5, (180, 170, 160), 0.2)
        sh.text(20, y, fr + " :", "serif", 10.5)
        sh.text(190, y, ar, "amiri", 12, anchor="r")
        sh.text(68, y, val, "courier", 11)
        y += 12
    sh.text(20, y + 6, "Mentions marginales : Néant", "serif", 10)
    sh.text(20, y + 20, f"Délivré à {b['commune']}, le {b['issued_text']}", "serif", 10.5)
    sh.text(130, y + 20, "L'Officier de l'état civil", "serifi", 10)
    sh.signature(135, y + 32, rng)
    sh.stamp(115, y + 34, 13, ["MUNICIPALITE", b["commune"].upper(), "ETAT CIVIL"], (70, 60, 150))
    return sh


def birth_mexico(b: dict, rng: random.Random) -> Sheet:
    sh = Sheet(bg=(250, 252, 248))
    sh.rect(0, 0, 210, 24, stroke=None, fill=(236, 242, 238))
    guilloche(sh, 0, 0, 210, 297, rng, (225, 236, 228), 40)
    sh.text(15, 12, "ESTADOS UNIDOS MEXICANOS", "sansb", 12, (98, 17, 50))
    sh.text(15, 18, "Registro Nacional de Población", "sans", 8, (60, 60, 60))
    sh.text(195, 12, "ACTA DE NACIMIENTO", "sansb", 14, (98, 17, 50), "r")
    sh.text(195, 18, f"Identificador Electrónico {b['ident']}", "sans", 7.5, anchor="r")
    sh.text(15, 32, f"Entidad de Registro: {b['state']}", "sans", 8.5)
    sh.text(85, 32, f"Municipio de Registro: {b['municipio']}", "sans", 8.5)
    sh.text(150, 32, f"Oficialía: {b['oficialia']}", "sans", 8.5)
    sh.text(15, 38, f"Fecha de Registro: {b['reg_date']}", "sans", 8.5)
    sh.text(85, 38, f"Libro: {b['libro']}", "sans", 8.5)
    sh.text(150, 38, f"Número de Acta: {b['acta']}", "sans", 8.5)

    def section(y, title):
        sh.rect(15, y, 180, 6, stroke=None, fill=(98, 17, 50))
        sh.text(105, y + 4.4, title, "sansb", 8.5, (255, 255, 255), "c")
        return y + 12

    y = section(44, "DATOS DE LA PERSONA REGISTRADA")
    sh.text(15, y, "Nombre(s):", "sans", 7.5, (90, 90, 90))
    sh.text(70, y, "Primer Apellido:", "sans", 7.5, (90, 90, 90))
    sh.text(130, y, "Segundo Apellido:", "sans", 7.5, (90, 90, 90))
    sh.text(15, y + 5, b["given"], "sansb", 10)
    sh.text(70, y + 5, b["ap1"], "sansb", 10)
    sh.text(130, y + 5, b["ap2"], "sansb", 10)
    y += 13
    sh.text(15, y, "Sexo:", "sans", 7.5, (90, 90, 90))
    sh.text(70, y, "Fecha de Nacimiento:", "sans", 7.5, (90, 90, 90))
    sh.text(130, y, "Lugar de Nacimiento:", "sans", 7.5, (90, 90, 90))
    sh.text(15, y + 5, b["sexo"], "sansb", 10)
    sh.text(70, y + 5, b["dob_text"], "sansb", 10)
    sh.text(130, y + 5, b["pob"], "sansb", 10)
    y += 13
    sh.text(15, y, "Clave Única de Registro de Población:", "sans", 7.5, (90, 90, 90))
    sh.text(15, y + 5, b["curp"], "sansb", 10)
    y = section(y + 12, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA")
    for who, name, nat in b["parents"]:
        sh.text(15, y, who, "sansb", 8.5)
        sh.text(15, y + 5, "Nombre: " + name, "sans", 9)
        sh.text(130, y + 5, "Nacionalidad: " + nat, "sans", 9)
        y += 14
    y = section(y + 2, "ANOTACIONES MARGINALES")
    sh.text(15, y, "SIN ANOTACIONES MARGINALES", "sans", 8.5)
    sh.para(15, y + 24, "Se certifica que la presente es copia fiel de los datos que obran en la "
            "base de datos del Registro Nacional de Población, y que la validez del presente "
            "documento puede ser verificada mediante su identificador electrónico.", 120,
            size=7.5)  # fmt: skip
    for i in range(21):
        for j in range(21):
            if rng.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                sh.rect(150 + i * 1.6, y + 14 + j * 1.6, 1.6, 1.6, stroke=None, fill=(0, 0, 0))
    sh.text(105, 282, f"Expedido el {b['issued_text']}", "sans", 8, anchor="c")
    return sh


def birth_georgia(b: dict, rng: random.Random) -> Sheet:
    sh = Sheet(bg=(252, 250, 252))
    _frame(sh, rng, (110, 60, 110))
    sh.text(105, 22, "საქართველო", "dejavub", 13, anchor="c")
    sh.text(105, 28, "GEORGIA", "dejavub", 11, anchor="c")
    sh.text(105, 40, "დაბადების მოწმობა", "dejavub", 14, anchor="c")
    sh.text(105, 47, "BIRTH CERTIFICATE", "dejavub", 12, anchor="c")
    sh.text(190, 56, f"№ {b['cert_no']}", "dejavu", 9, (150, 30, 30), "r")
    rows = [
        ("გვარი", "Surname", b["surname"]),
        ("სახელი", "Name", b["given"]),
        ("სქესი", "Sex", b["sex"]),
        ("დაბადების თარიღი", "Date of birth", b["dob_text"]),
        ("დაბადების ადგილი", "Place of birth", b["pob"]),
        ("პირადი ნომერი", "Personal No", b["pn"]),
        ("მამა", "Father", b["father"]),
        ("დედა", "Mother", b["mother"]),
    ]
    y = 70
    for ka, en, val in rows:
        sh.text(22, y, ka, "dejavu", 8.5, (60, 60, 60))
        sh.text(22, y + 4, en, "dejavu", 7.5, (100, 100, 100))
        sh.text(85, y + 2, val, "dejavub", 10.5)
        sh.line(85, y + 4, 188, y + 4, (170, 170, 170), 0.2)
        y += 14
    sh.text(22, y + 4, "რეგისტრაციის თარიღი / Date of registration: " + b["reg_text"], "dejavu",
            8.5)  # fmt: skip
    sh.text(22, y + 10, "აქტის ჩანაწერი № / Record No: " + b["record"], "dejavu", 8.5)
    sh.text(22, y + 22, "გაცემის თარიღი / Date of issue: " + b["issued_text"], "dejavu", 8.5)
    sh.text(22, y + 28, "სახელმწიფო სერვისების განვითარების სააგენტო", "dejavu", 8)
    sh.text(22, y + 32.5, "Public Service Development Agency", "dejavu", 8)
    sh.stamp(150, y + 36, 14, ["LEPL PSDA", "TBILISI", "GEORGIA"], (110, 60, 130))
    sh.signature(128, y + 30, rng)
    return sh


def birth_bolivia(b: dict, rng: random.Random) -> Sheet:
    sh = Sheet(bg=(253, 251, 245))
    _frame(sh, rng, (40, 100, 60))
    sh.text(105, 22, "ESTADO PLURINACIONAL DE BOLIVIA", "serifb", 12, anchor="c")
    sh.text(105, 28, "ÓRGANO ELECTORAL PLURINACIONAL", "serif", 9.5, anchor="c")
    sh.text(105, 33, "SERVICIO DE REGISTRO CÍVICO - SERECI", "serif", 9.5, anchor="c")
    sh.text(105, 46, "CERTIFICADO DE NACIMIENTO", "serifb", 15, anchor="c")
    sh.text(190, 54, f"Serie: A   N° {b['serial']}", "sans", 9, (170, 30, 30), "r")
    sh.text(20, 64, f"Oficialía de Registro Civil N°: {b['oficialia']}", "sans", 9)
    sh.text(20, 70, f"Libro N°: {b['libro']}   Partida N°: {b['partida']}   Folio N°: {b['folio']}",
            "sans", 9)  # fmt: skip
    sh.text(20, 76, f"Departamento: {b['dept']}   Provincia: {b['prov']}   Localidad: "
            f"{b['loc']}", "sans", 9)  # fmt: skip
    sh.text(20, 88, "DATOS DEL INSCRITO", "sansb", 10)
    rows = [
        ("Nombre(s)", b["given"]),
        ("Primer Apellido", b["ap1"]),
        ("Segundo Apellido", b["ap2"]),
        ("Fecha de Nacimiento", b["dob_text"]),
        ("Lugar de Nacimiento", b["pob"]),
        ("Sexo", b["sexo"]),
    ]
    y = 96
    for lab, val in rows:
        sh.rect(20, y - 4.5, 170, 7, stroke=(150, 170, 150), width=0.2)
        sh.text(22, y, lab + ":", "sans", 9, (60, 60, 60))
        sh.text(72, y, val, "sansb", 10)
        y += 7
    sh.text(20, y + 8, "DATOS DE LOS PADRES", "sansb", 10)
    y += 16
    for lab, val in (("Padre", b["father"]), ("Madre", b["mother"])):
        sh.rect(20, y - 4.5, 170, 7, stroke=(150, 170, 150), width=0.2)
        sh.text(22, y, lab + ":", "sans", 9, (60, 60, 60))
        sh.text(72, y, val, "sansb", 10)
        y += 7
    sh.para(20, y + 10, "El presente certificado es copia fiel del registro original que cursa en "
            "los libros del Servicio de Registro Cívico, extendido a solicitud de parte "
            "interesada.", 170, "serif", 10)  # fmt: skip
    sh.text(20, y + 34, f"La Paz, {b['issued_text']}", "serif", 10)
    sh.signature(125, y + 48, rng)
    sh.line(115, y + 56, 180, y + 56)
    sh.text(147, y + 60, "Oficial de Registro Civil", "serif", 9, anchor="c")
    sh.stamp(80, y + 52, 13, ["SERECI", "LA PAZ", "BOLIVIA"], (40, 90, 150))
    return sh


APOSTILLE_LABELS = {
    "es": ["País:", "El presente documento público", "ha sido firmado por",
           "quien actúa en calidad de", "y está revestido del sello/timbre de", "Certificado",
           "en", "el día", "por", "bajo el número", "Sello/timbre:", "Firma:"],
    "en": ["Country:", "This public document", "has been signed by", "acting in the capacity of",
           "bears the seal/stamp of", "Certified", "at", "the", "by", "No", "Seal/stamp:",
           "Signature:"],
    "fr": ["Pays :", "Le présent acte public", "a été signé par", "agissant en qualité de",
           "est revêtu du sceau/timbre de", "Attesté", "à", "le", "par", "sous n°",
           "Sceau/timbre :", "Signature :"],
}  # fmt: skip


def apostille(a: dict, rng: random.Random) -> Sheet:
    """Hague Convention model apostille: ten numbered items, square frame."""
    lab = APOSTILLE_LABELS[a["lang"]]
    sh = Sheet(bg=(253, 253, 250))
    if a.get("header"):
        sh.text(105, 20, a["header"], "sansb", 10, anchor="c")
        sh.text(105, 25, a.get("header2", ""), "sans", 8.5, anchor="c")
    x, y, w = 30, 34, 150
    sh.rect(x, y, w, 150, stroke=(30, 30, 30), width=0.6)
    sh.text(105, y + 12, "APOSTILLE", "serifb", 18, anchor="c")
    sh.text(105, y + 19, "(Convention de La Haye du 5 octobre 1961)", "serifi", 10, anchor="c")
    hand = a.get("hand")
    vf = hand or "courier"
    vs = 12 if hand else 10.5
    vc = (20, 30, 110) if hand else (0, 0, 0)
    jit = rng if hand else None
    yy = y + 32
    sh.text(x + 6, yy, "1. " + lab[0], "serif", 10)
    sh.text(x + 40, yy, a["country"], vf, vs, vc, jitter=jit)
    yy += 8
    sh.text(x + 6, yy, lab[1], "serif", 10)
    items = [
        (2, lab[2], a["doc_signer"]),
        (3, lab[3], a["doc_capacity"]),
        (4, lab[4], a["doc_seal"]),
    ]
    yy += 8
    for n, l, v in items:
        sh.text(x + 6, yy, f"{n}. {l}", "serif", 10)
        sh.text(x + 12, yy + 5.5, v, vf, vs, vc, jitter=jit)
        yy += 13
    sh.text(105, yy, lab[5], "serifb", 10.5, anchor="c")
    yy += 8
    sh.text(x + 6, yy, "5. " + lab[6], "serif", 10)
    sh.text(x + 22, yy, a["place"], vf, vs, vc, jitter=jit)
    sh.text(x + 80, yy, "6. " + lab[7], "serif", 10)
    sh.text(x + 98, yy, a["date_text"], vf, vs, vc, jitter=jit)
    yy += 9
    sh.text(x + 6, yy, "7. " + lab[8], "serif", 10)
    sh.text(x + 22, yy, a["by"], vf, vs, vc, jitter=jit)
    yy += 9
    sh.text(x + 6, yy, "8. " + lab[9], "serif", 10)
    sh.text(x + 32, yy, a["number"], vf, vs, vc, jitter=jit)
    yy += 9
    sh.text(x + 6, yy, "9. " + lab[10], "serif", 10)
    sh.text(x + 80, yy, "10. " + lab[11], "serif", 10)
    sh.stamp(x + 40, yy + 16, 12, a["stamp"], (40, 60, 150))
    sh.signature(x + 90, yy + 14, rng)
    sh.text(x + 80, yy + 28, a["by"], "serif", 8)
    if a.get("footer"):
        sh.para(30, 200, a["footer"], 150, "sans", 7.5)
    return sh
