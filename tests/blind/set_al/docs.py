"""Layouts of the documents of set_al (drawn from public descriptions of the real ones)."""

from render import Page, fr_date, fr_words, group4, mrv_a, td3

BLUE = (20, 40, 120)
INK = (25, 35, 110)


def application_form(p, hand=False):
    """Cerfa 15763 (S1106) 'Demande d'ouverture des droits à l'assurance maladie'."""
    pg = Page()
    vf, vs, vc = ("hand", 13, INK) if hand else ("sans", 10, (0, 0, 0))
    pg.text(15, 16, "cerfa", "sansb", 14)
    pg.text(15, 21, "N° 15763*02", "sans", 8)
    pg.text(195, 16, "l'Assurance Maladie", "sansb", 11, BLUE, "r")
    pg.text(105, 32, "DEMANDE D'OUVERTURE DES DROITS", "sansb", 13, align="c")
    pg.text(105, 38, "À L'ASSURANCE MALADIE", "sansb", 13, align="c")
    pg.text(
        105,
        43,
        "(Articles L. 160-1 et R. 111-3 du Code de la sécurité sociale)",
        "sans",
        7,
        align="c",
    )
    pg.rect(15, 50, 180, 7, fill=(210, 220, 240))
    pg.text(17, 55, "A. VOTRE IDENTITÉ", "sansb", 10)
    rows = [
        ("Nom de naissance", p["surname"]),
        ("Nom d'usage (facultatif)", ""),
        ("Prénom(s)", p["given_form"]),
        ("Date de naissance", fr_date(p["dob"])),
        ("Lieu de naissance (commune, pays)", p["birthplace_fr"]),
        ("Nationalité", p["nationality_fr"]),
        ("Adresse", p["address1"]),
        ("Code postal, commune", p["address2"]),
        ("N° de sécurité sociale (si vous en avez un)", ""),
        ("N° allocataire CAF", ""),
    ]
    y = 66
    for lab, val in rows:
        pg.text(17, y, lab + " :", "sans", 8.5)
        pg.line(80, y + 1, 193, y + 1, 0.15, (120, 120, 120))
        if val:
            pg.text(82, y - 0.3, val, vf, vs, vc)
        y += 9
    pg.rect(15, y, 180, 7, fill=(210, 220, 240))
    pg.text(17, y + 5, "B. VOTRE SITUATION", "sansb", 10)
    y += 14
    emp = p["employed"]
    opts = [("Vous exercez une activité salariée", emp), ("Vous êtes sans activité", not emp)]
    for lab, on in opts:
        pg.rect(18, y - 3.2, 3.5, 3.5)
        if on:
            pg.text(18.3, y, "X", vf if hand else "sansb", vs, vc)
        pg.text(24, y, lab, "sans", 9)
        y += 7
    pg.text(17, y, "Profession :", "sans", 8.5)
    pg.text(82, y, p.get("job", "") if emp else "", vf, vs, vc)
    y += 7
    pg.text(17, y, "Type de contrat (CDI, CDD...) :", "sans", 8.5)
    pg.text(82, y, p.get("contract", "") if emp else "", vf, vs, vc)
    y += 12
    pg.rect(15, y, 180, 7, fill=(210, 220, 240))
    pg.text(17, y + 5, "C. ENGAGEMENT ET SIGNATURE", "sansb", 10)
    y += 14
    pg.text(
        17,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce",
        "sans",
        8.5,
    )
    pg.text(17, y + 4, "formulaire.", "sans", 8.5)
    y += 14
    pg.text(17, y, "Fait à", "sans", 9)
    pg.text(30, y, p["city"], vf, vs, vc)
    pg.text(80, y, "le", "sans", 9)
    pg.text(86, y, fr_date(p["form_date"]), vf, vs, vc)
    pg.text(130, y, "Signature :", "sans", 9)
    pg.text(135, y + 12, p["signature"], "sign", 20, INK)
    pg.text(15, 285, "S1106 — 11/2023", "sans", 6.5, (90, 90, 90))
    return pg


def passport(p, c):
    """TD3 data page, 125 x 88 mm."""
    pg = Page(125, 88, bg=c["paper"])
    pg.text(62.5, 6, c["head"], "sansb", 7, c["ink"], "c")
    pg.text(62.5, 10, c["head2"], "sans", 6, c["ink"], "c")
    pg.rect(5, 14, 30, 38, fill=(205, 200, 195), stroke=None)
    pg.ellipse(11, 18, 18, 22, fill=(120, 110, 100))
    pg.ellipse(7, 38, 26, 20, fill=(90, 90, 100))
    pg.rect(4.8, 52, 30.4, 7, fill=c["paper"], stroke=None)
    x = 40
    items = [
        (c["l_type"], "P", c["l_code"], p["iso"], c["l_no"], p["passport_no"]),
    ]
    lab, val, lab2, val2, lab3, val3 = items[0]
    pg.text(x, 16, lab, "sans", 4.5, c["ink"])
    pg.text(x, 19.5, val, "sansb", 7)
    pg.text(x + 18, 16, lab2, "sans", 4.5, c["ink"])
    pg.text(x + 18, 19.5, val2, "sansb", 7)
    pg.text(x + 45, 16, lab3, "sans", 4.5, c["ink"])
    pg.text(x + 45, 19.5, val3, "sansb", 7.5)
    fields = [
        (c["l_sur"], p["surname"]),
        (c["l_giv"], p["given_mrz"]),
        (c["l_nat"], c["nat_text"]),
        (c["l_dob"], p["dob_pp"]),
        (c["l_sex"], p["sex"]),
        (c["l_pob"], p["pob_pp"]),
        (c["l_iss"], p["pp_issue_pp"]),
        (c["l_exp"], p["pp_exp_pp"]),
    ]
    y = 24
    for lab, val in fields:
        pg.text(x, y, lab, "sans", 4.5, c["ink"])
        pg.text(x, y + 3.4, val, "sansb", 7)
        y += 6.6
    pg.text(95, 74, p["signature"], "sign", 11, INK)
    l1, l2 = td3(
        "P",
        p["iso"],
        p["surname_mrz"],
        p["given_mrz"],
        p["passport_no"],
        p["iso"],
        p["dob"],
        p["sex"],
        p["pp_exp"],
        p.get("pp_opt", ""),
    )
    pg.text(5, 80, l1, "ocrb", 9.6)
    pg.text(5, 85.5, l2, "ocrb", 9.6)
    return pg


def visa(p):
    """French type D visa sticker (MRV-A, 120 x 80 mm) with VLS-TS remark."""
    pg = Page(120, 80, bg=(238, 232, 240))
    for i in range(0, 120, 6):
        pg.line(i, 0, i + 20, 80, 0.1, (215, 200, 225))
    pg.text(4, 6, "VISA", "sansb", 9, BLUE)
    pg.text(40, 6, "FRA", "sansb", 9, BLUE)
    pg.text(116, 6, p["visa_no_print"], "sansb", 9, (170, 20, 20), "r")
    pg.rect(4, 9, 26, 33, fill=(200, 195, 195), stroke=None)
    pg.ellipse(9, 12, 16, 19, fill=(125, 115, 105))
    pg.ellipse(6, 30, 22, 16, fill=(95, 95, 105))
    pg.rect(4, 42, 26, 4, fill=(238, 232, 240), stroke=None)
    x = 34
    cells = [
        ("VALABLE POUR / VALID FOR", "FRANCE"),
        ("DU / FROM", fr_date(p["visa_from"]).replace("/", "-")),
        ("AU / UNTIL", fr_date(p["visa_until"]).replace("/", "-")),
        ("TYPE DE VISA / TYPE OF VISA", "D"),
        ("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT"),
        ("DUREE DU SEJOUR / DURATION OF STAY", "365 JOURS"),
        ("DELIVRE A / ISSUED IN", p["visa_post"]),
        ("LE / ON", fr_date(p["visa_issue"]).replace("/", "-")),
        ("NOM, PRENOM / NAME, FIRST NAME", f"{p['surname_mrz']}, {p['given_mrz']}"),
        ("N° DU PASSEPORT / PASSPORT NUMBER", p["passport_no"]),
    ]
    y = 11
    for i, (lab, val) in enumerate(cells):
        cx = x if i % 2 == 0 or i >= 8 else x + 42
        pg.text(cx, y, lab, "sans", 3.6, (80, 60, 90))
        pg.text(cx, y + 3.2, val, "sansb", 6.5)
        if i % 2 == 1 or i >= 8:
            y += 6.8
    pg.text(4, 56, "REMARQUES:", "sans", 3.8, (80, 60, 90))
    pg.text(4, 59.5, f"VLS-TS {p['visa_category']}", "sansb", 6.2)
    pg.text(4, 63, "CESEDA R.431-16 " + p["visa_extra"], "sansb", 5.5)
    l1, l2 = mrv_a(
        "FRA",
        p["surname_mrz"],
        p["given_mrz"],
        p["visa_no"],
        p["iso"],
        p["dob"],
        p["sex"],
        p["visa_until"],
    )
    pg.text(3, 71, l1, "ocrb", 9.2)
    pg.text(3, 77, l2, "ocrb", 9.2)
    return pg


def apostille(a):
    """Hague Convention 1961 model certificate, 10 numbered items."""
    pg = Page()
    pg.rect(35, 30, 140, 150, stroke=(0, 0, 0), width=0.6)
    pg.text(105, 42, "APOSTILLE", "serifb", 16, align="c")
    pg.text(105, 49, a["conv"], "serif", 8, align="c")
    y = 62
    pg.text(40, y, f"1. {a['l_country']}", "serif", 9)
    pg.text(115, y, a["country"], "serifb", 9)
    pg.text(40, y + 6, a["l_attest"], "serif", 8)
    rows = [
        ("2.", a["l2"], a["signer_doc"]),
        ("3.", a["l3"], a["signer_role"]),
        ("4.", a["l4"], a["seal"]),
    ]
    y += 14
    for n, lab, val in rows:
        pg.text(40, y, f"{n} {lab}", "serif", 8.5)
        pg.text(115, y, val, "serifb", 8.5)
        y += 9
    pg.text(105, y, a["l_cert"], "serifb", 9, align="c")
    y += 9
    rows = [
        ("5.", a["l5"], a["place"]),
        ("6.", a["l6"], a["date_print"]),
        ("7.", a["l7"], a["authority"]),
        ("8.", a["l8"], a["number"]),
        ("9.", a["l9"], ""),
        ("10.", a["l10"], ""),
    ]
    for n, lab, val in rows:
        pg.text(40, y, f"{n} {lab}", "serif", 8.5)
        pg.text(115, y, val, "serifb", 8.5)
        y += 9
    pg.ellipse(55, y - 12, 30, 30, fill=(205, 215, 235))
    pg.text(70, y + 4, "SEAL", "serifb", 7, BLUE, "c")
    pg.text(120, y + 6, a["signed_by"], "serif", 8.5)
    pg.text(118, y - 2, a["sig"], "sign", 16, INK)
    return pg


def lease(p, L):
    """Contrat de location, logement vide (loi n° 89-462 du 6 juillet 1989), 2 pages."""
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", "serifb", 15, align="c")
    p1.text(105, 29, "Locaux vides à usage d'habitation", "serif", 10, align="c")
    p1.text(105, 35, "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989)", "serif", 8, align="c")
    y = 50
    y = p1.lines(20, y, ["I. DÉSIGNATION DES PARTIES"], "serifb", 10)
    y = p1.lines(
        20,
        y + 3,
        [
            "Le présent contrat est conclu entre les soussignés :",
            f"{L['landlord']}, demeurant {L['landlord_addr']},",
            "désigné(e) ci-après « le bailleur » ;",
            "",
            f"et Mme {p['given_form']} {p['surname']}, née le {fr_date(p['dob'])},",
            "désigné(e) ci-après « le locataire ».",
        ],
        "serif",
        9.5,
    )
    y = p1.lines(20, y + 5, ["II. OBJET DU CONTRAT"], "serifb", 10)
    y = p1.lines(
        20,
        y + 3,
        [
            f"Adresse du logement : {p['address1']}, {p['address2']}",
            f"Type d'habitat : immeuble collectif — {L['rooms']} — surface habitable : {L['surface']}",
            "Régime juridique de l'immeuble : copropriété",
            "Équipements : cuisine équipée, cave n° 12",
        ],
        "serif",
        9.5,
    )
    y = p1.lines(20, y + 5, ["III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT"], "serifb", 10)
    y = p1.lines(
        20,
        y + 3,
        [
            f"Date de prise d'effet du contrat : {fr_words(L['start'])}",
            "Durée du contrat : 3 ans, renouvelable tacitement.",
        ],
        "serif",
        9.5,
    )
    y = p1.lines(20, y + 5, ["IV. CONDITIONS FINANCIÈRES"], "serifb", 10)
    p1.lines(
        20,
        y + 3,
        [
            f"Loyer mensuel hors charges : {L['rent']} €",
            f"Provision sur charges : {L['charges']} € — payable le 5 de chaque mois",
            f"Dépôt de garantie : {L['rent']} €",
        ],
        "serif",
        9.5,
    )
    p1.text(190, 285, "Page 1/2", "serif", 8, align="r")
    p2 = Page()
    y = p2.lines(20, 25, ["V. CLAUSE RÉSOLUTOIRE — VI. ANNEXES"], "serifb", 10)
    p2.lines(
        20,
        y + 3,
        [
            "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer ou des",
            "charges, du dépôt de garantie, ou de non-souscription d'une assurance habitation.",
            "Sont annexés : diagnostic de performance énergétique, état des lieux, notice.",
        ],
        "serif",
        9.5,
    )
    p2.text(
        20, 80, f"Fait à {L['city']}, le {fr_date(L['signed'])}, en deux originaux.", "serif", 9.5
    )
    p2.text(25, 95, "Le bailleur", "serif", 9.5)
    p2.text(125, 95, "Le locataire", "serif", 9.5)
    p2.text(22, 108, L["landlord_sig"], "sign", 18, INK)
    p2.text(122, 108, p["signature"], "sign", 18, INK)
    p2.text(190, 285, "Page 2/2", "serif", 8, align="r")
    return [p1, p2]


def rib(b):
    pg = Page()
    pg.text(20, 22, b["bank"], "freeb", 16, b["color"])
    pg.text(20, 30, b["agency"], "free", 8.5)
    pg.text(105, 48, "RELEVÉ D'IDENTITÉ BANCAIRE", "freeb", 12, align="c")
    pg.rect(20, 55, 170, 60, stroke=(120, 120, 120))
    pg.text(25, 63, "Titulaire du compte", "free", 8, (90, 90, 90))
    pg.text(25, 69, b["holder_print"], "freeb", 10)
    pg.text(25, 74, b["holder_addr1"], "free", 9)
    pg.text(25, 79, b["holder_addr2"], "free", 9)
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    xs = [25, 55, 85, 135]
    vals = [b["bank_code"], b["branch"], b["account"], b["key"]]
    for x, h, v in zip(xs, heads, vals):
        pg.text(x, 90, h, "free", 7.5, (90, 90, 90))
        pg.text(x, 96, v, "freeb", 10)
    pg.text(25, 105, "IBAN", "free", 7.5, (90, 90, 90))
    pg.text(40, 105, group4(b["iban"]), "freeb", 10)
    pg.text(25, 111, "BIC", "free", 7.5, (90, 90, 90))
    pg.text(40, 111, b["bic"], "freeb", 10)
    pg.text(
        20,
        125,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou",
        "free",
        7.5,
    )
    pg.text(
        20, 129, "débiteurs appelés à faire inscrire des opérations sur votre compte.", "free", 7.5
    )
    return pg


def bill(bl):
    pg = Page()
    pg.text(20, 24, bl["brand"], "carlitob", 22, bl["color"])
    pg.text(20, 31, bl["brand_sub"], "carlito", 8.5)
    pg.text(120, 40, bl["holder_print"], "carlitob", 10.5)
    pg.text(120, 45.5, bl["addr1"], "carlito", 10)
    pg.text(120, 51, bl["addr2"], "carlito", 10)
    pg.text(20, 62, f"{bl['doc_title']} du {fr_date(bl['issue'])}", "carlitob", 13)
    pg.text(20, 69, f"N° de facture : {bl['no']}", "carlito", 9.5)
    pg.text(20, 74, f"{bl['client_label']} : {bl['client']}", "carlito", 9.5)
    pg.text(20, 79, f"Période du {fr_date(bl['start'])} au {fr_date(bl['end'])}", "carlito", 9.5)
    pg.rect(20, 88, 170, 22, fill=bl["tint"], stroke=None)
    pg.text(25, 98, "Montant total TTC à payer", "carlitob", 12)
    pg.text(185, 98, f"{bl['amount_print']} €", "carlitob", 16, bl["color"], "r")
    pg.text(25, 105, f"Prélevé le {fr_date(bl['debit'])} sur votre compte", "carlito", 9)
    y = 124
    pg.text(20, y, "Détail de votre facture", "carlitob", 11)
    y += 8
    for lab, amt in bl["lines"]:
        pg.text(22, y, lab, "carlito", 9.5)
        pg.text(188, y, amt, "carlito", 9.5, align="r")
        pg.line(20, y + 2, 190, y + 2, 0.1, (180, 180, 180))
        y += 7
    pg.text(20, 265, bl["legal"], "carlito", 6.5, (100, 100, 100))
    pg.text(
        20,
        269,
        f"Adresse de consommation / installation : {bl['addr1']}, {bl['addr2']}",
        "carlito",
        6.5,
        (100, 100, 100),
    )
    return pg


def payslip(s):
    pg = Page()
    pg.text(105, 16, "BULLETIN DE PAIE", "sansb", 13, align="c")
    pg.text(
        105, 22, f"Période du {fr_date(s['start'])} au {fr_date(s['end'])}", "sans", 8.5, align="c"
    )
    pg.rect(12, 28, 90, 34, stroke=(100, 100, 100))
    pg.lines(
        15,
        34,
        [
            s["employer"],
            s["emp_addr1"],
            s["emp_addr2"],
            f"SIRET : {s['siret']}",
            f"Code NAF : {s['naf']}",
            f"Convention collective : {s['ccn']}",
        ],
        "sans",
        7.5,
    )
    pg.rect(108, 28, 90, 34, stroke=(100, 100, 100))
    pg.lines(
        111,
        34,
        [
            s["employee_print"],
            s["addr1"],
            s["addr2"],
            f"Emploi : {s['job']}",
            f"Entrée le : {fr_date(s['hired'])}",
            "Statut : cadre",
        ],
        "sans",
        7.5,
    )
    y = 72
    pg.rect(12, y - 5, 186, 7, fill=(225, 225, 225), stroke=None)
    for x, h in ((14, "Éléments de paie"), (120, "Base"), (150, "Taux"), (196, "Montant")):
        pg.text(x, y, h, "sansb", 7.5, align="r" if x > 190 else "l")
    y += 7
    for lab, base, rate, amt in s["rows"]:
        pg.text(14, y, lab, "sans", 7.5)
        pg.text(120, y, base, "sans", 7.5)
        pg.text(150, y, rate, "sans", 7.5)
        pg.text(196, y, amt, "sans", 7.5, align="r")
        y += 5.2
    y += 6
    pg.rect(12, y, 186, 12, fill=(230, 238, 250), stroke=None)
    pg.text(14, y + 8, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "sansb", 8.5)
    pg.text(196, y + 8, s["net_before"], "sansb", 9, align="r")
    y += 16
    pg.text(14, y, f"Impôt sur le revenu prélevé à la source (taux {s['pas']})", "sans", 7.5)
    pg.text(196, y, s["pas_amt"], "sans", 7.5, align="r")
    y += 8
    pg.rect(12, y, 186, 12, fill=(200, 220, 245), stroke=None)
    pg.text(14, y + 8, "NET PAYÉ", "sansb", 10)
    pg.text(196, y + 8, f"{s['net_print']} €", "sansb", 11, align="r")
    pg.text(14, y + 20, f"Payé par virement le {fr_date(s['paid'])}", "sans", 7.5)
    pg.text(
        14,
        285,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
        "sans",
        6,
    )
    return pg


def contract(c):
    p1 = Page()
    p1.text(105, 24, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "serifb", 13, align="c")
    y = p1.lines(
        20,
        40,
        [
            "Entre les soussignés :",
            f"La société {c['employer']}, {c['form']} au capital de {c['capital']} €, dont le siège",
            f"est situé {c['emp_addr']}, immatriculée au RCS de Paris sous le",
            f"numéro {c['siren']}, représentée par {c['boss']}, en qualité de gérant,",
            "ci-après dénommée « l'employeur »,",
            "",
            f"Et Monsieur {c['employee_print']}, né le {fr_date(c['dob'])} à {c['pob']},",
            f"de nationalité {c['nat']}, demeurant {c['addr']},",
            "ci-après dénommé « le salarié ».",
            "",
            "Il a été convenu ce qui suit :",
        ],
        "serif",
        9.5,
    )
    arts = [
        (
            "Article 1 — Engagement",
            [
                f"Le salarié est engagé à compter du {fr_words(c['start'])} pour une durée indéterminée,",
                f"en qualité de {c['job']}, niveau {c['level']} de la convention collective",
                "nationale des hôtels, cafés, restaurants (HCR) du 30 avril 1997.",
            ],
        ),
        (
            "Article 2 — Période d'essai",
            [
                "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de",
                "deux mois de travail effectif.",
            ],
        ),
        (
            "Article 3 — Rémunération et durée du travail",
            [
                f"Le salarié percevra un salaire mensuel brut de {c['gross']} € pour une durée de",
                "travail de 39 heures par semaine, heures supplémentaires majorées incluses.",
            ],
        ),
        ("Article 4 — Lieu de travail", [f"Le lieu de travail est fixé au {c['emp_addr']}."]),
    ]
    y += 5
    for title, body in arts:
        y = p1.lines(20, y, [title], "serifb", 9.5)
        y = p1.lines(20, y + 1, body, "serif", 9.5) + 4
    p1.text(
        20, y + 6, f"Fait à Paris, le {fr_date(c['signed'])}, en deux exemplaires.", "serif", 9.5
    )
    p1.text(25, y + 18, "L'employeur", "serif", 9)
    p1.text(125, y + 18, "Le salarié (lu et approuvé)", "serif", 9)
    p1.text(25, y + 30, c["boss_sig"], "sign", 17, INK)
    p1.text(125, y + 30, c["sig"], "sign", 17, INK)
    return [p1]


def hosting(h):
    """Handwritten attestation d'hébergement on plain paper."""
    pg = Page(bg=(252, 252, 248))
    rows = [
        "Attestation d'hébergement",
        "",
        f"Je soussigné {h['host']}, né le {fr_date(h['host_dob'])} à {h['host_pob']},",
        f"demeurant {h['addr1']}, {h['addr2']},",
        "atteste sur l'honneur héberger à mon domicile mon épouse,",
        f"Madame {h['hosted']}, née le {fr_date(h['hosted_dob'])} à {h['hosted_pob']},",
        f"depuis le {fr_date(h['since'])}.",
        "",
        "Je joins la copie de ma pièce d'identité et de mes trois dernières",
        "factures d'électricité.",
        "",
        "Attestation faite pour servir et valoir ce que de droit.",
        "",
        f"Fait à {h['city']}, le {fr_date(h['signed_on'])}",
    ]
    y = 40
    for i, r in enumerate(rows):
        pg.text(
            100 if i == 0 else 22, y, r, "hand", 17 if i == 0 else 13.5, INK, "c" if i == 0 else "l"
        )
        y += 9 if i else 14
    pg.text(120, y + 6, h["sig"], "sign", 22, INK)
    return pg
