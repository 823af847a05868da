"""Proof of residence: utility bills, leases (loi du 6 juillet 1989), attestations
d'hébergement, and a few papers people send by mistake (rent receipt, home insurance)."""

from civil import MOIS, fr_date
from core import Page, width_mm

PROVIDERS = {
    "EDF": dict(
        color=(0, 91, 187),
        accent=(255, 110, 0),
        font="lato",
        service="electricity",
        legal="EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - "
        "22-30 avenue de Wagram 75382 Paris cedex 08",
        title="Facture d'électricité",
        offer="Tarif Bleu - Option Base 6 kVA",
    ),
    "ENGIE": dict(
        color=(0, 170, 255),
        accent=(0, 60, 130),
        font="open",
        service="gas",
        legal="ENGIE SA au capital de 2 435 285 011 € - RCS Nanterre 542 107 651 - "
        "1 place Samuel de Champlain 92400 Courbevoie",
        title="Votre facture de gaz naturel",
        offer="Offre Gaz Référence 3 ans",
    ),
    "TotalEnergies": dict(
        color=(237, 0, 0),
        accent=(0, 84, 166),
        font="rob",
        service="electricity",
        legal="TotalEnergies Électricité et Gaz France - SA au capital de "
        "15 060 000 € - RCS Nanterre 444 087 722",
        title="Facture mensuelle",
        offer="Offre Essentielle Électricité",
    ),
    "Free": dict(
        color=(205, 30, 37),
        accent=(60, 60, 60),
        font="sans",
        service="internet",
        legal="Free - SAS au capital de 3 441 812 € - RCS Paris 421 938 861 - "
        "8 rue de la Ville l'Évêque 75008 Paris",
        title="Facture Freebox",
        offer="Abonnement Freebox Pop",
    ),
    "SFR": dict(
        color=(226, 0, 26),
        accent=(20, 20, 20),
        font="carl",
        service="mobile",
        legal="SFR - SA au capital de 3 423 265 598,40 € - 343 059 564 RCS Paris - "
        "16 rue du Général Alain de Boissieu 75015 Paris",
        title="Votre facture mobile",
        offer="Forfait SFR 5G 130 Go",
    ),
    "Orange": dict(
        color=(255, 121, 0),
        accent=(0, 0, 0),
        font="lib",
        service="internet",
        legal="Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres "
        "75015 Paris - 380 129 866 RCS Paris",
        title="Facture internet et fixe",
        offer="Livebox Fibre",
    ),
    "Bouygues Telecom": dict(
        color=(0, 155, 206),
        accent=(30, 50, 90),
        font="robc",
        service="mobile",
        legal="Bouygues Telecom - SA au capital de 712 588 399,56 € - "
        "397 480 930 RCS Paris - 37-39 rue Boissière 75116 Paris",
        title="Facture",
        offer="Forfait B&YOU 100 Go",
    ),
    "Eau de Paris": dict(
        color=(0, 120, 190),
        accent=(0, 160, 200),
        font="open",
        service="water",
        legal="Eau de Paris - Régie à autonomie financière et personnalité "
        "morale - 19 rue Neuve Tolbiac 75013 Paris",
        title="Facture d'eau",
        offer="Abonnement et consommation d'eau",
    ),
}


def bill_pages(b, rng):
    """b: provider, holder (printed name, with title), address lines, issue, start, end,
    amount, number, client_ref."""
    pv = PROVIDERS[b["provider"]]
    f = pv["font"]
    fb = f + "-b"
    p = Page(210, 297)
    variant = rng.randrange(3)
    # logo
    if variant == 0:
        p.rect(15, 12, 46, 16, None, pv["color"], 0, radius=2)
        p.text(
            38, 23, b["provider"], fb, 15 if len(b["provider"]) < 8 else 10, (255, 255, 255), "c"
        )
    else:
        p.text(15, 24, b["provider"], fb, 20 if len(b["provider"]) < 8 else 14, pv["color"])
        p.line(15, 27, 70, 27, pv["accent"], 0.8)
    # address window, right (French windowed envelope) or left
    ax = 112 if variant != 2 else 20
    ay = 52 if variant != 2 else 48
    for i, ln in enumerate([b["holder"], *b["address_lines"]]):
        p.text(ax, ay + i * 5, ln, f if i else fb, 10)
    ix = 20 if variant != 2 else 120
    iy = 44 if variant != 2 else 44
    lab = rng.choice(["Titulaire du contrat", "Client", "Nom du titulaire", "Abonné"])
    info = [
        (pv["title"], ""),
        ("N° de facture", b["number"]),
        (
            "Date de facture" if variant else "Facture du",
            fr_date(b["issue"]) if variant == 1 else b["issue"].strftime("%d/%m/%Y"),
        ),
        ("Référence client" if variant != 1 else "N° de compte client", b["client_ref"]),
        (lab, b["holder_plain"]),
    ]
    y = iy
    for k, v in info:
        if not v:
            p.text(ix, y, k, fb, 12, pv["color"])
            y += 7
            continue
        p.text(ix, y, k + " :", f, 8.5, (90, 90, 90))
        p.text(ix + 36, y, v, fb, 8.5)
        y += 5
    # summary box
    sy = 92
    p.rect(20, sy, 170, 28, None, (242, 245, 250) if variant != 1 else (255, 247, 236), 0, radius=3)
    per = (
        f"du {b['start'].strftime('%d/%m/%Y')} au {b['end'].strftime('%d/%m/%Y')}"
        if rng.random() < 0.7
        else f"{MOIS[b['start'].month - 1]} {b['start'].year}"
    )
    p.text(
        25,
        sy + 8,
        "Période de facturation" if pv["service"] != "electricity" else "Période de consommation",
        f,
        9,
        (70, 70, 70),
    )
    p.text(25, sy + 14, per, fb, 11)
    amt = f"{b['amount']:.2f}".replace(".", ",") + " €"
    p.text(
        185,
        sy + 8,
        rng.choice(["Montant TTC", "Total à payer", "Montant à régler"]),
        f,
        9,
        (70, 70, 70),
        "r",
    )
    p.text(185, sy + 19, amt, fb, 18, pv["accent"], "r")
    p.text(
        25,
        sy + 23,
        f"Prélevé le {(b['issue']).strftime('%d/%m/%Y')} sur votre compte bancaire",
        f,
        7.5,
        (80, 80, 80),
    )
    # detail
    y = 134
    p.text(20, y, "Détail de votre facture", fb, 11, pv["color"])
    p.text(
        20,
        y + 6,
        "Adresse du point de "
        + ("livraison" if pv["service"] in ("electricity", "gas", "energy", "water") else "service")
        + " : "
        + ", ".join(b["address_lines"]),
        f,
        8,
    )
    p.line(20, y + 9, 190, y + 9, (180, 180, 180), 0.3)
    y += 15
    ht = round(b["amount"] / 1.2, 2)
    lines = [
        (pv["offer"], round(ht * 0.7, 2)),
        (
            "Consommation / options"
            if pv["service"] in ("electricity", "gas")
            else "Services et options",
            round(ht * 0.3, 2),
        ),
    ]
    if pv["service"] in ("electricity", "gas"):
        lines.append(("Contribution au service public / accise", 0.0))
    for k, v in lines:
        p.text(24, y, k, f, 9)
        p.text(186, y, f"{v:.2f}".replace(".", ",") + " €", f, 9, anchor="r")
        y += 6
    p.line(20, y, 190, y, (180, 180, 180), 0.3)
    p.text(24, y + 6, "Total HT", f, 9)
    p.text(186, y + 6, f"{ht:.2f}".replace(".", ",") + " €", f, 9, anchor="r")
    p.text(24, y + 12, "TVA", f, 9)
    p.text(186, y + 12, f"{b['amount'] - ht:.2f}".replace(".", ",") + " €", f, 9, anchor="r")
    p.text(24, y + 19, "Total TTC", fb, 10)
    p.text(186, y + 19, amt, fb, 10, anchor="r")
    if rng.random() < 0.6:  # 2D-Doc like square
        x0, y0 = 170, 20
        for i in range(16):
            for j in range(16):
                if i in (0, 15) or j == 0 or rng.random() < 0.45:
                    p.rect(x0 + i * 1.2, y0 + j * 1.2, 1.2, 1.2, None, (0, 0, 0), 0)
    p.para(20, 270, 170, pv["legal"], f, 6.5, color=(110, 110, 110))
    p.text(190, 285, "Page 1/1" if rng.random() < 0.5 else "1/2", f, 7, anchor="r")
    return [p]


def bill_screenshot(b, rng):
    """A bill shown in the provider's phone app (117 x 253.2 mm = 1170 x 2532 px)."""
    pv = PROVIDERS[b["provider"]]
    f = pv["font"]
    p = Page(117, 253.2, bg=(245, 246, 248))
    p.text(8, 6, "09:4" + str(rng.randrange(10)), "rob-m", 10)
    p.text(109, 6, "5G  87%", "rob-m", 9, anchor="r")
    p.rect(0, 11, 117, 18, None, pv["color"], 0)
    p.text(8, 23, "‹  Mes factures", f + "-b", 12, (255, 255, 255))
    p.rect(6, 36, 105, 70, None, (255, 255, 255), 0, radius=4)
    p.text(12, 46, f"Facture de {MOIS[b['start'].month - 1]} {b['start'].year}", f + "-b", 12)
    p.text(12, 54, "Émise le " + b["issue"].strftime("%d/%m/%Y"), f, 9, (100, 100, 100))
    p.text(12, 70, f"{b['amount']:.2f}".replace(".", ",") + " €", f + "-b", 22, pv["color"])
    p.text(12, 80, "Payée par prélèvement", f, 9, (40, 140, 60))
    p.text(12, 92, f"Du {b['start']:%d/%m/%Y} au {b['end']:%d/%m/%Y}", f, 9)
    p.text(12, 99, "N° " + b["number"], f, 8, (100, 100, 100))
    p.rect(6, 112, 105, 48, None, (255, 255, 255), 0, radius=4)
    p.text(12, 121, "Titulaire", f, 8, (100, 100, 100))
    p.text(12, 127, b["holder_plain"], f + "-b", 10)
    p.text(12, 136, "Adresse", f, 8, (100, 100, 100))
    for i, ln in enumerate(b["address_lines"]):
        p.text(12, 142 + i * 5, ln, f, 9.5)
    p.rect(6, 168, 105, 14, None, pv["color"], 0, radius=7)
    p.text(58.5, 177, "Télécharger la facture (PDF)", f + "-b", 10, (255, 255, 255), "c")
    return [p]


# ------------------------------------------------------------------ lease


def lease_pages(L, rng):
    font = rng.choice(["times", "libs", "cala", "lib"])
    fb = {"times": "times-b", "libs": "libs-b", "cala": "cala-b", "lib": "lib-b"}[font]
    pages = []
    p = Page(210, 297)
    p.text(105, 22, "CONTRAT DE LOCATION", fb, 15, anchor="c")
    p.text(
        105,
        29,
        rng.choice(
            ["LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "LOGEMENT MEUBLÉ", "BAIL D'HABITATION"]
        ),
        fb,
        11,
        anchor="c",
    )
    y = p.para(
        25,
        38,
        160,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant "
        "à améliorer les rapports locatifs et portant modification de la loi n° 86-1290 "
        "du 23 décembre 1986 — contrat type défini par le décret n° 2015-587 du 29 mai "
        "2015)",
        font,
        8.5,
        color=(60, 60, 60),
    )
    y += 6
    p.text(25, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y += 8
    y = p.para(
        25,
        y,
        160,
        f"Le présent contrat est conclu entre les soussignés : "
        f"{L['landlord']}, demeurant {L['landlord_address']}, désigné(s) ci-après « le "
        "bailleur » ;",
        font,
        10,
    )
    tn = " et ".join(L["tenants_print"])
    y = p.para(25, y + 3, 160, f"et {tn}, désigné(s) ci-après « le locataire ».", font, 10)
    y += 6
    p.text(25, y, "II. OBJET DU CONTRAT", fb, 11)
    y += 8
    y = p.para(
        25,
        y,
        160,
        "A. Consistance du logement — Localisation du logement : "
        + ", ".join(L["address_lines"])
        + f". Type d'habitat : immeuble collectif. "
        f"Surface habitable : {L['surface']} m². Nombre de pièces principales : "
        f"{L['rooms']}.",
        font,
        10,
    )
    y = p.para(
        25, y + 3, 160, "B. Destination des locaux : usage d'habitation principale.", font, 10
    )
    y += 6
    p.text(25, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y += 8
    lab = rng.choice(
        [
            "Date de prise d'effet du contrat :",
            "Le bail prend effet le",
            "Date d'entrée dans les lieux :",
        ]
    )
    p.text(25, y, lab, font, 10)
    p.text(
        27 + width_mm(lab, font, 10),
        y,
        L["start"].strftime("%d/%m/%Y") if rng.random() < 0.7 else fr_date(L["start"]),
        fb,
        10,
    )
    y = p.para(25, y + 6, 160, f"Durée du contrat : {L['duration']}.", font, 10)
    y += 6
    p.text(25, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y += 8
    y = p.para(
        25,
        y,
        160,
        f"Montant du loyer mensuel : {L['rent']} € hors charges. Provision sur "
        f"charges : {L['charges']} €. Le loyer est payable mensuellement et d'avance, le "
        "1er de chaque mois. Dépôt de garantie : " + str(L["rent"]) + " €.",
        font,
        10,
    )
    p.text(105, 288, "Page 1/2", font, 8, anchor="c")
    pages.append(p)
    p = Page(210, 297)
    y = 25
    for t, body in [
        ("V. TRAVAUX", "Néant."),
        (
            "VI. GARANTIES",
            "Le dépôt de garantie sera restitué dans un délai maximal de deux "
            "mois à compter de la remise des clés par le locataire.",
        ),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            "Le présent contrat sera résilié de plein droit en cas de "
            "défaut de paiement du loyer ou des charges aux termes convenus, deux mois après un "
            "commandement de payer demeuré infructueux.",
        ),
        (
            "VIII. ANNEXES",
            "Dossier de diagnostic technique ; état des lieux d'entrée ; notice "
            "d'information relative aux droits et obligations des locataires et des bailleurs.",
        ),
    ]:
        p.text(25, y, t, fb, 11)
        y = p.para(25, y + 7, 160, body, font, 10) + 6
    p.text(
        25,
        y + 6,
        f"Fait à {L['city']}, le {L['signed'].strftime('%d/%m/%Y')}, en "
        f"{len(L['tenants_print']) + 1} exemplaires originaux.",
        font,
        10,
    )
    p.text(30, y + 20, "Le bailleur", fb, 10)
    p.text(120, y + 20, "Le(s) locataire(s)", fb, 10)
    p.hand(30, y + 27, "Lu et approuvé", rng, 11)
    p.signature(30, y + 30, 45, 18, L["landlord"], rng)
    for i, tname in enumerate(L["tenants_print"]):
        p.hand(120, y + 27 + i * 24, "Lu et approuvé", rng, 11)
        p.signature(120, y + 30 + i * 24, 45, 18, tname, rng)
    p.text(105, 288, "Page 2/2", font, 8, anchor="c")
    pages.append(p)
    return pages


# ------------------------------------------------------------------ attestation d'hébergement


def attestation_pages(a, rng, handwritten):
    p = Page(210, 297)
    host, hosted = a["host_print"], a["hosted_print"]
    addr = ", ".join(a["address_lines"])
    since = a["since"]
    body = [
        "ATTESTATION D'HÉBERGEMENT",
        "",
        f"Je soussigné{'e' if a['host_sex'] == 'F' else ''} {host},",
        f"né{'e' if a['host_sex'] == 'F' else ''} le {a['host_dob']:%d/%m/%Y} à {a['host_pob']},",
        f"demeurant {addr},",
        f"certifie sur l'honneur héberger à mon domicile {hosted},",
        f"né{'e' if a['hosted_sex'] == 'F' else ''} le {a['hosted_dob']:%d/%m/%Y} "
        f"à {a['hosted_pob']},",
        f"{a['relation']}, depuis le {since:%d/%m/%Y}."
        if rng.random() < 0.6
        else f"{a['relation']}, depuis le {fr_date(since)}.",
        "",
        "Cette attestation est établie pour servir et valoir ce que de droit",
        "(demande d'affiliation à l'assurance maladie).",
        "",
        f"Fait à {a['city']}, le {a['signed_on']:%d/%m/%Y}",
    ]
    if handwritten:
        # seyès-like ruled paper, all text by hand
        for i in range(30):
            p.line(15, 30 + i * 8, 200, 30 + i * 8, (170, 190, 220), 0.15)
        p.line(30, 15, 30, 290, (220, 120, 120), 0.3)
        y = 38
        for ln in body:
            if ln:
                p.hand(35 if y > 40 else 70, y, ln, rng, 12.5 if y > 40 else 15)
            y += 8
    else:
        font = rng.choice(["lib", "libs", "carl", "open"])
        fb = {"lib": "lib-b", "libs": "libs-b", "carl": "carl-b", "open": "open-b"}[font]
        p.text(25, 20, host, font, 10)
        for i, ln in enumerate(a["address_lines"]):
            p.text(25, 25 + i * 5, ln, font, 10)
        p.text(105, 55, body[0], fb, 14, anchor="c")
        txt = " ".join(body[2:8])
        y = p.para(25, 72, 160, txt, font, 11, 6.5)
        y = p.para(25, y + 6, 160, body[9] + " " + body[10], font, 11, 6.5)
        p.text(110, y + 12, body[12], font, 11)
        y = y + 30
    y = max(y, 150) if handwritten else y
    if a["signed"]:
        if handwritten:
            p.hand(120, y + 2, "Signature :", rng, 11)
        else:
            p.text(120, y + 2, "Signature", "lib", 9)
        p.signature(118, y + 5, 55, 22, host, rng)
    return [p]


# ------------------------------------------------------------------ distractors (type unknown)


def quittance_page(q, rng):
    p = Page(210, 297)
    font = rng.choice(["lib", "times"])
    fb = font + "-b"
    p.text(105, 30, "QUITTANCE DE LOYER", fb, 15, anchor="c")
    p.text(105, 38, f"Mois de {MOIS[q['month'].month - 1]} {q['month'].year}", font, 11, anchor="c")
    y = p.para(
        25,
        60,
        160,
        f"Je soussigné(e) {q['landlord']}, propriétaire du logement situé "
        f"{', '.join(q['address_lines'])}, déclare avoir reçu de {q['tenant']} la somme "
        f"de {q['total']} euros au titre du paiement du loyer et des charges pour la "
        f"période du 01/{q['month']:%m/%Y} au {q['end']:%d/%m/%Y} et lui en donne "
        "quittance, sous réserve de tous mes droits.",
        font,
        11,
        6.5,
    )
    p.text(30, y + 12, f"Loyer : {q['rent']} €", font, 11)
    p.text(30, y + 19, f"Charges : {q['charges']} €", font, 11)
    p.text(30, y + 26, f"Total : {q['total']} €", fb, 11)
    p.text(110, y + 44, f"Fait à {q['city']}, le {q['end']:%d/%m/%Y}", font, 11)
    p.signature(115, y + 48, 50, 20, q["landlord"], rng)
    return [p]


def insurance_page(q, rng):
    p = Page(210, 297)
    p.rect(0, 0, 210, 30, None, (0, 80, 60), 0)
    p.text(20, 19, q["insurer"], "open-b", 18, (255, 255, 255))
    p.text(105, 50, "ATTESTATION D'ASSURANCE HABITATION", "open-b", 13, anchor="c")
    p.para(
        25,
        66,
        160,
        f"{q['insurer']} atteste que {q['holder']}, demeurant "
        f"{', '.join(q['address_lines'])}, est titulaire du contrat Multirisque Habitation "
        f"n° {q['number']} garantissant les risques locatifs pour la période du "
        f"{q['from']:%d/%m/%Y} au {q['until']:%d/%m/%Y}.",
        "open",
        10.5,
        6.2,
    )
    p.para(
        25,
        110,
        160,
        "La présente attestation ne peut engager l'assureur au-delà des limites "
        "et conditions du contrat auquel elle se réfère.",
        "open",
        9,
        color=(90, 90, 90),
    )
    p.text(120, 140, f"Fait le {q['from']:%d/%m/%Y}", "open", 10)
    return [p]
