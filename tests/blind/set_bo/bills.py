"""Utility bills as the providers email them: Bouygues Telecom (Bbox), Orange (Livebox),
TotalEnergies (electricity). Amounts are in euros with a French decimal comma."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4

from common import dmy, finish, fr_words, new_canvas

W, H = A4


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def _addr_window(c, x, y, lines, font="Lib", size=10):
    c.setFillColorRGB(0, 0, 0)
    for i, ln in enumerate(lines):
        c.setFont(font + ("-B" if i == 0 else ""), size)
        c.drawString(x, y - i * (size + 3), ln)


def bouygues(b: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setTitle(f"Facture Bbox {b['invoice']}")
    navy = (0.0, 0.2, 0.45)
    c.setFillColorRGB(*navy)
    c.setFont("Roboto-B", 20)
    c.drawString(40, H - 58, "bouygues")
    c.setFont("Roboto", 10)
    c.drawString(40, H - 72, "TELECOM")
    c.setFillColorRGB(0.0, 0.6, 0.85)
    c.circle(150, H - 52, 6, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Roboto", 8)
    for i, ln in enumerate(
        ["Bouygues Telecom - Service Clients", "TSA 59013", "60643 CHANTILLY CEDEX"]
    ):
        c.drawString(40, H - 92 - i * 10, ln)
    _addr_window(c, 330, H - 140, [b["holder_print"]] + b["address_lines"], "Roboto")
    c.setFillColorRGB(0.93, 0.95, 0.98)
    c.rect(40, H - 290, W - 80, 110, stroke=0, fill=1)
    c.setFillColorRGB(*navy)
    c.setFont("Roboto-B", 15)
    c.drawString(52, H - 205, "Votre facture Bbox")
    c.setFillColorRGB(0, 0, 0)
    rows = [
        ("Date de facture", dmy(b["issue"])),
        ("N° de facture", b["invoice"]),
        ("N° de compte client", b["client"]),
        ("Ligne fixe Bbox", b["line"]),
        ("Période", f"du {dmy(b['start'])} au {dmy(b['end'])}"),
    ]
    for i, (k, v) in enumerate(rows):
        c.setFont("Roboto", 9)
        c.drawString(52, H - 225 - i * 12, k)
        c.setFont("Roboto-M", 9)
        c.drawString(170, H - 225 - i * 12, v)
    c.setFillColorRGB(*navy)
    c.roundRect(360, H - 280, 180, 70, 6, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Roboto", 9)
    c.drawString(372, H - 228, "Montant à payer")
    c.setFont("Roboto-B", 22)
    c.drawString(372, H - 256, eur(b["amount"]))
    c.setFont("Roboto", 7.5)
    c.drawString(372, H - 272, f"prélevé à partir du {dmy(b['debit'])}")
    y = H - 325
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Roboto-B", 11)
    c.drawString(40, y, "Détail de votre facture")
    y -= 8
    c.setLineWidth(0.6)
    c.line(40, y, W - 40, y)
    ht = round(b["amount"] / 1.2, 2)
    lines = [
        (
            f"Abonnement {b['offer']} du {dmy(b['start'])} au {dmy(b['end'])}",
            b["amount"] - b["opt"],
        ),
        ("Option Bbox TV - bouquet", b["opt"]),
        ("Communications vers fixes France métropolitaine", 0.0),
        ("Communications vers mobiles (incluses)", 0.0),
    ]
    for t, amt in lines:
        y -= 16
        c.setFont("Roboto", 9.5)
        c.drawString(46, y, t)
        c.drawRightString(W - 46, y, eur(amt))
    y -= 10
    c.line(40, y, W - 40, y)
    for t, amt, bold in [
        ("Total HT", ht, False),
        ("TVA 20 %", b["amount"] - ht, False),
        ("Total TTC", b["amount"], True),
    ]:
        y -= 15
        c.setFont("Roboto-B" if bold else "Roboto", 10)
        c.drawString(330, y, t)
        c.drawRightString(W - 46, y, eur(amt))
    y -= 40
    c.setFont("Roboto-B", 10)
    c.drawString(40, y, "Adresse d'installation")
    c.setFont("Roboto", 9.5)
    c.drawString(40, y - 14, ", ".join(b["address_lines"]))
    y -= 44
    c.setFont("Roboto-B", 10)
    c.drawString(40, y, "Mode de paiement")
    c.setFont("Roboto", 9.5)
    c.drawString(40, y - 14, f"Prélèvement automatique sur le compte {b['iban_masked']}")
    c.setFont("Roboto", 6.8)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(
        40,
        50,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Paris - "
        "37-39 rue Boissière 75116 Paris",
    )
    c.drawString(
        40,
        41,
        "Service client : 1064 (service gratuit + prix appel) - www.bouyguestelecom.fr - "
        "Espace client : rubrique Mes factures",
    )
    c.drawRightString(W - 40, 41, "Page 1/1")
    c.showPage()
    return finish(c, buf)


def orange(b: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setTitle("Facture Orange")
    org = (1.0, 0.47, 0.0)
    c.setFillColorRGB(*org)
    c.rect(40, H - 80, 44, 44, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Lib-B", 10)
    c.drawString(45, H - 76, "orange")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lib-B", 16)
    c.drawString(100, H - 56, "votre facture")
    c.setFont("Lib", 10)
    c.drawString(100, H - 72, f"du {fr_words(b['issue'])}")
    c.setFont("Lib", 8.5)
    info = [
        ("n° de facture", b["invoice"]),
        ("n° client", b["client"]),
        ("votre offre", b["offer"]),
        ("votre ligne", b["line"]),
    ]
    for i, (k, v) in enumerate(info):
        c.drawString(100, H - 100 - i * 11, k)
        c.drawString(180, H - 100 - i * 11, v)
    _addr_window(c, 330, H - 150, [b["holder_print"]] + b["address_lines"], "Lib")
    c.setFillColorRGB(0.96, 0.96, 0.96)
    c.rect(40, H - 300, W - 80, 90, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lib-B", 12)
    c.drawString(52, H - 232, "montant total à payer")
    c.setFont("Lib-B", 24)
    c.setFillColorRGB(*org)
    c.drawRightString(W - 52, H - 240, eur(b["amount"]))
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lib", 9)
    c.drawString(52, H - 252, f"sera prélevé sur votre compte le {dmy(b['debit'])}")
    c.drawString(52, H - 266, f"période facturée : du {dmy(b['start'])} au {dmy(b['end'])}")
    c.drawString(52, H - 280, "facture précédente : réglée, merci")
    y = H - 330
    c.setFont("Lib-B", 11)
    c.drawString(40, y, "détail de vos abonnements et consommations")
    c.setStrokeColorRGB(*org)
    c.setLineWidth(1.2)
    c.line(40, y - 5, W - 40, y - 5)
    items = [
        (f"{b['offer']} - abonnement mensuel", b["amount"] - 5.0),
        ("location décodeur TV", 5.0),
        ("appels illimités fixes France et mobiles", 0.0),
    ]
    for t, amt in items:
        y -= 18
        c.setFont("Lib", 9.5)
        c.drawString(46, y, t)
        c.drawString(340, y, f"{dmy(b['start'])} - {dmy(b['end'])}")
        c.drawRightString(W - 46, y, eur(amt))
    y -= 30
    c.setFont("Lib", 8.5)
    c.drawString(46, y, f"dont TVA à 20 % : {eur(b['amount'] - round(b['amount'] / 1.2, 2))}")
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.setFont("Lib", 6.5)
    c.drawString(
        40,
        52,
        "Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres 75015 Paris - 380 "
        "129 866 RCS Paris",
    )
    c.drawString(
        40, 43, "Service clients 3900 (service gratuit + prix appel) - orange.fr > espace client"
    )
    c.showPage()
    return finish(c, buf)


def total_energies(b: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setTitle("Facture TotalEnergies")
    red, blue = (0.9, 0.1, 0.15), (0.0, 0.3, 0.6)
    c.setFillColorRGB(*red)
    c.circle(60, H - 58, 16, stroke=0, fill=1)
    c.setFillColorRGB(*blue)
    c.circle(66, H - 54, 9, stroke=0, fill=1)
    c.setFont("Open-B", 17)
    c.setFillColorRGB(*red)
    c.drawString(84, H - 64, "TotalEnergies")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Open", 8)
    c.drawString(84, H - 78, "TotalEnergies Électricité et Gaz France")
    c.drawString(84, H - 88, "TSA 21519 - 75901 Paris Cedex 15")
    _addr_window(c, 330, H - 130, [b["holder_print"]] + b["address_lines"], "Open", 9.5)
    c.setFont("Open-B", 14)
    c.drawString(40, H - 200, "Votre facture d'électricité")
    c.setFont("Open", 9)
    rows = [
        ("Facture n°", b["invoice"]),
        ("Date d'émission", dmy(b["issue"])),
        ("Référence client", b["client"]),
        ("Titulaire du contrat", b["holder_plain"]),
        ("Offre", b["offer"]),
        ("Point de livraison (PDL)", b["pdl"]),
        ("Adresse de consommation", ", ".join(b["address_lines"])),
    ]
    for i, (k, v) in enumerate(rows):
        c.drawString(40, H - 220 - i * 12, k)
        c.drawString(170, H - 220 - i * 12, v)
    c.setStrokeColorRGB(*blue)
    c.setLineWidth(1)
    c.roundRect(40, H - 400, W - 80, 80, 8, stroke=1, fill=0)
    c.setFont("Open-SB", 10)
    c.drawString(54, H - 340, f"Consommation facturée du {dmy(b['start'])} au {dmy(b['end'])}")
    c.setFont("Open", 9)
    c.drawString(
        54,
        H - 356,
        f"Index relevés (compteur Linky) : {b['idx0']} kWh -> {b['idx1']} kWh, soit "
        f"{b['idx1'] - b['idx0']} kWh",
    )
    c.drawString(54, H - 370, f"Prélèvement le {dmy(b['debit'])}")
    c.setFont("Open-B", 20)
    c.setFillColorRGB(*blue)
    c.drawRightString(W - 54, H - 362, eur(b["amount"]))
    c.setFont("Open", 8)
    c.drawRightString(W - 54, H - 380, "Montant TTC")
    c.setFillColorRGB(0, 0, 0)
    y = H - 430
    c.setFont("Open-B", 10)
    c.drawString(40, y, "Détail")
    kwh = b["idx1"] - b["idx0"]
    sub = round(b["amount"] - kwh * 0.2016 - 0.0, 2)
    detail = [
        ("Abonnement (1 mois) - 6 kVA", sub * 0.55),
        (f"Consommation Base : {kwh} kWh x 0,2016 €", kwh * 0.2016),
        ("Accise sur l'électricité", sub * 0.25),
        ("Contribution tarifaire d'acheminement (CTA)", sub * 0.08),
        ("TVA", sub * 0.12),
    ]
    for t, amt in detail:
        y -= 15
        c.setFont("Open", 9)
        c.drawString(46, y, t)
        c.drawRightString(W - 46, y, eur(amt))
    c.setFont("Open", 6.5)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(
        40,
        50,
        "TotalEnergies Électricité et Gaz France - SA au capital de 8 505 930 € - 542 034 921 RCS "
        "Nanterre",
    )
    c.drawString(
        40, 41, "En cas de litige : médiateur national de l'énergie - www.energie-mediateur.fr"
    )
    c.showPage()
    return finish(c, buf)
