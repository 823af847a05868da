"""Phone screenshots (1170x2532): a neobank's account details, a bill in an operator app."""

from common import group4, new_canvas

SW, SH = 390, 844  # points, rendered at 3x -> 1170 x 2532


def _status_bar(c, dark=False, time="20:14"):
    col = (1, 1, 1) if dark else (0, 0, 0)
    c.setFillColorRGB(*col)
    c.setFont("SansB", 13)
    c.drawString(32, SH - 30, time)
    c.roundRect(SW - 52, SH - 32, 24, 11, 3, stroke=0, fill=1)
    for i in range(4):
        c.rect(SW - 90 + i * 5, SH - 32, 3, 4 + i * 2.2, stroke=0, fill=1)


def wise_details(w):
    c, buf = new_canvas((SW, SH))
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    _status_bar(c, time=w["time"])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 20)
    c.drawString(22, SH - 80, "←")
    c.setFont("SansB", 24)
    c.drawString(22, SH - 130, "Account details")
    c.setFont("Sans", 13)
    c.setFillColorRGB(0.35, 0.35, 0.4)
    c.drawString(22, SH - 155, "EUR · Euro")
    c.setFillColorRGB(0.62, 0.91, 0.45)
    c.roundRect(22, SH - 205, 160, 34, 17, stroke=0, fill=1)
    c.setFillColorRGB(0.08, 0.2, 0.05)
    c.setFont("SansB", 12)
    c.drawString(38, SH - 193, "IBAN for SEPA")
    y = SH - 250
    rows = [
        ("Name", w["holder"]),
        ("IBAN", group4(w["iban"])),
        ("Swift/BIC", w["bic"]),
        ("Bank name and address", w["bank_name"]),
        ("", w["bank_addr1"]),
        ("", w["bank_addr2"]),
    ]
    for lab, val in rows:
        if lab:
            c.setFillColorRGB(0.4, 0.4, 0.45)
            c.setFont("Sans", 12.5)
            c.drawString(22, y, lab)
            y -= 22
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.setFont("Sans", 15.5)
        c.drawString(22, y, val)
        if lab in ("IBAN", "Swift/BIC", "Name"):
            c.setFillColorRGB(0.15, 0.4, 0.1)
            c.setFont("SansB", 12)
            c.drawRightString(SW - 22, y, "Copy")
        y -= 36 if lab or not val.endswith(w["bank_addr2"]) else 36
    c.setFillColorRGB(0.95, 0.96, 0.94)
    c.roundRect(22, y - 70, SW - 44, 70, 10, stroke=0, fill=1)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.setFont("Sans", 11.5)
    c.drawString(34, y - 28, "Use these details to receive euros by SEPA")
    c.drawString(34, y - 46, "transfer from banks in the Euro zone.")
    c.setFillColorRGB(0.62, 0.91, 0.45)
    c.roundRect(22, 60, SW - 44, 50, 25, stroke=0, fill=1)
    c.setFillColorRGB(0.08, 0.2, 0.05)
    c.setFont("SansB", 15)
    c.drawCentredString(SW / 2, 80, "Share details")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.roundRect(SW / 2 - 67, 10, 134, 5, 2.5, stroke=0, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def free_bill(b):
    """A monthly Freebox bill as the 'Free' app / espace abonné shows it on a phone."""
    c, buf = new_canvas((SW, SH))
    c.setFillColorRGB(0.96, 0.96, 0.97)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColorRGB(0.8, 0.0, 0.1)
    c.rect(0, SH - 110, SW, 110, stroke=0, fill=1)
    _status_bar(c, dark=True, time=b["time"])
    c.setFillColorRGB(1, 1, 1)
    c.setFont("SansB", 26)
    c.drawString(22, SH - 90, "free")
    c.setFont("Sans", 13)
    c.drawRightString(SW - 22, SH - 88, "Mon espace abonné")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 19)
    c.drawString(22, SH - 150, "Facture " + b["month_label"])
    c.setFont("Sans", 12.5)
    c.setFillColorRGB(0.35, 0.35, 0.4)
    c.drawString(22, SH - 172, "Freebox Pop · Ligne " + b["line"])
    c.setFillColorRGB(1, 1, 1)
    c.roundRect(16, SH - 470, SW - 32, 280, 12, stroke=0, fill=1)
    y = SH - 220
    rows = [
        ("Titulaire", b["holder"]),
        ("Adresse", b["addr1"]),
        ("", b["addr2"]),
        ("Identifiant", b["client_no"]),
        ("Facture n°", b["invoice_no"]),
        ("Date d'émission", b["issue_print"]),
        ("Période", b["period_print"]),
        ("Mode de paiement", "Prélèvement"),
    ]
    for lab, val in rows:
        c.setFillColorRGB(0.4, 0.4, 0.45)
        c.setFont("Sans", 12)
        c.drawString(30, y, lab)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.setFont("SansB" if lab == "Titulaire" else "Sans", 12.5)
        c.drawRightString(SW - 30, y, val)
        y -= 31
    c.setFillColorRGB(1, 1, 1)
    c.roundRect(16, SH - 580, SW - 32, 95, 12, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Sans", 13)
    c.drawString(30, SH - 520, "Montant TTC")
    c.setFont("SansB", 24)
    c.drawRightString(SW - 30, SH - 525, b["amount_print"] + " €")
    c.setFont("Sans", 11)
    c.setFillColorRGB(0.1, 0.5, 0.2)
    c.drawString(30, SH - 555, "✓ Payée le " + b["paid_print"])
    c.setFillColorRGB(0.8, 0.0, 0.1)
    c.roundRect(22, 70, SW - 44, 48, 24, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("SansB", 14)
    c.drawCentredString(SW / 2, 89, "Télécharger la facture (PDF)")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.roundRect(SW / 2 - 67, 10, 134, 5, 2.5, stroke=0, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()
