"""Bills (EDF, Bouygues Telecom), RIBs (La Banque Postale, LCL, Crédit Agricole), banking and
telecom app screenshots (N26, Bouygues), payslip, CDI contract, leases (loi 1989)."""

from __future__ import annotations

from canvas import Page
from checks import fr_rib_ok, group4, iban_ok
from docs_id import d_slash

GREY = (95, 95, 95)
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


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def d_words(iso):
    return f"{int(iso[8:10])} {MOIS[int(iso[5:7]) - 1]} {iso[:4]}"


# ---- EDF ---------------------------------------------------------------------------------------
def edf_bill(b, rng) -> Page:
    kwh = b["kwh"]
    ht_sub, ht_kwh = 13.35, round(kwh * 0.1952, 2)
    acc, cta = round(kwh * 0.02998, 2), 2.81
    tva = round((ht_sub + ht_kwh + acc + cta) * 0.20, 2)
    b["amount"] = round(ht_sub + ht_kwh + acc + cta + tva, 2)
    p = Page(210, 297)
    OR, BL = (255, 90, 0), (16, 54, 122)
    p.text(14, 22, "edf", "sansb", 28, BL)
    p.ellipse(46, 12, 4, 4, fill=OR)
    p.text(14, 29, "L'énergie est notre avenir, économisons-la !", "sansi", 7, GREY)
    p.text(120, 20, "Facture", "sansb", 18, BL)
    p.inline(120, 27, "du", d_slash(b["issue"]), "sans", 10, "sansb")
    p.inline(120, 33, "N° de facture :", b["number"], "sans", 8.5, "sans")
    p.inline(120, 38, "Référence client :", b["client"], "sans", 8.5, "sans")
    y = 52.0
    for ln in [b["holder_line"]] + b["address_lines"]:
        p.text(120, y, ln, "sans", 10)
        y += 5
    p.rect(14, 48, 90, 30, stroke=None, fill=(241, 244, 250))
    p.text(18, 55, "Montant à payer TTC", "sans", 9)
    p.text(18, 66, eur(b["amount"]), "sansb", 20, BL)
    p.text(18, 74, "prélevé le " + d_slash(b["debit"]) + " sur votre compte", "sans", 7.5, GREY)
    y = 92.0
    p.text(14, y, "Votre contrat d'électricité", "sansb", 11, BL)
    rows = [
        ("Titulaire du contrat", b["holder"]),
        ("Adresse du logement", b["address"]),
        ("Offre", "Tarif Bleu - option Base - 6 kVA"),
        ("Point de livraison (PDL)", b["pdl"]),
        ("Période de consommation", "du " + d_slash(b["start"]) + " au " + d_slash(b["end"])),
    ]
    y += 8
    for label, value in rows:
        p.text(14, y, label, "sans", 9, GREY)
        p.text(70, y, value, "sansb", 9)
        y += 6
    y += 6
    p.text(14, y, "Détail de votre facture", "sansb", 11, BL)
    y += 4
    p.rect(14, y, 182, 8, stroke=None, fill=(16, 54, 122))
    for x, t, al in (
        (16, "Désignation", "l"),
        (130, "Quantité", "r"),
        (160, "Prix unitaire", "r"),
        (194, "Montant HT", "r"),
    ):
        p.text(x, y + 5.5, t, "sansb", 8.5, (255, 255, 255), al)
    y += 8
    lines = [
        ("Abonnement " + MOIS[int(b["start"][5:7]) - 1], "1 mois", "13,35 €", ht_sub),
        ("Consommation Base (relevé estimé)", f"{kwh} kWh", "0,1952 €", ht_kwh),
        ("Accise sur l'électricité", f"{kwh} kWh", "0,02998 €", acc),
        ("Contribution tarifaire d'acheminement (CTA)", "", "", cta),
        ("TVA 20 %", "", "", tva),
    ]
    total = 0.0
    for i, (d, q, u, v) in enumerate(lines):
        if i % 2:
            p.rect(14, y, 182, 7, stroke=None, fill=(246, 246, 246))
        p.text(16, y + 5, d, "sans", 8.5)
        p.text(130, y + 5, q, "sans", 8.5, align="r")
        p.text(160, y + 5, u, "sans", 8.5, align="r")
        p.text(194, y + 5, eur(v), "sans", 8.5, align="r")
        total += v
        y += 7
    assert abs(total - b["amount"]) < 0.02, (total, b["amount"])
    p.line(14, y + 1, 196, y + 1, 0.4, BL)
    p.text(150, y + 8, "Total TTC", "sansb", 10, align="r")
    p.text(194, y + 8, eur(b["amount"]), "sansb", 10, align="r")
    y += 22
    p.rect(14, y, 182, 26, stroke=(200, 200, 200), lw=0.3)
    p.text(18, y + 7, "Une question ? Votre Service Client EDF", "sansb", 9, BL)
    p.text(
        18,
        y + 13,
        "09 69 32 15 15 (appel non surtaxé) - du lundi au samedi de 8h à 20h",
        "sans",
        8.5,
    )
    p.text(18, y + 19, "Espace client : edf.fr/particuliers  -  Appli EDF & MOI", "sans", 8.5)
    p.para(
        14,
        280,
        "EDF SA - 22-30 avenue de Wagram 75382 Paris cedex 08 - SA au capital de "
        "2 084 365 041 euros - 552 081 317 R.C.S. Paris - TVA FR03552081317",
        182,
        "sans",
        6.5,
        color=GREY,
    )
    return p


# ---- Bouygues Telecom ----------------------------------------------------------------------------
def bytel_bill(b, rng) -> Page:
    p = Page(210, 297)
    BL = (0, 94, 184)
    p.rect(0, 0, 210, 30, stroke=None, fill=BL)
    p.text(14, 18, "Bouygues", "sansb", 20, (255, 255, 255))
    p.text(14, 25, "TELECOM", "sans", 9, (255, 255, 255))
    p.text(196, 16, "Votre facture Bbox", "sansb", 14, (255, 255, 255), "r")
    p.text(
        196, 23, "n° " + b["number"] + " du " + d_slash(b["issue"]), "sans", 9, (255, 255, 255), "r"
    )
    y = 44.0
    for ln in [b["holder_line"]] + b["address_lines"]:
        p.text(118, y, ln, "open", 10)
        y += 5
    p.inline(14, 44, "Compte client", b["client"], "open", 8.5, "openb")
    p.inline(14, 50, "Ligne fixe", b["line"], "open", 8.5, "openb")
    p.text(14, 58, "Offre : Bbox fit - Fibre", "open", 8.5)
    p.rect(14, 74, 182, 24, stroke=None, fill=(236, 244, 252))
    p.text(18, 83, "Montant total de votre facture", "open", 10)
    p.text(192, 83, eur(b["amount"]), "openb", 18, BL, "r")
    p.text(18, 92, "Sera prélevé à partir du " + d_slash(b["debit"]), "open", 8.5, GREY)
    y = 110.0
    p.text(14, y, "Détail de vos consommations et abonnements", "openb", 11, BL)
    y += 9
    p.text(14, y, "Période du " + d_slash(b["start"]) + " au " + d_slash(b["end"]), "open", 9)
    y += 8
    items = [
        ("Abonnement Bbox fit (fibre)", b["amount"] - 3.0),
        ("Location Bbox", 3.0),
        ("Communications fixes vers fixes et mobiles en France", 0.0),
    ]
    for d, v in items:
        p.line(14, y + 2, 196, y + 2, 0.15, (210, 210, 210))
        p.text(14, y, d, "open", 9)
        p.text(196, y, eur(v), "open", 9, align="r")
        y += 8
    p.text(150, y + 4, "Total TTC", "openb", 10, align="r")
    p.text(196, y + 4, eur(b["amount"]), "openb", 10, align="r")
    p.text(14, y + 20, "Titulaire : " + b["holder"], "open", 8.5, GREY)
    p.text(14, y + 26, "Adresse d'installation : " + b["address"], "open", 8.5, GREY)
    p.para(
        14,
        278,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 37-39 rue Boissière "
        "75116 Paris - 397 480 930 RCS Paris",
        182,
        "open",
        6.5,
        color=GREY,
    )
    return p


def status_bar(p: Page, t="9:41", dark=False):
    c = (255, 255, 255) if dark else (0, 0, 0)
    p.text(12, 8, t, "robotob", 11, c)
    p.rect(95, 4.5, 9, 4, stroke=c, lw=0.3)
    p.rect(95.6, 5.1, 6.5, 2.8, stroke=None, fill=c)
    for i in range(4):
        p.rect(78 + i * 2.2, 8 - i * 1.0 - 1.2, 1.4, 1.2 + i * 1.0, stroke=None, fill=c)


def bytel_screen(b, rng) -> Page:
    p = Page(117, 253.2, bg=(245, 247, 250))
    status_bar(p, b.get("clock", "18:07"))
    BL = (0, 94, 184)
    p.text(8, 22, "‹", "robotob", 16, BL)
    p.text(58.5, 21, "Mes factures", "robotob", 11, align="c")
    p.rect(6, 30, 105, 64, stroke=None, fill=(255, 255, 255))
    p.text(10, 39, "Facture du " + d_words(b["issue"]), "robotob", 10)
    p.text(10, 46, "n° " + b["number"], "roboto", 8, GREY)
    p.text(10, 62, eur(b["amount"]), "robotob", 20, BL)
    p.text(10, 70, "Prélevée le " + d_slash(b["debit"]), "roboto", 8, GREY)
    p.text(10, 80, "Période du " + d_slash(b["start"]) + " au " + d_slash(b["end"]), "roboto", 8.5)
    p.text(10, 87, "Bbox fit - Fibre - " + b["line"], "roboto", 8.5)
    p.rect(6, 100, 105, 46, stroke=None, fill=(255, 255, 255))
    p.text(10, 109, "Titulaire du compte", "roboto", 7.5, GREY)
    p.text(10, 115, b["holder"], "robotob", 9)
    p.text(10, 124, "Adresse d'installation", "roboto", 7.5, GREY)
    y = 130.0
    for ln in b["address_lines"]:
        p.text(10, y, ln, "roboto", 9)
        y += 5
    p.rect(12, 156, 93, 12, stroke=None, fill=BL)
    p.text(58.5, 163.8, "Télécharger la facture (PDF)", "robotob", 9, (255, 255, 255), "c")
    p.text(58.5, 180, "Factures précédentes", "robotob", 9, BL, "c")
    for i, (m, a) in enumerate(b["history"]):
        yy = 190 + i * 11
        p.line(8, yy + 4, 109, yy + 4, 0.15, (210, 210, 210))
        p.text(10, yy, m, "roboto", 9)
        p.text(107, yy, eur(a), "roboto", 9, align="r")
    p.rect(0, 236, 117, 17.2, stroke=None, fill=(255, 255, 255))
    for i, t in enumerate(["Accueil", "Conso", "Factures", "Assistance"]):
        p.text(14 + i * 29.5, 247, t, "roboto", 7, BL if t == "Factures" else GREY, "c")
    return p


# ---- RIBs ------------------------------------------------------------------------------------
def _rib_table(p: Page, x, y, r, font="sans", bold="sansb"):
    iban = r["iban"]
    heads = [
        ("Code banque", iban[4:9], 26),
        ("Code guichet", iban[9:14], 26),
        ("N° de compte", iban[14:25], 40),
        ("Clé RIB", iban[25:27], 16),
    ]
    cx = x
    for h, v, w in heads:
        p.rect(cx, y, w, 14, stroke=(150, 150, 150), lw=0.25)
        p.text(cx + 1.5, y + 4.2, h, font, 6.8, GREY)
        p.text(cx + 1.5, y + 11, v, "mono", 9.5)
        cx += w
    p.text(x, y + 22, "IBAN (International Bank Account Number)", font, 7, GREY)
    p.text(x, y + 28, group4(iban), "monob", 10.5)
    p.text(x, y + 36, "BIC (Bank Identifier Code)", font, 7, GREY)
    p.text(x, y + 42, r["bic"], "monob", 10.5)


def rib_page(r, rng, bank="lbp") -> Page:
    assert iban_ok(r["iban"]) == r.get("iban_valid", True)
    if r["iban"].startswith("FR"):
        assert fr_rib_ok(r["iban"]) == r.get("rib_key_valid", True)
    p = Page(210, 297)
    copies = 2 if bank == "lcl" else 1
    for k in range(copies):
        oy = k * 140
        if bank == "lbp":
            p.rect(14, 14, 182, 16, stroke=None, fill=(255, 221, 0))
            p.text(18, 25, "LA BANQUE POSTALE", "sansb", 15, (0, 40, 110))
            title = "RELEVÉ D'IDENTITÉ BANCAIRE"
        elif bank == "lcl":
            p.rect(14, 14 + oy, 24, 12, stroke=None, fill=(0, 40, 120))
            p.text(26, 22.5 + oy, "LCL", "sansb", 13, (255, 255, 255), "c")
            p.text(42, 22.5 + oy, "Banque et assurance", "sans", 9, (0, 40, 120))
            title = "Relevé d'Identité Bancaire (RIB)"
        else:
            p.rect(14, 14, 8, 12, stroke=None, fill=(0, 125, 120))
            p.text(25, 20, "CRÉDIT AGRICOLE", "sansb", 12, (0, 110, 110))
            p.text(25, 25.5, "CENTRE-EST", "sans", 8, (0, 110, 110))
            title = "RELEVÉ D'IDENTITÉ BANCAIRE"
        p.text(196, 24 + oy, title, "sansb", 11, align="r")
        y = 42 + oy
        p.text(14, y, "Titulaire du compte", "sans", 8, GREY)
        yy = y + 6
        for ln in r["holder_lines"]:
            p.text(14, yy, ln, "sansb", 10)
            yy += 5
        p.text(120, y, "Domiciliation", "sans", 8, GREY)
        yy = y + 6
        for ln in r["branch_lines"]:
            p.text(120, yy, ln, "sans", 9.5)
            yy += 5
        _rib_table(p, 14, y + 30, r)
        if bank == "lcl":
            p.line(10, 137, 200, 137, 0.2, (160, 160, 160))
    if bank != "lcl":
        p.para(
            14,
            150,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
            "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements, remboursements de frais de santé...).",
            182,
            "sans",
            8,
            color=GREY,
        )
    return p


def n26_screen(r, rng) -> Page:
    assert iban_ok(r["iban"])
    p = Page(117, 253.2, bg=(255, 255, 255))
    status_bar(p, r.get("clock", "21:16"))
    TE = (54, 161, 139)
    p.text(8, 22, "‹", "robotob", 16, (30, 30, 30))
    p.text(58.5, 21, "Coordonnées bancaires", "robotob", 10.5, align="c")
    p.text(8, 40, "Compte principal", "robotob", 15)
    p.text(8, 47, "Utilise ces coordonnées pour recevoir des virements.", "roboto", 7.5, GREY)
    y = 60.0
    for label, value in [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank"]),
        ("Adresse de la banque", r["bank_addr"]),
    ]:
        p.text(8, y, label, "roboto", 8, GREY)
        p.text(8, y + 7, value, "robotom", 10.5)
        p.rect(104, y + 2.6, 3.2, 3.6, stroke=TE, lw=0.35)
        p.rect(105.3, y + 3.9, 3.2, 3.6, stroke=TE, fill=(255, 255, 255), lw=0.35)
        p.line(8, y + 11.5, 109, y + 11.5, 0.15, (225, 225, 225))
        y += 19
    p.rect(8, y + 6, 101, 12, stroke=None, fill=TE)
    p.text(58.5, y + 13.8, "Partager les coordonnées", "robotob", 9.5, (255, 255, 255), "c")
    p.rect(8, y + 22, 101, 12, stroke=TE, lw=0.4)
    p.text(58.5, y + 29.8, "Télécharger le relevé d'identité bancaire", "robotob", 8.5, TE, "c")
    return p


# ---- payslip -------------------------------------------------------------------------------------
def payslip(s, rng) -> Page:
    p = Page(210, 297)
    p.rect(10, 10, 190, 34, stroke=(0, 0, 0), lw=0.3)
    y = 16.0
    for i, ln in enumerate(s["employer_lines"]):
        p.text(13, y, ln, "sansb" if i == 0 else "sans", 9 if i == 0 else 7.8)
        y += 4.2
    p.text(196, 17, "BULLETIN DE PAIE", "sansb", 12, align="r")
    p.text(
        196,
        23,
        "Période du " + d_slash(s["start"]) + " au " + d_slash(s["end"]),
        "sans",
        8,
        align="r",
    )
    p.text(196, 28, "Paiement le " + d_slash(s["paid"]) + " par virement", "sans", 8, align="r")
    p.rect(110, 48, 90, 30, stroke=(0, 0, 0), lw=0.3)
    y = 54.0
    for i, ln in enumerate(s["employee_lines"]):
        p.text(114, y, ln, "sansb" if i == 0 else "sans", 9.5 if i == 0 else 8.5)
        y += 5
    info = [
        ("Emploi", s["job"]),
        ("Statut", s["status"]),
        ("Date d'entrée", d_slash(s["entry"])),
        ("N° de sécurité sociale", "en cours d'attribution"),
        ("Convention collective", s["ccn"]),
    ]
    y = 52.0
    for label, value in info:
        p.text(12, y, label, "sans", 7.5, GREY)
        p.text(48, y, value, "sans", 7.8)
        y += 5
    y = 86.0
    p.rect(10, y, 190, 7, stroke=None, fill=(225, 225, 225))
    for x, t, al in (
        (12, "Éléments de paie", "l"),
        (128, "Base", "r"),
        (150, "Taux", "r"),
        (172, "À déduire", "r"),
        (198, "À payer", "r"),
    ):
        p.text(x, y + 5, t, "sansb", 7.8, align=al)
    y += 12
    gross = s["gross"]
    p.text(12, y, "Salaire de base", "sans", 8)
    p.text(128, y, "151,67", "sans", 8, align="r")
    p.text(198, y, eur(gross), "sans", 8, align="r")
    y += 8
    p.text(12, y, "SALAIRE BRUT", "sansb", 8.5)
    p.text(198, y, eur(gross), "sansb", 8.5, align="r")
    y += 9
    rates = [
        ("Santé", 0.0),
        ("Retraite", 0.0690),
        ("Retraite complémentaire", 0.0401),
        ("Famille", 0.0),
        ("Assurance chômage", 0.0),
        ("Autres contributions dues par l'employeur", 0.0),
        ("CSG déductible de l'impôt sur le revenu", 0.0680),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.0290),
    ]
    ded = 0.0
    for label, rt in rates:
        base = gross * (0.9825 if "CSG" in label else 1)
        amt = round(base * rt, 2)
        p.text(12, y, label, "sans", 8)
        if amt:
            p.text(128, y, eur(base)[:-2], "sans", 8, align="r")
            p.text(150, y, f"{rt * 100:.2f}".replace(".", ","), "sans", 8, align="r")
            p.text(172, y, eur(amt), "sans", 8, align="r")
        ded += amt
        y += 6
    y += 2
    p.text(12, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", "sansb", 8)
    p.text(172, y, eur(ded), "sansb", 8, align="r")
    net_before = round(gross - ded, 2)
    y += 10
    p.rect(10, y - 5.5, 190, 8, stroke=None, fill=(240, 240, 240))
    p.text(12, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "sansb", 9)
    p.text(198, y, eur(net_before), "sansb", 9, align="r")
    y += 8
    tax = round(net_before * s["pas"], 2)
    p.text(12, y, "Impôt sur le revenu prélevé à la source", "sans", 8)
    p.text(128, y, eur(net_before)[:-2], "sans", 8, align="r")
    p.text(150, y, f"{s['pas'] * 100:.1f}".replace(".", ","), "sans", 8, align="r")
    p.text(172, y, eur(tax), "sans", 8, align="r")
    y += 10
    net = round(net_before - tax, 2)
    p.rect(110, y - 6.5, 90, 10, stroke=(0, 0, 0), fill=(230, 236, 246), lw=0.4)
    p.text(113, y, "NET PAYÉ", "sansb", 11)
    p.text(198, y, eur(net), "sansb", 11, align="r")
    y += 14
    p.text(12, y, "Total versé par l'employeur : " + eur(round(gross * 1.42, 2)), "sans", 8)
    p.text(12, y + 5, "Allègement de cotisations employeur : " + eur(0.0), "sans", 8)
    p.para(
        12,
        282,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée : "
        "www.service-public.fr",
        186,
        "sans",
        6.8,
        color=GREY,
    )
    s["net_pay"] = net
    return p


# ---- CDI contract and leases ---------------------------------------------------------------------
def long_text(
    pages_spec, rng, font="dserif", bold="dserifb", size=9.5, footer=None, sign_blocks=None
) -> list[Page]:
    """pages_spec: list of pages, each a list of (kind, text) with kind in title, sub, h, p."""
    pages = []
    for n, spec in enumerate(pages_spec, 1):
        p = Page(210, 297)
        y = 22.0
        for kind, text in spec:
            if kind == "title":
                p.text(105, y, text, bold, 13, align="c")
                y += 8
            elif kind == "sub":
                y = p.para(30, y, text, 150, font, 8, color=GREY) + 3
            elif kind == "h":
                y += 2
                p.text(20, y, text, bold, size + 0.5)
                y += 6
            elif kind == "p":
                y = p.para(20, y, text, 170, font, size) + 2
        if footer:
            p.text(105, 288, footer.format(n=n, total=len(pages_spec)), font, 7, GREY, "c")
        if sign_blocks and n == len(pages_spec):
            for x, lines, draw in sign_blocks:
                yy = y + 10
                for ln in lines:
                    p.text(x, yy, ln, font, 9)
                    yy += 5
                if draw:
                    p.signature(x + 4, yy + 10, rng, w=36, h=9)
        pages.append(p)
    return pages
