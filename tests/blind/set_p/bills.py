"""French utility bills, energy 'attestation de titulaire de contrat', bill-app screenshots."""

from __future__ import annotations

import datetime as dt

import data as D
from looks import status_bar
from PIL import Image, ImageDraw
from render import Page, pil_font

# provider: (display, service, colour, font, labels, legal line)
PROV = {
    "edf": (
        "EDF",
        "electricity",
        (0, 91, 187),
        "lato",
        (
            "Facture du",
            "N° de facture",
            "Période de consommation",
            "Montant TTC à payer",
            "Adresse du point de livraison",
            "Titulaire du contrat",
        ),
        "EDF SA - 22-30 avenue de Wagram 75382 Paris cedex 08 - RCS Paris 552 081 317",
    ),
    "engie": (
        "ENGIE",
        "gas",
        (0, 170, 255),
        "open",
        (
            "Date de facture",
            "Référence facture",
            "Période facturée",
            "Total à payer",
            "Lieu de consommation",
            "Client",
        ),
        "ENGIE SA - 1 place Samuel de Champlain 92400 Courbevoie - RCS Nanterre 542 107 651",
    ),
    "total": (
        "TotalEnergies",
        "energy",
        (237, 0, 0),
        "roboto",
        (
            "Émise le",
            "Facture n°",
            "Du ... au",
            "Montant total TTC",
            "Adresse de fourniture",
            "Titulaire",
        ),
        "TotalEnergies Électricité et Gaz France - RCS Nanterre 513 193 008",
    ),
    "free": (
        "free",
        "internet",
        (205, 30, 30),
        "free",
        ("Date", "N° facture", "Période", "Total facture TTC", "Adresse d'installation", "Abonné"),
        "Free SAS - 8 rue de la Ville l'Évêque 75008 Paris - RCS Paris 421 938 861",
    ),
    "sfr": (
        "SFR",
        "internet",
        (226, 0, 26),
        "carlito",
        (
            "Facture du",
            "Numéro de facture",
            "Période d'abonnement",
            "Montant à payer",
            "Adresse de la ligne",
            "Titulaire de la ligne",
        ),
        "SFR SA - 16 rue du Général Alain de Boissieu 75015 Paris - RCS Paris 343 059 564",
    ),
    "orange": (
        "orange",
        "landline",
        (255, 121, 0),
        "lib",
        (
            "date de facture",
            "n° de facture",
            "période de facturation",
            "total à payer",
            "adresse de l'abonnement",
            "titulaire",
        ),
        "Orange SA - 111 quai du Président Roosevelt 92130 Issy-les-Moulineaux",
    ),
    "bouygues": (
        "Bouygues Telecom",
        "mobile",
        (0, 157, 224),
        "robotoc",
        ("Facture émise le", "Facture N°", "Abonnement du", "Montant TTC", "Adresse", "Titulaire"),
        "Bouygues Telecom SA - 37-39 rue Boissière 75116 Paris - RCS Paris 397 480 930",
    ),
    "eau": (
        "Eau de Paris",
        "water",
        (0, 120, 170),
        "sans",
        ("Date d'émission", "Facture n°", "Période", "Montant TTC", "Adresse desservie", "Abonné"),
        "Eau de Paris - Régie municipale - 19 rue Neuve Tolbiac 75013 Paris",
    ),
    "veolia": (
        "Veolia Eau",
        "water",
        (225, 0, 50),
        "sansc",
        (
            "Date de facture",
            "N° facture",
            "Période de consommation",
            "Montant à régler",
            "Adresse du branchement",
            "Titulaire",
        ),
        "Veolia Eau - Compagnie Générale des Eaux - 21 rue La Boétie 75008 Paris",
    ),
}
LINES = {
    "electricity": [
        ("Abonnement Tarif Bleu 6 kVA", 0.3),
        ("Consommation (kWh)", 0.55),
        ("Taxes et contributions (CTA, accise)", 0.15),
    ],
    "gas": [
        ("Abonnement gaz", 0.25),
        ("Consommation gaz naturel", 0.6),
        ("Taxes (TICGN, CTA)", 0.15),
    ],
    "energy": [
        ("Électricité - abonnement et consommation", 0.55),
        ("Gaz - abonnement et consommation", 0.35),
        ("Taxes et contributions", 0.10),
    ],
    "internet": [("Forfait Box Fibre", 0.85), ("Options et services", 0.15)],
    "landline": [("Abonnement Livebox + ligne fixe", 0.8), ("Communications hors forfait", 0.2)],
    "mobile": [("Forfait B&You 100 Go", 0.9), ("Hors forfait", 0.1)],
    "water": [
        ("Abonnement", 0.2),
        ("Consommation d'eau (m³)", 0.55),
        ("Assainissement et redevances", 0.25),
    ],
}


def _money(x: float) -> str:
    return f"{x:,.2f}".replace(",", " ").replace(".", ",") + " €"


def bill(
    rng, prov: str, holder: str, civ: str, addr, start: dt.date, end: dt.date, issue, amount: float
):
    name, service, col, font, L, legal = PROV[prov]
    p = Page()
    fb = font + "-b"
    if prov in ("free", "orange"):
        p.rect(40, 30, 80 if prov == "orange" else 70, 36, None, col if prov == "orange" else None)
        p.text(48, 56, name, fb, 20, (255, 255, 255) if prov == "orange" else col)
    else:
        p.rect(40, 30, 6, 38, None, col)
        p.text(54, 60, name, fb, 24, col)
    p.text(40, 86, legal[:60], font, 6.5, (110, 110, 110))
    # recipient window (right, as in French letters)
    y = 130
    p.text(330, y, f"{civ} {holder}", fb, 10.5)
    for ln in D.addr_lines(addr):
        y += 14
        p.text(330, y, ln, font, 10.5)
    num = f"{rng.randint(10**9, 10**10 - 1)}"
    client = f"{rng.randint(10**7, 10**8 - 1)}"
    mode = rng.choice(["beside", "above", "cell"])
    y = 215
    p.text(40, y - 20, "FACTURE" if prov != "orange" else "votre facture", fb, 16, col)
    items = [
        (L[0], D.fr(issue) if rng.random() < 0.7 else D.fr_words(issue)),
        (L[1], num),
        ("N° client" if prov != "free" else "Identifiant", client),
        (L[2] if "..." not in L[2] else "Période", f"du {D.fr(start)} au {D.fr(end)}"),
        (L[5], holder),
        (L[4], D.addr_str(addr)),
    ]
    for i, (lbl, v) in enumerate(items):
        if mode == "cell":
            xx = 40 + (i % 2) * 262
            if i % 2 == 0 and i:
                y += 38
            p.kv(xx, y, lbl, v, font, fb, 9, "cell", 255 if i < 4 else 255)
        elif mode == "above":
            xx = 40 + (i % 3) * 175
            if i % 3 == 0 and i:
                y += 36
            p.text(xx, y, lbl, font, 7.5, (90, 90, 90))
            vv = v if len(v) < 34 else v[:33] + "…" if i != 5 else v
            if i == 5:
                p.text(xx, y + 12, addr[0], fb, 8.5)
                p.text(xx, y + 23, f"{addr[1]} {addr[2]}", fb, 8.5)
            else:
                p.text(xx, y + 12, vv, fb, 9)
        else:
            p.kv(40, y, lbl + " :", v, font, fb, 9.5, gap=170)
            y += 17
    y += 60
    p.rect(40, y, 515, 20, None, col)
    p.text(46, y + 14, "Détail de votre facture", fb, 10, (255, 255, 255))
    p.text(549, y + 14, "Montant TTC", fb, 10, (255, 255, 255), "r")
    y += 38
    total = 0.0
    rows = LINES[service]
    for i, (lbl, share) in enumerate(rows):
        v = round(amount * share, 2) if i < len(rows) - 1 else round(amount - total, 2)
        total += v
        p.text(46, y, lbl, font, 9.5)
        p.text(549, y, _money(v), font, 9.5, align="r")
        p.line(40, y + 6, 555, y + 6, (220, 220, 220), 0.4)
        y += 20
    y += 10
    p.rect(300, y, 255, 34, col, None, 1.2)
    p.text(310, y + 22, L[3], fb, 11)
    p.text(549, y + 22, _money(amount), fb, 13, align="r")
    y += 60
    due = issue + dt.timedelta(days=rng.choice([10, 14, 15]))
    p.para(
        40,
        y,
        f"Ce montant sera prélevé le {D.fr(due)} sur votre compte bancaire. "
        "Pour toute question, rendez-vous dans votre Espace Client ou appelez le "
        f"09 69 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        "(appel non surtaxé).",
        515,
        font,
        8.5,
    )
    p.line(40, 790, 555, 790, (200, 200, 200), 0.5)
    p.text(40, 805, legal, font, 6.5, (120, 120, 120))
    p.text(555, 820, "Page 1/1", font, 7, (120, 120, 120), "r")
    fields = {
        "provider": name if prov != "free" else "Free",
        "service": service,
        "holder_name": holder,
        "address": D.addr_str(addr),
        "issue_date": issue.isoformat(),
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "amount": round(amount, 2),
    }
    if start.day == 1 and end == D.month_end(start.year, start.month):
        fields["month"] = f"{start.year}-{start.month:02d}"
    return [p], fields


def monthly(rng, prov, holder, civ, addr, y, m, amount):
    start = dt.date(y, m, 1)
    end = D.month_end(y, m)
    issue = end + dt.timedelta(days=rng.randint(2, 9))
    return bill(rng, prov, holder, civ, addr, start, end, issue, amount)


def attestation_titulaire(rng, prov, holder, civ, addr, since, issue):
    name, service, col, font, _L, legal = PROV[prov]
    p = Page()
    p.text(54, 60, name, font + "-b", 24, col)
    y = 130
    p.text(330, y, f"{civ} {holder}", font + "-b", 10.5)
    for ln in D.addr_lines(addr):
        y += 14
        p.text(330, y, ln, font, 10.5)
    p.text(330, 210, f"Le {D.fr_words(issue)}", font, 10)
    p.text(297, 260, "ATTESTATION DE TITULAIRE DE CONTRAT", font + "-b", 15, align="c")
    ref = f"{rng.randint(10**9, 10**10 - 1)}"
    txt = (
        f"{name} atteste que {civ} {holder} est titulaire d'un contrat de fourniture "
        f"{'d’électricité' if service == 'electricity' else 'de gaz naturel' if service == 'gas' else 'd’électricité et de gaz'} "
        f"depuis le {D.fr(since)} pour le logement situé au {D.addr_str(addr)}. "
        f"Référence client : {ref}. Point de livraison (PDL) : {rng.randint(10**13, 10**14 - 1)}. "
        "Cette attestation est délivrée pour servir et valoir ce que de droit."
    )
    y = p.para(60, 310, txt, 475, font, 11, 17)
    p.text(330, y + 40, "Le Service Clients", font, 10.5)
    p.text(40, 805, legal, font, 6.5, (120, 120, 120))
    fields = {
        "provider": name,
        "service": service,
        "holder_name": holder,
        "address": D.addr_str(addr),
        "issue_date": issue.isoformat(),
        "period_start": since.isoformat(),
        "period_end": None,
        "amount": None,
    }
    return [p], fields


def app_screenshot(rng, prov, holder, addr, y, m, amount) -> tuple:
    """A bill shown in the provider's phone app (1170 x 2532)."""
    name, service, col, font, L, _legal = PROV[prov]
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (246, 246, 248))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 420], fill=col)
    status_bar(d, W, rng, pil_font(font + "-b", 44), dark=True)
    d.text((70, 230), "‹  Mes factures", font=pil_font(font, 52), fill=(255, 255, 255))
    d.text((70, 330), name, font=pil_font(font + "-b", 70), fill=(255, 255, 255))
    start, end = dt.date(y, m, 1), D.month_end(y, m)
    issue = end + dt.timedelta(days=rng.randint(2, 8))
    d.rounded_rectangle([50, 470, W - 50, 1000], 40, fill=(255, 255, 255))
    d.text(
        (100, 560),
        f"Facture de {D.MOIS[m - 1]} {y}",
        font=pil_font(font + "-b", 58),
        fill=(20, 20, 20),
    )
    d.text((100, 650), f"{_money(amount)}", font=pil_font(font + "-b", 110), fill=col)
    d.text((100, 800), f"Émise le {D.fr(issue)}", font=pil_font(font, 46), fill=(90, 90, 90))
    d.text(
        (100, 880),
        f"Période du {D.fr(start)} au {D.fr(end)}",
        font=pil_font(font, 44),
        fill=(90, 90, 90),
    )
    yy = 1080
    for lbl, v in [
        (L[5], holder),
        (L[4], addr[0]),
        ("", f"{addr[1]} {addr[2]}"),
        ("Statut", "Payée - prélèvement"),
    ]:
        if lbl:
            d.text((80, yy), lbl, font=pil_font(font, 40), fill=(120, 120, 120))
            yy += 60
        d.text((80, yy), v, font=pil_font(font + "-b", 50), fill=(20, 20, 20))
        yy += 100
    d.rounded_rectangle([80, 2150, W - 80, 2290], 70, fill=col)
    d.text(
        (W // 2, 2240),
        "Télécharger la facture (PDF)",
        font=pil_font(font + "-b", 48),
        fill=(255, 255, 255),
        anchor="ms",
    )
    d.rounded_rectangle([W // 2 - 200, H - 40, W // 2 + 200, H - 28], 6, fill=(30, 30, 30))
    fields = {
        "provider": name if prov != "free" else "Free",
        "service": service,
        "holder_name": holder,
        "address": D.addr_str(addr),
        "issue_date": issue.isoformat(),
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "amount": round(amount, 2),
        "month": f"{y}-{m:02d}",
    }
    return im, fields
