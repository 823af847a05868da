"""Payslip (bulletin clarifié), employment contracts, lease (loi 1989), attestation
d'hébergement written by hand on Seyès paper."""

from reportlab.lib.units import mm

import core
import pen
from core import Pg


def payslip_pdf(s, rng):
    c = core.new_canvas(title=f"Bulletin de paie {s['period']}", author=s["employer"])
    p = Pg(c)
    font, bold = s.get("fonts", ("Carlito", "CarlitoB"))
    p.t(105, 15, "BULLETIN DE PAIE", bold, 15, align="c")
    y, m = s["period"].split("-")
    last = core.month_end(int(y), int(m))
    p.t(105, 21, f"Période du 01/{m}/{y} au {last}/{m}/{y}", font, 10, align="c")
    p.rect(12, 27, 90, 36, stroke="#555555", lw=0.5)
    p.t(15, 33, s["employer"], bold, 10)
    yy = 38
    for ln in s["employer_addr"]:
        p.t(15, yy, ln, font, 8.5)
        yy += 4
    p.t(15, yy + 1, f"SIRET : {s['siret']}", font, 8.5)
    p.t(15, yy + 5, f"Code NAF : {s['naf']}", font, 8.5)
    p.t(15, yy + 9, f"Convention collective : {s['ccn']}", font, 7.5)
    p.rect(108, 27, 90, 36, stroke="#555555", lw=0.5)
    p.t(111, 33, s["employee_print"], bold, 10)
    yy = 38
    for ln in s["employee_addr"]:
        p.t(111, yy, ln, font, 8.5)
        yy += 4
    rows = [
        ("Emploi", s["job"]),
        ("Statut / Classification", s["classif"]),
        ("Date d'entrée", core.dmy(s["start"])),
        ("Contrat", s["contract"]),
        ("N° de sécurité sociale", s.get("nir_print", "en cours d'attribution")),
        ("Matricule", s["matricule"]),
    ]
    yy = 68
    for i, (lb, v) in enumerate(rows):
        x = 12 + (i % 3) * 62
        if i == 3:
            yy += 9
        p.t(x, yy, lb, font, 7, "#555555")
        p.t(x, yy + 4, v, bold, 8.5)
    yy += 16
    gross = s["gross"]
    hdr = ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]
    xs = [12, 100, 125, 145, 172, 198]
    p.rect(12, yy - 5, 186, 7, stroke=None, fill="#dfe6ee")
    for i, h in enumerate(hdr):
        p.t(xs[i] + 2 if i == 0 else xs[i + 1] - 2, yy, h, bold, 8, align="l" if i == 0 else "r")
    pss = 4005.0
    lines = [
        ("Salaire de base", "151,67", core.eur(gross / 151.67), core.eur(gross), "", True),
        ("SALAIRE BRUT", "", "", core.eur(gross), "", True),
        ("SANTÉ", None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", gross, None, 0, 0.07),
        ("Complémentaire Incapacité Invalidité Décès", gross, None, 0.0072, 0.0089),
        ("Complémentaire santé", "", None, 31.20, 46.80),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", gross, None, 0, 0.0121),
        ("RETRAITE", None),
        ("Sécurité sociale plafonnée", min(gross, pss), None, 0.069, 0.0855),
        ("Sécurité sociale déplafonnée", gross, None, 0.004, 0.0211),
        ("Complémentaire Tranche 1", min(gross, pss), None, 0.0401, 0.0601),
        ("FAMILLE", gross, None, 0, 0.0345),
        ("ASSURANCE CHÔMAGE", gross, None, 0, 0.0445),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", gross, None, 0, 0.0221),
        ("CSG déductible de l'impôt sur le revenu", gross * 0.9825, None, 0.068, 0),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", gross * 0.9825, None, 0.029, 0),
    ]
    tot_s = tot_e = 0.0
    for ln in lines:
        yy += 5.2
        if ln[1] is None:
            p.t(14, yy, ln[0], bold, 8)
            continue
        if len(ln) == 6:
            p.t(14, yy, ln[0], bold if ln[0].isupper() else font, 8)
            p.t(xs[2] - 2, yy, ln[1], font, 8, align="r")
            p.t(xs[3] - 2, yy, ln[2], font, 8, align="r")
            p.t(xs[4] - 2, yy, ln[3], bold if ln[0].isupper() else font, 8, align="r")
            continue
        lb, base, _, rs, re_ = ln
        if base == "":
            es, ee = rs, re_
            p.t(14, yy, lb, font, 8)
        else:
            es, ee = round(base * rs, 2), round(base * re_, 2)
            p.t(14, yy, lb, font, 8)
            p.t(xs[2] - 2, yy, core.eur(base), font, 8, align="r")
            if rs:
                p.t(xs[3] - 2, yy, f"{rs * 100:.2f} %".replace(".", ","), font, 8, align="r")
        tot_s += es
        tot_e += ee
        if es:
            p.t(xs[4] - 2, yy, core.eur(es), font, 8, align="r")
        if ee:
            p.t(xs[5] - 2, yy, core.eur(ee), font, 8, align="r")
    yy += 7
    p.line(12, yy - 4, 198, yy - 4, "#777777", 0.4)
    p.t(14, yy, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", bold, 8.5)
    p.t(xs[4] - 2, yy, core.eur(tot_s), bold, 8.5, align="r")
    p.t(xs[5] - 2, yy, core.eur(tot_e), bold, 8.5, align="r")
    net_before = round(gross - tot_s, 2)
    csg_nd = round(gross * 0.9825 * 0.029, 2)
    taxable = net_before + csg_nd
    pas = round(taxable * s["pas_rate"], 2)
    net_paid = round(net_before - pas, 2)
    yy += 10
    p.rect(12, yy - 5.5, 186, 8, stroke=None, fill="#eef2f6")
    p.t(14, yy, "NET À PAYER AVANT IMPÔT SUR LE REVENU", bold, 9.5)
    p.t(196, yy, f"{core.eur(net_before)} €", bold, 9.5, align="r")
    yy += 7
    p.t(
        14,
        yy,
        f"Impôt sur le revenu prélevé à la source - taux personnalisé "
        f"{s['pas_rate'] * 100:.1f} %".replace(".", ","),
        font,
        8.5,
    )
    p.t(xs[2] - 2, yy, core.eur(taxable), font, 8.5, align="r")
    p.t(196, yy, f"- {core.eur(pas)} €", font, 8.5, align="r")
    yy += 9
    p.rect(120, yy - 6, 78, 10, stroke="#1d3f6e", fill="#1d3f6e")
    p.t(123, yy, "NET PAYÉ", bold, 11, "#ffffff")
    p.t(196, yy, f"{core.eur(net_paid)} €", bold, 11, "#ffffff", "r")
    p.t(14, yy, f"Montant net social : {core.eur(net_before + 12.4)} €", font, 8.5)
    yy += 8
    p.t(14, yy, f"Payé par virement le {core.dmy(s['paid_on'])}", font, 8)
    p.t(14, yy + 5, f"Coût total employeur : {core.eur(gross + tot_e)} €", font, 8)
    p.para(
        12,
        278,
        186,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail service-public.fr.",
        font,
        7,
        color="#555555",
    )
    c.showPage()
    return core.finish(c), net_paid


CDI_ARTICLES = [
    (
        "Article 1 - Engagement",
        (
            "Le Salarié est engagé à compter du {start} pour une durée "
            "indéterminée, sous réserve des résultats de la visite d'information et de prévention."
        ),
    ),
    (
        "Article 2 - Fonctions",
        (
            "Le Salarié exercera les fonctions de {job}, statut {classif}. "
            "La convention collective applicable est la {ccn}."
        ),
    ),
    (
        "Article 3 - Période d'essai",
        (
            "Le présent contrat ne deviendra définitif qu'à l'issue "
            "d'une période d'essai de {trial}, pendant laquelle chacune des parties pourra y mettre "
            "fin en respectant le délai de prévenance légal."
        ),
    ),
    (
        "Article 4 - Durée du travail",
        (
            "La durée du travail est fixée à 35 heures par semaine, "
            "réparties selon l'horaire collectif en vigueur dans l'entreprise."
        ),
    ),
    (
        "Article 5 - Rémunération",
        (
            "En contrepartie de son travail, le Salarié percevra une "
            "rémunération mensuelle brute de {gross} euros, versée en fin de mois."
        ),
    ),
    (
        "Article 6 - Lieu de travail",
        (
            "Le Salarié exercera ses fonctions à {workplace}. Il pourra "
            "être amené à se déplacer chez les clients de la société."
        ),
    ),
    (
        "Article 7 - Congés payés",
        (
            "Le Salarié bénéficiera des congés payés dans les conditions "
            "prévues par le code du travail et la convention collective."
        ),
    ),
    (
        "Article 8 - Protection sociale",
        (
            "Le Salarié sera affilié aux régimes de retraite "
            "complémentaire et de prévoyance de l'entreprise ainsi qu'à la mutuelle obligatoire."
        ),
    ),
    (
        "Article 9 - Obligations",
        (
            "Le Salarié s'engage à respecter le règlement intérieur, les "
            "consignes de sécurité et à informer l'Employeur de tout changement dans sa situation "
            "administrative, notamment le renouvellement de son autorisation de travail."
        ),
    ),
]


def contract_pdf(k, rng, n_pages=2):
    cdd = k["contract_type"] == "CDD"
    c = core.new_canvas(title="Contrat de travail", author=k["employer"])
    p = Pg(c)
    font, bold = k.get("fonts", ("Times", "TimesB"))
    title = (
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
        if cdd
        else "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
    )
    p.t(105, 22, title, bold, 14, align="c")
    if cdd:
        p.t(105, 28, f"(motif : {k['motif']})", font, 10, align="c")
    p.t(20, 40, "ENTRE LES SOUSSIGNÉS :", bold, 10.5)
    y = p.para(20, 48, 170, k["employer_block"], font, 10.5, 14)
    p.t(20, y + 3, "ci-après dénommé(e) « l'Employeur », d'une part,", font, 10.5)
    p.t(20, y + 12, "ET :", bold, 10.5)
    y = p.para(20, y + 20, 170, k["employee_block"], font, 10.5, 14)
    p.t(20, y + 3, "ci-après dénommé(e) « le Salarié », d'autre part,", font, 10.5)
    p.t(20, y + 13, "IL A ÉTÉ CONVENU CE QUI SUIT :", bold, 10.5)
    y += 22
    arts = list(CDI_ARTICLES)
    if cdd:
        arts[0] = (
            "Article 1 - Engagement et durée",
            (
                "Le Salarié est engagé pour une durée "
                "déterminée du {start} au {end} inclus, pour le motif indiqué ci-dessus. "
                "Le contrat prendra fin de plein droit à son terme."
            ),
        )
    vals = dict(k)
    vals["start"] = core.dmy(k["start"])
    vals["end"] = core.dmy(k.get("end", k["start"]))
    for i, (h, body) in enumerate(arts):
        if y > 250:
            p.t(
                105,
                288,
                f"Page {p.c.getPageNumber()}/{n_pages} - Paraphes : ____ / ____",
                font,
                8,
                "#555555",
                "c",
            )
            c.showPage()
            p = Pg(c)
            y = 22
        p.t(20, y, h, bold, 10.5)
        y = p.para(20, y + 6, 170, body.format(**vals), font, 10.5, 14) + 4
    y += 4
    p.t(
        20,
        y,
        f"Fait à {k['city']}, le {core.dmy(k['signed_on'])}, en deux exemplaires originaux.",
        font,
        10.5,
    )
    y += 12
    p.t(30, y, "L'Employeur", bold, 10.5)
    p.t(125, y, "Le Salarié", bold, 10.5)
    p.t(125, y + 5, "(précédé de la mention « Lu et approuvé »)", font, 8)
    pen.hand(c, 125 * mm, p.y(y + 14), "Lu et approuvé", rng, "dkg", 13)
    pen.signature(c, 28 * mm, p.y(y + 22), k["employer_sig"], rng, 40 * mm, "#1b1b4f")
    pen.signature(c, 125 * mm, p.y(y + 28), k["employee_sig"], rng, 40 * mm)
    pen.stamp(
        c,
        75 * mm,
        p.y(y + 18),
        15 * mm,
        f"* {k['employer'].upper()} * ",
        [k["stamp_city"].upper()],
        "#2b3f8f",
        rng,
        angle=8,
        alpha=0.6,
    )
    p.t(105, 288, f"Page {p.c.getPageNumber()}/{n_pages}", font, 8, "#555555", "c")
    c.showPage()
    return core.finish(c)


def lease_pdf(L, rng):
    c = core.new_canvas(title="Bail d'habitation", author="bailleur")
    p = Pg(c)
    p.t(105, 20, "CONTRAT DE LOCATION", "LatoB", 15, align="c")
    p.t(105, 26, "Logement nu - Résidence principale", "Lato", 10.5, align="c")
    p.para(
        20,
        33,
        170,
        "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 tendant "
        "à améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du "
        "23 décembre 1986 - contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
        "LatoL",
        8.5,
    )
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                (
                    f"Le présent contrat est conclu entre les soussignés : {L['landlord_block']}, "
                    "désigné(s) ci-après « le bailleur » ;"
                ),
                f"et {L['tenant_block']}, désigné(s) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                (
                    f"A. Consistance du logement - Adresse du logement : {L['address_full']}. "
                    f"Type d'habitat : immeuble collectif. Régime juridique de l'immeuble : copropriété. "
                    f"Période de construction : {L['built']}. Surface habitable : {L['surface']} m². "
                    f"Nombre de pièces principales : {L['rooms']}. Modalité de production de chauffage :"
                    " individuel (électrique). Eau chaude sanitaire : individuelle."
                ),
                "B. Destination des locaux : usage d'habitation exclusivement.",
                f"C. Locaux et équipements accessoires à usage privatif : {L['extras']}.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"A. Date de prise d'effet du contrat : {core.dmy(L['start'])}.",
                (
                    "B. Durée du contrat : trois (3) ans, renouvelable tacitement dans les conditions "
                    "prévues par la loi."
                ),
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                (
                    f"A. Loyer mensuel hors charges : {core.eur(L['rent'])} €. Le logement est situé en "
                    "zone d'encadrement des loyers : loyer de référence "
                    f"{core.eur(L['ref_rent'])} €/m², loyer de référence majoré "
                    f"{core.eur(L['ref_rent'] * 1.2)} €/m²."
                ),
                (
                    f"B. Charges récupérables : provision mensuelle de {core.eur(L['charges'])} € avec "
                    "régularisation annuelle."
                ),
                (
                    f"C. Modalités de paiement : mensuel, à terme à échoir, le {L['pay_day']} de chaque "
                    "mois, par virement sur le compte du bailleur."
                ),
                (
                    "D. Révision du loyer : chaque année à la date anniversaire du contrat, selon "
                    "l'indice de référence des loyers (IRL) publié par l'INSEE."
                ),
            ],
        ),
        ("V. TRAVAUX", ["Néant."]),
        (
            "VI. GARANTIES",
            [
                (
                    f"Dépôt de garantie : {core.eur(L['rent'])} € (un mois de loyer hors charges), "
                    "restitué dans le délai légal après la remise des clés."
                )
            ],
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            [
                (
                    "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer, des "
                    "charges ou du dépôt de garantie, deux mois après un commandement de payer "
                    "demeuré infructueux, ou à défaut d'assurance contre les risques locatifs."
                )
            ],
        ),
        (
            "VIII. HONORAIRES DE LOCATION",
            ["Néant - location conclue directement entre particuliers."],
        ),
        (
            "IX. ANNEXES",
            [
                (
                    "Sont annexés au présent contrat : le dossier de diagnostic technique (DPE, "
                    "constat de risque d'exposition au plomb, état des risques et pollutions, "
                    "diagnostic électricité), la notice d'information prévue par l'arrêté du 29 mai "
                    "2015, l'état des lieux d'entrée établi le "
                    f"{core.dmy(L['start'])}, l'extrait du règlement de copropriété."
                )
            ],
        ),
    ]
    y = 46
    pages = 1
    for title, paras in sections:
        if y > 240:
            p.t(
                105, 290, f"Bail - {L['address_short']} - page {pages}", "Lato", 7.5, "#666666", "c"
            )
            c.showPage()
            p = Pg(c)
            pages += 1
            y = 22
        p.rect(18, y - 4.8, 174, 6.5, stroke=None, fill="#e9edf2")
        p.t(20, y, title, "LatoB", 9.5)
        y += 7
        for para in paras:
            y = p.para(20, y, 170, para, "Lato", 9.3) + 2.5
        y += 3
    if y > 215:
        p.t(105, 290, f"Bail - {L['address_short']} - page {pages}", "Lato", 7.5, "#666666", "c")
        c.showPage()
        p = Pg(c)
        pages += 1
        y = 22
    p.t(
        20,
        y + 4,
        f"Fait à {L['city']}, le {core.dmy(L['signed_on'])}, en deux originaux "
        "dont un remis à chaque partie.",
        "Lato",
        9.5,
    )
    y += 14
    for i, (who, name, sig) in enumerate(
        (
            ("Le bailleur", L["landlord_name"], L["landlord_sig"]),
            ("Le locataire", L["tenant_name"], L["tenant_sig"]),
        )
    ):
        x = 20 + i * 90
        p.rect(x, y, 80, 42, stroke="#9aa5b1", lw=0.5)
        p.t(x + 3, y + 6, who, "LatoB", 9)
        p.t(x + 3, y + 11, name, "Lato", 8.5)
        p.t(x + 3, y + 16, "« Lu et approuvé, bon pour accord »", "LatoL", 8)
        pen.signature(c, (x + 10) * mm, p.y(y + 31), sig, rng, 50 * mm, "#0f1f5c")
        p.t(
            x + 3,
            y + 39,
            f"Signé électroniquement le {core.dmy(L['signed_on'])} - réf. {L['esign_ref']}-{i + 1}",
            "LatoL",
            6.5,
            "#4a5a6a",
        )
    p.t(105, 290, f"Bail - {L['address_short']} - page {pages}", "Lato", 7.5, "#666666", "c")
    c.showPage()
    return core.finish(c), pages


def seyes(c, rng):
    """French 'grands carreaux' (Seyès) ruled paper with a red margin."""
    p = Pg(c)
    c.setLineWidth(0.25)
    c.setStrokeColor(core.rgb("#b8b3de"))
    y = 20.0
    while y < 290:
        c.setLineWidth(0.45 if round((y - 20) / 2) % 4 == 0 else 0.18)
        c.line(0, p.y(y), 210 * mm, p.y(y))
        y += 2
    x = 30.0
    c.setLineWidth(0.2)
    while x < 210:
        c.line(x * mm, p.y(20), x * mm, 0)
        x += 8
    c.setStrokeColor(core.rgb("#e56a6a"))
    c.setLineWidth(0.6)
    c.line(30 * mm, 297 * mm, 30 * mm, 0)
    return p


def hand_para(c, p, x, y, w, text, rng, key, size, lh, color="#1b2a6b", first_indent=0):
    words = text.split(" ")
    line = ""
    ind = first_indent
    for wd in words:
        trial = (line + " " + wd).strip()
        if pen.hand_width(trial, key, size) > (w - ind) * mm and line:
            pen.hand(c, (x + ind) * mm, p.y(y), line, rng, key, size, color)
            y += lh
            line = wd
            ind = 0
        else:
            line = trial
    if line:
        pen.hand(c, (x + ind) * mm, p.y(y), line, rng, key, size, color)
    return y + lh


def attestation_pdf(a, rng):
    c = core.new_canvas(title="attestation")
    p = seyes(c, rng)
    key, size, ink = a.get("hand_key", "ecolier"), a.get("size", 17), a.get("ink", "#1b2a6b")
    y = 36.0
    for ln in a["sender_lines"]:
        pen.hand(c, 34 * mm, p.y(y), ln, rng, key, size, ink)
        y += 8
    y += 8
    title = "Attestation d'hébergement"
    pen.hand(
        c,
        (105 - pen.hand_width(title, key, size + 5) / mm / 2) * mm,
        p.y(y),
        title,
        rng,
        key,
        size + 5,
        ink,
    )
    pen.stroke_path(
        c,
        [
            (70 * mm, p.y(y + 2)),
            (90 * mm, p.y(y + 2.6)),
            (120 * mm, p.y(y + 1.8)),
            (142 * mm, p.y(y + 2.4)),
        ],
        ink,
        0.8,
    )
    y += 16
    for para in a["paragraphs"]:
        y = hand_para(c, p, 34, y, 165, para, rng, key, size, 8, ink, 10) + 3
    y += 4
    pen.hand(c, 110 * mm, p.y(y), a["fait"], rng, key, size, ink)
    y += 10
    pen.signature(c, 125 * mm, p.y(y + 12), a["sig"], rng, 45 * mm, ink)
    y += 30
    for ln in a.get("ps", []):
        pen.hand(c, 34 * mm, p.y(y), ln, rng, key, size - 2, ink)
        y += 8
    c.showPage()
    return core.finish(c)
