"""Housing documents: leases (loi du 6 juillet 1989: the décret 2015-587 model typed by a
private landlord, and an agency lease signed electronically), utility bills (Free, TotalEnergies,
Orange)."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4

from ca_civil import done, new
from ca_util import INK_BLUE, hand, place, signature

MONTHS_CAP = (
    "Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre".split()
)


def eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def para(c, x, y, text, font, size, width, lead=None):
    """Simple left-aligned paragraph; returns the y below it."""
    lead = lead or size * 1.35
    words = text.split()
    line = ""
    for w in words:
        t = (line + " " + w).strip()
        if c.stringWidth(t, font, size) > width and line:
            c.setFont(font, size)
            c.drawString(x, y, line)
            y -= lead
            line = w
        else:
            line = t
    if line:
        c.setFont(font, size)
        c.drawString(x, y, line)
        y -= lead
    return y


# ------------------------------------------------------------------ leases


def lease_model(L, rng):
    """Private landlord, model contract of décret 2015-587, typed, signed by hand (3 pages)."""
    buf, c = new(A4, "Contrat de location")
    F, FB = "serif", "serifB"
    W = 495

    def foot(n):
        c.setFont(F, 8)
        c.drawCentredString(297, 30, f"Page {n}/3")
        c.setFont(F, 7)
        c.drawString(430, 45, "Paraphes :")
        hand(c, 470, 44, L["init_landlord"], rng, "h_dkg", 10, INK_BLUE)
        hand(c, 505, 44, L["init_tenant"], rng, "h_dkgI", 10, INK_BLUE)

    c.setFont(FB, 15)
    c.drawCentredString(297, 790, "CONTRAT DE LOCATION")
    c.setFont(FB, 11)
    c.drawCentredString(297, 772, "LOCAUX VIDES À USAGE D'HABITATION")
    y = para(
        c,
        50,
        752,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs et portant "
        "modification de la loi n° 86-1290 du 23 décembre 1986) — Modèle type de contrat de location défini par le "
        "décret n° 2015-587 du 29 mai 2015",
        "serifI",
        8.5,
        W,
    )
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                f"Nom et prénom du bailleur : {L['landlord_line']}, domicilié {L['landlord_addr']}, qualité du bailleur : "
                "personne physique, désigné ci-après « le bailleur » ;",
                f"Nom et prénom du locataire : {L['tenant_line']}, désigné ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
                f"A. Consistance du logement — localisation du logement : {L['address']} ({L['floor']}) ; type d'habitat : "
                "immeuble collectif ; régime juridique de l'immeuble : copropriété ; période de construction : de 1949 à "
                f"1974 ; surface habitable : {L['surface']} m² ; nombre de pièces principales : {L['rooms']} ; modalité de "
                "production de chauffage : individuel électrique ; modalité de production d'eau chaude sanitaire : "
                "individuelle (cumulus).",
                "B. Destination des locaux : usage d'habitation exclusivement (résidence principale).",
                "C. Désignation des locaux et équipements accessoires de l'immeuble à usage commun : cave n° 7, local vélos, "
                "interphone.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"A. Date de prise d'effet du contrat : {L['start'].strftime('%d/%m/%Y')}",
                "B. Durée du contrat : trois (3) ans, renouvelable par tacite reconduction dans les conditions prévues "
                "par l'article 10 de la loi du 6 juillet 1989.",
            ],
        ),
    ]
    y -= 8
    page = 1
    for title, ps in sections:
        c.setFont(FB, 10.5)
        c.drawString(50, y, title)
        y -= 16
        for p in ps:
            y = para(c, 58, y, p, F, 9.5, W - 8) - 5
        y -= 6
    foot(page)
    c.showPage()
    y = 790
    sections = [
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"A. Loyer mensuel hors charges : {eur(L['rent'])} ; le loyer du logement objet du présent contrat n'est pas "
                "soumis au décret fixant annuellement le montant maximum d'évolution des loyers à la relocation.",
                f"B. Charges récupérables : provision sur charges de {eur(L['charges'])} par mois, avec régularisation "
                "annuelle.",
                f"C. Modalités de paiement : loyer et charges payables mensuellement et d'avance, le 5 de chaque mois, "
                f"soit un total de {eur(L['rent'] + L['charges'])}.",
                "D. Révision du loyer : le loyer sera révisé chaque année à la date anniversaire du contrat selon la "
                "variation de l'indice de référence des loyers (IRL) publié par l'INSEE.",
            ],
        ),
        ("V. TRAVAUX", ["Néant."]),
        (
            "VI. GARANTIES",
            [f"Dépôt de garantie : {eur(L['rent'])} (un mois de loyer hors charges)."],
        ),
        ("VII. CLAUSE DE SOLIDARITÉ", ["Sans objet (un seul locataire)."]),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            [
                "Le présent contrat sera résilié immédiatement et de plein droit, deux mois après un commandement de payer "
                "demeuré infructueux, à défaut de paiement du loyer ou des charges, du versement du dépôt de garantie, ou "
                "faute d'assurance des risques locatifs.",
            ],
        ),
        ("IX. HONORAIRES DE LOCATION", ["Néant : location conclue directement entre les parties."]),
        (
            "X. AUTRES CONDITIONS PARTICULIÈRES",
            [
                "Le locataire s'engage à souscrire une assurance habitation et à en justifier chaque année. Animaux "
                "domestiques autorisés. Entretien de la chaudière et du cumulus à la charge du locataire.",
            ],
        ),
    ]
    for title, ps in sections:
        c.setFont(FB, 10.5)
        c.drawString(50, y, title)
        y -= 16
        for p in ps:
            y = para(c, 58, y, p, F, 9.5, W - 8) - 5
        y -= 6
    foot(2)
    c.showPage()
    y = 790
    c.setFont(FB, 10.5)
    c.drawString(50, y, "XI. ANNEXES")
    y -= 16
    for t in [
        "A. Dossier de diagnostic technique (DPE, CREP, état des risques, diagnostic électricité).",
        "B. Notice d'information relative aux droits et obligations des locataires et des bailleurs.",
        "C. État des lieux d'entrée établi contradictoirement le jour de la remise des clés.",
    ]:
        y = para(c, 58, y, t, F, 9.5, W - 8) - 4
    y -= 20
    c.setFont(F, 10)
    c.drawString(
        50, y, f"Fait à {L['city']}, le {L['signed'].strftime('%d/%m/%Y')}, en deux originaux."
    )
    y -= 40
    c.setFont(FB, 9.5)
    c.drawString(60, y, "Signature du bailleur")
    c.drawString(320, y, "Signature du locataire")
    c.setFont("serifI", 8)
    c.drawString(60, y - 12, "(précédée de la mention « lu et approuvé »)")
    c.drawString(320, y - 12, "(précédée de la mention « lu et approuvé »)")
    hand(c, 70, y - 40, "Lu et approuvé", rng, "h_dkg", 12, INK_BLUE)
    hand(c, 330, y - 40, "lu et approuvé", rng, "h_dkgI", 12, INK_BLUE)
    place(c, signature(L["sig_landlord"], rng), 70, y - 110, w=120)
    place(c, signature(L["sig_tenant"], rng), 330, y - 105, w=130)
    foot(3)
    c.showPage()
    return done(buf, c)


def lease_agency(L, rng):
    """Agency lease, typed, signed electronically (text PDF, 3 pages)."""
    buf, c = new(A4, "Bail d'habitation - " + L["ref"])
    F, FB = "osS", "osB"
    ORANGE = Color(0.85, 0.35, 0.1)

    def head(n):
        c.setFillColor(ORANGE)
        c.rect(0, 812, 595, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("osB", 12)
        c.drawString(40, 823, L["agency"])
        c.setFont("os", 8)
        c.drawRightString(555, 823, "Bail n° " + L["ref"] + f" — page {n}/3")
        c.setFillColor(black)
        c.setFont("os", 6.5)
        c.drawCentredString(297, 26, L["agency_foot"])

    head(1)
    c.setFont(FB, 16)
    c.drawString(40, 780, "BAIL D'HABITATION")
    c.setFont(F, 10)
    c.drawString(
        40, 764, "Location nue à usage de résidence principale — loi n° 89-462 du 6 juillet 1989"
    )
    y = 730
    blocks = [
        (
            "LE BAILLEUR",
            [
                L["landlord_line"],
                "représentée par son mandataire " + L["agency"] + ", " + L["agency_addr"],
            ],
        ),
        ("LES LOCATAIRES", L["tenant_lines"]),
        (
            "LE LOGEMENT",
            [
                L["address"] + " — " + L["floor"],
                f"Appartement de type T{L['rooms']}, {L['surface']} m² habitables, cave n° 14, parking n° 22.",
                "Chauffage collectif au gaz ; eau chaude sanitaire collective.",
            ],
        ),
        (
            "DURÉE",
            [
                "Date de prise d'effet : " + L["start"].strftime("%d/%m/%Y"),
                "Durée : 3 ans, soit jusqu'au "
                + L["end"].strftime("%d/%m/%Y")
                + ", renouvelable tacitement.",
            ],
        ),
        (
            "CONDITIONS FINANCIÈRES",
            [
                f"Loyer mensuel hors charges : {eur(L['rent'])}      Provision sur charges : {eur(L['charges'])}",
                f"Total mensuel : {eur(L['rent'] + L['charges'])}, payable d'avance le 1er de chaque mois.",
                f"Dépôt de garantie : {eur(L['rent'])}. Honoraires locataire (visite, dossier, bail) : {eur(L['fees'])}.",
            ],
        ),
    ]
    for title, lines in blocks:
        c.setFillColor(ORANGE)
        c.setFont(FB, 10)
        c.drawString(40, y, title)
        c.setFillColor(black)
        y -= 15
        for t in lines:
            y = para(c, 48, y, t, F, 9.5, 500) - 2
        y -= 12
    head_txt = (
        "Les locataires sont tenus solidairement et indivisiblement de l'exécution des obligations du présent bail. "
        "En cas de congé délivré par l'un d'eux, la solidarité cesse dans les conditions de l'article 8-1 de la loi "
        "du 6 juillet 1989."
    )
    c.setFont(FB, 10)
    c.setFillColor(ORANGE)
    c.drawString(40, y, "SOLIDARITÉ")
    c.setFillColor(black)
    y = para(c, 48, y - 15, head_txt, F, 9.5, 500)
    c.showPage()
    head(2)
    y = 780
    for title, txt in L["clauses"]:
        c.setFillColor(ORANGE)
        c.setFont(FB, 10)
        c.drawString(40, y, title)
        c.setFillColor(black)
        y = para(c, 48, y - 15, txt, F, 9.5, 500) - 12
    c.showPage()
    head(3)
    c.setFont(F, 10)
    c.drawString(
        40,
        780,
        f"Fait à {L['city']}, en autant d'exemplaires que de parties, signé électroniquement.",
    )
    y = 740
    for who, when in L["esign"]:
        c.setStrokeColor(Color(0.7, 0.7, 0.7))
        c.roundRect(40, y - 50, 515, 58, 6)
        c.setFont(FB, 9.5)
        c.drawString(52, y - 10, who)
        c.setFont(F, 8.5)
        c.drawString(52, y - 25, "Signé électroniquement le " + when + " — Yousign")
        c.drawString(
            52, y - 38, "Empreinte : " + "".join(rng.choice("0123456789abcdef") for _ in range(40))
        )
        y -= 72
    c.setFont(F, 8)
    c.drawString(
        40,
        y - 10,
        "Annexes : DPE, ERP, diagnostic électricité et gaz, notice d'information, état des lieux, "
        "extrait du règlement de copropriété.",
    )
    c.showPage()
    return done(buf, c)


# ------------------------------------------------------------------ bills


def bill_free(B, rng):
    """Free (Freebox) monthly bill, after the layout of a real Free bill (2 pages)."""
    buf, c = new(A4, "Facture Free")
    red = Color(0.8, 0.0, 0.1)
    c.setFillColor(red)
    c.setFont("dvsI", 30)
    c.drawString(40, 770, "free")
    c.setFillColor(black)
    c.setFont("dv", 8)
    c.drawString(40, 752, "Free Service Abonné")
    c.drawString(40, 742, "75371 Paris Cedex 08")
    c.setFont("dv", 9)
    for i, t in enumerate([B["holder"]] + B["addr"]):
        c.drawString(300, 690 - i * 11, t)
    rows = [
        ("Adresse email de contact", B["email"], 40, 600),
        ("Nom de l'abonné", B["holder"], 255, 600),
        ("Numéro de ligne", B["line"], 40, 572),
        ("Id.client", B["client"], 120, 572),
        ("Adresse de l'installation", "\n".join(B["addr"]), 255, 572),
    ]
    for lab, val, x, y in rows:
        c.setFont("dvB", 8)
        c.drawString(x, y, lab)
        c.setFont("dv", 8)
        for i, t in enumerate(val.split("\n")):
            c.drawString(x, y - 9 - i * 9, t)
    d = B["issue"]
    c.setFont("dvB", 12)
    c.drawString(
        40, 520, f"Facture n°{B['number']} du {d.day:02d} {MONTHS_CAP[d.month - 1]} {d.year}"
    )
    c.setLineWidth(1.2)
    c.line(40, 515, 555, 515)
    due = B["due"]
    c.setFont("dvB", 9)
    c.drawString(
        40, 505, f"Date limite de paiement le {due.day:02d} {MONTHS_CAP[due.month - 1]} {due.year}"
    )
    c.drawRightString(555, 505, f"{B['amount']:.2f} € TTC")
    c.line(40, 500, 555, 500)
    c.line(40, 480, 555, 480)
    ht = round(B["amount"] / 1.2, 2)
    tva = round(B["amount"] - ht, 2)
    c.setFont("dvB", 7.5)
    for x, t in ((330, "Montant EUR HT"), (430, "Montant TVA"), (520, "Montant EUR TTC")):
        c.drawCentredString(x, 468, t)
    lines = [
        ("Abonnements, forfaits et options", ht, tva, B["amount"]),
        ("Communications", 0, 0, 0),
        ("Services ponctuels ou occasionnels", 0, 0, 0),
    ]
    y = 452
    c.setFont("dv", 9)
    for lab, a, b, t in lines:
        c.drawString(40, y, lab)
        for x, v in ((330, a), (430, b), (530, t)):
            c.drawRightString(x + 20, y, f"{v:.2f}")
        y -= 10
    c.setFont("dvB", 9)
    c.drawString(40, y - 2, "Total facture")
    for x, v in ((330, ht), (430, tva), (530, B["amount"])):
        c.drawRightString(x + 20, y - 2, f"{v:.2f}")
    c.setFont("dv", 8)
    c.drawString(40, 380, "Somme à payer")
    c.drawRightString(555, 380, f"{B['amount']:.2f} € TTC")
    c.rect(40, 250, 515, 80)
    c.drawString(46, 318, "Avis de prélèvement automatique")
    c.drawString(
        46,
        305,
        f"Montant du prélèvement {B['amount']:.2f} €        Prélèvement à partir du : "
        f"{due.day:02d} {MONTHS_CAP[due.month - 1]} {due.year}",
    )
    c.drawString(46, 290, "IBAN : FR76 ***************************")
    c.setFont("dv", 5.5)
    c.drawCentredString(
        297,
        40,
        "Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS Paris - Siège social: "
        "8 rue de la Ville l'Évêque 75008 Paris - N° de TVA intra communautaire: FR 604 219 388 61",
    )
    c.showPage()
    c.setFont("dvB", 10)
    c.drawString(
        40, 790, f"Facture n°{B['number']} du {d.day:02d} {MONTHS_CAP[d.month - 1]} {d.year}"
    )
    c.setFont("dv", 8)
    c.drawRightString(555, 790, "Page 2 / 2")
    c.setFont("dvB", 9)
    c.drawString(40, 760, "Détail de votre consommation")
    c.setFont("dv", 9)
    ps, pe = B["start"], B["end"]
    c.drawString(
        40, 740, f"{B['offer']} du {ps.day}er au {pe.day} {MONTHS_CAP[pe.month - 1]} {pe.year}"
    )
    c.drawRightString(555, 740, f"{B['amount']:.2f}")
    c.showPage()
    return done(buf, c)


def total_amount(kwh):
    """The TTC amount of a TotalEnergies bill for kwh (same arithmetic as the bill)."""
    ht = 12.44 + round(kwh * 0.2016, 2) + round(kwh * 0.02998, 2) + 2.21
    return round(ht + round(ht * 0.2, 2), 2)


def bill_total(B, rng):
    """TotalEnergies monthly electricity bill (page 1)."""
    buf, c = new(A4, "Facture TotalEnergies")
    c.setFillColor(Color(0.93, 0.11, 0.14))
    c.circle(60, 790, 16, stroke=0, fill=1)
    c.setFillColor(Color(0.0, 0.6, 0.85))
    c.circle(72, 798, 9, stroke=0, fill=1)
    c.setFillColor(Color(0.1, 0.1, 0.35))
    c.setFont("robB", 15)
    c.drawString(88, 785, "TotalEnergies")
    c.setFillColor(black)
    c.setFont("robB", 17)
    c.drawString(40, 735, "Votre facture d'électricité")
    c.setFont("rob", 9.5)
    c.drawString(40, 718, f"Facture n° {B['number']} du {B['issue'].strftime('%d/%m/%Y')}")
    c.drawString(
        40,
        705,
        f"Période de consommation du {B['start'].strftime('%d/%m/%Y')} au "
        f"{B['end'].strftime('%d/%m/%Y')}",
    )
    c.setFillColor(Color(0.95, 0.95, 0.97))
    c.roundRect(330, 660, 225, 90, 8, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("rob", 9)
    c.drawString(342, 732, "Montant à payer")
    c.setFont("robB", 24)
    c.drawString(342, 700, eur(B["amount"]).replace(" €", "") + " €")
    c.setFont("rob", 8.5)
    c.drawString(342, 678, f"Prélevé le {B['due'].strftime('%d/%m/%Y')} sur votre compte")
    y = 640
    for lab, val in [
        ("Titulaire du contrat", B["holder"]),
        ("Adresse de consommation", B["addr"]),
        ("Référence client", B["client"]),
        ("Point de livraison (PDL)", B["pdl"]),
        ("Offre", "Offre Verte Fixe — option Base, 6 kVA"),
    ]:
        c.setFont("rob", 8.5)
        c.setFillColor(Color(0.4, 0.4, 0.45))
        c.drawString(40, y, lab)
        c.setFillColor(black)
        c.setFont("robM", 10)
        c.drawString(180, y, val)
        y -= 18
    y -= 10
    c.setFont("robB", 11)
    c.drawString(40, y, "Détail de votre facture")
    y -= 18
    kwh, price, abo, cta = B["kwh"], 0.2016, 12.44, 2.21
    conso, accise = round(kwh * price, 2), round(kwh * 0.02998, 2)
    tva = round((abo + conso + accise + cta) * 0.2, 2)
    assert abs(abo + conso + accise + cta + tva - B["amount"]) < 0.005, total_amount(kwh)
    for lab, val in [
        ("Abonnement (1 mois)", abo),
        (f"Consommation relevée (Linky) : {kwh} kWh x {price:.4f} €", conso),
        ("Accise sur l'électricité", accise),
        ("Contribution tarifaire d'acheminement", cta),
        ("TVA", tva),
    ]:
        c.setFont("rob", 9.5)
        c.drawString(50, y, lab)
        c.drawRightString(555, y, eur(val))
        y -= 15
    c.setLineWidth(0.8)
    c.line(50, y + 5, 555, y + 5)
    c.setFont("robB", 10)
    c.drawString(50, y - 8, "Total TTC")
    c.drawRightString(555, y - 8, eur(B["amount"]))
    c.setFont("rob", 6.5)
    c.drawCentredString(
        297,
        40,
        "TotalEnergies Électricité et Gaz France — SA au capital de 9 843 840 € — 2bis rue "
        "Louis Armand 75015 Paris — RCS Paris 542 034 921",
    )
    c.showPage()
    return done(buf, c)


def bill_orange(B, rng):
    """Orange Livebox bill (one page)."""
    buf, c = new(A4, "Facture Orange")
    OR = Color(1.0, 0.47, 0.0)
    c.setFillColor(OR)
    c.rect(40, 770, 50, 50, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("dvB", 11)
    c.drawString(44, 775, "orange")
    c.setFillColor(black)
    c.setFont("dvB", 16)
    c.drawString(110, 795, "Votre facture")
    c.setFont("dv", 9)
    c.drawString(110, 780, f"du {B['issue'].strftime('%d/%m/%Y')}  —  n° {B['number']}")
    for i, t in enumerate([B["holder"]] + B["addr"]):
        c.drawString(330, 720 - i * 12, t)
    y = 640
    for lab, val in [
        ("Titulaire du compte", B["holder"]),
        ("N° de compte client", B["client"]),
        ("N° de ligne fixe", B["line"]),
        ("Votre offre", "Livebox Fibre (internet, TV, téléphone fixe)"),
    ]:
        c.setFont("dv", 8.5)
        c.drawString(40, y, lab)
        c.setFont("dvB", 9)
        c.drawString(170, y, val)
        y -= 15
    c.setFillColor(OR)
    c.rect(40, y - 40, 515, 30, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("dvB", 12)
    c.drawString(50, y - 30, "Montant total à payer")
    c.drawRightString(545, y - 30, eur(B["amount"]))
    c.setFillColor(black)
    c.setFont("dv", 8.5)
    c.drawString(40, y - 55, f"Prélevé à partir du {B['due'].strftime('%d/%m/%Y')}")
    y -= 90
    c.setFont("dvB", 10)
    c.drawString(40, y, "Détail")
    y -= 16
    ht = round(B["amount"] / 1.2, 2)
    for lab, val in [
        (
            f"Abonnement Livebox Fibre du {B['start'].strftime('%d/%m/%Y')} au {B['end'].strftime('%d/%m/%Y')}",
            B["amount"] - 3.0,
        ),
        ("Option décodeur TV supplémentaire", 3.0),
        ("Communications", 0.0),
        ("dont TVA 20 %", B["amount"] - ht),
    ]:
        c.setFont("dv", 9)
        c.drawString(50, y, lab)
        c.drawRightString(555, y, eur(val))
        y -= 14
    c.setFont("dv", 6.5)
    c.drawCentredString(
        297,
        40,
        "Orange SA au capital de 10 640 226 396 € — 111 quai du Président Roosevelt 92130 "
        "Issy-les-Moulineaux — 380 129 866 RCS Nanterre",
    )
    c.showPage()
    return done(buf, c)
