"""Page 1 and page 2 of the blank form for a given print run (see layout.Style)."""

from __future__ import annotations

from layout import Sheet, W

X0, XW = 36, W - 72

NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : vous pouvez bénéficier de la prise en charge de vos frais de santé au "
    "titre de la protection universelle maladie. Complétez ce formulaire en lettres capitales "
    "et adressez-le, avec les pièces justificatives, à la caisse d'assurance maladie de votre "
    "lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 et D. 160-2 du code de la "
    "sécurité sociale"
)
CERTIFY = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence). Je suis informé(e) que ma caisse peut vérifier "
    "l'exactitude de ces renseignements auprès d'autres organismes."
)
FRAUD = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
    "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, article L. 114-13 du code "
    "de la sécurité sociale)."
)
CNIL = (
    "Les informations recueillies font l'objet d'un traitement par votre caisse d'assurance "
    "maladie pour l'ouverture de vos droits. Conformément au règlement (UE) 2016/679 et à la loi "
    "n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès et de rectification "
    "auprès du délégué à la protection des données de votre caisse."
)
PIECES = [
    "la photocopie d'une pièce d'identité en cours de validité (passeport, ou carte nationale "
    "d'identité pour les ressortissants de l'UE/EEE/Suisse) ;",
    "pour les personnes de nationalité étrangère hors UE : titre de séjour, VLS-TS ou récépissé "
    "de demande de titre de séjour ;",
    "la copie intégrale de votre acte de naissance (avec apostille ou légalisation selon le "
    "pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives, ou attestation d'hébergement avec pièces de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def _header(sh: Sheet) -> float:
    s, c = sh.s, sh.c
    top = 806
    # logo: a coloured square with a white cross-like mark, then the name
    c.setFillColorRGB(*s.accent)
    c.roundRect(X0, top - 24, 24, 24, 4, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(X0 + 10, top - 20, 4, 16, stroke=0, fill=1)
    c.rect(X0 + 4, top - 14, 16, 4, stroke=0, fill=1)
    sh.text(X0 + 30, top - 10, "l'Assurance", 11, s.bold, s.accent)
    sh.text(X0 + 30, top - 22, "Maladie", 11, s.bold, s.accent)
    # cerfa box
    bx, bw = W - 36 - 92, 92
    sh.box(bx, top - 34, bw, 34, lw=0.9)
    sh.text(bx + 6, top - 14, "cerfa", 12, s.bold)
    sh.text(bx + 6, top - 27, "N° 15763*02", 9, s.font)
    fs_t = 15 if s.name != "R2" else 16
    y = top - 52
    title = "Demande d'ouverture des droits à l'assurance maladie"
    sh.text(X0, y, title, fs_t, s.bold, (0.05, 0.05, 0.05))
    y -= fs_t + 2
    sh.text(X0, y, "Protection universelle maladie (PUMa)", fs_t - 4, s.bold, s.accent)
    y -= 12
    sh.text(X0, y, LEGAL, 6.8, s.font, (0.3, 0.3, 0.3))
    y = sh.para(NOTICE, X0, y - 4, XW, 7.2, color=(0.2, 0.2, 0.2))
    return y - 8


def _row2(sh, a, b, top, split):
    """Two text fields on one row: a and b are (key, label)."""
    w1 = XW * split
    b1 = sh.text_field(a[0], a[1], X0, top, w1 - 8)
    b2 = sh.text_field(b[0], b[1], X0 + w1, top, XW - w1)
    return min(b1, b2)


def draw_page1(sh: Sheet) -> None:
    s = sh.s
    gap = 7 if s.label != "beside" else 9
    y = _header(sh)
    y = sh.section("A", "VOUS", y)
    names = [
        ("nom", "Nom de naissance"),
        ("usage", "Nom d'usage (facultatif)"),
        ("prenoms", "Prénom(s)"),
    ]
    for key, lab in names:
        if s.names_comb:
            n = int(XW // s.comb_w)
            y, _ = sh.comb_field(key, lab, X0, y, [n])
        else:
            y = sh.text_field(key, lab, X0, y, XW)
        y -= gap
    b1 = sh.check_group("sexe_", "Sexe", [("F", "F"), ("M", "M")], X0, y)
    b2, _ = sh.comb_field(
        "naissance", "Date de naissance (JJ MM AAAA)", X0 + 150, y, [2, 2, 4], slash=True
    )
    y = min(b1, b2) - gap
    y = (
        _row2(sh, ("lieu_commune", "Lieu de naissance : commune"), ("lieu_pays", "pays"), y, 0.55)
        - gap
    )
    y = sh.text_field("nationalite", "Nationalité", X0, y, XW * 0.55 - 8) - gap
    y, _ = sh.comb_field(
        "nir", "N° de sécurité sociale (si vous en avez un)", X0, y, [1, 2, 2, 2, 3, 3, 2]
    )
    y -= gap
    y = sh.text_field("adresse", "Adresse", X0, y, XW) - gap
    b1, end = sh.comb_field("cp", "Code postal", X0, y, [5])
    b2 = sh.text_field("commune", "Commune", end + 12, y, X0 + XW - end - 12)
    y = min(b1, b2) - gap
    y = _row2(sh, ("tel", "Téléphone"), ("email", "Adresse e-mail"), y, 0.4) - 12

    y = sh.section("B", "VOTRE SITUATION", y)
    sh.text(
        X0,
        y - 9,
        "Cochez la case correspondant à votre situation actuelle.",
        s.fs + 0.5,
        s.font,
        (0.2, 0.2, 0.2),
    )
    y -= 24
    step = s.check + 9
    sh.check_box("sit_salarie", "Vous exercez une activité salariée en France", X0, y - s.check)
    y -= step + 2
    y = sh.text_field("profession", "Profession / emploi occupé", X0 + 18, y, 300) - 5
    if s.contract == "checks":
        opts = [
            ("CDI", "CDI"),
            ("CDD", "CDD"),
            ("INTERIM", "Intérim"),
            ("APPR", "Apprentissage"),
            ("AUTRE", "Autre contrat"),
        ]
        y = sh.check_group("contrat_", "Type de contrat", opts, X0 + 18, y) - 8
    else:
        y = sh.text_field("contrat", "Type de contrat (CDI, CDD, intérim...)", X0 + 18, y, 300) - 8
    items = [
        (
            "sit_independant",
            "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        ),
        ("sit_demandeur", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
        ("sit_etudiant", "Vous êtes étudiant(e)"),
        (
            "sit_sans",
            "Vous n'avez pas d'activité professionnelle et résidez en France de manière "
            "stable depuis plus de trois mois",
        ),
        ("sit_autre", "Autre situation"),
    ]
    for key, lab in items:
        sh.check_box(key, lab, X0, y - s.check)
        y -= step
    y = sh.text_field("autre_precision", "Précisez", X0 + 18, y + 2, XW - 18)
    sh.footer(1)


def draw_page2(sh: Sheet) -> None:
    s, c = sh.s, sh.c
    y = 806
    y = sh.section("C", "VOS ENGAGEMENTS ET SIGNATURE", y)
    y = sh.para(CERTIFY, X0, y, XW, 9.2) - 6
    y = sh.para(FRAUD, X0, y, XW, 7.5, color=(0.3, 0.3, 0.3)) - 14
    if s.sign_date == "comb":
        b1 = sh.text_field("fait_a", "Fait à", X0, y, 240)
        b2, _ = sh.comb_field("le", "le", X0 + 262, y, [2, 2, 4], slash=True)
    else:
        b1 = sh.text_field("fait_a", "Fait à", X0, y, 250)
        b2 = sh.text_field("le", "le", X0 + 262, y, 170)
    y = min(b1, b2) - 14
    bw, bh = 250, 92
    bx = W - 36 - bw
    if s.sig_label == "above":
        sh.text(bx, y - s.fs, "Signature du demandeur :", s.fs + 0.5, s.bold)
        y -= s.fs + 6
    sh.box(bx, y - bh, bw, bh, lw=0.9)
    if s.sig_label == "inside":
        sh.text(bx + 4, y - 4 - 0.8 * 8.5, "Signature", 8.5, s.bold)
    elif s.sig_label == "grey":
        sh.text(
            bx + bw / 2 - sh.width("Signature", 20, s.font) / 2,
            y - bh / 2 - 6,
            "Signature",
            20,
            s.font,
            (0.82, 0.82, 0.82),
        )
    sh.fields["signature"] = {"kind": "sig", "page": 2, "rect": (bx, y - bh, bw, bh)}
    y -= bh + 22

    y = sh.section("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", y)
    y = (
        sh.para("Joignez à votre demande la photocopie des documents suivants :", X0, y, XW, 8.5)
        - 4
    )
    for p in PIECES:
        sh.text(X0 + 6, y - 8.3, "•", 8.5)
        y = sh.para(p, X0 + 16, y, XW - 16, 8.5) - 3
    y -= 14
    # office box
    bh2 = 78
    sh.box(X0, y - bh2, XW, bh2, lw=0.8)
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(X0 + 0.5, y - 15, XW - 1, 14.5, stroke=0, fill=1)
    sh.text(X0 + 6, y - 11, "Cadre réservé à l'organisme", 8.5, s.bold)
    yy = y - 34
    sh.text(X0 + 8, yy, "Date de réception :", 8)
    sh.text(X0 + 200, yy, "Pièces vérifiées :", 8)
    sh.box(X0 + 270, yy - 1, 7, 7, lw=0.6)
    sh.text(X0 + 281, yy, "oui", 8)
    sh.box(X0 + 302, yy - 1, 7, 7, lw=0.6)
    sh.text(X0 + 313, yy, "non", 8)
    sh.text(X0 + 8, yy - 22, "Matricule agent :", 8)
    sh.text(X0 + 200, yy - 22, "Observations :", 8)
    y -= bh2 + 14
    sh.para(CNIL, X0, y, XW, 6.6, color=(0.35, 0.35, 0.35))
    sh.footer(2)
