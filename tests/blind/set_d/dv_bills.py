"""French utility bills (energy, telecom, water), energy contract attestation."""

import random

from dv_civil import MOIS, dmy
from dv_render import Page, seed_of

BRANDS = {
    "EDF": dict(
        col=(0, 60, 140),
        acc=(255, 120, 0),
        font="open",
        fontb="open-b",
        addr="EDF SA - 22-30 avenue de Wagram - 75382 Paris cedex 08 - SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris",
    ),
    "ENGIE": dict(
        col=(0, 170, 255),
        acc=(0, 90, 160),
        font="lato",
        fontb="lato-b",
        addr="ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre 542 107 651 - 1 place Samuel de Champlain 92400 Courbevoie",
    ),
    "TotalEnergies": dict(
        col=(237, 0, 0),
        acc=(0, 80, 160),
        font="roboto",
        fontb="roboto-b",
        addr="TotalEnergies Électricité et Gaz France - SA au capital de 7 330 100 € - RCS Nanterre 478 171 645",
    ),
    "Free": dict(
        col=(205, 30, 30),
        acc=(60, 60, 60),
        font="lib",
        fontb="lib-b",
        addr="Free - SAS au capital de 3 441 812 € - RCS Paris 421 938 861 - 8 rue de la Ville l'Évêque 75008 Paris",
    ),
    "SFR": dict(
        col=(226, 0, 26),
        acc=(30, 30, 30),
        font="roboto",
        fontb="roboto-b",
        addr="SFR - Société Française du Radiotéléphone - SA au capital de 3 423 265 598 € - RCS Paris 403 106 537",
    ),
    "Orange": dict(
        col=(255, 121, 0),
        acc=(0, 0, 0),
        font="lib",
        fontb="lib-b",
        addr="Orange SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt 92130 Issy-les-Moulineaux - RCS Nanterre 380 129 866",
    ),
    "Bouygues Telecom": dict(
        col=(0, 155, 200),
        acc=(20, 40, 90),
        font="open",
        fontb="open-b",
        addr="Bouygues Telecom - SA au capital de 712 588 399,56 € - 37-39 rue Boissière 75116 Paris - RCS Paris 397 480 930",
    ),
    "Eau de Paris": dict(
        col=(0, 120, 190),
        acc=(0, 60, 110),
        font="carlito",
        fontb="carlito-b",
        addr="Eau de Paris - Régie municipale - 9 rue Victor Schoelcher 75014 Paris",
    ),
    "Veolia Eau": dict(
        col=(230, 30, 40),
        acc=(0, 80, 140),
        font="lato",
        fontb="lato-b",
        addr="Veolia Eau - Compagnie Générale des Eaux - SCA au capital - 21 rue La Boétie 75008 Paris",
    ),
}


def logo(p, brand, x, y):
    b = BRANDS[brand]
    c = b["col"]
    if brand == "EDF":
        p.text(x, y + 9, "edf", "open-b", 24, c)
        for i in range(5):
            p.line(x + 26 + i * 1.2, y + 1, x + 28 + i * 2.5, y - 2 + i * 0.3, b["acc"], 0.8)
    elif brand == "ENGIE":
        p.ellipse(x, y - 2, 24, 6, stroke=c, lw=0.8)
        p.text(x + 1, y + 10, "ENGIE", "lato-b", 18, c)
    elif brand == "TotalEnergies":
        for i, cc in enumerate([(237, 0, 0), (255, 160, 0), (0, 160, 220), (0, 140, 80)]):
            p.ellipse(x + i * 2, y - 1 + i * 1.5, 10 - i * 1.5, 10 - i * 1.5, stroke=cc, lw=0.9)
        p.text(x + 13, y + 7, "TotalEnergies", "roboto-b", 13, (30, 30, 30))
    elif brand == "Free":
        p.rect(x, y - 2, 24, 12, stroke=None, fill=c)
        p.text(x + 12, y + 7.5, "free", "lib-b", 15, (255, 255, 255), anchor="c")
    elif brand == "SFR":
        p.rect(x, y - 2, 18, 18, stroke=None, fill=c)
        p.text(x + 9, y + 10, "SFR", "roboto-b", 13, (255, 255, 255), anchor="c")
    elif brand == "Orange":
        p.rect(x, y - 2, 16, 16, stroke=None, fill=(0, 0, 0))
        p.rect(x + 2, y + 9, 12, 2.5, stroke=None, fill=c)
        p.text(x + 2.5, y + 6, "orange", "lib-b", 5.5, (255, 255, 255))
    elif brand == "Bouygues Telecom":
        p.ellipse(x, y - 2, 12, 12, stroke=None, fill=c)
        p.text(x + 15, y + 3, "BOUYGUES", "open-b", 10, b["acc"])
        p.text(x + 15, y + 8.5, "TELECOM", "open", 9, c)
    elif brand == "Eau de Paris":
        p.poly([(x + 5, y - 3), (x + 10, y + 6), (x + 5, y + 10), (x, y + 6)], fill=c)
        p.text(x + 13, y + 6, "Eau de Paris", "carlito-b", 15, c)
    elif brand == "Veolia Eau":
        p.rect(x, y - 2, 6, 14, stroke=None, fill=c)
        p.text(x + 9, y + 8, "VEOLIA", "lato-b", 16, c)
        p.text(x + 9, y + 12.5, "EAU", "lato", 7, (80, 80, 80))


def _amount(x):
    return ("%.2f" % x).replace(".", ",") + " €"


def bill(b):
    """b: brand, kind (energy/telecom/water), holder_vis, address lines, issue_date,
    period_start/period_end (or month), amount, numbers, layout ('A' or 'B')."""
    brand = b["brand"]
    B = BRANDS[brand]
    f, fb = B["font"], B["fontb"]
    c = B["col"]
    ink = (25, 25, 25)
    rnd = random.Random(seed_of("bill", b["invoice_no"]))
    p = Page()
    layout = b.get("layout", "A")
    logo(p, brand, 15, 14)
    # sender / customer service
    p.text(15, 35, b.get("service_line", "Service Client"), fb, 8, c)
    for i, ln in enumerate(
        b.get(
            "contact",
            ["Par internet : espace client", "Par téléphone : 09 69 32 15 15 (appel non surtaxé)"],
        )
    ):
        p.text(15, 39.5 + i * 3.8, ln, f, 7, ink)
    # address window
    ax, ay = (112, 42) if layout == "A" else (110, 50)
    p.text(ax, ay, b["holder_vis"], fb, 10, ink)
    for i, ln in enumerate(b["address"]):
        p.text(ax, ay + 5 + i * 4.6, ln, f, 10, ink)
    # title block
    y = 78
    title = b.get("title") or ("Facture" if brand not in ("Free",) else "Votre facture")
    if layout == "A":
        p.rect(15, y - 6, 180, 16, stroke=None, fill=(240, 244, 250))
        p.text(18, y, "%s du %s" % (title, dmy(b["issue_date"])), fb, 13, c)
        p.text(18, y + 6.5, "N° de facture : %s" % b["invoice_no"], f, 8.5, ink)
        p.text(192, y, "Réf. client : %s" % b["client_no"], f, 8.5, ink, anchor="r")
        p.text(
            192,
            y + 6.5,
            b.get("contract_label", "N° de contrat") + " : %s" % b["contract_no"],
            f,
            8.5,
            ink,
            anchor="r",
        )
        y += 18
    else:
        p.text(15, y, title.upper(), fb, 16, c)
        p.text(15, y + 7, "Date de facture : %s" % dmy(b["issue_date"]), f, 9, ink)
        p.text(15, y + 11.5, "Numéro de facture : %s" % b["invoice_no"], f, 9, ink)
        p.text(15, y + 16, "Numéro client : %s" % b["client_no"], f, 9, ink)
        y += 24
    # period line
    if b.get("period_start"):
        per = "Période du %s au %s" % (dmy(b["period_start"]), dmy(b["period_end"]))
    else:
        mm = int(b["month"][5:7])
        per = "Votre facture de %s %s" % (MOIS[mm - 1], b["month"][:4])
    p.text(15, y, per, fb, 10.5, ink)
    if b.get("site"):
        p.text(15, y + 5, b["site"], f, 8, (90, 90, 90))
    y += 12
    # summary box
    p.rect(15, y, 88, 34, stroke=c, lw=0.5)
    p.rect(15, y, 88, 8, stroke=None, fill=c)
    p.text(18, y + 5.6, "Montant total à payer", fb, 9.5, (255, 255, 255))
    p.text(59, y + 21, _amount(b["amount"]), fb, 20, c, anchor="c")
    p.text(
        59,
        y + 29,
        b.get("pay_line", "Prélevé le %s sur votre compte" % dmy(b["debit_date"])),
        f,
        7.5,
        ink,
        anchor="c",
    )
    # right: account summary
    rows = b.get("summary") or []
    yy = y + 3
    for k, v in rows:
        p.text(110, yy + 3, k, f, 8.5, ink)
        p.text(195, yy + 3, v, fb, 8.5, ink, anchor="r")
        p.line(110, yy + 5, 195, yy + 5, (200, 200, 200), 0.15)
        yy += 6.2
    y += 42
    # detail table
    p.text(15, y, b.get("detail_title", "Détail de votre facture"), fb, 11, c)
    y += 4
    det = [["Désignation", "Quantité", "Prix unitaire", "Montant HT"]] + b["lines"]
    y = p.table(
        15,
        y,
        [95, 25, 30, 30],
        det,
        f,
        8,
        6,
        head_fill=(232, 236, 242),
        aligns=["l", "r", "r", "r"],
        head_font=fb,
    )
    tot_ht = b["amount"] / 1.2
    y = p.table(
        15,
        y + 2,
        [150, 30],
        [
            ["Total HT", _amount(tot_ht)],
            ["TVA 20 %", _amount(b["amount"] - tot_ht)],
            ["Total TTC", _amount(b["amount"])],
        ],
        f,
        8.5,
        6,
        header=False,
        aligns=["r", "r"],
    )
    y += 8
    for ln in b.get("notes", []):
        y = p.wrap(15, y, 180, ln, f, 7.2, 3.3) + 1
    # payment slip / footer
    p.line(15, 268, 195, 268, (160, 160, 160), 0.2)
    p.wrap(15, 272, 180, B["addr"], f, 6.2, 3)
    p.text(195, 290, "Page 1/%d" % (2 if b.get("two_pages") else 1), f, 7, ink, anchor="r")
    pages = [p]
    if b.get("two_pages"):
        q = Page()
        logo(q, brand, 15, 14)
        q.text(
            195,
            20,
            "Facture n° %s du %s" % (b["invoice_no"], dmy(b["issue_date"])),
            f,
            8,
            ink,
            anchor="r",
        )
        q.text(15, 40, "Informations complémentaires", fb, 12, c)
        yy = 50
        for para in b.get("page2", PAGE2_TXT[b["kind"]]):
            yy = q.wrap(15, yy, 180, para, f, 8.5, 4.2) + 3
        q.line(15, 268, 195, 268, (160, 160, 160), 0.2)
        q.wrap(15, 272, 180, B["addr"], f, 6.2, 3)
        q.text(195, 290, "Page 2/2", f, 7, ink, anchor="r")
        pages.append(q)
    return pages


PAGE2_TXT = {
    "energy": [
        "Vos droits : en cas de litige, vous pouvez saisir gratuitement le médiateur national de l'énergie "
        "(www.energie-mediateur.fr) après une réclamation écrite restée sans réponse satisfaisante dans un délai de deux mois.",
        "Accise sur l'électricité (ex-TICFE) : taxe perçue pour le compte de l'État. Contribution tarifaire "
        "d'acheminement (CTA) : contribution finançant les droits à retraite des personnels des industries électriques et gazières.",
        "Dépannage électricité (Enedis) : 09 72 67 50 XX, 24h/24 et 7j/7. Urgence sécurité gaz (GRDF) : 0 800 47 33 33.",
        "Le chèque énergie : si vous en bénéficiez, vous pouvez l'utiliser pour régler vos factures. Plus d'informations sur chequeenergie.gouv.fr.",
        "Conditions générales de vente disponibles sur simple demande et dans votre espace client.",
    ],
    "telecom": [
        "Détail des communications : les appels vers les fixes et mobiles en France métropolitaine sont inclus "
        "dans votre forfait. Les communications hors forfait sont détaillées ci-dessous.",
        "Hors forfait : 0,00 €. Services de tiers : 0,00 €. Remises : 0,00 €.",
        "Pour toute réclamation, contactez le service client. En l'absence de réponse satisfaisante sous un "
        "mois, vous pouvez saisir le Médiateur des communications électroniques (www.mediateur-telecom.fr).",
        "Conservez cette facture : elle peut vous être demandée comme justificatif de domicile.",
    ],
    "water": [
        "Le prix de l'eau comprend la distribution de l'eau potable, la collecte et le traitement des eaux usées, "
        "et les redevances de l'Agence de l'eau (préservation des ressources en eau, lutte contre la pollution).",
        "Qualité de l'eau : l'eau distribuée est conforme aux limites de qualité fixées par la réglementation.",
    ],
}


def attestation_titulaire(a):
    """Energy supplier 'attestation de titulaire de contrat'."""
    brand = a["brand"]
    B = BRANDS[brand]
    f, fb = B["font"], B["fontb"]
    p = Page()
    ink = (25, 25, 25)
    logo(p, brand, 15, 16)
    p.text(112, 45, a["holder_vis"], fb, 10, ink)
    for i, ln in enumerate(a["address"]):
        p.text(112, 50 + i * 4.6, ln, f, 10, ink)
    p.text(195, 78, "Le %s" % dmy(a["issue_date"]), f, 9.5, ink, anchor="r")
    p.text(105, 98, "ATTESTATION DE TITULAIRE DE CONTRAT", fb, 14, B["col"], anchor="c")
    y = 115
    txt = (
        "%s certifie que %s est titulaire d'un contrat de fourniture d'%s auprès de nos services "
        "depuis le %s, pour le logement situé :"
        % (a["legal"], a["holder_vis"], a["energy"], dmy(a["since"]))
    )
    y = p.wrap(20, y, 170, txt, f, 10.5, 5.2)
    y += 3
    for ln in a["address"]:
        p.text(35, y, ln, fb, 10.5, ink)
        y += 5.2
    y += 4
    for k, v in [
        ("Référence client", a["client_no"]),
        ("Point de livraison (PDL)", a["pdl"]),
        ("Offre souscrite", a["offer"]),
    ]:
        p.text(20, y, k + " : " + v, f, 10, ink)
        y += 5.5
    y += 5
    y = p.wrap(
        20,
        y,
        170,
        "Cette attestation est délivrée à la demande de l'intéressé(e) pour servir "
        "et valoir ce que de droit. Elle ne préjuge pas du paiement des factures.",
        f,
        10,
        5,
    )
    p.text(120, y + 15, "Le Service Clients", fb, 10, ink)
    p.line(15, 268, 195, 268, (160, 160, 160), 0.2)
    p.wrap(15, 272, 180, B["addr"], f, 6.2, 3)
    return [p]
