"""Proof of residence of blind set cc: supplier bills (energy, internet, water, a box
operator), a lease on the 2015 model contract (loi du 6 juillet 1989), an attestation
d'hébergement. Layouts follow the public look of French bills (logo top-left, window
address right, amount box, period, detail table, legal footer)."""

from __future__ import annotations

import random

from cc_checks import eur, fr, fr_words

INK = (25, 25, 30)
GREY = (100, 100, 105)


def window(pg, x, y, lines, font="sans", size=9.5):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * size * 0.45, ln, font if i else font + "-b", size, INK)


def table(pg, x, y, widths, rows, font="sans", size=8, head=None, fill=(235, 238, 242), lead=5.2):
    if head:
        pg.rect(x, y - size * 0.42 - 1.2, sum(widths), lead, fill=fill)
        xx = x
        for w, h in zip(widths, head):
            anchor = "l" if xx == x else "r"
            pg.text(
                xx + 1 if anchor == "l" else xx + w - 1, y, h, font + "-b", size * 0.95, INK, anchor
            )
            xx += w
        y += lead
    for r in rows:
        bold = r and r[0].startswith("!")
        xx = x
        for i, (w, cell) in enumerate(zip(widths, r)):
            cell = cell.lstrip("!") if i == 0 else cell
            f = font + "-b" if bold else font
            if i == 0:
                pg.text(xx + 1, y, cell, f, size, INK)
            else:
                pg.text(xx + w - 1, y, cell, f, size, INK, "r")
            xx += w
        y += lead
    return y


# --------------------------------------------------------------------------- energy


def total_logo(pg, x, y):
    for i, col in enumerate(
        [(237, 28, 36), (247, 148, 29), (255, 209, 0), (0, 159, 227), (0, 166, 81)]
    ):
        pg.ellipse(x + 4 + i * 1.2, y + 5 - (i % 2) * 0.8, 4.2 - i * 0.3, 4.2 - i * 0.3, fill=col)
    pg.text(x + 12, y + 7, "TotalEnergies", "sans-b", 13, (40, 40, 45))


def bill_energy(pg, b, rng: random.Random):
    total_logo(pg, 14, 12)
    pg.text(196, 16, "FACTURE", "sans-b", 15, (40, 40, 45), "r")
    meta = [
        ("Date de facture", fr(b["issue"])),
        ("N° de facture", b["invoice"]),
        ("Référence client", b["client"]),
        ("Compte de facturation", b["account"]),
    ]
    for i, (k, v) in enumerate(meta):
        pg.text(150, 23 + i * 4.6, k, "sans", 7.5, GREY, "r")
        pg.text(196, 23 + i * 4.6, v, "sans-b", 7.8, INK, "r")
    pg.text(14, 30, "TotalEnergies Électricité et Gaz France", "sans", 7.5, GREY)
    pg.text(14, 34, "Service clients - TSA 21519 - 75901 Paris Cedex 15", "sans", 7.5, GREY)
    window(pg, 112, 52, b["window"])
    pg.rect(14, 48, 86, 30, stroke=(200, 200, 205), lw=0.3, r=2)
    pg.text(18, 54, "Votre contrat", "sans-b", 8.5, INK)
    pg.text(18, 59, b["offer"], "sans", 8, INK)
    pg.text(18, 64, "Adresse de consommation :", "sans", 7.5, GREY)
    pg.text(18, 68.5, b["site"], "sans", 7.8, INK)
    pg.text(18, 73.5, f"PDL : {b['pdl']}   -   {b['power']}", "sans", 7.5, INK)
    pg.rect(14, 86, 182, 24, fill=(232, 243, 250), r=2)
    pg.text(20, 95, "Montant total TTC de votre facture", "sans-b", 11, INK)
    pg.text(190, 96, f"{eur(b['amount'])} €", "sans-b", 20, (0, 110, 180), "r")
    pg.text(
        20, 103, f"Il sera prélevé sur votre compte à partir du {fr(b['debit'])}.", "sans", 8.5, INK
    )
    pg.text(
        14,
        120,
        "Facture mensuelle établie sur votre consommation réelle (compteur Linky)",
        "sans-i",
        8.5,
        GREY,
    )
    pg.text(
        14,
        127,
        f"Période de facturation : du {fr(b['start'])} au {fr(b['end'])}",
        "sans-b",
        10,
        INK,
    )
    y = table(
        pg,
        14,
        138,
        [96, 28, 28, 30],
        b["lines"],
        head=["Détail", "Quantité", "Prix unitaire", "Montant HT"],
    )
    pg.line(14, y - 2, 196, y - 2, 0.3, GREY)
    y = table(pg, 14, y + 3, [152, 30], b["totals"])
    pg.text(
        14,
        y + 8,
        f"Relevé de votre compteur : index début {b['idx'][0]} kWh, index fin {b['idx'][1]} kWh "
        "(index réels télérelevés).",
        "sans",
        7.8,
        INK,
    )
    pg.para(
        14,
        y + 16,
        182,
        "En cas de réclamation, contactez notre service clients. Si la réponse ne vous "
        "satisfait pas, vous pouvez saisir gratuitement le médiateur national de l'énergie "
        "(www.energie-mediateur.fr). Dépannage électricité : Enedis 09 72 67 50 XX (numéro selon votre "
        "département).",
        "sans",
        7,
        3.1,
        GREY,
    )
    pg.line(14, 278, 196, 278, 0.3, GREY)
    pg.para(
        14,
        282,
        182,
        "TotalEnergies Électricité et Gaz France - Société anonyme au capital de "
        f"{b['capital']} € - RCS Nanterre {b['rcs']} - 2 bis rue Louis Armand 75015 Paris - "
        f"TVA intracommunautaire FR{b['vat']}",
        "sans",
        6.3,
        2.8,
        GREY,
    )


# --------------------------------------------------------------------------- telecom (box)


def bill_bouygues(pg, b, rng: random.Random):
    blue, dark = (0, 157, 204), (0, 45, 98)
    pg.rect(0, 0, 210, 30, fill=dark)
    pg.text(14, 17, "Bouygues", "sans-b", 17, (255, 255, 255))
    pg.text(14, 24, "TELECOM", "sans", 9, (120, 210, 240), cs=0.8)
    pg.text(196, 15, "Votre facture", "sans-b", 14, (255, 255, 255), "r")
    pg.text(196, 22, f"du {fr_words(b['issue'])}", "sans", 10, (255, 255, 255), "r")
    pg.text(14, 40, f"Compte client n° {b['client']}", "sans", 8.5, INK)
    pg.text(14, 45, f"Facture n° {b['invoice']}", "sans", 8.5, INK)
    pg.text(14, 50, f"Ligne fixe : {b['line']}", "sans", 8.5, INK)
    window(pg, 112, 48, b["window"], size=9.5)
    pg.rect(14, 74, 182, 26, fill=(229, 245, 251), r=3)
    pg.text(20, 84, "Montant total à payer", "sans-b", 12, dark)
    pg.text(190, 86, f"{eur(b['amount'])} €", "sans-b", 22, blue, "r")
    pg.text(
        20,
        93,
        f"Prélevé à partir du {fr(b['debit'])} sur le compte se terminant par {b['iban_end']}",
        "sans",
        8.5,
        INK,
    )
    pg.text(14, 112, "Le détail de votre facture", "sans-b", 12, dark)
    pg.text(14, 119, f"Période du {fr(b['start'])} au {fr(b['end'])}", "sans", 9, INK)
    y = table(
        pg,
        14,
        129,
        [140, 42],
        b["lines"],
        head=["Abonnement et options", "Montant TTC"],
        fill=(229, 245, 251),
    )
    pg.line(14, y - 2, 196, y - 2, 0.3, GREY)
    y = table(pg, 14, y + 3, [140, 42], b["totals"])
    pg.rect(14, y + 6, 182, 22, stroke=(200, 200, 205), lw=0.3, r=2)
    pg.text(18, y + 12, "Votre adresse d'installation", "sans-b", 8.5, INK)
    pg.text(18, y + 17, b["site"], "sans", 8.5, INK)
    pg.text(18, y + 22, "Offre : " + b["offer"], "sans", 8.5, INK)
    pg.para(
        14,
        270,
        182,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 37-39 rue Boissière "
        f"75116 Paris - RCS Paris {b['rcs']} - Service clients : 1064 (appel gratuit depuis une ligne "
        "Bouygues Telecom). Conservez cette facture : elle peut servir de justificatif de domicile.",
        "sans",
        6.5,
        2.9,
        GREY,
    )
    pg.text(196, 290, "1/1", "sans", 7, GREY, "r")


# --------------------------------------------------------------------------- water


def bill_water(pg, b, rng: random.Random):
    blue = (0, 100, 170)
    pg.ellipse(22, 20, 6, 7.5, fill=(0, 150, 210))
    pg.poly([(16.8, 17), (22, 6), (27.2, 17)], fill=(0, 150, 210))
    pg.text(31, 17, "Eau de Toulouse", "sans-b", 13, blue)
    pg.text(31, 23, "Métropole", "sans", 10, blue)
    pg.text(196, 15, "FACTURE D'EAU", "sans-b", 13, INK, "r")
    pg.text(196, 21, "Eau potable et assainissement", "sans", 8.5, GREY, "r")
    meta = [
        ("Date", fr(b["issue"])),
        ("Facture n°", b["invoice"]),
        ("N° client", b["client"]),
        ("N° de contrat", b["contract"]),
    ]
    for i, (k, v) in enumerate(meta):
        pg.text(14, 36 + i * 4.8, k + " :", "sans", 8, GREY)
        pg.text(40, 36 + i * 4.8, v, "sans-b", 8.2, INK)
    window(pg, 112, 44, b["window"])
    pg.text(14, 63, "Titulaire du contrat :", "sans", 8, GREY)
    pg.text(14, 67.5, b["holder_line"], "sans-b", 8.5, INK)
    pg.text(14, 72, "Adresse de desserte :", "sans", 8, GREY)
    pg.text(14, 76.5, b["site"], "sans", 8.5, INK)
    pg.rect(14, 84, 182, 20, stroke=blue, lw=0.6, r=2)
    pg.text(19, 92, "Montant de votre facture", "sans-b", 11, INK)
    pg.text(190, 94, f"{eur(b['amount'])} € TTC", "sans-b", 17, blue, "r")
    pg.text(19, 99.5, f"Prélevé le {fr(b['debit'])}", "sans", 8.5, INK)
    pg.text(
        14,
        114,
        f"Consommation du {fr(b['start'])} au {fr(b['end'])} (relève à distance)",
        "sans-b",
        9.5,
        INK,
    )
    pg.text(
        14,
        120,
        f"Compteur n° {b['meter']}  -  ancien index {b['idx'][0]} m³  -  nouvel index "
        f"{b['idx'][1]} m³  -  consommation {b['idx'][1] - b['idx'][0]} m³",
        "sans",
        8.2,
        INK,
    )
    y = 131
    for sect, rows in b["sections"]:
        pg.rect(14, y - 4, 182, 5.5, fill=(225, 238, 248))
        pg.text(16, y, sect, "sans-b", 8.3, blue)
        y = table(pg, 14, y + 6, [104, 22, 26, 30], rows, size=7.8, lead=4.8)
        y += 2
    y = table(pg, 14, y + 2, [152, 30], b["totals"], size=8.5)
    pg.rect(14, y + 6, 90, 26, fill=(240, 246, 250), r=2)
    pg.text(18, y + 12, "La qualité de votre eau", "sans-b", 8.5, blue)
    pg.para(
        18,
        y + 17,
        82,
        "L'eau distribuée en 2025 a été conforme aux limites de qualité "
        "réglementaires. Plus d'informations : eaudetoulousemetropole.fr",
        "sans",
        7.2,
        3.2,
        INK,
    )
    pg.para(
        14,
        280,
        182,
        "Eau de Toulouse Métropole - Délégataire du service public de l'eau potable - "
        "Service clients : 05 61 XX XX XX (prix d'un appel local) - Urgences 24h/24",
        "sans",
        6.5,
        2.9,
        GREY,
    )


# --------------------------------------------------------------------------- lease


LEASE_HEAD = [
    "CONTRAT DE LOCATION",
    "LOCAUX VACANTS NON MEUBLÉS",
    (
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 et portant modification de la loi "
        "n° 86-1290 du 23 décembre 1986)"
    ),
]


def lease_pages(L):
    """The lease text as a list of pages, each a list of (kind, text)."""
    p1 = [
        ("h", "I. DÉSIGNATION DES PARTIES"),
        ("p", "Le présent contrat est conclu entre les soussignés :"),
        ("p", f"- {L['landlord_full']}, désigné(s) ci-après « le bailleur » ;"),
    ]
    if L.get("agent"):
        p1.append(("p", f"- représenté par son mandataire : {L['agent']} ;"))
    p1 += [
        ("p", f"- {L['tenant_full']}, désigné(s) ci-après « le locataire ».".replace("..", ".")),
        ("p", "Il a été convenu ce qui suit :"),
        ("h", "II. OBJET DU CONTRAT"),
        ("p", "Le présent contrat a pour objet la location d'un logement ainsi déterminé :"),
        ("s", "A. Consistance du logement"),
        ("p", f"- localisation du logement : {L['address']} ; {L['floor']} ;"),
        (
            "p",
            "- type d'habitat : immeuble collectif ; régime juridique de l'immeuble : copropriété ;",
        ),
        (
            "p",
            f"- période de construction : {L['built']} ; surface habitable : {L['surface']} m² ;",
        ),
        (
            "p",
            f"- nombre de pièces principales : {L['rooms']} ; autres parties du logement : {L['other']} ;",
        ),
        (
            "p",
            (
                "- éléments d'équipements du logement : cuisine équipée (plaques, hotte), salle d'eau avec "
                "douche, WC séparés ;"
            ),
        ),
        (
            "p",
            (
                f"- modalité de production de chauffage : {L['heating']} ; production d'eau chaude sanitaire : "
                f"{L['hot_water']}."
            ),
        ),
        ("s", "B. Destination des locaux : usage d'habitation principale."),
        ("s", "C. Locaux et équipements accessoires à usage privatif : " + L["annex"]),
        ("h", "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT"),
        ("p", f"A. Date de prise d'effet du contrat : {fr(L['start'])}"),
        (
            "p",
            (
                "B. Durée du contrat : trois (3) ans, le bailleur étant une personne physique ou une société "
                "civile immobilière familiale."
            ),
        ),
        (
            "p",
            (
                "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, reconduit "
                "tacitement pour trois ans et dans les mêmes conditions. Le locataire peut mettre fin au bail à "
                "tout moment, après avoir donné congé. Le bailleur peut, quant à lui, mettre fin au bail à son "
                "échéance et après avoir donné congé, soit pour reprendre le logement en vue de l'occuper "
                "lui-même, soit pour le vendre, soit pour un motif sérieux et légitime."
            ),
        ),
    ]
    p2 = [
        ("h", "IV. CONDITIONS FINANCIÈRES"),
        ("s", "A. Loyer"),
        (
            "p",
            f"1° Fixation du loyer initial : a) Montant du loyer mensuel : {eur(L['rent'])} € (hors charges).",
        ),
        ("p", L["rent_rule"]),
        (
            "p",
            (
                f"2° Modalités de révision : date de révision : le {L['start'].day} {fr_words(L['start']).split()[1]} "
                "de chaque année ; date ou trimestre de référence de l'IRL : IRL du "
                f"{L['irl']}."
            ),
        ),
        ("s", "B. Charges récupérables"),
        (
            "p",
            (
                f"Modalité de règlement des charges : provisions sur charges avec régularisation annuelle ; "
                f"montant des provisions sur charges : {eur(L['charges'])} € par mois."
            ),
        ),
        ("s", "C. Modalités de paiement"),
        (
            "p",
            (
                f"Périodicité du paiement : mensuelle ; paiement à échoir, le 1er de chaque mois. Montant total "
                f"dû à la première échéance : {eur(L['rent'] + L['charges'])} €."
            ),
        ),
        ("h", "V. TRAVAUX"),
        ("p", "Néant."),
        ("h", "VI. GARANTIES"),
        (
            "p",
            (
                f"Montant du dépôt de garantie de l'exécution des obligations du locataire : {eur(L['deposit'])} € "
                "(un mois de loyer hors charges)."
            ),
        ),
        ("h", "VII. CLAUSE DE SOLIDARITÉ"),
        (
            "p",
            (
                "Modalités particulières des obligations en cas de pluralité de locataires : en cas de colocation, "
                "les colocataires sont tenus solidairement et indivisiblement de l'exécution des obligations du "
                "présent contrat."
            ),
        ),
        ("h", "VIII. CLAUSE RÉSOLUTOIRE"),
        (
            "p",
            (
                "Le bail sera résilié de plein droit en cas d'inexécution des obligations du locataire, soit en "
                "cas de défaut de paiement des loyers et des charges locatives au terme convenu, de non-versement "
                "du dépôt de garantie, de défaut d'assurance du locataire contre les risques locatifs, de troubles "
                "de voisinage constatés par une décision de justice passée en force de chose jugée."
            ),
        ),
        ("h", "IX. HONORAIRES DE LOCATION"),
        ("p", L["fees"]),
    ]
    p3 = [
        ("h", "X. AUTRES CONDITIONS PARTICULIÈRES"),
        (
            "p",
            (
                "Le locataire s'engage à souscrire une assurance habitation et à en justifier lors de la remise "
                "des clés puis chaque année à la demande du bailleur."
            ),
        ),
        ("h", "XI. ANNEXES"),
        (
            "p",
            (
                "Sont annexées et jointes au contrat de location les pièces suivantes : a) un extrait du "
                "règlement de copropriété ; b) un dossier de diagnostic technique (DPE, CREP, état des risques) ; "
                "c) une notice d'information relative aux droits et obligations des locataires et des "
                "bailleurs ; d) un état des lieux d'entrée ; e) une attestation d'assurance."
            ),
        ),
        ("sig", ""),
    ]
    return [p1, p2, p3]


def lease(pg, L, rng: random.Random, page: int, signed="paper"):
    font = L.get("font", "serif")
    pages = lease_pages(L)
    y = 20
    if page == 0:
        for i, ln in enumerate(LEASE_HEAD):
            y = (
                pg.para(
                    30, y, 150, ln, font + "-b" if i < 2 else font + "-i", 13 if i == 0 else 9, 5.4
                )
                + 1
            )
        y += 4
    for kind, text in pages[page]:
        if kind == "h":
            y += 2.5
            pg.text(20, y, text, font + "-b", 10, INK)
            pg.line(20, y + 1.2, 20 + pg.width(text, font + "-b", 10), y + 1.2, 0.25, INK)
            y += 6
        elif kind == "s":
            y = pg.para(20, y, 170, text, font + "-b", 9, 4.1) + 1
        elif kind == "p":
            y = pg.para(20, y, 170, text, font, 9, 4.1, INK, just=True) + 1.5
        elif kind == "sig":
            y += 6
            pg.text(
                20,
                y,
                f"Fait à {L['place']}, le {fr(L['signed_on'])}, en deux exemplaires originaux.",
                font,
                9.5,
                INK,
            )
            y += 10
            pg.text(20, y, "Signature du bailleur (ou de son mandataire)", font + "-b", 9, INK)
            pg.text(115, y, "Signature du locataire", font + "-b", 9, INK)
            pg.text(115, y + 4.5, "précédée de la mention « Lu et approuvé »", font + "-i", 8, GREY)
            if signed == "paper":
                pg.hand(118, y + 14, "Lu et approuvé", rng, "ecolier", 15, (20, 30, 110))
                pg.signature(
                    120, y + 17, 45, 16, random.Random(L["tenant_sig"]), (20, 30, 110), 0.45
                )
                pg.signature(
                    24, y + 12, 45, 16, random.Random(L["landlord_sig"]), (30, 30, 40), 0.45
                )
                pg.rect_stamp(24, y + 32, L["agent_stamp"], (40, 60, 140), rng, size=7.5)
            else:
                for x, who, seed in (
                    (20, L["landlord_signer"], L["landlord_sig"]),
                    (115, L["tenant_signer"], L["tenant_sig"]),
                ):
                    pg.rect(x, y + 8, 75, 34, stroke=(150, 150, 160), lw=0.3, r=1.5)
                    pg.signature(x + 8, y + 10, 50, 16, random.Random(seed), (10, 10, 60), 0.45)
                    pg.text(x + 3, y + 31, f"Signé électroniquement par {who}", "sans", 6.5, GREY)
                    pg.text(
                        x + 3,
                        y + 35,
                        f"le {fr(L['signed_on'])} à {L['sign_time']} (UTC+1)",
                        "sans",
                        6.5,
                        GREY,
                    )
                    pg.text(x + 3, y + 39, f"Enveloppe {L['envelope']}", "sans", 6.5, GREY)
    pg.text(
        105,
        287,
        f"Contrat de location - {L['address_short']} - page {page + 1}/3",
        font,
        7.5,
        GREY,
        "c",
    )
    if signed == "paper" and page < 2:  # initials at the foot of each page
        pg.text(150, 280, "Paraphes :", font + "-i", 7.5, GREY)
        pg.hand(166, 281, L["initials"][0], rng, "hand", 11, (30, 30, 40))
        pg.hand(178, 281, L["initials"][1], rng, "hand", 11, (20, 30, 110))


# --------------------------------------------------------------------------- attestation d'hébergement


def attestation(pg, a, rng: random.Random):
    f = "carlito"
    for i, ln in enumerate(a["host_block"]):
        pg.text(20, 22 + i * 5, ln, f, 11, INK)
    pg.text(190, 58, f"{a['place']}, le {fr_words(a['signed_on'])}", f, 11, INK, "r")
    pg.text(105, 80, "ATTESTATION D'HÉBERGEMENT", "carlito-b", 16, INK, "c")
    pg.line(62, 82, 148, 82, 0.4, INK)
    y = pg.para(20, 98, 170, a["body"], f, 11.5, 6.2, INK, just=True)
    y = pg.para(20, y + 6, 170, a["body2"], f, 11.5, 6.2, INK, just=True)
    y = pg.para(20, y + 6, 170, "Fait pour servir et valoir ce que de droit.", f, 11.5, 6.2, INK)
    pg.text(120, y + 12, "Signature", "carlito", 11, INK)
    pg.signature(118, y + 15, 52, 20, random.Random(a["sig_seed"]), (15, 20, 90), 0.5)
    pg.text(20, y + 48, "Pièces jointes :", "carlito-b", 10.5, INK)
    for i, ln in enumerate(a["annexes"]):
        pg.text(24, y + 54 + i * 5.5, "- " + ln, f, 10.5, INK)
