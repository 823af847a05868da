"""French documents: RIB, bills, lease, hosting attestation, payslip, contract, app screens."""

from __future__ import annotations

import random

from kit import Page, group4, put_hand, put_signature


def fr_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


def rib_page(d: dict, bank: dict) -> Page:
    """A RIB as printed from online banking (one A4 page, RIB block at the top)."""
    p = Page()
    c = bank["color"]
    p.rect(15, 12, 180, 16, stroke=None, fill=c)
    p.text(20, 23, bank["name"], bank["font"] + "b", 16, (255, 255, 255))
    p.text(190, 23, "Relevé d'Identité Bancaire", bank["font"], 10, (255, 255, 255), align="r")
    y = 40
    p.text(
        15,
        y,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou",
        "sans",
        8,
    )
    p.text(
        15, y + 4, "débiteurs appelés à faire inscrire des opérations à votre compte.", "sans", 8
    )
    y += 14
    p.rect(15, y, 180, 62, stroke=(150, 150, 150), lw=0.3)
    p.text(20, y + 7, "Titulaire du compte", bank["font"], 8, (90, 90, 90))
    for i, line in enumerate(d["holder_lines"]):
        p.text(20, y + 12.5 + i * 4.6, line, bank["font"] + "b", 10)
    p.text(120, y + 7, "Domiciliation", bank["font"], 8, (90, 90, 90))
    for i, line in enumerate(bank["agency"]):
        p.text(120, y + 12.5 + i * 4.4, line, bank["font"], 9)
    yy = y + 34
    cols = [
        ("Code banque", d["bank"]),
        ("Code guichet", d["branch"]),
        ("N° de compte", d["account"]),
        ("Clé RIB", d["key"]),
    ]
    xs = [20, 50, 82, 130]
    for x, (lb, v) in zip(xs, cols):
        p.text(x, yy, lb, bank["font"], 7.5, (90, 90, 90))
        p.text(x, yy + 5, v, "mono", 10)
    p.text(20, yy + 14, "IBAN (International Bank Account Number)", bank["font"], 7.5, (90, 90, 90))
    p.text(20, yy + 19.5, group4(d["iban"]), "mono", 11)
    p.text(140, yy + 14, "BIC", bank["font"], 7.5, (90, 90, 90))
    p.text(140, yy + 19.5, d["bic"], "mono", 11)
    p.text(15, y + 72, f"Document édité le {d['edited']}", "sans", 7, (110, 110, 110))
    p.line(15, 150, 195, 150, (200, 200, 200), 0.2, dash=True)
    p.text(105, 290, bank["footer"], "sans", 5.5, (120, 120, 120), align="m")
    return p


def bill_edf(d: dict) -> Page:
    p = Page()
    orange, blue = (255, 92, 0), (0, 30, 80)
    p.rect(15, 12, 16, 16, stroke=None, fill=orange)
    p.text(33, 24, "edf", "latob", 22, blue)
    p.text(195, 18, "Facture du " + d["issue_text"], "lato", 9, align="r")
    p.text(195, 23, "N° de facture : " + d["invoice"], "lato", 8, align="r")
    p.text(195, 28, "Réf. client : " + d["client"], "lato", 8, align="r")
    for i, line in enumerate([d["holder"]] + d["address"]):
        p.text(115, 45 + i * 5, line, "latob" if i == 0 else "lato", 10)
    p.text(15, 45, "Votre contrat : Tarif Bleu - Option Base - 6 kVA", "lato", 8.5)
    p.text(15, 50, "Adresse de consommation :", "lato", 8.5, (90, 90, 90))
    p.text(15, 55, d["address"][0], "lato", 8.5)
    p.text(15, 60, "PDL : " + d["pdl"], "lato", 8.5)
    p.rect(15, 75, 180, 26, stroke=None, fill=(240, 244, 250))
    p.text(20, 84, "Montant total à payer", "latob", 12, blue)
    p.text(190, 86, fr_money(d["amount"]) + " €", "latob", 18, blue, align="r")
    p.text(20, 93, "Prélevé le " + d["debit_text"] + " sur votre compte", "lato", 8.5)
    p.text(15, 112, "Facture mensuelle d'électricité", "latob", 11, blue)
    p.text(15, 118, f"Période de consommation du {d['start_text']} au {d['end_text']}", "lato", 9)
    y = 128
    p.line(15, y - 4, 195, y - 4, (180, 180, 180), 0.3)
    for lb, v in d["lines"]:
        p.text(17, y, lb, "lato", 9)
        p.text(193, y, fr_money(v) + " €", "lato", 9, align="r")
        y += 6
    p.line(15, y - 3, 195, y - 3, (180, 180, 180), 0.3)
    p.text(17, y + 2, "Total TTC", "latob", 9.5)
    p.text(193, y + 2, fr_money(d["amount"]) + " €", "latob", 9.5, align="r")
    p.text(
        105,
        285,
        "EDF SA - 22-30 avenue de Wagram 75382 Paris cedex 08 - SA au capital de "
        "2 084 365 041 € - 552 081 317 R.C.S. Paris",
        "lato",
        6,
        (120, 120, 120),
        align="m",
    )
    return p


def bill_free(d: dict) -> Page:
    p = Page()
    red = (205, 30, 40)
    p.text(15, 24, "free", "sansb", 26, red)
    p.text(15, 30, "Free - 16 rue de la Ville l'Evêque - 75008 Paris", "sans", 6.5, (100, 100, 100))
    for i, line in enumerate([d["holder"]] + d["address"]):
        p.text(115, 40 + i * 5, line, "sans", 10)
    p.text(15, 45, "Facture n° " + d["invoice"], "sansb", 10)
    p.text(15, 51, "Date de facture : " + d["issue_text"], "sans", 9)
    p.text(15, 56, "Identifiant : " + d["client"], "sans", 9)
    p.text(15, 61, "Ligne : " + d["line"], "sans", 9)
    p.rect(15, 72, 180, 9, stroke=None, fill=(235, 235, 235))
    p.text(18, 78, "Détail de votre facture Freebox", "sansb", 10)
    y = 90
    for lb, v in d["lines"]:
        p.text(18, y, lb, "sans", 9)
        p.text(192, y, fr_money(v) + " €", "sans", 9, align="r")
        y += 6
    p.line(15, y, 195, y, (0, 0, 0), 0.3)
    p.text(18, y + 6, "Total de votre facture TTC", "sansb", 10)
    p.text(192, y + 6, fr_money(d["amount"]) + " €", "sansb", 10, align="r")
    p.text(
        18,
        y + 14,
        "Le montant sera prélevé sur votre compte à partir du " + d["debit_text"],
        "sans",
        8.5,
    )
    p.text(
        15,
        280,
        "Free SAS au capital de 3 441 812 € - RCS Paris B 421 938 861",
        "sans",
        6.5,
        (110, 110, 110),
    )
    return p


def lease_pages(d: dict, rng: random.Random) -> list[Page]:
    """Bail d'habitation (loi n° 89-462 du 6 juillet 1989), logement non meublé, abridged."""
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", "serifb", 15, align="m")
    p1.text(
        105,
        29,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs)",
        "serifi",
        8.5,
        align="m",
    )
    p1.text(105, 35, "LOCAUX VIDES À USAGE D'HABITATION", "serifb", 10, align="m")
    y = 48
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                f"{d['landlord']}, demeurant {d['landlord_addr']},",
                "désigné(e) ci-après « le bailleur » ;",
                "et " + " et ".join(d["tenant_print"]) + ",",
                "désigné(s) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
                "Adresse du logement : " + d["address"],
                d["desc"],
                "Type d'habitat : immeuble collectif ; régime juridique : copropriété.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                "Date de prise d'effet du contrat : " + d["start_text"],
                "Durée du contrat : trois (3) ans, renouvelable par tacite reconduction.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"Loyer mensuel hors charges : {d['rent']} euros.",
                f"Provision sur charges : {d['charges']} euros, avec régularisation annuelle.",
                "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.",
                f"Dépôt de garantie : {d['rent']} euros (un mois de loyer hors charges).",
            ],
        ),
    ]
    for title, lines in sections:
        p1.text(15, y, title, "serifb", 10)
        y += 6
        for line in lines:
            y = p1.para(18, y, line, 175, "serif", 10)
        y += 5
    p1.text(105, 287, "Page 1/2", "serif", 8, align="m")
    p2 = Page()
    y = 22
    p2.text(15, y, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", "serifb", 10)
    y += 6
    y = p2.para(
        18,
        y,
        "Le locataire s'engage à user paisiblement des locaux, à les entretenir "
        "et à souscrire une assurance contre les risques locatifs dont il justifie lors "
        "de la remise des clés puis chaque année. À défaut de paiement du loyer ou des "
        "charges aux termes convenus, le contrat sera résilié de plein droit deux mois "
        "après un commandement de payer demeuré infructueux.",
        175,
        "serif",
        10,
    )
    y += 6
    p2.text(15, y, "VIII. ANNEXES", "serifb", 10)
    y = p2.para(
        18,
        y + 6,
        "Dossier de diagnostic technique, notice d'information, état des lieux "
        "d'entrée, règlement de copropriété (extraits).",
        175,
        "serif",
        10,
    )
    y += 10
    p2.text(
        18,
        y,
        f"Fait à {d['city']}, le {d['signed_text']}, en deux exemplaires originaux.",
        "serif",
        10,
    )
    y += 12
    p2.text(25, y, "Le bailleur", "serifb", 10)
    p2.text(125, y, "Le(s) locataire(s)", "serifb", 10)
    p2.text(25, y + 5, "(« lu et approuvé »)", "serifi", 8)
    put_hand(p2, 25, y + 14, "Lu et approuvé", 11, rng, "rufscript")
    put_signature(p2, 25, y + 17, 55, 22, d["landlord_sig"], rng, "dancing")
    put_hand(p2, 125, y + 14, "Lu et approuvé", 11, rng, "breip")
    put_signature(p2, 125, y + 17, 55, 22, d["tenant_sig"], rng, "kaushan")
    p2.text(105, 287, "Page 2/2", "serif", 8, align="m")
    return [p1, p2]


def attestation_hand(d: dict, rng: random.Random, font="rufscript") -> Page:
    """Attestation d'hébergement written by hand on plain paper."""
    p = Page(210, 297, (252, 252, 250))
    for i in range(26):
        p.line(12, 30 + i * 9.5, 200, 30 + i * 9.5, (190, 205, 230), 0.15)
    p.line(30, 10, 30, 290, (230, 170, 170), 0.3)
    y = 39
    put_hand(p, 70, 20 + 9.5, "Attestation d'hébergement", 18, rng, font)
    for line in d["lines"]:
        put_hand(p, 34, y + 9.5, line, 13, rng, font)
        y += 9.5
    put_signature(p, 120, y + 6, 60, 25, d["signer"], rng, "dancing")
    return p


def payslip(d: dict) -> Page:
    """Bulletin de paie clarifié (model of the décret of 25 February 2016)."""
    p = Page()
    gr = (230, 233, 238)
    p.text(15, 18, "BULLETIN DE PAIE", "robotob", 14)
    p.text(195, 18, "Période du " + d["from_text"] + " au " + d["to_text"], "roboto", 9, align="r")
    p.rect(15, 24, 88, 34, stroke=(160, 160, 160), lw=0.3)
    p.text(18, 30, d["employer"], "robotob", 10)
    for i, line in enumerate(
        d["employer_addr"]
        + ["SIRET : " + d["siret"], "Code NAF : " + d["naf"], "Convention collective : " + d["ccn"]]
    ):
        p.text(18, 35 + i * 4.3, line, "roboto", 8)
    p.rect(110, 24, 85, 34, stroke=(160, 160, 160), lw=0.3)
    p.text(113, 30, d["employee"], "robotob", 10)
    for i, line in enumerate(
        d["employee_addr"] + ["Emploi : " + d["job"], "Entrée le : " + d["entry_text"]]
    ):
        p.text(113, 35 + i * 4.3, line, "roboto", 8)
    y = 66
    p.rect(15, y, 180, 6, stroke=None, fill=gr)
    for x, h, al in [
        (17, "Éléments de paie", "l"),
        (120, "Base", "r"),
        (145, "Taux", "r"),
        (170, "À déduire", "r"),
        (193, "À payer", "r"),
    ]:
        p.text(x, y + 4.3, h, "robotob", 8, align=al)
    y += 11
    gross = d["gross"]
    p.text(17, y, "Salaire de base", "roboto", 8.5)
    p.text(120, y, "151,67", "roboto", 8.5, align="r")
    p.text(193, y, fr_money(gross), "roboto", 8.5, align="r")
    y += 6
    p.text(17, y, "SALAIRE BRUT", "robotob", 8.5)
    p.text(193, y, fr_money(gross), "robotob", 8.5, align="r")
    y += 8
    total = 0.0
    for lb, rate in [
        ("Santé - Sécurité sociale - Maladie maternité invalidité décès", 0.0),
        ("Complémentaire santé", 0.0122),
        ("Accidents du travail", 0.0),
        ("Retraite - Sécurité sociale plafonnée", 0.069),
        ("Retraite - Sécurité sociale déplafonnée", 0.004),
        ("Retraite complémentaire Tranche 1", 0.0401),
        ("Famille", 0.0),
        ("Assurance chômage", 0.0),
        ("Autres contributions dues par l'employeur", 0.0),
        ("CSG déductible de l'impôt sur le revenu", 0.068),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.029),
    ]:
        amt = round(gross * 0.9825 * rate, 2) if "CSG" in lb else round(gross * rate, 2)
        total += amt
        p.text(17, y, lb, "roboto", 8)
        if amt:
            p.text(145, y, f"{rate * 100:.2f}".replace(".", ","), "roboto", 8, align="r")
            p.text(170, y, fr_money(amt), "roboto", 8, align="r")
        y += 5.2
    net = round(gross - total, 2)
    d["net"] = net
    y += 3
    p.text(17, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", "robotob", 8.5)
    p.text(170, y, fr_money(total), "robotob", 8.5, align="r")
    y += 10
    p.rect(15, y, 180, 9, stroke=None, fill=gr)
    p.text(17, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "robotob", 9)
    p.text(193, y + 6, fr_money(net) + " €", "robotob", 9, align="r")
    y += 14
    p.text(17, y, "Impôt sur le revenu prélevé à la source - taux personnalisé 0,00 %", "roboto", 8)
    p.text(193, y, "0,00", "roboto", 8, align="r")
    y += 10
    p.rect(15, y, 180, 11, stroke=(0, 0, 0), fill=(250, 240, 200), lw=0.4)
    p.text(17, y + 7.5, "NET PAYÉ EN EUROS", "robotob", 11)
    p.text(193, y + 7.5, fr_money(net) + " €", "robotob", 12, align="r")
    y += 18
    p.text(17, y, "Payé le " + d["paid_text"] + " par virement", "roboto", 8)
    p.text(17, y + 5, "Montant net social : " + fr_money(net) + " €", "roboto", 8)
    p.text(
        105,
        285,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée.",
        "roboto",
        7,
        (90, 90, 90),
        align="m",
    )
    return p


def contract_pages(d: dict, rng: random.Random) -> list[Page]:
    p1 = Page()
    p1.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "carlitob", 15, align="m")
    y = 40
    y = p1.para(15, y, "ENTRE LES SOUSSIGNÉS :", 180, "carlitob", 11) + 2
    y = p1.para(
        15,
        y,
        f"La société {d['employer']}, {d['form']} au capital de {d['capital']} €, "
        f"immatriculée au RCS de {d['rcs']} sous le numéro SIRET {d['siret']}, dont le "
        f"siège social est situé {d['employer_addr']}, représentée par {d['rep']} en sa "
        "qualité de Directeur des ressources humaines,",
        180,
        "carlito",
        11,
    )
    y = p1.para(15, y + 2, "ci-après dénommée « la Société », d'une part,", 180, "carlito", 11)
    y = p1.para(
        15,
        y + 2,
        f"ET {d['employee_print']}, né le {d['dob_text']} à {d['pob']}, de "
        f"nationalité {d['nat']}, demeurant {d['employee_addr']},",
        180,
        "carlito",
        11,
    )
    y = p1.para(15, y + 2, "ci-après dénommé « le Salarié », d'autre part,", 180, "carlito", 11)
    y = p1.para(15, y + 2, "IL A ÉTÉ CONVENU CE QUI SUIT :", 180, "carlitob", 11) + 4
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du {d['start_text']} "
            "pour une durée indéterminée, sous réserve des résultats de la visite d'information et "
            "de prévention et de la régularité de sa situation au regard du droit au séjour.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié exercera les fonctions de {d['job']}, statut "
            f"{d['status']}, coefficient {d['coef']} de la convention collective {d['ccn']}.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            "l'issue d'une période d'essai de trois mois de travail effectif.",
        ),
        (
            "Article 4 - Rémunération",
            f"Le Salarié percevra une rémunération annuelle brute de "
            f"{d['salary']} euros, versée en douze mensualités.",
        ),
        (
            "Article 5 - Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 "
            "heures. Le lieu de travail est situé " + d["workplace"] + ".",
        ),
    ]
    for t, body in arts:
        y = p1.para(15, y, t, 180, "carlitob", 11) + 1
        y = p1.para(15, y, body, 180, "carlito", 11) + 4
    p1.text(195, 287, "1/2", "carlito", 9, align="r")
    p2 = Page()
    y = 25
    for t, body in [
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés prévus par la loi "
            "et la convention collective applicable.",
        ),
        (
            "Article 7 - Protection sociale",
            "Le Salarié sera affilié au régime général de la "
            "sécurité sociale, ainsi qu'aux régimes de retraite complémentaire et de prévoyance "
            "en vigueur dans la Société.",
        ),
        (
            "Article 8 - Rupture",
            "Chacune des parties pourra mettre fin au présent contrat dans "
            "les conditions prévues par le code du travail et la convention collective.",
        ),
    ]:
        y = p2.para(15, y, t, 180, "carlitob", 11) + 1
        y = p2.para(15, y, body, 180, "carlito", 11) + 4
    y += 6
    p2.text(
        15, y, f"Fait à {d['city']}, le {d['signed_text']}, en deux exemplaires.", "carlito", 11
    )
    y += 12
    p2.text(20, y, "Pour la Société", "carlitob", 11)
    p2.text(120, y, "Le Salarié", "carlitob", 11)
    p2.text(120, y + 5, "(mention « lu et approuvé »)", "carlito", 9)
    put_signature(p2, 20, y + 6, 60, 24, d["rep_sig"], rng, "dancing")
    put_hand(p2, 120, y + 14, "Lu et approuvé", 12, rng, "breip")
    put_signature(p2, 120, y + 17, 60, 24, d["employee_sig"], rng, "kaushan")
    p2.text(195, 287, "2/2", "carlito", 9, align="r")
    return [p1, p2]


def n26_screen(d: dict) -> Page:
    """Phone screenshot of the N26 app 'Account details' screen, 1170 x 2532 px."""
    w, h = 78.0, 78.0 * 2532 / 1170
    p = Page(w, h, (255, 255, 255))
    p.text(6, 5.5, d["clock"], "robotom", 6.5)
    p.rect(66, 3, 6, 3, stroke=(0, 0, 0), fill=(0, 0, 0), lw=0.2)
    p.text(40, 16, "Account details", "robotob", 8.5, align="m")
    p.text(5, 16, "‹", "dejavu", 12, (0, 0, 0))
    p.rect(5, 24, 68, 22, stroke=None, fill=(54, 161, 139))
    p.text(9, 32, "Main Account", "robotom", 7, (255, 255, 255))
    p.text(9, 40, d["balance"], "robotob", 11, (255, 255, 255))
    y = 58
    for lb, v in [
        ("Account holder", d["holder"]),
        ("IBAN", group4(d["iban"])),
        ("BIC", d["bic"]),
        ("Bank", "N26 Bank SE"),
        ("Address", "Voltairestraße 8, 10179 Berlin"),
    ]:
        p.text(6, y, lb, "roboto", 5.8, (120, 120, 120))
        p.text(6, y + 5, v, "robotom", 6.8)
        p.line(6, y + 8.5, 72, y + 8.5, (230, 230, 230), 0.15)
        y += 14
    p.rect(6, y + 4, 66, 11, stroke=None, fill=(54, 161, 139))
    p.text(39, y + 11, "Share account details", "robotob", 6.5, (255, 255, 255), align="m")
    p.rect(27, h - 3, 24, 1, stroke=None, fill=(20, 20, 20))
    return p
