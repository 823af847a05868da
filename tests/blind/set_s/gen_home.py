"""Proof of address: utility bills (energy, water, telecom), attestations de titulaire de contrat."""

from __future__ import annotations

from gen_codes import MONTHS_FR, digits, fr, fr_words, money, month_bounds
from gen_core import Page
from gen_draw import logo_text, qr_img
from gen_layout import table

# provider: (display, colour, font, bold font, service default, sender lines)
PROV = {
    "EDF": (
        "EDF",
        (0, 91, 187),
        "open",
        "open-b",
        "electricity",
        ["EDF - Service Clients", "TSA 21941", "62978 ARRAS CEDEX 9"],
    ),
    "ENGIE": (
        "ENGIE",
        (0, 170, 255),
        "lato",
        "lato-b",
        "gas",
        ["ENGIE - Service Clients", "TSA 41020", "92099 LA DÉFENSE CEDEX"],
    ),
    "TOTAL": (
        "TotalEnergies",
        (237, 0, 0),
        "roboto",
        "roboto-b",
        "electricity",
        ["TotalEnergies Électricité et Gaz France", "TSA 11112", "75901 PARIS CEDEX 15"],
    ),
    "FREE": (
        "free",
        (205, 30, 37),
        "dejavu",
        "dejavu-b",
        "internet",
        ["Free Service Abonné", "75371 Paris Cedex 08"],
    ),
    "FREEMOB": (
        "Free mobile",
        (205, 30, 37),
        "dejavu",
        "dejavu-b",
        "mobile",
        ["Free Mobile - Service Abonné", "75371 Paris Cedex 08"],
    ),
    "SFR": (
        "SFR",
        (226, 0, 26),
        "sans",
        "sans-b",
        "internet",
        ["SFR - Service Client", "TSA 20001", "69919 Lyon Cedex 20"],
    ),
    "ORANGE": (
        "orange",
        (255, 121, 0),
        "fsans",
        "fsans-b",
        "internet",
        ["Orange - Service Clients", "33734 Bordeaux Cedex 9"],
    ),
    "BOUYGUES": (
        "Bouygues Telecom",
        (0, 152, 206),
        "carlito",
        "carlito-b",
        "internet",
        ["Bouygues Telecom - Service Clients", "TSA 59013", "60643 Chantilly Cedex"],
    ),
    "SOSH": (
        "sosh",
        (80, 80, 80),
        "roboto",
        "roboto-b",
        "mobile",
        ["Sosh - Service Clients", "33734 Bordeaux Cedex 9"],
    ),
    "EAUPARIS": (
        "Eau de Paris",
        (0, 120, 190),
        "open",
        "open-b",
        "water",
        ["Eau de Paris - Service Clients", "19 rue Neuve Tolbiac", "75214 PARIS CEDEX 13"],
    ),
    "VEOLIA": (
        "Veolia",
        (235, 20, 40),
        "lato",
        "lato-b",
        "water",
        ["Veolia Eau - Centre Service Client", "TSA 60128", "37911 TOURS CEDEX 9"],
    ),
    "EKW": (
        "ekWateur",
        (0, 160, 120),
        "open",
        "open-b",
        "energy",
        ["ekWateur", "8 rue Jean-Louis Forain", "75003 PARIS"],
    ),
}
TRUTH_NAME = {"FREE": "Free", "FREEMOB": "Free Mobile", "ORANGE": "Orange", "SOSH": "Sosh"}
OFFERS = {
    "EDF": "Électricité - Tarif Bleu - Option Base 6 kVA",
    "ENGIE": "Gaz - Offre Gaz Référence",
    "TOTAL": "Électricité - Offre Verte Fixe - 6 kVA",
    "FREE": "Abonnement Freebox Pop",
    "FREEMOB": "Forfait Free 5G 250 Go",
    "SFR": "SFR Fibre Premium",
    "ORANGE": "Livebox Fibre",
    "BOUYGUES": "Bbox Must Fibre",
    "SOSH": "Forfait Sosh 100 Go",
    "EAUPARIS": "Abonnement et consommation d'eau",
    "VEOLIA": "Distribution d'eau potable",
    "EKW": "Électricité et gaz verts - prix fixe",
}


def _logo(pg, key, x, y, rng):
    disp, col, f, fb = PROV[key][:4]
    if key in ("SFR", "ORANGE", "SOSH"):
        pg.rect(x, y - 9, 22, 14, None, col, 0)
        pg.text(
            x + 11, y + 0.5, disp, fb, 10 if key != "ORANGE" else 8.5, (255, 255, 255), anchor="m"
        )
    elif key in ("FREE", "FREEMOB"):
        pg.text(x, y, disp, "h-dancingb", 26 if key == "FREE" else 20, col)
    elif key == "EDF":
        pg.text(x, y, "edf", "lato-black", 26, col)
        pg.ellipse(x + 19, y - 14, 5, 5, None, (255, 130, 0))
    elif key == "TOTAL":
        for i, c in enumerate([(237, 0, 0), (255, 120, 0), (255, 190, 0), (0, 150, 220)]):
            pg.ellipse(x + i * 2.5, y - 9 + i * 1.5, 8, 8, None, c)
        pg.text(x + 14, y, disp, fb, 15, (60, 60, 60))
    else:
        logo_text(pg, x, y, disp, fb, 18, col)


def bill(
    rng,
    key,
    holder,
    address,
    issue,
    start,
    end,
    amount,
    service=None,
    variant=None,
    number=None,
    pages=1,
    label_style=None,
):
    """A utility bill. holder: printed holder name (without civility); address: Addr."""
    disp, col, f, fb, svc0, sender = PROV[key]
    service = service or svc0
    variant = rng.randint(0, 2) if variant is None else variant
    civ = rng.choice(["M.", "Mme", "", "M. ou Mme"]) if label_style is None else label_style
    pg = Page()
    _logo(pg, key, 18, 26, rng)
    y = 34
    for ln in sender:
        pg.text(18, y, ln, f, 7.5, (80, 80, 80))
        y += 3.6
    # recipient window
    rx = 112 if variant != 1 else 20
    ry = 48 if variant != 1 else 62
    if variant == 1:
        rx, ry = 112, 44
    pg.text(
        rx,
        ry,
        f"{civ} {holder}".strip().upper() if variant == 2 else f"{civ} {holder}".strip(),
        fb,
        10,
    )
    for i, ln in enumerate(address.lines()):
        pg.text(rx, ry + 5 + i * 4.6, ln, f, 10)
    number = number or (digits(rng, 10) if key not in ("FREE", "FREEMOB") else digits(rng, 9))
    ref = digits(rng, 10)
    lab = {
        0: (
            "Facture n°",
            "du",
            "Référence client",
            "Titulaire du contrat",
            "Adresse du logement",
            "Période facturée",
            "Montant total TTC",
        ),
        1: (
            "N° de facture",
            "Date d'émission",
            "N° client",
            "Nom du titulaire",
            "Lieu de consommation",
            "Période de consommation",
            "Total à payer",
        ),
        2: (
            "FACTURE",
            "Date",
            "Identifiant",
            "Abonné",
            "Adresse d'installation",
            "Du ... au ...",
            "Montant à régler",
        ),
    }[variant]
    by = 88
    if variant == 0:
        pg.text(18, by, f"{lab[0]} {number} {lab[1]} {fr_words(issue)}", fb, 12.5)
        by += 8
        pg.rect(18, by, 174, 30, (200, 200, 200), (247, 247, 247), 0.3, 2)
        info = [(lab[2], ref), (lab[3], holder), (lab[4], address.one())]
        for i, (a, b) in enumerate(info):
            pg.text(22, by + 7 + i * 8, a, f, 8, (90, 90, 90))
            pg.text(70, by + 7 + i * 8, b, fb, 9.5)
        by += 38
    elif variant == 1:
        pg.rect(18, by - 6, 80, 40, None, tuple(int(min(255, 200 + c * 0.2)) for c in col), 0, 3)
        info = [(lab[0], number), (lab[1], fr(issue)), (lab[2], ref), (lab[3], holder)]
        for i, (a, b) in enumerate(info):
            pg.text(22, by + i * 9, a, f, 7.5, (70, 70, 70))
            pg.text(22, by + 4 + i * 9, b, fb, 9.5)
        pg.text(112, by + 8, lab[4], f, 8, (90, 90, 90))
        for i, ln in enumerate(address.lines()):
            pg.text(112, by + 13 + i * 4.4, ln, fb, 9)
        by += 44
    else:
        pg.text(18, by, f"{lab[0]} N° {number}", fb, 14, col)
        pg.text(18, by + 7, f"{lab[1]} : {fr(issue)}     {lab[2]} : {ref}", f, 9)
        pg.text(18, by + 13, f"{lab[3]} : {holder}", f, 9)
        pg.text(18, by + 19, f"{lab[4]} : {address.one()}", f, 9)
        by += 30
    per = (
        f"du {fr(start)} au {fr(end)}"
        if variant != 2
        else f"{start.strftime('%d/%m/%y')} - {end.strftime('%d/%m/%y')}"
    )
    if start.day == 1 and end.month == start.month and variant == 2 and key in ("FREE", "FREEMOB"):
        per = f"mois de {MONTHS_FR[start.month - 1]} {start.year}"
    pg.rect(18, by, 174, 18, None, col, 0, 2)
    pg.text(24, by + 11.5, lab[6], fb, 13, (255, 255, 255))
    pg.text(186, by + 11.5, f"{money(amount)} €", fb, 16, (255, 255, 255), anchor="r")
    by += 26
    pg.text(18, by, f"{lab[5]} : {per}" if variant != 2 else f"Période : {per}", fb, 10)
    by += 8
    ht = round(amount / 1.2, 2)
    if service in ("electricity", "gas", "energy"):
        kwh = rng.randint(120, 420)
        rows_ = [
            ["Désignation", "Quantité", "Prix unitaire", "Montant HT"],
            [OFFERS[key], "", "", ""],
            ["Abonnement", "1 mois", money(round(ht * 0.3, 2)), money(round(ht * 0.3, 2))],
            [
                "Consommation",
                f"{kwh} kWh",
                f"0,{rng.randint(1500, 2500)}",
                money(round(ht * 0.55, 2)),
            ],
            ["Taxes et contributions (CTA, accise)", "", "", money(round(ht * 0.15, 2))],
            ["TVA", "", "", money(round(amount - ht, 2))],
        ]
    elif service == "water":
        m3 = rng.randint(8, 40)
        rows_ = [
            ["Désignation", "Quantité", "Prix unitaire", "Montant HT"],
            [OFFERS[key], "", "", ""],
            ["Abonnement", "", "", money(round(ht * 0.2, 2))],
            ["Consommation d'eau", f"{m3} m³", "2,1300", money(round(ht * 0.5, 2))],
            ["Collecte et traitement des eaux usées", f"{m3} m³", "", money(round(ht * 0.2, 2))],
            ["Organismes publics", "", "", money(round(ht * 0.1, 2))],
            ["TVA 5,5 % / 10 %", "", "", money(round(amount - ht, 2))],
        ]
    else:
        rows_ = [
            ["Désignation", "Période", "Montant HT", "Montant TTC"],
            [OFFERS[key], per, money(ht), money(amount)],
            ["Communications et services", "", "0,00", "0,00"],
            ["Options", "", "0,00", "0,00"],
            ["TVA 20 %", "", "", money(round(amount - ht, 2))],
        ]
    by = table(
        pg,
        18,
        by,
        [86, 32, 28, 28],
        rows_,
        font=f,
        head_font=fb,
        size=8,
        head_fill=(235, 235, 235),
        aligns=["l", "r", "r", "r"],
        grid=variant != 2,
    )
    by += 8
    pg.text(
        18,
        by,
        f"Prélèvement automatique le {fr(issue.replace(day=min(28, issue.day + 10)))}"
        f" sur le compte FR76 **** **** **** **** ***{digits(rng, 2)} {digits(rng, 2)}",
        f,
        8.5,
    )
    if service in ("electricity", "gas"):
        pg.text(
            18,
            by + 6,
            f"{'PDL' if service == 'electricity' else 'PCE'} : {digits(rng, 14)}",
            f,
            8.5,
        )
    if rng.random() < 0.5:
        pg.image(165, 230, 24, 24, qr_img(f"https://espace-client.example/{number}"))
    legal = {
        "EDF": "EDF SA au capital de 2 084 365 041 € - 552 081 317 RCS Paris - 22-30 avenue de "
        "Wagram 75382 Paris cedex 08",
        "ENGIE": "ENGIE SA au capital de 2 435 285 011 € - 542 107 651 RCS Nanterre",
        "TOTAL": "TotalEnergies Électricité et Gaz France - SA au capital de 2 660 806 € - "
        "RCS Nanterre 542 034 921",
        "FREE": "Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS Paris - 8 rue de la "
        "Ville l'Évêque 75008 Paris",
        "FREEMOB": "Free Mobile SAS - 499 247 138 RCS Paris - 16 rue de la Ville l'Évêque "
        "75008 Paris",
        "SFR": "SFR - SA au capital de 3 423 265 598,40 € - RCS Paris 343 059 564",
        "ORANGE": "Orange SA au capital de 10 640 226 396 € - 380 129 866 RCS Paris",
        "BOUYGUES": "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Paris",
        "SOSH": "Sosh est une marque d'Orange SA - 380 129 866 RCS Paris",
        "EAUPARIS": "Eau de Paris - Régie à autonomie financière et personnalité morale - "
        "SIRET 539 774 091 00014",
        "VEOLIA": "Veolia Eau - Compagnie Générale des Eaux - SCA - 572 025 526 RCS Paris",
        "EKW": "ekWateur SAS - 798 043 186 RCS Paris",
    }[key]
    pg.line(18, 272, 192, 272, (180, 180, 180), 0.3)
    pg.text(105, 277, legal, f, 6.2, (100, 100, 100), anchor="m")
    pg.text(192, 287, "Page 1/" + str(pages), f, 7, (100, 100, 100), anchor="r")
    out = [pg]
    if pages > 1:
        p2 = Page()
        p2.text(18, 20, f"Détail de votre facture n° {number}", fb, 12, col)
        y = 32
        for i in range(rng.randint(6, 14)):
            p2.text(18, y, f"{fr(start)}  Service inclus {i + 1}", f, 8.5)
            p2.text(192, y, "0,00 €", f, 8.5, anchor="r")
            y += 5.5
        p2.text(
            18,
            y + 8,
            "Informations utiles : conservez cette facture, elle constitue un "
            "justificatif de domicile.",
            f,
            8.5,
        )
        p2.text(192, 287, f"Page 2/{pages}", f, 7, (100, 100, 100), anchor="r")
        out.append(p2)
    fields = dict(
        provider=TRUTH_NAME.get(key, disp),
        service=service,
        holder_name=holder,
        address=address.one(),
        issue_date=issue.isoformat(),
        period_start=start.isoformat(),
        period_end=end.isoformat(),
        amount=amount,
    )
    if (start, end) == month_bounds(start.strftime("%Y-%m")):
        fields["month"] = start.strftime("%Y-%m")
    return out, fields


def attestation_contrat(rng, key, holder, civ, address, issue, since, service=None):
    """Energy supplier's 'attestation de titulaire de contrat' (justificatif de domicile)."""
    disp, col, f, fb, svc0, sender = PROV[key]
    service = service or svc0
    pg = Page()
    _logo(pg, key, 18, 26, rng)
    y = 34
    for ln in sender:
        pg.text(18, y, ln, f, 7.5, (80, 80, 80))
        y += 3.6
    pg.text(112, 50, f"{civ} {holder}", fb, 10)
    for i, ln in enumerate(address.lines()):
        pg.text(112, 55 + i * 4.6, ln, f, 10)
    pg.text(112, 82, f"Le {fr_words(issue)}", f, 10)
    title = rng.choice(
        [
            "ATTESTATION DE TITULAIRE DE CONTRAT",
            "Attestation de contrat",
            "JUSTIFICATIF DE DOMICILE - Attestation de contrat",
        ]
    )
    pg.text(105, 100, title, fb, 14, col, anchor="m")
    ref = digits(rng, 10)
    energy = {
        "electricity": "d'électricité",
        "gas": "de gaz naturel",
        "energy": "d'électricité et de gaz",
    }[service]
    body = (
        f"Nous soussignés, {disp}, attestons que {civ} {holder} est titulaire d'un contrat de "
        f"fourniture {energy} (référence client {ref}) depuis le {fr(since)}, pour le "
        f"logement situé au {address.one()}."
    )
    y = pg.para(25, 118, 160, body, f, 11, lead=6.5)
    y = pg.para(
        25,
        y + 6,
        160,
        "Le contrat est actif à la date de la présente attestation. "
        "Cette attestation est délivrée à la demande de l'intéressé(e) pour servir et "
        "valoir ce que de droit.",
        f,
        11,
        lead=6.5,
    )
    pg.text(120, y + 18, "Le Service Clients", f, 10)
    pg.text(120, y + 24, disp, fb, 10)
    pg.line(18, 272, 192, 272, (180, 180, 180), 0.3)
    pg.text(
        105,
        277,
        f"{disp} - document établi automatiquement, il ne nécessite pas de signature.",
        f,
        7,
        (100, 100, 100),
        anchor="m",
    )
    fields = dict(
        provider=TRUTH_NAME.get(key, disp),
        service=service,
        holder_name=holder,
        address=address.one(),
        issue_date=issue.isoformat(),
        period_start=since.isoformat(),
        period_end=None,
        amount=None,
    )
    return [pg], fields
