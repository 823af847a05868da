"""Money and housing pieces for set_cy: RIBs, app screen, bills, payslip, contracts, lease."""

from cy_core import Page, fr_date, fr_money, signature, width

# ------------------------------------------------------------------ RIB


def rib(r, rng):
    """Relevé d'identité bancaire on A4 (top third used), bank-specific style."""
    st = r["style"]
    pg = Page()
    col = st["color"]
    if st["logo"] == "bnp":
        pg.rect(15, 14, 9, 9, None, col)
        for i in range(4):
            pg.glyph(16.2 + i * 1.9, 21.3 - i * 1.7, "★", "dejavu", 5, (255, 255, 255), 0)
        pg.text(27, 21, "BNP PARIBAS", "sans-b", 15, col)
        pg.text(27, 25.5, "La banque d'un monde qui change", "sans-i", 7, (90, 90, 90))
    elif st["logo"] == "sg":
        pg.rect(15, 13, 10, 5, None, (226, 0, 26))
        pg.rect(15, 18, 10, 5, None, (0, 0, 0))
        pg.text(28, 20.5, "SOCIETE GENERALE", "sans-b", 14)
    else:
        pg.text(15, 21, st["name"], "sans-b", 15, col)
    pg.text(195, 20, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 11, (40, 40, 40), "r")
    pg.line(15, 30, 195, 30, col, 0.6)
    pg.para(
        15,
        37,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiement de quittances, etc.). Son utilisation vous garantit le bon enregistrement "
        "des opérations en cause.",
        180,
        "sans",
        7,
        3.2,
        (80, 80, 80),
    )
    y = 52
    pg.text(15, y, "Titulaire du compte", "sans", 7.5, (90, 90, 90))
    for i, ln in enumerate(r["holder_lines"]):
        pg.text(15, y + 5 + i * 4.6, ln, "sans-b" if i == 0 else "sans", 10)
    pg.text(112, y, "Domiciliation", "sans", 7.5, (90, 90, 90))
    for i, ln in enumerate(r["agency_lines"]):
        pg.text(112, y + 5 + i * 4.6, ln, "sans", 9)
    y = 82
    heads = ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    xs = [15, 45, 75, 130]
    ws = [30, 30, 55, 20]
    for x, w, h, v in zip(xs, ws, heads, vals):
        pg.rect(x, y, w, 7, (150, 150, 150), (240, 240, 240), 0.25)
        pg.rect(x, y + 7, w, 8, (150, 150, 150), None, 0.25)
        pg.text(x + w / 2, y + 4.8, h, "sans", 7.5, (60, 60, 60), "c")
        pg.text(x + w / 2, y + 12.7, v, "mono-b", 10.5, align="c")
    y = 104
    pg.text(15, y, "IBAN (International Bank Account Number)", "sans", 7.5, (90, 90, 90))
    pg.text(15, y + 6.5, r["iban_print"], "mono-b", 12.5)
    pg.text(135, y, "BIC (Bank Identifier Code)", "sans", 7.5, (90, 90, 90))
    pg.text(135, y + 6.5, r["bic"], "mono-b", 12.5)
    pg.line(15, 118, 195, 118, (190, 190, 190), 0.2, (2, 2))
    pg.text(15, 123, st.get("foot", ""), "sans", 6.5, (120, 120, 120))
    return pg


def app_rib_screen(s):
    """BoursoBank-style app screen, 1170 x 2532 px at 254 dpi (10 px/mm)."""
    pg = Page(117, 253.2, (246, 246, 250))
    pg.rect(0, 0, 117, 24, None, (28, 30, 58))
    pg.text(8, 6.2, "9:41", "roboto-m", 10, (255, 255, 255))
    pg.text(109, 6.2, "5G  84 %", "roboto-m", 8.5, (255, 255, 255), "r")
    pg.text(8, 18.5, "‹", "roboto-m", 20, (255, 255, 255))
    pg.text(58.5, 18, "RIB / IBAN", "roboto-b", 13, (255, 255, 255), "c")
    pg.rect(6, 32, 105, 30, None, (255, 255, 255))
    pg.text(12, 42, s["account_label"], "roboto-b", 11, (28, 30, 58))
    pg.text(12, 49, "N° " + s["account_masked"], "roboto", 9, (110, 110, 130))
    pg.text(12, 56.5, s["balance"], "roboto-m", 10, (40, 140, 90))
    y = 72
    pg.rect(6, y, 105, 118, None, (255, 255, 255))
    rows = [
        ("Titulaire du compte", s["holder"]),
        ("IBAN", s["iban_lines"][0]),
        ("", s["iban_lines"][1]),
        ("BIC", s["bic"]),
        ("Banque", s["bank_name"]),
        ("Domiciliation", s["dom"][0]),
        ("", s["dom"][1]),
    ]
    yy = y + 11
    for label, val in rows:
        if label:
            pg.text(12, yy, label, "roboto", 8.5, (120, 120, 140))
            yy += 6
        pg.text(12, yy, val, "roboto-m", 10.5 if label != "IBAN" else 11, (20, 20, 40))
        yy += 8.5
    pg.rect(6, 198, 50, 13, None, (229, 0, 120))
    pg.text(31, 206.3, "Partager mon RIB", "roboto-m", 9, (255, 255, 255), "c")
    pg.rect(61, 198, 50, 13, (229, 0, 120), (255, 255, 255), 0.4)
    pg.text(86, 206.3, "Copier l'IBAN", "roboto-m", 9, (229, 0, 120), "c")
    pg.rect(0, 232, 117, 21.2, None, (255, 255, 255))
    for i, lab in enumerate(["Accueil", "Comptes", "Virements", "Bourse", "Plus"]):
        pg.text(
            11.7 + i * 23.4,
            244,
            lab,
            "roboto",
            7.5,
            (229, 0, 120) if i == 1 else (130, 130, 140),
            "c",
        )
    pg.rect(41, 249, 35, 1.3, None, (20, 20, 20))
    return pg


# ------------------------------------------------------------------ bills


def bill_totalenergies(b):
    pg = Page()
    x = 15
    for i, (ch, colr) in enumerate(zip("TotalEnergies", [(237, 28, 36)] * 5 + [(0, 91, 170)] * 8)):
        x += pg.text(x, 22, ch, "sans-b", 17, colr)
    pg.text(15, 28, "TotalEnergies Électricité et Gaz France", "sans", 7.5, (90, 90, 90))
    pg.text(
        15,
        31.5,
        "2bis rue Louis Armand — 75015 Paris — SA au capital de 10 000 000 €",
        "sans",
        6.5,
        (120, 120, 120),
    )
    pg.rect(112, 12, 83, 28, (200, 200, 200), (247, 247, 247), 0.25)
    for i, ln in enumerate(b["holder_lines"]):
        pg.text(117, 20 + i * 5, ln, "sans-b" if i == 0 else "sans", 10)
    pg.text(15, 48, "Votre facture d'électricité", "sans-b", 14, (0, 60, 120))
    pg.text(15, 54, "Facture n° " + b["number"] + " du " + fr_date(b["issue"]), "sans", 9.5)
    pg.text(15, 59, "Référence client : " + b["client"], "sans", 9.5)
    pg.rect(15, 66, 180, 26, None, (232, 241, 250))
    pg.text(20, 74, "Montant total TTC de votre facture", "sans", 10)
    pg.text(190, 75, fr_money(b["amount"]) + " €", "sans-b", 18, (0, 60, 120), "r")
    pg.text(20, 82, "Sera prélevé le " + fr_date(b["debit"]) + " sur votre compte", "sans", 9)
    pg.text(
        20,
        88,
        "Période de consommation : du " + fr_date(b["start"]) + " au " + fr_date(b["end"]),
        "sans-b",
        9,
    )
    pg.text(15, 102, "Votre contrat", "sans-b", 11, (0, 60, 120))
    rows = [
        ("Titulaire du contrat", b["holder"]),
        ("Adresse de consommation", b["site"]),
        ("Offre", b["offer"]),
        ("Point de livraison (PDL)", b["pdl"]),
        ("Puissance souscrite", "6 kVA — Option Base"),
    ]
    y = 109
    for k, v in rows:
        pg.text(15, y, k, "sans", 9, (90, 90, 90))
        pg.text(75, y, v, "sans", 9.5)
        y += 6
    pg.text(15, y + 6, "Détail de votre facture", "sans-b", 11, (0, 60, 120))
    y += 13
    for k, v in b["lines"]:
        pg.line(15, y + 1.8, 195, y + 1.8, (220, 220, 220), 0.2)
        pg.text(15, y, k, "sans", 9)
        pg.text(195, y, fr_money(v) + " €", "sans", 9, align="r")
        y += 6.5
    pg.text(15, y + 2, "Total TTC", "sans-b", 10)
    pg.text(195, y + 2, fr_money(b["amount"]) + " €", "sans-b", 10, align="r")
    pg.para(
        15,
        268,
        "Service client : 09 70 80 69 69 (appel non surtaxé). En cas de litige, "
        "vous pouvez saisir le médiateur national de l'énergie (www.energie-mediateur.fr). "
        "Facture établie selon les relevés transmis par Enedis.",
        180,
        "sans",
        7,
        3.2,
        (110, 110, 110),
    )
    return pg


def bill_sfr(b):
    pg = Page()
    pg.rect(15, 12, 20, 14, None, (226, 0, 26))
    pg.text(25, 22.5, "SFR", "sans-b", 14, (255, 255, 255), "c")
    pg.text(40, 18, "Facture", "sans-b", 16)
    pg.text(40, 24, "SFR Fibre — Box", "sans", 9, (90, 90, 90))
    for i, ln in enumerate(b["holder_lines"]):
        pg.text(120, 40 + i * 5, ln, "sans-b" if i == 0 else "sans", 10)
    rows = [
        ("Date de facture", fr_date(b["issue"])),
        ("N° de facture", b["number"]),
        ("N° de compte client", b["client"]),
        ("Titulaire", b["holder"]),
        ("Ligne fixe", b["line"]),
    ]
    y = 40
    for k, v in rows:
        pg.text(15, y, k, "sans", 8.5, (90, 90, 90))
        pg.text(55, y, v, "sans-b", 9)
        y += 5.2
    pg.rect(15, 72, 180, 20, None, (245, 245, 245))
    pg.text(20, 80, "Montant à payer", "sans-b", 11)
    pg.text(20, 87, "Prélèvement automatique le " + fr_date(b["debit"]), "sans", 8.5)
    pg.text(190, 85, fr_money(b["amount"]) + " €", "sans-b", 18, (226, 0, 26), "r")
    pg.text(15, 104, "Récapitulatif de votre facture", "sans-b", 11)
    pg.text(
        15,
        110,
        "Période de facturation : du " + fr_date(b["start"]) + " au " + fr_date(b["end"]),
        "sans",
        9,
    )
    pg.text(15, 115, "Adresse d'installation : " + b["site"], "sans", 9)
    y = 124
    pg.rect(15, y - 5, 180, 7, None, (226, 0, 26))
    pg.text(18, y, "Détail", "sans-b", 9, (255, 255, 255))
    pg.text(192, y, "Montant TTC", "sans-b", 9, (255, 255, 255), "r")
    y += 8
    for k, v in b["lines"]:
        pg.text(18, y, k, "sans", 9)
        pg.text(192, y, fr_money(v) + " €", "sans", 9, align="r")
        pg.line(15, y + 2, 195, y + 2, (225, 225, 225), 0.2)
        y += 7
    pg.text(18, y + 2, "Total TTC (dont TVA 20 %)", "sans-b", 9.5)
    pg.text(192, y + 2, fr_money(b["amount"]) + " €", "sans-b", 9.5, align="r")
    pg.para(
        15,
        270,
        "SFR — Société Française du Radiotéléphone, SA au capital de 3 423 265 598,40 "
        "€, 16 rue du Général Alain de Boissieu 75015 Paris, RCS Paris 343 059 564. Service "
        "client : 1023.",
        180,
        "sans",
        6.8,
        3.1,
        (120, 120, 120),
    )
    return pg


# ------------------------------------------------------------------ employment


def payslip(p):
    pg = Page()
    pg.text(105, 14, "BULLETIN DE PAIE", "sans-b", 13, align="c")
    pg.text(
        105,
        19.5,
        "Période du " + fr_date(p["start"]) + " au " + fr_date(p["end"]),
        "sans",
        9,
        align="c",
    )
    pg.rect(12, 24, 92, 36, (120, 120, 120), None, 0.3)
    ys = 29
    for i, ln in enumerate(p["employer_lines"]):
        pg.text(15, ys + i * 4.3, ln, "sans-b" if i == 0 else "sans", 8.5 if i else 9.5)
    pg.rect(108, 24, 90, 36, (120, 120, 120), None, 0.3)
    for i, ln in enumerate(p["employee_lines"]):
        pg.text(112, ys + i * 4.3, ln, "sans-b" if i == 0 else "sans", 9)
    y = 66
    for k, v in p["job"]:
        pg.text(12, y, k, "sans", 7.5, (80, 80, 80))
        pg.text(55, y, v, "sans", 8)
        y += 4.2
    y += 3
    cols = [12, 100, 125, 150, 175]
    heads = ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]
    pg.rect(12, y - 4, 186, 6, None, (225, 230, 240))
    for x, h in zip(cols, heads):
        pg.text(x + (0 if x == 12 else 20), y, h, "sans-b", 7.5, align="l" if x == 12 else "r")
    y += 6
    for row in p["rows"]:
        label, base, rate, ded, add = row
        bold = label.isupper()
        pg.text(14, y, label, "sans-b" if bold else "sans", 7.5)
        for x, v in zip(cols[1:], (base, rate, ded, add)):
            if v is not None:
                pg.text(x + 20, y, v if isinstance(v, str) else fr_money(v), "sans", 7.5, align="r")
        y += 4.6
    y += 2
    pg.line(12, y, 198, y, lw=0.3)
    y += 6
    for k, v, big in p["totals"]:
        pg.text(14, y, k, "sans-b" if big else "sans", 10 if big else 8.5)
        pg.text(
            196, y, fr_money(v) + " €", "sans-b" if big else "sans", 10 if big else 8.5, align="r"
        )
        y += 6 if big else 5
    pg.rect(12, y, 186, 9, None, (235, 242, 235))
    pg.text(14, y + 6, "NET PAYÉ EN EUROS", "sans-b", 11)
    pg.text(196, y + 6, fr_money(p["net"]) + " €", "sans-b", 12, align="r")
    pg.text(14, y + 15, "Payé le " + fr_date(p["paid"]) + " par virement", "sans", 8)
    pg.para(
        12,
        283,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr.",
        186,
        "sans-i",
        6.8,
        3.1,
        (100, 100, 100),
    )
    return pg


def contract(c, rng, sign=True):
    """CDI or CDD, 2 pages, articles as numbered paragraphs."""
    p1 = Page()
    p1.text(105, 24, c["title"], "serif-b", 14, align="c")
    p1.text(105, 30, c["subtitle"], "serif-i", 9.5, align="c")
    y = 44
    p1.text(20, y, "ENTRE LES SOUSSIGNÉS :", "serif-b", 10)
    y = p1.para(20, y + 7, c["employer_par"], 170, "serif", 10, 4.8)
    p1.text(20, y + 2, "ci-après dénommée « l'Employeur », d'une part,", "serif-i", 10)
    p1.text(20, y + 10, "ET :", "serif-b", 10)
    y = p1.para(20, y + 17, c["employee_par"], 170, "serif", 10, 4.8)
    p1.text(20, y + 2, "ci-après dénommé(e) « le Salarié », d'autre part,", "serif-i", 10)
    y += 12
    p1.text(20, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", "serif-b", 10)
    y += 8
    pages, pg = [p1], p1
    for title, text in c["articles"]:
        if y > 255:
            pg = Page()
            pages.append(pg)
            y = 25
        pg.text(20, y, title, "serif-b", 10)
        y = pg.para(20, y + 5.5, text, 170, "serif", 10, 4.8) + 4
    if y > 230:
        pg = Page()
        pages.append(pg)
        y = 30
    pg.text(20, y + 6, c["done"], "serif", 10)
    pg.text(25, y + 16, "L'Employeur", "serif-b", 10)
    pg.text(25, y + 21, c["employer_sig_name"], "serif", 9)
    pg.text(120, y + 16, "Le Salarié", "serif-b", 10)
    pg.text(120, y + 21, "(précédé de « lu et approuvé »)", "serif-i", 8.5)
    if sign:
        signature(pg, 25, y + 24, 45, 16, rng, (20, 20, 80))
        signature(pg, 120, y + 26, 45, 16, rng, (20, 30, 120))
    for i, p in enumerate(pages):
        p.text(105, 290, f"Page {i + 1}/{len(pages)}", "serif", 8, (90, 90, 90), "c")
        p.text(190, 290, "Paraphes : ____", "serif", 8, (90, 90, 90), "r")
    return pages


def lease(le, rng):
    """Bail d'habitation, logement vide (loi n° 89-462 du 6 juillet 1989), 3 pages."""
    p1, p2, p3 = Page(), Page(), Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", "sans-b", 15, align="c")
    p1.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "sans-b", 10.5, align="c")
    p1.para(
        25,
        34,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à "
        "améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du "
        "23 décembre 1986 — modèle type du décret n° 2015-587 du 29 mai 2015)",
        160,
        "sans-i",
        8,
        3.6,
    )
    y = 52

    def sec(pg, y, title):
        pg.rect(15, y - 4.6, 180, 6.5, None, (225, 232, 240))
        pg.text(17, y, title, "sans-b", 9.5)
        return y + 8

    y = sec(p1, y, "I. DÉSIGNATION DES PARTIES")
    p1.text(17, y, "Le présent contrat est conclu entre les soussignés :", "sans", 9)
    y += 7
    p1.text(17, y, "Bailleur :", "sans-b", 9)
    for ln in le["landlord_lines"]:
        p1.text(45, y, ln, "sans", 9.5)
        y += 4.8
    y += 2
    p1.text(17, y, "désigné(s) ci-après « le bailleur » ;", "sans-i", 9)
    y += 7
    p1.text(17, y, "Locataire(s) :", "sans-b", 9)
    for ln in le["tenant_lines"]:
        p1.text(45, y, ln, "sans", 9.5)
        y += 4.8
    y += 2
    p1.text(17, y, "désigné(s) ci-après « le locataire ».", "sans-i", 9)
    y += 10
    y = sec(p1, y, "II. OBJET DU CONTRAT")
    for k, v in (
        ("Adresse du logement", le["address"][0]),
        ("", le["address"][1]),
        ("Type d'habitat", le["kind"]),
        ("Surface habitable", le["surface"]),
        ("Nombre de pièces principales", le["rooms"]),
        ("Régime juridique", "Copropriété"),
        ("Destination des locaux", "Usage d'habitation exclusivement"),
    ):
        if k:
            p1.text(17, y, k + " :", "sans", 9)
        p1.text(75, y, v, "sans-b", 9.5)
        y += 5.5
    y += 6
    y = sec(p1, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    p1.text(17, y, "Date de prise d'effet du contrat :", "sans", 9)
    p1.text(75, y, fr_date(le["start"]), "sans-b", 10)
    y += 6
    p1.text(17, y, "Durée du contrat :", "sans", 9)
    p1.text(75, y, "3 ans (bailleur personne physique)", "sans-b", 9.5)
    y += 6
    p1.para(
        17,
        y,
        "À défaut de congé donné dans les conditions de forme et de délai prévues par "
        "la loi, le contrat est reconduit tacitement pour une durée de trois ans.",
        175,
        "sans",
        8.5,
        4,
    )
    y = 28
    y = sec(p2, y, "IV. CONDITIONS FINANCIÈRES")
    for k, v in (
        ("Montant du loyer mensuel (hors charges)", le["rent"]),
        ("Provision sur charges récupérables", le["charges"]),
        ("Modalité de paiement", "mensuel, à échoir, le 5 de chaque mois"),
        ("Dépôt de garantie", le["deposit"]),
    ):
        p2.text(17, y, k + " :", "sans", 9)
        p2.text(100, y, v, "sans-b", 9.5)
        y += 6
    y += 3
    p2.para(
        17,
        y,
        "Le loyer est révisé chaque année à la date anniversaire du contrat en "
        "fonction de la variation de l'indice de référence des loyers (IRL) publié par "
        "l'INSEE, trimestre de référence : " + le["irl"] + ".",
        175,
        "sans",
        9,
        4.3,
    )
    y += 20
    for title, text in le["clauses"]:
        y = sec(p2, y, title)
        y = p2.para(17, y, text, 175, "sans", 9, 4.3) + 6
    y = 30
    y = sec(p3, y, "XI. ANNEXES")
    for ln in (
        "- État des lieux d'entrée",
        "- Dossier de diagnostic technique (DPE, CREP, ERP, état de l'installation électrique)",
        "- Notice d'information relative aux droits et obligations des locataires et des bailleurs",
        "- Extrait du règlement de copropriété",
    ):
        p3.text(20, y, ln, "sans", 9)
        y += 5.2
    y += 10
    p3.text(17, y, le["done"], "sans", 10)
    y += 12
    p3.text(25, y, "Le bailleur", "sans-b", 10)
    p3.text(25, y + 5, "« Lu et approuvé »", "sans-i", 9)
    signature(p3, 25, y + 8, 45, 16, rng, (20, 20, 90))
    x = 115
    for i, nm in enumerate(le["tenant_sig_names"]):
        p3.text(x, y + i * 34, "Le locataire — " + nm, "sans-b", 10)
        p3.text(x, y + 5 + i * 34, "« Lu et approuvé »", "sans-i", 9)
        signature(p3, x, y + 8 + i * 34, 45, 16, rng, (20, 30, 120))
    pages = [p1, p2, p3]
    for i, p in enumerate(pages):
        p.text(
            105,
            289,
            f"Bail — {le['address'][0]} — page {i + 1}/3",
            "sans",
            7.5,
            (110, 110, 110),
            "c",
        )
        p.text(190, 283, "Paraphes", "sans", 7, (110, 110, 110), "r")
        tx = 176
        for _ in le["tenant_sig_names"] + ["b"]:
            p.poly([(tx, 286), (tx + 2, 284), (tx + 4, 286.5), (tx + 6, 284.5)], (30, 30, 110), 0.3)
            tx -= 9
    return pages


def text_w(s, f, sz):
    return width(s, f, sz)
