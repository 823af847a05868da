"""Bills, RIBs, payslip, lease, attestation d'hébergement."""

from __future__ import annotations

import random
from datetime import date

from reportlab.lib.units import mm

from cv_common import MOIS, eur, fr, hand_text, para, signature, sw
from cv_looks import A4, finish, new_canvas

W, H = A4

BRANDS = {
    "bouygues": {
        "name": "Bouygues Telecom",
        "col": (0.0, 0.2, 0.55),
        "acc": (0.0, 0.6, 0.85),
        "font": "Open",
        "fontb": "Open-B",
        "service": "internet",
        "legal": "Bouygues Telecom — SA au capital de 712 588 399,56 € — 397 480 930 "
        "RCS Paris — 37-39 rue Boissière 75116 Paris",
        "offer": "Bbox must (fibre)",
        "price": 32.99,
        "contact": "bouyguestelecom.fr",
    },
    "sfr": {
        "name": "SFR",
        "col": (0.89, 0.0, 0.1),
        "acc": (0.2, 0.2, 0.2),
        "font": "RobotoC",
        "fontb": "RobotoC-B",
        "service": "internet",
        "legal": "SFR — SA au capital de 3 423 265 598,40 € — 343 059 564 RCS Paris — "
        "16 rue du Général Alain de Boissieu 75015 Paris",
        "offer": "SFR Fibre Power",
        "price": 36.00,
        "contact": "sfr.fr — 1023",
    },
    "orange": {
        "name": "orange",
        "col": (1.0, 0.47, 0.0),
        "acc": (0.1, 0.1, 0.1),
        "font": "Roboto",
        "fontb": "Roboto-B",
        "service": "internet",
        "legal": "Orange SA au capital de 10 640 226 396 € — 380 129 866 RCS Nanterre — "
        "111 quai du Président Roosevelt 92130 Issy-les-Moulineaux",
        "offer": "Livebox Fibre",
        "price": 42.99,
        "contact": "orange.fr — 3900",
    },
}


def _logo(c, b, x, y):
    if b["name"] == "orange":
        c.setFillColorRGB(*b["col"])
        c.rect(x, y - 16 * mm, 16 * mm, 16 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Roboto-B", 9)
        c.drawString(x + 1.5 * mm, y - 14.5 * mm, "orange")
    elif b["name"] == "SFR":
        c.setFillColorRGB(*b["col"])
        c.roundRect(x, y - 14 * mm, 22 * mm, 14 * mm, 3, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("RobotoC-B", 17)
        c.drawCentredString(x + 11 * mm, y - 9.5 * mm, "SFR")
    else:
        c.setFillColorRGB(*b["col"])
        c.setFont(b["fontb"], 15)
        c.drawString(x, y - 8 * mm, "bouygues")
        c.setFillColorRGB(*b["acc"])
        c.setFont(b["font"], 9)
        c.drawString(x, y - 12.5 * mm, "TELECOM")


def telecom_bill(d: dict, rng: random.Random) -> bytes:
    """d: brand, holder, addr (list), month (date first day), issue, number, client, amount."""
    b = BRANDS[d["brand"]]
    f, fb = b["font"], b["fontb"]
    c, buf = new_canvas()
    c.setTitle(f"Facture {b['name']} {d['number']}")
    _logo(c, b, 18 * mm, H - 14 * mm)
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont(fb, 16)
    c.drawRightString(W - 18 * mm, H - 24 * mm, "Votre facture")
    c.setFont(f, 9)
    rows = [
        ("Facture n°", d["number"]),
        ("Date de facture", fr(d["issue"])),
        ("Numéro client", d["client"]),
        ("Ligne / accès", d["line"]),
    ]
    y = H - 32 * mm
    for lab, val in rows:
        c.drawString(W - 85 * mm, y, lab)
        c.drawRightString(W - 18 * mm, y, val)
        y -= 12
    # address window
    y = H - 62 * mm
    c.setFont(fb, 10.5)
    c.drawString(112 * mm, y, d["holder_print"])
    c.setFont(f, 10.5)
    for ln in d["addr"]:
        y -= 13.5
        c.drawString(112 * mm, y, ln)
    m = d["month"]
    end = d["month_end"]
    y = H - 110 * mm
    c.setFillColorRGB(*b["col"])
    c.roundRect(18 * mm, y - 16 * mm, W - 36 * mm, 22 * mm, 4, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(fb, 12)
    c.drawString(24 * mm, y - 3 * mm, "Montant à payer")
    c.setFont(f, 9)
    c.drawString(
        24 * mm, y - 9 * mm, f"Prélevé à partir du {fr(d['debit'])} sur votre compte bancaire"
    )
    c.setFont(fb, 20)
    c.drawRightString(W - 24 * mm, y - 8 * mm, eur(d["amount"]) + " €")
    y -= 28 * mm
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont(fb, 11)
    c.drawString(18 * mm, y, f"Facture de {MOIS[m.month - 1]} {m.year}")
    c.setFont(f, 9.5)
    c.drawString(18 * mm, y - 13, f"Période de facturation : du {fr(m)} au {fr(end)}")
    y -= 34
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setFont(fb, 9)
    c.drawString(18 * mm, y, "Détail")
    c.drawRightString(W - 18 * mm, y, "Montant TTC")
    y -= 6
    c.line(18 * mm, y, W - 18 * mm, y)
    ht = round(d["amount"] / 1.2, 2)
    lines = [(f"Abonnement {b['offer']} du {fr(m)} au {fr(end)}", b["price"])]
    extra = round(d["amount"] - b["price"], 2)
    if abs(extra) > 0.001:
        lines.append(("Communications hors forfait et options", extra))
    c.setFont(f, 9)
    for lab, val in lines:
        y -= 15
        c.drawString(20 * mm, y, lab)
        c.drawRightString(W - 18 * mm, y, eur(val) + " €")
    y -= 10
    c.line(18 * mm, y, W - 18 * mm, y)
    for lab, val in [
        ("Total HT", ht),
        ("TVA 20 %", round(d["amount"] - ht, 2)),
        ("Total TTC", d["amount"]),
    ]:
        y -= 14
        c.setFont(fb if lab == "Total TTC" else f, 9.5)
        c.drawString(120 * mm, y, lab)
        c.drawRightString(W - 18 * mm, y, eur(val) + " €")
    y -= 30
    c.setFont(f, 8.5)
    y = para(
        c, 18 * mm, y, f"Adresse de l'installation : {', '.join(d['addr'])}", f, 8.5, W - 36 * mm
    )
    para(
        c,
        18 * mm,
        y - 4,
        "Espace client et application : " + b["contact"] + ". En cas de "
        "retard de paiement, une indemnité forfaitaire de 40 € pour frais de recouvrement "
        "pourra être exigée.",
        f,
        8,
        W - 36 * mm,
    )
    c.setFont(f, 6.5)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(18 * mm, 12 * mm, b["legal"])
    c.drawRightString(W - 18 * mm, 8 * mm, "Page 1/1")
    c.showPage()
    return finish(c, buf)


RIB_BANKS = {
    "cm": {"name": "Crédit Mutuel", "col": (0.0, 0.28, 0.55), "font": "Sans", "fontb": "Sans-B"},
    "lcl": {"name": "LCL", "col": (0.0, 0.15, 0.45), "font": "Lato", "fontb": "Lato-B"},
    "sg": {
        "name": "SOCIETE GENERALE",
        "col": (0.85, 0.0, 0.1),
        "font": "Carlito",
        "fontb": "Carlito-B",
    },
}


def rib_pdf(r: dict, rng: random.Random) -> bytes:
    """r: bank, holder_lines, addr, bank_code, branch, account, key, iban, bic, domicile."""
    bk = RIB_BANKS[r["bank"]]
    f, fb = bk["font"], bk["fontb"]
    c, buf = new_canvas()
    c.setTitle("RIB")
    c.setFillColorRGB(*bk["col"])
    if r["bank"] == "sg":
        c.rect(18 * mm, H - 26 * mm, 9 * mm, 4.5 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(18 * mm, H - 30.5 * mm, 9 * mm, 4.5 * mm, stroke=0, fill=1)
        c.setFont(fb, 12)
        c.drawString(30 * mm, H - 29 * mm, bk["name"])
    else:
        c.setFont(fb, 17)
        c.drawString(18 * mm, H - 28 * mm, bk["name"])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(fb, 13)
    c.drawString(18 * mm, H - 45 * mm, "Relevé d'Identité Bancaire")
    c.setFont(f, 8.5)
    c.drawString(
        18 * mm,
        H - 51 * mm,
        "Ce relevé est destiné à être remis à vos créanciers ou débiteurs, français ou étrangers,",
    )
    c.drawString(
        18 * mm,
        H - 55.5 * mm,
        "appelés à faire inscrire des opérations à votre compte (virements, prélèvements, etc.).",
    )
    y0 = H - 130 * mm
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.8)
    c.rect(18 * mm, y0, W - 36 * mm, 66 * mm)
    c.setFont(f, 7.5)
    c.drawString(22 * mm, y0 + 60 * mm, "Titulaire du compte")
    c.drawString(110 * mm, y0 + 60 * mm, "Domiciliation")
    c.setFont(fb, 9.5)
    y = y0 + 54 * mm
    for ln in r["holder_lines"]:
        c.drawString(22 * mm, y, ln)
        y -= 11.5
    c.setFont(f, 9)
    for ln in r["addr"]:
        c.drawString(22 * mm, y, ln)
        y -= 11
    y = y0 + 54 * mm
    for ln in r["domicile"]:
        c.drawString(110 * mm, y, ln)
        y -= 11
    # RIB cells
    yy = y0 + 20 * mm
    cells = [
        ("Code banque", r["bank_code"]),
        ("Code guichet", r["branch"]),
        ("Numéro de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    x = 22 * mm
    widths = [28 * mm, 28 * mm, 50 * mm, 18 * mm]
    for (lab, val), wd in zip(cells, widths):
        c.setFont(f, 7)
        c.drawString(x, yy + 12, lab)
        c.setFont("Mono-B", 10)
        c.drawString(x, yy, val)
        x += wd
    c.setFont(f, 7)
    c.drawString(22 * mm, yy - 14, "IBAN (International Bank Account Number)")
    c.drawString(140 * mm, yy - 14, "BIC (Bank Identifier Code)")
    c.setFont("Mono-B", 10)
    iban = r["iban"]
    c.drawString(22 * mm, yy - 27, " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)))
    c.drawString(140 * mm, yy - 27, r["bic"])
    c.setFont(f, 7)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(18 * mm, 14 * mm, r.get("legal", ""))
    c.showPage()
    return finish(c, buf)


def bourso_screen(r: dict, rng: random.Random) -> bytes:
    """BoursoBank app 'RIB' screen, 390x844 pt page rendered x3 -> 1170x2532."""
    SW, SH = 390, 844
    c, buf = new_canvas((SW, SH))
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Roboto-M", 14)
    c.drawString(30, SH - 32, r["time"])
    c.rect(SW - 52, SH - 33, 24, 11, stroke=1, fill=0)
    c.rect(SW - 50, SH - 31, 16, 7, stroke=0, fill=1)
    c.setFillColorRGB(0.0, 0.33, 0.55)
    c.setFont("Roboto-B", 22)
    c.drawString(20, SH - 90, "‹")
    c.setFillColorRGB(0.05, 0.1, 0.2)
    c.setFont("Roboto-B", 17)
    c.drawCentredString(SW / 2, SH - 88, "Mon RIB")
    c.setFillColorRGB(0.95, 0.96, 0.98)
    c.roundRect(16, SH - 470, SW - 32, 350, 14, stroke=0, fill=1)
    c.setFillColorRGB(0.0, 0.33, 0.55)
    c.setFont("Roboto-B", 15)
    c.drawString(32, SH - 150, "BoursoBank")
    y = SH - 190
    items = [
        ("Titulaire", r["holder_lines"][0]),
        ("Compte", "Compte bancaire"),
        ("IBAN", " ".join(r["iban"][i : i + 4] for i in range(0, len(r["iban"]), 4))),
        ("BIC", r["bic"]),
        ("Banque", r["bank_code"] + "  Guichet " + r["branch"]),
        ("N° de compte", r["account"] + "   Clé " + r["key"]),
        ("Domiciliation", "BoursoBank — 92100 Boulogne-Billancourt"),
    ]
    for lab, val in items:
        c.setFillColorRGB(0.45, 0.48, 0.55)
        c.setFont("Roboto", 11)
        c.drawString(32, y, lab)
        c.setFillColorRGB(0.05, 0.08, 0.15)
        fsz = 13
        while sw(val, "Roboto-M", fsz) > SW - 70:
            fsz -= 0.5
        c.setFont("Roboto-M", fsz)
        c.drawString(32, y - 17, val)
        y -= 44
    for i, lab in enumerate(["Partager", "Télécharger le PDF", "Copier l'IBAN"]):
        c.setFillColorRGB(0.0, 0.33, 0.55) if i == 0 else c.setFillColorRGB(0.9, 0.93, 0.97)
        c.roundRect(16, SH - 540 - i * 56, SW - 32, 44, 22, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1) if i == 0 else c.setFillColorRGB(0.0, 0.33, 0.55)
        c.setFont("Roboto-M", 14)
        c.drawCentredString(SW / 2, SH - 522 - i * 56, lab)
    c.setFillColorRGB(0, 0, 0)
    c.roundRect(SW / 2 - 67, 8, 134, 5, 2.5, stroke=0, fill=1)
    c.showPage()
    return finish(c, buf)


def payslip(p: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setTitle(f"Bulletin de paie {p['period_label']}")
    f, fb = "Narrow", "Narrow-B"
    c.setFont(fb, 14)
    c.drawString(15 * mm, H - 18 * mm, "BULLETIN DE PAIE")
    c.setFont(f, 9)
    c.drawString(15 * mm, H - 24 * mm, f"Période du {fr(p['start'])} au {fr(p['end'])}")
    c.drawString(15 * mm, H - 29 * mm, f"Paiement le {fr(p['paid'])} par virement")
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.rect(15 * mm, H - 68 * mm, 85 * mm, 34 * mm)
    c.rect(108 * mm, H - 68 * mm, W - 123 * mm, 34 * mm)
    y = H - 39 * mm
    c.setFont(fb, 10)
    c.drawString(18 * mm, y, p["employer"])
    c.setFont(f, 8.5)
    for ln in p["employer_lines"]:
        y -= 10.5
        c.drawString(18 * mm, y, ln)
    y = H - 39 * mm
    c.setFont(fb, 10)
    c.drawString(111 * mm, y, p["employee_print"])
    c.setFont(f, 8.5)
    for ln in p["employee_lines"]:
        y -= 10.5
        c.drawString(111 * mm, y, ln)
    y = H - 76 * mm
    c.setFont(f, 8)
    info = [
        ("Emploi", p["job"]),
        ("Statut", "Non cadre"),
        ("Entrée le", fr(p["hired"])),
        ("N° Sécurité sociale", p["nir"]),
        ("Convention collective", p["ccn"]),
    ]
    x = 15 * mm
    for lab, val in info:
        c.setFont(f, 6.8)
        c.drawString(x, y + 9, lab)
        c.setFont(fb, 8)
        c.drawString(x, y, val)
        x += max(sw(val, fb, 8), sw(lab, f, 6.8)) + 8 * mm
    # table
    y = H - 90 * mm
    cols = [15 * mm, 95 * mm, 120 * mm, 145 * mm, 170 * mm]
    c.setFillColorRGB(0.85, 0.88, 0.92)
    c.rect(15 * mm, y - 3, W - 30 * mm, 13, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(fb, 8)
    c.drawString(cols[0] + 2, y, "Éléments de paie")
    for x, lab in zip(cols[1:], ["Base", "Taux", "À déduire", "À payer"]):
        c.drawRightString(x + 23 * mm, y, lab)
    gross = p["gross"]
    rows = [
        ("Salaire de base", "151,67", eur(gross / 151.67), "", eur(gross)),
        ("SALAIRE BRUT", "", "", "", eur(gross)),
    ]
    ded = [
        ("Santé", 0.0),
        ("Complémentaire santé (part salariale)", 0.0110),
        ("Accidents du travail - maladies professionnelles", 0.0),
        ("Retraite Sécurité sociale plafonnée", 0.0690),
        ("Retraite Sécurité sociale déplafonnée", 0.0040),
        ("Retraite complémentaire Tranche 1", 0.0401),
        ("Famille", 0.0),
        ("Assurance chômage", 0.0),
        ("Autres contributions dues par l'employeur", 0.0),
        ("CSG déductible de l'impôt sur le revenu", 0.0680 * 0.9825),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.0290 * 0.9825),
    ]
    total = 0.0
    for lab, rate in ded:
        amt = round(gross * rate, 2)
        total += amt
        rows.append(
            (
                lab,
                eur(gross),
                f"{rate * 100:.2f}".replace(".", ",") if rate else "",
                eur(amt) if amt else "",
                "",
            )
        )
    rows.append(("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", eur(total), ""))
    net = round(gross - total, 2)
    p["net"] = net
    rows.append(("NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", "", eur(net)))
    rows.append(
        (
            "Impôt sur le revenu prélevé à la source — taux non personnalisé",
            eur(net),
            "0,00",
            "0,00",
            "",
        )
    )
    for r in rows:
        y -= 14
        bold = r[0].isupper()
        c.setFont(fb if bold else f, 8)
        c.drawString(cols[0] + 2, y, r[0])
        for x, v in zip(cols[1:], r[1:]):
            c.drawRightString(x + 23 * mm, y, v)
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.line(15 * mm, y - 4, W - 15 * mm, y - 4)
    y -= 30
    c.setFillColorRGB(0.9, 0.93, 0.97)
    c.rect(110 * mm, y - 6, W - 125 * mm, 22, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(fb, 11)
    c.drawString(113 * mm, y + 2, "NET PAYÉ")
    c.drawRightString(W - 18 * mm, y + 2, eur(net) + " €")
    c.setFont(f, 8)
    c.drawString(15 * mm, y + 2, f"Total versé par l'employeur : {eur(gross * 1.27)} €")
    c.drawString(15 * mm, y - 9, "Congés payés : acquis 2,08 j — pris 0 j   Heures : 151,67")
    c.setFont(f, 6.5)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(
        15 * mm,
        14 * mm,
        "Dans votre intérêt et pour vous aider à faire valoir vos "
        "droits, conservez ce bulletin de paie sans limitation de durée.",
    )
    c.drawString(
        15 * mm,
        10 * mm,
        "Rubriques conformes au bulletin de paie clarifié (arrêté "
        "du 25 février 2016). Édité par Silae Paie.",
    )
    c.showPage()
    return finish(c, buf)


def lease(L: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setTitle("Contrat de location - logement vide")
    f, fb = "Caladea", "Caladea-B"
    pages = 1

    def footer():
        c.setFont(f, 7.5)
        c.drawCentredString(W / 2, 12 * mm, f"Bail d'habitation — {L['addr_line']} — page {pages}")
        c.setFont(f, 7)
        c.drawString(18 * mm, 17 * mm, "Paraphes :  " + L["paraphs"])

    c.setFont(fb, 15)
    c.drawCentredString(W / 2, H - 25 * mm, "CONTRAT DE LOCATION")
    c.setFont(fb, 11)
    c.drawCentredString(W / 2, H - 32 * mm, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE")
    c.setFont(f, 8.5)
    c.drawCentredString(
        W / 2,
        H - 38 * mm,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet "
        "1989 tendant à améliorer les rapports locatifs — contrat type du décret "
        "n° 2015-587)",
    )
    y = H - 52 * mm
    blocks = [
        (
            "I. DÉSIGNATION DES PARTIES",
            (
                f"Le présent contrat est conclu entre les soussignés :\nLe bailleur : {L['landlord']}, "
                f"demeurant {L['landlord_addr']}, ci-après « le bailleur », représenté par son "
                f"mandataire {L['agent']}.\nLe locataire : {L['tenant_print']}, ci-après « le "
                "locataire »."
            ),
        ),
        (
            "II. OBJET DU CONTRAT",
            (
                f"Localisation du logement : {L['addr_line']}. {L['desc']}\nType d'habitat : immeuble "
                "collectif. Régime juridique de l'immeuble : copropriété. Période de construction : "
                "1949 à 1974. Usage : habitation principale exclusivement."
            ),
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            (
                f"A. Date de prise d'effet du contrat : {fr(L['start'])}.\nB. Durée du contrat : trois "
                "(3) ans, renouvelable par tacite reconduction."
            ),
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            (
                f"A. Loyer mensuel hors charges : {eur(L['rent'])} €. Provision sur charges : "
                f"{eur(L['charges'])} €, avec régularisation annuelle. Le loyer est payable "
                "mensuellement et d'avance le 1er de chaque mois.\nB. Le logement est situé en zone "
                "tendue : le loyer de référence majoré applicable est mentionné en annexe."
            ),
        ),
        (
            "V. GARANTIES",
            (
                f"Un dépôt de garantie de {eur(L['rent'])} € (un mois de loyer hors charges) est versé "
                "à la signature du présent contrat."
            ),
        ),
        (
            "VI. CLAUSE RÉSOLUTOIRE",
            (
                "Le présent contrat sera résilié de plein droit en cas de défaut de paiement du loyer "
                "ou des charges aux termes convenus, de non-versement du dépôt de garantie, de défaut "
                "d'assurance du locataire contre les risques locatifs, ou de troubles de voisinage "
                "constatés par une décision de justice, deux mois après un commandement demeuré "
                "infructueux."
            ),
        ),
        (
            "VII. ANNEXES",
            (
                "Sont annexés au présent contrat : le dossier de diagnostic technique (DPE, constat de "
                "risque d'exposition au plomb, état des risques), la notice d'information, l'état des "
                "lieux d'entrée, l'extrait du règlement de copropriété."
            ),
        ),
    ]
    for title, text in blocks:
        if y < 60 * mm:
            footer()
            c.showPage()
            pages += 1
            y = H - 25 * mm
        c.setFont(fb, 10)
        c.drawString(18 * mm, y, title)
        y = para(c, 18 * mm, y - 14, text, f, 9.5, W - 36 * mm, 13, justify=True) - 10
    c.setFont(f, 9.5)
    y -= 6
    c.drawString(
        18 * mm, y, f"Fait à {L['city']}, le {fr(L['signed'])}, en deux exemplaires originaux."
    )
    y -= 22
    c.drawString(25 * mm, y, "Le bailleur (ou son mandataire)")
    c.drawString(118 * mm, y, "Le locataire")
    c.setFont("Sans-I", 7)
    c.drawString(25 * mm, y - 10, "« Lu et approuvé »")
    c.drawString(118 * mm, y - 10, "« Lu et approuvé »")
    signature(c, L["agent_sig"], rng, 25 * mm, y - 70, 120, ink=(15, 20, 60))
    signature(c, L["tenant_sig"], rng, 118 * mm, y - 70, 120)
    footer()
    c.showPage()
    return finish(c, buf)


def attestation_hand(a: dict, rng: random.Random) -> bytes:
    """Handwritten attestation d'hébergement on plain paper (drawn pen text)."""
    c, buf = new_canvas()
    font = a.get("font", "Hand2")
    x = 22 * mm
    y = H - 30 * mm
    hand_text(c, x, y, a["host"], rng, font, 12, ink="black")
    for ln in a["host_addr"]:
        y -= 16
        hand_text(c, x, y, ln, rng, font, 12, ink="black")
    y -= 50
    hand_text(c, W / 2 - 65 * mm / 2, y, "Attestation d'hébergement", rng, font, 17, ink="black")
    c.setStrokeColorRGB(0.1, 0.1, 0.15)
    c.setLineWidth(0.9)
    c.line(W / 2 - 34 * mm, y - 4, W / 2 + 34 * mm, y - 3)
    y -= 40
    for ln in a["body"]:
        hand_text(c, x, y, ln, rng, font, 12.5, ink="black")
        y -= 22
    y -= 20
    hand_text(
        c, 105 * mm, y, f"Fait à {a['city']}, le {fr(a['signed'])}", rng, font, 12.5, ink="black"
    )
    signature(c, a["sig_name"], rng, 110 * mm, y - 85, 150, ink=(20, 20, 30))
    c.showPage()
    return finish(c, buf)


def month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)
