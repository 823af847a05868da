"""Money and housing pieces: bills, lease, hosting attestation, RIB, payslip, contract."""

from common import finish, fr_date, fr_words, group4, hand_text, new_canvas, signature

BRANDS = {
    "EDF": (
        (0.0, 0.33, 0.6),
        (1.0, 0.45, 0.0),
        "EDF SA - 22-30 avenue de Wagram 75008 Paris - RCS Paris 552 081 317",
    ),
    "TotalEnergies": (
        (0.85, 0.1, 0.15),
        (0.1, 0.3, 0.7),
        "TotalEnergies Électricité et Gaz "
        "France - 2bis rue Louis Armand 75015 Paris - RCS 542 107 651",
    ),
    "Free": (
        (0.8, 0.0, 0.0),
        (0.2, 0.2, 0.2),
        "Free - SAS au capital de 3 441 812 € - 8 rue de "
        "la Ville l'Évêque 75008 Paris - RCS Paris 421 938 861",
    ),
    "Engie": (
        (0.0, 0.6, 0.85),
        (0.0, 0.3, 0.5),
        "ENGIE - 1 place Samuel de Champlain 92400 Courbevoie - RCS Nanterre 542 107 651",
    ),
}


def _money(v):
    return ("%.2f" % v).replace(".", ",") + " €"


def bill(b, seed):
    """One monthly bill (energy or internet), two-tone supplier layout."""
    c, buf = new_canvas()
    main, acc, legal = BRANDS[b["provider"]]
    c.setFillColorRGB(*main)
    c.rect(40, 770, 120, 45, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("SansB", 20 if len(b["provider"]) < 6 else 12)
    c.drawString(50, 785, b["provider"] if b["provider"] != "Free" else "free")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 14)
    c.drawString(190, 795, b["title"])
    c.setFont("Sans", 8.5)
    c.drawString(190, 780, "Facture du %s  -  N° %s" % (fr_date(b["issue_date"]), b["number"]))
    c.drawString(190, 768, "Référence client : %s" % b["client_ref"])
    c.setFont("Sans", 9)
    c.drawString(340, 715, b["holder_print"])
    for i, ln in enumerate(b["address_lines"]):
        c.drawString(340, 702 - 13 * i, ln)
    c.setFillColorRGB(*[0.9 + 0.1 * v for v in main])
    c.rect(40, 600, 270, 110, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 10)
    c.drawString(50, 690, "Montant à payer")
    c.setFont("SansB", 22)
    c.setFillColorRGB(*acc)
    c.drawString(50, 660, _money(b["amount"]))
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Sans", 8.5)
    c.drawString(50, 640, "prélevé le %s sur votre compte" % fr_date(b["debit_date"]))
    c.drawString(
        50, 626, "Période : du %s au %s" % (fr_date(b["period_start"]), fr_date(b["period_end"]))
    )
    c.drawString(50, 612, b["site_line"])
    c.setFont("SansB", 10)
    c.drawString(40, 570, "Détail de votre facture")
    c.setLineWidth(0.5)
    c.line(40, 565, 555, 565)
    y = 548
    for lb, amt in b["lines"]:
        c.setFont("Sans", 8.5)
        c.drawString(45, y, lb)
        c.drawRightString(550, y, _money(amt))
        y -= 15
    c.line(40, y + 5, 555, y + 5)
    c.setFont("SansB", 9)
    c.drawString(45, y - 10, "Total TTC")
    c.drawRightString(550, y - 10, _money(b["amount"]))
    c.setFont("Sans", 6.5)
    c.drawString(40, 60, legal)
    c.drawString(40, 50, "Service client : %s" % b["phone"])
    # 2D-Doc-like square
    c.setFillColorRGB(0, 0, 0)
    n = 22
    for i in range(n):
        for j in range(n):
            if i == 0 or j == 0 or (i == n - 1 and j % 2 == 0) or (j == n - 1 and i % 2 == 0):
                c.rect(480 + i * 2.6, 90 + j * 2.6, 2.6, 2.6, stroke=0, fill=1)
            elif (i * 31 + j * 17 + seed * 7 + i * j * 3) % 5 < 2:
                c.rect(480 + i * 2.6, 90 + j * 2.6, 2.6, 2.6, stroke=0, fill=1)
    return finish(c, buf)


def lease(L, seed):
    """Contrat de location de logement vide (loi n° 89-462 du 6 juillet 1989), 2 pages."""
    c, buf = new_canvas()
    c.setFont("LibSB", 14)
    c.drawCentredString(297, 800, "CONTRAT DE LOCATION")
    c.setFont("LibS", 9.5)
    c.drawCentredString(
        297, 785, "Logement %s - Soumis au titre Ier bis de la loi du 6 juillet 1989" % L["kind"]
    )
    c.setFont("LibSB", 10.5)
    c.drawString(50, 750, "I. DÉSIGNATION DES PARTIES")
    y = 730
    c.setFont("LibS", 9.5)
    lines = [
        "Le présent contrat est conclu entre les soussignés :",
        "%s, demeurant %s," % (L["landlord"], L["landlord_addr"]),
        "désigné(e) ci-après « le bailleur » ;",
        "et %s," % " et ".join(L["tenants_print"]),
        "désigné(e)(s) ci-après « le(s) locataire(s) ».",
        "",
        "#II. OBJET DU CONTRAT",
        "Adresse du logement : %s" % L["address"],
        "Type d'habitat : immeuble collectif - Régime juridique : copropriété",
        "Surface habitable : %s m²  -  Nombre de pièces principales : %s"
        % (L["surface"], L["rooms"]),
        "",
        "#III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
        "A. Date de prise d'effet du contrat : %s" % fr_date(L["start"]),
        "B. Durée du contrat : %s" % L["duration"],
        "",
        "#IV. CONDITIONS FINANCIÈRES",
        "Montant du loyer mensuel : %s € hors charges" % L["rent"],
        "Provision sur charges : %s € par mois" % L["charges"],
        "Modalité de paiement : mensuel, à échoir, le 5 de chaque mois",
        "",
        "#V. GARANTIES",
        "Dépôt de garantie : %s €" % L["rent"],
    ]
    for ln in lines:
        c.setFont("LibSB" if ln.startswith("#") else "LibS", 10.5 if ln.startswith("#") else 9.5)
        c.drawString(50, y, ln.lstrip("#"))
        y -= 15
    c.setFont("LibS", 7)
    c.drawRightString(545, 40, "Paraphes : ")
    hand_text(c, 548, 40, L["initials"], font="Hand3", size=9, seed=seed)
    c.showPage()
    c.setFont("LibSB", 10.5)
    c.drawString(50, 790, "VI. CLAUSES PARTICULIÈRES - ANNEXES")
    c.setFont("LibS", 9.5)
    y = 770
    for ln in [
        "Annexes : diagnostic de performance énergétique, état des lieux d'entrée,",
        "notice d'information, règlement de copropriété (extraits).",
        "",
        "Fait en deux exemplaires originaux, à %s, le %s." % (L["city"], fr_date(L["signed"])),
    ]:
        c.drawString(50, y, ln)
        y -= 15
    c.drawString(70, 680, "Le bailleur")
    c.drawString(350, 680, "Le(s) locataire(s)")
    c.setFont("LibS", 8)
    c.drawString(70, 668, "« Lu et approuvé »")
    c.drawString(350, 668, "« Lu et approuvé »")
    signature(c, 70, 610, 110, 35, seed + 1)
    signature(c, 350, 610, 110, 35, seed + 2)
    return finish(c, buf)


def attestation(a, seed):
    """Handwritten attestation d'hébergement on lined paper."""
    c, buf = new_canvas()
    c.setStrokeColorRGB(0.7, 0.8, 0.95)
    c.setLineWidth(0.4)
    for i in range(40):
        c.line(0, 770 - i * 19, 595, 770 - i * 19)
    c.setStrokeColorRGB(0.95, 0.6, 0.6)
    c.line(70, 0, 70, 842)
    font = a.get("font", "Hand2")
    rows = [(200, "Attestation d'hébergement", 20)] + [(80, ln, 15) for ln in a["lines"]]
    y = 774
    for k, (x, ln, s) in enumerate(rows):
        hand_text(c, x, y, ln, font=font, size=s, seed=seed + k, color=(0.05, 0.1, 0.35))
        y -= 38 if k == 0 else 19
    signature(c, 330, y - 50, 130, 40, seed + 50, color=(0.05, 0.1, 0.35))
    return finish(c, buf)


def rib_bnp(r, seed):
    c, buf = new_canvas()
    c.setFillColorRGB(0.0, 0.52, 0.36)
    c.rect(40, 780, 30, 30, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 13)
    c.drawString(80, 795, r["bank_name"])
    c.setFont("Sans", 11)
    c.drawString(40, 745, "Relevé d'Identité Bancaire")
    c.setFont("Sans", 8)
    c.drawString(40, 720, "Titulaire du compte")
    c.setFont("SansB", 9.5)
    for i, ln in enumerate(r["holder_lines"]):
        c.drawString(40, 706 - 12 * i, ln)
    c.setFont("Sans", 8)
    c.drawString(330, 720, "Domiciliation")
    c.setFont("Sans", 9)
    for i, ln in enumerate(r["branch_lines"]):
        c.drawString(330, 706 - 12 * i, ln)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.rect(40, 590, 515, 60)
    heads = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    for i, (h, v) in enumerate(heads):
        c.setFont("Sans", 7.5)
        c.drawString(50 + i * 125, 635, h)
        c.setFont("Mono", 10)
        c.drawString(50 + i * 125, 618, v)
    c.setFont("Sans", 8)
    c.drawString(40, 565, "IBAN (International Bank Account Number)")
    c.setFont("Mono", 11)
    c.drawString(40, 550, group4(r["iban"]))
    c.setFont("Sans", 8)
    c.drawString(40, 528, "BIC (Bank Identifier Code)")
    c.setFont("Mono", 11)
    c.drawString(40, 513, r["bic"])
    c.setFont("Sans", 6.5)
    c.drawString(
        40,
        480,
        "Ce relevé est destiné à être remis, sur leur demande, à vos "
        "créanciers ou débiteurs appelés à faire inscrire des opérations",
    )
    c.drawString(40, 471, "à votre compte (virements, prélèvements, paiement de quittances...).")
    c.drawString(40, 60, r["legal"])
    return finish(c, buf)


def rib_app(r, seed):
    """Phone banking-app screen 'Mon RIB' (drawn at 390 x 844 pt, rendered 3x)."""
    W, H = 390, 844
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(*r["app_color"])
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("SansB", 13)
    c.drawString(20, H - 22, "09:41")
    c.drawRightString(370, H - 22, "5G  82%")
    c.setFont("SansB", 20)
    c.drawString(20, H - 80, "Mes coordonnées bancaires")
    c.setFont("Sans", 12)
    c.drawString(20, H - 105, r["bank_name"])
    c.setFillColorRGB(0.1, 0.1, 0.12)
    y = H - 190
    for lb, v in (
        ("Titulaire", r["holder_lines"][0]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank"]),
        ("Guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ):
        c.setFont("Sans", 11)
        c.setFillColorRGB(0.45, 0.45, 0.5)
        c.drawString(20, y, lb)
        c.setFont("SansB" if lb != "IBAN" else "SansCB", 14)
        c.setFillColorRGB(0.1, 0.1, 0.12)
        c.drawString(20, y - 20, v)
        c.setStrokeColorRGB(0.9, 0.9, 0.92)
        c.line(20, y - 32, 370, y - 32)
        y -= 62
    c.setFillColorRGB(*r["app_color"])
    c.roundRect(20, 60, 350, 48, 24, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("SansB", 14)
    c.drawCentredString(195, 78, "Partager mon RIB")
    return finish(c, buf)


def payslip(s, seed):
    """Bulletin de paie clarifié (modèle 2018)."""
    c, buf = new_canvas()
    c.setFont("SansB", 13)
    c.drawString(40, 805, "BULLETIN DE PAIE")
    c.setFont("Sans", 8.5)
    c.drawString(40, 790, "Période du %s au %s" % (fr_date(s["from"]), fr_date(s["to"])))
    c.drawString(40, 778, "Paiement le %s par virement" % fr_date(s["paid"]))
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.rect(40, 680, 250, 85)
    c.setFont("SansB", 9)
    c.drawString(48, 752, s["employer"])
    c.setFont("Sans", 8)
    for i, ln in enumerate(s["employer_lines"]):
        c.drawString(48, 740 - 11 * i, ln)
    c.rect(305, 680, 250, 85)
    c.setFont("SansB", 9.5)
    c.drawString(313, 752, s["employee_print"])
    c.setFont("Sans", 8)
    for i, ln in enumerate(s["employee_lines"]):
        c.drawString(313, 740 - 11 * i, ln)
    y = 655
    c.setFillColorRGB(0.88, 0.9, 0.93)
    c.rect(40, y, 515, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 8)
    for x, h in (
        (45, "Éléments de paie"),
        (300, "Base"),
        (370, "Taux"),
        (440, "À déduire"),
        (500, "À payer"),
    ):
        c.drawString(x, y + 4, h)
    y -= 14
    c.setFont("Sans", 8)
    for lb, base, rate, ded, pay in s["rows"]:
        c.drawString(45, y, lb)
        for x, v in ((300, base), (370, rate), (440, ded), (500, pay)):
            if v:
                c.drawString(x, y, v)
        y -= 13
    y -= 10
    c.setFillColorRGB(0.88, 0.9, 0.93)
    c.rect(40, y - 4, 515, 30, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 10)
    c.drawString(45, y + 10, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
    c.drawRightString(550, y + 10, _money(s["net_before_tax"]))
    c.setFont("Sans", 8)
    c.drawString(
        45, y - 1, "Impôt sur le revenu prélevé à la source (taux personnalisé %s)" % s["pas_rate"]
    )
    c.drawRightString(550, y - 1, "-" + _money(s["pas"]))
    y -= 36
    c.setFont("SansB", 12)
    c.drawString(45, y, "NET PAYÉ")
    c.drawRightString(550, y, _money(s["net"]))
    c.setFont("Sans", 6.5)
    c.drawString(
        40,
        50,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
    )
    c.drawString(40, 40, "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr")
    return finish(c, buf)


def contract(k, seed):
    """Contrat de travail à durée indéterminée, 2 pages."""
    c, buf = new_canvas()
    c.setFont("LibB", 13)
    c.drawCentredString(297, 800, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
    y = 760
    for ln in k["lines"]:
        c.setFont("LibB" if ln.startswith("#") else "Lib", 10 if ln.startswith("#") else 9.2)
        c.drawString(55, y, ln.lstrip("#"))
        y -= 14
    c.showPage()
    c.setFont("Lib", 9.2)
    c.drawString(
        55, 790, "Fait en deux exemplaires, à %s, le %s." % (k["city"], fr_words(k["signed"]))
    )
    c.drawString(70, 740, "Pour la société")
    c.drawString(350, 740, "Le salarié")
    c.drawString(350, 728, "(« lu et approuvé, bon pour accord »)")
    signature(c, 70, 670, 110, 35, seed + 1)
    signature(c, 350, 670, 110, 35, seed + 2)
    return finish(c, buf)
