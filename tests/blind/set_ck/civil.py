"""Civil-status pieces: birth certificates of Chad, Ecuador, Nepal, Kosovo; apostille; translation."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from lib import (
    INK_BLACK,
    MM,
    finish,
    fit_text,
    guilloche,
    hand,
    new_pdf,
    rect_stamp,
    round_stamp,
    signature,
    text_block,
)

W, H = A4


def _dots(c, x, y, x2):
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.setFont("Serif", 8)
    n = int((x2 - x) / 2.2)
    c.drawString(x, y, "." * n)


def chad_acte(p: dict, rng) -> bytes:
    """Printed register form of a Tchad civil-status centre, filled on a typewriter."""
    c, buf = new_pdf()
    c.setFillColorRGB(0.1, 0.1, 0.1)
    left = [
        "RÉPUBLIQUE DU TCHAD",
        "Unité - Travail - Progrès",
        "- - - - - - -",
        "MINISTÈRE DE L'ADMINISTRATION",
        "DU TERRITOIRE ET DE LA",
        "DÉCENTRALISATION",
        "- - - - - - -",
        "PROVINCE DU " + p["province"],
        "COMMUNE DE " + p["commune"],
        "CENTRE D'ÉTAT CIVIL PRINCIPAL",
    ]
    for i, t in enumerate(left):
        c.setFont("SerifB" if i in (0, 3, 4, 5) else "Serif", 9)
        c.drawCentredString(45 * MM, H - 18 * MM - i * 4.4 * MM, t)
    c.setFont("Serif", 9)
    c.drawString(130 * MM, H - 22 * MM, "Acte N°")
    c.setFont("Courier", 11)
    c.drawString(145 * MM, H - 22 * MM, p["acte_no"])
    c.setFont("SerifB", 16)
    c.drawCentredString(W / 2, H - 75 * MM, "ACTE DE NAISSANCE")
    c.setFont("SerifI", 10)
    c.drawCentredString(W / 2, H - 81 * MM, "(Copie intégrale)")
    rows = [
        ("L'an", p["year_words"]),
        ("Le", p["day_words"]),
        ("à", p["hour"]),
        ("est né(e) à", p["commune_birth"]),
        ("Nom", p["surname"]),
        ("Prénoms", p["given"]),
        ("Sexe", p["sex_word"]),
        ("Fils / Fille de", p["father"]),
        ("Profession", p["father_job"]),
        ("Et de", p["mother"]),
        ("Profession", p["mother_job"]),
        ("Domiciliés à", p["parents_home"]),
        ("Dressé le", p["drawn"]),
        ("Sur la déclaration de", p["declarant"]),
    ]
    y = H - 96 * MM
    for lab, val in rows:
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Serif", 10.5)
        c.drawString(22 * MM, y, lab)
        _dots(c, 60 * MM, y, 188 * MM)
        c.setFillColorRGB(0.12, 0.12, 0.16)
        c.setFont("Courier", 11)
        c.drawString(62 * MM + rng.uniform(-1, 1), y + 1.2 + rng.uniform(-0.4, 0.4), val)
        y -= 9.2 * MM
    c.setFont("Serif", 10)
    c.drawString(22 * MM, y - 4 * MM, "Mentions marginales : Néant.")
    c.setFont("SerifB", 10)
    c.drawString(105 * MM, y - 16 * MM, "POUR COPIE CERTIFIÉE CONFORME")
    c.setFont("Serif", 10)
    c.drawString(105 * MM, y - 22 * MM, "Délivrée à " + p["commune"] + ", le")
    c.setFont("Courier", 11)
    c.drawString(156 * MM, y - 22 * MM, p["copy_date"])
    c.setFont("Serif", 10)
    c.drawString(112 * MM, y - 29 * MM, "L'Officier d'État Civil")
    round_stamp(c, 128 * MM, y - 48 * MM, 17 * MM, "COMMUNE DE " + p["commune"], "ÉTAT\nCIVIL", rng)
    signature(c, 130 * MM, y - 55 * MM, 42 * MM, 18 * MM, rng, color=(0.1, 0.1, 0.35))
    c.setFont("Courier", 10)
    c.drawString(118 * MM, y - 62 * MM, p["officer"])
    c.showPage()
    return finish(c, buf)


def ecuador_partida(p: dict, rng) -> bytes:
    c, buf = new_pdf()
    guilloche(c, 12 * MM, 20 * MM, W - 24 * MM, H - 40 * MM, rng, (0.9, 0.93, 0.96), n=60)
    c.setFillColorRGB(0.85, 0.7, 0.05)
    c.rect(12 * MM, H - 14 * MM, W - 24 * MM, 2.2 * MM, fill=1, stroke=0)
    c.setFillColorRGB(0.05, 0.2, 0.55)
    c.rect(12 * MM, H - 15.6 * MM, W - 24 * MM, 1.2 * MM, fill=1, stroke=0)
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(12 * MM, H - 16.4 * MM, W - 24 * MM, 0.8 * MM, fill=1, stroke=0)
    c.setFillColorRGB(0.1, 0.15, 0.3)
    c.setFont("OpenB", 12)
    c.drawString(18 * MM, H - 26 * MM, "REPÚBLICA DEL ECUADOR")
    c.setFont("Open", 8.5)
    c.drawString(
        18 * MM, H - 31 * MM, "DIRECCIÓN GENERAL DE REGISTRO CIVIL, IDENTIFICACIÓN Y CEDULACIÓN"
    )
    c.setFont("OpenB", 15)
    c.drawCentredString(W / 2, H - 46 * MM, "PARTIDA DE NACIMIENTO")
    c.setFont("Open", 8.5)
    c.drawCentredString(W / 2, H - 51 * MM, "COPIA ÍNTEGRA")
    c.setFont("Open", 8.5)
    y = H - 62 * MM
    reg = [("AÑO", p["year"]), ("TOMO", p["tomo"]), ("PÁGINA", p["pagina"]), ("ACTA", p["acta"])]
    for i, (lab, val) in enumerate(reg):
        x = 18 * MM + i * 44 * MM
        c.setStrokeColorRGB(0.5, 0.55, 0.65)
        c.rect(x, y - 3 * MM, 40 * MM, 9 * MM)
        c.setFont("Open", 6.5)
        c.drawString(x + 2 * MM, y + 3.5 * MM, lab)
        c.setFont("OpenB", 9)
        c.drawString(x + 2 * MM, y - 1.5 * MM, val)
    sections = [
        ("DATOS DEL INSCRITO", p["child"]),
        ("DATOS DEL PADRE", p["father"]),
        ("DATOS DE LA MADRE", p["mother"]),
        ("DATOS DE LA INSCRIPCIÓN", p["inscription"]),
    ]
    y -= 14 * MM
    for title, rows in sections:
        c.setFillColorRGB(0.05, 0.2, 0.45)
        c.rect(18 * MM, y, W - 36 * MM, 5.5 * MM, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("OpenB", 8)
        c.drawString(20 * MM, y + 1.6 * MM, title)
        y -= 6.5 * MM
        for lab, val in rows:
            c.setFillColorRGB(0.3, 0.3, 0.35)
            c.setFont("Open", 7.5)
            c.drawString(20 * MM, y, lab + ":")
            c.setFillColorRGB(0.05, 0.05, 0.08)
            fit_text(c, 75 * MM, y, val, "OpenB", 8.5, 115 * MM)
            y -= 5.6 * MM
        y -= 3 * MM
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Open", 7.5)
    text_block(
        c,
        18 * MM,
        y - 2 * MM,
        [
            "Certifico que la presente es fiel copia de su original que reposa en los archivos",
            "de la Dirección General de Registro Civil, Identificación y Cedulación.",
            "Lugar y fecha de emisión: " + p["issued"],
        ],
        "Open",
        7.5,
    )
    signature(c, 120 * MM, y - 34 * MM, 45 * MM, 16 * MM, rng, color=(0.1, 0.12, 0.3))
    c.setFont("OpenB", 8)
    c.drawCentredString(143 * MM, y - 37 * MM, p["registrar"])
    c.setFont("Open", 7)
    c.drawCentredString(143 * MM, y - 41 * MM, "REGISTRADOR CIVIL")
    round_stamp(c, 75 * MM, y - 28 * MM, 15 * MM, "REGISTRO CIVIL ECUADOR", "QUITO", rng)
    c.setFont("Mono", 6.5)
    c.drawString(18 * MM, 22 * MM, "Código de verificación: " + p["verif"])
    c.showPage()
    return finish(c, buf)


def nepal_cert(p: dict, rng) -> bytes:
    """Birth registration certificate (English version) with a verso of legalisation stamps."""
    c, buf = new_pdf()
    c.setStrokeColorRGB(0.6, 0.1, 0.1)
    c.setLineWidth(2)
    c.rect(12 * MM, 12 * MM, W - 24 * MM, H - 24 * MM)
    c.setLineWidth(0.6)
    c.rect(14 * MM, 14 * MM, W - 28 * MM, H - 28 * MM)
    c.setFillColorRGB(0.55, 0.05, 0.05)
    c.setFont("Free", 8)
    c.drawString(20 * MM, H - 22 * MM, "Schedule - 12 (Related to Rule 7)")
    c.setFont("FreeB", 13)
    c.drawCentredString(W / 2, H - 30 * MM, "नेपाल सरकार")
    c.setFont("SerifB", 12)
    c.drawCentredString(W / 2, H - 36 * MM, "Government of Nepal")
    c.setFont("Serif", 10)
    c.drawCentredString(
        W / 2, H - 41 * MM, "Ministry of Federal Affairs and General Administration"
    )
    c.drawCentredString(W / 2, H - 46 * MM, "Department of National ID and Civil Registration")
    c.setFont("SerifB", 10)
    c.drawCentredString(W / 2, H - 52 * MM, "Office of the Local Registrar")
    c.setFont("Serif", 10)
    c.drawCentredString(W / 2, H - 57 * MM, p["office"])
    c.setFont("SerifB", 16)
    c.drawCentredString(W / 2, H - 70 * MM, "BIRTH REGISTRATION CERTIFICATE")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Serif", 10)
    c.drawString(22 * MM, H - 82 * MM, "Registration No.: " + p["reg_no"])
    c.drawRightString(W - 22 * MM, H - 82 * MM, "Date of Registration: " + p["reg_date"])
    c.setFont("SerifI", 10)
    text_block(
        c,
        22 * MM,
        H - 92 * MM,
        [
            "This is to certify that the following birth has been registered in this office",
            "in accordance with the Act Relating to National Identity Card and Civil Registration.",
        ],
        "SerifI",
        10,
    )
    y = H - 108 * MM
    for i, (lab, val) in enumerate(p["rows"]):
        c.setFont("Serif", 10.5)
        c.drawString(22 * MM, y, f"{i + 1}.  {lab}")
        c.drawString(88 * MM, y, ":")
        c.setFont("SerifB", 10.5)
        c.drawString(92 * MM, y, val)
        y -= 8 * MM
    signature(c, 128 * MM, 44 * MM, 45 * MM, 16 * MM, rng, color=(0.1, 0.1, 0.4))
    c.setFont("Serif", 10)
    c.line(125 * MM, 42 * MM, 185 * MM, 42 * MM)
    c.drawCentredString(155 * MM, 37 * MM, p["registrar"])
    c.drawCentredString(155 * MM, 32 * MM, "Local Registrar")
    round_stamp(c, 60 * MM, 52 * MM, 17 * MM, p["stamp_outer"], "WARD\nNo. 10", rng)
    c.showPage()
    # verso: legalisation chain (no apostille: Nepal is not a Hague Convention party)
    c.setFillColorRGB(0.97, 0.97, 0.95)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    rect_stamp(
        c,
        25 * MM,
        H - 85 * MM,
        [
            "GOVERNMENT OF NEPAL",
            "MINISTRY OF FOREIGN AFFAIRS",
            "DEPARTMENT OF CONSULAR SERVICES",
            "TRIPURESHWOR, KATHMANDU",
            "ATTESTED",
            "Signature & seal of the Local Registrar attested",
            "Regd. No. " + p["mofa_no"] + "   Date: " + p["mofa_date"],
        ],
        rng,
        color=(0.1, 0.2, 0.55),
        size=8,
    )
    signature(c, 60 * MM, H - 108 * MM, 38 * MM, 14 * MM, rng, color=(0.1, 0.1, 0.45))
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Serif", 9)
    c.drawString(55 * MM, H - 112 * MM, "Section Officer")
    rect_stamp(
        c,
        85 * MM,
        H - 190 * MM,
        [
            "AMBASSADE DE FRANCE AU NÉPAL",
            "Vu pour légalisation de la signature de",
            p["mofa_officer"] + ", Section Officer,",
            "Ministère des Affaires étrangères du Népal, apposée ci-contre.",
            "Katmandou, le " + p["emb_date"],
            "N° " + p["emb_no"] + "      Droits perçus : 20 000 NPR",
            "Pour l'Ambassadeur et par délégation,",
        ],
        rng,
        color=(0.45, 0.1, 0.45),
        size=8,
    )
    signature(c, 120 * MM, H - 215 * MM, 40 * MM, 15 * MM, rng, color=(0.15, 0.1, 0.4))
    round_stamp(c, 100 * MM, H - 210 * MM, 15 * MM, "AMBASSADE DE FRANCE", "KATMANDOU", rng)
    c.showPage()
    return finish(c, buf)


def kosovo_extract(p: dict, rng) -> bytes:
    c, buf = new_pdf()
    guilloche(c, 15 * MM, 15 * MM, W - 30 * MM, H - 30 * MM, rng, (0.88, 0.9, 0.96), n=70)
    c.setFillColorRGB(0.1, 0.2, 0.5)
    for i, t in enumerate(["Republika e Kosovës", "Republika Kosovo - Republic of Kosovo"]):
        c.setFont("CaladeaB" if i == 0 else "Caladea", 12 if i == 0 else 10)
        c.drawCentredString(W / 2, H - 25 * MM - i * 5.5 * MM, t)
    c.setFont("Caladea", 9)
    c.drawCentredString(W / 2, H - 37 * MM, "Komuna / Opština / Municipality: " + p["municipality"])
    c.drawCentredString(
        W / 2,
        H - 42 * MM,
        "Zyra e Gjendjes Civile / Kancelarija Matične Službe / Civil Status Office",
    )
    c.setFont("CaladeaB", 14)
    c.drawCentredString(W / 2, H - 55 * MM, "EKSTRAKT I REGJISTRIT TË LINDJEVE")
    c.setFont("Caladea", 10)
    c.drawCentredString(W / 2, H - 61 * MM, "IZVOD IZ MATIČNE KNJIGE ROĐENIH")
    c.drawCentredString(W / 2, H - 66 * MM, "EXTRACT FROM THE REGISTER OF BIRTHS")
    c.setFont("Caladea", 8.5)
    c.drawString(20 * MM, H - 75 * MM, "Nr. / Br. / No.: " + p["no"])
    c.drawRightString(W - 20 * MM, H - 75 * MM, "Formulari / Obrazac / Form: LC-04")
    y = H - 82 * MM
    c.setStrokeColorRGB(0.3, 0.35, 0.55)
    c.setLineWidth(0.5)
    for lab, val in p["rows"]:
        c.rect(20 * MM, y - 9 * MM, 80 * MM, 9 * MM)
        c.rect(100 * MM, y - 9 * MM, W - 120 * MM, 9 * MM)
        c.setFillColorRGB(0.2, 0.25, 0.4)
        parts = lab.split(" / ")
        c.setFont("Caladea", 7)
        c.drawString(22 * MM, y - 3.6 * MM, " / ".join(parts[:2]))
        c.setFont("Caladea", 6.5)
        c.drawString(22 * MM, y - 7.2 * MM, " / ".join(parts[2:]))
        c.setFillColorRGB(0.05, 0.05, 0.1)
        fit_text(c, 103 * MM, y - 5.8 * MM, val, "Mono", 9.5, W - 126 * MM)
        y -= 9 * MM
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Caladea", 8.5)
    c.drawString(
        20 * MM, y - 8 * MM, "Vendi dhe data e lëshimit / Mesto i datum izdavanja / Place and"
    )
    c.drawString(20 * MM, y - 12 * MM, "date of issue: " + p["issued"])
    c.drawString(125 * MM, y - 20 * MM, "Zyrtari / Službenik / Officer")
    signature(c, 125 * MM, y - 42 * MM, 45 * MM, 17 * MM, rng, color=(0.05, 0.1, 0.4))
    c.setFont("Caladea", 9)
    c.drawString(125 * MM, y - 46 * MM, p["officer"])
    round_stamp(
        c, 75 * MM, y - 38 * MM, 16 * MM, "KOMUNA E " + p["municipality"].upper(), "ZGJC", rng
    )
    c.showPage()
    return finish(c, buf)


APOSTILLE_LABELS = {
    "es": [
        "País / Country:",
        "El presente documento público / This public document",
        "ha sido firmado por / has been signed by",
        "quien actúa en calidad de / acting in the capacity of",
        "y está revestido del sello / timbre de / bears the seal / stamp of",
        "en / at",
        "el día / the",
        "por / by",
        "bajo el número / No",
        "Sello / timbre:",
        "Firma / Signature:",
    ],
    "sq": [
        "Shteti / Country:",
        "Ky dokument publik / This public document",
        "është nënshkruar nga / has been signed by",
        "në cilësinë e / acting in the capacity of",
        "mban vulën / bears the seal / stamp of",
        "në / at",
        "më / the",
        "nga / by",
        "nën numrin / No",
        "Vula / Seal:",
        "Nënshkrimi / Signature:",
    ],
}


def apostille(a: dict, rng) -> bytes:
    """Hague model apostille: 10 numbered items, bilingual labels."""
    c, buf = new_pdf()
    L = APOSTILLE_LABELS[a["lang"]]
    x0, top = 30 * MM, H - 30 * MM
    bw, bh = W - 60 * MM, 178 * MM
    c.setStrokeColorRGB(0.1, 0.1, 0.1)
    c.setLineWidth(1.2)
    c.rect(x0, top - bh, bw, bh)
    c.setFont("SerifB", 20)
    c.drawCentredString(W / 2, top - 13 * MM, "APOSTILLE")
    c.setFont("SerifI", 9.5)
    c.drawCentredString(W / 2, top - 19 * MM, "(Convention de La Haye du 5 octobre 1961)")
    c.setFont("Serif", 10)
    y = top - 30 * MM
    vals = a["values"]

    def line(num, label, val, yy, x=x0 + 6 * MM):
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Serif", 9.5)
        s = f"{num}. {label} " if num else label + " "
        c.drawString(x, yy, s)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c.setFillColorRGB(0.05, 0.05, 0.25)
        fit_text(c, x + stringWidth(s, "Serif", 9.5), yy, val, "Mono", 9.5, bw - 10 * MM)

    line(1, L[0], vals[0], y)
    y -= 8 * MM
    c.setFont("Serif", 9.5)
    c.drawString(x0 + 6 * MM, y, L[1])
    y -= 8 * MM
    line(2, L[2], "", y)
    y -= 5.5 * MM
    line(None, "", vals[1], y, x0 + 12 * MM)
    y -= 8 * MM
    line(3, L[3], "", y)
    y -= 5.5 * MM
    line(None, "", vals[2], y, x0 + 12 * MM)
    y -= 8 * MM
    line(4, L[4], "", y)
    y -= 5.5 * MM
    line(None, "", vals[3], y, x0 + 12 * MM)
    y -= 9 * MM
    c.setFont("SerifB", 10)
    c.drawCentredString(W / 2, y, "Certifié / Certified")
    y -= 9 * MM
    line(5, L[5], vals[4], y)
    line(6, L[6], vals[5], y, x0 + 85 * MM)
    y -= 8 * MM
    line(7, L[7], "", y)
    y -= 5.5 * MM
    line(None, "", vals[6], y, x0 + 12 * MM)
    y -= 8 * MM
    line(8, L[8], vals[7], y)
    y -= 10 * MM
    line(9, L[9], "", y)
    line(10, L[10], "", y, x0 + 85 * MM)
    round_stamp(c, x0 + 38 * MM, y - 17 * MM, 15 * MM, a["stamp"], a["stamp_c"], rng)
    signature(c, x0 + 92 * MM, y - 28 * MM, 40 * MM, 18 * MM, rng, color=(0.1, 0.1, 0.4))
    if a.get("code"):
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont("Mono", 7)
        c.drawString(x0, top - bh - 6 * MM, a["code"])
    c.showPage()
    return finish(c, buf)


def sworn_translation(t: dict, rng) -> bytes:
    c, buf = new_pdf()
    c.setFillColorRGB(*INK_BLACK)
    text_block(c, 20 * MM, H - 20 * MM, t["translator"], "Arial", 9)
    c.setFont("ArialB", 11)
    c.drawCentredString(W / 2, H - 50 * MM, "TRADUCTION DE L'ESPAGNOL")
    c.setFont("Arial", 8.5)
    c.drawCentredString(W / 2, H - 55 * MM, "[Armoiries] RÉPUBLIQUE DE L'ÉQUATEUR")
    c.drawCentredString(
        W / 2, H - 59 * MM, "DIRECTION GÉNÉRALE DE L'ÉTAT CIVIL, DE L'IDENTIFICATION ET DES CARTES"
    )
    c.setFont("ArialB", 11)
    c.drawCentredString(W / 2, H - 67 * MM, "ACTE DE NAISSANCE - COPIE INTÉGRALE")
    y = H - 80 * MM
    for lab, val in t["rows"]:
        c.setFont("Arial", 9.5)
        c.drawString(22 * MM, y, lab)
        c.setFont("ArialB", 9.5)
        c.drawString(80 * MM, y, val)
        y -= 6.4 * MM
    y -= 4 * MM
    for para in t["tail"]:
        c.setFont("Arial", 9)
        c.drawString(22 * MM, y, para)
        y -= 5.2 * MM
    c.setFont("ArialB", 9.5)
    y -= 6 * MM
    c.drawString(
        22 * MM, y, "Traduction certifiée conforme à l'original rédigé en langue espagnole."
    )
    c.setFont("Arial", 9.5)
    c.drawString(22 * MM, y - 6 * MM, t["place_date"] + "   —   N° de répertoire : " + t["rep"])
    round_stamp(c, 150 * MM, y - 35 * MM, 18 * MM, t["stamp"], "ESPAGNOL\nFRANÇAIS", rng)
    signature(c, 112 * MM, y - 48 * MM, 42 * MM, 16 * MM, rng, color=(0.1, 0.1, 0.45))
    hand(c, 30 * MM, y - 40 * MM, "Page 1/1", rng, font="Hand3", size=11)
    c.showPage()
    return finish(c, buf)
