"""The cerfa 15763*02 (S1106) application form, two print runs, typed or handwritten."""

from __future__ import annotations

from draw import INK_BLUE, Doc, comb_hand, hand, para, signature

GREY = (90, 90, 90)


# ------------------------------------------------------------------ application form
def form(f, rng, kind="img", path=None, run=1):
    """Two pages. f['fill'] is 'hand' or 'typed'; typed values go in a typewriter-ish font."""
    doc = Doc(kind, (210, 297), 200, path, "S1106 - Demande d'ouverture des droits")
    H = f["fill"] == "hand"
    bar = (0, 84, 155) if run == 1 else (40, 40, 40)
    cell = 5.0 if run == 1 else 4.6
    hf = f.get("hand_font", "h_dkg")
    pg = doc.page()

    def val(x, y, s, size=10.5):
        if H:
            hand(pg, x, y, s, rng, 13, hf)
        else:
            pg.text(x, y, s, size, "mono" if run == 1 else "sans")

    def comb(x, y, n, s=""):
        for i in range(n):
            pg.rect(x + i * cell, y - cell + 1, cell, cell, stroke=GREY, lw=0.2)
        if s and H:
            comb_hand(pg, x, y, s, rng, cell, 12, hf)
        elif s:
            for i, ch in enumerate(s):
                pg.text(x + i * cell + cell / 2, y - 0.6, ch, 10, "mono", align="c")

    def box(x, y, ticked):
        pg.rect(x, y - 3, 3.2, 3.2, stroke=(0, 0, 0), lw=0.25)
        if ticked and H:
            pg.poly([(x - 0.3, y - 3.3), (x + 1.6, y - 1.4), (x + 3.6, y + 0.4)], 0.45, INK_BLUE)
            pg.poly([(x + 3.4, y - 3.5), (x + 1.6, y - 1.4), (x - 0.2, y + 0.3)], 0.45, INK_BLUE)
        elif ticked:
            pg.text(x + 1.6, y - 0.4, "X", 9, "sansb", align="c")

    pg.text(15, 16, "l'Assurance", 13, "sansb", (0, 84, 155))
    pg.text(15, 22, "Maladie", 13, "sansb", (0, 84, 155))
    pg.rect(170, 10, 26, 13, stroke=(0, 0, 0), lw=0.3)
    pg.text(183, 15, "cerfa", 8, "sansb", align="c")
    pg.text(183, 20, "N° 15763*02", 7.5, "sans", align="c")
    pg.text(105, 33, "Demande d'ouverture des droits à l'assurance maladie", 13, "sansb", align="c")
    pg.text(105, 39, "Protection universelle maladie (PUMa)", 10, "sans", align="c")
    para(
        pg,
        15,
        45,
        "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise "
        "en charge de vos frais de santé si vous travaillez ou résidez en France de manière "
        "stable et régulière. Articles L. 160-1, L. 160-5, L. 160-6, R. 111-3 et D. 160-2 du "
        "code de la sécurité sociale. Remplissez en majuscules.",
        7.2,
        "sans",
        180,
    )

    def section(y, letter, title):
        if run == 1:
            pg.rect(15, y - 5, 180, 7, stroke=None, fill=bar)
            pg.text(18, y, letter + "  " + title, 10, "sansb", (255, 255, 255))
        else:
            pg.text(15, y, letter + " - " + title, 11, "serifb")
            pg.line(15, y + 1.5, 195, y + 1.5, 0.6)

    section(62, "A", "VOUS")
    lf, ls = ("sans", 8.5) if run == 1 else ("serif", 9)
    y = 72
    pg.text(15, y, "Nom de naissance", ls, lf)
    if f.get("comb_names"):
        comb(52, y, 26, f["surname"])
    else:
        pg.line(55, y + 0.5, 195, y + 0.5, 0.2, GREY, ([1, 1.5], 0))
        val(57, y - 0.5, f["surname"])
    y += 8
    pg.text(15, y, "Nom d'usage (facultatif)", ls, lf)
    pg.line(55, y + 0.5, 195, y + 0.5, 0.2, GREY, ([1, 1.5], 0))
    if f.get("usage"):
        val(57, y - 0.5, f["usage"])
    y += 8
    pg.text(15, y, "Prénom(s)", ls, lf)
    pg.line(55, y + 0.5, 195, y + 0.5, 0.2, GREY, ([1, 1.5], 0))
    val(57, y - 0.5, f["given"])
    y += 8
    pg.text(15, y, "Sexe", ls, lf)
    pg.text(30, y, "F", ls, lf)
    box(34, y, f["sex"] == "F")
    pg.text(42, y, "M", ls, lf)
    box(47, y, f["sex"] == "M")
    pg.text(70, y, "Date de naissance", ls, lf)
    dob = f["dob"]
    comb(100, y, 2, dob[8:10])
    comb(112, y, 2, dob[5:7])
    comb(124, y, 4, dob[0:4])
    y += 8
    pg.text(15, y, "Lieu de naissance (commune, pays)", ls, lf)
    val(72, y - 0.5, f["pob"])
    y += 8
    pg.text(15, y, "Nationalité", ls, lf)
    val(40, y - 0.5, f["nationality"])
    y += 8
    pg.text(15, y, "N° de sécurité sociale (si vous en avez un)", ls, lf)
    comb(85, y, 13)
    comb(85 + 14 * cell, y, 2)
    y += 8
    pg.text(15, y, "Adresse", ls, lf)
    val(35, y - 0.5, f["street"])
    y += 8
    pg.text(15, y, "Code postal", ls, lf)
    comb(37, y, 5, f["cp"])
    pg.text(70, y, "Commune", ls, lf)
    val(88, y - 0.5, f["city"])
    y += 8
    pg.text(15, y, "Téléphone", ls, lf)
    val(35, y - 0.5, f["phone"])
    pg.text(100, y, "E-mail", ls, lf)
    val(113, y - 0.5, f["email"], 9.5)
    y += 14
    section(y, "B", "VOTRE SITUATION")
    y += 10
    sit = f["situation"]
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité indépendante en France"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable "
            "et régulière depuis plus de 3 mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, lbl in opts:
        box(18, y, sit == key)
        pg.text(24, y, lbl, ls, lf)
        if key == "salarie":
            y += 6
            pg.text(28, y, "Type de contrat :", ls - 0.5, lf)
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                box(58 + i * 22, y, f.get("contract") == ct)
                pg.text(63 + i * 22, y, ct, ls - 0.5, lf)
            y += 6
            pg.text(28, y, "Emploi occupé :", ls - 0.5, lf)
            pg.line(55, y + 0.5, 150, y + 0.5, 0.2, GREY, ([1, 1.5], 0))
            if f.get("job"):
                val(57, y - 0.5, f["job"], 9.5)
        y += 7
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", 7, "sans", GREY, "c")

    pg = doc.page()
    section(20, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = para(
        pg,
        15,
        30,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler tout changement de situation à ma caisse "
        "d'assurance maladie. La loi punit quiconque se rend coupable de fraudes ou de "
        "fausses déclarations (articles 313-1, 433-19 et 441-1 du code pénal, article "
        "L. 114-13 du code de la sécurité sociale).",
        8.5,
        lf,
        180,
    )
    y += 6
    pg.text(15, y, "Fait à", 10, lf)
    pg.line(28, y + 0.5, 95, y + 0.5, 0.2, GREY, ([1, 1.5], 0))
    pg.text(100, y, "le", 10, lf)
    pg.line(106, y + 0.5, 150, y + 0.5, 0.2, GREY, ([1, 1.5], 0))
    if H:
        hand(pg, 31, y - 0.5, f["place"], rng, 13, hf)
        hand(pg, 109, y - 0.5, f["date_text"], rng, 13, hf)
    else:
        pg.text(31, y - 0.5, f["place"], 10.5, "mono" if run == 1 else "sans")
        if f.get("date_by_hand"):
            hand(pg, 109, y - 0.5, f["date_text"], rng, 13, hf)
        else:
            pg.text(109, y - 0.5, f["date_text"], 10.5, "mono" if run == 1 else "sans")
    y += 6
    if run == 1:
        pg.text(120, y + 3, "Signature", 9, lf)
        pg.rect(120, y + 5, 75, 32, stroke=(0, 0, 0), lw=0.3)
        sy = y + 5
    else:
        pg.rect(120, y, 75, 32, stroke=(0, 0, 0), lw=0.3)
        pg.text(157, y + 18, "Signature", 14, "sans", (220, 220, 220), "c")
        sy = y
    signature(
        pg,
        125,
        sy + 6,
        62,
        20,
        rng,
        f["surname"],
        INK_BLUE if H or rng.random() < 0.6 else (20, 20, 20),
        0.5,
    )
    y += 48
    pg.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, "sansb")
    y += 7
    for it in [
        "une pièce d'identité (passeport, carte nationale d'identité) ;",
        "pour les ressortissants étrangers hors UE/EEE/Suisse : titre de séjour, "
        "VLS-TS ou récépissé ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        "un justificatif de résidence en France depuis plus de 3 mois ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ]:
        pg.text(18, y, "•", 9, lf)
        y = para(pg, 22, y, it, 8.5, lf, 170) + 1.5
    y += 8
    pg.rect(15, y, 180, 28, stroke=GREY, fill=(240, 240, 240), lw=0.3)
    pg.text(18, y + 6, "Cadre réservé à l'organisme", 9, "sansb", GREY)
    pg.text(18, y + 14, "Date de réception : ....../....../..........", 8.5, lf, GREY)
    pg.text(18, y + 21, "Pièces vérifiées :  oui  non", 8.5, lf, GREY)
    pg.text(110, y + 14, "Matricule agent : ...................", 8.5, lf, GREY)
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", 7, "sans", GREY, "c")
    return doc.finish()
