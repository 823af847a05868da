"""Bills of set_cb: EDF (électricité, Tarif Bleu), SFR (mobile), Eau de Paris (eau),
Free (Freebox, after the public Free bill in shared/specimens), Bouygues Telecom (Bbox).

Each function returns the PDF bytes of the bill as the supplier emails it (text layer)."""

from __future__ import annotations

import math
import random

from reportlab.lib.pagesizes import A4

from cb_base import eur, fr, render_pdf
from cb_pen import para, table_grid

W, H = A4


def _split_tax(total: float, rate: float = 0.2) -> tuple[float, float]:
    ht = round(total / (1 + rate), 2)
    return ht, round(total - ht, 2)


def _lines(c, x, y, lines, font, size, lead=None):
    lead = lead or size * 1.25
    c.setFont(font, size)
    for t in lines:
        c.drawString(x, y, t)
        y -= lead
    return y


# --------------------------------------------------------------------------- EDF


def edf_pdf(b: dict, rng: random.Random) -> tuple[bytes, float]:
    ps, pe = b["start"], b["end"]
    kwh = b["kwh"]
    abo = 13.2
    conso = round(kwh * 0.2016, 2)
    cta = 1.53
    accise = round(kwh * 0.0337, 2)
    rest = round((abo + cta) * 0.055 + (conso + accise) * 0.2, 2)
    total = round(abo + conso + cta + accise + rest, 2)

    def p1(c):
        blue, orange = (0.0, 0.27, 0.6), (1.0, 0.45, 0.05)
        c.setFillColorRGB(*blue)
        c.setFont("Lato-K", 30)
        c.drawString(40, H - 70, "edf")
        c.setStrokeColorRGB(*orange)
        c.setLineWidth(2.2)
        for i in range(7):
            a = 20 + i * 20
            cx, cy = 112, H - 58
            c.line(
                cx + 8 * math.cos(math.radians(a)),
                cy + 8 * math.sin(math.radians(a)),
                cx + 15 * math.cos(math.radians(a)),
                cy + 15 * math.sin(math.radians(a)),
            )
        c.setStrokeColorRGB(0.3, 0.3, 0.35)
        c.setFillColorRGB(*blue)
        c.setFont("Lato-B", 20)
        c.drawString(W - 250, H - 60, "Votre facture")
        c.setFont("Lato", 10)
        c.drawString(W - 250, H - 78, f"du {fr(b['issued'])}")
        c.drawString(W - 250, H - 92, f"N° de facture : {b['invoice']}")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        _lines(c, W - 250, H - 150, b["postal"], "Lato", 10.5)
        c.setFillColorRGB(0.93, 0.95, 0.98)
        c.roundRect(40, H - 300, 240, 150, 6, stroke=0, fill=1)
        c.setFillColorRGB(*blue)
        c.setFont("Lato-B", 10)
        c.drawString(52, H - 170, "Vos références")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        y = H - 188
        for lab, val in [
            ("Référence client", b["client"]),
            ("N° de compte", b["account"]),
            ("Titulaire du contrat", b["holder"]),
            ("Adresse du logement", b["site"][0]),
            ("", b["site"][1]),
            ("Point de livraison (PDL)", b["pdl"]),
        ]:
            c.setFont("Lato", 7.5)
            c.drawString(52, y, lab)
            c.setFont("Lato-B", 8.5)
            c.drawString(52, y - 10, val) if lab else c.drawString(52, y + 2, val)
            y -= 22 if lab else 10
        c.setFillColorRGB(*blue)
        c.roundRect(300, H - 300, W - 340, 80, 6, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Lato", 10)
        c.drawString(315, H - 242, "Montant à payer TTC")
        c.setFont("Lato-K", 24)
        c.drawRightString(W - 52, H - 250, eur(total))
        c.setFont("Lato", 8.5)
        c.drawString(315, H - 280, f"Prélevé le {fr(b['debit'])} sur votre compte bancaire")
        c.setFillColorRGB(*blue)
        c.setFont("Lato-B", 12)
        c.drawString(40, H - 335, "Détail de votre facture d'électricité")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Lato", 9)
        c.drawString(
            40,
            H - 352,
            f"Offre Tarif Bleu – option Base – puissance souscrite "
            f"{b['kva']} kVA – Période du {fr(ps)} au {fr(pe)}",
        )
        rows = [
            ["Désignation", "Quantité", "Prix unitaire HT", "Montant HT", "TVA"],
            [f"Abonnement du {fr(ps)} au {fr(pe)}", "1 mois", eur(abo, ""), eur(abo, ""), "5,5 %"],
            [
                f"Consommation (index {b['idx0']} → {b['idx1']})",
                f"{kwh} kWh",
                "0,2016",
                eur(conso, ""),
                "20 %",
            ],
            ["Contribution tarifaire d'acheminement", "", "", eur(cta, ""), "5,5 %"],
            ["Accise sur l'électricité", f"{kwh} kWh", "0,0337", eur(accise, ""), "20 %"],
            ["Total TVA", "", "", eur(rest, ""), ""],
        ]
        y = table_grid(
            c,
            40,
            H - 365,
            [210, 70, 80, 80, 75],
            rows,
            18,
            font="Lato",
            size=8.5,
            bold_first=True,
            aligns="lrrrr",
            header_fill=(0.9, 0.93, 0.97),
        )
        c.setFont("Lato-B", 10)
        c.drawString(40, y - 20, "Total facture TTC")
        c.drawRightString(W - 40, y - 20, eur(total))
        c.setFont("Lato", 8.5)
        y = para(
            c,
            40,
            y - 50,
            "Votre consommation est relevée à distance par votre compteur "
            "Linky. Vous pouvez suivre votre consommation jour par jour dans votre espace "
            "client edf.fr ou sur l'application EDF & MOI.",
            "Lato",
            8.5,
            W - 80,
        )
        c.setFillColorRGB(0.93, 0.95, 0.98)
        c.rect(40, 95, W - 80, 60, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        _lines(
            c,
            50,
            140,
            [
                "Nous contacter",
                (
                    "Service client : 09 69 32 15 15 (appel non surtaxé)"
                    " du lundi au samedi de 8h à 20h"
                ),
                "Internet : edf.fr – Courrier : EDF Service Client TSA 20012 – 41975 BLOIS CEDEX 9",
            ],
            "Lato",
            8.5,
        )
        c.setFont("Lato", 6.5)
        c.drawCentredString(
            W / 2,
            60,
            "EDF SA au capital de 2 084 365 041 € – 552 081 317 R.C.S."
            " Paris – Siège social : 22-30 avenue de Wagram 75382 Paris cedex 08",
        )
        c.drawRightString(W - 40, 45, "Page 1/1")

    return render_pdf(A4, [p1], title=f"Facture {b['invoice']}", author="EDF"), total


# --------------------------------------------------------------------------- SFR


def sfr_pdf(b: dict, rng: random.Random) -> bytes:
    total = b["amount"]
    ht, tva = _split_tax(total)

    def p1(c):
        red = (0.89, 0.0, 0.1)
        c.setFillColorRGB(*red)
        c.rect(40, H - 85, 48, 48, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Rob-B", 17)
        c.drawCentredString(64, H - 67, "SFR")
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.setFont("Rob-B", 18)
        c.drawString(110, H - 58, f"Votre facture {b['month_txt']}")
        c.setFont("Rob", 9.5)
        c.drawString(110, H - 74, f"Facture n° {b['invoice']} du {fr(b['issued'])}")
        c.drawString(110, H - 87, f"Compte client n° {b['client']}")
        _lines(c, W - 240, H - 140, b["postal"], "Rob", 10.5)
        c.setFillColorRGB(0.96, 0.96, 0.96)
        c.rect(40, H - 270, W - 80, 80, stroke=0, fill=1)
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.setFont("Rob", 10)
        c.drawString(55, H - 215, "Montant total de votre facture")
        c.setFillColorRGB(*red)
        c.setFont("Rob-B", 26)
        c.drawString(55, H - 248, eur(total))
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.setFont("Rob", 9)
        c.drawString(300, H - 215, f"Sera prélevé à partir du {fr(b['debit'])}")
        c.drawString(300, H - 230, f"Titulaire : {b['holder']}")
        c.drawString(300, H - 245, f"Ligne mobile : {b['line']}")
        c.setFont("Rob-B", 12)
        c.drawString(40, H - 305, "Récapitulatif de votre facture")
        c.setFont("Rob", 9)
        c.drawString(40, H - 320, f"Période de facturation du {fr(b['start'])} au {fr(b['end'])}")
        rows = [
            ["", "Montant HT", "Montant TTC"],
            [f"Forfait {b['plan']}", eur(ht, " €"), eur(total, " €")],
            ["Options et services", "0,00 €", "0,00 €"],
            ["Consommations hors forfait", "0,00 €", "0,00 €"],
            ["Achats et services tiers", "0,00 €", "0,00 €"],
        ]
        y = table_grid(
            c,
            40,
            H - 330,
            [300, 100, 115],
            rows,
            20,
            font="Rob",
            size=9,
            bold_first=True,
            aligns="lrr",
            header_fill=(0.96, 0.96, 0.96),
        )
        c.setFont("Rob-B", 10)
        c.drawString(45, y - 18, "Total TTC")
        c.drawRightString(W - 45, y - 18, eur(total))
        c.setFont("Rob", 8.5)
        c.drawString(45, y - 34, f"dont TVA 20 % : {eur(tva)}")
        c.setFont("Rob-B", 10)
        c.drawString(40, y - 75, "Adresse de facturation")
        _lines(c, 40, y - 90, b["site"], "Rob", 9)
        c.setFont("Rob", 7.5)
        para(
            c,
            40,
            120,
            "Pour toute question, rendez-vous sur sfr.fr/assistance ou dans "
            "l'application SFR & Moi. Service client : 1023 (depuis une ligne SFR, appel gratuit"
            "). En cas de litige, vous pouvez saisir le Médiateur des communications "
            "électroniques.",
            "Rob",
            7.5,
            W - 80,
        )
        c.setFont("Rob", 6.5)
        c.drawCentredString(
            W / 2,
            55,
            "SFR – SA au capital de 3 423 265 598,40 € – RCS Paris "
            "343 059 564 – Siège social : 16 rue du Général Alain de Boissieu "
            "75015 Paris",
        )

    return render_pdf(A4, [p1], title="Facture SFR", author="SFR")


# --------------------------------------------------------------------------- Eau de Paris


def eau_paris_pdf(b: dict, rng: random.Random) -> tuple[bytes, float]:
    m3 = b["m3"]
    parts = [
        ("Abonnement (part fixe)", 2.05, 5.5),
        ("Eau potable", round(m3 * 1.4132, 2), 5.5),
        ("Collecte et traitement des eaux usées", round(m3 * 2.0217, 2), 10),
        ("Préservation des ressources en eau (Agence de l'eau)", round(m3 * 0.086, 2), 5.5),
        ("Lutte contre la pollution (Agence de l'eau)", round(m3 * 0.35, 2), 5.5),
    ]
    ht = round(sum(p[1] for p in parts), 2)
    tva = round(sum(p[1] * p[2] / 100 for p in parts), 2)
    total = round(ht + tva, 2)

    def p1(c):
        blue = (0.0, 0.38, 0.66)
        c.setFillColorRGB(*blue)
        p = c.beginPath()
        p.moveTo(60, H - 40)
        p.curveTo(45, H - 65, 45, H - 80, 60, H - 82)
        p.curveTo(75, H - 80, 75, H - 65, 60, H - 40)
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Open-B", 17)
        c.drawString(82, H - 62, "EAU DE PARIS")
        c.setFont("Open", 8)
        c.drawString(82, H - 74, "L'eau publique à Paris")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Open-B", 14)
        c.drawString(40, H - 120, "Facture d'eau")
        c.setFont("Open", 9)
        y = _lines(
            c,
            40,
            H - 138,
            [
                f"Date de facture : {fr(b['issued'])}",
                f"N° de facture : {b['invoice']}",
                f"N° de contrat : {b['contract']}",
            ],
            "Open",
            9,
        )
        _lines(c, W - 240, H - 130, b["postal"], "Open", 10)
        c.setStrokeColorRGB(*blue)
        c.setLineWidth(1)
        c.line(40, y - 8, W - 40, y - 8)
        y -= 28
        c.setFont("Open-B", 9.5)
        c.drawString(40, y, "Abonné")
        c.drawString(300, y, "Adresse de desserte")
        c.setFont("Open", 9)
        c.drawString(40, y - 14, b["holder"])
        _lines(c, 300, y - 14, b["site"], "Open", 9)
        y -= 55
        c.drawString(40, y, f"Compteur n° {b['meter']} – télérelevé")
        c.drawString(40, y - 13, f"Période de consommation : du {fr(b['start'])} au {fr(b['end'])}")
        c.drawString(
            40,
            y - 26,
            f"Index au {fr(b['start'])} : {b['i0']} m³   –   Index au "
            f"{fr(b['end'])} : {b['i1']} m³   –   Consommation : {m3} m³",
        )
        rows = [["Détail", "Montant HT", "Taux TVA"]]
        rows += [[a, eur(v), f"{t} %".replace(".", ",")] for a, v, t in parts]
        rows.append(["TVA", eur(tva), ""])
        y = table_grid(
            c,
            40,
            y - 45,
            [330, 95, 90],
            rows,
            18,
            font="Open",
            size=8.5,
            bold_first=True,
            aligns="lrr",
            header_fill=(0.88, 0.94, 0.98),
        )
        c.setFillColorRGB(*blue)
        c.rect(300, y - 50, W - 340, 36, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Open-B", 12)
        c.drawString(310, y - 37, "Montant TTC à payer")
        c.drawRightString(W - 48, y - 37, eur(total))
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Open", 8.5)
        c.drawString(40, y - 35, f"À régler avant le {fr(b['due'])}")
        c.setFont("Open", 7.5)
        para(
            c,
            40,
            150,
            "Votre eau est contrôlée en permanence : 1 million d'analyses par an. "
            "Prix moyen de l'eau à Paris au 1er janvier 2026 : 4,51 € TTC le m³ (eau potable"
            " et assainissement). Service clients : 09 69 32 69 69 (appel non surtaxé).",
            "Open",
            7.5,
            W - 80,
        )
        c.setFont("Open", 6.5)
        c.drawCentredString(
            W / 2,
            55,
            "Eau de Paris – Régie à personnalité morale et autonomie "
            "financière – 19 rue Neuve Tolbiac – CS 41326 – 75214 Paris Cedex 13",
        )

    return render_pdf(A4, [p1], title="Facture Eau de Paris"), total
