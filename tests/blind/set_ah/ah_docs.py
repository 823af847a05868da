"""Housing, money and work layouts for set_ah, and the cerfa 15763*02 application form."""

from ah_draw import Page, group4
from ah_ids import MOIS, fr, fr_words

BLUE = (0, 80, 160)


def _put(pg, fill, x, y, s, size=10, seed=0, anchor="l"):
    if fill == "hand":
        pg.hand(x, y, s, "hand", size * 1.25, (20, 35, 120), seed, anchor)
    else:
        pg.text(x, y, s, "mono", size * 0.9, (0, 0, 0), anchor)


def _comb(pg, fill, x, y, s, n, cw=5.0, seed=0):
    for i in range(n):
        pg.rect(x + i * cw, y - 4.5, cw, 6, (90, 90, 90), None, 0.2)
    for i, ch in enumerate(s[:n]):
        if ch != " ":
            _put(pg, fill, x + i * cw + cw / 2, y, ch, 10, seed + i, "m")


def cerfa(p, f):
    """f: fill ('hand'|'typed'), situation, contract, place, signed_on, sig(bool)."""
    fill = f["fill"]
    p1 = Page()
    p1.text(12, 16, "l'Assurance", "latob", 16, BLUE)
    p1.text(12, 22, "Maladie", "latob", 16, BLUE)
    p1.rect(168, 9, 30, 14, (0, 0, 0), None, 0.4)
    p1.text(183, 14, "cerfa", "sansb", 9, anchor="m")
    p1.text(183, 20, "N° 15763*02", "sans", 7, anchor="m")
    p1.text(
        105, 34, "Demande d'ouverture des droits à l'assurance maladie", "latob", 14, anchor="m"
    )
    p1.text(105, 40, "Protection universelle maladie (PUMa)", "lato", 10, BLUE, "m")
    y = p1.wrap(
        12,
        47,
        186,
        "Vous résidez en France de manière stable et régulière depuis "
        "plus de trois mois ou vous exercez une activité professionnelle en France : "
        "remplissez ce formulaire et joignez les pièces justificatives demandées. "
        "Articles L. 160-1, L. 160-5, R. 111-2 et D. 160-2 du code de la sécurité "
        "sociale.",
        "lato",
        7,
        3.4,
    )
    p1.rect(12, y + 2, 186, 7, None, BLUE)
    p1.text(15, y + 7, "A  VOUS", "latob", 10, (255, 255, 255))
    y += 17
    _lab = dict(font="lato", size=8)
    p1.text(12, y, "Nom de naissance", **_lab)
    _put(p1, fill, 48, y, p["surname"], 10, 1)
    p1.line(47, y + 1.2, 198, y + 1.2, (150, 150, 150), 0.2)
    y += 9
    p1.text(12, y, "Nom d'usage (facultatif)", **_lab)
    p1.line(47, y + 1.2, 198, y + 1.2, (150, 150, 150), 0.2)
    y += 9
    p1.text(12, y, "Prénom(s)", **_lab)
    _put(p1, fill, 48, y, p["given_names"], 10, 2)
    p1.line(47, y + 1.2, 198, y + 1.2, (150, 150, 150), 0.2)
    y += 10
    p1.text(12, y, "Sexe", **_lab)
    for i, s in enumerate("FM"):
        p1.rect(30 + i * 14, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(36 + i * 14, y, s, **_lab)
        if p["sex"] == s:
            _put(p1, fill, 32 + i * 14, y, "X", 9, 3, "m")
    p1.text(70, y, "Date de naissance", **_lab)
    _comb(p1, fill, 100, y + 0.5, p["dob"].strftime("%d%m%Y"), 8, 5, 40)
    y += 10
    p1.text(12, y, "Lieu de naissance : commune", **_lab)
    _put(p1, fill, 55, y, p["pob_town"], 10, 4)
    p1.text(120, y, "pays", **_lab)
    _put(p1, fill, 130, y, p["pob_country_fr"], 10, 5)
    y += 9
    p1.text(12, y, "Nationalité", **_lab)
    _put(p1, fill, 48, y, p["nat_fr"], 10, 6)
    y += 10
    p1.text(12, y, "N° de sécurité sociale (si vous en avez un)", **_lab)
    _comb(p1, fill, 80, y + 0.5, "", 13, 4.4)
    _comb(p1, fill, 140, y + 0.5, "", 2, 4.4)
    y += 10
    p1.text(12, y, "N° d'allocataire CAF (si vous en avez un)", **_lab)
    p1.line(80, y + 1.2, 198, y + 1.2, (150, 150, 150), 0.2)
    y += 9
    p1.text(12, y, "Adresse", **_lab)
    _put(p1, fill, 48, y, p["addr1"], 10, 7)
    p1.line(47, y + 1.2, 198, y + 1.2, (150, 150, 150), 0.2)
    y += 9
    p1.text(12, y, "Code postal", **_lab)
    _comb(p1, fill, 35, y + 0.5, p["cp"], 5, 5, 60)
    p1.text(70, y, "Commune", **_lab)
    _put(p1, fill, 88, y, p["city"], 10, 8)
    y += 9
    p1.text(12, y, "Téléphone", **_lab)
    _put(p1, fill, 35, y, p["phone"], 10, 9)
    p1.text(95, y, "Courriel", **_lab)
    _put(p1, fill, 110, y, p["email"], 9, 10)
    y += 10
    p1.rect(12, y, 186, 7, None, BLUE)
    p1.text(15, y + 5, "B  VOTRE SITUATION", "latob", 10, (255, 255, 255))
    y += 14
    opts = [
        ("salarie", "Vous exercez une activité salariée en France. Type de contrat :"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi, inscrit à France Travail"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous n'exercez pas d'activité et résidez en France de manière "
            "stable et régulière depuis plus de trois mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, lab in opts:
        p1.rect(12, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(19, y, lab, **_lab)
        if key == f["situation"]:
            _put(p1, fill, 14, y, "X", 9, 11, "m")
        if key == "salarie":
            for j, c in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                xx = 112 + j * 20
                p1.rect(xx, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
                p1.text(xx + 5.5, y, c, **_lab)
                if f.get("contract") == c:
                    _put(p1, fill, xx + 2, y, "X", 9, 12, "m")
            y += 6
            p1.text(19, y, "Profession :", **_lab)
            if f["situation"] == "salarie":
                _put(p1, fill, 40, y, f["job"], 10, 13)
        y += 8
    p1.text(105, 287, "S1106 — cerfa n° 15763*02 — page 1/2", "lato", 7, anchor="m")

    p2 = Page()
    p2.rect(12, 14, 186, 7, None, BLUE)
    p2.text(15, 19, "C  VOS ENGAGEMENTS ET SIGNATURE", "latob", 10, (255, 255, 255))
    y = p2.wrap(
        12,
        30,
        186,
        "Je certifie sur l'honneur l'exactitude des renseignements "
        "portés sur ce formulaire et m'engage à signaler à ma caisse tout changement "
        "dans ma situation. La loi punit quiconque se rend coupable de fraudes ou de "
        "fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code "
        "pénal, article L. 114-13 du code de la sécurité sociale).",
        "lato",
        8,
        4,
    )
    y += 6
    p2.text(12, y, "Fait à", "lato", 9)
    _put(p2, fill, 25, y, f["place"], 11, 20)
    p2.text(95, y, "le", "lato", 9)
    if f["signed_on"]:
        _put(p2, fill, 101, y, fr(f["signed_on"]), 11, 21)
    y += 6
    p2.rect(110, y, 80, 30, (0, 0, 0), None, 0.3)
    p2.text(112, y + 4, "Signature", "lato", 8, (120, 120, 120))
    if f["sig"]:
        p2.hand(120, y + 20, p["sig_text"], "sig", 20, (20, 25, 90), 22)
    y += 42
    p2.text(12, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "latob", 10, BLUE)
    pieces = [
        "une photocopie de votre pièce d'identité (passeport, carte nationale d'identité)",
        "votre titre de séjour, votre VLS-TS ou votre récépissé de demande",
        "une copie intégrale de votre acte de naissance (ou extrait avec filiation)",
        "un justificatif de résidence stable et régulière en France depuis plus de trois mois",
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire",
    ]
    y += 7
    for t in pieces:
        p2.text(14, y, "•  " + t, "lato", 8.5)
        y += 5.5
    y += 8
    p2.rect(12, y, 186, 32, (120, 120, 120), (242, 242, 242), 0.3)
    p2.text(15, y + 6, "Cadre réservé à l'organisme", "latob", 8.5)
    p2.text(15, y + 14, "Date de réception : ....../....../..........", "lato", 8)
    p2.text(15, y + 21, "Pièces vérifiées :  □ oui   □ non", "lato", 8)
    p2.text(110, y + 14, "Matricule agent : ..................", "lato", 8)
    p2.text(105, 287, "S1106 — cerfa n° 15763*02 — page 2/2", "lato", 7, anchor="m")
    return [p1, p2]


# ---------------------------------------------------------------- housing


def lease(L):
    """Contrat de location (bail d'habitation, loi n° 89-462 du 6 juillet 1989), 3 pages."""
    pages = []
    p = Page()
    p.text(105, 22, "CONTRAT DE LOCATION", "serifb", 15, anchor="m")
    p.text(105, 28, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serifb", 10, anchor="m")
    p.text(
        105,
        33,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 et portant "
        "modification de la loi n° 86-1290 du 23 décembre 1986)",
        "serifi",
        7.5,
        anchor="m",
    )
    y = 46
    p.text(20, y, "I. DÉSIGNATION DES PARTIES", "serifb", 10.5)
    y = p.wrap(
        20, y + 8, 170, "Le présent contrat est conclu entre les soussignés :", "serif", 10, 5
    )
    y = p.wrap(25, y + 2, 165, L["landlord_text"], "serif", 10, 5)
    p.text(25, y + 1, "désigné(e) ci-après « le bailleur » ;", "serifi", 10)
    y = p.wrap(25, y + 9, 165, L["tenant_text"], "serif", 10, 5)
    p.text(25, y + 1, "désigné(e) ci-après « le locataire » ;", "serifi", 10)
    y += 14
    p.text(20, y, "II. OBJET DU CONTRAT", "serifb", 10.5)
    y = p.wrap(
        20,
        y + 8,
        170,
        "Le présent contrat a pour objet la location d'un logement "
        "ainsi déterminé : adresse du logement : " + L["address"] + ". " + L["desc"],
        "serif",
        10,
        5,
    )
    y += 8
    p.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serifb", 10.5)
    y = p.wrap(
        20,
        y + 8,
        170,
        "A. Date de prise d'effet du contrat : "
        + L["start_words"]
        + ". B. Durée du contrat : %s. En l'absence de proposition de renouvellement, "
        "le contrat est reconduit tacitement." % L["duration"],
        "serif",
        10,
        5,
    )
    y += 8
    p.text(20, y, "IV. CONDITIONS FINANCIÈRES", "serifb", 10.5)
    y = p.wrap(
        20,
        y + 8,
        170,
        "Loyer mensuel hors charges : %s €. Provision sur charges : "
        "%s €. Le loyer est payable mensuellement et d'avance, le 1er de chaque mois. "
        "Dépôt de garantie : %s €." % (L["rent"], L["charges"], L["rent"]),
        "serif",
        10,
        5,
    )
    p.text(190, 285, "Paraphes : " + L["initials"], "serifi", 8, anchor="r")
    p.hand(170, 280, L["initials"], "hand", 10, (20, 20, 100), 31)
    pages.append(p)
    p = Page()
    y = 22
    for title, body in L["clauses"]:
        p.text(20, y, title, "serifb", 10.5)
        y = p.wrap(20, y + 7, 170, body, "serif", 10, 5) + 7
    p.text(190, 285, "Paraphes : " + L["initials"], "serifi", 8, anchor="r")
    p.hand(170, 280, L["initials"], "hand", 10, (20, 20, 100), 32)
    pages.append(p)
    p = Page()
    p.text(20, 22, "XI. SIGNATURES", "serifb", 10.5)
    p.text(
        20,
        32,
        "Fait et signé à %s, le %s, en deux originaux." % (L["city"], fr(L["signed"])),
        "serif",
        10,
    )
    p.text(30, 48, "Le bailleur", "serifb", 10)
    p.text(30, 53, "« Lu et approuvé »", "serifi", 9)
    p.hand(30, 70, L["landlord_sig"], "sig", 18, (20, 20, 100), 33)
    p.text(120, 48, "Le(s) locataire(s)", "serifb", 10)
    p.hand(120, 56, "Lu et approuvé", "hand", 11, (20, 20, 100), 34)
    p.hand(120, 72, L["tenant_sig"], "sig", 18, (20, 20, 100), 35)
    p.text(
        20,
        100,
        "Annexes : état des lieux, diagnostic de performance énergétique, notice "
        "d'information, extrait du règlement de copropriété.",
        "serifi",
        9,
    )
    pages.append(p)
    return pages


def hosting(h):
    """Handwritten attestation d'hébergement on plain paper."""
    p = Page(210, 297, (253, 253, 250))
    for i in range(30):
        p.line(15, 40 + i * 8, 195, 40 + i * 8, (200, 215, 235), 0.2)
    p.hand(105, 30, "Attestation d'hébergement", "hand", 20, (20, 30, 110), 40, "m")
    y = 56
    for i, ln in enumerate(h["lines"]):
        p.hand(20, y, ln, "hand", 15, (20, 30, 110), 41 + i)
        y += 8
    p.hand(120, y + 8, h["place_date"], "hand", 15, (20, 30, 110), 70)
    p.hand(125, y + 28, h["sig"], "sig", 24, (20, 30, 110), 71)
    return p


# ---------------------------------------------------------------- work


def payslip(s):
    p = Page()
    p.text(15, 18, s["employer"], "robotob", 12)
    for i, t in enumerate(s["emp_lines"]):
        p.text(15, 23 + i * 4.2, t, "roboto", 8)
    p.text(195, 18, "BULLETIN DE PAIE", "robotob", 14, (40, 40, 40), "r")
    p.text(
        195,
        24,
        "Période du %s au %s" % (fr(s["p_start"]), fr(s["p_end"])),
        "roboto",
        8.5,
        anchor="r",
    )
    p.text(195, 28.5, "Paiement le %s par virement" % fr(s["paid"]), "roboto", 8.5, anchor="r")
    p.rect(110, 38, 85, 28, (160, 160, 160), None, 0.3)
    for i, t in enumerate(s["emp_addr"]):
        p.text(114, 45 + i * 5, t, "robotob" if i == 0 else "roboto", 9.5)
    info = [
        ("Matricule", s["matricule"]),
        ("Emploi", s["job"]),
        ("Statut", "Non cadre"),
        ("Entrée le", fr(s["entry"])),
        ("Convention", s["ccn"]),
    ]
    for i, (a, b) in enumerate(info):
        p.text(15, 46 + i * 4.5, a, "roboto", 7.5, (90, 90, 90))
        p.text(38, 46 + i * 4.5, b, "roboto", 7.5)
    y = 76
    cols = [15, 100, 125, 150, 175]
    p.rect(15, y - 5, 180, 7, None, (225, 232, 240))
    for x, t in zip(cols, ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]):
        p.text(x + 1, y - 0.5, t, "robotob", 7.5)
    y += 7
    for row in s["rows"]:
        if row[0].isupper():
            p.rect(15, y - 4, 180, 5.5, None, (244, 246, 248))
            p.text(16, y, row[0], "robotob", 7.5)
        else:
            p.text(16, y, row[0], "roboto", 7.5)
        for x, v in zip(cols[1:], row[1:]):
            if v:
                p.text(x + 22, y, v, "roboto", 7.5, anchor="r")
        y += 5.5
    y += 4
    p.rect(15, y, 180, 12, None, (225, 240, 228))
    p.text(18, y + 8, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "robotob", 9)
    p.text(192, y + 8, s["net_before"] + " €", "robotob", 10, anchor="r")
    y += 16
    p.text(
        18, y + 5, "Impôt sur le revenu prélevé à la source (taux %s)" % s["pas_rate"], "roboto", 8
    )
    p.text(192, y + 5, "-" + s["pas"] + " €", "roboto", 8, anchor="r")
    y += 10
    p.rect(120, y, 75, 12, (0, 110, 60), (0, 110, 60))
    p.text(123, y + 8, "NET PAYÉ", "robotob", 10, (255, 255, 255))
    p.text(192, y + 8, s["net"] + " €", "robotob", 11, (255, 255, 255), "r")
    p.text(
        15,
        y + 24,
        "SIRET %s — Code APE %s — URSSAF %s" % (s["siret"], s["ape"], s["urssaf"]),
        "roboto",
        7,
        (90, 90, 90),
    )
    p.text(
        15,
        y + 28,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
        "roboto",
        7,
        (90, 90, 90),
    )
    p.text(
        15,
        288,
        "Votre compte personnel d'activité : www.moncompteactivite.gouv.fr",
        "roboto",
        6.5,
        (120, 120, 120),
    )
    return [p]


def contract(c):
    p = Page()
    p.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "carlitob", 15, anchor="m")
    y = p.wrap(20, 40, 170, "Entre les soussignés : " + c["employer_text"], "carlito", 11, 5.5)
    p.text(20, y + 1, "ci-après dénommée « la Société », d'une part,", "carlito", 11)
    y = p.wrap(20, y + 11, 170, "et " + c["employee_text"], "carlito", 11, 5.5)
    p.text(20, y + 1, "ci-après dénommé(e) « le Salarié », d'autre part,", "carlito", 11)
    p.text(20, y + 12, "Il a été convenu ce qui suit :", "carlitob", 11)
    y += 24
    for t, b in c["articles"][:4]:
        p.text(20, y, t, "carlitob", 11)
        y = p.wrap(20, y + 6, 170, b, "carlito", 11, 5.5) + 5
    p.text(105, 288, "Page 1/2", "carlito", 8, anchor="m")
    q = Page()
    y = 25
    for t, b in c["articles"][4:]:
        q.text(20, y, t, "carlitob", 11)
        y = q.wrap(20, y + 6, 170, b, "carlito", 11, 5.5) + 5
    q.text(
        20,
        y + 8,
        "Fait en deux exemplaires à %s, le %s." % (c["city"], fr(c["signed"])),
        "carlito",
        11,
    )
    q.text(25, y + 22, "Pour la Société", "carlitob", 11)
    q.text(25, y + 27, c["signatory"], "carlito", 10)
    q.hand(25, y + 45, c["signatory_sig"], "sig2", 16, (20, 20, 100), 51)
    q.text(125, y + 22, "Le Salarié", "carlitob", 11)
    q.text(125, y + 27, "(« lu et approuvé, bon pour accord »)", "carlito", 9)
    q.hand(125, y + 36, "lu et approuvé, bon pour accord", "hand", 10, (20, 20, 100), 52)
    q.hand(125, y + 50, c["employee_sig"], "sig", 18, (20, 20, 100), 53)
    q.text(105, 288, "Page 2/2", "carlito", 8, anchor="m")
    return [p, q]


# ---------------------------------------------------------------- bills


def bill_orange(b):
    p = Page()
    orange = (255, 121, 0)
    p.rect(15, 12, 18, 18, None, orange)
    p.rect(15, 24, 18, 2, None, (255, 255, 255))
    p.text(17, 29, "orange", "sansb", 6, (255, 255, 255))
    p.text(40, 19, "Facture Internet", "sansb", 14)
    p.text(40, 25, "Livebox Fibre", "sans", 9, (90, 90, 90))
    p.text(195, 19, "Facture du %s" % fr(b["issue"]), "sans", 9, anchor="r")
    p.text(195, 24, "N° de facture : " + b["no"], "sans", 8, anchor="r")
    p.text(195, 28.5, "Compte client : " + b["account"], "sans", 8, anchor="r")
    for i, t in enumerate(b["addr"]):
        p.text(115, 48 + i * 5, t, "sansb" if i == 0 else "sans", 10)
    p.text(15, 48, "Titulaire du contrat", "sans", 7.5, (90, 90, 90))
    p.text(15, 52.5, b["holder"], "sansb", 9)
    p.text(15, 58, "Ligne fibre " + b["line"], "sans", 8)
    p.rect(15, 78, 180, 22, None, (245, 245, 245))
    p.text(20, 86, "Montant total à payer", "sansb", 11)
    p.text(20, 93, "prélevé à partir du %s" % fr(b["debit"]), "sans", 8.5, (90, 90, 90))
    p.text(190, 91, b["amount"] + " €", "sansb", 18, orange, "r")
    y = 112
    p.text(15, y, "Détail de votre facture", "sansb", 11)
    y += 8
    rows = [
        ("Abonnement Livebox Fibre du %s au %s" % (fr(b["start"]), fr(b["end"])), b["abo"]),
        ("Option TV", b["tv"]),
        ("Communications hors forfait", "0,00"),
    ]
    for t, v in rows:
        p.text(17, y, t, "sans", 9)
        p.text(193, y, v + " €", "sans", 9, anchor="r")
        p.line(15, y + 2.5, 195, y + 2.5, (220, 220, 220), 0.2)
        y += 7
    p.text(17, y + 3, "Total TTC (dont TVA 20 % : " + b["tva"] + " €)", "sansb", 9)
    p.text(193, y + 3, b["amount"] + " €", "sansb", 9, anchor="r")
    p.text(
        15,
        275,
        "Orange SA au capital de 10 640 226 396 € — 78 rue Olivier de Serres 75015 "
        "Paris — 380 129 866 RCS Paris",
        "sans",
        6.5,
        (110, 110, 110),
    )
    p.text(
        15,
        279,
        "Service clients : 3900 (service gratuit + prix appel) — orange.fr > Espace Client",
        "sans",
        6.5,
        (110, 110, 110),
    )
    return [p]


def bill_total(b):
    p = Page()
    red = (230, 0, 40)
    p.text(15, 20, "TotalEnergies", "openb", 15, red)
    p.text(15, 25, "Électricité et Gaz de France", "open", 7.5, (90, 90, 90))
    p.text(195, 18, "FACTURE MENSUELLE D'ÉLECTRICITÉ", "openb", 10, anchor="r")
    p.text(195, 23, "Facture n° %s du %s" % (b["no"], fr(b["issue"])), "open", 8, anchor="r")
    p.text(195, 27.5, "Réf. client : " + b["account"], "open", 8, anchor="r")
    p.rect(15, 36, 88, 34, None, (245, 245, 248))
    p.text(18, 42, "Votre contrat : Offre Verte Fixe", "openb", 8)
    p.text(18, 47, "Titulaire : " + b["holder"], "open", 8)
    p.text(18, 52, "Lieu de consommation :", "open", 8)
    p.text(18, 56.5, b["site"], "open", 8)
    p.text(18, 61, "PDL n° " + b["pdl"], "open", 8)
    p.text(18, 65.5, "Puissance souscrite 6 kVA — Option Base", "open", 8)
    for i, t in enumerate(b["addr"]):
        p.text(115, 48 + i * 5, t, "openb" if i == 0 else "open", 10)
    p.rect(15, 80, 180, 22, None, (255, 238, 240))
    p.text(20, 89, "Montant TTC de votre facture", "openb", 11)
    p.text(
        20, 96, "Période de consommation du %s au %s" % (fr(b["start"]), fr(b["end"])), "open", 8.5
    )
    p.text(190, 93, b["amount"] + " €", "openb", 18, red, "r")
    p.text(
        15,
        112,
        "Ce montant sera prélevé le %s sur le compte %s" % (fr(b["debit"]), b["iban_mask"]),
        "open",
        8.5,
    )
    y = 124
    p.text(15, y, "Détail de votre facture", "openb", 11)
    y += 8
    for t, v in [
        ("Abonnement", b["abo"]),
        ("Consommation %s kWh" % b["kwh"], b["conso"]),
        ("Taxes et contributions (accise, CTA)", b["tax"]),
        ("TVA", b["tva"]),
    ]:
        p.text(17, y, t, "open", 9)
        p.text(193, y, v + " €", "open", 9, anchor="r")
        p.line(15, y + 2.5, 195, y + 2.5, (225, 225, 225), 0.2)
        y += 7
    p.text(
        15,
        272,
        "TotalEnergies Électricité et Gaz France — SA au capital de 2 261 200 € — "
        "2bis rue Louis Armand 75015 Paris — RCS Paris 542 107 651",
        "open",
        6.5,
        (110, 110, 110),
    )
    p.text(
        15,
        276,
        "En cas de litige : médiateur national de l'énergie, www.energie-mediateur.fr",
        "open",
        6.5,
        (110, 110, 110),
    )
    return [p]


# ---------------------------------------------------------------- bank


def rib(r):
    p = Page(210, 297)
    c = r["color"]
    p.rect(15, 15, 180, 100, (140, 140, 140), None, 0.3)
    p.text(20, 26, r["bank"], r.get("font", "sansb"), 14, c)
    p.text(190, 26, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 9, anchor="r")
    p.text(20, 38, "Titulaire du compte", "sans", 7.5, (100, 100, 100))
    for i, t in enumerate(r["holder_lines"]):
        p.text(20, 43 + i * 4.5, t, "sansb" if i == 0 else "sans", 9)
    p.text(120, 38, "Domiciliation", "sans", 7.5, (100, 100, 100))
    for i, t in enumerate(r["domic"]):
        p.text(120, 43 + i * 4.5, t, "sans", 8.5)
    y = 70
    hdr = [("Code banque", 20), ("Code guichet", 48), ("N° de compte", 78), ("Clé RIB", 125)]
    vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
    for (h, x), v in zip(hdr, vals):
        p.text(x, y, h, "sans", 7, (100, 100, 100))
        p.text(x, y + 5, v, "mono", 10)
    y += 16
    p.text(20, y, "IBAN (International Bank Account Number)", "sans", 7, (100, 100, 100))
    p.text(20, y + 6, group4(r["iban"]), "monob" if False else "mono", 11.5)
    p.text(140, y, "BIC (Bank Identifier Code)", "sans", 7, (100, 100, 100))
    p.text(140, y + 6, r["bic"], "mono", 11.5)
    p.text(20, 110, r["footer"], "sans", 6, (120, 120, 120))
    p.text(
        20,
        125,
        "Ce relevé est destiné à être remis à vos créanciers ou débiteurs "
        "appelés à faire inscrire des opérations à votre compte.",
        "sans",
        7,
        (100, 100, 100),
    )
    return p


def revolut_screen(r):
    """Revolut app 'Account details' screen, 1170x2532 px when rendered at 254 dpi."""
    p = Page(117, 253.2, (247, 247, 250))
    p.text(8, 6, "09:41", "robotob", 8)
    p.text(109, 6, "5G  82 %", "roboto", 7, anchor="r")
    p.text(8, 20, "‹", "roboto", 18)
    p.text(58.5, 19, "Euro", "robotob", 10, anchor="m")
    p.text(58.5, 34, "Détails du compte", "robotob", 14, anchor="m")
    p.rect(8, 42, 101, 11, None, (232, 232, 238))
    p.rect(9, 43, 50, 9, None, (255, 255, 255))
    p.text(34, 49, "EUR · IBAN", "robotom", 7.5, anchor="m")
    p.text(84, 49, "Local", "roboto", 7.5, (110, 110, 110), "m")
    p.rect(8, 60, 101, 118, None, (255, 255, 255))
    rows = [
        ("Bénéficiaire", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Adresse de la banque", "Revolut Bank UAB, Konstitucijos ave. 21B,"),
        ("", "08130, Vilnius, Lithuania"),
    ]
    y = 70
    for a, b in rows:
        if a:
            p.text(13, y, a, "roboto", 7, (120, 120, 130))
            y += 6
        p.text(13, y, b, "robotom", 8.6, (20, 20, 30))
        y += 12 if a or not b else 6
    p.text(
        13,
        168,
        "Utilisez ces détails pour recevoir des virements SEPA",
        "roboto",
        6.3,
        (120, 120, 130),
    )
    p.rect(8, 186, 101, 14, None, (0, 102, 255))
    p.text(58.5, 195, "Partager les détails", "robotob", 8.5, (255, 255, 255), "m")
    p.rect(8, 204, 101, 14, None, (232, 232, 238))
    p.text(58.5, 213, "Télécharger le relevé (PDF)", "robotom", 8.5, (0, 102, 255), "m")
    p.rect(40, 247, 37, 1.4, None, (20, 20, 20))
    return p


def month_fr(d):
    return "%s %d" % (MOIS[d.month - 1], d.year)


__all__ = ["fr_words", "month_fr"]
