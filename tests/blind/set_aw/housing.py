"""Housing paper: rent receipt (quittance) and lease (bail loi 1989)."""

import random

from core import Page, signature_image, stamp_image
from frdocs import GREY, address_block, dfr, dwords, money


def quittance(q, seed):
    p = Page()
    p.text(105, 25, "QUITTANCE DE LOYER", 16, "serifb", anchor="c")
    p.text(105, 32, f"Période du {dfr(q['start'])} au {dfr(q['end'])}", 10, "serif", anchor="c")
    address_block(p, 15, 48, ["Bailleur :", q["landlord"]] + q["landlord_addr"], 10, "serif")
    address_block(p, 115, 70, ["Locataire :", q["tenant"]] + q["address"], 10, "serif")
    y = p.para(
        15,
        105,
        180,
        f"Je soussigné(e) {q['landlord']}, propriétaire du logement "
        f"désigné ci-dessus, déclare avoir reçu de {q['tenant']} la somme de "
        f"{money(q['total'])} au titre du paiement du loyer et des charges pour la "
        f"période du {dfr(q['start'])} au {dfr(q['end'])} et lui en donne quittance, "
        "sous réserve de tous mes droits.",
        10.5,
        "serif",
    )
    y += 6
    for lab, v in [
        ("Loyer hors charges", q["rent"]),
        ("Provision pour charges", q["charges"]),
        ("Total", q["total"]),
    ]:
        p.text(25, y, lab, 10.5, "serif")
        p.text(120, y, money(v), 10.5, "serif", anchor="r")
        y += 7
    y += 6
    p.text(15, y, f"Fait à {q['place']}, le {dfr(q['issued'])}", 10.5, "serif")
    sig = signature_image(q["landlord_sig"], seed)
    p.img(120, y + 5, 55, 55 * sig.height / sig.width, sig)
    p.para(
        15,
        270,
        180,
        "Cette quittance annule tous les reçus qui auraient pu être établis "
        "précédemment en cas de paiement partiel du montant du présent terme. Elle est à "
        "conserver pendant trois ans par le locataire (loi n° 89-462 du 6 juillet 1989, "
        "art. 7-1).",
        7,
        "serifi",
        GREY,
    )
    return [p]


def lease(L, seed):
    """Bail d'habitation loi 1989, logement vide, 3 pages (contrat type, décret 2015-587)."""
    rng = random.Random(seed)
    font = L.get("font", "serif")
    fb = font + "b"
    pages = []
    p = Page()
    p.text(105, 22, "CONTRAT DE LOCATION", 15, fb, anchor="c")
    p.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION", 10.5, fb, anchor="c")
    p.para(
        30,
        36,
        150,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à "
        "améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du 23 "
        "décembre 1986)",
        8,
        font + "i" if font == "serif" else font,
    )
    y = 54
    p.text(15, y, "I. DÉSIGNATION DES PARTIES", 10.5, fb)
    y = p.para(15, y + 7, 180, "Le présent contrat est conclu entre les soussignés :", 9.5, font)
    y = p.para(
        20,
        y + 2,
        175,
        f"{L['landlord']}, demeurant {L['landlord_addr']}, "
        f"{L.get('landlord_q', 'personne physique')}, désigné(e) ci-après « le "
        "bailleur » ;",
        9.5,
        font,
    )
    if L.get("agent"):
        y = p.para(20, y + 2, 175, f"représenté(e) par son mandataire : {L['agent']}", 9.5, font)
    tn = " et ".join(L["tenants"])
    y = p.para(20, y + 2, 175, f"{tn}, désigné(e)(s) ci-après « le locataire ».", 9.5, font)
    y += 6
    p.text(15, y, "II. OBJET DU CONTRAT", 10.5, fb)
    y = p.para(
        15,
        y + 7,
        180,
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
        9.5,
        font,
    )
    for t in [
        f"Localisation du logement : {L['address']}",
        f"Type d'habitat : immeuble collectif ; régime juridique : copropriété ; "
        f"période de construction : {L['built']}",
        f"Surface habitable : {L['surface']} m² ; nombre de pièces principales : {L['rooms']}",
        "Destination des locaux : usage d'habitation principale",
        "Modalité de production de chauffage et d'eau chaude : " + L["heating"],
    ]:
        y = p.para(20, y + 2, 175, "- " + t, 9.5, font)
    y += 6
    p.text(15, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 10.5, fb)
    y = p.para(
        15, y + 7, 180, f"A. Date de prise d'effet du contrat : {dwords(L['start'])}", 9.5, font
    )
    y = p.para(15, y + 2, 180, f"B. Durée du contrat : {L['duration']}", 9.5, font)
    y = p.para(
        15,
        y + 2,
        180,
        "En l'absence de proposition de renouvellement du contrat, "
        "celui-ci est, à son terme, reconduit tacitement pour la même durée. Le "
        "locataire peut mettre fin au bail à tout moment, après avoir donné congé.",
        9.5,
        font,
    )
    pages.append(p)
    p = Page()
    y = 22
    p.text(15, y, "IV. CONDITIONS FINANCIÈRES", 10.5, fb)
    for t in [
        f"Montant du loyer mensuel : {money(L['rent'])} hors charges",
        f"Provisions sur charges : {money(L['charges'])} par mois, avec régularisation annuelle",
        "Le logement est situé dans une zone d'encadrement des loyers : " + L.get("zone", "non"),
        f"Paiement : mensuel, à échoir, le {L.get('pay_day', '5')} de chaque mois",
        f"Dépôt de garantie : {money(L['rent'])}",
    ]:
        y = p.para(20, y + 8, 175, "- " + t, 9.5, font) - 4
    y += 12
    p.text(15, y, "V. TRAVAUX - GARANTIES - CLAUSE RÉSOLUTOIRE", 10.5, fb)
    for _ in range(3):
        y = p.para(
            15,
            y + 7,
            180,
            "Le contrat sera résilié de plein droit deux mois après un "
            "commandement de payer demeuré infructueux en cas de défaut de paiement du "
            "loyer ou des charges, de non-versement du dépôt de garantie, ou un mois après "
            "un commandement demeuré infructueux à défaut d'assurance contre les risques "
            "locatifs. "
            if _ == 0
            else "Le locataire est tenu d'user paisiblement des "
            "locaux loués, de répondre des dégradations et d'en assurer l'entretien "
            "courant, conformément à l'article 7 de la loi du 6 juillet 1989.",
            9.5,
            font,
        )
    y += 8
    p.text(15, y, "VI. ANNEXES", 10.5, fb)
    y = p.para(
        15,
        y + 7,
        180,
        "Sont annexés au présent contrat : le dossier de diagnostic "
        "technique (DPE, CREP, état des risques), la notice d'information, l'état des "
        "lieux d'entrée, l'extrait du règlement de copropriété.",
        9.5,
        font,
    )
    pages.append(p)
    p = Page()
    p.text(15, 24, "VII. SIGNATURES", 10.5, fb)
    p.text(
        15,
        34,
        f"Fait et signé à {L['place']}, le {dfr(L['signed'])}, en "
        f"{len(L['tenants']) + 1} originaux.",
        9.5,
        font,
    )
    p.text(20, 48, "Le bailleur (ou son mandataire)", 9.5, font)
    p.text(120, 48, "Le(s) locataire(s)", 9.5, font)
    p.text(20, 54, "« Lu et approuvé »", 8.5, font)
    p.text(120, 54, "« Lu et approuvé »", 8.5, font)
    s1 = signature_image(L["landlord_sig"], seed + 1)
    p.img(20, 58, 55, 55 * s1.height / s1.width, s1)
    for i, ts in enumerate(L["tenant_sigs"]):
        s2 = signature_image(ts, seed + 2 + i)
        p.img(120, 58 + i * 28, 55, 55 * s2.height / s2.width, s2)
    if L.get("agent"):
        st = stamp_image(
            L["agent"].upper()[:34], ["AGENCE", "IMMOBILIÈRE"], 34, (40, 60, 150), seed
        )
        p.img(55, 62, 34, 34, st)
    for i, pg in enumerate(pages + [p]):
        pg.text(195, 290, f"Page {i + 1}/3", 7, font, GREY, anchor="r")
        pg.text(15, 290, "Paraphes : " + L.get("initials", ""), 7, font, GREY)
    _ = rng
    return pages + [p]
