"""French everyday pieces: bills, leases, receipts, attestations, payslip, contract, RIBs."""

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from util import (
    A4,
    FD,
    FONTS,
    MM,
    finish,
    fr_date,
    group4,
    handtext,
    new_pdf,
    signature,
    stamp_box,
    wrap,
)

W, H = A4


def _addr_block(c, x, y, lines, font="Lib", size=10, lead=4.6):
    for i, ln in enumerate(lines):
        c.setFont(font, size)
        c.drawString(x, y - i * lead * MM, ln)


def _table(c, x, y, rows, widths, font, bold, size=8.5, lead=6 * MM, head_fill=None):
    for r, row in enumerate(rows):
        if r == 0 and head_fill:
            c.setFillColorRGB(*head_fill)
            c.rect(x, y - 1.8 * MM, sum(widths), lead, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
        cx = x
        for j, cell in enumerate(row):
            c.setFont(bold if r == 0 or str(cell).startswith("*") else font, size)
            t = str(cell).lstrip("*")
            if j == 0:
                c.drawString(cx + 1.5 * MM, y, t)
            else:
                c.drawRightString(cx + widths[j] - 1.5 * MM, y, t)
            cx += widths[j]
        c.setFillColorRGB(0.1, 0.1, 0.1)
        y -= lead
    return y


def bill(b, rng):
    """Monthly bill. b['brand'] in edf, orange, red, ekwateur. One page."""
    c, buf = new_pdf()
    br = b["brand"]
    col = {"edf": (0.0, 0.31, 0.6), "orange": (1.0, 0.47, 0.0), "red": (0.85, 0.0, 0.1),
           "ekwateur": (0.13, 0.6, 0.55)}[br]  # fmt: skip
    f, fb = {"edf": ("Lato", "LatoB"), "orange": ("Rob", "RobB"), "red": ("Open", "OpenB"),
             "ekwateur": ("Carlito", "CarlitoB")}[br]  # fmt: skip
    # logo
    if br == "edf":
        c.setFillColorRGB(*col)
        c.setFont("LatoBl", 30)
        c.drawString(18 * MM, H - 28 * MM, "edf")
        c.setFillColorRGB(1.0, 0.55, 0.0)
        for i in range(6):
            c.rect(44 * MM + i * 2.2 * MM, H - 20 * MM + (i % 2) * MM, 1.2 * MM, 4 * MM, 0, 1)
    elif br == "orange":
        c.setFillColorRGB(*col)
        c.rect(18 * MM, H - 34 * MM, 18 * MM, 18 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("RobB", 9)
        c.drawString(20 * MM, H - 32 * MM, "orange")
    elif br == "red":
        c.setFillColorRGB(*col)
        c.setFont("OpenB", 28)
        c.drawString(18 * MM, H - 28 * MM, "RED")
        c.setFont("Open", 9)
        c.drawString(19 * MM, H - 33 * MM, "by SFR")
    else:
        c.setFillColorRGB(*col)
        c.circle(24 * MM, H - 24 * MM, 6 * MM, stroke=0, fill=1)
        c.setFont("CarlitoB", 20)
        c.drawString(33 * MM, H - 27 * MM, "ekWateur")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(fb, 15)
    c.drawString(18 * MM, H - 48 * MM, b["title"])
    c.setFont(f, 9)
    c.drawString(18 * MM, H - 54 * MM, f"du {fr_date(b['issue'])}   -   N° {b['bill_no']}")
    _addr_block(c, 112 * MM, H - 45 * MM, [b["holder_print"]] + b["addr_lines"], f, 10)
    c.setFont(f, 8.5)
    y = H - 66 * MM
    for lab, v in b["refs"]:
        c.drawString(18 * MM, y, lab)
        c.setFont(fb, 8.5)
        c.drawString(62 * MM, y, v)
        c.setFont(f, 8.5)
        y -= 4.5 * MM
    # amount box
    c.setFillColorRGB(*[0.92 + 0.08 * x for x in col])
    c.roundRect(112 * MM, H - 92 * MM, 80 * MM, 26 * MM, 3 * MM, stroke=0, fill=1)
    c.setFillColorRGB(*col)
    c.setFont(fb, 10)
    c.drawString(117 * MM, H - 73 * MM, b.get("amount_label", "Montant à payer TTC"))
    c.setFont(fb, 20)
    c.drawString(117 * MM, H - 84 * MM, b["amount"].replace(".", ",") + " €")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(f, 8)
    c.drawString(117 * MM, H - 89 * MM, b["pay_line"])
    c.setFont(fb, 10)
    c.drawString(18 * MM, H - 104 * MM, b["period_label"])
    c.setFont(f, 8.5)
    rows = [["Détail", "Quantité", "Prix unitaire", "Montant HT"]] + b["lines"]
    y = _table(c, 18 * MM, H - 114 * MM, rows, [90 * MM, 25 * MM, 30 * MM, 29 * MM], f, fb,
               head_fill=col)  # fmt: skip
    c.setLineWidth(0.4)
    c.line(18 * MM, y + 3 * MM, 192 * MM, y + 3 * MM)
    for lab, v in b["totals"]:
        c.setFont(fb if "TTC" in lab else f, 9)
        c.drawString(110 * MM, y - 2 * MM, lab)
        c.drawRightString(190 * MM, y - 2 * MM, v)
        y -= 6 * MM
    c.setFont(f, 7)
    y = wrap(c, 18 * MM, 40 * MM, b["footer"], W - 36 * MM, f, 7, 9)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setDash(3, 2)
    c.line(10 * MM, 30 * MM, W - 10 * MM, 30 * MM)
    c.setDash()
    c.setFont(f, 7.5)
    c.drawString(18 * MM, 24 * MM, "TIP SEPA / Référence : " + b["bill_no"] + "  -  "
                 + b["holder_print"] + "  -  " + b["amount"].replace(".", ",") + " EUR")  # fmt: skip
    c.drawRightString(W - 18 * MM, 10 * MM, "Page 1/1")
    c.showPage()
    return finish(c, buf)


def lease(L, rng):
    """Bail d'habitation loi 1989 (meublé or vide), two pages."""
    c, buf = new_pdf()
    f, fb = L.get("fonts", ("LibSerif", "LibSerifB"))
    c.setFont(fb, 14)
    c.drawCentredString(W / 2, H - 25 * MM, L["title"])
    c.setFont(f, 9)
    c.drawCentredString(W / 2, H - 31 * MM, L["subtitle"])
    y = H - 44 * MM
    for head, paras in L["sections"]:
        c.setFont(fb, 10.5)
        c.drawString(20 * MM, y, head)
        y -= 6 * MM
        for p in paras:
            y = wrap(c, 22 * MM, y, p, W - 44 * MM, f, 9.5, 12.5) - 2 * MM
            if y < 35 * MM:
                c.setFont(f, 8)
                c.drawRightString(W - 20 * MM, 12 * MM, "Paraphes : ____ / ____")
                c.showPage()
                y = H - 25 * MM
        y -= 3 * MM
    # the signatures always fall on the last page, after the closing clauses
    c.setFont(f, 8)
    c.drawRightString(W - 20 * MM, 12 * MM, "Paraphes : ____ / ____      page 1/2")
    c.showPage()
    y = H - 25 * MM
    c.setFont(fb, 10.5)
    c.drawString(20 * MM, y, L.get("closing_head", "DISPOSITIONS FINALES ET SIGNATURES"))
    y -= 6 * MM
    for p in L.get(
        "closing",
        [
            (
                "Les parties déclarent avoir pris connaissance de l'ensemble des clauses du présent "
                "contrat et des documents annexés, et les accepter sans réserve."
            ),
            (
                "Pour l'exécution des présentes, les parties font élection de domicile en leur demeure "
                "respective indiquée ci-dessus."
            ),
        ],
    ):
        y = wrap(c, 22 * MM, y, p, W - 44 * MM, f, 9.5, 12.5) - 2 * MM
    c.setFont(f, 9.5)
    c.drawString(20 * MM, y - 4 * MM, f"Fait à {L['city']}, le {L['signed_on']}, "
                 "en deux exemplaires originaux.")  # fmt: skip
    c.drawString(25 * MM, y - 14 * MM, "Le bailleur")
    c.drawString(120 * MM, y - 14 * MM, "Le(s) locataire(s)")
    c.setFont("SerifI", 8)
    c.drawString(25 * MM, y - 19 * MM, "« Lu et approuvé »")
    c.drawString(120 * MM, y - 19 * MM, "« Lu et approuvé »")
    signature(c, 25 * MM, y - 38 * MM, 45 * MM, 11 * MM, rng, ink=(0.05, 0.05, 0.2))
    signature(c, 120 * MM, y - 38 * MM, 45 * MM, 11 * MM, rng)
    c.setFont(f, 8)
    c.drawRightString(W - 20 * MM, 12 * MM, "Paraphes : ____ / ____      page 2/2")
    c.showPage()
    return finish(c, buf)


def quittance(q, rng):
    c, buf = new_pdf()
    c.setFont("CaladeaB", 16)
    c.drawCentredString(W / 2, H - 30 * MM, "QUITTANCE DE LOYER")
    c.setFont("Caladea", 10.5)
    c.drawCentredString(W / 2, H - 37 * MM, q["month_words"])
    _addr_block(c, 20 * MM, H - 52 * MM, ["Bailleur :"] + q["landlord_lines"], "Caladea", 10)
    _addr_block(c, 115 * MM, H - 52 * MM, ["Locataire :"] + q["tenant_lines"], "Caladea", 10)
    y = wrap(c, 20 * MM, H - 90 * MM, q["text"], W - 40 * MM, "Caladea", 10.5, 14)
    rows = [["Détail", "Montant"], ["Loyer", q["rent"]], ["Charges", q["charges"]],
            ["*Total", q["total"]]]  # fmt: skip
    y = _table(c, 20 * MM, y - 8 * MM, rows, [100 * MM, 40 * MM], "Caladea", "CaladeaB", 10)
    c.setFont("Caladea", 10)
    c.drawString(110 * MM, y - 10 * MM, q["signed_line"])
    signature(c, 115 * MM, y - 32 * MM, 45 * MM, 11 * MM, rng)
    c.setFont("Caladea", 7.5)
    wrap(c, 20 * MM, 25 * MM, "Cette quittance annule tous les reçus qui auraient pu être donnés "
         "pour acompte versé sur la présente échéance. Elle ne vaut pas bail.", W - 40 * MM,
         "Caladea", 7.5)  # fmt: skip
    c.showPage()
    return finish(c, buf)


def attestation(a, rng, hand=True):
    """Attestation d'hébergement, handwritten on lined paper or typed and signed."""
    c, buf = new_pdf()
    ink = a.get("ink", (0.05, 0.1, 0.45))
    if hand:
        c.setFillColorRGB(1, 1, 0.98)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColorRGB(0.7, 0.8, 0.95)
        c.setLineWidth(0.5)
        for i in range(34):
            c.line(0, H - (30 + i * 8) * MM, W, H - (30 + i * 8) * MM)
        c.setStrokeColorRGB(0.95, 0.6, 0.6)
        c.line(25 * MM, 0, 25 * MM, H)
        y = H - 46 * MM + 1.5
        font = a.get("hand_font", "Ecolier")
        handtext(c, 70 * MM, H - 38 * MM + 1.5, "Attestation d'hébergement", rng, font, 16, ink)
        for ln in a["lines"]:
            if ln:
                handtext(c, 28 * MM if not ln.startswith(">") else 110 * MM, y, ln.lstrip(">"),
                         rng, font, a.get("size", 15), ink)  # fmt: skip
            y -= 8 * MM
        signature(c, 115 * MM, y - 12 * MM, 55 * MM, 14 * MM, rng, ink=ink)
    else:
        c.setFont("Lib", 10)
        for i, ln in enumerate(a["sender"]):
            c.drawString(20 * MM, H - (22 + i * 5) * MM, ln)
        c.setFont("LibB", 14)
        c.drawCentredString(W / 2, H - 60 * MM, "ATTESTATION D'HÉBERGEMENT")
        y = H - 78 * MM
        for p in a["paras"]:
            y = wrap(c, 20 * MM, y, p, W - 40 * MM, "Lib", 11, 16) - 5 * MM
        c.drawString(110 * MM, y - 5 * MM, a["fait"])
        c.drawString(110 * MM, y - 12 * MM, "Signature :")
        signature(c, 112 * MM, y - 35 * MM, 55 * MM, 14 * MM, rng, ink=ink)
    c.showPage()
    return finish(c, buf)


def payslip(p, rng):
    """Bulletin de paie clarifié (modèle 2018 + montant net social)."""
    c, buf = new_pdf()
    f, fb = p.get("fonts", ("RobC", "RobB"))
    c.setFont(fb, 14)
    c.drawString(15 * MM, H - 18 * MM, "BULLETIN DE PAIE")
    c.setFont(f, 9)
    c.drawString(15 * MM, H - 24 * MM, f"Période du {p['start']} au {p['end']}")
    c.drawString(15 * MM, H - 29 * MM, f"Paiement le {p['paid']} par virement")
    c.setLineWidth(0.6)
    c.rect(15 * MM, H - 72 * MM, 85 * MM, 38 * MM)
    c.rect(108 * MM, H - 72 * MM, 87 * MM, 38 * MM)
    _addr_block(c, 18 * MM, H - 39 * MM, p["employer_lines"], f, 8.5, 4.2)
    _addr_block(c, 111 * MM, H - 39 * MM, p["employee_lines"], f, 8.5, 4.2)
    rows = [["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]]
    rows += p["rows"]
    y = _table(c, 15 * MM, H - 82 * MM, rows, [70 * MM, 25 * MM, 20 * MM, 32 * MM, 33 * MM], f,
               fb, 8, 5.4 * MM, head_fill=(0.25, 0.3, 0.4))  # fmt: skip
    y -= 4 * MM
    for lab, v in p["nets"]:
        c.setFillColorRGB(0.9, 0.92, 0.95) if "PAYÉ" in lab else c.setFillColorRGB(1, 1, 1)
        c.rect(15 * MM, y - 2 * MM, 180 * MM, 6 * MM, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fb if "PAYÉ" in lab or "social" in lab else f, 9)
        c.drawString(17 * MM, y, lab)
        c.drawRightString(192 * MM, y, v)
        y -= 7 * MM
    c.setFont(f, 7)
    wrap(c, 15 * MM, 22 * MM, "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
         "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de "
         "paie sur le portail www.service-public.fr", W - 30 * MM, f, 7)  # fmt: skip
    c.showPage()
    return finish(c, buf)


def contract(k, rng):
    """CDI: parties, articles, signatures. Two pages."""
    L = {"title": k["title"], "subtitle": k["subtitle"], "sections": k["sections"], "city": k["city"],
             "signed_on": k["signed_on"], "fonts": ("Lib", "LibB")}  # fmt: skip
    return lease(L, rng)


def rib(r, rng):
    """RIB on a half page (bank layouts differ by colours, labels and field order)."""
    c, buf = new_pdf()
    bank = r["bank"]
    col = {"lbp": (0.0, 0.2, 0.55), "cic": (0.0, 0.33, 0.55), "cm": (0.0, 0.25, 0.55)}[bank]
    if bank == "lbp":
        c.setFillColorRGB(1.0, 0.8, 0.0)
        c.rect(15 * MM, H - 32 * MM, 14 * MM, 14 * MM, stroke=0, fill=1)
        c.setFillColorRGB(*col)
        c.setFont("LatoB", 14)
        c.drawString(33 * MM, H - 25 * MM, "LA BANQUE POSTALE")
    elif bank == "cic":
        c.setFillColorRGB(*col)
        c.setFont("LatoBl", 24)
        c.drawString(15 * MM, H - 28 * MM, "CIC")
    else:
        c.setFillColorRGB(0.85, 0.0, 0.1)
        c.rect(15 * MM, H - 30 * MM, 10 * MM, 10 * MM, stroke=0, fill=1)
        c.setFillColorRGB(*col)
        c.setFont("OpenB", 14)
        c.drawString(28 * MM, H - 27 * MM, "Crédit Mutuel")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LibB", 12)
    c.drawString(15 * MM, H - 45 * MM, r.get("title", "RELEVÉ D'IDENTITÉ BANCAIRE"))
    c.setFont("Lib", 8.5)
    wrap(c, 15 * MM, H - 51 * MM, "Ce relevé est destiné à être remis, sur leur demande, à vos "
         "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
         "(virements, prélèvements, etc.).", W - 30 * MM, "Lib", 8)  # fmt: skip
    c.setFont("LibB", 9)
    c.drawString(15 * MM, H - 66 * MM, "Titulaire du compte")
    _addr_block(c, 15 * MM, H - 71 * MM, r["holder_lines"], "Lib", 9.5, 4.4)
    c.setFont("LibB", 9)
    c.drawString(110 * MM, H - 66 * MM, "Domiciliation")
    _addr_block(c, 110 * MM, H - 71 * MM, r["branch_lines"], "Lib", 9.5, 4.4)
    y = H - 98 * MM
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank_code"], r["branch_code"], r["account"], r["key"]]
    xs = [15, 45, 75, 125]
    c.setLineWidth(0.5)
    c.rect(15 * MM, y - 4 * MM, 130 * MM, 12 * MM)
    for x, h, v in zip(xs, heads, vals):
        c.setFont("Lib", 7.5)
        c.drawString((x + 2) * MM, y + 4 * MM, h)
        c.setFont("MonoB", 10)
        c.drawString((x + 2) * MM, y - 1.5 * MM, v)
    y -= 16 * MM
    c.setFont("Lib", 7.5)
    c.drawString(15 * MM, y + 4 * MM, "IBAN (International Bank Account Number)")
    c.setFont("MonoB", 11.5)
    c.drawString(15 * MM, y - 1.5 * MM, group4(r["iban"]))
    c.setFont("Lib", 7.5)
    c.drawString(135 * MM, y + 4 * MM, "BIC (Bank Identifier Code)")
    c.setFont("MonoB", 11.5)
    c.drawString(135 * MM, y - 1.5 * MM, r["bic"])
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.setDash(3, 2)
    c.line(5 * MM, H / 2 + 10 * MM, W - 5 * MM, H / 2 + 10 * MM)
    c.showPage()
    return finish(c, buf)


def hello_screenshot(s):
    """Hello bank! app 'Mon RIB' screen, 1170 x 2532 (iPhone)."""
    Wd, Ht = 1170, 2532
    im = Image.new("RGB", (Wd, Ht), (245, 246, 250))
    d = ImageDraw.Draw(im)

    def font(name, size):
        return ImageFont.truetype(FD + FONTS[name], size)

    d.text((90, 45), s["time"], font=font("RobM", 48), fill=(0, 0, 0))
    d.text((Wd - 230, 45), "5G  87%", font=font("RobM", 42), fill=(0, 0, 0))
    d.rectangle((0, 140, Wd, 420), fill=(0, 170, 190))
    d.text((70, 190), "‹", font=font("Rob", 90), fill=(255, 255, 255))
    d.text((150, 205), "Mon RIB", font=font("RobB", 64), fill=(255, 255, 255))
    d.text((70, 320), "hello bank!", font=font("RobB", 50), fill=(255, 255, 255))
    d.rounded_rectangle((50, 470, Wd - 50, 1800), 40, fill=(255, 255, 255))
    y = 530
    for lab, v, big in [
        ("Compte", "Hello One - Compte de dépôt", False),
        ("Titulaire", s["holder"], True),
        ("IBAN", group4(s["iban"]), True),
        ("BIC", s["bic"], True),
        ("Code banque", s["bank_code"], False),
        ("Code guichet", s["branch_code"], False),
        ("Numéro de compte", s["account"], False),
        ("Clé RIB", s["key"], False),
        ("Domiciliation", "HELLO BANK! - BNP PARIBAS", False),
    ]:
        d.text((100, y), lab, font=font("Rob", 38), fill=(110, 115, 130))
        fnt = font("RobM", 46 if len(v) < 36 else 41)
        d.text((100, y + 52), v, font=fnt, fill=(20, 25, 40))
        y += 140 if big else 130
        d.line((100, y - 22, Wd - 100, y - 22), fill=(230, 232, 238), width=2)
    for i, t in enumerate(["Partager mon RIB", "Copier l'IBAN", "Télécharger (PDF)"]):
        yy = 1880 + i * 170
        d.rounded_rectangle((80, yy, Wd - 80, yy + 130), 65,
                            fill=(0, 170, 190) if i == 0 else (255, 255, 255),
                            outline=(0, 170, 190), width=4)  # fmt: skip
        d.text((Wd // 2, yy + 65), t, font=font("RobB", 46), anchor="mm",
               fill=(255, 255, 255) if i == 0 else (0, 150, 170))  # fmt: skip
    d.rounded_rectangle((Wd // 2 - 200, Ht - 40, Wd // 2 + 200, Ht - 28), 6, fill=(0, 0, 0))
    return np.array(im)


def stamp_company(c, x, y, lines, rng):
    stamp_box(c, x, y, lines, rng, (0.1, 0.2, 0.55), 7.5)
