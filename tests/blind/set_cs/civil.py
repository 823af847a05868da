"""Birth certificates (Algeria, India, Brazil), an Indian apostille, a sworn translation."""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

import kit
from cards import draw_ar
from kit import fit_text

GREY = Color(0.35, 0.35, 0.38)


def algeria(c, rng, b: dict):
    """Extrait d'acte de naissance, bilingual Arabic / French (commune model)."""
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(Color(0.985, 0.975, 0.95))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    draw_ar(
        c, "الجمهورية الجزائرية الديمقراطية الشعبية", W / 2, H - 18 * mm, 5.5 * mm, "center", True
    )
    c.setFillColor(black)
    c.setFont("SerifB", 10.5)
    c.drawCentredString(W / 2, H - 24 * mm, "République Algérienne Démocratique et Populaire")
    c.setFont("Serif", 10)
    for i, t in enumerate(
        [f"Wilaya d'{b['wilaya']}", f"Daïra d'{b['wilaya']}", f"Commune d'{b['commune']}"]
    ):
        c.drawString(18 * mm, H - 34 * mm - i * 5.5 * mm, t)
    for i, t in enumerate(b["admin_ar"]):
        draw_ar(c, t, W - 18 * mm, H - 35.5 * mm - i * 5.5 * mm, 4.6 * mm, "right")
    draw_ar(c, "مستخرج من عقد الميلاد", W / 2, H - 56 * mm, 6.5 * mm, "center", True)
    c.setFont("SerifB", 14)
    c.drawCentredString(W / 2, H - 63 * mm, "EXTRAIT D'ACTE DE NAISSANCE")
    c.setFont("Serif", 10)
    c.drawString(18 * mm, H - 73 * mm, f"N° {b['act_no']}        Année {b['dob'][:4]}")
    draw_ar(
        c, f"رقم {b['act_no']}  سنة {b['dob'][:4]}", W - 18 * mm, H - 74.5 * mm, 4.6 * mm, "right"
    )
    rows = [
        ("Nom", b["surname"], "اللقب", b["surname_ar"]),
        ("Prénom(s)", b["given"], "الاسم", b["given_ar"]),
        ("Né(e) le", b["dob_words"], "المولود(ة) في", b["dob_ar"]),
        ("à", b["place"], "ب", b["place_ar"]),
        ("Sexe", b["sex_fr"], "الجنس", b["sex_ar"]),
        ("Fils / Fille de", b["father"], "ابن(ة)", b["father_ar"]),
        ("et de", b["mother"], "و", b["mother_ar"]),
        ("Mentions marginales", "Néant", "البيانات الهامشية", "لا شيء"),
    ]
    y = H - 84 * mm
    rh = 15 * mm
    c.setStrokeColor(Color(0.3, 0.3, 0.3))
    c.setLineWidth(0.6)
    c.rect(15 * mm, y - len(rows) * rh, W - 30 * mm, len(rows) * rh)
    for i, (lf, vf, la, va) in enumerate(rows):
        top = y - i * rh
        if i:
            c.line(15 * mm, top, W - 15 * mm, top)
        c.setFillColor(GREY)
        c.setFont("SerifI", 9)
        c.drawString(18 * mm, top - 5.5 * mm, lf)
        c.setFillColor(black)
        fit_text(c, 18 * mm, top - 11.5 * mm, vf, "SerifB", 11, 95 * mm)
        draw_ar(c, la, W - 18 * mm, top - 6.5 * mm, 4.2 * mm, "right", color=(90, 90, 95))
        draw_ar(c, va, W - 18 * mm, top - 13 * mm, 5 * mm, "right", True)
    y -= len(rows) * rh + 10 * mm
    c.setFont("Serif", 10)
    c.drawString(
        18 * mm,
        y,
        f"Extrait conforme au registre, délivré à {b['commune']} le {kit.fr(b['issued'])}",
    )
    draw_ar(
        c,
        f"مستخرج مطابق للسجل، سلم ب{b['place_ar']} في {kit.fr(b['issued'])}",
        W - 18 * mm,
        y - 9 * mm,
        4.6 * mm,
        "right",
    )
    c.drawString(120 * mm, y - 20 * mm, "L'Officier de l'État Civil")
    draw_ar(c, "ضابط الحالة المدنية", W - 18 * mm, y - 27 * mm, 4.6 * mm, "right")
    kit.round_stamp(
        c,
        rng,
        140 * mm,
        y - 48 * mm,
        17 * mm,
        "REPUBLIQUE ALGERIENNE * ETAT CIVIL *",
        [f"COMMUNE D'{b['commune'].upper()}", "OFFICIER"],
        color=Color(0.25, 0.3, 0.65, alpha=0.7),
    )
    kit.draw_signature(c, rng, 122 * mm, y - 55 * mm, 45 * mm, 16 * mm, ink=kit.INK_BLACK)
    c.setFont("Serif", 7.5)
    c.setFillColor(GREY)
    c.drawString(18 * mm, 14 * mm, "Modèle 12 - Extrait d'acte de naissance (Décret n° 2014-75)")


def india(c, rng, b: dict):
    """Birth certificate of a municipal corporation (Form No. 5, RBD Act 1969)."""
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(Color(0.99, 0.99, 0.97))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(Color(0.2, 0.3, 0.5))
    c.setLineWidth(2)
    c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm)
    c.setLineWidth(0.5)
    c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm)
    c.setFillColor(Color(0.15, 0.2, 0.45))
    c.setFont("SerifB", 11)
    c.drawCentredString(W / 2, H - 24 * mm, "GOVERNMENT OF TAMIL NADU")
    c.setFont("SerifB", 15)
    c.drawCentredString(W / 2, H - 31 * mm, b["corporation"])
    c.setFont("Serif", 9.5)
    c.drawCentredString(
        W / 2, H - 37 * mm, "PUBLIC HEALTH DEPARTMENT - REGISTRATION OF BIRTHS AND DEATHS"
    )
    c.setFillColor(black)
    c.setFont("SerifB", 16)
    c.drawCentredString(W / 2, H - 48 * mm, "BIRTH CERTIFICATE")
    c.setFont("SerifI", 8.3)
    c.drawCentredString(
        W / 2,
        H - 54 * mm,
        "(Issued under Section 12 / 17 of the Registration of Births & "
        "Deaths Act, 1969 and Rule 8 / 13 of the",
    )
    c.drawCentredString(
        W / 2, H - 58 * mm, "Tamil Nadu Registration of Births & Deaths Rules, 2000)"
    )
    c.setFont("Serif", 9.5)
    intro = [
        "This is to certify that the following information has been taken from the original record",
        f"of birth which is the register for (local area / local body) {b['corporation']}",
        "of Taluk MYLAPORE of District CHENNAI of State TAMIL NADU, India.",
    ]
    for i, t in enumerate(intro):
        c.drawString(20 * mm, H - 68 * mm - i * 5 * mm, t)
    rows = [
        ("NAME", b["name"]),
        ("SEX", b["sex"]),
        ("DATE OF BIRTH", b["dob_txt"]),
        ("PLACE OF BIRTH", b["place"]),
        ("NAME OF MOTHER", b["mother"]),
        ("NAME OF FATHER", b["father"]),
        ("ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD", b["address"]),
        ("PERMANENT ADDRESS OF PARENTS", b["address"]),
        ("REGISTRATION NUMBER", b["reg_no"]),
        ("DATE OF REGISTRATION", b["reg_date"]),
        ("REMARKS (IF ANY)", "-"),
    ]
    y = H - 90 * mm
    for lab, val in rows:
        c.setFont("Sans", 7.6)
        c.setFillColor(GREY)
        lines = (
            [lab]
            if len(lab) < 34
            else [lab[: lab.rfind(" ", 0, 34)], lab[lab.rfind(" ", 0, 34) + 1 :]]
        )
        for j, t in enumerate(lines):
            c.drawString(20 * mm, y - j * 3.4 * mm, t)
        c.drawString(76 * mm, y, ":")
        c.setFillColor(black)
        fit_text(c, 80 * mm, y, val, "SansB", 9.6, W - 100 * mm)
        y -= 9 * mm + (len(lines) - 1) * 3.4 * mm
    y -= 4 * mm
    c.setFont("Sans", 9)
    c.drawString(20 * mm, y, f"DATE OF ISSUE : {b['issued_txt']}")
    c.drawString(20 * mm, y - 6 * mm, f"UPDATED ON : {b['issued_txt']}")
    c.drawRightString(W - 20 * mm, y - 34 * mm, "SIGNATURE OF THE ISSUING AUTHORITY")
    c.drawRightString(W - 20 * mm, y - 39 * mm, f"HEALTH OFFICER, {b['corporation']}")
    kit.round_stamp(
        c,
        rng,
        W - 55 * mm,
        y - 18 * mm,
        14 * mm,
        "GREATER CHENNAI CORPORATION * ",
        ["REGISTRAR", "BIRTHS & DEATHS"],
    )
    kit.draw_signature(c, rng, W - 80 * mm, y - 30 * mm, 45 * mm, 14 * mm, ink=kit.INK_BLUE)
    c.setFont("SansI", 7)
    c.setFillColor(GREY)
    c.drawCentredString(W / 2, 17 * mm, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"')


def india_apostille_back(c, rng, a: dict):
    """Back of the certificate with the MEA apostille sticker (10 numbered items)."""
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(Color(0.99, 0.99, 0.97))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    x, y, w, h = 30 * mm, H - 150 * mm, 150 * mm, 118 * mm
    c.setFillColor(Color(0.93, 0.95, 0.9))
    c.setStrokeColor(Color(0.3, 0.4, 0.3))
    c.setLineWidth(1)
    c.rect(x, y, w, h, stroke=1, fill=1)
    kit.guilloche(c, x, y, w, h, Color(0.8, 0.87, 0.8), n=24, amp=4)
    c.setFillColor(black)
    c.setFont("SerifB", 16)
    c.drawCentredString(x + w / 2, y + h - 11 * mm, "APOSTILLE")
    c.setFont("Serif", 9)
    c.drawCentredString(x + w / 2, y + h - 16.5 * mm, "(Convention de La Haye du 5 octobre 1961)")
    items = [
        ("1. Country:", "INDIA"),
        ("This public document", ""),
        ("2. has been signed by", a["signer"]),
        ("3. acting in the capacity of", a["capacity"]),
        ("4. bears the seal / stamp of", a["seal_of"]),
        ("Certified", ""),
        ("5. at", "NEW DELHI"),
        ("6. the", a["date_txt"]),
        ("7. by", "MINISTRY OF EXTERNAL AFFAIRS, GOVERNMENT OF INDIA"),
        ("8. No.", a["number"]),
        ("9. Seal / stamp:", ""),
        ("10. Signature:", ""),
    ]
    yy = y + h - 26 * mm
    for lab, val in items:
        c.setFont("SerifB" if lab[0].isalpha() and not lab[0].isdigit() else "Serif", 8.8)
        c.drawString(x + 6 * mm, yy, lab)
        if val:
            fit_text(c, x + 52 * mm, yy, val, "SansB", 8.6, w - 58 * mm)
        yy -= 6.6 * mm
    kit.round_stamp(
        c,
        rng,
        x + 50 * mm,
        y + 14 * mm,
        11 * mm,
        "MINISTRY OF EXTERNAL AFFAIRS * ",
        ["CPV DIVISION", "NEW DELHI"],
    )
    kit.draw_signature(c, rng, x + 85 * mm, y + 4 * mm, 45 * mm, 13 * mm, ink=kit.INK_BLUE)
    c.setFont("Mono", 7)
    c.drawString(x + 6 * mm, y + 2 * mm, f"Verify at mea.gov.in/apostille  {a['number']}")
    kit.rect_stamp(c, rng, 40 * mm, 60 * mm, ["ATTESTED", "HOME DEPARTMENT", "GOVT. OF TAMIL NADU"])


def brazil(c, rng, b: dict):
    """Certidão de nascimento, national model (provimento CNJ 63/2017): labels inside cells."""
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(Color(0.97, 0.98, 0.99))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    kit.guilloche(c, 0, 0, W, H, Color(0.86, 0.9, 0.95), n=60, amp=8)
    c.setFillColor(Color(0.1, 0.25, 0.45))
    c.setFont("SansB", 12)
    c.drawCentredString(W / 2, H - 20 * mm, "REPÚBLICA FEDERATIVA DO BRASIL")
    c.setFont("Sans", 9.5)
    c.drawCentredString(W / 2, H - 25.5 * mm, "REGISTRO CIVIL DAS PESSOAS NATURAIS")
    c.setFont("SansB", 16)
    c.drawCentredString(W / 2, H - 35 * mm, "CERTIDÃO DE NASCIMENTO")
    x0, x1 = 15 * mm, W - 15 * mm
    y = H - 42 * mm

    def cell_row(cells, y, h=12 * mm):
        tot = sum(wt for _, _, wt in cells)
        x = x0
        for lab, val, wt in cells:
            cw = (x1 - x0) * wt / tot
            c.setStrokeColor(Color(0.35, 0.45, 0.6))
            c.setLineWidth(0.6)
            c.setFillColor(Color(1, 1, 1, alpha=0.6))
            c.rect(x, y - h, cw, h, stroke=1, fill=1)
            c.setFillColor(Color(0.3, 0.38, 0.5))
            fit_text(c, x + 1.5 * mm, y - 3.5 * mm, lab, "Sans", 6.2, cw - 3 * mm)
            c.setFillColor(black)
            fit_text(c, x + 1.5 * mm, y - h + 3 * mm, val, "SansB", 9.5, cw - 3 * mm)
            x += cw
        return y - h

    y = cell_row([("NOME", b["name"], 1)], y)
    y = cell_row([("CPF", b["cpf"], 1)], y)
    y = cell_row([("MATRÍCULA", b["matricula"], 1)], y)
    y = cell_row(
        [
            ("DATA DE NASCIMENTO POR EXTENSO", b["dob_words"], 5),
            ("DIA", b["dob"][8:], 1),
            ("MÊS", b["dob"][5:7], 1),
            ("ANO", b["dob"][:4], 1.3),
        ],
        y,
    )
    y = cell_row(
        [
            ("HORA", b["hour"], 1),
            ("NATURALIDADE", b["town"], 3),
            ("MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", b["town"], 4),
        ],
        y,
    )
    y = cell_row([("LOCAL DE NASCIMENTO", b["place"], 4), ("SEXO", b["sex"], 1)], y)
    y = cell_row([("FILIAÇÃO", b["parents"], 1)], y, 14 * mm)
    y = cell_row([("AVÓS", b["grandparents"], 1)], y, 14 * mm)
    y = cell_row([("GÊMEO", "NÃO", 1), ("DATA DO REGISTRO POR EXTENSO", b["reg_words"], 4)], y)
    y = cell_row(
        [
            ("NÚMERO DA DECLARAÇÃO DE NASCIDO VIVO", b["dnv"], 2),
            ("AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "NADA CONSTA", 3),
        ],
        y,
    )
    y = cell_row([("ANOTAÇÕES VOLUNTÁRIAS DE CADASTRO", "-", 1)], y)
    y -= 8 * mm
    c.setFillColor(black)
    c.setFont("SansB", 8.5)
    for i, t in enumerate(b["office"]):
        c.drawString(x0, y - i * 4.5 * mm, t)
    c.setFont("Sans", 8.5)
    c.drawString(x0, y - 20 * mm, "O conteúdo da certidão é verdadeiro. Dou fé.")
    c.drawString(x0, y - 26 * mm, b["issued_words"])
    kit.draw_signature(c, rng, 120 * mm, y - 32 * mm, 55 * mm, 15 * mm, ink=kit.INK_BLUE)
    c.setStrokeColor(black)
    c.line(115 * mm, y - 33 * mm, 185 * mm, y - 33 * mm)
    c.setFont("Sans", 8)
    c.drawCentredString(150 * mm, y - 37 * mm, b["officer"])
    c.drawCentredString(150 * mm, y - 41 * mm, "Oficial de Registro Civil")
    c.setFont("Mono", 7.5)
    c.drawString(x0, 18 * mm, f"Selo digital de fiscalização: {b['selo']}")


def translation(c, rng, t: dict):
    """Sworn translation into French (traducteur expert près la cour d'appel)."""
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(black)
    c.setFont("SerifB", 11)
    c.drawString(20 * mm, H - 20 * mm, t["translator"])
    c.setFont("Serif", 9)
    for i, s in enumerate(t["translator_lines"]):
        c.drawString(20 * mm, H - 25 * mm - i * 4.3 * mm, s)
    c.setFont("SerifB", 13)
    c.drawCentredString(W / 2, H - 52 * mm, "TRADUCTION CERTIFIÉE CONFORME")
    c.setFont("SerifI", 9.5)
    c.drawCentredString(
        W / 2, H - 58 * mm, "Traduit du portugais (Brésil) - document original joint"
    )
    y = H - 72 * mm
    c.setFont("SerifB", 10)
    for s in (
        "RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL",
        "REGISTRE CIVIL DES PERSONNES PHYSIQUES",
        "ACTE DE NAISSANCE",
    ):
        c.drawCentredString(W / 2, y, s)
        y -= 5.5 * mm
    y -= 4 * mm
    for lab, val in t["rows"]:
        c.setFont("Serif", 9.5)
        c.drawString(20 * mm, y, lab + " :")
        lw = c.stringWidth(lab + " :", "Serif", 9.5)
        fit_text(c, 20 * mm + lw + 3 * mm, y, val, "SerifB", 9.5, W - 43 * mm - lw)
        y -= 6.2 * mm
    y -= 4 * mm
    c.setFont("SerifI", 9.5)
    c.drawString(20 * mm, y, "[Signature illisible] - [Sceau du Registre civil] - [Selo digital]")
    y -= 12 * mm
    c.setFont("Serif", 9.5)
    for s in t["cert"]:
        c.drawString(20 * mm, y, s)
        y -= 4.8 * mm
    kit.round_stamp(
        c,
        rng,
        150 * mm,
        y - 25 * mm,
        17 * mm,
        "TRADUCTEUR EXPERT * COUR D'APPEL DE PARIS * ",
        [t["translator_short"], "PORTUGAIS"],
        color=Color(0.1, 0.3, 0.6, alpha=0.75),
    )
    kit.draw_signature(c, rng, 110 * mm, y - 34 * mm, 50 * mm, 16 * mm, ink=kit.INK_BLUE)
    c.setFont("Serif", 8)
    c.drawString(20 * mm, 15 * mm, f"Traduction n° {t['number']} - page 1/1")
