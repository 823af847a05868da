"""Utility bills (Orange, Bouygues Telecom), RIBs (La Banque Postale, Revolut), an app screen."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

import kit
from kit import fit_text, fr, group4

ORANGE = Color(1.0, 0.47, 0.0)
BYTEL = Color(0.0, 0.2, 0.45)
GREY = Color(0.4, 0.4, 0.42)


def euro(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def _address_window(c, x, y, lines, font="Sans", size=10):
    c.setFillColor(black)
    for i, t in enumerate(lines):
        c.setFont(font, size)
        c.drawString(x, y - i * size * 1.3, t)


def orange(c, rng, b: dict):
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(ORANGE)
    c.rect(15 * mm, H - 30 * mm, 16 * mm, 16 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("SansB", 7.5)
    c.drawString(16.5 * mm, H - 28.5 * mm, "orange")
    c.setFillColor(black)
    c.setFont("SansB", 16)
    c.drawString(36 * mm, H - 22 * mm, "Votre facture")
    c.setFont("Sans", 9)
    c.drawString(36 * mm, H - 28 * mm, f"du {fr(b['issue'])}  -  n° {b['number']}")
    _address_window(c, 112 * mm, H - 50 * mm, b["window"])
    c.setFont("Sans", 8.5)
    info = [
        ("Titulaire du contrat", b["holder_print"]),
        ("N° client", b["client"]),
        ("Contrat", "Livebox Fibre"),
        ("Adresse d'installation", b["install"]),
    ]
    y = H - 50 * mm
    for lab, val in info:
        c.setFillColor(GREY)
        c.setFont("Sans", 7.5)
        c.drawString(15 * mm, y, lab)
        c.setFillColor(black)
        fit_text(c, 15 * mm, y - 4.2 * mm, val, "SansB", 9, 88 * mm)
        y -= 10 * mm
    y = H - 100 * mm
    c.setFillColor(Color(1, 0.94, 0.88))
    c.rect(15 * mm, y - 24 * mm, W - 30 * mm, 24 * mm, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("SansB", 12)
    c.drawString(20 * mm, y - 9 * mm, "Montant à payer")
    c.drawRightString(W - 20 * mm, y - 9 * mm, euro(b["amount"]) + " TTC")
    c.setFont("Sans", 9)
    c.drawString(
        20 * mm, y - 17 * mm, f"sera prélevé à partir du {fr(b['debit'])} sur votre compte"
    )
    y -= 36 * mm
    c.setFont("SansB", 10)
    c.drawString(15 * mm, y, "Détail de votre facture")
    y -= 3 * mm
    c.setStrokeColor(ORANGE)
    c.setLineWidth(1.5)
    c.line(15 * mm, y, W - 15 * mm, y)
    y -= 7 * mm
    lines = [
        (f"Abonnement Livebox Fibre du {fr(b['start'])} au {fr(b['end'])}", b["amount"] - 5.0),
        ("Option TV - décodeur", 5.0),
        ("Communications hors forfait", 0.0),
    ]
    for lab, val in lines:
        c.setFont("Sans", 9)
        c.drawString(17 * mm, y, lab)
        c.drawRightString(W - 17 * mm, y, euro(val))
        y -= 6.5 * mm
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(15 * mm, y + 2 * mm, W - 15 * mm, y + 2 * mm)
    ht = round(b["amount"] / 1.2, 2)
    for lab, val in (
        ("Total HT", ht),
        ("TVA 20 %", round(b["amount"] - ht, 2)),
        ("Total TTC", b["amount"]),
    ):
        c.setFont("SansB" if lab == "Total TTC" else "Sans", 9)
        c.drawString(120 * mm, y - 3 * mm, lab)
        c.drawRightString(W - 17 * mm, y - 3 * mm, euro(val))
        y -= 6 * mm
    c.setFont("Sans", 7)
    c.setFillColor(GREY)
    foot = [
        "Orange SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt 92130 "
        "Issy-les-Moulineaux - 380 129 866 RCS Nanterre",
        "Service clients : 3900 (service gratuit + prix appel) - orange.fr > Espace client",
    ]
    for i, t in enumerate(foot):
        c.drawString(15 * mm, 18 * mm - i * 3.5 * mm, t)


def bouygues(c, rng, b: dict):
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(BYTEL)
    c.rect(0, H - 28 * mm, W, 28 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("LatoB", 17)
    c.drawString(15 * mm, H - 16 * mm, "BOUYGUES")
    c.setFont("Lato", 11)
    c.drawString(15 * mm, H - 22 * mm, "TELECOM")
    c.setFont("Lato", 10)
    c.drawRightString(W - 15 * mm, H - 15 * mm, "FACTURE")
    c.drawRightString(W - 15 * mm, H - 21 * mm, f"du {kit.fr_words(b['issue'])}")
    _address_window(c, 110 * mm, H - 48 * mm, b["window"], "Lato", 10)
    c.setFillColor(black)
    rows = [
        ("Compte client", b["client"]),
        ("N° de facture", b["number"]),
        ("Titulaire", b["holder_print"]),
        ("Offre", "Bbox fit - Fibre"),
        ("Période facturée", f"du {fr(b['start'])} au {fr(b['end'])}"),
    ]
    y = H - 44 * mm
    for lab, val in rows:
        c.setFont("Lato", 8.5)
        c.setFillColor(GREY)
        c.drawString(15 * mm, y, lab)
        c.setFillColor(black)
        fit_text(c, 45 * mm, y, val, "LatoB", 9, 58 * mm)
        y -= 6 * mm
    y = H - 92 * mm
    c.setStrokeColor(BYTEL)
    c.setLineWidth(1)
    c.rect(15 * mm, y - 20 * mm, W - 30 * mm, 20 * mm)
    c.setFont("LatoB", 13)
    c.setFillColor(BYTEL)
    c.drawString(20 * mm, y - 9 * mm, "Montant total à payer")
    c.drawRightString(W - 20 * mm, y - 9 * mm, euro(b["amount"]))
    c.setFont("Lato", 9)
    c.setFillColor(black)
    c.drawString(20 * mm, y - 15.5 * mm, f"Prélèvement le {fr(b['debit'])}")
    y -= 32 * mm
    c.setFont("LatoB", 10)
    c.drawString(15 * mm, y, "VOS SERVICES")
    y -= 7 * mm
    for lab, val in (
        (f"Bbox fit - abonnement du {fr(b['start'])} au {fr(b['end'])}", b["amount"] - 3.0),
        ("Location équipement TV", 3.0),
        ("Appels vers fixes et mobiles (France)", 0.0),
    ):
        c.setFont("Lato", 9)
        c.drawString(17 * mm, y, lab)
        c.drawRightString(W - 17 * mm, y, euro(val))
        y -= 6 * mm
    ht = round(b["amount"] / 1.2, 2)
    c.setFont("Lato", 8.5)
    c.drawString(17 * mm, y - 4 * mm, f"dont TVA 20 % : {euro(round(b['amount'] - ht, 2))}")
    c.setFont("Lato", 6.8)
    c.setFillColor(GREY)
    c.drawString(
        15 * mm,
        15 * mm,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Paris - "
        "37-39 rue Boissière 75116 Paris",
    )


def rib_lbp(c, rng, r: dict):
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(Color(0.0, 0.2, 0.5))
    c.setFont("SansB", 14)
    c.drawString(15 * mm, H - 20 * mm, "LA BANQUE POSTALE")
    c.setFillColor(black)
    c.setFont("SansB", 12)
    c.drawCentredString(W / 2, H - 36 * mm, "RELEVÉ D'IDENTITÉ BANCAIRE")
    c.setFont("Sans", 8)
    c.drawCentredString(
        W / 2,
        H - 41 * mm,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
    )
    y = H - 55 * mm
    c.setFont("Sans", 8)
    c.setFillColor(GREY)
    c.drawString(15 * mm, y, "Titulaire du compte")
    c.setFillColor(black)
    fit_text(c, 15 * mm, y - 5 * mm, r["holder_print"], "SansB", 10, W - 30 * mm)
    for i, t in enumerate(r["address"]):
        c.setFont("Sans", 9)
        c.drawString(15 * mm, y - 10 * mm - i * 4.3 * mm, t)
    y -= 30 * mm
    c.setFillColor(GREY)
    c.setFont("Sans", 8)
    c.drawString(15 * mm, y, "Domiciliation")
    c.setFillColor(black)
    c.setFont("Sans", 9)
    c.drawString(15 * mm, y - 5 * mm, r["domiciliation"])
    y -= 14 * mm
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    xs = [15 * mm, 50 * mm, 85 * mm, 140 * mm, 165 * mm]
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    for i in range(4):
        c.rect(xs[i], y - 14 * mm, xs[i + 1] - xs[i], 14 * mm)
        c.setFont("Sans", 7.5)
        c.setFillColor(GREY)
        c.drawString(xs[i] + 2 * mm, y - 4 * mm, heads[i])
        c.setFillColor(black)
        c.setFont("Mono", 10)
        c.drawString(xs[i] + 2 * mm, y - 11 * mm, vals[i])
    y -= 24 * mm
    c.setFont("Sans", 8)
    c.setFillColor(GREY)
    c.drawString(15 * mm, y, "IBAN (International Bank Account Number)")
    c.drawString(130 * mm, y, "BIC (Bank Identifier Code)")
    c.setFillColor(black)
    c.setFont("Mono", 11)
    c.drawString(15 * mm, y - 6 * mm, group4(r["iban"]))
    c.drawString(130 * mm, y - 6 * mm, r["bic"])
    c.setFont("Sans", 6.5)
    c.setFillColor(GREY)
    c.drawString(
        15 * mm,
        15 * mm,
        "La Banque Postale - SA à Directoire et Conseil de surveillance - "
        "115 rue de Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645",
    )


def rib_revolut(c, rng, r: dict):
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(black)
    c.setFont("RobotoB", 20)
    c.drawString(18 * mm, H - 24 * mm, "Revolut")
    c.setFont("Roboto", 8)
    c.setFillColor(GREY)
    c.drawRightString(W - 18 * mm, H - 20 * mm, f"Généré le {fr(r['generated'])}")
    c.setFillColor(black)
    c.setFont("RobotoB", 15)
    c.drawString(18 * mm, H - 44 * mm, "Coordonnées bancaires en EUR")
    c.setFont("Roboto", 9)
    c.drawString(
        18 * mm,
        H - 51 * mm,
        "Utilisez ces coordonnées pour recevoir des virements SEPA et des prélèvements.",
    )
    rows = [
        ("Bénéficiaire", r["holder_print"]),
        ("IBAN", group4(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", "Revolut Bank UAB"),
        ("Adresse de la banque", "Konstitucijos ave. 21B, 08130, Vilnius, Lituanie"),
        ("Adresse du titulaire", r["address"]),
    ]
    y = H - 66 * mm
    for lab, val in rows:
        c.setFillColor(Color(0.96, 0.96, 0.97))
        c.roundRect(18 * mm, y - 10 * mm, W - 36 * mm, 13 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("Roboto", 7.5)
        c.drawString(22 * mm, y - 0.5 * mm, lab)
        c.setFillColor(black)
        fit_text(c, 22 * mm, y - 6.5 * mm, val, "RobotoB", 10, W - 48 * mm)
        y -= 16 * mm
    c.setFont("Roboto", 6.8)
    c.setFillColor(GREY)
    c.drawString(
        18 * mm,
        20 * mm,
        "Revolut Bank UAB est un établissement de crédit agréé par la "
        "Banque de Lituanie (code 304580906), succursale française : 10 avenue Kléber 75116 Paris.",
    )


def bourso_screenshot(r: dict) -> Image.Image:
    """Phone screenshot (1170 x 2532) of the BoursoBank app's RIB screen."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (246, 246, 250))
    d = ImageDraw.Draw(im)

    def f(name, size):
        return ImageFont.truetype(kit.FONT_FILES[name], size)

    d.text((80, 50), "18:42", font=f("RobotoB", 46), fill=(0, 0, 0))
    for i in range(4):
        d.rectangle((900 + i * 20, 80 - i * 10, 912 + i * 20, 95), fill=(0, 0, 0))
    d.rounded_rectangle((1010, 60, 1090, 98), 10, outline=(0, 0, 0), width=4)
    d.rectangle((1016, 66, 1070, 92), fill=(0, 0, 0))
    d.rectangle((0, 150, W, 330), fill=(0, 48, 135))
    d.text((60, 205), "‹", font=f("Roboto", 90), fill=(255, 255, 255))
    d.text((W // 2, 240), "Mon RIB", font=f("RobotoB", 56), fill=(255, 255, 255), anchor="mm")
    d.rounded_rectangle((50, 390, W - 50, 1700), 36, fill=(255, 255, 255))
    d.text((100, 440), "BoursoBank", font=f("RobotoB", 52), fill=(0, 48, 135))
    d.text((100, 510), "Compte bancaire", font=f("Roboto", 40), fill=(90, 90, 100))
    y = 620
    rows = [
        ("Titulaire", r["holder_print"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Code banque  /  Guichet", f"{r['bank']}  /  {r['branch']}"),
        ("N° de compte  /  Clé", f"{r['account']}  /  {r['key']}"),
        ("Domiciliation", "BoursoBank, 44 rue Traversière, 92100 Boulogne-Billancourt"),
    ]
    for lab, val in rows:
        d.text((100, y), lab, font=f("Roboto", 36), fill=(110, 110, 120))
        size = 44
        while d.textlength(val, font=f("RobotoB", size)) > W - 200 and size > 26:
            size -= 2
        d.text((100, y + 52), val, font=f("RobotoB", size), fill=(20, 20, 30))
        d.line((100, y + 140, W - 100, y + 140), fill=(230, 230, 236), width=3)
        y += 170
    d.rounded_rectangle((100, 1800, W - 100, 1930), 65, fill=(0, 150, 210))
    d.text(
        (W // 2, 1865), "Partager mon RIB", font=f("RobotoB", 46), fill=(255, 255, 255), anchor="mm"
    )
    d.rounded_rectangle((100, 1970, W - 100, 2100), 65, outline=(0, 150, 210), width=5)
    d.text(
        (W // 2, 2035), "Télécharger en PDF", font=f("RobotoB", 46), fill=(0, 150, 210), anchor="mm"
    )
    d.rounded_rectangle((W // 2 - 200, 2480, W // 2 + 200, 2494), 7, fill=(20, 20, 20))
    return im
