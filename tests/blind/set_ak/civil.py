"""Civil documents: birth certificates, apostille, Cerfa 15763 form, hosting attestation."""

from __future__ import annotations

import random

from common import Pdf, fr, signature, stamp, text, wrap
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

W, H = A4
INK = (0.08, 0.12, 0.42)


def _dots(c, x, y, lab, val, width, lf="times", vf="hand2", vs=12, ls=10.5):
    text(c, x, y, lab, lf, ls)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lw = stringWidth(lab, lf, ls) + 4
    c.setDash(1, 2)
    c.setLineWidth(0.5)
    c.line(x + lw, y - 1.5, x + width, y - 1.5)
    c.setDash()
    text(c, x + lw + 6, y + 1, val, vf, vs, INK)


def birth_mali(b: dict, rng: random.Random) -> bytes:
    """Extrait d'acte de naissance, Mali: pre-printed form, values written by hand."""
    pdf = Pdf(A4, "extrait")
    c = pdf.c
    for i, s in enumerate(
        ["RÉGION DE SÉGOU", "CERCLE DE SÉGOU", "COMMUNE URBAINE DE SÉGOU", "CENTRE PRINCIPAL"]
    ):
        text(c, 22 * mm, H - 20 * mm - i * 5 * mm, s, "times-b", 9)
    text(c, W - 45 * mm, H - 20 * mm, "RÉPUBLIQUE DU MALI", "times-b", 11, anchor="c")
    text(c, W - 45 * mm, H - 25 * mm, "Un Peuple - Un But - Une Foi", "times-i", 9, anchor="c")
    text(c, 22 * mm, H - 44 * mm, "D'ÉTAT CIVIL DE SÉGOU", "times-b", 9)
    c.setLineWidth(1.2)
    c.rect(40 * mm, H - 66 * mm, W - 80 * mm, 12 * mm)
    text(c, W / 2, H - 62 * mm, "EXTRAIT D'ACTE DE NAISSANCE", "times-b", 15, anchor="c")
    _dots(c, 22 * mm, H - 78 * mm, "N°", b["act_no"], 50 * mm)
    _dots(c, 80 * mm, H - 78 * mm, "Année", str(b["act_year"]), 40 * mm)
    y = H - 94 * mm
    rows = [
        ("Le (date de naissance en chiffres)", fr(b["dob"])),
        ("En lettres", b["dob_words"]),
        ("À (heure)", b["hour"]),
        ("Est né(e) à", b["pob"]),
        ("Prénom(s)", b["given"]),
        ("Nom", b["surname"]),
        ("Sexe", b["sex_word"]),
        ("Fils ou fille de (père)", b["father"]),
        ("Profession", b["father_job"]),
        ("Et de (mère)", b["mother"]),
        ("Profession", b["mother_job"]),
        ("Domicile des parents", b["parents_home"]),
        ("Acte dressé le", b["drawn"]),
        ("Sur déclaration de", b["declarant"]),
    ]
    for lab, val in rows:
        _dots(c, 22 * mm, y, lab + " :", val, W - 44 * mm)
        y -= 10.5 * mm
    text(c, W - 30 * mm, y - 8 * mm, f"Délivré pour extrait conforme à {b['issued_at']},", "times",
         10.5, anchor="r")  # fmt: skip
    text(c, W - 30 * mm, y - 14 * mm, f"le {fr(b['issued_on'])}", "hand2", 12, INK, "r")
    text(c, W - 55 * mm, y - 22 * mm, "L'Officier de l'État Civil", "times-b", 10.5, anchor="c")
    signature(c, W - 75 * mm, y - 38 * mm, rng, 45 * mm, INK)
    stamp(c, W - 95 * mm, y - 34 * mm, 16 * mm,
          ["MAIRIE DE SÉGOU", "ÉTAT CIVIL", "MALI"], (0.3, 0.25, 0.6), -12)  # fmt: skip
    text(c, W - 55 * mm, y - 46 * mm, b["officer"], "hand2", 11, INK, "c")
    return pdf.bytes()


def birth_drc(b: dict, rng: random.Random) -> bytes:
    """Acte de naissance, DR Congo, typed narrative, with legalisation stamps on page 2."""
    pdf = Pdf(A4, "acte de naissance")
    c = pdf.c
    hdr = [
        "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
        "VILLE-PROVINCE DE KINSHASA",
        f"COMMUNE DE {b['commune'].upper()}",
        "BUREAU DE L'ÉTAT CIVIL",
    ]
    for i, s in enumerate(hdr):
        text(c, W / 2, H - 18 * mm - i * 5.5 * mm, s, "serif-b", 10.5, anchor="c")
    c.setFillColorRGB(0.0, 0.5, 0.85)
    c.rect(W / 2 - 12 * mm, H - 48 * mm, 24 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.95, 0.85, 0.1)
    c.circle(W / 2 - 7 * mm, H - 37 * mm, 2 * mm, stroke=0, fill=1)
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(4)
    c.line(W / 2 - 12 * mm, H - 48 * mm, W / 2 + 12 * mm, H - 34 * mm)
    text(c, W / 2, H - 60 * mm, "ACTE DE NAISSANCE", "serif-b", 16, anchor="c")
    text(c, W / 2, H - 67 * mm, f"N° {b['act_no']}  —  Volume {b['volume']}  —  Folio {b['folio']}",
         "serif", 10, anchor="c")  # fmt: skip
    body = (
        f"L'an {b['drawn_words']}, devant Nous, {b['officer']}, Officier de l'État Civil de la "
        f"Commune de {b['commune']}, a comparu {b['declarant']}, lequel nous a déclaré que le "
        f"{b['dob_words']}, est née à {b['pob']}, un enfant de sexe féminin, nommé "
        f"{b['surname']} {b['given']}, fille de {b['father']}, né à {b['father_pob']}, "
        f"de nationalité congolaise, {b['father_job']}, et de {b['mother']}, née à "
        f"{b['mother_pob']}, de nationalité congolaise, {b['mother_job']}, tous deux "
        f"domiciliés {b['parents_home']}. Lecture de l'acte faite, le comparant a signé avec Nous."
    )
    y = wrap(c, 22 * mm, H - 84 * mm, body, W - 44 * mm, "serif", 10.5, 16)
    y -= 6 * mm
    text(c, 22 * mm, y, "Nom de l'enfant :", "serif", 10)
    text(c, 62 * mm, y, f"{b['surname']} {b['given']}", "serif-b", 10)
    text(c, 22 * mm, y - 6 * mm, "Date de naissance :", "serif", 10)
    text(c, 62 * mm, y - 6 * mm, fr(b["dob"]), "serif-b", 10)
    text(c, 22 * mm, y - 12 * mm, "Lieu de naissance :", "serif", 10)
    text(c, 62 * mm, y - 12 * mm, b["pob"], "serif-b", 10)
    text(c, 30 * mm, y - 30 * mm, "Le Comparant", "serif", 10)
    signature(c, 28 * mm, y - 42 * mm, rng, 30 * mm, (0.1, 0.1, 0.1))
    text(c, W - 30 * mm, y - 30 * mm, "L'Officier de l'État Civil", "serif", 10, anchor="r")
    signature(c, W - 80 * mm, y - 44 * mm, rng, 40 * mm, INK)
    stamp(c, W - 60 * mm, y - 44 * mm, 15 * mm, ["COMMUNE DE", b["commune"].upper(), "ÉTAT CIVIL"],
          (0.2, 0.3, 0.6), 8)  # fmt: skip
    text(c, W - 30 * mm, y - 58 * mm, b["officer"], "serif-b", 10, anchor="r")
    text(c, 22 * mm, 20 * mm, f"Pour copie certifiée conforme, Kinshasa le {fr(b['issued_on'])}",
         "serif", 9.5)  # fmt: skip
    pdf.next()
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.setStrokeColorRGB(0.45, 0.1, 0.45)
    c.setLineWidth(1.5)
    c.saveState()
    c.translate(30 * mm, H - 120 * mm)
    c.rotate(4)
    c.rect(0, 0, 95 * mm, 55 * mm)
    lines = [
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
        "ET INTÉGRATION RÉGIONALE",
        "Vu pour légalisation de la signature de",
        f"M. {b['officer']}",
        "Officier de l'État Civil",
        f"Kinshasa, le {fr(b['legal1'])}",
    ]
    for i, s in enumerate(lines):
        text(c, 4 * mm, 48 * mm - i * 6.5 * mm, s, "sans-b" if i < 2 else "sans", 8.5,
             (0.45, 0.1, 0.45))  # fmt: skip
    signature(c, 50 * mm, 5 * mm, rng, 35 * mm, (0.2, 0.1, 0.3))
    c.restoreState()
    stamp(c, 140 * mm, H - 95 * mm, 16 * mm, ["RDC", "MIN. AFF. ÉTR.", "LÉGALISATION"],
          (0.45, 0.1, 0.45), 15)  # fmt: skip
    c.saveState()
    c.translate(75 * mm, H - 200 * mm)
    c.rotate(-3)
    c.setStrokeColorRGB(0.1, 0.2, 0.6)
    c.rect(0, 0, 100 * mm, 50 * mm)
    lines = [
        "AMBASSADE DE FRANCE EN R.D. CONGO",
        "SERVICE CONSULAIRE",
        "Vu pour légalisation de la signature",
        "et de la qualité de l'agent du MAE congolais",
        f"Kinshasa, le {fr(b['legal2'])}   N° {b['legal_no']}",
    ]
    for i, s in enumerate(lines):
        text(c, 4 * mm, 43 * mm - i * 6.5 * mm, s, "sans-b" if i < 2 else "sans", 8.5,
             (0.1, 0.2, 0.6))  # fmt: skip
    signature(c, 55 * mm, 5 * mm, rng, 35 * mm, (0.1, 0.2, 0.6))
    c.restoreState()
    return pdf.bytes()


def birth_madagascar(b: dict, rng: random.Random) -> bytes:
    """Kopia / copie d'acte de naissance, Madagascar, bilingual Malagasy-French."""
    pdf = Pdf(A4, "kopia")
    c = pdf.c
    text(c, W / 2, H - 18 * mm, "REPOBLIKAN'I MADAGASIKARA", "times-b", 13, anchor="c")
    text(c, W / 2, H - 23 * mm, "Fitiavana - Tanindrazana - Fandrosoana", "times-i", 10, anchor="c")
    for i, s in enumerate(
        [
            "FARITRA ANALAMANGA",
            "DISTRIKA ANTANANARIVO RENIVOHITRA",
            "KAOMININA ANTANANARIVO RENIVOHITRA",
            f"BORIBORITANY FAHA-{b['arr']}",
        ]
    ):
        text(c, 20 * mm, H - 36 * mm - i * 4.6 * mm, s, "times", 8.5)
    text(c, W - 20 * mm, H - 36 * mm, f"Laharana / N° {b['act_no']}", "times-b", 10, anchor="r")
    text(c, W / 2, H - 64 * mm, "KOPIAN'NY SORA-PAHATERAHANA", "times-b", 14, anchor="c")
    text(c, W / 2, H - 70 * mm, "COPIE D'ACTE DE NAISSANCE", "times-i", 11, anchor="c")
    rows = [
        ("Anarana / Nom", b["surname"]),
        ("Fanampin'anarana / Prénoms", b["given"]),
        ("Lahy sa vavy / Sexe", "Lahy / Masculin"),
        ("Daty nahaterahana / Date de naissance", b["dob_words"]),
        ("Toerana nahaterahana / Lieu de naissance", b["pob"]),
        ("Ray / Père", b["father"]),
        ("Reny / Mère", b["mother"]),
    ]
    y = H - 86 * mm
    c.setLineWidth(0.6)
    for lab, val in rows:
        c.rect(20 * mm, y - 3 * mm, W - 40 * mm, 10 * mm)
        text(c, 23 * mm, y, lab, "times", 9.5)
        text(c, 92 * mm, y, val, "times-b", 10.5)
        y -= 10 * mm
    body = (
        f"Natao ny {b['drawn_words_mg']}, araka ny fanambarana nataon'i {b['declarant']}. "
        f"Dressé le {b['drawn_fr']}, sur la déclaration de {b['declarant']}, qui a signé avec "
        f"Nous, {b['officer']}, Mpiandraikitra ny sora-piankohonana / Officier de l'état civil."
    )
    y = wrap(c, 20 * mm, y - 8 * mm, body, W - 40 * mm, "times", 10, 14)
    text(
        c, 20 * mm, y - 4 * mm, "Fanamarihana / Mentions marginales : Tsy misy / Néant", "times", 10
    )
    text(c, W - 20 * mm, y - 22 * mm, "Kopia manaraka ny boky / Pour copie conforme",
         "times-i", 10, anchor="r")  # fmt: skip
    text(c, W - 20 * mm, y - 28 * mm, f"Antananarivo, faha-{fr(b['issued_on'])}", "times", 10,
         anchor="r")  # fmt: skip
    signature(c, W - 70 * mm, y - 48 * mm, rng, 40 * mm, INK)
    stamp(c, W - 90 * mm, y - 44 * mm, 17 * mm, ["KAOMININA", "ANTANANARIVO", "RENIVOHITRA"],
          (0.1, 0.35, 0.25), -6)  # fmt: skip
    text(c, W - 20 * mm, y - 56 * mm, b["officer"], "times-b", 10, anchor="r")
    c.setFillColorRGB(0.9, 0.35, 0.1)
    c.rect(W - 45 * mm, 20 * mm, 25 * mm, 14 * mm, stroke=0, fill=1)
    text(c, W - 32.5 * mm, 28 * mm, "HAJIA", "sans-b", 8, (1, 1, 1), "c")
    text(c, W - 32.5 * mm, 23 * mm, "1 000 Ar", "sans-b", 8, (1, 1, 1), "c")
    return pdf.bytes()


def _qr(c, x, y, data, size):
    w = QrCodeWidget(data)
    b = w.getBounds()
    d = Drawing(size, size, transform=[size / (b[2] - b[0]), 0, 0, size / (b[3] - b[1]), 0, 0])
    d.add(w)
    renderPDF.draw(d, c, x, y)


def birth_bangladesh(b: dict, rng: random.Random) -> bytes:
    """Online Birth Registration Certificate (English version), Bangladesh."""
    pdf = Pdf(A4, "birth registration")
    c = pdf.c
    c.setStrokeColorRGB(0.0, 0.42, 0.31)
    c.setLineWidth(3)
    c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm)
    c.setFillColorRGB(0.0, 0.42, 0.31)
    c.circle(W / 2, H - 30 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.85, 0.1, 0.2)
    c.circle(W / 2 - 1 * mm, H - 30 * mm, 4.5 * mm, stroke=0, fill=1)
    text(c, W / 2, H - 47 * mm, "Government of the People's Republic of Bangladesh", "times-b", 12,
         anchor="c")  # fmt: skip
    text(c, W / 2, H - 53 * mm, "Office of the Registrar, Birth and Death Registration", "times",
         10.5, anchor="c")  # fmt: skip
    text(c, W / 2, H - 58 * mm, b["office"], "times", 10.5, anchor="c")
    text(c, W / 2, H - 63 * mm, "(Rule 9, 10)", "times", 9, anchor="c")
    text(c, W / 2, H - 74 * mm, "Birth Registration Certificate", "times-b", 17, anchor="c")
    _qr(c, 20 * mm, H - 60 * mm, f"https://bdris.gov.bd/certificate/verify?key={b['brn']}", 24 * mm)
    y = H - 88 * mm
    text(c, 20 * mm, y, "Date of Registration", "times", 10)
    text(c, 20 * mm, y - 5 * mm, fr(b["registered"]), "times-b", 10)
    text(c, W / 2, y, "Birth Registration Number", "times", 10, anchor="c")
    text(c, W / 2, y - 5 * mm, b["brn"], "times-b", 12, anchor="c")
    text(c, W - 20 * mm, y, "Date of Issuance", "times", 10, anchor="r")
    text(c, W - 20 * mm, y - 5 * mm, fr(b["issued_on"]), "times-b", 10, anchor="r")
    rows = [
        ("Date of Birth", fr(b["dob"]), "Sex", "Female"),
        ("In Word", b["dob_words"], None, None),
        ("Name", b["name"], None, None),
        ("Place of Birth", b["pob"], None, None),
        ("Mother", b["mother"], "Mother's Nationality", "Bangladeshi"),
        ("Father", b["father"], "Father's Nationality", "Bangladeshi"),
        ("Permanent Address", b["address"], None, None),
    ]
    y -= 20 * mm
    for l1, v1, l2, v2 in rows:
        text(c, 20 * mm, y, l1, "times", 10.5)
        text(c, 58 * mm, y, ":  " + v1, "times-b", 10.5)
        if l2:
            text(c, 122 * mm, y, l2, "times", 10.5)
            text(c, 160 * mm, y, ":  " + v2, "times-b", 10.5)
        y -= 9 * mm
    signature(c, 25 * mm, y - 18 * mm, rng, 35 * mm, (0.1, 0.1, 0.1))
    text(c, 20 * mm, y - 26 * mm, "Seal & Signature", "times", 9.5)
    text(c, 20 * mm, y - 31 * mm, "Assistant to Registrar", "times", 9.5)
    text(c, 20 * mm, y - 36 * mm, "(Preparation, Verification)", "times", 9.5)
    signature(c, W - 65 * mm, y - 18 * mm, rng, 35 * mm, (0.1, 0.1, 0.1))
    text(c, W - 20 * mm, y - 26 * mm, "Seal & Signature", "times", 9.5, anchor="r")
    text(c, W - 20 * mm, y - 31 * mm, "Registrar", "times", 9.5, anchor="r")
    text(c, W - 20 * mm, y - 36 * mm, "(Birth and Death Registration)", "times", 9.5, anchor="r")
    stamp(c, W - 60 * mm, y - 20 * mm, 14 * mm, ["REGISTRAR", "SYLHET CITY", "CORPORATION"],
          (0.35, 0.15, 0.55), 10)  # fmt: skip
    text(c, W / 2, 16 * mm, "This certificate is generated from bdris.gov.bd, and to verify this "
         "certificate, please scan the above QR Code.", "times-i", 8, anchor="c")  # fmt: skip
    return pdf.bytes()


def apostille(a: dict, rng: random.Random) -> bytes:
    """Hague Convention model apostille, 10 numbered items."""
    pdf = Pdf(A4, "apostille")
    c = pdf.c
    x0, y0, bw, bh = 30 * mm, H - 160 * mm, W - 60 * mm, 130 * mm
    c.setLineWidth(1.4)
    c.rect(x0, y0, bw, bh)
    text(c, W / 2, y0 + bh - 12 * mm, "APOSTILLE", "times-b", 20, anchor="c")
    text(c, W / 2, y0 + bh - 19 * mm, "(Convention de La Haye du 5 octobre 1961)", "times-i", 10,
         anchor="c")  # fmt: skip
    items = [
        ("1.", "Country:", a["country"]),
        (None, "This public document", None),
        ("2.", "has been signed by", a["doc_signer"]),
        ("3.", "acting in the capacity of", a["doc_capacity"]),
        ("4.", "bears the seal/stamp of", a["doc_seal"]),
        (None, "Certified", None),
        ("5.", "at", a["place"]),
        ("6.", "the", a["date_print"]),
        ("7.", "by", a["authority"]),
        ("8.", "No", a["number"]),
        ("9.", "Seal/stamp:", ""),
        ("10.", "Signature:", a["signed_by"]),
    ]
    y = y0 + bh - 32 * mm
    for num, lab, val in items:
        if num is None:
            text(c, W / 2, y, lab, "times-b", 11, anchor="c")
        else:
            text(c, x0 + 6 * mm, y, num, "times", 10.5)
            text(c, x0 + 14 * mm, y, lab, "times", 10.5)
            if val:
                text(c, x0 + 58 * mm, y, val, "times-b", 10.5)
        y -= 8.2 * mm
    stamp(c, x0 + 40 * mm, y0 + 18 * mm, 14 * mm, ["MINISTRY OF", "FOREIGN AFFAIRS", "BANGLADESH"],
          (0.1, 0.3, 0.2), -8)  # fmt: skip
    signature(c, x0 + 85 * mm, y0 + 14 * mm, rng, 40 * mm, (0.1, 0.1, 0.4))
    _qr(
        c, W - 55 * mm, y0 - 30 * mm, f"https://mofa.gov.bd/apostille/verify/{a['number']}", 22 * mm
    )
    text(c, x0, y0 - 12 * mm, "Verify this apostille online with the number above.", "times-i", 8.5)
    return pdf.bytes()
