"""French documents: bills, lease, hosting attestation, payslip, contract, RIBs, app screens."""

from __future__ import annotations

import io

from docs_id import d_words, dmy
from PIL import Image, ImageDraw, ImageFont
from render import TTF, draw_pil, hand_text, new_canvas, signature_image
from reportlab.lib.colors import Color

A4 = (595.27, 841.89)


def _money(v):
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


def bill_bouygues(b, rng):
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    navy = Color(0.0, 0.18, 0.42)
    c.setFillColor(navy)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Lato-B", 20)
    c.drawString(40, H - 45, "BOUYGUES")
    c.setFont("Lato", 11)
    c.drawString(40, H - 60, "TELECOM")
    c.setFont("Lato", 9)
    c.drawRightString(W - 40, H - 40, f"Facture n° {b['number']}")
    c.drawRightString(W - 40, H - 53, f"du {dmy(b['issue'])}")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lato", 9.5)
    y = H - 120
    for ln in [b["holder"].upper(), *b["address_lines"]]:
        c.drawString(330, y, ln)
        y -= 13
    c.setFont("Lato", 8.5)
    c.drawString(40, H - 120, f"Compte client : {b['account']}")
    c.drawString(40, H - 133, f"Ligne Bbox : {b['line']}")
    c.setFont("Lato-B", 15)
    c.drawString(40, H - 215, "Votre facture")
    c.setFont("Lato", 10)
    c.drawString(40, H - 232, f"Période du {dmy(b['start'])} au {dmy(b['end'])}")
    c.setFillColorRGB(0.93, 0.95, 0.98)
    c.rect(40, H - 330, W - 80, 80, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lato", 10)
    c.drawString(55, H - 275, "Montant à payer")
    c.setFont("Lato-B", 22)
    c.drawString(55, H - 305, _money(b["amount"]))
    c.setFont("Lato", 9)
    c.drawString(300, H - 275, f"Prélevé le {dmy(b['debit'])}")
    c.drawString(300, H - 290, "sur le compte FR76 **** **** **** **** ***8 12")
    y = H - 370
    c.setFont("Lato-B", 10)
    c.drawString(40, y, "Détail de vos consommations et abonnements")
    y -= 18
    rows = [
        ("Bbox fit - Abonnement mensuel", b["amount"] - 3.0),
        ("Location décodeur TV", 3.0),
        ("Communications vers fixes et mobiles (incluses)", 0.0),
    ]
    c.setFont("Lato", 9)
    for lab, v in rows:
        c.drawString(50, y, lab)
        c.drawRightString(W - 50, y, _money(v))
        y -= 15
    c.line(40, y + 5, W - 40, y + 5)
    c.setFont("Lato-B", 9)
    c.drawString(50, y - 8, "Total TTC (dont TVA 20 %)")
    c.drawRightString(W - 50, y - 8, _money(b["amount"]))
    c.setFont("Lato", 6.5)
    c.drawString(
        40, 40, "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Paris"
    )
    c.drawString(40, 31, "37-39 rue Boissière 75116 Paris - Service client 1064")
    c.showPage()
    c.save()
    return buf.getvalue()


def bill_orange(b, rng):
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    c.setFillColorRGB(1, 0.47, 0)
    c.rect(40, H - 80, 42, 42, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Sans-B", 9)
    c.drawString(44, H - 74, "orange")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Sans-B", 17)
    c.drawString(100, H - 60, "Votre facture Livebox")
    c.setFont("Sans", 9)
    c.drawString(100, H - 75, f"{d_words(b['issue'])} - facture n° {b['number']}")
    c.setFont("Sans", 9.5)
    y = H - 135
    for ln in [b["holder"], *b["address_lines"]]:
        c.drawString(320, y, ln)
        y -= 13
    c.setFont("Sans", 8)
    c.drawString(40, H - 135, f"n° client : {b['account']}")
    c.drawString(40, H - 147, f"n° de ligne fixe : {b['line']}")
    c.drawString(40, H - 159, f"titulaire du contrat : {b['holder']}")
    c.setLineWidth(2)
    c.setStrokeColorRGB(1, 0.47, 0)
    c.line(40, H - 230, W - 40, H - 230)
    c.setFont("Sans-B", 11)
    c.drawString(40, H - 250, "montant total de votre facture")
    c.drawRightString(W - 40, H - 250, _money(b["amount"]))
    c.setFont("Sans", 9)
    c.drawString(40, H - 265, f"sera prélevé à partir du {dmy(b['debit'])}")
    y = H - 310
    c.setFont("Sans-B", 10)
    c.drawString(40, y, f"abonnements et forfaits du {dmy(b['start'])} au {dmy(b['end'])}")
    c.setFont("Sans", 9)
    for lab, v in [("Livebox Fibre", b["amount"] - 5), ("Décodeur TV UHD", 5.0)]:
        y -= 16
        c.drawString(50, y, lab)
        c.drawRightString(W - 40, y, _money(v))
    c.setFont("Sans", 6.5)
    c.drawString(
        40,
        35,
        "Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres 75015 Paris - 380 129 866 RCS Paris",
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def lease(L, rng, hand_sign=True):
    """Bail d'habitation (loi n° 89-462 du 6 juillet 1989), local vide: first and last page."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    c.setFont("Serif-B", 14)
    c.drawCentredString(W / 2, H - 60, "CONTRAT DE LOCATION")
    c.setFont("Serif", 9.5)
    c.drawCentredString(W / 2, H - 75, "Locaux vides à usage d'habitation principale")
    c.drawCentredString(W / 2, H - 87, "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989)")
    y = H - 125
    blocks = [
        ("I. DÉSIGNATION DES PARTIES", None),
        ("Le présent contrat est conclu entre les soussignés :", None),
        (f"{L['landlord']}, demeurant {L['landlord_address']},", None),
        ("désigné(e) ci-après « le bailleur » ;", None),
        ("et", None),
        (" et ".join(L["tenants_printed"]) + ",", "b"),
        ("désigné(s) ci-après « le locataire ».", None),
        ("II. OBJET DU CONTRAT", None),
        (f"Adresse du logement : {L['address']}", "b"),
        (
            f"Type d'habitat : immeuble collectif - {L['rooms']} - surface habitable : {L['surface']} m²",
            None,
        ),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", None),
        (f"A. Date de prise d'effet du contrat : {dmy(L['start'])}", "b"),
        ("B. Durée du contrat : trois ans (bailleur personne physique)", None),
        ("IV. CONDITIONS FINANCIÈRES", None),
        (
            f"Loyer mensuel hors charges : {_money(L['rent'])} - Provision sur charges : {_money(L['charges'])}",
            None,
        ),
        ("Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.", None),
        (f"Dépôt de garantie : {_money(L['rent'])}", None),
    ]
    for txt, st in blocks:
        if txt.startswith(("I", "V")) and txt.split(".")[0] in ("I", "II", "III", "IV"):
            y -= 8
            c.setFont("Serif-B", 10.5)
        else:
            c.setFont("Serif-B" if st else "Serif", 10)
        c.drawString(60, y, txt)
        y -= 17
    c.setFont("Serif", 8)
    c.drawCentredString(W / 2, 35, "Page 1/6")
    c.showPage()
    c.setFont("Serif-B", 10.5)
    c.drawString(60, H - 70, "XI. SIGNATURES")
    c.setFont("Serif", 10)
    c.drawString(60, H - 95, f"Fait et signé à {L['city']}, le {dmy(L['signed'])}, en 2 originaux.")
    c.drawString(80, H - 130, "Le bailleur")
    c.drawString(330, H - 130, "Le(s) locataire(s)")
    c.setFont("Serif-I", 8.5)
    c.drawString(80, H - 143, "« Lu et approuvé »")
    c.drawString(330, H - 143, "« Lu et approuvé »")
    if hand_sign:
        draw_pil(c, signature_image(L["landlord"].split()[-1], rng), 70, H - 230, 140)
        for i, t in enumerate(L["tenant_sig"]):
            draw_pil(c, signature_image(t, rng), 320, H - 230 - i * 70, 140)
    c.setFont("Serif", 8)
    c.drawCentredString(W / 2, 35, "Page 6/6")
    c.showPage()
    c.save()
    return buf.getvalue()


def hosting_attestation(a, rng):
    """Handwritten attestation d'hébergement on plain paper."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    hf = a.get("font", "Hand1")
    col = (0.1, 0.1, 0.35)
    hand_text(c, W - 220, H - 70, f"{a['city']}, le {dmy(a['signed'])}", rng, hf, 13, col)
    hand_text(c, W / 2 - 110, H - 130, "Attestation d'hébergement", rng, hf, 18, col)
    lines = a["lines"]
    y = H - 185
    for ln in lines:
        hand_text(c, 60 + rng.uniform(-3, 3), y, ln, rng, hf, 13, col)
        y -= 27
    if a.get("signed", True):
        draw_pil(c, signature_image(a["sig"], rng, color=(25, 25, 90)), W - 250, y - 110, 160)
    c.showPage()
    c.save()
    return buf.getvalue()


def payslip(s, rng):
    """Bulletin de paie clarifié (décret 2016), simplified."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    c.setFont("Carlito-B", 14)
    c.drawString(40, H - 50, "BULLETIN DE PAIE")
    c.setFont("Carlito", 9)
    c.drawString(
        40,
        H - 64,
        f"Période du {dmy(s['start'])} au {dmy(s['end'])}   Paiement le {dmy(s['paid'])}",
    )
    c.rect(40, H - 150, 250, 72)
    c.setFont("Carlito-B", 10)
    c.drawString(48, H - 92, s["employer"])
    c.setFont("Carlito", 8.5)
    for i, ln in enumerate(
        [*s["employer_address"], f"SIRET : {s['siret']}", f"Code NAF : {s['naf']}"]
    ):
        c.drawString(48, H - 105 - i * 11, ln)
    c.rect(320, H - 150, W - 360, 72)
    c.setFont("Carlito-B", 10)
    c.drawString(328, H - 92, s["employee"])
    c.setFont("Carlito", 8.5)
    for i, ln in enumerate(
        [*s["employee_address"], f"Emploi : {s['job']}", f"Entrée le {dmy(s['hired'])}"]
    ):
        c.drawString(328, H - 105 - i * 11, ln)
    y = H - 180
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.rect(40, y - 4, W - 80, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Carlito-B", 8.5)
    for x, t in [
        (45, "Éléments de paie"),
        (300, "Base"),
        (370, "Taux"),
        (450, "Part salarié"),
        (520, "Part employeur"),
    ]:
        c.drawString(x, y, t)
    gross = s["gross"]
    rows = [
        ("Salaire de base", f"{s['hours']:.2f}", f"{gross / s['hours']:.4f}", _money(gross), ""),
        ("SANTÉ", "", "", "", ""),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            _money(gross),
            "",
            "",
            _money(gross * 0.07),
        ),
        ("Complémentaire Santé", _money(gross), "", _money(28.4), _money(28.4)),
        ("RETRAITE", "", "", "", ""),
        (
            "Sécurité sociale plafonnée",
            _money(gross),
            "6,900",
            _money(gross * 0.069),
            _money(gross * 0.0855),
        ),
        (
            "Complémentaire Tranche 1",
            _money(gross),
            "4,010",
            _money(gross * 0.0401),
            _money(gross * 0.0601),
        ),
        ("ASSURANCE CHÔMAGE", _money(gross), "", "", _money(gross * 0.0405)),
        (
            "CSG déductible de l'impôt sur le revenu",
            _money(gross * 0.9825),
            "6,800",
            _money(gross * 0.0668),
            "",
        ),
        ("CSG/CRDS non déductible", _money(gross * 0.9825), "2,900", _money(gross * 0.0285), ""),
    ]
    c.setFont("Carlito", 8)
    for r in rows:
        y -= 14
        bold = r[1] == ""
        c.setFont("Carlito-B" if bold else "Carlito", 8)
        c.drawString(45, y, r[0])
        for x, t in zip((300, 370, 450, 520), r[1:]):
            c.drawString(x, y, t)
    y -= 30
    c.setFont("Carlito-B", 10)
    c.drawString(45, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
    c.drawRightString(W - 45, y, _money(s["net_before_tax"]))
    y -= 16
    c.setFont("Carlito", 9)
    c.drawString(
        45, y, f"Impôt sur le revenu prélevé à la source - taux personnalisé {s['pas_rate']} %"
    )
    c.drawRightString(W - 45, y, "-" + _money(s["net_before_tax"] - s["net"]))
    y -= 24
    c.setFillColorRGB(0.85, 0.92, 1)
    c.rect(40, y - 8, W - 80, 22, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Carlito-B", 12)
    c.drawString(45, y, "NET PAYÉ")
    c.drawRightString(W - 45, y, _money(s["net"]))
    c.setFont("Carlito", 7)
    c.drawString(
        40,
        40,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans limitation de durée.",
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def contract(k, rng):
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    c.setFont("Caladea-B", 15)
    c.drawCentredString(W / 2, H - 60, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE")
    c.setFont("Caladea", 10)
    y = H - 100
    paras = [
        "ENTRE LES SOUSSIGNÉS :",
        f"La société {k['employer']}, {k['form']} au capital de {k['capital']}, dont le siège social",
        f"est situé {k['employer_address']}, immatriculée sous le SIRET {k['siret']},",
        f"représentée par {k['rep']}, en sa qualité de {k['rep_title']},",
        "ci-après dénommée « l'Employeur », d'une part,",
        "ET :",
        f"{k['employee_printed']}, né(e) le {dmy(k['dob'])} à {k['pob']}, de nationalité {k['nat']},",
        f"demeurant {k['address']},",
        "ci-après dénommé(e) « le Salarié », d'autre part.",
        "",
        "Article 1 - Engagement et motif",
        f"Le Salarié est engagé à compter du {dmy(k['start'])} pour une durée déterminée de {k['months']} mois,",
        f"soit jusqu'au {dmy(k['end'])}, pour accroissement temporaire d'activité (art. L. 1242-2 C. trav.).",
        "Article 2 - Fonctions",
        f"Le Salarié exercera les fonctions de {k['job']}, statut employé, niveau {k['level']}",
        f"de la convention collective {k['ccn']}.",
        "Article 3 - Période d'essai",
        "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux semaines.",
        "Article 4 - Rémunération",
        f"Le Salarié percevra une rémunération brute mensuelle de {_money(k['gross'])} pour 35 heures",
        "hebdomadaires.",
    ]
    for p in paras:
        c.setFont("Caladea-B" if p.startswith(("Article", "ENTRE", "ET :")) else "Caladea", 10)
        c.drawString(55, y, p)
        y -= 16 if p else 8
    y -= 20
    c.drawString(55, y, f"Fait à {k['city']}, le {dmy(k['signed'])}, en deux exemplaires.")
    y -= 30
    c.drawString(70, y, "L'Employeur")
    c.drawString(350, y, "Le Salarié")
    draw_pil(c, signature_image(k["rep"].split()[-1], rng), 60, y - 90, 130)
    draw_pil(c, signature_image(k["sig"], rng), 340, y - 90, 130)
    c.setFont("Caladea", 8)
    c.drawCentredString(W / 2, 35, "Paraphes : ____ / ____")
    c.showPage()
    c.save()
    return buf.getvalue()


def rib_pdf(r, rng):
    """A4 RIB as banks let you download it (LCL / Crédit Mutuel style)."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    col = Color(*r["color"])
    c.setFillColor(col)
    c.setFont("Sans-B", 18)
    c.drawString(40, H - 60, r["bank"])
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Sans-B", 12)
    c.drawString(40, H - 100, r.get("title", "Relevé d'Identité Bancaire"))
    c.setFont("Sans", 8.5)
    c.drawString(
        40,
        H - 114,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
    )
    y = H - 150
    c.setStrokeColor(col)
    c.rect(40, y - 160, W - 80, 170)
    c.setFont("Sans", 8)
    c.drawString(50, y - 8, "Titulaire du compte")
    c.setFont("Sans-B", 10)
    for i, ln in enumerate([r["holder"], *r["holder_address"]]):
        c.drawString(50, y - 22 - i * 12, ln)
    c.setFont("Sans", 8)
    c.drawString(320, y - 8, "Domiciliation")
    c.setFont("Sans", 9)
    for i, ln in enumerate(r["branch"]):
        c.drawString(320, y - 22 - i * 12, ln)
    y -= 85
    heads = [("Code banque", 50), ("Code guichet", 125), ("N° de compte", 205), ("Clé RIB", 320)]
    c.setFont("Sans", 8)
    for t, x in heads:
        c.drawString(x, y, t)
    c.setFont("Mono-B", 10)
    ib = r["iban"]
    for v, x in [(ib[4:9], 50), (ib[9:14], 125), (ib[14:25], 205), (ib[25:27], 320)]:
        c.drawString(x, y - 14, v)
    y -= 40
    c.setFont("Sans", 8)
    c.drawString(50, y, "IBAN (International Bank Account Number)")
    c.drawString(380, y, "BIC (Bank Identifier Code)")
    c.setFont("Mono-B", 11)
    c.drawString(50, y - 15, " ".join(ib[i : i + 4] for i in range(0, len(ib), 4)))
    c.drawString(380, y - 15, r["bic"])
    c.showPage()
    c.save()
    return buf.getvalue()


def screenshot_n26(r, rng):
    W, H = 1170, 2532
    img = Image.new("RGB", (W, H), (250, 250, 250))
    d = ImageDraw.Draw(img)
    f = lambda n, b=False: ImageFont.truetype(TTF["Open-B" if b else "Open"], n)  # noqa: E731
    d.text((60, 40), r["time"], font=f(44, True), fill=(0, 0, 0))
    d.text((W - 230, 40), "5G  87%", font=f(40), fill=(0, 0, 0))
    d.text((60, 200), "<", font=f(70), fill=(30, 30, 30))
    d.text((W // 2 - 180, 210), "Coordonnées bancaires", font=f(48, True), fill=(20, 20, 20))
    d.rounded_rectangle((60, 380, W - 60, 1500), 40, fill=(255, 255, 255), outline=(230, 230, 230))
    y = 440
    for lab, val in [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", " ".join(r["iban"][i : i + 4] for i in range(0, len(r["iban"]), 4))),
        ("BIC", r["bic"]),
        ("Banque", r["bank_line"]),
        ("Adresse de la banque", r["bank_address"]),
    ]:
        d.text((110, y), lab, font=f(38), fill=(120, 120, 120))
        d.text((110, y + 55), val, font=f(46, True), fill=(15, 15, 15))
        y += 200
    d.rounded_rectangle((60, 1600, W - 60, 1760), 80, fill=(54, 161, 139))
    d.text((W // 2 - 230, 1650), "Partager les détails", font=f(50, True), fill=(255, 255, 255))
    d.rounded_rectangle((60, 1800, W - 60, 1960), 80, outline=(54, 161, 139), width=4)
    d.text((W // 2 - 240, 1850), "Télécharger le RIB (PDF)", font=f(46, True), fill=(54, 161, 139))
    d.rounded_rectangle((W // 2 - 200, H - 30, W // 2 + 200, H - 18), 6, fill=(20, 20, 20))
    return img


def screenshot_bbox(b, rng):
    W, H = 1170, 2532
    img = Image.new("RGB", (W, H), (244, 246, 250))
    d = ImageDraw.Draw(img)
    f = lambda n, bd=False: ImageFont.truetype(TTF["Lato-B" if bd else "Lato"], n)  # noqa: E731
    d.rectangle((0, 0, W, 420), fill=(0, 46, 107))
    d.text((60, 40), b["time"], font=f(44, True), fill=(255, 255, 255))
    d.text((60, 200), "Espace Client", font=f(62, True), fill=(255, 255, 255))
    d.text((60, 290), "Mes factures - Bbox fit", font=f(42), fill=(200, 215, 240))
    d.rounded_rectangle((50, 470, W - 50, 1500), 30, fill=(255, 255, 255))
    y = 520
    rows = [
        ("Facture du", dmy(b["issue"])),
        ("N° de facture", b["number"]),
        ("Titulaire", b["holder"]),
        ("Adresse", b["address_lines"][0]),
        ("", b["address_lines"][1]),
        ("Période", f"du {dmy(b['start'])} au {dmy(b['end'])}"),
        ("Montant", _money(b["amount"])),
        ("Statut", f"Prélevée le {dmy(b['debit'])}"),
    ]
    for lab, val in rows:
        if lab:
            d.text((100, y), lab, font=f(38), fill=(110, 110, 120))
        d.text((460, y), val, font=f(40, True), fill=(10, 10, 30))
        y += 115
    d.rounded_rectangle((50, 1580, W - 50, 1740), 80, fill=(0, 120, 200))
    d.text((W // 2 - 250, 1630), "Télécharger la facture", font=f(50, True), fill=(255, 255, 255))
    return img
