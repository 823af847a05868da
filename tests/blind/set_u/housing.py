"""Proof of address: energy / telecom / water bills, leases, rent receipts, attestations
d'hébergement (typed or handwritten)."""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

from canvas import PEN_COLORS, Page
from civil import MOIS

# provider: (service, brand colour, legal line, customer-service line, product)
PROV = {
    "EDF": (
        "electricity",
        (255, 90, 0),
        "EDF SA - 22-30 avenue de Wagram 75382 Paris cedex 08 - "
        "SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris",
        "09 69 32 15 15",
        "Tarif Bleu - Option Base 6 kVA",
    ),
    "ENGIE": (
        "energy",
        (0, 170, 255),
        "ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre "
        "542 107 651 - 1 place Samuel de Champlain 92400 Courbevoie",
        "09 69 324 324",
        "Électricité + Gaz naturel - Offre Elec Référence 3 ans",
    ),
    "TotalEnergies": (
        "electricity",
        (237, 0, 0),
        "TotalEnergies Électricité et Gaz France - SA "
        "- RCS Nanterre 478 141 470 - 2 bis rue Louis Armand 75015 Paris",
        "09 70 80 69 69",
        "Offre Verte Fixe - Électricité",
    ),
    "Free": (
        "internet",
        (205, 30, 35),
        "Free - SAS au capital de 3 441 812 € - RCS Paris B 421 "
        "938 861 - 16 rue de la Ville l'Evêque 75008 Paris",
        "3244",
        "Freebox Pop",
    ),
    "SFR": (
        "internet",
        (226, 0, 26),
        "SFR - SA au capital de 3 423 265 598,40 € - RCS Paris 343 "
        "059 564 - 16 rue du Général Alain de Boissieu 75015 Paris",
        "1023",
        "SFR Fibre Power",
    ),
    "Orange": (
        "internet",
        (255, 121, 0),
        "Orange SA au capital de 10 640 226 396 € - 78 rue "
        "Olivier de Serres 75015 Paris - RCS Paris 380 129 866",
        "3900",
        "Livebox Fibre",
    ),
    "Bouygues Telecom": (
        "mobile",
        (0, 85, 150),
        "Bouygues Telecom - SA au capital de 712 588 399"
        " € - 37-39 rue Boissière 75116 Paris - RCS Paris 397 480 930",
        "1064",
        "Forfait B&You 100 Go",
    ),
    "Eau de Paris": (
        "water",
        (0, 120, 190),
        "Eau de Paris - Régie municipale - 19 rue Neuve Tolbiac CS 91373 75214 Paris Cedex 13",
        "09 69 32 69 69",
        "Abonnement et consommation d'eau",
    ),
    "Veolia": (
        "water",
        (230, 0, 40),
        "Veolia Eau - Compagnie Générale des Eaux - 21 rue La Boétie 75008 Paris",
        "09 69 36 04 00",
        "Service de l'eau",
    ),
}
LOGO_FONT = {
    "EDF": "sans-b",
    "ENGIE": "lato-b",
    "TotalEnergies": "open-b",
    "Free": "roboto-b",
    "SFR": "sans-b",
    "Orange": "sans-b",
    "Bouygues Telecom": "open-b",
    "Eau de Paris": "lato-b",
    "Veolia": "roboto-b",
}


def money(v: float) -> str:
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


def month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def bill(b: dict, rnd: random.Random) -> tuple[Page, dict]:
    """b: provider, holder (as printed), civ, address (list of lines), start, end, issue, amount,
    client, invoice."""
    service, col, legal, phone, product = PROV[b["provider"]]
    lf = LOGO_FONT[b["provider"]]
    style = b.get("style", rnd.randrange(3))
    body = rnd.choice(["sans", "open", "lato", "roboto", "carlito"])
    bold = body + "-b" if body != "carlito" else "carlito-b"
    pg = Page()
    name = (b.get("civ", "") + " " + b["holder"]).strip()
    if style == 0:
        pg.text(15, 22, b["provider"], lf, 22, col)
        pg.text(15, 29, "Votre facture" if service != "water" else "Facture d'eau", body, 9)
        ax, ay = 115, 48
    elif style == 1:
        pg.rect(0, 0, 210, 26, None, col)
        pg.text(15, 17, b["provider"], lf, 20, (255, 255, 255))
        pg.text(195, 17, "FACTURE", bold, 14, (255, 255, 255), "r")
        ax, ay = 110, 45
    else:
        pg.text(
            195,
            20,
            b["provider"].lower() if b["provider"] == "Free" else b["provider"],
            lf,
            24,
            col,
            "r",
        )
        pg.rect(15, 12, 4, 14, None, col)
        pg.text(22, 22, "Facture", bold, 16)
        ax, ay = 112, 52
    for i, ln in enumerate([name, *b["address"]]):
        pg.text(ax, ay + i * 5, ln, body if i else bold, 10)
    x = 15
    y = 45
    info = [
        ("Date de facture", b["issue"].strftime("%d/%m/%Y")),
        ("N° de facture", b["invoice"]),
        ("N° client" if style != 2 else "Identifiant client", b["client"]),
        ("Titulaire du contrat", b["holder"]),
    ]
    for lab, v in info:
        pg.text(x, y, lab, body, 8, (90, 90, 90))
        pg.text(x, y + 4, v, bold, 9)
        y += 10
    per = f"Période du {b['start'].strftime('%d/%m/%Y')} au {b['end'].strftime('%d/%m/%Y')}"
    if service in ("internet", "mobile", "landline") and rnd.random() < 0.5:
        per = f"Facture de {MOIS[b['start'].month - 1]} {b['start'].year} - " + per.lower()
    y = 95
    pg.rect(15, y, 180, 26, col if style == 2 else (200, 200, 200), (248, 248, 248), 0.4, 2)
    pg.text(
        20, y + 8, "Montant total TTC à payer" if rnd.random() < 0.6 else "Total à payer", bold, 11
    )
    pg.text(190, y + 10, money(b["amount"]), bold, 18, col, "r")
    pg.text(20, y + 15, per, body, 9)
    pg.text(
        20,
        y + 21,
        f"Prélevé le {(b['issue'] + timedelta(days=12)).strftime('%d/%m/%Y')} sur votre compte",
        body,
        8,
        (90, 90, 90),
    )
    y = 132
    pg.text(15, y, "Détail de votre facture", bold, 11, col)
    y += 4
    pg.line(15, y, 195, y, col, 0.5)
    y += 7
    ht = b["amount"] / 1.2
    rows = [
        (product, per.split(" - ")[-1], money(ht * 0.7)),
        (
            "Abonnement",
            f"{b['start'].strftime('%d/%m')} - {b['end'].strftime('%d/%m')}",
            money(ht * 0.3),
        ),
        ("Total HT", "", money(ht)),
        ("TVA", "20 %", money(b["amount"] - ht)),
        ("Total TTC", "", money(b["amount"])),
    ]
    if service in ("electricity", "energy", "water"):
        idx = rnd.randint(10000, 40000)
        rows.insert(
            1,
            (
                "Index relevé",
                f"{idx} -> {idx + rnd.randint(120, 400)} "
                + ("kWh" if service != "water" else "m3"),
                "",
            ),
        )
    for lab, mid, v in rows:
        pg.text(17, y, lab, bold if lab.startswith("Total") else body, 9)
        pg.text(110, y, mid, body, 8, (80, 80, 80))
        pg.text(193, y, v, bold if lab.startswith("Total") else body, 9, anchor="r")
        y += 7
    y += 6
    pg.text(
        15,
        y,
        "Adresse de consommation"
        if service in ("electricity", "energy", "water")
        else "Adresse d'installation",
        body,
        8,
        (90, 90, 90),
    )
    pg.text(15, y + 5, ", ".join(b["address"]), body, 9)
    if service in ("electricity", "energy"):
        pg.text(15, y + 11, f"PDL n° {rnd.randint(10**13, 10**14 - 1)}", body, 8)
    pg.text(15, 268, f"Service client : {phone} (appel non surtaxé)", body, 8)
    pg.para(15, 276, legal, body, 6.5, 180, 1.2, (110, 110, 110))
    pg.text(195, 290, "Page 1/1", body, 7, (110, 110, 110), "r")
    f = {
        "provider": b["provider"],
        "service": service,
        "holder_name": b["holder"],
        "address": ", ".join(b["address"]),
        "issue_date": b["issue"].isoformat(),
        "period_start": b["start"].isoformat(),
        "period_end": b["end"].isoformat(),
        "amount": round(b["amount"], 2),
    }
    s, e = b["start"], b["end"]
    if s.day == 1 and e == month_bounds(s.year, s.month)[1]:
        f["month"] = f"{s.year}-{s.month:02d}"
    return pg, f


def lease(L: dict, rnd: random.Random) -> tuple[list[Page], dict]:
    """A French unfurnished lease (loi 89-462), two pages. L: landlord, laddr, tenants,
    address, start, rent, charges, surface, rooms, city, signed."""
    font = rnd.choice(["serif", "caladea", "sans", "carlito"])
    bold = {"serif": "serif-b", "caladea": "caladea-b", "sans": "sans-b", "carlito": "carlito-b"}[
        font
    ]
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", bold, 15, anchor="c")
    p1.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", bold, 10.5, anchor="c")
    p1.text(
        105,
        35,
        "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989)",
        font,
        9,
        anchor="c",
    )
    y = 50
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", bold, 11)
    y += 8
    p1.text(20, y, "Le présent contrat est conclu entre les soussignés :", font, 10)
    y += 7
    p1.text(20, y, f"Bailleur : {L['landlord']}", bold, 10)
    y = p1.para(
        25, y + 5, f"demeurant {L['laddr']}, désigné(s) ci-après « le bailleur » ;", font, 10, 165
    )
    tn = " et ".join(L["tenants"])
    p1.text(20, y + 3, f"Locataire(s) : {tn}", bold, 10)
    y = p1.para(25, y + 8, "désigné(s) ci-après « le locataire ».", font, 10, 165)
    y += 6
    p1.text(20, y, "II. OBJET DU CONTRAT", bold, 11)
    y = p1.para(
        20,
        y + 8,
        f"Le présent contrat a pour objet la location d'un logement ainsi "
        f"déterminé : appartement de {L['rooms']} pièce(s) principale(s), d'une surface "
        f"habitable de {L['surface']} m², situé au {L['address']}.",
        font,
        10,
        170,
        1.4,
    )
    y = p1.para(
        20,
        y + 3,
        "Régime juridique de l'immeuble : copropriété. Période de "
        "construction : 1949 à 1974. Modalité de production de chauffage : individuel.",
        font,
        10,
        170,
        1.4,
    )
    y += 6
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", bold, 11)
    y += 8
    p1.text(20, y, "Date de prise d'effet du contrat :", font, 10)
    p1.text(85, y, L["start"].strftime("%d/%m/%Y"), bold, 10)
    y = p1.para(
        20,
        y + 6,
        "Durée du contrat : trois (3) ans, renouvelable par tacite reconduction.",
        font,
        10,
        170,
    )
    y += 6
    p1.text(20, y, "IV. CONDITIONS FINANCIÈRES", bold, 11)
    y += 8
    for lab, v in [
        ("Montant du loyer mensuel (hors charges)", money(L["rent"])),
        ("Provision sur charges", money(L["charges"])),
        ("Dépôt de garantie", money(L["rent"])),
    ]:
        p1.text(25, y, lab, font, 10)
        p1.line(110, y + 1, 160, y + 1, (150, 150, 150), 0.2, (0.5, 0.8))
        p1.text(185, y, v, bold, 10, anchor="r")
        y += 7
    p1.para(
        20,
        y + 4,
        "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois, "
        "par virement sur le compte du bailleur.",
        font,
        10,
        170,
    )
    p1.text(105, 288, "Paraphes :", font, 8, anchor="c")
    p1.hand(
        118,
        288,
        "".join(w[0] for w in L["tenants"][0].split()[:2]),
        "dkg",
        10,
        seed=rnd.randrange(99),
    )
    p1.text(190, 288, "1/2", font, 8, anchor="r")
    p2 = Page()
    y = 25
    p2.text(20, y, "V. TRAVAUX - GARANTIES - CLAUSE RÉSOLUTOIRE", bold, 11)
    y = p2.para(
        20,
        y + 8,
        "Le présent contrat sera résilié de plein droit, un mois après un "
        "commandement de payer demeuré infructueux, à défaut de paiement du loyer ou des "
        "charges aux termes convenus, ou du dépôt de garantie. " * 2,
        font,
        10,
        170,
        1.4,
    )
    y += 6
    p2.text(20, y, "VI. ANNEXES", bold, 11)
    y = p2.para(
        20,
        y + 8,
        "Sont annexés au présent contrat : le dossier de diagnostic technique "
        "(DPE, CREP, état des risques), la notice d'information, l'état des lieux "
        "d'entrée.",
        font,
        10,
        170,
        1.4,
    )
    y += 10
    p2.text(
        20,
        y,
        f"Fait à {L['city']}, le {L['signed'].strftime('%d/%m/%Y')}, en deux "
        "exemplaires originaux.",
        font,
        10,
    )
    y += 14
    p2.text(30, y, "Le bailleur", bold, 10)
    p2.text(120, y, "Le(s) locataire(s)", bold, 10)
    p2.text(30, y + 5, "(« lu et approuvé »)", font, 8)
    p2.text(120, y + 5, "(« lu et approuvé »)", font, 8)
    pen = rnd.choice(PEN_COLORS)
    p2.hand(30, y + 14, "Lu et approuvé", "dkg", 11, pen, rnd.randrange(999))
    p2.sig(28, y + 16, 55, 22, L["landlord"], pen, rnd.randrange(999))
    for i, t in enumerate(L["tenants"]):
        pen2 = rnd.choice(PEN_COLORS)
        p2.hand(120, y + 14 + i * 30, "Lu et approuvé", "breip", 11, pen2, rnd.randrange(999))
        p2.sig(118, y + 16 + i * 30, 55, 22, t, pen2, rnd.randrange(999), i)
    p2.text(190, 288, "2/2", font, 8, anchor="r")
    f = {
        "tenant_names": list(L["tenants"]),
        "landlord": L["landlord"],
        "address": L["address"],
        "start_date": L["start"].isoformat(),
    }
    return [p1, p2], f


def quittance(q: dict, rnd: random.Random) -> Page:
    pg = Page()
    f = rnd.choice(["sans", "serif"])
    pg.text(105, 30, "QUITTANCE DE LOYER", f + "-b", 16, anchor="c")
    pg.text(105, 38, f"Période : {MOIS[q['month'].month - 1]} {q['month'].year}", f, 11, anchor="c")
    y = 60
    for ln in [
        f"Bailleur : {q['landlord']}",
        f"Locataire : {q['tenant']}",
        f"Adresse de la location : {q['address']}",
    ]:
        pg.text(20, y, ln, f, 11)
        y += 8
    y = pg.para(
        20,
        y + 8,
        f"Je soussigné(e) {q['landlord']}, propriétaire du logement désigné "
        f"ci-dessus, déclare avoir reçu de {q['tenant']} la somme de "
        f"{money(q['rent'] + q['charges'])} au titre du paiement du loyer et des charges "
        f"pour la période de location du {q['month'].strftime('%d/%m/%Y')} au "
        f"{month_bounds(q['month'].year, q['month'].month)[1].strftime('%d/%m/%Y')} et "
        "lui en donne quittance, sous réserve de tous mes droits.",
        f,
        11,
        170,
        1.5,
    )
    pg.text(25, y + 8, f"Loyer : {money(q['rent'])}", f, 11)
    pg.text(25, y + 15, f"Charges : {money(q['charges'])}", f, 11)
    pg.text(20, y + 30, f"Fait à {q['city']}, le {q['signed'].strftime('%d/%m/%Y')}", f, 11)
    pg.sig(120, y + 36, 60, 22, q["landlord"], (20, 30, 110), rnd.randrange(999))
    return pg


def attestation(a: dict, rnd: random.Random, hand: bool) -> tuple[Page, dict]:
    """Attestation d'hébergement. a: host, host_dob, host_pob, hosted, hosted_dob, hosted_pob,
    address, since, city, signed_on, signed (bool), civ_host, civ_hosted."""
    pg = Page(bg=(255, 255, 255) if not hand or rnd.random() < 0.5 else (252, 252, 246))
    sd = a["signed_on"]
    if hand:
        hf = rnd.choice(["dkg", "breip", "dkg-i", "kaushan"])
        pen = rnd.choice(PEN_COLORS)
        seeded = rnd.randrange(10**6)
        lined = rnd.random() < 0.6
        if lined:  # Seyès-like ruled paper
            for i in range(40):
                pg.line(0, 30 + i * 7, 210, 30 + i * 7, (170, 190, 230), 0.2)
            pg.line(30, 0, 30, 297, (230, 140, 150), 0.3)
        lines = [("c", "Attestation d'hébergement")]
        body = (
            f"Je soussigné{'e' if a['host_sex'] == 'F' else ''} {a['host']}, "
            f"né{'e' if a['host_sex'] == 'F' else ''} le {a['host_dob'].strftime('%d/%m/%Y')}"
            f" à {a['host_pob']}, demeurant au {a['address']}, atteste sur l'honneur "
            f"héberger à mon domicile {a['civ_hosted']} {a['hosted']}, "
            f"né{'e' if a['civ_hosted'] != 'M.' else ''} le "
            f"{a['hosted_dob'].strftime('%d/%m/%Y')} à {a['hosted_pob']}, depuis le "
            f"{a['since'].strftime('%d/%m/%Y')}."
        )
        from canvas import wrap

        y = 44
        pg.hand(105, y - 7, lines[0][1], hf, 17, pen, seeded, anchor="c")
        y += 7
        for ln in wrap(body, hf, 13.6, 150):
            pg.hand(36 + rnd.uniform(-1, 1), y + 6, ln, hf, 13, pen, seeded + y)
            y += 7
        y += 7
        pg.hand(36, y + 6, "Fait pour servir et valoir ce que de droit.", hf, 13, pen, seeded + 3)
        y += 14
        pg.hand(
            100, y + 6, f"Fait à {a['city']}, le {sd.strftime('%d/%m/%Y')}", hf, 13, pen, seeded + 4
        )
        y += 9
        if a["signed"]:
            pg.sig(110, y, 60, 26, a["host"], pen, seeded + 5, rnd.randrange(3))
    else:
        f = rnd.choice(["sans", "serif", "carlito", "open"])
        fb = f + "-b"
        pg.text(20, 25, a["host"], fb, 10)
        pg.text(20, 30, a["address"], f, 10)
        pg.text(105, 60, "ATTESTATION D'HÉBERGEMENT", fb, 15, anchor="c")
        y = pg.para(
            20,
            80,
            f"Je soussigné{'e' if a['host_sex'] == 'F' else ''} "
            f"{a['civ_host']} {a['host']}, né{'e' if a['host_sex'] == 'F' else ''} le "
            f"{a['host_dob'].strftime('%d/%m/%Y')} à {a['host_pob']}, demeurant "
            f"{a['address']},",
            f,
            11,
            170,
            1.5,
        )
        y = pg.para(
            20,
            y + 4,
            f"certifie sur l'honneur héberger à mon domicile, depuis le "
            f"{a['since'].strftime('%d/%m/%Y')}, {a['civ_hosted']} {a['hosted']}, "
            f"né{'e' if a['civ_hosted'] != 'M.' else ''} le "
            f"{a['hosted_dob'].strftime('%d/%m/%Y')} à {a['hosted_pob']}.",
            f,
            11,
            170,
            1.5,
        )
        y = pg.para(
            20,
            y + 4,
            "Je joins à la présente attestation la copie de ma pièce "
            "d'identité et un justificatif de domicile à mon nom.",
            f,
            11,
            170,
            1.5,
        )
        y = pg.para(20, y + 4, "Fait pour servir et valoir ce que de droit.", f, 11, 170)
        pg.text(110, y + 12, f"Fait à {a['city']}, le {sd.strftime('%d/%m/%Y')}", f, 11)
        pg.text(110, y + 20, "Signature :", f, 11)
        if a["signed"]:
            pg.sig(110, y + 22, 60, 26, a["host"], rnd.choice(PEN_COLORS), rnd.randrange(999))
    fields = {
        "host_name": a["host"],
        "hosted_name": a["hosted"],
        "address": a["address"],
        "since_date": a["since"].isoformat(),
        "signed_on": sd.isoformat(),
        "signed": a["signed"],
    }
    return pg, fields
