"""Payslip (bulletin de paie clarifié), CDI/CDD contracts, lease (loi 1989), hosting attestation."""

from __future__ import annotations

import random

from docs_fr import eur, fr_date, fr_words
from render import Page, hand_wrap, signature, stamp_round


def payslip(e: dict) -> Page:
    p = Page()
    f, fb = e.get("font", "carlito"), e.get("fontb", "carlitob")
    p.text(14, 16, "BULLETIN DE PAIE", fb, 14)
    p.text(
        196, 16, f"Période du {fr_date(e['p_start'])} au {fr_date(e['p_end'])}", f, 9, anchor="r"
    )
    p.text(196, 21, f"Paiement le {fr_date(e['paid'])} par virement", f, 9, anchor="r")
    p.rect(14, 26, 88, 34, lw=0.3)
    p.text(16, 31, e["employer"], fb, 9.5)
    for i, ln in enumerate(e["emp_addr"]):
        p.text(16, 35.5 + i * 4, ln, f, 8.5)
    p.text(16, 48, f"SIRET : {e['siret']}", f, 8.5)
    p.text(16, 52, f"Code NAF : {e['naf']}", f, 8.5)
    p.text(16, 56, f"URSSAF : {e['urssaf']}", f, 8.5)
    p.rect(108, 26, 88, 34, lw=0.3)
    p.text(111, 31, e["employee_line"], fb, 10)
    for i, ln in enumerate(e["addr"]):
        p.text(111, 35.5 + i * 4, ln, f, 9)
    p.text(14, 66, f"Emploi : {e['job']}", f, 8.5)
    p.text(14, 70.5, f"Statut : {e['status']}  -  Coefficient : {e['coef']}", f, 8.5)
    p.text(110, 66, f"Matricule : {e['matricule']}", f, 8.5)
    p.text(110, 70.5, f"Date d'entrée : {fr_date(e['entry'])}", f, 8.5)
    p.text(14, 75, f"Convention collective : {e['ccn']}", f, 8.5)
    y = 82
    p.rect(14, y, 182, 7, stroke=None, fill=(225, 230, 240))
    for t, x, a in [
        ("Éléments de paie", 16, "l"),
        ("Base", 112, "r"),
        ("Taux", 132, "r"),
        ("À déduire", 160, "r"),
        ("Part employeur", 194, "r"),
    ]:
        p.text(x, y + 5, t, fb, 8, anchor=a)
    g = e["gross"]
    pss = min(g, 4005.0)
    rows = [
        ("Salaire de base", "151,67 h", "", None, None, True),
        ("SALAIRE BRUT", "", "", None, None, True),
        ("SANTÉ", "", "", None, None, False),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", g, "", 0.0, 0.13 * g, False),
        ("Complémentaire Incapacité Invalidité Décès", pss, "", 0.0038 * pss, 0.0062 * pss, False),
        ("Complémentaire santé", "", "", 38.20, 38.20, False),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", g, "", 0.0, 0.0121 * g, False),
        ("RETRAITE", "", "", None, None, False),
        ("Sécurité sociale plafonnée", pss, "6,90", 0.069 * pss, 0.0855 * pss, False),
        ("Sécurité sociale déplafonnée", g, "0,40", 0.004 * g, 0.0202 * g, False),
        ("Complémentaire Tranche 1", pss, "4,01", 0.0401 * pss, 0.0601 * pss, False),
        ("FAMILLE", g, "", 0.0, 0.0345 * g, False),
        ("ASSURANCE CHÔMAGE", g, "", 0.0, 0.0425 * g, False),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", 0.0, 0.021 * g, False),
        (
            "CSG déductible de l'impôt sur le revenu",
            0.9825 * g,
            "6,80",
            0.068 * 0.9825 * g,
            None,
            False,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            0.9825 * g,
            "2,90",
            0.029 * 0.9825 * g,
            None,
            False,
        ),
    ]
    y += 13
    ded_total, emp_total = 0.0, 0.0
    for lab, base, rate, ded, emp, bold in rows:
        font = fb if (bold or lab.isupper()) else f
        p.text(16, y, lab, font, 8)
        if lab == "Salaire de base":
            p.text(112, y, base, f, 8, anchor="r")
            p.text(194, y, eur(g), f, 8, anchor="r")
        elif lab == "SALAIRE BRUT":
            p.text(194, y, eur(g), fb, 8.5, anchor="r")
        if isinstance(base, float):
            p.text(112, y, f"{base:,.2f}".replace(",", " ").replace(".", ","), f, 8, anchor="r")
        if rate:
            p.text(132, y, rate, f, 8, anchor="r")
        if ded is not None and ded:
            p.text(160, y, eur(round(ded, 2)), f, 8, anchor="r")
            ded_total += round(ded, 2)
        if emp is not None and emp:
            p.text(194, y, eur(round(emp, 2)), f, 8, anchor="r")
            emp_total += round(emp, 2)
        y += 5.6
    p.line(14, y - 2, 196, y - 2, (0, 0, 0), 0.3)
    y += 3
    p.text(16, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", fb, 8.5)
    p.text(160, y, eur(round(ded_total, 2)), fb, 8.5, anchor="r")
    p.text(194, y, eur(round(emp_total, 2)), fb, 8.5, anchor="r")
    net_before = round(g - ded_total, 2)
    tax = round(e["tax_rate"] / 100 * (net_before + 0.029 * 0.9825 * g), 2)
    net = round(net_before - tax, 2)
    assert e["net"] is None or abs(net - e["net"]) < 0.02, (net, e["net"])
    e["net"] = net
    y += 10
    p.rect(14, y - 5, 182, 7, stroke=None, fill=(240, 240, 240))
    p.text(16, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
    p.text(194, y, eur(net_before), fb, 9, anchor="r")
    y += 7
    p.text(
        16,
        y,
        f"Impôt sur le revenu prélevé à la source - taux personnalisé {e['tax_rate']} %",
        f,
        8.5,
    )
    p.text(194, y, "- " + eur(tax), f, 8.5, anchor="r")
    y += 9
    p.rect(110, y - 6, 86, 10, stroke=(0, 0, 0), fill=(225, 230, 240), lw=0.4)
    p.text(113, y + 0.5, "NET PAYÉ", fb, 11)
    p.text(193, y + 0.5, eur(net), fb, 12, anchor="r")
    y += 10
    p.text(16, y, f"Montant net social : {eur(round(net_before - 12.4, 2))}", f, 8.5)
    p.text(16, y + 5, f"Total versé par l'employeur : {eur(round(g + emp_total, 2))}", f, 8.5)
    p.text(
        16,
        y + 10,
        "Dont évolution de la rémunération liée à la suppression des cotisations "
        "chômage et maladie : " + eur(round(0.0315 * g, 2)),
        f,
        7.5,
    )
    p.text(
        105,
        284,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
        f,
        7,
        (90, 90, 90),
        "c",
    )
    p.text(
        105,
        288,
        "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr",
        f,
        7,
        (90, 90, 90),
        "c",
    )
    return p


def contract(c: dict, seed: int) -> list[Page]:
    rng = random.Random(seed)
    f, fb = c.get("font", "serif"), c.get("fontb", "serifb")
    cdi = c["type"] == "CDI"
    title = "CONTRAT DE TRAVAIL À DURÉE " + ("INDÉTERMINÉE" if cdi else "DÉTERMINÉE")
    p = Page()
    p.text(105, 22, title, fb, 13, anchor="c")
    y = 36
    p.text(14, y, "Entre les soussignés :", fb, 10)
    y = p.wrap(
        14,
        y + 7,
        182,
        f"La société {c['employer']}, {c['form']}, dont le siège social est "
        f"situé {c['emp_addr']}, immatriculée sous le numéro SIRET {c['siret']}, représentée "
        f"par {c['rep']}, en sa qualité de {c['rep_role']},",
        f,
        10,
    )
    y = p.wrap(14, y + 1, 182, "ci-après dénommée « l'Employeur », d'une part,", f, 10)
    y = p.wrap(14, y + 3, 182, "et", f, 10)
    y = p.wrap(
        14,
        y + 1,
        182,
        f"{c['civ']} {c['employee']}, né{c['e']} le {fr_date(c['dob'])} à "
        f"{c['pob']}, de nationalité {c['nat']}, demeurant {c['addr']},",
        f,
        10,
    )
    y = p.wrap(
        14, y + 1, 182, "ci-après dénommé" + c["e"] + " « le Salarié », d'autre part,", f, 10
    )
    y = p.wrap(14, y + 3, 182, "Il a été convenu ce qui suit :", fb, 10) + 3
    arts = [
        (
            "Article 1 - Engagement",
            f"{c['civ']} {c['employee']} est engagé{c['e']} à compter du "
            f"{fr_words(c['start'])} "
            + (
                "pour une durée indéterminée."
                if cdi
                else f"jusqu'au {fr_words(c['end'])}, pour faire face à un "
                "accroissement temporaire "
                "d'activité lié au programme de rénovation énergétique "
                "(article L. 1242-2 2° du Code du "
                "travail)."
            )
            + f" Le présent contrat est régi par la convention collective {c['ccn']}.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié exercera les fonctions de {c['job']}, statut "
            f"{c['status']}. Ces fonctions pourront évoluer en fonction "
            "des besoins de l'entreprise.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue "
            f"d'une période d'essai de {c['trial']}, "
            "au cours de laquelle chacune des parties pourra "
            "y mettre fin dans les conditions prévues par la loi.",
        ),
        (
            "Article 4 - Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute de "
            f"{eur(c['gross'])} pour une durée de travail "
            "de 35 heures par semaine, versée à la fin "
            "de chaque mois.",
        ),
        (
            "Article 5 - Lieu de travail",
            f"Le Salarié exercera ses fonctions à {c['workplace']}. "
            "Il pourra être amené à effectuer des déplacements ponctuels.",
        ),
    ]
    for head, body in arts:
        y = p.wrap(14, y + 2, 182, head, fb, 10.5)
        y = p.wrap(14, y, 182, body, f, 10)
    p.text(196, 288, "1/2", f, 8, anchor="r")
    q = Page()
    y = 24
    arts2 = [
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés prévus par la loi et "
            "la convention collective, soit 2,5 jours ouvrables par mois de travail effectif.",
        ),
        (
            "Article 7 - Obligations",
            "Le Salarié s'engage à respecter le règlement intérieur, les "
            "consignes de sécurité et à observer la plus grande discrétion sur les informations "
            "dont il aurait connaissance dans l'exercice de ses fonctions.",
        ),
        (
            "Article 8 - Protection sociale",
            "Le Salarié sera affilié au régime général de la "
            "Sécurité sociale, au régime de retraite complémentaire AGIRC-ARRCO et au contrat de "
            "prévoyance et de frais de santé en vigueur dans l'entreprise.",
        ),
    ]
    for head, body in arts2:
        y = q.wrap(14, y + 2, 182, head, fb, 10.5)
        y = q.wrap(14, y, 182, body, f, 10)
    y += 10
    q.text(
        14,
        y,
        f"Fait en deux exemplaires originaux, à {c['city']}, le {fr_date(c['signed'])}.",
        f,
        10,
    )
    y += 14
    q.text(20, y, "L'Employeur", fb, 10)
    q.text(120, y, "Le Salarié", fb, 10)
    q.text(20, y + 5, c["rep"], f, 9)
    q.text(120, y + 5, "« Lu et approuvé »", "serifi", 9)
    signature(q, 24, y + 22, rng, 34, (10, 10, 20), 0.45)
    stamp_round(q, 72, y + 18, 12, [c["employer"].split()[0], c["city"].upper()], (40, 60, 150))
    signature(q, 124, y + 22, rng, 36, (25, 35, 120), 0.5)
    q.text(196, 288, "2/2", f, 8, anchor="r")
    return [p, q]


def lease(L: dict, seed: int) -> list[Page]:
    rng = random.Random(seed)
    f, fb = "dserif", "dserifb"
    p = Page()
    p.text(105, 20, "CONTRAT DE LOCATION", fb, 14, anchor="c")
    p.text(105, 26, "LOCAUX VIDES À USAGE D'HABITATION", fb, 10, anchor="c")
    p.text(
        105,
        31,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 - modèle type "
        "décret n° 2015-587 du 29 mai 2015)",
        f,
        7,
        anchor="c",
    )
    y = 42
    secs = [
        (
            "I. DÉSIGNATION DES PARTIES",
            f"Le présent contrat est conclu entre les soussignés :\n"
            f"{L['landlord']}, demeurant {L['landlord_addr']}, désigné ci-après « le bailleur » ;\n"
            f"et {L['tenant_line']}, né{L['e']} le {fr_date(L['dob'])} "
            f"à {L['pob']}, désigné{L['e']} "
            "ci-après « le locataire ».",
        ),
        (
            "II. OBJET DU CONTRAT",
            f"Localisation du logement : {L['address']}\n"
            f"Type d'habitat : immeuble collectif - {L['floor']}\nRégime juridique de l'immeuble : "
            "copropriété\nPériode de construction : 1949 à 1974\n"
            f"Surface habitable : {L['surface']} m²   Nombre de pièces principales : {L['rooms']}\n"
            "Modalité de production de chauffage : individuel électrique\n"
            "Destination des locaux : usage d'habitation principale",
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            "Date de prise d'effet du contrat : "
            f"{fr_date(L['start'])}\nDurée du contrat : 3 ans, renouvelable tacitement.\n"
            "Le locataire peut mettre fin au bail à tout moment, après avoir donné congé.",
        ),
    ]
    for head, body in secs:
        p.rect(14, y - 4.5, 182, 6.5, stroke=None, fill=(230, 230, 230))
        p.text(16, y, head, fb, 9.5)
        y = p.wrap(16, y + 7, 178, body, f, 9) + 4
    p.text(196, 288, "Page 1 / 3", f, 7.5, anchor="r")
    q = Page()
    y = 22
    secs2 = [
        (
            "IV. CONDITIONS FINANCIÈRES",
            f"Montant du loyer mensuel : {eur(L['rent'])}\n"
            f"Montant des provisions sur charges : {eur(L['charges'])}\n"
            "Le logement est situé dans une zone d'encadrement des loyers : non\n"
            "Modalités de paiement : mensuel, à terme à échoir, le 5 de chaque mois, par virement.",
        ),
        ("V. TRAVAUX", "Néant."),
        (
            "VI. GARANTIES",
            f"Montant du dépôt de garantie : {eur(L['rent'])} (un mois de loyer hors charges).",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit "
            "en cas de défaut de paiement du loyer ou des charges, du dépôt de garantie, ou de "
            "non-souscription d'une assurance des risques locatifs, "
            "deux mois après un commandement "
            "de payer demeuré infructueux.",
        ),
        (
            "VIII. ANNEXES",
            "Diagnostic de performance énergétique (classe D), constat de risque "
            "d'exposition au plomb, état des risques, notice d'information, "
            "état des lieux d'entrée.",
        ),
    ]
    for head, body in secs2:
        q.rect(14, y - 4.5, 182, 6.5, stroke=None, fill=(230, 230, 230))
        q.text(16, y, head, fb, 9.5)
        y = q.wrap(16, y + 7, 178, body, f, 9) + 4
    q.text(196, 288, "Page 2 / 3", f, 7.5, anchor="r")
    r = Page()
    r.text(16, 30, "IX. SIGNATURES", fb, 10)
    r.text(
        16,
        42,
        f"Fait et signé à {L['city']}, le {fr_date(L['signed'])}, en deux originaux.",
        f,
        9.5,
    )
    r.text(20, 58, "Le bailleur", fb, 9.5)
    r.text(120, 58, "Le locataire", fb, 9.5)
    r.text(20, 63, "« Lu et approuvé »", "serifi", 9)
    r.text(120, 63, "« Lu et approuvé »", "serifi", 9)
    signature(r, 24, 80, rng, 36, (20, 20, 30), 0.45)
    signature(r, 124, 80, rng, 32, (25, 35, 120), 0.5)
    r.text(196, 288, "Page 3 / 3", f, 7.5, anchor="r")
    for pg in (p, q, r):
        pg.text(180, 284, "Paraphes :", f, 7, (80, 80, 80), "r")
        signature(pg, 184, 284, rng, 6, (25, 35, 120), 0.3)
    return [p, q, r]


def attestation_hand(h: dict, seed: int) -> Page:
    rng = random.Random(seed)
    p = Page(bg=(252, 252, 248))
    font, ink = h.get("font", "hand3"), h.get("ink", (20, 30, 90))
    for k in range(34):  # faint ruled lines of a writing pad
        p.line(0, 30 + k * 8, 210, 30 + k * 8, (200, 215, 235), 0.15)
    p.line(22, 0, 22, 297, (235, 170, 170), 0.2)
    hand_wrap(p, 30, 37.5, 150, h["head"], rng, font, 13, 8, ink)
    hand_wrap(p, 60, 69.5, 120, "ATTESTATION D'HÉBERGEMENT", rng, font, 16, 8, ink)
    y = hand_wrap(p, 30, 93.5, 165, h["body"], rng, font, 13, 8, ink)
    y = hand_wrap(p, 100, y + 16, 95, h["closing"], rng, font, 13, 8, ink)
    signature(p, 112, y + 14, rng, 40, ink, 0.55)
    return p
