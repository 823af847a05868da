"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie', 2 pages."""

from render import Page

BLUE = (0, 84, 160)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France :"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière "
        "stable et régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]
PIECES = [
    "une copie de votre pièce d'identité (passeport, ou carte d'identité pour les "
    "ressortissants de l'EEE ou de la Suisse) ;",
    "si vous êtes ressortissant d'un pays hors EEE/Suisse : une copie de votre titre de séjour, "
    "de votre VLS-TS ou de votre récépissé en cours de validité ;",
    "une copie intégrale de votre acte de naissance ou un extrait avec filiation (avec "
    "apostille ou légalisation selon le pays) ;",
    "un justificatif de résidence en France depuis plus de 3 mois (bail, factures, attestation "
    "d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def _bar(p, y, title, style):
    if style == 0:
        p.rect(12, y - 5, 186, 7, stroke=None, fill=BLUE)
        p.text(15, y, title, "sansb", 10, (255, 255, 255))
    else:
        p.text(12, y, title, "dvb", 10.5, BLUE)
        p.line(12, y + 1.5, 198, y + 1.5, BLUE, 0.5)


def page1(v: dict, rng, style=0) -> Page:
    """v: values; v['fill'] in {'hand', 'typed'}."""
    p = Page()
    hand = v["fill"] == "hand"
    hf, ink = v.get("hand_font", "h_ecolier"), v.get("ink", (20, 30, 110))
    lf = "sans" if style == 0 else "dv"
    p.rect(12, 10, 30, 14, stroke=BLUE, lw=0.4)
    p.text(27, 16, "l'Assurance", "sansb", 8, BLUE, "c")
    p.text(27, 21, "Maladie", "sansb", 10, BLUE, "c")
    p.text(105, 15, "Demande d'ouverture des droits", "sansb", 13, align="c")
    p.text(105, 21, "à l'assurance maladie", "sansb", 13, align="c")
    p.text(105, 27, "Protection universelle maladie (PUMa)", "sans", 9.5, align="c")
    p.rect(168, 10, 30, 12, stroke=(0, 0, 0), lw=0.3)
    p.text(183, 15, "cerfa", "sansb", 9, align="c")
    p.text(183, 20, "N° 15763*02", "sans", 7.5, align="c")
    p.para(
        12,
        35,
        "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale. Ce formulaire vous permet de demander l'ouverture de vos droits à "
        "la prise en charge de vos frais de santé. Remplissez-le en lettres capitales et "
        "joignez les pièces justificatives listées page 2.",
        186,
        lf,
        7.2,
        3.4,
        (60, 60, 60),
    )
    _bar(p, 52, "A  VOUS", style)
    rows = [
        ("Nom de naissance", v["surname"], 26),
        ("Nom d'usage (facultatif)", v.get("usage", ""), 26),
        ("Prénom(s)", v["given"], 26),
    ]
    y = 58
    cell = 6.0 if style == 0 else 5.6
    for lab, val, n in rows:
        p.text(12, y + 4.3, lab, lf, 8)
        _field(p, 52, y, val.upper(), n, cell, hand, rng, hf, ink)
        y += 9
    p.text(12, y + 4.3, "Sexe", lf, 8)
    for i, s in enumerate("FM"):
        p.rect(40 + i * 16, y + 0.5, 4, 4, lw=0.25)
        p.text(46 + i * 16, y + 4.2, s, lf, 8)
        if v["sex"] == s:
            _tick(p, 40 + i * 16, y + 0.5, hand, rng, ink)
    p.text(80, y + 4.3, "Date de naissance", lf, 8)
    d = v["dob"][8:10] + v["dob"][5:7] + v["dob"][0:4]
    for j, (a, b) in enumerate(((0, 2), (2, 4), (4, 8))):
        xx = 110 + [0, 15, 30][j]
        _field(p, xx, y, d[a:b], b - a, 6, hand, rng, hf, ink)
    y += 9
    for lab, val in (("Lieu de naissance (commune, pays)", v["pob"]), ("Nationalité", v["nat"])):
        p.text(12, y + 4.3, lab, lf, 8)
        _line(p, 68, y, val, 130, hand, rng, hf, ink, style)
        y += 9
    p.text(12, y + 4.3, "N° de sécurité sociale (si vous en avez un)", lf, 8)
    _field(p, 80, y, "", 13, 5.2, hand, rng, hf, ink)
    _field(p, 151, y, "", 2, 5.2, hand, rng, hf, ink)
    y += 9
    for lab, val in (
        ("Adresse", v["addr1"]),
        ("Code postal  /  Commune", v["addr2"]),
        ("Téléphone", v["tel"]),
        ("Courriel", v["email"]),
    ):
        p.text(12, y + 4.3, lab, lf, 8)
        _line(p, 52, y, val, 146, hand, rng, hf, ink, style)
        y += 9
    y += 4
    _bar(p, y, "B  VOTRE SITUATION", style)
    y += 6
    for key, lab in SITUATIONS:
        p.rect(14, y, 4, 4, lw=0.25)
        p.text(21, y + 3.4, lab, lf, 8)
        if key in v["situation"]:
            _tick(p, 14, y, hand, rng, ink)
        if key == "salarie":
            y += 6
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Autre contrat")):
                p.rect(26 + i * 26, y, 3.6, 3.6, lw=0.25)
                p.text(31 + i * 26, y + 3.2, ct, lf, 8)
                if v.get("contract") == ct:
                    _tick(p, 26 + i * 26, y, hand, rng, ink)
            p.text(135, y + 3.2, "Emploi :", lf, 8)
            if v.get("job"):
                _text(p, 148, y + 3.4, v["job"], hand, rng, hf, ink, 11)
        if key == "autre":
            p.line(62, y + 3.8, 198, y + 3.8, (120, 120, 120), 0.2)
        y += 7
    p.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 7, (80, 80, 80), "c")
    return p


def page2(v: dict, rng, style=0) -> Page:
    p = Page()
    hand = v["fill"] == "hand"
    hf, ink = v.get("hand_font", "h_ecolier"), v.get("ink", (20, 30, 110))
    lf = "sans" if style == 0 else "dv"
    _bar(p, 20, "C  VOS ENGAGEMENTS ET SIGNATURE", style)
    y = p.para(
        12,
        30,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement modifiant ma situation. La loi punit quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et "
        "441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
        186,
        lf,
        8.5,
        4.2,
    )
    y += 6
    p.text(12, y, "Fait à", lf, 9)
    p.text(100, y, "le", lf, 9)
    if style == 0:
        p.line(24, y + 1, 95, y + 1, (120, 120, 120), 0.2)
        p.line(106, y + 1, 150, y + 1, (120, 120, 120), 0.2)
    else:
        for x0, x1 in ((24, 95), (106, 150)):
            for xx in range(int(x0), int(x1), 2):
                p.line(xx, y + 1, xx + 0.6, y + 1, (120, 120, 120), 0.2)
    _text(p, 26, y - 0.3, v["place"], v["date_hand"] or hand, rng, hf, ink, 12)
    _text(p, 108, y - 0.3, v["date_text"], v["date_hand"] or hand, rng, hf, ink, 12)
    y += 6
    if style == 0:
        p.text(120, y + 3, "Signature", lf, 9)
        p.rect(120, y + 5, 78, 30, lw=0.3)
    else:
        p.rect(120, y, 78, 32, lw=0.3)
        p.text(159, y + 17, "Signature", lf, 12, (215, 215, 215), "c")
    if v["signed"]:
        p.signature(126, y + 8, 62, 24, rng, color=ink)
    y += 46
    _bar(p, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", style)
    y += 8
    for s in PIECES:
        p.text(14, y, "•", lf, 9)
        y = p.para(19, y, s, 178, lf, 8.5, 4.2) + 1.5
    y += 8
    p.rect(12, y, 186, 34, stroke=(120, 120, 120), fill=(242, 242, 242), lw=0.3)
    p.text(15, y + 6, "Cadre réservé à l'organisme", "sansb", 8.5)
    for i, lab in enumerate(
        ("Date de réception :", "Pièces vérifiées :  □ oui  □ non", "Matricule agent :")
    ):
        p.text(15, y + 14 + i * 7, lab, "sans", 8)
    p.para(
        12,
        262,
        "Les informations recueillies font l'objet d'un traitement par l'Assurance "
        "Maladie. Vous disposez d'un droit d'accès et de rectification (RGPD, loi n° 78-17 du "
        "6 janvier 1978 modifiée) auprès du directeur de votre caisse.",
        186,
        lf,
        6.8,
        3.3,
        (80, 80, 80),
    )
    p.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7, (80, 80, 80), "c")
    return p


def _field(p, x, y, val, n, cell, hand, rng, hf, ink):
    if hand:
        p.comb(x, y, val, n, cell, rng, hf, 12, 5.5, ink)
    else:
        for i in range(n):
            p.rect(x + i * cell, y, cell, 5.5, lw=0.25)
        for i, ch in enumerate(val[:n]):
            p.text(x + i * cell + cell / 2, y + 4.3, ch, "mono", 10.5, (0, 0, 0), "c")


def _line(p, x, y, val, w, hand, rng, hf, ink, style):
    if style == 0:
        p.rect(x, y, w, 5.5, lw=0.25)
    else:
        for xx in range(int(x), int(x + w), 2):
            p.line(xx, y + 5.5, xx + 0.6, y + 5.5, (120, 120, 120), 0.2)
    _text(p, x + 1.5, y + 4.4, val, hand, rng, hf, ink, 11)


def _text(p, x, y, s, hand, rng, hf, ink, pt):
    if hand:
        p.hand(x, y, s, rng, hf, pt, ink)
    else:
        p.text(x, y, s, "mono", pt * 0.85)


def _tick(p, x, y, hand, rng, ink):
    if hand:
        a, b = rng.uniform(-0.4, 0.4), rng.uniform(-0.4, 0.4)
        p.poly([(x + 0.5 + a, y + 0.6), (x + 3.6, y + 3.6 + b)], ink, 0.45)
        p.poly([(x + 3.5, y + 0.4 + b), (x + 0.6, y + 3.7 + a)], ink, 0.45)
    else:
        p.text(x + 2, y + 3.4, "X", "monob", 9, (0, 0, 0), "c")
