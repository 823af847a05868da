"""Proof of residence: utility bills, energy attestation, leases, hosting
attestations, rent receipts."""

from __future__ import annotations

import datetime as dt
import math

from art import barcode_like, datamatrix_like
from core import (
    BLACK,
    INK_BLACK,
    INK_BLUE,
    WHITE,
    Page,
    fr,
    fr_words,
    money,
    month_end,
    rng,
    seed_of,
    text_width_mm,
)
from model import Doc

GREY = (95, 95, 95)


# --------------------------------------------------------------------------
# logos (vector, so they also exist in text PDFs)
# --------------------------------------------------------------------------
def logo(pg, brand, x, y, s=1.0):
    if brand == "EDF":
        pg.text(x, y + 9 * s, "edf", "sans-b", 26 * s, (16, 54, 123))
        for i in range(7):
            a = math.radians(-80 + i * 27)
            cx, cy = x + 25 * s, y + 2.5 * s
            pg.line(
                cx, cy, cx + 5 * s * math.cos(a), cy + 5 * s * math.sin(a), (255, 122, 0), 0.9 * s
            )
    elif brand == "ENGIE":
        pg.text(x, y + 8 * s, "ENGIE", "lato-b", 22 * s, (0, 170, 255))
        pg.line(x, y + 10.5 * s, x + 30 * s, y + 9 * s, (0, 170, 255), 1.4 * s)
    elif brand == "TotalEnergies":
        pg.ellipse(x + 6 * s, y + 5 * s, 5 * s, 5 * s, None, (237, 0, 0))
        pg.ellipse(x + 6 * s, y + 5 * s, 3 * s, 3 * s, None, (255, 200, 0))
        pg.text(x + 13 * s, y + 7 * s, "TotalEnergies", "roboto-b", 13 * s, (0, 90, 170))
    elif brand == "Free":
        pg.text(x, y + 9 * s, "free", "sans-b", 26 * s, (205, 30, 37))
    elif brand == "SFR":
        pg.rect(x, y, 16 * s, 16 * s, None, (226, 0, 26))
        pg.text(x + 8 * s, y + 11 * s, "SFR", "sans-b", 12 * s, WHITE, "c")
    elif brand == "Orange":
        pg.rect(x, y, 15 * s, 15 * s, None, (255, 121, 0))
        pg.text(x + 1.5 * s, y + 13 * s, "orange", "sans-b", 6 * s, WHITE)
        pg.rect(x + 1.5 * s, y + 14 * s - 1, 10 * s, 0.6 * s, None, WHITE)
    elif brand == "Bouygues Telecom":
        pg.ellipse(x + 6 * s, y + 6 * s, 6 * s, 6 * s, None, (0, 150, 220))
        pg.text(x + 14 * s, y + 5 * s, "BOUYGUES", "sans-b", 10 * s, (0, 60, 120))
        pg.text(x + 14 * s, y + 10 * s, "TELECOM", "sans", 9 * s, (0, 60, 120))
    elif brand == "Veolia":
        pg.poly([(x, y + 12 * s), (x + 6 * s, y), (x + 12 * s, y + 12 * s)], fill=(228, 0, 43))
        pg.text(x + 15 * s, y + 10 * s, "VEOLIA", "sans-b", 15 * s, (228, 0, 43))
        pg.text(x + 15 * s, y + 14 * s, "EAU", "sans", 7 * s, GREY)
    elif brand == "Eau de Paris":
        pg.ellipse(x + 6 * s, y + 6 * s, 6 * s, 6 * s, None, (0, 120, 200))
        pg.text(x + 15 * s, y + 9 * s, "Eau de Paris", "open-b", 15 * s, (0, 90, 170))
    else:
        pg.text(x, y + 8 * s, brand, "sans-b", 16 * s, (40, 40, 40))


BRANDS = {
    "EDF": {
        "color": (16, 54, 123),
        "accent": (255, 122, 0),
        "legal": "EDF SA au capital de 2 084 365 041 € — Siège social : "
        "22-30 avenue de Wagram 75382 Paris cedex 08 — RCS Paris",
        "phone": "09 69 32 15 15",
        "web": "edf.fr",
        "mail": "EDF Service Client — TSA 21941 — 62978 ARRAS CEDEX 9",
        "font": "sans",
    },
    "ENGIE": {
        "color": (0, 120, 200),
        "accent": (0, 170, 255),
        "legal": "ENGIE SA au capital de 2 435 285 011 € — "
        "1 place Samuel de Champlain 92400 Courbevoie — RCS Nanterre",
        "phone": "09 69 324 324",
        "web": "particuliers.engie.fr",
        "mail": "ENGIE — Service Clients — TSA 10050 — 75720 PARIS CEDEX 15",
        "font": "lato",
    },
    "TotalEnergies": {
        "color": (0, 90, 170),
        "accent": (237, 0, 0),
        "legal": "TotalEnergies Électricité et Gaz France — "
        "SA au capital de 40 000 000 € — 2 bis rue Louis Armand 75015 Paris",
        "phone": "09 70 80 69 69",
        "web": "totalenergies.fr",
        "mail": "TotalEnergies — TSA 21519 — 75901 PARIS CEDEX 15",
        "font": "roboto",
    },
    "Free": {
        "color": (60, 60, 60),
        "accent": (205, 30, 37),
        "legal": "Free SAS au capital de 3 441 812 € — 8 rue de la "
        "Ville l'Évêque 75008 Paris — RCS Paris",
        "phone": "3244",
        "web": "free.fr/assistance",
        "mail": "Free — 75371 Paris Cedex 08",
        "font": "lib",
    },
    "SFR": {
        "color": (40, 40, 40),
        "accent": (226, 0, 26),
        "legal": "SFR — SA au capital de 3 423 265 598,40 € — 16 rue "
        "du Général Alain de Boissieu 75015 Paris — RCS Paris",
        "phone": "1023",
        "web": "sfr.fr",
        "mail": "SFR Service Client — TSA 73917 — 62978 ARRAS CEDEX 9",
        "font": "open",
    },
    "Orange": {
        "color": (0, 0, 0),
        "accent": (255, 121, 0),
        "legal": "Orange SA au capital de 10 640 226 396 € — 111 quai "
        "du Président Roosevelt 92130 Issy-les-Moulineaux — RCS Nanterre",
        "phone": "3900",
        "web": "orange.fr",
        "mail": "Orange Service Clients — 33734 BORDEAUX CEDEX 9",
        "font": "sans",
    },
    "Bouygues Telecom": {
        "color": (0, 60, 120),
        "accent": (0, 150, 220),
        "legal": "Bouygues Telecom — SA au capital de "
        "712 588 399,56 € — 37-39 rue Boissière 75116 Paris — RCS Paris",
        "phone": "1064",
        "web": "bouyguestelecom.fr",
        "mail": "Bouygues Telecom — Service Clients — 60436 NOAILLES CEDEX",
        "font": "roboto",
    },
    "Veolia": {
        "color": (228, 0, 43),
        "accent": (0, 90, 160),
        "legal": "Veolia Eau — Compagnie Générale des Eaux — SCA — 21 rue La Boétie 75008 Paris",
        "phone": "09 69 32 34 58",
        "web": "eau.veolia.fr",
        "mail": "Veolia Eau — TSA 30131 — 37911 TOURS CEDEX 9",
        "font": "sans",
    },
    "Eau de Paris": {
        "color": (0, 90, 170),
        "accent": (0, 150, 220),
        "legal": "Eau de Paris — Régie municipale — 19 rue Neuve Tolbiac 75013 Paris",
        "phone": "09 74 50 65 07",
        "web": "eaudeparis.fr",
        "mail": "Eau de Paris — Service Clients — TSA 41107 — 75013 PARIS",
        "font": "open",
    },
}

SERVICE_LABEL = {
    "electricity": "Électricité",
    "gas": "Gaz naturel",
    "energy": "Électricité et gaz",
    "internet": "Internet",
    "mobile": "Forfait mobile",
    "landline": "Téléphone fixe",
    "water": "Eau",
}


def _addr_window(pg, x, y, names, lines, font="sans", size=10):
    for i, ln in enumerate(list(names) + list(lines)):
        pg.text(x, y + i * 5, ln, font + ("-b" if i < len(names) else ""), size)


def utility_bill(
    provider,
    service,
    holder_lines,
    holder_name,
    addr,
    issue,
    pstart,
    pend,
    amount,
    key,
    layout=None,
    pages=1,
    month_only=False,
    ref_seed=None,
):
    """A French utility bill (first page, optionally a detail page).
    holder_lines: names as printed in the address window, e.g. ['M. JOHN SMITH'].
    """
    b = BRANDS[provider]
    r = rng(key, "bill", ref_seed or 0)
    f = b["font"]
    fb = f + "-b"
    col, acc = b["color"], b["accent"]
    client = f"{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
    inv = f"{r.randint(10, 99)}{r.randint(10**7, 10**8 - 1)}"
    layout = layout or (
        "energy"
        if provider in ("EDF", "ENGIE", "TotalEnergies")
        else "water"
        if provider in ("Veolia", "Eau de Paris")
        else "telecom"
    )
    pg = Page(name="bill")
    if month_only:
        period_txt = f"Facture du mois de {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][pstart.month - 1]} {pstart.year}"
    else:
        period_txt = f"Période du {fr(pstart)} au {fr(pend)}"
    if layout == "energy":
        logo(pg, provider, 14, 12, 1.0)
        # left column: contacts and contract
        pg.rect(12, 40, 62, 62, acc, None, 0.6, radius=2)
        pg.text(15, 46, "Vos contacts", fb, 10, acc)
        yy = 52
        for ln in [
            "Par internet",
            b["web"],
            "Espace Client / Appli",
            "Par téléphone",
            b["phone"],
            "(appel non surtaxé)",
            "Par courrier",
            *b["mail"].split(" — "),
        ]:
            bold = ln in ("Par internet", "Par téléphone", "Par courrier")
            pg.text(15, yy, ln, fb if bold else f, 7.5, BLACK if not bold else col)
            yy += 3.9
        pg.rect(12, 106, 62, 72, col, None, 0.6, radius=2)
        pg.text(15, 112, "Vos informations client", fb, 10, col)
        yy = 118
        pdl = "".join(str(r.randint(0, 9)) for _ in range(14))
        info = [
            ("Titulaire du contrat", holder_name),
            ("Lieu de consommation", addr[0]),
            ("", addr[1]),
            ("N° client", client),
            (
                "N° de compte",
                f"4 {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
            ),
            (
                "Offre",
                {
                    "electricity": "Électricité — Option Base 6 kVA",
                    "gas": "Gaz — Tarif B1",
                    "energy": "Électricité + Gaz",
                }[service],
            ),
            ("Point de livraison (PDL)" if service != "gas" else "Point de comptage (PCE)", pdl),
        ]
        for lab, val in info:
            if lab:
                pg.text(15, yy, lab, f, 7, GREY)
                yy += 3.6
            pg.text(15, yy, val, fb, 7.8)
            yy += 4.6
        _addr_window(pg, 110, 45, holder_lines, addr, f, 10)
        pg.text(110, 78, f"Facture du {fr(issue)}", fb, 12, col)
        pg.text(110, 84, f"N° de facture : {inv}", f, 9)
        pg.text(110, 89, period_txt, f, 9)
        pg.rect(80, 96, 118, 30, None, (240, 244, 250))
        pg.text(84, 105, "Montant total TTC", fb, 11, col)
        pg.text(194, 108, f"{money(amount)} €", fb, 20, col, "r")
        pg.text(84, 112, f"à régler avant le {fr(issue + dt.timedelta(days=15))}", f, 8.5)
        pg.text(84, 120, "Mode de paiement : prélèvement automatique", f, 8.5, GREY)
        y = 136
        pg.text(80, y, "Détail de votre facture", fb, 11, col)
        y += 4
        ht = amount / 1.2
        rows = [
            ("Abonnement", money(ht * 0.28)),
            ("Consommation", money(ht * 0.52)),
            ("Taxes et contributions", money(ht * 0.2)),
            ("TVA", money(amount - ht)),
        ]
        for lab, val in rows:
            y += 7
            pg.text(82, y, lab, f, 9)
            pg.text(196, y, f"{val} €", f, 9, BLACK, "r")
            pg.line(80, y + 2, 198, y + 2, (210, 210, 210), 0.2)
        y += 8
        pg.text(82, y, "Total TTC", fb, 10)
        pg.text(196, y, f"{money(amount)} €", fb, 10, BLACK, "r")
        pg.text(
            80,
            y + 12,
            "Vos prochaines étapes : prochaine facture vers le "
            f"{fr(issue + dt.timedelta(days=30))}",
            f,
            8,
            GREY,
        )
        pg.image(14, 190, 24, 24, datamatrix_like(seed_of(key, "dm")))
        pg.text(42, 200, "2D-Doc : ce code certifie votre justificatif de domicile.", f, 7, GREY)
    elif layout == "telecom":
        logo(pg, provider, 14, 12, 1.0)
        pg.text(196, 18, "Votre facture", fb, 18, acc, "r")
        pg.text(196, 25, f"N° {inv}", f, 9, BLACK, "r")
        pg.text(196, 30, f"du {fr(issue)}", f, 9, BLACK, "r")
        _addr_window(pg, 115, 48, holder_lines, addr, f, 10)
        pg.text(14, 48, "Vos références", fb, 9, acc)
        refs = [
            ("Compte client", client.replace(" ", "")),
            ("Titulaire", holder_name),
            (
                "Offre",
                {
                    "internet": f"{'Freebox Pop' if provider == 'Free' else 'Box Fibre'}",
                    "mobile": "Forfait 100 Go 5G",
                    "landline": "Ligne fixe",
                }[service],
            ),
            (
                "Ligne" if service != "internet" else "Identifiant",
                ("06 " if service == "mobile" else "09 ")
                + " ".join(f"{r.randint(10, 99)}" for _ in range(4))
                if service != "internet"
                else f"fbx{r.randint(10**7, 10**8 - 1)}",
            ),
        ]
        yy = 54
        for lab, val in refs:
            pg.text(14, yy, lab, f, 8, GREY)
            pg.text(45, yy, val, fb, 8.5)
            yy += 5
        pg.rect(14, 84, 182, 22, None, (245, 245, 245))
        pg.rect(14, 84, 3, 22, None, acc)
        pg.text(22, 93, "Montant à payer", fb, 12)
        pg.text(
            22,
            100,
            f"Prélevé sur votre compte à partir du {fr(issue + dt.timedelta(days=8))}",
            f,
            8.5,
            GREY,
        )
        pg.text(192, 98, f"{money(amount)} €", fb, 20, BLACK, "r")
        y = 118
        pg.text(14, y, "Récapitulatif", fb, 12, acc)
        y += 2
        pg.text(14, y + 6, period_txt, fb, 9)
        y += 8
        ht = amount / 1.2
        rows = [
            (f"Abonnement {SERVICE_LABEL[service].lower()}", money(ht * 0.83)),
            ("Options et services", money(ht * 0.1)),
            ("Communications hors forfait", money(ht * 0.07)),
            ("Total HT", money(ht)),
            ("TVA 20 %", money(amount - ht)),
            ("Total TTC", money(amount)),
        ]
        pg.rect(14, y, 182, 7, None, (230, 230, 230))
        pg.text(16, y + 5, "Libellé", fb, 8.5)
        pg.text(194, y + 5, "Montant", fb, 8.5, BLACK, "r")
        y += 7
        for lab, val in rows:
            y += 6.5
            bold = lab.startswith("Total")
            pg.text(16, y, lab, fb if bold else f, 9)
            pg.text(194, y, f"{val} €", fb if bold else f, 9, BLACK, "r")
        pg.text(
            14, y + 14, f"Titulaire du compte : {holder_name} — {addr[0]}, {addr[1]}", f, 8, GREY
        )
    else:  # water
        logo(pg, provider, 14, 12, 1.1)
        pg.rect(120, 12, 78, 26, col, None, 0.5)
        pg.text(124, 19, "FACTURE D'EAU", fb, 12, col)
        pg.text(124, 25, f"Date : {fr(issue)}", f, 9)
        pg.text(124, 30, f"Référence abonné : {client.replace(' ', '')}", f, 9)
        pg.text(124, 35, f"N° facture : {inv}", f, 9)
        _addr_window(pg, 120, 52, holder_lines, addr, f, 10)
        pg.text(14, 52, "Adresse de desserte", fb, 9, col)
        pg.text(14, 57, addr[0], f, 9)
        pg.text(14, 62, addr[1], f, 9)
        pg.text(14, 70, f"Abonné : {holder_name}", fb, 9)
        pg.text(14, 75, f"Compteur n° {r.randint(10**8, 10**9)}", f, 9)
        pg.text(14, 88, period_txt, fb, 10, col)
        y = 96
        for lab, val in [
            ("Distribution de l'eau — abonnement", amount * 0.2),
            ("Consommation (m³)", amount * 0.45),
            ("Collecte et traitement des eaux usées", amount * 0.25),
            ("Organismes publics (Agence de l'eau, VNF)", amount * 0.1),
        ]:
            y += 7
            pg.text(16, y, lab, f, 9)
            pg.text(194, y, f"{money(val)} €", f, 9, BLACK, "r")
        y += 10
        pg.rect(100, y, 98, 14, None, (230, 240, 250))
        pg.text(104, y + 9, "TOTAL TTC À PAYER", fb, 11, col)
        pg.text(194, y + 9, f"{money(amount)} €", fb, 13, col, "r")
    pg.line(12, 272, 198, 272, (200, 200, 200), 0.3)
    pg.para(12, 274, 186, b["legal"], f, 6.5, 3, GREY)
    pg.text(198, 290, f"Page 1/{pages}", f, 7, GREY, "r")
    out = [pg]
    if pages > 1:
        out.append(bill_detail_page(provider, service, issue, pstart, pend, inv, key, pages))
    fields = {
        "provider": provider,
        "service": service,
        "holder_name": holder_name,
        "address": f"{addr[0]}, {addr[1]}",
        "issue_date": issue.isoformat(),
        "period_start": None if month_only else pstart.isoformat(),
        "period_end": None if month_only else pend.isoformat(),
        "amount": round(amount, 2),
    }
    if month_only:
        fields["month"] = pstart.strftime("%Y-%m")
    return Doc("utility_bill", fields, out, key=key)


def bill_detail_page(provider, service, issue, pstart, pend, inv, key, pages=2, page_no=2):
    b = BRANDS[provider]
    f = b["font"]
    fb = f + "-b"
    r = rng(key, "detail")
    pg = Page(name="bill_detail")
    logo(pg, provider, 14, 10, 0.6)
    pg.text(196, 14, f"Facture n° {inv} du {fr(issue)}", f, 8, GREY, "r")
    pg.text(14, 34, "Le détail de votre consommation", fb, 13, b["color"])
    y = 44
    pg.rect(14, y, 182, 7, None, (230, 230, 230))
    for x, h in ((16, "Rubrique"), (90, "Période"), (140, "Quantité"), (194, "Montant HT")):
        pg.text(x, y + 5, h, fb, 8, BLACK, "r" if x == 194 else "l")
    y += 7
    idx0 = r.randint(10000, 40000)
    cons = r.randint(120, 380)
    rows = [
        ("Abonnement", f"{fr(pstart)} - {fr(pend)}", "1 mois", money(r.uniform(12, 18))),
        ("Consommation Base", f"{fr(pstart)} - {fr(pend)}", f"{cons} kWh", money(cons * 0.2016)),
        ("Accise sur l'électricité", "", f"{cons} kWh", money(cons * 0.0337)),
        ("Contribution tarifaire d'acheminement (CTA)", "", "", money(r.uniform(2, 4))),
        ("TVA à 20 %", "", "", money(r.uniform(8, 15))),
    ]
    for a, bb, c, d in rows:
        y += 7
        pg.text(16, y, a, f, 8.5)
        pg.text(90, y, bb, f, 8.5)
        pg.text(140, y, c, f, 8.5)
        pg.text(194, y, f"{d} €", f, 8.5, BLACK, "r")
    y += 14
    pg.text(14, y, "Relevés de compteur", fb, 11, b["color"])
    y += 7
    pg.text(
        16,
        y,
        f"Index de début ({fr(pstart)}) : {idx0}   —   Index de fin ({fr(pend)}) : {idx0 + cons}   "
        "— relevé réel (télérelève Linky)",
        f,
        8.5,
    )
    y += 14
    pg.text(14, y, "Informations réglementaires", fb, 11, b["color"])
    y += 2
    txt = (
        "En cas de litige, vous pouvez saisir gratuitement le Médiateur national de l'énergie "
        "(www.energie-mediateur.fr). Les conditions générales de vente sont disponibles sur notre site. "
        "Le prix de l'électricité comprend la part acheminement fixée par la Commission de régulation de "
        "l'énergie. Pour toute réclamation, contactez votre service client."
    )
    pg.para(14, y, 182, txt, f, 8.5, 4.4)
    pg.image(160, 230, 36, 12, barcode_like(seed_of(key, "bar")))
    pg.text(198, 290, f"Page {page_no}/{pages}", f, 7, GREY, "r")
    return pg


def energy_attestation(
    provider, holder_name, civ_name, addr, since, issue, key, services="électricité"
):
    b = BRANDS[provider]
    f = b["font"]
    fb = f + "-b"
    r = rng(key, "att")
    pg = Page(name="attestation_titulaire")
    logo(pg, provider, 16, 14, 1.0)
    _addr_window(pg, 115, 50, [civ_name], addr, f, 10)
    pg.text(115, 75, f"Le {fr(issue)}", f, 9.5)
    pg.text(105, 100, "ATTESTATION DE TITULAIRE DE CONTRAT", fb, 15, b["color"], "c")
    pg.text(16, 115, f"Référence client : {r.randint(10**9, 10**10 - 1)}", f, 9.5)
    txt = (
        f"{provider} atteste que {civ_name} est titulaire d'un contrat de fourniture de {services} "
        f"depuis le {fr(since)} pour le logement situé :\n{addr[0]}, {addr[1]}.\n\n"
        f"À la date d'émission de la présente attestation, ce contrat est en cours de validité.\n\n"
        "Cette attestation est délivrée à la demande du client pour servir et valoir ce que de droit."
    )
    pg.para(16, 125, 178, txt, f, 10.5, 5.8)
    pg.text(120, 200, "Le Service Clients", fb, 10)
    pg.image(16, 210, 26, 26, datamatrix_like(seed_of(key, "dm2")))
    pg.line(12, 272, 198, 272, (200, 200, 200), 0.3)
    pg.para(12, 274, 186, b["legal"], f, 6.5, 3, GREY)
    fields = {
        "provider": provider,
        "service": "electricity" if services == "électricité" else "energy",
        "holder_name": holder_name,
        "address": f"{addr[0]}, {addr[1]}",
        "issue_date": issue.isoformat(),
        "period_start": None,
        "period_end": None,
        "amount": None,
    }
    return Doc(
        "utility_bill",
        fields,
        [pg],
        key=key,
        notes=f"energy 'attestation de titulaire de contrat' (contract since {since.isoformat()}), "
        "no billing period",
    )


# --------------------------------------------------------------------------
# leases (loi n° 89-462 du 6 juillet 1989)
# --------------------------------------------------------------------------
def lease(
    tenants,
    landlord,
    landlord_addr,
    addr,
    start,
    signed_on,
    rent,
    charges,
    key,
    furnished=False,
    agency=None,
    hand_fill=False,
    surface=42,
    rooms=2,
    tenant_print=None,
):
    """3-page residential lease. tenants: list of display names (e.g. 'M. John SMITH')."""
    seed = seed_of(key, "lease")
    f, fb = ("serif", "serif-b") if not agency else ("carlito", "carlito-b")
    hand_font = "h-dkg" if hand_fill else None
    tenant_print = tenant_print or tenants

    def val(pg, x, y, s, size=10):
        if hand_font:
            pg.hand(x, y, s, hand_font, size * 1.3, INK_BLUE, seed=seed + int(x * 7 + y * 13))
        else:
            pg.text(x, y, s, fb, size)

    def dotted(pg, x, y, x2, label, s, size=10):
        pg.text(x, y, label, f, size)
        lx = x + text_width_mm(label, f, size) + 1.5
        if hand_font:
            pg.line(lx, y + 0.8, x2, y + 0.8, (140, 140, 140), 0.2, dash=(0.5, 0.7))
        val(pg, lx + 1, y, s, size)

    p1 = Page(name="lease1")
    y = 16
    if agency:
        p1.rect(14, 10, 182, 16, None, (30, 60, 100))
        p1.text(18, 20, agency[0], "carlito-b", 14, WHITE)
        p1.text(194, 16, agency[1], "carlito", 8, WHITE, "r")
        p1.text(
            194,
            21,
            f"Carte professionnelle CPI 7501 {seed % 10**10:010d}",
            "carlito",
            7,
            WHITE,
            "r",
        )
        y = 34
    p1.text(105, y + 4, "CONTRAT DE LOCATION", fb, 16, BLACK, "c")
    p1.text(
        105,
        y + 11,
        "LOCAUX MEUBLÉS À USAGE D'HABITATION" if furnished else "LOCAUX VIDES À USAGE D'HABITATION",
        fb,
        11,
        BLACK,
        "c",
    )
    p1.para(
        30,
        y + 13,
        150,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports "
        "locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)"
        if furnished
        else "(Soumis au titre Ier de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs et "
        "portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        f,
        8,
        3.8,
    )
    y += 34
    p1.text(16, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y += 7
    p1.text(16, y, "Le présent contrat est conclu entre les soussignés :", f, 10)
    y += 7
    dotted(p1, 20, y, 194, "Nom et prénom du bailleur : ", landlord)
    y += 6.5
    dotted(p1, 20, y, 194, "Domicile : ", landlord_addr)
    y += 6.5
    p1.text(20, y, "désigné(s) ci-après « le bailleur » ;", f, 10)
    y += 8
    if agency:
        p1.text(20, y, f"Représenté par le mandataire : {agency[0]}, {agency[1]}", f, 9.5)
        y += 8
    dotted(p1, 20, y, 194, "Nom et prénom du ou des locataires : ", " et ".join(tenant_print))
    y += 6.5
    p1.text(20, y, "désigné(s) ci-après « le locataire » ;", f, 10)
    y += 6.5
    p1.text(20, y, "Il a été convenu ce qui suit :", f, 10)
    y += 11
    p1.text(16, y, "II. OBJET DU CONTRAT", fb, 11)
    y += 7
    p1.text(
        16, y, "Le présent contrat a pour objet la location d'un logement ainsi déterminé :", f, 10
    )
    y += 8
    p1.text(16, y, "A. Consistance du logement", fb, 10)
    y += 7
    dotted(p1, 20, y, 194, "Adresse du logement : ", f"{addr[0]}, {addr[1]}")
    y += 6.5
    dotted(p1, 20, y, 194, "Type d'habitat : ", "immeuble collectif")
    y += 6.5
    dotted(p1, 20, y, 194, "Régime juridique de l'immeuble : ", "copropriété")
    y += 6.5
    dotted(p1, 20, y, 194, "Période de construction : ", "de 1949 à 1974")
    y += 6.5
    dotted(p1, 20, y, 110, "Surface habitable : ", f"{surface} m²")
    dotted(p1, 112, y, 194, "Nombre de pièces principales : ", str(rooms))
    y += 6.5
    dotted(p1, 20, y, 194, "Autres parties du logement : ", "cave n° 12")
    y += 6.5
    dotted(p1, 20, y, 194, "Modalité de production de chauffage : ", "individuel électrique")
    y += 6.5
    dotted(p1, 20, y, 194, "Modalité de production d'eau chaude sanitaire : ", "individuelle")
    y += 9
    p1.text(16, y, "B. Destination des locaux : usage d'habitation principale", fb, 10)
    if furnished:
        y += 7
        p1.para(
            16,
            y,
            178,
            "Le logement est loué meublé ; l'inventaire et l'état détaillé du mobilier sont annexés "
            "au présent contrat (décret n° 2015-981 du 31 juillet 2015).",
            f,
            9.5,
            4.8,
        )
    p1.text(105, 288, "Paraphes :", f, 8, GREY, "c")
    p1.text(198, 290, "1/3", f, 8, GREY, "r")

    p2 = Page(name="lease2")
    y = 20
    p2.text(16, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y += 8
    dotted(p2, 20, y, 194, "A. Date de prise d'effet du contrat : ", fr(start))
    y += 7
    dotted(p2, 20, y, 194, "B. Durée du contrat : ", "1 an" if furnished else "3 ans")
    y += 7
    p2.para(
        20,
        y,
        174,
        "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, "
        "reconduit tacitement pour la même durée. Le locataire peut mettre fin au bail à tout moment, "
        "après avoir donné congé.",
        f,
        9.5,
        4.8,
    )
    y += 22
    p2.text(16, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y += 8
    p2.text(16, y, "Les parties conviennent des conditions financières suivantes :", f, 10)
    y += 8
    dotted(p2, 20, y, 194, "A. Montant du loyer mensuel : ", f"{money(rent)} €")
    y += 7
    p2.para(
        20,
        y,
        174,
        "Le loyer du logement objet du présent contrat est soumis au décret fixant annuellement le "
        "montant maximum d'évolution des loyers à la relocation. Révision : chaque année à la date "
        "anniversaire, selon l'indice de référence des loyers (IRL) publié par l'INSEE.",
        f,
        9.5,
        4.8,
    )
    y += 20
    dotted(
        p2, 20, y, 194, "B. Charges récupérables — provision mensuelle : ", f"{money(charges)} €"
    )
    y += 7
    dotted(p2, 20, y, 194, "C. Modalités de paiement : ", "mensuel, à terme échu, par virement")
    y += 7
    dotted(
        p2, 20, y, 194, "Montant total dû à la première échéance : ", f"{money(rent + charges)} €"
    )
    y += 12
    p2.text(16, y, "V. TRAVAUX", fb, 11)
    y += 3
    y = p2.para(
        20,
        y,
        174,
        "Montant et nature des travaux d'amélioration ou de mise en conformité effectués depuis "
        "la fin du dernier contrat de location : néant.",
        f,
        9.5,
        4.8,
    )
    y += 8
    p2.text(16, y, "VI. GARANTIES", fb, 11)
    y += 8
    dotted(
        p2,
        20,
        y,
        194,
        "Montant du dépôt de garantie de l'exécution des obligations du locataire : ",
        f"{money(rent * (2 if furnished else 1))} €",
        9.5,
    )
    y += 12
    p2.text(16, y, "VII. CLAUSE DE SOLIDARITÉ", fb, 11)
    y += 3
    y = p2.para(
        20,
        y,
        174,
        "Pour l'exécution de toutes les obligations du présent contrat, il y aura solidarité et "
        "indivisibilité entre les parties désignées sous le terme « le locataire ».",
        f,
        9.5,
        4.8,
    )
    y += 8
    p2.text(16, y, "VIII. CLAUSE RÉSOLUTOIRE", fb, 11)
    y += 3
    p2.para(
        20,
        y,
        174,
        "Le présent contrat sera résilié de plein droit deux mois après un commandement de payer "
        "demeuré infructueux, pour défaut de paiement du loyer ou des charges aux termes convenus, ou pour "
        "non-versement du dépôt de garantie, ou pour défaut d'assurance des risques locatifs.",
        f,
        9.5,
        4.8,
    )
    p2.text(198, 290, "2/3", f, 8, GREY, "r")

    p3 = Page(name="lease3")
    y = 20
    p3.text(16, y, "IX. HONORAIRES DE LOCATION", fb, 11)
    y += 3
    y = p3.para(
        20,
        y,
        174,
        (
            "Honoraires à la charge du locataire : visite, constitution du dossier et rédaction du "
            f"bail : {money(surface * 12)} € ; état des lieux : {money(surface * 3)} €."
        )
        if agency
        else "Néant (location directe entre particuliers).",
        f,
        9.5,
        4.8,
    )
    y += 8
    p3.text(16, y, "X. AUTRES CONDITIONS PARTICULIÈRES", fb, 11)
    y += 3
    y = p3.para(
        20,
        y,
        174,
        "Le locataire s'engage à souscrire une assurance habitation et à en justifier lors de la "
        "remise des clés puis chaque année.",
        f,
        9.5,
        4.8,
    )
    y += 8
    p3.text(16, y, "XI. ANNEXES", fb, 11)
    y += 3
    y = p3.para(
        20,
        y,
        174,
        "Sont annexées et jointes au contrat de location les pièces suivantes : dossier de "
        "diagnostic technique (DPE, CREP, ERP, état de l'installation intérieure d'électricité), notice "
        "d'information, état des lieux d'entrée"
        + (", inventaire du mobilier" if furnished else "")
        + ".",
        f,
        9.5,
        4.8,
    )
    y += 14
    dotted(p3, 16, y, 120, "Fait à ", addr[1].split(" ", 1)[1])
    dotted(p3, 122, y, 194, "le ", fr(signed_on))
    y += 6
    p3.text(16, y, f"en {len(tenants) + 1} originaux dont un remis à chaque signataire.", f, 9.5)
    y += 12
    p3.text(20, y, "Signature du bailleur" + (" (ou de son mandataire)" if agency else ""), fb, 9.5)
    p3.text(120, y, "Signature du (des) locataire(s)", fb, 9.5)
    y += 4
    p3.text(20, y, "précédée de la mention « lu et approuvé »", f, 8, GREY)
    p3.text(120, y, "précédée de la mention « lu et approuvé »", f, 8, GREY)
    y += 10
    p3.hand(22, y, "Lu et approuvé", "h-dancing", 13, INK_BLUE, seed=seed + 1)
    p3.sig(22, y + 3, 50, 18, landlord, seed=seed + 2)
    for i, t in enumerate(tenants):
        p3.hand(
            122,
            y + i * 26,
            "Lu et approuvé",
            "h-dancing",
            13,
            INK_BLUE if i == 0 else INK_BLACK,
            seed=seed + 3 + i,
        )
        p3.sig(
            122,
            y + 3 + i * 26,
            50,
            18,
            t,
            seed=seed + 5 + i,
            color=INK_BLUE if i == 0 else INK_BLACK,
        )
    if agency:
        p3.stamp(
            30,
            y + 26,
            50,
            20,
            [agency[0], agency[1]],
            seed=seed + 9,
            shape="rect",
            color=(30, 60, 100),
        )
    p3.text(198, 290, "3/3", f, 8, GREY, "r")
    fields = {
        "tenant_names": tenant_print,
        "landlord": landlord,
        "address": f"{addr[0]}, {addr[1]}",
        "start_date": start.isoformat(),
    }
    return Doc("lease", fields, [p1, p2, p3], key=key)


def rent_receipt(tenant, landlord, addr, month_start, rent, charges, paid_on, key):
    seed = seed_of(key, "quittance")
    pg = Page(name="quittance")
    pg.text(105, 28, "QUITTANCE DE LOYER", "lib-b", 18, BLACK, "c")
    pg.text(
        105,
        36,
        f"Quittance de loyer du mois de {fr_words(month_start).split(' ', 1)[1]}",
        "lib",
        11,
        BLACK,
        "c",
    )
    pg.text(16, 56, "Bailleur :", "lib-b", 10)
    pg.text(50, 56, landlord, "lib", 10)
    pg.text(16, 63, "Locataire :", "lib-b", 10)
    pg.text(50, 63, tenant, "lib", 10)
    pg.text(16, 70, "Adresse de la location :", "lib-b", 10)
    pg.text(65, 70, f"{addr[0]}, {addr[1]}", "lib", 10)
    me = month_end(month_start.year, month_start.month)
    txt = (
        f"Je soussigné(e) {landlord}, propriétaire du logement désigné ci-dessus, déclare avoir reçu de "
        f"{tenant}, locataire, la somme de {money(rent + charges)} euros au titre du paiement du loyer et des "
        f"charges pour la période de location du {fr(month_start)} au {fr(me)} et lui en donne quittance, "
        "sous réserve de tous mes droits."
    )
    pg.para(16, 84, 178, txt, "lib", 10.5, 5.8, justify=True)
    y = 124
    for lab, v in (
        ("Loyer hors charges", rent),
        ("Provision pour charges", charges),
        ("Total", rent + charges),
    ):
        pg.text(30, y, lab, "lib-b" if lab == "Total" else "lib", 10.5)
        pg.text(150, y, f"{money(v)} €", "lib-b" if lab == "Total" else "lib", 10.5, BLACK, "r")
        y += 7
    pg.text(16, y + 8, f"Date du paiement : {fr(paid_on)}", "lib", 10)
    pg.text(120, y + 20, f"Fait le {fr(paid_on)}", "lib", 10)
    pg.sig(120, y + 24, 50, 16, landlord, seed=seed)
    pg.para(
        16,
        262,
        178,
        "Cette quittance annule tous les reçus qui auraient pu être établis précédemment en cas de "
        "paiement partiel du montant du présent terme. Elle est à conserver pendant trois ans par le locataire "
        "(loi n° 89-462 du 6 juillet 1989 : art. 7-1).",
        "lib-i",
        8,
        4,
        GREY,
    )
    return Doc(
        "unknown",
        {},
        [pg],
        key=key,
        notes="quittance de loyer (rent receipt): proves a payment, it is not a lease",
    )


# --------------------------------------------------------------------------
# attestation d'hébergement
# --------------------------------------------------------------------------
def hosting_attestation(
    host,
    host_birth,
    host_addr,
    hosted,
    hosted_birth,
    since,
    city,
    signed_on,
    key,
    mode="hand",
    font="h-dancing",
    signed=True,
    relation="",
    ink=INK_BLUE,
):
    """mode: 'hand' (written on plain paper) or 'typed' (typed with hand signature)."""
    seed = seed_of(key, "heb")
    pg = Page(name="attestation_hebergement")
    body = [
        f"Je soussigné(e) {host}, né(e) le {host_birth[0]} à {host_birth[1]},",
        f"demeurant {host_addr[0]}, {host_addr[1]},",
        f"atteste sur l'honneur héberger à mon domicile depuis le {fr(since)}",
        f"{hosted}, né(e) le {hosted_birth[0]} à {hosted_birth[1]}"
        + (f", {relation}." if relation else "."),
        "",
        "Cette attestation est établie pour servir et valoir ce que de droit,",
        "notamment auprès de la Caisse Primaire d'Assurance Maladie.",
        "",
        "Pièces jointes : copie de ma pièce d'identité et justificatif de domicile.",
    ]
    if mode == "hand":
        pg.hand(105, 40, "Attestation d'hébergement", font, 20, ink, seed=seed, align="c")
        y = 64
        paras = [" ".join(body[:4]), "", " ".join(body[5:7]), "", body[8]]
        n = 0
        for para in paras:
            if not para:
                y += 6
                continue
            for ln in pg.wrap(para, 170 / 1.08, font, 13.5):
                n += 1
                pg.hand(18, y, ln, font, 13.5, ink, seed=seed + 10 + n)
                y += 10.5
        y += 8
        pg.hand(110, y, f"Fait à {city}, le {fr(signed_on)}", font, 13.5, ink, seed=seed + 50)
        if signed:
            pg.sig(118, y + 6, 56, 20, host, seed=seed + 51, color=ink)
    else:
        pg.text(20, 24, host, "lib-b", 11)
        pg.text(20, 29.5, host_addr[0], "lib", 10)
        pg.text(20, 34.5, host_addr[1], "lib", 10)
        pg.text(105, 62, "ATTESTATION D'HÉBERGEMENT", "lib-b", 15, BLACK, "c")
        y = 80
        txt = " ".join(ln for ln in body[:4])
        y = pg.para(20, y, 170, txt, "lib", 11, 6.2, justify=True)
        y += 6
        for ln in body[5:]:
            if ln:
                y = pg.para(20, y, 170, ln, "lib", 11, 6.2)
        y += 16
        pg.text(115, y, f"Fait à {city}, le {fr(signed_on)}", "lib", 11)
        pg.text(115, y + 8, "Signature :", "lib", 11)
        if signed:
            pg.sig(120, y + 10, 55, 20, host, seed=seed + 51, color=ink)
    fields = {
        "host_name": host,
        "hosted_name": hosted,
        "address": f"{host_addr[0]}, {host_addr[1]}",
        "since_date": since.isoformat(),
        "signed_on": signed_on.isoformat(),
        "signed": signed,
    }
    return Doc("hosting_attestation", fields, [pg], key=key)
