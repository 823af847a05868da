"""French pieces: RIBs, lease, payslip, contracts, attestation d'hebergement."""

from PIL import Image, ImageDraw, ImageFont

from cn_bills import euro
from cn_ids import d_fr
from cn_util import MM, font_path, hand, iban_groups, signature

RIB_BANKS = {
    "lcl": {
        "name": "LCL",
        "full": "LCL - Le Crédit Lyonnais",
        "col": (0.0, 0.2, 0.55),
        "f": "sans",
        "fb": "sansb",
    },
    "ca": {
        "name": "Crédit Agricole",
        "full": "Crédit Agricole d'Île-de-France",
        "col": (0.0, 0.45, 0.42),
        "f": "dv",
        "fb": "dvb",
    },
    "sg": {
        "name": "SOCIETE GENERALE",
        "full": "Société Générale",
        "col": (0.9, 0.0, 0.1),
        "f": "rob",
        "fb": "robb",
    },
}


def rib(r, rng):
    """Relevé d'identité bancaire in the common 'RIB' box layout."""
    st = RIB_BANKS[r["bank"]]

    def f(c, w, h):
        m = 18 * MM
        c.setFillColorRGB(*st["col"])
        c.setFont(st["fb"], 18)
        c.drawString(m, h - 22 * MM, st["name"])
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(st["fb"], 13)
        c.drawString(m, h - 38 * MM, "Relevé d'Identité Bancaire")
        c.setFont(st["f"], 8.5)
        c.drawString(
            m,
            h - 43 * MM,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        )
        y = h - 58 * MM
        c.setFont(st["f"], 9)
        c.drawString(m, y, "Titulaire du compte")
        c.setFont(st["fb"], 10.5)
        for i, ln in enumerate(r["holder_lines"]):
            c.drawString(m, y - (5 + 5 * i) * MM, ln)
        c.setFont(st["f"], 9)
        c.drawString(110 * MM, y, "Domiciliation")
        c.setFont(st["fb"], 9.5)
        for i, ln in enumerate(r["agency"]):
            c.drawString(110 * MM, y - (5 + 4.5 * i) * MM, ln)
        y -= 36 * MM
        c.setStrokeColorRGB(0.4, 0.4, 0.4)
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [r["bankc"], r["branch"], r["account"], r["key"]]
        xs = [m, m + 32 * MM, m + 64 * MM, m + 120 * MM, m + 145 * MM]
        c.rect(m, y - 10 * MM, xs[-1] - m, 16 * MM)
        for i in range(4):
            c.line(xs[i], y - 10 * MM, xs[i], y + 6 * MM)
            c.setFont(st["f"], 8)
            c.drawString(xs[i] + 2 * MM, y + 2 * MM, heads[i])
            c.setFont("monob", 11)
            c.drawString(xs[i] + 2 * MM, y - 6 * MM, vals[i])
        y -= 22 * MM
        c.setFont(st["f"], 9)
        c.drawString(m, y, "IBAN (International Bank Account Number)")
        c.setFont("monob", 12.5)
        c.drawString(m, y - 7 * MM, iban_groups(r["iban"]))
        c.setFont(st["f"], 9)
        c.drawString(m + 120 * MM, y, "BIC")
        c.setFont("monob", 12.5)
        c.drawString(m + 120 * MM, y - 7 * MM, r["bic"])
        c.setFont(st["f"], 7)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(m, 15 * MM, r["legal"])

    return f


def revolut_screen(r, rng):
    """Phone screenshot (1170x2532) of the Revolut 'Account details' screen."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (247, 247, 250))
    d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(font_path("robb"), 58)
    fm = ImageFont.truetype(font_path("rob"), 44)
    fs = ImageFont.truetype(font_path("rob"), 38)
    d.text((70, 40), "10:42", font=fs, fill=(0, 0, 0))
    d.text((W - 250, 40), "4G  87%", font=fs, fill=(0, 0, 0))
    d.line((75, 200, 125, 200), fill=(0, 0, 0), width=7)
    d.line((75, 200, 100, 175), fill=(0, 0, 0), width=7)
    d.line((75, 200, 100, 225), fill=(0, 0, 0), width=7)
    d.text((70, 300), "Account details", font=fb, fill=(10, 10, 20))
    d.text((70, 390), "EUR · Main", font=fm, fill=(110, 110, 120))
    d.rounded_rectangle((50, 480, W - 50, 560), 40, fill=(230, 232, 240))
    d.text((110, 495), "Local        International", font=fm, fill=(60, 60, 80))
    y = 620
    d.rounded_rectangle((50, y, W - 50, y + 1250), 40, fill=(255, 255, 255))
    rows = [
        ("Beneficiary", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Bank", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
    ]
    yy = y + 50
    for lab, val in rows:
        d.text((100, yy), lab, font=fs, fill=(120, 120, 130))
        d.text((100, yy + 60), val, font=fm, fill=(15, 15, 25))
        d.rounded_rectangle((W - 150, yy + 60, W - 118, yy + 98), 6, outline=(0, 102, 255), width=4)
        d.rounded_rectangle((W - 138, yy + 48, W - 106, yy + 86), 6, outline=(0, 102, 255), width=4)
        yy += 230
    d.rounded_rectangle((50, y + 1300, W - 50, y + 1450), 75, fill=(0, 102, 255))
    d.text((W // 2 - 200, y + 1345), "Share details", font=fb, fill=(255, 255, 255))
    d.text(
        (100, y + 1520),
        "Use these details to receive salaries and direct debits",
        font=fs,
        fill=(120, 120, 130),
    )
    d.text(
        (100, y + 1570),
        "in EUR (SEPA). Revolut Bank UAB is a credit institution",
        font=fs,
        fill=(120, 120, 130),
    )
    d.text((100, y + 1620), "licensed by the Bank of Lithuania.", font=fs, fill=(120, 120, 130))
    d.rounded_rectangle((W // 2 - 200, H - 30, W // 2 + 200, H - 18), 6, fill=(0, 0, 0))
    return im


def lease_pages(L, rng):
    """Bail d'habitation loi du 6 juillet 1989 (logement meublé) - 2 pages."""

    def p1(c, w, h):
        m = 20 * MM
        c.setFont("serifb", 13)
        c.drawCentredString(w / 2, h - 22 * MM, "CONTRAT DE LOCATION")
        c.setFont("serif", 9.5)
        c.drawCentredString(
            w / 2,
            h - 28 * MM,
            "Logement meublé - Titre Ier bis de la loi n° 89-462 du 6 juillet 1989",
        )
        y = h - 42 * MM
        blocks = [
            (
                "I. DÉSIGNATION DES PARTIES",
                [
                    "Le présent contrat est conclu entre les soussignés :",
                    "{}, demeurant {},".format(L["landlord"], L["landlord_addr"]),
                    "désigné(e) ci-après « le bailleur » ;",
                    "et {}, né(e) le {},".format(L["tenant"], d_fr(L["tenant_dob"])),
                    "désigné(e) ci-après « le locataire ».",
                ],
            ),
            (
                "II. OBJET DU CONTRAT",
                [
                    "Adresse du logement : {}".format(L["address"]),
                    "Type d'habitat : immeuble collectif - Régime juridique : copropriété",
                    "Surface habitable : {} m²  -  Nombre de pièces principales : {}".format(
                        L["surface"], L["rooms"]
                    ),
                    "Désignation des locaux : {}".format(L["desc"]),
                ],
            ),
            (
                "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
                [
                    "A. Date de prise d'effet du contrat : {}".format(d_fr(L["start"])),
                    "B. Durée du contrat : un an, renouvelable par tacite reconduction.",
                ],
            ),
            (
                "IV. CONDITIONS FINANCIÈRES",
                [
                    "Montant du loyer mensuel : {} hors charges".format(euro(L["rent"])),
                    "Charges récupérables : provision mensuelle de {}".format(euro(L["charges"])),
                    "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.",
                    "Dépôt de garantie : {} (deux mois de loyer hors charges).".format(
                        euro(2 * L["rent"])
                    ),
                ],
            ),
        ]
        for title, lines in blocks:
            c.setFont("serifb", 10)
            c.drawString(m, y, title)
            y -= 6 * MM
            c.setFont("serif", 9.5)
            for ln in lines:
                c.drawString(m + 3 * MM, y, ln)
                y -= 5 * MM
            y -= 4 * MM
        c.setFont("serif", 7.5)
        c.drawString(m, 12 * MM, "Paraphes :")
        hand(c, m + 16 * MM, 12 * MM, L["par1"], 9, rng, "dkg")
        hand(c, m + 28 * MM, 12 * MM, L["par2"], 9, rng, "breip")
        c.drawRightString(w - m, 12 * MM, "1/2")

    def p2(c, w, h):
        m = 20 * MM
        y = h - 25 * MM
        for title, lines in [
            ("V. GARANTIES", ["Néant."]),
            (
                "VI. CLAUSE RÉSOLUTOIRE",
                [
                    "Le bail sera résilié de plein droit deux mois après un commandement de payer",
                    "demeuré infructueux, à défaut de paiement du loyer ou des charges.",
                ],
            ),
            (
                "VII. ANNEXES",
                [
                    "Dossier de diagnostic technique (DPE, ERP, CREP), état des lieux d'entrée,",
                    "inventaire du mobilier, notice d'information.",
                ],
            ),
        ]:
            c.setFont("serifb", 10)
            c.drawString(m, y, title)
            y -= 6 * MM
            c.setFont("serif", 9.5)
            for ln in lines:
                c.drawString(m + 3 * MM, y, ln)
                y -= 5 * MM
            y -= 4 * MM
        c.setFont("serif", 10)
        c.drawString(
            m,
            y - 6 * MM,
            "Fait et signé à {}, le {}, en deux originaux.".format(L["city"], d_fr(L["signed"])),
        )
        y -= 22 * MM
        c.drawString(m, y, "Le bailleur")
        c.drawString(115 * MM, y, "Le locataire")
        c.setFont("serifi", 8)
        c.drawString(m, y - 5 * MM, "« Lu et approuvé »")
        c.drawString(115 * MM, y - 5 * MM, "« Lu et approuvé »")
        signature(c, m, y - 30 * MM, 45 * MM, 14 * MM, rng)
        signature(c, 115 * MM, y - 30 * MM, 45 * MM, 14 * MM, rng, color=(0.1, 0.1, 0.1))
        c.setFont("serif", 7.5)
        c.drawRightString(w - m, 12 * MM, "2/2")

    return [p1, p2]


def payslip(p, rng):
    """Bulletin de paie clarifie (modele 2018)."""

    def f(c, w, h):
        m = 12 * MM
        c.setFont("sansb", 12)
        c.drawString(m, h - 16 * MM, "BULLETIN DE PAIE")
        c.setFont("sans", 8.5)
        c.drawRightString(
            w - m, h - 14 * MM, "Période du {} au {}".format(d_fr(p["start"]), d_fr(p["end"]))
        )
        c.drawRightString(w - m, h - 18 * MM, "Paiement le {} par virement".format(d_fr(p["paid"])))
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.rect(m, h - 52 * MM, 88 * MM, 30 * MM)
        c.rect(m + 94 * MM, h - 52 * MM, w - 2 * m - 94 * MM, 30 * MM)
        c.setFont("sansb", 9)
        c.drawString(m + 2 * MM, h - 27 * MM, p["employer"])
        c.setFont("sans", 8)
        for i, ln in enumerate(
            p["employer_lines"]
            + [
                "SIRET : {}".format(p["siret"]),
                "Code NAF : {}".format(p["naf"]),
                "URSSAF : {}".format(p["urssaf"]),
            ]
        ):
            c.drawString(m + 2 * MM, h - (31 + 3.8 * i) * MM, ln)
        c.setFont("sansb", 9.5)
        c.drawString(m + 96 * MM, h - 27 * MM, p["employee"])
        c.setFont("sans", 8)
        for i, ln in enumerate(p["employee_lines"]):
            c.drawString(m + 96 * MM, h - (31 + 3.8 * i) * MM, ln)
        y = h - 58 * MM
        c.setFont("sans", 7.5)
        c.drawString(
            m,
            y,
            "Emploi : {}   Statut : {}   Convention collective : {}".format(
                p["job"], p["status"], p["ccn"]
            ),
        )
        c.drawString(
            m,
            y - 4 * MM,
            "Date d'entrée : {}   Contrat : {}   N° SS : en cours".format(
                d_fr(p["entry"]), p["contract"]
            ),
        )
        y -= 12 * MM
        c.setFillColorRGB(0.88, 0.9, 0.95)
        c.rect(m, y - 1.5 * MM, w - 2 * m, 6 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("sansb", 8)
        cols = [m + 2 * MM, m + 95 * MM, m + 120 * MM, m + 145 * MM, w - m - 2 * MM]
        for x, t in zip(cols[:4], ["Éléments de paie", "Base", "Taux", "Montant salarié"]):
            c.drawString(x, y, t)
        y -= 8 * MM
        for lab, base, rate, amt in p["rows"]:
            bold = lab.isupper()
            c.setFont("sansb" if bold else "sans", 8)
            c.drawString(cols[0], y, lab)
            c.drawString(cols[1], y, base)
            c.drawString(cols[2], y, rate)
            if amt:
                c.drawRightString(cols[4], y, amt)
            y -= 5.2 * MM
        y -= 4 * MM
        c.setFillColorRGB(0.93, 0.93, 0.93)
        c.rect(m, y - 14 * MM, w - 2 * m, 18 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("sansb", 10)
        c.drawString(m + 2 * MM, y - 3 * MM, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
        c.drawRightString(w - m - 2 * MM, y - 3 * MM, euro(p["net_before"]))
        c.setFont("sans", 8.5)
        c.drawString(
            m + 2 * MM,
            y - 9 * MM,
            "Impôt sur le revenu prélevé à la source - taux non personnalisé {}".format(
                p["pas_rate"]
            ),
        )
        c.drawRightString(w - m - 2 * MM, y - 9 * MM, "- " + euro(p["pas"]))
        y -= 22 * MM
        c.setFillColorRGB(0.0, 0.25, 0.5)
        c.rect(m, y - 3 * MM, w - 2 * m, 9 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("sansb", 11)
        c.drawString(m + 2 * MM, y, "NET PAYÉ")
        c.drawRightString(w - m - 2 * MM, y, euro(p["net"]))
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont("sans", 6.5)
        c.drawString(
            m,
            14 * MM,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée.",
        )
        c.drawString(
            m, 10 * MM, "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr"
        )

    return f


def contract_pages(k, rng):
    """CDD or contrat de mission (interim), 2 pages, typed, signed by both."""

    def p1(c, w, h):
        m = 22 * MM
        c.setFont(k["fb"], 14)
        c.drawCentredString(w / 2, h - 25 * MM, k["title"])
        c.setFont(k["f"], 9.5)
        c.drawCentredString(w / 2, h - 31 * MM, k["subtitle"])
        y = h - 45 * MM
        for ln in k["body1"]:
            if ln.startswith("#"):
                c.setFont(k["fb"], 10)
                c.drawString(m, y, ln[1:])
                y -= 6 * MM
            else:
                c.setFont(k["f"], 9.5)
                c.drawString(m, y, ln)
                y -= 5 * MM
        c.setFont(k["f"], 7.5)
        c.drawRightString(w - m, 12 * MM, "Page 1/2")

    def p2(c, w, h):
        m = 22 * MM
        y = h - 25 * MM
        for ln in k["body2"]:
            if ln.startswith("#"):
                c.setFont(k["fb"], 10)
                c.drawString(m, y, ln[1:])
                y -= 6 * MM
            else:
                c.setFont(k["f"], 9.5)
                c.drawString(m, y, ln)
                y -= 5 * MM
        y -= 8 * MM
        c.setFont(k["f"], 9.5)
        c.drawString(
            m, y, "Fait à {}, le {}, en deux exemplaires.".format(k["city"], d_fr(k["signed"]))
        )
        y -= 12 * MM
        c.drawString(m, y, "Pour l'employeur")
        c.drawString(115 * MM, y, "Le salarié")
        c.setFont(k["f"], 8)
        c.drawString(m, y - 5 * MM, k["signatory"])
        c.drawString(115 * MM, y - 5 * MM, "(précédé de « lu et approuvé »)")
        hand(c, 115 * MM, y - 12 * MM, "Lu et approuvé", 11, rng, "dkg")
        signature(c, m, y - 36 * MM, 45 * MM, 14 * MM, rng, color=(0.1, 0.1, 0.1))
        signature(c, 115 * MM, y - 36 * MM, 45 * MM, 14 * MM, rng)
        c.setFont(k["f"], 7.5)
        c.drawRightString(w - m, 12 * MM, "Page 2/2")

    return [p1, p2]


def hosting_attestation(a, rng):
    """Handwritten attestation d'hebergement on plain (lined) paper."""
    font = a.get("font", "breip")

    def f(c, w, h):
        c.setFillColorRGB(0.99, 0.99, 0.98)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setStrokeColorRGB(0.75, 0.82, 0.92)
        c.setLineWidth(0.4)
        for i in range(30):
            c.line(0, h - 35 * MM - i * 8 * MM, w, h - 35 * MM - i * 8 * MM)
        c.setStrokeColorRGB(0.9, 0.6, 0.6)
        c.line(25 * MM, 0, 25 * MM, h)
        x = 28 * MM
        y = h - 35 * MM + 1.2
        hand(c, 70 * MM, y + 8 * MM, "Attestation d'hébergement", 17, rng, font)
        for ln in a["lines"]:
            y -= 8 * MM
            if ln:
                hand(c, x, y, ln, 12.5, rng, font)
        y -= 16 * MM
        hand(c, 110 * MM, y, "Fait à {}, le {}".format(a["city"], a["date_text"]), 12.5, rng, font)
        signature(c, 120 * MM, y - 32 * MM, 48 * MM, 16 * MM, rng)

    return f


def payslip_rows(gross, hours):
    """Typical rows; returns (rows, net_before_tax)."""
    rows = [("Salaire de base", f"{hours:.2f} h", "%.4f" % (gross / hours), f"{gross:.2f}")]
    rows.append(("SALAIRE BRUT", "", "", f"{gross:.2f}"))
    items = [
        ("Santé", 0.0, 0.0),
        ("Sécurité sociale plafonnée", gross, 6.90),
        ("Sécurité sociale déplafonnée", gross, 0.40),
        ("Complémentaire Tranche 1", gross, 4.01),
        ("Assurance chômage", gross, 0.0),
        ("CSG déductible de l'impôt sur le revenu", gross * 0.9825, 6.80),
        ("CSG/CRDS non déductible", gross * 0.9825, 2.90),
    ]
    total = 0.0
    rows.append(("Cotisations et contributions sociales", "", "", ""))
    for lab, base, rate in items:
        amt = round(base * rate / 100, 2)
        total += amt
        rows.append(
            (
                "  " + lab,
                f"{base:.2f}" if base else "",
                f"{rate:.2f} %" if rate else "",
                f"-{amt:.2f}" if amt else "",
            )
        )
    rows.append(("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", f"-{total:.2f}"))
    return rows, round(gross - total, 2)
