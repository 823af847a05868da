"""Bank details: RIB sheets (BNP Paribas, La Banque Postale) and app screenshots
(Societe Generale, N26, and the TotalEnergies app showing a bill)."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4

from common import finish, iban_groups, new_canvas, pfont
from looks import status_bar

W, H = A4


def bnp_rib(r: dict, rng: random.Random) -> bytes:
    """BNP Paribas RIB page (two copies to cut out)."""
    c, buf = new_canvas()
    c.setTitle("RIB")
    green = (0.0, 0.52, 0.36)
    for k in range(2):
        top = H - 60 - k * 330
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setDash(2, 2)
        c.rect(40, top - 290, W - 80, 290, stroke=1, fill=0)
        c.setDash()
        c.setFillColorRGB(*green)
        c.rect(56, top - 40, 22, 22, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Sans-B", 8)
        c.drawCentredString(67, top - 33, "✦")
        c.setFillColorRGB(*green)
        c.setFont("Sans-B", 13)
        c.drawString(86, top - 36, "BNP PARIBAS")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Sans-B", 11)
        c.drawRightString(W - 56, top - 30, "RELEVÉ D'IDENTITÉ BANCAIRE")
        c.setFont("Sans", 8)
        c.drawRightString(W - 56, top - 43, "La banque d'un monde qui change")
        c.setFont("Sans", 8.5)
        c.drawString(56, top - 70, "Titulaire du compte")
        c.setFont("Sans-B", 10)
        for i, ln in enumerate(r["holder_lines"]):
            c.drawString(56, top - 84 - i * 13, ln)
        c.setFont("Sans", 8.5)
        c.drawString(330, top - 70, "Domiciliation")
        c.setFont("Sans-B", 9.5)
        for i, ln in enumerate(r["branch_lines"]):
            c.drawString(330, top - 84 - i * 12, ln)
        y = top - 150
        c.setFont("Sans", 8)
        heads = [
            ("Code banque", 56),
            ("Code guichet", 140),
            ("Numéro de compte", 230),
            ("Clé RIB", 390),
            ("Devise", 450),
        ]
        vals = [r["bank"], r["branch"], r["account"], r["key"], "EUR"]
        for (hd, x), v in zip(heads, vals, strict=True):
            c.setFont("Sans", 8)
            c.drawString(x, y, hd)
            c.setFont("Mono-B", 11)
            c.drawString(x, y - 15, v)
        y -= 50
        c.setFont("Sans", 8)
        c.drawString(56, y, "IBAN (International Bank Account Number)")
        c.setFont("Mono-B", 12.5)
        c.drawString(56, y - 17, iban_groups(r["iban"]))
        c.setFont("Sans", 8)
        c.drawString(400, y, "BIC (Bank Identifier Code)")
        c.setFont("Mono-B", 12.5)
        c.drawString(400, y - 17, r["bic"])
        c.setFont("Sans", 6.5)
        c.drawString(
            56,
            top - 280,
            "BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris - "
            "Siège social : 16 bd des Italiens 75009 Paris - ORIAS n° 07 022 735",
        )
    c.showPage()
    return finish(c, buf)


def lbp_rib(r: dict, rng: random.Random) -> bytes:
    """La Banque Postale 'Relevé d'identité bancaire' (printed from the web banking)."""
    c, buf = new_canvas()
    blue, yel = (0.0, 0.2, 0.5), (1.0, 0.8, 0.0)
    c.setFillColorRGB(*yel)
    c.circle(70, H - 62, 18, stroke=0, fill=1)
    c.setFillColorRGB(*blue)
    c.setFont("Lato-B", 15)
    c.drawString(96, H - 58, "LA BANQUE POSTALE")
    c.setFont("Lato", 9)
    c.drawString(96, H - 72, "Relevé d'Identité Bancaire")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lato", 9)
    c.drawString(
        56,
        H - 120,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
    )
    c.drawString(
        56,
        H - 132,
        "appelés à faire inscrire des opérations à votre compte (virements, prélèvements, etc.).",
    )
    c.setStrokeColorRGB(*blue)
    c.setLineWidth(1)
    c.rect(50, H - 430, W - 100, 280, stroke=1, fill=0)
    y = H - 175
    c.setFont("Lato-B", 10)
    c.drawString(64, y, "Titulaire du compte :")
    c.setFont("Lato", 10.5)
    for i, ln in enumerate(r["holder_lines"]):
        c.drawString(64, y - 16 - i * 14, ln)
    c.setFont("Lato-B", 10)
    c.drawString(330, y, "Domiciliation :")
    c.setFont("Lato", 10)
    for i, ln in enumerate(r["branch_lines"]):
        c.drawString(330, y - 16 - i * 14, ln)
    y = H - 290
    heads = [("Établissement", 64), ("Guichet", 150), ("N° de compte", 230), ("Clé RIB", 380)]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    for (hd, x), v in zip(heads, vals, strict=True):
        c.setFont("Lato", 9)
        c.drawString(x, y, hd)
        c.setFont("Lato-B", 11.5)
        c.drawString(x, y - 16, v)
    y -= 55
    c.setFont("Lato", 9)
    c.drawString(64, y, "Identifiant international de compte (IBAN)")
    c.setFont("Lato-B", 13)
    c.drawString(64, y - 18, iban_groups(r["iban"]))
    c.setFont("Lato", 9)
    c.drawString(64, y - 42, "Identifiant international de l'établissement (BIC)")
    c.setFont("Lato-B", 13)
    c.drawString(330, y - 44, r["bic"])
    c.setFont("Lato", 6.5)
    c.drawString(
        50,
        50,
        "La Banque Postale - SA à Directoire et Conseil de Surveillance - 421 100 645 RCS Paris - "
        "115 rue de Sèvres 75275 Paris Cedex 06",
    )
    c.showPage()
    return finish(c, buf)


SW, SH = 1170, 2532


def _screen(dark=False):
    im = Image.new("RGB", (SW, SH), (18, 18, 20) if dark else (246, 246, 248))
    return im, ImageDraw.Draw(im)


def sg_rib_screen(r: dict, rng: random.Random) -> Image.Image:
    im, d = _screen()
    red = (228, 0, 43)
    d.rectangle([0, 0, SW, 330], fill=(255, 255, 255))
    status_bar(d, SW, r["time"], pfont("Roboto-M", 44))
    d.text((60, 170), "‹", font=pfont("Roboto", 90), fill=(0, 0, 0))
    d.text((SW // 2, 215), "RIB / IBAN", font=pfont("Roboto-B", 52), fill=(0, 0, 0), anchor="mm")
    d.rectangle([SW - 140, 190, SW - 80, 220], fill=red)
    d.rectangle([SW - 140, 220, SW - 80, 250], fill=(0, 0, 0))
    y = 400
    d.text((60, y), "Compte de dépôt", font=pfont("Roboto-M", 46), fill=(0, 0, 0))
    d.text(
        (60, y + 64), "N° " + r["account_masked"], font=pfont("Roboto", 38), fill=(110, 110, 110)
    )
    y += 170
    d.rounded_rectangle([40, y, SW - 40, y + 1150], 30, fill=(255, 255, 255))
    rows = [
        ("Titulaire", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("Numéro de compte", r["account"]),
        ("Clé RIB", r["key"]),
        ("Domiciliation", r["domiciliation"]),
    ]
    yy = y + 50
    for k, v in rows:
        d.text((90, yy), k, font=pfont("Roboto", 36), fill=(120, 120, 120))
        f = pfont("Roboto-M", 42 if k != "IBAN" else 40)
        d.text((90, yy + 50), v, font=f, fill=(0, 0, 0))
        yy += 138
    y += 1210
    d.rounded_rectangle([60, y, SW - 60, y + 130], 65, fill=red)
    d.text(
        (SW // 2, y + 65),
        "Partager mon RIB",
        font=pfont("Roboto-M", 46),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle([60, y + 170, SW - 60, y + 300], 65, outline=(0, 0, 0), width=4)
    d.text(
        (SW // 2, y + 235),
        "Télécharger (PDF)",
        font=pfont("Roboto-M", 46),
        fill=(0, 0, 0),
        anchor="mm",
    )
    d.rounded_rectangle([SW // 2 - 200, SH - 30, SW // 2 + 200, SH - 18], 6, fill=(0, 0, 0))
    return im


def n26_screen(r: dict, rng: random.Random) -> Image.Image:
    im, d = _screen(dark=r.get("dark", False))
    dark = r.get("dark", False)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    sub = (150, 150, 150)
    teal = (54, 161, 139)
    status_bar(d, SW, r["time"], pfont("Roboto-M", 44), dark)
    d.text((60, 180), "✕", font=pfont("Sans", 56), fill=fg)
    d.text((60, 320), "Coordonnées bancaires", font=pfont("Roboto-B", 66), fill=fg)
    d.text((60, 420), "Compte principal", font=pfont("Roboto", 40), fill=sub)
    rows = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", "N26 Bank SE"),
        ("Adresse de la banque", "Voltairestraße 8, 10179 Berlin, Allemagne"),
    ]
    y = 560
    for k, v in rows:
        d.text((60, y), k, font=pfont("Roboto", 38), fill=sub)
        d.text((60, y + 52), v, font=pfont("Roboto-M", 44), fill=fg)
        d.rounded_rectangle([SW - 112, y + 58, SW - 80, y + 96], 6, outline=teal, width=4)
        d.rounded_rectangle([SW - 100, y + 46, SW - 68, y + 84], 6, outline=teal, width=4)
        d.line(
            [60, y + 135, SW - 60, y + 135], fill=(60, 60, 60) if dark else (225, 225, 225), width=2
        )
        y += 170
    y += 40
    d.rounded_rectangle([60, y, SW - 60, y + 130], 20, fill=teal)
    d.text(
        (SW // 2, y + 65),
        "Partager les coordonnées",
        font=pfont("Roboto-M", 44),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.text(
        (60, y + 200),
        "Utilisez cet IBAN pour recevoir des virements SEPA et",
        font=pfont("Roboto", 34),
        fill=sub,
    )
    d.text((60, y + 248), "configurer des prélèvements.", font=pfont("Roboto", 34), fill=sub)
    d.rounded_rectangle([SW // 2 - 200, SH - 30, SW // 2 + 200, SH - 18], 6, fill=fg)
    return im


def total_app_screen(b: dict, rng: random.Random) -> Image.Image:
    """TotalEnergies app: the detail of one bill."""
    im, d = _screen()
    red, blue = (230, 30, 40), (0, 77, 153)
    d.rectangle([0, 0, SW, 300], fill=(255, 255, 255))
    status_bar(d, SW, b["time"], pfont("Roboto-M", 44))
    d.text((60, 170), "‹  Mes factures", font=pfont("Open-SB", 48), fill=blue)
    y = 360
    d.text((60, y), "Facture d'électricité", font=pfont("Open-B", 60), fill=(20, 20, 20))
    d.text((60, y + 90), f"n° {b['invoice']}", font=pfont("Open", 38), fill=(110, 110, 110))
    y += 190
    d.rounded_rectangle([40, y, SW - 40, y + 420], 28, fill=(255, 255, 255))
    d.text((80, y + 50), "Montant TTC", font=pfont("Open", 40), fill=(90, 90, 90))
    amt = f"{b['amount']:.2f}".replace(".", ",") + " €"
    d.text((80, y + 110), amt, font=pfont("Open-B", 96), fill=red)
    d.rounded_rectangle([80, y + 270, 420, y + 350], 40, fill=(225, 245, 232))
    d.text((250, y + 310), "Payée", font=pfont("Open-SB", 40), fill=(20, 130, 60), anchor="mm")
    d.text(
        (460, y + 290), f"prélevée le {b['debit_txt']}", font=pfont("Open", 36), fill=(90, 90, 90)
    )
    y += 470
    d.rounded_rectangle([40, y, SW - 40, y + 1050], 28, fill=(255, 255, 255))
    rows = [
        ("Date d'émission", b["issue_txt"]),
        ("Période de consommation", b["period_txt"]),
        ("Titulaire", b["holder_plain"]),
        ("Adresse du logement", b["address_lines"][0]),
        ("", b["address_lines"][1]),
        ("Offre", b["offer"]),
        ("Consommation", f"{b['idx1'] - b['idx0']} kWh"),
    ]
    yy = y + 50
    for k, v in rows:
        if k:
            d.text((80, yy), k, font=pfont("Open", 36), fill=(120, 120, 120))
            yy += 50
        d.text((80, yy), v, font=pfont("Open-SB", 42), fill=(20, 20, 20))
        yy += 92
    y += 1100
    d.rounded_rectangle([60, y, SW - 60, y + 130], 65, fill=blue)
    d.text(
        (SW // 2, y + 65),
        "Télécharger la facture",
        font=pfont("Open-SB", 44),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle([SW // 2 - 200, SH - 30, SW // 2 + 200, SH - 18], 6, fill=(0, 0, 0))
    return im
