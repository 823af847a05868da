"""Bills (Free, SFR, TotalEnergies), RIBs (Crédit Mutuel, BNP Paribas, La Banque Postale),
a Revolut account-details screenshot and a 'bulletin de paie clarifié'."""

from __future__ import annotations

import random

from kit import Page, group4, pseudo_qr

GREY = (95, 95, 100)


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def _addr_block(pg: Page, x, y, lines, font="sans", size=9.5):
    for i, s in enumerate(lines):
        pg.text(x, y + i * 4.6, s, font, size)


# ----------------------------------------------------------------------------- bills
def free_bill(b: dict, rng: random.Random) -> list[Page]:
    pg = Page()
    pg.text(16, 22, "free", "serif-b", 30, (205, 30, 40))
    pg.text(16, 28, "Free Service Abonné", "sans", 7.5)
    pg.text(16, 31.5, "75371 Paris Cedex 08", "sans", 7.5)
    _addr_block(pg, 120, 60, b["postal"])
    y = 100.0
    pg.text(16, y, "Adresse email de contact", "sans-b", 7.5)
    pg.text(16, y + 3.5, b["email"], "sans", 7.5)
    pg.text(100, y, "Nom de l'abonné", "sans-b", 7.5)
    pg.text(100, y + 3.5, b["holder"], "sans", 7.5)
    y += 11
    pg.text(16, y, "Numéro de ligne", "sans-b", 7.5)
    pg.text(16, y + 3.5, b["line_no"], "sans", 7.5)
    pg.text(50, y, "Id.client", "sans-b", 7.5)
    pg.text(50, y + 3.5, b["client_id"], "sans", 7.5)
    pg.text(100, y, "Adresse de l'installation", "sans-b", 7.5)
    for i, s in enumerate(b["install"]):
        pg.text(100, y + 3.5 + 3.3 * i, s, "sans", 7.5)
    y += 20
    pg.text(16, y, f"Facture n°{b['number']} du {b['date_words']}", "sans-b", 11)
    pg.line(16, y + 1.8, 194, y + 1.8, 0.5)
    pg.text(16, y + 6.5, f"Date limite de paiement le {b['due_words']}", "sans-b", 8)
    pg.text(194, y + 6.5, f"{b['amount']:.2f} € TTC", "sans-b", 8.5, align="r")
    pg.line(16, y + 8.5, 194, y + 8.5, 0.5)
    y += 20
    pg.line(16, y - 5, 194, y - 5, 0.3)
    for x, s in ((128, "Montant EUR HT"), (160, "Montant TVA"), (194, "Montant EUR TTC")):
        pg.text(x, y, s, "sans-b", 6.8, align="r")
    ht = round(b["amount"] / 1.2, 2)
    rows = [
        (f"Forfait {b['offer']} du {b['from']} au {b['to']}", ht, b["amount"] - ht, b["amount"]),
        ("Communications", 0.0, 0.0, 0.0),
        ("Services ponctuels ou occasionnels", 0.0, 0.0, 0.0),
    ]
    y += 5
    for lab, a, t, c in rows:
        pg.text(16, y, lab, "sans", 8.2)
        pg.text(128, y, f"{a:.2f}", "sans", 8.2, align="r")
        pg.text(160, y, f"{t:.2f}", "sans", 8.2, align="r")
        pg.text(194, y, f"{c:.2f}", "sans", 8.2, align="r")
        y += 3.8
    pg.line(16, y - 2.2, 194, y - 2.2, 0.3)
    y += 2
    pg.text(16, y, "Total facture", "sans-b", 8.5)
    pg.text(128, y, f"{ht:.2f}", "sans-b", 8.5, align="r")
    pg.text(160, y, f"{b['amount'] - ht:.2f}", "sans-b", 8.5, align="r")
    pg.text(194, y, f"{b['amount']:.2f}", "sans-b", 8.5, align="r")
    y += 22
    pg.rect(18, y, 176, 45, 0.3)
    pg.text(21, y + 4.5, "Avis de prélèvement automatique", "sans", 8.5)
    pg.line(18, y + 6, 194, y + 6, 0.3)
    pg.text(21, y + 10, f"Montant du prélèvement : {b['amount']:.2f} €", "sans", 7)
    pg.text(192, y + 10, f"Prélèvement à partir du : {b['due_words']}", "sans", 7, align="r")
    pg.text(
        21,
        y + 15,
        "La somme à payer sera prélevée sur le compte désigné ci-dessous :",
        "sans-b",
        8.5,
    )
    pg.text(21, y + 19.5, "Nom de la banque :", "sans", 6.5)
    pg.text(90, y + 19.5, "BIC :", "sans", 6.5)
    pg.text(130, y + 19.5, "IBAN :", "sans", 6.5)
    pg.text(130, y + 23, b["iban_masked"], "sans", 6.5)
    pg.para(
        21,
        y + 30,
        "A l'occasion d'un premier prélèvement ou de toute modification ultérieure, il est "
        "recommandé de vérifier ces indications et de signaler toute anomalie à votre service abonné.",
        "sans",
        6.8,
        width=168,
        lead=3.2,
    )
    pg.line(16, 262, 194, 262, 0.3)
    pg.text(16, 266, "Service Clients", "sans-b", 7.5)
    pg.text(
        16,
        269.5,
        "Par téléphone : 32 44 depuis une ligne Freebox (appel non surtaxé). Internet : "
        "Espace Abonné, rubrique « Mes factures ».",
        "sans",
        6.5,
    )
    pg.line(16, 276, 194, 276, 0.3)
    pg.text(
        105,
        280,
        "Free SAS au capital de 3.441.812 Euros – B 421 938 861 RCS Paris – Siège social : "
        "8 rue de la Ville l'Évêque 75008 Paris",
        "sans",
        5.2,
        align="c",
    )
    return [pg]


def sfr_bill(b: dict, rng: random.Random) -> Page:
    red = (226, 0, 26)
    pg = Page()
    pg.rect(15, 12, 22, 14, 0, fill=red)
    pg.text(26, 22.5, "SFR", "roboto-b", 14, (255, 255, 255), "c")
    pg.text(45, 18, "Votre facture SFR Box", "roboto-b", 14)
    pg.text(45, 23.5, f"du {b['date']} — N° {b['number']}", "roboto", 9, GREY)
    _addr_block(pg, 118, 48, b["postal"], "roboto", 10)
    y = 84.0
    pg.rect(15, y, 85, 40, 0, fill=(245, 245, 247))
    lines = [
        ("Titulaire", b["holder"]),
        ("N° de compte client", b["client"]),
        ("Ligne fixe associée", b["line"]),
        ("Offre", b["offer"]),
    ]
    for i, (k, v) in enumerate(lines):
        pg.text(19, y + 7 + 8.5 * i, k, "roboto", 7.2, GREY)
        pg.fit(19, y + 10.8 + 8.5 * i, v, "roboto-m", 9, 78)
    pg.rect(110, y, 85, 40, 0, fill=red)
    pg.text(152.5, y + 12, "Montant à payer", "roboto", 10, (255, 255, 255), "c")
    pg.text(152.5, y + 25, eur(b["amount"]), "roboto-b", 20, (255, 255, 255), "c")
    pg.text(152.5, y + 33, f"prélevé le {b['due']}", "roboto", 8.5, (255, 255, 255), "c")
    y += 54
    pg.text(15, y, "Détail de votre facture", "roboto-b", 11)
    pg.line(15, y + 2, 195, y + 2, 0.4, red)
    y += 9
    rows = [
        (f"Abonnement {b['offer']} — période du {b['from']} au {b['to']}", b["amount"] - 3.0),
        ("Option TV — bouquet SFR", 3.0),
        ("Communications hors forfait", 0.0),
    ]
    for lab, v in rows:
        pg.text(17, y, lab, "roboto", 9)
        pg.text(193, y, eur(v), "roboto", 9, align="r")
        y += 6.4
    pg.line(15, y - 3, 195, y - 3, 0.2, GREY)
    pg.text(17, y + 2, "Total TTC", "roboto-b", 10)
    pg.text(193, y + 2, eur(b["amount"]), "roboto-b", 10, align="r")
    pg.text(17, y + 8, f"dont TVA 20 % : {eur(round(b['amount'] / 6, 2))}", "roboto", 8, GREY)
    y += 22
    pg.text(17, y, "Adresse d'installation", "roboto", 7.5, GREY)
    pg.text(17, y + 4.2, b["install"], "roboto-m", 9)
    pg.text(
        105,
        283,
        "SFR — Société Française du Radiotéléphone, SA au capital de 3 423 265 598,40 € — "
        "RCS Paris 343 059 564 — 16 rue du Général Alain de Boissieu 75015 Paris",
        "roboto",
        5.6,
        GREY,
        "c",
    )
    pg.text(195, 289, f"Page 1/1 — {b['number']}", "roboto", 6, GREY, "r")
    return pg


def total_bill(b: dict, rng: random.Random) -> list[Page]:
    red = (237, 28, 36)
    pg = Page()
    for i, col in enumerate([(0, 114, 188), (0, 166, 81), (253, 185, 19), red]):
        pg.circle(22 + i * 1.2, 18 - i * 0.6, 5.5 - i, 0, fill=col)
    pg.text(32, 21, "TotalEnergies", "open-b", 15, red)
    pg.text(32, 26, "Électricité et Gaz de France", "open", 7.5, GREY)
    pg.text(120, 18, "Facture d'électricité", "open-b", 13)
    pg.text(120, 23.5, f"Facture n° {b['number']} du {b['date']}", "open", 8.5)
    _addr_block(pg, 118, 42, b["postal"], "open", 9.5)
    y = 74.0
    pg.rect(15, y, 88, 44, 0.3, (200, 200, 200))
    info = [
        ("Titulaire du contrat", b["holder"]),
        ("Référence client", b["client"]),
        ("Offre", b["offer"]),
        ("Point de livraison (PDL)", b["pdl"]),
    ]
    for i, (k, v) in enumerate(info):
        pg.text(18, y + 6.5 + 9.5 * i, k, "open", 7, GREY)
        pg.fit(18, y + 10.5 + 9.5 * i, v, "open-sb", 8.8, 82)
    pg.rect(108, y, 87, 44, 0, fill=(250, 236, 236))
    pg.text(151.5, y + 10, "Montant total TTC", "open", 10, align="c")
    pg.text(151.5, y + 24, eur(b["amount"]), "open-b", 20, red, "c")
    pg.text(151.5, y + 33, f"prélevé à partir du {b['due']}", "open", 8, GREY, "c")
    y += 54
    pg.text(15, y, "Adresse de consommation", "open", 7.5, GREY)
    pg.text(15, y + 4.5, b["site"], "open-sb", 9)
    y += 14
    pg.text(15, y, f"Votre consommation du {b['from']} au {b['to']}", "open-b", 10.5)
    pg.line(15, y + 2, 195, y + 2, 0.4, red)
    y += 8
    heads = ["Index début", "Index fin", "Consommation", "Prix unitaire", "Montant HT"]
    for i, hd in enumerate(heads):
        pg.text(17 + i * 36, y, hd, "open-b", 7.5, GREY)
    y += 5.5
    kwh = b["kwh"]
    vals = [
        f"{b['idx0']} kWh",
        f"{b['idx0'] + kwh} kWh",
        f"{kwh} kWh",
        "0,2016 €/kWh",
        eur(kwh * 0.2016),
    ]
    for i, v in enumerate(vals):
        pg.text(17 + i * 36, y, v, "open", 8.5)
    y += 7
    rows = [
        ("Abonnement mensuel (6 kVA)", 12.44),
        ("Accise sur l'électricité", kwh * 0.0337),
        ("Contribution tarifaire d'acheminement", 2.71),
    ]
    for lab, v in rows:
        pg.text(17, y, lab, "open", 8.5)
        pg.text(193, y, eur(v), "open", 8.5, align="r")
        y += 5.5
    pg.line(15, y - 2, 195, y - 2, 0.2, GREY)
    pg.text(17, y + 3, "Total TTC (TVA 20 % incluse)", "open-b", 9.5)
    pg.text(193, y + 3, eur(b["amount"]), "open-b", 9.5, align="r")
    pg.image(pseudo_qr(rng, 25, 6).convert("RGB"), 168, 240, 24, 24)
    pg.text(
        15,
        250,
        "Service client : 09 70 80 69 69 (appel non surtaxé) — totalenergies.fr/particuliers",
        "open",
        7,
        GREY,
    )
    pg.text(
        105,
        284,
        "TotalEnergies Électricité et Gaz France — SA au capital de 2 011 260 € — "
        "RCS Nanterre 542 034 921 — 2 place Jean Millier 92400 Courbevoie",
        "open",
        5.8,
        GREY,
        "c",
    )
    return [pg]


# ----------------------------------------------------------------------------- RIBs
def _rib_table(pg: Page, y, r: dict, font="sans", bold="sans-b"):
    heads = [
        ("Code banque", r["bank"], 30),
        ("Code guichet", r["branch"], 30),
        ("N° de compte", r["account"], 50),
        ("Clé RIB", r["key"], 20),
    ]
    x = 20.0
    for lab, val, w in heads:
        pg.rect(x, y, w, 13, 0.3)
        pg.text(x + 2, y + 4, lab, font, 7, GREY)
        pg.text(x + w / 2, y + 10.5, val, "mono-b", 10, align="c")
        x += w
    pg.rect(20, y + 13, 130, 13, 0.3)
    pg.text(22, y + 17, "IBAN (International Bank Account Number)", font, 7, GREY)
    pg.text(22, y + 23.5, group4(r["iban"]), "mono-b", 10)
    pg.rect(150, y + 13, 40, 13, 0.3)
    pg.text(152, y + 17, "BIC", font, 7, GREY)
    pg.text(170, y + 23.5, r["bic"], "mono-b", 10, align="c")
    return y + 30


def rib_creditmutuel(r: dict, rng: random.Random) -> list[Page]:
    pg = Page()
    pg.rect(20, 14, 8, 8, 0, fill=(0, 82, 155))
    pg.text(31, 20.5, "Crédit Mutuel", "sans-b", 14, (0, 82, 155))
    pg.text(105, 36, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 12, align="c")
    pg.text(20, 48, "Domiciliation", "sans", 7.5, GREY)
    pg.text(20, 52.5, r["branch_name"], "sans-b", 9)
    pg.text(20, 56.5, r["branch_addr"], "sans", 8.5)
    pg.text(112, 48, "Titulaire du compte", "sans", 7.5, GREY)
    for i, s in enumerate(r["holder_lines"]):
        pg.text(112, 52.5 + 4.3 * i, s, "sans-b" if i == 0 else "sans", 8.8)
    _rib_table(pg, 72, r)
    pg.para(
        20,
        112,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
        "appelés à faire inscrire des opérations à votre compte (virements, prélèvements...).",
        "sans",
        7.2,
        width=170,
        lead=3.4,
    )
    pg.line(10, 126, 200, 126, 0.2, GREY, dash=([2, 2], 0))
    return [pg]


def rib_bnp(r: dict, rng: random.Random) -> list[Page]:
    green = (0, 145, 90)
    pg = Page()
    pg.text(20, 22, "BNP PARIBAS", "open-b", 16, green)
    pg.text(20, 27, "La banque d'un monde qui change", "open", 7.5, GREY)
    pg.text(190, 22, "Relevé d'Identité Bancaire", "open-b", 11, align="r")
    pg.text(190, 27, f"Édité le {r['edited']}", "open", 7.5, GREY, "r")
    pg.rect(20, 38, 170, 26, 0, fill=(240, 247, 243))
    pg.text(24, 45, "Titulaire du compte", "open", 7.5, GREY)
    for i, s in enumerate(r["holder_lines"]):
        pg.text(24, 50 + 4.4 * i, s, "open-sb" if i == 0 else "open", 9)
    pg.text(120, 45, "Domiciliation", "open", 7.5, GREY)
    pg.text(120, 50, r["branch_name"], "open-sb", 9)
    pg.text(120, 54.4, r["branch_addr"], "open", 8.5)
    y = _rib_table(pg, 72, r, "open", "open-b")
    pg.text(20, y + 2, "Devise du compte : EUR", "open", 8)
    pg.para(
        20,
        y + 10,
        "Ce relevé d'identité bancaire est destiné à être remis à vos créanciers ou débiteurs, "
        "français ou étrangers, appelés à faire inscrire des opérations à votre compte (virements, "
        "paiements de quittances, etc.). Son utilisation vous garantit le bon enregistrement des "
        "opérations en cause et vous évite ainsi des réclamations pour erreurs ou retards d'imputation.",
        "open",
        7,
        width=170,
        lead=3.3,
    )
    pg.text(
        105,
        285,
        "BNP Paribas SA au capital de 2 261 621 342 € — 662 042 449 RCS Paris — "
        "16 boulevard des Italiens 75009 Paris",
        "open",
        6,
        GREY,
        "c",
    )
    return [pg]


def rib_lbp(r: dict, rng: random.Random) -> list[Page]:
    blue, yellow = (0, 45, 120), (255, 205, 0)
    pg = Page()
    pg.rect(20, 12, 14, 14, 0, fill=yellow)
    pg.text(27, 22.3, "LBP", "sans-b", 8, blue, "c")
    pg.text(38, 21, "LA BANQUE POSTALE", "sans-b", 13, blue)
    pg.text(105, 40, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 12, blue, "c")
    pg.text(20, 52, "Titulaire", "sans", 7.5, GREY)
    for i, s in enumerate(r["holder_lines"]):
        pg.text(20, 56.5 + 4.3 * i, s, "sans-b" if i == 0 else "sans", 9)
    pg.text(120, 52, "Domiciliation", "sans", 7.5, GREY)
    pg.text(120, 56.5, r["branch_name"], "sans-b", 9)
    pg.text(120, 60.8, r["branch_addr"], "sans", 8.5)
    _rib_table(pg, 76, r)
    pg.text(
        20,
        116,
        "Référence internationale (IBAN / BIC) à communiquer pour tout virement SEPA.",
        "sans",
        7.5,
        GREY,
    )
    return [pg]


# ----------------------------------------------------------------------------- Revolut screen
def revolut_screen(r: dict, rng: random.Random) -> Page:
    """A 1170 x 2532 screenshot (render at 254 dpi) of Revolut's 'Account details' screen."""
    pg = Page(117.0, 253.2, paper=(247, 247, 250))
    dark = (25, 28, 31)
    pg.text(8, 9.5, r["time"], "roboto-m", 10, dark)
    pg.rect(100, 5.8, 9, 4.2, 0.35, dark)
    pg.rect(100.8, 6.6, 6.4, 2.6, 0, fill=dark)
    for i in range(4):
        pg.rect(85 + i * 2.3, 9.8 - 1.3 * (i + 1), 1.5, 1.3 * (i + 1), 0, fill=dark)
    pg.text(8, 24, "‹", "roboto", 22, dark)
    pg.text(58.5, 23, "Account details", "roboto-b", 11.5, dark, "c")
    pg.rect(8, 32, 101, 11, 0, fill=(232, 233, 240))
    pg.rect(9, 33, 49.5, 9, 0, fill=(255, 255, 255))
    pg.text(33.8, 39, "EUR · Local", "roboto-m", 8.5, dark, "c")
    pg.text(83.5, 39, "International", "roboto", 8.5, (110, 110, 120), "c")
    y = 56.0
    rows = [
        ("Beneficiary", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC / SWIFT code", r["bic"]),
        ("Bank", r["bank_name"]),
        ("Bank address", r["bank_addr"]),
    ]
    pg.rect(8, y - 6, 101, 16 * len(rows) + 4, 0, fill=(255, 255, 255))
    for k, v in rows:
        pg.text(13, y, k, "roboto", 7.5, (120, 120, 130))
        pg.fit(13, y + 6, v, "roboto-m", 9.5, 82, dark)
        pg.rect(98, y - 1, 5, 5.5, 0.3, (0, 102, 255))
        pg.rect(99.5, y - 2.5, 5, 5.5, 0.3, (0, 102, 255))
        y += 16
    pg.para(
        10,
        y + 6,
        "Use these details to receive salaries and transfers in euro from the SEPA area. "
        "Transfers usually arrive within one business day.",
        "roboto",
        7.5,
        width=97,
        lead=3.6,
        color=(110, 110, 120),
    )
    pg.rect(8, 205, 101, 13, 0, fill=(0, 102, 255))
    pg.text(58.5, 213.2, "Share details", "roboto-m", 10, (255, 255, 255), "c")
    pg.rect(8, 222, 101, 13, 0, fill=(232, 233, 240))
    pg.text(58.5, 230.2, "Download bank statement", "roboto-m", 10, (0, 102, 255), "c")
    pg.rect(40, 247, 37, 1.5, 0, fill=dark)
    return pg


# ----------------------------------------------------------------------------- payslip
def payslip(p: dict, rng: random.Random) -> list[Page]:
    pg = Page()
    pg.rect(15, 12, 180, 8, 0, fill=(40, 55, 90))
    pg.text(18, 17.8, "BULLETIN DE PAIE", "lato-b", 11, (255, 255, 255))
    pg.text(192, 17.8, f"Période du {p['from']} au {p['to']}", "lato", 9, (255, 255, 255), "r")
    y = 28.0
    pg.text(15, y, p["employer"], "lato-b", 10)
    for i, s in enumerate(p["employer_lines"]):
        pg.text(15, y + 4.5 + 4.0 * i, s, "lato", 8)
    pg.rect(110, y - 4, 85, 30, 0.3, (160, 160, 170))
    for i, s in enumerate(p["employee_lines"]):
        pg.text(114, y + 1.5 + 4.6 * i, s, "lato-b" if i == 0 else "lato", 9 if i == 0 else 8.5)
    y += 32
    info = [
        ("Emploi", p["job"]),
        ("Statut", p["status"]),
        ("Date d'entrée", p["entry"]),
        ("Matricule", p["matricule"]),
        ("N° de sécurité sociale", p["nir_print"]),
        ("Convention collective", p["ccn"]),
    ]
    for i, (k, v) in enumerate(info):
        col, row = i % 2, i // 2
        pg.text(15 + col * 92, y + row * 9, k, "lato", 7, GREY)
        pg.fit(15 + col * 92, y + row * 9 + 3.8, v, "lato-b", 8.5, 88)
    y += 30
    cols = [
        (15, "Éléments de paie", "l"),
        (120, "Base", "r"),
        (140, "Taux", "r"),
        (168, "Part salarié", "r"),
        (195, "Part employeur", "r"),
    ]
    pg.rect(15, y - 4.5, 180, 6.5, 0, fill=(225, 229, 238))
    for x, s, a in cols:
        pg.text(x + (1 if a == "l" else -1), y, s, "lato-b", 7.8, align=a)
    y += 7
    gross = p["gross"]
    pg.text(16, y, "Salaire de base", "lato", 8.5)
    pg.text(119, y, f"{p['hours']:.2f}".replace(".", ","), "lato", 8.5, align="r")
    pg.text(139, y, f"{gross / p['hours']:.4f}".replace(".", ","), "lato", 8.5, align="r")
    pg.text(167, y, eur(gross), "lato", 8.5, align="r")
    y += 5
    pg.text(16, y, "SALAIRE BRUT", "lato-b", 8.8)
    pg.text(167, y, eur(gross), "lato-b", 8.8, align="r")
    y += 8
    lines = [
        ("Santé", "Sécurité sociale - Maladie Maternité Invalidité Décès", 0.0, 0.07),
        ("", "Complémentaire incapacité invalidité décès", 0.0042, 0.0058),
        ("Accidents du travail - Maladies professionnelles", "", 0.0, 0.0123),
        ("Retraite", "Sécurité sociale plafonnée", 0.069, 0.0855),
        ("", "Sécurité sociale déplafonnée", 0.004, 0.0202),
        ("", "Complémentaire Tranche 1", 0.0401, 0.0601),
        ("Famille", "", 0.0, 0.0345),
        ("Assurance chômage", "", 0.0, 0.0405),
        ("Autres contributions dues par l'employeur", "", 0.0, 0.0121),
        ("CSG déductible de l'impôt sur le revenu", "", 0.068, 0.0),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", "", 0.029, 0.0),
    ]
    tot_s = tot_e = 0.0
    csg_base = round(gross * 0.9825, 2)
    for a, b_, rs, re_ in lines:
        base = csg_base if a.startswith("CSG") else gross
        s_amt, e_amt = round(base * rs, 2), round(base * re_, 2)
        tot_s += s_amt
        tot_e += e_amt
        pg.fit(16, y, (a + (" — " + b_ if a and b_ else b_)), "lato", 8, 98)
        pg.text(119, y, eur(base), "lato", 8, align="r")
        if s_amt:
            pg.text(167, y, eur(s_amt), "lato", 8, align="r")
        if e_amt:
            pg.text(194, y, eur(e_amt), "lato", 8, align="r")
        y += 4.8
    pg.line(15, y - 2.5, 195, y - 2.5, 0.2, GREY)
    y += 2
    pg.text(16, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", "lato-b", 8.5)
    pg.text(167, y, eur(tot_s), "lato-b", 8.5, align="r")
    pg.text(194, y, eur(tot_e), "lato-b", 8.5, align="r")
    net_before = round(gross - tot_s, 2)
    taxable = round(net_before + csg_base * 0.029, 2)
    pas = round(taxable * p["pas_rate"], 2)
    net = round(net_before - pas, 2)
    y += 10
    pg.rect(15, y - 5, 180, 7, 0, fill=(240, 242, 247))
    pg.text(17, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "lato-b", 9)
    pg.text(193, y, eur(net_before), "lato-b", 9, align="r")
    y += 7
    pg.text(
        17,
        y,
        "Dont évolution de la rémunération liée à la suppression des cotisations chômage et "
        "maladie",
        "lato",
        7,
        GREY,
    )
    y += 6
    pg.text(17, y, "Montant net social", "lato", 8.5)
    pg.text(193, y, eur(net_before), "lato", 8.5, align="r")
    y += 6
    pg.text(17, y, "Net imposable", "lato", 8.5)
    pg.text(193, y, eur(taxable), "lato", 8.5, align="r")
    y += 6
    pg.text(
        17,
        y,
        f"Impôt sur le revenu prélevé à la source — taux personnalisé {p['pas_rate'] * 100:.1f} %".replace(
            ".", ","
        ),
        "lato",
        8.5,
    )
    pg.text(193, y, "- " + eur(pas), "lato", 8.5, align="r")
    y += 10
    pg.rect(110, y - 6, 85, 10, 0, fill=(40, 55, 90))
    pg.text(113, y, "NET PAYÉ", "lato-b", 10.5, (255, 255, 255))
    pg.text(192, y, eur(net), "lato-b", 10.5, (255, 255, 255), "r")
    pg.text(15, y, f"Payé le {p['paid_on']} par virement", "lato", 8.5)
    y += 12
    pg.text(15, y, f"Coût total employeur : {eur(gross + tot_e)}", "lato", 8, GREY)
    pg.text(
        15,
        280,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
        "lato",
        7,
        GREY,
    )
    p["_net"] = net
    return [pg]
