"""French documents: bills, lease, attestation d'hébergement, payslip, contract, RIB."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from common import fr_date, fr_words, group4, hand, para, signature, wrap

W, H = A4


def _logo(c, x, y, text, col, font="SansB", size=20, box=None):
    if box:
        c.setFillColorRGB(*box)
        c.rect(x - 3 * mm, y - 3 * mm, 16 * mm, 16 * mm, stroke=0, fill=1)
    c.setFillColorRGB(*col)
    c.setFont(font, size)
    c.drawString(x, y, text)


def bill(c, b):
    """Monthly internet/phone bill (Orange, Bouygues Telecom, SFR style)."""
    pv = b["provider"]
    col = b["color"]
    c.setFillColorRGB(*col)
    if pv == "Orange":
        c.rect(15 * mm, H - 35 * mm, 20 * mm, 20 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("SansB", 9)
        c.drawString(17 * mm, H - 33 * mm, "orange")
    else:
        c.setFont("SansB", 22)
        c.drawString(15 * mm, H - 28 * mm, b["logo"])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 16)
    c.drawString(15 * mm, H - 48 * mm, "Votre facture")
    c.setFont("Sans", 9)
    rows = [
        ("Date de facture", fr_date(b["issue"])),
        ("N° de facture", b["invoice_no"]),
        ("N° client", b["client_no"]),
        ("Période de facturation", "du " + fr_date(b["start"]) + " au " + fr_date(b["end"])),
        ("Offre", b["offer"]),
    ]
    y = H - 58 * mm
    for lab, val in rows:
        c.setFont("Sans", 8.5)
        c.drawString(15 * mm, y, lab)
        c.setFont("SansB", 8.5)
        c.drawString(60 * mm, y, val)
        y -= 12
    # address window
    c.setFont("Sans", 10)
    ay = H - 52 * mm
    for ln in b["addr_lines"]:
        c.drawString(115 * mm, ay, ln)
        ay -= 13
    # total box
    y -= 10 * mm
    c.setFillColorRGB(*[0.9 + 0.1 * v for v in col])
    c.rect(15 * mm, y - 14 * mm, W - 30 * mm, 18 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 12)
    c.drawString(20 * mm, y - 7 * mm, "Montant total TTC à payer")
    c.drawRightString(W - 20 * mm, y - 7 * mm, b["amount_print"] + " €")
    c.setFont("Sans", 8)
    c.drawString(
        20 * mm,
        y - 11.5 * mm,
        "Prélevé à partir du " + fr_date(b["debit"]) + " sur le compte " + b["iban_masked"],
    )
    y -= 28 * mm
    c.setFont("SansB", 10)
    c.drawString(15 * mm, y, "Détail de votre facture")
    y -= 6 * mm
    c.setLineWidth(0.4)
    for lab, val in b["lines"]:
        c.setFont("Sans", 9)
        c.drawString(18 * mm, y, lab)
        c.drawRightString(W - 18 * mm, y, val)
        c.line(15 * mm, y - 4, W - 15 * mm, y - 4)
        y -= 14
    c.setFont("SansB", 9)
    c.drawString(18 * mm, y, "Total TTC")
    c.drawRightString(W - 18 * mm, y, b["amount_print"] + " €")
    c.setFont("Sans", 6.5)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    yy = 25 * mm
    for ln in b["legal"]:
        c.drawString(15 * mm, yy, ln)
        yy -= 9
    c.showPage()


def lease_pages(c, ls, rng):
    """Bail d'habitation (loi du 6 juillet 1989), contrat type du décret 2015-587."""
    pages = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                "Le bailleur : "
                + ls["landlord"]
                + ", demeurant "
                + ls["landlord_addr"]
                + ", représenté par son mandataire "
                + ls["agency"]
                + ".",
                "Le locataire : " + ls["tenant_print"] + ", né(e) le " + ls["tenant_dob"] + ".",
                "Il a été convenu ce qui suit :",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
                "Adresse du logement : " + ls["address"] + ".",
                "Type d'habitat : immeuble collectif. Régime juridique : copropriété. "
                "Période de construction : 1949 à 1974.",
                "Surface habitable : "
                + ls["surface"]
                + " m². Nombre de pièces principales : "
                + ls["rooms"]
                + ". Étage : "
                + ls["floor"]
                + ". Cave n° 12.",
                "Destination des locaux : usage d'habitation principale.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                "Date de prise d'effet du contrat : " + fr_date(ls["start"]) + ".",
                "Durée du contrat : " + ls["duration"] + ", renouvelable par tacite reconduction.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Montant du loyer mensuel : " + ls["rent"] + " € hors charges. Provision sur "
                "charges : " + ls["charges"] + " € par mois, avec régularisation annuelle.",
                "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.",
                "Dépôt de garantie : " + ls["rent"] + " € (un mois de loyer hors charges).",
            ],
        ),
    ]
    y = H - 20 * mm
    c.setFont("SerifB", 13)
    c.drawCentredString(W / 2, y, "CONTRAT DE LOCATION")
    c.setFont("Serif", 9)
    c.drawCentredString(W / 2, y - 14, "LOCAUX VIDES À USAGE D'HABITATION")
    c.drawCentredString(
        W / 2,
        y - 26,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 "
        "tendant à améliorer les rapports locatifs)",
    )
    y -= 45
    for title, paras in pages:
        c.setFont("SerifB", 10.5)
        c.drawString(20 * mm, y, title)
        y -= 16
        for p in paras:
            y = para(c, 22 * mm, y, p, "LibSerif", 10.5, W - 44 * mm, lead=13.5) - 5
        y -= 8
    c.setFont("Serif", 8)
    c.drawRightString(W - 20 * mm, 12 * mm, "Page 1/2 - Paraphes : ")
    hand(c, W - 18 * mm, 12 * mm, ls["initials"], rng, "HandC", 10)
    c.showPage()
    y = H - 25 * mm
    more = [
        (
            "V. GARANTIES",
            "Aucune caution n'est demandée. Le locataire justifie d'une assurance "
            "contre les risques locatifs.",
        ),
        (
            "VI. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            "Le présent contrat sera résilié de "
            "plein droit deux mois après un commandement de payer demeuré infructueux.",
        ),
        (
            "VII. ANNEXES",
            "Sont annexés au présent contrat : le dossier de diagnostic technique "
            "(DPE classe D), l'état des lieux d'entrée, la notice d'information, l'extrait du "
            "règlement de copropriété.",
        ),
    ]
    for title, p in more:
        c.setFont("SerifB", 10.5)
        c.drawString(20 * mm, y, title)
        y = para(c, 22 * mm, y - 16, p, "LibSerif", 10.5, W - 44 * mm, lead=13.5) - 14
    c.setFont("LibSerif", 10.5)
    c.drawString(
        22 * mm,
        y,
        "Fait et signé à " + ls["city"] + ", le " + fr_date(ls["signed"]) + ", en deux originaux.",
    )
    y -= 30
    c.drawString(25 * mm, y, "Le bailleur (ou son mandataire)")
    c.drawString(120 * mm, y, "Le(s) locataire(s)")
    c.setFont("LibSerifI", 9)
    c.drawString(25 * mm, y - 12, "« Lu et approuvé »")
    c.drawString(120 * mm, y - 12, "« Lu et approuvé »")
    signature(c, 25 * mm, y - 60, 55 * mm, 30, rng, ink=(0.05, 0.05, 0.1))
    hand(c, 120 * mm, y - 28, "Lu et approuvé", rng, "HandB", 11)
    signature(c, 120 * mm, y - 65, 55 * mm, 30, rng)
    c.setFont("Serif", 8)
    c.drawRightString(W - 20 * mm, 12 * mm, "Page 2/2")
    c.showPage()


def attestation_hand(c, a, rng):
    """Handwritten attestation d'hébergement on plain (squared) paper."""
    c.setFillColorRGB(0.99, 0.99, 0.97)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColorRGB(0.75, 0.82, 0.92)
    c.setLineWidth(0.3)
    for yy in range(0, int(H), 14):
        c.line(0, yy, W, yy)
    c.setStrokeColorRGB(0.9, 0.5, 0.5)
    c.line(25 * mm, 0, 25 * mm, H)
    f = "HandC"
    y = H - 30 * mm
    for ln in a["header"]:
        hand(c, 30 * mm, y, ln, rng, f, 13)
        y -= 18
    y -= 20
    hand(c, 65 * mm, y, "ATTESTATION D'HÉBERGEMENT", rng, f, 16)
    y -= 40
    for ln in wrap(a["body"], "HandC", 13, W - 55 * mm):
        hand(c, 30 * mm, y, ln, rng, f, 13)
        y -= 22
    y -= 12
    hand(c, 30 * mm, y, a["legal"][0], rng, f, 12)
    for ln in wrap(a["legal"][1], "HandC", 12, W - 55 * mm):
        y -= 20
        hand(c, 30 * mm, y, ln, rng, f, 12)
    y -= 40
    hand(c, 100 * mm, y, "Fait à " + a["city"] + ", le " + fr_date(a["signed_on"]), rng, f, 13)
    y -= 25
    hand(c, 110 * mm, y, "Signature :", rng, f, 12)
    signature(c, 110 * mm, y - 60, 65 * mm, 45, rng)
    c.showPage()


def payslip(c, p, rng):
    """Bulletin de paie clarifié (arrêté du 25 février 2016 model)."""
    c.setFont("SansB", 13)
    c.drawString(15 * mm, H - 18 * mm, "BULLETIN DE PAIE")
    c.setFont("Sans", 8.5)
    c.drawString(
        15 * mm,
        H - 24 * mm,
        "Période du "
        + fr_date(p["start"])
        + " au "
        + fr_date(p["end"])
        + "    Paiement le "
        + fr_date(p["paid"])
        + " par virement",
    )
    c.setLineWidth(0.5)
    c.rect(15 * mm, H - 62 * mm, 85 * mm, 32 * mm)
    c.setFont("SansB", 9)
    c.drawString(18 * mm, H - 35 * mm, p["employer"])
    c.setFont("Sans", 8)
    for i, ln in enumerate(p["employer_lines"]):
        c.drawString(18 * mm, H - 40 * mm - i * 10, ln)
    c.drawString(18 * mm, H - 59 * mm, "SIRET : " + p["siret_print"] + "   Code NAF : " + p["naf"])
    c.setFont("SansB", 10)
    y = H - 38 * mm
    for i, ln in enumerate(p["employee_lines"]):
        c.setFont("SansB" if i == 0 else "Sans", 10 if i == 0 else 9)
        c.drawString(115 * mm, y, ln)
        y -= 12
    c.setFont("Sans", 7.5)
    info = [
        ("Emploi", p["job"]),
        ("Statut", p["status"]),
        ("Entrée le", fr_date(p["hired"])),
        ("Convention collective", p["ccn"]),
        ("N° SS", p["nir_print"]),
    ]
    y = H - 70 * mm
    for lab, val in info:
        c.drawString(15 * mm, y, lab + " : " + val)
        y -= 10
    y -= 6
    cols = [15 * mm, 95 * mm, 125 * mm, 155 * mm, 180 * mm]
    c.setFillColorRGB(0.88, 0.9, 0.95)
    c.rect(15 * mm, y - 3, W - 30 * mm, 12, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 7.5)
    for x, t in zip(
        cols, ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"], strict=True
    ):
        c.drawString(x + 2, y, t)
    y -= 14
    c.setFont("Sans", 7.5)
    for row in p["rows"]:
        bold = row[0].isupper()
        c.setFont("SansB" if bold else "Sans", 7.5)
        for x, t in zip(cols, row, strict=True):
            c.drawString(x + 2, y, t)
        y -= 11
    y -= 8
    c.setFillColorRGB(0.92, 0.95, 0.92)
    c.rect(15 * mm, y - 24, W - 30 * mm, 30, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 10)
    c.drawString(18 * mm, y - 8, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
    c.drawRightString(W - 18 * mm, y - 8, p["net_before"] + " €")
    c.setFont("Sans", 8)
    c.drawString(
        18 * mm,
        y - 19,
        "Impôt sur le revenu prélevé à la source - taux personnalisé " + p["pas_rate"] + " %",
    )
    c.drawRightString(W - 18 * mm, y - 19, "-" + p["pas"] + " €")
    y -= 44
    c.setFont("SansB", 12)
    c.drawString(18 * mm, y, "NET PAYÉ")
    c.drawRightString(W - 18 * mm, y, p["net"] + " €")
    c.setFont("Sans", 6.5)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(
        15 * mm,
        15 * mm,
        "Dans votre intérêt et pour vous aider à faire valoir vos "
        "droits, conservez ce bulletin de paie sans limitation de durée.",
    )
    c.drawString(
        15 * mm, 11 * mm, "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr"
    )
    c.showPage()


def contract(c, k, rng):
    """Contrat de travail à durée indéterminée, three pages."""
    arts = k["articles"]
    per_page = [arts[:4], arts[4:8], arts[8:]]
    for pi, chunk in enumerate(per_page):
        y = H - 25 * mm
        if pi == 0:
            c.setFont("LibSerifB", 14)
            c.drawCentredString(W / 2, y, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
            y -= 30
            c.setFont("LibSerif", 10.5)
            y = para(c, 22 * mm, y, "ENTRE LES SOUSSIGNÉS :", "LibSerifB", 10.5, 160 * mm) - 6
            y = para(c, 22 * mm, y, k["employer_par"], "LibSerif", 10.5, W - 44 * mm, 13.5)
            y = (
                para(
                    c,
                    22 * mm,
                    y - 6,
                    "ci-après dénommée « l'Employeur », d'une part,",
                    "LibSerif",
                    10.5,
                    160 * mm,
                )
                - 8
            )
            y = para(c, 22 * mm, y, "ET", "LibSerifB", 10.5, 160 * mm) - 6
            y = para(c, 22 * mm, y, k["employee_par"], "LibSerif", 10.5, W - 44 * mm, 13.5)
            y = (
                para(
                    c,
                    22 * mm,
                    y - 6,
                    "ci-après dénommé(e) « le Salarié », d'autre part,",
                    "LibSerif",
                    10.5,
                    160 * mm,
                )
                - 8
            )
            y = (
                para(c, 22 * mm, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", "LibSerifB", 10.5, 160 * mm)
                - 10
            )
        for title, text in chunk:
            y = para(c, 22 * mm, y, title, "LibSerifB", 10.5, W - 44 * mm) - 3
            y = para(c, 22 * mm, y, text, "LibSerif", 10.5, W - 44 * mm, 13.5) - 10
        if pi == 2:
            c.setFont("LibSerif", 10.5)
            c.drawString(
                22 * mm,
                y - 5,
                "Fait en deux exemplaires originaux à "
                + k["city"]
                + ", le "
                + fr_date(k["signed"])
                + ".",
            )
            y -= 35
            c.drawString(25 * mm, y, "Pour l'Employeur")
            c.drawString(25 * mm, y - 12, k["signatory"])
            c.drawString(120 * mm, y, "Le Salarié")
            c.setFont("LibSerifI", 9)
            c.drawString(120 * mm, y - 12, "(« Lu et approuvé, bon pour accord »)")
            signature(c, 25 * mm, y - 70, 55 * mm, 40, rng, ink=(0.05, 0.05, 0.1))
            hand(c, 120 * mm, y - 32, "Lu et approuvé, bon pour accord", rng, "HandD", 10)
            signature(c, 120 * mm, y - 75, 55 * mm, 35, rng)
        c.setFont("LibSerif", 8)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawCentredString(
            W / 2,
            12 * mm,
            k["employer"] + " - CDI " + k["employee"] + " - page " + str(pi + 1) + "/3",
        )
        c.setFillColorRGB(0, 0, 0)
        c.showPage()


def rib(c, r):
    """Relevé d'identité bancaire as a French bank's online banking prints it."""
    c.setFillColorRGB(*r["color"])
    c.setFont("SansB", 18)
    c.drawString(15 * mm, H - 25 * mm, r["bank_name"])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("SansB", 13)
    c.drawString(15 * mm, H - 42 * mm, r["title"])
    c.setFont("Sans", 8.5)
    c.drawString(
        15 * mm,
        H - 49 * mm,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
    )
    c.drawString(
        15 * mm,
        H - 55 * mm,
        "appelés à faire inscrire des opérations à votre compte (virements, prélèvements...).",
    )
    y0 = H - 130 * mm
    c.setLineWidth(0.6)
    c.rect(15 * mm, y0, W - 30 * mm, 65 * mm)
    c.setFont("Sans", 8)
    c.drawString(20 * mm, y0 + 58 * mm, "Titulaire du compte")
    c.setFont("SansB", 10)
    y = y0 + 52 * mm
    for ln in r["holder_lines"]:
        c.drawString(20 * mm, y, ln)
        y -= 12
    c.setFont("Sans", 8)
    c.drawString(115 * mm, y0 + 58 * mm, "Domiciliation")
    c.setFont("Sans", 9)
    y = y0 + 52 * mm
    for ln in r["branch_lines"]:
        c.drawString(115 * mm, y, ln)
        y -= 11
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    xs = [20 * mm, 50 * mm, 80 * mm, 130 * mm]
    for x, hd, v in zip(xs, heads, vals, strict=True):
        c.setFont("Sans", 7.5)
        c.drawString(x, y0 + 22 * mm, hd)
        c.setFont("MonoB", 10.5)
        c.drawString(x, y0 + 16 * mm, v)
    c.setFont("Sans", 7.5)
    c.drawString(20 * mm, y0 + 9 * mm, "IBAN (International Bank Account Number)")
    c.drawString(140 * mm, y0 + 9 * mm, "BIC (Bank Identifier Code)")
    c.setFont("MonoB", 10.5)
    c.drawString(20 * mm, y0 + 3 * mm, group4(r["iban"]))
    c.drawString(140 * mm, y0 + 3 * mm, r["bic"])
    c.setFont("Sans", 7)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(15 * mm, 15 * mm, r["legal"])
    c.showPage()


def fr_long(iso):
    return fr_words(iso)
