"""Cerfa 15763*02 (S1106) drawn from its public description, in two print runs."""

from render import Page, signature, text_width_mm

SITS = [
    ("salarie", "Vous exercez une activité salariée en France. Type de contrat :"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité et résidez en France de manière stable "
            "et régulière depuis plus de 3 mois"
        ),
    ),
    ("autre", "Autre situation (précisez) :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre"]
BLUE = (0, 60, 130)


def _box(pg, x, y, s=3.6):
    pg.rect(x, y, s, s, 0.25)


def form_pages(d, fill, rng, run):
    """Returns two Pages. fill: 'hand' | 'typed' | 'acro'."""
    p1, p2 = Page(), Page()
    F, FB = ("lib", "libb") if run == 1 else ("open", "openb")
    hf = d.get("hand_font", "h_ecolier")
    # ---------------- page 1 header
    p1.rect(12, 10, 38, 14, 0, fill=BLUE)
    p1.text(31, 16, "l'Assurance", 8, FB, (255, 255, 255), "c")
    p1.text(31, 21, "Maladie", 8, FB, (255, 255, 255), "c")
    p1.text(56, 15, "Demande d'ouverture des droits à l'assurance maladie", 11.5, FB, BLUE)
    p1.text(56, 21, "Protection universelle maladie (PUMa)", 9.5, F, BLUE)
    p1.rect(168, 9, 30, 12, 0.4)
    p1.text(183, 14, "cerfa", 8, FB, (0, 0, 0), "c")
    p1.text(183, 19, "N° 15763*02", 7.5, F, (0, 0, 0), "c")
    y = p1.para(
        12,
        30,
        "Ce formulaire vous permet de demander l'ouverture de vos droits à la "
        "prise en charge de vos frais de santé au titre de la résidence stable et "
        "régulière en France ou de votre activité professionnelle. Remplissez-le "
        "en lettres capitales et joignez les pièces justificatives listées en page 2.",
        186,
        7,
        F,
        (60, 60, 60),
    )
    p1.para(
        12,
        y,
        "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2 et D. 160-2 du code de la "
        "sécurité sociale.",
        186,
        6.5,
        F,
        (90, 90, 90),
    )

    def bar(pg, yb, txt):
        if run == 1:
            pg.rect(12, yb, 186, 6.5, 0, fill=BLUE)
            pg.text(14, yb + 4.7, txt, 9, FB, (255, 255, 255))
        else:
            pg.text(12, yb + 4.7, txt, 10, FB, BLUE)
            pg.line(12, yb + 6.3, 198, yb + 6.3, 0.6, BLUE)

    bar(p1, 46, "A  VOUS")
    cw = 5.2 if run == 1 else 4.6
    typed_f = d.get("typed_font", "lib")

    def val(pg, x, yb, s, w=110, name=None, pt=10):
        """A value on a line ending at yb (baseline)."""
        if fill == "hand":
            pg.hand(x + 1, yb - 0.8, s, pt + 4, rng, hf)
        elif fill == "typed":
            pg.text(x + 1, yb - 1.0, s, pt, typed_f)
        else:
            pg.field("text", name, x, yb - 5, w, 5.2, s)

    def lab_line(pg, yb, label, value, name, x0=12, w=186):
        lw = text_width_mm(label, F, 8) + 2
        pg.text(x0, yb, label, 8, F)
        pg.line(x0 + lw, yb + 0.6, x0 + w, yb + 0.6, 0.2, (120, 120, 120), dash=0.6)
        val(pg, x0 + lw, yb, value, w - lw - 2, name)

    yb = 60
    lab_line(p1, yb, "Nom de naissance :", d["sur"], "nom_naissance")
    lab_line(p1, yb + 9, "Nom d'usage (facultatif) :", d.get("usage") or "", "nom_usage")
    lab_line(p1, yb + 18, "Prénom(s) :", d["giv"], "prenoms")
    ys = yb + 27
    p1.text(12, ys, "Sexe :", 8, F)
    for i, lab in enumerate(["F", "M"]):
        bx = 28 + i * 14
        _box(p1, bx, ys - 3.2)
        p1.text(bx + 5, ys, lab, 8, F)
        if lab == d["sex"]:
            if fill == "hand":
                p1.hand(bx + 0.5, ys, "X", 11, rng, hf)
            elif fill == "typed":
                p1.text(bx + 0.7, ys - 0.2, "X", 9, typed_f)
        if fill == "acro":
            p1.field("check", "sexe_" + lab, bx, ys - 3.2, 3.6, 3.6, lab == d["sex"])
    p1.text(72, ys, "Date de naissance :", 8, F)
    dd = d["dob"][8:10] + d["dob"][5:7] + d["dob"][0:4]
    x = 102
    for n, part, nm in [(2, dd[0:2], "jj"), (2, dd[2:4], "mm"), (4, dd[4:8], "aaaa")]:
        p1.comb(x, ys - 4.5, n, cw, 6)
        if fill == "hand":
            p1.comb_hand(x, ys - 4.5, cw, 6, part, rng, 11, hf)
        elif fill == "typed":
            for i, ch in enumerate(part):
                p1.text(x + i * cw + cw / 2, ys + 0.4, ch, 10, typed_f, a="c")
        else:
            p1.field("text", "naissance_" + nm, x, ys - 4.5, n * cw, 6, part)
        x += n * cw + 3
    p1.text(102, ys + 4.5, "JJ      MM      AAAA", 5.5, F, (110, 110, 110))
    lab_line(p1, ys + 12, "Lieu de naissance (commune, pays) :", d["pob"], "lieu_naissance")
    lab_line(p1, ys + 21, "Nationalité :", d["nat"], "nationalite")
    yn = ys + 31
    p1.text(12, yn, "N° de sécurité sociale (si vous en avez un) :", 8, F)
    p1.comb(84, yn - 4.5, 13, cw * 0.85, 6)
    p1.comb(84 + 13 * cw * 0.85 + 3, yn - 4.5, 2, cw * 0.85, 6)
    if fill == "acro":
        p1.field("text", "nir", 84, yn - 4.5, 13 * cw * 0.85, 6, "")
    lab_line(p1, yn + 10, "Adresse :", d["addr"], "adresse")
    lab_line(p1, yn + 19, "Code postal :", d["cp"], "code_postal", 12, 60)
    lab_line(p1, yn + 19, "Commune :", d["commune"], "commune", 76, 122)
    lab_line(p1, yn + 28, "Téléphone :", d["tel"], "telephone", 12, 80)
    lab_line(p1, yn + 28, "Courriel :", d["email"], "courriel", 96, 102)
    bar(p1, yn + 36, "B  VOTRE SITUATION")
    yy = yn + 50
    for key, lab in SITS:
        _box(p1, 14, yy - 3.2)
        ticked = key == d["situation"]
        if fill == "hand" and ticked:
            p1.hand(14.3, yy + 0.2, "X", 12, rng, hf)
        elif fill == "typed" and ticked:
            p1.text(14.7, yy - 0.2, "X", 9, typed_f)
        elif fill == "acro":
            p1.field("check", "situation_" + key, 14, yy - 3.2, 3.6, 3.6, ticked)
        end = p1.para(20, yy, lab, 120 if key == "salarie" else 176, 8, F)
        if key == "salarie":
            for i, ct in enumerate(CONTRACTS):
                bx = 142 + i * 14
                _box(p1, bx, yy - 3.2, 3.2)
                p1.text(bx + 4.2, yy, ct, 7, F)
                on = ticked and d.get("contract") == ct
                if fill == "hand" and on:
                    p1.hand(bx + 0.2, yy + 0.2, "X", 11, rng, hf)
                elif fill == "typed" and on:
                    p1.text(bx + 0.5, yy - 0.3, "X", 8.5, typed_f)
                elif fill == "acro":
                    p1.field("check", "contrat_" + ct, bx, yy - 3.2, 3.2, 3.2, on)
            end = yy + 6
            lab_line(
                p1,
                end + 1,
                "    Emploi occupé :",
                d.get("job", "") if ticked else "",
                "emploi",
                20,
                178,
            )
            end += 7
        if key == "autre":
            p1.line(62, yy + 0.6, 198, yy + 0.6, 0.2, (120, 120, 120), dash=0.6)
        yy = end + 4
    p1.text(105, 288, "S1106 — cerfa n° 15763*02 — page 1/2", 6.5, F, (90, 90, 90), "c")
    # ---------------- page 2
    bar(p2, 14, "C  VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        12,
        28,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation. La loi punit quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et "
        "441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
        186,
        8.5,
        F,
    )
    yb = y + 8
    p2.text(12, yb, "Fait à", 9, F)
    p2.line(24, yb + 0.6, 92, yb + 0.6, 0.2, (120, 120, 120), dash=0.6)
    p2.text(96, yb, "le", 9, F)
    p2.line(101, yb + 0.6, 150, yb + 0.6, 0.2, (120, 120, 120), dash=0.6)
    if fill == "hand":
        p2.hand(26, yb - 0.8, d["place"], 12, rng, hf)
        p2.hand(103, yb - 0.8, d["date_text"], 12, rng, hf)
    elif fill == "typed":
        p2.text(26, yb - 1, d["place"], 10, typed_f)
        if d.get("date_typed", True):
            p2.text(103, yb - 1, d["date_text"], 10, typed_f)
        else:
            p2.hand(103, yb - 0.8, d["date_text"], 12, rng, hf)
    else:
        p2.field("text", "fait_a", 24, yb - 5, 66, 5.2, d["place"])
        p2.field("text", "date_signature", 101, yb - 5, 48, 5.2, d["date_text"])
    sy = yb + 6
    if run == 1:
        p2.text(120, sy + 4, "Signature", 8.5, FB)
        p2.rect(120, sy + 6, 70, 28, 0.35)
    else:
        p2.rect(120, sy + 2, 70, 30, 0.35)
        p2.text(155, sy + 18, "Signature", 10, F, (200, 200, 200), "c")
    if d.get("signed", True):
        p2.image(124, sy + 9, 60, 22, signature(d["signer"], rng, 560, 200))
    yp = sy + 42
    bar(p2, yp, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    items = [
        "la photocopie de votre pièce d'identité (passeport ou carte nationale d'identité)",
        (
            "pour les ressortissants étrangers hors UE/EEE/Suisse : titre de séjour, visa long "
            "séjour valant titre de séjour (VLS-TS) ou récépissé de demande"
        ),
        "la copie intégrale de votre acte de naissance ou un extrait avec filiation",
        (
            "un justificatif de résidence en France de plus de 3 mois (bail, 3 factures "
            "successives, attestation d'hébergement avec pièces de l'hébergeant)"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire",
    ]
    y = yp + 13
    for it in items:
        p2.text(14, y, "•", 8.5, F)
        y = p2.para(18, y, it, 178, 8, F) + 1.5
    y += 6
    p2.rect(12, y, 186, 32, 0.35, (90, 90, 90), fill=(240, 240, 240))
    p2.text(15, y + 5, "Cadre réservé à l'organisme", 8.5, FB, (80, 80, 80))
    p2.text(15, y + 13, "Date de réception :", 8, F, (80, 80, 80))
    p2.text(15, y + 21, "Pièces vérifiées :", 8, F, (80, 80, 80))
    p2.text(110, y + 13, "Matricule agent :", 8, F, (80, 80, 80))
    p2.text(105, 288, "S1106 — cerfa n° 15763*02 — page 2/2", 6.5, F, (90, 90, 90), "c")
    return p1, p2
