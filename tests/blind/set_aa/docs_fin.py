"""Money and housing pieces: telecom bills, RIBs, bank-app screen, payslip, contract, lease."""

from docs_civil import pseudo_code, signature
from ids import fr_date, fr_words, grouped
from page import Page

ORANGE = (255, 121, 0)
SFR_RED = (226, 0, 26)


def _money(x):
    return ("%.2f" % x).replace(".", ",")


def telecom_bill(rng, B):
    """B['provider'] in ('Orange', 'SFR'): monthly internet (box) bill."""
    p = Page()
    orange = B["provider"] == "Orange"
    col = ORANGE if orange else SFR_RED
    f, fb = ("lato", "lato-b") if orange else ("open", "open-b")
    if orange:
        p.rect(15, 12, 20, 20, fill=(0, 0, 0), stroke=None)
        p.rect(17, 24, 16, 6, fill=ORANGE, stroke=None)
        p.text(17, 22, "orange", "lato-b", 8, (255, 255, 255))
    else:
        p.rect(15, 12, 22, 22, fill=SFR_RED, stroke=None)
        p.text(26, 26, "SFR", "open-b", 15, (255, 255, 255), "c")
    p.text(45, 19, "Votre facture", fb, 16)
    p.text(45, 26, "%s du %s" % (B["offer"], fr_words(B["issue"])), f, 9, (80, 80, 80))
    y = 42
    for lab, v in (
        ("N° de compte client", B["account"]),
        ("N° de facture", B["invoice_no"]),
        ("Date de facture", fr_date(B["issue"])),
        ("Ligne", B["line"]),
    ):
        p.text(15, y, lab, f, 8, (90, 90, 90))
        p.text(55, y, v, fb, 8)
        y += 5
    y = 50
    for ln in [B["holder_print"]] + B["address_lines"]:
        p.text(112, y, ln, f, 10)
        y += 5
    p.rect(15, 75, 180, 26, fill=(245, 245, 245), stroke=None)
    p.text(20, 85, "Montant à payer", fb, 12)
    p.text(190, 85, _money(B["amount"]) + " €", fb, 16, col, "r")
    p.text(
        20,
        94,
        "Prélevé à partir du %s sur votre compte %s" % (fr_date(B["debit"]), B["debit_acct"]),
        f,
        8.5,
        (70, 70, 70),
    )
    p.text(15, 112, "Détail de votre facture", fb, 12, col)
    p.text(
        15,
        119,
        "Période de facturation : du %s au %s" % (fr_date(B["start"]), fr_date(B["end"])),
        f,
        9,
    )
    y = 128
    p.line(15, y - 4, 195, y - 4, (200, 200, 200), 0.3)
    for lab, v in B["lines"]:
        p.text(18, y, lab, f, 9)
        p.text(192, y, _money(v) + " €", f, 9, (0, 0, 0), "r")
        y += 6
    p.line(15, y - 3, 195, y - 3, (200, 200, 200), 0.3)
    ht = B["amount"] / 1.2
    p.text(18, y + 2, "Total HT", f, 9)
    p.text(192, y + 2, _money(ht) + " €", f, 9, (0, 0, 0), "r")
    p.text(18, y + 8, "TVA 20 %", f, 9)
    p.text(192, y + 8, _money(B["amount"] - ht) + " €", f, 9, (0, 0, 0), "r")
    p.text(18, y + 15, "Total TTC", fb, 10)
    p.text(192, y + 15, _money(B["amount"]) + " €", fb, 10, (0, 0, 0), "r")
    p.text(15, y + 30, "Adresse d'installation : %s" % ", ".join(B["address_lines"]), f, 8.5)
    p.image(165, 240, 26, 26, pseudo_code(rng, 22, 6))
    p.para(15, 275, 145, B["legal"], f, 6, color=(110, 110, 110))
    p.text(195, 290, "Page 1/1", f, 6.5, (110, 110, 110), "r")
    return p


def rib(rng, R):
    """Bank RIB page as emailed / downloaded from online banking."""
    p = Page()
    p.rect(15, 15, 180, 18, fill=R["color"], stroke=None)
    p.text(20, 27, R["bank"], "sans-b", 15, (255, 255, 255))
    p.text(105, 48, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 13, (0, 0, 0), "c")
    p.text(
        105,
        54,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
        "sans",
        7,
        (90, 90, 90),
        "c",
    )
    p.text(20, 68, "Titulaire du compte", "sans", 8, (90, 90, 90))
    y = 74
    for ln in R["holder_lines"]:
        p.text(20, y, ln, "sans-b", 10)
        y += 5
    p.text(120, 68, "Domiciliation", "sans", 8, (90, 90, 90))
    y = 74
    for ln in R["branch_lines"]:
        p.text(120, y, ln, "sans", 9)
        y += 5
    p.rect(20, 100, 170, 16, stroke=(0, 0, 0), lw=0.3)
    heads = [
        ("Code banque", R["bank_code"]),
        ("Code guichet", R["branch"]),
        ("N° de compte", R["account"]),
        ("Clé RIB", R["key"]),
    ]
    xs = [20, 55, 90, 160, 190]
    for i, (h, v) in enumerate(heads):
        if i:
            p.line(xs[i], 100, xs[i], 116, (0, 0, 0), 0.3)
        p.text((xs[i] + xs[i + 1]) / 2, 105, h, "sans", 7.5, (90, 90, 90), "c")
        p.text((xs[i] + xs[i + 1]) / 2, 112.5, v, "mono", 10, (0, 0, 0), "c")
    p.text(20, 127, "IBAN (International Bank Account Number)", "sans", 8, (90, 90, 90))
    p.text(20, 134, grouped(R["iban"]), "mono", 12)
    p.text(20, 144, "BIC (Bank Identifier Code)", "sans", 8, (90, 90, 90))
    p.text(20, 151, R["bic"], "mono", 12)
    p.para(20, 275, 170, R["legal"], "sans", 6, color=(110, 110, 110))
    return p


def bank_screen(rng, S):
    """Phone screenshot (1080x2400) of an online bank's 'RIB' screen. 1 mm = 10 px."""
    p = Page(108, 240, (246, 247, 251))
    p.text(6, 5.5, S["clock"], "roboto-b", 11)
    p.text(100, 5.5, "5G  82%", "roboto", 9, (0, 0, 0), "r")
    p.rect(0, 9, 108, 16, fill=(255, 255, 255), stroke=None)
    p.text(6, 20, "<", "roboto", 16, S["color"])
    p.text(54, 19.5, "Mes coordonnées bancaires", "roboto-b", 12, (20, 20, 40), "c")
    p.rect(5, 31, 98, 22, fill=S["color"], stroke=None)
    p.text(10, 40, S["account_label"], "roboto-b", 11, (255, 255, 255))
    p.text(10, 47, S["bank"], "roboto", 9, (230, 230, 255))
    p.rect(5, 58, 98, 120, fill=(255, 255, 255), stroke=None)
    y = 68
    for lab, v in S["rows"]:
        p.text(10, y, lab, "roboto", 8.5, (120, 120, 140))
        y2 = y + 6.5
        for part in v:
            p.text(10, y2, part, "roboto-b", 10.5, (20, 20, 40))
            y2 += 5.5
        y = y2 + 5
        p.line(10, y - 5, 98, y - 5, (230, 230, 236), 0.3)
    p.rect(5, 190, 47, 13, fill=(255, 255, 255), stroke=S["color"], lw=0.4)
    p.text(28.5, 198, "Partager", "roboto-b", 10, S["color"], "c")
    p.rect(56, 190, 47, 13, fill=S["color"], stroke=None)
    p.text(79.5, 198, "Télécharger le RIB", "roboto-b", 9.5, (255, 255, 255), "c")
    p.rect(0, 222, 108, 18, fill=(255, 255, 255), stroke=None)
    for i, t in enumerate(("Comptes", "Virements", "Cartes", "Bourse", "Plus")):
        p.text(11 + i * 21.5, 232, t, "roboto", 7.5, (110, 110, 130), "c")
    p.rect(40, 236.5, 28, 1.2, fill=(20, 20, 20), stroke=None)
    return p


def payslip(rng, S):
    p = Page()
    p.text(15, 16, "BULLETIN DE PAIE", "carlito-b", 16)
    p.text(
        195,
        16,
        "Période du %s au %s" % (fr_date(S["start"]), fr_date(S["end"])),
        "carlito",
        10,
        (0, 0, 0),
        "r",
    )
    p.text(
        195, 21, "Paiement le %s par virement" % fr_date(S["paid"]), "carlito", 9, (60, 60, 60), "r"
    )
    p.rect(15, 26, 88, 34, stroke=(0, 0, 0), lw=0.3)
    y = 32
    for ln in S["employer_lines"]:
        p.text(18, y, ln, "carlito", 9)
        y += 4.6
    p.rect(110, 26, 85, 34, stroke=(0, 0, 0), lw=0.3)
    y = 32
    for ln in S["employee_lines"]:
        p.text(113, y, ln, "carlito-b" if y == 32 else "carlito", 9)
        y += 4.6
    y = 67
    for lab, v in S["info"]:
        p.text(15, y, lab, "carlito", 8.5, (60, 60, 60))
        p.text(60, y, v, "carlito", 8.5)
        y += 4.5
    y += 4
    p.rect(15, y, 180, 6, fill=(225, 225, 225), stroke=None)
    for x, h in ((17, "Éléments de paie"), (120, "Base"), (145, "Taux"), (193, "Montant")):
        p.text(x, y + 4.3, h, "carlito-b", 8.5, (0, 0, 0), "r" if x > 190 else "l")
    y += 11
    for lab, base, rate, amount in S["rows"]:
        bold = lab.isupper()
        p.text(17, y, lab, "carlito-b" if bold else "carlito", 8.5)
        p.text(120, y, base, "carlito", 8.5)
        p.text(145, y, rate, "carlito", 8.5)
        p.text(193, y, amount, "carlito-b" if bold else "carlito", 8.5, (0, 0, 0), "r")
        y += 5
    y += 4
    p.rect(15, y, 180, 10, fill=(235, 242, 250), stroke=None)
    p.text(17, y + 6.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "carlito-b", 10)
    p.text(193, y + 6.5, S["net_before"] + " €", "carlito-b", 10, (0, 0, 0), "r")
    y += 15
    p.text(
        17,
        y,
        "Impôt sur le revenu prélevé à la source - taux personnalisé %s" % S["pas_rate"],
        "carlito",
        8.5,
    )
    p.text(193, y, "-" + S["pas"] + " €", "carlito", 8.5, (0, 0, 0), "r")
    y += 8
    p.rect(15, y, 180, 11, fill=(40, 70, 120), stroke=None)
    p.text(17, y + 7.5, "NET PAYÉ", "carlito-b", 12, (255, 255, 255))
    p.text(193, y + 7.5, S["net"] + " €", "carlito-b", 12, (255, 255, 255), "r")
    y += 18
    p.text(17, y, "Montant net social : %s €" % S["net_social"], "carlito", 8.5)
    p.para(
        15,
        280,
        180,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits,"
        " conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin"
        " de paie sur le portail www.service-public.fr",
        "carlito",
        7,
        color=(90, 90, 90),
    )
    return p


def contract(rng, C):
    pages = []
    p = Page()
    p.text(105, 25, C["title"], "libserif-b", 14, (0, 0, 0), "c")
    y = 40
    for par in C["paragraphs"]:
        if y > 260:
            pages.append(p)
            p = Page()
            y = 25
        bold = par.startswith("Article") or par.startswith("ENTRE") or par.startswith("ET ")
        y = p.para(20, y, 170, par, "libserif-b" if bold else "libserif", 10.5) + 2.5
    p.text(
        20,
        y + 10,
        "Fait en deux exemplaires à %s, le %s" % (C["place"], fr_date(C["signed"])),
        "libserif",
        10.5,
    )
    p.text(25, y + 22, "L'employeur", "libserif", 10)
    p.text(125, y + 22, "Le salarié", "libserif", 10)
    p.text(125, y + 27, "« Lu et approuvé »", "libserif-i", 9)
    p.image(22, y + 30, 50, 20, signature(rng, C["employer_sig"], "sig2", color=(10, 10, 60)))
    p.image(122, y + 30, 50, 20, signature(rng, C["employee_sig"], "sig1"))
    pages.append(p)
    for i, pg in enumerate(pages):
        pg.text(
            105,
            288,
            "Page %d/%d  -  Paraphes : ____" % (i + 1, len(pages)),
            "libserif",
            8,
            (80, 80, 80),
            "c",
        )
    return pages


def lease(rng, L):
    """Bail type loi du 6 juillet 1989 (modèle du décret n° 2015-587), locaux vides."""
    pages = []
    p = Page()
    p.text(105, 20, "CONTRAT DE LOCATION", "lib-b", 15, (0, 0, 0), "c")
    p.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "lib-b", 10, (0, 0, 0), "c")
    p.text(
        105,
        33,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les"
        " rapports locatifs)",
        "lib",
        7.5,
        (60, 60, 60),
        "c",
    )
    y = 46
    for head, body in L["sections"]:
        if y > 250:
            pages.append(p)
            p = Page()
            y = 22
        p.rect(18, y - 4.5, 174, 6.5, fill=(230, 230, 230), stroke=None)
        p.text(20, y, head, "lib-b", 9.5)
        y += 8
        for par in body:
            if y > 268:
                pages.append(p)
                p = Page()
                y = 22
            y = p.para(20, y, 170, par, "lib", 9) + 1.8
        y += 4
    p.text(
        20,
        y + 6,
        "Fait à %s, le %s, en deux originaux." % (L["place"], fr_date(L["signed"])),
        "lib",
        9.5,
    )
    p.text(25, y + 16, "Le bailleur (signature précédée de « lu et approuvé »)", "lib", 8)
    p.text(118, y + 16, "Le(s) locataire(s) (signature précédée de « lu et approuvé »)", "lib", 8)
    p.text(30, y + 24, "Lu et approuvé", "hand1", 11, (20, 20, 120))
    p.text(123, y + 24, "Lu et approuvé", "hand2", 11, (20, 20, 120))
    p.image(28, y + 27, 50, 20, signature(rng, L["landlord_sig"], "sig2", color=(20, 20, 120)))
    p.image(121, y + 27, 50, 20, signature(rng, L["tenant_sig"], "sig1"))
    pages.append(p)
    for i, pg in enumerate(pages):
        pg.text(105, 290, "Page %d / %d" % (i + 1, len(pages)), "lib", 8, (80, 80, 80), "c")
    return pages
