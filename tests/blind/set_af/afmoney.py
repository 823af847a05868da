"""Born-digital PDFs (TotalEnergies, Free, RIBs, payslip) and a BoursoBank app screenshot."""

from __future__ import annotations

import io
import random

from afcommon import MOIS, eur, font, fr_date, group4, rl_fonts, screenshot_canvas, status_bar
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

H = 297


def _c(title: str, author: str):
    rl_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(210 * mm, H * mm), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    return buf, c


def Y(v):
    return (H - v) * mm


def totalenergies_bill(b: dict) -> bytes:
    """TotalEnergies Électricité et Gaz France monthly electricity bill (Offre Verte Fixe)."""
    buf, c = _c(f"Facture {b['no']}", "TotalEnergies Electricite et Gaz France")
    red, blue = (0.89, 0.02, 0.17), (0.0, 0.26, 0.55)
    c.setFillColorRGB(*red)
    c.rect(14 * mm, Y(24), 7 * mm, 7 * mm, fill=1, stroke=0)
    c.setFillColorRGB(*blue)
    c.setFont("arial_b", 15)
    c.drawString(24 * mm, Y(22.5), "TotalEnergies")
    c.setFont("arial", 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(
        14 * mm, Y(30), "TotalEnergies Électricité et Gaz France - TSA 21519 - 75901 Paris Cedex 15"
    )
    c.setFillColorRGB(0, 0, 0)
    c.setFont("arial", 10)
    for i, ln in enumerate([b["holder"]] + b["address"]):
        c.drawString(112 * mm, Y(48 + i * 5), ln)
    c.setFont("arial_b", 16)
    c.drawString(14 * mm, Y(78), "Votre facture d'électricité")
    c.setFont("arial", 9)
    c.drawString(14 * mm, Y(85), f"Facture n° {b['no']} du {fr_date(b['issue'])}")
    c.drawString(14 * mm, Y(90), f"Référence client : {b['client']}   -   Compte : {b['account']}")
    c.drawString(
        14 * mm, Y(95), f"Période de consommation du {fr_date(b['start'])} au {fr_date(b['end'])}"
    )
    c.setFillColorRGB(0.93, 0.95, 0.98)
    c.roundRect(14 * mm, Y(132), 182 * mm, 30 * mm, 3 * mm, fill=1, stroke=0)
    c.setFillColorRGB(*blue)
    c.setFont("arial_b", 11)
    c.drawString(20 * mm, Y(112), "Montant total TTC à payer")
    c.setFont("arial_b", 22)
    c.drawRightString(190 * mm, Y(114), f"{eur(b['amount'])} €")
    c.setFont("arial", 9)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(
        20 * mm, Y(121), f"Prélevé le {fr_date(b['debit'])} sur votre compte {b['iban_masked']}"
    )
    c.drawString(
        20 * mm, Y(127), "Vous avez choisi la facturation mensuelle sur relevé de compteur Linky."
    )
    c.setFont("arial_b", 10)
    c.drawString(14 * mm, Y(145), "Votre lieu de consommation")
    c.setFont("arial", 9)
    c.drawString(14 * mm, Y(151), f"{b['holder']} - {b['address'][0]}, {b['address'][1]}")
    c.drawString(
        14 * mm,
        Y(156),
        f"PDL : {b['pdl']}  -  Compteur Linky  -  Puissance souscrite : 6 kVA  -  Option Base",
    )
    c.setFont("arial_b", 10)
    c.drawString(14 * mm, Y(170), "Détail de votre facture")
    c.setFont("arial", 8.5)
    kwh = b["kwh"]
    rows = [
        ("Abonnement Offre Verte Fixe (1 mois)", "", f"{eur(b['sub'])}"),
        (f"Consommation Base : {kwh} kWh x 0,2016 €", "", f"{eur(kwh * 0.2016)}"),
        ("Accise sur l'électricité (ex-TICFE)", "", f"{eur(kwh * 0.02998)}"),
        ("Contribution Tarifaire d'Acheminement", "", f"{eur(b['cta'])}"),
        ("TVA 20 %", "", f"{eur(b['tva'])}"),
    ]
    y = 178
    for a, _, v in rows:
        c.drawString(16 * mm, Y(y), a)
        c.drawRightString(194 * mm, Y(y), v + " €")
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.line(14 * mm, Y(y + 2), 196 * mm, Y(y + 2))
        y += 7
    c.setFont("arial_b", 9)
    c.drawString(16 * mm, Y(y + 2), "Total TTC")
    c.drawRightString(194 * mm, Y(y + 2), f"{eur(b['amount'])} €")
    c.setFont("arial", 7)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    for i, ln in enumerate(
        [
            "Service client : 09 70 80 69 69 (appel non surtaxé), du lundi au vendredi de 8h à 20h - totalenergies.fr",
            "En cas de litige : Médiateur national de l'énergie, www.energie-mediateur.fr",
            "TotalEnergies Électricité et Gaz France - SA au capital de 8 742 426 € - RCS Nanterre 542 034 921",
        ]
    ):
        c.drawString(14 * mm, Y(272 + i * 4), ln)
    c.showPage()
    c.save()
    return buf.getvalue()


def free_bill(b: dict) -> bytes:
    """Free (Freebox) monthly internet bill, after the layout of Free's PDF invoices."""
    buf, c = _c(f"Facture Free n°{b['no']}", "Free")
    c.setFillColorRGB(0.8, 0.0, 0.0)
    c.setFont("arial_b", 24)
    c.drawString(14 * mm, Y(22), "free")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("arial", 8)
    c.drawString(14 * mm, Y(28), "Free Service Abonné")
    c.drawString(14 * mm, Y(32), "75371 Paris Cedex 08")
    c.setFont("arial", 10)
    for i, ln in enumerate([b["holder"]] + b["address"]):
        c.drawString(115 * mm, Y(40 + i * 5), ln)
    c.setFont("arial", 8)
    c.drawString(14 * mm, Y(60), "Adresse email de contact")
    c.drawString(80 * mm, Y(60), "Nom de l'abonné")
    c.drawString(14 * mm, Y(64), b["email"])
    c.drawString(80 * mm, Y(64), b["holder"])
    c.drawString(14 * mm, Y(72), "Numéro de ligne")
    c.drawString(50 * mm, Y(72), "Id.client")
    c.drawString(80 * mm, Y(72), "Adresse de l'installation")
    c.drawString(14 * mm, Y(76), b["line"])
    c.drawString(50 * mm, Y(76), b["client"])
    c.drawString(80 * mm, Y(76), b["address"][0])
    c.drawString(80 * mm, Y(80), b["address"][1])
    c.setFont("arial_b", 11)
    c.drawString(14 * mm, Y(94), f"Facture n°{b['no']} du {b['issue_words']}")
    c.setFont("arial", 9)
    c.drawString(14 * mm, Y(100), f"Période du {fr_date(b['start'])} au {fr_date(b['end'])}")
    c.drawString(14 * mm, Y(105), f"Date limite de paiement le {b['due_words']}")
    c.drawRightString(196 * mm, Y(105), f"{eur(b['amount']).replace(',', '.')} € TTC")
    c.setFont("arial_b", 8.5)
    y = 118
    c.drawString(16 * mm, Y(y), "")
    for x, t in ((120, "Montant EUR HT"), (150, "Montant TVA"), (180, "Montant EUR TTC")):
        c.drawRightString((x + 14) * mm, Y(y), t)
    c.setFont("arial", 8.5)
    ht = round(b["amount"] / 1.2, 2)
    rows = [
        ("Abonnements, forfaits et options", ht, b["amount"] - ht, b["amount"]),
        ("Communications", 0, 0, 0),
        ("Services ponctuels ou occasionnels", 0, 0, 0),
        ("Total facture", ht, b["amount"] - ht, b["amount"]),
    ]
    for a, h, t, ttc in rows:
        y += 6
        c.drawString(16 * mm, Y(y), a)
        for x, v in ((120, h), (150, t), (180, ttc)):
            c.drawRightString((x + 14) * mm, Y(y), f"{v:.2f}")
    c.setFont("arial_b", 10)
    c.drawString(16 * mm, Y(y + 12), "Somme à payer")
    c.drawRightString(194 * mm, Y(y + 12), f"{b['amount']:.2f} € TTC")
    c.setFont("arial", 8)
    c.drawString(14 * mm, Y(y + 26), "Avis de prélèvement automatique")
    c.drawString(
        14 * mm,
        Y(y + 31),
        f"Montant du prélèvement : {b['amount']:.2f} €   Prélèvement à partir du : {b['due_words']}",
    )
    c.drawString(14 * mm, Y(y + 36), "IBAN : FR76 ***************************")
    c.setFont("arial", 7)
    c.drawString(
        14 * mm,
        Y(280),
        "Free - SAS au capital de 3 441 812 € - RCS Paris B 421 938 861 - 16 rue de la Ville l'Évêque 75008 Paris",
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def rib_pdf(r: dict) -> bytes:
    """Relevé d'identité bancaire as downloaded from the bank's website; style per bank."""
    buf, c = _c("RIB", r["bank"])
    style = r["style"]
    bban = r["iban"][4:]
    bank, branch, acct, key = bban[:5], bban[5:10], bban[10:21], bban[21:]
    if style == "lcl":
        c.setFillColorRGB(0.0, 0.2, 0.5)
        c.rect(14 * mm, Y(30), 30 * mm, 14 * mm, fill=1, stroke=0)
        c.setFillColorRGB(1, 0.85, 0.0)
        c.setFont("arial_b", 18)
        c.drawCentredString(29 * mm, Y(25.5), "LCL")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("arial_b", 13)
        c.drawString(54 * mm, Y(24), "Relevé d'Identité Bancaire")
        c.setFont("arial", 8)
        c.drawString(
            54 * mm,
            Y(29),
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        )
        c.setStrokeColorRGB(0.0, 0.2, 0.5)
        c.rect(14 * mm, Y(110), 182 * mm, 70 * mm)
        c.setFont("arial", 8.5)
        c.drawString(18 * mm, Y(48), "Titulaire(s) du compte")
        c.setFont("arial_b", 10)
        for i, h in enumerate(r["holders"]):
            c.drawString(18 * mm, Y(54 + i * 5), h)
        c.setFont("arial", 9)
        for i, ln in enumerate(r["holder_addr"]):
            c.drawString(18 * mm, Y(66 + i * 4.5), ln)
        c.setFont("arial", 8.5)
        c.drawString(120 * mm, Y(48), "Domiciliation")
        c.setFont("arial", 9)
        for i, ln in enumerate(r["agency"]):
            c.drawString(120 * mm, Y(54 + i * 4.5), ln)
        cols = [
            ("Code banque", bank),
            ("Code guichet", branch),
            ("N° de compte", acct),
            ("Clé RIB", key),
        ]
        x = 18
        for lab, v in cols:
            c.setFont("arial", 8)
            c.drawString(x * mm, Y(84), lab)
            c.setFont("mono", 10)
            c.drawString(x * mm, Y(90), v)
            x += 30 if lab != "N° de compte" else 45
        c.setFont("arial", 8)
        c.drawString(18 * mm, Y(98), "IBAN (International Bank Account Number)")
        c.drawString(140 * mm, Y(98), "BIC (Bank Identifier Code)")
        c.setFont("mono", 11)
        c.drawString(18 * mm, Y(104), group4(r["iban"]))
        c.drawString(140 * mm, Y(104), r["bic"])
    else:  # Société Générale: black and red bands, IBAN first
        c.setFillColorRGB(0.9, 0.0, 0.1)
        c.rect(14 * mm, Y(22), 9 * mm, 4.5 * mm, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.rect(14 * mm, Y(26.5), 9 * mm, 4.5 * mm, fill=1, stroke=0)
        c.setFont("arial_b", 12)
        c.drawString(26 * mm, Y(22), "SOCIETE")
        c.drawString(26 * mm, Y(27), "GENERALE")
        c.setFont("arial_b", 11)
        c.drawRightString(196 * mm, Y(22), "RELEVÉ D'IDENTITÉ BANCAIRE")
        c.setFont("arial", 8)
        c.drawRightString(196 * mm, Y(27), f"Édité le {fr_date(r['edited'])}")
        c.setFillColorRGB(0.95, 0.95, 0.95)
        c.rect(14 * mm, Y(62), 182 * mm, 24 * mm, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("arial", 8)
        c.drawString(18 * mm, Y(44), "IBAN")
        c.drawString(150 * mm, Y(44), "BIC")
        c.setFont("arial_b", 12)
        c.drawString(18 * mm, Y(51), group4(r["iban"]))
        c.drawString(150 * mm, Y(51), r["bic"])
        c.setFont("arial", 8)
        c.drawString(
            18 * mm, Y(58), f"Banque {bank}   Guichet {branch}   Compte {acct}   Clé {key}"
        )
        c.setFont("arial", 8)
        c.drawString(14 * mm, Y(74), "TITULAIRE DU COMPTE")
        c.drawString(110 * mm, Y(74), "AGENCE")
        c.setFont("arial_b", 10)
        c.drawString(14 * mm, Y(80), r["holders"][0])
        c.setFont("arial", 9)
        for i, ln in enumerate(r["holder_addr"]):
            c.drawString(14 * mm, Y(85 + i * 4.5), ln)
        for i, ln in enumerate(r["agency"]):
            c.drawString(110 * mm, Y(80 + i * 4.5), ln)
        c.setFont("arial", 7)
        c.drawString(
            14 * mm,
            Y(280),
            "Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris - 29 bd Haussmann 75009 Paris",
        )
    c.showPage()
    c.save()
    return buf.getvalue()


def payslip_pdf(p: dict) -> bytes:
    """Bulletin de paie clarifié (modèle 2018/2023: net à payer avant impôt, PAS, net social)."""
    buf, c = _c(f"Bulletin de paie {p['period']}", p["employer"])
    c.setFont("lato_b", 13)
    c.drawString(14 * mm, Y(18), "BULLETIN DE PAIE")
    c.setFont("lato", 9)
    mth = MOIS[int(p["period"][5:]) - 1]
    c.drawRightString(
        196 * mm,
        Y(18),
        f"Période du 01/{p['period'][5:]}/{p['period'][:4]} au {p['last_day']}/{p['period'][5:]}/{p['period'][:4]} ({mth} {p['period'][:4]})",
    )
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.rect(14 * mm, Y(58), 88 * mm, 34 * mm)
    c.rect(108 * mm, Y(58), 88 * mm, 34 * mm)
    c.setFont("lato_b", 9.5)
    c.drawString(17 * mm, Y(30), p["employer"])
    c.setFont("lato", 8.5)
    for i, ln in enumerate(
        p["employer_addr"]
        + [f"SIRET : {p['siret']}", f"Code NAF : {p['naf']}", f"Convention collective : {p['ccn']}"]
    ):
        c.drawString(17 * mm, Y(35 + i * 4.2), ln)
    c.setFont("lato_b", 9.5)
    c.drawString(111 * mm, Y(30), p["employee"])
    c.setFont("lato", 8.5)
    for i, ln in enumerate(
        p["employee_addr"]
        + [
            f"Emploi : {p['job']}",
            f"Statut : Cadre   Entrée le : {fr_date(p['entry'])}",
            "N° de sécurité sociale : en cours d'attribution",
        ]
    ):
        c.drawString(111 * mm, Y(35 + i * 4.2), ln)
    hdr = ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]
    xs = [16, 100, 125, 150, 180]
    y = 68
    c.setFillColorRGB(0.9, 0.92, 0.95)
    c.rect(14 * mm, Y(y + 2), 182 * mm, 6 * mm, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("lato_b", 8.5)
    for x, t in zip(xs, hdr):
        (c.drawRightString if x == 194 else c.drawString)(x * mm, Y(y), t)
    g = p["gross"]
    rows = [
        ("Salaire de base", "151,67", "", "", eur(g)),
        ("SALAIRE BRUT", "", "", "", eur(g)),
        ("SANTÉ", "", "", eur(g * 0.0135), ""),
        (
            "RETRAITE SÉCURITÉ SOCIALE PLAFONNÉE",
            eur(min(g, 4005)),
            "6,900",
            eur(min(g, 4005) * 0.069),
            "",
        ),
        (
            "RETRAITE COMPLÉMENTAIRE TRANCHE 1",
            eur(min(g, 4005)),
            "4,010",
            eur(min(g, 4005) * 0.0401),
            "",
        ),
        ("ASSURANCE CHÔMAGE", "", "", "", ""),
        (
            "CSG déductible de l'impôt sur le revenu",
            eur(g * 0.9825),
            "6,800",
            eur(g * 0.9825 * 0.068),
            "",
        ),
        ("CSG/CRDS non déductible", eur(g * 0.9825), "2,900", eur(g * 0.9825 * 0.029), ""),
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", eur(g - p["net_before"]), ""),
    ]
    for r in rows:
        y += 6.5
        c.setFont("lato_b" if r[0].isupper() else "lato", 8.5)
        c.drawString(16 * mm, Y(y), r[0])
        for x, t in zip((115, 138, 166, 194), r[1:]):
            if t:
                c.drawRightString(x * mm, Y(y), t)
    y += 14
    c.setFillColorRGB(0.93, 0.95, 0.98)
    c.rect(14 * mm, Y(y + 26), 182 * mm, 30 * mm, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("lato", 9)
    c.drawString(17 * mm, Y(y), "NET À PAYER AVANT IMPÔT SUR LE REVENU")
    c.drawRightString(193 * mm, Y(y), f"{eur(p['net_before'])} €")
    c.drawString(
        17 * mm,
        Y(y + 6),
        f"Impôt sur le revenu prélevé à la source - taux personnalisé {p['pas_rate']} %",
    )
    c.drawRightString(193 * mm, Y(y + 6), f"-{eur(p['net_before'] - p['net'])} €")
    c.setFont("lato_b", 12)
    c.drawString(17 * mm, Y(y + 15), "NET PAYÉ")
    c.drawRightString(193 * mm, Y(y + 15), f"{eur(p['net'])} €")
    c.setFont("lato", 8.5)
    c.drawString(
        17 * mm,
        Y(y + 22),
        f"Montant net social : {eur(p['net_social'])} €      Payé par virement le {p['paid_on']}",
    )
    c.setFont("lato", 7)
    c.drawString(
        14 * mm,
        Y(284),
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans limitation de durée.",
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def bourso_screen(rng: random.Random, r: dict) -> Image.Image:
    """BoursoBank app, 'RIB / IBAN' screen of a current account (iPhone 1170 x 2532)."""
    img, d = screenshot_canvas(bg=(245, 246, 250))
    d.rectangle((0, 0, 1170, 330), fill=(12, 30, 72))
    status_bar(d, 1170, r["clock"], dark=True)
    d.text((70, 200), "‹", font=font("roboto", 90), fill=(255, 255, 255), anchor="lm")
    d.text((585, 200), "RIB / IBAN", font=font("roboto_m", 54), fill=(255, 255, 255), anchor="mm")
    d.rounded_rectangle((50, 380, 1120, 1560), 40, fill=(255, 255, 255))
    d.text((100, 450), "Compte bancaire BoursoBank", font=font("roboto_b", 46), fill=(20, 20, 40))
    d.text((100, 520), r["account_label"], font=font("roboto", 40), fill=(110, 110, 130))
    items = [
        ("Titulaire", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Domiciliation", "BoursoBank - 44 rue Traversière"),
        ("", "CS 80134 - 92772 Boulogne-Billancourt Cedex"),
    ]
    y = 630
    for k, v in items:
        if k:
            d.text((100, y), k, font=font("roboto", 38), fill=(120, 120, 140))
            y += 58
        fs = 48 if k != "IBAN" else 46
        d.text((100, y), v, font=font("roboto_m", fs), fill=(20, 20, 40))
        y += 110 if k else 80
        if k:
            d.line((100, y - 30, 1070, y - 30), fill=(230, 230, 236), width=3)
    bban = r["iban"][4:]
    d.text(
        (100, y + 20),
        "Banque   Guichet   N° de compte   Clé",
        font=font("roboto", 36),
        fill=(120, 120, 140),
    )
    d.text(
        (100, y + 75),
        f"{bban[:5]}    {bban[5:10]}    {bban[10:21]}    {bban[21:]}",
        font=font("roboto_m", 44),
        fill=(20, 20, 40),
    )
    for i, (t, col) in enumerate(
        (("Partager mon RIB", (0, 120, 210)), ("Télécharger le PDF", (0, 120, 210)))
    ):
        yy = 1660 + i * 170
        d.rounded_rectangle(
            (50, yy, 1120, yy + 130), 65, fill=(255, 255, 255), outline=col, width=4
        )
        d.text((585, yy + 65), t, font=font("roboto_m", 46), fill=col, anchor="mm")
    d.rectangle((0, 2300, 1170, 2532), fill=(255, 255, 255))
    for i, t in enumerate(("Accueil", "Comptes", "Virements", "Bourse", "Plus")):
        x = 117 + i * 234
        d.ellipse(
            (x - 28, 2340, x + 28, 2396),
            outline=(0, 120, 210) if i == 1 else (150, 150, 160),
            width=5,
        )
        d.text(
            (x, 2430),
            t,
            font=font("roboto", 30),
            fill=(0, 120, 210) if i == 1 else (120, 120, 130),
            anchor="mm",
        )
    d.rounded_rectangle((420, 2490, 750, 2502), 6, fill=(20, 20, 20))
    return img
