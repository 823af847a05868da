"""Bank, bill and job documents (emailed text PDFs) for set_cw."""

from ids import fr_date, group4
from render import Page, signature, stamp

INK = (20, 20, 20)


def rib_page(r, style):
    """One-page RIB as banks let you download it (A4, a framed block near the top)."""
    pg = Page()
    c = style["color"]
    F, FB = style["fonts"]
    pg.rect(15, 15, 180, 16, 0, fill=c)
    pg.text(20, 25.5, r["bank_name"], 13, FB, (255, 255, 255))
    pg.text(190, 25.5, "Relevé d'Identité Bancaire", 10, F, (255, 255, 255), "r")
    pg.rect(15, 38, 180, 88, 0.4, (120, 120, 120))
    pg.text(20, 46, "Titulaire du compte", 8, F, (100, 100, 100))
    pg.text(20, 52, r["holder"], 10.5, FB, INK)
    pg.text(20, 57, r["addr1"], 9, F, INK)
    pg.text(20, 61.5, r["addr2"], 9, F, INK)
    pg.text(120, 46, "Domiciliation", 8, F, (100, 100, 100))
    pg.text(120, 52, r["dom"], 9, F, INK)
    pg.text(120, 57, r["dom_addr"], 8, F, INK)
    heads = [
        ("Code banque", r["bank"], 20),
        ("Code guichet", r["guichet"], 55),
        ("N° de compte", r["compte"], 90),
        ("Clé RIB", r["key"], 140),
    ]
    for h, v, x in heads:
        pg.text(x, 74, h, 8, F, (100, 100, 100))
        pg.text(x, 80, v, 10.5, "mono", INK)
    pg.line(15, 88, 195, 88, 0.3, (160, 160, 160))
    pg.text(20, 96, "IBAN (International Bank Account Number)", 8, F, (100, 100, 100))
    pg.text(20, 103, group4(r["iban"]), 11.5, "mono", INK)
    pg.text(20, 113, "BIC (Bank Identifier Code)", 8, F, (100, 100, 100))
    pg.text(20, 120, r["bic"], 11.5, "mono", INK)
    pg.para(
        15,
        136,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiements de quittances, etc.). Son utilisation vous garantit le bon enregistrement "
        "des opérations en cause et vous évite ainsi des réclamations pour erreurs ou "
        "retards d'imputation.",
        180,
        7.5,
        F,
        (90, 90, 90),
    )
    return pg


def bill_bouygues(b):
    pg = Page()
    blue = (0, 152, 206)
    pg.text(18, 24, "bouygues", 20, "latob", blue)
    pg.text(18, 31, "TELECOM", 9, "latob", (30, 40, 90))
    pg.text(120, 20, "Votre facture", 14, "latob", (30, 40, 90))
    pg.text(120, 27, f"du {fr_date(b['issue'])}", 10, "lato", INK)
    pg.text(120, 33, f"N° de facture : {b['num']}", 8.5, "lato", INK)
    pg.text(120, 38, f"Compte client : {b['client']}", 8.5, "lato", INK)
    pg.text(120, 56, b["holder"], 10, "latob", INK)
    pg.text(120, 61, b["addr1"], 10, "lato", INK)
    pg.text(120, 66, b["addr2"], 10, "lato", INK)
    pg.rect(18, 80, 174, 30, 0, fill=(235, 246, 251))
    pg.text(24, 91, "Montant à payer", 11, "latob", (30, 40, 90))
    pg.text(186, 91, f"{b['amount']} €", 16, "latob", blue, "r")
    pg.text(24, 101, f"Prélevé à partir du {fr_date(b['due'])} sur votre compte", 9, "lato")
    pg.text(18, 124, "Détail de votre facture", 12, "latob", (30, 40, 90))
    pg.text(18, 133, f"Offre Bbox fit — ligne fixe {b['line']}", 9.5, "latob", INK)
    rows = [
        (f"Abonnement du {fr_date(b['start'])} au {fr_date(b['end'])}", b["amount_ht"]),
        ("Appels vers fixes et mobiles en France métropolitaine", "0,00"),
        ("Services et options", "0,00"),
        ("TVA 20 %", b["tva"]),
    ]
    y = 142
    for lab, v in rows:
        pg.text(22, y, lab, 9, "lato", INK)
        pg.text(188, y, v + " €", 9, "lato", INK, "r")
        pg.line(18, y + 2.5, 192, y + 2.5, 0.15, (200, 200, 200))
        y += 8
    pg.text(22, y + 4, "Total TTC", 10, "latob", INK)
    pg.text(188, y + 4, b["amount"] + " €", 10, "latob", INK, "r")
    pg.text(
        18,
        280,
        "Bouygues Telecom — SA au capital de 712 588 399,56 € — 397 480 930 RCS "
        "Paris — 37-39 rue Boissière 75116 Paris",
        6.5,
        "lato",
        (100, 100, 100),
    )
    return pg


def bill_orange(b):
    pg = Page()
    orange = (255, 121, 0)
    pg.rect(18, 14, 16, 16, 0, fill=orange)
    pg.text(20, 28, "orange", 7, "robotob", (255, 255, 255))
    pg.text(40, 22, "Facture", 16, "robotob", INK)
    pg.text(40, 28, f"du {fr_date(b['issue'])}", 9.5, "roboto", INK)
    pg.text(18, 44, "Référence client", 8, "roboto", (110, 110, 110))
    pg.text(18, 49, b["client"], 9.5, "robotob", INK)
    pg.text(18, 56, "N° de facture", 8, "roboto", (110, 110, 110))
    pg.text(18, 61, b["num"], 9.5, "robotob", INK)
    pg.text(118, 48, b["holder"], 10, "roboto", INK)
    pg.text(118, 53, b["addr1"], 10, "roboto", INK)
    pg.text(118, 58, b["addr2"], 10, "roboto", INK)
    pg.rect(18, 72, 174, 22, 0, fill=(20, 20, 20))
    pg.text(24, 85, "Total à payer", 12, "robotob", (255, 255, 255))
    pg.text(186, 85, f"{b['amount']} €", 15, "robotob", orange, "r")
    pg.text(
        18,
        106,
        f"Période facturée : du {fr_date(b['start'])} au {fr_date(b['end'])}",
        9.5,
        "roboto",
        INK,
    )
    pg.text(18, 112, f"Prélèvement le {fr_date(b['due'])}", 9.5, "roboto", INK)
    pg.text(18, 126, "Vos offres et abonnements", 11, "robotob", INK)
    rows = [
        ("Livebox Fibre — abonnement mensuel", b["amount_ht"]),
        ("Ligne fixe " + b["line"] + " — communications incluses", "0,00"),
        ("Location décodeur TV", "0,00"),
        ("dont TVA 20 %", b["tva"]),
    ]
    y = 136
    for lab, v in rows:
        pg.text(20, y, lab, 9, "roboto", INK)
        pg.text(190, y, v + " €", 9, "roboto", INK, "r")
        pg.line(18, y + 2.5, 192, y + 2.5, 0.15, (210, 210, 210))
        y += 8
    pg.text(
        18,
        281,
        "Orange SA au capital de 10 640 226 396 € — 111 quai du Président "
        "Roosevelt 92130 Issy-les-Moulineaux — 380 129 866 RCS Nanterre",
        6.5,
        "roboto",
        (110, 110, 110),
    )
    return pg


def payslip(p):
    pg = Page()
    F, FB = "narrow", "libb"
    pg.text(18, 18, "BULLETIN DE PAIE", 14, FB, INK)
    pg.text(18, 24, f"Période du {fr_date(p['start'])} au {fr_date(p['end'])}", 9, F)
    pg.text(18, 29, f"Paiement le {fr_date(p['paid'])} par virement", 9, F)
    pg.rect(18, 35, 85, 34, 0.3)
    pg.text(21, 41, p["employer"], 10, FB, INK)
    pg.text(21, 46, p["emp_addr1"], 8.5, F)
    pg.text(21, 50.5, p["emp_addr2"], 8.5, F)
    pg.text(21, 56, f"SIRET : {p['siret']}", 8.5, F)
    pg.text(21, 60.5, f"Code NAF : {p['naf']}", 8.5, F)
    pg.text(21, 65, f"Convention collective : {p['ccn']}", 7.5, F)
    pg.rect(110, 35, 82, 34, 0.3)
    pg.text(113, 41, p["employee"], 10, FB, INK)
    pg.text(113, 46, p["addr1"], 8.5, F)
    pg.text(113, 50.5, p["addr2"], 8.5, F)
    pg.text(113, 56, f"Emploi : {p['job']}", 8.5, F)
    pg.text(113, 60.5, f"Statut : Cadre — Entrée le {fr_date(p['entry'])}", 8.5, F)
    pg.text(113, 65, "N° de sécurité sociale : en cours", 8.5, F)
    cols = [
        ("Éléments de paie", 20),
        ("Base", 110),
        ("Taux", 135),
        ("À déduire", 160),
        ("À payer", 190),
    ]
    pg.rect(18, 75, 174, 7, 0, fill=(225, 225, 225))
    for h, x in cols:
        pg.text(x, 80, h, 8.5, FB, INK, "l" if x == 20 else "r")
    rows = [
        ("Salaire de base", "151,67", "", "", p["gross"]),
        ("SALAIRE BRUT", "", "", "", p["gross"]),
        ("Santé", "", "", p["c_sante"], ""),
        ("Retraite", "", "", p["c_ret"], ""),
        ("Assurance chômage", "", "", p["c_cho"], ""),
        ("CSG/CRDS", "", "", p["c_csg"], ""),
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", p["c_tot"], ""),
    ]
    y = 89
    for r in rows:
        for (h, x), v in zip(cols, r):
            pg.text(x, y, v, 8.5, FB if r[0].isupper() else F, INK, "l" if x == 20 else "r")
        y += 7
    pg.rect(18, y + 4, 174, 16, 0, fill=(235, 242, 250))
    pg.text(22, y + 11, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, FB)
    pg.text(188, y + 11, p["net_before"] + " €", 9, FB, INK, "r")
    pg.text(22, y + 17, "Impôt sur le revenu prélevé à la source (taux 3,2 %)", 8.5, F)
    pg.text(188, y + 17, "-" + p["pas"] + " €", 8.5, F, INK, "r")
    pg.rect(110, y + 26, 82, 12, 0.5, fill=(255, 248, 220))
    pg.text(113, y + 34, "NET PAYÉ", 11, FB)
    pg.text(188, y + 34, p["net"] + " €", 11, FB, INK, "r")
    pg.para(
        18,
        275,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr.",
        174,
        7,
        F,
        (100, 100, 100),
    )
    return pg


def cdi_pages(c, rng):
    p1, p2 = Page(), Page()
    F, FB = "serif", "serifb"
    p1.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 13, FB, INK, "c")
    p1.text(20, 42, "Entre les soussignés :", 10, F)
    y = p1.para(
        20,
        51,
        f"{c['employer']}, {c['form']} au capital de {c['capital']} €, dont le "
        f"siège social est situé {c['emp_addr']}, immatriculée au RCS de {c['rcs']} "
        f"sous le numéro SIRET {c['siret']}, représentée par {c['rep']} en sa qualité "
        "de Directrice des ressources humaines,",
        170,
        10,
        F,
    )
    p1.text(25, y + 2, "ci-après dénommée « l'Employeur », d'une part,", 10, F)
    y = p1.para(
        20,
        y + 12,
        f"et {c['title']} {c['employee']}, née le {fr_date(c['dob'])} à "
        f"{c['pob']}, de nationalité {c['nat']}, demeurant {c['addr']},",
        170,
        10,
        F,
    )
    p1.text(25, y + 2, "ci-après dénommée « la Salariée », d'autre part,", 10, F)
    p1.text(20, y + 14, "Il a été convenu ce qui suit :", 10, FB)
    arts = [
        (
            "Article 1 — Engagement",
            (
                f"La Salariée est engagée à compter du "
                f"{fr_date(c['start'])} par contrat à durée indéterminée, sous réserve des "
                "résultats de la visite d'information et de prévention."
            ),
        ),
        (
            "Article 2 — Fonctions",
            (
                f"La Salariée exercera les fonctions de {c['job']}, "
                f"statut employé, coefficient {c['coef']} de la convention collective {c['ccn']}."
            ),
        ),
        (
            "Article 3 — Période d'essai",
            (
                "Le présent contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de deux mois de travail effectif."
            ),
        ),
        (
            "Article 4 — Rémunération",
            (
                f"La Salariée percevra une rémunération mensuelle brute "
                f"de {c['gross']} € pour une durée de travail de 35 heures hebdomadaires."
            ),
        ),
    ]
    y += 24
    for t, body in arts:
        p1.text(20, y, t, 10, FB)
        y = p1.para(20, y + 6, body, 170, 10, F) + 5
    y = 25
    for t, body in [
        ("Article 5 — Lieu de travail", f"Le lieu de travail est fixé à {c['site']}."),
        (
            "Article 6 — Congés payés",
            (
                "La Salariée bénéficiera des congés payés "
                "conformément aux dispositions légales et conventionnelles."
            ),
        ),
        (
            "Article 7 — Préavis",
            (
                "Après la période d'essai, chaque partie pourra "
                "rompre le contrat dans le respect du préavis conventionnel."
            ),
        ),
    ]:
        p2.text(20, y, t, 10, FB)
        y = p2.para(20, y + 6, body, 170, 10, F) + 5
    p2.text(20, y + 8, f"Fait en deux exemplaires à {c['city']}, le {fr_date(c['signed'])}.", 10, F)
    p2.text(30, y + 22, "Pour l'Employeur", 10, FB)
    p2.text(125, y + 22, "La Salariée", 10, FB)
    p2.text(125, y + 27, "(mention « lu et approuvé »)", 8, F, (90, 90, 90))
    p2.image(25, y + 30, 55, 20, signature(c["rep"].split()[-1], rng, 500, 180))
    p2.image(
        50,
        y + 26,
        38,
        38,
        stamp([c["employer"].upper()], ["DRH"], rng, 280, (30, 80, 60), rect=True),
    )
    p2.hand(125, y + 36, "lu et approuvé", 11, rng, "h_ecolier")
    p2.image(122, y + 39, 55, 20, signature(c["employee"].split()[-1], rng, 500, 180))
    for i, p in enumerate((p1, p2)):
        p.text(
            105,
            287,
            f"{c['employer']} — contrat n° {c['num']} — page {i + 1}/2",
            7,
            F,
            (100, 100, 100),
            "c",
        )
    return [p1, p2]
