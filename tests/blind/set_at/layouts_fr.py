"""French everyday documents: bills, app screens, RIBs, lease, hosting attestation,
payslip, employment contract."""

from __future__ import annotations

import random

import common as C
from layouts_id import MOIS, d_fr

GREY = (90, 90, 90)


def d_words(iso: str) -> str:
    day = int(iso[8:10])
    return f"{'1er' if day == 1 else day} {MOIS[int(iso[5:7]) - 1]} {iso[:4]}"


def eur(v: float) -> str:
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


# -- bills ----------------------------------------------------------------------------------
def bill_free(b: dict, rng: random.Random) -> C.Page:
    """Freebox monthly invoice (modelled on real Free invoices: red logo, 'Facture n°')."""
    pg = C.Page()
    pg.text(15, 22, "free", "sans-b", 30, (205, 30, 40))
    pg.text(15, 29, "Free - 16 rue de la Ville-l'Évêque - 75008 Paris", "sans", 7, GREY)
    pg.text(15, 33, "SAS au capital de 3 441 812 € - RCS Paris 421 938 861", "sans", 7, GREY)
    pg.text(195, 20, "Facture", "sans-b", 16, (0, 0, 0), "r")
    pg.text(195, 27, "N° " + b["number"], "sans", 9, (0, 0, 0), "r")
    pg.text(195, 32, "du " + d_fr(b["issue"]), "sans", 9, (0, 0, 0), "r")
    pg.text(120, 50, b["holder_print"], "sans-b", 10.5)
    pg.text(120, 55.5, b["addr1"], "sans", 10)
    pg.text(120, 61, b["addr2"], "sans", 10)
    pg.rect(15, 48, 85, 22, (200, 200, 200), (247, 247, 247), 0.2)
    pg.text(18, 54, "Identifiant : " + b["login"], "sans", 8.5)
    pg.text(18, 59, "Ligne : " + b["line"], "sans", 8.5)
    pg.text(18, 64, "Offre : " + b["offer"], "sans", 8.5)
    pg.text(15, 84, "Détail de votre facture", "sans-b", 12, (205, 30, 40))
    pg.line(15, 86.5, 195, 86.5, (205, 30, 40), 0.5)
    y = 95
    ht = round(b["amount"] / 1.2, 2)
    rows = [
        (f"Abonnement {b['offer']} du {d_fr(b['start'])} au {d_fr(b['end'])}", b["base"]),
        ("Options et services", round(b["amount"] - b["base"], 2)),
    ]
    for lab, v in rows:
        pg.text(18, y, lab, "sans", 9.5)
        pg.text(192, y, eur(v), "sans", 9.5, (0, 0, 0), "r")
        y += 7
    pg.line(120, y, 195, y, GREY, 0.2)
    pg.text(150, y + 6, "Total HT", "sans", 9)
    pg.text(192, y + 6, eur(ht), "sans", 9, (0, 0, 0), "r")
    pg.text(150, y + 12, "TVA 20 %", "sans", 9)
    pg.text(192, y + 12, eur(round(b["amount"] - ht, 2)), "sans", 9, (0, 0, 0), "r")
    pg.rect(120, y + 16, 75, 10, None, (205, 30, 40))
    pg.text(123, y + 22.5, "Total TTC", "sans-b", 10.5, (255, 255, 255))
    pg.text(192, y + 22.5, eur(b["amount"]), "sans-b", 10.5, (255, 255, 255), "r")
    pg.para(
        15,
        y + 40,
        180,
        f"Ce montant sera prélevé sur votre compte le "
        f"{d_fr(b['debit'])}. Facture à conserver. Pour toute question : "
        "assistance 3244 (service gratuit + prix appel) ou sur votre Espace Abonné.",
        "sans",
        8.5,
        4,
    )
    pg.text(105, 285, "Free - Service Abonnés - 75371 Paris Cedex 08", "sans", 7, GREY, "c")
    return pg


def bill_total(b: dict, rng: random.Random) -> C.Page:
    """TotalEnergies monthly electricity bill (red/orange accent, summary box)."""
    pg = C.Page()
    red = (237, 28, 36)
    pg.rect(15, 12, 9, 9, None, red)
    pg.text(27, 19.5, "TotalEnergies", "lato-b", 16, (0, 80, 160))
    pg.text(195, 16, "Facture d'électricité", "lato-b", 12, (0, 0, 0), "r")
    pg.text(195, 22, "N° " + b["number"] + " du " + d_fr(b["issue"]), "lato", 9, GREY, "r")
    pg.text(15, 36, "Titulaire du contrat", "lato", 8, GREY)
    pg.text(15, 41, b["holder_print"], "lato-b", 10)
    pg.text(15, 46, b["addr1"], "lato", 9.5)
    pg.text(15, 51, b["addr2"], "lato", 9.5)
    pg.text(15, 58, "Réf. client : " + b["login"] + "   PDL : " + b["line"], "lato", 8, GREY)
    pg.text(120, 42, b["holder_print"], "lato", 10)
    pg.text(120, 47, b["addr1"], "lato", 10)
    pg.text(120, 52, b["addr2"], "lato", 10)
    pg.rect(15, 66, 180, 30, None, (255, 240, 232))
    pg.text(20, 75, "Montant de votre facture", "lato-b", 11)
    pg.text(190, 77, eur(b["amount"]), "lato-b", 20, red, "r")
    pg.text(20, 83, f"Période de consommation du {d_fr(b['start'])} au {d_fr(b['end'])}", "lato", 9)
    pg.text(20, 89, f"Prélevé le {d_fr(b['debit'])}", "lato", 9)
    pg.text(15, 108, "Détail", "lato-b", 11, (0, 80, 160))
    y = 116
    kwh = b["kwh"]
    rows = [
        ("Abonnement Offre Essentielle 6 kVA (1 mois)", b["base"]),
        (f"Consommation base : {kwh} kWh x 0,2016 €", round(kwh * 0.2016, 2)),
        (
            "Taxes et contributions (accise, CTA, TVA)",
            round(b["amount"] - b["base"] - round(kwh * 0.2016, 2), 2),
        ),
    ]
    for lab, v in rows:
        pg.text(18, y, lab, "lato", 9.5)
        pg.text(192, y, eur(v), "lato", 9.5, (0, 0, 0), "r")
        pg.line(15, y + 2.5, 195, y + 2.5, (225, 225, 225), 0.2)
        y += 8
    pg.text(
        15,
        282,
        "TotalEnergies Électricité et Gaz France - SA - 2 bis rue Louis Armand "
        "75015 Paris - RCS Nanterre 542 034 921",
        "lato",
        6.5,
        GREY,
    )
    return pg


def bill_app_screenshot(b: dict, rng: random.Random) -> C.Page:
    """Free 'Espace Abonné' app screen showing one invoice, 1170x2532 screenshot."""
    pg = C.Page(99.06, 214.38, bg=(246, 246, 248))
    pg.text(6, 5, "09:41", "roboto-b", 7.5)
    pg.text(93, 5, "4G  82%", "roboto", 6.5, (0, 0, 0), "r")
    pg.rect(0, 9, 99.06, 14, None, (205, 30, 40))
    pg.text(6, 18.5, "‹", "roboto-b", 14, (255, 255, 255))
    pg.text(49.5, 18, "Mes factures", "roboto-m", 10, (255, 255, 255), "c")
    pg.rect(5, 28, 89, 70, None, (255, 255, 255))
    pg.text(10, 37, "Facture du " + d_words(b["issue"]), "roboto-b", 9)
    pg.text(10, 44, "N° " + b["number"], "roboto", 7, GREY)
    pg.text(10, 58, eur(b["amount"]), "roboto-b", 20, (205, 30, 40))
    pg.text(10, 67, f"Période du {d_fr(b['start'])} au {d_fr(b['end'])}", "roboto", 7.5)
    pg.text(10, 74, "Titulaire : " + b["holder_print"], "roboto", 7.5)
    pg.text(10, 80, b["addr1"] + ", " + b["addr2"], "roboto", 7)
    pg.text(10, 87, "Prélèvement le " + d_fr(b["debit"]), "roboto", 7.5)
    pg.text(10, 93, "Offre : " + b["offer"], "roboto", 7.5)
    pg.rect(5, 104, 89, 13, None, (205, 30, 40))
    pg.text(49.5, 112, "Télécharger la facture (PDF)", "roboto-m", 8, (255, 255, 255), "c")
    for i, m in enumerate(b.get("history", [])):
        y = 128 + i * 13
        pg.rect(5, y, 89, 11, None, (255, 255, 255))
        pg.text(10, y + 7, m[0], "roboto", 7.5)
        pg.text(89, y + 7, m[1], "roboto-m", 7.5, (0, 0, 0), "r")
    pg.rect(0, 198, 99.06, 16.4, None, (255, 255, 255))
    for i, s in enumerate(("Accueil", "Factures", "Assistance", "Compte")):
        pg.text(12 + i * 25, 208, s, "roboto", 6, (205, 30, 40) if i == 1 else GREY, "c")
    return pg


# -- RIBs ------------------------------------------------------------------------------------
def rib_bnp(r: dict, rng: random.Random) -> C.Page:
    pg = C.Page()
    green = (0, 145, 90)
    pg.text(15, 22, "BNP PARIBAS", "sans-b", 16, green)
    pg.text(15, 27, "La banque d'un monde qui change", "sans-i", 8, GREY)
    pg.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 13, (0, 0, 0), "c")
    pg.rect(15, 55, 180, 62, (0, 0, 0), None, 0.3)
    pg.text(20, 63, "Titulaire du compte", "sans", 8, GREY)
    pg.text(20, 69, r["holder_print"], "sans-b", 10.5)
    pg.text(20, 74.5, r["addr1"], "sans", 9.5)
    pg.text(20, 79.5, r["addr2"], "sans", 9.5)
    pg.text(120, 63, "Domiciliation", "sans", 8, GREY)
    pg.text(120, 69, r["agency"], "sans", 9.5)
    cols = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    x = 20
    for lab, v in cols:
        pg.text(x, 89, lab, "sans", 7.5, GREY)
        pg.text(x, 95, v, "mono", 10.5)
        x += 40 if lab != "N° de compte" else 48
    pg.text(20, 105, "IBAN", "sans", 7.5, GREY)
    pg.text(20, 111, C.group4(r["iban"]), "mono", 11)
    pg.text(150, 105, "BIC", "sans", 7.5, GREY)
    pg.text(150, 111, r["bic"], "mono", 11)
    pg.para(
        15,
        130,
        180,
        "Ce relevé est destiné à être remis, sur leur demande, à vos "
        "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
        "(virements, prélèvements, etc.).",
        "sans",
        7.5,
        3.5,
        GREY,
    )
    return pg


def rib_lbp(r: dict, rng: random.Random) -> C.Page:
    pg = C.Page()
    yellow, blue = (255, 204, 0), (0, 50, 120)
    pg.rect(15, 12, 12, 12, None, yellow)
    pg.text(30, 21, "LA BANQUE POSTALE", "open-b", 14, blue)
    pg.text(15, 38, "Relevé d'Identité Bancaire", "open-b", 12, blue)
    pg.text(15, 48, "Intitulé du compte :", "open", 8.5, GREY)
    pg.text(60, 48, r["holder_print"], "open-b", 10)
    pg.text(60, 53, r["addr1"], "open", 9)
    pg.text(60, 58, r["addr2"], "open", 9)
    pg.rect(15, 66, 180, 16, (150, 150, 150), (248, 248, 242), 0.2)
    heads = [
        ("Établissement", r["bank"]),
        ("Guichet", r["branch"]),
        ("N° compte", r["account"]),
        ("Clé", r["key"]),
    ]
    for i, (h, v) in enumerate(heads):
        pg.text(20 + i * 45, 71, h, "open", 7.5, GREY)
        pg.text(20 + i * 45, 78, v, "mono", 10.5)
    pg.text(15, 92, "IBAN (International Bank Account Number)", "open", 7.5, GREY)
    pg.text(15, 98, C.group4(r["iban"]), "mono", 11)
    pg.text(15, 107, "BIC (Bank Identifier Code)", "open", 7.5, GREY)
    pg.text(15, 113, r["bic"], "mono", 11)
    pg.text(120, 92, "Domiciliation", "open", 7.5, GREY)
    pg.text(120, 98, r["agency"], "open", 9)
    pg.text(
        15,
        282,
        "La Banque Postale - SA à Directoire et Conseil de Surveillance - "
        "115 rue de Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645",
        "open",
        6.5,
        GREY,
    )
    return pg


def rib_ca(r: dict, rng: random.Random) -> C.Page:
    pg = C.Page()
    teal = (0, 110, 100)
    pg.text(15, 20, "CRÉDIT AGRICOLE", "carlito-b", 15, teal)
    pg.text(15, 26, r["caisse"], "carlito", 9.5, GREY)
    pg.text(195, 20, "RIB", "carlito-b", 18, teal, "r")
    pg.text(195, 26, "Relevé d'identité bancaire", "carlito", 9, GREY, "r")
    pg.line(15, 31, 195, 31, teal, 0.6)
    pg.text(15, 42, "Titulaire(s)", "carlito", 9, GREY)
    pg.text(45, 42, r["holder_print"], "carlito-b", 11)
    pg.text(45, 47.5, r["addr1"], "carlito", 10)
    pg.text(45, 53, r["addr2"], "carlito", 10)
    pg.text(15, 66, "Identifiant national de compte bancaire - RIB", "carlito-b", 9.5)
    x = 15
    for lab, v, w in (
        ("Banque", r["bank"], 30),
        ("Guichet", r["branch"], 30),
        ("N° compte", r["account"], 55),
        ("Clé", r["key"], 20),
    ):
        pg.rect(x, 69, w, 14, (120, 120, 120), None, 0.2)
        pg.text(x + 2, 73, lab, "carlito", 7.5, GREY)
        pg.text(x + 2, 80, v, "mono", 10.5)
        x += w
    pg.text(15, 93, "Identifiant international de compte bancaire", "carlito-b", 9.5)
    pg.text(15, 100, "IBAN", "carlito", 8.5, GREY)
    pg.text(30, 100, C.group4(r["iban"]), "mono", 11)
    pg.text(15, 107, "BIC", "carlito", 8.5, GREY)
    pg.text(30, 107, r["bic"], "mono", 11)
    pg.text(15, 118, "Domiciliation : " + r["agency"], "carlito", 9)
    return pg


def revolut_screen(r: dict, rng: random.Random) -> C.Page:
    pg = C.Page(99.06, 214.38, bg=(255, 255, 255))
    pg.text(6, 5, "14:07", "roboto-b", 7.5)
    pg.text(93, 5, "5G  64%", "roboto", 6.5, (0, 0, 0), "r")
    pg.text(6, 18, "←", "roboto", 12)
    pg.text(49.5, 18, "Coordonnées du compte", "roboto-m", 9.5, (0, 0, 0), "c")
    pg.rect(6, 25, 87, 9, None, (240, 240, 245))
    pg.rect(7, 26, 42.5, 7, None, (255, 255, 255))
    pg.text(28, 31, "EUR · IBAN", "roboto-m", 7.5, (0, 0, 0), "c")
    pg.text(71, 31, "Local", "roboto", 7.5, GREY, "c")
    rows = [
        ("Bénéficiaire", r["holder_print"]),
        ("IBAN", C.group4(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", "Revolut Bank UAB"),
        ("Adresse de la banque", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
    ]
    y = 45
    for lab, v in rows:
        pg.text(8, y, lab, "roboto", 7, GREY)
        pg.para(8, y + 5.5, 75, v, "roboto-m", 8.5 if lab != "IBAN" else 8.2, 4.2)
        pg.text(90, y + 4, "⧉", "dejavu", 8, (0, 100, 230), "r")
        pg.line(8, y + 12, 92, y + 12, (235, 235, 235), 0.2)
        y += 17
    pg.rect(6, y + 6, 87, 12, None, (0, 100, 230))
    pg.text(49.5, y + 13.8, "Partager les coordonnées", "roboto-m", 8.5, (255, 255, 255), "c")
    pg.para(
        8,
        y + 28,
        84,
        "Utilisez ces coordonnées pour recevoir des virements SEPA en euros et des prélèvements.",
        "roboto",
        6.8,
        3.4,
        GREY,
    )
    return pg
