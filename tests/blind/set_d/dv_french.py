"""French documents: lease, rent receipt, hosting attestation, payslip,
employment contract, RIB (PDF, bank letter, app screenshot), misc letters."""

from dv_checks import fmt_iban
from dv_civil import MOIS, dmy, fr_date
from dv_render import Page, pil_font
from PIL import Image, ImageDraw


def _eur(x):
    s = "%.2f" % x
    ent, dec = s.split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return ent + "," + dec


# ------------------------------------------------------------------ lease


def lease(l):
    """Bail d'habitation (loi 89-462, contrat type du décret 2015-587)."""
    f, fb = l.get("font", "times"), l.get("fontb", "times-b")
    ink = (15, 15, 15)
    pages = []
    p = Page()
    y = 18
    if l.get("agency"):
        p.rect(15, 10, 60, 16, stroke=None, fill=(30, 60, 100))
        p.text(45, 20, l["agency"], "sans-b", 10, (255, 255, 255), anchor="c")
        p.text(195, 14, l["agency_addr"], "sans", 7, ink, anchor="r")
        p.text(
            195, 18, "Carte professionnelle CPI 7501 2019 000 0XX XXX", "sans", 6, ink, anchor="r"
        )
        y = 34
    p.text(105, y, "CONTRAT DE LOCATION", fb, 15, ink, anchor="c")
    p.text(
        105,
        y + 6,
        "LOCAUX VIDES À USAGE D'HABITATION"
        if not l.get("furnished")
        else "LOGEMENT MEUBLÉ À USAGE DE RÉSIDENCE PRINCIPALE",
        fb,
        10.5,
        ink,
        anchor="c",
    )
    y = p.wrap(
        22,
        y + 13,
        166,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les "
        "rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)"
        if l.get("furnished")
        else "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les rapports "
        "locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        f,
        8.5,
        4,
    )
    y += 4

    def sec(title):
        nonlocal y, p
        if y > 262:
            pages.append(p)
            p = Page()
            y = 20
        p.rect(15, y - 4.5, 180, 6.5, stroke=None, fill=(225, 225, 225))
        p.text(17, y, title, fb, 10, ink)
        y += 7

    def para(t, bold=False):
        nonlocal y, p
        if y > 272:
            pages.append(p)
            p = Page()
            y = 20
        y = p.wrap(17, y, 176, t, fb if bold else f, 9.5, 4.4) + 1.5

    sec("I. DÉSIGNATION DES PARTIES")
    para("Le présent contrat est conclu entre les soussignés :")
    para(
        "Le bailleur : "
        + l["landlord_vis"]
        + ", "
        + l["landlord_addr"]
        + ", personne "
        + ("morale" if l.get("landlord_company") else "physique")
        + ", ci-après désigné « le bailleur » ;",
        True,
    )
    if l.get("agency"):
        para("représenté par son mandataire : " + l["agency"] + ", " + l["agency_addr"] + ".")
    para(
        "Le(s) locataire(s) : "
        + " et ".join(l["tenants_vis"])
        + ", ci-après désigné(s) « le locataire ».",
        True,
    )
    sec("II. OBJET DU CONTRAT")
    para("Le présent contrat a pour objet la location d'un logement ainsi déterminé :")
    para("Adresse du logement : " + l["address"], True)
    para(
        "Type d'habitat : immeuble collectif. Régime juridique de l'immeuble : copropriété. Période de "
        "construction : de 1949 à 1974. Surface habitable : %s m². Nombre de pièces principales : %s."
        % (l["surface"], l["rooms"])
    )
    para(
        "Autres parties du logement : cave n° 12. Éléments d'équipements : cuisine équipée. Modalité de "
        "production de chauffage : individuel électrique. Modalité de production d'eau chaude : individuelle."
    )
    para("Destination des locaux : usage d'habitation principale.")
    sec("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    para("A. Date de prise d'effet du contrat : " + l["start_vis"], True)
    para(
        "B. Durée du contrat : "
        + ("un an" if l.get("furnished") else "trois ans")
        + ". Le contrat se renouvelle ensuite par tacite reconduction dans les conditions prévues par la loi."
    )
    sec("IV. CONDITIONS FINANCIÈRES")
    para(
        "A. Loyer mensuel hors charges : %s euros. Le loyer est payable mensuellement et d'avance, le %s de "
        "chaque mois. Zone soumise à l'encadrement des loyers : loyer de référence %s €/m²."
        % (_eur(l["rent"]), l.get("pay_day", "1er"), l.get("ref", "27,40"))
    )
    para(
        "B. Charges récupérables : provision sur charges de %s euros par mois, avec régularisation annuelle."
        % _eur(l["charges"])
    )
    para(
        "C. Modalités de paiement : par virement. Montant total dû le premier mois : %s euros."
        % _eur(l["rent"] + l["charges"])
    )
    sec("V. TRAVAUX")
    para("Néant.")
    sec("VI. GARANTIES")
    para(
        "Dépôt de garantie : %s euros (un mois de loyer hors charges%s)."
        % (_eur(l["rent"] * (2 if l.get("furnished") else 1)), " x 2" if l.get("furnished") else "")
    )
    sec("VII. CLAUSE DE SOLIDARITÉ")
    para(
        "Pour l'exécution de toutes les obligations du présent contrat, il y aura solidarité et indivisibilité "
        "entre les parties désignées sous le nom de « locataire »."
    )
    sec("VIII. CLAUSE RÉSOLUTOIRE")
    para(
        "Le présent contrat sera résilié de plein droit, deux mois après un commandement de payer demeuré "
        "infructueux, à défaut de paiement du loyer ou des charges, ou du dépôt de garantie, ou à défaut "
        "d'assurance contre les risques locatifs, ou en cas de troubles de voisinage constatés par une "
        "décision de justice passée en force de chose jugée."
    )
    sec("IX. HONORAIRES DE LOCATION")
    para(
        "Honoraires à la charge du locataire : visite, constitution du dossier et rédaction du bail : %s euros ; "
        "état des lieux : %s euros." % (_eur(l["surface"] * 12), _eur(l["surface"] * 3))
        if l.get("agency")
        else "Néant (location conclue directement entre particuliers)."
    )
    sec("X. AUTRES CONDITIONS PARTICULIÈRES")
    para(
        l.get(
            "particular",
            "Le locataire s'engage à souscrire une assurance habitation et à en justifier "
            "chaque année. Animaux domestiques autorisés.",
        )
    )
    sec("XI. ANNEXES")
    para(
        "Sont annexées et jointes au contrat de location les pièces suivantes : dossier de diagnostic "
        "technique (DPE classe D, CREP, ERP, état de l'installation électrique), notice d'information, "
        "état des lieux d'entrée, extrait du règlement de copropriété, acte de cautionnement."
    )
    if y > 215:
        pages.append(p)
        p = Page()
        y = 20
    y += 4
    p.text(
        17,
        y,
        "Fait à %s, le %s, en %d originaux dont un remis à chaque signataire."
        % (l["city"], dmy(l["signed_on"]), len(l["tenants_vis"]) + 1),
        f,
        9.5,
        ink,
    )
    y += 10
    p.text(20, y, "Signature du bailleur", fb, 9.5, ink)
    p.text(115, y, "Signature du (des) locataire(s)", fb, 9.5, ink)
    p.text(20, y + 4.5, "(ou de son mandataire)", f, 8, ink)
    p.text(115, y + 4.5, "précédée de la mention « Lu et approuvé »", f, 8, ink)
    p.hand(22, y + 13, "Lu et approuvé", "h-dkg", 11, seed=1)
    p.signature(25, y + 16, 35, 9, seed=l["landlord_vis"])
    for i, t in enumerate(l["tenants_vis"]):
        p.hand(117, y + 13 + i * 22, "Lu et approuvé", "h-breip", 12, seed=i + 3)
        p.signature(120, y + 16 + i * 22, 35, 9, seed=t)
    pages.append(p)
    n = len(pages)
    for i, pg in enumerate(pages):
        pg.text(
            105,
            290,
            "Page %d/%d — Paraphes : ____ / ____" % (i + 1, n),
            f,
            7.5,
            (80, 80, 80),
            anchor="c",
        )
    return pages


def quittance(q):
    p = Page()
    ink = (20, 20, 20)
    p.text(105, 30, "QUITTANCE DE LOYER", "lib-b", 16, ink, anchor="c")
    mm = int(q["month"][5:7])
    p.text(
        105,
        38,
        "Quittance de loyer du mois de %s %s" % (MOIS[mm - 1], q["month"][:4]),
        "lib",
        11,
        ink,
        anchor="c",
    )
    p.text(20, 55, "Bailleur :", "lib-b", 10, ink)
    p.text(20, 60, q["landlord"], "lib", 10, ink)
    p.text(20, 65, q["landlord_addr"], "lib", 10, ink)
    p.text(120, 75, "Locataire :", "lib-b", 10, ink)
    p.text(120, 80, q["tenant"], "lib", 10, ink)
    for i, ln in enumerate(q["address"]):
        p.text(120, 85 + i * 5, ln, "lib", 10, ink)
    y = 110
    y = p.wrap(
        20,
        y,
        170,
        "Je soussigné(e) %s, propriétaire du logement désigné ci-dessus, déclare avoir reçu de "
        "%s la somme de %s euros, au titre du paiement du loyer et des charges pour la période de "
        "location du %s au %s, et lui en donne quittance, sous réserve de tous mes droits."
        % (q["landlord"], q["tenant"], _eur(q["rent"] + q["charges"]), q["from_vis"], q["to_vis"]),
        "lib",
        10.5,
        5.2,
    )
    y = p.table(
        20,
        y + 8,
        [110, 40],
        [
            ["Détail du règlement", "Montant"],
            ["Loyer", _eur(q["rent"]) + " €"],
            ["Provision pour charges", _eur(q["charges"]) + " €"],
            ["Total", _eur(q["rent"] + q["charges"]) + " €"],
        ],
        "lib",
        10,
        7,
        aligns=["l", "r"],
    )
    p.text(20, y + 12, "Date du paiement : %s" % q["paid_vis"], "lib", 10, ink)
    p.text(120, y + 25, "Fait à %s, le %s" % (q["city"], q["paid_vis"]), "lib", 10, ink)
    p.signature(125, y + 30, 35, 9, seed=q["landlord"])
    p.wrap(
        20,
        270,
        170,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte versé sur "
        "la présente période. Elle ne vaut pas bail et ne constitue pas un justificatif de durée d'occupation.",
        "lib-i",
        7.5,
        3.6,
    )
    return [p]


# ------------------------------------------------------------------ hosting attestation


def hosting(h):
    """Attestation d'hébergement; handwritten (default) or typed."""
    p = Page()
    typed = h.get("typed", False)
    font = h.get("font", "h-breip")
    size = h.get("size", 13.5)
    ink = (20, 30, 110) if not typed else (10, 10, 10)
    seed = h["host_vis"]
    x0 = 22
    y = 30
    if typed:
        p.text(20, 20, h["host_vis"], "lib-b", 10.5)
        for i, ln in enumerate(h["address"]):
            p.text(20, 25 + i * 4.8, ln, "lib", 10)
        p.text(105, 60, "ATTESTATION D'HÉBERGEMENT", "lib-b", 15, anchor="c")
        body = (
            "Je soussigné %s, né le %s à %s, demeurant %s, certifie sur l'honneur héberger à mon "
            "domicile, à titre gratuit, %s, né(e) le %s à %s, depuis le %s."
            % (
                h["host_vis"],
                h["host_dob_vis"],
                h["host_pob"],
                ", ".join(h["address"]),
                h["hosted_vis"],
                h["hosted_dob_vis"],
                h["hosted_pob"],
                h["since_vis"],
            )
        )
        y = p.wrap(20, 80, 170, body, "lib", 11, 6)
        y = p.wrap(
            20,
            y + 4,
            170,
            "Je joins à la présente attestation la copie de ma pièce d'identité et un "
            "justificatif de domicile à mon nom.",
            "lib",
            11,
            6,
        )
        y = p.wrap(20, y + 4, 170, "Fait pour servir et valoir ce que de droit.", "lib", 11, 6)
        p.text(110, y + 12, "Fait à %s, le %s" % (h["city"], h["signed_vis"]), "lib", 11)
        if h.get("signed", True):
            p.signature(120, y + 20, 40, 11, seed=seed)
        p.wrap(
            20,
            268,
            170,
            "Article 441-7 du code pénal : est puni d'un an d'emprisonnement et de 15 000 euros "
            "d'amende le fait d'établir une attestation faisant état de faits matériellement inexacts.",
            "lib-i",
            7.5,
            3.6,
        )
        return [p]
    lines = [("c", "Attestation d'hébergement"), ("", "")]
    lines += [("", s) for s in h["hand_lines"]]
    for kind, s in lines:
        if kind == "c":
            p.hand(105, y, s, font, size * 1.35, ink, seed=seed, anchor="c")
            p.line(60, y + 2, 150, y + 2.5, ink, 0.4)
        else:
            p.hand(x0, y, s, font, size, ink, seed=seed)
        y += size * 0.58
    y += 6
    p.hand(105, y, "Fait à %s, le %s" % (h["city"], h["signed_vis"]), font, size, ink, seed=seed)
    if h.get("signed", True):
        p.signature(125, y + 6, 40, 12, color=ink, seed=seed)
    return [p]


# ------------------------------------------------------------------ payslip


def payslip(s):
    """Bulletin de paie clarifié (modèle 2018+, mentions de l'arrêté du 25 février 2016)."""
    p = Page()
    ink = (15, 15, 15)
    f, fb = s.get("font", "lib"), s.get("fontb", "lib-b")
    acc = s.get("acc", (40, 70, 120))
    y0 = 12
    p.rect(12, y0, 186, 10, stroke=None, fill=acc)
    p.text(15, y0 + 7, "BULLETIN DE PAIE", fb, 13, (255, 255, 255))
    p.text(
        195,
        y0 + 7,
        "Période du %s au %s" % (dmy(s["period"] + "-01"), dmy(s["period_end"])),
        f,
        9,
        (255, 255, 255),
        anchor="r",
    )
    # employer block
    y = 28
    p.rect(12, y, 90, 34, stroke=(150, 150, 150), lw=0.2)
    p.text(14, y + 5, s["employer_vis"], fb, 10, ink)
    for i, ln in enumerate(
        s["employer_addr"]
        + [
            "SIRET : " + s["siret"],
            "Code NAF : " + s["naf"],
            "URSSAF : " + s.get("urssaf", "Île-de-France"),
        ]
    ):
        p.text(14, y + 10 + i * 4.2, ln, f, 8, ink)
    # employee block
    p.rect(108, y, 90, 34, stroke=(150, 150, 150), lw=0.2)
    p.text(110, y + 5, s["employee_vis"], fb, 10, ink)
    for i, ln in enumerate(s["employee_addr"]):
        p.text(110, y + 10 + i * 4.4, ln, f, 8.5, ink)
    y = 66
    info = [
        [
            "Matricule",
            "Emploi",
            "Statut / Classification",
            "Date d'entrée",
            "N° de sécurité sociale",
        ],
        [s["matricule"], s["job"], s["classif"], dmy(s["entry"]), s.get("nir", "")],
    ]
    y = p.table(12, y, [20, 48, 46, 24, 48], info, f, 7.5, 5.5, head_fill=(230, 234, 240))
    p.text(12, y + 4, "Convention collective : " + s["ccn"], f, 7.5, ink)
    y += 8
    base = s["gross"]
    rows = [
        ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"],
        ["Salaire de base", "151,67", _eur(base / 151.67), _eur(base), ""],
        ["SALAIRE BRUT", "", "", _eur(base), ""],
        ["SANTÉ", "", "", "", ""],
        [
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            _eur(base),
            "",
            "",
            _eur(base * 0.07),
        ],
        [
            "Complémentaire Incapacité Invalidité Décès",
            _eur(base),
            "",
            _eur(base * 0.0045),
            _eur(base * 0.0085),
        ],
        ["Complémentaire Santé", "", "", _eur(42.0), _eur(42.0)],
        [
            "ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES",
            _eur(base),
            "",
            "",
            _eur(base * 0.009),
        ],
        ["RETRAITE", "", "", "", ""],
        [
            "Sécurité sociale plafonnée",
            _eur(min(base, 4005)),
            "6,900",
            _eur(min(base, 4005) * 0.069),
            _eur(min(base, 4005) * 0.0855),
        ],
        [
            "Sécurité sociale déplafonnée",
            _eur(base),
            "0,400",
            _eur(base * 0.004),
            _eur(base * 0.0202),
        ],
        [
            "Complémentaire Tranche 1",
            _eur(min(base, 4005)),
            "4,010",
            _eur(min(base, 4005) * 0.0401),
            _eur(min(base, 4005) * 0.0601),
        ],
        ["FAMILLE", _eur(base), "", "", _eur(base * 0.0345)],
        ["ASSURANCE CHÔMAGE", _eur(base), "", "", _eur(base * 0.0405)],
        ["AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", _eur(base * 0.021)],
        [
            "CSG déductible de l'impôt sur le revenu",
            _eur(base * 0.9825),
            "6,800",
            _eur(base * 0.9825 * 0.068),
            "",
        ],
        [
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            _eur(base * 0.9825),
            "2,900",
            _eur(base * 0.9825 * 0.029),
            "",
        ],
    ]
    sal = (
        base * 0.0045
        + 42
        + min(base, 4005) * (0.069 + 0.0401)
        + base * 0.004
        + base * 0.9825 * 0.097
    )
    emp = (
        base * (0.07 + 0.0085 + 0.009 + 0.0202 + 0.0345 + 0.0405 + 0.021)
        + 42
        + min(base, 4005) * (0.0855 + 0.0601)
    )
    rows.append(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", _eur(sal), _eur(emp)])
    y = p.table(
        12,
        y,
        [86, 24, 16, 30, 30],
        rows,
        f,
        7.3,
        5.2,
        head_fill=(230, 234, 240),
        aligns=["l", "r", "r", "r", "r"],
        head_font=fb,
    )
    net_before = base - sal
    pas_rate = s.get("pas", 4.2)
    pas = (net_before + base * 0.9825 * 0.029) * pas_rate / 100
    net = net_before - pas
    y += 3
    p.rect(12, y, 186, 9, stroke=None, fill=(236, 240, 246))
    p.text(14, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9.5, ink)
    p.text(195, y + 6, _eur(net_before) + " €", fb, 9.5, ink, anchor="r")
    y += 11
    p.text(
        14,
        y + 4,
        "Impôt sur le revenu prélevé à la source - Taux personnalisé %s %%"
        % ("%.1f" % pas_rate).replace(".", ","),
        f,
        8.5,
        ink,
    )
    p.text(195, y + 4, "-" + _eur(pas) + " €", f, 8.5, ink, anchor="r")
    y += 8
    p.rect(12, y, 186, 11, stroke=acc, lw=0.6)
    p.text(14, y + 7.5, "NET PAYÉ EN EUROS", fb, 12, acc)
    p.text(195, y + 7.5, _eur(net) + " €", fb, 12, acc, anchor="r")
    y += 15
    p.text(14, y, "Montant net social : %s €" % _eur(net_before + 10.5), f, 8.5, ink)
    p.text(110, y, "Date de paiement : %s" % dmy(s["paid_on"]), f, 8.5, ink)
    y += 5
    p.text(
        14,
        y,
        "Allègement de cotisations employeur : %s €     Total versé par l'employeur : %s €"
        % (_eur(base * 0.02), _eur(base + emp)),
        f,
        7.5,
        ink,
    )
    y += 6
    p.table(
        12,
        y,
        [46, 46, 47, 47],
        [
            ["Cumuls", "Brut", "Net imposable", "Congés acquis / pris"],
            [
                "Année %s" % s["period"][:4],
                _eur(base * s.get("months", 6)),
                _eur((net_before + base * 0.0285) * s.get("months", 6)),
                "15,00 / 5,00",
            ],
        ],
        f,
        7.5,
        5.2,
        head_fill=(230, 234, 240),
    )
    p.wrap(
        12,
        282,
        186,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin "
        "de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr.",
        f,
        7,
        3.2,
    )
    return [p], round(net, 2)


# ------------------------------------------------------------------ contract


def contract(c):
    f, fb = c.get("font", "times"), c.get("fontb", "times-b")
    ink = (15, 15, 15)
    pages = []
    p = Page()
    y = 22
    p.text(15, 16, c["employer_vis"], "sans-b", 11, c.get("acc", (30, 60, 110)))
    p.text(15, 20.5, c["employer_addr"], "sans", 7.5, ink)
    cdd = c["type"] == "CDD"
    y = 38
    p.text(
        105,
        y,
        "CONTRAT DE TRAVAIL À DURÉE %s" % ("DÉTERMINÉE" if cdd else "INDÉTERMINÉE"),
        fb,
        14,
        ink,
        anchor="c",
    )
    y += 12

    def para(t, bold=False, size=10):
        nonlocal y, p
        if y > 270:
            pages.append(p)
            p = Page()
            y = 22
        y = p.wrap(20, y, 170, t, fb if bold else f, size, size * 0.46) + 2

    para("ENTRE LES SOUSSIGNÉS :", True)
    para(
        "La société %s, %s au capital de %s euros, immatriculée au Registre du Commerce et des Sociétés de %s "
        "sous le numéro %s, dont le siège social est situé %s, représentée par %s, agissant en qualité de %s, "
        "ci-après dénommée « la Société »,"
        % (
            c["employer_vis"],
            c["form"],
            c["capital"],
            c["rcs_city"],
            c["siren_fmt"],
            c["employer_addr"],
            c["signatory"],
            c["signatory_role"],
        )
    )
    para("d'une part,")
    para("ET :", True)
    para(
        "%s, né(e) le %s à %s, de nationalité %s, demeurant %s, titulaire d'un titre l'autorisant à travailler "
        "en France, numéro de sécurité sociale : %s, ci-après dénommé(e) « le Salarié »,"
        % (
            c["employee_vis"],
            c["dob_vis"],
            c["pob"],
            c["nat_fr"],
            c["address"],
            c.get("nir", "en cours d'attribution"),
        )
    )
    para("d'autre part,")
    para("IL A ÉTÉ CONVENU CE QUI SUIT :", True)
    para("Article 1 - Engagement", True)
    para(
        "Sous réserve des résultats de la visite d'information et de prévention, la Société engage le Salarié "
        "à compter du %s %s. La déclaration préalable à l'embauche a été effectuée auprès de l'URSSAF de %s."
        % (
            c["start_vis"],
            (
                "pour une durée déterminée prenant fin le %s, au motif d'un accroissement temporaire "
                "d'activité" % c["end_vis"]
            )
            if cdd
            else "pour une durée indéterminée",
            c["urssaf"],
        )
    )
    para("Article 2 - Période d'essai", True)
    para(
        "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de %s de travail effectif, "
        "au cours de laquelle chacune des parties pourra rompre le contrat en respectant le délai de prévenance "
        "prévu aux articles L. 1221-25 et L. 1221-26 du code du travail."
        % c.get("trial", "trois mois")
    )
    para("Article 3 - Fonctions", True)
    para(
        "Le Salarié est engagé en qualité de %s, statut %s, position %s de la convention collective nationale %s."
        % (c["job"], c["status"], c["position"], c["ccn"])
    )
    para("Article 4 - Lieu de travail", True)
    para(
        "Le Salarié exercera ses fonctions à %s. Ce lieu pourra être modifié dans le même secteur géographique."
        % c["workplace"]
    )
    para("Article 5 - Durée du travail", True)
    para(
        c.get(
            "hours",
            "La durée hebdomadaire de travail est fixée à 35 heures, réparties du lundi au vendredi.",
        )
    )
    para("Article 6 - Rémunération", True)
    para(
        "En contrepartie de ses fonctions, le Salarié percevra une rémunération annuelle brute de %s euros, "
        "versée en douze mensualités." % c["salary"]
    )
    para("Article 7 - Congés payés", True)
    para(
        "Le Salarié bénéficiera des congés payés dans les conditions prévues par la loi et la convention collective."
    )
    para("Article 8 - Protection sociale", True)
    para(
        "Le Salarié sera affilié au régime général de la sécurité sociale, ainsi qu'aux régimes de retraite "
        "complémentaire, de prévoyance et de frais de santé en vigueur dans la Société."
    )
    para("Article 9 - Obligations de confidentialité et de loyauté", True)
    para(
        "Le Salarié s'engage à observer la plus stricte discrétion sur les informations dont il aurait "
        "connaissance dans l'exercice de ses fonctions, pendant et après l'exécution du contrat."
    )
    para("Article 10 - Rupture du contrat", True)
    para(
        "Le contrat pourra être rompu dans les conditions prévues par le code du travail et la convention "
        "collective applicable, sous réserve du respect du préavis."
    )
    if y > 230:
        pages.append(p)
        p = Page()
        y = 22
    y += 4
    p.text(
        20,
        y,
        "Fait à %s, le %s, en deux exemplaires originaux." % (c["city"], c["signed_vis"]),
        f,
        10,
        ink,
    )
    y += 10
    p.text(25, y, "Pour la Société", fb, 10, ink)
    p.text(25, y + 4.5, c["signatory"], f, 9, ink)
    p.text(120, y, "Le Salarié", fb, 10, ink)
    p.text(120, y + 4.5, "(mention « Lu et approuvé »)", f, 8, ink)
    p.signature(28, y + 9, 35, 10, seed=c["signatory"])
    p.hand(122, y + 13, "Lu et approuvé", "h-femke", 12, seed=2)
    p.signature(125, y + 16, 35, 10, seed=c["employee_vis"])
    pages.append(p)
    n = len(pages)
    for i, pg in enumerate(pages):
        pg.text(
            105,
            289,
            "%s — Contrat de travail — page %d/%d" % (c["employer_vis"], i + 1, n),
            f,
            7.5,
            (90, 90, 90),
            anchor="c",
        )
        pg.text(185, 282, "Paraphes", f, 7, (90, 90, 90), anchor="r")
    return pages


# ------------------------------------------------------------------ RIB

BANKS = {
    "BNP Paribas": dict(
        col=(0, 145, 90), bic="BNPAFRPPXXX", code="30004", font="lib", fontb="lib-b"
    ),
    "Crédit Mutuel": dict(
        col=(0, 60, 140), bic="CMCIFR2A", code="10278", font="open", fontb="open-b"
    ),
    "Société Générale": dict(
        col=(230, 0, 40), bic="SOGEFRPP", code="30003", font="lato", fontb="lato-b"
    ),
    "LCL": dict(col=(0, 50, 120), bic="CRLYFRPP", code="30002", font="roboto", fontb="roboto-b"),
    "La Banque Postale": dict(
        col=(0, 60, 150), bic="PSSTFRPPPAR", code="20041", font="carlito", fontb="carlito-b"
    ),
    "Crédit Agricole": dict(
        col=(0, 120, 110), bic="AGRIFRPP882", code="18206", font="sans", fontb="sans-b"
    ),
    "BoursoBank": dict(
        col=(0, 30, 80), bic="BOUSFRPPXXX", code="40618", font="roboto", fontb="roboto-b"
    ),
    "N26": dict(col=(40, 40, 40), bic="NTSBDEB1XXX", code="", font="roboto", fontb="roboto-b"),
}


def bank_logo(p, bank, x, y):
    B = BANKS[bank]
    c = B["col"]
    if bank == "BNP Paribas":
        p.rect(x, y - 3, 10, 10, stroke=None, fill=c)
        for i in range(3):
            p.poly(
                [(x + 2 + i * 2.6, y + 5), (x + 3 + i * 2.6, y - 1), (x + 4 + i * 2.6, y + 5)],
                fill=(255, 255, 255),
            )
        p.text(x + 13, y + 5, "BNP PARIBAS", "lib-b", 13, c)
    elif bank == "Crédit Mutuel":
        p.rect(x, y - 3, 30, 11, stroke=None, fill=c)
        p.text(x + 15, y + 4.5, "Crédit Mutuel", "open-b", 8, (255, 255, 255), anchor="c")
    elif bank == "Société Générale":
        p.rect(x, y - 3, 9, 4.5, stroke=None, fill=(230, 0, 40))
        p.rect(x, y + 1.5, 9, 4.5, stroke=None, fill=(0, 0, 0))
        p.text(x + 12, y + 4.5, "SOCIETE GENERALE", "lato-b", 12, (0, 0, 0))
    elif bank == "LCL":
        p.ellipse(x, y - 4, 12, 12, stroke=None, fill=(255, 210, 0))
        p.text(x + 15, y + 5, "LCL", "roboto-b", 16, c)
    elif bank == "La Banque Postale":
        p.rect(x, y - 3, 10, 10, stroke=None, fill=(255, 200, 0))
        p.text(x + 13, y + 5, "LA BANQUE POSTALE", "carlito-b", 13, c)
    elif bank == "Crédit Agricole":
        p.rect(x, y - 3, 10, 10, stroke=None, fill=c)
        p.text(x + 13, y + 5, "CRÉDIT AGRICOLE", "sans-b", 12, c)
    else:
        p.text(x, y + 5, bank, "roboto-b", 14, c)


def rib_block(p, r, x, y, w=180, compact=False):
    """The RIB itself: holder, bank codes table, IBAN, BIC, domiciliation."""
    B = BANKS[r["bank"]]
    f, fb = B["font"], B["fontb"]
    ink = (15, 15, 15)
    p.rect(x, y, w, 62 if not compact else 56, stroke=B["col"], lw=0.5)
    p.text(x + 3, y + 6, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 10.5, B["col"])
    p.text(x + w - 3, y + 6, r.get("account_label", "Compte de dépôt"), f, 8, ink, anchor="r")
    p.text(x + 3, y + 13, "Titulaire du compte :", f, 8, (90, 90, 90))
    for i, ln in enumerate(r["holder_lines"]):
        p.text(x + 34, y + 13 + i * 4.5, ln, fb, 9.5, ink)
    yy = y + 15 + 4.5 * len(r["holder_lines"])
    if r.get("bank_code"):
        p.table(
            x + 3,
            yy,
            [28, 28, 44, 18],
            [
                ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
                [r["bank_code"], r["branch"], r["account"], r["key"]],
            ],
            f,
            8,
            5.2,
            head_fill=(238, 238, 238),
            aligns=["c", "c", "c", "c"],
            head_font=f,
        )
    p.text(x + 125, yy + 4, "Domiciliation", f, 7.5, (90, 90, 90))
    for i, ln in enumerate(r["domiciliation"]):
        p.text(x + 125, yy + 8 + i * 3.8, ln, f, 8, ink)
    yy += 16
    p.text(x + 3, yy + 4, "IBAN (International Bank Account Number)", f, 7.5, (90, 90, 90))
    p.text(x + 3, yy + 10, fmt_iban(r["iban_vis"]), "mono-b", 11.5, ink)
    p.text(x + 125, yy + 4, "BIC (Bank Identifier Code)", f, 7.5, (90, 90, 90))
    p.text(x + 125, yy + 10, r["bic"], "mono-b", 11.5, ink)
    return yy + 16


def rib_pdf(r):
    p = Page()
    B = BANKS[r["bank"]]
    bank_logo(p, r["bank"], 15, 18)
    p.text(195, 17, r.get("agency", "Agence"), B["font"], 8, (60, 60, 60), anchor="r")
    p.text(195, 21, r.get("agency_tel", ""), B["font"], 8, (60, 60, 60), anchor="r")
    p.text(15, 40, "Votre relevé d'identité bancaire", B["fontb"], 14, (20, 20, 20))
    p.wrap(
        15,
        47,
        180,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
        "appelés à faire inscrire des opérations à votre compte (virements, prélèvements, etc.). Son utilisation "
        "vous garantit le bon enregistrement des opérations en cause et vous évite des réclamations pour erreurs "
        "ou retards d'imputation.",
        B["font"],
        8,
        3.8,
    )
    rib_block(p, r, 15, 66)
    if r.get("two"):
        p.line(10, 140, 200, 140, (150, 150, 150), 0.2)
        p.text(
            105,
            138,
            "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
            "sans",
            7,
            (150, 150, 150),
            anchor="c",
        )
        rib_block(p, r, 15, 146)
    p.text(
        15,
        287,
        "Document édité le %s depuis votre espace client" % dmy(r["edited"]),
        B["font"],
        7,
        (100, 100, 100),
    )
    return [p]


def rib_letter(r):
    """A bank welcome letter with the RIB printed at the bottom (trap: still a RIB)."""
    p = Page()
    B = BANKS[r["bank"]]
    f = B["font"]
    bank_logo(p, r["bank"], 15, 18)
    p.text(115, 45, r["letter_name"], B["fontb"], 10)
    for i, ln in enumerate(r["letter_addr"]):
        p.text(115, 50 + i * 4.6, ln, f, 10)
    p.text(195, 75, "%s, le %s" % (r["city"], fr_date(r["edited"])), f, 9.5, anchor="r")
    p.text(15, 88, "Objet : ouverture de votre compte", B["fontb"], 10)
    y = p.wrap(
        15,
        98,
        180,
        r.get(
            "letter_body",
            "Madame, Monsieur,\nNous avons le plaisir de vous confirmer l'ouverture de votre compte de dépôt. "
            "Vous trouverez ci-dessous votre relevé d'identité bancaire, que vous pourrez communiquer à votre "
            "employeur, à votre caisse d'assurance maladie ou à tout organisme qui doit vous verser des fonds.\n"
            "Votre carte bancaire vous parviendra par un courrier séparé dans les prochains jours. Votre code "
            "confidentiel vous sera adressé par un envoi distinct.\n"
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        ),
        f,
        10,
        5,
    )
    p.text(140, y + 6, "Votre conseiller", f, 9.5)
    p.text(140, y + 11, r.get("adviser", "M. Thomas LEROY"), B["fontb"], 9.5)
    rib_block(p, r, 15, 205, compact=True)
    return [p]


def rib_app_screenshot(r, w=1170, h=2532):
    """Banking-app screen 'RIB' rendered directly at phone resolution (PNG)."""
    im = Image.new("RGB", (w, h), (246, 247, 250))
    d = ImageDraw.Draw(im)
    col = r.get("app_col", (0, 30, 80))
    d.rectangle([0, 0, w, 430], fill=col)
    fnt = lambda k, s: pil_font(k, s)
    d.text((60, 70), "9:41", font=fnt("roboto-b", 46), fill=(255, 255, 255))
    d.text((w - 60, 70), "5G  ▮▮▮▮  87%", font=fnt("roboto", 40), fill=(255, 255, 255), anchor="ra")
    d.text((60, 200), "‹", font=fnt("roboto", 90), fill=(255, 255, 255))
    d.text(
        (w // 2, 230),
        r.get("screen_title", "Mon RIB"),
        font=fnt("roboto-b", 58),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.text((60, 340), r.get("app_name", r["bank"]), font=fnt("roboto-m", 44), fill=(200, 215, 240))
    y = 480
    d.rounded_rectangle(
        [40, y, w - 40, y + 1330], radius=40, fill=(255, 255, 255), outline=(225, 228, 235), width=3
    )
    items = [
        ("Titulaire", r["holder_lines"][0]),
        ("Intitulé du compte", r.get("account_label", "Compte courant")),
        ("IBAN", fmt_iban(r["iban_vis"])),
        ("BIC", r["bic"]),
        ("Banque", r.get("bank_full", r["bank"])),
        ("Adresse de la banque", r.get("bank_addr", "")),
    ]
    yy = y + 70
    for k, v in items:
        d.text((90, yy), k, font=fnt("roboto", 38), fill=(120, 125, 140))
        yy += 60
        fsz = 48
        if k == "IBAN":
            # split long IBAN on two lines as apps do
            parts = v.split(" ")
            l1 = " ".join(parts[:4])
            l2 = " ".join(parts[4:])
            d.text((90, yy), l1, font=fnt("mono-b", 52), fill=(20, 20, 30))
            yy += 70
            d.text((90, yy), l2, font=fnt("mono-b", 52), fill=(20, 20, 30))
        else:
            d.text((90, yy), v, font=fnt("roboto-m", fsz), fill=(20, 20, 30))
        yy += 110
        d.line([90, yy - 40, w - 90, yy - 40], fill=(235, 236, 240), width=2)
    y = y + 1390
    for label in ("Copier l'IBAN", "Partager mon RIB", "Télécharger en PDF"):
        d.rounded_rectangle(
            [60, y, w - 60, y + 140],
            radius=70,
            fill=col if label.startswith("Copier") else (255, 255, 255),
            outline=col,
            width=4,
        )
        d.text(
            (w // 2, y + 70),
            label,
            font=fnt("roboto-b", 46),
            fill=(255, 255, 255) if label.startswith("Copier") else col,
            anchor="mm",
        )
        y += 180
    d.rounded_rectangle([w // 2 - 200, h - 40, w // 2 + 200, h - 28], radius=6, fill=(20, 20, 20))
    return im


# ------------------------------------------------------------------ unknown / misc


def tax_notice(t):
    p = Page()
    ink = (15, 15, 15)
    p.rect(15, 12, 45, 18, stroke=None, fill=(0, 35, 100))
    p.text(37.5, 20, "RÉPUBLIQUE", "sans-b", 7, (255, 255, 255), anchor="c")
    p.text(37.5, 25, "FRANÇAISE", "sans-b", 7, (255, 255, 255), anchor="c")
    p.text(65, 19, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", "sans-b", 8, ink)
    p.text(195, 19, "impots.gouv.fr", "sans", 8, ink, anchor="r")
    p.text(105, 45, "AVIS D'IMPÔT %s" % t["year"], "sans-b", 14, ink, anchor="c")
    p.text(
        105,
        51,
        "IMPÔT SUR LES REVENUS de l'année %d" % (int(t["year"]) - 1),
        "sans-b",
        10,
        ink,
        anchor="c",
    )
    p.text(120, 65, t["name"], "sans-b", 10, ink)
    for i, ln in enumerate(t["address"]):
        p.text(120, 70 + i * 4.6, ln, "sans", 10, ink)
    rows = [
        ["Vos références", ""],
        ["Numéro fiscal", t["fiscal"]],
        ["N° d'accès en ligne", t["access"]],
        ["Revenu fiscal de référence", _eur(t["rfr"])[:-3]],
        ["Nombre de parts", "1,00"],
        ["Date de mise en recouvrement", t["rec"]],
    ]
    p.table(15, 62, [50, 45], rows, "sans", 8, 5.5)
    y = 110
    p.rect(15, y, 180, 18, stroke=(0, 35, 100), lw=0.5)
    p.text(20, y + 8, "Montant de votre impôt sur le revenu net", "sans-b", 10, ink)
    p.text(190, y + 8, t["amount"], "sans-b", 12, ink, anchor="r")
    p.text(
        20,
        y + 14,
        "Montant prélevé à la source en %d : voir détail page 2" % (int(t["year"]) - 1),
        "sans",
        8,
        ink,
    )
    y = 140
    for para in [
        "Cet avis d'impôt constitue un justificatif de vos revenus et de votre situation fiscale. "
        "Conservez-le précieusement.",
        "Vous pouvez consulter le détail de votre calcul dans votre espace particulier sur impots.gouv.fr.",
        "Pour toute question, contactez votre centre des finances publiques : " + t["sip"],
    ]:
        y = p.wrap(15, y, 180, para, "sans", 9, 4.4) + 3
    return [p]


def caf_letter(c):
    p = Page()
    ink = (15, 15, 15)
    p.ellipse(15, 10, 22, 22, stroke=None, fill=(0, 90, 170))
    p.text(26, 23, "caf", "sans-b", 11, (255, 255, 255), anchor="c")
    p.text(40, 18, "Caisse d'allocations familiales", "sans-b", 10, (0, 90, 170))
    p.text(40, 23, c["caf"], "sans", 9, ink)
    p.text(120, 45, c["name"], "sans-b", 10)
    for i, ln in enumerate(c["address"]):
        p.text(120, 50 + i * 4.6, ln, "sans", 10)
    p.text(15, 75, "N° allocataire : %s" % c["alloc"], "sans", 9)
    p.text(195, 75, "Le %s" % c["date_vis"], "sans", 9, anchor="r")
    p.text(15, 90, "Objet : %s" % c["subject"], "sans-b", 10)
    y = p.wrap(15, 100, 180, c["body"], "sans", 10, 5)
    p.text(120, y + 10, "Votre Caf", "sans-b", 10)
    return [p]


def school_cert(s):
    p = Page()
    ink = (15, 15, 15)
    p.text(15, 18, "ACADÉMIE DE " + s["academie"], "times-b", 10, ink)
    p.text(15, 23, s["school"], "times", 10, ink)
    p.text(15, 28, s["school_addr"], "times", 9, ink)
    p.text(105, 55, "CERTIFICAT DE SCOLARITÉ", "times-b", 16, ink, anchor="c")
    p.text(105, 62, "Année scolaire %s" % s["year"], "times", 11, ink, anchor="c")
    y = p.wrap(
        25,
        80,
        160,
        "Je soussigné(e), %s, chef d'établissement, certifie que l'élève %s, né(e) le %s, "
        "est inscrit(e) dans mon établissement en classe de %s pour l'année scolaire %s."
        % (s["head"], s["pupil"], s["dob_vis"], s["cls"], s["year"]),
        "times",
        11,
        5.5,
    )
    y = p.wrap(
        25,
        y + 5,
        160,
        "Certificat délivré pour servir et valoir ce que de droit.",
        "times",
        11,
        5.5,
    )
    p.text(120, y + 15, "Fait à %s, le %s" % (s["city"], s["date_vis"]), "times", 11, ink)
    p.text(130, y + 22, "Le Principal", "times-i", 10, ink)
    p.signature(130, y + 26, 35, 9, seed=s["head"])
    p.stamp(80, y + 32, 14, ["COLLÈGE", s["stamp"]], color=(40, 60, 150))
    return [p]


def note_page(lines, seed):
    p = Page()
    y = 60
    for ln in lines:
        p.hand(30, y, ln, "h-humor", 16, (10, 10, 10), seed=seed)
        y += 12
    return [p]
