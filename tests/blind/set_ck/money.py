"""Bills (EDF, TotalEnergies, Bouygues Telecom, SFR), RIBs, a BoursoBank screen, payslips."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from lib import INK_BLACK, MM, finish, fit_text, iban_groups, new_pdf, text_block

W, H = A4


def _addr_window(c, x, y, lines, font="Arial", size=10):
    for i, t in enumerate(lines):
        c.setFont(font + ("B" if i == 0 else ""), size)
        c.drawString(x, y - i * size * 1.35, t)


def energy_bill(b: dict, rng) -> bytes:
    """EDF / TotalEnergies style: logo top-left, window address right, amount box, detail."""
    c, buf = new_pdf()
    col = b["color"]
    font = b["font"]
    c.setFillColorRGB(*col)
    c.setFont(font + "B", 22)
    c.drawString(18 * MM, H - 24 * MM, b["logo"])
    c.setFillColorRGB(*b["color2"])
    c.circle(18 * MM + c.stringWidth(b["logo"], font + "B", 22) + 5 * MM, H - 20 * MM, 3 * MM, 1, 0)
    c.setFillColorRGB(*INK_BLACK)
    c.setFont(font, 7.5)
    text_block(c, 18 * MM, H - 31 * MM, b["sender"], font, 7.5)
    _addr_window(c, 112 * MM, H - 48 * MM, b["holder_block"], font, 10)
    c.setFillColorRGB(*col)
    c.setFont(font + "B", 15)
    c.drawString(18 * MM, H - 78 * MM, b["title"])
    c.setFillColorRGB(*INK_BLACK)
    info = [
        ("Facture du", b["issue_print"]),
        ("N° de facture", b["invoice_no"]),
        ("Référence client", b["client_ref"]),
        (b["meter_label"], b["meter"]),
        ("Période facturée", f"du {b['start_print']} au {b['end_print']}"),
    ]
    y = H - 88 * MM
    for lab, val in info:
        c.setFont(font, 9)
        c.drawString(18 * MM, y, lab)
        c.setFont(font + "B", 9)
        c.drawString(60 * MM, y, val)
        y -= 5.5 * MM
    c.setFillColorRGB(*[0.92 + 0.08 * v for v in col])
    c.roundRect(120 * MM, H - 115 * MM, 72 * MM, 30 * MM, 3 * MM, fill=1, stroke=0)
    c.setFillColorRGB(*INK_BLACK)
    c.setFont(font, 9.5)
    c.drawString(125 * MM, H - 93 * MM, "Montant total TTC")
    c.setFont(font + "B", 22)
    c.drawString(125 * MM, H - 104 * MM, b["amount_print"] + " €")
    c.setFont(font, 8)
    c.drawString(125 * MM, H - 111 * MM, b["pay_line"])
    c.setFont(font, 8.5)
    c.drawString(18 * MM, H - 122 * MM, "Adresse du logement : " + b["site"])
    y = H - 135 * MM
    c.setFillColorRGB(*col)
    c.rect(18 * MM, y, W - 36 * MM, 6 * MM, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(font + "B", 8.5)
    c.drawString(20 * MM, y + 1.8 * MM, "Détail de votre facture")
    c.drawRightString(W - 60 * MM, y + 1.8 * MM, "Quantité")
    c.drawRightString(W - 20 * MM, y + 1.8 * MM, "Montant HT (€)")
    c.setFillColorRGB(*INK_BLACK)
    y -= 6 * MM
    for lab, qty, amt in b["lines"]:
        c.setFont(font, 8.5)
        c.drawString(20 * MM, y, lab)
        c.drawRightString(W - 60 * MM, y, qty)
        c.drawRightString(W - 20 * MM, y, amt)
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.line(18 * MM, y - 1.8 * MM, W - 18 * MM, y - 1.8 * MM)
        y -= 6.3 * MM
    c.setFont(font + "B", 9)
    c.drawString(20 * MM, y - 2 * MM, "Total TTC")
    c.drawRightString(W - 20 * MM, y - 2 * MM, b["amount_print"])
    c.setFont(font, 6.5)
    text_block(c, 18 * MM, 30 * MM, b["legal"], font, 6.5)
    c.showPage()
    return finish(c, buf)


def telecom_bill(b: dict, rng) -> bytes:
    """Bouygues Telecom / SFR style: coloured band, account box, summary by line."""
    c, buf = new_pdf()
    col = b["color"]
    font = b["font"]
    c.setFillColorRGB(*col)
    c.rect(0, H - 32 * MM, W, 32 * MM, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(font + "B", 20)
    c.drawString(16 * MM, H - 18 * MM, b["logo"])
    c.setFont(font, 10)
    c.drawString(16 * MM, H - 25 * MM, b["title"])
    c.drawRightString(W - 16 * MM, H - 18 * MM, "Facture n° " + b["invoice_no"])
    c.drawRightString(W - 16 * MM, H - 24 * MM, "du " + b["issue_print"])
    c.setFillColorRGB(*INK_BLACK)
    c.setStrokeColorRGB(*col)
    c.roundRect(16 * MM, H - 78 * MM, 80 * MM, 38 * MM, 2 * MM)
    rows = [
        ("Titulaire du compte", b["holder_print"]),
        ("N° de compte client", b["client_ref"]),
        ("Offre", b["offer"]),
        ("Ligne", b["line_id"]),
    ]
    y = H - 47 * MM
    for lab, val in rows:
        c.setFont(font, 7.5)
        c.drawString(19 * MM, y, lab)
        fit_text(c, 19 * MM, y - 3.8 * MM, val, font + "B", 8.5, 74 * MM)
        y -= 8 * MM
    _addr_window(c, 112 * MM, H - 50 * MM, b["holder_block"], font, 10)
    y = H - 95 * MM
    c.setFont(font + "B", 13)
    c.drawString(16 * MM, y, "Votre facture du mois")
    c.setFont(font, 9.5)
    c.drawString(16 * MM, y - 7 * MM, f"Période du {b['start_print']} au {b['end_print']}")
    c.setFillColorRGB(*col)
    c.rect(130 * MM, y - 12 * MM, 64 * MM, 18 * MM, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(font, 8.5)
    c.drawString(133 * MM, y + 1 * MM, "Montant à payer")
    c.setFont(font + "B", 18)
    c.drawString(133 * MM, y - 8 * MM, b["amount_print"] + " €")
    c.setFillColorRGB(*INK_BLACK)
    y -= 26 * MM
    for lab, amt in b["lines"]:
        c.setFont(font, 9)
        c.drawString(18 * MM, y, lab)
        c.drawRightString(W - 18 * MM, y, amt)
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.line(16 * MM, y - 2 * MM, W - 16 * MM, y - 2 * MM)
        y -= 7 * MM
    c.setFont(font, 8.5)
    c.drawString(18 * MM, y - 6 * MM, b["pay_line"])
    c.setFont(font, 6.5)
    text_block(c, 16 * MM, 28 * MM, b["legal"], font, 6.5)
    c.showPage()
    return finish(c, buf)


def rib_pdf(r: dict, rng) -> bytes:
    """A bank's RIB page; style in r['style']: ca | lcl | sg."""
    c, buf = new_pdf()
    st = r["style"]
    acc = r["acc"]
    if st == "ca":
        c.setFillColorRGB(0.0, 0.45, 0.4)
        c.rect(15 * MM, H - 30 * MM, 12 * MM, 12 * MM, fill=1, stroke=0)
        c.setFont("ArialB", 14)
        c.drawString(30 * MM, H - 24 * MM, "CRÉDIT AGRICOLE")
        c.setFont("Arial", 9)
        c.drawString(30 * MM, H - 29 * MM, r["bank_sub"])
        font = "Arial"
    elif st == "lcl":
        c.setFillColorRGB(0.0, 0.13, 0.4)
        c.rect(15 * MM, H - 32 * MM, 26 * MM, 14 * MM, fill=1, stroke=0)
        c.setFillColorRGB(1, 0.85, 0.1)
        c.setFont("LatoB", 18)
        c.drawString(18 * MM, H - 28 * MM, "LCL")
        c.setFillColorRGB(0.0, 0.13, 0.4)
        c.setFont("Lato", 9)
        c.drawString(45 * MM, H - 24 * MM, r["bank_sub"])
        font = "Lato"
    else:
        c.setFillColorRGB(0.85, 0.0, 0.1)
        c.rect(15 * MM, H - 24 * MM, 10 * MM, 5 * MM, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.rect(15 * MM, H - 29 * MM, 10 * MM, 5 * MM, fill=1, stroke=0)
        c.setFont("RobotoB", 13)
        c.drawString(29 * MM, H - 25 * MM, "SOCIETE GENERALE")
        font = "Roboto"
    c.setFillColorRGB(*INK_BLACK)
    c.setFont(font + "B", 13)
    c.drawCentredString(W / 2, H - 48 * MM, r["title"])
    y = H - 62 * MM
    c.setFont(font, 8.5)
    c.drawString(20 * MM, y, "Titulaire du compte" if st != "lcl" else "Titulaire(s)")
    for i, t in enumerate(r["holder_lines"]):
        c.setFont(font + "B", 10)
        c.drawString(60 * MM, y - i * 5 * MM, t)
    y -= 8 * MM + 5 * MM * len(r["holder_lines"])
    c.setFont(font, 8.5)
    c.drawString(20 * MM, y, "Domiciliation")
    for i, t in enumerate(r["domic"]):
        c.setFont(font, 9.5)
        c.drawString(60 * MM, y - i * 4.5 * MM, t)
    y -= 16 * MM
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [acc["bank"], acc["branch"], acc["account"], acc["key"]]
    xs = [20, 50, 80, 130, 150]
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    for i in range(4):
        c.rect(xs[i] * MM, y - 10 * MM, (xs[i + 1] - xs[i]) * MM, 14 * MM)
        c.setFont(font, 7.5)
        c.drawString(xs[i] * MM + 2 * MM, y, heads[i])
        c.setFont("Mono", 10)
        c.drawString(xs[i] * MM + 2 * MM, y - 7 * MM, vals[i])
    y -= 22 * MM
    c.setFont(font, 8.5)
    c.drawString(20 * MM, y, "IBAN (International Bank Account Number)")
    c.setFont("MonoB", 12)
    c.drawString(20 * MM, y - 7 * MM, iban_groups(acc["iban"]))
    c.setFont(font, 8.5)
    c.drawString(140 * MM, y, "BIC (Bank Identifier Code)")
    c.setFont("MonoB", 12)
    c.drawString(140 * MM, y - 7 * MM, r["bic"])
    c.setFont(font, 7)
    text_block(
        c,
        20 * MM,
        y - 22 * MM,
        [
            (
                "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
                "appelés à faire inscrire"
            ),
            (
                "des opérations à votre compte (virements, prélèvements, paiements de salaires...). "
                "Son utilisation vous évite"
            ),
            "des erreurs ou retards dans l'imputation de ces opérations.",
        ],
        font,
        7,
    )
    if r.get("edited"):
        c.setFont(font, 6.5)
        c.drawString(20 * MM, 15 * MM, r["edited"])
    c.showPage()
    return finish(c, buf)


def bourso_screen(r: dict, rng) -> bytes:
    """A 1170 x 2532 px phone screenshot of the BoursoBank app 'Mon RIB' screen (1 pt = 1 px)."""
    sw, sh = 1170, 2532
    c, buf = new_pdf((sw, sh))
    c.setFillColorRGB(0.96, 0.96, 0.97)
    c.rect(0, 0, sw, sh, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("RobotoM", 46)
    c.drawString(90, sh - 110, r["clock"])
    c.drawRightString(sw - 90, sh - 110, "4G  ▮▮▮▮  78 %")
    c.setFillColorRGB(0.0, 0.12, 0.3)
    c.rect(0, sh - 330, sw, 190, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("RobotoB", 60)
    c.drawString(170, sh - 260, "Mon RIB")
    c.setFont("Roboto", 70)
    c.drawString(70, sh - 262, "‹")
    c.setFillColorRGB(1, 1, 1)
    c.roundRect(50, sh - 1580, sw - 100, 1180, 40, fill=1, stroke=0)
    c.setFillColorRGB(0.0, 0.12, 0.3)
    c.setFont("RobotoB", 50)
    c.drawString(100, sh - 500, "BoursoBank")
    c.setFillColorRGB(0.45, 0.45, 0.5)
    c.setFont("Roboto", 38)
    c.drawString(100, sh - 560, "Compte courant n° •••• " + r["acc"]["account"][-4:])
    rows = [
        ("Titulaire", r["holder"]),
        ("IBAN", iban_groups(r["acc"]["iban"])),
        ("BIC", r["bic"]),
        ("Code banque / guichet", r["acc"]["bank"] + " / " + r["acc"]["branch"]),
        ("N° de compte / Clé", r["acc"]["account"] + " / " + r["acc"]["key"]),
        ("Domiciliation", "BoursoBank, 44 rue Traversière, 92772 Boulogne-Billancourt"),
    ]
    y = sh - 680
    for lab, val in rows:
        c.setFillColorRGB(0.45, 0.45, 0.5)
        c.setFont("Roboto", 36)
        c.drawString(100, y, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        fit_text(c, 100, y - 58, val, "RobotoM", 46, sw - 200)
        y -= 150
    for i, t in enumerate(["Partager mon RIB", "Télécharger en PDF"]):
        yy = sh - 1800 - i * 170
        c.setFillColorRGB(0.0, 0.45, 0.9) if i == 0 else c.setFillColorRGB(1, 1, 1)
        c.roundRect(80, yy, sw - 160, 130, 65, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1) if i == 0 else c.setFillColorRGB(0.0, 0.45, 0.9)
        c.setFont("RobotoM", 44)
        c.drawCentredString(sw / 2, yy + 48, t)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.roundRect(sw / 2 - 200, 30, 400, 14, 7, fill=1, stroke=0)
    c.showPage()
    return finish(c, buf)


def payslip(p: dict, rng) -> bytes:
    """Bulletin de paie clarifié (arrêté du 25 février 2016 headings)."""
    c, buf = new_pdf()
    font = p["font"]
    acc = p["accent"]
    c.setFillColorRGB(*INK_BLACK)
    c.setFont(font + "B", 14)
    c.drawString(15 * MM, H - 18 * MM, "BULLETIN DE PAIE")
    c.setFont(font, 9)
    c.drawString(15 * MM, H - 24 * MM, f"Période du {p['start_print']} au {p['end_print']}")
    c.drawString(15 * MM, H - 29 * MM, "Date de paiement : " + p["paid_print"])
    c.setStrokeColorRGB(*acc)
    c.rect(15 * MM, H - 68 * MM, 88 * MM, 34 * MM)
    c.rect(110 * MM, H - 68 * MM, 85 * MM, 34 * MM)
    text_block(c, 18 * MM, H - 39 * MM, p["employer_block"], font, 8.2, 4.2 * MM)
    text_block(c, 113 * MM, H - 39 * MM, p["employee_block"], font, 8.2, 4.2 * MM)
    y = H - 78 * MM
    c.setFillColorRGB(*acc)
    c.rect(15 * MM, y, W - 30 * MM, 6 * MM, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(font + "B", 8)
    cols = [("Éléments de paie", 17), ("Base", 110), ("Taux", 135), ("Part salarié", 160)]
    cols += [("Part employeur", 193)]
    for i, (t, x) in enumerate(cols):
        (c.drawString if i == 0 else c.drawRightString)(x * MM, y + 1.8 * MM, t)
    c.setFillColorRGB(*INK_BLACK)
    y -= 6 * MM
    for row in p["rows"]:
        label, base, rate, emp, er = row
        bold = label.isupper()
        c.setFont(font + ("B" if bold else ""), 8)
        c.drawString(17 * MM, y, label)
        for v, x in ((base, 110), (rate, 135), (emp, 160), (er, 193)):
            if v:
                c.drawRightString(x * MM, y, v)
        y -= 5.2 * MM
    y -= 4 * MM
    c.setFillColorRGB(*[0.88 + 0.12 * v for v in acc])
    c.rect(15 * MM, y - 30 * MM, W - 30 * MM, 32 * MM, fill=1, stroke=0)
    c.setFillColorRGB(*INK_BLACK)
    for i, (lab, val) in enumerate(p["totals"]):
        c.setFont(font + ("B" if "NET" in lab else ""), 9)
        c.drawString(18 * MM, y - 4 * MM - i * 6.5 * MM, lab)
        c.drawRightString(W - 18 * MM, y - 4 * MM - i * 6.5 * MM, val)
    c.setFont(font, 6.5)
    c.drawString(
        15 * MM,
        15 * MM,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de "
        "paie sans limitation de durée.",
    )
    c.showPage()
    return finish(c, buf)
