"""Leases (loi 1989 vide, meublé, bail mobilité), rent receipts and attestations d'hébergement
(typed or handwritten)."""

from __future__ import annotations

import random

from civil import dnum
from render import Page, signature_image

# ---------------------------------------------------------------- leases and receipts

LEASE_KIND = {
    "vide": (
        "CONTRAT DE LOCATION",
        "Logement vide - soumis au titre Ier de la loi n° 89-462 du 6 juillet "
        "1989 tendant à améliorer les rapports locatifs",
        "3 ans",
    ),
    "meuble": (
        "CONTRAT DE LOCATION MEUBLÉE",
        "Logement meublé - soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989",
        "1 an",
    ),
    "mobilite": (
        "BAIL MOBILITÉ",
        "Titre Ier ter de la loi n° 89-462 du 6 juillet 1989 (articles 25-12 "
        "à 25-18), issu de la loi ELAN du 23 novembre 2018",
        "10 mois",
    ),
}


def lease_pages(le: dict, seed: int, hand_signed=True) -> list[Page]:
    """le: kind, landlord, landlord_addr, tenants (list), street, city, start, rent, charges,
    surface, rooms, signed_on, place."""
    rng = random.Random(seed)
    title, sub, dur = LEASE_KIND[le["kind"]]
    font = rng.choice(["serif", "sans", "carlito", "caladea", "opensans"])
    fb = font + "-b"
    pages = []
    p = Page()
    p.text(105, 22, title, 15, fb, anchor="c")
    p.para(30, 30, 150, sub, 8.5, font)
    y = 48
    sec = rng.choice(["num", "roman"])

    def head(i, t):
        nonlocal y
        lab = (
            f"{['I', 'II', 'III', 'IV', 'V', 'VI'][i]}. {t}"
            if sec == "roman"
            else f"Article {i + 1} - {t}"
        )
        p.rect(18, y - 5, 174, 7.5, stroke=None, fill=(230, 233, 238))
        p.text(20, y, lab.upper(), 9.5, fb)
        y += 9

    head(0, "Désignation des parties")
    p.text(20, y, "Le présent contrat est conclu entre les soussignés :", 9, font)
    y += 6
    p.text(24, y, "Le bailleur :", 9, fb)
    p.text(60, y, le["landlord"], 9.5, font)
    y += 5
    p.text(60, y, le["landlord_addr"], 9, font)
    y += 5
    p.text(
        24,
        y,
        "désigné ci-après « le bailleur »",
        8.5,
        font + "-i" if font in ("serif", "sans") else font,
    )
    y += 8
    p.text(24, y, "Le(s) locataire(s) :", 9, fb)
    for t in le["tenants"]:
        p.text(60, y, t, 9.5, font)
        y += 5
    p.text(24, y, "désigné(s) ci-après « le locataire »", 8.5, font)
    y += 10
    head(1, "Objet du contrat")
    y = p.para(
        20,
        y,
        170,
        f"Le présent contrat a pour objet la location d'un logement ainsi déterminé : "
        f"appartement de {le['rooms']} pièce(s) principale(s), d'une surface habitable de "
        f"{le['surface']} m², situé {le['street']}, {le['city']}. "
        f"Régime juridique de l'immeuble : copropriété. Destination des locaux : usage "
        f"d'habitation{' exclusivement' if le['kind'] == 'vide' else ''}.",
        9,
        font,
    )
    y += 6
    head(2, "Date de prise d'effet et durée du contrat")
    y = p.para(
        20,
        y,
        170,
        f"Date de prise d'effet du contrat : {dnum(le['start'])}. Durée du contrat : "
        f"{dur}."
        + (
            " Le bail mobilité ne peut être renouvelé."
            if le["kind"] == "mobilite"
            else " À défaut de congé, le contrat est reconduit tacitement."
        ),
        9,
        font,
    )
    y += 6
    head(3, "Conditions financières")
    r, c = le["rent"], le["charges"]
    y = p.para(
        20,
        y,
        170,
        f"Montant du loyer mensuel : {r:.2f} € hors charges. Provision sur charges : "
        f"{c:.2f} € par mois, avec régularisation annuelle. Le loyer est payable mensuellement et "
        f"d'avance, le 1er de chaque mois. Dépôt de garantie : "
        f"{(r if le['kind'] == 'vide' else 2 * r) if le['kind'] != 'mobilite' else 0:.2f} €.",
        9,
        font,
    )
    p.text(105, 288, "Page 1/2", 7.5, font, (120, 120, 120), "c")
    pages.append(p)
    q = Page()
    y = 22
    q.text(
        20,
        y,
        "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE"
        if sec == "roman"
        else "Articles 5 à 9",
        9.5,
        fb,
    )
    y = q.para(
        20,
        y + 8,
        170,
        "Le locataire est tenu de payer le loyer et les charges aux termes convenus, "
        "d'user paisiblement des locaux, de répondre des dégradations, de s'assurer contre les "
        "risques locatifs et d'en justifier lors de la remise des clés puis chaque année. Le "
        "présent contrat sera résilié de plein droit en cas de défaut de paiement du loyer ou des "
        "charges, deux mois après un commandement de payer demeuré infructueux.",
        9,
        font,
    )
    y += 8
    q.para(
        20,
        y,
        170,
        "Annexes : état des lieux d'entrée, dossier de diagnostic technique, notice "
        "d'information, "
        + ("inventaire du mobilier, " if le["kind"] != "vide" else "")
        + "règlement de copropriété (extraits).",
        9,
        font,
    )
    y += 24
    q.text(
        20,
        y,
        f"Fait à {le['place']}, le {dnum(le['signed_on'])}, en {len(le['tenants']) + 1} originaux.",
        9.5,
        font,
    )
    y += 12
    q.text(25, y, "Le bailleur", 9.5, fb)
    q.text(120, y, "Le(s) locataire(s)", 9.5, fb)
    q.text(25, y + 5, "« Lu et approuvé »", 8, font)
    q.text(120, y + 5, "« Lu et approuvé »", 8, font)
    if hand_signed:
        q.img(22, y + 8, 50, 17, signature_image(le["landlord"], seed + 1))
        for i, t in enumerate(le["tenants"]):
            q.img(118 + i * 30, y + 8 + i * 6, 45, 15, signature_image(t, seed + 2 + i))
    q.text(105, 288, "Page 2/2", 7.5, font, (120, 120, 120), "c")
    pages.append(q)
    return pages


def quittance_pages(qd: dict, seed: int) -> list[Page]:
    """Quittance de loyer (a receipt for one month's rent; not a lease)."""
    rng = random.Random(seed)
    font = rng.choice(["sans", "serif", "carlito"])
    p = Page()
    p.text(105, 30, f"QUITTANCE DE LOYER - {qd['month_text'].upper()}", 14, font + "-b", anchor="c")
    p.text(20, 50, qd["landlord"], 10, font)
    p.text(20, 55, qd["landlord_addr"], 10, font)
    p.text(120, 70, qd["tenant"], 10, font + "-b")
    p.text(120, 75, qd["street"], 10, font)
    p.text(120, 80, qd["city"], 10, font)
    tot = qd["rent"] + qd["charges"]
    p.para(
        20,
        100,
        170,
        f"Je soussigné(e) {qd['landlord']}, propriétaire du logement désigné ci-dessus, "
        f"déclare avoir reçu de {qd['tenant']} la somme de {tot:.2f} euros au titre du paiement du loyer "
        f"et des charges pour la période de location du {dnum(qd['from'])} au {dnum(qd['to'])} et lui en "
        "donne quittance, sous réserve de tous mes droits.",
        10,
        font,
    )
    p.text(30, 135, f"Loyer : {qd['rent']:.2f} €", 10, font)
    p.text(30, 141, f"Provision pour charges : {qd['charges']:.2f} €", 10, font)
    p.text(30, 147, f"Total : {tot:.2f} €", 10, font + "-b")
    p.text(120, 165, f"Fait à {qd['place']}, le {dnum(qd['date'])}", 10, font)
    p.img(120, 170, 45, 15, signature_image(qd["landlord"], seed))
    return [p]


# ---------------------------------------------------------------- attestation d'hébergement


def hosting_typed_pages(h: dict, seed: int, signed=True) -> list[Page]:
    rng = random.Random(seed)
    font = rng.choice(["sans", "serif", "carlito", "caladea", "opensans", "lato"])
    p = Page()
    p.text(20, 25, h["host"], 10, font)
    p.text(20, 30, h["street"], 10, font)
    p.text(20, 35, h["city"], 10, font)
    p.text(
        105,
        60,
        rng.choice(
            [
                "ATTESTATION D'HÉBERGEMENT",
                "Attestation d'hébergement",
                "ATTESTATION SUR L'HONNEUR D'HÉBERGEMENT",
            ]
        ),
        14,
        font + "-b",
        anchor="c",
    )
    y = p.para(
        22,
        80,
        166,
        f"Je soussigné(e) {h['host']}, né(e) le {dnum(h['host_dob'])} à "
        f"{h['host_pob']}, demeurant {h['street']}, {h['city']}, atteste sur l'honneur héberger "
        f"à mon domicile {h['hosted_civ']} {h['hosted']}, né(e) le {dnum(h['hosted_dob'])} à "
        f"{h['hosted_pob']}, depuis le {dnum(h['since'])}.",
        10.5,
        font,
        lead=1.5,
    )
    y += 6
    y = p.para(
        22,
        y,
        166,
        h.get(
            "extra",
            "Je joins à la présente une copie de ma pièce d'identité et un "
            "justificatif de domicile à mon nom.",
        ),
        10.5,
        font,
        lead=1.5,
    )
    y += 6
    y = p.para(22, y, 166, "Fait pour servir et valoir ce que de droit.", 10.5, font)
    y += 14
    p.text(110, y, f"Fait à {h['place']}, le {dnum(h['signed_on'])}", 10.5, font)
    p.text(110, y + 8, "Signature", 10, font)
    if signed:
        p.img(108, y + 10, 55, 18, signature_image(h["host"], seed + 1))
    p.para(
        20,
        270,
        170,
        "Article 441-7 du code pénal : est puni d'un an d'emprisonnement et de 15 000 € "
        "d'amende le fait d'établir une attestation faisant état de faits matériellement inexacts.",
        7,
        font,
        (100, 100, 100),
    )
    return [p]


def hosting_hand_pages(h: dict, seed: int, signed=True) -> list[Page]:
    """Handwritten on lined or plain paper, solid pen strokes."""
    rng = random.Random(seed)
    hf = rng.choice(["dkg", "breip", "ecolier", "dkgbd"])
    ink = rng.choice([(20, 30, 110), (15, 15, 25), (30, 40, 140)])
    lined = rng.random() < 0.6
    p = Page(bg=(252, 252, 248))
    if lined:
        for i in range(30):
            p.line(10, 30 + i * 8.5, 200, 30 + i * 8.5, (170, 200, 230), 0.2)
        p.line(30, 0, 30, 297, (230, 150, 150), 0.3)
    sz = rng.uniform(12.5, 14.5)
    k = [0]

    def w(x, y, s):
        k[0] += 1
        p.hand(x, y, s, sz, hf, ink, seed * 100 + k[0])

    lines = [
        (35, 29.5, h["host"]),
        (35, 38, h["street"]),
        (35, 46.5, h["city"]),
        (70, 72, "Attestation d'hébergement"),
        (40, 89, f"Je soussigné {h['host']},"),
        (35, 97.5, f"né le {dnum(h['host_dob'])} à {h['host_pob']},"),
        (35, 106, f"demeurant {h['street']}, {h['city']},"),
        (35, 114.5, "atteste sur l'honneur héberger à mon domicile"),
        (35, 123, f"{h['hosted']}, né(e) le {dnum(h['hosted_dob'])}"),
        (35, 131.5, f"à {h['hosted_pob']}, depuis le {dnum(h['since'])}."),
        (35, 148.5, "Fait pour servir et valoir ce que de droit."),
        (105, 174, f"Fait à {h['place']}, le {dnum(h['signed_on'])}"),
    ]
    for x, y, s in lines:
        w(x + rng.uniform(-1, 1), y, s)
    if signed:
        p.img(112, 178, 60, 20, signature_image(h["host"], seed + 1, ink))
    return [p]
