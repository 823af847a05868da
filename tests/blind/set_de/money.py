"""Money and housing documents: bills, lease, payslip, contract, RIBs, app screenshots."""

from ids import fmt_date, spaced
from kit import Page, render, signature

BLACK = (0, 0, 0)
GREY = (95, 95, 95)


def eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def orange_bill(b, rng):
    p = Page()
    p.rect(15, 12, 18, 18, 0, None, fill=(255, 121, 0))
    p.text(16.5, 28, "orange", "sansb", 7.5, (255, 255, 255))
    p.text(40, 18, "Facture", "sansb", 16, BLACK)
    p.text(40, 24, "Livebox Fibre", "sans", 9, GREY)
    p.text(195, 16, "n° de facture " + b["no"], "sans", 7.5, GREY, anchor="r")
    p.text(195, 21, "n° client " + b["client"], "sans", 7.5, GREY, anchor="r")
    p.text(195, 26, "du " + fmt_date(b["issue"], "fr"), "sans", 7.5, GREY, anchor="r")
    y = 44
    for ln in [b["holder_print"]] + b["addr_lines"]:
        p.text(115, y, ln, "sans", 9.5, BLACK)
        y += 5
    p.rect(15, 72, 180, 26, 0, None, fill=(245, 245, 245))
    p.text(20, 80, "montant à payer", "sans", 9, BLACK)
    p.text(190, 82, eur(b["amount"]), "sansb", 20, BLACK, anchor="r")
    p.text(
        20,
        87,
        "prélevé à partir du " + fmt_date(b["debit"], "fr") + " sur le compte "
        "FR76 **** **** **** ****" + b["iban_end"],
        "sans",
        7.5,
        GREY,
    )
    p.text(
        20,
        93,
        "période de facturation du "
        + fmt_date(b["start"], "fr")
        + " au "
        + fmt_date(b["end"], "fr"),
        "sans",
        7.5,
        GREY,
    )
    y = 110
    p.text(15, y, "détail de votre facture", "sansb", 11, BLACK)
    y += 8
    p.line(15, y - 4, 195, y - 4, 0.3, (255, 121, 0))
    for lab, v in b["lines"]:
        p.text(18, y, lab, "sans", 8.5, BLACK)
        p.text(192, y, eur(v), "sans", 8.5, BLACK, anchor="r")
        y += 6.5
    p.line(15, y - 3.5, 195, y - 3.5, 0.3, (180, 180, 180))
    ht = round(b["amount"] / 1.2, 2)
    p.text(18, y + 1, "total hors taxes", "sans", 8.5, BLACK)
    p.text(192, y + 1, eur(ht), "sans", 8.5, BLACK, anchor="r")
    p.text(18, y + 7.5, "TVA 20 %", "sans", 8.5, BLACK)
    p.text(192, y + 7.5, eur(round(b["amount"] - ht, 2)), "sans", 8.5, BLACK, anchor="r")
    p.text(18, y + 15, "total TTC", "sansb", 9.5, BLACK)
    p.text(192, y + 15, eur(b["amount"]), "sansb", 9.5, BLACK, anchor="r")
    p.text(
        15,
        262,
        "Service client : 3900 (service gratuit + prix appel) — orange.fr > espace client",
        "sans",
        7,
        GREY,
    )
    p.wrap(
        15,
        270,
        "Orange SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt "
        "92130 Issy-les-Moulineaux - 380 129 866 RCS Nanterre",
        180,
        "sans",
        6.5,
        color=GREY,
    )
    return p


def bouygues_bill(b, rng):
    p = Page()
    blue = (0, 56, 130)
    p.text(15, 22, "Bouygues", "sansb", 16, blue)
    p.text(15, 29, "TELECOM", "sans", 9, (0, 150, 200))
    p.text(195, 18, "Facture n° " + b["no"], "sansb", 9, BLACK, anchor="r")
    p.text(
        195, 23.5, "Date de facture : " + fmt_date(b["issue"], "fr"), "sans", 8, GREY, anchor="r"
    )
    p.text(195, 28.5, "Compte client : " + b["client"], "sans", 8, GREY, anchor="r")
    p.text(15, 44, "Ligne fixe Bbox : " + b["line"], "sans", 8.5, BLACK)
    y = 46
    for ln in [b["holder_print"]] + b["addr_lines"]:
        p.text(118, y, ln, "sans", 9.5, BLACK)
        y += 5
    p.rect(15, 74, 180, 22, 0, None, fill=(230, 240, 250))
    p.text(20, 82, "Total à payer", "sansb", 11, blue)
    p.text(190, 84, eur(b["amount"]), "sansb", 18, blue, anchor="r")
    p.text(20, 90, "Sera prélevé le " + fmt_date(b["debit"], "fr"), "sans", 8, GREY)
    p.text(
        15,
        108,
        f"Votre offre {b['offer']} — période du {fmt_date(b['start'], 'fr')} au "
        f"{fmt_date(b['end'], 'fr')}",
        "sansb",
        9.5,
        BLACK,
    )
    y = 118
    for lab, v in b["lines"]:
        p.text(18, y, lab, "sans", 8.5, BLACK)
        p.text(192, y, eur(v), "sans", 8.5, BLACK, anchor="r")
        y += 6.5
    p.line(15, y - 3.5, 195, y - 3.5, 0.3, (180, 180, 180))
    p.text(18, y + 2, "Montant TTC", "sansb", 9, BLACK)
    p.text(192, y + 2, eur(b["amount"]), "sansb", 9, BLACK, anchor="r")
    p.wrap(
        15,
        268,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 37-39 rue Boissière "
        "75116 Paris - 397 480 930 RCS Paris",
        180,
        "sans",
        6.5,
        color=GREY,
    )
    return p


def lease(L, rng):
    """Bail d'habitation (logement vide, loi du 6 juillet 1989), 2 pages."""
    p1 = Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", "serifb", 15, BLACK, anchor="m")
    p1.text(105, 27, "LOGEMENT NU À USAGE DE RÉSIDENCE PRINCIPALE", "serifb", 9, BLACK, anchor="m")
    p1.text(
        105,
        32.5,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 — contrat "
        "type, décret n° 2015-587)",
        "serifi",
        7.5,
        GREY,
        anchor="m",
    )
    y = 44
    p1.text(18, y, "I. DÉSIGNATION DES PARTIES", "serifb", 10, BLACK)
    y += 7
    y = p1.wrap(18, y, "Le présent contrat est conclu entre les soussignés :", 175, "serif", 9)
    y = p1.wrap(22, y + 2, "Le bailleur : " + L["landlord_line"], 170, "serif", 9)
    y = p1.wrap(22, y + 2, "désigné ci-après « le bailleur » ;", 170, "serifi", 9)
    y = p1.wrap(22, y + 2, "Le(s) locataire(s) : " + L["tenant_line"], 170, "serif", 9)
    y = p1.wrap(22, y + 2, "désigné(s) ci-après « le locataire ».", 170, "serifi", 9)
    y += 6
    p1.text(18, y, "II. OBJET DU CONTRAT", "serifb", 10, BLACK)
    y = p1.wrap(22, y + 7, "Adresse du logement : " + L["address"], 170, "serif", 9)
    y = p1.wrap(22, y + 2, L["desc"], 170, "serif", 9)
    y += 6
    p1.text(18, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serifb", 10, BLACK)
    y = p1.wrap(
        22,
        y + 7,
        "Date de prise d'effet du contrat : " + fmt_date(L["start"], "fr"),
        170,
        "serif",
        9,
    )
    y = p1.wrap(
        22,
        y + 2,
        "Durée du contrat : trois (3) ans, renouvelable par tacite "
        "reconduction dans les conditions de l'article 10 de la loi du 6 juillet 1989.",
        170,
        "serif",
        9,
    )
    y += 6
    p1.text(18, y, "IV. CONDITIONS FINANCIÈRES", "serifb", 10, BLACK)
    y = p1.wrap(
        22,
        y + 7,
        f"Loyer mensuel hors charges : {eur(L['rent'])}. Provision sur "
        f"charges : {eur(L['charges'])}. Le loyer est payable mensuellement et "
        "d'avance, le 5 de chaque mois.",
        170,
        "serif",
        9,
    )
    y = p1.wrap(
        22,
        y + 2,
        f"Dépôt de garantie : {eur(L['rent'])} (un mois de loyer hors "
        "charges), restitué dans les conditions de l'article 22.",
        170,
        "serif",
        9,
    )
    p1.text(105, 288, "Paraphes : ____  ____        page 1/2", "serif", 8, GREY, anchor="m")
    p2 = Page()
    y = 22
    for title, txt in [
        ("V. TRAVAUX", "Néant."),
        ("VI. GARANTIES", "Néant."),
        ("VII. CLAUSE DE SOLIDARITÉ", "Non applicable."),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas "
            "de défaut de paiement du loyer ou des charges, du dépôt de garantie, "
            "ou de défaut d'assurance, deux mois après un commandement demeuré "
            "infructueux.",
        ),
        (
            "IX. ANNEXES",
            "Dossier de diagnostic technique, notice d'information, "
            "état des lieux d'entrée, extrait du règlement de copropriété.",
        ),
    ]:
        p2.text(18, y, title, "serifb", 10, BLACK)
        y = p2.wrap(22, y + 7, txt, 170, "serif", 9) + 6
    y += 4
    p2.text(
        18,
        y,
        f"Fait à {L['city']}, le {fmt_date(L['signed'], 'fr')}, en deux exemplaires originaux.",
        "serif",
        9,
        BLACK,
    )
    y += 14
    p2.text(25, y, "Le bailleur", "serifb", 9, BLACK)
    p2.text(120, y, "Le(s) locataire(s)", "serifb", 9, BLACK)
    p2.text(25, y + 5, "« Lu et approuvé »", "serifi", 8, GREY)
    p2.text(120, y + 5, "« Lu et approuvé »", "serifi", 8, GREY)
    signature(p2, 25, y + 9, 45, 14, rng, color=(20, 20, 70))
    signature(p2, 120, y + 9, 45, 14, rng, color=(25, 40, 120))
    p2.text(105, 288, "page 2/2", "serif", 8, GREY, anchor="m")
    return [p1, p2]


def payslip(s, rng):
    """Bulletin de paie clarifié (model of the 2018 decree)."""
    p = Page()
    f, fb = "carlito", "carlitob"
    p.text(105, 14, "BULLETIN DE PAIE", fb, 14, BLACK, anchor="m")
    p.text(
        105,
        20,
        f"Période du {fmt_date(s['start'], 'fr')} au {fmt_date(s['end'], 'fr')}",
        f,
        9,
        BLACK,
        anchor="m",
    )
    p.rect(12, 26, 90, 38, 0.3, BLACK)
    y = 31
    for i, ln in enumerate(s["employer_lines"]):
        p.text(15, y, ln, fb if i == 0 else f, 8.5, BLACK)
        y += 4.6
    p.rect(108, 26, 90, 38, 0.3, BLACK)
    y = 31
    for i, ln in enumerate(s["employee_lines"]):
        p.text(111, y, ln, fb if i == 0 else f, 8.5 if i else 9.5, BLACK)
        y += 4.6
    y = 72
    p.rect(12, y - 4.5, 186, 6.5, 0.3, BLACK, fill=(225, 225, 225))
    p.text(14, y, "Éléments de paie", fb, 7.5, BLACK)
    for x, lab in [(124, "Base"), (148, "Taux"), (172, "Part salarié"), (196.5, "Part employeur")]:
        p.text(x, y, lab, fb, 7.5, BLACK, anchor="r")
    y += 8
    for row in s["rows"]:
        if row[0] == "H":
            p.text(14, y, row[1], fb, 8, BLACK)
            y += 5.2
            continue
        lab, base, rate, sal, emp = row
        p.text(16, y, lab, f, 8, BLACK)
        if base:
            p.text(124, y, base, f, 8, BLACK, anchor="r")
        if rate:
            p.text(148, y, rate, f, 8, BLACK, anchor="r")
        if sal:
            p.text(172, y, sal, f, 8, BLACK, anchor="r")
        if emp:
            p.text(196.5, y, emp, f, 8, BLACK, anchor="r")
        y += 5.2
    y += 3
    for lab, val, bold in s["totals"]:
        p.rect(12, y - 4.5, 186, 6.5, 0.25, BLACK, fill=(240, 240, 240) if bold else None)
        p.text(14, y, lab, fb if bold else f, 8.5 if bold else 8, BLACK)
        p.text(196.5, y, val, fb if bold else f, 8.5 if bold else 8, BLACK, anchor="r")
        y += 6.5
    p.wrap(
        12,
        280,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur "
        "le portail www.service-public.fr.",
        186,
        f,
        7,
        color=GREY,
    )
    return p


def contract(c, rng):
    """Contrat de travail (CDI or CDD), 2 pages."""
    f, fb = "libserif", "libserifb"
    p1 = Page()
    p1.text(105, 22, c["title"], fb, 14, BLACK, anchor="m")
    y = p1.wrap(20, 36, "ENTRE LES SOUSSIGNÉS :", 170, fb, 10)
    y = p1.wrap(20, y + 3, c["employer_line"], 170, f, 10)
    y = p1.wrap(20, y + 1, "ci-après dénommée « l'Employeur », d'une part,", 170, f, 10)
    y = p1.wrap(20, y + 4, "ET :", 170, fb, 10)
    y = p1.wrap(20, y + 3, c["employee_line"], 170, f, 10)
    y = p1.wrap(20, y + 1, "ci-après dénommé(e) « le/la Salarié(e) », d'autre part,", 170, f, 10)
    y = p1.wrap(20, y + 4, "IL A ÉTÉ CONVENU CE QUI SUIT :", 170, fb, 10) + 3
    for title, txt in c["articles"][:3]:
        y = p1.wrap(20, y + 3, title, 170, fb, 10)
        y = p1.wrap(20, y + 1, txt, 170, f, 10)
    p1.text(105, 288, "1/2", f, 8, GREY, anchor="m")
    p2 = Page()
    y = 20
    for title, txt in c["articles"][3:]:
        y = p2.wrap(20, y + 3, title, 170, fb, 10)
        y = p2.wrap(20, y + 1, txt, 170, f, 10)
    y += 10
    p2.text(
        20,
        y,
        f"Fait en deux exemplaires, à {c['city']}, le {fmt_date(c['signed'], 'fr')}.",
        f,
        10,
        BLACK,
    )
    y += 12
    p2.text(22, y, "L'Employeur", fb, 10, BLACK)
    p2.text(120, y, "Le/La Salarié(e)", fb, 10, BLACK)
    p2.text(120, y + 5, "(mention « lu et approuvé »)", f, 8, GREY)
    signature(p2, 22, y + 9, 45, 14, rng, color=(20, 20, 60))
    signature(p2, 120, y + 9, 45, 14, rng, color=(30, 40, 120))
    p2.text(105, 288, "2/2", f, 8, GREY, anchor="m")
    return [p1, p2]


def rib_paper(r, rng):
    """A bank's RIB page (La Banque Postale, Société Générale, CIC style)."""
    p = Page()
    col = r["color"]
    p.rect(0, 0, 210, 16, 0, None, fill=col)
    p.text(14, 11, r["bank"], "sansb", 13, (255, 255, 255))
    p.text(105, 32, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 12, BLACK, anchor="m")
    p.wrap(
        20,
        41,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiements de quittances, etc.).",
        170,
        "sans",
        7.5,
        color=GREY,
    )
    y = 60
    p.rect(15, y, 180, 76, 0.4, BLACK)
    p.text(20, y + 7, "Titulaire du compte", "sans", 7.5, GREY)
    yy = y + 13
    for i, ln in enumerate(r["holder_lines"]):
        p.text(20, yy, ln, "sansb" if i == 0 else "sans", 9.5, BLACK)
        yy += 5
    p.text(120, y + 7, "Domiciliation", "sans", 7.5, GREY)
    yy = y + 13
    for ln in r["branch_lines"]:
        p.text(120, yy, ln, "sans", 8.5, BLACK)
        yy += 4.6
    ty = y + 36
    heads = [(20, "Code banque"), (50, "Code guichet"), (82, "N° de compte"), (125, "Clé RIB")]
    vals = [r["bank_code"], r["guichet"], r["account"], r["key"]]
    p.line(15, ty - 5, 195, ty - 5, 0.25)
    for (x, h), v in zip(heads, vals, strict=True):
        p.text(x, ty, h, "sans", 7.5, GREY)
        p.text(x, ty + 6, v, "monob", 10.5, BLACK)
    p.line(15, ty + 9, 195, ty + 9, 0.25)
    p.text(20, ty + 15, "IBAN (International Bank Account Number)", "sans", 7.5, GREY)
    p.text(20, ty + 21.5, spaced(r["iban"]), "monob", 11, BLACK)
    p.text(150, ty + 15, "BIC", "sans", 7.5, GREY)
    p.text(150, ty + 21.5, r["bic"], "monob", 11, BLACK)
    p.wrap(15, 150, r["legal"], 180, "sans", 6.5, color=GREY)
    return p


def phone_frame(title, rng, dark=False, clock="18:42"):
    """Top of a 1170x2532 phone screen (117 x 253.2 mm at 10 px/mm)."""
    bg = (18, 18, 22) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else BLACK
    p = Page(117, 253.2, bg=bg)
    p.text(10, 9, clock, "robotob", 9, fg)
    p.rect(96, 5.2, 10, 4.2, 0.3, fg, chk=False)
    p.rect(96.6, 5.8, 7, 3, 0, None, fill=fg)
    p.text(58.5, 26, title, "robotom", 10, fg, anchor="m")
    p.text(6, 26, "‹", "roboto", 16, fg)
    return p


def revolut_screen(r, rng):
    p = phone_frame("Coordonnées bancaires", rng, clock=r["clock"])
    p.text(8, 44, "Euro", "robotob", 14, BLACK)
    p.text(8, 51, "Compte principal · EUR", "roboto", 7.5, GREY)
    p.rect(6, 58, 105, 120, 0, None, fill=(244, 245, 248))
    y = 67
    for lab, val in [
        ("Bénéficiaire", r["holder"]),
        ("IBAN", spaced(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", r["bank_name"]),
        ("Adresse de la banque", r["bank_addr"]),
    ]:
        p.text(11, y, lab, "roboto", 7, GREY)
        p.text(11, y + 6, val, "robotom", 8.8, BLACK)
        y += 21
    p.text(11, y + 1, "Utilisez ces coordonnées pour les virements SEPA", "roboto", 6.5, GREY)
    p.rect(6, 190, 105, 13, 0, None, fill=(0, 102, 255))
    p.text(58.5, 198.5, "Partager les coordonnées", "robotob", 8.5, (255, 255, 255), anchor="m")
    p.rect(6, 208, 105, 13, 0.4, (0, 102, 255))
    p.text(58.5, 216.5, "Télécharger le RIB (PDF)", "robotob", 8.5, (0, 102, 255), anchor="m")
    p.rect(40, 246, 37, 1.4, 0, None, fill=(30, 30, 30))
    return p


def bill_app_screen(bill_page, title, rng, clock="21:07"):
    """A phone screenshot of a bill opened in the operator's app (PDF viewer)."""
    p = phone_frame(title, rng, clock=clock)
    p.rect(0, 32, 117, 221.2, 0, None, fill=(235, 235, 238))
    p.rect(40, 246, 37, 1.4, 0, None, fill=(30, 30, 30))
    im = render(p, 10.0)
    bill = render(bill_page, 8.0)
    crop = bill.crop((0, 0, bill.width, int(bill.height * 0.58)))
    w = 1130
    crop = crop.resize((w, int(crop.height * w / crop.width)))
    im.paste(crop, (20, 380))
    return im
