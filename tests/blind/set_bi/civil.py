"""Foreign civil-status documents, apostilles, legalisations and sworn translations (A4)."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from common import hand, para, rect_stamp, signature, stamp

W, H = A4


def _box(c, x, y, w, h, label, value, font="Sans", size=9, lsize=5.5):
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.rect(x, y, w, h)
    c.setFillColorRGB(0.25, 0.25, 0.25)
    c.setFont("Cond", lsize)
    c.drawString(x + 2, y + h - lsize - 1.5, label)
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont(font, size)
    c.drawString(x + 4, y + 4, value)


def tunisia_birth(c, b, rng):
    c.setFillColorRGB(0.97, 0.96, 0.93)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SerifB", 12)
    c.drawString(20 * mm, H - 22 * mm, "RÉPUBLIQUE TUNISIENNE")
    c.setFont("Serif", 10)
    c.drawString(20 * mm, H - 28 * mm, "Ministère de l'Intérieur")
    c.drawString(20 * mm, H - 33 * mm, "Gouvernorat de " + b["gov"])
    c.drawString(20 * mm, H - 38 * mm, "Commune de " + b["commune"])
    c.setFont("Serif", 9)
    c.drawRightString(W - 20 * mm, H - 22 * mm, "Imprimé n° 1")
    c.drawRightString(W - 20 * mm, H - 28 * mm, "Bureau de l'état civil")
    c.setFont("SerifB", 16)
    c.drawCentredString(W / 2, H - 55 * mm, "EXTRAIT D'ACTE DE NAISSANCE")
    c.setFont("Serif", 9.5)
    c.drawCentredString(
        W / 2, H - 61 * mm, "(Loi n° 57-3 du 1er août 1957 réglementant l'état civil)"
    )
    rows = [
        ("Numéro de l'acte", b["act_no"]),
        ("Année", b["dob"][:4]),
        ("Nom", b["surname"]),
        ("Prénom", b["given"]),
        ("Sexe", b["sex_word"]),
        ("Date de naissance", b["dob_words"]),
        ("Lieu de naissance", b["place"]),
        ("Nom et prénom du père", b["father"]),
        ("Nationalité du père", "Tunisienne"),
        ("Nom et prénom de la mère", b["mother"]),
        ("Nationalité de la mère", "Tunisienne"),
        ("Mentions marginales", "Néant"),
    ]
    y = H - 78 * mm
    for lab, val in rows:
        c.setFont("Serif", 10)
        c.drawString(25 * mm, y, lab)
        c.setDash(1, 2)
        c.line(75 * mm, y - 1.5, W - 25 * mm, y - 1.5)
        c.setDash()
        c.setFont("SerifB", 10.5)
        c.drawString(78 * mm, y + 1, val)
        y -= 10 * mm
    c.setFont("Serif", 10)
    c.drawString(25 * mm, y - 5 * mm, "Pour extrait conforme au registre,")
    c.drawString(25 * mm, y - 11 * mm, "Délivré à " + b["commune"] + " le " + b["issued_print"])
    c.drawString(W - 85 * mm, y - 5 * mm, "L'officier de l'état civil")
    signature(c, W - 85 * mm, y - 35 * mm, 50 * mm, 20 * mm, rng, ink=(0.1, 0.1, 0.35))
    stamp(
        c,
        W - 100 * mm,
        y - 28 * mm,
        18 * mm,
        "RÉPUBLIQUE TUNISIENNE * COMMUNE DE " + b["commune"].upper() + " *",
        ["ÉTAT", "CIVIL"],
        rng,
        color=(0.45, 0.15, 0.5),
    )
    c.setFont("Sans", 6.5)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(20 * mm, 15 * mm, "Timbre fiscal acquitté - Code de vérification : " + b["code"])
    c.showPage()


def haiti_birth(c, b, rng):
    c.setFillColorRGB(0.98, 0.97, 0.92)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SerifB", 13)
    c.drawCentredString(W / 2, H - 22 * mm, "RÉPUBLIQUE D'HAÏTI")
    c.setFont("LibSerifI", 10)
    c.drawCentredString(W / 2, H - 28 * mm, "L'Union fait la Force")
    c.setFont("SerifB", 11)
    c.drawCentredString(W / 2, H - 36 * mm, "ARCHIVES NATIONALES D'HAÏTI")
    c.setFont("SerifB", 14)
    c.drawCentredString(W / 2, H - 50 * mm, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL")
    c.setFont("Serif", 9)
    c.drawString(
        20 * mm,
        H - 60 * mm,
        "Registre : "
        + b["register"]
        + "     Acte n° : "
        + b["act_no"]
        + "     Feuillet : "
        + b["folio"],
    )
    text = (
        "L'an " + b["reg_year_words"] + ", et le " + b["reg_day_words"] + ", à dix heures du "
        "matin. Par devant Nous, " + b["officer"] + ", Officier de l'État Civil de la commune "
        "de " + b["commune"] + ", soussigné, a comparu le sieur " + b["father"] + ", "
        "propriétaire, demeurant et domicilié à " + b["commune"] + ", lequel nous a déclaré "
        "que le " + b["dob_words"] + ", est née en cette ville, de lui comparant et de la "
        "dame " + b["mother"] + ", son épouse, une enfant du sexe féminin qu'il nous a "
        "présentée et à laquelle il a donné les prénoms de : " + b["given"].upper() + ". "
        "Nom : " + b["surname"].upper() + ". Date de naissance : " + b["dob_print"] + ". "
        "Lieu de naissance : "
        + b["place"]
        + ". Dont acte dressé en présence des sieurs "
        + b["witnesses"]
        + ", témoins majeurs. Et, après lecture faite, le comparant et les "
        "témoins ont signé avec Nous."
    )
    y = para(c, 22 * mm, H - 72 * mm, text, "LibSerif", 11.5, W - 44 * mm, lead=17)
    c.setFont("LibSerif", 11.5)
    c.drawString(
        22 * mm,
        y - 10 * mm,
        "Pour extrait conforme, délivré à Port-au-Prince, le " + b["issued_print"] + ".",
    )
    c.drawString(W - 95 * mm, y - 24 * mm, "Le Directeur Général")
    signature(c, W - 100 * mm, y - 52 * mm, 60 * mm, 22 * mm, rng, ink=(0.1, 0.1, 0.3))
    stamp(
        c,
        W - 130 * mm,
        y - 45 * mm,
        19 * mm,
        "ARCHIVES NATIONALES D'HAITI * PORT-AU-PRINCE *",
        ["A.N.H."],
        rng,
        color=(0.2, 0.25, 0.6),
    )
    c.setFont("Sans", 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(20 * mm, 14 * mm, "Timbre : 50 gourdes   -   N° de contrôle : " + b["code"])
    c.showPage()


def haiti_legalisation(c, b, rng):
    """Back of the extract: Haitian MFA legalisation then French embassy legalisation."""
    c.setFillColorRGB(0.98, 0.97, 0.92)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    w, h = rect_stamp(
        c,
        25 * mm,
        H - 90 * mm,
        [
            "RÉPUBLIQUE D'HAÏTI",
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES",
            "Service de Légalisation",
            "Vu pour légalisation de la signature de",
            "M. " + b["anh_director"],
            "Directeur Général des Archives Nationales",
            "Port-au-Prince, le " + b["mae_date"],
            "N° " + b["mae_no"],
        ],
        rng,
        size=8.5,
        color=(0.1, 0.25, 0.5),
        angle=-2,
    )
    signature(c, 60 * mm, H - 115 * mm, 45 * mm, 18 * mm, rng)
    stamp(
        c,
        120 * mm,
        H - 105 * mm,
        15 * mm,
        "MINISTERE DES AFFAIRES ETRANGERES * HAITI *",
        ["M.A.E.C."],
        rng,
        color=(0.1, 0.25, 0.5),
    )
    rect_stamp(
        c,
        30 * mm,
        H - 190 * mm,
        [
            "AMBASSADE DE FRANCE EN HAÏTI",
            "Section consulaire",
            "Vu pour légalisation de la signature de",
            "M. " + b["mae_officer"] + ", apposée ci-contre",
            "Port-au-Prince, le " + b["fr_date"],
            "Légalisation n° " + b["fr_no"] + "   Droits perçus : 0 HTG",
            "Pour l'Ambassadeur et par délégation,",
            "le Consul",
        ],
        rng,
        size=8.5,
        color=(0.35, 0.1, 0.45),
        angle=1.5,
    )
    signature(c, 80 * mm, H - 225 * mm, 50 * mm, 20 * mm, rng, ink=(0.05, 0.05, 0.2))
    stamp(
        c,
        150 * mm,
        H - 205 * mm,
        17 * mm,
        "REPUBLIQUE FRANCAISE * AMBASSADE EN HAITI *",
        ["CONSULAT"],
        rng,
        color=(0.35, 0.1, 0.45),
    )
    c.showPage()


def philippines_birth(c, b, rng):
    c.setFillColorRGB(0.93, 0.96, 0.93)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.8, 0.88, 0.82)
    c.setFont("SansB", 7)
    for yy in range(20, int(H), 28):
        c.drawString(5, yy, ("PSA SECURITY PAPER  " * 12)[(yy // 28) % 7 :])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Sans", 7)
    c.drawString(14 * mm, H - 12 * mm, "Municipal Form No. 102")
    c.drawString(14 * mm, H - 15 * mm, "(Revised January 2007)")
    c.setFont("SansB", 9)
    c.drawCentredString(W / 2, H - 13 * mm, "Republic of the Philippines")
    c.drawCentredString(W / 2, H - 17.5 * mm, "OFFICE OF THE CIVIL REGISTRAR GENERAL")
    c.setFont("SansB", 15)
    c.drawCentredString(W / 2, H - 26 * mm, "CERTIFICATE OF LIVE BIRTH")
    x0, w0 = 14 * mm, W - 28 * mm
    y = H - 40 * mm
    _box(c, x0, y, w0 * 0.65, 10 * mm, "Province", b["province"])
    _box(c, x0 + w0 * 0.65, y, w0 * 0.35, 10 * mm, "Registry No.", b["registry_no"])
    y -= 10 * mm
    _box(c, x0, y, w0, 10 * mm, "City/Municipality", b["city"])
    y -= 13 * mm
    c.setFont("SansB", 7)
    c.drawString(x0, y + 11 * mm, "CHILD")
    third = w0 / 3
    _box(c, x0, y, third, 11 * mm, "1. NAME  (First)", b["first"], "SansB")
    _box(c, x0 + third, y, third, 11 * mm, "(Middle)", b["middle"], "SansB")
    _box(c, x0 + 2 * third, y, third, 11 * mm, "(Last)", b["last"], "SansB")
    y -= 11 * mm
    _box(c, x0, y, third, 11 * mm, "2. SEX (Male / Female)", b["sex_word"])
    _box(
        c,
        x0 + third,
        y,
        2 * third,
        11 * mm,
        "3. DATE OF BIRTH  (Day) (Month) (Year)",
        b["dob_print"],
        "SansB",
    )
    y -= 11 * mm
    _box(
        c,
        x0,
        y,
        w0,
        11 * mm,
        "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution, City/Municipality, Province)",
        b["place_full"],
    )
    y -= 11 * mm
    _box(c, x0, y, third, 11 * mm, "5a. TYPE OF BIRTH", "Single")
    _box(c, x0 + third, y, third, 11 * mm, "5c. BIRTH ORDER", b["order"])
    _box(c, x0 + 2 * third, y, third, 11 * mm, "5d. WEIGHT AT BIRTH", b["weight"] + " grams")
    y -= 15 * mm
    c.setFont("SansB", 7)
    c.drawString(x0, y + 11.5 * mm, "MOTHER")
    _box(c, x0, y, w0, 11 * mm, "6. MAIDEN NAME (First) (Middle) (Last)", b["mother"])
    y -= 11 * mm
    _box(c, x0, y, third, 11 * mm, "7. CITIZENSHIP", "Filipino")
    _box(c, x0 + third, y, third, 11 * mm, "8. RELIGION", "Roman Catholic")
    _box(c, x0 + 2 * third, y, third, 11 * mm, "14. AGE at time of birth", b["mother_age"])
    y -= 15 * mm
    c.drawString(x0, y + 11.5 * mm, "FATHER")
    _box(c, x0, y, w0, 11 * mm, "15. NAME (First) (Middle) (Last)", b["father"])
    y -= 11 * mm
    _box(c, x0, y, w0 / 2, 11 * mm, "16. CITIZENSHIP", "Filipino")
    _box(
        c,
        x0 + w0 / 2,
        y,
        w0 / 2,
        11 * mm,
        "20a. DATE AND PLACE OF MARRIAGE OF PARENTS",
        b["marriage"],
    )
    y -= 22 * mm
    _box(
        c,
        x0,
        y,
        w0 / 2,
        20 * mm,
        "22. PREPARED BY  Signature / Name in print",
        b["prepared_by"],
        size=8,
    )
    _box(
        c,
        x0 + w0 / 2,
        y,
        w0 / 2,
        20 * mm,
        "25. RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR",
        b["lcr"],
        size=8,
    )
    signature(c, x0 + 10 * mm, y + 8 * mm, 40 * mm, 10 * mm, rng, ink=(0.15, 0.15, 0.15))
    signature(c, x0 + w0 / 2 + 10 * mm, y + 8 * mm, 40 * mm, 10 * mm, rng, ink=(0.15, 0.15, 0.15))
    y -= 12 * mm
    c.setFont("Sans", 7.5)
    c.drawString(x0, y, "REMARKS/ANNOTATION (For LCRO/OCRG Use Only):  none")
    y -= 14 * mm
    c.setFont("SansB", 8)
    c.drawString(
        x0, y, "This is a certified true copy of the record of birth filed in this Office."
    )
    c.setFont("Sans", 7.5)
    c.drawString(
        x0,
        y - 10,
        "Issued on " + b["issued_print"] + " upon request of the registrant "
        "for: Employment / Travel abroad.   OR No. " + b["or_no"],
    )
    c.setFont("SansB", 8)
    c.drawString(W - 85 * mm, y - 34, b["psa_officer"].upper())
    c.setFont("Sans", 7)
    c.drawString(W - 85 * mm, y - 43, "Civil Registrar General / Authorized Officer")
    signature(c, W - 85 * mm, y - 30, 45 * mm, 14 * mm, rng, ink=(0.05, 0.05, 0.4))
    c.setFont("Mono", 8)
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.drawString(x0, 10 * mm, "SECPA No. " + b["secpa"])
    c.showPage()


def apostille(c, a, rng, lang="en"):
    """Apostille certificate following the model annexed to the 1961 Hague Convention."""
    c.setFillColorRGB(1, 1, 0.985)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    x0, top = 28 * mm, H - 30 * mm
    c.setFillColorRGB(0.1, 0.1, 0.1)
    for i, t in enumerate(a.get("header", [])):
        c.setFont("SansB" if i == 0 else "Sans", 10 if i == 0 else 8.5)
        c.drawCentredString(W / 2, top + 5 * mm - i * 12, t)
    top -= len(a.get("header", [])) * 12 + 8 * mm
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(1.2)
    c.rect(x0 - 6 * mm, top - 130 * mm, W - 2 * x0 + 12 * mm, 142 * mm)
    c.setFont("SerifB", 20)
    c.drawCentredString(W / 2, top, "APOSTILLE")
    c.setFont("Serif", 10)
    c.drawCentredString(W / 2, top - 16, "(Convention de La Haye du 5 octobre 1961)")
    L = a["labels"]
    y = top - 40

    def item(n, label, value, x=x0):
        c.setFont("Serif", 10)
        c.drawString(x, y, str(n) + ". " + label)
        lw = c.stringWidth(str(n) + ". " + label, "Serif", 10)
        c.setFont("SansB", 10)
        c.drawString(x + lw + 6, y, value)

    item(1, L[0], a["country"])
    y -= 20
    c.setFont("SerifB", 10)
    c.drawString(x0, y, L[1])
    y -= 18
    item(2, L[2], a["signed_by"])
    y -= 18
    item(3, L[3], a["capacity"])
    y -= 18
    item(4, L[4], a["seal_of"])
    y -= 24
    c.setFont("SerifB", 11)
    c.drawCentredString(W / 2, y, L[5])
    y -= 22
    item(5, L[6], a["at"])
    item(6, L[7], a["on_print"], x=x0 + 80 * mm)
    y -= 18
    item(7, L[8], a["by"])
    y -= 18
    item(8, L[9], a["number"])
    y -= 26
    c.setFont("Serif", 10)
    c.drawString(x0, y, "9. " + L[10])
    c.drawString(x0 + 80 * mm, y, "10. " + L[11])
    stamp(
        c,
        x0 + 30 * mm,
        y - 25 * mm,
        16 * mm,
        a["seal_ring"],
        a["seal_center"],
        rng,
        color=a.get("seal_color", (0.15, 0.2, 0.55)),
    )
    signature(c, x0 + 85 * mm, y - 30 * mm, 50 * mm, 18 * mm, rng, ink=(0.05, 0.05, 0.35))
    c.setFont("Sans", 8)
    c.drawString(x0 + 85 * mm, y - 36 * mm, a["signer_print"])
    yy = top - 145 * mm
    for t in a.get("footer", []):
        c.setFont("Sans", 7.5)
        c.drawString(x0 - 6 * mm, yy, t)
        yy -= 11
    c.showPage()


def colombia_birth(c, b, rng):
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 10)
    c.drawString(15 * mm, H - 15 * mm, "REPÚBLICA DE COLOMBIA")
    c.setFont("Sans", 8)
    c.drawString(15 * mm, H - 19 * mm, "IDENTIFICACIÓN PERSONAL")
    c.setFont("SansB", 11)
    c.drawCentredString(W / 2 + 10 * mm, H - 15 * mm, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL")
    c.setFont("SansB", 14)
    c.drawCentredString(W / 2 + 10 * mm, H - 23 * mm, "REGISTRO CIVIL DE NACIMIENTO")
    c.setFont("Sans", 8)
    c.drawRightString(W - 15 * mm, H - 30 * mm, "Indicativo Serial")
    c.setFont("MonoB", 13)
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.drawRightString(W - 15 * mm, H - 36 * mm, b["serial"])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    x0, w0 = 15 * mm, W - 30 * mm
    y = H - 48 * mm

    def bar(t):
        nonlocal y
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.rect(x0, y, w0, 5 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("SansB", 7.5)
        c.drawCentredString(W / 2, y + 1.5 * mm, t)
        y -= 10 * mm

    bar("Datos de la oficina de registro")
    _box(c, x0, y, w0 * 0.3, 10 * mm, "Clase de oficina", "Registraduría")
    _box(
        c,
        x0 + w0 * 0.3,
        y,
        w0 * 0.3,
        10 * mm,
        "País - Departamento - Municipio",
        "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        size=7,
    )
    _box(c, x0 + w0 * 0.6, y, w0 * 0.4, 10 * mm, "Código", b["office_code"])
    y -= 6 * mm
    bar("Datos del inscrito")
    _box(c, x0, y, w0 / 3, 10 * mm, "Primer Apellido", b["ap1"], "SansB")
    _box(c, x0 + w0 / 3, y, w0 / 3, 10 * mm, "Segundo Apellido", b["ap2"], "SansB")
    _box(c, x0 + 2 * w0 / 3, y, w0 / 3, 10 * mm, "Nombre(s)", b["given"], "SansB")
    y -= 10 * mm
    _box(
        c, x0, y, w0 * 0.35, 10 * mm, "Fecha de nacimiento   Año  Mes  Día", b["dob_print"], "SansB"
    )
    _box(c, x0 + w0 * 0.35, y, w0 * 0.2, 10 * mm, "Sexo (en letras)", b["sex_word"])
    _box(c, x0 + w0 * 0.55, y, w0 * 0.45, 10 * mm, "NUIP", b["nuip"])
    y -= 10 * mm
    _box(
        c,
        x0,
        y,
        w0,
        10 * mm,
        "Lugar de nacimiento (País - Departamento - Municipio - "
        "Corregimiento e/o Inspección de Policía)",
        b["place_full"],
    )
    y -= 6 * mm
    bar("Datos de la madre")
    _box(c, x0, y, w0 * 0.65, 10 * mm, "Apellidos y nombres completos", b["mother"])
    _box(
        c,
        x0 + w0 * 0.65,
        y,
        w0 * 0.35,
        10 * mm,
        "Documento de identificación",
        "C.C. " + b["mother_cc"],
    )
    y -= 6 * mm
    bar("Datos del padre")
    _box(c, x0, y, w0 * 0.65, 10 * mm, "Apellidos y nombres completos", b["father"])
    _box(
        c,
        x0 + w0 * 0.65,
        y,
        w0 * 0.35,
        10 * mm,
        "Documento de identificación",
        "C.C. " + b["father_cc"],
    )
    y -= 6 * mm
    bar("Datos del declarante")
    _box(c, x0, y, w0 * 0.65, 10 * mm, "Apellidos y nombres completos", b["father"])
    _box(c, x0 + w0 * 0.65, y, w0 * 0.35, 10 * mm, "Fecha de inscripción", b["reg_date"])
    y -= 26 * mm
    c.rect(x0, y, w0 / 2, 24 * mm)
    c.rect(x0 + w0 / 2, y, w0 / 2, 24 * mm)
    c.setFont("Cond", 6)
    c.drawString(x0 + 2, y + 2, "Firma del declarante")
    c.drawString(
        x0 + w0 / 2 + 2, y + 2, "Nombre y firma del funcionario que autoriza: " + b["registrar"]
    )
    signature(c, x0 + 10 * mm, y + 6 * mm, 50 * mm, 14 * mm, rng, ink=(0.1, 0.1, 0.1))
    signature(c, x0 + w0 / 2 + 10 * mm, y + 6 * mm, 50 * mm, 14 * mm, rng, ink=(0.1, 0.1, 0.1))
    y -= 14 * mm
    c.setFont("Sans", 8)
    c.drawString(
        x0,
        y,
        "ES FIEL COPIA TOMADA DEL ORIGINAL QUE REPOSA EN ESTA OFICINA. "
        "Expedida en Medellín el " + b["issued_print"] + ".",
    )
    c.drawString(x0, y - 11, "Válido para: trámites en el exterior (apostille).")
    stamp(
        c,
        W - 50 * mm,
        y - 25 * mm,
        17 * mm,
        "REGISTRADURIA NACIONAL * MEDELLIN *",
        ["ESTADO", "CIVIL"],
        rng,
        color=(0.1, 0.2, 0.5),
    )
    hand(
        c,
        x0,
        y - 40 * mm,
        "Copia expedida " + b["issued_print"],
        rng,
        "HandE",
        10,
        ink=(0.1, 0.1, 0.1),
    )
    c.showPage()


def translation(c, t, rng):
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 10)
    c.drawString(20 * mm, H - 20 * mm, t["translator"])
    c.setFont("Sans", 8.5)
    for i, ln in enumerate(t["translator_lines"]):
        c.drawString(20 * mm, H - 26 * mm - i * 11, ln)
    c.setFont("SansB", 12)
    c.drawCentredString(W / 2, H - 58 * mm, "TRADUCTION DE L'ESPAGNOL")
    c.setFont("Sans", 9)
    c.drawCentredString(W / 2, H - 64 * mm, "Traduction n° " + t["no"])
    y = H - 78 * mm
    for lab, val in t["rows"]:
        c.setFont("SansB", 9.5)
        c.drawString(20 * mm, y, lab)
        c.setFont("Sans", 9.5)
        c.drawString(85 * mm, y, val)
        y -= 14
    y -= 10
    y = para(c, 20 * mm, y, t["closing"], "Sans", 9, W - 40 * mm)
    c.setFont("SansB", 9.5)
    c.drawString(20 * mm, y - 14, "TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL")
    c.setFont("Sans", 9)
    c.drawString(20 * mm, y - 28, "Fait à Paris, le " + t["date_print"])
    stamp(
        c,
        60 * mm,
        y - 70,
        20 * mm,
        "EXPERT TRADUCTEUR PRES LA COUR D'APPEL DE PARIS *",
        [t["translator"].split()[-1].upper(), "ESPAGNOL"],
        rng,
        color=(0.1, 0.3, 0.6),
    )
    signature(c, 110 * mm, y - 90, 55 * mm, 22 * mm, rng)
    c.showPage()
