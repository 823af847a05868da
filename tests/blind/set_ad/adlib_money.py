"""Bills, payslip, employment contract, RIBs and a neobank screenshot for set_ad."""

from __future__ import annotations

import random

from adlib_common import dfr, grp, new_canvas, pil_font, signature, wrap
from PIL import Image, ImageDraw

W, H = 595.27, 841.89


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


# ---------------------------------------------------------------- bills
def bill(path: str, b: dict, rng: random.Random) -> None:
    """Monthly telecom bill (SFR or Orange style), born digital."""
    c = new_canvas(path, title=f"Facture {b['number']}", author=b["provider"])
    brand = b["provider"]
    col = (0.89, 0.0, 0.1) if brand == "SFR" else (1.0, 0.47, 0.0)
    c.setFillColorRGB(*col)
    if brand == "SFR":
        c.rect(40, H - 90, 64, 48, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("sans-b", 22)
        c.drawCentredString(72, H - 74, "SFR")
    else:
        c.rect(40, H - 96, 54, 54, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("sans-b", 11)
        c.drawString(45, H - 90, "orange")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 15)
    c.drawString(130, H - 62, "Votre facture")
    c.setFont("sans", 9)
    c.drawString(130, H - 78, f"du {b['issue_date_fr']}")
    c.drawString(130, H - 90, f"N° de facture : {b['number']}")
    c.drawString(130, H - 102, f"N° de compte client : {b['account']}")
    c.setFont("sans", 10)
    ay = H - 150
    for line in [b["holder_line"]] + b["address_lines"]:
        c.drawString(330, ay, line)
        ay -= 13
    c.setFillColorRGB(0.96, 0.96, 0.96)
    c.rect(40, H - 290, 515, 90, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 11)
    c.drawString(52, H - 222, "Montant total à payer")
    c.setFont("sans-b", 22)
    c.setFillColorRGB(*col)
    c.drawString(52, H - 252, eur(b["amount"]))
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans", 9)
    c.drawString(52, H - 272, f"Prélevé à partir du {b['debit_fr']} sur votre compte bancaire.")
    c.drawString(300, H - 222, f"Période de facturation : du {b['start_fr']}")
    c.drawString(300, H - 236, f"au {b['end_fr']}")
    c.drawString(300, H - 254, f"Ligne / accès : {b['line']}")
    y = H - 330
    c.setFont("sans-b", 10)
    c.drawString(40, y, "Détail de votre facture")
    y -= 18
    c.setFont("sans", 9)
    for label, amt in b["lines"]:
        c.drawString(52, y, label)
        c.drawRightString(550, y, eur(amt))
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.line(48, y - 5, 552, y - 5)
        y -= 18
    c.setFont("sans-b", 9.5)
    ht = round(b["amount"] / 1.2, 2)
    c.drawString(52, y - 4, "Total HT")
    c.drawRightString(550, y - 4, eur(ht))
    c.drawString(52, y - 20, "TVA 20 %")
    c.drawRightString(550, y - 20, eur(round(b["amount"] - ht, 2)))
    c.drawString(52, y - 36, "Total TTC")
    c.drawRightString(550, y - 36, eur(b["amount"]))
    c.setFont("sans", 7)
    wrap(c, 40, 70, b["legal"], 515, size=6.5)
    c.drawRightString(555, 30, "Page 1/1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- payslip (bulletin clarifié)
def payslip(path: str, p: dict, rng: random.Random) -> None:
    c = new_canvas(path, title="Bulletin de paie", author=p["software"])
    c.setFont("sans-b", 13)
    c.drawString(40, H - 50, "BULLETIN DE PAIE")
    c.setFont("sans", 8.5)
    c.drawString(40, H - 64, f"Période du {p['start_fr']} au {p['end_fr']}")
    c.drawString(40, H - 76, f"Paiement le {p['paid_fr']} par virement")
    c.rect(40, H - 170, 250, 84)
    y = H - 100
    for i, t in enumerate(p["employer_lines"]):
        c.setFont("sans-b" if i == 0 else "sans", 8.5)
        c.drawString(46, y, t)
        y -= 11
    c.rect(310, H - 170, 245, 84)
    y = H - 100
    for i, t in enumerate(p["employee_lines"]):
        c.setFont("sans-b" if i == 0 else "sans", 8.5)
        c.drawString(316, y, t)
        y -= 11
    y = H - 190
    c.setFont("sans", 8)
    for t in p["job_lines"]:
        c.drawString(40, y, t)
        y -= 11
    y -= 6
    cols = [40, 300, 360, 420, 490]
    c.setFillColorRGB(0.88, 0.9, 0.95)
    c.rect(38, y - 4, 519, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 7.5)
    for x, t in zip(cols, ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]):
        c.drawString(x, y, t)
    y -= 16
    for row in p["rows"]:
        label, base, rate, ded, pay = row
        bold = label.isupper()
        c.setFont("sans-b" if bold else "sans", 7.6)
        c.drawString(cols[0], y, label)
        for x, v in zip(cols[1:], [base, rate, ded, pay]):
            if v:
                c.drawRightString(x + 50, y, v)
        y -= 12.5
    y -= 6
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(38, y - 44, 519, 54, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 9)
    c.drawString(44, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
    c.drawRightString(550, y, eur(p["net_before_tax"]))
    c.setFont("sans", 8)
    c.drawString(
        44,
        y - 14,
        f"Impôt sur le revenu prélevé à la source - taux non personnalisé {p['pas_rate']}",
    )
    c.drawRightString(550, y - 14, "- " + eur(p["pas"]))
    c.setFont("sans-b", 11)
    c.drawString(44, y - 36, "NET PAYÉ")
    c.drawRightString(550, y - 36, eur(p["net_pay"]))
    c.setFont("sans", 7)
    c.drawString(40, y - 62, f"Montant net social : {eur(p['net_social'])}")
    c.drawString(
        40,
        y - 74,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
    )
    c.drawString(40, y - 86, "Informations sur le site : www.service-public.fr, rubrique travail.")
    c.drawRightString(555, 30, p["software"])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- CDI
def contract(path: str, k: dict, rng: random.Random) -> None:
    c = new_canvas(path)
    c.setFont("serif-b", 14)
    c.drawCentredString(W / 2, H - 60, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
    y = H - 95
    c.setFont("serif", 10)
    c.drawString(60, y, "ENTRE LES SOUSSIGNÉS :")
    y -= 20
    y = wrap(c, 60, y, k["employer_text"], 475, font="serif", size=10) - 8
    c.drawString(60, y, "ci-après dénommée « l'Employeur », d'une part,")
    y -= 18
    c.drawString(60, y, "ET")
    y -= 18
    y = wrap(c, 60, y, k["employee_text"], 475, font="serif", size=10) - 8
    c.drawString(60, y, "ci-après dénommée « la Salariée », d'autre part,")
    y -= 24
    c.drawString(60, y, "IL A ÉTÉ CONVENU CE QUI SUIT :")
    y -= 24
    pages = 1
    for title, text in k["articles"]:
        if y < 140:
            c.setFont("serif", 8)
            c.drawRightString(535, 30, f"Paraphes : ____  ____     page {pages}")
            c.showPage()
            pages += 1
            y = H - 60
        c.setFont("serif-b", 10)
        c.drawString(60, y, title)
        y -= 15
        y = wrap(c, 60, y, text, 475, font="serif", size=10) - 10
    y -= 10
    if y < 180:
        c.showPage()
        pages += 1
        y = H - 80
    c.setFont("serif", 10)
    c.drawString(60, y, f"Fait à {k['signed_at']}, le {dfr(k['signed_on'])}, en deux exemplaires.")
    y -= 30
    c.drawString(70, y, "Pour l'Employeur")
    c.drawString(330, y, "La Salariée")
    c.setFont("serif-i", 9)
    c.drawString(70, y - 13, k["signatory"])
    c.drawString(330, y - 13, "« Lu et approuvé, bon pour accord »")
    signature(c, 80, y - 60, 110, rng)
    signature(c, 340, y - 60, 100, rng)
    c.setFont("serif", 8)
    c.drawRightString(535, 30, f"page {pages}")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- RIB
def rib(path: str, r: dict, rng: random.Random) -> None:
    c = new_canvas(path, title="RIB", author=r["bank"])
    c.setFillColorRGB(*r["color"])
    c.rect(40, H - 92, 515, 44, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("sans-b", 17)
    c.drawString(54, H - 77, r["bank"])
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 12)
    c.drawString(40, H - 125, r.get("title", "RELEVÉ D'IDENTITÉ BANCAIRE"))
    c.setFont("sans", 8)
    c.drawString(
        40,
        H - 140,
        "Ce relevé est destiné à être remis, sur leur demande, à vos "
        "créanciers ou débiteurs appelés à faire inscrire des opérations sur votre compte.",
    )
    y = H - 175
    c.setFont("sans-b", 9)
    c.drawString(40, y, r.get("holder_label", "Titulaire du compte"))
    c.setFont("sans", 10)
    for i, t in enumerate(r["holder_lines"]):
        c.drawString(190, y - i * 13, t)
    c.setFont("sans-b", 9)
    c.drawString(330 + 40, y, "Domiciliation")
    c.setFont("sans", 9)
    for i, t in enumerate(r["branch_lines"]):
        c.drawString(370, y - 13 - i * 12, t)
    y -= 80
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank_code"], r["branch_code"], r["account"], r["key"]]
    xs = [40, 140, 240, 430]
    c.rect(36, y - 26, 519, 44)
    for x, hd, v in zip(xs, heads, vals):
        c.setFont("sans", 8)
        c.drawString(x + 4, y + 6, hd)
        c.setFont("mono", 11)
        c.drawString(x + 4, y - 14, v)
    y -= 60
    c.rect(36, y - 40, 519, 52)
    c.setFont("sans-b", 8)
    c.drawString(44, y, "IBAN (International Bank Account Number)")
    c.drawString(410, y, "BIC (Bank Identifier Code)")
    c.setFont("mono", 12)
    c.drawString(44, y - 24, grp(r["iban"]))
    c.drawString(410, y - 24, r["bic"])
    c.setFont("sans", 7)
    c.drawString(40, 40, r.get("footer", ""))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- neobank screenshot
def wise_screenshot(s: dict, rng: random.Random) -> Image.Image:
    """Phone screenshot (1170 x 2532) of the Wise app's euro account details."""
    w, h = 1170, 2532
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = pil_font
    d.text((70, 40), s["clock"], font=f("roboto", 44), fill=(0, 0, 0))
    d.rounded_rectangle([980, 48, 1080, 86], 10, outline=(0, 0, 0), width=3)
    d.rectangle([986, 54, 1050, 80], fill=(0, 0, 0))
    d.text((70, 170), "<", font=f("lato-b", 64), fill=(22, 51, 0))
    d.text((70, 300), "Euro account details", font=f("lato-b", 70), fill=(14, 15, 12))
    d.text(
        (70, 400),
        "Use these details to receive EUR from SEPA accounts.",
        font=f("lato", 38),
        fill=(90, 90, 90),
    )
    d.rounded_rectangle([70, 480, 560, 560], 40, fill=(159, 232, 112))
    d.text((110, 498), "Inside Europe (SEPA)", font=f("lato-b", 36), fill=(22, 51, 0))
    d.rounded_rectangle([590, 480, 1100, 560], 40, outline=(200, 200, 200), width=3)
    d.text((630, 498), "Outside Europe", font=f("lato", 36), fill=(60, 60, 60))
    y = 640
    for label, value in s["rows"]:
        d.text((70, y), label, font=f("lato", 38), fill=(110, 110, 110))
        lines = value.split("\n")
        for i, t in enumerate(lines):
            d.text((70, y + 56 + i * 56), t, font=f("lato-b", 46), fill=(14, 15, 12))
        d.text((1010, y + 50), "⧉", font=f("dejavu", 48), fill=(22, 51, 0))
        y += 150 + 56 * (len(lines) - 1)
        d.line([70, y - 30, 1100, y - 30], fill=(232, 232, 232), width=2)
    d.rounded_rectangle([70, h - 330, 1100, h - 200], 65, fill=(159, 232, 112))
    d.text((380, h - 298), "Share details", font=f("lato-b", 50), fill=(22, 51, 0))
    d.rounded_rectangle([430, h - 40, 740, h - 28], 6, fill=(0, 0, 0))
    return img
