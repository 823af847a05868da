"""Birth certificates (Haiti, Egypt, Peru, Afghanistan), apostille, legalisations, translations."""

from __future__ import annotations

import random

from reportlab.lib.units import mm

from cv_common import arabic, fr, hand_text, para, rect_stamp, signature, stamp, sw
from cv_looks import A4, finish, new_canvas

W, H = A4


def _frame(c, rng, col=(0.2, 0.2, 0.2), inset=14 * mm, double=True):
    c.setStrokeColorRGB(*col)
    c.setLineWidth(1.2)
    c.rect(inset, inset, W - 2 * inset, H - 2 * inset)
    if double:
        c.setLineWidth(0.4)
        c.rect(inset + 3, inset + 3, W - 2 * inset - 6, H - 2 * inset - 6)


def _legal_fr(c, x, y, lines, rng, signer, col=(0.15, 0.2, 0.55)):
    """A French consular 'Vu pour légalisation' rectangular cachet with signature + timbre."""
    rect_stamp(c, x, y, lines, rng, color=col, size=7.2)
    signature(c, signer, rng, x + 40, y - 34, 110, ink=(30, 30, 90))
    c.saveState()
    c.setFillColorRGB(0.85, 0.75, 0.55)
    c.rect(x + 170, y - 48, 52, 40, stroke=0, fill=1)
    c.setFillColorRGB(0.4, 0.3, 0.2)
    c.setFont("Sans-B", 5.5)
    c.drawCentredString(x + 196, y - 22, "TIMBRE FISCAL")
    c.drawCentredString(x + 196, y - 32, "RÉPUBLIQUE")
    c.drawCentredString(x + 196, y - 40, "FRANÇAISE")
    c.restoreState()


def haiti_birth(b: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    _frame(c, rng)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Serif-B", 13)
    c.drawCentredString(W / 2, H - 42 * mm, "RÉPUBLIQUE D'HAÏTI")
    c.setFont("Serif", 9)
    c.drawCentredString(W / 2, H - 47 * mm, "Liberté — Égalité — Fraternité")
    c.setFont("Serif-B", 11)
    c.drawCentredString(W / 2, H - 56 * mm, "ARCHIVES NATIONALES D'HAÏTI")
    c.setFont("Serif", 9.5)
    c.drawCentredString(W / 2, H - 61 * mm, "Section de l'État Civil")
    c.setFont("Serif-B", 15)
    c.drawCentredString(W / 2, H - 74 * mm, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL")
    c.setFont("Serif-B", 12)
    c.drawCentredString(W / 2, H - 81 * mm, "— ACTE DE NAISSANCE —")
    c.setFont("Serif", 9.5)
    y = H - 92 * mm
    c.drawString(24 * mm, y, f"Commune de : {b['commune']}")
    c.drawString(110 * mm, y, f"Registre N° : {b['registre']}")
    c.drawString(24 * mm, y - 13, f"Année : {b['dob'].year}")
    c.drawString(110 * mm, y - 13, f"Feuillet : {b['feuillet']}      Acte N° : {b['acte']}")
    body = (
        f"L'an {b['year_words']}, et le {b['decl_words']}, à dix heures du matin, "
        f"par-devant nous, {b['officer']}, Officier de l'État Civil de la commune de "
        f"{b['commune']}, soussigné, a comparu le sieur {b['father']}, {b['father_job']}, "
        f"demeurant et domicilié à {b['commune']}, lequel nous a déclaré que le "
        f"{b['dob_words']}, à {b['hour_words']}, est née en cette ville, en la demeure "
        f"de ses parents, une enfant du sexe féminin qu'il nous a présentée et à laquelle il "
        f"a donné les prénoms de {b['given']}, fille du comparant et de la dame "
        f"{b['mother']}, {b['mother_job']}, son épouse, demeurant au même lieu. "
        f"Les déclarations et présentation faites en présence des sieurs {b['witnesses']}, "
        "témoins majeurs, domiciliés en cette commune. Lecture faite, le comparant et les "
        "témoins ont signé avec nous."
    )
    y = para(c, 24 * mm, y - 38, body, "Serif", 10.5, W - 48 * mm, 15.5, justify=True)
    c.setFont("Serif-B", 10.5)
    y -= 8
    c.drawString(24 * mm, y, "NOM DE L'ENFANT : " + b["surname"].upper())
    c.drawString(24 * mm, y - 15, "PRÉNOMS : " + b["given"])
    c.drawString(24 * mm, y - 30, "DATE DE NAISSANCE : " + fr(b["dob"]))
    y = para(
        c,
        24 * mm,
        y - 56,
        "Pour extrait conforme aux registres déposés aux Archives Nationales, délivré "
        f"à Port-au-Prince, le {b['issued_words']}.",
        "Serif-I",
        10,
        W - 48 * mm,
    )
    c.setFont("Serif-B", 9.5)
    c.drawString(112 * mm, y - 14, "Le Directeur Général des Archives")
    c.drawString(112 * mm, y - 26, "Nationales d'Haïti")
    signature(c, b["archivist"], rng, 112 * mm, y - 90, 150, ink=(20, 20, 40))
    stamp(
        c,
        70 * mm,
        y - 60,
        34,
        "ARCHIVES NATIONALES",
        "D'HAITI",
        ["ÉTAT CIVIL", "★"],
        rng,
        color=(0.2, 0.2, 0.55),
    )
    c.setFont("Mono", 7)
    c.drawString(24 * mm, 18 * mm, f"ANH/EC {b['serial']}")
    c.showPage()
    # verso: legalisations
    c.setFont("Serif", 8)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawCentredString(W / 2, H - 15 * mm, "(verso)")
    y0 = H - 60 * mm
    rect_stamp(
        c,
        22 * mm,
        y0,
        [
            "RÉPUBLIQUE D'HAÏTI",
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES",
            "Vu pour légalisation de la signature de",
            f"M. {b['archivist_full']}",
            "Directeur Général des Archives Nationales",
            f"Port-au-Prince, le {fr(b['mae_date'])}   N° {b['mae_no']}",
        ],
        rng,
        color=(0.15, 0.25, 0.5),
    )
    signature(c, "Jn-Louis", rng, 60 * mm, y0 - 40, 120, ink=(40, 40, 120))
    _legal_fr(
        c,
        60 * mm,
        H - 150 * mm,
        [
            "AMBASSADE DE FRANCE EN HAÏTI",
            "Vu pour légalisation de la signature de",
            f"M. {b['mae_signer']}, apposée ci-dessus,",
            f"Port-au-Prince, le {fr(b['amb_date'])}",
            f"Le Consul   —   N° {b['amb_no']}",
        ],
        rng,
        "Delorme",
    )
    c.showPage()
    return finish(c, buf)


def egypt_birth(b: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setFillColorRGB(0.97, 0.95, 0.9)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColorRGB(0.55, 0.45, 0.3)
    c.setLineWidth(2)
    c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm)
    R = W - 20 * mm
    c.setFillColorRGB(0.1, 0.1, 0.1)
    arabic(c, "جمهورية مصر العربية", R, H - 28 * mm, 13, bold=True)
    arabic(c, "وزارة الداخلية", R, H - 36 * mm, 11)
    arabic(c, "قطاع الأحوال المدنية", R, H - 43 * mm, 11)
    c.setFont("Sans", 8)
    c.drawString(20 * mm, H - 28 * mm, b["serial"])
    arabic(c, "شهادة ميلاد", W / 2 + 30, H - 60 * mm, 22, bold=True)
    arabic(c, "(مستخرج رسمي مميكن)", W / 2 + 38, H - 69 * mm, 11)
    rows = [
        ("اسم المولود", b["ar_name"]),
        ("النوع", "أنثى" if b["sex"] == "F" else "ذكر"),
        ("تاريخ الميلاد", b["ar_dob"]),
        ("محل الميلاد", b["ar_place"]),
        ("المحافظة", b["ar_gov"]),
        ("الرقم القومي", b["nid"]),
        ("اسم الأب", b["ar_father"]),
        ("جنسية الأب", "مصري"),
        ("اسم الأم", b["ar_mother"]),
        ("جنسية الأم", "مصرية"),
        ("تاريخ القيد", b["ar_reg"]),
    ]
    y = H - 88 * mm
    c.setStrokeColorRGB(0.55, 0.45, 0.3)
    c.setLineWidth(0.6)
    for lab, val in rows:
        c.line(20 * mm, y - 6, R, y - 6)
        arabic(c, lab + " :", R - 2, y + 2, 11, bold=True)
        if val.isdigit():
            c.setFont("Mono-B", 11)
            c.drawRightString(R - 45 * mm, y, val)
        else:
            arabic(c, val, R - 45 * mm, y + 2, 12)
        y -= 25
    arabic(c, "تحريراً في : " + b["ar_issued"], R, y - 10, 10)
    arabic(c, "أمين السجل المدني", 75 * mm, y - 10, 10, bold=True)
    signature(c, "Hassan", rng, 24 * mm, y - 65, 120, ink=(25, 25, 30))
    stamp(
        c,
        110 * mm,
        y - 45,
        30,
        "ARAB REP. OF EGYPT",
        "CIVIL STATUS",
        ["MOI", "★"],
        rng,
        color=(0.25, 0.2, 0.45),
    )
    # legalisations in the bottom margin
    yl = 62 * mm
    rect_stamp(
        c,
        20 * mm,
        yl,
        [
            "ARAB REPUBLIC OF EGYPT — MINISTRY OF FOREIGN AFFAIRS",
            "LEGALIZATION OFFICE — CAIRO",
            f"Legalized No. {b['mfa_no']}   Date {fr(b['mfa_date'])}",
            "Fee paid",
        ],
        rng,
        color=(0.1, 0.35, 0.2),
        size=6.8,
    )
    signature(c, "Adel", rng, 30 * mm, yl - 36, 90, ink=(30, 60, 40))
    _legal_fr(
        c,
        98 * mm,
        42 * mm,
        [
            f"CONSULAT GÉNÉRAL DE FRANCE À {b['consulate'].upper()}",
            "Vu pour légalisation de la signature de",
            f"M. {b['mfa_signer']}, apposée ci-contre,",
            f"le {fr(b['cons_date'])}  —  N° {b['cons_no']}",
            "Pour le Consul général, l'agent consulaire",
        ],
        rng,
        "Moreau",
    )
    c.showPage()
    return finish(c, buf)


def peru_birth(b: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setFillColorRGB(0.75, 0.1, 0.12)
    c.rect(18 * mm, H - 32 * mm, 6 * mm, 14 * mm, stroke=0, fill=1)
    c.rect(30 * mm, H - 32 * mm, 6 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Sans-B", 10)
    c.drawString(40 * mm, H - 22 * mm, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL")
    c.setFont("Sans", 8.5)
    c.drawString(40 * mm, H - 27 * mm, "RENIEC — Registros Civiles")
    c.setFont("Sans", 8)
    c.drawRightString(W - 18 * mm, H - 36 * mm, f"CNV N° {b['cnv']}")
    c.setFont("Sans-B", 15)
    c.drawCentredString(W / 2, H - 48 * mm, "ACTA DE NACIMIENTO")
    c.setFont("Sans-B", 11)
    c.drawCentredString(W / 2, H - 55 * mm, f"N° {b['acta']}")
    y = H - 66 * mm

    def section(title, rows):
        nonlocal y
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(18 * mm, y - 3, W - 36 * mm, 13, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Sans-B", 8.5)
        c.drawString(20 * mm, y, title)
        y -= 17
        for i in range(0, len(rows), 2):
            for j, (lab, val) in enumerate(rows[i : i + 2]):
                x = 20 * mm + j * 88 * mm
                c.setStrokeColorRGB(0.6, 0.6, 0.6)
                c.rect(x - 1, y - 5, 86 * mm, 21, stroke=1, fill=0)
                c.setFont("Sans", 5.8)
                c.drawString(x + 2, y + 9, lab)
                c.setFont("Sans-B", 8.6)
                c.drawString(x + 2, y - 1, val)
            y -= 24
        y -= 6

    section(
        "DATOS DEL NACIDO",
        [
            ("PRIMER APELLIDO", b["ap1"]),
            ("SEGUNDO APELLIDO", b["ap2"]),
            ("PRENOMBRES", b["given"].upper()),
            ("SEXO", "FEMENINO"),
            ("FECHA DE NACIMIENTO", b["dob"].strftime("%d/%m/%Y")),
            ("HORA", "07:45"),
            ("LUGAR DE NACIMIENTO", b["place"]),
            ("DEPARTAMENTO / PROVINCIA / DISTRITO", b["dpd"]),
        ],
    )
    section(
        "DATOS DE LA MADRE",
        [
            ("APELLIDOS Y NOMBRES", b["mother"]),
            ("NACIONALIDAD", "PERUANA"),
            ("DOC. DE IDENTIDAD", "DNI " + b["mother_dni"]),
            ("DOMICILIO", b["home"]),
        ],
    )
    section(
        "DATOS DEL PADRE",
        [
            ("APELLIDOS Y NOMBRES", b["father"]),
            ("NACIONALIDAD", "PERUANA"),
        ],
    )
    section(
        "DATOS DE LA INSCRIPCIÓN",
        [
            ("FECHA DE INSCRIPCIÓN", b["reg"].strftime("%d/%m/%Y")),
            ("OFICINA", b["office"]),
            ("REGISTRADOR CIVIL", b["registrar"]),
            ("OBSERVACIONES", "NINGUNA"),
        ],
    )
    y = para(
        c,
        20 * mm,
        y - 6,
        f"La presente es COPIA CERTIFICADA del acta que obra en el archivo del RENIEC. "
        f"Expedida en Lima, el {b['issued'].day} de {b['issued_mes']} de "
        f"{b['issued'].year}.",
        "Sans",
        8.5,
        W - 40 * mm,
    )
    signature(c, "Paredes", rng, 120 * mm, y - 70, 130, ink=(25, 30, 80))
    c.setFont("Sans", 7.5)
    c.drawCentredString(145 * mm, y - 78, b["certifier"])
    c.drawCentredString(145 * mm, y - 87, "REGISTRADOR — RENIEC")
    stamp(
        c,
        70 * mm,
        y - 55,
        30,
        "RENIEC",
        "LIMA - PERÚ",
        ["REGISTROS", "CIVILES"],
        rng,
        color=(0.15, 0.25, 0.6),
    )
    c.showPage()
    # apostille page (Hague model)
    _apostille(c, b["apo"], rng)
    c.showPage()
    return finish(c, buf)


def _apostille(c, a: dict, rng: random.Random) -> None:
    x0, y0, bw, bh = 30 * mm, H - 200 * mm, W - 60 * mm, 170 * mm
    c.setLineWidth(1.4)
    c.setStrokeColorRGB(0.1, 0.1, 0.1)
    c.rect(x0, y0, bw, bh)
    c.setFont("Sans-B", 16)
    c.drawCentredString(W / 2, y0 + bh - 14 * mm, "APOSTILLE")
    c.setFont("Sans", 8.5)
    c.drawCentredString(W / 2, y0 + bh - 20 * mm, "(Convention de La Haye du 5 octobre 1961)")
    c.setFont("Sans-B", 9)
    items = [
        ("1. País / Country :", a["country"]),
        ("   El presente documento público / This public document", ""),
        ("2. ha sido firmado por / has been signed by :", a["doc_signer"]),
        ("3. quien actúa en calidad de / acting in the capacity of :", a["capacity"]),
        ("4. y está revestido del sello / timbre de / bears the seal / stamp of :", a["seal"]),
        ("   Certificado / Certified", ""),
        ("5. en / at :", a["place"]),
        ("6. el día / the :", fr(a["date"])),
        ("7. por / by :", a["by"]),
        ("8. bajo el número / No :", a["number"]),
        ("9. Sello / timbre / Seal / stamp :", ""),
        ("10. Firma / Signature :", a["signer"]),
    ]
    y = y0 + bh - 34 * mm
    for lab, val in items:
        c.setFont("Sans", 8.6)
        c.drawString(x0 + 6 * mm, y, lab)
        if val:
            c.setFont("Sans-B", 8.6)
            c.drawString(x0 + 8 * mm + sw(lab, "Sans", 8.6), y, val)
        y -= 16
    stamp(
        c,
        x0 + 45 * mm,
        y0 + 28 * mm,
        32,
        "MINISTERIO DE RELACIONES",
        "EXTERIORES",
        ["PERÚ", "LEGALIZACIONES"],
        rng,
        color=(0.6, 0.1, 0.15),
    )
    signature(c, a["signer"].split()[-1], rng, x0 + 85 * mm, y0 + 10 * mm, 120, ink=(20, 20, 60))
    c.setFont("Sans", 7)
    c.drawString(x0, y0 - 12, "Verificación: www.gob.pe/rree — Código " + a["code"])


def afg_birth(b: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setFillColorRGB(0.96, 0.97, 0.93)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    _frame(c, rng, col=(0.2, 0.4, 0.25), inset=11 * mm)
    R = W - 20 * mm
    c.setFillColorRGB(0.1, 0.15, 0.1)
    c.setFont("Sans-B", 10)
    c.drawString(20 * mm, H - 26 * mm, "Islamic Republic of Afghanistan")
    c.setFont("Sans", 9)
    c.drawString(20 * mm, H - 32 * mm, "Ministry of Interior Affairs")
    c.drawString(20 * mm, H - 37 * mm, "Population Registration Department")
    arabic(c, "جمهوری اسلامی افغانستان", R, H - 26 * mm, 11, bold=True)
    arabic(c, "وزارت امور داخله", R, H - 32 * mm, 10)
    arabic(c, "ریاست عمومی ثبت احوال نفوس", R, H - 38 * mm, 10)
    c.setFont("Sans-B", 16)
    c.drawString(20 * mm, H - 56 * mm, "BIRTH CERTIFICATE")
    arabic(c, "تصدیق تولد", R, H - 56 * mm, 18, bold=True)
    c.setFont("Sans", 8.5)
    c.drawString(20 * mm, H - 64 * mm, f"No. {b['serial']}")
    rows = [
        ("Name", "نام", b["given"]),
        ("Surname", "تخلص", b["surname"]),
        ("Father's name", "نام پدر", b["father"]),
        ("Grandfather's name", "نام پدر کلان", b["grandfather"]),
        ("Mother's name", "نام مادر", b["mother"]),
        ("Gender", "جنسیت", "Male"),
        ("Date of birth", "تاریخ تولد", f"{b['dob'].strftime('%d/%m/%Y')}  ({b['dob_sh']} SH)"),
        ("Place of birth", "محل تولد", b["place"]),
        ("Tazkira No.", "نمبر تذکره", b["tazkira"]),
    ]
    y = H - 80 * mm
    for en, fa, val in rows:
        c.setStrokeColorRGB(0.5, 0.6, 0.5)
        c.setLineWidth(0.5)
        c.line(20 * mm, y - 5, R, y - 5)
        c.setFont("Sans", 8.5)
        c.drawString(20 * mm, y, en + ":")
        arabic(c, fa + ":", R, y + 2, 10.5)
        c.setFont("Sans-B", 10)
        c.drawString(62 * mm, y, val)
        y -= 24
    c.setFont("Sans", 8.5)
    c.drawString(20 * mm, y - 10, f"Date of issue: {fr(b['issued'])}   Kabul")
    signature(c, "Rahimi", rng, 120 * mm, y - 75, 120, ink=(20, 20, 70))
    c.drawString(120 * mm, y - 82, "Head of Population Registration")
    stamp(
        c,
        70 * mm,
        y - 55,
        30,
        "MINISTRY OF INTERIOR",
        "AFGHANISTAN",
        ["PRD", "KABUL"],
        rng,
        color=(0.2, 0.3, 0.55),
    )
    c.showPage()
    # page 2: legalisations
    y0 = H - 60 * mm
    rect_stamp(
        c,
        20 * mm,
        y0,
        [
            "ISLAMIC REPUBLIC OF AFGHANISTAN — MINISTRY OF FOREIGN AFFAIRS",
            "Consular Affairs Directorate — Authentication",
            f"No. {b['mfa_no']}   Date {fr(b['mfa_date'])}",
        ],
        rng,
        color=(0.1, 0.3, 0.2),
        size=7,
    )
    signature(c, "Wardak", rng, 40 * mm, y0 - 40, 100, ink=(20, 60, 30))
    rect_stamp(
        c,
        20 * mm,
        H - 120 * mm,
        [
            "EMBASSY OF AFGHANISTAN — PARIS — CONSULAR SECTION",
            "The signature and seal of the Ministry of Foreign Affairs are authentic",
            f"No. {b['emb_no']}   Paris, {fr(b['emb_date'])}",
        ],
        rng,
        color=(0.2, 0.2, 0.45),
        size=7,
    )
    signature(c, "Karimi", rng, 40 * mm, H - 160 * mm, 100, ink=(20, 20, 70))
    _legal_fr(
        c,
        60 * mm,
        H - 195 * mm,
        [
            "MINISTÈRE DE L'EUROPE ET DES AFFAIRES ÉTRANGÈRES",
            "Bureau des légalisations",
            "Vu pour légalisation de la signature de",
            f"M. {b['emb_signer']}, consul d'Afghanistan à Paris,",
            f"le {fr(b['mae_date'])}  —  N° {b['mae_no']}",
        ],
        rng,
        "Garnier",
    )
    c.showPage()
    return finish(c, buf)


def translation(t: dict, rng: random.Random) -> bytes:
    """Sworn translation into French with the translator's stamp on each page."""
    c, buf = new_canvas()
    c.setFont("Serif-B", 10)
    c.drawString(20 * mm, H - 20 * mm, t["translator"])
    c.setFont("Serif", 8.5)
    for i, ln in enumerate(t["translator_lines"]):
        c.drawString(20 * mm, H - 25 * mm - i * 10, ln)
    c.drawRightString(W - 20 * mm, H - 20 * mm, f"Traduction N° {t['number']}")
    c.setFont("Serif-B", 12)
    c.drawCentredString(W / 2, H - 58 * mm, f"TRADUCTION DE L'{t['from_lang'].upper()}")
    c.setFont("Serif-B", 14)
    c.drawCentredString(W / 2, H - 67 * mm, t["title"])
    y = H - 80 * mm
    c.setFont("Serif-I", 9)
    for ln in t["header"]:
        c.drawString(22 * mm, y, ln)
        y -= 12
    y -= 8
    for lab, val in t["rows"]:
        c.setFont("Serif", 10)
        c.drawString(22 * mm, y, lab)
        c.setFont("Serif-B", 10)
        c.drawString(82 * mm, y, val)
        y -= 15
    y -= 6
    c.setFont("Serif-I", 9)
    for ln in t["footer"]:
        y = para(c, 22 * mm, y, ln, "Serif-I", 9, W - 44 * mm, 12)
        y -= 3
    y -= 14
    c.setFont("Serif-B", 9.5)
    y = para(
        c,
        22 * mm,
        y,
        "Traduction certifiée conforme à l'original rédigé en "
        f"{t['from_lang'].lower()}, présenté et visé ne varietur sous le numéro "
        f"{t['number']}.",
        "Serif-B",
        9.5,
        W - 44 * mm,
        13,
    )
    c.setFont("Serif", 9.5)
    c.drawString(110 * mm, y - 16, f"{t['city']}, le {fr(t['date'])}")
    stamp(
        c,
        60 * mm,
        y - 62,
        36,
        t["translator"].upper(),
        "EXPERT PRÈS LA COUR D'APPEL",
        [t["court"].upper(), t["pair"]],
        rng,
        color=(0.1, 0.2, 0.6),
        font="Sans-B",
    )
    signature(c, t["translator"].split()[-1], rng, 110 * mm, y - 95, 130, ink=(15, 30, 110))
    c.setFont("Serif", 7)
    c.drawCentredString(W / 2, 12 * mm, "Page 1/1 — " + t["translator"] + " — " + t["contact"])
    c.showPage()
    return finish(c, buf)


def hand_note(c, x, y, text, rng):
    hand_text(c, x, y, text, rng, "Hand2", 11)
