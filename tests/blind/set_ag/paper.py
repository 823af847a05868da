"""Paper documents of set_ag: bills, lease, hosting attestation, pay, RIB."""

from ids import fr_date, grp, words_fr
from render import Page, signature

GREY, BLUE = (90, 90, 90), (25, 45, 120)


def bouygues_bill(b, rng):
    pg = Page()
    pg.rect(0, 0, 210, 26, None, (0, 55, 110))
    pg.text(15, 16, "bouygues", "latob", 20, (255, 255, 255))
    pg.text(15, 22, "TELECOM", "lato", 8, (255, 255, 255))
    pg.text(195, 14, "Votre facture", "latob", 14, (255, 255, 255), "r")
    pg.text(195, 20, "du " + fr_date(b["issue"]), "lato", 10, (255, 255, 255), "r")
    pg.text(15, 36, "N° de facture : " + b["no"], "lato", 8.5, GREY)
    pg.text(15, 41, "N° de compte client : " + b["account"], "lato", 8.5, GREY)
    pg.text(15, 46, "Ligne Bbox : " + b["line"], "lato", 8.5, GREY)
    x = 118
    pg.text(x, 40, b["civ"] + " " + b["holder"], "latob", 10)
    for i, ln in enumerate(b["addr_lines"]):
        pg.text(x, 45 + i * 5, ln, "lato", 10)
    pg.rect(15, 64, 180, 26, None, (236, 242, 248))
    pg.text(20, 73, "Montant à payer", "lato", 11)
    pg.text(20, 84, b["amount_txt"] + " €", "latob", 20, (0, 55, 110))
    pg.text(110, 73, "Prélevé à partir du " + fr_date(b["debit"]), "lato", 9)
    pg.text(110, 79, "sur le compte " + b["iban_masked"], "lato", 9)
    pg.text(15, 104, "Détail de votre facture", "latob", 12, (0, 55, 110))
    pg.line(15, 107, 195, 107, 0.6, (0, 55, 110))
    rows = [
        (
            "Forfait Bbox fit (fibre) — du %s au %s" % (fr_date(b["start"]), fr_date(b["end"])),
            b["plan"],
        ),
        ("Location Bbox et décodeur TV", "0,00"),
        ("Communications incluses (fixe vers fixes et mobiles)", "0,00"),
    ]
    if b.get("extra"):
        rows.append(b["extra"])
    y = 114
    for lab, amt in rows:
        pg.text(18, y, lab, "lato", 9)
        pg.text(192, y, amt + " €", "lato", 9, (0, 0, 0), "r")
        y += 7
    pg.line(15, y - 3, 195, y - 3, 0.3, GREY)
    pg.text(18, y + 3, "Total TTC", "latob", 10)
    pg.text(192, y + 3, b["amount_txt"] + " €", "latob", 10, (0, 0, 0), "r")
    pg.text(18, y + 9, "dont TVA 20 % : " + b["vat"] + " €", "lato", 8, GREY)
    pg.text(15, y + 24, "Adresse d'installation : " + ", ".join(b["addr_lines"]), "lato", 8.5)
    pg.para(
        15,
        268,
        "Bouygues Telecom — SA au capital de 712 588 399,56 € — 397 480 930 RCS "
        "Paris — 37-39 rue Boissière, 75116 Paris. Service client 1064. Facture disponible "
        "dans votre Espace Client.",
        180,
        "lato",
        7,
        color=GREY,
    )
    pg.text(195, 290, "Page 1/1", "lato", 7, GREY, "r")
    return pg


def lease(L, rng):
    """Contrat de location (loi n° 89-462 du 6 juillet 1989), 3 pages."""
    f, fb = L.get("font", "carlito"), L.get("fontb", "carlitob")
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", fb, 16, (0, 0, 0), "c")
    p1.text(105, 29, L["kind"], f, 10, (0, 0, 0), "c")
    p1.text(
        105,
        34,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs)",
        f,
        8,
        GREY,
        "c",
    )
    y = 48
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y = p1.para(
        20,
        y + 7,
        "Le présent contrat est conclu entre les soussignés : "
        + L["landlord_txt"]
        + ", ci-après désigné(e) « le bailleur » ;",
        170,
        f,
        10,
        4.8,
    )
    y = p1.para(
        20,
        y + 2,
        "et " + L["tenant_txt"] + ", ci-après désigné(e) « le locataire ».",
        170,
        f,
        10,
        4.8,
    )
    y += 6
    p1.text(20, y, "II. OBJET DU CONTRAT", fb, 11)
    y = p1.para(
        20, y + 7, "Adresse du logement : " + L["address"] + ". " + L["desc"], 170, f, 10, 4.8
    )
    y += 6
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y = p1.para(
        20,
        y + 7,
        "Date de prise d'effet du contrat : " + L["start_txt"] + ". Durée du "
        "contrat : " + L["duration"] + ", reconduction tacite.",
        170,
        f,
        10,
        4.8,
    )
    y += 6
    p1.text(20, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y = p1.para(
        20,
        y + 7,
        "Montant du loyer mensuel : %s € hors charges ; provision sur charges : "
        "%s € ; paiement mensuel, à terme à échoir, le 5 de chaque mois. Dépôt de "
        "garantie : %s €." % (L["rent"], L["charges"], L["deposit"]),
        170,
        f,
        10,
        4.8,
    )
    p1.text(105, 288, "Paraphes : ____   ____                      1/3", f, 8, GREY, "c")
    p2 = Page()
    y = 24
    for title, txt in [
        (
            "V. TRAVAUX",
            "Le locataire ne peut transformer les locaux sans l'accord écrit du "
            "bailleur. Les travaux d'amélioration réalisés depuis la fin du dernier contrat : néant.",
        ),
        (
            "VI. GARANTIES",
            "Aucune caution n'est demandée." if not L.get("guarantor") else L["guarantor"],
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            "Le présent contrat sera résilié de "
            "plein droit deux mois après un commandement de payer demeuré infructueux, à défaut de "
            "paiement du loyer, des charges ou du dépôt de garantie, ou à défaut d'assurance contre "
            "les risques locatifs.",
        ),
        (
            "VIII. ANNEXES",
            "Sont annexés au présent contrat : le dossier de diagnostic technique "
            "(DPE classe "
            + L["dpe"]
            + ", CREP, état des risques), la notice d'information, l'état "
            "des lieux d'entrée, l'inventaire du mobilier le cas échéant.",
        ),
    ]:
        p2.text(20, y, title, fb, 11)
        y = p2.para(20, y + 7, txt, 170, f, 10, 4.8) + 6
    p2.text(105, 288, "Paraphes : ____   ____                      2/3", f, 8, GREY, "c")
    p3 = Page()
    p3.text(20, 30, "IX. SIGNATURES", fb, 11)
    p3.text(
        20,
        40,
        "Fait et signé à %s, le %s, en deux exemplaires originaux."
        % (L["city"], fr_date(L["signed"])),
        f,
        10,
    )
    p3.text(25, 55, "Le bailleur", fb, 10)
    p3.text(25, 60, "(« lu et approuvé »)", f, 8, GREY)
    p3.text(120, 55, "Le(s) locataire(s)", fb, 10)
    p3.text(120, 60, "(« lu et approuvé »)", f, 8, GREY)
    p3.hand(25, 70, "Lu et approuvé", "breip", 12, seed=rng.randrange(999))
    p3.hand(120, 70, "Lu et approuvé", "ecolier", 13, seed=rng.randrange(999))
    p3.image(22, 73, 55, 22, signature(L["landlord_sig"], rng.randrange(999)))
    p3.image(118, 73, 55, 22, signature(L["tenant_sig"], rng.randrange(999), font="kaushan"))
    p3.text(105, 288, "3/3", f, 8, GREY, "c")
    return [p1, p2, p3]


def hosting_attestation(h, rng):
    """Handwritten attestation d'hébergement on squared-free plain paper."""
    pg = Page(210, 297, bg=(252, 252, 250))
    hf, sz = h.get("hfont", "dkg"), 15
    r = rng.randrange(9999)
    pg.hand(70, 30, "Attestation d'hébergement", hf, 19, seed=r)
    lines = [
        "Je soussignée %s," % h["host"],
        "née le %s à %s," % (fr_date(h["host_dob"]), h["host_pob"]),
        "demeurant %s," % h["addr1"],
        h["addr2"] + ",",
        "atteste sur l'honneur héberger à mon domicile",
        "mon époux, %s, né le %s" % (h["hosted"], fr_date(h["hosted_dob"])),
        "à %s (Corée du Sud), depuis le %s." % (h["hosted_pob"], fr_date(h["since"])),
        "",
        "Je joins la copie de ma carte d'identité et de mon",
        "bail d'habitation.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        "",
        "Fait à %s, le %s" % (h["city"], fr_date(h["signed"])),
    ]
    y = 50
    for i, ln in enumerate(lines):
        if ln:
            pg.hand(22 + rng.uniform(-1, 1), y, ln, hf, sz, seed=r + i + 1)
        y += 11
    pg.image(105, y, 75, 30, signature(h["host_sig"], rng.randrange(999)))
    return pg


def payslip(s, rng):
    """Bulletin de paie clarifié (arrêté du 25 février 2016)."""
    f, fb = s.get("font", "open"), s.get("fontb", "openb")
    pg = Page()
    pg.text(105, 14, "BULLETIN DE PAIE", fb, 13, (0, 0, 0), "c")
    pg.text(
        105,
        19,
        "Période du %s au %s" % (fr_date(s["start"]), fr_date(s["end"])),
        f,
        8,
        (0, 0, 0),
        "c",
    )
    pg.rect(12, 24, 92, 30, (0, 0, 0), None, 0.5)
    y = 29
    for t in [
        s["employer"],
        s["emp_addr1"],
        s["emp_addr2"],
        "SIRET : " + s["siret"],
        "Code NAF : " + s["naf"],
        "Convention collective : " + s["ccn"],
    ]:
        pg.text(14, y, t, fb if t == s["employer"] else f, 7.5)
        y += 4.3
    pg.rect(110, 24, 88, 30, (0, 0, 0), None, 0.5)
    y = 30
    for t in [s["employee"], s["ee_addr1"], s["ee_addr2"]]:
        pg.text(113, y, t, fb if t == s["employee"] else f, 8.5)
        y += 5
    pg.text(113, 48, "Matricule : %s   N° SS : %s" % (s["matricule"], s["nir_txt"]), f, 6.8)
    y = 60
    for t in [
        "Emploi : " + s["job"],
        "Statut : Non cadre   Coefficient : " + s["coef"],
        "Date d'entrée : " + fr_date(s["hired"]),
        "Contrat : " + s["contract"],
    ]:
        pg.text(14, y, t, f, 7.5)
        y += 4.2
    pg.rect(12, 78, 186, 6, None, (220, 226, 236))
    for x, t, a in [
        (14, "Éléments de paie", "l"),
        (120, "Base", "r"),
        (145, "Taux", "r"),
        (170, "Montant salarié", "r"),
        (196, "Part employeur", "r"),
    ]:
        pg.text(x, 82.3, t, fb, 7.2, (0, 0, 0), a)
    y = 90
    for lab, base, taux, amt, emp in s["rows"]:
        bold = lab.isupper()
        pg.text(14, y, lab, fb if bold else f, 7.2)
        for x, v in [(120, base), (145, taux), (170, amt), (196, emp)]:
            if v:
                pg.text(x, y, v, fb if bold else f, 7.2, (0, 0, 0), "r")
        y += 5
    pg.rect(12, y + 2, 186, 14, (0, 0, 0), (242, 242, 242), 0.5)
    pg.text(14, y + 8, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 8.5)
    pg.text(196, y + 8, s["net_before"] + " €", fb, 8.5, (0, 0, 0), "r")
    pg.text(
        14,
        y + 13.5,
        "Impôt sur le revenu prélevé à la source — taux personnalisé " + s["pas_rate"],
        f,
        7,
    )
    pg.text(196, y + 13.5, "-" + s["pas"] + " €", f, 7, (0, 0, 0), "r")
    pg.rect(120, y + 20, 78, 10, (0, 0, 0), (225, 235, 225), 0.8)
    pg.text(123, y + 26.6, "NET PAYÉ EN EUROS", fb, 9)
    pg.text(196, y + 26.6, s["net"] + " €", fb, 11, (0, 0, 0), "r")
    pg.text(14, y + 27, "Payé le %s par virement" % fr_date(s["paid"]), f, 7.5)
    pg.para(
        14,
        282,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr.",
        180,
        f,
        6.5,
        color=GREY,
    )
    return pg


def contract_cdd(c, rng):
    f, fb = "serif", "serifb"
    p1 = Page()
    p1.text(105, 24, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", fb, 14, (0, 0, 0), "c")
    p1.text(105, 30, "(articles L. 1242-1 et suivants du Code du travail)", f, 9, GREY, "c")
    y = p1.para(
        20,
        44,
        "Entre la société %s, %s, immatriculée au RCS de Paris sous le numéro %s, "
        "dont le siège est situé %s, représentée par %s en sa qualité de gérant, "
        "ci-après « l'employeur »,"
        % (c["employer"], c["form"], c["siren_txt"], c["emp_addr"], c["rep"]),
        170,
        f,
        10.5,
        5,
    )
    y = p1.para(
        20,
        y + 3,
        "et %s, née le %s à %s (Argentine), de nationalité argentine, "
        "demeurant %s, titulaire d'un titre de séjour l'autorisant à travailler, "
        "ci-après « la salariée »," % (c["employee"], fr_date(c["dob"]), c["pob"], c["addr"]),
        170,
        f,
        10.5,
        5,
    )
    y = p1.para(20, y + 3, "il a été convenu ce qui suit.", 170, f, 10.5, 5) + 4
    arts = [
        (
            "Article 1 — Engagement et motif",
            "La salariée est engagée à durée déterminée pour faire"
            " face à un accroissement temporaire d'activité lié à la saison d'hiver.",
        ),
        (
            "Article 2 — Durée",
            "Le contrat prend effet le %s et se termine le %s. Il comporte une "
            "période d'essai de deux semaines." % (words_fr(c["start"]), words_fr(c["end"])),
        ),
        (
            "Article 3 — Fonctions",
            "La salariée occupe l'emploi de %s, niveau I échelon 2 de la "
            "convention collective des hôtels, cafés, restaurants (HCR)." % c["job"],
        ),
        (
            "Article 4 — Rémunération",
            "La rémunération brute mensuelle est fixée à %s € pour "
            "151,67 heures de travail par mois." % c["gross"],
        ),
        ("Article 5 — Lieu de travail", "Le lieu de travail est fixé au " + c["work_addr"] + "."),
    ]
    for t, txt in arts:
        p1.text(20, y, t, fb, 10.5)
        y = p1.para(20, y + 6, txt, 170, f, 10.5, 5) + 4
    p1.text(105, 288, "1/2", f, 8, GREY, "c")
    p2 = Page()
    y = 26
    for t, txt in [
        (
            "Article 6 — Indemnité de fin de contrat",
            "À l'issue du contrat, la salariée percevra "
            "l'indemnité de fin de contrat prévue à l'article L. 1243-8 du Code du travail.",
        ),
        (
            "Article 7 — Caisses",
            "Retraite complémentaire : AGIRC-ARRCO (Malakoff Humanis). "
            "Prévoyance et mutuelle : HCR Prévoyance.",
        ),
    ]:
        p2.text(20, y, t, fb, 10.5)
        y = p2.para(20, y + 6, txt, 170, f, 10.5, 5) + 4
    p2.text(20, y + 8, "Fait à Paris, le %s, en deux exemplaires." % fr_date(c["signed"]), f, 10.5)
    p2.text(25, y + 22, "L'employeur", fb, 10)
    p2.text(120, y + 22, "La salariée", fb, 10)
    p2.text(120, y + 27, "(mention « lu et approuvé »)", f, 8, GREY)
    p2.image(22, y + 28, 55, 22, signature(c["rep"].split()[-1], rng.randrange(999)))
    p2.text(105, 288, "2/2", f, 8, GREY, "c")
    return [p1, p2]


def rib(r, rng):
    """Relevé d'identité bancaire as a bank's web banking prints it."""
    pg = Page()
    c = r["color"]
    pg.rect(15, 15, 180, 14, None, c)
    pg.text(20, 25, r["bank"], r.get("fontb", "libb"), 13, (255, 255, 255))
    pg.text(190, 25, r["title"], r.get("font", "lib"), 10, (255, 255, 255), "r")
    f, fb = r.get("font", "lib"), r.get("fontb", "libb")
    y = 40
    pg.text(20, y, r["l_holder"], f, 8, GREY)
    pg.text(20, y + 5, r["holder"], fb, 11)
    for i, ln in enumerate(r["addr_lines"]):
        pg.text(20, y + 10 + i * 4.8, ln, f, 9.5)
    pg.text(120, y, "Domiciliation", f, 8, GREY)
    for i, ln in enumerate(r["branch_lines"]):
        pg.text(120, y + 5 + i * 4.8, ln, f, 9.5)
    y = 72
    if r.get("rib_parts"):
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        xs = [20, 55, 92, 150]
        pg.rect(15, y - 5, 180, 15, (120, 120, 120), None, 0.4)
        for x, h, v in zip(xs, heads, r["rib_parts"]):
            pg.text(x, y, h, f, 8, GREY)
            pg.text(x, y + 6, v, "mono", 11)
        y += 20
    pg.text(20, y, r["l_iban"], f, 8, GREY)
    pg.text(20, y + 6, grp(r["iban"]), "mono", 12)
    pg.text(20, y + 15, r["l_bic"], f, 8, GREY)
    pg.text(20, y + 21, r["bic"], "mono", 12)
    pg.para(20, y + 36, r["note"], 170, f, 8, color=GREY)
    return pg


def boursobank_screen(r, rng):
    """Phone screenshot (1170 x 2532 px at 460 dpi ~ 64.6 x 139.8 mm) of an app RIB screen."""
    w, h = 1170 / 460 * 25.4, 2532 / 460 * 25.4
    pg = Page(w, h, bg=(246, 246, 250))
    pg.text(5, 4.6, "09:41", "robotom", 8)
    pg.text(w - 5, 4.6, "5G  86 %", "robotom", 7, (0, 0, 0), "r")
    pg.text(5, 15, "‹", "robotom", 16, (30, 30, 30))
    pg.text(w / 2, 14, "Mon RIB", "robotob", 10, (0, 0, 0), "c")
    pg.rect(4, 22, w - 8, 40, None, (255, 255, 255))
    pg.text(8, 29, "BoursoBank", "robotob", 11, (0, 98, 168))
    pg.text(8, 35, "Compte bancaire", "roboto", 7, GREY)
    y = 43
    for lab, val in [("Titulaire", r["holder"]), ("IBAN", grp(r["iban"])), ("BIC", r["bic"])]:
        pg.text(8, y, lab, "roboto", 6, GREY)
        pg.text(8, y + 4, val, "robotom", 6.8 if lab == "IBAN" else 8)
        y += 10
    pg.rect(4, 66, w - 8, 34, None, (255, 255, 255))
    y = 72
    for lab, val in zip(["Banque", "Guichet", "N° de compte", "Clé"], r["rib_parts"]):
        pg.text(8, y, lab, "roboto", 7, GREY)
        pg.text(w - 8, y, val, "robotom", 7.5, (0, 0, 0), "r")
        y += 7
    pg.text(8, 108, "Domiciliation : BoursoBank, 44 rue Traversière,", "roboto", 6, GREY)
    pg.text(8, 112, "CS 80134, 92772 Boulogne-Billancourt Cedex", "roboto", 6, GREY)
    for i, t in enumerate(["Partager mon RIB", "Télécharger en PDF"]):
        pg.rect(6, 118 + i * 9, w - 12, 7, None, (0, 98, 168) if i == 0 else (230, 236, 244))
        pg.text(
            w / 2,
            122.7 + i * 9,
            t,
            "robotom",
            7.5,
            (255, 255, 255) if i == 0 else (0, 98, 168),
            "c",
        )
    pg.rect(w / 2 - 12, h - 2.5, 24, 0.8, None, (20, 20, 20))
    return pg
