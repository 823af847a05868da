"""Birth certificates (Côte d'Ivoire, India, Algeria, Colombia), apostilles, a sworn
translation."""

from __future__ import annotations

from bq_art import draw_signature, emblem, guilloche, qr_like, rect_stamp, round_stamp
from bq_common import BLACK, Pg, d_fr, new_pdf, rgb

NUM_FR = {
    1: "premier", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit",
    9: "neuf", 10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze",
    16: "seize", 17: "dix-sept", 18: "dix-huit", 19: "dix-neuf", 20: "vingt",
}  # fmt: skip
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def _year_words(y: int) -> str:
    tens = {90: "quatre-vingt-dix", 80: "quatre-vingt", 70: "soixante-dix"}
    r = y - 1900
    t = (r // 10) * 10
    u = r - t
    base = {90: "quatre-vingt", 80: "quatre-vingt", 70: "soixante"}.get(t, "")
    if t in (70, 90):
        unit = NUM_FR.get(10 + u, "") if u else "dix"
        words = f"{base}-{unit}" if u != 1 or t == 90 else f"{base} et onze"
    elif t == 80:
        words = tens[80] + (f"-{NUM_FR[u]}" if u else "s")
    else:
        words = str(r)
    return "mil neuf cent " + words


def civ_birth_pdf(b, rng) -> bytes:
    """Côte d'Ivoire: copie intégrale d'acte de naissance, typed on the register form."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    f, fb = "Serif", "Serif-B"
    pg.text(18, 16, "DÉPARTEMENT D'ABIDJAN", fb, 9)
    pg.text(18, 21, "COMMUNE DE COCODY", fb, 9)
    pg.text(18, 26, "CENTRE D'ÉTAT CIVIL PRINCIPAL", f, 8.5)
    pg.line(18, 28.5, 70, 28.5, 0.5)
    pg.text(150, 16, "RÉPUBLIQUE DE CÔTE D'IVOIRE", fb, 9.5, BLACK, "c")
    pg.text(150, 21, "Union - Discipline - Travail", "Serif-I", 8.5, BLACK, "c")
    pg.line(135, 23.5, 165, 23.5, 0.5)
    pg.rect(18, 34, 52, 22, lw=0.5)
    pg.text(21, 40, f"N° {b['reg_no']}", fb, 10)
    pg.text(21, 46, f"du {b['reg_date'].strftime('%d/%m/%Y')}", f, 9.5)
    pg.text(21, 52, "du Registre", f, 9.5)
    pg.rect(160, 34, 32, 22, lw=0.4, fill=rgb("f1e7c9"))
    pg.text(176, 41, "TIMBRE", fb, 7.5, rgb("6b5a2a"), "c")
    pg.text(176, 46, "FISCAL", fb, 7.5, rgb("6b5a2a"), "c")
    pg.text(176, 52, "500 F CFA", fb, 8, rgb("6b5a2a"), "c")
    pg.text(105, 66, "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL", fb, 12, BLACK, "c")
    pg.text(105, 72, f"POUR L'ANNÉE {b['dob'].year}", fb, 11, BLACK, "c")
    pg.text(105, 80, "COPIE INTÉGRALE — ACTE DE NAISSANCE", fb, 11.5, BLACK, "c")
    d = b["dob"]
    body = (
        f"Le {NUM_FR.get(d.day, str(d.day))} {MOIS[d.month - 1]} {_year_words(d.year)}, "
        f"à {b['hour']}, est née à {b['birthplace_full']}, {b['surname']} {b['given']}, "
        f"de sexe féminin, fille de {b['father']}, et de {b['mother']}, son épouse. "
        f"Dressé le {b['reg_date'].strftime('%d/%m/%Y')}, sur la déclaration du père, qui, "
        "lecture faite, a signé avec Nous, Officier de l'état civil de la commune de Cocody."
    )
    y = 94
    pg.text(20, y, "NAISSANCE DE :", fb, 10)
    pg.text(55, y, f"{b['surname']} {b['given']}", fb, 11)
    y = pg.para(20, y + 9, 170, body, f, 11, 6.2, justify=True)
    y += 6
    pg.text(20, y, "MENTIONS (éventuellement) :", fb, 10)
    for i, m in enumerate(["Marié(e) le : NÉANT", "avec : NÉANT", "Mariage dissous : NÉANT",
                           "Décédé(e) le : NÉANT"]):  # fmt: skip
        pg.text(26, y + 7 + i * 6, m, f, 10)
    y += 36
    pg.para(20, y, 170, "Certifié le présent extrait conforme aux indications portées au "
            "registre.", f, 10.5, 5.5)  # fmt: skip
    pg.text(120, y + 14, f"Délivré à Abidjan-Cocody, le {d_fr(b['issued'])}", f, 10.5)
    pg.text(135, y + 21, "L'Officier de l'état civil", fb, 10)
    round_stamp(pg, 130, y + 40, 15, "RÉPUBLIQUE DE CÔTE D'IVOIRE", "MAIRIE DE COCODY",
                ["ÉTAT CIVIL", "ABIDJAN"], rng, "283c8c", 0.65)  # fmt: skip
    draw_signature(pg, 142, y + 26, 40, 16, rng, rgb("1b2a7a"), 1.0)
    pg.text(140, y + 52, b["officer"], fb, 9.5)
    pg.text(105, 286, "Toute surcharge ou rature non approuvée rend cet extrait nul.", "Serif-I",
            7.5, BLACK, "c")  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


def ind_birth_pdf(b, ap, rng) -> bytes:
    """India: Form No. 5 birth certificate (page 1) and its reverse with an MEA apostille."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    pg.rect(8, 8, 194, 281, lw=1.6, stroke=rgb("33506e"))
    pg.rect(10, 10, 190, 277, lw=0.5, stroke=rgb("33506e"))
    emblem(pg, 105, 24, 9, "3a3a3a", rng)
    pg.pil_text(105, 40, "महाराष्ट्र शासन", "FreeSerif", 10, (0, 0, 0), "c")
    pg.text(105, 45.5, "GOVERNMENT OF MAHARASHTRA", "Sans-B", 11, BLACK, "c")
    pg.text(105, 51.5, "PUNE MUNICIPAL CORPORATION", "Sans-B", 12.5, BLACK, "c")
    pg.pil_text(105, 57.5, "आरोग्य विभाग", "FreeSerif", 9, (0, 0, 0), "c")
    pg.text(105, 62, "HEALTH DEPARTMENT", "Sans-B", 9.5, BLACK, "c")
    pg.text(185, 20, "FORM No. 5", "Sans-B", 8.5, BLACK, "r")
    pg.pil_text(185, 25, "नमुना क्र. ५", "FreeSerif", 8, (0, 0, 0), "r")
    pg.pil_text(105, 71, "जन्म प्रमाणपत्र", "FreeSerif", 12, (0, 0, 0), "c")
    pg.text(105, 78, "BIRTH CERTIFICATE", "Sans-B", 14, BLACK, "c")
    pg.para(22, 85, 166, "(ISSUED UNDER SECTION 12 / 17 OF THE REGISTRATION OF BIRTHS AND "
            "DEATHS ACT, 1969 AND RULE 8 / 13 OF THE MAHARASHTRA REGISTRATION OF BIRTHS AND "
            "DEATHS RULES, 2000)", "Sans", 7.8, 3.6)  # fmt: skip
    y = pg.para(22, 96, 166, "This is to certify that the following information has been taken "
                "from the original record of birth which is the register for (local area / local "
                "body) PUNE MUNICIPAL CORPORATION of Taluka HAVELI of District PUNE of State "
                "MAHARASHTRA, INDIA.", "Sans", 9, 4.6, justify=True)  # fmt: skip
    rows = [
        ("NAME", b["full_name"]), ("SEX", b["sex_text"]),
        ("DATE OF BIRTH", b["dob"].strftime("%d-%m-%Y")), ("PLACE OF BIRTH", b["place"]),
        ("NAME OF MOTHER", b["mother"]), ("NAME OF FATHER", b["father"]),
        ("ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD", b["addr"]),
        ("PERMANENT ADDRESS OF PARENTS", b["addr"]),
        ("REGISTRATION NUMBER", b["reg_no"]),
        ("DATE OF REGISTRATION", b["reg_date"].strftime("%d-%m-%Y")),
        ("REMARKS (IF ANY)", "—"), ("DATE OF ISSUE", b["issued"].strftime("%d-%m-%Y")),
    ]  # fmt: skip
    y += 4
    for lab, val in rows:
        yy = pg.para(22, y + 4.2, 70, lab + " :", "Sans", 8.2, 3.8)
        y2 = pg.para(95, y + 4.2, 92, val, "Sans-B", 9.0, 4.0)
        y = max(yy, y2) + 0.3
        pg.line(20, y, 190, y, 0.2, rgb("9aaaaa"))
    round_stamp(pg, 100, y + 17, 12, "PUNE MUNICIPAL CORPORATION", "REGISTRAR B & D",
                ["HEALTH DEPT", "PUNE"], rng, "4b2a7a", 0.6)  # fmt: skip
    draw_signature(pg, 130, y + 3, 42, 14, rng, rgb("1b2a7a"), 0.9)
    pg.text(152, y + 21, "Signature of the issuing authority", "Sans", 8, BLACK, "c")
    pg.text(152, y + 25.5, "Registrar of Births & Deaths", "Sans-B", 8.6, BLACK, "c")
    pg.text(152, y + 30, "Pune Municipal Corporation", "Sans", 8.6, BLACK, "c")
    qr_like(pg, 22, y + 4, 22, rng)
    pg.text(22, y + 31, f"Certificate No. {b['cert_no']}", "Sans", 7.5)
    pg.text(105, 283, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "Sans-B", 9, BLACK, "c")
    c.showPage()
    # reverse: state GAD attestation and the MEA apostille sticker
    rect_stamp(pg, 22, 30, ["ATTESTED", "GENERAL ADMINISTRATION DEPARTMENT",
                            "MANTRALAYA, MUMBAI - 400 032"], rng, "5a2a7a", 7.5)  # fmt: skip
    draw_signature(pg, 30, 46, 34, 12, rng, rgb("2a2a8a"), 0.8)
    pg.text(30, 64, "(Desk Officer)", "Sans", 7.5)
    _apostille_sticker(pg, 70, 100, ap, rng)
    c.showPage()
    c.save()
    return buf.getvalue()


def _apostille_sticker(pg: Pg, x, y, ap, rng):
    w, h = 118, 108
    pg.rect(x, y, w, h, lw=0.5, stroke=rgb("5a6a7a"), fill=rgb("f6f1e1"))
    guilloche(pg, x, y + 10, w, h - 30, "c9b98a", rng, n=14, lw=0.2, alpha=0.45)
    emblem(pg, x + 12, y + 11, 7, "5b4a2a", rng)
    pg.text(x + w / 2 + 6, y + 9, "APOSTILLE", "Serif-B", 14, BLACK, "c")
    pg.text(x + w / 2 + 6, y + 14, "(Convention de La Haye du 5 octobre 1961)", "Serif-I", 8,
            BLACK, "c")  # fmt: skip
    items = [
        ("1.", "Country :", ap["country"]),
        ("", "This public document", ""),
        ("2.", "has been signed by", ap["doc_signer"]),
        ("3.", "acting in the capacity of", ap["capacity"]),
        ("4.", "bears the seal / stamp of", ap["seal_of"]),
        ("", "Certified", ""),
        ("5.", "at", ap["place"]),
        ("6.", "the", ap["issued"].strftime("%d/%m/%Y")),
        ("7.", "by", ap["by"]),
        ("8.", "No.", ap["number"]),
        ("9.", "Seal / stamp :", ""),
        ("10.", "Signature :", ""),
    ]
    yy = y + 22
    for num, lab, val in items:
        if not num and lab in ("This public document", "Certified"):
            pg.text(x + w / 2, yy, lab, "Serif-B", 8.6, BLACK, "c")
            yy += 5.2
            continue
        pg.text(x + 4, yy, num, "Serif", 8.6)
        pg.text(x + 11, yy, lab, "Serif", 8.6)
        if val:
            yy = pg.para(x + 50, yy, w - 54, val, "Mono-B", 8.4, 3.9) - 3.9
        yy += 5.6
    round_stamp(pg, x + 32, y + h - 14, 11, "MINISTRY OF EXTERNAL AFFAIRS", "NEW DELHI",
                ["CPV", "GOVT OF INDIA"], rng, "2a3f9a", 0.6)  # fmt: skip
    draw_signature(pg, x + 64, y + h - 26, 36, 13, rng, rgb("1b2a7a"), 0.8)
    pg.text(x + 82, y + h - 8.5, ap["signed_by"], "Serif-B", 8, BLACK, "c")
    pg.text(x + 82, y + h - 4.5, ap["signer_title"], "Serif", 7, BLACK, "c")


def dza_birth_pdf(b, rng) -> bytes:
    """Algeria: bilingual copie intégrale d'acte de naissance (French left, Arabic right)."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    ar = (0, 0, 0)
    pg.pil_text(105, 14, "الجمهورية الجزائرية الديمقراطية الشعبية", "Amiri-B", 12, ar, "c", True)
    pg.text(105, 20, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "DejaVuSerif-B", 9.5,
            BLACK, "c")  # fmt: skip
    for i, (fr, a) in enumerate([("Wilaya de Tizi Ouzou", "ولاية تيزي وزو"),
                                 ("Daïra de Tizi Ouzou", "دائرة تيزي وزو"),
                                 ("Commune de Tizi Ouzou", "بلدية تيزي وزو")]):  # fmt: skip
        pg.text(14, 30 + i * 5, fr, "DejaVuSerif", 8.6)
        pg.pil_text(196, 30 + i * 5, a, "Amiri", 9.5, ar, "r", True)
    pg.text(105, 52, "COPIE INTÉGRALE DE L'ACTE DE NAISSANCE", "DejaVuSerif-B", 12, BLACK, "c")
    pg.pil_text(105, 60, "نسخة كاملة من عقد الميلاد", "Amiri-B", 12, ar, "c", True)
    pg.text(14, 70, f"N° {b['act_no']}  —  Année {b['dob'].year}", "DejaVuSerif-B", 9.5)
    pg.pil_text(196, 70, f"رقم {b['act_no']} — سنة {b['dob'].year}", "Amiri", 10, ar, "r", True)
    d = b["dob"]
    fr_rows = [
        ("Le", f"{d.day:02d} {MOIS[d.month - 1]} {d.year}, à {b['hour']}"),
        ("est née à", b["place"]),
        ("Nom", b["surname"]),
        ("Prénom(s)", b["given"]),
        ("Sexe", "Féminin"),
        ("Fille de", b["father"]),
        ("et de", b["mother"]),
        ("Acte dressé le", f"{d_fr(b['reg_date'])}, sur déclaration du père"),
    ]
    ar_rows = [
        ("في", f"{d.year}/{d.month:02d}/{d.day:02d}"),
        ("ولدت بـ", "تيزي وزو"),
        ("اللقب", b["surname_ar"]),
        ("الاسم", b["given_ar"]),
        ("الجنس", "أنثى"),
        ("ابنة", b["father_ar"]),
        ("و", b["mother_ar"]),
    ]
    y = 84
    for lab, val in fr_rows:
        pg.text(14, y, lab + " :", "DejaVuSerif", 8.6, rgb("333333"))
        y = pg.para(44, y, 58, val, "DejaVuSerif-B", 9, 4.6) + 3.4
    y2 = 84
    for lab, val in ar_rows:
        pg.pil_text(196, y2, lab + " :", "Amiri", 9.5, (50, 50, 50), "r", True)
        pg.pil_text(170, y2, val, "Amiri-B", 10, ar, "r", True)
        y2 += 10.2
    y = max(y, y2) + 6
    pg.line(105, 76, 105, y - 3, 0.4)
    pg.line(14, y - 3, 196, y - 3, 0.4)
    pg.text(14, y + 3, "MENTIONS MARGINALES :", "DejaVuSerif-B", 9)
    pg.pil_text(196, y + 3, "البيانات الهامشية :", "Amiri-B", 10, ar, "r", True)
    pg.para(14, y + 10, 88, b["mention"], "DejaVuSerif", 9, 4.6)
    pg.pil_text(196, y + 10, b["mention_ar"], "Amiri", 9.5, ar, "r", True)
    y += 32
    pg.text(14, y, "Pour copie intégrale certifiée conforme au registre.", "DejaVuSerif", 9)
    pg.text(14, y + 6, f"Délivrée à Tizi Ouzou, le {d_fr(b['issued'])}", "DejaVuSerif", 9)
    pg.text(14, y + 14, "L'Officier de l'État Civil", "DejaVuSerif-B", 9)
    pg.pil_text(196, y + 14, "ضابط الحالة المدنية", "Amiri-B", 10, ar, "r", True)
    round_stamp(pg, 150, y + 32, 15, "RÉPUBLIQUE ALGÉRIENNE", "APC DE TIZI OUZOU",
                ["ÉTAT CIVIL", "W. 15"], rng, "3b4a8a", 0.6)  # fmt: skip
    draw_signature(pg, 40, y + 18, 38, 14, rng, rgb("1b2a7a"), 0.9)
    pg.text(14, 288, "Imprimé de l'état civil — Modèle n° 13 bis", "DejaVuSerif", 6.5,
            rgb("555555"))  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


def col_birth_pdf(b, rng) -> bytes:
    """Colombia: Registro Civil de Nacimiento (Registraduría form) with the notary's copy seal."""
    buf, c = new_pdf((216, 279))
    pg = Pg(c, 216, 279)
    f, fb = "Narrow", "Narrow-B"
    pg.rect(10, 10, 196, 24, lw=0.6)
    emblem(pg, 22, 22, 8, "333333", rng)
    pg.text(108, 17, "REPÚBLICA DE COLOMBIA", fb, 11, BLACK, "c")
    pg.text(108, 22.5, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", fb, 9.5, BLACK, "c")
    pg.text(108, 29, "REGISTRO CIVIL DE NACIMIENTO", fb, 13, BLACK, "c")
    pg.text(200, 17, "Indicativo", f, 7, BLACK, "r")
    pg.text(200, 21, "Serial", f, 7, BLACK, "r")
    pg.text(200, 28, b["serial"], "Mono-B", 11, rgb("a01010"), "r")

    def box(x, y, w, lab, val, h=9.5, vs=9.5):
        pg.rect(x, y, w, h, lw=0.4)
        pg.text(x + 1.2, y + 3, lab, f, 6.2, rgb("333333"))
        if val:
            pg.text(x + 2, y + h - 1.8, val, "Mono-B", vs)

    def band(y, title):
        pg.rect(10, y, 196, 5, lw=0.4, fill=rgb("d9d9d9"))
        pg.text(108, y + 3.8, title, fb, 8, BLACK, "c")
        return y + 5

    y = band(38, "Datos de la oficina de registro")
    box(10, y, 40, "Clase de oficina", "NOTARÍA")
    box(50, y, 30, "Número", "12")
    box(80, y, 126, "País - Departamento - Municipio - Corregimiento",
        "COLOMBIA - ANTIOQUIA - MEDELLÍN")  # fmt: skip
    y = band(y + 12, "Datos del inscrito")
    box(10, y, 65, "Primer Apellido", b["ap1"])
    box(75, y, 65, "Segundo Apellido", b["ap2"])
    box(140, y, 66, "Nombre(s)", b["names"])
    y += 9.5
    d = b["dob"]
    box(10, y, 20, "Año", str(d.year))
    box(30, y, 18, "Mes", ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT",
                             "NOV", "DIC"][d.month - 1])  # fmt: skip
    box(48, y, 14, "Día", f"{d.day:02d}")
    box(62, y, 22, "Hora", b["hour"])
    box(84, y, 34, "Sexo (en letras)", "MASCULINO")
    box(118, y, 30, "Grupo sanguíneo", "O")
    box(148, y, 22, "Factor RH", "+")
    box(170, y, 36, "NUIP", "")
    y += 9.5
    box(10, y, 196, "Lugar de nacimiento (País - Departamento - Municipio - Corregimiento y/o "
        "Inspección de Policía)", "COLOMBIA - ANTIOQUIA - MEDELLÍN")  # fmt: skip
    y += 9.5
    box(10, y, 98, "Tipo de documento antecedente o declaración de testigos",
        "CERTIFICADO DE NACIDO VIVO")  # fmt: skip
    box(108, y, 98, "Número certificado de nacido vivo", b["cnv"])
    y = band(y + 12, "Datos de la madre")
    box(10, y, 120, "Apellidos y nombres completos", b["mother"])
    box(130, y, 46, "Documento de identificación", b["mother_id"])
    box(176, y, 30, "Nacionalidad", "COLOMBIA")
    y = band(y + 12, "Datos del padre")
    box(10, y, 120, "Apellidos y nombres completos", b["father"])
    box(130, y, 46, "Documento de identificación", b["father_id"])
    box(176, y, 30, "Nacionalidad", "COLOMBIA")
    y = band(y + 12, "Datos del declarante")
    box(10, y, 120, "Apellidos y nombres completos", b["father"])
    box(130, y, 76, "Documento de identificación", b["father_id"])
    y = band(y + 12, "Fecha de inscripción")
    r = b["reg_date"]
    box(10, y, 30, "Año", str(r.year))
    box(40, y, 30, "Mes", f"{r.month:02d}")
    box(70, y, 30, "Día", f"{r.day:02d}")
    pg.rect(100, y, 106, 26, lw=0.4)
    pg.text(101.2, y + 3, "Nombre y firma del funcionario que autoriza", f, 6.2)
    draw_signature(pg, 125, y + 5, 40, 13, rng, rgb("202020"), 0.8)
    pg.text(153, y + 23.5, b["registrar"], "Mono-B", 8, BLACK, "c")
    y += 34
    pg.text(12, y, "ORIGINAL PARA LA OFICINA DE REGISTRO", fb, 7)
    rect_stamp(pg, 20, y + 8, ["NOTARÍA DOCE DEL CÍRCULO DE MEDELLÍN",
                               "ES FIEL COPIA TOMADA DEL ORIGINAL",
                               f"FECHA DE EXPEDICIÓN: {b['issued'].strftime('%d/%m/%Y')}",
                               "VÁLIDO PARA: TODO TRÁMITE"], rng, "1f3f8f", 7.5)  # fmt: skip
    draw_signature(pg, 130, y + 12, 44, 14, rng, rgb("1b2a7a"), 0.9)
    pg.text(152, y + 31, b["notary"], fb, 8.5, BLACK, "c")
    pg.text(152, y + 35, "Notario Doce del Círculo de Medellín", f, 8, BLACK, "c")
    c.showPage()
    c.save()
    return buf.getvalue()


def col_apostille_pdf(ap, rng) -> bytes:
    """Colombia: electronic apostille issued by the Cancillería (a born-digital PDF)."""
    buf, c = new_pdf((216, 279))
    pg = Pg(c, 216, 279)
    blue = rgb("1f3a68")
    pg.rect(0, 0, 216, 22, stroke=None, fill=blue)
    pg.text(14, 10, "Cancillería", "Lato-B", 16, rgb("ffffff"))
    pg.text(14, 16.5, "Ministerio de Relaciones Exteriores — República de Colombia", "Lato", 8.5,
            rgb("ffffff"))  # fmt: skip
    pg.text(108, 36, "APOSTILLA", "Lato-BK", 20, blue, "c")
    pg.text(108, 43, "(Convention de La Haye du 5 octobre 1961)", "Lato-L", 10, BLACK, "c")
    pg.text(108, 48.5, "Apostille / Apostille", "Lato", 8.5, rgb("555555"), "c")
    items = [
        ("1.", "País: / Country: / Pays:", "REPÚBLICA DE COLOMBIA"),
        ("", "El presente documento público / This public document / Le présent acte public", ""),
        ("2.", "Ha sido firmado por: / Has been signed by: / A été signé par:", ap["doc_signer"]),
        ("3.", "Quien actúa en calidad de: / Acting in the capacity of: / Agissant en qualité "
               "de:", ap["capacity"]),
        ("4.", "Y está revestido del sello / timbre de: / Bears the seal / stamp of: / Est revêtu "
               "du sceau / timbre de:", ap["seal_of"]),
        ("", "Certificado / Certified / Attesté", ""),
        ("5.", "En: / At: / À:", ap["place"]),
        ("6.", "El día: / The: / Le:", ap["issued"].strftime("%d/%m/%Y")),
        ("7.", "Por: / By: / Par:", ap["by"]),
        ("8.", "Bajo el número: / No: / Sous n°:", ap["number"]),
        ("9.", "Sello / timbre: / Seal / stamp: / Sceau / timbre:", "Firma digital"),
        ("10.", "Firma: / Signature: / Signature:", ap["signed_by"]),
    ]  # fmt: skip
    y = 60
    for num, lab, val in items:
        if not num:
            pg.text(108, y, lab, "Lato-B", 8.8, BLACK, "c")
            y += 7
            continue
        pg.text(16, y, num, "Lato-B", 9)
        yy = pg.para(25, y, 92, lab, "Lato", 8.4, 3.8)
        y2 = pg.para(120, y, 84, val, "Lato-B", 9.4, 4.3)
        ymax = max(yy, y2)
        pg.line(16, ymax - 2.3, 204, ymax - 2.3, 0.2, rgb("c8c8c8"))
        y = ymax + 3.2
    y += 4
    pg.text(16, y, "Tipo de documento:", "Lato", 8.4)
    pg.text(52, y, ap["doc_type"], "Lato-B", 8.4)
    pg.text(16, y + 5, "Nombre del titular:", "Lato", 8.4)
    pg.text(52, y + 5, ap["holder"], "Lato-B", 8.4)
    pg.text(16, y + 10, "Número de hojas apostilladas:", "Lato", 8.4)
    pg.text(62, y + 10, "1", "Lato-B", 8.4)
    qr_like(pg, 165, y - 4, 30, rng, 29)
    pg.para(16, y + 20, 140, "Para verificar la autenticidad de este documento ingrese a "
            "www.cancilleria.gov.co/apostilla con el número de apostilla y el código de "
            f"verificación {ap['code']}. Este documento ha sido firmado digitalmente conforme a la "
            "Ley 527 de 1999 y el Decreto 2364 de 2012.", "Lato", 7.6, 3.5)  # fmt: skip
    pg.para(16, 262, 184, "La apostilla no certifica el contenido del documento para el cual se "
            "expidió. / This Apostille does not certify the content of the document for which it "
            "was issued. / Cette Apostille n'atteste pas le contenu de l'acte pour lequel elle a "
            "été émise.", "Lato", 7, 3.2)  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


def translation_pdf(b, t, rng) -> bytes:
    """Sworn translation (Spanish -> French) of the Colombian birth record."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    f, fb = "Caladea", "Caladea-B"
    pg.text(20, 18, t["translator"], fb, 11)
    pg.text(20, 23, "Traductrice-interprète expert près la Cour d'appel de Toulouse", f, 9)
    pg.text(20, 27.5, "Espagnol - Français", f, 9)
    pg.text(20, 32, t["address"], f, 8.5)
    pg.text(190, 18, f"Traduction n° {t['no']}", f, 9, BLACK, "r")
    pg.text(105, 46, "TRADUCTION CERTIFIÉE CONFORME", fb, 13, BLACK, "c")
    pg.text(105, 52, "(traduit de l'espagnol)", "Caladea-I", 10, BLACK, "c")
    d = b["dob"]
    rows = [
        ("", "RÉPUBLIQUE DE COLOMBIE"), ("", "REGISTRE NATIONAL DE L'ÉTAT CIVIL"),
        ("", "ACTE DE NAISSANCE (REGISTRO CIVIL DE NACIMIENTO)"),
        ("Indicatif série :", b["serial"]),
        ("Bureau d'enregistrement :", "Notaire n° 12 — Colombie - Antioquia - Medellín"),
        ("Premier nom de famille :", b["ap1"]), ("Second nom de famille :", b["ap2"]),
        ("Prénom(s) :", b["names"]),
        ("Date de naissance :", f"{d.day} {MOIS[d.month - 1]} {d.year}"),
        ("Heure :", b["hour"]), ("Sexe :", "Masculin"),
        ("Lieu de naissance :", "Colombie - Antioquia - Medellín"),
        ("Document antérieur :", f"Certificat de naissance vivante n° {b['cnv']}"),
        ("Mère :", f"{b['mother']}, {b['mother_id']}, de nationalité colombienne"),
        ("Père :", f"{b['father']}, {b['father_id']}, de nationalité colombienne"),
        ("Déclarant :", "le père"),
        ("Date d'inscription :", d_fr(b["reg_date"])),
        ("Fonctionnaire :", f"{b['registrar']} (signature)"),
        ("Mention :", "Notaire douze du cercle de Medellín — copie fidèle de l'original, "
                      f"délivrée le {d_fr(b['issued'])} (cachet, signature illisible)"),
        ("Apostille :", f"n° {t['ap_number']} du {d_fr(t['ap_date'])}, Ministère des Affaires "
                        "étrangères de Colombie"),
    ]  # fmt: skip
    y = 64
    for lab, val in rows:
        if not lab:
            pg.text(105, y, val, fb, 10.5, BLACK, "c")
            y += 6
            continue
        pg.text(22, y, lab, f, 10)
        y = pg.para(74, y, 116, val, fb, 10, 5) + 1.6
    y += 6
    y = pg.para(20, y, 170, "Je soussignée, " + t["translator"] + ", traductrice-interprète "
                "expert près la Cour d'appel de Toulouse, certifie que la traduction qui précède "
                "est conforme à l'original en langue espagnole qui m'a été présenté.", "Caladea-I",
                10, 5)  # fmt: skip
    pg.text(120, y + 8, f"Toulouse, le {d_fr(t['date'])}", f, 10)
    round_stamp(pg, 60, y + 30, 16, t["translator"].upper(), "EXPERT PRÈS LA COUR D'APPEL",
                ["TRADUCTRICE", "ESPAGNOL", "TOULOUSE"], rng, "3a3aa0", 0.7)  # fmt: skip
    draw_signature(pg, 125, y + 14, 42, 15, rng, rgb("1b2a7a"), 0.9)
    c.showPage()
    c.save()
    return buf.getvalue()
