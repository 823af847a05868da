"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie', two pages."""

from render import Page

BLUE = (0, 80, 150)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France : CDI, CDD, intérim, autre"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de façon stable depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]


def _bar(pg, y, title):
    pg.rect(12, y, 186, 7, None, BLUE)
    pg.text(15, y + 5, title, "sans-b", 10, (255, 255, 255))


def _comb(pg, x, y, n, w=5.2, h=6.5):
    for i in range(n):
        pg.rect(x + i * w, y, w, h, (80, 80, 80), None, 0.2)
    return [x + i * w + w / 2 for i in range(n)]


def _val(pg, rng, x, y, s, hand, font, size=11):
    if hand:
        pg.hand(rng, x, y, s, font, (size + 2.5) * 1.45)
    else:
        pg.text(x, y, s, "mono", size - 0.5, (10, 10, 10))


def _combval(pg, rng, xs, y, s, hand, font):
    for cx, ch in zip(xs, s):
        if ch == " ":
            continue
        if hand:
            pg.hand(rng, cx - 1.8, y + 0.5, ch, font, 18)
        else:
            pg.text(cx, y, ch, "mono", 10.5, (10, 10, 10), "m")


def form_pages(rng, F, hand=False, font="hand1"):
    """F: surname, usage, given, sex, dob, pob, nat, address, cp, city, tel, mail, situation,
    contract, place, date_text."""
    p1 = Page()
    p1.ellipse(12, 10, 12, 12, None, BLUE)
    p1.text(27, 15, "l'Assurance", "sans-b", 11, BLUE)
    p1.text(27, 20, "Maladie", "sans-b", 11, BLUE)
    p1.rect(168, 10, 30, 12, (0, 0, 0), None, 0.3)
    p1.text(183, 15, "cerfa", "sans-b", 9, anchor="m")
    p1.text(183, 20, "N° 15763*02", "sans", 8, anchor="m")
    p1.text(
        105, 31, "Demande d'ouverture des droits à l'assurance maladie", "sans-b", 13, anchor="m"
    )
    p1.text(105, 37, "Protection universelle maladie (PUMa)", "sans", 10, anchor="m")
    p1.text(
        105,
        42.5,
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de "
        "la sécurité sociale",
        "sans",
        7,
        (80, 80, 80),
        "m",
    )
    p1.text(
        12,
        49,
        "Remplissez ce formulaire si vous résidez en France de manière stable et "
        "régulière et n'êtes pas couvert(e) par un régime d'assurance maladie.",
        "sans",
        7,
    )
    p1.text(
        12,
        52.5,
        "Joignez les pièces justificatives demandées (voir page 2) et envoyez le "
        "tout à la caisse d'assurance maladie de votre lieu de résidence.",
        "sans",
        7,
    )
    _bar(p1, 57, "A  VOUS")
    rows = [
        ("Nom de naissance", F["surname"], 72),
        ("Nom d'usage (facultatif)", F["usage"], 81),
        ("Prénom(s)", F["given"], 90),
    ]
    for lab, v, y in rows:
        p1.text(14, y, lab, "sans", 8.5)
        p1.poly([(58, y + 1), (196, y + 1)], (150, 150, 150), 0.15)
        if v:
            _val(p1, rng, 60, y, v, hand, font)
    p1.text(14, 99, "Sexe", "sans", 8.5)
    for i, s in enumerate("FM"):
        p1.rect(30 + i * 14, 95, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(36 + i * 14, 99, s, "sans", 8.5)
        if F["sex"] == s:
            _tick(p1, rng, 30 + i * 14, 95, hand)
    p1.text(70, 99, "Date de naissance", "sans", 8.5)
    xs = _comb(p1, 100, 94.5, 8)
    p1.text(100, 104, "J J      M M      A A A A", "sans", 5.5, (120, 120, 120))
    _combval(p1, rng, xs, 100, F["dob"][8:10] + F["dob"][5:7] + F["dob"][:4], hand, font)
    y = 111
    for lab, v in (("Lieu de naissance (commune, pays)", F["pob"]), ("Nationalité", F["nat"])):
        p1.text(14, y, lab, "sans", 8.5)
        p1.poly([(68, y + 1), (196, y + 1)], (150, 150, 150), 0.15)
        _val(p1, rng, 70, y, v, hand, font)
        y += 9
    p1.text(14, y + 1, "N° de sécurité sociale (si vous en avez un)", "sans", 8.5)
    _comb(p1, 80, y - 4, 13, 4.6, 6)
    _comb(p1, 144, y - 4, 2, 4.6, 6)
    y += 11
    for lab, v in (
        ("Adresse", F["address"]),
        ("Code postal", F["cp"]),
        ("Commune", F["city"]),
        ("Téléphone", F["tel"]),
        ("Courriel", F["mail"]),
    ):
        p1.text(14, y, lab, "sans", 8.5)
        p1.poly([(40, y + 1), (196, y + 1)], (150, 150, 150), 0.15)
        if v:
            _val(p1, rng, 42, y, v, hand, font)
        y += 9
    _bar(p1, y, "B  VOTRE SITUATION")
    y += 14
    for key, lab in SITUATIONS:
        p1.rect(14, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(21, y, lab, "sans", 8.5)
        if key == F["situation"]:
            _tick(p1, rng, 14, y - 3.5, hand)
            if key == "salarie":
                _val(p1, rng, 130, y + 6, "Contrat : " + F["contract"], hand, font, 10)
        y += 11 if key == "salarie" else 8
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 7, (90, 90, 90), "m")

    p2 = Page()
    _bar(p2, 15, "C  VOS ENGAGEMENTS ET SIGNATURE")
    y = 31
    for ln in (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Je m'engage à signaler à ma caisse tout changement dans ma situation.",
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable "
        "de fraudes ou de fausses déclarations.",
    ):
        p2.text(14, y, ln, "sans", 8.5)
        y += 5
    p2.text(14, 55, "Fait à", "sans", 9)
    p2.poly([(27, 56), (95, 56)], (150, 150, 150), 0.15)
    p2.text(100, 55, "le", "sans", 9)
    p2.poly([(106, 56), (160, 56)], (150, 150, 150), 0.15)
    _val(p2, rng, 30, 54.5, F["place"], hand, font)
    p2.hand(rng, 109, 54.5, F["date_text"], font if hand else "hand2", 19)
    p2.text(120, 64, "Signature", "sans", 8.5)
    p2.rect(120, 66, 75, 28, (0, 0, 0), None, 0.3)
    p2.signature(rng, 125, 69, 62, 22)
    _bar(p2, 104, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    pieces = [
        "une pièce d'identité (passeport, carte nationale d'identité pour les "
        "ressortissants UE/EEE/Suisse) ;",
        "votre titre de séjour, VLS-TS ou récépissé de demande (hors UE/EEE/Suisse) ;",
        "un extrait d'acte de naissance avec filiation ou une copie intégrale ;",
        "un justificatif de résidence en France depuis plus de trois mois ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    y = 119
    for ln in pieces:
        p2.text(16, y, "•  " + ln, "sans", 8.5)
        y += 6
    p2.rect(12, 170, 186, 32, (0, 0, 0), (242, 242, 242), 0.3)
    p2.text(15, 176, "Cadre réservé à l'organisme", "sans-b", 8.5)
    p2.text(15, 184, "Date de réception : ____/____/________", "sans", 8)
    p2.text(15, 191, "Pièces vérifiées :  □ oui   □ non", "sans", 8)
    p2.text(110, 184, "Matricule agent : __________", "sans", 8)
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7, (90, 90, 90), "m")
    return [p1, p2]


def _tick(pg, rng, x, y, hand):
    col = (20, 40, 140) if hand else (10, 10, 10)
    if hand:
        pg.poly([(x + 0.5, y + 2.2), (x + 1.7, y + 3.8), (x + 4.6, y - 0.8)], col, 0.45)
    else:
        pg.line(x + 0.6, y + 0.6, x + 3.4, y + 3.4, col, 0.35)
        pg.line(x + 3.4, y + 0.6, x + 0.6, y + 3.4, col, 0.35)
