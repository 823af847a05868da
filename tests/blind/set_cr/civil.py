"""Birth certificates, apostilles (Hague 1961 model, 10 numbered items) and sworn translations."""

from __future__ import annotations

import random

from ids import guilloche
from kit import INK_BLACK, INK_BLUE, Page, pseudo_qr, round_stamp, signature

LBL = (70, 70, 80)
STAMP_VIOLET = (90, 60, 150)


def _emblem(pg: Page, cx, cy, r, color=(120, 100, 60)):
    pg.circle(cx, cy, r, 0.4, color)
    pg.circle(cx, cy, r * 0.62, 0.3, color)
    pg.line(cx, cy - r * 0.62, cx, cy + r * 0.62, 0.3, color)
    pg.line(cx - r * 0.62, cy, cx + r * 0.62, cy, 0.3, color)


# ----------------------------------------------------------------------------- Morocco
def morocco_birth(d: dict, rng: random.Random) -> list[Page]:
    """Extrait d'acte de naissance, bilingual French / Arabic (Royaume du Maroc)."""
    pg = Page(paper=(250, 249, 244))
    pg.text(18, 18, "ROYAUME DU MAROC", "serif-b", 10)
    pg.text(192, 19, "المملكة المغربية", "amiri-b", 14, align="r")
    pg.text(18, 23.5, "MINISTÈRE DE L'INTÉRIEUR", "serif", 8)
    pg.text(192, 25, "وزارة الداخلية", "amiri", 12, align="r")
    pg.text(18, 30, f"Préfecture : {d['prefecture']}", "serif", 8)
    pg.text(18, 34.5, f"Commune : {d['commune']}", "serif", 8)
    pg.text(18, 39, f"Bureau de l'état civil : {d['bureau']}", "serif", 8)
    pg.text(192, 31, d["prefecture_ar"], "amiri", 11, align="r")
    pg.text(192, 37, d["bureau_ar"], "amiri", 11, align="r")
    _emblem(pg, 105, 28, 8)
    pg.text(105, 52, "EXTRAIT D'ACTE DE NAISSANCE", "serif-b", 13, align="c")
    pg.text(105, 60, "نسخة موجزة من رسم الولادة", "amiri-b", 15, align="c")
    pg.text(18, 69, f"Acte n° : {d['act_no']}     Année : {d['act_year']}", "serif", 9)
    pg.text(
        192, 70, f"{d['act_no']} : رقم الرسم     {d['act_year']} : السنة", "amiri", 11, align="r"
    )
    rows = [
        ("Nom", d["surname"], "الاسم العائلي", d["surname_ar"]),
        ("Prénom", d["given"], "الاسم الشخصي", d["given_ar"]),
        ("Né(e) le", d["dob_fr"], "تاريخ الازدياد", d["dob_ar"]),
        ("à", d["pob"], "مكان الازدياد", d["pob_ar"]),
        ("Sexe", d["sex_fr"], "الجنس", d["sex_ar"]),
        ("Fille / Fils de", d["father"], "الأب", d["father_ar"]),
        ("et de", d["mother"], "الأم", d["mother_ar"]),
    ]
    y = 78.0
    for fr, val, ar, val_ar in rows:
        pg.rect(18, y, 174, 12, 0.25, (90, 90, 90))
        pg.line(105, y, 105, y + 12, 0.25, (90, 90, 90))
        pg.text(20, y + 4.2, fr, "serif", 7.2, LBL)
        pg.fit(20, y + 9.6, val, "courier", 10.5, 82)
        pg.text(190, y + 4.6, ar, "amiri", 9, LBL, "r")
        pg.text(190, y + 10.4, val_ar, "amiri-b", 11.5, align="r")
        y += 12
    y += 7
    pg.text(18, y, "Mentions marginales :", "serif-b", 8.5)
    pg.text(192, y + 0.5, "البيانات الهامشية", "amiri-b", 11, align="r")
    pg.para(18, y + 6, d["mentions"], "courier", 9.5, width=110, lead=4.6)
    y += 24
    pg.para(
        18,
        y,
        "Certifié conforme aux indications portées sur le registre de l'état civil.",
        "serif",
        8.5,
    )
    pg.text(
        192, y + 6, "شهادة مطابقة للبيانات المضمنة في سجل الحالة المدنية", "amiri", 10.5, align="r"
    )
    pg.text(18, y + 14, f"{d['issued_at']}, le {d['issued_on']}", "serif", 9)
    pg.text(130, y + 14, "L'Officier de l'état civil", "serif", 8.5)
    pg.text(192, y + 20, "ضابط الحالة المدنية", "amiri", 10.5, align="r")
    round_stamp(
        pg,
        150,
        y + 36,
        15,
        "ROYAUME DU MAROC * ETAT CIVIL *",
        ["COMMUNE", d["commune"].upper()],
        STAMP_VIOLET,
        rng,
    )
    signature(pg, 120, y + 26, 45, 18, rng, INK_BLUE)
    pg.text(
        18,
        285,
        "Ce document est délivré gratuitement — Loi n° 37-99 relative à l'état civil",
        "serif",
        6.5,
        LBL,
    )
    return [pg]


def apostille_fr_ar(a: dict, rng: random.Random) -> list[Page]:
    """A Moroccan apostille: bilingual French / Arabic certificate, items 1 to 10."""
    pg = Page(paper=(252, 251, 247))
    pg.text(105, 32, "APOSTILLE", "serif-b", 18, align="c")
    pg.text(105, 39, "(Convention de La Haye du 5 octobre 1961)", "serif", 9, align="c")
    pg.text(105, 47, "أبوستيل (اتفاقية لاهاي المؤرخة في 5 أكتوبر 1961)", "amiri", 11, align="c")
    items = [
        ("1.", "Pays :", a["country"], "البلد"),
        ("", "Le présent acte public", "", ""),
        ("2.", "a été signé par :", a["signer"], "وقعت من طرف"),
        ("3.", "agissant en qualité de :", a["capacity"], "بصفته"),
        ("4.", "est revêtu du sceau / timbre de :", a["seal_of"], "ومختومة بخاتم"),
        ("", "Attesté", "", "مصادق عليها"),
        ("5.", "à :", a["at"], "في"),
        ("6.", "le :", a["on"], "بتاريخ"),
        ("7.", "par :", a["by"], "من طرف"),
        ("8.", "sous n° :", a["number"], "تحت رقم"),
    ]
    y = 58.0
    for num, lab, val, ar in items:
        pg.text(27, y, num, "serif-b", 9)
        pg.text(34, y, lab, "serif", 9)
        if ar:
            pg.text(184, y, ar, "amiri", 10, LBL, "r")
        if len(val) < 30:
            pg.text(100, y, val, "courier", 10)
            y += 8.5
        else:
            pg.fit(34, y + 5.5, val, "courier", 10, 150)
            y += 14
    pg.text(27, y + 4, "9.", "serif-b", 9)
    pg.text(34, y + 4, "Sceau / timbre :", "serif", 9)
    pg.text(110, y + 4, "10.", "serif-b", 9)
    pg.text(117, y + 4, "Signature :", "serif", 9)
    round_stamp(
        pg,
        62,
        y + 26,
        15,
        "ROYAUME DU MAROC * MINISTERE DE LA JUSTICE *",
        ["PARQUET", a["at"].upper()],
        (40, 60, 140),
        rng,
    )
    signature(pg, 118, y + 8, 55, 20, rng, INK_BLUE)
    pg.fit(117, y + 34, a["signer_name"], "serif", 8, 68)
    pg.rect(22, 20, 166, y + 26 - 20 + 22, 0.6)
    return [pg]


# ----------------------------------------------------------------------------- Colombia
def colombia_birth(d: dict, rng: random.Random) -> list[Page]:
    """Registro Civil de Nacimiento: boxed form, labels in the top-left of each cell."""
    pg = Page(216, 279, paper=(252, 252, 250))
    guilloche(pg, 10, 10, 196, 40, rng, [(225, 232, 220)], n=10, amp=3)
    _emblem(pg, 24, 22, 9, (150, 120, 40))
    pg.text(108, 17, "REPÚBLICA DE COLOMBIA", "lib-b", 11, align="c")
    pg.text(108, 22, "IDENTIFICACIÓN PERSONAL", "lib", 8, align="c")
    pg.text(108, 29, "REGISTRO CIVIL DE NACIMIENTO", "lib-b", 13, align="c")
    pg.text(108, 34, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "lib", 7.5, align="c")
    pg.rect(160, 38, 46, 12, 0.3)
    pg.text(162, 41, "Indicativo Serial", "lib", 5.5, LBL)
    pg.text(183, 48, d["serial"], "libmono", 11, (170, 20, 30), "c")
    pg.rect(10, 38, 60, 12, 0.3)
    pg.text(12, 41, "NUIP", "lib", 5.5, LBL)
    pg.text(40, 48, d["nuip"], "libmono", 11, align="c")
    y = 54.0

    def bar(title):
        nonlocal y
        pg.rect(10, y, 196, 5, 0, fill=(215, 215, 215))
        pg.text(108, y + 3.7, title, "lib-b", 7, align="c")
        y += 5

    def cells(specs, h=10.0):
        nonlocal y
        x = 10.0
        for label, value, w in specs:
            pg.rect(x, y, w, h, 0.3)
            pg.text(x + 1.2, y + 2.6, label, "lib", 5.2, LBL)
            pg.fit(x + 1.8, y + h - 2.2, value, "courier", 9.5, w - 3)
            x += w
        y += h

    bar("Datos de la oficina de registro")
    cells(
        [
            ("Clase de oficina", d["office_class"], 40),
            ("Número", d["office_no"], 20),
            (
                "País - Departamento - Municipio - Corregimiento y/o Inspección de Policía",
                d["office_place"],
                136,
            ),
        ]
    )
    bar("Datos del inscrito")
    cells(
        [
            ("Primer Apellido", d["ap1"], 65),
            ("Segundo Apellido", d["ap2"], 65),
            ("Nombre(s)", d["names"], 66),
        ]
    )
    cells(
        [
            ("Fecha de nacimiento   Año", d["year"], 40),
            ("Mes", d["month"], 24),
            ("Día", d["day"], 18),
            ("Hora", d["hour"], 22),
            ("Sexo (en letras)", d["sex"], 46),
            ("Grupo sanguíneo", d["blood"], 23),
            ("Factor RH", d["rh"], 23),
        ]
    )
    cells(
        [("Lugar de nacimiento (País - Departamento - Municipio - Corregimiento)", d["pob"], 196)]
    )
    cells(
        [
            ("Tipo de documento antecedente o Declaración de testigos", d["antecedent"], 130),
            ("Número certificado de nacido vivo", d["nv"], 66),
        ]
    )
    bar("Datos de la madre")
    cells(
        [
            ("Apellidos y nombres completos", d["mother"], 110),
            ("Documento de identificación (Clase y número)", d["mother_id"], 56),
            ("Nacionalidad", "COLOMBIANA", 30),
        ]
    )
    bar("Datos del padre")
    cells(
        [
            ("Apellidos y nombres completos", d["father"], 110),
            ("Documento de identificación (Clase y número)", d["father_id"], 56),
            ("Nacionalidad", "COLOMBIANA", 30),
        ]
    )
    bar("Datos del declarante")
    cells(
        [
            ("Apellidos y nombres completos", d["father"], 110),
            ("Documento de identificación (Clase y número)", d["father_id"], 86),
        ]
    )
    bar("Fecha de inscripción")
    cells(
        [
            ("Año", d["reg_year"], 30),
            ("Mes", d["reg_month"], 30),
            ("Día", d["reg_day"], 30),
            ("Nombre y firma del funcionario que autoriza", "", 106),
        ],
        h=22,
    )
    signature(pg, 110, y - 19, 60, 14, rng, INK_BLACK, pen=0.4)
    pg.text(112, y - 1.5, d["registrar"], "lib", 6.5)
    pg.rect(10, y + 4, 196, 7, 0.3)
    pg.text(12, y + 8.8, "ORIGINAL PARA LA OFICINA DE REGISTRO", "lib-b", 6.5)
    # notarial copy stamp
    sy = y + 18
    pg.rect(18, sy, 92, 28, 0.6, (40, 60, 130))
    for i, s in enumerate(d["copy_stamp"]):
        pg.fit(64, sy + 6 + i * 4.6, s, "sans-b", 6.6, 86, (40, 60, 130), "c")
    signature(pg, 120, sy + 4, 50, 16, rng, INK_BLUE)
    round_stamp(
        pg, 185, sy + 14, 13, "NOTARIA QUINTA * MEDELLIN *", ["NOTARIA", "5"], (40, 60, 130), rng
    )
    return [pg]


def colombia_eapostille(a: dict, rng: random.Random) -> list[Page]:
    """Colombian electronic apostille (Cancillería), bilingual Spanish / English, text PDF."""
    pg = Page(216, 279)
    pg.rect(0, 0, 216, 22, 0, fill=(16, 52, 110))
    pg.text(14, 10, "Cancillería", "open-b", 15, (255, 255, 255))
    pg.text(
        14,
        16,
        "Ministerio de Relaciones Exteriores - República de Colombia",
        "open",
        7.5,
        (220, 230, 245),
    )
    pg.text(108, 36, "APOSTILLE", "open-b", 20, align="c")
    pg.text(108, 43, "(Convention de La Haye du 5 Octobre 1961)", "open", 9, align="c")
    pg.text(200, 52, f"No. {a['number']}", "open-b", 10, (170, 20, 30), "r")
    items = [
        ("1. País: / Country:", a["country"]),
        ("El presente documento público / This public document", None),
        ("2. Ha sido firmado por: / Has been signed by:", a["signer"]),
        ("3. Quien actúa en calidad de: / Acting in the capacity of:", a["capacity"]),
        ("4. Y está revestido del sello/timbre de: / Bears the seal/stamp of:", a["seal_of"]),
        ("Certificado / Certified", None),
        ("5. En: / At:", a["at"]),
        ("6. El día: / The:", a["on_print"]),
        ("7. Por: / By:", a["by"]),
        ("8. No: / No:", a["number"]),
        ("9. Sello/timbre: / Seal/stamp:", "Firma digital / Digital signature"),
        ("10. Firma: / Signature:", a["signed_by"]),
    ]
    y = 62.0
    for lab, val in items:
        if val is None:
            pg.text(20, y, lab, "open-b", 8.5, (60, 60, 70))
            y += 7
            continue
        pg.text(20, y, lab, "open", 8, (60, 60, 70))
        pg.fit(24, y + 4.8, val, "open-sb", 9.5, 170)
        y += 11
    y += 2
    pg.line(20, y, 196, y, 0.3, (120, 120, 120))
    pg.text(20, y + 7, "Tipo de documento / Type of document:", "open", 8, (60, 60, 70))
    pg.text(90, y + 7, a["doc_type"], "open-sb", 8.5)
    pg.text(20, y + 13, "Nombre del titular / Holder:", "open", 8, (60, 60, 70))
    pg.text(90, y + 13, a["holder"], "open-sb", 8.5)
    pg.text(20, y + 19, "Número de hojas apostilladas / Pages:", "open", 8, (60, 60, 70))
    pg.text(90, y + 19, "1", "open-sb", 8.5)
    pg.text(20, y + 25, "Código de verificación / Verification code:", "open", 8, (60, 60, 70))
    pg.text(90, y + 25, a["code"], "mono-b", 9)
    pg.image(pseudo_qr(rng).convert("RGB"), 160, y + 30, 34, 34)
    pg.para(
        20,
        y + 38,
        "La autenticidad de esta apostilla puede ser verificada en / The authenticity of this "
        "apostille can be verified at: https://tramites.cancilleria.gov.co/apostillalegalizacion/"
        "consulta/verificacion.aspx",
        "open",
        7.5,
        width=130,
    )
    pg.para(
        20,
        y + 72,
        "Esta Apostilla certifica únicamente la autenticidad de la firma y la calidad en que "
        "el signatario del documento haya actuado; no certifica el contenido del documento. / This "
        "Apostille only certifies the authenticity of the signature and the capacity of the person "
        "who has signed the public document; it does not certify the content of the document.",
        "open",
        7,
        width=176,
    )
    pg.text(
        108,
        270,
        "Calle 10 No. 5-51 Palacio de San Carlos - Bogotá D.C. - www.cancilleria.gov.co",
        "open",
        6.5,
        (100, 100, 110),
        "c",
    )
    return [pg]


# ----------------------------------------------------------------------------- Ukraine
def ukraine_birth(d: dict, rng: random.Random) -> list[Page]:
    """Свідоцтво про народження (repeat issue), form on security paper, values on rules."""
    pg = Page(148, 210, paper=(238, 244, 234))
    guilloche(pg, 4, 4, 140, 202, rng, [(205, 225, 205), (215, 222, 235)], n=40, amp=2.5)
    pg.rect(4, 4, 140, 202, 0.5, (90, 120, 90))
    _emblem(pg, 74, 18, 7, (170, 140, 50))
    pg.text(74, 30, "УКРАЇНА", "serif-b", 11, align="c")
    pg.text(74, 37, "СВІДОЦТВО", "serif-b", 14, align="c")
    pg.text(74, 42.5, "ПРО НАРОДЖЕННЯ", "serif-b", 11, align="c")

    def field(y, label, value, x=12, lw=None):
        pg.text(x, y, label, "serif", 7.5, (50, 70, 50))
        lx = x + (lw or 0) + 2 if lw else x
        yy = y if lw else y + 5.2
        if lw is None:
            pg.line(x, yy + 1.2, 136, yy + 1.2, 0.2, (90, 110, 90))
            pg.fit(x + 2, yy, value, "courier", 10, 120)
        else:
            pg.line(lx, y + 1.2, 136, y + 1.2, 0.2, (90, 110, 90))
            pg.fit(lx + 1, y, value, "courier", 10, 136 - lx - 2)

    field(50, "Прізвище", d["surname"], lw=18)
    field(57, "ім'я", d["given"], lw=18)
    field(64, "по батькові", d["patronymic"], lw=18)
    field(72, "Дата народження", d["dob_num"], lw=27)
    pg.fit(14, 78.5, d["dob_words"], "courier", 8.5, 122)
    pg.line(12, 79.7, 136, 79.7, 0.2, (90, 110, 90))
    field(86, "Місце народження", d["pob"], lw=29)
    pg.fit(12, 94, d["act_line"], "serif", 7.5, 124, (50, 70, 50))
    pg.fit(12, 99, d["act_line2"], "courier", 9, 124)
    pg.line(12, 100.2, 136, 100.2, 0.2, (90, 110, 90))
    pg.text(12, 108, "Батьки:", "serif-b", 7.5, (50, 70, 50))
    field(114, "батько", d["father"], lw=14)
    field(120.5, "громадянство", d["father_cit"], lw=22)
    field(128, "мати", d["mother"], lw=14)
    field(134.5, "громадянство", d["mother_cit"], lw=22)
    pg.text(12, 143, "Місце державної реєстрації", "serif", 7.5, (50, 70, 50))
    y = pg.para(12, 148, d["office"], "courier", 8.5, width=124, lead=4.2)
    pg.line(12, y - 3.0, 136, y - 3.0, 0.2, (90, 110, 90))
    field(y + 3, "Дата видачі", d["issued"], lw=19)
    pg.text(74, y + 10, "(повторно)", "serif-b", 8, align="c")
    pg.text(12, y + 18, "Керівник відділу", "serif", 7.5, (50, 70, 50))
    signature(pg, 55, y + 12, 30, 9, rng, INK_BLUE, pen=0.35)
    pg.text(136, y + 18, d["head"], "courier", 8.5, align="r")
    round_stamp(pg, 34, y + 31, 10, "УКРАЇНА * ВІДДІЛ ДРАЦС *", ["ХАРКІВ"], (60, 70, 160), rng)
    pg.text(98, 200, f"Серія {d['series']}   № {d['series_no']}", "serif-b", 10, (160, 20, 30), "c")
    return [pg]


def ukraine_apostille(a: dict, rng: random.Random) -> list[Page]:
    pg = Page(paper=(253, 253, 251))
    pg.rect(25, 25, 160, 150, 0.5)
    pg.text(105, 38, "АПОСТИЛЬ / APOSTILLE", "serif-b", 15, align="c")
    pg.text(105, 45, "(Convention de La Haye du 5 octobre 1961)", "serif", 8.5, align="c")
    items = [
        ("1. Країна / Country:", a["country"]),
        ("Цей офіційний документ / This public document", None),
        ("2. підписаний (-ою) / has been signed by:", a["signer"]),
        ("3. який (яка) діє як / acting in the capacity of:", a["capacity"]),
        ("4. скріплений печаткою / bears the seal/stamp of:", a["seal_of"]),
        ("Засвідчено / Certified", None),
        ("5. в / at:", a["at"]),
        ("6. дата / the:", a["on_print"]),
        ("7. ким / by:", a["by"]),
        ("8. № / No:", a["number"]),
    ]
    y = 56.0
    for lab, val in items:
        if val is None:
            pg.text(30, y, lab, "serif-b", 8)
            y += 7
            continue
        pg.text(30, y, lab, "serif", 8)
        pg.fit(34, y + 4.8, val, "courier", 9.5, 146)
        y += 11
    pg.text(30, y + 2, "9. Печатка / Seal/stamp:", "serif", 8)
    pg.text(110, y + 2, "10. Підпис / Signature:", "serif", 8)
    round_stamp(
        pg, 62, y + 22, 14, "МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ *", ["АПОСТИЛЬ"], (50, 60, 150), rng
    )
    signature(pg, 112, y + 6, 55, 18, rng, INK_BLUE)
    return [pg]


# ----------------------------------------------------------------------------- Côte d'Ivoire
def ivory_birth(d: dict, rng: random.Random) -> list[Page]:
    """Extrait du registre des actes de l'état civil (Côte d'Ivoire), typed on a printed form."""
    pg = Page(paper=(250, 248, 240))
    pg.text(16, 16, "RÉPUBLIQUE DE CÔTE D'IVOIRE", "libserif-b", 10)
    pg.text(26, 21, "Union - Discipline - Travail", "libserif-i", 8)
    pg.line(30, 23.5, 60, 23.5, 0.3)
    pg.text(16, 31, f"DÉPARTEMENT D'{d['dept']}", "libserif", 8.5)
    pg.text(16, 36, f"COMMUNE DE {d['commune']}", "libserif", 8.5)
    pg.text(16, 41, "ÉTAT CIVIL", "libserif-b", 8.5)
    pg.text(16, 46, f"Centre de {d['centre']}", "libserif", 8.5)
    pg.rect(126, 12, 68, 36, 0.4)
    pg.text(160, 20, "EXTRAIT", "libserif-b", 14, align="c")
    pg.text(160, 26, "du registre des actes de l'état civil", "libserif", 7.5, align="c")
    pg.text(160, 31, f"pour l'année {d['year']}", "libserif", 8, align="c")
    pg.text(130, 39, f"N° {d['act_no']}", "courier", 10)
    pg.text(130, 45, f"du {d['act_date']} du registre", "courier", 9)
    pg.text(105, 62, "NAISSANCE", "libserif-b", 13, align="c")
    pg.text(105, 70, f"de {d['full']}", "courier", 11, align="c")
    pg.line(20, 75, 190, 75, 0.3)
    y = 86.0
    lines = [
        ("Le", d["date_words"]),
        ("à", d["time"]),
        ("est né", d["full"]),
        ("à", d["pob"]),
        ("fils de", d["father"]),
        ("profession", d["father_job"]),
        ("et de", d["mother"]),
        ("profession", d["mother_job"]),
    ]
    for lab, val in lines:
        pg.text(22, y, lab, "libserif-i", 9, LBL)
        pg.line(48, y + 1.2, 190, y + 1.2, 0.2, (150, 150, 150), dash=([1, 1.5], 0))
        pg.fit(50, y, val, "courier", 10.5, 138)
        y += 9.5
    pg.text(22, y + 4, "MENTIONS (éventuellement) :", "libserif-b", 9)
    for k, (lab, val) in enumerate(d["mentions"]):
        pg.text(28, y + 11 + 6.5 * k, lab, "libserif-i", 8.5, LBL)
        pg.text(80, y + 11 + 6.5 * k, val, "courier", 10)
    y += 38
    pg.para(
        22,
        y,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        "libserif",
        9,
    )
    pg.text(120, y + 12, f"Délivré à {d['delivered_at']}, le {d['delivered_on']}", "libserif", 9)
    pg.text(120, y + 18, "L'Officier de l'État Civil", "libserif-b", 9)
    pg.text(120, y + 23, "(Signature et sceau)", "libserif-i", 7.5, LBL)
    signature(pg, 122, y + 26, 50, 18, rng, INK_BLUE)
    pg.text(124, y + 50, d["officer"], "courier", 9)
    round_stamp(
        pg,
        70,
        y + 38,
        16,
        "REPUBLIQUE DE COTE D'IVOIRE *",
        ["MAIRIE DE", d["commune"], "ETAT CIVIL"],
        (60, 90, 60),
        rng,
    )
    pg.rect(18, 270, 38, 14, 0.3, (120, 60, 60))
    pg.text(37, 276, "TIMBRE", "libserif-b", 7, (120, 60, 60), "c")
    pg.text(37, 281, "500 F CFA", "libserif", 7, (120, 60, 60), "c")
    return [pg]


# ----------------------------------------------------------------------------- translations
def sworn_translation(t: dict, rng: random.Random) -> list[Page]:
    """A sworn translator's French translation with letterhead, certification and stamp."""
    pg = Page()
    pg.text(20, 20, t["translator"], "libserif-b", 12)
    pg.text(20, 25.5, t["title"], "libserif-i", 8.5)
    pg.text(20, 30, t["pair"], "libserif", 8.5)
    pg.text(20, 34.5, t["address"], "libserif", 8)
    pg.line(20, 38, 190, 38, 0.4)
    pg.text(105, 48, t["heading"], "libserif-b", 11, align="c")
    y = 58.0
    for kind, s in t["body"]:
        if kind == "h":
            pg.text(105, y, s, "libserif-b", 9.5, align="c")
            y += 6
        elif kind == "kv":
            lab, val = s
            pg.text(24, y, lab, "libserif", 9.5)
            pg.fit(95, y, val, "libserif-b", 9.5, 95)
            y += 5.6
        elif kind == "p":
            y = pg.para(24, y, s, "libserif", 9.5, width=166, lead=4.8) + 1
        else:
            y += 4
    y += 6
    pg.para(24, y, t["certif"], "libserif-i", 9.5, width=166, lead=4.8)
    pg.text(24, y + 16, t["place_date"], "libserif", 9.5)
    pg.text(24, y + 22, t["repertoire"], "libserif", 8.5)
    round_stamp(pg, 150, y + 30, 17, t["stamp_ring"], t["stamp_inner"], (30, 60, 150), rng)
    signature(pg, 118, y + 22, 48, 18, rng, INK_BLUE)
    pg.text(105, 285, "Page 1/1", "libserif", 7.5, LBL, "c")
    return [pg]
