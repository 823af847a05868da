"""Bank details (RIBs, a neobank screen) and utility bills."""

from __future__ import annotations

import random

from common import Pdf, fr, fr_words, iban_groups, money, text, wrap
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

W, H = A4


def rib_pdf(r: dict, rng: random.Random) -> bytes:
    """A French RIB as the bank's online space prints it; three house styles."""
    pdf = Pdf(A4, "RIB")
    c = pdf.c
    st = r["style"]
    col = r["color"]
    f, fb = r["fonts"]
    c.setFillColorRGB(*col)
    if st == "ca":
        c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
        text(c, 15 * mm, H - 17 * mm, r["bank_name"], fb, 16, (1, 1, 1))
        text(c, 15 * mm, H - 24 * mm, r["branch_name"], f, 9, (1, 1, 1))
        y = H - 48 * mm
    elif st == "lbp":
        c.circle(25 * mm, H - 22 * mm, 8 * mm, stroke=0, fill=1)
        text(c, 38 * mm, H - 20 * mm, "LA BANQUE POSTALE", fb, 15, col)
        text(c, 38 * mm, H - 26 * mm, "Centre Financier de " + r["centre"], f, 9)
        y = H - 45 * mm
    else:
        c.rect(15 * mm, H - 27 * mm, 10 * mm, 5 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(15 * mm, H - 32 * mm, 10 * mm, 5 * mm, stroke=0, fill=1)
        text(c, 29 * mm, H - 30 * mm, "SOCIETE GENERALE", fb, 14)
        y = H - 45 * mm
    text(c, W / 2, y, r["title"], fb, 12.5, anchor="c")
    y -= 14 * mm
    text(c, 15 * mm, y, r["lab_holder"], f, 8.5, (0.35, 0.35, 0.35))
    for i, line in enumerate(r["holder_lines"]):
        text(c, 15 * mm, y - 5.5 * mm - i * 5 * mm, line, fb, 10.5)
    text(c, 115 * mm, y, "Domiciliation", f, 8.5, (0.35, 0.35, 0.35))
    for i, line in enumerate(r["domiciliation"]):
        text(c, 115 * mm, y - 5.5 * mm - i * 5 * mm, line, f, 9.5)
    y -= 30 * mm
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB", "Devise"]
    vals = [r["bank"], r["branch"], r["account"], r["key"], "EUR"]
    xs = [15, 45, 78, 128, 150]
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.rect(13 * mm, y - 9 * mm, W - 26 * mm, 16 * mm)
    for x, hd, v in zip(xs, heads, vals):
        text(c, x * mm, y + 2 * mm, hd, f, 8, (0.35, 0.35, 0.35))
        text(c, x * mm, y - 5 * mm, v, fb, 10.5)
    y -= 20 * mm
    if st == "sg":
        text(c, 15 * mm, y, "IBAN (International Bank Account Number)", f, 8.5, (0.35,) * 3)
        text(c, 15 * mm, y - 6 * mm, iban_groups(r["iban"]), "mono-b", 12)
        text(c, 140 * mm, y, "BIC", f, 8.5, (0.35,) * 3)
        text(c, 140 * mm, y - 6 * mm, r["bic"], "mono-b", 12)
    else:
        text(c, 15 * mm, y, "IBAN  " + iban_groups(r["iban"]), fb, 11)
        text(c, 15 * mm, y - 7 * mm, "BIC  " + r["bic"], fb, 11)
    y -= 22 * mm
    wrap(c, 15 * mm, y, "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
         "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
         "prélèvements, etc.). Son utilisation vous garantit le bon enregistrement des opérations "
         "en cause et vous évite ainsi des réclamations pour erreurs ou retards d'imputation.",
         W - 30 * mm, f, 8, color=(0.3, 0.3, 0.3))  # fmt: skip
    text(c, 15 * mm, 15 * mm, r["footer"], f, 6.5, (0.4, 0.4, 0.4))
    return pdf.bytes()


def revolut_screen(r: dict, rng: random.Random) -> bytes:
    """Revolut 'Account details' screen, 390x844 pt, rendered at 3x = 1170x2532 px."""
    SW, SH = 390, 844
    pdf = Pdf((SW, SH), "screenshot")
    c = pdf.c
    c.setFillColorRGB(0.97, 0.97, 0.98)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    text(c, 28, SH - 32, r["clock"], "roboto-b", 15)
    c.setFillColorRGB(0, 0, 0)
    c.roundRect(SW - 60, SH - 33, 26, 12, 3, stroke=0, fill=1)
    text(c, SW - 90, SH - 32, "4G", "roboto-b", 12)
    text(c, 24, SH - 80, "‹", "roboto", 26)
    text(c, SW / 2, SH - 78, "Account details", "roboto-m", 17, anchor="c")
    c.setFillColorRGB(1, 1, 1)
    c.roundRect(16, SH - 140, SW - 32, 44, 12, stroke=0, fill=1)
    text(c, 30, SH - 123, "EUR · Euro", "roboto-m", 13)
    text(c, SW - 30, SH - 123, "Main", "roboto", 12, (0.45, 0.45, 0.5), "r")
    text(c, 20, SH - 170, "Use these details to receive SEPA transfers", "roboto", 11.5,
         (0.4, 0.4, 0.45))  # fmt: skip
    c.setFillColorRGB(1, 1, 1)
    c.roundRect(16, SH - 560, SW - 32, 375, 14, stroke=0, fill=1)
    rows = [
        ("Beneficiary", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Bank name", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius"),
        ("Correspondent BIC", "CHASDEFX"),
    ]
    y = SH - 215
    for lab, val in rows:
        text(c, 32, y, lab, "roboto", 11.5, (0.45, 0.45, 0.5))
        text(c, 32, y - 20, val, "roboto-m", 14.2 if lab != "Bank address" else 12.5)
        c.setFillColorRGB(0.2, 0.35, 0.95)
        c.roundRect(SW - 52, y - 24, 20, 20, 5, stroke=0, fill=1)
        y -= 58
    c.setFillColorRGB(0.2, 0.35, 0.95)
    c.roundRect(16, 90, SW - 32, 50, 25, stroke=0, fill=1)
    text(c, SW / 2, 110, "Share details", "roboto-m", 15, (1, 1, 1), "c")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.roundRect(SW / 2 - 67, 10, 134, 5, 2.5, stroke=0, fill=1)
    return pdf.bytes()


def orange_bill(b: dict, rng: random.Random) -> bytes:
    """Orange Livebox monthly bill, page 1 of 2."""
    pdf = Pdf(A4, "Facture Orange")
    c = pdf.c
    OR = (1.0, 0.47, 0.0)
    c.setFillColorRGB(*OR)
    c.rect(15 * mm, H - 30 * mm, 15 * mm, 15 * mm, stroke=0, fill=1)
    text(c, 17 * mm, H - 28 * mm, "orange", "sans-b", 6.5, (1, 1, 1))
    text(c, 15 * mm, H - 40 * mm, "Orange SA - 111 quai du Président Roosevelt", "roboto", 7)
    text(c, 15 * mm, H - 44 * mm, "92130 Issy-les-Moulineaux", "roboto", 7)
    y = H - 45 * mm
    for i, line in enumerate([b["holder_print"]] + b["address"]):
        text(c, 115 * mm, y - i * 5 * mm, line, "roboto-m" if i == 0 else "roboto", 10)
    text(c, 15 * mm, H - 60 * mm, "votre facture", "roboto-b", 20)
    text(c, 15 * mm, H - 67 * mm, f"du {fr_words(b['issue'])}", "roboto", 11)
    c.setFillColorRGB(0.95, 0.95, 0.95)
    c.rect(15 * mm, H - 100 * mm, 85 * mm, 26 * mm, stroke=0, fill=1)
    info = [
        ("n° client", b["client"]),
        ("n° de facture", b["invoice"]),
        ("offre", "Livebox Fibre"),
        ("ligne fixe", b["line"]),
    ]
    for i, (lab, val) in enumerate(info):
        text(c, 18 * mm, H - 80 * mm - i * 5 * mm, lab, "roboto", 8.5, (0.3, 0.3, 0.3))
        text(c, 50 * mm, H - 80 * mm - i * 5 * mm, val, "roboto-m", 8.5)
    c.setFillColorRGB(0, 0, 0)
    c.rect(110 * mm, H - 100 * mm, 85 * mm, 26 * mm, stroke=0, fill=1)
    text(c, 114 * mm, H - 82 * mm, "montant TTC", "roboto", 10, (1, 1, 1))
    text(c, 190 * mm, H - 92 * mm, money(b["amount"]) + " €", "roboto-b", 20, OR, "r")
    text(c, 114 * mm, H - 97 * mm, f"prélevé à partir du {fr(b['debit'])}", "roboto", 8,
         (1, 1, 1))  # fmt: skip
    y = H - 118 * mm
    text(c, 15 * mm, y, "le détail de votre facture", "roboto-b", 12)
    y -= 10 * mm
    ps, pe = b["start"], b["end"]
    lines = [
        (f"abonnement Livebox Fibre du {fr(ps)} au {fr(pe)}", b["amount"] - 2.0),
        ("option décodeur TV", 2.0),
        ("communications hors forfait", 0.0),
    ]
    for lab, amt in lines:
        text(c, 18 * mm, y, lab, "roboto", 9.5)
        text(c, 190 * mm, y, money(amt) + " €", "roboto", 9.5, anchor="r")
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.line(15 * mm, y - 2.5 * mm, W - 15 * mm, y - 2.5 * mm)
        y -= 8 * mm
    ht = b["amount"] / 1.2
    text(c, 140 * mm, y - 4 * mm, "total HT", "roboto", 9.5)
    text(c, 190 * mm, y - 4 * mm, money(ht) + " €", "roboto", 9.5, anchor="r")
    text(c, 140 * mm, y - 10 * mm, "TVA 20 %", "roboto", 9.5)
    text(c, 190 * mm, y - 10 * mm, money(b["amount"] - ht) + " €", "roboto", 9.5, anchor="r")
    text(c, 140 * mm, y - 17 * mm, "total TTC", "roboto-b", 10.5)
    text(c, 190 * mm, y - 17 * mm, money(b["amount"]) + " €", "roboto-b", 10.5, anchor="r")
    text(c, 15 * mm, 18 * mm, "Orange SA au capital de 10 640 226 396 € - RCS Nanterre 380 129 866",
         "roboto", 6.5, (0.4, 0.4, 0.4))  # fmt: skip
    text(c, W - 15 * mm, 18 * mm, "page 1/2", "roboto", 7, anchor="r")
    pdf.next()
    text(c, 15 * mm, H - 25 * mm, "informations utiles", "roboto-b", 12)
    wrap(c, 15 * mm, H - 35 * mm, "Service client : 3900 (service gratuit + prix appel). Suivez "
         "votre consommation et téléchargez vos factures sur l'application MyOrange. En cas de "
         "litige, vous pouvez saisir le médiateur des communications électroniques.", W - 30 * mm,
         "roboto", 9)  # fmt: skip
    text(c, W - 15 * mm, 18 * mm, "page 2/2", "roboto", 7, anchor="r")
    return pdf.bytes()


def sfr_bill(b: dict, rng: random.Random) -> bytes:
    """SFR Box monthly bill (one page)."""
    pdf = Pdf(A4, "Facture SFR")
    c = pdf.c
    RED = (0.89, 0.0, 0.1)
    c.setFillColorRGB(*RED)
    c.rect(15 * mm, H - 28 * mm, 22 * mm, 12 * mm, stroke=0, fill=1)
    text(c, 26 * mm, H - 24.5 * mm, "SFR", "open-b", 14, (1, 1, 1), "c")
    text(c, W - 15 * mm, H - 20 * mm, "FACTURE", "open-b", 16, RED, "r")
    text(c, W - 15 * mm, H - 26 * mm, f"Date de facture : {fr(b['issue'])}", "open", 9, anchor="r")
    text(c, W - 15 * mm, H - 31 * mm, f"N° de facture : {b['invoice']}", "open", 9, anchor="r")
    text(c, W - 15 * mm, H - 36 * mm, f"Compte client : {b['client']}", "open", 9, anchor="r")
    y = H - 52 * mm
    for i, line in enumerate([b["holder_print"]] + b["address"]):
        text(c, 110 * mm, y - i * 5 * mm, line, "open-sb" if i == 0 else "open", 10)
    y = H - 85 * mm
    c.setFillColorRGB(0.96, 0.96, 0.96)
    c.rect(15 * mm, y - 22 * mm, W - 30 * mm, 24 * mm, stroke=0, fill=1)
    text(c, 20 * mm, y - 6 * mm, "Montant à payer", "open-sb", 12)
    text(c, 20 * mm, y - 13 * mm, f"Prélèvement le {fr(b['debit'])}", "open", 9)
    text(c, W - 20 * mm, y - 10 * mm, money(b["amount"]) + " €", "open-b", 20, RED, "r")
    y -= 36 * mm
    text(c, 15 * mm, y, "Détail de votre facture", "open-b", 11)
    y -= 8 * mm
    text(c, 15 * mm, y, f"Ligne : {b['line']} — SFR Fibre Power", "open-sb", 9.5)
    y -= 7 * mm
    rows = [
        (f"Abonnement SFR Fibre Power (période du {fr(b['start'])} au {fr(b['end'])})",
         b["amount"] - 5.0),
        ("Option Ciné Séries", 5.0),
        ("Communications incluses", 0.0),
    ]  # fmt: skip
    for lab, amt in rows:
        text(c, 18 * mm, y, lab, "open", 9)
        text(c, W - 18 * mm, y, money(amt) + " €", "open", 9, anchor="r")
        y -= 6.5 * mm
    text(c, 120 * mm, y - 4 * mm, "Total TTC (dont TVA 20 %)", "open-sb", 9.5)
    text(c, W - 18 * mm, y - 4 * mm, money(b["amount"]) + " €", "open-b", 10, anchor="r")
    text(c, 15 * mm, 20 * mm, "SFR - SA au capital de 3 423 265 598,40 € - 16 rue du Général "
         "Alain de Boissieu 75015 Paris - RCS Paris 343 059 564", "open", 6.3, (0.4,) * 3)  # fmt: skip
    return pdf.bytes()


def bouygues_bill(b: dict, rng: random.Random) -> bytes:
    """Bouygues Telecom mobile plan bill (one page)."""
    pdf = Pdf(A4, "Facture Bouygues Telecom")
    c = pdf.c
    NAVY = (0.0, 0.2, 0.4)
    c.setFillColorRGB(*NAVY)
    c.rect(0, H - 32 * mm, W, 32 * mm, stroke=0, fill=1)
    text(c, 15 * mm, H - 18 * mm, "BOUYGUES", "lato-b", 16, (1, 1, 1))
    text(c, 15 * mm, H - 25 * mm, "TELECOM", "lato", 12, (0.4, 0.75, 1.0))
    text(c, W - 15 * mm, H - 18 * mm, "Votre facture", "lato-b", 14, (1, 1, 1), "r")
    text(c, W - 15 * mm, H - 25 * mm, f"du {fr(b['issue'])}", "lato", 11, (1, 1, 1), "r")
    y = H - 48 * mm
    text(c, 15 * mm, y, f"Référence client : {b['client']}", "lato", 9)
    text(c, 15 * mm, y - 5 * mm, f"Facture n° {b['invoice']}", "lato", 9)
    text(c, 15 * mm, y - 10 * mm, f"Ligne mobile : {b['line']}", "lato", 9)
    for i, line in enumerate([b["holder_print"]] + b["address"]):
        text(c, 115 * mm, y - i * 5 * mm, line, "lato-b" if i == 0 else "lato", 10)
    y -= 32 * mm
    c.setStrokeColorRGB(*NAVY)
    c.setLineWidth(1)
    c.rect(15 * mm, y - 18 * mm, W - 30 * mm, 22 * mm)
    text(c, 20 * mm, y - 5 * mm, "Total à payer", "lato-b", 13)
    text(c, 20 * mm, y - 12 * mm, f"sera prélevé le {fr(b['debit'])}", "lato", 9)
    text(c, W - 20 * mm, y - 9 * mm, money(b["amount"]) + " €", "lato-b", 20, NAVY, "r")
    y -= 32 * mm
    text(c, 15 * mm, y, f"Période de facturation : du {fr(b['start'])} au {fr(b['end'])}",
         "lato-b", 10)  # fmt: skip
    y -= 9 * mm
    rows = [("Forfait B&You 100 Go", b["amount"]), ("Consommations hors forfait", 0.0)]
    for lab, amt in rows:
        text(c, 18 * mm, y, lab, "lato", 9.5)
        text(c, W - 18 * mm, y, money(amt) + " €", "lato", 9.5, anchor="r")
        y -= 7 * mm
    text(c, 15 * mm, 18 * mm, "Bouygues Telecom - SA au capital de 1 445 462 213,46 € - 37-39 rue "
         "Boissière 75116 Paris - RCS Paris 397 480 930", "lato", 6.5, (0.4,) * 3)  # fmt: skip
    return pdf.bytes()


def bouygues_app_screen(b: dict, rng: random.Random) -> bytes:
    """The bill as shown in the Bouygues Telecom app ('Espace client' > Factures)."""
    SW, SH = 390, 844
    pdf = Pdf((SW, SH), "screenshot")
    c = pdf.c
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    text(c, 28, SH - 32, b["clock"], "roboto-b", 15)
    c.setFillColorRGB(0.0, 0.2, 0.4)
    c.rect(0, SH - 120, SW, 70, stroke=0, fill=1)
    text(c, 22, SH - 92, "‹  Mes factures", "lato-b", 18, (1, 1, 1))
    text(c, 22, SH - 112, f"Ligne {b['line']}", "lato", 11, (0.8, 0.9, 1))
    y = SH - 160
    text(c, 22, y, f"Facture du {fr(b['issue'])}", "lato-b", 17)
    text(c, SW - 22, y, money(b["amount"]) + " €", "lato-b", 17, (0.0, 0.2, 0.4), "r")
    y -= 24
    text(c, 22, y, "Prélevée le " + fr(b["debit"]), "lato", 12, (0.2, 0.55, 0.2))
    y -= 40
    rows = [
        ("Titulaire", b["holder_print"]),
        ("Adresse de facturation", b["address"][0]),
        ("", b["address"][1]),
        ("Facture n°", b["invoice"]),
        ("Période", f"du {fr(b['start'])} au {fr(b['end'])}"),
        ("Forfait", "B&You 100 Go"),
        ("Hors forfait", "0,00 €"),
    ]
    for lab, val in rows:
        if lab:
            text(c, 22, y, lab, "lato", 11.5, (0.45, 0.45, 0.5))
            y -= 19
        text(c, 22, y, val, "lato-b", 14)
        y -= 30
    c.setFillColorRGB(0.0, 0.2, 0.4)
    c.roundRect(22, 100, SW - 44, 48, 24, stroke=0, fill=1)
    text(c, SW / 2, 119, "Télécharger la facture (PDF)", "lato-b", 14, (1, 1, 1), "c")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.roundRect(SW / 2 - 67, 10, 134, 5, 2.5, stroke=0, fill=1)
    return pdf.bytes()
