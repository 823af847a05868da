"""French pieces: bills, lease, hosting attestation, payslip, contract, RIB, bank app screen."""

from PIL import Image, ImageDraw

import checks
from render import Page, pil_font

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def fr_words(iso):
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MOIS[int(iso[5:7]) - 1]} {iso[0:4]}"


def eur(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",") + " €"


def bouygues_bill(b: dict, rng) -> Page:
    """Bouygues Telecom Bbox monthly bill (page 1)."""
    p = Page()
    blue, dark = (0, 152, 212), (30, 45, 70)
    p.rect(0, 0, 210, 28, stroke=None, fill=blue)
    p.text(14, 17, "BOUYGUES", "latob", 20, (255, 255, 255))
    p.text(14, 23, "TELECOM", "lato", 11, (255, 255, 255))
    p.text(196, 14, "Votre facture", "latob", 16, (255, 255, 255), "r")
    p.text(196, 21, f"du {fr_words(b['issue_date'])}", "lato", 10, (255, 255, 255), "r")
    y = 40
    for ln in [b["holder_print"]] + b["addr_lines"]:
        p.text(118, y, ln, "lato", 10.5, dark)
        y += 5
    p.text(14, 40, "Compte client", "latob", 9, dark)
    p.text(14, 45, f"N° client : {b['client']}", "lato", 9, dark)
    p.text(14, 50, f"N° de facture : {b['invoice']}", "lato", 9, dark)
    p.text(14, 55, f"Ligne Bbox : {b['line']}", "lato", 9, dark)
    p.rect(14, 72, 182, 26, stroke=None, fill=(235, 246, 252))
    p.text(20, 82, "Montant total à payer", "latob", 13, dark)
    p.text(190, 84, eur(b["amount"]), "latob", 22, blue, "r")
    p.text(
        20,
        92,
        f"Prélevé à partir du {fr(b['debit_date'])} sur votre compte {b['iban_masked']}",
        "lato",
        8.5,
        dark,
    )
    p.text(14, 112, "Détail de votre facture", "latob", 12, dark)
    p.line(14, 115, 196, 115, blue, 0.5)
    rows = [
        (
            f"Abonnement Bbox {b['offer']} du {fr(b['period_start'])} au {fr(b['period_end'])}",
            b["amount"] - b["extra"],
        ),
        ("Communications et services hors forfait", b["extra"]),
        ("Remises et avantages", 0.0),
    ]
    y = 123
    for lab, v in rows:
        p.text(16, y, lab, "lato", 9.5, dark)
        p.text(194, y, eur(v), "lato", 9.5, dark, "r")
        p.line(14, y + 2.5, 196, y + 2.5, (210, 220, 230), 0.2)
        y += 8
    ht = round(b["amount"] / 1.2, 2)
    for lab, v in (("Total HT", ht), ("TVA 20 %", b["amount"] - ht), ("Total TTC", b["amount"])):
        p.text(150, y + 2, lab, "latob", 9.5, dark, "r")
        p.text(194, y + 2, eur(v), "latob", 9.5, dark, "r")
        y += 6
    p.para(
        14,
        250,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Paris"
        " - 37-39 rue Boissière 75116 Paris. Service client : 1064 (appel gratuit depuis une "
        "ligne Bouygues Telecom). Espace client : www.bouyguestelecom.fr",
        182,
        "lato",
        7,
    )
    p.text(196, 288, "Page 1/2", "lato", 7, dark, "r")
    return p


def lease(L: dict, rng) -> list:
    """Contrat de location (bail d'habitation vide, loi 89-462), 3 pages."""
    pages = []
    p = Page()
    p.text(105, 22, "CONTRAT DE LOCATION", "serifb", 15, align="c")
    p.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serifb", 10.5, align="c")
    p.text(
        105,
        35,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les "
        "rapports locatifs)",
        "serifi",
        8.5,
        align="c",
    )
    y = 48
    sec = [
        ("I. DÉSIGNATION DES PARTIES", None),
        ("Le présent contrat est conclu entre les soussignés :", None),
        (
            f"Le bailleur : {L['landlord']}, demeurant {L['landlord_addr']}, désigné ci-après "
            "« le bailleur » ;",
            None,
        ),
        (f"Le(s) locataire(s) : {L['tenants_print']}, désigné(s) ci-après « le locataire ».", None),
        ("II. OBJET DU CONTRAT", None),
        (
            f"Le présent contrat a pour objet la location d'un logement ainsi déterminé : "
            f"adresse du logement : {L['address']} ; {L['desc']}",
            None,
        ),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", None),
        (f"A. Date de prise d'effet du contrat : {fr(L['start_date'])}", None),
        ("B. Durée du contrat : trois ans (bailleur personne physique).", None),
        ("IV. CONDITIONS FINANCIÈRES", None),
        (
            f"A. Loyer mensuel hors charges : {eur(L['rent'])}. Provision sur charges : "
            f"{eur(L['charges'])}. Le loyer est payable mensuellement et d'avance, le 5 de chaque "
            "mois.",
            None,
        ),
        (
            "B. Le loyer est révisé chaque année à la date anniversaire du contrat selon la "
            "variation de l'indice de référence des loyers (IRL) publié par l'INSEE.",
            None,
        ),
    ]
    for s, _ in sec:
        bold = s[:4].strip(".").strip() in {"I", "II", "III", "IV", "V"} or s.startswith(
            ("I.", "II.", "III.", "IV.")
        )
        if bold:
            y += 3
        y = p.para(20, y, s, 170, "serifb" if bold else "serif", 10, 5)
        y += 1
    p.text(190, 285, "Page 1/3", "serif", 8, align="r")
    pages.append(p)
    p = Page()
    y = 25
    for s in L["clauses"]:
        y = p.para(20, y, s, 170, "serif", 10, 5) + 2
    p.text(190, 285, "Page 2/3", "serif", 8, align="r")
    pages.append(p)
    p = Page()
    y = (
        p.para(
            20,
            25,
            "V. GARANTIES — Le locataire verse au bailleur la somme de "
            f"{eur(L['rent'])} à titre de dépôt de garantie.",
            170,
            "serif",
            10,
            5,
        )
        + 6
    )
    y = p.para(
        20,
        y,
        "VI. ANNEXES — Diagnostic de performance énergétique, état des lieux "
        "d'entrée, notice d'information, attestation d'assurance.",
        170,
        "serif",
        10,
        5,
    )
    y += 10
    p.text(
        20,
        y,
        f"Fait à {L['city']}, le {fr(L['signed_on'])}, en deux exemplaires originaux.",
        "serif",
        10,
    )
    y += 12
    p.text(25, y, "Le bailleur", "serifb", 10)
    p.text(120, y, "Le(s) locataire(s)", "serifb", 10)
    p.text(25, y + 5, "« Lu et approuvé »", "serifi", 9)
    p.text(120, y + 5, "« Lu et approuvé »", "serifi", 9)
    p.hand(27, y + 12, "Lu et approuvé", rng, "h_femke", 12)
    p.hand(122, y + 12, "Lu et approuvé", rng, "h_dkg", 12)
    p.signature(25, y + 15, 55, 20, rng)
    p.signature(120, y + 15, 55, 20, rng, color=(10, 10, 10))
    p.text(190, 285, "Page 3/3", "serif", 8, align="r")
    pages.append(p)
    return pages


def hosting_attestation(h: dict, rng) -> Page:
    """Handwritten attestation d'hébergement on plain lined paper."""
    p = Page(bg=(250, 250, 246))
    for i in range(34):
        p.line(0, 20 + i * 8, 210, 20 + i * 8, (190, 205, 225), 0.15)
    p.line(25, 0, 25, 297, (230, 150, 150), 0.25)
    f, ink = h["font"], (25, 35, 120)
    y = 36
    p.hand(70, y - 8, "Attestation d'hébergement", rng, f, 16, ink)
    for ln in h["lines"]:
        p.hand(30, y + 8, ln, rng, f, 13, ink, slope=rng.uniform(-0.004, 0.006))
        y += 8
    y += 8
    p.hand(110, y + 8, h["place_date"], rng, f, 13, ink)
    p.signature(110, y + 12, 60, 22, rng, color=ink)
    return p


def payslip(s: dict, rng) -> Page:
    """Bulletin de paie clarifié (modèle 2018, simplified)."""
    p = Page()
    g = (90, 90, 90)
    p.rect(12, 10, 90, 34, stroke=(120, 120, 120), lw=0.25)
    y = 16
    for ln in s["employer_lines"]:
        p.text(15, y, ln, "carlitob" if y == 16 else "carlito", 9)
        y += 4.4
    p.text(198, 17, "BULLETIN DE PAIE", "carlitob", 15, align="r")
    p.text(198, 23, f"Période du {fr(s['p_start'])} au {fr(s['p_end'])}", "carlito", 9, align="r")
    p.text(198, 28, f"Paiement le {fr(s['paid_on'])} par virement", "carlito", 9, align="r")
    p.rect(110, 34, 88, 30, stroke=(120, 120, 120), lw=0.25)
    y = 41
    for ln in s["employee_lines"]:
        p.text(114, y, ln, "carlitob" if y == 41 else "carlito", 9.5)
        y += 4.6
    y = 50
    for lab, v in s["info"]:
        p.text(15, y, lab, "carlito", 8, g)
        p.text(58, y, v, "carlito", 8)
        y += 4
    y = 78
    p.rect(12, y - 5, 186, 7, stroke=None, fill=(225, 230, 238))
    for x, t, a in (
        (14, "Éléments de paie", "l"),
        (120, "Base", "r"),
        (140, "Taux", "r"),
        (165, "À déduire", "r"),
        (196, "À payer", "r"),
    ):
        p.text(x, y, t, "carlitob", 8.5, align=a)
    y += 7
    for lab, base, rate, ded, pay in s["lines"]:
        bold = lab.isupper()
        p.text(14, y, lab, "carlitob" if bold else "carlito", 8.5)
        for x, v in ((120, base), (140, rate), (165, ded), (196, pay)):
            if v:
                p.text(x, y, v, "carlito", 8.5, align="r")
        y += 5.2
        if bold:
            p.line(12, y - 3.6, 198, y - 3.6, (200, 200, 200), 0.2)
    y += 6
    p.rect(110, y, 88, 14, stroke=None, fill=(225, 230, 238))
    p.text(114, y + 9, "NET À PAYER AU SALARIÉ", "carlitob", 10)
    p.text(195, y + 9, eur(s["net"]), "carlitob", 12, align="r")
    y += 22
    p.text(14, y, f"Net payé avant impôt sur le revenu : {eur(s['net_before_tax'])}", "carlito", 9)
    p.text(
        14,
        y + 5,
        f"Impôt sur le revenu prélevé à la source - taux personnalisé "
        f"{s['pas_rate']} : {eur(s['net_before_tax'] - s['net'])}",
        "carlito",
        9,
    )
    p.para(
        14,
        278,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur "
        "le portail www.service-public.fr",
        184,
        "carlito",
        7,
        color=g,
    )
    return p


def contract(c: dict, rng) -> list:
    p = Page()
    p.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "caladea", 14, align="c")
    y = 40
    for s in c["paras"]:
        bold = s.startswith("Article")
        y = p.para(22, y, s, 166, "caladea", 10.5, 5.2) + (0 if bold else 2.5)
    p.text(188, 285, "1/2", "caladea", 8, align="r")
    q = Page()
    y = 30
    for s in c["paras2"]:
        y = q.para(22, y, s, 166, "caladea", 10.5, 5.2) + 2.5
    y += 8
    q.text(
        22, y, f"Fait à {c['city']}, le {fr(c['signed_on'])}, en deux exemplaires.", "caladea", 10.5
    )
    q.text(22, y + 12, "Pour la société", "caladea", 10.5)
    q.text(120, y + 12, "Le salarié", "caladea", 10.5)
    q.text(22, y + 17, c["signatory"], "caladea", 9.5)
    q.hand(120, y + 20, "Lu et approuvé, bon pour accord", rng, "h_breip", 11)
    q.signature(22, y + 20, 55, 20, rng)
    q.signature(120, y + 24, 55, 20, rng, color=(10, 10, 60))
    q.text(188, 285, "2/2", "caladea", 8, align="r")
    return [p, q]


def rib_bnp(r: dict, rng) -> Page:
    """BNP Paribas 'Relevé d'identité bancaire' as downloaded from the web banking."""
    p = Page()
    green = (0, 145, 90)
    p.rect(15, 15, 8, 8, stroke=None, fill=green)
    p.text(26, 22, "BNP PARIBAS", "sansb", 15, green)
    p.text(26, 27, "La banque d'un monde qui change", "sansi", 7.5, (90, 90, 90))
    p.text(195, 22, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 11, align="r")
    p.rect(15, 38, 180, 80, stroke=(150, 150, 150), lw=0.3)
    p.text(20, 46, "Titulaire du compte", "sans", 8, (100, 100, 100))
    y = 52
    for ln in r["holder_lines"]:
        p.text(20, y, ln, "sansb" if y == 52 else "sans", 10)
        y += 5
    p.text(120, 46, "Domiciliation", "sans", 8, (100, 100, 100))
    for i, ln in enumerate(r["branch_lines"]):
        p.text(120, 52 + i * 5, ln, "sans", 9.5)
    y = 80
    cols = [
        (20, "Code banque", r["bank"]),
        (50, "Code guichet", r["branch"]),
        (80, "N° de compte", r["account"]),
        (125, "Clé RIB", r["key"]),
    ]
    for x, lab, v in cols:
        p.text(x, y, lab, "sans", 8, (100, 100, 100))
        p.text(x, y + 6, v, "mono", 11)
    p.text(20, 100, "IBAN (International Bank Account Number)", "sans", 8, (100, 100, 100))
    p.text(20, 106, checks.group4(r["iban"]), "monob", 11.5)
    p.text(145, 100, "BIC (Bank Identifier Code)", "sans", 8, (100, 100, 100))
    p.text(145, 106, r["bic"], "monob", 11.5)
    p.para(
        15,
        130,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiements de quittances, etc.). Son utilisation vous garantit le bon enregistrement "
        "des opérations en cause et vous évite ainsi des réclamations pour erreurs ou retards "
        "d'imputation.",
        180,
        "sans",
        8,
        color=(80, 80, 80),
    )
    p.text(
        15,
        285,
        "BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris - "
        "Siège social : 16 boulevard des Italiens 75009 Paris",
        "sans",
        6.5,
        (110, 110, 110),
    )
    return p


def rib_lbp(r: dict, rng) -> Page:
    """La Banque Postale RIB (printed from the app, then scanned)."""
    p = Page()
    navy, yel = (0, 40, 110), (255, 204, 0)
    p.rect(15, 14, 10, 10, stroke=None, fill=yel)
    p.text(29, 21, "LA BANQUE POSTALE", "dvb", 13, navy)
    p.text(195, 20, "Relevé d'Identité Bancaire", "dvb", 11, navy, "r")
    p.line(15, 29, 195, 29, navy, 0.5)
    p.text(15, 40, "Titulaire(s)", "dv", 8, (100, 100, 100))
    for i, ln in enumerate(r["holder_lines"]):
        p.text(15, 46 + i * 5, ln, "dv", 10)
    p.text(115, 40, "Domiciliation", "dv", 8, (100, 100, 100))
    for i, ln in enumerate(r["branch_lines"]):
        p.text(115, 46 + i * 5, ln, "dv", 9.5)
    p.rect(15, 70, 180, 18, stroke=navy, lw=0.3)
    labs = ["Banque", "Guichet", "N° compte", "Clé"]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    for i, (lab, v) in enumerate(zip(labs, vals, strict=True)):
        x = 20 + [0, 30, 62, 120][i]
        p.text(x, 76, lab, "dv", 7.5, (100, 100, 100))
        p.text(x, 84, v, "dvb", 10.5)
    p.text(15, 100, "IBAN", "dv", 8, (100, 100, 100))
    p.text(15, 106, checks.group4(r["iban"]), "dvb", 11)
    p.text(140, 100, "BIC", "dv", 8, (100, 100, 100))
    p.text(140, 106, r["bic"], "dvb", 11)
    p.text(
        15,
        285,
        "La Banque Postale - SA à Directoire et Conseil de Surveillance - "
        "421 100 645 RCS Paris - 115 rue de Sèvres 75275 Paris Cedex 06",
        "dv",
        6.3,
        (110, 110, 110),
    )
    return p


def wise_screen(r: dict, rng) -> Image.Image:
    """Screenshot (1170 x 2532) of the Wise app 'Account details' for EUR."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = lambda s: pil_font("robotob", s)  # noqa: E731
    g = lambda s: pil_font("roboto", s)  # noqa: E731
    d.text((70, 60), r["time"], font=f(44), fill=(0, 0, 0))
    d.text((1090, 60), "5G  84%", font=f(38), fill=(0, 0, 0), anchor="ra")
    d.text((70, 200), "←", font=f(64), fill=(22, 51, 0))
    d.text((70, 330), "Euro account details", font=f(70), fill=(14, 15, 12))
    d.text(
        (70, 430), "Receive EUR from the Eurozone (SEPA) and more.", font=g(38), fill=(90, 90, 90)
    )
    d.rounded_rectangle([70, 520, 1100, 620], 50, fill=(234, 244, 222))
    d.text(
        (585, 570),
        "Local (SEPA)    |    International (SWIFT)",
        font=f(36),
        fill=(22, 51, 0),
        anchor="mm",
    )
    y = 700
    for lab, val in (
        ("Name", r["holder"]),
        ("IBAN", checks.group4(r["iban"])),
        ("Swift/BIC", r["bic"]),
        ("Bank name and address", "Wise"),
        ("", "Rue du Trône 100, 3rd floor"),
        ("", "Brussels 1050, Belgium"),
    ):
        if lab:
            y += 40
            d.text((70, y), lab, font=g(36), fill=(100, 100, 100))
            y += 55
        d.text(
            (70, y),
            val,
            font=f(46) if lab in ("IBAN", "Name", "Swift/BIC") else g(42),
            fill=(14, 15, 12),
        )
        if lab in ("IBAN", "Swift/BIC", "Name"):
            d.text((1100, y), "⧉", font=g(46), fill=(22, 51, 0), anchor="ra")
        y += 75
    d.rounded_rectangle([70, y + 80, 1100, y + 220], 70, fill=(159, 232, 112))
    d.text((585, y + 150), "Share details", font=f(44), fill=(22, 51, 0), anchor="mm")
    d.text(
        (70, y + 300),
        "Wise Europe SA is authorised by the National Bank of Belgium.",
        font=g(32),
        fill=(110, 110, 110),
    )
    d.rounded_rectangle([420, 2490, 750, 2502], 6, fill=(0, 0, 0))
    return im
