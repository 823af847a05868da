"""The cerfa 15763*02 (S1106) application form, typed or hand-filled, signed by hand."""

from render import Page, put_hand, put_signature

BLUE = (0, 80, 155)
GREY = (110, 110, 110)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable "
        "et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]


class Filler:
    def __init__(self, page, rng, mode, hand):
        self.p, self.rng, self.mode, self.hand = page, rng, mode, hand

    def write(self, x, y, s, size=10):
        if not s:
            return
        if self.mode == "hand":
            put_hand(self.p, x, y, s, self.rng, self.hand, h=size * 0.42)
        else:
            self.p.text(x, y, s, size, "mono")

    def comb(self, x, y, s, cw=5.0):
        for i, ch in enumerate(s):
            if ch == " ":
                continue
            if self.mode == "hand":
                put_hand(self.p, x + i * cw + 0.9, y + 4.8, ch, self.rng, self.hand, h=4.0)
            else:
                self.p.text(x + i * cw + cw / 2, y + 4.5, ch, 11, "mono", align="c")

    def tick(self, x, y):
        if self.mode == "hand":
            put_hand(self.p, x + 0.3, y + 3.4, "X", self.rng, "breip", h=4.2)
        else:
            self.p.text(x + 1.75, y + 3.0, "X", 10, "sans-b", align="c")


def page1(a, rng, mode="hand", hand="dkg", run=0):
    p = Page()
    f = Filler(p, rng, mode, hand)
    bar = run == 0
    p.rect(12, 10, 34, 14, stroke=BLUE, lw=0.6)
    p.text(14, 16, "l'Assurance", 10, "sans-b", BLUE)
    p.text(14, 21, "Maladie", 10, "sans-b", BLUE)
    p.text(105, 15, "Demande d'ouverture des droits", 14, "sans-b", align="c")
    p.text(105, 21, "à l'assurance maladie", 14, "sans-b", align="c")
    p.text(105, 27, "Protection universelle maladie (PUMa)", 10, "sans-i", align="c")
    p.rect(166, 9, 32, 11, lw=0.4)
    p.text(182, 13.5, "cerfa", 8, "sans-b", align="c")
    p.text(182, 18, "N° 15763*02", 8, "sans", align="c")
    y = p.para(
        12,
        34,
        "Vous résidez en France de manière stable et régulière ou vous y exercez une "
        "activité professionnelle : remplissez ce formulaire pour bénéficier de la prise en "
        "charge de vos frais de santé. Joignez les pièces justificatives demandées page 2 et "
        "adressez le tout à la caisse d'assurance maladie de votre lieu de résidence.",
        186,
        7,
    )
    p.para(
        12,
        y,
        "Articles L. 160-1, L. 160-5, L. 160-7, L. 200-1, R. 111-2 et D. 160-2 du code de "
        "la sécurité sociale.",
        186,
        6.5,
        "sans-i",
        color=GREY,
    )

    def section(y, title):
        if bar:
            p.rect(12, y - 5, 186, 7, stroke=None, fill=BLUE)
            p.text(15, y, title, 10, "sans-b", (255, 255, 255))
        else:
            p.text(12, y, title, 11, "sans-b", BLUE)
            p.line(12, y + 1.5, 198, y + 1.5, BLUE, 0.6)

    section(54, "A   VOUS")
    labels = [
        (62, "Nom de naissance", a["surname"]),
        (72, "Nom d'usage (facultatif)", a.get("usage") or ""),
        (82, "Prénom(s)", a["given"]),
    ]
    for y, lab, val in labels:
        p.text(12, y, lab, 8.5)
        if run == 0:
            p.line(60, y + 0.5, 198, y + 0.5, GREY, 0.25, dash=([1, 1.5], 0))
        else:
            p.rect(58, y - 5, 140, 7, stroke=GREY, lw=0.25)
        f.write(62, y - 0.5, val.upper() if mode == "hand" else val)
    p.text(12, 92, "Sexe", 8.5)
    for i, s in enumerate("FM"):
        p.rect(28 + i * 14, 88.5, 3.5, 3.5, lw=0.3)
        p.text(33 + i * 14, 91.7, s, 8.5)
        if a["sex"] == s:
            f.tick(28 + i * 14, 88.5)
    p.text(70, 92, "Date de naissance", 8.5)
    d = a["dob"]
    p.combs(100, 87, 2)
    p.combs(112, 87, 2)
    p.combs(124, 87, 4)
    f.comb(100, 87, d[8:10])
    f.comb(112, 87, d[5:7])
    f.comb(124, 87, d[0:4])
    p.text(100, 97, "JJ", 6, color=GREY)
    p.text(112, 97, "MM", 6, color=GREY)
    p.text(124, 97, "AAAA", 6, color=GREY)
    p.text(12, 104, "Lieu de naissance : commune", 8.5)
    f.write(58, 103.5, a["pob"])
    p.text(125, 104, "pays", 8.5)
    f.write(135, 103.5, a["pob_country"])
    p.text(12, 113, "Nationalité", 8.5)
    f.write(35, 112.5, a["nationality_fr"])
    p.text(12, 122, "N° de sécurité sociale (si vous en avez un)", 8.5)
    p.combs(80, 117, 13, 4.6)
    p.combs(142, 117, 2, 4.6)
    p.text(12, 131, "N° d'allocataire CAF (si vous en avez un)", 8.5)
    p.combs(80, 126, 7, 4.6)
    p.text(12, 141, "Adresse", 8.5)
    f.write(30, 140.5, a["street"])
    p.text(12, 151, "Code postal", 8.5)
    p.combs(35, 146, 5)
    f.comb(35, 146, a["cp"])
    p.text(70, 151, "Commune", 8.5)
    f.write(88, 150.5, a["city"])
    p.text(12, 161, "Téléphone", 8.5)
    f.write(32, 160.5, a["phone"])
    p.text(90, 161, "Courriel", 8.5)
    f.write(106, 160.5, a["email"], 9)
    p.line(30, 141.5, 198, 141.5, GREY, 0.2)
    section(175, "B   VOTRE SITUATION")
    y = 184
    for key, label in SITUATIONS:
        p.rect(14, y - 3.2, 3.5, 3.5, lw=0.3)
        p.text(20, y, label, 8.5)
        if key == a["situation"]:
            f.tick(14, y - 3.2)
        if key == "salarie":
            y += 6
            p.text(24, y, "Type de contrat :", 8)
            for j, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                p.rect(52 + j * 22, y - 3, 3.2, 3.2, lw=0.25)
                p.text(57 + j * 22, y, ct, 8)
                if a["situation"] == "salarie" and a.get("contract") == ct:
                    f.tick(52 + j * 22, y - 3.2)
            y += 6
            p.text(24, y, "Emploi occupé / employeur :", 8)
            if a["situation"] == "salarie":
                f.write(66, y - 0.5, a.get("job", ""), 9)
        y += 8
    p.text(198, 287, "S1106 — cerfa n° 15763*02 — page 1/2", 6.5, color=GREY, align="r")
    return p


def page2(a, rng, mode="hand", hand="dkg", run=0):
    p = Page()
    f = Filler(p, rng, mode, hand)
    if run == 0:
        p.rect(12, 10, 186, 7, stroke=None, fill=BLUE)
        p.text(15, 15, "C   VOS ENGAGEMENTS ET SIGNATURE", 10, "sans-b", (255, 255, 255))
    else:
        p.text(12, 15, "C   VOS ENGAGEMENTS ET SIGNATURE", 11, "sans-b", BLUE)
        p.line(12, 16.5, 198, 16.5, BLUE, 0.6)
    y = p.para(
        12,
        25,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler à ma caisse d'assurance maladie tout changement "
        "dans ma situation (adresse, activité, situation familiale).",
        186,
        8.5,
    )
    p.para(
        12,
        y + 1,
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, article L. 114-13 du "
        "code de la sécurité sociale).",
        186,
        7,
        "sans-i",
        color=GREY,
    )
    p.text(12, 52, "Fait à", 9)
    p.line(24, 52.5, 95, 52.5, GREY, 0.25, dash=([1, 1.5], 0))
    f.write(27, 51.5, a["place"])
    p.text(100, 52, "le", 9)
    p.line(105, 52.5, 150, 52.5, GREY, 0.25, dash=([1, 1.5], 0))
    if mode == "hand" or a.get("date_by_hand"):
        put_hand(p, 107, 51.5, a["date_text"], rng, hand, h=4.2)
    else:
        p.text(107, 51.5, a["date_text"], 10, "mono")
    if run == 0:
        p.text(120, 60, "Signature", 8.5)
        p.rect(120, 62, 70, 28, lw=0.4)
    else:
        p.rect(120, 58, 70, 32, lw=0.4)
        p.text(155, 74, "Signature", 14, "sans", (215, 215, 215), "c")
    put_signature(p, 126, 64, 48, a["given"] + " " + a["surname"], rng)
    p.rect(12, 100, 186, 7, stroke=None, fill=(225, 232, 242))
    p.text(15, 105, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 9.5, "sans-b", BLUE)
    items = [
        "une pièce d'identité : passeport ou, pour les ressortissants de l'UE/EEE/Suisse, carte "
        "nationale d'identité (photocopie de la page d'identité) ;",
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, visa long séjour "
        "valant titre de séjour (VLS-TS) ou récépissé de demande ;",
        "une copie intégrale de votre acte de naissance (avec apostille ou légalisation selon le "
        "pays d'émission) ;",
        "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
        "successives (énergie, eau, téléphone) ou attestation d'hébergement accompagnée de la "
        "pièce d'identité et d'un justificatif de domicile de l'hébergeant ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    y = 114
    for it in items:
        p.text(15, y, "•", 9)
        y = p.para(19, y, it, 176, 8.5) + 1.5
    p.rect(12, 230, 186, 40, stroke=GREY, lw=0.3)
    p.text(15, 236, "Cadre réservé à l'organisme", 8.5, "sans-b", GREY)
    p.text(15, 245, "Date de réception :  ____ / ____ / ________", 8, color=GREY)
    p.text(15, 254, "Pièces vérifiées :   oui  □    non  □", 8, color=GREY)
    p.text(110, 245, "Matricule agent :  ______________", 8, color=GREY)
    p.text(198, 287, "S1106 — cerfa n° 15763*02 — page 2/2", 6.5, color=GREY, align="r")
    return p
