"""Bills, lease, payslip, RIB, app screens, Iranian birth record and translation for set_dg."""

from render import Page, spaced

NAVY = (10, 20, 90)


def bill(b, rng):
    """Generic French supplier bill, branded by b['brand'] colours and wording."""
    pg = Page()
    c = b["color"]
    pg.rect(0, 0, 210, 26, fill=c, stroke=c)
    pg.t(14, 16, b["brand"], 22, "latob", (255, 255, 255))
    pg.t(196, 12, b["doc_title"], 11, "latob", (255, 255, 255), "r")
    pg.t(196, 18, "Facture n° " + b["number"], 8.5, "lato", (255, 255, 255), "r")
    y = 36
    for ln in b["sender"]:
        pg.t(14, y, ln, 7.5, "lato", (80, 80, 80))
        y += 3.6
    pg.rect(112, 34, 86, 30, (180, 180, 180))
    y = 41
    for ln in b["recipient"]:
        pg.t(116, y, ln, 10, "lato")
        y += 5
    y = 74
    pg.lv(14, y, "Date de facture :", b["issue"], 9.5, "lato", "latob")
    pg.lv(
        14,
        y + 5.5,
        "Période facturée :",
        "du " + b["p_from"] + " au " + b["p_to"],
        9.5,
        "lato",
        "latob",
    )
    pg.lv(14, y + 11, b.get("ref_label", "Référence client :"), b["client"], 9.5, "lato", "latob")
    pg.lv(
        14,
        y + 16.5,
        "Adresse " + b.get("site_word", "de consommation") + " :",
        b["site"],
        9.5,
        "lato",
        "latob",
    )
    pg.rect(130, 70, 68, 24, c, (246, 246, 250))
    pg.t(164, 77, "Montant à payer", 9, "lato", c, "m")
    pg.t(164, 86.5, b["amount"] + " €", 17, "latob", (0, 0, 0), "m")
    pg.t(164, 92, "prélevé le " + b["due"], 7.5, "lato", (80, 80, 80), "m")
    y = 108
    pg.rect(14, y, 184, 7, fill=(235, 238, 243), stroke=(235, 238, 243))
    pg.t(16, y + 5, "Détail", 8.5, "latob")
    pg.t(150, y + 5, "Quantité", 8.5, "latob", anchor="r")
    pg.t(196, y + 5, "Montant TTC", 8.5, "latob", anchor="r")
    y += 13
    for lab, q, amt in b["lines"]:
        pg.t(16, y, lab, 8.5, "lato")
        pg.t(150, y, q, 8.5, "lato", anchor="r")
        pg.t(196, y, amt, 8.5, "lato", anchor="r")
        pg.line(14, y + 2.2, 198, y + 2.2, (220, 220, 220), 0.15)
        y += 6.5
    pg.line(120, y, 198, y, (0, 0, 0), 0.3)
    pg.t(150, y + 5.5, "Total TTC", 9.5, "latob", anchor="r")
    pg.t(196, y + 5.5, b["amount"] + " €", 9.5, "latob", anchor="r")
    y += 20
    for ln in b.get("notes", []):
        y = pg.para(14, y, ln, 184, 7.5, "lato", color=(70, 70, 70)) + 1.5
    pg.t(14, 288, b["footer"], 6.2, "lato", (110, 110, 110))
    return pg


def lease(L, rng):
    p1, p2 = Page(), Page()
    p1.t(105, 18, "CONTRAT DE LOCATION", 16, "serifb", anchor="m")
    p1.t(105, 24, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", 10, "serifb", anchor="m")
    p1.t(
        105,
        29.5,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 modifiée)",
        8.5,
        "seriti",
        anchor="m",
    )
    y = 40
    sections = [
        ("I. DÉSIGNATION DES PARTIES", None),
        ("Le bailleur :", L["landlord"] + ", " + L["landlord_addr"]),
        ("ci-après dénommé « le bailleur » ;", None),
        ("Le(s) locataire(s) :", L["tenants_text"]),
        ("ci-après dénommé(s) « le locataire » ;", None),
        ("II. OBJET DU CONTRAT", None),
        ("Adresse du logement :", L["address"]),
        ("Type d'habitat :", L["kind"]),
        ("Surface habitable :", L["surface"]),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", None),
        ("Date de prise d'effet du contrat :", L["start"]),
        ("Durée du contrat :", "3 ans (bailleur personne physique)"),
        ("IV. CONDITIONS FINANCIÈRES", None),
        ("Loyer mensuel hors charges :", L["rent"]),
        ("Provision sur charges :", L["charges"]),
        ("Dépôt de garantie :", L["deposit"]),
    ]
    for lab, val in sections:
        if val is None and lab.startswith(("I", "V")) and "." in lab[:5]:
            y += 3
            p1.rect(14, y - 4.8, 182, 7, fill=(225, 225, 225), stroke=(225, 225, 225))
            p1.t(16, y, lab, 9.5, "serifb")
            y += 8
        elif val is None:
            p1.t(16, y, lab, 8.5, "seriti")
            y += 6
        else:
            w = p1.t(16, y, lab, 9.5, "serif")
            y = p1.para(16 + w + 2, y, val, 176 - w, 9.5, "serifb") + 1.5
    p1.t(196, 288, "Paraphes : ____   ____        page 1/2", 7.5, "serif", anchor="r")
    y = 22
    p2.t(16, y, "V. CLAUSES PARTICULIÈRES", 9.5, "serifb")
    y = p2.para(
        16,
        y + 7,
        "Le locataire s'engage à user paisiblement des locaux, à payer le loyer "
        "et les charges aux termes convenus, à s'assurer contre les risques locatifs et à "
        "en justifier chaque année. Le loyer est payable mensuellement et d'avance le 1er "
        "de chaque mois. Un état des lieux contradictoire est établi à la remise des clés.",
        178,
        9,
        "serif",
    )
    y = p2.para(
        16,
        y + 3,
        "Annexes : diagnostic de performance énergétique (DPE classe "
        + L["dpe"]
        + "), état des risques, notice d'information, état des lieux.",
        178,
        9,
        "serif",
    )
    p2.t(
        16,
        y + 10,
        "Fait à " + L["city"] + ", le " + L["signed"] + ", en autant d'originaux que de parties.",
        9.5,
        "serif",
    )
    p2.t(40, y + 22, "Le bailleur", 9.5, "serifb", anchor="m")
    p2.t(40, y + 27, "« lu et approuvé »", 8, "seriti", anchor="m")
    p2.signature(rng, 22, y + 30, 36, 12)
    p2.t(150, y + 22, "Le(s) locataire(s)", 9.5, "serifb", anchor="m")
    p2.t(150, y + 27, "« lu et approuvé »", 8, "seriti", anchor="m")
    for i in range(L["n_tenants"]):
        p2.signature(rng, 128 + i * 26, y + 30, 24, 12)
    p2.t(196, 288, "page 2/2", 7.5, "serif", anchor="r")
    return [p1, p2]


def payslip(s, rng):
    pg = Page()
    pg.t(14, 16, "BULLETIN DE PAIE", 14, "carlitob")
    pg.lv(14, 22, "Période du", s["from"] + " au " + s["to"], 9, "carlito", "carlitob")
    pg.lv(14, 26.5, "Date de paiement :", s["paid"], 9, "carlito", "carlitob")
    pg.rect(14, 32, 88, 34, (120, 120, 120))
    y = 37
    for i, ln in enumerate(s["employer_lines"]):
        pg.t(17, y, ln, 9 if i else 10, "carlitob" if i == 0 else "carlito")
        y += 4.3
    pg.rect(112, 32, 86, 34, (120, 120, 120))
    y = 38
    for i, ln in enumerate(s["employee_lines"]):
        pg.t(116, y, ln, 10 if i == 0 else 9, "carlitob" if i == 0 else "carlito")
        y += 4.6
    y = 72
    for lab, val in s["info"]:
        pg.lv(14, y, lab, val, 8, "carlito", "carlitob")
        y += 4
    y += 4
    pg.rect(14, y, 184, 7, fill=(220, 228, 240), stroke=(220, 228, 240))
    for x, h, a in (
        (16, "Éléments de paie", "l"),
        (125, "Base", "r"),
        (150, "Taux", "r"),
        (172, "À déduire", "r"),
        (196, "À payer", "r"),
    ):
        pg.t(x, y + 5, h, 8.5, "carlitob", anchor=a)
    y += 12
    for row in s["rows"]:
        if len(row) == 1:
            pg.t(16, y, row[0], 8.5, "carlitob")
        else:
            lab, base, rate, ded, pay = row
            pg.t(18, y, lab, 8.3, "carlito")
            for x, v in ((125, base), (150, rate), (172, ded), (196, pay)):
                pg.t(x, y, v, 8.3, "carlito", anchor="r")
        y += 5
    y += 4
    pg.rect(112, y, 86, 20, (0, 0, 0), (245, 245, 245))
    pg.t(116, y + 7, "NET À PAYER AVANT IMPÔT", 8.5, "carlitob")
    pg.t(194, y + 7, s["net_before"] + " €", 9, "carlitob", anchor="r")
    pg.t(116, y + 15, "NET PAYÉ", 10, "carlitob")
    pg.t(194, y + 15, s["net"] + " €", 11, "carlitob", anchor="r")
    pg.t(14, y + 7, "Impôt sur le revenu prélevé à la source : " + s["pas"] + " €", 8.5, "carlito")
    pg.t(
        14,
        286,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
        7,
        "carlito",
        (90, 90, 90),
    )
    return pg


def rib_page(r, rng):
    pg = Page()
    c = r["color"]
    pg.rect(14, 14, 182, 16, fill=c, stroke=c)
    pg.t(18, 25, r["bank"], 15, "sansb", (255, 255, 255))
    pg.t(105, 44, "RELEVÉ D'IDENTITÉ BANCAIRE", 13, "sansb", anchor="m")
    pg.t(
        105,
        50,
        r.get(
            "subtitle",
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
        ),
        7.5,
        "sans",
        (90, 90, 90),
        "m",
    )
    pg.t(16, 62, "Titulaire du compte", 7.5, "sans", (90, 90, 90))
    y = 67
    for ln in r["holder_lines"]:
        pg.t(16, y, ln, 10, "sansb")
        y += 5
    pg.t(120, 62, "Domiciliation", 7.5, "sans", (90, 90, 90))
    y = 67
    for ln in r["branch_lines"]:
        pg.t(120, y, ln, 9)
        y += 4.6
    b = r["iban"][4:]
    y = 92
    cols = [
        ("Code banque", b[0:5], 16),
        ("Code guichet", b[5:10], 48),
        ("N° de compte", b[10:21], 82),
        ("Clé RIB", b[21:23], 136),
    ]
    for lab, v, x in cols:
        pg.t(x, y, lab, 7.5, "sans", (90, 90, 90))
        pg.t(x, y + 6, v, 11, "mono")
    y += 18
    pg.t(16, y, "IBAN (International Bank Account Number)", 7.5, "sans", (90, 90, 90))
    pg.t(16, y + 7, spaced(r["iban"]), 12.5, "mono")
    pg.t(16, y + 16, "BIC (Bank Identifier Code)", 7.5, "sans", (90, 90, 90))
    pg.t(16, y + 23, r["bic"], 12.5, "mono")
    pg.rect(14, 56, 182, y + 30 - 56, (150, 150, 150))
    pg.t(
        16, y + 40, r.get("foot", "Document édité le " + r["edited"]), 7.5, "sans", (100, 100, 100)
    )
    return pg


def screen(title_color, header, rows, foot=None, dark=False):
    """Phone screen 1170x2532 px rendered at 254 dpi (117 x 253.2 mm)."""
    bg = (18, 18, 24) if dark else (246, 247, 250)
    fg = (240, 240, 240) if dark else (20, 20, 30)
    pg = Page(117, 253.2, bg)
    pg.t(8, 6, "09:41", 6.5, "sansb", fg)
    pg.t(109, 6, "5G  87 %", 6.5, "sansb", fg, "r")
    pg.rect(0, 10, 117, 22, fill=title_color, stroke=title_color)
    pg.t(8, 20, "‹", 12, "sansb", (255, 255, 255))
    pg.t(58.5, 20, header[0], 9, "sansb", (255, 255, 255), "m")
    pg.t(58.5, 27, header[1], 6.5, "sans", (235, 235, 235), "m")
    y = 44
    for lab, val in rows:
        if lab == "--":
            pg.line(6, y - 3, 111, y - 3, (200, 200, 205), 0.25)
            continue
        if lab.startswith("#"):
            pg.t(8, y, lab[1:], 7.5, "sansb", title_color)
            y += 8
            continue
        pg.t(8, y, lab, 5.6, "sans", (120, 120, 130))
        pg.t(8, y + 5.2, val, 7.6, "sansb", fg)
        y += 13
    if foot:
        pg.rect(8, 228, 101, 12, fill=title_color, stroke=title_color)
        pg.t(58.5, 235.5, foot, 7.5, "sansb", (255, 255, 255), "m")
    return pg


def shenasnameh(s, rng):
    """Iranian birth record (shenasnameh), Persian only, page with data."""
    pg = Page(148, 105, (238, 232, 214))
    g = (40, 90, 60)
    pg.rect(3, 3, 142, 99, g, None, 0.6)
    pg.t(74, 12, "جمهوری اسلامی ایران", 14, "fa", g, "m")
    pg.t(74, 20, "سازمان ثبت احوال کشور", 11, "fa", g, "m")
    pg.t(74, 28, "شناسنامه", 13, "fa", (0, 0, 0), "m")
    y = 40
    for lab, val in s["rows"]:
        pg.t(140, y, lab + " :", 10, "fa", g, "r")
        pg.t(92, y, val, 11, "fa", (20, 20, 60), "r")
        y += 8.4
    pg.photo(8, 36, 24, 30)
    pg.t(20, 96, s["serial"], 8, "monob", (150, 20, 20), "m")
    pg.stamp(125, 92, 8, ["ثبت", "", ""], (90, 40, 140))
    return pg


def translation(t, rng):
    pg = Page()
    pg.t(14, 18, t["translator"], 11, "serifb")
    for i, ln in enumerate(t["translator_lines"]):
        pg.t(14, 23 + i * 4.3, ln, 8.5, "seriti")
    pg.t(105, 50, "TRADUCTION", 14, "serifb", anchor="m")
    pg.t(105, 56, "de l'original rédigé en langue persane (farsi)", 9, "seriti", anchor="m")
    pg.t(105, 68, "ACTE DE NAISSANCE (SHENASNAMEH)", 12, "serifb", anchor="m")
    pg.t(
        105,
        74,
        "République islamique d'Iran – Organisation nationale de l'état civil",
        9,
        "serif",
        anchor="m",
    )
    y = 86
    for lab, val in t["rows"]:
        w = pg.t(20, y, lab + " :", 10, "serif")
        pg.t(max(20 + w + 3, 82), y, val, 10, "serifb")
        y += 7
    y += 6
    y = pg.para(20, y, t["legal_note"], 170, 9, "seriti")
    y = pg.para(
        20,
        y + 6,
        "Traduction certifiée conforme à l'original qui m'a été présenté, "
        "enregistrée sous le n° " + t["reg"] + ".",
        170,
        9.5,
        "serif",
    )
    pg.t(130, y + 8, "Paris, le " + t["date"], 9.5, "serif")
    pg.stamp(60, y + 28, 16, ["EXPERT PRÈS LA", "COUR D'APPEL", "DE PARIS"], (40, 60, 160))
    pg.signature(rng, 130, y + 14, 40, 12)
    return pg
