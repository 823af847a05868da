"""Residence proofs: lease (bail loi 1989), attestation d'hébergement, monthly bills.

Sources (public descriptions): the "contrat type de location" annexed to décret
2015-587 (loi n° 89-462 du 6 juillet 1989); the usual handwritten hosting attestation
wording; monthly bills of Orange (Livebox), TotalEnergies (électricité, facture mensuelle)
and Free (Freebox), whose public sample bills show the header, the "Vos références"
block, the "Montant à payer" panel and the consumption / subscription lines.
"""

from __future__ import annotations

import random

from common import Page, fr_date, fr_words, hand, signature_image


def lease(L: dict, rng: random.Random) -> list[Page]:
    pages = []
    p = Page()
    p.text(105, 20, "CONTRAT DE LOCATION", "serifb", 15, align="c")
    p.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serifb", 10, align="c")
    p.para(
        20,
        35,
        170,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à "
        "améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du "
        "23 décembre 1986)",
        "serifi",
        8.5,
    )
    y = 52
    p.text(20, y, "I. DÉSIGNATION DES PARTIES", "serifb", 11)
    y += 8
    p.text(20, y, "Le présent contrat est conclu entre les soussignés :", "serif", 10)
    y += 8
    p.text(25, y, "Le bailleur :", "serifb", 10)
    y = p.para(
        55,
        y,
        135,
        L["landlord"]
        + ", "
        + L["landlord_addr"]
        + ", représenté par "
        + L["agency"]
        + ", mandataire.",
        "serif",
        10,
    )
    y += 3
    p.text(25, y, "Le(s) locataire(s) :", "serifb", 10)
    y = p.para(62, y, 128, " et ".join(L["tenants_print"]) + ".", "serif", 10)
    y += 6
    p.text(20, y, "II. OBJET DU CONTRAT", "serifb", 11)
    y += 8
    y = p.para(
        20,
        y,
        170,
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
        "serif",
        10,
    )
    y = p.para(25, y + 2, 165, "Adresse du logement : " + L["address"], "serifb", 10)
    y = p.para(
        25,
        y + 2,
        165,
        f"Type d'habitat : immeuble collectif ; régime juridique : "
        f"copropriété ; période de construction : {L['built']}. Surface habitable : "
        f"{L['surface']} m². Nombre de pièces principales : {L['rooms']}. Étage : "
        f"{L['floor']}. Chauffage : individuel électrique. Eau chaude : individuelle.",
        "serif",
        10,
    )
    y += 6
    p.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serifb", 11)
    y += 8
    y = p.para(
        20,
        y,
        170,
        "A. Date de prise d'effet du contrat : "
        + fr_words(L["start"])
        + ".\nB. Durée du contrat : 3 ans (bailleur personne physique). Le contrat est "
        "reconductible tacitement.",
        "serif",
        10,
    )
    y += 6
    p.text(20, y, "IV. CONDITIONS FINANCIÈRES", "serifb", 11)
    y += 8
    p.para(
        20,
        y,
        170,
        f"A. Loyer mensuel hors charges : {L['rent']} €. Provision sur "
        f"charges : {L['charges']} €. Le loyer est payable mensuellement et d'avance, le "
        f"1er de chaque mois.\nLe logement est situé en zone tendue : le loyer est soumis "
        f"au décret fixant annuellement le montant maximum d'évolution des loyers.",
        "serif",
        10,
    )
    p.text(105, 287, "Paraphes : ______    ______        Page 1/3", "serif", 8, align="c")
    pages.append(p)
    p = Page()
    y = 25
    p.text(20, y, "V. GARANTIES", "serifb", 11)
    y = p.para(
        20,
        y + 8,
        170,
        f"Montant du dépôt de garantie : {L['rent']} € (un mois de loyer hors charges).",
        "serif",
        10,
    )
    p.text(20, y + 6, "VI. CLAUSE DE SOLIDARITÉ", "serifb", 11)
    y = p.para(
        20,
        y + 14,
        170,
        "Pour l'exécution de toutes les obligations du présent "
        "contrat, il y aura solidarité et indivisibilité entre les locataires.",
        "serif",
        10,
    )
    p.text(20, y + 6, "VII. CLAUSE RÉSOLUTOIRE", "serifb", 11)
    y = p.para(
        20,
        y + 14,
        170,
        "Le bail sera résilié de plein droit en cas de défaut de "
        "paiement du loyer ou des charges aux termes convenus, de non-versement du dépôt "
        "de garantie, de défaut d'assurance du locataire contre les risques locatifs, "
        "deux mois après un commandement de payer demeuré infructueux.",
        "serif",
        10,
    )
    p.text(20, y + 6, "VIII. ANNEXES", "serifb", 11)
    p.para(
        20,
        y + 14,
        170,
        "Notice d'information ; état des lieux d'entrée ; dossier de "
        "diagnostic technique (DPE classe " + L["dpe"] + ", CREP, ERP) ; extrait du "
        "règlement de copropriété.",
        "serif",
        10,
    )
    p.text(105, 287, "Paraphes : ______    ______        Page 2/3", "serif", 8, align="c")
    pages.append(p)
    p = Page()
    p.text(
        20,
        30,
        "Fait et signé à " + L["city"] + ", le " + fr_date(L["signed"]) + ", en deux originaux.",
        "serif",
        10,
    )
    p.text(35, 48, "Le bailleur (ou son mandataire)", "serif", 10)
    p.text(125, 48, "Le(s) locataire(s)", "serif", 10)
    p.text(35, 54, "« Lu et approuvé »", "serifi", 9)
    p.text(125, 54, "« Lu et approuvé »", "serifi", 9)
    p.image(signature_image(L["agent"], rng), 35, 60, 48, 15)
    y = 60
    for t in L["tenants_print"]:
        hand(p, 125, y + 4, "Lu et approuvé", rng, 3.2, "hand2")
        p.image(signature_image(t, rng), 125, y + 7, 48, 14)
        y += 28
    p.text(105, 287, "Page 3/3", "serif", 8, align="c")
    pages.append(p)
    return pages


def attestation(a: dict, rng: random.Random) -> Page:
    """Handwritten attestation d'hébergement on plain paper."""
    p = Page(bg=(252, 252, 250))
    font = a.get("font", "hand1")
    y = 30
    hand(p, 70, y, "Attestation d'hébergement", rng, 5.5, font)
    y += 20
    lines = [
        f"Je soussignée {a['host_print']}, née le {fr_date(a['host_dob'])}",
        f"à {a['host_pob']}, demeurant {a['addr'][0]},",
        f"{a['addr'][1]},",
        "atteste sur l'honneur héberger à mon domicile",
        f"{a['hosted_print']}, né le {fr_date(a['hosted_dob'])},",
        f"depuis le {fr_date(a['since'])}, à titre gratuit.",
        "",
        "Cette attestation est établie pour servir et valoir",
        "ce que de droit (demande d'affiliation CPAM).",
        "",
        f"Fait à {a['city']}, le {fr_date(a['signed_on'])}",
    ]
    for ln in lines:
        if ln:
            hand(p, 22 + rng.uniform(-1, 1), y, ln, rng, 4.0, font)
        y += 11
    y += 6
    hand(p, 120, y, "Signature", rng, 3.6, font)
    p.image(signature_image(a["host_print"], rng), 118, y + 4, 55, 17)
    y += 40
    hand(p, 22, y, "PJ : copie de ma carte d'identité, factures Orange", rng, 3.4, font)
    return p


def _bill_head(p: Page, colour, name, font, fontb):
    p.rect(0, 0, 210, 4, None, colour)
    p.text(15, 20, name, fontb, 22, colour)


def bill_orange(b: dict, rng: random.Random) -> Page:
    p = Page()
    o = (255, 121, 0)
    p.rect(15, 10, 18, 18, None, o)
    p.rect(16.5, 21.5, 15, 1.2, None, (255, 255, 255))
    p.text(17, 27, "orange", "sansb", 6, (255, 255, 255))
    p.text(40, 19, "Votre facture", "sansb", 18)
    p.text(40, 25.5, "Livebox Fibre - " + b["month_label"], "sans", 10)
    p.text(140, 14, "Orange SA", "sansb", 9)
    p.text(140, 18, "Service clients - 3900", "sans", 8)
    p.text(140, 22, "orange.fr > Espace client", "sans", 8)
    p.rect(15, 38, 85, 32, (210, 210, 210), None, 0.3)
    p.text(18, 44, "Vos références", "sansb", 9)
    p.field(18, 50, "N° client :", b["client"], "sans", "sans", 8.5)
    p.field(18, 55, "N° de facture :", b["number"], "sans", "sans", 8.5)
    p.field(18, 60, "Date de facture :", fr_date(b["issue"]), "sans", "sans", 8.5)
    p.field(18, 65, "Ligne fixe :", b["line"], "sans", "sans", 8.5)
    p.text(115, 48, b["holder_print"], "sans", 10.5)
    p.text(115, 53.5, b["addr"][0], "sans", 10.5)
    p.text(115, 59, b["addr"][1], "sans", 10.5)
    p.rect(15, 80, 180, 24, None, (248, 240, 232))
    p.text(20, 90, "Montant TTC à payer", "sansb", 12)
    p.text(20, 97, "prélevé à partir du " + fr_date(b["due"]), "sans", 9)
    p.text(190, 95, b["amount_fr"] + " €", "sansb", 20, o, "r")
    y = 118
    p.text(15, y, "Détail de votre facture", "sansb", 12)
    y += 9
    rows = [
        (
            "Abonnement Livebox Fibre",
            "du " + fr_date(b["start"]) + " au " + fr_date(b["end"]),
            b["sub"],
        ),
        ("Option TV - décodeur", "mensuel", "5,00"),
        ("Communications hors forfait", "0 appel", "0,00"),
    ]
    for a, c, v in rows:
        p.text(15, y, a, "sans", 9.5)
        p.text(100, y, c, "sans", 9)
        p.text(195, y, v + " €", "sans", 9.5, align="r")
        p.line(15, y + 2.5, 195, y + 2.5, 0.15, (200, 200, 200))
        y += 8
    p.text(140, y + 4, "Total HT", "sans", 9.5)
    p.text(195, y + 4, b["ht"] + " €", "sans", 9.5, align="r")
    p.text(140, y + 10, "TVA 20 %", "sans", 9.5)
    p.text(195, y + 10, b["tva"] + " €", "sans", 9.5, align="r")
    p.text(140, y + 17, "Total TTC", "sansb", 10)
    p.text(195, y + 17, b["amount_fr"] + " €", "sansb", 10, align="r")
    p.para(
        15,
        262,
        180,
        "Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres "
        "75015 Paris - 380 129 866 RCS Paris. Conservez cette facture pendant un an.",
        "sans",
        7,
        color=(110, 110, 110),
    )
    return p


def bill_total(b: dict, rng: random.Random) -> Page:
    p = Page()
    red, blue = (237, 0, 0), (0, 70, 150)
    p.rect(15, 12, 4, 14, None, red)
    p.rect(19, 12, 4, 14, None, blue)
    p.text(27, 23, "TotalEnergies", "latob", 18, blue)
    p.text(15, 40, "Facture d'électricité", "latob", 15)
    p.text(
        15, 47, "Facture mensuelle n° " + b["number"] + " du " + fr_date(b["issue"]), "lato", 9.5
    )
    p.text(120, 40, b["holder_print"], "lato", 10.5)
    p.text(120, 45.5, b["addr"][0], "lato", 10.5)
    p.text(120, 51, b["addr"][1], "lato", 10.5)
    p.rect(15, 60, 180, 30, None, (236, 242, 250))
    p.text(20, 70, "Montant à payer", "latob", 12, blue)
    p.text(20, 77, "Prélevé le " + fr_date(b["due"]) + " sur votre compte", "lato", 9)
    p.text(190, 78, b["amount_fr"] + " € TTC", "latob", 19, blue, "r")
    p.text(15, 102, "Votre contrat", "latob", 11)
    p.field(
        15,
        109,
        "Offre :",
        "Offre Essentielle Électricité - option Base " + b["kva"] + " kVA",
        "lato",
        "lato",
        9,
    )
    p.field(15, 114.5, "Référence client :", b["client"], "lato", "lato", 9)
    p.field(15, 120, "PDL :", b["pdl"], "lato", "lato", 9)
    p.field(
        15, 125.5, "Lieu de consommation :", b["addr"][0] + ", " + b["addr"][1], "lato", "lato", 9
    )
    p.text(
        15,
        139,
        "Période de consommation du " + fr_date(b["start"]) + " au " + fr_date(b["end"]),
        "latob",
        10.5,
    )
    y = 148
    for a, q, v in [
        ("Abonnement", "1 mois", b["sub"]),
        ("Consommation (index relevé " + b["idx"] + ")", b["kwh"] + " kWh", b["conso"]),
        ("Accise sur l'électricité", b["kwh"] + " kWh", b["accise"]),
        ("Contribution tarifaire d'acheminement", "", b["cta"]),
        ("TVA 20 %", "", b["tva"]),
    ]:
        p.text(15, y, a, "lato", 9.5)
        p.text(125, y, q, "lato", 9.5)
        p.text(195, y, v + " €", "lato", 9.5, align="r")
        p.line(15, y + 2.6, 195, y + 2.6, 0.15, (190, 200, 215))
        y += 7.5
    p.text(150, y + 4, "Total TTC", "latob", 10.5)
    p.text(195, y + 4, b["amount_fr"] + " €", "latob", 10.5, align="r")
    p.para(
        15,
        255,
        180,
        "TotalEnergies Électricité et Gaz France - SA au capital de "
        "6 420 264,50 € - 2 bis rue Louis Armand 75015 Paris - RCS Paris 542 107 651. "
        "Dépannage Enedis 24h/24 : 09 72 67 50 75. Médiateur national de l'énergie : "
        "www.energie-mediateur.fr",
        "lato",
        7,
        color=(100, 100, 100),
    )
    return p


def bill_free(b: dict, rng: random.Random) -> Page:
    p = Page()
    red = (205, 30, 35)
    p.text(15, 24, "free", "sansb", 26, red)
    p.text(15, 30, "Freebox", "sans", 9, (90, 90, 90))
    p.text(195, 16, "Free SAS - 8 rue de la Ville l'Évêque", "sans", 7.5, align="r")
    p.text(195, 20, "75008 Paris - RCS Paris 421 938 861", "sans", 7.5, align="r")
    p.text(15, 46, "Facture n° " + b["number"], "sansb", 11)
    p.text(15, 52, "Date : " + fr_words(b["issue"]), "sans", 9.5)
    p.text(15, 57, "Identifiant : " + b["client"], "sans", 9.5)
    p.text(15, 62, "Numéro de ligne : " + b["line"], "sans", 9.5)
    p.text(118, 48, b["holder_print"], "sans", 10.5)
    p.text(118, 53.5, b["addr"][0], "sans", 10.5)
    p.text(118, 59, b["addr"][1], "sans", 10.5)
    p.line(15, 72, 195, 72, 0.4, red)
    p.text(15, 80, "Désignation", "sansb", 9.5)
    p.text(120, 80, "Période", "sansb", 9.5)
    p.text(195, 80, "Montant TTC", "sansb", 9.5, align="r")
    y = 88
    for a, per, v in [
        ("Forfait Freebox Pop", fr_date(b["start"]) + " - " + fr_date(b["end"]), b["sub"]),
        ("Appels vers fixes et mobiles", fr_date(b["start"]) + " - " + fr_date(b["end"]), "0,00"),
        ("Location Freebox Player Pop", "inclus", "0,00"),
    ]:
        p.text(15, y, a, "sans", 9.5)
        p.text(120, y, per, "sans", 9)
        p.text(195, y, v + " €", "sans", 9.5, align="r")
        y += 7
    p.line(15, y, 195, y, 0.3, (150, 150, 150))
    p.text(150, y + 7, "Total TTC :", "sansb", 11)
    p.text(195, y + 7, b["amount_fr"] + " €", "sansb", 11, align="r")
    p.text(
        15,
        y + 20,
        "Montant prélevé le " + fr_date(b["due"]) + " sur le compte " + b["iban_masked"],
        "sans",
        9,
    )
    p.para(
        15,
        265,
        180,
        "Conditions générales et tarifs disponibles sur free.fr. "
        "Assistance : 3244 (service gratuit + prix appel).",
        "sans",
        7,
        color=(110, 110, 110),
    )
    return p
