"""Leases (loi du 6 juillet 1989), clarified payslips, CDI contracts."""

from bb_docs import dmy, words_fr
from bb_render import Page


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret(siren8, nic4):
    """Complete a SIREN (8 digits + key) and a NIC so that both pass Luhn."""
    siren = next(siren8 + str(k) for k in range(10) if luhn_ok(siren8 + str(k)))
    return next(siren + nic4 + str(k) for k in range(10) if luhn_ok(siren + nic4 + str(k)))


def fmt_eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def lease(ls):
    """Contrat de location (modèle type du décret n° 2015-587), 2 pages."""
    furnished = ls["furnished"]
    p1, p2 = Page(), Page()
    f = ls.get("font", "serif")
    fb = f + "b"
    p1.text(105, 20, "CONTRAT DE LOCATION", 15, fb, anchor="c")
    p1.text(
        105,
        27,
        "LOGEMENT MEUBLÉ" if furnished else "LOCAUX VIDES À USAGE D'HABITATION",
        10,
        fb,
        anchor="c",
    )
    p1.text(
        105,
        33,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989)"
        if furnished
        else "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)",
        8.5,
        f,
        anchor="c",
    )
    y = 46
    p1.text(18, y, "I. DÉSIGNATION DES PARTIES", 10.5, fb)
    y += 8
    p1.text(18, y, "Le présent contrat est conclu entre les soussignés :", 9.5, f)
    y += 7
    p1.lines(
        24,
        y,
        [
            "Le bailleur : " + ls["landlord"],
            ls["landlord_addr"],
            "ci-après dénommé « le bailleur »,",
        ],
        9.5,
        f,
    )
    y += 20
    p1.lines(
        24,
        y,
        ["Le(s) locataire(s) : " + ls["tenants_print"], "ci-après dénommé(s) « le locataire »."],
        9.5,
        f,
    )
    y += 16
    p1.text(18, y, "II. OBJET DU CONTRAT", 10.5, fb)
    y += 8
    rows = [
        ("Adresse du logement", ls["address"]),
        ("Type d'habitat", ls["habitat"]),
        ("Surface habitable", ls["surface"]),
        ("Nombre de pièces principales", ls["rooms"]),
        ("Destination des locaux", "usage d'habitation principale"),
    ]
    for lab, val in rows:
        p1.text(24, y, lab + " :", 9.5, f)
        p1.text(85, y, val, 9.5, fb)
        y += 6.5
    y += 5
    p1.text(18, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 10.5, fb)
    y += 8
    p1.lines(
        24,
        y,
        [
            f"A. Date de prise d'effet du contrat : {words_fr(ls['start'])}",
            f"B. Durée du contrat : {ls['duration']}",
            "Le contrat se renouvelle tacitement dans les conditions prévues par la loi.",
        ],
        9.5,
        f,
    )
    y += 24
    p1.text(18, y, "IV. CONDITIONS FINANCIÈRES", 10.5, fb)
    y += 8
    p1.lines(
        24,
        y,
        [
            f"Loyer mensuel hors charges : {fmt_eur(ls['rent'])}",
            f"Provision sur charges : {fmt_eur(ls['charges'])} (régularisation annuelle)",
            "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.",
            f"Dépôt de garantie : {fmt_eur(ls['deposit'])}",
        ],
        9.5,
        f,
    )
    p1.text(105, 285, "Page 1/2 - Paraphes : ____  ____", 7.5, f, anchor="c")
    y = 24
    p2.text(18, y, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", 10.5, fb)
    y += 8
    for ln in [
        "Le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier",
        "lors de la remise des clés puis chaque année à la demande du bailleur.",
        "Le présent contrat sera résilié de plein droit, deux mois après un commandement",
        "de payer demeuré infructueux, à défaut de paiement du loyer ou des charges.",
        "",
        "VIII. ANNEXES",
        "Diagnostic de performance énergétique, état des lieux d'entrée, notice",
        "d'information relative aux droits et obligations des locataires et des bailleurs.",
    ]:
        p2.text(24, y, ln, 9.5, fb if ln.startswith("VIII") else f)
        y += 6.5
    y += 8
    p2.text(
        24, y, f"Fait et signé à {ls['city']}, le {dmy(ls['signed'])}, en deux originaux.", 9.5, f
    )
    y += 12
    p2.text(50, y, "Le bailleur", 9.5, fb, anchor="c")
    p2.text(150, y, "Le(s) locataire(s)", 9.5, fb, anchor="c")
    p2.text(50, y + 5, "« Lu et approuvé »", 8, "serifi", anchor="c")
    p2.text(150, y + 5, "« Lu et approuvé »", 8, "serifi", anchor="c")
    p2.signature(30, y + 10, 40, 14, seed=ls["landlord"], color="#1a1a5e")
    p2.signature(130, y + 10, 40, 14, seed=ls["tenants_print"], color="#10307a")
    p2.text(105, 285, "Page 2/2", 7.5, f, anchor="c")
    fields = dict(
        tenant_names=ls["tenant_names"],
        landlord=ls["landlord_field"],
        address=ls["address"],
        start_date=ls["start"],
    )
    return [p1, p2], fields


def payslip(ps):
    """Bulletin de paie clarifié (arrêté du 25 février 2016)."""
    pg = Page()
    base = ps["gross"]
    pg.rect(12, 10, 186, 24, stroke="#333333", lw=0.3)
    pg.text(15, 16, ps["employer"], 10, "arialb")
    pg.lines(
        15,
        21,
        ps["employer_addr"]
        + [
            f"SIRET : {ps['siret']}   Code APE : {ps['ape']}",
            f"Convention collective : {ps['idcc']}",
        ],
        7,
        "arial",
    )
    pg.text(196, 16, "BULLETIN DE PAIE", 12, "arialb", anchor="r")
    pg.text(196, 22, f"Période du {dmy(ps['start'])} au {dmy(ps['end'])}", 8, "arial", anchor="r")
    pg.text(196, 27, f"Paiement le {dmy(ps['paid'])} par virement", 7.5, "arial", anchor="r")
    pg.rect(110, 38, 88, 28, stroke="#333333", lw=0.3)
    pg.lines(114, 44, [ps["employee_print"]] + ps["employee_addr"], 9, "arial")
    pg.lines(
        14,
        42,
        [
            f"Matricule : {ps['matricule']}",
            f"Emploi : {ps['job']}",
            f"Statut : {ps['statut']}   Coefficient : {ps['coef']}",
            f"Entrée le : {dmy(ps['hired'])}",
            "N° SS : en cours d'attribution",
        ],
        7.5,
        "arial",
    )
    y = 74
    pg.rect(12, y - 5, 186, 7, fill="#e8e8e8", stroke=None)
    for x, h in (
        (14, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "Part salarié"),
        (196, "Part employeur"),
    ):
        pg.text(x, y, h, 7.5, "arialb", anchor="r" if x == 196 else "l")
    y += 7
    rows = [("Salaire de base", f"{ps['hours']:.2f}", f"{base / ps['hours']:.4f}", base, None)]
    rows.append(("SALAIRE BRUT", "", "", base, None))
    cot = [
        ("Santé", 0.0, 0.07),
        ("Accidents du travail - maladies professionnelles", 0.0, 0.0213),
        ("Retraite Sécurité sociale plafonnée", 0.069, 0.0855),
        ("Retraite complémentaire Tranche 1", 0.0401, 0.0601),
        ("Famille", 0.0, 0.0525),
        ("Assurance chômage", 0.0, 0.0405),
        ("Autres contributions dues par l'employeur", 0.0, 0.012),
        ("CSG déductible de l'impôt sur le revenu", 0.068 * 0.9825, 0.0),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.029 * 0.9825, 0.0),
    ]
    sal_tot = 0.0
    for lab, ts, te in cot:
        rows.append(
            (
                lab,
                f"{base:.2f}",
                f"{ts * 100:.2f}" if ts else "",
                round(base * ts, 2),
                round(base * te, 2),
            )
        )
        sal_tot += round(base * ts, 2)
    for lab, b, t, s, e in rows:
        bold = lab.isupper()
        pg.text(14, y, lab, 7.5, "arialb" if bold else "arial")
        pg.text(110, y, b, 7.5, "arial")
        pg.text(135, y, t, 7.5, "arial")
        if s:
            pg.text(180, y, fmt_eur(s)[:-2], 7.5, "arial", anchor="r")
        if e:
            pg.text(196, y, fmt_eur(e)[:-2], 7.5, "arial", anchor="r")
        y += 6
    net_before = round(base - sal_tot, 2)
    pas = round(net_before * ps["pas_rate"], 2)
    net = round(net_before - pas, 2)
    y += 4
    pg.rect(12, y - 5, 186, 8, fill="#f2f2f2", stroke=None)
    pg.text(14, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 8.5, "arialb")
    pg.text(196, y, fmt_eur(net_before), 8.5, "arialb", anchor="r")
    y += 8
    pg.text(
        14,
        y,
        f"Impôt sur le revenu prélevé à la source - taux personnalisé {ps['pas_rate'] * 100:.1f} %",
        7.5,
        "arial",
    )
    pg.text(196, y, "- " + fmt_eur(pas), 7.5, "arial", anchor="r")
    y += 9
    pg.rect(120, y - 6, 78, 10, fill="#dfe9f7", stroke="#333333", lw=0.3)
    pg.text(123, y, "NET PAYÉ", 10, "arialb")
    pg.text(196, y, fmt_eur(net), 11, "arialb", anchor="r")
    y += 12
    pg.text(14, y, f"Montant net social : {fmt_eur(net_before)}", 7.5, "arial")
    pg.text(
        14, y + 5, f"Total versé par l'employeur : {fmt_eur(round(base * 1.42, 2))}", 7.5, "arial"
    )
    pg.text(
        105,
        286,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez"
        " ce bulletin de paie sans limitation de durée.",
        6.3,
        "arial",
        anchor="c",
    )
    fields = dict(
        employer=ps["employer"],
        employee_name=ps["employee_field"],
        period=ps["start"][:7],
        net_pay=net,
        siret=ps["siret"],
    )
    return [pg], fields


def contract_cdi(c):
    p1, p2 = Page(), Page()
    f, fb = "serif", "serifb"
    p1.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 13, fb, anchor="c")
    y = 38
    p1.text(18, y, "ENTRE LES SOUSSIGNÉS :", 10, fb)
    y += 8
    p1.lines(
        18,
        y,
        [
            f"La société {c['employer']}, {c['form']} au capital de {c['capital']},",
            f"dont le siège social est situé {c['employer_addr']},",
            f"immatriculée au RCS de {c['rcs']} sous le numéro {c['siret'][:9]}, "
            f"SIRET {c['siret']},",
            f"représentée par {c['rep']}, en qualité de {c['rep_role']},",
            "ci-après dénommée « l'Employeur »,",
            "",
            "ET",
            f"{c['employee_print']}, né le {dmy(c['dob'])} à {c['pob']},",
            f"de nationalité {c['nat']}, demeurant {c['employee_addr']},",
            "ci-après dénommé « le Salarié ».",
        ],
        9.5,
        f,
    )
    y += 76
    arts = [
        (
            "Article 1 - Engagement",
            [
                f"Le Salarié est engagé à compter du {words_fr(c['start'])} pour une durée "
                "indéterminée,",
                "sous réserve des résultats de la visite d'information et de prévention.",
            ],
        ),
        (
            "Article 2 - Fonctions",
            [
                f"Le Salarié exercera les fonctions de {c['job']}, statut {c['statut']},",
                f"niveau {c['coef']} de la convention collective {c['idcc']}.",
            ],
        ),
        (
            "Article 3 - Période d'essai",
            [
                "Le présent contrat ne deviendra définitif qu'à l'issue "
                "d'une période d'essai de deux mois."
            ],
        ),
        (
            "Article 4 - Rémunération",
            [f"Rémunération mensuelle brute de {c['gross']} pour 35 heures hebdomadaires."],
        ),
    ]
    for title, body in arts:
        p1.text(18, y, title, 10, fb)
        y += 6
        p1.lines(18, y, body, 9.5, f)
        y += 6 * len(body) + 5
    p1.text(105, 286, "1/2", 8, f, anchor="c")
    y = 24
    for title, body in [
        ("Article 5 - Lieu de travail", [f"Le Salarié exercera ses fonctions à {c['workplace']}."]),
        (
            "Article 6 - Congés payés",
            [
                "Le Salarié bénéficiera des congés payés prévus par la loi "
                "et la convention collective."
            ],
        ),
        (
            "Article 7 - Protection sociale",
            [
                "Le Salarié sera affilié aux régimes de retraite "
                "complémentaire et de prévoyance de l'entreprise."
            ],
        ),
    ]:
        p2.text(18, y, title, 10, fb)
        y += 6
        p2.lines(18, y, body, 9.5, f)
        y += 6 * len(body) + 5
    y += 6
    p2.text(
        18, y, f"Fait en deux exemplaires originaux à {c['city']}, le {dmy(c['signed'])}.", 9.5, f
    )
    y += 14
    p2.text(50, y, "Pour l'Employeur", 9.5, fb, anchor="c")
    p2.text(150, y, "Le Salarié", 9.5, fb, anchor="c")
    p2.text(150, y + 5, "(« Lu et approuvé, bon pour accord »)", 7.5, "serifi", anchor="c")
    p2.signature(28, y + 9, 42, 15, seed=c["rep"], color="#111155")
    p2.stamp(60, y + 32, 13, [c["employer"][:18], "SIRET " + c["siret"][:9]], color="#1d3a8a")
    p2.signature(128, y + 9, 42, 15, seed=c["employee_print"], color="#14307e")
    p2.text(105, 286, "2/2", 8, f, anchor="c")
    fields = dict(
        employer=c["employer"],
        employee_name=c["employee_field"],
        contract_type="CDI",
        job_title=c["job"],
        start_date=c["start"],
    )
    return [p1, p2], fields
