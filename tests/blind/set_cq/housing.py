"""Residence proofs: Free and Bouygues Telecom bills, leases (loi du 6 juillet 1989),
a handwritten attestation d'hébergement."""

from __future__ import annotations

import random

from canvas import Page, text_width

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr_long(d) -> str:
    return f"{d.day:02d} {MOIS[d.month - 1].capitalize()} {d.year}"


def eur(v: float) -> str:
    return f"{v:.2f}".replace(".", ",")


def free_bill(b: dict) -> list[Page]:
    """Freebox bill, after the layout of the public Free specimen (2 pages)."""
    p = Page()
    red = (205, 30, 40)
    p.text(20, 22, "free", "sans-b", 30, red)
    p.text(20, 34, "Free Service Abonné", "sans", 8.5)
    p.text(20, 38, "75371 Paris Cedex 08", "sans", 8.5)
    y = 50
    for ln in [b["holder"], *b["addr"]]:
        p.text(118, y, ln, "sans", 10)
        y += 4.6
    p.text(20, 74, "Adresse email de contact", "sans", 7.5, (90, 90, 90))
    p.text(20, 78.5, b["email"], "sans", 9)
    p.text(110, 74, "Nom de l'abonné", "sans", 7.5, (90, 90, 90))
    p.text(110, 78.5, b["holder"], "sans", 9)
    p.text(20, 86, "Numéro de ligne", "sans", 7.5, (90, 90, 90))
    p.text(20, 90.5, b["line_no"], "sans", 9)
    p.text(60, 86, "Id.client", "sans", 7.5, (90, 90, 90))
    p.text(60, 90.5, b["client_id"], "sans", 9)
    p.text(110, 86, "Adresse de l'installation", "sans", 7.5, (90, 90, 90))
    p.text(110, 90.5, b["addr"][0], "sans", 9)
    p.text(110, 95, b["addr"][1], "sans", 9)
    p.rect(20, 103, 170, 16, stroke=None, fill=(238, 238, 238))
    p.text(24, 110, f"Facture n°{b['number']} du {fr_long(b['issued'])}", "sans-b", 11)
    p.text(24, 116, f"Date limite de paiement le {fr_long(b['due'])}", "sans", 9)
    p.text(186, 116, f"{b['amount']:.2f} € TTC", "sans-b", 11, anchor="r")
    ht = round(b["amount"] / 1.2, 2)
    tva = round(b["amount"] - ht, 2)
    y = 130
    p.text(110, y, "Montant EUR HT", "sans", 7.5)
    p.text(138, y, "Montant TVA", "sans", 7.5)
    p.text(186, y, "Montant EUR TTC", "sans", 7.5, anchor="r")
    rows = [
        ("Abonnements, forfaits et options", ht, tva, b["amount"]),
        ("Communications", 0, 0, 0),
        ("Services ponctuels ou occasionnels", 0, 0, 0),
    ]
    for lab, a1, a2, a3 in rows:
        y += 6.5
        p.text(22, y, lab, "sans", 9)
        p.text(125, y, f"{a1:.2f}", "sans", 9, anchor="r")
        p.text(152, y, f"{a2:.2f}", "sans", 9, anchor="r")
        p.text(186, y, f"{a3:.2f}", "sans", 9, anchor="r")
    y += 3
    p.line(20, y, 190, y, 0.5)
    y += 6
    p.text(22, y, "Total facture", "sans-b", 9)
    p.text(125, y, f"{ht:.2f}", "sans-b", 9, anchor="r")
    p.text(152, y, f"{tva:.2f}", "sans-b", 9, anchor="r")
    p.text(186, y, f"{b['amount']:.2f}", "sans-b", 9, anchor="r")
    y += 12
    p.text(22, y, "Somme à payer", "sans-b", 11)
    p.text(186, y, f"{b['amount']:.2f} € TTC", "sans-b", 11, anchor="r")
    y += 14
    p.text(22, y, "Avis de prélèvement automatique", "sans-b", 9.5)
    p.text(
        22,
        y + 6,
        f"Montant du prélèvement : {b['amount']:.2f} €     Prélèvement à partir du "
        f": {fr_long(b['due'])}",
        "sans",
        8.5,
    )
    p.text(
        22,
        y + 11,
        "La somme à payer sera prélevée sur le compte désigné ci-dessous : "
        "IBAN : FR76 **************************",
        "sans",
        8.5,
    )
    p.wrap(
        20,
        262,
        170,
        "Service Clients : 32 44. Courrier : Free Service Abonné 75371 Paris "
        'Cedex 08. Internet : Espace Abonné, rubrique "Mon abonnement".',
        "sans",
        7.5,
    )
    p.text(
        105,
        282,
        "Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS Paris - Siège "
        "social : 8 rue de la Ville l'Évêque 75008 Paris",
        "sans",
        6.5,
        anchor="c",
    )
    q = Page()
    q.text(20, 20, f"Facture n°{b['number']} du {fr_long(b['issued'])}", "sans-b", 10)
    q.text(190, 20, "Page 2 / 2", "sans", 8.5, anchor="r")
    q.text(20, 34, "Détail de votre consommation", "sans-b", 11)
    q.text(20, 44, "Abonnements, forfaits et options", "sans-b", 9.5)
    q.text(186, 44, f"{b['amount']:.2f} € TTC", "sans-b", 9.5, anchor="r")
    q.line(20, 47, 190, 47, 0.4)
    last = b["period_end"].day
    q.text(
        22,
        54,
        f"Freebox Pop du 1er au {last} {MOIS[b['period_start'].month - 1].capitalize()}"
        f" {b['period_start'].year}",
        "sans",
        9,
    )
    q.text(186, 54, f"{b['amount']:.2f}", "sans", 9, anchor="r")
    q.line(20, 58, 190, 58, 0.4)
    q.text(22, 64, "Total facture", "sans-b", 9)
    q.text(186, 64, f"{b['amount']:.2f}", "sans-b", 9, anchor="r")
    return [p, q]


def bouygues_bill(b: dict) -> Page:
    """Bbox bill (Bouygues Telecom), one page."""
    p = Page()
    blue = (0, 64, 150)
    p.rect(0, 0, 210, 30, stroke=None, fill=blue)
    p.text(18, 19, "BOUYGUES", "roboto-b", 17, (255, 255, 255))
    p.text(18, 25, "TELECOM", "roboto", 9, (255, 255, 255))
    p.text(192, 17, "Votre facture", "roboto-m", 13, (255, 255, 255), "r")
    p.text(
        192,
        24,
        f"{MOIS[b['period_start'].month - 1]} {b['period_start'].year}",
        "roboto",
        10,
        (255, 255, 255),
        "r",
    )
    y = 46
    for ln in [b["holder"], *b["addr"]]:
        p.text(115, y, ln, "roboto", 10)
        y += 5
    p.text(18, 46, "Compte client n°", "roboto", 8, (100, 100, 100))
    p.text(18, 51, b["client_id"], "roboto-m", 9.5)
    p.text(18, 59, "Facture n°", "roboto", 8, (100, 100, 100))
    p.text(18, 64, b["number"], "roboto-m", 9.5)
    p.text(18, 72, "Date de facture", "roboto", 8, (100, 100, 100))
    p.text(18, 77, b["issued"].strftime("%d/%m/%Y"), "roboto-m", 9.5)
    p.rect(18, 88, 174, 24, stroke=None, fill=(232, 240, 250))
    p.text(24, 97, "Montant à payer", "roboto-m", 11, blue)
    p.text(24, 104, f"Prélevé à partir du {b['due'].strftime('%d/%m/%Y')}", "roboto", 8.5)
    p.text(186, 102, f"{eur(b['amount'])} €", "roboto-b", 18, blue, "r")
    p.text(18, 126, "Détail de votre facture", "roboto-b", 11)
    ps, pe = b["period_start"].strftime("%d/%m/%Y"), b["period_end"].strftime("%d/%m/%Y")
    p.text(18, 134, f"Période de facturation : du {ps} au {pe}", "roboto", 9)
    rows = [
        (f"Bbox fit — ligne fixe {b['line']}", b["amount"] - 3.0),
        ("Option Bbox TV", 3.0),
        ("Communications hors forfait", 0.0),
    ]
    y = 146
    p.text(18, y, "Libellé", "roboto-m", 8.5, (100, 100, 100))
    p.text(192, y, "Montant TTC", "roboto-m", 8.5, (100, 100, 100), "r")
    for lab, a in rows:
        y += 3
        p.line(18, y, 192, y, 0.3, (200, 200, 200))
        y += 5.5
        p.text(18, y, lab, "roboto", 9)
        p.text(192, y, f"{eur(a)} €", "roboto", 9, anchor="r")
    y += 3
    p.line(18, y, 192, y, 0.6, blue)
    y += 6
    p.text(18, y, "Total TTC (dont TVA 20 %)", "roboto-b", 9.5)
    p.text(192, y, f"{eur(b['amount'])} €", "roboto-b", 9.5, anchor="r")
    p.text(18, 186, "Adresse d'installation", "roboto-m", 8.5, (100, 100, 100))
    p.text(18, 191, ", ".join(b["addr"]), "roboto", 9)
    p.wrap(
        18,
        268,
        174,
        "Bouygues Telecom — SA au capital de 712 588 399,56 € — 397 480 930 "
        "RCS Paris — 37-39 rue Boissière 75116 Paris. Service client : 1064.",
        "roboto",
        7,
        color=(110, 110, 110),
    )
    return p


def lease_pages(L: dict, rng: random.Random) -> list[Page]:
    """Contrat de location (loi n° 89-462 du 6 juillet 1989), condensed to 3 pages."""
    F, B = L.get("fonts", ("serif", "serif-b"))
    pages = []
    p = Page()
    meuble = L.get("furnished")
    p.text(105, 22, "CONTRAT DE LOCATION", B, 15, anchor="c")
    sub = (
        "LOGEMENT MEUBLÉ — Titre Ier bis de la loi n° 89-462 du 6 juillet 1989"
        if meuble
        else "LOCAUX VIDES À USAGE D'HABITATION — Titre Ier de la loi n° 89-462 du 6 juillet 1989"
    )
    p.text(105, 29, sub, F, 9, anchor="c")
    y = 44

    def h(t):
        nonlocal y
        p.rect(20, y - 5, 170, 7, stroke=None, fill=(225, 225, 225))
        p.text(22, y, t, B, 10)
        y += 9

    h("I. DÉSIGNATION DES PARTIES")
    p.text(22, y, "Le bailleur :", B, 10)
    y = p.wrap(50, y, 138, L["landlord_text"], F, 10)
    y += 2
    p.text(22, y, "Le(s) locataire(s) :", B, 10)
    y = p.wrap(58, y, 130, L["tenants_text"], F, 10)
    y += 4
    h("II. OBJET DU CONTRAT")
    y = p.wrap(22, y, 166, "Localisation du logement : " + L["address"], F, 10)
    y = p.wrap(22, y, 166, L["description"], F, 10)
    y += 4
    h("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    p.text(22, y, "A. Date de prise d'effet du contrat :", F, 10)
    p.text(90, y, L["start"].strftime("%d/%m/%Y"), B, 10)
    y += 6
    y = p.wrap(22, y, 166, "B. Durée du contrat : " + L["duration"], F, 10)
    y += 4
    h("IV. CONDITIONS FINANCIÈRES")
    y = p.wrap(
        22,
        y,
        166,
        f"Loyer mensuel hors charges : {eur(L['rent'])} euros. Provision sur "
        f"charges : {eur(L['charges'])} euros, régularisation annuelle. Le loyer est "
        "payable mensuellement et d'avance, le 1er de chaque mois.",
        F,
        10,
    )
    y = p.wrap(
        22,
        y + 2,
        166,
        "Le loyer est révisé chaque année à la date anniversaire du "
        "contrat en fonction de l'indice de référence des loyers (IRL) publié par "
        "l'INSEE.",
        F,
        10,
    )
    p.text(105, 285, "Page 1 / 3", F, 8, anchor="c")
    p.text(22, 285, "Paraphes : ______", F, 8)
    pages.append(p)
    q = Page()
    y = 24
    q.rect(20, y - 5, 170, 7, stroke=None, fill=(225, 225, 225))
    q.text(22, y, "V. GARANTIES", B, 10)
    y = q.wrap(
        22,
        y + 9,
        166,
        f"Dépôt de garantie : {eur(L['deposit'])} euros, restitué dans "
        "un délai maximal d'un mois à compter de la remise des clés lorsque l'état des "
        "lieux de sortie est conforme à l'état des lieux d'entrée.",
        F,
        10,
    )
    y += 5
    q.rect(20, y - 5, 170, 7, stroke=None, fill=(225, 225, 225))
    q.text(22, y, "VI. CLAUSE RÉSOLUTOIRE", B, 10)
    y = q.wrap(
        22,
        y + 9,
        166,
        "Le présent contrat sera résilié de plein droit deux mois après "
        "un commandement de payer demeuré infructueux, à défaut de paiement du loyer, "
        "des charges ou du dépôt de garantie, ou à défaut d'assurance contre les risques "
        "locatifs.",
        F,
        10,
    )
    y += 5
    q.rect(20, y - 5, 170, 7, stroke=None, fill=(225, 225, 225))
    q.text(22, y, "VII. ANNEXES", B, 10)
    for ln in (
        "Dossier de diagnostic technique (DPE, CREP, ERP)",
        "État des lieux d'entrée",
        "Notice d'information relative aux droits et obligations des locataires et des bailleurs",
        "Inventaire et état détaillé du mobilier"
        if meuble
        else "Extrait du règlement de copropriété",
    ):
        y += 6.5
        q.text(26, y, "– " + ln, F, 10)
    q.text(105, 285, "Page 2 / 3", F, 8, anchor="c")
    pages.append(q)
    s = Page()
    y = 24
    s.rect(20, y - 5, 170, 7, stroke=None, fill=(225, 225, 225))
    s.text(22, y, "VIII. SIGNATURES", B, 10)
    s.text(
        22,
        y + 12,
        f"Fait à {L['city']}, le {L['signed'].strftime('%d/%m/%Y')}, en "
        f"{L['copies']} originaux dont un remis à chaque signataire.",
        F,
        10,
    )
    s.text(22, y + 28, "Le bailleur (ou son mandataire)", B, 10)
    s.text(115, y + 28, "Le(s) locataire(s)", B, 10)
    s.text(22, y + 33, "signature précédée de « lu et approuvé »", "serif-i", 8.5)
    s.text(115, y + 33, "signature précédée de « lu et approuvé »", "serif-i", 8.5)
    s.hand(24, y + 44, "Lu et approuvé", rng, "hand2", 12)
    s.signature(24, y + 47, 55, 18, rng, (20, 30, 110), L["landlord"])
    yy = y + 44
    for t in L["tenants"]:
        s.hand(117, yy, "Lu et approuvé", rng, "hand1", 12, (20, 20, 30))
        s.signature(117, yy + 3, 55, 16, rng, (15, 15, 40), t)
        yy += 32
    if L.get("agency_stamp"):
        s.stamp_rect(24, y + 75, L["agency_stamp"], rng, (30, 80, 140), 0.8, "sans-b", 7)
    s.text(105, 285, "Page 3 / 3", F, 8, anchor="c")
    pages.append(s)
    return pages


def attestation_hand(a: dict, rng: random.Random) -> Page:
    """Attestation d'hébergement written by hand on plain paper (paragraphs wrapped)."""
    p = Page()
    font = a.get("font", "hand2")
    col = (25, 35, 120)
    size = 13.5
    p.hand(58, 30, "Attestation d'hébergement", rng, font, 17, col)
    y = 50
    for para in a["paragraphs"]:
        line = ""
        for word in para.split():
            cand = (line + " " + word).strip()
            if text_width(cand, font, size) * 1.06 > 160 and line:
                p.hand(22 + rng.uniform(-1, 1), y, line, rng, font, size, col)
                y += 9.5
                line = word
            else:
                line = cand
        if line:
            p.hand(22 + rng.uniform(-1, 1), y, line, rng, font, size, col)
            y += 9.5
        y += 5
    y += 6
    p.hand(105, y, a["place_date"], rng, font, size, col)
    p.signature(108, y + 4, 60, 22, rng, col, a["host"])
    return p
