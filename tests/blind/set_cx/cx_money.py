"""Bills, RIBs, payslip (reportlab vector pages) and a neobank screenshot (PIL)."""

from __future__ import annotations

from PIL import Image, ImageDraw
from reportlab.lib.colors import Color, HexColor, black, white

from cx_common import iban_groups, pil_font, rl_font

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr_date(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def money(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


PROVIDERS = {
    "orange": {
        "name": "Orange",
        "color": "#ff7900",
        "font": "roboto",
        "legal": "Orange SA au capital "
        "de 10 640 226 396 € - 111 quai du Président Roosevelt 92130 Issy-les-"
        "Moulineaux - 380 129 866 RCS Nanterre",
        "offer": "Forfait Livebox Fibre",
        "service_line": "Internet + TV + téléphone fixe",
    },
    "sfr": {
        "name": "SFR",
        "color": "#e2001a",
        "font": "open",
        "legal": "SFR - Société anonyme au capital "
        "de 3 423 265 598,40 € - 16 rue du Général Alain de Boissieu 75015 Paris - RCS "
        "Paris 343 059 564",
        "offer": "SFR Fibre Power",
        "service_line": "Box internet fibre",
    },
    "free": {
        "name": "Free",
        "color": "#cd1e25",
        "font": "lato",
        "legal": "Free - SAS au capital de "
        "3 441 812 € - 16 rue de la Ville l'Évêque 75008 Paris - RCS Paris 421 938 861",
        "offer": "Freebox Pop",
        "service_line": "Abonnement Freebox",
    },
}


def bill(c, prov, b):
    """b: holder, addr1, addr2, issue, start, end, client_no, invoice_no, lines, total, ref."""
    p = PROVIDERS[prov]
    f = rl_font(p["font"])
    fb = rl_font(p["font"] + "-b")
    col = HexColor(p["color"])
    W = 595
    if prov == "orange":
        c.setFillColor(col)
        c.rect(36, 770, 50, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(fb, 11)
        c.drawString(40, 775, "orange")
    else:
        c.setFillColor(col)
        c.setFont(fb, 30)
        c.drawString(36, 785, p["name"] if prov == "sfr" else "free")
    c.setFillColor(black)
    c.setFont(fb, 18)
    c.drawString(36 if prov != "orange" else 100, 745 if prov != "orange" else 795, "Votre facture")
    c.setFont(f, 9)
    y = 725 if prov != "orange" else 778
    x = 36 if prov != "orange" else 100
    c.drawString(x, y, f"du {fr_date(b['issue'])}")
    c.drawString(x, y - 13, f"N° de facture : {b['invoice_no']}")
    c.drawString(x, y - 26, f"N° client : {b['client_no']}")
    # window address block
    c.setFont(f, 10)
    for i, t in enumerate(b["addr_block"]):
        c.drawString(330, 720 - i * 13, t)
    c.setFillColor(Color(0.96, 0.96, 0.96))
    c.rect(36, 560, W - 72, 80, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont(fb, 12)
    c.drawString(48, 618, "Montant total à payer")
    c.setFont(fb, 22)
    c.setFillColor(col)
    c.drawRightString(W - 48, 612, money(b["total"]))
    c.setFillColor(black)
    c.setFont(f, 9)
    c.drawString(48, 596, f"Titulaire du contrat : {b['holder']}")
    c.drawString(
        48, 582, f"Période de facturation : du {fr_date(b['start'])} au {fr_date(b['end'])}"
    )
    c.drawString(
        48, 568, f"Prélevé à partir du {fr_date(b['debit'])} sur le compte {b['iban_mask']}"
    )
    y = 530
    c.setFont(fb, 11)
    c.drawString(36, y, "Détail de votre facture")
    c.setStrokeColor(col)
    c.setLineWidth(1.5)
    c.line(36, y - 6, W - 36, y - 6)
    y -= 26
    c.setFont(fb, 9.5)
    c.drawString(36, y, f"{p['offer']} - {p['service_line']}")
    c.drawString(36, y - 12, f"Ligne / accès : {b['line_id']}")
    y -= 34
    c.setFont(f, 9.5)
    for label, amt in b["lines"]:
        c.drawString(48, y, label)
        c.drawRightString(W - 36, y, money(amt))
        y -= 15
    c.setStrokeColor(Color(0.7, 0.7, 0.7))
    c.setLineWidth(0.5)
    c.line(300, y + 6, W - 36, y + 6)
    ht = round(b["total"] / 1.2, 2)
    for label, amt, bold in (
        ("Total HT", ht, False),
        ("TVA 20 %", round(b["total"] - ht, 2), False),
        ("Total TTC", b["total"], True),
    ):
        c.setFont(fb if bold else f, 9.5)
        c.drawString(320, y - 8, label)
        c.drawRightString(W - 36, y - 8, money(amt))
        y -= 15
    c.setFont(f, 7)
    c.setFillColor(Color(0.4, 0.4, 0.4))
    c.drawString(36, 90, "Conservez cette facture : elle peut servir de justificatif de domicile.")
    c.drawString(36, 60, p["legal"])
    c.drawString(36, 50, f"Réf. {b['ref']} - page 1/1")
    c.setFillColor(black)


BANKS = {
    "lcl": {
        "name": "LCL",
        "full": "LCL - Le Crédit Lyonnais",
        "color": "#0b2a6f",
        "font": "roboto",
        "legal": "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN "
        "954 509 741 - RCS Lyon",
    },
    "lbp": {
        "name": "La Banque Postale",
        "full": "La Banque Postale",
        "color": "#143c8c",
        "font": "open",
        "legal": "La Banque Postale - SA à Directoire et Conseil de surveillance - 115 rue "
        "de Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645",
    },
    "ca": {
        "name": "Crédit Agricole",
        "full": "Crédit Agricole d'Île-de-France",
        "color": "#007a7a",
        "font": "sans",
        "legal": "Caisse Régionale de Crédit Agricole Mutuel de Paris et "
        "d'Île-de-France - 26 quai de la Rapée 75012 Paris - 775 665 615 RCS Paris",
    },
}


def rib(c, bank, r):
    """r: holder_lines, bank, branch, account, key, iban, bic, domiciliation."""
    k = BANKS[bank]
    f = rl_font(k["font"])
    fb = rl_font(k["font"] + "-b")
    col = HexColor(k["color"])
    c.setFillColor(col)
    c.setFont(fb, 22)
    c.drawString(40, 790, k["name"])
    c.setFillColor(black)
    c.setFont(fb, 13)
    c.drawString(
        40,
        745,
        "RELEVÉ D'IDENTITÉ BANCAIRE" if bank != "lbp" else "Relevé d'Identité Bancaire (RIB)",
    )
    c.setFont(f, 8)
    c.drawString(
        40,
        732,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte.",
    )
    c.setStrokeColor(col)
    c.setLineWidth(1)
    c.rect(40, 540, 515, 175, stroke=1, fill=0)
    c.setFont(f, 8.5)
    c.setFillColor(Color(0.35, 0.35, 0.35))
    c.drawString(52, 700, "Titulaire du compte" if bank != "ca" else "Intitulé du compte")
    c.drawString(320, 700, "Domiciliation")
    c.setFillColor(black)
    c.setFont(fb, 10)
    for i, t in enumerate(r["holder_lines"]):
        c.drawString(52, 686 - i * 13, t)
    c.setFont(f, 9.5)
    for i, t in enumerate(r["domiciliation"]):
        c.drawString(320, 686 - i * 13, t)
    # RIB grid
    heads = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    xs = [52, 142, 232, 392]
    for (h, v), x in zip(heads, xs, strict=True):
        c.setFont(f, 8)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(x, 628, h)
        c.setFillColor(black)
        c.setFont(fb, 11)
        c.drawString(x, 612, v)
    c.setFont(f, 8)
    c.setFillColor(Color(0.35, 0.35, 0.35))
    c.drawString(52, 586, "IBAN (International Bank Account Number)")
    c.drawString(392, 586, "BIC (Bank Identifier Code)")
    c.setFillColor(black)
    c.setFont(rl_font("mono"), 11)
    c.drawString(52, 568, iban_groups(r["iban"]))
    c.drawString(392, 568, r["bic"])
    c.setFont(f, 7)
    c.setFillColor(Color(0.4, 0.4, 0.4))
    c.drawString(40, 520, f"Édité le {fr_date(r['edited'])}")
    c.drawString(40, 60, k["legal"])
    c.setFillColor(black)


def payslip(c, s):
    """Bulletin de paie clarifié (modèle 2018), one page."""
    f, fb = rl_font("carlito"), rl_font("carlito-b")
    c.setFont(fb, 14)
    c.drawString(36, 800, "BULLETIN DE PAIE")
    c.setFont(f, 9)
    c.drawString(36, 786, f"Période du {fr_date(s['start'])} au {fr_date(s['end'])}")
    c.drawString(36, 774, f"Paiement le {fr_date(s['paid'])} par virement")
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.rect(36, 665, 250, 95)
    c.rect(309, 665, 250, 95)
    c.setFont(fb, 10)
    c.drawString(44, 745, s["employer"])
    c.setFont(f, 8.5)
    for i, t in enumerate(s["employer_lines"]):
        c.drawString(44, 732 - i * 11, t)
    c.setFont(fb, 10)
    c.drawString(317, 745, s["employee_print"])
    c.setFont(f, 8.5)
    for i, t in enumerate(s["employee_lines"]):
        c.drawString(317, 732 - i * 11, t)
    y = 645
    cols = [36, 270, 340, 410, 490]
    c.setFillColor(Color(0.88, 0.9, 0.95))
    c.rect(36, y - 4, 523, 15, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont(fb, 8.5)
    for x, h in zip(
        cols, ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"], strict=True
    ):
        c.drawString(x + 3, y, h)
    y -= 18
    c.setFont(f, 8.5)
    for row in s["rows"]:
        if row[0].isupper():
            c.setFont(fb, 8.5)
        for x, v in zip(cols, row, strict=False):
            if v != "":
                c.drawString(x + 3, y, v)
        c.setFont(f, 8.5)
        y -= 13
    y -= 10
    c.setFillColor(Color(0.93, 0.93, 0.93))
    c.rect(36, y - 60, 523, 70, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont(f, 9)
    c.drawString(44, y - 6, "Net à payer avant impôt sur le revenu")
    c.drawRightString(550, y - 6, money(s["net_before"]))
    c.drawString(44, y - 20, f"Impôt sur le revenu prélevé à la source (taux {s['pas_rate']})")
    c.drawRightString(550, y - 20, "- " + money(s["pas"]))
    c.setFont(fb, 12)
    c.drawString(44, y - 44, "NET PAYÉ AU SALARIÉ")
    c.drawRightString(550, y - 44, money(s["net"]))
    c.setFont(f, 7)
    c.drawString(
        36,
        70,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
    )
    c.drawString(36, 60, "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr")


def n26_screen(name, iban, bic, rng):
    W, H = 1170, 2532
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((80, 50), "10:47", font=pil_font("roboto-m", 46), fill=(0, 0, 0))
    d.rounded_rectangle([1000, 62, 1090, 100], 10, outline=(0, 0, 0), width=4)
    d.rectangle([1008, 70, 1070, 92], fill=(0, 0, 0))
    d.text((60, 200), "‹", font=pil_font("roboto", 90), fill=(30, 30, 30))
    d.text(
        (W / 2, 240),
        "Détails du compte",
        font=pil_font("roboto-b", 50),
        fill=(20, 20, 20),
        anchor="mm",
    )
    d.rounded_rectangle([60, 360, W - 60, 560], 36, fill=(54, 161, 139))
    d.text((110, 410), "Compte principal", font=pil_font("roboto-m", 44), fill=(255, 255, 255))
    d.text((110, 480), "N26 Standard", font=pil_font("roboto", 36), fill=(225, 245, 240))
    y = 640
    for lab, val in (
        ("Titulaire du compte", name),
        ("IBAN", iban_groups(iban)),
        ("BIC", bic),
        ("Banque", "N26 Bank SE"),
        ("Adresse de la banque", "Voltairestraße 8, 10179 Berlin"),
    ):
        d.text((80, y), lab, font=pil_font("roboto", 38), fill=(120, 120, 125))
        d.text((80, y + 56), val, font=pil_font("roboto-m", 46), fill=(20, 20, 20))
        y += 170
        d.line([80, y - 30, W - 80, y - 30], fill=(230, 230, 232), width=2)
    d.rounded_rectangle([80, y + 40, W - 80, y + 170], 60, fill=(54, 161, 139))
    d.text(
        (W / 2, y + 105),
        "Partager les coordonnées",
        font=pil_font("roboto-b", 44),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.text(
        (W / 2, y + 260),
        "Copier l'IBAN",
        font=pil_font("roboto-m", 42),
        fill=(54, 161, 139),
        anchor="mm",
    )
    d.rounded_rectangle([W / 2 - 200, H - 40, W / 2 + 200, H - 28], 6, fill=(20, 20, 20))
    return img
