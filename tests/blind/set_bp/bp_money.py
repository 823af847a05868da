"""Bills (Bouygues Telecom Bbox, TotalEnergies electricity) and RIBs (SG, La Banque Postale)."""

from __future__ import annotations

from bp_common import MOIS, fr, iban_groups, money
from bp_pdf import Doc, rgb

BT_BLUE = rgb(0, 157, 224)
BT_NAVY = rgb(10, 40, 90)
TE_RED = rgb(237, 0, 0)
TE_BLUE = rgb(0, 92, 169)
GREY = rgb(110, 110, 110)
LGREY = rgb(236, 236, 236)


def bouygues_bill(b: dict) -> bytes:
    """b: holder_lines, invoice_no, client_no, issue, start, end, line_no, offer, items, total."""
    d = Doc("Facture Bouygues Telecom", "Bouygues Telecom", "BT-FACT", "Bouygues Telecom")
    m = MOIS[b["start"].month - 1]
    d.text(40, 58, "bouygues", "Arial-B", 24, BT_NAVY)
    d.text(41, 72, "TELECOM", "Arial-B", 9.5, BT_BLUE)
    d.text(40, 104, "Votre facture", "Arial-B", 17, BT_NAVY)
    d.text(40, 120, f"de {m} {b['start'].year}", "Arial", 12, BT_NAVY)
    ref = [
        ("Date de facture", fr(b["issue"])),
        ("N° de facture", b["invoice_no"]),
        ("N° de compte client", b["client_no"]),
        ("N° de ligne fixe", b["line_no"]),
    ]
    y = 146
    for k, v in ref:
        d.text(40, y, k, "Arial", 8.5, GREY)
        d.text(150, y, v, "Arial-B", 8.5)
        y += 13
    d.lines(330, 132, b["holder_lines"], "Arial", 10, 13)
    d.rect(40, 220, 515, 70, fill=rgb(232, 246, 252), r=6)
    d.text(56, 246, "Montant total de votre facture", "Arial", 11, BT_NAVY)
    d.text(540, 250, f"{money(b['total'])} €", "Arial-B", 22, BT_NAVY, "r")
    d.text(56, 270, f"Prélevé à partir du {fr(b['debit'])} sur votre compte bancaire", "Arial", 8.5)
    d.text(40, 320, "Synthèse de votre facture", "Arial-B", 11, BT_NAVY)
    d.text(
        40,
        336,
        f"Période de facturation : du {fr(b['start'])} au {fr(b['end'])}",
        "Arial",
        9,
    )
    rows = [["Libellé", "Période", "Montant HT", "Montant TTC"]]
    for lab, ttc in b["items"]:
        rows.append(
            [lab, f"{b['start']:%d/%m} - {b['end']:%d/%m/%Y}", money(ttc / 1.2), money(ttc)]
        )
    rows.append(["Total", "", money(b["total"] / 1.2), money(b["total"])])
    d.table(
        40,
        350,
        [245, 110, 80, 80],
        rows,
        "Arial",
        8.5,
        16,
        "Arial-B",
        LGREY,
        GREY,
        ["l", "l", "r", "r"],
    )
    y = 350 + 16 * len(rows) + 24
    d.text(40, y, f"Dont TVA 20 % : {money(b['total'] - b['total'] / 1.2)} €", "Arial", 8.5)
    d.para(
        40,
        y + 30,
        (
            "Votre offre " + b["offer"] + " comprend l'accès internet très haut débit, la "
            "téléphonie fixe illimitée vers les fixes en France métropolitaine et la TV. Retrouvez "
            "le détail de vos consommations dans votre Espace Client sur bouyguestelecom.fr ou "
            "dans l'application B.iG."
        ),
        515,
        "Arial",
        8,
        11,
        GREY,
    )
    d.hline(40, 555, 770, GREY)
    d.para(
        40,
        782,
        (
            "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Nanterre - "
            "Siège social : 37-39 rue Boissière 75116 Paris - TVA intracommunautaire "
            "FR 74 397 480 930"
        ),
        515,
        "Arial",
        6.5,
        8,
        GREY,
    )
    d.text(555, 815, "1/2", "Arial", 7, GREY, "r")
    d.page()
    d.text(40, 60, "Détail de votre facture", "Arial-B", 14, BT_NAVY)
    d.text(40, 78, f"Ligne fixe {b['line_no']} - {b['offer']}", "Arial", 9)
    det = [["Date", "Libellé", "Quantité", "Montant TTC"]]
    for lab, ttc in b["items"]:
        det.append([fr(b["start"]), lab, "1", money(ttc)])
    for day, num, dur in b.get("calls", []):
        det.append([day, f"Appel vers {num}", dur, "inclus"])
    d.table(
        40, 96, [80, 280, 70, 85], det, "Arial", 8, 14, "Arial-B", LGREY, GREY, ["l", "l", "r", "r"]
    )
    d.text(40, 770, f"{b['holder_lines'][0]} - facture n° {b['invoice_no']}", "Arial", 7, GREY)
    d.text(555, 815, "2/2", "Arial", 7, GREY, "r")
    d.page()
    return d.bytes()


def totalenergies_bill(b: dict) -> bytes:
    """Monthly electricity bill on actual Linky readings."""
    d = Doc("Facture d'électricité", "TotalEnergies Electricité et Gaz France", "TEF-Edition")
    d.text(40, 56, "Total", "Arial-B", 20, TE_BLUE)
    d.text(92, 56, "Energies", "Arial-B", 20, TE_RED)
    d.text(40, 70, "TotalEnergies Electricité et Gaz France", "Arial", 7.5, GREY)
    d.text(555, 52, "FACTURE D'ÉLECTRICITÉ", "Arial-B", 11, TE_BLUE, "r")
    d.text(555, 66, f"Facture du {fr(b['issue'])}", "Arial", 9, align="r")
    d.text(555, 78, f"N° {b['invoice_no']}", "Arial", 9, align="r")
    d.lines(330, 120, b["holder_lines"], "Arial", 10, 13)
    d.rect(40, 105, 250, 92, stroke=GREY, lw=0.5)
    d.lines(
        48,
        120,
        [
            "Vos références",
            f"Compte client : {b['client_no']}",
            f"Point de livraison (PDL) : {b['pdl']}",
            f"Offre : {b['offer']}",
            f"Puissance souscrite : {b['kva']} kVA - option Base",
            "Service client : 09 70 80 69 69 (appel non surtaxé)",
        ],
        "Arial",
        8,
        12.5,
    )
    d.text(40, 230, "Adresse du logement", "Arial-B", 9)
    d.text(40, 243, b["site"], "Arial", 9)
    d.rect(40, 262, 515, 62, fill=rgb(255, 240, 235))
    d.text(52, 284, "Montant de votre facture", "Arial-B", 11, TE_RED)
    d.text(52, 302, f"Consommation du {fr(b['start'])} au {fr(b['end'])}", "Arial", 9)
    d.text(545, 296, f"{money(b['total'])} € TTC", "Arial-B", 18, TE_RED, "r")
    d.text(52, 317, f"Sera prélevé le {fr(b['debit'])}", "Arial", 8, GREY)
    d.text(40, 356, "Vos consommations relevées par votre compteur Linky", "Arial-B", 10, TE_BLUE)
    kwh = b["index_end"] - b["index_start"]
    d.table(
        40,
        366,
        [150, 120, 120, 125],
        [
            ["Période", "Index début", "Index fin", "Consommation"],
            [
                f"{b['start']:%d/%m} au {b['end']:%d/%m/%Y}",
                f"{b['index_start']:06d}",
                f"{b['index_end']:06d}",
                f"{kwh} kWh",
            ],
        ],
        "Arial",
        8.5,
        16,
        "Arial-B",
        LGREY,
        GREY,
        ["l", "r", "r", "r"],
    )
    rows = [["Détail", "Quantité", "Prix unitaire HT", "Montant HT"]]
    for lab, q, pu, mt in b["lines"]:
        rows.append([lab, q, pu, money(mt)])
    y = d.table(
        40,
        420,
        [230, 85, 100, 100],
        rows,
        "Arial",
        8.5,
        15,
        "Arial-B",
        LGREY,
        GREY,
        ["l", "r", "r", "r"],
    )
    ht = sum(x[3] for x in b["lines"])
    tva = b["total"] - ht
    d.lines(
        555,
        y + 18,
        [
            f"Total HT : {money(ht)} €",
            f"TVA : {money(tva)} €",
            f"Total TTC : {money(b['total'])} €",
        ],
        "Arial-B",
        9,
        14,
        align="r",
    )
    d.para(
        40,
        730,
        (
            "TotalEnergies Electricité et Gaz France - SA au capital de 12 000 000 € - "
            "2 bis rue Louis Armand 75015 Paris - RCS Paris 484 696 000. En cas de litige, "
            "vous pouvez saisir gratuitement le Médiateur national de l'énergie."
        ),
        515,
        "Arial",
        6.5,
        8,
        GREY,
    )
    d.page()
    return d.bytes()


def sg_rib(r: dict) -> bytes:
    """Société Générale RIB: two identical slips on one page."""
    d = Doc("RIB", "Société Générale", "SG - Espace Client")
    d.text(40, 44, "Relevé d'Identité Bancaire", "Arial-B", 13)
    d.text(
        40,
        58,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        "Arial",
        7.5,
        GREY,
    )
    for k in range(2):
        y0 = 82 + k * 250
        d.rect(40, y0, 515, 220, stroke=GREY, lw=0.6)
        d.rect(52, y0 + 14, 22, 11, fill=rgb(226, 0, 26))
        d.rect(52, y0 + 25, 22, 11, fill=black_())
        d.text(82, y0 + 31, "SOCIETE GENERALE", "Arial-B", 11)
        d.text(52, y0 + 58, "Titulaire du compte", "Arial", 7.5, GREY)
        d.lines(52, y0 + 72, r["holder_lines"], "Arial-B", 9, 12)
        d.text(330, y0 + 58, "Domiciliation", "Arial", 7.5, GREY)
        d.lines(330, y0 + 72, r["branch_lines"], "Arial", 8.5, 11.5)
        d.table(
            52,
            y0 + 124,
            [90, 90, 150, 60],
            [
                ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"],
                [r["bank"], r["branch"], r["account"], r["key"]],
            ],
            "Arial-B",
            9,
            15,
            "Arial",
            LGREY,
            GREY,
            ["c", "c", "c", "c"],
        )
        d.text(52, y0 + 178, "IBAN", "Arial", 7.5, GREY)
        d.text(52, y0 + 192, iban_groups(r["iban"]), "Mono-B", 10.5)
        d.text(400, y0 + 178, "BIC", "Arial", 7.5, GREY)
        d.text(400, y0 + 192, r["bic"], "Mono-B", 10.5)
        d.text(52, y0 + 210, "Devise : EUR", "Arial", 7, GREY)
    d.text(
        40,
        820,
        "Société Générale - SA au capital de 1 000 395 971,25 € - 552 120 222 RCS "
        "Paris - Siège : 29 bd Haussmann 75009 Paris",
        "Arial",
        6.5,
        GREY,
    )
    d.page()
    return d.bytes()


def black_():
    return rgb(20, 20, 20)


LBP_BLUE = rgb(0, 40, 120)
LBP_YEL = rgb(255, 205, 0)


def lbp_rib(r: dict) -> bytes:
    d = Doc("Relevé d'identité bancaire", "La Banque Postale", "LBP")
    d.rect(40, 36, 44, 44, fill=LBP_YEL, r=4)
    d.text(62, 66, "LBP", "Arial-B", 12, LBP_BLUE, "c")
    d.text(96, 52, "La Banque Postale", "Arial-B", 15, LBP_BLUE)
    d.text(96, 68, "Relevé d'Identité Bancaire", "Arial", 10)
    d.rect(40, 108, 515, 26, fill=rgb(230, 236, 246))
    d.text(50, 125, "Identifiant national de compte bancaire - RIB", "Arial-B", 9, LBP_BLUE)
    d.table(
        40,
        140,
        [100, 100, 200, 115],
        [
            ["Banque", "Guichet", "N° de compte", "Clé"],
            [r["bank"], r["branch"], r["account"], r["key"]],
        ],
        "Arial",
        10,
        17,
        "Arial-B",
        None,
        GREY,
        ["c", "c", "c", "c"],
    )
    d.rect(40, 190, 515, 26, fill=rgb(230, 236, 246))
    d.text(50, 207, "Identifiant international de compte bancaire", "Arial-B", 9, LBP_BLUE)
    d.text(50, 236, "IBAN (International Bank Account Number)", "Arial", 8, GREY)
    d.text(50, 252, iban_groups(r["iban"]), "Arial-B", 12)
    d.text(360, 236, "BIC (Bank Identifier Code)", "Arial", 8, GREY)
    d.text(360, 252, r["bic"], "Arial-B", 12)
    d.text(50, 290, "Titulaire du compte", "Arial", 8, GREY)
    d.lines(50, 305, r["holder_lines"], "Arial-B", 10, 13)
    d.text(330, 290, "Domiciliation", "Arial", 8, GREY)
    d.lines(330, 305, r["branch_lines"], "Arial", 9, 12)
    d.hline(40, 555, 370, GREY, 0.4, (2, 2))
    d.para(
        40,
        388,
        (
            "Remettez ce relevé à vos créanciers ou débiteurs, français ou étrangers, appelés "
            "à faire inscrire des opérations à votre compte (virements, paiement de quittances, "
            "etc.). Son utilisation vous garantit le bon enregistrement des opérations en "
            "cause et vous évite ainsi des réclamations pour erreurs ou retards d'imputation."
        ),
        515,
        "Arial",
        7.5,
        10,
        GREY,
    )
    d.text(40, 815, f"Édité le {fr(r['printed'])}", "Arial", 7, GREY)
    d.text(
        555,
        815,
        "La Banque Postale - SA à Directoire et Conseil de surveillance - RCS Paris 421 100 645",
        "Arial",
        6.5,
        GREY,
        "r",
    )
    d.page()
    return d.bytes()
