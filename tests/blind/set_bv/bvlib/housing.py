"""Utility bills (TotalEnergies, SFR, Orange) and a loi-1989 lease."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4

from .ink import (
    d_fr,
    d_words_fr,
    draw_signature,
    hand,
    hexcol,
    justified,
    matrix_block,
    money_fr,
    new_canvas,
    para,
)

W, H = A4


def _lines_table(
    c, x, y, width, rows, font="Sans", size=9, head=None, bold_last=True, zebra=None, col=None
):
    """rows: (label, value_text). Returns y after the table."""
    if head:
        c.setFillColor(hexcol(head[1]))
        c.rect(x, y - 4, width, 15, stroke=0, fill=1)
        c.setFillColor(hexcol("#ffffff"))
        c.setFont(font + "-B", size)
        c.drawString(x + 5, y + 1, head[0])
        c.drawRightString(x + width - 5, y + 1, head[2])
        y -= 17
    for i, (lab, val) in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        if zebra and i % 2 == 0:
            c.setFillColor(hexcol(zebra))
            c.rect(x, y - 4, width, 14, stroke=0, fill=1)
        c.setFillColor(hexcol(col or "#222222"))
        c.setFont(font + ("-B" if last else ""), size)
        c.drawString(x + 5, y, lab)
        c.drawRightString(x + width - 5, y, val)
        y -= 14
    return y


def _address_window(c, x, y, lines, font="Sans", size=10):
    c.setFillColor(hexcol("#111111"))
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * (size + 2.5), ln)


def energy_lines(kwh, price, sub):
    """Electricity bill detail with French taxes; returns (rows, total)."""
    cons = round(kwh * price, 2)
    accise = round(kwh * 0.02998, 2)
    cta = round(sub * 0.2193 * 0.2708, 2)
    ht = round(sub + cons + accise + cta, 2)
    tva = round(ht * 0.20, 2)
    total = round(ht + tva, 2)
    rows = [
        ("Abonnement Base 6 kVA (1 mois)", money_fr(sub) + " €"),
        (f"Consommation {kwh} kWh x {str(price).replace('.', ',')} €/kWh", money_fr(cons) + " €"),
        (f"Accise sur l'électricité {kwh} kWh", money_fr(accise) + " €"),
        ("Contribution Tarifaire d'Acheminement (CTA)", money_fr(cta) + " €"),
        ("Total hors TVA", money_fr(ht) + " €"),
        ("TVA 20 %", money_fr(tva) + " €"),
        ("Total TTC", money_fr(total) + " €"),
    ]
    return rows, total


def totalenergies_bill(b: dict, seed: int) -> bytes:
    c, buf = new_canvas(title=f"Facture {b['invoice_no']}", producer="TotalEnergies - Editique")
    red, blue = "#ed0000", "#285aff"
    cx, cy = 62, H - 58
    for r, colr in ((22, "#ed0000"), (17, "#ff7f00"), (12, "#ffd200"), (7, "#285aff")):
        c.setFillColor(hexcol(colr))
        c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColor(hexcol(red))
    c.setFont("Sans-B", 17)
    c.drawString(92, H - 55, "Total")
    c.setFillColor(hexcol(blue))
    c.drawString(92 + c.stringWidth("Total", "Sans-B", 17), H - 55, "Energies")
    c.setFillColor(hexcol("#333333"))
    c.setFont("Sans", 8)
    c.drawString(92, H - 68, "TotalEnergies Electricité et Gaz France")
    c.setFont("Sans-B", 10)
    c.drawRightString(W - 40, H - 45, f"Facture du {d_fr(b['issue_date'])}")
    c.setFont("Sans", 8.5)
    c.drawRightString(W - 40, H - 58, f"N° de facture : {b['invoice_no']}")
    c.drawRightString(W - 40, H - 70, f"Référence client : {b['client_no']}")
    _address_window(c, 320, H - 140, b["address_block"])
    c.setFillColor(hexcol("#f3f5fb"))
    c.rect(40, H - 290, W - 80, 105, stroke=0, fill=1)
    c.setFillColor(hexcol(red))
    c.setFont("Sans-B", 15)
    c.drawString(55, H - 210, "Votre facture d'électricité")
    c.setFillColor(hexcol("#111111"))
    c.setFont("Sans", 10)
    c.drawString(55, H - 232, "Montant TTC de votre facture")
    c.setFont("Sans-B", 22)
    c.drawRightString(W - 60, H - 238, money_fr(b["amount"]) + " €")
    c.setFont("Sans", 9)
    c.drawString(
        55,
        H - 252,
        f"prélevé à partir du {d_fr(b['due_date'])} sur votre compte "
        "bancaire (IBAN FR76 **** **** **** **** ***4 512)",
    )
    c.drawString(
        55,
        H - 270,
        f"Période de facturation : du {d_fr(b['period_start'])} au "
        f"{d_fr(b['period_end'])} - consommation réelle relevée par votre compteur Linky",
    )
    y = H - 320
    c.setFont("Sans-B", 10)
    c.drawString(40, y, "Votre contrat")
    c.setFont("Sans", 9)
    info = [
        ("Titulaire du contrat", b["holder_display"]),
        ("Offre", "Offre Essentielle Électricité - option Base"),
        ("Adresse de consommation", b["site_address"]),
        ("Point de livraison (PDL)", b["pdl"]),
        ("Puissance souscrite", "6 kVA"),
    ]
    for i, (k, v) in enumerate(info):
        c.drawString(50, y - 16 - i * 13, k)
        c.drawString(200, y - 16 - i * 13, v)
    y -= 100
    rows, total = energy_lines(b["kwh"], b["price"], b["sub"])
    assert abs(total - b["amount"]) < 0.005, (total, b["amount"])
    y = _lines_table(
        c, 40, y, W - 80, rows, head=("Détail de votre facture", red, "Montant"), zebra="#f6f6f6"
    )
    y -= 20
    c.setFont("Sans", 8)
    para(
        c,
        40,
        y,
        "Index de début : {0} kWh - index de fin : {1} kWh (relevés télétransmis). "
        "Votre prochaine facture sera établie début {2}. En cas de litige, vous pouvez "
        "saisir le médiateur national de l'énergie (www.energie-mediateur.fr).".format(
            b["index0"], b["index0"] + b["kwh"], b["next_month"]
        ),
        "Sans",
        8,
        W - 170,
    )
    matrix_block(c, W - 110, 95, 62, 22, seed, label="2D-DOC")
    c.setFont("Sans", 6.5)
    c.setFillColor(hexcol("#555555"))
    para(
        c,
        40,
        60,
        "TotalEnergies Electricité et Gaz France - Société anonyme - siège social : 2 "
        "bis rue Louis Armand 75015 Paris - RCS Paris - Service clients : 09 70 80 69 69 (appel "
        "non surtaxé) - totalenergies.fr/particuliers",
        "Sans",
        6.5,
        W - 170,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def sfr_bill(b: dict, seed: int) -> bytes:
    c, buf = new_canvas(title="Facture SFR", producer="SFR Editique")
    c.setFillColor(hexcol("#e2001a"))
    c.rect(40, H - 90, 52, 52, stroke=0, fill=1)
    c.setFillColor(hexcol("#ffffff"))
    c.setFont("Sans-B", 19)
    c.drawCentredString(66, H - 71, "SFR")
    c.setFillColor(hexcol("#222222"))
    c.setFont("Lato-B", 18)
    c.drawString(110, H - 62, "Votre facture")
    c.setFont("Lato", 9)
    c.drawString(110, H - 78, f"du {d_words_fr(b['issue_date'])}")
    c.setFont("Lato", 8.5)
    for i, (k, v) in enumerate(
        [
            ("N° de facture", b["invoice_no"]),
            ("N° de compte client", b["client_no"]),
            ("Ligne fixe", b["line"]),
        ]
    ):
        c.drawString(380, H - 50 - i * 13, k)
        c.setFont("Lato-B", 8.5)
        c.drawRightString(W - 40, H - 50 - i * 13, v)
        c.setFont("Lato", 8.5)
    _address_window(c, 330, H - 150, b["address_block"], font="Lato", size=10)
    c.setFillColor(hexcol("#222222"))
    c.setStrokeColor(hexcol("#e2001a"))
    c.setLineWidth(2)
    c.line(40, H - 230, W - 40, H - 230)
    c.setFont("Lato-B", 12)
    c.drawString(40, H - 255, "Montant total à payer")
    c.setFont("Lato-B", 20)
    c.setFillColor(hexcol("#e2001a"))
    c.drawRightString(W - 40, H - 258, money_fr(b["amount"]) + " €")
    c.setFillColor(hexcol("#222222"))
    c.setFont("Lato", 9)
    c.drawString(
        40,
        H - 275,
        f"Prélevé le {d_fr(b['due_date'])} sur le compte se terminant par "
        "...327 - Titulaire : " + b["holder_display"],
    )
    y = H - 320
    c.setFont("Lato-B", 11)
    c.drawString(
        40,
        y,
        f"Détail de votre facture - période du {d_fr(b['period_start'])} au "
        f"{d_fr(b['period_end'])}",
    )
    ht = round(b["amount"] / 1.2, 2)
    tva = round(b["amount"] - ht, 2)
    rows = [
        ("SFR Fibre Power - abonnement mensuel", money_fr(b["amount"] - 3.0) + " €"),
        ("Location Box 8 et décodeur TV", "3,00 €"),
        ("Communications vers fixes et mobiles (incluses)", "0,00 €"),
        ("Services ponctuels", "0,00 €"),
        ("dont TVA 20 %", money_fr(tva) + " €"),
        ("Total TTC", money_fr(b["amount"]) + " €"),
    ]
    y = _lines_table(c, 40, y - 20, W - 80, rows, font="Lato", zebra="#f4f4f4")
    c.setFont("Lato", 8.5)
    y = para(c, 40, y - 20, "Adresse d'installation : " + b["site_address"], "Lato", 8.5, W - 80)
    para(
        c,
        40,
        y - 6,
        "Retrouvez le détail de vos consommations dans votre Espace Client sur "
        "sfr.fr ou sur l'application SFR & Moi.",
        "Lato",
        8.5,
        W - 80,
    )
    matrix_block(c, 40, 90, 50, 20, seed, label="2D-DOC")
    c.setFont("Lato", 6.5)
    c.setFillColor(hexcol("#666666"))
    para(
        c,
        110,
        80,
        "SFR - Société française du radiotéléphone - SA au capital social de "
        "3 423 265 598,40 € - Siège social : 16 rue du Général Alain de Boissieu 75015 Paris - "
        "RCS Paris 343 059 564",
        "Lato",
        6.5,
        W - 160,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def orange_bill(b: dict, seed: int) -> bytes:
    c, buf = new_canvas(title="facture Orange", producer="Orange - facture en ligne")
    c.setFillColor(hexcol("#000000"))
    c.rect(0, H - 95, W, 95, stroke=0, fill=1)
    c.setFillColor(hexcol("#ff7900"))
    c.rect(40, H - 80, 55, 55, stroke=0, fill=1)
    c.setFillColor(hexcol("#ffffff"))
    c.setFont("Sans-B", 11)
    c.drawString(45, H - 75, "orange")
    c.setFont("Sans-B", 16)
    c.drawString(115, H - 50, "votre facture")
    c.setFont("Sans", 9)
    c.drawString(115, H - 66, f"du {d_fr(b['issue_date'])}  -  n° {b['invoice_no']}")
    c.drawString(115, H - 79, f"compte client n° {b['client_no']}")
    _address_window(c, 320, H - 150, b["address_block"])
    c.setFillColor(hexcol("#ff7900"))
    c.rect(40, H - 300, 6, 90, stroke=0, fill=1)
    c.setFillColor(hexcol("#000000"))
    c.setFont("Sans-B", 12)
    c.drawString(56, H - 225, "montant à payer")
    c.setFont("Sans-B", 24)
    c.drawString(56, H - 255, money_fr(b["amount"]) + " €")
    c.setFont("Sans", 9)
    c.drawString(56, H - 275, f"sera prélevé le {d_fr(b['due_date'])}")
    c.drawString(56, H - 290, f"titulaire du contrat : {b['holder_display']}")
    y = H - 340
    c.setFont("Sans-B", 11)
    c.drawString(40, y, "Livebox Fibre - ligne " + b["line"])
    c.setFont("Sans", 9)
    c.drawString(40, y - 15, "adresse de l'installation : " + b["site_address"])
    tva = round(b["amount"] - b["amount"] / 1.2, 2)
    rows = [
        (
            f"abonnements et forfaits du {d_fr(b['period_start'])} au {d_fr(b['period_end'])}",
            money_fr(b["amount"] - 5.0) + " €",
        ),
        ("location Livebox", "5,00 €"),
        ("communications (détail dans votre espace client)", "0,00 €"),
        ("dont TVA à 20 %", money_fr(tva) + " €"),
        ("total TTC", money_fr(b["amount"]) + " €"),
    ]
    y = _lines_table(c, 40, y - 45, W - 80, rows, head=("détail", "#000000", "montant TTC"))
    c.setFont("Sans", 8)
    para(
        c,
        40,
        y - 20,
        "Votre facture est disponible dans votre espace client orange.fr et "
        "dans l'application Mon Compte. Pour toute question : 3900 (service gratuit + prix "
        "appel).",
        "Sans",
        8,
        W - 80,
    )
    matrix_block(c, W - 100, 70, 55, 20, seed, label="2D-DOC")
    c.setFont("Sans", 6.5)
    para(
        c,
        40,
        60,
        "Orange SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt "
        "92130 Issy-les-Moulineaux - RCS Nanterre 380 129 866",
        "Sans",
        6.5,
        W - 170,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- lease


def lease(L: dict, seed: int) -> bytes:
    """Contrat de location (logement vide), following the contrat type of décret 2015-587."""
    rng = random.Random(seed)
    c, buf = new_canvas(title="Contrat de location")
    fs = 9.3

    def header(n):
        c.setFont("Serif", 7.5)
        c.drawRightString(W - 45, 25, f"Page {n}/3 - Paraphes :")
        hand(c, W - 42, 25, L["tenant_initials"], rng, "Breip", 11, wobble=0.4)
        hand(c, W - 20, 25, L["landlord_initials"], rng, "Dkg", 10, ink="#111111", wobble=0.4)

    c.setFont("Serif-B", 13)
    c.drawCentredString(W / 2, H - 55, "CONTRAT DE LOCATION")
    c.setFont("Serif-B", 10)
    c.drawCentredString(W / 2, H - 70, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE")
    c.setFont("Serif-I", 8)
    c.drawCentredString(
        W / 2,
        H - 84,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet "
        "1989 tendant à améliorer les rapports locatifs et portant modification",
    )
    c.drawCentredString(
        W / 2,
        H - 94,
        "de la loi n° 86-1290 du 23 décembre 1986 - contrat type "
        "défini par le décret n° 2015-587 du 29 mai 2015)",
    )
    y = H - 125
    blocks1 = [
        ("I. DÉSIGNATION DES PARTIES", None),
        (None, "Le présent contrat est conclu entre les soussignés :"),
        (
            None,
            f"{L['landlord']}, demeurant {L['landlord_address']}, désigné(e) ci-après « le "
            "bailleur » ;",
        ),
        (None, f"{L['tenant_line']}, désigné(e) ci-après « le locataire »."),
        ("II. OBJET DU CONTRAT", None),
        (None, "Le présent contrat a pour objet la location d'un logement ainsi déterminé :"),
        (
            None,
            f"A. Consistance du logement - Localisation du logement : {L['address']} ; "
            f"type d'habitat : immeuble collectif ; régime juridique de l'immeuble : "
            f"copropriété ; période de construction : 1949 à 1974 ; surface habitable : "
            f"{L['surface']} m² ; nombre de pièces principales : {L['rooms']} ; autres "
            "parties du logement : cuisine, salle d'eau, WC ; modalité de production de "
            "chauffage et d'eau chaude sanitaire : individuelle électrique.",
        ),
        (None, "B. Destination des locaux : usage d'habitation principale exclusivement."),
        (
            None,
            "C. Désignation des locaux et équipements accessoires à usage privatif : cave "
            "n° 12. Équipements d'accès aux technologies de l'information : raccordement "
            "fibre optique.",
        ),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", None),
        (
            None,
            f"A. Date de prise d'effet du contrat : {d_words_fr(L['start_date'])} "
            f"({d_fr(L['start_date'])}).",
        ),
        (
            None,
            "B. Durée du contrat : trois (3) ans, renouvelable par tacite reconduction dans "
            "les conditions prévues par la loi.",
        ),
    ]
    for title, text in blocks1:
        if title:
            y -= 6
            c.setFont("Serif-B", 10)
            c.drawString(50, y, title)
            y -= 15
        else:
            y = justified(c, 55, y, text, "Serif", fs, W - 105, fs * 1.35) - 4
    header(1)
    c.showPage()
    y = H - 60
    blocks2 = [
        ("IV. CONDITIONS FINANCIÈRES", None),
        (
            None,
            f"A. Loyer mensuel hors charges : {L['rent']} euros, payable mensuellement et "
            "d'avance le 5 de chaque mois. Le logement est situé en zone tendue : le loyer "
            "respecte le décret annuel d'encadrement de l'évolution des loyers. Révision "
            "annuelle à la date anniversaire selon l'indice de référence des loyers (IRL) du "
            "3e trimestre.",
        ),
        (
            None,
            f"B. Charges récupérables : provision sur charges de {L['charges']} euros par "
            "mois, avec régularisation annuelle.",
        ),
        (None, f"C. Total mensuel : {L['rent'] + L['charges']} euros."),
        ("V. TRAVAUX", None),
        (
            None,
            "Néant. Aucun travail d'amélioration n'a été réalisé depuis la fin du dernier "
            "contrat de location.",
        ),
        ("VI. GARANTIES", None),
        (
            None,
            f"Dépôt de garantie : {L['rent']} euros (un mois de loyer hors charges), "
            "versé à la signature du présent contrat.",
        ),
        ("VII. CLAUSE DE SOLIDARITÉ", None),
        (
            None,
            "En cas de pluralité de locataires, ceux-ci sont tenus solidairement de "
            "l'ensemble des obligations du présent contrat.",
        ),
        ("VIII. CLAUSE RÉSOLUTOIRE", None),
        (
            None,
            "Le présent contrat sera résilié de plein droit deux mois après un commandement "
            "de payer demeuré infructueux, à défaut de paiement du loyer ou des charges aux "
            "termes convenus, ou du versement du dépôt de garantie, ainsi qu'un mois après un "
            "commandement demeuré infructueux à défaut d'assurance contre les risques "
            "locatifs.",
        ),
        ("IX. HONORAIRES", None),
        (None, "Néant (location conclue directement entre particuliers)."),
        ("X. AUTRES CONDITIONS PARTICULIÈRES", None),
        (
            None,
            "Le locataire s'engage à souscrire une assurance habitation et à en justifier "
            "chaque année. Les animaux domestiques sont tolérés sous réserve de ne causer "
            "aucun trouble de voisinage.",
        ),
    ]
    for title, text in blocks2:
        if title:
            y -= 6
            c.setFont("Serif-B", 10)
            c.drawString(50, y, title)
            y -= 15
        else:
            y = justified(c, 55, y, text, "Serif", fs, W - 105, fs * 1.35) - 4
    header(2)
    c.showPage()
    y = H - 60
    c.setFont("Serif-B", 10)
    c.drawString(50, y, "XI. ANNEXES")
    y -= 15
    y = justified(
        c,
        55,
        y,
        "Sont annexées et jointes au contrat de location les pièces "
        "suivantes : dossier de diagnostic technique (DPE classe D, constat de risque "
        "d'exposition au plomb, état des risques), notice d'information relative aux "
        "droits et obligations des locataires et des bailleurs, état des lieux "
        "d'entrée, extrait du règlement de copropriété.",
        "Serif",
        fs,
        W - 105,
        fs * 1.35,
    )
    y -= 20
    c.setFont("Serif", 10)
    c.drawString(
        55,
        y,
        f"Fait et signé à {L['city']}, le {d_fr(L['signed_on'])}, en deux "
        "originaux dont un remis à chacune des parties.",
    )
    y -= 40
    c.drawString(70, y, "Signature du bailleur")
    c.drawString(330, y, "Signature du locataire")
    c.setFont("Serif-I", 8)
    c.drawString(70, y - 12, "(précédée de la mention « lu et approuvé »)")
    c.drawString(330, y - 12, "(précédée de la mention « lu et approuvé »)")
    hand(c, 72, y - 40, "Lu et approuvé", rng, "Dkg", 13, ink="#111111")
    draw_signature(c, 75, y - 110, 120, L["landlord"], seed + 2, ink="#111111")
    hand(c, 332, y - 40, "Lu et approuvé", rng, "Breip", 14)
    draw_signature(c, 335, y - 110, 120, L["tenant_sig_name"], seed + 3)
    header(3)
    c.showPage()
    c.save()
    return buf.getvalue()
