"""French everyday documents: bills, RIBs, a bank-app screenshot, payslips."""

from __future__ import annotations

import random

from sheet import Sheet

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def d_fr(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def d_words(iso: str) -> str:
    return f"{int(iso[8:10])} {MOIS[int(iso[5:7]) - 1]} {iso[0:4]}"


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def iban_fr(bank: str, branch: str, account: str) -> str:
    bban = bank + branch + account + rib_key(bank, branch, account)
    num = int(bban + "1527" + "00")  # F=15 R=27
    return f"FR{98 - num % 97:02d}{bban}"


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def siret(rng: random.Random) -> str:
    """14-digit SIRET passing the Luhn check."""
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(14))
        total = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0 and s[0] != "0":
            return s


# --------------------------------------------------------------------------------- bills
def bill_totalenergies(b: dict, rng: random.Random) -> Sheet:
    """TotalEnergies monthly electricity bill (facturation mensuelle, Linky)."""
    sh = Sheet()
    red, blue, grey = (237, 28, 36), (0, 84, 166), (90, 90, 90)
    sh.rect(15, 12, 9, 9, stroke=None, fill=red)
    sh.rect(19, 16, 9, 9, stroke=None, fill=blue)
    sh.text(32, 20, "TotalEnergies", "robotob", 16, (40, 40, 40))
    sh.text(32, 25, "Électricité et Gaz France", "roboto", 8, grey)
    sh.text(195, 18, "FACTURE", "robotob", 14, red, "r")
    sh.text(195, 24, f"du {d_fr(b['issue'])}", "roboto", 9, anchor="r")
    sh.text(195, 29, f"N° {b['number']}", "roboto", 8, grey, "r")
    sh.text(15, 40, "Titulaire du contrat", "robotob", 8.5, grey)
    sh.text(15, 45, b["holder_print"], "roboto", 10)
    for i, ln in enumerate(b["addr_lines"]):
        sh.text(15, 50 + i * 4.5, ln, "roboto", 9.5)
    sh.text(115, 45, b["holder_print"], "robotob", 11)
    for i, ln in enumerate(b["addr_lines"]):
        sh.text(115, 50.5 + i * 5, ln, "roboto", 10.5)
    sh.rect(15, 72, 180, 24, stroke=None, fill=(243, 246, 250))
    sh.text(20, 79, "Votre référence client", "roboto", 8, grey)
    sh.text(20, 84, b["client_ref"], "robotob", 9.5)
    sh.text(80, 79, "Votre contrat", "roboto", 8, grey)
    sh.text(80, 84, "Offre Essentielle Électricité - Option Base", "robotob", 9)
    sh.text(20, 91, f"PDL (point de livraison) : {b['pdl']}", "roboto", 8)
    sh.text(120, 91, "Puissance souscrite : 6 kVA", "roboto", 8)
    sh.text(15, 108, "Facture mensuelle de votre consommation réelle", "robotob", 11, blue)
    sh.text(15, 114, f"Période de consommation du {d_fr(b['start'])} au {d_fr(b['end'])}",
            "roboto", 9.5)  # fmt: skip
    rows = [
        ("Abonnement (1 mois)", b["abo"]),
        (f"Consommation {b['kwh']} kWh x 0,2016 €", b["conso"]),
        ("Acheminement (TURPE)", b["turpe"]),
        ("Accise sur l'électricité", b["accise"]),
        ("TVA", b["tva"]),
    ]
    y = 126
    for lab, v in rows:
        sh.text(18, y, lab, "roboto", 9.5)
        sh.text(192, y, eur(v), "roboto", 9.5, anchor="r")
        sh.line(15, y + 2.5, 195, y + 2.5, (220, 220, 220), 0.2)
        y += 8
    sh.rect(15, y, 180, 12, stroke=None, fill=red)
    sh.text(20, y + 8, "MONTANT TOTAL TTC À PAYER", "robotob", 11, (255, 255, 255))
    sh.text(190, y + 8, eur(b["amount"]), "robotob", 12, (255, 255, 255), "r")
    sh.text(15, y + 22, f"Prélevé le {d_fr(b['debit'])} sur votre compte se terminant par "
            f"{b['acct_end']}.", "roboto", 9)  # fmt: skip
    sh.text(15, 270, "TotalEnergies Électricité et Gaz France - SA au capital de 14 377 320 € - "
            "RCS Nanterre 542 034 921", "roboto", 6.5, grey)  # fmt: skip
    sh.text(15, 274, "Service client : 09 69 36 45 15 (appel non surtaxé) - "
            "totalenergies.fr/particuliers", "roboto", 6.5, grey)  # fmt: skip
    sh.text(195, 286, "1/1", "roboto", 7, grey, "r")
    return sh


def bill_bouygues(b: dict, rng: random.Random) -> Sheet:
    """Bouygues Telecom mobile bill (forfait), calendar month."""
    sh = Sheet()
    navy, cyan, grey = (0, 51, 102), (0, 153, 204), (100, 100, 100)
    sh.rect(0, 0, 210, 30, stroke=None, fill=navy)
    sh.text(15, 17, "BOUYGUES", "latob", 18, (255, 255, 255))
    sh.text(15, 23.5, "TELECOM", "lato", 10, (160, 210, 240))
    sh.text(195, 15, "Votre facture", "latob", 13, (255, 255, 255), "r")
    sh.text(195, 21.5, MOIS[int(b["start"][5:7]) - 1].capitalize() + " " + b["start"][:4],
            "lato", 11, (255, 255, 255), "r")  # fmt: skip
    sh.text(15, 42, "Facture n°", "lato", 8.5, grey)
    sh.text(45, 42, b["number"], "latob", 8.5)
    sh.text(15, 47, "Date de facture", "lato", 8.5, grey)
    sh.text(45, 47, d_fr(b["issue"]), "latob", 8.5)
    sh.text(15, 52, "N° de compte", "lato", 8.5, grey)
    sh.text(45, 52, b["client_ref"], "latob", 8.5)
    sh.text(15, 57, "Ligne", "lato", 8.5, grey)
    sh.text(45, 57, b["line"], "latob", 8.5)
    sh.text(118, 44, b["holder_print"], "latob", 10.5)
    for i, ln in enumerate(b["addr_lines"]):
        sh.text(118, 49.5 + i * 5, ln, "lato", 10)
    sh.rect(15, 70, 180, 22, stroke=cyan, fill=(235, 247, 252), width=0.4)
    sh.text(20, 79, "Montant à payer", "latob", 12, navy)
    sh.text(190, 80, eur(b["amount"]), "latob", 17, navy, "r")
    sh.text(20, 87, f"Prélevé à partir du {d_fr(b['debit'])}", "lato", 9, grey)
    sh.text(15, 104, "Détail de votre facture", "latob", 11, navy)
    sh.text(15, 110, f"Période du {d_fr(b['start'])} au {d_fr(b['end'])}", "lato", 9.5)
    rows = [
        (f"Forfait {b['plan']}", b["abo"]),
        ("Communications hors forfait", 0.0),
        ("Services et options", b["opt"]),
    ]
    y = 122
    for lab, v in rows:
        sh.text(18, y, lab, "lato", 9.5)
        sh.text(192, y, eur(v), "lato", 9.5, anchor="r")
        sh.line(15, y + 2.5, 195, y + 2.5, (215, 225, 235), 0.2)
        y += 8
    sh.text(18, y + 2, "Total TTC (dont TVA 20 %)", "latob", 10)
    sh.text(192, y + 2, eur(b["amount"]), "latob", 10, anchor="r")
    sh.text(15, 272, "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS "
            "Paris - 37-39 rue Boissière 75116 Paris", "lato", 6.5, grey)  # fmt: skip
    sh.text(195, 286, "Page 1/2", "lato", 7, grey, "r")
    return sh


# ----------------------------------------------------------------------------------- RIB
BANKS = {
    "sg": ("SOCIETE GENERALE", "30003", "SOGEFRPP", (230, 0, 40)),
    "lbp": ("LA BANQUE POSTALE", "20041", "PSSTFRPPLYO", (0, 60, 130)),
    "ca": ("CREDIT AGRICOLE CENTRE-EST", "17806", "AGRIFRPP878", (0, 115, 100)),
    "bourso": ("BoursoBank", "40618", "BOUSFRPPXXX", (210, 0, 110)),
    "cic": ("CIC", "30066", "CMCIFRPP", (0, 70, 140)),
}


def rib_sheet(r: dict, rng: random.Random) -> Sheet:
    """Classic French RIB: bank header, holder, domiciliation, RIB grid, IBAN, BIC."""
    name, bank, bic, col = BANKS[r["bank"]]
    sh = Sheet()
    sh.rect(15, 15, 180, 16, stroke=None, fill=col)
    sh.text(20, 26, name, "sansb", 14, (255, 255, 255))
    sh.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 13, anchor="c")
    sh.text(20, 58, "Titulaire du compte", "sans", 8.5, (100, 100, 100))
    sh.text(20, 64, r["holder_print"], "sansb", 10.5)
    for i, ln in enumerate(r["addr_lines"]):
        sh.text(20, 69 + i * 4.8, ln, "sans", 10)
    sh.text(120, 58, "Domiciliation", "sans", 8.5, (100, 100, 100))
    sh.text(120, 64, r["agency"], "sansb", 10)
    for i, ln in enumerate(r["agency_addr"]):
        sh.text(120, 69 + i * 4.8, ln, "sans", 9.5)
    y = 90
    cols = [("Code banque", bank, 20), ("Code guichet", r["branch"], 60),
            ("N° de compte", r["account"], 100), ("Clé RIB", r["key"], 160)]  # fmt: skip
    sh.rect(15, y - 6, 180, 18, stroke=(150, 150, 150), width=0.3)
    for lab, v, x in cols:
        sh.text(x, y, lab, "sans", 8, (100, 100, 100))
        sh.text(x, y + 7, v, "mono", 11)
    y += 22
    sh.text(20, y, "IBAN (International Bank Account Number)", "sans", 8, (100, 100, 100))
    sh.text(20, y + 7, iban_groups(r["iban"]), "mono", 12)
    sh.text(20, y + 18, "BIC (Bank Identifier Code)", "sans", 8, (100, 100, 100))
    sh.text(20, y + 25, bic, "mono", 12)
    sh.para(15, 160, "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
            "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements, etc.). Son utilisation vous garantit le bon enregistrement des "
            "opérations en cause.", 180, "sans", 8, color=(90, 90, 90))  # fmt: skip
    return sh


def bank_screenshot(r: dict, rng: random.Random) -> Sheet:
    """BoursoBank app 'RIB / IBAN' screen, iPhone 1170x2532 at 10 px/mm."""
    _, bank, bic, col = BANKS[r["bank"]]
    sh = Sheet(117, 253.2, bg=(246, 246, 250))
    sh.text(8, 9, r["clock"], "robotob", 9.5)
    sh.rect(96, 5.5, 9, 4, stroke=(0, 0, 0), fill=None, width=0.3)
    sh.rect(96.6, 6.1, 6.5, 2.8, stroke=None, fill=(0, 0, 0))
    sh.text(58.5, 26, "RIB / IBAN", "robotob", 12, anchor="c")
    sh.text(8, 26, "‹", "robotob", 18, col)
    sh.rect(6, 36, 105, 44, stroke=None, fill=(255, 255, 255))
    sh.text(11, 45, "Compte bancaire", "robotom", 9.5)
    sh.text(11, 51, r["acct_label"], "roboto", 8, (120, 120, 120))
    sh.text(106, 45, eur(r["balance"]), "robotob", 9.5, anchor="r")
    sh.text(11, 62, "Titulaire", "roboto", 7.5, (120, 120, 120))
    sh.text(11, 68, r["holder_print"], "robotom", 9)
    sh.rect(6, 86, 105, 92, stroke=None, fill=(255, 255, 255))
    y = 96
    items = [("IBAN", iban_groups(r["iban"])), ("BIC", bic), ("Code banque", bank),
             ("Code guichet", r["branch"]), ("Numéro de compte", r["account"]),
             ("Clé RIB", r["key"])]  # fmt: skip
    for lab, v in items:
        sh.text(11, y, lab, "roboto", 7.5, (120, 120, 120))
        sh.text(11, y + 6, v, "robotom", 8.6 if lab == "IBAN" else 9.5)
        sh.line(11, y + 9.5, 106, y + 9.5, (232, 232, 236), 0.25)
        y += 14
    sh.rect(6, 188, 105, 13, stroke=None, fill=col)
    sh.text(58.5, 196.5, "Partager mon RIB", "robotob", 10, (255, 255, 255), "c")
    sh.rect(6, 206, 105, 13, stroke=col, fill=(255, 255, 255), width=0.4)
    sh.text(58.5, 214.5, "Télécharger le RIB (PDF)", "robotob", 10, col, "c")
    sh.rect(0, 232, 117, 21.2, stroke=None, fill=(255, 255, 255))
    for i, lab in enumerate(["Accueil", "Comptes", "Virements", "Bourse", "Plus"]):
        sh.text(12 + i * 23, 245, lab, "roboto", 6.5, col if i == 1 else (130, 130, 130), "c")
    sh.rect(39, 249.5, 39, 1.4, stroke=None, fill=(0, 0, 0))
    return sh


# ------------------------------------------------------------------------------ payslip
def payslip(p: dict, rng: random.Random) -> Sheet:
    """Bulletin de paie clarifié (modèle 2018+)."""
    sh = Sheet()
    g = (110, 110, 110)
    sh.text(15, 18, p["employer"], "carlitob", 13)
    for i, ln in enumerate(p["emp_addr"]):
        sh.text(15, 23 + i * 4.3, ln, "carlito", 9)
    sh.text(15, 36, f"SIRET : {p['siret']}    Code NAF : {p['naf']}", "carlito", 8.5)
    sh.text(15, 40.5, f"Convention collective : {p['ccn']}", "carlito", 8.5)
    sh.text(195, 18, "BULLETIN DE PAIE", "carlitob", 14, anchor="r")
    sh.text(195, 24, f"Période du {d_fr(p['start'])} au {d_fr(p['end'])}", "carlito", 9.5,
            anchor="r")  # fmt: skip
    sh.text(195, 29, f"Paiement le {d_fr(p['paid'])} par virement", "carlito", 9, anchor="r")
    sh.rect(112, 46, 83, 28, stroke=(160, 160, 160), width=0.3)
    sh.text(116, 53, p["employee_print"], "carlitob", 11)
    for i, ln in enumerate(p["addr_lines"]):
        sh.text(116, 58.5 + i * 4.6, ln, "carlito", 10)
    info = [("Emploi", p["job"]), ("Statut", p["status"]), ("Date d'entrée", d_fr(p["entry"])),
            ("N° de sécurité sociale", p.get("nir_print", "en cours")),
            ("Matricule", p["matricule"])]  # fmt: skip
    for i, (lab, v) in enumerate(info):
        sh.text(15, 52 + i * 4.8, lab + " :", "carlito", 8.8, g)
        sh.text(52, 52 + i * 4.8, v, "carlito", 8.8)
    y = 84
    sh.rect(15, y, 180, 6, stroke=None, fill=(225, 230, 238))
    for x, h in ((17, "Éléments de paie"), (118, "Base"), (142, "Taux"), (170, "À déduire"),
                 (193, "À payer")):  # fmt: skip
        sh.text(x, y + 4.2, h, "carlitob", 8.5, anchor="r" if x > 150 else "l")
    gross = p["gross"]
    y += 12
    sh.text(17, y, "Salaire de base", "carlito", 9)
    sh.text(118, y, "151,67", "carlito", 9)
    sh.text(193, y, eur(gross), "carlito", 9, anchor="r")
    y += 6
    sh.text(17, y, "SALAIRE BRUT", "carlitob", 9.5)
    sh.text(193, y, eur(gross), "carlitob", 9.5, anchor="r")
    y += 8
    lines = [("Santé - Sécurité sociale, mutuelle, prévoyance", 0.012),
             ("Accidents du travail - maladies professionnelles", 0.0),
             ("Retraite - Sécurité sociale plafonnée", 0.069),
             ("Retraite - Sécurité sociale déplafonnée", 0.004),
             ("Retraite complémentaire Tranche 1", 0.0401),
             ("Famille", 0.0), ("Assurance chômage", 0.0),
             ("Autres contributions dues par l'employeur", 0.0),
             ("CSG déductible de l'impôt sur le revenu", 0.068),
             ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.029)]  # fmt: skip
    total = 0.0
    for lab, rate in lines:
        sh.text(17, y, lab, "carlito", 8.6)
        base = gross * 0.9825 if "CSG" in lab else gross
        sh.text(118, y, f"{base:.2f}".replace(".", ","), "carlito", 8.6)
        if rate:
            amt = round(base * rate, 2)
            total += amt
            sh.text(142, y, f"{rate * 100:.2f}".replace(".", ","), "carlito", 8.6)
            sh.text(170, y, eur(amt), "carlito", 8.6, anchor="r")
        y += 5.4
    y += 2
    sh.line(15, y, 195, y, (150, 150, 150), 0.3)
    y += 6
    sh.text(17, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", "carlitob", 9)
    sh.text(170, y, eur(total), "carlitob", 9, anchor="r")
    net_before = round(gross - total, 2)
    y += 10
    sh.rect(15, y - 5, 180, 8, stroke=None, fill=(238, 240, 244))
    sh.text(17, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "carlitob", 10)
    sh.text(193, y, eur(net_before), "carlitob", 10, anchor="r")
    y += 9
    tax = round(net_before * p["pas_rate"], 2)
    sh.text(17, y, f"Impôt sur le revenu prélevé à la source (taux {p['pas_rate'] * 100:.1f} %)"
            .replace(".", ","), "carlito", 9)  # fmt: skip
    sh.text(170, y, eur(tax), "carlito", 9, anchor="r")
    net = round(net_before - tax, 2)
    y += 10
    sh.rect(15, y - 6, 180, 10, stroke=(0, 0, 0), fill=(255, 255, 255), width=0.4)
    sh.text(17, y, "NET PAYÉ", "carlitob", 12)
    sh.text(193, y, eur(net), "carlitob", 12, anchor="r")
    y += 10
    sh.text(17, y, f"Montant net social : {eur(round(gross * 0.78, 2))}", "carlito", 8.5)
    sh.text(17, y + 4.5, f"Total versé par l'employeur : {eur(round(gross * 1.42, 2))}",
            "carlito", 8.5)  # fmt: skip
    sh.para(15, 280, "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
            "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
            "sur le portail www.service-public.fr", 180, "carlito", 7, color=g)  # fmt: skip
    p["net_pay"] = net
    return sh
