"""French bills, RIBs and a neobank screenshot."""

from PIL import Image, ImageDraw

from util import MM, fr_date, fr_words, group, make_pdf, money, pil_font

BRANDS = {
    "EDF": dict(
        col=(0.0, 0.3, 0.6),
        acc=(1.0, 0.5, 0.0),
        name="EDF",
        legal="EDF SA - 552 081 317 RCS Paris - 22-30 avenue de Wagram 75382 Paris cedex 08",
        svc="Électricité",
        font=("Lato", "LatoB"),
    ),
    "SFR": dict(
        col=(0.89, 0.0, 0.1),
        acc=(0.2, 0.2, 0.2),
        name="SFR",
        legal="SFR - SA au capital "
        "de 3 423 265 598,40 € - 343 059 564 RCS Paris - 16 rue du Général Alain de "
        "Boissieu 75015 Paris",
        svc="Box",
        font=("Roboto", "RobotoB"),
    ),
    "SOSH": dict(
        col=(0.0, 0.0, 0.0),
        acc=(0.9, 0.0, 0.45),
        name="sosh",
        legal="Orange SA au "
        "capital de 10 640 226 396 € - 78 rue Olivier de Serres 75015 Paris - 380 129 866 "
        "RCS Paris",
        svc="Mobile",
        font=("Open", "OpenB"),
    ),
    "FREE": dict(
        col=(0.8, 0.0, 0.0),
        acc=(0.3, 0.3, 0.3),
        name="free",
        legal="Free - SAS au "
        "capital de 3 441 812 € - RCS Paris B 421 938 861 - 8 rue de la Ville l'Évêque "
        "75008 Paris",
        svc="Freebox",
        font=("DejaVu", "DejaVuB"),
    ),
}


def bill(d, rng):
    """d: brand, holder, address (2 lines), client_no, invoice_no, issue, start, end, lines,
    amount, due."""
    b = BRANDS[d["brand"]]
    f, fb = b["font"]

    def p1(c, w, h):
        c.setFillColorRGB(*b["col"])
        if d["brand"] == "EDF":
            c.rect(0, h - 30 * MM, w, 30 * MM, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(fb, 26)
            c.drawString(18 * MM, h - 19 * MM, "edf")
            c.setFillColorRGB(*b["acc"])
            c.circle(41 * MM, h - 13 * MM, 2.2 * MM, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(f, 11)
            c.drawRightString(w - 15 * MM, h - 15 * MM, "Votre facture d'électricité")
            c.setFont(f, 8)
            c.drawRightString(w - 15 * MM, h - 21 * MM, f"du {fr_words(d['issue'])}")
            top = h - 40 * MM
        else:
            c.setFont(fb, 28)
            c.drawString(18 * MM, h - 24 * MM, b["name"])
            c.setFillColorRGB(*b["acc"])
            c.setFont(f, 10)
            c.drawRightString(
                w - 15 * MM,
                h - 18 * MM,
                "FACTURE" if d["brand"] != "SOSH" else "Votre facture mobile",
            )
            c.setFont(f, 8.5)
            c.drawRightString(w - 15 * MM, h - 23 * MM, f"N° {d['invoice_no']}")
            c.setStrokeColorRGB(*b["col"])
            c.setLineWidth(2)
            c.line(18 * MM, h - 30 * MM, w - 15 * MM, h - 30 * MM)
            top = h - 40 * MM
        # address window
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fb, 10)
        c.drawString(110 * MM, top - 12 * MM, d["holder_print"])
        c.setFont(f, 10)
        for i, ln in enumerate(d["address"]):
            c.drawString(110 * MM, top - (17 + 5 * i) * MM, ln)
        # references
        c.setFont(f, 8.5)
        y = top - 4 * MM
        refs = [
            ("Date de facture", fr_date(d["issue"])),
            ("N° client", d["client_no"]),
            ("Référence facture", d["invoice_no"]),
        ]
        if d["brand"] == "EDF":
            refs.append(("Point de livraison (PDL)", d.get("pdl", "")))
        for lab, val in refs:
            c.drawString(18 * MM, y, f"{lab} :")
            c.setFont(fb, 8.5)
            c.drawString(55 * MM, y, val)
            c.setFont(f, 8.5)
            y -= 4.6 * MM
        # summary box
        y = top - 48 * MM
        c.setFillColorRGB(0.95, 0.95, 0.96)
        c.roundRect(18 * MM, y - 32 * MM, w - 33 * MM, 36 * MM, 2 * MM, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fb, 11)
        c.drawString(24 * MM, y - 4 * MM, "Montant total à payer")
        c.setFont(fb, 20)
        c.setFillColorRGB(*b["col"])
        c.drawRightString(w - 22 * MM, y - 6 * MM, money(d["amount"]))
        c.setFillColorRGB(0, 0, 0)
        c.setFont(f, 9)
        c.drawString(
            24 * MM, y - 12 * MM, f"Période : du {fr_date(d['start'])} au {fr_date(d['end'])}"
        )
        c.drawString(
            24 * MM, y - 18 * MM, f"Prélevé le {fr_date(d['due'])} sur votre compte bancaire"
        )
        c.drawString(24 * MM, y - 24 * MM, f"Titulaire du contrat : {d['holder_print']}")
        # detail table
        y -= 46 * MM
        c.setFont(fb, 10)
        c.drawString(18 * MM, y, "Détail de votre facture")
        y -= 3 * MM
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.5)
        c.line(18 * MM, y, w - 15 * MM, y)
        y -= 6 * MM
        c.setFont(f, 9)
        for lab, val in d["lines"]:
            c.drawString(20 * MM, y, lab)
            c.drawRightString(w - 17 * MM, y, money(val))
            y -= 5.5 * MM
        c.line(18 * MM, y + 2 * MM, w - 15 * MM, y + 2 * MM)
        c.setFont(fb, 9.5)
        c.drawString(20 * MM, y - 3 * MM, "Total TTC")
        c.drawRightString(w - 17 * MM, y - 3 * MM, money(d["amount"]))
        c.setFont(f, 7.5)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(
            18 * MM,
            y - 14 * MM,
            f"Service : {b['svc']} — adresse de "
            f"{'consommation' if d['brand'] == 'EDF' else 'installation'}"
            f" : {', '.join(d['address'])}",
        )
        c.setFont(f, 6)
        c.drawString(18 * MM, 12 * MM, b["legal"])
        c.drawRightString(w - 15 * MM, 8 * MM, "Page 1/1")

    return make_pdf([p1])


def rib_doc(d, rng):
    """RIB from a French bank: d has bank, holder, address, bank/branch/account/key, iban, bic,
    domiciliation, style."""

    def page(c, w, h):
        st = d["style"]
        if st == "BNP":
            c.setFillColorRGB(0.0, 0.52, 0.35)
            c.rect(15 * MM, h - 28 * MM, 10 * MM, 10 * MM, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("SansB", 14)
            c.drawString(28 * MM, h - 25 * MM, "BNP PARIBAS")
            c.setFont("Sans", 8)
            c.drawString(28 * MM, h - 29 * MM, "La banque d'un monde qui change")
            title = "RELEVÉ D'IDENTITÉ BANCAIRE"
        elif st == "CE":
            c.setFillColorRGB(0.85, 0.0, 0.15)
            c.setFont("SerifB", 16)
            c.drawString(15 * MM, h - 25 * MM, "CAISSE D'EPARGNE")
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Serif", 9)
            c.drawString(15 * MM, h - 30 * MM, d["region"])
            title = "Relevé d'Identité Bancaire (RIB)"
        else:
            c.setFillColorRGB(0.0, 0.2, 0.5)
            c.setFont("CarlitoB", 17)
            c.drawString(15 * MM, h - 25 * MM, "BANQUE POPULAIRE")
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Carlito", 9)
            c.drawString(15 * MM, h - 30 * MM, d["region"])
            title = "IDENTITÉ BANCAIRE (RIB/IBAN)"
        y = h - 48 * MM
        c.setFont("SansB", 12)
        c.drawString(15 * MM, y, title)
        c.setFont("Sans", 8)
        c.drawString(
            15 * MM,
            y - 5 * MM,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        )
        y -= 16 * MM
        c.setFont("Sans", 8)
        c.drawString(15 * MM, y, "Titulaire du compte")
        c.setFont("SansB", 10)
        c.drawString(15 * MM, y - 5 * MM, d["holder_print"])
        c.setFont("Sans", 9.5)
        for i, ln in enumerate(d["address"]):
            c.drawString(15 * MM, y - (10 + 4.5 * i) * MM, ln)
        c.setFont("Sans", 8)
        c.drawString(115 * MM, y, "Domiciliation")
        c.setFont("Sans", 9.5)
        for i, ln in enumerate(d["domiciliation"]):
            c.drawString(115 * MM, y - (5 + 4.5 * i) * MM, ln)
        y -= 32 * MM
        cols = [
            ("Code banque", d["bank"]),
            ("Code guichet", d["branch"]),
            ("N° de compte", d["account"]),
            ("Clé RIB", d["key"]),
        ]
        xs = [15, 45, 75, 125]
        c.setLineWidth(0.6)
        c.rect(15 * MM, y - 11 * MM, 130 * MM, 16 * MM)
        for (lab, val), x in zip(cols, xs, strict=True):
            c.setFont("Sans", 7.5)
            c.drawString((x + 2) * MM, y, lab)
            c.setFont("MonoB", 10.5)
            c.drawString((x + 2) * MM, y - 7 * MM, val)
        y -= 22 * MM
        c.setFont("Sans", 8)
        c.drawString(15 * MM, y, "IBAN (International Bank Account Number)")
        c.setFont("MonoB", 12)
        c.drawString(15 * MM, y - 6 * MM, group(d["iban"]))
        c.setFont("Sans", 8)
        c.drawString(135 * MM, y, "BIC (Bank Identifier Code)")
        c.setFont("MonoB", 12)
        c.drawString(135 * MM, y - 6 * MM, d["bic"])
        c.setDash(2, 2)
        c.line(10 * MM, y - 16 * MM, w - 10 * MM, y - 16 * MM)
        c.setDash()
        c.setFont("Sans", 6.5)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(15 * MM, 15 * MM, d["legal"])

    return make_pdf([page])


def n26_screenshot(d, rng):
    """A 1170x2532 phone screenshot of N26 account details (dark theme)."""
    W, H = 1170, 2532
    img = Image.new("RGB", (W, H), (18, 18, 18))
    dr = ImageDraw.Draw(img)
    f = pil_font("Roboto", 44)
    fb = pil_font("RobotoB", 46)
    fs = pil_font("Roboto", 36)
    dr.text((60, 40), "09:41", font=pil_font("RobotoB", 44), fill=(240, 240, 240))
    dr.rectangle((980, 52, 1060, 84), outline=(240, 240, 240), width=3)
    dr.rectangle((986, 58, 1040, 78), fill=(240, 240, 240))
    dr.text((60, 190), "<", font=pil_font("Roboto", 64), fill=(255, 255, 255))
    dr.text((W // 2, 200), "Coordonnées bancaires", font=fb, fill=(255, 255, 255), anchor="mt")
    dr.rounded_rectangle((50, 330, W - 50, 1560), 36, fill=(34, 34, 36))
    rows = [
        ("Titulaire du compte", d["holder_print"]),
        ("IBAN", group(d["iban"])),
        ("BIC", d["bic"]),
        ("Banque", "N26 Bank SE"),
        ("Adresse de la banque", "Voltairestraße 8, 10179 Berlin"),
    ]
    y = 380
    for lab, val in rows:
        dr.text((100, y), lab, font=fs, fill=(150, 150, 155))
        dr.text(
            (100, y + 56),
            val,
            font=f if len(val) < 30 else pil_font("Roboto", 40),
            fill=(250, 250, 250),
        )
        dr.rounded_rectangle((W - 150, y + 60, W - 118, y + 96), 5, outline=(54, 161, 139), width=4)
        dr.rounded_rectangle((W - 140, y + 50, W - 108, y + 86), 5, outline=(54, 161, 139), width=4)
        y += 230
    dr.rounded_rectangle((50, 1640, W - 50, 1780), 70, fill=(54, 161, 139))
    dr.text((W // 2, 1710), "Partager les coordonnées", font=fb, fill=(255, 255, 255), anchor="mm")
    dr.rounded_rectangle((50, 1820, W - 50, 1960), 70, outline=(54, 161, 139), width=4)
    dr.text((W // 2, 1890), "Télécharger le RIB (PDF)", font=fb, fill=(54, 161, 139), anchor="mm")
    dr.text((100, 2040), "Compte courant • Compte principal", font=fs, fill=(150, 150, 155))
    dr.rounded_rectangle((W // 2 - 200, H - 40, W // 2 + 200, H - 28), 6, fill=(230, 230, 230))
    return img
