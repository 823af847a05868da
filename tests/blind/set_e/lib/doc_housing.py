"""Housing documents: leases (the official "contrat type" of décret n° 2015-587 for
unfurnished homes under loi n° 89-462 du 6 juillet 1989, and an agency furnished lease),
a rent receipt (quittance de loyer) and attestations d'hébergement (hand-written on
Seyès school paper or typed and signed)."""

from .draw import Pdf, fr_date, money, rng_for


def _sign_block(p, y, left_name, right_names, place, date, hand_font="dkg", seed="l"):
    p.text(
        14,
        y,
        "Fait à %s, le %s, en %d exemplaires originaux."
        % (place, fr_date(date), 1 + len(right_names)),
        size=9.5,
    )
    y += 9
    p.text(14, y, "Signature du bailleur", font="Liberation-Bold", size=9)
    p.text(
        14, y + 4, "(précédée de la mention « lu et approuvé »)", font="Liberation-Italic", size=7
    )
    p.hand(16, y + 12, "Lu et approuvé", font=hand_font, size=11)
    p.signature(18, y + 15, w=38, h=13, seed=seed + "bailleur" + left_name)
    x = 110
    p.text(x, y, "Signature du (des) locataire(s)", font="Liberation-Bold", size=9)
    p.text(
        x, y + 4, "(précédée de la mention « lu et approuvé »)", font="Liberation-Italic", size=7
    )
    for i, nm in enumerate(right_names):
        p.hand(x + 2 + i * 45, y + 12, "Lu et approuvé", font=hand_font, size=10)
        p.signature(x + 3 + i * 45, y + 15, w=36, h=12, seed=seed + "loc" + nm)
    return y + 34


def lease_official(l):
    """Unfurnished lease, contrat type of the décret 2015-587 (4 pages)."""
    p = Pdf(seed=l["seed"], title="Contrat de location")
    sec = dict(font="Liberation-Bold", size=10)
    body = dict(font="Liberation", size=8.8)

    def header(pg):
        p.text(
            196, 10, "Paraphes : ______  ______", font="Liberation-Italic", size=7, align="right"
        )
        p.text(
            105,
            290,
            "Contrat de location — logement vide — page %d/4" % pg,
            font="Liberation",
            size=7,
            align="center",
        )

    header(1)
    p.text(105, 22, "CONTRAT DE LOCATION", font="Liberation-Bold", size=16, align="center")
    p.text(
        105,
        28,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs",
        font="Liberation-Italic",
        size=8,
        align="center",
    )
    p.text(
        105,
        31.5,
        "et portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        font="Liberation-Italic",
        size=8,
        align="center",
    )
    p.text(
        105,
        38,
        "LOCAUX VIDES À USAGE D'HABITATION",
        font="Liberation-Bold",
        size=11,
        align="center",
    )
    y = 48
    p.text(14, y, "I. DÉSIGNATION DES PARTIES", **sec)
    y = p.para(14, y + 6, 182, "Le présent contrat est conclu entre les soussignés :", **body)
    y = p.rich(
        14,
        y + 1,
        182,
        [
            ("Nom et prénom du bailleur :", "Liberation-Bold"),
            (l["landlord"], "Liberation"),
            ("— domicile :", "Liberation-Bold"),
            (l["landlord_addr"], "Liberation"),
            ("— qualité du bailleur : personne physique.", "Liberation"),
        ],
        size=8.8,
    )
    y += 1
    y = p.para(14, y, 182, "désigné(s) ci-après « le bailleur » ;", **body)
    for t in l["tenants_full"]:
        y = p.rich(
            14,
            y + 1,
            182,
            [("Nom et prénom du locataire :", "Liberation-Bold"), (t, "Liberation")],
            size=8.8,
        )
    y = p.para(14, y, 182, "désigné(s) ci-après « le locataire » ;", **body)
    y = p.para(14, y + 1, 182, "Il a été convenu ce qui suit :", **body)
    y += 4
    p.text(14, y, "II. OBJET DU CONTRAT", **sec)
    y = p.para(
        14,
        y + 6,
        182,
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
        **body,
    )
    rows = [
        ("A. Consistance du logement", ""),
        ("Localisation du logement :", l["address_full"]),
        ("Type d'habitat :", "immeuble collectif"),
        ("Régime juridique de l'immeuble :", "copropriété"),
        ("Période de construction :", "de 1949 à 1974"),
        ("Surface habitable :", "%s m²" % l["surface"]),
        ("Nombre de pièces principales :", str(l["rooms"])),
        ("Autres parties du logement :", "cave n° %d" % l.get("cave", 12)),
        ("Modalité de production de chauffage :", "individuel (électrique)"),
        ("Modalité de production d'eau chaude sanitaire :", "individuelle"),
        ("B. Destination des locaux :", "usage d'habitation principale"),
    ]
    for k, v in rows:
        p.text(18, y + 1, k, font="Liberation-Bold" if not v else "Liberation", size=8.8)
        if v:
            p.text(88, y + 1, v, font="Liberation", size=8.8)
        y += 4.6
    y += 4
    p.text(14, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", **sec)
    y += 6
    y = p.rich(
        14,
        y,
        182,
        [
            ("A. Date de prise d'effet du contrat :", "Liberation-Bold"),
            (fr_date(l["start"], "long"), "Liberation-Bold"),
        ],
        size=9.2,
    )
    y = p.rich(
        14,
        y + 1,
        182,
        [
            ("B. Durée du contrat :", "Liberation-Bold"),
            ("trois ans (bailleur personne physique). ", "Liberation"),
            (
                "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, "
                "reconduit tacitement pour trois ans et dans les mêmes conditions. Le locataire peut "
                "mettre fin au bail à tout moment, après avoir donné congé. Le bailleur peut, lorsqu'il "
                "définit au terme du contrat, s'opposer au renouvellement du contrat en donnant congé "
                "dans les conditions de forme et de fond prévues par la loi.",
                "Liberation",
            ),
        ],
        size=8.8,
    )
    p.new_page()
    header(2)
    y = 20
    p.text(14, y, "IV. CONDITIONS FINANCIÈRES", **sec)
    y += 6
    y = p.rich(
        14,
        y,
        182,
        [
            ("A. Loyer. 1° Fixation du loyer initial : ", "Liberation-Bold"),
            ("Montant du loyer mensuel : %s euros hors charges." % money(l["rent"]), "Liberation"),
        ],
        size=8.8,
    )
    y = p.para(
        14,
        y + 1,
        182,
        "Le logement est situé dans une zone d'urbanisation continue de plus de 50 000 habitants "
        "où il existe un déséquilibre marqué entre l'offre et la demande de logements (décret n° 2013-392 du "
        "10 mai 2013). Le loyer du logement est soumis au décret fixant annuellement le montant maximum "
        "d'évolution des loyers à la relocation. Loyer de référence : %s €/m² ; loyer de référence majoré : "
        "%s €/m²."
        % (
            money(l["rent"] / float(l["surface"].replace(",", ".")) * 0.93),
            money(l["rent"] / float(l["surface"].replace(",", ".")) * 1.1),
        ),
        **body,
    )
    y = p.rich(
        14,
        y + 1,
        182,
        [
            ("2° Modalités de révision : ", "Liberation-Bold"),
            (
                "le loyer est révisé chaque année à la date anniversaire du contrat, en fonction de la "
                "variation de l'indice de référence des loyers (IRL) publié par l'INSEE.",
                "Liberation",
            ),
        ],
        size=8.8,
    )
    y = p.rich(
        14,
        y + 2,
        182,
        [
            ("B. Charges récupérables. ", "Liberation-Bold"),
            (
                "Modalité de règlement : provisions sur charges avec régularisation annuelle. Montant "
                "des provisions : %s euros par mois." % money(l["charges"]),
                "Liberation",
            ),
        ],
        size=8.8,
    )
    y = p.rich(
        14,
        y + 2,
        182,
        [
            ("C. Modalités de paiement. ", "Liberation-Bold"),
            (
                "Le loyer et les charges sont payables mensuellement et d'avance, le 5 de chaque mois, "
                "par virement. Montant total dû pour la première échéance : %s euros."
                % money(l["rent"] + l["charges"]),
                "Liberation",
            ),
        ],
        size=8.8,
    )
    y += 5
    p.text(14, y, "V. TRAVAUX", **sec)
    y = p.para(
        14,
        y + 6,
        182,
        "Aucuns travaux n'ont été réalisés par le bailleur depuis la fin du dernier contrat "
        "de location. Le locataire ne peut transformer les locaux sans l'accord écrit du bailleur.",
        **body,
    )
    y += 5
    p.text(14, y, "VI. GARANTIES", **sec)
    y = p.para(
        14,
        y + 6,
        182,
        "Montant du dépôt de garantie de l'exécution des obligations du locataire : %s euros "
        "(limité à un mois de loyer hors charges). Il sera restitué dans un délai maximal de deux mois à compter "
        "de la remise des clés, déduction faite, le cas échéant, des sommes restant dues."
        % money(l["rent"]),
        **body,
    )
    y += 5
    p.text(14, y, "VII. CLAUSE DE SOLIDARITÉ", **sec)
    y = p.para(
        14,
        y + 6,
        182,
        "Pour l'exécution de toutes les obligations résultant du présent contrat, il y aura "
        "solidarité et indivisibilité entre les locataires désignés ci-dessus.",
        **body,
    )
    y += 5
    p.text(14, y, "VIII. CLAUSE RÉSOLUTOIRE", **sec)
    y = p.para(
        14,
        y + 6,
        182,
        "Le présent contrat sera résilié de plein droit, deux mois après un commandement de "
        "payer demeuré infructueux, à défaut de paiement du loyer ou des charges aux termes convenus, de "
        "versement du dépôt de garantie, ou un mois après un commandement demeuré infructueux à défaut "
        "d'assurance contre les risques locatifs.",
        **body,
    )
    y += 5
    p.text(14, y, "IX. HONORAIRES DE LOCATION", **sec)
    y = p.para(14, y + 6, 182, "Néant — location conclue directement entre particuliers.", **body)
    p.new_page()
    header(3)
    y = 20
    p.text(14, y, "X. AUTRES CONDITIONS PARTICULIÈRES", **sec)
    y = p.para(
        14,
        y + 6,
        182,
        "Le locataire s'engage à souscrire une assurance habitation couvrant les risques "
        "locatifs et à en justifier lors de la remise des clés puis chaque année. Les animaux domestiques "
        "sont tolérés dans la mesure où ils ne causent aucun trouble de jouissance.",
        **body,
    )
    y += 5
    p.text(14, y, "XI. ANNEXES", **sec)
    y += 2
    for a in (
        "A. Extrait du règlement concernant la destination de l'immeuble et la jouissance des parties privatives",
        "B. Dossier de diagnostic technique (DPE classe D, CREP, état de l'installation électrique)",
        "C. Notice d'information relative aux droits et obligations des locataires et des bailleurs",
        "D. État des lieux d'entrée établi le %s" % fr_date(l["start"]),
    ):
        y = p.para(18, y + 4, 178, a, **body) - 3
    y += 14
    p.text(14, y, "SIGNATURES", **sec)
    y += 8
    _sign_block(p, y, l["landlord"], l["tenants"], l["place"], l["signed_on"], seed=l["seed"])
    p.new_page()
    header(4)
    p.text(14, 20, "ANNEXE — ÉTAT DES LIEUX D'ENTRÉE (extrait)", **sec)
    y = 30
    cols = [("Pièce", 14), ("Sols", 60), ("Murs", 95), ("Plafonds", 130), ("Observations", 160)]
    p.rect(14, y, 182, 6, fill="#eeeeee", lw=0.3)
    for t, x in cols:
        p.text(x + 1, y + 4.3, t, font="Liberation-Bold", size=8)
    for room in ("Entrée", "Séjour", "Cuisine", "Chambre 1", "Salle d'eau", "WC"):
        y += 6
        p.rect(14, y, 182, 6, lw=0.3)
        p.text(15, y + 4.3, room, size=8)
        for x in (61, 96, 131):
            p.text(x, y + 4.3, "bon état", size=8)
        p.text(161, y + 4.3, "RAS", size=8)
    p.text(
        14,
        y + 16,
        "Relevé des compteurs : électricité 012 431 kWh ; eau froide 00412 m³.",
        size=8.8,
    )
    return p.finish()


def lease_agency(l):
    """Furnished lease drafted by a letting agency (2 pages, label-left summary table)."""
    p = Pdf(seed=l["seed"], title="Bail meublé")
    A = l.get("agency_color", "#6a1b4d")
    p.rect(14, 10, 46, 16, stroke=None, fill=A)
    p.text(37, 19.5, l["agency"], font="Lato-Black", size=11, color="#ffffff", align="center")
    p.text(
        37,
        23.5,
        "Transactions — Gestion — Location",
        font="Lato",
        size=5.5,
        color="#ffffff",
        align="center",
    )
    p.lines(
        198,
        13,
        [
            l["agency"] + " Immobilier",
            l["agency_addr"],
            "Carte professionnelle CPI %s" % l["cpi"],
            "Garantie financière : Galian Assurances",
        ],
        font="Lato",
        size=7,
        leading=3.2,
        align="right",
    )
    p.text(105, 40, "BAIL D'HABITATION MEUBLÉE", font="Lato-Black", size=15, align="center")
    p.text(
        105,
        46,
        "Résidence principale du preneur — Titre Ier bis de la loi n° 89-462 du 6 juillet 1989",
        font="Lato-Italic",
        size=8,
        align="center",
    )
    y = 56
    rows = [
        ("BAILLEUR", l["landlord"] + ", " + l["landlord_addr"]),
        ("représenté par", l["agency"] + " Immobilier, mandataire"),
        ("PRENEUR(S)", " et ".join(l["tenants_full"])),
        ("ADRESSE DU LOGEMENT", l["address_full"]),
        (
            "DÉSIGNATION",
            "Appartement de %d pièce(s), %s m², meublé conformément au décret n° 2015-981"
            % (l["rooms"], l["surface"]),
        ),
        ("DATE DE PRISE D'EFFET", fr_date(l["start"])),
        ("DURÉE", "1 an, renouvelable par tacite reconduction"),
        ("LOYER MENSUEL HC", "%s €" % money(l["rent"])),
        ("PROVISION SUR CHARGES", "%s €" % money(l["charges"])),
        ("DÉPÔT DE GARANTIE", "%s € (deux mois de loyer hors charges)" % money(2 * l["rent"])),
    ]
    for k, v in rows:
        lines_ = p.wrap(v, 122, "Lato", 8.8)
        h = 4.6 * len(lines_) + 2.4
        p.rect(14, y, 58, h, fill="#f4eef2", lw=0.3, stroke="#b9a3b1")
        p.rect(72, y, 124, h, lw=0.3, stroke="#b9a3b1")
        p.text(16, y + 4.6, k, font="Lato-Bold", size=8.2)
        for i, ln in enumerate(lines_):
            p.text(74, y + 4.6 + i * 4.6, ln, font="Lato", size=8.8)
        y += h
    y += 6
    arts = [
        (
            "Article 1 — Objet",
            "Le bailleur donne en location au preneur, qui accepte, le logement meublé désigné "
            "ci-dessus, à usage exclusif de résidence principale. Un inventaire et un état détaillé du mobilier sont "
            "annexés au présent bail.",
        ),
        (
            "Article 2 — Durée",
            "Le bail est consenti pour une durée d'un an à compter de la date de prise d'effet. "
            "Le preneur peut résilier le bail à tout moment moyennant un préavis d'un mois.",
        ),
        (
            "Article 3 — Loyer et charges",
            "Le loyer est payable mensuellement et d'avance. Il sera révisé chaque "
            "année selon la variation de l'indice de référence des loyers publié par l'INSEE.",
        ),
        (
            "Article 4 — Obligations du preneur",
            "Le preneur s'engage à user paisiblement des locaux et du mobilier, "
            "à répondre des dégradations survenues pendant la durée du bail et à s'assurer contre les risques locatifs.",
        ),
    ]
    for t, b in arts:
        p.text(14, y, t, font="Lato-Bold", size=9.5, color=A)
        y = p.para(14, y + 5, 182, b, font="Lato", size=8.8) + 3
    p.text(105, 290, "Paraphes : ____  ____   — 1/2", font="Lato", size=7, align="center")
    p.new_page()
    y = 20
    for t, b in [
        (
            "Article 5 — Dépôt de garantie",
            "Le dépôt de garantie sera restitué dans un délai maximal de deux "
            "mois après la remise des clés, déduction faite des sommes dues.",
        ),
        (
            "Article 6 — Clause résolutoire",
            "À défaut de paiement d'un seul terme de loyer ou des charges à leur "
            "échéance, et deux mois après un commandement de payer resté infructueux, le bail sera résilié de "
            "plein droit.",
        ),
        (
            "Article 7 — Élection de domicile",
            "Pour l'exécution des présentes, le bailleur élit domicile en "
            "l'étude de son mandataire et le preneur dans les lieux loués.",
        ),
    ]:
        p.text(14, y, t, font="Lato-Bold", size=9.5, color=A)
        y = p.para(14, y + 5, 182, b, font="Lato", size=8.8) + 3
    y += 10
    _sign_block(
        p,
        y,
        l["landlord"],
        l["tenants"],
        l["place"],
        l["signed_on"],
        hand_font=l.get("hand_font", "Breip"),
        seed=l["seed"],
    )
    p.text(105, 290, "Paraphes : ____  ____   — 2/2", font="Lato", size=7, align="center")
    return p.finish()


def quittance(q):
    p = Pdf(seed=q["seed"], title="Quittance de loyer")
    p.text(105, 24, "QUITTANCE DE LOYER", font="LiberationSerif-Bold", size=18, align="center")
    p.text(
        105,
        31,
        "Période du %s au %s" % (fr_date(q["start"]), fr_date(q["end"])),
        font="LiberationSerif",
        size=11,
        align="center",
    )
    p.lines(
        14,
        46,
        ["Bailleur :", q["landlord"], q["landlord_addr"]],
        font="LiberationSerif",
        size=10,
        leading=4.8,
    )
    p.lines(
        120,
        46,
        ["Locataire :", q["tenant"], q["address"][0], q["address"][1]],
        font="LiberationSerif",
        size=10,
        leading=4.8,
    )
    body = (
        "Je soussigné(e) %s, propriétaire du logement désigné ci-dessous, déclare avoir reçu de %s la somme de "
        "%s euros (%s), au titre du paiement du loyer et des charges pour la période de location du %s au %s, "
        "et lui en donne quittance, sous réserve de tous mes droits."
        % (
            q["landlord"],
            q["tenant"],
            money(q["rent"] + q["charges"]),
            q["amount_words"],
            fr_date(q["start"]),
            fr_date(q["end"]),
        )
    )
    y = p.para(14, 78, 182, body, font="LiberationSerif", size=11, leading=5.2)
    y += 4
    p.text(
        14,
        y,
        "Adresse de la location : %s" % ", ".join(q["address"]),
        font="LiberationSerif",
        size=10.5,
    )
    y += 10
    p.text(14, y, "Détail du règlement :", font="LiberationSerif-Bold", size=10.5)
    for i, (k, v) in enumerate(
        (
            ("Loyer", q["rent"]),
            ("Provision pour charges", q["charges"]),
            ("Total", q["rent"] + q["charges"]),
        )
    ):
        p.text(
            24,
            y + 7 + i * 5.5,
            k,
            font="LiberationSerif-Bold" if k == "Total" else "LiberationSerif",
            size=10.5,
        )
        p.text(
            110, y + 7 + i * 5.5, money(v) + " €", font="LiberationSerif", size=10.5, align="right"
        )
    y += 30
    p.text(14, y, "Date du paiement : %s" % fr_date(q["paid"]), font="LiberationSerif", size=10.5)
    p.text(
        120,
        y + 12,
        "Fait à %s, le %s" % (q["place"], fr_date(q["issued"])),
        font="LiberationSerif",
        size=10.5,
    )
    p.signature(128, y + 16, w=36, h=12, seed=q["seed"] + "q")
    p.para(
        14,
        262,
        182,
        "Cette quittance annule tous les reçus qui auraient pu être établis précédemment en cas de "
        "paiement partiel du montant du présent terme. Elle est à conserver pendant trois ans par le locataire "
        "(loi n° 89-462 du 6 juillet 1989, art. 7-1).",
        font="LiberationSerif-Italic",
        size=8.5,
    )
    return p.finish()


def _seyes(p, color_h="#b9c7e8", color_v="#e3a1b4"):
    """French school paper (Seyès ruling): 8 mm squares with 3 fine lines between."""
    y = 20.0
    k = 0
    while y < 290:
        p.hline(0, 210, y, color=color_h, lw=0.45 if k % 4 == 0 else 0.18)
        y += 2.0
        k += 1
    x = 8.0
    while x < 210:
        p.line(x, 0, x, 297, color=color_h, lw=0.25)
        x += 8.0
    p.line(32, 0, 32, 297, color=color_v, lw=0.6)


def attestation_hand(a):
    """Hand-written attestation d'hébergement on Seyès paper."""
    p = Pdf(seed=a["seed"])
    _seyes(p)
    r = rng_for("att", a["seed"])
    hf = a.get("hand_font", "dkg")
    ink = a.get("ink", "#1a2a7a")
    sz = a.get("size", 14)
    y = 36
    p.hand(60, y, "ATTESTATION D'HÉBERGEMENT", font=hf, size=sz + 3, ink=ink)
    p.line(60, y + 1.5, 150, y + 1.8, color=ink, lw=0.5)
    y += 16
    lines = a["lines"]
    for ln in lines:
        if ln == "":
            y += 8
            continue
        p.hand(
            36 + r.uniform(0, 1.5), y, ln, font=hf, size=sz, ink=ink, slope=r.uniform(-0.01, 0.02)
        )
        y += 8
    y += 6
    p.hand(110, y, a["fait"], font=hf, size=sz, ink=ink)
    y += 9
    if a.get("signed", True):
        p.signature(118, y, w=42, h=16, seed=a["seed"] + "host", ink=ink)
    return p.finish()


def attestation_typed(a):
    p = Pdf(seed=a["seed"], title="Attestation d'hébergement")
    f = a.get("font", "Carlito")
    p.lines(14, 20, a["host_block"], font=f, size=10.5, leading=5)
    p.text(105, 58, "ATTESTATION D'HÉBERGEMENT", font=f + "-Bold", size=15, align="center")
    p.text(105, 64, "(sur l'honneur)", font=f, size=10, align="center")
    y = 80
    for para in a["paras"]:
        y = p.para(20, y, 170, para, font=f, size=11, leading=5.4, justify=True) + 4
    y += 4
    p.text(110, y, a["fait"], font=f, size=11)
    y += 6
    p.text(110, y, "Signature de l'hébergeant :", font=f, size=10)
    if a.get("signed", True):
        p.signature(116, y + 3, w=44, h=16, seed=a["seed"] + "host")
    if a.get("pj"):
        p.text(20, 250, "Pièces jointes :", font=f + "-Bold", size=9.5)
        for i, t in enumerate(a["pj"]):
            p.text(24, 255 + i * 4.6, "- " + t, font=f, size=9.5)
    return p.finish()
