"""Cerfa 15763*02 (S1106) in two print runs, filled by hand or typed."""

from render import Page, text_w

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    ("sans_activite", "Vous êtes sans activité et résidez en France de manière stable"),
    ("autre", "Autre situation (précisez) :"),
]


def _val(p, f, x, y, s, seed):
    if f["fill"] == "hand":
        p.hand(x, y, s, 15 if f["hand"] == "hand2" else 12.5, f["hand"], seed)
    else:
        p.text(x, y, s, "mono" if f["run"] == 0 else "sans", 10, (10, 10, 10))


def form(f):
    run, hand = f["run"], f["fill"] == "hand"
    bar = (0, 80, 150) if run == 0 else (40, 40, 40)
    lf = "sans" if run == 0 else "carlito"
    p1 = Page()
    p1.text(15, 16, "l'Assurance", "sansb", 15, (0, 70, 150))
    p1.text(15, 22.5, "Maladie", "sansb", 15, (0, 70, 150))
    p1.rect(160, 10, 36, 13, 0.4)
    p1.text(178, 15.5, "cerfa", "serifi", 9, align="c")
    p1.text(178, 20.5, "N° 15763*02", "sansb", 8, align="c")
    p1.text(105, 33, "Demande d'ouverture des droits à l'assurance maladie", "sansb", 13, align="c")
    p1.text(105, 39, "Protection universelle maladie (PUMa)", "sans", 10.5, align="c")
    p1.para(
        15,
        45,
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale. Remplissez ce formulaire en lettres capitales et joignez les pièces "
        "justificatives demandées en page 2.",
        180,
        "sans",
        7.2,
    )
    y = 58
    if run == 0:
        p1.rect(15, y, 180, 7, 0, None, bar)
        p1.text(18, y + 5, "A  VOUS", "sansb", 10, (255, 255, 255))
    else:
        p1.text(15, y + 5, "A. VOUS", "sansb", 11)
        p1.line(15, y + 7, 195, y + 7, 0.6)
    y += 14
    rows = [
        ("Nom de naissance", f["surname"]),
        ("Nom d'usage (facultatif)", f.get("usage") or ""),
        ("Prénom(s)", f["given"]),
        ("Date de naissance", None),
        ("Lieu de naissance (commune, pays)", f["pob"]),
        ("Nationalité", f["nat"]),
        ("N° de sécurité sociale (si vous en avez un)", "NIR"),
        ("Adresse", f["address"]),
        ("Code postal et commune", f["cp_commune"]),
        ("Téléphone / e-mail", f["contact"]),
    ]
    for i, (lab, val) in enumerate(rows):
        seed = f["seed"] + i
        if run == 0:
            p1.text(15, y, lab, lf, 8, (60, 60, 60))
            bx, by, bw = 15, y + 1.5, 180
        else:
            assert text_w(lf, 8.5, lab) < 62
            p1.text(15, y + 6.5, lab, lf, 8.5)
            bx, by, bw = 80, y + 1, 115
        if val is None:
            for k in range(8):
                cx = bx + k * 7 + (3 if k >= 2 else 0) + (3 if k >= 4 else 0)
                p1.rect(cx, by, 6.5, 8, 0.25, (90, 90, 90))
                ch = f["dob"].replace("-", "")
                ch = ch[6:8] + ch[4:6] + ch[0:4]
                if hand:
                    p1.hand(cx + 1.5, by + 6.5, ch[k], 12, f["hand"], seed + k)
                else:
                    p1.text(cx + 3.25, by + 6, ch[k], "mono", 10, align="c")
            tx = bx + 8 * 7 + 8
            p1.text(tx, by + 6, "JJ  MM  AAAA", lf, 6.5, (120, 120, 120))
            p1.text(tx + 30, by + 6, "Sexe :", lf, 8)
            for j, s in enumerate("FM"):
                sx = tx + 42 + j * 14
                p1.rect(sx, by + 2, 4, 4, 0.25)
                p1.text(sx + 5.5, by + 5.5, s, lf, 8)
                if s == f["sex"]:
                    _val(p1, f, sx + 0.4, by + 5.6, "X", seed)
        elif val == "NIR":
            for k in range(15):
                cx = bx + k * 5.6 + (3 if k >= 13 else 0)
                p1.rect(cx, by, 5.2, 8, 0.25, (120, 120, 120))
        else:
            if run == 0:
                p1.rect(bx, by, bw, 8, 0.25, (120, 120, 120))
            else:
                p1.line(bx, by + 8, bx + bw, by + 8, 0.2, (110, 110, 110))
            if val:
                _val(p1, f, bx + 2, by + 6.3, val.upper() if hand else val, seed)
        y += 12.5 if run == 0 else 11
    y += 6
    if run == 0:
        p1.rect(15, y, 180, 7, 0, None, bar)
        p1.text(18, y + 5, "B  VOTRE SITUATION", "sansb", 10, (255, 255, 255))
    else:
        p1.text(15, y + 5, "B. VOTRE SITUATION", "sansb", 11)
        p1.line(15, y + 7, 195, y + 7, 0.6)
    y += 13
    for code, lab in SITUATIONS:
        p1.rect(17, y - 3.6, 4, 4, 0.3)
        end = p1.text(24, y, lab, lf, 9)
        if code == f["situation"]:
            _val(p1, f, 17.4, y + 0.1, "X", f["seed"] + 40)
            extra = f.get("detail", "")
            if extra:
                _val(p1, f, max(end + 4, 120), y, extra, f["seed"] + 41)
        if code == "salarie":
            y += 6
            cx = 30
            for ct in ["CDI", "CDD", "Intérim", "Autre contrat"]:
                p1.rect(cx, y - 3.6, 4, 4, 0.3)
                e = p1.text(cx + 6, y, ct, lf, 8.5)
                if code == f["situation"] and ct == f.get("contract"):
                    _val(p1, f, cx + 0.4, y + 0.1, "X", f["seed"] + 42)
                cx = e + 8
        y += 7.5
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", lf, 7, (90, 90, 90), "c")

    p2 = Page()
    y = 20
    if run == 0:
        p2.rect(15, y, 180, 7, 0, None, bar)
        p2.text(18, y + 5, "C  VOS ENGAGEMENTS ET SIGNATURE", "sansb", 10, (255, 255, 255))
    else:
        p2.text(15, y + 5, "C. VOS ENGAGEMENTS ET SIGNATURE", "sansb", 11)
        p2.line(15, y + 7, 195, y + 7, 0.6)
    y = p2.para(
        15,
        y + 15,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler tout changement de situation à ma caisse "
        "d'assurance maladie. La loi rend passible d'amende et/ou d'emprisonnement "
        "quiconque se rend coupable de fraudes ou de fausses déclarations.",
        180,
        lf,
        9,
    )
    y += 8
    e = p2.text(15, y, "Fait à", lf, 10)
    p2.line(e + 2, y + 1, e + 62, y + 1, 0.2, (120, 120, 120))
    _val(p2, f, e + 4, y - 0.5, f["place"], f["seed"] + 50)
    e2 = p2.text(e + 70, y, "le", lf, 10)
    p2.line(e2 + 2, y + 1, e2 + 50, y + 1, 0.2, (120, 120, 120))
    if f.get("date_text"):
        _val(p2, f, e2 + 4, y - 0.5, f["date_text"], f["seed"] + 51)
    y += 8
    p2.text(120, y + 4, "Signature", lf, 9)
    p2.rect(120, y + 6, 75, 30, 0.35)
    if f["signed"]:
        p2.sig(124, y + 9, 66, 24, f["seed"] + 60)
    y += 48
    p2.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sansb", 10)
    y += 7
    for t in [
        "une pièce d'identité (passeport, carte nationale d'identité)",
        "votre titre de séjour, VLS-TS ou récépissé en cours de validité",
        "un acte de naissance (copie intégrale ou extrait avec filiation)",
        "un justificatif de résidence en France depuis plus de 3 mois",
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous travaillez : contrat de travail ou dernier bulletin de salaire",
    ]:
        p2.text(18, y, "•", lf, 9)
        p2.text(23, y, t, lf, 9)
        y += 6
    y += 8
    p2.rect(15, y, 180, 28, 0.3, (120, 120, 120), (240, 240, 240))
    p2.text(18, y + 6, "Cadre réservé à l'organisme", "sansb", 8.5, (80, 80, 80))
    p2.text(18, y + 14, "Date de réception :", lf, 8, (80, 80, 80))
    p2.text(90, y + 14, "Pièces vérifiées :", lf, 8, (80, 80, 80))
    p2.text(18, y + 22, "Matricule agent :", lf, 8, (80, 80, 80))
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", lf, 7, (90, 90, 90), "c")
    return p1, p2
