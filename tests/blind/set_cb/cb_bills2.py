"""Bills of set_cb, part 2: Free (Freebox, after the public Free bill in shared/specimens)
and Bouygues Telecom (Bbox)."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4

from cb_base import eur, fr, fr_long, render_pdf, sw
from cb_bills import _lines, _split_tax
from cb_pen import para, table_grid

W, H = A4


# --------------------------------------------------------------------------- Free


def free_pdf(b: dict, rng: random.Random) -> bytes:
    total = b["amount"]
    ht, tva = _split_tax(total)
    due = b["due"]

    def dstr(x):
        return (
            fr_long(x, cap=True).replace("1er", "01")
            if x.day == 1
            else x.strftime("%d ") + fr_long(x, cap=True).split(" ", 1)[1]
        )

    def p1(c):
        c.setFillColorRGB(0.8, 0.0, 0.0)
        c.setFont("Sans-B", 30)
        c.saveState()
        c.transform(1, 0, 0.25, 1, 0, 0)
        c.drawString(40 - 0.25 * (H - 80), H - 80, "free")
        c.restoreState()
        c.setFillColorRGB(0, 0, 0)
        _lines(c, 40, H - 98, ["Free Service Abonné", "75371 Paris Cedex 08"], "Sans", 7.5)
        _lines(c, 300, H - 165, b["postal"], "Sans", 9)
        c.setFont("Sans-B", 7.5)
        c.drawString(40, H - 265, "Adresse email de contact")
        c.drawString(255, H - 265, "Nom de l'abonné")
        c.setFont("Sans", 7.5)
        c.drawString(40, H - 274, b["email"])
        c.drawString(255, H - 274, b["holder"])
        c.setFont("Sans-B", 7.5)
        c.drawString(40, H - 295, "Numéro de ligne")
        c.drawString(120, H - 295, "Id.client")
        c.drawString(255, H - 295, "Adresse de l'installation")
        c.setFont("Sans", 7.5)
        c.drawString(40, H - 304, b["line"])
        c.drawString(120, H - 304, b["client"])
        _lines(c, 255, H - 304, b["site"], "Sans", 7.5, 8.5)
        c.setFont("Sans-B", 11)
        c.drawString(40, H - 340, f"Facture n°{b['invoice']} du {dstr(b['issued'])}")
        c.setLineWidth(1.2)
        c.line(40, H - 344, W - 40, H - 344)
        c.setFont("Sans-B", 8.5)
        c.drawString(40, H - 355, f"Date limite de paiement le {dstr(due)}")
        c.drawRightString(W - 40, H - 355, f"{total:.2f} € TTC")
        c.line(40, H - 360, W - 40, H - 360)
        c.setLineWidth(0.6)
        c.line(40, H - 378, W - 40, H - 378)
        c.setFont("Sans-B", 7)
        for x, t in ((330, "Montant EUR HT"), (430, "Montant TVA"), (W - 40, "Montant EUR TTC")):
            c.drawRightString(x + (30 if x < 500 else 0), H - 392, t)
        c.setFont("Sans", 9)
        y = H - 406
        for lab, a, t_, b_ in (
            ("Abonnements, forfaits et options", ht, tva, total),
            ("Communications", 0, 0, 0),
            ("Services ponctuels ou occasionnels", 0, 0, 0),
        ):
            c.drawString(40, y, lab)
            c.drawRightString(360, y, f"{a:.2f}")
            c.drawRightString(460, y, f"{t_:.2f}")
            c.drawRightString(W - 40, y, f"{b_:.2f}")
            y -= 10
        c.setFont("Sans-B", 9)
        c.drawString(40, y - 4, "Total facture")
        c.drawRightString(360, y - 4, f"{ht:.2f}")
        c.drawRightString(460, y - 4, f"{tva:.2f}")
        c.drawRightString(W - 40, y - 4, f"{total:.2f}")
        c.setFont("Sans", 9)
        c.drawString(40, y - 17, "TVA 20% payée sur les encaissements")
        c.drawRightString(460, y - 17, f"{tva:.2f}")
        c.setFont("Sans", 6.5)
        c.drawString(
            40,
            H - 520,
            "Les montants unitaires étant arrondis, leur somme peut "
            "différer du montant total à payer.",
        )
        c.line(40, H - 523, W - 40, H - 523)
        c.drawString(40, H - 531, "Somme à payer")
        c.drawRightString(W - 40, H - 531, f"{total:.2f} € TTC")
        c.line(40, H - 535, W - 40, H - 535)
        c.rect(40, H - 680, W - 80, 115)
        c.setFont("Sans", 8.5)
        c.drawString(45, H - 577, "Avis de prélèvement automatique")
        c.line(40, H - 581, W - 40, H - 581)
        c.setFont("Sans", 6.5)
        c.drawString(45, H - 590, f"Montant du prélèvement : {total:.2f} €")
        c.drawString(360, H - 590, f"Prélèvement à partir du :   {dstr(due)}")
        c.setFont("Sans-B", 9)
        c.drawString(
            45, H - 602, "La somme à payer sera prélevée sur le compte désigné ci-dessous :"
        )
        c.setFont("Sans", 6.5)
        c.drawString(45, H - 612, f"Nom de la banque : {b['bank']}")
        c.drawString(230, H - 612, "BIC :")
        c.drawString(330, H - 612, "IBAN :")
        c.drawString(340, H - 621, "FR76 ***************************")
        c.setFont("Sans", 7)
        c.drawString(40, H - 700, "Service Clients")
        c.setFont("Sans", 6.5)
        c.drawString(
            40,
            H - 709,
            "Pour vous informer sur nos tarifs ou pour toute question "
            "concernant votre facture, contactez le Service Clients : 32 44 ou free.fr/"
            "assistance",
        )
        c.drawRightString(
            W - 40, H - 735, "Au verso, vous trouverez le détail de votre facture Free"
        )
        c.setFont("Sans", 5)
        c.drawCentredString(
            W / 2,
            H - 745,
            "Free SAS au capital de 3.441.812 Euros − B 421 938 "
            "861 RCS Paris − Siège social: 8 rue de la Ville l'Évèque 75008 Paris "
            "− N° de TVA intra communautaire: FR 604 219 388 61",
        )

    def p2(c):
        c.setFont("Sans", 8)
        c.drawString(40, H - 50, f"Facture n°{b['invoice']} du {dstr(b['issued'])}")
        c.drawRightString(W - 40, H - 50, "Page 2 / 2")
        c.setFont("Sans-B", 9)
        c.drawString(40, H - 80, f"Facture n°{b['invoice']} du {dstr(b['issued'])}")
        c.drawRightString(W - 40, H - 80, "Détail de votre consommation")
        c.line(40, H - 84, W - 40, H - 84)
        c.drawString(40, H - 100, "Abonnements, forfaits et options")
        c.drawRightString(W - 40, H - 100, f"{total:.2f} € TTC")
        c.setFont("Sans", 8.5)
        c.drawString(
            40,
            H - 120,
            f"{b['plan']} du 1er au {b['end'].day} "
            f"{fr_long(b['end']).split(' ', 1)[1].capitalize()}",
        )
        c.drawRightString(W - 40, H - 120, f"{total:.2f}")
        c.setFont("Sans-B", 8.5)
        c.drawString(40, H - 138, "Total facture")
        c.drawRightString(W - 110, H - 138, f"{ht:.2f}")
        c.drawRightString(W - 40, H - 138, f"{total:.2f}")

    return render_pdf(A4, [p1, p2], title=f"Facture {b['invoice']}")


# --------------------------------------------------------------------------- Bouygues


def bouygues_pdf(b: dict, rng: random.Random) -> bytes:
    total = b["amount"]
    ht, tva = _split_tax(total)

    def p1(c):
        navy, cyan = (0.0, 0.2, 0.45), (0.0, 0.62, 0.86)
        c.setFillColorRGB(*navy)
        c.rect(0, H - 95, W, 95, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Open-B", 19)
        c.drawString(40, H - 52, "Bouygues")
        c.setFillColorRGB(*cyan)
        c.setFont("Open-SB", 10)
        c.drawString(40 + sw("Bouygues", "Open-B", 19) + 6, H - 52, "TELECOM")
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Open", 10)
        c.drawRightString(W - 40, H - 45, f"Facture du {fr(b['issued'])}")
        c.drawRightString(W - 40, H - 60, f"N° {b['invoice']}")
        c.setFillColorRGB(0.1, 0.1, 0.15)
        _lines(c, W - 250, H - 140, b["postal"], "Open", 10)
        c.setFont("Open-B", 9)
        c.drawString(40, H - 130, "Vos informations")
        y = H - 146
        for lab, val in (
            ("Compte client", b["client"]),
            ("Titulaire", b["holder"]),
            ("Offre", b["plan"]),
            ("Adresse d'installation", b["site"][0]),
            ("", b["site"][1]),
        ):
            c.setFont("Open", 8.5)
            if lab:
                c.drawString(40, y, lab + " :")
            c.setFont("Open-SB", 8.5)
            c.drawString(140, y, val)
            y -= 13
        c.setFillColorRGB(*cyan)
        c.roundRect(40, H - 300, W - 80, 70, 8, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Open-SB", 11)
        c.drawString(58, H - 257, "Montant à payer")
        c.setFont("Open", 9)
        c.drawString(58, H - 275, f"Prélevé le {fr(b['debit'])}")
        c.setFont("Open-B", 26)
        c.drawRightString(W - 58, H - 280, eur(total))
        c.setFillColorRGB(0.1, 0.1, 0.15)
        c.setFont("Open-B", 11)
        c.drawString(40, H - 335, "Le détail de votre facture")
        rows = [
            ["Libellé", "Période", "Montant HT", "Montant TTC"],
            [b["plan"], f"du {fr(b['start'])} au {fr(b['end'])}", eur(ht), eur(total)],
            ["Location équipements (inclus)", "", "0,00 €", "0,00 €"],
            ["Communications hors forfait", "", "0,00 €", "0,00 €"],
        ]
        y = table_grid(
            c,
            40,
            H - 348,
            [170, 150, 95, 100],
            rows,
            20,
            font="Open",
            size=8.5,
            bold_first=True,
            aligns="llrr",
            header_fill=(0.9, 0.95, 0.99),
        )
        c.setFont("Open-B", 9.5)
        c.drawString(45, y - 18, "Total TTC")
        c.drawRightString(W - 45, y - 18, eur(total))
        c.setFont("Open", 8.5)
        c.drawString(45, y - 32, f"dont TVA à 20 % : {eur(tva)}")
        c.setFont("Open", 7.5)
        para(
            c,
            40,
            130,
            "Retrouvez toutes vos factures dans votre Espace Client sur "
            "bouyguestelecom.fr ou dans l'application Bouygues Telecom. Service Client : "
            "1064 (appel gratuit depuis une ligne Bouygues Telecom).",
            "Open",
            7.5,
            W - 80,
        )
        c.setFont("Open", 6.5)
        c.drawCentredString(
            W / 2,
            50,
            "Bouygues Telecom – SA au capital de 712 588 399,56 € – "
            "397 480 930 RCS Paris – Siège social : 37-39 rue Boissière 75116 "
            "Paris",
        )

    return render_pdf(A4, [p1], title="Facture Bouygues Telecom", author="Bouygues Telecom")
