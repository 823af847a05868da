"""French paperwork: bills, lease, hosting attestation, payslip, contract, RIBs."""

from __future__ import annotations

from common import BLACK, INK, Page, spaced

GREY = (90, 90, 90)
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr_words(iso: str) -> str:
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MOIS[int(iso[5:7]) - 1]} {iso[:4]}"


def dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def euro(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def fake_2d(p: Page, x, y, size, rng, n=22):
    """Decorative DataMatrix-looking square (not a decodable 2D-Doc)."""
    c = size / n
    for i in range(n):
        for j in range(n):
            on = (
                i == n - 1 or j == 0 or (i == 0 and j % 2 == 0) or (j == n - 1 and i % 2 == 1)
            ) or (0 < i < n - 1 and 0 < j < n - 1 and rng.random() < 0.5)
            if on:
                p.rect(x + j * c, y + i * c, c, c, None, BLACK, 0)


BRANDS = {
    "EDF": {
        "color": (0, 91, 187),
        "accent": (255, 110, 0),
        "service": "electricity",
        "legal": "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris",
        "site": "edf.fr",
        "title": "Votre facture d'électricité",
    },
    "Orange": {
        "color": (255, 121, 0),
        "accent": (0, 0, 0),
        "service": "internet",
        "legal": "Orange SA au capital de 10 640 226 396 € - 380 129 866 RCS Paris",
        "site": "orange.fr",
        "title": "Votre facture Livebox Fibre",
    },
    "Veolia": {
        "color": (227, 6, 19),
        "accent": (0, 60, 120),
        "service": "water",
        "legal": "Veolia Eau - Compagnie Générale des Eaux - 572 025 526 RCS Paris",
        "site": "eau.veolia.fr",
        "title": "Votre facture d'eau",
    },
    "Bouygues Telecom": {
        "color": (0, 155, 206),
        "accent": (25, 40, 90),
        "service": "internet",
        "legal": "Bouygues Telecom SA - 397 480 930 R.C.S. Nanterre",
        "site": "bouyguestelecom.fr",
        "title": "Votre facture Bbox",
    },
}


def bill(b: dict, rng) -> tuple[Page, dict]:
    br = BRANDS[b["provider"]]
    p = Page()
    col = br["color"]
    if b["provider"] == "Orange":
        p.rect(15, 12, 22, 22, None, col, 0)
        p.text(17, 31, "orange", "sansb", 10, (255, 255, 255))
    else:
        p.text(15, 25, b["provider"].split()[0].upper(), "sansb", 24, col)
        if b["provider"] == "Bouygues Telecom":
            p.text(15, 31, "TELECOM", "sans", 9, br["accent"])
    p.text(15, 44, br["title"], "sansb", 13, br["accent"])
    p.text(15, 50, f"du {dmy(b['issue'])}", "sans", 9)
    lines = [b["holder_print"], *b["address_lines"]]
    for i, ln in enumerate(lines):
        p.text(118, 48 + i * 5, ln, "sans", 10)
    info = [
        ("N° de facture", b["invoice"]),
        ("Référence client", b["ref"]),
        ("Titulaire du contrat", b["holder_print"]),
        (
            "Adresse de " + ("consommation" if br["service"] != "internet" else "l'installation"),
            b["address_lines"][0] + ", " + b["address_lines"][-1],
        ),
        ("Période facturée", f"du {dmy(b['start'])} au {dmy(b['end'])}"),
    ]
    y = 78
    p.rect(15, 72, 180, 34, (200, 200, 200), (247, 247, 247), 0.2)
    for la, va in info:
        p.text(19, y, la, "sans", 8.5, GREY)
        p.text(70, y, va, "sansb", 8.5)
        y += 6
    p.rect(15, 114, 180, 24, None, col, 0)
    p.text(20, 124, "Montant TTC à payer", "sansb", 12, (255, 255, 255))
    p.text(190, 127, euro(b["amount"]), "sansb", 20, (255, 255, 255), "r")
    p.text(20, 132, f"Prélevé le {dmy(b['debit'])} sur votre compte", "sans", 9, (255, 255, 255))
    p.text(15, 152, "Détail de votre facture", "sansb", 11, br["accent"])
    y = 161
    for la, va in b["details"]:
        p.text(18, y, la, "sans", 9)
        p.text(190, y, euro(va), "sans", 9, anchor="r")
        p.line(15, y + 2, 195, y + 2, (220, 220, 220), 0.2)
        y += 7
    ht = round(b["amount"] / 1.2, 2)
    p.text(18, y + 4, "Total HT", "sans", 9)
    p.text(190, y + 4, euro(ht), "sans", 9, anchor="r")
    p.text(18, y + 11, "TVA", "sans", 9)
    p.text(190, y + 11, euro(round(b["amount"] - ht, 2)), "sans", 9, anchor="r")
    p.text(18, y + 18, "Total TTC", "sansb", 10)
    p.text(190, y + 18, euro(b["amount"]), "sansb", 10, anchor="r")
    fake_2d(p, 170, 250, 20, rng)
    p.text(
        15,
        255,
        f"Service client : 09 69 {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} (appel non surtaxé) - {br['site']}",
        "sans",
        7.5,
        GREY,
    )
    p.text(15, 285, br["legal"], "sans", 6.5, GREY)
    p.text(195, 290, "Page 1/1", "sans", 7, GREY, "r")
    fields = {
        "provider": b["provider"],
        "service": br["service"],
        "holder_name": b["holder_print"],
        "address": ", ".join(b["address_lines"]),
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }
    return p, fields


def lease(d: dict, rng) -> tuple[list[Page], dict]:
    """Bail d'habitation, logement nu (loi du 6 juillet 1989, contrat type du décret 2015-587)."""
    p1, p2 = Page(), Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", "serifb", 15, anchor="c")
    p1.text(
        105,
        27,
        "LOCAUX VIDES À USAGE D'HABITATION (RÉSIDENCE PRINCIPALE)",
        "serifb",
        10,
        anchor="c",
    )
    p1.para(
        25,
        34,
        "Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre "
        "1986 - Contrat type défini par le décret n° 2015-587 du 29 mai 2015",
        160,
        "serifi",
        8.5,
    )
    y = 55
    secs = [
        ("I. DÉSIGNATION DES PARTIES", ""),
        ("", "Le présent contrat est conclu entre les soussignés :"),
        ("", f"{d['landlord_text']}, désigné(s) ci-après « le bailleur » ;"),
        ("", f"{d['tenant_text']}, désigné(s) ci-après « le locataire » ;"),
        ("II. OBJET DU CONTRAT", ""),
        ("", "Le présent contrat a pour objet la location d'un logement ainsi déterminé :"),
        ("", f"Adresse du logement : {d['address']}"),
        (
            "",
            (
                f"Type d'habitat : immeuble collectif - {d['rooms']} - surface habitable : "
                f"{d['surface']} m²"
            ),
        ),
        (
            "",
            "Régime juridique de l'immeuble : copropriété. Période de construction : 1949 à 1974.",
        ),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", ""),
        ("", f"A. Date de prise d'effet du contrat : {d['start_text']}"),
        ("", "B. Durée du contrat : 3 ans, renouvelable par tacite reconduction."),
        ("IV. CONDITIONS FINANCIÈRES", ""),
        (
            "",
            (
                f"A. Loyer mensuel hors charges : {euro(d['rent'])}. Provision sur charges : "
                f"{euro(d['charges'])}. Payable d'avance le 1er de chaque mois."
            ),
        ),
        (
            "",
            (
                "B. Le loyer est révisé chaque année à la date anniversaire du contrat selon la "
                "variation de l'indice de référence des loyers (IRL) publié par l'INSEE."
            ),
        ),
        ("V. GARANTIES", ""),
        ("", f"Montant du dépôt de garantie : {euro(d['rent'])} (un mois de loyer hors charges)."),
    ]
    for head, body in secs:
        if head:
            y += 3
            p1.rect(25, y - 4.5, 160, 6.5, None, (225, 225, 225), 0)
            p1.text(27, y, head, "serifb", 10)
            y += 8
        else:
            y = p1.para(27, y, body, 156, "serif", 10) + 2
    p1.text(105, 288, "Paraphes : ______      1/2", "serif", 8, GREY, "c")
    y = 25
    for head, body in [
        ("VI. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE", d["clause"]),
        (
            "VII. ANNEXES",
            (
                "Sont annexés au présent contrat : le dossier de diagnostic technique "
                "(DPE, CREP, état des risques), l'état des lieux d'entrée, la notice d'information "
                "prévue par l'arrêté du 29 mai 2015."
            ),
        ),
    ]:
        p2.rect(25, y - 4.5, 160, 6.5, None, (225, 225, 225), 0)
        p2.text(27, y, head, "serifb", 10)
        y = p2.para(27, y + 8, body, 156, "serif", 10) + 8
    p2.text(
        27, y + 5, f"Fait à {d['city']}, le {dmy(d['signed'])}, en deux originaux.", "serif", 10
    )
    p2.text(35, y + 18, "Le bailleur (ou son mandataire)", "serifb", 9.5)
    p2.text(125, y + 18, "Le(s) locataire(s)", "serifb", 9.5)
    p2.hand(35, y + 27, "Lu et approuvé", rng, "hand2", 13)
    p2.hand(125, y + 27, "Lu et approuvé", rng, "hand1", 13)
    p2.signature(35, y + 31, 45, 14, rng, INK)
    p2.signature(125, y + 31, 45, 14, rng, (15, 15, 15))
    p2.text(105, 288, "2/2", "serif", 8, GREY, "c")
    fields = {
        "tenant_names": d["tenants"],
        "landlord": d["landlord"],
        "address": d["address"],
        "start_date": d["start"],
    }
    return [p1, p2], fields


def hosting(h: dict, rng) -> tuple[Page, dict]:
    p = Page()
    p.text(105, 35, "ATTESTATION D'HÉBERGEMENT", "sansb", 16, anchor="c")
    body = (
        f"Je soussigné, {h['host_text']}, né le {dmy(h['host_dob'])} à {h['host_pob']}, demeurant "
        f"{h['address']},\n\natteste sur l'honneur héberger à mon domicile, à titre gratuit et de "
        f"façon stable, depuis le {dmy(h['since'])}, {h['hosted_text']}, née le "
        f"{dmy(h['hosted_dob'])} à {h['hosted_pob']}.\n\nJe joins à la présente attestation une "
        "copie de ma carte nationale d'identité et mes trois dernières factures à mon nom."
        "\n\nAttestation établie pour servir et valoir ce que de droit, notamment auprès de la "
        "Caisse primaire d'assurance maladie.\n\nJ'ai connaissance que toute fausse déclaration "
        "m'expose aux sanctions prévues par l'article 441-7 du Code pénal."
    )
    y = p.para(25, 60, body, 160, "serif", 11.5, 6)
    p.text(110, y + 15, f"Fait à {h['city']}, le {dmy(h['signed'])}", "serif", 11.5)
    p.text(110, y + 25, "Signature :", "serif", 11.5)
    p.signature(115, y + 28, 50, 16, rng, INK)
    fields = {
        "host_name": h["host_name"],
        "hosted_name": h["hosted_name"],
        "address": h["address"],
        "since_date": h["since"],
        "signed_on": h["signed"],
        "signed": True,
    }
    return p, fields


def payslip(s: dict, rng) -> tuple[Page, dict]:
    """Bulletin de paie clarifié (model of the arrêté of 25 February 2016)."""
    p = Page()
    p.text(15, 18, "BULLETIN DE PAIE", "robotob", 14)
    p.text(195, 18, f"Période du {dmy(s['start'])} au {dmy(s['end'])}", "roboto", 9, anchor="r")
    p.rect(15, 24, 88, 38, GREY, None, 0.2)
    y = 30
    for ln in s["employer_lines"] + [
        f"SIRET : {s['siret']}",
        f"Code NAF : {s['naf']}",
        f"URSSAF : {s['urssaf']}",
    ]:
        p.text(18, y, ln, "roboto", 8.5)
        y += 4.5
    p.rect(107, 24, 88, 38, GREY, None, 0.2)
    y = 30
    for ln in [s["employee_print"], *s["employee_address"]]:
        p.text(110, y, ln, "robotob" if y == 30 else "roboto", 9)
        y += 4.8
    y = 68
    for la, va in [
        ("Emploi", s["job"]),
        ("Statut", "Non cadre"),
        ("Entrée le", dmy(s["entry"])),
        ("Contrat", s["contract"]),
        ("N° sécurité sociale", s["nir_print"]),
        ("Convention collective", s["ccn"]),
    ]:
        p.text(15, y, la, "roboto", 8, GREY)
        p.text(55, y, va, "roboto", 8)
        y += 4.4
    y = 100
    p.rect(15, y - 5, 180, 7, None, (230, 236, 242), 0)
    for x, t in [
        (17, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (162, "Salarié"),
        (193, "Employeur"),
    ]:
        p.text(x, y, t, "robotob", 8, anchor="r" if x > 150 else "l")
    gross = s["gross"]
    rows = [("Salaire de base", "151,67", f"{gross / 151.67:.4f}".replace(".", ","), gross, None)]
    cot = [
        ("SANTÉ", None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", 0.0),
        ("Complémentaire Incapacité Invalidité Décès", 0.0059),
        ("Complémentaire Santé", 0.0089),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", None),
        ("RETRAITE", None),
        ("Sécurité sociale plafonnée", 0.069),
        ("Sécurité sociale déplafonnée", 0.004),
        ("Complémentaire Tranche 1", 0.0401),
        ("FAMILLE", None),
        ("ASSURANCE CHÔMAGE", None),
        ("CSG déductible de l'impôt sur le revenu", 0.068 * 0.9825),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.029 * 0.9825),
    ]
    total = 0.0
    y += 8
    p.text(17, y, rows[0][0], "roboto", 8.5)
    p.text(110, y, rows[0][1], "roboto", 8.5, anchor="r")
    p.text(135, y, rows[0][2], "roboto", 8.5, anchor="r")
    p.text(162, y, euro(gross)[:-2], "roboto", 8.5, anchor="r")
    y += 5
    p.text(17, y, "SALAIRE BRUT", "robotob", 9)
    p.text(162, y, euro(gross)[:-2], "robotob", 9, anchor="r")
    y += 7
    for la, rate in cot:
        if rate is None:
            p.text(17, y, la, "robotob", 8)
        else:
            amt = round(gross * rate, 2)
            total += amt
            p.text(22, y, la, "roboto", 8)
            if amt:
                p.text(110, y, euro(gross)[:-2], "roboto", 8, anchor="r")
                p.text(135, y, f"{rate * 100:.2f}".replace(".", ","), "roboto", 8, anchor="r")
                p.text(162, y, euro(amt)[:-2], "roboto", 8, anchor="r")
            p.text(
                193,
                y,
                euro(round(gross * rng.uniform(0.01, 0.08), 2))[:-2],
                "roboto",
                8,
                (90, 90, 90),
                "r",
            )
        y += 4.8
    net_before = round(gross - total, 2)
    tax_base = round(net_before + gross * 0.029 * 0.9825, 2)
    pas = round(tax_base * s["pas_rate"], 2)
    net = round(net_before - pas, 2)
    y += 3
    p.line(15, y - 4, 195, y - 4, GREY, 0.3)
    for la, va, bold in [
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", total, False),
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", net_before, True),
        ("Montant net social", round(net_before * 1.003, 2), False),
        (
            (
                f"Impôt sur le revenu prélevé à la source - taux {s['pas_rate'] * 100:.1f} % "
                f"(base {euro(tax_base)})"
            ),
            pas,
            False,
        ),
    ]:
        p.text(17, y, la, "robotob" if bold else "roboto", 8.5)
        p.text(162, y, euro(va), "robotob" if bold else "roboto", 8.5, anchor="r")
        y += 6
    p.rect(110, y, 85, 12, None, (30, 60, 110), 0)
    p.text(114, y + 8, "NET PAYÉ", "robotob", 11, (255, 255, 255))
    p.text(191, y + 8, euro(net), "robotob", 12, (255, 255, 255), "r")
    p.text(15, y + 8, f"Payé le {dmy(s['paid'])} par virement", "roboto", 8.5)
    p.para(
        15,
        280,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr",
        180,
        "robotol",
        7,
    )
    fields = {
        "employer": s["employer"],
        "employee_name": s["employee_name"],
        "period": s["start"][:7],
        "net_pay": net,
        "siret": s["siret"],
    }
    return p, fields


def contract(c: dict, rng) -> tuple[list[Page], dict]:
    p1, p2 = Page(), Page()
    p1.text(105, 22, c["title"], "serifb", 14, anchor="c")
    y = p1.para(
        25,
        38,
        "ENTRE LES SOUSSIGNÉS :\n\n" + c["employer_text"] + ", ci-après "
        "dénommée « l'Employeur »,\n\nET\n\n" + c["employee_text"] + ", ci-après "
        "dénommé(e) « le/la Salarié(e) »,\n\nIL A ÉTÉ CONVENU CE QUI SUIT :",
        160,
        "serif",
        10.5,
        5.2,
    )
    for head, body in c["articles"][:3]:
        y = p1.para(25, y + 6, head, 160, "serifb", 10.5, 5.2)
        y = p1.para(25, y + 1, body, 160, "serif", 10.5, 5.2)
    p1.text(105, 288, "1/2", "serif", 8, GREY, "c")
    y = 25
    for head, body in c["articles"][3:]:
        y = p2.para(25, y + 6, head, 160, "serifb", 10.5, 5.2)
        y = p2.para(25, y + 1, body, 160, "serif", 10.5, 5.2)
    p2.text(
        25,
        y + 14,
        f"Fait en deux exemplaires originaux, à {c['city']}, le {dmy(c['signed'])}.",
        "serif",
        10.5,
    )
    p2.text(30, y + 28, "Pour l'Employeur", "serifb", 10)
    p2.text(30, y + 33, c["signatory"], "serif", 9.5)
    p2.text(125, y + 28, "Le/La Salarié(e)", "serifb", 10)
    p2.text(125, y + 33, "(« lu et approuvé, bon pour accord »)", "serifi", 8.5)
    p2.signature(30, y + 38, 45, 14, rng, INK)
    p2.hand(125, y + 42, "Lu et approuvé, bon pour accord", rng, "hand1", 11)
    p2.signature(128, y + 46, 42, 13, rng, (10, 10, 10))
    p2.text(105, 288, "2/2", "serif", 8, GREY, "c")
    fields = {
        "employer": c["employer"],
        "employee_name": c["employee_name"],
        "contract_type": c["type"],
        "job_title": c["job"],
        "start_date": c["start"],
    }
    return [p1, p2], fields


def rib_page(r: dict, rng) -> tuple[Page, dict]:
    """A RIB as a bank's website prints it (several real banks' general arrangement)."""
    p = Page()
    col = r["color"]
    p.rect(15, 15, 180, 16, None, col, 0)
    p.text(20, 26, r["bank_name"], "sansb", 15, (255, 255, 255))
    p.text(190, 26, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 10, (255, 255, 255), "r")
    p.para(
        15,
        40,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiement de quittances, etc.).",
        180,
        "sans",
        8,
        color=GREY,
    )
    p.text(15, 58, "Titulaire du compte", "sans", 8.5, GREY)
    for i, ln in enumerate(r["holder_lines"]):
        p.text(15, 64 + i * 5, ln, "sansb", 10)
    p.text(115, 58, "Domiciliation", "sans", 8.5, GREY)
    for i, ln in enumerate(r["agency_lines"]):
        p.text(115, 64 + i * 5, ln, "sans", 9.5)
    y = 92
    heads = ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    xs = [15, 50, 85, 150]
    ws = [35, 35, 65, 45]
    for x, w, h, v in zip(xs, ws, heads, vals):
        p.rect(x, y, w, 14, (150, 150, 150), None, 0.25)
        p.text(x + w / 2, y + 5, h, "sans", 8, GREY, "c")
        p.text(x + w / 2, y + 11.5, v, "mono", 11, anchor="c")
    p.text(15, 120, "IBAN (International Bank Account Number)", "sans", 8.5, GREY)
    p.text(15, 127, spaced(r["iban"]), "mono", 13)
    p.text(15, 138, "BIC (Bank Identifier Code)", "sans", 8.5, GREY)
    p.text(15, 145, r["bic"], "mono", 13)
    p.line(15, 155, 195, 155, (180, 180, 180), 0.3)
    p.text(15, 162, r["legal"], "sans", 6.5, GREY)
    return p, rib_fields(r)


def rib_fields(r):
    return {
        "holder_name": r["holder_name"],
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": r["bank_name"],
        "iban_valid": True,
        "rib_key_valid": True,
    }


def rib_screenshot(r: dict, rng) -> tuple[Page, dict]:
    """Banking-app screen showing the RIB (1170 x 2532 px at 300 dpi)."""
    w, h = 1170 / 300 * 25.4, 2532 / 300 * 25.4
    p = Page(w, h, (244, 245, 250))
    p.text(8, 7, "14:07", "robotob", 9)
    p.text(w - 6, 7, "5G  87 %", "roboto", 8, anchor="r")
    p.text(6, 20, "‹", "roboto", 20, r["color"])
    p.text(w / 2, 19, "Mon RIB", "robotob", 11, anchor="c")
    p.rect(5, 28, w - 10, 112, None, (255, 255, 255), 0)
    p.text(10, 38, r["account_label"], "robotob", 10)
    p.text(10, 44, r["bank_name"], "roboto", 8, GREY)
    y = 56
    for la, va, f in [
        ("Titulaire", r["holder_lines"][0], "robotob"),
        ("IBAN", spaced(r["iban"][:16]), "roboto"),
        ("", spaced(r["iban"][16:]), "roboto"),
        ("BIC", r["bic"], "roboto"),
        ("Code banque", r["bank"], "roboto"),
        ("Code guichet", r["branch"], "roboto"),
        ("N° de compte", r["account"], "roboto"),
        ("Clé RIB", r["key"], "roboto"),
    ]:
        if la:
            p.text(10, y, la, "roboto", 7.5, GREY)
            y += 5
        p.text(10, y, va, f, 10)
        y += 8
    p.rect(5, 150, w - 10, 14, None, r["color"], 0)
    p.text(w / 2, 159, "Partager mon RIB", "robotob", 10, (255, 255, 255), "c")
    p.rect(5, 168, w - 10, 14, r["color"], (255, 255, 255), 0.3)
    p.text(w / 2, 177, "Télécharger le PDF", "robotob", 10, r["color"], "c")
    for i, t in enumerate(["Accueil", "Comptes", "Virements", "Profil"]):
        p.text(12 + i * (w - 20) / 3.3, h - 8, t, "roboto", 6.5, GREY)
    return p, rib_fields(r)
