"""Bills, RIBs, a neobank screen, payslips and an employment contract."""

from core import Page, fr, fr_words, group4

GREY = (95, 95, 95)

BILL_STYLE = {
    "Engie": {"col": (0, 120, 200), "font": "open", "fontb": "openb", "service": "Électricité",
                  "addr": "ENGIE - TSA 21928 - 62978 ARRAS CEDEX 9",
                  "title": "Votre facture d'électricité", "ref": "Réf. client"},
    "SFR": {"col": (226, 0, 26), "font": "roboto", "fontb": "robotob", "service": "Box Fibre",
                "addr": "SFR - Service Clients - TSA 73917 - 62978 ARRAS CEDEX 9",
                "title": "Votre facture SFR", "ref": "N° de compte"},
    "Eau de Paris": {"col": (0, 150, 190), "font": "lato", "fontb": "latob", "service": "Eau potable",
                         "addr": "Eau de Paris - 19 rue Neuve-Tolbiac - 75214 PARIS CEDEX 13",
                         "title": "Facture d'eau", "ref": "N° d'abonné"},
    "EDF": {"col": (255, 100, 0), "font": "sans", "fontb": "sansb", "service": "Électricité",
                "addr": "EDF - Service Client - TSA 20012 - 41975 BLOIS CEDEX 9",
                "title": "Facture d'électricité", "ref": "Référence client"},
    "Orange": {"col": (255, 121, 0), "font": "carlito", "fontb": "carlitob", "service": "Livebox Fibre",
                   "addr": "Orange - Service Clients - 33734 BORDEAUX CEDEX 9",
                   "title": "Votre facture Orange", "ref": "N° client"},
    "Bouygues Telecom": {"col": (0, 55, 120), "font": "lato", "fontb": "latob", "service": "Forfait mobile",
                             "addr": "Bouygues Telecom - Service Clients - 60436 NOAILLES CEDEX",
                             "title": "Votre facture mobile", "ref": "Compte client"},
}  # fmt: skip


def bill(b, rng):
    st = BILL_STYLE[b["provider"]]
    f, fb, col = st["font"], st["fontb"], st["col"]
    pg = Page()
    pg.rect(0, 0, 210, 26, None, col)
    pg.text(14, 17, b["provider"].upper(), 20, fb, (255, 255, 255))
    pg.text(196, 12, st["title"], 11, fb, (255, 255, 255), "r")
    pg.text(196, 19, "du " + fr(b["issue"]), 9, f, (255, 255, 255), "r")
    pg.text(14, 34, st["addr"], 7, f, GREY)
    pg.text(14, 42, st["ref"] + " : " + b["client_ref"], 9, fb)
    pg.text(14, 48, "N° de facture : " + b["invoice"], 9, f)
    pg.text(14, 54, "Adresse de " + ("consommation" if b["provider"] != "SFR" else "l'installation")
            + " :", 8, f, GREY)  # fmt: skip
    pg.text(14, 59, b["addr1"], 9, f)
    pg.text(14, 64, b["addr2"], 9, f)
    pg.rect(112, 36, 84, 34, None, (245, 245, 245))
    pg.text(118, 46, b["holder_print"], 10.5, fb)
    pg.text(118, 52, b["addr1"], 10, f)
    pg.text(118, 58, b["addr2"], 10, f)
    pg.rect(14, 80, 182, 26, col, None, 0.6)
    pg.text(20, 90, "Montant total TTC à payer", 12, fb)
    pg.text(190, 92, f"{b['amount']:.2f} €".replace(".", ","), 20, fb, col, "r")
    pg.text(20, 99, "Prélevé le " + fr(b["due"]) + " sur votre compte bancaire", 9, f, GREY)
    pg.text(14, 118, "Détail de votre facture", 12, fb, col)
    pg.text(14, 126, st["service"] + " – période du " + fr(b["start"]) + " au " + fr(b["end"]), 10,
            f)  # fmt: skip
    y = 134
    for lb, amt in b["lines"]:
        pg.text(18, y, lb, 9.5, f)
        pg.text(190, y, f"{amt:.2f} €".replace(".", ","), 9.5, f, anchor="r")
        pg.line(18, y + 2, 190, y + 2, 0.1, (200, 200, 200))
        y += 7
    pg.text(18, y + 3, "Total HT", 9.5, fb)
    ht = round(b["amount"] / 1.2, 2)
    pg.text(190, y + 3, f"{ht:.2f} €".replace(".", ","), 9.5, fb, anchor="r")
    pg.text(18, y + 10, "TVA", 9.5, f)
    pg.text(190, y + 10, f"{b['amount'] - ht:.2f} €".replace(".", ","), 9.5, f, anchor="r")
    pg.text(18, y + 17, "Total TTC", 10, fb)
    pg.text(190, y + 17, f"{b['amount']:.2f} €".replace(".", ","), 10, fb, anchor="r")
    pg.para(14, 250, 182, b.get("foot", "Pour toute question, rendez-vous dans votre espace client "
            "ou contactez votre service clients. En cas de litige, vous pouvez saisir le "
            "médiateur."), 7.5, f, 1.4, GREY)  # fmt: skip
    # 2D-Doc-like placeholder square (datamatrix drawn as random modules with an L finder)
    x0, y0, n, m = 170, 262, 22, 1.0
    for i in range(n):
        for j in range(n):
            on = (j == 0 or i == n - 1 or (i == 0 and j % 2 == 0) or (j == n - 1 and i % 2 == 1)
                  or (0 < i < n - 1 and 0 < j < n - 1 and rng.random() < 0.48))  # fmt: skip
            if on:
                pg.rect(x0 + j * m, y0 + i * m, m, m, None, (0, 0, 0))
    pg.text(14, 288, b["provider"] + " – " + b["legal"], 6.5, f, GREY)
    return pg


def rib_bank(r, rng):
    """Classic French RIB page as printed from online banking."""
    pg = Page()
    col, f, fb = r["col"], r.get("font", "sans"), r.get("fontb", "sansb")
    pg.rect(15, 15, 180, 16, None, col)
    pg.text(20, 26, r["bank"], 14, fb, (255, 255, 255))
    pg.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", 14, fb, anchor="c")
    pg.para(20, 55, 170, "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
            "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements, etc.).", 8, f, 1.4, GREY)  # fmt: skip
    pg.text(20, 75, "Titulaire du compte", 8.5, f, GREY)
    pg.text(20, 81, r["holder_print"], 11, fb)
    pg.text(20, 87, r["addr1"], 10, f)
    pg.text(20, 92, r["addr2"], 10, f)
    pg.text(120, 75, "Domiciliation", 8.5, f, GREY)
    pg.text(120, 81, r["agency"], 10, fb)
    pg.text(120, 87, r["agency_addr"], 9, f)
    heads = [("Code banque", r["bank_code"], 20), ("Code guichet", r["branch"], 55),
             ("N° de compte", r["account"], 90), ("Clé RIB", r["key"], 145)]  # fmt: skip
    pg.rect(18, 102, 174, 18, (0, 0, 0), None, 0.3)
    for lb, v, x in heads:
        pg.text(x, 108, lb, 8, f, GREY)
        pg.text(x, 116, v, 11, "mono")
    pg.rect(18, 124, 174, 20, (0, 0, 0), None, 0.3)
    pg.text(22, 131, "IBAN (International Bank Account Number)", 8, f, GREY)
    pg.text(22, 139, group4(r["iban"]), 12, "mono")
    pg.text(140, 131, "BIC (Bank Identifier Code)", 8, f, GREY)
    pg.text(140, 139, r["bic"], 12, "mono")
    pg.text(20, 160, r.get("foot", ""), 7, f, GREY)
    return pg


def wise_screen(w, rng):
    pg = Page(117, 253.2, (255, 255, 255))
    pg.text(6, 5, "09:41", 5.5, "robotob")
    pg.text(110, 5, "5G  82%", 5, "roboto", anchor="r")
    pg.text(6, 18, "<", 9, "roboto", (22, 51, 0))
    pg.text(58.5, 18, "Account details", 7.5, "robotob", anchor="c")
    pg.ellipse(58.5, 38, 10, 10, None, (159, 232, 112))
    pg.text(58.5, 41, "€", 12, "robotob", (22, 51, 0), "c")
    pg.text(58.5, 58, "Euro", 9, "robotob", anchor="c")
    pg.rect(20, 63, 77, 9, None, (235, 240, 235))
    pg.text(58.5, 69, "IBAN", 5.5, "robotob", anchor="c")
    rows = [("Name", w["holder"]), ("IBAN", group4(w["iban"])), ("Swift/BIC", w["bic"]),
            ("Bank name and address", "Wise"), ("", "Rue du Trône 100, 3rd floor"),
            ("", "Brussels 1050"), ("", "Belgium")]  # fmt: skip
    y = 84
    for lb, v in rows:
        if lb:
            pg.text(8, y, lb, 5, "roboto", (100, 110, 100))
            y += 6
        pg.text(8, y, v, 6.5, "roboto")
        if lb in ("Name", "IBAN", "Swift/BIC"):
            pg.rect(98, y - 4.5, 10, 6, (22, 51, 0), None, 0.2)
            pg.rect(101.5, y - 3.2, 3, 3.2, (22, 51, 0), None, 0.25)
            pg.rect(102.5, y - 2.4, 3, 3.2, (22, 51, 0), None, 0.25)
        y += 9 if lb else 6
    pg.rect(8, 200, 101, 14, None, (159, 232, 112))
    pg.text(58.5, 209, "Share details", 6.5, "robotob", (22, 51, 0), "c")
    pg.para(8, 222, 100, "Use these details to receive euros by SEPA transfer, direct debit or "
            "salary payments. Wise is the trading name of Wise Europe SA.", 4.6, "roboto", 1.4,
            (110, 110, 110))  # fmt: skip
    pg.rect(40, 248, 37, 1.2, None, (20, 20, 20))
    return pg


def payslip(p, rng):
    f, fb = p.get("font", "carlito"), p.get("fontb", "carlitob")
    pg = Page()
    pg.text(105, 16, "BULLETIN DE PAIE", 15, fb, anchor="c")
    pg.text(105, 22, f"Période du {fr(p['start'])} au {fr(p['end'])}  –  Paiement le "
            f"{fr(p['paid'])}", 9, f, anchor="c")  # fmt: skip
    pg.rect(12, 28, 90, 38, (0, 0, 0), None, 0.3)
    y = 34
    for s in [p["employer"], p["emp_addr1"], p["emp_addr2"], "SIRET : " + p["siret"],
              "Code NAF : " + p["naf"], "URSSAF : " + p["urssaf"]]:  # fmt: skip
        pg.text(15, y, s, 8.5, fb if s == p["employer"] else f)
        y += 5.3
    pg.rect(110, 28, 88, 38, (0, 0, 0), None, 0.3)
    y = 34
    for s in [p["employee_print"], p["addr1"], p["addr2"], "Emploi : " + p["job"],
              "Statut : " + p["status"], "N° SS : " + p["nir"]]:  # fmt: skip
        pg.text(113, y, s, 8.5, fb if s == p["employee_print"] else f)
        y += 5.3
    pg.text(12, 72, "Entrée : " + fr(p["entry"]) + "   Convention collective : " + p["idcc"], 8, f)
    cols = [("Éléments de paie", 14), ("Base", 100), ("Taux", 125), ("À déduire", 155),
            ("À payer", 190)]  # fmt: skip
    pg.rect(12, 76, 186, 7, None, (225, 230, 240))
    for lb, x in cols:
        pg.text(x, 81, lb, 8, fb, anchor="l" if x == 14 else "r")
    y = 90
    for lb, base, rate, ded, pay in p["lines"]:
        pg.text(14, y, lb, 8.2, f)
        for v, x in ((base, 100), (rate, 125), (ded, 155), (pay, 190)):
            if v:
                pg.text(x, y, v, 8.2, f, anchor="r")
        y += 5.6
    pg.rect(12, y + 2, 186, 9, None, (240, 240, 240))
    pg.text(14, y + 8, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, fb)
    pg.text(190, y + 8, p["net_before"], 9, fb, anchor="r")
    pg.text(14, y + 17, "Impôt sur le revenu prélevé à la source – taux personnalisé "
            + p["pas_rate"], 8.2, f)  # fmt: skip
    pg.text(190, y + 17, p["pas"], 8.2, f, anchor="r")
    pg.rect(120, y + 24, 78, 12, (0, 0, 0), (230, 240, 230), 0.4)
    pg.text(124, y + 32, "NET PAYÉ", 11, fb)
    pg.text(194, y + 32, p["net"] + " €", 11, fb, anchor="r")
    pg.text(14, y + 32, "Virement – " + p["bank_mask"], 8, f, GREY)
    pg.para(12, 275, 186, "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
            "bulletin de paie sur le portail www.service-public.fr", 7, f, 1.3, GREY)  # fmt: skip
    return pg


def contract(c, rng):
    f, fb = "caladea", "serifb"
    p1 = Page()
    p1.text(105, 24, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 14, fb, anchor="c")
    p1.text(20, 40, "ENTRE LES SOUSSIGNÉS :", 10, fb)
    y = p1.para(20, 48, 170, c["employer_txt"], 10, f, 1.5)
    p1.text(20, y + 2, "ci-après dénommée « la Société », d'une part,", 10, f)
    p1.text(20, y + 12, "ET :", 10, fb)
    y = p1.para(20, y + 20, 170, c["employee_txt"], 10, f, 1.5)
    p1.text(20, y + 2, "ci-après dénommé « le Salarié », d'autre part,", 10, f)
    y += 14
    for title, body in c["articles"]:
        p1.text(20, y, title, 10, fb)
        y = p1.para(20, y + 6, 170, body, 10, f, 1.5) + 4
    p1.text(105, 288, "1/2 – Paraphes :", 8, f, GREY, "c")
    p1.hand(150, 288, c["paraphs"], rng, 11, "hand2", (20, 20, 20))
    p2 = Page()
    y = 25
    for title, body in c["articles2"]:
        p2.text(20, y, title, 10, fb)
        y = p2.para(20, y + 6, 170, body, 10, f, 1.5) + 4
    p2.text(20, y + 10, f"Fait à {c['city']}, le {fr(c['signed_on'])}, en deux exemplaires.", 10, f)
    p2.text(25, y + 24, "Pour la Société", 10, fb)
    p2.text(25, y + 29, c["signatory"], 9, f)
    p2.text(120, y + 24, "Le Salarié", 10, fb)
    p2.text(120, y + 29, "« Lu et approuvé, bon pour accord »", 8, f, GREY)
    p2.signature(25, y + 32, 45, 18, rng, c["signatory"], (20, 20, 60))
    p2.hand(120, y + 38, "Lu et approuvé, bon pour accord", rng, 11, "hand4", (20, 20, 20))
    p2.signature(122, y + 40, 45, 18, rng, c["emp_sig"], (20, 20, 20))
    p2.text(105, 288, "2/2", 8, f, GREY, "c")
    return [p1, p2]


def date_words(d):
    return fr_words(d)
