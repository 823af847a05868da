"""Bank details: RIBs of French banks (PDF pages) and a neobank app screen."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from bills import status_bar
from common import iban_spaced, new_canvas, pil_font


def _rib_table(c, x, y, r, font, fontb, labels):
    cols = [
        (labels[0], r["bank"], 70),
        (labels[1], r["branch"], 70),
        (labels[2], r["account"], 130),
        (labels[3], r["key"], 45),
    ]
    c.setLineWidth(0.6)
    xx = x
    for lab, val, w in cols:
        c.rect(xx, y - 30, w, 30)
        c.setFont(font, 6.5)
        c.drawString(xx + 4, y - 9, lab)
        c.setFont(fontb, 10)
        c.drawString(xx + 4, y - 24, val)
        xx += w
    return xx


def bnp_rib(r: dict) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="RIB", author="BNP Paribas")
    green = (0.0, 0.53, 0.35)
    c.setFillColorRGB(*green)
    c.rect(40, 770, 34, 34, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    for i in range(4):
        c.circle(48 + i * 6, 778 + i * 6, 2.2, stroke=0, fill=1)
    c.setFillColorRGB(*green)
    c.setFont("Sans-B", 18)
    c.drawString(82, 780, "BNP PARIBAS")
    c.setFont("Sans", 8)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(82, 769, "La banque d'un monde qui change")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Sans-B", 13)
    c.drawString(40, 720, "Relevé d'Identité Bancaire")
    c.setFont("Sans", 8)
    c.drawString(
        40,
        707,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte.",
    )
    c.setStrokeColorRGB(*green)
    c.setLineWidth(1.2)
    c.line(40, 698, 555, 698)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFont("Sans", 8)
    c.drawString(40, 680, "Titulaire du compte (Account Owner)")
    c.setFont("Sans-B", 10.5)
    y = 666
    for ln in [r["holder"]] + r["holder_address"]:
        c.drawString(40, y, ln)
        y -= 13
        c.setFont("Sans", 10)
    c.setFont("Sans", 8)
    c.drawString(330, 680, "Domiciliation")
    c.setFont("Sans", 10)
    y = 666
    for ln in r["branch_address"]:
        c.drawString(330, y, ln)
        y -= 13
    _rib_table(
        c,
        40,
        600,
        r,
        "Sans",
        "Mono-B",
        ("Code banque", "Code agence", "Numéro de compte", "Clé RIB"),
    )
    c.setFont("Sans", 8)
    c.drawString(40, 550, "IBAN (International Bank Account Number)")
    c.setFont("Mono-B", 12)
    c.drawString(40, 535, iban_spaced(r["iban"]))
    c.setFont("Sans", 8)
    c.drawString(380, 550, "BIC (Bank Identifier Code)")
    c.setFont("Mono-B", 12)
    c.drawString(380, 535, r["bic"])
    c.setFont("Sans", 6.5)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(
        40,
        505,
        "BNP Paribas SA au capital de 2 261 621 342 € - Siège social : 16 "
        "boulevard des Italiens 75009 Paris - 662 042 449 RCS Paris - ORIAS 07 022 735",
    )
    c.setDash(4, 3)
    c.line(20, 490, 575, 490)
    c.setDash()
    c.showPage()
    c.save()
    return buf.getvalue()


def ca_rib(r: dict) -> bytes:
    """Crédit Agricole style: two identical RIB slips on the page, as printed from the site."""
    buf = io.BytesIO()
    c = new_canvas(buf, title="Releve d'identite bancaire", author="Credit Agricole")
    for top in (800, 430):
        c.setFillColorRGB(0.0, 0.42, 0.45)
        c.setFont("Carlito-B", 15)
        c.drawString(40, top - 10, "CRÉDIT AGRICOLE")
        c.setFont("Carlito", 10)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(40, top - 24, r["branch_address"][0])
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Carlito-B", 12)
        c.drawRightString(555, top - 10, "RELEVÉ D'IDENTITÉ BANCAIRE")
        c.setFont("Carlito", 8)
        c.drawString(40, top - 50, "Identifiant national de compte bancaire - RIB")
        c.setLineWidth(0.6)
        xx = _rib_table(
            c, 40, top - 56, r, "Carlito", "Carlito-B", ("Banque", "Guichet", "N° compte", "Clé")
        )
        c.rect(xx, top - 86, 50, 30)
        c.setFont("Carlito", 6.5)
        c.drawString(xx + 4, top - 65, "Devise")
        c.setFont("Carlito-B", 10)
        c.drawString(xx + 4, top - 80, "EUR")
        c.setFont("Carlito", 8)
        c.drawString(40, top - 104, "Identifiant international de compte bancaire")
        c.setFont("Carlito", 8)
        c.drawString(40, top - 118, "IBAN (International Bank Account Number)")
        c.setFont("Carlito-B", 11.5)
        c.drawString(220, top - 118, iban_spaced(r["iban"]))
        c.setFont("Carlito", 8)
        c.drawString(40, top - 132, "BIC (Bank Identifier Code)")
        c.setFont("Carlito-B", 11.5)
        c.drawString(220, top - 132, r["bic"])
        c.setFont("Carlito", 8)
        c.drawString(40, top - 156, "Titulaire du compte")
        c.setFont("Carlito-B", 10.5)
        y = top - 170
        for ln in [r["holder"]] + r["holder_address"]:
            c.drawString(40, y, ln)
            y -= 12
            c.setFont("Carlito", 10)
        c.setFont("Carlito", 8)
        c.drawString(330, top - 156, "Domiciliation")
        y = top - 170
        c.setFont("Carlito", 10)
        for ln in r["branch_address"]:
            c.drawString(330, y, ln)
            y -= 12
        c.setDash(3, 3)
        c.line(20, top - 230, 575, top - 230)
        c.setDash()
    c.showPage()
    c.save()
    return buf.getvalue()


def sg_rib(r: dict) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="RIB", author="Societe Generale")
    c.setFillColorRGB(0.89, 0.0, 0.06)
    c.rect(40, 785, 26, 13, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.rect(40, 772, 26, 13, stroke=0, fill=1)
    c.setFont("Lato-Bk", 15)
    c.drawString(74, 780, "SOCIETE GENERALE")
    c.setFont("Lato-B", 20)
    c.drawString(40, 730, "RELEVÉ D'IDENTITÉ BANCAIRE")
    c.setFont("Lato", 9)
    c.drawString(
        40,
        714,
        "Document à remettre à tout organisme souhaitant connaître vos coordonnées bancaires",
    )
    c.setFillColorRGB(0.95, 0.95, 0.95)
    c.rect(40, 560, 515, 135, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    rows = [
        ("Titulaire du compte", r["holder"]),
        ("Adresse", r["holder_address"][0]),
        ("", r["holder_address"][1]),
        ("Agence", r["branch_address"][0]),
        ("", r["branch_address"][1]),
    ]
    y = 678
    for k, v in rows:
        c.setFont("Lato", 9)
        c.drawString(52, y, k)
        c.setFont("Lato-B", 10.5)
        c.drawString(190, y, v)
        y -= 20
    c.setFont("Lato-B", 11)
    c.drawString(40, 530, "Identification internationale (IBAN / BIC)")
    c.setFont("Lato", 9)
    c.drawString(40, 512, "IBAN")
    c.setFont("Mono-B", 12.5)
    c.drawString(100, 511, iban_spaced(r["iban"]))
    c.setFont("Lato", 9)
    c.drawString(40, 494, "BIC")
    c.setFont("Mono-B", 12.5)
    c.drawString(100, 493, r["bic"])
    c.setFont("Lato-B", 11)
    c.drawString(40, 460, "Identification nationale (RIB)")
    _rib_table(c, 40, 450, r, "Lato", "Mono-B", ("Banque", "Guichet", "N° de compte", "Clé"))
    c.setFont("Lato", 6.5)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(
        40,
        380,
        "Société Générale - S.A. au capital de 1 000 395 971,25 € - 552 120 222 "
        "RCS Paris - Siège social : 29 bd Haussmann 75009 Paris",
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def n26_screenshot(r: dict) -> Image.Image:
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    status_bar(d, W, r.get("time", "14:15"))
    d.text((70, 175), "‹", font=pil_font("Roboto", 90), fill=(20, 20, 20))
    d.text(
        (W / 2, 235),
        "Coordonnées bancaires",
        font=pil_font("Roboto-M", 52),
        fill=(20, 20, 20),
        anchor="mm",
    )
    d.text((80, 360), "Compte principal", font=pil_font("Roboto-B", 68), fill=(20, 20, 20))
    d.text(
        (80, 460),
        "Partage tes coordonnées pour recevoir des virements.",
        font=pil_font("Roboto", 38),
        fill=(110, 110, 110),
    )
    rows = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", iban_spaced(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank_name"]),
        ("Adresse de la banque", r["bank_address"]),
    ]
    y = 600
    teal = (54, 161, 139)
    for k, v in rows:
        d.text((80, y), k, font=pil_font("Roboto", 38), fill=(120, 120, 120))
        fs = 50 if k != "IBAN" else 47
        d.text((80, y + 56), v, font=pil_font("Roboto-M", fs), fill=(20, 20, 20))
        if k in ("IBAN", "BIC", "Titulaire du compte"):
            d.rounded_rectangle([W - 150, y + 40, W - 80, y + 110], 14, outline=teal, width=5)
            d.rounded_rectangle([W - 135, y + 25, W - 95, y + 90], 10, outline=teal, width=5)
        d.line([(80, y + 150), (W - 80, y + 150)], fill=(232, 232, 232), width=3)
        y += 200
    y += 40
    d.rounded_rectangle([80, y, W - 80, y + 140], 70, fill=teal)
    d.text(
        (W / 2, y + 70),
        "Partager les coordonnées",
        font=pil_font("Roboto-M", 46),
        fill="white",
        anchor="mm",
    )
    y += 190
    d.rounded_rectangle([80, y, W - 80, y + 140], 70, outline=teal, width=5)
    d.text(
        (W / 2, y + 70),
        "Télécharger le relevé (PDF)",
        font=pil_font("Roboto-M", 46),
        fill=teal,
        anchor="mm",
    )
    d.text(
        (80, y + 230),
        "Ton IBAN allemand peut être utilisé pour les virements et prélèvements",
        font=pil_font("Roboto", 33),
        fill=(130, 130, 130),
    )
    d.text(
        (80, y + 275),
        "SEPA dans toute la zone euro.",
        font=pil_font("Roboto", 33),
        fill=(130, 130, 130),
    )
    d.rounded_rectangle([W / 2 - 200, H - 28, W / 2 + 200, H - 16], 6, fill=(20, 20, 20))
    return im
