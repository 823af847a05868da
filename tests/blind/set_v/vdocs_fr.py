"""French everyday documents: bills, RIB, payslip, contract, lease, attestation, app screens."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from vcore import FD, TTF, draw_signature, fr, fr_words, groups, hand, stamp

# provider: (colour, legal line, service label, customer-service line)
PROV = {
    "EDF": (
        (0.0, 0.30, 0.62),
        "EDF SA - capital 2 084 365 041 € - 552 081 317 R.C.S. Paris",
        "Électricité - Tarif Bleu",
        "Service client 09 69 32 15 15",
    ),
    "ENGIE": (
        (0.0, 0.62, 0.86),
        "ENGIE SA - capital 2 435 285 011 € - 542 107 651 RCS Nanterre",
        "Électricité et gaz naturel - offre Elec Référence",
        "09 69 324 324",
    ),
    "TotalEnergies": (
        (0.85, 0.1, 0.15),
        "TotalEnergies Électricité et Gaz France - RCS Nanterre 817 580 255",
        "Électricité - Offre Essentielle",
        "Service client 09 70 80 69 69",
    ),
    "Free": (
        (0.80, 0.0, 0.0),
        "Free SAS - 75008 Paris - RCS Paris B 421 938 861",
        "Abonnement Freebox Pop",
        "Assistance 3244",
    ),
    "SFR": (
        (0.89, 0.0, 0.1),
        "SFR SA - 16 rue du Général Alain de Boissieu 75015 Paris - RCS Paris 343 059 564",
        "Forfait mobile SFR 100 Go 5G",
        "Service client 1023",
    ),
    "Orange": (
        (1.0, 0.47, 0.0),
        "Orange SA - 111 quai du Président Roosevelt 92130 "
        "Issy-les-Moulineaux - RCS Nanterre 380 129 866",
        "Offre Livebox Fibre",
        "Service client 3900",
    ),
    "Bouygues Telecom": (
        (0.0, 0.2, 0.55),
        "Bouygues Telecom SA - 37-39 rue Boissière 75116 Paris - RCS Paris 397 480 930",
        "Forfait B&You 130 Go",
        "Service client 1064",
    ),
    "Eau de Paris": (
        (0.0, 0.45, 0.75),
        "Eau de Paris - Régie municipale - 19 rue Neuve Tolbiac 75013 Paris",
        "Distribution d'eau potable",
        "09 74 50 65 07",
    ),
    "Veolia": (
        (0.85, 0.05, 0.1),
        "Veolia Eau - Compagnie Générale des Eaux - RCS Paris 572 025 526",
        "Eau potable et assainissement",
        "09 69 32 35 29",
    ),
}


def money(v: float) -> str:
    return f"{v:,.2f}".replace(",", " ").replace(".", ",")


def _lines(c, x, y, lines, font="sans", size=9, lead=4.6):
    c.setFont(font, size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= lead * mm
    return y


def bill(c, W, H, b, rng):
    col, legal, offer, cs = PROV[b["provider"]]
    style = b.get("style", 0)
    name_font = ["sans-b", "roboto-b", "lato-b"][style]
    body = ["sans", "roboto", "lato"][style]
    c.setFillColorRGB(*col)
    if style == 0:
        c.rect(0, H - 28 * mm, W, 28 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
    c.setFont(name_font, 24)
    c.drawString(15 * mm, H - 18 * mm, b["provider"])
    c.setFont(body, 9)
    c.drawString(15 * mm, H - 24 * mm, cs)
    c.setFillColorRGB(0, 0, 0)
    # window-envelope address block
    ax, ay = 112 * mm, H - 52 * mm
    hl = b["holder_line"]
    _lines(c, ax, ay, [hl] + b["address_lines"], name_font if style == 1 else body, 10, 5)
    c.setFont(name_font, 15 if style != 2 else 13)
    title = {"Free": "Facture Freebox", "SFR": "Votre facture SFR"}.get(
        b["provider"], "Votre facture"
    )
    c.drawString(15 * mm, H - 45 * mm, title)
    info = [
        f"Facture n° {b['number']}",
        f"du {b['issue_txt']}",
        f"Référence client : {b['client']}",
        f"Période : du {fr(b['start'])} au {fr(b['end'])}",
    ]
    _lines(c, 15 * mm, H - 52 * mm, info, body, 9, 4.8)
    y = H - 92 * mm
    c.setFillColorRGB(*[0.94 + 0.06 * v for v in col])
    c.rect(15 * mm, y - 16 * mm, W - 30 * mm, 20 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(name_font, 12)
    c.drawString(20 * mm, y - 4 * mm, "Montant total TTC à payer")
    c.drawRightString(W - 20 * mm, y - 4 * mm, b["amount_txt"])
    c.setFont(body, 8.5)
    c.drawString(20 * mm, y - 11 * mm, b["pay_line"])
    y -= 28 * mm
    c.setFont(name_font, 10.5)
    c.drawString(15 * mm, y, "Détail de votre facture")
    y -= 3 * mm
    c.setStrokeColorRGB(*col)
    c.line(15 * mm, y, W - 15 * mm, y)
    y -= 6 * mm
    for lab, amt in b["detail"]:
        c.setFont(body, 9)
        c.drawString(17 * mm, y, lab)
        c.drawRightString(W - 17 * mm, y, amt)
        y -= 5.5 * mm
    c.line(15 * mm, y + 2 * mm, W - 15 * mm, y + 2 * mm)
    y -= 6 * mm
    c.setFont(body, 8.5)
    c.drawString(17 * mm, y, f"Adresse de consommation / de l'abonnement : {b['site']}")
    y -= 5 * mm
    c.drawString(17 * mm, y, offer)
    c.setFont(body, 6.5)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(15 * mm, 12 * mm, legal)
    c.drawRightString(W - 15 * mm, 12 * mm, "Page 1/1")


BANKS = {
    "BNP Paribas": ((0.0, 0.52, 0.35), "BNPAFRPPXXX", "30004"),
    "Société Générale": ((0.85, 0.0, 0.1), "SOGEFRPP", "30003"),
    "Crédit Agricole Île-de-France": ((0.0, 0.45, 0.45), "AGRIFRPP882", "18206"),
    "LCL": ((0.0, 0.15, 0.5), "CRLYFRPP", "30002"),
    "La Banque Postale": ((0.0, 0.2, 0.55), "PSSTFRPPPAR", "20041"),
    "CIC": ((0.0, 0.3, 0.6), "CMCIFRPP", "30066"),
    "Crédit Mutuel": ((0.0, 0.25, 0.55), "CMCIFR2A", "10278"),
    "Caisse d'Epargne Ile-de-France": ((0.85, 0.0, 0.15), "CEPAFRPP751", "17515"),
    "BoursoBank": ((0.0, 0.1, 0.3), "BOUSFRPPXXX", "40618"),
}


def rib(c, W, H, r, rng):
    col, bic, _ = BANKS[r["bank"]]
    reps = r.get("reps", 1)
    blk = 95 * mm
    for k in range(reps):
        top = H - 15 * mm - k * blk
        c.setFillColorRGB(*col)
        c.setFont("sans-b", 16)
        c.drawString(15 * mm, top - 8 * mm, r["bank"])
        c.setFillColorRGB(0, 0, 0)
        c.setFont("sans-b", 11)
        c.drawRightString(W - 15 * mm, top - 8 * mm, "RELEVÉ D'IDENTITÉ BANCAIRE")
        c.setFont("sans", 8.5)
        c.drawString(15 * mm, top - 18 * mm, "Titulaire du compte / Account holder")
        _lines(c, 15 * mm, top - 23 * mm, r["holder_lines"], "sans-b", 10, 4.6)
        c.setFont("sans", 8.5)
        c.drawString(115 * mm, top - 18 * mm, "Domiciliation")
        _lines(c, 115 * mm, top - 23 * mm, r["agency"], "sans", 9, 4.4)
        y = top - 48 * mm
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
        xs = [15, 45, 75, 125]
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.rect(15 * mm, y - 8 * mm, 130 * mm, 14 * mm)
        for x, hd, v in zip(xs, heads, vals):
            c.setFont("sans", 7.5)
            c.drawString((x + 2) * mm, y + 1.5 * mm, hd)
            c.setFont("mono-b", 10)
            c.drawString((x + 2) * mm, y - 5 * mm, v)
        y -= 18 * mm
        c.setFont("sans", 8)
        c.drawString(15 * mm, y, "IBAN (International Bank Account Number)")
        c.drawString(125 * mm, y, "BIC (Bank Identifier Code)")
        c.setFont("mono-b", 11)
        c.drawString(15 * mm, y - 6 * mm, groups(r["iban"]))
        c.drawString(125 * mm, y - 6 * mm, bic)
        if k < reps - 1:
            c.setDash(3, 3)
            c.line(10 * mm, top - blk + 6 * mm, W - 10 * mm, top - blk + 6 * mm)
            c.setDash()
    c.setFont("sans", 6.5)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(
        15 * mm,
        12 * mm,
        "Ce relevé est destiné à être remis, sur leur demande, à vos "
        "créanciers ou débiteurs appelés à faire inscrire des opérations sur votre compte.",
    )


def payslip(c, W, H, p, rng):
    f, fb = p.get("fonts", ("narrow", "narrow-b"))
    c.setFont(fb, 14)
    c.drawString(15 * mm, H - 18 * mm, "BULLETIN DE PAIE")
    c.setFont(f, 9)
    c.drawString(15 * mm, H - 24 * mm, f"Période du {fr(p['start'])} au {fr(p['end'])}")
    c.drawString(15 * mm, H - 29 * mm, f"Date de paiement : {fr(p['paid'])}")
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.rect(15 * mm, H - 66 * mm, 85 * mm, 32 * mm)
    _lines(c, 18 * mm, H - 39 * mm, [p["employer"]], fb, 10)
    _lines(
        c,
        18 * mm,
        H - 44 * mm,
        p["employer_addr"]
        + [f"SIRET : {p['siret']}", f"Code NAF : {p['naf']}", "Cotisations versées à l'URSSAF"],
        f,
        8.5,
        4,
    )
    c.rect(110 * mm, H - 66 * mm, 85 * mm, 32 * mm)
    _lines(c, 113 * mm, H - 39 * mm, [p["employee_line"]], fb, 10)
    _lines(c, 113 * mm, H - 44 * mm, p["employee_addr"], f, 8.5, 4)
    _lines(
        c,
        15 * mm,
        H - 72 * mm,
        [
            f"Emploi : {p['job']}",
            f"Statut : {p['status']}",
            f"Date d'entrée : {fr(p['entry'])}",
            "Convention collective : Syntec (IDCC 1486)",
        ],
        f,
        8.5,
        4.2,
    )
    y = H - 96 * mm
    c.setFillColorRGB(0.88, 0.88, 0.9)
    c.rect(15 * mm, y - 2 * mm, W - 30 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(fb, 8.5)
    for x, hd in [
        (17, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (150, "Part salarié"),
        (172, "Part employeur"),
    ]:
        c.drawString(x * mm, y, hd)
    y -= 7 * mm
    g = p["gross"]
    rows = [
        ("Salaire de base", 151.67, None, g, None),
        ("SANTÉ", None, None, None, None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", g, None, None, g * 0.07),
        ("Complémentaire santé", g, None, g * 0.012, g * 0.018),
        ("RETRAITE", None, None, None, None),
        ("Sécurité sociale plafonnée", g, 6.90, g * 0.069, g * 0.0855),
        ("Complémentaire Tranche 1", g, 4.01, g * 0.0401, g * 0.0601),
        ("FAMILLE", g, None, None, g * 0.0345),
        ("ASSURANCE CHÔMAGE", g, None, None, g * 0.04),
        ("CSG déductible de l'impôt sur le revenu", g * 0.9825, 6.80, g * 0.9825 * 0.068, None),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            g * 0.9825,
            2.90,
            g * 0.9825 * 0.029,
            None,
        ),
    ]
    for row in rows:
        c.setFont(fb if row[1] is None else f, 8.2)
        c.drawString(17 * mm, y, row[0])
        for x, v in zip((110, 135, 152, 177), row[1:]):
            if v is not None:
                c.drawString(x * mm, y, money(v))
        y -= 5.2 * mm
    y -= 4 * mm
    for lab, v in [
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", p["net_before"]),
        ("Impôt sur le revenu prélevé à la source (taux 2,1 %)", p["pas"]),
        ("NET PAYÉ", p["net"]),
    ]:
        c.setFont(fb, 9.5)
        c.drawString(17 * mm, y, lab)
        c.drawRightString(W - 18 * mm, y, money(v) + " €")
        y -= 7 * mm
    c.setFont(f, 7)
    c.drawString(
        15 * mm,
        15 * mm,
        "Dans votre intérêt et pour vous aider à faire valoir vos "
        "droits, conservez ce bulletin de paie sans limitation de durée.",
    )


def contract(c, W, H, k, rng):
    font, fb = k.get("fonts", ("serif", "serif-b"))
    c.setFont(fb, 13)
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if k["type"] == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    c.drawCentredString(W / 2, H - 25 * mm, title)
    y = _lines(c, 22 * mm, H - 40 * mm, ["ENTRE LES SOUSSIGNÉS :"], fb, 10)
    y = _lines(c, 22 * mm, y - 2 * mm, k["employer_block"], font, 10, 5)
    y = _lines(
        c, 22 * mm, y - 2 * mm, ["ci-après dénommée « l'Employeur »,", "", "ET :"], font, 10, 5
    )
    y = _lines(c, 22 * mm, y - 2 * mm, k["employee_block"], font, 10, 5)
    y = _lines(
        c,
        22 * mm,
        y - 2 * mm,
        ["ci-après dénommé(e) « le Salarié »,", "", "IL A ÉTÉ CONVENU CE QUI SUIT :"],
        font,
        10,
        5,
    )
    y -= 3 * mm
    for head, text in k["articles"]:
        y = _lines(c, 22 * mm, y, [head], fb, 10, 5.5)
        y = _lines(c, 22 * mm, y, text, font, 9.5, 4.8)
        y -= 3 * mm
        if y < 50 * mm:
            c.setFont(font, 8)
            c.drawRightString(W - 20 * mm, 12 * mm, "Paraphes : ______")
            c.showPage()
            y = H - 25 * mm
    y -= 6 * mm
    c.setFont(font, 10)
    c.drawString(22 * mm, y, f"Fait en deux exemplaires à {k['city']}, le {fr(k['signed'])}")
    y -= 10 * mm
    c.drawString(22 * mm, y, "Pour l'Employeur")
    c.drawString(120 * mm, y, "Le Salarié")
    c.setFont(font, 8)
    c.drawString(120 * mm, y - 4 * mm, "« Lu et approuvé »")
    draw_signature(c, k["signatory"], 22 * mm, y - 30 * mm, 55 * mm, 22 * mm, rng)
    draw_signature(c, k["employee"], 120 * mm, y - 30 * mm, 55 * mm, 22 * mm, rng)


def lease(c, W, H, b, rng):
    font, fb = b.get("fonts", ("dejavu", "dejavu-b"))
    c.setFont(fb, 12)
    c.drawCentredString(W / 2, H - 22 * mm, "CONTRAT DE LOCATION")
    c.setFont(font, 9)
    c.drawCentredString(W / 2, H - 28 * mm, "LOCAUX VIDES À USAGE D'HABITATION")
    c.drawCentredString(
        W / 2, H - 33 * mm, "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 modifiée)"
    )
    y = H - 46 * mm
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                "Le bailleur : " + b["landlord"],
                "demeurant : " + b["landlord_addr"],
                "dénommé ci-après « le bailleur » ;",
                "Le(s) locataire(s) : " + " et ".join(b["tenants_txt"]),
                "dénommé(s) ci-après « le locataire » ;",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Le présent contrat a pour objet la location d'un logement :",
                "Adresse du logement : " + b["address"],
                f"Type d'habitat : immeuble collectif - {b['rooms']} pièces "
                f"principales - surface habitable {b['surface']} m²",
                "Destination des locaux : usage d'habitation principale",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"A. Date de prise d'effet du contrat : {b['start_txt']}",
                "B. Durée du contrat : 3 ans, renouvelable tacitement",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"A. Loyer mensuel hors charges : {b['rent']} €",
                f"Provision sur charges : {b['charges']} € par mois, payable d'avance le 1er du mois",
                "B. Le loyer n'est pas soumis au décret d'encadrement (zone non tendue)"
                if not b.get("paris")
                else "B. Loyer de référence majoré : 30,10 €/m²",
            ],
        ),
        ("V. GARANTIES", [f"Dépôt de garantie : {b['rent']} € (un mois de loyer hors charges)"]),
    ]
    for head, lines in sections:
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(18 * mm, y - 1.8 * mm, W - 36 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        y = _lines(c, 20 * mm, y, [head], fb, 9.5, 8)
        y = _lines(c, 22 * mm, y, lines, font, 9, 5)
        y -= 4 * mm
    c.setFont(font, 7)
    c.drawRightString(W - 18 * mm, 12 * mm, "Page 1/2 - Paraphes :")
    c.showPage()
    y = H - 25 * mm
    y = _lines(c, 20 * mm, y, ["VI. CLAUSE RÉSOLUTOIRE", ""], fb, 9.5, 6)
    y = _lines(
        c,
        22 * mm,
        y,
        [
            "Le présent contrat sera résilié de plein droit en cas de défaut de paiement du loyer,",
            "des charges ou du dépôt de garantie, deux mois après un commandement de payer",
            "demeuré infructueux.",
        ],
        font,
        9,
        5,
    )
    y -= 10 * mm
    c.setFont(font, 9.5)
    c.drawString(
        22 * mm,
        y,
        f"Fait à {b['city']}, le {fr(b['signed'])}, en {1 + len(b['tenants_txt'])} originaux.",
    )
    y -= 10 * mm
    c.drawString(22 * mm, y, "Le bailleur (« lu et approuvé »)")
    c.drawString(115 * mm, y, "Le(s) locataire(s) (« lu et approuvé »)")
    draw_signature(c, b["landlord"], 22 * mm, y - 32 * mm, 55 * mm, 22 * mm, rng)
    for i, t in enumerate(b["tenants_txt"]):
        draw_signature(c, t, 115 * mm, y - (32 + 22 * i) * mm, 55 * mm, 22 * mm, rng)


def attestation(c, W, H, a, rng):
    """Attestation d'hébergement, handwritten on plain or squared paper, or typed."""
    typed = a.get("typed")
    font = a.get("hand_font", "hand1")
    if not typed and a.get("squared"):
        c.setStrokeColorRGB(0.75, 0.82, 0.92)
        c.setLineWidth(0.3)
        for i in range(0, int(H), 14):
            c.line(0, i, W, i)
        for i in range(0, int(W), 14):
            c.line(i, 0, i, H)
    y = H - 35 * mm

    def put(text, x=25 * mm, size=13):
        nonlocal y
        if typed:
            c.setFont("serif", 11.5)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x, y, text)
        else:
            hand(c, x, y, text, rng, font, size, a.get("ink"))
        y -= 9 * mm

    put("ATTESTATION D'HÉBERGEMENT", 60 * mm, 16)
    y -= 8 * mm
    for ln in a["lines"]:
        put(ln)
    y -= 6 * mm
    put(a["done_line"], 100 * mm)
    if a.get("signed", True):
        draw_signature(c, a["host"], 105 * mm, y - 25 * mm, 60 * mm, 24 * mm, rng, a.get("ink"))


def quittance(c, W, H, q, rng):
    c.setFont("sans-b", 14)
    c.drawCentredString(W / 2, H - 30 * mm, "QUITTANCE DE LOYER")
    c.setFont("sans", 10)
    c.drawCentredString(W / 2, H - 37 * mm, f"Quittance de loyer du mois de {q['month_txt']}")
    y = _lines(
        c,
        25 * mm,
        H - 55 * mm,
        [
            f"Je soussigné(e) {q['landlord']}, propriétaire du logement désigné ci-dessous,",
            f"déclare avoir reçu de {q['tenant']} la somme de {q['total']} euros,",
            f"au titre du paiement du loyer et des charges pour la période du {q['period']}",
            "et lui en donne quittance, sous réserve de tous mes droits.",
            "",
            f"Adresse du logement : {q['address']}",
            "",
            f"Loyer : {q['rent']} €      Provision pour charges : {q['charges']} €",
            f"Total : {q['total']} €",
            "",
            f"Fait à {q['city']}, le {q['date_txt']}",
        ],
        "sans",
        10,
        6.5,
    )
    draw_signature(c, q["landlord"], 110 * mm, y - 25 * mm, 55 * mm, 20 * mm, rng)


def insurance(c, W, H, a, rng):
    c.setFillColorRGB(0.0, 0.35, 0.3)
    c.setFont("sans-b", 18)
    c.drawString(18 * mm, H - 22 * mm, a["insurer"])
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 13)
    c.drawString(18 * mm, H - 45 * mm, "ATTESTATION D'ASSURANCE HABITATION")
    y = _lines(
        c,
        18 * mm,
        H - 58 * mm,
        [
            f"{a['insurer']} atteste que {a['name']}",
            f"est titulaire du contrat Multirisque Habitation n° {a['number']}",
            f"pour le logement situé : {a['address']}",
            f"La garantie responsabilité civile et risques locatifs est acquise du {fr(a['from'])}",
            f"au {fr(a['to'])}, sous réserve du paiement des cotisations.",
            "",
            f"Fait à Niort, le {fr(a['issued'])}",
        ],
        "sans",
        10,
        6,
    )
    stamp(
        c,
        150 * mm,
        y - 20 * mm,
        16 * mm,
        [a["insurer"].upper(), "SERVICE", "CLIENTS"],
        rng,
        color=(0.0, 0.35, 0.3),
    )


# ---------------------------------------------------------------- phone screenshots (PIL)
def _pf(key, size):
    return ImageFont.truetype(f"{FD}/{TTF[key]}", size)


def bank_screen(s: dict, rng: random.Random) -> Image.Image:
    """A banking-app screen 'account details' at 1170x2532."""
    dark = s.get("dark", False)
    W, H = 1170, 2532
    bg = (18, 18, 22) if dark else (246, 247, 250)
    fg = (240, 240, 245) if dark else (20, 22, 30)
    sub = (150, 150, 160) if dark else (110, 115, 125)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    d.text((60, 50), s.get("clock", "09:41"), font=_pf("roboto-b", 46), fill=fg)
    d.rounded_rectangle((W - 190, 62, W - 80, 100), 10, outline=fg, width=4)
    d.rounded_rectangle((W - 186, 66, W - 120, 96), 6, fill=fg)
    d.text((60, 190), "‹", font=_pf("roboto", 90), fill=fg)
    d.text((60, 330), s["title"], font=_pf("roboto-b", 72), fill=fg)
    d.text((60, 430), s["subtitle"], font=_pf("roboto", 40), fill=sub)
    y = 560
    card = (34, 34, 40) if dark else (255, 255, 255)
    for lab, val in s["rows"]:
        d.rounded_rectangle((40, y, W - 40, y + 190), 36, fill=card)
        d.text((90, y + 35), lab, font=_pf("roboto", 38), fill=sub)
        fs = 50 if len(val) < 32 else 42
        d.text((90, y + 95), val, font=_pf("roboto-m", fs), fill=fg)
        d.rounded_rectangle((W - 170, y + 65, W - 90, y + 135), 14, outline=sub, width=3)
        y += 215
    d.rounded_rectangle((60, H - 330, W - 60, H - 190), 70, fill=s["accent"])
    d.text(
        (W // 2, H - 260), s["button"], font=_pf("roboto-b", 46), fill=(255, 255, 255), anchor="mm"
    )
    d.rounded_rectangle((W // 2 - 200, H - 40, W // 2 + 200, H - 28), 6, fill=fg)
    return img


def hosting_lines(host, host_dob, host_pob, addr, hosted, hosted_dob, since):
    return [
        f"Je soussigné(e) {host},",
        f"né(e) le {fr(host_dob)} à {host_pob},",
        f"demeurant {addr[0]},",
        f"{addr[1]},",
        "atteste sur l'honneur héberger à mon domicile",
        f"{hosted}, né(e) le {fr(hosted_dob)},",
        f"depuis le {fr(since)}.",
        "Fait pour servir et valoir ce que de droit.",
    ]


__all__ = ["fr_words"]
