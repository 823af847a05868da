"""Lease, hosting attestation, payslip, employment contract, banking-app screenshot."""

from __future__ import annotations

from PIL import Image, ImageDraw

from bank import grouped
from bills import eur, fr, words
from render import Page, pil_font, signature


def lease(rng, L: dict) -> list[Page]:
    """Bail d'habitation loi du 6 juillet 1989 (contrat type, décret 2015-587), 3 pages."""
    pages = []
    p = Page()
    p.text(105, 20, "CONTRAT DE LOCATION", "serifb", 15, (0, 0, 0), "m")
    p.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION", "serifb", 11, (0, 0, 0), "m")
    p.paragraph(
        20,
        35,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs et portant modification de la loi n° 86-1290 du 23 "
        "décembre 1986)",
        170,
        "serifi",
        8.5,
    )
    y = 50
    p.text(20, y, "I. DÉSIGNATION DES PARTIES", "serifb", 11)
    y = p.paragraph(
        20, y + 7, "Le présent contrat est conclu entre les soussignés :", 170, "serif", 10
    )
    y = p.paragraph(
        25,
        y + 2,
        f"{L['landlord']}, demeurant {L['landlord_addr']}, désigné(s) ci-après « le bailleur » ;",
        165,
        "serif",
        10,
    )
    y = p.paragraph(
        25, y + 2, f"{L['tenant_print']}, désigné(s) ci-après « le locataire ».", 165, "serif", 10
    )
    y += 6
    p.text(20, y, "II. OBJET DU CONTRAT", "serifb", 11)
    y = p.paragraph(
        20,
        y + 7,
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
        170,
        "serif",
        10,
    )
    for lab, v in [
        ("A. Consistance du logement - adresse", ", ".join(L["addr"])),
        ("Type d'habitat", "immeuble collectif"),
        ("Régime juridique", "copropriété"),
        ("Période de construction", "1949 à 1974"),
        ("Surface habitable", f"{L['surface']} m²"),
        ("Nombre de pièces principales", str(L["rooms"])),
        ("Modalité de production de chauffage", "individuel électrique"),
        ("B. Destination des locaux", "usage d'habitation exclusif"),
    ]:
        y = p.paragraph(25, y + 1.5, f"{lab} : {v}", 165, "serif", 10)
    y += 6
    p.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serifb", 11)
    y = p.paragraph(
        20, y + 7, f"A. Date de prise d'effet du contrat : {fr(L['start'])}", 170, "serif", 10
    )
    y = p.paragraph(
        20,
        y + 1.5,
        "B. Durée du contrat : trois ans (bailleur personne physique)",
        170,
        "serif",
        10,
    )
    y += 6
    p.text(20, y, "IV. CONDITIONS FINANCIÈRES", "serifb", 11)
    y = p.paragraph(
        20,
        y + 7,
        f"Montant du loyer mensuel : {eur(L['rent'])} hors charges. "
        f"Provision sur charges : {eur(L['charges'])} par mois, payable d'avance le "
        "1er de chaque mois.",
        170,
        "serif",
        10,
    )
    p.text(105, 287, "Page 1/3 - Paraphes :", "serif", 8, (0, 0, 0), "m")
    pages.append(p)
    p = Page()
    y = 20
    for title, body in [
        ("V. TRAVAUX", "Néant."),
        (
            "VI. GARANTIES",
            f"Montant du dépôt de garantie : {eur(L['rent'])} (un mois de loyer hors charges).",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            "Il est expressément stipulé "
            "que le contrat sera résilié de plein droit à défaut de paiement du loyer ou des "
            "charges aux termes convenus, deux mois après un commandement de payer demeuré "
            "infructueux, ainsi qu'à défaut de versement du dépôt de garantie ou de souscription "
            "d'une assurance contre les risques locatifs.",
        ),
        (
            "VIII. HONORAIRES DE LOCATION",
            "Néant : location conclue directement entre particuliers.",
        ),
        (
            "IX. AUTRES CONDITIONS PARTICULIÈRES",
            "Le locataire déclare avoir reçu le dossier de "
            "diagnostic technique (DPE classe D, constat de risque d'exposition au plomb, état de "
            "l'installation électrique) et la notice d'information.",
        ),
        (
            "X. ANNEXES",
            "État des lieux d'entrée ; notice d'information ; extrait du règlement de "
            "copropriété ; dossier de diagnostic technique.",
        ),
    ]:
        p.text(20, y, title, "serifb", 11)
        y = p.paragraph(20, y + 7, body, 170, "serif", 10) + 7
    p.text(105, 287, "Page 2/3 - Paraphes :", "serif", 8, (0, 0, 0), "m")
    pages.append(p)
    p = Page()
    p.text(
        20,
        30,
        f"Fait à {L['city']}, le {fr(L['signed'])}, en deux exemplaires originaux.",
        "serif",
        10,
    )
    p.text(30, 48, "Signature du bailleur", "serifb", 10)
    p.text(30, 53, "« lu et approuvé »", "serifi", 9)
    p.text(120, 48, "Signature du locataire", "serifb", 10)
    p.text(120, 53, "« lu et approuvé »", "serifi", 9)
    p.hand(rng, 30, 62, "lu et approuvé", "h_dkg", 13, (30, 30, 80))
    p.hand(rng, 120, 62, "Lu et approuvé", "h_femke", 12, (20, 30, 120))
    signature(p, rng, 30, 66, 50, 20, (30, 30, 80))
    signature(p, rng, 120, 66, 50, 20)
    p.text(105, 287, "Page 3/3", "serif", 8, (0, 0, 0), "m")
    pages.append(p)
    return pages


def hosting_attestation(rng, A: dict) -> Page:
    """Handwritten attestation d'hébergement on squared/plain paper."""
    p = Page(bg=(250, 250, 246))
    for i in range(0, 297, 8):
        p.line(0, i, 210, i, (200, 215, 235), 0.15)
    p.line(25, 0, 25, 297, (235, 160, 170), 0.3)
    f, col = A["font"], (25, 35, 120)
    p.hand(rng, 60, 30, "Attestation d'hébergement", f, 18, col)
    lines = [
        f"Je soussigné {A['host']}, né le {fr(A['host_dob'])}",
        f"à {A['host_pob']}, demeurant au",
        f"{A['addr'][0]}, {A['addr'][1]},",
        "certifie sur l'honneur héberger à mon domicile,",
        f"depuis le {fr(A['since'])}, mon épouse {A['hosted']},",
        f"née le {fr(A['hosted_dob'])} à {A['hosted_pob']}.",
        "",
        "Je joins une copie de ma carte d'identité et",
        "mes trois dernières factures d'électricité.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        "",
        f"Fait à {A['city']}, le {fr(A['signed_on'])}",
    ]
    y = 56
    for ln in lines:
        if ln:
            p.hand(rng, 30, y, ln, f, 14, col)
        y += 10.5 if ln else 6
    signature(p, rng, 120, y + 4, 55, 22, col)
    return p


def payslip(rng, P: dict) -> Page:
    """Bulletin de paie clarifié (modèle 2018)."""
    p = Page()
    p.rect(12, 10, 186, 30, (120, 120, 120), None, 0.2)
    p.text(15, 16, P["employer"], "sansb", 10)
    for i, ln in enumerate(P["employer_addr"]):
        p.text(15, 20.5 + i * 4, ln, "sans", 8)
    p.text(15, 33, f"SIRET : {P['siret']}   Code NAF : {P['naf']}", "sans", 7.5)
    p.text(15, 37, f"Convention collective : {P['ccn']}", "sans", 7.5)
    p.text(150, 16, "BULLETIN DE PAIE", "sansb", 11, (0, 0, 0), "m")
    p.text(150, 22, f"Période du {fr(P['start'])} au {fr(P['end'])}", "sans", 8, (0, 0, 0), "m")
    p.text(150, 27, f"Paiement le {fr(P['paid'])} par virement", "sans", 8, (0, 0, 0), "m")
    p.rect(110, 44, 88, 24, (120, 120, 120), None, 0.2)
    p.text(113, 50, P["employee_print"], "sansb", 9.5)
    for i, ln in enumerate(P["employee_addr"]):
        p.text(113, 55 + i * 4.2, ln, "sans", 8.5)
    for i, (lab, v) in enumerate(
        [
            ("Matricule", P["matricule"]),
            ("Emploi", P["job"]),
            ("Statut", P["status"]),
            ("Entrée le", fr(P["hired"])),
            ("N° SS", "en cours d'attribution"),
        ]
    ):
        p.text(15, 48 + i * 4.2, f"{lab} : {v}", "sans", 8)
    y = 76
    p.rect(12, y, 186, 7, None, (225, 225, 225))
    for x, h in [
        (15, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "À déduire"),
        (185, "À payer"),
    ]:
        p.text(x, y + 5, h, "sansb", 8)
    gross = P["gross"]
    rows = [
        ("Salaire de base", "151,67", f"{gross / 151.67:.4f}".replace(".", ","), None, gross),
        ("SALAIRE BRUT", "", "", None, gross),
        ("SANTÉ", "", "", None, None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", eur(gross)[:-2], "", 0.0, None),
        ("Complémentaire Santé", "", "", 38.20, None),
        ("RETRAITE", "", "", None, None),
        ("Sécurité sociale plafonnée", eur(gross)[:-2], "6,9000", round(gross * 0.069, 2), None),
        ("Sécurité sociale déplafonnée", eur(gross)[:-2], "0,4000", round(gross * 0.004, 2), None),
        ("Complémentaire Tranche 1", eur(gross)[:-2], "4,0100", round(gross * 0.0401, 2), None),
        ("ASSURANCE CHÔMAGE", "", "", 0.0, None),
        (
            "CSG déductible de l'impôt sur le revenu",
            eur(gross * 0.9825)[:-2],
            "6,8000",
            round(gross * 0.9825 * 0.068, 2),
            None,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            eur(gross * 0.9825)[:-2],
            "2,9000",
            round(gross * 0.9825 * 0.029, 2),
            None,
        ),
    ]
    y += 12
    ded = 0.0
    for lab, base, rate, minus, plus in rows:
        bold = lab.isupper()
        p.text(15, y, lab, "sansb" if bold else "sans", 7.8)
        p.text(128, y, base, "sans", 7.8, (0, 0, 0), "r")
        p.text(150, y, rate, "sans", 7.8, (0, 0, 0), "r")
        if minus:
            p.text(175, y, eur(minus)[:-2], "sans", 7.8, (0, 0, 0), "r")
            ded += minus
        if plus:
            p.text(196, y, eur(plus)[:-2], "sans", 7.8, (0, 0, 0), "r")
        y += 5.2
    y += 4
    p.line(12, y - 3, 198, y - 3, (120, 120, 120), 0.2)
    p.text(15, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", "sansb", 8)
    p.text(175, y, eur(ded)[:-2], "sansb", 8, (0, 0, 0), "r")
    before = round(gross - ded, 2)
    tax = round(before * P["pas_rate"] / 100, 2)
    net = round(before - tax, 2)
    y += 10
    p.rect(12, y - 5, 186, 8, None, (235, 240, 250))
    p.text(15, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "sansb", 9)
    p.text(196, y, eur(before), "sansb", 9, (0, 0, 0), "r")
    y += 8
    p.text(
        15,
        y,
        f"Impôt sur le revenu prélevé à la source - taux personnalisé "
        f"{P['pas_rate']:.1f} %".replace(".", ","),
        "sans",
        8,
    )
    p.text(196, y, eur(tax), "sans", 8, (0, 0, 0), "r")
    y += 10
    p.rect(110, y - 6, 88, 10, (0, 0, 0), (220, 230, 245), 0.3)
    p.text(113, y + 0.5, "NET PAYÉ", "sansb", 11)
    p.text(196, y + 0.5, eur(net), "sansb", 11, (0, 0, 0), "r")
    P["net"] = net
    y += 16
    p.text(
        15,
        y,
        f"Net social : {eur(before)}   Coût total employeur : {eur(round(gross * 1.42, 2))}",
        "sans",
        7.5,
    )
    p.paragraph(
        15,
        278,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
        "bulletin de paie sur le portail www.service-public.fr",
        180,
        "sansi",
        7,
        3.2,
    )
    return p


def contract(rng, C: dict) -> list[Page]:
    """Contrat de travail (CDD/CDI), 2 pages, signed by both parties."""
    p = Page()
    p.text(105, 22, C["title"], "serifb", 13, (0, 0, 0), "m")
    y = 36
    y = p.paragraph(20, y, "ENTRE LES SOUSSIGNÉS :", 170, "serifb", 10) + 2
    y = (
        p.paragraph(
            20,
            y,
            f"La société {C['employer']}, {C['form']} au capital de "
            f"{C['capital']}, immatriculée au RCS de {C['rcs']} sous le numéro "
            f"{C['siren']}, dont le siège social est situé {C['seat']}, représentée par "
            f"{C['boss']}, en sa qualité de {C['boss_role']}, ci-après « l'Employeur »,",
            170,
            "serif",
            10,
        )
        + 2
    )
    y = p.paragraph(20, y, "ET", 170, "serifb", 10) + 2
    y = (
        p.paragraph(
            20,
            y,
            f"{C['employee_print']}, né le {fr(C['dob'])} à {C['pob']}, de "
            f"nationalité {C['nat']}, demeurant {C['addr']}, ci-après « le Salarié »,",
            170,
            "serif",
            10,
        )
        + 2
    )
    y = p.paragraph(20, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", 170, "serifb", 10) + 4
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du "
            f"{words(C['start'])} {C['duration']}, sous réserve des résultats de la visite "
            "d'information et de prévention.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié exercera les fonctions de {C['job']}, "
            f"statut {C['status']}, coefficient {C['coef']} de la convention collective "
            f"{C['ccn']}.",
        ),
        ("Article 3 - Période d'essai", C["trial"]),
        ("Article 4 - Lieu de travail", f"Le Salarié exercera ses fonctions à {C['site']}."),
        ("Article 5 - Durée du travail", "La durée hebdomadaire de travail est fixée à 35 heures."),
        (
            "Article 6 - Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute "
            f"de {eur(C['gross'])} pour 151,67 heures de travail.",
        ),
    ]
    for t, body in arts:
        p.text(20, y, t, "serifb", 10)
        y = p.paragraph(20, y + 5.5, body, 170, "serif", 10) + 5
    p.text(105, 287, "1/2", "serif", 8, (0, 0, 0), "m")
    q = Page()
    y = 22
    for t, body in [
        (
            "Article 7 - Congés payés",
            "Le Salarié bénéficiera des congés payés dans "
            "les conditions prévues par la loi et la convention collective.",
        ),
        (
            "Article 8 - Protection sociale",
            "Le Salarié sera affilié dès son entrée "
            "au régime général de la Sécurité sociale, à la caisse de retraite "
            "complémentaire Agirc-Arrco et au régime de prévoyance et de frais de santé "
            "de l'entreprise.",
        ),
        (
            "Article 9 - Autorisation de travail",
            "Le Salarié déclare être titulaire "
            "d'un titre l'autorisant à exercer une activité salariée en France et "
            "s'engage à informer l'Employeur de tout changement.",
        ),
        ("Article 10 - Fin du contrat", C["end_clause"]),
    ]:
        q.text(20, y, t, "serifb", 10)
        y = q.paragraph(20, y + 5.5, body, 170, "serif", 10) + 5
    y += 6
    q.text(20, y, f"Fait à {C['city']}, le {fr(C['signed'])}, en deux exemplaires.", "serif", 10)
    q.text(25, y + 14, "Pour l'Employeur", "serifb", 10)
    q.text(120, y + 14, "Le Salarié", "serifb", 10)
    q.text(120, y + 19, "(précédé de la mention « lu et approuvé »)", "serifi", 8)
    signature(q, rng, 25, y + 24, 50, 20, (20, 20, 20))
    q.hand(rng, 120, y + 27, "Lu et approuvé", "h_breip", 13)
    signature(q, rng, 120, y + 31, 50, 18)
    q.text(105, 287, "2/2", "serif", 8, (0, 0, 0), "m")
    return [p, q]


def wise_screenshot(rng, W: dict) -> Image.Image:
    """Phone screenshot (1170 x 2532) of the Wise app: EUR account details."""
    im = Image.new("RGB", (1170, 2532), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = lambda n, s: pil_font(n, s)  # noqa: E731
    d.text((70, 40), "9:41", font=f("openb", 44), fill=(0, 0, 0))
    d.text((1010, 40), "5G", font=f("openb", 38), fill=(0, 0, 0))
    d.rounded_rectangle([1060, 48, 1120, 78], 8, outline=(0, 0, 0), width=3)
    d.text((70, 180), "<", font=f("open", 60), fill=(22, 51, 0))
    d.text((70, 300), "Euro account details", font=f("openb", 64), fill=(14, 15, 12))
    d.text(
        (70, 400),
        "Use these details to receive EUR from SEPA",
        font=f("open", 38),
        fill=(90, 90, 90),
    )
    y = 520
    for lab, val in [
        ("Name", W["holder"]),
        ("IBAN", grouped(W["iban"])),
        ("Swift/BIC", W["bic"]),
        ("Bank name and address", "Wise"),
        ("", "Rue du Trône 100, 3rd floor"),
        ("", "Brussels 1050, Belgium"),
    ]:
        if lab:
            y += 40
            d.text((70, y), lab, font=f("open", 36), fill=(110, 110, 110))
            y += 55
        d.text((70, y), val, font=f("opensb", 48), fill=(14, 15, 12))
        if lab in ("IBAN", "Name", "Swift/BIC"):
            d.rounded_rectangle([930, y - 10, 1100, y + 60], 35, fill=(159, 232, 112))
            d.text((1015, y + 25), "Copy", font=f("opensb", 34), fill=(22, 51, 0), anchor="mm")
        y += 75
        d.line([70, y, 1100, y], fill=(230, 230, 230), width=2)
    y += 80
    d.rounded_rectangle([70, y, 1100, y + 170], 30, fill=(242, 245, 247))
    d.text(
        (110, y + 40),
        "Receiving from a bank in France? Use these details for",
        font=f("open", 32),
        fill=(60, 60, 60),
    )
    d.text(
        (110, y + 90), "SEPA transfers and direct debits.", font=f("open", 32), fill=(60, 60, 60)
    )
    d.rounded_rectangle([70, 2260, 1100, 2390], 65, fill=(159, 232, 112))
    d.text((585, 2325), "Share details", font=f("openb", 44), fill=(22, 51, 0), anchor="mm")
    d.rounded_rectangle([400, 2490, 770, 2502], 6, fill=(0, 0, 0))
    return im
