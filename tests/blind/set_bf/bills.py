"""French utility bills (EDF, Orange, SFR) and RIBs (La Banque Postale, Société Générale)."""

from __future__ import annotations

import calendar

from bank import grouped
from render import Page

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


def fr(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def words(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def month_bounds(ym: str) -> tuple[str, str]:
    y, m = map(int, ym.split("-"))
    return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def next_month_day(ym: str, day: int) -> str:
    y, m = map(int, ym.split("-"))
    m += 1
    if m == 13:
        y, m = y + 1, 1
    return f"{y:04d}-{m:02d}-{day:02d}"


def _addr_block(pg, x, y, lines, font="sans", size=10):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * 4.6, ln, font, size)


def edf_bill(rng, b: dict) -> Page:
    """EDF 'Tarif Bleu' monthly electricity bill (real reading, Linky)."""
    pg = Page()
    blue, orange = (16, 54, 122), (255, 92, 0)
    pg.rect(15, 12, 22, 12, None, blue)
    pg.text(26, 20.5, "edf", "latob", 17, (255, 255, 255), "m")
    pg.ellipse(35, 9, 6, 6, None, orange)
    pg.text(45, 16, "EDF", "latob", 10, blue)
    pg.text(45, 20, "Particuliers", "lato", 9, blue)
    pg.text(15, 34, "Votre facture d'électricité", "latob", 15, blue)
    pg.text(15, 40, f"Facture du {fr(b['issue'])}", "lato", 10)
    pg.text(15, 45, f"N° de facture : {b['inv']}", "lato", 9)
    pg.text(15, 49.5, f"Référence client : {b['ref']}", "lato", 9)
    pg.text(15, 54, f"Point de livraison (PDL) : {b['pdl']}", "lato", 9)
    _addr_block(pg, 112, 40, [b["holder_print"]] + b["addr"], "lato", 10)
    pg.rect(15, 64, 180, 30, None, (232, 238, 248))
    pg.text(20, 73, "Montant TTC de votre facture", "latob", 11, blue)
    pg.text(190, 74, eur(b["amount"]), "latob", 20, blue, "r")
    pg.text(20, 80, f"Période de consommation du {fr(b['start'])} au {fr(b['end'])}", "lato", 9.5)
    pg.text(20, 86, f"Sera prélevé le {fr(b['due'])} sur votre compte bancaire", "lato", 9.5)
    pg.text(20, 91, f"Titulaire du contrat : {b['holder_print']}", "lato", 9)
    y = 106
    pg.text(15, y, "Détail de votre facture", "latob", 12, blue)
    y += 4
    pg.line(15, y, 195, y, blue, 0.4)
    kwh = b["kwh"]
    ht_abo = round(rng.uniform(9.5, 11.5), 2)
    rows = [
        (
            "Abonnement Tarif Bleu - Option Base 6 kVA",
            f"du {fr(b['start'])} au {fr(b['end'])}",
            ht_abo,
        ),
        ("Consommation (index réel Linky)", f"{kwh} kWh x 0,1952 €", round(kwh * 0.1952, 2)),
        ("Accise sur l'électricité", f"{kwh} kWh x 0,0261 €", round(kwh * 0.0261, 2)),
        ("Contribution tarifaire d'acheminement", "", round(ht_abo * 0.21, 2)),
    ]
    for lab, det, v in rows:
        y += 7
        pg.text(17, y, lab, "lato", 9)
        pg.text(120, y, det, "lato", 8.5, (80, 80, 80))
        pg.text(192, y, eur(v), "lato", 9, (0, 0, 0), "r")
    y += 9
    pg.line(15, y - 4, 195, y - 4, (180, 180, 180), 0.2)
    pg.text(17, y, "TVA 20 %", "lato", 9)
    pg.text(192, y, eur(b["amount"] - sum(r[2] for r in rows)), "lato", 9, (0, 0, 0), "r")
    y += 8
    pg.text(17, y, "Total TTC", "latob", 10)
    pg.text(192, y, eur(b["amount"]), "latob", 10, (0, 0, 0), "r")
    y += 16
    pg.text(15, y, "Adresse du logement", "latob", 10, blue)
    pg.text(15, y + 5, ", ".join(b["addr"]), "lato", 9)
    y += 16
    pg.text(15, y, "Votre consommation mensuelle", "latob", 10, blue)
    for i in range(12):
        hgt = rng.uniform(8, 28) if i < 11 else kwh / 10
        pg.rect(18 + i * 12, y + 34 - hgt, 7, hgt, None, (150, 175, 215) if i < 11 else orange)
    y += 48
    pg.paragraph(
        15,
        y,
        "Un problème, une question ? Espace client : edf.fr ou application EDF & "
        "MOI. Service clients : 09 69 32 15 15 (appel non surtaxé). En cas de litige, "
        "vous pouvez saisir le médiateur national de l'énergie (energie-mediateur.fr).",
        180,
        "lato",
        7.5,
        3.4,
        (90, 90, 90),
    )
    pg.text(
        105,
        287,
        "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - "
        "22-30 avenue de Wagram 75382 Paris cedex 08",
        "lato",
        6.5,
        (120, 120, 120),
        "m",
    )
    return pg


def telecom_bill(rng, b: dict) -> list[Page]:
    """Orange or SFR monthly box bill (two pages)."""
    brand = b["provider"]
    if brand == "Orange":
        col, font, fb = (255, 121, 0), "open", "openb"
    else:
        col, font, fb = (226, 0, 26), "robc", "robcb"
    p1 = Page()
    if brand == "Orange":
        p1.rect(15, 12, 18, 18, None, col)
        p1.text(17, 28, "orange", "openb", 8, (255, 255, 255))
        p1.text(38, 22, "Votre facture", "openb", 16)
    else:
        p1.rect(15, 12, 26, 13, None, col)
        p1.text(28, 21.5, "SFR", "robcb", 17, (255, 255, 255), "m")
        p1.text(46, 21, "Facture", "robcb", 16, col)
    p1.text(15, 40, f"Facture n° {b['inv']}", fb, 9.5)
    p1.text(15, 45, f"du {words(b['issue'])}", font, 9.5)
    p1.text(15, 50, f"Compte client : {b['ref']}", font, 9)
    p1.text(15, 55, f"N° de ligne : {b['line']}", font, 9)
    _addr_block(p1, 115, 44, [b["holder_print"]] + b["addr"], font, 10)
    y = 76
    p1.rect(15, y, 180, 26, None, (245, 245, 245))
    p1.text(20, y + 8, "Montant à payer", fb, 12)
    p1.text(190, y + 10, eur(b["amount"]), fb, 20, col, "r")
    p1.text(20, y + 15, f"Prélèvement à partir du {fr(b['due'])}", font, 9)
    p1.text(20, y + 21, f"Période facturée : du {fr(b['start'])} au {fr(b['end'])}", font, 9)
    y += 38
    p1.text(15, y, "Résumé de votre facture", fb, 12)
    y += 3
    p1.line(15, y, 195, y, col, 0.5)
    offer = b["offer"]
    rows = [
        (f"Abonnement {offer}", f"du {fr(b['start'])} au {fr(b['end'])}", b["amount"] - 2.0),
        ("Option TV / bouquet de base", "inclus", 0.0),
        ("Communications hors forfait", f"du {fr(b['start'])} au {fr(b['end'])}", 2.0),
    ]
    for lab, det, v in rows:
        y += 7
        p1.text(17, y, lab, font, 9)
        p1.text(115, y, det, font, 8.5, (90, 90, 90))
        p1.text(192, y, eur(v), font, 9, (0, 0, 0), "r")
    y += 9
    p1.line(15, y - 4, 195, y - 4, (190, 190, 190), 0.2)
    p1.text(17, y, "Total de la facture TTC", fb, 10)
    p1.text(192, y, eur(b["amount"]), fb, 10, (0, 0, 0), "r")
    p1.text(17, y + 5, f"dont TVA 20 % : {eur(round(b['amount'] / 6, 2))}", font, 8, (90, 90, 90))
    y += 18
    p1.text(15, y, "Adresse d'installation", fb, 10)
    p1.text(15, y + 5, ", ".join(b["addr"]), font, 9)
    p1.text(15, y + 10, f"Titulaire : {b['holder_print']}", font, 9)
    p1.paragraph(
        15,
        262,
        "Pour toute question : votre espace client en ligne ou l'application. "
        "Conservez votre facture, elle peut servir de justificatif de domicile.",
        180,
        font,
        7.5,
        3.4,
        (100, 100, 100),
    )
    legal = (
        "Orange SA au capital de 10 640 226 396 € - 380 129 866 RCS Nanterre"
        if brand == "Orange"
        else "SFR SA au capital de 3 423 265 598,40 € - 343 059 564 RCS Paris"
    )
    p1.text(105, 287, legal + " - page 1/2", font, 6.5, (120, 120, 120), "m")
    p2 = Page()
    p2.text(15, 20, "Détail de vos communications", fb, 12)
    p2.line(15, 23, 195, 23, col, 0.5)
    y = 30
    for _ in range(rng.randint(10, 18)):
        d = rng.randint(1, int(b["end"][8:]))
        p2.text(17, y, f"{d:02d}/{b['start'][5:7]}", font, 8.5)
        p2.text(
            40,
            y,
            f"Appel vers 0{rng.randint(1, 7)} {rng.randint(10, 99)} {rng.randint(10, 99)} xx xx",
            font,
            8.5,
        )
        p2.text(130, y, f"{rng.randint(0, 25)} min {rng.randint(0, 59):02d} s", font, 8.5)
        p2.text(192, y, "inclus", font, 8.5, (0, 0, 0), "r")
        y += 5.5
    p2.text(105, 287, legal + " - page 2/2", font, 6.5, (120, 120, 120), "m")
    return [p1, p2]


def rib_bank_pdf(rng, r: dict) -> Page:
    """A bank's RIB page (La Banque Postale / Société Générale style), printed from the web."""
    pg = Page()
    if r["bank"] == "La Banque Postale":
        col, font, fb = (0, 56, 122), "lato", "latob"
        pg.rect(15, 12, 12, 12, None, (255, 204, 0))
        pg.text(30, 20, "LA BANQUE POSTALE", fb, 13, col)
    else:
        col, font, fb = (230, 0, 40), "carlito", "carlitob"
        pg.rect(15, 12, 10, 6, None, (230, 0, 40))
        pg.rect(15, 18, 10, 6, None, (0, 0, 0))
        pg.text(29, 20, "SOCIETE GENERALE", fb, 13)
    pg.text(15, 38, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 14, col)
    pg.text(
        15,
        44,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        font,
        8,
        (90, 90, 90),
    )
    y = 56
    pg.text(15, y, "Titulaire du compte", fb, 9, col)
    for i, ln in enumerate(r["holder_lines"]):
        pg.text(15, y + 5 + i * 4.6, ln, font, 10)
    pg.text(115, y, "Domiciliation", fb, 9, col)
    for i, ln in enumerate(r["branch_lines"]):
        pg.text(115, y + 5 + i * 4.6, ln, font, 9.5)
    y = 90
    pg.rect(15, y, 180, 22, (150, 150, 150), None, 0.2)
    heads = [
        ("Code banque", r["bank_code"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    xs = [18, 55, 95, 160]
    for (h, v), x in zip(heads, xs, strict=True):
        pg.text(x, y + 7, h, font, 8, (90, 90, 90))
        pg.text(x, y + 15, v, fb, 11)
    y = 122
    pg.text(15, y, "IBAN (International Bank Account Number)", font, 8, (90, 90, 90))
    pg.text(15, y + 7, grouped(r["iban"]), "monob", 12)
    pg.text(135, y, "BIC (Bank Identifier Code)", font, 8, (90, 90, 90))
    pg.text(135, y + 7, r["bic"], "monob", 12)
    pg.line(15, 140, 195, 140, (200, 200, 200), 0.2)
    pg.text(15, 148, f"Document édité le {fr(r['printed'])}", font, 8, (120, 120, 120))
    pg.text(105, 287, r["legal"], font, 6.5, (120, 120, 120), "m")
    return pg
