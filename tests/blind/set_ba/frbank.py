"""French bills (Free, SFR), RIBs and a neobank screen."""

from __future__ import annotations

from PIL import Image, ImageDraw

import ids
from frdocs import eur, fr, fr_words
from gfx import pil_font, rgb

# ------------------------------------------------------------------ bills


def free_bill(b):
    """Free (Freebox) monthly invoice, as emailed (text PDF)."""

    def p1(pg):
        red = (205, 30, 35)
        pg.text(15, 22, "free", "sansb", 30, red)
        pg.text(
            15,
            28,
            "Free - SAS au capital de 3 441 089 € - RCS Paris B 421 938 861",
            "sans",
            6.5,
            (90, 90, 90),
        )
        pg.text(15, 31, "16 rue de la Ville-l'Évêque 75008 Paris", "sans", 6.5, (90, 90, 90))
        pg.text(120, 45, b["holder"], "sansb", 10)
        pg.text(120, 50, b["street"], "sans", 10)
        pg.text(120, 55, b["postcode"] + " " + b["city"].upper(), "sans", 10)
        pg.rect(15, 64, 180, 20, None, (244, 244, 244))
        pg.text(18, 70, f"Facture n° {b['number']}", "sansb", 11)
        pg.text(18, 76, f"Date de facture : {fr(b['issue'])}", "sans", 9)
        pg.text(18, 81, f"Identifiant Freebox : {b['account']}", "sans", 9)
        pg.text(120, 76, f"Numéro de ligne : {b['line']}", "sans", 9)
        pg.text(15, 96, "Récapitulatif de votre facture", "sansb", 12, red)
        rows = [
            (f"Abonnement Freebox Pop du {fr(b['start'])} au {fr(b['end'])}", b["amount"] - 2.0),
            ("Option Appels illimités vers les mobiles", 0.0),
            ("Location décodeur Player Pop", 2.0),
        ]
        y = 106
        pg.text(15, y, "Désignation", "sansb", 9)
        pg.text(195, y, "Montant TTC", "sansb", 9, align="r")
        pg.line(15, y + 2, 195, y + 2, 0.3)
        for label, v in rows:
            y += 7
            pg.text(15, y, label, "sans", 9)
            pg.text(195, y, eur(v), "sans", 9, align="r")
        y += 5
        pg.line(15, y, 195, y, 0.3)
        y += 7
        tva = round(b["amount"] / 6, 2)
        pg.text(140, y, "Total HT", "sans", 9)
        pg.text(195, y, eur(b["amount"] - tva), "sans", 9, align="r")
        pg.text(140, y + 5, "TVA 20 %", "sans", 9)
        pg.text(195, y + 5, eur(tva), "sans", 9, align="r")
        pg.rect(135, y + 8, 62, 9, None, red)
        pg.text(138, y + 14, "Total TTC", "sansb", 10, (255, 255, 255))
        pg.text(195, y + 14, eur(b["amount"]), "sansb", 10, (255, 255, 255), "r")
        pg.para(
            15,
            y + 30,
            180,
            f"Le montant de {eur(b['amount'])} sera prélevé sur votre compte à partir du "
            f"{fr(b['debit'])}. Adresse d'installation : {b['street']}, {b['postcode']} "
            f"{b['city']}.",
            "sans",
            8.5,
            4,
        )
        pg.text(
            105,
            285,
            "Free Haut Débit - Service abonnés : 3244 - www.free.fr/assistance",
            "sans",
            7,
            (110, 110, 110),
            "c",
        )

    return [p1]


def sfr_bill(b):
    """SFR box monthly bill (text PDF)."""

    def p1(pg):
        red = (226, 0, 26)
        pg.rect(15, 12, 24, 24, None, red)
        pg.text(27, 27.5, "SFR", "sansb", 16, (255, 255, 255), "c")
        pg.text(45, 22, "Votre facture", "sansb", 16)
        pg.text(45, 29, f"du {fr_words(b['issue'])}", "sans", 11)
        pg.text(15, 48, "Titulaire du compte", "sans", 8, (100, 100, 100))
        pg.text(15, 53, b["holder"], "sansb", 10)
        pg.text(15, 58, b["street"], "sans", 9.5)
        pg.text(15, 63, f"{b['postcode']} {b['city']}", "sans", 9.5)
        pg.text(125, 48, "N° de compte client", "sans", 8, (100, 100, 100))
        pg.text(125, 53, b["account"], "sansb", 10)
        pg.text(125, 60, "N° de facture", "sans", 8, (100, 100, 100))
        pg.text(125, 65, b["number"], "sansb", 10)
        pg.rect(15, 75, 180, 22, (226, 0, 26), (253, 240, 241), 0.4)
        pg.text(20, 84, "Montant total à payer", "sansb", 12)
        pg.text(190, 84, eur(b["amount"]), "sansb", 16, red, "r")
        pg.text(
            20,
            92,
            f"Prélevé à partir du {fr(b['debit'])} sur le compte {b['iban_mask']}",
            "sans",
            8.5,
        )
        pg.text(15, 110, "Détail de votre facture", "sansb", 12)
        pg.text(15, 118, f"Offre SFR Fibre Power — ligne {b['line']}", "sansb", 9.5)
        y = 126
        for label, v in [
            (f"Forfait du {fr(b['start'])} au {fr(b['end'])}", b["amount"] - 3.0),
            ("Location box SFR 8", 3.0),
            ("Communications incluses dans votre forfait", 0.0),
        ]:
            pg.text(18, y, label, "sans", 9)
            pg.text(192, y, eur(v), "sans", 9, align="r")
            pg.line(15, y + 2, 195, y + 2, 0.1, (200, 200, 200))
            y += 7
        pg.text(18, y + 3, "Dont TVA à 20 %", "sans", 8.5, (90, 90, 90))
        pg.text(192, y + 3, eur(round(b["amount"] / 6, 2)), "sans", 8.5, (90, 90, 90), "r")
        pg.para(
            15,
            272,
            180,
            "SFR - Société Française du Radiotéléphone - SA au capital de 3 423 265 598,40 € - "
            "RCS Paris 343 059 564 - 16 rue du Général Alain de Boissieu 75015 Paris",
            "sans",
            6.5,
            3,
            (120, 120, 120),
        )

    return [p1]


# ------------------------------------------------------------------ RIB


def rib_pdf(r):
    """RIB as downloaded from online banking (text PDF). r: bank, holder, address lines..."""

    def p1(pg):
        col = rgb(r["color"])
        pg.text(15, 22, r["bank_name"], "sansb", 16, col)
        pg.text(15, 28, r.get("tagline", ""), "sans", 8, (90, 90, 90))
        pg.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 13, (0, 0, 0), "c")
        pg.para(
            15,
            55,
            180,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
            "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements, etc.).",
            "sans",
            8,
            3.6,
            (80, 80, 80),
        )
        pg.rect(15, 66, 180, 26, (180, 180, 180), None, 0.3)
        pg.text(18, 72, "Titulaire du compte", "sans", 8, (100, 100, 100))
        for i, ln in enumerate([r["holder"]] + r["holder_addr"]):
            pg.text(18, 78 + i * 4.8, ln, "sansb" if i == 0 else "sans", 9.5)
        pg.text(115, 72, "Domiciliation", "sans", 8, (100, 100, 100))
        for i, ln in enumerate(r["branch_addr"]):
            pg.text(115, 78 + i * 4.8, ln, "sans", 9)
        y = 100
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [r["bank"], r["branch"], r["account"], r["key"]]
        xs = [15, 50, 85, 150, 195]
        for i in range(4):
            pg.rect(xs[i], y, xs[i + 1] - xs[i], 7, (150, 150, 150), (238, 238, 238), 0.3)
            pg.rect(xs[i], y + 7, xs[i + 1] - xs[i], 8, (150, 150, 150), None, 0.3)
            pg.text((xs[i] + xs[i + 1]) / 2, y + 5, heads[i], "sans", 8, (0, 0, 0), "c")
            pg.text((xs[i] + xs[i + 1]) / 2, y + 12.5, vals[i], "mono", 10, (0, 0, 0), "c")
        y += 26
        pg.text(15, y, "IBAN (International Bank Account Number)", "sans", 8, (100, 100, 100))
        pg.text(15, y + 7, ids.spaced(r["iban"]), "mono", 12)
        pg.text(140, y, "BIC (Bank Identifier Code)", "sans", 8, (100, 100, 100))
        pg.text(140, y + 7, r["bic"], "mono", 12)
        pg.line(15, y + 14, 195, y + 14, 0.3, col)
        pg.text(15, 285, r.get("footer", ""), "sans", 6.5, (120, 120, 120))

    return [p1]


def revolut_screen(r, rng):
    """Revolut app: account details screen, 1170 x 2532 PNG."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (247, 247, 250))
    d = ImageDraw.Draw(im)

    def t(x, y, s, size, font="roboto", fill=(25, 28, 31), anchor="ls"):
        d.text((x, y), s, font=pil_font(font, size), fill=fill, anchor=anchor)

    t(90, 110, "09:41", 46, "robotob")
    t(1080, 110, "5G  87%", 40, "robotob", anchor="rs")
    t(90, 260, "‹", 90, "roboto")
    t(W / 2, 250, "Account details", 52, "robotob", anchor="ms")
    d.rounded_rectangle([60, 330, W - 60, 470], 36, fill=(232, 232, 240))
    d.rounded_rectangle([70, 340, W / 2 - 5, 460], 30, fill=(255, 255, 255))
    t(W / 4 + 30, 418, "EUR IBAN", 42, "robotob", anchor="ms")
    t(3 * W / 4 - 30, 418, "International", 42, "roboto", (110, 110, 120), "ms")
    d.rounded_rectangle([60, 520, W - 60, 1650], 40, fill=(255, 255, 255))
    rows = [
        ("Beneficiary", r["holder"]),
        ("IBAN", ids.spaced(r["iban"])),
        ("BIC / SWIFT code", r["bic"]),
        ("Bank name and address", "Revolut Bank UAB"),
        ("", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
        ("Correspondent BIC", "CHASDEFX"),
    ]
    y = 620
    for label, value in rows:
        if label:
            t(110, y, label, 38, "roboto", (120, 122, 130))
            y += 66
        t(110, y, value, 46 if label != "IBAN" else 50, "robotob" if label == "IBAN" else "roboto")
        t(
            W - 110,
            y,
            "⧉" if label in ("IBAN", "Beneficiary", "BIC / SWIFT code") else "",
            44,
            "dv",
            (0, 102, 255),
            "rs",
        )
        y += 110
    t(110, 1760, "Use these details to receive EUR transfers from", 36, "roboto", (110, 110, 120))
    t(110, 1810, "SEPA countries. Salaries, benefits and refunds.", 36, "roboto", (110, 110, 120))
    d.rounded_rectangle([60, 2250, W - 60, 2390], 70, fill=(0, 102, 255))
    t(W / 2, 2340, "Share details", 46, "robotob", (255, 255, 255), "ms")
    d.rounded_rectangle([W / 2 - 200, 2480, W / 2 + 200, 2494], 7, fill=(20, 20, 20))
    return im
