"""Pieces that are not one of the packet's types (typed `unknown`), and a bill seen in an app."""

from __future__ import annotations

import datetime as dt

from gen_codes import MONTHS_FR, digits, fr, iban_groups, money
from gen_core import Page
from gen_draw import logo_text, stamp_img
from gen_layout import date_words_fr, kv, table
from gen_money import _status_bar


def bank_statement(rng, bank, col, holder, addr, iban, month: dt.date):
    pg = Page()
    logo_text(pg, 18, 24, bank, "sans-b", 15, col)
    pg.text(192, 22, "RELEVÉ DE COMPTE", "sans-b", 12, anchor="r")
    pg.text(
        192,
        28,
        f"{MONTHS_FR[month.month - 1].capitalize()} {month.year} - relevé n° {month.month}",
        "sans",
        9,
        anchor="r",
    )
    pg.text(112, 44, holder, "sans-b", 10)
    for i, ln in enumerate(addr.lines()):
        pg.text(112, 49 + i * 4.6, ln, "sans", 10)
    pg.text(18, 74, f"Compte de dépôt n° {iban[14:25]}   IBAN {iban_groups(iban)}", "sans", 8.5)
    rows = [["Date", "Libellé", "Débit", "Crédit"]]
    bal = rng.uniform(200, 1500)
    rows.append([fr(month), "SOLDE PRÉCÉDENT", "", money(bal)])
    for k in range(rng.randint(10, 16)):
        day = month.replace(day=min(28, 1 + k * 2))
        lab, amt, cr = rng.choice(
            [
                ("CB CARREFOUR CITY", 23.4, 0),
                ("PRLV SEPA FREE MOBILE", 19.99, 0),
                ("VIR SALAIRE", 1850.0, 1),
                ("CB PHARMACIE", 12.8, 0),
                ("PRLV SEPA EDF", 61.2, 0),
                ("RETRAIT DAB", 40.0, 0),
                ("CB NAVIGO", 86.4, 0),
                ("VIR LOYER", 780.0, 0),
            ]
        )
        rows.append([fr(day), lab, "" if cr else money(amt), money(amt) if cr else ""])
    table(pg, 18, 82, [24, 96, 27, 27], rows, size=8, aligns=["l", "l", "r", "r"], rh=6)
    pg.text(
        105,
        285,
        f"{bank} - document non contractuel - page 1/1",
        "sans",
        7,
        (90, 90, 90),
        anchor="m",
    )
    return [pg], {}


def insurance(rng, insurer, holder, addr, start, end):
    pg = Page()
    logo_text(pg, 18, 26, insurer, "lato-b", 18, (0, 100, 80))
    pg.text(105, 60, "ATTESTATION D'ASSURANCE HABITATION", "lato-b", 14, anchor="m")
    body = (
        f"{insurer} atteste que {holder}, demeurant {addr.one()}, est titulaire du contrat "
        f"multirisque habitation n° {digits(rng, 9)} garantissant les risques locatifs du "
        f"logement situé à cette adresse, pour la période du {fr(start)} au {fr(end)}."
    )
    y = pg.para(22, 78, 166, body, "lato", 11, lead=6.5)
    pg.para(
        22,
        y + 6,
        166,
        "La présente attestation ne peut engager l'assureur au-delà des "
        "limites du contrat auquel elle se réfère.",
        "lato",
        10,
    )
    pg.text(120, y + 30, f"Fait le {fr(start + dt.timedelta(days=3))}", "lato", 10)
    pg.text(120, y + 36, "Pour l'assureur, le service client", "lato", 10)
    return [pg], {}


def marriage(rng, mairie, h, w, date, issued):
    """Extrait d'acte de mariage (French civil status) - not a birth certificate."""
    pg = Page(bg=(252, 252, 248))
    pg.text(105, 20, "RÉPUBLIQUE FRANÇAISE", "serif-b", 11, anchor="m")
    pg.text(105, 26, f"MAIRIE DE {mairie.upper()}", "serif", 10, anchor="m")
    pg.text(105, 40, "EXTRAIT D'ACTE DE MARIAGE", "serif-b", 14, anchor="m")
    pg.text(105, 46, "(sans filiation)", "serif-i", 9, anchor="m")
    y = 62
    y = (
        pg.para(
            25,
            y,
            160,
            f"Le {date_words_fr(date)} a été célébré en notre mairie le mariage de :",
            "serif",
            11,
        )
        + 4
    )
    for who in (h, w):
        y = kv(
            pg, 30, y, "", f"{who.given} {who.surname}", "beside", "serif", "serif-b", 10, 11, tab=0
        )
        y = (
            kv(
                pg,
                30,
                y,
                "né(e) le",
                f"{fr(who.dob)} à {who.pob_city} ({who.pob_country.title()})",
                "beside",
                "serif",
                "serif",
                10,
                10.5,
                tab=18,
            )
            + 3
        )
    y = pg.para(25, y + 4, 160, "Contrat de mariage : sans contrat préalable.", "serif", 10.5)
    pg.text(25, y + 12, f"Délivré le {fr(issued)}, à {mairie}", "serif", 10)
    pg.image(
        120,
        y + 10,
        36,
        36,
        stamp_img(f"MAIRIE DE {mairie.upper()}", ["ÉTAT", "CIVIL"], 34, (40, 50, 140), rng),
    )
    pg.sign(150, y + 18, 40, 16, "L'officier", rng)
    return [pg], {}


def bill_screen(rng, app, holder, amount, start, end, issue, number, w=108, h=240):
    """A bill shown in the operator's app (phone screenshot)."""
    col = {"free": (205, 30, 37), "sfr": (226, 0, 26), "edf": (0, 91, 187)}[app]
    pg = Page(w, h, bg=(246, 246, 248))
    _status_bar(pg, rng)
    pg.rect(0, 12, w, 22, None, col, 0)
    title = {"free": "Mon Espace Abonné", "sfr": "Mes factures", "edf": "Mes factures"}[app]
    pg.text(w / 2, 26, title, "roboto-b", 13, (255, 255, 255), anchor="m")
    pg.rect(5, 40, w - 10, 120, None, (255, 255, 255), 0, 3)
    prov = {"free": "Free", "sfr": "SFR", "edf": "EDF"}[app]
    svc = {"free": "internet", "sfr": "mobile", "edf": "electricity"}[app]
    lines = [
        ("Facture", f"n° {number}"),
        ("Émise le", fr(issue)),
        ("Titulaire", holder),
        ("Période", f"du {fr(start)} au {fr(end)}"),
        (
            "Offre",
            {"free": "Freebox Pop", "sfr": "Forfait SFR 5G 130 Go", "edf": "Tarif Bleu Base 6 kVA"}[
                app
            ],
        ),
        ("Statut", "Payée - prélèvement"),
    ]
    y = 52
    for a, b in lines:
        pg.text(10, y, a, "roboto", 10, (110, 110, 120))
        pg.text(w - 10, y, b, "roboto-m", 10.5, (25, 25, 30), anchor="r")
        pg.line(10, y + 4, w - 10, y + 4, (230, 230, 234), 0.2)
        y += 14
    pg.text(10, y + 6, "Montant", "roboto", 11, (110, 110, 120))
    pg.text(w - 10, y + 6, f"{money(amount)} €", "roboto-b", 18, col, anchor="r")
    pg.rect(10, h - 40, w - 20, 13, None, col, 0, 6)
    pg.text(
        w / 2,
        h - 31.5,
        "Télécharger la facture (PDF)",
        "roboto-b",
        10.5,
        (255, 255, 255),
        anchor="m",
    )
    fields = dict(
        provider=prov,
        service=svc,
        holder_name=holder,
        address=None,
        issue_date=issue.isoformat(),
        period_start=start.isoformat(),
        period_end=end.isoformat(),
        amount=amount,
    )
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1 and start.month == end.month:
        fields["month"] = start.strftime("%Y-%m")
    return [pg], fields
