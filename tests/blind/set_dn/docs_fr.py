"""French documents for set_dn: form, attestation, lease, bills, payslip, contract, RIB."""

from PIL import Image, ImageDraw

from docs_id import dmy, fr_words
from render import Page, pil_font, spaced

INK = (15, 15, 15)
PEN = (25, 40, 125)
GREY = (95, 95, 95)


def _box(pg, x, y, w, label, value, hand, lsize=7.5, vsize=10.5):
    """Label above a box, value written inside the box."""
    pg.text(x, y, label, "sans", lsize, INK)
    pg.rect(x, y + 1.8, w, 7.5, 0.3)
    if value:
        if hand:
            pg.text(x + 2, y + 7.4, value, hand, vsize + 1.5, PEN)
        else:
            pg.text(x + 2, y + 7.0, value, "mono", vsize - 1, INK)


def form_s1106(f, hand=None, seed="f"):
    """Cerfa 15763 / S1106 'Demande d'ouverture des droits à l'assurance maladie'."""
    pg = Page()
    pg.rect(12, 10, 30, 14, 0.3, (0, 80, 160), (0, 80, 160))
    pg.text(27, 19, "l'Assurance", "sansb", 6.5, (255, 255, 255), "c")
    pg.text(27, 22.5, "Maladie", "sansb", 6.5, (255, 255, 255), "c")
    pg.text(120, 15, "DEMANDE D'OUVERTURE DES DROITS", "sansb", 12, INK, "c")
    pg.text(120, 21, "À L'ASSURANCE MALADIE", "sansb", 12, INK, "c")
    pg.text(
        120,
        26.5,
        "(Articles L.160-1 et R.111-2 du code de la sécurité sociale)",
        "sans",
        7,
        INK,
        "c",
    )
    pg.text(198, 8, "cerfa N° 15763*02", "sansb", 7, INK, "r")
    pg.text(198, 12, "S1106", "sans", 7, INK, "r")
    pg.rect(12, 31, 186, 7, 0.2, (0, 80, 160), (225, 235, 248))
    pg.text(15, 36, "A - VOUS (l'assuré)", "sansb", 9, (0, 60, 140))
    _box(pg, 15, 44, 88, "Nom de naissance (nom de famille)", f["surname"], hand)
    _box(pg, 108, 44, 87, "Nom d'usage (facultatif)", f.get("usage", ""), hand)
    _box(pg, 15, 58, 120, "Prénom(s)", f["given"], hand)
    _box(pg, 140, 58, 55, "Date de naissance (jj/mm/aaaa)", f["dob"], hand)
    _box(pg, 15, 72, 88, "Lieu de naissance (commune / pays)", f["pob"], hand)
    _box(pg, 108, 72, 87, "Nationalité", f["nat"], hand)
    _box(pg, 15, 86, 120, "N° de sécurité sociale (si vous en avez un)", "", hand)
    _box(pg, 140, 86, 55, "N° d'allocataire CAF", "", hand)
    _box(pg, 15, 100, 180, "Adresse (n°, rue)", f["street"], hand)
    _box(pg, 15, 114, 40, "Code postal", f["zip"], hand)
    _box(pg, 60, 114, 135, "Commune", f["city"], hand)
    pg.rect(12, 130, 186, 7, 0.2, (0, 80, 160), (225, 235, 248))
    pg.text(15, 135, "B - VOTRE SITUATION", "sansb", 9, (0, 60, 140))
    opts = [
        ("employed", "Vous exercez une activité salariée"),
        ("not_employed", "Sans activité"),
        ("other", "Autre situation (travailleur indépendant, étudiant...)"),
    ]
    y = 145
    for key, label in opts:
        pg.rect(16, y - 3.4, 3.8, 3.8, 0.3)
        pg.text(23, y, label, "sans", 8.5)
        if f["status"] == key:
            if hand:
                pg.poly([(16.3, y - 1.8), (17.8, y + 0.2), (20.5, y - 4.6)], 0.5, PEN)
            else:
                pg.text(16.6, y - 0.2, "X", "sansb", 9)
        y += 7
    _box(pg, 23, y + 1, 95, "Emploi occupé", f.get("job", ""), hand)
    _box(pg, 123, y + 1, 72, "Type de contrat (CDI, CDD...)", f.get("contract", ""), hand)
    pg.rect(12, 188, 186, 7, 0.2, (0, 80, 160), (225, 235, 248))
    pg.text(15, 193, "C - ENGAGEMENT ET SIGNATURE", "sansb", 9, (0, 60, 140))
    pg.para(
        15,
        202,
        180,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "cette déclaration. La loi rend passible d'amende et/ou d'emprisonnement quiconque se "
        "rend coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19 "
        "et 441-7 du code pénal).",
        "sans",
        7.5,
    )
    _box(pg, 15, 222, 50, "Fait le", f["date"], hand)
    _box(pg, 70, 222, 60, "à", f["city"], hand)
    pg.text(138, 222, "Signature", "sans", 7.5)
    pg.rect(138, 223.8, 57, 22, 0.3)
    if f.get("signed", True):
        pg.signature(143, 228, 44, 12, seed)
    pg.para(
        15,
        262,
        180,
        "Pièces à joindre : copie d'une pièce d'identité, justificatif de "
        "régularité du séjour, acte de naissance, justificatif de résidence, RIB, et le cas "
        "échéant contrat de travail ou dernier bulletin de salaire.",
        "sansb",
        7,
    )
    pg.text(105, 288, "S1106 - 15763*02 - page 1/2", "sans", 6.5, GREY, "c")
    return pg


def hosting_attestation(h, hand="hand1", seed="att"):
    """Handwritten attestation d'hébergement on plain paper."""
    pg = Page(210, 297, (252, 252, 250))
    for i in range(27):
        pg.line(0, 30 + i * 9, 210, 30 + i * 9, 0.1, (170, 190, 225))
    y = 48
    pg.text(105, 30 - 0.8 + 9, "Attestation d'hébergement", hand, 20, PEN, "c")
    lines = [
        "Je soussigné " + h["host"] + ", né le " + h["host_dob"] + " à " + h["host_pob"] + ",",
        "de nationalité française, demeurant " + h["street"] + ",",
        h["zip"] + " " + h["city"] + ",",
        "atteste sur l'honneur héberger à mon domicile mon épouse",
        h["hosted"] + ", née le " + h["hosted_dob"] + ",",
        "depuis le " + h["since"] + ".",
        "",
        "Je joins la copie de ma carte d'identité et de mon bail.",
        "Fait pour servir et valoir ce que de droit.",
        "",
        "Fait à " + h["city"] + ", le " + h["signed_on"],
    ]
    y = 57 - 1
    for ln in lines:
        if ln:
            pg.text(18, y, ln, hand, 14, PEN)
        y += 9
    pg.signature(120, y + 2, 50, 16, seed, PEN)
    return pg


def lease(ls, font="serif"):
    """Bail d'habitation (loi du 6 juillet 1989), two pages."""
    b = font + "b"
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", b, 15, INK, "c")
    p1.text(105, 29, "Locaux vides à usage d'habitation principale", font, 10, INK, "c")
    p1.text(
        105,
        34.5,
        "(Titre Ier bis de la loi du 6 juillet 1989 - décret n° 2015-587)",
        font,
        8.5,
        INK,
        "c",
    )
    y = 48
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", b, 11)
    y = p1.para(
        20,
        y + 8,
        170,
        "Le présent contrat est conclu entre les soussignés : "
        + ls["landlord"]
        + ", "
        + ls["landlord_addr"]
        + ", désigné(e) ci-après "
        "« le bailleur » ;",
        font,
        10,
        5.2,
    )
    y = p1.para(
        20,
        y + 2,
        170,
        "et " + ls["tenant_print"] + ", désigné(s) ci-après « le locataire ».",
        font,
        10,
        5.2,
    )
    p1.text(20, y + 8, "II. OBJET DU CONTRAT", b, 11)
    y = p1.para(
        20, y + 16, 170, "Adresse du logement : " + ls["address"] + ". " + ls["desc"], font, 10, 5.2
    )
    p1.text(20, y + 8, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", b, 11)
    y = p1.para(
        20,
        y + 16,
        170,
        "Date de prise d'effet du contrat : "
        + ls["start_print"]
        + ". Durée du contrat : "
        + ls["duration"]
        + ", renouvelable tacitement.",
        font,
        10,
        5.2,
    )
    p1.text(20, y + 8, "IV. CONDITIONS FINANCIÈRES", b, 11)
    y = p1.para(
        20,
        y + 16,
        170,
        "Montant du loyer mensuel : " + ls["rent"] + " euros hors "
        "charges. Provision sur charges : " + ls["charges"] + " euros. Le loyer est "
        "payable mensuellement et d'avance le 1er de chaque mois.",
        font,
        10,
        5.2,
    )
    y = p1.para(20, y + 2, 170, "Dépôt de garantie : " + ls["rent"] + " euros.", font, 10, 5.2)
    p1.text(105, 288, "Paraphes : ______   ______          page 1/2", font, 8, GREY, "c")
    p2 = Page()
    p2.text(20, 24, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", b, 11)
    y = 34
    for t in [
        "Le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier lors de "
        "la remise des clés puis chaque année à la demande du bailleur.",
        "Le présent contrat sera résilié de plein droit un mois après un commandement de payer "
        "demeuré infructueux, à défaut de paiement du loyer ou des charges aux termes convenus.",
        "Annexes : état des lieux d'entrée, diagnostic de performance énergétique, notice "
        "d'information, règlement de copropriété (extraits).",
    ]:
        y = p2.para(20, y, 170, t, font, 10, 5.2) + 4
    p2.text(
        20,
        y + 10,
        "Fait à " + ls["city"] + ", le " + ls["signed_print"] + ", en deux originaux.",
        font,
        10,
    )
    p2.text(30, y + 24, "Le bailleur", b, 10)
    p2.text(125, y + 24, "Le(s) locataire(s)", b, 10)
    p2.text(30, y + 30, "« lu et approuvé »", font, 8, GREY)
    p2.text(125, y + 30, "« lu et approuvé »", font, 8, GREY)
    p2.signature(30, y + 34, 40, 14, ls["landlord"])
    p2.signature(125, y + 34, 40, 14, ls["tenant_print"])
    p2.text(105, 288, "page 2/2", font, 8, GREY, "c")
    return [p1, p2]


def bbox_bill(b):
    """Bouygues Telecom Bbox internet bill, one page."""
    pg = Page()
    navy = (0, 55, 110)
    pg.rect(0, 0, 210, 26, 0.1, navy, navy)
    pg.text(14, 15, "BOUYGUES", "robotob", 16, (255, 255, 255))
    pg.text(14, 21, "TELECOM", "roboto", 9, (255, 255, 255))
    pg.text(196, 15, "Votre facture", "robotob", 13, (255, 255, 255), "r")
    pg.text(14, 38, "Facture n° " + b["no"], "roboto", 9)
    pg.text(14, 43, "Date de facture : " + dmy(b["issue"]), "roboto", 9)
    pg.text(14, 48, "Compte client n° " + b["account"], "roboto", 9)
    pg.text(120, 40, b["holder"], "robotob", 10)
    pg.text(120, 45.5, b["street"], "roboto", 10)
    pg.text(120, 51, b["zip"] + " " + b["city"], "roboto", 10)
    pg.rect(14, 62, 182, 24, 0.3, navy, (232, 240, 248))
    pg.text(20, 71, "Montant à payer", "roboto", 11, navy)
    pg.text(190, 72, b["amount"] + " €", "robotob", 18, navy, "r")
    pg.text(20, 80, "Prélevé à partir du " + dmy(b["debit"]) + " sur votre compte", "roboto", 8.5)
    pg.text(14, 100, "Détail de votre facture", "robotob", 12, navy)
    pg.text(14, 108, "Offre Bbox fit (Fibre) - ligne " + b["line"], "roboto", 9.5)
    pg.text(
        14,
        114,
        "Période de facturation : du " + dmy(b["start"]) + " au " + dmy(b["end"]),
        "roboto",
        9.5,
    )
    y = 126
    for label, amt in b["lines"]:
        pg.text(18, y, label, "roboto", 9.5)
        pg.text(192, y, amt, "roboto", 9.5, INK, "r")
        pg.line(14, y + 2.5, 196, y + 2.5, 0.15, (180, 180, 180))
        y += 8
    pg.text(18, y + 4, "Total TTC", "robotob", 10)
    pg.text(192, y + 4, b["amount"] + " €", "robotob", 10, INK, "r")
    pg.para(
        14,
        270,
        182,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 "
        "RCS Paris - 37-39 rue Boissière 75116 Paris. Service client : 1064.",
        "roboto",
        7,
    )
    return pg


def payslip(p):
    """Bulletin de paie clarifié."""
    pg = Page()
    pg.text(105, 16, "BULLETIN DE PAIE", "latob", 14, INK, "c")
    pg.text(105, 22, "Période du " + dmy(p["start"]) + " au " + dmy(p["end"]), "lato", 9, INK, "c")
    pg.rect(14, 28, 88, 34, 0.3)
    pg.text(17, 34, p["employer"], "latob", 10)
    pg.text(17, 39.5, p["emp_street"], "lato", 9)
    pg.text(17, 44.5, p["emp_city"], "lato", 9)
    pg.text(17, 50, "SIRET : " + p["siret"] + "   APE : " + p["ape"], "lato", 8.5)
    pg.text(17, 55.5, "Convention collective : " + p["ccn"], "lato", 8)
    pg.rect(108, 28, 88, 34, 0.3)
    pg.text(111, 34, p["employee"], "latob", 10)
    pg.text(111, 39.5, p["street"], "lato", 9)
    pg.text(111, 44.5, p["zip_city"], "lato", 9)
    pg.text(111, 50, "Emploi : " + p["job"], "lato", 8.5)
    pg.text(111, 55.5, "Entrée le " + dmy(p["hired"]) + " - N° SS : en cours", "lato", 8.5)
    hdr = ["Rubrique", "Base", "Taux", "Montant salarié", "Part employeur"]
    xs = [16, 92, 118, 158, 194]
    pg.rect(14, 68, 182, 7, 0.2, (60, 60, 60), (230, 230, 230))
    for i, h in enumerate(hdr):
        pg.text(xs[i], 73, h, "latob", 8, INK, "l" if i == 0 else "r")
    y = 81
    for row in p["rows"]:
        for i, v in enumerate(row):
            pg.text(xs[i], y, v, "lato" if i else "lato", 8.5, INK, "l" if i == 0 else "r")
        y += 6
    pg.line(14, y, 196, y, 0.3)
    pg.rect(14, 232, 182, 14, 0.4, (0, 0, 0), (238, 244, 236))
    pg.text(18, 241, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "latob", 9)
    pg.text(192, 241, p["net_before"] + " €", "latob", 10, INK, "r")
    pg.text(18, 254, "Impôt sur le revenu prélevé à la source (taux " + p["pas"] + ")", "lato", 8.5)
    pg.text(192, 254, "-" + p["tax"] + " €", "lato", 8.5, INK, "r")
    pg.rect(108, 259, 88, 11, 0.6, (0, 0, 0), (220, 235, 220))
    pg.text(111, 266.5, "NET PAYÉ", "latob", 10)
    pg.text(192, 266.5, p["net"] + " €", "latob", 11, INK, "r")
    pg.text(14, 266.5, "Payé le " + dmy(p["paid"]) + " par virement", "lato", 8.5)
    pg.para(
        14,
        280,
        182,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
        "lato",
        7.5,
    )
    return pg


def contract(c):
    """Contrat de travail à durée indéterminée, two pages."""
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "carlitob", 14, INK, "c")
    y = p1.para(
        20,
        38,
        170,
        "Entre les soussignés : la société "
        + c["employer"]
        + ", "
        + c["form"]
        + " dont le siège social est situé "
        + c["address"]
        + ", immatriculée "
        "sous le numéro SIRET "
        + c["siret"]
        + ", représentée par "
        + c["rep"]
        + " en sa qualité de "
        + c["rep_role"]
        + ", ci-après « l'Employeur »,",
        "carlito",
        11,
        5.6,
    )
    y = p1.para(
        20,
        y + 3,
        170,
        "et "
        + c["employee"]
        + ", né(e) le "
        + dmy(c["dob"])
        + " à "
        + c["pob"]
        + ", de nationalité "
        + c["nat"]
        + ", demeurant "
        + c["home"]
        + ", ci-après « le Salarié »,",
        "carlito",
        11,
        5.6,
    )
    y += 6
    p1.text(20, y, "il a été convenu ce qui suit.", "carlito", 11)
    arts = [
        (
            "Article 1 - Engagement",
            "Le Salarié est engagé à compter du "
            + fr_words(c["start"])
            + " pour une durée indéterminée, sous réserve des résultats de la visite d'information "
            "et de prévention.",
        ),
        (
            "Article 2 - Fonctions",
            "Le Salarié exercera les fonctions de "
            + c["job"]
            + ", statut "
            + c["status"]
            + ", coefficient "
            + c["coef"]
            + " de la convention collective "
            + c["ccn"]
            + ".",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue "
            "d'une période d'essai de " + c["trial"] + " de travail effectif.",
        ),
        (
            "Article 4 - Rémunération",
            "Le Salarié percevra une rémunération brute mensuelle de "
            + c["gross"]
            + " euros pour une durée de travail de 35 heures par semaine.",
        ),
    ]
    y += 12
    for title, text in arts:
        p1.text(20, y, title, "carlitob", 11)
        y = p1.para(20, y + 6.5, 170, text, "carlito", 11, 5.6) + 4
    p1.text(105, 288, "1/2", "carlito", 9, GREY, "c")
    p2 = Page()
    y = 26
    for title, text in [
        (
            "Article 5 - Lieu de travail",
            "Le Salarié exercera ses fonctions à " + c["workplace"] + ".",
        ),
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés prévus par la loi "
            "et la convention collective applicable.",
        ),
        (
            "Article 7 - Rupture",
            "Chacune des parties pourra mettre fin au présent contrat dans le "
            "respect des dispositions légales et conventionnelles.",
        ),
    ]:
        p2.text(20, y, title, "carlitob", 11)
        y = p2.para(20, y + 6.5, 170, text, "carlito", 11, 5.6) + 4
    p2.text(
        20,
        y + 10,
        "Fait en deux exemplaires à " + c["city"] + ", le " + dmy(c["signed"]),
        "carlito",
        11,
    )
    p2.text(30, y + 24, "L'Employeur", "carlitob", 11)
    p2.text(125, y + 24, "Le Salarié", "carlitob", 11)
    p2.signature(30, y + 30, 40, 14, c["rep"])
    p2.signature(125, y + 30, 40, 14, c["employee"])
    p2.text(105, 288, "2/2", "carlito", 9, GREY, "c")
    return [p1, p2]


def rib_pdf(r):
    """A bank's RIB (text PDF); logo colours from r["colors"]."""
    pg = Page()
    c1, c2 = r["colors"]
    pg.rect(14, 14, 12, 6, 0.1, c1, c1)
    pg.rect(14, 20, 12, 6, 0.1, c2, c2)
    pg.text(30, 23, r["bank"], "sansb", 13)
    pg.text(105, 44, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 13, INK, "c")
    pg.text(20, 58, "Titulaire du compte", "sans", 8, GREY)
    pg.text(20, 64, r["holder"], "sansb", 11)
    pg.text(20, 69.5, r["street"], "sans", 10)
    pg.text(20, 75, r["zip_city"], "sans", 10)
    pg.text(120, 58, "Domiciliation", "sans", 8, GREY)
    pg.text(120, 64, r["agency"], "sans", 10)
    ib = r["iban"]
    heads = [
        ("Code banque", ib[4:9]),
        ("Code guichet", ib[9:14]),
        ("N° de compte", ib[14:25]),
        ("Clé RIB", ib[25:27]),
    ]
    x = 20
    for (h, v), w in zip(heads, [35, 35, 60, 25]):
        pg.text(x, 90, h, "sans", 8, GREY)
        pg.rect(x, 92, w - 3, 9, 0.3)
        pg.text(x + 2, 98.5, v, "mono", 10)
        x += w
    pg.text(20, 114, "IBAN (International Bank Account Number)", "sans", 8, GREY)
    pg.rect(20, 116, 150, 9, 0.3)
    pg.text(22, 122.5, spaced(ib), "mono", 10.5)
    pg.text(20, 136, "BIC (Bank Identifier Code)", "sans", 8, GREY)
    pg.rect(20, 138, 60, 9, 0.3)
    pg.text(22, 144.5, r["bic"], "mono", 10.5)
    pg.line(14, 160, 196, 160, 0.2, GREY)
    pg.para(
        14,
        168,
        182,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements...). Son utilisation vous garantit le bon enregistrement de ces "
        "opérations.",
        "sans",
        8,
    )
    return pg


def rib_slip_no_iban(r):
    """An old chequebook RIB slip: only the domestic RIB, no IBAN and no BIC."""
    pg = Page(160, 70, (250, 250, 244))
    pg.rect(3, 3, 154, 64, 0.4, (120, 120, 120))
    pg.text(80, 11, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 10, INK, "c")
    pg.text(8, 20, r["bank"], "sansb", 9, (200, 20, 50))
    pg.text(8, 25, r["agency"], "sans", 8)
    pg.text(8, 33, "Titulaire :", "sans", 7.5, GREY)
    pg.text(8, 38, r["holder"], "sansb", 9)
    pg.text(8, 43, r["addr"], "sans", 8)
    heads = [
        ("Banque", r["bank_code"]),
        ("Guichet", r["branch"]),
        ("N° compte", r["account"]),
        ("Clé", r["key"]),
    ]
    x = 8
    for (h, v), w in zip(heads, [26, 26, 52, 18]):
        pg.text(x, 51, h, "sans", 7, GREY)
        pg.rect(x, 52.5, w - 3, 8, 0.3)
        pg.text(x + 1.5, 58.5, v, "mono", 9)
        x += w
    return pg


def bank_screenshot(s):
    """A phone screenshot (1170x2532) of a banking app's 'RIB / IBAN' screen."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (246, 247, 251))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 130], fill=(246, 247, 251))
    d.text((70, 90), "09:41", font=pil_font("robotob", 44), fill=INK, anchor="ls")
    d.rectangle([950, 60, 1080, 100], outline=INK, width=4)
    d.rectangle([956, 66, 1050, 94], fill=INK)
    d.text((70, 250), "‹", font=pil_font("roboto", 90), fill=(0, 90, 200), anchor="ls")
    d.text((W // 2, 240), s["title"], font=pil_font("robotob", 54), fill=INK, anchor="ms")
    d.text((W // 2, 330), s["app"], font=pil_font("roboto", 40), fill=(110, 110, 120), anchor="ms")
    d.rounded_rectangle([50, 400, W - 50, 1650], 40, fill=(255, 255, 255))
    y = 500
    for label, value in s["rows"]:
        d.text((100, y), label, font=pil_font("roboto", 38), fill=(120, 120, 130), anchor="ls")
        d.text((100, y + 75), value, font=pil_font("robotob", 48), fill=INK, anchor="ls")
        d.line([(100, y + 120), (W - 100, y + 120)], fill=(232, 232, 236), width=3)
        y += 200
    d.rounded_rectangle([100, 1800, W - 100, 1930], 65, fill=(0, 90, 200))
    d.text(
        (W // 2, 1882),
        "Partager mon RIB",
        font=pil_font("robotob", 46),
        fill=(255, 255, 255),
        anchor="ms",
    )
    d.rounded_rectangle([100, 1980, W - 100, 2110], 65, outline=(0, 90, 200), width=4)
    d.text(
        (W // 2, 2062),
        "Télécharger le RIB (PDF)",
        font=pil_font("robotob", 46),
        fill=(0, 90, 200),
        anchor="ms",
    )
    d.rounded_rectangle([W // 2 - 200, 2490, W // 2 + 200, 2502], 6, fill=INK)
    return im


def bill_screenshot(b):
    """Screenshot of a bill in the provider's app (Espace client)."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    navy = (0, 55, 110)
    d.rectangle([0, 0, W, 380], fill=navy)
    d.text((70, 90), "10:12", font=pil_font("robotob", 44), fill=(255, 255, 255), anchor="ls")
    d.text((70, 250), "Ma facture", font=pil_font("robotob", 64), fill=(255, 255, 255), anchor="ls")
    d.text(
        (70, 330),
        "Bouygues Telecom - Espace client",
        font=pil_font("roboto", 38),
        fill=(200, 215, 235),
        anchor="ls",
    )
    rows = [
        ("Titulaire", b["holder"]),
        ("Adresse", b["street"]),
        ("", b["zip"] + " " + b["city"]),
        ("Facture n°", b["no"]),
        ("Émise le", dmy(b["issue"])),
        ("Période", "du " + dmy(b["start"]) + " au " + dmy(b["end"])),
        ("Offre", "Bbox fit (Fibre)"),
        ("Montant", b["amount"] + " €"),
        ("Prélèvement le", dmy(b["debit"])),
    ]
    y = 500
    for label, value in rows:
        if label:
            d.text((70, y), label, font=pil_font("roboto", 38), fill=(110, 110, 120), anchor="ls")
            y += 62
        d.text((70, y), value, font=pil_font("robotob", 46), fill=INK, anchor="ls")
        y += 95
    d.rounded_rectangle([70, 2150, W - 70, 2280], 65, fill=navy)
    d.text(
        (W // 2, 2232),
        "Télécharger la facture PDF",
        font=pil_font("robotob", 44),
        fill=(255, 255, 255),
        anchor="ms",
    )
    d.rounded_rectangle([W // 2 - 200, 2490, W // 2 + 200, 2502], 6, fill=INK)
    return im
