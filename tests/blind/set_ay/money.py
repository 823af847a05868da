"""Bills, bank details, payslip and employment contract."""

from __future__ import annotations

from codes import group4
from kit import Page, signature

SFR_RED = (226, 0, 26)
ENGIE_BLUE = (0, 170, 255)


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def _address_window(pg: Page, x, y, lines, size=10, name="sans"):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * size * 0.45, ln, size, name)


def sfr_bill(b: dict) -> Page:
    pg = Page()
    pg.rect(14, 12, 22, 22, stroke=None, fill=SFR_RED)
    pg.text(25, 26, "SFR", 13, "sansb", (255, 255, 255), "m")
    pg.text(42, 20, "Votre facture", 16, "sansb")
    pg.text(42, 26.5, f"du {b['issue_fr']}", 11, "sans", (90, 90, 90))
    pg.text(14, 44, f"N° de facture : {b['number']}", 8.5, "sans")
    pg.text(14, 49, f"N° de compte client : {b['account']}", 8.5, "sans")
    pg.text(14, 54, f"Ligne : {b['line']}", 8.5, "sans")
    _address_window(pg, 115, 46, [b["holder"]] + b["address"])
    pg.rect(14, 72, 182, 26, stroke=None, fill=(245, 245, 245))
    pg.text(20, 82, "Montant de votre facture", 11, "sansb")
    pg.text(190, 84, eur(b["amount"]), 20, "sansb", SFR_RED, "r")
    pg.text(20, 89, f"Prélevé à partir du {b['debit_fr']} sur votre compte bancaire", 8.5, "sans")
    pg.text(14, 110, "Le détail de votre facture", 12, "sansb")
    pg.text(14, 117, f"Période de facturation : du {b['from_fr']} au {b['to_fr']}", 9, "sans")
    y = 126
    pg.line(14, y - 4, 196, y - 4, (200, 200, 200), 0.3)
    for lab, amt in b["lines"]:
        pg.text(16, y, lab, 9, "sans")
        pg.text(194, y, amt, 9, "sans", anchor="r")
        y += 6.5
    pg.line(14, y - 3, 196, y - 3, (200, 200, 200), 0.3)
    pg.text(16, y + 2, "Total TTC", 9.5, "sansb")
    pg.text(194, y + 2, eur(b["amount"]), 9.5, "sansb", anchor="r")
    pg.text(16, y + 8, f"dont TVA 20 % : {eur(b['amount'] / 6)}", 8, "sans", (90, 90, 90))
    pg.para(
        14,
        255,
        182,
        "SFR — Société Française du Radiotéléphone, SA au capital de "
        "3 423 265 598,40 € — 16 rue du Général Alain de Boissieu, 75015 Paris — RCS Paris "
        "343 059 564. Service client : 1023 (appel gratuit depuis une ligne SFR). "
        "Retrouvez vos factures dans votre Espace Client sur sfr.fr ou l'application SFR & Moi.",
        7,
        "sans",
        color=(100, 100, 100),
    )
    pg.text(196, 287, "Page 1/1", 7, "sans", (100, 100, 100), "r")
    return pg


def engie_bill(b: dict) -> Page:
    pg = Page()
    pg.text(14, 24, "ENGIE", 22, "sansb", ENGIE_BLUE)
    pg.text(14, 30, "Électricité et gaz naturel", 9, "sans", (90, 90, 90))
    pg.text(196, 18, "Facture mensuelle", 14, "sansb", anchor="r")
    pg.text(196, 24, f"du {b['issue_fr']}", 10, "sans", anchor="r")
    pg.text(196, 29, f"N° {b['number']}", 8.5, "sans", anchor="r")
    _address_window(pg, 112, 46, [b["holder"]] + b["address"], 10, "open")
    pg.text(14, 46, "Vos références", 9, "sansb")
    pg.text(14, 51, f"Compte client : {b['account']}", 8.5, "sans")
    pg.text(14, 56, f"Titulaire du contrat : {b['holder']}", 8.5, "sans")
    pg.text(14, 61, "Adresse de consommation :", 8.5, "sans")
    pg.text(14, 65.5, ", ".join(b["address"]), 8.5, "sans")
    pg.rect(14, 78, 182, 22, stroke=ENGIE_BLUE, lw=0.6)
    pg.text(20, 88, "Montant total TTC à payer", 11, "sansb")
    pg.text(20, 94, f"prélevé le {b['debit_fr']}", 8.5, "sans")
    pg.text(190, 92, eur(b["amount"]), 18, "sansb", ENGIE_BLUE, "r")
    pg.text(14, 112, f"Consommation du {b['from_fr']} au {b['to_fr']}", 11, "sansb")
    y = 121
    for lab, amt in b["lines"]:
        pg.text(16, y, lab, 9, "sans")
        pg.text(194, y, amt, 9, "sans", anchor="r")
        y += 6.5
    pg.line(14, y - 2, 196, y - 2, (180, 180, 180), 0.3)
    pg.text(16, y + 3, "Total TTC", 9.5, "sansb")
    pg.text(194, y + 3, eur(b["amount"]), 9.5, "sansb", anchor="r")
    pg.para(
        14,
        262,
        182,
        "ENGIE — SA au capital de 2 435 285 011 € — 1 place Samuel de "
        "Champlain, 92400 Courbevoie — RCS Nanterre 542 107 651. Service clients : 09 69 "
        "324 324 (appel non surtaxé). Médiateur national de l'énergie : "
        "www.energie-mediateur.fr",
        7,
        "sans",
        color=(100, 100, 100),
    )
    return pg


def rib_bank(r: dict) -> Page:
    """Printable RIB from online banking (Société Générale, LCL, Caisse d'Épargne)."""
    pg = Page()
    col = r["color"]
    pg.rect(14, 14, 10, 10, stroke=None, fill=col)
    pg.text(28, 22, r["bank"], 14, "sansb", col)
    pg.text(105, 42, "RELEVÉ D'IDENTITÉ BANCAIRE", 13, "sansb", anchor="m")
    pg.rect(14, 50, 182, 90, stroke=(120, 120, 120), lw=0.3)
    pg.text(18, 58, "Titulaire du compte", 8.5, "sans", (90, 90, 90))
    pg.text(18, 64, r["holder"], 10.5, "sansb")
    for i, ln in enumerate(r["holder_addr"]):
        pg.text(18, 69 + i * 4.6, ln, 9.5, "sans")
    pg.text(120, 58, "Domiciliation", 8.5, "sans", (90, 90, 90))
    for i, ln in enumerate(r["branch_lines"]):
        pg.text(120, 64 + i * 4.6, ln, 9.5, "sans")
    y = 90
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
    xs = [18, 50, 86, 140]
    for x, hd, v in zip(xs, heads, vals, strict=True):
        pg.text(x, y, hd, 8, "sans", (90, 90, 90))
        pg.text(x, y + 6, v, 11, "mono")
    pg.text(18, y + 18, "IBAN (International Bank Account Number)", 8, "sans", (90, 90, 90))
    pg.text(18, y + 25, group4(r["iban"]), 12, "monob")
    pg.text(18, y + 36, "BIC (Bank Identifier Code)", 8, "sans", (90, 90, 90))
    pg.text(18, y + 43, r["bic"], 12, "monob")
    pg.para(
        14,
        150,
        182,
        "Ce relevé est destiné à être remis, sur leur demande, à vos "
        "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
        "(virements, prélèvements...). Son utilisation vous garantit le bon enregistrement "
        "des opérations en cause.",
        8,
        "sans",
        color=(80, 80, 80),
    )
    pg.text(14, 285, r["footer"], 6.5, "sans", (110, 110, 110))
    return pg


def wise_screen(w: dict) -> Page:
    """Wise app, EUR account details (screenshot, 1170 x 2532 at 10 px/mm)."""
    pg = Page(117, 253.2, bg=(255, 255, 255))
    pg.text(8, 7, w["clock"], 5.2, "robotom")
    pg.text(109, 7, "5G  82 %", 4.6, "robotom", anchor="r")
    pg.text(8, 22, "<", 9, "roboto")
    pg.text(8, 38, "Euro account details", 10, "robotob")
    pg.text(
        8, 45, "Receive euros by bank transfer from the SEPA zone.", 4.6, "roboto", (90, 90, 90)
    )
    pg.rect(8, 52, 101, 11, stroke=None, fill=(232, 244, 220))
    pg.text(12, 59, "Local (SEPA)", 5, "robotom", (22, 51, 0))
    pg.text(70, 59, "International (SWIFT)", 5, "roboto", (90, 90, 90))
    y = 76
    for lab, val in [
        ("Name", w["holder"]),
        ("IBAN", group4(w["iban"])),
        ("Swift/BIC", w["bic"]),
        ("Bank name and address", w["bank_addr"][0]),
    ]:
        pg.text(8, y, lab, 4.6, "roboto", (100, 100, 100))
        pg.text(8, y + 7, val, 6.0, "robotom")
        pg.text(106, y + 4, "Copy", 4.4, "robotom", (22, 51, 0), "r")
        y += 19
    for ln in w["bank_addr"][1:]:
        pg.text(8, y - 12 + 7, ln, 6.0, "robotom")
        y += 7
    pg.rect(8, y + 4, 101, 13, stroke=None, fill=(159, 232, 112))
    pg.text(58.5, y + 12.5, "Share details", 6, "robotob", (22, 51, 0), "m")
    pg.rect(45, 246, 27, 1.4, stroke=None, fill=(20, 20, 20))
    return pg


def payslip(p: dict) -> Page:
    pg = Page()
    pg.text(105, 16, "BULLETIN DE PAIE", 13, "sansb", anchor="m")
    pg.text(105, 22, f"Période du {p['from_fr']} au {p['to_fr']}", 9, "sans", anchor="m")
    pg.rect(12, 28, 90, 34, stroke=(0, 0, 0), lw=0.3)
    pg.text(15, 34, p["employer"], 10, "sansb")
    for i, ln in enumerate(p["employer_lines"]):
        pg.text(15, 39 + i * 4.3, ln, 8, "sans")
    pg.rect(108, 28, 90, 34, stroke=(0, 0, 0), lw=0.3)
    pg.text(111, 34, p["employee"], 10, "sansb")
    for i, ln in enumerate(p["employee_lines"]):
        pg.text(111, 39 + i * 4.3, ln, 8, "sans")
    y = 70
    heads = [
        ("Rubriques", 14, "l"),
        ("Base", 110, "r"),
        ("Taux", 130, "r"),
        ("Part salarié", 160, "r"),
        ("Part employeur", 196, "r"),
    ]
    pg.rect(12, y - 5, 186, 7, stroke=None, fill=(225, 230, 240))
    for h, x, an in heads:
        pg.text(x, y, h, 8, "sansb", anchor=an)
    y += 8
    for row in p["rows"]:
        if row[0].isupper():
            pg.text(14, y, row[0], 8, "sansb")
        else:
            pg.text(16, y, row[0], 8, "sans")
        for v, x in zip(row[1:], [110, 130, 160, 196], strict=False):
            pg.text(x, y, v, 8, "mono", anchor="r")
        y += 5.4
    y += 4
    pg.rect(12, y, 186, 24, stroke=(0, 0, 0), lw=0.4)
    pg.text(15, y + 7, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, "sansb")
    pg.text(194, y + 7, eur(p["net_before"]), 9, "sansb", anchor="r")
    pg.text(
        15, y + 13, f"Impôt sur le revenu prélevé à la source (taux {p['pas_rate']})", 8.5, "sans"
    )
    pg.text(194, y + 13, "-" + eur(p["net_before"] - p["net"]), 8.5, "sans", anchor="r")
    pg.text(15, y + 20, "NET PAYÉ", 10.5, "sansb")
    pg.text(194, y + 20, eur(p["net"]), 10.5, "sansb", anchor="r")
    pg.text(14, y + 32, f"Payé par virement le {p['paid_fr']}", 8, "sans")
    pg.text(14, y + 37, f"Montant net social : {eur(p['net_social'])}", 8, "sans")
    pg.para(
        12,
        278,
        186,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail www.service-public.fr",
        7,
        "sansi",
        color=(90, 90, 90),
    )
    return pg


def cdd(c: dict, rng) -> list[Page]:
    pages = []
    for n, chunk in enumerate(c["chunks"]):
        pg = Page()
        if n == 0:
            pg.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", 13, "serifb", anchor="m")
            pg.text(
                105,
                28,
                "(articles L. 1242-1 et suivants du code du travail)",
                8.5,
                "serifi",
                anchor="m",
            )
            y = 40
        else:
            y = 22
        for title, body in chunk:
            if title:
                pg.text(20, y, title, 10, "serifb")
                y += 6
            y = pg.para(20, y, 170, body, 9.5, "serif", 1.45) + 4
        if n == len(c["chunks"]) - 1:
            pg.text(20, y + 4, c["made"], 9.5, "serif")
            pg.text(20, y + 14, "Pour l'employeur", 9, "serifb")
            pg.text(120, y + 14, "La salariée", 9, "serifb")
            pg.text(120, y + 18, "(« lu et approuvé, bon pour accord »)", 7.5, "serifi")
            pg.image(20, y + 20, 48, 18, signature(rng, c["signer"], 48, 18, (20, 20, 60)))
            pg.image(120, y + 22, 48, 18, signature(rng, c["employee"], 48, 18, (20, 30, 110)))
        pg.text(
            105,
            288,
            f"{c['employer']} — CDD {c['employee']} — page {n + 1}/{len(c['chunks'])}",
            7,
            "serif",
            (100, 100, 100),
            "m",
        )
        pages.append(pg)
    return pages
