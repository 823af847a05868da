"""French documents: bills, lease, hosting attestation, payslip, contract, RIBs, app screens."""

from ids import spaced
from render import Page, put_hand, put_signature

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def dmy(iso):
    return iso[8:10] + "/" + iso[5:7] + "/" + iso[:4]


def eur(v):
    s = "%.2f" % v
    return s.replace(".", ",") + " €"


def bill(st, b):
    """A monthly bill page; st is the provider style, b the bill data."""
    p = Page()
    c = st["color"]
    p.rect(0, 0, 210, 26, stroke=None, fill=c) if st.get("band") else None
    tc = (255, 255, 255) if st.get("band") else c
    p.text(14, 16, st["logo"], 20, "sans-b", tc)
    p.text(196, 12, "Facture", 14, "sans-b", tc, "r")
    p.text(196, 18, "du " + dmy(b["issue"]), 9, "sans", tc, "r")
    p.text(14, 36, st["company"], 7, color=(90, 90, 90))
    p.text(14, 40, st["company_addr"], 7, color=(90, 90, 90))
    y = 52
    for ln in [b["holder"], b["street"], b["cp_city"]]:
        p.text(118, y, ln, 10.5, "sans-b" if ln == b["holder"] else "sans")
        y += 5
    box = [
        ("N° de facture", b["number"]),
        ("N° client", b["client"]),
        (st["contract_label"], b["contract"]),
        ("Date de facture", dmy(b["issue"])),
    ]
    y = 50
    for k, v in box:
        p.text(14, y, k, 8, color=(90, 90, 90))
        p.text(50, y, v, 8.5, "sans-b")
        y += 5
    p.rect(14, 80, 182, 22, stroke=None, fill=st["light"])
    p.text(20, 89, "Montant total TTC à payer", 11, "sans-b")
    p.text(190, 90, eur(b["amount"]), 18, "sans-b", c, "r")
    p.text(20, 97, "Prélevé le %s sur le compte %s" % (dmy(b["debit"]), b["iban_mask"]), 8)
    p.text(14, 114, st["service_title"], 11, "sans-b", c)
    p.text(14, 120, "Période du %s au %s" % (dmy(b["start"]), dmy(b["end"])), 9)
    p.text(14, 125, "Lieu de %s : %s, %s" % (st["place_word"], b["street"], b["cp_city"]), 8.5)
    y = 135
    p.line(14, y - 4, 196, y - 4, (180, 180, 180), 0.3)
    for lab, ht, ttc in b["lines"]:
        p.text(16, y, lab, 8.5)
        p.text(160, y, eur(ht), 8.5, align="r")
        p.text(194, y, eur(ttc), 8.5, align="r")
        y += 6
    p.line(14, y - 3, 196, y - 3, (180, 180, 180), 0.3)
    p.text(16, y + 3, "Total TTC", 9, "sans-b")
    p.text(194, y + 3, eur(b["amount"]), 9, "sans-b", align="r")
    p.text(160, 130, "HT", 7, color=(90, 90, 90), align="r")
    p.text(194, 130, "TTC", 7, color=(90, 90, 90), align="r")
    y = p.para(14, y + 16, st["notice"], 182, 7.5, color=(70, 70, 70))
    p.text(14, 284, st["legal"], 6, color=(110, 110, 110))
    p.text(196, 290, "page 1/1", 6.5, color=(110, 110, 110), align="r")
    return p


STYLES = {
    "bouygues": dict(
        logo="Bouygues Telecom",
        color=(0, 55, 120),
        light=(228, 238, 248),
        band=False,
        company="Bouygues Telecom · 37-39 rue Boissière",
        company_addr="75116 Paris",
        contract_label="N° de ligne",
        service_title="Votre offre Bbox fit (Fibre)",
        place_word="raccordement",
        notice="Retrouvez le détail de vos consommations dans votre Espace Client et l'appli "
        "B.iG. Service Client : 1064 (appel gratuit depuis une ligne Bouygues Telecom).",
        legal="Bouygues Telecom SA au capital de 712 588 399,56 € · 397 480 930 RCS Paris · "
        "TVA FR74397480930",
    ),
    "engie": dict(
        logo="ENGIE",
        color=(0, 150, 215),
        light=(225, 243, 251),
        band=True,
        company="ENGIE · Service Clients Particuliers · TSA 21921",
        company_addr="62978 Arras Cedex 9",
        contract_label="Réf. contrat",
        service_title="Électricité — Elec Référence 3 ans",
        place_word="consommation",
        notice="Facture mensuelle établie sur la base de votre consommation réelle transmise par "
        "votre compteur Linky (PDL %s). En cas de panne : Enedis 09 72 67 50 75.",
        legal="ENGIE SA au capital de 2 435 285 011 € · 542 107 651 RCS Nanterre · 1 place Samuel "
        "de Champlain 92400 Courbevoie",
    ),
    "sfr": dict(
        logo="SFR",
        color=(226, 0, 26),
        light=(252, 232, 234),
        band=True,
        company="SFR · Service Client · TSA 73917",
        company_addr="62978 Arras Cedex 9",
        contract_label="N° de compte",
        service_title="SFR Fibre Power",
        place_word="raccordement",
        notice="Votre facture est disponible dans votre Espace Client et l'appli SFR & Moi. "
        "Pour toute question : 1023 depuis une ligne SFR.",
        legal="SFR SA au capital de 3 423 265 598,40 € · 343 059 564 RCS Paris · 16 rue du Général "
        "Alain de Boissieu 75015 Paris",
    ),
}


def lease_pages(L, rng):
    pages = []
    p = Page()
    p.text(105, 20, "CONTRAT DE LOCATION", 15, "serif-b", align="c")
    p.text(105, 26, "LOCAUX VIDES À USAGE D'HABITATION", 11, "serif-b", align="c")
    y = p.para(
        20,
        33,
        "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 tendant à "
        "améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du 23 "
        "décembre 1986 — contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
        170,
        8,
        "serif-i",
    )
    p.text(20, y + 6, "I. DÉSIGNATION DES PARTIES", 11, "serif-b")
    y = p.para(20, y + 14, "Le présent contrat est conclu entre les soussignés :", 170, 10, "serif")
    y = p.para(
        20,
        y + 2,
        "%s, demeurant %s, désigné(e) ci-après « le bailleur » ;"
        % (L["landlord"], L["landlord_addr"]),
        170,
        10,
        "serif",
    )
    y = p.para(
        20,
        y + 2,
        "et %s, désigné(e) ci-après « le locataire »." % " et ".join(L["tenants_printed"]),
        170,
        10,
        "serif",
    )
    p.text(20, y + 8, "II. OBJET DU CONTRAT", 11, "serif-b")
    y = p.para(
        20,
        y + 16,
        "Le présent contrat a pour objet la location d'un logement ainsi "
        "déterminé : A. Consistance du logement — localisation : %s, %s ; type d'habitat : "
        "immeuble collectif ; régime juridique : copropriété ; période de construction : "
        "1949-1974 ; surface habitable : %s m² ; nombre de pièces principales : %s ; "
        "chauffage et eau chaude : individuels électriques."
        % (L["street"], L["cp_city"], L["surface"], L["rooms"]),
        170,
        10,
        "serif",
        1.45,
    )
    p.text(20, y + 8, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 11, "serif-b")
    y = p.para(
        20,
        y + 16,
        "A. Date de prise d'effet du contrat : %s. B. Durée du contrat : trois "
        "(3) ans, renouvelable par tacite reconduction dans les conditions de l'article 10 de "
        "la loi du 6 juillet 1989." % dmy(L["start"]),
        170,
        10,
        "serif",
        1.45,
    )
    p.text(20, y + 8, "IV. CONDITIONS FINANCIÈRES", 11, "serif-b")
    p.para(
        20,
        y + 16,
        "Loyer mensuel hors charges : %s. Provision sur charges : %s, avec "
        "régularisation annuelle. Le loyer est payable mensuellement et d'avance, le 1er de "
        "chaque mois. Dépôt de garantie : %s (un mois de loyer hors charges)."
        % (eur(L["rent"]), eur(L["charges"]), eur(L["rent"])),
        170,
        10,
        "serif",
        1.45,
    )
    p.text(190, 288, "Paraphes : ____   ____        1/3", 8, "serif", align="r")
    pages.append(p)
    p = Page()
    y = 22
    for title, body in [
        (
            "V. TRAVAUX",
            "Néant. Le logement a été remis en état (peintures) avant l'entrée dans les lieux.",
        ),
        (
            "VI. GARANTIES",
            "Le dépôt de garantie sera restitué dans un délai maximal d'un mois à "
            "compter de la remise des clés si l'état des lieux de sortie est conforme à l'état des "
            "lieux d'entrée, deux mois dans le cas contraire.",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ",
            "Pour l'exécution de toutes les obligations du présent "
            "contrat, il y aura solidarité et indivisibilité entre les locataires.",
        ),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "À défaut de paiement du loyer ou des charges aux termes "
            "convenus, ou du dépôt de garantie, et deux mois après un commandement de payer "
            "demeuré infructueux, le bail sera résilié de plein droit.",
        ),
        (
            "IX. ASSURANCE",
            "Le locataire est tenu de s'assurer contre les risques locatifs et d'en "
            "justifier lors de la remise des clés puis chaque année.",
        ),
        (
            "X. ANNEXES",
            "Diagnostic de performance énergétique (classe D), constat de risque "
            "d'exposition au plomb, état des risques, notice d'information, état des lieux "
            "d'entrée.",
        ),
    ]:
        p.text(20, y, title, 11, "serif-b")
        y = p.para(20, y + 7, body, 170, 10, "serif", 1.45) + 6
    p.text(190, 288, "Paraphes : ____   ____        2/3", 8, "serif", align="r")
    pages.append(p)
    p = Page()
    p.text(
        20,
        30,
        "Fait et signé à %s, le %s, en deux originaux." % (L["city"], dmy(L["signed"])),
        10,
        "serif",
    )
    p.text(30, 50, "Le bailleur", 10, "serif-b")
    p.text(30, 56, "« lu et approuvé »", 9, "serif-i")
    put_signature(p, 30, 62, 45, L["landlord_sig"], rng)
    p.text(120, 50, "Le(s) locataire(s)", 10, "serif-b")
    put_hand(p, 120, 58, "lu et approuvé", rng, "dancing", 4.5)
    put_signature(p, 120, 62, 45, L["tenant_sig"], rng)
    pages.append(p)
    return pages


def attestation(A, rng):
    """Handwritten attestation d'hébergement on plain paper."""
    p = Page(paper=(253, 253, 250))
    put_hand(p, 70, 30, "Attestation d'hébergement", rng, "dancing", 7)
    lines = [
        "Je soussignée %s," % A["host"],
        "née le %s à %s," % (dmy(A["host_dob"]), A["host_pob"]),
        "demeurant %s," % A["street"],
        "%s," % A["cp_city"],
        "atteste sur l'honneur héberger à mon domicile",
        "mon époux %s," % A["hosted"],
        "né le %s à %s (%s)," % (dmy(A["hosted_dob"]), A["hosted_pob"], A["hosted_country"]),
        "depuis le %s." % dmy(A["since"]),
        "",
        "Je joins la copie de ma carte d'identité et mes",
        "trois dernières factures.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        "",
        "Fait à %s, le %s" % (A["city"], dmy(A["signed"])),
    ]
    y = 52
    for ln in lines:
        if ln:
            put_hand(p, 22 + rng.uniform(-1, 1), y, ln, rng, "dkg", 5.2, (25, 25, 60))
        y += 11
    put_signature(p, 120, y + 2, 50, A["host_sig"], rng)
    return p


def payslip(S, rng):
    p = Page()
    p.text(14, 16, "BULLETIN DE PAIE", 14, "sans-b")
    p.text(196, 16, "Période du %s au %s" % (dmy(S["start"]), dmy(S["end"])), 9, align="r")
    p.text(196, 21, "Paiement le %s par virement" % dmy(S["paid"]), 8, align="r")
    p.rect(14, 26, 88, 34, stroke=(150, 150, 150), lw=0.3)
    y = 32
    for ln in [
        S["employer"],
        S["emp_street"],
        S["emp_city"],
        "SIRET : " + S["siret"],
        "Code NAF : " + S["naf"],
        "URSSAF : " + S["urssaf"],
    ]:
        p.text(17, y, ln, 8.5, "sans-b" if ln == S["employer"] else "sans")
        y += 4.6
    p.rect(108, 26, 88, 34, stroke=(150, 150, 150), lw=0.3)
    y = 32
    for ln in [
        S["employee"],
        S["street"],
        S["cp_city"],
        "Emploi : " + S["job"],
        "Entrée le : " + dmy(S["hired"]) + "   Statut : non cadre",
        "Convention collective : " + S["ccn"],
    ]:
        p.text(111, y, ln, 8.5, "sans-b" if ln == S["employee"] else "sans")
        y += 4.6
    head = ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]
    xs = [16, 100, 125, 160, 194]
    p.rect(14, 66, 182, 6, stroke=None, fill=(230, 230, 230))
    for i, h in enumerate(head):
        p.text(xs[i], 70.3, h, 8, "sans-b", align="l" if i == 0 else "r")
    gross = S["gross"]
    rows = [("Salaire de base", "151,67", "", eur(gross), "", True)]
    rows += [("SALAIRE BRUT", "", "", eur(gross), "", True)]
    contrib = [
        ("Santé", 0.0, 0.07),
        ("Complémentaire santé", 0.0, 0.0),
        ("Accidents du travail", 0, 0.0222),
        ("Retraite Sécurité sociale plafonnée", 0.069, 0.0855),
        ("Retraite Sécurité sociale déplafonnée", 0.004, 0.0202),
        ("Retraite complémentaire T1", 0.0401, 0.0601),
        ("Famille", 0, 0.0345),
        ("Assurance chômage", 0, 0.0405),
        ("Autres contributions dues par l'employeur", 0, 0.011),
        ("CSG déductible de l'impôt sur le revenu", 0.068, 0),
        ("CSG/CRDS non déductible", 0.029, 0),
    ]
    sal = 0.0
    y = 78
    for lab, base, rate, v1, v2, bold in rows:
        p.text(16, y, lab, 8.5, "sans-b" if bold else "sans")
        p.text(100, y, base, 8.5, align="r")
        p.text(160, y, v1, 8.5, align="r")
        y += 5.2
    for lab, rs, re in contrib:
        part = round(gross * rs, 2)
        sal += part
        p.text(16, y, lab, 8.5)
        p.text(100, y, eur(gross).replace(" €", "") if rs or re else "", 8.5, align="r")
        p.text(125, y, ("%.2f" % (rs * 100)).replace(".", ",") if rs else "", 8.5, align="r")
        p.text(160, y, eur(part) if rs else "", 8.5, align="r")
        p.text(194, y, eur(round(gross * re, 2)) if re else "", 8.5, align="r")
        y += 5.2
    net_before = round(gross - sal, 2)
    tax = round(net_before * S["pas"], 2)
    net = round(net_before - tax, 2)
    S["net_pay"] = net
    p.line(14, y, 196, y, (120, 120, 120), 0.3)
    y += 7
    p.text(16, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", 8.5, "sans-b")
    p.text(160, y, eur(round(sal, 2)), 8.5, "sans-b", align="r")
    y += 9
    p.rect(14, y - 5, 182, 8, stroke=None, fill=(235, 242, 250))
    p.text(16, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, "sans-b")
    p.text(194, y, eur(net_before), 9, "sans-b", align="r")
    y += 8
    p.text(
        16,
        y,
        "Impôt sur le revenu prélevé à la source — taux personnalisé %s %%"
        % (("%.1f" % (S["pas"] * 100)).replace(".", ",")),
        8.5,
    )
    p.text(194, y, "-" + eur(tax), 8.5, align="r")
    y += 10
    p.rect(120, y - 6, 76, 10, stroke=(0, 0, 0), lw=0.4)
    p.text(123, y, "NET PAYÉ", 10, "sans-b")
    p.text(194, y, eur(net), 11, "sans-b", align="r")
    p.para(
        14,
        270,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le "
        "portail www.service-public.fr.",
        182,
        7,
        color=(90, 90, 90),
    )
    return p


def contract_pages(K, rng):
    p = Page()
    p.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 14, "serif-b", align="c")
    y = p.para(
        20,
        36,
        "Entre les soussignés : la société %s, %s au capital de %s, immatriculée "
        "au RCS de %s sous le numéro %s, SIRET %s, dont le siège est situé %s, représentée "
        "par %s en sa qualité de %s, ci-après « l'Employeur », d'une part,"
        % (
            K["employer"],
            K["form"],
            K["capital"],
            K["rcs_city"],
            K["siret"][:9],
            K["siret"],
            K["emp_addr"],
            K["rep"],
            K["rep_role"],
        ),
        170,
        10,
        "serif",
        1.45,
    )
    y = p.para(
        20,
        y + 3,
        "et %s, né(e) le %s à %s (%s), de nationalité %s, demeurant %s, "
        "ci-après « le Salarié », d'autre part,"
        % (K["employee"], dmy(K["dob"]), K["pob"], K["pob_country"], K["nat"], K["addr"]),
        170,
        10,
        "serif",
        1.45,
    )
    y = p.para(20, y + 3, "il a été convenu ce qui suit.", 170, 10, "serif")
    arts = [
        (
            "Article 1 — Engagement",
            "Le Salarié est engagé à compter du %s pour une durée "
            "indéterminée, sous réserve des résultats de la visite d'information et de prévention. "
            "Le présent contrat est régi par la convention collective %s."
            % (dmy(K["start"]), K["ccn"]),
        ),
        (
            "Article 2 — Fonctions",
            "Le Salarié exercera les fonctions de %s, statut %s, "
            "coefficient %s. Il exercera ses fonctions sous l'autorité de %s."
            % (K["job"], K["status"], K["coef"], K["rep"]),
        ),
        (
            "Article 3 — Période d'essai",
            "Le contrat ne deviendra définitif qu'à l'issue d'une "
            "période d'essai de deux mois, renouvelable une fois d'accord parties.",
        ),
        (
            "Article 4 — Rémunération",
            "En contrepartie de ses fonctions, le Salarié percevra une "
            "rémunération brute mensuelle de %s pour 35 heures hebdomadaires." % eur(K["gross"]),
        ),
    ]
    for t, b in arts:
        p.text(20, y + 7, t, 10.5, "serif-b")
        y = p.para(20, y + 14, b, 170, 10, "serif", 1.45)
    p.text(190, 288, "1/2", 8, "serif", align="r")
    p2 = Page()
    y = 22
    for t, b in [
        (
            "Article 5 — Lieu de travail",
            "Le Salarié exercera ses fonctions au %s." % K["workplace"],
        ),
        (
            "Article 6 — Congés payés",
            "Le Salarié bénéficiera des congés payés prévus par la loi "
            "et la convention collective applicable.",
        ),
        (
            "Article 7 — Rupture",
            "Le contrat pourra être rompu à l'initiative de l'une ou l'autre "
            "des parties dans les conditions prévues par le code du travail et la convention "
            "collective, sous réserve du respect du préavis.",
        ),
        (
            "Article 8 — Organismes sociaux",
            "Retraite complémentaire : %s. Prévoyance : %s. "
            "Déclaration préalable à l'embauche effectuée auprès de l'URSSAF."
            % (K["retraite"], K["prevoyance"]),
        ),
    ]:
        p2.text(20, y, t, 10.5, "serif-b")
        y = p2.para(20, y + 7, b, 170, 10, "serif", 1.45) + 5
    p2.text(
        20,
        y + 8,
        "Fait en deux exemplaires à %s, le %s." % (K["city"], dmy(K["signed"])),
        10,
        "serif",
    )
    p2.text(25, y + 24, "Pour l'Employeur", 10, "serif-b")
    put_signature(p2, 25, y + 30, 45, K["rep"], rng)
    p2.text(120, y + 24, "Le Salarié", 10, "serif-b")
    put_hand(p2, 120, y + 33, "Lu et approuvé, bon pour accord", rng, "dancing", 4)
    put_signature(p2, 122, y + 36, 45, K["employee"], rng)
    p2.text(190, 288, "2/2", 8, "serif", align="r")
    return [p, p2]


def rib_page(R, rng):
    """A French RIB page as banks print from online banking."""
    p = Page()
    c = R["color"]
    p.text(14, 20, R["bank"], 16, "sans-b", c)
    p.text(196, 20, R.get("title", "Relevé d'Identité Bancaire"), 12, "sans-b", align="r")
    p.para(
        14,
        30,
        R.get(
            "intro",
            "Ce relevé est destiné à être remis, sur leur demande, à vos "
            "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
            "(virements, paiements de quittances, etc.).",
        ),
        182,
        7.5,
        color=(80, 80, 80),
    )
    p.rect(14, 42, 182, 62, stroke=c, lw=0.5)
    p.text(18, 50, "Titulaire du compte", 8, color=(90, 90, 90))
    y = 56
    for ln in R["holder_lines"]:
        p.text(18, y, ln, 10, "sans-b" if ln == R["holder_lines"][0] else "sans")
        y += 5
    p.text(118, 50, "Domiciliation", 8, color=(90, 90, 90))
    y = 56
    for ln in R["branch_lines"]:
        p.text(118, y, ln, 9)
        y += 4.6
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [R["bank_code"], R["branch_code"], R["account"], R["key"]]
    xs = [18, 48, 80, 130]
    for i in range(4):
        p.text(xs[i], 80, heads[i], 7.5, color=(90, 90, 90))
        p.text(xs[i], 86, vals[i], 10.5, "mono")
    p.text(18, 95, "IBAN", 7.5, color=(90, 90, 90))
    p.text(30, 95, spaced(R["iban"]), 10.5, "mono")
    p.text(150, 95, "BIC", 7.5, color=(90, 90, 90))
    p.text(158, 95, R["bic"], 10.5, "mono")
    p.text(14, 285, R["legal"], 6, color=(110, 110, 110))
    return p
