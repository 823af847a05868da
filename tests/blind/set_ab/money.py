"""Bank details, payslip and bills: RIB (PDF and paper), bank-app screenshot, bulletin de paie
clarifié, Free and Orange monthly invoices."""

from __future__ import annotations

import random

from canvas import ImgPage, wrap
from codes import group4


def rib_lcl(pg, r: dict):
    """LCL 'Relevé d'Identité Bancaire' as downloaded from the customer area (A4, top third)."""
    pg.rect(15, 14, 22, 12, stroke=None, fill="#0a2c6b")
    pg.text(26, 22.5, "LCL", "sansb", 14, "#ffffff", "c")
    pg.text(42, 20, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 12, "#0a2c6b")
    pg.text(
        42,
        25,
        "Ce relevé est destiné à être remis à vos créanciers ou débiteurs",
        "sans",
        7,
        "#555555",
    )
    pg.rect(15, 32, 180, 58, stroke="#0a2c6b", lw=0.4)
    pg.text(19, 39, "Titulaire du compte", "sans", 7.5, "#555555")
    y = 44
    for ln in r["holder_lines"]:
        pg.text(19, y, ln, "sansb", 9.5)
        y += 4.6
    pg.text(110, 39, "Domiciliation", "sans", 7.5, "#555555")
    for i, ln in enumerate(r["branch_lines"]):
        pg.text(110, 44 + i * 4.6, ln, "sans", 9)
    hdr = [("Code banque", 19), ("Code guichet", 48), ("N° de compte", 80), ("Clé RIB", 125)]
    for t, x in hdr:
        pg.text(x, 64, t, "sans", 7.5, "#555555")
    for v, (_, x) in zip([r["bank"], r["branch"], r["account"], r["key"]], hdr):
        pg.text(x, 69, v, "monob", 10)
    pg.text(19, 78, "IBAN (International Bank Account Number)", "sans", 7.5, "#555555")
    pg.text(19, 83.5, group4(r["iban"]), "monob", 11)
    pg.text(140, 78, "BIC (Bank Identifier Code)", "sans", 7.5, "#555555")
    pg.text(140, 83.5, r["bic"], "monob", 11)
    pg.text(
        15,
        96,
        "Document édité le " + r["edited_fr"] + " — LCL Le Crédit Lyonnais, SA au "
        "capital de 2 037 713 591 € — SIREN 954 509 741 RCS Lyon",
        "sans",
        6.5,
        "#777777",
    )


def rib_sg_paper(r: dict, rng: random.Random) -> ImgPage:
    """Société Générale RIB slip (as torn from a chequebook / printed at the agency)."""
    pg = ImgPage(180, 82, 300, bg="#ffffff")
    pg.rect(4, 4, 8, 4, stroke=None, fill="#e60028")
    pg.rect(4, 8, 8, 4, stroke=None, fill="#000000")
    pg.text(15, 11, "SOCIETE GENERALE", "sansb", 11)
    pg.text(176, 11, "RELEVE D'IDENTITE BANCAIRE", "sansb", 8.5, "#333333", "r")
    pg.line(4, 15, 176, 15, "#999999", 0.3)
    pg.text(6, 21, "Domiciliation :", "sans", 7, "#555555")
    for i, ln in enumerate(r["branch_lines"]):
        pg.text(6, 25 + i * 3.6, ln, "sans", 7.5)
    pg.text(95, 21, "Titulaire(s) du compte :", "sans", 7, "#555555")
    for i, ln in enumerate(r["holder_lines"]):
        pg.text(95, 25 + i * 3.6, ln, "sansb", 8)
    pg.rect(4, 42, 172, 12, stroke="#777777", lw=0.25)
    cols = [
        ("Banque", 6, r["bank"]),
        ("Guichet", 30, r["branch"]),
        ("N° compte", 56, r["account"]),
        ("Clé", 104, r["key"]),
        ("Devise", 118, "EUR"),
    ]
    for t, x, v in cols:
        pg.text(x, 46, t, "sans", 6.5, "#555555")
        pg.text(x, 51.5, v, "mono", 9)
    pg.text(6, 61, "IBAN", "sans", 6.5, "#555555")
    pg.text(6, 66, group4(r["iban"]), "mono", 10)
    pg.text(130, 61, "BIC", "sans", 6.5, "#555555")
    pg.text(130, 66, r["bic"], "mono", 10)
    wrap(
        pg,
        6,
        74,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements, etc.). Son utilisation vous garantit le bon enregistrement des "
        "opérations en cause.",
        168,
        "sans",
        5.8,
        2.7,
        "#666666",
    )
    return pg


def boursobank_screen(r: dict, rng: random.Random):
    """BoursoBank app, 'Mon RIB' screen, 1170 x 2532 px (iPhone 12/13/14)."""
    from canvas import pil_font
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (1170, 2532), (245, 246, 250))
    d = ImageDraw.Draw(im)

    def t(x, y, s, f="roboto", sz=42, c=(20, 24, 40), anchor="ls"):
        d.text((x, y), s, font=pil_font(f, sz), fill=c, anchor=anchor)

    t(80, 105, r["clock"], "robotob", 46)
    d.rounded_rectangle([960, 70, 1060, 110], 12, outline=(20, 20, 20), width=4)
    d.rounded_rectangle([966, 76, 1030, 104], 8, fill=(20, 20, 20))
    t(870, 105, "4G", "robotob", 40)
    d.rectangle([0, 150, 1170, 330], fill=(255, 255, 255))
    t(70, 265, "‹", "dejavu", 90, (0, 90, 200))
    t(585, 260, "Mon RIB", "robotob", 54, anchor="ms")
    d.rounded_rectangle([50, 380, 1120, 1680], 40, fill=(255, 255, 255))
    d.rounded_rectangle([90, 420, 330, 520], 20, fill=(0, 62, 150))
    t(210, 488, "Bourso", "robotob", 44, (255, 255, 255), "ms")
    t(370, 470, "BoursoBank", "robotob", 46)
    t(370, 520, r["account_label"], "roboto", 36, (110, 115, 130))
    y = 640
    rows = [
        ("Titulaire du compte", r["holder_lines"][0]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("Numéro de compte", r["account"]),
        ("Clé RIB", r["key"]),
        ("Domiciliation", "BoursoBank, 44 rue Traversière, 92100 Boulogne-Billancourt"),
    ]
    for label, v in rows:
        t(100, y, label, "roboto", 36, (120, 125, 140))
        sz = 40 if len(v) < 36 else 33
        t(100, y + 58, v, "robotom", sz)
        if label in ("IBAN", "BIC"):
            d.rounded_rectangle([990, y - 10, 1070, y + 60], 14, outline=(0, 90, 200), width=4)
            d.rectangle([1008, y + 5, 1040, y + 42], outline=(0, 90, 200), width=4)
        d.line([100, y + 95, 1070, y + 95], fill=(230, 232, 238), width=3)
        y += 130
    d.rounded_rectangle([80, 1800, 1090, 1930], 65, fill=(0, 62, 150))
    t(585, 1882, "Partager mon RIB", "robotob", 44, (255, 255, 255), "ms")
    d.rounded_rectangle([80, 1970, 1090, 2100], 65, outline=(0, 62, 150), width=5)
    t(585, 2052, "Télécharger le RIB (PDF)", "robotob", 44, (0, 62, 150), "ms")
    d.rounded_rectangle([400, 2490, 770, 2502], 6, fill=(20, 20, 20))
    return im


def payslip(pg, s: dict):
    """Bulletin de paie clarifié (arrêté du 25 février 2016 model), one A4 page."""
    pg.text(15, 16, s["employer"], "latob", 12)
    for i, ln in enumerate(s["employer_lines"]):
        pg.text(15, 21 + i * 4, ln, "lato", 8)
    pg.text(195, 16, "BULLETIN DE PAIE", "latob", 13, "#1f3b57", "r")
    pg.text(195, 22, f"Période du {s['from_fr']} au {s['to_fr']}", "lato", 8.5, anchor="r")
    pg.text(195, 26.5, f"Paiement le {s['paid_fr']} par virement", "lato", 8.5, anchor="r")
    pg.rect(110, 34, 85, 30, stroke="#1f3b57", lw=0.3)
    for i, ln in enumerate(s["employee_lines"]):
        pg.text(114, 41 + i * 4.6, ln, "latob" if i == 0 else "lato", 9.5 if i == 0 else 9)
    info = [
        ("Matricule", s["matricule"]),
        ("N° de sécurité sociale", s["nir_shown"]),
        ("Emploi", s["job"]),
        ("Statut", s["status"]),
        ("Date d'entrée", s["entry_fr"]),
        ("Convention collective", s["ccn"]),
    ]
    for i, (k, v) in enumerate(info):
        pg.text(15, 41 + i * 4.2, k, "lato", 7.5, "#555555")
        pg.text(50, 41 + i * 4.2, v, "lato", 7.5)
    y = 72
    pg.rect(15, y, 180, 6, stroke=None, fill="#1f3b57")
    for x, t, a in [
        (17, "Éléments de paie", "l"),
        (120, "Base", "r"),
        (140, "Taux", "r"),
        (165, "À déduire", "r"),
        (193, "À payer", "r"),
    ]:
        pg.text(x, y + 4.2, t, "latob", 7.5, "#ffffff", a)
    y += 11
    for label, base, rate, ded, pay, bold in s["lines"]:
        if bold:
            pg.rect(15, y - 3.8, 180, 5.4, stroke=None, fill="#e8edf2")
        f = "latob" if bold else "lato"
        pg.text(17, y, label, f, 7.8)
        for x, v in [(120, base), (140, rate), (165, ded), (193, pay)]:
            if v:
                pg.text(x, y, v, f, 7.8, anchor="r")
        y += 5.4
    y += 4
    pg.rect(15, y, 180, 14, stroke="#1f3b57", fill="#f3f6f9", lw=0.3)
    pg.text(19, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "latob", 8.5)
    pg.text(193, y + 6, s["net_before_tax"] + " €", "latob", 9, anchor="r")
    pg.text(
        19, y + 11.5, f"Impôt sur le revenu prélevé à la source — taux {s['pas_rate']}", "lato", 8
    )
    pg.text(193, y + 11.5, s["pas_amount"] + " €", "lato", 8, anchor="r")
    y += 20
    pg.rect(110, y, 85, 11, stroke=None, fill="#1f3b57")
    pg.text(114, y + 7.2, "NET PAYÉ", "latob", 11, "#ffffff")
    pg.text(191, y + 7.2, s["net_pay_fr"] + " €", "latob", 12, "#ffffff", "r")
    pg.text(15, y + 7, f"Total versé par l'employeur : {s['employer_total']} €", "lato", 8)
    y += 22
    wrap(
        pg,
        15,
        y,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur "
        "le portail www.service-public.fr.",
        180,
        "lato",
        7,
        3.4,
        "#555555",
    )
    pg.text(
        15,
        287,
        f"SIRET {s['siret_fmt']} — Code NAF {s['naf']} — URSSAF {s['urssaf']}",
        "lato",
        7,
        "#555555",
    )


def free_bill(pg, b: dict):
    """Free (Freebox) monthly invoice, as downloaded from the subscriber area."""
    pg.text(15, 22, "free", "sansb", 26, "#cd1e25")
    pg.text(195, 16, "Facture n° " + b["number"], "sansb", 9.5, anchor="r")
    pg.text(195, 21, "Date de facture : " + b["issue_fr"], "sans", 9, anchor="r")
    pg.text(195, 26, "Identifiant : " + b["login"], "sans", 9, anchor="r")
    pg.text(195, 31, "N° de ligne : " + b["line_no"], "sans", 9, anchor="r")
    for i, ln in enumerate(b["holder_lines"]):
        pg.text(115, 48 + i * 5, ln, "sansb" if i == 0 else "sans", 10)
    pg.text(15, 48, "Free SAS — 75371 Paris Cedex 08", "sans", 7.5, "#666666")
    pg.rect(15, 75, 180, 16, stroke=None, fill="#f2f2f2")
    pg.text(20, 82, "Montant total de votre facture", "sansb", 10)
    pg.text(190, 82, b["amount_fr"] + " € TTC", "sansb", 13, "#cd1e25", "r")
    pg.text(20, 88, f"Prélevé le {b['debit_fr']} sur votre compte", "sans", 8.5, "#444444")
    y = 102
    pg.text(15, y, "Détail de votre facture", "sansb", 11)
    y += 8
    pg.line(15, y - 5, 195, y - 5, "#999999", 0.3)
    for label, amt in b["lines"]:
        pg.text(17, y, label, "sans", 9)
        pg.text(193, y, amt, "sans", 9, anchor="r")
        y += 6
    pg.line(15, y - 3, 195, y - 3, "#999999", 0.3)
    pg.text(17, y + 3, "Total HT", "sans", 9)
    pg.text(193, y + 3, b["ht_fr"] + " €", "sans", 9, anchor="r")
    pg.text(17, y + 9, "TVA 20 %", "sans", 9)
    pg.text(193, y + 9, b["tva_fr"] + " €", "sans", 9, anchor="r")
    pg.text(17, y + 15, "Total TTC", "sansb", 9.5)
    pg.text(193, y + 15, b["amount_fr"] + " €", "sansb", 9.5, anchor="r")
    pg.text(15, y + 30, "Adresse d'installation : " + b["install"], "sans", 8.5)
    pg.text(
        15,
        282,
        "Free SAS au capital de 3 441 812,50 € — RCS Paris B 421 938 861 — 8 rue "
        "de la Ville l'Évêque 75008 Paris",
        "sans",
        6.5,
        "#777777",
    )


def orange_bill(pg, b: dict):
    """Orange 'Livebox' monthly invoice, page 1 (summary)."""
    pg.rect(15, 12, 16, 16, stroke=None, fill="#ff7900")
    pg.text(17, 26, "orange", "sansb", 6.5, "#ffffff")
    pg.text(37, 22, "Votre facture", "sansb", 16)
    pg.text(37, 28, "du " + b["issue_fr"], "sans", 10)
    pg.text(140, 18, "Client n° " + b["client"], "sans", 8.5)
    pg.text(140, 23, "Facture n° " + b["number"], "sans", 8.5)
    pg.text(140, 28, "Contrat Livebox n° " + b["contract"], "sans", 8.5)
    for i, ln in enumerate(b["holder_lines"]):
        pg.text(118, 50 + i * 5, ln, "sansb" if i == 0 else "sans", 10)
    pg.rect(15, 80, 95, 32, stroke=None, fill="#000000")
    pg.text(20, 90, "Montant à payer", "sansb", 11, "#ffffff")
    pg.text(20, 102, b["amount_fr"] + " €", "sansb", 20, "#ff7900")
    pg.text(20, 108, f"prélevé à partir du {b['debit_fr']}", "sans", 8, "#ffffff")
    y = 126
    pg.text(15, y, "Récapitulatif", "sansb", 12)
    y += 9
    for label, amt in b["lines"]:
        pg.text(17, y, label, "sans", 9.5)
        pg.text(193, y, amt, "sans", 9.5, anchor="r")
        pg.line(15, y + 2.2, 195, y + 2.2, "#dddddd", 0.2)
        y += 7
    pg.text(17, y + 3, "Total TTC", "sansb", 10)
    pg.text(193, y + 3, b["amount_fr"] + " €", "sansb", 10, anchor="r")
    pg.text(15, y + 20, "Adresse du service : " + b["install"], "sans", 8.5)
    pg.text(
        15,
        282,
        "Orange SA au capital de 10 640 226 396 € — 111 quai du Président "
        "Roosevelt 92130 Issy-les-Moulineaux — 380 129 866 RCS Nanterre",
        "sans",
        6.5,
        "#777777",
    )
