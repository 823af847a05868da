"""French documents: energy/internet bills, lease, attestation d'hébergement, payslip, CDI, RIB."""

from __future__ import annotations

import random

from common import Page, fr_date, fr_words, hand, new_pdf, signature


def _money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


# ------------------------------------------------------------------ bills
def engie_bill(pg: Page, b: dict, rng: random.Random):
    pg.rect(0, 0, 210, 28, stroke=None, fill=(0.0, 0.67, 0.9))
    pg.text(14, 16, "ENGIE", "roboto-b", 24, (1, 1, 1))
    pg.text(196, 12, "Votre facture", "roboto", 12, (1, 1, 1), align="r")
    pg.text(196, 19, f"du {fr_words(b['issue'])}", "roboto", 9, (1, 1, 1), align="r")
    pg.text(196, 24, f"N° de facture : {b['invoice']}", "roboto", 7.5, (1, 1, 1), align="r")
    pg.text(120, 40, b["holder_print"], "roboto-b", 10)
    for i, ln in enumerate(b["addr_lines"]):
        pg.text(120, 45 + i * 4.6, ln, "roboto", 9.5)
    pg.text(14, 38, "Référence client", "roboto", 7.5, (0.4, 0.4, 0.4))
    pg.text(14, 42, b["client_ref"], "roboto-m", 9)
    pg.text(14, 49, "Compte de facturation", "roboto", 7.5, (0.4, 0.4, 0.4))
    pg.text(14, 53, b["account"], "roboto-m", 9)
    pg.text(14, 60, "Votre offre", "roboto", 7.5, (0.4, 0.4, 0.4))
    pg.text(14, 64, "Elec Référence 3 ans + Gaz Référence", "roboto-m", 9)
    pg.rect(14, 76, 182, 26, stroke=None, fill=(0.93, 0.97, 1.0), r=2)
    pg.text(20, 85, "Montant TTC à payer", "roboto", 11)
    pg.text(190, 87, _money(b["amount"]), "roboto-b", 20, (0.0, 0.45, 0.7), align="r")
    pg.text(20, 93, f"Prélevé le {fr_date(b['due'])} sur votre compte", "roboto", 8.5)
    pg.text(
        20,
        98,
        f"Facture mensuelle — consommation du {fr_date(b['start'])} au {fr_date(b['end'])}",
        "roboto",
        8.5,
    )
    y = 112
    pg.text(14, y, "Détail de votre facture", "roboto-b", 11)
    y += 4
    pg.line(14, y, 196, y, (0.0, 0.67, 0.9), 1)
    rows = [
        ("Électricité — PDL " + b["pdl"], b["elec"]),
        (f"  Consommation {b['kwh_e']} kWh (index réels Linky)", None),
        ("Gaz naturel — PCE " + b["pce"], b["gas"]),
        (f"  Consommation {b['kwh_g']} kWh", None),
        ("Abonnements", b["abo"]),
        ("Taxes et contributions (accise, CTA, TVA)", b["tax"]),
    ]
    for lab, v in rows:
        y += 7
        pg.text(16, y, lab, "roboto", 9)
        if v is not None:
            pg.text(194, y, _money(v), "roboto", 9, align="r")
    y += 5
    pg.line(14, y, 196, y, (0.7, 0.7, 0.7), 0.4)
    y += 7
    pg.text(16, y, "Total TTC", "roboto-b", 10)
    pg.text(194, y, _money(b["amount"]), "roboto-b", 10, align="r")
    y += 16
    pg.text(14, y, "Adresse du point de livraison", "roboto", 7.5, (0.4, 0.4, 0.4))
    pg.text(14, y + 4.5, ", ".join(b["addr_lines"]), "roboto", 9)
    pg.para(
        14,
        260,
        "ENGIE — SA au capital de 2 435 285 011 € — RCS Nanterre 542 107 651 — "
        "1 place Samuel de Champlain 92400 Courbevoie. Service client : 09 69 324 324 "
        "(appel non surtaxé). Médiateur national de l'énergie : www.energie-mediateur.fr",
        182,
        "roboto",
        7,
        3.4,
        (0.35, 0.35, 0.35),
    )


def free_bill(pg: Page, b: dict, rng: random.Random):
    pg.text(14, 20, "free", "sans-b", 30, (0.8, 0.0, 0.0))
    pg.text(14, 27, "Free SAS — 8 rue de la Ville l'Évêque 75008 Paris", "sans", 7, (0.4, 0.4, 0.4))
    pg.text(196, 16, "FACTURE", "sans-b", 13, align="r")
    pg.text(196, 22, f"N° {b['invoice']}", "sans", 8, align="r")
    pg.text(196, 27, f"Date : {fr_date(b['issue'])}", "sans", 8, align="r")
    pg.rect(110, 38, 86, 28, lw=0.3)
    pg.text(114, 45, b["holder_print"], "sans-b", 9.5)
    for i, ln in enumerate(b["addr_lines"]):
        pg.text(114, 50 + i * 4.5, ln, "sans", 9)
    pg.text(14, 42, f"Identifiant : {b['client_ref']}", "sans", 8.5)
    pg.text(14, 47, f"N° de ligne : {b['line']}", "sans", 8.5)
    pg.text(14, 52, "Offre : Freebox Pop", "sans", 8.5)
    y = 80
    pg.rect(14, y, 182, 7, stroke=None, fill=(0.85, 0.85, 0.85))
    pg.text(16, y + 5, "Désignation", "sans-b", 8.5)
    pg.text(150, y + 5, "Période", "sans-b", 8.5)
    pg.text(194, y + 5, "Montant TTC", "sans-b", 8.5, align="r")
    per = f"{fr_date(b['start'])} - {fr_date(b['end'])}"
    rows = [
        ("Forfait Freebox Pop", per, b["forfait"]),
        ("Option TV by Free", per, 0.0),
        ("Communications vers les mobiles", per, b["extra"]),
    ]
    for lab, p, v in rows:
        y += 8
        pg.text(16, y + 5, lab, "sans", 8.5)
        pg.text(150, y + 5, p, "sans", 7.5)
        pg.text(194, y + 5, _money(v), "sans", 8.5, align="r")
    y += 16
    pg.text(150, y, "Total HT", "sans", 8.5)
    pg.text(194, y, _money(round(b["amount"] / 1.2, 2)), "sans", 8.5, align="r")
    pg.text(150, y + 5, "TVA 20 %", "sans", 8.5)
    pg.text(194, y + 5, _money(round(b["amount"] - b["amount"] / 1.2, 2)), "sans", 8.5, align="r")
    pg.text(150, y + 12, "Total TTC", "sans-b", 10)
    pg.text(194, y + 12, _money(b["amount"]), "sans-b", 10, align="r")
    pg.text(14, y + 24, f"Montant prélevé le {fr_date(b['due'])}.", "sans", 8.5)
    pg.para(
        14,
        268,
        "Free SAS au capital de 3 441 812 € — RCS Paris B 421 938 861 — "
        "Assistance 3244. Conservez cette facture.",
        182,
        "sans",
        6.5,
        3,
        (0.4, 0.4, 0.4),
    )


def bill_pdf(kind: str, b: dict, rng: random.Random) -> bytes:
    buf, c = new_pdf()
    pg = Page(c)
    {"engie": engie_bill, "free": free_bill}[kind](pg, b, rng)
    c.showPage()
    c.save()
    return buf.getvalue()


def bill_fields(b: dict) -> dict:
    return {
        "provider": b["provider"],
        "service": b["service"],
        "holder_name": b["holder_print"],
        "address": ", ".join(b["addr_lines"]),
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": f"{b['amount']:.2f}",
        "month": b["start"][:7],
    }


# ------------------------------------------------------------------ lease
def lease_pdf(L: dict, rng: random.Random) -> bytes:
    buf, c = new_pdf()
    pg = Page(c)
    F, B = "libserif", "libserif-b"
    pg.text(105, 20, "CONTRAT DE LOCATION", B, 15, align="c")
    pg.text(105, 27, "LOCAUX VACANTS NON MEUBLÉS", B, 11, align="c")
    pg.para(
        20,
        34,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les "
        "rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986 — "
        "contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
        170,
        F,
        8.5,
        4,
    )
    y = 52
    pg.text(20, y, "I. DÉSIGNATION DES PARTIES", B, 10.5)
    y += 7
    pg.text(20, y, "Le présent contrat est conclu entre les soussignés :", F, 9.5)
    y += 6
    pg.text(24, y, f"Bailleur : {L['landlord']}, {L['landlord_addr']}", F, 9.5)
    y += 5
    pg.text(24, y, "désigné(s) ci-après « le bailleur » ;", F, 9.5)
    y += 7
    pg.text(24, y, "Locataire(s) :", F, 9.5)
    for t in L["tenants_print"]:
        y += 5
        pg.text(30, y, f"- {t}", B, 9.5)
    y += 5
    pg.text(24, y, "désigné(s) ci-après « le locataire ».", F, 9.5)
    y += 10
    pg.text(20, y, "II. OBJET DU CONTRAT", B, 10.5)
    y += 7
    y = pg.para(
        20,
        y,
        f"A. Consistance du logement. Localisation : {L['address']}. "
        f"Type d'habitat : immeuble collectif. Régime juridique : copropriété. "
        f"Surface habitable : {L['surface']} m². Nombre de pièces principales : "
        f"{L['rooms']}. Chauffage individuel électrique. Eau chaude individuelle.",
        170,
        F,
        9.5,
        4.6,
    )
    y += 6
    pg.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", B, 10.5)
    y += 7
    y = pg.para(
        20,
        y,
        f"A. Date de prise d'effet du contrat : {fr_words(L['start'])}. "
        "B. Durée du contrat : trois ans, renouvelable par tacite reconduction.",
        170,
        F,
        9.5,
        4.6,
    )
    y += 6
    pg.text(20, y, "IV. CONDITIONS FINANCIÈRES", B, 10.5)
    y += 7
    y = pg.para(
        20,
        y,
        f"Montant du loyer mensuel : {_money(L['rent'])} hors charges. "
        f"Provision sur charges : {_money(L['charges'])}. Loyer payable mensuellement "
        "et d'avance le 1er de chaque mois. Dépôt de garantie : un mois de loyer hors "
        "charges. Le logement est situé en zone tendue : encadrement des loyers "
        "applicable, loyer de référence majoré indiqué en annexe.",
        170,
        F,
        9.5,
        4.6,
    )
    pg.text(105, 290, "Paraphes : ____   ____", F, 8, align="c")
    c.showPage()
    pg.text(20, 20, "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE DE SOLIDARITÉ", B, 10.5)
    y = pg.para(
        20,
        28,
        "Les colocataires sont tenus solidairement et indivisiblement de "
        "l'exécution des obligations du présent contrat. Clause résolutoire : le "
        "contrat sera résilié de plein droit en cas de défaut de paiement du loyer ou "
        "des charges, du dépôt de garantie, ou de souscription d'une assurance des "
        "risques locatifs. Annexes : dossier de diagnostic technique (DPE classe D, "
        "ERP, CREP), notice d'information, état des lieux d'entrée, règlement de "
        "copropriété (extraits).",
        170,
        F,
        9.5,
        4.6,
    )
    y += 10
    pg.text(
        20,
        y,
        f"Fait et signé à {L['city']}, le {fr_date(L['signed'])}, en "
        f"{len(L['tenants_print']) + 1} originaux.",
        F,
        9.5,
    )
    y += 10
    pg.text(25, y, "Le bailleur", B, 9.5)
    pg.text(85, y, "Le(s) locataire(s)", B, 9.5)
    pg.text(25, y + 5, "« Lu et approuvé »", F, 8.5)
    signature(pg, 22, y + 8, 45, 18, rng, color=(0.05, 0.05, 0.2))
    for i in range(len(L["tenants_print"])):
        hand(pg, 85 + i * 55, y + 7, "Lu et approuvé", rng, "hand2", 11)
        signature(pg, 85 + i * 55, y + 10, 45, 18, rng)
    c.showPage()
    c.save()
    return buf.getvalue()


def lease_fields(L: dict) -> dict:
    return {
        "tenant_names": L["tenants_print"],
        "landlord": L["landlord"],
        "address": L["address"],
        "start_date": L["start"],
    }


# ------------------------------------------------------------------ attestation (handwritten)
def attestation_pdf(a: dict, rng: random.Random) -> bytes:
    """Whole page handwritten on lined (seyès-like) paper."""
    buf, c = new_pdf()
    pg = Page(c)
    for i in range(34):
        pg.line(0, 30 + i * 8, 210, 30 + i * 8, (0.6, 0.7, 0.9), 0.25)
    pg.line(30, 0, 30, 297, (0.9, 0.5, 0.5), 0.5)
    f, sz = a.get("font", "hand2"), 15
    hand(pg, 70, 27, "Attestation d'hébergement", rng, f, 19)
    lines = [
        f"Je soussigné {a['host_print']}, né le {fr_date(a['host_dob'])}",
        f"à {a['host_pob']}, demeurant au {a['addr1']},",
        f"{a['addr2']}, certifie sur l'honneur héberger",
        f"à mon domicile {a['hosted_print']}, né le {fr_date(a['hosted_dob'])}",
        f"à {a['hosted_pob']}, depuis le {fr_date(a['since'])}.",
        "",
        "Je joins la copie de mon titre de séjour et mes trois",
        "dernières factures Free à mon nom.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        "",
        f"Fait à {a['city']}, le {fr_date(a['signed_on'])}",
    ]
    for i, ln in enumerate(lines):
        if ln:
            hand(pg, 34 + rng.uniform(0, 2), 45.5 + i * 16, ln, rng, f, sz)
    signature(pg, 120, 45 + len(lines) * 16, 60, 26, rng)
    c.showPage()
    c.save()
    return buf.getvalue()


def attestation_fields(a: dict) -> dict:
    return {
        "host_name": a["host_print"],
        "hosted_name": a["hosted_print"],
        "address": f"{a['addr1']}, {a['addr2']}",
        "since_date": a["since"],
        "signed_on": a["signed_on"],
        "signed": True,
    }


# ------------------------------------------------------------------ payslip
def payslip_pdf(p: dict, rng: random.Random) -> bytes:
    """Bulletin de paie clarifié (modèle arrêté du 25 février 2016, 2018+ layout)."""
    buf, c = new_pdf()
    pg = Page(c)
    F, B = p.get("fonts", ("carlito", "carlito-b"))
    pg.text(14, 16, "BULLETIN DE PAIE", B, 14)
    pg.text(196, 16, f"Période du {fr_date(p['start'])} au {fr_date(p['end'])}", F, 9, align="r")
    pg.text(196, 21, f"Paiement le {fr_date(p['paid'])} par virement", F, 9, align="r")
    pg.rect(14, 26, 88, 34, lw=0.4)
    pg.text(17, 32, p["employer"], B, 10)
    for i, ln in enumerate(p["employer_lines"]):
        pg.text(17, 37 + i * 4.3, ln, F, 8.5)
    pg.text(17, 37 + len(p["employer_lines"]) * 4.3, f"SIRET : {p['siret']}", F, 8.5)
    pg.text(17, 41.3 + len(p["employer_lines"]) * 4.3, f"Code NAF : {p['naf']}", F, 8.5)
    pg.rect(108, 26, 88, 34, lw=0.4)
    pg.text(111, 32, p["employee_print"], B, 10)
    for i, ln in enumerate(p["addr_lines"]):
        pg.text(111, 37 + i * 4.3, ln, F, 8.5)
    info = [
        ("Emploi", p["job"]),
        ("Statut", p["statut"]),
        ("Entrée le", fr_date(p["hired"])),
        ("Convention collective", p["ccn"]),
        ("Matricule", p["matricule"]),
        ("N° SS", "en cours d'immatriculation"),
    ]
    y = 66
    for i, (k, v) in enumerate(info):
        xx = 14 + (i % 2) * 91
        pg.text(xx, y + (i // 2) * 5, f"{k} : {v}", F, 8.5)
    y = 86
    cols = [
        (16, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "À déduire"),
        (182, "Charges patronales"),
    ]
    pg.rect(14, y, 182, 6, stroke=None, fill=(0.82, 0.86, 0.9))
    for x, lab in cols:
        pg.text(x, y + 4.3, lab, B, 7.5)
    gross = p["gross"]

    def g(r):
        return f"{gross * r:.2f}"

    gs = f"{gross:.2f}"
    csg = g(0.9825)
    rows = [
        ("Salaire de base", f"{p['hours']:.2f}", f"{gross / p['hours']:.4f}", "", "", True),
        ("SALAIRE BRUT", "", "", "", "", True),
        ("SANTÉ", None, None, None, None, False),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", gs, "", "", g(0.07), False),
        ("Complémentaire santé", gs, "", g(0.012), g(0.018), False),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", "", "", "", g(0.009), False),
        ("RETRAITE", None, None, None, None, False),
        ("Sécurité sociale plafonnée", gs, "6,900", g(0.069), g(0.0855), False),
        ("Sécurité sociale déplafonnée", gs, "0,400", g(0.004), g(0.0202), False),
        ("Complémentaire Tranche 1", gs, "4,010", g(0.0401), g(0.0601), False),
        ("FAMILLE", "", "", "", g(0.0525), False),
        ("ASSURANCE CHÔMAGE", "", "", "", g(0.0405), False),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", g(0.021), False),
        ("CSG déductible de l'impôt sur le revenu", csg, "6,800", g(0.0668), "", False),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", csg, "2,900", g(0.0285), "", False),
    ]
    y += 6
    for lab, b, t, d, e, bold in rows:
        y += 5.2
        if b is None:
            pg.text(16, y, lab, B, 7.8)
            continue
        pg.text(16, y, lab, B if bold else F, 7.8)
        if lab == "SALAIRE BRUT":
            pg.text(194, y, "", F, 7.8)
            pg.text(178, y, f"{gross:.2f}".replace(".", ","), B, 8, align="r")
        for x, v in ((128, b), (152, t), (176, d), (194, e)):
            if v:
                pg.text(x, y, v.replace(".", ","), F, 7.8, align="r")
    y += 8
    pg.rect(14, y, 182, 26, lw=0.4, fill=(0.96, 0.96, 0.96))
    pg.text(18, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", B, 9)
    pg.text(192, y + 6, p["net_before"], B, 9, align="r")
    pg.text(
        18,
        y + 12,
        f"Impôt sur le revenu prélevé à la source — taux personnalisé {p['pas']}",
        F,
        8.5,
    )
    pg.text(192, y + 12, p["pas_amount"], F, 8.5, align="r")
    pg.rect(120, y + 15.5, 74, 9, stroke=None, fill=(0.85, 0.9, 0.96))
    pg.text(123, y + 21.5, "NET PAYÉ", B, 11)
    pg.text(192, y + 21.5, p["net_pay"] + " €", B, 11, align="r")
    y += 34
    pg.text(14, y, f"Total versé par l'employeur : {p['total_employer']} €", F, 8.5)
    pg.text(14, y + 5, f"Allègement de cotisations employeur : {p['allegement']} €", F, 8.5)
    pg.text(14, y + 10, "Congés : acquis {} — pris {} — solde {}".format(*p["cp"]), F, 8.5)
    pg.para(
        14,
        276,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr",
        182,
        F,
        7.5,
        3.6,
        (0.3, 0.3, 0.3),
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def payslip_fields(p: dict) -> dict:
    return {
        "employer": p["employer"],
        "employee_name": p["employee_print"],
        "period": p["start"][:7],
        "net_pay": p["net_pay"].replace(" ", "").replace(",", "."),
        "siret": p["siret"].replace(" ", ""),
    }


# ------------------------------------------------------------------ CDI
def cdi_pdf(k: dict, rng: random.Random) -> bytes:
    buf, c = new_pdf()
    pg = Page(c)
    F, B = k.get("fonts", ("caladea", "caladea-b"))
    pg.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", B, 14, align="c")
    y = 36
    y = pg.para(
        20,
        y,
        f"Entre les soussignés : la société {k['employer']}, {k['employer_form']}, "
        f"dont le siège social est situé {k['employer_addr']}, immatriculée au RCS sous "
        f"le numéro {k['rcs']}, représentée par {k['rep']} en sa qualité de {k['rep_q']}, "
        "ci-après dénommée « l'employeur », d'une part,",
        170,
        F,
        10,
        5,
    )
    y += 3
    y = pg.para(
        20,
        y,
        f"et {k['employee_print']}, né(e) le {fr_date(k['dob'])} à {k['pob']}, "
        f"de nationalité {k['nat']}, demeurant {k['addr']}, ci-après dénommé(e) « le "
        "salarié », d'autre part,",
        170,
        F,
        10,
        5,
    )
    y += 4
    pg.text(20, y, "Il a été convenu ce qui suit :", F, 10)
    arts = [
        (
            "Article 1 — Engagement",
            f"Le salarié est engagé à compter du {fr_words(k['start'])} "
            f"pour une durée indéterminée, sous réserve des résultats de la visite d'information "
            f"et de prévention. Convention collective applicable : {k['ccn']}.",
        ),
        (
            "Article 2 — Fonctions",
            f"Le salarié exercera les fonctions de {k['job']}, statut "
            f"{k['statut']}, coefficient {k['coef']}.",
        ),
        (
            "Article 3 — Période d'essai",
            f"Le contrat ne deviendra définitif qu'à l'issue d'une "
            f"période d'essai de {k['essai']}, renouvelable une fois par accord écrit des parties.",
        ),
        (
            "Article 4 — Rémunération",
            f"Le salarié percevra une rémunération annuelle brute de "
            f"{k['salary']} euros, versée en douze mensualités.",
        ),
        (
            "Article 5 — Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 "
            "heures. Lieu de travail : " + k["place"] + ".",
        ),
        (
            "Article 6 — Congés payés",
            "Le salarié bénéficiera des congés payés prévus par les "
            "dispositions légales et conventionnelles en vigueur.",
        ),
    ]
    for t, body in arts:
        y += 9
        pg.text(20, y, t, B, 10.5)
        y = pg.para(20, y + 5.5, body, 170, F, 10, 5)
    y += 10
    pg.text(20, y, f"Fait en deux exemplaires, à {k['city']}, le {fr_date(k['signed'])}.", F, 10)
    y += 9
    pg.text(25, y, "L'employeur", B, 10)
    pg.text(120, y, "Le salarié", B, 10)
    pg.text(120, y + 5, "(« Lu et approuvé, bon pour accord »)", F, 8)
    signature(pg, 22, y + 8, 50, 18, rng, color=(0.05, 0.05, 0.1))
    signature(pg, 118, y + 10, 50, 18, rng)
    c.showPage()
    c.save()
    return buf.getvalue()


def cdi_fields(k: dict) -> dict:
    return {
        "employer": k["employer"],
        "employee_name": k["employee_print"],
        "contract_type": "CDI",
        "job_title": k["job"],
        "start_date": k["start"],
    }
