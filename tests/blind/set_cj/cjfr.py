"""French pieces: bills, leases, RIBs, a neobank screen, payslip, contract, attestation."""

from PIL import Image, ImageDraw

from cjlib import BLACK, BLUE_INK, Page, _font, spaced, text_w

GREY = (100, 100, 100)


def fd(d):
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"


def bill(b, rng):
    """One-month bill. b: provider, holder, addr1, addr2, issue, start, end, amount, ref, ..."""
    prov = b["provider"]
    style = {
        "TotalEnergies": ((230, 0, 40), "robotob", "roboto"),
        "Free": ((205, 30, 40), "arialb", "arial"),
        "Veolia": ((0, 110, 180), "latob", "lato"),
        "SFR": ((225, 0, 20), "opensb", "opens"),
    }[prov]
    col, fb, f = style
    pg = Page()
    if prov == "TotalEnergies":
        pg.rect(15, 12, 9, 9, 0, None, col)
        pg.text(27, 19, "TotalEnergies", 15, fb, col)
        pg.text(27, 24, "Électricité et Gaz de France", 7, f, GREY)
    elif prov == "Free":
        pg.text(15, 22, "free", 24, fb, col)
        pg.text(48, 22, "Facture Freebox", 11, f)
    elif prov == "Veolia":
        pg.text(15, 20, "VEOLIA", 18, fb, col)
        pg.text(15, 25, "Eau - Service client : 09 69 36 04 00", 7, f, GREY)
    else:
        pg.rect(15, 12, 14, 14, 0, None, col)
        pg.text(22, 22, "SFR", 9, fb, (255, 255, 255), "m")
        pg.text(33, 22, "Facture SFR Box", 12, fb)
    pg.text(195, 18, "Facture n° " + b["ref"], 9, fb, anchor="r")
    pg.text(195, 23, "du " + fd(b["issue"]), 9, f, anchor="r")
    pg.text(195, 28, b["client_label"] + " : " + b["client"], 8, f, anchor="r")
    # address window
    y = 50
    for ln in [b["holder_print"], b["addr1"], b["addr2"]]:
        pg.text(115, y, ln, 10, f)
        y += 5
    pg.rect(15, 80, 180, 24, 0.3, col)
    pg.text(20, 88, b["period_label"], 9, f)
    pg.text(20, 95, "du " + fd(b["start"]) + " au " + fd(b["end"]), 10, fb)
    pg.text(190, 88, "Montant à payer", 9, f, anchor="r")
    pg.text(190, 98, b["amount"] + " €", 16, fb, col, "r")
    pg.text(20, 101, "Prélevé le " + fd(b["debit"]) + " sur votre compte", 7.5, f, GREY)
    y = 116
    pg.text(15, y, "Détail de votre facture", 11, fb, col)
    y += 8
    for lab, amt in b["lines"]:
        pg.text(18, y, lab, 8.5, f)
        pg.text(192, y, amt, 8.5, f, anchor="r")
        pg.line(15, y + 2, 195, y + 2, 0.1, (200, 200, 200))
        y += 6.5
    pg.text(18, y + 3, "Total TTC", 9, fb)
    pg.text(192, y + 3, b["amount"] + " €", 9, fb, anchor="r")
    pg.text(15, y + 16, b["site_label"] + " : " + b["site_addr"], 8, f)
    pg.wrap(15, 272, b["legal"], 180, 6, f, 2.8, GREY)
    return pg


def bill_lines(provider, amount):
    a = float(amount.replace(",", "."))
    if provider == "TotalEnergies":
        parts = [("Abonnement Offre Essentielle 6 kVA", 0.28), ("Consommation (relevé réel)", 0.52)]
        parts += [("Accise sur l'électricité", 0.09), ("CTA", 0.03)]
    elif provider == "Veolia":
        parts = [("Abonnement eau potable", 0.2), ("Consommation 4 m³", 0.45)]
        parts += [("Assainissement collectif", 0.25), ("Redevances Agence de l'eau", 0.04)]
    else:
        parts = [("Forfait mensuel", 0.8), ("Communications hors forfait", 0.02)]
        parts += [("Option TV", 0.1)]
    out, acc = [], 0.0
    for lab, share in parts:
        v = round(a * share / 1.2, 2)
        acc += v
        out.append((lab, f"{v:.2f}".replace(".", ",")))
    out.append(("TVA", f"{a - acc:.2f}".replace(".", ",")))
    return out


def rib_paper(r, rng):
    """A French bank RIB (LCL, BNP Paribas, Société Générale layouts)."""
    pg = Page()
    bank = r["bank_name"]
    col = {"LCL": (0, 45, 120), "BNP Paribas": (0, 130, 80), "Société Générale": (220, 0, 30)}[bank]
    pg.text(15, 20, bank.upper() if bank == "LCL" else bank, 16, "arialb", col)
    pg.text(195, 20, "RELEVÉ D'IDENTITÉ BANCAIRE", 11, "arialb", anchor="r")
    pg.text(
        15,
        30,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou",
        7.5,
        "arial",
        GREY,
    )
    pg.text(
        15,
        34,
        "débiteurs appelés à faire inscrire des opérations à votre compte.",
        7.5,
        "arial",
        GREY,
    )
    pg.rect(15, 42, 180, 60, 0.4, col)
    pg.text(20, 50, "Titulaire du compte", 8, "arial", GREY)
    y = 56
    for ln in r["holder_lines"]:
        pg.text(20, y, ln, 10, "arialb")
        y += 5
    pg.text(120, 50, "Domiciliation", 8, "arial", GREY)
    pg.text(120, 56, r["agency"], 9, "arial")
    pg.text(120, 61, r["agency_addr"], 9, "arial")
    heads = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["guichet"]),
        ("N° de compte", r["account"]),
    ]
    heads.append(("Clé RIB", f"{r['key']:02d}"))
    xs = [20, 50, 80, 130]
    for x, (h, v) in zip(xs, heads, strict=True):
        pg.text(x, 76, h, 7.5, "arial", GREY)
        pg.text(x, 82, v, 10, "courier")
    pg.text(20, 92, "IBAN", 7.5, "arial", GREY)
    pg.text(20, 98, spaced(r["iban"]), 10.5, "courier")
    pg.text(150, 92, "BIC", 7.5, "arial", GREY)
    pg.text(150, 98, r["bic"], 10.5, "courier")
    return pg


def n26_screenshot(r, rng):
    """N26 app, 'Account details' screen, 1170x2532."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (250, 250, 250))
    d = ImageDraw.Draw(im)
    fb, f = _font("robotob", 46), _font("roboto", 40)
    d.text((60, 40), "9:41", font=_font("robotob", 44), fill=BLACK)
    d.text((W - 60, 40), "5G  87%", font=_font("roboto", 40), fill=BLACK, anchor="ra")
    d.text((60, 190), "‹", font=_font("roboto", 90), fill=(20, 120, 110))
    d.text((W // 2, 225), "Account details", font=fb, fill=BLACK, anchor="mm")
    d.rounded_rectangle([50, 330, W - 50, 620], 30, fill=(36, 180, 160))
    d.text((100, 390), "N26 Standard", font=_font("robotob", 54), fill=(255, 255, 255))
    d.text((100, 480), "Main Account", font=f, fill=(230, 250, 245))
    d.text((100, 545), r["balance"], font=_font("robotob", 48), fill=(255, 255, 255))
    rows = [
        ("Account holder", r["holder"]),
        ("IBAN", spaced(r["iban"])),
        ("BIC", r["bic"]),
        ("Bank", "N26 Bank SE"),
        ("Bank address", "Voltairestraße 8, 10179 Berlin"),
    ]
    y = 700
    for lab, val in rows:
        d.text((70, y), lab, font=_font("roboto", 38), fill=(120, 120, 120))
        d.text((70, y + 60), val, font=_font("robotom", 46), fill=BLACK)
        ix, iy = W - 110, y + 62
        d.rounded_rectangle([ix, iy, ix + 30, iy + 36], 5, outline=(20, 120, 110), width=4)
        d.rounded_rectangle(
            [ix + 12, iy + 12, ix + 42, iy + 48],
            5,
            fill=(250, 250, 250),
            outline=(20, 120, 110),
            width=4,
        )
        d.line([70, y + 150, W - 70, y + 150], fill=(225, 225, 225), width=2)
        y += 190
    d.rounded_rectangle([70, y + 60, W - 70, y + 190], 65, fill=(36, 180, 160))
    d.text((W // 2, y + 125), "Share account details", font=fb, fill=(255, 255, 255), anchor="mm")
    d.text(
        (W // 2, y + 270), "Download bank statement (PDF)", font=f, fill=(20, 120, 110), anchor="mm"
    )
    d.rounded_rectangle([W // 2 - 200, H - 40, W // 2 + 200, H - 28], 6, fill=BLACK)
    return im


def payslip(s, rng):
    """Bulletin de paie clarifié."""
    pg = Page()
    pg.rect(15, 12, 180, 30, 0.3)
    pg.text(18, 19, s["employer"], 10, "carlitob")
    for i, ln in enumerate(
        s["employer_addr"] + ["SIRET : " + s["siret"], "Code NAF : " + s["naf"]]
    ):
        pg.text(18, 24 + i * 4.2, ln, 8, "carlito")
    pg.text(192, 19, "BULLETIN DE PAIE", 13, "carlitob", anchor="r")
    pg.text(192, 25, "Période du " + s["p_start"] + " au " + s["p_end"], 8.5, "carlito", anchor="r")
    pg.text(192, 30, "Paiement le " + s["paid"] + " par virement", 8.5, "carlito", anchor="r")
    pg.rect(110, 46, 85, 28, 0.3)
    for i, ln in enumerate(s["emp_lines"]):
        pg.text(114, 53 + i * 5, ln, 9.5, "carlitob" if i == 0 else "carlito")
    info = [
        ("Matricule", s["matricule"]),
        ("N° de sécurité sociale", s["nir_print"]),
        ("Emploi", s["job"]),
        ("Statut professionnel", "Non-cadre"),
        ("Entrée le", s["entry"]),
        ("Convention collective", s["ccn"]),
    ]
    for i, (lab, val) in enumerate(info):
        pg.text(18, 52 + i * 4.6, lab, 7.5, "carlito", GREY)
        pg.text(55, 52 + i * 4.6, val, 7.5, "carlito")
    y = 84
    pg.rect(15, y - 5, 180, 6.5, 0, None, (225, 230, 235))
    for x, h in (
        (18, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "À déduire"),
        (192, "À payer"),
    ):
        pg.text(x, y, h, 7.5, "carlitob", anchor="r" if x == 192 else "l")
    y += 7
    for lab, base, taux, ded, pay in s["lines"]:
        pg.text(18, y, lab, 8, "carlito")
        pg.text(110, y, base, 8, "carlito")
        pg.text(135, y, taux, 8, "carlito")
        pg.text(160, y, ded, 8, "carlito")
        pg.text(192, y, pay, 8, "carlito", anchor="r")
        y += 5.2
    y += 6
    pg.rect(15, y, 180, 14, 0.5, (0, 0, 0), (240, 244, 250))
    pg.text(20, y + 9, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, "carlitob")
    pg.text(190, y + 9, s["net_before"] + " €", 11, "carlitob", anchor="r")
    y += 20
    pg.text(
        20,
        y,
        "Impôt sur le revenu prélevé à la source (taux personnalisé " + s["pas"] + ")",
        8,
        "carlito",
    )
    pg.text(190, y, s["pas_amt"] + " €", 8, "carlito", anchor="r")
    y += 8
    pg.rect(15, y, 180, 14, 0.8, (0, 0, 0), (225, 240, 230))
    pg.text(20, y + 9, "NET PAYÉ", 11, "carlitob")
    pg.text(190, y + 9, s["net"] + " €", 13, "carlitob", anchor="r")
    pg.wrap(
        15,
        270,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de "
        "paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr.",
        180,
        7,
        "carlito",
        3,
        GREY,
    )
    return pg


def contract(c, rng):
    """CDI, 3 pages, signed by both parties on the last one."""
    pages = [Page() for _ in range(3)]
    p = pages[0]
    p.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 13, "serifb", anchor="m")
    y = p.wrap(
        20,
        42,
        "ENTRE LES SOUSSIGNÉS :\n"
        f"La société {c['employer']}, {c['form']} au capital de {c['capital']}, dont le siège "
        f"social est situé {c['emp_addr']}, immatriculée au RCS de {c['rcs']} sous le numéro "
        f"{c['siren']}, SIRET {c['siret']}, représentée par {c['rep']} en sa qualité de "
        "Directeur des ressources humaines,\nci-après dénommée « l'Employeur »,\n\nET\n\n"
        f"{c['emp_civ']} {c['employee']}, né le {c['dob']} à {c['pob']}, de nationalité "
        f"{c['nat']}, demeurant {c['addr']}, titulaire du titre de séjour n° {c['ts_no']},\n"
        "ci-après dénommé « le Salarié »,\n\nIL A ÉTÉ CONVENU CE QUI SUIT :",
        170,
        10,
        "serif",
        5.2,
    )
    arts = [
        (
            "Article 1 - Engagement",
            (
                f"Le Salarié est engagé à compter du {c['start']} pour une "
                "durée indéterminée, sous réserve des résultats de la visite d'information et de "
                "prévention. La déclaration préalable à l'embauche a été effectuée auprès de l'URSSAF."
            ),
        ),
        (
            "Article 2 - Fonctions",
            (
                f"Le Salarié exercera les fonctions de {c['job']}, "
                f"coefficient {c['coef']} de la convention collective {c['ccn']}."
            ),
        ),
        (
            "Article 3 - Période d'essai",
            (
                "Le présent contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de deux mois de travail effectif."
            ),
        ),
        (
            "Article 4 - Rémunération",
            (
                f"Le Salarié percevra une rémunération brute mensuelle de "
                f"{c['salary']} euros pour 151,67 heures de travail par mois."
            ),
        ),
        (
            "Article 5 - Lieu de travail",
            (
                f"Le Salarié exercera ses fonctions à {c['site']}. Il "
                "pourra être affecté sur tout site de la société en Île-de-France."
            ),
        ),
        (
            "Article 6 - Durée du travail",
            (
                "La durée hebdomadaire de travail est fixée à 35 heures, "
                "selon des plannings communiqués au moins sept jours à l'avance."
            ),
        ),
        (
            "Article 7 - Congés payés",
            (
                "Le Salarié bénéficiera des congés payés prévus par la loi "
                "et la convention collective applicable."
            ),
        ),
        (
            "Article 8 - Protection sociale",
            (
                "Le Salarié relèvera du régime général de la sécurité "
                "sociale et bénéficiera des régimes de prévoyance et de complémentaire santé de "
                "l'entreprise."
            ),
        ),
    ]
    pi, y = 0, y + 6
    for title, body in arts:
        if y > 240:
            pi, y = pi + 1, 30
        pages[pi].text(20, y, title, 10.5, "serifb")
        y = pages[pi].wrap(20, y + 6, body, 170, 10, "serif", 5.2) + 5
    p = pages[2]
    y = p.wrap(
        20,
        40,
        "Article 9 - Préavis\nEn cas de rupture du contrat après la période d'essai, "
        "les parties respecteront le préavis prévu par la convention collective.",
        170,
        10,
        "serif",
        5.2,
    )
    p.text(
        20,
        y + 14,
        f"Fait à {c['city']}, le {c['signed']}, en deux exemplaires originaux.",
        10,
        "serif",
    )
    p.text(25, y + 30, "Pour l'Employeur", 10, "serifb")
    p.text(120, y + 30, "Le Salarié", 10, "serifb")
    p.text(120, y + 35, "(mention « lu et approuvé »)", 8, "serifi")
    p.signature(25, y + 40, 50, 18, rng, c["rep"], BLACK)
    p.hand(120, y + 44, "Lu et approuvé", rng, 11, "hand3")
    p.signature(120, y + 48, 50, 18, rng, c["employee"])
    for i, pg in enumerate(pages):
        pg.text(105, 285, f"Page {i + 1}/3 — Paraphes :", 8, "serif", anchor="m")
        pg.hand(135, 285, c["initials"], rng, 10, "hand3")
    return pages


def lease(le, rng, pages_n=3):
    """Contrat de location (loi n° 89-462 du 6 juillet 1989), first pages and signature page."""
    pages = [Page() for _ in range(pages_n)]
    p = pages[0]
    f, fb = le.get("fonts", ("serif", "serifb"))
    p.text(105, 22, "CONTRAT DE LOCATION", 15, fb, anchor="m")
    p.text(105, 29, le["kind_line"], 9.5, f, anchor="m")
    p.text(
        105,
        34,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les",
        8,
        f,
        anchor="m",
    )
    p.text(
        105,
        38,
        "rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        8,
        f,
        anchor="m",
    )
    y = 52
    p.text(20, y, "I. DÉSIGNATION DES PARTIES", 11, fb)
    y = p.wrap(
        20,
        y + 7,
        "Le présent contrat est conclu entre les soussignés :\n"
        f"{le['landlord']}, {le['landlord_addr']}, désigné(s) ci-après « le bailleur » ;",
        170,
        10,
        f,
        5,
    )
    y = p.wrap(
        20,
        y + 2,
        "et " + le["tenants_line"] + ", désigné(s) ci-après « le locataire ».",
        170,
        10,
        f,
        5,
    )
    y += 6
    p.text(20, y, "II. OBJET DU CONTRAT", 11, fb)
    y = p.wrap(
        20,
        y + 7,
        f"Le présent contrat a pour objet la location d'un logement ainsi "
        f"déterminé :\nLocalisation du logement : {le['address']}\n{le['desc']}",
        170,
        10,
        f,
        5,
    )
    y += 6
    p.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 11, fb)
    y = p.wrap(
        20,
        y + 7,
        f"A. Date de prise d'effet du contrat : {le['start_text']}\n"
        f"B. Durée du contrat : {le['duration']}",
        170,
        10,
        f,
        5,
    )
    y += 6
    p.text(20, y, "IV. CONDITIONS FINANCIÈRES", 11, fb)
    p.wrap(
        20,
        y + 7,
        f"Montant du loyer mensuel : {le['rent']} € hors charges. Provision "
        f"sur charges : {le['charges']} € par mois, payable d'avance le 1er de chaque mois. "
        f"Dépôt de garantie : {le['deposit']} €.",
        170,
        10,
        f,
        5,
    )
    if pages_n == 3:
        q = pages[1]
        y = 30
        for t in (
            "V. TRAVAUX",
            "VI. GARANTIES",
            "VII. CLAUSE DE SOLIDARITÉ",
            "VIII. CLAUSE RÉSOLUTOIRE",
        ):
            q.text(20, y, t, 11, fb)
            y = (
                q.wrap(
                    20,
                    y + 7,
                    "Les parties se réfèrent aux dispositions légales applicables. "
                    "Le locataire est tenu de s'assurer contre les risques locatifs et d'en "
                    "justifier lors de la remise des clés puis chaque année à la demande du "
                    "bailleur. À défaut de paiement du loyer ou des charges aux termes convenus, "
                    "le contrat sera résilié de plein droit deux mois après un commandement de "
                    "payer demeuré infructueux.",
                    170,
                    10,
                    f,
                    5,
                )
                + 8
            )
    s = pages[-1]
    s.text(20, 40, "IX. ANNEXES ET SIGNATURES", 11, fb)
    s.wrap(
        20,
        47,
        "Sont annexés : le dossier de diagnostic technique, l'état des lieux, la notice "
        "d'information, l'extrait du règlement de copropriété.",
        170,
        10,
        f,
        5,
    )
    s.text(
        20,
        70,
        f"Fait à {le['city']}, le {le['signed_on']}, en {len(le['sign_names']) + 1} originaux.",
        10,
        f,
    )
    s.text(20, 84, "Le bailleur (« lu et approuvé »)", 9.5, fb)
    s.text(115, 84, "Le(s) locataire(s) (« lu et approuvé »)", 9.5, fb)
    s.signature(22, 90, 45, 16, rng, le["landlord"], BLACK)
    for i, nm in enumerate(le["sign_names"]):
        s.hand(115, 94 + i * 26, "lu et approuvé", rng, 10, "hand3")
        s.signature(115, 97 + i * 26, 45, 16, rng, nm)
    for i, pg in enumerate(pages):
        pg.text(105, 287, f"Contrat de location — page {i + 1}/{pages_n}", 7.5, f, GREY, "m")
    return pages


def attestation(a, rng):
    """Handwritten attestation d'hébergement on a plain sheet (Seyès-like ruling)."""
    pg = Page(210, 297, (252, 252, 250))
    for i in range(30, 290, 8):
        pg.line(0, i, 210, i, 0.15, (170, 190, 225))
    pg.line(30, 0, 30, 297, 0.25, (230, 150, 160))
    y = 38
    pg.hand(70, y, "ATTESTATION D'HÉBERGEMENT", rng, 16, "hand4", slant=0.02)
    y += 24
    for ln in a["lines"]:
        pg.hand(34, y, ln, rng, 13.5, "hand4", slant=rng.uniform(-0.01, 0.02))
        y += 8
    y += 8
    pg.hand(120, y, a["place_date"], rng, 13.5, "hand4")
    pg.signature(125, y + 5, 50, 18, rng, a["host"])
    return pg


def text_w_mm(s, size, font):
    return text_w(s, size, font)


__all__ = ["BLUE_INK"]
