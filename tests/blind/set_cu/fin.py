"""Leases, quittance, bills (SFR, TotalEnergies), app screenshots, payslip, CDD, RIBs."""

from core import BLACK, GREY, INK_BLUE, Page, width_mm

LG = (235, 235, 235)


def money(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def fr(d):
    return f"{d[8:]}/{d[5:7]}/{d[:4]}"


def _kv(pg, x, y, k, v, kf="sans", vf="sansb", size=9, gap=2):
    pg.text(x, y, k, kf, size)
    pg.text(x + width_mm(k, kf, size) + gap, y, v, vf, size)


# ---------------------------------------------------------------- lease
def lease(L, rng):
    """Contrat de location (loi du 6 juillet 1989), 3 pages."""
    pages = [Page(210, 297) for _ in range(3)]
    p = pages[0]
    if L.get("agency"):
        p.text(15, 16, L["agency"], "serifb", 12, (90, 30, 40))
        p.text(15, 21, L["agency_addr"], "serif", 8, GREY)
    p.text(105, 36, "CONTRAT DE LOCATION", "serifb", 16, BLACK, "c")
    p.text(105, 43, L["kind"], "serif", 11, BLACK, "c")
    y = p.para(25, 50, 160, L["legal"], "serifi", 8, 3.6, GREY)
    y += 5
    sec = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                f"{L['landlord_line']}, désigné(e) ci-après « le bailleur » ;",
                L.get("mandate", ""),
                f"Et {L['tenant_line']}, désigné(e) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
                f"A. Consistance du logement — Localisation du logement : {L['address']}",
                (
                    f"Type d'habitat : immeuble collectif. Régime juridique : copropriété. Surface habitable : {L['surface']} m². "
                    f"Nombre de pièces principales : {L['rooms']}."
                ),
                "Modalité de production de chauffage et d'eau chaude sanitaire : individuel électrique.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"A. Date de prise d'effet du contrat : {fr(L['start'])}",
                f"B. Durée du contrat : {L['duration']}",
                (
                    "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, "
                    "reconduit tacitement pour la même durée."
                ),
            ],
        ),
    ]
    for title, lines in sec:
        p.text(25, y + 4, title, "serifb", 10.5)
        p.line(25, y + 5.5, 185, y + 5.5, BLACK, 0.5)
        y += 11
        for ln in lines:
            if ln:
                y = p.para(25, y, 160, ln, "serif", 10, 4.6) + 1.5
        y += 4
    p2 = pages[1]
    y = 25
    for title, lines in [
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"A. Loyer mensuel hors charges : {money(L['rent'])}",
                (
                    f"Provision sur charges récupérables : {money(L['charges'])}, payable avec le loyer, "
                    f"soit un total mensuel de {money(L['rent'] + L['charges'])}."
                ),
                "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois, par virement.",
                "Zone d'encadrement des loyers : loyer de référence majoré applicable, le cas échéant.",
            ],
        ),
        ("V. TRAVAUX", ["Néant."]),
        ("VI. GARANTIES", [f"Montant du dépôt de garantie : {money(L['deposit'])}."]),
        (
            "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            [
                (
                    "Le présent contrat sera résilié de plein droit, deux mois après un commandement de payer "
                    "demeuré infructueux, à défaut de paiement du loyer ou des charges aux termes convenus, ou "
                    "de versement du dépôt de garantie, ou à défaut d'assurance des risques locatifs."
                ),
            ],
        ),
        (
            "VIII. ANNEXES",
            [
                "Sont annexées au présent contrat : le dossier de diagnostic technique (DPE, ERP, CREP le "
                "cas échéant), la notice d'information, l'état des lieux d'entrée"
                + (", l'inventaire du mobilier." if "meublé" in L["kind"] else "."),
            ],
        ),
    ]:
        p2.text(25, y + 4, title, "serifb", 10.5)
        p2.line(25, y + 5.5, 185, y + 5.5, BLACK, 0.5)
        y += 11
        for ln in lines:
            y = p2.para(25, y, 160, ln, "serif", 10, 4.6) + 1.5
        y += 5
    p3 = pages[2]
    p3.text(25, 30, f"Fait à {L['city']}, le {fr(L['signed'])}, en deux originaux.", "serif", 10.5)
    p3.text(25, 45, "Signature du bailleur (ou de son mandataire)", "serifb", 9.5)
    p3.text(25, 50, "précédée de la mention « lu et approuvé »", "serifi", 8.5)
    p3.text(115, 45, "Signature du locataire", "serifb", 9.5)
    p3.text(115, 50, "précédée de la mention « lu et approuvé »", "serifi", 8.5)
    p3.hand(27, 62, "lu et approuvé", 11, rng, "h_dkg", INK_BLUE)
    p3.sign(25, 66, 60, 22, L["landlord_sig"], rng, (20, 20, 40))
    p3.hand(117, 62, "Lu et approuvé", 11, rng, "h_breip", INK_BLUE)
    p3.sign(115, 66, 60, 22, L["tenant_sig"], rng, INK_BLUE)
    for i, pg in enumerate(pages):
        pg.text(
            105, 288, f"Bail d'habitation — {L['address']} — page {i + 1}/3", "serif", 7, GREY, "c"
        )
        pg.text(185, 280, "Paraphes :", "serifi", 7, GREY, "r")
    return pages


def quittance(Q, rng):
    p = Page(210, 297)
    p.text(105, 40, "QUITTANCE DE LOYER", "sansb", 18, BLACK, "c")
    p.text(105, 48, Q["period_label"], "sans", 12, BLACK, "c")
    _kv(p, 25, 70, "Bailleur : ", Q["landlord"])
    p.text(25, 75, Q["landlord_addr"], "sans", 9)
    _kv(p, 25, 88, "Locataire : ", Q["tenant"])
    _kv(p, 25, 96, "Adresse de la location : ", Q["address"])
    y = p.para(25, 112, 160, Q["text"], "sans", 10.5, 5)
    rows = [
        ("Loyer", Q["rent"]),
        ("Provision pour charges", Q["charges"]),
        ("Total", Q["rent"] + Q["charges"]),
    ]
    y += 6
    for k, v in rows:
        p.rect(25, y, 160, 8, GREY, LG if k == "Total" else None, 0.4)
        p.text(28, y + 5.5, k, "sansb" if k == "Total" else "sans", 10)
        p.text(182, y + 5.5, money(v), "sansb" if k == "Total" else "sans", 10, BLACK, "r")
        y += 8
    p.text(25, y + 14, f"Fait à {Q['city']}, le {fr(Q['date'])}", "sans", 10)
    p.sign(110, y + 20, 60, 22, Q["sig"], rng, INK_BLUE)
    p.para(
        25,
        270,
        160,
        "Cette quittance annule tous les reçus qui auraient pu être établis "
        "précédemment en cas de paiement partiel du montant ci-dessus. Elle est délivrée sous réserve "
        "de tous droits et ne vaut pas reconnaissance de bail.",
        "sansi",
        7.5,
        3.5,
        GREY,
    )
    return p


# ---------------------------------------------------------------- SFR
SFR_RED = (226, 0, 26)


def sfr_bill(B):
    p = Page(210, 297)
    p.rect(15, 12, 22, 22, None, SFR_RED)
    p.text(26, 26, "SFR", "sansb", 15, (255, 255, 255), "c")
    p.text(195, 20, "Votre facture", "sansb", 16, BLACK, "r")
    p.text(195, 27, f"du {fr(B['issue'])}", "sans", 10, BLACK, "r")
    p.text(110, 50, B["holder"], "sansb", 10.5)
    p.text(110, 55, B["addr1"], "sans", 10)
    p.text(110, 60, B["addr2"], "sans", 10)
    for i, (k, v) in enumerate(
        [
            ("N° de facture", B["no"]),
            ("N° de compte client", B["account"]),
            ("Ligne fixe", B["line"]),
            ("Offre", "SFR Fibre Power"),
        ]
    ):
        p.text(15, 48 + i * 5.5, k, "sans", 8.5, GREY)
        p.text(50, 48 + i * 5.5, v, "sans", 8.5)
    p.rect(15, 78, 180, 24, None, (246, 246, 246))
    p.text(20, 88, "Montant total TTC à payer", "sansb", 12)
    p.text(190, 89, money(B["amount"]), "sansb", 18, SFR_RED, "r")
    p.text(20, 96, f"Sera prélevé le {fr(B['debit'])} sur votre compte bancaire", "sans", 8.5, GREY)
    y = 114
    p.text(15, y, "Détail de votre facture", "sansb", 12)
    y += 8
    lines = [
        (f"Abonnement SFR Fibre Power du {fr(B['start'])} au {fr(B['end'])}", B["amount"] - 3.0),
        ("Option SFR Sécurité", 3.0),
        ("Communications incluses (fixe vers fixes et mobiles)", 0.0),
    ]
    for k, v in lines:
        p.text(18, y, k, "sans", 9.5)
        p.text(192, y, money(v), "sans", 9.5, BLACK, "r")
        p.line(15, y + 2, 195, y + 2, LG, 0.4)
        y += 7
    ht = B["amount"] / 1.2
    for k, v in (("Total HT", ht), ("TVA 20 %", B["amount"] - ht), ("Total TTC", B["amount"])):
        p.text(150, y + 3, k, "sans", 9.5, BLACK, "r")
        p.text(192, y + 3, money(v), "sansb" if "TTC" in k else "sans", 9.5, BLACK, "r")
        y += 6
    p.para(
        15,
        265,
        180,
        "SFR — Société Française du Radiotéléphone, SA au capital de 3 423 265 598,40 € "
        "— RCS Paris 343 059 564 — Siège : 16 rue du Général Alain de Boissieu, 75015 Paris. "
        "Service client 1023. Retrouvez vos factures dans votre Espace Client et l'appli SFR & Moi.",
        "sans",
        6.8,
        3.2,
        GREY,
    )
    p.text(105, 288, "Page 1/1", "sans", 7, GREY, "c")
    return p


def phone_page():
    return Page(78.0, 168.8, (246, 246, 248))


def _status(p, time):
    p.text(6, 7, time, "sansb", 8)
    p.rect(66, 4.3, 7, 3.2, BLACK, None, 0.6)
    p.rect(66.6, 4.9, 5, 2, None, BLACK)


def sfr_screenshot(B):
    p = phone_page()
    _status(p, "10:42")
    p.rect(0, 11, 78, 14, None, (255, 255, 255))
    p.text(6, 20.5, "‹", "sansb", 14, SFR_RED)
    p.text(39, 20, "Mes factures", "sansb", 10, BLACK, "c")
    p.rect(4, 30, 70, 62, None, (255, 255, 255))
    p.text(8, 38, f"Facture du {fr(B['issue'])}", "sansb", 8.5)
    p.text(8, 44, f"Période du {fr(B['start'])} au {fr(B['end'])}", "sans", 6.5, GREY)
    p.text(8, 56, money(B["amount"]), "sansb", 17, SFR_RED)
    p.text(8, 63, f"Prélevé le {fr(B['debit'])}", "sans", 6.5, GREY)
    p.line(8, 67, 70, 67, LG, 0.4)
    for i, (k, v) in enumerate(
        [
            ("Titulaire", B["holder"]),
            ("Adresse", B["addr1"]),
            ("", B["addr2"]),
            ("Offre", "SFR Fibre Power"),
            ("N° de facture", B["no"]),
        ]
    ):
        p.text(8, 72 + i * 4.3, k, "sans", 6, GREY)
        p.text(28, 72 + i * 4.3, v, "sans", 6)
    p.rect(8, 100, 62, 9, None, SFR_RED)
    p.text(39, 105.8, "Télécharger la facture (PDF)", "sansb", 7, (255, 255, 255), "c")
    p.rect(4, 116, 70, 20, None, (255, 255, 255))
    p.text(8, 123, "Facture précédente", "sans", 6.5, GREY)
    p.text(8, 130, f"Facture du {B['prev']}", "sans", 7.5)
    p.rect(0, 154, 78, 14.8, None, (255, 255, 255))
    for i, t in enumerate(["Accueil", "Conso", "Factures", "Assistance"]):
        p.text(
            10 + i * 19.3,
            163,
            t,
            "sansb" if t == "Factures" else "sans",
            6,
            SFR_RED if t == "Factures" else GREY,
            "c",
        )
    return p


# ---------------------------------------------------------------- TotalEnergies
TE_BLUE = (0, 65, 140)
TE_RED = (237, 0, 0)


def total_bill(B):
    p = Page(210, 297)
    x = 15
    for word, col in (("Total", TE_RED), ("Energies", TE_BLUE)):
        p.text(x, 22, word, "robotob", 18, col)
        x += width_mm(word, "robotob", 18)
    p.text(15, 29, "Électricité — Offre Verte Fixe", "roboto", 9, GREY)
    p.text(115, 18, "Facture", "robotob", 16, TE_BLUE)
    p.text(115, 25, f"N° {B['no']} du {fr(B['issue'])}", "roboto", 9)
    p.rect(112, 36, 83, 26, (200, 200, 200), None, 0.4)
    p.text(115, 43, B["holder"], "robotob", 10)
    p.text(115, 49, B["addr1"], "roboto", 9.5)
    p.text(115, 54.5, B["addr2"], "roboto", 9.5)
    y = 45
    for k, v in (
        ("Référence client", B["client"]),
        ("Point de livraison (PDL)", B["pdl"]),
        ("Titulaire du contrat", B["holder"]),
    ):
        p.text(15, y, k, "roboto", 8, GREY)
        p.text(15, y + 4.2, v, "robotom", 9)
        y += 10
    p.rect(15, 80, 180, 22, None, (232, 240, 250))
    p.text(20, 89, "Montant à payer TTC", "robotob", 12, TE_BLUE)
    p.text(190, 90, money(B["amount"]), "robotob", 18, TE_BLUE, "r")
    p.text(20, 97, f"Prélèvement automatique le {fr(B['debit'])}", "roboto", 8.5)
    y = 114
    p.text(
        15, y, f"Votre consommation du {fr(B['start'])} au {fr(B['end'])}", "robotob", 11, TE_BLUE
    )
    y += 4
    p.text(
        15,
        y + 5,
        "Adresse du site de consommation : " + B["addr1"] + ", " + B["addr2"],
        "roboto",
        8.5,
    )
    y += 12
    cols = ["Désignation", "Quantité", "Prix unitaire HT", "Montant HT"]
    xs = [17, 110, 140, 193]
    p.rect(15, y, 180, 7, None, (230, 230, 230))
    for i, c in enumerate(cols):
        p.text(xs[i], y + 5, c, "robotom", 8.5, BLACK, "r" if i == 3 else "l")
    y += 12
    kwh = B["kwh"]
    rows = [
        ("Abonnement (6 kVA) — 1 mois", "1", "12,68 €", 12.68),
        (
            "Consommation électricité base (index Linky réel)",
            f"{kwh} kWh",
            "0,1952 €",
            kwh * 0.1952,
        ),
        ("Accise sur l'électricité", f"{kwh} kWh", "0,0337 €", kwh * 0.0337),
        ("Contribution Tarifaire d'Acheminement", "1", "2,41 €", 2.41),
    ]
    ht = 0
    for a, b, c, d in rows:
        p.text(17, y, a, "roboto", 8.5)
        p.text(110, y, b, "roboto", 8.5)
        p.text(140, y, c, "roboto", 8.5)
        p.text(193, y, money(d), "roboto", 8.5, BLACK, "r")
        ht += d
        y += 6.5
    tva = B["amount"] - ht
    for k, v in (("Total HT", ht), ("TVA", tva), ("Total TTC", B["amount"])):
        p.text(160, y + 3, k, "robotom", 9, BLACK, "r")
        p.text(193, y + 3, money(v), "robotob" if k == "Total TTC" else "roboto", 9, BLACK, "r")
        y += 6
    p.para(
        15,
        268,
        180,
        "TotalEnergies Électricité et Gaz France — SA au capital de 1 000 000 € — RCS "
        "Nanterre 478 021 406 — 2 place Jean Millier, 92400 Courbevoie. Service client : 09 70 80 "
        "69 69 (appel non surtaxé). En cas de litige : Médiateur national de l'énergie.",
        "roboto",
        6.8,
        3.2,
        GREY,
    )
    return p


# ---------------------------------------------------------------- payslip
def payslip(P):
    p = Page(210, 297)
    p.text(105, 16, "BULLETIN DE PAIE", "sansb", 14, BLACK, "c")
    p.text(
        105,
        22,
        f"Période du {fr(P['start'])} au {fr(P['end'])} — Paiement le {fr(P['paid'])}",
        "sans",
        8.5,
        BLACK,
        "c",
    )
    p.rect(12, 28, 90, 40, GREY, None, 0.5)
    y = 33
    for i, ln in enumerate(P["employer_lines"]):
        p.text(15, y + i * 4.6, ln, "sansb" if i == 0 else "sans", 8.5)
    p.rect(108, 28, 90, 40, GREY, None, 0.5)
    for i, ln in enumerate(P["employee_lines"]):
        p.text(111, y + i * 4.6, ln, "sansb" if i == 0 else "sans", 8.5)
    hx = [14, 100, 125, 150, 196]
    y = 76
    p.rect(12, y, 186, 7, None, (220, 226, 236))
    for x, t in zip(hx, ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]):
        pass
    for x, t, a in (
        (14, "Éléments de paie", "l"),
        (118, "Base", "r"),
        (138, "Taux", "r"),
        (168, "Part salarié", "r"),
        (196, "Part employeur", "r"),
    ):
        p.text(x, y + 5, t, "sansb", 8, BLACK, a)
    y += 12
    g = P["gross"]
    rows = [
        ("Salaire de base", "151,67", "", money(g), "", True),
        ("SALAIRE BRUT", "", "", money(g), "", True),
        ("SANTÉ", None, None, None, None, False),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            money(g),
            "",
            "",
            money(g * 0.13),
            False,
        ),
        (
            "Complémentaire Incapacité Invalidité Décès",
            money(g),
            "0,78 %",
            money(g * 0.0078),
            money(g * 0.0122),
            False,
        ),
        ("Complémentaire santé", "", "", "42,50 €", "42,50 €", False),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", "", "", "", money(g * 0.0084), False),
        ("RETRAITE", None, None, None, None, False),
        (
            "Sécurité sociale plafonnée",
            money(g),
            "6,90 %",
            money(g * 0.069),
            money(g * 0.0855),
            False,
        ),
        (
            "Sécurité sociale déplafonnée",
            money(g),
            "0,40 %",
            money(g * 0.004),
            money(g * 0.0202),
            False,
        ),
        (
            "Complémentaire Tranche 1",
            money(g),
            "4,01 %",
            money(g * 0.0401),
            money(g * 0.0601),
            False,
        ),
        ("FAMILLE", "", "", "", money(g * 0.0345), False),
        ("ASSURANCE CHÔMAGE", "", "", "", money(g * 0.0425), False),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", money(g * 0.021), False),
        (
            "CSG déductible de l'impôt sur le revenu",
            money(g * 0.9825),
            "6,80 %",
            money(g * 0.9825 * 0.068),
            "",
            False,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            money(g * 0.9825),
            "2,90 %",
            money(g * 0.9825 * 0.029),
            "",
            False,
        ),
        (
            "TOTAL DES COTISATIONS ET CONTRIBUTIONS",
            "",
            "",
            money(P["ded"]),
            money(g * 0.3954),
            True,
        ),
    ]
    for lab, b, t, s, e, bold in rows:
        if b is None:
            p.text(14, y, lab, "sansb", 8, (40, 60, 110))
        else:
            p.text(14, y, lab, "sansb" if bold else "sans", 8)
            p.text(118, y, b, "sans", 8, BLACK, "r")
            p.text(138, y, t, "sans", 8, BLACK, "r")
            p.text(168, y, s, "sansb" if bold else "sans", 8, BLACK, "r")
            p.text(196, y, e, "sans", 8, BLACK, "r")
        p.line(12, y + 1.8, 198, y + 1.8, LG, 0.3)
        y += 6
    y += 4
    p.rect(12, y, 186, 9, None, (232, 236, 244))
    p.text(14, y + 6.2, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "sansb", 9.5)
    p.text(196, y + 6.2, money(P["net_before"]), "sansb", 10, BLACK, "r")
    y += 15
    p.text(14, y, "Impôt sur le revenu prélevé à la source", "sans", 8.5)
    p.text(118, y, money(P["taxable"]), "sans", 8, BLACK, "r")
    p.text(138, y, "6,20 %", "sans", 8, BLACK, "r")
    p.text(168, y, money(P["pas"]), "sans", 8, BLACK, "r")
    y += 8
    p.rect(12, y, 186, 11, BLACK, (220, 228, 240), 0.8)
    p.text(14, y + 7.5, "NET PAYÉ", "sansb", 12)
    p.text(196, y + 7.5, money(P["net_paid"]), "sansb", 12, BLACK, "r")
    y += 18
    p.text(14, y, f"Montant net social : {money(P['net_before'] + 15.2)}", "sans", 8)
    p.text(14, y + 5, f"Virement le {fr(P['paid'])} — {P['iban_masked']}", "sans", 8)
    p.text(14, y + 10, "Congés payés : acquis 2,08 j — pris 0 j — solde 18,72 j", "sans", 8)
    p.para(
        12,
        280,
        186,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur "
        "www.service-public.fr.",
        "sansi",
        7,
        3.2,
        GREY,
    )
    return p


# ---------------------------------------------------------------- CDD
def cdd(C, rng):
    pages = [Page(210, 297), Page(210, 297)]
    p = pages[0]
    p.text(105, 28, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", "serifb", 14, BLACK, "c")
    p.text(105, 35, "(articles L. 1242-1 et suivants du code du travail)", "serifi", 9, BLACK, "c")
    y = p.para(22, 48, 166, "Entre les soussignés :", "serif", 10.5, 5)
    y = p.para(22, y + 2, 166, C["employer_par"], "serif", 10.5, 5) + 3
    y = p.para(22, y, 166, "Et", "serif", 10.5, 5)
    y = p.para(22, y + 2, 166, C["employee_par"], "serif", 10.5, 5) + 4
    y = p.para(22, y, 166, "Il a été convenu ce qui suit :", "serif", 10.5, 5) + 3
    arts = C["articles"]
    pi = 0
    for title, body in arts:
        if y > 250 and pi == 0:
            p, pi, y = pages[1], 1, 25
        p.text(22, y, title, "serifb", 10.5)
        y = p.para(22, y + 5.5, 166, body, "serif", 10.5, 5) + 4
    p = pages[1]
    y = max(y + 6, 200) if pi == 1 else 200
    p.text(
        22,
        y,
        f"Fait à {C['city']}, le {fr(C['signed'])}, en deux exemplaires originaux.",
        "serif",
        10.5,
    )
    p.text(22, y + 12, "Pour l'employeur", "serifb", 10)
    p.text(22, y + 17, C["signatory"], "serif", 9.5)
    p.text(120, y + 12, "Le salarié", "serifb", 10)
    p.text(120, y + 17, "« Lu et approuvé, bon pour accord »", "serifi", 9)
    p.sign(22, y + 20, 55, 22, C["signatory_sig"], rng, (20, 20, 40))
    p.sign(120, y + 20, 55, 22, C["employee_sig"], rng, INK_BLUE)
    for i, pg in enumerate(pages):
        pg.text(
            105,
            288,
            f"{C['short']} — CDD {C['employee']} — page {i + 1}/2",
            "serif",
            7.5,
            GREY,
            "c",
        )
    return pages


# ---------------------------------------------------------------- RIB
def rib(R):
    p = Page(210, 297)
    st = R["style"]
    col = R["color"]
    if st == "lcl":
        p.rect(15, 14, 30, 12, None, col)
        p.text(30, 22.5, "LCL", "sansb", 15, (255, 230, 0), "c")
        p.text(195, 22, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 12, col, "r")
    elif st == "sg":
        p.rect(15, 14, 9, 5, None, (230, 0, 40))
        p.rect(15, 19, 9, 5, None, BLACK)
        p.text(27, 22.5, "SOCIETE GENERALE", "sansb", 13, BLACK)
        p.text(195, 22, "Relevé d'Identité Bancaire", "sans", 11, BLACK, "r")
    else:
        p.ellipse(15, 13, 13, 13, None, col)
        p.text(31, 22, "LA BANQUE POSTALE", "sansb", 12, col)
        p.text(195, 22, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 10.5, BLACK, "r")
    p.rect(15, 34, 180, 76, (150, 150, 150), None, 0.6)
    p.text(20, 43, "Titulaire du compte", "sans", 8, GREY)
    for i, ln in enumerate(R["holder_lines"]):
        p.text(20, 49 + i * 5, ln, "sansb" if i == 0 else "sans", 10)
    p.text(120, 43, "Domiciliation", "sans", 8, GREY)
    for i, ln in enumerate(R["dom_lines"]):
        p.text(120, 49 + i * 5, ln, "sans", 9.5)
    y = 72
    xs = [20, 50, 80, 135]
    for x, lab in zip(xs, ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]):
        p.text(x, y, lab, "sans", 8, GREY)
    for x, v in zip(xs, [R["bank"], R["branch"], R["acct"], R["key"]]):
        p.text(x, y + 6, v, "monob", 11)
    ib = R["iban"]
    p.text(20, y + 17, "IBAN (International Bank Account Number)", "sans", 8, GREY)
    p.text(20, y + 23.5, " ".join(ib[i : i + 4] for i in range(0, len(ib), 4)), "monob", 12)
    p.text(135, y + 17, "BIC (Bank Identifier Code)", "sans", 8, GREY)
    p.text(135, y + 23.5, R["bic"], "monob", 12)
    p.para(
        15,
        120,
        180,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, prélèvements, "
        "paiement de quittances...). Son utilisation vous garantit le bon enregistrement des "
        "opérations en cause.",
        "sansi",
        8,
        3.8,
        GREY,
    )
    p.text(15, 285, R["footer"], "sans", 6.5, GREY)
    return p


def bourso_screenshot(R):
    p = phone_page()
    p.bg = (255, 255, 255)
    _status(p, "09:17")
    pink = (210, 0, 110)
    p.text(6, 20, "‹", "sansb", 14, pink)
    p.text(39, 19.5, "Mon RIB", "sansb", 10, BLACK, "c")
    p.rect(4, 28, 70, 20, None, (248, 240, 246))
    p.text(8, 35, "BoursoBank", "sansb", 9, pink)
    p.text(8, 41, "Compte courant — " + R["label"], "sans", 6.5, GREY)
    y = 58
    for k, v in (
        ("Titulaire", R["holder"]),
        ("IBAN", R["iban_sp1"]),
        ("", R["iban_sp2"]),
        ("BIC", R["bic"]),
        ("Banque", "BoursoBank"),
        ("Code banque", R["bank"]),
        ("Code guichet", R["branch"]),
        ("N° de compte", R["acct"]),
        ("Clé RIB", R["key"]),
        ("Domiciliation", "BoursoBank — 92772 Boulogne-Billancourt Cedex"),
    ):
        if k:
            p.text(6, y, k, "sans", 6, GREY)
            y += 4.2
        p.text(
            6,
            y,
            v,
            "robotom" if k != "Domiciliation" else "roboto",
            7.5 if k != "Domiciliation" else 6,
        )
        y += 6.5
    p.rect(6, 146, 66, 10, None, pink)
    p.text(39, 152.5, "Partager mon RIB", "sansb", 8, (255, 255, 255), "c")
    p.rect(6, 158.5, 66, 7, (200, 200, 200), None, 0.5)
    p.text(39, 163.2, "Télécharger en PDF", "sans", 7, BLACK, "c")
    return p
