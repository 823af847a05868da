"""Bills (Orange, Free, SFR), RIBs (Société Générale, BNP Paribas, BoursoBank), a payslip."""

from __future__ import annotations

from bq_art import datamatrix_like
from bq_common import BLACK, Pg, d_fr, euro, group4, new_pdf, rgb

MOIS_CAP = [
    "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre",
    "Octobre", "Novembre", "Décembre",
]  # fmt: skip


def _d_long(d):
    return f"{d.day:02d} {MOIS_CAP[d.month - 1]} {d.year}"


# ----------------------------------------------------------------------------- bills


def orange_bill_pdf(b, rng) -> bytes:
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    orange = rgb("ff7900")
    pg.rect(14, 12, 16, 16, stroke=None, fill=orange)
    pg.text(15.5, 26.2, "orange", "Sans-B", 6.5, rgb("ffffff"))
    pg.text(36, 19, "Votre facture", "Sans-B", 16)
    pg.text(36, 25.5, f"du {d_fr(b['issue'])}", "Sans", 11)
    pg.text(196, 16, "orange.fr", "Sans-B", 9, orange, "r")
    y = 38
    for lab, val in (("N° client", b["client"]), ("N° de facture", b["no"]),
                     ("Offre", "Livebox Fibre"), ("Ligne fixe", b["line"])):  # fmt: skip
        pg.text(14, y, lab, "Sans", 8.6, rgb("555555"))
        pg.text(45, y, val, "Sans-B", 8.6)
        y += 5
    pg.text(118, 42, b["holder_print"], "Sans", 10)
    pg.text(118, 47, b["addr1"], "Sans", 10)
    pg.text(118, 52, b["addr2"], "Sans", 10)
    pg.rect(14, 66, 182, 22, stroke=None, fill=rgb("f2f2f2"))
    pg.text(18, 74, "Montant total TTC", "Sans-B", 11)
    pg.text(192, 75, euro(b["amount"]) + " €", "Sans-B", 18, orange, "r")
    pg.text(18, 82, f"sera prélevé sur votre compte à partir du {d_fr(b['debit'])}", "Sans", 9)
    pg.text(14, 100, "Détail de votre facture", "Sans-B", 12)
    pg.line(14, 102.5, 196, 102.5, 1.2, orange)
    rows = [
        (f"Abonnement Livebox Fibre du {d_fr(b['start'])} au {d_fr(b['end'])}", b["sub"]),
        ("Option TV — décodeur TV UHD", 5.0),
        ("Communications hors forfait", b["amount"] - b["sub"] - 5.0),
    ]
    y = 110
    for lab, v in rows:
        pg.text(16, y, lab, "Sans", 9.5)
        pg.text(192, y, euro(v) + " €", "Sans", 9.5, BLACK, "r")
        y += 6.5
    pg.line(14, y - 2, 196, y - 2, 0.4)
    pg.text(16, y + 3, "Total TTC", "Sans-B", 10)
    pg.text(192, y + 3, euro(b["amount"]) + " €", "Sans-B", 10, BLACK, "r")
    pg.text(16, y + 9, f"dont TVA 20 % : {euro(b['amount'] / 6)} €", "Sans", 8.5, rgb("555555"))
    y += 22
    pg.text(14, y, "Titulaire du contrat", "Sans-B", 9.5)
    pg.text(14, y + 5, b["holder_print"], "Sans", 9.5)
    pg.text(14, y + 10, f"Adresse d'installation : {b['addr1']}, {b['addr2']}", "Sans", 9.5)
    y += 22
    pg.text(14, y, "Vos consommations", "Sans-B", 11)
    pg.line(14, y + 2.5, 196, y + 2.5, 0.8, orange)
    cons = [("Appels vers fixes en France métropolitaine", "illimités", "inclus"),
            ("Appels vers mobiles en France métropolitaine", "3 h 12 min", "inclus"),
            ("Appels vers l'international (Côte d'Ivoire)", "14 min",
             euro(b["amount"] - b["sub"] - 5.0) + " €"),
            ("Internet fibre — débit jusqu'à 2 Gbit/s", "illimité", "inclus")]  # fmt: skip
    y += 9
    for lab, q, v in cons:
        pg.text(16, y, lab, "Sans", 9)
        pg.text(150, y, q, "Sans", 9, BLACK, "r")
        pg.text(192, y, v, "Sans", 9, BLACK, "r")
        y += 5.5
    pg.rect(14, y + 4, 150, 18, lw=0.4, stroke=orange)
    pg.text(17, y + 10, "Infos pratiques", "Sans-B", 9, orange)
    pg.para(
        17,
        y + 15,
        144,
        "Gérez votre offre, vos factures et vos options depuis "
        "l'application Mon Compte Orange ou sur orange.fr > Espace client.",
        "Sans",
        8,
        3.6,
    )
    pg.para(14, 250, 182, "Orange SA au capital de 10 640 226 396 € — 111 quai du Président "
            "Roosevelt 92130 Issy-les-Moulineaux — 380 129 866 RCS Nanterre. Service client : "
            "3900 (service gratuit + prix appel). Espace client : orange.fr > Espace client.",
            "Sans", 7, 3.2)  # fmt: skip
    datamatrix_like(pg, 176, 228, 18, rng)
    c.showPage()
    c.save()
    return buf.getvalue()


def free_bill_pdf(b, rng) -> bytes:
    """Freebox bill, page 1 in the layout of the real Free invoice."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    red = rgb("cd1e25")
    pg.text(20, 27, "free", "DejaVu-B", 30, red)
    pg.text(20, 33, "Free Service Abonné", "DejaVu", 8)
    pg.text(20, 36.5, "75371 Paris Cedex 08", "DejaVu", 8)
    pg.text(118, 60, b["holder_print"], "DejaVu", 9.5)
    pg.text(118, 64.5, b["addr1"].upper(), "DejaVu", 9.5)
    pg.text(118, 69, b["addr2"].upper(), "DejaVu", 9.5)
    y = 96
    pg.text(20, y, "Adresse email de contact", "DejaVu-B", 8.5)
    pg.text(20, y + 3.8, b["email"], "DejaVu", 8.5)
    pg.text(104, y, "Nom de l'abonné", "DejaVu-B", 8.5)
    pg.text(104, y + 3.8, b["holder_print"], "DejaVu", 8.5)
    y += 11
    pg.text(20, y, "Numéro de ligne", "DejaVu-B", 8.5)
    pg.text(20, y + 3.8, b["line"], "DejaVu", 8.5)
    pg.text(52, y, "Id.client", "DejaVu-B", 8.5)
    pg.text(52, y + 3.8, b["client"], "DejaVu", 8.5)
    pg.text(104, y, "Adresse de l'installation", "DejaVu-B", 8.5)
    pg.text(104, y + 3.8, b["addr1"].upper(), "DejaVu", 8.5)
    pg.text(104, y + 7.6, b["addr2"].upper(), "DejaVu", 8.5)
    y += 17
    pg.text(20, y, f"Facture n°{b['no']} du {_d_long(b['issue'])}", "DejaVu-B", 12)
    pg.line(20, y + 1.5, 196, y + 1.5, 0.8)
    pg.text(20, y + 6.5, f"Date limite de paiement le {_d_long(b['debit'])}", "DejaVu-B", 9.5)
    pg.text(196, y + 6.5, f"{b['amount']:.2f} € TTC", "DejaVu-B", 10, BLACK, "r")
    pg.line(20, y + 8.5, 196, y + 8.5, 0.6)
    y += 17
    pg.line(20, y, 196, y, 0.8)
    for x, t in ((125, "Montant EUR HT"), (160, "Montant TVA"), (196, "Montant EUR TTC")):
        pg.text(x, y + 5, t, "DejaVu-B", 7.5, BLACK, "r")
    ht = round(b["amount"] / 1.2, 2)
    tva = round(b["amount"] - ht, 2)
    rows = [
        (f"Abonnement Freebox du {d_fr(b['start'])} au {d_fr(b['end'])}", ht, tva, b["amount"]),
        ("Communications", 0.0, 0.0, 0.0),
        ("Services ponctuels ou occasionnels", 0.0, 0.0, 0.0),
    ]
    y += 11
    for lab, a, t, tt in rows:
        pg.text(20, y, lab, "DejaVu", 9)
        for x, v in ((120, a), (155, t), (193, tt)):
            pg.text(x, y, f"{v:.2f}", "DejaVu", 9, BLACK, "r")
        y += 4
    pg.text(20, y + 1.5, "Total facture", "DejaVu-B", 9.5)
    for x, v in ((120, ht), (155, tva), (193, b["amount"])):
        pg.text(x, y + 1.5, f"{v:.2f}", "DejaVu-B", 9.5, BLACK, "r")
    pg.text(20, y + 6, "TVA 20% payée sur les encaissements", "DejaVu", 9)
    y += 24
    pg.text(20, y, "Les montants unitaires étant arrondis, leur somme peut différer du montant "
            "total à payer.", "DejaVu", 6.8)  # fmt: skip
    pg.line(20, y + 1.2, 196, y + 1.2, 0.6)
    pg.text(20, y + 4.5, "Somme à payer", "DejaVu", 7)
    pg.text(196, y + 4.5, f"{b['amount']:.2f} € TTC", "DejaVu", 7, BLACK, "r")
    pg.line(20, y + 5.8, 196, y + 5.8, 0.6)
    y += 24
    pg.rect(20, y, 176, 40, lw=0.5)
    pg.text(22, y + 4.5, "Avis de prélèvement automatique", "DejaVu", 9)
    pg.line(20, y + 6, 196, y + 6, 0.4)
    pg.text(22, y + 10, f"Montant du prélèvement : {b['amount']:.2f} €", "DejaVu", 7.2)
    pg.text(140, y + 10, f"Prélèvement à partir du : {_d_long(b['debit'])}", "DejaVu", 7.2)
    pg.text(22, y + 15, "La somme à payer sera prélevée sur le compte désigné ci-dessous :",
            "DejaVu-B", 9.5)  # fmt: skip
    pg.text(22, y + 19.5, "Nom de la banque :", "DejaVu", 7.2)
    pg.text(80, y + 19.5, "BIC :", "DejaVu", 7.2)
    pg.text(118, y + 19.5, "IBAN :", "DejaVu", 7.2)
    pg.text(122, y + 23, "FR76 ***************************", "DejaVu", 7.2)
    pg.text(20, 262, "Service Clients", "DejaVu-B", 8.5)
    pg.para(20, 265.5, 176, "Pour vous informer sur nos tarifs ou pour toute question concernant "
            "votre facture, contactez le Service Clients : Téléphone 3244 ; Courrier Free Service "
            "Abonné 75371 Paris Cedex 08 ; Internet : rubrique « Mon abonnement » sur free.fr.",
            "DejaVu", 7.2, 3.2)  # fmt: skip
    legal = "Free SAS au capital de 3.441.812 Euros – B 421 938 861 RCS Paris – Siège social : "
    legal += "8 rue de la Ville l'Évêque 75008 Paris"
    pg.text(105, 286, legal, "DejaVu", 5.8, BLACK, "c")
    c.showPage()
    c.save()
    return buf.getvalue()


def sfr_bill_pdf(b, rng) -> bytes:
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    red = rgb("e2001a")
    pg.rect(14, 12, 22, 12, stroke=None, fill=red)
    pg.text(25, 20.6, "SFR", "Roboto-B", 13, rgb("ffffff"), "c")
    pg.text(196, 16, "Facture", "Roboto-B", 18, BLACK, "r")
    pg.text(196, 22, f"n° {b['no']} du {d_fr(b['issue'])}", "Roboto", 9, BLACK, "r")
    pg.text(14, 36, "Mon compte client", "Roboto-M", 9, rgb("666666"))
    pg.text(14, 41, b["client"], "Roboto-B", 10)
    pg.text(14, 48, "Ma ligne", "Roboto-M", 9, rgb("666666"))
    pg.text(14, 53, f"SFR Fibre Power — {b['line']}", "Roboto-B", 10)
    pg.text(112, 40, b["holder_print"], "Roboto", 10)
    pg.text(112, 45, b["addr1"], "Roboto", 10)
    pg.text(112, 50, b["addr2"], "Roboto", 10)
    pg.rect(14, 64, 182, 26, stroke=None, fill=rgb("fbe9eb"), r=3)
    pg.text(20, 73, "Montant à payer", "Roboto-M", 11)
    pg.text(20, 80, f"Période du {d_fr(b['start'])} au {d_fr(b['end'])}", "Roboto", 9)
    pg.text(20, 85.5, f"Prélevé le {d_fr(b['debit'])}", "Roboto", 9)
    pg.text(190, 80, euro(b["amount"]) + " €", "Roboto-B", 22, red, "r")
    pg.text(14, 102, "Le détail de ma facture", "Roboto-B", 12)
    rows = [
        ("Abonnement SFR Fibre Power", b["sub"], f"du {d_fr(b['start'])} au {d_fr(b['end'])}"),
        ("Option SFR Sécurité", 3.0, "mensuel"),
        ("Appels vers mobiles hors forfait", round(b["amount"] - b["sub"] - 3.0, 2), ""),
    ]
    y = 111
    for lab, v, sub in rows:
        pg.text(16, y, lab, "Roboto", 9.6)
        if sub:
            pg.text(16, y + 4, sub, "Roboto", 7.8, rgb("777777"))
        pg.text(192, y, euro(v) + " €", "Roboto", 9.6, BLACK, "r")
        y += 10
        pg.line(14, y - 4, 196, y - 4, 0.2, rgb("cccccc"))
    pg.text(16, y, "Total TTC", "Roboto-B", 10)
    pg.text(192, y, euro(b["amount"]) + " €", "Roboto-B", 10, BLACK, "r")
    pg.text(16, y + 5, f"Dont TVA à 20 % : {euro(round(b['amount'] / 6, 2))} €", "Roboto", 8.5)
    y += 20
    pg.text(14, y, "Titulaire de la ligne", "Roboto-B", 9.5)
    pg.text(14, y + 5, f"{b['holder_print']} — {b['addr1']}, {b['addr2']}", "Roboto", 9.5)
    datamatrix_like(pg, 14, 238, 20, rng)
    pg.para(40, 242, 150, "Retrouvez toutes vos factures dans votre Espace Client sur sfr.fr ou "
            "dans l'application SFR & Moi. Paiement par prélèvement SEPA, référence unique de "
            f"mandat {b['rum']}.", "Roboto", 7.8, 3.5)  # fmt: skip
    pg.para(
        14,
        282,
        182,
        "SFR — Société anonyme au capital de 3 423 265 598,40 € — 16 rue du "
        "Général Alain de Boissieu 75015 Paris — RCS Paris 343 059 564",
        "Roboto",
        6.5,
        3,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- RIBs


def _rib_table(pg: Pg, x, y, r, font, fb, w=176):
    cols = [("Code banque", r["bank"]), ("Code guichet", r["branch"]),
            ("N° de compte", r["account"]), ("Clé RIB", r["key"])]  # fmt: skip
    widths = [0.2, 0.2, 0.42, 0.18]
    xx = x
    for (lab, val), k in zip(cols, widths, strict=True):
        pg.rect(xx, y, w * k, 12, lw=0.4)
        pg.text(xx + 2, y + 4, lab, font, 7.2, rgb("555555"))
        pg.text(xx + 2, y + 10, val, fb, 10)
        xx += w * k


def sg_rib_pdf(r, rng) -> bytes:
    """Société Générale RIB as printed from the branch / online: two identical slips."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    for k in range(2):
        y0 = 14 + k * 100
        pg.rect(17, y0, 7, 3.5, stroke=None, fill=rgb("e9041e"))
        pg.rect(17, y0 + 3.5, 7, 3.5, stroke=None, fill=BLACK)
        pg.text(27, y0 + 6, "SOCIETE GENERALE", "Sans-B", 11)
        pg.text(193, y0 + 6, "RELEVÉ D'IDENTITÉ BANCAIRE", "Sans-B", 10, BLACK, "r")
        pg.text(17, y0 + 16, "Titulaire du compte", "Sans", 8, rgb("555555"))
        pg.text(17, y0 + 21, r["holder_print"], "Sans-B", 10)
        pg.text(17, y0 + 25.5, r["addr1"], "Sans", 9)
        pg.text(17, y0 + 30, r["addr2"], "Sans", 9)
        pg.text(120, y0 + 16, "Domiciliation", "Sans", 8, rgb("555555"))
        pg.text(120, y0 + 21, r["domiciliation"], "Sans-B", 9)
        pg.text(120, y0 + 25.5, r["dom_addr"], "Sans", 8.5)
        _rib_table(pg, 17, y0 + 36, r, "Sans", "Mono-B")
        pg.text(17, y0 + 58, "IBAN", "Sans", 8, rgb("555555"))
        pg.text(17, y0 + 64, group4(r["iban"]), "Mono-B", 12)
        pg.text(150, y0 + 58, "BIC", "Sans", 8, rgb("555555"))
        pg.text(150, y0 + 64, r["bic"], "Mono-B", 12)
        pg.para(17, y0 + 74, 176, "Ce relevé est destiné à être remis, sur leur demande, à vos "
                "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
                "(virements, paiements de quittances, etc.).", "Sans", 7, 3.2)  # fmt: skip
        pg.line(10, y0 + 92, 200, y0 + 92, 0.4, rgb("999999"), (3, 2))
    c.showPage()
    c.save()
    return buf.getvalue()


def bnp_rib_pdf(r, rng) -> bytes:
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    green = rgb("00915a")
    pg.rect(16, 14, 9, 9, stroke=None, fill=green, r=1.5)
    pg.text(28, 21, "BNP PARIBAS", "OpenSans-B", 13, green)
    pg.text(28, 25.5, "La banque d'un monde qui change", "OpenSans", 7.5, rgb("555555"))
    pg.text(105, 42, "RELEVÉ D'IDENTITÉ BANCAIRE", "OpenSans-B", 13, BLACK, "c")
    pg.text(16, 56, "Titulaire du compte", "OpenSans-SB", 9, green)
    pg.text(16, 62, r["holder_print"], "OpenSans-B", 10.5)
    pg.text(16, 67, r["addr1"], "OpenSans", 9.5)
    pg.text(16, 72, r["addr2"], "OpenSans", 9.5)
    pg.text(120, 56, "Domiciliation", "OpenSans-SB", 9, green)
    pg.text(120, 62, r["domiciliation"], "OpenSans-B", 9.5)
    pg.text(120, 67, r["dom_addr"], "OpenSans", 8.5)
    pg.text(16, 86, "Identifiant national de compte bancaire - RIB", "OpenSans-SB", 9, green)
    _rib_table(pg, 16, 90, r, "OpenSans", "OpenSans-B", 178)
    pg.text(16, 114, "Identifiant international de compte bancaire", "OpenSans-SB", 9, green)
    pg.rect(16, 118, 178, 22, lw=0.4)
    pg.text(19, 125, "IBAN (International Bank Account Number)", "OpenSans", 7.5, rgb("555555"))
    pg.text(19, 132, group4(r["iban"]), "OpenSans-B", 12)
    pg.text(140, 125, "BIC (Bank Identifier Code)", "OpenSans", 7.5, rgb("555555"))
    pg.text(140, 132, r["bic"], "OpenSans-B", 12)
    pg.para(16, 150, 178, "Remettez ce relevé à vos créanciers ou débiteurs, français ou "
            "étrangers, appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements, etc.). Son utilisation vous garantit le bon enregistrement des "
            "opérations en cause.", "OpenSans", 8, 3.8)  # fmt: skip
    pg.text(16, 282, "BNP Paribas SA au capital de 2 261 621 342 € — Siège social : 16 bd des "
            "Italiens 75009 Paris — 662 042 449 RCS Paris — ORIAS n° 07 022 735", "OpenSans",
            6.5)  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


def bourso_rib_pdf(r, rng) -> bytes:
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    pink = rgb("d8006b")
    pg.text(16, 22, "Bourso", "Lato-BK", 18, rgb("0b2a4a"))
    pg.text(16 + pg.width("Bourso", "Lato-BK", 18), 22, "Bank", "Lato-BK", 18, pink)
    pg.text(194, 20, "Relevé d'Identité Bancaire", "Lato-B", 12, BLACK, "r")
    pg.text(194, 25, f"Édité le {d_fr(r['edited'])}", "Lato", 8.5, rgb("666666"), "r")
    pg.rect(16, 36, 178, 30, stroke=None, fill=rgb("f3f5f8"), r=2)
    pg.text(20, 43, "TITULAIRE", "Lato-B", 8, rgb("666666"))
    pg.text(20, 49, r["holder_print"], "Lato-B", 11)
    pg.text(20, 54.5, r["addr1"], "Lato", 9.5)
    pg.text(20, 59.5, r["addr2"], "Lato", 9.5)
    pg.text(118, 43, "DOMICILIATION", "Lato-B", 8, rgb("666666"))
    pg.text(118, 49, "BoursoBank", "Lato-B", 10)
    pg.text(118, 54.5, "44 rue Traversière - CS 80134", "Lato", 8.5)
    pg.text(118, 59.5, "92772 Boulogne-Billancourt Cedex", "Lato", 8.5)
    pg.text(20, 80, "IBAN", "Lato-B", 8, rgb("666666"))
    pg.text(20, 88, group4(r["iban"]), "Mono-B", 14)
    pg.text(20, 100, "BIC", "Lato-B", 8, rgb("666666"))
    pg.text(20, 107, r["bic"], "Mono-B", 13)
    _rib_table(pg, 16, 118, r, "Lato", "Mono-B", 178)
    pg.para(16, 145, 178, "Ce relevé d'identité bancaire est destiné à être remis à vos "
            "créanciers ou débiteurs afin de faciliter l'enregistrement de vos opérations. "
            "Document généré depuis votre Espace Client.", "Lato", 8, 3.8)  # fmt: skip
    pg.para(16, 280, 178, "BoursoBank, S.A. au capital de 53 193 492,40 € — RCS Nanterre "
            "351 058 151 — TVA FR 69 351 058 151 — 44 rue Traversière, CS 80134, 92772 "
            "Boulogne-Billancourt Cedex — Courtier en assurance, ORIAS n° 07 023 917.", "Lato",
            6.5, 3)  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- payslip


def payslip_pdf(p, rng) -> bytes:
    """A 'bulletin de paie clarifié' (arrêté du 25 février 2016 layout)."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    f, fb = "DejaVuC", "DejaVuC-B"
    pg.text(105, 12, "BULLETIN DE PAIE", fb, 13, BLACK, "c")
    pg.text(105, 17, f"Période du {d_fr(p['start'])} au {d_fr(p['end'])} — Paiement le "
            f"{d_fr(p['paid'])} par virement", f, 8.5, BLACK, "c")  # fmt: skip
    pg.rect(12, 22, 90, 38, lw=0.4)
    y = 27
    for s, font in ((p["employer"], fb), (p["emp_addr1"], f), (p["emp_addr2"], f),
                    (f"SIRET : {p['siret']}", f), ("Code NAF : 6201Z", f),
                    ("URSSAF Île-de-France", f),
                    ("Convention collective : Syntec — IDCC 1486", f)):  # fmt: skip
        pg.text(14, y, s, font, 7.6 if font == f else 8.6)
        y += 4.4
    pg.rect(108, 22, 90, 38, lw=0.4)
    pg.text(111, 32, p["employee_print"], fb, 9.5)
    pg.text(111, 37, p["addr1"], f, 8.5)
    pg.text(111, 41.5, p["addr2"], f, 8.5)
    pg.text(111, 49, f"Matricule : {p['matricule']}", f, 7.6)
    pg.text(111, 53, "N° de sécurité sociale : en cours d'immatriculation", f, 7.6)
    pg.text(111, 57, f"Emploi : {p['job']} — Statut : Cadre — Entrée le {d_fr(p['entry'])}", f,
            7.2)  # fmt: skip
    y = 66
    cols = [(12, "Éléments de paie"), (100, "Base"), (124, "Taux"), (148, "À déduire"),
            (174, "Part employeur")]  # fmt: skip
    pg.rect(12, y, 186, 6, stroke=None, fill=rgb("d8dde6"))
    for x, t in cols:
        pg.text(x + 1.5, y + 4.2, t, fb, 7.6)
    y += 10
    gross = p["gross"]
    pg.text(14, y, "Salaire de base", f, 8)
    pg.text(120, y, "151,67", f, 8, BLACK, "r")
    pg.text(196, y, euro(gross), f, 8, BLACK, "r")
    y += 5
    pg.text(14, y, "SALAIRE BRUT", fb, 8.4)
    pg.text(196, y, euro(gross), fb, 8.4, BLACK, "r")
    y += 7
    lines = [
        ("SANTÉ", None, None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", None, 7.0),
        ("Complémentaire incapacité invalidité décès", 0.6, 0.9),
        ("Complémentaire santé", 0.9, 1.1),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", None, 0.7),
        ("RETRAITE", None, None),
        ("Sécurité sociale plafonnée", 6.9, 8.55),
        ("Sécurité sociale déplafonnée", 0.4, 2.02),
        ("Complémentaire Tranche 1", 4.01, 6.01),
        ("FAMILLE", None, 3.45),
        ("ASSURANCE CHÔMAGE", None, 4.05),
        ("APEC", 0.024, 0.036),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", None, 1.9),
        ("CSG déductible de l'impôt sur le revenu", 6.8, None),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 2.9, None),
    ]
    ded = 0.0
    for lab, t_emp, t_er in lines:
        head = t_emp is None and t_er is None
        pg.text(14, y, lab, fb if head else f, 7.6 if not head else 7.8)
        base = gross * (0.9825 if lab.startswith("CSG") else 1.0)
        if not head:
            pg.text(120, y, euro(base), f, 7.6, BLACK, "r")
        if t_emp is not None:
            v = round(base * t_emp / 100, 2)
            ded += v
            pg.text(140, y, f"{t_emp:.3f}".rstrip("0").replace(".", ","), f, 7.6, BLACK, "r")
            pg.text(170, y, euro(v), f, 7.6, BLACK, "r")
        if t_er is not None:
            pg.text(196, y, euro(round(base * t_er / 100, 2)), f, 7.6, BLACK, "r")
        y += 4.6
    y += 2
    pg.line(12, y - 2.5, 198, y - 2.5, 0.4)
    pg.text(14, y + 1, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", fb, 8)
    pg.text(170, y + 1, euro(round(ded, 2)), fb, 8, BLACK, "r")
    net_before = round(gross - ded, 2)
    tax = round(net_before * p["pas_rate"] / 100, 2)
    net = round(net_before - tax, 2)
    p["net"] = net
    y += 10
    pg.rect(12, y, 186, 9, stroke=None, fill=rgb("eef1f5"))
    pg.text(14, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
    pg.text(196, y + 6, euro(net_before) + " €", fb, 9.5, BLACK, "r")
    y += 14
    pg.text(14, y, "Dont évolution de la rémunération liée à la suppression des cotisations "
            "salariales chômage et maladie", f, 7.2)  # fmt: skip
    pg.text(196, y, euro(round(gross * 0.0315, 2)), f, 7.2, BLACK, "r")
    y += 7
    pg.text(14, y, "Impôt sur le revenu prélevé à la source — Taux personnalisé", f, 8)
    pg.text(120, y, euro(net_before), f, 8, BLACK, "r")
    pg.text(140, y, f"{p['pas_rate']:.1f} %".replace(".", ","), f, 8, BLACK, "r")
    pg.text(170, y, euro(tax), f, 8, BLACK, "r")
    y += 9
    pg.rect(12, y, 186, 11, lw=0.8, fill=rgb("dfe8f2"))
    pg.text(14, y + 7.4, "NET PAYÉ", fb, 11)
    pg.text(196, y + 7.4, euro(net) + " €", fb, 12, BLACK, "r")
    y += 18
    pg.text(14, y, f"Net social : {euro(round(net_before * 1.01, 2))} €", f, 8)
    pg.text(80, y, f"Coût total employeur : {euro(round(gross * 1.42, 2))} €", f, 8)
    pg.text(14, y + 6, "Congés payés — acquis : 5,00 j — pris : 0,00 j — solde : 5,00 j", f, 7.6)
    pg.para(12, 276, 186, "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
            "de paie sur le portail www.service-public.fr.", f, 7, 3.2)  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()
