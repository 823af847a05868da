"""Energy, water and telecom bills (PDF and in-app screens) and energy attestations de contrat."""

from __future__ import annotations

import random

from civil import dnum, dwords
from render import Page

PROV = {
    "EDF": (
        "EDF",
        (0, 91, 187),
        (255, 106, 0),
        "EDF SA - 22-30 avenue de Wagram 75382 Paris cedex 08 - "
        "capital 2 084 365 041 euros - 552 081 317 R.C.S. Paris",
        "électricité",
    ),
    "Engie": (
        "ENGIE",
        (0, 170, 255),
        (0, 70, 140),
        "ENGIE - SA au capital de 2 435 285 011 euros - "
        "RCS Nanterre 542 107 651 - 1 place Samuel de Champlain 92400 Courbevoie",
        "gaz",
    ),
    "TotalEnergies": (
        "TotalEnergies",
        (237, 0, 0),
        (0, 45, 110),
        "TotalEnergies Électricité et Gaz France - SA - RCS Nanterre 478 087 247",
        "électricité",
    ),
    "Vattenfall": (
        "VATTENFALL",
        (255, 218, 0),
        (30, 50, 75),
        "Vattenfall Energies - SAS - RCS Paris 491 454 754",
        "électricité",
    ),
    "Mint": (
        "mint énergie",
        (46, 184, 140),
        (20, 60, 60),
        "Mint Energie - SAS - RCS Paris",
        "électricité",
    ),
    "Eau de Paris": (
        "EAU DE PARIS",
        (0, 120, 200),
        (0, 60, 120),
        "Eau de Paris - Régie municipale - 19 rue Neuve Tolbiac 75013 Paris",
        "eau",
    ),
    "Veolia": (
        "VEOLIA",
        (228, 0, 43),
        (60, 60, 60),
        "Veolia Eau - Compagnie Générale des Eaux - SCA - RCS Paris 572 025 526",
        "eau",
    ),
    "Saur": ("SAUR", (0, 146, 210), (0, 75, 130), "SAUR SAS - RCS Versailles 339 379 984", "eau"),
    "Free": (
        "free",
        (205, 30, 36),
        (50, 50, 50),
        "Free SAS - 8 rue de la Ville l'Evêque 75008 Paris - RCS Paris 421 938 861",
        "internet",
    ),
    "SFR": (
        "SFR",
        (226, 0, 26),
        (40, 40, 40),
        "SFR - SA au capital de 3 423 265 598,40 euros - RCS Paris 343 059 564",
        "internet",
    ),
    "Orange": (
        "orange",
        (255, 121, 0),
        (0, 0, 0),
        "Orange SA - 111 quai du Président Roosevelt 92130 "
        "Issy-les-Moulineaux - RCS Nanterre 380 129 866",
        "internet",
    ),
    "Bouygues Telecom": (
        "BOUYGUES TELECOM",
        (0, 154, 202),
        (22, 40, 90),
        "Bouygues Telecom - SA - 37-39 rue Boissière 75116 Paris - RCS Paris 397 480 930",
        "mobile",
    ),
    "Sosh": ("sosh", (0, 0, 0), (255, 121, 0), "Sosh est une marque d'Orange SA", "mobile"),
    "RED by SFR": (
        "RED",
        (200, 0, 40),
        (30, 30, 30),
        "RED by SFR - SFR SA - RCS Paris 343 059 564",
        "mobile",
    ),
    "La Poste Mobile": (
        "La Poste Mobile",
        (255, 200, 0),
        (0, 50, 120),
        "La Poste Telecom - SAS - RCS Paris 750 386 936",
        "mobile",
    ),
}
SERVICE_FR = {
    "electricity": "Électricité",
    "gas": "Gaz naturel",
    "energy": "Électricité et gaz",
    "water": "Eau",
    "internet": "Box internet fibre",
    "landline": "Téléphone fixe",
    "mobile": "Forfait mobile",
}


def _logo(p: Page, x, y, prov, size=20):
    name, col, acc = PROV[prov][0], PROV[prov][1], PROV[prov][2]
    if prov in ("Orange", "Sosh"):
        p.rect(x, y - size * 0.35, size * 0.35, size * 0.35, stroke=None, fill=col)
        p.text(x + 1, y - 1.5, name, size * 0.28, "sans-b", (255, 255, 255))
    elif prov == "EDF":
        p.text(x, y, name, size, "sans-b", col)
        p.ellipse(x + size * 0.75, y - size * 0.45, size * 0.3, size * 0.15, stroke=acc, lw=1.0)
    elif prov == "Free":
        p.text(x, y, name, size, "sans-b", col)
    else:
        p.rect(x, y - size * 0.34, 3, size * 0.34, stroke=None, fill=acc)
        p.text(x + 5, y, name, size * 0.8, "sans-b", col)


def bill_pages(b: dict, seed: int) -> list[Page]:
    """b: provider, service, holder, street, city (postcode city), issue_date, period_start,
    period_end, amount, ref, and optional consumption."""
    rng = random.Random(seed)
    prov = b["provider"]
    name, col, acc, legal, _ = PROV[prov]
    font = rng.choice(["sans", "roboto", "opensans", "lato", "carlito"])
    fb = font + "-b"
    p = Page()
    variant = rng.choice(["band", "side", "plain"])
    if variant == "band":
        p.rect(
            0,
            0,
            210,
            28,
            stroke=None,
            fill=col if prov not in ("Vattenfall", "La Poste Mobile") else acc,
        )
        p.text(15, 18, name, 20, fb, (255, 255, 255))
    else:
        _logo(p, 15, 22, prov, 20)
    if variant == "side":
        p.rect(0, 40, 6, 220, stroke=None, fill=acc)
    # top-right: summary box
    p.rect(118, 34, 78, 44, stroke=col, lw=0.5, fill=(248, 248, 250))
    lab_fact = rng.choice(["Facture du", "Date de facture", "Votre facture du", "Émise le"])
    p.text(122, 42, f"{lab_fact} {dnum(b['issue_date'])}", 9, fb)
    p.text(
        122,
        48,
        rng.choice(["N° de facture", "Facture n°", "Référence facture"]) + " : " + b["ref"],
        8,
        font,
    )
    p.text(
        122,
        53,
        rng.choice(["Réf. client", "N° client", "Identifiant"]) + " : " + b["client"],
        8,
        font,
    )
    p.text(
        122,
        62,
        rng.choice(["Montant TTC", "Total à payer", "Montant à régler", "Montant prélevé"]),
        9,
        font,
    )
    amt = f"{b['amount']:.2f}".replace(".", ",") + " €"
    p.text(192, 72, amt, 17, fb, col if prov != "Vattenfall" else acc, "r")
    # addressee window
    y = 52
    p.text(
        20,
        y - 8,
        rng.choice(["Titulaire du contrat", "Votre contrat", "Client"]),
        7,
        font,
        (110, 110, 110),
    )
    p.text(20, y, b.get("civil", "") + b["holder"], 10, fb)
    p.text(20, y + 5, b["street"], 10, font)
    p.text(20, y + 10, b["city"], 10, font)
    y = 92
    p.rect(15, y - 6, 180, 9, stroke=None, fill=tuple(min(255, c + 190) for c in col))
    per = rng.choice(
        ["Période de facturation", "Période", "Consommation du", "Abonnement et services du"]
    )
    per_txt = (
        f"{per} : du {dnum(b['period_start'])} au {dnum(b['period_end'])}"
        if per != "Consommation du"
        else f"{per} {dnum(b['period_start'])} au {dnum(b['period_end'])}"
    )
    p.text(18, y, per_txt, 9.5, fb)
    y += 12
    p.text(
        18,
        y,
        rng.choice(
            [
                "Adresse de consommation",
                "Lieu de livraison",
                "Adresse du logement",
                "Adresse d'installation",
            ]
        )
        + " : "
        + b["street"]
        + ", "
        + b["city"],
        8.5,
        font,
    )
    y += 6
    if b["service"] in ("electricity", "gas", "energy"):
        p.text(
            18,
            y,
            f"PDL / PCE : {b.get('pdl', '0' + str(rng.randint(10**12, 10**13 - 1)))}   "
            f"Offre : {b.get('offer', 'Tarif Bleu - Option Base 6 kVA')}",
            8.5,
            font,
        )
    elif b["service"] == "water":
        p.text(
            18,
            y,
            f"Compteur n° {rng.randint(10**7, 10**8 - 1)}  -  Abonné n° {b['client']}",
            8.5,
            font,
        )
    else:
        p.text(
            18,
            y,
            f"Ligne : {b.get('line', '09 ' + ' '.join(str(rng.randint(10, 99)) for _ in range(4)))}"
            f"   Offre : {b.get('offer', SERVICE_FR[b['service']])}",
            8.5,
            font,
        )
    y += 12
    p.text(18, y, "Détail de votre facture", 11, fb, col if prov != "Vattenfall" else acc)
    y += 4
    p.line(18, y, 192, y, (150, 150, 150), 0.3)
    y += 6
    items = b.get("items") or _items(b, rng)
    for lab, val in items:
        p.text(20, y, lab, 9, font)
        p.text(190, y, f"{val:.2f}".replace(".", ",") + " €", 9, font, anchor="r")
        y += 6
    p.line(18, y - 2, 192, y - 2, (150, 150, 150), 0.3)
    y += 4
    p.text(20, y, "Total TTC", 10, fb)
    p.text(190, y, amt, 10, fb, anchor="r")
    y += 12
    p.para(
        18,
        y,
        174,
        rng.choice(
            [
                f"Ce montant sera prélevé sur votre compte le {dnum(b.get('debit', b['issue_date']))}.",
                "Merci de régler cette facture avant la date limite de paiement indiquée ci-dessus.",
                "Paiement par prélèvement automatique. Aucune action de votre part n'est nécessaire.",
            ]
        ),
        8.5,
        font,
    )
    p.para(15, 284, 180, legal, 6.3, font, (110, 110, 110))
    pages = [p]
    if rng.random() < 0.5:  # second page: conditions, payment slip
        q = Page()
        q.text(15, 20, "Informations utiles", 11, fb, col)
        q.para(
            15,
            30,
            180,
            "Service client : du lundi au samedi de 8h à 20h. Réclamations : par courrier "
            "ou depuis votre espace client. En cas de litige, vous pouvez saisir le médiateur national "
            "de l'énergie ou le médiateur des communications électroniques.",
            8.5,
            font,
        )
        q.text(15, 60, f"Référence client : {b['client']}", 8.5, font)
        q.para(15, 284, 180, legal, 6.3, font, (110, 110, 110))
        pages.append(q)
    return pages


def _items(b, rng) -> list[tuple[str, float]]:
    a = b["amount"]
    if b["service"] in ("electricity", "gas", "energy"):
        ab = round(a * 0.28, 2)
        taxes = round(a * 0.17, 2)
        kwh = rng.randint(120, 420)
        return [
            ("Abonnement", ab),
            (f"Consommation ({kwh} kWh)", round(a - ab - taxes, 2)),
            ("Taxes et contributions (accise, CTA, TVA)", taxes),
        ]
    if b["service"] == "water":
        return [
            ("Distribution de l'eau potable", round(a * 0.45, 2)),
            ("Collecte et traitement des eaux usées", round(a * 0.4, 2)),
            ("Organismes publics", round(a - round(a * 0.45, 2) - round(a * 0.4, 2), 2)),
        ]
    opt = round(rng.choice([0.0, 0.0, 2.99, 5.0]), 2)
    return [(b.get("offer", "Forfait"), round(a - opt, 2))] + ([("Options", opt)] if opt else [])


def attestation_contrat_pages(b: dict, seed: int) -> list[Page]:
    """Energy/water 'attestation de titulaire de contrat' (no amount, no period)."""
    rng = random.Random(seed)
    prov = b["provider"]
    name, col, acc, legal, word = PROV[prov]
    font = rng.choice(["sans", "roboto", "opensans"])
    p = Page()
    _logo(p, 18, 25, prov, 18)
    p.text(192, 22, f"{b['city_issue']}, le {dwords(b['issue_date'], 'fr')}", 9, font, anchor="r")
    p.text(110, 50, b["holder"], 10, font + "-b")
    p.text(110, 55, b["street"], 10, font)
    p.text(110, 60, b["city"], 10, font)
    p.text(
        105,
        85,
        rng.choice(
            [
                "ATTESTATION DE CONTRAT",
                "Attestation de titulaire de contrat",
                "ATTESTATION DE FOURNITURE D'ÉNERGIE",
            ]
        ),
        14,
        font + "-b",
        col,
        "c",
    )
    p.para(
        22,
        105,
        166,
        f"{name} atteste que {b['holder']} est titulaire d'un contrat de fourniture "
        f"d'{word} pour le logement situé {b['street']}, {b['city']}, depuis le "
        f"{dnum(b['since'])}.",
        10.5,
        font,
    )
    p.para(
        22,
        130,
        166,
        f"Référence client : {b['client']}\nPoint de livraison : {b.get('pdl', '')}\n"
        "Cette attestation est délivrée pour servir et valoir ce que de droit.",
        10,
        font,
        lead=1.5,
    )
    p.text(120, 175, "Le service client", 10, font)
    p.para(15, 284, 180, legal, 6.3, font, (110, 110, 110))
    return [p]


# ---------------------------------------------------------------- in-app screens

SCREEN = (117.0, 253.2)


def _status_bar(p: Page, dark=False, t="09:41"):
    c = (255, 255, 255) if dark else (0, 0, 0)
    p.text(10, 6.5, t, 5.2, "roboto-m", c)
    p.text(107, 6.5, "4G  87%", 4.6, "roboto-m", c, "r")


def bill_screen_pages(b: dict, seed: int) -> list[Page]:
    """A telecom bill seen in the operator's app (espace client)."""
    rng = random.Random(seed)
    prov = b["provider"]
    name, col = PROV[prov][0], PROV[prov][1]
    p = Page(*SCREEN, bg=(244, 244, 246))
    p.fs = 2.4
    p.rect(
        0, 0, SCREEN[0], 24, stroke=None, fill=col if prov != "La Poste Mobile" else (255, 200, 0)
    )
    _status_bar(p, dark=prov != "La Poste Mobile", t=f"{rng.randint(8, 22)}:{rng.randint(10, 59)}")
    tc = (255, 255, 255) if prov != "La Poste Mobile" else (0, 40, 100)
    p.text(8, 19, "<", 8, "roboto", tc)
    p.text(
        SCREEN[0] / 2,
        19,
        rng.choice(["Mes factures", "Facture", "Détail de la facture"]),
        6.5,
        "roboto-m",
        tc,
        "c",
    )
    y = 34
    p.rect(5, y - 5, 107, 36, stroke=None, fill=(255, 255, 255))
    p.text(10, y + 2, name, 5.5, "roboto-b", col)
    p.text(10, y + 9, f"Facture du {dnum(b['issue_date'])}", 5, "roboto")
    amt = f"{b['amount']:.2f}".replace(".", ",") + " €"
    p.text(10, y + 20, amt, 10, "roboto-b")
    p.text(
        10,
        y + 27,
        rng.choice(["Payée", "Prélevée le " + dnum(b.get("debit", b["issue_date"]))]),
        4.5,
        "roboto",
        (0, 140, 60),
    )
    y += 42
    p.rect(5, y - 5, 107, 80, stroke=None, fill=(255, 255, 255))
    rows = [
        ("Titulaire", b["holder"]),
        ("Adresse", b["street"]),
        ("", b["city"]),
        ("Période", f"du {dnum(b['period_start'])} au {dnum(b['period_end'])}"),
        ("Offre", b.get("offer", SERVICE_FR[b["service"]])),
        ("N° de facture", b["ref"]),
        ("Compte client", b["client"]),
    ]
    for lab, val in rows:
        if lab:
            p.text(10, y + 1, lab, 4.2, "roboto", (120, 120, 120))
            y += 5
        p.text(10, y + 1, val, 5, "roboto-m")
        y += 7
    y += 10
    p.rect(10, y, 97, 12, stroke=None, fill=col)
    p.text(
        SCREEN[0] / 2, y + 7.8, "Télécharger la facture (PDF)", 5, "roboto-m", (255, 255, 255), "c"
    )
    p.rect(0, SCREEN[1] - 18, SCREEN[0], 18, stroke=None, fill=(255, 255, 255))
    for i, t in enumerate(["Accueil", "Conso", "Factures", "Assistance"]):
        p.text(
            15 + i * 29,
            SCREEN[1] - 7,
            t,
            3.8,
            "roboto",
            col if t == "Factures" else (120, 120, 120),
            "c",
        )
    return [p]
